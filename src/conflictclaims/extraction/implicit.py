"""Counts the text gives without a number: "a soldier", "both attackers", "killing him", a named person.

Input: a :class:`~conflictclaims.extraction.sentence.Sentence`. Output: the
implicit counts of the sentence as :class:`~conflictclaims.Count`
values (exact, with their span), which the claim reader reads like any
number phrase: a count only becomes a claim where an outcome governs it. The
rules of :data:`RULES`, each for the words that open it::

    one-noun  := ("a" | "an" | "another" | "the" | "his" | "her" | "its" | "their") NP-OF-ONE
                                                                            "gunmen killed a police officer",
                                                                            "the bomber was killed",
                                                                            "killing its driver",
                                                                            "ten policemen and their driver"
               | "another" (PASSIVE | AUXILIARY | "," | "." | END)         "one was killed and another wounded"
               | ("his" | "her") BODY-NOUN (not "of")                       "his body was found"
               | ("a" | "an" | "the" | …) [MODIFIER] "couple"                 "killed a Christian couple" (2)
               | ("a" | "an") ORDINAL                                      "killed two and detained a third"
                                                                            (not "a third of")
               | ACTIVE-VERB "the" NP-OF-MANY (counted before)           "… multiple insurgents … killed the
                                                                            insurgents" (the count before)
    both      := "both" [NP]                                                "killing both attackers"
               | "both" (AUXILIARY | "died")                                "Both were killed"
    more      := [ACTIVE-VERB] ("other" | "additional") NP-OF-MANY          "also captured other militants" (>= 2)
    selves    := COUNT NP-OF-PEOPLE … ACTIVE-VERB "themselves"              "Two attackers …, killing themselves"
                                                                            (the count of the subject again)
    pronoun   := ACTIVE-VERB ("him" | "her" | "himself" | "herself")        "returned fire, killing him"
               | COMPLEMENT-VERB ("him" | "her") COMPLEMENT                 "guards shot him dead"
               | "and" ("himself" | "herself")                              "killing 14 soldiers and himself"
               | ("turned" | "turning") DET "gun" "on" ("himself" | "herself")
                                                                            "before turning the gun on himself"
               | ("he" | "she") {gap} PASSIVE                               "He was subsequently killed"
               | ("he" | "she") [ADVERB] ("died" | "perished" | "succumbed")
                                                                            "He died of his wounds"
    bare-one  := (ACTIVE-VERB | NOMINAL "of") NP-OF-ONE-WITHOUT-DETERMINER  "killed Taliban leader Saifullah"
               | (ACTIVE-VERB | NOMINAL "of") NAME                          "resulted in the death of Abu Yusuf"
               | NAME "and" ("one" | "another") ("other" | "additional")    "Mullah Karim and one other insurgent"
               | NAME "and" ("his" | "her") NOUN-OF-ONE                      "Bahuddin and his subordinate"
    kin       := NP-OF-ONE "and" KIN-NOUN                                   "a husband and wife", "his son and nephew"
               | NAME "was"                                                  "Umar was killed"

An ``NP-OF-ONE`` is a noun phrase whose head is a noun for one person
(``_people.ONE_PERSON_NOUNS``) or one thing the claims
count ("a drone", "an army base"); "a family of five" and "a number of" are
no such phrase. A ``NAME`` is a run of capitalized words that the
gazetteer and the actor finder do not read as a place or a group.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _lexicon, _people
from conflictclaims.counts import Count, Qualifier
from conflictclaims.extraction.phrases import complement_at, noun_phrase
from conflictclaims.model import ActorKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictclaims.extraction.sentence import Sentence, Token

__all__ = ["OPENING_WORDS", "RULES", "implicit_counts"]

_ONE_DETERMINERS: Final = frozenset({"a", "an", "another", "the", "his", "her", "its", "their"})
# "detained a third": an ordinal after "a" stands for one more of those counted.
_ORDINALS: Final = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
# What may follow an elliptical "another": "and another wounded", "another was detained", "and another.".
_AFTER_ELLIPSIS: Final = frozenset({".", ",", ";", "was", "is", "had", "has", "were", "later", "also"})
# Determiners before which a thing counts too ("shot down a drone"), not only a person.
_THING_DETERMINERS: Final = frozenset({"a", "an", "another"})
# Someone's body is one dead ("his body was found"); "his body of work" is none.
_POSSESSIVES: Final = frozenset({"his", "her"})
# The words that may open one told by no noun: "his body", "another", "a third".
_SHORT_OPENERS: Final = _POSSESSIVES | {"a", "an", "another"}
_BODY_NOUNS: Final = frozenset({"body", "corpse", "remains"})
_PRONOUNS: Final = {"him": 1, "her": 1, "himself": 1, "herself": 1, "he": 1, "she": 1}
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she"})
_REFLEXIVES: Final = frozenset({"himself", "herself"})
_TURNED_ON_WORDS: Final = 4  # "turning the gun on"
# Verbs of dying a pronoun may be the subject of, and the adverbs between: "He later died of his wounds".
_DIED: Final = frozenset({"died", "perished", "succumbed"})
_DEATH_ADVERBS: Final = frozenset({"later", "also", "subsequently", "eventually", "then"})
_ONE_NOUNS: Final = _people.ONE_PERSON_NOUNS
# Nouns for more than one person (in the people table and not a noun for one).
_MANY_NOUNS: Final = frozenset(noun for noun in _people.PERSON_NOUNS if noun not in _ONE_NOUNS)
# The last words of nouns of people written in two words: "suicide bombers", "gang members".
_SUFFIX_NOUNS: Final = frozenset(noun.rsplit(" ", 1)[1] for noun in _MANY_NOUNS if " " in noun)
# Words for people that are adjectives before a noun: "an elderly man", "a displaced woman".
_ADJECTIVAL_PEOPLE: Final = frozenset({"elderly", "displaced"})
# An ordinal in figures is a rank ("their 60th leader"), not an age ("a 67-year-old man").
_ORDINAL_ENDINGS: Final = ("st", "nd", "rd", "th")
_ONE_THINGS: Final = frozenset(noun for noun in lex.UNIT_NOUNS if not noun.endswith("s") or noun == "headquarters")
# Nouns for two people: "killed a Christian couple".
_PAIR_NOUNS: Final = {"couple": 2}
_ONE_HEADS: Final = frozenset(_ONE_NOUNS) | _ONE_THINGS | frozenset(_PAIR_NOUNS)
# Words a name may hold besides capitalized ones: "Abu Bakr al-Baghdadi", "Gulbuddin bin Laden".
_NAME_PARTICLES: Final = frozenset({"al", "bin", "ibn", "abu", "el", "ul", "ud", "din", "de", "van", "von"})
_NAME_REACH: Final = 5
# How far back "the insurgents" looks for the count of "multiple armed insurgents", and how near that noun is.
_ANAPHOR_REACH: Final = 600
_COUNTED_REACH: Final = 40
_COUNTED_WORDS: Final = 4
_WORD: Final = re.compile(r"[^\W_]+")
# "and one other insurgent", "and another": the phrase before them is one more person.
_ONE_MORE: Final = frozenset({"one", "another"})
_OTHER: Final = frozenset({"other", "additional", "more"})
_NAME_BEFORE: Final = frozenset({"and", "was"})
_KIN_NOUNS: Final = _people.KIN_NOUNS
_PREPOSITIONS: Final = lex.PLACE_PREPOSITIONS | frozenset({"by", "for", "with", "against", "about", "like", "among"})
# Words before an outcome participle that make it an adjective: "the now detained Taliban leader".
_ADJECTIVAL: Final = frozenset(_grammar.DETERMINERS) | frozenset({"now", "newly", "recently", "already"})
_SPEECH: Final = frozenset({"said", "says", "told", "added", "stated", "reported", "confirmed", "claimed"})
# Outcomes that happen to people: only these make a name or a bare noun a count ("seized Ras Kamboni" does not).
_PERSON_OUTCOMES: Final = frozenset({"killed", "wounded", "captured", "released", "missing"})
# The active verbs that govern a bare object (see ``_governs``): only after one is an object looked for.
_GOVERNING_VERBS: Final = frozenset(
    verb for verb, outcome in lex.ACTIVE_TRIGGERS.items() if outcome in _PERSON_OUTCOMES and verb not in lex.LOSS_VERBS
)
_NOT_NAMES: Final = (
    lex.NP_STOP
    | frozenset(_grammar.DETERMINERS)
    # Calendar names, but "may", which is also the verb.
    | (frozenset(name.lower() for name in (*_lexicon.WEEKDAY_NAMES, *_lexicon.MONTH_NAMES)) - {"may"})
    | frozenset({"and", "or", "of", "yesterday", "today", "tonight", "overnight", "last", "earlier", "later"})
)


def _one(sentence: Sentence, first: int, last: int, value: int = 1) -> Count:
    """An exact count of ``value`` spanning tokens ``first`` to ``last``."""
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[last].end
    text = sentence.doc.text[start:end]
    span = Span(start=start, end=end)
    return Count(low=value, high=value, best=value, qualifier=Qualifier.EXACT, text=text, span=span)


def _noun_phrase(tokens: Sequence[Token], start: int) -> tuple[int, int | None]:
    """The noun phrase from ``start``, read through "of" inside a name ("an Islamic Movement of Uzbekistan leader")."""
    end, head = noun_phrase(tokens, start)
    while (
        head is not None
        and end + 1 < len(tokens)
        and tokens[end].lower == "of"
        and tokens[head].text[:1].isupper()
        and tokens[end + 1].text[:1].isupper()
    ):
        end, head = noun_phrase(tokens, end + 1)
    for k in range(start + 1, end):
        if tokens[k].lower in {"and", "or"} and tokens[k - 1].lower in _ONE_NOUNS:
            return k, k - 1  # "his deputy and Mullah Omar": one person, then another phrase
    return end, head


def _of_one(tokens: Sequence[Token], start: int, *, things: bool) -> int:
    """How many the noun phrase from ``start`` names: 1, 2 for "a couple", 0 when it names no person or thing.

    A thing counts only with ``things`` ("shot down a drone").
    """
    _, head = _noun_phrase(tokens, start)
    if head is None:
        return 0
    word = tokens[head].lower
    if word in _ONE_NOUNS or word in _PAIR_NOUNS:
        # "a Taliban leader", not "a leader's men", "a family of five" nor "their 60th leader" (a rank).
        many = any(
            (t.lower in _MANY_NOUNS and t.lower not in _people.KIND_MODIFIERS and t.lower not in _ADJECTIVAL_PEOPLE)
            or (t.text[:1].isdigit() and t.lower.endswith(_ORDINAL_ENDINGS))
            for t in tokens[start:head]
        )
        return 0 if many else _PAIR_NOUNS.get(word, 1)
    return int(things and word in _ONE_THINGS)


def one_noun(sentence: Sentence, i: int) -> Count | None:
    """``("a" | "an" | "another" | "the" | "his" | "her") NP-OF-ONE``: "a police officer", "the bomber".

    After an outcome verb, "the" and a plural counts those counted just
    before by the same noun: "identified multiple armed insurgents … killed
    the insurgents" is "multiple" again (see ``the_counted``).
    """
    tokens = sentence.tokens
    word = tokens[i].lower
    if (word == "her" and i + 1 < len(tokens) and not tokens[i + 1].is_word) or _in_phrase_of_another(tokens, i):
        return None  # "killing her.": the pronoun rule reads it
    if i + 1 >= len(tokens):
        return _one(sentence, i, i) if word == "another" else None
    short = _one_without_noun(sentence, i) if word in _SHORT_OPENERS else None
    if short is not None:
        return short
    # The head of a phrase of one lies after ``i``: without such a word no phrase need be read.
    value = 0 if sentence.last_index_of(_ONE_HEADS) <= i else _of_one(tokens, i + 1, things=word in _THING_DETERMINERS)
    if not value:
        return the_counted(sentence, i) if word == "the" else None
    return _one(sentence, i, i, value)


def _one_without_noun(sentence: Sentence, i: int) -> Count | None:
    """One told by no noun for a person: "his body" ("his body of work" is none), "and another wounded", "a third"."""
    tokens = sentence.tokens
    word, nxt = tokens[i].lower, tokens[i + 1].lower
    if word in _POSSESSIVES:
        if nxt in _BODY_NOUNS and (i + 2 >= len(tokens) or tokens[i + 2].lower != "of"):
            return _one(sentence, i, i)
        return None
    if word == "another":
        return _one(sentence, i, i) if nxt in _AFTER_ELLIPSIS or nxt in lex.PASSIVE_TRIGGERS else None
    if nxt not in _ORDINALS:
        return None
    after = tokens[i + 2].lower if i + 2 < len(tokens) else "."
    # "a third of the houses" is a fraction; "a second attacker" is read by its noun.
    ends = after in _AFTER_ELLIPSIS or after in {"and", "in", "on", "during", "near"}
    return _one(sentence, i, i + 1) if ends else None


def the_counted(sentence: Sentence, i: int) -> Count | None:
    """``ACTIVE-VERB "the" NP-OF-MANY``, the noun counted shortly before: the same number again.

    "the CRU identified multiple armed insurgents … killed the insurgents":
    the count of "the insurgents" is that of "multiple armed insurgents",
    spanning "the". Without such a count before it, it is no count.
    """
    tokens = sentence.tokens
    if i == 0 or tokens[i - 1].lower not in lex.ACTIVE_TRIGGERS:
        return None
    _, head = noun_phrase(tokens, i + 1)
    if head is None or tokens[head].lower not in _MANY_NOUNS:
        return None
    noun, doc, start = tokens[head].lower, sentence.doc, tokens[i].start
    for before in reversed(doc.counts_in(Span(start=max(0, start - _ANAPHOR_REACH), end=start))):
        if before.span is None or before.high == 0:
            continue
        after = doc.text[before.span.end : min(start, before.span.end + _COUNTED_REACH)].lower()
        if noun in _WORD.findall(after)[:_COUNTED_WORDS]:
            return _counted_again(sentence, before, i)
    return None


def _counted_again(sentence: Sentence, count: Count, i: int) -> Count:
    """``count`` again, told by the word at token ``i`` ("the insurgents", "themselves") and spanning it."""
    token = sentence.tokens[i]
    span = Span(start=token.start, end=token.end)
    return attrs.evolve(count, text=sentence.doc.text[span.start : span.end], span=span)


def _in_phrase_of_another(tokens: Sequence[Token], i: int) -> bool:
    """Whether a preposition puts the phrase at ``i`` inside another one: "associates of the dealer", "by a soldier".

    "the death of a commander" (an outcome noun) and "along with a
    suspect" are the exceptions: there the phrase is the one counted.
    """
    before = tokens[i - 1].lower if i > 0 else ""
    if before not in _PREPOSITIONS:
        return False
    if before == "of":
        return not (i > 1 and tokens[i - 2].lower in lex.NOMINAL_TRIGGERS)
    return not (before == "with" and i > 1 and tokens[i - 2].lower in {"along", "together"})


def both(sentence: Sentence, i: int) -> Count | None:
    """``"both" [NP]``: "both attackers", "killing both"; not "both sides" nor "were both killed"."""
    tokens = sentence.tokens
    if i > 0 and tokens[i - 1].lower in lex.PASSIVE_GAP:
        return None  # "were both killed": the subject before it is counted
    end, head = noun_phrase(tokens, i + 1)
    if head is not None:
        words = [t.lower for t in tokens[i + 1 : end]]
        if "and" in words or "or" in words or tokens[head].lower in lex.NON_CLAIM_HEADS:
            return None  # "both soldiers and militants": a joint subject, not two
        if tokens[head].lower in {"side", "sides", "armies", "countries", "parties"}:
            return None
    elif (i == 0 or tokens[i - 1].lower not in lex.ACTIVE_TRIGGERS) and not _predicate_after(tokens, i + 1):
        return None
    return _one(sentence, i, i, 2)


def _predicate_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a predicate of the word before ``k`` opens there: "Both were killed", "Both died"."""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return word in _DIED or (word in lex.AUXILIARIES and word not in {"will", "would"})


