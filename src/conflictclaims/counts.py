"""Number phrases as integer intervals: the ``Count`` model and its parser.

A :class:`Count` is the set of integers consistent with a phrase such as
"at least 274" (``[274, ∞)``) or "dozens" (``[12, 99]``), with a conservative
point estimate ``best`` and the phrase text and span it came from.
"""

from __future__ import annotations

import contextlib
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
from conflictclaims._patterns import is_plain, lower_keeping_offsets
from conflictclaims.exceptions import CountParseError
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Mapping

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
    ``ACLED`` follows ACLED's coding of vague reports: "several"/"many" count
    as 10, "tens"/"dozens"/"hundreds"/"thousands" as 10/12/100/1000.
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


# ACLED codes "several", "many" and "a number of" as 10 fatalities.
_ACLED_TEN_FOR = frozenset({(3, 9), (2, None)})


@frozen(kw_only=True)
class Count:
    """The integers a number phrase allows: ``low <= value <= high``.

    ``high is None`` means no upper bound. ``best`` is the conservative point
    estimate and always lies inside the interval.
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
        under ``ACLED`` it may lie outside the interval ("several" -> 10).
        """
        if policy is PointPolicy.ACLED:
            if self.qualifier is Qualifier.VAGUE and (self.low, self.high) in _ACLED_TEN_FOR:
                return 10
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
#   count   := zero | vague | range | single
#   range   := [approx-qualifier] ( ["anywhere"] "between" N "and" N
#                                 | ["anywhere"] "from" N "to" N
#                                 | N ("-" | "–" | "to" | "or") N )
#   single  := [qualifier] N [post-qualifier]
#   (range and single share one rule, _AMOUNT, so N is read once.)
#   N       := exact-phrase | (words | digits | "a") "dozen" | words | numeral
#   numeral := digits ["." digits] [scale-word | scale-suffix]
#   words   := English number names up to the trillions ("three hundred forty-two")
# ---------------------------------------------------------------------------


_UNIT_W = _alternation(_lexicon.UNITS)
_TEEN_W = _alternation(_lexicon.TEENS)
_TENS_W = _alternation(_lexicon.TENS)
_SMALL_W = rf"(?>{_TENS_W}(?:(?:-|\s++){_UNIT_W})?+|{_TEEN_W}|{_UNIT_W})"
_HUNDRED_W = rf"(?:{_SMALL_W}|a)\s++{_lexicon.HUNDRED}(?!\w)(?:(?:\s++and)?+\s++{_SMALL_W})?+"
_BELOW_1000_W = rf"(?>{_HUNDRED_W}|{_SMALL_W})"
_SCALE_W = _alternation(_lexicon.SCALE_WORDS)
_WORDS = (
    rf"(?>(?:{_BELOW_1000_W}|a)\s++{_SCALE_W}"
    rf"(?:,?+\s++(?:and\s++)?+{_BELOW_1000_W}\s++{_SCALE_W})*+"
    rf"(?:\s++(?:and\s++)?+{_BELOW_1000_W})?+"
    rf"|{_BELOW_1000_W})"
)
# A malformed grouping such as "1,00" must not be read as "1".
_DIGITS = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?!,\d)"
_SUFFIX = _alternation(_lexicon.SCALE_SUFFIXES)
_NUMERAL = rf"(?>{_DIGITS}(?:\.\d++)?+(?:\s*+{_SCALE_W}|{_SUFFIX})?+)"
_EXACT_P = _alternation(_lexicon.EXACT_PHRASES)
_DOZEN = r"\s++dozen(?!\w)"
# Digits first: they are the commonest form, and fail fast on a letter.
_NUMBER = rf"(?>{_DIGITS}{_DOZEN}|{_NUMERAL}|{_EXACT_P}|{_WORDS}(?:{_DOZEN})?+|a{_DOZEN})"

_PRE_Q = _alternation(_lexicon.PRE_QUALIFIERS)
_APPROX_Q = _alternation(_lexicon.APPROX_QUALIFIERS)
_POST_Q = (
    r"(?:\s++" + _alternation(k for k in _lexicon.POST_QUALIFIERS if " " in k) + r"|(?:\s++|-)plus(?!\w)|-odd(?!\w)|\+)"
)
_ZERO = _alternation(_lexicon.ZERO_PHRASES)
_VAGUE = _alternation(_lexicon.VAGUE)

