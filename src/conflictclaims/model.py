"""The immutable models an extraction returns.

Every model is an attrs ``@frozen`` class with keyword-only arguments; every
collection is a tuple; validators reject impossible values with messages that
name the field.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

import attrs
from attrs import field, frozen

from conflictclaims._countries import alpha3_codes
from conflictclaims.counts import Count
from conflictclaims.span import Span

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Ceasefire",
    "CeasefireStatus",
    "Claim",
    "DateRange",
    "Dispute",
    "Location",
    "LocationKind",
    "Outcome",
    "Position",
    "SourcedClaim",
    "Span",
    "Stance",
    "Unit",
    "is_country_code",
]


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 country code.

    >>> is_country_code("AFG"), is_country_code("afg"), is_country_code("XXX")
    (True, False, False)
    """
    return code in alpha3_codes()


def _country_code(_instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is None:
        return
    # Checked at run time too: the models also take untrusted input.
    if not isinstance(value, str) or not is_country_code(value):
        msg = f"{attribute.name} must be an ISO 3166-1 alpha-3 code such as 'AFG', got {value!r}"
        raise ValueError(msg)


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], Any]


def _tuple_of(kind: type) -> _Validator:
    return attrs.validators.deep_iterable(
        member_validator=attrs.validators.instance_of(kind),
        iterable_validator=attrs.validators.instance_of(tuple),
    )


def _optional(kind: type) -> _Validator:
    return attrs.validators.optional(attrs.validators.instance_of(kind))


class ActorKind(enum.Enum):
    """What kind of party an :class:`Actor` is."""

    STATE = "state"
    GOVERNMENT = "government"
    MILITARY = "military"
    POLICE = "police"
    ARMED_GROUP = "armed_group"
    PERSON = "person"
    ORGANIZATION = "organization"
    CIVILIANS = "civilians"
    UNKNOWN = "unknown"


class LocationKind(enum.Enum):
    """The administrative level of a :class:`Location`."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    REGION = "region"


class Outcome(enum.Enum):
    """What a claim says happened to its subject."""

    KILLED = "killed"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    MISSING = "missing"
    RELEASED = "released"
    DESTROYED = "destroyed"
    SEIZED = "seized"
    CASUALTIES = "casualties"


class Unit(enum.Enum):
    """What a claim counts."""

    PERSONS = "persons"
    POSTS = "posts"
    BASES = "bases"
    VEHICLES = "vehicles"
    AIRCRAFT = "aircraft"
    OTHER = "other"


class Stance(enum.Enum):
    """Whether the claimant asserts or denies the claim."""

    ASSERTED = "asserted"
    DENIED = "denied"


class CeasefireStatus(enum.Enum):
    """Where a ceasefire stands, as the text tells it."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    HOLDING = "holding"
    VIOLATED = "violated"
    COLLAPSED = "collapsed"
    UNKNOWN = "unknown"


@frozen(kw_only=True)
class DateRange:
    """An inclusive range of calendar days, ``start <= end``."""

    start: dt.date = field(validator=attrs.validators.instance_of(dt.date))
    end: dt.date = field(validator=attrs.validators.instance_of(dt.date))
    text: str | None = field(default=None, validator=_optional(str))
    span: Span | None = field(default=None, validator=_optional(Span))

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


@frozen(kw_only=True)
class Actor:
    """A party to the conflict, or someone speaking for one.

    ``country`` is the ISO 3166-1 alpha-3 code of the side the actor belongs
    to or speaks for: a Taliban spokesperson has ``country="AFG"``.
    """

    name: str = field(validator=attrs.validators.instance_of(str))
    kind: ActorKind = field(default=ActorKind.UNKNOWN, validator=attrs.validators.instance_of(ActorKind))
    country: str | None = field(default=None, validator=_country_code)
    role: str | None = field(default=None, validator=_optional(str))
    aliases: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    mentions: tuple[Span, ...] = field(default=(), validator=_tuple_of(Span))

    @property
    def side(self) -> tuple[str | None, ActorKind]:
        """The ``(country, kind)`` pair that claims about this actor group by."""
        return (self.country, self.kind)


@frozen(kw_only=True)
class Location:
    """A place named in the text, resolved against the gazetteer."""

    name: str = field(validator=attrs.validators.instance_of(str))
    kind: LocationKind = field(validator=attrs.validators.instance_of(LocationKind))
    country: str | None = field(default=None, validator=_country_code)
    admin1: str | None = field(default=None, validator=_optional(str))
    latitude: float | None = field(default=None, validator=_optional(float))
    longitude: float | None = field(default=None, validator=_optional(float))
    mentions: tuple[Span, ...] = field(default=(), validator=_tuple_of(Span))

    def __attrs_post_init__(self) -> None:
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

    claimant: Actor | None = field(validator=_optional(Actor))
    subject: Actor = field(validator=attrs.validators.instance_of(Actor))
    outcome: Outcome = field(validator=attrs.validators.instance_of(Outcome))
    unit: Unit = field(default=Unit.PERSONS, validator=attrs.validators.instance_of(Unit))
    count: Count | None = field(default=None, validator=_optional(Count))
    stance: Stance = field(default=Stance.ASSERTED, validator=attrs.validators.instance_of(Stance))
    perpetrator: Actor | None = field(default=None, validator=_optional(Actor))
    locations: tuple[Location, ...] = field(default=(), validator=_tuple_of(Location))
    period: DateRange | None = field(default=None, validator=_optional(DateRange))
    cue: str | None = field(default=None, validator=_optional(str))
    evidence: Span = field(validator=attrs.validators.instance_of(Span))


