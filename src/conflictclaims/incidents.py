"""Incidents: an article's claims grouped by the event they are about, each with its role.

:func:`~conflictclaims.find_incidents` works on finished claims and the article text, in four
steps:

1. **Place in the text.** Each claim is read in its sentence: whether it is
   in the headline or the lede (which sum up what the body details), and the
   words around its count: "including" (a subset), "all" or "a total of" (a
   total), "other", "another", "also" (a toll on top of one told before),
   "the attack" (a reference back to an incident).
2. **Time.** A claim under a running-total cue ("since the war began", "so
   far this year", "the war has killed") is *cumulative*; one told as what a
   targeted person is blamed for ("responsible for attacks that killed …"),
   about an event set earlier ("last month", "in 2019", "a previous raid"),
   or referring back to such an event ("during the attack") is *background*.
   Neither is added to the event the article reports.
3. **Incidents.** The other claims tell the events the article reports. They
   stay in one incident until a new paragraph names a province, a country
   or a day that does not fit it, or a sentence opens another one ("in a
   separate attack", "elsewhere"), without referring back ("the raid"). The
   headline joins the incident whose body tells its toll. Background and
   cumulative claims make incidents of their own.
4. **Roles.** Within an incident, the claims of one outcome and unit are
   read in order, each against the tolls told before it about the same
   people: a figure that fits one restates it; after "including" it is a
   subset; after a headline, a lede or a total, a smaller figure of the same
   source (or of another, naming a place the total does not) is its
   breakdown; another source's figure for the same people restates the
   toll; anything else is a toll of its own. "All three" makes the tolls
   just told its breakdown.

The main incident (the one the headline reports, else the lede, else the
first) comes first; when every toll is background or cumulative, the main
incident is an empty one.

>>> from conflictclaims import extract
>>> article = extract(
...     "Two soldiers were killed in an ambush on Sunday, the army said. "
...     "The insurgents said five soldiers died in the ambush."
... )
>>> main = article.incidents[0]
>>> [(member.role.value, member.claim.count.best) for member in main.claims]
[('report', 2), ('restatement', 5)]
>>> main.estimate("killed", policy="acled")
Estimate(low=2, best=2, high=5)
"""

from __future__ import annotations

import itertools
from typing import Final

from attrs import define, field

from conflictclaims._incident_cues import is_short
from conflictclaims._incident_notes import ArticleParts, Note
from conflictclaims._incident_reader import Reader
from conflictclaims._incident_roles import roles, same_people
from conflictclaims.model import Article, ClaimRole, DateRange, Incident

__all__ = ["find_incidents"]

# A claim dated this many days from every day of an incident is another incident.
_DAYS_APART: Final = 2


# --------------------------------------------------------------------------- grouping


@define
class _Group:
    """An incident being built: its notes in text order and where and when they say it happened."""

    time: ClaimRole = ClaimRole.REPORT
    notes: list[Note] = field(factory=list)
    regions: set[str] = field(factory=set)
    countries: set[str] = field(factory=set)
    days: list[DateRange] = field(factory=list)

    def add(self, note: Note) -> None:
        self.notes.append(note)
        self.regions.update(place.admin1 for place in note.places if place.admin1)
        self.countries.update(place.country for place in note.places if place.country)
        if note.day is not None:
            self.days.append(note.day)


def _fits(group: _Group, note: Note) -> bool:
    """Whether ``note`` can belong to ``group``: not in another country, province or day than all it names."""
    countries = {place.country for place in note.places if place.country}
    if countries and group.countries and not countries & group.countries:
        return False
    regions = {place.admin1 for place in note.places if place.admin1}
    if regions and group.regions and not regions & group.regions:
        return False
    day = note.day
    return day is None or not group.days or any(_days_between(day, other) < _DAYS_APART for other in group.days)


def _days_between(a: DateRange, b: DateRange) -> int:
    return max(0, (max(a.start, b.start) - min(a.end, b.end)).days)


def _shares_a_region(group: _Group, note: Note) -> bool:
    return any(place.admin1 in group.regions for place in note.places if place.admin1)


def _group(notes: list[Note]) -> list[_Group]:
    """Split the notes into incidents, the main one first."""
    events: list[_Group] = []
    others: list[_Group] = []
    headlines: list[Note] = []
    current: _Group | None = None
    for note in notes:
        if note.time is not ClaimRole.REPORT:
            _join_other(others, note)
            continue
        if note.headline:
            headlines.append(note)
            continue
        if current is None:
            current = _Group()
            events.append(current)
        elif not note.refers or note.separate:
            last = current.notes[-1]
            opens_another = note.separate and note.sentence != last.sentence
            if opens_another or (note.paragraph != last.paragraph and not _fits(current, note)):
                # Back to an incident told before in the same province, or a new one.
                current = (
                    next((g for g in events if g is not current and _shares_a_region(g, note) and _fits(g, note)), None)
                    or _Group()
                )
                if current not in events:
                    events.append(current)
        current.add(note)
    main = _place_headlines(headlines, events)
    if main is None:
        main = next((g for g in events if any(n.lede for n in g.notes)), events[0] if events else None)
    ordered = ([main] if main is not None else []) + [g for g in events if g is not main]
    return ordered + others


