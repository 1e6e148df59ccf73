"""Character offsets into a text: the :class:`Span` every finding points back with.

Its own small module, first after the data tables, so that the count parser,
the models and every finder can use it without importing one another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Span"]


def _check_offset(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    if value < 0:
        msg = f"{name} must be >= 0, got {value}"
        raise ValueError(msg)


@frozen(kw_only=True, order=True, init=False)
class Span:
    """Half-open character offsets ``[start, end)`` into a text.

    >>> span = Span(start=4, end=9)
    >>> span.of("The Taliban said"), len(span)
    ('Talib', 5)
    """

    start: int
    end: int

    def __init__(self, *, start: int, end: int) -> None:
        # Written out rather than generated: the extractor builds thousands of spans per article,
        # and one check then two slot stores cost a quarter less than attrs' frozen __init__.
        if not (type(start) is int and type(end) is int and 0 <= start <= end):
            _check_offset("start", start)
            _check_offset("end", end)
            if start > end:
                msg = f"span start must be <= end, got start={start} end={end}"
                raise ValueError(msg)
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the slice of ``text`` this span points at."""
        return text[self.start : self.end]

    def shifted(self, offset: int) -> Span:
        """Return this span moved right by ``offset`` characters."""
        return Span(start=self.start + offset, end=self.end + offset)

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def covers(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


# The slots' own setters, which a frozen class's __setattr__ does not reach.
_set_start: Callable[[Span, int], None] = vars(Span)["start"].__set__
_set_end: Callable[[Span, int], None] = vars(Span)["end"].__set__


def trusted_span(start: int, end: int) -> Span:
    """A span of offsets its caller already holds as ints with ``0 <= start <= end``, built without the checks.

    For finders that build spans from a token table's own offsets, thousands per article.
    """
    span = object.__new__(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span
