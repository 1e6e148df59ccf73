"""Extract claims, actors, locations and ceasefires from article text.

The extractor is a chain of pure steps over one text:

1. :func:`read_header` finds the publication date, byline, source and title
   that plain-text articles carry, and the body they frame;
2. sentences are split with offsets and the mentions found once over the
   whole text: counts, actors, places, time expressions;
3. each sentence's *frames* say who speaks where ("X said that …",
   "…, according to X", "He added"), with pronouns and "the ministry"
   resolved to earlier speakers;
4. each count is read in its clause: the outcome that governs it ("killed
   58", "12 soldiers were killed", "with 400 wounded"), the counted noun
   phrase (whose dead, of what unit), coordination ("and 27 were injured")
   and denial ("denied that any … had been captured");
5. ceasefire sentences give mediators, parties, status and whether the
   ceasefire was temporary.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import operator
import re
from collections import Counter
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex
from attrs import define, frozen

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _people, _speech, gazetteer
from conflictclaims import actors as actor_finder
from conflictclaims._patterns import alternation, is_plain, lower_keeping_offsets
from conflictclaims.counts import Count, Qualifier, find_counts
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Ceasefire,
    CeasefireStatus,
    Claim,
    DateRange,
    Location,
    LocationKind,
    Outcome,
    Stance,
    Unit,
)
from conflictclaims.sentences import split_sentences
from conflictclaims.span import Span
from conflictclaims.temporal import TimeExpression, find_time_expressions, parse_date

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["Header", "extract", "read_header"]

# A word keeps inner apostrophes, dots, hyphens and digit-group commas:
# "Tehreek-e-Taliban", "U.N", "2,575".
_WORD_OR_MARK: Final = r"[\p{L}\p{N}\p{M}]++(?:['’.\-][\p{L}\p{N}\p{M}]++|,\d++)*+|[^\s\p{L}\p{N}\p{M}]"
_TOKEN_SPLIT: Final = regex.compile(f"({_WORD_OR_MARK})")
# The same split for plain text (see ``_patterns.is_plain``) on the faster ``re`` engine.
_PLAIN_TOKEN_SPLIT: Final = re.compile(r"([^\W_]++(?:['’.\-][^\W_]++|,\d++)*+|[^\s\w]|_)")


# --------------------------------------------------------------------------- header


@frozen(kw_only=True)
class Header:
    """What a plain-text article says about itself, and where its body lies."""

    title: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    body: Span
    skipped: tuple[Span, ...] = ()


# Header patterns run on the standard ``re`` engine, several times faster than
# ``regex`` on them; only the dateline needs ``regex`` for its upper-case class.
_DATE_PREFIX: Final = re.compile(
    r"\A\s*+date\s++(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][\d:]{5,8}(?:Z|[+-]\d{2}:?\d{2})?+)?+)"
)
_BULLET_LINE: Final = re.compile(r"\A[ \t]*+[-*•][ \t]*+(?P<body>\S[^\n]*+)")
_BYLINE: Final = re.compile(r"\A(?:By|Written by|Reported by)[ \t:]++(?P<names>[^\n]+)", re.IGNORECASE)
_SOURCE: Final = re.compile(r"\A(?:Source|Agency)[ \t]*+:[ \t]*+(?P<source>[^\n]+)", re.IGNORECASE)
_DATED: Final = re.compile(
    r"\A(?:Published|Updated|Posted|Date|First published)[ \t]*+(?:on)?+[ \t:]*+(?P<date>[^\n]+)", re.IGNORECASE
)
# "KYIV, Ukraine (AP) —": a wire dateline naming its agency.
_DATELINE: Final = regex.compile(
    r"[ \t]*+\p{Lu}[\p{Lu} .'’\-]{1,40}+(?:,[ \t]*+[\p{L} .]{2,40}+)?+"
    r"[ \t]*+\((?P<agency>[\p{L} .\-]{2,30}+)\)[ \t]*+[—–\-]"
)
_JUNK_LINE: Final = re.compile(
    rf"^[ \t]*+(?:{alternation(lex.JUNK_LINES, word_end=False)})[^\n]{{0,200}}+$", re.IGNORECASE | re.MULTILINE
)
_NAME_SPLIT: Final = re.compile(r"\s*+(?:,|\band\b|&)\s*+")


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text[start:end]`` as (start, end) offsets, first to last, read lazily."""
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        yield at, stop
        at = stop + 1


