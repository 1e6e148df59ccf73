"""Tests for conflictclaims.extraction.outcomes: the outcome rules, tried in order."""

from __future__ import annotations

import pytest

from conflictclaims.extraction.outcomes import BEFORE_COUNT, Trigger, counted_noun, outcome_of
from conflictclaims.extraction.phrases import noun_phrase
from tests.extraction.conftest import last_sentence


def _outcome(text: str, count: str) -> Trigger | None:
    sentence, _, _ = last_sentence(text)
    tokens = sentence.tokens
    first = next(i for i, t in enumerate(tokens) if t.text == count)
    np_end, head = noun_phrase(tokens, first + 1)
    return outcome_of(tokens, first, np_end, tokens[head].lower if head is not None else None, 0)


@pytest.mark.parametrize(
    ("text", "outcome", "active"),
    [
        pytest.param("Strikes killed 58 fighters.", "killed", True, id="active-verb"),
        pytest.param("They killed or wounded 15 people.", "casualties", True, id="active-phrase-longest-first"),
        pytest.param("The attack claimed the lives of 30 people.", "killed", True, id="claimed-the-lives-of"),
        pytest.param("They demanded the release of 3 soldiers.", "released", False, id="nominal-of"),
        pytest.param("The death toll rose to 43 people.", "killed", False, id="toll-verb"),
        pytest.param("12 soldiers were killed.", "killed", False, id="passive-participle"),
        pytest.param("Three soldiers went missing.", "missing", False, id="passive-phrase"),
        pytest.param("12 civilians, including four children, were killed.", "killed", False, id="aside-stepped-over"),
        pytest.param("There were 274 deaths.", "killed", False, id="counted-noun"),
    ],
)
def test_outcome_rules(text: str, outcome: str, active: bool) -> None:
    """Each rule finds its outcome and says whether it is an active verb."""
    count = next(word for word in text.replace(",", " ").split() if word.isdigit() or word == "Three")
    found = _outcome(text, count)
    assert found is not None
    assert (found.outcome, found.active) == (outcome, active)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The wounded 12 were moved.", id="adjective-not-verb"),
        pytest.param("Strikes hit 12 sites.", id="no-outcome-word"),
        pytest.param("12 and wounded soldiers arrived.", id="wounded-soldiers-is-a-noun-phrase"),
    ],
)
def test_no_outcome(text: str) -> None:
    """An adjective, a verb of no outcome, or "wounded soldiers" after the count give no outcome."""
    assert _outcome(text, "12") is None


def test_counted_noun_and_rule_table() -> None:
    """The counted-noun rule reads outcome nouns; the before-count table keeps its documented order."""
    assert counted_noun("casualties") == Trigger("casualties", None, active=False)
    assert counted_noun("soldiers") is None
    assert [rule.__name__ for rule in BEFORE_COUNT] == ["active_phrase", "active_verb", "nominal", "toll_verb"]
