"""Measure the number-phrase parser on other projects' public English test suites.

``python benchmarks/number_suites.py --snapshots DIR [-v] [--suite NAME]``
reads each suite's test file straight from a git snapshot of its repository
(``DIR/<owner>+<name>/repo``, a bare git directory, or a checkout at
``DIR/<owner>+<name>``) at the commit named in ``SUITES``; nothing of the
suites is copied into this repository. A suite whose snapshot is missing is
skipped with the reason printed.

Every test case is turned into one of two checks:

- ``phrase``: ``parse_count(text)`` gives the interval the suite means (a
  number is the one-value interval ``[n, n]``), or, for what is no count in
  the design (a fraction, a decimal, a negative number, an ordinal),
  raises ``CountParseError``;
- ``find``: ``find_counts(text)`` gives the suite's numbers, as intervals,
  in order, and nothing else.

Suites test general number readers, so many cases are out of scope for a
count of people: those whose expected numbers are all fractions or negative
values in a find check are left out and counted apart. Where a suite's
expectation contradicts the count-normalization table of the design notes
("a few" read as 3, a range "between 20 and 30" read as excluding 30, a date
read as three numbers), the design wins: the case is checked against the
design's reading and reported as a disagreement, with the reason. The
honest figure is the first column, the pass rate against each suite as
written; the second sets the disagreements aside.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictclaims import Count, Qualifier, find_counts, parse_count
from conflictclaims.exceptions import CountParseError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

Interval = tuple[int, int | None]
# What a check expects: a tuple of intervals for ``find``; an interval or None (no count) for ``phrase``.
Expected = tuple[Interval, ...] | Interval | None


@dataclass(frozen=True)
class Suite:
    """A public test suite: where it lives and how to read its cases."""

    name: str
    repo: str
    commit: str
    licence: str
    paths: tuple[str, ...]
    read: Callable[[dict[str, str]], Iterator[Case]]


@dataclass(frozen=True)
class Case:
    """One check derived from a suite's test case."""

    mode: str  # "phrase", "find", or "skip" (out of scope)
    text: str
    expected: Expected
    # The design's reading where the suite's differs, and why.
    design: Expected = None
    reason: str = ""
    # Only the bounds and ranges found count: a range suite lists no plain numbers.
    bounds_only: bool = False

    @property
    def disagrees(self) -> bool:
        return bool(self.reason)


