"""Tests for conflictclaims._grammar: one determiner list and its classes."""

from __future__ import annotations

from conflictclaims import _grammar


def test_classes_are_known() -> None:
    """Every determiner is an article, a demonstrative or a possessive."""
    assert set(_grammar.DETERMINERS.values()) == {"article", "demonstrative", "possessive"}


def test_articles_and_possessives_come_from_the_list() -> None:
    """The articles and possessives are views of the one list ("own" strengthens a possessive)."""
    assert {"the", "a", "an"} == _grammar.ARTICLES
    assert _grammar.POSSESSIVES - {"own"} <= set(_grammar.DETERMINERS)
    assert {"its", "their"} <= _grammar.POSSESSIVES
