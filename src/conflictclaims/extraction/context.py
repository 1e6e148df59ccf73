"""Stage 3, the context: which countries the article is about, and where things happened.

Input: the :class:`~conflictclaims.extraction.document.Document`. Output: a
:class:`Context`, the two countries whose actors the article names most (the
sides of the fighting), and the countries of the places in a span.

This is where resolving every actor to its party will go: the article's
countries are the context a party is read in.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Final

from conflictclaims import _claim_lexicon as lex
from conflictclaims.model import ActorKind, LocationKind

if TYPE_CHECKING:
    from conflictclaims.extraction.document import Document
    from conflictclaims.gazetteer import LocationMention

__all__ = ["Context", "place_countries", "read_context"]

_TWO_SIDES: Final = 2
# Words before a country that make it where things happened: "killed in Sudan".
_INSIDE: Final = frozenset({"in", "inside", "across", "throughout"})
_MEDIATION: Final = lex.CEASEFIRE_WORDS | lex.MEDIATION_CUES


class Context:
    """The sides of the fighting an article reports."""

    __slots__ = ("sides",)

    def __init__(self, sides: tuple[str, ...]) -> None:
        self.sides = sides

    def opponent_of(self, country: str | None) -> str | None:
        """The other side of ``country``, when the article is about two and it is one of them."""
        if country is None or len(self.sides) < _TWO_SIDES or country not in self.sides:
            return None
        return self.sides[1] if self.sides[0] == country else self.sides[0]


def read_context(doc: Document) -> Context:
    """The two countries the article is most about, from the actors it names.

    Mentions in sentences about a ceasefire or its brokering do not count: a
    mediator named there is no side of the fighting.
    """
    mediation = [doc.has_word(span, _MEDIATION) for span in doc.sentences]
    tally: Counter[str] = Counter()
    for mention in doc.mentions:
        if mention.country is None or mention.kind is ActorKind.ORGANIZATION:
            continue
        k = doc.sentence_at(mention.span.start)
        if k >= 0 and mediation[k]:
            continue
        tally[mention.country] += 1
    return Context(tuple(code for code, _ in tally.most_common(_TWO_SIDES)))


def place_countries(text: str, places: list[LocationMention]) -> list[str]:
    """Countries of the places where things happened, of ``places`` in ``text``.

    Sub-national places count wherever they stand; a country only after
    "in" ("killed in Sudan"), since countries also stand for their
    governments ("Qatar, which mediated …").
    """
    found: list[str] = []
    for mention in places:
        location = mention.location
        if location.country is None:
            continue
        if location.kind is LocationKind.COUNTRY:
            before = text[max(0, mention.span.start - 10) : mention.span.start].lower().split()
            if not before or before[-1] not in _INSIDE:
                continue
        found.append(location.country)
    return found

