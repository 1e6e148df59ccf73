"""Properties of the command line's inputs and outputs: totals match what is read, files hold what was written."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conflictclaims._cli_inputs import count_records, read_inputs
from conflictclaims._cli_output import AtomicFile
from tests.strategies import article_texts, jsonl_files


def _ignore(_message: str) -> None:
    pass


@given(jsonl_files(), st.lists(article_texts(max_size=20), max_size=3))
def test_the_counted_total_is_the_number_of_records_read(feed: bytes, texts: list[str]) -> None:
    """For any JSON Lines file, alone or in a directory with text files, the total is what read_inputs yields."""
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        (root / "feed.jsonl").write_bytes(feed)
        for number, text in enumerate(texts):
            (root / f"{number}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        for paths in ([str(root / "feed.jsonl")], [directory]):
            assert count_records(paths) == sum(1 for _ in read_inputs(paths, on_warning=_ignore))


@given(st.text())
def test_a_committed_file_holds_exactly_the_text_written(text: str) -> None:
    """Any text comes back byte for byte as UTF-8, line ends untouched, a lone surrogate as its escape."""
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / "out.txt"
        file = AtomicFile(str(target))
        file.stream.write(text)
        file.commit()
        assert target.read_bytes() == text.encode("utf-8", "backslashreplace")
        assert [path.name for path in Path(directory).iterdir()] == ["out.txt"]
