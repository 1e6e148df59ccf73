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
from conflictclaims.model import Actor, ActorKind
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
    name = sentence.doc.text[tokens[start].start : end]
    earlier = _named_earlier(speakers, name, noun, role, tokens[start].start, country=country)
    if earlier is not None:
        return earlier
    if country is None and not local and role not in {"unknown", "organization"}:
        country = speakers.last_side()
    span = Span(start=tokens[start].start, end=end)
    actor = Actor(name=name, kind=kind, country=country, mentions=(span,))
    return speakers.with_party(actor, span)


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
