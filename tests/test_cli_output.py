"""Tests of where the command line writes: files written whole or not at all, error lines and progress."""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import threading
import time
from typing import TYPE_CHECKING

import pytest

from conflictclaims import _cli_output
from conflictclaims._cli_output import AtomicFile, Errors, OutputError, Progress, open_output, progress

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes, links and pipes are POSIX")


def leftovers(directory: Path) -> list[str]:
    """Return the temporary files an output left in ``directory``."""
    return sorted(path.name for path in directory.glob(".*.tmp"))


class Clock:
    """A clock that moves only when told, for progress lines that do not depend on the machine's speed."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_committed_file_holds_the_text_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    """The text appears under the target's name only at commit, and the temporary file is gone after."""
    target = tmp_path / "out.jsonl"
    file = AtomicFile(str(target))
    file.stream.write("one\ntwo — ✓\n")
    assert not target.exists()
    assert len(leftovers(tmp_path)) == 1
    file.commit()
    assert target.read_text(encoding="utf-8") == "one\ntwo — ✓\n"
    assert leftovers(tmp_path) == []


def test_a_discarded_file_leaves_an_existing_target_as_it_was(tmp_path: Path) -> None:
    """Discarding (a failure, an interrupt) removes the temporary file and keeps the old content."""
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    file = AtomicFile(str(target))
    file.stream.write("half of the new")
    file.discard()
    assert target.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_discard_after_commit_changes_nothing(tmp_path: Path) -> None:
    """The cleanup that always runs at the end does not undo a completed file."""
    target = tmp_path / "out.txt"
    file = AtomicFile(str(target))
    file.stream.write("done\n")
    file.commit()
    file.discard()
    assert target.read_text(encoding="utf-8") == "done\n"


def test_the_temporary_file_is_hidden_and_no_input(tmp_path: Path) -> None:
    """The temporary name starts with a dot and ends in .tmp, so a directory of inputs never reads it."""
    file = AtomicFile(str(tmp_path / "articles.jsonl"))
    (name,) = leftovers(tmp_path)
    file.discard()
    assert name.startswith(".articles.jsonl.")
    assert name.endswith(".tmp")


def test_lone_surrogates_are_escaped_and_lines_end_in_a_line_feed(tmp_path: Path) -> None:
    """A file is UTF-8 with "\\n" line ends on every platform; a lone surrogate is a backslash escape."""
    target = tmp_path / "out.txt"
    file = AtomicFile(str(target))
    file.stream.write("a\ud800b\n")
    file.commit()
    assert target.read_bytes() == b"a\\ud800b\n"


@POSIX
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    """A file written over keeps its permissions rather than taking the temporary file's 0600."""
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    file = AtomicFile(str(target))
    file.stream.write("new\n")
    file.commit()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@POSIX
@pytest.mark.parametrize(
    ("umask", "mode"),
    [
        pytest.param(0o022, 0o644, id="umask-022"),
        pytest.param(0o027, 0o640, id="umask-027"),
        pytest.param(0o077, 0o600, id="umask-077"),
    ],
)
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    """A new file is readable as a file made by a shell redirection would be, not only by its owner."""
    previous = os.umask(umask)
    try:
        file = AtomicFile(str(tmp_path / "out.json"))
        file.stream.write("{}\n")
        file.commit()
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == mode


@POSIX
def test_a_symbolic_link_is_followed(tmp_path: Path) -> None:
    """Writing to a link replaces the file it points to and leaves the link a link."""
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    file = AtomicFile(str(link))
    file.stream.write("new\n")
    file.commit()
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"
    assert leftovers(tmp_path) == leftovers(tmp_path / "data") == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_written_as_a_stream(tmp_path: Path) -> None:
    """A pipe cannot be renamed over: the text goes straight into it, and it stays a pipe."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    file = AtomicFile(str(fifo))
    file.stream.write("through the pipe\n")
    file.commit()
    reader.join(timeout=30)
    assert received == ["through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        pytest.param("missing/out.jsonl", "No such file or directory", id="missing-directory"),
        pytest.param(".", "Is a directory", id="a-directory"),
    ],
)
def test_an_output_that_cannot_be_made_is_an_output_error_naming_it(tmp_path: Path, name: str, reason: str) -> None:
    """open_output fails at once, before any input is read, with the name as given and the reason."""
    target = str(tmp_path / name) if name != "." else str(tmp_path)
    with pytest.raises(OutputError) as raised:
        open_output(target, io.StringIO())
    assert str(raised.value) == f"{target}: {reason}"
    assert leftovers(tmp_path) == []


def test_a_failed_sync_is_an_output_error_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the text cannot reach the disk, the old file stays and the temporary file goes."""
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    output = open_output(str(target), io.StringIO())
    output.write("new\n")

    def failing_fsync(_descriptor: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OutputError, match=r"out\.jsonl: Input/output error$"):
        output.close()
    output.discard()
    assert target.read_text(encoding="utf-8") == "old\n"
    assert leftovers(tmp_path) == []


