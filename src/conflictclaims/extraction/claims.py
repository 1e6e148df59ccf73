"""Stage 5, claim reading: each count read in its clause, and the claims that have no number.

Input: a :class:`~conflictclaims.extraction.sentence.Sentence`, its frames,
the :class:`~conflictclaims.extraction.context.Context` and the speakers.
Output: :class:`~conflictclaims.extraction.drafts.Draft` values in text order.

A count becomes a claim when it counts people or things (its noun phrase is
no year, duration or distance), an outcome governs it (see
:mod:`~conflictclaims.extraction.outcomes`) or it is coordinated with the
previous claim ("destroyed 19 posts and two bases"), and it is not a subset
of the previous toll ("27 were wounded, four of them seriously"; a subset
naming people of its own, "including nine children", is a claim). The unit
settles some outcomes (:func:`~conflictclaims.extraction.unit_outcomes.for_unit`:
a post seized is captured, things lost are destroyed), "lost" counts a
side's own dead or an enemy's casualties
(:func:`~conflictclaims.extraction.unit_outcomes.loss_outcome`), and a count
of none is a denial. Claims without a number are read by the rules of
:data:`~conflictclaims.extraction.unnumbered.OPENERS`.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Final

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _people, _speech
from conflictclaims.extraction.attribution import FrameIndex
from conflictclaims.extraction.drafts import Draft
from conflictclaims.extraction.implicit import implicit_counts
from conflictclaims.extraction.outcomes import Trigger, outcome_of
from conflictclaims.extraction.perpetrators import agent_of_passive, agent_of_verb
from conflictclaims.extraction.phrases import (
    coordinated,
    ends_clause,
    evidence,
    is_subset,
    noun_phrase,
    subset_opener,
    unit_of,
)
from conflictclaims.extraction.sides import Clues
from conflictclaims.extraction.subjects import side_of_phrase, side_of_toll, subject_of
from conflictclaims.extraction.unit_outcomes import for_unit, loss_outcome
from conflictclaims.extraction.unnumbered import OPENER_WORDS, OPENERS, zero_claim

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.counts import Count
    from conflictclaims.extraction.attribution import Frame
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.sentence import Sentence, Token
    from conflictclaims.extraction.speakers import Speakers
    from conflictclaims.model import Actor

__all__ = ["ClaimReader"]

# Words read past between an active verb and the noun of its subject: "Jihadists reportedly killed".
_AGENT_ADVERBS: Final = frozenset({"also", "then", "later", "again", "allegedly", "reportedly", "had", "have", "has"})
# What may follow a figure set against another ("three were killed, not one"): nothing of its own.
_CONTRAST_ENDS: Final = frozenset({",", ".", ";", "and", "as", "—", ")"})
# Openers of a subset after which a count singles out some of a toll: "killed two, including a woman".
_SINGLING: Final = frozenset({"including", "among them", "among whom"})
# Openers of a subset that may name people of its own: "including nine children", "among the dead were two".
_OWN_PEOPLE_OPENERS: Final = frozenset({"including", "among"})
# How many tokens past an implicit count's noun phrase a verb of its own is looked for (", Aminu Garba, said").
_OWN_VERB_REACH: Final = 8
# How many tokens a speaker's name after its verb may run to the comma that closes it ('said Ali Musa, a commander').
_SPEAKER_NAME_REACH: Final = 8
# Conjunctions that open a clause of its own: a count right after one is no aside of the toll before.
_CLAUSE_CONJUNCTIONS: Final = frozenset({"before", "after", "when", "while", "until", "but", "whereas"})


class ClaimReader:
    """Reads the claims of one sentence after another, remembering the last toll for "Four others …"."""

    def __init__(self, context: Context, speakers: Speakers) -> None:
        self.context = context
        self.speakers = speakers
        self.last: Draft | None = None

    def read(self, sentence: Sentence, frames: list[Frame]) -> list[Draft]:
        """The sentence's claims: one per count that is a claim, then those without a number."""
        index = FrameIndex(frames)
        drafts = _CountReading(self, sentence, index).read()
        drafts.extend(self._without_number(sentence, index, drafts))
        if drafts:
            self.last = drafts[-1]
        return drafts

    def _without_number(self, sentence: Sentence, frames: FrameIndex, found: list[Draft]) -> list[Draft]:
        """Denials of any loss and claims without a number ("heavy casualties")."""
        drafts: list[Draft] = []
        tokens = sentence.tokens
        taken: _Taken | None = None  # built for the first zero claim: most sentences have none
        # Only the few tokens that can open such a claim are looked at; the filter runs in C.
        openers = map(OPENER_WORDS.__contains__, sentence.keys)
        for i in itertools.compress(range(len(tokens)), openers):
            for applies, rule in OPENERS:
                if applies(tokens, i):
                    draft = rule(self, sentence, frames, i)
                    if draft is not None and rule is zero_claim:
                        taken = taken or _Taken(found)
                        if taken.overlaps(draft.evidence):
                            break
                    if draft is not None:
                        drafts.append(draft)
                    break
        return drafts


