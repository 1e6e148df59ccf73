"""Stage 2, the mentions: everything found once over the whole article, indexed for lookups by position.

Input: the text, its :class:`~conflictclaims.extraction.header.Header` and its
token table. Output: a :class:`Document`: the sentences, and the counts, actor
mentions (with the actors they merge into) and place mentions inside the body,
each sorted by position with a list of start offsets beside it, so that
"which of these lie in this sentence" is two bisections, never a scan.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final

from conflictclaims import _actor_lexicon, actors, gazetteer
from conflictclaims._actor_pieces import ARMED_GROUP, PERSON
from conflictclaims._actor_scanner import scan
from conflictclaims._patterns import lower_keeping_offsets
from conflictclaims.counts import counts_in
from conflictclaims.sentences import split_sentences

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from conflictclaims.actors import ActorMention
    from conflictclaims.counts import Count
    from conflictclaims.extraction.header import Header
    from conflictclaims.gazetteer import LocationMention
    from conflictclaims.model import Actor
    from conflictclaims.span import Span
    from conflictclaims.tokens import Tokens

__all__ = ["Document", "read_document"]

# The separators inside a compound token ("US-brokered", "Pakistan's").
_INNER: Final = re.compile(r"[-'’.,]")


class Document:
    """One article's text, tokens and mentions, with position indexes.

    Attributes:
        text: The article text.
        lowered: The text lower-cased, every offset kept (``_patterns.lower_keeping_offsets``).
        tokens: Its token table.
        header: What its header says.
        published: The publication date claims are dated against.
        sentences: The sentence spans, in order.
        counts: The number phrases inside the body and outside page furniture.
        mentions: The actor mentions inside the body.
        actors: The actors the whole article's mentions merge into.
        locations: The place mentions inside the body.
        actor_view: The actor finder's view of the tokens (for noun phrases' sides).
        actor_matches: The lexicon phrase at each token of ``actor_view``.
        weak_countries: Countries of another place than the article's home
            named only once, outside the lede: too weak to say where a
            sentence happens (set by the context stage).
    """

    def __init__(  # noqa: PLR0913 - the parts one article is read into
        self,
        *,
        text: str,
        lowered: str,
        tokens: Tokens,
        header: Header,
        counts: tuple[Count, ...],
        mentions: tuple[ActorMention, ...],
        index: actors.ActorIndex,
        locations: tuple[LocationMention, ...],
        actor_view: _actor_lexicon.ActorTokens,
        actor_matches: list[_actor_lexicon.Match | None],
    ) -> None:
        self.text = text
        self.lowered = lowered
        self.tokens = tokens
        self.header = header
        self.published: dt.date | None = header.published
        self.body = header.body
        self.sentences = split_sentences(text)
        self.counts = counts
        self.mentions = mentions
        self.actors = index.actors
        self._actor_of = {id(m): index.actors[a] for m, a in zip(index.mentions, index.assignment, strict=True)}
        self.locations = locations
        self.actor_view = actor_view
        self.actor_matches = actor_matches
        self._count_starts = [c.span.start for c in counts if c.span is not None]
        self._mention_starts = [m.span.start for m in mentions]
        self._location_starts = [m.span.start for m in locations]
        self._skipped_starts = [s.start for s in header.skipped]
        self._sentence_starts = [span.start for span in self.sentences]
        self._positions: dict[frozenset[str], list[int]] = {}
        self._parts: list[tuple[int, list[str]]] | None = None
        self.weak_countries: frozenset[str] = frozenset()

    def actor_for(self, mention: ActorMention) -> Actor:
        """The merged actor a mention belongs to."""
        return self._actor_of[id(mention)]

    def settle_actors(self, settled: dict[int, Actor]) -> None:
        """Put each actor in ``settled`` (keyed by the identity of the actor it replaces) in its place.

        The context stage gives every actor its party once; the later stages
        read the actors with their parties.
        """
        self.actors = tuple(settled.get(id(actor), actor) for actor in self.actors)
        self._actor_of = {key: settled.get(id(actor), actor) for key, actor in self._actor_of.items()}

    def counts_in(self, span: Span) -> list[Count]:
        """The counts that start inside ``span``."""
        lo = bisect.bisect_left(self._count_starts, span.start)
        hi = bisect.bisect_left(self._count_starts, span.end)
        return list(self.counts[lo:hi])

    def count_before(self, offset: int) -> Count | None:
        """The last count that starts before ``offset``."""
        k = bisect.bisect_left(self._count_starts, offset)
        return self.counts[k - 1] if k else None

    def mentions_in(self, span: Span) -> list[ActorMention]:
        """The actor mentions inside ``span``."""
        lo = bisect.bisect_left(self._mention_starts, span.start)
        hi = bisect.bisect_left(self._mention_starts, span.end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= span.end]

    def mentions_before(self, offset: int, limit: int) -> Sequence[ActorMention]:
        """The last ``limit`` actor mentions that start before ``offset``, in order."""
        k = bisect.bisect_left(self._mention_starts, offset)
        return self.mentions[max(0, k - limit) : k]

    def locations_in(self, span: Span) -> list[LocationMention]:
        """The place mentions inside ``span``."""
        lo = bisect.bisect_left(self._location_starts, span.start)
        hi = bisect.bisect_left(self._location_starts, span.end)
        return [m for m in self.locations[lo:hi] if m.span.end <= span.end]

    def in_skipped(self, span: Span) -> bool:
        """Whether ``span`` overlaps page furniture the header reader set aside."""
        skipped = self.header.skipped
        i = bisect.bisect_left(self._skipped_starts, span.end)
        return i > 0 and skipped[i - 1].end > span.start

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that starts at or before ``offset`` (-1 before the first)."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def _compound_parts(self) -> list[tuple[int, list[str]]]:
        """Each compound token's index and the parts its inner marks separate, split once for every word list."""
        if self._parts is None:
            keys = self.tokens.keys
            self._parts = [(i, _INNER.split(keys[i])) for i in self.tokens.compounds()]
        return self._parts

    def has_word(self, span: Span, words: frozenset[str]) -> bool:
        """Whether a word of ``words`` stands in ``span``, alone or inside a compound ("US-brokered").

        A token's key is looked up whole, and a compound's also part by part, as a
        word search that stops at apostrophes, hyphens and full stops would. The
        tokens holding such words are found once per word list; then each span
        costs a bisection.
        """
        positions = self._positions.get(words)
        if positions is None:
            keys = self.tokens.keys
            hits = set(itertools.compress(range(len(keys)), map(words.__contains__, keys)))
            hits.update(i for i, parts in self._compound_parts() if not words.isdisjoint(parts))
            positions = self._positions[words] = sorted(hits)
        lo, hi = self.tokens.between(span.start, span.end)
        k = bisect.bisect_left(positions, lo)
        return k < len(positions) and positions[k] < hi


