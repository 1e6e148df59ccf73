"""Whose dead: the side (party, country and kind) of the people or things a count counts.

The clues, in order of strength:

1. the counted noun phrase names a side: "Pakistani soldiers", "RSF
   fighters", "members of the Fano militia", "13 of its fighters" (the
   speaker's), "50 of their fighters" said by the side that killed them (the
   enemy's);
2. an anaphor takes the previous toll's people: "and 27 others", "four of
   them", and "Four others" in the next sentence;
3. a coordinated count shares its subject: "12 soldiers … and 27 were injured";
4. "both sides" makes a joint subject of no one side;
5. otherwise the defaults of :mod:`.sides`: civilians belong where
   they were hit; soldiers a side admits losing are its own; the victims of
   a named perpetrator are its enemy's; "we killed 20 soldiers" said by a
   group are the soldiers of the state it fights, "300 fighters" killed by
   an army those of the group it fights.

The subject's country is its party's: a state's, a group's (the RSF are
Sudan's), or the civilians'; an international force's is none.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Final

import regex

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _people, _speech
from conflictclaims.actors import PhraseSide, phrase_side, side_of_noun_phrase
from conflictclaims.extraction.phrases import has_joint_marker
from conflictclaims.extraction.sides import (
    HITS,
    NP_WORD,
    OF_ANAPHORS,
    Clues,
    Subject,
    combatant_side,
    default_country,
    default_party,
    party_of_side,
    speaker_party,
    speaker_side,
)
from conflictclaims.model import ActorKind, Party, PartyKind
from conflictclaims.parties import is_group

if TYPE_CHECKING:
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.drafts import Draft
    from conflictclaims.extraction.sentence import Sentence

__all__ = ["side_of_phrase", "side_of_toll", "subject_of"]

# The parties that fight: a state's forces and armed groups.
_FIGHTING: Final = frozenset({PartyKind.STATE, PartyKind.ARMED_GROUP})
# Nouns singled out of a toll that keep a side of their own: "including 3 civilians".
_OWN_SIDE_NOUNS: Final = frozenset({"civilian", "civilians"})
# Two groups of people joined in one counted phrase: "soldiers and Russian paramilitaries".
_AND: Final = regex.compile(r"\s+and\s+")
_COMBATANT_KINDS: Final = frozenset({"military", "police", "armed_group", "government"})
# Parties whose combatants are an armed group's: a named one, or one of no known side.
_GROUPISH: Final = frozenset({PartyKind.ARMED_GROUP, PartyKind.UNKNOWN})
# Between a counted noun and the group it belongs to: "members of the Fano militia".
_OF_GROUP: Final = regex.compile(r"\s+of\s+(?:the\s+|an?\s+)?$", regex.IGNORECASE)
# The same with words that mark a group's standing before its name: "fighters of the breakaway Kata'ib unit".
_OF_QUALIFIED_GROUP: Final = regex.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:dissident|rival|breakaway|splinter|renegade|rebel|jihadist|insurgent|militant|"
    r"separatist|outlawed|banned|so-called)\s+){1,2}",
    regex.IGNORECASE,
)
_OF_QUALIFIED_REACH: Final = 48
# Nouns whose owner before them owns the count after "at": "estimated M23 losses at 14".
_LOSSES: Final = frozenset({"losses", "casualties", "dead", "toll"})
# Words between such a noun and its count: "at no fewer than 20".
_COUNT_QUALIFIERS: Final = frozenset(
    {"as", "many", "much", "more", "than", "about", "around", "nearly", "almost", "some", "at", "least", "up",
     "to", "over", "fewer", "less", "roughly", "approximately", "an", "estimated"}
)  # fmt: skip
# How many tokens before a loss verb its subject may stand ("the army had lost no drones").
_LOSER_REACH: Final = 5
_QUOTES: Final = frozenset({'"', "“", "”", "'", "‘", "’"})
# How many tokens before "losses" their owner may stand ("estimated M23 losses at", "the army's losses at").
_OWNER_REACH: Final = 3
# Words that make the speaker the owner: "its losses at", "we lost".
_SPEAKERS_OWN: Final = frozenset({"its", "their", "our", "we", "it", "they"})
# "a family of" right before a count.
_FAMILY_BEFORE: Final = regex.compile(r"(?:family|families)\s+of\s+$", regex.IGNORECASE)
_FAMILY_REACH: Final = 16
# An "of" phrase after a counted noun, its first two words: "of one family", "of truck drivers".
_OF_PEOPLE: Final = regex.compile(
    r"\s+(?:of|from)\s+(?:(?:a|an|one|the|their|his|her|its|two|three|four|five|six|several|local)\s+)?"
    r"([\p{L}-]+)(?:\s+([\p{L}-]+))?",
    regex.IGNORECASE,
)
_OF_PEOPLE_REACH: Final = 40
# What most of the people counted were, in apposition: ", most of them pupils", ", mostly women".
_MOST_OF_THEM: Final = regex.compile(
    r",\s+(?:(?:most|all|nearly\s+all|almost\s+all|the\s+majority)\s+of\s+(?:them|whom)|mostly|mainly)"
    r"\s+(?:were\s+)?([\p{L}-]+)",
    regex.IGNORECASE,
)
_FAMILY: Final = frozenset({"family", "families", "household", "households"})
# Words after "from" that make people the state's: "fighters from government ranks".
_STATE_RANKS: Final = frozenset({"government", "army", "regime", "military"})
# How many tokens before "of them" its antecedent may stand.
_ANTECEDENT_REACH: Final = 16
# Mentions that name a speaker or a body, not people that can be counted.
_SPEAKING_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GOVERNMENT})
# How far after the noun phrase "of <group>" may start.
_OF_REACH: Final = 12


def _phrase_side(sentence: Sentence, np_span: tuple[int, int], np_text: str) -> PhraseSide | None:
    """The side a noun phrase names, read from the article's actor tokens when they fit its edges."""
    if not np_text:
        return None
    view = sentence.doc.actor_view
    first = bisect.bisect_left(view.starts, np_span[0])
    last = bisect.bisect_left(view.starts, np_span[1])
    crosses = (last > first and view.ends[last - 1] > np_span[1]) or (first > 0 and view.ends[first - 1] > np_span[0])
    if crosses:
        # An acronym or possessive runs across the phrase's edge: read the phrase alone.
        side = side_of_noun_phrase(np_text)
        return None if side is None else PhraseSide(side[0], side[1], None)
    return phrase_side(view, first, last, sentence.doc.actor_matches)