@dataclass
class Tally:
    """The outcome of one suite's checks."""

    passed: int = 0
    disagreed: int = 0  # the design's reading, which the suite contradicts
    out_of_scope: int = 0
    misses: list[tuple[Case, object]] = field(default_factory=list)
    disagreements: list[tuple[Case, object]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.passed + self.disagreed + len(self.misses)


# ---------------------------------------------------------------------------
# Turning a suite's numbers into count intervals.

_OUT_OF_SCOPE = "out of scope"
_RANGE_WORDS = re.compile(r"between|\bto\b|through|from|[-–~]")
_COMPARATIVE = re.compile(r"than|under|below|above|over|exceed|surpass|least|most|up to|[<>=]")


def _whole(value: str | float | Fraction) -> int | None:
    """The value as a non-negative int, or None when it is a fraction, a decimal or negative."""
    number = Fraction(str(value)) if not isinstance(value, Fraction) else value
    if number.denominator != 1 or number < 0:
        return None
    return int(number)


_MAX_COUNT = 2**63 - 1
# Phrases the design reads differently from the suite: its reading, and why.
_PHRASE_READINGS: dict[str, tuple[Interval | None, str]] = {
    "a few": ((2, 5), "the design reads 'a few' as the vague [2, 5]"),
    "few": (None, "'few' alone is no count in the design's table ('a few' is)"),
    "point": (None, "no number"),
    "point nineteen": (None, "no number"),
    "seventh point nineteen": (None, "no number"),
    "thousand million": ((10**9, 10**9), "the design takes stacked scale words ('a thousand million')"),
    "nineteen seventy-three": (None, "a year said in pairs is no count"),
}


def _phrase(text: str, value: str | float | Fraction | None) -> Case:
    """A phrase check: ``text`` means exactly ``value`` (None or not whole: no count)."""
    whole = None if value is None else _whole(value)
    expected: Expected = None if whole is None else (whole, whole)
    design = _PHRASE_READINGS.get(" ".join(text.lower().split()))
    if design is not None and design[0] != expected:
        return Case("phrase", text, expected, *design)
    if whole is not None and whole > _MAX_COUNT:
        return Case("phrase", text, expected, None, "past the largest count, 2**63 - 1")
    return Case("phrase", text, expected)


# Find checks the design answers differently: numbers that are no count of
# people or things (dates, telephone and reference numbers, money, measures,
# durations); the counts the design still sees there, and why.
_NOT_COUNTS: dict[str, tuple[tuple[Interval, ...], str]] = {
    "192.168.1.2": ((), "an IP address is no count"),
    "Any time to meet on 5/17/2018?": ((), "a date is no count"),
    "My phone number is +1-222-2222/2222": ((), "a telephone number is no count"),
    "I want to earn $10000 in 3 years": ((), "money and a duration are no counts"),
    "I want to earn $2000 over 3 years": ((), "money and a duration are no counts"),
    "$20": ((), "money is no count"),
    "SCP-173": ((), "a designation is no count"),
    "Exercises nrs. 22,24,26,31.": ((), "reference numbers are no count"),
    "Exercise nr. 22,240,260,310.": ((), "a reference number is no count"),
    "The result is 8 in 5": ((), "a ratio is no count"),
    "That account revenue target is US$ 1MM": ((), "money is no count"),
    "2mil SEK can't buy you a big apartment anyome": ((), "money is no count"),
    "27 Oct 2006 7:30am": ((), "a date and a clock time are no counts"),
    "I have eight cows three bulls and seven hundred and twelve million dollars ": (
        ((8, 8), (3, 3)),
        "money is no count",
    ),
    "They just won seventy-five thousand dollars": ((), "money is no count"),
    "twenty-five cows, twelve chickens and one hundred twenty five kg of potatoes.": (
        ((25, 25), (12, 12)),
        "a weight is no count",
    ),
    "the     sun      is     hundred     and   twelve       km     away.": ((), "a distance is no count"),
    "I want five hundred and sixty six rupees": ((), "money is no count"),
    "one thousand two hundred sixty-six dollars.": ((), "money is no count"),
    "one thousand two hundred sixty six dollars.": ((), "money is no count"),
    "one thousand two hundred and sixty six dollars.": ((), "money is no count"),
    "three and a half hours": ((), "a duration is no count"),
    "hundred thousand dollars": ((), "money is no count"),
    "I can give you 3 hundred and 21 yuan.": ((), "money is no count"),
    "we will be working on releasing version two and a previous version will still be maintained": (
        (),
        "a version number is no count",
    ),
    "He is more than thirty years old.": ((), "an age is no count"),
    "He is over thirty years old.": ((), "an age is no count"),
    "The number is from 200 to 300 in 2008": (((200, 300),), "the design reads 'from N to M' as a range"),
    "Twenty seconds": ((), "a duration is no count"),
    "This is the one I was waiting for": ((), "'the one' is a pronoun"),
    "(1/2)+2": ((), "arithmetic is no count"),
    "(10+10)/2": ((), "arithmetic is no count"),
    "(10+10)/two": ((), "arithmetic is no count"),
    "2*(45+21)/6": ((), "arithmetic is no count"),
    "He ranks between the tenth and the fifteenth.": ((), "ordinals are no counts"),
    " two millionth": ((), "a fraction or an ordinal is no count"),
    "He ranks higher than the tenth but lower than the fifteenth.": ((), "ordinals are no counts"),
}


def _find(text: str, values: list[Interval]) -> Case:
    """A find check: ``text`` holds the counts ``values`` and nothing else."""
    design = _NOT_COUNTS.get(text)
    if design is not None:
        return Case("find", text, tuple(values), *design)
    return Case("find", text, tuple(values))


def _interval(notation: str) -> Interval | str:
    """A Recognizers interval such as "(20,35]" as integer bounds, or why it is out of scope."""
    match = re.fullmatch(r"([\[(])([^,]*),([^,]*)([\])])", notation)
    if match is None:
        return _OUT_OF_SCOPE
    opening, low_text, high_text, closing = match.groups()
    low = _whole(low_text) if low_text else 0
    high = _whole(high_text) if high_text else None
    if low is None or (high_text and high is None):
        return _OUT_OF_SCOPE  # a fraction or a negative bound
    if opening == "(" and low_text:
        low += 1
    if high is not None and closing == ")":
        high -= 1
    return (low, high)


# ---------------------------------------------------------------------------
# The suites.


# A fraction's denominator in words: "two thirds", "twenty fifths", "one over three".
_DENOMINATOR = re.compile(r"(?:th|third|second)s?\b|\bover\b|\bout of\b", re.IGNORECASE)


def _recognizers_whole(result: dict[str, Any]) -> int | None:
    """The count a Recognizers result means, or None for a fraction, a decimal or a negative number.

    A fraction is no count even when its value is whole ("twenty fifths" = 4),
    unless its fraction only splits a larger number ("half million", "3 million and a half").
    """
    value, subtype = result["Resolution"]["value"], result["Resolution"].get("subtype")
    try:
        number = Fraction(value)
    except ValueError:
        return None
    if subtype == "fraction" and _DENOMINATOR.search(result["Text"]):
        return None
    return _whole(number)


def _recognizers_numbers(files: dict[str, str]) -> Iterator[Case]:
    """Microsoft Recognizers-Text NumberModel: each result's text as a phrase, each input as a find."""
    for item in json.loads(files["Specs/Number/English/NumberModel.json"].lstrip("\ufeff")):
        values: list[Interval] = []
        fractional = False
        for result in item["Results"]:
            # A fraction or a decimal is no count even when its value is whole ("twenty fifths" = 4).
            whole = _recognizers_whole(result)
            yield _phrase(result["Text"], whole)
            if whole is None:
                fractional = True
            else:
                values.append((whole, whole))
        if fractional and not values:
            continue  # a fraction, a decimal or a negative number alone: the phrase checks cover it
        yield _find(item["Input"], values)


def _recognizers_ranges(files: dict[str, str]) -> Iterator[Case]:
    """Microsoft Recognizers-Text NumberRangeModel: each range as a phrase and each input as a find."""
    for item in json.loads(files["Specs/Number/English/NumberRangeModel.json"].lstrip("\ufeff")):
        intervals: list[Interval] = []
        designs: list[Interval] = []
        reasons: set[str] = set()
        scope = True
        for result in item["Results"]:
            interval = _interval(result["Resolution"]["value"])
            if isinstance(interval, str):
                scope = False
                continue
            design = interval
            text = result["Text"].lower()
            if re.search(r"tenth|fifteenth", text):
                yield Case("phrase", result["Text"], interval, None, "ordinals are no counts")
                intervals.append(interval)
                designs.append(interval)
                continue
            closed_range = (
                result["Resolution"]["value"].endswith(")")
                and interval[1] is not None
                and _RANGE_WORDS.search(text)
                and not _COMPARATIVE.search(text)
            )
            if closed_range:
                design = (interval[0], interval[1] + 1)
                reasons.add("the design reads a range as closed at both ends (casualty convention)")
            if closed_range:
                yield Case("phrase", result["Text"], interval, design, next(iter(reasons)))
            else:
                yield Case("phrase", result["Text"], interval)
            intervals.append(interval)
            designs.append(design)
        if not scope:
            continue
        if item["Input"] in _NOT_COUNTS:
            yield Case("find", item["Input"], tuple(intervals), *_NOT_COUNTS[item["Input"]], bounds_only=True)
        elif reasons:
            reason = "; ".join(sorted(reasons))
            yield Case("find", item["Input"], tuple(intervals), tuple(designs), reason, bounds_only=True)
        else:
            yield Case("find", item["Input"], tuple(intervals), bounds_only=True)


def _not_counts(path: str) -> Callable[[dict[str, str]], Iterator[Case]]:
    """Recognizers-Text ordinal or percentage specs: every phrase they find is no count."""

    def read(files: dict[str, str]) -> Iterator[Case]:
        for item in json.loads(files[path].lstrip("\ufeff")):
            for result in item["Results"]:
                yield Case("find", result["Text"], ())

    return read


def _calls(source: str, function: str) -> Iterator[list[ast.expr]]:
    """The argument lists of every call to ``function`` (a name or attribute) in Python ``source``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == function:
                yield node.args


def _w2n(files: dict[str, str]) -> Iterator[Case]:
    """word2number's unit tests: word_to_num results and the inputs it rejects."""
    source = files["unit_testing.py"]
    for args in _calls(source, "assertEqual"):
        call, expected = args
        if isinstance(call, ast.Call):
            phrase = ast.literal_eval(call.args[0])
            yield _phrase(phrase, ast.literal_eval(expected))
    for args in _calls(source, "assertRaises"):
        phrase = ast.literal_eval(args[2])
        if isinstance(phrase, str):
            yield _phrase(phrase, None)


def _parametrized(source: str) -> Iterator[tuple[str, str, object]]:
    """The test name, input and expected value of each ``pytest.mark.parametrize`` row in ``source``."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Call) and len(decorator.args) == 2:  # noqa: PLR2004 - names, values
                for phrase, expected in ast.literal_eval(decorator.args[1]):
                    yield node.name, phrase, expected


def _number_parser(files: dict[str, str]) -> Iterator[Case]:
    """number-parser's English tests: parse_number values, parse rewrites and the CSV tables."""
    for name, phrase, expected in _parametrized(files["tests/test_language_en.py"]):
        if name.startswith("test_parse_number"):
            yield _phrase(" ".join(phrase.split()), expected)
        elif name in {"test_parse_basic_sentences", "test_parse_separators_and_spacing"}:
            yield _find(phrase, _numbers_in(expected))
    for path, text in files.items():
        if not path.endswith(".csv"):
            continue
        ordinal = "ordinal" in path
        for row in csv.DictReader(io.StringIO(text)):
            yield _phrase(row["text"], None if ordinal else int(row["number"]))


_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,/])\d+(?![\w/]|[.,]\d)")


