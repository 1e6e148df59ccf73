"""Tests for conflictclaims.extraction.assemble: a draft becomes a claim with its sentence's places and time."""

from __future__ import annotations

import datetime as dt

from conflictclaims import extract
from conflictclaims.counts import Count
from conflictclaims.extraction.assemble import claim_of
from conflictclaims.extraction.document import read_document
from conflictclaims.extraction.drafts import Draft
from conflictclaims.extraction.header import Header
from conflictclaims.extraction.sentence import Sentence
from conflictclaims.model import ActorKind, Outcome, Stance, Unit
from conflictclaims.span import Span
from conflictclaims.tokens import tokenize

TEXT = "Twelve soldiers were killed in Khost on Sunday."


def _sentence() -> Sentence:
    header = Header(published=dt.date(2024, 3, 15), body=Span(start=0, end=len(TEXT)))
    doc = read_document(TEXT, tokenize(TEXT), header)
    return Sentence(doc, doc.sentences[0])


def test_claim_of_a_draft() -> None:
    """The claim takes the draft's fields as enums, the sentence's places and the nearest period."""
    count = Count.exact(12, text="Twelve", span=Span(start=0, end=6))
    draft = Draft(count, "killed", "persons", "AFG", "military", "soldiers", "asserted", None, (7, 27))
    claim = claim_of(draft, _sentence())
    assert (claim.outcome, claim.unit, claim.stance) == (Outcome.KILLED, Unit.PERSONS, Stance.ASSERTED)
    assert (claim.subject.name, claim.subject.kind, claim.subject.country) == ("soldiers", ActorKind.MILITARY, "AFG")
    assert claim.claimant is None
    assert claim.cue is None
    assert claim.evidence == Span(start=0, end=27)
    assert [loc.country for loc in claim.locations] == ["AFG"]
    assert claim.period is not None
    assert claim.period.start == dt.date(2024, 3, 10)


def test_a_nameless_subject_is_named_by_its_side() -> None:
    """With no noun phrase the subject is named by its country and kind."""
    draft = Draft(None, "casualties", "persons", None, "unknown", "", "asserted", None, (0, 6))
    assert claim_of(draft, _sentence()).subject.name == "unknown unknown"


def test_a_headline_toll_of_plain_people_takes_the_ledes_side() -> None:
    """ "kills at least 23" in a headline and "killed at least 23 civilians" in the lede are one toll: civilians."""
    text = (
        "Junta air strike kills at least 23 in Rakhine village, Arakan Army says\n\n"
        "YANGON, Aug 21 - A military air strike on a village in Rakhine state killed at least 23 civilians, "
        "the Arakan Army said on Thursday."
    )
    claims = extract(text, published=dt.date(2025, 8, 21)).claims
    assert [c.subject.party.kind.value for c in claims] == ["civilians", "civilians"]


def test_a_toll_of_named_people_keeps_its_own_side() -> None:
    """ "killing four seafarers" is no restatement of "four soldiers" told by another speaker."""
    text = (
        "A Yemeni government official said four soldiers had been killed near Marib. "
        "The Houthis have attacked 100 ships since 2023, killing four seafarers."
    )
    claims = extract(text, published=dt.date(2025, 4, 9)).claims
    assert claims[-1].subject.party.kind.value == "unknown"
