"""Words of the incidents stage counted off the token table, as the word pattern counts them."""

from __future__ import annotations

import pytest

from conflictclaims._incident_cues import WORD
from conflictclaims._incident_words import is_prose, word_cases
from conflictclaims.tokens import tokenize


def _by_pattern(text: str, start: int, end: int) -> tuple[int, int]:
    words = WORD.findall(text, start, end)
    return len(words), sum(word[0].islower() for word in words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two soldiers were killed in Kabul.", (6, 4), id="prose"),
        pytest.param("NEWS RELEASE ISAF Joint Command", (5, 0), id="furniture"),
        pytest.param("U.S. forces detained 2,575 men", (7, 3), id="full stops and digit commas cut words"),
        pytest.param("a 1,000km march", (4, 2), id="a number run into a word is one word"),
        pytest.param("the Taliban’s al-Qaida allies", (4, 3), id="apostrophes and hyphens join words"),
        pytest.param("Kämpfer töten Dörfler", (3, 1), id="beyond plain text the pattern counts"),
    ],
)
def test_counts_agree_with_the_pattern(text: str, expected: tuple[int, int]) -> None:
    """The words and lower-case words counted off the table are the pattern's, on the whole text."""
    assert word_cases(text, tokenize(text), 0, len(text)) == expected == _by_pattern(text, 0, len(text))


def test_a_window_cuts_the_words_it_ends_in() -> None:
    """A word the window's end cuts counts once, and a compound's parts past the end do not count."""
    text = "forces of the U.S. Army"
    end = text.index(".") + 1  # "... the U."
    assert word_cases(text, tokenize(text), 0, end) == _by_pattern(text, 0, end) == (4, 3)


def test_without_a_table_the_pattern_counts() -> None:
    """Given no table (a finished article read again), the pattern does the counting."""
    text = "Two soldiers were killed."
    assert word_cases(text, None, 0, len(text)) == (4, 3)


def test_a_table_of_another_text_is_not_read() -> None:
    """A table built for another string is not read: the pattern counts the text's own words."""
    text = "Two soldiers were killed."
    other = tokenize("NEWS RELEASE FROM THE JOINT COMMAND OF ISAF")
    assert word_cases(text, other, 0, len(text)) == (4, 3)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        pytest.param("Two soldiers were killed in an attack on Sunday.", True, id="a sentence"),
        pytest.param("NEWS RELEASE ISAF Joint Command Afghanistan 2009", False, id="furniture in capitals"),
        pytest.param("Soldiers were killed.", False, id="too few words"),
        pytest.param("ISAF Joint Command Kabul Afghanistan said nothing", False, id="under a third in lower case"),
        pytest.param("ISAF Joint Command Kabul said nothing today", True, id="a third in lower case"),
    ],
)
def test_prose_has_a_few_words_a_third_in_lower_case(text: str, *, prose: bool) -> None:
    """Prose has six words or more, at least a third of them starting in lower case."""
    assert is_prose(text, tokenize(text), 0, len(text)) is prose
