"""Tests for conflictclaims.extraction.attribution: frame rules, scopes closed by later frames, the frame index."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims.extraction.attribution import RULES, Frame, FrameIndex, read_frames
from tests.extraction.conftest import last_sentence


def _frames(text: str) -> list[tuple[str | None, str, str]]:
    sentence, speakers, _ = last_sentence(text)
    frames = read_frames(sentence, speakers)
    return [(f.speaker.name if f.speaker else None, f.cue, text[f.scope[0] : f.scope[1]].strip()) for f in frames]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Afghan officials said 12 soldiers died.", [("Afghan officials", "said", "12 soldiers died.")], id="said"
        ),
        pytest.param(
            "12 soldiers died, Afghan officials said.",
            [("Afghan officials", "said", "12 soldiers died,")],
            id="trailing",
        ),
        pytest.param(
            "According to Afghan authorities, 13 died.",
            [("Afghan authorities", "according to", ", 13 died.")],
            id="according-to-first",
        ),
        pytest.param(
            "Nigeria's army said soldiers fought off a raid by Islamic State West Africa Province gunmen, "
            "killing 14 insurgents, whereas the militant group said that it had shot dead scores of troops.",
            [
                (
                    "army",
                    "said",
                    (
                        "soldiers fought off a raid by Islamic State West Africa Province gunmen, "
                        "killing 14 insurgents, whereas"
                    ),
                ),
                ("Islamic State West Africa Province", "said", "that it had shot dead scores of troops."),
            ],
            id="a-generic-group-named-earlier-closes-at-its-own-words",
        ),
        pytest.param(
            "The Houthis offered a different account on X, saying 9 sailors died.",
            [("Houthis", "saying", "9 sailors died.")],
            id="participle-of-the-sentences-subject",
        ),
        pytest.param(
            "Ethiopian officials called the numbers fabricated and said 7 died.",
            [("Ethiopian officials", "said", "7 died.")],
            id="the-subject-of-a-coordinated-verb",
        ),
        pytest.param(
            "Israel's defence ministry said its jets killed as many as 40 of the fighters, and denied that any "
            "civilians were hit.",
            [
                ("Israel's defence ministry", "said", "its jets killed as many as 40 of the fighters, and"),
                ("Israel's defence ministry", "denied", "that any civilians were hit."),
            ],
            id="and-a-second-verb-goes-on",
        ),
        pytest.param(
            "At least 31 people have died since Monday, the governor's office said, warning that hundreds had fled.",
            [
                ("office", "said", "At least 31 people have died since Monday,"),
                ("office", "warning", "that hundreds had fled."),
            ],
            id="closing-attribution-going-on-warning",
        ),
        pytest.param(
            "13 died, according to Afghan authorities.",
            [("Afghan authorities", "according to", "13 died,")],
            id="according-to-after",
        ),
        pytest.param(
            "The RSF denied the claim, saying its forces captured 12.",
            [
                ("Rapid Support Forces", "denied", "the claim,"),
                ("Rapid Support Forces", "saying", "its forces captured 12."),
            ],
            id="participle-goes-on",
        ),
        pytest.param("The UN urged calm after 12 died.", [], id="appeal-opens-none"),
        pytest.param(
            "Fighting killed 12, according to the army.",
            [("army", "according to", "Fighting killed 12,")],
            id="according-to-closing-the-sentence",
        ),
        pytest.param(
            "It concerns the affair in which, according to the war crimes court created in 2019, troops killed 2,150.",
            [
                (
                    "war crimes court",
                    "according to",
                    (
                        "It concerns the affair in which, according to the war crimes court created in 2019, "
                        "troops killed 2,150."
                    ),
                )
            ],
            id="according-to-in-commas-mid-sentence",
        ),
        pytest.param(
            "Fighting went on, according to the army, which said 12 died.",
            [("army", "according to", "Fighting went on, according to the army, which said 12 died.")],
            id="according-to-in-commas-then-a-relative-clause",
        ),
    ],
)
def test_frame_rules(text: str, expected: list[tuple[str | None, str, str]]) -> None:
    """Each rule reads its frame: speaker, cue and what it attributes; a later frame closes an earlier one."""
    found = _frames(text)
    assert [(name and name.split()[-1], cue, scope) for name, cue, scope in found] == [
        (name and name.split()[-1], cue, scope) for name, cue, scope in expected
    ]


def test_rules_are_tried_in_order() -> None:
    """The rule table holds the "according to" rule before the reporting-verb rule."""
    assert [rule.__name__ for rule in RULES] == ["according_to", "reported"]


def test_speakers_are_remembered_as_they_speak() -> None:
    """A frame's speaker is the last speaker for the next sentence's pronouns."""
    sentence, speakers, _ = last_sentence("Taliban spokesman Zabihullah Mujahid said 12 died.")
    read_frames(sentence, speakers)
    assert speakers.memory.person is not None
    assert speakers.memory.person.name == "Zabihullah Mujahid"


def _innermost(frames: list[Frame], offset: int) -> Frame | None:
    """The definition the index must match: the containing frame with the latest start, the later on a tie."""
    best: Frame | None = None
    for frame in frames:
        if frame.scope[0] <= offset < frame.scope[1] and (best is None or frame.scope[0] >= best.scope[0]):
            best = frame
    return best


_scopes = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8)


@given(scopes=_scopes, offset=st.integers(-2, 32))
def test_frame_index_finds_the_innermost_frame(scopes: list[tuple[int, int]], offset: int) -> None:
    """The index answers as a scan over every frame would, for any scopes and any offset."""
    frames = [
        Frame(None, f"cue{i}", (min(a, b), max(a, b)), denial=False, admission=False, anchor=a, agent_start=a)
        for i, (a, b) in enumerate(scopes)
    ]
    assert FrameIndex(frames).at(offset) is _innermost(frames, offset)