class _Taken:
    """The evidence spans of a sentence's claims, for overlap tests in logarithmic time."""

    def __init__(self, drafts: Sequence[Draft]) -> None:
        spans = sorted(d.evidence for d in drafts)
        self._starts = [s for s, _ in spans]
        self._reach = list(itertools.accumulate((e for _, e in spans), max))

    def overlaps(self, span: tuple[int, int]) -> bool:
        k = bisect.bisect_left(self._starts, span[1])
        return k > 0 and self._reach[k - 1] > span[0]


class _CountReading:
    """One sentence's counts, read left to right; each may share the previous claim's verb and subject."""

    def __init__(self, reader: ClaimReader, sentence: Sentence, frames: FrameIndex) -> None:
        self.reader = reader
        self.sentence = sentence
        self.frames = frames
        self.previous: Draft | None = None
        self.previous_end = 0  # token after the previous count's words: no clue is read before it
        self.claim_end = 0  # token after the previous claim's words
        self.implicit: set[int] = set()

    def read(self) -> list[Draft]:
        drafts: list[Draft] = []
        counts = self.sentence.counts
        implicit = implicit_counts(self.sentence)
        if implicit:
            # "a soldier", "both attackers", "killing him": read like number phrases, in text order.
            self.implicit = {id(count) for count in implicit}
            counts = sorted([*counts, *implicit], key=lambda c: c.span.start if c.span is not None else 0)
        for count in counts:
            end = self.previous_end
            draft = self._claim(count)
            if draft is not None:
                drafts.append(draft)
                # One singled out of a toll leaves it to what follows: "seven, among them a boy, and injuring 46".
                if self.previous is None or not _singled_out(self.sentence, count):
                    self.previous = draft
            elif id(count) in self.implicit:
                self.previous_end = end  # "attacked a checkpoint, killing eight": no claim, no boundary
        return drafts

    def _claim(self, count: Count) -> Draft | None:
        """``COUNT NP`` with its outcome, subject and perpetrator, or ``None`` when it is no claim."""
        sentence, tokens = self.sentence, self.sentence.tokens
        assert count.span is not None  # noqa: S101 - find_counts always sets spans
        first = sentence.token_index(count.span.start)
        last = max(first, sentence.token_index(count.span.end) - 1)
        np_end, head = noun_phrase(tokens, last + 1)
        head_word = tokens[head].lower if head is not None else None
        self.previous_end, floor = last + 1, self.previous_end
        if head_word is not None and head_word in lex.NON_CLAIM_HEADS:
            return None
        # "killing 4 (3 soldiers and 1 civilian)": the toll told again by its parts, no toll of its own.
        if _contrasted(tokens, first, np_end, count) or (self.previous is not None and self._in_breakdown(first)):
            return None
        trigger = self._trigger(count, first, np_end, head_word, floor)
        unit = None if trigger is None else unit_of(head_word, trigger.outcome)
        if trigger is None or unit is None:
            return None
        trigger = for_unit(tokens, trigger, unit)
        if trigger is None or (id(count) in self.implicit and _implicit_misread(tokens, trigger)):
            return None
        joined = self.previous is not None and coordinated(tokens, floor, first)
        draft = self._draft(count, (first, last, np_end), head_word, trigger, unit, joined=joined, floor=floor)
        if (
            self.previous is not None
            and is_subset(tokens, first, np_end)
            and (draft.side, draft.outcome) == (self.previous.side, self.previous.outcome)
            and not _names_own_people(tokens, first, head_word)
            and not (trigger.at is not None and _opens_clause(tokens, first))
        ):
            # "27 were wounded, four of them seriously": part of the toll just given, not another toll;
            # "including nine children" names people of its own, and is a claim (a subset of the toll).
            self.previous_end = max(np_end, last + 1)
            return None
        self.previous_end = self.claim_end = max(np_end, (trigger.at or 0) + 1, last + 1)
        if self.previous is not None and _singled_out(sentence, count):
            side_of_toll(draft, self.previous, head_word)
        return draft

    def _in_breakdown(self, first: int) -> bool:
        """Whether the count at ``first`` is in brackets opened by a count right after the previous claim.

        ``CLAIM "(" COUNT NP {("," | "and") COUNT NP} ")"``: "killing 4 (3
        soldiers and 1 civilian)"; not "(including 3 children)", a subset
        naming people of its own.
        """
        tokens, opened = self.sentence.tokens, self.claim_end
        if opened + 1 >= first or tokens[opened].text != "(":
            return False
        if any(token.text == ")" for token in tokens[opened + 1 : first]):
            return False
        return any(c.span is not None and c.span.start == tokens[opened + 1].start for c in self.sentence.counts)

    def _trigger(self, count: Count, first: int, np_end: int, head: str | None, floor: int) -> Trigger | None:
        """The count's outcome, or the previous claim's when it shares its verb."""
        tokens = self.sentence.tokens
        found = outcome_of(tokens, first, np_end, head, floor)
        if found is not None or self.previous is None or not coordinated(tokens, floor, first):
            return found
        if ends_clause(tokens, self.claim_end, first):
            return None  # "killing him. … found seven containers, multiple initiators": the verb stays in its clause
        if id(count) in self.implicit and not _joined_object(tokens, first, np_end, self.previous):
            return None
        if first > floor and _is_verb(tokens[first - 1].lower):
            return None  # "killed 12 soldiers and burned 40 tankers": the count has a verb of its own
        own_predicate = np_end < len(tokens) and tokens[np_end].lower in lex.AUXILIARIES
        if head in lex.OUTCOME_NOUNS or own_predicate:
            return None
        # "destroyed 19 posts and two bases": the verb is shared; "and 9 million
        # have been displaced" has a predicate of its own, and no shared verb.
        return Trigger(self.previous.outcome, None, active=False)

    def _draft(  # noqa: PLR0913 - the parts of one count's reading
        self,
        count: Count,
        where: tuple[int, int, int],
        head: str | None,
        trigger: Trigger,
        unit: str,
        *,
        joined: bool,
        floor: int,
    ) -> Draft:
        sentence, tokens = self.sentence, self.sentence.tokens
        first, last, np_end = where
        np_start = last + 1
        assert count.span is not None  # noqa: S101 - find_counts always sets spans
        frame = self.frames.at(count.span.start)
        relative = np_end == np_start + 1 and tokens[np_start].lower == "of"  # "two of whom": the people told before
        predicate = _partitive_predicate(tokens, np_start, np_end, trigger.at)
        if predicate is not None:
            np_start, np_end, head = predicate
        np_span = (tokens[np_start].start, tokens[np_end - 1].end) if np_end > np_start and not relative else (0, 0)
        np_text = sentence.doc.text[np_span[0] : np_span[1]]
        at = trigger.at
        losses = at is not None and tokens[at].lower in lex.LOSS_VERBS
        perpetrator = self._perpetrator(trigger, frame, np_end, joined=joined, floor=floor)
        clues = Clues(
            count, np_text, np_span, head, trigger.outcome, unit, frame, self.previous,
            active=trigger.active and not losses, coordinated=joined, perpetrator=None if losses else perpetrator,
            agent_noun=_agent_noun(tokens, at) if trigger.active and perpetrator is None else None,
        )  # fmt: skip
        subject = subject_of(sentence, clues, self.reader.context, self.reader.last)
        country, party = subject.country, subject.party
        outcome = trigger.outcome
        if losses:
            # "Russia had lost 1,070 troops": the agent's own people, no perpetrator named.
            side = side_of_phrase(sentence, np_span, np_text)
            if perpetrator is not None and not (side is not None and side[0] is not None):
                country = perpetrator.country
                party = perpetrator.party if perpetrator.party.known else party
            outcome = loss_outcome(tokens, np_end, unit, perpetrator, frame)
            perpetrator = None
        return Draft(
            count=count, outcome=outcome, unit=unit, subject_country=country, subject_kind=subject.kind,
            subject_name=subject.name, subject_party=party,
            stance=_stance(frame, count),
            frame=frame, evidence=evidence(tokens, first, np_end, at), perpetrator=perpetrator,
        )  # fmt: skip

    def _perpetrator(
        self, trigger: Trigger, frame: Frame | None, np_end: int, *, joined: bool, floor: int
    ) -> Actor | None:
        sentence, speakers = self.sentence, self.reader.speakers
        if trigger.active and trigger.at is not None:
            found = agent_of_verb(sentence, speakers, trigger.at, frame, floor)
            if found is None and joined and self.previous is not None:
                return self.previous.perpetrator
            return found
        return agent_of_passive(sentence, speakers, trigger.at if trigger.at is not None else np_end)


