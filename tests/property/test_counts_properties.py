"""Properties of number phrases: render/parse round trips, interval laws, and a scanner that never raises."""

from __future__ import annotations

import re
from typing import Final

import attrs
import pytest
from hypothesis import assume, example, given, note, reject
from hypothesis import strategies as st

from conflictclaims import _lexicon
from conflictclaims.counts import Count, Qualifier, Span, find_counts, parse_count, render_count
from conflictclaims.exceptions import CountParseError
from tests.strategies import grouped_numerals, number_to_words, numerals, written_numbers


def test_number_to_words_examples() -> None:
    """The shared strategy module spells numbers the way the parser's gold phrases do."""
    assert number_to_words(342) == "three hundred and forty-two"
    assert number_to_words(2500) == "two thousand five hundred"
    assert number_to_words(1_000_001) == "one million one"


_POST: Final = sorted(k for k in _lexicon.POST_QUALIFIERS if k not in _lexicon.GLUED_POST_QUALIFIERS)
_LOWER: Final = sorted(k for k, v in _lexicon.PRE_QUALIFIERS.items() if v in {"at_least", "more_than"})
_UPPER: Final = sorted(k for k, v in _lexicon.PRE_QUALIFIERS.items() if v in {"at_most", "fewer_than"})


@st.composite
def phrases(draw: st.DrawFn) -> str:  # noqa: PLR0911 - one exit per kind of phrase
    """A number phrase: qualified before or after, a range, two-sided, a dozen multiple or a vague quantity."""
    kind = draw(st.sampled_from(["plain", "pre", "post", "range", "two-sided", "dozen", "vague"]))
    _, written = draw(written_numbers())
    if kind == "plain":
        return written
    if kind == "pre":
        return f"{draw(st.sampled_from(sorted(_lexicon.PRE_QUALIFIERS)))} {written}"
    if kind == "post":
        return f"{written} {draw(st.sampled_from(_POST))}"
    if kind == "range":
        low, low_text = draw(numerals(max_value=10_000))
        high, high_text = draw(numerals(min_value=low, max_value=20_000))
        assume(low <= high)
        shape = draw(
            st.sampled_from(
                ["between {} and {}", "from {} to {}", "{} to {}", "{}-{}", "{}–{}", "{} or {}", "{} through {}"]
            )
        )
        return shape.format(low_text, high_text)
    if kind == "two-sided":
        low, low_text = draw(numerals(max_value=10_000))
        high, high_text = draw(numerals(min_value=low, max_value=20_000))
        return f"{draw(st.sampled_from(_LOWER))} {low_text} but {draw(st.sampled_from(_UPPER))} {high_text}"
    if kind == "dozen":
        n, text = draw(numerals(max_value=50))
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


@given(numerals(min_value=0, max_value=10**10))
def test_words_digits_and_commas_agree(number: tuple[int, str]) -> None:
    """A number parses to itself however it is written."""
    value, written = number
    assert parse_count(written).best == value


# ---------------------------------------------------------------------------
# Negations, inclusive forms and two-sided bounds: laws over every comparative the lexicon knows
# ---------------------------------------------------------------------------

# (negated phrase, the comparative it negates), for every negation the lexicon builds.
NEGATIONS: Final = sorted(
    (f"{negator} {comparative}", comparative)
    for negator, comparatives in _lexicon.NEGATORS.items()
    for comparative in comparatives
)


def _complement(count: Count) -> tuple[int, int | None]:
    """The integers >= 0 a one-sided count leaves out, as ``(low, high)``."""
    if count.high is None:
        return (0, count.low - 1)
    assert count.low == 0, count
    return (count.high + 1, None)


def test_every_comparative_has_its_negations() -> None:
    """Each comparative is negated by "not", each "... than" one also by "no", and all parse."""
    assert {comparative for _, comparative in NEGATIONS} == set(_lexicon.COMPARATIVES)
    assert ("no fewer than", "fewer than") in NEGATIONS
    assert ("not more than", "more than") in NEGATIONS
    for phrase, _ in NEGATIONS:
        assert phrase in _lexicon.PRE_QUALIFIERS, phrase


@given(st.sampled_from(NEGATIONS), written_numbers(max_value=10**6))
@example(("no fewer than", "fewer than"), (42, "42"))
@example(("no less than", "less than"), (30, "30"))
@example(("not less than", "less than"), (12, "twelve (12)"))
@example(("not more than", "more than"), (20, "20"))
def test_negated_comparatives_give_the_complementary_bound(negation: tuple[str, str], number: tuple[int, str]) -> None:
    """'no fewer than N' allows exactly the integers 'fewer than N' does not; alone and in running text."""
    negated, comparative = negation
    _, written = number
    plain = parse_count(f"{comparative} {written}")
    count = parse_count(f"{negated} {written}")
    note(f"{comparative}: {plain.low}..{plain.high}; {negated}: {count.low}..{count.high}")
    assert (count.low, count.high) == _complement(plain)
    assert count.qualifier.value == _lexicon.COMPLEMENT[plain.qualifier.value]
    found = find_counts(f"The officials said {negated} {written} people were killed.")
    assert [(c.text, c.low, c.high) for c in found] == [(f"{negated} {written}", count.low, count.high)]


