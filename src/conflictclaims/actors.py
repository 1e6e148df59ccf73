"""Recognize who speaks and whose dead are counted: actors in conflict news.

A longest-match lookup over a phrase lexicon (demonyms, country names,
capitals, armed groups, institutions, titles, ranks, people nouns; see
``_actor_lexicon``) tags each token of the shared token table; a single
left-to-right pass (``_actor_scanner``)
builds non-overlapping :class:`ActorMention` objects from those tags:

- titled persons, affiliation first or after a comma
  ("Pakistan's Information Minister Attaullah Tarar",
  "A spokesperson for Afghanistan's Ministry of Defence, Enayatullah Khowarazmi",
  "Mosharraf Ali Zaidi, a spokesperson for Pakistan's Prime Minister ...");
- institutions with their side ("Afghanistan's Defense Ministry", "Gaza's Health Ministry");
- armed groups, bodies, states and capitals used for governments ("Kabul denies");
- groups of people with their side ("Pakistani soldiers", "Palestinian civilians");
- bare surnames of persons named earlier ("Mujahid said").

:func:`merge_actors` folds mentions of one actor into an :class:`~conflictclaims.model.Actor`.
Everything is lenient: no function here raises on a ``str``.

>>> [(m.name, m.country, m.role) for m in find_actor_mentions("Taliban spokesperson Zabihullah Mujahid said")]
[('Zabihullah Mujahid', 'AFG', 'spokesperson')]
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, NamedTuple

import regex
from attrs import frozen

from conflictclaims import _actor_data as data
from conflictclaims import _grammar
from conflictclaims._actor_lexicon import ActorTokens, Entry, Match, actor_tokens, lexicon, matches, phrase_key
from conflictclaims._actor_pieces import CIVILIANS, GOVERNMENT, MILITARY, ORGANIZATION, PERSON, STATE, UNKNOWN
from conflictclaims._actor_scanner import ActorMention, scan
from conflictclaims.model import Actor, ActorKind
from conflictclaims.tokens import Tokens, tokenize

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "ActorIndex",
    "ActorMention",
    "ActorTokens",
    "Entry",
    "Match",
    "PhraseSide",
    "country_name",
    "country_of",
    "demonym_pattern",
    "find_actor_mentions",
    "mentions_in_tokens",
    "merge_actors",
    "noun_kind",
    "phrase_side",
    "side_of_noun_phrase",
    "side_of_tokens",
]

_DETERMINERS: Final = _grammar.ARTICLES


# ---------------------------------------------------------------- public API


def find_actor_mentions(text: str) -> tuple[ActorMention, ...]:
    """Find the actors a text mentions, in order, without overlaps.

    Persons come with their title and side; institutions, groups of people
    and states with their side; bare surnames of persons named earlier are
    resolved to the full name. Never raises on a ``str``.

    Args:
        text: Any text.

    Returns:
        The mentions, sorted by position, longest match first at each position.

    >>> m = find_actor_mentions("Pakistan’s military spokesperson, Lieutenant General Ahmed Sharif Chaudhry, said")
    >>> (m[0].name, m[0].kind.value, m[0].country, m[0].role)
    ('Ahmed Sharif Chaudhry', 'person', 'PAK', 'military spokesperson')
    >>> text = "Afghanistan’s Defense Ministry said 55 Pakistani soldiers died"
    >>> [(x.name, x.country) for x in find_actor_mentions(text)]
    [("Afghanistan's Defense Ministry", 'AFG'), ('Pakistani soldiers', 'PAK')]
    """
    if not text:
        return ()
    return mentions_in_tokens(tokenize(text))


def mentions_in_tokens(tokens: Tokens) -> tuple[ActorMention, ...]:
    """:func:`find_actor_mentions` over a token table already built for the text."""
    return scan(actor_tokens(tokens)) if len(tokens) else ()


@frozen(kw_only=True)
class ActorIndex:
    """Mentions folded into actors: which :class:`~conflictclaims.model.Actor` each mention belongs to.

    Attributes:
        actors: One actor per distinct party, in order of first mention.
        mentions: The mentions that were merged, in their input order.
        assignment: ``assignment[i]`` is the index in ``actors`` of ``mentions[i]``.
    """

    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]
    assignment: tuple[int, ...]

    def actor_for(self, mention: ActorMention | int) -> Actor:
        """Return the actor a mention (or a mention's index) belongs to.

        Raises:
            KeyError: When the mention is not one of :attr:`mentions`.
        """
        if isinstance(mention, int):
            if not 0 <= mention < len(self.mentions):
                raise KeyError(mention)
            return self.actors[self.assignment[mention]]
        for i, m in enumerate(self.mentions):
            if m == mention:
                return self.actors[self.assignment[i]]
        raise KeyError(mention)


def _merge_key(m: ActorMention) -> tuple[str, ...]:  # noqa: PLR0911 - one key per kind of actor
    if m.kind is PERSON:
        if m.head is not None:
            return ("person", m.name)
        return ("speaker", m.name.lower(), m.country or "")
    if m.kind is STATE and m.country is not None:
        return ("state", m.country)
    if m.affiliation is not None and m.name == m.affiliation:
        if m.name in data.ARMY_GROUPS and m.country is not None:
            return ("institution", m.country, "army")
        return ("group", m.name)
    inst = _institution_key(m.name)
    if inst is not None and m.country is not None:
        return ("institution", m.country, inst)
    return ("other", m.kind.value, m.country or "", _strip_det(m.name.lower()))


def _strip_det(name: str) -> str:
    head, _, rest = name.partition(" ")
    return rest if head in _DETERMINERS and rest else name


@functools.lru_cache(maxsize=16_384)
def _institution_key(name: str) -> str | None:
    # Cached: merging looks up every mention's name, and names recur within and across texts.
    lex = lexicon()
    key = phrase_key(name)
    # The institution is the phrase's tail ("Afghanistan's Defense Ministry" → "defence ministry").
    for size in range(min(len(key), 6), 0, -1):
        e = lex.phrases.get(key[-size:])
        if e is not None and e.inst is not None:
            return e.inst[0]
    return None


def merge_actors(mentions: Iterable[ActorMention]) -> ActorIndex:
    """Fold mentions of one actor into one :class:`~conflictclaims.model.Actor`.

    Mentions merge when they name the same person (a bare surname was already
    resolved by :func:`find_actor_mentions`), the same group under any alias
    ("TTP", "Tehreek-e-Taliban Pakistan"), the same state (its name and its
    capital) or the same institution of the same side ("Afghanistan's Defense
    Ministry", "the Afghan Ministry of Defence"). Unresolved references such as
    "the ministry" stay on their own.

    >>> idx = merge_actors(find_actor_mentions("Taliban spokesman Zabihullah Mujahid said so. Mujahid added more."))
    >>> [(a.name, a.country, len(a.mentions)) for a in idx.actors]
    [('Zabihullah Mujahid', 'AFG', 2)]
    """
    ms = tuple(mentions)
    order: dict[tuple[str, ...], int] = {}
    groups: list[list[ActorMention]] = []
    assignment: list[int] = []
    for m in ms:
        key = _merge_key(m)
        idx = order.get(key)
        if idx is None:
            idx = order[key] = len(groups)
            groups.append([])
        groups[idx].append(m)
        assignment.append(idx)
    actors = []
    for group in groups:
        first = group[0]
        country = role = None
        aliases: list[str] = []
        for m in group:  # the first country and role, and the distinct aliases, in one pass
            if country is None:
                country = m.country
            if role is None:
                role = m.role
            alias = " ".join(m.text.split()).replace("’", "'")
            if alias != first.name and alias not in aliases:
                aliases.append(alias)
        actors.append(
            Actor(
                name=first.name,
                kind=first.kind,
                country=country,
                role=role,
                aliases=tuple(aliases),
                mentions=tuple([m.span for m in group]),
            )
        )
    return ActorIndex(actors=tuple(actors), mentions=ms, assignment=tuple(assignment))


def country_of(word_or_name: str) -> str | None:
    """The ISO alpha-3 code a demonym, country name, capital, territory or group stands for.

    Case-insensitive; a leading "the" and a trailing possessive are ignored.

    >>> [country_of(w) for w in ("Pakistani", "Afghan", "Kabul", "Taliban", "Hamas", "the UN", "blue")]
    ['PAK', 'AFG', 'AFG', 'AFG', 'PSE', None, None]
    """
    key = phrase_key(word_or_name)
    if not key:
        return None
    if key[:1] == ("the",):
        key = key[1:]
    if key[-1:] == ("'s",):
        key = key[:-1]
    e = lexicon().phrases.get(key)
    if e is None and len(key) == 1 and "-" in key[0]:
        prefix, _, suffix = key[0].rpartition("-")
        if suffix in data.SIDE_SUFFIXES:
            e = lexicon().phrases.get((prefix,))
    return None if e is None or e.proper is None else e.country


def country_name(code: str) -> str | None:
    """The short English name used for a country code ("IRN" → "Iran").

    >>> country_name("IRN"), country_name("XXX")
    ('Iran', None)
    """
    return lexicon().names.get(code)


def noun_kind(word: str) -> ActorKind | None:
    """The kind of side a people noun belongs to: "soldiers" → military, "villagers" → civilians.

    >>> noun_kind("soldiers"), noun_kind("policemen"), noun_kind("villagers"), noun_kind("tables")
    (<ActorKind.MILITARY: 'military'>, <ActorKind.POLICE: 'police'>, <ActorKind.CIVILIANS: 'civilians'>, None)
    """
    e = lexicon().phrases.get(phrase_key(word))
    return None if e is None else e.noun


@functools.cache
def demonym_pattern() -> regex.Pattern[str]:
    r"""A compiled pattern for any demonym, country name, capital, territory or group name.

    Alternatives are sorted longest first and bounded by word edges; the
    match is case-insensitive, so check capitalization where it matters
    (``country_of`` on the matched text gives the code).

    >>> [m.group() for m in demonym_pattern().finditer("12 Pakistani soldiers and RSF fighters")]
    ['Pakistani', 'RSF']
    """
    lex = lexicon()
    words: set[str] = set()
    for key, e in lex.phrases.items():
        if e.proper is None:
            continue
        text = " ".join(key).replace(" 's", "'s").replace(" .", ".")
        words.add(text)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    alternatives = "|".join(regex.escape(w).replace("\\ ", r"\s+").replace("'", "['’]") for w in ordered)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def side_of_noun_phrase(text: str) -> tuple[str | None, ActorKind] | None:
    """The side ``(country, kind)`` of a noun phrase that counts people.

    The kind comes from the head nouns (fighters → military, policemen →
    police, residents → civilians; a group or a people's plural name as head
    counts as fighters or civilians), the country from demonym, country or
    group modifiers. Mixed fighters and civilians give ``ActorKind.UNKNOWN``;
    modifiers of different sides give country ``None``. Returns ``None``
    when the phrase names neither a side nor a kind of people.

    >>> side_of_noun_phrase("at least 274 Afghan security personnel and allied fighters")
    ('AFG', <ActorKind.MILITARY: 'military'>)
    >>> side_of_noun_phrase("19 civilians")
    (None, <ActorKind.CIVILIANS: 'civilians'>)
    >>> side_of_noun_phrase("Taliban officials and militants")
    ('AFG', <ActorKind.MILITARY: 'military'>)
    """
    if not text:
        return None
    toks = actor_tokens(tokenize(text))
    return side_of_tokens(toks, 0, len(toks))


def side_of_tokens(
    toks: ActorTokens, first: int, last: int, known: Sequence[Match | None] | None = None
) -> tuple[str | None, ActorKind] | None:
    """:func:`side_of_noun_phrase` of the tokens ``[first, last)`` of an actor token table.

    ``known`` are the lexicon matches of the whole table, if already found: a
    match that ends inside the range is the range's own, so only the few that
    run past its end are looked up again.
    """
    side = phrase_side(toks, first, last, known)
    return None if side is None else (side.country, side.kind)


class PhraseSide(NamedTuple):
    """The side a noun phrase names: its country, the kind of people, and the group it names, if any."""

    country: str | None
    kind: ActorKind
    group: str | None


def phrase_side(
    toks: ActorTokens, first: int, last: int, known: Sequence[Match | None] | None = None
) -> PhraseSide | None:
    """:func:`side_of_tokens`, with the canonical name of the group the phrase names ("RSF fighters")."""
    found = _matches_within(toks, first, last, known)
    kinds: list[ActorKind] = []
    countries: list[str | None] = []
    group_countries: list[str | None] = []
    groups: list[str] = []
    last_proper: Entry | None = None
    i = first
    while i < last:
        match = found[i - first]
        if match is None:
            key = toks.keys[i]
            if "-" in key and key.rpartition("-")[2] in data.SIDE_SUFFIXES and toks.kind(i) == "word":
                code = country_of(toks.surfaces[i])
                if code is not None:
                    countries.append(code)
            i += 1
            continue
        e = match.entry
        if match.proper:
            (group_countries if e.proper == "group" else countries).append(e.country)
            if e.proper == "group" and e.group is not None:
                groups.append(e.group)
            last_proper = e
        kind = e.noun if e.noun is not None else (e.inst[1] if e.inst is not None else None)
        if kind is not None:
            kinds.append(kind)
            last_proper = None
        i = match.end
    if last_proper is not None and not kinds:
        kinds.extend(_bare_kind(last_proper))
    pool = {c for c in group_countries if c is not None} or {c for c in countries if c is not None}
    country = next(iter(pool)) if len(pool) == 1 else None
    group = groups[0] if len(set(groups)) == 1 else None
    if not kinds and country is None and group is None:
        return None
    return PhraseSide(country, _combine(kinds), group)


def _matches_within(
    toks: ActorTokens, first: int, last: int, known: Sequence[Match | None] | None
) -> list[Match | None]:
    if known is None:
        return matches(toks, lexicon(), first, last)
    found = list(known[first:last])
    for i, match in enumerate(found):
        if match is not None and match.end > last:
            found[i] = matches(toks, lexicon(), first + i, last)[0]
    return found


def _bare_kind(entry: Entry) -> list[ActorKind]:
    """The kind a people's plural name or a group's name gives on its own: civilians, or fighters."""
    if entry.proper == "plural":
        return [CIVILIANS]
    if entry.proper == "group":
        return [MILITARY if entry.group_kind is not ORGANIZATION else ORGANIZATION]
    return []


def _combine(kinds: Sequence[ActorKind]) -> ActorKind:
    distinct = set(kinds)
    combatant = distinct - {GOVERNMENT}
    if not combatant:
        return GOVERNMENT if distinct else UNKNOWN
    if CIVILIANS in combatant and len(combatant) > 1:
        return UNKNOWN
    if MILITARY in combatant:
        return MILITARY
    return next(iter(combatant)) if len(combatant) == 1 else UNKNOWN