def _agent_noun(tokens: Sequence[Token], at: int | None) -> str | None:
    """The noun just before an active verb, over adverbs: "Jihadists reportedly killed" gives "jihadists".

    Two words when the lexicon knows them together: "Gang members killed" gives "gang members".
    """
    k = (at or 0) - 1
    while k >= 0 and (tokens[k].lower in _AGENT_ADVERBS or tokens[k].lower.endswith("ly")):
        k -= 1
    if at is None or k < 0 or not tokens[k].is_word:
        return None
    pair = f"{tokens[k - 1].lower} {tokens[k].lower}" if k > 0 else ""
    return pair if pair in _people.COMBATANT_SIDES else tokens[k].lower


def _partitive_predicate(
    tokens: Sequence[Token], np_start: int, np_end: int, at: int | None
) -> tuple[int, int, str | None] | None:
    """``COUNT "of" DET OUTCOME [COPULA NP]``: "22 of the dead were civilians" names its people after the copula.

    Returns the noun phrase that names the people (start, end, head word):
    the predicate's, or an empty one when there is none ("two of the dead
    were identified": the toll's people); ``None`` when the count is no such
    partitive.
    """
    if np_end - np_start < 2 or tokens[np_start].lower != "of":  # noqa: PLR2004 - "of" and a determiner
        return None  # the usual case, told without building the phrase's words
    words = [t.lower for t in tokens[np_start + 1 : np_end]]
    if not set(words) <= lex.DEFINITE_DETERMINERS:
        return None
    if at is not None and at + 2 < len(tokens) and tokens[at + 1].lower in lex.INCLUSION_COPULAS:
        end, head = noun_phrase(tokens, at + 2)
        if head is not None:
            return at + 2, end, tokens[head].lower
    return np_end, np_end, None


