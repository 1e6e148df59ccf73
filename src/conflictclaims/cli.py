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
(a named pipe, say) is skipped with a warning line. Every subcommand writes
to standard output, or with ``-o FILE`` to a file that is written whole or
not at all; ``-q`` leaves only the error lines on standard error. The exit
status is one of :data:`EXIT_STATUSES`. Output is UTF-8.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import textwrap
import threading
import warnings
from typing import IO, TYPE_CHECKING, NoReturn

from conflictclaims._cli_commands import run_counts, run_disputes, run_extract, run_parse, run_schema, run_tolls
from conflictclaims._cli_inputs import read_inputs
from conflictclaims._cli_output import Errors, OutputError, open_output, silence_stdout, utf8
from conflictclaims._version import __version__
from conflictclaims.counts import PointPolicy

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from types import FrameType

__all__ = ["EXIT_STATUSES", "build_parser", "main", "read_inputs"]

#: Every exit status of the command and what it means, as ``--help`` and the docs show them.
EXIT_STATUSES: tuple[tuple[int, str], ...] = (
    (0, "success: every input record gave its output"),
    (1, "some input records failed (one error line each; the others are written), or the output could not be written"),
    (2, "usage error: an unknown command or option, a bad value, a missing argument"),
    (130, "interrupted by Ctrl-C (SIGINT): one line, no traceback; a file named by -o is left as it was"),
    (143, "stopped by SIGTERM (129 by SIGHUP): the same"),
)

# Two or three commands a subcommand's help ends with; each must parse (the tests check).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "parse": (
        'conflictclaims parse "at least 274" "dozens"',
        'conflictclaims parse --format json "more than 400"',
        'conflictclaims parse --format jsonl "two or three" "scores of" -o counts.jsonl',
    ),
    "counts": (
        "conflictclaims counts article.txt",
        "conflictclaims counts --format jsonl a.txt b.txt -o counts.jsonl",
        "cat article.txt | conflictclaims counts -",
    ),
    "extract": (
        "conflictclaims extract article.txt",
        "conflictclaims extract corpus/ --format jsonl --jobs 4 -o articles.jsonl",
        "zcat feed.jsonl.gz | conflictclaims extract --input-format jsonl --format jsonl -",
    ),
    "disputes": (
        "conflictclaims disputes seeds/",
        "conflictclaims disputes --from-articles articles.jsonl --format csv -o disputes.csv",
        "conflictclaims disputes corpus/ --min-sides 1 --format json --indent 2",
    ),
    "tolls": (
        "conflictclaims tolls article.txt",
        "conflictclaims tolls corpus/ --policy acled --format jsonl -o tolls.jsonl",
        "conflictclaims tolls --from-articles articles.jsonl --policy ucdp --format json",
    ),
    "schema": (
        "conflictclaims schema",
        "conflictclaims schema --of dispute -o dispute.schema.json",
    ),
}