def side_of_phrase(sentence: Sentence, np_span: tuple[int, int], np_text: str) -> tuple[str | None, ActorKind] | None:
    """The side (country, kind) a noun phrase names."""
    side = _phrase_side(sentence, np_span, np_text)
    return None if side is None else (side.country, side.kind)


def _group_after(sentence: Sentence, np_span: tuple[int, int]) -> str | None:
    """The group named right after the noun phrase, as in "230 members of the Fano militia"."""
    doc = sentence.doc
    end = np_span[1]
    for mention in doc.mentions_in(sentence.span):
        if mention.span.start < end or mention.span.start > end + _OF_QUALIFIED_REACH:
            continue
        gap = doc.text[end : mention.span.start]
        joined = (mention.span.start <= end + _OF_REACH and _OF_GROUP.search(gap)) or _OF_QUALIFIED_GROUP.fullmatch(gap)
        if joined and is_group(mention.affiliation):
            return mention.affiliation
        break
    return None


def _named_side(clues: Clues, words: list[str], side: PhraseSide | None, context: Context) -> Subject:
    """The side the noun phrase itself names (clue 1)."""
    country = side.country if side is not None else None
    party: Party | None = None
    kind = "unknown"
    if any(w in _grammar.POSSESSIVES for w in words) and country is None and (side is None or side.group is None):
        # "13 of its fighters" are the speaker's; "we killed 50 of their fighters" the enemy's.
        frame = clues.frame
        own = speaker_party(frame)
        speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
        perpetrator = clues.perpetrator.party if clues.perpetrator is not None else None
        # "rebel gunmen had shot four of their comrades", said by a rival group: its own.
        by_other = perpetrator is not None and perpetrator.known and perpetrator != own
        if "their" in words and clues.active and not by_other:
            country = context.opponent_of(speaker_country)
            party = context.opponent(own)
        else:
            country, party = speaker_country, own
    for word in words:
        kind = _people.KIND_MODIFIERS.get(word, kind)
    head = clues.head
    if head is not None and head in _people.PERSON_NOUNS:
        head_kind = _people.PERSON_NOUNS[head]
        if kind == "unknown" or head_kind in {"civilians", "police"}:
            kind = head_kind if head_kind != "unknown" or kind == "unknown" else kind
    elif kind == "unknown" and side is not None and side.kind is ActorKind.CIVILIANS:
        # A people's plural name counts civilians: "12 Palestinians".
        kind = "civilians"
    if clues.unit != "persons" and kind == "unknown":
        kind = "civilians" if head in lex.CIVILIAN_PROPERTY else "military"
    if side is not None and side.group is not None and kind != "civilians":
        party = context.reader.of_group(side.group)
    if party is None:
        party = party_of_side(country, kind)
    return Subject(country, kind, "", party)