# One rule for single numbers and ranges, so the first number is read once:
# "between" pairs with "and", "from" with "to" (and then need a second
# number); bare ends take a dash, "to" or "or" ("20–30", "two or three").
_CONNECTOR = r"(?(between)\s++and\s++|(?(from)\s++to\s++|(?:\s*+[-–]\s*+|\s++(?:to|or)\s++)))"
_AMOUNT = (
    rf"(?:(?P<q>{_PRE_Q})\s++)?+"
    r"(?:(?:anywhere\s++)?+(?:(?P<between>between)|(?P<from>from))\s++)?+"
    rf"(?P<n>{_NUMBER})"
    rf"(?:{_CONNECTOR}(?P<hi>{_NUMBER})|(?P<post>{_POST_Q}))?+"
    r"(?(between)(?(hi)|(?!))|(?(from)(?(hi)|(?!))|))"
)
# Not inside a word, a number, a designation ("F-16"), a fraction, a time
# or a sum ("$5"); not followed by a unit glued on ("24-hour", "50%").
_START = r"(?<![\w.,]|[-–/:$€£¥₹#@+])"
# "[^\W\d_]" is a letter in both engines (``re`` has no "\p{L}").
_END = r"(?![\w%+]|[-–/:.,]\d|[-–][^\W\d_])"
_DENIED_ANY = r"(?<=\b(?:den(?:y|ies|ied|ying)|rejected\s++claims)\s++that\s++)(?P<denial>any)(?!\w)"

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
    words = set(_lexicon.SMALL_NUMBERS)
    phrases = set()
    for phrase in (*_lexicon.VAGUE, *_lexicon.ZERO_PHRASES, *_lexicon.EXACT_PHRASES):
        first, *rest = phrase.split(" ")
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
    keyword = r"(?:anywhere\s++)?+(?:between|from)"
    approx = _alternation(_lexicon.APPROX_QUALIFIERS, word_end=False)
    qualifier = _alternation(_lexicon.PRE_QUALIFIERS, word_end=False)
    return regex.compile(rf"(?r)(?<!\w)(?:(?:{approx}\s++)?+{keyword}|{qualifier})\s++", _FLAGS)


@functools.cache
def _find_re() -> regex.Pattern[str]:
    return regex.compile(rf"{_START}(?:{_BODY}|{_DENIED_ANY}){_END}", _FLAGS)


# The anchored grammar needs no feature beyond the standard library's engine
# (atomic groups and possessive quantifiers since Python 3.11), which runs it
# several times faster than ``regex`` on short phrases.
@functools.cache
def _strict_re() -> re.Pattern[str]:
    return re.compile(rf"\s*+(?P<c>{_STRICT_BODY}{_END})\s*+")


@functools.cache
def _strict_groups() -> _Groups:
    return _groups_of(_strict_re(), "c")


@functools.cache
def _find_groups() -> _Groups:
    return _groups_of(_find_re())


@functools.cache
def _prefix_re() -> re.Pattern[str]:
    """Match the longest phrase-like prefix, ignoring what follows: for error positions."""
    return re.compile(rf"\s*+(?P<c>{_STRICT_BODY})")


_PRE_Q_RE = regex.compile(rf"\s*+(?:{_PRE_Q}|{_APPROX_Q})\s*+", _FLAGS)
_BAD_GROUP_RE = regex.compile(r"\d,(?!\d{3}(?!\d))")

# Context that makes a number something other than a count (see _lexicon).
# Months are matched on the original text, in title or upper case only.
_NOT_AFTER_RE = regex.compile(rf"\s*+(?:-\s*+)?+(?:{_alternation(_lexicon.NOT_COUNT_AFTER)}|%)", _FLAGS)
# Context before a number is matched backwards from it ("(?r)"), so a search
# over the window tries one end position instead of every start in it.
_NOT_BEFORE_RE = regex.compile(
    rf"(?r)(?:(?<![\w.]){_alternation(_lexicon.NOT_COUNT_BEFORE, word_end=False)}|[$€£¥₹])\s*+\Z", _FLAGS
)
_MONTHS_CASED = [m for month in _lexicon.MONTHS for m in (month, month.upper())]
_MONTH_AFTER_RE = regex.compile(rf"\s*+{_alternation(_MONTHS_CASED)}")
_MONTH_BEFORE_RE = regex.compile(rf"(?r)(?<!\w){_alternation(_MONTHS_CASED, word_end=False)}\.?+,?+\s*+\Z")
_AFTER_THAT_RE = regex.compile(r"(?r)(?<!\w)that\s++\Z")
_PREV_WORD_RE = regex.compile(r"(?r)(\w+)\W*+\Z")
_NEXT_WORD_RE = regex.compile(r"[ \t]++(\w+)")
_ONE_NOT_COUNT_RE = regex.compile(
    r"\s++(?:another|by\s++one|of\s++(?:the|its|their|his|her|our|your)\s++(?:most|least|very|\w+est)(?!\w))"
)
_YEAR_RE = regex.compile(r"\d{4}")
_CONTEXT = 40
_MAX_NUMERAL_CHARS = 32


