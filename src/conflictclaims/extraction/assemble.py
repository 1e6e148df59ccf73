"""Stage 7, assembly: drafts become :class:`~conflictclaims.model.Claim` values with their places and time.

Input: a :class:`~conflictclaims.extraction.drafts.Draft` and its sentence.
Output: a claim whose locations are the places its sentence names and whose
period is the time expression nearest it in the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from conflictclaims.model import Actor, ActorKind, Claim, Outcome, Stance, Unit
from conflictclaims.span import Span

if TYPE_CHECKING:
    from conflictclaims.extraction.drafts import Draft
    from conflictclaims.extraction.sentence import Sentence

__all__ = ["claim_of"]

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
