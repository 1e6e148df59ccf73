"""Tests for conflictclaims.extraction.sides: the side a count's people take when their noun phrase names none."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictclaims import extract

_DAY = dt.date(2025, 6, 1)


def _side(text: str) -> tuple[str, str, str | None]:
    """The first claim's subject: kind, party kind and country."""
    subject = extract(text, published=_DAY).claims[0].subject
    return subject.kind.value, subject.party.kind.value, subject.country


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ukrainian air defences shot down 40 drones overnight, Kyiv said.", id="active-named-defender"),
        pytest.param("Kyiv said 40 drones were shot down overnight.", id="passive"),
        pytest.param("Air defences downed 16 drones over Riyadh, the Saudi defence ministry said.", id="another-state"),
    ],
)
def test_drones_a_side_downs_are_not_its_own(text: str) -> None:
    """Drones a defender says it shot down belong to an enemy the text does not name, never to the defender."""
    _, party, country = _side(text)
    assert party == "unknown"
    assert country is None


def test_drones_downed_are_the_named_enemys() -> None:
    """With the attacker named, the downed drones are the attacker's."""
    text = "Russia launched 50 drones overnight. Kyiv said 40 drones were shot down."
    claim = extract(text, published=_DAY).claims[0]
    assert claim.subject.party.name == "Russia"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param("State television said 30 militants were killed in Borno.", "NGA", id="militants"),
        pytest.param("The army said it killed 12 bandits in Zamfara.", "NGA", id="bandits"),
        pytest.param("Police said 6 insurgents were killed in Cabo Delgado.", "MOZ", id="insurgents"),
    ],
)
def test_insurgents_of_no_named_group_are_an_armed_group_of_unknown_side(text: str, country: str) -> None:
    """Militants no group of the article names are an armed group of an unknown side, never the state's."""
    assert _side(text) == ("armed_group", "unknown", country)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gran Grif gunmen raided Petite-Rivière in Haiti. Police said 6 gang members were killed.",
            id="gang-members",
        ),
        pytest.param(
            "Gran Grif gunmen raided Petite-Rivière in Haiti. Police say 6 cartel gunmen shot dead.", id="cartel-gunmen"
        ),
    ],
)
def test_people_their_words_make_a_groups_are_the_enemy_of_the_state_that_tells(text: str) -> None:
    """ "Police said 6 gang members were killed": the gang named in the article, not the police's own."""
    subject = extract(text, published=_DAY).claims[-1].subject
    assert (subject.party.kind.value, subject.party.name) == ("armed_group", "Gran Grif")


def test_a_child_named_alone_is_a_civilian() -> None:
    """ "killed a boy": one child is a civilian, as "children" are."""
    assert _side("A shell killed a boy in Kharkiv, officials said.")[:2] == ("civilians", "civilians")
