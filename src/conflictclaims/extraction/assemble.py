"""Stage 7, assembly: drafts become :class:`~conflictclaims.model.Claim` values with their places and time.

Input: a :class:`~conflictclaims.extraction.drafts.Draft` and its sentence.
Output: a claim whose locations are the places its sentence names and whose
period is the time expression nearest it in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from conflictclaims.model import Actor, ActorKind, Claim, Outcome, PartyKind, Stance, Unit
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.extraction.drafts import Draft
    from conflictclaims.extraction.sentence import Sentence

__all__ = ["claim_of", "with_restated_sides"]

# Enum members by value: a dict lookup is several times cheaper than Enum(value).
_OUTCOMES: Final = {member.value: member for member in Outcome}
_UNITS: Final = {member.value: member for member in Unit}
_STANCES: Final = {member.value: member for member in Stance}
_ACTOR_KINDS: Final = {member.value: member for member in ActorKind}


def _side_name(country: str | None, kind: str) -> str:
    return f"{country or 'unknown'} {kind}"


def claim_of(draft: Draft, sentence: Sentence) -> Claim:
    """The finished claim of a draft read in ``sentence``."""
    frame = draft.frame
    name = draft.subject_name or _side_name(draft.subject_country, draft.subject_kind)
    kind, country, party = _ACTOR_KINDS[draft.subject_kind], draft.subject_country, draft.subject_party
    # One construction: without a party the kind's own default applies.
    subject = (
        Actor(name=name, kind=kind, country=country)
        if party is None
        else Actor(name=name, kind=kind, country=country, party=party)
    )
    start, end = draft.evidence
    if draft.count is not None and draft.count.span is not None:
        start, end = min(start, draft.count.span.start), max(end, draft.count.span.end)
    return Claim(
        claimant=frame.speaker if frame is not None else None,
        subject=subject,
        outcome=_OUTCOMES[draft.outcome],
        unit=_UNITS[draft.unit],
        count=draft.count,
        stance=_STANCES[draft.stance],
        perpetrator=draft.perpetrator,
        locations=sentence.locations,
        period=sentence.period_near(draft.evidence[0]),
        cue=frame.cue if frame is not None else None,
        evidence=Span(start=start, end=end),
    )


# Words for the dead that say nothing of who they were: "23 people", "eleven deaths".
_PLAIN_PEOPLE: Final = frozenset(
    {"people", "persons", "individuals", "dead", "deaths", "lives", "bodies", "others", "casualties", "killed"}
)
# The smallest figure that, told twice for the same outcome, is taken for one toll told twice.
_RESTATED_FROM: Final = 3


def with_restated_sides(claims: Sequence[Claim]) -> list[Claim]:
    """``claims``, a toll of people of no stated side taking the side the article gives the same toll elsewhere.

    "Junta air strike kills at least 23" in a headline and "killed at least
    23 civilians" in the lede are one toll: the headline's dead are the
    civilians the lede names. A figure is taken for the same toll when its
    outcome and interval are the same, it is no smaller than three, and
    no two speakers of different sides give it.
    """
    sided: dict[tuple[str, int, int | None], Claim] = {}
    for claim in claims:
        count = claim.count
        if count is None or count.low < _RESTATED_FROM or claim.unit is not Unit.PERSONS:
            continue
        if claim.subject.kind is not ActorKind.UNKNOWN or claim.subject.party.kind is PartyKind.CIVILIANS:
            sided.setdefault((claim.outcome.value, count.low, count.high), claim)
    if not sided:
        return list(claims)
    return [_restated(claim, sided) for claim in claims]


def _restated(claim: Claim, sided: dict[tuple[str, int, int | None], Claim]) -> Claim:
    count = claim.count
    if count is None or claim.subject.kind is not ActorKind.UNKNOWN or claim.subject.party.known:
        return claim
    words = claim.subject.name.lower().split()
    unnamed = claim.subject.name == _side_name(claim.subject.country, "unknown")
    if words and words[-1] not in _PLAIN_PEOPLE and not unnamed:
        return claim  # "four seafarers" say who they are, if not whose
    told = sided.get((claim.outcome.value, count.low, count.high))
    if told is None or told is claim or not _same_voice(claim, told):
        return claim
    side = told.subject
    subject = attrs.evolve(claim.subject, kind=side.kind, country=side.country, party=side.party)
    return attrs.evolve(claim, subject=subject)


def _same_voice(claim: Claim, other: Claim) -> bool:
    """Whether two claims may be one toll told twice: said by one side, or one of them by no one."""
    if claim.claimant is None or other.claimant is None:
        return True
    return claim.claimant.party == other.claimant.party
