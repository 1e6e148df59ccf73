"""Tests for conflictclaims.tokens: the one token table, and the views finders refine from it."""

from __future__ import annotations

import pytest

from conflictclaims._patterns import pattern_pair
from conflictclaims.tokens import Tokens, refine, split_at, tokenize


def test_words_keep_their_inner_marks() -> None:
    """Apostrophes, full stops, hyphens and digit-group commas stay inside words; other marks are tokens."""
    table = tokenize("Tehreek-e-Taliban's U.N. 2,575 (AP) — ok")
    assert table.surfaces == ["Tehreek-e-Taliban's", "U.N", ".", "2,575", "(", "AP", ")", "—", "ok"]


def test_offsets_and_keys() -> None:
    """Each token's offsets point at its surface; keys are lower case with "’" as "'"."""
    text = "Pakistan’s ARMY said"
    table = tokenize(text)
    assert [text[s:e] for s, e in zip(table.starts, table.ends, strict=True)] == table.surfaces
    assert table.keys == ["pakistan's", "army", "said"]


def test_plainness_is_read_once() -> None:
    """The table knows whether its text is plain, so finders may take their faster re forms."""
    assert tokenize("plain text").plain
    assert not tokenize("Жертвы").plain


def test_compounds_and_ranges() -> None:
    """Compound words are listed by index; a character range maps to the tokens starting in it."""
    table = tokenize("al-Qaeda said 12, U.S officials said.")
    assert [table.surfaces[i] for i in table.compounds()] == ["al-Qaeda", "U.S"]
    assert table.between(0, 13) == (0, 2)
    assert len(table) == 8
    assert "8 tokens" in repr(table)


@pytest.mark.parametrize(
    ("surface", "separators", "pieces"),
    [
        pytest.param("Taliban-led", "-", [(0, "Taliban"), (7, "-"), (8, "led")], id="hyphen"),
        pytest.param("2,575.5", ".,", [(0, "2"), (1, ","), (2, "575"), (5, "."), (6, "5")], id="number"),
        pytest.param("a--b", "-", None, id="empty-part"),
        pytest.param("O'Neill-led", "-", None, id="apostrophe-part"),
    ],
)
def test_split_at(surface: str, separators: str, pieces: list[tuple[int, str]] | None) -> None:
    """A compound is cut at its separators, or refused when a part is not all letters and digits."""
    assert split_at(surface, separators) == pieces


def test_refine_resplits_only_the_chunks_asked() -> None:
    """Only the chunks holding the listed tokens are split again; the rest is the table's own."""
    table = tokenize("al-Qaeda and al-Shabaab")
    hyphens = pattern_pair(r"([\p{L}\p{N}]+|-)")
    view = refine(table, hyphens, [0])
    assert view.surfaces == ["al", "-", "Qaeda", "and", "al-Shabaab"]
    assert view.keys == ["al", "-", "qaeda", "and", "al-shabaab"]
    assert refine(table, hyphens, []) is table


def test_refine_keeps_words_only_when_asked() -> None:
    """``words_only`` drops the marks, and ``simple`` splits a lone compound without the pattern."""
    table = tokenize("Kabul, al-Qaeda (AP)")
    hyphens = pattern_pair(r"([\p{L}\p{N}]+|-)")
    view = refine(table, hyphens, [2], words_only=True, simple=lambda surface: split_at(surface, "-"))
    assert isinstance(view, Tokens)
    assert view.surfaces == ["Kabul", "al", "Qaeda", "AP"]


def test_flags_are_worked_out_on_first_use() -> None:
    """Capitalization and word flags follow each token's first character."""
    table = tokenize("Taliban fighters — 12 Ölgii (AP)")
    assert table.capitalized() == [True, False, False, False, True, False, True, False]
    assert table.word_flags() == [True, True, False, True, True, False, True, False]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("al-Qaeda and Al-Shabaab's U.S.-backed rivals, 2,575 of them", id="compounds"),
        pytest.param("Ma’rib — Ḥajjah-based (AP) x-ray", id="beyond-plain"),
        pytest.param("no compound here", id="nothing-refined"),
    ],
)
@pytest.mark.parametrize("words_only", [False, True], ids=["marks-kept", "words-only"])
def test_refined_views_carry_the_flags_over(text: str, *, words_only: bool) -> None:
    """A refined view's flags are those its own tokens would get afresh."""
    table = tokenize(text)
    table.capitalized()  # worked out on the table first, then carried into the view
    words = pattern_pair(r"([\p{L}\p{N}]+|[^\s\p{L}\p{N}\p{M}])")
    view = refine(table, words, table.compounds(), words_only=words_only)
    fresh = Tokens(view.text, view.starts, view.ends, view.surfaces, plain=view.plain)
    assert view.keys == fresh.keys
    assert view.capitalized() == fresh.capitalized()
    assert view.word_flags() == fresh.word_flags()
