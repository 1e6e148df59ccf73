"""Stage 3, the context: which countries the article is about, and every actor's party.

Input: the :class:`~conflictclaims.extraction.document.Document`. Output: a
:class:`Context`:

- the countries the article is about, weighted: places (the dateline and the
  headline and lede most), then the sides its actors are named for;
- where things happen: the countries of its places alone, the country a
  local actor without a nationality word ("police", "residents") belongs to;
- the parties its actors resolve to (:mod:`conflictclaims.parties`), how
  often each is named, and so whom each fights ("we killed 20 soldiers" said
  by a group are the soldiers of the state it fights).

The document's actors are given their parties here, so that every later
stage reads an actor with its party.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar
from conflictclaims.model import Actor, ActorKind, LocationKind, Party, PartyKind
from conflictclaims.parties import PartyReader, opponents
from conflictclaims.span import Span

if TYPE_CHECKING:
    from conflictclaims.actors import ActorMention
    from conflictclaims.extraction.document import Document
    from conflictclaims.gazetteer import LocationMention

__all__ = ["Context", "is_seat", "place_countries", "read_context"]

_TWO_SIDES: Final = 2
# Words before a country that make it where things happened: "killed in Sudan", "in southern Somalia".
_INSIDE: Final = frozenset({"in", "inside", "across", "throughout"})
_REGION_WORDS: Final = _grammar.REGION_WORDS | {"the"}
_MEDIATION: Final = lex.CEASEFIRE_WORDS | lex.MEDIATION_CUES
# How much a place counts towards what the article is about: in the headline
# or lede, anywhere else; a country's name not after "in" also stands for its
# government, and counts less as a place. The dateline is where the reporter
# files from, often a regional bureau ("NAIROBI" for Somalia): one place.
_DATELINE_WEIGHT: Final = 1.0
_LEDE_WEIGHT: Final = 2.0
_BARE_COUNTRY_WEIGHT: Final = 0.5
# An actor's side counts for less than a place towards what the article is about.
_ACTOR_WEIGHT: Final = 0.5
# How many times the places of the next country the first country's must weigh to be the article's home.
_HOME_MARGIN: Final = 2.0
# The weight of one place named once outside the lede and dateline.
_ONE_PLACE: Final = 1.0
# How many sentences open an article (headline and lede).
_LEDE: Final = 2
# How far (in characters) around a local actor's first mention to look for its places.
_PLACE_WINDOW: Final = 300
# What may follow a dateline's place: "KABUL, Afghanistan (AP) —", "PORT SUDAN, Jan 19 -".
# A dateline of several places ("CAIRO/GAZA (AP) —") names the bureaus the story
# spans, not one regional desk: its places count as the lede's.
_DATELINE_FOLLOWERS: Final = (",", " (", " -", " —", " –")
# What marks a place as a body's seat: "a London-based monitor", "a group based in Geneva".
_SEAT_AFTER: Final = ("-based", "-headquartered", "–based", " based ")
_SEAT_BEFORE: Final = ("based in ", "headquartered in ", "Based in ", "Headquartered in ")


class Context:
    """What an article is about: its countries, where things happen, and the parties its actors stand for.

    Attributes:
        countries: The countries the article is about, most first.
        where: The countries its places lie in, most first.
        home: The one country its places point to, when one stands out.
        sides: The two countries whose actors the article names most.
        parties: How often each party is named (mediators left out).
        reader: Resolves actors to parties on the article's date, in its countries.
    """

    __slots__ = ("countries", "home", "parties", "reader", "sides", "where")

    def __init__(  # noqa: PLR0913 - the parts of an article's context
        self,
        sides: tuple[str, ...],
        *,
        countries: tuple[str, ...] = (),
        where: tuple[str, ...] = (),
        parties: Counter[Party] | None = None,
        reader: PartyReader | None = None,
        home: str | None = None,
    ) -> None:
        self.sides = sides
        self.countries = countries or sides
        self.where = where
        self.home = home
        self.parties: Counter[Party] = parties if parties is not None else Counter()
        self.reader = reader if reader is not None else PartyReader(countries=self.countries, local=self.local)

    @property
    def local(self) -> str | None:
        """The country an actor without a nationality word belongs to, where the article places things."""
        if self.where:
            return self.where[0]
        return self.countries[0] if self.countries else None

    def opponent_of(self, country: str | None) -> str | None:
        """The other side of ``country``, when the article is about two and it is one of them."""
        if country is None or len(self.sides) < _TWO_SIDES or country not in self.sides:
            return None
        return self.sides[1] if self.sides[0] == country else self.sides[0]

    def opponent(
        self, party: Party | None, *, want: PartyKind | None = None, prefer: str | None = None
    ) -> Party | None:
        """Whom ``party`` fights here, of kind ``want`` if given, in country ``prefer`` if it can.

        The first of :func:`~conflictclaims.parties.opponents` that fits; a
        state in an article about two states fights the other, even when
        neither names an armed group.
        """
        if party is None or not party.known:
            return None
        found = opponents(party, self.parties, published=self.reader.published)
        if party.kind is PartyKind.STATE:
            other = self.opponent_of(party.country)
            if other is not None and Party.state(other) not in found:
                found.append(Party.state(other))
        if want is not None:
            found = [p for p in found if p.kind is want]
        if prefer is not None:
            here = [p for p in found if p.country == prefer]
            found = here or found
        return found[0] if found else None

    def state(self, country: str | None = None) -> Party | None:
        """The state of ``country``, or of where the article places things."""
        code = country or self.local
        return Party.state(code) if code is not None else None


def read_context(doc: Document) -> Context:
    """The countries the article is about, and every actor's party (stage 3).

    The document's actors are replaced by the same actors with their party
    and, for local actors, the country of the places they are tied to.
    Mentions in sentences about a ceasefire or its brokering do not count
    towards the sides: a mediator named there is no side of the fighting.
    """
    # Whether each mention stands in a sentence about a ceasefire, each sentence read once.
    mediation: dict[int, bool] = {}
    mediated = []
    for mention in doc.mentions:
        k = doc.sentence_at(mention.span.start)
        if k >= 0 and k not in mediation:
            mediation[k] = doc.has_word(doc.sentences[k], _MEDIATION)
        mediated.append(k >= 0 and mediation[k])
    actor_tally: Counter[str] = Counter()
    for mention, aside in zip(doc.mentions, mediated, strict=True):
        if mention.country is None or mention.kind is ActorKind.ORGANIZATION or aside:
            continue
        actor_tally[mention.country] += 1
    where = _place_tally(doc)
    about: dict[str, float] = dict(where)
    for code, count in actor_tally.items():
        about[code] = about.get(code, 0.0) + _ACTOR_WEIGHT * count
    sides = tuple(code for code, _ in actor_tally.most_common(_TWO_SIDES))
    countries = tuple(sorted(about, key=lambda code: -about[code]))
    where_ranked = tuple(sorted(where, key=lambda code: -where[code]))
    home = None
    if where_ranked and (len(where_ranked) == 1 or where[where_ranked[0]] >= _HOME_MARGIN * where[where_ranked[1]]):
        home = where_ranked[0]
    local = where_ranked[0] if where_ranked else (countries[0] if countries else None)
    reader = PartyReader(countries=countries, published=doc.published, local=local)
    if home is not None:
        doc.weak_countries = frozenset(code for code, weight in where.items() if code != home and weight <= _ONE_PLACE)
    doc.settle_actors(_settle_actors(doc, reader, home))
    return Context(
        sides, countries=countries, where=where_ranked, parties=_party_tally(doc, mediated), reader=reader, home=home
    )


def _party_tally(doc: Document, mediated: list[bool]) -> Counter[Party]:
    """How often each state and armed group is named, outside sentences about a ceasefire, first named first."""
    # Counted by actor, then by party in the order of each actor's first mention: a party is
    # hashed once per actor, not once per mention, and still comes in at its first mention.
    counted: dict[int, int] = {}
    actors: dict[int, Actor] = {}
    for mention, aside in zip(doc.mentions, mediated, strict=True):
        actor = doc.actor_for(mention)
        kind = actor.party.kind
        if (kind is PartyKind.STATE or kind is PartyKind.ARMED_GROUP) and not aside:
            key = id(actor)
            counted[key] = counted.get(key, 0) + 1
            actors[key] = actor
    parties: Counter[Party] = Counter()
    for key, count in counted.items():
        parties[actors[key].party] += count
    return parties


def _place_tally(doc: Document) -> dict[str, float]:
    """How much the article's places point at each country: the dateline and lede most."""
    tally: dict[str, float] = {}
    text = doc.text
    for mention in doc.locations:
        country = mention.location.country
        if country is None or is_seat(text, mention.span):
            continue
        weight = 1.0
        if mention.location.kind is LocationKind.COUNTRY and not _after_inside(text, mention.span):
            weight = _BARE_COUNTRY_WEIGHT
        k = doc.sentence_at(mention.span.start)
        if 0 <= k < _LEDE:
            weight *= _LEDE_WEIGHT
        if _in_dateline(text, mention.span):
            weight = _DATELINE_WEIGHT
        tally[country] = tally.get(country, 0.0) + weight
    return tally


