"""Tests for conflictclaims._actor_lexicon: the phrase lexicon and the actor finder's view of the tokens."""

from __future__ import annotations

import pytest

from conflictclaims._actor_lexicon import (
    CASE_INITIAL,
    CASE_NONE,
    CASE_UPPER,
    actor_tokens,
    case_ok,
    countries_named,
    group_kind,
    lexicon,
    matches,
    phrase_key,
    settle_readings,
    written_forms,
)
from conflictclaims._group_index import entry
from conflictclaims.model import ActorKind
from conflictclaims.tokens import tokenize


def test_phrase_keys_split_possessives_and_keep_acronyms() -> None:
    """A phrase's key is its actor tokens lower-cased: "'s" apart, "U.S." whole, "’" as "'"."""
    assert phrase_key("Pakistan’s Army") == ("pakistan", "'s", "army")
    assert phrase_key("the U.S.") == ("the", "u.s.")


def test_lexicon_entries() -> None:
    """Groups, countries, demonyms, capitals, institutions, titles and people nouns all have entries."""
    phrases = lexicon().phrases
    assert phrases[("taliban",)].group == "Taliban"
    assert phrases[("pakistani",)].country == "PAK"
    assert phrases[("palestinians",)].proper == "plural"
    assert phrases[("kabul",)].proper == "capital"
    assert phrases[("spokesperson",)].head
    assert phrases[("soldiers",)].noun is ActorKind.MILITARY
    assert lexicon().names["IRN"] == "Iran"
    assert "s" not in lexicon().followers.get("the", frozenset())


def test_case_checks() -> None:
    """A proper noun needs its capitals: an initial capital, or all capitals for an acronym."""
    assert case_ok(CASE_NONE, ["anything"])
    assert case_ok(CASE_INITIAL, ["Kabul"])
    assert not case_ok(CASE_INITIAL, ["kabul"])
    assert case_ok(CASE_UPPER, ["TTP"])
    assert not case_ok(CASE_UPPER, ["Ttp"])


def test_actor_view_splits_possessives_and_joins_acronyms() -> None:
    """The actor view of the shared tokens has "'s" apart and "U.S." as one acronym."""
    view = actor_tokens(tokenize("Pakistan's U.S.-backed forces’ 2,575"))
    assert view.surfaces == ["Pakistan", "'s", "U.S.", "-", "backed", "forces", "’", "2", ",", "575"]
    assert [view.kind(i) for i in (0, 1, 2, 3, 6)] == ["word", "poss", "acr", "punct", "poss"]


def test_matches_take_the_longest_valid_phrase() -> None:
    """Each token gets the longest phrase starting there whose capitals fit; a range sees only its tokens."""
    view = actor_tokens(tokenize("The Islamic State group and the islamic state said"))
    found = matches(view, lexicon())
    first = found[1]
    assert first is not None
    assert first.proper
    assert first.end == 4
    lower = found[6]
    assert lower is None or not lower.proper
    assert len(matches(view, lexicon(), 1, 3)) == 2


def _group_at(text: str, word: str) -> str | None:
    """The party the settled lexicon reads ``word`` of ``text`` as, or ``None``."""
    view = actor_tokens(tokenize(text))
    found = settle_readings(view, matches(view, lexicon()))
    match = found[view.surfaces.index(word)]
    return None if match is None or not match.proper else match.entry.group


SETTLED = [
    pytest.param("The SDF said Syrian army shelling hit Raqqa.", "SDF", "Syrian Democratic Forces", id="sdf-in-syria"),
    pytest.param("The SDF said a Japanese destroyer docked in Tokyo.", "SDF", None, id="sdf-in-japan"),
    pytest.param("The ADF killed 12 villagers near Beni, Congo.", "ADF", "Allied Democratic Forces", id="adf-in-congo"),
    pytest.param(
        "The ADF attacked a Cameroonian army post near Bamenda, Cameroon.", "ADF", "Ambazonia Defence Forces",
        id="adf-in-cameroon",
    ),
    pytest.param("The SNA retook a Somali town from al-Shabaab.", "SNA", "Somali National Army", id="sna-in-somalia"),
    pytest.param("The SNA advanced on Syrian Kurdish positions.", "SNA", "Syrian National Army", id="sna-in-syria"),
    pytest.param("Myanmar's junta said the AA seized a base.", "AA", "Arakan Army", id="aa-in-myanmar"),
    pytest.param("Ukrainian AA guns fired over Kyiv.", "AA", None, id="aa-guns-elsewhere"),
]


@pytest.mark.parametrize(("text", "word", "party"), SETTLED)
def test_ambiguous_group_forms_are_read_in_the_countries_of_the_text(text: str, word: str, party: str | None) -> None:
    """A group form with several readings names the party of the countries the text names, or none."""
    assert _group_at(text, word) == party


def test_forms_are_also_found_with_full_stops() -> None:
    """Abbreviations inside a party's name are also found written with full stops: "U.N.", "U.S."."""
    assert written_forms("UN human rights office") == ("UN human rights office", "U.N. human rights office")
    assert written_forms("US Central Command") == ("US Central Command", "U.S. Central Command")
    assert written_forms("Hamas") == ("Hamas",)
    assert lexicon().phrases[phrase_key("U.N. rights office")].group == "UN Human Rights Office"


STATE_FORCES = [
    pytest.param("Israel Defense Forces", ActorKind.MILITARY, id="army"),
    pytest.param("Inter-Services Intelligence", ActorKind.GOVERNMENT, id="intelligence-service"),
    pytest.param("Central Reserve Police Force", ActorKind.POLICE, id="police-force"),
    pytest.param("National Guard of Ukraine", ActorKind.MILITARY, id="national-guard"),
    pytest.param("Taliban", ActorKind.ARMED_GROUP, id="armed-group"),
    pytest.param("United Nations", ActorKind.ORGANIZATION, id="international"),
    pytest.param("Amaq News Agency", ActorKind.ORGANIZATION, id="channel"),
]


@pytest.mark.parametrize(("name", "kind"), STATE_FORCES)
def test_table_entries_get_the_actor_kind_of_what_they_are(name: str, kind: ActorKind) -> None:
    """A named state force is an army, a government service or a police force; others keep their kind."""
    assert group_kind(entry(name)) is kind


def test_countries_named_rank_by_mentions() -> None:
    """The countries a text's proper nouns name come most named first."""
    view = actor_tokens(tokenize("Sudan's army and the RSF fought; Sudanese officials and an Egyptian envoy met."))
    assert countries_named(matches(view, lexicon())) == ("SDN", "EGY")
