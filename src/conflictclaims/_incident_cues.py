"""The words the incidents stage reads around a claim, and what they tell on their own.

Patterns for sentence and paragraph breaks, time cues (a running total, an
earlier time, the time of the reported event), event nouns and what refers
back to them, places, and the words around a count (a subset, a total); and
the few tests that need no more than a claim: whether its period is its own,
short enough for one event, and what kind of people its subject names.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from conflictclaims import _incident_lexicon as lex
from conflictclaims import _lexicon
from conflictclaims._patterns import AnchoredPattern, alternation, anchor_words, first_words
from conflictclaims.model import ActorKind, LocationKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictclaims.model import Actor, Claim, DateRange

__all__ = [
    "BACKGROUND_TIME_RE",
    "BREAK",
    "CAME_AFTER_RE",
    "CURRENT_TIME_RE",
    "DATELINE_DATE_RE",
    "DATELINE_PLACE_RE",
    "DEFINITE_RE",
    "DEMONSTRATIVE_RE",
    "DETERMINED_RUNS",
    "EVENT_NOUN_RE",
    "EVENT_NOUN_STARTS",
    "EVENT_NOUN_WORDS",
    "EVENT_PLACE_KINDS",
    "FRAME_RE",
    "GOVERNED_RE",
    "IN_YEAR_RE",
    "LINKED_RE",
    "LOCATIVE_RE",
    "MAIN_CLAUSE_RE",
    "MEMBERS_AFTER_RE",
    "METONYMY_RE",
    "MONTH_NUMBER",
    "MOURNED_RE",
    "NAME_GOES_ON_RE",
    "OPENING_EVENT_RE",
    "OPENING_MONTH_RE",
    "PARAGRAPH_ENDS",
    "POSSESSIVE_AFTER_RE",
    "REACTED_RE",
    "REPORTING_RE",
    "SEPARATE_RE",
    "SUBSET_AFTER_RE",
    "SUBSET_BEFORE_RE",
    "SUMMARY_RE",
    "TIME_CUES_RE",
    "TIME_CUE_WORDS",
    "TIME_REACH",
    "TOTAL_AFTER_RE",
    "TOTAL_BEFORE_RE",
    "WAR_TOLL_RE",
    "WORD",
    "YEAR_RE",
    "ends_abbreviation",
    "first_runs_end",
    "in_own_clause",
    "is_short",
    "last_runs_start",
    "name_words",
    "people_of",
    "points_back",
    "stands_near",
    "words_at_end",
    "words_at_start",
]

# A time expression this close to a claim is the claim's own; a running total
# gives its period closer still ("killed thousands last year").
TIME_REACH: Final = 40
_OWN_TIME_REACH: Final = 20
# A period longer than this (in days) is a running total, not one event.
_EVENT_DAYS: Final = 14


# --------------------------------------------------------------------------- patterns


def _phrases(phrases: Iterable[str]) -> str:
    return r"(?<!\w)" + alternation(phrases)


def _first_words(*phrases: Iterable[str]) -> frozenset[str]:
    """Every word a phrase of ``phrases`` opens with: where a match of their alternation can start."""
    return frozenset(phrase.split(" ", 1)[0] for group in phrases for phrase in group)


# Months, for "In June, …" opening a paragraph about an earlier month; the text is matched lower-cased.
_MONTH_NAMES: Final = tuple(month.lower() for month in _lexicon.MONTH_NAMES)
_MONTHS: Final = "|".join(_MONTH_NAMES)
_EVENT_NOUNS: Final = alternation(lex.EVENT_NOUNS)

# ``[.!?] ["'”’)\]]* (\s+ | $) | \n \s*``, written to open with one character class, so that the engine
# skips ahead to a stop or a line break instead of trying both branches at every character.
BREAK: Final = re.compile(r"""[.!?\n](?:(?<=\n)\s*|(?<=[.!?])["'”’)\]]*(?:\s+|$))""")
PARAGRAPH_ENDS: Final = frozenset('.!?"”’')
# "Col. Rafael", "Aug. 14", "J. Smith", "U.S. Army": a title, a month or an initial ends no sentence.
_ABBREVIATIONS: Final = frozenset(lex.ABBREVIATIONS)
_LONGEST_ABBREVIATION: Final = 8
WORD: Final = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# "in 2019", "between 2002 and 2008", "in May 2025".
_YEAR_CUE_WORDS: Final = ("in", "during", "since", "of", "between", "from")
_YEAR_CUE: Final = (
    rf"(?:{'|'.join(_YEAR_CUE_WORDS)})\s+(?:early\s+|late\s+|mid-)?(?:(?:{_MONTHS})\s+)?"
    r"(?P<year_number>19[5-9]\d|20\d\d)(?!\w)"
)
# Every time cue in one pattern, so that a claim's clause is read once: a running
# total; "since 2009", "since February 2022", "since the 2021 coup"; an earlier
# time; the time of the reported event; a year (kept when before the article's).
TIME_CUES_RE: Final = re.compile(
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
# The words a match of ``TIME_CUES_RE`` opens with, one per branch's phrase or head word.
TIME_CUE_WORDS: Final = _first_words(
    lex.CUMULATIVE_PHRASES, ("since",), lex.BACKGROUND_TIME, lex.CURRENT_TIME, _YEAR_CUE_WORDS
)
# "The war has killed …", "the conflict, now in its third year, has left …".
WAR_TOLL_RE: Final = AnchoredPattern(
    re.compile(
        _phrases(lex.WAR_NOUNS)
        + r"(?:\s+[\w,]+){0,4}?\s+(?:has|have|had)\s+(?:\w+\s+)?"
        + alternation(lex.TOLL_VERBS_OF_WARS)
    ),
    anchor_words(lex.WAR_NOUNS),
)
BACKGROUND_TIME_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.BACKGROUND_TIME)), anchor_words(lex.BACKGROUND_TIME)
)
CURRENT_TIME_RE: Final = AnchoredPattern(re.compile(_phrases(lex.CURRENT_TIME)), anchor_words(lex.CURRENT_TIME))
FRAME_RE: Final = re.compile(r"\W*" + alternation(lex.FRAME_OPENERS))
OPENING_MONTH_RE: Final = re.compile(rf"\s*(?:in|during|on|by)\s+(?:early\s+|late\s+|mid-)?({_MONTHS})(?!\w)")
IN_YEAR_RE: Final = re.compile(r"(?<!\w)" + _YEAR_CUE)
# A year, not inside a longer word or number: ``(?<![\w-])(19[5-9]\d | 20\d\d)(?![\w-])``. The test of the
# character before comes after the digits, so that the engine skips ahead to a "1" or a "2".
YEAR_RE: Final = re.compile(r"(?:19[5-9]|20\d)\d(?<![\w-]\d{4})(?![\w-])")
MONTH_NUMBER: Final = {month[:3]: number for number, month in enumerate(_MONTH_NAMES, start=1)}
# "KABUL, Afghanistan (July 30) -": the month (and year) a press release is dated.
DATELINE_DATE_RE: Final = re.compile(r"\(\s*(" + "|".join(MONTH_NUMBER) + r")[a-z]*\.?\s+\d{1,2}(?:,?\s+(\d{4}))?\s*\)")
# "KABUL, Afghanistan (July 30) -", "YANGON, Aug 21 -": where the report was filed.
# The word start is tested after the first capital (``\b[A-Z]``), so that the engine skips ahead to a capital.
DATELINE_PLACE_RE: Final = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z'.-]+(?: [A-Z][A-Z'.-]+)*,\s[^\n]{0,40}?\s[-–—]\s")