_PRE_QUALIFIER = {k: Qualifier(v) for k, v in _lexicon.PRE_QUALIFIERS.items()}
_POST_QUALIFIER = {k: Qualifier(v) for k, v in _lexicon.POST_QUALIFIERS.items()}
_SCALES: dict[str, int] = {**_lexicon.SCALE_WORDS, **_lexicon.SCALE_SUFFIXES}
_SMALL_NUMBERS = dict(_lexicon.SMALL_NUMBERS)
_SCALE_LETTERS = "".join(sorted(set("".join(_SCALES))))


class _InvalidCountError(Exception):
    """A phrase that fits the grammar but has no meaning as a count."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class _Number(NamedTuple):
    """A parsed number: its value, its trailing multiplier and whether it is approximate."""

    value: int | Fraction  # a Fraction only for decimals such as "1.5" in "1.5 to 2 million"
    multiplier: int
    approximate: bool


def _normalize(phrase: str) -> str:
    """Fold the whitespace of an already lower-cased ``phrase``, so lexicon keys match."""
    return " ".join(phrase.split())


def _lookup(table: Mapping[str, _T], phrase: str) -> _T:
    """Look a lower-cased phrase up, folding whitespace only when needed."""
    found = table.get(phrase)
    return table[_normalize(phrase)] if found is None else found


def _words_value(words: str, position: int) -> tuple[int, int]:
    """Return the value of English number names and their trailing scale."""
    total = 0
    current = 0
    last_scale = 0
    trailing = 1
    for token in words.replace("-", " ").replace("–", " ").split():
        word = token.strip(",")
        if word in {"and", ""}:
            continue
        trailing = 1
        if word == "a":
            current = 1
        elif word in _lexicon.SMALL_NUMBERS:
            current += _lexicon.SMALL_NUMBERS[word]
        elif word == _lexicon.HUNDRED:
            current = (current or 1) * 100
            trailing = 100
        else:
            scale = _lexicon.SCALE_WORDS[word]
            if last_scale and scale >= last_scale:
                msg = f"scale words out of order in {words!r}"
                raise _InvalidCountError(msg, position)
            total += (current or 1) * scale
            current = 0
            last_scale = trailing = scale
    return total + current, trailing


def _number(phrase: str, position: int) -> _Number:
    """Return the value of one number ``phrase`` matched by the ``N`` rule."""
    if phrase[0].isdecimal() and len(phrase) > _MAX_NUMERAL_CHARS:
        # No count needs this many digits, and int() on them is quadratic.
        msg = f"numeral too long to be a count ({len(phrase)} characters)"
        raise _InvalidCountError(msg, position)
    if phrase.isdecimal():
        return _Number(int(phrase), 1, _EXACT_FLAG)
    small = _SMALL_NUMBERS.get(phrase)
    if small is not None:  # one word, the commonest form after digits
        return _Number(small, 1, _EXACT_FLAG)
    key = _normalize(phrase)
    exact = _lexicon.EXACT_PHRASES.get(key)
    if exact is not None:
        return _Number(exact[0], 1, exact[1])
    if key.endswith("dozen"):
        base = key[: -len("dozen")].strip()
        count = 1 if base == "a" else _number(base, position).value
        return _Number(count * _lexicon.DOZEN, _lexicon.DOZEN, _APPROXIMATE_FLAG)
    if key[0].isdecimal():
        # The grammar let through digits, commas, one decimal point and a scale
        # word or suffix: plain string work splits them faster than a pattern.
        numeral = key.rstrip(_SCALE_LETTERS)
        scale_word = key[len(numeral) :]
        scale = _SCALES[scale_word] if scale_word else 1
        digits, _, decimals = numeral.rstrip().partition(".")
        value: int | Fraction = int(digits.replace(",", ""))
        if decimals:
            value += Fraction(int(decimals), 10 ** len(decimals))
        return _Number(value * scale, scale, _EXACT_FLAG)
    value, trailing = _words_value(key, position)
    return _Number(value, trailing, _EXACT_FLAG)


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
    denial: int
    vague: int
    n: int
    pre: int
    hi: int
    post: int


def _groups_of(pattern: re.Pattern[str] | regex.Pattern[str], body: str | None = None) -> _Groups:
    index = pattern.groupindex
    names = ("zero", "denial", "vague", "n", "q", "hi", "post")
    return _Groups(index[body] if body else 0, *(index[name] for name in names))


def _interpret(match: re.Match[str] | regex.Match[str], text: str, groups: _Groups) -> Count:  # noqa: C901 - one branch per grammar rule
    """Turn a grammar match (its group ``groups.body`` holding the phrase) into a :class:`Count`."""
    found = match.groups()  # found[k - 1] is group k
    regs = match.regs
    start, end = regs[groups.body]
    phrase = text[start:end]
    zero = found[groups.zero - 1]
    if zero is not None:
        qualifier = Qualifier(_lookup(_lexicon.ZERO_PHRASES, zero))
        return _trusted_count(0, 0, 0, qualifier, _EXACT_FLAG, phrase, start, end)
    if found[groups.denial - 1] is not None:
        return _trusted_count(0, 0, 0, Qualifier.NONE, _EXACT_FLAG, phrase, start, end)
    vague = found[groups.vague - 1]
    if vague is not None:
        low, high = _lookup(_lexicon.VAGUE, vague)
        return _trusted_count(low, high, low, Qualifier.VAGUE, _EXACT_FLAG, phrase, start, end)
    n_text = found[groups.n - 1]
    n_start = regs[groups.n][0]
    pre = found[groups.pre - 1]
    hi_text = found[groups.hi - 1]
    if hi_text is not None:
        if pre is not None and pre not in _lexicon.APPROX_QUALIFIERS:
            msg = f"a range cannot take {pre!r}"
            raise _InvalidCountError(msg, start)
        hi_start = regs[groups.hi][0]
        lo = _number(n_text, n_start)
        hi = _number(hi_text, hi_start)
        lo_value = lo.value
        # "two or three dozen", "20 to 30 thousand": the scale covers both ends.
        if lo.multiplier == 1 and hi.multiplier > 1 and lo.value * hi.multiplier <= hi.value:
            lo_value = lo.value * hi.multiplier
        low = _integral(lo_value, n_text, n_start)
        high = _integral(hi.value, hi_text, hi_start)
        if low > high:
            msg = f"range runs backwards: {low} > {high}"
            raise _InvalidCountError(msg, hi_start)
        approximate = pre is not None or lo.approximate or hi.approximate
        return _trusted_count(low, high, low, Qualifier.RANGE, approximate, phrase, start, end)
    number = _number(n_text, n_start)
    n = _integral(number.value, n_text, n_start)
    post = found[groups.post - 1]
    if pre is not None:
        if post is not None:
            msg = "a number takes one qualifier, before or after it"
            raise _InvalidCountError(msg, regs[groups.post][0])
        qualifier = _lookup(_PRE_QUALIFIER, pre)
    elif post is not None:
        qualifier = _POST_QUALIFIER[_normalize(post).lstrip("-")]
    else:
        return _trusted_count(n, n, n, Qualifier.EXACT, number.approximate, phrase, start, end)
    low, high, best, approximate = _single(qualifier, n, approximate=number.approximate, position=n_start)
    return _trusted_count(low, high, best, qualifier, approximate, phrase, start, end)


def _syntax_error(text: str, folded: str) -> CountParseError:
    """Build the error for a string the grammar does not accept, pointing at the first bad character."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text):
        return CountParseError("empty number phrase", text, len(text))
    if (bad := _BAD_GROUP_RE.search(folded, lead)) is not None:
        return CountParseError("malformed thousands separator", text, bad.start() + 1)
    prefix = _prefix_re().match(folded)
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
    a number in digits or words ("2,575", "1.5 million", "twenty-seven"),
    optionally qualified ("at least 274", "30 or more", "nearly two dozen"),
    a range ("between 20 and 30", "20–30", "two or three"), a vague quantity
    ("dozens", "several hundred") or a zero ("no one"). Intervals follow the
    table in the design notes. "no" and "any" parse as zero here because the
    caller has already decided the phrase is a count; the scanner
    :func:`find_counts` only reports "any" after a denial.

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
    match = _strict_re().fullmatch(folded)
    if match is None:
        raise _syntax_error(text, folded)
    try:
        return _interpret(match, text, _strict_groups())
    except _InvalidCountError as error:
        raise CountParseError(error.message, text, error.position) from None


