"""Shared test configuration: Hypothesis profiles and what pytest must not collect."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Fast locally; more examples in CI, where time is budgeted for them.
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

# tests/typing/ holds code for mypy to check, not tests to run.
collect_ignore = ["typing"]
