"""Tests for conflictclaims._actor_lexicon: the phrase lexicon and the actor finder's view of the tokens."""

from __future__ import annotations

from conflictclaims._actor_lexicon import (
    CASE_INITIAL,
    CASE_NONE,
    CASE_UPPER,
    actor_tokens,
    case_ok,
    lexicon,
    matches,
    phrase_key,
)
from conflictclaims.model import ActorKind
from conflictclaims.tokens import tokenize


def test_phrase_keys_split_possessives_and_keep_acronyms() -> None:
    """A phrase's key is its actor tokens lower-cased: "'s" apart, "U.S." whole, "’" as "'"."""
    assert phrase_key("Pakistan’s Army") == ("pakistan", "'s", "army")
    assert phrase_key("the U.S.") == ("the", "u.s.")


def test_lexicon_entries() -> None:
    """Groups, countries, demonyms, capitals, institutions, titles and people nouns all have entries."""
    phrases = lexicon().phrases
    assert phrases[("taliban",)].group == "Taliban"
    assert phrases[("pakistani",)].country == "PAK"
    assert phrases[("palestinians",)].proper == "plural"
    assert phrases[("kabul",)].proper == "capital"
    assert phrases[("spokesperson",)].head
    assert phrases[("soldiers",)].noun is ActorKind.MILITARY
    assert lexicon().names["IRN"] == "Iran"
    assert "s" not in lexicon().followers.get("the", frozenset())


def test_case_checks() -> None:
    """A proper noun needs its capitals: an initial capital, or all capitals for an acronym."""
    assert case_ok(CASE_NONE, ["anything"])
    assert case_ok(CASE_INITIAL, ["Kabul"])
    assert not case_ok(CASE_INITIAL, ["kabul"])
    assert case_ok(CASE_UPPER, ["TTP"])
    assert not case_ok(CASE_UPPER, ["Ttp"])


def test_actor_view_splits_possessives_and_joins_acronyms() -> None:
    """The actor view of the shared tokens has "'s" apart and "U.S." as one acronym."""
    view = actor_tokens(tokenize("Pakistan's U.S.-backed forces’ 2,575"))
    assert view.surfaces == ["Pakistan", "'s", "U.S.", "-", "backed", "forces", "’", "2", ",", "575"]
    assert [view.kind(i) for i in (0, 1, 2, 3, 6)] == ["word", "poss", "acr", "punct", "poss"]


def test_matches_take_the_longest_valid_phrase() -> None:
    """Each token gets the longest phrase starting there whose capitals fit; a range sees only its tokens."""
    view = actor_tokens(tokenize("The Islamic State group and the islamic state said"))
    found = matches(view, lexicon())
    first = found[1]
    assert first is not None
    assert first.proper
    assert first.end == 4
    lower = found[6]
    assert lower is None or not lower.proper
    assert len(matches(view, lexicon(), 1, 3)) == 2
