"""One tokenizer, run once per article: the token table every finder reads.

A token is a word or a single mark. A word is a run of letters, digits and
combining marks that keeps its inner apostrophes, full stops and hyphens and
its digit-group commas: "Tehreek-e-Taliban", "Pakistan's", "U.S", "2,575".
Every other character but white space is a token of its own. The table keeps
the tokens as parallel lists (starts, ends, surfaces and lower-cased keys),
built by one ``split`` and a few passes that run in C, with no Python object
per token.

Finders that draw word boundaries differently inside such compound words (the
actor finder splits a possessive "'s" off and reads "U.S." as one acronym; the
gazetteer splits at hyphens) do not tokenize the text again: :func:`refine`
re-splits only the few chunks where their rule differs.

>>> table = tokenize("Pakistan's army said 2,575 were killed.")
>>> table.surfaces
["Pakistan's", 'army', 'said', '2,575', 'were', 'killed', '.']
>>> table.keys[0], table.starts[3], table.ends[3]
("pakistan's", 21, 26)
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final

import regex

from conflictclaims._patterns import PatternPair, is_plain, offsets_of, pattern_pair

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["WORD", "PatternPair", "Pieces", "Tokens", "refine", "split_at", "tokenize"]

WORD: Final = pattern_pair(r"([\p{L}\p{N}\p{M}]++(?:['’.\-][\p{L}\p{N}\p{M}]++|,\d++)*+|[^\s\p{L}\p{N}\p{M}])")
"""The token pattern as one capturing group, so that ``split`` alternates gaps and tokens.

:meta hide-value:
"""
_WORD_START: Final = regex.compile(r"[\p{L}\p{N}\p{M}]")


class Tokens:
    """The tokens of one text as parallel lists.

    Attributes:
        text: The text the offsets point into.
        starts: Where each token starts.
        ends: Where each token ends.
        surfaces: Each token as written.
        keys: Each token lower-cased, with the typographic apostrophe "’" as "'".
        plain: Whether the whole text is plain (see ``_patterns.is_plain``), so
            that the finders may run their faster ``re`` forms on it.

    Flags that several finders read (:meth:`capitalized`, :meth:`word_flags`)
    are worked out once, on first use, and a refined view carries them over
    for the tokens it keeps: a pass over every token costs a few hundred
    instructions a token, so no finder repeats one. :func:`tokenize` lists
    the :meth:`compounds` of plain text from its marks, without such a pass.
    """

    __slots__ = ("_capitalized", "_compounds", "_words", "ends", "keys", "plain", "starts", "surfaces", "text")

    def __init__(  # noqa: PLR0913 - the parallel lists of one table
        self,
        text: str,
        starts: list[int],
        ends: list[int],
        surfaces: list[str],
        *,
        plain: bool,
        keys: list[str] | None = None,
        capitalized: list[bool] | None = None,
        words: list[bool] | None = None,
        compounds: list[int] | None = None,
    ) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.surfaces = surfaces
        self.keys = _keys(text, starts, surfaces) if keys is None else keys
        self.plain = plain
        self._compounds = compounds
        self._capitalized = capitalized
        self._words = words

    def __len__(self) -> int:
        return len(self.starts)

    def __repr__(self) -> str:
        return f"Tokens({len(self)} tokens over {len(self.text)} characters)"

    def compounds(self) -> list[int]:
        """Indices of the words that hold an inner apostrophe, full stop, hyphen or comma (a few in a hundred)."""
        if self._compounds is None:
            surfaces = self.surfaces
            # Longer than one character and not all letters and digits: a compound word.
            longer = map(operator.gt, map(len, surfaces), itertools.repeat(1))
            compound = map(operator.gt, longer, map(str.isalnum, surfaces))
            self._compounds = list(itertools.compress(range(len(surfaces)), compound))
        return self._compounds

    def capitalized(self) -> list[bool]:
        """Whether each token starts with a capital letter."""
        if self._capitalized is None:
            self._capitalized = list(map(str.isupper, map(operator.itemgetter(0), self.surfaces)))
        return self._capitalized

    def word_flags(self) -> list[bool]:
        """Whether each token is a word: starts with a letter, a digit or (beyond plain text) a combining mark."""
        if self._words is None:
            if self.plain:
                # In plain text every token longer than one character is a word, and the rest are
                # letters, digits or marks: one test per token, and the few compounds set after.
                words = list(map(str.isalnum, self.surfaces))
                for i in self.compounds():
                    words[i] = True
                self._words = words
            else:
                self._words = _word_flags(self.surfaces, plain=False)
        return self._words

    def between(self, start: int, end: int) -> tuple[int, int]:
        """The index range of the tokens that start in ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


