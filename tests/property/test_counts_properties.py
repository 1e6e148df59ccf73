"""Properties of number phrases: render/parse round trips, interval laws, and a scanner that never raises."""

from __future__ import annotations

import re
from typing import Final

import attrs
from hypothesis import assume, example, given, note, reject
from hypothesis import strategies as st

from conflictclaims import _lexicon
from conflictclaims.counts import Count, Qualifier, find_counts, parse_count, render_count
from conflictclaims.exceptions import CountParseError

_ONES: Final = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES: Final = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def number_to_words(n: int) -> str:
    """Spell ``n`` in English words, the way a wire story would ("three hundred and forty-two")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        return _ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + number_to_words(n % 100))
    for size, name in _SCALES:
        if n >= size:
            rest = n % size
            return f"{number_to_words(n // size)} {name}" + ("" if rest == 0 else " " + number_to_words(rest))
    raise AssertionError(n)  # pragma: no cover - every n >= 1000 meets a scale


def test_number_to_words_examples() -> None:
    """The test helper spells numbers the way the parser's gold phrases do."""
    assert number_to_words(342) == "three hundred and forty-two"
    assert number_to_words(2500) == "two thousand five hundred"
    assert number_to_words(1_000_001) == "one million one"


@st.composite
def numbers(draw: st.DrawFn, *, min_value: int = 1, max_value: int = 10**7) -> tuple[int, str]:
    """A number and one way of writing it: plain digits, digits with commas, or words."""
    n = draw(st.integers(min_value=min_value, max_value=max_value))
    form = draw(st.sampled_from(["digits", "commas", "words"]))
    if form == "digits":
        return n, str(n)
    if form == "commas":
        return n, f"{n:,}"
    return n, number_to_words(n)


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """A number phrase: a qualified number, a post-qualified one, a range, a dozen multiple or a vague quantity."""
    kind = draw(st.sampled_from(["plain", "pre", "post", "range", "dozen", "vague"]))
    _, written = draw(numbers())
    if kind == "plain":
        return written
    if kind == "pre":
        return f"{draw(st.sampled_from(sorted(_lexicon.PRE_QUALIFIERS)))} {written}"
    if kind == "post":
        return f"{written} {draw(st.sampled_from(['or more', 'or so', 'or fewer', 'or less', 'and above']))}"
    if kind == "range":
        low, low_text = draw(numbers(max_value=10_000))
        high, high_text = draw(numbers(min_value=low, max_value=20_000))
        assume(low <= high)
        shape = draw(st.sampled_from(["between {} and {}", "from {} to {}", "{} to {}", "{}-{}", "{}–{}", "{} or {}"]))
        return shape.format(low_text, high_text)
    if kind == "dozen":
        n, text = draw(numbers(max_value=50))
        return "a dozen" if n == 1 else f"{text} dozen"
    return draw(st.sampled_from(sorted(_lexicon.VAGUE)))


def _revalidated(count: Count) -> Count:
    """Return ``count`` rebuilt through its validators, which the parser skips for speed."""
    return attrs.evolve(count, span=None if count.span is None else attrs.evolve(count.span))


def _fields(count: Count) -> tuple[int, int | None, int, Qualifier, bool]:
    """Return what a round trip must keep."""
    return (count.low, count.high, count.best, count.qualifier, count.approximate)


@given(phrases())
@example("nearly two dozen")
@example("two or three dozen")
@example("about 0")
def test_render_then_parse_round_trips(phrase: str) -> None:
    """Rendering a parsed phrase and parsing it back keeps low, high, best, qualifier and approximate."""
    try:
        count = parse_count(phrase)
    except CountParseError:
        reject()  # "fewer than zero", "nearly one": no count to round-trip
    assert _revalidated(count) == count
    rendered = render_count(count)
    note(f"rendered: {rendered!r}")
    assert _fields(parse_count(rendered)) == _fields(count)


@given(numbers(min_value=0, max_value=10**10))
def test_words_digits_and_commas_agree(number: tuple[int, str]) -> None:
    """A number parses to itself however it is written."""
    value, written = number
    assert parse_count(written).best == value


# Interval laws against a set oracle: unbounded highs are cut at CAP, which
# lies above every drawn bound, so the cut never changes an answer.
CAP: Final = 200


@st.composite
def intervals(draw: st.DrawFn) -> Count:
    """A count over small numbers, bounded or not."""
    low = draw(st.integers(min_value=0, max_value=60))
    high = draw(st.one_of(st.none(), st.integers(min_value=low, max_value=80)))
    return Count(low=low, high=high, best=low, qualifier=Qualifier.RANGE if high is not None else Qualifier.AT_LEAST)


