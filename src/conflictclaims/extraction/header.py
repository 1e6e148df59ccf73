"""Stage 1, the header: what a plain-text article says about itself, and where its body lies.

Input: the article text. Output: a :class:`Header` (title, publication date,
authors, source, the body's span and the page furniture inside it).

Grammar of the lines read, top to bottom until the first line that is none
of them::

    header   := [ "date" ISO-DATE ] { blank | bullet-line | byline | source | dated }
    bullet   := ("-" | "*" | "•") content          (content is any line below, or a date)
    byline   := ("By" | "Written by" | "Reported by") names
    source   := ("Source" | "Agency") ":" name
    dated    := ("Published" | "Updated" | "Posted" | "Date" | "First published") ["on"] date
    dateline := CAPS {"/" CAPS} [", " place] "(" AGENCY ")" dash   (at the body's start: "KYIV, Ukraine (AP) —",
                                                              "CAIRO/GAZA (AP) —")
    trailer  := { blank | furniture | AGENCY }          (read bottom up)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import regex
from attrs import frozen

from conflictclaims import _claim_lexicon as lex
from conflictclaims._patterns import alternation
from conflictclaims.span import Span
from conflictclaims.temporal import parse_date

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Header", "read_header"]


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
# "KYIV, Ukraine (AP) —", "CAIRO/GAZA (AP) —": a wire dateline naming its agency.
_DATELINE: Final = regex.compile(
    r"[ \t]*+\p{Lu}[\p{Lu} .'’/\-]{1,40}+(?:,[ \t]*+[\p{L} .]{2,40}+)?+"
    r"[ \t]*+\((?P<agency>[\p{L} .\-]{2,30}+)\)[ \t]*+[—–\-]"
)
_JUNK_LINE: Final = re.compile(
    rf"^[ \t]*+(?:{alternation(lex.JUNK_LINES, word_end=False)})[^\n]{{0,200}}+$", re.IGNORECASE | re.MULTILINE
)
_NAME_SPLIT: Final = re.compile(r"\s*+(?:,|\band\b|&)\s*+")
# A title has this many words at least and at most.
_TITLE_WORDS: Final = range(2, 21)


def _line_starts(text: str, start: int) -> Iterator[int]:
    """Where the lines from ``start`` start: where ``_JUNK_LINE``'s ``^`` can match, tried alone.

    Found by a search for each line break in C; the pattern itself would try
    every character of the text.
    """
    if start == 0 or text[start - 1 : start] == "\n":
        yield start
    at = text.find("\n", start)
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


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


class _Reading:
    """What the header lines said so far."""

    def __init__(self) -> None:
        self.published: dt.date | None = None
        self.authors: list[str] = []
        self.source: str | None = None

    def take(self, line: str) -> bool:
        """Read one header line; whether it was one (``header`` in the module's grammar)."""
        bullet = _BULLET_LINE.match(line)
        content = bullet.group("body").strip() if bullet else line.strip()
        if (byline := _BYLINE.match(content)) is not None:
            self.authors.extend(n for n in _NAME_SPLIT.split(byline.group("names").strip()) if n)
        elif (agency := _SOURCE.match(content)) is not None:
            self.source = self.source or agency.group("source").strip()
        elif (dated := _DATED.match(content)) is not None and parse_date(dated.group("date")) is not None:
            self.published = self.published or parse_date(dated.group("date"))
        elif bullet is not None and (day := parse_date(content)) is not None:
            self.published = self.published or day
        else:
            return False
        return True


def _head(text: str, reading: _Reading) -> int:
    """Read the header lines (``header``) into ``reading``; return where the body starts."""
    body_start = 0
    stamp = _DATE_PREFIX.match(text)
    if stamp is not None:
        reading.published = parse_date(stamp.group("date"))
        body_start = stamp.end()
    for line_start, line_end in _lines(text, body_start, len(text)):
        line = text[line_start:line_end]
        if line.strip() and not reading.take(line):
            break
        body_start = line_end + 1
    body_start = min(body_start, len(text))
    dateline = _DATELINE.match(text, body_start)
    if dateline is not None and dateline.group("agency").strip().lower() in lex.AGENCIES:
        reading.source = reading.source or dateline.group("agency").strip()
    return body_start


def _tail(text: str, body_start: int, junk_starts: set[int], reading: _Reading) -> int:
    """Read the trailer (``trailer``) bottom up: blank lines, furniture, an agency; return where the body ends."""
    body_end = len(text)
    for line_start, line_end in _lines_backwards(text, body_start, len(text)):
        line = text[line_start:line_end].strip()
        if not line or line_start in junk_starts:
            body_end = line_start
            continue
        if line.lower().rstrip(".") in lex.AGENCIES:
            reading.source = reading.source or line.rstrip(".")
            body_end = line_start
            continue
        break
    return body_end


def read_header(text: str) -> Header:
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
    reading = _Reading()
    body_start = _head(text, reading)
    # Page furniture anywhere in the body, found in one pass.
    junk = (_JUNK_LINE.match(text, at) for at in _line_starts(text, body_start))
    skipped = [Span(start=m.start(), end=m.end()) for m in junk if m is not None]
    body_end = _tail(text, body_start, {span.start for span in skipped}, reading)
    return Header(
        title=_title(text, body_start, body_end),
        published=reading.published,
        authors=tuple(reading.authors),
        source=reading.source,
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
    if len(first.split()) not in _TITLE_WORDS or first[-1] in '.!?"”’:' or first.endswith(","):
        return None
    return first
