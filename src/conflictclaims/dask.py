"""Extract claims on Dask: a bag or dataframe of articles in, the claims table out.

Each partition goes through the same per-record extraction as
:func:`~conflictclaims.scale.extract_many`, and comes back as a pandas
partition with exactly the columns and dtypes of
:func:`~conflictclaims.scale.claims_table`, which is also the Dask ``meta``:
the schema is known before anything runs, and is the same for a partition
without claims. Needs the ``dask`` extra (``pip install conflictclaims[dask]``).

A bad record (no text, a malformed date) raises
:class:`~conflictclaims.scale.BatchRecordError` naming it: a cluster job fails
loudly rather than lose records. Clean or split such records first.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import dask.dataframe as dd
import pandas as pd
from dask.delayed import delayed

from conflictclaims.model import Article
from conflictclaims.scale import claims_table, extract_many

if TYPE_CHECKING:
    from collections.abc import Iterable

    import dask.bag as db

__all__ = ["claims_from_bag", "claims_from_dataframe", "claims_meta"]


def claims_meta() -> pd.DataFrame:
    """Return the empty claims table: the ``meta`` of every Dask claims dataframe."""
    return claims_table([])


def _articles(items: Iterable[Any]) -> list[Article]:
    return [a for a in extract_many(items, errors="raise") if isinstance(a, Article)]


def _bag_partition(items: Iterable[Any]) -> pd.DataFrame:
    return claims_table(_articles(items))


def claims_from_bag(bag: db.Bag) -> dd.DataFrame:
    """Return the claims table of a bag of articles, one pandas partition per bag partition.

    Args:
        bag: A :class:`dask.bag.Bag` of texts, record mappings
            (``{"id", "text", "published", "source", "title"}``, ``published``
            an ISO string or a date) or :class:`~conflictclaims.scale.ArticleInput`.

    Returns:
        A lazy Dask dataframe with the columns of :data:`~conflictclaims.scale.CLAIMS_SCHEMA`.
    """
    parts = [delayed(_bag_partition)(part) for part in bag.to_delayed()]
    result: dd.DataFrame
    if not parts:
        result = dd.from_pandas(claims_meta(), npartitions=1)
    else:
        result = dd.from_delayed(parts, meta=claims_meta(), verify_meta=False)
    return result


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


def _frame_partition(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    records = (
        {key: _plain(value) for key, value in zip(columns, row, strict=True)}
        for row in frame[list(columns.values())].itertuples(index=False, name=None)
    )
    return claims_table(_articles(records))


def claims_from_dataframe(  # noqa: PLR0913 - one keyword per optional column
    frame: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    source_column: str | None = "source",
    title_column: str | None = "title",
) -> dd.DataFrame:
    """Return the claims table of a dataframe of articles, partition by partition.

    Args:
        frame: A :class:`dask.dataframe.DataFrame` with one article per row.
        text_column: The column holding the article text (required).
        id_column: The article id column; ``None`` or absent gives ids hashed
            from the text.
        published_column: Publication dates (ISO strings, dates or timestamps).
        source_column: The source name.
        title_column: The headline.

    Returns:
        A lazy Dask dataframe with the columns of :data:`~conflictclaims.scale.CLAIMS_SCHEMA`.

    Raises:
        KeyError: If ``text_column`` is not a column of ``frame``.
    """
    if text_column not in frame.columns:
        msg = f"no column {text_column!r}; the dataframe has {list(frame.columns)}"
        raise KeyError(msg)
    wanted = {"id": id_column, "text": text_column, "published": published_column, "source": source_column}
    wanted["title"] = title_column
    columns = {key: name for key, name in wanted.items() if name is not None and name in frame.columns}
    result: dd.DataFrame = frame.map_partitions(_frame_partition, columns, meta=claims_meta())
    return result
