"""Tests for conflictclaims._checks: the fields' own checks, run in order when a model's fast test fails."""

from __future__ import annotations

import attrs
import pytest
from attrs import field, frozen

from conflictclaims._checks import all_exactly, check_fields, checked
from conflictclaims.counts import Count
from conflictclaims.model import Actor, Claim, Incident, IncidentClaim, Location, Party


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        msg = f"{attribute.name} must be positive"
        raise ValueError(msg)


@frozen(kw_only=True)
class _Sample:
    """A model checked the way the hot models are."""

    name: str = field(metadata=checked(str))
    note: str | None = field(default=None, metadata=checked(str, optional=True))
    size: int = field(default=1, metadata=checked(_positive))

    def __attrs_post_init__(self) -> None:
        check_fields(self)


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        pytest.param({"name": 3}, TypeError, "'name' must be <class 'str'>", id="wrong-type"),
        pytest.param({"name": "x", "note": 3}, TypeError, "'note' must be <class 'str'>", id="optional-wrong-type"),
        pytest.param({"name": "x", "size": 0}, ValueError, "size must be positive", id="own-validator"),
        pytest.param({"name": 3, "size": 0}, TypeError, "'name'", id="first-bad-field-raises"),
    ],
)
def test_check_fields_raises_the_first_bad_fields_error(fields: dict[str, object], error: type, message: str) -> None:
    """The fields are checked in order, each with its own wording, and the first bad one raises."""
    with pytest.raises(error, match=message):
        _Sample(**fields)  # type: ignore[arg-type]


def test_check_fields_passes_valid_values_and_none() -> None:
    """Valid values, a subclass of the field's type and ``None`` in an optional field pass."""

    class Name(str):
        """A string under another name."""

        __slots__ = ()

    assert _Sample(name=Name("x"), note=None, size=2).name == "x"


@pytest.mark.parametrize(
    ("values", "kind", "expected"),
    [
        pytest.param((), str, True, id="empty"),
        pytest.param(("a", "b"), str, True, id="all-of-the-type"),
        pytest.param(("a", 1), str, False, id="one-of-another-type"),
        pytest.param(["a"], str, False, id="a-list"),
        pytest.param((True,), int, False, id="subclass-is-not-exact"),
    ],
)
def test_all_exactly_wants_a_tuple_of_the_exact_type(values: object, kind: type, expected: bool) -> None:
    """Only a tuple whose members are all of exactly the type passes the fast test."""
    assert all_exactly(values, kind) is expected


_FAST_CHECKED = [Actor, Location, Claim, IncidentClaim, Incident, Count, Party]


@pytest.mark.parametrize("model", _FAST_CHECKED, ids=lambda model: model.__name__)
def test_every_field_of_a_fast_checked_model_has_its_own_check(model: type) -> None:
    """A model that tests its fields at once keeps each field's own check, for the message when that test fails."""
    assert all(callable(attribute.metadata.get("check")) for attribute in attrs.fields(model))
