"""Shared Hypothesis strategies for every model.

Import them in any test module::

    from tests.strategies import articles, claims, counts

Every strategy builds valid models only (the models' validators accept each
draw). They are written to shrink well: related values are drawn together
(a span's two ends as one sorted pair, a count's interval from one number and
its qualifier), the simplest alternative comes first in every ``one_of`` and
``sampled_from`` (``None``, ``Qualifier.EXACT``, the first enum member, an
empty tuple), and attrs classes are drawn with :func:`hypothesis.strategies.builds`.

Spans: ``claims``, ``ceasefires``, ``actors`` and ``locations`` take the
length of the text they point into, so that :func:`articles` can draw the text
first and every span inside it (an :class:`~conflictclaims.Article` rejects
spans past its text). Use ``max_end=0`` for empty spans only.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pycountry
from hypothesis import strategies as st

from conflictclaims.counts import Count, Qualifier
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Ceasefire,
    CeasefireStatus,
    Claim,
    DateRange,
    Dispute,
    Location,
    LocationKind,
    Outcome,
    Position,
    SourcedClaim,
    Stance,
    Unit,
)
from conflictclaims.span import Span

__all__ = [
    "COUNTRY_CODES",
    "actors",
    "article_ids",
    "article_texts",
    "articles",
    "ceasefires",
    "claims",
    "countries",
    "counts",
    "date_ranges",
    "dates",
    "disputes",
    "format_characters",
    "locations",
    "names",
    "positions",
    "published_dates",
    "sourced_claims",
    "spans",
    "with_format_characters",
]

T = TypeVar("T")

#: Text length the nested strategies assume when no text is given.
DEFAULT_TEXT_LEN = 2000

# The countries of the conflicts the library is measured on come first, so
# failing examples shrink to a familiar code; every other real code follows.
_FEATURED = ("AFG", "PAK", "UKR", "RUS", "ISR", "PSE", "SDN", "NGA", "YEM", "SYR", "IRQ", "SOM")
COUNTRY_CODES: tuple[str, ...] = _FEATURED + tuple(sorted({c.alpha_3 for c in pycountry.countries} - set(_FEATURED)))

# Real ISO 3166-2 codes of places the seed and test articles mention.
_ADMIN1 = ("AF-KAN", "AF-KAB", "PK-KP", "PK-BA", "UA-14", "UA-65", "SD-KH", "SD-DN", "NG-BO", "YE-SA")
_CUES = ("said", "according to", "denied", "claimed", "reported", "told reporters")
_ROLES = ("spokesperson", "military spokesperson", "health ministry", "governor", "commander")
# (low, high, phrase) of the vague quantities in the design's count table.
_VAGUE = (
    (10, 99, "tens of"),
    (12, 99, "dozens of"),
    (20, 99, "scores of"),
    (100, 999, "hundreds of"),
    (1000, 9999, "thousands of"),
    (10000, 99999, "tens of thousands of"),
    (2, 5, "a few"),
    (3, 9, "several"),
    (2, None, "many"),
)
# Casualty figures: small numbers are the common case and the simplest.
_numbers = st.integers(min_value=0, max_value=2_000_000)


def _tuples(elements: st.SearchStrategy[T], max_size: int = 3) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    # None first: the simplest value an optional field can shrink to.
    return st.none() | strategy


def names() -> st.SearchStrategy[str]:
    """Short non-empty names, any Unicode (serialization must keep it as is)."""
    return st.text(min_size=1, max_size=30)


def countries() -> st.SearchStrategy[str]:
    """Real ISO 3166-1 alpha-3 codes (from pycountry), conflict countries first."""
    return st.sampled_from(COUNTRY_CODES)


def spans(max_end: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Span]:
    """Spans with ``0 <= start <= end <= max_end``.

    Both ends are drawn as one sorted pair, so they shrink together to ``(0, 0)``.
    """
    end = st.integers(min_value=0, max_value=max_end)
    return st.tuples(end, end).map(sorted).map(lambda pair: Span(start=pair[0], end=pair[1]))


@st.composite
def _interval(draw: st.DrawFn) -> tuple[int, int | None, int, Qualifier, bool, str]:  # noqa: PLR0911 - a row per qualifier
    """Draw ``(low, high, best, qualifier, approximate, text)`` following the count table."""
    qualifier = draw(st.sampled_from(Qualifier))
    n = draw(_numbers)
    if qualifier is Qualifier.EXACT:
        # "a dozen" is exact but approximate; otherwise exact counts are not.
        approximate = draw(st.booleans()) if n == 12 else False
        return (n, n, n, qualifier, approximate, "a dozen" if approximate else str(n))
    if qualifier is Qualifier.AT_LEAST:
        return (n, None, n, qualifier, False, f"at least {n}")
    if qualifier is Qualifier.MORE_THAN:
        return (n + 1, None, n + 1, qualifier, False, f"more than {n}")
    if qualifier is Qualifier.AT_MOST:
        return (0, n, n, qualifier, False, f"up to {n}")
    if qualifier is Qualifier.FEWER_THAN:
        n = max(n, 1)
        return (0, n - 1, n - 1, qualifier, False, f"fewer than {n}")
    if qualifier is Qualifier.ABOUT:
        return ((9 * n + 9) // 10, 11 * n // 10, n, qualifier, True, f"about {n}")
    if qualifier is Qualifier.NEARLY:
        n = max(n, 1)
        low = min((9 * n + 9) // 10, n - 1)
        return (low, n - 1, n - 1, qualifier, True, f"nearly {n}")
    if qualifier is Qualifier.RANGE:
        width = draw(st.integers(min_value=0, max_value=1000))
        return (n, n + width, n, qualifier, False, f"between {n} and {n + width}")
    if qualifier is Qualifier.VAGUE:
        low, high, phrase = draw(st.sampled_from(_VAGUE))
        return (low, high, low, qualifier, True, phrase)
    return (0, 0, 0, qualifier, False, "no one")


def counts(max_end: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Count]:
    """Valid counts following the design's count table, with or without a span.

    The interval comes from one number and a qualifier, so ``low <= best <= high``
    holds by construction and shrinking keeps it; ``approximate`` matches the
    qualifier. The span (``None`` first) ends at most at ``max_end``.
    """
    return st.builds(
        lambda interval, span: Count(
            low=interval[0],
            high=interval[1],
            best=interval[2],
            qualifier=interval[3],
            approximate=interval[4],
            text=interval[5],
            span=span,
        ),
        _interval(),
        _optional(spans(max_end)),
    )


def actors(max_end: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Actor]:
    """Actors with an optional real country code, role, aliases and mentions up to ``max_end``."""
    return st.builds(
        Actor,
        name=names(),
        kind=st.sampled_from(ActorKind),
        country=_optional(countries()),
        role=_optional(st.sampled_from(_ROLES)),
        aliases=_tuples(names(), max_size=2),
        mentions=_tuples(spans(max_end)),
    )


def locations(max_end: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Location]:
    """Locations with optional country, ISO 3166-2 code, coordinates and mentions up to ``max_end``."""
    return st.builds(
        Location,
        name=names(),
        kind=st.sampled_from(LocationKind),
        country=_optional(countries()),
        admin1=_optional(st.sampled_from(_ADMIN1)),
        latitude=_optional(st.floats(min_value=-90.0, max_value=90.0, allow_nan=False)),
        longitude=_optional(st.floats(min_value=-180.0, max_value=180.0, allow_nan=False)),
        mentions=_tuples(spans(max_end)),
    )


def dates() -> st.SearchStrategy[dt.date]:
    """Calendar days from 1900 to 2100 (plain :class:`datetime.date`, never a datetime)."""
    return st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


_offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)


def published_dates() -> st.SearchStrategy[dt.date | None]:
    """What ``Article.published`` holds: nothing, a date, a naive or an offset-aware datetime.

    Offsets are whole minutes, as ISO 8601 writes them; ``fold`` is always 0,
    since JSON cannot carry it.
    """
    # Hypothesis takes naive bounds; a day's margin keeps every offset in range.
    earliest = dt.datetime(1900, 1, 2)  # noqa: DTZ001 - naive by design
    latest = dt.datetime(2100, 12, 30)  # noqa: DTZ001 - naive by design
    return st.one_of(
        st.none(),
        dates(),
        st.datetimes(min_value=earliest, max_value=latest),
        st.datetimes(min_value=earliest, max_value=latest, timezones=_offsets),
    ).map(lambda value: value.replace(fold=0) if isinstance(value, dt.datetime) else value)


def date_ranges(max_end: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[DateRange]:
    """Day ranges ``start <= end`` (drawn as one sorted pair), with optional text and span."""
    return st.builds(
        lambda pair, text, span: DateRange(start=pair[0], end=pair[1], text=text, span=span),
        st.tuples(dates(), dates()).map(sorted),
        _optional(st.sampled_from(("on Thursday", "in October", "last year", "late Thursday"))),
        _optional(spans(max_end)),
    )


def claims(text_len: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Claim]:
    """Claims whose spans (evidence, count, mentions) all end at most at ``text_len``."""
    return st.builds(
        Claim,
        claimant=_optional(actors(text_len)),
        subject=actors(text_len),
        outcome=st.sampled_from(Outcome),
        unit=st.sampled_from(Unit),
        count=_optional(counts(text_len)),
        stance=st.sampled_from(Stance),
        perpetrator=_optional(actors(text_len)),
        locations=_tuples(locations(text_len), max_size=2),
        period=_optional(date_ranges(text_len)),
        cue=_optional(st.sampled_from(_CUES)),
        evidence=spans(text_len),
    )


def ceasefires(text_len: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Ceasefire]:
    """Ceasefires whose spans all end at most at ``text_len``."""
    return st.builds(
        Ceasefire,
        parties=_tuples(actors(text_len), max_size=2),
        mediators=_tuples(actors(text_len), max_size=2),
        status=st.sampled_from(CeasefireStatus),
        temporary=_optional(st.booleans()),
        period=_optional(date_ranges(text_len)),
        evidence=spans(text_len),
    )


# The invisible characters a text may carry: bidirectional marks, zero-width
# spaces and joiners, the word joiner, the byte order mark, the soft hyphen.
_FORMAT_CHARACTERS = (
    "\u200f\u200e\u200b\u200c\u200d\u00ad\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def format_characters() -> st.SearchStrategy[str]:
    """Runs of one to three invisible format characters, the right-to-left mark first."""
    return st.text(alphabet=_FORMAT_CHARACTERS, min_size=1, max_size=3)


@st.composite
def with_format_characters(draw: st.DrawFn, text: str) -> tuple[str, list[int]]:
    """``text`` with format characters put in at word edges, and where each original character moved.

    Returns the new text and ``moved``, where ``moved[i]`` is the new offset of
    ``text[i]`` (and ``moved[len(text)]`` the new length).
    """
    edges = [i for i in range(len(text) + 1) if i in {0, len(text)} or text[i - 1].isspace() != text[i].isspace()]
    chosen = sorted(set(draw(st.lists(st.sampled_from(edges), min_size=1, max_size=6))))
    pieces: list[str] = []
    moved: list[int] = []
    at = 0
    for edge in [*chosen, len(text) + 1]:
        chunk = text[at:edge]
        moved.extend(range(sum(map(len, pieces)), sum(map(len, pieces)) + len(chunk)))
        pieces.append(chunk)
        if edge <= len(text):
            pieces.append(draw(format_characters()))
        at = edge
    moved.append(sum(map(len, pieces)))
    return "".join(pieces), moved


def article_texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Article bodies: any Unicode text, empty first."""
    return st.text(max_size=max_size)