def _contrasted(tokens: Sequence[Token], first: int, np_end: int, count: Count) -> bool:
    """``"," "not" COUNT`` with nothing after it: a figure set aside ("three soldiers were killed, not one")."""
    if first == 0 or tokens[first - 1].text != "," or not count.text[:4].lower().startswith("not"):
        return False
    return np_end >= len(tokens) or tokens[np_end].lower in _CONTRAST_ENDS


def _opens_clause(tokens: Sequence[Token], first: int) -> bool:
    """Whether a partitive count opens a clause of its own after a conjunction ("… before five of them were killed").

    ``CONJUNCTION COUNT "of" "them" PREDICATE`` with an outcome of its own: the attackers
    "killed a policeman before five of them were killed by security forces"
    are five more dead, not a part of the policeman's toll.
    """
    return first > 0 and tokens[first - 1].lower in _CLAUSE_CONJUNCTIONS


def _names_own_people(tokens: Sequence[Token], first: int, head: str | None) -> bool:
    """Whether a subset after "including" or "among" names people of its own ("including nine children").

    Such a subset is a claim of its own (its toll's subset); "four of them
    seriously" and "many of them workers" only say more of the toll's people.
    """
    return subset_opener(tokens, first) in _OWN_PEOPLE_OPENERS and head is not None and head not in lex.ANAPHORIC_HEADS


