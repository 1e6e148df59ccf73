"""Many articles: streaming batch extraction and a flat, fixed claims table.

:func:`~conflictclaims.extract_many` runs :func:`~conflictclaims.extract` over a stream
of records, in this process or in a stdlib process pool, keeping input order
and holding only a bounded number of chunks in memory. A record that cannot be
extracted (no text, a malformed date, wrong types) comes out in its place as a
:class:`RecordError` instead of an :class:`~conflictclaims.Article`, so
one bad record never stops a batch and none is silently dropped. A worker
process that dies (killed for memory, say) loses only time: its chunk is tried
once more in a fresh process, and whatever fails again comes out as one
:class:`RecordError` per record. Pass ``errors="raise"`` to stop at the first
bad record instead.

:func:`claim_rows` flattens articles into one dict per claim with the columns
of :data:`CLAIMS_SCHEMA`; :func:`~conflictclaims.claims_table` (pandas) and :func:`claims_arrow`
(pyarrow) build tables with exactly those columns and types, even when there
are no claims. :func:`error_rows` and :func:`errors_table` do the same for
record errors with the columns of :data:`ERRORS_SCHEMA`: the dead letters of a
batch. :func:`extract_batch_to_arrow` is the same work for one Arrow record
batch, the unit Spark's ``mapInArrow`` and Ray's ``map_batches`` hand out.
pandas and pyarrow are optional (``pip install conflictclaims[table]``) and
imported only when a table function is called.
"""

from __future__ import annotations

import collections
import itertools
import signal
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Final, Literal, overload

from conflictclaims import _records
from conflictclaims._records import ArticleInput, BatchRecordError, RecordError, readable_id, to_input
from conflictclaims._tables import Column, arrow_schema_of, claim_rows, dtypes_of, error_rows, frame_of, require
from conflictclaims.extraction import extract
from conflictclaims.model import Article

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "CLAIMS_SCHEMA",
    "ERRORS_SCHEMA",
    "ArticleInput",
    "BatchRecordError",
    "Column",
    "RecordError",
    "Stage",
    "claim_rows",
    "claims_arrow",
    "claims_arrow_schema",
    "claims_table",
    "error_rows",
    "errors_arrow",
    "errors_arrow_schema",
    "errors_pandas_dtypes",
    "errors_table",
    "extract_batch_to_arrow",
    "extract_many",
    "pandas_dtypes",
    "to_input",
]


#: The message of a record whose text is empty or only whitespace.
EMPTY_TEXT: Final = _records.EMPTY_TEXT

# Bound here, not only imported, so that the documentation finds it where users import it.
#: Where a record failed, one of ``"read"`` (it could not be read as an
#: article: malformed JSON, wrong types, no text), ``"extract"`` (the extractor
#: raised) or ``"worker"`` (the worker process extracting it died, twice).
Stage = _records.Stage

Item = str | Mapping[str, Any] | ArticleInput | RecordError
Result = Article | RecordError


def _coerce(index: int, item: Item) -> ArticleInput | RecordError:
    if isinstance(item, RecordError):
        return item
    try:
        return to_input(item)
    except (TypeError, ValueError) as exc:
        record_id, where = (item.id, item.where) if isinstance(item, ArticleInput) else (None, None)
        if isinstance(item, Mapping):
            record_id = readable_id(item)
        return RecordError(index=index, id=record_id, where=where, message=str(exc), error_type=type(exc).__name__)


def _extract_one(index: int, item: ArticleInput | RecordError) -> Result:
    if isinstance(item, RecordError):
        return item
    try:
        return extract(item.text, published=item.published, source=item.source, article_id=item.id, title=item.title)
    except Exception as exc:  # noqa: BLE001 - one failing record must not end a batch of millions
        return RecordError(
            index=index, id=item.id, where=item.where, message=str(exc), stage="extract", error_type=type(exc).__name__
        )


Chunk = list[tuple[int, ArticleInput | RecordError]]

#: The message of a record whose worker process died, and died again when it was retried.
WORKER_DIED: Final = "lost: the worker process extracting it died, and died again when it was retried"


