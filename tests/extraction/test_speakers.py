"""Tests for conflictclaims.extraction.speakers: the actor a speaking mention stands for, and who spoke last."""

from __future__ import annotations

import pytest

from conflictclaims import extract
from conflictclaims.extraction.speakers import Memory, Speakers, is_local_role
from conflictclaims.model import Actor, ActorKind, Party, PartyKind
from tests.extraction.conftest import document, last_sentence


def test_memory_keeps_the_last_speaker_of_each_sort() -> None:
    """A person, a plural body and a single body are remembered apart; the last of all too."""
    memory = Memory()
    person = Actor(name="Zabihullah Mujahid", kind=ActorKind.PERSON, country="AFG")
    officials = Actor(name="Afghan officials", kind=ActorKind.GOVERNMENT, country="AFG")
    ministry = Actor(name="Defence Ministry", kind=ActorKind.MILITARY, country="AFG")
    for actor in (person, officials, ministry, None):
        memory.remember(actor)
    assert (memory.person, memory.plural, memory.thing, memory.last) == (person, officials, ministry, ministry)


def test_a_named_group_called_forces_is_it_not_they() -> None:
    """The Syrian Democratic Forces are remembered as one body ("It said"), security forces as many."""
    memory = Memory()
    sdf = Actor(name="Syrian Democratic Forces", kind=ActorKind.ARMED_GROUP, country="SYR")
    memory.remember(sdf)
    assert (memory.thing, memory.plural) == (sdf, None)
    forces = Actor(name="Afghan security forces", kind=ActorKind.MILITARY, country="AFG")
    memory.remember(forces)
    assert memory.plural == forces


def test_a_generic_group_is_the_group_named_before_it() -> None:
    """ "the paramilitary group said" is the armed group the article named last, not an unknown group."""
    sentence, speakers, _ = last_sentence(
        "Sudan's army said it repelled the Rapid Support Forces. "
        "In a statement, the paramilitary group said 62 were taken."
    )
    group = speakers.group_before(sentence.span.start)
    assert group is not None
    assert (group.name, group.party.kind) == ("Rapid Support Forces", PartyKind.ARMED_GROUP)


def test_no_group_named_gives_no_group() -> None:
    """Without a named armed group in the article, a generic group stands for none."""
    sentence, speakers, _ = last_sentence("Officials said 12 died. The group said 3 died.")
    assert speakers.group_before(sentence.span.start) is None


def test_the_army_is_no_rebel_army() -> None:
    """ "The army said" after the National Liberation Army spoke is the state's army, not the rebels'."""
    _, speakers, _ = last_sentence(
        "BOGOTA - The National Liberation Army said it killed 12 rivals in Colombia. The army said 4 guerrillas died."
    )
    eln = next(a for a in speakers.doc.actors if a.name == "National Liberation Army")
    assert eln.party.kind is PartyKind.ARMED_GROUP
    speakers.memory.remember(eln)
    army = speakers.resolve_generic("army", "military")
    assert army is not None
    assert army.party == Party.state("COL")


def test_the_ministry_is_the_ministry_that_spoke() -> None:
    """ "the ministry said" in a later sentence is the ministry named earlier, with its side."""
    text = "Afghanistan's Defense Ministry said 12 died. Later the ministry said 3 more died."
    doc = document(text)
    speakers = Speakers(doc)
    earlier = doc.actor_for(doc.mentions[0])
    speakers.memory.remember(earlier)
    (_, the_ministry) = doc.mentions
    assert the_ministry.text == "ministry"
    assert speakers.settle(the_ministry) == earlier


def test_bare_officials_speak_for_the_last_speakers_side() -> None:
    """A bare "Officials" takes the side of the last speaker."""
    doc = document("Officials said 12 died.")
    speakers = Speakers(doc)
    speakers.memory.remember(Actor(name="Pakistani army", kind=ActorKind.MILITARY, country="PAK"))
    assert speakers.settle(doc.mentions[0]).country == "PAK"