def pronoun(sentence: Sentence, i: int) -> Count | None:
    """``ACTIVE-VERB ("him" | "himself" …)`` or ``("he" | "she") {gap} PASSIVE``: "killing him"."""
    tokens = sentence.tokens
    word = tokens[i].lower
    if word in _SUBJECT_PRONOUNS:
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if nxt in _DEATH_ADVERBS and i + 2 < len(tokens):
            nxt = tokens[i + 2].lower  # "he later died"
        if nxt in _DIED or (nxt in lex.AUXILIARIES and nxt not in {"will", "would"}):
            return _one(sentence, i, i)
        return None
    before = tokens[i - 1].lower if i > 0 else ""
    if before in lex.COMPLEMENT_VERBS and complement_at(tokens, i + 1) is not None:
        return _one(sentence, i, i)  # "shot him dead", "stabbed her to death"
    turned = tuple(t.lower for t in tokens[max(0, i - _TURNED_ON_WORDS) : i])
    suicide = word in _REFLEXIVES and turned in lex.ACTIVE_PHRASES  # "before turning the gun on himself"
    if before not in lex.ACTIVE_TRIGGERS and not (before == "and" and word in _REFLEXIVES) and not suicide:
        return None  # "killing 14 soldiers and himself": the one who killed them, one more
    if word == "her" and i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].lower != "and":
        return None  # "killed her husband": the noun is counted
    return _one(sentence, i, i, _PRONOUNS[word])


