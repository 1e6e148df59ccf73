"""Dates in article headers and relative time expressions in article text.

:func:`parse_date` reads header dates ("Sun, 12 Oct 2025 01:06 PM (IST)") with
python-dateutil, keeping the time zone when the text gives one.
:func:`find_time_expressions` finds "late Thursday", "overnight",
"in October", "last year", "earlier this week" and resolves each against the
publication date into a :class:`~conflictclaims.model.DateRange`.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
from typing import Final

import attrs
import regex
from attrs import frozen
from dateutil import parser as date_parser
from dateutil import tz

from conflictclaims._patterns import alternation, is_plain, lower_keeping_offsets, pattern_pair
from conflictclaims.model import DateRange
from conflictclaims.span import Span

__all__ = ["ANCHOR_WORDS", "TimeExpression", "find_time_expressions", "parse_date"]

# Zone abbreviations common in conflict reporting. dateutil knows none of them
# by default, and several are ambiguous (IST: India, Ireland, Israel); these
# are the readings news datelines mean most often.
_ZONES: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 3600, "CET": 3600, "WAT": 3600, "CEST": 7200, "EET": 7200,
    "CAT": 7200, "SAST": 7200, "EEST": 10800, "MSK": 10800, "EAT": 10800, "AST": 10800, "IDT": 10800,
    "IRST": 12600, "GST": 14400, "AFT": 16200, "PKT": 18000, "IST": 19800, "NPT": 20700, "BDT": 21600,
    "MMT": 23400, "ICT": 25200, "WIB": 25200, "HKT": 28800, "SGT": 28800, "PHT": 28800, "JST": 32400,
    "KST": 32400, "AEST": 36000, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
    "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
}  # fmt: skip
_TZINFOS = {name: tz.tzoffset(name, seconds) for name, seconds in _ZONES.items()}
_HAS_TIME = regex.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*+(?:[ap]\.?m\.?)(?!\w)", regex.IGNORECASE)
_ISO_DATE_LENGTH = len("2026-02-28")
_HAS_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def parse_date(text: str) -> dt.date | None:
    """Parse a header date, or return ``None`` when ``text`` holds none.

    A bare date gives a :class:`datetime.date`; a date with a time gives a
    :class:`datetime.datetime`, timezone-aware when the text names a zone.

    >>> parse_date("2026-02-28")
    datetime.date(2026, 2, 28)
    >>> parse_date("Sun, 12 Oct 2025 01:06 PM (IST)")
    datetime.datetime(2025, 10, 12, 13, 6, tzinfo=tzoffset('IST', 19800))
    >>> parse_date("By Shivangi Sharma") is None
    True
    """
    cleaned = text.replace("(", " ").replace(")", " ").strip()
    if len(cleaned) == _ISO_DATE_LENGTH and cleaned[4] == "-" and cleaned[7] == "-":
        # "2026-02-28", the commonest stamp: the standard library reads it far faster than dateutil.
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(cleaned)
    if not cleaned or _HAS_YEAR.search(cleaned) is None or len(cleaned) > 80:  # noqa: PLR2004 - a header line
        return None
    try:
        value = date_parser.parse(cleaned, tzinfos=_TZINFOS, fuzzy=False)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if _HAS_TIME.search(cleaned) is None:
        return value.date()
    return value


@frozen(kw_only=True)
class TimeExpression:
    """A time expression in the text and the days it refers to."""

    span: Span
    text: str
    period: DateRange


_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_EXPRESSION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?:
        (?P<weekday>(?:(?:late|early|on|last|this|past)\s++)?+(?:{_WEEKDAY_RE})(?:\s++(?:night|morning|evening|afternoon))?+)
      | (?P<monthday>(?:on\s++)?+(?:(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?+\s++(?:of\s++)?+(?P<md_month>{_MONTH_RE})\.?+
            |(?P<dm_month>{_MONTH_RE})\.?+\s++(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?+(?!\d))(?:,?+\s++(?P<md_year>(?:19|20)\d{{2}}))?+)
      | (?P<month>(?:(?:in|since|during|early|late|mid|mid-|last|this|earlier\s++in|later\s++in)\s++)?+
            (?P<m_name>{_MONTH_RE})(?:\s++(?P<m_year>(?:19|20)\d{{2}})|\s++(?P<m_rel>last|this|next)\s++year)?+)
      | (?P<year>(?:in|since|during|by|until|through|of)\s++(?P<y_value>(?:19|20)\d{{2}}))
      | (?P<relative>overnight|yesterday|today|tonight|this\s++(?:morning|afternoon|evening)|last\s++night
            |the\s++(?:previous|preceding)\s++(?:day|night)
            |(?:earlier|later)\s++(?:this|in\s++the)\s++(?:week|month|year)
            |(?:earlier|later|early|late)\s++this\s++(?:week|month|year)
            |(?:this|last|past|previous|next)\s++(?:week|month|year)|(?:in\s++)?+recent\s++(?:days|weeks|months)
            |earlier\s++in\s++the\s++year)
    )
    (?![\p{{L}}\p{{N}}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A capitalized month name that is also a common word or name ("May", "March")
# counts only with a day, a year or a preposition before it.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "mar", "jun", "sep", "dec", "aug"})


def _day_of(published: dt.date) -> dt.date:
    return published.date() if isinstance(published, dt.datetime) else published


def _month_range(year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(start=dt.date(year, month, 1), end=dt.date(year, month, last))


def _year_range(year: int, until: dt.date | None = None) -> DateRange:
    end = dt.date(year, 12, 31) if until is None else min(until, dt.date(year, 12, 31))
    return DateRange(start=dt.date(year, 1, 1), end=end)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _relative(phrase: str, today: dt.date) -> DateRange | None:  # noqa: C901, PLR0911 - one branch a phrase
    words = phrase.lower().split()
    key = " ".join(words)
    if key in {"overnight", "last night", "tonight"} or key.startswith(("the previous", "the preceding")):
        return DateRange(start=today - dt.timedelta(days=1), end=today)
    if key == "yesterday":
        return DateRange.day(today - dt.timedelta(days=1))
    if key in {"today", "this morning", "this afternoon", "this evening"}:
        return DateRange.day(today)
    unit = words[-1]
    if unit in {"days", "weeks", "months"}:
        back = {"days": 7, "weeks": 30, "months": 120}[unit]
        return DateRange(start=today - dt.timedelta(days=back), end=today)
    earlier = words[0] in {"earlier", "early"}
    later = words[0] in {"later", "late"}
    previous = words[0] in {"last", "past", "previous"}
    if words[0] == "next":
        return None
    if unit == "week":
        start = _week_start(today) - (dt.timedelta(days=7) if previous else dt.timedelta())
        end = start + dt.timedelta(days=6)
        return DateRange(start=start, end=min(end, today) if not previous or earlier else end)
    if unit == "month":
        year, month = today.year, today.month
        if previous:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            return _month_range(year, month)
        start = dt.date(year, month, 1)
        return DateRange(start=start, end=today)
    if unit == "year":
        if previous:
            return _year_range(today.year - 1)
        if later:
            return DateRange(start=today, end=dt.date(today.year, 12, 31))
        return _year_range(today.year, until=today)
    return None


def _most_recent_weekday(today: dt.date, weekday: int, *, strictly_before: bool) -> dt.date:
    back = (today.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return today - dt.timedelta(days=back)


def _resolve(match: regex.Match[str], today: dt.date) -> DateRange | None:  # noqa: C901, PLR0911, PLR0912 - one return a kind
    phrase = match.group()
    if match.group("weekday") is not None:
        words = phrase.lower().split()
        day_name = next(w for w in words if w in _WEEKDAYS)
        day = _most_recent_weekday(today, _WEEKDAYS[day_name], strictly_before="last" in words)
        return DateRange.day(day)
    if match.group("monthday") is not None:
        month = _MONTHS[(match.group("md_month") or match.group("dm_month")).lower()]
        day_number = int(match.group("md_day") or match.group("dm_day"))
        year = int(match.group("md_year")) if match.group("md_year") else today.year
        try:
            day = dt.date(year, month, day_number)
        except ValueError:
            return None
        if match.group("md_year") is None and day > today:
            day = day.replace(year=year - 1) if not (month == 2 and day_number == 29) else day  # noqa: PLR2004
        return DateRange.day(day)
    if match.group("month") is not None:
        name = match.group("m_name")
        bare = match.group("month") == name
        if name.lower() in _AMBIGUOUS_MONTHS and bare and match.group("m_year") is None and not match.group("m_rel"):
            return None
        if bare and name[0].islower():
            return None
        month = _MONTHS[name.lower()]
        if match.group("m_year"):
            year = int(match.group("m_year"))
        elif match.group("m_rel"):
            # "in April last year": that month of the named year.
            year = today.year + {"last": -1, "this": 0, "next": 1}[match.group("m_rel").lower()]
        else:
            year = today.year if month <= today.month else today.year - 1
        period = _month_range(year, month)
        if phrase.lower().startswith("since"):
            return DateRange(start=period.start, end=max(today, period.start))
        return period
    if match.group("year") is not None:
        year = int(match.group("y_value"))
        if phrase.lower().startswith("since"):
            start = dt.date(year, 1, 1)
            return DateRange(start=start, end=max(today, start))
        return _year_range(year)
    return _relative(phrase, today)


# Every expression holds one of these words; scanning for them first lets the
# full pattern run only near them instead of at every character.
_ANCHOR_WORDS = (*_WEEKDAYS, *_MONTHS, "overnight", "yesterday", "today", "tonight", "morning", "afternoon",
                 "evening", "night", "day", "week", "month", "year", "days", "weeks", "months")  # fmt: skip
_ANCHOR_ALTERNATION = rf"(?:{alternation(_ANCHOR_WORDS, word_end=False)}|(?:19|20)\d{{2}})"
ANCHOR_WORDS: Final = frozenset(_ANCHOR_WORDS) | frozenset(str(year) for year in range(1900, 2100))
"""Every word one of which a time expression holds, lower-case, years included.

