"""Helpers shared by the stage tests: read a text up to the stage under test."""

from __future__ import annotations

from conflictclaims.extraction.context import Context, read_context
from conflictclaims.extraction.document import Document, read_document
from conflictclaims.extraction.header import read_header
from conflictclaims.extraction.sentence import Sentence
from conflictclaims.extraction.speakers import Speakers
from conflictclaims.tokens import tokenize


def document(text: str) -> Document:
    """The text read through the header and mention stages."""
    return read_document(text, tokenize(text), read_header(text))


def last_sentence(text: str) -> tuple[Sentence, Speakers, Context]:
    """The text's last sentence, with fresh speakers and the article's context."""
    doc = document(text)
    context = read_context(doc)
    return Sentence(doc, doc.sentences[-1]), Speakers(doc, context), context
