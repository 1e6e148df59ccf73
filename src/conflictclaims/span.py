"""Character offsets into a text: the :class:`Span` every finding points back with.

Its own small module, first after the data tables, so that the count parser,
the models and every finder can use it without importing one another.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Span"]


def _check_offset(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    if value < 0:
        msg = f"{name} must be >= 0, got {value}"
        raise ValueError(msg)


@frozen(kw_only=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into a text.

    >>> span = Span(start=4, end=9)
    >>> span.of("The Taliban said"), len(span)
    ('Talib', 5)
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check for the usual case: the extractor builds thousands of spans per article.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        _check_offset("start", start)
        _check_offset("end", end)
        if start > end:
            msg = f"span start must be <= end, got start={start} end={end}"
            raise ValueError(msg)

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
