"""Who is speaking: the actor a speaking mention stands for, and memory of the last speakers.

Speakers are remembered across sentences, so that "He added", "It said" and
"the ministry said" resolve to the person, the body or the ministry that spoke
last. A generic speaker takes its side from the text: "Officials" speak for the
side of the last speaker, local police for where things happened.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs
import regex
from attrs import define

from conflictclaims import _speech
from conflictclaims.actors import country_of
from conflictclaims.extraction.context import Context, place_countries
from conflictclaims.model import Actor, ActorKind, PartyKind
from conflictclaims.parties import GROUP_ROLES, PartyReader
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.actors import ActorMention
    from conflictclaims.extraction.document import Document

__all__ = ["LOCAL_ROLES", "LOCAL_TITLES", "Memory", "Speakers", "is_local_role", "modifier_stance"]

# How far (in characters) around a local speaker to look for the places it speaks for.
_PLACE_WINDOW: Final = 300
# How far before a name a local title may stand ("regional Gov. Oleh Syniehubov").
_TITLE_WINDOW: Final = 30
_LETTERS: Final = regex.compile(r"\p{L}+")
#: Titles before a name that make its bearer speak for a place ("regional Gov. Oleh Syniehubov").
LOCAL_TITLES: Final = frozenset({"gov", "mayor", "governor", "sheriff", "prefect", "commissioner"})
#: Words of a role that make a speaker speak for a place, not a side ("district police chief").
LOCAL_ROLES: Final = frozenset(
    {"governor", "mayor", "police", "regional", "district", "provincial", "local", "administration", "chief"}
)
# Speakers whose party the text names: no generic reading changes it.
_NAMED_PARTIES: Final = frozenset({PartyKind.ARMED_GROUP, PartyKind.INTERNATIONAL})
_STATE_PARTIES: Final = frozenset({PartyKind.STATE})
# How many of the article's countries are its sides, whose officials a bare "Officials" may be.
_SIDES: Final = 2
# Generic speakers' roles that name a state's body: "the army", "the ministry", "the police".
_STATE_ROLES: Final = frozenset({"military", "government", "police"})
# The last words of a speaker's name that make it many: "officials", "security forces".
_PLURAL_ENDINGS: Final = ("officials", "authorities", "forces", "sources")
# How many actor mentions back a generic "the group" looks for the group it stands for.
_GROUP_REACH: Final = 40
# How many characters after an organization's name its apposition may take: ", a Geneva-based monitor".
_APPOSITION_REACH: Final = 60
# A generic speaker with a demonstrative before it is one named earlier: "the ministry".
_ANAPHORIC: Final = (["the"], ["this"], ["that"])
# Who a person speaks for, named right after his role or before his name: "a spokesman for
# the rebels", "X, a spokesman for the insurgents", "A spokesman for the rebels, X,".
_GROUP_NOUNS: Final = "|".join(
    sorted({*_speech.GROUP_WORDS, *(w + "s" for w in _speech.GROUP_WORDS)} - {"group's", "group'ss"})
)
_FOR_A_GROUP_AFTER: Final = regex.compile(
    rf"[\s,]*+(?:(?:a|an|the)\s++\w++\s++)?+(?:for|of)\s++the\s++(?:{_GROUP_NOUNS}|group)\b"
)
_FOR_A_GROUP_BEFORE: Final = regex.compile(rf"\b(?:for|of)\s++the\s++(?:{_GROUP_NOUNS}|group),\s*+$")
_FOR_A_GROUP_WINDOW: Final = 40


def _may_be(actor: Actor, role: str) -> bool:
    """Whether ``actor`` may be what a generic speaker of ``role`` names: "the army" is no rebel "Liberation Army"."""
    return role not in _STATE_ROLES or actor.party.kind is not PartyKind.ARMED_GROUP


def _is_proper(name: str) -> bool:
    """Whether a name is a proper one, every word capitalized: "Syrian Democratic Forces"."""
    words = [w for w in name.split() if w.lower() not in {"of", "the", "for", "and"}]
    return bool(words) and all(w[:1].isupper() for w in words)


def _speaks_for_a_group(actor: Actor) -> bool:
    """Whether a person's role makes him speak for an armed group the table does not name ("rebel commander")."""
    words = (actor.role or "").lower().replace("-", " ").split()
    return actor.party.kind is not PartyKind.ARMED_GROUP and not GROUP_ROLES.isdisjoint(words)


