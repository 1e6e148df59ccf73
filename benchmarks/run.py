"""Run every benchmark module in turn: ``python benchmarks/run.py [--quick]``.

Each module in ``BENCHMARKS`` lives next to this file and has a
``main(argv) -> int`` that accepts ``--quick``. Add a new benchmark by adding
its module name to the list.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHMARKS = [
    "bench_counts",
    "bench_parties",
    "bench_extract",
    "bench_incidents",
    "bench_corpus",
    "count_instructions",
]


def main(argv: list[str] | None = None) -> int:
    """Run the listed benchmarks (or those named on the command line); return non-zero if any failed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="pass --quick to every benchmark")
    parser.add_argument("only", nargs="*", help="benchmark modules to run (default: all)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))  # the modules import their shared helpers as `_common`
    failed = 0
    for name in args.only or BENCHMARKS:
        print(f"== {name}", flush=True)
        module = importlib.import_module(name)
        status = module.main(["--quick"] if args.quick else [])
        failed += status != 0
        print(flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
