"""Tests for conflictclaims.extraction.unnumbered: claims without a number."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from conflictclaims.extraction.attribution import read_frames
from conflictclaims.extraction.claims import ClaimReader
from conflictclaims.extraction.unnumbered import OPENER_WORDS, OPENERS
from tests.extraction.conftest import last_sentence

if TYPE_CHECKING:
    from conflictclaims.extraction.drafts import Draft


def _drafts(text: str) -> list[Draft]:
    sentence, speakers, context = last_sentence(text)
    return ClaimReader(context, speakers).read(sentence, read_frames(sentence, speakers))


@pytest.mark.parametrize(
    ("text", "outcome", "count"),
    [
        pytest.param("No soldiers were killed.", "killed", 0, id="zero"),
        pytest.param("The army inflicted heavy casualties on Afghan forces.", "casualties", None, id="unquantified"),
        pytest.param("Pakistan rejected claims of seizing outposts.", "seized", None, id="denied-claims-of"),
    ],
)
def test_claims_without_a_number(text: str, outcome: str, count: int | None) -> None:
    """Each opener reads its claim: a zero, an unquantified toll, a denied claim of an act."""
    (draft,) = _drafts(text)
    assert draft.outcome == outcome
    assert (draft.count.low if draft.count is not None else None) == count


@pytest.mark.xfail(strict=True, reason="a named claimant before 'claims of' opens a frame of its own")
def test_denied_claims_of_a_named_side() -> None:
    """ "rejected Taliban claims of seizing outposts" is a denied claim of seizing, like "rejected claims of"."""
    (draft,) = _drafts("Pakistan rejected Taliban claims of seizing outposts.")
    assert (draft.outcome, draft.stance) == ("seized", "denied")


def test_openers_are_a_table_of_word_tests_and_readers() -> None:
    """The openers' table pairs a test of the word with the function reading the claim."""
    assert [rule.__name__ for _, rule in OPENERS] == ["zero_claim", "unquantified_claim", "denied_claims_of"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Soldiers were killed, officials said.", id="a-toll-with-no-opener-word"),
        pytest.param("Any soldiers were killed.", id="any-under-no-denial"),
        pytest.param("The civilian casualties rose by 20 percent.", id="talk-about-a-toll"),
    ],
)
def test_no_claim_without_a_number(text: str) -> None:
    """No opener word, "any" said by no one denying, and talk about a toll read no claim."""
    assert _drafts(text) == []


def test_opener_words_are_the_words_the_openers_test() -> None:
    """Each opener word opens a rule in some sentence: the words the reader looks at are the rules' own."""
    assert {"no", "any", "claims", "reports", "casualties", "deaths"} <= OPENER_WORDS
