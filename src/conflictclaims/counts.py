"""Number phrases as integer intervals: the ``Count`` model and its parser.

A :class:`Count` is the set of integers consistent with a phrase such as
"at least 274" (``[274, ∞)``) or "dozens" (``[12, 99]``), with a conservative
point estimate ``best`` and the phrase text and span it came from.
"""

from __future__ import annotations

import enum
import functools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar

import attrs
import regex
from attrs import field, frozen

from conflictclaims import _lexicon
from conflictclaims._patterns import alternation as _alternation
from conflictclaims._patterns import is_plain, lower_keeping_offsets, suffix_alternation
from conflictclaims.exceptions import CountParseError
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

_T = TypeVar("_T")

__all__ = [
    "MAX_COUNT",
    "Count",
    "Estimate",
    "PointPolicy",
    "Qualifier",
    "Span",
    "find_counts",
    "parse_count",
    "render_count",
]


# The largest count: the signed 64-bit limit of JSON readers, Arrow and pandas
# columns. No real toll comes near it; past it a numeral is an identifier.
MAX_COUNT: Final = 2**63 - 1


def _non_negative(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{attribute.name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    if value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


def _count_value(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    _non_negative(instance, attribute, value)
    if value > MAX_COUNT:
        msg = f"{attribute.name} must be <= {MAX_COUNT}, got {value}"
        raise ValueError(msg)


class Qualifier(enum.Enum):
    """How a number phrase bounds the value it reports."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    FEWER_THAN = "fewer_than"
    ABOUT = "about"
    NEARLY = "nearly"
    RANGE = "range"
    VAGUE = "vague"
    NONE = "none"


class PointPolicy(enum.Enum):
    """How to turn a :class:`Count` into one number.

    ``CONSERVATIVE`` is the lowest credible figure (``Count.best``).
    ``ACLED`` follows the "Reported fatalities" section of the ACLED codebook:
    the lowest figure, with an unknown number reported as "several", "few"
    or "many" coded as 3 or 10 by the scale the phrase itself gives ("a few",
    "several", "a number of" as 3; "many", "numerous" as 10) and "tens",
    "dozens", "hundreds" as 10, 12, 100.
    ``UCDP`` keeps the interval as low/high and takes the middle of a closed
    range as the best estimate, the way UCDP GED reports low/best/high.
    """

    CONSERVATIVE = "conservative"
    ACLED = "acled"
    UCDP = "ucdp"


class Estimate(NamedTuple):
    """A low/best/high view of a count (``high is None`` means unbounded)."""

    low: int
    best: int
    high: int | None


# ACLED codes a vague toll of unknown size as 3 or 10 "depending on the scale and
# context": the phrase's own scale decides here. Intervals as in _lexicon.VAGUE;
# every other vague phrase ("dozens": 12) is coded at its lower bound.
_ACLED_VAGUE_POINT = {(2, 5): 3, (3, 9): 3, (2, None): 10}
# Qualifiers that name one value: "274", "no one".
_ONE_VALUE = frozenset({Qualifier.EXACT, Qualifier.NONE})


@frozen(kw_only=True)
class Count:
    """The integers a number phrase allows: ``low <= value <= high``.

    ``high is None`` means no upper bound. ``best`` is the conservative point
    estimate and always lies inside the interval. An ``exact`` count holds one
    value (``low == high``) and a ``none`` count only zero.
    """

    low: int = field(validator=_count_value)
    high: int | None = field(validator=attrs.validators.optional(_count_value))
    best: int = field(validator=_count_value)
    qualifier: Qualifier = field(default=Qualifier.EXACT, validator=attrs.validators.instance_of(Qualifier))
    approximate: bool = field(default=False, validator=attrs.validators.instance_of(bool))
    text: str = field(default="", validator=attrs.validators.instance_of(str))
    span: Span | None = field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span)))

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.low > self.high:
            msg = f"low must be <= high, got low={self.low} high={self.high}"
            raise ValueError(msg)
        if self.best < self.low or (self.high is not None and self.best > self.high):
            msg = f"best must lie in [low, high], got best={self.best} low={self.low} high={self.high}"
            raise ValueError(msg)
        if self.qualifier in _ONE_VALUE and self.low != self.high:
            qualifier = self.qualifier.value
            msg = f"low must equal high when the qualifier is {qualifier!r}, got low={self.low} high={self.high}"
            raise ValueError(msg)
        if self.qualifier is Qualifier.NONE and self.low != 0:
            msg = f"low must be 0 when the qualifier is 'none', got {self.low}"
            raise ValueError(msg)

    @classmethod
    def exact(cls, value: int, *, text: str = "", span: Span | None = None) -> Count:
        """Return the count of exactly ``value``."""
        return cls(low=value, high=value, best=value, text=text, span=span)

    @property
    def bounded(self) -> bool:
        """Whether the interval has an upper bound."""
        return self.high is not None

    @property
    def is_exact(self) -> bool:
        """Whether the interval holds a single value."""
        return self.high == self.low

    def __contains__(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        return self.low <= value and (self.high is None or value <= self.high)

    def intersection(self, other: Count) -> tuple[int, int | None] | None:
        """Return the common ``(low, high)`` interval, or ``None`` when disjoint."""
        low = max(self.low, other.low)
        highs = [h for h in (self.high, other.high) if h is not None]
        high = min(highs) if highs else None
        if high is not None and low > high:
            return None
        return (low, high)

    def overlaps(self, other: Count) -> bool:
        """Whether some value is consistent with both counts."""
        return self.intersection(other) is not None

    def within(self, other: Count) -> bool:
        """Whether every value this count allows is allowed by ``other``."""
        if self.low < other.low:
            return False
        if other.high is None:
            return True
        return self.high is not None and self.high <= other.high

    def same_interval(self, other: Count) -> bool:
        """Whether both counts allow exactly the same values."""
        return (self.low, self.high) == (other.low, other.high)

    def point(self, policy: PointPolicy = PointPolicy.CONSERVATIVE) -> int:
        """Return one number for this count under ``policy``.

        The interval never changes with the policy; only the point does, and
        under ``ACLED`` it may lie outside the interval ("many" -> 10).
        """
        if policy is PointPolicy.ACLED:
            if self.qualifier is Qualifier.VAGUE:
                return _ACLED_VAGUE_POINT.get((self.low, self.high), self.best)
            return self.best
        if policy is PointPolicy.UCDP:
            if self.qualifier is Qualifier.RANGE and self.high is not None:
                return (self.low + self.high) // 2
            return self.best
        return self.best

    def estimate(self, policy: PointPolicy = PointPolicy.CONSERVATIVE) -> Estimate:
        """Return the low/best/high view of this count under ``policy``."""
        return Estimate(low=self.low, best=self.point(policy), high=self.high)

    def with_span(self, span: Span | None) -> Count:
        """Return a copy pointing at ``span``."""
        return attrs.evolve(self, span=span)


_set = object.__setattr__
# Values of the ``approximate`` flag, named so positional calls stay readable.
_EXACT_FLAG = False
_APPROXIMATE_FLAG = True


def _trusted_count(  # noqa: PLR0913, PLR0917 - one argument per field, positional to keep the call cheap
    low: int, high: int | None, best: int, qualifier: Qualifier, approximate: bool, text: str, start: int, end: int
) -> Count:
    """Build a Count (and its Span) without running the validators.

    Only for values the parser computed: the grammar yields non-negative
    ints with ``low <= best <= high`` (the property tests re-validate every
    count it returns). The validators cost more than the parse itself.
    """
    span = object.__new__(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    count = object.__new__(Count)
    _set(count, "low", low)
    _set(count, "high", high)
    _set(count, "best", best)
    _set(count, "qualifier", qualifier)
    _set(count, "approximate", approximate)
    _set(count, "text", text)
    _set(count, "span", span)
    return count


# ---------------------------------------------------------------------------
# The number-phrase grammar.
#
# One pattern, built from the word lists in ``_lexicon``, serves both the
# strict parser (anchored) and the scanner (unanchored). Every number is an
# atomic group and every quantifier between tokens possessive, so a failed
# attempt never re-splits a number: the work per start position is bounded
# by the phrase length, and a scan stays linear in the input.
#
#   count      := zero | vague | amount
#   amount     := [qualifier] [range-word] N [ connector N                    (a range: "between 20 and 30")
#                                            | [post-qualifier] join qualifier N  (two-sided: "more than 20
#                                                                                  but fewer than 35")
#                                            | post-qualifier ]               ("30 or more", "50-plus")
#   range-word := ["anywhere" | "somewhere"] "between" | ["anywhere" | "ranging"] "from"
#   connector  := after "between": "and" | "to" | dash; after "from": "to" | "through" | "until" | dash;
#                 else a dash, a tilde, "to", "through", "thru" or "or"
#   join       := "but", "and" or "yet", after an optional comma
#   N          := number ["(" number ")"]              (restated: "twelve (12)", "5 (five)", "three (03)")
#   number     := digits [tail] | word-head [tail] | exact-phrase | bare-scale
#   digits     := int ["." digits] | d{1,3} "," d{1,2}   (decimal comma, only before a scale word)
#   word-head  := fraction | "a couple" ["of"] | small-words "point" digit-words
#               | small-words ["and a half"] | "a" (before a multiplier)
#   tail       := scale-word scale-rest | abbreviation | suffix | "hundred" [["and"] small] [scale-word scale-rest]
#               | ["and a half" | "½"] (scale-word scale-rest | "dozen" ["and a half"])
#   scale-rest := [scale-word] ([","] ["and"] below-1000 scale-word)* ["and a half" | ["and"] below-1000]
#   below-1000 := (small | "a couple" | "a") "hundred" [["and"] small] | small
#   small      := small-words ("twenty-seven") | one to three digits
#   fraction   := "half" ["of"] "a" | "a half" | "a quarter" ["of a"] | ("one quarter" | "three quarters") "of a"
#   int        := digits grouped by commas ("12,500"), Indian commas ("1,50,000"), spaces, no-break or
#                 thin spaces ("12 500"), two or more periods ("1.234.567") or apostrophes ("1'000"); or plain
# ---------------------------------------------------------------------------


# Separators. A hyphen inside number words ("twenty-one") may be any of the
# Unicode hyphens or an en dash; digits group with one plain, no-break, thin
# or narrow no-break space; a range takes any dash but the em dash (which sets
# off a clause) or a tilde.
_HY = "[-\u2010\u2011\u2013]"
_GAP = rf"(?:\s++|{_HY})"
_NUM_SPACE = "[ \u00a0\u2009\u202f]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2212~\u223c\u301c]"

_UNIT_W = _alternation(_lexicon.UNITS)
_TEEN_W = _alternation(_lexicon.TEENS)
_TENS_W = _alternation(_lexicon.TENS)
_SMALL_W = rf"(?>{_TENS_W}(?:(?:{_HY}|\s++){_UNIT_W})?+|{_TEEN_W}|{_UNIT_W})"
# One to three digits that are a whole number, not the start of a grouped one ("4 thousand 3 hundred").
_FEW_DIGITS = rf"\d{{1,3}}(?!\d|[,.'’]\d|{_NUM_SPACE}\d)"
_SMALL = rf"(?>{_SMALL_W}|{_FEW_DIGITS})"
_A_COUPLE = r"a\s++couple(?:\s++of)?+(?!\w)"
_HUNDRED = rf"\s++{_lexicon.HUNDRED}(?!\w)"
# "one hundred and twenty", but not "and two" in "between one hundred and two hundred".
_AFTER_HUNDRED = rf"(?:(?:\s++and)?+\s++{_SMALL}(?!{_HUNDRED}))?+"
_HUNDREDS = rf"(?:{_SMALL}|{_A_COUPLE}|a){_HUNDRED}{_AFTER_HUNDRED}"
_BELOW_1000 = rf"(?>{_HUNDREDS}|{_SMALL})"
_SCALE_W = _alternation([*_lexicon.SCALE_WORDS, *_lexicon.SCALE_PLURALS])
_SCALE_ABBR = _alternation(_lexicon.SCALE_ABBREVIATIONS)
_SUFFIX = _alternation(_lexicon.SCALE_SUFFIXES)
_DOZENS = rf"{_GAP}dozens?+(?!\w)"
_AND_A_HALF = rf"{_GAP}and{_GAP}a{_GAP}half(?!\w)"
_VULGAR = "[" + "".join(_lexicon.VULGAR_FRACTIONS) + "]"
_HALVES = rf"(?:{_AND_A_HALF}|{_VULGAR})"
# What may follow a scale word: a larger one stacked ("1 lakh crore"), smaller
# groups ("5 lakh 20 thousand") and the units ("two thousand and one"). Inside
# "between … and …" an "and" never continues the number, and a group never
# ends on a number a scale word follows ("two thousand and three thousand").
_GROUP = rf"{_BELOW_1000}\s++{_SCALE_W}"
# A comma goes before a group of hundreds in words: "one thousand, two hundred and thirty-four".
_COMMA_BEFORE_HUNDREDS = rf",(?=\s++[^\W\d_]++(?:[-\s][^\W\d_]++)?{_HUNDRED})"
_SCALE_REST = (
    rf"(?:\s++{_SCALE_W})?+"
    rf"(?:(?:,?+\s++|(?(between)(?!)|\s++and\s++)){_GROUP})*+"
    rf"(?:{_AND_A_HALF}|(?:{_COMMA_BEFORE_HUNDREDS}|(?(between)(?!)|\s++and))?+"
    rf"\s++{_BELOW_1000}(?!\s++(?:{_SCALE_W}|{_lexicon.HUNDRED}|dozens?+)(?!\w)))?+"
)
_DOZEN_REST = rf"{_DOZENS}(?:{_AND_A_HALF})?+"
_HUNDREDS_TAIL = rf"{_HUNDRED}{_AFTER_HUNDRED}"
# What may follow the head of a number, written once for digits and words:
# "hundred" ("3 hundred and 21"), a half ("2½", "two and a half"), a scale
# word and what may follow it ("4 thousand 3 hundred"), or dozens.
_MULTIPLIED = (
    rf"(?:{_HUNDREDS_TAIL}|{_HALVES})?+(?:(?:\s*+|{_HY}){_SCALE_W}{_SCALE_REST}|{_DOZEN_REST})"
    rf"|{_HUNDREDS_TAIL}|{_HALVES}"
)
# A malformed grouping such as "1,00" must not be read as "1".
_INT = (
    # Plain digits first, the commonest form, unless a group separator follows.
    rf"(?>\d++(?![,'’]\d|{_NUM_SPACE}\d{{3}}(?!\d)|\.\d{{3}}\.\d)"
    r"|[1-9]\d{0,2}(?:,\d{3})++(?!\d)"
    r"|[1-9]\d?+(?:,\d\d(?=,))++,\d{3}(?!\d)"
    rf"|[1-9]\d{{0,2}}(?:{_NUM_SPACE}\d{{3}})++(?!\d)"
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}+(?!\d)"
    r"|[1-9]\d{0,2}(?:['’]\d{3})++(?!\d))(?![,'’]\d)"
)
# Digits are read once, then what follows says which form they take. A
# decimal comma needs a scale word after it ("1,5 million"); whether a period
# is a decimal point ("1.5 million") or groups thousands ("12.500") is
# decided by the evaluator. Abbreviations, suffixes and exponents follow
# digits only ("2.3m", "10 bln", "1e6").
_DIGITS_HEAD = rf"(?:{_INT}(?:\.\d++)?+|\d{{1,3}},\d{{1,2}}(?!\d)(?=\s*+(?:{_SCALE_W}|{_SCALE_ABBR})|{_SUFFIX}))"
_AFTER_DIGITS = rf"(?<=\d)(?:\s*+{_SCALE_ABBR}|{_SUFFIX}|e\+?+\d{{1,2}}(?!\w))"
_FRACTION = (
    rf"(?:half(?:{_GAP}of)?+{_GAP}a|a{_GAP}half|a{_GAP}quarter(?:{_GAP}of{_GAP}a)?+"
    rf"|(?:one{_GAP}quarter|three{_GAP}quarters|quarter){_GAP}of{_GAP}a)(?!\w)"
)
_DECIMAL_W = rf"{_SMALL_W}\s++point(?:\s++{_alternation(_lexicon.DECIMAL_DIGITS)})++"
# "a" is a number only before a multiplier: "a hundred", "a dozen", "a million".
_A = rf"a(?=\s++(?:{_lexicon.HUNDRED}|dozen|{_SCALE_W})(?!\w))"
_WORD_HEAD = rf"(?:{_FRACTION}|{_A_COUPLE}|{_DECIMAL_W}|{_SMALL_W}|{_A})"
_NUMBER_FORM = rf"(?>(?:{_DIGITS_HEAD}|{_WORD_HEAD})(?:{_MULTIPLIED}|{_AFTER_DIGITS})?+)"
_EXACT_P = _alternation(_lexicon.EXACT_PHRASES)
# "hundred and twenty", "thousand and one", "hundred", "single": the scanner takes them only after a qualifier.
_BARE_NUMBER = (
    rf"(?>(?:{_lexicon.HUNDRED}(?!\w){_AFTER_HUNDRED}\s++)?+{_SCALE_W}{_SCALE_REST}"
    rf"|{_lexicon.HUNDRED}(?!\w){_AFTER_HUNDRED}|{_alternation(_lexicon.STRICT_ONLY_NUMBERS)})"
)
# Digits first: they are the commonest form, and fail fast on a letter.
_NUMBER_CORE = rf"(?>{_NUMBER_FORM}|{_EXACT_P}|{_BARE_NUMBER})"
_RESTATED = rf"\s*+\(\s*+{_NUMBER_FORM}\s*+\)"
_NUMBER = rf"{_NUMBER_CORE}(?:{_RESTATED})?+"

# A qualifier ending in a letter ends at a word boundary; ">", "≤", "~" and "approx." may touch the number.
_PRE_Q = rf"(?:{_alternation(_lexicon.PRE_QUALIFIERS, word_end=False)})(?:(?<![^\W\d_])|(?!\w))"
_APPROX_Q = _alternation(_lexicon.APPROX_QUALIFIERS)
_POST_Q = (
    rf"(?:\s++{_alternation(k for k in _lexicon.POST_QUALIFIERS if k not in _lexicon.GLUED_POST_QUALIFIERS - {'ish'})}"
    rf"|{_HY}{_alternation(_lexicon.HYPHENATED_POST_QUALIFIERS)}"
    r"|\+|ish(?!\w))"
    # "12 and more than 40 wounded", "20 and over 30", "20 and up to 30": the words open the next phrase.
    rf"(?!\s*+(?:(?:than|to|an?|{_SMALL_W})(?!\w)|\d))"
)
_ZERO = _alternation(_lexicon.ZERO_PHRASES)
_VAGUE = _alternation(_lexicon.VAGUE)

# One rule for single numbers, ranges and two-sided bounds, so the first
# number is read once: "between" pairs with "and", "from" with "to" (and
# then need a second number); bare ends take a dash, "to" or "or" ("20–30",
# "two or three"); a qualified number may take a second qualifier.
_RANGE_DASH = rf"\s*+{_DASH}\s*+"
_CONNECTOR = (
    rf"(?(between)(?:\s++(?:and|to)\s++|{_RANGE_DASH})"
    rf"|(?(from)(?:\s++(?:to|through|thru|till|until|up\s++to)\s++|{_RANGE_DASH})"
    rf"|(?:{_RANGE_DASH}|\s++(?:to|through|thru|or)\s++)))"
)
_JOIN = rf",?+\s++{_alternation(_lexicon.TWO_SIDED_JOINS)}\s++"
_AMOUNT = (
    rf"(?:(?P<q>{_PRE_Q})\s*+)?+"
    rf"(?:(?:(?P<between>{_alternation(_lexicon.BETWEEN_KEYWORDS)})|(?P<from>{_alternation(_lexicon.FROM_KEYWORDS)}))"
    r"\s++)?+"
    rf"(?P<n>{_NUMBER})"
    rf"(?:(?:{_CONNECTOR}|(?(q)|(?P<opening>{_POST_Q})){_JOIN}(?P<q2>{_PRE_Q})\s*+)(?P<hi>{_NUMBER})"
    rf"|(?P<post>{_POST_Q}))?+"
    r"(?(between)(?(hi)|(?!))|(?(from)(?(hi)|(?!))|))"
)
# Not inside a word, a number, a designation ("F-16"), a fraction, a time
# or a sum ("$5"); not followed by a unit glued on ("24-hour", "50%", "40°").
_START = rf"(?<![\w.,\-\u2010-\u2013\u2212/:#@+{regex.escape(_lexicon.CURRENCY_SIGNS)}])"
# "[^\W\d_]" is a letter in both engines (``re`` has no "\p{L}").
_END = rf"(?![\w%+°]|{_VULGAR}|[-–/:.,]\d|[-–][^\W\d_])"
# "any" is a count only under a denial: "denied that any … were captured".
_DENIED_ANY_RE = regex.compile(r"(?r)(?<!\w)(?:den(?:y|ies|ied|ying)|rejected\s++claims)\s++that\s++\Z")

_BODY = rf"(?:(?P<zero>{_ZERO})|(?P<vague>{_VAGUE})|{_AMOUNT})"
# Patterns run on lower-cased text (see lower_keeping_offsets), so no IGNORECASE: it makes
# the engine several times slower.
_FLAGS = regex.VERSION0
_STRICT_BODY = rf"(?:(?P<denial>{_alternation(_lexicon.STRICT_ONLY_ZERO)})|{_BODY})"


def _anchor_pattern() -> str:
    """Return the pattern for the word or digit every count phrase hinges on.

    Scanning free text runs this small pattern over everything and the full
    grammar only where it hits; qualifiers in front are found by a short
    backwards match from the hit.
    """
    words = set(_lexicon.SMALL_NUMBERS) | set(_lexicon.STRICT_ONLY_NUMBERS) - {"single"}
    phrases = {"half a", "half-a", "half of a", "a half", "a quarter", "quarter of a"}
    for phrase in (*_lexicon.VAGUE, *_lexicon.ZERO_PHRASES, *_lexicon.EXACT_PHRASES):
        first, *rest = phrase.split(" ")
        if first[0].isdecimal():
            continue  # "10s of": the digit anchors it
        if first == "a" and rest:
            phrases.add(f"a {rest[0]}")
        elif rest:
            phrases.add(phrase)
        else:
            words.add(phrase)
    phrases.update(f"a {w}" for w in (*_lexicon.SCALE_WORDS, _lexicon.HUNDRED, "dozen"))
    return rf"\b(?:\d|{_alternation(words | phrases)}|any(?!\w))"


# The grammar takes ~0.1 s per compiled form; compile each on first use so
# that importing the package stays cheap.
@functools.cache
def _anchor_re() -> regex.Pattern[str]:
    return regex.compile(_anchor_pattern(), _FLAGS)


@functools.cache
def _plain_anchor_re() -> re.Pattern[str]:
    """The anchor pattern on the faster ``re`` engine, for plain text (see ``_patterns.is_plain``)."""
    return re.compile(_anchor_pattern())


@functools.cache
def _lead_re() -> regex.Pattern[str]:
    """Match, backwards from an anchor, the qualifier or range keyword before it."""
    # Run backwards, so the alternations branch on their last characters: "no fewer than" must win over "fewer than".
    keyword = suffix_alternation({*_lexicon.BETWEEN_KEYWORDS, *_lexicon.FROM_KEYWORDS})
    qualifier = suffix_alternation(_lexicon.PRE_QUALIFIERS)
    return regex.compile(rf"(?r)(?<!\w)(?:(?:{qualifier}\s*+)?+{keyword}\s++|{qualifier}\s*+)", _FLAGS)


def _find_pattern() -> str:
    return rf"{_START}{_BODY}{_END}"


@functools.cache
def _find_re() -> regex.Pattern[str]:
    return regex.compile(_find_pattern(), _FLAGS)


# The grammar needs no feature beyond the standard library's engine (atomic
# groups and possessive quantifiers since Python 3.11), which runs it several
# times faster than ``regex`` on short phrases. The strict parser matches this
# same compiled form against the whole phrase, so the grammar compiles once.
@functools.cache
def _plain_find_re() -> re.Pattern[str]:
    """The scanner's grammar on the faster ``re`` engine: for plain text (see ``_patterns.is_plain``) and phrases."""
    return re.compile(_find_pattern())


@functools.cache
def _find_groups() -> _Groups:
    # Both compiled forms come from one pattern string, so their groups have the same numbers.
    return _groups_of(_plain_find_re())


@functools.cache
def _prefix_re() -> re.Pattern[str]:
    """Match the longest phrase-like prefix, ignoring what follows: for error positions."""
    return re.compile(rf"\s*+(?P<c>{_STRICT_BODY})")


_PRE_Q_RE = regex.compile(rf"\s*+(?:{_PRE_Q}|{_APPROX_Q})\s*+", _FLAGS)
_BAD_GROUP_RE = regex.compile(r"\d,(?!\d{3}(?!\d))")

# Context that makes a number something other than a count (see _lexicon).
# Context after a number is matched forwards on the standard engine, which
# starts a match several times faster; context before it backwards ("(?r)",
# ``regex`` only), so a search over the window tries one end position
# instead of every start in it. Months are matched on the original text, in
# title or upper case only.
# "3 1/2 million": a whole number before a fraction is part of a mixed number.
_NOT_AFTER_RE = re.compile(rf"\s*+(?:-\s*+)?+(?:{_alternation(_lexicon.NOT_COUNT_AFTER)}|%)|\s++\d++/\d")
_MONTHS_CASED = [m for month in _lexicon.MONTHS for m in (month, month.upper())]
# Non-count words (in any case), currency signs and months (cased) before a number, in one backwards match.
_NOT_BEFORE_RE = regex.compile(
    rf"(?r)(?:(?<![\w.])(?i:{suffix_alternation(_lexicon.NOT_COUNT_BEFORE)})"
    rf"|[{regex.escape(_lexicon.CURRENCY_SIGNS)}]"
    rf"|(?<!\w){suffix_alternation(_MONTHS_CASED)}\.?+,?+)\s*+\Z",
    _FLAGS,
)
_MONTH_AFTER_RE = re.compile(rf"\s*+{_alternation(_MONTHS_CASED)}")
_PREV_WORD_RE = regex.compile(r"(?r)(\w+)\W*+\Z")
_NEXT_WORD_RE = re.compile(r"[ \t]++(\w+)")
_ONE_NOT_COUNT_RE = re.compile(
    r"\s++(?:another|by\s++one|of\s++(?:the|its|their|his|her|our|your)\s++(?:most|least|very|\w+est)(?!\w))"
)
# "one hundred and first": an ordinal.
_ORDINAL_AFTER_RE = re.compile(rf"\s++and\s++{_alternation(_lexicon.ORDINAL_WORDS)}")
# "one in five", "1 in every 4": a ratio, unless a unit follows ("3 in 10 days").
_RATIO_AFTER_RE = re.compile(rf"\s++in\s++(?:every\s++)?+(?:\d{{1,3}}|{_SMALL_W})(?![\w,.]\d|\w)")
_RATIO_BEFORE_RE = regex.compile(rf"(?r)(?<![\w,.])(?:\d{{1,3}}|{_SMALL_W})\s++in\s++(?:every\s++)?+\Z")
# A run of digits one space away: parts of a telephone or reference number ("0300 1234567").
_DIGITS_BEFORE_RE = regex.compile(rf"(?r)(?<![\w,.])(\d++){_NUM_SPACE}\Z")
_DIGITS_AFTER_RE = re.compile(rf"{_NUM_SPACE}(\d++)(?![\w,.]\d)")
# "Ahmed Khan, 30, ..." and "Ahmed Khan (30)": an age after a name (on the original text).
# Read backwards, so the name's letters must not be taken possessively: its capital comes last.
_AGE_COMMA_BEFORE_RE = regex.compile(r"(?r)(?<![\w.])[A-Z][\w'’-]*,\s*+\Z")
_AGE_PAREN_BEFORE_RE = regex.compile(r"(?r)(?<![\w.])[A-Z][\w'’-]*\s*+\(\s*+\Z")
_SCORE_BEFORE_RE = regex.compile(rf"(?r)(?<!\w){suffix_alternation(_lexicon.SCORE_BEFORE)}(?:\W++\w++){{0,2}}\W++\Z")
_SCORE_AFTER_RE = re.compile(rf"\s*+{_alternation(_lexicon.SCORE_AFTER)}")
_AFTER_SCORE_RE = re.compile(rf"\s*+(?:[^\w\s]|\Z|{_alternation(_lexicon.AFTER_SCORE)})")
_METRES_AFTER_RE = re.compile(rf"\s*+(?:-\s*+)?+{_alternation(_lexicon.METRES_AFTER)}")
_METRES_RE = re.compile(r"\d++m")
_ARTICLE_BEFORE_RE = regex.compile(r"(?r)(?<!\w)an?\s++\Z")
# Digits grouped by exactly one space: "5 200" (whatever follows the group).
_FIRST_GROUP_RE = re.compile(rf"(\d{{1,3}}){_NUM_SPACE}\d{{3}}(?![\d,.'’]|{_NUM_SPACE}\d)")
_SMALL_SCORE = 30  # both ends of a score or a vote, at most
_SCORE_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2212")
_RATIO_MAX = 10  # "one in five": the first side of a ratio is small
_NUM_SPACES = frozenset(" \u00a0\u2009\u202f")
# The last word of every qualifier and range word: only after one does the scanner look for a qualifier.
_LEAD_WORDS = frozenset(
    phrase.split()[-1]
    for phrase in (*_lexicon.PRE_QUALIFIERS, *_lexicon.BETWEEN_KEYWORDS, *_lexicon.FROM_KEYWORDS)
)
_LEAD_WORD_CHARS = 24
_LONGEST_BARE_ZERO = max(map(len, _lexicon.STRICT_ONLY_ZERO))  # "no" and "any"
_AGE_LIMIT = 120
_CONTEXT = 40
_MAX_NUMERAL_CHARS = 32


_PRE_QUALIFIER = {k: Qualifier(v) for k, v in _lexicon.PRE_QUALIFIERS.items()}
_POST_QUALIFIER = {k: Qualifier(v) for k, v in _lexicon.POST_QUALIFIERS.items()}
_LOWER_BOUNDS = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_UPPER_BOUNDS = frozenset({Qualifier.AT_MOST, Qualifier.FEWER_THAN})
_SCALES: dict[str, int] = {
    **_lexicon.SCALE_WORDS,
    **_lexicon.SCALE_PLURALS,
    **_lexicon.SCALE_SUFFIXES,
    "dozen": _lexicon.DOZEN,
    "dozens": _lexicon.DOZEN,
}
_SMALL_NUMBERS = dict(_lexicon.SMALL_NUMBERS)
_FRACTIONS = {
    word: Fraction(*ratio) for word, ratio in (*_lexicon.FRACTION_WORDS.items(), *_lexicon.VULGAR_FRACTIONS.items())
}
# A plain numeral: digits with their separators, then scale words or a suffix.
_NUMERAL_PARTS_RE = re.compile(r"(\d(?:[\d,.'’ ]*\d)?)\s*+([^\d\s]*+(?:\s[^\d\s]++)?+)")
_SCIENTIFIC_RE = re.compile(r"([\d,.]++)e\+?+(\d{1,2})")
_COMPOUND_TOKEN_RE = re.compile(rf"\d(?:[\d,.'’ ]*\d)?|{_VULGAR}|[^\W\d_{_VULGAR[1:-1]}]++")


class _InvalidCountError(Exception):
    """A phrase that fits the grammar but has no meaning as a count."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class _Number(NamedTuple):
    """A parsed number: its value, its trailing multiplier and whether it is approximate."""

    value: int | Fraction  # a Fraction for decimals and halves: "1.5" in "1.5 to 2 million"
    multiplier: int
    approximate: bool


# Numbers a phrase table gives whole: "a pair of", and in a strict parse "hundred", "single", "dozen".
_LISTED_NUMBERS = {
    **{phrase: _Number(value, 1, approximate) for phrase, (value, approximate) in _lexicon.EXACT_PHRASES.items()},
    **{word: _Number(value, value, word == "dozen") for word, value in _lexicon.STRICT_ONLY_NUMBERS.items()},
}


def _normalize(phrase: str) -> str:
    """Fold the whitespace of an already lower-cased ``phrase``, so lexicon keys match."""
    return " ".join(phrase.split())


def _lookup(table: Mapping[str, _T], phrase: str) -> _T:
    """Look a lower-cased phrase up, folding whitespace only when needed."""
    found = table.get(phrase)
    return table[_normalize(phrase)] if found is None else found


def _digits_value(digits: str, multiplier: int = 1, *, scaled: bool = False) -> int | Fraction:
    """Return the value of digits with their group separators and decimal mark, times ``multiplier``.

    A comma or apostrophe groups thousands, and so do spaces and two or more
    periods. One period is a decimal point before a scale word ("1.5
    million") and groups thousands otherwise when three digits follow it
    ("12.500"); a comma before one or two digits and a scale word is a
    decimal comma ("1,5 million"); ``scaled`` says a scale word follows,
    which a multiplier implies. A Fraction only when the value is not whole:
    integer arithmetic is several times faster.
    """
    scaled = scaled or multiplier > 1
    plain = digits.replace(" ", "").replace("'", "").replace("’", "")
    whole, decimals = plain, ""
    if "." in plain:
        if "," in plain:  # "12,500.50"
            whole, _, decimals = plain.partition(".")
        elif plain.count(".") > 1:
            whole = plain.replace(".", "")
        else:
            before, _, after = plain.partition(".")
            if scaled or len(after) != 3 or plain[0] == "0":  # noqa: PLR2004 - one group of three digits
                whole, decimals = before, after
            else:
                whole = before + after
    elif scaled and plain.count(",") == 1 and len(plain) - plain.index(",") <= 3:  # noqa: PLR2004 - "1,5", "1,25"
        whole, _, decimals = plain.partition(",")
    if not decimals:
        return int(whole.replace(",", "")) * multiplier
    unit = 10 ** len(decimals)
    value = (int(whole.replace(",", "")) * unit + int(decimals)) * multiplier
    return value // unit if value % unit == 0 else Fraction(value, unit)


def _numeral(key: str, position: int) -> _Number | None:
    """Return the value of digits followed by scale words, a suffix or an exponent ("1.5 million", "2.3m", "1e6")."""
    scientific = _SCIENTIFIC_RE.fullmatch(key)
    if scientific is not None:  # "1e6", "2.5e+3"
        multiplier = 10 ** int(scientific.group(2))
        return _Number(_digits_value(scientific.group(1), multiplier), multiplier, _EXACT_FLAG)
    parts = _NUMERAL_PARTS_RE.fullmatch(key)
    if parts is None:
        return None
    digits, scale_words = parts.groups()
    multiplier = 1
    previous = 0
    for word in scale_words.split():
        scale = _SCALES.get(word)
        if scale is None:
            return None  # "3 hundred", "2 dozen and a half": a compound
        if previous and scale <= previous:
            msg = f"scale words out of order in {key!r}"
            raise _InvalidCountError(msg, position)
        multiplier *= scale
        previous = scale
    return _Number(_digits_value(digits, multiplier), multiplier, scale_words.startswith("dozen"))


def _tokens(key: str) -> list[str]:
    """Split a number phrase into words, digit groups and fraction signs."""
    if key.isascii() and not any(char.isdecimal() for char in key):
        return key.replace("-", " ").replace(",", " ").split()  # words only, the common case
    return _COMPOUND_TOKEN_RE.findall(key)


def _compound(key: str, position: int) -> _Number:  # noqa: C901, PLR0912, PLR0915 - one branch per kind of word
    """Return the value of number words, mixed with digits, fractions and scale words.

    "three hundred forty-two", "4 thousand 3 hundred", "5 lakh 20 thousand",
    "two and a half million", "half a million", "3 million and a half",
    "one point five million", "a couple hundred", "three dozen".
    """
    words = _tokens(key)
    total: int | Fraction = 0
    current: int | Fraction | None = None
    last_scale = 0  # the last scale applied, for the order check and "... and a half"
    last_group: int | Fraction = 0  # what the last scale added, for stacked scales ("lakh crore")
    trailing = 1  # the scale the number ends on: "two" and "three dozen" in "two or three dozen"
    after_scale = adding = approximate = False
    decimal_place = 0  # > 0 after "point": the place of the next digit word
    for index, word in enumerate(words):
        value = _SMALL_NUMBERS.get(word)
        if decimal_place:
            if word in _lexicon.DECIMAL_DIGITS:
                current = (current or 0) + Fraction(_lexicon.DECIMAL_DIGITS[word], 10**decimal_place)
                decimal_place += 1
                continue
            decimal_place = 0
        if value is not None:
            current = value if current is None else current + value
            trailing = 1
            adding = after_scale = False
            continue
        if word == _lexicon.HUNDRED:
            current = 100 if current is None else current * 100
            trailing = 100
            adding = after_scale = False
            continue
        scale = _SCALES.get(word)
        if scale is not None:
            approximate = approximate or word.startswith("dozen")
            if after_scale:  # "1 lakh crore", "a thousand million": the larger scale multiplies
                if scale <= last_scale:
                    msg = f"scale words out of order in {key!r}"
                    raise _InvalidCountError(msg, position)
                total += last_group * (scale - 1)
                last_group *= scale
                last_scale *= scale
            else:
                if last_scale and scale >= last_scale:
                    msg = f"scale words out of order in {key!r}"
                    raise _InvalidCountError(msg, position)
                last_group = (1 if current is None else current) * scale
                total += last_group
                last_scale = scale
            current = None
            trailing = scale
            after_scale = True
            adding = False
            continue
        after_scale = False
        fraction = _FRACTIONS.get(word)
        if word == "and":
            adding = True
        elif word == "a":
            following = words[index + 1] if index + 1 < len(words) else ""
            if current is None and following not in _FRACTIONS:  # not "a half", not "quarter of a million"
                current = 1
        elif word == "couple":
            current = 2
        elif word == "point":
            decimal_place = 1
        elif fraction is not None:
            if adding or word in _lexicon.VULGAR_FRACTIONS:  # "two and a half", "2½", "a million and a half"
                if current is not None:
                    current += fraction
                elif last_scale:
                    total += fraction * last_scale
                else:
                    current = fraction
            else:  # "half a million", "a quarter million", "three quarters of a million"
                current = fraction if current is None else current * fraction
            adding = False
        elif word[0].isdecimal():
            following = words[index + 1] if index + 1 < len(words) else ""
            number = _digits_value(word, scaled=following in _SCALES)
            current = number if current is None else current + number
            trailing = 1
            adding = False
        elif word != "of":
            # The grammar lets no other word through, but the scanner's engine may see letters
            # differently on unusual text: never read an unknown word as nothing.
            msg = f"{word!r} is not part of a number"
            raise _InvalidCountError(msg, position)
    return _Number(total + (current or 0), trailing, approximate)


def _restated(phrase: str, position: int) -> _Number:
    """Return the number of "twelve (12)": one number, said twice, which must agree."""
    said, _, restated = phrase[:-1].rpartition("(")
    number = _number(said.rstrip(), position)
    again = _number(restated.strip(), position + len(said) + 1)
    if again.value != number.value:
        msg = f"{said.strip()!r} is restated as a different number, {restated.strip()!r}"
        raise _InvalidCountError(msg, position)
    return number


def _number(phrase: str, position: int) -> _Number:
    """Return the value of one number ``phrase`` matched by the ``N`` rule."""
    if phrase[0].isdecimal() and len(phrase) > _MAX_NUMERAL_CHARS and phrase[-1] != ")":
        # No count needs this many digits, and int() on them is quadratic.
        msg = f"numeral too long to be a count ({len(phrase)} characters)"
        raise _InvalidCountError(msg, position)
    if phrase.isdecimal():
        return _Number(int(phrase), 1, _EXACT_FLAG)
    if "," in phrase and phrase.replace(",", "").isdecimal():  # "2,575", "1,50,000": the grammar checked the groups
        return _Number(int(phrase.replace(",", "")), 1, _EXACT_FLAG)
    small = _SMALL_NUMBERS.get(phrase)
    if small is not None:  # one word, the commonest form after digits
        return _Number(small, 1, _EXACT_FLAG)
    if phrase[-1] == ")":
        return _restated(phrase, position)
    key = _normalize(phrase)
    listed = _LISTED_NUMBERS.get(key)  # "a pair of", and in a strict parse "hundred", "single", "dozen"
    if listed is not None:
        return listed
    numeral = _numeral(key, position) if key[0].isdecimal() else None
    return _compound(key, position) if numeral is None else numeral


def _integral(value: int | Fraction, phrase: str, position: int) -> int:
    """Return ``value`` as an int, or fail if a decimal left a fraction ("2.5") or it is past 64 bits."""
    if not isinstance(value, int):
        if value.denominator != 1:
            msg = f"{phrase!r} is not a whole number"
            raise _InvalidCountError(msg, position)
        value = int(value)
    if value > MAX_COUNT:
        msg = f"{phrase!r} is larger than the largest count, {MAX_COUNT:,}"
        raise _InvalidCountError(msg, position)
    return value


def _single(  # noqa: PLR0911 - one exit per qualifier
    qualifier: Qualifier, n: int, *, approximate: bool, position: int
) -> tuple[int, int | None, int, bool]:
    """Return ``(low, high, best, approximate)`` for a qualifier applied to ``n`` (see DESIGN table)."""
    if qualifier is Qualifier.EXACT:
        return n, n, n, approximate
    if qualifier is Qualifier.AT_LEAST:
        return n, None, n, False
    if qualifier is Qualifier.MORE_THAN:
        return n + 1, None, n + 1, False
    if qualifier is Qualifier.AT_MOST:
        return 0, n, n, False
    if qualifier is Qualifier.FEWER_THAN:
        if n < 1:
            msg = "nothing is fewer than zero"
            raise _InvalidCountError(msg, position)
        return 0, n - 1, n - 1, False
    if qualifier is Qualifier.ABOUT:
        return -(-9 * n // 10), 11 * n // 10, n, True
    # NEARLY: ⌈0.9N⌉..N−1, widened to N−1 for small N where that is empty.
    if n < 2:  # noqa: PLR2004 - "nearly one" leaves no whole number below it
        msg = f"'nearly {n}' leaves no whole number"
        raise _InvalidCountError(msg, position)
    return min(-(-9 * n // 10), n - 1), n - 1, n - 1, True


class _Groups(NamedTuple):
    """The numbers of the grammar's groups in one compiled pattern.

    Reading groups by number from ``match.groups()`` and ``match.regs`` costs
    a fraction of reading them by name, which matters at a few microseconds
    a phrase.
    """

    body: int
    zero: int
    vague: int
    n: int
    pre: int
    hi: int
    post: int
    pre2: int
    between: int
    from_: int
    opening: int  # a post-qualifier that opens a two-sided bound: "20 or more but fewer than 35"


def _groups_of(pattern: re.Pattern[str] | regex.Pattern[str], body: str | None = None) -> _Groups:
    """Return the group numbers of ``pattern``."""
    index = pattern.groupindex
    names = ("zero", "vague", "n", "q", "hi", "post", "q2", "between", "from", "opening")
    return _Groups(index[body] if body else 0, *(index[name] for name in names))


def _two_sided(
    first: tuple[Qualifier, str, int, int], second: tuple[Qualifier, str, int, int], phrase: str, start: int, end: int
) -> Count:
    """Return the range two opposite comparatives bound: "more than 20 but fewer than 35" is [21, 34].

    Each half is ``(qualifier, its words, number, position)``.
    """
    for qualifier, words, _, position in (first, second):
        if qualifier not in _LOWER_BOUNDS and qualifier not in _UPPER_BOUNDS:
            msg = f"{words.strip()!r} does not bound a number from one side"
            raise _InvalidCountError(msg, position)
    if (first[0] in _LOWER_BOUNDS) == (second[0] in _LOWER_BOUNDS):
        msg = f"{first[1].strip()!r} and {second[1].strip()!r} bound the number from the same side"
        raise _InvalidCountError(msg, second[3])
    lower, upper = (first, second) if first[0] in _LOWER_BOUNDS else (second, first)
    low = _single(lower[0], lower[2], approximate=False, position=lower[3])[0]
    high = _single(upper[0], upper[2], approximate=False, position=upper[3])[1]
    if high is None or low > high:
        msg = f"no whole number is {first[1].strip()} {first[2]} and {second[1].strip()} {second[2]}"
        raise _InvalidCountError(msg, second[3])
    return _trusted_count(low, high, low, Qualifier.RANGE, _EXACT_FLAG, phrase, start, end)


def _halves(
    found: tuple[str | None, ...], regs: tuple[tuple[int, int], ...], groups: _Groups
) -> tuple[tuple[Qualifier, str, int, int], tuple[Qualifier, str, int, int]]:
    """Return the two halves of a two-sided bound as ``_two_sided`` takes them."""
    n_text, hi_text, pre, pre2 = (found[k - 1] or "" for k in (groups.n, groups.hi, groups.pre, groups.pre2))
    n_start, hi_start = regs[groups.n][0], regs[groups.hi][0]
    n = _integral(_number(n_text, n_start).value, n_text, n_start)
    m = _integral(_number(hi_text, hi_start).value, hi_text, hi_start)
    if pre:
        first = (_lookup(_PRE_QUALIFIER, pre), pre, n, n_start)
    else:  # "20 or more but fewer than 35"
        opening = found[groups.opening - 1] or ""
        first = (_post_qualifier(opening), opening, n, regs[groups.opening][0])
    return first, (_lookup(_PRE_QUALIFIER, pre2), pre2, m, regs[groups.pre2][0])


def _post_qualifier(words: str) -> Qualifier:
    """Return the qualifier of post-qualifier words as matched: " or more", "-plus", "+"."""
    return _POST_QUALIFIER[_normalize(words).lstrip("-\u2010\u2011\u2013")]


def _range(  # noqa: PLR0913, PLR0917 - the parts of the phrase, positional to keep the call cheap
    pre: str | None, low_text: str, low_start: int, high_text: str, high_start: int, phrase: str, start: int, end: int
) -> Count:
    """Return the count of a range: "between 20 and 30", "20-30", "two or three dozen"."""
    if pre is not None and pre not in _lexicon.APPROX_QUALIFIERS:
        msg = f"a range cannot take {pre!r}"
        raise _InvalidCountError(msg, start)
    lo = _number(low_text, low_start)
    hi = _number(high_text, high_start)
    lo_value = lo.value
    # "two or three dozen", "20 to 30 thousand": the scale covers both ends.
    if lo.multiplier == 1 and hi.multiplier > 1 and lo.value * hi.multiplier <= hi.value:
        lo_value = lo.value * hi.multiplier
    low = _integral(lo_value, low_text, low_start)
    high = _integral(hi.value, high_text, high_start)
    if low > high:
        msg = f"range runs backwards: {low} > {high}"
        raise _InvalidCountError(msg, high_start)
    approximate = pre is not None or lo.approximate or hi.approximate
    return _trusted_count(low, high, low, Qualifier.RANGE, approximate, phrase, start, end)


def _interpret(
    match: re.Match[str] | regex.Match[str], text: str, groups: _Groups, *, partial: bool = False
) -> Count:
    """Turn a grammar match (its group ``groups.body`` holding the phrase) into a :class:`Count`.

    With ``partial``, a two-sided bound whose second half does not fit gives
    the count of its first half ("at least 12, more than 20 of them …").
    """
    found = match.groups()  # found[k - 1] is group k
    regs = match.regs
    start, end = regs[groups.body]
    phrase = text[start:end]
    zero = found[groups.zero - 1]
    if zero is not None:
        qualifier = Qualifier(_lookup(_lexicon.ZERO_PHRASES, zero))
        return _trusted_count(0, 0, 0, qualifier, _EXACT_FLAG, phrase, start, end)
    vague = found[groups.vague - 1]
    if vague is not None:
        low, high = _lookup(_lexicon.VAGUE, vague)
        return _trusted_count(low, high, low, Qualifier.VAGUE, _EXACT_FLAG, phrase, start, end)
    n_text = found[groups.n - 1]
    n_start, n_end = regs[groups.n]
    pre = found[groups.pre - 1]
    hi_text = found[groups.hi - 1]
    if hi_text is not None:
        hi_start = regs[groups.hi][0]
        pre2 = found[groups.pre2 - 1]
        if pre2 is None:
            return _range(pre, n_text, n_start, hi_text, hi_start, phrase, start, end)
        try:
            return _two_sided(*_halves(found, regs, groups), phrase, start, end)
        except _InvalidCountError:
            if not partial:
                raise
        # Read the first half alone, with the post-qualifier that opened it: "20 or so".
        post = found[groups.opening - 1]
        end = n_end if post is None else regs[groups.opening][1]
        phrase = text[start:end]
    else:
        post = found[groups.post - 1]
    number = _number(n_text, n_start)
    n = _integral(number.value, n_text, n_start)
    if pre is not None:
        if post is not None:
            msg = "a number takes one qualifier, before or after it"
            raise _InvalidCountError(msg, n_end)
        qualifier = _lookup(_PRE_QUALIFIER, pre)
    elif post is not None:
        qualifier = _post_qualifier(post)
    else:
        return _trusted_count(n, n, n, Qualifier.EXACT, number.approximate, phrase, start, end)
    low, high, best, approximate = _single(qualifier, n, approximate=number.approximate, position=n_start)
    return _trusted_count(low, high, best, qualifier, approximate, phrase, start, end)


def _syntax_error(text: str, folded: str) -> CountParseError:
    """Build the error for a string the grammar does not accept, pointing at the first bad character."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text):
        return CountParseError("empty number phrase", text, len(text))
    prefix = _prefix_re().match(folded)
    # A bad grouping inside the phrase read so far is no error ("1,50,000" is Indian grouping).
    if (bad := _BAD_GROUP_RE.search(folded, prefix.end() - 1 if prefix is not None else lead)) is not None:
        return CountParseError("malformed thousands separator", text, bad.start() + 1)
    if prefix is not None:
        at = prefix.end()
        at += len(text[at:]) - len(text[at:].lstrip())
        word = text[at:].split(maxsplit=1)[0] if text[at:].strip() else text[at : at + 1]
        return CountParseError(f"unexpected {word[:20]!r} after number phrase", text, at)
    qualifier = _PRE_Q_RE.match(folded)
    if qualifier is not None and qualifier.end() > lead:
        at = qualifier.end()
        return CountParseError(f"expected a number after {text[lead:at].strip()!r}", text, at)
    return CountParseError("expected a number phrase", text, lead)


def parse_count(text: str) -> Count:
    """Parse one number phrase into a :class:`Count`.

    The whole string, apart from surrounding whitespace, must be one phrase:
    a number in digits or words ("2,575", "12 500", "1,50,000", "1.5 million",
    "twenty-seven", "4 thousand 3 hundred", "half a million"), possibly
    restated in parentheses ("twelve (12)"), optionally qualified ("at least
    274", "no fewer than 42", "30 or more", "nearly two dozen"), a range
    ("between 20 and 30", "20–30", "two or three"), a bound from both sides
    ("more than 20 but fewer than 35"), a vague quantity ("dozens", "several
    hundred") or a zero ("no one"). Intervals follow the table in the design
    notes. "no", "any", "single" and a bare "hundred" parse here because the
    caller has already decided the phrase is a count; the scanner
    :func:`find_counts` reports "any" only after a denial, and the others only
    after a qualifier.

    Args:
        text: The phrase.

    Returns:
        The count, with ``text`` the phrase and ``span`` its offsets in ``text``.

    Raises:
        CountParseError: If ``text`` is not exactly one number phrase; its
            ``position`` points at the first character that does not fit.

    >>> parse_count("more than 400")
    Count(low=401, high=None, best=401, qualifier=<Qualifier.MORE_THAN: 'more_than'>, approximate=False, text='more than 400', span=Span(start=0, end=13))
    >>> c = parse_count("about 50")
    >>> (c.low, c.best, c.high, c.approximate)
    (45, 50, 55, True)
    >>> parse_count(" between 20 and 30 ").estimate(PointPolicy.UCDP)
    Estimate(low=20, best=25, high=30)
    >>> parse_count("dozens").estimate(PointPolicy.ACLED)
    Estimate(low=12, best=12, high=99)
    >>> parse_count("three hundred forty-two").best
    342
    >>> c = parse_count("no fewer than twelve (12)")
    >>> (c.low, c.high, c.qualifier.value)
    (12, None, 'at_least')
    >>> parse_count("at least 27 soldiers")
    Traceback (most recent call last):
    ...
    conflictclaims.exceptions.CountParseError: unexpected 'soldiers' after number phrase
        at least 27 soldiers
                    ^
    """  # noqa: E501 - a doctest shows the repr on one line
    if not isinstance(text, str):
        msg = f"parse_count() takes a str, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    folded = lower_keeping_offsets(text)
    start, end = 0, len(folded)
    if end and (folded[0].isspace() or folded[-1].isspace()):  # most phrases come stripped
        end = len(folded.rstrip())
        start = len(folded) - len(folded.lstrip()) if end else 0
    if end - start <= _LONGEST_BARE_ZERO and folded[start:end] in _lexicon.STRICT_ONLY_ZERO:
        # "no", "any": zero, as the caller says this is a count.
        return _trusted_count(0, 0, 0, Qualifier.NONE, _EXACT_FLAG, text[start:end], start, end)
    match = _plain_find_re().fullmatch(folded, start, end) if end else None
    if match is None:
        raise _syntax_error(text, folded)
    try:
        return _interpret(match, text, _find_groups())
    except _InvalidCountError as error:
        raise CountParseError(error.message, text, error.position) from None


def _is_year(number: str) -> bool:
    """Whether a bare numeral reads as a calendar year ("2021")."""
    return len(number) == 4 and number.isdecimal() and 1800 <= int(number) <= 2100  # noqa: PLR2004 - year range


def _small_value(number: str) -> int | None:
    """The value of one number word or a few plain digits, else None."""
    if number.isdecimal():
        return int(number) if len(number) <= 3 else None  # noqa: PLR2004 - three digits
    return _SMALL_NUMBERS.get(number)


def _is_ratio(folded: str, n: str, start: int, end: int) -> bool:
    """Whether the number is one side of a ratio: "one in five", "1 in every 4" (not "12 in one attack")."""
    if not (folded.startswith(" in ", end) or folded.endswith((" in ", " every "), 0, start)):
        return False
    value = _small_value(n)
    if value is None:
        return False
    if folded.startswith(" in ", end) and value <= _RATIO_MAX:
        after = _RATIO_AFTER_RE.match(folded, end)
        if after is not None and _NOT_AFTER_RE.match(folded, after.end()) is None:
            other = _small_value(after.group().split()[-1])
            if other is not None and other > value:
                return True
    if folded.endswith(" in ", 0, start) or folded.endswith(" every ", 0, start):
        before = _RATIO_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start)
        if before is not None:
            first = _small_value(before.group().split()[0])
            return first is not None and first <= _RATIO_MAX and first < value
    return False


def _is_score(folded: str, match: re.Match[str] | regex.Match[str], groups: _Groups) -> bool:
    """Whether a dash between two small numbers is a score or a vote: "won 3-1", "a 2-0 victory"."""
    n, hi = match.group(groups.n), match.group(groups.hi)
    if not (n.isdecimal() and hi.isdecimal() and int(n) <= _SMALL_SCORE and int(hi) <= _SMALL_SCORE):
        return False
    if not any(char in _SCORE_DASHES for char in folded[match.end(groups.n) : match.start(groups.hi)]):
        return False
    start, end = match.span()
    if _SCORE_AFTER_RE.match(folded, end) is not None:
        return True
    return _SCORE_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start) is not None and (
        _AFTER_SCORE_RE.match(folded, end) is not None
    )


def _is_age(text: str, n: str, start: int, end: int) -> bool:
    """Whether a bare number after a name is an age: "Ahmed Khan, 30, a teacher", "Ahmed Khan (30)"."""
    closing = text[end : end + 1]
    if closing not in {",", ")"} or not n.isdecimal() or len(n) > 3 or int(n) > _AGE_LIMIT:  # noqa: PLR2004
        return False
    before = _AGE_COMMA_BEFORE_RE if closing == "," else _AGE_PAREN_BEFORE_RE
    return before.search(text, max(0, start - _CONTEXT), start) is not None


def _beside_other_digits(folded: str, start: int, end: int) -> bool:
    """Whether a run of three or more digits (not a year) sits one space away: a telephone or reference number."""
    runs: list[str] = []
    if folded[end : end + 1] in _NUM_SPACES and folded[end + 1 : end + 2].isdecimal():
        after = _DIGITS_AFTER_RE.match(folded, end)
        runs.extend(after.groups() if after is not None else ())
    if folded[start - 1 : start] in _NUM_SPACES and folded[start - 2 : start - 1].isdecimal():
        before = _DIGITS_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start)
        runs.extend(before.groups() if before is not None else ())
    return any(len(run) >= 3 and not _is_year(run) for run in runs)  # noqa: PLR2004 - three digits


def _in_metres(folded: str, start: int, end: int) -> bool:
    """Whether "<digits>m" is metres: "100m from the checkpoint", "a 10m wall" (an article never counts millions)."""
    return (
        _ARTICLE_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start) is not None
        or _METRES_AFTER_RE.match(folded, end) is not None
    )


