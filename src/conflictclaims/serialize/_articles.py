"""How an article is written and read: its actors named by reference, its incidents by index.

An actor that a claim or ceasefire names, and whose mentions are those of an
actor in ``Article.actors``, is written without them and with a reference to
that actor, so that output stays linear in the length of the article.
Incidents name their claims and places by their index in the article.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs
from attrs import frozen
from cattrs.errors import AttributeValidationNote, ClassValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from conflictclaims.incidents import find_incidents
from conflictclaims.model import Actor, Article, Claim, ClaimRole, DateRange, Incident, IncidentClaim, Location
from conflictclaims.serialize._hooks import (
    Invalid,
    as_object,
    describe,
    field_names,
    model_structure_factory,
    require_keys,
    structure_int,
)

if TYPE_CHECKING:
    import cattrs

    from conflictclaims.counts import Span

__all__ = ["ACTOR_INDEX", "ARTICLE_FORMAT", "DISPLAY_NAME", "FORMAT_KEY", "register_article_hooks"]

T = TypeVar("T")

# What they mean is documented in conflictclaims.serialize, which exports them.
FORMAT_KEY: Final = "format"
ARTICLE_FORMAT: Final = "conflictclaims/2"
ACTOR_INDEX: Final = "actor_index"

DISPLAY_NAME: Final = "display_name"


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


_ACTOR_FIELDS_BUT_MENTIONS: Final = field_names(Actor, leaving_out="mentions")


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
        data: dict[str, Any] = whole(actor) if index is None else bare(actor)
        data[DISPLAY_NAME] = actor.display_name
        if index is not None:
            data[ACTOR_INDEX] = index
        return data

    return unstructure_actor


def _string_at(value: object, key: str) -> str:
    """Return ``value`` if it is a string; raise :class:`Invalid` at ``key`` otherwise."""
    if not isinstance(value, str):
        msg = f"expected a string, got {describe(value)}"
        raise Invalid(msg, at=key)
    return value


def _actor_structure_factory(converter: cattrs.Converter) -> Callable[[object, object], Actor]:
    whole = model_structure_factory(Actor, converter)
    bare = make_dict_structure_fn(Actor, converter, mentions=override(omit=True))
    bare_names = field_names(Actor, leaving_out="mentions")

    def resolve(data: Mapping[str, Any]) -> Actor:
        table = _ARTICLE_ACTORS.get()
        if table is None:
            msg = f"an actor reference is only valid in the claims and ceasefires of a {ARTICLE_FORMAT!r} article"
            raise Invalid(msg, at=ACTOR_INDEX)
        try:
            index = structure_int(data[ACTOR_INDEX], int)
        except Invalid as exc:
            raise Invalid(str(exc), at=ACTOR_INDEX) from None
        if not 0 <= index < len(table.actors):
            msg = f"no actor {index} in the article's actors (it has {len(table.actors)})"
            raise Invalid(msg, at=ACTOR_INDEX)
        written = {key: value for key, value in data.items() if key != ACTOR_INDEX}
        require_keys(written, Actor, bare_names)
        named: Actor = bare(written, Actor)
        return table.resolve(index, named)

    def structure_actor(obj: object, _: object) -> Actor:
        if isinstance(obj, Mapping) and DISPLAY_NAME in obj:
            # Written for readers; it follows from the other fields, so it is read past.
            _string_at(obj[DISPLAY_NAME], DISPLAY_NAME)
            obj = {key: value for key, value in obj.items() if key != DISPLAY_NAME}
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
    names = field_names(Article)
    version_1_names = field_names(Article, leaving_out="incidents")

    def structure_article(obj: object, _: object) -> Article:
        data, version_2 = _without_format(as_object(obj))
        require_keys(data, Article, names if version_2 else version_1_names)
        token = _ARTICLE_ACTORS.set(None)
        try:
            actors = _read_field("actors", read_actors, data["actors"], tuple[Actor, ...])
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
        records = _read_field("incidents", read_incidents, data["incidents"], tuple[_IncidentRecord, ...])
        if not records:
            return article
        try:
            return attrs.evolve(article, incidents=tuple(_incident(i, r, article) for i, r in enumerate(records)))
        except (TypeError, ValueError) as exc:
            # The message starts with the field's path ("incidents[0].claims[2].of …").
            msg = "While structuring Article"
            raise ClassValidationError(msg, [exc], Article) from None

    return structure_article


def _without_format(data: Mapping[str, Any]) -> tuple[Mapping[str, Any], bool]:
    """Return an article's fields without its format key, and whether it is a version 2 article.

    Version 1 wrote every actor whole and had no incidents, so only version 2
    may hold references, and must hold its incidents.
    """
    if FORMAT_KEY in data:
        written = data[FORMAT_KEY]
        if written != ARTICLE_FORMAT:
            msg = (
                f"unknown format {describe(written)}; this version reads {ARTICLE_FORMAT!r} "
                f"and version 1 articles, which have no {FORMAT_KEY!r} key"
            )
            raise Invalid(msg, at=FORMAT_KEY)
        return {key: value for key, value in data.items() if key != FORMAT_KEY}, True
    if "incidents" in data:
        msg = f"incidents belong to format {ARTICLE_FORMAT!r}, whose articles open with its {FORMAT_KEY!r} key"
        raise Invalid(msg, at="incidents")
    return data, False


def _read_field(name: str, read: Callable[[object, Any], T], value: object, type_: Any) -> T:  # noqa: ANN401 - a typing form
    """Read one field of an article by hand, a failure reported with its path below the field, like any field's."""
    try:
        return read(value, type_)
    except Exception as exc:  # noqa: BLE001 - every failure is reported with its path
        exc.__notes__ = [*getattr(exc, "__notes__", []), AttributeValidationNote(name, name, Article)]
        msg = "While structuring Article"
        raise ClassValidationError(msg, [exc], Article) from None


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


def register_article_hooks(converter: cattrs.Converter) -> None:
    """Register the hooks of articles, their actors and incidents (see ``configure_converter``).

    Register them after the general hooks, so that they win over the hooks of attrs classes.
    """
    converter.register_unstructure_hook_factory(lambda t: t is Actor, lambda _: _actor_unstructure_factory(converter))
    converter.register_structure_hook_factory(lambda t: t is Actor, lambda _: _actor_structure_factory(converter))
    converter.register_unstructure_hook_factory(
        lambda t: t is Article, lambda _: _article_unstructure_factory(converter)
    )
    converter.register_structure_hook_factory(lambda t: t is Article, lambda _: _article_structure_factory(converter))
    # An incident names its claims by index, so it is written only inside its article.
    converter.register_unstructure_hook(Incident, _refuse_alone)
    converter.register_unstructure_hook(IncidentClaim, _refuse_alone)