@given(st.sampled_from(sorted(_lexicon.INCLUSIVE_COMPARATIVES)), written_numbers(max_value=10**6))
def test_inclusive_comparatives_add_the_number_itself(phrase: str, number: tuple[int, str]) -> None:
    """'greater than or equal to N' is 'greater than N' and N itself: [N, ∞), or [0, N] for the upper forms."""
    n, written = number
    count = parse_count(f"{phrase} {written}")
    if _lexicon.INCLUSIVE_COMPARATIVES[phrase] == "at_least":
        assert (count.low, count.high, count.qualifier) == (n, None, Qualifier.AT_LEAST)
    else:
        assert (count.low, count.high, count.qualifier) == (0, n, Qualifier.AT_MOST)


@given(
    st.sampled_from(_LOWER),
    st.sampled_from(_UPPER),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from(["{} {} but {} {}", "{} {} and {} {}", "{} {}, but {} {}", "{} {} yet {} {}", "{} {}, {} {}"]),
    st.booleans(),
)
@example(lower="more than", upper="fewer than", low=20, high=35, shape="{} {} but {} {}", upper_first=False)
def test_two_sided_bounds_are_the_intersection(  # noqa: PLR0913, PLR0917 - one argument per drawn part
    lower: str, upper: str, low: int, high: int, shape: str, upper_first: bool
) -> None:
    """'more than 20 but fewer than 35' allows the integers both halves allow, in either order, or is an error."""
    first, second = ((upper, high), (lower, low)) if upper_first else ((lower, low), (upper, high))
    phrase = shape.format(first[0], first[1], second[0], second[1])
    expected = parse_count(f"{lower} {low}").intersection(parse_count(f"{upper} {high}"))
    note(f"{phrase!r} -> {expected}")
    if expected is None:
        with pytest.raises(CountParseError):
            parse_count(phrase)
        return
    count = parse_count(phrase)
    assert (count.low, count.high, count.best, count.qualifier) == (*expected, expected[0], Qualifier.RANGE)


_OPENING: Final = sorted(
    k
    for k, v in _lexicon.POST_QUALIFIERS.items()
    if v in {"at_least", "at_most"} and k not in _lexicon.GLUED_POST_QUALIFIERS
)


@given(
    st.sampled_from(_OPENING),
    st.sampled_from(sorted(_lexicon.PRE_QUALIFIERS)),
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=1, max_value=500),
)
@example(opening="or more", qualifier="fewer than", n=20, m=35)
def test_a_bound_after_the_number_opens_a_two_sided_bound(opening: str, qualifier: str, n: int, m: int) -> None:
    """'20 or more but fewer than 35' is the intersection of its halves when they face each other, else an error."""
    phrase = f"{n} {opening} but {qualifier} {m}"
    first = parse_count(f"{n} {opening}")
    try:
        second = parse_count(f"{qualifier} {m}")
    except CountParseError:  # "nearly 1" leaves no whole number, so no bound can contain it
        with pytest.raises(CountParseError):
            parse_count(phrase)
        return
    facing = {first.high is None, second.high is None} == {True, False} and second.qualifier in {
        Qualifier.AT_LEAST,
        Qualifier.MORE_THAN,
        Qualifier.AT_MOST,
        Qualifier.FEWER_THAN,
    }
    expected = first.intersection(second) if facing else None
    if expected is None or expected[1] is None:
        with pytest.raises(CountParseError):
            parse_count(phrase)
        return
    count = parse_count(phrase)
    assert (count.low, count.high, count.qualifier) == (*expected, Qualifier.RANGE)


# ---------------------------------------------------------------------------
# One number, however it is written
# ---------------------------------------------------------------------------


_EXACT_PRE: Final = sorted(k for k, v in _lexicon.PRE_QUALIFIERS.items() if v == "exact")


@given(st.sampled_from(_EXACT_PRE), st.sampled_from(_POST), st.integers(min_value=1, max_value=10**6))
@example(exact="a total of", post="or more", n=30)
def test_a_bound_after_an_exact_qualifier_decides(exact: str, post: str, n: int) -> None:
    """'a total of 30 or more' means what '30 or more' means: the exact qualifier adds nothing."""
    assert _fields(parse_count(f"{exact} {n} {post}")) == _fields(parse_count(f"{n} {post}"))


