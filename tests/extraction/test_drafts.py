"""Tests for conflictclaims.extraction.drafts: the claim under construction."""

from __future__ import annotations

from conflictclaims.extraction.drafts import Draft


def test_side_is_country_and_kind() -> None:
    """A draft's side is its subject's country and kind, what subsets and coordination compare."""
    draft = Draft(None, "killed", "persons", "AFG", "military", "soldiers", "asserted", None, (0, 1))
    assert draft.side == ("AFG", "military")
    other = Draft(None, "killed", "persons", None, "military", "soldiers", "asserted", None, (0, 1))
    assert other.side == (None, "military")
