"""Cost of grouping claims into incidents, against ``extract`` measured in the same run.

- ``find_incidents``: articles per second over articles already extracted
  (the seed articles, repeated, and any ``--texts`` given), and its share of
  ``extract``'s time, which includes it;
- ``estimate``: every incident's estimate for every outcome under every policy;
- baseline: ``extract`` itself over the same texts.

Usage::

    python benchmarks/bench_incidents.py                 # the seed articles
    python benchmarks/bench_incidents.py --quick         # fewer copies and runs
    python benchmarks/bench_incidents.py --texts ../shared/dev/isaf_dev.jsonl ../shared/dev/articles
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from _common import Figure, best_of, report

from conflictclaims import extract, find_incidents
from conflictclaims.counts import PointPolicy
from conflictclaims.model import Outcome

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _texts(paths: list[Path]) -> list[str]:
    """Read text files, directories of them and JSON Lines files of ``{"text": …}`` records."""
    texts = []
    for path in paths:
        files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                with file.open(encoding="utf-8") as lines:  # not splitlines(): texts may hold U+2028
                    texts.extend(json.loads(line)["text"] for line in lines if line.strip())
            else:
                texts.append(file.read_text(encoding="utf-8"))
    return texts


def figures(*, quick: bool, extra: list[Path]) -> list[Figure]:
    """Measure find_incidents and estimate against extract over the same texts."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts = [text for _ in range(2 if quick else 10) for text in seeds] + _texts(extra)
    repeat = 3 if quick else 5
    articles = [extract(text, article_id=str(i)) for i, text in enumerate(texts)]
    incidents = [incident for article in articles for incident in article.incidents]

    def run_extract() -> None:
        for i, text in enumerate(texts):
            extract(text, article_id=str(i))

    def run_estimates() -> None:
        for incident in incidents:
            for outcome in Outcome:
                for policy in PointPolicy:
                    incident.estimate(outcome, policy)

    baseline = best_of(run_extract, repeat=repeat)
    base = "extract (incidents included)"
    grouping = best_of(lambda: [find_incidents(a) for a in articles], repeat=repeat)
    estimates = best_of(run_estimates, repeat=repeat)
    return [
        Figure(f"extract ({len(texts)} articles)", "art/s", len(texts), baseline, base, baseline),
        Figure(f"find_incidents ({len(texts)} articles)", "art/s", len(texts), grouping, base, baseline),
        Figure(f"estimate ({len(incidents)} incidents x 24)", "inc/s", len(incidents), estimates, base, baseline),
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer copies and runs, for a smoke test")
    parser.add_argument("--texts", nargs="*", type=Path, default=[], help="more articles: *.txt, directories, *.jsonl")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    found = figures(quick=args.quick, extra=args.texts)
    print(report("incidents: one article at a time, one core", found))
    share = found[1].timing.cpu / found[0].timing.cpu
    print(f"find_incidents is {share:.0%} of extract's time (extract {share / (1 - share):.0%} slower with it)")
    print(f"(bench_incidents took {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
