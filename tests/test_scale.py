"""Tests for conflictclaims.scale: streaming batch extraction and the fixed claims table."""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
import signal
import sys
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pytest

from conflictclaims import scale
from conflictclaims.extraction import extract
from conflictclaims.model import Actor, ActorKind, Article, Claim, Location, LocationKind, Outcome, Stance, Unit
from conflictclaims.scale import (
    CLAIMS_SCHEMA,
    ERRORS_SCHEMA,
    ArticleInput,
    BatchRecordError,
    RecordError,
    claim_rows,
    claims_arrow,
    claims_arrow_schema,
    claims_table,
    errors_arrow,
    errors_arrow_schema,
    errors_pandas_dtypes,
    errors_table,
    extract_batch_to_arrow,
    extract_many,
    pandas_dtypes,
    to_input,
)
from conflictclaims.span import Span
from tests.test_disputes import seed_like_articles

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

COLUMNS = [c.name for c in CLAIMS_SCHEMA]


def test_results_come_in_input_order_one_per_item() -> None:
    """Each input yields exactly one result, in the order the inputs came."""
    texts = [f"Article number {i}: {i} soldiers were killed." for i in range(10)]
    results = list(extract_many(texts))
    assert [r.text for r in results if isinstance(r, Article)] == texts


def test_a_process_pool_gives_the_same_results_as_one_process() -> None:
    """Two workers with small chunks return what one process returns, in the same order."""
    items: list[Any] = [f"{i} soldiers were killed on Thursday." for i in range(25)]
    items[7] = {"id": "bad"}
    assert list(extract_many(items, jobs=2, chunk_size=3)) == list(extract_many(items))


def test_records_keep_their_fields() -> None:
    """A record's id, publication date, source and title reach the article."""
    (article,) = extract_many(
        [{"id": "a1", "text": "Two killed.", "published": "2026-02-27", "source": "JND", "title": "Clashes"}]
    )
    assert isinstance(article, Article)
    assert (article.id, article.published, article.source, article.title) == (
        "a1",
        dt.date(2026, 2, 27),
        "JND",
        "Clashes",
    )


def test_a_plain_text_matches_extract() -> None:
    """A bare string is extracted exactly as extract() would."""
    text = "Officials said 19 civilians died."
    assert list(extract_many([text])) == [extract(text)]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        pytest.param({"id": "r1"}, "record has no 'text'", id="missing-text"),
        pytest.param({"id": "r1", "text": None}, "record has no 'text'", id="null-text"),
        pytest.param({"id": "r1", "text": 12}, "'text' must be a string, not int", id="text-int"),
        pytest.param({"id": "r1", "text": "x", "published": "yesterday"}, "not an ISO 8601 date", id="bad-date"),
        pytest.param({"id": "r1", "text": "x", "published": 20260227}, "ISO 8601 string, not int", id="date-int"),
        pytest.param({"id": "r1", "text": "x", "source": ["a"]}, "'source' must be a string", id="source-list"),
        pytest.param({"id": True, "text": "x"}, "'id' must be a string or an integer", id="id-bool"),
        pytest.param(42, "a record must be a string or a mapping, not int", id="not-a-record"),
    ],
)
def test_bad_records_come_out_as_errors_in_place(record: object, message: str) -> None:
    """A malformed record yields a RecordError at its index; its neighbours are still extracted."""
    results = list(extract_many(["before", record, "after"]))  # type: ignore[list-item]
    assert [type(r) for r in results] == [Article, RecordError, Article]
    error = results[1]
    assert isinstance(error, RecordError)
    assert error.index == 1
    assert message in error.message
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        assert error.id == "r1"
        assert "record 'r1'" in str(error)


def test_errors_raise_stops_at_the_first_bad_record() -> None:
    """With errors="raise" the first bad record raises a typed, picklable error naming it."""
    results = extract_many(["fine", {"id": "x"}, "never"], errors="raise")
    assert isinstance(next(results), Article)
    with pytest.raises(BatchRecordError, match="record 'x': record has no 'text'") as info:
        next(results)
    import pickle  # noqa: PLC0415 - only this test pickles

    assert str(pickle.loads(pickle.dumps(info.value))) == str(info.value)  # noqa: S301 - our own object