def more_people(sentence: Sentence, i: int) -> Count | None:
    """``[ACTIVE-VERB] ("other" | "additional") NP-OF-MANY``: "also captured other militants" is at least two.

    Only with no determiner or number before it ("two other militants" is
    counted by its number) and only where a verb governs it or it opens the
    sentence ("Other militants were detained").
    """
    tokens = sentence.tokens
    if i > 0 and tokens[i - 1].lower not in lex.ACTIVE_TRIGGERS:
        return None
    end, head = noun_phrase(tokens, i + 1)
    word = "" if head is None else tokens[head].lower
    plural = word in _MANY_NOUNS or (word.endswith("s") and word[:-1] in _ONE_NOUNS)  # "suspects", "associates"
    if not plural or word in _people.KIND_MODIFIERS:
        return None
    if any(t.lower in {"and", "or"} for t in tokens[i + 1 : end]):
        return None
    start, stop = tokens[i].start, tokens[i].end
    span = Span(start=start, end=stop)
    text = sentence.doc.text[start:stop]
    return Count(low=2, high=None, best=2, qualifier=Qualifier.AT_LEAST, text=text, span=span)


def themselves(sentence: Sentence, i: int) -> Count | None:
    """``COUNT NP-OF-PEOPLE … ACTIVE-VERB "themselves"``: the people counted before the verb, counted again.

    "Two attackers detonated explosives at a checkpoint, killing themselves
    and three police officers": two. Without a count of people before the
    verb in the sentence it is no count.
    """
    tokens = sentence.tokens
    if i == 0 or tokens[i - 1].lower not in lex.ACTIVE_TRIGGERS:
        return None
    for before in reversed(sentence.doc.counts_in(Span(start=sentence.span.start, end=tokens[i - 1].start))):
        if before.span is None or before.high == 0:
            continue
        k = sentence.token_index(before.span.end)
        # The noun right after the count ("Two attackers detonated …", "two suicide bombers").
        if any(t.lower in _MANY_NOUNS or t.lower in _SUFFIX_NOUNS for t in tokens[k : k + _COUNTED_WORDS - 1]):
            return _counted_again(sentence, before, i)
    return None