def _numbers_in(rewritten: str) -> list[Interval]:
    """The whole numbers a tool's rewrite of a text holds, as one-value intervals (ordinals like "21st" left out)."""
    return [(int(m.group()), int(m.group())) for m in _NUMBER_IN_TEXT.finditer(rewritten)]


_TEXT2NUM_MACRO = re.compile(
    r'assert_(text2digits|invalid|replace_numbers|replace_all_numbers)!\(\s*"([^"]*)"(?:\s*,\s*"([^"]*)")?'
)
_SMALL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _text2num(files: dict[str, str]) -> Iterator[Case]:
    """text2num's English tests: text2digits values, the phrases it rejects, and its rewrites of text."""
    for kind, text, result in _TEXT2NUM_MACRO.findall(files["src/lang/en/mod.rs"]):
        if kind == "text2digits":
            leading_zero = len(result) > 1 and result.startswith("0")  # "08": digits read out, not a number
            yield _phrase(text, int(result) if result.isdecimal() and not leading_zero else None)
        elif kind == "invalid":
            yield _phrase(text, None)
        elif not any(char.isdecimal() for char in text) and not re.search(r"(?<!\d)0\d", result):
            # Under a threshold of 10 a lone number below ten is left in words: it is still a number.
            values = [
                (int(w), int(w)) if w.isdecimal() else (_SMALL_WORDS[w], _SMALL_WORDS[w])
                for w in re.findall(
                    r"(?<![\w.,/])(?:\d+|one|two|three|four|five|six|seven|eight|nine)(?![\w/])", result
                )
            ]
            yield _find(text, values)


