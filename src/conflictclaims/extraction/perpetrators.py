"""Who did it: the agent of an active verb, or of a passive toll.

Grammar::

    active  := AGENT … ACTIVE-VERB COUNT            "Russian strikes killed 12", "its forces killed 50"
    passive := COUNT … ("in" | "by" | "during") [AGENT] ATTACK-NOUN
                                                    "killed in the Hamas attack", "injured in Pakistani strikes"
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _speech
from conflictclaims.model import Actor, ActorKind

if TYPE_CHECKING:
    from conflictclaims.extraction.attribution import Frame
    from conflictclaims.extraction.sentence import Sentence
    from conflictclaims.extraction.speakers import Speakers

__all__ = ["agent_of_passive", "agent_of_verb"]

# How many tokens before an active verb its agent may stand ("Russian forces shelled Kharkiv, killing").
_AGENT_REACH: Final = 12
# How many words an attack noun may stand after "in"/"by".
_ATTACK_REACH: Final = 5
_CLAUSE_MARKS: Final = frozenset({";", ":", "—", "–", "-", "(", ")"})
_SPEAKERS_OWN: Final = frozenset({"its", "their", "our", "we", "it", "they"})
# Words between a preposition and the name after it: "with the", "by “".
_LEAD_INS: Final = frozenset({"the", "a", "an"})
# Words read past back to the preposition before a name: "the", "in northern Burkina Faso".
_SKIPPED: Final = _LEAD_INS | _grammar.REGION_WORDS
# Words that give an act's agent after "on" or "to": "blamed on al-Shabaab".
_BLAMING: Final = frozenset({"blamed", "attributed", "claimed"})
# Prepositions whose object is no agent: "affiliated with the army", "a war against the RSF".
_OBJECT_PREPOSITIONS: Final = frozenset({"with", "against"})
# Participles whose "by" names an ally, not the agent: "security forces, backed by Rwandan troops, killed".
_ALLIED_BY: Final = frozenset({"backed", "supported", "aided", "assisted", "accompanied", "helped", "reinforced"})


def agent_of_passive(sentence: Sentence, speakers: Speakers, after: int) -> Actor | None:
    """The agent of a passive toll: "killed in the Hamas attack", "injured in Pakistani strikes"."""
    tokens = sentence.tokens
    for i in range(after, min(after + _AGENT_REACH, len(tokens))):
        if tokens[i].lower not in {"in", "by", "during"}:
            continue
        for k in range(i + 1, min(i + _ATTACK_REACH, len(tokens))):
            if tokens[k].lower in lex.ATTACK_NOUNS:
                return _attacker(sentence, speakers, i, k)
        return None
    return None


def _attacker(sentence: Sentence, speakers: Speakers, preposition: int, noun: int) -> Actor | None:
    """The side named between a preposition and its attack noun, nearest the noun first."""
    tokens = sentence.tokens
    for m in range(noun - 1, preposition, -1):
        mention = sentence.mention_at(m)
        if mention is not None and mention.country is not None:
            return sentence.doc.actor_for(mention)
        code = speakers.country_of(tokens[m].text)
        if code is not None:
            return Actor(name=tokens[m].text, kind=ActorKind.MILITARY, country=code)
    return None


def agent_of_verb(
    sentence: Sentence, speakers: Speakers, trigger: int, frame: Frame | None, floor: int = 0
) -> Actor | None:
    """Who did it, for an active verb: "its forces killed", "Russian strikes killed".

    Looks back no further than the previous claim's words (their side is not
    this verb's agent) and passes over places ("across Ukraine"). The
    clause's subject comes first: the leftmost candidate is kept, so that an
    object ("attacked southern Israel, killing …") does not pass for the agent.
    """
    tokens = sentence.tokens
    start = sentence.token_index(frame.scope[0]) if frame is not None else 0
    floor = max(start, floor, trigger - _AGENT_REACH)
    found: Actor | None = None
    for i in range(trigger - 1, floor - 1, -1):
        token = tokens[i]
        if token.lower in _speech.REPORTING_VERBS or token.text in _CLAUSE_MARKS:
            break
        if token.lower in _SPEAKERS_OWN and frame is not None:
            found = frame.speaker
            continue
        mention = sentence.mention_at(i)
        if mention is not None and mention.country is not None:
            if not _in_object(sentence, sentence.token_index(mention.span.start), trigger):
                found = sentence.doc.actor_for(mention)
            continue
        if token.text.islower():
            continue  # a word with no capital names no country ("killed", "strikes")
        code = speakers.country_of(token.text)
        in_place = i > 0 and tokens[i - 1].lower in lex.PLACE_PREPOSITIONS
        if code is not None and not in_place and not _in_object(sentence, i, trigger):
            found = Actor(name=token.text, kind=ActorKind.MILITARY, country=code)
    return found


def _in_object(sentence: Sentence, first: int, trigger: int) -> bool:
    """Whether the mention opening at token ``first`` is no agent of the verb at ``trigger``.

    A place ("in Kharkiv", "in northern Burkina Faso"), an object ("affiliated with the Damascus
    government", "fighting against the army"), an ally ("backed by the
    Kenyan-led mission") or, before a participle, the
    agent of another noun ("repelled an assault by X, killing 15 of the
    attackers": those who repelled it killed them).
    """
    tokens = sentence.tokens
    k = first - 1
    # Over articles, compound modifiers and words of region: "backed by the Kenyan-led mission", "in northern Mali".
    while k >= 0 and (tokens[k].lower in _SKIPPED or not tokens[k].is_word or "-" in tokens[k].text):
        k -= 1
    if k < 0:
        return False
    word = tokens[k].lower
    if k > 0 and tokens[k - 1].lower in _BLAMING:
        return False  # "a roadside bomb blamed on al-Shabaab": the agent
    if word in lex.PLACE_PREPOSITIONS or word in _OBJECT_PREPOSITIONS:
        return True
    if word == "by" and k > 0 and tokens[k - 1].lower in _ALLIED_BY:
        return True
    participle = tokens[trigger].lower.endswith("ing") and tokens[trigger - 1].text == ","
    return word == "by" and participle