def _singled_out(sentence: Sentence, count: Count) -> bool:
    """Whether ``count`` singles out some of the toll before it: "including a woman", "among them six women"."""
    if count.span is None:
        return False
    return subset_opener(sentence.tokens, sentence.token_index(count.span.start)) in _SINGLING


def _stance(frame: Frame | None, count: Count | None) -> str:
    """Denied under a denial, and for a count of none: "no civilians were hurt" denies a loss."""
    if frame is not None and frame.denial:
        return "denied"
    return "denied" if count is not None and count.high == 0 else "asserted"


def _implicit_misread(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """Whether an implicit count's reading is one the text does not support.

    A verb in title case: "Forces Capture Taliban Leader" is a headline,
    whose capitals make every word look like a name. (A thing that only
    people suffer, "the base had been killed", is ruled out for every count
    by :func:`_for_unit`.)
    """
    at = trigger.at
    return at is not None and at > 0 and tokens[at].text[:1].isupper()


def _is_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb of its own before a count ("burned 40 tankers")."""
    if word in lex.COMPLEMENT_VERBS or word in lex.IRREGULAR_PAST:
        return True
    return word.endswith("ed") and word not in lex.PASSIVE_GAP


def _joined_object(tokens: Sequence[Token], first: int, np_end: int, previous: Draft | None) -> bool:
    """Whether an implicit count right after "and" or "," is one more object of the verb before.

    "killed a leader and a facilitator" is; in "… were killed, the
    commander said" (or ", a local councillor, Aminu Garba, said") the
    noun phrase is the subject of a verb of its own, and after a name
    (", a senior al-Shabaab leader") it is the name's appositive. A verb
    after a comma and another subject is not its own ("killed a governor
    and his driver, officials said").
    """
    before = tokens[first - 1].lower if first > 0 else ""
    along = before == "with" and first > 1 and tokens[first - 2].lower in {"along", "together"}
    if before not in {"and", ",", "plus"} and not along:
        return False  # "associated with the Taliban governor" joins nothing
    named = previous is not None and previous.count is not None and previous.count.text[:1].isupper()
    if tokens[first - 1].text == "," and (named or _after_speakers_name(tokens, first - 1)):
        return False
    for k, token in enumerate(tokens[np_end : np_end + _OWN_VERB_REACH], start=np_end):
        word = token.lower
        if word in lex.AUXILIARIES or word in _speech.REPORTING_VERBS or (word.endswith("ed") and token.is_word):
            return False
        if word in {".", ";", "and"}:
            return True
        if word == "," and before != "," and k + 1 < len(tokens) and not tokens[k + 1].text[:1].isupper():
            return True  # "killed a governor and his driver in Kabul, officials said": another subject's verb
    return True


def _after_speakers_name(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a speaker's name after its verb: '…," said Ali Musa, a commander'."""
    k = comma - 1
    while k >= 0 and comma - k <= _SPEAKER_NAME_REACH and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
        k -= 1
    return k < comma - 1 and k >= 0 and tokens[k].lower in _speech.REPORTING_VERBS