def _in_dateline(text: str, span: Span) -> bool:
    """Whether a place opens a line and a dateline's comma or dash follows it ("PORT SUDAN, Jan 19 -")."""
    if not (text.startswith(_DATELINE_FOLLOWERS, span.end) and text[span.start : span.end].isupper()):
        return False
    start = span.start
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] in "\r\n"


_STATE_BODIES: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE})
"""Kinds of body a group can run in the land it holds ("the Houthi-run health ministry")."""


def _settle_actors(doc: Document, reader: PartyReader, home: str | None) -> dict[int, Actor]:
    """Each actor of the document (by identity) with its party, and local actors with their country."""
    affiliations: dict[int, list[str | None]] = {}
    first: dict[int, ActorMention] = {}
    for mention in doc.mentions:
        key = id(doc.actor_for(mention))
        affiliations.setdefault(key, []).append(mention.affiliation)
        first.setdefault(key, mention)
    settled: dict[int, Actor] = {}
    for actor in doc.actors:
        key = id(actor)
        near = None
        if actor.country is None and key in first:
            near = _near_country(doc, first[key].span, home)
        settled[key] = reader.settled(actor, affiliations.get(key, ()), near)
    order = sorted((mention.span.start, key) for key, mention in first.items() if key in settled)
    # The bodies a person's role may name, in order of first mention, each with the head word of its name.
    bodies: list[tuple[int, str, Actor]] = []
    for at, key in order:
        actor = settled[key]
        if actor.kind in _STATE_BODIES:
            bodies.append((at, (actor.name.lower().split() or [""])[-1], actor))
        if actor.kind is not ActorKind.PERSON or not actor.role:
            continue  # only a person's role names a body
        body = _body_named_by_role(actor, at, bodies)
        if body is None:
            continue
        if body.party.kind is PartyKind.ARMED_GROUP:
            settled[key] = reader.settled(actor, (body.party.name,))
        elif not actor.party.known and body.party.known:
            # "Carolina Restrepo, the office's delegate": the office's side.
            settled[key] = attrs.evolve(actor, party=body.party, country=actor.country or body.country)
    return settled


