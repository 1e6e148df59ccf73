"""JSON text in and out: strict parsing with paths in its errors, and writing any string as UTF-8.

No cattrs here: this is the text layer under the converter.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

from conflictclaims.exceptions import SerializationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["HugeInt", "escape_surrogates", "key_segment", "loads", "parse_int"]

# A JSON integer literal longer than this cannot fit in 64 bits (19 digits and a sign).
_MAX_INT_LITERAL: Final = 20
_IDENTIFIER_RE: Final = re.compile(r"[A-Za-z_]\w*")
# UTF-8 cannot encode a lone surrogate, so JSON text writes it as a \u escape.
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
# Two surrogates that would pair up: JSON reads their escapes back as one character.
_SURROGATE_PAIR_RE: Final = re.compile("[\ud800-\udbff][\udc00-\udfff]")


class HugeInt:
    """Stands in for a JSON integer literal too long to be any valid field value."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def parse_int(literal: str) -> int | HugeInt:
    # Python refuses int() on literals past 4,300 digits with a ValueError that
    # would lose the path; a marker lets structuring report where it was.
    # Literals that fit in 64 bits parse as usual.
    if len(literal) > _MAX_INT_LITERAL:
        return HugeInt(len(literal.lstrip("-")))
    return int(literal)


def key_segment(key: object) -> str:
    if isinstance(key, str) and _IDENTIFIER_RE.fullmatch(key):
        return f".{key}"
    return f"[{key!r}]"


def escape_surrogates(text: str) -> str:
    r"""Write each lone surrogate of JSON ``text`` as a ``\u`` escape, which UTF-8 can carry.

    A surrogate can only stand inside a JSON string, where its escape means the same.
    """
    if _SURROGATE_RE.search(text) is None:
        return text
    if _SURROGATE_PAIR_RE.search(text) is not None:
        msg = "a string holds a high and a low surrogate side by side, which JSON cannot keep apart"
        raise SerializationError(msg, "$")
    return _SURROGATE_RE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class _DuplicateKeys(dict[str, Any]):
    """A JSON object that repeated a key; ``key`` is the first repeated one."""

    __slots__ = ("key",)

    def __init__(self, pairs: list[tuple[str, Any]], key: str) -> None:
        super().__init__(pairs)
        self.key = key


def _object_reader(repeated: list[str]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """Return an ``object_pairs_hook`` that builds dicts and notes in ``repeated`` each key repeated."""

    def read_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        value = dict(pairs)
        if len(value) == len(pairs):
            return value
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
                return _DuplicateKeys(pairs, key)
            seen.add(key)
        return value  # pragma: no cover - dict() drops only repeated keys

    return read_object


def _first_duplicate(value: object) -> tuple[str, str] | None:
    """Return ``(path, key)`` of the first object, in document order, that repeats a key.

    Walks with an explicit stack: payloads may be nested far past the recursion limit.
    """
    stack: list[tuple[object, str]] = [(value, "$")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _DuplicateKeys):
            return f"{path}{key_segment(node.key)}", node.key
        if isinstance(node, dict):
            stack.extend((item, f"{path}{key_segment(key)}") for key, item in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((item, f"{path}[{index}]") for index, item in reversed(list(enumerate(node))))
    return None


def loads(text: str | bytes | bytearray) -> Any:  # noqa: ANN401 - any JSON value
    """Parse JSON text, turning every failure into a SerializationError with a path."""
    repeated: list[str] = []
    read_object = _object_reader(repeated)
    try:
        try:
            value = json.loads(text, object_pairs_hook=read_object)
        except json.JSONDecodeError:
            raise
        except ValueError as exc:
            if isinstance(exc, UnicodeDecodeError):
                raise
            # An integer literal past Python's int/str digit limit. Parse again
            # keeping long literals as markers, so the error can name their field;
            # the default C parser stays the fast path for every valid payload.
            value = json.loads(text, parse_int=parse_int, object_pairs_hook=read_object)
    except json.JSONDecodeError as exc:
        msg = f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        raise SerializationError(msg, "$") from None
    except RecursionError:
        msg = "invalid JSON: nesting too deep"
        raise SerializationError(msg, "$") from None
    except ValueError as exc:  # undecodable bytes (UnicodeDecodeError)
        msg = f"invalid JSON: {exc}"
        raise SerializationError(msg, "$") from None
    # Python keeps the last of repeated keys; a payload that repeats one says two
    # things at once, so it is refused like any other hostile payload.
    duplicate = _first_duplicate(value) if repeated else None
    if duplicate is not None:
        path, key = duplicate
        msg = f"duplicate key {key!r}"
        raise SerializationError(msg, path)
    return value