def _is_year(number: str) -> bool:
    """Whether a bare numeral reads as a calendar year ("2021")."""
    return _YEAR_RE.fullmatch(number) is not None and 1800 <= int(number) <= 2100  # noqa: PLR2004 - year range


def _rejected(text: str, folded: str, match: regex.Match[str]) -> bool:  # noqa: C901, PLR0911 - one exit per kind of non-count
    """Whether the context makes a matched phrase something other than a count."""
    start, end = match.span()
    if _NOT_AFTER_RE.match(folded, end) is not None or _MONTH_AFTER_RE.match(text, end) is not None:
        return True
    window = max(0, start - _CONTEXT)
    if _NOT_BEFORE_RE.search(folded, window, start) is not None:
        return True
    if _MONTH_BEFORE_RE.search(text, window, start) is not None:
        return True
    if match.group("q") is None and match.group("post") is None:
        n, hi = match.group("n"), match.group("hi")
        # "in 2021", "between 2021 and 2023"; "1 to 1800" stays a count.
        if n is not None and _is_year(n) and (hi is None or _is_year(hi)):
            previous = _PREV_WORD_RE.search(folded, window, start)
            if previous is not None and previous.group(1) in _lexicon.BEFORE_YEAR:
                return True
            following = _NEXT_WORD_RE.match(folded, end)
            return following is None or following.group(1) not in _lexicon.COUNTED_AFTER_YEAR_LIKE
        if n == "one":
            previous = _PREV_WORD_RE.search(folded, window, start)
            if previous is not None and previous.group(1) in _lexicon.DETERMINERS_BEFORE_ONE:
                return True
            if _ONE_NOT_COUNT_RE.match(folded, end) is not None:
                return True
    if match.group("vague") == "many":
        previous = _PREV_WORD_RE.search(folded, window, start)
        return previous is not None and previous.group(1) in {"how", "as"}
    return False


