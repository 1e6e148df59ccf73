"""Generic speakers: "Afghan authorities", "the ministry", "a military source", "a pro-junta news page".

A generic speaker is a noun of ``conflictclaims._speech.GENERIC_SPEAKERS``
with the words before it that say what it is and whose side it speaks for:
a country ("Afghan authorities"), a modifier ("security sources"), a group
word ("the militia member": the group named before), or a partisan word ("a
pro-junta news page": no side one can tell; "a junta-run broadcaster": the
state's). One named earlier ("the ministry") is the one that spoke before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

from conflictclaims import _grammar, _speech
from conflictclaims._speech import SPEAKER_MODIFIERS
from conflictclaims.extraction.speakers import LOCAL_ROLES, modifier_stance
from conflictclaims.model import Actor, ActorKind, PartyKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from conflictclaims.extraction.sentence import Sentence
    from conflictclaims.extraction.speakers import Speakers

__all__ = ["generic_speaker"]

_SPEAKER_KINDS: Final = {
    "person": ActorKind.PERSON, "government": ActorKind.GOVERNMENT, "military": ActorKind.MILITARY,
    "police": ActorKind.POLICE, "armed_group": ActorKind.ARMED_GROUP, "organization": ActorKind.ORGANIZATION,
    "civilians": ActorKind.CIVILIANS,
}  # fmt: skip
_MODIFIER_KINDS: Final = {word: _SPEAKER_KINDS[role] for word, role in _speech.MODIFIER_ROLES.items()}
_VAGUE_KINDS: Final = frozenset({ActorKind.UNKNOWN, ActorKind.GOVERNMENT, ActorKind.ARMED_GROUP})
# The possessive endings an owner's name stands before: "the governor's office".
_POSSESSIVES: Final = frozenset({"'s", "'", "’s"})
# Possessive pronouns before a generic speaker that name its owner: "its regional committee".
_OWNER_PRONOUNS: Final = frozenset({"its", "their"})
# The kinds of a state's own bodies, which a speaker a state owns keeps ("the military's media wing" is military).
# Unlike the kinds the model reads as a state's, the state itself is none: its speaker is its government.
_STATE_BODY_KINDS: Final = frozenset({ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE})
# What a speaker owned by a side is: a state's body, a group's, an international body's.
_OWNED_KINDS: Final = {
    PartyKind.STATE: ActorKind.GOVERNMENT, PartyKind.ARMED_GROUP: ActorKind.ARMED_GROUP,
    PartyKind.INTERNATIONAL: ActorKind.ORGANIZATION,
}  # fmt: skip
# How many words a generic speaker's modifiers may run.
_MODIFIER_REACH: Final = 4


def generic_speaker(sentence: Sentence, speakers: Speakers, head: int) -> Actor | None:
    """Read "Afghan authorities", "the ministry", "Officials", "a military source" ending at token ``head``.

    Grammar: ``[article] {country | "'s" | modifier} GENERIC-SPEAKER``, at most four words before the noun.
    A modifier may say what the speaker is ("security sources", "hospital
    officials"); a local one ("provincial officials", "the police") makes it
    speak for where things happened, and a bare official noun for the side
    of the last speaker.
    """
    tokens = sentence.tokens
    token = tokens[head]
    # A possessive owner speaks for what it owns: "the army's Second Division said".
    noun = token.lower.removesuffix("'s").removesuffix("’s")
    role = _speech.GENERIC_SPEAKERS.get(noun)
    if role is None:
        return None
    kind = _SPEAKER_KINDS.get(role, ActorKind.UNKNOWN)
    local = noun in LOCAL_ROLES or role in {"civilians", "unknown", "media"}
    start, country, kind, local, role = _modifiers(sentence, speakers, _Reading(head, None, kind, local, role))
    if role == "armed_group" and kind in {ActorKind.ORGANIZATION, ActorKind.CIVILIANS}:
        role = "organization"  # "a local medical group": a body of civil society, no armed side.
    end = token.end - (len(token.lower) - len(noun))
    owned = _owner(sentence, speakers, head)
    if owned is not None:
        # "the military's media wing", "the NPA's regional command", "its regional committee": the owner's side.
        owner, first = owned
        owned_kind = kind if kind in _STATE_BODY_KINDS and owner.party.kind is PartyKind.STATE else None
        owned_kind = owned_kind or _OWNED_KINDS.get(owner.party.kind, kind)
        span = Span(start=tokens[min(start, first)].start, end=end)
        name = sentence.doc.text[span.start : span.end]
        return Actor(name=name, kind=owned_kind, country=owner.country, mentions=(span,), party=owner.party)
    name = sentence.doc.text[tokens[start].start : end]
    earlier = _named_earlier(speakers, name, noun, role, tokens[start].start, country=country)
    if earlier is not None:
        return earlier
    if country is None and not local and role not in {"unknown", "organization"}:
        country = speakers.last_side()
    span = Span(start=tokens[start].start, end=end)
    actor = Actor(name=name, kind=kind, country=country, mentions=(span,))
    return speakers.with_party(actor, span)


def _owner(sentence: Sentence, speakers: Speakers, head: int) -> tuple[Actor, int] | None:
    """The side that owns a generic speaker, named by a possessive in its words, and where it stands.

    Grammar: ``OWNER ("'s" | "’s") {word} NOUN | ("its" | "their") {word} NOUN``: "the
    military's media wing" is the state's, "the NPA's regional command" the
    group's, and "its regional committee" belongs to the body that spoke last.
    """
    tokens = sentence.tokens
    for i in range(head - 1, max(-1, head - 1 - _MODIFIER_REACH), -1):
        token = tokens[i]
        if token.lower in _OWNER_PRONOUNS:
            last = speakers.memory.thing or speakers.memory.plural
            return (last, i) if last is not None and last.party.known else None
        if token.lower in _grammar.ARTICLES or not (token.is_word or token.lower in _POSSESSIVES):
            return None
        owned = tokens[i + 1].lower in _POSSESSIVES or token.lower.endswith(("'s", "’s"))
        mention = sentence.mention_at(i) if owned and token.is_word else None
        if mention is not None:
            actor = speakers.settle(mention)
            return (actor, sentence.token_index(mention.span.start)) if actor.party.known else None
    return None


class _Reading(NamedTuple):
    """What the words before a generic speaker's noun have told so far."""

    start: int
    country: str | None
    kind: ActorKind
    local: bool
    role: str


def _modifiers(sentence: Sentence, speakers: Speakers, reading: _Reading) -> _Reading:
    """Read back over the modifiers before a generic speaker's noun at ``reading.start``.

    A country word gives its country; a modifier what the speaker is
    ("security sources"); a group word or a partisan word its side (see
    :func:`~conflictclaims.extraction.speakers.modifier_stance`); an article ends the phrase.
    """
    tokens = sentence.tokens
    head = start = reading.start
    country, kind, local, role = reading.country, reading.kind, reading.local, reading.role
    while start > 0 and head - start < _MODIFIER_REACH:
        previous = tokens[start - 1]
        if previous.lower in _grammar.ARTICLES:
            start -= 1
            break
        stance = modifier_stance(previous.lower, role)
        if stance is not None:
            # "the militia member": the group's; "a pro-junta page": no side; "a junta-run broadcaster": the state's.
            role = "armed_group" if stance is ActorKind.ARMED_GROUP else role
            kind, local, start = (stance if kind in _VAGUE_KINDS else kind), True, start - 1
            continue
        code = speakers.country_of(previous.text)
        owner = previous.is_word and (
            tokens[start].lower in _POSSESSIVES or previous.lower.endswith(tuple(_POSSESSIVES - {"'"}))
        )
        if code is not None:
            country = country or code
        elif owner:
            pass  # "the governor's office": the owner is part of the speaker's name.
        elif previous.lower not in _POSSESSIVES and not (previous.is_word and previous.lower in SPEAKER_MODIFIERS):
            break
        else:
            kind = _MODIFIER_KINDS.get(previous.lower, kind) if kind in _VAGUE_KINDS else kind
            local = local or previous.lower in LOCAL_ROLES
        start -= 1
    return _Reading(start, country, kind, local, role)


def _named_earlier(  # noqa: PLR0913 - the parts of one generic speaker
    speakers: Speakers, name: str, noun: str, role: str, start: int, *, country: str | None
) -> Actor | None:
    """The actor named earlier that a generic speaker stands for, if any.

    "the paramilitary group said", "rebels say": the armed group the article
    names there; "the ministry", "the statement": the last speaker of that sort.
    """
    if role == "armed_group" and not name.lower().startswith(("a ", "an ")):
        # "an armed group said" brings in a group of its own; "the group said" is the one named before.
        group = speakers.group_before(start)
        if group is not None:
            return group
    if name.lower().startswith(("the ", "a ", "an ")) and country is None:
        return speakers.resolve_generic(noun, role)
    if role == "organization" and country is None:
        # "monitor says" in a headline: the monitor the article names.
        return speakers.described_as(noun)
    return None
