"""The sides a count's people take when nothing in its noun phrase names one: the defaults of :mod:`.subjects`.

Civilians belong where they were hit, and people of no stated side are of
an unknown side there. Combatants are told apart by their noun
(``conflictclaims._people.COMBATANT_SIDES``) and by who speaks and who
acts: losses a side admits are its own; the victims of a named perpetrator
are its enemy's; soldiers said to be killed by a group, or killed by the
speaker, are the enemy state's; militants said to be killed by a state are
the enemy group's; drones a side says were shot down are its enemy's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _people
from conflictclaims.model import Party, PartyKind

if TYPE_CHECKING:
    from conflictclaims.counts import Count
    from conflictclaims.extraction.attribution import Frame
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.drafts import Draft
    from conflictclaims.extraction.sentence import Sentence
    from conflictclaims.model import Actor

__all__ = [
    "HITS",
    "NP_WORD",
    "OF_ANAPHORS",
    "Clues",
    "Subject",
    "combatant_side",
    "default_country",
    "default_party",
    "party_of_side",
    "speaker_party",
    "speaker_side",
]

NP_WORD: Final = regex.compile(r"[\p{L}][\p{L}'’\-]*+")
"""A word of a noun phrase."""
OF_ANAPHORS: Final = (["of", "them"], ["of", "those"], ["of", "these"], ["of", "whom"])
"""Partitives that point back at people named before, as in "four of them"."""
HITS: Final = frozenset({"killed", "wounded", "captured", "destroyed", "seized"})
"""Outcomes one side inflicts on another."""
# The parties that fight: a state's forces and armed groups.
_FIGHTING: Final = frozenset({PartyKind.STATE, PartyKind.ARMED_GROUP})
# People hit where they need not belong: a ship's crew, foreigners.
_STATELESS: Final = frozenset(_people.STATELESS_NOUNS)


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


def speaker_party(frame: Frame | None) -> Party | None:
    """The speaker's party, when it is known."""
    speaker = frame.speaker if frame is not None else None
    return speaker.party if speaker is not None and speaker.party.known else None


def speaker_side(frame: Frame | None) -> Party | None:
    """The speaker's party, known or not: "the rebels said they had lost no fighters" are the rebels' own."""
    speaker = frame.speaker if frame is not None else None
    if speaker is None:
        return None
    return speaker.party if speaker.party.known else Party.unknown(speaker.country)


_SIDE_OF_KIND: Final = {"police": "state", "government": "state", "armed_group": "insurgent"}


def party_of_side(country: str | None, kind: str) -> Party | None:
    """The party a named country gives people of ``kind``: a state's forces, its civilians, or unknown."""
    if country is None:
        return None
    if kind in {"military", "police", "government"}:
        return Party.state(country)
    if kind == "civilians":
        return Party.civilians(country)
    return Party.unknown(country)


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
    speaker = speaker_party(frame)
    if kind == "civilians" or (kind == "unknown" and clues.unit == "persons"):
        # People are of where they were hit; an article's own country only when it has one.
        where = sentence.local_country
        if where is None and not _STATELESS.intersection(NP_WORD.findall(clues.np_text.lower())):
            where = context.home
        return _enemy_hit(sentence, clues, kind, speaker, context) or _bystanders(kind, where, frame)
    local = sentence.local_country or context.local
    # A phrase its words make a group's ("gang members", "cartel gunmen") is an insurgent side's.
    side = combatant_side(clues.head) or _SIDE_OF_KIND.get(kind, "") or _side_of_modifiers(clues.np_text)
    want = {"state": PartyKind.STATE, "insurgent": PartyKind.ARMED_GROUP}.get(side)
    if frame is not None and frame.admission and speaker is not None:
        return speaker
    if perpetrator is not None and perpetrator.party.known and perpetrator.party != speaker:
        found = context.opponent(perpetrator.party, want=want, prefer=local)
        if found is not None:
            return found
    if speaker is not None and speaker.kind is not PartyKind.CIVILIANS:
        # A civilian's figure ("a hospital director said") tells no side's own or enemy's dead.
        # Aircraft a side says were downed are the enemy's: "97 drones downed overnight".
        by_speaker = (clues.active and clues.outcome in HITS and not _other_agent(clues, speaker)) or _downed(clues)
        return _seen_by(speaker, side, want, context, local, by_speaker=by_speaker)
    if side == "insurgent":
        return context.opponent(context.state(local), want=PartyKind.ARMED_GROUP, prefer=local)
    return context.state(local) if side == "state" or clues.unit != "persons" else None


def _side_of_modifiers(np_text: str) -> str:
    """``"insurgent"`` when a word before the noun makes its people a group's ("a rebel medic"), else ``""``."""
    words = NP_WORD.findall(np_text.lower())
    return "insurgent" if not _people.INSURGENT_MODIFIERS.isdisjoint(words[:-1]) else ""


def _other_agent(clues: Clues, speaker: Party) -> bool:
    """Whether the verb's subject is someone other than its speaker: "Jihadists killed 12 soldiers, the army said"."""
    if clues.perpetrator is not None:
        return False  # a named agent was weighed before: "security forces, backed by Rwandan troops, killed"
    side = combatant_side(clues.agent_noun)
    if side == "insurgent":
        return speaker.kind is not PartyKind.ARMED_GROUP
    # "government troops killed 22 of the attackers", said by the coalition: its allies did, for it.
    return side == "state" and speaker.kind is PartyKind.ARMED_GROUP


def _downed(clues: Clues) -> bool:
    """Whether the count is of aircraft shot down or destroyed ("97 drones downed overnight")."""
    return clues.unit == "aircraft" and clues.outcome == "destroyed"


def _enemy_hit(sentence: Sentence, clues: Clues, kind: str, speaker: Party | None, context: Context) -> Party | None:
    """Whom a fighting side says it hit, "N of them" in the active voice: its enemy ("eliminated 300 of them")."""
    if kind != "unknown" or speaker is None or speaker.kind not in _FIGHTING:
        return None
    words = [w.lower() for w in NP_WORD.findall(clues.np_text)]
    if not (clues.active and clues.outcome in HITS and words[:2] in OF_ANAPHORS):
        return None
    return context.opponent(speaker, prefer=sentence.local_country or context.local)


def combatant_side(head: str | None) -> str:
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
    if _downed(clues) and (perpetrator is None or perpetrator.country in {None, speaker_country}):
        # Drones a side says were shot down are its enemy's, unnamed when the text names no enemy.
        return context.opponent_of(speaker_country)
    if perpetrator is not None and perpetrator.country is not None:
        opponent = context.opponent_of(perpetrator.country)
        speaker = frame.speaker if frame is not None else None
        # "Taliban insurgents … killing eight soldiers, the Afghan defense ministry said":
        # a state reporting soldiers killed by someone else reports its own.
        own = opponent is None and speaker is not None and perpetrator.name != speaker.name
        return speaker_country if own else opponent
    if clues.active and clues.outcome in HITS:
        return context.opponent_of(speaker_country)
    return speaker_country