def subject_of(sentence: Sentence, clues: Clues, context: Context, earlier: Draft | None) -> Subject:
    """Whose people the count counts; ``earlier`` is the last toll of an earlier sentence."""
    if " and " in clues.np_text:
        joint = _conjoined(sentence, clues, context, earlier)
        if joint is not None:
            return joint
    return _one_subject(sentence, clues, context, earlier)


def _conjoined(sentence: Sentence, clues: Clues, context: Context, earlier: Draft | None) -> Subject | None:
    """The side of a count of two groups of people joined by "and", when each names its own.

    Grammar: ``COUNT [of] PEOPLE "and" PEOPLE``. Combatants fighting together
    ("dozens of soldiers and Russian paramilitaries") are the first group's
    side, of no one country when their countries differ; combatants and
    civilians together ("its soldiers and civilians") are of no one side,
    in the country they share (a possessive before the first group owns both).
    A second group that names no side of its own ("Taliban officials and
    militants", "soldiers and volunteers") shares the first's.
    """
    joint = _AND.search(clues.np_text)
    if joint is None:
        return None
    start = clues.np_span[0]
    parts = (
        (clues.np_text[: joint.start()], (start, start + joint.start())),
        (clues.np_text[joint.end() :], (start + joint.end(), clues.np_span[1])),
    )
    words = [[w.lower() for w in NP_WORD.findall(text)] for text, _ in parts]
    if not all(w and w[-1] in _people.PERSON_NOUNS for w in words):
        return None
    own = _phrase_side(sentence, parts[1][1], parts[1][0])
    kinds = {_people.PERSON_NOUNS[w[-1]] == "civilians" for w in words}
    first_clues = clues._replace(np_text=parts[0][0], np_span=parts[0][1], head=words[0][-1])
    if (own is None or (own.country is None and own.group is None)) and len(kinds) == 1:
        # "Taliban officials and militants", "soldiers and volunteers": the first group's side is both's.
        return _one_subject(sentence, first_clues, context, earlier)._replace(name=clues.np_text.strip())
    first, second = (
        _one_subject(sentence, clues._replace(np_text=text, np_span=span, head=w[-1]), context, earlier)
        for (text, span), w in zip(parts, words, strict=True)
    )
    name = clues.np_text.strip()
    if first.party == second.party:
        return first._replace(name=name)
    if first.kind in _COMBATANT_KINDS and second.kind in _COMBATANT_KINDS:
        country = first.country if first.country == second.country else None
        return Subject(country, first.kind, name, first.party)
    owned = any(word in _grammar.POSSESSIVES for word in words[0]) and not any(
        word in _grammar.POSSESSIVES for word in words[1]
    )
    country = first.country if owned or first.country == second.country else None
    return Subject(country, "unknown", name, Party.unknown(country))


