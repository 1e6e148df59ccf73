"""Stage 4, attribution: who says each stretch of a sentence.

Input: a :class:`~conflictclaims.extraction.sentence.Sentence` and the
:class:`~conflictclaims.extraction.speakers.Speakers`. Output: the sentence's
:class:`Frame` values, each a speaker, its cue and the stretch it attributes,
and a :class:`FrameIndex` that finds the innermost frame around an offset in
logarithmic time.

The rules, tried at each cue word (see :data:`RULES`)::

    according := ("according" "to" | "citing") SPEAKER           (before or after what it attributes)
    reported  := SPEAKER {adverbial} REPORTING-VERB               (the rest of the sentence, or what came
                                                                   before when it closes the sentence)
    continued := frame … ("," REPORTING-VERB-ing | "and" REPORTING-VERB)
                                                                  ("…, saying", "… and denied": the same speaker
                                                                   goes on; with no frame before, the sentence's
                                                                   subject)
    inverted  := ("," | quote) REPORTING-VERB SPEAKER              ("…, said the ministry")

New ways of attributing (an anonymous source, "according to" after the
figure, an agency relaying a statement) are new rules in that table.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from typing import TYPE_CHECKING, Final

from attrs import frozen

from conflictclaims import _speech
from conflictclaims.extraction.agents import (
    agent_after,
    agent_before,
    is_noun_use,
    is_trailing,
    sentence_subject,
    speaker_from,
)
from conflictclaims.model import Actor

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictclaims.extraction.sentence import Sentence, Token
    from conflictclaims.extraction.speakers import Speakers

__all__ = ["CUE_WORDS", "RULES", "Frame", "FrameIndex", "read_frames"]

_ACCORDING: Final = frozenset({"according", "citing"})
# How many words a speaker's name may go on with before the comma that closes "according to" mid-sentence.
_SET_OFF_REACH: Final = 10
# A year may stand in the words after a speaker ("created by the 2019 truce"), no other number.
_YEAR_DIGITS: Final = 4
#: The only words that can open a frame ("according", "citing" and the reporting verbs that assert, deny or admit).
#:
#: :meta hide-value:
CUE_WORDS: Final = _ACCORDING | _speech.FRAME_VERBS


@frozen
class Frame:
    """One attribution: ``speaker`` says what lies in ``scope``."""

    speaker: Actor | None
    cue: str
    scope: tuple[int, int]
    denial: bool
    admission: bool
    anchor: int
    agent_start: int


def according_to(sentence: Sentence, speakers: Speakers, i: int, found: Sequence[Frame]) -> tuple[Frame, int] | None:
    """``("according" "to" | "citing") SPEAKER``: the speaker says the rest, or what came before.

    Returns the frame and the token after the speaker's name, where cue words are read on.
    """
    del found
    tokens = sentence.tokens
    token = tokens[i]
    if token.lower not in _ACCORDING or (
        token.lower == "according" and not (i + 1 < len(tokens) and tokens[i + 1].lower == "to")
    ):
        return None
    first = i + 2 if token.lower == "according" else i + 1
    speaker, last = speaker_from(sentence, speakers, first)
    if last is None:
        return None
    if i == 0 or all(not t.is_word for t in tokens[:i]):
        scope = (tokens[last].end, sentence.span.end)
    elif _set_off(tokens, i, last):
        # "the scandal in which, according to the court, troops killed 2,150 civilians": the whole sentence.
        scope = (sentence.span.start, sentence.span.end)
    else:
        scope = (sentence.span.start, token.start)
    frame = Frame(
        speaker, "according to", scope, denial=False, admission=False, anchor=token.start, agent_start=token.start
    )
    speakers.memory.remember(speaker)
    return frame, last + 1


def _set_off(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether "according to SPEAKER" at ``i`` stands in commas mid-sentence, with a clause after it.

    The speaker's name may go on with a few words before the closing comma
    ("the war crimes court created by the 2019 truce,"), none
    of them a number.
    """
    if tokens[i - 1].text != ",":
        return False
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + _SET_OFF_REACH)):
        if tokens[k].text == ",":
            return any(t.is_word for t in tokens[k + 1 :])
        if not tokens[k].is_word or (tokens[k].text[:1].isdigit() and len(tokens[k].text) != _YEAR_DIGITS):
            return False
    return False


