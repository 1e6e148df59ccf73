"""Tests for conflictclaims._claim_lexicon: the claim reader's word lists are well-formed data."""

from __future__ import annotations

import pytest

from conflictclaims import _claim_lexicon
from conflictclaims.model import Outcome, Unit


@pytest.mark.parametrize(
    "name",
    [
        "CEASEFIRE_WORDS",
        "MEDIATION_CUES",
        "UNQUANTIFIED_NOUNS",
        "ACTIVE_TRIGGERS",
        "PASSIVE_TRIGGERS",
    ],
)
def test_cue_words_are_lower_case(name: str) -> None:
    """Cue words are matched case-sensitively against lower-cased text, so they must be lower case."""
    words = getattr(_claim_lexicon, name)
    assert words
    assert all(word == word.lower() for word in words)


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(_claim_lexicon.NOMINAL_TRIGGERS, id="nominal"),
        pytest.param(_claim_lexicon.PASSIVE_TRIGGERS, id="passive"),
        pytest.param(_claim_lexicon.OUTCOME_NOUNS, id="outcome-nouns"),
        pytest.param(_claim_lexicon.PASSIVE_PHRASES, id="passive-phrases"),
        pytest.param(_claim_lexicon.UNQUANTIFIED_NOUNS, id="unquantified"),
    ],
)
def test_outcomes_are_outcome_values(table: dict[object, str]) -> None:
    """Every outcome a trigger names is an Outcome value."""
    assert all(Outcome(value) for value in table.values())


def test_active_phrases_name_outcomes_or_nothing() -> None:
    """An active phrase names an outcome, or the empty string for a verb that only carries one ("left")."""
    assert all(value == "" or Outcome(value) for value in _claim_lexicon.ACTIVE_PHRASES.values())


def test_units_are_unit_values() -> None:
    """Every unit a counted noun names is a Unit value."""
    assert all(Unit(value) for value in _claim_lexicon.UNIT_NOUNS.values())
