"""The sentence splitter's reading of the word before a full stop agrees with its pattern on any text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims import sentences

_TEXTS = st.one_of(st.text(alphabet=st.sampled_from([*"aAbZI.. \n-x1'é"])), st.text())


@given(text=_TEXTS, data=st.data())
@example(text="Lt. Gen. U.S.A. I.", data=None)
def test_word_before_matches_its_pattern(text: str, data: st.DataObject | None) -> None:
    """The word read back from a stop is what the pattern finds in the 12 characters before it."""
    stops = [len(text)] if data is None else [data.draw(st.integers(0, len(text)))]
    for stop in stops:
        match = sentences._WORD_BEFORE.search(text[max(0, stop - 12) : stop])  # noqa: SLF001 - the reference
        assert sentences._word_before(text, stop) == (None if match is None else match.group())  # noqa: SLF001