def _keys(text: str, starts: list[int], surfaces: list[str]) -> list[str]:
    keys = list(map(str.lower, surfaces))
    # Only the few tokens with a typographic apostrophe need a second step: found in the text, not by a pass.
    at = text.find("’")
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < starts[i] + len(surfaces[i]):
            keys[i] = keys[i].replace("’", "'")
        at = text.find("’", at + 1)
    return keys


def _split(
    pattern: re.Pattern[str] | regex.Pattern[str], text: str, offset: int
) -> tuple[list[int], list[int], list[str]]:
    """Split ``text`` (found at ``offset``) into token starts, ends and surfaces."""
    parts = pattern.split(text)
    # Positions come from summed lengths: every step runs in C, without a Python call per token.
    bounds = list(itertools.accumulate(map(len, parts), initial=offset))
    return bounds[1:-1:2], bounds[2:-1:2], parts[1::2]


def tokenize(text: str) -> Tokens:
    """Split ``text`` into its token table. Never raises on a ``str``."""
    plain = is_plain(text)
    starts, ends, surfaces = _split(WORD.plain if plain else WORD.unicode, text, 0)
    # Plain text has no combining mark, so there a word is a compound exactly when a mark joins it.
    compounds = _joined_words(text, starts, ends) if plain else None
    return Tokens(text, starts, ends, surfaces, plain=plain, compounds=compounds)


# The marks the token pattern keeps inside words, before a letter or digit.
_JOINING_MARKS: Final = "'’.-,"


