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
import json
from typing import TYPE_CHECKING, TypeVar

import attrs
import pycountry
from hypothesis import strategies as st

from conflictclaims.counts import Count, Qualifier
from conflictclaims.extraction.sentence import Token
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Ceasefire,
    CeasefireStatus,
    Claim,
    ClaimRole,
    DateRange,
    Dispute,
    Incident,
    IncidentClaim,
    Location,
    LocationKind,
    Outcome,
    Party,
    PartyKind,
    Position,
    SourcedClaim,
    Stance,
    Unit,
)
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "COUNTRY_CODES",
    "DIGIT_GROUPINGS",
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
    "grouped_numerals",
    "incidents_of",
    "jsonl_files",
    "locations",
    "names",
    "number_to_words",
    "numerals",
    "parties",
    "positions",
    "published_dates",
    "sentence_tokens",
    "sourced_claims",
    "spans",
    "with_format_characters",
    "written_numbers",
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


def parties() -> st.SearchStrategy[Party]:
    """Parties of every kind: states and civilians of a real country, named groups and bodies, unknown sides."""
    return st.one_of(
        st.builds(Party.unknown, _optional(countries())),
        st.builds(Party.state, countries()),
        st.builds(Party.civilians, countries()),
        st.builds(
            Party,
            kind=st.sampled_from((PartyKind.ARMED_GROUP, PartyKind.INTERNATIONAL)),
            name=names(),
            country=_optional(countries()),
        ),
    )


def actors(max_end: int = DEFAULT_TEXT_LEN) -> st.SearchStrategy[Actor]:
    """Actors with an optional real country code, role, aliases, mentions up to ``max_end`` and a party.

    The party is the one the actor's kind and country give (first) or any other.
    """
    return st.builds(
        _actor,
        name=names(),
        kind=st.sampled_from(ActorKind),
        country=_optional(countries()),
        role=_optional(st.sampled_from(_ROLES)),
        aliases=_tuples(names(), max_size=2),
        mentions=_tuples(spans(max_end)),
        party=_optional(parties()),
    )


def _actor(  # noqa: PLR0913 - the fields of an actor
    *,
    name: str,
    kind: ActorKind,
    country: str | None,
    role: str | None,
    aliases: tuple[str, ...],
    mentions: tuple[Span, ...],
    party: Party | None,
) -> Actor:
    actor = Actor(name=name, kind=kind, country=country, role=role, aliases=aliases, mentions=mentions)
    return actor if party is None else attrs.evolve(actor, party=party)


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


def claims(text_len: int = DEFAULT_TEXT_LEN, named: st.SearchStrategy[Actor] | None = None) -> st.SearchStrategy[Claim]:
    """Claims whose spans (evidence, count, mentions) all end at most at ``text_len``.

    ``named`` draws the claimant, subject and perpetrator (new actors by default).
    """
    named = actors(text_len) if named is None else named
    return st.builds(
        Claim,
        claimant=_optional(named),
        subject=named,
        outcome=st.sampled_from(Outcome),
        unit=st.sampled_from(Unit),
        count=_optional(counts(text_len)),
        stance=st.sampled_from(Stance),
        perpetrator=_optional(named),
        locations=_tuples(locations(text_len), max_size=2),
        period=_optional(date_ranges(text_len)),
        cue=_optional(st.sampled_from(_CUES)),
        evidence=spans(text_len),
    )


def ceasefires(
    text_len: int = DEFAULT_TEXT_LEN, named: st.SearchStrategy[Actor] | None = None
) -> st.SearchStrategy[Ceasefire]:
    """Ceasefires whose spans all end at most at ``text_len``; ``named`` draws parties and mediators."""
    named = actors(text_len) if named is None else named
    return st.builds(
        Ceasefire,
        parties=_tuples(named, max_size=2),
        mediators=_tuples(named, max_size=2),
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


# Marks a sentence's tokens hold besides words.
_MARKS = (",", ".", ";", ":", "(", ")", '"', "'", "-", "—", "’")


@st.composite
def sentence_tokens(
    draw: st.DrawFn, vocabulary: Iterable[str], common: Iterable[str] = ("of", "and", "the"), max_size: int = 24
) -> list[Token]:
    """A sentence's tokens, one space apart: words of ``vocabulary`` (lower-case or capitalized), marks, other words.

    Give the words the rules under test look for, so that the draws hold
    them; each word of ``common`` is drawn as often as all of ``vocabulary``.
    """
    words = sorted({part for phrase in vocabulary for part in phrase.split()})
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(sorted(common)),
                st.sampled_from(words),
                st.sampled_from(_MARKS),
                st.from_regex(r"[A-Za-z]{1,8}|[0-9]{1,3}", fullmatch=True),
            ),
            max_size=max_size,
        )
    )
    tokens: list[Token] = []
    at = 0
    for piece in pieces:
        surface = piece.capitalize() if draw(st.booleans()) else piece
        tokens.append(Token(at, at + len(surface), surface, surface.lower(), surface[0].isalnum()))
        at += len(surface) + 1
    return tokens


