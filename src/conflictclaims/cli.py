"""The ``conflictclaims`` command line.

Subcommands::

    conflictclaims parse PHRASE...            number phrases -> counts
    conflictclaims counts FILE|-...           every number phrase in texts
    conflictclaims extract FILE|DIR|-...      articles -> claims (JSON, JSON Lines or a table)
    conflictclaims disputes FILE|DIR|-...     claims compared across articles
    conflictclaims tolls FILE|DIR|-...        incidents and their tolls, by coding policy
    conflictclaims schema                     the JSON Schema of the output

Inputs: a text file is one article whose id is its file name; ``-`` is one
article read from standard input (its id is a hash of the text); a file named
``*.jsonl``, ``*.ndjson`` or ``*.json-lines`` holds one record per line,
``{"id", "text", "published", "source", "title"}`` with ``published`` an ISO
8601 string; a directory stands for its ``*.txt`` and JSON Lines files, in
sorted order, subdirectories included, and a text file in it has its path
relative to the directory as its id (``a/x.txt``). ``--input-format``
overrides the choice by file name (e.g. JSON Lines on standard input).
``disputes --from-articles`` and ``tolls --from-articles`` read articles
saved by ``extract --format jsonl`` instead of extracting again.

Every input record gives one output record or one error line on standard
error naming the file, line and record id; a subdirectory that cannot be read
is an error line too, and a file in a directory that is not a regular file
(a named pipe, say) is skipped with a warning line. The exit status is 1 when
any record failed or the output could not be written, 2 for a usage error,
0 otherwise. Output is UTF-8.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import stat
import sys
import warnings
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from conflictclaims._version import __version__
from conflictclaims.counts import Count, Estimate, PointPolicy, find_counts, parse_count
from conflictclaims.disputes import find_disputes
from conflictclaims.exceptions import CountParseError, SerializationError
from conflictclaims.incidents import find_incidents
from conflictclaims.model import Article, Claim, ClaimRole, Dispute, Incident, Outcome, SourcedClaim, Stance, Unit
from conflictclaims.scale import ArticleInput, RecordError, extract_many, to_input
from conflictclaims.serialize import article_schema, dispute_schema, from_json, parse_json, to_dict, to_json

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = ["main", "read_inputs"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json-lines")
TEXT_SUFFIXES = (".txt",)

InputFormat = Literal["auto", "text", "jsonl"]


class _Errors:
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


class _OutputError(Exception):
    """Standard output could not be written (a full disk, a closed file)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error


class _Output:
    """Where a command writes its results: a text stream whose failures are told apart from the input's.

    A write that fails for want of space or a closed descriptor raises
    :class:`_OutputError`, which ends the run with one line; a reader that went
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
            raise _OutputError(exc) from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc) from exc


# Reading inputs.


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        raise ValueError(msg) from None


def _is_jsonl(path: Path, input_format: InputFormat) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _os_error(exc: OSError) -> str:
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
            found.append(_Found(parts, directory, f"cannot read directory: {_os_error(exc)}", error=True))
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
                found.append(_Found(entry_parts, path, f"cannot read: {_os_error(exc)}", error=True))
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
    """Yield one :class:`ArticleInput` or :class:`RecordError` per input record, lazily.

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
        The records in order: paths in the order given, a directory's files
        sorted by relative path, a JSON Lines file's records by line. A text
        file of a directory has its path relative to the directory as its id
        (``a/x.txt``), so that files of the same name in two subdirectories
        stay apart; a subdirectory that cannot be read is a :class:`RecordError`.
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
        yield RecordError(index=index, where=name, message=f"cannot read: {_os_error(exc)}")
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
        yield RecordError(index=index, where=name, message=f"cannot read: {_os_error(exc)}")
        return
    with stream:
        try:
            if _is_jsonl(path, input_format):
                yield from _jsonl_records(index, name, stream)
            else:
                yield _text_record(index, name, stream.read(), article_id or path.name)
        except OSError as exc:
            yield RecordError(index=index, where=name, message=f"cannot read: {_os_error(exc)}")


# Progress.


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


def _progress(results: Iterable[Any], *, enabled: bool, stream: IO[str], label: str) -> Iterator[Any]:
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


def _show_progress(args: argparse.Namespace, stream: IO[str]) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return stream.isatty()


# Formatting.


def _interval(low: int, high: int | None) -> str:
    if high is None:
        return f"≥{low}"
    if low == high:
        return str(low)
    return f"{low}–{high}"


def _table(rows: list[list[str]], out: _Output) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def _shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


COUNT_HEADER = ["phrase", "low", "best", "high", "qualifier", "approximate"]