def _joined_words(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """Indices of the words (``starts``, ``ends``) that hold an inner mark, found from the marks of the text."""
    found: list[int] = []
    for at in offsets_of(text, _JOINING_MARKS):
        if not text[at + 1 : at + 2].isalnum():
            continue  # no letter or digit follows: no mark inside a word
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and starts[i] < at < ends[i] and (not found or found[-1] != i):
            found.append(i)
    return found


def _word_flags(surfaces: list[str], *, plain: bool) -> list[bool]:
    """Whether each token is a word: starts with a letter, a digit or (beyond plain text) a combining mark."""
    flags = list(map(str.isalnum, map(operator.itemgetter(0), surfaces)))
    if not plain:
        # Beyond plain text ask the token pattern's own engine: its Unicode tables may be newer.
        for i in itertools.compress(range(len(flags)), map(operator.not_, flags)):
            flags[i] = _WORD_START.match(surfaces[i]) is not None
    return flags


def _chunk(tokens: Tokens, i: int) -> tuple[int, int]:
    """The maximal run of tokens around ``i`` with no white space between them: (first, last + 1)."""
    starts, ends = tokens.starts, tokens.ends
    first = i
    while first > 0 and ends[first - 1] == starts[first]:
        first -= 1
    last = i + 1
    while last < len(starts) and ends[last - 1] == starts[last]:
        last += 1
    return first, last


Pieces = list[tuple[int, str]]
"""A token split without a pattern, as each piece's offset in the token and the piece."""


def split_at(surface: str, separators: str) -> Pieces | None:
    """``surface`` cut at each of ``separators``, the parts and (unless dropped) the separators as pieces.

    Returns ``None`` unless every part between separators is letters or digits.

    >>> split_at("Taliban-led", "-")
    [(0, 'Taliban'), (7, '-'), (8, 'led')]
    """
    # One split in C, then a step per piece: no Python step per character.
    cut = _CUTS.get(separators)
    if cut is None:
        cut = _CUTS[separators] = re.compile(f"([{re.escape(separators)}])" if separators else "(?!)")
    parts = cut.split(surface)
    if not all(map(str.isalnum, parts[::2])):
        return None
    pieces: Pieces = []
    at = 0
    for part in parts:
        pieces.append((at, part))
        at += len(part)
    return pieces


# The split pattern of each string of separators :func:`split_at` was given.
_CUTS: dict[str, re.Pattern[str]] = {}


def refine(
    tokens: Tokens,
    pattern: PatternPair,
    at: Iterable[int],
    *,
    words_only: bool = False,
    simple: Callable[[str], Pieces | None] | None = None,
) -> Tokens:
    """The token table a finder with its own word boundaries would have made.

    ``pattern`` is the finder's split pattern (one capturing group); ``at``
    lists the token indices where it may split differently. Each such token's
    chunk (the run of tokens with no white space between them) is split again
    with ``pattern``: a finder's tokenizer restarts at white space, so that is
    exactly what it would have found there. ``simple`` may split a chunk of one
    token without the pattern (returning ``None`` where it cannot);
    ``words_only`` keeps only tokens that start with a letter, digit or mark.
    Returns ``tokens`` itself when nothing changes.
    """
    chunks: list[tuple[int, int]] = []
    done = -1
    for i in sorted(at):
        if i < done:
            continue
        first, last = _chunk(tokens, i)
        chunks.append((first, last))
        done = last
    if not chunks:
        return _words_of(tokens) if words_only else tokens
    text, surfaces = tokens.text, tokens.surfaces
    # Copied once, then each chunk spliced in from the end: a splice moves pointers, no Python step per token.
    starts, ends, keys = list(tokens.starts), list(tokens.ends), list(tokens.keys)
    new_surfaces = list(surfaces)
    capitalized, words = list(tokens.capitalized()), list(tokens.word_flags())
    for first, last in reversed(chunks):
        chunk_start = starts[first]
        pieces = simple(surfaces[first]) if simple is not None and last == first + 1 else None
        if pieces is None:
            part = text[chunk_start : ends[last - 1]]
            piece_starts, piece_ends, piece_surfaces = _split(pattern.for_text(part), part, chunk_start)
        else:
            piece_starts = [chunk_start + offset for offset, _ in pieces]
            piece_ends = [chunk_start + offset + len(piece) for offset, piece in pieces]
            piece_surfaces = [piece for _, piece in pieces]
        starts[first:last] = piece_starts
        ends[first:last] = piece_ends
        new_surfaces[first:last] = piece_surfaces
        # A few pieces: a comprehension costs less than the iterators of a pass.
        keys[first:last] = [piece.lower().replace("’", "'") for piece in piece_surfaces]
        capitalized[first:last] = [piece[0].isupper() for piece in piece_surfaces]
        words[first:last] = _word_flags(piece_surfaces, plain=tokens.plain)
    table = Tokens(
        text, starts, ends, new_surfaces, plain=tokens.plain, keys=keys, capitalized=capitalized, words=words
    )
    return _words_of(table) if words_only else table


def _words_of(tokens: Tokens) -> Tokens:
    """The table's words alone, its marks left out."""
    word = tokens.word_flags()
    starts = list(itertools.compress(tokens.starts, word))
    return Tokens(
        tokens.text,
        starts,
        list(itertools.compress(tokens.ends, word)),
        list(itertools.compress(tokens.surfaces, word)),
        plain=tokens.plain,
        keys=list(itertools.compress(tokens.keys, word)),
        capitalized=list(itertools.compress(tokens.capitalized(), word)),
        words=[True] * len(starts),
    )
