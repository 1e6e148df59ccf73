"""Tests for actor recognition: persons, institutions, groups, states and sides."""

from __future__ import annotations

import itertools

import pytest

from conflictclaims import _actor_data as data
from conflictclaims.actors import (
    ActorMention,
    country_name,
    country_of,
    demonym_pattern,
    find_actor_mentions,
    merge_actors,
    noun_kind,
    side_of_noun_phrase,
)
from conflictclaims.model import ActorKind


def _find(text: str, name: str) -> ActorMention:
    for m in find_actor_mentions(text):
        if m.name == name:
            return m
    found = [(m.name, m.text) for m in find_actor_mentions(text)]
    msg = f"{name!r} not among {found}"
    raise AssertionError(msg)


PERSONS = [
    # Seed phrasings (Afghanistan/Pakistan).
    pytest.param(
        "Pakistan’s military spokesperson, Lieutenant General Ahmed Sharif Chaudhry, said",
        "Ahmed Sharif Chaudhry", "PAK", "military spokesperson", id="seed-pak-military-spokesperson-rank",
    ),
    pytest.param("Taliban spokesperson Zabihullah Mujahid dismissed", "Zabihullah Mujahid", "AFG", "spokesperson",
                 id="seed-taliban-spokesperson"),
    pytest.param("Taliban spokesman Zabihullah Mujahid confirmed", "Zabihullah Mujahid", "AFG", "spokesman",
                 id="seed-taliban-spokesman"),
    pytest.param("Pakistan's Information Minister Attaullah Tarar said", "Attaullah Tarar", "PAK",
                 "Information Minister", id="seed-pak-information-minister"),
    pytest.param("Mosharraf Ali Zaidi, a spokesperson for Pakistan's Prime Minister Shehbaz Sharif, denied",
                 "Mosharraf Ali Zaidi", "PAK", "spokesperson", id="seed-apposition-spokesperson-for"),
    pytest.param("Mosharraf Ali Zaidi, a spokesperson for Pakistan's Prime Minister Shehbaz Sharif, denied",
                 "Shehbaz Sharif", "PAK", "Prime Minister", id="seed-prime-minister-inside-apposition"),
    pytest.param("A spokesperson for Afghanistan’s Ministry of Defence, Enayatullah Khowarazmi, said",
                 "Enayatullah Khowarazmi", "AFG", "spokesperson", id="seed-spokesperson-for-ministry-comma-name"),
    pytest.param("United Nations Secretary-General Antonio Guterres expressed alarm", "Antonio Guterres", None,
                 "Secretary-General", id="seed-un-secretary-general"),
    pytest.param("Afghan Foreign Minister Amir Khan Muttaqi engaged", "Amir Khan Muttaqi", "AFG", "Foreign Minister",
                 id="seed-afghan-foreign-minister"),
    pytest.param("according to Afghanistan government spokesperson Zabihullah Mujahid.", "Zabihullah Mujahid", "AFG",
                 "government spokesperson", id="seed-country-name-modifier"),
    pytest.param("Pakistan’s Defence Minister, Khawaja Asif, described", "Khawaja Asif", "PAK", "Defence Minister",
                 id="seed-defence-minister-commas"),
    pytest.param("Qatar's junior foreign minister Mohammed bin Abdulaziz Al-Khulaifi by phone",
                 "Mohammed bin Abdulaziz Al-Khulaifi", "QAT", "junior foreign minister", id="seed-name-particle"),
    pytest.param("Taxi driver Tamim described the chaos", "Tamim", None, "Taxi driver", id="seed-untitled-driver"),
    pytest.param("His spokesperson, Stephane Dujarric, urged", "Stephane Dujarric", None, "spokesperson",
                 id="seed-pronoun-spokesperson"),
    pytest.param("the late Taliban founder, Mullah Mohammad Omar, as well", "Mohammad Omar", "AFG", "founder",
                 id="seed-honorific-founder"),
    # Other conflicts.
    pytest.param("Ukraine's President Volodymyr Zelensky said", "Volodymyr Zelensky", "UKR", "President",
                 id="ukraine-president"),
    pytest.param("Russian Defence Ministry spokesman Igor Konashenkov said", "Igor Konashenkov", "RUS",
                 "Defence Ministry spokesman", id="russia-mod-spokesman"),
    pytest.param("IDF spokesperson Daniel Hagari told reporters", "Daniel Hagari", "ISR", "spokesperson",
                 id="israel-idf-spokesperson"),
    pytest.param("A spokesman for the Israeli military, Lt. Col. Nadav Shoshani, said", "Nadav Shoshani", "ISR",
                 "spokesman", id="israel-spokesman-for-rank-abbrev"),
    pytest.param("Houthi military spokesman Yahya Saree said", "Yahya Saree", "YEM", "military spokesman",
                 id="yemen-houthi-spokesman"),
    pytest.param("RSF commander Mohamed Hamdan Dagalo denied", "Mohamed Hamdan Dagalo", "SDN", "commander",
                 id="sudan-rsf-commander"),
    pytest.param("Iranian Foreign Minister Abbas Araghchi said", "Abbas Araghchi", "IRN", "Foreign Minister",
                 id="iran-foreign-minister"),
    pytest.param("U.S. Secretary of State Marco Rubio met", "Marco Rubio", "USA", "Secretary of State",
                 id="usa-acronym-multiword-title"),
    pytest.param("said Hassan Nasrallah, Hezbollah's leader.", "Hassan Nasrallah", "LBN", "leader",
                 id="lebanon-apposition-group-possessive"),
    pytest.param("Mohammed Ali, a resident of Maiduguri, told Reuters", "Mohammed Ali", None, "resident",
                 id="nigeria-resident-apposition"),
    pytest.param("Gen. Abdel Fattah al-Burhan said", "Abdel Fattah al-Burhan", None, "Gen.", id="sudan-rank-only"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "role"), PERSONS)
