"""The outcome a claim's unit and verb of loss settle: a post seized is captured, a side's own losses are its dead.

Input: the sentence's tokens, the :class:`~conflictclaims.extraction.outcomes.Trigger`
an outcome rule found and the unit counted. Output: the outcome the claim
states, or ``None`` when the unit cannot suffer the trigger's outcome.
Both the claims with a number and the denials without one
(:mod:`~conflictclaims.extraction.unnumbered`) settle their outcome here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from conflictclaims import _claim_lexicon as lex
from conflictclaims.extraction.phrases import passive_phrase_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.extraction.attribution import Frame
    from conflictclaims.extraction.outcomes import Trigger
    from conflictclaims.extraction.sentence import Token
    from conflictclaims.model import Actor

__all__ = ["for_unit", "loss_outcome"]

# Outcomes only people suffer: "a drone" may be destroyed or seized, never killed.
_PERSON_ONLY: Final = frozenset({"killed", "wounded", "released", "casualties"})


def for_unit(tokens: Sequence[Token], trigger: Trigger, unit: str) -> Trigger | None:
    """The trigger's outcome as the unit counted reads it, or ``None`` when the unit cannot suffer it.

    A position seized is captured ("overran two outposts"), and so are people
    seized; only positions fall or are overrun; only people are killed,
    wounded, released or buried; what is lost, if it is no people, is destroyed.
    """
    word = tokens[trigger.at].lower if trigger.at is not None else ""
    if word in lex.LOSS_VERBS and unit != "persons":
        return trigger._replace(outcome="destroyed")
    if unit != "persons" and trigger.outcome in _PERSON_ONLY:
        return None
    if unit == "persons" and word in lex.POSITION_ONLY_TRIGGERS:
        return None
    outcome = lex.OUTCOME_FOR_UNIT.get((trigger.outcome, unit))
    return trigger if outcome is None else trigger._replace(outcome=outcome)


def loss_outcome(tokens: Sequence[Token], np_end: int, unit: str, loser: Actor | None, frame: Frame | None) -> str:
    """What ``LOSS-VERB COUNT NP`` claims: a side's own losses are its dead, an enemy's its killed and wounded.

    "We lost 11 men", "the army said it had lost no fighters" count the
    speaker's dead; "Kyiv says Moscow lost 870 soldiers" counts the
    casualties armies give for their enemy. An outcome after the phrase
    says it outright ("lost 870 troops killed or wounded"); things lost
    are destroyed.
    """
    if unit != "persons":
        return "destroyed"
    if np_end < len(tokens):
        stated = _passive_outcome(tokens, np_end)
        if stated is not None:
            return stated
    speaker = frame.speaker if frame is not None else None
    if speaker is None:
        return "casualties"
    own = loser is None or loser is speaker or (loser.country is not None and loser.country == speaker.country)
    return "killed" if own else "casualties"


def _passive_outcome(tokens: Sequence[Token], j: int) -> str | None:
    """An outcome participle or phrase right at ``j`` ("killed or wounded", "killed")."""
    found = passive_phrase_at(tokens, j)
    if found is not None:
        return found[0]
    return lex.PASSIVE_TRIGGERS.get(tokens[j].lower)
