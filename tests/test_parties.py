"""Tests for conflictclaims.parties: every actor resolves to the party it belongs to or speaks for."""

from __future__ import annotations

import datetime as dt
import doctest
from collections import Counter

import pytest

from conflictclaims import parties
from conflictclaims.model import Actor, ActorKind, Party, PartyKind
from conflictclaims.parties import PartyReader, is_group, opponents, party_of_group

RSF = Party(kind=PartyKind.ARMED_GROUP, name="Rapid Support Forces", country="SDN")
M23 = Party(kind=PartyKind.ARMED_GROUP, name="M23", country="COD")


def test_docstring_examples() -> None:
    """The module's examples run as written."""
    assert doctest.testmod(parties).failed == 0


@pytest.mark.parametrize(
    ("name", "published", "countries", "expected"),
    [
        pytest.param("Rapid Support Forces", None, (), RSF, id="armed-group"),
        pytest.param("Sudanese Armed Forces", None, (), Party.state("SDN"), id="state-force-is-its-state"),
        pytest.param("Wagner Group", None, ("MLI",), Party.state("RUS"), id="contractor-under-state-command"),
        pytest.param(
            "Saudi-led coalition", None, (),
            Party(kind=PartyKind.INTERNATIONAL, name="Saudi-led coalition", country="SAU"), id="led-coalition",
        ),
        pytest.param(
            "UN Human Rights Office", None, (),
            Party(kind=PartyKind.INTERNATIONAL, name="UN Human Rights Office"), id="un-body",
        ),
        pytest.param(
            "Izz ad-Din al-Qassam Brigades", None, (),
            Party(kind=PartyKind.ARMED_GROUP, name="Hamas", country="PSE"), id="armed-wing-is-its-organization",
        ),
        pytest.param(
            "Islamic State", None, ("AFG",),
            Party(kind=PartyKind.ARMED_GROUP, name="Islamic State Khorasan Province", country="AFG"),
            id="movement-is-its-local-province",
        ),
        pytest.param(
            "Islamic State West Africa Province", None, ("NGA",),
            Party(kind=PartyKind.ARMED_GROUP, name="Islamic State West Africa Province", country="NGA"),
            id="province-stays-itself",
        ),
        pytest.param(
            "Al-Masirah", None, ("YEM",), Party(kind=PartyKind.ARMED_GROUP, name="Houthis", country="YEM"),
            id="group-outlet-speaks-for-the-group",
        ),
        pytest.param(
            "Jama'at Nusrat al-Islam wal-Muslimin", None, ("BFA", "MLI"),
            Party(kind=PartyKind.ARMED_GROUP, name="Jama'at Nusrat al-Islam wal-Muslimin", country="BFA"),
            id="regional-branch-is-of-the-state-it-fights-here",
        ),
        pytest.param(
            "Islamic State Sahel Province", None, ("GBR",),
            Party(kind=PartyKind.ARMED_GROUP, name="Islamic State Sahel Province", country="MLI"),
            id="regional-branch-elsewhere-keeps-its-home",
        ),
        pytest.param(
            "Houthis", None, ("SAU", "YEM"), Party(kind=PartyKind.ARMED_GROUP, name="Houthis", country="YEM"),
            id="cross-border-attacker-keeps-its-home",
        ),
        pytest.param(
            "People's Defence Force", None, ("MMR",),
            Party(kind=PartyKind.ARMED_GROUP, name="People's Defence Force", country="MMR"),
            id="local-pdf-is-its-own-side",
        ),
        pytest.param("Reuters", None, (), None, id="news-agency-is-no-party"),
        pytest.param("No Such Front", None, (), None, id="unknown-name"),
        pytest.param(
            "Taliban", dt.date(2019, 6, 1), ("AFG",), Party(kind=PartyKind.ARMED_GROUP, name="Taliban", country="AFG"),
            id="taliban-insurgents-before-kabul",
        ),
        pytest.param("Taliban", dt.date(2021, 8, 15), ("AFG",), Party.state("AFG"), id="taliban-state-from-kabul"),
        pytest.param(
            "Haqqani network", dt.datetime(2024, 1, 1, 9, 30, tzinfo=dt.UTC), (), Party.state("AFG"),
            id="faction-follows-its-parent-into-the-state",
        ),
    ],
)  # fmt: skip
def test_party_of_group(
    name: str, published: dt.date | None, countries: tuple[str, ...], expected: Party | None
) -> None:
    """A table entry stands for its party on the article's date and in its countries; an unknown name for none."""
    assert party_of_group(name, published=published, countries=countries) == expected


def test_is_group_knows_only_canonical_names() -> None:
    """Only a canonical name of the table is a group name; a country's name or an alias is not."""
    assert is_group("Houthis")
    assert not is_group("Houthi")
    assert not is_group("Yemen")
    assert not is_group(None)


READER = PartyReader(countries=("SDN", "EGY"), published=dt.date(2026, 1, 19))


