"""The words around a claim's count that the incidents stage notes first."""

from __future__ import annotations

import pytest

from conflictclaims import extract
from conflictclaims._incident_cues import name_words
from conflictclaims._incident_notes import ArticleParts, Note, read_count
from conflictclaims._patterns import lower_keeping_offsets


def _note(text: str, number: int) -> Note:
    """The note of the article's claim ``number`` after its count's words are read (one sentence, one paragraph)."""
    claim = extract(text).claims[number]
    note = Note(index=number, claim=claim, sentence=(0, len(text)), paragraph=0)
    read_count(lower_keeping_offsets(text), note, name_words(claim.subject.name))
    return note


@pytest.mark.parametrize(
    ("text", "number", "marker"),
    [
        pytest.param("Gunmen killed seven people, including two children, in Kano.", 1, "subset", id="including"),
        pytest.param("Two of the wounded later died.", 0, "crossed", id="some of another outcome"),
        pytest.param("Troops killed all 12 militants.", 0, "total", id="all"),
        pytest.param("Two other soldiers were killed.", 0, "additive", id="other"),
        pytest.param("The raid killed a commander and three fighters.", 1, "joined", id="and"),
    ],
)
def test_markers_around_the_count(text: str, number: int, marker: str) -> None:
    """Each cue word next to a count sets its own marker on the claim's note."""
    assert getattr(_note(text, number), marker) is True


@pytest.mark.parametrize("marker", ["subset", "crossed", "total", "additive", "joined", "possessive", "coded"])
def test_a_bare_count_has_no_marker(marker: str) -> None:
    """A count with no cue word around it leaves every marker unset."""
    assert getattr(_note("Gunmen killed seven people in Kano.", 0), marker) is False


def test_other_inside_a_word_is_no_cue() -> None:
    """'Other' inside a longer word after the count ("brothers") marks nothing as more."""
    text = "Gunmen killed three brothers in Kano."
    assert _note(text, 0).additive is False


def test_parts_of_a_finished_article() -> None:
    """The parts of an article are its text, title, date, claims and places, with no lowered text or tokens."""
    article = extract("Gunmen killed seven people in Kano.")
    parts = ArticleParts.of(article)
    assert (parts.text, parts.claims, parts.lowered, parts.tokens) == (article.text, article.claims, None, None)