def her(sentence: Sentence, i: int) -> Count | None:
    """``"her" NP-OF-ONE`` first, then the pronoun: "killing a woman and her child", "killing her"."""
    return one_noun(sentence, i) or pronoun(sentence, i)


RULES: Final[dict[str, Callable[[Sentence, int], Count | None]]] = {
    **dict.fromkeys(_ONE_DETERMINERS, one_noun),
    "both": both,
    **dict.fromkeys(_PRONOUNS, pronoun),
    "her": her,
    "other": more_people,
    "additional": more_people,
    "themselves": themselves,
}
"""The rules by the word that opens them; "her" is read as a determiner first, then as a pronoun."""
OPENING_WORDS: Final = frozenset(RULES)
"""The words that open a rule; the scan looks only at tokens whose key is one of them."""


def _is_name_at(sentence: Sentence, k: int) -> bool:
    """Whether token ``k`` may be part of a person's name: capitalized, no place, no group."""
    token = sentence.tokens[k]
    if not token.is_word or not (token.text[0].isupper() or token.lower in _NAME_PARTICLES):
        return False
    if token.lower in _NOT_NAMES:
        return False
    mention = sentence.mention_at(k)
    if mention is not None and mention.kind is not ActorKind.PERSON:
        return False
    return not sentence.doc.locations_in(Span(start=token.start, end=token.end))


