"""Tests for conflictclaims.extraction.phrases: the counted noun phrase, clauses and coordination."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _lexicon, _people, _speech
from conflictclaims.extraction import phrases
from conflictclaims.extraction.phrases import (
    clause_end,
    clause_start,
    complement_at,
    coordinated,
    evidence,
    has_joint_marker,
    is_adjectival,
    is_subset,
    manner_chain,
    next_comma,
    noun_phrase,
    passive_phrase_at,
    subset_opener,
    unit_of,
)
from tests.extraction.conftest import last_sentence
from tests.strategies import sentence_tokens


def _tokens(text: str) -> list[object]:
    sentence, _, _ = last_sentence(text)
    return list(sentence.tokens)


@pytest.mark.parametrize(
    ("text", "phrase", "head"),
    [
        pytest.param("12 Pakistani soldiers were killed", "Pakistani soldiers", "soldiers", id="stops-at-auxiliary"),
        pytest.param("400 wounded", "", None, id="participle-is-the-outcome"),
        pytest.param("12 soldiers and civilians died", "soldiers and civilians", "civilians", id="and-joins-nouns"),
        pytest.param("12 soldiers and 30 civilians died", "soldiers", "soldiers", id="and-before-a-number"),
        pytest.param("50 of them died", "of them", "them", id="of-after-no-head"),
        pytest.param("19 posts of the army fell", "posts", "posts", id="of-ends-after-a-head"),
        pytest.param("12 security personnel said", "security personnel", "personnel", id="ends-at-reporting-verb"),
        pytest.param("2 insurgents and found weapons", "insurgents", "insurgents", id="and-a-verb-of-its-own"),
        pytest.param("1 suspect and weapons", "suspect", "suspect", id="and-things-after-people"),
        pytest.param("4 gun trucks and recovered a cache", "gun trucks", "trucks", id="and-a-verb-with-an-object"),
        pytest.param("20 bus passengers shot dead", "bus passengers", "passengers", id="ends-at-a-passive-phrase"),
        pytest.param("4 aid workers shot and killed", "aid workers", "workers", id="ends-at-a-verb-chain"),
        pytest.param("62 others prisoner", "others", "others", id="ends-at-a-complement"),
        pytest.param("5 soldiers paid the supreme price", "soldiers", "soldiers", id="ends-at-a-euphemism"),
        pytest.param("1 individual associated with the cache", "individual", "individual", id="postnominal-clause"),
        pytest.param("30 lives and left dozens injured", "lives", "lives", id="and-a-verb-phrase"),
        pytest.param("2 Islamic Movement of Uzbekistan (IMU) fighters", "Islamic Movement", "movement", id="of-ends"),
        pytest.param("2 Tehrik (TTP) fighters died", "Tehrik ( TTP ) fighters", "fighters", id="acronym"),
        pytest.param("1 leader known to conduct attacks", "leader", "leader", id="postnominal-known-to"),
        pytest.param("1 weapons supplier yesterday", "weapons supplier", "supplier", id="ends-at-a-time-adverb"),
        pytest.param("1 man convicted of murder", "man", "man", id="postnominal-convicted-of"),
        pytest.param("1 commander known as Musa", "commander", "commander", id="postnominal-known-as"),
        pytest.param("2 engineers working for a firm", "engineers", "engineers", id="postnominal-working-for"),
        pytest.param("1 villager they accused", "villager", "villager", id="ends-at-a-subject-pronoun"),
        pytest.param("1 cell leader behind the raids", "cell leader", "leader", id="ends-at-behind"),
        pytest.param("1 gunman hours after the attack", "gunman", "gunman", id="ends-at-a-span-of-time"),
        pytest.param("2 days later", "days", "days", id="a-duration-alone-is-the-phrase"),
        pytest.param("2 U.N. peacekeepers were killed", "U.N . peacekeepers", "peacekeepers", id="abbreviation"),
        pytest.param("2 U.S. Officials said", "U.S", "u.s", id="abbreviation-ends-a-sentence"),
        pytest.param("2 youths armed with clubs", "youths", "youths", id="postnominal-armed-with"),
        pytest.param("2 armed youths", "armed youths", "youths", id="armed-before-the-noun"),
        pytest.param("1 bomber also died", "bomber", "bomber", id="ends-at-an-adverb"),
        pytest.param("3 houses torched", "houses", "houses", id="ends-at-a-things-participle"),
        pytest.param("2 Pul-e ‘Alam elders", "Pul-e ‘ Alam elders", "elders", id="a-mark-inside-a-name"),
        pytest.param('47 "apostate" soldiers died', '" apostate " soldiers', "soldiers", id="scare-quoted-modifier"),
        pytest.param("40 “Taliban apostates”.", "“ Taliban apostates ”", "apostates", id="scare-quoted-phrase"),
        pytest.param('12 "apostate soldiers', "", None, id="an-unclosed-quote-ends-it"),
    ],
)
def test_noun_phrase(text: str, phrase: str, head: str | None) -> None:
    """The phrase after a count runs to its grammar's stops; its head is its last content word."""
    tokens = _tokens(text)
    end, found = noun_phrase(tokens, 1)  # type: ignore[arg-type]
    assert " ".join(t.text for t in tokens[1:end]) == phrase  # type: ignore[attr-defined]
    assert (tokens[found].lower if found is not None else None) == head  # type: ignore[attr-defined]


