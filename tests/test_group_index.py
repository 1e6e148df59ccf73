"""The party lookup: case rules, folding, country context, and the index's own contract."""

from __future__ import annotations

import doctest

import pytest

from conflictclaims import _group_index
from conflictclaims._armed_groups import Ambiguity, PartyEntry
from conflictclaims._group_index import (
    GroupIndex,
    acronym_key,
    ambiguity,
    candidates,
    default_index,
    entry,
    local_branch,
    name_key,
    resolve,
)


def _name(form: str, countries: tuple[str, ...] = ()) -> str | None:
    found = resolve(form, countries)
    return found.name if found else None


def test_module_examples_run() -> None:
    """The examples in the module's docstrings print what they show."""
    result = doctest.testmod(_group_index)
    assert result.attempted >= 5
    assert result.failed == 0


CASE_RULES = [
    pytest.param("AA", ("MMR",), "Arakan Army", id="acronym-in-capitals"),
    pytest.param("Aa", ("MMR",), None, id="acronym-in-title-case-is-no-acronym"),
    pytest.param("aa", ("MMR",), None, id="acronym-in-lower-case-is-no-acronym"),
    pytest.param("JeM", (), "Jaish-e-Mohammed", id="mixed-case-acronym-as-written"),
    pytest.param("JEM", ("SDN",), "Justice and Equality Movement", id="mixed-case-acronym-other-case-is-other-group"),
    pytest.param("OCHA", (), "OCHA", id="acronym-named-entry"),
    pytest.param("ocha", (), None, id="acronym-named-entry-keeps-its-case"),
    pytest.param("Unicef", (), "UNICEF", id="house-style-title-case-is-an-alias"),
    pytest.param("HOUTHIS", (), "Houthis", id="name-in-capitals"),
    pytest.param("houthis", (), "Houthis", id="name-in-lower-case"),
    pytest.param("the Houthis", (), "Houthis", id="leading-the"),
    pytest.param("The  Taliban", (), "Taliban", id="leading-the-and-double-space"),
    pytest.param("the RSF's", ("SDN",), "Rapid Support Forces", id="possessive-after-acronym"),
    pytest.param("Houthis'", (), "Houthis", id="plural-possessive"),
    pytest.param("Hamas’s", (), "Hamas", id="curly-possessive"),
    pytest.param("Lions’ Den", (), "Lions' Den", id="curly-apostrophe-inside"),
    pytest.param("Taang National Liberation Army", (), "Ta'ang National Liberation Army", id="apostrophe-dropped"),
    pytest.param("Al Shabaab", ("SOM",), "al-Shabaab", id="hyphen-or-space"),
    pytest.param("al–Shabaab", ("SOM",), "al-Shabaab", id="en-dash"),
    pytest.param("Tehreek e Taliban Pakistan", (), "Tehreek-e-Taliban Pakistan", id="hyphens-as-spaces"),
    pytest.param("ISIS–K", (), "Islamic State Khorasan Province", id="dash-inside-acronym"),
    pytest.param("ISIS K", (), "Islamic State Khorasan Province", id="space-inside-acronym"),
    pytest.param("U.N.", (), "United Nations", id="dotted-acronym"),
    pytest.param("Médecins Sans Frontières", (), "Doctors Without Borders", id="accents"),
    pytest.param("MEDECINS SANS FRONTIERES", (), "Doctors Without Borders", id="no-accents-capitals"),
    pytest.param("Popular Mobilisation Forces", (), "Popular Mobilization Forces", id="british-spelling"),
    pytest.param("Israel Defence Forces", (), "Israel Defense Forces", id="defence-defense"),
    pytest.param("Armed Conflict Location & Event Data Project", (), "ACLED", id="ampersand"),
    pytest.param("Armed Conflict Location and Event Data Project", (), "ACLED", id="and-for-ampersand"),
    pytest.param("ＩＳＷＡＰ", (), "Islamic State West Africa Province", id="full-width-acronym"),
    pytest.param("  Hezbollah\n", (), "Hezbollah", id="surrounding-whitespace"),
]