def _name_end(sentence: Sentence, start: int) -> int:
    """The end of the name that starts at ``start`` (``start`` when there is none)."""
    tokens = sentence.tokens
    k = start
    while k < len(tokens) and k - start < _NAME_REACH:
        if _is_name_at(sentence, k) or (k > start and tokens[k].text in {"-", "'"}):
            k += 1
            continue
        break
    while k > start and not tokens[k - 1].is_word:
        k -= 1
    if k == start or tokens[start].text[0].islower() or tokens[k - 1].lower in _MANY_NOUNS:
        return start
    after = tokens[k].lower if k < len(tokens) else ""
    if after in _people.PERSON_NOUNS or after in _ONE_NOUNS or after in lex.UNIT_NOUNS:
        return start  # "Pakistani soldiers": the capitalized word modifies a noun
    return k


def bare_one(sentence: Sentence, i: int) -> Count | None:
    """``(ACTIVE-VERB | NOMINAL "of") (NP-OF-ONE | NAME)`` at ``i``: "killed Taliban leader Saifullah"."""
    tokens = sentence.tokens
    token = tokens[i]
    if not token.is_word or token.lower in lex.NP_STOP or token.text[0].isdigit():
        return None
    if token.lower in _ONE_DETERMINERS or token.lower in OPENING_WORDS or token.lower in _grammar.DETERMINERS:
        return None
    end, _ = _noun_phrase(tokens, i)
    words = [t.lower for t in tokens[i:end]]
    if any(word[:1].isdigit() for word in words):
        return None  # "their 60th Haqqani leader", "a 25-year-old": a rank or an age, not a count
    many = any(w in _MANY_NOUNS and w not in _people.KIND_MODIFIERS for w in words)
    if any(w in _ONE_NOUNS for w in words) and not many:
        return _one(sentence, i, end - 1)
    end = _name_end(sentence, i)
    return _one(sentence, i, end - 1) if end > i else None