def _values(count: Count) -> set[int]:
    """Return the values a count allows, cut at CAP."""
    return set(range(count.low, (CAP if count.high is None else count.high) + 1))


@given(intervals(), intervals())
def test_intersection_matches_sets(a: Count, b: Count) -> None:
    """The intersection is the smallest and largest common value, or None when there is none."""
    common = _values(a) & _values(b)
    got = a.intersection(b)
    if not common:
        assert got is None
    else:
        assert got is not None
        expected_high = None if max(common) == CAP else max(common)
        assert got == (min(common), expected_high)


@given(intervals(), intervals())
def test_overlaps_and_within_match_sets(a: Count, b: Count) -> None:
    """Overlap is a shared value; within is a subset."""
    assert a.overlaps(b) == bool(_values(a) & _values(b))
    assert a.within(b) == (_values(a) <= _values(b))


@given(intervals(), st.integers(min_value=0, max_value=CAP - 1))
def test_contains_matches_sets(a: Count, value: int) -> None:
    """A value is in a count exactly when the oracle set holds it."""
    assert (value in a) == (value in _values(a))


HOSTILE_ALPHABET: Final = st.one_of(
    st.characters(),
    st.sampled_from(["\x00", "\u202e", "\u202c", "\u0301", "\u0308", "\u00a0", "İ", "-", "–", ",", ".", ":", "/", "%"]),
    st.sampled_from(list("0123456789 ")),
)


@given(st.text(alphabet=HOSTILE_ALPHABET))
@example("at least 12,000,000 – 2,3 %")
@example("\ud800 12 \udfff")
def test_find_counts_never_raises_and_spans_point_at_text(text: str) -> None:
    """Any text gives ordered, non-overlapping counts whose spans slice out their text."""
    end = 0
    for count in find_counts(text):
        assert count.span is not None
        assert text[count.span.start : count.span.end] == count.text
        assert count.span.start >= end
        assert _revalidated(count) == count
        end = count.span.end


# Phrase pieces and odd separators (NBSP, control and combining characters)
# that the scanner and the strict parser must read alike.
_PHRASE_PIECES: Final = st.one_of(
    phrases(),
    st.sampled_from(["\u00a0", "\x1c", "\u2003", "\u0301", "-", "–", " and ", " or ", " to ", ",", "."]),
)


@given(st.lists(_PHRASE_PIECES, max_size=8).map("".join))
@example("at\u00a0least\u2003twenty\u00a0seven")
@example("20\x1c-\x1c30")
def test_found_counts_parse_alone_to_the_same_count(text: str) -> None:
    """Every phrase the scanner finds parses alone, with the strict grammar, to the same interval."""
    for count in find_counts(text):
        assert _fields(parse_count(count.text)) == _fields(count)


@given(st.text())
def test_find_counts_never_raises_on_any_text(text: str) -> None:
    """Arbitrary Unicode text never makes the scanner raise."""
    assert isinstance(find_counts(text), tuple)


# Filler that can neither be read as a count nor change the meaning of a
# count planted next to it (no units, connectors or number words).
_YEAR: Final = re.compile(r"(?<![\d,])(?:18\d\d|19\d\d|20\d\d|2100)(?![\d,])")
FILLER: Final = ("soldiers", "were", "killed", "near", "Kabul", "officials", "said", "the", "border", "in", "Gaza")


@st.composite
def planted(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    """Filler text with rendered counts planted in it, and where each one was planted."""
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        words = draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=4))
        chunk = " ".join(words) + " "
        pieces.append(chunk)
        length += len(chunk)
        phrase = draw(phrases())
        try:
            count = parse_count(phrase)
        except CountParseError:
            continue
        rendered = render_count(count)
        # Unqualified year-like numbers ("2021", "1990 to 2000") are skipped by design.
        assume(count.qualifier not in {Qualifier.EXACT, Qualifier.RANGE} or not _YEAR.search(rendered))
        spans.append((length, length + len(rendered), rendered))
        pieces.append(rendered + " ")
        length += len(rendered) + 1
    pieces.append("near the border.")
    return "".join(pieces), spans


@given(planted())
def test_planted_counts_are_found(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """Counts planted in filler come back, each with the span it was planted at."""
    text, spans = case
    found = [(c.span.start, c.span.end, c.text) for c in find_counts(text) if c.span is not None]
    assert found == spans