def reported(sentence: Sentence, speakers: Speakers, i: int, found: Sequence[Frame]) -> tuple[Frame, int] | None:
    """``SPEAKER {adverbial} VERB``, ``frame … "," VERB-ing`` or ``("," | quote) VERB SPEAKER``.

    A speaker found before or after the verb is remembered for later sentences;
    a participle that goes on with the last frame's speaker names no one new.
    """
    tokens = sentence.tokens
    token = tokens[i]
    if token.lower not in _speech.FRAME_VERBS or is_noun_use(sentence, i):
        return None
    denial = token.lower in _speech.DENIAL_VERBS
    admission = token.lower in _speech.ADMISSION_VERBS
    going_on = i > 0 and (
        tokens[i - 1].lower == "and" or (token.lower.endswith("ing") and tokens[i - 1].text == ",")
    )
    agent = None if going_on else agent_before(sentence, speakers, i)
    if agent is not None:
        speaker, start_index = agent
        if is_trailing(sentence, start_index, i):
            scope = (sentence.span.start, tokens[start_index].start)
        else:
            scope = (token.end, sentence.span.end)
        agent_start = tokens[start_index].start
        speakers.memory.remember(speaker)
    elif going_on:
        # "The RSF denied …, saying its forces had captured …", "… said X and denied Y": the
        # same speaker goes on; "The dissidents gave their own version, saying …", "… called
        # the figures a fantasy and said …": the sentence's subject speaks.
        if found:
            speaker = found[-1].speaker
        else:
            subject = sentence_subject(sentence, speakers, i)
            if subject is None:
                return None
            speaker = subject[0]
            speakers.memory.remember(speaker)
        scope, agent_start = (token.end, sentence.span.end), token.start
    else:
        inverted = agent_after(sentence, speakers, i)
        if inverted is None:
            return None
        speaker, scope, agent_start = inverted[0], (sentence.span.start, token.start), token.start
        speakers.memory.remember(speaker)
    frame = Frame(
        speaker, token.lower, scope, denial=denial, admission=admission, anchor=token.start, agent_start=agent_start
    )
    return frame, i + 1


RULES: Final[tuple[Callable[[Sentence, Speakers, int, Sequence[Frame]], tuple[Frame, int] | None], ...]] = (
    according_to,
    reported,
)
"""The frame rules, tried in order at each cue word; the first that reads a frame wins."""


def read_frames(sentence: Sentence, speakers: Speakers) -> list[Frame]:
    """Attribution frames of the sentence, in text order; the rules remember each speaker as it speaks."""
    found: list[Frame] = []
    tokens = sentence.tokens
    skip_to = 0
    # Only cue words can open a frame; the filter runs in C.
    cues = map(CUE_WORDS.__contains__, sentence.keys)
    for i in itertools.compress(range(len(tokens)), cues):
        if i < skip_to:
            continue
        for rule in RULES:
            read = rule(sentence, speakers, i, found)
            if read is not None:
                found.append(read[0])
                skip_to = read[1]
                break
    return _closed(found)


def _closed(found: list[Frame]) -> list[Frame]:
    """A later frame closes the forward scope of an earlier one."""
    closed: list[Frame] = []
    for frame, following in zip(found, [*found[1:], None], strict=False):
        start, end = frame.scope
        if following is None or end <= following.agent_start or start < frame.anchor:
            closed.append(frame)
            continue
        closed.append(
            Frame(
                frame.speaker, frame.cue, (start, max(start, following.agent_start)), denial=frame.denial,
                admission=frame.admission, anchor=frame.anchor, agent_start=frame.agent_start,
            )
        )  # fmt: skip
    return closed


class FrameIndex:
    """The innermost frame around any offset, found by bisection over precomputed segments.

    Scopes are cut into segments at every scope edge; each segment holds the
    frame with the latest start among those covering it (the later one on a
    tie), found by one sweep with a heap. A lookup is then one bisection.
    """

    def __init__(self, frames: Sequence[Frame]) -> None:
        self._starts: list[int] = []
        self._frames: list[Frame | None] = []
        if len(frames) == 1:
            # The usual case: one frame, one segment.
            (frame,) = frames
            self._starts, self._frames = [frame.scope[0], frame.scope[1]], [frame, None]
            if frame.scope[0] == frame.scope[1]:
                self._frames = [None, None]
            return
        edges = sorted({edge for frame in frames for edge in frame.scope})
        order = sorted(range(len(frames)), key=lambda k: frames[k].scope[0])
        heap: list[tuple[int, int, int]] = []  # (-start, -position, end): the latest start on top
        pending = 0
        for left in edges:
            while pending < len(order) and frames[order[pending]].scope[0] <= left:
                k = order[pending]
                heapq.heappush(heap, (-frames[k].scope[0], -k, frames[k].scope[1]))
                pending += 1
            while heap and heap[0][2] <= left:
                heapq.heappop(heap)
            self._starts.append(left)
            self._frames.append(frames[-heap[0][1]] if heap else None)

    def at(self, offset: int) -> Frame | None:
        """The innermost frame whose scope holds ``offset``."""
        k = bisect.bisect_right(self._starts, offset) - 1
        return self._frames[k] if k >= 0 else None
