"""What happened to the counted: the outcome that governs a count, and the word that says it.

The rules are tried in order (see :data:`BEFORE_COUNT`, :func:`after_noun_phrase`,
:func:`counted_noun`); the first that finds an outcome wins::

    before-count := ACTIVE-PHRASE COUNT                  "killed or wounded 15", "claimed the lives of 30"
                  | ACTIVE-VERB COUNT                    "killed 58", "wounding 40" (not "the wounded 12";
                                                         no outcome in "threatened to kill 10", "could have
                                                         killed dozens")
                  | NOMINAL "of" COUNT                   "the release of three", "a toll of 12"
                  | TOLL-WORD … TOLL-VERB COUNT          "the death toll rose to 43", "the death toll
                                                         from the bombing of a market rose to 27"
                  | CODED-NOUN … CODED-VERB "as" COUNT   "the number of fatalities is coded as 10"
                  | CODED-NOUN ":" COUNT                 "Fatalities: 4", "Total fatalities: 6"
                  | INCLUSION-NOUN INCLUSION-VERB COUNT  "the dead included three children"
                  | "among" DET INCLUSION-NOUN COPULA COUNT
                                                         "among the wounded were two medics"
                  | VERB DET COLLECTIVE "of" COUNT       "killed a family of five"
    after-phrase := COUNT NP {gap} PASSIVE               "12 soldiers were killed", "400 wounded"
                  | COUNT NP {gap} PASSIVE-PHRASE        "three went missing", "two were taken into custody"
                  | COUNT NP {gap} MANNER-CHAIN          "four were shot and killed", "was hacked to death"
                  | COUNT NP ("," | "and") NP … PASSIVE  "one civilian, a village elder, was killed",
                                                         "6 rebels and 1 soldier were killed"
                  | COUNT NP "including" NP … PASSIVE    "four people including a child were killed"
                  | VERB COUNT NP COMPLEMENT             "hacked eight fishermen to death", "took three into custody"
                  | ALIVE-VERB COUNT NP "alive"          "burned 3 suspected thieves alive" (killed),
                                                         "took two soldiers alive" (captured)
                  | COUNT "of" DET OUTCOME-WORD {gap} PASSIVE
                                                         "two of the wounded later died" (killed)
                  | COUNT "of" ("whom" | "which") {gap} PASSIVE
                                                         "(14 wounded,) two of whom later died"
                  | COUNT NP … "and" AUX [ADVERB] PASSIVE   "a gunman killed five and was then shot dead"
                  | COUNT NP … "before" "being" PASSIVE    "an attacker … before being arrested"
    counted-noun := COUNT OUTCOME-NOUN                    "274 deaths", "12 casualties"
                  | LIFE-VERB COUNT "lives"              "claimed 30 lives"
                  | COUNT ("wounded" | "injured") NP     "received 21 wounded people" (not after "the")
                  | THING-VERB COUNT THING               "burned 40 tankers", "torched 20 homes"
                  | THING-PHRASE COUNT THING             "set fire to 25 trucks", "set ablaze 12 shops"
                  | COUNT THING {gap} THING-PARTICIPLE   "several houses torched", "30 shops were looted"
                  | LOSS-NOUN … ("at" | "to") COUNT      "put Russian losses at about 1,000" (casualties)

A participle with an object after it and no auxiliary before it is the
noun phrase's own verb, not its outcome: in "two gunmen killed a soldier"
the gunmen are the agents, and the soldier is the one claim. New outcome
grammar goes in as new rules in these tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _lexicon, _people
from conflictclaims._speech import REPORTING_VERBS
from conflictclaims.extraction.phrases import (
    complement_at,
    is_adjectival,
    joined_predicate,
    manner_chain,
    next_comma,
    noun_phrase,
    passive_phrase_at,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictclaims.extraction.sentence import Token

__all__ = [
    "BEFORE_COUNT",
    "Trigger",
    "after_noun_phrase",
    "before_count",
    "coded_as",
    "complement",
    "counted_noun",
    "lives_lost",
    "outcome_of",
    "thing_participle",
    "thing_verb",
]


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
# Words passed over between an active verb and its count: "killed all 12", "killed only three".
_BEFORE_GAP: Final = frozenset(
    {"a", "an", "the", "another", "all", "some", "only", "just", "over", "both", "either", '"', "“", "”",
     "its", "their", "his", "her"}
)  # fmt: skip
# Scare quotes between a verb and its count: killing "around thirty terrorists", had "neutralised" 12.
_QUOTE_MARKS: Final = frozenset({'"', "“", "”"})
# Determiners and adjectives before a collective noun: "killed an entire family of five".
_COLLECTIVE_OPENERS: Final = frozenset({"a", "an", "the", "entire", "whole", "one", "same"})
# Modals whose perfect tells what might have been: "could have killed dozens".
_MODALS: Final = frozenset({"could", "would", "might", "may", "should", "must"})
# Prenominal outcome adjectives: "21 wounded people".
_WOUNDED_MODIFIERS: Final = frozenset({"wounded", "injured"})
# How many words before a toll verb its toll word may stand ("the death toll in Gaza rose to"),
# and how many with no clause break between ("the death toll from Sunday's bombing of a market in Kano rose to").
_TOLL_REACH: Final = 6
_TOLL_CLAUSE_REACH: Final = 14
_CLAUSE_PUNCTUATION: Final = _grammar.CLAUSE_PUNCTUATION | {"–"}
# How far back "losses" may stand ("put total Russian personnel losses since the invasion in 2022 at").
_LOSS_REACH: Final = 14
# How many auxiliaries and adverbs may stand between a noun phrase and its participle.
_PASSIVE_GAP_REACH: Final = 4
# How long an aside between a counted noun and its verb may be.
_ASIDE_REACH: Final = 10
# How long a relative clause or participial aside after the counted noun may be.
_CLAUSE_REACH: Final = 16
# How many joined phrases and asides may stand between a noun phrase and its
# participle; the bound keeps each count's look-ahead short, so reading stays
# linear however long a chain of "of" phrases runs.
_STEP_REACH: Final = 4
# Auxiliaries that make a participle passive: "were killed", not "killed a soldier".
_PASSIVE_AUXILIARIES: Final = frozenset(
    {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get", "gets", "getting"}
)
# What may join another noun phrase to the counted one before its participle.
_PREPOSITIONS: Final = frozenset({"of", "in", "from", "near"})
_CONJUNCTIONS: Final = frozenset({",", "and", "along"}) | _PREPOSITIONS
# Outcome verbs that take no object: "died two days later" has none.
_INTRANSITIVE: Final = frozenset({"died", "die", "dying", "perished", "succumbed"})
_TIME_NAMES: Final = frozenset(name.lower() for name in (*_lexicon.WEEKDAY_NAMES, *_lexicon.MONTH_NAMES))


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
    """``ACTIVE-VERB COUNT``: "killed 58"; but "the wounded 12" is an adjective.

    A verb of what did not happen governs its count with no outcome
    (``Trigger("", …)``): an infinitive ("threatened to kill 10 hostages")
    and a modal perfect ("the bomb could have killed dozens").
    """
    del floor
    word = tokens[i].lower
    if word in lex.ACTIVE_TRIGGERS and not is_adjectival(tokens, i):
        if _unrealised(tokens, i):
            return Trigger("", i, active=True)
        return Trigger(lex.ACTIVE_TRIGGERS[word], i, active=True)
    return None


def _unrealised(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at ``i`` tells what did not happen: "to kill", "could have killed" (not "said to have")."""
    before = tokens[i - 1].lower if i > 0 else ""
    if before == "to":
        return not tokens[i].lower.endswith(("ed", "ing"))
    return before == "have" and i > 1 and tokens[i - 2].lower in _MODALS


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
    """``TOLL-WORD … TOLL-VERB COUNT``: "the death toll rose to 43".

    The toll word stands at most six words back, or further within the same
    clause: "the death toll from Sunday's bombing of a market in Kano rose to 27".
    """
    if tokens[i].lower not in lex.TOLL_VERBS:
        return None
    window = _words(tokens, max(floor, i - _TOLL_CLAUSE_REACH), i)
    for back, word in enumerate(reversed(window), 1):
        if word in lex.TOLL_WORDS:
            return Trigger("killed", i, active=False)
        if back >= _TOLL_REACH and word in _CLAUSE_PUNCTUATION:
            return None
    return None


