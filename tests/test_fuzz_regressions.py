"""Replay every input in ``fuzz/regressions/`` through every public entry point's checks.

Each file there is an input that once broke an entry point (a crash, a wrong
span, a hang), found by fuzzing or by the hostile-input properties. Files are
read as bytes and decoded the way the atheris targets decode their inputs, so
a crash file from ``fuzz/corpus/artifacts/`` replays as found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invariants import CHECKS

REGRESSIONS = Path(__file__).resolve().parent.parent / "fuzz" / "regressions"
FILES = sorted(path for path in REGRESSIONS.iterdir() if path.is_file()) if REGRESSIONS.is_dir() else []


def fuzz_text(data: bytes) -> str:
    """Decode fuzzer bytes as the atheris targets do: invalid UTF-8 becomes lone surrogates."""
    return data.decode("utf-8", "surrogateescape")


def test_there_are_regressions_to_replay() -> None:
    """The directory is found and holds inputs, so the replay below cannot pass by running nothing."""
    assert FILES, f"no regression inputs in {REGRESSIONS}"


# Inputs still failing a check, as (file stem, check) -> reason. None at present:
# list one here, with the reason, rather than drop the input.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _cases() -> list[object]:
    """One parameter per (input file, check), the known failures marked as expected to fail."""
    cases: list[object] = []
    for path in FILES:
        for check in sorted(CHECKS):
            reason = KNOWN_FAILURES.get((path.stem, check))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(path, check, id=f"{path.stem}-{check}", marks=marks))
    return cases


@pytest.mark.parametrize(("path", "check"), _cases())
def test_regression_input_passes_checks(path: Path, check: str) -> None:
    """The entry point handles the once-breaking input: no exception, every span inside the text."""
    CHECKS[check](fuzz_text(path.read_bytes()))


def test_fuzz_text_keeps_invalid_bytes_as_surrogates() -> None:
    """Bytes that are not UTF-8 survive decoding as lone surrogates instead of being dropped."""
    assert fuzz_text(b"a\xffb") == "a\udcffb"
