"""The models of one claim: who (:class:`Actor`), where (:class:`Location`), when (:class:`DateRange`), and the claim.

:mod:`conflictclaims.model` re-exports them, with the models built from claims.
"""

from __future__ import annotations

import datetime as dt

import attrs
from attrs import field, frozen

from conflictclaims._checks import all_exactly, check_fields, checked
from conflictclaims._countries import alpha3_codes
from conflictclaims._model_fields import (
    ActorKind,
    LocationKind,
    Outcome,
    PartyKind,
    Stance,
    Unit,
    country_code,
    optional,
    tuple_of,
)
from conflictclaims._party import Party, shown_name
from conflictclaims.counts import Count
from conflictclaims.span import Span

__all__ = ["Actor", "Claim", "DateRange", "Location"]

# Where the classes are documented and imported from: pickles, the classes' reprs and
# cross-references name conflictclaims.model, whichever module holds the code.
_HOME = "conflictclaims.model"


@frozen(kw_only=True)
class DateRange:
    """An inclusive range of calendar days, ``start <= end``."""

    __module__ = _HOME

    start: dt.date = field(validator=attrs.validators.instance_of(dt.date))
    end: dt.date = field(validator=attrs.validators.instance_of(dt.date))
    text: str | None = field(default=None, validator=optional(str))
    span: Span | None = field(default=None, validator=optional(Span))

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            msg = f"start must be <= end, got start={self.start} end={self.end}"
            raise ValueError(msg)

    @classmethod
    def day(cls, day: dt.date) -> DateRange:
        """Return the range of one day."""
        return cls(start=day, end=day)

    def overlaps(self, other: DateRange) -> bool:
        """Whether the two ranges share a day."""
        return self.start <= other.end and other.start <= self.end

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


_STATE_KINDS = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE})


@frozen(kw_only=True)
class Actor:
    """A party to the conflict, or someone speaking for one.

    ``country`` is the ISO 3166-1 alpha-3 code of the side the actor belongs
    to or speaks for: a Taliban spokesperson has ``country="AFG"``. ``party``
    is that side: the extractor resolves it ("Afghanistan" in 2025, the
    Taliban armed group in 2019); left out, it follows from ``kind`` and
    ``country`` (forces, officials and governments are their state, civilians
    are civilians, an armed group is itself).
    """

    __module__ = _HOME

    name: str = field(metadata=checked(str))
    kind: ActorKind = field(default=ActorKind.UNKNOWN, metadata=checked(ActorKind))
    country: str | None = field(default=None, metadata=checked(country_code))
    role: str | None = field(default=None, metadata=checked(str, optional=True))
    aliases: tuple[str, ...] = field(default=(), metadata=checked(tuple_of(str)))
    mentions: tuple[Span, ...] = field(default=(), metadata=checked(tuple_of(Span)))
    party: Party = field(metadata=checked(Party))

    def __attrs_post_init__(self) -> None:
        country, role = self.country, self.role
        if not (
            type(self.name) is str
            and type(self.kind) is ActorKind
            and (country is None or (type(country) is str and country in alpha3_codes()))
            and (role is None or type(role) is str)
            and all_exactly(self.aliases, str)
            and all_exactly(self.mentions, Span)
            and type(self.party) is Party
        ):
            check_fields(self)

    @party.default
    def _party_of_kind(self) -> Party:
        if self.country is not None and self.kind in _STATE_KINDS:
            return Party.state(self.country)
        if self.country is not None and self.kind is ActorKind.CIVILIANS:
            return Party.civilians(self.country)
        if self.kind is ActorKind.ARMED_GROUP and self.name:
            return Party(kind=PartyKind.ARMED_GROUP, name=self.name, country=self.country)
        return Party.unknown(self.country)

    @property
    def side(self) -> tuple[str | None, ActorKind]:
        """The ``(country, kind)`` pair that claims about this actor group by."""
        return (self.country, self.kind)

    @property
    def display_name(self) -> str:
        """The name the actor is shown by everywhere, in ``str()``, tables, CSV and JSON.

        A person or an organization shows its own ``name`` ("Zabihullah
        Mujahid", "United Nations"). Any other actor is a group of people and
        shows the side it belongs to: a state's forces, police or government
        as "<state> military", "<state> police", "<state> government"; an
        armed group, civilians or an international body by the party's name
        ("Rapid Support Forces", "civilians in Sudan"); a group of unknown side
        by what it is and where ("armed group in Mali"). The phrase the text
        used stays in ``name``.

        >>> Actor(name="of its soldiers", kind=ActorKind.MILITARY, country="PAK").display_name
        'Pakistan military'
        >>> str(Actor(name="RSF fighters", kind=ActorKind.ARMED_GROUP,
        ...           party=Party(kind=PartyKind.ARMED_GROUP, name="Rapid Support Forces", country="SDN")))
        'Rapid Support Forces'
        """
        return shown_name(self.name, self.kind, self.party, self.country)

    def __str__(self) -> str:
        """The actor's :attr:`display_name`."""
        return self.display_name


