"""The token table and its refined views equal what each finder's own tokenizer would make of the whole text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims import _actor_lexicon, gazetteer
from conflictclaims.tokens import WORD, Tokens, split_at, tokenize

if TYPE_CHECKING:
    import re

_WORD_START: Final = regex.compile(r"[\p{L}\p{N}\p{M}]")

_PIECES: Final = st.sampled_from(
    [
        "U.S.", "U.N.-backed", "Pakistan's", "Pakistan’s", "forces’", "al-Burhan", "O'Neill", "2,575", "Ma’rib",
        "Maʼrib", "e.g.", "killed.The", "Khōst", "Kho\u0301st", "Ж", "'s", "’", "-", ".", ",", "'", "ʼ", "‘", "`",
        "x", "S", "12", " ", "  ", "\n", "\u00a0", "twenty-five", "A.", "Taliban-led",
    ]
)  # fmt: skip
_TEXTS: Final = st.one_of(st.text(), st.lists(_PIECES, max_size=12).map("".join))


def _direct(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """Split the whole text with one pattern: (start, end, surface) of every captured token."""
    out = []
    at = 0
    for i, part in enumerate(pattern.split(text)):
        if i % 2 == 1:
            out.append((at, at + len(part), part))
        at += len(part)
    return out


@given(text=_TEXTS)
@example(text="The U.S.-led coalition's 2,575 troops.")
def test_the_table_is_the_token_pattern_split(text: str) -> None:
    """The table holds exactly the tokens of one split, with their offsets and surfaces."""
    table = tokenize(text)
    assert list(zip(table.starts, table.ends, table.surfaces, strict=True)) == _direct(WORD.unicode, text)
    assert all(text[s:e] == w for s, e, w in zip(table.starts, table.ends, table.surfaces, strict=True))
    assert table.keys == [w.lower().replace("’", "'") for w in table.surfaces]


@given(text=_TEXTS)
@example(text="Pakistan's U.S.-backed forces’ 2,575 e.g. U.N.")
@example(text="'S")
def test_actor_view_is_the_actor_split(text: str) -> None:
    """Refining the table gives the tokens the actor finder's own pattern gives on the whole text."""
    view = _actor_lexicon.actor_tokens(tokenize(text))
    expected = _direct(_actor_lexicon._SPLIT.unicode, text)  # noqa: SLF001
    assert list(zip(view.starts, view.ends, view.surfaces, strict=True)) == expected


@given(text=_TEXTS)
@example(text="Khyber-Pakhtunkhwa Maʼrib Sana'a 2,575 U.S.")
def test_place_view_is_the_gazetteer_split(text: str) -> None:
    """Refining the table gives the words the gazetteer's own pattern gives on the whole text."""
    table = tokenize(text)
    view = gazetteer._place_tokens(table)  # noqa: SLF001
    expected = _direct(gazetteer._WORD_SPLIT.unicode, text)  # noqa: SLF001
    assert list(zip(view.starts, view.ends, view.surfaces, strict=True)) == expected
    assert gazetteer._place_words(table) == (view.starts, view.ends, view.keys, view.capitalized())  # noqa: SLF001


@given(text=_TEXTS)
@example(text="U.S.-led, 2,575 a,b killed.The 'x' O'Neill's -")
def test_compounds_are_the_words_with_inner_marks(text: str) -> None:
    """The table's compounds, however found, are its tokens longer than one character and not all alphanumeric."""
    table = tokenize(text)
    fresh = Tokens(text, table.starts, table.ends, table.surfaces, plain=table.plain)
    expected = [i for i, surface in enumerate(table.surfaces) if len(surface) > 1 and not surface.isalnum()]
    assert table.compounds() == expected
    assert fresh.compounds() == expected


@given(text=_TEXTS)
@example(text="U.S.-led, 2,575 a,b killed.The 'x' O'Neill's - Kho\u0301st")
def test_word_flags_are_the_tokens_starting_with_a_word_character(text: str) -> None:
    """Each token's word flag, however worked out, says whether it starts with a letter, digit or mark."""
    table = tokenize(text)
    expected = [_WORD_START.match(surface) is not None for surface in table.surfaces]
    assert table.word_flags() == expected


def _split_by_hand(surface: str, separators: str) -> list[tuple[int, str]] | None:
    """``split_at`` written as a loop over the characters."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for at, char in enumerate(surface):
        if char in separators:
            pieces += ((start, surface[start:at]), (at, char))
            start = at + 1
    pieces.append((start, surface[start:]))
    return pieces if all(piece.isalnum() for _, piece in pieces[::2]) else None


@given(surface=st.lists(st.sampled_from(["ab", "12", "-", ".", ",", "'", "é", ""]), max_size=6).map("".join),
       separators=st.sampled_from(["", "-", "-.,", ".,"]))  # fmt: skip
def test_split_at_cuts_at_every_separator(surface: str, separators: str) -> None:
    """Cutting a word at its separators gives the parts and separators a loop over its characters gives."""
    assert split_at(surface, separators) == _split_by_hand(surface, separators)