@given(st.integers(min_value=100, max_value=10**7).filter(lambda n: "hundred" in number_to_words(n)))
@example(200)
def test_a_hyphen_before_hundred_reads_as_a_space(n: int) -> None:
    """'two-hundred' is 'two hundred': the hyphen some write before 'hundred' changes nothing."""
    hyphenated = number_to_words(n).replace(" hundred", "-hundred")
    note(hyphenated)
    assert _fields(parse_count(hyphenated)) == (n, n, n, Qualifier.EXACT, False)


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([(1000, "thousand"), (10**6, "million"), (10**9, "billion")]),
    st.sampled_from([("a half", 2), ("one half", 2), ("half", 2), ("a quarter", 4), ("one quarter", 4)]),
    st.booleans(),
)
@example(n=3, scale=(10**6, "million"), fraction=("a quarter", 4), words=False)
def test_a_fraction_after_a_scale_word_adds_to_it(
    n: int, scale: tuple[int, str], fraction: tuple[str, int], words: bool
) -> None:
    """'3 million and a quarter' is 3,250,000; '2 and a half million' is 2,500,000: the fraction is of the scale."""
    size, name = scale
    part, denominator = fraction
    written = number_to_words(n) if words else str(n)
    value = n * size + size // denominator
    after = parse_count(f"{written} {name} and {part}")
    assert (after.low, after.high) == (value, value)
    if part.endswith("half") and (n < 100 or not words):  # "two and a half million", not "one hundred and a half"
        before = parse_count(f"{written} and {part} {name}")
        assert (before.low, before.high) == (value, value)


@given(st.sampled_from([("half", 2), ("quarter", 4)]), st.sampled_from([(10**6, "million"), (10**9, "billion")]))
def test_half_million_is_half_a_million(fraction: tuple[str, int], scale: tuple[int, str]) -> None:
    """'half million' and 'quarter billion' read as 'half a million' and 'a quarter of a billion' do."""
    (word, denominator), (size, name) = fraction, scale
    bare = parse_count(f"{word} {name}")
    assert (bare.low, bare.high) == (size // denominator, size // denominator)
    assert _fields(bare) == _fields(parse_count(f"{word} a {name}" if word == "half" else f"a quarter of a {name}"))


LEAD: Final = "The officials said "


@given(written_numbers())
@example((12, "twelve (12)"))
@example((12, "12 (twelve)"))
@example((5, "five(5)"))
def test_a_number_in_digits_words_or_restated_is_one_count(number: tuple[int, str]) -> None:
    """Digits, words, or one restated in the other in parentheses: one count, one value, its span the whole writing."""
    n, written = number
    count = parse_count(written)
    assert (count.low, count.high, count.best, count.qualifier) == (n, n, n, Qualifier.EXACT)
    text = f"{LEAD}{written} soldiers were killed."
    found = find_counts(text)
    assert [(c.low, c.high, c.span) for c in found] == [(n, n, Span(start=len(LEAD), end=len(LEAD) + len(written)))]


@given(grouped_numerals())
@example((12500, "spaces", "12 500"))
@example((12500, "narrow no-break spaces", "12\u202f500"))
@example((150000, "indian", "1,50,000"))
@example((12500, "periods", "12.500"))
def test_every_digit_grouping_gives_the_same_value(case: tuple[int, str, str]) -> None:
    """Commas, spaces, no-break and thin spaces, periods, apostrophes and Indian grouping all read as one number."""
    n, name, written = case
    note(name)
    assert parse_count(written).best == n
    found = find_counts(f"{LEAD}{written} people were displaced.")
    assert [(c.best, c.text) for c in found] == [(n, written)]


@given(
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),
    st.booleans(),
)
@example(said=12, restated=13, words_first=True)
def test_a_restatement_that_disagrees_is_no_count(said: int, restated: int, words_first: bool) -> None:
    """'twelve (13)': two numbers where one was meant; the strict parser refuses it and the scanner reports neither."""
    assume(said != restated)
    phrase = f"{number_to_words(said)} ({restated})" if words_first else f"{said} ({number_to_words(restated)})"
    with pytest.raises(CountParseError):
        parse_count(phrase)
    assert find_counts(f"{LEAD}{phrase} soldiers were killed.") == ()


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
# ("in" is left out: "1 in 2" is a ratio.)
FILLER: Final = ("soldiers", "were", "killed", "near", "Kabul", "officials", "said", "the", "border", "across", "Gaza")


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
@example(("soldiers 1 across 2 near the border.", [(9, 10, "1"), (18, 19, "2")]))
def test_planted_counts_are_found(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """Counts planted in filler come back, each with the span it was planted at."""
    text, spans = case
    found = [(c.span.start, c.span.end, c.text) for c in find_counts(text) if c.span is not None]
    assert found == spans
