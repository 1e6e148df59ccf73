"""Split article text into sentences with character offsets.

The splitter is rule-based and linear: a sentence ends at ``.``, ``!`` or
``?`` (with any closing quotes or brackets) followed by white space and a
capital letter, digit or opening quote, unless the word before the stop is a
known abbreviation ("Lt.", "Gen.", "U.N.") or an initial; a blank line, a
line break before a bullet or a short heading line always ends a sentence.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Final

import regex

from conflictclaims._patterns import offsets_of
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["split_sentences"]

# Titles, ranks, months and Latin shorthands that end in a full stop without
# ending the sentence. Lower-cased, without the stop.
_ABBREVIATIONS = frozenset(
    {
        "adm", "apr", "aug", "brig", "capt", "cdr", "cmdr", "co", "col", "corp", "cpl", "dec", "dep", "dept",
        "dr", "e.g", "etc", "feb", "fig", "fr", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun",
        "lt", "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "pres", "prof",
        "pte", "pvt", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "supt", "vs", "a.m", "p.m",
        "u.n", "u.s", "u.k", "e.u", "u.a.e", "u.s.a",
    }
)  # fmt: skip
# Abbreviations that are ambiguous at a sentence end ("... in the U.S. The next")
# only break when the next word is a typical sentence opener.
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "but", "in", "on"}
)

_BOUNDARY = regex.compile(
    r"""
    # Only at the first stop of a run ("....."): a later start would re-read the run and fail the same way.
    (?<![.!?…])(?P<stop>[.!?…]++)(?P<close>["'”’)\]]*+)(?P<space>[ \t\u00a0]*+\n?[ \t\u00a0]*+)
        (?=(?P<next>["'“‘(\[]?+[\p{Lu}\p{N}]))
    | (?P<para>\n[ \t\u00a0]*+(?:\n[ \t\u00a0]*+)++)
    | (?P<line>\n)
    """,
    regex.VERBOSE,
)
# Groups by number: ``regex`` looks a group name up only after failing to read it as a number, at the cost of an error.
_STOP, _CLOSE, _SPACE, _PARA, _LINE = map(_BOUNDARY.groupindex.__getitem__, ("stop", "close", "space", "para", "line"))
# Every boundary starts at one of these.
_BOUNDARY_STARTS: Final = ".!?…\n"
_WORD_BEFORE = regex.compile(r"(?:[\p{L}]\.)+[\p{L}]?$|[\p{L}]+$")
_FIRST_WORD = regex.compile(r"[\"'“‘(\[]?+(\p{L}++)")
_ASCII_LETTERS: Final = string.ascii_letters
_BULLET = regex.compile(r"[ \t]*+(?:[-*•–—]|\d{1,2}[.)])\s")


def _word_before(text: str, stop_at: int) -> str | None:
    """The word or run of initials ("U.S", "Gen") ending at ``stop_at``: ``_WORD_BEFORE`` in the 12 characters before.

    In ASCII (and with no line break to end on) read from the end in Python:
    a call of the pattern costs more than the whole reading.
    """
    window = text[max(0, stop_at - 12) : stop_at]
    if not window.isascii() or window.endswith("\n"):
        match = _WORD_BEFORE.search(window)
        return None if match is None else match.group()
    end = len(window)
    letters = len(window.rstrip(_ASCII_LETTERS))  # where the letters that end the window start
    initials = end - 1 if end and window[-1].isalpha() else end  # where "L." pairs before a last letter end
    pairs = initials
    while pairs >= 2 and window[pairs - 1] == "." and window[pairs - 2].isalpha():  # noqa: PLR2004 - a pair
        pairs -= 2
    # The leftmost match of either branch; both run to the end.
    start = min(pairs if pairs < initials else end, letters)
    return window[start:] if start < end else None


def _is_abbreviation(word: str | None) -> bool:
    """Whether the word before a full stop (see :func:`_word_before`) is an abbreviation or an initial."""
    if word is None:
        return False
    key = word.lower().rstrip(".")
    if len(key) == 1 and key.isalpha():
        # An initial such as "A." in "A. Rahman", but not a lone word "I."
        return word != "I"
    return key in _ABBREVIATIONS


def _next_word(text: str, at: int) -> str:
    match = _FIRST_WORD.match(text, at, at + 40)
    return match.group(1).lower() if match else ""


def _ends_line_sentence(text: str, line_start: int, line_end: int) -> bool:
    """Whether a single line break at ``line_end`` closes a sentence.

    Plain-text articles put headings, bylines and bullets on lines of their
    own; a line that ends with a letter and is followed by a lower-case word is
    a soft-wrapped sentence instead.
    """
    after = text[line_end + 1 : line_end + 3].lstrip(" \t")
    if not after:
        return True
    if _BULLET.match(text, line_end + 1) is not None:
        return True
    if after[0].islower():
        return False
    line = text[line_start:line_end].rstrip()
    return not line or not line[-1].isalpha() or len(line) < 100  # noqa: PLR2004 - a heading-length line


def _boundaries(text: str) -> Iterator[regex.Match[str]]:
    """``_BOUNDARY.finditer(text)``, tried only where a stop or a line break stands (found in C)."""
    done = 0
    for at in offsets_of(text, _BOUNDARY_STARTS):
        if at >= done:
            match = _BOUNDARY.match(text, at)
            if match is not None:
                done = match.end()
                yield match


def split_sentences(text: str) -> tuple[Span, ...]:
    """Return the spans of the sentences of ``text``, in order.

    Spans exclude leading and trailing white space; empty sentences are
    dropped. Never raises on any ``str``.

    >>> text = "Lt. Gen. Ahmed Sharif Chaudhry said 12 died. He added more."
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['Lt. Gen. Ahmed Sharif Chaudhry said 12 died.', 'He added more.']
    """
    cuts: list[int] = []
    line_start = 0
    for match in _boundaries(text):
        if match.group(_PARA) is not None:
            cuts.append(match.start())
            line_start = match.end()
            continue
        if match.group(_LINE) is not None:
            if _ends_line_sentence(text, line_start, match.start()):
                cuts.append(match.start())
            line_start = match.end()
            continue
        stop = match.group(_STOP)
        stop_at = match.start(_STOP)
        word_before = _word_before(text, stop_at) if stop == "." else None
        if _is_abbreviation(word_before):
            dotted = word_before is not None and "." in word_before
            if not (dotted and _next_word(text, match.end()) in _SENTENCE_OPENERS):
                continue
        cuts.append(match.end(_CLOSE))
        if "\n" in match.group(_SPACE):
            line_start = match.end()
    spans: list[Span] = []
    start = 0
    for cut in [*cuts, len(text)]:
        span = _trimmed(text, start, cut)
        if span is not None:
            spans.append(span)
        start = max(start, cut)
    return tuple(spans)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    # Stripped in C: ``strip`` drops exactly the characters ``isspace`` holds for.
    piece = text[start:end]
    kept = piece.lstrip()
    if not kept:
        return None
    start += len(piece) - len(kept)
    return Span(start=start, end=start + len(kept.rstrip()))