def _one_subject(sentence: Sentence, clues: Clues, context: Context, earlier: Draft | None) -> Subject:
    """Whose people a count of one group of people counts (see :func:`subject_of`)."""
    head, previous = clues.head, clues.previous
    words = [w.lower().strip("'’") for w in NP_WORD.findall(clues.np_text)]
    anaphoric = (
        not words or head is None or head in lex.ANAPHORIC_HEADS or words[0] in {"others", "more"}
        or words[:2] in OF_ANAPHORS
    )  # fmt: skip
    named = Subject(None, "unknown", "")
    if not anaphoric or words:
        named = _named_side(clues, words, _phrase_side(sentence, clues.np_span, clues.np_text), context)
    if named.party is None and not anaphoric:
        group = _group_after(sentence, clues.np_span)
        if group is not None:
            named = named._replace(party=context.reader.of_group(group))
    if named.party is None and named.kind in {"unknown", "military"}:
        named, anaphoric = _said_of_them(sentence, clues, named, context, anaphoric=anaphoric)
    if anaphoric and previous is None and head == "others" and earlier is not None:
        # "… killed 37 farmers. Four others were abducted.": the last toll's people.
        previous = earlier
    found = _inherited(named, clues, previous, anaphoric=anaphoric)
    start = clues.number.span.start if clues.number.span else 0
    if has_joint_marker(sentence.tokens, sentence.token_index(start)):
        found = Subject(None, "unknown", "")
    elif found is None:
        found = _read_back(sentence, clues, named, context, of_them=previous is None and words[:2] in OF_ANAPHORS)
    if found is None:
        found = _defaulted(sentence, clues, named, context)
    name = clues.np_text.strip() or (previous.subject_name if previous is not None else "")
    return _as_group(found, head)._replace(name=name)


def _as_group(found: Subject, head: str | None) -> Subject:
    """``found``, its kind an armed group's when its party is one, or when its noun is an insurgent's."""
    country, kind, name, party = found
    insurgent = combatant_side(head) == "insurgent"
    if party is None and kind == "military" and insurgent:
        # "30 militants" of no group the article names: an armed group still, of an unknown side.
        party = Party.unknown(country)
    if party is not None and party.kind in _GROUPISH and kind in {"military", "unknown"}:
        kind = "armed_group" if party.kind is PartyKind.ARMED_GROUP or insurgent else kind
    return Subject(country, kind, name, party)


def _said_of_them(
    sentence: Sentence, clues: Clues, named: Subject, context: Context, *, anaphoric: bool
) -> tuple[Subject, bool]:
    """The side an "of" or "from" phrase gives people the noun phrase left without one, and whether still anaphoric."""
    whose = _of_phrase_side(sentence, clues)
    if whose == "civilians" and named.kind == "unknown":
        # "killed a family of six", "four members of the same family", "9 bodies of bus passengers".
        return Subject(None, "civilians", ""), False
    if whose == "state":
        # "six fighters from government ranks": the state's, of where it happens.
        state = context.state(sentence.local_country or context.local)
        return Subject(None if state is None else state.country, "military", "", state), anaphoric
    return named, anaphoric


def _of_phrase_side(sentence: Sentence, clues: Clues) -> str | None:
    """Whose people an "of" or "from" phrase after the count says they are: ``"civilians"``, ``"state"`` or ``None``.

    "a family of six"; "four members of the same family", "9 bodies of
    bus passengers", "eleven deaths, most of them pupils" are civilians;
    "six fighters from government ranks" the state's.
    """
    text = sentence.doc.text
    start = clues.number.span.start if clues.number.span is not None else 0
    if start and _FAMILY_BEFORE.search(text, max(0, start - _FAMILY_REACH), start):
        return "civilians"
    if clues.np_span[1] <= clues.np_span[0]:
        return None
    most = _MOST_OF_THEM.match(text, clues.np_span[1], clues.np_span[1] + _OF_PEOPLE_REACH)
    if most is not None and _people.PERSON_NOUNS.get(most.group(1).lower()) == "civilians":
        # "eleven deaths, most of them pupils"; "50 people, mostly women and children".
        return "civilians"
    after = _OF_PEOPLE.match(text, clues.np_span[1], clues.np_span[1] + _OF_PEOPLE_REACH)
    if after is None:
        return None
    words = [word.lower() for word in after.groups() if word is not None]
    if any(word in _FAMILY or _people.PERSON_NOUNS.get(word) == "civilians" for word in words):
        return "civilians"
    return "state" if words[0] in _STATE_RANKS else None


def _read_back(sentence: Sentence, clues: Clues, named: Subject, context: Context, *, of_them: bool) -> Subject | None:
    """The side the words before the count give: whose losses they are, or whom "of them" points back to."""
    if named.party is None or not named.party.known:
        owner = _owner_of_losses(sentence, clues)
        if owner is not None:
            kind = named.kind if named.kind != "unknown" else "military"
            speaker = clues.frame.speaker if clues.frame is not None else None
            if not owner.known and speaker is not None and speaker.kind is ActorKind.ARMED_GROUP:
                kind = "armed_group"  # a group the table does not know, speaking of its own
            return Subject(owner.country, kind, "", owner)
    if of_them:
        # "helicopters fired on the fleeing gunmen, killing as many as 35 of them": the gunmen.
        party = _antecedent(sentence, clues, context)
        if party is not None:
            return Subject(party.country, "military", "", party)
    return None


