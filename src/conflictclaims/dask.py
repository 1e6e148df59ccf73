"""Extract claims on Dask: a bag or dataframe of articles in, the claims table out.

Each partition goes through the same per-record extraction as
:func:`~conflictclaims.extract_many`, and comes back as a pandas
partition with exactly the columns and dtypes of
:func:`~conflictclaims.claims_table`, which is also the Dask ``meta``:
the schema is known before anything runs, and is the same for a partition
without claims. Needs the ``dask`` extra (``pip install conflictclaims[dask]``).

By default a bad record (no text, a malformed date) raises
:class:`~conflictclaims.scale.BatchRecordError` naming it: a cluster job fails
loudly rather than lose records. With ``errors="return"`` (the dead-letter
path) a job returns two dataframes instead, the claims and one row per record
that gave no article (:data:`~conflictclaims.scale.ERRORS_SCHEMA`), so one bad
record among millions neither stops the job nor vanishes. Compute the two
together (``dask.compute(claims, errors)``) so that each partition is
extracted once.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal, overload

import dask.dataframe as dd
import pandas as pd
from dask.delayed import delayed

from conflictclaims.model import Article
from conflictclaims.scale import RecordError, claims_table, errors_table, extract_many

if TYPE_CHECKING:
    from collections.abc import Iterable

    import dask.bag as db
    from dask.delayed import Delayed

__all__ = ["claims_from_bag", "claims_from_dataframe", "claims_meta", "errors_meta"]

Errors = Literal["raise", "return"]


def claims_meta() -> pd.DataFrame:
    """Return the empty claims table: the ``meta`` of every Dask claims dataframe."""
    return claims_table([])


def errors_meta() -> pd.DataFrame:
    """Return the empty errors table: the ``meta`` of every Dask errors dataframe."""
    return errors_table([])


def _check(errors: str) -> None:
    if errors not in ("raise", "return"):
        msg = f"errors must be 'raise' or 'return', got {errors!r}"
        raise ValueError(msg)


def _articles(items: Iterable[Any]) -> list[Article]:
    return [a for a in extract_many(items, errors="raise") if isinstance(a, Article)]


def _bag_partition(items: Iterable[Any]) -> pd.DataFrame:
    return claims_table(_articles(items))


def _both_tables(items: Iterable[Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The claims and the dead letters of one partition."""
    articles: list[Article] = []
    failures: list[RecordError] = []
    for result in extract_many(items):
        if isinstance(result, RecordError):
            failures.append(result)
        else:
            articles.append(result)
    return claims_table(articles), errors_table(failures)


def _from_parts(parts: list[Delayed], meta: pd.DataFrame) -> dd.DataFrame:
    result: dd.DataFrame = (
        dd.from_delayed(parts, meta=meta, verify_meta=False) if parts else dd.from_pandas(meta, npartitions=1)
    )
    return result


def _split(pairs: list[Any]) -> tuple[dd.DataFrame, dd.DataFrame]:
    """Two dataframes over delayed (claims, errors) pairs, one pair per partition.

    Both read the same delayed pairs, so computing them together extracts
    each partition once.
    """
    return _from_parts([pair[0] for pair in pairs], claims_meta()), _from_parts(
        [pair[1] for pair in pairs], errors_meta()
    )


@overload
def claims_from_bag(bag: db.Bag, *, errors: Literal["raise"] = "raise") -> dd.DataFrame: ...


@overload
def claims_from_bag(bag: db.Bag, *, errors: Literal["return"]) -> tuple[dd.DataFrame, dd.DataFrame]: ...