@pytest.mark.parametrize(("form", "countries", "expected"), CASE_RULES)
def test_case_and_folding_rules(form: str, countries: tuple[str, ...], expected: str | None) -> None:
    """Acronyms match with their case, names without it; 'the', possessives, apostrophes, dashes and accents fold."""
    assert _name(form, countries) == expected


def test_member_nouns_find_their_group() -> None:
    """A member noun ('Houthi', 'Naxal') names the group its members belong to."""
    assert _name("Houthi") == "Houthis"
    assert _name("Naxalite") == "Communist Party of India (Maoist)"
    assert _name("Ambazonian") == "Ambazonian separatists"


def test_candidates_list_each_reading_once_acronyms_first() -> None:
    """Every entry a form can name comes back once, in table order, acronym readings before name readings."""
    names = [party.name for party in candidates("SNA")]
    assert names == ["Syrian National Army", "Shanni Nationalities Army", "Somali National Army"]
    assert candidates("no such group") == ()
    assert len(candidates("Houthi")) == 1


def test_country_context_is_read_most_relevant_first() -> None:
    """The first context country any reading is active in decides, whatever comes after it."""
    assert _name("SNA", ("SOM", "SYR")) == "Somali National Army"
    assert _name("SNA", ("SYR", "SOM")) == "Syrian National Army"
    assert _name("SNA", ("FRA", "SOM")) == "Somali National Army"


def test_an_unambiguous_form_ignores_the_context() -> None:
    """A form naming one entry, not declared ambiguous, resolves in an article about any country."""
    assert _name("ISWAP", ("FRA",)) == "Islamic State West Africa Province"
    assert _name("Hezbollah", ("USA", "GBR")) == "Hezbollah"


def test_ambiguity_is_found_by_any_spelling_of_its_form() -> None:
    """The declared ambiguity of a form is found however the form is written."""
    declared = ambiguity("al-Shabaab")
    assert declared is not None
    assert ambiguity("Al Shabab") is ambiguity("al-Shabab")
    assert ambiguity("the ADF's") is ambiguity("ADF")
    assert ambiguity("Houthis") is None
    assert ambiguity("adf") is None


def test_entry_lookup_by_canonical_name() -> None:
    """The canonical name gives the entry back; another name raises KeyError."""
    assert entry("Taliban").country == "AFG"
    with pytest.raises(KeyError):
        entry("the Taliban")


def test_default_index_is_compiled_once() -> None:
    """The library's index is built on first use and then shared."""
    assert default_index() is default_index()
    index = default_index()
    assert len(index) == len(list(index))
    assert "Hamas" in index
    assert "hamas" not in index


BRANCHES = [
    pytest.param("Islamic State", ("NGA",), "Islamic State West Africa Province", id="is-nigeria"),
    pytest.param("Islamic State", ("AFG",), "Islamic State Khorasan Province", id="is-afghanistan"),
    pytest.param("Islamic State", ("COD",), "Allied Democratic Forces", id="is-congo"),
    pytest.param("Islamic State", ("FRA", "MLI"), "Islamic State Sahel Province", id="is-first-country-with-a-branch"),
    pytest.param("Islamic State", ("IRQ",), "Islamic State", id="is-core"),
    pytest.param("Islamic State", ("NER",), "Islamic State", id="is-two-branches-undecided"),
    pytest.param("al-Qaeda", ("YEM",), "al-Qaeda in the Arabian Peninsula", id="aq-yemen"),
    pytest.param("al-Qaeda", ("SOM",), "al-Shabaab", id="aq-somalia"),
    pytest.param("al-Qaeda", ("MLI",), "Jama'at Nusrat al-Islam wal-Muslimin", id="aq-mali-based-branch-wins"),
    pytest.param("Hamas", ("PSE",), "Hamas", id="a-national-group-is-its-own-branch"),
    pytest.param("Islamic State", (), "Islamic State", id="no-context"),
]


