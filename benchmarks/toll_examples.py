"""How many of the curated toll examples give their coded toll, per style.

Reads ``tests/data/toll_examples.jsonl`` (or ``--file``): one example a line
with its ``style``, ``text`` and the ``killed`` (and, where coded,
``captured``) toll of its main incident. Each example's main incident is
estimated under the ``acled`` policy, as ``tests/test_incidents.py`` does,
and the script prints, per style, the share of examples whose killed toll
matches, the share of examples coded with no deaths that stay at zero, and
the share whose captured toll matches; ``-v`` lists every miss.

Usage (from the project root)::

    python benchmarks/toll_examples.py [--file FILE] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from conflictclaims import extract

EXAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "toll_examples.jsonl"


def _tolls(text: str) -> tuple[int, int]:
    article = extract(text)
    main = article.incidents[0] if article.incidents else None

    def toll(outcome: str) -> int:
        estimate = None if main is None else main.estimate(outcome, policy="acled")
        return 0 if estimate is None else estimate.best

    return toll("killed"), toll("captured")


def score(rows: list[dict[str, Any]], *, verbose: bool) -> dict[str, dict[str, str]]:
    """Per style: killed matches, zero rows kept at zero and captured matches, each as ``hits/total``."""
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        killed, captured = _tolls(row["text"])
        for style in (row["style"], "all"):
            figures = tally[style]
            figures["killed"][0] += killed == row["killed"]
            figures["killed"][1] += 1
            if row["killed"] == 0:
                figures["zero"][0] += killed == 0
                figures["zero"][1] += 1
            if row.get("captured") is not None:
                figures["captured"][0] += captured == row["captured"]
                figures["captured"][1] += 1
        if verbose and (killed != row["killed"] or row.get("captured") not in {None, captured}):
            coded = row.get("captured")
            print(f"{row['id']}: killed {killed} (coded {row['killed']}), captured {captured} (coded {coded})")
    return {
        style: {name: f"{hits}/{total} ({hits / total:.3f})" for name, (hits, total) in figures.items()}
        for style, figures in sorted(tally.items())
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", type=Path, default=EXAMPLES, help="JSON Lines examples (default: the test data)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args()
    with args.file.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    for style, figures in score(rows, verbose=args.verbose).items():
        print(style, json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
