"""Sentence splitting: offsets, abbreviations, quotes and odd spacing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One died. Two were hurt.", ["One died.", "Two were hurt."], id="plain-stops"),
        pytest.param(
            "Lt. Gen. Ahmed Sharif Chaudhry spoke. He added more.",
            ["Lt. Gen. Ahmed Sharif Chaudhry spoke.", "He added more."],
            id="rank-abbreviations",
        ),
        pytest.param(
            "The U.N. said 12 died. Aid was cut.",
            ["The U.N. said 12 died.", "Aid was cut."],
            id="dotted-acronym-inside",
        ),
        pytest.param(
            "Aid came from the U.S. The strikes went on.",
            ["Aid came from the U.S.", "The strikes went on."],
            id="dotted-acronym-at-end",
        ),
        pytest.param(
            "“We will respond,” he warned. “The war is over.” Then silence.",
            ["“We will respond,” he warned.", "“The war is over.”", "Then silence."],
            id="closing-quotes",
        ),
        pytest.param("Why? Because.  Next   one!", ["Why?", "Because.", "Next   one!"], id="odd-spacing"),
        pytest.param(
            "Conflicting Casualty Claims\n\nBoth governments reported losses.",
            ["Conflicting Casualty Claims", "Both governments reported losses."],
            id="heading-line",
        ),
        pytest.param(
            "- By A. Writer\n- Source:JND\nFighting broke out.",
            ["- By A. Writer", "- Source:JND", "Fighting broke out."],
            id="bullet-lines",
        ),
        pytest.param(
            "The strikes killed\nnine people in Kherson.",
            ["The strikes killed\nnine people in Kherson."],
            id="soft-wrap",
        ),
        pytest.param(
            "Maj. Gen. A. B. Okafor of Nigeria's army spoke.",
            ["Maj. Gen. A. B. Okafor of Nigeria's army spoke."],
            id="initials",
        ),
        pytest.param("It ended at 10 a.m. on Friday.", ["It ended at 10 a.m. on Friday."], id="clock-abbreviation"),
        pytest.param("", [], id="empty"),
        pytest.param("   \n\n  ", [], id="blank"),
    ],
)
def test_split_sentences_examples(text: str, expected: list[str]) -> None:
    """Sentences come back in order, trimmed, with abbreviations kept inside."""
    assert _texts(text) == expected


@given(st.text())
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    """Any text splits into ordered, non-empty, non-overlapping, trimmed spans."""
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        previous_end = span.end


@given(
    st.lists(
        st.sampled_from(["Twelve soldiers died.", "He said so!", "Was it Kyiv?", "Lt. Col. Ivan spoke."]),
        min_size=1,
        max_size=6,
    )
)
def test_joined_sentences_split_back(sentences: list[str]) -> None:
    """Sentences joined by spaces split back into the same sentences."""
    assert _texts(" ".join(sentences)) == sentences