On plain text a sentence none of whose words (or parts of compound words) is
one of these holds no time expression: the extractor asks before it looks.

:meta hide-value:
"""
# Both forms from one source: case-blind on any text with ``regex``, and for plain
# text (see ``_patterns.is_plain``) on the lower-cased text with the faster ``re``.
_ANCHORS = pattern_pair(
    rf"(?<![\p{{L}}\p{{N}}]){_ANCHOR_ALTERNATION}(?![\p{{L}}\p{{N}}])", unicode_flags=regex.IGNORECASE
)
_ANCHOR = _ANCHORS.unicode
_PLAIN_ANCHOR = _ANCHORS.plain
# The longest prefix an expression can have before its anchor word ("earlier in the ").
_LEAD = 24
_TAIL = 24


def _matches(text: str) -> list[regex.Match[str]]:
    """Matches of the full expression, tried only in windows around anchor words."""
    found: list[regex.Match[str]] = []
    done = 0
    anchors = _PLAIN_ANCHOR.finditer(lower_keeping_offsets(text)) if is_plain(text) else _ANCHOR.finditer(text)
    for anchor in anchors:
        if anchor.end() <= done:
            continue
        start = max(done, anchor.start() - _LEAD)
        for match in _EXPRESSION.finditer(text, start, min(len(text), anchor.end() + _TAIL)):
            # Only a match around its anchor is whole: one that stops short of
            # it may have been cut by the window's end.
            if match.start() > anchor.start() or match.end() < anchor.end():
                continue
            found.append(match)
            done = match.end()
            break
    return found


def find_time_expressions(text: str, published: dt.date | None) -> tuple[TimeExpression, ...]:
    """Find time expressions in ``text`` and resolve them against ``published``.

    Expressions are resolved backwards from the publication day, as news
    reports past events: "on Sunday" is the latest Sunday on or before it,
    "in October" the latest October not after it. Without a publication date
    nothing can be resolved and the result is empty. Never raises on a ``str``.

    >>> import datetime as dt
    >>> [(e.text, str(e.period.start), str(e.period.end))
    ...  for e in find_time_expressions("clashes in October, then late Thursday", dt.date(2026, 2, 28))]
    [('in October', '2025-10-01', '2025-10-31'), ('late Thursday', '2026-02-26', '2026-02-26')]
    """
    if published is None:
        return ()
    today = _day_of(published)
    found: list[TimeExpression] = []
    for match in _matches(text):
        try:
            period = _resolve(match, today)
        except (ValueError, OverflowError):
            continue
        if period is None:
            continue
        span = Span(start=match.start(), end=match.end())
        found.append(
            TimeExpression(span=span, text=match.group(), period=attrs.evolve(period, text=match.group(), span=span))
        )
    return tuple(found)