def test_clause_edges_and_commas() -> None:
    """A clause ends at a stop or a clause break; it starts after one, except at a relative pronoun."""
    tokens = _tokens("Egypt and Qatar, which mediated, said the truce collapsed.")
    assert next_comma(tokens, 0, 10) == 3  # type: ignore[arg-type]
    assert clause_end(tokens, 0, 12) == 4  # type: ignore[arg-type]  # "which"
    assert clause_end(tokens, 5, 12) == 10  # type: ignore[arg-type]  # "collapsed"
    mediated = 5
    assert clause_start(tokens, mediated, 12) == 0  # type: ignore[arg-type]


def test_coordination_subsets_and_joint_sides() -> None:
    """ "and 27" joins the previous count, "four of them" is a subset, "on both sides" a joint subject."""
    tokens = _tokens("12 died and 27 were hurt, four of them badly, on both sides")
    assert coordinated(tokens, 1, 3)  # type: ignore[arg-type]
    assert not coordinated(tokens, 1, 30)  # type: ignore[arg-type]
    assert is_subset(tokens, 7, 8)  # type: ignore[arg-type]
    assert has_joint_marker(tokens, 7)  # type: ignore[arg-type]
    assert not has_joint_marker(tokens, 0)  # type: ignore[arg-type]


def test_adjectival_participle() -> None:
    """ "the wounded 12": "wounded" after an article is an adjective, no verb."""
    tokens = _tokens("the wounded 12 and killed 5")
    assert is_adjectival(tokens, 1)  # type: ignore[arg-type]
    assert not is_adjectival(tokens, 4)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("head", "outcome", "unit"),
    [
        pytest.param(None, "killed", "persons", id="no-head"),
        pytest.param("posts", "destroyed", "posts", id="unit-noun"),
        pytest.param("soldiers", "killed", "persons", id="people-noun"),
        pytest.param("hours", "killed", None, id="no-claim-head"),
        pytest.param("houses", "destroyed", "other", id="thing-destroyed"),
        pytest.param("cars", "destroyed", "vehicles", id="cars-are-vehicles"),
        pytest.param("grenades", "captured", "other", id="materiel-is-no-person"),
        pytest.param("engineer", "seized", "persons", id="one-person-seized"),
        pytest.param("engineers", "seized", "persons", id="people-by-trade-seized"),
    ],
)
def test_unit_of(head: str | None, outcome: str, unit: str | None) -> None:
    """The unit comes from the head noun; a year, duration or distance head makes no claim."""
    assert unit_of(head, outcome) == unit


def test_evidence_runs_from_the_count_through_its_trigger() -> None:
    """The evidence covers the count, its noun phrase and the outcome word."""
    tokens = _tokens("12 soldiers were killed")
    start, end = evidence(tokens, 0, 2, 3)  # type: ignore[arg-type]
    assert (start, end) == (0, len("12 soldiers were killed"))