def _next_is_upper(text: str, end: int) -> bool:
    """Whether the first letter after ``end``, past spaces, is a capital (a month may follow)."""
    after = text[end : end + 12].lstrip()
    return bool(after) and after[0].isupper()


def _rejected(  # noqa: C901, PLR0911, PLR0912 - one exit per kind of non-count
    text: str, folded: str, match: re.Match[str] | regex.Match[str], groups: _Groups
) -> bool:
    """Whether the context makes a matched phrase something other than a count.

    Cheap string tests guard the pattern calls: this runs on every phrase found.
    """
    start, end = match.span()
    if _NOT_AFTER_RE.match(folded, end) is not None:
        return True
    if _next_is_upper(text, end) and _MONTH_AFTER_RE.match(text, end) is not None:
        return True
    window = max(0, start - _CONTEXT)
    if _NOT_BEFORE_RE.search(text, window, start) is not None:
        return True
    found = match.groups()
    n = found[groups.n - 1]
    if n is None:
        if found[groups.vague - 1] == "many":
            previous = _PREV_WORD_RE.search(folded, window, start)
            return previous is not None and previous.group(1) in {"how", "as"}
        return False
    q, hi = found[groups.pre - 1], found[groups.hi - 1]
    if q is None and n in _lexicon.STRICT_ONLY_NUMBERS:
        # "the Hundred Years' War"; "over hundred people" and "between hundred and …" stay.
        return found[groups.between - 1] is None and found[groups.from_ - 1] is None
    if (n[0] == "0" and n[1:2].isdecimal()) or (hi is not None and hi[0] == "0" and hi[1:2].isdecimal()):
        return True  # "0800", "0300 1234567": times, telephone and reference numbers
    if n[0].isdecimal():
        if _beside_other_digits(folded, start, end):
            return True
        if n[-1] == "m" and _METRES_RE.fullmatch(n) is not None and _in_metres(folded, start, end):
            return True  # "a 10m wall", "100m from the checkpoint": metres, not millions
    elif folded.startswith(" and ", end) and _ORDINAL_AFTER_RE.match(folded, end) is not None:
        return True  # "one hundred and first"
    post = found[groups.post - 1]
    if hi is not None:
        if found[groups.pre2 - 1] is None and _is_score(folded, match, groups):
            return True
    elif q is None and post is None and (_is_ratio(folded, n, start, end) or _is_age(text, n, start, end)):
        return True
    if (q is None or q in _lexicon.YEAR_QUALIFIERS) and post is None:
        # "in 2021", "between 2021 and 2023", "circa 1990"; "1 to 1800" stays a count.
        if _is_year(n) and (hi is None or _is_year(hi)):
            previous = _PREV_WORD_RE.search(folded, window, start)
            if previous is not None and previous.group(1) in _lexicon.BEFORE_YEAR:
                return True
            following = _NEXT_WORD_RE.match(folded, end)
            return following is None or following.group(1) not in _lexicon.COUNTED_AFTER_YEAR_LIKE
        if n == "one" and q is None and hi is None:
            previous = _PREV_WORD_RE.search(folded, window, start)
            if previous is not None and _makes_one_a_pronoun(previous.group(1)):
                return True
            return _ONE_NOT_COUNT_RE.match(folded, end) is not None
    return False