def _in_body(spans: Sequence[Span], body: Span) -> list[bool]:
    starts = map(operator.attrgetter("start"), spans)
    ends = map(operator.attrgetter("end"), spans)
    # start >= body.start and end <= body.end, in C.
    return list(
        map(
            operator.and_,
            map(operator.le, itertools.repeat(body.start), starts),
            map(operator.ge, itertools.repeat(body.end), ends),
        )
    )


def _inside_any(span: Span, spans: Sequence[Span]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (a few per article: a scan is cheap)."""
    return any(outer.start <= span.start and span.end <= outer.end for outer in spans)


def read_document(text: str, tokens: Tokens, header: Header) -> Document:
    """Find the article's counts, actors and places once, inside its body (stage 2).

    A place inside a person's or an armed group's name is no place: "Hassan"
    in "General Hassan Idris Mahjoub" is not the Indian town, and "Sahel" in
    "Islamic State Sahel Province" names the group's reach, not a region.
    """
    body = header.body
    lowered = lower_keeping_offsets(text)
    counts = tuple(
        c for c in counts_in(text, lowered, plain=tokens.plain)
        if c.span is not None and body.start <= c.span.start and c.span.end <= body.end
        and not any(s.overlaps(c.span) for s in header.skipped)
    )  # fmt: skip
    actor_view = _actor_lexicon.actor_tokens(tokens)
    found_phrases = _actor_lexicon.matches(actor_view, _actor_lexicon.lexicon())
    actor_matches = _actor_lexicon.settle_readings(actor_view, found_phrases)
    found = scan(actor_view, actor_matches) if len(tokens) else ()
    mentions = tuple(itertools.compress(found, _in_body([m.span for m in found], body)))
    index = actors.merge_actors(mentions)
    countries = {a.country for a in index.actors if a.country is not None}
    places = gazetteer.locations_in_tokens(tokens, context_countries=countries) if len(tokens) else ()
    locations = tuple(itertools.compress(places, _in_body(list(map(operator.attrgetter("span"), places)), body)))
    names: list[Span] = []
    for m in mentions:
        if m.kind is ARMED_GROUP and " " in m.text:  # a name of one word holds no other place
            names.append(m.span)
        elif m.kind is PERSON and m.head is not None:
            names.append(m.head)
    if names:
        locations = tuple(place for place in locations if not _inside_any(place.span, names))
    return Document(
        text=text, lowered=lowered, tokens=tokens, header=header, counts=counts, mentions=mentions, index=index,
        locations=locations, actor_view=actor_view, actor_matches=actor_matches,
    )  # fmt: skip
