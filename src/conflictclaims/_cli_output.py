"""Where the command line writes: its output, its error and warning lines, and its progress.

Results go to standard output or to a file written whole or not at all;
errors, warnings and progress go to standard error, one line each, so that
standard output holds nothing but results.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "AtomicFile",
    "Errors",
    "Output",
    "OutputError",
    "Progress",
    "open_output",
    "progress",
    "show_progress",
    "silence_stdout",
    "utf8",
]

T = TypeVar("T")


def _nothing() -> None:
    pass


class Errors:
    """Writes one line per failed record to standard error and remembers that it did.

    Warnings (an input skipped on purpose) get a line too, but fail nothing;
    with ``quiet`` they are left out, and only errors are written. ``clear``
    is called before each line, so that a progress line being redrawn on the
    same stream does not run into it.
    """

    def __init__(self, stream: IO[str], *, quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.count = 0
        self.clear: Callable[[], object] = _nothing

    def report(self, message: str) -> None:
        self.count += 1
        self._line(f"error: {message}")

    def warn(self, message: str) -> None:
        if not self.quiet:
            self._line(f"warning: {message}")

    def stop(self, message: str) -> None:
        """Say why the run stopped before its end (an interrupt), whatever ``quiet`` says."""
        self._line(message)

    def _line(self, message: str) -> None:
        self.clear()
        self.stream.write(f"conflictclaims: {message}\n")
        self.stream.flush()


class OutputError(Exception):
    """The output could not be written (a full disk, a closed file, a missing directory)."""

    def __init__(self, error: OSError, name: str | None = None) -> None:
        reason = error.strerror or str(error)
        super().__init__(reason if name is None else f"{name}: {reason}")
        self.error = error
        self.name = name


def _umask() -> int:
    # The only portable way to read the umask is to set it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class AtomicFile:
    """A file written whole or not at all.

    The text goes to a temporary file beside the target, named
    ``.NAME.XXXXXXXX.tmp`` (hidden, and no input of a directory read), which
    :meth:`commit` writes through to disk and renames over the target in one
    step: a reader sees the old file or the new one, never half of one, and a
    run that fails or is interrupted leaves the target as it was. The new file
    keeps the mode (and, where allowed, the owner) of the file it replaces; a
    new one gets the mode the umask gives. A symbolic link is followed: the
    file it points to is replaced. A target that exists but is no regular file
    (``/dev/null``, a named pipe) is written to directly, as a stream.

    Raises:
        OSError: If the temporary file cannot be made (a missing directory, no
            permission to write in it) or the target is a directory.
    """

    def __init__(self, path: str) -> None:
        self.name = path
        self.target = Path(os.path.realpath(path))
        self.temporary: Path | None = None
        try:
            existing: os.stat_result | None = self.target.stat()
        except FileNotFoundError:
            existing = None
        if existing is not None and stat.S_ISDIR(existing.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            self.stream: IO[str] = self.target.open("w", encoding="utf-8", errors="backslashreplace", newline="\n")
            return
        descriptor, temporary = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        self.temporary = Path(temporary)
        try:
            _take_mode(descriptor, existing)
            self.stream = os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace", newline="\n")
        except BaseException:
            os.close(descriptor)
            self.temporary.unlink(missing_ok=True)
            raise

    def commit(self) -> None:
        """Write everything to disk and put the file in its place.

        Raises:
            OSError: If the text cannot be written or the file not renamed;
                the temporary file is then still there, for :meth:`discard`.
        """
        self.stream.flush()
        if self.temporary is None:
            self.stream.close()
            return
        # On disk before the rename, so that a crash just after it cannot leave an empty file in place.
        os.fsync(self.stream.fileno())
        self.stream.close()
        self.temporary.replace(self.target)  # os.replace: atomic, over an existing file too
        self.temporary = None
        _sync_directory(self.target.parent)

    def discard(self) -> None:
        """Remove the temporary file, leaving the target as it was; after :meth:`commit`, do nothing."""
        with contextlib.suppress(OSError):
            self.stream.close()
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                self.temporary.unlink(missing_ok=True)
            self.temporary = None


def _take_mode(descriptor: int, existing: os.stat_result | None) -> None:
    """Give the new file the mode of the one it replaces, or what a plain ``open`` would give."""
    if not hasattr(os, "fchmod"):  # Windows keeps no POSIX mode to carry over
        return
    if existing is None:
        os.fchmod(descriptor, 0o666 & ~_umask())
        return
    os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))
    with contextlib.suppress(OSError):  # only the owner or root may give a file away
        os.fchown(descriptor, existing.st_uid, existing.st_gid)


def _sync_directory(directory: Path) -> None:
    """Write the rename itself to disk; not every platform or file system can, and that costs nothing else."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class Output:
    """Where a command writes its results: standard output or an :class:`AtomicFile`.

    A write that fails for want of space or a closed descriptor raises
    :class:`OutputError`, which ends the run with one line; a reader that went
    away raises :class:`BrokenPipeError`, which ends it quietly.
    """

    def __init__(self, stream: IO[str], file: AtomicFile | None = None) -> None:
        self.stream = stream
        self.file = file

    @property
    def name(self) -> str | None:
        """The file's name as given, or None for standard output."""
        return None if self.file is None else self.file.name

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc, self.name) from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc, self.name) from exc

    def close(self) -> None:
        """Flush the results; a file is written to disk and put in its place."""
        self.flush()
        if self.file is not None:
            try:
                self.file.commit()
            except OSError as exc:
                raise OutputError(exc, self.name) from exc

    def discard(self) -> None:
        """Leave a file's target as it was, unless :meth:`close` already put it in place."""
        if self.file is not None:
            self.file.discard()