@pytest.mark.parametrize(
    ("actor", "affiliations", "near", "expected"),
    [
        pytest.param(
            Actor(name="Sudan's army", kind=ActorKind.MILITARY, country="SDN"), ("Sudan",), None,
            Party.state("SDN"), id="army-with-its-country",
        ),
        pytest.param(
            Actor(name="Hassan Idris Mahjoub", kind=ActorKind.PERSON, role="army spokesman Brigadier General"), (),
            None, Party.state("SDN"), id="army-spokesman-without-a-country-is-the-articles-state",
        ),
        pytest.param(
            Actor(name="Abdelrahim", kind=ActorKind.PERSON, role="resident"), (), None, Party.civilians("SDN"),
            id="resident-is-a-civilian",
        ),
        pytest.param(
            Actor(name="Musa Ali", kind=ActorKind.PERSON, role="spokesman", country="SDN"), ("Rapid Support Forces",),
            None, RSF, id="group-spokesman-speaks-for-the-group",
        ),
        pytest.param(
            Actor(name="police", kind=ActorKind.POLICE), (), "EGY", Party.state("EGY"), id="police-of-the-place-near",
        ),
        pytest.param(
            Actor(name="Sudan Doctors Network", kind=ActorKind.ORGANIZATION, country="SDN"), (), None,
            Party.civilians("SDN"), id="local-civil-group-is-civilians",
        ),
        pytest.param(
            Actor(name="a pro-army channel", kind=ActorKind.ORGANIZATION), (), None, Party.unknown(),
            id="unplaced-body-is-unknown",
        ),
        pytest.param(
            Actor(name="Ahmed Khan", kind=ActorKind.PERSON), (), None, Party.unknown(), id="person-without-a-role",
        ),
        pytest.param(
            Actor(name="Ko Aung", kind=ActorKind.PERSON, role="rebel commander"), (), None, Party.unknown("SDN"),
            id="rebel-commander-of-no-named-group-is-no-state",
        ),
        pytest.param(
            Actor(name="Reuters", kind=ActorKind.ORGANIZATION), (), None, Party.unknown(), id="agency-is-no-side",
        ),
    ],
)  # fmt: skip
def test_reader_of_actor(actor: Actor, affiliations: tuple[str, ...], near: str | None, expected: Party) -> None:
    """Groups by their table entry, forces and officials as their state, local people as its civilians."""
    assert READER.of_actor(actor, affiliations, near) == expected


def test_settled_actor_takes_its_partys_country() -> None:
    """A local actor without a country of its own takes its party's; an international body has none.

    A person of no stated side, in an article placed nowhere, stays as he is.
    """
    police = READER.settled(Actor(name="police", kind=ActorKind.POLICE), (), "EGY")
    assert (police.country, police.party) == ("EGY", Party.state("EGY"))
    ohchr = READER.settled(Actor(name="UN Human Rights Office", kind=ActorKind.ORGANIZATION, country="SDN"))
    assert ohchr.country is None
    assert ohchr.party.kind is PartyKind.INTERNATIONAL
    stranger = Actor(name="Ahmed Khan", kind=ActorKind.PERSON)
    assert PartyReader().settled(stranger) is stranger


@pytest.mark.parametrize(
    ("actor", "near", "country"),
    [
        pytest.param(Actor(name="Delphin Muhindo", kind=ActorKind.PERSON), "COD", "COD", id="person-near-places"),
        pytest.param(Actor(name="Delphin Muhindo", kind=ActorKind.PERSON), None, "SDN", id="person-of-the-article"),
        pytest.param(Actor(name="channel", kind=ActorKind.UNKNOWN), None, "SDN", id="unnamed-source"),
        pytest.param(Actor(name="Ahmed Khan", kind=ActorKind.PERSON, country="PAK"), "SDN", "PAK", id="own-country"),
    ],
)
def test_a_person_without_a_nationality_is_of_where_the_article_places_him(
    actor: Actor, near: str | None, country: str
) -> None:
    """A quoted person or unnamed source takes the country of the places around, or the article's; his party stays."""
    settled = READER.settled(actor, (), near)
    assert settled.country == country
    assert settled.party.kind is PartyKind.UNKNOWN


def test_a_group_fights_the_states_it_opposes_those_named_first() -> None:
    """JNIM in an article about Burkina Faso fights Burkina Faso's state first."""
    jnim = party_of_group("Jama'at Nusrat al-Islam wal-Muslimin")
    assert jnim is not None
    found = opponents(jnim, Counter({Party.state("BFA"): 3, jnim: 5}))
    assert found[0] == Party.state("BFA")
    assert Party.state("MLI") in found


def test_a_state_fights_the_groups_of_the_article_that_oppose_it() -> None:
    """Congo's state fights M23, not its allied Wazalendo militias, and then any other state named."""
    wazalendo = Party(kind=PartyKind.ARMED_GROUP, name="Wazalendo", country="COD")
    present = Counter({wazalendo: 4, M23: 3, Party.state("COD"): 5, Party.state("RWA"): 1})
    assert opponents(Party.state("COD"), present) == [M23, Party.state("RWA")]


def test_an_international_force_fights_the_groups_of_the_article() -> None:
    """A peacekeeping mission's enemies are the armed groups the article names."""
    monusco = Party(kind=PartyKind.INTERNATIONAL, name="MONUSCO")
    assert opponents(monusco, Counter({M23: 2, Party.state("COD"): 2})) == [M23]
    assert opponents(Party.unknown(), Counter({M23: 2})) == []


def test_a_group_the_table_does_not_know_is_of_where_it_fights() -> None:
    """ "the rebels", no group of the table, take the country of the places around them, with an unknown party."""
    rebels = READER.settled(Actor(name="the rebels", kind=ActorKind.ARMED_GROUP), (), "MMR")
    assert (rebels.country, rebels.party) == ("MMR", Party.unknown("MMR"))


def test_an_abbreviated_rank_speaks_for_the_state() -> None:
    """ "Lt. Jules Ngongo", "Col. Ahmed Bello": a rank as wire copy abbreviates it is a state's officer."""
    for role in ("Lt.", "Col.", "Brig. Gen."):
        actor = Actor(name="Jules Ngongo", kind=ActorKind.PERSON, role=role)
        assert READER.of_actor(actor) == Party.state("SDN"), role
