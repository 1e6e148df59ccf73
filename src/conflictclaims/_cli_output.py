"""Where the command line writes: its output, its error and warning lines, and its progress.

Errors and warnings go to standard error, one line each; results go to an
output whose write failures are told apart from the input's; progress goes to
standard error only.
"""

from __future__ import annotations

import io
import os
import sys
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable, Iterator

__all__ = ["Errors", "Output", "OutputError", "progress", "show_progress", "silence_stdout", "utf8"]


class Errors:
    """Writes one line per failed record to standard error and remembers that it did.

    Warnings (an input skipped on purpose) get a line too, but fail nothing.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        self._line("error", message)

    def warn(self, message: str) -> None:
        self._line("warning", message)

    def _line(self, level: str, message: str) -> None:
        self.stream.write(f"conflictclaims: {level}: {message}\n")
        self.stream.flush()


class OutputError(Exception):
    """Standard output could not be written (a full disk, a closed file)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error


class Output:
    """Where a command writes its results: a text stream whose failures are told apart from the input's.

    A write that fails for want of space or a closed descriptor raises
    :class:`OutputError`, which ends the run with one line; a reader that went
    away raises :class:`BrokenPipeError`, which ends it quietly.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc) from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc) from exc


class _Counter:
    """A tiny progress counter for terminals without tqdm."""

    def __init__(self, stream: IO[str], label: str) -> None:
        self.stream = stream
        self.label = label
        self.n = 0

    def update(self, n: int = 1) -> None:
        self.n += n
        if self.n % 50 == 1 or n != 1:
            self.stream.write(f"\r{self.label}: {self.n}")
            self.stream.flush()

    def close(self) -> None:
        self.stream.write(f"\r{self.label}: {self.n}\n")
        self.stream.flush()


def progress(results: Iterable[Any], *, enabled: bool, stream: IO[str], label: str) -> Iterator[Any]:
    if not enabled:
        yield from results
        return
    try:
        from tqdm import tqdm  # noqa: PLC0415 - optional extra, loaded only for a terminal

        bar: Any = tqdm(file=stream, unit=" records", desc=label, leave=False)
    except ImportError:
        bar = _Counter(stream, label)
    try:
        for item in results:
            bar.update(1)
            yield item
    finally:
        bar.close()


def show_progress(args: argparse.Namespace, stream: IO[str]) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return stream.isatty()


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