def test_a_local_official_speaks_for_the_places_around() -> None:
    """A governor with no side of his own speaks for the country of the places named near him."""
    text = "In Kharkiv, regional Gov. Oleh Syniehubov said two people died."
    doc = document(text)
    speakers = Speakers(doc)
    actor = Actor(name="Oleh Syniehubov", kind=ActorKind.PERSON, role="gov")
    span = doc.mentions[0].span if doc.mentions else doc.sentences[0]
    assert speakers.with_place_country(actor, span).country == "UKR"
    assert is_local_role("regional governor")
    assert not is_local_role("spokesperson")
    assert not is_local_role(None)


def test_country_of_a_word_is_cached_and_needs_a_capital() -> None:
    """A capitalized demonym or capital names a country; a lower-case word does not."""
    speakers = Speakers(document("Text."))
    assert speakers.country_of("Pakistani") == "PAK"
    assert speakers.country_of("Pakistani") == "PAK"
    assert speakers.country_of("pakistani") is None


def test_remember_first_person() -> None:
    """A sentence's first person is remembered for a later "He"."""
    doc = document("Taliban spokesman Zabihullah Mujahid spoke to Pakistani soldiers.")
    speakers = Speakers(doc)
    speakers.remember_first_person(doc.mentions)
    assert speakers.memory.person is not None
    assert speakers.memory.person.name == "Zabihullah Mujahid"


def test_a_monitor_is_the_organization_called_so_in_apposition() -> None:
    """ "a rights monitor said" is the one organization the article calls a monitor ("SNHR, a Qatar-based monitor")."""
    text = (
        "HOMS - Shelling killed 17 people, a rights monitor said.\n\n"
        "The Syrian Network for Human Rights, a Qatar-based monitor, said six were fighters."
    )
    claims = extract(text).claims
    assert [c.claimant.party.name if c.claimant else None for c in claims] == ["Syrian Network for Human Rights"] * len(
        claims
    )


def test_a_monitor_never_called_so_stays_unnamed() -> None:
    """With no organization called a monitor, "a rights monitor" stays an unnamed speaker of no party."""
    text = "HOMS - Shelling killed 17 people, a rights monitor said.\n\nThe Syrian Network for Human Rights agreed."
    claimant = extract(text).claims[0].claimant
    assert claimant is not None
    assert not claimant.party.known


def test_a_rebel_commander_speaks_for_the_group_named_before() -> None:
    """ "A rebel commander said" after the TNLA is named speaks for the TNLA, not for the state."""
    text = "The TNLA said it seized a town in Shan State. A rebel commander said 14 soldiers were killed."
    claimant = extract(text).claims[-1].claimant
    assert claimant is not None
    assert claimant.party.name == "Ta'ang National Liberation Army"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Bertrand Bisimwa, a spokesman for the rebels, said 14 soldiers were killed.", id="apposition-after"
        ),
        pytest.param(
            "A spokesman for the rebels, Bertrand Bisimwa, said 14 soldiers were killed.", id="apposition-before"
        ),
        pytest.param(
            "Fourteen soldiers were killed, said Bertrand Bisimwa, a spokesman for the rebels.", id="inverted"
        ),
        pytest.param("Fourteen soldiers were killed, according to a spokesman for the insurgents.", id="according-to"),
    ],
)
def test_a_spokesman_for_the_rebels_speaks_for_the_group_named_before(sentence: str) -> None:
    """A person said to speak "for the rebels" speaks for the armed group the article named, in every word order."""
    text = "M23 fighters overran an army post near Rutshuru. " + sentence
    claimant = extract(text).claims[-1].claimant
    assert claimant is not None
    assert claimant.party.name == "M23"


def test_a_spokesman_for_the_government_is_no_rebel() -> None:
    """Speaking "for the government" after a group is named does not make a person the group's."""
    text = (
        "M23 fighters overran an army post near Rutshuru. "
        "Patrick Muyaya, a spokesman for the government, said 9 rebels died."
    )
    claimant = extract(text).claims[-1].claimant
    assert claimant is not None
    assert claimant.party.name != "M23"
