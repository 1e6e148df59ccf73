"""Tests for conflictclaims._speech: one table of reporting verbs, with what each form does."""

from __future__ import annotations

import pytest

from conflictclaims import _speech, extract
from conflictclaims.actors import find_actor_mentions


def test_acts_are_known() -> None:
    """Every verb form has one of the documented acts."""
    assert set(_speech.REPORTING_VERBS.values()) <= set(_speech.ACTS)


def test_forms_are_lower_case_words() -> None:
    """Every form is a lower-case word, as the finders look it up."""
    assert all(form.isalpha() and form.islower() for form in _speech.REPORTING_VERBS)


def test_derived_views_are_subsets_of_the_table() -> None:
    """Finite forms, frame verbs, denials and admissions all come from the one table."""
    table = set(_speech.REPORTING_VERBS)
    for view in (_speech.FINITE_REPORTING_VERBS, _speech.FRAME_VERBS, _speech.DENIAL_VERBS):
        assert view <= table
    assert _speech.ADMISSION_VERBS <= _speech.FRAME_VERBS
    assert "said" in _speech.FINITE_REPORTING_VERBS
    assert "saying" not in _speech.FINITE_REPORTING_VERBS


@pytest.mark.parametrize("verb", ["revealed", "conceded", "documented"])
def test_a_finite_reporting_verb_after_a_name_makes_a_speaker(verb: str) -> None:
    """Any finite form of the table marks the two-word name before it as a person."""
    (mention,) = find_actor_mentions(f"Ahmad Khalil {verb} the figures.")
    assert mention.name == "Ahmad Khalil"


def test_an_appeal_opens_no_frame() -> None:
    """ "urged" marks a speaker but does not make the figures after it the speaker's claim."""
    (claim,) = extract("The UN urged calm after 12 civilians were killed in Gaza.").claims
    assert claim.claimant is None


def test_an_admission_verb_opens_an_admission_frame() -> None:
    """ "conceded" opens a frame like "admitted": the unmarked soldiers are the speaker's own."""
    (claim,) = extract("The Russian defence ministry conceded that 12 soldiers were killed.").claims
    assert claim.cue == "conceded"
    assert claim.subject.country == "RUS"
