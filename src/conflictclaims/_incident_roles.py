"""The role of each claim within one incident: a toll of its own, a restatement, a breakdown or a subset."""

from __future__ import annotations

from typing import Final

from attrs import define, field

from conflictclaims._incident_cues import name_words
from conflictclaims._incident_notes import Note
from conflictclaims.model import ActorKind, Claim, ClaimRole, IncidentClaim

__all__ = ["roles", "same_people"]

# How many earlier tolls a claim is compared with, besides the first few summaries.
_REACH_BACK: Final = 12
_SUMMARIES: Final = 4
# Implicit counts of one person: "the" and a pronoun point back at someone told before, "a" brings in someone new.
_DEFINITE: Final = frozenset({"the", "this", "that", "him", "her", "he", "she", "himself", "herself"})
_INDEFINITE: Final = frozenset({"a", "an", "another"})
_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "himself", "herself"})


@define
class _Toll:
    """A claim with a toll of its own, and how much of it its breakdowns have told so far."""

    note: Note
    summary: bool
    parts: int = 0
    # The claims told as this toll again: a claim joined to one of them adds to it, it does not restate it too.
    restated_by: list[Note] = field(factory=list)

    @property
    def claim(self) -> Claim:
        return self.note.claim


def same_people(a: Note, b: Note) -> bool:
    """Whether two claims can be about the same people (their subjects do not tell them apart)."""
    if a.group is not None and b.group is not None and a.group != b.group:
        return False
    if a.attackers != b.attackers:
        # "Gunmen killed 12 people … three of the attackers were killed": not the same dead.
        return False
    first, second = a.claim.subject, b.claim.subject
    # The country of people of no known kind ("the attack coordinator") is a guess from the places around them.
    guessed = ActorKind.UNKNOWN in {first.kind, second.kind}
    if first.country is not None and second.country is not None and first.country != second.country and not guessed:
        return False
    kinds = {first.kind, second.kind} - {ActorKind.UNKNOWN}
    return len(kinds) <= 1 or ActorKind.CIVILIANS not in kinds


def _speaker(claim: Claim) -> str | None:
    return None if claim.claimant is None else claim.claimant.name


def _other_source(told: Claim, claim: Claim, *, strict: bool = True) -> bool:
    """Whether two claims come from different sources; ``strict``: both named (the article's own voice is nobody's).

    "Officials" and "local officials", "the ministry" and "the health ministry"
    are one source: the shorter name is the longer one told again.
    """
    first, second = _speaker(told), _speaker(claim)
    if first is None or second is None:
        return not strict and first != second
    one, other = (frozenset(name_words(name)) - {"the", "a", "an"} for name in (first, second))
    return not (one <= other or other <= one)


def _is_zero(claim: Claim) -> bool:
    return claim.count is not None and claim.count.high == 0


def roles(notes: list[Note]) -> list[IncidentClaim]:
    """Each claim's role within one incident (its notes), the claims of one outcome and unit read in text order."""
    members: list[IncidentClaim] = []
    position: dict[int, int] = {}
    tolls: dict[tuple[object, object], list[_Toll]] = {}
    for note in notes:
        claim = note.claim
        told = tolls.setdefault((claim.outcome, claim.unit), [])
        role, of = _role_of(note, told)
        position[id(claim)] = len(members)
        if of is not None:
            if role is ClaimRole.RESTATEMENT:
                of.restated_by.append(note)
            members.append(IncidentClaim(claim=claim, role=role, of=of.claim))
            continue
        # A headline, a lede or a total sums up what follows, unless it is itself more of something ("two other").
        told.append(_Toll(note=note, summary=(note.headline or note.lede or note.total) and not note.additive))
        members.append(IncidentClaim(claim=claim, role=note.time))
        if note.total:
            _absorb(note, told, members, position)
    return members


