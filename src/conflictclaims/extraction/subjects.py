"""Whose dead: the side (country and kind) of the people or things a count counts.

The clues, in order of strength:

1. the counted noun phrase names a side: "Pakistani soldiers", "RSF
   fighters", "13 of its fighters" (the speaker's), "50 of their fighters"
   said by the side that killed them (the enemy's);
2. an anaphor takes the previous toll's people: "and 27 others", "four of
   them", and "Four others" in the next sentence;
3. a coordinated count shares its subject: "12 soldiers … and 27 were injured";
4. "both sides" makes a joint subject of no one country;
5. otherwise the default of :func:`default_country`: where civilians were
   hit, the side a speaker admits losing, the enemy of a named perpetrator.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final, NamedTuple

import regex

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _people
from conflictclaims.actors import side_of_noun_phrase, side_of_tokens
from conflictclaims.extraction.phrases import has_joint_marker
from conflictclaims.model import ActorKind

if TYPE_CHECKING:
    from conflictclaims.counts import Count
    from conflictclaims.extraction.attribution import Frame
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.drafts import Draft
    from conflictclaims.extraction.sentence import Sentence
    from conflictclaims.model import Actor

__all__ = ["Clues", "Subject", "default_country", "side_of_phrase", "subject_of"]

_NP_WORD: Final = regex.compile(r"[\p{L}][\p{L}'’\-]*+")
_OF_ANAPHORS: Final = (["of", "them"], ["of", "those"], ["of", "these"], ["of", "whom"])
_HITS: Final = frozenset({"killed", "wounded", "captured", "destroyed", "seized"})


class Subject(NamedTuple):
    """Whose people a count counts: country, kind (an ``ActorKind`` value) and the noun phrase as written."""

    country: str | None
    kind: str
    name: str


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


def side_of_phrase(sentence: Sentence, np_span: tuple[int, int], np_text: str) -> tuple[str | None, ActorKind] | None:
    """The side a noun phrase names, read from the article's actor tokens when they fit its edges."""
    if not np_text:
        return None
    view = sentence.doc.actor_view
    first = bisect.bisect_left(view.starts, np_span[0])
    last = bisect.bisect_left(view.starts, np_span[1])
    crosses = (last > first and view.ends[last - 1] > np_span[1]) or (first > 0 and view.ends[first - 1] > np_span[0])
    if crosses:
        # An acronym or possessive runs across the phrase's edge: read the phrase alone.
        return side_of_noun_phrase(np_text)
    return side_of_tokens(view, first, last, sentence.doc.actor_matches)


def _named_side(clues: Clues, words: list[str], side: tuple[str | None, ActorKind] | None, context: Context) -> Subject:
    """The side the noun phrase itself names (clue 1)."""
    country = side[0] if side is not None else None
    kind = "unknown"
    if any(w in _grammar.POSSESSIVES for w in words) and country is None:
        # "13 of its fighters" are the speaker's; "we killed 50 of their fighters" the enemy's.
        frame = clues.frame
        speaker_country = frame.speaker.country if frame is not None and frame.speaker is not None else None
        their = "their" in words and clues.active
        country = context.opponent_of(speaker_country) if their else speaker_country
    for word in words:
        kind = _people.KIND_MODIFIERS.get(word, kind)
    head = clues.head
    if head is not None and head in _people.PERSON_NOUNS:
        head_kind = _people.PERSON_NOUNS[head]
        if kind == "unknown" or head_kind in {"civilians", "police"}:
            kind = head_kind if head_kind != "unknown" or kind == "unknown" else kind
    elif kind == "unknown" and side is not None and side[1] is ActorKind.CIVILIANS:
        # A people's plural name counts civilians: "12 Palestinians".
        kind = "civilians"
    if clues.unit != "persons" and kind == "unknown":
        kind = "military"
    return Subject(country, kind, "")


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
        named = _named_side(clues, words, side_of_phrase(sentence, clues.np_span, clues.np_text), context)
    country, kind = named.country, named.kind
    inherited = False
    if anaphoric and previous is None and head == "others" and earlier is not None:
        # "… killed 37 farmers. Four others were abducted.": the last toll's people.
        previous = earlier
    if anaphoric and previous is not None:
        country, kind, inherited = previous.subject_country, previous.subject_kind, True
    elif country is None and clues.coordinated and previous is not None:
        if kind in {previous.subject_kind, "unknown"} and clues.unit == previous.unit:
            country, inherited = previous.subject_country, True
            kind = previous.subject_kind if kind == "unknown" else kind
        elif previous.subject_country is not None:
            country, inherited = previous.subject_country, True
    start = clues.number.span.start if clues.number.span else 0
    if has_joint_marker(sentence.tokens, sentence.token_index(start)):
        country, kind = None, "unknown"
    elif country is None and not inherited:
        country = default_country(sentence, clues, kind, context)
    name = clues.np_text.strip() or (previous.subject_name if previous is not None else "")
    return Subject(country, kind, name)


def default_country(sentence: Sentence, clues: Clues, kind: str, context: Context) -> str | None:
    """Whose people an unmarked noun phrase counts.

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
