"""Words of the incidents stage counted off the extractor's token table, where a scan of the text would cost more.

``WORD`` (``_incident_cues``) finds a word per match: a few hundred
instructions a character. On plain text (see ``_patterns.is_plain``) the
token table ``extract`` already built holds the same words, so counting them
is a few passes in C over its lists.
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import TYPE_CHECKING, Final

from conflictclaims._incident_cues import WORD

if TYPE_CHECKING:
    from conflictclaims.tokens import Tokens

__all__ = ["is_prose", "word_cases"]

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
