"""Tests for conflictclaims.extraction.subjects: whose people a count counts, clue by clue."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictclaims import extract


def _subject(text: str, index: int = 0) -> tuple[str | None, str]:
    claim = extract(text).claims[index]
    return claim.subject.country, claim.subject.kind.value


@pytest.mark.parametrize(
    ("text", "index", "subject"),
    [
        pytest.param("Officials said 12 Pakistani soldiers were killed.", 0, ("PAK", "military"), id="named-side"),
        pytest.param(
            "Ukraine's General Staff said 13 of its fighters were killed.", 0, ("UKR", "military"), id="its-own"
        ),
        pytest.param(
            "Kyiv said 12 Russian soldiers were killed and 27 others were wounded.",
            1,
            ("RUS", "military"),
            id="anaphor-takes-previous",
        ),
        pytest.param(
            "The ministry said 12 Afghan soldiers were killed and 27 were injured.",
            1,
            ("AFG", "military"),
            id="coordinated-shares",
        ),
        pytest.param("Medics said 12 Palestinians were killed.", 0, ("PSE", "civilians"), id="peoples-plural"),
        pytest.param(
            "More than 70 people were killed on both sides, officials said.", 0, (None, "unknown"), id="joint"
        ),
        pytest.param("Gunmen killed 12 civilians in Borno.", 0, ("NGA", "civilians"), id="civilians-where-hit"),
        pytest.param(
            "Jihadists killed 30 soldiers and volunteer auxiliaries near Djibo in Burkina Faso, sources said.", 0,
            ("BFA", "military"), id="auxiliaries-with-soldiers",
        ),
    ],
)
def test_subject_clues(text: str, index: int, subject: tuple[str | None, str]) -> None:
    """Each clue, from the noun phrase to the defaults, gives the subject's country and kind."""
    assert _subject(text, index) == subject


def test_others_in_the_next_sentence_are_the_last_tolls() -> None:
    """ "Four others were abducted." after a toll counts the same people."""
    article = extract("Gunmen killed 37 farmers in Zamfara. Four others were abducted.")
    killed, abducted = article.claims
    assert abducted.subject.country == killed.subject.country
    assert abducted.subject.kind == killed.subject.kind


@pytest.mark.parametrize(
    ("text", "index", "party"),
    [
        pytest.param(
            "Sudan's army fought the Rapid Support Forces near Babanusa. "
            '"Our forces eliminated more than 300 of them," army spokesman Nabil Abdalla said.',
            0,
            "Rapid Support Forces",
            id="of-them-killed-by-the-speaker",
        ),
        pytest.param(
            "Sudan's army fought the Rapid Support Forces near Babanusa. "
            '"Our troops killed some 150 of them and destroyed 14 pickup trucks," an army statement said.',
            1,
            "Rapid Support Forces",
            id="their-vehicles-too",
        ),
    ],
)
def test_whom_a_side_says_it_hit_are_its_enemys(text: str, index: int, party: str) -> None:
    """People a fighting side says it killed, and the things it destroyed with them, are its enemy's."""
    assert extract(text).claims[index].subject.party.name == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param("The army said it killed 12 members of the ELN.", "National Liberation Army", id="of-the-group"),
        pytest.param(
            "The ELN claimed its units killed nine members of the dissident 33rd Front.",
            "Estado Mayor de Bloques y Frente",
            id="a-dissident-front",
        ),
        pytest.param(
            "The army said it killed 12 fighters of the rival ELN.", "National Liberation Army", id="a-rival-group"
        ),
        pytest.param("The army said it killed 12 members near the camp of the ELN.", "unknown", id="not-joined"),
    ],
)
def test_people_of_a_group_named_after_them_are_its(text: str, party: str) -> None:
    """People counted as "N members of the (dissident, rival …) <group>" are the group's; a group further on is not."""
    assert extract("BOGOTA - " + text).claims[0].subject.party.name == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "BAMAKO - JNIM fighters attacked a supply column near Kayes. A channel close to Africa Corps said its "
            "helicopters fired on the fleeing gunmen, killing as many as 35 of them.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            id="militants-then-of-them",
        ),
        pytest.param(
            "YANGON - State media said jets bombed a camp of AA insurgents outside Minbya and killed some 25 of them.",
            "Arakan Army",
            id="named-group-then-of-them",
        ),
    ],
)
def test_of_them_are_the_people_named_before_it(text: str, party: str) -> None:
    """ "N of them" with no toll before it counts the people named before it in its sentence."""
    assert extract(text).claims[-1].subject.party.name == party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "DAMASCUS - A defence source estimated SDF losses at at least 14 dead.",
            "Syrian Democratic Forces",
            id="group-losses-at",
        ),
        pytest.param(
            "DAMASCUS - The SDF said it put its losses at four dead.", "Syrian Democratic Forces", id="its-losses-at"
        ),
        pytest.param("DAMASCUS - A ministry official put the death toll at 20.", "unknown", id="no-owner"),
        pytest.param(
            "SRINAGAR - The Indian army said the army had lost no drones in the Pakistani fire.",
            "India",
            id="named-side-lost-none",
        ),
        pytest.param(
            "GOMA - Troops clashed with M23 near Masisi. M23 said it had lost no men in the fighting.",
            "M23",
            id="it-lost-none",
        ),
        pytest.param(
            "BOGOTA - The army said it killed four ELN guerrillas. The ELN denied losing any fighters.",
            "National Liberation Army",
            id="denied-losing-any",
        ),
    ],
)
def test_whose_losses_a_figure_puts(text: str, party: str) -> None:
    """ "estimated SDF losses at 14" and "X had lost none" are the side's; "denied losing any" the speaker's."""
    assert extract(text).claims[-1].subject.party.name == party


