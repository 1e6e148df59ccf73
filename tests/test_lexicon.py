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