def _owner_of_losses(sentence: Sentence, clues: Clues) -> Party | None:
    """The side whose losses a figure puts: "estimated M23 losses at at least 14 dead", "had lost no drones".

    Grammar: ``SIDE LOSSES ("at" | "to") {qualifier} COUNT`` or ``SIDE {aux}
    LOSS-VERB {qualifier} COUNT``, the side a named actor or the speaker
    ("its losses", "it had lost", "denied losing").
    """
    tokens = sentence.tokens
    k = _loss_word(sentence, clues)
    if k is None:
        return None
    reach = _LOSER_REACH if tokens[k].lower in lex.LOSS_VERBS else _OWNER_REACH
    for i in range(k - 1, max(-1, k - 1 - reach), -1):
        token = tokens[i]
        if token.lower in _speech.REPORTING_VERBS:
            # "The ELN denied losing any fighters": the speaker lost none.
            return speaker_side(clues.frame) if tokens[k].lower in lex.LOSS_VERBS else None
        if not token.is_word:
            return None
        if token.lower in _SPEAKERS_OWN:
            return speaker_side(clues.frame)
        mention = sentence.mention_at(i)
        if mention is not None:
            party = sentence.doc.actor_for(mention).party
            return party if party.kind in _FIGHTING else None
    return None


def _loss_word(sentence: Sentence, clues: Clues) -> int | None:
    """The loss verb or "losses" noun the count follows ("lost no drones", "M23 losses at 14"), if any."""
    tokens = sentence.tokens
    k = sentence.token_index(clues.number.span.start) - 1 if clues.number.span is not None else -1
    while k >= 0 and (tokens[k].lower in _COUNT_QUALIFIERS or tokens[k].text in _QUOTES):
        k -= 1
    if k < 1:
        return None
    if tokens[k].lower in lex.LOSS_VERBS or (tokens[k].lower in _LOSSES and tokens[k + 1].lower in {"at", "to"}):
        return k
    return None


def _antecedent(sentence: Sentence, clues: Clues, context: Context) -> Party | None:
    """The side of the people "of them" points back to in its own sentence, when one is named.

    The nearest group of people before the count, within the speaker's words:
    a named side ("Houthi insurgents") or a combatant noun ("the fleeing
    gunmen": the armed group fighting where it happens).
    """
    tokens = sentence.tokens
    if clues.number.span is None:
        return None
    at = sentence.token_index(clues.number.span.start)
    floor = sentence.token_index(clues.frame.scope[0]) if clues.frame is not None else 0
    # Whom a speaker says it hit are not its own: "Our forces eliminated 300 of them".
    own = speaker_party(clues.frame) if clues.active and clues.outcome in HITS else None
    for i in range(at - 1, max(floor, at - _ANTECEDENT_REACH) - 1, -1):
        mention = sentence.mention_at(i)
        party: Party | None = None
        if mention is not None:
            party = sentence.doc.actor_for(mention).party
            if party.kind not in _FIGHTING or mention.kind in _SPEAKING_KINDS:
                continue
        else:
            side = _people.COMBATANT_SIDES.get(tokens[i].lower)
            if side not in {"state", "insurgent"} or tokens[i].lower not in _people.PERSON_NOUNS:
                continue
            local = sentence.local_country or context.local
            party = context.state(local)
            if side == "insurgent":
                party = context.opponent(party, want=PartyKind.ARMED_GROUP, prefer=local)
        if party is not None and party != own:
            return party
    return None


def _inherited(named: Subject, clues: Clues, previous: Draft | None, *, anaphoric: bool) -> Subject | None:
    """The previous toll's side, for an anaphor (clue 2) or a coordinated count (clue 3); else ``None``."""
    if previous is None:
        return None
    if anaphoric:
        return Subject(previous.subject_country, previous.subject_kind, "", previous.subject_party)
    if (named.party is not None and named.party.known) or not clues.coordinated:
        return None
    if clues.active and previous.subject_party is not None and _acted_by(clues, previous.subject_party):
        return None  # "two soldiers were wounded, and troops captured a rebel medic": the soldiers' enemy
    if named.kind in {previous.subject_kind, "unknown"} and clues.unit == previous.unit:
        kind = previous.subject_kind if named.kind == "unknown" else named.kind
        return Subject(previous.subject_country, kind, "", previous.subject_party)
    return _coordinated_other(named, clues, previous)


