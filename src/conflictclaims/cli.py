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
import sys
from typing import TYPE_CHECKING

from conflictclaims._cli_commands import run_counts, run_disputes, run_extract, run_parse, run_schema, run_tolls
from conflictclaims._cli_inputs import read_inputs
from conflictclaims._cli_output import Errors, Output, OutputError, silence_stdout, utf8
from conflictclaims._version import __version__
from conflictclaims.counts import PointPolicy

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["build_parser", "main", "read_inputs"]


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
    p.set_defaults(run=run_parse)

    p = sub.add_parser("counts", help="find every number phrase in texts", description="Scan texts for counts.")
    _add_inputs(p, directories=False)
    p.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    _add_indent(p)
    p.set_defaults(run=run_counts)

    p = sub.add_parser(
        "extract",
        help="extract claims from articles",
        description="Extract claims. JSON output is one object for one text input and a list otherwise.",
    )
    _add_inputs(p)
    p.add_argument("--format", choices=["json", "jsonl", "table"], default="json")
    _add_indent(p)
    _add_batch(p)
    p.set_defaults(run=run_extract)

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
    p.set_defaults(run=run_disputes)

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
    p.set_defaults(run=run_tolls)

    p = sub.add_parser("schema", help="print the JSON Schema of the output", description="Print a JSON Schema.")
    p.add_argument("--of", choices=["article", "dispute"], default="article", help="which model (default: article)")
    p.set_defaults(run=run_schema)
    return parser


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
    out = Output(utf8(sys.stdout))
    errors = Errors(utf8(sys.stderr))
    try:
        args.run(args, out, errors)
        out.flush()
    except BrokenPipeError:
        # The reader went away (``| head``); stop quietly, as Unix tools do.
        silence_stdout()
        return 1 if errors.count else 0
    except OutputError as exc:
        silence_stdout()
        errors.report(f"cannot write output: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130
    return 1 if errors.count else 0