def _period_at_span(period: DateRange | None, text: str) -> DateRange | None:
    if period is None or period.span is None or period.text is None:
        return period
    return attrs.evolve(period, text=period.span.of(text))


def _claim_at_spans(claim: Claim, text: str) -> Claim:
    """Give the claim's count and period the text at their spans, as an Article requires."""
    count = claim.count
    if count is not None and count.span is not None:
        count = attrs.evolve(count, text=count.span.of(text))
    return attrs.evolve(claim, count=count, period=_period_at_span(claim.period, text))


_OWN_TOLL_ROLES = (ClaimRole.REPORT, ClaimRole.BACKGROUND, ClaimRole.CUMULATIVE)
_REFERRING_ROLES = (ClaimRole.RESTATEMENT, ClaimRole.BREAKDOWN, ClaimRole.SUBSET)


@st.composite
def incidents_of(
    draw: st.DrawFn,
    shared: tuple[Claim, ...],
    places: tuple[Location, ...] = (),
    text: str = "",
) -> tuple[Incident, ...]:
    """Incidents that share out the claims ``shared`` (each in one incident at most), with valid roles.

    A claim refers (``of``) only to an earlier claim of its incident with the
    same outcome and unit; the others give a toll of their own. An incident's
    places are drawn from ``places`` (the article's locations), and its
    period's phrase is ``text`` at its span, as an Article requires.
    """
    if not shared:
        return ()
    numbers = draw(st.lists(st.integers(0, 2), min_size=len(shared), max_size=len(shared)))
    found: list[Incident] = []
    for number in sorted(set(numbers)):
        members: list[IncidentClaim] = []
        for member_claim, home in zip(shared, numbers, strict=True):
            if home != number:
                continue
            kind = (member_claim.outcome, member_claim.unit)
            targets = [m.claim for m in members if (m.claim.outcome, m.claim.unit) == kind]
            refers: bool = bool(targets) and draw(st.booleans())
            if refers:
                role = draw(st.sampled_from(_REFERRING_ROLES))
                members.append(IncidentClaim(claim=member_claim, role=role, of=draw(st.sampled_from(targets))))
            else:
                members.append(IncidentClaim(claim=member_claim, role=draw(st.sampled_from(_OWN_TOLL_ROLES))))
        found.append(
            Incident(
                id=f"i{len(found) + 1}",
                claims=tuple(members),
                period=_period_at_span(draw(_optional(date_ranges(len(text)))), text),
                locations=tuple(draw(st.lists(st.sampled_from(places), max_size=1))) if places else (),
            )
        )
    return tuple(found)