_DUCKLING_BLOCK = re.compile(r"examples \(NumeralValue \(?(-?[\d.e]+)\)?\)\s*\[(.*?)\]", re.DOTALL)


def _duckling(files: dict[str, str]) -> Iterator[Case]:
    """duckling's English numeral corpus: each example phrase and its value."""
    for value, block in _DUCKLING_BLOCK.findall(files["Duckling/Numeral/EN/Corpus.hs"]):
        number = Fraction(value) if "e" not in value else Fraction(float(value))
        for phrase in re.findall(r'"([^"]*)"', block):
            yield _phrase(phrase, number)


_DUCKLING_EXAMPLES = re.compile(r"examples\s*\((?:[^\[]*?)\)\s*\[(.*?)\]", re.DOTALL)
# duckling's English corpora of things whose numbers are no counts of people or things.
_DUCKLING_NOT_COUNTS = tuple(
    f"Duckling/{dimension}/EN/Corpus.hs"
    for dimension in ("Time", "Duration", "AmountOfMoney", "Distance", "Ordinal", "Temperature", "Volume")
)


def _duckling_not_counts(files: dict[str, str]) -> Iterator[Case]:
    """duckling's English times, durations, sums, distances, ordinals, temperatures and volumes: no counts."""
    for text in files.values():
        for block in _DUCKLING_EXAMPLES.findall(text):
            for phrase in re.findall(r'"([^"]*)"', block):
                # A number alone ("five", "about 5") is a count without its context: out of scope.
                yield Case("skip" if _parsed(phrase) is not None else "find", phrase, ())


