"""What happened to the counted: the outcome that governs a count, and the word that says it.

The rules are tried in order (see :data:`BEFORE_COUNT`, :func:`after_noun_phrase`,
:func:`counted_noun`); the first that finds an outcome wins::

    before-count := ACTIVE-PHRASE COUNT                  "killed or wounded 15", "claimed the lives of 30"
                  | ACTIVE-VERB COUNT                    "killed 58", "wounding 40" (not "the wounded 12")
                  | NOMINAL "of" COUNT                   "the release of three", "a toll of 12"
                  | TOLL-WORD … TOLL-VERB COUNT          "the death toll rose to 43"
    after-phrase := COUNT NP {gap} PASSIVE               "12 soldiers were killed", "400 wounded"
                  | COUNT NP {gap} PASSIVE-PHRASE        "three went missing", "two were taken prisoner"
                  | COUNT NP "," aside "," PASSIVE       "12 civilians, including four children, were killed"
    counted-noun := COUNT OUTCOME-NOUN                    "274 deaths", "12 casualties"

New outcome grammar (verb chains, nominal tolls, headline forms) goes in as
new rules in these tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from conflictclaims import _claim_lexicon as lex
from conflictclaims.extraction.phrases import is_adjectival, next_comma

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictclaims.extraction.sentence import Token

__all__ = ["BEFORE_COUNT", "Trigger", "after_noun_phrase", "before_count", "counted_noun", "outcome_of"]


class Trigger(NamedTuple):
    """An outcome, the token that names it (``None`` for a counted noun) and whether it is an active verb."""

    outcome: str
    at: int | None
    active: bool


# Multi-word triggers by the word a scan meets first, so most tokens cost one dict probe.
_ACTIVE_PHRASES_BY_LAST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _phrase, _outcome in lex.ACTIVE_PHRASES.items():
    if _outcome:
        _ACTIVE_PHRASES_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _outcome))
_PASSIVE_PHRASES_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _phrase, _outcome in lex.PASSIVE_PHRASES.items():
    _PASSIVE_PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _outcome))
# Words passed over between an active verb and its count: "killed all 12", "killed only three".
_BEFORE_GAP: Final = frozenset({"a", "an", "the", "another", "all", "some", "only", "just", "over"})
# How many words before a toll verb its toll word may stand ("the death toll in Gaza rose to").
_TOLL_REACH: Final = 6
# How many auxiliaries and adverbs may stand between a noun phrase and its participle.
_PASSIVE_GAP_REACH: Final = 4
# How long an aside between a counted noun and its verb may be.
_ASIDE_REACH: Final = 10


def _words(tokens: Sequence[Token], first: int, last: int) -> tuple[str, ...]:
    return tuple(t.lower for t in tokens[first:last])


def active_phrase(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``ACTIVE-PHRASE COUNT``; longer phrases first: "killed or wounded 15" is neither only killed nor wounded."""
    for phrase, outcome in _ACTIVE_PHRASES_BY_LAST.get(tokens[i].lower, ()):
        k = len(phrase)
        if i - k + 1 >= floor and _words(tokens, i - k + 1, i + 1) == phrase:
            return Trigger(outcome, i, active=True)
    return None


def active_verb(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``ACTIVE-VERB COUNT``: "killed 58"; but "the wounded 12" is an adjective."""
    del floor
    word = tokens[i].lower
    if word in lex.ACTIVE_TRIGGERS and not is_adjectival(tokens, i):
        return Trigger(lex.ACTIVE_TRIGGERS[word], i, active=True)
    return None


def nominal(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``NOMINAL "of" COUNT``: "the release of three", "a toll of 12"."""
    if tokens[i].lower != "of" or i - 1 < floor:
        return None
    noun = tokens[i - 1].lower
    if noun in lex.NOMINAL_TRIGGERS:
        return Trigger(lex.NOMINAL_TRIGGERS[noun], i - 1, active=False)
    if noun in lex.TOLL_WORDS:
        return Trigger("killed", i - 1, active=False)
    return None


def toll_verb(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``TOLL-WORD … TOLL-VERB COUNT``: "the death toll rose to 43"."""
    if tokens[i].lower not in lex.TOLL_VERBS:
        return None
    window = _words(tokens, max(floor, i - _TOLL_REACH), i)
    return Trigger("killed", i, active=False) if any(w in lex.TOLL_WORDS for w in window) else None


BEFORE_COUNT: Final[tuple[Callable[[Sequence[Token], int, int], Trigger | None], ...]] = (
    active_phrase,
    active_verb,
    nominal,
    toll_verb,
)
"""Rules for the word right before a count, tried in order."""


def before_count(tokens: Sequence[Token], first: int, floor: int) -> Trigger | None:
    """A verb or "of"-noun right before the count at token ``first``, no further back than ``floor``."""
    i = first - 1
    while i >= floor and tokens[i].lower in _BEFORE_GAP:
        i -= 1
    if i < floor:
        return None
    for rule in BEFORE_COUNT:
        found = rule(tokens, i, floor)
        if found is not None:
            return found
    return None


def _passive_at(tokens: Sequence[Token], j: int) -> Trigger | None:
    """A passive phrase or participle at ``j``; "wounded soldiers" is a noun phrase, no outcome (see caller)."""
    word = tokens[j].lower
    for phrase, outcome in _PASSIVE_PHRASES_BY_FIRST.get(word, ()):
        if _words(tokens, j, j + len(phrase)) == phrase:
            return Trigger(outcome, j, active=False)
    if word in lex.PASSIVE_TRIGGERS:
        return Trigger(lex.PASSIVE_TRIGGERS[word], j, active=False)
    return None


def after_noun_phrase(tokens: Sequence[Token], np_end: int) -> Trigger | None:
    """A participle after the noun phrase: "12 soldiers were killed", "400 wounded".

    It outranks a status noun ("17 hostages had been released").
    """
    j = np_end
    gap = 0
    while j < len(tokens) and gap <= _PASSIVE_GAP_REACH:
        word = tokens[j].lower
        found = _passive_at(tokens, j)
        if found is not None:
            if word == "wounded" and j + 1 < len(tokens) and tokens[j + 1].lower in {"soldiers", "people"}:
                return Trigger("", None, active=False)  # "… and wounded soldiers": no outcome for this count
            return found
        if word in lex.PASSIVE_GAP and word not in {"and", "in"}:
            j, gap = j + 1, gap + 1
            continue
        if word == "and" and j + 1 < len(tokens) and tokens[j + 1].lower in lex.PASSIVE_TRIGGERS:
            j += 1
            continue
        if word == "," and j + 1 < len(tokens) and tokens[j + 1].lower in lex.ASIDE_OPENERS:
            # "12 civilians, including four children, were killed": step over the aside.
            close = next_comma(tokens, j + 1, _ASIDE_REACH)
            if close is not None:
                j = close + 1
                continue
        break
    return None


def counted_noun(head: str | None) -> Trigger | None:
    """``COUNT OUTCOME-NOUN``: the counted noun names the outcome, "274 deaths"."""
    if head is not None and head in lex.OUTCOME_NOUNS:
        return Trigger(lex.OUTCOME_NOUNS[head], None, active=False)
    return None


def outcome_of(tokens: Sequence[Token], first: int, np_end: int, head: str | None, floor: int) -> Trigger | None:
    """The outcome governing the count at token ``first`` whose noun phrase ends at ``np_end``."""
    found = before_count(tokens, first, floor) or after_noun_phrase(tokens, np_end) or counted_noun(head)
    return found if found is not None and found.outcome else None
