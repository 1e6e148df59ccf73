"""The words the incidents stage reads around a claim: the names of its people."""

from __future__ import annotations

import pytest

from conflictclaims._incident_cues import DEFINITE_RE, WORD, name_words, points_back


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Afghan National Army", ("afghan", "national", "army"), id="lower-cased words"),
        pytest.param("al-Shabaab's fighters", ("al-shabaab's", "fighters"), id="joined words stay whole"),
        pytest.param("U.S. forces", ("u", "s", "forces"), id="full stops part words"),
        pytest.param("", (), id="no words"),
    ],
)
def test_a_names_words(name: str, expected: tuple[str, ...]) -> None:
    """A name's words are the word pattern's, lower-cased, in order."""
    assert name_words(name) == expected == tuple(WORD.findall(name.lower()))


def test_a_name_read_again_gives_the_same_words() -> None:
    """A name read twice gives equal words, kept once: the words are an immutable tuple."""
    first = name_words("Taliban insurgents")
    assert name_words("Taliban insurgents") is first
    assert isinstance(first, tuple)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("after the ", True, id="the"),
        pytest.param("in sunday's deadly ", True, id="possessive and a word"),
        pytest.param("the two coordinated ", True, id="two words between"),
        pytest.param("the two coordinated night ", False, id="three words between"),
        pytest.param("a coordinated ", False, id="indefinite"),
        pytest.param("repelled (the ", True, id="a mark before the determiner"),
    ],
)
def test_points_back(text: str, expected: bool) -> None:
    """A determiner and at most two words up to the noun point back at an event told before."""
    assert points_back(DEFINITE_RE, text, 0, len(text)) is expected
