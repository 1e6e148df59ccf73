"""Tests for conflictclaims.extraction.sentence: a sentence's tokens, mentions, places and times."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictclaims.extraction.document import read_document
from conflictclaims.extraction.header import Header
from conflictclaims.extraction.sentence import Sentence
from conflictclaims.span import Span
from conflictclaims.tokens import tokenize
from tests.extraction.conftest import document


def test_tokens_are_the_tables_slice() -> None:
    """A sentence's tokens are the article's tokens inside it, with their keys and word flags."""
    doc = document("First one. Pakistan's army said 12, it added.")
    sentence = Sentence(doc, doc.sentences[1])
    assert [t.text for t in sentence.tokens] == ["Pakistan's", "army", "said", "12", ",", "it", "added", "."]
    assert sentence.keys[0] == "pakistan's"
    assert [t.is_word for t in sentence.tokens][-2:] == [True, False]


def test_a_word_across_the_sentence_edge_is_split_there() -> None:
    """ "killed.The" holds a sentence end: each sentence gets its own part of it."""
    doc = document("Two were killed.The army said so.")
    first, second = (Sentence(doc, span) for span in doc.sentences)
    assert [t.text for t in first.tokens][-2:] == ["killed", "."]
    assert second.tokens[0].text == "The"


def test_mentions_by_token() -> None:
    """Each token of a mention finds the mention; other tokens find none."""
    doc = document("Taliban spokesman Zabihullah Mujahid said so.")
    sentence = Sentence(doc, doc.sentences[0])
    mention = sentence.mention_at(2)
    assert mention is not None
    assert mention.name == "Zabihullah Mujahid"
    assert sentence.mention_at(4) is None
    assert sentence.token_index(mention.span.start) == 0


def test_places_are_read_once_per_sentence() -> None:
    """However many claims a sentence holds, its places are looked up once."""
    doc = document("12 were killed in Khost and 5 in Paktia and 3 in Kunar.")
    sentence = Sentence(doc, doc.sentences[0])
    calls = 0
    locations_in = doc.locations_in

    def counting(span: Span) -> list[object]:
        nonlocal calls
        calls += 1
        return list(locations_in(span))

    doc.locations_in = counting  # type: ignore[method-assign,assignment]
    for _ in range(3):
        assert [loc.country for loc in sentence.locations] == ["AFG", "AFG", "AFG"]
        assert sentence.place_countries == ["AFG", "AFG", "AFG"]
        assert sentence.local_country == "AFG"
    assert calls == 1


@pytest.mark.parametrize(
    ("offset", "day"),
    [
        pytest.param(0, dt.date(2024, 3, 10), id="before-both"),
        pytest.param(20, dt.date(2024, 3, 10), id="nearer-the-first"),
        pytest.param(40, dt.date(2024, 3, 11), id="nearer-the-second"),
        pytest.param(100, dt.date(2024, 3, 11), id="after-both"),
    ],
)
def test_period_near_an_offset(offset: int, day: dt.date) -> None:
    """The time expression starting nearest the offset gives the period, the earlier one on a tie."""
    text = "Ten died on Sunday and twenty died on Monday."
    header = Header(published=dt.date(2024, 3, 15), body=Span(start=0, end=len(text)))
    doc = read_document(text, tokenize(text), header)
    period = Sentence(doc, doc.sentences[0]).period_near(offset)
    assert period is not None
    assert period.start == day


def test_no_time_word_no_period() -> None:
    """A sentence with no time word has no period, whatever the publication date."""
    text = "Ten died in the attack."
    header = Header(published=dt.date(2024, 3, 15), body=Span(start=0, end=len(text)))
    doc = read_document(text, tokenize(text), header)
    assert Sentence(doc, doc.sentences[0]).period_near(0) is None