@frozen(kw_only=True)
class Location:
    """A place named in the text, resolved against the gazetteer."""

    __module__ = _HOME

    name: str = field(metadata=checked(str))
    kind: LocationKind = field(metadata=checked(LocationKind))
    country: str | None = field(default=None, metadata=checked(country_code))
    admin1: str | None = field(default=None, metadata=checked(str, optional=True))
    latitude: float | None = field(default=None, metadata=checked(float, optional=True))
    longitude: float | None = field(default=None, metadata=checked(float, optional=True))
    mentions: tuple[Span, ...] = field(default=(), metadata=checked(tuple_of(Span)))

    def __attrs_post_init__(self) -> None:
        country, admin1, latitude, longitude = self.country, self.admin1, self.latitude, self.longitude
        if not (
            type(self.name) is str
            and type(self.kind) is LocationKind
            and (country is None or (type(country) is str and country in alpha3_codes()))
            and (admin1 is None or type(admin1) is str)
            and (latitude is None or type(latitude) is float)
            and (longitude is None or type(longitude) is float)
            and all_exactly(self.mentions, Span)
        ):
            check_fields(self)
        if self.latitude is not None and not -90.0 <= self.latitude <= 90.0:  # noqa: PLR2004
            msg = f"latitude must lie in [-90, 90], got {self.latitude}"
            raise ValueError(msg)
        if self.longitude is not None and not -180.0 <= self.longitude <= 180.0:  # noqa: PLR2004
            msg = f"longitude must lie in [-180, 180], got {self.longitude}"
            raise ValueError(msg)


@frozen(kw_only=True)
class Claim:
    """One assertion about a toll: who says how many of whom, and how.

    ``claimant is None`` means the article says it in its own voice;
    ``count is None`` means the claim gives no number ("heavy casualties").
    """

    __module__ = _HOME

    claimant: Actor | None = field(metadata=checked(Actor, optional=True))
    subject: Actor = field(metadata=checked(Actor))
    outcome: Outcome = field(metadata=checked(Outcome))
    unit: Unit = field(default=Unit.PERSONS, metadata=checked(Unit))
    count: Count | None = field(default=None, metadata=checked(Count, optional=True))
    stance: Stance = field(default=Stance.ASSERTED, metadata=checked(Stance))
    perpetrator: Actor | None = field(default=None, metadata=checked(Actor, optional=True))
    locations: tuple[Location, ...] = field(default=(), metadata=checked(tuple_of(Location)))
    period: DateRange | None = field(default=None, metadata=checked(DateRange, optional=True))
    cue: str | None = field(default=None, metadata=checked(str, optional=True))
    evidence: Span = field(metadata=checked(Span))

    def __attrs_post_init__(self) -> None:
        claimant, count, perpetrator, period, cue = self.claimant, self.count, self.perpetrator, self.period, self.cue
        if not (
            (claimant is None or type(claimant) is Actor)
            and type(self.subject) is Actor
            and type(self.outcome) is Outcome
            and type(self.unit) is Unit
            and (count is None or type(count) is Count)
            and type(self.stance) is Stance
            and (perpetrator is None or type(perpetrator) is Actor)
            and all_exactly(self.locations, Location)
            and (period is None or type(period) is DateRange)
            and (cue is None or type(cue) is str)
            and type(self.evidence) is Span
        ):
            check_fields(self)