def find_counts(text: str) -> tuple[Count, ...]:
    """Find every number phrase in free text.

    Lenient: never raises on a ``str``. Each count keeps its qualifier
    ("killed at least 274 ..." gives "at least 274"), and counts come back in
    order of position, without overlaps, with ``text[c.span.start:c.span.end]
    == c.text``. Numbers that are not counts of people or things are left
    out: years, ordinals, clock times, durations, distances and other
    measures, money, percentages, fractions, dates and designations
    ("F-16", "Resolution 2231").

    Args:
        text: Any text.

    Returns:
        The counts found, in order.

    >>> [c.text for c in find_counts("In 2021, 12 soldiers were killed and more than 400 wounded over 24 hours.")]
    ['12', 'more than 400']
    >>> [(c.text, c.low, c.high) for c in find_counts("Nearly half of its 22 million people; killed dozens")]
    [('22 million', 22000000, 22000000), ('dozens', 12, 99)]
    """
    if not isinstance(text, str):
        msg = f"find_counts() takes a str, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    folded = lower_keeping_offsets(text)
    body, lead_re, groups = _find_re(), _lead_re(), _find_groups()
    found: list[Count] = []
    done = 0  # end of the last phrase taken or ruled out: phrases never overlap
    anchors = (_plain_anchor_re() if is_plain(text) else _anchor_re()).finditer(folded)
    for anchor in anchors:
        at = anchor.start()
        if at < done:
            continue
        if anchor.group() == "any" and not _AFTER_THAT_RE.search(folded, max(0, at - _CONTEXT), at):
            continue  # "any" is a count only in "denied that any …"
        lead = lead_re.match(folded, max(done, at - _CONTEXT), at)
        match = body.match(folded, lead.start()) if lead is not None else None
        if match is None:
            match = body.match(folded, at)
            if match is None:
                continue
        done = match.end()
        if _rejected(text, folded, match):
            continue
        try:
            found.append(_interpret(match, text, groups))
        except _InvalidCountError:
            # "up to 20-30": a qualifier that does not fit; read on from the number.
            retry = body.match(folded, at) if match.start() < at else None
            if retry is None or _rejected(text, folded, retry):
                continue
            with contextlib.suppress(_InvalidCountError):
                found.append(_interpret(retry, text, groups))
    return tuple(found)


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
        if count.approximate and low % _lexicon.DOZEN == 0 and low > 0:
            return f"{low // _lexicon.DOZEN} dozen"
        if count.approximate and low * 2 == _lexicon.DOZEN:
            return "half a dozen"
        return str(low)
    prefix = "about " if count.approximate else ""
    return f"{prefix}{low} to {high}"
