"""Tests for conflictclaims.extraction.ceasefires: parties, mediators, status and duration of a ceasefire."""

from __future__ import annotations

from conflictclaims.extraction.ceasefires import ceasefire_in, mediators_in
from conflictclaims.model import CeasefireStatus
from tests.extraction.conftest import last_sentence


def test_mediators_brokered_by() -> None:
    """ "brokered by Qatar and Turkey" names both as mediators."""
    sentence, _, _ = last_sentence("A truce brokered by Qatar and Turkey took effect.")
    assert {m.country for m in mediators_in(sentence)} == {"QAT", "TUR"}


def test_parties_between_and_status() -> None:
    """ "a ceasefire between Israel and Hamas" names the parties; "collapsed" is the status."""
    sentence, _, context = last_sentence("The ceasefire between Israel and Hamas collapsed on Sunday.")
    ceasefire = ceasefire_in(sentence, context)
    assert ceasefire is not None
    assert {p.country for p in ceasefire.parties} == {"ISR", "PSE"}
    assert ceasefire.status is CeasefireStatus.COLLAPSED
    assert ceasefire.temporary is None


def test_temporary_and_permanent_cues() -> None:
    """A "72-hour truce" is temporary, a "lasting ceasefire" permanent."""
    sentence, _, context = last_sentence("They agreed a 72-hour truce.")
    found = ceasefire_in(sentence, context)
    assert found is not None
    assert found.temporary is True
    sentence, _, context = last_sentence("They called for a lasting ceasefire.")
    found = ceasefire_in(sentence, context)
    assert found is not None
    assert (found.temporary, found.status) == (False, CeasefireStatus.PROPOSED)


def test_no_ceasefire_word_no_ceasefire() -> None:
    """A sentence with no ceasefire word gives none."""
    sentence, _, context = last_sentence("Twelve soldiers were killed.")
    assert ceasefire_in(sentence, context) is None
