"""Regular-expression building blocks shared by the scanners."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["alternation"]

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
