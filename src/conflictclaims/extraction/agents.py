"""Who says it: the speaker of a reporting verb, before it, after it, or named after "according to".

Each rule returns the speaking actor (``None`` when the speaker is known to
be no one actor, "both sides") and the token where the speaker's words start,
or ``None`` when no speaker stands where the rule looks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from conflictclaims import _claim_lexicon as lex
from conflictclaims import _grammar, _speech, gazetteer
from conflictclaims.extraction.generic import generic_speaker
from conflictclaims.extraction.speakers import LOCAL_ROLES, LOCAL_TITLES
from conflictclaims.model import Actor, ActorKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictclaims.actors import ActorMention
    from conflictclaims.extraction.sentence import Sentence, Token
    from conflictclaims.extraction.speakers import Speakers

__all__ = ["Agent", "agent_after", "agent_before", "is_noun_use", "is_trailing", "sentence_subject", "speaker_from"]

Agent = tuple[Actor | None, int]
"""A speaker and the index of the token its name starts at."""

_DETERMINERS: Final = frozenset(_grammar.DETERMINERS)
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
# How many tokens a relative clause in commas may hold between a speaker and its verb.
_RELATIVE_REACH: Final = 30
# How many words a relative clause or place phrase after a speaker may hold before its verb.
_MODIFIER_WORDS: Final = 8
# Words that open what may stand between a speaker and its verb: "a nurse who would not give her name said".
_MODIFIER_OPENERS: Final = frozenset({"who", "at", "in", "from", "based"})
# How many words into a sentence its speaking subject may stand.
_SUBJECT_REACH: Final = 6
# How many tokens an acronym or aside in brackets may run.
_BRACKET_REACH: Final = 8
# How far back an appositive may open: "Zaidi, a spokesperson for …, denied".
_APPOSITIVE_REACH: Final = 25
# How many words of title may stand between a trailing attribution's comma and the speaker.
_TITLE_REACH: Final = 5
# How many words a generic speaker's modifiers may run, and a person's name.
_MODIFIER_REACH: Final = 4
_NAME_REACH: Final = 3
# How many words a body's name may run: "The Sudan Doctors Network".
_BODY_REACH: Final = 6
# Body nouns of civil society: a name holding one runs on past a known name or "for"
# ("the Emergency Lawyers Association", "the Sudanese Association for Human Rights").
_CIVIL_BODIES: Final = frozenset(
    {"network", "association", "committee", "union", "observatory", "centre", "center", "foundation", "federation",
     "institute", "society", "organisation", "organization", "project", "watch", "syndicate", "league"}
)  # fmt: skip
# Punctuation that ends the words between an unnamed source and its verb (a hyphen standing for a dash too).
_CLAUSE_PUNCTUATION: Final = _grammar.CLAUSE_PUNCTUATION | {"-"}
# How many lowercase nouns may stand between a generic noun and the name it introduces.
_NAME_AFTER_GENERIC_REACH: Final = 3
# Words after a generic speaker that start a phrase of its own, never a longer name: "officials in Kabul".
_NOT_IN_A_NAME: Final = frozenset(
    {"in", "of", "from", "at", "on", "for", "and", "or", "with", "to", "by", "who", "that"}
)
# How many tokens "of" and the word before it take: "Residents of".
_OWNER_GAP: Final = 2


def _mentioned_speaker(sentence: Sentence, speakers: Speakers, mention: ActorMention) -> Agent:
    """The speaker an actor mention stands for.

    A capitalized name guessed to be a person may be a place ("Residents of
    Kafr Nabl") or a unit of a body named before it ("the army's Fourth
    Division"): then that body or those people speak.
    """
    first = sentence.token_index(mention.span.start)
    if mention.kind is ActorKind.PERSON:
        other = _owner_before(sentence, speakers, first) or _people_of_place(sentence, speakers, first)
        if other is not None:
            return other
        if mention.text.rsplit(maxsplit=1)[-1].lower() in _speech.UNIT_NOUNS:
            # "the Second Division said": a unit of the forces of where it fights.
            unit = Actor(name=mention.text, kind=ActorKind.MILITARY, mentions=(mention.span,))
            return speakers.with_party(unit, mention.span), first
    return speakers.settle(mention), first


def _speaker_at(sentence: Sentence, speakers: Speakers, i: int) -> Agent | None:
    """A speaker ending at token ``i``: an actor mention, a pronoun or a generic speaker."""
    token = sentence.tokens[i]
    memory = speakers.memory
    mention = sentence.mention_at(i)
    if mention is not None:
        person = mention.kind is ActorKind.PERSON
        first = sentence.token_index(mention.span.start)
        before = _speaker_before_place(sentence, speakers, first, mention.text) if person else None
        return before or _mentioned_speaker(sentence, speakers, mention)
    if token.lower in _speech.PRONOUNS_PERSON:
        return memory.person, i
    if token.lower in _speech.PRONOUNS_THING:
        return memory.thing or memory.last, i
    if token.lower in _speech.PRONOUNS_PLURAL:
        return memory.plural or memory.thing or memory.last, i
    if token.lower in _speech.GENERIC_SPEAKERS:
        speaker = generic_speaker(sentence, speakers, i)
        if speaker is not None:
            return speaker, _phrase_start(sentence, speaker, i)
    return None


def _place_after_preposition(sentence: Sentence, first: int, name: str) -> bool:
    """Whether ``name``, from token ``first``, is a known place after a preposition ("in nearby Bahir Dar")."""
    tokens = sentence.tokens
    before = tokens[first - 1].lower if first > 0 else ""
    if before == "nearby" and first > 1:
        before = tokens[first - 2].lower
    return before in lex.PLACE_PREPOSITIONS and gazetteer.lookup(name) is not None


def _speaker_before_place(sentence: Sentence, speakers: Speakers, first: int, name: str) -> Agent | None:
    """The speaker before a place read as a name: "A doctor at the hospital in Bahir Dar said" is the doctor."""
    if not _place_after_preposition(sentence, first, name):
        return None
    return _speaker_before_modifier(sentence, speakers, first - 1)


def _phrase_start(sentence: Sentence, speaker: Actor, head: int) -> int:
    """Where the words naming a generic speaker open.

    The actor's own span when the words built it; for an actor named earlier
    ("the jihadist group"), the phrase's article, else the noun.
    """
    here = speaker.mentions[-1] if speaker.mentions else None
    if here is not None and here.end == sentence.tokens[head].end:
        return sentence.token_index(here.start)
    tokens = sentence.tokens
    for k in range(head - 1, max(-1, head - _MODIFIER_REACH - 1), -1):
        if tokens[k].lower in _grammar.ARTICLES:
            return k
        if not tokens[k].is_word:
            break
    return head


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


def _named_aside(sentence: Sentence, speakers: Speakers, opening: int, closing: int) -> Agent | None:
    """A name in apposition between commas, the speaker: "a local councillor, Sani Muhammad, said".

    Only an aside that opens with a capitalized word other than an article
    is a name; "Zaidi, a spokesperson for the army, said" is Zaidi's.
    """
    tokens = sentence.tokens
    first = opening + 1
    if first >= closing or not is_name_word(tokens[first].text) or tokens[first].lower in _grammar.ARTICLES:
        return None
    last = closing - 1
    if tokens[last].text == ")":
        # "Inter-Services Public Relations (ISPR)": the name before its acronym.
        inner = _aside_start(sentence, last, closing)
        if inner is None or inner <= first:
            return None
        last = inner - 1
    return _speaker_at(sentence, speakers, last) or unnamed_person(sentence, speakers, last)


def agent_before(sentence: Sentence, speakers: Speakers, verb: int) -> Agent | None:
    """The speaker of the reporting verb at ``verb``, before it.

    Grammar: ``speaker {adverbial | "," appositive "," | "(" aside ")"} VERB``, with at most
    eight adverbials ("also", "in a statement on Sunday"); a speaker is an
    actor mention, a pronoun, a generic speaker, "both sides", or two
    capitalized words the lexicon does not know.
    """
    tokens = sentence.tokens
    if verb > 1 and tokens[verb - 1].lower == "as":
        # "State television quoted the governor as saying": the one quoted speaks.
        quoted = _speaker_at(sentence, speakers, verb - 2) or unnamed_person(sentence, speakers, verb - 2)
        if quoted is not None and quoted[0] is not None:
            return quoted
    relative = _speaker_before_relative(sentence, speakers, verb) if verb > 0 and tokens[verb - 1].text == "," else None
    # "people familiar with the navy's own tally said": the tally is what they know, not who speaks.
    familiar = _familiar_source(sentence, speakers, verb - 1, verb, in_clause=True) if verb > 0 else None
    if familiar is not None and familiar[0] is None:
        familiar = None
    return relative or familiar or _agent_walking_back(sentence, speakers, verb)


def _agent_walking_back(sentence: Sentence, speakers: Speakers, verb: int) -> Agent | None:
    """The speaker read back from the verb over adverbials, asides and appositives (see :func:`agent_before`)."""
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
            named = _named_aside(sentence, speakers, opening, i) if token.text == "," else None
            if named is not None:
                return named
            i, gap = opening - 1, gap + 1
            continue
        # A capitalized body noun ends a name ("the Washington Post said"), not an adverbial ("in a post").
        named_body = token.lower in _speech.BODY_NOUNS and token.text[:1].isupper()
        if (
            (token.lower in _speech.ADVERBIAL_GAP and not named_body)
            or token.lower.endswith("ly")
            or token.text in {"’", "'", "—", "-"}
        ):
            i, gap = i - 1, gap + 1
            continue
        return (
            _familiar_source(sentence, speakers, i, verb)
            or unnamed_person(sentence, speakers, i)
            or _speaker_before_modifier(sentence, speakers, i)
        )
    return None


def _speaker_before_relative(sentence: Sentence, speakers: Speakers, verb: int) -> Agent | None:
    """The speaker before a relative clause in commas: "Turkey, which regards the YPG as …, said".

    Grammar: ``SPEAKER "," ("which" | "who") WORDS "," VERB``; names inside
    the clause are not the speaker.
    """
    tokens = sentence.tokens
    for k in range(verb - 2, max(0, verb - _RELATIVE_REACH), -1):
        word = tokens[k].lower
        if word in _speech.REPORTING_VERBS or tokens[k].text in {".", ";", ":"}:
            return None
        if word in {"which", "who"} and tokens[k - 1].text == "," and k > 1:
            found = _speaker_at(sentence, speakers, k - 2)
            return found if found is not None and found[0] is not None else None
    return None


def _speaker_before_modifier(sentence: Sentence, speakers: Speakers, last: int) -> Agent | None:
    """A speaker before a relative clause or a place phrase that ends at ``last``.

    Grammar: ``SPEAKER ("who" | "at" | "in" | "from") WORDS VERB``, the words
    no clause of their own: "a nurse who would not give her name said", "A
    medic at the district clinic said".
    """
    tokens = sentence.tokens
    for k in range(last, max(-1, last - _MODIFIER_WORDS), -1):
        word = tokens[k].lower
        if not tokens[k].is_word and word not in {"'s", "’s"}:
            return None
        if word in _MODIFIER_OPENERS and k > 0:
            # "A doctor at the hospital in Goma said": past "the hospital", on to the next opener.
            found = _speaker_at(sentence, speakers, k - 1)
            if found is not None and found[0] is not None:
                return found
    return None


def sentence_subject(sentence: Sentence, speakers: Speakers, before: int) -> Agent | None:
    """The speaker the sentence opens with, before token ``before``: "The dissidents gave …, saying".

    Grammar: ``[adverbial ","] SPEAKER …``, the speaker within the first few words.
    """
    tokens = sentence.tokens
    start = 0
    # Pass over an opening adverbial: "Separately, residents said".
    comma = next((k for k in range(min(before, _SUBJECT_REACH)) if tokens[k].text == ","), None)
    if comma is not None and all(t.is_word for t in tokens[:comma]):
        start = comma + 1
    for k in range(start, min(before, start + _SUBJECT_REACH)):
        found = _speaker_at(sentence, speakers, k)
        if found is not None and found[0] is not None:
            return found
    return None


def _familiar_source(
    sentence: Sentence, speakers: Speakers, i: int, verb: int, *, in_clause: bool = False
) -> Agent | None:
    """An unnamed source described by what it knows: "two people familiar with the assessment said".

    With ``in_clause`` the words between the source and the verb hold no
    punctuation, so a place "close to the border, officials said" is not read.
    """
    tokens = sentence.tokens
    for k in range(i, max(0, verb - _GAP_REACH) - 1, -1):
        if in_clause and tokens[k].text in _CLAUSE_PUNCTUATION:
            return None
        if tokens[k].lower in _speech.KNOWING and k + 1 < verb and tokens[k + 1].lower in {"with", "to", "on", "of"}:
            return _speaker_at(sentence, speakers, k - 1) if k > 0 else None
    return None


def is_trailing(sentence: Sentence, agent: int, verb: int) -> bool:
    """Whether "…, the ministry said." closes what came before, attributing it.

    Grammar: ``… closer [title] SPEAKER VERB``, with no count after the verb,
    or only after a participle that goes on with the same speaker ("…, he
    said, adding that the attackers lost two pickups").
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
    reach = _BODY_REACH if tokens[last].lower in _speech.BODY_NOUNS else _NAME_REACH
    while first > 0 and last - first < reach and is_name_word(tokens[first - 1].text):
        first -= 1
    if not is_name_word(tokens[last].text):
        return None
    people = _people_of_place(sentence, speakers, first)
    if people is not None:
        # "Villagers of Kafr Nabl said", "A district official in Koutiala said": the people before the place.
        return people
    start = _body_name_start(tokens, first, last)
    if first == last == start:
        return None
    span = Span(start=tokens[first].start, end=tokens[last].end)
    name = sentence.doc.text[span.start : span.end]
    found = (
        _named_body(sentence, speakers, start, last, linked=True)
        if start < first
        else _owner_before(sentence, speakers, first)
        or _named_body(sentence, speakers, first, last)
        or _speaker_before_place(sentence, speakers, first, name)
    )
    if found is not None:
        return found
    title = [t.lower.rstrip(".") for t in tokens[max(0, first - 3) : first] if t.is_word]
    role = next((w for w in reversed(title) if w in LOCAL_ROLES or w in LOCAL_TITLES), None)
    actor = Actor(name=name, kind=ActorKind.PERSON, role=role, mentions=(span,))
    if speakers.for_a_group(span):
        # "A spokesman for the rebels, Lawrence Kanyuka, said": the rebels' side.
        return speakers.of_group_before(speakers.with_party(actor, span), span), first
    return (speakers.with_place_country(actor, span) if role is not None else speakers.with_party(actor, span)), first


def _body_name_start(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a body's name opens when it runs back through "for", "of" or "and" from token ``first``.

    "the Assistance Association for Political Prisoners", "the Armed Conflict
    Location and Event Data Project": only a name that holds a body noun
    runs through such words ("Residents of Kafr Nabl" is no body).
    """
    start = first
    for _ in range(_BODY_REACH):
        link = start - 1
        if link > 0 and tokens[link].lower == "the":
            link -= 1  # "Office for the Coordination of …"
        if link < 1 or tokens[link].lower not in _speech.BODY_LINKS or not is_name_word(tokens[link - 1].text):
            break
        start = link - 1
        while start > 0 and first - start < _BODY_REACH * 2 and is_name_word(tokens[start - 1].text):
            start -= 1
    if start == first or not any(t.lower in _speech.BODY_NOUNS for t in tokens[start : last + 1]):
        return first
    return start


def _body_name_end(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where a body's name that opens at token ``first`` ends, when it runs on past token ``last``.

    The name runs over capitalized words, and over "for", "of", "and" (and
    "the" after them) into more: "the Sudanese Association for Human Rights".
    Only a body of civil society is read so ("Association", "Network"):
    "the Ministry of Defence" stays the state's. ``None`` when the name
    ends at ``last`` or holds no such body noun.
    """
    end = len(tokens)
    civil = any(t.lower in _CIVIL_BODIES for t in tokens[first : last + 1])
    found = None
    k = last + 1
    while k < end and k - first < _BODY_REACH * 2:
        word = tokens[k]
        if is_name_word(word.text):
            civil = civil or word.lower in _CIVIL_BODIES
            found, k = k, k + 1
            continue
        if civil and word.lower in _speech.BODY_LINKS:
            step = k + 2 if k + 1 < end and tokens[k + 1].lower == "the" else k + 1
            if step < end and is_name_word(tokens[step].text):
                k = step
                continue
        break
    return found if found is not None and civil else None


def _named_body(
    sentence: Sentence, speakers: Speakers, first: int, last: int, *, linked: bool = False
) -> Agent | None:
    """A body or a military unit named by its last word, not a person.

    "The Sudan Doctors Network said": a body, of the country its name holds;
    "the Second Division said": a unit of the forces of where it fights.
    A name ``linked`` through "for" or "of" may hold its body noun anywhere
    ("the Assistance Association for Political Prisoners").
    """
    tokens = sentence.tokens
    noun = tokens[last].lower
    if noun in _speech.UNIT_NOUNS:
        span = Span(start=tokens[first].start, end=tokens[last].end)
        unit = Actor(name=sentence.doc.text[span.start : span.end], kind=ActorKind.MILITARY, mentions=(span,))
        return speakers.with_party(unit, span), first
    bodies = _speech.BODY_NOUNS
    if noun not in bodies and not (linked and any(t.lower in bodies for t in tokens[first:last])):
        return None
    if tokens[first].lower == "the":
        first += 1
    span = Span(start=tokens[first].start, end=tokens[last].end)
    # A newspaper named after a place ("the Sudan Tribune") speaks for no side of it.
    paper = noun in _speech.MASTHEADS or any(t.lower in _speech.MASTHEADS for t in tokens[first:last])
    country = None if paper else next((c for t in tokens[first:last] if (c := speakers.country_of(t.text))), None)
    name = sentence.doc.text[span.start : span.end]
    body = Actor(name=name, kind=ActorKind.ORGANIZATION, country=country, mentions=(span,))
    return speakers.with_party(body), first


def _owner_before(sentence: Sentence, speakers: Speakers, first: int) -> Agent | None:
    """The body a name belongs to, before a possessive: "the army's Second Division said" is the army."""
    tokens = sentence.tokens
    if first == 0 or not tokens[first - 1].lower.endswith(("'s", "’s")):
        return None
    mention = sentence.mention_at(first - 1)
    if mention is not None:
        return speakers.settle(mention), sentence.token_index(mention.span.start)
    owner = generic_speaker(sentence, speakers, first - 1)
    return None if owner is None else (owner, first - 1)


def _people_of_place(sentence: Sentence, speakers: Speakers, first: int) -> Agent | None:
    """The generic speaker before a place: "Residents of Kafr Nabl", "officials in Herat"."""
    tokens = sentence.tokens
    if first < _OWNER_GAP or tokens[first - 1].lower not in {"of", "in", "from"}:
        return None
    head = first - 2
    if tokens[head].lower not in _speech.GENERIC_SPEAKERS:
        return None
    speaker = generic_speaker(sentence, speakers, head)
    return None if speaker is None else (speaker, head)


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
            actor = speakers.settle(mention)
            if actor.kind is ActorKind.PERSON and not actor.party.known:
                actor = _body_in_apposition(sentence, speakers, actor, sentence.token_index(mention.span.end)) or actor
            return actor, i
        if tokens[i].lower in _speech.GENERIC_SPEAKERS:
            speaker = generic_speaker(sentence, speakers, i)
            if speaker is not None:
                return speaker, i
        if tokens[i].lower not in _DETERMINERS and not tokens[i].is_word:
            break
    return None


def _body_in_apposition(sentence: Sentence, speakers: Speakers, person: Actor, after: int) -> Actor | None:
    """A person with the party of the body his appositive names: "said Col. Ahmed Bello, a spokesman for the army".

    Grammar: ``PERSON "," {word} ("for" | "of") BODY``, the words no clause of their own.
    """
    tokens = sentence.tokens
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    for k in range(after + 1, min(after + _TITLE_REACH + 2, len(tokens) - 1)):
        if not tokens[k].is_word:
            return None
        if tokens[k].lower in {"for", "of"}:
            body = next((m for j in range(k + 1, min(k + 3, len(tokens))) if (m := sentence.mention_at(j))), None)
            found = speakers.settle(body) if body is not None else None
            if found is None or not found.party.known:
                return None
            return attrs.evolve(person, party=found.party, country=person.country or found.country)
    return None


def is_noun_use(sentence: Sentence, verb: int) -> bool:
    """Whether a word like "claims" or "reports" is a noun here: "the claims", "casualty reports"."""
    tokens = sentence.tokens
    if tokens[verb].lower not in _speech.NOUN_FORMS or verb == 0:
        return False
    previous = tokens[verb - 1].lower
    return previous in _BEFORE_NOUN_FORMS or previous.endswith(("'s", "’s"))


def _name_after_generic(sentence: Sentence, i: int) -> ActorMention | None:
    """The name a generic noun at ``i`` stands before, over a few more lowercase nouns: "the data project ACLED"."""
    tokens = sentence.tokens
    for j in range(i + 1, min(i + 1 + _NAME_AFTER_GENERIC_REACH, len(tokens))):
        named = sentence.mention_at(j)
        if named is not None:
            return named
        if not tokens[j].is_word or not tokens[j].text.islower() or tokens[j].lower in _NOT_IN_A_NAME:
            return None
    return None


def speaker_from(sentence: Sentence, speakers: Speakers, first: int) -> tuple[Actor | None, int | None]:
    """The speaker named from token ``first`` on ("according to Afghan authorities") and its last token."""
    tokens = sentence.tokens
    for i in range(first, min(first + 8, len(tokens))):
        mention = sentence.mention_at(i)
        last = sentence.token_index(mention.span.end) - 1 if mention is not None else i
        # "the Emergency Lawyers Association": a body whose name starts like a known one;
        # "the Sudanese Association for Human Rights": the whole name, not a generic association.
        longer = _body_name_end(tokens, i, last) if mention is not None or is_name_word(tokens[i].text) else None
        body = _named_body(sentence, speakers, i, longer, linked=True) if longer is not None else None
        if body is not None:
            return body[0], longer
        if mention is not None:
            return speakers.settle(mention), last
        if tokens[i].lower in _speech.GENERIC_SPEAKERS:
            named = _name_after_generic(sentence, i)
            if named is not None:
                # "according to the crisis data project ACLED": the name, not a generic project.
                return speakers.settle(named), sentence.token_index(named.span.end) - 1
            return generic_speaker(sentence, speakers, i), i
        if tokens[i].text in {",", "."}:
            break
    return None, None
