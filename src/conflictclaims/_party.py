"""The :class:`Party` model: a side of a conflict.

Every actor has one (see :class:`conflictclaims.model.Actor`); in a civil war
it is what tells the sides apart. :mod:`conflictclaims.model` re-exports it.
"""

from __future__ import annotations

import functools

from attrs import field, frozen

from conflictclaims._checks import check_fields, checked
from conflictclaims._countries import alpha3_codes, display_name
from conflictclaims._model_fields import ActorKind, PartyKind, country_code

__all__ = ["Party", "PartyKind", "shown_name"]


# A party is hashed wherever parties are tallied and compared; its hash is kept once worked out.
@frozen(kw_only=True, cache_hash=True)
class Party:
    """A side of a conflict: whose dead are counted, and for whom a source speaks.

    In a civil war the country cannot tell the sides apart; the party can.
    ``name`` is canonical: a state's short name ("Sudan"), a group's or an
    international body's name ("Rapid Support Forces", "Saudi-led
    coalition"), "civilians in <country>", or "unknown". ``country`` is the
    state's, the group's or the civilians' country; an international body
    has none unless one state leads it. A state's and civilians' name follows
    from their country, and may be left out.

    >>> Party.state("SDN")
    Party(kind=<PartyKind.STATE: 'state'>, name='Sudan', country='SDN')
    >>> Party.civilians("SDN").name, Party.unknown().name
    ('civilians in Sudan', 'unknown')
    """

    kind: PartyKind = field(metadata=checked(PartyKind))
    name: str = field(default="", metadata=checked(str))
    country: str | None = field(default=None, metadata=checked(country_code))

    def __attrs_post_init__(self) -> None:
        country = self.country
        if not (
            type(self.kind) is PartyKind
            and type(self.name) is str
            and (country is None or (type(country) is str and country in alpha3_codes()))
        ):
            check_fields(self)
        canonical = _party_name(self.kind, self.country)
        if (self.kind is PartyKind.STATE or self.kind is PartyKind.CIVILIANS) and self.country is None:
            msg = f"country must be set for a {self.kind.value} party"
            raise ValueError(msg)
        if not self.name:
            if canonical is None:
                msg = f"name must be set for an {self.kind.value} party"
                raise ValueError(msg)
            object.__setattr__(self, "name", canonical)  # canonical, so that equal meanings are equal
        elif canonical is not None and self.kind is not PartyKind.UNKNOWN and self.name != canonical:
            msg = f"name of a {self.kind.value} party of {self.country} must be {canonical!r}, got {self.name!r}"
            raise ValueError(msg)

    @classmethod
    def state(cls, country: str) -> Party:
        """The state of ``country``: its government, forces and officials."""
        if cls is Party and type(country) is str:
            return _state(country)
        return cls(kind=PartyKind.STATE, country=country)

    @classmethod
    def civilians(cls, country: str) -> Party:
        """The civilians of ``country``."""
        if cls is Party and type(country) is str:
            return _civilians(country)
        return cls(kind=PartyKind.CIVILIANS, country=country)

    @classmethod
    def unknown(cls, country: str | None = None) -> Party:
        """A side the text does not tell, of ``country`` if known ("people" killed in Lebanon)."""
        if cls is Party and (country is None or type(country) is str):
            return _unknown(country)
        return cls(kind=PartyKind.UNKNOWN, country=country)

    def __str__(self) -> str:
        """The party's display name: its canonical ``name``."""
        return self.name

    @property
    def known(self) -> bool:
        """Whether the side is known."""
        return self.kind is not PartyKind.UNKNOWN


# The parties every actor defaults to, built once per country (a cache per kind, keyed by the
# code alone): a party is immutable, so one instance serves every actor, and building one
# checks its fields each time.
@functools.lru_cache(maxsize=512)
def _state(country: str) -> Party:
    return Party(kind=PartyKind.STATE, country=country)


@functools.lru_cache(maxsize=512)
def _civilians(country: str) -> Party:
    return Party(kind=PartyKind.CIVILIANS, country=country)


@functools.lru_cache(maxsize=512)
def _unknown(country: str | None) -> Party:
    return Party(kind=PartyKind.UNKNOWN, country=country)


def _party_name(kind: PartyKind, country: str | None) -> str | None:
    if kind is PartyKind.UNKNOWN:
        return "unknown"
    if country is None or not (kind is PartyKind.STATE or kind is PartyKind.CIVILIANS):
        return None
    return display_name(country) if kind is PartyKind.STATE else f"civilians in {display_name(country)}"


# Actors that name themselves, not a side, when shown.
_SELF_NAMED = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION})
_STATE_BRANCHES = {ActorKind.GOVERNMENT: "government", ActorKind.MILITARY: "military", ActorKind.POLICE: "police"}
_GROUP_NOUNS = {
    ActorKind.STATE: "state",
    ActorKind.GOVERNMENT: "government",
    ActorKind.MILITARY: "military",
    ActorKind.POLICE: "police",
    ActorKind.ARMED_GROUP: "armed group",
    ActorKind.CIVILIANS: "civilians",
    ActorKind.UNKNOWN: "unknown side",
}


def shown_name(name: str, kind: ActorKind, party: Party, country: str | None) -> str:
    """The display name of an actor with these fields (see :attr:`conflictclaims.model.Actor.display_name`)."""
    if kind in _SELF_NAMED:
        return name
    if party.kind is PartyKind.STATE:
        noun = _STATE_BRANCHES.get(kind)
        return party.name if noun is None else f"{party.name} {noun}"
    if party.known:
        return party.name
    noun = _GROUP_NOUNS[kind]
    if country is None:
        return "unknown" if kind is ActorKind.UNKNOWN else f"unknown {noun}"
    return f"{noun} in {display_name(country)}"