def _numerizer(files: dict[str, str]) -> Iterator[Case]:
    """numerizer's tests: numerize() of whole phrases and the table of spelled-out numbers."""
    source = files["test_numerize.py"]
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.comparators) == 1:
            sides = [node.left, node.comparators[0]]
            calls = [s for s in sides if isinstance(s, ast.Call) and getattr(s.func, "id", "") == "numerize"]
            others = [s for s in sides if isinstance(s, ast.Constant)]
            if len(calls) == 1 and len(others) == 1 and len(calls[0].args) == 1 and not calls[0].keywords:
                yield from _numerized(ast.literal_eval(calls[0].args[0]), others[0].value)
        if isinstance(node, ast.FunctionDef) and node.name in {"test_straight_parsing", "test_ordinal_strings"}:
            table = ast.literal_eval(next(n for n in ast.walk(node) if isinstance(n, ast.Dict)))
            for key, value in table.items():
                if node.name == "test_ordinal_strings":
                    yield from _numerized(key, value)
                else:
                    for phrase in value if isinstance(value, list) else [value]:
                        yield _phrase(phrase, key)
        if isinstance(node, ast.FunctionDef) and node.name == "test_andition":
            table = ast.literal_eval(next(n for n in ast.walk(node) if isinstance(n, ast.Dict)))
            for phrase, rewritten in table.items():
                yield from _numerized(phrase, rewritten)


def _numerized(phrase: str, rewritten: str) -> Iterator[Case]:
    if rewritten.isdecimal():
        yield _phrase(phrase, int(rewritten))
    elif re.fullmatch(r"[\d./]+", rewritten):
        yield _phrase(phrase, None)  # a fraction or a decimal
    elif phrase == rewritten and not any(c.isdecimal() for c in phrase):
        yield _find(phrase, [])
    else:
        yield _find(phrase, _numbers_in(rewritten))


RECOGNIZERS = ("microsoft/Recognizers-Text", "90e968ea44dc8fda3f2e1c3e4b20aa233817488d", "MIT")
SUITES = (
    Suite("recognizers-number", *RECOGNIZERS, ("Specs/Number/English/NumberModel.json",), _recognizers_numbers),
    Suite("recognizers-range", *RECOGNIZERS, ("Specs/Number/English/NumberRangeModel.json",), _recognizers_ranges),
    Suite(
        "recognizers-ordinal",
        *RECOGNIZERS,
        ("Specs/Number/English/OrdinalModel.json",),
        _not_counts("Specs/Number/English/OrdinalModel.json"),
    ),
    Suite(
        "recognizers-percent",
        *RECOGNIZERS,
        ("Specs/Number/English/PercentModel.json",),
        _not_counts("Specs/Number/English/PercentModel.json"),
    ),
    Suite(
        "word2number", "akshaynagpal/w2n", "33aac8a1d71ef1dffd4435fe6e9f998154bcb051", "MIT", ("unit_testing.py",), _w2n
    ),
    Suite(
        "number-parser",
        "scrapinghub/number-parser",
        "a4c2b21c06aedd72c0d30b72d188623e258f19d1",
        "BSD-3-Clause",
        (
            "tests/test_language_en.py",
            "tests/data/hundreds/en_hundred_clevert.csv",
            "tests/data/hundreds/en_hundred_mathtools.csv",
            "tests/data/hundreds/en_hundred_tools4noobs.csv",
            "tests/data/permutations/en_permutations_clevert.csv",
            "tests/data/permutations/en_permutations_mathtools.csv",
            "tests/data/permutations/en_permutations_tools4noobs.csv",
            "tests/data/ordinals/en_ordinals_calculators_ro.csv",
        ),
        _number_parser,
    ),
    Suite(
        "text2num",
        "allo-media/text2num-rs",
        "",
        "MIT",
        ("src/lang/en/mod.rs",),
        _text2num,
    ),
    Suite(
        "duckling",
        "facebook/duckling",
        "2c226585af5b9f4985d9c7151d7191603bb2add7",
        "BSD-3-Clause",
        ("Duckling/Numeral/EN/Corpus.hs",),
        _duckling,
    ),
    Suite(
        "duckling-not-counts",
        "facebook/duckling",
        "2c226585af5b9f4985d9c7151d7191603bb2add7",
        "BSD-3-Clause",
        _DUCKLING_NOT_COUNTS,
        _duckling_not_counts,
    ),
    Suite(
        "numerizer",
        "jaidevd/numerizer",
        "ed7012db92a82737d3cd9dad20504e15018b8553",
        "MIT",
        ("test_numerize.py",),
        _numerizer,
    ),
)


