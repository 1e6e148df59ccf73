"""Tests for scripts/check_sizes.py: long logic modules and long functions are listed, and fail the check."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("check_sizes", ROOT / "scripts" / "check_sizes.py")
assert _SPEC is not None
assert _SPEC.loader is not None
check_sizes = importlib.util.module_from_spec(_SPEC)
sys.modules["check_sizes"] = check_sizes
_SPEC.loader.exec_module(check_sizes)


def test_the_source_tree_is_within_the_limits() -> None:
    """No logic module over 600 lines and no function over 60, but those listed with their reason."""
    assert check_sizes.problems(ROOT / "src", 600, 60) == []
    assert check_sizes.main([str(ROOT / "src")]) == 0


def test_a_long_function_and_a_long_module_are_found(tmp_path: Path) -> None:
    """A function over the limit and a logic module over the limit are each reported; data modules are not."""
    package = tmp_path / "pkg"
    package.mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(70))
    (package / "logic.py").write_text(f"def long() -> None:\n{body}\n", encoding="utf-8")
    (package / "data.py").write_text("\n".join(f"X{i} = {i}" for i in range(800)) + "\n", encoding="utf-8")
    found = check_sizes.problems(tmp_path, 50, 60)
    assert found == ["pkg/logic.py: 71 lines (limit 50)", "pkg/logic.py:1: long() is 71 lines (limit 60)"]
    assert check_sizes.main([str(tmp_path), "--lines", "50"]) == 1
