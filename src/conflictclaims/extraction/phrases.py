"""The phrase grammar the claim reader walks: the noun phrase a count counts, clauses, coordination.

Every function reads a sentence's tokens around given indices and returns
indices or flags; none looks further than a fixed number of tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _lexicon, _people, _speech

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.extraction.sentence import Token

__all__ = [
    "PASSIVE_PHRASES_BY_FIRST",
    "clause_end",
    "clause_start",
    "complement_at",
    "coordinated",
    "ends_clause",
    "evidence",
    "has_joint_marker",
    "is_adjectival",
    "is_subset",
    "joined_predicate",
    "manner_chain",
    "next_comma",
    "noun_phrase",
    "passive_phrase_at",
    "subset_opener",
    "unit_of",
]

# Counted phrases are short.
_NP_REACH: Final = 8
# Marks that may stand inside a name: "Pul-e ‘Alam", "Ma'rib".
_NAME_QUOTES: Final = frozenset({"'", "‘", "’"})
# Scare quotes around the counted words: 47 "apostate" soldiers, 40 "Taliban apostates".
_SCARE_OPENERS: Final = frozenset({'"', "“"})
_SCARE_CLOSERS: Final = frozenset({'"', "”"})
_SCARE_REACH: Final = 4
# Two counts this many tokens apart or more share no subject.
_COORDINATION_REACH: Final = 12
_JOINT_REACH: Final = 10
# How far a predicate joined to a clause's subject may stand from it: "a gunman killed five … and was shot dead".
_JOINED_PREDICATE_REACH: Final = 32
_NOT_HEADS: Final = frozenset(_grammar.DETERMINERS) | _grammar.POSSESSIVES
# Words after "and"/"or" that open a new phrase rather than continue the counted one.
_NEW_PHRASE: Final = frozenset(
    {"that", "a", "an", "the", "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
     "ten", "dozens", "hundreds", "scores", "numerous", "multiple", "many", "his", "her", "their", "its",
     "another", "both", "himself", "herself"}
)  # fmt: skip
# Words that open the object of a verb: after "and VERB" they show the verb has one.
_OBJECT_STARTS: Final = frozenset(_grammar.DETERMINERS) | frozenset(
    {"several", "multiple", "numerous", "dozens", "hundreds", "scores", "some", "more", "at", "one", "two", "three",
     "four", "five", "six", "seven", "eight", "nine", "ten", "all", "both", "another", "many", "other", "others"}
)  # fmt: skip
# Nouns of a state after the counted noun: "taken 62 others prisoner".
_COMPLEMENT_NOUNS: Final = frozenset(phrase[0] for phrase in lex.COMPLEMENTS if len(phrase) == 1)
# Verbs that open a clause of their own after "and": "claimed 30 lives and left dozens injured".
_VERB_OPENERS: Final = (
    frozenset(phrase[0] for phrase in lex.ACTIVE_PHRASES) | lex.MANNER_VERBS | lex.LIFE_VERBS | lex.COMPLEMENT_VERBS
)
_BREAKS: Final = frozenset({".", ";", ":", "—", "(", ")"})
# Words after the head that open a time adverbial: "killed thousands of people last year", "… people Tuesday".
_TIME_OPENERS: Final = frozenset({"last", "next"}) | frozenset(name.lower() for name in _lexicon.WEEKDAY_NAMES)
# …or a span of time told from the event: "arrested the attacker hours after the stabbing", "days later".
_DURATIONS: Final = frozenset({"minutes", "hours", "days", "weeks", "months", "moments"})
_RELATIVE_TIMES: Final = frozenset({"after", "before", "later", "earlier"})
_DIRECTIONS: Final = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
     "north-west", "south-east", "south-west"}
)  # fmt: skip
_JOINERS: Final = frozenset(
    {"and", ",", ":", "while", "with", "including", "plus", "whereas", "but", "another", "that"}
)
_CLAUSE_ENDS: Final = frozenset({".", ";", "?", "!"})
_JOINT_STARTS: Final = frozenset(marker[0] for marker in lex.JOINT_MARKERS)
_OF_WHOM: Final = (["of", "them"], ["of", "whom"])
# The words before a count that single it out of a toll ("including five", "among them six").
_SUBSET_WORDS: Final = frozenset({"including", "among"})
_SUBSET_PRONOUNS: Final = frozenset({"them", "whom"})
_PERSON_NOUNS: Final = frozenset(_people.PERSON_NOUNS) | frozenset(_people.ONE_PERSON_NOUNS)
# Words after "and" that end a counted phrase of people: things, not more people.
_THINGS: Final = frozenset(lex.MATERIEL_NOUNS) | frozenset(lex.UNIT_NOUNS)

PASSIVE_PHRASES_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
"""Multi-word outcomes after a noun phrase ("shot dead", "taken into custody"), by their first word."""
for _phrase, _outcome in lex.PASSIVE_PHRASES.items():
    PASSIVE_PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _outcome))


def _words(tokens: Sequence[Token], first: int, last: int) -> tuple[str, ...]:
    return tuple(t.lower for t in tokens[first:last])


def passive_phrase_at(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """A multi-word outcome starting at ``i``: (outcome, index after it). "shot dead", "went missing"."""
    for phrase, outcome in PASSIVE_PHRASES_BY_FIRST.get(tokens[i].lower, ()):
        if _words(tokens, i, i + len(phrase)) == phrase:
            return outcome, i + len(phrase)
    return None


def manner_chain(tokens: Sequence[Token], i: int) -> tuple[str, int] | None:
    """A verb of manner at ``i`` chained to its outcome: (outcome, index of the outcome word).

    Grammar: ``MANNER ("and" | ",") {CHAIN-ADVERB} OUTCOME-PARTICIPLE | MANNER "to" "death"``;
    "shot and killed", "kidnapped and later killed", "hacked to death".
    """
    if tokens[i].lower not in lex.MANNER_VERBS:
        return None
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].lower == "to" and tokens[k + 1].lower == "death":
        return "killed", k + 1
    if k >= len(tokens) or tokens[k].lower not in {"and", ","}:
        return None
    k += 1
    while k < len(tokens) and tokens[k].lower in lex.CHAIN_ADVERBS:
        k += 1
    if k < len(tokens):
        word = tokens[k].lower
        outcome = lex.PASSIVE_TRIGGERS.get(word)
        if outcome is not None and word not in lex.MANNER_VERBS:
            return outcome, k
        found = passive_phrase_at(tokens, k)
        if found is not None:
            return found[0], found[1] - 1
    return None


def next_comma(tokens: Sequence[Token], start: int, reach: int) -> int | None:
    """The first comma from ``start`` on, within ``reach`` tokens."""
    for k in range(start, min(len(tokens), start + reach)):
        if tokens[k].text == ",":
            return k
    return None


def clause_end(tokens: Sequence[Token], start: int, reach: int) -> int:
    """Where the phrase from ``start`` ends: at a stop, semicolon, dash or verb-like break, within ``reach``."""
    end = start
    while end < len(tokens) and end - start < reach and tokens[end].text not in _BREAKS:
        if tokens[end].lower in lex.CLAUSE_BREAKS:
            break
        end += 1
    return end


def clause_start(tokens: Sequence[Token], end: int, reach: int) -> int:
    """Where the phrase before ``end`` starts, within ``reach`` tokens."""
    start = end
    while start > 0 and end - start < reach and tokens[start - 1].text not in _BREAKS:
        word = tokens[start - 1].lower
        # A relative pronoun points back to its noun: "Qatar, which mediated".
        if word in lex.CLAUSE_BREAKS and word not in {"which", "who", "that"}:
            break
        start -= 1
    return start


def _prenominal(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word after ``i`` is a noun the word at ``i`` may modify ("wounded soldiers")."""
    word = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return word in _people.PERSON_NOUNS or word in lex.OUTCOME_NOUNS or word in lex.UNIT_NOUNS


