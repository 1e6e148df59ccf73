"""The actor finder's scan: one left-to-right pass that builds actor mentions from tagged tokens.

Each token carries the longest lexicon phrase that starts there (see
:mod:`conflictclaims._actor_lexicon`). A mention starts only at a lexicon
phrase, a capitalized or hyphenated word, or an article before one of those;
from there the scanner reads, in this order:

- a *prefix*: affiliations (a country, demonym, capital, territory, group or
  "X-led" modifier, each possibly possessive), title words, institutions and
  people nouns ("Pakistan's Information Minister", "Afghan security personnel");
- after a title head, a personal name ("… Minister Attaullah Tarar"), or a
  side named after "for"/"of" ("a spokesperson for the Taliban");
- otherwise an institution ("Afghanistan's Defense Ministry"), a group of
  people ("Pakistani soldiers") or a bare affiliation ("Kabul denies");
- an untitled name: a known person, an apposition ("Zaidi, a spokesperson for
  …") or two capitalized words before a reporting verb.

Mentions never overlap; every rule reads a bounded number of tokens, so the
scan is linear in the text.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from attrs import frozen

from conflictclaims import _actor_data as data
from conflictclaims import _speech
from conflictclaims._actor_pieces import (
    CIVILIANS,
    DETERMINERS,
    GOVERNMENT,
    MILITARY,
    PERSON,
    POSSESSIVE_KEYS,
    SKIPPED_BEFORE,
    STATE,
    UNKNOWN,
    Person,
    PhraseReader,
)
from conflictclaims.model import ActorKind
from conflictclaims.span import Span, trusted_span

if TYPE_CHECKING:
    from collections.abc import Callable

    from conflictclaims._actor_lexicon import ActorTokens, Match
    from conflictclaims._actor_pieces import Affil, Prefix

__all__ = ["ActorMention", "scan"]

# People nouns that, after a group's name, stand for the group itself ("Taliban officials").
_GROUP_NOUN_KINDS: Final = frozenset({MILITARY, GOVERNMENT, UNKNOWN})

_LINKS: Final = frozenset({"for", "of", "to", "at", "with", "from"})
# Proper nouns that, with nothing after them going on with a chain, are only a side's adjective.
_LONE_PROPER: Final = frozenset({"demonym", "territory"})
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
        "analyst", "doctor", "nurse", "surgeon", "medic", "paramedic", "commander", "minister", "president",
        "diplomat", "source",
        "survivor", "envoy", "ambassador", "governor", "mayor", "leader", "chief", "negotiator",
        "officer", "soldier", "policeman", "fighter", "director", "administrator", "head", "lawmaker", "elder",
        "journalist", "reporter", "teacher", "activist", "cleric", "imam", "farmer", "trader", "driver",
        "villager", "councillor", "councilor", "chairman", "coordinator", "lawyer", "worker",
    }
)  # fmt: skip
# How many words a title's "of" phrase may hold before the name it stands in apposition to.
_COMPLEMENT_WORDS: Final = 6
_SPEAKER_BEFORE: Final = frozenset({"said", "says", "told", "according"})
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

    span: Span
    text: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    head: Span | None = None
    affiliation: str | None = None
    is_metonym: bool = False

    def __attrs_post_init__(self) -> None:
        # One check of the required fields' types: the scan builds dozens of mentions per article.
        span, text, name, kind = self.span, self.text, self.name, self.kind
        values: tuple[object, object, object, object] = (span, text, name, kind)
        if not (
            isinstance(values[0], Span)
            and isinstance(values[1], str)
            and isinstance(values[2], str)
            and isinstance(values[3], ActorKind)
        ):
            _wrong_type(self, (("span", Span), ("text", str), ("name", str), ("kind", ActorKind)))


_new_object = object.__new__
# The slots' own setters, which a frozen class's __setattr__ does not reach (as in ``Span``).
_set_span: Callable[[ActorMention, Span], None] = vars(ActorMention)["span"].__set__
_set_text: Callable[[ActorMention, str], None] = vars(ActorMention)["text"].__set__
_set_name: Callable[[ActorMention, str], None] = vars(ActorMention)["name"].__set__
_set_kind: Callable[[ActorMention, ActorKind], None] = vars(ActorMention)["kind"].__set__
_set_country: Callable[[ActorMention, str | None], None] = vars(ActorMention)["country"].__set__
_set_role: Callable[[ActorMention, str | None], None] = vars(ActorMention)["role"].__set__
_set_head: Callable[[ActorMention, Span | None], None] = vars(ActorMention)["head"].__set__
_set_affiliation: Callable[[ActorMention, str | None], None] = vars(ActorMention)["affiliation"].__set__
_set_metonym: Callable[[ActorMention, bool], None] = vars(ActorMention)["is_metonym"].__set__


def _wrong_type(value: object, fields: tuple[tuple[str, type], ...]) -> None:
    """Raise a ``TypeError`` naming the first field of ``value`` that is not of its type."""
    for name, kind in fields:
        field_value = getattr(value, name)
        if not isinstance(field_value, kind):
            msg = f"{name} must be a {kind.__name__}, not {type(field_value).__name__}"
            raise TypeError(msg)


def _last_group(affils: list[Affil]) -> Affil | None:
    """The last modifier that names a group ("Taliban"), not only its side ("Taliban-led")."""
    if not affils:
        return None  # the usual case, without a generator
    return next((a for a in reversed(affils) if a.group is not None and a.what != "side"), None)


class _Scanner(PhraseReader):
    """One left-to-right pass over the tagged tokens of one text."""

    def __init__(self, toks: ActorTokens, found: list[Match | None] | None = None) -> None:
        super().__init__(toks, found)
        self.persons: dict[str, Person] = {}  # full name → person
        self.surnames: dict[str, str] = {}  # surname → full name
        self.out: list[ActorMention] = []
        self.last_end = -1  # token index after the last mention

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
        start, end = self.starts[i], self.ends[j - 1]
        head_span = None if head is None else trusted_span(self.starts[head[0]], self.ends[head[1] - 1])
        # Set field by field, without the constructor's checks: every value is typed, and the
        # scan builds dozens of mentions per article (the tests check them against the constructor).
        mention = _new_object(ActorMention)
        _set_span(mention, trusted_span(start, end))
        _set_text(mention, self.text[start:end])
        _set_name(mention, name)
        _set_kind(mention, kind)
        _set_country(mention, country)
        _set_role(mention, role)
        _set_head(mention, head_span)
        _set_affiliation(mention, affiliation)
        _set_metonym(mention, metonym)
        self.out.append(mention)

    # -- pieces

    def register(self, person: Person) -> None:
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
        self.register(Person(name, country, role, affiliation))
        self.emit(i, j, name, PERSON, country, role=role, head=name_span, affiliation=affiliation)

    def titled(self, i: int, k: int) -> int:
        """Parse a mention that starts with modifiers, titles or an affiliation at ``k`` (``i``: its article).

        Grammar: ``[article] prefix (title-head [name | "for" side "," name] | rank name
        | institution | people-noun | affiliation)``.

        The caller has checked that a phrase or a hyphenated word stands at ``k``.
        """
        keys, m = self.keys, self.m
        match = m[k]
        if match is not None:
            # ``lone_word`` and ``lone_adjective`` in one look: nothing after the phrase goes on with a chain.
            after = match.end
            if after >= self.n or (m[after] is None and "-" not in keys[after] and keys[after] not in POSSESSIVE_KEYS):
                e = match.entry
                if match.proper:
                    if e.proper in _LONE_PROPER:
                        return after  # "Pakistani territory": a side's adjective alone names no one
                elif "-" not in keys[k] and not (e.head or e.inst is not None or e.rank or e.honorific):
                    return i  # a lone modifier or people noun: no head, institution or side
        pre = self.prefix(k)
        if not pre.affils and pre.chain_start is None:
            capital = self.affil_at(k)
            if capital is not None and capital.what == "capital":
                return self.bare(capital)
        country, affiliation = self.side(pre.affils) if pre.affils else (None, None)
        start = pre.affils[0].start if pre.affils else (pre.chain_start if pre.chain_start is not None else k)
        if pre.affils and pre.chain_start is not None:
            start = min(pre.affils[0].start, pre.chain_start)
        if pre.head_end is not None and pre.chain_start is not None:
            return self.titled_person(i, start, pre, (country, affiliation), det=k > i)
        return self.untitled(i, start, pre, (country, affiliation), det=k > i)

    def untitled(self, i: int, start: int, pre: Prefix, side: tuple[str | None, str | None], *, det: bool) -> int:
        """Modifiers with no title head: a ranked name, an institution, a group of people or a bare side."""
        country, affiliation = side
        first = self.m[pre.stop] if pre.stop < self.n else None
        if first is not None and (first.entry.rank or first.entry.honorific):
            q, rank_end = self.titles_at(pre.stop)
            end = self.name_at(q)
            if end > q:  # ``q > pre.stop``: the rank stands before the name
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

    def titled_person(self, i: int, start: int, pre: Prefix, side: tuple[str | None, str | None], *, det: bool) -> int:
        """A title head, then a name, a side ("a spokesperson for the Taliban, Zabihullah Mujahid") or no one.

        With no name, the titled words are an anonymous speaker ("a senior official said")
        when a side or an article comes with them and a verb or a mark follows.
        """
        assert pre.head_end is not None  # noqa: S101 - the caller checked
        assert pre.chain_start is not None  # noqa: S101
        country, affiliation = side
        role_start = pre.chain_start
        for a in pre.affils:
            if a.end > role_start:
                role_start = a.end + (1 if a.possessive else 0)
        role = self.clean(role_start, pre.head_end) or None
        q = pre.head_end
        q3, _ = self.titles_at(q + 1 if self.key(q) == "," else q)
        end = self.name_at(q3)
        if end > q3:
            self.person(start, end, (q3, end), country, role, affiliation)
            return end
        if self.key(q) in _LINKS:
            c2, a2, after = self.lookahead_side(q + 1)
            if c2 is not None or a2 is not None:
                r2, _ = self.titles_at(after + 1 if self.key(after) == "," else after)
                end = self.name_at(r2)
                if end > r2 and self.key(after) == ",":
                    self.person(start, end, (r2, end), c2, role, a2)
                    return end
                country, affiliation = country or c2, affiliation or a2
            named_after = self.complement_then_name(q)
            if named_after is not None:
                comma, r2, end = named_after
                role = self.clean(role_start, comma) or role
                self.person(start, end, (r2, end), country, role, affiliation)
                return end
        follows_ok = (
            q >= self.n
            or self.kind(q) in {"punct", "poss"}
            or self.keys[q] in _speech.FINITE_REPORTING_VERBS
            or self.keys[q] in _ANON_FOLLOWERS
        )
        anonymous = self.key(pre.head_end - 1) in _ANON_OK and (det or pre.head_end - pre.chain_start > 1)
        if follows_ok and (pre.affils or anonymous):
            name = self.clean(start, pre.head_end)
            self.emit(start, pre.head_end, name, PERSON, country, role=role, affiliation=affiliation)
            return pre.head_end
        return i

    def complement_then_name(self, q: int) -> tuple[int, int, int] | None:
        """A title's "of" phrase, then the name it stands before: "a resident of Jilib, Faadumo Cali, said".

        ``q`` is the "of" after the title head. Returns (the comma before the
        name, the name's start, its end) when at most a few words lie before
        the comma and a name follows it, closed by a mark or a reporting verb.
        """
        if self.key(q) != "of":
            return None
        comma = q + 1
        while comma < min(self.n, q + 1 + _COMPLEMENT_WORDS) and self.kind(comma) != "punct":
            comma += 1
        if comma == q + 1 or self.key(comma) != ",":
            return None
        r, _ = self.titles_at(comma + 1)
        end = self.name_at(r)
        closed = end >= self.n or self.kind(end) == "punct" or self.keys[end] in _speech.FINITE_REPORTING_VERBS
        return (comma, r, end) if end > r and closed else None

    def institution(  # noqa: PLR0913, PLR0917 - the parsed parts of one phrase
        self, i: int, start: int, det: bool, pre: Prefix, country: str | None, affiliation: str | None
    ) -> int:
        assert pre.inst is not None  # noqa: S101 - the caller checked
        assert pre.inst_end is not None  # noqa: S101
        canonical, kind = pre.inst
        end = pre.inst_end
        group = _last_group(pre.affils)
        if group is not None and not group.possessive and group.end == (pre.chain_start or group.end):
            # "Taliban officials", "Houthi military": the group itself speaks.
            self.emit(start, end, group.group or "", group.group_kind or UNKNOWN, group.country,
                      affiliation=group.group)  # fmt: skip
            return end
        if not pre.affils:
            country, affiliation = self.coordinated(start, country, affiliation)
        if not pre.affils and country is None and end < self.n and self.keys[end] in {"of", "in"}:
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
        if country is None and self.last_end == start - 1 and self.out and self.key(start - 1) == "and":
            prev = self.out[-1]
            if prev.kind is not PERSON and prev.country is not None:
                return prev.country, prev.affiliation
        return country, affiliation

    def people(self, start: int, pre: Prefix, country: str | None, affiliation: str | None) -> int:
        assert pre.noun is not None  # noqa: S101 - the caller checked
        assert pre.noun_end is not None  # noqa: S101
        end = pre.noun_end
        group = _last_group(pre.affils)
        if group is not None and pre.noun in _GROUP_NOUN_KINDS:
            # "Taliban officials", "Hamas members": the group itself; "Taliban police" stay police.
            self.emit(start, end, group.group or "", group.group_kind or UNKNOWN, group.country,
                      affiliation=group.group)  # fmt: skip
            return end
        self.emit(start, end, self.clean(start, end), pre.noun, country, affiliation=affiliation)
        return end

    def bare(self, a: Affil) -> int:
        """A lone affiliation: a state, capital, group or a people's plural name."""
        code = a.country
        if a.what in {"country", "capital"} and self._masthead(a):
            return a.end  # "the Washington Post": a paper, no state
        if a.what == "group":
            self.emit(a.start, a.end, a.group or "", a.group_kind or UNKNOWN, code, affiliation=a.group)
        elif a.what == "country" and code is not None:
            if self.prev_word(a.start) not in _COUNTRY_PLACE_WORDS and not self._after_dateline(a.start):
                self.emit(a.start, a.end, self.lex.names.get(code, code), STATE, code)
        elif a.what == "capital" and code is not None:
            if not self._placey(a.start) and not self._dateline(a.end):
                self.emit(a.start, a.end, self.lex.names.get(code, code), STATE, code, metonym=True)
        elif a.what == "plural" and code is not None:
            self.emit(a.start, a.end, self.clean(a.start, a.end), CIVILIANS, code)
        return a.end

    def _masthead(self, a: Affil) -> bool:
        """Whether a place names a newspaper: "the Washington Post", "the Times of India"."""
        after = a.end
        if after < self.n and self.keys[after] in _speech.MASTHEADS and self.surfaces[after][:1].isupper():
            return True
        return (
            a.start > 0
            and self.keys[a.start - 1] == "of"
            and self.key(a.start - 2) in _speech.MASTHEADS
            and self.surfaces[a.start - 2][:1].isupper()
        )

    def _placey(self, k: int) -> bool:
        """Whether the word at ``k`` sits where a place goes ("in Kyiv and Moscow")."""
        for _ in range(4):
            j = k - 1
            while j >= 0 and self.keys[j] in SKIPPED_BEFORE and self.kind(j) == "punct":
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
        if k < 1 or self.keys[k - 1] != ",":
            return False
        before = self.affil_at(k - 2)
        return before is not None and before.what == "capital"

    def named(self, i: int) -> int:
        """An untitled name: a speaker, an apposition ("X, a spokesperson for Y") or a known person."""
        end = self.name_at(i)
        if end == i:
            return i
        # "in Donetsk, the Russian-installed mayor": a place, not a person in apposition.
        if end < self.n and self.keys[end] == "," and not self._placey(i):
            apposition_end = self.apposition(i, end)
            if apposition_end is not None:
                return apposition_end
        known = None
        if self.persons:  # no one named yet: no name to look up
            name = self.clean(i, end)
            known = self.persons.get(name) or (
                self.persons.get(self.surnames.get(name.lower(), "")) if end - i == 1 else None
            )
        if known is not None:
            self.emit(i, end, known.name, PERSON, known.country, role=known.role, head=(i, end),
                      affiliation=known.affiliation)  # fmt: skip
            return end
        if end - i < 2:  # noqa: PLR2004 - one capitalized word is too often not a name
            return end
        speaking = (end < self.n and self.keys[end] in _speech.FINITE_REPORTING_VERBS) or (
            self.prev_word(i) in _SPEAKER_BEFORE
        )
        if speaking and sum(1 for k in range(i, end) if self.kind(k) == "word") >= 2:  # noqa: PLR2004 - as above
            self.person(i, end, (i, end), None, None, None)
        return end

    def apposition(self, i: int, end: int) -> int | None:
        """A title after the name ``[i, end)`` and its comma: "Zaidi, a spokesperson for …"; its end, or ``None``."""
        k = end + 1
        k0 = k + 1 if self.key(k) in DETERMINERS else k
        pre = self.prefix(k0)
        if pre.head_end is None or pre.chain_start is None:
            return None
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

    def starts_worth_trying(self) -> list[int]:
        """Token indices where a mention can start, in order.

        Elsewhere ``titled`` and ``named`` find nothing and change nothing: a
        mention starts at a lexicon phrase, a capitalized word or a determiner
        before one of those. (A hyphenated word outside the lexicon starts a
        mention only as an "X-led" side, whose X is capitalized.) Skipping the
        rest is what keeps the scan cheap on ordinary prose. Each kind of
        start is flagged by a filter that runs in C, not by a pass of Python
        code over every token.
        """
        keys, every = self.keys, range(self.n)
        content = {*itertools.compress(every, self.m), *itertools.compress(every, self.toks.capitalized)}
        determiners = DETERMINERS
        content.update([i - 1 for i in content if i and keys[i - 1] in determiners])
        return sorted(content)

    def run(self) -> tuple[ActorMention, ...]:
        pos = 0
        keys, m, n, capitalized = self.keys, self.m, self.n, self.toks.capitalized
        non_names = data.NON_NAME_WORDS  # ``is_name_word``'s first test, made before the call
        for i in self.starts_worth_trying():
            if i < pos:
                continue
            # Most starts are a capitalized word and no more: no phrase or "X-led" word for ``titled``.
            k = i + 1 if keys[i] in DETERMINERS else i
            nxt = i if k >= n or (m[k] is None and "-" not in keys[k]) else self.titled(i, k)
            if nxt == i and capitalized[i] and keys[i] not in non_names:  # a name starts with a capital
                nxt = self.named(i)
            pos = nxt if nxt > i else i + 1
        return tuple(self.out)


def scan(toks: ActorTokens, found: list[Match | None] | None = None) -> tuple[ActorMention, ...]:
    """The actor mentions of a text, in order, without overlaps; ``found`` are its lexicon matches, if known."""
    return _Scanner(toks, found).run()