def _place_headlines(headlines: list[Note], events: list[_Group]) -> _Group | None:
    """Put each headline claim in the incident whose body tells its toll (else the first); return that incident."""
    main = None
    for note in headlines:
        home = next((g for g in events if any(_retells(note, other) for other in g.notes)), None)
        if home is None:
            if not events:
                events.append(_Group())
            home = events[0]
        # Headlines come first in the text, so they go before the body's claims.
        home.notes.insert(sum(other.headline for other in home.notes), note)
        main = main or home
    return main


def _retells(headline: Note, note: Note) -> bool:
    """Whether a body claim tells the headline's toll: same outcome, same people, a figure that fits."""
    first, second = headline.claim, note.claim
    return (
        (first.outcome, first.unit) == (second.outcome, second.unit)
        and same_people(headline, note)
        and (first.count is None or second.count is None or first.count.overlaps(second.count))
    )


def _join_other(others: list[_Group], note: Note) -> None:
    """Background and cumulative tolls: one incident per paragraph run of one kind."""
    last = others[-1] if others else None
    if last is not None and last.time is note.time and note.paragraph == last.notes[-1].paragraph:
        last.add(note)
        return
    group = _Group(time=note.time)
    group.add(note)
    others.append(group)


# --------------------------------------------------------------------------- incidents


def _incident(number: int, group: _Group) -> Incident:
    members = roles(group.notes)
    own = [m.claim for m in members if m.of is None]
    dated = [c.period for c in own if c.period is not None]
    periods = [p for p in dated if is_short(p)] or dated
    period = None
    if len(periods) == 1:
        period = periods[0]
    elif periods:
        period = DateRange(start=min(p.start for p in periods), end=max(p.end for p in periods))
    places = {id(place): place for note in group.notes for place in note.places}
    return Incident(id=f"i{number}", claims=tuple(members), period=period, locations=tuple(places.values()))


def find_incidents(article: Article) -> tuple[Incident, ...]:
    """Group the article's claims into incidents and give each claim its role.

    Works from the claims (their evidence spans, counts, subjects, claimants,
    periods) and the article text and locations; every claim lands in
    exactly one incident. The main incident comes first: the one the
    headline reports, else the lede, else the first told; when every toll is
    background or cumulative, an empty main incident stands first. An
    incident's ``locations`` are the places below country level its claims'
    sentences name, leaving out the dateline.

    Args:
        article: An article with its claims, typically from
            :func:`~conflictclaims.extract` (which already
            sets ``Article.incidents`` this way).

    Returns:
        The incidents, numbered ``"i1"``, ``"i2"``, … in this order; empty
        when the article has no claims.

    >>> from conflictclaims import extract
    >>> article = extract(
    ...     "Gunmen killed seven people, including two children, in Kano on Friday. "
    ...     "Since January, attacks in the state have killed more than 200 people."
    ... )
    >>> [(i.id, [m.role.value for m in i.claims]) for i in find_incidents(article)]
    [('i1', ['report', 'subset']), ('i2', ['cumulative'])]
    """
    return incidents_of(ArticleParts.of(article))


def incidents_of(article: ArticleParts) -> tuple[Incident, ...]:
    """:func:`find_incidents` on an article's parts, before the article is built."""
    if not article.claims:
        return ()
    reader = Reader(article)
    notes = sorted((reader.note(i, claim) for i, claim in enumerate(article.claims)), key=_order)
    _set_summaries_apart(notes)
    for previous, note in itertools.pairwise(notes):
        # "two soldiers were killed, three wounded and …": coordinated tolls share their time.
        if note.sentence != previous.sentence:
            continue
        if (previous.reacted and not _past_reaction(article.text, previous, note)) or (
            not note.timed and not previous.reacted
        ):
            note.time, note.timed = previous.time, previous.timed
    # Only a toll of the events reported, after the first, can open another incident.
    for note in [n for n in notes if n.time is ClaimRole.REPORT and not n.headline][1:]:
        note.separate = reader.opens_another(note)
    groups = _group(notes)
    if groups[0].time is not ClaimRole.REPORT:
        # Every toll is background or a running total: the article's own event gave none.
        groups.insert(0, _Group())
    return tuple(_incident(number, group) for number, group in enumerate(groups, start=1))


def _past_reaction(text: str, previous: Note, note: Note) -> bool:
    """Whether a comma parts a toll from the earlier toll its sentence reacts to (``previous.reacted``).

    "In retaliation for the killing of three herders, militiamen attacked a
    village, killing ten": the ten are this event's; in "over the bombing
    that killed five and wounded 12" the 12 are still the bombing's.
    """
    return "," in text[previous.claim.evidence.end : note.claim.evidence.start]


def _set_summaries_apart(notes: list[Note]) -> None:
    """A toll told of several events at once, with an event told after it, is a running total.

    "More than 15 insurgents were killed during separate operations. … In
    Kapisa, the air weapons team killed more than 10": the operations told
    after the sum are the events; the sum alone is the only toll when no
    claim follows it, and stays the reported one.
    """
    later_reports = 0
    for note in reversed(notes):
        if note.summary and note.time is ClaimRole.REPORT and later_reports:
            note.time, note.timed = ClaimRole.CUMULATIVE, True
        elif note.time is ClaimRole.REPORT and not note.summary and not note.headline:
            later_reports += 1


def _order(note: Note) -> tuple[int, int]:
    return (note.claim.evidence.start, note.index)