def complement_at(tokens: Sequence[Token], k: int) -> str | None:
    """``COMPLEMENT``: the outcome of the object complement opening at token ``k`` ("dead", "to death"), if any."""
    for phrase, outcome in lex.COMPLEMENTS.items():
        if tuple(t.lower for t in tokens[k : k + len(phrase)]) == phrase:
            return outcome
    return None


def _ends_at_conjunction(tokens: Sequence[Token], i: int, head: int | None) -> bool:
    """Whether "and"/"or" at ``i`` ends the phrase: a number, a verb or a new phrase follows.

    After people, things or another verb end it too: "detained two suspects and
    weapons", "killing 12 civilians and burning several houses"; after one
    person, a noun of kin does: "a husband and wife".
    """
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        nxt is None
        or not nxt.is_word
        or nxt.text[0].isdigit()
        or nxt.lower in lex.NP_STOP
        or nxt.lower in lex.ACTIVE_TRIGGERS
        or nxt.lower in lex.PASSIVE_TRIGGERS
        or nxt.lower in _NEW_PHRASE
        or nxt.lower in _VERB_OPENERS
    ):
        return True
    word = nxt.lower
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    verb_like = (word.endswith(("ed", "ing")) or word in lex.IRREGULAR_PAST) and (
        word not in _PERSON_NOUNS and word not in _people.KIND_MODIFIERS
    )
    if verb_like and after in _OBJECT_STARTS:
        return True  # "burned two pickups and seized a weapons store"
    if head is not None and word in _people.KIN_NOUNS and tokens[head].lower in _people.ONE_PERSON_NOUNS:
        return True  # "a husband and wife": two people, each a phrase of one
    if head is None or tokens[head].lower not in _PERSON_NOUNS:
        return False
    return word in _THINGS or (verb_like and after not in _PERSON_NOUNS)


