"""Stage 0, invisible characters: read the text without format characters, point back into it with.

Bidirectional marks, zero-width spaces and joiners, the word joiner, the byte
order mark and soft hyphens change nothing a reader sees, but they sit inside
and between words and would hide them from every finder (a right-to-left mark
after "killed" made it another word). :func:`without_format_characters` takes
them out and keeps, for every
character left, where it stood; :meth:`Stripped.restore` moves every span of
the finished :class:`~conflictclaims.model.Article` back onto the original
text, so that evidence, counts and mentions point at what the caller passed.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from conflictclaims.counts import Count
from conflictclaims.model import Article, DateRange
from conflictclaims.span import Span

__all__ = ["FORMAT_CHARACTERS", "Stripped", "without_format_characters"]

FORMAT_CHARACTERS: Final = (
    "\u00ad"  # soft hyphen
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidirectional embeddings and overrides
    "\u2060"  # word joiner
    "\u2066\u2067\u2068\u2069"  # bidirectional isolates
    "\ufeff"  # byte order mark, zero-width no-break space
)
"""The invisible characters the extractor reads past."""
_FORMAT: Final = re.compile(f"[{FORMAT_CHARACTERS}]+")


class Stripped:
    """A text without its format characters, and where each of its characters stood in the original."""

    __slots__ = ("_origin", "original", "text")

    def __init__(self, original: str, text: str, origin: list[int] | None) -> None:
        self.original = original
        self.text = text
        self._origin = origin  # origin[i]: the original offset of text[i]; None when nothing was taken out

    def _start(self, offset: int) -> int:
        assert self._origin is not None  # noqa: S101 - only called when characters were taken out
        return self._origin[offset] if offset < len(self._origin) else len(self.original)

    def span(self, span: Span) -> Span:
        """``span`` of the stripped text, on the original: from its first character's place to after its last's."""
        if self._origin is None:
            return span
        start = self._start(span.start)
        end = self._origin[span.end - 1] + 1 if span.end > span.start else start
        return Span(start=start, end=end)

    def restore(self, article: Article) -> Article:
        """``article`` read from the stripped text, with its text and every span back on the original."""
        if self._origin is None:
            return article
        restored: Article = _Restorer(self).value(article)
        return restored


class _Restorer:
    """Rebuilds a model with every span moved; shared parts stay shared (one actor, one object)."""

    def __init__(self, stripped: Stripped) -> None:
        self.stripped = stripped
        self.done: dict[int, Any] = {}

    def value(self, value: Any) -> Any:  # noqa: ANN401 - any model, tuple or field value
        if isinstance(value, Span):
            return self.stripped.span(value)
        if isinstance(value, tuple):
            return tuple(self.value(item) for item in value)
        if not attrs.has(type(value)):
            return value
        known = self.done.get(id(value))
        if known is not None:
            return known
        changes = {
            field.name: self.value(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.init
        }
        if isinstance(value, Count | DateRange) and changes.get("span") is not None:
            # The phrase as the original writes it, invisible characters and all.
            changes["text"] = changes["span"].of(self.stripped.original)
        elif isinstance(value, Article):
            changes["text"] = self.stripped.original
        rebuilt = attrs.evolve(value, **changes)
        self.done[id(value)] = rebuilt
        return rebuilt


def _has_format_character(text: str) -> bool:
    # Almost no text holds one: a search per character in C (``str.__contains__``)
    # costs a fraction of what a character class tried at every offset does.
    return not text.isascii() and any(character in text for character in FORMAT_CHARACTERS)


def without_format_characters(text: str) -> Stripped:
    r"""``text`` without the characters of :data:`FORMAT_CHARACTERS`, and the way back.

    >>> stripped = without_format_characters("killed\u200f 12 sol\u00addiers")
    >>> stripped.text
    'killed 12 soldiers'
    >>> stripped.span(Span(start=10, end=18)).of(stripped.original) == "sol\u00addiers"
    True
    """
    if not _has_format_character(text):
        return Stripped(text, text, None)
    kept: list[str] = []
    origin: list[int] = []
    at = 0
    for match in _FORMAT.finditer(text):
        kept.append(text[at : match.start()])
        origin.extend(range(at, match.start()))
        at = match.end()
    kept.append(text[at:])
    origin.extend(range(at, len(text)))
    return Stripped(text, "".join(kept), origin)
