"""atheris target: the whole extractor, and the JSON round trip of what it returns.

``extract`` may not raise on any text; every span in the article must point
into the text; ``from_json(to_json(article))`` must give the article back.
The sentence splitter, header reader, time, actor and place finders run on
the same text, since the extractor calls them on parts of it only.
Run: ``python fuzz/fuzz_extract.py fuzz/corpus/extract -max_total_time=300``
(or everything at once with ``python fuzz/run.py``).
"""

from __future__ import annotations

import sys

import atheris
from _inputs import text_of

with atheris.instrument_imports(include=["conflictclaims", "tests"]):
    from tests.invariants import (
        check_actor_mentions,
        check_extract,
        check_locations,
        check_read_header,
        check_sentences,
        check_time_expressions,
    )


def test_one_input(data: bytes) -> None:
    """Check the extractor and its parts on one fuzzer input."""
    text = text_of(data)
    check_extract(text)
    check_read_header(text)
    check_sentences(text)
    check_time_expressions(text)
    check_actor_mentions(text)
    check_locations(text)


def main() -> None:
    """Hand the target to libFuzzer, which reads its options from ``sys.argv``."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
