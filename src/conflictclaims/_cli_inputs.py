"""Reading the command line's inputs: text files, JSON Lines records, directories and standard input.

Each input record becomes one :class:`~conflictclaims.scale.ArticleInput` or
one :class:`~conflictclaims.scale.RecordError` that names the file, the line
and the record id, so that nothing is dropped without a word.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import warnings
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, NamedTuple

from conflictclaims.exceptions import SerializationError
from conflictclaims.model import Article
from conflictclaims.scale import ArticleInput, RecordError, to_input
from conflictclaims.serialize import from_json, parse_json

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "InputFormat",
    "count_records",
    "is_jsonl",
    "os_error",
    "read_inputs",
    "read_saved_articles",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json-lines")
TEXT_SUFFIXES = (".txt",)

InputFormat = Literal["auto", "text", "jsonl"]


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        raise ValueError(msg) from None


def is_jsonl(path: Path, input_format: InputFormat) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return path.name.lower().endswith(JSONL_SUFFIXES)


def os_error(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _text_record(index: int, name: str, data: bytes, article_id: str | None) -> ArticleInput | RecordError:
    try:
        # to_input holds the rule for a blank text, the same for a file and a record.
        return to_input(ArticleInput(text=_decode(data), id=article_id, where=name))
    except ValueError as exc:
        return RecordError(index=index, where=name, message=str(exc), error_type=type(exc).__name__)


# A record is one line, so the line number of a JSON error is always 1: the
# file and line are named before the message, the column in it.
_LINE_ONE = re.compile(r"^invalid JSON: (.*) \(line 1, column (\d+)\)$")


def _json_record(raw: bytes) -> dict[str, Any]:
    # Without its line break a truncated record fails at its own last column,
    # not at column 1 of a line that does not exist.
    line = _decode(raw).rstrip("\r\n")
    try:
        record = parse_json(line)
    except SerializationError as exc:
        one_line = _LINE_ONE.match(exc.message)
        if one_line is not None:
            msg = f"malformed JSON: {one_line.group(1)} (column {one_line.group(2)})"
        elif exc.path == "$":
            msg = f"malformed JSON: {exc.message.removeprefix('invalid JSON: ')}"
        else:
            msg = f"malformed JSON: {exc.message} at {exc.path}"
        raise ValueError(msg) from None
    if not isinstance(record, dict):
        msg = f"a record must be a JSON object, not {type(record).__name__}"
        raise TypeError(msg)
    return record


def _jsonl_records(index: int, name: str, stream: IO[bytes]) -> Iterator[ArticleInput | RecordError]:
    records = 0
    for number, raw in enumerate(stream, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue  # blank lines separate nothing and hold no record
        records += 1
        record_id: str | None = None
        try:
            record = _json_record(raw)
            if isinstance(record.get("id"), (str, int)) and not isinstance(record.get("id"), bool):
                record_id = str(record["id"])
            yield to_input(record, where=where)
        except (TypeError, ValueError) as exc:
            yield RecordError(index=index, id=record_id, where=where, message=str(exc), error_type=type(exc).__name__)
        index += 1
    if records == 0:
        yield RecordError(index=index, where=name, message="empty input, no records")


class _Found(NamedTuple):
    """An input file found in a directory, or why a path in it was not read."""

    parts: tuple[str, ...]
    path: Path
    problem: str | None = None
    error: bool = False

    @property
    def relative(self) -> str:
        """The path below the directory, with forward slashes on every platform: the file's id."""
        return "/".join(self.parts)