def _governs(tokens: Sequence[Token], i: int) -> bool:
    """Whether the words before ``i`` govern an object: an active outcome verb, or "the death of"."""
    before = tokens[i - 1].lower if i > 0 else ""
    if lex.ACTIVE_TRIGGERS.get(before) in _PERSON_OUTCOMES and before not in lex.LOSS_VERBS:
        # "an operation to capture …" captured no one; "the now detained leader" is an adjective.
        return i < 2 or (tokens[i - 2].lower != "to" and tokens[i - 2].lower not in _ADJECTIVAL)  # noqa: PLR2004
    return before == "of" and i > 1 and lex.NOMINAL_TRIGGERS.get(tokens[i - 2].lower) in _PERSON_OUTCOMES


def _name_before(sentence: Sentence, i: int, covered: set[int], found: dict[int, Count]) -> None:
    """``NAME ("and" ONE-MORE | "was")``: "Mullah Karim and one other insurgent", "Umar was killed".

    The name before ``i`` is added to ``found``, unless a number phrase is near it.
    """
    tokens = sentence.tokens
    start = i
    while start > 0 and i - start < _NAME_REACH and _is_name_at(sentence, start - 1):
        start -= 1
    if start == i or tokens[start].text[0].islower():
        return
    if start > 0 and tokens[start - 1].lower in _ONE_DETERMINERS:
        return  # "the Taliban commander and one other": the determiner rule reads it
    if not covered.intersection(range(i - _NAME_REACH, i)):
        found.setdefault(start, _one(sentence, start, i - 1))


def _covered(sentence: Sentence) -> set[int]:
    """The token indices inside the sentence's number phrases."""
    covered: set[int] = set()
    for count in sentence.counts:
        if count.span is not None:
            first = sentence.token_index(count.span.start)
            covered.update(range(first, max(first + 1, sentence.token_index(count.span.end))))
    return covered


