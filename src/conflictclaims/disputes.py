"""Line claims from many articles up into disputes: one toll, told by each side.

A :class:`~conflictclaims.model.Dispute` gathers the claims about one event
toll and splits them into one :class:`~conflictclaims.model.Position` per
claimant side. The rules, in order:

1. **Group.** Claims fall in the same group when they share the subject's
   country and party (see :class:`~conflictclaims.Party`: the Sudanese
   state and the Rapid Support Forces are two, though both are Sudan's), a
   coarse subject class (see :func:`subject_class`), the outcome and the
   unit. A subject of unknown party groups by its country alone; one with no
   country either is the joint or unknown side ("more than 70 people dead on
   both sides").
2. **Split by time.** Each claim covers its :attr:`~conflictclaims.Claim.period`, or, when it
   has none, the article's publication day plus or minus
   :data:`FALLBACK_DAYS` days. Inside a group, claims are cut into clusters
   whose periods share at least one day (the fewest such clusters, found
   greedily in order of start day); claims whose periods cannot overlap are
   different events. Claims with neither period nor publication date form one
   undated cluster.
3. **Sides.** A claimant's side is its party: Pakistan's military
   spokesperson and its Information Minister speak for one side, the Taliban's
   spokesman for another, though in 2019 both sides of an Afghan toll were
   Afghanistan's. A claimant of unknown party speaks for its country's
   state; claimants of neither party nor country are a side each (by normalized name), and every
   unattributed claim (the article's own voice) joins one more side.
4. **Figures.** Within a side, reports of the same interval and stance are one
   :class:`~conflictclaims.model.SourcedClaim` listing every article that
   carries it, oldest first. A side whose figures do not all overlap
   (2 killed, later 12) is ``revised``.
5. **Compatibility.** A figure's interval is its count's ``[low, high]``. A
   claim with no number ("heavy casualties") stands for ``[1, ∞)`` when
   asserted and ``[0, 0]`` when denied; a denial of a non-zero number
   ("denied that 55 were killed") rules out that number only, so it takes no
   part in the test. A dispute is ``compatible`` when one value lies in at
   least one figure of every side.

Only groups with at least ``min_sides`` sides are returned (two by default:
a toll told by one side only is not in dispute).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, NamedTuple

from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    DateRange,
    Dispute,
    Outcome,
    Party,
    PartyKind,
    Position,
    SourcedClaim,
    Stance,
    Unit,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["FALLBACK_DAYS", "claim_interval", "find_disputes", "side_of", "subject_class"]

#: Days either side of the publication date that an undated claim may refer to.
#: News reports a toll within a few days of the event ("late Thursday",
#: "overnight"); three days keeps a week's coverage of one flare-up together
#: while clashes months apart stay apart.
FALLBACK_DAYS = 3

_COMBATANTS = frozenset(
    {ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE, ActorKind.ARMED_GROUP}
)
_OUTCOME_ORDER = {outcome: i for i, outcome in enumerate(Outcome)}
_UNIT_ORDER = {unit: i for i, unit in enumerate(Unit)}

Interval = tuple[int, int | None]


def subject_class(kind: ActorKind) -> str:
    """Return the coarse class a subject kind groups under.

    Reports name the same dead differently ("soldiers", "security personnel
    and allied fighters", "Taliban militants"), so every fighting party is one
    class; civilians are another, everything else is ``"other"``.

    >>> subject_class(ActorKind.ARMED_GROUP), subject_class(ActorKind.CIVILIANS), subject_class(ActorKind.PERSON)
    ('combatants', 'civilians', 'other')
    """
    if kind in _COMBATANTS:
        return "combatants"
    if kind is ActorKind.CIVILIANS:
        return "civilians"
    return "other"


def claim_interval(claim: Claim) -> Interval | None:
    """Return the values a claim allows, or ``None`` when it allows no interval.

    >>> from conflictclaims.counts import Count, Qualifier, Span
    >>> subject = Actor(name="soldiers", kind=ActorKind.MILITARY, country="PAK")
    >>> at_least_274 = Count(low=274, high=None, best=274, qualifier=Qualifier.AT_LEAST)
    >>> claim = Claim(claimant=None, subject=subject, outcome=Outcome.KILLED,
    ...               count=at_least_274, evidence=Span(start=0, end=1))
    >>> claim_interval(claim)
    (274, None)
    >>> import attrs
    >>> claim_interval(attrs.evolve(claim, count=None))
    (1, None)
    >>> claim_interval(attrs.evolve(claim, count=None, stance=Stance.DENIED))
    (0, 0)
    """
    count = claim.count
    if claim.stance is Stance.DENIED:
        if count is None or count.high == 0:
            return (0, 0)
        return None
    if count is None:
        return (1, None)
    return (count.low, count.high)


def _overlap(a: Interval, b: Interval) -> bool:
    return (a[1] is None or b[0] <= a[1]) and (b[1] is None or a[0] <= b[1])


def _normalized(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()


class _Report(NamedTuple):
    """One claim in one article, with what grouping needs to know about it."""

    claim: Claim
    article_id: str
    evidence: str
    published: dt.date | None
    order: int
    days: DateRange | None


def _day(published: dt.date | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _days(claim: Claim, published: dt.date | None) -> DateRange | None:
    if claim.period is not None:
        return claim.period
    if published is None:
        return None
    margin = dt.timedelta(days=FALLBACK_DAYS)
    return DateRange(start=published - margin, end=published + margin)


def _clusters(reports: list[_Report]) -> list[list[_Report]]:
    """Cut reports into the fewest clusters whose periods share a day each."""
    undated = [r for r in reports if r.days is None]
    dated = sorted(
        ((r.days, r) for r in reports if r.days is not None),
        key=lambda pair: (pair[0].start, pair[0].end, pair[1].order),
    )
    clusters: list[list[_Report]] = []
    common_end = dt.date.min
    for days, report in dated:
        # Sorted by start, so the days every member shares end at common_end.
        if clusters and days.start <= common_end:
            clusters[-1].append(report)
            common_end = min(common_end, days.end)
        else:
            clusters.append([report])
            common_end = days.end
    if undated:
        clusters.append(undated)
    return clusters


def _period(cluster: list[_Report]) -> DateRange | None:
    explicit = [r.claim.period for r in cluster if r.claim.period is not None]
    if explicit:
        return DateRange(start=min(p.start for p in explicit), end=max(p.end for p in explicit))
    days = [r.published for r in cluster if r.published is not None]
    if days:
        return DateRange(start=min(days), end=max(days))
    return None


def _party_key(party: Party) -> tuple[str, ...]:
    return (party.country or "", party.kind.value, party.name)


def _side_key(claimant: Actor | None) -> tuple[int, tuple[str, ...]]:
    # Sorts sides with a party first (by country, kind and name), then
    # claimants of neither party nor country by name, then the articles' own
    # voice.
    if claimant is None:
        return (2, ())
    party = side_of(claimant)
    if party is not None:
        return (0, _party_key(party))
    return (1, (_normalized(claimant.name),))


def side_of(claimant: Actor) -> Party | None:
    """Return the party a claimant speaks for in a dispute, or ``None`` when it has neither party nor country.

    A claimant of unknown party but known country speaks for its country's
    state; the dispute table shows this party's name as the side.

    >>> side_of(Actor(name="Zabihullah Mujahid", kind=ActorKind.PERSON, country="AFG")).name
    'Afghanistan'
    >>> side_of(Actor(name="witnesses", kind=ActorKind.PERSON)) is None
    True
    """
    if claimant.party.known:
        return claimant.party
    if claimant.country is not None:
        return Party.state(claimant.country)
    return None


_PARTY_ACTOR_KINDS = {
    PartyKind.STATE: ActorKind.STATE,
    PartyKind.ARMED_GROUP: ActorKind.ARMED_GROUP,
    PartyKind.CIVILIANS: ActorKind.CIVILIANS,
    PartyKind.INTERNATIONAL: ActorKind.ORGANIZATION,
    PartyKind.UNKNOWN: ActorKind.UNKNOWN,
}


def _party_actor(party: Party) -> Actor:
    """The side itself as a claimant, for a side that several people speak for."""
    return Actor(name=party.name, kind=_PARTY_ACTOR_KINDS[party.kind], country=party.country, party=party)


def _subject_party(subject: Actor) -> tuple[str, ...]:
    # A subject of unknown party groups with the others of its country.
    return _party_key(subject.party) if subject.party.known else ()


def _claimant_key(actor: Actor) -> tuple[str | None, str]:
    return (actor.country, _normalized(actor.name))


def _position(reports: list[_Report]) -> Position:
    by_figure: dict[tuple[Interval | None, Stance], list[_Report]] = {}
    for report in sorted(reports, key=lambda r: (r.published or dt.date.max, r.order)):
        claim = report.claim
        count = claim.count
        figure = (None if count is None else (count.low, count.high), claim.stance)
        by_figure.setdefault(figure, []).append(report)
    figures: list[SourcedClaim] = []
    intervals: list[Interval] = []
    for group in by_figure.values():
        article_ids: list[str] = []
        evidence: list[str] = []
        claimants: dict[tuple[str | None, str], Actor] = {}
        for report in group:
            if report.claim.claimant is not None:
                claimants.setdefault(_claimant_key(report.claim.claimant), report.claim.claimant)
            if report.article_id not in article_ids:
                article_ids.append(report.article_id)
                evidence.append(report.evidence)
        figures.append(
            SourcedClaim(
                claim=group[0].claim,
                article_ids=tuple(article_ids),
                claimants=tuple(claimants.values()),
                evidence=tuple(evidence),
            )
        )
        interval = claim_interval(group[0].claim)
        if interval is not None:
            intervals.append(interval)
    revised = any(not _overlap(a, b) for i, a in enumerate(intervals) for b in intervals[i + 1 :])
    people = {key: actor for figure in figures for actor in figure.claimants for key in [_claimant_key(actor)]}
    first = reports[0].claim.claimant
    party = None if first is None else side_of(first)
    if len(people) == 1:
        claimant: Actor | None = next(iter(people.values()))
    elif party is not None:
        claimant = _party_actor(party)
    else:
        claimant = first
    side = None if party is None else party.country
    return Position(claimant=claimant, side=side, party=party, figures=tuple(figures), revised=revised)


def _compatible(positions: list[Position]) -> bool:
    """Whether one value lies in at least one figure of every position."""
    sets = [
        [iv for figure in position.figures if (iv := claim_interval(figure.claim)) is not None]
        for position in positions
    ]
    sets = [s for s in sets if s]
    if not sets:
        return True
    # A non-empty intersection of intervals starts at one of their lows, so
    # the lows are the only candidates worth trying.
    candidates = sorted({low for intervals in sets for low, _ in intervals})
    return any(
        all(any(low <= value and (high is None or value <= high) for low, high in s) for s in sets)
        for value in candidates
    )


def _dispute(cluster: list[_Report]) -> Dispute:
    by_side: dict[tuple[int, tuple[str, ...]], list[_Report]] = {}
    for report in sorted(cluster, key=lambda r: r.order):
        by_side.setdefault(_side_key(report.claim.claimant), []).append(report)
    positions = [_position(by_side[key]) for key in sorted(by_side)]
    first = min(cluster, key=lambda r: (r.published or dt.date.max, r.order)).claim
    return Dispute(
        subject=first.subject,
        outcome=first.outcome,
        unit=first.unit,
        period=_period(cluster),
        positions=tuple(positions),
        compatible=_compatible(positions),
    )


def find_disputes(articles: Iterable[Article], *, min_sides: int = 2) -> tuple[Dispute, ...]:
    """Return the tolls that several sides report, one :class:`Dispute` each.

    Args:
        articles: The articles to compare; their claims are read, nothing else.
        min_sides: The fewest claimant sides a toll needs to be returned. Pass
            ``1`` to list every toll, disputed or not.

    Returns:
        The disputes sorted by subject country (joint subjects last), subject
        party, subject class, outcome, unit and period.

    Raises:
        ValueError: If ``min_sides`` is less than 1.

    >>> find_disputes([])
    ()
    """
    if min_sides < 1:
        msg = f"min_sides must be >= 1, got {min_sides}"
        raise ValueError(msg)
    groups: dict[tuple[str | None, tuple[str, ...], str, Outcome, Unit], list[_Report]] = {}
    order = 0
    for article in articles:
        published = _day(article.published)
        for claim in article.claims:
            subject = claim.subject
            key = (subject.country, _subject_party(subject), subject_class(subject.kind), claim.outcome, claim.unit)
            report = _Report(
                claim=claim,
                article_id=article.id,
                evidence=article.evidence(claim),
                published=published,
                order=order,
                days=_days(claim, published),
            )
            groups.setdefault(key, []).append(report)
            order += 1
    disputes: list[tuple[tuple[object, ...], Dispute]] = []
    for (country, party, klass, outcome, unit), reports in groups.items():
        for cluster in _clusters(reports):
            dispute = _dispute(cluster)
            if len(dispute.positions) < min_sides:
                continue
            period = dispute.period
            sort_key = (
                country is None,
                country or "",
                party,
                klass,
                _OUTCOME_ORDER[outcome],
                _UNIT_ORDER[unit],
                period is None,
                period.start if period else dt.date.min,
                period.end if period else dt.date.min,
            )
            disputes.append((sort_key, dispute))
    disputes.sort(key=lambda pair: pair[0])
    return tuple(dispute for _, dispute in disputes)
