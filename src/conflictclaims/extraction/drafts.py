"""The value passed from claim reading to assembly: a claim under construction."""

from __future__ import annotations

from attrs import define

from conflictclaims.counts import Count
from conflictclaims.extraction.attribution import Frame
from conflictclaims.model import Actor, Party

__all__ = ["Draft"]


@define
class Draft:
    """A claim under construction: plain strings for the enums, offsets for the evidence.

    Attributes:
        count: The number phrase, or ``None`` for "heavy casualties".
        outcome: An ``Outcome`` value.
        unit: A ``Unit`` value.
        subject_country: Whose people or things were hit (alpha-3), if known.
        subject_kind: An ``ActorKind`` value for them.
        subject_name: The counted noun phrase as written.
        stance: A ``Stance`` value.
        frame: Who says it, or ``None`` for the article itself.
        evidence: Character offsets of the words the claim rests on.
        perpetrator: Who did it, if the text says.
        subject_party: The side of the people or things hit, if it can be told.
    """

    count: Count | None
    outcome: str
    unit: str
    subject_country: str | None
    subject_kind: str
    subject_name: str
    stance: str
    frame: Frame | None
    evidence: tuple[int, int]
    perpetrator: Actor | None = None
    subject_party: Party | None = None

    @property
    def side(self) -> tuple[str | None, str]:
        """The subject's (country, kind)."""
        return (self.subject_country, self.subject_kind)
