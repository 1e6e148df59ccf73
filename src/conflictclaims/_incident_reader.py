"""Reading an article for the incidents stage: its layout, times, events and places, and what it says around a claim."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Final

from attrs import define

from conflictclaims import _claim_lexicon as claim_lex
from conflictclaims import _incident_lexicon as lex
from conflictclaims._incident_cues import (
    BACKGROUND_TIME_RE,
    BREAK,
    CAME_AFTER_RE,
    CURRENT_TIME_RE,
    DATELINE_DATE_RE,
    DATELINE_PLACE_RE,
    DEFINITE_RE,
    DEMONSTRATIVE_RE,
    DETERMINED_RUNS,
    EVENT_NOUN_RE,
    EVENT_NOUN_STARTS,
    EVENT_PLACE_KINDS,
    FRAME_RE,
    GOVERNED_RE,
    IN_YEAR_RE,
    LINKED_RE,
    LOCATIVE_RE,
    MAIN_CLAUSE_RE,
    METONYMY_RE,
    MONTH_NUMBER,
    MOURNED_RE,
    NAME_GOES_ON_RE,
    OPENING_EVENT_RE,
    OPENING_MONTH_RE,
    PARAGRAPH_ENDS,
    REACTED_RE,
    REPORTING_RE,
    SEPARATE_RE,
    SUMMARY_RE,
    TIME_CUE_WORDS,
    TIME_CUES_RE,
    TIME_REACH,
    WAR_TOLL_RE,
    WORD,
    YEAR_RE,
    ends_abbreviation,
    in_own_clause,
    is_short,
    last_runs_start,
    name_words,
    people_of,
    points_back,
    stands_near,
    words_at_end,
    words_at_start,
)
from conflictclaims._incident_notes import ArticleParts, Note, read_count
from conflictclaims._incident_words import is_prose, matches_at, word_starts
from conflictclaims._patterns import lower_keeping_offsets, offsets_of, word_offsets
from conflictclaims.model import Claim, ClaimRole, Location

__all__ = ["ArticleParts", "Note", "Reader"]

# How far around a claim its cue words are looked for, in characters: about a
# clause. Long sentences are never read whole, so the stage stays linear.
_BEFORE: Final = 110
_AFTER: Final = 100
# How far before a claim a cue may stand that blames someone for it ("responsible for the …").
_BLAME_REACH: Final = 70
# A toll whose time ended this many days before the article's date is an earlier incident.
_EARLIER_DAYS: Final = 3
# The lede is among the body's first few sentences.
_LEDE_REACH: Final = 4
# A claim dated to a day (or two) is dated closely enough to tell its incident apart.
_DAY_SPAN: Final = 1
# Sentences back within a paragraph where a sentence without places finds them.
_PLACE_REACH: Final = 3
# How far after a claim the event it is about may stand.
_EVENT_AFTER: Final = 45
_LONGEST_EVENT_START: Final = max(map(len, EVENT_NOUN_STARTS))
# How far back (in characters) "the attack" looks for the attack it refers to.
_ANTECEDENT_REACH: Final = 8_000


@define
class _Event:
    """An event noun in the text ("an attack", "the raid"), and once read, whether it is an earlier event."""

    start: int
    end: int
    noun: str
    background: bool | None = None


class Reader:
    """The article text cut into sentences and paragraphs, lower-cased once, with its events and places."""

    def __init__(self, article: ArticleParts) -> None:
        self.article = article
        self.text = article.text
        self.lowered = lower_keeping_offsets(article.text) if article.lowered is None else article.lowered
        self.sentence_starts, self.paragraph_starts = self._breaks()
        self.title = self._title_span()
        # Read on demand, near claims only: most of a text holds no claim.
        self._lede: tuple[int, int | None] | None = None
        self._reference: tuple[int | None, int | None] | None = None
        self._frames: dict[int, bool] = {}
        self._events: dict[int, _Event] = {}
        self._event_offsets: list[int] | None = None
        self.places = self._place_mentions()
        self.place_starts = [start for start, _ in self.places]
        self._places_cache: dict[int, tuple[Location, ...]] = {}

    # ---- layout

    def _breaks(self) -> tuple[list[int], list[int]]:
        """Where sentences and paragraphs start, in one pass.

        A line break, or a sentence end followed by a run of spaces (press
        releases that lost their line breaks), also starts a paragraph.
        """
        text = self.text
        sentences, paragraphs = [0], [0]
        done = 0
        # ``BREAK.finditer``, tried only where a stop or a line break stands (found in C).
        for at in offsets_of(text, ".!?\n"):
            match = BREAK.match(text, at) if at >= done else None
            if match is None:
                continue
            end = done = match.end()
            if end >= len(text):
                break
            found = match.group()
            line_break = "\n" in found
            if found[0] == "." and not line_break and ends_abbreviation(text, match.start()):
                continue
            sentences.append(end)
            if line_break or "   " in found or (found[0] in PARAGRAPH_ENDS and "  " in found):
                paragraphs.append(end)
        return sentences, paragraphs

    def sentence_of(self, offset: int) -> tuple[int, tuple[int, int]]:
        """The number of the sentence holding ``offset``, and its bounds."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return i, (self.sentence_starts[i], end)

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def _title_span(self) -> tuple[int, int] | None:
        title = (self.article.title or "").strip()
        if not title:
            return None
        at = self.text.find(title, 0, 2_000)
        return None if at < 0 else (at, at + len(title))

    def is_lede(self, number: int) -> bool:
        """Whether sentence ``number`` is the lede: the body's first sentence of prose.

        Press releases open with a line of furniture, so the lede is the
        first of the body's first few sentences that reads as prose; a
        sentence further on is none, and is not read.
        """
        if self._lede is None:
            body = self.title[1] if self.title is not None else 0
            first = max(0, bisect.bisect_right(self.sentence_starts, body) - 1)
            if self.title is not None and self.sentence_starts[first] < body:
                first += 1
            self._lede = (first, None)
        first, lede = self._lede
        if not first <= number < first + _LEDE_REACH:
            return False
        if lede is None:
            last = min(first + _LEDE_REACH, len(self.sentence_starts))
            lede = next((n for n in range(first, last) if self._prose(n)), -1)
            self._lede = (first, lede)
        return number == lede

    def _prose(self, number: int) -> bool:
        _, (start, end) = self.sentence_of(self.sentence_starts[number])
        return is_prose(self.text, self.article.tokens, start, min(end, start + 200))

    # ---- time

    @property
    def year(self) -> int | None:
        """The year the article reports from: its date, else its dateline (read on first use)."""
        if self._reference is None:
            self._reference = self._reference_date()
        return self._reference[0]

    @property
    def month(self) -> int | None:
        """The month the article reports from, as :attr:`year`."""
        if self._reference is None:
            self._reference = self._reference_date()
        return self._reference[1]

    def _reference_date(self) -> tuple[int | None, int | None]:
        """The year and month the article reports from: its date, else its dateline."""
        published = self.article.published
        if published is not None:
            return published.year, published.month
        head = self.lowered[:600]
        dateline = DATELINE_DATE_RE.search(head)
        if dateline is not None and dateline.group(2):
            year: int | None = int(dateline.group(2))
        else:
            years = [int(y) for y in YEAR_RE.findall(head)]
            year = max(years) if years else None
        month = MONTH_NUMBER[dateline.group(1)] if dateline is not None else None
        return year, month

    def frame_of(self, number: int) -> bool:
        """Whether an opening of sentence ``number``'s paragraph ("Last month, …") set it in an earlier time."""
        known = self._frames.get(number)
        if known is not None:
            return known
        paragraph = self.paragraph_of(self.sentence_starts[number])
        first = number
        while (
            first > 0
            and first - 1 not in self._frames
            and self.paragraph_of(self.sentence_starts[first - 1]) == paragraph
        ):
            first -= 1
        frame = (
            self._frames.get(first - 1, False)
            if first > 0 and self.paragraph_of(self.sentence_starts[first - 1]) == paragraph
            else False
        )
        for sentence in range(first, number + 1):
            opening = self.lowered[self.sentence_starts[sentence] : self.sentence_starts[sentence] + 40]
            month = OPENING_MONTH_RE.match(opening)
            if FRAME_RE.match(opening) or (
                month is not None and self.month is not None and MONTH_NUMBER[month.group(1)[:3]] != self.month
            ):
                frame = True
            elif frame and CURRENT_TIME_RE.search(opening):
                # Only an earlier time told before can be ended by the time of the report.
                frame = False
            self._frames[sentence] = frame
        return frame

    def _past_year(self, window: str) -> bool:
        """Whether ``window`` dates something to a year before the article's ("in 2019")."""
        # Every year it reads holds "19" or "20"; the article's own year is looked for only then.
        if "19" not in window and "20" not in window:
            return False
        years = IN_YEAR_RE.findall(window)
        return bool(years) and self.year is not None and any(int(year) < self.year for year in years)

    # ---- events

    def _events_in(self, start: int, end: int) -> list[_Event]:
        """The event nouns between two offsets (``end`` no further than a claim's window), each read once and kept."""
        if self._event_offsets is None:
            # Events are looked for around claims and back from them: none past the last claim's window.
            last = max((claim.evidence.end for claim in self.article.claims), default=len(self.text))
            last += _EVENT_AFTER + _LONGEST_EVENT_START
            self._event_offsets = word_offsets(self.lowered[:last], EVENT_NOUN_STARTS)
        offsets = self._event_offsets
        found = []
        done = start
        # ``EVENT_NOUN_RE.finditer``, tried only where an event noun's first word stands.
        for at in offsets[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)]:
            match = EVENT_NOUN_RE.match(self.lowered, at, end) if at >= done else None
            if match is None:
                continue
            done = match.end()
            event = self._events.get(match.start())
            if event is None:
                noun = match.group().split()[-1].removesuffix("es" if match.group().endswith("shes") else "s")
                event = self._events[match.start()] = _Event(start=match.start(), end=match.end(), noun=noun)
            found.append(event)
        return found

    def is_background(self, event: _Event) -> bool:
        """Whether ``event`` is an earlier event: by its own words, or by the events it refers back to."""
        # Followed back iteratively: a text may refer to "the attack" thousands of times.
        waiting = []
        while (known := event.background) is None:
            own, earlier = self._read_event(event)
            if own is not None or earlier is None:
                known = bool(own)
                break
            waiting.append(event)
            event = earlier
        event.background = known
        for told in waiting:
            told.background = known
        return known

    def _read_event(self, event: _Event) -> tuple[bool | None, _Event | None]:
        """An event's own time, or (``None``) the event it refers back to."""
        lowered = self.lowered
        number, (start, end) = self.sentence_of(event.start)
        lead = lowered[max(start, event.start - 70) : event.start]
        tail = lowered[event.end : min(end, event.end + 45)]
        lead_words = words_at_end(lead, 4)
        near = " ".join([*lead_words, "|", *words_at_start(tail, 5)])
        if (
            GOVERNED_RE.search(lead) is not None
            or any(word in lex.EARLIER_EVENT_WORDS for word in lead_words[-3:])
            or BACKGROUND_TIME_RE.search(near) is not None
            or self._past_year(near)
        ):
            return True, None
        # A determiner and the words after it stand in the lead's last runs of non-space (see ``points_back``).
        determined = last_runs_start(lead, DETERMINED_RUNS)
        if DEFINITE_RE.search(lead, determined) is not None:
            # "the attack": the last attack told before it, looked for nearest first, not too far back.
            paragraph_start = self.paragraph_starts[self.paragraph_of(event.start)]
            demonstrative = DEMONSTRATIVE_RE.search(lead, determined) is not None
            high, reach = event.start, 500
            while high > 0 and event.start - high < _ANTECEDENT_REACH:
                low = max(0, event.start - reach)
                before = self._events_in(low, high)
                same = [told for told in before if told.noun == event.noun]
                if same:
                    return None, same[-1]
                if demonstrative and high == event.start and before and before[-1].start >= paragraph_start:
                    # "That fighting": the event just told in the paragraph, whatever it was called.
                    return None, before[-1]
                high, reach = low, reach * 4
        return self.frame_of(number), None

    def _event_of(self, claim: Claim, sentence: tuple[int, int]) -> _Event | None:
        """The event a claim's clause is about: the nearest event noun in its sentence, not across a clause."""
        start, end = claim.evidence.start, claim.evidence.end
        best: tuple[int, _Event] | None = None
        for event in self._events_in(max(sentence[0], start - _BEFORE), min(sentence[1], end + _EVENT_AFTER)):
            if event.end <= start:
                if OPENING_EVENT_RE.fullmatch(self.lowered, sentence[0], event.start) is not None:
                    return event
                if MAIN_CLAUSE_RE.search(self.lowered, event.end, start):
                    continue
                distance = start - event.end
            elif GOVERNED_RE.search(self.lowered, max(start, event.start - 70), event.start) is not None:
                continue  # "captured a leader responsible for attacks": what the captive did, not this event
            elif event.start < end and self._in_aside(start, event, end):
                continue  # "The commander, blamed for a car bomb last month …, was detained": an aside
            elif event.start >= end and self._came_after(end, event):
                continue  # "killed 5 soldiers, two days after a similar attack": the attack is another event
            else:
                distance = max(0, event.start - end)
            if best is None or distance < best[0]:
                best = (distance, event)
        return None if best is None else best[1]

    def _came_after(self, end: int, event: _Event) -> bool:
        """Whether ``event``, after a comma past the claim, is what the claim's event came after or before."""
        between = self.lowered[end : event.start]
        return "," in between and any(word in {"after", "before", "since"} for word in WORD.findall(between))

    def _in_aside(self, start: int, event: _Event, end: int) -> bool:
        """Whether ``event`` stands between two commas inside the claim's words."""
        return "," in self.lowered[start : event.start] and "," in self.lowered[event.end : end]

    # ---- places

    def _place_mentions(self) -> list[tuple[int, Location]]:
        """Mentions of places below country level, in text order, leaving out some that are no place of an event.

        Left out: the dateline (where the reporter is), a place named for its
        rulers ("the Damascus government") and a person's name read as a place.
        """
        dateline = DATELINE_PLACE_RE.search(self.text, 0, 1_500)
        found = []
        for location in self.article.locations:
            if location.kind not in EVENT_PLACE_KINDS:
                continue
            for span in location.mentions:
                if dateline is not None and dateline.start() <= span.start < dateline.end():
                    continue
                locative = LOCATIVE_RE.search(self.lowered, max(0, span.start - 12), span.start) is not None
                if not locative and METONYMY_RE.match(self.lowered, span.end):
                    continue
                if NAME_GOES_ON_RE.match(self.text, span.end):
                    continue
                found.append((span.start, location))
        return sorted(found, key=lambda item: item[0])

    def _places_of(self, number: int) -> tuple[Location, ...]:
        """The places a sentence names, or failing that the nearest earlier sentence of its paragraph."""
        found = self._places_cache.get(number)
        if found is None:
            found = self._places_cache[number] = self._read_places(number)
        return found

    def _read_places(self, number: int) -> tuple[Location, ...]:
        paragraph = self.paragraph_of(self.sentence_starts[number])
        for earlier in range(number, max(-1, number - _PLACE_REACH - 1), -1):
            start = self.sentence_starts[earlier]
            if self.paragraph_of(start) != paragraph:
                break
            end = self.sentence_starts[earlier + 1] if earlier + 1 < len(self.sentence_starts) else len(self.text)
            lo, hi = bisect.bisect_left(self.place_starts, start), bisect.bisect_left(self.place_starts, end)
            if hi > lo:
                # By identity: hashing a location hashes all its mentions.
                return tuple({id(location): location for _, location in self.places[lo:hi]}.values())
        return ()

    # ---- one claim

    def note(self, index: int, claim: Claim) -> Note:
        """Read what the text says around ``claim``."""
        start, end = claim.evidence.start, claim.evidence.end
        number, sentence = self.sentence_of(start)
        note = Note(index=index, claim=claim, sentence=sentence, paragraph=self.paragraph_of(start))
        note.headline = self.title is not None and self.title[0] <= start < self.title[1]
        note.lede = not note.headline and self.is_lede(number)
        subject_words = name_words(claim.subject.name)
        read_count(self.lowered, note, subject_words)
        lowered = self.lowered
        # "… were killed by Afghan and international forces during separate operations": the agent may come between.
        window = (max(sentence[0], start - _BEFORE), min(sentence[1], end + 2 * _AFTER))
        note.summary = any(
            # "a commander responsible for several IED attacks": his past, no sum of this report's events.
            GOVERNED_RE.search(lowered, max(0, match.start() - _BLAME_REACH), match.start()) is None
            for match in SUMMARY_RE.finditer(lowered, *window)
        )
        event = self._event_of(claim, sentence)
        if event is not None:
            note.refers = points_back(DEFINITE_RE, lowered, max(0, event.start - 40), event.start)
        note.reacted = self._reacted_to(claim, sentence)
        if note.reacted:
            note.time, note.timed = ClaimRole.BACKGROUND, True
        else:
            note.time, note.timed = self._time(claim, number, sentence, event)
        period = claim.period
        if period is not None and (period.end - period.start).days <= _DAY_SPAN and stands_near(period, claim):
            note.day = period
        note.group, note.head = people_of(claim.subject)
        note.attackers = any(word in lex.PERPETRATOR_NOUNS for word in subject_words)
        # A headline's places are often its speakers ("Moscow says …"); the body says where.
        note.places = () if note.headline else self._places_of(number)
        return note

    def opens_another(self, note: Note) -> bool:
        """Whether a claim's sentence opens another incident: "in a separate attack", "elsewhere".

        Read in the sentence's opening and the clause before the claim; only
        for the claims that could open one (see ``incidents._group``).
        """
        start, end = note.claim.evidence.start, note.claim.evidence.end
        sentence = note.sentence
        clause = self.lowered[sentence[0] : min(sentence[1], sentence[0] + _BEFORE)]
        if start - sentence[0] > _BEFORE:
            clause += " " + self.lowered[start - _BEFORE : end]
        return SEPARATE_RE.search(clause) is not None

    def _cues(self, start: int, end: int) -> dict[str, list[int]]:
        """The time cues between two offsets, by kind, each with its offset: one pass over the text."""
        found: dict[str, list[int]] = {}
        # Tried only where a cue's first word stands, when the token table tells where.
        starts = word_starts(self.article.tokens, self.text, start, end, TIME_CUE_WORDS)
        matches = (
            TIME_CUES_RE.finditer(self.lowered, start, end)
            if starts is None
            else matches_at(TIME_CUES_RE, self.lowered, starts, end)
        )
        for match in matches:
            kind = match.lastgroup
            if kind == "year_number" and (self.year is None or int(match.group(kind)) >= self.year):
                continue
            if kind is not None:
                found.setdefault(kind.removesuffix("_number"), []).append(match.start())
        return found

    def _blamed_for(self, claim: Claim, sentence: tuple[int, int]) -> bool:
        """Whether the claim is what someone is blamed for, a deed of the past.

        ``RESPONSIBILITY-CUE {word} (NOMINAL | GERUND) …``: "responsible for
        the assassination of a district governor", "accused of kidnapping
        three aid workers".
        """
        start = claim.evidence.start
        first = WORD.match(self.lowered, start)
        if first is None or not (first.group() in claim_lex.NOMINAL_TRIGGERS or first.group().endswith("ing")):
            return False
        return GOVERNED_RE.search(self.lowered, max(sentence[0], start - _BLAME_REACH), start) is not None

    def _told_before(self, claim: Claim, sentence: tuple[int, int]) -> bool:
        """Whether a toll is told as before the event: "had abducted 30 villagers … a week earlier".

        ``"had" ["been"] TOLL {word} EARLIER-WORD``, the time word after the
        toll in its own clause (before a comma or the sentence's end); or
        ``("days" | "weeks" …) "after" {word} TOLL``: "came two days after
        militants killed 12 soldiers".
        """
        start, end = claim.evidence.start, claim.evidence.end
        lowered = self.lowered
        if CAME_AFTER_RE.search(lowered, max(sentence[0], start - 50), start) is not None:
            return True
        if not lowered.endswith(("had ", "had been "), max(sentence[0], start - 9), start):
            return False
        stop = lowered.find(",", end, sentence[1])
        return any(word in lex.EARLIER_AFTER for word in WORD.findall(lowered, end, sentence[1] if stop < 0 else stop))

    def _reacted_to(self, claim: Claim, sentence: tuple[int, int]) -> bool:
        """Whether the claim is the toll a protest, an arrest or a reprisal answers, an earlier incident.

        ``REACTION-CUE DET NOMINAL …``: "demonstrated to denounce the killing
        of three farmers"; ``LINK-CUE DET {word} ("that" | "which") …``:
        "arrested seven suspects over the bombing that killed five";
        ``MOURNING-CUE COUNT …``: "held a vigil for 2 colleagues killed in March".
        """
        start = claim.evidence.start
        lead = max(sentence[0], start - _BLAME_REACH)
        lowered = self.lowered
        if lowered.endswith(("that ", "which "), lead, start):
            return LINKED_RE.search(lowered, lead, start) is not None
        count = claim.count
        if count is not None and count.span is not None and count.span.start == start:
            return MOURNED_RE.search(lowered, lead, start) is not None  # "a vigil for 2 colleagues killed in March"
        first = WORD.match(lowered, start)
        if first is None or first.group() not in claim_lex.NOMINAL_TRIGGERS:
            return False
        return REACTED_RE.search(lowered, lead, start) is not None

    def _time(  # noqa: PLR0911 - one exit per kind of time cue, strongest first
        self, claim: Claim, number: int, sentence: tuple[int, int], event: _Event | None
    ) -> tuple[ClaimRole, bool]:
        """Whether ``claim`` tolls the reported event, an earlier one or a running total, and if words said so."""
        start, end = claim.evidence.start, claim.evidence.end
        lowered = self.lowered
        first = max(sentence[0], start - _BEFORE)
        cues = self._cues(first, min(sentence[1], end + _AFTER))
        period = claim.period
        near = period is not None and stands_near(period, claim)
        own_period = period is not None and not is_short(period) and in_own_clause(period, claim)
        since = "since" in cues and not (near and period is not None and is_short(period))
        if own_period or since or "cumulative" in cues or WAR_TOLL_RE.search(lowered, first, end):
            return ClaimRole.CUMULATIVE, True
        if self._blamed_for(claim, sentence) or self._told_before(claim, sentence):
            return ClaimRole.BACKGROUND, True
        earlier = cues.get("earlier", []) + cues.get("year", [])
        if event is not None:
            # "a suicide bombing … that month, killed about 170": a time in the toll's own clause wins.
            clause = max(sentence[0], start - 2 * TIME_REACH)
            said = list(REPORTING_RE.finditer(lowered, clause, end))
            clause = said[-1].end() if said else clause
            here = any(clause <= at < end for at in earlier)
            return (ClaimRole.BACKGROUND if here or self.is_background(event) else ClaimRole.REPORT), True
        if "current" in cues:
            return ClaimRole.REPORT, True
        if earlier:
            return ClaimRole.BACKGROUND, True
        if self.frame_of(number):
            return ClaimRole.BACKGROUND, False
        published = self.article.published
        if near and period is not None and published is not None:
            day = published.date() if isinstance(published, dt.datetime) else published
            if (day - period.end).days > _EARLIER_DAYS:
                return ClaimRole.BACKGROUND, True
        return ClaimRole.REPORT, False
