"""Tests for conflictclaims.extraction.perpetrators: who did it, for active verbs and passive tolls."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims.extraction.attribution import read_frames
from conflictclaims.extraction.perpetrators import agent_of_passive, agent_of_verb
from tests.extraction.conftest import last_sentence

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.extraction.sentence import Token


def _index(tokens: Sequence[Token], word: str) -> int:
    return next(i for i, t in enumerate(tokens) if t.lower == word)


def test_agent_of_an_active_verb_is_the_clause_subject() -> None:
    """ "Russian strikes killed 12": the demonym before the verb is the agent."""
    sentence, speakers, _ = last_sentence("Russian strikes killed 12 civilians.")
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, "killed"), None)
    assert agent is not None
    assert agent.country == "RUS"


def test_its_forces_are_the_speakers() -> None:
    """ "its forces killed 50" said by a speaker: the speaker did it."""
    sentence, speakers, _ = last_sentence("Ukraine's General Staff said its forces killed 50 soldiers.")
    (frame,) = read_frames(sentence, speakers)
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, "killed"), frame)
    assert agent is frame.speaker


def test_a_place_is_no_agent() -> None:
    """ "in Ukraine" before the verb is where, not who."""
    sentence, speakers, _ = last_sentence("Fighting across Ukraine killed 12 people.")
    assert agent_of_verb(sentence, speakers, _index(sentence.tokens, "killed"), None) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        pytest.param(
            "The SDF said it had beaten back an offensive by well-equipped militias aligned with the government "
            "in Damascus, killing 9.",
            "killing",
            id="object-of-with",
        ),
        pytest.param(
            "The SDF said it had beaten back a fierce overnight push by the Syrian army against its lines, killing 9.",
            "killing",
            id="by-before-a-participle",
        ),
        pytest.param(
            "Government troops, backed by Chadian soldiers, killed 9 raiders, the army said.",
            "killed",
            id="an-ally-after-backed-by",
        ),
    ],
)
def test_an_object_is_no_agent(text: str, verb: str) -> None:
    """A side named as an object ("affiliated with X", "an assault by X, killing") did not do the killing."""
    sentence, speakers, _ = last_sentence(text)
    frames = read_frames(sentence, speakers)
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, verb), frames[0] if frames else None)
    assert agent is None or agent.name in {"Syrian Democratic Forces", "army"}


def test_a_side_blamed_for_an_attack_did_it() -> None:
    """ "a roadside bomb blamed on al-Shabaab hit a police truck, injuring five officers": al-Shabaab did it."""
    sentence, speakers, _ = last_sentence(
        "A roadside bomb blamed on al-Shabaab hit a police truck, injuring five officers."
    )
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, "injuring"), None)
    assert agent is not None
    assert agent.name == "al-Shabaab"


def test_a_dateline_is_no_agent() -> None:
    """ "KYIV, May 4 - Russia lost 870 troops": the dateline's capital before the dash did nothing."""
    sentence, speakers, _ = last_sentence("KYIV, May 4 - Russia lost 870 troops, Ukraine's military said.")
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, "lost"), None)
    assert agent is not None
    assert agent.country == "RUS"


def test_agent_of_a_passive_toll_is_named_with_the_attack() -> None:
    """ "killed in Pakistani strikes": the side named before the attack noun did it."""
    sentence, speakers, _ = last_sentence("12 people were killed in Pakistani strikes.")
    agent = agent_of_passive(sentence, speakers, _index(sentence.tokens, "killed"))
    assert agent is not None
    assert agent.country == "PAK"
    sentence, speakers, _ = last_sentence("12 people were killed in Kabul.")
    assert agent_of_passive(sentence, speakers, _index(sentence.tokens, "killed")) is None


def test_an_ally_named_with_a_compound_modifier_is_no_agent() -> None:
    """ "officers, backed by the Kenyan-led mission, had killed": the officers did it, not Kenya."""
    sentence, speakers, _ = last_sentence(
        "Police officers, backed by the Kenyan-led Multinational Security Support mission, killed nine gang members."
    )
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, "killed"), None)
    assert agent is None or agent.country != "KEN"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param("Jihadists overran a post near Djibo in northern Burkina Faso on Monday, killing 34 soldiers.",
                     "BFA", id="northern"),
        pytest.param("Separatists attacked a convoy in far northern Cameroon on Friday, killing six soldiers.",
                     "CMR", id="far-northern"),
        pytest.param("Fighters raided a village in neighbouring Niger overnight, killing five herders.",
                     "NER", id="neighbouring"),
    ],
)  # fmt: skip
def test_a_country_after_a_word_of_region_is_where_not_who(text: str, country: str) -> None:
    """ "overran a post in northern Burkina Faso, killing 34 soldiers": Burkina Faso is where, not the killer."""
    sentence, speakers, _ = last_sentence(text)
    agent = agent_of_verb(sentence, speakers, _index(sentence.tokens, "killing"), None)
    assert agent is None or agent.country != country


@given(word=st.one_of(st.sampled_from(["afghan", "kabul", "taliban", "pakistani", "1st", "us"]), st.text(max_size=12)))
def test_a_word_with_no_capital_names_no_country(word: str) -> None:
    """The agent scan passes over words with no capital: the speakers' country lookup finds none for them."""
    _, speakers, _ = last_sentence("Forces said.")
    if word.islower():
        assert speakers.country_of(word) is None
