"""Tests for conflictclaims._lexicon: the word lists behind the number-phrase parser are well-formed data."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from conflictclaims import _lexicon
from conflictclaims.counts import Qualifier

if TYPE_CHECKING:
    from collections.abc import Iterable

PHRASE_TABLES = [
    pytest.param(_lexicon.SMALL_NUMBERS, id="small-numbers"),
    pytest.param(_lexicon.SCALE_WORDS, id="scale-words"),
    pytest.param(_lexicon.SCALE_SUFFIXES, id="scale-suffixes"),
    pytest.param(_lexicon.EXACT_PHRASES, id="exact-phrases"),
    pytest.param(_lexicon.PRE_QUALIFIERS, id="pre-qualifiers"),
    pytest.param(_lexicon.POST_QUALIFIERS, id="post-qualifiers"),
    pytest.param(_lexicon.VAGUE, id="vague"),
    pytest.param(_lexicon.ZERO_PHRASES, id="zero-phrases"),
    pytest.param(_lexicon.NOT_COUNT_AFTER, id="not-count-after"),
    pytest.param(_lexicon.NOT_COUNT_BEFORE, id="not-count-before"),
    pytest.param(_lexicon.SCALE_PLURALS, id="scale-plurals"),
    pytest.param(_lexicon.SCALE_ABBREVIATIONS, id="scale-abbreviations"),
    pytest.param(_lexicon.COMPARATIVES, id="comparatives"),
    pytest.param(_lexicon.INCLUSIVE_COMPARATIVES, id="inclusive-comparatives"),
    pytest.param(_lexicon.STRICT_ONLY_NUMBERS, id="strict-only-numbers"),
    pytest.param(_lexicon.ORDINAL_WORDS, id="ordinal-words"),
    pytest.param(_lexicon.SCORE_BEFORE, id="score-before"),
    pytest.param(_lexicon.SCORE_AFTER, id="score-after"),
    pytest.param(_lexicon.METRES_AFTER, id="metres-after"),
    pytest.param(_lexicon.BETWEEN_KEYWORDS | _lexicon.FROM_KEYWORDS, id="range-keywords"),
]


@pytest.mark.parametrize("table", PHRASE_TABLES)
def test_keys_are_lower_case_with_single_spaces(table: Iterable[str]) -> None:
    """Every key is lower case with single spaces, the form the parser folds input into."""
    for key in table:
        assert key == key.lower(), key
        assert key == " ".join(key.split()), key


def test_qualifier_tables_name_real_qualifiers() -> None:
    """Every qualifier phrase maps to a member of Qualifier."""
    for value in (
        *_lexicon.PRE_QUALIFIERS.values(),
        *_lexicon.POST_QUALIFIERS.values(),
        *_lexicon.ZERO_PHRASES.values(),
    ):
        assert Qualifier(value) in Qualifier


def test_approximate_qualifiers_are_about_or_nearly() -> None:
    """Only "about" and "nearly" phrases may soften a range."""
    assert _lexicon.APPROX_QUALIFIERS
    assert {_lexicon.PRE_QUALIFIERS[p] for p in _lexicon.APPROX_QUALIFIERS} == {"about", "nearly"}


def test_vague_intervals_are_ordered() -> None:
    """Every vague interval has a positive low end at or below its high end."""
    for phrase, (low, high) in _lexicon.VAGUE.items():
        assert low > 0, phrase
        assert high is None or low <= high, phrase


def test_vague_intervals_follow_the_design_table() -> None:
    """The vague phrases the design table names have its intervals."""
    assert _lexicon.VAGUE["dozens"] == (12, 99)
    assert _lexicon.VAGUE["several"] == (3, 9)
    assert _lexicon.VAGUE["a few dozen"] == (24, 60)
    assert _lexicon.VAGUE["several hundred"] == (300, 999)
    assert _lexicon.VAGUE["many"] == (2, None)


def test_number_words_have_their_values() -> None:
    """Units, teens and tens hold the values their names say."""
    assert [_lexicon.UNITS[w] for w in ("one", "five", "nine")] == [1, 5, 9]
    assert [_lexicon.TEENS[w] for w in ("ten", "twelve", "nineteen")] == [10, 12, 19]
    assert [_lexicon.TENS[w] for w in ("twenty", "forty", "ninety")] == [20, 40, 90]
    assert _lexicon.SCALE_WORDS["lakh"] == 100_000


def test_context_words_never_name_numbers() -> None:
    """No non-count context word is itself a number word, a qualifier or a vague quantity."""
    counting = {*_lexicon.SMALL_NUMBERS, *_lexicon.SCALE_WORDS, *_lexicon.PRE_QUALIFIERS, *_lexicon.VAGUE}
    assert counting.isdisjoint(_lexicon.NOT_COUNT_AFTER)
    assert counting.isdisjoint(_lexicon.NOT_COUNT_BEFORE)


def test_months_are_title_case() -> None:
    """Month names are stored in title case, because they are matched case-sensitively."""
    assert all(month[0].isupper() and month[1:].islower() for month in _lexicon.MONTHS)



def test_negations_give_the_complementary_bound() -> None:
    """Each negated comparative maps to the complement of its comparative's bound, and complements pair up."""
    for negator, comparatives in _lexicon.NEGATORS.items():
        for comparative in comparatives:
            negated = _lexicon.NEGATED_COMPARATIVES[f"{negator} {comparative}"]
            assert negated == _lexicon.COMPLEMENT[_lexicon.COMPARATIVES[comparative]], comparative
    for bound, complement in _lexicon.COMPLEMENT.items():
        assert _lexicon.COMPLEMENT[complement] == bound


