"""Properties of batch extraction: a batch is the same as one article at a time, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictclaims.extraction import extract
from conflictclaims.scale import RecordError, extract_many

if TYPE_CHECKING:
    from conflictclaims.model import Article

# Sentences shaped like casualty reports, so that batches carry claims as well as noise.
REPORTS = (
    "Pakistan's military spokesperson said at least 274 Afghan fighters were killed and more than 400 wounded.",
    "Afghanistan's Defense Ministry said 55 Pakistani soldiers had been killed and several captured.",
    "Officials said 19 civilians died and 26 were injured in strikes in Khost and Paktika.",
    "A spokesperson denied that any soldiers had been captured.",
    "Clashes in October left more than 70 people dead on both sides.",
)

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(REPORTS), min_size=1, max_size=4).map(" ".join),
)
records = st.one_of(
    texts,
    st.fixed_dictionaries({"id": st.text(min_size=1, max_size=8), "text": texts}),
    st.fixed_dictionaries({"id": st.text(min_size=1, max_size=8)}),  # no text: an error in place
)


def one_by_one(items: list[Any]) -> list[Article | RecordError]:
    """Extract each item on its own, the reference a batch must match; errors carry their batch index."""
    results: list[Article | RecordError] = []
    for index, item in enumerate(items):
        result = next(extract_many([item]))
        results.append(attrs.evolve(result, index=index) if isinstance(result, RecordError) else result)
    return results


@given(st.lists(texts, max_size=12), st.integers(min_value=1, max_value=5))
def test_a_batch_of_texts_equals_extracting_each_text(batch: list[str], chunk_size: int) -> None:
    """In one process, extract_many gives exactly extract() of each text, in order; a blank text is an error."""
    results = list(extract_many(batch, chunk_size=chunk_size))
    assert [r for r in results if not isinstance(r, RecordError)] == [extract(text) for text in batch if text.strip()]
    assert [isinstance(r, RecordError) for r in results] == [not text.strip() for text in batch]


@given(st.lists(records, max_size=12))
def test_every_record_gives_one_result_in_its_place(batch: list[Any]) -> None:
    """Good and bad records alike give one result each, at their own index."""
    results = list(extract_many(batch))
    assert results == one_by_one(batch)
    for item, result in zip(batch, results, strict=True):
        text = item.get("text", "") if isinstance(item, dict) else item
        assert isinstance(result, RecordError) == (not text.strip())


@settings(max_examples=5, deadline=None)
@given(st.lists(records, min_size=1, max_size=20), st.integers(min_value=1, max_value=4))
def test_a_process_pool_keeps_order(batch: list[Any], chunk_size: int) -> None:
    """Two worker processes return what one process returns, in the same order."""
    assert list(extract_many(batch, jobs=2, chunk_size=chunk_size)) == list(extract_many(batch))
