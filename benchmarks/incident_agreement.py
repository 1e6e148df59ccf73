"""How well ``Article.incidents`` agrees with hand-annotated incident keys.

Reads development data at run time (nothing of it is copied here): articles
(``NN_topic.txt``) and a gold file in the ``conflictclaims-gold/1`` format
whose claims carry an ``event`` key per article (``e1`` for the article's
main incident) and optional notes ("headline", "subset of …", "background:
…", "cumulative …", "breakdown by place").

Each gold claim is matched to the extracted claim whose evidence or count
span overlaps its evidence snippet, with the same outcome. Over the matched
claims it reports:

- **pairs**: precision and recall of "same incident" over pairs of claims,
  against the gold keys (a breakdown by place has keys of its own in the
  gold; here parts stay with their total, so such pairs are left out);
- **main**: the share of gold main-incident (``e1``) claims found in
  ``incidents[0]``, and the share of ``incidents[0]``'s claims that are
  gold ``e1``;
- **time**: whether claims the gold notes as background or cumulative got
  that role, and whether the rest did not.

Usage (from the project root)::

    python benchmarks/incident_agreement.py \\
        --gold ../shared/dev/gold.json --articles ../shared/dev/articles [-v]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictclaims import ClaimRole, extract

if TYPE_CHECKING:
    from conflictclaims.model import Article, Claim

_AWAY = {ClaimRole.BACKGROUND, ClaimRole.CUMULATIVE}


def _span_of(text: str, snippet: str) -> tuple[int, int] | None:
    at = text.find(snippet)
    return None if at < 0 else (at, at + len(snippet))


def _match(article: Article, gold: dict[str, Any]) -> Claim | None:
    where = _span_of(article.text, gold["evidence"])
    if where is None:
        return None
    for claim in article.claims:
        spans = [claim.evidence] + ([claim.count.span] if claim.count is not None and claim.count.span else [])
        if claim.outcome.value == gold["outcome"] and any(s.start < where[1] and where[0] < s.end for s in spans):
            return claim
    return None


def _gold_time(gold: dict[str, Any]) -> str:
    note = (gold.get("note") or "").lower()
    if "cumulative" in note:
        return "cumulative"
    if "background" in note:
        return "background"
    return "event"


def _is_breakdown(gold: dict[str, Any]) -> bool:
    note = (gold.get("note") or "").lower()
    return "breakdown" in note or "total of" in note or "includes e" in note


def score(gold_path: Path, articles: Path, *, verbose: bool) -> dict[str, float]:  # noqa: C901 - one tally a figure
    """Return the agreement figures (and print per-article detail when ``verbose``)."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    pairs = {"tp": 0, "fp": 0, "fn": 0}
    main_hit = main_total = main_pred_hit = main_pred_total = 0
    time_ok = time_total = matched = total = 0
    for name, gold in sorted(data.items()):
        text = (articles / name).read_text(encoding="utf-8")
        article = extract(text, article_id=name)
        incident_of: dict[int, tuple[int, ClaimRole]] = {}
        for number, incident in enumerate(article.incidents):
            for member in incident.claims:
                incident_of[id(member.claim)] = (number, member.role)
        found = []
        for claim in gold["claims"]:
            total += 1
            predicted = _match(article, claim)
            if predicted is not None and id(predicted) in incident_of:
                matched += 1
                found.append((claim, predicted))
        for (g1, p1), (g2, p2) in itertools.combinations(found, 2):
            if p1 is p2 or _is_breakdown(g1) or _is_breakdown(g2):
                continue
            same_gold = g1["event"] == g2["event"]
            same_pred = incident_of[id(p1)][0] == incident_of[id(p2)][0]
            key = "tp" if same_gold and same_pred else "fp" if same_pred else "fn" if same_gold else None
            if key:
                pairs[key] += 1
        main_ids = {id(m.claim) for m in article.incidents[0].claims} if article.incidents else set()
        gold_main = [(g, p) for g, p in found if g["event"] == "e1"]
        main_total += len(gold_main)
        main_hit += sum(id(p) in main_ids for _, p in gold_main)
        main_pred = [(g, p) for g, p in found if id(p) in main_ids]
        main_pred_total += len(main_pred)
        main_pred_hit += sum(g["event"] == "e1" for g, _ in main_pred)
        for g, p in found:
            role = incident_of[id(p)][1]
            expected = _gold_time(g)
            ok = (role in _AWAY) == (expected != "event") and expected in {"event", role.value}
            time_total += 1
            time_ok += ok
            if verbose and not ok:
                print(f"{name}: time: gold {expected}, got {role.value}: {g['evidence']!r}")
        if verbose:
            for g, p in found:
                number, role = incident_of[id(p)]
                print(f"  {name} gold {g['event']:3} -> i{number + 1} {role.value:11} {g['evidence'][:70]!r}")
    precision = pairs["tp"] / max(1, pairs["tp"] + pairs["fp"])
    recall = pairs["tp"] / max(1, pairs["tp"] + pairs["fn"])
    return {
        "matched_claims": matched,
        "gold_claims": total,
        "pair_precision": round(precision, 3),
        "pair_recall": round(recall, 3),
        "main_recall": round(main_hit / max(1, main_total), 3),
        "main_precision": round(main_pred_hit / max(1, main_pred_total), 3),
        "time_accuracy": round(time_ok / max(1, time_total), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, required=True, help="gold JSON with event keys per claim")
    parser.add_argument("--articles", type=Path, required=True, help="directory of the gold's article files")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    figures = score(args.gold, args.articles, verbose=args.verbose)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