def test_no_negates_only_than_comparatives() -> None:
    """'No' negates the comparatives with 'than' ("no more than"), never "no over" or "no exceeding"."""
    assert "no more than" in _lexicon.PRE_QUALIFIERS
    assert "no fewer than" in _lexicon.PRE_QUALIFIERS
    assert all(phrase.endswith(" than") for phrase in _lexicon.NEGATORS["no"])
    assert "no over" not in _lexicon.PRE_QUALIFIERS


def test_inclusive_comparatives_include_their_number() -> None:
    """Inclusive forms of a lower comparative are at-least bounds; of an upper one, at-most bounds."""
    assert _lexicon.INCLUSIVE_COMPARATIVES["greater than or equal to"] == "at_least"
    assert _lexicon.INCLUSIVE_COMPARATIVES["equal or less than"] == "at_most"
    assert set(_lexicon.INCLUSIVE_COMPARATIVES.values()) == {"at_least", "at_most"}


def test_scale_plurals_and_suffixes_keep_their_sizes() -> None:
    """A plural or an abbreviation of a scale word means the same size as the word."""
    for word, size in _lexicon.SCALE_WORDS.items():
        assert _lexicon.SCALE_PLURALS[f"{word}s"] == size
    assert _lexicon.SCALE_ABBREVIATIONS["bn"] == _lexicon.SCALE_WORDS["billion"]
    assert _lexicon.SCALE_ABBREVIATIONS["cr"] == _lexicon.SCALE_WORDS["crore"]
    assert _lexicon.SCALE_WORDS["lac"] == _lexicon.SCALE_WORDS["lakh"]
    assert set(_lexicon.SCALE_ABBREVIATIONS) <= set(_lexicon.SCALE_SUFFIXES)


def test_fractions_are_proper() -> None:
    """Fraction words and signs name fractions below one."""
    for numerator, denominator in (*_lexicon.FRACTION_WORDS.values(), *_lexicon.VULGAR_FRACTIONS.values()):
        assert 0 < numerator < denominator


def test_ordinals_and_currency_signs_are_no_numbers() -> None:
    """No ordinal word is a number word, and currency signs are neither letters nor digits."""
    assert _lexicon.ORDINAL_WORDS.isdisjoint({*_lexicon.SMALL_NUMBERS, *_lexicon.SCALE_WORDS})
    assert not any(sign.isalnum() for sign in _lexicon.CURRENCY_SIGNS)


def test_every_post_qualifier_written_glued_or_hyphenated_is_listed() -> None:
    """Glued and hyphenated post-qualifiers ("100+", "20-odd") are post-qualifiers."""
    assert set(_lexicon.POST_QUALIFIERS) >= _lexicon.GLUED_POST_QUALIFIERS
    assert set(_lexicon.POST_QUALIFIERS) >= _lexicon.HYPHENATED_POST_QUALIFIERS