def _not_regular(path: Path) -> str:
    """Say what a path is that is neither a regular file nor a directory."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "a broken link"
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _expand(root: Path) -> list[_Found]:
    """Every input file below ``root``, sorted by relative path, and every path that could not be read.

    Only regular files are read: a named pipe called ``x.txt`` would block the
    run forever. Links to directories are not followed, so a loop cannot recur.
    """
    found: list[_Found] = []
    directories: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while directories:
        directory, parts = directories.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as exc:
            if not parts:
                raise
            found.append(_Found(parts, directory, f"cannot read directory: {os_error(exc)}", error=True))
            continue
        for entry in entries:
            path, entry_parts = Path(entry.path), (*parts, entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    directories.append((path, entry_parts))
                elif entry.name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                    if entry.is_file():
                        found.append(_Found(entry_parts, path))
                    elif not entry.is_dir():
                        found.append(_Found(entry_parts, path, f"skipped: {_not_regular(path)}, not a regular file"))
            except OSError as exc:
                found.append(_Found(entry_parts, path, f"cannot read: {os_error(exc)}", error=True))
    return sorted(found, key=lambda f: f.parts)


def _warn(message: str) -> None:
    warnings.warn(message, stacklevel=2)


def read_inputs(
    paths: Iterable[str],
    *,
    input_format: InputFormat = "auto",
    directories: bool = True,
    stdin: IO[bytes] | None = None,
    on_warning: Callable[[str], None] = _warn,
) -> Iterator[ArticleInput | RecordError]:
    """Yield one :class:`~conflictclaims.scale.ArticleInput` or error per input record, lazily.

    A record that cannot be read is a :class:`~conflictclaims.scale.RecordError`
    in its place.

    Args:
        paths: File paths, directory paths, or ``-`` for standard input.
        input_format: ``"auto"`` picks JSON Lines by file name and text
            otherwise (standard input is text); ``"text"`` or ``"jsonl"``
            force one reading for every file.
        directories: Whether a directory stands for the files in it; when
            false, a directory is an error.
        stdin: The byte stream ``-`` reads (standard input by default).
        on_warning: Called with a message for each file of a directory that
            is skipped on purpose (a named pipe, a socket, a broken link);
            :func:`warnings.warn` by default.

    Returns:
        The records, in order (paths in the order given, a directory's files
        sorted by relative path, a JSON Lines file's records by line). A text
        file of a directory has its path relative to the directory as its id
        (``a/x.txt``), so that files of the same name in two subdirectories
        stay apart; a subdirectory that cannot be read is a
        :class:`~conflictclaims.scale.RecordError`.
    """
    index = 0
    for raw_path in paths:
        records: Iterator[ArticleInput | RecordError]
        if raw_path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            if input_format == "jsonl":
                records = _jsonl_records(index, "<stdin>", stream)
            else:
                records = iter([_text_record(index, "<stdin>", stream.read(), None)])
        else:
            records = _read_path(
                index, Path(raw_path), raw_path, input_format=input_format, directories=directories, warn=on_warning
            )
        for record in records:
            yield record
            index += 1


def _read_path(  # noqa: PLR0913 - the reading options, passed down
    index: int,
    path: Path,
    name: str,
    *,
    input_format: InputFormat,
    directories: bool,
    warn: Callable[[str], None],
) -> Iterator[ArticleInput | RecordError]:
    if not path.is_dir():
        yield from _read_file(index, path, name, input_format=input_format)
        return
    if not directories:
        yield RecordError(index=index, where=name, message="is a directory, expected a file")
        return
    try:
        found = _expand(path)
    except OSError as exc:
        yield RecordError(index=index, where=name, message=f"cannot read: {os_error(exc)}")
        return
    if not any(f.problem is None for f in found):
        yield RecordError(index=index, where=name, message="directory holds no *.txt or *.jsonl files")
    for file in found:
        if file.problem is None:
            records = _read_file(index, file.path, str(file.path), input_format=input_format, article_id=file.relative)
        elif file.error:
            records = iter([RecordError(index=index, where=str(file.path), message=file.problem)])
        else:
            warn(f"{file.path}: {file.problem}")
            continue
        for record in records:
            yield record
            index += 1


def _read_file(
    index: int, path: Path, name: str, *, input_format: InputFormat, article_id: str | None = None
) -> Iterator[ArticleInput | RecordError]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield RecordError(index=index, where=name, message=f"cannot read: {os_error(exc)}")
        return
    with stream:
        try:
            if is_jsonl(path, input_format):
                yield from _jsonl_records(index, name, stream)
            else:
                yield _text_record(index, name, stream.read(), article_id or path.name)
        except OSError as exc:
            yield RecordError(index=index, where=name, message=f"cannot read: {os_error(exc)}")


def _never() -> bool:
    return False


def count_records(
    paths: Iterable[str], *, input_format: InputFormat = "auto", cancelled: Callable[[], bool] = _never
) -> int | None:
    """Return how many records :func:`read_inputs` will yield for ``paths``, errors included.

    A text file is one record; a JSON Lines file one per line that is not
    blank (one error for none). The count reads each JSON Lines file once
    more, so it is None where the input can be read only once (standard
    input, a named pipe), and None too once ``cancelled()`` turns true.
    """
    total = 0
    for raw_path in paths:
        path = Path(raw_path)
        if raw_path == "-":
            return None
        if not path.is_dir():
            found = _records_in(path, input_format, cancelled)
            if found is None:
                return None
            total += found
            continue
        try:
            listing = _expand(path)
        except OSError:
            total += 1
            continue
        files = [file.path for file in listing if file.problem is None]
        total += sum(1 for file in listing if file.error) + (0 if files else 1)
        for file in files:
            found = _records_in(file, input_format, cancelled)
            if found is None:
                return None
            total += found
    return total


def _records_in(path: Path, input_format: InputFormat, cancelled: Callable[[], bool]) -> int | None:
    if not is_jsonl(path, input_format):
        return 1
    try:
        if not path.is_file():
            return None if path.exists() else 1
        with path.open("rb") as stream:
            records = 0
            for number, line in enumerate(stream):
                records += not line.isspace()
                if number % 4096 == 0 and cancelled():
                    return None
    except OSError:
        return 1
    return max(records, 1)


def read_saved_articles(paths: Iterable[str], report: Callable[[str], None]) -> Iterator[Article]:
    """Read articles that ``extract --format jsonl`` wrote, one per line; ``report`` hears of each bad line."""
    for raw_path in paths:
        name = "<stdin>" if raw_path == "-" else raw_path
        try:
            stream = sys.stdin.buffer if raw_path == "-" else Path(raw_path).open("rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            report(f"{name}: cannot read: {os_error(exc)}")
            continue
        try:
            for number, raw in enumerate(stream, start=1):
                if raw.strip():
                    try:
                        yield from_json(raw, Article)
                    except SerializationError as exc:
                        report(f"{name}:{number}: not a serialized article: {exc}")
        except OSError as exc:
            report(f"{name}: cannot read: {os_error(exc)}")
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
