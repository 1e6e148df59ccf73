"""Claims without a number: denials of any loss, tolls told without a figure, denied claims of a kind.

Input: a :class:`~conflictclaims.extraction.sentence.Sentence`, its frames
and the state of the claim reader (see :class:`Reading`). Output: a
:class:`~conflictclaims.extraction.drafts.Draft`, or ``None``. The claim
reader (:mod:`~conflictclaims.extraction.claims`) tries the rules of
:data:`OPENERS` at each word of :data:`OPENER_WORDS`::

    zero         := ("no" | "any") NP {gap} OUTCOME      "no soldiers were killed", "denied that any … were captured"
    unquantified := MODIFIER ("casualties" | "deaths")   "heavy casualties on Pakistani forces"
    denied-of    := DENIAL … ("claims" | "reports") "of" ACTIVE-VERB NP
                                                         "rejected Taliban claims of seizing outposts"

New claim shapes without a number are new entries in that table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _people
from conflictclaims.counts import Count, Qualifier
from conflictclaims.extraction.drafts import Draft
from conflictclaims.extraction.outcomes import outcome_of
from conflictclaims.extraction.phrases import evidence, noun_phrase, unit_of
from conflictclaims.extraction.sides import Clues
from conflictclaims.extraction.subjects import subject_of
from conflictclaims.extraction.unit_outcomes import for_unit, loss_outcome
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictclaims.extraction.attribution import FrameIndex
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.sentence import Sentence, Token
    from conflictclaims.extraction.speakers import Speakers

__all__ = ["OPENERS", "OPENER_WORDS", "Opener", "Reading", "denied_claims_of", "unquantified_claim", "zero_claim"]

# How close (in characters) a number must follow for "casualties" to be its noun.
_NEAR_COUNT: Final = 30
_ZERO_WORDS: Final = frozenset({"any", "no"})  # "no soldiers were killed"
_CLAIM_OF_WORDS: Final = frozenset({"claims", "claim", "reports"})  # "denied claims of …"
_UNQUANTIFIED_KINDS: Final = {"civilian": "civilians", "military": "military", "enemy": "military"}


class Reading(Protocol):
    """What a rule reads besides its sentence: the article's context and speakers, and the last toll read."""

    context: Context
    speakers: Speakers
    last: Draft | None


def zero_claim(reader: Reading, sentence: Sentence, frames: FrameIndex, i: int) -> Draft | None:
    """``("no" | "any") NP {gap} OUTCOME``: "no soldiers were killed", "denied that any … had been captured".

    "any" makes a claim only under a denial.
    """
    tokens = sentence.tokens
    token = tokens[i]
    frame = frames.at(token.start)
    denial = frame is not None and frame.denial
    if token.lower == "any" and not denial:
        return None
    np_end, head = noun_phrase(tokens, i + 1)
    word = tokens[head].lower if head is not None else None
    if word is None or not (word in _people.PERSON_NOUNS or word in lex.UNIT_NOUNS or word in lex.OUTCOME_NOUNS):
        return None
    trigger = outcome_of(tokens, i, np_end, word, max(0, i - 3))
    unit = None if trigger is None else unit_of(word, trigger.outcome)
    if trigger is None or unit is None:
        return None
    trigger = for_unit(tokens, trigger, unit)
    if trigger is None:
        return None
    if trigger.at is not None and tokens[trigger.at].lower in lex.LOSS_VERBS:
        # "said it had lost no fighters": the speaker's own dead.
        trigger = trigger._replace(outcome=loss_outcome(tokens, np_end, unit, None, frame))
    span = Span(start=token.start, end=token.end)
    zero = Count(low=0, high=0, best=0, qualifier=Qualifier.NONE, text=token.text, span=span)
    np_span = (tokens[i + 1].start, tokens[np_end - 1].end) if np_end > i + 1 else (0, 0)
    np_text = sentence.doc.text[np_span[0] : np_span[1]]
    clues = Clues(zero, np_text, np_span, word, trigger.outcome, unit, frame, None, active=trigger.active)
    subject = subject_of(sentence, clues, reader.context, reader.last)
    return Draft(
        count=zero, outcome=trigger.outcome, unit=unit, subject_country=subject.country,
        subject_kind=subject.kind, subject_name=subject.name, subject_party=subject.party,
        stance="denied", frame=frame, evidence=evidence(tokens, i, np_end, trigger.at),
    )  # fmt: skip