def _lines_backwards(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text[start:end]`` as (start, end) offsets, last to first, read lazily."""
    stop = end
    while stop > start:
        begin = text.rfind("\n", start, stop) + 1
        begin = max(begin, start)
        yield begin, stop
        stop = begin - 1


def read_header(text: str) -> Header:  # noqa: C901 - one branch a header convention
    r"""Read the header and trailer conventions of a plain-text article.

    Understands a leading ``date YYYY-MM-DD`` stamp, bullet header lines
    ("- By Shivangi Sharma", "- Sun, 12 Oct 2025 01:06 PM (IST)",
    "- Source:JND"), plain "By …"/"Published …" lines, a closing agency line
    ("Reuters") and page furniture ("Donate Here", "ALSO READ: …"), which is
    left out of the body. Never raises on a ``str``.

    >>> h = read_header("- By A. Writer\\n- Sun, 12 Oct 2025 01:06 PM (IST)\\n- Source:JND\\nFighting broke out.")
    >>> h.authors, h.source, h.published.isoformat()
    (('A. Writer',), 'JND', '2025-10-12T13:06:00+05:30')
    """
    published: dt.date | None = None
    authors: list[str] = []
    source: str | None = None
    body_start = 0
    stamp = _DATE_PREFIX.match(text)
    if stamp is not None:
        published = parse_date(stamp.group("date"))
        body_start = stamp.end()
    for line_start, line_end in _lines(text, body_start, len(text)):
        line = text[line_start:line_end].strip()
        if not line:
            body_start = line_end + 1
            continue
        bullet = _BULLET_LINE.match(text[line_start:line_end])
        content = bullet.group("body").strip() if bullet else line
        if (byline := _BYLINE.match(content)) is not None:
            authors.extend(n for n in _NAME_SPLIT.split(byline.group("names").strip()) if n)
        elif (agency := _SOURCE.match(content)) is not None:
            source = source or agency.group("source").strip()
        elif (dated := _DATED.match(content)) is not None and parse_date(dated.group("date")) is not None:
            published = published or parse_date(dated.group("date"))
        elif bullet is not None and (day := parse_date(content)) is not None:
            published = published or day
        else:
            break
        body_start = line_end + 1
    body_start = min(body_start, len(text))
    dateline = _DATELINE.match(text, body_start)
    if dateline is not None and dateline.group("agency").strip().lower() in lex.AGENCIES:
        source = source or dateline.group("agency").strip()
    body_end = len(text)
    # Page furniture anywhere in the body, found in one pass.
    skipped = [Span(start=m.start(), end=m.end()) for m in _JUNK_LINE.finditer(text, body_start)]
    junk_starts = {span.start for span in skipped}
    # The trailer: blank lines, furniture and an agency name closing the text.
    for line_start, line_end in _lines_backwards(text, body_start, len(text)):
        line = text[line_start:line_end].strip()
        if not line or line_start in junk_starts:
            body_end = line_start
            continue
        if line.lower().rstrip(".") in lex.AGENCIES:
            source = source or line.rstrip(".")
            body_end = line_start
            continue
        break
    title = _title(text, body_start, body_end)
    return Header(
        title=title,
        published=published,
        authors=tuple(authors),
        source=source,
        body=Span(start=body_start, end=max(body_start, body_end)),
        skipped=tuple(sorted(skipped)),
    )


def _title(text: str, start: int, end: int) -> str | None:
    """A short first line, set apart and without a closing stop, is the title."""
    first_end = text.find("\n", start, end)
    if first_end < 0:  # a title needs a body after it
        return None
    first = text[start:first_end].strip()
    if not first:
        return None
    words = first.split()
    if not 2 <= len(words) <= 20 or first[-1] in '.!?"”’:' or first.endswith(","):  # noqa: PLR2004
        return None
    return first


# --------------------------------------------------------------------------- tokens


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    is_word: bool


def _tokens(text: str, span: Span, *, plain: bool) -> list[_Token]:
    # split() with one capturing group alternates gaps and tokens; positions come
    # from summed lengths, and every step below runs in C, without a Python
    # call per token (tuple.__new__ builds each _Token from its fields).
    parts = (_PLAIN_TOKEN_SPLIT if plain else _TOKEN_SPLIT).split(text[span.start : span.end])
    surfaces = parts[1::2]
    bounds = list(itertools.accumulate(map(len, parts), initial=span.start))
    lowers = list(map(str.lower, surfaces))
    if "’" in text[span.start : span.end]:
        lowers = [lower.replace("’", "'") for lower in lowers]
    is_word = map(str.isalnum, map(operator.itemgetter(0), surfaces))
    fields = zip(bounds[1:-1:2], bounds[2:-1:2], surfaces, lowers, is_word, strict=True)
    return list(map(tuple.__new__, itertools.repeat(_Token), fields))


# --------------------------------------------------------------------------- speakers


@define
class _Memory:
    """Who spoke last, for pronouns and "the ministry" in later sentences."""

    person: Actor | None = None
    thing: Actor | None = None
    plural: Actor | None = None
    last: Actor | None = None
    draft: _Draft | None = None

    def remember(self, actor: Actor | None) -> None:
        if actor is None:
            return
        self.last = actor
        if actor.kind is ActorKind.PERSON:
            self.person = actor
        elif actor.name.lower().endswith(("officials", "authorities", "forces", "sources")):
            self.plural = actor
        else:
            self.thing = actor


@frozen
class _Frame:
    """One attribution: ``speaker`` says what lies in ``scope``."""

    speaker: Actor | None
    cue: str
    scope: tuple[int, int]
    denial: bool
    admission: bool
    anchor: int
    agent_start: int


_ADVERBIAL_GAP: Final = frozenset(
    {
        "also", "later", "further", "earlier", "previously", "again", "then", "had", "has", "have", "was",
        "were", "on", "in", "a", "an", "statement", "overnight", "late", "early", "yesterday", "today", "last",
        "night", "separately", "however", "meanwhile", "repeatedly", "initially", "officially", "publicly",
        "subsequently", "now", "it", "its", "post", "x", "briefing", "separate", "the", "press",
        "conference", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "evening", "afternoon", "tonight", "this", "week", "televised", "speech", "interview", "with",
        "reuters", "ap", "afp", "told", "local", "media", "reporters",
    }
)  # fmt: skip


# Word lists searched in every sentence run on the standard ``re`` engine over
# the article lower-cased once (``lower_keeping_offsets``): several times
# faster than case-blind matching with ``regex``. "[^\W_]" is a letter or digit.
_NOT_AFTER_ALNUM: Final = r"(?<![^\W_])"


def _cue_pattern() -> re.Pattern[str]:
    words = (
        _speech.FRAME_VERBS
        | lex.CEASEFIRE_WORDS
        | set(lex.UNQUANTIFIED_NOUNS)
        | set(lex.ACTIVE_TRIGGERS)
        | set(lex.PASSIVE_TRIGGERS)
        | {"according", "citing"}
    )
    # A trie, not a flat list: a failed attempt costs a comparison per character, not per word.
    return re.compile(_NOT_AFTER_ALNUM + alternation(words))


_MEDIATION_SENTENCE: Final = re.compile(_NOT_AFTER_ALNUM + alternation(lex.CEASEFIRE_WORDS | lex.MEDIATION_CUES))
# A sentence without a count and without any of these words holds no claim,
# frame or ceasefire, so it is not read token by token.
_CUES: Final = _cue_pattern()
# Multi-word triggers by the word a scan meets first, so most tokens cost one dict probe.
_ACTIVE_PHRASES_BY_LAST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _phrase, _outcome in lex.ACTIVE_PHRASES.items():
    if _outcome:
        _ACTIVE_PHRASES_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _outcome))
_PASSIVE_PHRASES_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _phrase, _outcome in lex.PASSIVE_PHRASES.items():
    _PASSIVE_PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _outcome))
_FRAME_CUE_WORDS: Final = frozenset({"according", "citing", *_speech.FRAME_VERBS})
_ZERO_WORDS: Final = frozenset({"any", "no"})  # "no soldiers were killed"
_CLAIM_OF_WORDS: Final = frozenset({"claims", "claim", "reports"})  # "denied claims of …"
_ZERO_OR_UNQUANTIFIED_OPENERS: Final = _ZERO_WORDS | _CLAIM_OF_WORDS | frozenset(lex.UNQUANTIFIED_NOUNS)
_JOINT_MARKER_STARTS: Final = frozenset(marker[0] for marker in lex.JOINT_MARKERS)
# Enum members by value: a dict lookup is several times cheaper than Enum(value).
_OUTCOMES: Final = {member.value: member for member in Outcome}
_UNITS: Final = {member.value: member for member in Unit}
_STANCES: Final = {member.value: member for member in Stance}
_ACTOR_KINDS: Final = {member.value: member for member in ActorKind}
_NP_WORD: Final = regex.compile(r"[\p{L}][\p{L}'’\-]*+")
_BETWEEN: Final = regex.compile(r"\bbetween\s++(.{1,80}?)\s++and\s++([^,.;]{1,80})")
# How many tokens before an active verb its agent may stand ("Russian forces shelled Kharkiv, killing").
_AGENT_REACH: Final = 12
# How far (in characters) around a local speaker to look for the places it speaks for.
_PLACE_WINDOW: Final = 300
# How many words of title may stand between a trailing attribution's comma and the speaker.
_TITLE_REACH: Final = 5
# How long an aside between a counted noun and its verb may be.
_ASIDE_REACH: Final = 10
# How far from a mediation word its mediators may be named.
_MEDIATOR_REACH: Final = 12
_TITLE_WINDOW: Final = 30
_LETTERS: Final = regex.compile(r"\p{L}+")
_LOCAL_TITLES: Final = frozenset({"gov", "mayor", "governor", "sheriff", "prefect", "commissioner"})
_LOCAL_ROLES: Final = frozenset(
    {"governor", "mayor", "police", "regional", "district", "provincial", "local", "administration", "chief"}
)
# How close (in characters) a number must follow for "casualties" to be its noun.
_NEAR_COUNT: Final = 30
_DETERMINERS: Final = frozenset(_grammar.DETERMINERS)


class _SentenceReader:
    """Reads one sentence against the article-wide mentions and memory."""

    def __init__(self, extractor: _Extractor, span: Span) -> None:
        self.x = extractor
        self.span = span
        self.tokens = _tokens(extractor.text, span, plain=extractor.plain)
        self.starts = [token.start for token in self.tokens]
        self.mentions = extractor.mentions_in(span)
        # Mentions by the tokens they cover, so lookups cost a dict probe, not a scan.
        self._mention_at: dict[int, actor_finder.ActorMention] = {}
        for mention in self.mentions:
            first = bisect.bisect_left(self.starts, mention.span.start)
            last = bisect.bisect_left(self.starts, mention.span.end)
            for index in range(first, last):
                self._mention_at.setdefault(index, mention)
        self.first_both = next((i for i, t in enumerate(self.tokens) if t.lower == "both"), None)
        self.counts = extractor.counts_in(span)
        counts = self.counts
        self.last_count_start = counts[-1].span.start if counts and counts[-1].span is not None else -1

    # ---- actor helpers

    def mention_at(self, index: int) -> actor_finder.ActorMention | None:
        """The actor mention that covers token ``index``, if any."""
        return self._mention_at.get(index)

    def token_index(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def generic_speaker(self, head: int) -> Actor | None:
        """Read "Afghan authorities", "the ministry", "Officials" ending at token ``head``."""
        token = self.tokens[head]
        role = _speech.GENERIC_SPEAKERS.get(token.lower)
        if role is None:
            return None
        start = head
        country: str | None = None
        while start > 0 and head - start < 4:  # noqa: PLR2004 - a short modifier run
            previous = self.tokens[start - 1]
            if previous.lower in {"the", "a", "an"}:
                start -= 1
                break
            code = self.x.country_of(previous.text)
            if code is not None:
                country = country or code
                start -= 1
                continue
            if previous.lower in {"'s", "'"} or previous.text == "’s":
                start -= 1
                continue
            if previous.is_word and previous.lower in {
                "armed",
                "security",
                "senior",
                "local",
                "provincial",
                "military",
                "government",
                "defence",
                "defense",
                "interior",
                "health",
                "foreign",
                "information",
                "federal",
                "state",
                "official",
                "top",
                "intelligence",
                "regional",
                "district",
                "army",
                "police",
                "hospital",
                "medical",
                "rescue",
            }:
                start -= 1
                continue
            break
        name = self.x.text[self.tokens[start].start : token.end]
        if name.lower().startswith(("the ", "a ", "an ")) and country is None:
            # "the ministry", "the statement": the last speaker of that sort.
            earlier = self.x.resolve_generic(token.lower, role)
            if earlier is not None:
                return earlier
        kind = {
            "person": ActorKind.PERSON, "government": ActorKind.GOVERNMENT, "military": ActorKind.MILITARY,
            "police": ActorKind.POLICE, "armed_group": ActorKind.ARMED_GROUP, "organization": ActorKind.ORGANIZATION,
        }.get(role, ActorKind.UNKNOWN)  # fmt: skip
        if country is None and role != "unknown":
            country = self.x.memory.last.country if self.x.memory.last is not None else None
        span = Span(start=self.tokens[start].start, end=token.end)
        return Actor(name=name, kind=kind, country=country, mentions=(span,))

    def agent_before(self, verb: int) -> tuple[Actor | None, int] | None:  # noqa: C901, PLR0911, PLR0912 - one exit per kind of speaker
        """The speaker of the reporting verb at ``verb``: (actor, start token)."""
        i = verb - 1
        gap = 0
        while i >= 0 and gap < 8:  # noqa: PLR2004 - adverbials between speaker and verb
            token = self.tokens[i]
            mention = self.mention_at(i)
            if mention is not None:
                return self.x.settle(mention), self.token_index(mention.span.start)
            if token.lower in _speech.PRONOUNS_PERSON:
                return self.x.memory.person, i
            if token.lower in _speech.PRONOUNS_THING:
                return self.x.memory.thing or self.x.memory.last, i
            if token.lower in _speech.PRONOUNS_PLURAL:
                return self.x.memory.plural or self.x.memory.thing or self.x.memory.last, i
            if token.lower in _speech.GENERIC_SPEAKERS:
                speaker = self.generic_speaker(i)
                if speaker is not None:
                    return speaker, self.token_index(speaker.mentions[0].start) if speaker.mentions else i
            if token.lower == "sides" and i > 0 and self.tokens[i - 1].lower in {"both", "two"}:
                return None, i - 1
            if token.lower in {"governments", "countries", "nations"} and i > 0 and self.tokens[i - 1].lower == "both":
                return None, i - 1
            if token.text == ",":
                # Skip an appositive: "Zaidi, a spokesperson for …, denied".
                j = i - 1
                while j >= 0 and self.tokens[j].text != "," and verb - j < 25:  # noqa: PLR2004
                    j -= 1
                if j >= 0 and self.tokens[j].text == ",":
                    i = j - 1
                    gap += 1
                    continue
                return None
            if token.lower in _ADVERBIAL_GAP or token.lower.endswith("ly") or token.text in {"’", "'", "—", "-"}:
                i -= 1
                gap += 1
                continue
            return self.unnamed_person(i)
        return None

    def is_trailing(self, agent: int, verb: int) -> bool:
        """Whether "…, the ministry said." closes the sentence, attributing what came before."""
        k = agent - 1
        # Pass over a title before the name: "…, regional Gov. Oleh Syniehubov said."
        while k >= 0 and agent - k <= _TITLE_REACH and (self.tokens[k].is_word or self.tokens[k].text == "."):
            k -= 1
        if k < 0 or self.tokens[k].text not in {",", "”", '"', "'", "’", "—", "–"}:
            return False
        return self.last_count_start < self.tokens[verb].end

    def unnamed_person(self, last: int) -> tuple[Actor | None, int] | None:
        """A speaker the actor lexicon does not know: two or more capitalized words before the verb.

        "regional Gov. Oleh Syniehubov said": a person; a local title before
        the name gives him the side of the places around.
        """
        first = last
        while first > 0 and last - first < 3 and _is_name_word(self.tokens[first - 1].text):  # noqa: PLR2004
            first -= 1
        if not _is_name_word(self.tokens[last].text) or first == last:
            return None
        name = self.x.text[self.tokens[first].start : self.tokens[last].end]
        title = [t.lower.rstrip(".") for t in self.tokens[max(0, first - 3) : first] if t.is_word]
        role = next((w for w in reversed(title) if w in _LOCAL_ROLES or w in _LOCAL_TITLES), None)
        span = Span(start=self.tokens[first].start, end=self.tokens[last].end)
        actor = Actor(name=name, kind=ActorKind.PERSON, role=role, mentions=(span,))
        if role is not None:
            actor = self.x.with_place_country(actor, span)
        return actor, first

    def agent_after(self, verb: int) -> tuple[Actor | None, int] | None:
        """Inverted attribution: "…, said the ministry." / "…,” said Ahmed."."""
        if verb == 0 or self.tokens[verb - 1].text not in {",", "”", '"', "’", "'"}:
            return None
        for i in range(verb + 1, min(verb + 6, len(self.tokens))):
            mention = self.mention_at(i)
            if mention is not None:
                return self.x.settle(mention), i
            if self.tokens[i].lower in _speech.GENERIC_SPEAKERS:
                speaker = self.generic_speaker(i)
                if speaker is not None:
                    return speaker, i
            if self.tokens[i].lower not in _DETERMINERS and not self.tokens[i].is_word:
                break
        return None

    def is_noun_use(self, verb: int) -> bool:
        """Whether a word like "claims" or "reports" is a noun here."""
        token = self.tokens[verb]
        if token.lower not in {
            "claims",
            "claim",
            "reports",
            "report",
            "estimates",
            "notes",
            "posts",
            "says",
            "put",
            "puts",
            "counted",
            "disputes",
            "claimed",
        }:
            return False
        if verb == 0:
            return False
        previous = self.tokens[verb - 1].lower
        return previous in _DETERMINERS | {
            "'s",
            "casualty",
            "disputed",
            "conflicting",
            "differing",
            "such",
            "those",
            "these",
            "media",
            "news",
            "initial",
        } or previous.endswith(("'s", "’s"))

    def frames(self) -> list[_Frame]:  # noqa: C901, PLR0912 - one branch a frame kind
        """Attribution frames of the sentence, in text order."""
        found: list[_Frame] = []
        n = len(self.tokens)
        end = self.span.end
        skip_to = 0
        # Only cue words can open a frame; the filter runs in C.
        cues = map(_FRAME_CUE_WORDS.__contains__, map(operator.attrgetter("lower"), self.tokens))
        for i in itertools.compress(range(n), cues):
            if i < skip_to:
                continue
            token = self.tokens[i]
            if token.lower in {"according", "citing"} and (
                token.lower == "citing" or (i + 1 < n and self.tokens[i + 1].lower == "to")
            ):
                first = i + 2 if token.lower == "according" else i + 1
                speaker, last = self._speaker_from(first)
                if last is not None:
                    if i == 0 or all(not t.is_word for t in self.tokens[:i]):
                        scope = (self.tokens[last].end, end)
                    else:
                        scope = (self.span.start, token.start)
                    found.append(
                        _Frame(
                            speaker, "according to", scope, denial=False, admission=False,
                            anchor=token.start, agent_start=token.start,
                        )
                    )  # fmt: skip
                    self.x.memory.remember(speaker)
                    skip_to = last + 1
                    continue
            if token.lower in _speech.FRAME_VERBS and not self.is_noun_use(i):
                agent = self.agent_before(i)
                denial = token.lower in _speech.DENIAL_VERBS
                admission = token.lower in _speech.ADMISSION_VERBS
                if agent is not None:
                    speaker, start_index = agent
                    if self.is_trailing(start_index, i):
                        scope = (self.span.start, self.tokens[start_index].start)
                    else:
                        scope = (token.end, end)
                    found.append(
                        _Frame(
                            speaker, token.lower, scope, denial=denial, admission=admission,
                            anchor=token.start, agent_start=self.tokens[start_index].start,
                        )
                    )  # fmt: skip
                    self.x.memory.remember(speaker)
                elif found and token.lower.endswith("ing") and i > 0 and self.tokens[i - 1].text == ",":
                    # "The RSF denied …, saying its forces had captured …": the same speaker goes on.
                    found.append(
                        _Frame(
                            found[-1].speaker, token.lower, (token.end, end), denial=denial, admission=admission,
                            anchor=token.start, agent_start=token.start,
                        )
                    )  # fmt: skip
                else:
                    inverted = self.agent_after(i)
                    if inverted is not None:
                        speaker, _ = inverted
                        found.append(
                            _Frame(
                                speaker, token.lower, (self.span.start, token.start), denial=denial,
                                admission=admission, anchor=token.start, agent_start=token.start,
                            )
                        )  # fmt: skip
                        self.x.memory.remember(speaker)
        # A later frame closes the forward scope of an earlier one.
        closed: list[_Frame] = []
        for frame, following in zip(found, [*found[1:], None], strict=False):
            scope = frame.scope
            if following is not None and scope[1] > following.agent_start and scope[0] >= frame.anchor:
                scope = (scope[0], max(scope[0], following.agent_start))
            closed.append(
                _Frame(
                    frame.speaker, frame.cue, scope, denial=frame.denial, admission=frame.admission,
                    anchor=frame.anchor, agent_start=frame.agent_start,
                )
            )  # fmt: skip
        return closed

    def _speaker_from(self, first: int) -> tuple[Actor | None, int | None]:
        """The speaker named from token ``first`` on ("according to Afghan authorities")."""
        for i in range(first, min(first + 8, len(self.tokens))):
            mention = self.mention_at(i)
            if mention is not None:
                return self.x.settle(mention), self.token_index(mention.span.end) - 1
            if self.tokens[i].lower in _speech.GENERIC_SPEAKERS:
                speaker = self.generic_speaker(i)
                return speaker, i
            if self.tokens[i].text in {",", "."}:
                break
        return None, None


# --------------------------------------------------------------------------- the extractor


@define
class _Draft:
    """A claim under construction."""

    count: Count | None
    outcome: str
    unit: str
    subject_country: str | None
    subject_kind: str
    subject_name: str
    stance: str
    frame: _Frame | None
    evidence: tuple[int, int]
    perpetrator: Actor | None = None

    @property
    def side(self) -> tuple[str | None, str]:
        return (self.subject_country, self.subject_kind)


class _Extractor:
    def __init__(self, text: str, header: Header) -> None:
        self.text = text
        self.lowered = lower_keeping_offsets(text)
        self.plain = is_plain(text)
        self.header = header
        self.published = header.published
        body = header.body
        self.body = body
        self.counts = tuple(
            c for c in find_counts(text)
            if c.span is not None and body.start <= c.span.start and c.span.end <= body.end
            and not any(s.overlaps(c.span) for s in header.skipped)
        )  # fmt: skip
        self._count_starts = [c.span.start for c in self.counts if c.span is not None]
        self.mentions = tuple(
            m for m in actor_finder.find_actor_mentions(text) if body.start <= m.span.start and m.span.end <= body.end
        )
        self._mention_starts = [m.span.start for m in self.mentions]
        index = actor_finder.merge_actors(self.mentions)
        self.actors = index.actors
        self._actor_of = {id(m): index.actors[a] for m, a in zip(index.mentions, index.assignment, strict=True)}
        countries = {a.country for a in self.actors if a.country is not None}
        self.location_mentions = tuple(
            m for m in gazetteer.find_locations(text, context_countries=countries)
            if body.start <= m.span.start and m.span.end <= body.end
        )  # fmt: skip
        # Time expressions matter only in sentences with a claim or ceasefire: found there, on demand.
        self._times: dict[tuple[int, int], list[TimeExpression]] = {}
        self.memory = _Memory()
        self._named: dict[str, Actor | None] = {}
        self._location_starts = [m.span.start for m in self.location_mentions]
        self._skipped_starts = [s.start for s in header.skipped]
        self.sentences = split_sentences(text)
        self._sentence_starts = [span.start for span in self.sentences]
        # Mediation words are rare: one pass over the text, then a bisect per sentence.
        mediation = [m.start() for m in _MEDIATION_SENTENCE.finditer(self.lowered)]
        self._sentence_is_mediation = [
            (k := bisect.bisect_left(mediation, span.start)) < len(mediation) and mediation[k] < span.end
            for span in self.sentences
        ]
        self.sides = self._main_sides()
        self._country_cache: dict[str, str | None] = {}

    # ---- lookups

    def country_of(self, word: str) -> str | None:
        cached = self._country_cache.get(word, "")
        if cached != "":
            return cached
        value = actor_finder.country_of(word) if word[:1].isupper() or word.isupper() else None
        self._country_cache[word] = value
        return value

    def actor_for(self, mention: actor_finder.ActorMention) -> Actor:
        return self._actor_of[id(mention)]

    def settle(self, mention: actor_finder.ActorMention) -> Actor:  # noqa: PLR0911 - one exit per kind of speaker
        """The actor a speaking mention stands for.

        A generic speaker takes its side from the text: "the ministry" is the
        last ministry that spoke, a bare "Officials" speaks for the side of the
        last speaker.
        """
        actor = self.actor_for(mention)
        if (
            actor.country is None
            and actor.kind is ActorKind.PERSON
            and (_is_local_role(actor.role) or self._titled_locally(mention.span.start))
        ):
            # A governor or police chief speaks for the place he governs.
            return self.with_place_country(actor, mention.span)
        if actor.country is not None or actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
            return actor
        words = mention.text.lower().split()
        noun = words[-1] if words else ""
        role = _speech.GENERIC_SPEAKERS.get(noun)
        if role is None:
            return actor
        before = self.text[max(0, mention.span.start - 6) : mention.span.start].lower().split()
        if words[0] in {"the", "this", "that"} or before[-1:] in (["the"], ["this"], ["that"]):
            earlier = self.resolve_generic(noun, role)
            if earlier is not None and earlier.country is not None:
                return earlier
        last = self.memory.last
        if last is not None and last.country is not None:
            return attrs.evolve(actor, country=last.country)
        if role in {"government", "police", "military"}:
            # Local police or a health ministry speak for where things happened.
            return self.with_place_country(actor, mention.span)
        return actor

    def _titled_locally(self, start: int) -> bool:
        """Whether a local title ("regional Gov.", "mayor") stands right before ``start``."""
        words = _LETTERS.findall(self.text[max(0, start - _TITLE_WINDOW) : start].lower())
        return any(word in _LOCAL_TITLES or word in _LOCAL_ROLES for word in words[-3:])

    def with_place_country(self, actor: Actor, near: Span) -> Actor:
        """``actor`` with the country of the places named around ``near``, if any."""
        around = Span(start=max(0, near.start - _PLACE_WINDOW), end=min(len(self.text), near.end + _PLACE_WINDOW))
        places = self._place_countries(around)
        if not places:
            return actor
        return attrs.evolve(actor, country=Counter(places).most_common(1)[0][0])

    def resolve_generic(self, noun: str, role: str) -> Actor | None:
        memory = self.memory
        candidates = [memory.last, memory.thing, memory.plural, memory.person]
        for actor in candidates:
            if actor is not None and noun in actor.name.lower():
                return actor
        if role == "person":
            return memory.person
        if noun == "statement":
            return memory.thing or memory.last
        return self._first_actor_named(noun)

    def _first_actor_named(self, noun: str) -> Actor | None:
        """The first non-person actor whose name holds ``noun`` (cached: asked once per noun)."""
        if noun not in self._named:
            self._named[noun] = next(
                (a for a in self.actors if noun in a.name.lower() and a.kind is not ActorKind.PERSON), None
            )
        return self._named[noun]

    def mentions_in(self, span: Span) -> list[actor_finder.ActorMention]:
        """The actor mentions inside ``span`` (mentions are sorted, so bisect)."""
        lo = bisect.bisect_left(self._mention_starts, span.start)
        hi = bisect.bisect_left(self._mention_starts, span.end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= span.end]

    def counts_in(self, span: Span) -> list[Count]:
        """The counts that start inside ``span`` (counts are sorted, so bisect)."""
        lo = bisect.bisect_left(self._count_starts, span.start)
        hi = bisect.bisect_left(self._count_starts, span.end)
        return list(self.counts[lo:hi])

    def _main_sides(self) -> tuple[str, ...]:
        """The two countries the article is most about, from the actors it names.

        Mentions in sentences about a ceasefire or its brokering do not count:
        a mediator named there is no side of the fighting.
        """
        tally: Counter[str] = Counter()
        for mention in self.mentions:
            if mention.country is None or mention.kind is ActorKind.ORGANIZATION:
                continue
            if self._in_mediation_sentence(mention.span.start):
                continue
            tally[mention.country] += 1
        return tuple(code for code, _ in tally.most_common(2))

    def _in_mediation_sentence(self, offset: int) -> bool:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return i >= 0 and self._sentence_is_mediation[i]

    def opponent_of(self, country: str | None) -> str | None:
        if country is None or len(self.sides) < 2 or country not in self.sides:  # noqa: PLR2004 - two sides
            return None
        return self.sides[1] if self.sides[0] == country else self.sides[0]

    # ---- run

    def run(self) -> tuple[list[Claim], list[Ceasefire]]:
        claims: list[Claim] = []
        ceasefires: list[Ceasefire] = []
        for span in self.sentences:
            sentence = _clip(span, self.body)
            if sentence is None or self._in_skipped(sentence):
                continue
            if not self.counts_in(sentence) and _CUES.search(self.lowered, sentence.start, sentence.end) is None:
                # Nothing to attribute or count: only who is being talked about matters.
                self._remember_first_person(self.mentions_in(sentence))
                continue
            reader = _SentenceReader(self, sentence)
            if not reader.tokens:
                continue
            frames = reader.frames()
            if not any(f.speaker is not None and f.speaker.kind is ActorKind.PERSON for f in frames):
                self._remember_first_person(reader.mentions)
            drafts = self._claims_in(reader, frames)
            claims.extend(self._finish(reader, draft) for draft in drafts)
            ceasefire = self._ceasefire_in(reader)
            if ceasefire is not None:
                ceasefires.append(ceasefire)
        return claims, ceasefires

    def _remember_first_person(self, mentions: Sequence[actor_finder.ActorMention]) -> None:
        """Remember a sentence's first person: "Konashenkov spoke. He added …" means him."""
        person = next((m for m in mentions if m.kind is ActorKind.PERSON), None)
        if person is not None:
            self.memory.person = self.actor_for(person)

    # ---- claims

    def _in_skipped(self, sentence: Span) -> bool:
        """Whether ``sentence`` overlaps page furniture the header reader set aside."""
        skipped = self.header.skipped
        i = bisect.bisect_left(self._skipped_starts, sentence.end)
        return i > 0 and skipped[i - 1].end > sentence.start

    def _locations_within(self, span: Span) -> list[gazetteer.LocationMention]:
        lo = bisect.bisect_left(self._location_starts, span.start)
        hi = bisect.bisect_left(self._location_starts, span.end)
        return [m for m in self.location_mentions[lo:hi] if m.span.end <= span.end]

    def _times_within(self, span: Span) -> list[TimeExpression]:
        key = (span.start, span.end)
        found = self._times.get(key)
        if found is None:
            found = [
                _shifted(expression, span.start)
                for expression in find_time_expressions(self.text[span.start : span.end], self.published)
            ]
            self._times[key] = found
        return found

    def _frame_for(self, frames: Sequence[_Frame], offset: int) -> _Frame | None:
        """The innermost frame whose scope holds ``offset``.

        Frames come in text order and a later one closes an earlier one's
        forward scope, so only the few nearest frames can hold the offset.
        """
        best: _Frame | None = None
        for frame in frames:
            if frame.scope[0] <= offset < frame.scope[1] and (best is None or frame.scope[0] >= best.scope[0]):
                best = frame
        return best

    def _claims_in(  # noqa: C901, PLR0912, PLR0915 - one step per clue, in reading order
        self, reader: _SentenceReader, frames: list[_Frame]
    ) -> list[_Draft]:
        drafts: list[_Draft] = []
        tokens = reader.tokens
        counts = reader.counts
        previous: _Draft | None = None
        previous_end_index = 0
        for count in counts:
            assert count.span is not None  # noqa: S101 - find_counts always sets spans
            first = reader.token_index(count.span.start)
            last = max(first, reader.token_index(count.span.end) - 1)
            np_start = last + 1
            np_end, head = _noun_phrase(tokens, np_start)
            head_word = tokens[head].lower if head is not None else None
            if head_word is not None and head_word in lex.NON_CLAIM_HEADS:
                previous_end_index = last + 1
                continue
            outcome, trigger_at, active = self._outcome(reader, first, np_end, head_word, previous_end_index)
            coordinated = previous is not None and _coordinated(tokens, previous_end_index, first)
            own_predicate = np_end < len(tokens) and tokens[np_end].lower in lex.AUXILIARIES
            if (
                outcome is None
                and coordinated
                and previous is not None
                and head_word not in lex.OUTCOME_NOUNS
                and not own_predicate
            ):
                # "destroyed 19 posts and two bases": the verb is shared; "and 9 million
                # have been displaced" has a predicate of its own, and no shared verb.
                outcome = previous.outcome
            if outcome is None:
                previous_end_index = last + 1
                continue
            unit = _unit(head_word, outcome)
            if unit is None:
                previous_end_index = last + 1
                continue
            frame = self._frame_for(frames, count.span.start)
            np_text = self.text[tokens[np_start].start : tokens[np_end - 1].end] if np_end > np_start else ""
            losses = trigger_at is not None and tokens[trigger_at].lower in lex.LOSS_VERBS
            if active and trigger_at is not None:
                perpetrator = self._agent_of_trigger(reader, trigger_at, frame, previous_end_index)
                if perpetrator is None and coordinated and previous is not None:
                    perpetrator = previous.perpetrator
            else:
                perpetrator = self._agent_after(reader, trigger_at if trigger_at is not None else np_end)
            draft = self._subject(
                reader,
                count,
                np_text,
                head_word,
                outcome,
                unit,
                frame,
                previous,
                active and not losses,
                coordinated=coordinated,
                perpetrator=None if losses else perpetrator,
            )
            if losses:
                # "Russia had lost 1,070 troops": the agent's own people, no perpetrator named.
                if perpetrator is not None and not _names_a_side(np_text):
                    draft.subject_country = perpetrator.country
                perpetrator = None
            draft.perpetrator = perpetrator
            draft.evidence = _evidence(tokens, first, np_end, trigger_at)
            if frame is not None and frame.denial:
                draft.stance = "denied"
            if (
                previous is not None
                and _is_subset(tokens, first, np_end)
                and (draft.side, draft.outcome) == (previous.side, previous.outcome)
            ):
                # "27 were wounded, four of them seriously": part of the toll just given, not another toll.
                previous_end_index = max(np_end, last + 1)
                continue
            drafts.append(draft)
            previous = draft
            previous_end_index = max(np_end, (trigger_at or 0) + 1, last + 1)
        drafts.extend(self._zero_and_unquantified(reader, frames, drafts))
        if drafts:
            self.memory.draft = drafts[-1]
        return drafts

    def _outcome(  # noqa: C901, PLR0911, PLR0912 - tries each trigger position in turn
        self, reader: _SentenceReader, first: int, np_end: int, head: str | None, floor: int
    ) -> tuple[str | None, int | None, bool]:
        """The outcome governing the count at token ``first``: (outcome, trigger token, active voice)."""
        tokens = reader.tokens
        # 1. A verb or "of"-noun right before the count: "killed 58", "release of three".
        i = first - 1
        while (
            i >= floor
            and tokens[i].lower in {"a", "an", "the", "another", "all", "some", "only", "just", "over", "of"}
            and tokens[i].lower != "of"
        ):
            i -= 1
        if i >= floor:
            word = tokens[i].lower
            # Longer phrases first: "killed or wounded 15" is neither only killed nor only wounded.
            for phrase, outcome in _ACTIVE_PHRASES_BY_LAST.get(word, ()):
                k = len(phrase)
                if i - k + 1 >= floor and tuple(t.lower for t in tokens[i - k + 1 : i + 1]) == phrase:
                    return outcome, i, True
            if word in lex.ACTIVE_TRIGGERS and not _is_adjectival(tokens, i):
                return lex.ACTIVE_TRIGGERS[word], i, True
            if word == "of" and i - 1 >= floor:
                noun = tokens[i - 1].lower
                if noun in lex.NOMINAL_TRIGGERS:
                    return lex.NOMINAL_TRIGGERS[noun], i - 1, False
                if noun in lex.TOLL_WORDS:
                    return "killed", i - 1, False
            if word in lex.TOLL_VERBS:
                window = [t.lower for t in tokens[max(floor, i - 6) : i]]
                if any(w in lex.TOLL_WORDS for w in window):
                    return "killed", i, False
        # 2. A participle after the noun phrase: "12 soldiers were killed", "400 wounded",
        # which outranks a status noun ("17 hostages had been released").
        j = np_end
        gap = 0
        while j < len(tokens) and gap <= 4:  # noqa: PLR2004 - auxiliaries and adverbs
            word = tokens[j].lower
            for phrase, outcome in _PASSIVE_PHRASES_BY_FIRST.get(word, ()):
                if tuple(t.lower for t in tokens[j : j + len(phrase)]) == phrase:
                    return outcome, j, False
            if word in lex.PASSIVE_TRIGGERS:
                if word == "wounded" and j + 1 < len(tokens) and tokens[j + 1].lower in {"soldiers", "people"}:
                    return None, None, False
                return lex.PASSIVE_TRIGGERS[word], j, False
            if word in lex.PASSIVE_GAP and word not in {"and", "in"}:
                j += 1
                gap += 1
                continue
            if word == "and" and j + 1 < len(tokens) and tokens[j + 1].lower in lex.PASSIVE_TRIGGERS:
                j += 1
                continue
            if word == "," and j + 1 < len(tokens) and tokens[j + 1].lower in lex.ASIDE_OPENERS:
                # "12 civilians, including four children, were killed": step over the aside.
                close = _next_comma(tokens, j + 1, _ASIDE_REACH)
                if close is not None:
                    j = close + 1
                    continue
            break
        # 3. The counted noun names the outcome: "274 deaths", "12 casualties".
        if head is not None and head in lex.OUTCOME_NOUNS:
            return lex.OUTCOME_NOUNS[head], None, False
        return None, None, False

    def _subject(  # noqa: PLR0913, PLR0917, C901, PLR0912 - every clue to whose dead these are
        self,
        reader: _SentenceReader,
        count: Count,
        np_text: str,
        head: str | None,
        outcome: str,
        unit: str,
        frame: _Frame | None,
        previous: _Draft | None,
        active: bool,
        *,
        coordinated: bool = False,
        perpetrator: Actor | None = None,
    ) -> _Draft:
        country: str | None = None
        kind = "unknown"
        inherited = False
        words = [w.lower().strip("'’") for w in _NP_WORD.findall(np_text)]
        anaphoric = (
            not words
            or head is None
            or head in lex.ANAPHORIC_HEADS
            or words[0] in {"others", "more"}
            or words[:2] in (["of", "them"], ["of", "those"], ["of", "these"], ["of", "whom"])
        )
        speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
        side = None
        if not anaphoric or words:
            side = actor_finder.side_of_noun_phrase(np_text) if np_text else None
            if side is not None:
                country = side[0]
            if any(w in _grammar.POSSESSIVES for w in words) and country is None:
                # "13 of its fighters" are the speaker's; "we killed 50 of their fighters" the enemy's.
                their = "their" in words and active
                country = self.opponent_of(speaker_country) if their else speaker_country
            for word in words:
                modifier = _people.KIND_MODIFIERS.get(word)
                if modifier is not None:
                    kind = modifier
            if head is not None and head in _people.PERSON_NOUNS:
                head_kind = _people.PERSON_NOUNS[head]
                if kind == "unknown" or head_kind in {"civilians", "police"}:
                    kind = head_kind if head_kind != "unknown" or kind == "unknown" else kind
            elif kind == "unknown" and side is not None and side[1] is ActorKind.CIVILIANS:
                # A people's plural name counts civilians: "12 Palestinians".
                kind = "civilians"
            if unit != "persons" and kind == "unknown":
                kind = "military"
        joint = _has_joint_marker(reader.tokens, reader.token_index(count.span.start if count.span else 0))
        if anaphoric and previous is None and head == "others" and self.memory.draft is not None:
            # "… killed 37 farmers. Four others were abducted.": the last toll's people.
            previous = self.memory.draft
        if anaphoric and previous is not None:
            country, kind, inherited = previous.subject_country, previous.subject_kind, True
            if head is not None and head not in lex.ANAPHORIC_HEADS and head in lex.UNIT_NOUNS:
                kind = previous.subject_kind
        elif (
            country is None
            and coordinated
            and previous is not None
            and kind in {previous.subject_kind, "unknown"}
            and unit == previous.unit
        ):
            country = previous.subject_country
            kind = previous.subject_kind if kind == "unknown" else kind
            inherited = True
        elif country is None and coordinated and previous is not None and previous.subject_country is not None:
            country = previous.subject_country
            inherited = True
        if joint:
            country, kind = None, "unknown"
        elif country is None and not inherited:
            country = self._default_country(reader, kind, outcome, frame, active, perpetrator, head)
        name = np_text.strip() or (previous.subject_name if previous is not None else "")
        return _Draft(
            count=count,
            outcome=outcome,
            unit=unit,
            subject_country=country,
            subject_kind=kind,
            subject_name=name,
            stance="asserted",
            frame=frame,
            evidence=(0, 0),
        )

    def _default_country(  # noqa: PLR0911, PLR0913, PLR0917 - one rule a line, every clue as an argument
        self,
        reader: _SentenceReader,
        kind: str,
        outcome: str,
        frame: _Frame | None,
        active: bool,
        perpetrator: Actor | None,
        head: str | None,
    ) -> str | None:
        """Whose people an unmarked noun phrase counts.

        Civilians belong where they were hit; insurgents to the country they
        fight in (ACLED's convention), when the text names where; soldiers a
        side admits to losing are its own; the victims of a named perpetrator
        are its opponent's.
        """
        speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
        places = self._place_countries(reader.span)
        local = Counter(places).most_common(1)[0][0] if places else None
        if kind in {"civilians", "unknown"}:
            # Where they were hit, or unknown: a perpetrator's enemies need not be its victims.
            return local
        if head in lex.INSURGENT_NOUNS and local is not None:
            return local
        if frame is not None and frame.admission:
            return speaker_country
        if perpetrator is not None and perpetrator.country is not None:
            opponent = self.opponent_of(perpetrator.country)
            speaker = frame.speaker if frame is not None else None
            if opponent is not None or speaker is None or perpetrator.name == speaker.name:
                return opponent
            # "Taliban insurgents … killing eight soldiers, the Afghan defense ministry said":
            # a state reporting soldiers killed by someone else reports its own.
            return speaker_country
        if active and outcome in {"killed", "wounded", "captured", "destroyed", "seized"}:
            return self.opponent_of(speaker_country)
        return speaker_country

    def _place_countries(self, span: Span) -> list[str]:
        """Countries of the places where things happened in ``span``.

        Sub-national places count wherever they stand; a country only after
        "in" ("killed in Sudan"), since countries also stand for their
        governments ("Qatar, which mediated …").
        """
        found: list[str] = []
        for mention in self._locations_within(span):
            location = mention.location
            if location.country is None:
                continue
            if location.kind is LocationKind.COUNTRY:
                before = self.text[max(0, mention.span.start - 10) : mention.span.start].lower().split()
                if before[-1:] not in (["in"], ["inside"], ["across"], ["throughout"]):
                    continue
            found.append(location.country)
        return found

    def _agent_after(self, reader: _SentenceReader, after: int) -> Actor | None:
        """The agent of a passive toll: "killed in the Hamas attack", "injured in Pakistani strikes"."""
        tokens = reader.tokens
        for i in range(after, min(after + _AGENT_REACH, len(tokens))):
            if tokens[i].lower not in {"in", "by", "during"}:
                continue
            for k in range(i + 1, min(i + 5, len(tokens))):
                if tokens[k].lower in lex.ATTACK_NOUNS:
                    for m in range(k - 1, i, -1):
                        mention = reader.mention_at(m)
                        if mention is not None and mention.country is not None:
                            return self.actor_for(mention)
                        code = self.country_of(tokens[m].text)
                        if code is not None:
                            return Actor(name=tokens[m].text, kind=ActorKind.MILITARY, country=code)
                    return None
            return None
        return None

    def _agent_of_trigger(
        self, reader: _SentenceReader, trigger: int, frame: _Frame | None, floor: int = 0
    ) -> Actor | None:
        """Who did it, for an active verb: "its forces killed", "Russian strikes killed".

        Looks back no further than the previous claim's words (their side is
        not this verb's agent) and passes over places ("across Ukraine").
        """
        tokens = reader.tokens
        start = reader.token_index(frame.scope[0]) if frame is not None else 0
        floor = max(start, floor, trigger - _AGENT_REACH)
        # The clause's subject comes first: keep the leftmost candidate, so that an
        # object ("attacked southern Israel, killing …") does not pass for the agent.
        found: Actor | None = None
        for i in range(trigger - 1, floor - 1, -1):
            token = tokens[i]
            if token.lower in _speech.REPORTING_VERBS or token.text in {";", ":", "—", "(", ")"}:
                break
            if token.lower in {"its", "their", "our", "we", "it", "they"} and frame is not None:
                found = frame.speaker
                continue
            mention = reader.mention_at(i)
            object_of_place = i > 0 and tokens[i - 1].lower in lex.PLACE_PREPOSITIONS
            if mention is not None and mention.country is not None:
                mention_start = reader.token_index(mention.span.start)
                if mention_start == 0 or tokens[mention_start - 1].lower not in lex.PLACE_PREPOSITIONS:
                    found = self.actor_for(mention)
                continue
            code = self.country_of(token.text)
            if code is not None and not object_of_place:
                found = Actor(name=token.text, kind=ActorKind.MILITARY, country=code)
        return found

    def _zero_and_unquantified(
        self, reader: _SentenceReader, frames: list[_Frame], found: list[_Draft]
    ) -> list[_Draft]:
        """Denials of any loss and claims without a number ("heavy casualties")."""
        drafts: list[_Draft] = []
        tokens = reader.tokens
        taken = [d.evidence for d in found]
        # Only the few tokens that can open such a claim are looked at; the filter runs in C.
        openers = map(_ZERO_OR_UNQUANTIFIED_OPENERS.__contains__, map(operator.attrgetter("lower"), tokens))
        for i in itertools.compress(range(len(tokens)), openers):
            word = tokens[i].lower
            draft: _Draft | None = None
            if word in _ZERO_WORDS and i + 1 < len(tokens):
                draft = self._zero_claim(reader, frames, i)
                if draft is not None and any(_overlap(draft.evidence, t) for t in taken):
                    draft = None
            elif word in lex.UNQUANTIFIED_NOUNS and i > 0 and tokens[i - 1].lower in lex.UNQUANTIFIED_MODIFIERS:
                draft = self._unquantified_claim(reader, frames, i)
            elif word in _CLAIM_OF_WORDS and 0 < i < len(tokens) - 2 and tokens[i + 1].lower == "of":
                draft = self._denied_claims_of(reader, frames, i)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _zero_claim(self, reader: _SentenceReader, frames: list[_Frame], i: int) -> _Draft | None:
        """A claim of zero: "no soldiers were killed", "denied that any soldiers had been captured"."""
        tokens = reader.tokens
        token = tokens[i]
        frame = self._frame_for(frames, token.start)
        denial = frame is not None and frame.denial
        if token.lower == "any" and not denial:
            return None
        np_end, head = _noun_phrase(tokens, i + 1)
        head_word = tokens[head].lower if head is not None else None
        if head_word is None or not (
            head_word in _people.PERSON_NOUNS or head_word in lex.UNIT_NOUNS or head_word in lex.OUTCOME_NOUNS
        ):
            return None
        outcome, trigger, active = self._outcome(reader, i, np_end, head_word, max(0, i - 3))
        unit = None if outcome is None else _unit(head_word, outcome)
        if outcome is None or unit is None:
            return None
        span = Span(start=token.start, end=token.end)
        zero = Count(low=0, high=0, best=0, qualifier=Qualifier.NONE, text=token.text, span=span)
        np_text = self.text[tokens[i + 1].start : tokens[np_end - 1].end] if np_end > i + 1 else ""
        draft = self._subject(reader, zero, np_text, head_word, outcome, unit, frame, None, active=active)
        draft.evidence = _evidence(tokens, i, np_end, trigger)
        draft.stance = "denied" if denial else "asserted"
        return draft

    def _unquantified_claim(self, reader: _SentenceReader, frames: list[_Frame], i: int) -> _Draft | None:
        """A claim with no number: "heavy casualties on Pakistani forces", "civilian casualties"."""
        tokens = reader.tokens
        token = tokens[i]
        preceding = bisect.bisect_left(self._count_starts, token.start)
        nearest = self.counts[preceding - 1].span if preceding else None
        if nearest is not None and nearest.end <= token.start and token.start - nearest.end < _NEAR_COUNT:
            return None
        if i + 1 < len(tokens) and tokens[i + 1].lower in lex.STATISTIC_WORDS:
            # "civilian casualties rose by 20 percent": talk about a toll, not a claim of one.
            return None
        frame = self._frame_for(frames, token.start)
        speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
        modifier = tokens[i - 1].lower
        kind = {"civilian": "civilians", "military": "military", "enemy": "military"}.get(modifier, "unknown")
        country = self._target_country(tokens, i)
        if country is not None and kind == "unknown":
            kind = "military"
        if country is None and kind == "civilians":
            places = self._place_countries(reader.span)
            country = places[0] if places else speaker_country
        joint = frame is None and reader.first_both is not None and reader.first_both < i
        return _Draft(
            count=None,
            outcome=lex.UNQUANTIFIED_NOUNS[token.lower],
            unit="persons",
            subject_country=None if joint else country,
            subject_kind=kind,
            subject_name=self.text[tokens[i - 1].start : token.end],
            stance="denied" if frame is not None and frame.denial else "asserted",
            frame=frame,
            evidence=(tokens[i - 1].start, token.end),
        )

    def _target_country(self, tokens: Sequence[_Token], i: int) -> str | None:
        """The side named after "on"/"among"/"to" following token ``i``: "casualties on Pakistani forces"."""
        for k in range(i + 1, min(i + 6, len(tokens))):
            if tokens[k].lower in {"on", "among", "to"}:
                for m in range(k + 1, min(k + 4, len(tokens))):
                    code = self.country_of(tokens[m].text)
                    if code is not None:
                        return code
                return None
        return None

    def _denied_claims_of(self, reader: _SentenceReader, frames: list[_Frame], i: int) -> _Draft | None:
        """A denied claim with no number: "rejected Taliban claims of seizing outposts"."""
        tokens = reader.tokens
        frame = self._frame_for(frames, tokens[i].start)
        outcome = lex.ACTIVE_TRIGGERS.get(tokens[i + 2].lower)
        if frame is None or not frame.denial or outcome is None:
            return None
        np_end, head = _noun_phrase(tokens, i + 3)
        head_word = tokens[head].lower if head is not None else None
        speaker = frame.speaker
        return _Draft(
            count=None,
            outcome=outcome,
            unit=_unit(head_word, outcome) or "persons",
            subject_country=speaker.country if speaker is not None else None,
            subject_kind="military",
            subject_name=self.text[tokens[i + 3].start : tokens[np_end - 1].end] if np_end > i + 3 else "",
            stance="denied",
            frame=frame,
            evidence=(tokens[max(0, i - 2)].start, tokens[max(i + 2, np_end - 1)].end),
        )

    def _finish(self, reader: _SentenceReader, draft: _Draft) -> Claim:
        frame = draft.frame
        claimant = frame.speaker if frame is not None else None
        subject = Actor(
            name=draft.subject_name or _side_name(draft.subject_country, draft.subject_kind),
            kind=_ACTOR_KINDS[draft.subject_kind],
            country=draft.subject_country,
        )
        locations = self._locations_in(reader.span)
        period = self._period_for(reader, draft)
        start, end = draft.evidence
        if draft.count is not None and draft.count.span is not None:
            start, end = min(start, draft.count.span.start), max(end, draft.count.span.end)
        return Claim(
            claimant=claimant,
            subject=subject,
            outcome=_OUTCOMES[draft.outcome],
            unit=_UNITS[draft.unit],
            count=draft.count,
            stance=_STANCES[draft.stance],
            perpetrator=draft.perpetrator,
            locations=locations,
            period=period,
            cue=frame.cue if frame is not None else None,
            evidence=Span(start=start, end=end),
        )

    def _locations_in(self, span: Span) -> tuple[Location, ...]:
        seen: dict[tuple[str, str | None], Location] = {}
        for mention in self._locations_within(span):
            seen.setdefault((mention.location.name, mention.location.country), mention.location)
        return tuple(seen.values())

    def _period_for(self, reader: _SentenceReader, draft: _Draft) -> DateRange | None:
        """The time expression nearest the claim in its sentence, if any."""
        expressions = self._times_within(reader.span)
        if not expressions:
            return None
        anchor = draft.evidence[0]
        best = min(expressions, key=lambda t: abs(t.span.start - anchor))
        return best.period

    # ---- ceasefires

    def _mediators(self, reader: _SentenceReader) -> list[Actor]:
        """States and bodies named as brokers: "brokered by X and Y", "X and Y mediated", "alongside Z"."""
        tokens = reader.tokens
        found: dict[int, Actor] = {}

        def take(first: int, last: int) -> None:
            for index in range(max(0, first), min(len(tokens), last)):
                mention = reader.mention_at(index)
                if mention is None:
                    continue
                actor = self.actor_for(mention)
                if actor.country is not None or actor.kind is ActorKind.ORGANIZATION:
                    found.setdefault(id(actor), actor)

        for i, token in enumerate(tokens):
            if token.lower == "alongside" or (
                token.lower == "by" and i > 0 and tokens[i - 1].lower in lex.MEDIATION_CUES
            ):
                take(i + 1, _clause_end(tokens, i + 1, _MEDIATOR_REACH))
            elif token.lower in lex.MEDIATION_CUES and not (i + 1 < len(tokens) and tokens[i + 1].lower == "by"):
                take(_clause_start(tokens, i, _MEDIATOR_REACH), i)
        return list(found.values())

    def _ceasefire_in(self, reader: _SentenceReader) -> Ceasefire | None:  # noqa: C901 - one field at a time
        tokens = reader.tokens
        where = next((i for i, t in enumerate(tokens) if t.lower in lex.CEASEFIRE_WORDS), None)
        if where is None:
            return None
        lowered = self.text[reader.span.start : reader.span.end].lower()
        words = {t.lower for t in tokens}
        between = _BETWEEN.search(self.text, reader.span.start, reader.span.end)
        mentioned: dict[int, Actor] = {}
        named_between: dict[int, Actor] = {}
        for mention in reader.mentions:
            actor = self.actor_for(mention)
            if actor.country is None:
                continue
            if actor.kind in {ActorKind.STATE, ActorKind.GOVERNMENT}:
                mentioned.setdefault(id(actor), actor)
            if between is not None and between.start() <= mention.span.start < between.end():
                # Parties may be armed groups too: "between Israel and Hamas".
                named_between.setdefault(id(actor), actor)
        mediators = [a for a in self._mediators(reader) if id(a) not in named_between]
        mediator_codes = {m.country for m in mediators}
        parties = list(named_between.values())
        if not parties:
            parties.extend(
                Actor(name=_country_name(code), kind=ActorKind.STATE, country=code)
                for code in sorted(self.sides)
                if code not in mediator_codes
            )
        status = CeasefireStatus.UNKNOWN
        for cue, value in lex.CEASEFIRE_STATUS:
            if cue in lowered:
                status = CeasefireStatus(value)
                break
        temporary: bool | None = None
        if words & lex.TEMPORARY_CUES:
            temporary = True
        elif words & lex.PERMANENT_CUES:
            temporary = False
        times = self._times_within(reader.span)
        period = min(times, key=lambda t: abs(t.span.start - tokens[where].start)).period if times else None
        return Ceasefire(
            parties=tuple(parties),
            mediators=tuple(mediators),
            status=status,
            temporary=temporary,
            period=period,
            evidence=reader.span,
        )


# --------------------------------------------------------------------------- small helpers


def _next_comma(tokens: Sequence[_Token], start: int, reach: int) -> int | None:
    for k in range(start, min(len(tokens), start + reach)):
        if tokens[k].text == ",":
            return k
    return None


def _clause_end(tokens: Sequence[_Token], start: int, reach: int) -> int:
    """Where the phrase from ``start`` ends: at a stop, semicolon, dash or verb-like break, within ``reach``."""
    end = start
    while end < len(tokens) and end - start < reach and tokens[end].text not in {".", ";", ":", "—", "(", ")"}:
        if tokens[end].lower in lex.CLAUSE_BREAKS:
            break
        end += 1
    return end


def _clause_start(tokens: Sequence[_Token], end: int, reach: int) -> int:
    """Where the phrase before ``end`` starts, within ``reach`` tokens."""
    start = end
    while start > 0 and end - start < reach and tokens[start - 1].text not in {".", ";", ":", "—", "(", ")"}:
        word = tokens[start - 1].lower
        # A relative pronoun points back to its noun: "Qatar, which mediated".
        if word in lex.CLAUSE_BREAKS and word not in {"which", "who", "that"}:
            break
        start -= 1
    return start


def _is_name_word(word: str) -> bool:
    """A capitalized word that can be part of a person's name ("Oleh", "Al-Khulaifi")."""
    return len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").replace("'", "").isalpha()


def _is_local_role(role: str | None) -> bool:
    return role is not None and any(word in _LOCAL_ROLES for word in role.lower().split())


def _clip(span: Span, body: Span) -> Span | None:
    if body.start <= span.start and span.end <= body.end:
        return span  # the usual case: no new Span to build
    start, end = max(span.start, body.start), min(span.end, body.end)
    return Span(start=start, end=end) if start < end else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _noun_phrase(tokens: Sequence[_Token], start: int) -> tuple[int, int | None]:  # noqa: C901 - one stop rule a line
    """The noun phrase after a count: (end token index, head token index)."""
    i = start
    head: int | None = None
    while i < len(tokens) and i - start < 8:  # noqa: PLR2004 - counted phrases are short
        token = tokens[i]
        word = token.lower
        if not token.is_word:
            if token.text in {"-", "–"} and head is not None:
                i += 1
                continue
            break
        if word in lex.NP_STOP or (word in _speech.REPORTING_VERBS and head is not None):
            break
        nxt_word = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        prenominal = nxt_word in _people.PERSON_NOUNS or nxt_word in lex.OUTCOME_NOUNS or nxt_word in lex.UNIT_NOUNS
        if word in lex.PASSIVE_TRIGGERS and head is not None and not prenominal:
            break
        if word in lex.ACTIVE_TRIGGERS and word not in {"wounded", "injured"} and not prenominal:
            break
        if word in {"and", "or"}:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                nxt is None
                or not nxt.is_word
                or nxt.text[0].isdigit()
                or nxt.lower in lex.NP_STOP
                or nxt.lower in lex.ACTIVE_TRIGGERS
                or nxt.lower in lex.PASSIVE_TRIGGERS
                or nxt.lower in {"that", "a", "an", "the", "several", "one", "two", "three", "dozens", "hundreds"}
            ):
                break
            i += 1
            continue
        if word == "of" and head is not None and tokens[head].lower not in lex.ANAPHORIC_HEADS:
            break
        if head is None and word in lex.PASSIVE_TRIGGERS and not prenominal:
            # "400 wounded", "50 hurt": the participle is the outcome, not a noun.
            break
        if word != "of" and word not in _DETERMINERS and word not in _grammar.POSSESSIVES:
            head = i
        i += 1
    return i, head