def _body_named_by_role(person: Actor, at: int, bodies: list[tuple[int, str, Actor]]) -> Actor | None:
    """The body a person's role names by its head ("ministry spokesman", "the office's delegate"), if it does.

    ``bodies`` are state bodies in order of first mention, each with where
    that is and the head word of its name; the person is first named at
    ``at``. The head stands for the last body so named before the person:
    after "the Houthi-run health ministry", a "ministry spokesman" speaks
    for the Houthis.
    """
    if person.kind is not ActorKind.PERSON or person.party.kind is PartyKind.ARMED_GROUP or not person.role:
        return None
    words = {word.removesuffix("'s") for word in person.role.lower().split()}
    for start, head, body in reversed(bodies):
        if start < at and head in words:
            return body
    return None


def _near_country(doc: Document, span: Span, home: str | None) -> str | None:
    """The country most places in the sentence of ``span``, or around it, lie in; ``home`` wins a tie.

    A place of another country than the article's ``home`` that the article
    names only once, outside its lede, is too weak a tie: "the Defensoría del
    Pueblo" names no Pueblo in Colorado.
    """
    k = doc.sentence_at(span.start)
    if k >= 0:
        found = place_countries(doc.text, doc.locations_in(doc.sentences[k]))
        if found:
            return _most_named(doc, found, home)
    around = Span(start=max(0, span.start - _PLACE_WINDOW), end=min(len(doc.text), span.end + _PLACE_WINDOW))
    found = place_countries(doc.text, doc.locations_in(around))
    return _most_named(doc, found, home) if found else None