def _extract_chunk(chunk: Chunk) -> list[Result]:
    return [_extract_one(index, item) for index, item in chunk]


def _lost(chunk: Chunk) -> list[Result]:
    """One error per record of a chunk that no worker could finish; reader errors stay as they were."""
    return [
        item
        if isinstance(item, RecordError)
        else RecordError(
            index=index,
            id=item.id,
            where=item.where,
            message=WORKER_DIED,
            stage="worker",
            error_type=BrokenProcessPool.__name__,
        )
        for index, item in chunk
    ]


def _done(results: list[Result]) -> Future[list[Result]]:
    future: Future[list[Result]] = Future()
    future.set_result(results)
    return future


def _ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent: it stops the pool, and no worker prints a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)


def _submit(pool: ProcessPoolExecutor, chunk: Chunk) -> Future[list[Result]]:
    try:
        return pool.submit(_extract_chunk, chunk)
    except BrokenProcessPool as exc:
        # The pool broke since the last result was read; the chunk is lost
        # with the others in flight and is retried with them.
        future: Future[list[Result]] = Future()
        future.set_exception(exc)
        return future


class _RetryPool:
    """One worker process at a time, replaced whenever a task kills it."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None

    def run(self, chunk: Chunk) -> list[Result] | None:
        """Return the chunk's results, or None when its worker died."""
        self.pool = self.pool or _pool(1)
        try:
            return self.pool.submit(_extract_chunk, chunk).result()
        except BrokenProcessPool:
            self.close()
            return None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _retry(chunks: list[Chunk]) -> list[list[Result]]:
    """Run each lost chunk once more, alone in a fresh one-worker pool.

    Alone, so that a chunk that kills its worker again (a record that
    exhausts memory, say) takes no other chunk down with it. Such a chunk is
    then run one record at a time, so that only the records that still kill
    their worker are lost, each reported by itself.
    """
    retry = _RetryPool()
    results: list[list[Result]] = []
    try:
        for chunk in chunks:
            done = retry.run(chunk)
            if done is None:
                done = [r for record in chunk for r in (retry.run([record]) or _lost([record]))]
            results.append(done)
    finally:
        retry.close()
    return results


