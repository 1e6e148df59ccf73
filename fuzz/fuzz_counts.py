"""atheris target: the number-phrase parser and scanner on arbitrary text.

``parse_count`` may only raise ``CountParseError``; ``find_counts`` may not
raise at all; every span must point into the text and hold the phrase.
Run: ``python fuzz/fuzz_counts.py fuzz/corpus/counts -max_total_time=300``
(or everything at once with ``python fuzz/run.py``).
"""

from __future__ import annotations

import sys

import atheris
from _inputs import text_of

with atheris.instrument_imports(include=["conflictclaims", "tests"]):
    from tests.invariants import check_find_counts, check_parse_count


def test_one_input(data: bytes) -> None:
    """Check both entry points on one fuzzer input."""
    text = text_of(data)
    check_parse_count(text)
    check_find_counts(text)


def main() -> None:
    """Hand the target to libFuzzer, which reads its options from ``sys.argv``."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