def _ends_after_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i``, after the head of a counted phrase, starts what follows the phrase."""
    word = tokens[i].lower
    if word in _speech.REPORTING_VERBS:
        return True
    if passive_phrase_at(tokens, i) is not None or manner_chain(tokens, i) is not None:
        # "Twenty bus passengers shot dead", "four aid workers shot and killed".
        return True
    if word in _TIME_OPENERS:
        return True
    if word in _DURATIONS and i + 1 < len(tokens) and tokens[i + 1].lower in _RELATIVE_TIMES:
        return True  # "arrested the suspected attacker hours after the stabbing"
    if (word in _COMPLEMENT_NOUNS or word in _grammar.DETERMINERS) and tokens[i - 1].lower != "of":
        # "taken 62 others prisoner"; a determiner after the head starts another phrase.
        return True
    # "an individual associated with the cache" (but "al-Qaeda associated Taliban leader").
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return word in lex.POSTNOMINAL_PARTICIPLES and after in {"with", "to", "for", "in", "of", "by", "on", "as"}


# Every word for which :func:`_ends_phrase` may say yes; any other word goes on with the phrase, untested.
_PHRASE_ENDING_WORDS: Final = (
    lex.NP_STOP
    | frozenset(_speech.REPORTING_VERBS)
    | frozenset(PASSIVE_PHRASES_BY_FIRST)
    | lex.MANNER_VERBS
    | _TIME_OPENERS
    | _DURATIONS
    | _COMPLEMENT_NOUNS
    | frozenset(_grammar.DETERMINERS)
    | frozenset(lex.POSTNOMINAL_PARTICIPLES)
    | frozenset(lex.PASSIVE_TRIGGERS)
    | frozenset(lex.ACTIVE_TRIGGERS)
    | frozenset(lex.THING_PARTICIPLES)
    | _DIRECTIONS
    | {"of"}
)


def _ends_phrase(tokens: Sequence[Token], i: int, head: int | None) -> bool:
    """Whether the word at ``i`` ends the counted phrase (see :func:`noun_phrase`).

    Only a word of ``_PHRASE_ENDING_WORDS`` can.
    """
    word = tokens[i].lower
    if word in lex.NP_STOP or (head is not None and _ends_after_head(tokens, i)):
        return True
    if word in lex.PASSIVE_TRIGGERS and not _prenominal(tokens, i):
        # "12 soldiers were killed", and "400 wounded", "50 hurt": the participle is the outcome.
        return True
    if word in lex.ACTIVE_TRIGGERS and word not in {"wounded", "injured"} and not _prenominal(tokens, i):
        return True
    if head is not None and word in lex.THING_PARTICIPLES and tokens[head].lower in lex.UNIT_NOUNS:
        return True  # "and several houses torched": the things' own participle
    if word in _DIRECTIONS and i + 1 < len(tokens) and tokens[i + 1].lower == "of":
        return True  # "two outposts south of Sittwe"
    return word == "of" and head is not None and tokens[head].lower not in lex.ANAPHORIC_HEADS


def noun_phrase(tokens: Sequence[Token], start: int) -> tuple[int, int | None]:
    """The noun phrase after a count: (end token index, head token index).

    Grammar: ``{modifier | "-" | "'" | "(" ACRONYM ")" | ABBREVIATION "." | ("and" | "or") word} HEAD``,
    at most eight tokens, in scare quotes or not ('47 "apostate" soldiers')
    ("an Islamic Movement of Uzbekistan (IMU) leader" reads on past the
    acronym); it ends at a stop word, a reporting verb after the head, an
    outcome participle, "of" after a head that is no anaphor ("50 of them"
    goes on), or "and"/"or" before a number, verb or new phrase. The head is
    the last word that is no determiner, possessive or "of".
    """
    i = start
    head: int | None = None
    closer = _scare_quote_end(tokens, start)
    quotes = {start, closer} if closer is not None else set()
    while i < len(tokens) and i - start < _NP_REACH:
        token = tokens[i]
        if not token.is_word:
            past = _past_mark(tokens, i, head, quotes)
            if past is None:
                break
            i = past
            continue
        if token.lower in {"and", "or"}:
            if _ends_at_conjunction(tokens, i, head):
                break
            i += 1
            continue
        if token.lower in _PHRASE_ENDING_WORDS and _ends_phrase(tokens, i, head):
            break
        if token.lower != "of" and token.lower not in _NOT_HEADS:
            head = i
        i += 1
    return i, head


def _scare_quote_end(tokens: Sequence[Token], start: int) -> int | None:
    """Where a quote opening the phrase closes, if only words lie between ("47 "apostate" soldiers")."""
    if start >= len(tokens) or tokens[start].text not in _SCARE_OPENERS:
        return None
    for i in range(start + 1, min(len(tokens), start + 2 + _SCARE_REACH)):
        if tokens[i].text in _SCARE_CLOSERS:
            return i if i > start + 1 else None
        if not tokens[i].is_word:
            return None
    return None


def _past_mark(tokens: Sequence[Token], i: int, head: int | None, quotes: set[int]) -> int | None:
    """Where the noun phrase goes on past the mark at ``i`` inside it, or ``None`` when the mark ends it."""
    text = tokens[i].text
    if (text in {"-", "–"} and head is not None) or i in quotes:
        return i + 1
    if text in _NAME_QUOTES and head is not None and _capitalized_at(tokens, i + 1):
        return i + 1  # "Pul-e ‘Alam district": a mark inside a name
    if _is_acronym_aside(tokens, i) and head is not None:
        return i + 3  # "an Islamic Movement of Uzbekistan (IMU) leader": the acronym names what is before it
    if text == "." and head == i - 1 and "." in tokens[i - 1].text and _lower_word_at(tokens, i + 1):
        return i + 1  # "two U.N. peacekeepers": the full stop of an abbreviation
    return None


def _lower_word_at(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].is_word and tokens[i].text[:1].islower()


def _capitalized_at(tokens: Sequence[Token], i: int) -> bool:
    return i < len(tokens) and tokens[i].is_word and tokens[i].text[:1].isupper()


def _is_acronym_aside(tokens: Sequence[Token], i: int) -> bool:
    """Whether an acronym in brackets opens at ``i``: "(IMU)", "(TTP)"."""
    return (
        i + 2 < len(tokens)
        and tokens[i].text == "("
        and tokens[i + 2].text == ")"
        and tokens[i + 1].text.isupper()
        and i + 3 < len(tokens)
        and tokens[i + 3].is_word
    )


def is_adjectival(tokens: Sequence[Token], index: int) -> bool:
    """Whether "wounded" in "wounded 12" is an adjective ("the wounded 12")."""
    return index > 0 and tokens[index - 1].lower in _grammar.ARTICLES


def subset_opener(tokens: Sequence[Token], first: int) -> str:
    """The words right before the count at ``first`` that single it out of a toll, or ``""``.

    Grammar: ``"including" | "among" [("them" | "whom")]``: "including five",
    "among the dead were two", "among them six women", "among whom a boy".
    """
    before = tokens[first - 1].lower if first > 0 else ""
    if before in _SUBSET_PRONOUNS and first > 1 and tokens[first - 2].lower == "among":
        return f"among {before}"
    return before if before in _SUBSET_WORDS else ""


def is_subset(tokens: Sequence[Token], first: int, np_end: int) -> bool:
    """Whether the count at ``first`` singles out part of a toll: "four of them", "including five"."""
    after = [t.lower for t in tokens[np_end : np_end + 2]]
    return (
        subset_opener(tokens, first) in _SUBSET_WORDS
        or after in _OF_WHOM
        or (first + 2 < len(tokens) and [t.lower for t in tokens[first + 1 : first + 3]] in _OF_WHOM)
    )


def ends_clause(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a full stop, semicolon, question or exclamation mark stands between tokens ``start`` and ``end``."""
    return any(tokens[k].text in _CLAUSE_ENDS for k in range(start, min(end, len(tokens))))


