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
5. otherwise the defaults of :func:`default_party`: civilians belong where
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
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _people, _speech
from conflictclaims.actors import PhraseSide, phrase_side, side_of_noun_phrase
from conflictclaims.extraction.phrases import has_joint_marker
from conflictclaims.model import ActorKind, Party, PartyKind
from conflictclaims.parties import is_group

if TYPE_CHECKING:
    from conflictclaims.counts import Count
    from conflictclaims.extraction.attribution import Frame
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.drafts import Draft
    from conflictclaims.extraction.sentence import Sentence
    from conflictclaims.model import Actor

__all__ = ["Clues", "Subject", "default_country", "default_party", "side_of_phrase", "subject_of"]

_NP_WORD: Final = regex.compile(r"[\p{L}][\p{L}'’\-]*+")
_OF_ANAPHORS: Final = (["of", "them"], ["of", "those"], ["of", "these"], ["of", "whom"])
_HITS: Final = frozenset({"killed", "wounded", "captured", "destroyed", "seized"})
# The parties that fight: a state's forces and armed groups.
_FIGHTING: Final = frozenset({PartyKind.STATE, PartyKind.ARMED_GROUP})
# Between a counted noun and the group it belongs to: "members of the Fano militia".
_OF_GROUP: Final = regex.compile(r"\s+of\s+(?:the\s+|an?\s+)?$", regex.IGNORECASE)
# The same with words that mark a group's standing before its name: "fighters of the breakaway Kata'ib unit".
_OF_QUALIFIED_GROUP: Final = regex.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:dissident|rival|breakaway|splinter|renegade|rebel|jihadist|insurgent|militant|"
    r"separatist|outlawed|banned|so-called)\s+){1,2}",
    regex.IGNORECASE,
)
_OF_QUALIFIED_REACH: Final = 48
# People hit where they need not belong: a ship's crew, foreigners.
_STATELESS: Final = frozenset(_people.STATELESS_NOUNS)
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
_FAMILY: Final = frozenset({"family", "families", "household", "households"})
# Words after "from" that make people the state's: "fighters from government ranks".
_STATE_RANKS: Final = frozenset({"government", "army", "regime", "military"})
# How many tokens before "of them" its antecedent may stand.
_ANTECEDENT_REACH: Final = 16
# Mentions that name a speaker or a body, not people that can be counted.
_SPEAKING_KINDS: Final = frozenset({ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GOVERNMENT})
# How far after the noun phrase "of <group>" may start.
_OF_REACH: Final = 12


class Subject(NamedTuple):
    """Whose people a count counts: country, kind (an ``ActorKind`` value), the noun phrase as written, the party."""

    country: str | None
    kind: str
    name: str
    party: Party | None = None


class Clues(NamedTuple):
    """What the claim reader knows about one count when it asks whose dead they are."""

    number: Count
    np_text: str
    np_span: tuple[int, int]
    head: str | None
    outcome: str
    unit: str
    frame: Frame | None
    previous: Draft | None
    active: bool
    coordinated: bool = False
    perpetrator: Actor | None = None
    # The combatant noun an active verb's subject ends in, when no actor is named: "Jihadists killed".
    agent_noun: str | None = None


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


def _speaker_party(frame: Frame | None) -> Party | None:
    speaker = frame.speaker if frame is not None else None
    return speaker.party if speaker is not None and speaker.party.known else None


def _party_of_side(country: str | None, kind: str) -> Party | None:
    """The party a named country gives people of ``kind``: a state's forces, its civilians, or unknown."""
    if country is None:
        return None
    if kind in {"military", "police", "government"}:
        return Party.state(country)
    if kind == "civilians":
        return Party.civilians(country)
    return Party.unknown(country)


def _named_side(clues: Clues, words: list[str], side: PhraseSide | None, context: Context) -> Subject:
    """The side the noun phrase itself names (clue 1)."""
    country = side.country if side is not None else None
    party: Party | None = None
    kind = "unknown"
    if any(w in _grammar.POSSESSIVES for w in words) and country is None and (side is None or side.group is None):
        # "13 of its fighters" are the speaker's; "we killed 50 of their fighters" the enemy's.
        frame = clues.frame
        speaker_party = _speaker_party(frame)
        speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
        perpetrator = clues.perpetrator.party if clues.perpetrator is not None else None
        # "rebel gunmen had shot four of their comrades", said by a rival group: its own.
        by_other = perpetrator is not None and perpetrator.known and perpetrator != speaker_party
        if "their" in words and clues.active and not by_other:
            country = context.opponent_of(speaker_country)
            party = context.opponent(speaker_party)
        else:
            country, party = speaker_country, speaker_party
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
        party = _party_of_side(country, kind)
    return Subject(country, kind, "", party)


