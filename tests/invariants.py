"""What every public entry point must guarantee on any text, as checks that raise ``AssertionError``.

Shared by the Hypothesis properties (``tests/property/test_hostile_input.py``),
the replay of fuzzing finds (``tests/test_fuzz_regressions.py``) and the
atheris targets in ``fuzz/``, so a crash found by one is checked the same way
by the others. Each ``check_*`` function runs one entry point on ``text`` and
returns what it returned.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from conflictclaims.actors import ActorMention, find_actor_mentions
from conflictclaims.counts import Count, PointPolicy, find_counts, parse_count
from conflictclaims.exceptions import CountParseError
from conflictclaims.extraction import Header, extract, read_header
from conflictclaims.gazetteer import LocationMention, find_locations
from conflictclaims.model import Outcome
from conflictclaims.sentences import split_sentences
from conflictclaims.serialize import from_json, to_json
from conflictclaims.temporal import TimeExpression, find_time_expressions

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from conflictclaims.model import Article
    from conflictclaims.span import Span

__all__ = [
    "CHECKS",
    "PUBLISHED",
    "check_actor_mentions",
    "check_extract",
    "check_find_counts",
    "check_incidents",
    "check_locations",
    "check_parse_count",
    "check_read_header",
    "check_sentences",
    "check_time_expressions",
]

PUBLISHED: Final = dt.date(2024, 3, 15)


def _inside(text: str, span: Span, what: str) -> None:
    """Assert that ``span`` points into ``text``."""
    assert 0 <= span.start <= span.end <= len(text), f"{what} {span} outside a text of {len(text)} characters"


def _ordered(spans: Iterable[Span], what: str) -> None:
    """Assert that ``spans`` come in order of position and do not overlap."""
    end = 0
    for span in spans:
        assert span.start >= end, f"{what} {span} overlaps or precedes the one before (which ends at {end})"
        end = span.end


def _count_ok(text: str, count: Count, what: str) -> None:
    """Assert a count's interval is well formed and its span holds its text."""
    assert count.low <= count.best, f"{what}: best {count.best} below low {count.low}"
    assert count.high is None or count.best <= count.high, f"{what}: best {count.best} above high {count.high}"
    if count.span is not None:
        _inside(text, count.span, what)
        assert count.span.of(text) == count.text, f"{what}: span holds {count.span.of(text)!r}, not {count.text!r}"


def _parse_error_ok(text: str, error: CountParseError) -> None:
    """Assert a parse error keeps the text and points into it, and draws its caret."""
    assert 0 <= error.position <= len(text), f"error position {error.position} outside the text"
    assert error.text == text
    assert str(error).startswith(error.message)


def check_parse_count(text: str) -> Count | None:
    """``parse_count`` returns a count for the whole phrase or raises ``CountParseError`` pointing into it."""
    try:
        count = parse_count(text)
    except CountParseError as error:
        _parse_error_ok(text, error)
        return None
    _count_ok(text, count, "parse_count")
    assert count.text.strip() == count.text, "the phrase keeps surrounding white space"
    assert count.text == text.strip(), f"parsed {count.text!r} out of {text!r}"
    return count


def check_find_counts(text: str) -> tuple[Count, ...]:
    """``find_counts`` returns ordered, non-overlapping counts whose spans hold their text."""
    counts = find_counts(text)
    for count in counts:
        assert count.span is not None, f"found count {count.text!r} has no span"
        _count_ok(text, count, "find_counts")
    _ordered((c.span for c in counts if c.span is not None), "count")
    return counts


def check_sentences(text: str) -> tuple[Span, ...]:
    """``split_sentences`` returns ordered, non-empty, trimmed spans inside the text."""
    spans = split_sentences(text)
    for span in spans:
        _inside(text, span, "sentence")
        sentence = span.of(text)
        assert sentence, "empty sentence"
        assert sentence == sentence.strip(), f"sentence {sentence[:40]!r} keeps surrounding white space"
    _ordered(spans, "sentence")
    return spans


