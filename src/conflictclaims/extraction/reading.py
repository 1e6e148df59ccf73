"""The sentence loop: stages 4 to 7 run on each sentence of the body that may hold a claim.

Input: the :class:`~conflictclaims.extraction.document.Document` and its
:class:`~conflictclaims.extraction.context.Context`. Output: the article's
claims and ceasefires, in text order.

A sentence with no count and none of :data:`CUES` holds no claim, frame or
ceasefire, so it is not read token by token; only who it talks about is
remembered, for the pronouns of the next sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from conflictclaims import _claim_lexicon as lex
from conflictclaims.extraction.assemble import claim_of, with_restated_sides
from conflictclaims.extraction.attribution import CUE_WORDS, read_frames
from conflictclaims.extraction.ceasefires import ceasefire_in
from conflictclaims.extraction.claims import ClaimReader
from conflictclaims.extraction.sentence import Sentence
from conflictclaims.extraction.speakers import Speakers
from conflictclaims.model import ActorKind
from conflictclaims.span import Span

if TYPE_CHECKING:
    from conflictclaims.extraction.context import Context
    from conflictclaims.extraction.document import Document
    from conflictclaims.model import Ceasefire, Claim

__all__ = ["CUES", "read_sentences"]

CUES: Final = (
    CUE_WORDS
    | lex.CEASEFIRE_WORDS
    | frozenset(lex.UNQUANTIFIED_NOUNS)
    | frozenset(lex.ACTIVE_TRIGGERS)
    | frozenset(lex.PASSIVE_TRIGGERS)
    | frozenset(lex.NOMINAL_TRIGGERS)
    | frozenset(phrase[0] for phrase in lex.PASSIVE_PHRASES)
    | frozenset(phrase[0] for phrase in lex.ACTIVE_PHRASES)
    | lex.MANNER_VERBS
)
"""Words without which a sentence with no count holds no claim, frame or ceasefire.

:meta hide-value:
"""


def _clip(span: Span, body: Span) -> Span | None:
    if body.start <= span.start and span.end <= body.end:
        return span  # the usual case: no new Span to build
    start, end = max(span.start, body.start), min(span.end, body.end)
    return Span(start=start, end=end) if start < end else None


def read_sentences(doc: Document, context: Context) -> tuple[list[Claim], list[Ceasefire]]:
    """Read every sentence of the body: attribution, claims, assembly and ceasefires."""
    speakers = Speakers(doc, context)
    reader = ClaimReader(context, speakers)
    claims: list[Claim] = []
    ceasefires: list[Ceasefire] = []
    for whole in doc.sentences:
        span = _clip(whole, doc.body)
        if span is None or doc.in_skipped(span):
            continue
        if not doc.counts_in(span) and not doc.has_word(span, CUES):
            # Nothing to attribute or count: only who is being talked about matters.
            speakers.remember_first_person(doc.mentions_in(span))
            continue
        sentence = Sentence(doc, span)
        if not sentence.tokens:
            continue
        frames = read_frames(sentence, speakers)
        if not any(f.speaker is not None and f.speaker.kind is ActorKind.PERSON for f in frames):
            speakers.remember_first_person(sentence.mentions)
        claims.extend(claim_of(draft, sentence) for draft in reader.read(sentence, frames))
        ceasefire = ceasefire_in(sentence, context)
        if ceasefire is not None:
            ceasefires.append(ceasefire)
    return with_restated_sides(claims), ceasefires
