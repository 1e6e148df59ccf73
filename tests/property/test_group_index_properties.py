"""Properties of the party lookup: never raising on any string, and folding that keeps every name findable."""

from __future__ import annotations

from hypothesis import example, given, note
from hypothesis import strategies as st

from conflictclaims._armed_groups import AMBIGUITIES, PARTIES, PartyEntry
from conflictclaims._group_index import ambiguity, candidates, resolve
from tests.strategies import countries

# Every code point, surrogates included, and the pieces the folding reacts to.
_PIECES = st.sampled_from(
    [
        "the ",
        "The ",
        "'s",
        "’s",
        "'",
        "’",
        "-",
        "–",
        "/",
        ".",
        "&",
        " ",
        "AA",
        "ISIS",
        "al-",
        "Hamas",
        "ß",
        "İ",
        "\u0301",
    ]
)
_ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=())) | st.lists(_PIECES, max_size=12).map("".join)
_CONTEXTS = st.lists(countries(), max_size=4).map(tuple)


@given(form=_ANY_TEXT, context=_CONTEXTS)
@example(form="", context=())
@example(form="\ud800", context=("AFG",))
@example(form="the", context=())
@example(form="'s", context=())
@example(form="ＡＤＦ", context=("COD",))
def test_lookup_never_raises(form: str, context: tuple[str, ...]) -> None:
    """Any string with any context gives an entry among its candidates, or None, and never an exception."""
    found = candidates(form)
    resolved = resolve(form, context)
    ambiguity(form)
    assert resolved is None or resolved in found


def _name_forms(party: PartyEntry) -> list[str]:
    names = [] if party.name in party.acronyms else [party.name]
    return [*names, *party.aliases, *party.members]


_ENTRIES = st.sampled_from(PARTIES)


@given(party=_ENTRIES, data=st.data())
def test_names_survive_case_articles_and_possessives(party: PartyEntry, data: st.DataObject) -> None:
    """A name keeps finding its entry in any case, after 'the', before a possessive, with stray spaces."""
    forms = _name_forms(party)
    if not forms:
        return
    form = data.draw(st.sampled_from(forms), label="form")
    dressed = data.draw(
        st.sampled_from([form.upper(), form.lower(), f"the {form}", f"The {form}’s", f"  {form}'s ", form.title()]),
        label="dressed",
    )
    note(f"{party.name}: {dressed!r}")
    assert party in candidates(dressed)


@given(party=_ENTRIES, data=st.data())
def test_acronyms_survive_articles_dots_and_possessives(party: PartyEntry, data: st.DataObject) -> None:
    """An acronym keeps finding its entry after 'the', before a possessive, and with a dash spelled otherwise."""
    if not party.acronyms:
        return
    form = data.draw(st.sampled_from(party.acronyms), label="acronym")
    dressed = data.draw(
        st.sampled_from([f"the {form}", f"{form}'s", f"{form}’s", form.replace("-", "–"), f" {form} "]),
        label="dressed",
    )
    assert party in candidates(dressed)


@given(party=_ENTRIES, data=st.data(), context=_CONTEXTS)
def test_context_never_moves_a_plain_form_away(
    party: PartyEntry, data: st.DataObject, context: tuple[str, ...]
) -> None:
    """A form that names one entry and is not declared ambiguous resolves to it in any article."""
    forms = [form for form in (*party.acronyms, *_name_forms(party)) if form not in AMBIGUITIES]
    if not forms:
        return
    form = data.draw(st.sampled_from(forms), label="form")
    if len(candidates(form)) == 1 and ambiguity(form) is None:
        assert resolve(form, context) == party
