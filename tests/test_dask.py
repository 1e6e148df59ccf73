"""Tests for conflictclaims.dask: claims tables from Dask bags and dataframes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest

pytest.importorskip("dask")

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.base import compute

from conflictclaims import scale
from conflictclaims.dask import claims_from_bag, claims_from_dataframe, claims_meta
from conflictclaims.model import Article
from conflictclaims.scale import (
    CLAIMS_SCHEMA,
    ERRORS_SCHEMA,
    BatchRecordError,
    claims_table,
    errors_pandas_dtypes,
    pandas_dtypes,
)
from tests.test_scale import TOLL_INCIDENTS, TOLL_TEXT, fake_extract

if TYPE_CHECKING:
    from collections.abc import Iterator

COLUMNS = [c.name for c in CLAIMS_SCHEMA]


@pytest.fixture(autouse=True)
def synchronous() -> Iterator[None]:
    """Run every Dask graph in this process, so monkeypatches apply and no cluster is needed."""
    with dask.config.set(scheduler="synchronous"):
        yield


@pytest.fixture
def one_claim_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every article yield exactly one claim, whatever extraction can do today."""
    monkeypatch.setattr(scale, "extract", fake_extract)


def dtypes(frame: pd.DataFrame) -> dict[str, str]:
    """Return a frame's dtypes as strings."""
    return {name: str(dtype) for name, dtype in frame.dtypes.items()}


EXPECTED = {name: str(dtype) for name, dtype in pandas_dtypes().items()}


def test_meta_is_the_empty_claims_table() -> None:
    """The meta has every column of the fixed schema, with its dtype, and no rows."""
    meta = claims_meta()
    assert list(meta.columns) == COLUMNS
    assert dtypes(meta) == EXPECTED
    assert meta.empty


@pytest.mark.usefixtures("one_claim_each")
def test_a_bag_gives_one_row_per_claim_in_order() -> None:
    """A bag of records becomes the claims table, partition by partition, in bag order."""
    records = [{"id": f"a{i}", "text": f"text {i}", "published": "2026-02-27"} for i in range(5)]
    frame = claims_from_bag(db.from_sequence(records, npartitions=3))
    assert isinstance(frame, dd.DataFrame)
    assert list(frame.columns) == COLUMNS
    result = frame.compute()
    assert result["article_id"].tolist() == ["a0", "a1", "a2", "a3", "a4"]
    assert dtypes(result) == EXPECTED
    assert result["published"].tolist()[0] == pd.Timestamp(2026, 2, 27)
    assert list(result["locations"].tolist()[0]) == ["Kunar"]


def test_a_bag_without_claims_keeps_the_schema() -> None:
    """Articles without claims give an empty table that still has the fixed columns and dtypes."""
    result = claims_from_bag(db.from_sequence(["Nothing happened.", "Quiet day."], npartitions=2)).compute()
    assert list(result.columns) == COLUMNS
    assert dtypes(result) == EXPECTED
    assert result.empty


def test_a_bag_matches_the_in_process_table(one_claim_each: None) -> None:
    """Dask returns the same rows as claims_table over extract_many."""
    del one_claim_each
    texts = ["first", "second", "third"]
    result = claims_from_bag(db.from_sequence(texts, npartitions=2)).compute().reset_index(drop=True)
    articles = [a for a in scale.extract_many(texts) if isinstance(a, Article)]
    pd.testing.assert_frame_equal(result, claims_table(articles))


def test_a_bad_record_fails_the_job_naming_it() -> None:
    """A record without text raises instead of disappearing."""
    bag = db.from_sequence([{"id": "ok", "text": "fine"}, {"id": "broken"}], npartitions=1)
    with pytest.raises(BatchRecordError, match="record 'broken'"):
        claims_from_bag(bag).compute()


ERROR_COLUMNS = [c.name for c in ERRORS_SCHEMA]


def _extract_or_fail(text: str, **options: Any) -> Article:
    """The one-claim stand-in extractor, raising on the text 'boom' as a bug would."""
    if text == "boom":
        msg = "extractor bug"
        raise RuntimeError(msg)
    return fake_extract(text, **options)


def test_dead_letters_come_back_as_an_errors_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """With errors="return", a bag holding bad records gives every good claim and one error row per bad record."""
    monkeypatch.setattr(scale, "extract", _extract_or_fail)
    records: list[Any] = [
        {"id": "a", "text": "one", "published": "2026-02-27"},
        {"id": "no-text"},
        {"id": "bad-date", "text": "two", "published": "27/02/2026"},
        {"id": "b", "text": "three"},
        {"id": "blank", "text": "   "},
        {"id": "bug", "text": "boom"},
        {"id": "c", "text": "four"},
    ]
    claims, errors = claims_from_bag(db.from_sequence(records, npartitions=3), errors="return")
    assert list(claims.columns) == COLUMNS
    assert list(errors.columns) == ERROR_COLUMNS
    claims_frame, errors_frame = compute(claims, errors)
    assert claims_frame["article_id"].tolist() == ["a", "b", "c"]
    assert dtypes(claims_frame) == EXPECTED
    assert dtypes(errors_frame) == {name: str(dtype) for name, dtype in errors_pandas_dtypes().items()}
    assert errors_frame[["record_id", "stage", "error_type"]].to_dict("records") == [
        {"record_id": "no-text", "stage": "read", "error_type": "ValueError"},
        {"record_id": "bad-date", "stage": "read", "error_type": "ValueError"},
        {"record_id": "blank", "stage": "read", "error_type": "ValueError"},
        {"record_id": "bug", "stage": "extract", "error_type": "RuntimeError"},
    ]
    assert errors_frame["message"].tolist()[0] == "record has no 'text'"