def _coordinated_other(named: Subject, clues: Clues, previous: Draft) -> Subject | None:
    """A coordinated count of another kind than the previous toll's: the same side's things, the same country's people.

    "killed some 150 of them and destroyed 14 pickup trucks": the same
    side's people and things; "killed 12 soldiers and wounded 27 civilians":
    the same country, people of another kind.
    """
    party = previous.subject_party
    if named.kind == "civilians" and previous.subject_kind != "civilians":
        # "killed dozens of soldiers and burned 40 fuel tankers": civilians' things, of where they were hit.
        return None
    if party is not None and party.kind in _FIGHTING and clues.unit != "persons" and previous.unit == "persons":
        if _acted_by(clues, party):
            return None  # "five soldiers died …, adding that troops destroyed four gun trucks": the enemy's
        return Subject(party.country, named.kind, "", party)
    if previous.subject_country is not None and (party is None or party.known):
        return Subject(previous.subject_country, named.kind, "", party_of_side(previous.subject_country, named.kind))
    return None


def _acted_by(clues: Clues, party: Party) -> bool:
    """Whether the count's verb has ``party``'s own people for its subject: "troops destroyed", said of soldiers."""
    if clues.perpetrator is not None:
        return clues.perpetrator.party == party
    side = combatant_side(clues.agent_noun)
    return (side == "state" and party.kind is PartyKind.STATE) or (
        side == "insurgent" and party.kind is PartyKind.ARMED_GROUP
    )


def _defaulted(sentence: Sentence, clues: Clues, named: Subject, context: Context) -> Subject:
    """The side the noun phrase names, or else the default's (clue 5), with the party's country."""
    country, kind, _, party = named
    if party is None:
        party = default_party(sentence, clues, kind, context)
        # Things default to the state's, unless words make them a group's ("rebel camps").
        if (party is None or party.kind is PartyKind.STATE) and _insurgents(clues, kind):
            # "killed 12 militants" with no group named: an unknown group's where it fought, never the state's.
            country = country or sentence.local_country or default_country(sentence, clues, kind, context)
            kind, party = "armed_group", Party.unknown(country)
        elif country is None:
            country = party.country if party is not None else default_country(sentence, clues, kind, context)
    elif party.known:
        country = party.country
    return Subject(country, kind, "", party)


def _insurgents(clues: Clues, kind: str) -> bool:
    """Whether people of no named side are a non-state group's: "12 militants", "rebel fighters", "militia camps".

    Fighters or attackers a state tells of are its enemies, a group's; words
    of a state's forces anywhere in the phrase ("armed forces members") keep
    them the state's.
    """
    if kind == "armed_group":
        return True
    side = combatant_side(clues.head)
    if kind != "military" or side == "state":
        return False
    words = [w.lower() for w in NP_WORD.findall(clues.np_text)]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    if any(_people.COMBATANT_SIDES.get(w) == "state" for w in words + pairs):
        return False
    speaker = speaker_party(clues.frame)
    told_by_state = side == "relative" and speaker is not None and speaker.kind is PartyKind.STATE
    return side == "insurgent" or told_by_state or not _people.INSURGENT_MODIFIERS.isdisjoint(words)


def side_of_toll(draft: Draft, whole: Draft, head: str | None) -> None:
    """Give ``draft``, singled out of the toll ``whole``, that toll's side when its noun names none of its own.

    "16 insurgents, among them six women", "rebels, including a senior
    commander": the rebels' own; "including two soldiers" or "civilians"
    name a side of their own.
    """
    party = whole.subject_party
    if draft.outcome != whole.outcome:
        return
    fighting = party is not None and (party.kind in _FIGHTING or whole.subject_kind in {"armed_group", "military"})
    if not fighting:
        return
    if combatant_side(head) in {"state", "insurgent"} or head in _OWN_SIDE_NOUNS:
        return
    draft.subject_country, draft.subject_kind, draft.subject_party = (
        whole.subject_country, whole.subject_kind, party,
    )  # fmt: skip