def _role_of(note: Note, tolls: list[_Toll]) -> tuple[ClaimRole, _Toll | None]:
    """The role of a claim among the tolls of its outcome told before it (``None``: a toll of its own)."""
    # The tolls a claim can refer to: the latest few and the first summaries (bounded, so
    # that a text of thousands of claims is still read in linear time).
    summaries = [t for t in tolls[: max(0, len(tolls) - _REACH_BACK)][:_SUMMARIES] if t.summary]
    count = note.claim.count
    candidates = [t for t in reversed(summaries + tolls[-_REACH_BACK:]) if same_people(t.note, note)]
    if count is not None and count.text.lower() in _PRONOUNS:
        # "killing two people before guards shot him dead": the one who dealt a toll is none of its people.
        candidates = [t for t in candidates if not _agent(t, note)]
    if not candidates:
        whole = _included_in(note, tolls)
        return (note.time, None) if whole is None else (ClaimRole.SUBSET, whole)
    if count is None:
        # "The militants were killed": nothing to add to a toll already told.
        return (note.time, None) if note.additive else (ClaimRole.RESTATEMENT, candidates[0])
    if _is_zero(note.claim):
        # A zero only answers a toll of the very same people from another source: a denial.
        side = note.claim.subject.side
        denied = next(
            (t for t in candidates if t.claim.subject.side == side and _speaker(t.claim) != _speaker(note.claim)), None
        )
        return (ClaimRole.RESTATEMENT, denied) if denied is not None else (note.time, None)
    if note.subset or note.possessive or (count.text.lower() in _DEFINITE and count.high == 1):
        # "detained a Taliban assassin … detained the attack coordinator": "the" is someone told before.
        # Someone's people ("three of his associates") are never all of a toll: he is in it too.
        least = count.low + 1 if note.possessive else count.low
        whole = next((t for t in candidates if _holds(t, least)), None)
        if whole is not None and not (note.joined and _coordinated(whole.note, note)):
            # "killing 10 policemen and the driver": one more, not one of them.
            return ClaimRole.SUBSET, whole
    numbered = [t for t in candidates if t.claim.count is not None and not _is_zero(t.claim)]
    if not numbered:
        return note.time, None
    return _figure_role(note, numbered)


def _included_in(note: Note, tolls: list[_Toll]) -> _Toll | None:
    """The toll just told in the same sentence that a subset says it is among, whoever its people are.

    "The attack killed 21, including the 4 assailants": the attackers are
    among the 21, though attackers are never taken for their victims.
    """
    count = note.claim.count
    if not note.subset or count is None or not tolls:
        return None
    last = tolls[-1]
    return last if last.note.sentence == note.sentence and _holds(last, count.low) else None


def _agent(toll: _Toll, note: Note) -> bool:
    """Whether a pronoun is the one who dealt a toll told as the object of a verb in the same sentence.

    "A gunman …, killing one soldier before he was shot dead", "killing two
    people before guards shot him dead", "killing nine before turning the
    gun on himself": the person of the later clause is the gunman, not one
    of his victims.
    """
    told = toll.claim.count
    if toll.note.sentence != note.sentence:
        return False
    return told is not None and told.span is not None and told.span.start > toll.claim.evidence.start


def _coordinated(told: Note, note: Note) -> bool:
    """Whether two claims are tolls one source gives side by side in one sentence.

    "arrested a Taliban leader and detained three suspects", "killed 5
    soldiers and 2 policemen": one sentence does not restate its own toll.
    """
    return told.sentence == note.sentence and not _other_source(told.claim, note.claim, strict=False)


def _told_beside(toll: _Toll, note: Note) -> bool:
    """Whether a claim is joined to one that already told ``toll`` again.

    "Gunmen kill police commander … killing a divisional commander and two
    officers": the commander is the headline's, the two officers are more.
    """
    return note.joined and any(_coordinated(r, note) for r in toll.restated_by)


def _figure_role(note: Note, numbered: list[_Toll]) -> tuple[ClaimRole, _Toll | None]:
    """The role of a counted claim among the counted tolls of the same people, latest first."""
    claim = note.claim
    count = claim.count
    assert count is not None  # noqa: S101 - _role_of handles claims without a count
    if note.coded:
        # "killing dozens … fatalities coded as 10": the coder's figure for that toll, whatever its size.
        return ClaimRole.RESTATEMENT, numbered[0]
    # Tolls one source gives side by side in one sentence add up; only the others can be restated.
    told = [t for t in numbered if not _coordinated(t.note, note) and not _told_beside(t, note)]
    restated = _restated(note, told)
    if restated is not None:
        return ClaimRole.RESTATEMENT, restated
    if note.total and not note.additive:
        # "killing all three": a total of its own, of which the tolls before are parts.
        return note.time, None
    total = next((t for t in numbered if t.summary and _room(t, count.low) and _part_of(note, t)), None)
    if total is not None:
        total.parts += count.low
        return ClaimRole.BREAKDOWN, total
    if told and not note.additive and (_another_sides(told[0], note) or note.headline or note.lede):
        # Another source's figure for the toll: "two were killed, three according to the insurgents".
        return ClaimRole.RESTATEMENT, told[0]
    return note.time, None


def _another_sides(toll: _Toll, note: Note) -> bool:
    """Whether a claim is another source's figure for ``toll``, a named one after the article's own voice too.

    "killing 5 people. Al-Shabaab … said it had killed 15 soldiers"; but one
    named with "a" by another noun is someone new ("arrested a weapons
    supplier … confirmed the arrest of a Taliban leader").
    """
    count = note.claim.count
    if count is not None and count.text.lower() in _INDEFINITE and _other_head(toll.note, note):
        return False
    return _other_source(toll.claim, note.claim, strict=False)