def test_standard_output_is_dash() -> None:
    """``-`` writes to the stream given, which close flushes and discard leaves alone."""
    stream = io.StringIO()
    output = open_output("-", stream)
    output.write("text\n")
    output.close()
    output.discard()
    assert output.name is None
    assert stream.getvalue() == "text\n"


def test_quiet_errors_write_errors_and_stops_but_no_warnings() -> None:
    """With quiet, a warning is left out; errors and the reason a run stopped are still written."""
    stream = io.StringIO()
    errors = Errors(stream, quiet=True)
    errors.warn("skipped: a named pipe")
    errors.report("bad.jsonl:2: malformed JSON")
    errors.stop("interrupted")
    assert stream.getvalue().splitlines() == [
        "conflictclaims: error: bad.jsonl:2: malformed JSON",
        "conflictclaims: interrupted",
    ]
    assert errors.count == 1


def test_a_progress_line_tells_records_rate_and_time_left() -> None:
    """With the total known the line gives records done of the total, records per second and the time left."""
    clock = Clock()
    bar = Progress(io.StringIO(), "extract", clock=clock)
    bar.total = 1000
    clock.now += 5
    bar.update(450)
    assert bar.line() == "extract: 450/1000 records, 90.0 records/s, ETA 0:00:06"


def test_without_a_total_there_is_a_rate_but_no_time_left() -> None:
    """Standard input has no total: the line gives the records done and their rate only."""
    clock = Clock()
    bar = Progress(io.StringIO(), "tolls", clock=clock)
    clock.now += 2
    bar.update(3)
    assert bar.line() == "tolls: 3 records, 1.5 records/s"


def test_a_progress_line_is_redrawn_in_place_at_most_every_interval() -> None:
    """Updates closer together than the interval draw nothing; each drawing starts with a carriage return."""
    clock = Clock()
    stream = io.StringIO()
    bar = Progress(stream, "extract", clock=clock, interval=1.0)
    bar.update()
    clock.now += 0.5
    bar.update()
    clock.now += 0.6
    bar.update()
    assert stream.getvalue().count("\r") == 2
    assert "\n" not in stream.getvalue()


def test_clear_blanks_the_line_for_a_message() -> None:
    """An error line written after clear starts on a blank line, not after the progress text."""
    stream = io.StringIO()
    bar = Progress(stream, "extract", clock=Clock())
    bar.update()
    drawn = len(stream.getvalue()) - 1
    bar.clear()
    assert stream.getvalue().endswith("\r" + " " * drawn + "\r")


def test_close_leaves_a_summary_line() -> None:
    """The last line says how many records, in how long, at what rate, and ends the line."""
    clock = Clock()
    stream = io.StringIO()
    bar = Progress(stream, "extract", clock=clock)
    bar.update(300)
    clock.now += 3725
    bar.close()
    assert stream.getvalue().rsplit("\r", 1)[-1] == "extract: 300 records in 1:02:05, 0.1 records/s\n"


def test_progress_shows_the_total_once_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The total is counted beside the work; once it is in, the lines show it and the time left."""
    stream = io.StringIO()
    monkeypatch.setattr(_cli_output, "_bar", lambda _stream, label: Progress(stream, label, interval=0))
    counted = threading.Event()

    def total(_cancelled: object) -> int:
        counted.set()
        return 3

    def results() -> Iterator[int]:
        for item in range(3):
            if item == 1:
                counted.wait(30)
                time.sleep(0.05)  # the counting thread stores its value just after it returns
            yield item

    errors = Errors(io.StringIO())
    assert list(progress(results(), errors=errors, label="extract", enabled=True, total=total)) == [0, 1, 2]
    lines = stream.getvalue().split("\r")
    assert any(line.startswith("extract: 2/3 records") and "ETA" in line for line in lines)


def test_progress_disabled_writes_nothing() -> None:
    """Without a terminal (or with --quiet) the results pass through and nothing is written."""
    stream = io.StringIO()
    errors = Errors(stream)
    assert list(progress(iter([1, 2]), errors=errors, label="extract", enabled=False)) == [1, 2]
    assert stream.getvalue() == ""


def test_errors_clear_the_progress_line_while_it_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error reported mid-run blanks the progress line first, and after the run errors clear nothing."""
    stream = io.StringIO()
    monkeypatch.setattr(_cli_output, "_bar", lambda _stream, label: Progress(stream, label, interval=0))
    errors = Errors(stream)
    for item in progress(iter([1, 2]), errors=errors, label="extract", enabled=True):
        if item == 2:
            errors.report("bad record")
    assert re.search(r"\r +\rconflictclaims: error: bad record\n", stream.getvalue())
    after = len(stream.getvalue())
    errors.report("after the run")
    assert stream.getvalue()[after:] == "conflictclaims: error: after the run\n"
