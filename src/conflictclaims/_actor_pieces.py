"""The pieces the actor scan reads a mention from: affiliations, title chains, ranks and names.

:class:`PhraseReader` reads over the actor finder's tokens and their lexicon
matches (see :mod:`conflictclaims._actor_lexicon`); every piece looks at a
bounded number of tokens from where it is asked. The scan in
:mod:`conflictclaims._actor_scanner` puts the pieces together into mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from conflictclaims import _actor_data as data
from conflictclaims import _grammar
from conflictclaims._actor_lexicon import ActorTokens, Lexicon, Match, lexicon, matches, phrase_key, settle_readings
from conflictclaims.model import ActorKind

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ARMED_GROUP", "CIVILIANS", "DETERMINERS", "GOVERNMENT", "MAX_CHAIN", "MILITARY", "ORGANIZATION", "PERSON",
    "POSSESSIVE_KEYS", "SKIPPED_BEFORE", "STATE", "UNKNOWN", "Affil", "Person", "PhraseReader", "Prefix",
]  # fmt: skip

# ActorKind members as module constants for the actor finder's per-token and per-mention tests: an attribute of an
# Enum class is looked up through its metaclass's __getattr__ hook, ten times the cost of a global.
ARMED_GROUP: Final = ActorKind.ARMED_GROUP
CIVILIANS: Final = ActorKind.CIVILIANS
GOVERNMENT: Final = ActorKind.GOVERNMENT
MILITARY: Final = ActorKind.MILITARY
ORGANIZATION: Final = ActorKind.ORGANIZATION
PERSON: Final = ActorKind.PERSON
STATE: Final = ActorKind.STATE
UNKNOWN: Final = ActorKind.UNKNOWN

MAX_CHAIN: Final = 12  # items in a title chain; bounds the work per position
_MAX_NAME: Final = 6  # words in a personal name
DETERMINERS: Final = _grammar.ARTICLES
# Keys a possessive token can have ("'s", "’S", a bare "’" after "s").
POSSESSIVE_KEYS: Final = frozenset({"'s", "'"})
# Punctuation stepped over when looking for the word before a mention.
SKIPPED_BEFORE: Final = frozenset({",", "(", '"', "“", "'", "‘"})


@attrs.define
class Affil:
    start: int
    end: int  # token index after the phrase (possessive not included)
    country: str | None
    what: str  # proper type, or "side" for "Taliban-led"
    group: str | None = None
    group_kind: ActorKind | None = None
    possessive: bool = False


@attrs.define
class Prefix:
    affils: list[Affil]
    chain_start: int | None = None
    head_end: int | None = None
    inst: tuple[str, ActorKind] | None = None
    inst_end: int | None = None
    noun: ActorKind | None = None
    noun_end: int | None = None
    stop: int = 0


@attrs.define
class Person:
    name: str
    country: str | None
    role: str | None
    affiliation: str | None


class PhraseReader:
    """Reads the pieces of mentions over one text's actor tokens and lexicon matches."""

    def __init__(self, toks: ActorTokens, found: list[Match | None] | None = None) -> None:
        self.text = toks.text
        self.lex: Lexicon = lexicon()
        self.toks = toks
        self.m: list[Match | None] = settle_readings(toks, matches(toks, self.lex)) if found is None else found
        self.n = len(toks)
        self.keys, self.surfaces, self.starts, self.ends = toks.keys, toks.surfaces, toks.starts, toks.ends
        self.kind = toks.kind

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def prev_word(self, i: int) -> str:
        j = i - 1
        while j >= 0 and self.keys[j] in SKIPPED_BEFORE and self.kind(j) == "punct":
            j -= 1
        return self.keys[j] if j >= 0 else ""

    def surface(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]] if j > i else ""

    def clean(self, i: int, j: int) -> str:
        if j <= i:
            return ""
        # ``surface``, read in place: names and roles are cleaned for every mention.
        return " ".join(self.text[self.starts[i] : self.ends[j - 1]].split()).replace("’", "'")

    def lone_word(self, k: int) -> bool:
        """Whether the phrase at ``k`` is a lone modifier or people noun, from which no mention is read.

        With no proper noun, title head, institution, rank or honorific in it,
        and nothing after it that goes on with a chain (a phrase, an "X-led"
        word, a possessive), it gives no head, no institution and no side.
        """
        match = self.m[k]
        if match is None or "-" in self.keys[k]:
            return False
        e = match.entry
        if match.proper or e.head or e.inst is not None or e.rank or e.honorific:
            return False
        after = match.end
        return after >= self.n or (
            self.m[after] is None and "-" not in self.keys[after] and self.keys[after] not in POSSESSIVE_KEYS
        )

    def lone_adjective(self, k: int) -> int | None:
        """The end of a demonym or territory at ``k`` that nothing after it goes on from, else ``None``.

        On its own such a word ("Pakistani territory", "Gaza") is a side's
        adjective that names no actor: the scan goes on after it.
        """
        match = self.m[k]
        if match is None or not match.proper or match.entry.proper not in {"demonym", "territory"}:
            return None
        after = match.end
        if after < self.n and (
            self.m[after] is not None or "-" in self.keys[after] or self.keys[after] in POSSESSIVE_KEYS
        ):
            return None
        return after

    def affil_at(self, i: int) -> Affil | None:
        """A country, demonym, capital, territory, group or "X-led" modifier at ``i``."""
        if i >= self.n:
            return None
        match = self.m[i]
        if match is not None and match.proper:
            e = match.entry
            return Affil(i, match.end, e.country, e.proper or "", e.group, e.group_kind)
        if "-" in self.keys[i] and self.kind(i) == "word":
            prefix, _, suffix = self.surfaces[i].rpartition("-")
            if suffix.lower() in data.SIDE_SUFFIXES:
                e2 = self.lex.phrases.get(phrase_key(prefix))
                if e2 is not None and e2.proper is not None and prefix[:1].isupper():
                    return Affil(i, i + 1, e2.country, "side", e2.group, e2.group_kind)
        return None

    def prefix(self, i: int) -> Prefix:  # noqa: C901, PLR0912 - one branch per kind of chain item
        """Affiliations, title words, institutions and people nouns from ``i`` on."""
        pre = Prefix([])
        keys, m, n = self.keys, self.m, self.n
        k = i
        steps = 0
        while k < n and steps < MAX_CHAIN:
            steps += 1
            key = keys[k]
            match = m[k]
            if match is None and "-" not in key and key not in POSSESSIVE_KEYS:
                break  # no phrase, "X-led" modifier or possessive: the chain ends (the usual case)
            if key in POSSESSIVE_KEYS and self.kind(k) == "poss":
                if pre.affils and pre.affils[-1].end == k and pre.chain_start is None:
                    pre.affils[-1].possessive = True
                    k += 1
                    continue
                if pre.chain_start is not None and pre.head_end is None:
                    k += 1  # "the ministry's spokesman"
                    continue
                break
            # ``affil_at`` finds something only at a proper noun or a hyphenated word: asked only there.
            affil = self.affil_at(k) if (match is not None and match.proper) or "-" in key else None
            if affil is not None and (affil.what != "capital" or self._capital_modifies(affil)):
                if pre.head_end is not None:
                    break
                pre.affils.append(affil)
                pre.chain_start = None
                pre.inst = pre.noun = None
                pre.inst_end = pre.noun_end = None
                k = affil.end
                continue
            if match is None:
                break
            e = match.entry
            if not (e.head or e.mod or e.inst or e.noun):
                break
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

    def _capital_modifies(self, affil: Affil) -> bool:
        # A capital is an affiliation only before "'s" or an institution.
        nxt = affil.end
        if nxt < self.n and self.keys[nxt] in POSSESSIVE_KEYS and self.kind(nxt) == "poss":
            return True
        match = self.m[nxt] if nxt < self.n else None
        return match is not None and match.entry.inst is not None

    def titles_at(self, k: int) -> tuple[int, int]:
        """Ranks and honorifics from ``k``: returns (end, end of the last rank)."""
        rank_end = k
        limit = min(self.n, k + MAX_CHAIN)  # bounds the work per position
        while k < limit:
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
        if not surface[:1].isupper() or self.keys[k] in data.NON_NAME_WORDS:
            return False
        if len(surface) > 1:
            # Capitalized, so no possessive: a word unless an acronym's final period ends it.
            if surface[-1] == "." or surface.isupper():
                return False
        elif self.kind(k) != "word" or self.key(k + 1) != ".":
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
            first_letter = self.surfaces[j][:1]
            if not (first_letter.isupper() or "-" in key) or not self.is_name_word(j, first=False):
                break  # the first test is ``is_name_word``'s own, made before the call
            j += 1
            end = j
            words += 1
        return end

    def side(self, affils: Sequence[Affil]) -> tuple[str | None, str | None]:
        """The (country, affiliation name) a list of modifiers gives; a named group wins."""
        if not affils:
            return None, None
        chosen: Affil | None
        if len(affils) == 1:  # the usual case: the one modifier is the side
            chosen = affils[0]
        else:
            real = [a for a in affils if a.what != "side"] or list(affils)
            groups = [a for a in real if a.group is not None]
            chosen = groups[-1] if groups else (real[0] if real else None)
        if chosen is None:
            return None, None
        if chosen.group is not None:
            return chosen.country, chosen.group
        code = chosen.country
        return code, (self.lex.names.get(code) if code else None)

    def lookahead_side(self, k: int) -> tuple[str | None, str | None, int]:
        """Side named after "for"/"of" at ``k``: (country, affiliation, end of that phrase)."""
        if self.key(k) in DETERMINERS:
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