def test_titled_persons(text: str, name: str, country: str | None, role: str | None) -> None:
    """A titled person is found with the side and role the title gives."""
    m = _find(text, name)
    assert m.kind is ActorKind.PERSON
    assert (m.country, m.role) == (country, role)
    assert m.head is not None
    assert m.head.of(text) == name or " ".join(m.head.of(text).split()) == name


BODIES = [
    pytest.param("Afghanistan’s Defense Ministry said", "Afghanistan's Defense Ministry", ActorKind.MILITARY, "AFG",
                 id="seed-country-possessive-ministry"),
    pytest.param("Afghanistan’s Taliban-led Ministry of Defense has claimed",
                 "Afghanistan's Taliban-led Ministry of Defense", ActorKind.MILITARY, "AFG", id="seed-led-modifier"),
    pytest.param("Pakistani security officials confirmed", "Pakistani security officials", ActorKind.MILITARY, "PAK",
                 id="seed-demonym-security-officials"),
    pytest.param("According to Afghan authorities, 13", "Afghan authorities", ActorKind.GOVERNMENT, "AFG",
                 id="seed-afghan-authorities"),
    pytest.param("Pakistan's security sources described", "Pakistan's security sources", ActorKind.MILITARY, "PAK",
                 id="seed-security-sources"),
    pytest.param("Islamabad's foreign ministry vowed", "Islamabad's foreign ministry", ActorKind.GOVERNMENT, "PAK",
                 id="seed-capital-possessive-ministry"),
    pytest.param("Officials later reported", "Officials", ActorKind.GOVERNMENT, None, id="seed-bare-officials"),
    pytest.param("Gaza's Health Ministry said", "Gaza's Health Ministry", ActorKind.GOVERNMENT, "PSE",
                 id="gaza-territory-ministry"),
    pytest.param("The Health Ministry in Gaza said", "Health Ministry in Gaza", ActorKind.GOVERNMENT, "PSE",
                 id="gaza-ministry-in"),
    pytest.param("The Hamas-run health ministry said", "Hamas-run health ministry", ActorKind.GOVERNMENT, "PSE",
                 id="gaza-hamas-run"),
    pytest.param("the Israeli military said", "Israeli military", ActorKind.MILITARY, "ISR", id="israel-military"),
    pytest.param("Sudan's army said", "Sudan's army", ActorKind.MILITARY, "SDN", id="sudan-army"),
    pytest.param("Ukraine's General Staff reported", "Ukraine's General Staff", ActorKind.MILITARY, "UKR",
                 id="ukraine-general-staff"),
    pytest.param("Pakistani military and government officials have yet to", "government officials",
                 ActorKind.GOVERNMENT, "PAK", id="coordinated-side"),
    pytest.param("12 Pakistani soldiers were killed", "Pakistani soldiers", ActorKind.MILITARY, "PAK",
                 id="people-demonym-soldiers"),
    pytest.param("45 Palestinians were killed", "Palestinians", ActorKind.CIVILIANS, "PSE", id="people-plural-demonym"),
    pytest.param("Taliban spokesman said", "Taliban spokesman", ActorKind.PERSON, "AFG", id="anonymous-spokesman"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "kind", "country"), BODIES)
