"""Stage 6, ceasefires: who agreed to stop fighting, who brokered it, and how it stands.

Input: a sentence with a ceasefire word ("ceasefire", "truce"), the context
and the speakers. Output: a :class:`~conflictclaims.model.Ceasefire`.

Grammar::

    parties   := "between" PARTY "and" PARTY           (else the article's two sides, less the mediators)
    mediators := ("brokered" | "mediated" | …) "by" STATE {"and" STATE}
               | STATE {"and" STATE} ("brokered" | "mediated" | …)
               | "alongside" STATE
    status    := the first status cue in the sentence ("collapsed", "violated", "holding", "agreed", "call for")
    temporary := a temporary cue ("humanitarian pause", "72-hour") or a permanent one ("lasting")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from conflictclaims import _claim_lexicon as lex
from conflictclaims.actors import country_name
from conflictclaims.extraction.phrases import clause_end, clause_start
from conflictclaims.model import Actor, ActorKind, Ceasefire, CeasefireStatus

if TYPE_CHECKING:
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.sentence import Sentence

__all__ = ["ceasefire_in", "mediators_in"]

_BETWEEN: Final = regex.compile(r"\bbetween\s++(.{1,80}?)\s++and\s++([^,.;]{1,80})")
# How far from a mediation word its mediators may be named.
_MEDIATOR_REACH: Final = 12


def mediators_in(sentence: Sentence) -> list[Actor]:
    """States and bodies named as brokers: "brokered by X and Y", "X and Y mediated", "alongside Z"."""
    tokens = sentence.tokens
    found: dict[int, Actor] = {}

    def take(first: int, last: int) -> None:
        for index in range(max(0, first), min(len(tokens), last)):
            mention = sentence.mention_at(index)
            if mention is None:
                continue
            actor = sentence.doc.actor_for(mention)
            if actor.country is not None or actor.kind is ActorKind.ORGANIZATION:
                found.setdefault(id(actor), actor)

    for i, token in enumerate(tokens):
        if token.lower == "alongside" or (token.lower == "by" and i > 0 and tokens[i - 1].lower in lex.MEDIATION_CUES):
            take(i + 1, clause_end(tokens, i + 1, _MEDIATOR_REACH))
        elif token.lower in lex.MEDIATION_CUES and not (i + 1 < len(tokens) and tokens[i + 1].lower == "by"):
            take(clause_start(tokens, i, _MEDIATOR_REACH), i)
    return list(found.values())


def _parties(sentence: Sentence, context: Context, mediators: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """The parties named "between X and Y" (armed groups too), else the article's sides; and the mediators."""
    doc = sentence.doc
    between = _BETWEEN.search(doc.text, sentence.span.start, sentence.span.end)
    named: dict[int, Actor] = {}
    if between is not None:
        for mention in sentence.mentions:
            actor = doc.actor_for(mention)
            if actor.country is not None and between.start() <= mention.span.start < between.end():
                named.setdefault(id(actor), actor)
    mediators = [a for a in mediators if id(a) not in named]
    if named:
        return list(named.values()), mediators
    codes = {m.country for m in mediators}
    sides = [
        Actor(name=country_name(code) or code, kind=ActorKind.STATE, country=code)
        for code in sorted(context.sides)
        if code not in codes
    ]
    return sides, mediators


def _status(sentence: Sentence) -> CeasefireStatus:
    lowered = sentence.doc.text[sentence.span.start : sentence.span.end].lower()
    for cue, value in lex.CEASEFIRE_STATUS:
        if cue in lowered:
            return CeasefireStatus(value)
    return CeasefireStatus.UNKNOWN


def _temporary(sentence: Sentence) -> bool | None:
    words = {t.lower for t in sentence.tokens}
    if words & lex.TEMPORARY_CUES:
        return True
    if words & lex.PERMANENT_CUES:
        return False
    return None


def ceasefire_in(sentence: Sentence, context: Context) -> Ceasefire | None:
    """The ceasefire a sentence speaks of, if it has a ceasefire word."""
    keys = sentence.keys
    if lex.CEASEFIRE_WORDS.isdisjoint(keys):
        return None
    where = sentence.tokens[next(i for i, key in enumerate(keys) if key in lex.CEASEFIRE_WORDS)]
    parties, mediators = _parties(sentence, context, mediators_in(sentence))
    return Ceasefire(
        parties=tuple(parties),
        mediators=tuple(mediators),
        status=_status(sentence),
        temporary=_temporary(sentence),
        period=sentence.period_near(where.start),
        evidence=sentence.span,
    )