def check_time_expressions(text: str) -> tuple[TimeExpression, ...]:
    """``find_time_expressions`` returns expressions whose spans hold their text and whose periods are ordered."""
    found = find_time_expressions(text, PUBLISHED)
    for expression in found:
        _inside(text, expression.span, "time expression")
        assert expression.span.of(text) == expression.text
        assert expression.period.start <= expression.period.end
    assert find_time_expressions(text, None) == (), "an expression was resolved without a publication date"
    return found


def check_read_header(text: str) -> Header:
    """``read_header`` returns a body span and skipped spans inside the text."""
    header = read_header(text)
    _inside(text, header.body, "header body")
    for span in header.skipped:
        _inside(text, span, "skipped line")
    return header


def check_actor_mentions(text: str) -> tuple[ActorMention, ...]:
    """``find_actor_mentions`` returns mentions whose spans hold their text, head inside the span."""
    mentions = find_actor_mentions(text)
    for mention in mentions:
        _inside(text, mention.span, "actor mention")
        assert mention.span.of(text) == mention.text
        if mention.head is not None:
            assert mention.span.covers(mention.head), f"head {mention.head} outside mention {mention.span}"
    return mentions


def check_locations(text: str) -> tuple[LocationMention, ...]:
    """``find_locations`` returns ordered, non-overlapping mentions inside the text."""
    mentions = find_locations(text)
    for mention in mentions:
        _inside(text, mention.span, "location mention")
        assert len(mention.span) > 0, "empty location mention"
    _ordered((m.span for m in mentions), "location mention")
    return mentions


def check_article(text: str, article: Article) -> None:
    """Assert that every span of an extracted article points into ``text`` and every count's span holds it."""
    assert article.text == text
    for claim in article.claims:
        _inside(text, claim.evidence, "claim evidence")
        if claim.count is not None:
            _count_ok(text, claim.count, "claim count")
            if claim.count.span is not None:
                assert claim.evidence.covers(claim.count.span), "a claim's count lies outside its evidence"
        if claim.period is not None:
            assert claim.period.start <= claim.period.end
    for ceasefire in article.ceasefires:
        _inside(text, ceasefire.evidence, "ceasefire evidence")
    for actor in article.actors:
        for span in actor.mentions:
            _inside(text, span, "actor mention")
    for location in article.locations:
        for span in location.mentions:
            _inside(text, span, "location mention")
    check_incidents(article)


def check_incidents(article: Article) -> None:
    """Assert that every claim is in exactly one incident and every estimate is a well-ordered interval."""
    placed = [id(member.claim) for incident in article.incidents for member in incident.claims]
    assert sorted(placed) == sorted(id(claim) for claim in article.claims), "a claim is in no incident, or in two"
    for incident in article.incidents:
        for outcome in Outcome:
            for policy in PointPolicy:
                estimate = incident.estimate(outcome, policy)
                if estimate is not None:
                    assert estimate.low <= estimate.best, f"{incident.id} {outcome.value} {policy.value}: {estimate}"
                    assert estimate.high is None or estimate.best <= estimate.high, f"{incident.id}: {estimate}"


def check_extract(text: str, *, round_trip: bool = True) -> Article:
    """``extract`` returns an article over ``text`` whose JSON form reads back to the same article."""
    article = extract(text, published=PUBLISHED)
    check_article(text, article)
    if round_trip:
        assert from_json(to_json(article)) == article, "the article changed through to_json/from_json"
    return article


# Every check by the name of the entry point it runs.
CHECKS: Final[dict[str, Callable[[str], object]]] = {
    "parse_count": check_parse_count,
    "find_counts": check_find_counts,
    "split_sentences": check_sentences,
    "find_time_expressions": check_time_expressions,
    "read_header": check_read_header,
    "find_actor_mentions": check_actor_mentions,
    "find_locations": check_locations,
    "extract": check_extract,
}
