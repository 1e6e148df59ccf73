"""Tests for conflictclaims.extraction.document: mentions found once, kept inside the body, looked up by position."""

from __future__ import annotations

from conflictclaims.span import Span
from tests.extraction.conftest import document

TEXT = (
    "- By A. Writer\n"
    "Officials said 12 Pakistani soldiers were killed in Khost. The US-brokered deal held.\n"
    "ALSO READ: 40 dead in another attack\n"
    "Taliban fighters said 30 were wounded.\n"
)


def test_only_what_lies_in_the_body_and_outside_furniture_is_kept() -> None:
    """Counts in page furniture and mentions in the byline are left out."""
    doc = document(TEXT)
    assert [c.text for c in doc.counts] == ["12", "30"]
    assert all(doc.body.start <= m.span.start for m in doc.mentions)
    assert [m.name for m in doc.mentions] == ["Officials", "Pakistani soldiers", "Taliban"]


def test_lookups_by_span() -> None:
    """Counts, mentions and places inside a span come from bisections over their starts."""
    doc = document(TEXT)
    first = doc.sentences[1]
    assert [c.text for c in doc.counts_in(first)] == ["12"]
    assert [m.name for m in doc.mentions_in(first)] == ["Officials", "Pakistani soldiers"]
    assert [m.location.name for m in doc.locations_in(first)] == ["Khōst"]
    assert doc.count_before(first.end) is not None
    assert doc.count_before(0) is None


def test_each_mention_belongs_to_its_merged_actor() -> None:
    """Every mention maps to the actor it was merged into."""
    doc = document(TEXT)
    for mention in doc.mentions:
        assert mention.span in doc.actor_for(mention).mentions


def test_furniture_and_sentence_positions() -> None:
    """A span over page furniture is known as such, and an offset finds its sentence."""
    doc = document(TEXT)
    (skipped,) = doc.header.skipped
    assert doc.in_skipped(Span(start=skipped.start, end=skipped.start + 3))
    assert not doc.in_skipped(doc.sentences[1])
    assert doc.sentence_at(doc.sentences[1].start + 5) == 1
    assert doc.sentence_at(-1) == -1


def test_has_word_sees_whole_words_and_parts_of_compounds() -> None:
    """A listed word counts alone or inside a compound ("US-brokered"), but not inside another word."""
    doc = document(TEXT)
    deal = doc.sentences[2]
    assert doc.has_word(deal, frozenset({"brokered"}))
    assert doc.has_word(deal, frozenset({"held"}))
    assert not doc.has_word(deal, frozenset({"broke"}))
    assert not doc.has_word(doc.sentences[1], frozenset({"brokered"}))


def test_empty_text_reads_to_an_empty_document() -> None:
    """No text, no sentences and no mentions."""
    doc = document("")
    assert (doc.sentences, doc.counts, doc.mentions, doc.locations) == ((), (), (), ())


def test_a_place_inside_a_persons_name_is_no_place() -> None:
    """ "Hassan" in a general's name is not the Indian town; Dilling is still a place."""
    doc = document("Army spokesman Brigadier General Hassan Idris Mahjoub spoke in Dilling, Sudan.")
    assert [m.location.name for m in doc.locations if m.location.name == "Hassan"] == []
    assert any(m.location.name == "Dilling" for m in doc.locations)


def test_a_place_inside_an_armed_groups_name_is_no_place() -> None:
    """ "Sahel" in "Islamic State Sahel Province" names the group's reach, not Burkina Faso's Sahel region."""
    doc = document("Fighters of the Islamic State Sahel Province attacked a village near Tillaberi, Niger.")
    names = [m.location.name for m in doc.locations]
    assert "Sahel" not in names
    assert "Niger" in names
