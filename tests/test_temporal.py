"""Header dates and relative time expressions resolved against publication."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims.temporal import find_time_expressions, parse_date

PUBLISHED = dt.date(2026, 2, 28)  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2026-02-28", dt.date(2026, 2, 28), id="iso-date"),
        pytest.param("12 October 2025", dt.date(2025, 10, 12), id="day-month-year"),
        pytest.param(
            "Sun, 12 Oct 2025 01:06 PM (IST)",
            dt.datetime(2025, 10, 12, 13, 6, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            id="rfc-like-with-zone",
        ),
        pytest.param(
            "March 3, 2024 9:15 AM EST",
            dt.datetime(2024, 3, 3, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            id="us-eastern",
        ),
        pytest.param("By Shivangi Sharma", None, id="byline-is-no-date"),
        pytest.param("Source:JND", None, id="source-is-no-date"),
        pytest.param("", None, id="empty"),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    """Header dates parse to dates, or aware datetimes when a time and zone are given."""
    value = parse_date(text)
    assert value == expected
    if isinstance(expected, dt.datetime):
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("late Thursday", "2026-02-26", "2026-02-26", id="late-weekday"),
        pytest.param("announced on Sunday", "2026-02-22", "2026-02-22", id="on-weekday"),
        pytest.param("on Saturday", "2026-02-28", "2026-02-28", id="weekday-is-publication-day"),
        pytest.param("last Saturday", "2026-02-21", "2026-02-21", id="last-weekday-before-today"),
        pytest.param("strikes overnight", "2026-02-27", "2026-02-28", id="overnight"),
        pytest.param("clashes in October", "2025-10-01", "2025-10-31", id="month-in-past-year"),
        pytest.param("in February", "2026-02-01", "2026-02-28", id="current-month"),
        pytest.param("last year", "2025-01-01", "2025-12-31", id="last-year"),
        pytest.param("earlier this week", "2026-02-23", "2026-02-28", id="earlier-this-week"),
        pytest.param("yesterday", "2026-02-27", "2026-02-27", id="yesterday"),
        pytest.param("since 2021", "2021-01-01", "2026-02-28", id="since-year"),
        pytest.param("on 12 October", "2025-10-12", "2025-10-12", id="day-month"),
        pytest.param("January 5, 2024", "2024-01-05", "2024-01-05", id="month-day-year"),
        pytest.param("in April last year", "2025-04-01", "2025-04-30", id="month-last-year"),
        pytest.param("March this year", "2026-03-01", "2026-03-31", id="month-this-year"),
    ],
)
def test_time_expressions_resolve(text: str, start: str, end: str) -> None:
    """Each expression resolves backwards from the publication date."""
    found = find_time_expressions(text, PUBLISHED)
    assert len(found) == 1
    period = found[0].period
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)
    assert text[found[0].span.start : found[0].span.end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("May God protect them", id="may-as-verb"),
        pytest.param("the March on Washington", id="march-as-noun"),
        pytest.param("Thursdays are quiet", id="plural-weekday"),
    ],
)
def test_words_that_are_not_times(text: str) -> None:
    """Month-like words that are not dates resolve to nothing."""
    assert find_time_expressions(text, PUBLISHED) == ()


def test_nothing_resolves_without_a_publication_date() -> None:
    """Relative expressions need an anchor."""
    assert find_time_expressions("late Thursday", None) == ()


def test_datetime_publication_anchors_on_its_day() -> None:
    """An aware datetime anchors on its own calendar day."""
    published = dt.datetime(2025, 10, 12, 13, 6, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    (found,) = find_time_expressions("late Friday", published)
    assert found.period.start == dt.date(2025, 10, 10)


@given(st.text(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_never_raises_and_spans_point_at_text(text: str, published: dt.date) -> None:
    """Any text and any publication date give valid expressions whose spans point at their text."""
    for found in find_time_expressions(text, published):
        assert text[found.span.start : found.span.end] == found.text
        assert found.period.start <= found.period.end


@given(st.text(max_size=100))
def test_parse_date_never_raises(text: str) -> None:
    """Any header line parses to a date or to None."""
    value = parse_date(text)
    assert value is None or isinstance(value, dt.date)


_TIME_WORDS = st.sampled_from(
    ["late", "on", "Thursday", "night", "in", "October", "2025", "12", "last", "year", "earlier", "this", "week",
     "the", "previous", "day", "overnight", "since", "2021", "May", "killed", ",", "said", "recent", "months"]
)  # fmt: skip


@given(st.lists(_TIME_WORDS, max_size=30))
@example(["night", "late", "late", "late", "October", "2025"])  # a window cut "late October" short
def test_anchored_scan_finds_what_a_full_scan_finds(words: list[str]) -> None:
    """Scanning only around anchor words finds exactly the full pattern's matches."""
    from conflictclaims import temporal  # noqa: PLC0415 - the private scanner is what is compared

    text = " ".join(words)
    full = [m.span() for m in temporal._EXPRESSION.finditer(text)]  # noqa: SLF001
    anchored = [m.span() for m in temporal._matches(text)]  # noqa: SLF001
    assert anchored == full
