"""The scanner: every count phrase in free text, and the context that makes a number no count.

Years, ordinals, clock times, ages, measures, money, ratios, scores,
telephone numbers and designations are left out by the words and signs
around the number.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from conflictclaims import _lexicon
from conflictclaims._count_grammar import (
    DENIED_ANY_RE,
    FLAGS,
    NUM_SPACE,
    SMALL_W,
    Groups,
    backwards_lead_re,
    find_groups,
    find_re,
    plain_find_re,
)
from conflictclaims._count_interpreter import SMALL_NUMBERS, InvalidCountError, interpret
from conflictclaims._count_model import EXACT_FLAG, Count, Qualifier, trusted_count
from conflictclaims._patterns import alternation as _alternation
from conflictclaims._patterns import suffix_alternation

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictclaims._count_grammar import Groups

__all__ = ["scan"]


# Context that makes a number something other than a count (see _lexicon).
# Context after a number is matched forwards on the standard engine, which
# starts a match several times faster; context before it backwards ("(?r)",
# ``regex`` only), so a search over the window tries one end position
# instead of every start in it. Months are matched on the original text, in
# title or upper case only.
# "3 1/2 million": a whole number before a fraction is part of a mixed number.
# "three more hours", "five consecutive days": a word may stand between the number and its unit.
_NOT_AFTER_RE = re.compile(
    rf"\s*+(?:-\s*+)?+(?:{_alternation(_lexicon.BEFORE_UNIT)}\s++)?+(?:{_alternation(_lexicon.NOT_COUNT_AFTER)}|%)"
    r"|\s++\d++/\d"
)
_MONTHS_CASED = [m for month in _lexicon.MONTHS for m in (month, month.upper())]
# Non-count words (in any case), currency signs and months (cased) before a number, in one backwards match.
_NOT_BEFORE_RE = regex.compile(
    # Not the end of a contraction: "they're 20" is no sum in rupees ("Re 20").
    rf"(?r)(?:(?<![\w.'’])(?i:{suffix_alternation(_lexicon.NOT_COUNT_BEFORE)})"
    rf"|[{regex.escape(_lexicon.CURRENCY_SIGNS)}]"
    rf"|(?<!\w){suffix_alternation(_MONTHS_CASED)}\.?+,?+)\s*+\Z",
    FLAGS,
)
# "12 May", "15 of July", "13 to 15 of July"; not "three of March's victims".
_MONTH_AFTER_RE = re.compile(rf"\s*+(?:of\s++{_alternation(_MONTHS_CASED)}(?!['’]s)|{_alternation(_MONTHS_CASED)})")
_PREV_WORD_RE = regex.compile(r"(?r)(\w+)\W*+\Z")
_NEXT_WORD_RE = re.compile(r"[ \t]++(\w+)")
_ONE_NOT_COUNT_RE = re.compile(
    r"\s++(?:another|by\s++one|of\s++(?:the|its|their|his|her|our|your)\s++(?:most|least|very|\w+est)(?!\w))"
)
# The word after number words, when it may end an ordinal: "one hundred and first", "twenty fifth", "two hundredth".
_ORDINAL_AFTER_RE = re.compile(r"(\s++and)?+(?:\s++|[-\u2010\u2011\u2013\u2014])([^\W\d_]++)")
_UNIT_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"})
_TENS_AND_SCALES = frozenset({*_lexicon.TENS, _lexicon.HUNDRED, *_lexicon.SCALE_WORDS})
# "one in five", "1 in every 4": a ratio, unless a unit follows ("3 in 10 days").
_RATIO_AFTER_RE = re.compile(rf"\s++in\s++(?:every\s++)?+(?:\d{{1,3}}|{SMALL_W})(?![\w,.]\d|\w)")
_RATIO_BEFORE_RE = regex.compile(rf"(?r)(?<![\w,.])(?:\d{{1,3}}|{SMALL_W})\s++in\s++(?:every\s++)?+\Z")
# A run of digits one space away: parts of a telephone or reference number ("0300 1234567").
_DIGITS_BEFORE_RE = regex.compile(rf"(?r)(?<![\w,.])(\d++){NUM_SPACE}\Z")
_DIGITS_AFTER_RE = re.compile(rf"{NUM_SPACE}(\d++)(?![\w,.]\d)")
# "Ahmed Khan, 30, ..." and "Ahmed Khan (30)": an age after a name (on the original text).
# Read backwards, so the name's letters must not be taken possessively: its capital comes last.
_AGE_COMMA_BEFORE_RE = regex.compile(r"(?r)(?<![\w.])[A-Z][\w'’-]*,\s*+\Z")
_AGE_PAREN_BEFORE_RE = regex.compile(r"(?r)(?<![\w.])[A-Z][\w'’-]*\s*+\(\s*+\Z")
_SCORE_BEFORE_RE = regex.compile(rf"(?r)(?<!\w){suffix_alternation(_lexicon.SCORE_BEFORE)}(?:\W++\w++){{0,2}}\W++\Z")
_SCORE_AFTER_RE = re.compile(rf"\s*+{_alternation(_lexicon.SCORE_AFTER)}")
_AFTER_SCORE_RE = re.compile(rf"\s*+(?:[^\w\s]|\Z|{_alternation(_lexicon.AFTER_SCORE)})")
_METRES_AFTER_RE = re.compile(rf"\s*+(?:-\s*+)?+{_alternation(_lexicon.METRES_AFTER)}")
_METRES_RE = re.compile(r"\d++m")
_ARTICLE_BEFORE_RE = regex.compile(r"(?r)(?<!\w)an?\s++\Z")
# Digits grouped by exactly one space: "5 200" (whatever follows the group).
_FIRST_GROUP_RE = re.compile(rf"(\d{{1,3}}){NUM_SPACE}\d{{3}}(?![\d,.'’]|{NUM_SPACE}\d)")
_SMALL_SCORE = 30  # both ends of a score or a vote, at most
_SCORE_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2212")
_RATIO_MAX = 10  # "one in five": the first side of a ratio is small
_NUM_SPACES = frozenset(" \u00a0\u2009\u202f")
# The last word of every qualifier and range word: only after one does the scanner look for a qualifier.
_LEAD_WORDS = frozenset(
    phrase.split()[-1] for phrase in (*_lexicon.PRE_QUALIFIERS, *_lexicon.BETWEEN_KEYWORDS, *_lexicon.FROM_KEYWORDS)
)
_LEAD_WORD_CHARS = 24
_OPENING_MARKS = "\"“‘'("
_AGE_LIMIT = 120
_CONTEXT = 40


def _is_year(number: str) -> bool:
    """Whether a bare numeral reads as a calendar year ("2021")."""
    return len(number) == 4 and number.isdecimal() and 1800 <= int(number) <= 2100  # noqa: PLR2004 - year range


def _small_value(number: str) -> int | None:
    """The value of one number word or a few plain digits, else None."""
    if number.isdecimal():
        return int(number) if len(number) <= 3 else None  # noqa: PLR2004 - three digits
    return SMALL_NUMBERS.get(number)


def _is_ratio(folded: str, n: str, start: int, end: int) -> bool:
    """Whether the number is one side of a ratio: "one in five", "1 in every 4" (not "12 in one attack")."""
    if not (folded.startswith(" in ", end) or folded.endswith((" in ", " every "), 0, start)):
        return False
    value = _small_value(n)
    if value is None:
        return False
    if folded.startswith(" in ", end) and value <= _RATIO_MAX:
        after = _RATIO_AFTER_RE.match(folded, end)
        if after is not None and _NOT_AFTER_RE.match(folded, after.end()) is None:
            other = _small_value(after.group().split()[-1])
            if other is not None and other > value:
                return True
    if folded.endswith(" in ", 0, start) or folded.endswith(" every ", 0, start):
        before = _RATIO_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start)
        if before is not None:
            first = _small_value(before.group().split()[0])
            return first is not None and first <= _RATIO_MAX and first < value
    return False


def _is_score(folded: str, match: re.Match[str] | regex.Match[str], groups: Groups) -> bool:
    """Whether a dash between two small numbers is a score or a vote: "won 3-1", "a 2-0 victory"."""
    n, hi = match.group(groups.n), match.group(groups.hi)
    if not (n.isdecimal() and hi.isdecimal() and int(n) <= _SMALL_SCORE and int(hi) <= _SMALL_SCORE):
        return False
    if not any(char in _SCORE_DASHES for char in folded[match.end(groups.n) : match.start(groups.hi)]):
        return False
    start, end = match.span()
    if _SCORE_AFTER_RE.match(folded, end) is not None:
        return True
    return _SCORE_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start) is not None and (
        _AFTER_SCORE_RE.match(folded, end) is not None
    )


def _is_age(text: str, n: str, start: int, end: int) -> bool:
    """Whether a bare number after a name is an age: "Ahmed Khan, 30, a teacher", "Ahmed Khan (30)"."""
    closing = text[end : end + 1]
    if closing not in {",", ")"} or not n.isdecimal() or len(n) > 3 or int(n) > _AGE_LIMIT:  # noqa: PLR2004
        return False
    before = _AGE_COMMA_BEFORE_RE if closing == "," else _AGE_PAREN_BEFORE_RE
    return before.search(text, max(0, start - _CONTEXT), start) is not None


def _beside_other_digits(folded: str, start: int, end: int) -> bool:
    """Whether a run of three or more digits (not a year) sits one space away: a telephone or reference number."""
    runs: list[str] = []
    if folded[end : end + 1] in _NUM_SPACES and folded[end + 1 : end + 2].isdecimal():
        after = _DIGITS_AFTER_RE.match(folded, end)
        runs.extend(after.groups() if after is not None else ())
    if folded[start - 1 : start] in _NUM_SPACES and folded[start - 2 : start - 1].isdecimal():
        before = _DIGITS_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start)
        runs.extend(before.groups() if before is not None else ())
    return any(len(run) >= 3 and not _is_year(run) for run in runs)  # noqa: PLR2004 - three digits


def _in_metres(folded: str, start: int, end: int) -> bool:
    """Whether "<digits>m" is metres: "100m from the checkpoint", "a 10m wall" (an article never counts millions)."""
    return (
        _ARTICLE_BEFORE_RE.search(folded, max(0, start - _CONTEXT), start) is not None
        or _METRES_AFTER_RE.match(folded, end) is not None
    )


def _next_is_upper(text: str, end: int) -> bool:
    """Whether the first letter after ``end``, past spaces, is a capital (a month may follow)."""
    after = text[end : end + 12].lstrip()
    return bool(after) and after[0].isupper()


def _rejected(  # noqa: C901, PLR0911, PLR0912 - one exit per kind of non-count
    text: str, folded: str, match: re.Match[str] | regex.Match[str], groups: Groups
) -> bool:
    """Whether the context makes a matched phrase something other than a count.

    Cheap string tests guard the pattern calls: this runs on every phrase found.
    """
    start, end = match.span()
    if _NOT_AFTER_RE.match(folded, end) is not None:
        return True
    if (_next_is_upper(text, end) or folded.startswith(" of ", end)) and _MONTH_AFTER_RE.match(text, end) is not None:
        return True
    window = max(0, start - _CONTEXT)
    if _NOT_BEFORE_RE.search(text, window, start) is not None:
        return True
    found = match.groups()
    n = found[groups.n - 1]
    if n is None:
        if found[groups.vague - 1] == "many":
            previous = _PREV_WORD_RE.search(folded, window, start)
            return previous is not None and previous.group(1) in {"how", "as"}
        return False
    q, hi = found[groups.pre - 1], found[groups.hi - 1]
    if q is None and n in _lexicon.STRICT_ONLY_NUMBERS:
        # "the Hundred Years' War"; "over hundred people" and "between hundred and …" stay.
        return found[groups.between - 1] is None and found[groups.from_ - 1] is None
    if (n[0] == "0" and n[1:2].isdecimal()) or (hi is not None and hi[0] == "0" and hi[1:2].isdecimal()):
        return True  # "0800", "0300 1234567": times, telephone and reference numbers
    if n[0].isdecimal():
        if _beside_other_digits(folded, start, end):
            return True
        if n[-1] == "m" and _METRES_RE.fullmatch(n) is not None and _in_metres(folded, start, end):
            return True  # "a 10m wall", "100m from the checkpoint": metres, not millions
    elif _ends_an_ordinal(folded, n, end):
        return True  # "one hundred and first", "twenty fifth", "two hundredth"
    post = found[groups.post - 1]
    if hi is not None:
        if found[groups.pre2 - 1] is None and _is_score(folded, match, groups):
            return True
    elif q is None and post is None and (_is_ratio(folded, n, start, end) or _is_age(text, n, start, end)):
        return True
    if (q is None or q in _lexicon.YEAR_QUALIFIERS) and post is None:
        # "in 2021", "between 2021 and 2023", "circa 1990"; "1 to 1800" stays a count.
        if _is_year(n) and (hi is None or _is_year(hi)):
            previous = _PREV_WORD_RE.search(folded, window, start)
            if previous is not None and previous.group(1) in _lexicon.BEFORE_YEAR:
                return True
            following = _NEXT_WORD_RE.match(folded, end)
            return following is None or following.group(1) not in _lexicon.COUNTED_AFTER_YEAR_LIKE
        if n == "one" and q is None and hi is None:
            previous = _PREV_WORD_RE.search(folded, window, start)
            if previous is not None and _makes_one_a_pronoun(previous.group(1)):
                return True
            return _ONE_NOT_COUNT_RE.match(folded, end) is not None
    return False


def _ends_an_ordinal(folded: str, n: str, end: int) -> bool:
    """Whether number words ending at ``end`` begin an ordinal the next word ends.

    "one hundred and first", "twenty fifth", "five hundred first", "three
    thousandth"; not "five first responders", where a whole number comes first.
    """
    after = _ORDINAL_AFTER_RE.match(folded, end)
    if after is None:
        return False
    joined, word = after.groups()
    if word in _lexicon.SCALE_ORDINALS or (joined and word in _lexicon.ORDINAL_WORDS):
        return True
    last = n.replace("-", " ").split()[-1]
    if last in _lexicon.TENS:
        return word in _UNIT_ORDINALS
    return last in _TENS_AND_SCALES and word in _lexicon.ORDINAL_WORDS


def _makes_one_a_pronoun(word: str) -> bool:
    """Whether ``word`` before "one" makes it a pronoun: a determiner ("the one"), an ordinal ("the 3rd one")."""
    return (
        word in _lexicon.DETERMINERS_BEFORE_ONE
        or word in _lexicon.ORDINAL_WORDS
        or (word[:1].isdecimal() and word[-2:] in {"st", "nd", "rd", "th"})
    )


def _end_of_rejected(match: re.Match[str] | regex.Match[str], groups: Groups) -> int:
    """Where scanning resumes after a phrase ruled out.

    Past the whole phrase, except after digits grouped by one space: "On May 5
    200 people" is ruled out as "May 5 200", and "200" is read again. Only
    one group is given back, so a long run of groups is never read again from
    each of them.
    """
    n = match.group(groups.n)
    if n is not None and n[:1].isdecimal():
        first = _FIRST_GROUP_RE.match(n)
        if first is not None:
            return match.start(groups.n) + first.end(1)
    return match.end()


def _may_follow_lead(folded: str, start: int, at: int) -> bool:
    """Whether the text before offset ``at`` may end in a qualifier or range word ("at least ", "between ", ">").

    A cheaper test than the backwards match it guards, which most numbers
    ("killed 12 …") do not need.
    """
    before = folded[max(start, at - _LEAD_WORD_CHARS) : at]
    if not before:
        return False
    last = before[-1]
    if not last.isspace():
        return not last.isalnum()  # ">20", "~20", "approx.20"
    words = before.split()
    # A quote may open the phrase: killed "around thirty" terrorists.
    return bool(words) and words[-1].lstrip(_OPENING_MARKS) in _LEAD_WORDS


def _read(  # noqa: PLR0913, PLR0917 - the scanner's state, positional to keep the call cheap
    match: re.Match[str] | regex.Match[str],
    at: int,
    body: re.Pattern[str] | regex.Pattern[str],
    text: str,
    folded: str,
    groups: Groups,
) -> Count | None:
    """Return the count a scanner match gives, reading on from the number at ``at`` if its qualifier does not fit."""
    try:
        return interpret(match, text, groups, partial=True)
    except InvalidCountError:
        # "up to 20-30": a qualifier that does not fit; read on from the number.
        retry = body.match(folded, at) if match.start() < at else None
        if retry is None or _rejected(text, folded, retry, groups):
            return None
        try:
            return interpret(retry, text, groups, partial=True)
        except InvalidCountError:
            return None


def scan(text: str, folded: str, anchors: Iterable[int], *, plain: bool) -> tuple[Count, ...]:
    """Read the count phrase at each anchor (an offset in increasing order) of ``text``.

    ``folded`` is ``lower_keeping_offsets(text)``; anchors are where the
    number of a phrase may start (a digit or a number word), and the
    qualifier or range word before it is found from there. ``plain`` is
    ``_patterns.is_plain(text)``: whether the faster ``re`` engine reads it
    as ``regex`` would.
    """
    body = plain_find_re() if plain else find_re()
    lead_re, groups = backwards_lead_re(), find_groups()
    found: list[Count] = []
    done = 0  # end of the last phrase taken or ruled out: phrases never overlap
    taken = 0  # end of the last phrase taken: a qualifier may lie inside a phrase ruled out ("as many as 70")
    for at in anchors:
        if at < done:
            continue
        if folded.startswith("any", at):
            if DENIED_ANY_RE.search(folded, max(0, at - _CONTEXT), at) is not None:
                found.append(trusted_count(0, 0, 0, Qualifier.NONE, EXACT_FLAG, text[at : at + 3], at, at + 3))
                done = taken = at + 3
            continue
        lead = lead_re.match(folded, max(taken, at - _CONTEXT), at) if _may_follow_lead(folded, taken, at) else None
        match = body.match(folded, lead.start()) if lead is not None else None
        if match is None:
            match = body.match(folded, at)
            if match is None:
                continue
        if _rejected(text, folded, match, groups):
            done = _end_of_rejected(match, groups)
            continue
        done = match.end()
        count = _read(match, at, body, text, folded, groups)
        if count is not None:
            found.append(count)
            done = taken = count.span.end if count.span is not None else done
    return tuple(found)