def _count_row(count: Count) -> list[str]:
    high = "" if count.high is None else str(count.high)
    return [count.text, str(count.low), str(count.best), high, count.qualifier.value, str(count.approximate).lower()]


def _json(data: Any, indent: int | None = None) -> str:  # noqa: ANN401 - any JSON value
    # Lone surrogates stay as they are here; _utf8 makes the stream escape them.
    return json.dumps(data, ensure_ascii=False, indent=indent)


class _JsonList:
    """Writes JSON values one at a time as one JSON array, so nothing is held back."""

    def __init__(self, out: _Output) -> None:
        self.out = out
        self.n = 0

    def add(self, text: str) -> None:
        """Add one value, given as its JSON text."""
        self.out.write("[\n" if self.n == 0 else ",\n")
        self.out.write(text)
        self.n += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.n == 0 else "\n]\n")


# Subcommands.


def _cmd_parse(args: argparse.Namespace, out: _Output, errors: _Errors) -> None:
    counts: list[Count] = []
    for phrase in args.phrases:
        try:
            counts.append(parse_count(phrase))
        except CountParseError as exc:
            errors.report(f"{phrase!r}: {exc.message} (at offset {exc.position})")
    if args.format == "json":
        data = [to_dict(c) for c in counts]
        if len(args.phrases) == 1:
            if data:
                out.write(_json(data[0], args.indent) + "\n")
        else:
            out.write(_json(data, args.indent) + "\n")
    elif args.format == "jsonl":
        for count in counts:
            out.write(to_json(count) + "\n")
    elif counts:
        _table([COUNT_HEADER, *(_count_row(c) for c in counts)], out)


def _records(args: argparse.Namespace, errors: _Errors, *, directories: bool = True) -> Iterator[ArticleInput]:
    for record in read_inputs(
        args.inputs, input_format=args.input_format, directories=directories, on_warning=errors.warn
    ):
        if isinstance(record, RecordError):
            errors.report(str(record))
        else:
            yield record


def _record_name(record: ArticleInput) -> str:
    return record.where or record.id or "<stdin>"


def _cmd_counts(args: argparse.Namespace, out: _Output, errors: _Errors) -> None:
    single = len(args.inputs) == 1 and not _is_jsonl(Path(args.inputs[0]), args.input_format)
    listing = _JsonList(out) if args.format == "json" and not single else None
    header = True
    for record in _records(args, errors, directories=False):
        counts = find_counts(record.text)
        name = _record_name(record)
        if args.format == "table":
            rows = [["input", "start", "end", *COUNT_HEADER]] if header else []
            header = False
            for c in counts:
                span = c.span
                start, end = ("", "") if span is None else (str(span.start), str(span.end))
                rows.append([name, start, end, *_count_row(c)])
            if rows:
                _table(rows, out)
        elif args.format == "jsonl":
            for c in counts:
                out.write(_json({"input": name, "id": record.id, **to_dict(c)}) + "\n")
        else:
            data = {"input": name, "id": record.id, "counts": [to_dict(c) for c in counts]}
            if listing is None:
                out.write(_json(data, args.indent) + "\n")
            else:
                listing.add(_json(data, args.indent))
    if listing is not None:
        listing.close()


