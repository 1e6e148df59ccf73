"""Tests for conflictclaims.span: half-open offsets into a text, validated when built."""

from __future__ import annotations

from typing import Any

import pytest

import conflictclaims
from conflictclaims import counts, model
from conflictclaims.span import Span


def test_span_validators_reject_reversed_spans() -> None:
    """A span whose start lies past its end is rejected."""
    with pytest.raises(ValueError, match="start must be <= end"):
        Span(start=5, end=2)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        pytest.param({"start": -1, "end": 2}, ValueError, id="negative-start"),
        pytest.param({"start": 0, "end": -2}, ValueError, id="negative-end"),
        pytest.param({"start": True, "end": 2}, TypeError, id="bool-start"),
        pytest.param({"start": 0, "end": 2.0}, TypeError, id="float-end"),
        pytest.param({"start": "0", "end": 2}, TypeError, id="string-start"),
    ],
)
def test_span_validators_reject_bad_offsets(fields: dict[str, Any], error: type[Exception]) -> None:
    """Offsets are non-negative ints; the message names the field."""
    with pytest.raises(error, match=r"start|end"):
        Span(**fields)


def test_span_reads_its_slice_and_relations() -> None:
    """A span slices its text, measures its length, shifts, and knows overlap and cover."""
    span = Span(start=4, end=11)
    assert span.of("The Taliban said") == "Taliban"
    assert len(span) == 7
    assert span.shifted(3) == Span(start=7, end=14)
    assert span.overlaps(Span(start=10, end=12))
    assert not span.overlaps(Span(start=11, end=12))
    assert span.covers(Span(start=4, end=11))
    assert not span.covers(Span(start=3, end=5))


def test_spans_sort_by_start_then_end() -> None:
    """Spans order by start, then by end."""
    spans = [Span(start=3, end=9), Span(start=1, end=5), Span(start=3, end=4)]
    assert sorted(spans) == [Span(start=1, end=5), Span(start=3, end=4), Span(start=3, end=9)]


def test_span_is_one_class_wherever_it_is_imported_from() -> None:
    """The count parser, the models and the package re-export the same class."""
    assert counts.Span is model.Span is conflictclaims.Span is Span