def coordinated(tokens: Sequence[Token], previous_end: int, first: int) -> bool:
    """Whether the count at ``first`` is joined to the previous one ("and 27", ", while one")."""
    if first - previous_end > _COORDINATION_REACH:
        return False
    between = [t.lower for t in tokens[previous_end:first]]
    # A full stop inside a sentence span (a run of line separators the splitter kept) ends the clause.
    return not any(word in _CLAUSE_ENDS for word in between) and any(word in _JOINERS for word in between)


def has_joint_marker(tokens: Sequence[Token], first: int) -> bool:
    """Whether "both sides", "either side" follows the count at ``first`` within a few tokens."""
    window = [t.lower for t in tokens[first : first + _JOINT_REACH]]
    return any(
        tuple(window[k : k + len(marker)]) == marker
        for k, word in enumerate(window)
        if word in _JOINT_STARTS
        for marker in lex.JOINT_MARKERS
    )


def unit_of(head: str | None, outcome: str) -> str | None:
    """The unit a claim counts, or ``None`` when the head is no claim unit."""
    if head is None or head in lex.ANAPHORIC_HEADS:
        return "persons"
    if head in lex.UNIT_NOUNS:
        return lex.UNIT_NOUNS[head]
    if head in _people.PERSON_NOUNS or head in _people.ONE_PERSON_NOUNS or head in lex.OUTCOME_NOUNS:
        return "persons"  # "seized a Chinese engineer" takes a person
    if head in lex.NON_CLAIM_HEADS:
        return None
    if outcome in {"destroyed", "seized"} or head in lex.MATERIEL_NOUNS:
        return "other"
    return "persons"


