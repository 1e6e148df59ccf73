"""Turning cattrs' exception groups into one typed error whose path names the first bad field."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from conflictclaims.exceptions import SerializationError
from conflictclaims.serialize._hooks import Invalid
from conflictclaims.serialize._json import key_segment

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["as_serialization_error"]

# "low must be <= high": a model's own message that starts with one of its
# field names (or a path below one) points at that field.
_LEADING_FIELD_RE: Final = re.compile(r"([A-Za-z_]\w*)((?:\[[0-9]+\]|\.[A-Za-z_]\w*)*)(?=\s)")
_LISTED_PATHS: Final = 3


def _construction_path(cls: type, message: str) -> str:
    """Return the path below ``cls`` that a model's own error message names, if any."""
    match = _LEADING_FIELD_RE.match(message)
    if match and attrs.has(cls) and match.group(1) in attrs.fields_dict(cls):
        return f".{match.group(1)}{match.group(2)}"
    return ""


def _leaf_message(exc: BaseException) -> str:
    if isinstance(exc, Invalid):
        return str(exc)
    if isinstance(exc, KeyError):
        # The generated functions read each required key with ``o[key]``.
        return "required key is missing"
    if isinstance(exc, RecursionError):
        return "nesting too deep"
    if isinstance(exc, ValueError | TypeError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _problems(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Yield ``(path, message)`` for each failure in ``exc``, in field order."""
    if isinstance(exc, ClassValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _problems(sub, f"{path}.{note.name}")
        for sub in others:
            if isinstance(sub, ForbiddenExtraKeysError):
                expected = ", ".join(a.name for a in attrs.fields(sub.cl)) if attrs.has(sub.cl) else ""
                for key in sorted(sub.extra_fields, key=str):
                    yield (f"{path}{key_segment(key)}", f"unknown key {key!r} (expected one of: {expected})")
            elif isinstance(sub, ClassValidationError | IterableValidationError):
                yield from _problems(sub, path)
            else:
                # Raised by the model's constructor: its validators name the field.
                message = _leaf_message(sub)
                yield (path + _construction_path(exc.cl, message), message)
    elif isinstance(exc, IterableValidationError):
        with_index, others = exc.group_exceptions()
        for sub, index_note in with_index:
            yield from _problems(sub, f"{path}[{index_note.index}]")
        for sub in others:
            yield from _problems(sub, path)
    else:
        yield _leaf_problem(exc, path)


def _leaf_problem(exc: BaseException, path: str) -> tuple[str, str]:
    if isinstance(exc, Invalid) and exc.at is not None:
        return (f"{path}{key_segment(exc.at)}", _leaf_message(exc))
    return (path, _leaf_message(exc))


def as_serialization_error(exc: BaseException) -> SerializationError:
    problems = list(_problems(exc, "$")) or [("$", _leaf_message(exc))]
    path, message = problems[0]
    more = problems[1:]
    if more:
        listed = ", ".join(p for p, _ in more[:_LISTED_PATHS]) + (", …" if len(more) > _LISTED_PATHS else "")
        message = f"{message} (and {len(more)} more problem{'s' if len(more) > 1 else ''}: {listed})"
    return SerializationError(message, path)
