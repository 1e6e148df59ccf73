"""One sentence as the later stages read it: its tokens, and the mentions, places and times inside it.

A :class:`Sentence` is built only for sentences that may hold a claim, a
frame or a ceasefire. Its tokens are a slice of the article's token table;
its mentions come from the document's indexes by bisection; the places and
time expressions of the sentence are worked out once, on first use, however
many claims it holds.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

import attrs

from conflictclaims.extraction.context import is_seat, place_countries
from conflictclaims.temporal import ANCHOR_WORDS, TimeExpression, find_time_expressions
from conflictclaims.tokens import WORD

if TYPE_CHECKING:
    from collections.abc import Iterable

    from conflictclaims.actors import ActorMention
    from conflictclaims.extraction.document import Document
    from conflictclaims.model import DateRange, Location
    from conflictclaims.span import Span

__all__ = ["Sentence", "Token"]


class Token(NamedTuple):
    """One token of a sentence."""

    start: int
    end: int
    text: str
    lower: str
    is_word: bool


def _tokens(doc: Document, span: Span) -> tuple[list[Token], list[str], list[int]]:
    table = doc.tokens
    lo, hi = table.between(span.start, span.end)
    starts, ends, surfaces, keys = table.starts[lo:hi], table.ends[lo:hi], table.surfaces[lo:hi], table.keys[lo:hi]
    crossing = (ends and ends[-1] > span.end) or (lo > 0 and table.ends[lo - 1] > span.start)
    if crossing:
        # A word runs across the sentence's edge ("killed.The"): split the sentence alone.
        parts = (WORD.plain if table.plain else WORD.unicode).split(doc.text[span.start : span.end])
        bounds = list(itertools.accumulate(map(len, parts), initial=span.start))
        starts, ends, surfaces = bounds[1:-1:2], bounds[2:-1:2], parts[1::2]
        keys = [surface.lower().replace("’", "'") for surface in surfaces]
    is_word: Iterable[bool]
    if table.plain and not crossing:
        # On plain text the table's word flags are the test below, made once for the whole text.
        is_word = table.word_flags()[lo:hi]
    else:
        is_word = map(str.isalnum, map(operator.itemgetter(0), surfaces))
    # tuple.__new__ builds each Token from its fields without a Python call per token.
    fields = zip(starts, ends, surfaces, keys, is_word, strict=False)
    return list(map(tuple.__new__, itertools.repeat(Token), fields)), keys, starts


class Sentence:
    """One sentence of an article, read against the article-wide mentions."""

    def __init__(self, doc: Document, span: Span) -> None:
        self.doc = doc
        self.span = span
        self.tokens, self.keys, self.starts = _tokens(doc, span)
        self.mentions = doc.mentions_in(span)
        self._mention_at: dict[int, ActorMention] | None = None
        self.first_both = self.keys.index("both") if "both" in self.keys else None
        self.counts = doc.counts_in(span)
        counts = self.counts
        self.last_count_start = counts[-1].span.start if counts and counts[-1].span is not None else -1
        self._places: tuple[tuple[Location, ...], list[str], str | None] | None = None
        self._times: tuple[list[TimeExpression], list[int]] | None = None
        self._last_index: dict[frozenset[str], int] = {}

    def mention_at(self, index: int) -> ActorMention | None:
        """The actor mention that covers token ``index``, if any."""
        if self._mention_at is None:
            # Mentions by the tokens they cover, so lookups cost a dict probe, not a scan.
            self._mention_at = {}
            for mention in self.mentions:
                first = bisect.bisect_left(self.starts, mention.span.start)
                last = bisect.bisect_left(self.starts, mention.span.end)
                for index_ in range(first, last):
                    self._mention_at.setdefault(index_, mention)
        return self._mention_at.get(index)

    def last_index_of(self, words: frozenset[str]) -> int:
        """The index of the last token whose key is one of ``words`` (-1 when none is), found once per word list."""
        found = self._last_index.get(words)
        if found is None:
            hits = list(itertools.compress(range(len(self.keys)), map(words.__contains__, self.keys)))
            found = self._last_index[words] = hits[-1] if hits else -1
        return found

    def token_index(self, offset: int) -> int:
        """The index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def _read_places(self) -> tuple[tuple[Location, ...], list[str], str | None]:
        if self._places is None:
            mentions = self.doc.locations_in(self.span)
            seen: dict[tuple[str, str | None], Location] = {}
            for mention in mentions:
                if is_seat(self.doc.text, mention.span):
                    continue  # "a London-based monitor" says where it sits, not where things happened
                seen.setdefault((mention.location.name, mention.location.country), mention.location)
            countries = place_countries(self.doc.text, mentions)
            weak = self.doc.weak_countries
            strong = [code for code in countries if code not in weak] if weak else countries
            local = Counter(strong).most_common(1)[0][0] if strong else None
            self._places = (tuple(seen.values()), countries, local)
        return self._places

    @property
    def locations(self) -> tuple[Location, ...]:
        """Each place the sentence names, once, in order of first mention."""
        return self._read_places()[0]

    @property
    def place_countries(self) -> list[str]:
        """The countries of the places where things happened in the sentence (see ``context.place_countries``)."""
        return self._read_places()[1]

    @property
    def local_country(self) -> str | None:
        """The country most of the sentence's places lie in, if any, of those named strongly enough.

        A place abroad the article names once outside its lede ("the
        Defensoría del Pueblo", read as Pueblo, Colorado) does not count.
        """
        return self._read_places()[2]

    def _read_times(self) -> tuple[list[TimeExpression], list[int]]:
        if self._times is None and self.doc.tokens.plain and not self.doc.has_word(self.span, ANCHOR_WORDS):
            self._times = ([], [])  # no time word: no time expression to look for
        if self._times is None:
            start, end = self.span.start, self.span.end
            found = [
                _shifted(expression, start)
                for expression in find_time_expressions(self.doc.text[start:end], self.doc.published)
            ]
            self._times = (found, [t.span.start for t in found])
        return self._times

    def period_near(self, offset: int) -> DateRange | None:
        """The period of the time expression that starts nearest ``offset`` (the earlier one on a tie)."""
        times, starts = self._read_times()
        if not times:
            return None
        k = bisect.bisect_left(starts, offset)
        if k == len(times) or (k > 0 and offset - starts[k - 1] <= starts[k] - offset):
            k -= 1
        return times[k].period


def _shifted(expression: TimeExpression, offset: int) -> TimeExpression:
    """``expression`` found in a slice starting at ``offset``, with spans into the whole text."""
    span = expression.span.shifted(offset)
    return attrs.evolve(expression, span=span, period=attrs.evolve(expression.period, span=span))
