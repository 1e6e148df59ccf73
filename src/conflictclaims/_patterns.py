"""Regular-expression building blocks shared by the scanners."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "PLAIN_WORD_CHARACTER",
    "AnchoredPattern",
    "PatternPair",
    "alternation",
    "anchor_words",
    "first_words",
    "is_plain",
    "is_plain_latin",
    "lower_keeping_offsets",
    "offsets_of",
    "pattern_pair",
    "plain_form",
    "suffix_alternation",
    "word_offsets",
]

# The tokenizers have two compiled forms: one with ``regex``'s Unicode
# properties (\p{L}, \p{M}, \p{Lu}) for any text, and one for the standard
# ``re`` engine, about twice as fast, where "[^\W_]" stands for
# "[\p{L}\p{N}\p{M}]". The two agree on text made only of the characters
# below: Latin letters, digits, ASCII and general punctuation, with no
# combining mark, superscript or fraction (word characters in ``re`` only),
# C0 separator (whitespace in ``re`` only) or invisible format character, and
# without the long s "ſ", which case-blind matching reads as "s" but lower() keeps.
# The line and paragraph separators (U+2028, U+2029), white space to both
# engines, are plain: press releases break their lines with them.
_PLAIN: Final = (
    "\x00-\x1b\x20-\xb1\xb4-\xb8\xbb\xbf-\u017e\u0180-\u024f\u2010-\u2029\u2030-\u203e\u2041-\u2053"
    "\u2055-\u205e\u20ac"
)
_BEYOND_PLAIN: Final = re.compile(f"[^{_PLAIN}]")
# As above, with no letter beyond Latin-1 and no capital beyond ASCII, so
# "[A-Z]" stands for \p{Lu}. One negated class: an alternation scans slower.
_PLAIN_LATIN: Final = (
    "\x00-\x1b\x20-\xb1\xb4-\xb8\xbb\xbf\xdf-\xff\u2010-\u2029\u2030-\u203e\u2041-\u2053\u2055-\u205e\u20ac"
)
_BEYOND_PLAIN_LATIN: Final = re.compile(f"[^{_PLAIN_LATIN}]")


def is_plain(text: str) -> bool:
    """Whether ``re``'s word classes read ``text`` exactly as ``regex``'s Unicode properties do."""
    return _BEYOND_PLAIN.search(text) is None


def is_plain_latin(text: str) -> bool:
    """Like :func:`is_plain`, and every capital letter in ``text`` is ASCII."""
    return _BEYOND_PLAIN_LATIN.search(text) is None


def lower_keeping_offsets(text: str) -> str:
    """Lower-case ``text`` keeping every offset (``str.lower`` may lengthen it).

    Word lists are then matched case-sensitively on the result, which is
    several times faster than case-blind matching, and match offsets hold
    in ``text``.
    """
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def offsets_of(text: str, characters: str) -> list[int]:
    """The offsets in ``text`` of every one of ``characters``, in order.

    For a few characters rarer than letters: a search per character in C
    skips the text between them, which a character class would try one
    character at a time.

    >>> offsets_of("Pakistan's U.S.-made", "'.")
    [8, 12, 14]
    """
    found: list[int] = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1)
    return sorted(found) if len(characters) > 1 else found


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    """Return the pattern for a character trie; a greedy ``?`` tries longer phrases first."""
    branches = [
        (r"\s++" if char == " " else regex.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


def alternation(phrases: Iterable[str], *, word_end: bool = True) -> str:
    """Return a pattern matching any of ``phrases``, longest first.

    Built as a trie rather than a flat list, so a failed attempt costs one
    comparison per character instead of one per phrase.
    """
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    tail = r"(?!\w)" if word_end else ""
    return "(?:" + _trie_pattern(root) + ")" + tail


def anchor_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words one of which any text that :func:`alternation` of ``phrases`` matches in holds.

    The longest word of each phrase (only the spaces of a phrase match
    loosely), leaving out a word that holds another one: where it stands, so
    does the other.

    >>> anchor_words(["elsewhere", "in other operations", "separately,", "a separate"])
    ('elsewhere', 'operations', 'separate')
    """
    words = {max(phrase.split(), key=len) for phrase in phrases}
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


def first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words one of which every match of :func:`alternation` of ``phrases`` starts with.

    Each phrase's first word (only the spaces of a phrase match loosely),
    leaving out a word that another one starts: where it stands, so does the other.

    >>> first_words(["air raid", "airstrike", "attack", "attacks", "raid"])
    ('air', 'attack', 'raid')
    """
    words = {phrase.split(" ", 1)[0] for phrase in phrases}
    return tuple(sorted(word for word in words if not any(other != word and word.startswith(other) for other in words)))


def word_offsets(text: str, words: Iterable[str]) -> list[int]:
    r"""The offsets, in order, where one of ``words`` stands in ``text`` with no word character (``\w``) before it.

    Found by ``str.find`` in C: where a pattern that opens with ``(?<!\w)`` and
    one of ``words`` can only match, so that it is tried there alone.

    >>> word_offsets("the attack, a counterattack; attacks", ["attack"])
    [4, 29]
    """
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            # \w in ``re``: a letter, digit or other numeric character, or the underscore.
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


class AnchoredPattern(NamedTuple):
    """A pattern and words one of which every match holds (see :func:`anchor_words`).

    A text without any of the words is not searched: a few searches for a
    word in C cost much less than the pattern tried at every character, and
    most windows around a claim hold none of them. It answers ``search``,
    ``match`` and ``finditer`` as the pattern does.
    """

    pattern: re.Pattern[str]
    anchors: tuple[str, ...]

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        window = text[pos:endpos] if pos or endpos < len(text) else text
        return any(map(window.__contains__, self.anchors))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, skipped where no anchor word stands."""
        return self.pattern.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.match``, skipped where no anchor word stands."""
        return self.pattern.match(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``pattern.finditer``, skipped where no anchor word stands."""
        return self.pattern.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())


