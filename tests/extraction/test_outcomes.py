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
        pytest.param(
            "The death toll from Sunday's bombing of a market in Kano rose to 27 people.",
            "killed",
            False,
            id="toll-verb-far-in-its-clause",
        ),
        pytest.param("The remains of 7 people were found.", "killed", False, id="remains-of"),
        pytest.param("Total fatalities: 6 (4 militants, 2 soldiers).", "killed", False, id="coded-label"),
        pytest.param("12 soldiers were killed.", "killed", False, id="passive-participle"),
        pytest.param("Three soldiers went missing.", "missing", False, id="passive-phrase"),
        pytest.param("12 civilians, including four children, were killed.", "killed", False, id="aside-stepped-over"),
        pytest.param("There were 274 deaths.", "killed", False, id="counted-noun"),
        pytest.param("He was detained along with 3 of his associates.", "captured", False, id="along-with"),
        pytest.param("The commander was killed together with 3 guards.", "killed", False, id="together-with"),
        pytest.param("The number of fatalities is coded as 10 for the event.", "killed", False, id="coded-as"),
        pytest.param("Fighters set fire to 25 trucks.", "destroyed", True, id="set-fire-to"),
        pytest.param("Gunmen set ablaze 12 shops.", "destroyed", True, id="set-ablaze"),
        pytest.param("30 shops were looted.", "destroyed", False, id="thing-participle"),
        pytest.param("A mob burned 3 thieves alive.", "killed", True, id="burned-alive"),
        pytest.param("Rebels took 2 soldiers alive.", "captured", True, id="took-alive"),
        pytest.param("12 villagers died two days later.", "killed", False, id="died-takes-no-object"),
        pytest.param("2 of the wounded later died in hospital.", "killed", False, id="partitive-predicate"),
        pytest.param("3 attackers were neutralized.", "killed", False, id="neutralized"),
        pytest.param("Gunmen fired on a bus, killing its 7 passengers.", "killed", True, id="killing-its-count"),
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
        pytest.param("Fighters set fire to 12 people.", id="set-fire-to-people-says-nothing"),
        pytest.param("The 12 recruits were recorded as present.", id="recorded-as-without-fatalities"),
        pytest.param("They found 12 men alive.", id="alive-after-a-verb-of-no-outcome"),
        pytest.param(
            "The toll was unclear, and after the rains the river in the valley rose to 12 metres.",
            id="toll-word-in-another-clause",
        ),
    ],
)
def test_no_outcome(text: str) -> None:
    """An adjective, a verb of no outcome, or "wounded soldiers" after the count give no outcome."""
    assert _outcome(text, "12") is None


def test_counted_noun_and_rule_table() -> None:
    """The counted-noun rule reads outcome nouns; the before-count table keeps its documented order."""
    assert counted_noun("casualties") == Trigger("casualties", None, active=False)
    assert counted_noun("soldiers") is None
    assert [rule.__name__ for rule in BEFORE_COUNT] == [
        "active_phrase",
        "active_verb",
        "nominal",
        "toll_verb",
        "coded_as",
        "accompanied",
        "inclusion",
    ]