def _makes_one_a_pronoun(word: str) -> bool:
    """Whether ``word`` before "one" makes it a pronoun: a determiner ("the one"), an ordinal ("the 3rd one")."""
    return (
        word in _lexicon.DETERMINERS_BEFORE_ONE
        or word in _lexicon.ORDINAL_WORDS
        or (word[:1].isdecimal() and word[-2:] in {"st", "nd", "rd", "th"})
    )


def _end_of_rejected(match: re.Match[str] | regex.Match[str], groups: _Groups) -> int:
    """Where scanning resumes after a phrase ruled out.

    Past the whole phrase, except after digits grouped by one space: "On May 5
    200 people" is ruled out as "May 5 200", and "200" is read again. Only
    one group is given back, so a long run of groups is never read again from
    each of them.
    """
    n = match.group(groups.n)
    if n is not None and n[:1].isdecimal():
        first = _FIRST_GROUP_RE.match(n)
        if first is not None:
            return match.start(groups.n) + first.end(1)
    return match.end()


def _may_follow_lead(folded: str, start: int, at: int) -> bool:
    """Whether the text before offset ``at`` may end in a qualifier or range word ("at least ", "between ", ">").

    A cheaper test than the backwards match it guards, which most numbers
    ("killed 12 …") do not need.
    """
    before = folded[max(start, at - _LEAD_WORD_CHARS) : at]
    if not before:
        return False
    last = before[-1]
    if not last.isspace():
        return not last.isalnum()  # ">20", "~20", "approx.20"
    words = before.split()
    return bool(words) and words[-1] in _LEAD_WORDS


