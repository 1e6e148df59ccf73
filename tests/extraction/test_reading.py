"""Tests for conflictclaims.extraction.reading: the sentence loop over the body."""

from __future__ import annotations

from conflictclaims.extraction import reading
from conflictclaims.extraction.context import read_context
from conflictclaims.extraction.reading import CUES, read_sentences
from conflictclaims.extraction.sentence import Sentence
from tests.extraction.conftest import document


def test_sentences_without_count_or_cue_are_not_read(monkeypatch: object) -> None:
    """Only sentences with a count or a cue word are read token by token."""
    built: list[str] = []
    real = Sentence

    def counting(doc: object, span: object) -> object:
        built.append(doc.text[span.start : span.end])  # type: ignore[attr-defined]
        return real(doc, span)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "Sentence", counting)  # type: ignore[attr-defined]
    doc = document("The weather was fine. Twelve soldiers were killed. Officials said so. Markets opened.")
    claims, _ = read_sentences(doc, read_context(doc))
    assert len(claims) == 1
    assert built == ["Twelve soldiers were killed.", "Officials said so."]


def test_pronouns_carry_across_sentences() -> None:
    """ "He added" in a later sentence is the person who spoke before."""
    doc = document("Taliban spokesman Zabihullah Mujahid spoke. He added 12 soldiers were killed.")
    (claim,), _ = read_sentences(doc, read_context(doc))
    assert claim.claimant is not None
    assert claim.claimant.name == "Zabihullah Mujahid"


def test_cue_words_include_every_kind_of_cue() -> None:
    """Reporting verbs, "according", ceasefire words and outcome words all make a sentence worth reading."""
    assert {"said", "according", "ceasefire", "killed", "casualties"} <= CUES
