"""JSON-ready dicts and JSON text for every model, and back, with typed errors.

This is the only module that imports cattrs. It owns its converter (never the
global one) and gives every model one serialized shape:

- enums as their lower-case value strings (``"killed"``, ``"at_least"``);
- dates and datetimes as ISO 8601 strings; a string with a time part reads
  back as a :class:`datetime.datetime`, one without as a :class:`datetime.date`;
- spans as ``{"start": ..., "end": ...}``;
- every field emitted, in field order, with ``null`` for an absent value;
- tuples as JSON arrays;
- an :class:`~conflictclaims.model.Article` opens with ``"format":
  "conflictclaims/2"`` (:data:`ARTICLE_FORMAT`), and an actor that a claim or
  ceasefire names and whose mentions are those of an actor in
  ``Article.actors`` is written without them, with ``"actor_index"``
  pointing at that actor, so that output stays linear in the length of the
  article; its incidents name their claims and places by their index in
  ``claims`` and ``locations``.

Reading is strict, because payloads come from outside: wrong JSON types
(``true`` or ``1.0`` where an integer belongs), missing keys (every key that
is written must be there), unknown or duplicate keys, unknown enum values,
integers outside the signed 64-bit range, invalid dates and every model
invariant (``low <= high``, spans inside the text, a count's text at its span,
...) raise :class:`~conflictclaims.exceptions.SerializationError` whose
``path`` names the bad field, e.g. ``$.claims[3].count.low``. An article
without ``"format"`` is read as version 1, whose claims carried every actor
whole and which had no incidents: its claims are grouped into incidents on
reading, as :func:`~conflictclaims.extract` groups them.

>>> from conflictclaims import Count, Qualifier, Span
>>> to_json(Count(low=274, high=None, best=274, qualifier=Qualifier.AT_LEAST, span=Span(start=5, end=17)))
'{"low":274,"high":null,"best":274,"qualifier":"at_least","approximate":false,"text":"","span":{"start":5,"end":17}}'
>>> from_dict({"start": 3, "end": 1}, Span)
Traceback (most recent call last):
    ...
conflictclaims.exceptions.SerializationError: $: span start must be <= end, got start=3 end=1
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Final, TypeVar, overload

import attrs
import cattrs
from cattrs.errors import StructureHandlerNotFoundError

from conflictclaims.exceptions import SerializationError
from conflictclaims.model import Article
from conflictclaims.serialize import _articles
from conflictclaims.serialize._articles import register_article_hooks
from conflictclaims.serialize._errors import as_serialization_error

# The integer range every field keeps to, as the schema generator reads it.
from conflictclaims.serialize._hooks import INT_MAX as INT_MAX
from conflictclaims.serialize._hooks import INT_MIN as INT_MIN
from conflictclaims.serialize._hooks import register_json_hooks
from conflictclaims.serialize._json import escape_surrogates, loads

__all__ = [
    "ACTOR_INDEX",
    "ARTICLE_FORMAT",
    "DISPLAY_NAME",
    "FORMAT_KEY",
    "article_schema",
    "configure_converter",
    "dispute_schema",
    "from_dict",
    "from_json",
    "make_converter",
    "parse_json",
    "to_dict",
    "to_json",
]

T = TypeVar("T")
"""The type :func:`~conflictclaims.from_dict` and :func:`~conflictclaims.from_json` build: the ``cls`` given."""

# Bound here, not only imported, so that the documentation finds them where users import them.
#: The key that opens every serialized :class:`~conflictclaims.model.Article`.
FORMAT_KEY: Final = _articles.FORMAT_KEY
#: The format this version writes. Version 1 (before the key existed) wrote
#: every actor a claim or ceasefire names in full, mentions included, which
#: made output grow with the square of the article; it is still read.
ARTICLE_FORMAT: Final = _articles.ARTICLE_FORMAT
#: The key of an actor written as a reference into ``Article.actors``.
ACTOR_INDEX: Final = _articles.ACTOR_INDEX
#: The key of an actor's :attr:`~conflictclaims.Actor.display_name`:
#: written with every actor for readers of the JSON, read past on input
#: (it follows from the actor's other fields).
DISPLAY_NAME: Final = _articles.DISPLAY_NAME


def configure_converter(converter: cattrs.Converter) -> None:
    """Register the library's hooks on ``converter``.

    Use it to embed the library's models in your own cattrs types. The hooks:

    - ``int``: only JSON integers (not booleans, not floats) in the signed
      64-bit range; ``float``: integers or floats, not booleans;
      ``str``: only strings; ``bool``: only ``true``/``false``.
    - :class:`datetime.date` (and so :class:`datetime.datetime`): out as
      ``isoformat()``; in from ``YYYY-MM-DD`` as a date, from a string with
      a time part (``YYYY-MM-DDTHH:MM[:SS[.ffffff]]`` with an optional
      ``Z`` or ``±HH:MM`` offset) as a datetime.
    - every :class:`enum.Enum`: out as its value; in only from a value string.
    - homogeneous tuples (``tuple[X, ...]``): out as lists; in only from
      arrays, each element structured and failures reported by index.
    - attrs classes: the generated cattrs dict functions, in only from
      objects (mappings); unknown keys are rejected, and so are missing ones
      (every key is written, so every key must be read).
    - :class:`~conflictclaims.model.Article`: out with ``"format":``
      :data:`ARTICLE_FORMAT` first, in from that format or from version 1
      (no ``"format"`` key); ``actors`` are read before the fields that refer
      to them. Its ``incidents`` name claims by their index in ``claims``
      (``{"claim": 3, "role": "restatement", "of": 1}``) and places by their
      index in ``locations``, and read back holding the article's own claims
      and locations; a version 1 article, written before incidents, has its
      claims grouped on reading (:func:`~conflictclaims.find_incidents`). An
      :class:`~conflictclaims.model.Incident` is written only inside its
      article.
    - :class:`~conflictclaims.model.Actor`: inside an article, an actor
      whose mentions are those of an actor in ``Article.actors`` is written
      without ``mentions`` and with :data:`ACTOR_INDEX`, that actor's
      position; its other fields are written as they are (a claimant may
      know its side where the article-wide actor does not). Read back, it
      takes that actor's mentions again, and is that very actor when every
      field agrees. Anywhere else, and for an actor whose mentions no article
      actor has, the actor is written whole.
      Every actor is also written with its
      :attr:`~conflictclaims.Actor.display_name` under
      :data:`DISPLAY_NAME`, which reading checks is a string and otherwise
      ignores.

    It also turns on ``forbid_extra_keys``; keep ``detailed_validation`` on
    (the cattrs default) so that errors can name the failing field.

    Args:
        converter: The converter to configure, typically a new one.
    """
    converter.forbid_extra_keys = True
    register_json_hooks(converter)
    # Registered last, so they win over the general hooks of attrs classes.
    register_article_hooks(converter)


def make_converter() -> cattrs.Converter:
    """Return a new converter with the library's hooks (see :func:`configure_converter`).

    The converter unstructures tuples to lists, forbids unknown keys and
    validates in detail.

    >>> from conflictclaims import Span
    >>> make_converter().unstructure(Span(start=0, end=4))
    {'start': 0, 'end': 4}
    """
    converter = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={tuple: list},
    )
    configure_converter(converter)
    return converter


@functools.cache
def _default_converter() -> cattrs.Converter:
    # Built on first use: generating the per-model functions costs a few ms.
    return make_converter()


def to_dict(obj: object, *, converter: cattrs.Converter | None = None) -> dict[str, Any]:
    """Return ``obj`` (any model) as a dict of plain JSON types.

    Every field is present, in field order, with ``None`` for an absent value.

    Args:
        obj: An :class:`~conflictclaims.Article`, :class:`~conflictclaims.Claim`,
            :class:`~conflictclaims.Count`, or any other model.
        converter: A converter from :func:`~conflictclaims.serialize.make_converter`; the
            shared default if omitted.

    Returns:
        A new dict that :func:`json.dumps` accepts as is.

    Raises:
        TypeError: ``obj`` is not an attrs model.

    >>> from conflictclaims import Span
    >>> to_dict(Span(start=3, end=9))
    {'start': 3, 'end': 9}
    """
    if not attrs.has(type(obj)):
        msg = f"expected a conflictclaims model, got {type(obj).__name__}"
        raise TypeError(msg)
    result: dict[str, Any] = (converter or _default_converter()).unstructure(obj)
    return result


def from_dict(data: object, cls: type[T], *, converter: cattrs.Converter | None = None) -> T:
    """Build a ``cls`` from a dict of JSON types, validating everything.

    Args:
        data: Untrusted input, typically from :func:`json.loads`.
        cls: The model to build, e.g. :class:`~conflictclaims.Article`.
        converter: A converter from :func:`~conflictclaims.serialize.make_converter`; the
            shared default if omitted.

    Returns:
        The model, equal to the one :func:`to_dict` was given.

    Raises:
        SerializationError: ``data`` does not describe a valid ``cls``; its
            ``path`` names the first bad field, e.g. ``$.claims[3].count.low``.
        TypeError: ``cls`` is not a type the converter can build.

    >>> from conflictclaims import Span
    >>> from_dict({"start": 3, "end": 9}, Span)
    Span(start=3, end=9)
    >>> from_dict({"start": 3, "end": True}, Span)
    Traceback (most recent call last):
        ...
    conflictclaims.exceptions.SerializationError: $.end: expected an integer, got a boolean (true)
    """
    try:
        return (converter or _default_converter()).structure(data, cls)
    except StructureHandlerNotFoundError as exc:
        msg = f"cannot build a {cls!r}: {exc}"
        raise TypeError(msg) from None
    except Exception as exc:  # noqa: BLE001 - every failure on untrusted input becomes one typed error
        raise as_serialization_error(exc) from None


def to_json(obj: object, *, indent: int | None = None, converter: cattrs.Converter | None = None) -> str:
    r"""Return ``obj`` (any model) as JSON text (compact unless ``indent`` is given).

    Non-ASCII characters are kept as they are (``ensure_ascii=False``),
    except lone surrogates (``"\ud800"``, which a JSON Lines record may carry),
    which are written as ``\u`` escapes: the text always encodes as UTF-8 and
    reads back to the same string.

    Args:
        obj: Any model, as for :func:`to_dict`.
        indent: Spaces per indentation level; ``None`` for one compact line.
        converter: A converter from :func:`~conflictclaims.serialize.make_converter`; the
            shared default if omitted.

    Returns:
        The JSON text.

    Raises:
        TypeError: ``obj`` is not an attrs model.
        SerializationError: A value cannot be written as JSON (an integer of
            more than 4,300 digits, or a high and a low surrogate side by side,
            which JSON would read back as the one character they encode).

    >>> from conflictclaims import Span
    >>> to_json(Span(start=3, end=9))
    '{"start":3,"end":9}'
    """
    data = to_dict(obj, converter=converter)
    separators = (",", ":") if indent is None else (",", ": ")
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent, separators=separators)
    except ValueError as exc:
        raise SerializationError(str(exc), "$") from None
    return escape_surrogates(text)


@overload
def from_json(text: str | bytes | bytearray, *, converter: cattrs.Converter | None = None) -> Article: ...


@overload
def from_json(text: str | bytes | bytearray, cls: type[T], *, converter: cattrs.Converter | None = None) -> T: ...


def from_json(
    text: object,
    cls: type[Any] = Article,
    *,
    converter: cattrs.Converter | None = None,
) -> Any:
    """Build a ``cls`` (an :class:`~conflictclaims.Article` by default) from JSON text.

    Args:
        text: Untrusted JSON, as text or UTF-8/16/32 bytes.
        cls: The model to build.
        converter: A converter from :func:`~conflictclaims.serialize.make_converter`; the
            shared default if omitted.

    Returns:
        The model.

    Raises:
        SerializationError: The text is not JSON, or does not describe a
            valid ``cls``; ``path`` names the first bad field.
        TypeError: ``cls`` is not a type the converter can build.

    >>> from conflictclaims import Span
    >>> from_json('{"start": 3, "end": 9}', Span)
    Span(start=3, end=9)
    >>> from_json('{"start": 3, "end": 9', Span)
    Traceback (most recent call last):
        ...
    conflictclaims.exceptions.SerializationError: $: invalid JSON: Expecting ',' delimiter (line 1, column 22)
    """
    if not isinstance(text, str | bytes | bytearray):
        msg = f"expected JSON text (str or bytes), got {type(text).__name__}"
        raise SerializationError(msg, "$")
    return from_dict(loads(text), cls, converter=converter)


def parse_json(text: str | bytes | bytearray) -> Any:  # noqa: ANN401 - any JSON value
    """Parse untrusted JSON text as strictly as :func:`~conflictclaims.from_json` does, without building a model.

    Use it for records of your own shape. Objects become dicts, arrays lists.

    Raises:
        SerializationError: The text is not JSON (``path`` is ``$`` and the
            message gives the line and column), nests too deeply, or repeats a
            key in an object (``path`` names the key, e.g. ``$.claims[0].low``).

    >>> parse_json('{"id": "a1", "text": "x"}')
    {'id': 'a1', 'text': 'x'}
    >>> parse_json('{"id": "a1", "id": "a2"}')
    Traceback (most recent call last):
        ...
    conflictclaims.exceptions.SerializationError: $.id: duplicate key 'id'
    """
    if not isinstance(text, str | bytes | bytearray):
        msg = f"expected JSON text (str or bytes), got {type(text).__name__}"  # type: ignore[unreachable]
        raise SerializationError(msg, "$")
    return loads(text)


def _load_schema(name: str) -> dict[str, Any]:
    text = resources.files("conflictclaims").joinpath("schema").joinpath(name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def article_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a serialized :class:`~conflictclaims.Article`.

    The schema ships with the package (``conflictclaims/schema/article.schema.json``);
    each call returns a fresh copy that the caller may change.

    >>> article_schema()["$defs"]["Span"]["required"]
    ['start', 'end']
    """
    return _load_schema("article.schema.json")


def dispute_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a serialized :class:`~conflictclaims.Dispute`.

    >>> dispute_schema()["title"]
    'Dispute'
    """
    return _load_schema("dispute.schema.json")
