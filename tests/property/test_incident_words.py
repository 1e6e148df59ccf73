"""Words counted off the token table are the words the incidents stage's pattern finds, on any text."""

from __future__ import annotations

from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._incident_cues import WORD
from conflictclaims._incident_words import word_cases
from conflictclaims.tokens import tokenize
from tests.strategies import article_texts

# Pieces where the table's words and the pattern's could part: compounds, numbers run into words, marks.
_PIECES: Final = st.sampled_from(
    ["U.S.", "1,000km", "2,575", "3,4,5a", "a.b", "al-Qaida", "Taliban’s", "'", "’", "-", "--", ".", ",", " ",
     "\n", "\u2028", "x", "9", "_", "a", "B", "é", "É", "ß", "µ", "ſ", "İ", "²"]
)  # fmt: skip
_TEXTS: Final = st.one_of(st.lists(_PIECES, max_size=15).map("".join), article_texts())


@given(text=_TEXTS, data=st.data())
@example(text="The U.S. forces killed 1,000km", data=None)
def test_counts_are_the_patterns(text: str, data: st.DataObject | None) -> None:
    """From any token start (or the text's ends) to any later offset, the counts are the pattern's."""
    table = tokenize(text)
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.sampled_from([0, *table.starts, len(text)]))
        end = data.draw(st.integers(start, len(text)))
    words = WORD.findall(text, start, end)
    assert word_cases(text, table, start, end) == (len(words), sum(word[0].islower() for word in words))
