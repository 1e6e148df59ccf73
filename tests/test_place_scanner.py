"""Tests for conflictclaims._place_scanner: where place names stand in a text, before any choice in context."""

from __future__ import annotations

import pytest

from conflictclaims._place_scanner import MAX_TOKENS, Scanner
from conflictclaims.gazetteer import _place_words
from conflictclaims.tokens import tokenize


def _runs(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _, _ in Scanner(text, _place_words(tokenize(text))).matches()]


def test_runs_are_found_longest_first_left_to_right() -> None:
    """A longer name is one run ("Gaza Strip"), and runs come in text order."""
    assert _runs("fighting in the Gaza Strip and in Kabul.") == ["Gaza Strip", "Kabul"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Drones struck Ras al-Ain.", id="hyphened-article"),
        pytest.param("Drones struck Ras al Ain.", id="spaced-article"),
        pytest.param("Drones struck Ras Al-Ain.", id="capital-article"),
    ],
)
def test_no_run_starts_inside_a_name_an_article_binds(text: str) -> None:
    """An Arabic article binds the words around it: no run starts at it or after it, nor ends before it."""
    assert _runs(text) == []


def test_a_prominent_place_before_a_bound_name_is_a_run() -> None:
    """A big city may stand before an article that binds it to more ("Baghdad al-Jadida")."""
    assert _runs("A bomb went off in Baghdad al-Jadida.") == ["Baghdad"]


def test_a_demonym_joins_the_run_only_when_it_decides() -> None:
    """ "Indian Kashmir" is one run on India's side; "Russian" adds nothing to a place only Russia has."""
    text = "Shelling hit Indian Kashmir and the Russian Kursk region."
    found = list(Scanner(text, _place_words(tokenize(text))).matches())
    assert [text[start:end] for start, end, _, _, _ in found] == ["Indian Kashmir", "Kursk"]
    assert {c[0].country for c in found[0][2]} == {"IND"}


def test_the_longest_name_has_max_tokens_words() -> None:
    """The scan looks names up to five words long ("Democratic Republic of the Congo")."""
    assert MAX_TOKENS == 5
    assert _runs("Troops left the Democratic Republic of the Congo.") == ["Democratic Republic of the Congo"]