def losses_at(tokens: Sequence[Token], first: int, floor: int) -> Trigger | None:
    """``LOSS-NOUN … ("at" | "to") COUNT``: "put Russian losses since the invasion at about 1,100,000".

    A count of losses is of the killed and wounded together (casualties),
    unless its own noun says more ("put SDF losses at 20 dead").
    """
    i = _skip_gap(tokens, first - 1, floor)
    if i < floor or tokens[i].lower not in lex.LOSS_TOLL_VERBS:
        return None
    window = _words(tokens, max(floor, i - _LOSS_REACH), i)
    return Trigger("casualties", i, active=False) if any(w in lex.LOSS_NOUNS for w in window) else None


def accompanied(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``PARTICIPLE ("along" | "together") "with" COUNT``: "was detained along with several of his associates"."""
    if tokens[i].lower != "with" or i - 2 < floor or tokens[i - 1].lower not in {"along", "together"}:
        return None
    participle = tokens[i - 2].lower
    if participle in lex.PASSIVE_TRIGGERS and not is_adjectival(tokens, i - 2):
        return Trigger(lex.PASSIVE_TRIGGERS[participle], i - 2, active=False)
    return None


def inclusion(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``INCLUSION-NOUN INCLUSION-VERB COUNT | "among" DET INCLUSION-NOUN COPULA COUNT``.

    "the dead included three children", "the attackers' dead included both
    bombers", "among the wounded were two medics", "among those killed was one".
    """
    word = tokens[i].lower
    if word not in lex.INCLUSION_VERBS and word not in lex.INCLUSION_COPULAS:
        return None
    noun = i - 1
    if noun > floor and tokens[noun].lower in lex.CHAIN_ADVERBS:
        noun -= 1  # "the dead also included"
    outcome = lex.INCLUSION_NOUNS.get(tokens[noun].lower) if noun >= floor else None
    if outcome is None:
        return None
    if word in lex.INCLUSION_VERBS:
        return Trigger(outcome, noun, active=False)
    if any(t.lower == "among" for t in tokens[max(floor, noun - 3) : noun]):
        return Trigger(outcome, noun, active=False)
    return None


def coded_as(tokens: Sequence[Token], i: int, floor: int) -> Trigger | None:
    """``CODED-NOUN … CODED-VERB "as" COUNT``: "the number of fatalities is coded as 10"; ``CODED-NOUN ":" COUNT``.

    A figure given as a label's value is the coder's too: "Fatalities: 4",
    "Total fatalities: 6".
    """
    word = tokens[i].lower
    if word == ":" and i - 1 >= floor:
        outcome = lex.CODED_NOUNS.get(tokens[i - 1].lower)
        return None if outcome is None else Trigger(outcome, i - 1, active=False)
    if word != "as" or i - 1 <= floor or tokens[i - 1].lower not in lex.CODED_VERBS:
        return None
    for word in reversed(_words(tokens, max(floor, i - _TOLL_REACH), i - 1)):
        if word in lex.CODED_NOUNS:
            return Trigger(lex.CODED_NOUNS[word], i - 1, active=False)
    return None


BEFORE_COUNT: Final[tuple[Callable[[Sequence[Token], int, int], Trigger | None], ...]] = (
    active_phrase,
    active_verb,
    nominal,
    toll_verb,
    coded_as,
    accompanied,
    inclusion,
)
"""Rules for the word right before a count, tried in order."""


def before_count(tokens: Sequence[Token], first: int, floor: int) -> Trigger | None:
    """A verb or "of"-noun right before the count at token ``first``, no further back than ``floor``."""
    i = _skip_gap(tokens, first - 1, floor)
    if i - 1 > floor and tokens[i].lower == "of" and tokens[i - 1].lower in lex.COLLECTIVE_NOUNS:
        # "killed a family of five": the verb governs the family, and so its count.
        k = i - 2
        while k >= floor and tokens[k].lower in _COLLECTIVE_OPENERS:
            k -= 1
        if k < i - 2:
            i = _skip_gap(tokens, k, floor)
    if i < floor:
        return None
    for rule in BEFORE_COUNT:
        found = rule(tokens, i, floor)
        if found is not None:
            return found
    return None


def _skip_gap(tokens: Sequence[Token], i: int, floor: int) -> int:
    """The first index at or before ``i`` that is no word passed over before a count."""
    while i >= floor and tokens[i].lower in _BEFORE_GAP:
        i -= 1
    return i


def _passive_at(tokens: Sequence[Token], j: int) -> tuple[Trigger, int] | None:
    """A passive phrase, chain or participle at ``j``, and the index after it."""
    found = passive_phrase_at(tokens, j)
    if found is not None:
        return Trigger(found[0], j, active=False), found[1]
    chain = manner_chain(tokens, j)
    if chain is not None:
        # "were shot and killed", "was hacked to death": the last word names the outcome.
        return Trigger(chain[0], chain[1], active=False), chain[1] + 1
    word = tokens[j].lower
    if word in lex.PASSIVE_TRIGGERS:
        return Trigger(lex.PASSIVE_TRIGGERS[word], j, active=False), j + 1
    if word in lex.AUXILIARY_PASSIVES and j > 0 and tokens[j - 1].lower in lex.PASSIVE_MARKERS:
        # "146 servicemen had been returned": handed back, not come back.
        return Trigger(lex.AUXILIARY_PASSIVES[word], j, active=False), j + 1
    return None


def _has_object(tokens: Sequence[Token], k: int) -> bool:
    """Whether the words at ``k`` are the object of the verb before them: "killed a soldier", "killed 12"."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    token = tokens[k]
    word = token.lower
    if token.text[0].isdigit() or word in lex.OBJECT_OPENERS or word in _people.PERSON_NOUNS:
        return True
    return token.text[0].isupper() and word not in _TIME_NAMES


def _conjunct_end(tokens: Sequence[Token], j: int) -> int | None:
    """The end of a noun phrase joined at ``j`` ("and 1 soldier", ", a village elder,", "of the dealer", "in Logar").

    After a preposition only a name or a phrase with a determiner is read past.
    """
    k = j + 1
    if k < len(tokens) and tokens[k].lower == "with" and tokens[j].lower == "along":
        k += 1
    if k >= len(tokens):
        return None
    token = tokens[k]
    if tokens[j].lower in _PREPOSITIONS and not (token.lower in _grammar.DETERMINERS or token.text[0].isupper()):
        # "one person of interest was detained": a bare noun after "of"; after
        # "from" only people ("six fighters from government ranks were killed").
        if tokens[j].lower not in {"of", "from"} or not token.is_word or token.lower in lex.NP_STOP:
            return None
        end, head = noun_phrase(tokens, k)
        if head is None or (tokens[j].lower == "from" and tokens[head].lower not in _people.PERSON_NOUNS):
            return None
        return end
    if not (token.text[0].isdigit() or token.lower in lex.CONJUNCT_OPENERS or token.text[0].isupper()):
        return None
    while k < len(tokens) and (tokens[k].text[0].isdigit() or tokens[k].lower in lex.CONJUNCT_OPENERS):
        k += 1
    end, head = noun_phrase(tokens, k)
    return end if head is not None or end > j + 1 else None


def after_noun_phrase(tokens: Sequence[Token], np_end: int) -> Trigger | None:
    """A participle after the noun phrase: "12 soldiers were killed", "400 wounded".

    It outranks a status noun ("17 hostages had been released"). Other noun
    phrases joined to this one and asides are read past ("6 rebels and 1
    soldier were killed"); a participle with an object and no auxiliary is an
    active verb, and the counted phrase its agent (``Trigger("", …)``).
    """
    j = np_end
    if 0 < j < len(tokens) - 1 and tokens[j].lower in {"whom", "which"} and tokens[j - 1].lower == "of":
        j += 1  # "(14 wounded,) two of whom later died": the relative clause's own predicate
    gap = steps = 0
    auxiliary = False
    while j < len(tokens) and gap <= _PASSIVE_GAP_REACH and steps <= _STEP_REACH:
        word = tokens[j].lower
        found = _passive_at(tokens, j)
        if found is not None:
            trigger, after = found
            if word == "wounded" and j + 1 < len(tokens) and tokens[j + 1].lower in {"soldiers", "people"}:
                return Trigger("", None, active=False)  # "… and wounded soldiers": no outcome for this count
            if not auxiliary and word not in _INTRANSITIVE and _has_object(tokens, after):
                return Trigger("", None, active=False)  # "two gunmen killed a soldier": they are the agents
            return _predicate_of_partitive(tokens, j, after) or trigger
        if (word in lex.PASSIVE_GAP and word not in {"and", "in"}) or word in _QUOTE_MARKS:
            auxiliary = auxiliary or word in _PASSIVE_AUXILIARIES
            j, gap = j + 1, gap + 1
            continue
        stepped = _step_over(tokens, j, auxiliary=auxiliary)
        if stepped is None:
            break
        j, steps = stepped, steps + 1
    return None


def _predicate_of_partitive(tokens: Sequence[Token], j: int, after: int) -> Trigger | None:
    """``COUNT "of" DET OUTCOME-WORD {gap} PASSIVE``: "two of the wounded later died" are dead, not wounded."""
    if j < 2 or tokens[j - 2].lower != "of" or tokens[j - 1].lower not in _grammar.DETERMINERS:  # noqa: PLR2004
        return None
    k = after
    while k < len(tokens) and k - after < _PASSIVE_GAP_REACH and tokens[k].lower in lex.PASSIVE_GAP:
        k += 1
    found = _passive_at(tokens, k) if k < len(tokens) else None
    return None if found is None else found[0]


def _step_over(tokens: Sequence[Token], j: int, *, auxiliary: bool) -> int | None:
    """Where reading resumes past what opens at ``j`` between a noun phrase and its participle, if anything.

    "and" before a participle; an aside ("12 civilians, including four
    children, were killed", or without its commas: "four people including a
    child were killed"); a relative clause or participial aside ("a
    policeman who responded was also killed", "the commander, blamed for …,
    was detained", "two men armed with rifles were arrested"); a noun phrase joined to the counted one ("6 rebels and 1
    soldier were killed", "one civilian, a village elder, was killed").
    """
    word = tokens[j].lower
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return None
    if word == "and" and nxt.lower in lex.PASSIVE_TRIGGERS:
        return j + 1
    if word == "," and nxt.lower in lex.ASIDE_OPENERS:
        close = next_comma(tokens, j + 1, _ASIDE_REACH)
        if close is not None:
            return close + 1
    if (
        word in lex.RELATIVE_OPENERS
        or (word == "," and _opens_aside(nxt))
        or (word in lex.POSTNOMINAL_PARTICIPLES and nxt.lower in lex.PARTICIPLE_PREPOSITIONS)
    ):
        resumed = _after_clause(tokens, j)
        if resumed is not None:
            return resumed
    if (word in _CONJUNCTIONS or word == "including") and not auxiliary:
        return _past_conjunct(tokens, j)
    return None


def _past_conjunct(tokens: Sequence[Token], j: int) -> int | None:
    """Where reading resumes past a noun phrase joined at ``j``: after its closing comma, if any.

    A capitalized word after that comma is the joined phrase's own
    appositive, read next: "in Sabari district, Khost province, was arrested".
    """
    end = _conjunct_end(tokens, j)
    if end is None or end - j > _ASIDE_REACH:
        return None
    if end + 1 < len(tokens) and tokens[end].text == ",":
        return end if tokens[end + 1].text[:1].isupper() else end + 1
    return end


def _opens_aside(token: Token) -> bool:
    """Whether a word after a comma opens a clause about the noun before it ("…, blamed for …,")."""
    word = token.lower
    return word in lex.RELATIVE_OPENERS or (word.endswith("ed") and word not in lex.PASSIVE_TRIGGERS)


def _after_clause(tokens: Sequence[Token], j: int) -> int | None:
    """Where the noun phrase's predicate resumes after a relative clause or aside opening at ``j``.

    It resumes at the auxiliary of a passive ("who responded was also
    killed"), or after the comma that closes an aside (", blamed for …, was
    detained"); ``None`` when neither comes within reach, or when a verb of
    speech comes first: that is the noun's own predicate ("a doctor who
    would not give her name said 9 people were killed" tells no doctor's
    death). An infinitive's "be" ("who asked not to be named") resumes nothing.
    """
    for k in range(j + 1, min(len(tokens), j + _CLAUSE_REACH)):
        word = tokens[k].lower
        if word in REPORTING_VERBS or word in {".", ";", ":"}:
            return None
        if tokens[j].text == "," and word == "," and k + 1 < len(tokens) and tokens[k + 1].lower in lex.AUXILIARIES:
            return k + 1
        if tokens[j].text != "," and word in lex.AUXILIARIES and k > j + 1 and tokens[k - 1].lower != "to":
            return k
    return None


def complement(tokens: Sequence[Token], first: int, np_end: int) -> Trigger | None:
    """``VERB COUNT NP COMPLEMENT``: "hacked eight fishermen to death", "burned three men alive"."""
    if first == 0:
        return None
    verb = tokens[first - 1].lower
    if np_end < len(tokens) and tokens[np_end].lower == "alive" and verb in lex.ALIVE_COMPLEMENT_VERBS:
        return Trigger(lex.ALIVE_COMPLEMENT_VERBS[verb], first - 1, active=True)
    if verb not in lex.COMPLEMENT_VERBS:
        return None
    outcome = complement_at(tokens, np_end)
    return None if outcome is None else Trigger(outcome, first - 1, active=True)


def lives_lost(tokens: Sequence[Token], first: int, head: str | None) -> Trigger | None:
    """``LIFE-VERB COUNT "lives"``: "claimed 30 lives", "cost 12 lives" (not "saved 30 lives")."""
    if head == "lives" and first > 0 and tokens[first - 1].lower in lex.LIFE_VERBS:
        return Trigger("killed", first - 1, active=True)
    return None


def wounded_people(tokens: Sequence[Token], first: int, np_end: int) -> Trigger | None:
    """``COUNT ("wounded" | "injured") NP``: "the hospital received 21 wounded people".

    After "the", "these" or "those" the wounded are people told of before
    ("the 12 injured were evacuated"): no outcome.
    """
    if first > 0 and tokens[first - 1].lower in lex.DEFINITE_DETERMINERS:
        return None
    for k in range(first + 1, min(np_end - 1, first + 3)):
        if tokens[k].lower in _WOUNDED_MODIFIERS and tokens[k + 1].lower in _people.PERSON_NOUNS:
            return Trigger("wounded", k, active=False)
    return None


def thing_verb(tokens: Sequence[Token], first: int, head: str | None) -> Trigger | None:
    """``(THING-VERB | THING-PHRASE) COUNT THING``: "burned 40 tankers", "set fire to 25 trucks"; never people."""
    if head is None or head not in lex.UNIT_NOUNS:
        return None
    i = _skip_gap(tokens, first - 1, 0)
    if i < 0:
        return None
    word = tokens[i].lower
    if word in lex.THING_VERBS:
        return Trigger("destroyed", i, active=True)
    for phrase in lex.THING_PHRASES.get(word, ()):
        start = i - len(phrase) + 1
        if start >= 0 and _words(tokens, start, i + 1) == phrase:
            return Trigger("destroyed", start, active=True)
    return None


def thing_participle(tokens: Sequence[Token], np_end: int, head: str | None) -> Trigger | None:
    """``COUNT THING {gap} THING-PARTICIPLE``: "and several houses torched", "30 shops were looted"."""
    if head is None or head not in lex.UNIT_NOUNS:
        return None
    j = np_end
    while j < len(tokens) and j - np_end < _PASSIVE_GAP_REACH and tokens[j].lower in lex.PASSIVE_GAP:
        j += 1
    if j < len(tokens) and tokens[j].lower in lex.THING_PARTICIPLES:
        return Trigger("destroyed", j, active=False)
    return None


def counted_noun(head: str | None) -> Trigger | None:
    """``COUNT OUTCOME-NOUN``: the counted noun names the outcome, "274 deaths"."""
    if head is not None and head in lex.OUTCOME_NOUNS:
        return Trigger(lex.OUTCOME_NOUNS[head], None, active=False)
    return None


def outcome_of(tokens: Sequence[Token], first: int, np_end: int, head: str | None, floor: int) -> Trigger | None:
    """The outcome governing the count at token ``first`` whose noun phrase ends at ``np_end``."""
    found = (
        before_count(tokens, first, floor)
        or complement(tokens, first, np_end)
        or _after_subject(tokens, first, np_end)
        or _status_told_before(tokens, first, head)
        or counted_noun(head)
        or lives_lost(tokens, first, head)
        or wounded_people(tokens, first, np_end)
        or thing_verb(tokens, first, head)
        or thing_participle(tokens, np_end, head)
        or losses_at(tokens, first, floor)
    )
    return found if found is not None and found.outcome else None


def _after_subject(tokens: Sequence[Token], first: int, np_end: int) -> Trigger | None:
    """The participle after the noun phrase, or, for a clause's subject that has none, a passive joined to it.

    "a gunman killed five people and was then shot dead", "an attacker wounded
    three before being arrested"; not past a relative clause, which has a
    subject of its own ("shot a guard who was later arrested").
    """
    found = after_noun_phrase(tokens, np_end)
    if (found is not None and found.outcome) or not (first == 0 or tokens[first - 1].text in {",", ";"}):
        return found
    at = joined_predicate(tokens, np_end)
    passive = None if at is None else _passive_at(tokens, at)
    # No place: the words between stay open to the claims they hold ("killed five").
    return found if passive is None else Trigger(passive[0].outcome, None, active=False)


def _status_told_before(tokens: Sequence[Token], first: int, head: str | None) -> Trigger | None:
    """``("the" | "these" | "those") COUNT STATUS-NOUN``: "the two detainees were handed over" captures no one.

    A definite count of people in a state (detainees, hostages, prisoners)
    points back at people already taken: no outcome (``Trigger("", …)``).
    """
    if head is None or lex.OUTCOME_NOUNS.get(head) != "captured" or first == 0:
        return None
    return Trigger("", None, active=False) if tokens[first - 1].lower in {"the", "these", "those"} else None