def _finished(future: Future[list[Result]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _recover(pending: collections.deque[tuple[Chunk, Future[list[Result]]]]) -> None:
    """Replace, in place, every chunk in flight that a broken pool lost by its retried results."""
    retried = iter(_retry([chunk for chunk, future in pending if not _finished(future)]))
    recovered = [(chunk, future if _finished(future) else _done(next(retried))) for chunk, future in pending]
    pending.clear()
    pending.extend(recovered)


def _in_pool(chunks: Iterator[Chunk], jobs: int) -> Iterator[Result]:
    pending: collections.deque[tuple[Chunk, Future[list[Result]]]] = collections.deque()
    # Two chunks per worker keep every worker busy while the oldest result is
    # consumed; more would only hold memory.
    limit = 2 * jobs
    pool = _pool(jobs)

    def oldest() -> list[Result]:
        nonlocal pool
        try:
            return pending[0][1].result()
        except BrokenProcessPool:
            # A worker died (killed for memory, say): the whole pool is gone,
            # and with it every chunk in flight. Retry those, then carry on
            # with a new pool.
            pool.shutdown(wait=True, cancel_futures=True)
            _recover(pending)
            pool = _pool(jobs)
            return pending[0][1].result()
        finally:
            pending.popleft()

    try:
        for chunk in chunks:
            pending.append((chunk, _submit(pool, chunk)))
            if len(pending) >= limit:
                yield from oldest()
        while pending:
            yield from oldest()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _raise_on_error(results: Iterator[Result]) -> Iterator[Result]:
    for result in results:
        if isinstance(result, RecordError):
            raise BatchRecordError(result)
        yield result


def extract_many(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    chunk_size: int = 64,
    errors: Literal["return", "raise"] = "return",
) -> Iterator[Result]:
    """Extract every record of ``items``, streaming, in input order.

    Args:
        items: Texts, record mappings (see :func:`~conflictclaims.scale.to_input`),
            :class:`~conflictclaims.scale.ArticleInput` objects, or
            :class:`~conflictclaims.scale.RecordError` objects (a reader's own errors,
            passed through in place). Read lazily, never all at once.
        jobs: Worker processes; ``1`` extracts in this process. Workers start
            with the platform's default method; where that is ``spawn``
            (Windows, macOS) call this under ``if __name__ == "__main__":``.
        chunk_size: Records sent to a worker at a time. At most ``2 * jobs``
            chunks are in flight, so memory stays flat however long the input.
            When a worker dies, every chunk in flight is run once more, each
            alone in a fresh process (and a chunk that kills it again, one
            record at a time); a record that still kills its worker comes out
            as a :class:`~conflictclaims.scale.RecordError` of stage ``"worker"``.
        errors: ``"return"`` yields a :class:`~conflictclaims.scale.RecordError`
            in place of each record that could not be extracted; ``"raise"``
            raises :class:`~conflictclaims.scale.BatchRecordError` at the first
            one instead.

    Returns:
        An iterator with exactly one :class:`~conflictclaims.Article` or
        :class:`~conflictclaims.scale.RecordError` per input item, in input order.

    Raises:
        ValueError: If ``jobs`` or ``chunk_size`` is below 1, or ``errors`` is unknown.

    >>> [type(r).__name__ for r in extract_many(["Two soldiers were killed.", {"id": "x"}])]
    ['Article', 'RecordError']
    """
    if jobs < 1:
        msg = f"jobs must be >= 1, got {jobs}"
        raise ValueError(msg)
    if chunk_size < 1:
        msg = f"chunk_size must be >= 1, got {chunk_size}"
        raise ValueError(msg)
    if errors not in ("return", "raise"):
        msg = f"errors must be 'return' or 'raise', got {errors!r}"
        raise ValueError(msg)
    coerced = (_coerce(index, item) for index, item in enumerate(items))
    results: Iterator[Result]
    if jobs == 1:
        results = (_extract_one(index, item) for index, item in enumerate(coerced))
    else:
        indexed = enumerate(coerced)
        chunks = iter(lambda: list(itertools.islice(indexed, chunk_size)), [])
        results = _in_pool(chunks, jobs)
    return _raise_on_error(results) if errors == "raise" else results


#: The columns of the claims table, in order. ``type`` is the Arrow type; every
#: column but ``article_id`` and ``claim_index`` may be null. The corpus guide
#: lists them.
#:
#: :meta hide-value:
CLAIMS_SCHEMA: tuple[Column, ...] = (
    Column("article_id", "string", "Article.id (never null)"),
    Column("claim_index", "int64", "position of the claim in Article.claims (never null)"),
    Column("published", "date32", "publication day (the date part of a datetime)"),
    Column("source", "string", "Article.source"),
    Column("claimant_name", "string", "who makes the claim; null when the article says it itself"),
    Column("claimant_country", "string", "ISO 3166-1 alpha-3 code of the claimant's side"),
    Column("claimant_kind", "string", "ActorKind value of the claimant"),
    Column("claimant_side", "string", "the party the claimant speaks for, by name, as disputes show it (Actor.party)"),
    Column("subject_name", "string", "whose dead, wounded or posts: the subject's display name (Actor.display_name)"),
    Column("subject_phrase", "string", "the subject as the text words it (Actor.name)"),
    Column("subject_party", "string", "name of the subject's party: a state, an armed group, civilians in a country"),
    Column("subject_party_kind", "string", "PartyKind value of the subject's party"),
    Column("subject_country", "string", "ISO 3166-1 alpha-3 code of the subject's side; null when joint or unknown"),
    Column("subject_kind", "string", "ActorKind value of the subject"),
    Column("outcome", "string", "Outcome value: killed, wounded, captured, ..."),
    Column("unit", "string", "Unit value: persons, posts, ..."),
    Column("stance", "string", "Stance value: asserted or denied"),
    Column("low", "int64", "lowest value the count allows; null when the claim gives no number"),
    Column("best", "int64", "conservative point estimate"),
    Column("high", "int64", "highest value the count allows; null when unbounded or no number"),
    Column("qualifier", "string", "Qualifier value of the count"),
    Column("approximate", "bool", "whether the count is approximate"),
    Column("period_start", "date32", "first day the claim refers to"),
    Column("period_end", "date32", "last day the claim refers to"),
    Column("locations", "list<string>", "names of the claim's locations (an empty list when none)"),
    Column("cue", "string", "the attribution cue: said, according to, denied, ..."),
    Column("evidence_start", "int64", "start offset of the evidence in the article text"),
    Column("evidence_end", "int64", "end offset of the evidence in the article text"),
    Column("evidence_text", "string", "the evidence text"),
    Column("count_text", "string", "the number phrase as written"),
    Column("incident_id", "string", "id of the claim's incident in Article.incidents ('i1' is the main one)"),
    Column("role", "string", "ClaimRole value: report, restatement, breakdown, subset, background, cumulative"),
    Column("refers_to", "int64", "claim_index of the claim a restatement, breakdown or subset refers to"),
)

#: The columns of the errors table (the dead letters of a batch), one row per
#: record that gave no article. ``record_index`` is the record's position in
#: its input (a stream, a Dask partition or an Arrow batch). The corpus guide
#: lists them.
#:
#: :meta hide-value:
ERRORS_SCHEMA: tuple[Column, ...] = (
    Column("record_index", "int64", "position of the record in its input (never null)"),
    Column("record_id", "string", "the record's id, when it had a readable one"),
    Column("where", "string", "where the record came from, e.g. corpus.jsonl:3"),
    Column("stage", "string", "read (malformed record), extract (the extractor raised) or worker (its process died)"),
    Column("error_type", "string", "the exception's class name, e.g. ValueError"),
    Column("message", "string", "what was wrong (never null)"),
)


def claims_arrow_schema() -> pa.Schema:
    """Return :data:`CLAIMS_SCHEMA` as a :class:`pyarrow.Schema` (needs pyarrow)."""
    return arrow_schema_of(CLAIMS_SCHEMA)


def errors_arrow_schema() -> pa.Schema:
    """Return :data:`ERRORS_SCHEMA` as a :class:`pyarrow.Schema` (needs pyarrow)."""
    return arrow_schema_of(ERRORS_SCHEMA)


def claims_arrow(articles: Iterable[Article]) -> pa.Table:
    """Return the claims of ``articles`` as a :class:`pyarrow.Table` with the fixed schema.

    Raises:
        ImportError: If pyarrow is not installed.
    """
    pa_mod = require("pyarrow")
    table: pa.Table = pa_mod.Table.from_pylist(list(claim_rows(articles)), schema=claims_arrow_schema())
    return table


def errors_arrow(errors: Iterable[RecordError]) -> pa.Table:
    """Return record errors as a :class:`pyarrow.Table` with the :data:`ERRORS_SCHEMA` columns.

    Raises:
        ImportError: If pyarrow is not installed.
    """
    pa_mod = require("pyarrow")
    table: pa.Table = pa_mod.Table.from_pylist(list(error_rows(errors)), schema=errors_arrow_schema())
    return table


def pandas_dtypes() -> dict[str, Any]:
    """Return the pandas dtype of each claims table column (needs pandas and pyarrow).

    Nullable extension dtypes keep integers integers when a value is missing;
    dates are ``datetime64[s]`` (midnight); ``locations`` is an Arrow list of
    strings, so that Dask and Parquet keep it a list rather than guessing
    from Python objects.
    """
    return dtypes_of(CLAIMS_SCHEMA)


def errors_pandas_dtypes() -> dict[str, Any]:
    """Return the pandas dtype of each errors table column (needs pandas and pyarrow)."""
    return dtypes_of(ERRORS_SCHEMA)


def claims_table(articles: Iterable[Article]) -> pd.DataFrame:
    """Return the claims of ``articles`` as a :class:`pandas.DataFrame`, one row per claim.

    The columns and dtypes are always those of
    :func:`~conflictclaims.scale.pandas_dtypes`, even for no claims at all.

    Raises:
        ImportError: If pandas is not installed.
    """
    return frame_of(list(claim_rows(articles)), CLAIMS_SCHEMA)


def errors_table(errors: Iterable[RecordError]) -> pd.DataFrame:
    """Return record errors as a :class:`pandas.DataFrame` with the :data:`ERRORS_SCHEMA` columns.

    The columns and dtypes are always those of :func:`errors_pandas_dtypes`,
    even for no errors at all.

    Raises:
        ImportError: If pandas is not installed.
    """
    return frame_of(list(error_rows(errors)), ERRORS_SCHEMA)


_BATCH_COLUMNS: Final = ("id", "text", "published", "source", "title")


def _batch_rows(batch: pa.RecordBatch) -> list[dict[str, Any]]:
    names = set(batch.schema.names)
    if "text" not in names:
        msg = f"the batch has no 'text' column; it has {sorted(names)}"
        raise ValueError(msg)
    rows: list[dict[str, Any]] = batch.select([n for n in _BATCH_COLUMNS if n in names]).to_pylist()
    return rows


@overload
def extract_batch_to_arrow(batch: pa.RecordBatch, *, errors: Literal["raise"] = "raise") -> pa.RecordBatch: ...


@overload
def extract_batch_to_arrow(
    batch: pa.RecordBatch, *, errors: Literal["return"]
) -> tuple[pa.RecordBatch, pa.RecordBatch]: ...


def extract_batch_to_arrow(
    batch: pa.RecordBatch, *, errors: Literal["raise", "return"] = "raise"
) -> pa.RecordBatch | tuple[pa.RecordBatch, pa.RecordBatch]:
    """Extract one Arrow record batch of articles into a record batch of claims.

    The input has a ``text`` column and optionally ``id``, ``published``
    (ISO string, date or timestamp), ``source`` and ``title``; the output has
    the :func:`claims_arrow_schema` columns. It is a pure function of its
    batch, so Spark's ``mapInArrow`` and Ray's ``map_batches`` can run it.

    Args:
        batch: The articles, one per row.
        errors: ``"raise"`` fails the batch at the first bad record, so that a
            distributed job fails loudly rather than lose records.
            ``"return"`` is the dead-letter path: it returns the claims and an
            errors batch (:func:`errors_arrow_schema`) with one row per record
            that gave no article, so one bad record neither stops the job nor
            vanishes.

    Returns:
        The claims batch, or with ``errors="return"`` the pair ``(claims, errors)``.

    Raises:
        ValueError: If the batch has no ``text`` column, or (with
            ``errors="raise"``) a record has no text or a malformed field,
            named by its id.
        ImportError: If pyarrow is not installed.
    """
    if errors not in ("raise", "return"):
        msg = f"errors must be 'raise' or 'return', got {errors!r}"
        raise ValueError(msg)
    pa_mod = require("pyarrow")
    articles: list[Article] = []
    failures: list[RecordError] = []
    for index, row in enumerate(_batch_rows(batch)):
        item = _coerce(index, row)
        if errors == "return":
            result = _extract_one(index, item)
            if isinstance(result, RecordError):
                failures.append(result)
            else:
                articles.append(result)
        elif isinstance(item, RecordError):
            msg = f"record {readable_id(row)!r}: {item.message}"
            raise ValueError(msg)
        else:
            articles.append(
                extract(item.text, published=item.published, source=item.source, article_id=item.id, title=item.title)
            )
    claims: pa.RecordBatch = pa_mod.RecordBatch.from_pylist(list(claim_rows(articles)), schema=claims_arrow_schema())
    if errors == "raise":
        return claims
    dead: pa.RecordBatch = pa_mod.RecordBatch.from_pylist(list(error_rows(failures)), schema=errors_arrow_schema())
    return claims, dead