def _read(  # noqa: PLR0913, PLR0917 - the scanner's state, positional to keep the call cheap
    match: re.Match[str] | regex.Match[str],
    at: int,
    body: re.Pattern[str] | regex.Pattern[str],
    text: str,
    folded: str,
    groups: _Groups,
) -> Count | None:
    """Return the count a scanner match gives, reading on from the number at ``at`` if its qualifier does not fit."""
    try:
        return _interpret(match, text, groups, partial=True)
    except _InvalidCountError:
        # "up to 20-30": a qualifier that does not fit; read on from the number.
        retry = body.match(folded, at) if match.start() < at else None
        if retry is None or _rejected(text, folded, retry, groups):
            return None
        try:
            return _interpret(retry, text, groups, partial=True)
        except _InvalidCountError:
            return None


def _scan(text: str, folded: str, anchors: Iterable[int], *, plain: bool) -> tuple[Count, ...]:
    """Read the count phrase at each anchor (an offset in increasing order) of ``text``.

    ``folded`` is ``lower_keeping_offsets(text)``; anchors are where the
    number of a phrase may start (a digit or a number word), and the
    qualifier or range word before it is found from there. ``plain`` is
    ``_patterns.is_plain(text)``: whether the faster ``re`` engine reads it
    as ``regex`` would.
    """
    body = _plain_find_re() if plain else _find_re()
    lead_re, groups = _lead_re(), _find_groups()
    found: list[Count] = []
    done = 0  # end of the last phrase taken or ruled out: phrases never overlap
    taken = 0  # end of the last phrase taken: a qualifier may lie inside a phrase ruled out ("as many as 70")
    for at in anchors:
        if at < done:
            continue
        if folded.startswith("any", at):
            if _DENIED_ANY_RE.search(folded, max(0, at - _CONTEXT), at) is not None:
                found.append(_trusted_count(0, 0, 0, Qualifier.NONE, _EXACT_FLAG, text[at : at + 3], at, at + 3))
                done = taken = at + 3
            continue
        lead = lead_re.match(folded, max(taken, at - _CONTEXT), at) if _may_follow_lead(folded, taken, at) else None
        match = body.match(folded, lead.start()) if lead is not None else None
        if match is None:
            match = body.match(folded, at)
            if match is None:
                continue
        if _rejected(text, folded, match, groups):
            done = _end_of_rejected(match, groups)
            continue
        done = match.end()
        count = _read(match, at, body, text, folded, groups)
        if count is not None:
            found.append(count)
            done = taken = count.span.end if count.span is not None else done
    return tuple(found)


