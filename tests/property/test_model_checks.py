"""Hypothesis properties of the models' field checks: every field of every model is checked, and valid values pass."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from conflictclaims.counts import Count
from conflictclaims.model import (
    Actor,
    Article,
    Ceasefire,
    Claim,
    ClaimRole,
    DateRange,
    Dispute,
    Incident,
    IncidentClaim,
    Location,
    Party,
    Position,
    SourcedClaim,
)
from tests.strategies import (
    actors,
    articles,
    ceasefires,
    claims,
    counts,
    date_ranges,
    disputes,
    locations,
    parties,
    positions,
    sourced_claims,
)

_reports = st.builds(IncidentClaim, claim=claims(), role=st.sampled_from((ClaimRole.REPORT, ClaimRole.BACKGROUND)))
_restatements = claims().map(lambda claim: IncidentClaim(claim=claim, role=ClaimRole.RESTATEMENT, of=claim))
_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Count: counts(),
    Party: parties(),
    Actor: actors(),
    Location: locations(),
    DateRange: date_ranges(),
    Claim: claims(),
    Ceasefire: ceasefires(),
    IncidentClaim: _reports | _restatements,
    Incident: st.builds(
        Incident,
        id=st.just("i1"),
        claims=st.lists(_reports, max_size=2).map(tuple),
        period=st.none() | date_ranges(),
        locations=st.lists(locations(), max_size=2).map(tuple),
    ),
    Article: articles(),
    SourcedClaim: sourced_claims(),
    Position: positions(),
    Dispute: disputes(),
}
_FIELDS = [
    pytest.param(model_type, attribute.name, id=f"{model_type.__name__}.{attribute.name}")
    for model_type in _STRATEGIES
    for attribute in attrs.fields(model_type)
]


class _Stranger:
    """A value of no type any field holds."""

    def __repr__(self) -> str:
        return "<stranger>"


@pytest.mark.parametrize(("model_type", "name"), _FIELDS)
@settings(max_examples=5)
@given(data=st.data())
def test_a_value_of_the_wrong_type_is_refused_in_every_field(model_type: type, name: str, data: st.DataObject) -> None:
    """Whatever the model and the field, a value of a type no field holds is refused, and the error names the field."""
    model = data.draw(_STRATEGIES[model_type])
    with pytest.raises((TypeError, ValueError), match=name):
        attrs.evolve(model, **{name: _Stranger()})


@pytest.mark.parametrize("model_type", list(_STRATEGIES), ids=lambda model_type: model_type.__name__)
@settings(max_examples=25)
@given(data=st.data())
def test_a_valid_model_is_rebuilt_equal(model_type: type, data: st.DataObject) -> None:
    """Rebuilding any valid model from its own fields passes every check and gives an equal model."""
    model = data.draw(_STRATEGIES[model_type])
    note(repr(model))
    assert attrs.evolve(model) == model