@pytest.mark.parametrize(
    ("text", "count", "outcome"),
    [
        pytest.param("4 aid workers were shot and killed.", "4", "killed", id="manner-chain"),
        pytest.param("3 villagers were kidnapped and later killed.", "3", "killed", id="captured-then-killed"),
        pytest.param("2 guards were hacked to death.", "2", "killed", id="manner-to-death"),
        pytest.param("20 bus passengers shot dead in Balochistan.", "20", "killed", id="headline-without-auxiliary"),
        pytest.param("5 soldiers paid the supreme price.", "5", "killed", id="euphemism"),
        pytest.param("A local chief succumbed to his injuries.", "A", "killed", id="succumbed"),
        pytest.param("2 suspects were taken into custody.", "2", "captured", id="taken-into-custody"),
        pytest.param("Militants hacked 8 fishermen to death.", "8", "killed", id="object-complement-to-death"),
        pytest.param("Police took 3 suspects into custody.", "3", "captured", id="object-complement-custody"),
        pytest.param("The attack claimed 30 lives.", "30", "killed", id="claimed-lives"),
        pytest.param("6 rebels and 1 soldier were killed.", "6", "killed", id="joined-noun-phrase"),
        pytest.param("1 civilian, a village elder, was killed.", "1", "killed", id="appositive"),
        pytest.param("A policeman who responded was also killed.", "A", "killed", id="relative-clause"),
        pytest.param("2 associates of the dealer were detained.", "2", "captured", id="of-phrase"),
        pytest.param("The commander, blamed for the blast, was detained.", "The", "captured", id="participial-aside"),
        pytest.param("1 person of interest was detained.", "1", "captured", id="of-a-bare-noun"),
        pytest.param("4 gunmen from rebel ranks were killed.", "4", "killed", id="from-bare-people"),
        pytest.param(
            "A leader in Sabari district, Khost province, was arrested.", "A", "captured", id="place-and-its-appositive"
        ),
        pytest.param("6 villagers including a baby were killed.", "6", "killed", id="including-without-commas"),
        pytest.param("7 guards and around 20 raiders were killed.", "7", "killed", id="joined-approximate-count"),
        pytest.param("2 reporters were briefly detained.", "2", "captured", id="briefly-before-the-participle"),
        pytest.param("Raiders torched a bus, burning to death 9 travellers.", "9", "killed", id="burning-to-death"),
        pytest.param("3 men linked to the cell were detained.", "3", "captured", id="postnominal-participle-aside"),
        pytest.param("2 youths armed with machetes were arrested.", "2", "captured", id="armed-with-aside"),
        pytest.param(
            "A sniper shot two guards near the bridge and was later killed by troops.",
            "A",
            "killed",
            id="joined-passive-of-the-subject",
        ),
        pytest.param(
            "A man armed with an axe wounded four shoppers before being arrested.",
            "A",
            "captured",
            id="before-being-passive",
        ),
    ],
)
def test_casualty_grammar(text: str, count: str, outcome: str) -> None:
    """Verb chains, headline participles, euphemisms, complements and what stands between a count and its verb."""
    found = _outcome(text, count)
    assert found is not None
    assert found.outcome == outcome


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2 gunmen killed a soldier.", id="agent-of-an-active-verb"),
        pytest.param("2 gunmen shot dead a journalist.", id="agent-of-an-active-phrase"),
        pytest.param("The attack saved 30 lives.", id="lives-saved"),
    ],
)
def test_agents_are_not_victims(text: str) -> None:
    """A count before a participle with an object is the agent: "two gunmen killed a soldier" kills no gunman."""
    count = "2" if "2" in text else "30"
    assert _outcome(text, count) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A nurse who would not give her name said 9 people were killed.", id="speech-verb-ends-clause"),
        pytest.param("A medic, who spoke on condition of anonymity, said 4 were wounded.", id="speech-verb-ends-aside"),
        pytest.param("An officer who asked not to be named said 3 were killed.", id="infinitive-be-resumes-nothing"),
    ],
)
def test_a_speaker_with_a_relative_clause_is_no_victim(text: str) -> None:
    """A relative clause that ends at a verb of speech leaves the speaker's noun no passive of its own."""
    assert _outcome(text, text.split(maxsplit=1)[0]) is None


def test_a_definite_count_of_people_taken_before_is_no_capture() -> None:
    """ "the two detainees were handed over" points back at people already taken; "two detainees" alone is a toll."""
    assert _outcome("The 2 detainees were handed over.", "2") is None
    found = _outcome("Police hold 2 detainees.", "2")
    assert found is not None
    assert found.outcome == "captured"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A sniper shot a guard who was later killed by troops.", id="relative-clause-has-its-own-subject"),
        pytest.param("Troops said a sniper shot a guard and was later killed.", id="not-the-clause-subject"),
        pytest.param("A sniper shot a guard; the other guard ran and was later killed.", id="another-clause"),
    ],
)
def test_a_joined_passive_belongs_to_the_clause_subject_only(text: str) -> None:
    """ "and was killed" after a verb is the outcome of the clause's subject, not of a noun in a relative clause."""
    found = _outcome(text, "a" if text.startswith("Troops") else "A")
    assert found is None or found.outcome != "killed"
