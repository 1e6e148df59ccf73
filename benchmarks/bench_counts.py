"""Throughput of the number-phrase parser and scanner, against stdlib baselines in the same run.

- ``parse_count``: phrases per second over the 103 gold phrases, cycled;
  baseline ``int()`` on as many digit strings.
- ``find_counts``: megabytes of text per second over the seed articles,
  repeated; baseline ``re.findall(r"\\d+")`` over the same text.

No result cache is involved: every call parses from scratch. The first call
also compiles the grammar, reported apart.

Usage::

    python benchmarks/bench_counts.py           # full sizes
    python benchmarks/bench_counts.py --quick   # small sizes, for a CI smoke run
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from _common import Figure, best_of, report

from conflictclaims.counts import find_counts, parse_count

ROOT = Path(__file__).resolve().parent.parent
PHRASES = ROOT / "tests" / "data" / "count_phrases.jsonl"
SEEDS = ROOT / "seeds"


def first_call_seconds() -> float:
    """Return the time of a first ``parse_count`` and ``find_counts`` in a fresh interpreter (grammar compile)."""
    code = (
        "import time; from conflictclaims.counts import find_counts, parse_count; t = time.perf_counter(); "
        "parse_count('1'); find_counts('1'); print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    return float(done.stdout)


def figures(*, quick: bool) -> list[Figure]:
    """Measure both functions and their baselines."""
    gold = [json.loads(line)["phrase"] for line in PHRASES.read_text(encoding="utf-8").splitlines() if line]
    n = 2_000 if quick else 20_000
    phrases = [gold[i % len(gold)] for i in range(n)]
    digits = [str(i * 7919 % 100_000) for i in range(n)]
    repeat = 3 if quick else 7

    parse = best_of(lambda: [parse_count(p) for p in phrases], repeat=repeat)
    parse_base = best_of(lambda: [int(d) for d in digits], repeat=repeat)

    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = "\n\n".join([seeds] * (5 if quick else 60))
    megabytes = len(text.encode("utf-8")) / 1e6
    digits_re = re.compile(r"\d+")
    scan = best_of(lambda: find_counts(text), repeat=repeat)
    scan_base = best_of(lambda: digits_re.findall(text), repeat=repeat)
    return [
        Figure("parse_count (gold phrases, cycled)", "phr/s", n, parse, "int() on digit strings", parse_base),
        Figure(f"find_counts (seeds, {megabytes:.2f} MB)", "MB/s", megabytes, scan, "re.findall(r'\\d+')", scan_base),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs and few runs, for a smoke test")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    print(report("counts: number-phrase parser and scanner (no result cache)", figures(quick=args.quick)))
    print(f"first call, which compiles the grammar: {first_call_seconds():.3f} s")
    print(f"(bench_counts took {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
