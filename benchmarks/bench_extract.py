"""Throughput of ``extract`` over the seed articles, against a tokenizing baseline in the same run.

- ``extract``: articles and megabytes of article text per second over the
  five seed articles, repeated (each copy gets its own id, so nothing is
  cached between calls);
- the pieces it runs once per article (``find_counts``,
  ``find_actor_mentions``, ``find_locations``, ``find_time_expressions``,
  ``split_sentences``), to show where the time goes;
- baseline: ``regex.findall(r"\\w+")`` over the same texts, the cheapest pass
  any extractor must make;
- when the shared development data is next to the repository
  (``../shared/dev/isaf_dev.jsonl``, read where it lies, never copied), the
  same figures over its 300 press releases, against their own baseline.

Usage::

    python benchmarks/bench_extract.py           # full sizes
    python benchmarks/bench_extract.py --quick   # small sizes, for a CI smoke run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import regex
from _common import Figure, best_of, report

from conflictclaims import extract
from conflictclaims.actors import find_actor_mentions
from conflictclaims.counts import find_counts
from conflictclaims.gazetteer import find_locations
from conflictclaims.sentences import split_sentences
from conflictclaims.temporal import find_time_expressions

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ISAF = ROOT.parent / "shared" / "dev" / "isaf_dev.jsonl"
PUBLISHED = dt.date(2026, 2, 28)


def isaf_texts() -> list[str]:
    """The ISAF slice's texts, read from the shared data when it is there (one JSON record a line)."""
    if not ISAF.exists():
        return []
    with ISAF.open(encoding="utf-8") as lines:  # not splitlines(): the texts hold U+2028
        return [json.loads(line)["text"] for line in lines if line.strip()]


def isaf_figures(*, quick: bool) -> list[Figure]:
    """extract over the ISAF press releases, against findall over the same texts."""
    texts = isaf_texts()[: 60 if quick else None]
    if not texts:
        return []
    repeat = 3 if quick else 5
    words = regex.compile(r"\w+")
    baseline = best_of(lambda: [words.findall(t) for t in texts], repeat=repeat)
    timing = best_of(lambda: [extract(t, article_id=str(i)) for i, t in enumerate(texts)], repeat=repeat)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    base = "regex.findall(r'\\w+')"
    return [
        Figure(f"extract ISAF ({len(texts)} releases)", "art/s", len(texts), timing, base, baseline),
        Figure(f"extract ISAF ({megabytes:.2f} MB)", "MB/s", megabytes, timing, base, baseline),
    ]


def figures(*, quick: bool) -> list[Figure]:
    """Measure extract, its parts and the baseline over the same texts."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    copies = 4 if quick else 40
    texts = [text for _ in range(copies) for text in seeds]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    repeat = 3 if quick else 5
    words = regex.compile(r"\w+")
    baseline = best_of(lambda: [words.findall(t) for t in texts], repeat=repeat)

    def run_extract() -> None:
        for i, text in enumerate(texts):
            extract(text, article_id=str(i))

    parts = {
        "find_counts": lambda: [find_counts(t) for t in texts],
        "find_actor_mentions": lambda: [find_actor_mentions(t) for t in texts],
        "find_locations": lambda: [find_locations(t) for t in texts],
        "find_time_expressions": lambda: [find_time_expressions(t, PUBLISHED) for t in texts],
        "split_sentences": lambda: [split_sentences(t) for t in texts],
    }
    timing = best_of(run_extract, repeat=repeat)
    base = "regex.findall(r'\\w+')"
    found = [
        Figure(f"extract ({len(texts)} articles)", "art/s", len(texts), timing, base, baseline),
        Figure(f"extract ({megabytes:.2f} MB)", "MB/s", megabytes, timing, base, baseline),
    ]
    found.extend(
        Figure(name, "MB/s", megabytes, best_of(function, repeat=repeat), base, baseline)
        for name, function in parts.items()
    )
    return found


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs and few runs, for a smoke test")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    print(report("extract: one article at a time, one core", figures(quick=args.quick)))
    isaf = isaf_figures(quick=args.quick)
    if isaf:
        print()
        print(report("extract on the ISAF slice (../shared/dev/isaf_dev.jsonl)", isaf))
    print(f"(bench_extract took {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