def unquantified_claim(reader: Reading, sentence: Sentence, frames: FrameIndex, i: int) -> Draft | None:
    """``MODIFIER ("casualties" | "deaths")``: "heavy casualties on Pakistani forces", "civilian casualties".

    After "the" the toll is one told of before or talked about ("nearly all the
    civilian deaths the mission recorded"): no claim.
    """
    tokens = sentence.tokens
    token = tokens[i]
    if i > 1 and tokens[i - 2].lower in lex.DEFINITE_DETERMINERS:
        return None
    nearest = sentence.doc.count_before(token.start)
    if nearest is not None and nearest.span is not None:
        gap = token.start - nearest.span.end
        if nearest.span.end <= token.start and gap < _NEAR_COUNT:
            return None
    if i + 1 < len(tokens) and tokens[i + 1].lower in lex.STATISTIC_WORDS:
        # "civilian casualties rose by 20 percent": talk about a toll, not a claim of one.
        return None
    frame = frames.at(token.start)
    speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
    kind = _UNQUANTIFIED_KINDS.get(tokens[i - 1].lower, "unknown")
    country = _target_country(reader.speakers, tokens, i)
    if country is not None and kind == "unknown":
        kind = "military"
    if country is None and kind == "civilians":
        places = sentence.place_countries
        country = places[0] if places else speaker_country
    joint = frame is None and sentence.first_both is not None and sentence.first_both < i
    return Draft(
        count=None, outcome=lex.UNQUANTIFIED_NOUNS[token.lower], unit="persons",
        subject_country=None if joint else country, subject_kind=kind,
        subject_name=sentence.doc.text[tokens[i - 1].start : token.end],
        stance="denied" if frame is not None and frame.denial else "asserted", frame=frame,
        evidence=(tokens[i - 1].start, token.end),
    )  # fmt: skip


def _target_country(speakers: Speakers, tokens: Sequence[Token], i: int) -> str | None:
    """The side named after "on"/"among"/"to" following token ``i``: "casualties on Pakistani forces"."""
    for k in range(i + 1, min(i + 6, len(tokens))):
        if tokens[k].lower in {"on", "among", "to"}:
            for m in range(k + 1, min(k + 4, len(tokens))):
                code = speakers.country_of(tokens[m].text)
                if code is not None:
                    return code
            return None
    return None


def denied_claims_of(reader: Reading, sentence: Sentence, frames: FrameIndex, i: int) -> Draft | None:
    """``DENIAL … ("claims" | "reports") "of" ACTIVE-VERB NP``: "rejected Taliban claims of seizing outposts"."""
    del reader
    tokens = sentence.tokens
    frame = frames.at(tokens[i].start)
    outcome = lex.ACTIVE_TRIGGERS.get(tokens[i + 2].lower)
    if frame is None or not frame.denial or outcome is None:
        return None
    np_end, head = noun_phrase(tokens, i + 3)
    head_word = tokens[head].lower if head is not None else None
    speaker = frame.speaker
    return Draft(
        count=None, outcome=outcome, unit=unit_of(head_word, outcome) or "persons",
        subject_country=speaker.country if speaker is not None else None, subject_kind="military",
        subject_name=sentence.doc.text[tokens[i + 3].start : tokens[np_end - 1].end] if np_end > i + 3 else "",
        stance="denied", frame=frame, evidence=(tokens[max(0, i - 2)].start, tokens[max(i + 2, np_end - 1)].end),
    )  # fmt: skip


def _opens_zero(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i].lower in _ZERO_WORDS and i + 1 < len(tokens)


def _opens_unquantified(tokens: Sequence[Token], i: int) -> bool:
    word = tokens[i].lower
    return word in lex.UNQUANTIFIED_NOUNS and i > 0 and tokens[i - 1].lower in lex.UNQUANTIFIED_MODIFIERS


def _opens_claims_of(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i].lower in _CLAIM_OF_WORDS and 0 < i < len(tokens) - 2 and tokens[i + 1].lower == "of"


Opener = tuple[
    "Callable[[Sequence[Token], int], bool]", "Callable[[Reading, Sentence, FrameIndex, int], Draft | None]"
]
"""A rule for a claim with no number, as whether the word at ``i`` opens one and the reader that reads it."""
OPENERS: Final[tuple[Opener, ...]] = (
    (_opens_zero, zero_claim),
    (_opens_unquantified, unquantified_claim),
    (_opens_claims_of, denied_claims_of),
)
"""The readers of claims without a number, each as (does the word at ``i`` open one, read it); the first wins."""
OPENER_WORDS: Final = _ZERO_WORDS | _CLAIM_OF_WORDS | frozenset(lex.UNQUANTIFIED_NOUNS)
"""The words at which a rule of :data:`OPENERS` may open a claim; the reader looks at no other token."""