@pytest.mark.parametrize(
    ("text", "outcome", "last"),
    [
        pytest.param("shot and killed", "killed", "killed", id="and"),
        pytest.param("kidnapped and later killed", "killed", "killed", id="adverb-inside"),
        pytest.param("hacked to death", "killed", "death", id="to-death"),
        pytest.param("beaten and shot dead", "killed", "dead", id="passive-phrase-after-and"),
    ],
)
def test_manner_chain(text: str, outcome: str, last: str) -> None:
    """A verb of manner chained to its outcome gives the outcome and the word that names it."""
    tokens = _tokens(text)
    found = manner_chain(tokens, 0)  # type: ignore[arg-type]
    assert found is not None
    assert (found[0], tokens[found[1]].text) == (outcome, last)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        pytest.param("shot him dead", "killed", id="dead"),
        pytest.param("stabbed her to death", "killed", id="to-death"),
        pytest.param("took him hostage", "captured", id="hostage"),
        pytest.param("took him into custody", "captured", id="into-custody"),
        pytest.param("shot him in the leg", None, id="no-complement"),
        pytest.param("shot him to", None, id="phrase-cut-short"),
    ],
)
def test_complement_at(text: str, outcome: str | None) -> None:
    """The complement after the object ("dead", "to death", "hostage") gives its outcome; other words none."""
    assert complement_at(_tokens(text), 2) == outcome  # type: ignore[arg-type]


def test_manner_alone_is_no_outcome() -> None:
    """ "shot at the convoy" and "attacked the post" chain to no outcome."""
    assert manner_chain(_tokens("shot at the convoy"), 0) is None  # type: ignore[arg-type]
    assert manner_chain(_tokens("attacked and looted"), 0) is None  # type: ignore[arg-type]


def test_passive_phrase_at() -> None:
    """A multi-word outcome is matched whole, longest of those starting with its word."""
    tokens = _tokens("were taken into custody")
    assert passive_phrase_at(tokens, 1) == ("captured", 4)  # type: ignore[arg-type]
    assert passive_phrase_at(_tokens("were taken away"), 1) is None  # type: ignore[arg-type]


def _lexicon_words(*modules: object) -> frozenset[str]:
    """Every word of every word list and table of ``modules``."""
    words: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, (frozenset, set, dict, tuple)):
                words.update(part for item in value if isinstance(item, str) for part in item.split())
    return frozenset(words)


# Drawn independently of the prefilter, so that a word it leaves out is still drawn.
_PHRASE_WORDS = _lexicon_words(lex, phrases, _grammar, _lexicon, _people, _speech)
_GLUE = ("of", "and", "or", "to", "with", "after", "death", "dead", "the", "soldiers", "said", "north", "hours")


@given(tokens=sentence_tokens(_PHRASE_WORDS, _GLUE), head=st.one_of(st.none(), st.integers(0, 23)))
def test_only_phrase_ending_words_end_a_phrase(tokens: list[object], head: int | None) -> None:
    """No word outside the prefilter's list ends a noun phrase, so :func:`noun_phrase` need not test the others."""
    head = None if head is None or head >= len(tokens) else head
    for i, token in enumerate(tokens):
        if token.lower not in phrases._PHRASE_ENDING_WORDS:  # type: ignore[attr-defined]  # noqa: SLF001
            assert not phrases._ends_phrase(tokens, i, head)  # type: ignore[arg-type]  # noqa: SLF001


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        pytest.param("killed two, including 5", "including", id="including"),
        pytest.param("among the dead were 5", "", id="not-right-before"),
        pytest.param("wounded 40, among 5", "among", id="among"),
        pytest.param("killed seven, among them 5", "among them", id="among-them"),
        pytest.param("killed seven, among whom 5", "among whom", id="among-whom"),
        pytest.param("killed seven of them 5", "", id="them-without-among"),
        pytest.param("5", "", id="first-token"),
    ],
)
def test_subset_opener(text: str, opener: str) -> None:
    """The words right before a count that single it out of a toll, one token or two."""
    tokens = _tokens(text)
    assert subset_opener(tokens, len(tokens) - 1) == opener  # type: ignore[arg-type]
