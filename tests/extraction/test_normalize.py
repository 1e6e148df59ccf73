"""Tests for conflictclaims.extraction.normalize: format characters are read past, and spans moved back."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictclaims import extract, from_json, to_json
from conflictclaims.extraction.normalize import FORMAT_CHARACTERS, without_format_characters
from conflictclaims.span import Span

CLEAN = "Officials said 12 soldiers were killed in Kabul on Sunday."


def test_text_without_format_characters_is_kept_as_is() -> None:
    """A text with no format character is the stripped text itself, and spans stay where they are."""
    stripped = without_format_characters(CLEAN)
    assert stripped.text is CLEAN
    assert stripped.span(Span(start=3, end=9)) == Span(start=3, end=9)


def test_every_format_character_is_taken_out() -> None:
    """Each listed character disappears, and each kept character remembers where it stood."""
    text = "a" + "b".join(FORMAT_CHARACTERS) + "c"
    stripped = without_format_characters(text)
    assert stripped.text == "a" + "b" * (len(FORMAT_CHARACTERS) - 1) + "c"
    assert stripped.span(Span(start=0, end=len(stripped.text))) == Span(start=0, end=len(text))


def test_a_span_leaves_out_format_characters_at_its_edges() -> None:
    """A span starts at its first character and ends after its last, not at the invisible ones around it."""
    stripped = without_format_characters("\u200fkilled\u200e 12")
    assert stripped.text == "killed 12"
    assert stripped.span(Span(start=0, end=6)).of(stripped.original) == "killed"
    assert stripped.span(Span(start=9, end=9)) == Span(start=len(stripped.original), end=len(stripped.original))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(CLEAN.replace("said ", "said\u200f "), id="right-to-left-mark-between-words"),
        pytest.param(CLEAN.replace("soldiers", "sol\u00addiers"), id="soft-hyphen-inside-a-word"),
        pytest.param(CLEAN.replace("killed", "kil\u200bled"), id="zero-width-space-inside-a-word"),
        pytest.param("\ufeff" + CLEAN, id="byte-order-mark-first"),
        pytest.param(CLEAN.replace("12", "\u20661\u200d2\u2069"), id="isolates-and-joiner-around-a-number"),
        pytest.param(CLEAN.replace("Kabul", "\u202bKabul\u202c"), id="embedding-around-a-place"),
    ],
)
def test_format_characters_hide_no_claim(text: str) -> None:
    """The claim comes out as from the clean text, with its evidence and count pointing into the text given."""
    clean = extract(CLEAN, published=dt.date(2024, 3, 15))
    article = extract(text, published=dt.date(2024, 3, 15))
    (expected,) = clean.claims
    (claim,) = article.claims
    assert (claim.outcome, claim.subject.name) == (expected.outcome, expected.subject.name)
    assert claim.period is not None
    assert expected.period is not None
    assert (claim.period.start, claim.period.end) == (expected.period.start, expected.period.end)
    assert claim.period.span is not None
    assert claim.period.span.of(text).translate({ord(c): None for c in "\u202b\u202c"}) == "on Sunday"
    assert claim.claimant is not None
    assert claim.claimant.name == "Officials"
    assert claim.count is not None
    assert claim.count.span is not None
    assert claim.count.span.of(text) == claim.count.text
    assert claim.count.low == 12
    assert [loc.name for loc in claim.locations] == ["Kabul"]
    assert article.text == text


def test_restored_article_round_trips_through_json() -> None:
    """The article read past format characters serializes and reads back unchanged."""
    article = extract(CLEAN.replace(" 12 ", " \u200f12\u200e "), published=dt.date(2024, 3, 15))
    assert from_json(to_json(article)) == article


def test_one_actor_stays_one_object() -> None:
    """Moving spans back keeps a claimant shared with the article's actor list one object."""
    article = extract("Taliban spokesman Zabihullah\u200b Mujahid said 12 soldiers were killed.")
    (claim,) = article.claims
    assert claim.claimant is not None
    assert claim.claimant.name == "Zabihullah Mujahid"
    assert any(actor is claim.claimant for actor in article.actors)
