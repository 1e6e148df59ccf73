"""A pattern opening with ``(?<!\\w)`` and a phrase, tried only at ``word_offsets``, finds what a scan finds."""

from __future__ import annotations

import re
from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._incident_cues import EVENT_NOUN_RE, EVENT_NOUN_STARTS
from conflictclaims._patterns import alternation, first_words, word_offsets
from tests.strategies import article_texts

_PHRASES: Final = ("air raid", "airstrike", "attack", "attacks", "raid", "ied", "a dozen", "half-a")
_PATTERN: Final = re.compile(r"(?<!\w)" + alternation(_PHRASES))
_PIECES: Final = st.sampled_from(
    [*_PHRASES, "air", "air  raid", "_", "x", "9", "é", "-", "'", " ", "\n", "\u2028", "counter", "died", "A", "²"]
)
_TEXTS: Final = st.one_of(st.lists(_PIECES, max_size=12).map("".join), article_texts(), st.text())


def _tried_at_offsets(
    pattern: re.Pattern[str], starts: tuple[str, ...], text: str, pos: int, endpos: int
) -> list[tuple[int, int]]:
    offsets = word_offsets(text, starts)
    found = []
    done = pos
    for at in offsets:
        if done <= at < endpos and (match := pattern.match(text, at, endpos)) is not None:
            done = match.end()
            found.append(match.span())
    return found


@given(text=_TEXTS, data=st.data())
@example(text="an air raid, air\traids and a counterattack; attacks_x _raid", data=None)
def test_offsets_find_every_match(text: str, data: st.DataObject | None) -> None:
    """Matches tried only where a first word stands with no word character before it are the scan's matches."""
    pos, endpos = 0, len(text)
    if data is not None:
        pos = data.draw(st.integers(0, len(text)))
        endpos = data.draw(st.integers(pos, len(text)))
    for pattern, starts in ((_PATTERN, first_words(_PHRASES)), (EVENT_NOUN_RE, EVENT_NOUN_STARTS)):
        expected = [match.span() for match in pattern.finditer(text, pos, endpos)]
        assert _tried_at_offsets(pattern, starts, text, pos, endpos) == expected