def test_dead_letters_keep_each_claims_incident() -> None:
    """With errors="return", the claims table still names each claim's incident, role and referent, typed."""
    records: list[Any] = [{"id": "bad", "text": ""}, {"id": "a", "text": TOLL_TEXT}]
    claims, errors = claims_from_bag(db.from_sequence(records, npartitions=2), errors="return")
    claims_frame, errors_frame = compute(claims, errors)
    assert dtypes(claims_frame) == EXPECTED
    incidents = claims_frame[["incident_id", "role", "refers_to"]].astype(object)
    rows = [tuple(None if pd.isna(value) else value for value in row) for row in incidents.itertuples(index=False)]
    assert rows == TOLL_INCIDENTS
    assert errors_frame["record_id"].tolist() == ["bad"]


def test_dead_letters_extract_each_partition_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Computing the claims and the errors together runs the extractor once per record."""
    calls: list[str] = []

    def counted(text: str, **options: Any) -> Article:
        calls.append(text)
        return fake_extract(text, **options)

    monkeypatch.setattr(scale, "extract", counted)
    claims, errors = claims_from_bag(db.from_sequence(["x", "y", "z"], npartitions=2), errors="return")
    compute(claims, errors)
    assert sorted(calls) == ["x", "y", "z"]


def test_dead_letters_of_a_dataframe(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask dataframe with a null text and a bad date gives its good claims and two error rows."""
    monkeypatch.setattr(scale, "extract", fake_extract)
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": ["one", None, "three"], "published": [None, None, "soon"]})
    claims, errors = claims_from_dataframe(dd.from_pandas(frame, npartitions=2), errors="return")
    claims_frame, errors_frame = compute(claims, errors)
    assert claims_frame["article_id"].tolist() == ["a"]
    assert errors_frame["record_id"].tolist() == ["b", "c"]


def test_an_empty_bag_gives_empty_tables_with_their_schemas() -> None:
    """No partitions still give both dataframes their fixed columns."""
    claims, errors = claims_from_bag(db.from_sequence([], npartitions=1), errors="return")
    assert list(claims.compute().columns) == COLUMNS
    assert list(errors.compute().columns) == ERROR_COLUMNS


def test_an_unknown_errors_mode_is_rejected() -> None:
    """Only "raise" and "return" are modes."""
    with pytest.raises(ValueError, match="errors must be"):
        claims_from_bag(db.from_sequence(["x"]), errors="skip")  # type: ignore[call-overload]


@pytest.mark.usefixtures("one_claim_each")
def test_a_dataframe_with_pandas_values_and_gaps() -> None:
    """Timestamps, missing dates, NumPy integer ids and missing sources all reach the extractor."""
    frame = pd.DataFrame(
        {
            "doc": [1, 2, 3],
            "body": ["one", "two", "three"],
            "published": [pd.Timestamp("2026-02-27"), pd.NaT, pd.Timestamp("2025-10-12 13:06")],
            "source": ["JND", None, "Reuters"],
        }
    )
    ddf = dd.from_pandas(frame, npartitions=2)
    claims = claims_from_dataframe(ddf, text_column="body", id_column="doc")
    assert list(claims.columns) == COLUMNS
    result = claims.compute()
    assert result["article_id"].tolist() == ["1", "2", "3"]
    assert result["published"].tolist()[:1] == [pd.Timestamp(2026, 2, 27)]
    assert pd.isna(result["published"].tolist()[1])
    assert result["source"].tolist()[0] == "JND"
    assert pd.isna(result["source"].tolist()[1])
    assert dtypes(result) == EXPECTED


def test_a_dataframe_with_only_text() -> None:
    """Only the text column is needed; absent optional columns are skipped."""
    ddf = dd.from_pandas(pd.DataFrame({"text": ["Quiet.", "Calm."]}), npartitions=1)
    result = claims_from_dataframe(ddf).compute()
    assert dtypes(result) == EXPECTED


def test_a_missing_text_column_is_rejected_at_once() -> None:
    """Naming a text column the dataframe lacks fails before anything runs."""
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        claims_from_dataframe(ddf)


def record(i: int) -> dict[str, Any]:
    """Return a record with a date column value that varies by type."""
    return {"id": f"r{i}", "text": f"text {i}", "published": dt.date(2026, 2, 27) + dt.timedelta(days=i)}


@pytest.mark.usefixtures("one_claim_each")
def test_date_objects_in_a_bag() -> None:
    """Bag records may carry date objects instead of ISO strings."""
    result = claims_from_bag(db.from_sequence([record(0), record(1)], npartitions=1)).compute()
    assert result["published"].tolist() == [pd.Timestamp(2026, 2, 27), pd.Timestamp(2026, 2, 28)]
