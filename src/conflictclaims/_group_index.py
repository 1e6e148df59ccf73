"""Find the known party a name, acronym or member noun stands for.

The table in :mod:`conflictclaims._armed_groups` is compiled once, on first
use, into two dictionaries:

- acronyms, matched with their case (``"AA"`` is the Arakan Army, ``"aa"`` is
  nothing), ignoring dots and separators (``"U.N."``, ``"IS-K"``, ``"AFC/M23"``);
- names, aliases and member nouns, matched without regard to case, accents,
  apostrophes, hyphens, British or American spelling ("Defence"/"Defense").

Either way a leading "the" and a trailing possessive are ignored, so "the
RSF's" finds the Rapid Support Forces. A form that names more than one entry
is told apart by country context: the countries an article is about, most
relevant first. Lookups never raise on any string.

>>> resolve("the Houthi").name
'Houthis'
>>> [e.name for e in candidates("ADF")]
['Ambazonia Defence Forces', 'Allied Democratic Forces']
>>> resolve("ADF", countries=("COD",)).name
'Allied Democratic Forces'
>>> resolve("aa") is None
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from conflictclaims._armed_groups import AMBIGUITIES, PARTIES, Ambiguity, PartyEntry

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

__all__ = [
    "GroupIndex",
    "acronym_key",
    "ambiguity",
    "candidates",
    "default_index",
    "entry",
    "local_branch",
    "name_key",
    "resolve",
]

_APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc\u02bb\u2032"
# Dashes and the slash join the parts of an acronym ("ISIS-K", "AFC/M23").
_ACRONYM_SEPARATORS = re.compile("[\\s/\u2010-\u2015\u2212-]+")
_POSSESSIVE = re.compile(f"(?:[{_APOSTROPHES}][sS]|(?<=[sS])[{_APOSTROPHES}])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(_APOSTROPHES, ""))
_NOT_WORD = re.compile(r"[\W_]+")

# One spelling for words that British and American English spell apart.
_SPELLINGS: Mapping[str, str] = {
    "defence": "defense",
    "organisation": "organization",
    "mobilisation": "mobilization",
    "stabilisation": "stabilization",
    "programme": "program",
    "centre": "center",
    "labour": "labor",
}


def _trim(text: str) -> str:
    # NFKC makes full-width and compatibility letters plain; ASCII is already.
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = _LEADING_THE.sub("", text.strip())
    return _POSSESSIVE.sub("", text).strip()


def acronym_key(text: str) -> str:
    """Return the key an acronym is matched by: case kept, dots and separators dropped.

    >>> acronym_key("the U.N.'s"), acronym_key("ISIS–K"), acronym_key("AFC / M23")
    ('UN', 'ISISK', 'AFCM23')
    """
    return _acronym_key(_trim(text))


def name_key(text: str) -> str:
    """Return the key a name is matched by: folded case and accents, words only.

    >>> name_key("The People’s Defense Force"), name_key("Médecins Sans Frontières")
    ('peoples defense force', 'medecins sans frontieres')
    >>> name_key("al-Shabaab") == name_key("Al Shabaab")
    True
    """
    return _name_key(_trim(text))


def _keys(text: str) -> tuple[str, str]:
    trimmed = _trim(text)
    return _acronym_key(trimmed), _name_key(trimmed)


def _acronym_key(trimmed: str) -> str:
    return _ACRONYM_SEPARATORS.sub("", trimmed.replace(".", ""))


def _name_key(trimmed: str) -> str:
    plain = trimmed
    if not plain.isascii():
        decomposed = unicodedata.normalize("NFKD", plain)
        # Dotless i has no decomposition, but upper-cases to plain I ("Teşkilatı", "TEŞKILATI").
        plain = "".join(char for char in decomposed if not unicodedata.combining(char)).replace("ı", "i")
    folded = plain.casefold().translate(_APOSTROPHE_TABLE).replace("&", " and ")
    words = [_SPELLINGS.get(word, word) for word in _NOT_WORD.split(folded) if word]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


class GroupIndex:
    """The party table compiled for lookup by surface form.

    Args:
        parties: The entries, in the order ties are listed.
        ambiguities: Forms with several readings, keyed as written in the table.

    Raises:
        ValueError: Two entries share a canonical name, or an ambiguity's
            default names no entry.
    """

    def __init__(
        self,
        parties: Iterable[PartyEntry] = PARTIES,
        ambiguities: Mapping[str, Ambiguity] = AMBIGUITIES,
    ) -> None:
        self._entries: dict[str, PartyEntry] = {}
        self._acronyms: dict[str, list[PartyEntry]] = {}
        self._names: dict[str, list[PartyEntry]] = {}
        self._children: dict[str, list[PartyEntry]] = {}
        for party in parties:
            if party.name in self._entries:
                msg = f"two entries are named {party.name!r}"
                raise ValueError(msg)
            self._entries[party.name] = party
            if party.parent is not None:
                self._children.setdefault(party.parent, []).append(party)
            for acronym in party.acronyms:
                _add(self._acronyms, acronym_key(acronym), party)
            # A canonical name that is also an acronym ("UNICEF") keeps its case.
            names = party.aliases if party.name in party.acronyms else (party.name, *party.aliases)
            for form in (*names, *party.members):
                _add(self._names, name_key(form), party)
        self._ambiguous_acronyms: dict[str, Ambiguity] = {}
        self._ambiguous_names: dict[str, Ambiguity] = {}
        for form, reading in ambiguities.items():
            if reading.default is not None and reading.default not in self._entries:
                msg = f"the ambiguity {form!r} defaults to {reading.default!r}, which is no entry"
                raise ValueError(msg)
            if acronym_key(form) in self._acronyms:
                self._ambiguous_acronyms[acronym_key(form)] = reading
            else:
                self._ambiguous_names[name_key(form)] = reading

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[PartyEntry]:
        return iter(self._entries.values())

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def entry(self, name: str) -> PartyEntry:
        """Return the entry with this canonical name.

        Raises:
            KeyError: No entry has that name.
        """
        return self._entries[name]

    def candidates(self, form: str) -> tuple[PartyEntry, ...]:
        """Every entry ``form`` can name, acronym readings first, each once."""
        return self._candidates(*_keys(form))

    def ambiguity(self, form: str) -> Ambiguity | None:
        """How to read ``form`` if the table lists it as ambiguous, else ``None``."""
        return self._ambiguity(*_keys(form))

    def _candidates(self, acronym: str, name: str) -> tuple[PartyEntry, ...]:
        by_acronym, by_name = self._acronyms.get(acronym, ()), self._names.get(name, ())
        if not by_name:
            return tuple(by_acronym)
        return tuple(dict.fromkeys((*by_acronym, *by_name)))

    def _ambiguity(self, acronym: str, name: str) -> Ambiguity | None:
        return self._ambiguous_acronyms.get(acronym) or self._ambiguous_names.get(name)

    def local_branch(self, party: PartyEntry, countries: Sequence[str]) -> PartyEntry:
        """The branch of a transnational movement that fights in the context, or the movement itself.

        "Islamic State" in an article about Nigeria speaks for its West
        Africa Province, "al-Qaeda" in one about Yemen for AQAP. A branch
        based in the context country wins over one merely active there.

        >>> index = default_index()
        >>> index.local_branch(index.entry("Islamic State"), ("NGA",)).name
        'Islamic State West Africa Province'
        >>> index.local_branch(index.entry("Islamic State"), ("IRQ",)).name
        'Islamic State'
        """
        if party.country is not None:
            return party
        branches = self._children.get(party.name, ())
        for code in countries:
            based = [branch for branch in branches if branch.country == code]
            active = based or [branch for branch in branches if code in branch.active_in]
            if len(active) == 1:
                return active[0]
            if active:
                return party
        return party

    def resolve(self, form: str, countries: Sequence[str] = ()) -> PartyEntry | None:
        """The one entry ``form`` names here, or ``None`` if it names none or cannot be told.

        Country context (``countries``, most relevant first) picks among the
        entries active in the first country that any of them is active in;
        failing that, among the entries active everywhere (news agencies, UN
        agencies). A form listed as ambiguous resolves to nothing when no
        entry is left that way, and to its default when the context does not
        decide; any other form that names one entry resolves to it.
        """
        acronym, name = _keys(form)
        found = self._candidates(acronym, name)
        if not found:
            return None
        reading = self._ambiguity(acronym, name)
        if countries:
            here = _active_in(found, countries) or tuple(party for party in found if not party.active_in)
            if here:
                found = here
            elif reading is not None:
                return None
        if len(found) == 1:
            return found[0]
        default = reading.default if reading is not None else None
        return next((party for party in found if party.name == default), None)


def _active_in(found: tuple[PartyEntry, ...], countries: Sequence[str]) -> tuple[PartyEntry, ...]:
    for code in countries:
        here = tuple(party for party in found if code in party.active_in or code == party.country)
        if here:
            return here
    return ()


def _add(index: dict[str, list[PartyEntry]], key: str, party: PartyEntry) -> None:
    if not key:
        return
    entries = index.setdefault(key, [])
    if party not in entries:
        entries.append(party)


@functools.cache
def default_index() -> GroupIndex:
    """The index of the library's own table, compiled on first use."""
    return GroupIndex()


def resolve(form: str, countries: Sequence[str] = ()) -> PartyEntry | None:
    """Resolve ``form`` against the library's table; see :meth:`GroupIndex.resolve`."""
    return default_index().resolve(form, countries)


def candidates(form: str) -> tuple[PartyEntry, ...]:
    """Every entry of the library's table ``form`` can name; see :meth:`GroupIndex.candidates`."""
    return default_index().candidates(form)


def ambiguity(form: str) -> Ambiguity | None:
    """How to read ``form`` if the library's table lists it as ambiguous."""
    return default_index().ambiguity(form)


def local_branch(party: PartyEntry, countries: Sequence[str]) -> PartyEntry:
    """The branch of a transnational movement active in the context; see :meth:`GroupIndex.local_branch`."""
    return default_index().local_branch(party, countries)


def entry(name: str) -> PartyEntry:
    """The entry of the library's table with this canonical name.

    Raises:
        KeyError: No entry has that name.
    """
    return default_index().entry(name)
