# ruff: noqa: INP001  # a script run from the repository root, not a package
"""Regenerate the JSON Schemas shipped in ``src/conflictclaims/schema/`` from the models.

Run it after changing a model, then review the diff (descriptions come from
the first line of each class docstring)::

    .venv/bin/python scripts/gen_schema.py

``tests/test_serialize.py`` checks the shipped schemas against the models, so a
model change without a regenerated schema fails the tests.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from conflictclaims import model
from conflictclaims.serialize import ACTOR_INDEX, ARTICLE_FORMAT, DISPLAY_NAME, FORMAT_KEY, INT_MAX

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "src" / "conflictclaims" / "schema"

_INT = {"type": "integer", "minimum": 0, "maximum": INT_MAX}
_DATE = {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_DATETIME = {
    "type": "string",
    "format": "date-time",
    "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)?$",
}
_COUNTRY = {"type": "string", "pattern": "^[A-Z]{3}$", "description": 'ISO 3166-1 alpha-3 code, e.g. "AFG".'}
# Fields whose JSON form is narrower than their Python type says.
_FIELDS: dict[tuple[str, str], dict[str, Any]] = {
    ("Location", "latitude"): {"type": "number", "minimum": -90, "maximum": 90},
    ("Location", "longitude"): {"type": "number", "minimum": -180, "maximum": 180},
    ("Location", "admin1"): {"type": "string", "description": 'ISO 3166-2 subdivision code, e.g. "AF-KAN".'},
    ("Actor", "country"): _COUNTRY,
    ("Location", "country"): _COUNTRY,
    ("Party", "country"): _COUNTRY,
    ("Position", "side"): {
        **_COUNTRY,
        "description": "ISO 3166-1 alpha-3 code of the side the claimant speaks for.",
    },
    # Incidents refer to the article's claims by index instead of copying them.
    ("IncidentClaim", "claim"): {**_INT, "description": "Index of the claim in Article.claims."},
    ("IncidentClaim", "of"): {
        **_INT,
        "description": "Index in Article.claims of the claim this one restates, breaks down or is a subset of.",
    },
    ("Incident", "locations"): {
        "type": "array",
        "items": {**_INT, "description": "Index of the place in Article.locations."},
    },
    ("Article", "published"): {
        "anyOf": [_DATE, _DATETIME],
        "description": "A date, or a datetime when the article carries a time (with its UTC offset when known).",
    },
}


# Rules the models enforce that a property's own schema cannot say.
_NOTES: dict[str, str] = {
    "Count": (
        " low <= best <= high; an exact count has low == high, a none count low == high == 0; inside an article, "
        "text is the article text at span when span is given."
    ),
    "DateRange": " Inside an article, text is the article text at span when both are given.",
    "Incident": " Its id is unique within the article, and each of the article's claims is in one incident at most.",
    "IncidentClaim": (
        " of is null for the roles report, background and cumulative, and for the others names another claim of "
        "the same incident with the same outcome and unit."
    ),
}
# A none count allows zero alone; JSON Schema can say that one, not low == high.
_COUNT_NONE = {
    "if": {"properties": {"qualifier": {"const": "none"}}, "required": ["qualifier"]},
    "then": {"properties": {"low": {"const": 0}, "high": {"const": 0}}},
}
_ACTOR_REFERENCE = "ActorReference"


def _summary(cls: type) -> str:
    return (cls.__doc__ or cls.__name__).strip().splitlines()[0]


class _Builder:
    """Builds one schema; ``references`` lets actors below the root be written as references into its actors."""

    def __init__(self, *, references: bool = False) -> None:
        self.models: dict[str, dict[str, Any]] = {}
        self.enums: dict[str, dict[str, Any]] = {}
        self.todo: list[type] = []
        self.references = references

    def field(self, annotation: Any, owner: type, name: str) -> dict[str, Any]:  # noqa: ANN401 - a typing form
        if annotation is model.Actor and self.references and (owner.__name__, name) != ("Article", "actors"):
            self.todo.append(model.Actor)
            return {"anyOf": [{"$ref": "#/$defs/Actor"}, {"$ref": f"#/$defs/{_ACTOR_REFERENCE}"}]}
        return self._field(annotation, owner, name)

    def _field(self, annotation: Any, owner: type, name: str) -> dict[str, Any]:  # noqa: ANN401 - a typing form
        if typing.get_origin(annotation) in {types.UnionType, typing.Union}:
            (inner,) = (a for a in typing.get_args(annotation) if a is not type(None))
            schema = self.field(inner, owner, name)
            options = schema["anyOf"] if list(schema) == ["anyOf"] else [schema]
            return {"anyOf": [*options, {"type": "null"}]}
        if (owner.__name__, name) in _FIELDS:
            return dict(_FIELDS[owner.__name__, name])
        if typing.get_origin(annotation) is tuple:
            return {"type": "array", "items": self.field(typing.get_args(annotation)[0], owner, name)}
        simple: dict[object, dict[str, Any]] = {
            bool: {"type": "boolean"},
            int: _INT,
            float: {"type": "number"},
            str: {"type": "string"},
            dt.date: _DATE,
        }
        if annotation in simple:
            return dict(simple[annotation])
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            values = [member.value for member in annotation]
            self.enums[annotation.__name__] = {"description": _summary(annotation), "type": "string", "enum": values}
            return {"$ref": f"#/$defs/{annotation.__name__}"}
        if isinstance(annotation, type) and attrs.has(annotation):
            self.todo.append(annotation)
            return {"$ref": f"#/$defs/{annotation.__name__}"}
        msg = f"no JSON form for {annotation!r} ({owner.__name__}.{name})"
        raise TypeError(msg)

    def model(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(attrs.resolve_types(cls))
        fields = attrs.fields(cls)
        # Every field is written, so every field is required when read.
        schema: dict[str, Any] = {
            "description": _summary(cls) + _NOTES.get(cls.__name__, ""),
            "type": "object",
            "properties": {f.name: self.field(hints[f.name], cls, f.name) for f in fields},
            "required": [f.name for f in fields],
            "additionalProperties": False,
        }
        if cls is model.Count:
            schema.update(_COUNT_NONE)
        if cls is model.Actor:
            schema["properties"][DISPLAY_NAME] = {
                "type": "string",
                "readOnly": True,
                "description": "The name the actor is shown by (Actor.display_name); written, ignored when read.",
            }
        return schema

    def actor_reference(self) -> dict[str, Any]:
        """An actor of ``Article.actors`` named again: its fields without mentions, and its index."""
        whole = self.models["Actor"]
        properties = {name: value for name, value in whole["properties"].items() if name != "mentions"}
        properties[ACTOR_INDEX] = {
            **_INT,
            "description": "Position in the article's actors of the actor whose mentions this actor has.",
        }
        return {
            "description": (
                "An actor whose mentions are those of one of the article's actors, written without them: "
                "actor_index says whose they are; the other fields are this actor's own."
            ),
            "type": "object",
            "properties": properties,
            "required": [name for name in properties if name != DISPLAY_NAME],
            "additionalProperties": False,
        }

    def schema(self, root: type, description: str) -> dict[str, Any]:
        self.todo.append(root)
        while self.todo:
            cls = self.todo.pop(0)
            if cls.__name__ not in self.models:
                self.models[cls.__name__] = self.model(cls)
        if self.references:
            self.models[_ACTOR_REFERENCE] = self.actor_reference()
        body = self.models.pop(root.__name__)
        if root is model.Article:
            format_property = {
                "const": ARTICLE_FORMAT,
                "description": (
                    "The serialization format. Articles without this key are version 1, "
                    "in which claims and ceasefires carry every actor whole and there is no incidents key."
                ),
            }
            body["properties"] = {FORMAT_KEY: format_property, **body["properties"]}
            body["required"] = [FORMAT_KEY, *body["required"]]
        defs = {name: self.models[name] for name in sorted(self.models)}
        defs.update({name: self.enums[name] for name in sorted(self.enums)})
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:conflictclaims:schema:{root.__name__.lower()}",
            "title": root.__name__,
            **body,
            # The document's own description, not the root model's docstring line.
            "description": description,
            "$defs": defs,
        }


SCHEMAS = {
    "article.schema.json": (
        model.Article,
        (
            "One article and the claims, ceasefires, actors, locations and incidents extracted from it, as "
            "conflictclaims serializes it (every field is written and required). An actor that a claim or ceasefire "
            "names and whose mentions are those of one of the article's actors is written as an ActorReference to "
            "it; an incident names its claims and places by their index in claims and locations."
        ),
        True,
    ),
    "dispute.schema.json": (
        model.Dispute,
        "Claims about one subject, outcome, unit and period, grouped by claimant, as conflictclaims serializes them.",
        False,
    ),
}


def main() -> None:
    """Write every schema file."""
    for filename, (root, description, references) in SCHEMAS.items():
        schema = _Builder(references=references).schema(root, description)
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        (SCHEMA_DIR / filename).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
