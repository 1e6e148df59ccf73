"""Properties of the gazetteer's scanner over arbitrary text."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims import _place_scanner, gazetteer
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


_NAME_WORDS = st.sampled_from(
    ["Gaza", "Strip", "Bay", "of", "Bengal", "Lashkar", "Gah", "Ras", "al-Ain", "New", "Delhi", "Afghan", "National",
     "Army", "Kabul", "Province", "Democratic", "Republic", "the", "Congo", "Sri", "Lanka", "Indian", "Kashmir",
     "DRC", "UAE", "Minister", "al", "-", "Pakistani", "Punjab", "Ma’rib’s", "KP"]
)  # fmt: skip


@given(st.lists(_NAME_WORDS, max_size=10).map(" ".join))
@example("Democratic Republic of the Congo and Lashkar Gah")
def test_shortcuts_find_what_the_full_search_finds(text: str) -> None:
    """Skipping words that start no name, and choosing from memos, find what a full search finds."""
    found = find_locations(text)
    gazetteer._sides_memo.clear()  # noqa: SLF001
    gazetteer._choice_memo.clear()  # noqa: SLF001
    with (
        mock.patch.object(_place_scanner, "_may_continue", return_value=True),
        mock.patch.object(_place_scanner, "_worth_trying", return_value=True),
    ):
        assert find_locations(text) == found
