"""Resolve actors to the parties they belong to or speak for.

Every actor of an article resolves to a :class:`~conflictclaims.Party`:

- a named armed group, state force or international body is the party the
  table of ``conflictclaims._armed_groups`` gives it, read on the
  article's date (the Taliban are an armed group until 15 August 2021 and
  Afghanistan's state after) and in its countries (the Islamic State in an
  article about Nigeria is its West Africa Province); an armed wing is its
  organization (the Qassam Brigades are Hamas); a group's own outlet speaks
  for the group (Amaq for the Islamic State); a news agency only relays,
  and is no party;
- forces, ministries, officials and the people speaking for them are their
  state; a person with a civilian's role (a resident, a doctor), local civil
  groups and civilians are the civilians of their country;
- a local actor without a nationality word ("police", "provincial
  officials", "residents") takes the country the article places it in.

:class:`PartyReader` does this for one article; :func:`opponents` says whom
a party fights, for "we killed 20 soldiers" said by a group.

>>> import datetime
>>> reader = PartyReader(countries=("AFG",), published=datetime.date(2019, 5, 1))
>>> later = PartyReader(published=datetime.date(2023, 1, 1))
>>> reader.of_group("Taliban").kind.value, later.of_group("Taliban").name
('armed_group', 'Afghanistan')
>>> reader.of_group("Reuters") is None
True
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Final

from conflictclaims import _group_index
from conflictclaims.model import Actor, ActorKind, Party, PartyKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from conflictclaims._armed_groups import PartyEntry

__all__ = [
    "CIVILIAN_ROLES",
    "GROUP_ROLES",
    "STATE_ROLES",
    "PartyReader",
    "is_group",
    "opponents",
    "party_of_group",
]

_KINDS: Final = {
    "armed_group": PartyKind.ARMED_GROUP, "state": PartyKind.STATE, "international": PartyKind.INTERNATIONAL,
}  # fmt: skip
_STATE_ACTORS: Final = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE})
_PLACED_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.UNKNOWN, ActorKind.ARMED_GROUP})

STATE_ROLES: Final = frozenset(
    {
        "minister", "ministry", "army", "military", "police", "government", "official", "officials", "governor",
        "mayor", "commander", "general", "colonel", "major", "brigadier", "lieutenant", "captain", "admiral",
        "ambassador", "president", "premier", "prime", "defence", "defense", "interior", "security",
        "intelligence", "district", "provincial", "regional", "prefect", "commissioner", "administrator",
        "sheriff", "superintendent", "inspector", "sergeant", "corporal", "officer", "chief", "diplomat",
        "soldier", "policeman", "policewoman", "trooper", "gendarme",
        "envoy", "border", "navy", "naval", "air", "force", "presidential", "cabinet", "deputy", "state",
        "junta", "federal", "emergency", "rescue", "civil", "disaster", "administration", "lawmaker",
        "councillor", "councilor", "council", "ombudsman",
        # Ranks as wire copy abbreviates them before a name: "Lt. Jules Ngongo", "Brig. Gen. Tariq Aziz".
        "lt.", "lt", "col.", "gen.", "maj.", "capt.", "sgt.", "cpl.", "brig.", "adm.", "cmdr.", "lt.-col.",
    }
)  # fmt: skip
"""Words of a person's role that make him speak for a state ("army spokesman", "district governor")."""

CIVILIAN_ROLES: Final = frozenset(
    {
        "resident", "residents", "witness", "witnesses", "eyewitness", "doctor", "doctors", "nurse", "medic",
        "medics", "paramedic", "surgeon", "farmer", "shopkeeper", "student", "teacher", "elder", "survivor",
        "driver", "villager", "relative", "father", "mother", "brother", "sister", "neighbour", "neighbor",
        "trader", "worker", "hospital", "health", "activist", "cleric", "imam", "tribal", "community",
        "village", "humanitarian", "aid", "volunteer", "society", "association", "union", "fishermen's",
        "farmers'", "traders'",
    }
)  # fmt: skip
"""Words of a person's role that make him a civilian ("a resident", "a hospital doctor")."""


GROUP_ROLES: Final = frozenset(
    {"rebel", "rebels", "militant", "insurgent", "militia", "jihadist", "guerrilla", "gang", "cartel",
     "separatist", "group's", "movement's", "dissident"}
)  # fmt: skip
"""Words of a person's role that make him speak for an armed group ("rebel commander", "militia leader")."""


