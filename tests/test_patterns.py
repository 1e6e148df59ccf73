"""Tests for conflictclaims._patterns: plain text, one-source pattern pairs and word-list alternations."""

from __future__ import annotations

import re

import pytest
import regex

from conflictclaims._patterns import (
    AnchoredPattern,
    alternation,
    anchor_words,
    is_plain,
    is_plain_latin,
    lower_keeping_offsets,
    offsets_of,
    pattern_pair,
    plain_form,
)


def test_plain_form_translates_every_known_class() -> None:
    """Each Unicode-property class has its re spelling; the pair compiles on both engines."""
    pair = pattern_pair(r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]")
    assert isinstance(pair.unicode, regex.Pattern)
    assert isinstance(pair.plain, re.Pattern)
    assert pair.latin_only
    assert not pattern_pair(r"[\p{L}\p{M}]+").latin_only


@pytest.mark.parametrize(
    "unicode_class", [r"[\p{L}\p{N}\p{M}]", r"[^\s\p{L}\p{N}\p{M}]", r"[\p{L}\p{M}]", r"[\p{L}\p{N}]"]
)
def test_plain_classes_read_every_plain_character_alike(unicode_class: str) -> None:
    """Each spelled-out class takes exactly what the Unicode class takes of plain characters and their lower cases."""
    plain = [chr(code) for code in range(0x2C70) if is_plain(chr(code))]
    characters = {*plain, *map(lower_keeping_offsets, plain)}
    unicode = regex.compile(unicode_class)
    fast = re.compile(plain_form(unicode_class))
    differ = [c for c in sorted(characters) if (unicode.fullmatch(c) is None) != (fast.fullmatch(c) is None)]
    assert differ == []


def test_an_unknown_property_has_no_plain_form() -> None:
    """A class with no known re spelling is an error, not a pattern that silently means something else."""
    with pytest.raises(ValueError, match="no plain form"):
        plain_form(r"\p{Sc}")


def test_the_pair_picks_the_form_the_text_allows() -> None:
    """Plain text takes the re form; other text the regex form; \\p{Lu} asks for plain Latin text."""
    pair = pattern_pair(r"[\p{L}\p{N}]+")
    latin = pattern_pair(r"\p{Lu}+")
    assert pair.for_text("plain") is pair.plain
    assert pair.for_text("Жертвы") is pair.unicode
    assert latin.for_text("É.U.") is latin.unicode
    assert is_plain("É.U.")
    assert not is_plain_latin("É.U.")


def test_line_separators_are_plain() -> None:
    """U+2028 and U+2029 are white space to both engines, so a text holding them is plain."""
    assert is_plain("Kabul\u2028Khost\u2029")
    assert is_plain_latin("Kabul\u2028Khost")


def test_lower_keeping_offsets() -> None:
    """Lower-casing keeps every offset, even where str.lower would lengthen the text."""
    text = "İstanbul SAID"
    folded = lower_keeping_offsets(text)
    assert len(folded) == len(text)
    assert folded.endswith("said")


def test_alternation_prefers_the_longest_phrase() -> None:
    """The trie alternation matches the longest phrase and respects word ends."""
    pattern = re.compile(alternation(["kill", "killed", "killed or wounded"]))
    match = pattern.match("killed or wounded 15")
    assert match is not None
    assert match.group() == "killed or wounded"
    assert pattern.match("killing") is None


def test_anchor_words_keep_the_longest_word_of_each_phrase_and_drop_those_holding_another() -> None:
    """One word per phrase, the longest; "separately," goes, since "separate" stands wherever it does."""
    found = anchor_words(["in other operations", "separately,", "a separate", "war"])
    assert found == ("operations", "separate", "war")


def test_an_anchored_pattern_skips_a_text_without_its_words_and_answers_like_its_pattern() -> None:
    """Where no anchor stands nothing is found; elsewhere search and finditer give the pattern's matches."""
    phrases = ["in other operations", "elsewhere"]
    anchored = AnchoredPattern(re.compile(r"(?<!\w)" + alternation(phrases)), anchor_words(phrases))
    text = "two were killed elsewhere, three in other  operations"
    assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in anchored.pattern.finditer(text)]
    assert anchored.search(text, 0, 20) is None
    found = anchored.search(text, 5)
    assert found is not None
    assert found.group() == "elsewhere"
    assert list(anchored.finditer("nothing here")) == []


def test_offsets_of_finds_every_character_in_order() -> None:
    """Every occurrence of every character given, merged in text order, and nothing for an absent one."""
    text = "U.S.-brokered, Pakistan's 'truce'"
    assert offsets_of(text, ".'") == [m.start() for m in re.finditer(r"[.']", text)]
    assert offsets_of(text, "`") == []