def _suffix_trie_pattern(node: _Trie) -> str:
    """Return the pattern for a trie of reversed phrases, written in reading order.

    Each edge's character comes after the pattern of the phrases that
    precede it, so a backwards match reads the last character first; a
    greedy ``?`` over a phrase's longer beginnings tries them first.
    """
    branches = [
        _suffix_trie_pattern(child) + (r"\s++" if char == " " else regex.escape(char))
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


def suffix_alternation(phrases: Iterable[str]) -> str:
    """Return a pattern matching any of ``phrases`` when run backwards (``regex``'s ``(?r)``), longest first.

    :func:`alternation` branches on first characters, so run backwards the
    first branch that fits wins: "fewer than" before "no fewer than". This
    trie branches on last characters instead, and tries "no fewer than"
    before "fewer than".
    """
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in reversed(phrase):
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _suffix_trie_pattern(root) + ")"
# The ``re`` spelling of each Unicode-property class, exact on plain text (see
# ``is_plain``) and on plain text lower-cased: there the letters and digits
# are the ranges below (with the IPA letters and "ⱥ", "ⱦ" that some Latin
# capitals lower-case to), the white space is the list below, no mark occurs,
# and (on plain Latin text) every capital is ASCII. Ranges spelled out are
# tested with a bitmap; ``re``'s \w and \s, with a Unicode database lookup
# per character.
_PLAIN_LETTERS: Final = r"A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u02af\u2c65\u2c66"
_PLAIN_SPACES: Final = r"\t-\r\x20\x85\xa0\u2028\u2029"
_PLAIN_CLASSES: Final = {
    r"[^\s\p{L}\p{N}\p{M}]": rf"[^{_PLAIN_SPACES}0-9{_PLAIN_LETTERS}]",
    r"[^\s\p{L}\p{M}\p{N}]": rf"[^{_PLAIN_SPACES}0-9{_PLAIN_LETTERS}]",
    r"[\p{L}\p{N}\p{M}]": rf"[0-9{_PLAIN_LETTERS}]",
    r"[\p{L}\p{M}\p{N}]": rf"[0-9{_PLAIN_LETTERS}]",
    r"[\p{L}\p{N}]": rf"[0-9{_PLAIN_LETTERS}]",
    r"[\p{L}\p{M}]": rf"[{_PLAIN_LETTERS}]",
    r"\p{Lu}": "[A-Z]",
}
PLAIN_WORD_CHARACTER: Final = rf"[0-9{_PLAIN_LETTERS}_]"
"""``re``'s ``\\w`` on plain text and plain text lower-cased, as ranges (a bitmap test, not a database lookup)."""
_PROPERTY: Final = re.compile(r"\\p\{\w+\}")


def plain_form(pattern: str) -> str:
    r"""Return ``pattern``, written with ``regex``'s Unicode properties, in ``re`` syntax for plain text.

    Only the classes of ``_PLAIN_CLASSES`` are known; any other property is an
    error, so a new class cannot slip through untranslated. A pattern with
    ``\p{Lu}`` is exact only on plain Latin text (see :func:`is_plain_latin`).

    >>> plain_form(r"[\p{L}\p{M}]++")
    '[A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u02af\\u2c65\\u2c66]++'
    """
    for unicode_class, plain_class in _PLAIN_CLASSES.items():
        pattern = pattern.replace(unicode_class, plain_class)
    left = _PROPERTY.search(pattern)
    if left is not None:
        msg = f"no plain form for {left.group()} in {pattern!r}"
        raise ValueError(msg)
    return pattern


class PatternPair(NamedTuple):
    """One pattern compiled twice: for any text (``regex``) and for plain text (``re``, about twice as fast)."""

    unicode: regex.Pattern[str]
    plain: re.Pattern[str]
    latin_only: bool  # whether the plain form needs plain Latin text (it uses \p{Lu})

    def for_text(self, text: str) -> re.Pattern[str] | regex.Pattern[str]:
        """The faster form ``text`` allows."""
        allowed = is_plain_latin(text) if self.latin_only else is_plain(text)
        return self.plain if allowed else self.unicode


def pattern_pair(pattern: str, *, verbose: bool = False, unicode_flags: int = 0) -> PatternPair:
    """Compile ``pattern`` (``regex`` syntax) for ``regex`` and, through :func:`plain_form`, for ``re``.

    ``unicode_flags`` are added to the ``regex`` form only: a pattern that runs
    case-blind on the original text there runs on the text lower-cased once
    (:func:`lower_keeping_offsets`) in its plain form, which is several times faster.
    """
    return PatternPair(
        unicode=regex.compile(pattern, regex.V0 | (regex.VERBOSE if verbose else 0) | unicode_flags),
        plain=re.compile(plain_form(pattern), re.VERBOSE if verbose else 0),
        latin_only="\\p{Lu}" in pattern,
    )