def is_group(name: str | None) -> bool:
    """Whether ``name`` is the canonical name of an entry of the party table."""
    return name is not None and name in _group_index.default_index()


def party_of_group(
    name: str, *, published: dt.date | None = None, countries: Sequence[str] = ()
) -> Party | None:
    """The party the table entry named ``name`` stands for on ``published``, in an article about ``countries``.

    ``None`` for a news agency, which relays claims and is
    no party, and for a name the table does not know.

    >>> party_of_group("Izz ad-Din al-Qassam Brigades").name
    'Hamas'
    >>> party_of_group("Islamic State", countries=("NGA",)).name
    'Islamic State West Africa Province'
    >>> party_of_group("Amaq News Agency").name, party_of_group("Reuters")
    ('Islamic State', None)
    """
    index = _group_index.default_index()
    if name not in index:
        return None
    return _party_of_entry(index.entry(name), published=published, countries=countries)


def _party_of_entry(
    entry: PartyEntry, *, published: dt.date | None = None, countries: Sequence[str] = ()
) -> Party | None:
    side = _side_of(entry.name, tuple(countries))
    if side is None:
        return None
    entry, party = side
    day = published.date() if isinstance(published, dt.datetime) else published
    if entry.state_from is not None and day is not None and day >= entry.state_from[1]:
        return Party.state(entry.state_from[0])
    return party


# Which entry's side an entry takes, and that side's party, depend on the library's own table and
# the article's countries alone: resolved once for all the articles about the same countries.
@functools.lru_cache(maxsize=1024)
def _side_of(name: str, countries: tuple[str, ...]) -> tuple[PartyEntry, Party] | None:
    """The entry whose side the entry named ``name`` takes in an article about ``countries``, and its party.

    The party is the side's before any date: :func:`_party_of_entry` reads
    whether it had become a state. ``None`` for a channel of no party.
    """
    index = _group_index.default_index()
    entry = index.entry(name)
    seen: set[str] = set()
    while entry.name not in seen:
        seen.add(entry.name)
        parent = index.entry(entry.parent) if entry.parent is not None and entry.parent in index else None
        if entry.kind == "channel":
            if parent is None:
                return None
            entry = parent
        elif parent is not None and parent.country == entry.country and parent.kind == entry.kind:
            entry = parent  # an armed wing or faction is its organization's side
        elif entry.country is None and entry.kind == "armed_group":
            branch = index.local_branch(entry, countries)
            if branch is entry:
                break
            entry = branch
        else:
            break
    if entry.kind == "state" and entry.country is not None:
        return entry, Party.state(entry.country)
    country = entry.country
    if entry.parent is not None and countries and countries[0] != country and _is_regional_branch(entry, countries[0]):
        country = countries[0]  # JNIM in an article about Burkina Faso is Burkina Faso's insurgent there
    return entry, Party(kind=_KINDS.get(entry.kind, PartyKind.UNKNOWN), name=entry.name, country=country)


def _is_regional_branch(entry: PartyEntry, here: str) -> bool:
    """Whether ``entry`` is a transnational movement's branch for a region of several states that fights ``here``.

    Such a branch is a local side in each state it fights in; a group of one
    state that strikes across a border (the Houthis at Jizan) stays of its own.
    """
    index = _group_index.default_index()
    parent = entry.parent
    if entry.kind != "armed_group" or here not in entry.active_in or parent is None or parent not in index:
        return False
    return index.entry(parent).country is None


def opponents(party: Party, present: Mapping[Party, int], *, published: dt.date | None = None) -> list[Party]:
    """Whom ``party`` fights in an article whose parties are ``present`` (with how often each is named).

    An armed group fights the states the table names as its opponents, those
    the article names first, most named first; a state fights the armed groups of the article
    that oppose it or fight on its soil, most named first, and else the other
    states of the article; an international force fights the armed groups of
    the article.
    """
    ranked = sorted(present, key=lambda p: -present[p])
    found: list[Party] = []
    if party.kind is PartyKind.ARMED_GROUP:
        entry = _table_entry(party)
        codes = list(entry.opponents) if entry is not None else []
        if not codes and party.country is not None:
            codes = [party.country]
        named = [p for p in ranked if p.kind is PartyKind.STATE and p.country in codes]
        found = named + [Party.state(code) for code in codes if Party.state(code) not in named]
    elif party.kind is PartyKind.STATE:
        found = [p for p in ranked if p.kind is PartyKind.ARMED_GROUP and _fights(p, party.country, published)]
        found += [p for p in ranked if p.kind is PartyKind.STATE and p != party]
    elif party.kind is PartyKind.INTERNATIONAL:
        found = [p for p in ranked if p.kind is PartyKind.ARMED_GROUP]
    return found


