"""Properties of actor recognition: lenient on any text, spans that point at the text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims.actors import country_of, find_actor_mentions, merge_actors, side_of_noun_phrase

_WORDS = st.sampled_from(
    [
        "Pakistan", "Pakistan's", "’s", "Taliban", "spokesperson", "Zabihullah", "Mujahid", ",", "a", "for",
        "Lt.", "Gen.", "Ministry", "of", "Defence", "the", "Afghan", "soldiers", "Kabul", "in", "said",
        "Hamas-run", "U.S.", "Secretary-General", "bin", "TTP", "(", ")", "—", "Mr.", "X", "officials",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(), st.lists(_WORDS, max_size=40).map(" ".join))


@given(_TEXTS)
@example("Pakistan’s military spokesperson, Lieutenant General Ahmed Sharif Chaudhry, said")
@example("’s’s’s U.S.U. -led")
def test_mentions_point_at_text(text: str) -> None:
    """Every mention's span lies in the text, shows its surface and does not overlap the next."""
    ms = find_actor_mentions(text)
    last = 0
    for m in ms:
        assert last <= m.span.start < m.span.end <= len(text)
        assert m.span.of(text) == m.text
        if m.head is not None:
            assert m.span.covers(m.head)
        last = m.span.end


@given(_TEXTS)
def test_merge_covers_every_mention(text: str) -> None:
    """Merging assigns every mention to exactly one actor that lists its span."""
    ms = find_actor_mentions(text)
    idx = merge_actors(ms)
    assert len(idx.assignment) == len(ms)
    assert sum(len(a.mentions) for a in idx.actors) == len(ms)


@given(st.text())
def test_lookups_never_raise(text: str) -> None:
    """The lookup helpers are lenient on any string."""
    country_of(text)
    side_of_noun_phrase(text)
