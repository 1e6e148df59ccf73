"""The flat tables' rows and their Arrow and pandas forms, for any columns.

The columns themselves (:data:`~conflictclaims.scale.CLAIMS_SCHEMA` and
:data:`~conflictclaims.scale.ERRORS_SCHEMA`) are part of the public API in
:mod:`conflictclaims.scale`. pandas and pyarrow are optional and imported only
when a table is built.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, NamedTuple

from conflictclaims.disputes import side_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas as pd
    import pyarrow as pa

    from conflictclaims._records import RecordError
    from conflictclaims.model import Actor, Article, Claim

__all__ = ["Column", "arrow_schema_of", "claim_rows", "dtypes_of", "error_rows", "frame_of", "require"]


class Column(NamedTuple):
    """One column of the flat claims table."""

    name: str
    type: str
    description: str


_NOT_NULL = frozenset({"article_id", "claim_index", "record_index", "stage", "message"})


def _day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def claim_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """Yield one flat dict per claim, keyed by the :data:`CLAIMS_SCHEMA` column names.

    Needs neither pandas nor pyarrow.

    >>> next(claim_rows([]), None) is None
    True
    """
    for article in articles:
        published = _day(article.published)
        placed = _incidents_of(article)
        for index, claim in enumerate(article.claims):
            claimant, subject, count, period = claim.claimant, claim.subject, claim.count, claim.period
            incident_id, role, refers_to = placed.get(id(claim), (None, None, None))
            yield {
                "article_id": article.id,
                "claim_index": index,
                "published": published,
                "source": article.source,
                "claimant_name": None if claimant is None else claimant.name,
                "claimant_country": None if claimant is None else claimant.country,
                "claimant_kind": None if claimant is None else claimant.kind.value,
                "claimant_side": None if claimant is None else _side_name(claimant),
                "subject_name": subject.display_name,
                "subject_phrase": subject.name,
                "subject_party": subject.party.name,
                "subject_party_kind": subject.party.kind.value,
                "subject_country": subject.country,
                "subject_kind": subject.kind.value,
                "outcome": claim.outcome.value,
                "unit": claim.unit.value,
                "stance": claim.stance.value,
                "low": None if count is None else count.low,
                "best": None if count is None else count.best,
                "high": None if count is None else count.high,
                "qualifier": None if count is None else count.qualifier.value,
                "approximate": None if count is None else count.approximate,
                "period_start": None if period is None else period.start,
                "period_end": None if period is None else period.end,
                "locations": [location.name for location in claim.locations],
                "cue": claim.cue,
                "evidence_start": claim.evidence.start,
                "evidence_end": claim.evidence.end,
                "evidence_text": article.evidence(claim),
                "count_text": None if count is None else count.text,
                "incident_id": incident_id,
                "role": role,
                "refers_to": refers_to,
            }


def _side_name(claimant: Actor) -> str | None:
    side = side_of(claimant)
    return None if side is None else side.name


def _incidents_of(article: Article) -> dict[int, tuple[str, str, int | None]]:
    """Each claim's incident id, role and the index of the claim it refers to, keyed by the claim's identity."""
    if not article.incidents:
        return {}
    positions = {id(claim): i for i, claim in enumerate(article.claims)}

    def index_of(claim: Claim) -> int:
        found = positions.get(id(claim))
        return article.index_of(claim) if found is None else found

    placed: dict[int, tuple[str, str, int | None]] = {}
    for incident in article.incidents:
        for member in incident.claims:
            claim = article.claims[index_of(member.claim)]
            refers_to = None if member.of is None else index_of(member.of)
            placed[id(claim)] = (incident.id, member.role.value, refers_to)
    return placed


def require(module: str) -> Any:  # noqa: ANN401 - the module object's type depends on its name
    import importlib  # noqa: PLC0415 - only the table functions need it

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        msg = f"this function needs {module}; install it with: pip install 'conflictclaims[table]'"
        raise ImportError(msg) from exc


def error_rows(errors: Iterable[RecordError]) -> Iterator[dict[str, Any]]:
    """Yield one flat dict per record error, keyed by the :data:`ERRORS_SCHEMA` column names.

    >>> next(error_rows([RecordError(index=3, id="a3", message="record has no 'text'")]))["stage"]
    'read'
    """
    for error in errors:
        yield {
            "record_index": error.index,
            "record_id": error.id,
            "where": error.where,
            "stage": error.stage,
            "error_type": error.error_type,
            "message": error.message,
        }


def arrow_schema_of(columns: tuple[Column, ...]) -> pa.Schema:
    pa_mod = require("pyarrow")
    types = {
        "string": pa_mod.string(),
        "int64": pa_mod.int64(),
        "bool": pa_mod.bool_(),
        "date32": pa_mod.date32(),
        "list<string>": pa_mod.list_(pa_mod.string()),
    }
    schema: pa.Schema = pa_mod.schema(
        [pa_mod.field(c.name, types[c.type], nullable=c.name not in _NOT_NULL) for c in columns]
    )
    return schema


def dtypes_of(columns: tuple[Column, ...]) -> dict[str, Any]:
    pd_mod = require("pandas")
    pa_mod = require("pyarrow")
    types: dict[str, Any] = {
        "string": pd_mod.StringDtype(),
        "int64": pd_mod.Int64Dtype(),
        "bool": pd_mod.BooleanDtype(),
        "date32": "datetime64[s]",
        "list<string>": pd_mod.ArrowDtype(pa_mod.list_(pa_mod.string())),
    }
    return {c.name: types[c.type] for c in columns}


def frame_of(rows: list[dict[str, Any]], columns: tuple[Column, ...]) -> pd.DataFrame:
    pd_mod = require("pandas")
    frame = pd_mod.DataFrame.from_records(rows, columns=[c.name for c in columns])
    for column in columns:
        if column.type == "date32":
            frame[column.name] = pd_mod.to_datetime(frame[column.name].astype(object)).astype("datetime64[s]")
    result: pd.DataFrame = frame.astype(dtypes_of(columns))
    return result
