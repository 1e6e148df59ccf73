"""Tests for conflictclaims.extraction.generic: generic speakers and the words before their noun."""

from __future__ import annotations

import pytest

from conflictclaims.extraction.generic import generic_speaker
from tests.extraction.conftest import last_sentence


def _speaker_before(text: str, noun: str) -> tuple[str, str, str | None, str]:
    """The generic speaker whose noun is ``noun`` in the text's last sentence: name, kind, country, party kind."""
    sentence, speakers, _ = last_sentence(text)
    head = next(i for i, t in enumerate(sentence.tokens) if t.lower == noun)
    speaker = generic_speaker(sentence, speakers, head)
    assert speaker is not None
    return speaker.name, speaker.kind.value, speaker.country, speaker.party.kind.value


def test_generic_speaker_takes_its_modifiers_and_side() -> None:
    """ "senior Afghan security officials" is one speaker with the side of its demonym."""
    name, _, country, _ = _speaker_before("Senior Afghan security officials spoke.", "officials")
    assert (name, country) == ("Senior Afghan security officials", "AFG")


@pytest.mark.parametrize(
    ("text", "noun", "name", "party"),
    [
        pytest.param(
            "Fighting went on in Sagaing. Nine died, a pro-junta news page said.",
            "page", "a pro-junta news page", "unknown", id="pro-junta-page",
        ),
        pytest.param(
            "Fighting went on near Gao. Nine died, a pro-government Telegram channel said.",
            "channel", "a pro-government Telegram channel", "unknown", id="pro-government-channel",
        ),
        pytest.param(
            "Fighting went on in Tigray. Nine died, an opposition-run outlet said.",
            "outlet", "an opposition-run outlet", "unknown", id="opposition-run-outlet",
        ),
        pytest.param(
            "Fighting went on in Darfur. Nine died, RSF-aligned accounts said.",
            "accounts", "RSF-aligned accounts", "unknown", id="aligned-accounts-of-no-side",
        ),
        pytest.param(
            "Fighting went on in Sagaing. Nine died, a junta-run broadcaster said.",
            "broadcaster", "a junta-run broadcaster", "state", id="junta-run-is-the-state",
        ),
        pytest.param(
            "Fighting went on in Borno. Nine died, state-run television said.",
            "television", "state-run television", "state", id="state-run-television",
        ),
    ],
)  # fmt: skip
def test_outlets_speak_for_the_side_their_words_give(text: str, noun: str, name: str, party: str) -> None:
    """An outlet is a speaker; whom it favours gives it no side, and only one the state runs is the state's."""
    found_name, _, country, found_party = _speaker_before(text, noun)
    assert (found_name, found_party) == (name, party)
    assert country is not None


@pytest.mark.parametrize(
    ("text", "noun", "party"),
    [
        pytest.param(
            "A member of the Civilian Joint Task Force, a government-backed militia, was there. "
            "Three died, the militia member said.",
            "member", "armed_group", id="militia-member",
        ),
        pytest.param(
            "The TNLA seized the town. Three died, the rebel spokesman said.",
            "spokesman", "armed_group", id="rebel-spokesman",
        ),
    ],
)  # fmt: skip
def test_a_group_word_makes_the_speaker_the_group_named_before(text: str, noun: str, party: str) -> None:
    """ "the militia member", "the rebel spokesman": one who speaks for the armed group named before."""
    assert _speaker_before(text, noun)[3] == party


@pytest.mark.parametrize(
    ("text", "noun", "party"),
    [
        pytest.param(
            "Gunmen raided a camp in Balochistan. Twelve died, the military's media wing said.",
            "wing", "state:PAK", id="military-media-wing",
        ),
        pytest.param(
            "Troops fought the New People's Army on Negros. Four died, the NPA's regional command said.",
            "command", "armed_group:New People's Army", id="group-regional-command",
        ),
        pytest.param(
            "Rebels of the Karen National Union held the ridge in Kayin. Two died, the KNU's central committee said.",
            "committee", "armed_group:Karen National Union", id="group-committee",
        ),
    ],
)  # fmt: skip
def test_a_possessive_owner_gives_the_speaker_its_side(text: str, noun: str, party: str) -> None:
    """ "the military's media wing" speaks for the state, "the NPA's regional command" for the group."""
    sentence, speakers, _ = last_sentence(text)
    head = next(i for i, t in enumerate(sentence.tokens) if t.lower == noun)
    speaker = generic_speaker(sentence, speakers, head)
    assert speaker is not None
    found = speaker.party
    assert f"{found.kind.value}:{found.country if found.kind.value == 'state' else found.name}" == party


def test_its_before_a_generic_speaker_is_the_body_that_spoke_last() -> None:
    """ "its regional committee said", after a group spoke: the group's committee."""
    sentence, speakers, _ = last_sentence(
        "The Communist Party of India (Maoist) rejected the account. Nine died, its regional committee said."
    )
    group = next(a for a in sentence.doc.actors if a.party.kind.value == "armed_group")
    speakers.memory.remember(group)
    head = next(i for i, t in enumerate(sentence.tokens) if t.lower == "committee")
    speaker = generic_speaker(sentence, speakers, head)
    assert speaker is not None
    assert (speaker.name, speaker.party.name) == ("its regional committee", "Communist Party of India (Maoist)")


def test_the_resistance_speaks_for_the_group_named_before() -> None:
    """ "the resistance says", after a named group: that group, as "the rebels say" is."""
    sentence, speakers, _ = last_sentence(
        "A People's Defence Force unit held the village in Sagaing. Nine died, the resistance said."
    )
    head = next(i for i, t in enumerate(sentence.tokens) if t.lower == "resistance")
    speaker = generic_speaker(sentence, speakers, head)
    assert speaker is not None
    assert speaker.party.name == "People's Defence Force"
