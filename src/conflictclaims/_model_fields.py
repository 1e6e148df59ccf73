"""What the models' fields are made of: the closed vocabularies and the shared validators.

The enumerations name the kinds of things a model records (what kind of
actor or place, what happened, what is counted); the validators check a
field at run time, because the models also take untrusted input, with
messages that name the field.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable
from typing import Any

import attrs

from conflictclaims._countries import alpha3_codes

__all__ = [
    "ActorKind",
    "CeasefireStatus",
    "LocationKind",
    "Outcome",
    "PartyKind",
    "Stance",
    "Unit",
    "Validator",
    "country_code",
    "is_country_code",
    "optional",
    "tuple_of",
]


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 country code.

    >>> is_country_code("AFG"), is_country_code("afg"), is_country_code("XXX")
    (True, False, False)
    """
    return code in alpha3_codes()


def country_code(_instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    """Check that a field holds an ISO 3166-1 alpha-3 code, or ``None``."""
    if value is None:
        return
    # Checked at run time too: the models also take untrusted input.
    if not isinstance(value, str) or not is_country_code(value):
        msg = f"{attribute.name} must be an ISO 3166-1 alpha-3 code such as 'AFG', got {value!r}"
        raise ValueError(msg)


#: What an attrs validator is: called with the instance, the attribute and the value.
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], Any]


def tuple_of(kind: type) -> Validator:
    """Return a validator for a tuple whose every member is a ``kind``.

    The usual case, a valid tuple, is one check run in C; attrs' own
    validator words the error when there is one.
    """
    wording: Validator = attrs.validators.deep_iterable(
        member_validator=attrs.validators.instance_of(kind),
        iterable_validator=attrs.validators.instance_of(tuple),
    )

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not (isinstance(value, tuple) and all(map(isinstance, value, itertools.repeat(kind)))):
            wording(instance, attribute, value)

    return check


def optional(kind: type) -> Validator:
    """Return a validator for a ``kind`` or ``None`` (attrs' own validator words the error)."""
    wording: Validator = attrs.validators.optional(attrs.validators.instance_of(kind))

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            wording(instance, attribute, value)

    return check


# Every enumeration below hashes by identity, which runs in C: its members are singletons
# (copies and unpickled values are the same objects), and Enum's own hash is a Python call
# that the extractor's sets and dicts of kinds would pay thousands of times per article.


class ActorKind(enum.Enum):
    """What kind of party an :class:`Actor` is."""

    __hash__ = object.__hash__

    STATE = "state"
    GOVERNMENT = "government"
    MILITARY = "military"
    POLICE = "police"
    ARMED_GROUP = "armed_group"
    PERSON = "person"
    ORGANIZATION = "organization"
    CIVILIANS = "civilians"
    UNKNOWN = "unknown"


class PartyKind(enum.Enum):
    """What kind of side of a conflict a :class:`Party` is."""

    __hash__ = object.__hash__

    STATE = "state"
    ARMED_GROUP = "armed_group"
    CIVILIANS = "civilians"
    INTERNATIONAL = "international"
    UNKNOWN = "unknown"


class LocationKind(enum.Enum):
    """The administrative level of a :class:`Location`."""

    __hash__ = object.__hash__

    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    REGION = "region"


class Outcome(enum.Enum):
    """What a claim says happened to its subject."""

    __hash__ = object.__hash__

    KILLED = "killed"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    MISSING = "missing"
    RELEASED = "released"
    DESTROYED = "destroyed"
    SEIZED = "seized"
    CASUALTIES = "casualties"


class Unit(enum.Enum):
    """What a claim counts."""

    __hash__ = object.__hash__

    PERSONS = "persons"
    POSTS = "posts"
    BASES = "bases"
    VEHICLES = "vehicles"
    AIRCRAFT = "aircraft"
    OTHER = "other"


class Stance(enum.Enum):
    """Whether the claimant asserts or denies the claim."""

    __hash__ = object.__hash__

    ASSERTED = "asserted"
    DENIED = "denied"


class CeasefireStatus(enum.Enum):
    """Where a ceasefire stands, as the text tells it."""

    __hash__ = object.__hash__

    PROPOSED = "proposed"
    AGREED = "agreed"
    HOLDING = "holding"
    VIOLATED = "violated"
    COLLAPSED = "collapsed"
    UNKNOWN = "unknown"
