"""Cues read off the last or first words of a stretch are the cues a reading of the whole stretch finds."""

from __future__ import annotations

from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._incident_cues import (
    DEFINITE_RE,
    DEMONSTRATIVE_RE,
    WORD,
    first_runs_end,
    last_runs_start,
    points_back,
    words_at_end,
    words_at_start,
)
from tests.strategies import article_texts

# Determiners, words and the marks and spaces that part them.
_PIECES: Final = st.sampled_from(
    ["the", "this", "those", "its", "same", "sunday's", "a", "raid", "well-planned", "x", "9", "(", "-", ",", "'",
     "u.s.", "_", "’", "é", " ", "  ", "\n", "\u2028", "\t"]
)  # fmt: skip
_TEXTS: Final = st.one_of(st.lists(_PIECES, max_size=14).map("".join), article_texts())


@given(text=_TEXTS, data=st.data())
@example(text="troops repelled (the well-planned \n", data=None)
def test_the_last_words_answer_as_the_whole_stretch(text: str, data: st.DataObject | None) -> None:
    """Searching only the last runs of non-space answers as searching the whole stretch, for both patterns."""
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    for pattern in (DEFINITE_RE, DEMONSTRATIVE_RE):
        assert points_back(pattern, text, start, end) == (pattern.search(text, start, end) is not None)


@given(text=_TEXTS, count=st.integers(1, 6))
@example(text="killed two , - of  the u.s. ", count=4)
def test_the_first_and_last_words_are_the_patterns(text: str, count: int) -> None:
    """The first and last few words read off the runs at either end are the word pattern's."""
    words = WORD.findall(text)
    assert words_at_end(text, count) == words[-count:]
    assert words_at_start(text, count) == words[:count]


@given(text=_TEXTS, count=st.integers(1, 6), data=st.data())
@example(text=" the  raid\n", count=1, data=None)
def test_the_runs_at_either_end_are_counted(text: str, count: int, data: st.DataObject | None) -> None:
    """The stretch from ``last_runs_start`` (up to ``first_runs_end``) holds that many runs of non-space, or all."""
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    runs = text[start:end].split()
    at = last_runs_start(text, count, start, end)
    assert start <= at <= end
    assert text[at:end].split() == runs[-count:]
    assert text[: first_runs_end(text, count)].split() == text.split()[:count]