@frozen(kw_only=True)
class Ceasefire:
    """A ceasefire the text mentions, with its parties and mediators."""

    parties: tuple[Actor, ...] = field(default=(), validator=_tuple_of(Actor))
    mediators: tuple[Actor, ...] = field(default=(), validator=_tuple_of(Actor))
    status: CeasefireStatus = field(
        default=CeasefireStatus.UNKNOWN, validator=attrs.validators.instance_of(CeasefireStatus)
    )
    temporary: bool | None = field(default=None, validator=_optional(bool))
    period: DateRange | None = field(default=None, validator=_optional(DateRange))
    evidence: Span = field(validator=attrs.validators.instance_of(Span))


@frozen(kw_only=True)
class Article:
    """One article and everything extracted from it.

    ``published`` is a :class:`datetime.date`, or a :class:`datetime.datetime`
    (timezone-aware when the text gives a zone) when the article carries a time.
    """

    id: str = field(validator=attrs.validators.instance_of(str))
    text: str = field(validator=attrs.validators.instance_of(str))
    title: str | None = field(default=None, validator=_optional(str))
    published: dt.date | None = field(default=None, validator=_optional(dt.date))
    authors: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    source: str | None = field(default=None, validator=_optional(str))
    claims: tuple[Claim, ...] = field(default=(), validator=_tuple_of(Claim))
    ceasefires: tuple[Ceasefire, ...] = field(default=(), validator=_tuple_of(Ceasefire))
    actors: tuple[Actor, ...] = field(default=(), validator=_tuple_of(Actor))
    locations: tuple[Location, ...] = field(default=(), validator=_tuple_of(Location))

    def __attrs_post_init__(self) -> None:
        size = len(self.text)
        for where, span in self._spans():
            if span.end > size:
                msg = f"{where} ends at {span.end}, past the end of text ({size} characters)"
                raise ValueError(msg)

    def _spans(self) -> list[tuple[str, Span]]:
        spans: list[tuple[str, Span]] = []
        for i, claim in enumerate(self.claims):
            spans.append((f"claims[{i}].evidence", claim.evidence))
            if claim.count is not None and claim.count.span is not None:
                spans.append((f"claims[{i}].count.span", claim.count.span))
        spans.extend((f"ceasefires[{i}].evidence", c.evidence) for i, c in enumerate(self.ceasefires))
        for i, actor in enumerate(self.actors):
            spans.extend((f"actors[{i}].mentions", s) for s in actor.mentions)
        for i, location in enumerate(self.locations):
            spans.extend((f"locations[{i}].mentions", s) for s in location.mentions)
        return spans

    def evidence(self, claim: Claim) -> str:
        """Return the text a claim's evidence span points at."""
        return claim.evidence.of(self.text)


@frozen(kw_only=True)
class SourcedClaim:
    """A claim together with the ids of every article that carries it.

    ``claim`` is the first report of the figure; ``claimants`` names everyone
    on the side who gave the same figure (unattributed reports add nothing),
    and ``evidence`` holds the evidence text of each report, one per article
    id in ``article_ids``.
    """

    claim: Claim = field(validator=attrs.validators.instance_of(Claim))
    article_ids: tuple[str, ...] = field(validator=_tuple_of(str))
    claimants: tuple[Actor, ...] = field(default=(), validator=_tuple_of(Actor))
    evidence: tuple[str, ...] = field(default=(), validator=_tuple_of(str))


@frozen(kw_only=True)
class Position:
    """What one claimant says about a disputed toll, oldest figure first.

    ``revised`` is true when the claimant gave figures that do not overlap
    (2 then 12), which is a revision rather than agreement with itself.
    ``side`` is the ISO 3166-1 alpha-3 code of the side the claimant speaks
    for, or ``None`` for the article's own voice and for claimants of no
    known country.
    """

    claimant: Actor | None = field(validator=_optional(Actor))
    side: str | None = field(default=None, validator=_country_code)
    figures: tuple[SourcedClaim, ...] = field(validator=_tuple_of(SourcedClaim))
    revised: bool = field(default=False, validator=attrs.validators.instance_of(bool))


@frozen(kw_only=True)
class Dispute:
    """Claims about one subject, outcome, unit and period, by claimant.

    ``compatible`` is true when one value lies in at least one figure of
    every position (see :mod:`conflictclaims.disputes` for the rules).
    """

    subject: Actor = field(validator=attrs.validators.instance_of(Actor))
    outcome: Outcome = field(validator=attrs.validators.instance_of(Outcome))
    unit: Unit = field(validator=attrs.validators.instance_of(Unit))
    period: DateRange | None = field(default=None, validator=_optional(DateRange))
    positions: tuple[Position, ...] = field(default=(), validator=_tuple_of(Position))
    compatible: bool = field(default=True, validator=attrs.validators.instance_of(bool))