def _table_entry(party: Party) -> PartyEntry | None:
    index = _group_index.default_index()
    return index.entry(party.name) if party.name in index else None


def _fights(group: Party, country: str | None, published: dt.date | None) -> bool:
    """Whether an armed group fights the state of ``country``."""
    del published
    entry = _table_entry(group)
    if entry is None:
        return group.country == country
    if country in entry.sides_with:
        return False
    return country in entry.opponents or (not entry.opponents and entry.country == country)


class PartyReader:
    """Resolves one article's actors to parties, on its date and in its countries.

    Args:
        countries: The countries the article is about, most relevant first.
        published: The article's date: parties that became a state (the
            Taliban) are read as on that day.
        local: The country an actor without a nationality word belongs to
            (where the article places things), if known.
    """

    def __init__(
        self, *, countries: Sequence[str] = (), published: dt.date | None = None, local: str | None = None
    ) -> None:
        self.countries = tuple(countries)
        self.published = published
        self.local = local if local is not None else (self.countries[0] if self.countries else None)
        self._groups: dict[str, Party | None] = {}

    def of_group(self, name: str) -> Party | None:
        """The party of the table entry named ``name`` (``None`` for a relay or an unknown name)."""
        if name not in self._groups:
            self._groups[name] = party_of_group(name, published=self.published, countries=self.countries)
        return self._groups[name]

    def of_actor(self, actor: Actor, affiliations: Iterable[str | None] = (), near: str | None = None) -> Party:
        """The party ``actor`` belongs to or speaks for.

        ``affiliations`` are the names its mentions give for the body it
        belongs to (a group's canonical name, a country's name); ``near`` is
        the country of the places named around it, which a local actor
        without a nationality word takes.
        """
        index = _group_index.default_index()
        group = next((name for name in (*affiliations, actor.name) if name is not None and name in index), None)
        if group is not None:
            party = self.of_group(group)
            return party if party is not None else Party.unknown()
        country = actor.country or near or self.local
        kind = actor.kind
        if kind is ActorKind.PERSON:
            return self._of_person(actor, country)
        if kind in _STATE_ACTORS and country is not None:
            return Party.state(country)
        if kind is ActorKind.CIVILIANS and country is not None:
            return Party.civilians(country)
        if kind is ActorKind.ORGANIZATION and actor.country is not None:
            # A local body the table does not know: a doctors' network, a rights group.
            return Party.civilians(actor.country)
        return Party.unknown(actor.country)

    def _of_person(self, actor: Actor, country: str | None) -> Party:
        words = set((actor.role or "").lower().replace("-", " ").split())
        if not words.isdisjoint(GROUP_ROLES):
            return Party.unknown(country)  # "a rebel commander" of no group named: no state's
        if not words.isdisjoint(CIVILIAN_ROLES) and country is not None:
            return Party.civilians(country)
        if not words.isdisjoint(STATE_ROLES) and country is not None:
            return Party.state(country)
        return Party.unknown(actor.country)

    def settled(self, actor: Actor, affiliations: Iterable[str | None] = (), near: str | None = None) -> Actor:
        """``actor`` with its party, and the party's country where it had none of its own."""
        party = self.of_actor(actor, affiliations, near)
        country = actor.country
        if party.kind is PartyKind.ARMED_GROUP and actor.kind is ActorKind.ARMED_GROUP and party.country is not None:
            country = party.country  # a group active in several states is of the one the article is about
        elif party.kind is PartyKind.INTERNATIONAL or (country is None and party.kind is not PartyKind.UNKNOWN):
            # An international body speaks for no country; a local actor for the one it is placed in.
            country = party.country
        elif country is None and actor.kind in _PLACED_KINDS:
            # A person, an unnamed source or a group the table does not know ("the rebels"), without a
            # nationality word, is of where the article places it.
            country = near or self.local
            if party.kind is PartyKind.UNKNOWN and party.country is None and actor.kind is ActorKind.ARMED_GROUP:
                party = Party.unknown(country)  # a group of no known name, of where it fights
        if party == actor.party and country == actor.country:
            return actor
        return Actor(
            name=actor.name, kind=actor.kind, country=country, role=actor.role, aliases=actor.aliases,
            mentions=actor.mentions, party=party,
        )  # fmt: skip
