"""Compare the number-phrase parser and scanner with other Python number extractors.

``python benchmarks/compare_peers.py [--quick]``, with the ``bench`` extra
installed (``pip install 'conflictclaims[bench]'``). Peers: recognizers-text-number
(Microsoft Recognizers), quantulum3 and number-parser. A peer that fails to
install or import is skipped, with the reason printed.

All tools get the same inputs in one run: the number phrases of
``tests/data/count_phrases.jsonl`` plus every phrase ``find_counts`` finds in
``seeds/*.txt`` (throughput in phrases per second), and the seed articles
themselves (throughput in MB per second, 1 MB = 10**6 characters). Times are
the best of several runs in CPU time of this process, so a busy machine slows
every tool alike and the ratios stay comparable. Accuracy is measured on the
gold phrases: a peer's output is mapped to one number (its first number; for
number-parser the whole-phrase value, else the first number in its rewrite),
and counted right when it equals the gold ``best``, or, more leniently, when it
lies in the gold interval ``[low, high]``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from _common import Timing, best_of

from conflictclaims import extract, find_counts, parse_count
from conflictclaims.exceptions import CountParseError

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
PHRASES_FILE = ROOT / "tests" / "data" / "count_phrases.jsonl"
SEEDS = ROOT / "seeds"
_FIRST_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")

# Targets: (description, check).
PARSE_VS_RECOGNIZERS = 20.0
PARSE_VS_QUANTULUM = 50.0
EXTRACT_MB_S = 1.0
FIND_COUNTS_MB_S = 5.0


@dataclass(frozen=True)
class Gold:
    """One gold number phrase and its interval."""

    phrase: str
    low: int
    high: int | None
    best: int


@dataclass
class Peer:
    """A tool under comparison: how it reads one phrase, how it scans a text, and its first-number mapping."""

    name: str
    read_phrase: Callable[[str], object]
    value_of: Callable[[str], float | None]
    scan_text: Callable[[str], object]


def _number(text: str) -> float | None:
    """The first number written in digits in ``text``."""
    match = _FIRST_NUMBER.search(text)
    if match is None:
        return None
    with contextlib.suppress(ValueError):
        return float(match.group().replace(",", ""))
    return None


def _conflictclaims_value(phrase: str) -> float | None:
    try:
        return float(parse_count(phrase).best)
    except CountParseError:
        counts = find_counts(phrase)
        return float(counts[0].best) if counts else None


def _parse_or_none(phrase: str) -> object:
    try:
        return parse_count(phrase)
    except CountParseError:
        return None


def _conflictclaims() -> Peer:
    return Peer("conflictclaims", _parse_or_none, _conflictclaims_value, find_counts)


def _recognizers() -> Peer:
    from recognizers_number import NumberRecognizer  # noqa: PLC0415 - optional peer
    from recognizers_text import Culture  # noqa: PLC0415 - optional peer

    model = NumberRecognizer(Culture.English).get_number_model()

    def value_of(phrase: str) -> float | None:
        for result in model.parse(phrase):
            value = (result.resolution or {}).get("value")
            if value is not None:
                return _number(str(value))
        return None

    return Peer("recognizers-text-number", model.parse, value_of, model.parse)


def _quantulum() -> Peer:
    with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": the plain parser is what we time
        from quantulum3 import parser  # noqa: PLC0415 - optional peer

    def value_of(phrase: str) -> float | None:
        quantities = parser.parse(phrase)
        return float(quantities[0].value) if quantities else None

    return Peer("quantulum3", parser.parse, value_of, parser.parse)


def _number_parser() -> Peer:
    from number_parser import parse, parse_number  # noqa: PLC0415 - optional peer

    def value_of(phrase: str) -> float | None:
        whole = parse_number(phrase)
        if whole is not None:
            return float(whole)
        return _number(parse(phrase))

    return Peer("number-parser", value_of, value_of, parse)


PEERS: dict[str, Callable[[], Peer]] = {
    "recognizers-text-number": _recognizers,
    "quantulum3": _quantulum,
    "number-parser": _number_parser,
}


def load_peers() -> list[Peer]:
    """Import every peer that is installed; print why the others are skipped."""
    peers = [_conflictclaims()]
    for name, load in PEERS.items():
        try:
            peer = load()
            peer.read_phrase("at least 274")  # some peers fail only on first use
        except Exception as error:  # noqa: BLE001 - any failure to import or run means the peer is skipped
            print(f"skipped {name}: {type(error).__name__}: {error}")
            continue
        peers.append(peer)
    return peers


def load_gold() -> list[Gold]:
    """The gold phrases and their intervals."""
    rows = [json.loads(line) for line in PHRASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Gold(r["phrase"], r["low"], r["high"], r["best"]) for r in rows]


def load_articles() -> list[str]:
    """The seed articles."""
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def accuracy(peer: Peer, gold: list[Gold]) -> tuple[int, int]:
    """How many gold phrases the peer gets the best value of, and how many it lands inside the interval."""
    exact = inside = 0
    for item in gold:
        try:
            value = peer.value_of(item.phrase)
        except Exception:  # noqa: BLE001 - a peer raising on a phrase simply gets it wrong
            value = None
        if value is None or math.isnan(value):
            continue
        exact += value == item.best
        inside += item.low <= value and (item.high is None or value <= item.high)
    return exact, inside


def _timed(function: Callable[[str], object], inputs: list[str], repeat: int) -> Timing:
    def run() -> None:
        for text in inputs:
            with contextlib.suppress(Exception):
                function(text)

    return best_of(run, repeat=repeat)


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the tables; return 0 (figures are informative, targets are reported)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one run of each measurement, for a smoke test")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else 5
    started = time.perf_counter()

    gold = load_gold()
    articles = load_articles()
    phrases = [g.phrase for g in gold] + [c.text for text in articles for c in find_counts(text)]
    chars = sum(map(len, articles))
    peers = load_peers()
    print(f"inputs: {len(phrases)} phrases ({len(gold)} gold), {len(articles)} articles ({chars:,} characters)\n")

    phrase_rates: dict[str, float] = {}
    scan_rates: dict[str, float] = {}
    for peer in peers:
        phrase_rates[peer.name] = len(phrases) / _timed(peer.read_phrase, phrases, repeat).cpu
        scan_rates[peer.name] = chars / 1e6 / _timed(peer.scan_text, articles, repeat).cpu
    extract_rate = chars / 1e6 / _timed(extract, articles, repeat).cpu
    ours = phrase_rates["conflictclaims"]

    print(
        f"{'tool':<26} {'phrases/s':>12} {'x slower':>9} {'scan MB/s':>10} {'x slower':>9}"
        f" {'gold best':>10} {'in interval':>12}"
    )
    for peer in peers:
        exact, inside = accuracy(peer, gold)
        print(
            f"{peer.name:<26} {phrase_rates[peer.name]:>12,.0f} {ours / phrase_rates[peer.name]:>9.1f}"
            f" {scan_rates[peer.name]:>10.3f} {scan_rates['conflictclaims'] / scan_rates[peer.name]:>9.1f}"
            f" {exact:>6}/{len(gold):<3} {inside:>8}/{len(gold):<3}"
        )
    print(
        "(x slower: how many times slower than conflictclaims; conflictclaims reads phrases with parse_count"
        " and scans with find_counts)"
    )
    print(f"conflictclaims extract: {extract_rate:.2f} MB/s\n")

    checks = [
        (f"extract >= {EXTRACT_MB_S:g} MB/s", extract_rate, EXTRACT_MB_S),
        (f"find_counts >= {FIND_COUNTS_MB_S:g} MB/s", scan_rates["conflictclaims"], FIND_COUNTS_MB_S),
    ]
    for name, want in (("recognizers-text-number", PARSE_VS_RECOGNIZERS), ("quantulum3", PARSE_VS_QUANTULUM)):
        if name in phrase_rates:
            checks.append((f"parse_count >= {want:g}x {name}", ours / phrase_rates[name], want))
        else:
            print(f"target against {name} not checked: peer skipped")
    for description, got, want in checks:
        print(f"{'MET ' if got >= want else 'MISS'} {description}: {got:,.2f}")
    print(f"(compare_peers took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