def test_their_men_killed_by_another_side_are_the_speakers() -> None:
    """ "ELN gunmen had killed four of their comrades", said by the 33rd Front: the front's men."""
    text = (
        "BOGOTA - The ELN claimed its units killed nine members of the dissident 33rd Front. The dissidents "
        "disputed this, saying ELN gunmen had killed four of their comrades."
    )
    claim = extract(text).claims[-1]
    assert claim.claimant is not None
    assert claim.claimant.party.name == "Estado Mayor de Bloques y Frente"
    assert claim.subject.party.name == "Estado Mayor de Bloques y Frente"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "YANGON - Army shelling had killed a family of six in the village.",
            "civilians in Myanmar",
            id="a-family-of",
        ),
        pytest.param(
            "BEIRUT - A drone hit a car near Bint Jbeil, killing four members of the same family.",
            "civilians in Lebanon",
            id="members-of-a-family",
        ),
        pytest.param(
            "BAMAKO - An official said 11 bodies of bus passengers had been found near Kayes.",
            "civilians in Mali",
            id="bodies-of-civilians",
        ),
        pytest.param(
            "BAMAKO - JNIM said it killed dozens of soldiers and burned at least 40 fuel tankers near Diema.",
            "civilians in Mali",
            id="fuel-tankers-after-soldiers",
        ),
        pytest.param(
            "BOGOTA - The rights office said those killed included two social leaders.",
            "civilians in Colombia",
            id="social-leaders",
        ),
        pytest.param(
            "BAMAKO - An official said eight members of the escort detail died near Kayes.",
            "unknown",
            id="members-of-no-civilians",
        ),
    ],
)
def test_families_and_civilians_things(text: str, party: str) -> None:
    """Families, people named by an "of" phrase of civilians, and fuel tankers are civilians of where they were hit."""
    assert extract(text).claims[-1].subject.party.name == party


def test_a_single_attacker_shot_by_the_state_is_the_groups() -> None:
    """ "officers had gunned down another attacker", said by the police: the group the state fights."""
    text = (
        "KABUL - Islamic State Khorasan Province claimed the blast. A police spokesman, Khalid Zadran, said "
        "officers had gunned down another attacker."
    )
    assert extract(text).claims[-1].subject.party.name == "Islamic State Khorasan Province"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "KYIV - Moscow reports 97 drones downed overnight.", "Ukraine", id="drones-downed-are-the-enemys"
        ),
        pytest.param(
            "DAMASCUS - The Syrian Observatory for Human Rights said those killed included six fighters from "
            "government ranks.",
            "Syria",
            id="fighters-from-government-ranks",
        ),
        pytest.param(
            "DAMASCUS - The Syrian Observatory for Human Rights said six fighters from government ranks were killed.",
            "Syria",
            id="fighters-from-government-ranks-passive",
        ),
        pytest.param(
            "DAMASCUS - Clashes went on near Aleppo. The Syrian Observatory for Human Rights said nine fighters died.",
            "unknown",
            id="a-monitors-fighters-are-not-its-own",
        ),
    ],
)
def test_whose_combatants_and_aircraft(text: str, party: str) -> None:
    """Aircraft a side says were downed are its enemy's; fighters a monitor counts are not the monitor's."""
    assert extract(text).claims[-1].subject.party.name == party


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        pytest.param(
            "The rebels said they had lost no fighters in the clashes with the army in Shan State.",
            "armed_group", "MMR", id="they-lost",
        ),
        pytest.param("The militants said they lost three men in Cabo Delgado.", "armed_group", "MOZ", id="men-lost"),
    ],
)  # fmt: skip
def test_a_speakers_own_losses_are_its_own_even_of_no_named_group(text: str, kind: str, country: str) -> None:
    """ "The rebels said they had lost no fighters": the rebels' own, though no group of the table names them."""
    subject = extract(text).claims[0].subject
    assert (subject.kind.value, subject.country) == (kind, country)