def _restated(note: Note, told: list[_Toll]) -> _Toll | None:
    """The toll a counted claim tells again, before any breakdown is considered.

    A figure that fits a toll restates it; so does another source's figure
    for the same people in the event referred back to ("… five soldiers died
    in the ambush"). A figure marked as more restates only the same figure
    marked as more: "two other militants … Two other insurgents were also
    captured". One person named with "a" by another noun is someone new
    ("captured a Taliban leader … detained the leader and a suspected
    associate"); one named with "the" is one of a toll told before, a subset.
    """
    count = note.claim.count
    if count is None:
        return None
    if note.additive:
        return next(
            (t for t in told if t.note.additive and t.claim.count is not None and t.claim.count.same_interval(count)),
            None,
        )
    article = count.text.lower()
    fitting = next(
        (
            t
            for t in told
            if t.claim.count is not None
            and t.claim.count.overlaps(count)
            and not (article in _INDEFINITE and _other_head(t.note, note))
        ),
        None,
    )
    if fitting is not None or note.total:
        return fitting
    if told and note.refers and _other_source(told[0].claim, note.claim, strict=False):
        return told[0]
    return None


def _other_head(told: Note, note: Note) -> bool:
    """Whether two claims name their people by different nouns ("a Taliban leader", "a suspected associate")."""
    first, second = (n.head or next(iter(name_words(n.claim.subject.name)[-1:]), None) for n in (told, note))
    return first is not None and second is not None and first != second


def _part_of(note: Note, total: _Toll) -> bool:
    """Whether a smaller figure reads as a part of ``total``.

    It does when its source is the total's (or it names a place the total
    does not); marked as more ("three additional insurgents"), it does only
    when it counts the same kind of people as the total, not more of another
    kind ("two facilitators … one additional insurgent"). In the total's own
    sentence, the first part follows a colon or a comma ("40 people: 25 in
    Kuje and 15 in …", "three civilians, two women and a child"), never
    "and" ("a commander and one other insurgent" add up). Some of those
    of another outcome are never a part ("two of the wounded later died"),
    but of a total they are ("the toll rose to 27 after three of the injured
    died"). In the total's own sentence a part names people of the total's
    kind, or the total names none: "killed four police officers, two soldiers
    and three civilians" lists three tolls, "killed 10 people, 6 soldiers and
    4 civilians" breaks one down.
    """
    if note.crossed and not total.note.total:
        return False
    if total.note.sentence == note.sentence and (
        _other_kind(total.claim, note.claim) or (not total.parts and note.joined)
    ):
        return False
    if note.additive:
        return note.head is None or total.note.head is None or note.head == total.note.head
    if not _other_source(total.claim, note.claim):
        return True
    return bool(note.names - total.note.names)


def _other_kind(told: Claim, claim: Claim) -> bool:
    """Whether two claims name people of two known kinds ("police officers", "soldiers")."""
    kinds = {told.subject.kind, claim.subject.kind}
    return len(kinds) > 1 and ActorKind.UNKNOWN not in kinds


def _holds(toll: _Toll, low: int) -> bool:
    """Whether a group of ``low`` people fits in the toll."""
    told = toll.claim.count
    return told is not None and (told.high is None or low <= told.high) and not _is_zero(toll.claim)


def _room(toll: _Toll, low: int) -> bool:
    """Whether a part of ``low`` still fits in what its breakdowns have left of the toll."""
    told = toll.claim.count
    if told is None or (told.high is not None and toll.parts + low > told.high):
        return False
    # A part as large as the whole is the whole told again, not a part ("a leader, a facilitator").
    return toll.parts > 0 or told.high is None or low < told.high


def _absorb(note: Note, tolls: list[_Toll], members: list[IncidentClaim], position: dict[int, int]) -> None:
    """A total ("killing all three") turns the tolls of the same people told just before into its parts."""
    total = note.claim.count
    if total is None:
        return
    earlier = [t for t in tolls[-_REACH_BACK - 1 : -1] if same_people(t.note, note) and t.claim.count is not None]
    told = sum(t.claim.count.low for t in earlier if t.claim.count is not None)
    if not earlier or (total.high is not None and told > total.high):
        return
    for toll in earlier:
        tolls.remove(toll)
        # Its restatements stay restatements of it, now a part.
        members[position[id(toll.claim)]] = IncidentClaim(claim=toll.claim, role=ClaimRole.BREAKDOWN, of=note.claim)