def test_reader_errors_pass_through_in_place() -> None:
    """RecordError items from a reader come out unchanged where they went in."""
    reader_error = RecordError(index=1, message="malformed JSON", where="corpus.jsonl:2")
    results = list(extract_many(["a", reader_error, "b"], jobs=2, chunk_size=1))
    assert results[1] is not None
    assert results[1] == reader_error
    assert str(reader_error) == "corpus.jsonl:2: malformed JSON"


def test_an_extractor_failure_becomes_a_record_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception inside the extractor is reported for its record, not raised through the batch."""

    def broken(text: str, **_: object) -> Article:
        if text == "boom":
            msg = "cannot"
            raise RuntimeError(msg)
        return Article(id="ok", text=text)

    monkeypatch.setattr(scale, "extract", broken)
    results = list(extract_many([ArticleInput(text="boom", id="b", where="f.txt"), "fine"]))
    assert results[0] == RecordError(
        index=0, id="b", where="f.txt", message="cannot", stage="extract", error_type="RuntimeError"
    )
    assert str(results[0]) == "f.txt, record 'b': RuntimeError: cannot"
    assert isinstance(results[1], Article)


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"jobs": 0}, id="no-jobs"),
        pytest.param({"chunk_size": 0}, id="empty-chunks"),
        pytest.param({"errors": "ignore"}, id="unknown-errors-mode"),
    ],
)
def test_bad_arguments_are_rejected_at_call_time(options: dict[str, Any]) -> None:
    """Invalid arguments raise ValueError immediately, before any input is read."""
    with pytest.raises(ValueError, match="must be"):
        extract_many([], **options)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param("", id="empty-string"),
        pytest.param(" \n\t", id="blank-string"),
        pytest.param({"id": "e", "text": ""}, id="empty-record-text"),
        pytest.param(ArticleInput(text="  ", id="e", where="e.txt"), id="blank-article-input"),
    ],
)
def test_a_blank_text_is_an_error_however_it_comes(item: Any) -> None:
    """An empty or blank text is reported, as an empty text file is, rather than extracted to nothing."""
    (result,) = extract_many([item])
    assert isinstance(result, RecordError)
    assert result.message == "empty input, no text to extract"
    assert (result.stage, result.error_type) == ("read", "ValueError")


def _die_on(text: str, *, once: Path | None, **options: Any) -> Article:
    """Stand in for the extractor: kill this worker process on a text starting with 'die'.

    With ``once``, only the first time (the marker file remembers it across processes).
    """
    if text.startswith("die") and (once is None or not once.exists()):
        if once is not None:
            once.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return extract(text, **options)


needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the stand-in extractor reaches workers only when they fork"
)


@needs_fork
def test_a_killed_worker_loses_no_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A worker killed mid-chunk costs a retry: every record still comes out, in order, as without the kill."""
    items = [f"{i} soldiers were killed." for i in range(30)]
    expected = list(extract_many(items))
    items[7] = "die " + items[7]
    expected[7] = extract(items[7])
    monkeypatch.setattr(scale, "extract", functools.partial(_die_on, once=tmp_path / "killed"))
    assert list(extract_many(items, jobs=2, chunk_size=4)) == expected
    assert (tmp_path / "killed").exists()