# Arguments.


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the examples and the exit-status table as they are written."""


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


def _output_name(text: str) -> str:
    if not text:
        msg = "expected a file name, or - for standard output"
        raise argparse.ArgumentTypeError(msg)
    return text


def _exit_status_table() -> str:
    lines = ["exit status:"]
    for status, meaning in EXIT_STATUSES:
        lines.extend(textwrap.wrap(meaning, 76, initial_indent=f"  {status:<5}", subsequent_indent=" " * 7))
    return "\n".join(lines)


_MAIN_EPILOG = textwrap.fill(
    "Every command writes its results to standard output, or with -o FILE to a file, whole or not at all; "
    "-q leaves only the error lines on standard error. 'conflictclaims COMMAND --help' shows a command's options "
    "and examples.",
    79,
)


def _examples(command: str) -> str:
    return "examples:\n" + "\n".join(f"  {example}" for example in EXAMPLES[command])


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    summary: str,
    description: str,
    run: Callable[..., None],
) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name, help=summary, description=description, epilog=_examples(name), formatter_class=_HelpFormatter
    )
    parser.set_defaults(run=run)
    return parser


def _add_format(parser: argparse.ArgumentParser, choices: list[str], what: str = "") -> None:
    parser.add_argument(
        "--format", choices=choices, default=choices[0], help=f"output format{what} (default: %(default)s)"
    )


def _add_inputs(parser: argparse.ArgumentParser, *, directories: bool = True) -> None:
    what = "text files, *.jsonl files, directories, or - for standard input" if directories else "files or -"
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|-" if directories else "FILE|-", help=what)
    parser.add_argument(
        "--input-format",
        choices=["auto", "text", "jsonl"],
        default="auto",
        help="how to read each file: by its name (*.jsonl, *.ndjson and *.json-lines are JSON Lines, the others "
        "text; standard input is text), or every file as text or as JSON Lines (default: %(default)s)",
    )


def _add_batch(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs", "-j", type=_positive, default=1, metavar="N", help="worker processes (default: %(default)s)"
    )
    parser.add_argument(
        "--chunk-size", type=_positive, default=64, metavar="N", help="records per worker task (default: %(default)s)"
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show records done, records/s and the time left on standard error",
    )
    progress.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="never show progress (default: only when standard error is a terminal)",
    )


def _add_indent(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--indent", type=int, metavar="N", help="indent JSON output by N spaces (default: one line per value)"
    )


def _add_from_articles(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from-articles",
        action="store_true",
        help="inputs are JSON Lines of articles written by 'extract --format jsonl' (no extraction)",
    )


def _add_output(parser: argparse.ArgumentParser) -> None:
    """The options every subcommand shares: where its results go, and how much it says on standard error."""
    parser.add_argument(
        "-o",
        "--output",
        type=_output_name,
        default="-",
        metavar="FILE",
        help="write the results to FILE, whole or not at all: to a temporary file beside it, renamed over it once "
        "complete (default: %(default)s, standard output)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="write errors only: no progress, no warnings (default: off)"
    )


def _add_parse(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        commands,
        "parse",
        summary="parse number phrases into counts",
        description="Parse number phrases.",
        run=run_parse,
    )
    p.add_argument("phrases", nargs="+", metavar="PHRASE", help="a number phrase, e.g. 'at least 274'")
    _add_format(p, ["table", "json", "jsonl"], ": JSON is one object for one phrase, else a list")
    _add_indent(p)
    _add_output(p)


def _add_counts(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        commands,
        "counts",
        summary="find every number phrase in texts",
        description="Scan texts for counts.",
        run=run_counts,
    )
    _add_inputs(p, directories=False)
    _add_format(p, ["table", "json", "jsonl"], ": JSON is one object for one text file, else a list")
    _add_indent(p)
    _add_output(p)


def _add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        commands,
        "extract",
        summary="extract claims from articles",
        description="Extract claims. JSON output is one object for one text input and a list otherwise.",
        run=run_extract,
    )
    _add_inputs(p)
    _add_format(p, ["json", "jsonl", "table"])
    _add_indent(p)
    _add_batch(p)
    _add_output(p)


def _add_disputes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        commands,
        "disputes",
        summary="compare claims across articles",
        description="Find disputed tolls.",
        run=run_disputes,
    )
    _add_inputs(p)
    _add_format(p, ["table", "json", "csv"])
    p.add_argument(
        "--min-sides",
        type=_positive,
        default=2,
        metavar="N",
        help="fewest claimant sides a toll needs; 1 lists all (default: %(default)s)",
    )
    _add_from_articles(p)
    _add_indent(p)
    _add_batch(p)
    _add_output(p)


def _add_tolls(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        commands,
        "tolls",
        summary="incidents and their tolls",
        description=(
            "Group each article's claims into incidents and estimate each incident's toll across its sources "
            "(restatements counted once, breakdowns and subsets never added, background and running totals apart). "
            "JSON output is one list of incidents; JSON Lines one incident a line."
        ),
        run=run_tolls,
    )
    _add_inputs(p)
    _add_format(p, ["table", "json", "jsonl"])
    p.add_argument(
        "--policy",
        choices=[policy.value for policy in PointPolicy],
        default=PointPolicy.CONSERVATIVE.value,
        help="how the best estimate is coded: the lowest credible figure, ACLED's or UCDP GED's rules "
        "(default: %(default)s)",
    )
    _add_from_articles(p)
    _add_indent(p)
    _add_batch(p)
    _add_output(p)


def _add_schema(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        commands,
        "schema",
        summary="print the JSON Schema of the output",
        description="Print a JSON Schema.",
        run=run_schema,
    )
    p.add_argument("--of", choices=["article", "dispute"], default="article", help="which model (default: %(default)s)")
    _add_output(p)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``conflictclaims`` command."""
    parser = argparse.ArgumentParser(
        prog="conflictclaims",
        description="Structured, comparable casualty claims from conflict news text.",
        epilog=_MAIN_EPILOG + "\n\n" + _exit_status_table(),
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_parse, _add_counts, _add_extract, _add_disputes, _add_tolls, _add_schema):
        add(commands)
    return parser


