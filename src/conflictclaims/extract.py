"""Extract claims, actors, locations and ceasefires from article text."""

from __future__ import annotations

import datetime as dt
import hashlib

from conflictclaims.model import Article

__all__ = ["extract"]


def _default_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    article_id: str | None = None,
    title: str | None = None,
) -> Article:
    """Return the :class:`Article` extracted from ``text`` (never raises on a ``str``)."""
    return Article(id=article_id or _default_id(text), text=text, published=published, source=source, title=title)
