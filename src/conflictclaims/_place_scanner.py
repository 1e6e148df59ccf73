"""The gazetteer's scan: where place names stand in a text, and the places each may be.

:class:`Scanner` walks a text's words once, left to right, and yields every
run of capitalized (and linking) words the place index knows, longest first,
with the candidates it names and the facts that rank them (see
:mod:`conflictclaims.gazetteer` for the rules; :func:`conflictclaims.gazetteer.find_locations`
chooses among the candidates in the text's context).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from typing import TYPE_CHECKING, Final

import regex

from conflictclaims import _places
from conflictclaims._patterns import offsets_of
from conflictclaims._place_index import (
    ADMIN_KINDS,
    ARTICLES,
    DESIGNATORS,
    MIN_POPULATION_IN_NAME_RUN,
    SHORT,
    Candidate,
    Query,
    candidates_for,
    demonym_countries,
    fold,
    may_continue_a_name,
    may_start_a_name,
    name_starts,
    people_words,
    place_index,
)
from conflictclaims.model import LocationKind

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["MAX_TOKENS", "PlaceWords", "Scanner"]

MAX_TOKENS: Final = 5
"""Longest name looked up, in words ("Democratic Republic of the Congo")."""

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


# The bytes of ASCII characters: deleted from a text's UTF-8 form, they leave the characters beyond ASCII.
_ASCII_BYTES: Final = bytes(range(128))


@functools.lru_cache(maxsize=65_536)
def _may_start(key: str) -> bool:
    """Whether a place name (other than an acronym) may start with the word keyed ``key``; cached, as words recur."""
    name_start = name_starts()
    return key in name_start.exact or may_start_a_name(key, name_start)


@functools.lru_cache(maxsize=65_536)
def _may_continue(first: str, second: str) -> bool:
    """Whether a place name of two words or more may start with the words keyed ``first`` and ``second``; cached."""
    return may_continue_a_name(first, second, name_starts())


@functools.cache
def _acronym_keys() -> frozenset[str]:
    """The keys a word written as an acronym of the index may have: lower-cased, or folded."""
    acronyms = name_starts().acronyms
    return frozenset({*map(str.lower, acronyms), *map(fold, acronyms)})


@functools.lru_cache(maxsize=65_536)
def _worth_trying(key: str) -> bool:
    """Whether a word keyed ``key`` may start a place name, be an acronym of one, or be a demonym; cached."""
    return _may_start(key) or key in demonym_countries() or key in _acronym_keys()


def _holding_odd_characters(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """Indices of the words holding an apostrophe, a backtick or a character beyond ASCII, in order."""
    # The few such characters a text holds are found by searches in C; a test per
    # word, or a character class tried at every offset, costs several times more.
    odd = "'`"
    if not text.isascii():
        beyond = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        odd += "".join(char for char in set(beyond) if not char.isspace())  # white space is in no word
    found: list[int] = []
    for at in offsets_of(text, odd):
        j = bisect.bisect_right(starts, at) - 1
        if j >= 0 and at < ends[j] and (not found or found[-1] != j):
            found.append(j)
    return found


def _followed_by_hyphen(text: str, ends: Sequence[int]) -> list[int]:
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


PlaceWords = tuple[list[int], list[int], list[str], list[bool]]
"""The gazetteer's words as parallel lists: starts, ends, lower-cased keys and whether each is capitalized."""


class Scanner:
    """One pass over a text: candidate matches, then choices in context.

    Words are kept as parallel lists (start, end, key, capitalization) drawn
    from the shared token table, flags included, by passes that run in C;
    only the words that hold an apostrophe or a character beyond ASCII (a few
    in a hundred, found in the text) are keyed in Python.
    """

    def __init__(self, text: str, words: PlaceWords) -> None:
        self.text = text
        self.starts, ends, keys, self.caps = words
        self.ends, self.keys = ends, keys
        self.n = n = len(self.starts)
        # Read before a possessive "'s" is cut off below.
        hyphened = _followed_by_hyphen(text, ends)
        # A plain ASCII word has no "'s" to drop and folds to its lower case.
        odd = _holding_odd_characters(text, self.starts, ends)
        if odd:
            # Our own copies: the lists may be a table's that a caller still holds.
            self.ends, self.keys = ends, keys = list(ends), list(keys)
        for j in odd:
            word = text[self.starts[j] : ends[j]]
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
        keys = self.keys
        # Words that start no name and are no acronym's or demonym's key are left out here, by one
        # cached test each: :meth:`matches` would pass them over.
        found = [i for i in itertools.compress(range(self.n), self.caps) if _worth_trying(keys[i])]
        if self.hyphened:
            found = sorted({*found, *(j for j in self.hyphened if _worth_trying(keys[j]))})
        return found

    def matches(self) -> Iterator[tuple[int, int, Sequence[Candidate], Query, int]]:
        """Yield ``(start, end, candidates, query, span_end)``, longest match first, left to right."""
        pos = 0
        never = _never_alone()
        name_start = name_starts()
        keys, text, starts, ends = self.keys, self.text, self.starts, self.ends
        sides = demonym_countries()
        binding = _BINDING_ARTICLES
        for i in self.starts_worth_trying():
            if i < pos:
                continue  # inside the previous match
            key = keys[i]
            side = sides.get(key)
            found = None
            if not _may_start(key) and text[starts[i] : ends[i]] not in name_start.acronyms:
                if side is None:
                    continue  # no place name starts with this word ("Minister", "Sunday")
            elif (key in binding or (i > 0 and keys[i - 1] in binding)) and self._bound_tail(i):
                pass  # the end of a longer name: "Ain" in "Ras al-Ain" is no Al Ain
            elif not (key in never and self._alone(i)):  # "The", "Taliban", "Pakistani" on their own: no place
                found = self._match_at(i)
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
        # Where no name of two words starts with the first two, only the first is looked up.
        top = j if j == i or _may_continue(keys[i], keys[i + 1]) else i
        for last in range(top, i - 1, -1):
            if not caps[last]:
                continue
            if last == i:
                key = keys[i]
                candidates = candidates_for(key, text[starts[i] : ends[i]])
            else:
                key = " ".join(keys[i : last + 1])
                candidates = candidates_for(key, None)
            if (
                last < j
                and candidates
                and keys[last + 1] in _BINDING_ARTICLES
                and self._bound(last + 1)
                and not any(map(_prominent, candidates))
            ):
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
