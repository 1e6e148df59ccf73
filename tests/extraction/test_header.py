"""Tests for conflictclaims.extraction.header: bylines, dates, datelines and page furniture around the body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflictclaims.extraction import read_header

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def test_header_bullets() -> None:
    """Bullet headers give author, zone-aware publication time and source; the body starts after them."""
    text = (SEEDS / "003_e59f8e044cb2bcad.txt").read_text(encoding="utf-8")
    header = read_header(text)
    assert header.authors == ("Shivangi Sharma",)
    assert header.source == "JND"
    assert isinstance(header.published, dt.datetime)
    assert header.published.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert text[header.body.start :].startswith("Inense fighting")


def test_header_date_stamp_and_agency_trailer() -> None:
    """A leading date stamp is the publication date; a closing agency line is the source."""
    text = (SEEDS / "001_e15e157905ffd38a.txt").read_text(encoding="utf-8")
    header = read_header(text)
    assert header.published == dt.date(2026, 2, 28)
    assert header.source == "Reuters"
    assert "Reuters" not in text[header.body.start : header.body.end].split()[-1]


def test_header_page_junk_is_skipped() -> None:
    """ "Donate Here" at the end is not part of the body."""
    text = (SEEDS / "002_81b88cab370c5f25.txt").read_text(encoding="utf-8")
    header = read_header(text)
    assert not text[header.body.start : header.body.end].rstrip().endswith("Donate Here")


def test_page_furniture_inside_the_body_is_skipped() -> None:
    """An "ALSO READ: …" line between paragraphs is set aside, and the paragraphs around it stay."""
    text = (SEEDS / "003_e59f8e044cb2bcad.txt").read_text(encoding="utf-8")
    header = read_header(text)
    (skipped,) = header.skipped
    assert text[skipped.start : skipped.end].startswith("ALSO READ:")
    assert header.body.start < skipped.start < header.body.end


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param("By Jane Roe and John Doe\nFighting broke out.", ("Jane Roe", "John Doe"), id="by-and"),
        pytest.param("Written by: Jane Roe, John Doe\nFighting broke out.", ("Jane Roe", "John Doe"), id="written-by"),
        pytest.param("- Reported by Jane Roe & John Doe\nFighting broke out.", ("Jane Roe", "John Doe"), id="bullet"),
    ],
)
def test_bylines_name_every_author(text: str, authors: tuple[str, ...]) -> None:
    """A byline in any of its forms lists each author, split at commas, "and" and "&"."""
    assert read_header(text).authors == authors


def test_published_line_and_source_line() -> None:
    """ "Published on …" gives the date and "Source: …" the source; the body starts after them."""
    text = "Published on 3 March 2024\nSource: Reuters\nTwo soldiers were killed."
    header = read_header(text)
    assert header.published == dt.date(2024, 3, 3)
    assert header.source == "Reuters"
    assert text[header.body.start : header.body.end] == "Two soldiers were killed."


def test_title_is_a_short_first_line_without_a_stop() -> None:
    """A short first line with no closing stop is the title; a sentence is not."""
    assert read_header("Clashes on the border\nTwo soldiers were killed.").title == "Clashes on the border"
    assert read_header("Two soldiers were killed.\nMore followed.").title is None
    assert read_header("One line only").title is None


def test_dateline_agency_must_be_known() -> None:
    """A dateline names the source only when its agency is a known one."""
    assert read_header("KYIV, Ukraine (AP) — Shelling.").source == "AP"
    assert read_header("KYIV, Ukraine (Staff) — Shelling.").source is None


def test_dateline_of_two_places_names_its_agency() -> None:
    """A dateline naming two places, split by a slash, is a dateline: its agency is the source."""
    assert read_header("BEIRUT/DAMASCUS (Reuters) - Shelling.").source == "Reuters"
    assert read_header("CAIRO/GAZA (AP) — Shelling.").source == "AP"


@pytest.mark.parametrize("text", ["", "\n\n", "date 2026-02-28", "- ", "By", "\x00", "\ud800"])
def test_odd_text_never_raises(text: str) -> None:
    """Degenerate texts give a header whose body lies inside the text."""
    header = read_header(text)
    assert 0 <= header.body.start <= header.body.end <= len(text)
