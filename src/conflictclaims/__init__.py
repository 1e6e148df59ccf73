"""Structured, comparable claims from conflict news text.

>>> from conflictclaims import parse_count
>>> count = parse_count("more than 400")
>>> (count.low, count.high, count.best, count.qualifier.value)
(401, None, 401, 'more_than')
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from conflictclaims.counts import (
    Count,
    Estimate,
    PointPolicy,
    Qualifier,
    find_counts,
    parse_count,
    render_count,
)
from conflictclaims.exceptions import ConflictClaimsError, CountParseError, SerializationError
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Ceasefire,
    CeasefireStatus,
    Claim,
    ClaimRole,
    DateRange,
    Dispute,
    Incident,
    IncidentClaim,
    Location,
    LocationKind,
    Outcome,
    Party,
    PartyKind,
    Position,
    SourcedClaim,
    Stance,
    Unit,
)
from conflictclaims.span import Span

if TYPE_CHECKING:
    from conflictclaims.disputes import find_disputes
    from conflictclaims.extraction import extract
    from conflictclaims.incidents import find_incidents
    from conflictclaims.scale import claims_table, extract_many
    from conflictclaims.serialize import article_schema, from_dict, from_json, to_dict, to_json

try:
    #: The installed version of the package, as its metadata gives it ("0.4.0").
    __version__ = version("conflictclaims")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

# The extractor pulls in gazetteer data; load it on first use so that
# ``import conflictclaims`` stays cheap for users who only parse counts.
_LAZY = {
    "extract": "conflictclaims.extraction",
    "find_incidents": "conflictclaims.incidents",
    "find_disputes": "conflictclaims.disputes",
    "extract_many": "conflictclaims.scale",
    "claims_table": "conflictclaims.scale",
    "to_dict": "conflictclaims.serialize",
    "from_dict": "conflictclaims.serialize",
    "to_json": "conflictclaims.serialize",
    "from_json": "conflictclaims.serialize",
    "article_schema": "conflictclaims.serialize",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 - the attribute's type depends on its name
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'conflictclaims' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Ceasefire",
    "CeasefireStatus",
    "Claim",
    "ClaimRole",
    "ConflictClaimsError",
    "Count",
    "CountParseError",
    "DateRange",
    "Dispute",
    "Estimate",
    "Incident",
    "IncidentClaim",
    "Location",
    "LocationKind",
    "Outcome",
    "Party",
    "PartyKind",
    "PointPolicy",
    "Position",
    "Qualifier",
    "SerializationError",
    "SourcedClaim",
    "Span",
    "Stance",
    "Unit",
    "__version__",
    "article_schema",
    "claims_table",
    "extract",
    "extract_many",
    "find_counts",
    "find_disputes",
    "find_incidents",
    "from_dict",
    "from_json",
    "parse_count",
    "render_count",
    "to_dict",
    "to_json",
]