def _is_adjectival(tokens: Sequence[_Token], index: int) -> bool:
    """Whether "wounded" in "wounded 12" is an adjective ("the wounded 12")."""
    return index > 0 and tokens[index - 1].lower in {"the", "a", "an"}


def _names_a_side(np_text: str) -> bool:
    side = actor_finder.side_of_noun_phrase(np_text) if np_text else None
    return side is not None and side[0] is not None


def _is_subset(tokens: Sequence[_Token], first: int, np_end: int) -> bool:
    """Whether the count at ``first`` singles out part of a toll: "four of them", "including five"."""
    before = tokens[first - 1].lower if first > 0 else ""
    after = [t.lower for t in tokens[np_end : np_end + 2]]
    return (
        before in {"including", "among"}
        or after in (["of", "them"], ["of", "whom"])
        or (
            first + 2 < len(tokens)
            and [t.lower for t in tokens[first + 1 : first + 3]] in (["of", "them"], ["of", "whom"])
        )
    )


def _coordinated(tokens: Sequence[_Token], previous_end: int, first: int) -> bool:
    """Whether the count at ``first`` is joined to the previous one ("and 27", ", while one")."""
    between = [t.lower for t in tokens[previous_end:first]]
    if len(between) > 12:  # noqa: PLR2004 - too far to share a subject
        return False
    return any(
        w in {"and", ",", "while", "with", "including", "plus", "whereas", "but", "another", "that"} for w in between
    )


