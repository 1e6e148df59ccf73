"""Invisible format characters between words change nothing extract finds, and spans still point into the text."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

from hypothesis import given, note
from hypothesis import strategies as st

from conflictclaims import extract
from conflictclaims.extraction.normalize import FORMAT_CHARACTERS
from tests.corpus import CASES
from tests.strategies import with_format_characters

if TYPE_CHECKING:
    from conflictclaims.model import Actor, Article, Claim
    from conflictclaims.span import Span

_PUBLISHED: Final = dt.date(2024, 3, 15)
_TEXTS: Final = [case.text for case in CASES if case.claims]
_INVISIBLE: Final = str.maketrans("", "", FORMAT_CHARACTERS)


def _moved(span: Span | None, moved: list[int]) -> tuple[int, int] | None:
    """A span of the clean text, on the text with format characters put in."""
    if span is None:
        return None
    end = moved[span.end - 1] + 1 if span.end > span.start else moved[span.start]
    return moved[span.start], end


def _actor(actor: Actor | None) -> tuple[str, str, str | None] | None:
    return None if actor is None else (actor.name, actor.kind.value, actor.country)


def _claim(claim: Claim, moved: list[int] | None) -> dict[str, Any]:
    """What a claim says, with its spans moved onto the other text when ``moved`` is given."""
    count = claim.count
    spans = (claim.evidence, count.span if count is not None else None)
    return {
        "what": (claim.outcome.value, claim.unit.value, claim.stance.value, claim.cue),
        "count": None if count is None else (count.low, count.high, count.best, count.qualifier.value),
        "count_text": None if count is None else count.text.translate(_INVISIBLE),
        "who": (_actor(claim.subject), _actor(claim.claimant), _actor(claim.perpetrator)),
        "where": tuple(location.name for location in claim.locations),
        "when": None if claim.period is None else (claim.period.start, claim.period.end),
        "spans": tuple(_moved(span, moved) if moved is not None else _span(span) for span in spans),
    }


def _span(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _claims(article: Article, moved: list[int] | None = None) -> list[dict[str, Any]]:
    return [_claim(claim, moved) for claim in article.claims]


@given(data=st.data(), text=st.sampled_from(_TEXTS))
def test_format_characters_between_words_change_no_claim(data: st.DataObject, text: str) -> None:
    """The same claims come out, and each span, moved past the inserted characters, points at the same words."""
    dirty, moved = data.draw(with_format_characters(text), label="with format characters")
    note(repr(dirty))
    clean, marked = extract(text, published=_PUBLISHED), extract(dirty, published=_PUBLISHED)
    assert _claims(marked) == _claims(clean, moved)
    assert marked.text == dirty
    for claim in marked.claims:
        if claim.count is not None and claim.count.span is not None:
            assert claim.count.span.of(dirty) == claim.count.text


@given(data=st.data(), text=st.sampled_from(_TEXTS))
def test_format_characters_change_no_actor_or_place(data: st.DataObject, text: str) -> None:
    """Actors and places keep their names, and their mentions move with the words."""
    dirty, moved = data.draw(with_format_characters(text), label="with format characters")
    clean, marked = extract(text, published=_PUBLISHED), extract(dirty, published=_PUBLISHED)
    assert [(a.name, [_moved(m, moved) for m in a.mentions]) for a in clean.actors] == [
        (a.name, [_span(m) for m in a.mentions]) for a in marked.actors
    ]
    assert [(p.name, [_moved(m, moved) for m in p.mentions]) for p in clean.locations] == [
        (p.name, [_span(m) for m in p.mentions]) for p in marked.locations
    ]
