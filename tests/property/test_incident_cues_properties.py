"""A determiner pointing back is found in the last words before a noun as a search of the whole stretch finds it."""

from __future__ import annotations

from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._incident_cues import DEFINITE_RE, DEMONSTRATIVE_RE, points_back
from tests.strategies import article_texts

# Determiners, words and the marks and spaces that part them.
_PIECES: Final = st.sampled_from(
    ["the", "this", "those", "its", "same", "sunday's", "a", "raid", "well-planned", "x", "9", "(", "-", ",", "'",
     " ", "  ", "\n", "\u2028", "\t"]
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