@needs_fork
def test_a_record_that_always_kills_its_worker_is_reported_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A record that kills its worker on every try is one RecordError of stage 'worker'; its chunk mates survive."""
    items: list[Any] = [f"{i} soldiers were killed." for i in range(12)]
    items[5] = {"id": "poison", "text": "die, 3 soldiers were killed."}
    monkeypatch.setattr(scale, "extract", functools.partial(_die_on, once=None))
    results = list(extract_many(items, jobs=2, chunk_size=4))
    errors = [(i, r) for i, r in enumerate(results) if isinstance(r, RecordError)]
    assert [(i, r.id, r.stage, r.error_type) for i, r in errors] == [(5, "poison", "worker", "BrokenProcessPool")]
    assert str(errors[0][1]) == "record 'poison': " + scale.WORKER_DIED
    assert [r.text for r in results if isinstance(r, Article)] == [t for t in items if isinstance(t, str)]


def counting(n: int, pulled: list[int]) -> Iterator[str]:
    """Yield ``n`` texts, recording how many have been pulled so far."""
    for i in range(n):
        pulled[0] = i + 1
        yield f"text {i}"


@pytest.mark.parametrize(
    ("jobs", "chunk_size", "at_most"),
    [
        pytest.param(1, 64, 1, id="in-process"),
        pytest.param(2, 3, 2 * 2 * 3, id="pool"),
    ],
)
def test_input_is_read_lazily(jobs: int, chunk_size: int, at_most: int) -> None:
    """The first result arrives after reading a bounded number of records, not the whole input."""
    pulled = [0]
    results = extract_many(counting(10_000, pulled), jobs=jobs, chunk_size=chunk_size)
    assert pulled[0] == 0
    next(results)
    assert 1 <= pulled[0] <= at_most
    del results


def test_to_input_passes_article_inputs_through() -> None:
    """An ArticleInput is returned as it is, gaining a location only when it has none."""
    item = ArticleInput(text="x", id="1")
    assert to_input(item) is item
    assert to_input(item, where="a.txt").where == "a.txt"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param("2026-02-27", dt.date(2026, 2, 27), id="date"),
        pytest.param("2026-02-27T09:30:00+05:00", dt.datetime(2026, 2, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=5))), id="datetime"),  # noqa: E501 - one readable case per line
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="null"),
        pytest.param(dt.date(2025, 10, 12), dt.date(2025, 10, 12), id="date-object"),
    ],
)
def test_published_values(published: object, expected: dt.date | None) -> None:
    """Publication dates may be ISO strings, dates, datetimes, empty or null."""
    assert to_input({"text": "x", "published": published}).published == expected


def one_claim_article() -> Article:
    """Return an article with one denied, unquantified, located claim."""
    text = "Officials rejected claims that posts were seized near Kunar."
    return Article(
        id="a",
        text=text,
        published=dt.datetime(2025, 10, 12, 13, 6, tzinfo=dt.UTC),
        source="JND",
        claims=(
            Claim(
                claimant=Actor(name="Pakistani security officials", kind=ActorKind.MILITARY, country="PAK"),
                subject=Actor(name="Pakistani army", kind=ActorKind.MILITARY, country="PAK"),
                outcome=Outcome.SEIZED,
                unit=Unit.POSTS,
                stance=Stance.DENIED,
                cue="rejected",
                locations=(Location(name="Kunar", kind=LocationKind.ADMIN1, country="AFG"),),
                evidence=Span(start=10, end=41),
            ),
        ),
    )


def test_claim_rows_flatten_one_claim() -> None:
    """A claim becomes one flat row with plain values and nulls for what it lacks."""
    (row,) = claim_rows([one_claim_article()])
    assert list(row) == COLUMNS
    assert row["published"] == dt.date(2025, 10, 12)
    assert row["claimant_country"] == "PAK"
    assert (row["outcome"], row["unit"], row["stance"]) == ("seized", "posts", "denied")
    assert (row["low"], row["best"], row["high"], row["qualifier"], row["count_text"]) == (None,) * 5
    assert row["locations"] == ["Kunar"]
    assert row["evidence_text"] == "rejected claims that posts were"


def test_claim_rows_carry_each_claims_incident_and_role() -> None:
    """Every row names its claim's incident, role and the claim it refers to."""
    article = extract(
        "Two soldiers were killed in an ambush on Sunday, the army said. "
        "The insurgents said five soldiers died in the ambush. "
        "The war has killed more than 10,000 people.",
    )
    rows = list(claim_rows([article]))
    assert [(r["incident_id"], r["role"], r["refers_to"]) for r in rows] == [
        ("i1", "report", None),
        ("i1", "restatement", 0),
        ("i2", "cumulative", None),
    ]


def test_claim_rows_without_incidents_leave_the_columns_null() -> None:
    """An article built without incidents gives null incident columns."""
    (row,) = claim_rows([one_claim_article()])
    assert (row["incident_id"], row["role"], row["refers_to"]) == (None, None, None)


def test_claim_rows_of_the_seed_like_articles() -> None:
    """Every claim of every article becomes a row, article by article, in claim order."""
    articles = seed_like_articles()
    rows = list(claim_rows(articles))
    assert len(rows) == sum(len(a.claims) for a in articles)
    assert [(r["article_id"], r["claim_index"]) for r in rows[:2]] == [("004", 0), ("004", 1)]
    unbounded = [r for r in rows if r["low"] is not None and r["high"] is None]
    assert unbounded  # "at least 133" keeps an open upper bound as a null
    assert rows[0]["evidence_text"] == "55 Pakistani soldiers had been killed"