@pytest.mark.parametrize(("name", "countries", "expected"), BRANCHES)
def test_local_branch(name: str, countries: tuple[str, ...], expected: str) -> None:
    """A transnational movement named in a country's news speaks for its branch there, if one branch fits."""
    assert local_branch(entry(name), countries).name == expected


def _party(name: str, *, acronyms: tuple[str, ...] = (), active_in: tuple[str, ...] = ("AFG",)) -> PartyEntry:
    return PartyEntry(name, "armed_group", active_in[0], active_in, acronyms=acronyms, opponents=active_in[:1])


def test_an_index_can_be_built_from_any_table() -> None:
    """A custom table compiles with its own ambiguities, so users can extend or replace the library's."""
    index = GroupIndex(
        [_party("Alpha Front", acronyms=("AF",)), _party("Another Force", acronyms=("AF",), active_in=("IRQ",))],
        {"AF": Ambiguity("Alpha Front", "", "Afghanistan: Alpha Front; Iraq: Another Force.")},
    )
    assert index.resolve("AF").name == "Alpha Front"  # type: ignore[union-attr]
    assert index.resolve("AF", ("IRQ",)).name == "Another Force"  # type: ignore[union-attr]
    assert index.resolve("AF", ("SYR",)) is None
    assert index.resolve("Another Force", ("SYR",)).name == "Another Force"  # type: ignore[union-attr]


def test_undeclared_shared_forms_resolve_only_by_context() -> None:
    """Without a declared default, two readings in the same place leave the form unresolved."""
    index = GroupIndex([_party("Alpha Front", acronyms=("AF",)), _party("Another Force", acronyms=("AF",))], {})
    assert index.resolve("AF") is None
    assert len(index.candidates("AF")) == 2


def test_duplicate_names_are_rejected() -> None:
    """Two entries with one canonical name would make a name ambiguous, so the index refuses them."""
    with pytest.raises(ValueError, match="two entries are named 'Alpha Front'"):
        GroupIndex([_party("Alpha Front"), _party("Alpha Front")], {})


def test_a_default_must_name_an_entry() -> None:
    """An ambiguity defaulting to an unknown name is a typo, caught when the index is built."""
    with pytest.raises(ValueError, match="defaults to 'Nobody'"):
        GroupIndex([_party("Alpha Front", acronyms=("AF",))], {"AF": Ambiguity("Nobody", "", "")})


KEYS = [
    pytest.param(acronym_key, "the U.N.'s", "UN", id="acronym-the-dots-possessive"),
    pytest.param(acronym_key, "AFC / M23", "AFCM23", id="acronym-slash-and-spaces"),
    pytest.param(acronym_key, "CPP-NPA-NDF", "CPPNPANDF", id="acronym-hyphens"),
    pytest.param(acronym_key, "FAMa", "FAMa", id="acronym-case-kept"),
    pytest.param(name_key, "The Resistance Front", "resistance front", id="name-the"),
    pytest.param(name_key, "the the Front", "front", id="name-the-twice"),
    pytest.param(name_key, "Jama’at Nusrat al-Islam", "jamaat nusrat al islam", id="name-apostrophe-hyphen"),
    pytest.param(name_key, "Kurdistan Workers' Party", "kurdistan workers party", id="name-inner-apostrophe"),
    pytest.param(name_key, "Organisation of Islamic Cooperation", "organization of islamic cooperation", id="name-ise"),
    pytest.param(name_key, "Return, Reclamation, Rehabilitation", "return reclamation rehabilitation", id="commas"),
    pytest.param(name_key, "...", "", id="name-punctuation-only"),
]


@pytest.mark.parametrize(("key", "text", "expected"), KEYS)
def test_keys(key: object, text: str, expected: str) -> None:
    """The two matching keys fold exactly what they promise and nothing else."""
    assert callable(key)
    assert key(text) == expected


def test_dotless_i_folds_like_its_capital() -> None:
    """A Turkish name upper-cased ("TEŞKILATI") keys like the name as written ("Teşkilatı")."""
    assert name_key("MILLI İSTIHBARAT TEŞKILATI") == name_key("Milli İstihbarat Teşkilatı")
