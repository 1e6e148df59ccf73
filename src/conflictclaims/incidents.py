"""Incidents: an article's claims grouped by the event they are about, each with its role.

:func:`find_incidents` works on finished claims and the article text, in four
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

import bisect
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING, Final

from attrs import define, field

from conflictclaims import _incident_lexicon as lex
from conflictclaims._patterns import alternation, lower_keeping_offsets
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    ClaimRole,
    DateRange,
    Incident,
    IncidentClaim,
    Location,
    LocationKind,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["find_incidents"]

# How far around a claim its cue words are looked for, in characters: about a
# clause. Long sentences are never read whole, so the stage stays linear.
_BEFORE: Final = 110
_AFTER: Final = 100
# A time expression this close to a claim is the claim's own; a running total
# gives its period closer still ("killed thousands last year").
_TIME_REACH: Final = 40
_OWN_TIME_REACH: Final = 20
# A period longer than this (in days) is a running total, not one event.
_EVENT_DAYS: Final = 14
# A toll whose time ended this many days before the article's date is an earlier incident.
_EARLIER_DAYS: Final = 3
# A claim dated to a day (or two), this many days from every day of an incident, is another incident.
_DAY_SPAN: Final = 1
_DAYS_APART: Final = 2
# How many earlier tolls a claim is compared with, besides the first few summaries.
_REACH_BACK: Final = 12
_SUMMARIES: Final = 4
# Sentences back within a paragraph where a sentence without places finds them.
_PLACE_REACH: Final = 3
# How far back (in characters) "the attack" looks for the attack it refers to.
_ANTECEDENT_REACH: Final = 8_000

# --------------------------------------------------------------------------- patterns


def _phrases(phrases: Iterable[str]) -> str:
    return r"(?<!\w)" + alternation(phrases)


_MONTHS: Final = "|".join(lex.MONTHS)
_EVENT_NOUNS: Final = alternation(lex.EVENT_NOUNS)

_BREAK: Final = re.compile(r"""[.!?]["'”’)\]]*(?:\s+|$)|\n\s*""")
_PARAGRAPH_ENDS: Final = frozenset('.!?"”’')
# "Col. Rafael", "Aug. 14", "J. Smith", "U.S. Army": a title, a month or an initial ends no sentence.
_ABBREVIATIONS: Final = frozenset(lex.ABBREVIATIONS)
_LONGEST_ABBREVIATION: Final = 8
_WORD: Final = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# "in 2019", "between 2002 and 2008", "in May 2025".
_YEAR_CUE: Final = (
    rf"(?:in|during|since|of|between|from)\s+(?:early\s+|late\s+|mid-)?(?:(?:{_MONTHS})\s+)?"
    r"(?P<year_number>19[5-9]\d|20\d\d)(?!\w)"
)
# Every time cue in one pattern, so that a claim's clause is read once: a running
# total; "since 2009", "since February 2022", "since the 2021 coup"; an earlier
# time; the time of the reported event; a year (kept when before the article's).
_TIME_CUES_RE: Final = re.compile(
    # One word-start check for every branch: several times faster than one per branch.
    r"(?<!\w)(?:"
    + "|".join(
        [
            f"(?P<cumulative>{alternation(lex.CUMULATIVE_PHRASES)})",
            rf"(?P<since>since\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{{4}}|{_MONTHS})(?!\w))",
            f"(?P<earlier>{alternation(lex.BACKGROUND_TIME)})",
            f"(?P<current>{alternation(lex.CURRENT_TIME)})",
            _YEAR_CUE,
        ]
    )
    + ")"
)
# "The war has killed …", "the conflict, now in its third year, has left …".
_WAR_TOLL_RE: Final = re.compile(
    _phrases(lex.WAR_NOUNS)
    + r"(?:\s+[\w,]+){0,4}?\s+(?:has|have|had)\s+(?:\w+\s+)?"
    + alternation(lex.TOLL_VERBS_OF_WARS)
)
_BACKGROUND_TIME_RE: Final = re.compile(_phrases(lex.BACKGROUND_TIME))
_CURRENT_TIME_RE: Final = re.compile(_phrases(lex.CURRENT_TIME))
_FRAME_RE: Final = re.compile(r"\W*" + alternation(lex.FRAME_OPENERS))
_OPENING_MONTH_RE: Final = re.compile(rf"\s*(?:in|during|on|by)\s+(?:early\s+|late\s+|mid-)?({_MONTHS})(?!\w)")
_IN_YEAR_RE: Final = re.compile(r"(?<!\w)" + _YEAR_CUE)
_YEAR_RE: Final = re.compile(r"(?<![\w-])(?:19[5-9]\d|20\d\d)(?![\w-])")
_MONTH_NUMBER: Final = {month[:3]: number for number, month in enumerate(lex.MONTHS, start=1)}
# "KABUL, Afghanistan (July 30) -": the month (and year) a press release is dated.
_DATELINE_DATE_RE: Final = re.compile(
    r"\(\s*(" + "|".join(_MONTH_NUMBER) + r")[a-z]*\.?\s+\d{1,2}(?:,?\s+(\d{4}))?\s*\)"
)
# "KABUL, Afghanistan (July 30) -", "YANGON, Aug 21 -": where the report was filed.
_DATELINE_PLACE_RE: Final = re.compile(r"\b[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*,\s[^\n]{0,40}?\s[-–—]\s")