def open_output(name: str, stdout: IO[str]) -> Output:
    """Return the output ``-o`` names: ``-`` for standard output, else an :class:`AtomicFile`.

    Raises:
        OutputError: If the file cannot be made, before any input is read.
    """
    if name == "-":
        return Output(stdout)
    try:
        file = AtomicFile(name)
    except OSError as exc:
        raise OutputError(exc, name) from exc
    return Output(file.stream, file)


def utf8(stream: IO[str]) -> IO[str]:
    """Make ``stream`` write UTF-8 whatever the locale says.

    A lone surrogate (from a JSON Lines record, or a file name that is not
    UTF-8) cannot be UTF-8: it is written as a backslash escape, which keeps it
    readable and, inside a JSON string, is that same character.
    """
    if isinstance(stream, io.TextIOWrapper):
        encoding = stream.encoding.lower().replace("-", "")
        if encoding != "utf8" or stream.errors != "backslashreplace":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    return stream


def silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor behind sys.stdout (a test's capture)
        pass


# Progress.


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class Progress:
    """Records done, their rate and, once the total is known, the time left, redrawn on one line.

    The display without tqdm; ``clock`` is the time in seconds, and a line is
    redrawn at most every ``interval`` seconds.
    """

    def __init__(
        self, stream: IO[str], label: str, *, clock: Callable[[], float] = time.monotonic, interval: float = 0.2
    ) -> None:
        self.stream = stream
        self.label = label
        self.clock = clock
        self.interval = interval
        self.total: int | None = None
        self.n = 0
        self.started = clock()
        self.drawn = self.started - interval
        self.width = 0

    def line(self) -> str:
        """The progress so far: ``extract: 450/1000 records, 90.0 records/s, ETA 0:00:06``."""
        elapsed = self.clock() - self.started
        done = f"{self.label}: {self.n}" + ("" if self.total is None else f"/{self.total}") + " records"
        if elapsed <= 0 or self.n == 0:
            return done
        rate = self.n / elapsed
        parts = [done, f"{rate:.1f} records/s"]
        if self.total is not None and self.total >= self.n:
            parts.append(f"ETA {_duration((self.total - self.n) / rate)}")
        return ", ".join(parts)

    def update(self, n: int = 1) -> None:
        self.n += n
        now = self.clock()
        if now - self.drawn >= self.interval:
            self.drawn = now
            self._draw(self.line())

    def clear(self) -> None:
        """Blank the line, for a message to take its place; the next update draws it again."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.width = 0

    def close(self) -> None:
        """Leave a last line: how many records, in how long, at what rate."""
        elapsed = self.clock() - self.started
        rate = f", {self.n / elapsed:.1f} records/s" if elapsed > 0 else ""
        self._draw(f"{self.label}: {self.n} records in {_duration(elapsed)}{rate}")
        self.stream.write("\n")
        self.stream.flush()
        self.width = 0

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(text))


class _Bar(Protocol):
    total: int | None

    def update(self, n: int = 1) -> object: ...

    def clear(self) -> object: ...

    def close(self) -> object: ...


class _Total:
    """A total counted in a thread of its own, so that the run starts at once; None until known."""

    def __init__(self, count: Callable[[Callable[[], bool]], int | None]) -> None:
        self.value: int | None = None
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._count, args=(count,), name="conflictclaims-total", daemon=True)
        self._thread.start()

    def _count(self, count: Callable[[Callable[[], bool]], int | None]) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.value = count(self._stopped.is_set)

    def stop(self) -> None:
        self._stopped.set()


def _bar(stream: IO[str], label: str) -> _Bar:
    try:
        from tqdm import tqdm  # noqa: PLC0415 - optional extra, loaded only for a terminal
    except ImportError:
        return Progress(stream, label)
    bar: _Bar = tqdm(file=stream, unit=" records", desc=label)
    return bar


def progress(
    results: Iterable[T],
    *,
    errors: Errors,
    label: str,
    enabled: bool,
    total: Callable[[Callable[[], bool]], int | None] | None = None,
) -> Iterator[T]:
    """Yield ``results``, counting them on the errors' stream when ``enabled``.

    ``total`` counts the records to come (given a function that says when to
    give up); it runs beside the work, and the time left is shown once it is
    known. While the count is shown, each error line first clears it.
    """
    if not enabled:
        yield from results
        return
    bar = _bar(errors.stream, label)
    counting = None if total is None else _Total(total)
    errors.clear = bar.clear
    try:
        for item in results:
            if bar.total is None and counting is not None and counting.value is not None:
                bar.total = counting.value
            bar.update(1)
            yield item
    finally:
        if counting is not None:
            counting.stop()
        errors.clear = _nothing
        bar.close()


def show_progress(args: argparse.Namespace, stream: IO[str]) -> bool:
    """Progress is shown when asked for, or on a terminal; never with ``--quiet``."""
    if args.quiet:
        return False
    if args.progress is not None:
        return bool(args.progress)
    return stream.isatty()