def implicit_counts(sentence: Sentence) -> list[Count]:
    """The sentence's implicit counts, in text order, none inside a number phrase."""
    keys = sentence.keys
    covered = _covered(sentence) if sentence.counts else set()
    found: dict[int, Count] = {}
    opened, governed, nominal, named = _scan(keys)
    for i in opened:
        if i not in covered:
            count = RULES[keys[i]](sentence, i)
            if count is not None:
                found[i] = count
    for verb in governed:
        _bare_after(sentence, verb + 1, covered, found)
    for of in nominal:
        _bare_after(sentence, of + 1, covered, found)
    for i in named:
        if keys[i + 1] in _KIN_NOUNS:
            _kin_after(sentence, i, found)
        if _one_more_after(sentence, i):
            _name_before(sentence, i, covered, found)
    return [found[i] for i in sorted(found)]


_OPENS, _GOVERNS, _OF_NOMINAL, _NAMES_BEFORE = range(4)
# What each word the scan stops at may open; the four word lists share no word.
_SCANNED: Final = {
    **dict.fromkeys(OPENING_WORDS, _OPENS),
    **dict.fromkeys(_GOVERNING_VERBS, _GOVERNS),
    "of": _OF_NOMINAL,
    **dict.fromkeys(_NAME_BEFORE, _NAMES_BEFORE),
}


def _scan(keys: Sequence[str]) -> tuple[list[int], list[int], list[int], list[int]]:
    """The token indices where each pass of :func:`implicit_counts` looks, in text order.

    (opening words, governing verbs, "of" after a nominal trigger, "and" or
    "was" with two words after it). One pass in C picks the few tokens any
    of them may stand at; only those are sorted out in Python.
    """
    passes: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    last = len(keys) - 2
    for i in itertools.compress(range(len(keys)), map(_SCANNED.__contains__, keys)):
        kind = _SCANNED[keys[i]]
        if kind == _OF_NOMINAL:
            if i > 0 and keys[i - 1] in lex.NOMINAL_TRIGGERS:
                passes[kind].append(i)
        elif kind != _NAMES_BEFORE or i < last:
            passes[kind].append(i)
    return passes


def _kin_after(sentence: Sentence, i: int, found: dict[int, Count]) -> None:
    """``NP-OF-ONE "and" KIN-NOUN``: "a husband and wife" is two, "his son and nephew" two.

    A noun of kin after "and" with no determiner of its own is one more
    person when the noun before "and" heads a phrase of one counted just
    before; a kin noun is never the same person as the one before it.
    """
    tokens = sentence.tokens
    if not found or i + 1 in found or sentence.keys[i] != "and" or tokens[i - 1].lower not in _ONE_NOUNS:
        return
    if not any(k in found for k in range(max(0, i - _NAME_REACH), i - 1)):
        return
    if i + 2 < len(tokens) and tokens[i + 2].lower == "of":
        return  # "a son and heir of …"
    found[i + 1] = _one(sentence, i + 1, i + 1)


def _one_more_after(sentence: Sentence, i: int) -> bool:
    """Whether the words from ``i`` make the name before them one of those counted.

    "Karim and one other insurgent", "Karim and another", "Karim and his
    deputy" (all then governed by one outcome), "Umar was killed".
    """
    keys = sentence.keys
    if i == 0:
        return False
    if keys[i] == "was":
        return True
    nxt = keys[i + 1]
    if nxt == "another" or (nxt in _ONE_MORE and keys[i + 2] in _OTHER):
        return True
    return nxt in {"his", "her"} and keys[i + 2] in _ONE_NOUNS


def _bare_after(sentence: Sentence, i: int, covered: set[int], found: dict[int, Count]) -> None:
    """A bare noun phrase of one or a name right after a governing word, when nothing else counts it."""
    tokens = sentence.tokens
    if i >= len(tokens) or i in covered or i in found or not _governs(tokens, i):
        return
    if tokens[i].lower in _SPEECH:
        return
    count = bare_one(sentence, i)
    if count is not None:
        found[i] = count
