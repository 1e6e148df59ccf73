"""Properties of the gazetteer's scanner over arbitrary text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._place_scanner import _holding_odd_characters
from conflictclaims.gazetteer import _place_tokens, find_locations, locations_in
from conflictclaims.tokens import tokenize

_PLACE_WORDS = st.sampled_from(["Kabul", "Gaza Strip", "Paktia province", "Sunday", "Khost", "the", "Borno State"])
_TEXTS = st.one_of(st.text(), st.lists(st.one_of(_PLACE_WORDS, st.text(max_size=5)), max_size=12).map(" ".join))


@given(_TEXTS)
@example("Kabul’s")
@example("al-")
@example("A-B-C-D-E-F")
def test_find_locations_never_raises_and_spans_point_at_text(text: str) -> None:
    """On any string, mentions are sorted, disjoint, inside the text and non-empty."""
    mentions = find_locations(text)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.span.start < mention.span.end <= len(text)
        assert mention.span.of(text).strip() == mention.span.of(text)
        previous_end = mention.span.end


@given(_TEXTS)
def test_locations_in_accounts_for_every_mention(text: str) -> None:
    """locations_in keeps every mention of find_locations, grouped by place."""
    merged = sorted(span.start for location in locations_in(text) for span in location.mentions)
    assert merged == [m.span.start for m in find_locations(text)]


_ODD_PIECES = st.sampled_from(["Ma’rib", "Sana'a", "Khōst", "`x", "Ж", "\u2028", "\u00a0", "“Kabul”", "a", " ", "-"])


@given(st.one_of(st.text(), st.lists(_ODD_PIECES, max_size=10).map("".join)))
@example("Kabul\u2028Ma’rib “Khōst”")
@example("Ma\udcb5rib")
def test_odd_words_are_those_a_test_per_word_finds(text: str) -> None:
    """The words found by searching for their odd characters are those holding an apostrophe, backtick or non-ASCII."""
    view = _place_tokens(tokenize(text))
    expected = [
        j for j, word in enumerate(view.surfaces) if not word.isascii() or "'" in word or "`" in word
    ]
    assert _holding_odd_characters(text, view.starts, view.ends) == expected
