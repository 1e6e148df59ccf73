"""Tests for conflictclaims._countries: one table each for demonyms, country aliases and alpha-3 codes."""

from __future__ import annotations

import pycountry
import pytest

from conflictclaims import _countries
from conflictclaims.actors import country_of
from conflictclaims.gazetteer import lookup
from conflictclaims.model import is_country_code


def test_every_code_in_the_tables_is_an_alpha3_code() -> None:
    """Demonyms, aliases, display names, capitals and territories name codes the models accept."""
    codes = set(_countries.DEMONYMS) | set(_countries.COUNTRY_ALIASES.values()) | set(_countries.DISPLAY_NAMES)
    codes |= set(_countries.CAPITAL_ALIASES.values()) | set(_countries.TERRITORIES.values())
    assert sorted(c for c in codes if not is_country_code(c)) == []


def test_alpha3_codes_are_iso_plus_kosovo() -> None:
    """The one alpha-3 set is ISO 3166-1 and Kosovo's XKX."""
    assert _countries.alpha3_codes() == {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def test_a_demonym_belongs_to_one_country() -> None:
    """No demonym is listed under two countries."""
    seen: dict[str, str] = {}
    for code, forms in _countries.DEMONYMS.items():
        for form in forms:
            assert seen.setdefault(form.lower(), code) == code, form


def test_peoples_name_no_country() -> None:
    """A people without a state of its own is not also a country's demonym."""
    demonyms = {form.lower() for forms in _countries.DEMONYMS.values() for form in forms}
    assert not {p.lower() for p in _countries.PEOPLES} & demonyms


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        pytest.param("Congo", "COD", id="congo-is-dr-congo"),
        pytest.param("United Kingdom", "GBR", id="united-kingdom"),
        pytest.param("Britain", "GBR", id="britain"),
        pytest.param("Ivory Coast", "CIV", id="ivory-coast"),
        pytest.param("Burma", "MMR", id="burma"),
    ],
)
def test_actors_and_places_read_an_alias_alike(alias: str, code: str) -> None:
    """The actor finder and the gazetteer read a country alias from the same table, to the same code."""
    place = lookup(alias)
    assert country_of(alias) == code
    assert place is not None
    assert place.country == code
