"""Character offsets into a text: the :class:`Span` every finding points back with.

Its own small module, first after the data tables, so that the count parser,
the models and every finder can use it without importing one another.
"""

from __future__ import annotations

import attrs
from attrs import field, frozen

__all__ = ["Span"]


def _non_negative(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{attribute.name} must be an int, not {type(value).__name__}"
        raise TypeError(msg)
    if value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


@frozen(kw_only=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into a text.

    >>> span = Span(start=4, end=9)
    >>> span.of("The Taliban said"), len(span)
    ('Talib', 5)
    """

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            msg = f"span start must be <= end, got start={self.start} end={self.end}"
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
