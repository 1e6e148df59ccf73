"""Tests for conflictclaims._people: one table of people nouns by kind, read by actors and claims alike."""

from __future__ import annotations

import pytest

from conflictclaims import _people, extract
from conflictclaims.actors import noun_kind
from conflictclaims.model import ActorKind


def test_kinds_are_actor_kinds() -> None:
    """Every kind in the tables is an ActorKind value."""
    kinds = set(_people.PERSON_NOUNS.values()) | set(_people.KIND_MODIFIERS.values())
    assert all(ActorKind(kind) for kind in kinds)


def test_each_noun_is_listed_under_one_kind() -> None:
    """A noun appears in one kind's list only, so the merged table loses none."""
    lists = [_people._MILITARY, _people._POLICE, _people._CIVILIANS, _people._GOVERNMENT, _people._UNKNOWN]  # noqa: SLF001
    assert sum(len(nouns) for nouns in lists) == len(_people.PERSON_NOUNS)


def test_keys_are_lower_case_with_single_spaces() -> None:
    """Keys are in the form the finders look them up in."""
    for key in (*_people.PERSON_NOUNS, *_people.KIND_MODIFIERS):
        assert key == " ".join(key.lower().split()), key


def test_outcome_nouns_are_no_people() -> None:
    """ "casualties" and "deaths" name an outcome, not a group of people an actor could be."""
    assert not {"casualties", "deaths", "fatalities", "injuries", "wounded", "dead", "lives"} & set(
        _people.PERSON_NOUNS
    )


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        pytest.param("gendarmes", "police", id="gendarmes-police"),
        pytest.param("officials", "government", id="officials-government"),
        pytest.param("citizens", "civilians", id="citizens-civilians"),
        pytest.param("people", "unknown", id="people-unknown"),
        pytest.param("volunteers", "unknown", id="volunteers-unknown"),
    ],
)
def test_actor_finder_and_claim_reader_agree_on_a_noun(noun: str, kind: str) -> None:
    """The actor finder's kind for a noun and the claim reader's subject kind come from the one table."""
    assert noun_kind(noun) is ActorKind(kind)
    (claim,) = extract(f"Officials said 12 {noun} were killed.").claims
    assert claim.subject.kind is ActorKind(kind)


def test_a_peoples_plural_counts_civilians() -> None:
    """ "12 Palestinians were killed" counts Palestinian civilians, as the actor finder reads it."""
    (claim,) = extract("Medics said 12 Palestinians were killed in Gaza.").claims
    assert (claim.subject.country, claim.subject.kind) == ("PSE", ActorKind.CIVILIANS)


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        pytest.param("sub-commander", "military", id="sub"),
        pytest.param("ex-soldier", "military", id="ex"),
        pytest.param("vice-governor", "government", id="vice"),
    ],
)
def test_a_prefix_of_rank_keeps_the_nouns_kind(noun: str, kind: str) -> None:
    """ "a sub-commander" is one person of the kind of "a commander"."""
    assert _people.ONE_PERSON_NOUNS[noun] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("A settler was shot and killed near Nablus.", "unknown", id="settler"),
    ],
)
def test_one_person_nouns_count_one(text: str, kind: str) -> None:
    """A noun for one person after "a" is a toll of one: "a settler was shot and killed"."""
    (claim,) = extract(text).claims
    assert claim.count is not None
    assert (claim.count.best, claim.subject.kind) == (1, ActorKind(kind))