def _has_joint_marker(tokens: Sequence[_Token], first: int) -> bool:
    window = [t.lower for t in tokens[first : first + 10]]
    return any(
        tuple(window[k : k + len(marker)]) == marker
        for k, word in enumerate(window)
        if word in _JOINT_MARKER_STARTS
        for marker in lex.JOINT_MARKERS
    )


def _unit(head: str | None, outcome: str) -> str | None:
    """The unit a claim counts, or ``None`` when the head is no claim unit."""
    if head is None or head in lex.ANAPHORIC_HEADS:
        return "persons"
    if head in lex.UNIT_NOUNS:
        return lex.UNIT_NOUNS[head]
    if head in _people.PERSON_NOUNS or head in lex.OUTCOME_NOUNS:
        return "persons"
    if head in lex.NON_CLAIM_HEADS:
        return None
    if outcome in {"destroyed", "seized"}:
        return "other"
    return "persons"


def _evidence(tokens: Sequence[_Token], first: int, np_end: int, trigger: int | None) -> tuple[int, int]:
    indices = [first, max(first, np_end - 1)]
    if trigger is not None:
        indices.append(trigger)
    lo, hi = min(indices), max(indices)
    hi = min(hi, len(tokens) - 1)
    return tokens[lo].start, tokens[hi].end