def subject_of(sentence: Sentence, clues: Clues, context: Context, earlier: Draft | None) -> Subject:
    """Whose people the count counts; ``earlier`` is the last toll of an earlier sentence."""
    head, previous = clues.head, clues.previous
    words = [w.lower().strip("'’") for w in _NP_WORD.findall(clues.np_text)]
    anaphoric = (
        not words or head is None or head in lex.ANAPHORIC_HEADS or words[0] in {"others", "more"}
        or words[:2] in _OF_ANAPHORS
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
        found = _read_back(sentence, clues, named, context, of_them=previous is None and words[:2] in _OF_ANAPHORS)
    if found is None:
        found = _defaulted(sentence, clues, named, context)
    country, kind, _, party = found
    if party is not None and party.kind is PartyKind.ARMED_GROUP and kind in {"military", "unknown"}:
        kind = "armed_group"
    name = clues.np_text.strip() or (previous.subject_name if previous is not None else "")
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
    bus passengers" are civilians; "six fighters from government ranks" the state's.
    """
    text = sentence.doc.text
    start = clues.number.span.start if clues.number.span is not None else 0
    if start and _FAMILY_BEFORE.search(text, max(0, start - _FAMILY_REACH), start):
        return "civilians"
    if clues.np_span[1] <= clues.np_span[0]:
        return None
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
            return Subject(owner.country, named.kind if named.kind != "unknown" else "military", "", owner)
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
            return _speaker_party(clues.frame) if tokens[k].lower in lex.LOSS_VERBS else None
        if not token.is_word:
            return None
        if token.lower in _SPEAKERS_OWN:
            return _speaker_party(clues.frame)
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
    own = _speaker_party(clues.frame) if clues.active and clues.outcome in _HITS else None
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
        return Subject(party.country, named.kind, "", party)
    if previous.subject_country is not None and (party is None or party.known):
        return Subject(previous.subject_country, named.kind, "", _party_of_side(previous.subject_country, named.kind))
    return None


def _defaulted(sentence: Sentence, clues: Clues, named: Subject, context: Context) -> Subject:
    """The side the noun phrase names, or else the default's (clue 5), with the party's country."""
    country, kind, _, party = named
    if party is None:
        insurgents = _insurgents(clues, kind)
        party = default_party(sentence, clues, kind, context)
        if insurgents and party is not None and party.kind is PartyKind.STATE:
            party = None  # things default to the state's, unless words make them a group's ("rebel camps")
        insurgents = insurgents and party is None
        if insurgents:
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
    side = _combatant_side(clues.head)
    if kind != "military" or side == "state":
        return False
    words = [w.lower() for w in _NP_WORD.findall(clues.np_text)]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    if any(_people.COMBATANT_SIDES.get(w) == "state" for w in words + pairs):
        return False
    speaker = _speaker_party(clues.frame)
    told_by_state = side == "relative" and speaker is not None and speaker.kind is PartyKind.STATE
    return side == "insurgent" or told_by_state or not _people.INSURGENT_MODIFIERS.isdisjoint(words)


def default_party(sentence: Sentence, clues: Clues, kind: str, context: Context) -> Party | None:
    """Whose people an unmarked noun phrase counts, as a party.

    Civilians are those of where they were hit, and people of no stated side
    an unknown side there. Combatants are told apart by their noun
    (``conflictclaims._people.COMBATANT_SIDES``) and by who speaks and
    who acts: losses a side admits are its own; the victims of a named
    perpetrator are its enemy's; soldiers said to be killed by a group, or
    killed by the speaker, are the enemy state's; militants said to be
    killed by a state are the enemy group's.
    """
    frame, perpetrator = clues.frame, clues.perpetrator
    speaker = _speaker_party(frame)
    if kind == "civilians" or (kind == "unknown" and clues.unit == "persons"):
        # People are of where they were hit; an article's own country only when it has one.
        where = sentence.local_country
        if where is None and not _STATELESS.intersection(_NP_WORD.findall(clues.np_text.lower())):
            where = context.home
        return _enemy_hit(sentence, clues, kind, speaker, context) or _bystanders(kind, where, frame)
    local = sentence.local_country or context.local
    side = _combatant_side(clues.head) or ("state" if kind in {"police", "government"} else "")
    want = {"state": PartyKind.STATE, "insurgent": PartyKind.ARMED_GROUP}.get(side)
    if frame is not None and frame.admission and speaker is not None:
        return speaker
    if perpetrator is not None and perpetrator.party.known and perpetrator.party != speaker:
        found = context.opponent(perpetrator.party, want=want, prefer=local)
        if found is not None:
            return found
    if speaker is not None:
        # Aircraft a side says were downed are the enemy's: "97 drones downed overnight".
        downed = clues.unit == "aircraft" and clues.outcome == "destroyed"
        by_speaker = (clues.active and clues.outcome in _HITS and not _other_agent(clues, speaker)) or downed
        return _seen_by(speaker, side, want, context, local, by_speaker=by_speaker)
    if side == "insurgent":
        return context.opponent(context.state(local), want=PartyKind.ARMED_GROUP, prefer=local)
    return context.state(local) if side == "state" or clues.unit != "persons" else None


def _other_agent(clues: Clues, speaker: Party) -> bool:
    """Whether the verb's subject is someone other than its speaker: "Jihadists killed 12 soldiers, the army said"."""
    if clues.perpetrator is not None:
        return False  # a named agent was weighed before: "security forces, backed by Rwandan troops, killed"
    side = _combatant_side(clues.agent_noun)
    if side == "insurgent":
        return speaker.kind is not PartyKind.ARMED_GROUP
    # "government troops killed 22 of the attackers", said by the coalition: its allies did, for it.
    return side == "state" and speaker.kind is PartyKind.ARMED_GROUP


def _enemy_hit(sentence: Sentence, clues: Clues, kind: str, speaker: Party | None, context: Context) -> Party | None:
    """Whom a fighting side says it hit, "N of them" in the active voice: its enemy ("eliminated 300 of them")."""
    if kind != "unknown" or speaker is None or speaker.kind not in _FIGHTING:
        return None
    words = [w.lower() for w in _NP_WORD.findall(clues.np_text)]
    if not (clues.active and clues.outcome in _HITS and words[:2] in _OF_ANAPHORS):
        return None
    return context.opponent(speaker, prefer=sentence.local_country or context.local)


def _combatant_side(head: str | None) -> str:
    """Which side a combatant noun usually is ("soldiers": a state's), for the plural or the singular."""
    if not head:
        return ""
    return _people.COMBATANT_SIDES.get(head) or _people.COMBATANT_SIDES.get(f"{head}s", "")


def _bystanders(kind: str, local: str | None, frame: Frame | None) -> Party | None:
    """Civilians of where they were hit, or people of an unknown side there."""
    if kind == "unknown":
        return Party.unknown(local)
    speaker = frame.speaker if frame is not None else None
    code = local or (speaker.country if speaker is not None else None)
    return Party.civilians(code) if code is not None else None


def _seen_by(  # noqa: PLR0913 - the parts of one reading
    speaker: Party, side: str, want: PartyKind | None, context: Context, local: str | None, *, by_speaker: bool
) -> Party | None:
    """Whose combatants a speaker's figure counts: its own, or its enemy's; none of a monitor's own."""
    if speaker.kind is PartyKind.INTERNATIONAL and side == "relative" and not by_speaker:
        return None  # "the dead included nine fighters", said by a monitor
    if want is not None and speaker.kind is want:
        # A state's soldiers, a group's fighters: its own, unless it says it killed them.
        own = not by_speaker
    elif want is not None:
        own = False  # soldiers counted by a group, militants by a state: the enemy's
    else:
        # "fighters", "attackers", equipment: an enemy's when the speaker hit them or is a state.
        own = not by_speaker and speaker.kind is not PartyKind.STATE and side == "relative"
        own = own or (not by_speaker and side == "")
    if own:
        return speaker
    return context.opponent(speaker, want=want, prefer=local)


def default_country(sentence: Sentence, clues: Clues, kind: str, context: Context) -> str | None:
    """Whose people an unmarked noun phrase counts, when no party can be told.

    Civilians belong where they were hit; insurgents to the country they
    fight in (ACLED's convention), when the text names where; soldiers a
    side admits to losing are its own; the victims of a named perpetrator
    are its opponent's.
    """
    frame, perpetrator = clues.frame, clues.perpetrator
    speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
    local = sentence.local_country
    if kind in {"civilians", "unknown"} or (clues.head in lex.INSURGENT_NOUNS and local is not None):
        # Where they were hit, or unknown: a perpetrator's enemies need not be its victims.
        return local
    if frame is not None and frame.admission:
        return speaker_country
    if perpetrator is not None and perpetrator.country is not None:
        opponent = context.opponent_of(perpetrator.country)
        speaker = frame.speaker if frame is not None else None
        # "Taliban insurgents … killing eight soldiers, the Afghan defense ministry said":
        # a state reporting soldiers killed by someone else reports its own.
        own = opponent is None and speaker is not None and perpetrator.name != speaker.name
        return speaker_country if own else opponent
    if clues.active and clues.outcome in _HITS:
        return context.opponent_of(speaker_country)
    return speaker_country