@pytest.mark.parametrize(
    "articles",
    [
        pytest.param([], id="no-articles"),
        pytest.param([Article(id="x", text="nothing here")], id="no-claims"),
        pytest.param(seed_like_articles(), id="seed-like"),
        pytest.param([one_claim_article()], id="all-nulls"),
    ],
)
def test_the_pandas_table_has_a_fixed_schema(articles: list[Article]) -> None:
    """The DataFrame has the same columns and dtypes whatever the claims, even none."""
    frame = claims_table(articles)
    assert list(frame.columns) == COLUMNS
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == {
        name: str(dtype) for name, dtype in pandas_dtypes().items()
    }
    assert len(frame) == sum(len(a.claims) for a in articles)


@pytest.mark.parametrize(
    "articles",
    [
        pytest.param([], id="no-articles"),
        pytest.param(seed_like_articles(), id="seed-like"),
        pytest.param([one_claim_article()], id="all-nulls"),
    ],
)
def test_the_arrow_table_has_a_fixed_schema(articles: list[Article]) -> None:
    """The Arrow table has exactly the documented schema whatever the claims."""
    table = claims_arrow(articles)
    assert table.schema == claims_arrow_schema()
    assert table.num_rows == sum(len(a.claims) for a in articles)


def test_the_arrow_schema_follows_claims_schema() -> None:
    """The Arrow schema lists CLAIMS_SCHEMA's columns, in order, with ids never null."""
    schema = claims_arrow_schema()
    assert schema.names == COLUMNS
    assert [f.name for f in schema if not f.nullable] == ["article_id", "claim_index"]
    assert schema.field("locations").type == pa.list_(pa.string())


def test_table_values_survive_the_conversion() -> None:
    """Nullable integers stay integers and dates stay dates in both tables."""
    articles = seed_like_articles()
    frame = claims_table(articles)
    assert frame["low"].tolist()[:3] == [55, 3, 8]
    assert frame["high"].isna().sum() == sum(1 for r in claim_rows(articles) if r["high"] is None)
    table = claims_arrow(articles)
    assert table.column("published").to_pylist()[0] == dt.date(2026, 2, 27)
    located = claims_table([one_claim_article()])
    assert list(located["locations"].tolist()[0]) == ["Kunar"]


def test_missing_pandas_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas the table function says which extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"conflictclaims\[table\]"):
        claims_table([])


def fake_extract(text: str, **options: Any) -> Article:
    """Stand in for the extractor: one claim per article, whatever the text."""
    claim = one_claim_article().claims[0]
    return Article(
        id=options["article_id"] or "none",
        text=one_claim_article().text + text,
        published=options["published"],
        source=options["source"],
        claims=(claim,),
    )


