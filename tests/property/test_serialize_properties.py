"""Hypothesis properties of conflictclaims.serialize: round trips, schema validity, typed failures."""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, TypeVar

import attrs
import jsonschema
import pytest
from hypothesis import example, given, note
from hypothesis import strategies as st

from conflictclaims import Article, Count, SerializationError, Span, find_incidents
from conflictclaims.serialize import article_schema, dispute_schema, from_dict, from_json, to_dict, to_json
from tests.strategies import (
    actors,
    articles,
    ceasefires,
    claims,
    counts,
    date_ranges,
    disputes,
    locations,
    positions,
    published_dates,
    sourced_claims,
    spans,
)
from tests.test_serialize import as_version_1

T = TypeVar("T")

EVERY_MODEL = [
    pytest.param(spans(), id="Span"),
    pytest.param(counts(), id="Count"),
    pytest.param(actors(), id="Actor"),
    pytest.param(locations(), id="Location"),
    pytest.param(date_ranges(), id="DateRange"),
    pytest.param(claims(), id="Claim"),
    pytest.param(ceasefires(), id="Ceasefire"),
    pytest.param(articles(), id="Article"),
    pytest.param(sourced_claims(), id="SourcedClaim"),
    pytest.param(positions(), id="Position"),
    pytest.param(disputes(), id="Dispute"),
]


@functools.cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = article_schema() if name == "article" else dispute_schema()
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("strategy", EVERY_MODEL)
@given(data=st.data())
def test_round_trips(strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """Every model reads back equal from its dict and its JSON (str or UTF-8 bytes), and rewrites the same JSON.

    The dict must also survive json.dumps/json.loads unchanged: only JSON-native types, no tuples, dates or enums.
    """
    value = data.draw(strategy)
    cls = type(value)
    plain = to_dict(value)
    assert json.loads(json.dumps(plain, ensure_ascii=False)) == plain
    assert from_dict(plain, cls) == value
    text = to_json(value)
    note(text)
    assert from_json(text, cls) == value
    assert from_json(text.encode("utf-8"), cls) == value
    assert to_json(from_json(text, cls)) == text


@given(article=articles())
def test_a_version_1_article_reads_back_with_its_claims_grouped(article: Article) -> None:
    """Any article written as version 1 (no format, no incidents) reads back equal, its claims grouped anew."""
    written = as_version_1(article)
    note(json.dumps(written, ensure_ascii=False))
    assert from_dict(written, Article) == attrs.evolve(article, incidents=find_incidents(article))


@given(published=published_dates())
@example(published=dt.datetime(2025, 10, 16, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=-3, minutes=-30))))
@example(published=dt.datetime(1900, 1, 1, 0, 0, 0, 1))  # noqa: DTZ001 - naive is valid
def test_published_keeps_type_and_offset(published: dt.date | None) -> None:
    """Article.published reads back with its exact type, value and UTC offset."""
    back = from_json(to_json(Article(id="x", text="", published=published))).published
    assert type(back) is type(published)
    assert back == published
    if isinstance(published, dt.datetime) and isinstance(back, dt.datetime):
        assert back.utcoffset() == published.utcoffset()
        assert back.isoformat() == published.isoformat()


@given(article=articles())
def test_articles_validate_against_schema(article: Article) -> None:
    """Every generated article's dict is valid under the shipped Article schema."""
    _validator("article").validate(to_dict(article))


@given(dispute=disputes())
def test_disputes_validate_against_schema(dispute: Any) -> None:
    """Every generated dispute's dict is valid under the shipped Dispute schema."""
    _validator("dispute").validate(to_dict(dispute))


# Untrusted input: any JSON value, anywhere, raises SerializationError or builds a valid model.

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=10,
)


def _paths(value: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _replace(value: Any, path: tuple[str | int, ...], new: object) -> Any:
    if not path:
        return new
    head, *rest = path
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], tuple(rest), new)}
    copied = list(value)
    copied[int(head)] = _replace(copied[int(head)], tuple(rest), new)
    return copied


def _outcome(text: str, cls: type[T]) -> T | SerializationError:
    """Return the model, or the SerializationError; any other exception fails the test."""
    try:
        return from_json(text, cls)
    except SerializationError as error:
        return error


@given(article=articles(max_claims=2), data=st.data())
def test_any_corruption_raises_serialization_error_or_builds(article: Article, data: st.DataObject) -> None:
    """Replacing any node of a valid payload with any JSON value never raises another exception type."""
    payload = to_dict(article)
    path = data.draw(st.sampled_from(_paths(payload)), label="path")
    corrupted = _replace(payload, path, data.draw(_json_values, label="value"))
    outcome = _outcome(json.dumps(corrupted), Article)
    assert isinstance(outcome, Article) or outcome.path.startswith("$")


@given(value=_json_values)
def test_arbitrary_json_never_escapes_as_another_error(value: object) -> None:
    """Any JSON document either builds a Span or raises SerializationError."""
    assert isinstance(_outcome(json.dumps(value), Span), Span | SerializationError)


@given(count=counts(), low=st.integers())
def test_bad_low_is_reported_at_its_path(count: Count, low: int) -> None:
    """An invalid ``low`` is reported at ``$.low``; a valid one builds the count."""
    data = {**to_dict(count), "low": low}
    try:
        built = attrs.evolve(count, low=low)
    except (ValueError, TypeError):
        with pytest.raises(SerializationError) as info:
            from_dict(data, Count)
        assert info.value.path in {"$.low", "$.best"}
    else:
        if -(2**63) <= low < 2**63:
            assert from_dict(data, Count) == built
        else:
            with pytest.raises(SerializationError, match="out of range") as info:
                from_dict(data, Count)
            assert info.value.path == "$.low"