def modifier_stance(word: str, role: str) -> ActorKind | None:
    """What a modifier before a generic speaker's noun says of its side, or ``None`` if it says nothing of it.

    Grammar: ``GROUP-WORD NOUN | "pro-" WORD NOUN | WORD ("-run" | "-aligned" | …) NOUN``. "the
    militia member", "a rebel commander" speak for an armed group
    (``ARMED_GROUP``); "a junta-run broadcaster" for the state
    (``GOVERNMENT``); "a pro-junta news page", "an opposition-run outlet",
    "RSF-aligned accounts" for no side one can tell (``UNKNOWN``).
    """
    if word in _speech.GROUP_WORDS:
        return ActorKind.ARMED_GROUP if role in {"person", "unknown", "military"} else None
    if word.startswith(_speech.PARTISAN_PREFIXES):
        return ActorKind.UNKNOWN
    if not word.endswith(_speech.PARTISAN_SUFFIXES):
        return None
    owner, _, how = word.rpartition("-")
    owned = owner in _speech.STATE_OWNERS and f"-{how}" in _speech.OWNED_SUFFIXES
    return ActorKind.GOVERNMENT if owned else ActorKind.UNKNOWN


def is_local_role(role: str | None) -> bool:
    """Whether a person's role makes him speak for a place: a governor, a mayor, police."""
    return role is not None and any(word in LOCAL_ROLES for word in role.lower().split())


@define
class Memory:
    """Who spoke last, for pronouns and "the ministry" in later sentences."""

    person: Actor | None = None
    thing: Actor | None = None
    plural: Actor | None = None
    last: Actor | None = None

    def remember(self, actor: Actor | None) -> None:
        """Remember ``actor`` as the last speaker of its sort."""
        if actor is None:
            return
        self.last = actor
        if actor.kind is ActorKind.PERSON:
            self.person = actor
        elif actor.name.lower().endswith(_PLURAL_ENDINGS) and not _is_proper(actor.name):
            # "security forces" are they; the Rapid Support Forces are it.
            self.plural = actor
        else:
            self.thing = actor