# ---------------------------------------------------------------------------
# Running the checks.


def _read_file(snapshots: Path, suite: Suite, path: str) -> str:
    """A suite file from its snapshot: a bare git directory at the pinned commit, or a checkout."""
    base = snapshots / suite.repo.replace("/", "+")
    git_dir = base / "repo"
    if git_dir.is_dir():
        revision = suite.commit or "HEAD"
        return subprocess.run(  # noqa: S603 - a fixed git command on a path given by the user
            ["git", "--git-dir", str(git_dir), "show", f"{revision}:{path}"],  # noqa: S607 - git from the path
            check=True,
            capture_output=True,
            text=True,
            encoding="utf-8",
        ).stdout
    return (base / path).read_text(encoding="utf-8")


def _parsed(text: str) -> Interval | None:
    try:
        count = parse_count(text)
    except CountParseError:
        return None
    return (count.low, count.high)


def _found(text: str, *, bounds_only: bool) -> tuple[Interval, ...]:
    counts = find_counts(text)
    return tuple((c.low, c.high) for c in counts if not bounds_only or not _plain_number(c))


def _plain_number(count: Count) -> bool:
    """Whether a count is a number alone, with no qualifier ("two", not "equal to 20")."""
    return count.qualifier is Qualifier.EXACT and not count.text.lower().startswith(("equal", "exactly", "="))


def run(case: Case) -> object:
    """What the parser gives for a case: an interval or None, or the intervals found."""
    return _parsed(case.text) if case.mode == "phrase" else _found(case.text, bounds_only=case.bounds_only)


def measure(suite: Suite, files: dict[str, str]) -> Tally:
    """Run every check of ``suite``."""
    tally = Tally()
    seen: set[tuple[str, str]] = set()
    for case in suite.read(files):
        if (case.mode, case.text) in seen:
            continue
        seen.add((case.mode, case.text))
        if case.mode == "skip":
            tally.out_of_scope += 1
            continue
        got = run(case)
        if case.disagrees:
            if got == case.design:
                tally.disagreed += 1
                tally.disagreements.append((case, got))
            elif got == case.expected:
                tally.passed += 1
            else:
                tally.misses.append((case, got))
        elif got == case.expected:
            tally.passed += 1
        else:
            tally.misses.append((case, got))
    return tally


def _print_row(name: str, tally: Tally) -> None:
    total = tally.total
    print(
        f"{name:<22} {total:>6} {tally.passed / total:>10.1%} {(tally.passed + tally.disagreed) / total:>8.1%}"
        f" {tally.passed:>6} {tally.disagreed:>8} {len(tally.misses):>5} {tally.out_of_scope:>8}"
    )


def main(argv: list[str] | None = None) -> int:
    """Measure every suite found under ``--snapshots``; print the pass rates (and with -v the misses)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snapshots", type=Path, required=True, help="directory of repository snapshots")
    parser.add_argument("--suite", action="append", help="measure only this suite (repeatable)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="list misses (-vv: disagreements too)")
    args = parser.parse_args(argv)
    print(
        f"{'suite':<22} {'checks':>6} {'as written':>11} {'design':>8} {'agree':>6} {'disagree':>8} {'miss':>5}"
        f" {'skipped':>8}"
    )
    totals: list[Tally] = []
    for suite in SUITES:
        if args.suite and suite.name not in args.suite:
            continue
        try:
            files = {path: _read_file(args.snapshots, suite, path) for path in suite.paths}
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"{suite.name:<22} skipped: {error}")
            continue
        tally = measure(suite, files)
        totals.append(tally)
        _print_row(suite.name, tally)
        if args.verbose:
            for case, got in tally.misses:
                want = case.design if case.disagrees else case.expected
                print(f"    MISS {case.mode:<6} {case.text!r}: want {want}, got {got}")
        if args.verbose > 1:
            for case, _ in tally.disagreements:
                print(f"    DESIGN {case.mode:<6} {case.text!r}: suite {case.expected}, design {case.design}")
                print(f"        ({case.reason})")
    if totals:
        _print_row(
            "all",
            Tally(
                passed=sum(t.passed for t in totals),
                disagreed=sum(t.disagreed for t in totals),
                out_of_scope=sum(t.out_of_scope for t in totals),
                misses=[miss for t in totals for miss in t.misses],
            ),
        )
    print(
        "(as written: the suite's own expectations; design: counting the design's readings where they disagree;"
        " skipped: out of scope)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