def claims_from_bag(bag: db.Bag, *, errors: Errors = "raise") -> dd.DataFrame | tuple[dd.DataFrame, dd.DataFrame]:
    """Return the claims table of a bag of articles, one pandas partition per bag partition.

    Args:
        bag: A :class:`dask.bag.Bag` of texts, record mappings
            (``{"id", "text", "published", "source", "title"}``, ``published``
            an ISO string or a date) or :class:`~conflictclaims.scale.ArticleInput`.
        errors: ``"raise"`` fails the job at a bad record, naming it;
            ``"return"`` returns the claims and the errors table instead.

    Returns:
        A lazy Dask dataframe with the columns of :data:`~conflictclaims.scale.CLAIMS_SCHEMA`;
        with ``errors="return"`` the pair ``(claims, errors)``, the second with
        the columns of :data:`~conflictclaims.scale.ERRORS_SCHEMA` (``record_index``
        is the record's position in its partition).

    Raises:
        ValueError: If ``errors`` is not ``"raise"`` or ``"return"``.
    """
    _check(errors)
    if errors == "return":
        return _split([delayed(_both_tables, nout=2)(part) for part in bag.to_delayed()])
    return _from_parts([delayed(_bag_partition)(part) for part in bag.to_delayed()], claims_meta())


def _plain(value: object) -> object:
    """Turn a pandas or NumPy cell into the plain Python value records use."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if isinstance(value, (str, dt.date)):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists and arrays have no single truth value
        return value
    item = getattr(value, "item", None)
    return item() if callable(item) else value


def _records(frame: pd.DataFrame, columns: dict[str, str]) -> Iterable[dict[str, object]]:
    return (
        {key: _plain(value) for key, value in zip(columns, row, strict=True)}
        for row in frame[list(columns.values())].itertuples(index=False, name=None)
    )


def _frame_partition(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    return claims_table(_articles(_records(frame, columns)))


def _frame_both_tables(frame: pd.DataFrame, columns: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    return _both_tables(_records(frame, columns))


@overload
def claims_from_dataframe(
    frame: dd.DataFrame,
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    published_column: str | None = ...,
    source_column: str | None = ...,
    title_column: str | None = ...,
    errors: Literal["raise"] = "raise",
) -> dd.DataFrame: ...


@overload
def claims_from_dataframe(
    frame: dd.DataFrame,
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    published_column: str | None = ...,
    source_column: str | None = ...,
    title_column: str | None = ...,
    errors: Literal["return"],
) -> tuple[dd.DataFrame, dd.DataFrame]: ...


def claims_from_dataframe(  # noqa: PLR0913 - one keyword per optional column
    frame: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    source_column: str | None = "source",
    title_column: str | None = "title",
    errors: Errors = "raise",
) -> dd.DataFrame | tuple[dd.DataFrame, dd.DataFrame]:
    """Return the claims table of a dataframe of articles, partition by partition.

    Args:
        frame: A :class:`dask.dataframe.DataFrame` with one article per row.
        text_column: The column holding the article text (required).
        id_column: The article id column; ``None`` or absent gives ids hashed
            from the text.
        published_column: Publication dates (ISO strings, dates or timestamps).
        source_column: The source name.
        title_column: The headline.
        errors: ``"raise"`` fails the job at a bad record, naming it;
            ``"return"`` returns the claims and the errors table instead.

    Returns:
        A lazy Dask dataframe with the columns of :data:`~conflictclaims.scale.CLAIMS_SCHEMA`;
        with ``errors="return"`` the pair ``(claims, errors)``, as :func:`claims_from_bag` gives.

    Raises:
        KeyError: If ``text_column`` is not a column of ``frame``.
        ValueError: If ``errors`` is not ``"raise"`` or ``"return"``.
    """
    _check(errors)
    if text_column not in frame.columns:
        msg = f"no column {text_column!r}; the dataframe has {list(frame.columns)}"
        raise KeyError(msg)
    wanted = {"id": id_column, "text": text_column, "published": published_column, "source": source_column}
    wanted["title"] = title_column
    columns = {key: name for key, name in wanted.items() if name is not None and name in frame.columns}
    if errors == "return":
        return _split([delayed(_frame_both_tables, nout=2)(part, columns) for part in frame.to_delayed()])
    result: dd.DataFrame = frame.map_partitions(_frame_partition, columns, meta=claims_meta())
    return result
