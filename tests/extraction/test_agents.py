"""Tests for conflictclaims.extraction.agents: who speaks, before a verb, after it, or after "according to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from conflictclaims.extraction.agents import (
    agent_after,
    agent_before,
    generic_speaker,
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
            "The anti-Taliban National Resistance Front (NRF) said its fighters killed nine.",
            "National Resistance Front",
            id="acronym-in-brackets",
        ),
        pytest.param(
            "Islamic State Khorasan Province (ISKP), in a statement carried by its Amaq news agency, said 40 died.",
            "Islamic State",
            id="acronym-and-appositive",
        ),
        pytest.param(
            "The Sudan Doctors Network, a medical group that tracks casualties, said 19 died.",
            "Sudan Doctors Network",
            id="a-body-named-by-its-noun",
        ),
        pytest.param("Residents of Deir Hafer said a woman was killed.", "Residents", id="people-of-a-place"),
        pytest.param("Troops destroyed a camp, the army's Second Division said.", "army", id="owner-of-a-unit"),
        pytest.param(
            "They killed 16 residents, a local councillor, Sani Muhammad, said by phone.",
            "Sani Muhammad",
            id="name-in-apposition",
        ),
        pytest.param(
            "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said four civilians died.",
            "Inter-Services Public Relations",
            id="name-with-acronym-in-apposition",
        ),
        pytest.param(
            "A local official in Diéma, who declined to be named, said 17 bodies were found.",
            "official",
            id="official-in-a-place",
        ),
        pytest.param("The militia member said several civilians were killed.", "member", id="a-member"),
        pytest.param(
            "But two people familiar with the army's internal assessment said three soldiers had been killed.",
            "people",
            id="people-familiar-with",
        ),
        pytest.param(
            "At the hospital, a doctor who asked not to be named said 23 wounded soldiers were brought in.",
            "doctor",
            id="speaker-before-a-relative-clause",
        ),
        pytest.param(
            "A health worker at the town's hospital said it had received 14 wounded people.",
            "worker",
            id="speaker-before-a-place-phrase",
        ),
        pytest.param(
            "Turkey, which regards the YPG as an extension of the outlawed Kurdistan Workers' Party (PKK), said "
            "separately that its forces had neutralised 12 terrorists.",
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
            "The Sudan Doctors Network, a medical group, said 19 died.", "organization", "SDN", id="body-of-its-country"
        ),
        pytest.param(
            "Fighting hit Bhamo in Kachin state. A pro-military Telegram channel said 3 died in Bhamo.",
            "unknown",
            "MMR",
            id="unnamed-source-of-the-place",
        ),
        pytest.param(
            "A drone struck a base in Tibú, Colombia, wounding seven soldiers, the Second Division said.",
            "military",
            "COL",
            id="a-military-unit",
        ),
        pytest.param(
            "Shelling hit Deir Hafer in Aleppo province. Residents of Deir Hafer said a woman was killed.",
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
            "Five soldiers died and eight were injured, he said, adding that troops destroyed four gun trucks.",
            True,
            id="going-on-with-adding",
        ),
        pytest.param(
            "Russia lost 1,040 soldiers, Ukraine's General Staff said, putting its total losses at 1,106,000.",
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


def test_generic_speaker_takes_its_modifiers_and_side() -> None:
    """ "senior Afghan security officials" is one speaker with the side of its demonym."""
    sentence, speakers, _ = last_sentence("Senior Afghan security officials spoke.")
    head = _verb(sentence.tokens, "officials")
    speaker = generic_speaker(sentence, speakers, head)
    assert speaker is not None
    assert (speaker.name, speaker.country) == ("Senior Afghan security officials", "AFG")


def test_noun_uses_of_reporting_words() -> None:
    """ "the claims" and "casualty reports" are nouns; "the army claims" is a verb."""
    sentence, _, _ = last_sentence("The claims and casualty reports differ as the army claims.")
    tokens = sentence.tokens
    claims = [i for i, t in enumerate(tokens) if t.lower == "claims"]
    assert is_noun_use(sentence, claims[0])
    assert is_noun_use(sentence, _verb(tokens, "reports"))
    assert not is_noun_use(sentence, claims[1])


def test_a_generic_noun_before_a_name_is_the_name() -> None:
    """ "according to the conflict monitoring group ACLED" is ACLED, not the armed group named before."""
    sentence, speakers, _ = last_sentence(
        "JNIM attacked the convoy. Violence killed thousands, according to the conflict monitoring group ACLED."
    )
    speaker, _ = speaker_from(sentence, speakers, _verb(sentence.tokens, "according") + 2)
    assert speaker is not None
    assert speaker.name == "ACLED"


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