def test_extract_batch_to_arrow_maps_articles_to_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch of articles becomes a batch of claim rows with the fixed schema, in order."""
    monkeypatch.setattr(scale, "extract", fake_extract)
    batch = pa.RecordBatch.from_pylist(
        [
            {"id": "a", "text": "one", "published": "2026-02-27", "source": "X"},
            {"id": "b", "text": "two", "published": None, "source": None},
        ]
    )
    out = extract_batch_to_arrow(batch)
    assert out.schema == claims_arrow_schema()
    assert out.column("article_id").to_pylist() == ["a", "b"]
    assert out.column("published").to_pylist() == [dt.date(2026, 2, 27), None]


def test_extract_batch_to_arrow_accepts_date_and_timestamp_columns() -> None:
    """Typed date and timestamp columns work as publication dates, and no claims still give the schema."""
    batch = pa.RecordBatch.from_pydict(
        {
            "id": ["a"],
            "text": ["Nothing happened."],
            "published": pa.array([dt.datetime(2026, 2, 27, 10, 0, tzinfo=dt.UTC)], pa.timestamp("s", tz="UTC")),
        }
    )
    assert extract_batch_to_arrow(batch).schema == claims_arrow_schema()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        pytest.param([{"id": "a", "body": "x"}], "no 'text' column", id="no-text-column"),
        pytest.param([{"id": "a", "text": None}], "record 'a': record has no 'text'", id="null-text"),
        pytest.param([{"id": "a", "text": "x", "published": "soon"}], "record 'a'", id="bad-date"),
    ],
)
def test_extract_batch_to_arrow_fails_loudly(rows: list[dict[str, Any]], message: str) -> None:
    """A bad batch raises ValueError naming the record rather than losing it."""
    with pytest.raises(ValueError, match=message):
        extract_batch_to_arrow(pa.RecordBatch.from_pylist(rows))


def test_extract_batch_to_arrow_can_return_dead_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """With errors="return", good records give claims and each bad one a row of the errors batch."""

    def fail_on_boom(text: str, **options: Any) -> Article:
        if text == "boom":
            msg = "extractor bug"
            raise RuntimeError(msg)
        return fake_extract(text, **options)

    monkeypatch.setattr(scale, "extract", fail_on_boom)
    batch = pa.RecordBatch.from_pylist(
        [
            {"id": "a", "text": "one", "published": "2026-02-27"},
            {"id": "b", "text": None, "published": None},
            {"id": "c", "text": "two", "published": "soon"},
            {"id": "d", "text": "boom", "published": None},
            {"id": "e", "text": "three", "published": None},
        ]
    )
    claims, errors = extract_batch_to_arrow(batch, errors="return")
    assert claims.schema == claims_arrow_schema()
    assert claims.column("article_id").to_pylist() == ["a", "e"]
    assert errors.schema == errors_arrow_schema()
    assert errors.to_pylist() == [
        {
            "record_index": 1,
            "record_id": "b",
            "where": None,
            "stage": "read",
            "error_type": "ValueError",
            "message": "record has no 'text'",
        },
        {
            "record_index": 2,
            "record_id": "c",
            "where": None,
            "stage": "read",
            "error_type": "ValueError",
            "message": "'published' is not an ISO 8601 date: 'soon'",
        },
        {
            "record_index": 3,
            "record_id": "d",
            "where": None,
            "stage": "extract",
            "error_type": "RuntimeError",
            "message": "extractor bug",
        },
    ]


TOLL_TEXT = (
    "Two soldiers were killed in an ambush on Sunday, the army said. "
    "The insurgents said five soldiers died in the ambush. "
    "The war has killed more than 10,000 people."
)
# (incident_id, role, refers_to) of each claim of TOLL_TEXT, in claim order.
TOLL_INCIDENTS = [("i1", "report", None), ("i1", "restatement", 0), ("i2", "cumulative", None)]


def test_extract_batch_to_arrow_dead_letters_keep_the_incident_columns() -> None:
    """With errors="return", the claims of the good records still name their incident, role and referent."""
    batch = pa.RecordBatch.from_pylist(
        [{"id": "bad", "text": "  ", "published": None}, {"id": "a", "text": TOLL_TEXT, "published": None}]
    )
    claims, errors = extract_batch_to_arrow(batch, errors="return")
    assert claims.schema == claims_arrow_schema()
    columns = [claims.column(name).to_pylist() for name in ("incident_id", "role", "refers_to")]
    assert list(zip(*columns, strict=True)) == TOLL_INCIDENTS
    assert errors.column("record_id").to_pylist() == ["bad"]


def test_extract_batch_to_arrow_rejects_an_unknown_errors_mode() -> None:
    """Only "raise" and "return" are modes."""
    with pytest.raises(ValueError, match="errors must be"):
        extract_batch_to_arrow(pa.RecordBatch.from_pylist([{"text": "x"}]), errors="ignore")  # type: ignore[call-overload]


def test_the_errors_table_has_a_fixed_schema() -> None:
    """The errors table has the ERRORS_SCHEMA columns and dtypes, with rows or without."""
    error = RecordError(index=4, id="x", where="f.jsonl:5", message="no", stage="extract", error_type="KeyError")
    empty, one = errors_table([]), errors_table([error])
    assert list(empty.columns) == list(one.columns) == [c.name for c in ERRORS_SCHEMA]
    assert {k: str(v) for k, v in empty.dtypes.items()} == {k: str(v) for k, v in errors_pandas_dtypes().items()}
    assert one.to_dict("records") == [
        {"record_index": 4, "record_id": "x", "where": "f.jsonl:5", "stage": "extract", "error_type": "KeyError",
         "message": "no"}
    ]
    assert errors_arrow([error]).schema == errors_arrow_schema()
    assert not errors_arrow_schema().field("message").nullable


def test_a_record_error_knows_only_the_stages() -> None:
    """A stage other than read, extract or worker is refused."""
    with pytest.raises(ValueError, match="stage must be one of"):
        RecordError(index=0, message="x", stage="parse")  # type: ignore[arg-type]
