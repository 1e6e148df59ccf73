"""Tests for conflictclaims.extraction.context: the sides an article is about, and where things happened."""

from __future__ import annotations

from conflictclaims.extraction.context import Context, place_countries, read_context
from tests.extraction.conftest import document


def test_the_two_most_named_countries_are_the_sides() -> None:
    """The countries whose actors are named most are the sides, most named first."""
    doc = document("Pakistani troops clashed with Afghan forces. Pakistan's army said Afghan posts fell.")
    assert read_context(doc).sides == ("PAK", "AFG")


def test_mediators_are_no_side() -> None:
    """Actors named in a sentence about brokering a ceasefire do not count towards the sides."""
    doc = document(
        "Pakistani troops clashed with Afghan forces. Qatar and Qatar and Qatar brokered a ceasefire."
    )
    assert "QAT" not in read_context(doc).sides


def test_opponent_of_a_side() -> None:
    """Each side's opponent is the other; a country that is no side has none."""
    context = Context(("PAK", "AFG"))
    assert (context.opponent_of("PAK"), context.opponent_of("AFG")) == ("AFG", "PAK")
    assert context.opponent_of("USA") is None
    assert Context(("PAK",)).opponent_of("PAK") is None


def test_a_country_counts_as_where_only_after_in() -> None:
    """Sub-national places count anywhere; a country only after "in" ("killed in Sudan")."""
    text = "Sudan said 12 were killed in Darfur. Fighting raged in Sudan."
    doc = document(text)
    first, second = doc.sentences
    assert place_countries(text, doc.locations_in(first)) == ["SDN"]
    assert place_countries(text, doc.locations_in(second)) == ["SDN"]
