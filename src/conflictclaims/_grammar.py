"""Closed-class English words the finders share: determiners and words of region.

Data only. Source: the determiner classes of the Cambridge Grammar of the
English Language (Huddleston & Pullum 2002, ch. 5): articles, demonstratives
and possessive determiners.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ARTICLES", "CLAUSE_PUNCTUATION", "DETERMINERS", "POSSESSIVES", "REGION_WORDS"]

DETERMINERS: Final[dict[str, str]] = {
    "the": "article", "a": "article", "an": "article",
    "this": "demonstrative", "that": "demonstrative", "these": "demonstrative", "those": "demonstrative",
    "its": "possessive", "their": "possessive", "his": "possessive", "her": "possessive", "our": "possessive",
    "my": "possessive", "your": "possessive",
}  # fmt: skip
"""Lower-case determiners → their class: ``article``, ``demonstrative`` or ``possessive``."""

ARTICLES: Final[frozenset[str]] = frozenset(word for word, kind in DETERMINERS.items() if kind == "article")
"""The articles: the only determiners an actor's name may start with ("the Kremlin")."""

POSSESSIVES: Final[frozenset[str]] = frozenset(
    {word for word, kind in DETERMINERS.items() if kind == "possessive"} | {"own"}
)
"""Possessive determiners, and "own" that strengthens them: "13 of its own fighters" are the speaker's."""

CLAUSE_PUNCTUATION: Final[frozenset[str]] = frozenset({",", ".", ";", ":", "(", ")", "—"})
"""Punctuation that closes a clause for rules that look a few words back (the words that do are elsewhere)."""

REGION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
        "south-eastern", "south-western", "far", "rural", "neighbouring", "neighboring",
    }
)  # fmt: skip
"""Words of region between a preposition and a place's name: "in northern Mali", "in far southern Chad"."""
