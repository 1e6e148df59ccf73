"""Tests for conflictclaims._claim_model: the claim's models refuse what their fields cannot hold, naming the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conflictclaims._claim_model import Actor, Claim, DateRange, Location
from conflictclaims.model import ActorKind, LocationKind, Outcome, Party, Span

_EVIDENCE = Span(start=0, end=4)
# Loosely typed, to build models from wrong values as untrusted input would.
_Actor: Any = Actor
_Claim: Any = Claim
_Location: Any = Location
_ACTOR = Actor(name="the army", kind=ActorKind.MILITARY, country="SOM")


class _Name(str):
    """A string under another name, which the fields take like any string."""

    __slots__ = ()


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        pytest.param(lambda: _Actor(name=3), TypeError, "'name' must be <class 'str'>", id="actor-name"),
        pytest.param(lambda: _Actor(name="x", kind="military"), TypeError, "'kind'", id="actor-kind-as-string"),
        pytest.param(lambda: _Actor(name="x", country="afg"), ValueError, "country must be an ISO", id="actor-country"),
        pytest.param(lambda: _Actor(name="x", country=["AFG"]), ValueError, "country must be an ISO", id="unhashable"),
        pytest.param(lambda: _Actor(name="x", party="Sudan"), TypeError, "'party'", id="actor-party"),
        pytest.param(lambda: _Location(name="x", kind=LocationKind.CITY, latitude=1), TypeError, "latitude", id="lat"),
        pytest.param(
            lambda: _Location(name="x", kind=LocationKind.CITY, latitude=91.0), ValueError, "latitude", id="lat-range"
        ),
        pytest.param(
            lambda: _Claim(claimant=None, subject=_ACTOR, outcome="killed", evidence=_EVIDENCE),
            TypeError,
            "'outcome'",
            id="claim-outcome-as-string",
        ),
        pytest.param(
            lambda: _Claim(claimant=None, subject=_ACTOR, outcome=Outcome.KILLED, evidence=(0, 4)),
            TypeError,
            "'evidence'",
            id="claim-evidence",
        ),
    ],
)
def test_a_wrong_field_is_refused_by_name(build: Any, error: type, message: str) -> None:
    """Whatever field is wrong, the error is attrs' or the field's own, and names the field."""
    with pytest.raises(error, match=message):
        build()


def test_subclasses_pass_the_fields_checks() -> None:
    """A value of a subclass of the field's type is accepted, as attrs' own validators would."""
    actor = Actor(name=_Name("army"), kind=ActorKind.MILITARY, country=_Name("SOM"), aliases=(_Name("troops"),))
    assert (actor.name, actor.country, actor.party) == ("army", "SOM", Party.state("SOM"))
    claim = Claim(claimant=None, subject=actor, outcome=Outcome.KILLED, cue=_Name("said"), evidence=_EVIDENCE)
    assert claim.cue == "said"


def test_the_party_follows_from_kind_and_country() -> None:
    """Left out, an actor's party is its state, its civilians, the group itself or an unknown side."""
    assert Actor(name="x", kind=ActorKind.POLICE, country="SOM").party == Party.state("SOM")
    assert Actor(name="x", kind=ActorKind.CIVILIANS, country="SOM").party == Party.civilians("SOM")
    assert Actor(name="al-Shabaab", kind=ActorKind.ARMED_GROUP).party.name == "al-Shabaab"
    assert Actor(name="x").party == Party.unknown()


def test_a_date_range_runs_forward() -> None:
    """A range that ends before it starts is refused."""
    with pytest.raises(ValueError, match="start must be <= end"):
        DateRange(start=dt.date(2024, 1, 2), end=dt.date(2024, 1, 1))
