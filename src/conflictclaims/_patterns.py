"""Regular-expression building blocks shared by the scanners."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import regex

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["alternation", "is_plain", "is_plain_latin", "lower_keeping_offsets", "suffix_alternation"]

# The tokenizers have two compiled forms: one with ``regex``'s Unicode
# properties (\p{L}, \p{M}, \p{Lu}) for any text, and one for the standard
# ``re`` engine, about twice as fast, where "[^\W_]" stands for
# "[\p{L}\p{N}\p{M}]". The two agree on text made only of the characters
# below: Latin letters, digits, ASCII and general punctuation, with no
# combining mark, superscript or fraction (word characters in ``re`` only),
# C0 separator (whitespace in ``re`` only) or invisible format character, and
# without the long s "ſ", which case-blind matching reads as "s" but lower() keeps.
_PLAIN: Final = (
    "\x00-\x1b\x20-\xb1\xb4-\xb8\xbb\xbf-\u017e\u0180-\u024f\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e\u20ac"
)
_BEYOND_PLAIN: Final = re.compile(f"[^{_PLAIN}]")
# As above, with no letter beyond Latin-1 and no capital beyond ASCII, so
# "[A-Z]" stands for \p{Lu}. One negated class: an alternation scans slower.
_PLAIN_LATIN: Final = (
    "\x00-\x1b\x20-\xb1\xb4-\xb8\xbb\xbf\xdf-\xff\u2010-\u2027\u2030-\u203e\u2041-\u2053\u2055-\u205e\u20ac"
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
