"""The count model: a number phrase as the set of integers consistent with it.

A :class:`Count` holds closed integer bounds ``low <= best <= high``
(``high=None``: unbounded), the phrase's :class:`Qualifier` and whether it is
approximate, and the text and span it came from. :class:`PointPolicy` turns
one into a single figure, as ACLED or UCDP would.
"""

from __future__ import annotations

import enum
from typing import Final, NamedTuple

import attrs
from attrs import field, frozen

from conflictclaims._checks import check_fields, checked
from conflictclaims.span import Span

__all__ = [
    "APPROXIMATE_FLAG",
    "EXACT_FLAG",
    "MAX_COUNT",
    "Count",
    "Estimate",
    "PointPolicy",
    "Qualifier",
    "trusted_count",
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
    "several", "a number of", "multiple" as 3; "many", "numerous" as 10) and
    "tens", "dozens", "hundreds" as 10, 12, 100.
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
_ACLED_VAGUE_POINT = {(2, 5): 3, (3, 9): 3, (2, 9): 3, (2, None): 10}
# Qualifiers that name one value: "274", "no one".
_ONE_VALUE = frozenset({Qualifier.EXACT, Qualifier.NONE})


@frozen(kw_only=True)
class Count:
    """The integers a number phrase allows: ``low <= value <= high``.

    ``high is None`` means no upper bound. ``best`` is the conservative point
    estimate and always lies inside the interval. An ``exact`` count holds one
    value (``low == high``) and a ``none`` count only zero.
    """

    low: int = field(metadata=checked(_count_value))
    high: int | None = field(metadata=checked(_count_value, optional=True))
    best: int = field(metadata=checked(_count_value))
    qualifier: Qualifier = field(default=Qualifier.EXACT, metadata=checked(Qualifier))
    approximate: bool = field(default=False, metadata=checked(bool))
    text: str = field(default="", metadata=checked(str))
    span: Span | None = field(default=None, metadata=checked(Span, optional=True))

    def __attrs_post_init__(self) -> None:
        low, high, best, span = self.low, self.high, self.best, self.span
        approximate: object = self.approximate  # typed as bool, but may come from untrusted input
        if not (
            type(low) is int
            and 0 <= low <= MAX_COUNT
            and (high is None or (type(high) is int and 0 <= high <= MAX_COUNT))
            and type(best) is int
            and 0 <= best <= MAX_COUNT
            and type(self.qualifier) is Qualifier
            and type(approximate) is bool
            and type(self.text) is str
            and (span is None or type(span) is Span)
        ):
            check_fields(self)
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
EXACT_FLAG = False
APPROXIMATE_FLAG = True


def trusted_count(  # noqa: PLR0913, PLR0917 - one argument per field, positional to keep the call cheap
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