def _side_name(country: str | None, kind: str) -> str:
    return f"{country or 'unknown'} {kind}"


def _country_name(code: str) -> str:
    return actor_finder.country_name(code) or code


def _shifted(expression: TimeExpression, offset: int) -> TimeExpression:
    """``expression`` found in a slice starting at ``offset``, with spans into the whole text."""
    span = expression.span.shifted(offset)
    return attrs.evolve(expression, span=span, period=attrs.evolve(expression.period, span=span))


def _default_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    article_id: str | None = None,
    title: str | None = None,
) -> Article:
    """Extract an :class:`~conflictclaims.model.Article` from plain text.

    ``published``, ``source`` and ``title`` override what the article's own
    header says; ``article_id`` defaults to a hash of the text. Never raises
    on a ``str``.

    >>> article = extract("Officials said 12 soldiers were killed on Sunday.", published=dt.date(2026, 2, 28))
    >>> [(c.outcome.value, c.count.low, c.cue) for c in article.claims]
    [('killed', 12, 'said')]
    """
    header = read_header(text)
    if published is not None:
        header = attrs.evolve(header, published=published)
    extractor = _Extractor(text, header)
    claims, ceasefires = extractor.run()
    locations = gazetteer.merge_mentions(extractor.location_mentions)
    return Article(
        id=article_id or _default_id(text),
        text=text,
        title=title if title is not None else header.title,
        published=header.published,
        authors=header.authors,
        source=source if source is not None else header.source,
        claims=tuple(claims),
        ceasefires=tuple(ceasefires),
        actors=extractor.actors,
        locations=locations,
    )