def find_counts(text: str) -> tuple[Count, ...]:
    """Find every number phrase in free text.

    Lenient: never raises on a ``str``. Each count keeps its qualifier
    ("killed at least 274 ..." gives "at least 274"), and counts come back in
    order of position, without overlaps, with ``text[c.span.start:c.span.end]
    == c.text``. A number restated in parentheses is one count ("twelve (12)
    soldiers"). Numbers that are not counts of people or things are left
    out: years, ordinals, clock times, durations, ages, distances and other
    measures, money, percentages, fractions, ratios, scores, dates,
    telephone numbers and designations ("F-16", "Resolution 2231").

    Args:
        text: Any text.

    Returns:
        The counts found, in order.

    >>> [c.text for c in find_counts("In 2021, 12 soldiers were killed and more than 400 wounded over 24 hours.")]
    ['12', 'more than 400']
    >>> [(c.text, c.low, c.high) for c in find_counts("Nearly half of its 22 million people; killed dozens")]
    [('22 million', 22000000, 22000000), ('dozens', 12, 99)]
    >>> [(c.text, c.low, c.high) for c in find_counts("killing no fewer than twelve (12) soldiers")]
    [('no fewer than twelve (12)', 12, None)]
    """
    if not isinstance(text, str):
        msg = f"find_counts() takes a str, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    folded = lower_keeping_offsets(text)
    plain = is_plain(text)
    anchors = _plain_anchor_re() if plain else _anchor_re()
    return _scan(text, folded, (anchor.start() for anchor in anchors.finditer(folded)), plain=plain)


