"""Tests for conflictclaims._place_index: folded names, the place index and how ambiguous names are resolved."""

from __future__ import annotations

from conflictclaims._place_index import (
    Query,
    candidates_for,
    choose,
    fold,
    loose,
    may_start_a_name,
    name_starts,
    people_words,
    place_index,
    variants,
)
from conflictclaims.model import LocationKind


def test_fold_and_loose_keys() -> None:
    """Case, diacritics and apostrophes fold away; transliteration variants meet under the loose key."""
    assert fold("Ma’rib") == "marib"
    assert fold("Khyber-Pakhtunkhwa") == "khyber pakhtunkhwa"
    assert loose("paktiya") == loose("paktia")
    assert list(variants("Al Jazirah")) == ["al jazirah", "jazirah"]


def test_an_alias_names_one_country() -> None:
    """ "Congo" is DR Congo alone among countries, as the alias table says."""
    countries = [c[0].country for c in place_index().candidates("congo") if c[0].kind is LocationKind.COUNTRY]
    assert countries == ["COD"]


def test_people_words_are_demonyms_peoples_and_groups() -> None:
    """Demonyms, stateless peoples and one-word group names are never a place alone."""
    words = people_words()
    assert {"pakistani", "lankan", "kurds", "hamas", "fano"} <= words
    assert "sri lankan" not in words


def test_choose_prefers_context_and_designators() -> None:
    """A designator selects subdivisions; otherwise the place in a context country wins."""
    candidates = candidates_for("khost", "Khost")
    single = Query(single_word=True, designated=frozenset(), in_name_run=False, short=False)
    designated = single._replace(designated=frozenset({LocationKind.ADMIN1, LocationKind.ADMIN2}))
    city = choose(candidates, single, {"AFG"})
    province = choose(candidates, designated, {"AFG"})
    assert city is not None
    assert city.kind is LocationKind.CITY
    assert province is not None
    assert province.kind is LocationKind.ADMIN1


def test_name_starts_rule_out_words_that_start_no_name() -> None:
    """A word no key starts with is ruled out before any lookup; a loose spelling or a name's first word is not."""
    starts = name_starts()
    assert may_start_a_name("kabul", starts)
    assert may_start_a_name("bay", starts)  # "Bay of Bengal"
    assert may_start_a_name("paktia", starts)  # only its loose key is indexed ("Paktiya" is the exact one)
    assert not may_start_a_name("zabihullah", starts)
    assert "UAE" in starts.acronyms
