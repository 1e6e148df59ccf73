"""Tests for conflictclaims.extraction.agents: who speaks, before a verb, after it, or after "according to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from conflictclaims.extraction.agents import (
    agent_after,
    agent_before,
    is_name_word,
    is_noun_use,
    is_trailing,
    speaker_from,
)
from tests.extraction.conftest import last_sentence

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.extraction.sentence import Token


def _verb(tokens: Sequence[Token], word: str) -> int:
    return next(i for i, t in enumerate(tokens) if t.lower == word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Taliban spokesman Zabihullah Mujahid said 12 died.", "Zabihullah Mujahid", id="mention"),
        pytest.param("Afghan officials also said 12 died.", "Afghan officials", id="generic-with-adverb"),
        pytest.param("Mosharraf Zaidi, a spokesperson for the army, said 12 died.", "Zaidi", id="appositive"),
        pytest.param("Ahmad Khalil Rahimi said 12 died.", "Ahmad Khalil Rahimi", id="unknown-name"),
        pytest.param(
            "Late on Friday the National Resistance Front (NRF) said its men had shot dead six Taliban.",
            "National Resistance Front",
            id="acronym-in-brackets",
        ),
        pytest.param(
            "Islamic State Khorasan Province (ISKP), through a message on its Telegram channels, said 31 were killed.",
            "Islamic State",
            id="acronym-and-appositive",
        ),
        pytest.param(
            "The Sudan Doctors Network, a medics' association that records the dead, said 33 people died.",
            "Sudan Doctors Network",
            id="a-body-named-by-its-noun",
        ),
        pytest.param("Villagers of Kafr Nabl said a boy was hurt.", "Villagers", id="people-of-a-place"),
        pytest.param("Soldiers burned a depot, the army's Fourth Brigade said.", "army", id="owner-of-a-unit"),
        pytest.param(
            "Gunmen shot dead nine villagers, a ward head, Musa Bello, said by telephone.",
            "Musa Bello",
            id="name-in-apposition",
        ),
        pytest.param(
            "The army's press office, Inter-Services Public Relations (ISPR), said two police officers were killed.",
            "Inter-Services Public Relations",
            id="name-with-acronym-in-apposition",
        ),
        pytest.param(
            "A district official in Koutiala, who would not give his name, said nine bodies were recovered.",
            "official",
            id="official-in-a-place",
        ),
        pytest.param("The militia member said several civilians were killed.", "member", id="a-member"),
        pytest.param(
            "Shells hit a village close to the border, officials said.", "officials", id="a-place-close-to-something"
        ),
        pytest.param(
            "Yet three people familiar with the navy's own tally said five sailors had died.",
            "people",
            id="people-familiar-with",
        ),
        pytest.param(
            "At the clinic, a nurse who would not give her name said 11 injured fighters arrived overnight.",
            "nurse",
            id="speaker-before-a-relative-clause",
        ),
        pytest.param(
            "A medic at the district clinic said it had taken in nine injured children.",
            "medic",
            id="speaker-before-a-place-phrase",
        ),
        pytest.param(
            "Turkey, which views the Kurdish-led SDF as a branch of the banned PKK, said on Monday that its "
            "troops had neutralised seven militants.",
            "Turkey",
            id="speaker-before-a-relative-clause-in-commas",
        ),
    ],
)
def test_speaker_before_the_verb(text: str, name: str) -> None:
    """The speaker is read back from the verb over adverbials and appositives."""
    sentence, speakers, _ = last_sentence(text)
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    speaker, _ = found
    assert speaker is not None
    assert name in speaker.name


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        pytest.param(
            "The Sudan Doctors Network, a volunteer body, said 8 died.", "organization", "SDN", id="body-of-its-country"
        ),
        pytest.param(
            "Clashes reached Myitkyina in Kachin state. A pro-junta news channel said 5 died in Myitkyina.",
            "unknown",
            "MMR",
            id="unnamed-source-of-the-place",
        ),
        pytest.param(
            "A drone hit an outpost near Arauca, Colombia, injuring four troops, the Eighth Brigade said.",
            "military",
            "COL",
            id="a-military-unit",
        ),
        pytest.param(
            "Rockets fell on Kafr Nabl in Idlib province. Residents of Kafr Nabl said a boy was hurt.",
            "civilians",
            "SYR",
            id="residents-of-the-place",
        ),
    ],
)
def test_speakers_without_a_nationality_take_a_country(text: str, kind: str, country: str) -> None:
    """A body named with its country, and unnamed sources and residents, speak for a country the text gives."""
    sentence, speakers, _ = last_sentence(text)
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    speaker, _ = found
    assert speaker is not None
    assert (speaker.kind.value, speaker.country) == (kind, country)


def test_both_sides_speak_as_no_one() -> None:
    """ "Both sides said" has a speaker position but no one actor."""
    sentence, speakers, _ = last_sentence("Both sides said 12 died.")
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found == (None, 0)


def test_trailing_attribution_closes_the_sentence() -> None:
    """ "…, the ministry said." attributes what came before it."""
    sentence, speakers, _ = last_sentence("Twelve soldiers died, the ministry said.")
    verb = _verb(sentence.tokens, "said")
    found = agent_before(sentence, speakers, verb)
    assert found is not None
    assert is_trailing(sentence, found[1], verb)


@pytest.mark.parametrize(
    ("text", "trailing"),
    [
        pytest.param(
            "Three police officers died and six were hurt, she said, adding that the attackers lost two pickups.",
            True,
            id="going-on-with-adding",
        ),
        pytest.param(
            "Russia lost 980 troops in a day, Ukraine's General Staff said, putting its overall losses at 1,012,300.",
            True,
            id="going-on-with-putting",
        ),
        pytest.param("Five soldiers died, he said, and 12 more were wounded.", False, id="a-new-clause"),
    ],
)
def test_trailing_attribution_before_a_participle(text: str, *, trailing: bool) -> None:
    """A closing attribution followed by "…, adding that" still attributes what came before it."""
    sentence, speakers, _ = last_sentence(text)
    verb = _verb(sentence.tokens, "said")
    found = agent_before(sentence, speakers, verb)
    assert found is not None
    assert is_trailing(sentence, found[1], verb) is trailing


def test_inverted_attribution() -> None:
    """ "…, said the ministry" finds the speaker after the verb."""
    sentence, speakers, _ = last_sentence("Twelve soldiers died, said Afghan officials.")
    found = agent_after(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    assert found[0] is not None
    assert found[0].name == "Afghan officials"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Fire killed 9, a local medical group said.", "a local medical group", "civilians", id="medical"),
        pytest.param("Fire killed 9, a relief group said.", "a relief group", "organization", id="relief-group"),
        pytest.param("Fire killed 9, a rights group said.", "a rights group", "organization", id="rights-group"),
        pytest.param("Fire killed 9, human rights groups said.", "human rights groups", "organization", id="plural"),
        pytest.param("Fire killed 9, the drivers' union said.", "the drivers' union", "organization", id="union"),
        pytest.param("Fire killed 9, a nurses' association said.", "a nurses' association", "organization", id="assoc"),
        pytest.param(
            "Fire killed 9, a trade union official said.", "a trade union official", "organization", id="official"
        ),
    ],
)
def test_bodies_of_civil_society_speak_for_no_side(text: str, name: str, kind: str) -> None:
    """A group, union or official that a modifier places in civil society is a body of its own, not an armed side."""
    sentence, speakers, _ = last_sentence("Al-Shabaab fighters shelled the town. " + text)
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    speaker, _ = found
    assert speaker is not None
    assert (speaker.name, speaker.kind.value) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("A surgeon at the clinic in Bahir Dar said 8 died.", "surgeon", id="two-place-phrases"),
        pytest.param("A nurse in Port Sudan said 8 died.", "nurse", id="a-city-of-two-words"),
        pytest.param("A paramedic in nearby Cox's Bazar said 8 died.", "paramedic", id="nearby"),
        pytest.param("A resident of Goma said 8 died.", "resident", id="a-resident-of"),
        pytest.param("Mohamed Abdi Farah said 8 died.", "Mohamed Abdi Farah", id="a-name-is-still-a-name"),
    ],
)
def test_a_place_after_a_preposition_is_where_the_speaker_is(text: str, name: str) -> None:
    """A known place after "in", "at" or "of" before the verb is where the speaker is; the speaker stands before it."""
    sentence, speakers, _ = last_sentence(text)
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    assert found[0] is not None
    assert name in found[0].name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Fire killed 9, the Relief Association for Displaced Families said.",
            "Relief Association for Displaced Families",
            id="association-for",
        ),
        pytest.param(
            "Fire killed 9, the Commission for Truth and Reconciliation said.",
            "Commission for Truth and Reconciliation",
            id="for-and",
        ),
        pytest.param("Fire killed 9, the Juba Tribune reported.", "Juba Tribune", id="a-newspaper"),
    ],
)
def test_a_body_named_through_for_or_of_is_one_body(text: str, name: str) -> None:
    """A capitalized name that holds a body noun runs through "for", "of" and "and": one organization speaks."""
    sentence, speakers, _ = last_sentence(text)
    verb = next(i for i, t in enumerate(sentence.tokens) if t.lower in {"said", "reported"})
    found = agent_before(sentence, speakers, verb)
    assert found is not None
    assert found[0] is not None
    assert (found[0].name, found[0].kind.value) == (name, "organization")


@pytest.mark.parametrize(
    "speaker",
    ["an army officer", "a soldier", "a hospital director", "a local journalist", "a tribal elder", "a lawmaker"],
)
def test_an_anonymous_person_named_by_a_role_speaks(speaker: str) -> None:
    """An unnamed person named by a role ("an army officer", "a tribal elder") is the speaker."""
    sentence, speakers, _ = last_sentence(f"Gunmen killed 4 guards near Gao, {speaker} said.")
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    assert found[0] is not None
    assert found[0].name in speaker


def test_an_indefinite_armed_group_is_not_the_one_named_before() -> None:
    """ "the group said" is the group named before; "an armed group said" is another one."""
    before = "Al-Shabaab fighters raided the camp. "
    for text, same in (("Guards killed 3, the group said.", True), ("Guards killed 3, an armed group said.", False)):
        sentence, speakers, _ = last_sentence(before + text)
        found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
        assert found is not None
        assert found[0] is not None
        assert (found[0].party.name == "al-Shabaab") is same


def test_noun_uses_of_reporting_words() -> None:
    """ "the claims" and "casualty reports" are nouns; "the army claims" is a verb."""
    sentence, _, _ = last_sentence("The claims and casualty reports differ as the army claims.")
    tokens = sentence.tokens
    claims = [i for i, t in enumerate(tokens) if t.lower == "claims"]
    assert is_noun_use(sentence, claims[0])
    assert is_noun_use(sentence, _verb(tokens, "reports"))
    assert not is_noun_use(sentence, claims[1])


def test_a_generic_noun_before_a_name_is_the_name() -> None:
    """ "according to the crisis data project ACLED" is ACLED, not the armed group named before."""
    sentence, speakers, _ = last_sentence(
        "JNIM ambushed the trucks. Raids have killed hundreds, according to the crisis data project ACLED."
    )
    speaker, _ = speaker_from(sentence, speakers, _verb(sentence.tokens, "according") + 2)
    assert speaker is not None
    assert speaker.name == "ACLED"


def test_a_generic_noun_before_a_place_is_the_noun() -> None:
    """ "according to officials in Herat" is the officials: a place after the noun is no longer name."""
    sentence, speakers, _ = last_sentence("Raids have killed nine, according to officials in Herat.")
    speaker, _ = speaker_from(sentence, speakers, _verb(sentence.tokens, "according") + 2)
    assert speaker is not None
    assert speaker.name == "officials"


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        pytest.param(
            "Nine died in the raid, according to the Darfur Association for Legal Aid.",
            "Darfur Association for Legal Aid",
            "civilians",
            id="association-for",
        ),
        pytest.param(
            "Nine died in the raid, according to the Emergency Lawyers Association.",
            "Emergency Lawyers Association",
            "unknown",
            id="starts-like-a-known-body",
        ),
        pytest.param(
            "Nine died in the raid, according to the Ministry of Defence.",
            "Ministry of Defence",
            None,
            id="a-ministry-stays-the-state",
        ),
    ],
)
def test_a_body_named_after_according_to_is_its_whole_name(text: str, name: str, party: str | None) -> None:
    """ "according to" a body of civil society reads its whole name, through "for" and past a shorter known name."""
    sentence, speakers, _ = last_sentence(text)
    speaker, _ = speaker_from(sentence, speakers, _verb(sentence.tokens, "according") + 2)
    assert speaker is not None
    assert speaker.name.removeprefix("the ") == name
    if party is not None:
        assert speaker.party.kind.value == party
    else:
        assert speaker.kind.value != "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Fire killed 9 in Darfur, the Washington Post reported.", "Washington Post", id="capital-post"),
        pytest.param("Fire killed 9 in Darfur, the Sudan Tribune said.", "Sudan Tribune", id="country-tribune"),
        pytest.param("Fire killed 9 in Bihar, the Delhi Times said.", "Delhi Times", id="capital-times"),
    ],
)
def test_a_newspaper_named_after_a_place_is_no_party(text: str, name: str) -> None:
    """A paper whose name holds a city or a country speaks for no state and no side."""
    sentence, speakers, _ = last_sentence(text)
    verb = next(i for i, t in enumerate(sentence.tokens) if t.lower in {"said", "reported"})
    found = agent_before(sentence, speakers, verb)
    assert found is not None
    assert found[0] is not None
    assert found[0].name == name
    assert not found[0].party.known


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param("Fire killed 9 in Kadugli, the resistance committees said.", "committees",
                     "organization", id="committees"),
        pytest.param("Fire killed 9 in Culiacan, local prosecutors said.", "local prosecutors", "government",
                     id="prosecutors"),
        pytest.param("Fire killed 9 in Pemba, Rwanda's defence force said.", "Rwanda's defence force", "military",
                     id="force"),
    ],
)  # fmt: skip
def test_more_generic_speakers(text: str, name: str, kind: str) -> None:
    """Committees, prosecutors and a defence force speak as what they are, without a name."""
    sentence, speakers, _ = last_sentence(text)
    found = agent_before(sentence, speakers, _verb(sentence.tokens, "said"))
    assert found is not None
    assert found[0] is not None
    assert (found[0].name.removeprefix("the "), found[0].kind.value) == (name, kind)


def test_speaker_after_according_to() -> None:
    """ "according to Afghan authorities" names the authorities and where their name ends."""
    sentence, speakers, _ = last_sentence("According to Afghan authorities, 13 died.")
    speaker, last = speaker_from(sentence, speakers, 2)
    assert speaker is not None
    assert speaker.name == "Afghan authorities"
    assert last == 3


@pytest.mark.parametrize(("word", "expected"), [("Oleh", True), ("Al-Khulaifi", True), ("oleh", False), ("A", False)])
def test_name_words(word: str, expected: bool) -> None:
    """A name word is capitalized, longer than one letter and made of letters, hyphens and apostrophes."""
    assert is_name_word(word) is expected