_VAGUE_PHRASE_FOR: dict[tuple[int, int | None], str] = {}
for _phrase, _interval in _lexicon.VAGUE.items():
    # The shortest phrase for each interval is the canonical one ("dozens").
    if _interval not in _VAGUE_PHRASE_FOR or len(_phrase) < len(_VAGUE_PHRASE_FOR[_interval]):
        _VAGUE_PHRASE_FOR[_interval] = _phrase


def render_count(count: Count) -> str:  # noqa: C901, PLR0911 - one exit per qualifier
    """Return a canonical English phrase for a count's interval and qualifier.

    Numbers are written in digits. For every count :func:`parse_count` can
    return, parsing the rendered phrase gives the same ``low``, ``high``,
    ``best``, ``qualifier`` and ``approximate``. Counts built by hand whose
    interval no phrase yields are rendered by their bounds.

    Args:
        count: The count to describe.

    Returns:
        A phrase such as ``"at least 274"`` or ``"20 to 30"``.

    >>> render_count(parse_count("no fewer than forty"))
    'at least 40'
    >>> render_count(parse_count("nearly two dozen"))
    'nearly 24'
    >>> render_count(parse_count("a dozen"))
    '1 dozen'
    """
    low, high, best, qualifier = count.low, count.high, count.best, count.qualifier
    if qualifier is Qualifier.NONE and high == 0:
        return "none"
    if qualifier is Qualifier.VAGUE and (low, high) in _VAGUE_PHRASE_FOR:
        return _VAGUE_PHRASE_FOR[low, high]
    if high is None:
        if qualifier is Qualifier.MORE_THAN and low > 0:
            return f"more than {low - 1}"
        return f"at least {low}"
    if qualifier is Qualifier.AT_MOST and low == 0:
        return f"at most {high}"
    if qualifier is Qualifier.FEWER_THAN and low == 0:
        return f"fewer than {high + 1}"
    if qualifier is Qualifier.ABOUT:
        return f"about {best}"
    if qualifier is Qualifier.NEARLY:
        return f"nearly {high + 1}"
    if low == high and qualifier is not Qualifier.RANGE:
        # Approximate exact counts come from dozens: "a dozen", "half a dozen", "a dozen and a half".
        if count.approximate and low % _lexicon.DOZEN == 0 and low > 0:
            return f"{low // _lexicon.DOZEN} dozen"
        if count.approximate and low * 2 == _lexicon.DOZEN:
            return "half a dozen"
        if count.approximate and (low * 100) % _lexicon.DOZEN == 0:
            return f"{low * 100 // _lexicon.DOZEN / 100:g} dozen"  # "1.5 dozen", "0.25 dozen"
        return str(low)
    prefix = "about " if count.approximate else ""
    return f"{prefix}{low} to {high}"
