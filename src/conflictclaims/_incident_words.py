"""Words of the incidents stage counted off the extractor's token table, where a scan of the text would cost more.

``WORD`` (``_incident_cues``) finds a word per match: a few hundred
instructions a character. On plain text (see ``_patterns.is_plain``) the
token table ``extract`` already built holds the same words, so counting them
is a few passes in C over its lists.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final

from conflictclaims._incident_cues import WORD

if TYPE_CHECKING:
    from conflictclaims.tokens import Tokens

__all__ = ["is_prose", "matches_at", "word_cases", "word_starts"]

# Prose has a few words, and at least a third of them in lower case.
_PROSE_WORDS: Final = 6


def is_prose(text: str, tokens: Tokens | None, start: int, end: int) -> bool:
    """Whether the words of ``text`` from ``start`` to ``end`` read as prose rather than page furniture."""
    words, lower = word_cases(text, tokens, start, end)
    return words >= _PROSE_WORDS and 3 * lower >= words


# Where ``WORD`` ends a word inside a token: "U.S" and "2,575" are two words to it.
_CUTS: Final = re.compile(r"[.,]")


def word_cases(text: str, tokens: Tokens | None, start: int, end: int) -> tuple[int, int]:
    """How many words ``WORD.findall(text, start, end)`` finds, and how many of them start in lower case.

    ``start`` must not fall inside a token (a sentence start does not). The
    table answers on plain text: a word token is ``WORD``'s words joined by
    full stops and digit-group commas, and a number's token ends before a
    letter ("1,000km" is "1,000" and "km" to the table, "1" and "000km" to
    ``WORD``); such tokens are cut and joined back here.
    """
    if tokens is None or not tokens.plain or tokens.text is not text:
        words = WORD.findall(text, start, end)
        return len(words), sum(word[0].islower() for word in words)
    lo, hi = tokens.between(start, end)
    flags = tokens.word_flags()[lo:hi]
    surfaces = list(itertools.compress(tokens.surfaces[lo:hi], flags))
    firsts = list(map(operator.itemgetter(0), surfaces))
    starts = list(itertools.compress(tokens.starts[lo:hi], flags))
    ends = list(itertools.compress(tokens.ends[lo:hi], flags))
    joined = any(map(operator.eq, ends, starts[1:]))
    inner = "".join(surfaces)
    if not joined and "." not in inner and "," not in inner:
        return len(firsts), sum(map(str.islower, firsts))
    # The rare sentence with a compound "U.S" or a number run into a word: its words one by one.
    firsts = []
    last_end = -1
    for token_start, surface in zip(starts, surfaces, strict=True):
        at = token_start
        for piece in _CUTS.split(surface):
            if at >= end:
                break
            if at != last_end:  # a piece touching the one before continues its word
                firsts.append(piece[0])
            last_end = at + len(piece)
            at = last_end + 1
    return len(firsts), sum(map(str.islower, firsts))


def word_starts(tokens: Tokens | None, text: str, start: int, end: int, words: frozenset[str]) -> list[int] | None:
    r"""Where in ``text[start:end]`` a word of ``words`` may start, read off the token table (``None``: it can't tell).

    ``words`` are runs of letters. The offsets, in order, hold every offset
    where a run of ``\w`` that is one of ``words`` (cut at ``end``) starts
    with no ``\w`` before it, in ``text`` lower-cased (by
    ``lower_keeping_offsets``), and maybe a few more: a pattern opening with
    ``(?<!\w)`` and one of the words is tried there alone, instead of at
    every character. The table answers on plain text: a word token there
    is a run of such a word's characters, or several joined by inner marks
    (where every piece is kept), and the token cut at ``end`` is kept too.
    """
    if tokens is None or not tokens.plain or tokens.text is not text:
        return None
    starts = tokens.starts
    lo, hi = tokens.between(start, end)
    found = list(itertools.compress(starts[lo:hi], map(words.__contains__, tokens.keys[lo:hi])))
    extra = []
    if hi > lo and tokens.ends[hi - 1] > end:
        extra.append(starts[hi - 1])
    compounds = tokens.compounds()
    # Every piece of a compound word ("today's", "U.S.-led", "al-Qaida"); of a compound cut at ``start`` too.
    for i in compounds[bisect.bisect_left(compounds, max(0, lo - 1)) : bisect.bisect_left(compounds, hi)]:
        pieces = _CUTS_ALL.split(tokens.keys[i])
        if words.isdisjoint(pieces):
            continue
        at = starts[i]
        for piece in pieces:
            if start <= at < end:
                extra.append(at)
            at += len(piece) + 1
    return sorted({*found, *extra}) if extra else found


# Every inner mark of a word token.
_CUTS_ALL: Final = re.compile(r"[^\w]")


def matches_at(pattern: re.Pattern[str], text: str, offsets: list[int], end: int) -> list[re.Match[str]]:
    """``pattern.finditer(text, offsets[0], end)``, tried at ``offsets`` alone (where every match starts)."""
    found = []
    done = 0
    for at in offsets:
        if at >= done and (match := pattern.match(text, at, end)) is not None:
            found.append(match)
            done = match.end()
    return found
