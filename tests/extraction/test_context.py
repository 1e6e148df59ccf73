"""Tests for conflictclaims.extraction.context: what an article is about, where, and every actor's party."""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims import extract
from conflictclaims.extraction.context import (
    _INSIDE,
    _REGION_WORDS,
    Context,
    _after_inside,
    place_countries,
    read_context,
)
from conflictclaims.model import Party, PartyKind
from conflictclaims.span import Span
from tests.extraction.conftest import document


def test_the_two_most_named_countries_are_the_sides() -> None:
    """The countries whose actors are named most are the sides, most named first."""
    doc = document("Pakistani troops clashed with Afghan forces. Pakistan's army said Afghan posts fell.")
    assert read_context(doc).sides == ("PAK", "AFG")


def test_mediators_are_no_side() -> None:
    """Actors named in a sentence about brokering a ceasefire do not count towards the sides."""
    doc = document("Pakistani troops clashed with Afghan forces. Qatar and Qatar and Qatar brokered a ceasefire.")
    assert "QAT" not in read_context(doc).sides


def test_opponent_of_a_side() -> None:
    """Each side's opponent is the other; a country that is no side has none."""
    context = Context(("PAK", "AFG"))
    assert (context.opponent_of("PAK"), context.opponent_of("AFG")) == ("AFG", "PAK")
    assert context.opponent_of("USA") is None
    assert Context(("PAK",)).opponent_of("PAK") is None


def test_a_country_counts_as_where_only_after_in() -> None:
    """Sub-national places count anywhere; a country only after "in" ("killed in Sudan")."""
    text = "Sudan said 12 were killed in Darfur. Fighting raged in Sudan."
    doc = document(text)
    first, second = doc.sentences
    assert place_countries(text, doc.locations_in(first)) == ["SDN"]
    assert place_countries(text, doc.locations_in(second)) == ["SDN"]


ARTICLE = (
    "Army says it repelled assault on Kadugli\n\n"
    "PORT SUDAN, Jan 19 - The army said it had beaten back an assault by the Rapid Support Forces on "
    "Kadugli in South Kordofan, a day after talks in Cairo and Washington.\n\n"
    "Police said residents fled to El Obeid."
)


def test_where_an_article_happens_weighs_its_dateline_and_places() -> None:
    """The dateline and the places of the lede make the article's home; a city named in passing does not."""
    context = read_context(document(ARTICLE))
    assert context.where[0] == "SDN"
    assert context.home == "SDN"
    assert context.local == "SDN"
    assert context.countries[0] == "SDN"


def test_a_two_country_article_has_no_home() -> None:
    """When the places point at two countries alike, no one country is the article's home."""
    context = read_context(document("Clashes in Khost and Kunar. Strikes hit Peshawar and Quetta."))
    assert context.home is None


def test_actors_get_their_parties_and_local_actors_the_articles_country() -> None:
    """After the context stage every actor has its party; "Police" without a nationality word is Sudan's."""
    doc = document(ARTICLE)
    read_context(doc)
    by_name = {actor.name: actor for actor in doc.actors}
    assert by_name["Rapid Support Forces"].party == Party(
        kind=PartyKind.ARMED_GROUP, name="Rapid Support Forces", country="SDN"
    )
    police = next(actor for actor in doc.actors if actor.name == "Police")
    assert (police.country, police.party) == ("SDN", Party.state("SDN"))
    assert doc.actor_for(doc.mentions[0]) in doc.actors


def test_parties_named_count_towards_the_sides() -> None:
    """The parties the actors resolve to are tallied, so the army's enemy is the group the article names."""
    context = read_context(document(ARTICLE))
    rsf = Party(kind=PartyKind.ARMED_GROUP, name="Rapid Support Forces", country="SDN")
    assert context.parties[rsf] >= 1
    assert context.opponent(Party.state("SDN")) == rsf
    assert context.opponent(rsf) == Party.state("SDN")
    assert context.opponent(Party.unknown()) is None


def test_opponent_of_a_kind_and_in_a_country() -> None:
    """An opponent can be asked of one kind, and in one country first."""
    context = Context(("PAK", "AFG"))
    assert context.opponent(Party.state("PAK")) == Party.state("AFG")
    assert context.opponent(Party.state("PAK"), want=PartyKind.ARMED_GROUP) is None
    jnim = Party(kind=PartyKind.ARMED_GROUP, name="Jama'at Nusrat al-Islam wal-Muslimin", country="MLI")
    assert context.opponent(jnim, prefer="BFA") == Party.state("BFA")


def _party_of(text: str, name: str) -> Party:
    doc = document(text)
    read_context(doc)
    return next(actor.party for actor in doc.actors if actor.name == name)


