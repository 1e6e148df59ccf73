"""The immutable models an extraction returns.

Every model is an attrs ``@frozen`` class with keyword-only arguments; every
collection is a tuple; validators reject impossible values with messages that
name the field.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs
from attrs import field, frozen

from conflictclaims._checks import all_exactly, check_fields, checked
from conflictclaims._claim_model import Actor, Claim, DateRange, Location
from conflictclaims._model_fields import (
    ActorKind,
    CeasefireStatus,
    LocationKind,
    Outcome,
    PartyKind,
    Stance,
    Unit,
    country_code,
    is_country_code,
    optional,
    tuple_of,
)
from conflictclaims._party import Party
from conflictclaims.counts import Count, Estimate, PointPolicy, Qualifier
from conflictclaims.span import Span

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Ceasefire",
    "CeasefireStatus",
    "Claim",
    "ClaimRole",
    "DateRange",
    "Dispute",
    "Incident",
    "IncidentClaim",
    "Location",
    "LocationKind",
    "Outcome",
    "Party",
    "PartyKind",
    "Position",
    "SourcedClaim",
    "Span",
    "Stance",
    "Unit",
    "is_country_code",
]


class ClaimRole(enum.Enum):
    """What a claim contributes to the toll of its :class:`Incident`.

    ``REPORT``, ``BACKGROUND`` and ``CUMULATIVE`` give a toll of their own;
    the other three point at the claim they restate or belong to (``of``) and
    are never added on top of it.
    """

    #: A toll of the incident, the first time it is given.
    REPORT = "report"
    #: The same toll again (in the headline, the lede or the body), or from
    #: another source ("two were killed, three according to the insurgents").
    RESTATEMENT = "restatement"
    #: One part of a total given earlier, by place ("25 in A, 15 in B") or by
    #: occasion ("killed one insurgent ... another was killed").
    BREAKDOWN = "breakdown"
    #: A group singled out of a toll ("seven people, including two children").
    SUBSET = "subset"
    #: A toll of an earlier incident told as context ("blamed for a car bomb
    #: last month that killed one civilian").
    BACKGROUND = "background"
    #: A running total over a long period ("since the war began", "this year").
    CUMULATIVE = "cumulative"


_OWN_TOLL_ROLES = frozenset({ClaimRole.REPORT, ClaimRole.BACKGROUND, ClaimRole.CUMULATIVE})


@frozen(kw_only=True)
class IncidentClaim:
    """One claim's part in an :class:`Incident`: the claim, its role and what it refers to.

    ``claim`` (and ``of``) are the very claims of the article's ``claims``;
    serialized, they are written as their index there. ``of`` is the claim a
    restatement restates, or the total a breakdown or subset belongs to, and
    ``None`` for the roles that give a toll of their own.
    """

    claim: Claim = field(metadata=checked(Claim))
    role: ClaimRole = field(metadata=checked(ClaimRole))
    of: Claim | None = field(default=None, metadata=checked(Claim, optional=True))

    def __attrs_post_init__(self) -> None:
        of = self.of
        if not (type(self.claim) is Claim and type(self.role) is ClaimRole and (of is None or type(of) is Claim)):
            check_fields(self)
        if (self.of is None) != (self.role in _OWN_TOLL_ROLES):
            needs = "must be None" if self.role in _OWN_TOLL_ROLES else "must name the claim it refers to"
            msg = f"of {needs} for a {self.role.value} claim"
            raise ValueError(msg)
        if self.of is not None and (self.of.outcome, self.of.unit) != (self.claim.outcome, self.claim.unit):
            msg = "of must have the claim's outcome and unit"
            raise ValueError(msg)


def _same(a: Claim, b: Claim) -> bool:
    return a is b or a == b


@frozen(kw_only=True)
class Incident:
    """The claims one article makes about one event, each with its role.

    ``id`` is unique within the article ("i1" for the main incident);
    ``period`` and ``locations`` are when and where the incident happened, as
    far as its claims tell (its places are the article's ``locations``, and
    are written as their index there). :meth:`estimate` turns the claims into
    one toll.
    """

    id: str = field(metadata=checked(str))
    claims: tuple[IncidentClaim, ...] = field(default=(), metadata=checked(tuple_of(IncidentClaim)))
    period: DateRange | None = field(default=None, metadata=checked(DateRange, optional=True))
    locations: tuple[Location, ...] = field(default=(), metadata=checked(tuple_of(Location)))

    def __attrs_post_init__(self) -> None:
        period = self.period
        if not (
            type(self.id) is str
            and all_exactly(self.claims, IncidentClaim)
            and (period is None or type(period) is DateRange)
            and all_exactly(self.locations, Location)
        ):
            check_fields(self)
        if not self.id:
            msg = "id must not be empty"
            raise ValueError(msg)
        mine = {id(member.claim) for member in self.claims}
        for i, member in enumerate(self.claims):
            of = member.of
            if of is None or (id(of) in mine and of is not member.claim):
                continue
            if of is member.claim or not any(_same(of, other.claim) for other in self.claims if other is not member):
                msg = f"claims[{i}].of is not another claim of this incident"
                raise ValueError(msg)

    def role_of(self, claim: Claim) -> ClaimRole | None:
        """Return the role ``claim`` plays in this incident, or ``None`` when it is not part of it."""
        return next((m.role for m in self.claims if _same(m.claim, claim)), None)

    def estimate(
        self,
        outcome: Outcome | str,
        policy: PointPolicy | str = PointPolicy.CONSERVATIVE,
        *,
        unit: Unit | str = Unit.PERSONS,
    ) -> Estimate | None:
        """Return the incident's toll for ``outcome`` across every source, as low, best and high.

        Each claim with a toll of its own (report, background, cumulative)
        is one toll; its restatements are other figures for the same toll,
        and its breakdowns and subsets are never added on top of it (they
        stand in only when the toll itself gives no number). Within one toll,
        a figure that another narrows down adds nothing ("several" then
        "four" is four); the figures left are the sources' disagreement:
        ``low`` is the lowest, ``high`` the highest (``None`` when unbounded)
        and ``best`` follows ``policy``:

        - ``conservative``: the lowest credible figure (each count's ``best``);
        - ``acled``: the same lowest figure, with ACLED's codes for vague
          quantities (see :class:`~conflictclaims.PointPolicy`);
        - ``ucdp``: the figure of the most reliable source (the article's own
          voice or a neutral body before a side telling its own losses,
          before a side telling its enemy's), the lowest if they tie, a
          closed range read at its middle.

        A denial that any were hit is a figure of zero: it lowers ``low``,
        never ``best`` while someone reports a toll. The tolls of an
        incident add up.

        Args:
            outcome: The outcome to count, e.g. ``"killed"``.
            policy: ``"conservative"``, ``"acled"`` or ``"ucdp"``.
            unit: What is counted; persons by default.

        Returns:
            The estimate, or ``None`` when no claim of the incident gives a
            number for this outcome and unit.

        Raises:
            ValueError: ``outcome``, ``policy`` or ``unit`` is not one of its values.
        """
        outcome, policy, unit = Outcome(outcome), PointPolicy(policy), Unit(unit)
        members = [m for m in self.claims if m.claim.outcome is outcome and m.claim.unit is unit]
        tolls = _tolls(members, policy)
        if not tolls:
            return None
        highs = [t.high for t in tolls]
        return Estimate(
            low=sum(t.low for t in tolls),
            best=sum(t.best for t in tolls),
            high=None if None in highs else sum(h for h in highs if h is not None),
        )


def _tolls(members: list[IncidentClaim], policy: PointPolicy) -> list[Estimate]:
    """One estimate per claim with a toll of its own, from its figures (restatements) and its parts."""
    restated: dict[int, list[Claim]] = {}
    parts: dict[int, list[Claim]] = {}
    present = {id(member.claim) for member in members}
    for member in members:
        if member.of is not None:
            into = restated if member.role is ClaimRole.RESTATEMENT else parts
            into.setdefault(_key(member.of, members, present), []).append(member.claim)
    tolls = []
    for member in members:
        if member.role in _OWN_TOLL_ROLES:
            figures = [member.claim, *restated.get(id(member.claim), ())]
            own_parts = [[part, *restated.get(id(part), ())] for part in parts.get(id(member.claim), ())]
            toll = _toll(figures, own_parts, policy)
            if toll is not None:
                tolls.append(toll)
    return tolls


def _key(of: Claim, members: list[IncidentClaim], present: set[int]) -> int:
    """The identity of the member claim ``of`` names (an equal copy of it, when built by hand)."""
    if id(of) in present:
        return id(of)
    return next((id(m.claim) for m in members if m.claim == of), id(of))


# How far a source stands from the toll it reports, for UCDP's "most reliable":
# the article's own voice and bodies of no side first, a side telling its own
# losses next, a side telling its enemy's last.
_NEUTRAL_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.CIVILIANS, ActorKind.UNKNOWN})


def _distance(claim: Claim) -> int:
    claimant = claim.claimant
    if claimant is None or claimant.country is None or claimant.kind in _NEUTRAL_KINDS:
        return 0
    return 1 if claimant.country == claim.subject.country else 2


def _narrows(figure: Count | None, other: Count | None) -> bool:
    """Whether ``figure`` tells ``other`` more precisely, so that ``other`` adds nothing.

    "several", then "four"; "dozens dead", then "at least 38": a number narrows a vague quantity it agrees with.
    """
    if figure is None or other is None or not figure.overlaps(other):
        return False
    if other.qualifier is Qualifier.VAGUE and figure.qualifier is not Qualifier.VAGUE:
        return True
    return figure.within(other) and not other.within(figure)


def _toll(figures: list[Claim], parts: list[list[Claim]], policy: PointPolicy) -> Estimate | None:
    """One toll from its figures, or from its parts when no figure gives a number."""
    asserted = [c for c in figures if c.stance is Stance.ASSERTED and c.count is not None]
    zeros = [c for c in figures if c.stance is Stance.DENIED and c.count is not None and c.count.high == 0]
    if not asserted and not zeros:
        return _from_parts(parts, policy)
    kept = [c for c in asserted if not any(_narrows(o.count, c.count) for o in asserted)]
    counts = [c.count for c in kept + zeros if c.count is not None]
    low = min(c.low for c in counts)
    high = None if any(c.high is None for c in counts) else max(c.high for c in counts if c.high is not None)
    if not kept:
        return Estimate(low=low, best=0, high=high)
    if policy is PointPolicy.UCDP:
        nearest = min(_distance(c) for c in kept)
        kept = [c for c in kept if _distance(c) == nearest]
    best = min(c.count.point(policy) for c in kept if c.count is not None)
    return Estimate(low=low, best=best, high=high)


def _from_parts(parts: list[list[Claim]], policy: PointPolicy) -> Estimate | None:
    """A total without a number is at least the sum of its parts."""
    found = [t for t in (_toll(figures, [], policy) for figures in parts) if t is not None]
    if not found:
        return None
    return Estimate(low=sum(t.low for t in found), best=sum(t.best for t in found), high=None)


@frozen(kw_only=True)
class Ceasefire:
    """A ceasefire the text mentions, with its parties and mediators."""

    parties: tuple[Actor, ...] = field(default=(), validator=tuple_of(Actor))
    mediators: tuple[Actor, ...] = field(default=(), validator=tuple_of(Actor))
    status: CeasefireStatus = field(
        default=CeasefireStatus.UNKNOWN, validator=attrs.validators.instance_of(CeasefireStatus)
    )
    temporary: bool | None = field(default=None, validator=optional(bool))
    period: DateRange | None = field(default=None, validator=optional(DateRange))
    evidence: Span = field(validator=attrs.validators.instance_of(Span))


@frozen(kw_only=True)
class Article:
    """One article and everything extracted from it.

    ``published`` is a :class:`datetime.date`, or a :class:`datetime.datetime`
    (timezone-aware when the text gives a zone) when the article carries a time.
    Every span lies inside ``text``, and a claim's count or period phrase that
    has a span is the text at that span (so is an incident's period).
    ``incidents`` groups the claims by the event they are about, the article's
    main incident first; each of its claims is one of ``claims`` and each of
    its places one of ``locations``.
    """

    id: str = field(metadata=checked(str))
    text: str = field(metadata=checked(str))
    title: str | None = field(default=None, metadata=checked(str, optional=True))
    published: dt.date | None = field(default=None, metadata=checked(dt.date, optional=True))
    authors: tuple[str, ...] = field(default=(), metadata=checked(tuple_of(str)))
    source: str | None = field(default=None, metadata=checked(str, optional=True))
    claims: tuple[Claim, ...] = field(default=(), metadata=checked(tuple_of(Claim)))
    ceasefires: tuple[Ceasefire, ...] = field(default=(), metadata=checked(tuple_of(Ceasefire)))
    actors: tuple[Actor, ...] = field(default=(), metadata=checked(tuple_of(Actor)))
    locations: tuple[Location, ...] = field(default=(), metadata=checked(tuple_of(Location)))
    incidents: tuple[Incident, ...] = field(default=(), metadata=checked(tuple_of(Incident)))

    def __attrs_post_init__(self) -> None:
        title, published, source = self.title, self.published, self.source
        if not (
            type(self.id) is str
            and type(self.text) is str
            and (title is None or type(title) is str)
            and (published is None or type(published) is dt.date or type(published) is dt.datetime)
            and all_exactly(self.authors, str)
            and (source is None or type(source) is str)
            and all_exactly(self.claims, Claim)
            and all_exactly(self.ceasefires, Ceasefire)
            and all_exactly(self.actors, Actor)
            and all_exactly(self.locations, Location)
            and all_exactly(self.incidents, Incident)
        ):
            check_fields(self)
        if not self._spans_fit():
            self._check_spans()
        self._check_incidents()

    def _spans_fit(self) -> bool:
        """Whether every span lies inside the text and every phrase is the text at its span, tested without labels."""
        text = self.text
        size = len(text)
        if not _claims_fit(self.claims, text):
            return False
        for ceasefire in self.ceasefires:
            if ceasefire.evidence.end > size or not _at_its_span(ceasefire.period, text):
                return False
        for incident in self.incidents:
            if not _at_its_span(incident.period, text):
                return False
        return _mentions_fit(self.actors, size) and _mentions_fit(self.locations, size)

    def _check_spans(self) -> None:
        """Raise the error that names the first span past the text, or else the first phrase not at its span."""
        size = len(self.text)
        for where, i, span in self._spans():
            if span.end > size:
                msg = f"{where.format(i)} ends at {span.end}, past the end of text ({size} characters)"
                raise ValueError(msg)
        for where, i, phrase, span in self._phrases():
            if span.of(self.text) != phrase:
                msg = f"{where.format(i)} must be the text at its span {span.start}..{span.end}, got {phrase!r}"
                raise ValueError(msg)

    def _check_incidents(self) -> None:
        if not self.incidents:
            return
        mine = {id(claim) for claim in self.claims}
        places = {id(location) for location in self.locations}
        ids: set[str] = set()
        placed: set[int] = set()
        for i, incident in enumerate(self.incidents):
            if incident.id in ids:
                msg = f"incidents[{i}].id {incident.id!r} is not unique"
                raise ValueError(msg)
            ids.add(incident.id)
            for j, location in enumerate(incident.locations):
                if id(location) not in places and location not in self.locations:
                    msg = f"incidents[{i}].locations[{j}] is not one of the article's locations"
                    raise ValueError(msg)
            for j, member in enumerate(incident.claims):
                if id(member.claim) not in mine and member.claim not in self.claims:
                    msg = f"incidents[{i}].claims[{j}].claim is not one of the article's claims"
                    raise ValueError(msg)
                if id(member.claim) in placed:
                    msg = f"incidents[{i}].claims[{j}].claim is already in an incident"
                    raise ValueError(msg)
                placed.add(id(member.claim))

    def location_index(self, location: Location) -> int:
        """Return the position of ``location`` in ``locations``.

        Raises:
            ValueError: ``location`` is not one of the article's locations.
        """
        for i, mine in enumerate(self.locations):
            if mine is location:
                return i
        return self.locations.index(location)

    def index_of(self, claim: Claim) -> int:
        """Return the position of ``claim`` in ``claims``.

        Raises:
            ValueError: ``claim`` is not one of the article's claims.
        """
        for i, mine in enumerate(self.claims):
            if mine is claim:
                return i
        return self.claims.index(claim)

    def _phrases(self) -> list[tuple[str, int, str, Span]]:
        """Phrases with a span, which must point at them, and where each stands (a label written only for an error)."""
        phrases: list[tuple[str, int, str, Span]] = []
        for i, claim in enumerate(self.claims):
            count = claim.count
            if count is not None and count.span is not None:
                phrases.append(("claims[{}].count.text", i, count.text, count.span))
            period = claim.period
            if period is not None and period.span is not None and period.text is not None:
                phrases.append(("claims[{}].period.text", i, period.text, period.span))
        for i, ceasefire in enumerate(self.ceasefires):
            period = ceasefire.period
            if period is not None and period.span is not None and period.text is not None:
                phrases.append(("ceasefires[{}].period.text", i, period.text, period.span))
        for i, incident in enumerate(self.incidents):
            period = incident.period
            if period is not None and period.span is not None and period.text is not None:
                phrases.append(("incidents[{}].period.text", i, period.text, period.span))
        return phrases

    def _spans(self) -> list[tuple[str, int, Span]]:
        spans: list[tuple[str, int, Span]] = []
        for i, claim in enumerate(self.claims):
            spans.append(("claims[{}].evidence", i, claim.evidence))
            if claim.count is not None and claim.count.span is not None:
                spans.append(("claims[{}].count.span", i, claim.count.span))
        spans.extend(("ceasefires[{}].evidence", i, c.evidence) for i, c in enumerate(self.ceasefires))
        for i, actor in enumerate(self.actors):
            spans.extend(("actors[{}].mentions", i, s) for s in actor.mentions)
        for i, location in enumerate(self.locations):
            spans.extend(("locations[{}].mentions", i, s) for s in location.mentions)
        return spans

    def evidence(self, claim: Claim) -> str:
        """Return the text a claim's evidence span points at."""
        return claim.evidence.of(self.text)


def _at_its_span(period: DateRange | None, text: str) -> bool:
    """Whether a period's phrase, when there is one with a span, is the text at that span."""
    if period is None:
        return True
    span, phrase = period.span, period.text
    return span is None or phrase is None or text[span.start : span.end] == phrase


def _mentions_fit(found: tuple[Actor, ...] | tuple[Location, ...], size: int) -> bool:
    """Whether every mention of the actors or places ends inside a text of ``size`` characters."""
    for each in found:
        for span in each.mentions:
            if span.end > size:
                return False
    return True


def _claims_fit(claims: tuple[Claim, ...], text: str) -> bool:
    """Whether each claim's evidence and count span lie inside ``text`` and its phrases are the text at their spans."""
    size = len(text)
    for claim in claims:
        count = claim.count
        if claim.evidence.end > size or not _at_its_span(claim.period, text):
            return False
        if count is not None and (span := count.span) is not None and (
            span.end > size or text[span.start : span.end] != count.text
        ):
            return False
    return True


@frozen(kw_only=True)
class SourcedClaim:
    """A claim together with the ids of every article that carries it.

    ``claim`` is the first report of the figure; ``claimants`` names everyone
    on the side who gave the same figure (unattributed reports add nothing),
    and ``evidence`` holds the evidence text of each report, one per article
    id in ``article_ids``.
    """

    claim: Claim = field(validator=attrs.validators.instance_of(Claim))
    article_ids: tuple[str, ...] = field(validator=tuple_of(str))
    claimants: tuple[Actor, ...] = field(default=(), validator=tuple_of(Actor))
    evidence: tuple[str, ...] = field(default=(), validator=tuple_of(str))


@frozen(kw_only=True)
class Position:
    """What one claimant says about a disputed toll, oldest figure first.

    ``revised`` is true when the claimant gave figures that do not overlap
    (2 then 12), which is a revision rather than agreement with itself.
    ``party`` is the side the claimant speaks for (the Taliban and the
    Afghan government are two parties of one country), or ``None`` for the
    article's own voice. ``side`` is that party's ISO 3166-1 alpha-3 code,
    or ``None`` for the article's own voice and for claimants of no known
    country.
    """

    claimant: Actor | None = field(validator=optional(Actor))
    side: str | None = field(default=None, validator=country_code)
    party: Party | None = field(default=None, validator=optional(Party))
    figures: tuple[SourcedClaim, ...] = field(validator=tuple_of(SourcedClaim))
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
    period: DateRange | None = field(default=None, validator=optional(DateRange))
    positions: tuple[Position, ...] = field(default=(), validator=tuple_of(Position))
    compatible: bool = field(default=True, validator=attrs.validators.instance_of(bool))