@pytest.mark.parametrize(
    ("text", "party", "country"),
    [
        pytest.param(
            "JNIM said it killed dozens of soldiers and Russian paramilitaries near Gao.",
            "Mali", None, id="allies-take-the-first-groups-side",
        ),
        pytest.param(
            "Israel said more than 100 of its soldiers and civilians were killed.",
            "unknown", "ISR", id="combatants-and-civilians-are-no-one-side",
        ),
        pytest.param(
            "Pakistan said it killed 274 Taliban officials and militants.",
            "Afghanistan", "AFG", id="a-second-group-without-a-side-shares-the-first",
        ),
    ],
)  # fmt: skip
def test_two_groups_joined_by_and(text: str, party: str, country: str | None) -> None:
    """A count of two groups of people takes each group's side when the second names one of its own."""
    subject = extract(text, published=dt.date(2025, 6, 1)).claims[0].subject
    assert (subject.party.name, subject.country) == (party, country)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A strike on a school resulted in eleven deaths, most of them pupils, a nurse said.", id="most"),
        pytest.param("Gunmen abducted more than 50 people, mostly women and children, in Zamfara.", id="mostly"),
    ],
)
def test_what_most_of_them_were_says_their_kind(text: str) -> None:
    """ "eleven deaths, most of them pupils" are civilians."""
    assert extract(text).claims[0].subject.kind.value == "civilians"


def test_many_of_them_is_not_most() -> None:
    """ "many of them workers" leaves people of no stated kind as they are."""
    text = "Strikes on Hodeidah killed 38 people and wounded 102 others, many of them workers, the ministry said."
    assert extract(text).claims[1].subject.kind.value == "unknown"


def test_things_a_sides_own_troops_destroyed_are_the_enemys() -> None:
    """ "Five soldiers were killed, he said, adding that troops destroyed four gun trucks": ISWAP's trucks."""
    text = (
        "ISWAP fighters attacked a base in Borno. Army spokesman Musa Danjuma said five soldiers were killed, "
        "adding that troops destroyed four gun trucks."
    )
    claim = extract(text, published=dt.date(2025, 6, 1)).claims[-1]
    assert claim.subject.party.name == "Islamic State West Africa Province"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "Police in Dantewada said 11 Maoists were killed, among them four women.",
            "armed_group:Communist Party of India (Maoist)", id="women-among-insurgents",
        ),
        pytest.param(
            "The army said it killed 20 al-Shabaab fighters near Jilib, including two commanders.",
            "armed_group:al-Shabaab", id="commander-among-fighters",
        ),
        pytest.param(
            "The army said 14 soldiers died near Jilib in Somalia, including two young officers.", "state:SOM",
            id="officer-among-soldiers",
        ),
        pytest.param(
            "Troops killed 30 al-Shabaab fighters near Jilib, including four civilians, residents said.",
            "civilians:SOM", id="civilians-keep-their-side",
        ),
    ],
)  # fmt: skip
def test_some_singled_out_of_a_toll_share_its_side(text: str, party: str) -> None:
    """ "11 Maoists, among them four women": the women are Maoists too, unless their noun names a side."""
    claims = extract(text, published=dt.date(2025, 6, 1)).claims
    found = claims[-1].subject.party
    assert f"{found.kind.value}:{found.country if found.kind.value in {'state', 'civilians'} else found.name}" == party


def test_a_side_that_acts_in_a_joined_clause_hits_its_enemy() -> None:
    """ "Two soldiers were wounded, and troops captured a rebel medic": the medic is the rebels', not the soldiers'."""
    claims = extract(
        "Troops fought the New People's Army on Negros. Two soldiers were wounded, he said, and troops captured "
        "a rebel medic.",
        published=dt.date(2025, 6, 1),
    ).claims
    assert [(c.outcome.value, c.subject.party.name) for c in claims] == [
        ("wounded", "Philippines"), ("captured", "New People's Army"),
    ]  # fmt: skip
