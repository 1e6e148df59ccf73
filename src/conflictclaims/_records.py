"""The records of a batch: what goes in (a text, a record mapping or an ArticleInput) and what failed.

A record that yields no article comes out as a :class:`RecordError` in its
place; ``extract_many(..., errors="raise")`` raises it as a
:class:`BatchRecordError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final, Literal

import attrs
from attrs import field, frozen

from conflictclaims.exceptions import ConflictClaimsError

__all__ = ["EMPTY_TEXT", "ArticleInput", "BatchRecordError", "RecordError", "Stage", "readable_id", "to_input"]


def _optional_str(_instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        msg = f"{attribute.name} must be a string or None, not {type(value).__name__}"
        raise TypeError(msg)


def _optional_date(_instance: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        msg = f"{attribute.name} must be a date, a datetime or None, not {type(value).__name__}"
        raise TypeError(msg)


@frozen(kw_only=True)
class ArticleInput:
    """One record to extract: the text and what is known about it.

    ``where`` says where the record came from ("corpus.jsonl:3") so that an
    error about it can point there; it plays no part in the extraction.
    """

    text: str = field(validator=attrs.validators.instance_of(str))
    id: str | None = field(default=None, validator=_optional_str)
    published: dt.date | None = field(default=None, validator=_optional_date)
    source: str | None = field(default=None, validator=_optional_str)
    title: str | None = field(default=None, validator=_optional_str)
    where: str | None = field(default=None, validator=_optional_str)


# Where a record failed; documented in scale, where users import it.
Stage = Literal["read", "extract", "worker"]
_STAGES: Final = ("read", "extract", "worker")


def _stage(_instance: object, _attribute: attrs.Attribute[str], value: object) -> None:
    if value not in _STAGES:
        msg = f"stage must be one of {', '.join(map(repr, _STAGES))}, got {value!r}"
        raise ValueError(msg)


@frozen(kw_only=True)
class RecordError:
    """A record that yielded no article, in the place its article would have been.

    ``index`` is the record's 0-based position in the input stream, ``id`` its
    id when one was readable, ``where`` its origin ("corpus.jsonl:3") when
    known, and ``message`` what was wrong. ``stage`` says where it failed
    (see :data:`~conflictclaims.scale.Stage`) and ``error_type`` names the exception, when there was one.
    """

    index: int = field(validator=attrs.validators.instance_of(int))
    message: str = field(validator=attrs.validators.instance_of(str))
    id: str | None = field(default=None, validator=_optional_str)
    where: str | None = field(default=None, validator=_optional_str)
    stage: Stage = field(default="read", validator=_stage)
    error_type: str | None = field(default=None, validator=_optional_str)

    def __str__(self) -> str:
        parts = [p for p in (self.where, None if self.id is None else f"record {self.id!r}") if p is not None]
        prefix = ", ".join(parts) if parts else f"record #{self.index}"
        # An extractor failure is a bug report: the exception's name is part of it.
        kind = f"{self.error_type}: " if self.stage == "extract" and self.error_type else ""
        return f"{prefix}: {kind}{self.message}"


class BatchRecordError(ConflictClaimsError, ValueError):
    """Raised by ``extract_many(..., errors="raise")`` for the first bad record."""

    def __init__(self, error: RecordError) -> None:
        self.error = error
        super().__init__(error)

    def __str__(self) -> str:
        return str(self.error)

    def __reduce__(self) -> tuple[type[BatchRecordError], tuple[RecordError]]:
        return (type(self), (self.error,))


def _parse_published(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        msg = f"'published' must be an ISO 8601 string, not {type(value).__name__}"
        raise TypeError(msg)
    text = value.strip()
    if not text:
        return None
    try:
        if len(text) <= len("2026-02-28"):
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text)
    except ValueError:
        msg = f"'published' is not an ISO 8601 date: {value!r}"
        raise ValueError(msg) from None


def readable_id(record: Mapping[str, Any]) -> str | None:
    """Return the record's id as a string, when it has one of a readable type (a string or an integer)."""
    value = record.get("id")
    if isinstance(value, bool):
        return None
    if isinstance(value, (str, int)):
        return str(value)
    return None


#: The message of a record whose text is empty or only whitespace.
EMPTY_TEXT: Final = "empty input, no text to extract"


def _require_text(text: str) -> None:
    # One rule for a blank text file, a JSON Lines "text": "" and a blank
    # string in a batch: there is nothing to extract, which is worth saying.
    if not text.strip():
        raise ValueError(EMPTY_TEXT)


def to_input(item: object, *, where: str | None = None) -> ArticleInput:
    """Return ``item`` (a text, a record mapping or an ArticleInput) as an :class:`ArticleInput`.

    A string is the text alone. A mapping is a record with a string ``"text"``
    and optional ``"id"`` (string or integer), ``"published"`` (ISO 8601
    string, date or datetime), ``"source"`` and ``"title"`` (strings); other
    keys are ignored. A text that is empty or only whitespace is an error,
    whichever way it comes.

    Raises:
        TypeError: If the item or one of its fields has the wrong type.
        ValueError: If ``"text"`` is missing or blank, or ``"published"`` is not ISO 8601.

    >>> record = to_input({"id": 7, "text": "Two soldiers were killed.", "published": "2026-02-27"})
    >>> record.id, record.published
    ('7', datetime.date(2026, 2, 27))
    >>> to_input({"id": "a"})
    Traceback (most recent call last):
        ...
    ValueError: record has no 'text'
    """
    if isinstance(item, ArticleInput):
        _require_text(item.text)
        return item if where is None or item.where is not None else attrs.evolve(item, where=where)
    if isinstance(item, str):
        _require_text(item)
        return ArticleInput(text=item, where=where)
    if not isinstance(item, Mapping):
        msg = f"a record must be a string or a mapping, not {type(item).__name__}"
        raise TypeError(msg)
    if "text" not in item or item["text"] is None:
        msg = "record has no 'text'"
        raise ValueError(msg)
    text = item["text"]
    if not isinstance(text, str):
        msg = f"'text' must be a string, not {type(text).__name__}"
        raise TypeError(msg)
    _require_text(text)
    raw_id = item.get("id")
    if raw_id is not None and readable_id(item) is None:
        msg = f"'id' must be a string or an integer, not {type(raw_id).__name__}"
        raise TypeError(msg)
    for key in ("source", "title"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            msg = f"{key!r} must be a string, not {type(value).__name__}"
            raise TypeError(msg)
    return ArticleInput(
        text=text,
        id=readable_id(item),
        published=_parse_published(item.get("published")),
        source=item.get("source"),
        title=item.get("title"),
        where=where,
    )