@st.composite
def articles(draw: st.DrawFn, max_claims: int = 4) -> Article:
    """Articles whose every span lies inside their text, and whose phrases are the text at their spans.

    The text is drawn first; the actors, claims, ceasefires and locations are
    then drawn against its length, and the incidents from the claims. Claims
    and ceasefires name the article's own actors (as extraction does) or
    actors of their own (as a hand-built article may).
    """
    text = draw(article_texts())
    size = len(text)
    cast = draw(_tuples(actors(size)))
    named = st.sampled_from(cast) | actors(size) if cast else actors(size)
    article_claims = claims(size, named).map(lambda claim: _claim_at_spans(claim, text))
    article_ceasefires = ceasefires(size, named).map(
        lambda ceasefire: attrs.evolve(ceasefire, period=_period_at_span(ceasefire.period, text))
    )
    drawn_claims = draw(_tuples(article_claims, max_size=max_claims))
    places = draw(_tuples(locations(size)))
    return Article(
        id=draw(article_ids()),
        text=text,
        title=draw(_optional(st.text(max_size=60))),
        published=draw(published_dates()),
        authors=draw(_tuples(names(), max_size=2)),
        source=draw(_optional(st.sampled_from(("Reuters", "AP", "AFP", "Al Jazeera", "JND")))),
        claims=drawn_claims,
        ceasefires=draw(_tuples(article_ceasefires, max_size=1)),
        actors=cast,
        locations=places,
        incidents=draw(incidents_of(drawn_claims, places, text)),
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


# Number phrases. English names for numbers, as wire copy spells them, and the
# ways the world groups digits: the properties check that every writing of a
# number reads back as that number.
_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALE_NAMES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def number_to_words(n: int) -> str:
    """Spell ``n`` in English words, the way a wire story would ("three hundred and forty-two")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        return _ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + number_to_words(n % 100))
    for size, name in _SCALE_NAMES:
        if n >= size:
            rest = n % size
            return f"{number_to_words(n // size)} {name}" + ("" if rest == 0 else " " + number_to_words(rest))
    raise AssertionError(n)  # pragma: no cover - every n >= 1000 meets a scale


def _grouped(n: int, separator: str) -> str:
    """Write ``n`` with ``separator`` between groups of three digits."""
    return f"{n:,}".replace(",", separator)


def _indian(n: int) -> str:
    """Write ``n`` in the South Asian way: the last three digits, then groups of two ("1,50,000")."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else tail


# Name -> how it writes a number of at least 1,000. Periods group thousands
# only where no decimal reading is whole: always with two or more groups, and
# with one group of three digits when no scale word follows ("12.500").
DIGIT_GROUPINGS: dict[str, Callable[[int], str]] = {
    "commas": lambda n: f"{n:,}",
    "spaces": lambda n: _grouped(n, " "),
    "no-break spaces": lambda n: _grouped(n, "\u00a0"),
    "thin spaces": lambda n: _grouped(n, "\u2009"),
    "narrow no-break spaces": lambda n: _grouped(n, "\u202f"),
    "periods": lambda n: _grouped(n, "."),
    "apostrophes": lambda n: _grouped(n, "'"),
    "indian": _indian,
}


@st.composite
def grouped_numerals(draw: st.DrawFn, *, max_value: int = 10**12) -> tuple[int, str, str]:
    """A number of at least 1,000, a digit-grouping convention and the number written in it."""
    n = draw(st.integers(min_value=1000, max_value=max_value))
    name = draw(st.sampled_from(sorted(DIGIT_GROUPINGS)))
    return n, name, DIGIT_GROUPINGS[name](n)


def numerals(*, min_value: int = 1, max_value: int = 10**7) -> st.SearchStrategy[tuple[int, str]]:
    """A number and one way of writing it: plain digits, digits with commas, or words."""
    return st.integers(min_value=min_value, max_value=max_value).flatmap(
        lambda n: st.sampled_from([str(n), f"{n:,}", number_to_words(n)]).map(lambda written: (n, written))
    )


@st.composite
def written_numbers(draw: st.DrawFn, *, min_value: int = 1, max_value: int = 10**7) -> tuple[int, str]:
    """A number written in digits, in words, or in one and restated in the other ("twelve (12)", "12 (twelve)")."""
    n = draw(st.integers(min_value=min_value, max_value=max_value))
    digits = draw(st.sampled_from([str(n), f"{n:,}"]))
    words = number_to_words(n)
    form = draw(st.sampled_from(["digits", "words", "words restated", "digits restated"]))
    if form == "digits":
        return n, digits
    if form == "words":
        return n, words
    space = draw(st.sampled_from([" ", "", "  "]))
    if form == "words restated":
        return n, f"{words}{space}({digits})"
    return n, f"{digits}{space}({words})"


# Lines a JSON Lines input holds besides good records: blank ones (every ASCII
# space), records that read but are no articles, and lines that do not read.
_BLANK_LINES = (b"", b" ", b"\t", b"\r", b" \x0b\x0c ")
_BAD_LINES = (b'{"id": "x"}', b'{"text": 5}', b"[1, 2]", b"null", b"{broken", b"\xff\xfe")


@st.composite
def jsonl_files(draw: st.DrawFn, max_lines: int = 8) -> bytes:
    """The bytes of a JSON Lines input: records, blank lines, bad records and stray bytes, LF or CRLF ended."""
    record = article_texts(max_size=40).map(lambda text: json.dumps({"id": "r", "text": text}).encode())
    line = st.one_of(
        record,
        st.sampled_from(_BLANK_LINES),
        st.sampled_from(_BAD_LINES),
        st.binary(max_size=20).map(lambda raw: raw.replace(b"\n", b"")),
    )
    lines = draw(st.lists(line, max_size=max_lines))
    end = draw(st.sampled_from([b"\n", b"\r\n"]))
    last_end = draw(st.booleans()) and bool(lines)
    return end.join(lines) + (end if last_end else b"")