def test_a_spokesman_of_a_group_run_ministry_speaks_for_the_group() -> None:
    """A "ministry spokesman" after "the Houthi-run health ministry" speaks for the Houthis."""
    text = (
        "SANAA - Strikes killed 38 people, the Houthi-run health ministry said. "
        "Ministry spokesman Abdulrahman al-Mutawakel said 29 died at the plant."
    )
    assert _party_of(text, "Abdulrahman al-Mutawakel").name == "Houthis"


def test_a_spokesman_of_a_state_ministry_stays_with_the_state() -> None:
    """When the last ministry named before him is a state's, a "ministry spokesman" speaks for that state."""
    text = (
        "SANAA - Strikes killed 38 people, the Houthi-run health ministry said. "
        "Yemen's defence ministry denied it. "
        "Ministry spokesman Abdulrahman al-Mutawakel said 29 died at the plant."
    )
    assert _party_of(text, "Abdulrahman al-Mutawakel") == Party.state("YEM")


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        pytest.param(
            "KANO - Gunmen killed 16 residents, a local councillor, Aminu Garba, said.",
            "Aminu Garba",
            Party.state("NGA"),
            id="councillor-is-the-state",
        ),
        pytest.param(
            "MOGADISHU - A resident of Jilib, Faadumo Cali, said she saw nine bodies by the road.",
            "Faadumo Cali",
            Party.civilians("SOM"),
            id="resident-of-a-town",
        ),
        pytest.param(
            "GOMA - A local civil society leader, Josue Kahindo, told us villagers had buried 22 bodies.",
            "Josue Kahindo",
            Party.civilians("COD"),
            id="civil-society-leader",
        ),
    ],
)
def test_a_person_named_after_a_local_role_takes_its_side(text: str, name: str, party: Party) -> None:
    """Local people named after their role speak for the state (a councillor) or are civilians (a resident)."""
    assert _party_of(text, name) == party


def test_a_delegate_of_an_office_speaks_for_the_office() -> None:
    """ "Luisa Ortiz, the office's delegate" speaks for the ombudsman's office named before her: the state."""
    text = (
        "BOGOTA - Some 23 people were killed, according to the ombudsman's office. "
        '"More bodies may be found," said Luisa Ortiz, the office\'s delegate in the department.'
    )
    assert _party_of(text, "Luisa Ortiz") == Party.state("COL")


def test_a_place_named_once_abroad_gives_no_country() -> None:
    """A place of another country named once outside the lede ("del Pueblo") does not place a local body there."""
    text = (
        "BOGOTA - Clashes in Colombia's Cauca province killed 14 people. Fighting went on in Argelia.\n\n"
        "The ombudsman's office, known as the Defensoria del Pueblo, said the toll would rise."
    )
    assert _party_of(text, "ombudsman's office") == Party.state("COL")


def test_a_place_named_once_abroad_does_not_place_a_sentence() -> None:
    """A sentence whose only place lies abroad, named once outside the lede, happens in the article's home."""
    text = (
        "BOGOTA - Clashes in Colombia's Cauca province killed 14 people. Fighting went on in Argelia.\n\n"
        "The ombudsman's office, known as the Defensoria del Pueblo, said two community leaders were among the dead."
    )
    claim = extract(text).claims[-1]
    assert claim.subject.country == "COL"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Airwars, a London-based monitor, said 9 people were killed in Raqqa.", id="hyphen-based"),
        pytest.param("A monitor based in London said nine people were killed in Raqqa.", id="based-in"),
    ],
)
def test_a_bodys_seat_is_not_where_things_happened(text: str) -> None:
    """ "a London-based monitor": the dead of Raqqa are Syria's, and London is no place of the claim."""
    claim = extract(text).claims[0]
    assert claim.subject.country == "SYR"
    assert [location.country for location in claim.locations] == ["SYR"]


_REGION_PIECES: Final = st.sampled_from(
    ["in", "In", "IN", "inside", "across", "the", "The", "southern", "far", "northeast", "north-eastern",
     "killed", "Qatar", "ΑΣ", "İn", " ", "  ", "\n", "\t", ",", "x"]
)  # fmt: skip


@given(pieces=st.lists(_REGION_PIECES, max_size=12), gap=st.sampled_from(["", " ", "\n "]))
def test_after_inside_reads_as_all_words_before(pieces: list[str], gap: str) -> None:
    """Reading the last word before a country first answers as reading every word back over words of region."""
    text = " ".join(pieces) + gap + "Somalia"
    start = len(text) - len("Somalia")
    words = text[max(0, start - 40) : start].lower().split()
    while words and words[-1] in _REGION_WORDS:
        words.pop()
    expected = bool(words) and words[-1] in _INSIDE
    assert _after_inside(text, Span(start=start, end=len(text))) is expected