@st.composite
def articles(draw: st.DrawFn, max_claims: int = 4) -> Article:
    """Articles whose every span lies inside their text.

    The text is drawn first; claims, ceasefires, actors and locations are then
    drawn against its length.
    """
    text = draw(article_texts())
    size = len(text)
    return Article(
        id=draw(article_ids()),
        text=text,
        title=draw(_optional(st.text(max_size=60))),
        published=draw(published_dates()),
        authors=draw(_tuples(names(), max_size=2)),
        source=draw(_optional(st.sampled_from(("Reuters", "AP", "AFP", "Al Jazeera", "JND")))),
        claims=draw(_tuples(claims(size), max_size=max_claims)),
        ceasefires=draw(_tuples(ceasefires(size), max_size=1)),
        actors=draw(_tuples(actors(size))),
        locations=draw(_tuples(locations(size))),
    )


def article_ids() -> st.SearchStrategy[str]:
    """Article ids: short lower-case hex strings, like the extractor's default ids."""
    return st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)


def sourced_claims() -> st.SearchStrategy[SourcedClaim]:
    """Claims with the ids (at least one) of the articles that carry them, their claimants and evidence."""
    return st.builds(
        SourcedClaim,
        claim=claims(),
        article_ids=st.lists(article_ids(), min_size=1, max_size=3).map(tuple),
        claimants=_tuples(actors(), max_size=2),
        evidence=_tuples(st.text(max_size=80), max_size=2),
    )


def positions() -> st.SearchStrategy[Position]:
    """One claimant's figures about a toll, with the side (country) it speaks for."""
    return st.builds(
        Position,
        claimant=_optional(actors()),
        side=_optional(countries()),
        figures=_tuples(sourced_claims(), max_size=2),
        revised=st.booleans(),
    )


def disputes() -> st.SearchStrategy[Dispute]:
    """Disputes: a subject, outcome, unit and period with up to three positions."""
    return st.builds(
        Dispute,
        subject=actors(),
        outcome=st.sampled_from(Outcome),
        unit=st.sampled_from(Unit),
        period=_optional(date_ranges()),
        positions=_tuples(positions()),
        compatible=st.booleans(),
    )