EVENT_NOUN_RE: Final = re.compile(r"(?<!\w)" + _EVENT_NOUNS)
# Every event noun starts with one of these: where they stand is found in C, and the pattern tried there alone.
EVENT_NOUN_STARTS: Final = first_words(lex.EVENT_NOUNS)
# Every word an event noun opens with, whole: for ``_incident_words.word_starts``.
EVENT_NOUN_WORDS: Final = _first_words(lex.EVENT_NOUNS)
# A determiner that makes an event noun point back: "the raid", "Sunday's attack".
DEFINITE_RE: Final = re.compile(r"(?<!\w)(?:the|this|that|these|those|its|their|same|[a-z]+'s)\s+(?:[\w-]+\s+){0,2}$")
DEMONSTRATIVE_RE: Final = re.compile(r"(?<!\w)(?:this|that|these|those)\s+(?:[\w-]+\s+){0,2}$")
# A determiner and the words after it stand in the last runs of non-space before the noun.
DETERMINED_RUNS: Final = 3


def points_back(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` (``DEFINITE_RE``, ``DEMONSTRATIVE_RE``) finds a determiner ending ``text[start:end]``.

    Such a match is a determiner and at most two words, up to ``end``: it
    starts in the last three runs of non-space, and only they are searched.

    >>> points_back(DEFINITE_RE, "they repelled the attack", 0, 18)
    True
    """
    return pattern.search(text, last_runs_start(text, DETERMINED_RUNS, start, end), end) is not None


# "responsible for an attack", "planned and directed a recent ambush"; not "a coordinated assault".
GOVERNED_RE: Final = AnchoredPattern(
    re.compile(
        r"(?:(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
        + _phrases(lex.RESPONSIBILITY_CUES)
        + "|"
        + _phrases(lex.RESPONSIBILITY_NOUNS)
        + r")(?:\s+[\w'’.,-]+){0,4}?\s*$"
    ),
    anchor_words((*lex.RESPONSIBILITY_CUES, *lex.RESPONSIBILITY_NOUNS)),
)
# "to denounce the killing of", "arrested seven over the bombing that killed": a reaction to an
# earlier toll, told by a nominal right after a determiner, or by the event noun and a relative pronoun.
_DETERMINED: Final = r"\s+(?:the|a|an|this|these|those|its|their|his|her)\s+"
REACTED_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.REACTION_CUES) + _DETERMINED + "$"), anchor_words(lex.REACTION_CUES)
)
MOURNED_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.MOURNING_CUES) + r"\s+(?:the\s+)?$"), anchor_words(lex.MOURNING_CUES)
)
LINKED_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.LINK_CUES) + _DETERMINED + r"(?:[\w'’-]+\s+){1,3}?(?:that|which)\s+$"),
    anchor_words(lex.LINK_CUES),
)
# "The attack came two days after militants killed 12 soldiers": what the event came after, right before the toll.
CAME_AFTER_RE: Final = AnchoredPattern(
    re.compile(r"(?<!\w)(?:days|weeks|months|hours|a\s+day|a\s+week|a\s+month)\s+after\s+(?:[\w'’-]+\s+){0,3}$"),
    ("after",),
)
# "During the attack, two soldiers were killed, three wounded …": an event opening a sentence covers it.
OPENING_EVENT_RE: Final = re.compile(
    r"\W*(?:(?:during|in|after|following|before|amid|throughout)\s+)?"
    r"(?:the|this|that|these|those|its|their|a|an)\s+(?:[\w-]+\s+){0,3}"
)
# A clause of its own between an event noun and a toll: the toll is not the event's.
MAIN_CLAUSE_RE: Final = re.compile(
    r"[,;:]\s*(?:and\s+|but\s+)?(?:[\w-]+\s+){0,3}?(?:was|were|is|are|has|have|had)\b|[.;]|,\s+(?:and|but|while)\s"
)
REPORTING_RE: Final = re.compile(r"(?<!\w)(?:said|says|say|told|tells|according to|reported|added|claimed)(?!\w)")
SEPARATE_RE: Final = AnchoredPattern(
    re.compile(
        _phrases(lex.ELSEWHERE)
        + r"|(?<!\w)in\s+"
        + alternation(lex.SEPARATE_WORDS, word_end=False)
        + r"\s+(?:[\w-]+\s+){0,2}?"
        + _EVENT_NOUNS
    ),
    anchor_words([*lex.ELSEWHERE, *lex.SEPARATE_WORDS]),
)
# "during separate operations", "in four raids", "during separate, overnight searches": a sum of several events.
SUMMARY_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.SUMMARY_QUANTIFIERS) + r"[\s,]+(?:[\w-]+[\s,]+){0,3}?" + alternation(lex.SUMMARY_EVENTS)),
    anchor_words(lex.SUMMARY_EVENTS),
)

# Places: a place named for its rulers, a person's name, or a locative.
METONYMY_RE: Final = re.compile(r"[\s-]*(?:'s\s+)?" + alternation(lex.METONYMY_AFTER))
NAME_GOES_ON_RE: Final = re.compile(
    r" (?!(?:Province|District|State|Region|City|Governorate|County|Township|Village|Valley|Oblast)\b)[A-Z][a-z]"
)
LOCATIVE_RE: Final = re.compile(r"(?<!\w)(?:in|at|near|outside|around|from)\s+(?:the\s+)?$")
EVENT_PLACE_KINDS: Final = frozenset({LocationKind.CITY, LocationKind.ADMIN1, LocationKind.ADMIN2})

# Count cues. Up to two words may stand between a subset cue and the count ("among the martyrs were four").
SUBSET_BEFORE_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.SUBSET_BEFORE) + r"(?:\s+[\w'’-]+){0,2}?\s*[:,]?\s*$"), anchor_words(lex.SUBSET_BEFORE)
)
# "two of them", "one of the men killed": a partitive after the count (not "15 of the attackers").
SUBSET_AFTER_RE: Final = re.compile(r"\s*(?:" + alternation(lex.SUBSET_AFTER) + r"|of\s+the\s+(?!attack|assail)\w)")
POSSESSIVE_AFTER_RE: Final = re.compile(r"\s*" + alternation(lex.POSSESSIVE_AFTER))
TOTAL_BEFORE_RE: Final = AnchoredPattern(
    re.compile(_phrases(lex.TOTAL_PHRASES) + r"\s*$"), anchor_words(lex.TOTAL_PHRASES)
)
TOTAL_AFTER_RE: Final = re.compile(r"\s*(?:in\s+(?:all|total)|altogether)(?!\w)")
# "detained two insurgents, one of whom was the focus of the search": those told before are among them.
MEMBERS_AFTER_RE: Final = AnchoredPattern(
    re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?:one|two|three|some|several)\s+of\s+whom(?!\w)"),
    ("whom",),
)


def last_runs_start(text: str, count: int, start: int = 0, end: int | None = None) -> int:
    """Where the last ``count`` runs of non-space of ``text[start:end]`` begin, or ``start`` if it holds no more.

    A word, and a match that spans at most ``count`` runs, starts there or after.

    >>> text = "troops killed two of the insurgents"
    >>> text[last_runs_start(text, 2) :]
    ' the insurgents'
    """
    runs = text[start:end].rsplit(None, count)
    return start + len(runs[0]) if len(runs) > count else start


def first_runs_end(text: str, count: int) -> int:
    """Where the first ``count`` runs of non-space of ``text`` end (and the white space after them), or its end.

    >>> text = "last month in Kabul, police said"
    >>> text[: first_runs_end(text, 3)]
    'last month in '
    """
    runs = text.split(None, count)
    return len(text) - len(runs[-1]) if len(runs) > count else len(text)


def words_at_end(text: str, count: int) -> list[str]:
    """``WORD.findall(text)[-count:]``, read off the last runs of non-space when they hold that many words.

    A word holds no space, so the words of the last runs are the text's last words.

    >>> words_at_end("troops killed two of the insurgents", 2)
    ['the', 'insurgents']
    """
    at = last_runs_start(text, count)
    if at:
        words = WORD.findall(text, at)
        if len(words) >= count:
            return words[-count:]
    return WORD.findall(text)[-count:]


def words_at_start(text: str, count: int) -> list[str]:
    """``WORD.findall(text)[:count]``, read off the first runs of non-space when they hold that many words.

    >>> words_at_start("last month in Kabul, police said", 3)
    ['last', 'month', 'in']
    """
    end = first_runs_end(text, count)
    if end < len(text):
        words = WORD.findall(text, 0, end)
        if len(words) >= count:
            return words[:count]
    return WORD.findall(text)[:count]


def in_own_clause(period: DateRange, claim: Claim) -> bool:
    """Whether a running total's period stands in the claim's own clause ("killed thousands last year")."""
    span = period.span
    evidence = claim.evidence
    return span is None or (span.end >= evidence.start - _OWN_TIME_REACH and span.start <= evidence.end + TIME_REACH)


def ends_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Col.", "Aug.") or an initial ("J.", "U.S.")."""
    words = text[max(0, stop - _LONGEST_ABBREVIATION) : stop].split()
    word = words[-1].lstrip("(\"'“‘") if words else ""
    # Most sentences end in a lower-case word: no abbreviation.
    if not word or not word[0].isupper():
        return False
    return word in _ABBREVIATIONS or all(len(part) == 1 and part.isupper() for part in word.split("."))


def stands_near(period: DateRange, claim: Claim) -> bool:
    """Whether a claim's time expression stands close enough to it to be its own."""
    span = period.span
    evidence = claim.evidence
    return span is None or (span.end >= evidence.start - TIME_REACH and span.start <= evidence.end + TIME_REACH)


def is_short(period: DateRange) -> bool:
    """Whether a period is short enough to be the time of one event, not of a running total."""
    return (period.end - period.start).days <= _EVENT_DAYS


@functools.lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name in lower case ("Afghan forces" -> "afghan", "forces").

    Kept for the names read again: a subject's name is read for each claim
    and each pair of claims compared, and articles repeat their subjects.
    """
    return tuple(WORD.findall(name.lower()))


_GROUP_OF_NOUN: Final = {noun: group for group, nouns in lex.GROUP_NOUNS.items() for noun in nouns}


def people_of(subject: Actor) -> tuple[str | None, str | None]:
    """The kind of people a subject names ("state", "armed", "civilian") and the noun that names them.

    The noun is the subject's last word the lexicon knows, in the singular
    ("insurgents" -> "insurgent"); the kind falls back on the subject's kind.
    """
    for word in reversed(name_words(subject.name)):
        group = _GROUP_OF_NOUN.get(word)
        if group is not None:
            return group, str(word).removesuffix("s")
    if subject.kind is ActorKind.CIVILIANS:
        return "civilian", None
    if subject.kind is ActorKind.ARMED_GROUP:
        return "armed", None
    return None, None
