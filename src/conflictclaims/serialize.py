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
reading, as :func:`~conflictclaims.extraction.extract` groups them.

>>> from conflictclaims import Count, Qualifier, Span
>>> to_json(Count(low=274, high=None, best=274, qualifier=Qualifier.AT_LEAST, span=Span(start=5, end=17)))
'{"low":274,"high":null,"best":274,"qualifier":"at_least","approximate":false,"text":"","span":{"start":5,"end":17}}'
>>> from_dict({"start": 3, "end": 1}, Span)
Traceback (most recent call last):
    ...
conflictclaims.exceptions.SerializationError: $: span start must be <= end, got start=3 end=1
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, TypeVar, get_args, get_origin, overload

import attrs
import cattrs
from attrs import frozen
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
    StructureHandlerNotFoundError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from conflictclaims.exceptions import SerializationError
from conflictclaims.incidents import find_incidents
from conflictclaims.model import Actor, Article, Claim, ClaimRole, DateRange, Incident, IncidentClaim, Location

if TYPE_CHECKING:
    from conflictclaims.counts import Span

__all__ = [
    "ACTOR_INDEX",
    "ARTICLE_FORMAT",
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

# Integers must fit the signed 64-bit columns of the flat claims table
# (Arrow/pandas); the bound also keeps hostile 10,000-digit numbers out.
INT_MIN: Final = -(2**63)
INT_MAX: Final = 2**63 - 1
# A JSON integer literal longer than this cannot fit in 64 bits (19 digits and a sign).
_MAX_INT_LITERAL: Final = 20

_DATE_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_RE: Final = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)
# "low must be <= high": a model's own message that starts with one of its
# field names (or a path below one) points at that field.
_LEADING_FIELD_RE: Final = re.compile(r"([A-Za-z_]\w*)((?:\[[0-9]+\]|\.[A-Za-z_]\w*)*)(?=\s)")
_IDENTIFIER_RE: Final = re.compile(r"[A-Za-z_]\w*")
_PREVIEW: Final = 40
_LISTED_PATHS: Final = 3
# UTF-8 cannot encode a lone surrogate, so JSON text writes it as a \u escape.
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
# Two surrogates that would pair up: JSON reads their escapes back as one character.
_SURROGATE_PAIR_RE: Final = re.compile("[\ud800-\udbff][\udc00-\udfff]")

#: The key that opens every serialized :class:`~conflictclaims.model.Article`.
FORMAT_KEY: Final = "format"
#: The format this version writes. Version 1 (before the key existed) wrote
#: every actor a claim or ceasefire names in full, mentions included, which
#: made output grow with the square of the article; it is still read.
ARTICLE_FORMAT: Final = "conflictclaims/2"
#: The key of an actor written as a reference into ``Article.actors``.
ACTOR_INDEX: Final = "actor_index"


class _Invalid(Exception):  # noqa: N818 - internal signal, never escapes this module
    """A value of the wrong JSON type or form; turned into a SerializationError.

    ``at`` names a key below the value being read, when the problem is there.
    """

    def __init__(self, message: str, at: str | None = None) -> None:
        super().__init__(message)
        self.at = at


