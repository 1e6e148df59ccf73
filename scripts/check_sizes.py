# ruff: noqa: INP001  # a script run from the repository root, not a package
"""List logic modules over the line limit and functions over the length limit; exit 1 when any.

``python scripts/check_sizes.py [--lines 600] [--function-lines 60] [ROOT]``

A logic module is one that defines a function; data modules (word lists,
tables) may be as long as their data. A function's length runs from its
``def`` (or first decorator) to its last line, docstring included. The few
modules still over the limit are listed in ``KNOWN_LARGE`` with the reason,
so that a new one is caught while they wait for their split.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
LINE_LIMIT: Final = 600
FUNCTION_LIMIT: Final = 60

# Over the limit on purpose, with the reason; paths relative to the source root.
KNOWN_LARGE: Final[dict[str, str]] = {
}


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def _length(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return (node.end_lineno or node.lineno) - first + 1


def problems(source: Path, line_limit: int, function_limit: int) -> list[str]:
    """Every module over ``line_limit`` lines and every function over ``function_limit``, one line each."""
    found: list[str] = []
    for path in sorted(source.rglob("*.py")):
        relative = path.relative_to(source).as_posix()
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        functions = _functions(tree)
        lines = text.count("\n")
        if functions and lines > line_limit and relative not in KNOWN_LARGE:
            found.append(f"{relative}: {lines} lines (limit {line_limit})")
        found.extend(
            f"{relative}:{node.lineno}: {node.name}() is {_length(node)} lines (limit {function_limit})"
            for node in functions
            if _length(node) > function_limit
        )
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the problems; return 1 when there are any."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=LINE_LIMIT, help="lines a logic module may have")
    parser.add_argument("--function-lines", type=int, default=FUNCTION_LIMIT, help="lines a function may have")
    parser.add_argument("source", nargs="?", type=Path, default=ROOT / "src", help="the source root to check")
    args = parser.parse_args(argv)
    found = problems(args.source, args.lines, args.function_lines)
    for line in found:
        print(line)  # noqa: T201 - the report is the output
    for relative, reason in KNOWN_LARGE.items():
        print(f"(allowed over the limit: {relative}: {reason})")  # noqa: T201
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
