"""The converter's general hooks: strict about JSON types, every key required, failures kept with their place.

cattrs' defaults call ``int(x)`` and ``str(x)``, and so would accept "12",
1.5, true or a dict; these hooks accept only the JSON type a field has.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, get_args, get_origin

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from conflictclaims.serialize._json import HugeInt

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "INT_MAX",
    "INT_MIN",
    "Invalid",
    "as_object",
    "describe",
    "field_names",
    "model_structure_factory",
    "register_json_hooks",
    "require_keys",
    "structure_int",
]

# Integers must fit the signed 64-bit columns of the flat claims table
# (Arrow/pandas); the bound also keeps hostile 10,000-digit numbers out.
INT_MIN: Final = -(2**63)
INT_MAX: Final = 2**63 - 1

_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_RE: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)
_PREVIEW: Final = 40


class Invalid(Exception):  # noqa: N818 - internal signal, never escapes the serializer
    """A value of the wrong JSON type or form; turned into a SerializationError.

    ``at`` names a key below the value being read, when the problem is there.
    """

    def __init__(self, message: str, at: str | None = None) -> None:
        super().__init__(message)
        self.at = at


def describe(obj: object) -> str:  # noqa: PLR0911 - one return per JSON type
    """Name the JSON type of ``obj`` (with a short preview) for error messages."""
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return f"a boolean ({'true' if obj else 'false'})"
    if isinstance(obj, int):
        if INT_MIN <= obj <= INT_MAX:
            return f"an integer ({obj})"
        # str() of a huge int may itself raise; the bit length gives the size.
        return f"an integer of about {obj.bit_length() * 30103 // 100000 + 1} digits"
    if isinstance(obj, HugeInt):
        return f"an integer of {obj.digits} digits"
    if isinstance(obj, float):
        return f"a number ({obj!r})"
    if isinstance(obj, str):
        preview = repr(obj[:_PREVIEW]) + ("…" if len(obj) > _PREVIEW else "")
        return f"a string ({preview})"
    if isinstance(obj, Mapping):
        return "an object"
    if isinstance(obj, list | tuple):
        return "an array"
    return f"a {type(obj).__name__}"


# Structure hooks: strict about JSON types, since cattrs' defaults call
# ``int(x)``/``str(x)`` and would accept "12", 1.5, true or a dict.


def structure_int(obj: object, _: object) -> int:
    if type(obj) is int and INT_MIN <= obj <= INT_MAX:
        return obj
    if isinstance(obj, int) and not isinstance(obj, bool):
        if INT_MIN <= obj <= INT_MAX:
            return int(obj)
        msg = f"integer out of range: {describe(obj)} (must fit in 64 bits)"
        raise Invalid(msg)
    if isinstance(obj, HugeInt):
        msg = f"integer out of range ({obj.digits} digits; must fit in 64 bits)"
        raise Invalid(msg)
    msg = f"expected an integer, got {describe(obj)}"
    raise Invalid(msg)


def _structure_float(obj: object, _: object) -> float:
    if isinstance(obj, int | float) and not isinstance(obj, bool):
        try:
            return float(obj)
        except OverflowError:
            msg = f"number out of range: {describe(obj)}"
            raise Invalid(msg) from None
    msg = f"expected a number, got {describe(obj)}"
    raise Invalid(msg)


def _structure_str(obj: object, _: object) -> str:
    if type(obj) is str:
        return obj
    if isinstance(obj, str):
        return str(obj)
    msg = f"expected a string, got {describe(obj)}"
    raise Invalid(msg)


def _structure_bool(obj: object, _: object) -> bool:
    if obj is True or obj is False:
        return obj
    msg = f"expected a boolean, got {describe(obj)}"
    raise Invalid(msg)


def _structure_date(obj: object, _: object) -> dt.date:
    """Read ``YYYY-MM-DD`` as a date, and a string with a time part as a datetime."""
    if not isinstance(obj, str):
        msg = f"expected an ISO 8601 date string, got {describe(obj)}"
        raise Invalid(msg)
    try:
        if _DATE_RE.fullmatch(obj):
            return dt.date.fromisoformat(obj)
        if _DATETIME_RE.fullmatch(obj):
            return dt.datetime.fromisoformat(obj)
    except ValueError as exc:
        msg = f"invalid date {obj!r}: {exc}"
        raise Invalid(msg) from None
    msg = f"expected an ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DDTHH:MM:SS±HH:MM), got {describe(obj)}"
    raise Invalid(msg)


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _unstructure_enum(value: enum.Enum) -> Any:  # noqa: ANN401 - an enum's value may be any JSON scalar
    return value.value


def _enum_structure_factory(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    by_value: dict[object, enum.Enum] = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure_enum(obj: object, _: object) -> enum.Enum:
        # Only strings: a hashable 1 must not look up a member whose value is 1.
        if isinstance(obj, str):
            member = by_value.get(obj)
            if member is not None:
                return member
        msg = f"expected one of {allowed}, got {describe(obj)}"
        raise Invalid(msg)

    return structure_enum


def _is_homogeneous_tuple(type_: object) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004 - tuple[X, ...]


def _tuple_structure_factory(
    type_: Any,  # noqa: ANN401 - a typing form such as tuple[Span, ...]
    converter: cattrs.Converter,
) -> Callable[[object, object], tuple[Any, ...]]:
    element = get_args(type_)[0]
    element_hook = converter.get_structure_hook(element)

    def structure_tuple(obj: object, _: object) -> tuple[Any, ...]:
        # Only arrays: cattrs' default would turn "abc" into ("a", "b", "c").
        if not isinstance(obj, list | tuple):
            msg = f"expected an array, got {describe(obj)}"
            raise Invalid(msg)
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(obj):
            try:
                items.append(element_hook(item, element))
            except Exception as exc:  # noqa: BLE001 - collected, reported with their index
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring {type_} @ index {index}", index, element),
                ]
                errors.append(exc)
        if errors:
            msg = f"While structuring {type_}"
            raise IterableValidationError(msg, errors, type_)
        return tuple(items)

    return structure_tuple


def as_object(obj: object) -> Mapping[str, Any]:
    if type(obj) is not dict and not isinstance(obj, Mapping):
        msg = f"expected an object, got {describe(obj)}"
        raise Invalid(msg)
    return obj


def require_keys(obj: Mapping[str, Any], cls: type, names: Sequence[str]) -> None:
    """Raise for every key of ``names`` missing from ``obj``, each at its own path.

    Every key is written, so every key must be read: a missing ``count``
    would otherwise read as "no number" and a missing ``stance`` as asserted.
    """
    missing = [name for name in names if name not in obj]
    if missing:
        errors: list[Exception] = []
        for name in missing:
            error = KeyError(name)
            error.__notes__ = [AttributeValidationNote(f"Structuring {cls.__name__} @ attribute {name}", name, cls)]
            errors.append(error)
        msg = f"While structuring {cls.__name__}"
        raise ClassValidationError(msg, errors, cls)


def field_names(cls: type, *, leaving_out: str | None = None) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(attrs.resolve_types(cls)) if a.name != leaving_out)


def model_structure_factory(cls: type[Any], converter: cattrs.Converter) -> Callable[[object, object], Any]:
    attrs.resolve_types(cls)
    generated = make_dict_structure_fn(cls, converter)
    names = field_names(cls)

    def structure_model(obj: object, _: object) -> Any:  # noqa: ANN401 - an instance of cls
        data = as_object(obj)
        require_keys(data, cls, names)
        return generated(data, cls)

    return structure_model


def register_json_hooks(converter: cattrs.Converter) -> None:
    """Register the hooks for JSON scalars, dates, enums, tuples and attrs classes (see ``configure_converter``)."""
    converter.register_structure_hook(int, structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, _unstructure_date)
    converter.register_unstructure_hook(enum.Enum, _unstructure_enum)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_structure_factory
    )
    converter.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _tuple_structure_factory(t, converter))
    converter.register_structure_hook_factory(attrs.has, lambda t: model_structure_factory(t, converter))