def _saved_articles(args: argparse.Namespace, errors: _Errors) -> Iterator[Article]:
    """Read articles that ``extract --format jsonl`` wrote, one per line."""
    for raw_path in args.inputs:
        name = "<stdin>" if raw_path == "-" else raw_path
        try:
            stream = sys.stdin.buffer if raw_path == "-" else Path(raw_path).open("rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            errors.report(f"{name}: cannot read: {_os_error(exc)}")
            continue
        try:
            for number, raw in enumerate(stream, start=1):
                if raw.strip():
                    try:
                        yield from_json(raw, Article)
                    except SerializationError as exc:
                        errors.report(f"{name}:{number}: not a serialized article: {exc}")
        except OSError as exc:
            errors.report(f"{name}: cannot read: {_os_error(exc)}")
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def _articles(args: argparse.Namespace, errors: _Errors, stream: IO[str]) -> Iterator[Article]:
    if getattr(args, "from_articles", False):
        yield from _saved_articles(args, errors)
        return
    records = read_inputs(args.inputs, input_format=args.input_format, on_warning=errors.warn)
    results = extract_many(records, jobs=args.jobs, chunk_size=args.chunk_size)
    for result in _progress(results, enabled=_show_progress(args, stream), stream=stream, label="articles"):
        if isinstance(result, RecordError):
            errors.report(str(result))
        else:
            yield result


ARTICLE_HEADER = ["article", "claimant", "side", "subject", "outcome", "unit", "stance", "count", "evidence"]


def _article_rows(article: Article) -> list[list[str]]:
    if not article.claims:
        return [[article.id, "(no claims)", "", "", "", "", "", "", ""]]
    rows = []
    for claim in article.claims:
        claimant = claim.claimant
        subject = claim.subject
        count = "" if claim.count is None else _interval(claim.count.low, claim.count.high)
        rows.append(
            [
                article.id,
                "(article)" if claimant is None else claimant.name,
                "" if claimant is None else claimant.country or "",
                f"{subject.country or 'joint'} {subject.kind.value}",
                claim.outcome.value,
                claim.unit.value,
                claim.stance.value,
                count,
                _shorten(article.evidence(claim)),
            ]
        )
    return rows


def _cmd_extract(args: argparse.Namespace, out: _Output, errors: _Errors) -> None:
    articles = _articles(args, errors, sys.stderr)
    if args.format == "jsonl":
        for article in articles:
            out.write(to_json(article) + "\n")
        return
    if args.format == "table":
        header = True
        for article in articles:
            rows = _article_rows(article)
            _table([ARTICLE_HEADER, *rows] if header else rows, out)
            header = False
        return
    single = len(args.inputs) == 1 and not _is_jsonl(Path(args.inputs[0]), args.input_format)
    single = single and (args.inputs[0] == "-" or not Path(args.inputs[0]).is_dir())
    if single:
        for article in articles:
            out.write(to_json(article, indent=args.indent) + "\n")
        return
    listing = _JsonList(out)
    for article in articles:
        listing.add(to_json(article, indent=args.indent))
    listing.close()


CSV_HEADER = [
    "dispute",
    "subject_name",
    "subject_country",
    "subject_kind",
    "outcome",
    "unit",
    "period_start",
    "period_end",
    "compatible",
    "side",
    "position_claimant",
    "revised",
    "low",
    "high",
    "stance",
    "count_text",
    "claimants",
    "article_ids",
]


def _dispute_csv(disputes: Sequence[Dispute], out: _Output) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for number, dispute in enumerate(disputes, start=1):
        period = dispute.period
        for position in dispute.positions:
            for figure in position.figures:
                count = figure.claim.count
                writer.writerow(
                    [
                        number,
                        dispute.subject.name,
                        dispute.subject.country or "",
                        dispute.subject.kind.value,
                        dispute.outcome.value,
                        dispute.unit.value,
                        "" if period is None else period.start.isoformat(),
                        "" if period is None else period.end.isoformat(),
                        str(dispute.compatible).lower(),
                        position.side or "",
                        "" if position.claimant is None else position.claimant.name,
                        str(position.revised).lower(),
                        "" if count is None else count.low,
                        "" if count is None or count.high is None else count.high,
                        figure.claim.stance.value,
                        "" if count is None else count.text,
                        ";".join(a.name for a in figure.claimants),
                        ";".join(figure.article_ids),
                    ]
                )


def _figure_text(figure: SourcedClaim) -> str:
    claim = figure.claim
    count = claim.count
    if claim.stance is Stance.DENIED:
        return "denied" if count is None else f"denied {_interval(count.low, count.high)}"
    return "unquantified" if count is None else _interval(count.low, count.high)


def _dispute_text(disputes: Sequence[Dispute], out: _Output) -> None:
    for number, dispute in enumerate(disputes, start=1):
        subject = dispute.subject
        period = dispute.period
        when = "undated" if period is None else f"{period.start.isoformat()} to {period.end.isoformat()}"
        verdict = "compatible" if dispute.compatible else "CONFLICT"
        what = f"{subject.country or 'joint'} {subject.kind.value} {dispute.outcome.value} ({dispute.unit.value})"
        out.write(f"{number}. {what}, {when}: {verdict}\n")
        rows = []
        for position in dispute.positions:
            side = position.side or ("(article)" if position.claimant is None else "-")
            claimant = "" if position.claimant is None else position.claimant.name
            for i, figure in enumerate(position.figures):
                who = ", ".join(a.name for a in figure.claimants) or "(unattributed)"
                rows.append(
                    [
                        f"   {side}" if i == 0 else "",
                        (claimant + (" (revised)" if position.revised else "")) if i == 0 else "",
                        _figure_text(figure),
                        who,
                        ", ".join(figure.article_ids),
                    ]
                )
        _table(rows, out)
        out.write("\n")


def _cmd_disputes(args: argparse.Namespace, out: _Output, errors: _Errors) -> None:
    disputes = find_disputes(_articles(args, errors, sys.stderr), min_sides=args.min_sides)
    if args.format == "json":
        out.write(_json([to_dict(d) for d in disputes], args.indent) + "\n")
    elif args.format == "csv":
        _dispute_csv(disputes, out)
    elif disputes:
        _dispute_text(disputes, out)
    else:
        out.write("no disputes\n")


TOLL_HEADER = ["article", "incident", "kind", "outcome", "unit", "low", "best", "high", "claims", "period", "places"]


def _incident_kind(incident: Incident, number: int) -> str:
    """"main" for the article's main incident; else "background", "cumulative" or "event"."""
    if number == 0:
        return "main"
    own = {m.role for m in incident.claims if m.of is None}
    if own == {ClaimRole.BACKGROUND}:
        return "background"
    if own == {ClaimRole.CUMULATIVE}:
        return "cumulative"
    return "event"


def _incident_tolls(incident: Incident, policy: PointPolicy) -> list[tuple[Outcome, Unit, Estimate]]:
    """The incident's estimate for each outcome and unit its claims count, in the order first told."""
    kinds = dict.fromkeys((m.claim.outcome, m.claim.unit) for m in incident.claims)
    found = ((outcome, unit, incident.estimate(outcome, policy, unit=unit)) for outcome, unit in kinds)
    return [(outcome, unit, estimate) for outcome, unit, estimate in found if estimate is not None]


def _incident_record(article: Article, number: int, policy: PointPolicy) -> dict[str, Any]:
    """One incident as a JSON-ready record: where and when, its tolls under ``policy``, and its claims by index."""
    incident = article.incidents[number]
    index = {id(claim): i for i, claim in enumerate(article.claims)}

    def where(claim: Claim | None) -> int | None:
        if claim is None:
            return None
        found = index.get(id(claim))
        return article.index_of(claim) if found is None else found

    period = incident.period
    return {
        "article": article.id,
        "incident": incident.id,
        "kind": _incident_kind(incident, number),
        "period": None if period is None else {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "locations": [location.name for location in incident.locations],
        "policy": policy.value,
        "tolls": [
            {"outcome": outcome.value, "unit": unit.value, "low": e.low, "best": e.best, "high": e.high}
            for outcome, unit, e in _incident_tolls(incident, policy)
        ],
        "claims": [{"claim": where(m.claim), "role": m.role.value, "of": where(m.of)} for m in incident.claims],
    }


def _toll_rows(article: Article, policy: PointPolicy) -> list[list[str]]:
    """The table rows of one article: one per incident and toll, or one saying there is none."""
    if not article.incidents:
        return [[article.id, "(no incidents)", *[""] * (len(TOLL_HEADER) - 2)]]
    rows = []
    for number, incident in enumerate(article.incidents):
        period = incident.period
        when = "" if period is None else _period_text(period.start, period.end)
        places = _shorten(", ".join(location.name for location in incident.locations), 40)
        tolls = _incident_tolls(incident, policy)
        lead = [article.id, incident.id, _incident_kind(incident, number)]
        tail = [str(len(incident.claims)), when, places]
        if not tolls:
            rows.append([*lead, "(no toll)", "", "", "", "", *tail])
        for outcome, unit, estimate in tolls:
            high = "" if estimate.high is None else str(estimate.high)
            rows.append([*lead, outcome.value, unit.value, str(estimate.low), str(estimate.best), high, *tail])
    return rows


def _period_text(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


def _with_incidents(articles: Iterable[Article]) -> Iterator[Article]:
    """Articles whose claims were never grouped (built by hand and saved without incidents) are grouped now."""
    for article in articles:
        if article.claims and not article.incidents:
            article = attrs.evolve(article, incidents=find_incidents(article))  # noqa: PLW2901 - the same article, grouped
        yield article


def _cmd_tolls(args: argparse.Namespace, out: _Output, errors: _Errors) -> None:
    policy = PointPolicy(args.policy)
    articles = _with_incidents(_articles(args, errors, sys.stderr))
    if args.format == "jsonl":
        for article in articles:
            for number in range(len(article.incidents)):
                out.write(_json(_incident_record(article, number, policy)) + "\n")
        return
    if args.format == "json":
        listing = _JsonList(out)
        for article in articles:
            for number in range(len(article.incidents)):
                listing.add(_json(_incident_record(article, number, policy), args.indent))
        listing.close()
        return
    header = True
    for article in articles:
        rows = _toll_rows(article, policy)
        _table([TOLL_HEADER, *rows] if header else rows, out)
        header = False


def _cmd_schema(args: argparse.Namespace, out: _Output, _errors: _Errors) -> None:
    schema = article_schema() if args.of == "article" else dispute_schema()
    out.write(_json(schema, 2) + "\n")


# Arguments.


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        msg = f"expected a whole number, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if value < 1:
        msg = f"expected a number >= 1, got {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _add_inputs(parser: argparse.ArgumentParser, *, directories: bool = True) -> None:
    what = "text files, *.jsonl files, directories, or - for standard input" if directories else "files or -"
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|-" if directories else "FILE|-", help=what)
    parser.add_argument(
        "--input-format",
        choices=["auto", "text", "jsonl"],
        default="auto",
        help="how to read each file (default: by file name; standard input is text)",
    )


def _add_batch(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=_positive, default=1, help="worker processes (default: 1)")
    parser.add_argument("--chunk-size", type=_positive, default=64, help="records per worker task (default: 64)")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None, help="show progress on standard error"
    )
    progress.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show progress (default: only on a terminal)"
    )


def _add_indent(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--indent", type=int, default=None, help="indent JSON output by this many spaces")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``conflictclaims`` command."""
    parser = argparse.ArgumentParser(
        prog="conflictclaims",
        description="Structured, comparable casualty claims from conflict news text.",
        epilog=(
            "Exit status: 0 on success, 1 when any input record failed or the output could not be written, "
            "2 for usage errors."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse number phrases into counts", description="Parse number phrases.")
    p.add_argument("phrases", nargs="+", metavar="PHRASE")
    p.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    _add_indent(p)
    p.set_defaults(run=_cmd_parse)

    p = sub.add_parser("counts", help="find every number phrase in texts", description="Scan texts for counts.")
    _add_inputs(p, directories=False)
    p.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    _add_indent(p)
    p.set_defaults(run=_cmd_counts)

    p = sub.add_parser(
        "extract",
        help="extract claims from articles",
        description="Extract claims. JSON output is one object for one text input and a list otherwise.",
    )
    _add_inputs(p)
    p.add_argument("--format", choices=["json", "jsonl", "table"], default="json")
    _add_indent(p)
    _add_batch(p)
    p.set_defaults(run=_cmd_extract)

    p = sub.add_parser("disputes", help="compare claims across articles", description="Find disputed tolls.")
    _add_inputs(p)
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument(
        "--min-sides", type=_positive, default=2, help="fewest claimant sides a toll needs (default: 2; 1 lists all)"
    )
    p.add_argument(
        "--from-articles",
        action="store_true",
        help="inputs are JSON Lines of articles written by 'extract --format jsonl' (no extraction)",
    )
    _add_indent(p)
    _add_batch(p)
    p.set_defaults(run=_cmd_disputes)

    p = sub.add_parser(
        "tolls",
        help="incidents and their tolls",
        description=(
            "Group each article's claims into incidents and estimate each incident's toll across its sources "
            "(restatements counted once, breakdowns and subsets never added, background and running totals apart). "
            "JSON output is one list of incidents; JSON Lines one incident a line."
        ),
    )
    _add_inputs(p)
    p.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    p.add_argument(
        "--policy",
        choices=[policy.value for policy in PointPolicy],
        default=PointPolicy.CONSERVATIVE.value,
        help="how the best estimate is coded: the lowest credible figure (default), ACLED's or UCDP GED's rules",
    )
    p.add_argument(
        "--from-articles",
        action="store_true",
        help="inputs are JSON Lines of articles written by 'extract --format jsonl' (no extraction)",
    )
    _add_indent(p)
    _add_batch(p)
    p.set_defaults(run=_cmd_tolls)

    p = sub.add_parser("schema", help="print the JSON Schema of the output", description="Print a JSON Schema.")
    p.add_argument("--of", choices=["article", "dispute"], default="article", help="which model (default: article)")
    p.set_defaults(run=_cmd_schema)
    return parser


def _utf8(stream: IO[str]) -> IO[str]:
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


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor behind sys.stdout (a test's capture)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` if omitted.

    Returns:
        0 on success, 1 when any input record failed or the output could not
        be written, 2 for a usage error, 130 when interrupted.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    out = _Output(_utf8(sys.stdout))
    errors = _Errors(_utf8(sys.stderr))
    try:
        args.run(args, out, errors)
        out.flush()
    except BrokenPipeError:
        # The reader went away (``| head``); stop quietly, as Unix tools do.
        _silence_stdout()
        return 1 if errors.count else 0
    except _OutputError as exc:
        _silence_stdout()
        errors.report(f"cannot write output: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130
    return 1 if errors.count else 0
