"""Words read off the token table are the words the incidents stage's patterns find, on any text."""

from __future__ import annotations

from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._incident_cues import EVENT_NOUN_RE, EVENT_NOUN_WORDS, TIME_CUE_WORDS, TIME_CUES_RE, WORD
from conflictclaims._incident_words import matches_at, word_cases, word_starts
from conflictclaims._patterns import lower_keeping_offsets
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


# Where a word of a cue could start without a token starting there: compounds, "_", cut words.
_CUE_PIECES: Final = st.sampled_from(
    ["in 2019", "since 2009", "last month", "the attack", "air  raid", "ieds", "so far", "today", "on sunday",
     "U.S.-in", "al-attack", "mid-2019", "so-far", "’s", "_", "x", "9", "é", "İn", " ", "\n", "\u2028", ",", "."]
)  # fmt: skip
_CUE_TEXTS: Final = st.one_of(st.lists(_CUE_PIECES, max_size=12).map("".join), article_texts(), st.text())


@given(text=_CUE_TEXTS, data=st.data())
@example(text="U.S.-in 2019, so-far today’s attacks_in 2019", data=None)
def test_word_starts_find_every_match(text: str, data: st.DataObject | None) -> None:
    """A cue pattern tried only at the table's word starts finds what a scan of the window finds."""
    pos, endpos = 0, len(text)
    if data is not None:
        pos = data.draw(st.integers(0, len(text)))
        endpos = data.draw(st.integers(pos, len(text)))
    table = tokenize(text)
    lowered = lower_keeping_offsets(text)
    for pattern, words in ((TIME_CUES_RE, TIME_CUE_WORDS), (EVENT_NOUN_RE, EVENT_NOUN_WORDS)):
        starts = word_starts(table, text, pos, endpos, words)
        if starts is None:
            continue
        expected = [match.span() for match in pattern.finditer(lowered, pos, endpos)]
        assert [match.span() for match in matches_at(pattern, lowered, starts, endpos)] == expected


def test_cue_words_are_runs_of_letters() -> None:
    """``word_starts`` reads whole words off the table: every first word of a cue is letters alone."""
    assert all(word.isalpha() and word.islower() for word in TIME_CUE_WORDS | EVENT_NOUN_WORDS)
