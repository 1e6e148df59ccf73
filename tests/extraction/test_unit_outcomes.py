"""Tests for conflictclaims.extraction.unit_outcomes: the outcome a claim's unit and verb of loss settle."""

from __future__ import annotations

import pytest

from conflictclaims.extraction.outcomes import Trigger
from conflictclaims.extraction.unit_outcomes import for_unit, loss_outcome
from tests.extraction.conftest import last_sentence


def _tokens(text: str) -> list[object]:
    sentence, _, _ = last_sentence(text)
    return list(sentence.tokens)


@pytest.mark.parametrize(
    ("text", "outcome", "unit", "settled"),
    [
        pytest.param("overran two outposts", "seized", "posts", "captured", id="a-post-seized-is-captured"),
        pytest.param("killed two drones", "killed", "aircraft", None, id="only-people-are-killed"),
        pytest.param("lost two tanks", "killed", "vehicles", "destroyed", id="things-lost-are-destroyed"),
        pytest.param("killed two soldiers", "killed", "persons", "killed", id="people-killed"),
    ],
)
def test_for_unit(text: str, outcome: str, unit: str, settled: str | None) -> None:
    """The unit counted settles the trigger's outcome, or rules the trigger out."""
    found = for_unit(_tokens(text), Trigger(outcome, 0, active=True), unit)  # type: ignore[arg-type]
    assert (found.outcome if found is not None else None) == settled


@pytest.mark.parametrize(
    ("text", "unit", "outcome"),
    [
        pytest.param("lost 11 men", "persons", "casualties", id="no-speaker-casualties"),
        pytest.param("lost 870 troops killed or wounded", "persons", "casualties", id="stated-after-the-phrase"),
        pytest.param("lost 11 men killed", "persons", "killed", id="killed-stated"),
        pytest.param("lost two tanks", "vehicles", "destroyed", id="things-are-destroyed"),
    ],
)
def test_loss_outcome(text: str, unit: str, outcome: str) -> None:
    """What a verb of loss claims: an outcome stated after the phrase, things destroyed, else casualties."""
    tokens = _tokens(text)
    assert loss_outcome(tokens, 3, unit, None, None) == outcome  # type: ignore[arg-type]