def test_institutions_and_people(text: str, name: str, kind: ActorKind, country: str | None) -> None:
    """Institutions and groups of people carry the side of their modifier."""
    m = _find(text, name)
    assert (m.kind, m.country) == (kind, country)


GROUPS = [
    pytest.param("the TTP", "Tehreek-e-Taliban Pakistan", "PAK", id="ttp-acronym"),
    pytest.param("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "PAK", id="ttp-spelling"),
    pytest.param("the Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "PAK", id="ttp-pakistani-taliban"),
    pytest.param("the Islamic Emirate of Afghanistan", "Taliban", "AFG", id="islamic-emirate"),
    pytest.param("the Afghan Taliban", "Taliban", "AFG", id="afghan-taliban"),
    pytest.param("Hamas", "Hamas", "PSE", id="hamas"),
    pytest.param("the Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "PSE", id="qassam"),
    pytest.param("Hezbollah", "Hezbollah", "LBN", id="hezbollah"),
    pytest.param("the IDF", "Israel Defense Forces", "ISR", id="idf"),
    pytest.param("Ansar Allah", "Houthis", "YEM", id="ansar-allah"),
    pytest.param("the Rapid Support Forces", "Rapid Support Forces", "SDN", id="rsf"),
    pytest.param("Boko Haram", "Boko Haram", "NGA", id="boko-haram"),
    pytest.param("ISWAP", "Islamic State West Africa Province", "NGA", id="iswap"),
    pytest.param("Al-Shabaab", "al-Shabaab", "SOM", id="al-shabaab-capitalized"),
    pytest.param("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "MLI", id="jnim"),
    pytest.param("M23 rebels", "M23", "COD", id="m23"),
    pytest.param("the Wagner Group", "Wagner Group", "RUS", id="wagner"),
    pytest.param("the Arakan Army", "Arakan Army", "MMR", id="arakan-army"),
    pytest.param("Islamic State", "Islamic State", None, id="islamic-state-no-side"),
    pytest.param("the ISPR", "Inter-Services Public Relations", "PAK", id="ispr"),
    pytest.param("the UN", "United Nations", None, id="un"),
    pytest.param("Doctors Without Borders", "Doctors Without Borders", None, id="msf"),
]


@pytest.mark.parametrize(("text", "name", "country"), GROUPS)
def test_groups_by_alias(text: str, name: str, country: str | None) -> None:
    """Any alias of a group gives its canonical name and side."""
    m = _find(text, name)
    assert m.country == country


STATES = [
    pytest.param("Pakistan launched air strikes", "Pakistan", "PAK", False, id="country-subject"),
    pytest.param("Islamabad accuses Kabul of harbouring", "Afghanistan", "AFG", True, id="capital-object-metonym"),
    pytest.param("The Kremlin said", "Russia", "RUS", True, id="kremlin"),
    pytest.param("Turkiye and Qatar mediated", "Turkey", "TUR", False, id="turkiye-spelling"),
    pytest.param("the U.S. said", "United States", "USA", False, id="us-dotted"),
    pytest.param("DR Congo accused Rwanda", "DR Congo", "COD", False, id="drc"),
]


@pytest.mark.parametrize(("text", "name", "country", "metonym"), STATES)
def test_states_and_capitals(text: str, name: str, country: str, metonym: bool) -> None:
    """States are found by name or by capital used for their government."""
    m = _find(text, name)
    assert (m.kind, m.country, m.is_metonym) == (ActorKind.STATE, country, metonym)


NEGATIVES = [
    pytest.param("The strikes continued.", id="sentence-initial-the"),
    pytest.param("Despite the sharp rhetoric, talks resumed.", id="despite"),
    pytest.param("Both governments reported losses.", id="both"),
    pytest.param("In March and October the border closed.", id="months"),
    pytest.param("Kandahar was quiet on Sunday.", id="place-alone"),
    pytest.param("Islamabad targeted locations in Kabul, Kandahar and Khost.", id="capital-as-place"),
    pytest.param("Explosions were reported in Kyiv and Moscow.", id="coordinated-places"),
    pytest.param("The military has yet to issue an official statement.", id="official-adjective"),
    pytest.param("ALSO READ: Gen Z Is Turning Memes Into Weapons", id="headline-title-case"),
    pytest.param("along the Durand Line and the Khalid bin Walid Corps", id="named-places"),
    pytest.param("Who said that? us and them", id="who-us-lowercase"),
    pytest.param("a turkey and some china in the chad", id="lowercase-country-words"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_person_or_state_in_negatives(text: str) -> None:
    """Function words, months, places and lower-case words are not persons or states."""
    kinds = {m.kind for m in find_actor_mentions(text)} - {ActorKind.MILITARY}
    assert ActorKind.PERSON not in kinds
    assert ActorKind.STATE not in kinds or text.startswith("Islamabad")


def test_capital_place_not_metonym() -> None:
    """A capital after a locative preposition is a place, not a government."""
    ms = find_actor_mentions("Islamabad targeted locations in Kabul, Kandahar and Khost.")
    assert [(m.text, m.is_metonym) for m in ms] == [("Islamabad", True)]


def test_dateline_is_not_an_actor() -> None:
    """A dateline ("KABUL, Afghanistan —") names neither a government nor a state."""
    assert find_actor_mentions("KABUL, Afghanistan — Fighting resumed.") == ()


def test_surname_resolves_to_full_name() -> None:
    """A bare surname after a titled mention resolves to the full name with its side."""
    text = "Taliban spokesperson Zabihullah Mujahid said so. Later, Mujahid said Afghanistan preferred talks."
    ms = [m for m in find_actor_mentions(text) if m.kind is ActorKind.PERSON]
    assert [(m.text, m.name, m.country) for m in ms] == [
        ("Taliban spokesperson Zabihullah Mujahid", "Zabihullah Mujahid", "AFG"),
        ("Mujahid", "Zabihullah Mujahid", "AFG"),
    ]


def test_unknown_surname_alone_is_not_a_person() -> None:
    """One capitalized word before "said" is not a person unless named earlier."""
    assert [m for m in find_actor_mentions("Mujahid said talks would go on.") if m.kind is ActorKind.PERSON] == []


def test_untitled_full_name_before_speech_verb() -> None:
    """Two capitalized words before a speech verb are a person with no side."""
    m = _find("Antonio Guterres said talks must resume.", "Antonio Guterres")
    assert (m.kind, m.country, m.role) == (ActorKind.PERSON, None, None)


def test_mentions_sorted_and_disjoint() -> None:
    """Mentions come in text order and never overlap."""
    text = (
        "Mosharraf Ali Zaidi, a spokesperson for Pakistan's Prime Minister Shehbaz Sharif, denied that any "
        "Pakistani soldiers had been captured. Afghanistan's Defense Ministry said 55 Pakistani soldiers died."
    )
    ms = find_actor_mentions(text)
    assert len(ms) >= 4
    for a, b in itertools.pairwise(ms):
        assert a.span.end <= b.span.start
    for m in ms:
        assert m.span.of(text) == m.text


def test_merge_aliases_into_actors() -> None:
    """Aliases of one group, one state and one person merge into single actors."""
    text = (
        "Pakistan accuses the Tehreek-e-Taliban Pakistan (TTP) of attacks. Islamabad said the TTP "
        "operates from Afghanistan. Taliban spokesman Zabihullah Mujahid denied it; Mujahid said the "
        "Islamic Emirate wants talks."
    )
    idx = merge_actors(find_actor_mentions(text))
    by_name = {a.name: a for a in idx.actors}
    assert len(by_name["Tehreek-e-Taliban Pakistan"].mentions) == 3
    assert "TTP" in by_name["Tehreek-e-Taliban Pakistan"].aliases
    assert len(by_name["Pakistan"].mentions) == 2
    assert "Islamabad" in by_name["Pakistan"].aliases
    assert len(by_name["Zabihullah Mujahid"].mentions) == 2
    assert by_name["Zabihullah Mujahid"].role == "spokesman"
    assert len(by_name["Taliban"].mentions) == 1
    assert "Islamic Emirate" in by_name["Taliban"].aliases


def test_merge_institutions_of_one_side() -> None:
    """Two spellings of one side's ministry merge; an unresolved "the ministry" does not."""
    text = "Afghanistan's Defense Ministry said. The Afghan Ministry of Defence added. The ministry said."
    idx = merge_actors(find_actor_mentions(text))
    assert [(a.name, a.country, len(a.mentions)) for a in idx.actors] == [
        ("Afghanistan's Defense Ministry", "AFG", 2),
        ("ministry", None, 1),
    ]


def test_merge_index_maps_every_mention() -> None:
    """Each mention maps to the actor whose mentions include its span."""
    text = "The IDF said. The Israeli military added. Hamas denied. The Israeli army said."
    idx = merge_actors(find_actor_mentions(text))
    assert len(idx.actors) == 2
    for i, m in enumerate(idx.mentions):
        assert m.span in idx.actor_for(i).mentions
        assert idx.actor_for(m) == idx.actor_for(i)
    with pytest.raises(KeyError):
        idx.actor_for(len(idx.mentions))


COUNTRY_OF = [
    pytest.param("Pakistani", "PAK", id="demonym"),
    pytest.param("Afghan", "AFG", id="afghan"),
    pytest.param("Afghans", "AFG", id="plural"),
    pytest.param("Kabul", "AFG", id="capital"),
    pytest.param("Kiev", "UKR", id="old-spelling"),
    pytest.param("Taliban", "AFG", id="group"),
    pytest.param("Hamas", "PSE", id="hamas"),
    pytest.param("Palestinian", "PSE", id="palestinian"),
    pytest.param("Congolese", "COD", id="congolese-default"),
    pytest.param("Burmese", "MMR", id="burmese"),
    pytest.param("Türkiye", "TUR", id="turkiye"),
    pytest.param("the United States", "USA", id="the-us"),
    pytest.param("Gaza", "PSE", id="gaza"),
    pytest.param("Saudi-led", "SAU", id="led"),
    pytest.param("Pakistan's", "PAK", id="possessive"),
    pytest.param("United Nations", None, id="no-side"),
    pytest.param("table", None, id="not-a-name"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize(("word", "code"), COUNTRY_OF)
def test_country_of(word: str, code: str | None) -> None:
    """Demonyms, names, capitals and groups map to their alpha-3 code."""
    assert country_of(word) == code


SIDES = [
    pytest.param("12 Pakistani soldiers", ("PAK", ActorKind.MILITARY), id="seed-pakistani-soldiers"),
    pytest.param("Afghan security personnel and allied fighters", ("AFG", ActorKind.MILITARY), id="seed-personnel"),
    pytest.param("13 of its fighters", (None, ActorKind.MILITARY), id="seed-its-fighters"),
    pytest.param("274 Taliban officials and militants", ("AFG", ActorKind.MILITARY), id="seed-officials-militants"),
    pytest.param("19 civilians", (None, ActorKind.CIVILIANS), id="seed-civilians"),
    pytest.param("Palestinians", ("PSE", ActorKind.CIVILIANS), id="plural-demonym"),
    pytest.param("Israeli hostages", ("ISR", ActorKind.CIVILIANS), id="hostages"),
    pytest.param("Ukrainian servicemen", ("UKR", ActorKind.MILITARY), id="servicemen"),
    pytest.param("RSF fighters", ("SDN", ActorKind.MILITARY), id="rsf-fighters"),
    pytest.param("Iran-backed Houthi fighters", ("YEM", ActorKind.MILITARY), id="group-beats-backer"),
    pytest.param("three policemen", (None, ActorKind.POLICE), id="police"),
    pytest.param("soldiers and civilians", (None, ActorKind.UNKNOWN), id="mixed"),
    pytest.param("Afghan and Pakistani soldiers", (None, ActorKind.MILITARY), id="two-sides"),
    pytest.param("50 Taliban", ("AFG", ActorKind.MILITARY), id="group-as-head"),
    pytest.param("Gaza residents", ("PSE", ActorKind.CIVILIANS), id="territory-residents"),
    pytest.param("the table", None, id="no-people"),
]


@pytest.mark.parametrize(("phrase", "side"), SIDES)
def test_side_of_noun_phrase(phrase: str, side: tuple[str | None, ActorKind] | None) -> None:
    """A counted noun phrase gets its side from modifiers and its kind from the head."""
    assert side_of_noun_phrase(phrase) == side


def test_noun_kind() -> None:
    """People nouns map to the kind of side they belong to."""
    assert noun_kind("jihadists") is ActorKind.MILITARY
    assert noun_kind("villagers") is ActorKind.CIVILIANS
    assert noun_kind("policemen") is ActorKind.POLICE
    assert noun_kind("rocks") is None


def test_demonym_pattern_finds_modifiers() -> None:
    """The side pattern finds demonyms, groups and country names as whole words."""
    text = "Afghan and Pakistani troops; RSF units near Sudan; Afghanistani"
    found = [m.group() for m in demonym_pattern().finditer(text)]
    assert found == ["Afghan", "Pakistani", "RSF", "Sudan", "Afghanistani"]


def test_country_name_short_forms() -> None:
    """Country codes display with their short news names."""
    assert [country_name(c) for c in ("IRN", "RUS", "PAK", "COD")] == ["Iran", "Russia", "Pakistan", "DR Congo"]


def test_institution_kinds_are_actor_kinds() -> None:
    """Every institution kind is an ActorKind value."""
    assert all(ActorKind(kind) for _, kind in data.INSTITUTIONS.values())


@pytest.mark.parametrize("value", ["", " ", "'s", "’", "-", "U.", "A.", "the", "Gen.", "for the", "Mr."])
def test_degenerate_inputs(value: str) -> None:
    """Degenerate inputs give no mentions and no errors."""
    assert find_actor_mentions(value) == () or all(m.span.of(value) == m.text for m in find_actor_mentions(value))


def test_place_before_an_appositive_title_is_not_a_person() -> None:
    """"in Donetsk, the Russian-installed mayor": Donetsk is where, not who."""
    mentions = find_actor_mentions("Shelling hit a bus station in Donetsk, the Russian-installed mayor said.")
    assert all(m.name != "Donetsk" for m in mentions)
