"""Extract claims, actors, locations and ceasefires from article text.

:func:`~conflictclaims.extract` is the facade over a chain of stages, each a small module
whose inputs and outputs are plain typed values:

0. :mod:`~conflictclaims.extraction.normalize`: format characters are set
   aside, and every span of the result is moved back onto the text given;
1. :mod:`~conflictclaims.extraction.header`: the publication date, byline,
   source and title plain-text articles carry, and the body they frame;
2. the token table (:mod:`conflictclaims.tokens`), built once, and
   :mod:`~conflictclaims.extraction.document`: sentences, counts, actors
   and places, found once over the whole text and indexed by position;
3. :mod:`~conflictclaims.extraction.context`: the countries the article is
   about;
4. for each sentence that may hold a claim
   (:mod:`~conflictclaims.extraction.reading`):
   :mod:`~conflictclaims.extraction.attribution` says who speaks where,
   :mod:`~conflictclaims.extraction.claims` reads each count in its clause
   (:mod:`~conflictclaims.extraction.outcomes`,
   :mod:`~conflictclaims.extraction.subjects`,
   :mod:`~conflictclaims.extraction.perpetrators`),
   :mod:`~conflictclaims.extraction.assemble` finishes the claims and
   :mod:`~conflictclaims.extraction.ceasefires` reads ceasefires;
5. the :class:`~conflictclaims.model.Article` is assembled in one place,
   :func:`~conflictclaims.extract`, and :func:`~conflictclaims.find_incidents`
   groups its claims into incidents.

The docs page "How it works" follows one sentence through every stage.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import attrs

from conflictclaims import gazetteer
from conflictclaims._incident_reader import ArticleParts
from conflictclaims.extraction.context import read_context
from conflictclaims.extraction.document import read_document
from conflictclaims.extraction.header import Header, read_header
from conflictclaims.extraction.normalize import without_format_characters
from conflictclaims.extraction.reading import read_sentences
from conflictclaims.incidents import incidents_of
from conflictclaims.model import Article
from conflictclaims.tokens import tokenize

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["Header", "extract", "read_header"]


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
    """Extract an :class:`~conflictclaims.model.Article` from plain text.

    ``published``, ``source`` and ``title`` override what the article's own
    header says; ``article_id`` defaults to a hash of the text. Format
    characters (bidirectional marks, zero-width spaces and joiners, soft
    hyphens) are read past, and every span points into ``text`` as given.
    Never raises on a ``str``.

    >>> import datetime as dt
    >>> article = extract("Officials said 12 soldiers were killed on Sunday.", published=dt.date(2026, 2, 28))
    >>> [(c.outcome.value, c.count.low, c.cue) for c in article.claims]
    [('killed', 12, 'said')]
    """
    stripped = without_format_characters(text)
    header = read_header(stripped.text)
    if published is not None:
        header = attrs.evolve(header, published=published)
    doc = read_document(stripped.text, tokenize(stripped.text), header)
    claims, ceasefires = read_sentences(doc, read_context(doc))
    title = title if title is not None else header.title
    locations = gazetteer.merge_mentions(doc.locations)
    parts = ArticleParts(
        stripped.text, title, header.published, tuple(claims), locations, lowered=doc.lowered, tokens=doc.tokens
    )
    # The one place the finished parts become an Article, its spans then moved back onto ``text``.
    article = Article(
        id=article_id or _default_id(text),
        text=stripped.text,
        title=title,
        published=header.published,
        authors=header.authors,
        source=source if source is not None else header.source,
        claims=parts.claims,
        ceasefires=tuple(ceasefires),
        actors=doc.actors,
        locations=parts.locations,
        incidents=incidents_of(parts),
    )
    return stripped.restore(article)
