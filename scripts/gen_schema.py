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
from conflictclaims.serialize import INT_MAX

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


def _summary(cls: type) -> str:
    return (cls.__doc__ or cls.__name__).strip().splitlines()[0]


class _Builder:
    def __init__(self) -> None:
        self.models: dict[str, dict[str, Any]] = {}
        self.enums: dict[str, dict[str, Any]] = {}
        self.todo: list[type] = []

    def field(self, annotation: Any, owner: type, name: str) -> dict[str, Any]:  # noqa: ANN401 - a typing form
        if typing.get_origin(annotation) in {types.UnionType, typing.Union}:
            (inner,) = (a for a in typing.get_args(annotation) if a is not type(None))
            return {"anyOf": [self.field(inner, owner, name), {"type": "null"}]}
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
        return {
            "description": _summary(cls),
            "type": "object",
            "properties": {f.name: self.field(hints[f.name], cls, f.name) for f in fields},
            "required": [f.name for f in fields if f.default is attrs.NOTHING],
            "additionalProperties": False,
        }

    def schema(self, root: type, description: str) -> dict[str, Any]:
        self.todo.append(root)
        while self.todo:
            cls = self.todo.pop(0)
            if cls.__name__ not in self.models:
                self.models[cls.__name__] = self.model(cls)
        body = self.models.pop(root.__name__)
        defs = {name: self.models[name] for name in sorted(self.models)}
        defs.update({name: self.enums[name] for name in sorted(self.enums)})
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:conflictclaims:schema:{root.__name__.lower()}",
            "title": root.__name__,
            "description": description,
            **body,
            "$defs": defs,
        }


SCHEMAS = {
    "article.schema.json": (
        model.Article,
        (
            "One article and the claims, ceasefires, actors and locations extracted from it, as conflictclaims "
            "serializes it (every field is written; fields with defaults may be omitted on input)."
        ),
    ),
    "dispute.schema.json": (
        model.Dispute,
        "Claims about one subject, outcome, unit and period, grouped by claimant, as conflictclaims serializes them.",
    ),
}


def main() -> None:
    """Write every schema file."""
    for filename, (root, description) in SCHEMAS.items():
        schema = _Builder().schema(root, description)
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        (SCHEMA_DIR / filename).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
