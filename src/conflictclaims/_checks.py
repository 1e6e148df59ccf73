"""How the models check their fields: one fast test for the usual case, the fields' own checks for a message.

The models take untrusted input (the JSON reader, users), so every field is
checked at run time. The extractor, though, builds thousands of model objects
per article, and attrs would call one validator per field. The models built
most often therefore keep each field's worded check in the field's metadata
(:func:`checked`) and test all their fields at once in
``__attrs_post_init__``, by exact type, which is what the extractor always
passes. Only when that test fails does :func:`check_fields` run the fields'
own checks in order: a value of a subclass still passes, and a wrong value
gets attrs' message naming its field, as with ordinary validators.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["Validator", "all_exactly", "check_fields", "checked"]

#: What an attrs validator is: called with the instance, the attribute and the value.
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], Any]


def checked(kind: type | Validator, *, optional: bool = False) -> Mapping[str, Validator]:
    """Return the metadata of a field checked by :func:`check_fields`.

    ``kind`` is the field's type, or a validator of its own; ``optional``
    lets the field be ``None`` as well.

    >>> checked(str, optional=True)["check"]
    <optional validator for <instance_of validator for type <class 'str'>> or None>
    """
    check: Validator = attrs.validators.instance_of(kind) if isinstance(kind, type) else kind
    return {"check": attrs.validators.optional(check) if optional else check}


def check_fields(instance: attrs.AttrsInstance) -> None:
    """Run every field's check on ``instance``, in field order: the first bad field raises.

    Raises:
        TypeError: A field holds a value of the wrong type (attrs' message, naming the field).
        ValueError: A field's own check rejects its value.
    """
    for attribute in attrs.fields(type(instance)):
        attribute.metadata["check"](instance, attribute, getattr(instance, attribute.name))


def all_exactly(values: object, kind: type) -> bool:
    """Whether ``values`` is a tuple whose every member is of exactly the type ``kind``.

    >>> all_exactly(("a", "b"), str), all_exactly(["a"], str), all_exactly((True,), int)
    (True, False, False)
    """
    if type(values) is not tuple:
        return False
    # A loop: cheaper than all() over the one or two members a tuple field usually holds.
    for value in values:  # noqa: SIM110
        if type(value) is not kind:
            return False
    return True