class _HugeInt:
    """Stands in for a JSON integer literal too long to be any valid field value."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(literal: str) -> int | _HugeInt:
    # Python refuses int() on literals past 4,300 digits with a ValueError that
    # would lose the path; a marker lets structuring report where it was.
    # Literals that fit in 64 bits parse as usual.
    if len(literal) > _MAX_INT_LITERAL:
        return _HugeInt(len(literal.lstrip("-")))
    return int(literal)


def _describe(obj: object) -> str:  # noqa: PLR0911 - one return per JSON type
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
    if isinstance(obj, _HugeInt):
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


def _structure_int(obj: object, _: object) -> int:
    if type(obj) is int and INT_MIN <= obj <= INT_MAX:
        return obj
    if isinstance(obj, int) and not isinstance(obj, bool):
        if INT_MIN <= obj <= INT_MAX:
            return int(obj)
        msg = f"integer out of range: {_describe(obj)} (must fit in 64 bits)"
        raise _Invalid(msg)
    if isinstance(obj, _HugeInt):
        msg = f"integer out of range ({obj.digits} digits; must fit in 64 bits)"
        raise _Invalid(msg)
    msg = f"expected an integer, got {_describe(obj)}"
    raise _Invalid(msg)


def _structure_float(obj: object, _: object) -> float:
    if isinstance(obj, int | float) and not isinstance(obj, bool):
        try:
            return float(obj)
        except OverflowError:
            msg = f"number out of range: {_describe(obj)}"
            raise _Invalid(msg) from None
    msg = f"expected a number, got {_describe(obj)}"
    raise _Invalid(msg)


def _structure_str(obj: object, _: object) -> str:
    if type(obj) is str:
        return obj
    if isinstance(obj, str):
        return str(obj)
    msg = f"expected a string, got {_describe(obj)}"
    raise _Invalid(msg)


def _structure_bool(obj: object, _: object) -> bool:
    if obj is True or obj is False:
        return obj
    msg = f"expected a boolean, got {_describe(obj)}"
    raise _Invalid(msg)


def _structure_date(obj: object, _: object) -> dt.date:
    """Read ``YYYY-MM-DD`` as a date, and a string with a time part as a datetime."""
    if not isinstance(obj, str):
        msg = f"expected an ISO 8601 date string, got {_describe(obj)}"
        raise _Invalid(msg)
    try:
        if _DATE_RE.fullmatch(obj):
            return dt.date.fromisoformat(obj)
        if _DATETIME_RE.fullmatch(obj):
            return dt.datetime.fromisoformat(obj)
    except ValueError as exc:
        msg = f"invalid date {obj!r}: {exc}"
        raise _Invalid(msg) from None
    msg = f"expected an ISO 8601 date (YYYY-MM-DD) or datetime (YYYY-MM-DDTHH:MM:SS±HH:MM), got {_describe(obj)}"
    raise _Invalid(msg)


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
        msg = f"expected one of {allowed}, got {_describe(obj)}"
        raise _Invalid(msg)

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
            msg = f"expected an array, got {_describe(obj)}"
            raise _Invalid(msg)
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


def _as_object(obj: object) -> Mapping[str, Any]:
    if type(obj) is not dict and not isinstance(obj, Mapping):
        msg = f"expected an object, got {_describe(obj)}"
        raise _Invalid(msg)
    return obj


def _require_keys(obj: Mapping[str, Any], cls: type, names: Sequence[str]) -> None:
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


def _field_names(cls: type, *, leaving_out: str | None = None) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(attrs.resolve_types(cls)) if a.name != leaving_out)


def _model_structure_factory(cls: type[Any], converter: cattrs.Converter) -> Callable[[object, object], Any]:
    attrs.resolve_types(cls)
    generated = make_dict_structure_fn(cls, converter)
    names = _field_names(cls)

    def structure_model(obj: object, _: object) -> Any:  # noqa: ANN401 - an instance of cls
        data = _as_object(obj)
        _require_keys(data, cls, names)
        return generated(data, cls)

    return structure_model


# Articles: actors named by claims and ceasefires are written as references.


class _ActorTable:
    """An article's actors, as the holders of the mentions that other actors may share.

    The extractor hands a claim either the very actor of ``Article.actors`` or
    a copy with one field resolved (the claimant's side, say), which keeps the
    same mentions tuple; so a mentions tuple is found by identity first, and
    by value only for actors built apart.
    """

    __slots__ = ("_by_identity", "_by_value", "_resolved", "actors")

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.actors = actors
        self._by_identity: dict[int, int] | None = None
        self._by_value: dict[tuple[Span, ...], int] = {}
        self._resolved: dict[tuple[Any, ...], Actor] = {}

    def holder_of(self, actor: Actor) -> int | None:
        """Return the index of the first article actor with ``actor``'s mentions, or None.

        An actor without mentions has nothing to share and is written whole.
        """
        if not actor.mentions:
            return None
        if self._by_identity is None:
            self._by_identity = {}
            for index, known in enumerate(self.actors):
                if known.mentions:
                    self._by_identity.setdefault(id(known.mentions), index)
                    self._by_value.setdefault(known.mentions, index)
        found = self._by_identity.get(id(actor.mentions))
        if found is None:
            found = self._by_value.get(actor.mentions)
            if found is not None:
                # The tuple lives as long as the article being written, so its id stays its own.
                self._by_identity[id(actor.mentions)] = found
        return found

    def resolve(self, index: int, named: Actor) -> Actor:
        """Return ``named`` (read without mentions) with the mentions of actor ``index``.

        The article actor itself when every other field agrees; otherwise one
        new actor per distinct reference, built once, so that the claims that
        name it share it as they did when extracted.
        """
        key = (index, *_without_mentions(named))
        actor = self._resolved.get(key)
        if actor is None:
            holder = self.actors[index]
            actor = holder if _without_mentions(holder) == key[1:] else attrs.evolve(named, mentions=holder.mentions)
            self._resolved[key] = actor
        return actor


_ACTOR_FIELDS_BUT_MENTIONS: Final = _field_names(Actor, leaving_out="mentions")


def _without_mentions(actor: Actor) -> tuple[Any, ...]:
    return tuple(getattr(actor, name) for name in _ACTOR_FIELDS_BUT_MENTIONS)


# The actors of the article being written or read; None outside an article,
# where an actor is always written whole and a reference is an error.
_ARTICLE_ACTORS: contextvars.ContextVar[_ActorTable | None] = contextvars.ContextVar("_ARTICLE_ACTORS", default=None)


def _actor_unstructure_factory(converter: cattrs.Converter) -> Callable[[Actor], dict[str, Any]]:
    whole = make_dict_unstructure_fn(Actor, converter)
    bare = make_dict_unstructure_fn(Actor, converter, mentions=override(omit=True))

    def unstructure_actor(actor: Actor) -> dict[str, Any]:
        table = _ARTICLE_ACTORS.get()
        index = None if table is None else table.holder_of(actor)
        if index is None:
            return whole(actor)
        data: dict[str, Any] = bare(actor)
        data[ACTOR_INDEX] = index
        return data

    return unstructure_actor


def _actor_structure_factory(converter: cattrs.Converter) -> Callable[[object, object], Actor]:
    whole = _model_structure_factory(Actor, converter)
    bare = make_dict_structure_fn(Actor, converter, mentions=override(omit=True))
    bare_names = _field_names(Actor, leaving_out="mentions")

    def resolve(data: Mapping[str, Any]) -> Actor:
        table = _ARTICLE_ACTORS.get()
        if table is None:
            msg = f"an actor reference is only valid in the claims and ceasefires of a {ARTICLE_FORMAT!r} article"
            raise _Invalid(msg, at=ACTOR_INDEX)
        try:
            index = _structure_int(data[ACTOR_INDEX], int)
        except _Invalid as exc:
            raise _Invalid(str(exc), at=ACTOR_INDEX) from None
        if not 0 <= index < len(table.actors):
            msg = f"no actor {index} in the article's actors (it has {len(table.actors)})"
            raise _Invalid(msg, at=ACTOR_INDEX)
        written = {key: value for key, value in data.items() if key != ACTOR_INDEX}
        _require_keys(written, Actor, bare_names)
        named: Actor = bare(written, Actor)
        return table.resolve(index, named)

    def structure_actor(obj: object, _: object) -> Actor:
        if isinstance(obj, Mapping) and ACTOR_INDEX in obj:
            return resolve(obj)
        actor: Actor = whole(obj, Actor)
        return actor

    return structure_actor


# Incidents refer to the article's claims by their index in ``Article.claims``:
# written that way, a claim is never copied, and read back, the incident holds
# the very claims of its article.


@frozen(kw_only=True)
class _IncidentClaimRecord:
    """The serialized form of an IncidentClaim: indices instead of claims."""

    claim: int
    role: ClaimRole
    of: int | None = None


@frozen(kw_only=True)
class _IncidentRecord:
    """The serialized form of an Incident."""

    id: str
    claims: tuple[_IncidentClaimRecord, ...] = ()
    period: DateRange | None = None
    locations: tuple[int, ...] = ()


def _refuse_alone(_value: object) -> Any:  # noqa: ANN401 - never returns
    msg = "an incident refers to claims by their index in its article: serialize the Article that holds it"
    raise TypeError(msg)


def _unstructure_incidents(article: Article, converter: cattrs.Converter) -> list[dict[str, Any]]:
    """Write the article's incidents with its claims and places as their index in ``claims`` and ``locations``."""
    if not article.incidents:
        return []
    index = {id(claim): i for i, claim in enumerate(article.claims)}
    place_index = {id(location): i for i, location in enumerate(article.locations)}

    def where(claim: Claim | None) -> int | None:
        if claim is None:
            return None
        found = index.get(id(claim))
        return article.index_of(claim) if found is None else found

    def place(location: Location) -> int:
        found = place_index.get(id(location))
        return article.location_index(location) if found is None else found

    return [
        {
            "id": incident.id,
            "claims": [{"claim": where(m.claim), "role": m.role.value, "of": where(m.of)} for m in incident.claims],
            "period": converter.unstructure(incident.period, DateRange | None),
            "locations": [place(location) for location in incident.locations],
        }
        for incident in article.incidents
    ]


def _article_unstructure_factory(converter: cattrs.Converter) -> Callable[[Article], dict[str, Any]]:
    whole_actor = make_dict_unstructure_fn(Actor, converter)
    # Article.actors themselves are written whole: they are what references point at.
    # Incidents are written last, by hand: they name claims and places by index.
    body = make_dict_unstructure_fn(
        Article,
        converter,
        actors=override(unstruct_hook=lambda actors: [whole_actor(a) for a in actors]),
        incidents=override(omit=True),
    )

    def unstructure_article(article: Article) -> dict[str, Any]:
        token = _ARTICLE_ACTORS.set(_ActorTable(article.actors))
        try:
            data: dict[str, Any] = body(article)
        finally:
            _ARTICLE_ACTORS.reset(token)
        data["incidents"] = _unstructure_incidents(article, converter)
        return {FORMAT_KEY: ARTICLE_FORMAT, **data}

    return unstructure_article


def _article_structure_factory(converter: cattrs.Converter) -> Callable[[object, object], Article]:
    # The actors are read first (references need them), then handed to the
    # generated function as they are; incidents last, since they name claims.
    body = make_dict_structure_fn(
        Article,
        converter,
        actors=override(struct_hook=lambda actors, _: actors),
        incidents=override(omit=True),
    )
    read_actors = converter.get_structure_hook(tuple[Actor, ...])
    read_incidents = converter.get_structure_hook(tuple[_IncidentRecord, ...])
    names = _field_names(Article)
    version_1_names = _field_names(Article, leaving_out="incidents")

    def structure_article(obj: object, _: object) -> Article:
        data = _as_object(obj)
        # Version 1 wrote every actor whole and had no incidents, so only
        # version 2 may hold references, and must hold its incidents.
        version_2 = FORMAT_KEY in data
        if version_2:
            written = data[FORMAT_KEY]
            if written != ARTICLE_FORMAT:
                msg = (
                    f"unknown format {_describe(written)}; this version reads {ARTICLE_FORMAT!r} "
                    f"and version 1 articles, which have no {FORMAT_KEY!r} key"
                )
                raise _Invalid(msg, at=FORMAT_KEY)
            data = {key: value for key, value in data.items() if key != FORMAT_KEY}
        elif "incidents" in data:
            msg = f"incidents belong to format {ARTICLE_FORMAT!r}, whose articles open with its {FORMAT_KEY!r} key"
            raise _Invalid(msg, at="incidents")
        _require_keys(data, Article, names if version_2 else version_1_names)
        token = _ARTICLE_ACTORS.set(None)
        try:
            actors = read_actors(data["actors"], tuple[Actor, ...])
        except Exception as exc:  # noqa: BLE001 - reported with its path below "actors", like any field's
            exc.__notes__ = [*getattr(exc, "__notes__", []), AttributeValidationNote("actors", "actors", Article)]
            msg = "While structuring Article"
            raise ClassValidationError(msg, [exc], Article) from None
        finally:
            _ARTICLE_ACTORS.reset(token)
        fields = {key: value for key, value in data.items() if key != "incidents"}
        token = _ARTICLE_ACTORS.set(_ActorTable(actors) if version_2 else None)
        try:
            article: Article = body({**fields, "actors": actors}, Article)
        finally:
            _ARTICLE_ACTORS.reset(token)
        if not version_2:
            # Written before incidents existed: group the claims as extract now does.
            incidents = find_incidents(article)
            return attrs.evolve(article, incidents=incidents) if incidents else article
        try:
            records = read_incidents(data["incidents"], tuple[_IncidentRecord, ...])
        except Exception as exc:  # noqa: BLE001 - reported with its path below "incidents", like any field's
            exc.__notes__ = [
                *getattr(exc, "__notes__", []),
                AttributeValidationNote("incidents", "incidents", Article),
            ]
            msg = "While structuring Article"
            raise ClassValidationError(msg, [exc], Article) from None
        if not records:
            return article
        try:
            return attrs.evolve(article, incidents=tuple(_incident(i, r, article) for i, r in enumerate(records)))
        except (TypeError, ValueError) as exc:
            # The message starts with the field's path ("incidents[0].claims[2].of …").
            msg = "While structuring Article"
            raise ClassValidationError(msg, [exc], Article) from None

    return structure_article


def _incident(number: int, record: _IncidentRecord, article: Article) -> Incident:
    claims, places = article.claims, article.locations

    def claim_at(index: int, where: str) -> Claim:
        if not 0 <= index < len(claims):
            msg = f"{where} is {index}, but the article has {len(claims)} claims"
            raise ValueError(msg)
        return claims[index]

    def place_at(index: int, where: str) -> Location:
        if not 0 <= index < len(places):
            msg = f"{where} is {index}, but the article has {len(places)} locations"
            raise ValueError(msg)
        return places[index]

    locations = tuple(
        place_at(index, f"incidents[{number}].locations[{k}]") for k, index in enumerate(record.locations)
    )

    members = []
    for j, member in enumerate(record.claims):
        where = f"incidents[{number}].claims[{j}]"
        claim = claim_at(member.claim, f"{where}.claim")
        of = None if member.of is None else claim_at(member.of, f"{where}.of")
        try:
            members.append(IncidentClaim(claim=claim, role=member.role, of=of))
        except ValueError as exc:
            msg = f"{where}.{exc}"
            raise ValueError(msg) from None
    try:
        return Incident(id=record.id, claims=tuple(members), period=record.period, locations=locations)
    except ValueError as exc:
        msg = f"incidents[{number}].{exc}"
        raise ValueError(msg) from None


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

    It also turns on ``forbid_extra_keys``; keep ``detailed_validation`` on
    (the cattrs default) so that errors can name the failing field.

    Args:
        converter: The converter to configure, typically a new one.
    """
    converter.forbid_extra_keys = True
    converter.register_structure_hook(int, _structure_int)
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
    converter.register_structure_hook_factory(attrs.has, lambda t: _model_structure_factory(t, converter))
    # Registered last, so they win over the general attrs hooks above.
    converter.register_unstructure_hook_factory(lambda t: t is Actor, lambda _: _actor_unstructure_factory(converter))
    converter.register_structure_hook_factory(lambda t: t is Actor, lambda _: _actor_structure_factory(converter))
    converter.register_unstructure_hook_factory(
        lambda t: t is Article, lambda _: _article_unstructure_factory(converter)
    )
    converter.register_structure_hook_factory(lambda t: t is Article, lambda _: _article_structure_factory(converter))
    # An incident names its claims by index, so it is written only inside its article.
    converter.register_unstructure_hook(Incident, _refuse_alone)
    converter.register_unstructure_hook(IncidentClaim, _refuse_alone)


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


# Turning cattrs' exception groups into (path, message) pairs.


def _key_segment(key: object) -> str:
    if isinstance(key, str) and _IDENTIFIER_RE.fullmatch(key):
        return f".{key}"
    return f"[{key!r}]"


def _construction_path(cls: type, message: str) -> str:
    """Return the path below ``cls`` that a model's own error message names, if any."""
    match = _LEADING_FIELD_RE.match(message)
    if match and attrs.has(cls) and match.group(1) in attrs.fields_dict(cls):
        return f".{match.group(1)}{match.group(2)}"
    return ""


def _leaf_message(exc: BaseException) -> str:
    if isinstance(exc, _Invalid):
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
                    yield (f"{path}{_key_segment(key)}", f"unknown key {key!r} (expected one of: {expected})")
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
    if isinstance(exc, _Invalid) and exc.at is not None:
        return (f"{path}{_key_segment(exc.at)}", _leaf_message(exc))
    return (path, _leaf_message(exc))


def _as_serialization_error(exc: BaseException) -> SerializationError:
    problems = list(_problems(exc, "$")) or [("$", _leaf_message(exc))]
    path, message = problems[0]
    more = problems[1:]
    if more:
        listed = ", ".join(p for p, _ in more[:_LISTED_PATHS]) + (", …" if len(more) > _LISTED_PATHS else "")
        message = f"{message} (and {len(more)} more problem{'s' if len(more) > 1 else ''}: {listed})"
    return SerializationError(message, path)


# Public API.


def to_dict(obj: object, *, converter: cattrs.Converter | None = None) -> dict[str, Any]:
    """Return ``obj`` (any model) as a dict of plain JSON types.

    Every field is present, in field order, with ``None`` for an absent value.

    Args:
        obj: An :class:`~conflictclaims.Article`, :class:`~conflictclaims.Claim`,
            :class:`~conflictclaims.Count`, or any other model.
        converter: A converter from :func:`make_converter`; the shared default if omitted.

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
        converter: A converter from :func:`make_converter`; the shared default if omitted.

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
        raise _as_serialization_error(exc) from None


def to_json(obj: object, *, indent: int | None = None, converter: cattrs.Converter | None = None) -> str:
    r"""Return ``obj`` (any model) as JSON text (compact unless ``indent`` is given).

    Non-ASCII characters are kept as they are (``ensure_ascii=False``),
    except lone surrogates (``"\ud800"``, which a JSON Lines record may carry),
    which are written as ``\u`` escapes: the text always encodes as UTF-8 and
    reads back to the same string.

    Args:
        obj: Any model, as for :func:`to_dict`.
        indent: Spaces per indentation level; ``None`` for one compact line.
        converter: A converter from :func:`make_converter`; the shared default if omitted.

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
    return _escape_surrogates(text)


def _escape_surrogates(text: str) -> str:
    r"""Write each lone surrogate of JSON ``text`` as a ``\u`` escape, which UTF-8 can carry.

    A surrogate can only stand inside a JSON string, where its escape means the same.
    """
    if _SURROGATE_RE.search(text) is None:
        return text
    if _SURROGATE_PAIR_RE.search(text) is not None:
        msg = "a string holds a high and a low surrogate side by side, which JSON cannot keep apart"
        raise SerializationError(msg, "$")
    return _SURROGATE_RE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


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
        converter: A converter from :func:`make_converter`; the shared default if omitted.

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
    return from_dict(_loads(text), cls, converter=converter)


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
            return f"{path}{_key_segment(node.key)}", node.key
        if isinstance(node, dict):
            stack.extend((item, f"{path}{_key_segment(key)}") for key, item in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((item, f"{path}[{index}]") for index, item in reversed(list(enumerate(node))))
    return None


def parse_json(text: str | bytes | bytearray) -> Any:  # noqa: ANN401 - any JSON value
    """Parse untrusted JSON text as strictly as :func:`from_json` does, without building a model.

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
    return _loads(text)


def _loads(text: str | bytes | bytearray) -> Any:  # noqa: ANN401 - any JSON value
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
            value = json.loads(text, parse_int=_parse_int, object_pairs_hook=read_object)
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
