"""Properties of the gazetteer's scanner over arbitrary text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims.gazetteer import find_locations, locations_in

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