class Speakers:
    """Resolves speakers against the article, its context and the memory of who spoke.

    Without a ``context``, speakers are read on the article's date with no
    country context.
    """

    def __init__(self, doc: Document, context: Context | None = None) -> None:
        self.doc = doc
        self.context = context if context is not None else Context((), reader=PartyReader(published=doc.published))
        self.memory = Memory()
        self._named: dict[str, Actor | None] = {}
        self._described: dict[str, Actor | None] = {}
        self._country_cache: dict[str, str | None] = {}

    def country_of(self, word: str) -> str | None:
        """The country a capitalized word names ("Pakistani", "Kabul"), cached per word."""
        cached = self._country_cache.get(word, "")
        if cached != "":
            return cached
        value = country_of(word) if word[:1].isupper() or word.isupper() else None
        self._country_cache[word] = value
        return value

    def settle(self, mention: ActorMention) -> Actor:
        """The actor a speaking mention stands for.

        A speaker named without a nationality word takes its side from the
        text: a governor or the police speak for the place around them, "the
        ministry" is the last ministry that spoke, a bare "Officials" speaks
        for the side of the last speaker.
        """
        actor = self.doc.actor_for(mention)
        if actor.kind is ActorKind.ARMED_GROUP and not actor.party.known:
            # "the paramilitary group said", "rebels claim": the group named last, or the one named most.
            group = self.group_before(mention.span.start)
            if group is not None:
                return group
        if mention.country is not None or actor.party.kind in _NAMED_PARTIES:
            return actor
        if actor.kind is ActorKind.PERSON:
            return self._settle_person(mention, actor)
        if actor.kind is ActorKind.ORGANIZATION:
            return actor
        return self._settle_generic(mention, actor)

    def _settle_person(self, mention: ActorMention, actor: Actor) -> Actor:
        """A person named without a nationality word: a rebel commander's group, a governor's place."""
        words = mention.text.lower().split()
        before = self.doc.text[max(0, mention.span.start - 4) : mention.span.start].lower().split()
        last = self._last_person_as(words[0]) if before[-1:] == ["the"] and len(words) == 1 else None
        if last is not None:
            return last  # "The spokesman said", after "army spokesman Onyema Nwachukwu said"
        if _speaks_for_a_group(actor) or self.for_a_group(mention.span):
            # "a rebel commander said": the group named last, or the one named most.
            return self.of_group_before(actor, mention.span)
        if is_local_role(actor.role) or self._titled_locally(mention.span.start):
            # A governor or police chief speaks for the place he governs.
            return self.with_place_country(attrs.evolve(actor, country=None), mention.span)
        return actor

    def _settle_generic(self, mention: ActorMention, actor: Actor) -> Actor:
        words = mention.text.lower().split()
        noun = words[-1] if words else ""
        role = _speech.GENERIC_SPEAKERS.get(noun)
        if role is None:
            return actor
        before = self.doc.text[max(0, mention.span.start - 6) : mention.span.start].lower().split()
        if words[0] in {"the", "this", "that"} or before[-1:] in _ANAPHORIC:
            earlier = self.resolve_generic(noun, role)
            if earlier is not None and earlier.country is not None:
                return earlier
        if any(word in LOCAL_ROLES for word in words):
            # Local police or a provincial ministry speak for where things happened.
            return self.with_place_country(attrs.evolve(actor, country=None), mention.span)
        last = self.last_side()
        if last is not None:
            return self.with_party(attrs.evolve(actor, country=last))
        return actor

    def for_a_group(self, span: Span) -> bool:
        """Whether the speaker at ``span`` is said to speak for an armed group not named there.

        Grammar: ``SPEAKER ["," "a" ROLE] ("for" | "of") "the" GROUP-NOUN`` or
        ``("for" | "of") "the" GROUP-NOUN "," SPEAKER``: "a spokesman for the
        rebels", "X, a spokesman for the insurgents", "A spokesman for the militia, X,".
        """
        text = self.doc.text
        if _FOR_A_GROUP_AFTER.match(text[span.end : span.end + _FOR_A_GROUP_WINDOW]) is not None:
            return True
        return _FOR_A_GROUP_BEFORE.search(text[max(0, span.start - _FOR_A_GROUP_WINDOW) : span.start]) is not None

    def of_group_before(self, person: Actor, span: Span) -> Actor:
        """``person`` (at ``span``) on the side of the armed group that ``group_before`` finds, if any."""
        group = self.group_before(span.start)
        return person if group is None else self.context.reader.settled(person, (group.party.name,))

    def group_before(self, offset: int) -> Actor | None:
        """The armed group a generic "the group" or "rebels" at ``offset`` stands for.

        The last group the table knows named before it; failing that, the
        group the article names most.
        """
        for mention in reversed(self.doc.mentions_before(offset, _GROUP_REACH)):
            actor = self.doc.actor_for(mention)
            if actor.party.kind is PartyKind.ARMED_GROUP:
                return actor
        named = [party for party, _ in self.context.parties.most_common() if party.kind is PartyKind.ARMED_GROUP]
        if not named:
            return None
        return next((a for a in self.doc.actors if a.party == named[0]), None)

    def last_side(self) -> str | None:
        """The country of the last speaker, if it is a state the article is about ("Officials" then speak for it)."""
        last = self.memory.last
        if last is None or last.country is None or last.party.kind not in _STATE_PARTIES:
            return None
        sides = self.context.countries[:_SIDES]
        return last.country if not sides or last.country in sides else None

    def _titled_locally(self, start: int) -> bool:
        """Whether a local title ("regional Gov.", "mayor") stands right before ``start``."""
        words = _LETTERS.findall(self.doc.text[max(0, start - _TITLE_WINDOW) : start].lower())
        return any(word in LOCAL_TITLES or word in LOCAL_ROLES for word in words[-3:])

    def place_country(self, near: Span) -> str | None:
        """The country most of the places named around ``near`` lie in, if any."""
        text = self.doc.text
        around = Span(start=max(0, near.start - _PLACE_WINDOW), end=min(len(text), near.end + _PLACE_WINDOW))
        places = place_countries(text, self.doc.locations_in(around))
        return Counter(places).most_common(1)[0][0] if places else None

    def with_place_country(self, actor: Actor, near: Span) -> Actor:
        """``actor`` with the country of the places named around ``near``, if any, and its party there."""
        country = self.place_country(near)
        if country is None:
            return self.with_party(actor)
        return self.with_party(attrs.evolve(actor, country=country))

    def with_party(self, actor: Actor, near: Span | None = None) -> Actor:
        """``actor``, built from the words of a sentence, with its party in the article's context.

        A local speaker without a country of its own ("residents", "the
        police") takes the country of the places around ``near``, or the
        article's.
        """
        country = self.place_country(near) if near is not None and actor.country is None else None
        return self.context.reader.settled(actor, (), country)

    def resolve_generic(self, noun: str, role: str) -> Actor | None:
        """The earlier speaker "the ministry", "the statement" or "the spokesman" refers to."""
        memory = self.memory
        for actor in (memory.last, memory.thing, memory.plural, memory.person):
            if actor is not None and noun in actor.name.lower() and _may_be(actor, role):
                return actor
        if role == "person":
            return self._last_person_as(noun)
        if noun == "statement":
            return memory.thing or memory.last
        return self._first_actor_named(noun, role)

    def _last_person_as(self, noun: str) -> Actor | None:
        """The last person who spoke as a ``noun``: "the spokesman" after "army spokesman X", never a colonel."""
        person = self.memory.person
        return person if person is not None and noun in (person.role or "").lower() else None

    def _first_actor_named(self, noun: str, role: str) -> Actor | None:
        """The first non-person actor whose name holds ``noun`` and may be a ``role`` (cached: asked once per noun).

        An organization may also be named by what the article calls it in
        apposition: after "the Yemen Data Observatory, a Geneva-based
        monitor", "a rights monitor" is the Observatory.
        """
        if noun not in self._named:
            found = next(
                (
                    a
                    for a in self.doc.actors
                    if noun in a.name.lower() and a.kind is not ActorKind.PERSON and _may_be(a, role)
                ),
                None,
            )
            if found is None and role == "organization":
                found = self.described_as(noun)
            self._named[noun] = found
        return self._named[noun]

    def described_as(self, noun: str) -> Actor | None:
        """The one named organization the article calls a ``noun`` in apposition ("YDO, a Geneva-based monitor").

        Cached: asked once per noun.
        """
        if noun in self._described:
            return self._described[noun]
        text = self.doc.text
        apposition = regex.compile(rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,4}}{regex.escape(noun)}\b", regex.IGNORECASE)
        described = [
            actor
            for actor in self.doc.actors
            if actor.kind is ActorKind.ORGANIZATION
            and actor.party.known
            and any(apposition.match(text, span.end, span.end + _APPOSITION_REACH) for span in actor.mentions)
        ]
        self._described[noun] = described[0] if len(described) == 1 else None
        return self._described[noun]

    def remember_first_person(self, mentions: Sequence[ActorMention]) -> None:
        """Remember a sentence's first person: "Konashenkov spoke. He added …" means him."""
        person = next((m for m in mentions if m.kind is ActorKind.PERSON), None)
        if person is not None:
            self.memory.person = self.doc.actor_for(person)
