"""Who says it: the speaker of a reporting verb, before it, after it, or named after "according to".

Each rule returns the speaking actor (``None`` when the speaker is known to
be no one actor, "both sides") and the token where the speaker's words start,
or ``None`` when no speaker stands where the rule looks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from conflictclaims import _grammar, _speech
from conflictclaims.extraction.speakers import LOCAL_ROLES, LOCAL_TITLES
from conflictclaims.model import Actor, ActorKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from conflictclaims.extraction.sentence import Sentence
    from conflictclaims.extraction.speakers import Speakers

__all__ = ["Agent", "agent_after", "agent_before", "is_noun_use", "is_trailing", "speaker_from"]

Agent = tuple[Actor | None, int]
"""A speaker and the index of the token its name starts at."""

_DETERMINERS: Final = frozenset(_grammar.DETERMINERS)
# Words that may stand between a speaker and its verb: "also", "later", "in a statement on Sunday".
_ADVERBIAL_GAP: Final = frozenset(
    {
        "also", "later", "further", "earlier", "previously", "again", "then", "had", "has", "have", "was",
        "were", "on", "in", "a", "an", "statement", "overnight", "late", "early", "yesterday", "today", "last",
        "night", "separately", "however", "meanwhile", "repeatedly", "initially", "officially", "publicly",
        "subsequently", "now", "it", "its", "post", "x", "briefing", "separate", "the", "press",
        "conference", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "evening", "afternoon", "tonight", "this", "week", "televised", "speech", "interview", "with",
        "reuters", "ap", "afp", "told", "local", "media", "reporters",
    }
)  # fmt: skip
# Modifiers a generic speaker may carry: "senior security officials", "the provincial health ministry".
_SPEAKER_MODIFIERS: Final = frozenset(
    {
        "armed", "security", "senior", "local", "provincial", "military", "government", "defence", "defense",
        "interior", "health", "foreign", "information", "federal", "state", "official", "top", "intelligence",
        "regional", "district", "army", "police", "hospital", "medical", "rescue",
    }
)  # fmt: skip
_SPEAKER_KINDS: Final = {
    "person": ActorKind.PERSON, "government": ActorKind.GOVERNMENT, "military": ActorKind.MILITARY,
    "police": ActorKind.POLICE, "armed_group": ActorKind.ARMED_GROUP, "organization": ActorKind.ORGANIZATION,
    "civilians": ActorKind.CIVILIANS,
}  # fmt: skip
# What a modifier makes a speaker whose noun says little ("security sources", "hospital officials").
_MODIFIER_KINDS: Final = {
    "security": ActorKind.MILITARY, "military": ActorKind.MILITARY, "army": ActorKind.MILITARY,
    "defence": ActorKind.MILITARY, "defense": ActorKind.MILITARY, "police": ActorKind.POLICE,
    "government": ActorKind.GOVERNMENT, "official": ActorKind.GOVERNMENT, "intelligence": ActorKind.GOVERNMENT,
    "hospital": ActorKind.CIVILIANS, "medical": ActorKind.CIVILIANS, "rescue": ActorKind.CIVILIANS,
}  # fmt: skip
_VAGUE_KINDS: Final = frozenset({ActorKind.UNKNOWN, ActorKind.GOVERNMENT})
# Reporting verbs that are nouns after a determiner: "the claims", "casualty reports".
_NOUN_FORMS: Final = frozenset(
    {"claims", "claim", "reports", "report", "estimates", "notes", "posts", "says", "put", "puts", "counted",
     "disputes", "claimed"}
)  # fmt: skip
_BEFORE_NOUN_FORMS: Final = _DETERMINERS | {
    "'s", "casualty", "disputed", "conflicting", "differing", "such", "those", "these", "media", "news", "initial",
}  # fmt: skip
# Participles after a closing attribution that go on with the same speaker: "…, he said, adding that …".
_GOING_ON: Final = frozenset(form for form in _speech.FRAME_VERBS if form.endswith("ing"))
# Marks that close what a trailing attribution attributes: "…, the ministry said", "…,” said Ahmed.
_CLOSERS: Final = frozenset({",", "”", '"', "'", "’", "—", "–"})
_QUOTES_OR_COMMA: Final = frozenset({",", "”", '"', "’", "'"})
# How many tokens of adverbials may stand between a speaker and its verb.
_GAP_REACH: Final = 8
# How many tokens an acronym or aside in brackets may run.
_BRACKET_REACH: Final = 8
# How far back an appositive may open: "Zaidi, a spokesperson for …, denied".
_APPOSITIVE_REACH: Final = 25
# How many words of title may stand between a trailing attribution's comma and the speaker.
_TITLE_REACH: Final = 5
# How many words a generic speaker's modifiers may run, and a person's name.
_MODIFIER_REACH: Final = 4
_NAME_REACH: Final = 3


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
    role = _speech.GENERIC_SPEAKERS.get(token.lower)
    if role is None:
        return None
    start = head
    country: str | None = None
    kind = _SPEAKER_KINDS.get(role, ActorKind.UNKNOWN)
    local = token.lower in LOCAL_ROLES or role == "civilians"
    while start > 0 and head - start < _MODIFIER_REACH:
        previous = tokens[start - 1]
        if previous.lower in _grammar.ARTICLES:
            start -= 1
            break
        code = speakers.country_of(previous.text)
        if code is not None:
            country = country or code
        elif not (previous.lower in {"'s", "'"} or previous.text == "’s") and not (
            previous.is_word and previous.lower in _SPEAKER_MODIFIERS
        ):
            break
        else:
            kind = _MODIFIER_KINDS.get(previous.lower, kind) if kind in _VAGUE_KINDS else kind
            local = local or previous.lower in LOCAL_ROLES
        start -= 1
    name = sentence.doc.text[tokens[start].start : token.end]
    earlier = _named_earlier(speakers, name, token.lower, role, tokens[start].start, country=country)
    if earlier is not None:
        return earlier
    if country is None and not local and role not in {"unknown", "organization"}:
        country = speakers.last_side()
    span = Span(start=tokens[start].start, end=token.end)
    actor = Actor(name=name, kind=kind, country=country, mentions=(span,))
    return speakers.with_party(actor, span)


def _named_earlier(  # noqa: PLR0913 - the parts of one generic speaker
    speakers: Speakers, name: str, noun: str, role: str, start: int, *, country: str | None
) -> Actor | None:
    """The actor named earlier that a generic speaker stands for, if any.

    "the paramilitary group said", "rebels say": the armed group the article
    names there; "the ministry", "the statement": the last speaker of that sort.
    """
    if role == "armed_group":
        group = speakers.group_before(start)
        if group is not None:
            return group
    if name.lower().startswith(("the ", "a ", "an ")) and country is None:
        return speakers.resolve_generic(noun, role)
    return None


def _speaker_at(sentence: Sentence, speakers: Speakers, i: int) -> Agent | None:
    """A speaker ending at token ``i``: an actor mention, a pronoun or a generic speaker."""
    token = sentence.tokens[i]
    memory = speakers.memory
    mention = sentence.mention_at(i)
    if mention is not None:
        return speakers.settle(mention), sentence.token_index(mention.span.start)
    if token.lower in _speech.PRONOUNS_PERSON:
        return memory.person, i
    if token.lower in _speech.PRONOUNS_THING:
        return memory.thing or memory.last, i
    if token.lower in _speech.PRONOUNS_PLURAL:
        return memory.plural or memory.thing or memory.last, i
    if token.lower in _speech.GENERIC_SPEAKERS:
        speaker = generic_speaker(sentence, speakers, i)
        if speaker is not None:
            return speaker, sentence.token_index(speaker.mentions[0].start) if speaker.mentions else i
    return None


def _both_sides(sentence: Sentence, i: int) -> bool:
    """Whether tokens ending at ``i`` say "both sides", "two sides" or "both governments"."""
    tokens = sentence.tokens
    word = tokens[i].lower
    before = tokens[i - 1].lower if i > 0 else ""
    if word == "sides":
        return before in {"both", "two"}
    return word in {"governments", "countries", "nations"} and before == "both"


def _aside_start(sentence: Sentence, i: int, verb: int) -> int | None:
    """Where an aside that ends at token ``i`` opens, or ``None``.

    An acronym or aside in brackets ("the National Resistance Front (NRF)
    said") or an appositive between commas ("Zaidi, a spokesperson for …,
    denied").
    """
    tokens = sentence.tokens
    j = i - 1
    if tokens[i].text == ")":
        while j >= 0 and tokens[j].text != "(" and i - j < _BRACKET_REACH:
            j -= 1
        return j if j >= 0 and tokens[j].text == "(" else None
    while j >= 0 and tokens[j].text != "," and verb - j < _APPOSITIVE_REACH:
        j -= 1
    return j if j >= 0 and tokens[j].text == "," else None


def agent_before(sentence: Sentence, speakers: Speakers, verb: int) -> Agent | None:
    """The speaker of the reporting verb at ``verb``, before it.

    Grammar: ``speaker {adverbial | "," appositive "," | "(" aside ")"} VERB``, with at most
    eight adverbials ("also", "in a statement on Sunday"); a speaker is an
    actor mention, a pronoun, a generic speaker, "both sides", or two
    capitalized words the lexicon does not know.
    """
    tokens = sentence.tokens
    i = verb - 1
    gap = 0
    while i >= 0 and gap < _GAP_REACH:
        token = tokens[i]
        found = _speaker_at(sentence, speakers, i)
        if found is not None:
            return found
        if _both_sides(sentence, i):
            return None, i - 1
        if token.text in {")", ","}:
            opening = _aside_start(sentence, i, verb)
            if opening is None:
                return None
            i, gap = opening - 1, gap + 1
            continue
        if token.lower in _ADVERBIAL_GAP or token.lower.endswith("ly") or token.text in {"’", "'", "—", "-"}:
            i, gap = i - 1, gap + 1
            continue
        return unnamed_person(sentence, speakers, i)
    return None


def is_trailing(sentence: Sentence, agent: int, verb: int) -> bool:
    """Whether "…, the ministry said." closes what came before, attributing it.

    Grammar: ``… closer [title] SPEAKER VERB``, with no count after the verb,
    or only after a participle that goes on with the same speaker ("…, he
    said, adding that troops destroyed four gun trucks").
    """
    tokens = sentence.tokens
    k = agent - 1
    # Pass over a title before the name: "…, regional Gov. Oleh Syniehubov said."
    while k >= 0 and agent - k <= _TITLE_REACH and (tokens[k].is_word or tokens[k].text == "."):
        k -= 1
    if k < 0 or tokens[k].text not in _CLOSERS:
        return False
    end = tokens[verb].end
    if sentence.last_count_start < end:
        return True
    following = next((c.span.start for c in sentence.counts if c.span is not None and c.span.start >= end), None)
    for j in range(verb + 1, len(tokens) - 1):
        if following is not None and tokens[j].start >= following:
            break
        if tokens[j].text == "," and tokens[j + 1].lower in _GOING_ON:
            return True
    return False


def is_name_word(word: str) -> bool:
    """A capitalized word that can be part of a person's name ("Oleh", "Al-Khulaifi")."""
    return len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").replace("'", "").isalpha()


def unnamed_person(sentence: Sentence, speakers: Speakers, last: int) -> Agent | None:
    """A speaker the actor lexicon does not know: two or more capitalized words before the verb.

    "regional Gov. Oleh Syniehubov said": a person; a local title before the
    name gives him the side of the places around.
    """
    tokens = sentence.tokens
    first = last
    while first > 0 and last - first < _NAME_REACH and is_name_word(tokens[first - 1].text):
        first -= 1
    if not is_name_word(tokens[last].text) or first == last:
        return None
    name = sentence.doc.text[tokens[first].start : tokens[last].end]
    title = [t.lower.rstrip(".") for t in tokens[max(0, first - 3) : first] if t.is_word]
    role = next((w for w in reversed(title) if w in LOCAL_ROLES or w in LOCAL_TITLES), None)
    span = Span(start=tokens[first].start, end=tokens[last].end)
    actor = Actor(name=name, kind=ActorKind.PERSON, role=role, mentions=(span,))
    return (speakers.with_place_country(actor, span) if role is not None else speakers.with_party(actor)), first


def agent_after(sentence: Sentence, speakers: Speakers, verb: int) -> Agent | None:
    """Inverted attribution: "…, said the ministry." / "…,” said Ahmed.".

    Grammar: ``… ("," | quote) VERB [determiner] SPEAKER``.
    """
    tokens = sentence.tokens
    if verb == 0 or tokens[verb - 1].text not in _QUOTES_OR_COMMA:
        return None
    for i in range(verb + 1, min(verb + 6, len(tokens))):
        mention = sentence.mention_at(i)
        if mention is not None:
            return speakers.settle(mention), i
        if tokens[i].lower in _speech.GENERIC_SPEAKERS:
            speaker = generic_speaker(sentence, speakers, i)
            if speaker is not None:
                return speaker, i
        if tokens[i].lower not in _DETERMINERS and not tokens[i].is_word:
            break
    return None


def is_noun_use(sentence: Sentence, verb: int) -> bool:
    """Whether a word like "claims" or "reports" is a noun here: "the claims", "casualty reports"."""
    tokens = sentence.tokens
    if tokens[verb].lower not in _NOUN_FORMS or verb == 0:
        return False
    previous = tokens[verb - 1].lower
    return previous in _BEFORE_NOUN_FORMS or previous.endswith(("'s", "’s"))


def speaker_from(sentence: Sentence, speakers: Speakers, first: int) -> tuple[Actor | None, int | None]:
    """The speaker named from token ``first`` on ("according to Afghan authorities") and its last token."""
    tokens = sentence.tokens
    for i in range(first, min(first + 8, len(tokens))):
        mention = sentence.mention_at(i)
        if mention is not None:
            return speakers.settle(mention), sentence.token_index(mention.span.end) - 1
        if tokens[i].lower in _speech.GENERIC_SPEAKERS:
            return generic_speaker(sentence, speakers, i), i
        if tokens[i].text in {",", "."}:
            break
    return None, None