# Running.


class _Stopped(BaseException):
    """A signal that ends the run (SIGTERM, SIGHUP), raised like KeyboardInterrupt so that cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Stopped` in this process, and put the old handlers back after."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; a caller in another thread keeps its own
        return
    owner = os.getpid()

    def stop(signum: int, _frame: FrameType | None) -> NoReturn:
        if os.getpid() != owner:
            # A worker forked from this process: it dies of the signal, as it would have.
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        raise _Stopped(signum)

    numbers = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {number: signal.signal(number, stop) for number in numbers}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)


@contextlib.contextmanager
def _warnings_as_lines(errors: Errors) -> Iterator[None]:
    """Python warnings raised during the run are warning lines like the command's own, or nothing with -q."""

    def show(message: Warning | str, *_args: object, **_kwargs: object) -> None:
        errors.warn(str(message))

    with warnings.catch_warnings():
        if errors.quiet:
            warnings.simplefilter("ignore")
        else:
            warnings.showwarning = show
        yield


def _stop_status(stop: BaseException) -> int:
    return 128 + (stop.signum if isinstance(stop, _Stopped) else signal.SIGINT)


def _stop_message(stop: BaseException, output: str | None) -> str:
    what = f"stopped by {signal.Signals(stop.signum).name}" if isinstance(stop, _Stopped) else "interrupted"
    return what if output is None else f"{what}; {output} left as it was"


def _run(args: argparse.Namespace, errors: Errors, stdout: IO[str]) -> int:
    """Run one subcommand to the end, or to the first signal, and return the exit status."""
    try:
        out = open_output(args.output, stdout)
    except OutputError as exc:
        errors.report(f"cannot write output: {exc}")
        return 1
    try:
        with _warnings_as_lines(errors):
            args.run(args, out, errors)
        out.close()
    except BrokenPipeError:
        # The reader went away (``| head``); stop quietly, as Unix tools do.
        silence_stdout()
        return 1 if errors.count else 0
    except OutputError as exc:
        if out.file is None:
            silence_stdout()
        errors.report(f"cannot write output: {exc}")
        return 1
    except (KeyboardInterrupt, _Stopped) as stop:
        out.discard()
        errors.stop(_stop_message(stop, out.name))
        return _stop_status(stop)
    finally:
        out.discard()
    return 1 if errors.count else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` if omitted.

    Returns:
        One of :data:`EXIT_STATUSES`: 0 on success, 1 when any input record
        failed or the output could not be written, 2 for a usage error, 130
        when interrupted by Ctrl-C, 128 + the signal's number when stopped by
        SIGTERM or SIGHUP.
    """
    errors = Errors(utf8(sys.stderr))
    try:
        with _stopped_by_signals():
            args = build_parser().parse_args(argv)
            errors.quiet = args.quiet
            return _run(args, errors, utf8(sys.stdout))
    except (KeyboardInterrupt, _Stopped) as stop:
        errors.stop(_stop_message(stop, None))
        return _stop_status(stop)