def _most_named(doc: Document, found: list[str], home: str | None) -> str | None:
    """The country named most in ``found``; of those named as often, ``home`` if it is one."""
    if home is not None:
        found = [code for code in found if code not in doc.weak_countries]
        if not found:
            return home
    ranked = Counter(found).most_common()
    top = ranked[0][1]
    if home is not None and ranked[0][0] != home and any(code == home and n == top for code, n in ranked):
        return home
    return ranked[0][0]


def is_seat(text: str, span: Span) -> bool:
    """Whether the place at ``span`` is where a body sits, not where things happened.

    Grammar: ``PLACE "-based" | PLACE "-headquartered" | ("based" | "headquartered") "in" PLACE``
    ("Airwars, a London-based monitor"; "a monitor based in Geneva").
    """
    # Two tests in C: this runs for every place of every sentence read.
    return text.startswith(_SEAT_AFTER, span.end) or text.endswith(_SEAT_BEFORE, 0, span.start)


def place_countries(text: str, places: list[LocationMention]) -> list[str]:
    """Countries of the places where things happened, of ``places`` in ``text``.

    Sub-national places count wherever they stand; a country only after
    "in" ("killed in Sudan"), since countries also stand for their
    governments ("Qatar, which mediated …"); a body's seat ("a London-based
    monitor") not at all.
    """
    found: list[str] = []
    dateline: list[str] = []
    for k, mention in enumerate(places):
        location = mention.location
        if location.country is None or is_seat(text, mention.span):
            continue
        if location.kind is LocationKind.COUNTRY and not (
            _after_inside(text, mention.span) or _owns_next_place(text, mention, places[k + 1 : k + 2])
        ):
            continue
        (dateline if _in_dateline(text, mention.span) else found).append(location.country)
    # The dateline is where the reporter files from: where things happened only when nothing
    # else says, and otherwise a tie-breaker among the places the text names.
    return [*found, *(code for code in dateline if code in found)] if found else dateline


def _owns_next_place(text: str, country: LocationMention, following: list[LocationMention]) -> bool:
    """Whether a country's possessive opens the next place: "Yemen's Red Sea province of Hodeidah"."""
    end = country.span.end
    if not text.startswith(("'s ", "’s "), end):
        return False
    return bool(following) and following[0].span.start == end + 3


def _after_inside(text: str, span: Span) -> bool:
    """Whether a country's name follows "in" or the like, over words of region ("in southern Somalia")."""
    before = text[max(0, span.start - 40) : span.start]
    # Most often the word right before is no word of region: it alone is read.
    last = before.rsplit(None, 1)
    if not last:
        return False
    word = last[-1].lower()
    if word not in _REGION_WORDS:
        return word in _INSIDE
    words = before.lower().split()
    while words and words[-1] in _REGION_WORDS:
        words.pop()
    return bool(words) and words[-1] in _INSIDE
