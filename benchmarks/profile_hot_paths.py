"""Where the time goes: ``python benchmarks/profile_hot_paths.py [--quick] [--top N]``.

Profiles ``extract`` over the seed articles and ``find_counts`` over the same
text with :mod:`cProfile` (after one warm-up call, so compiling the patterns
and loading the gazetteer do not count) and prints the functions with the most
own time, then the share of the run spent in each module of the package.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections import defaultdict
from pathlib import Path

from conflictclaims import extract, find_counts

ROOT = Path(__file__).resolve().parent.parent


def _profile(label: str, call: str, namespace: dict[str, object], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.runctx(call, namespace, {})
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\n== {label}: {total:.3f} s under the profiler")
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][2])  # type: ignore[attr-defined]
    print(f"{'own s':>8} {'share':>6} {'calls':>9}  function")
    for (filename, line, name), (_, calls, own, _, _) in rows[:top]:
        where = Path(filename).name if filename != "~" else ""
        print(f"{own:8.3f} {own / total:6.1%} {calls:9,}  {where}:{line}({name})")
    by_module: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        module = Path(filename).stem if "conflictclaims" in filename else "(other: stdlib, regex, attrs)"
        by_module[module] += own
    shares = sorted(by_module.items(), key=lambda item: -item[1])
    print("own time by module: " + ", ".join(f"{module} {own / total:.0%}" for module, own in shares))


def main(argv: list[str] | None = None) -> int:
    """Profile both hot paths and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one pass over the seeds instead of twenty")
    parser.add_argument("--top", type=int, default=15, help="how many functions to list")
    args = parser.parse_args(argv)
    articles = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    passes = 1 if args.quick else 20
    corpus = articles * passes
    joined = "\n\n".join(corpus)
    extract(articles[0])  # warm up: patterns, gazetteer, actor lexicon
    find_counts(articles[0])
    print(f"{len(corpus)} articles, {len(joined):,} characters")
    namespace: dict[str, object] = {"extract": extract, "find_counts": find_counts, "corpus": corpus, "joined": joined}
    _profile("extract, one call per article", "for text in corpus: extract(text)", namespace, args.top)
    _profile("find_counts over all articles joined", "find_counts(joined)", namespace, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