_EVENT_NOUN_RE: Final = re.compile(r"(?<!\w)" + _EVENT_NOUNS)
# A determiner that makes an event noun point back: "the raid", "Sunday's attack".
_DEFINITE_RE: Final = re.compile(r"(?<!\w)(?:the|this|that|these|those|its|their|same|[a-z]+'s)\s+(?:[\w-]+\s+){0,2}$")
_DEMONSTRATIVE_RE: Final = re.compile(r"(?<!\w)(?:this|that|these|those)\s+(?:[\w-]+\s+){0,2}$")
# "responsible for an attack", "planned and directed a recent ambush"; not "a coordinated assault".
_GOVERNED_RE: Final = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)" + _phrases(lex.RESPONSIBILITY_CUES) + r"(?:\s+[\w'’.,-]+){0,4}?\s*$"
)
# "During the attack, two soldiers were killed, three wounded …": an event opening a sentence covers it.
_OPENING_EVENT_RE: Final = re.compile(
    r"\W*(?:(?:during|in|after|following|before|amid|throughout)\s+)?"
    r"(?:the|this|that|these|those|its|their|a|an)\s+(?:[\w-]+\s+){0,3}"
)
# A clause of its own between an event noun and a toll: the toll is not the event's.
_MAIN_CLAUSE_RE: Final = re.compile(
    r"[,;:]\s*(?:and\s+|but\s+)?(?:[\w-]+\s+){0,3}?(?:was|were|is|are|has|have|had)\b|[.;]|,\s+(?:and|but|while)\s"
)
_REPORTING_RE: Final = re.compile(r"(?<!\w)(?:said|says|say|told|tells|according to|reported|added|claimed)(?!\w)")
_SEPARATE_RE: Final = re.compile(
    _phrases(lex.ELSEWHERE)
    + r"|(?<!\w)in\s+"
    + alternation(lex.SEPARATE_WORDS, word_end=False)
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _EVENT_NOUNS
)

# Places: a place named for its rulers, a person's name, or a locative.
_METONYMY_RE: Final = re.compile(r"[\s-]*(?:'s\s+)?" + alternation(lex.METONYMY_AFTER))
_NAME_GOES_ON_RE: Final = re.compile(
    r" (?!(?:Province|District|State|Region|City|Governorate|County|Township|Village|Valley|Oblast)\b)[A-Z][a-z]"
)
_LOCATIVE_RE: Final = re.compile(r"(?<!\w)(?:in|at|near|outside|around|from)\s+(?:the\s+)?$")
_EVENT_PLACE_KINDS: Final = frozenset({LocationKind.CITY, LocationKind.ADMIN1, LocationKind.ADMIN2})

# Count cues. Up to two words may stand between a subset cue and the count ("among the martyrs were four").
_SUBSET_BEFORE_RE: Final = re.compile(_phrases(lex.SUBSET_BEFORE) + r"(?:\s+[\w'’-]+){0,2}?\s*[:,]?\s*$")
# "two of them", "one of the men killed": a partitive after the count (not "15 of the attackers").
_SUBSET_AFTER_RE: Final = re.compile(r"\s*(?:" + alternation(lex.SUBSET_AFTER) + r"|of\s+the\s+(?!attack|assail)\w)")
_TOTAL_BEFORE_RE: Final = re.compile(_phrases(lex.TOTAL_PHRASES) + r"\s*$")
_TOTAL_AFTER_RE: Final = re.compile(r"\s*(?:in\s+(?:all|total)|altogether)(?!\w)")


# --------------------------------------------------------------------------- reading the text


@define
class _Event:
    """An event noun in the text ("an attack", "the raid"), and once read, whether it is an earlier event."""

    start: int
    end: int
    noun: str
    background: bool | None = None


@define
class _Note:
    """What the text says around one claim."""

    index: int
    claim: Claim
    sentence: tuple[int, int]
    paragraph: int
    headline: bool = False
    lede: bool = False
    # REPORT for the events reported, else BACKGROUND or CUMULATIVE; ``timed`` when
    # words of its own clause said so, rather than the default.
    time: ClaimRole = ClaimRole.REPORT
    timed: bool = False
    subset: bool = False
    total: bool = False
    additive: bool = False
    refers: bool = False
    separate: bool = False
    group: str | None = None
    head: str | None = None  # the noun that names its people ("insurgent"), when the lexicon knows it
    attackers: bool = False
    places: tuple[Location, ...] = ()
    day: DateRange | None = None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(place.name.lower() for place in self.places)


class _Reader:
    """The article text cut into sentences and paragraphs, lower-cased once, with its events and places."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.lowered = lower_keeping_offsets(article.text)
        self.sentence_starts, self.paragraph_starts = self._breaks()
        self.title = self._title_span()
        self.lede = self._lede_sentence()
        self.year, self.month = self._reference_date()
        # Read on demand, near claims only: most of a text holds no claim.
        self._frames: dict[int, bool] = {}
        self._events: dict[int, _Event] = {}
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
        for match in _BREAK.finditer(text):
            end = match.end()
            if end >= len(text):
                break
            found = match.group()
            line_break = "\n" in found
            if found[0] == "." and not line_break and _abbreviation(text, match.start()):
                continue
            sentences.append(end)
            if line_break or "   " in found or (found[0] in _PARAGRAPH_ENDS and "  " in found):
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

    def _lede_sentence(self) -> int | None:
        """The body's first sentence of prose (press releases open with a line of furniture)."""
        body = self.title[1] if self.title is not None else 0
        first = max(0, bisect.bisect_right(self.sentence_starts, body) - 1)
        if self.title is not None and self.sentence_starts[first] < body:
            first += 1
        for number in range(first, min(first + 4, len(self.sentence_starts))):
            _, (start, end) = self.sentence_of(self.sentence_starts[number])
            words = _WORD.findall(self.text, start, min(end, start + 200))
            # Prose has a few words and at least a third of them in lower case.
            if len(words) >= 6 and 3 * sum(word[0].islower() for word in words) >= len(words):  # noqa: PLR2004
                return number
        return None

    # ---- time

    def _reference_date(self) -> tuple[int | None, int | None]:
        """The year and month the article reports from: its date, else its dateline."""
        published = self.article.published
        if published is not None:
            return published.year, published.month
        head = self.lowered[:600]
        dateline = _DATELINE_DATE_RE.search(head)
        if dateline is not None and dateline.group(2):
            year: int | None = int(dateline.group(2))
        else:
            years = [int(y) for y in _YEAR_RE.findall(head)]
            year = max(years) if years else None
        month = _MONTH_NUMBER[dateline.group(1)] if dateline is not None else None
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
            month = _OPENING_MONTH_RE.match(opening)
            if _FRAME_RE.match(opening) or (
                month is not None and self.month is not None and lex.MONTHS.index(month.group(1)) + 1 != self.month
            ):
                frame = True
            elif _CURRENT_TIME_RE.search(opening):
                frame = False
            self._frames[sentence] = frame
        return frame

    def _past_year(self, window: str) -> bool:
        """Whether ``window`` dates something to a year before the article's ("in 2019")."""
        return self.year is not None and any(int(year) < self.year for year in _IN_YEAR_RE.findall(window))

    # ---- events

    def _events_in(self, start: int, end: int) -> list[_Event]:
        """The event nouns between two offsets, each read once and kept."""
        found = []
        for match in _EVENT_NOUN_RE.finditer(self.lowered, start, end):
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
        near = " ".join([*_WORD.findall(lead)[-4:], "|", *_WORD.findall(tail)[:5]])
        if (
            _GOVERNED_RE.search(lead) is not None
            or any(word in lex.EARLIER_EVENT_WORDS for word in _WORD.findall(lead)[-3:])
            or _BACKGROUND_TIME_RE.search(near) is not None
            or self._past_year(near)
        ):
            return True, None
        if _DEFINITE_RE.search(lead):
            # "the attack": the last attack told before it, looked for nearest first, not too far back.
            paragraph_start = self.paragraph_starts[self.paragraph_of(event.start)]
            demonstrative = _DEMONSTRATIVE_RE.search(lead) is not None
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
        for event in self._events_in(max(sentence[0], start - _BEFORE), min(sentence[1], end + 45)):
            if event.end <= start:
                if _OPENING_EVENT_RE.fullmatch(self.lowered, sentence[0], event.start) is not None:
                    return event
                if _MAIN_CLAUSE_RE.search(self.lowered, event.end, start):
                    continue
                distance = start - event.end
            else:
                distance = max(0, event.start - end)
            if best is None or distance < best[0]:
                best = (distance, event)
        return None if best is None else best[1]

    # ---- places

    def _place_mentions(self) -> list[tuple[int, Location]]:
        """Mentions of places below country level, in text order, leaving out some that are no place of an event.

        Left out: the dateline (where the reporter is), a place named for its
        rulers ("the Damascus government") and a person's name read as a place.
        """
        dateline = _DATELINE_PLACE_RE.search(self.text, 0, 1_500)
        found = []
        for location in self.article.locations:
            if location.kind not in _EVENT_PLACE_KINDS:
                continue
            for span in location.mentions:
                if dateline is not None and dateline.start() <= span.start < dateline.end():
                    continue
                locative = _LOCATIVE_RE.search(self.lowered, max(0, span.start - 12), span.start) is not None
                if not locative and _METONYMY_RE.match(self.lowered, span.end):
                    continue
                if _NAME_GOES_ON_RE.match(self.text, span.end):
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

    def note(self, index: int, claim: Claim) -> _Note:
        """Read what the text says around ``claim``."""
        start, end = claim.evidence.start, claim.evidence.end
        number, sentence = self.sentence_of(start)
        note = _Note(index=index, claim=claim, sentence=sentence, paragraph=self.paragraph_of(start))
        note.headline = self.title is not None and self.title[0] <= start < self.title[1]
        note.lede = not note.headline and number == self.lede
        self._read_count(note)
        lowered = self.lowered
        # The sentence's opening and the clause before the claim.
        clause = lowered[sentence[0] : min(sentence[1], sentence[0] + _BEFORE)]
        if start - sentence[0] > _BEFORE:
            clause += " " + lowered[start - _BEFORE : end]
        note.separate = _SEPARATE_RE.search(clause) is not None
        event = self._event_of(claim, sentence)
        if event is not None:
            note.refers = _DEFINITE_RE.search(lowered, max(0, event.start - 40), event.start) is not None
        note.time, note.timed = self._time(claim, number, sentence, event)
        period = claim.period
        if period is not None and (period.end - period.start).days <= _DAY_SPAN and _near(period, claim):
            note.day = period
        note.group, note.head = _people(claim.subject)
        note.attackers = any(word in lex.PERPETRATOR_NOUNS for word in _WORD.findall(claim.subject.name.lower()))
        # A headline's places are often its speakers ("Moscow says …"); the body says where.
        note.places = () if note.headline else self._places_of(number)
        return note

    def _read_count(self, note: _Note) -> None:
        """The words right around the count: subset, total and additive markers."""
        claim = note.claim
        count = claim.count
        if count is None or count.span is None:
            return
        lowered = self.lowered
        sentence_start, sentence_end = note.sentence
        at, after = count.span.start, count.span.end
        lead = lowered[max(sentence_start, at - 40) : at]
        trail = lowered[after : min(sentence_end, after + 40)]
        note.subset = _SUBSET_BEFORE_RE.search(lead) is not None or _SUBSET_AFTER_RE.match(trail) is not None
        note.total = _TOTAL_BEFORE_RE.search(lead) is not None or _TOTAL_AFTER_RE.match(trail) is not None
        words = [
            *_WORD.findall(lead)[-2:],
            *_WORD.findall(lowered[after : max(after, claim.evidence.end)]),
            *_WORD.findall(claim.subject.name.lower())[:2],
        ]
        note.additive = any(word in lex.ADDITIVE_WORDS for word in words)

    def _cues(self, start: int, end: int) -> dict[str, list[int]]:
        """The time cues between two offsets, by kind, each with its offset: one pass over the text."""
        found: dict[str, list[int]] = {}
        for match in _TIME_CUES_RE.finditer(self.lowered, start, end):
            kind = match.lastgroup
            if kind == "year_number" and (self.year is None or int(match.group(kind)) >= self.year):
                continue
            if kind is not None:
                found.setdefault(kind.removesuffix("_number"), []).append(match.start())
        return found

    def _time(  # noqa: PLR0911 - one exit per kind of time cue, strongest first
        self, claim: Claim, number: int, sentence: tuple[int, int], event: _Event | None
    ) -> tuple[ClaimRole, bool]:
        """Whether ``claim`` tolls the reported event, an earlier one or a running total, and if words said so."""
        start, end = claim.evidence.start, claim.evidence.end
        lowered = self.lowered
        first = max(sentence[0], start - _BEFORE)
        cues = self._cues(first, min(sentence[1], end + _AFTER))
        period = claim.period
        near = period is not None and _near(period, claim)
        own_period = period is not None and not _short(period) and _own(period, claim)
        since = "since" in cues and not (near and period is not None and _short(period))
        if own_period or since or "cumulative" in cues or _WAR_TOLL_RE.search(lowered, first, end):
            return ClaimRole.CUMULATIVE, True
        earlier = cues.get("earlier", []) + cues.get("year", [])
        if event is not None:
            # "a suicide bombing … that month, killed about 170": a time in the toll's own clause wins.
            clause = max(sentence[0], start - 2 * _TIME_REACH)
            said = list(_REPORTING_RE.finditer(lowered, clause, end))
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


def _own(period: DateRange, claim: Claim) -> bool:
    """Whether a running total's period stands in the claim's own clause ("killed thousands last year")."""
    span = period.span
    evidence = claim.evidence
    return span is None or (span.end >= evidence.start - _OWN_TIME_REACH and span.start <= evidence.end + _TIME_REACH)


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Col.", "Aug.") or an initial ("J.", "U.S.")."""
    words = text[max(0, stop - _LONGEST_ABBREVIATION) : stop].split()
    word = words[-1].lstrip("(\"'“‘") if words else ""
    # Most sentences end in a lower-case word: no abbreviation.
    if not word or not word[0].isupper():
        return False
    return word in _ABBREVIATIONS or all(len(part) == 1 and part.isupper() for part in word.split("."))


def _near(period: DateRange, claim: Claim) -> bool:
    """Whether a claim's time expression stands close enough to it to be its own."""
    span = period.span
    evidence = claim.evidence
    return span is None or (span.end >= evidence.start - _TIME_REACH and span.start <= evidence.end + _TIME_REACH)


def _short(period: DateRange) -> bool:
    return (period.end - period.start).days <= _EVENT_DAYS


_GROUP_OF_NOUN: Final = {noun: group for group, nouns in lex.GROUP_NOUNS.items() for noun in nouns}


def _people(subject: Actor) -> tuple[str | None, str | None]:
    """The kind of people a subject names ("state", "armed", "civilian") and the noun that names them.

    The noun is the subject's last word the lexicon knows, in the singular
    ("insurgents" -> "insurgent"); the kind falls back on the subject's kind.
    """
    for word in reversed(_WORD.findall(subject.name.lower())):
        group = _GROUP_OF_NOUN.get(word)
        if group is not None:
            return group, str(word).removesuffix("s")
    if subject.kind is ActorKind.CIVILIANS:
        return "civilian", None
    if subject.kind is ActorKind.ARMED_GROUP:
        return "armed", None
    return None, None


# --------------------------------------------------------------------------- grouping


@define
class _Group:
    """An incident being built: its notes in text order and where and when they say it happened."""

    time: ClaimRole = ClaimRole.REPORT
    notes: list[_Note] = field(factory=list)
    regions: set[str] = field(factory=set)
    countries: set[str] = field(factory=set)
    days: list[DateRange] = field(factory=list)

    def add(self, note: _Note) -> None:
        self.notes.append(note)
        self.regions.update(place.admin1 for place in note.places if place.admin1)
        self.countries.update(place.country for place in note.places if place.country)
        if note.day is not None:
            self.days.append(note.day)


def _fits(group: _Group, note: _Note) -> bool:
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


def _shares_a_region(group: _Group, note: _Note) -> bool:
    return any(place.admin1 in group.regions for place in note.places if place.admin1)


def _group(notes: list[_Note]) -> list[_Group]:
    """Split the notes into incidents, the main one first."""
    events: list[_Group] = []
    others: list[_Group] = []
    headlines: list[_Note] = []
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


def _place_headlines(headlines: list[_Note], events: list[_Group]) -> _Group | None:
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


def _retells(headline: _Note, note: _Note) -> bool:
    """Whether a body claim tells the headline's toll: same outcome, same people, a figure that fits."""
    first, second = headline.claim, note.claim
    return (
        (first.outcome, first.unit) == (second.outcome, second.unit)
        and _same_people(headline, note)
        and (first.count is None or second.count is None or first.count.overlaps(second.count))
    )


def _join_other(others: list[_Group], note: _Note) -> None:
    """Background and cumulative tolls: one incident per paragraph run of one kind."""
    last = others[-1] if others else None
    if last is not None and last.time is note.time and note.paragraph == last.notes[-1].paragraph:
        last.add(note)
        return
    group = _Group(time=note.time)
    group.add(note)
    others.append(group)


# --------------------------------------------------------------------------- roles


@define
class _Toll:
    """A claim with a toll of its own, and how much of it its breakdowns have told so far."""

    note: _Note
    summary: bool
    parts: int = 0

    @property
    def claim(self) -> Claim:
        return self.note.claim


def _same_people(a: _Note, b: _Note) -> bool:
    """Whether two claims can be about the same people (their subjects do not tell them apart)."""
    if a.group is not None and b.group is not None and a.group != b.group:
        return False
    if a.attackers != b.attackers:
        # "Gunmen killed 12 people … three of the attackers were killed": not the same dead.
        return False
    first, second = a.claim.subject, b.claim.subject
    if first.country is not None and second.country is not None and first.country != second.country:
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
    one, other = (frozenset(_WORD.findall(name.lower())) - {"the", "a", "an"} for name in (first, second))
    return not (one <= other or other <= one)


def _is_zero(claim: Claim) -> bool:
    return claim.count is not None and claim.count.high == 0


def _roles(group: _Group) -> list[IncidentClaim]:
    """Each claim's role within one incident, the claims of one outcome and unit read in text order."""
    members: list[IncidentClaim] = []
    position: dict[int, int] = {}
    tolls: dict[tuple[object, object], list[_Toll]] = {}
    for note in group.notes:
        claim = note.claim
        told = tolls.setdefault((claim.outcome, claim.unit), [])
        role, of = _role_of(note, told)
        position[id(claim)] = len(members)
        if of is not None:
            members.append(IncidentClaim(claim=claim, role=role, of=of.claim))
            continue
        # A headline, a lede or a total sums up what follows, unless it is itself more of something ("two other").
        told.append(_Toll(note=note, summary=(note.headline or note.lede or note.total) and not note.additive))
        members.append(IncidentClaim(claim=claim, role=note.time))
        if note.total:
            _absorb(note, told, members, position)
    return members


def _role_of(note: _Note, tolls: list[_Toll]) -> tuple[ClaimRole, _Toll | None]:
    """The role of a claim among the tolls of its outcome told before it (``None``: a toll of its own)."""
    # The tolls a claim can refer to: the latest few and the first summaries (bounded, so
    # that a text of thousands of claims is still read in linear time).
    summaries = [t for t in tolls[: max(0, len(tolls) - _REACH_BACK)][:_SUMMARIES] if t.summary]
    candidates = [t for t in reversed(summaries + tolls[-_REACH_BACK:]) if _same_people(t.note, note)]
    count = note.claim.count
    if not candidates:
        return note.time, None
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
    if note.subset:
        whole = next((t for t in candidates if _holds(t, count.low)), None)
        if whole is not None:
            return ClaimRole.SUBSET, whole
    numbered = [t for t in candidates if t.claim.count is not None and not _is_zero(t.claim)]
    if not numbered:
        return note.time, None
    return _figure_role(note, numbered)


def _figure_role(note: _Note, numbered: list[_Toll]) -> tuple[ClaimRole, _Toll | None]:
    """The role of a counted claim among the counted tolls of the same people, latest first."""
    claim = note.claim
    count = claim.count
    assert count is not None  # noqa: S101 - _role_of handles claims without a count
    if not note.additive:
        fitting = next((t for t in numbered if t.claim.count is not None and t.claim.count.overlaps(count)), None)
        if fitting is not None:
            return ClaimRole.RESTATEMENT, fitting
        if note.total:
            # "killing all three": a total of its own, of which the tolls before are parts.
            return note.time, None
        if note.refers and _other_source(numbered[0].claim, claim, strict=False):
            # "… five soldiers died in the ambush": the same people in the same event, by someone else.
            return ClaimRole.RESTATEMENT, numbered[0]
    total = next((t for t in numbered if t.summary and _room(t, count.low) and _part_of(note, t)), None)
    if total is not None:
        total.parts += count.low
        return ClaimRole.BREAKDOWN, total
    if not note.additive and (_other_source(numbered[0].claim, claim) or note.headline or note.lede):
        # Another source's figure for the toll: "two were killed, three according to the insurgents".
        return ClaimRole.RESTATEMENT, numbered[0]
    return note.time, None


def _part_of(note: _Note, total: _Toll) -> bool:
    """Whether a smaller figure reads as a part of ``total``.

    It does when its source is the total's (or it names a place the total
    does not); marked as more ("three additional insurgents"), it does only
    when it counts the same kind of people as the total, not more of another
    kind ("two facilitators … one additional insurgent").
    """
    if note.additive:
        return note.head is None or total.note.head is None or note.head == total.note.head
    if not _other_source(total.claim, note.claim):
        return True
    return bool(note.names - total.note.names)


def _holds(toll: _Toll, low: int) -> bool:
    """Whether a group of ``low`` people fits in the toll."""
    told = toll.claim.count
    return told is not None and (told.high is None or low <= told.high) and not _is_zero(toll.claim)


def _room(toll: _Toll, low: int) -> bool:
    """Whether a part of ``low`` still fits in what its breakdowns have left of the toll."""
    told = toll.claim.count
    return told is not None and (told.high is None or toll.parts + low <= told.high)


def _absorb(note: _Note, tolls: list[_Toll], members: list[IncidentClaim], position: dict[int, int]) -> None:
    """A total ("killing all three") turns the tolls of the same people told just before into its parts."""
    total = note.claim.count
    if total is None:
        return
    earlier = [t for t in tolls[-_REACH_BACK - 1 : -1] if _same_people(t.note, note) and t.claim.count is not None]
    told = sum(t.claim.count.low for t in earlier if t.claim.count is not None)
    if not earlier or (total.high is not None and told > total.high):
        return
    for toll in earlier:
        tolls.remove(toll)
        # Its restatements stay restatements of it, now a part.
        members[position[id(toll.claim)]] = IncidentClaim(claim=toll.claim, role=ClaimRole.BREAKDOWN, of=note.claim)


# --------------------------------------------------------------------------- incidents


def _incident(number: int, group: _Group) -> Incident:
    members = _roles(group)
    own = [m.claim for m in members if m.of is None]
    dated = [c.period for c in own if c.period is not None]
    periods = [p for p in dated if _short(p)] or dated
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
            :func:`~conflictclaims.extraction.extract` (which already
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
    if not article.claims:
        return ()
    reader = _Reader(article)
    notes = sorted((reader.note(i, claim) for i, claim in enumerate(article.claims)), key=_order)
    for previous, note in itertools.pairwise(notes):
        # "two soldiers were killed, three wounded and …": coordinated tolls share their time.
        if note.sentence == previous.sentence and not note.timed:
            note.time, note.timed = previous.time, previous.timed
    groups = _group(notes)
    if groups[0].time is not ClaimRole.REPORT:
        # Every toll is background or a running total: the article's own event gave none.
        groups.insert(0, _Group())
    return tuple(_incident(number, group) for number, group in enumerate(groups, start=1))


def _order(note: _Note) -> tuple[int, int]:
    return (note.claim.evidence.start, note.index)