def evidence(tokens: Sequence[Token], first: int, np_end: int, trigger: int | None) -> tuple[int, int]:
    """The character span from the count through its noun phrase and trigger."""
    indices = [first, max(first, np_end - 1)]
    if trigger is not None:
        indices.append(trigger)
    lo, hi = min(indices), max(indices)
    hi = min(hi, len(tokens) - 1)
    return tokens[lo].start, tokens[hi].end


def joined_predicate(tokens: Sequence[Token], np_end: int) -> int | None:
    """Where the predicate joined to a clause's subject after its verb opens, if it does.

    ``… ("and" ("was" | "were") | ("before" | "after") "being") {ADVERB}``:
    "a gunman killed five people and was then shot dead", "… before being
    arrested". A relative clause, a verb of speech or the clause's end comes
    first in "shot a guard who was later arrested".
    """
    stop = min(len(tokens) - 2, np_end + _JOINED_PREDICATE_REACH)
    if lex.JOINED_AUXILIARIES.isdisjoint([t.lower for t in tokens[np_end + 1 : stop + 1]]):
        return None
    for k in range(np_end, stop):
        word = tokens[k].lower
        if word in lex.JOINED_PASSIVE_STOPS or word in _speech.REPORTING_VERBS:
            return None
        after = tokens[k + 1].lower
        if (word == "and" and after in {"was", "were"}) or (word in {"before", "after"} and after == "being"):
            j = k + 2
            while j < len(tokens) - 1 and tokens[j].lower in lex.SUBJECT_ADVERBS:
                j += 1
            return j
    return None
