"""What the incidents stage notes about one claim, and the words around its count that it reads first."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from attrs import define

from conflictclaims import _claim_lexicon as claim_lex
from conflictclaims import _incident_lexicon as lex
from conflictclaims._incident_cues import (
    MEMBERS_AFTER_RE,
    POSSESSIVE_AFTER_RE,
    SUBSET_AFTER_RE,
    SUBSET_BEFORE_RE,
    TOTAL_AFTER_RE,
    TOTAL_BEFORE_RE,
    WORD,
    words_at_end,
)
from conflictclaims.model import Article, Claim, ClaimRole, DateRange, Location

if TYPE_CHECKING:
    import datetime as dt

    from conflictclaims.tokens import Tokens

__all__ = ["ArticleParts", "Note", "read_count"]


@define
class Note:
    """What the text says around one claim."""

    index: int
    claim: Claim
    sentence: tuple[int, int]
    paragraph: int
    headline: bool = False
    lede: bool = False
    # REPORT for the events reported, else BACKGROUND or CUMULATIVE; ``timed`` when
    # words of its own clause said so, rather than the default.
    time: ClaimRole = ClaimRole.REPORT
    timed: bool = False
    subset: bool = False
    # Someone's people: "three of his associates", a part of a larger toll only.
    possessive: bool = False
    total: bool = False
    additive: bool = False
    refers: bool = False
    # Opens another incident ("in a separate attack"): read only for the tolls that could (``Reader.opens_another``).
    separate: bool = False
    # Told of several events at once: "killed 15 insurgents during separate operations".
    summary: bool = False
    # Joined to what comes before by "and" or "with": "a commander and one other insurgent".
    joined: bool = False
    # A coder's figure for the toll told before: "the number of fatalities is coded as 10".
    coded: bool = False
    # The toll a protest, an arrest or a reprisal answers: "to denounce the killing of three farmers".
    reacted: bool = False
    # Some of those of another outcome: "two of the wounded later died" are more dead, no part of the dead.
    crossed: bool = False
    group: str | None = None
    head: str | None = None  # the noun that names its people ("insurgent"), when the lexicon knows it
    attackers: bool = False
    places: tuple[Location, ...] = ()
    day: DateRange | None = None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(place.name.lower() for place in self.places)


class ArticleParts(NamedTuple):
    """What the incidents stage reads of an article: its text, title, date, claims and places.

    ``extract`` hands these over before the :class:`~conflictclaims.model.Article`
    is built, so that the article is built (and checked) once, with its incidents,
    along with the text lower-cased (by ``lower_keeping_offsets``) and the token table it already has.
    """

    text: str
    title: str | None
    published: dt.date | None
    claims: tuple[Claim, ...]
    locations: tuple[Location, ...]
    lowered: str | None = None
    tokens: Tokens | None = None

    @classmethod
    def of(cls, article: Article) -> ArticleParts:
        """The parts of a finished article."""
        return cls(article.text, article.title, article.published, article.claims, article.locations)


def read_count(lowered: str, note: Note, subject_words: tuple[str, ...]) -> None:
    """Read the words right around a claim's count: subset, total and additive markers.

    ``lowered`` is the article text lower-cased, its offsets kept.
    """
    claim = note.claim
    count = claim.count
    if count is None or count.span is None:
        return
    sentence_start, sentence_end = note.sentence
    at, after = count.span.start, count.span.end
    lead = lowered[max(sentence_start, at - 40) : at]
    trail = lowered[after : min(sentence_end, after + 40)]
    partitive = SUBSET_AFTER_RE.match(trail) is not None
    note.crossed = partitive and _of_another_outcome(claim, trail)
    note.subset = SUBSET_BEFORE_RE.search(lead) is not None or (partitive and not note.crossed)
    note.possessive = POSSESSIVE_AFTER_RE.match(trail) is not None
    # "Both men were detained", "two insurgents, one of whom was …": those told before are among them.
    members = count.text.lower() == "both" or MEMBERS_AFTER_RE.match(lowered, after, sentence_end) is not None
    note.total = members or TOTAL_BEFORE_RE.search(lead) is not None or TOTAL_AFTER_RE.match(trail) is not None
    lead_words = words_at_end(lead, 2)
    rest = lowered[after : claim.evidence.end]
    note.additive = not lex.ADDITIVE_WORDS.isdisjoint((*lead_words[-2:], *subject_words[:2])) or (
        # Its words are read only when one of the words stands in it, as a part of a word or whole.
        any(map(rest.__contains__, lex.ADDITIVE_WORDS))
        and not lex.ADDITIVE_WORDS.isdisjoint(WORD.findall(rest))
    )
    note.joined = bool(lead_words) and lead_words[-1] in {"and", "with", "plus"}
    note.coded = lead.rstrip().endswith(lex.CODED_BEFORE)


def _of_another_outcome(claim: Claim, trail: str) -> bool:
    """Whether a partitive names people of another outcome: "two of the wounded later died" adds to the dead."""
    words = WORD.findall(trail, 0, 30)[:3]
    named = next((claim_lex.INCLUSION_NOUNS[w] for w in words[1:] if w in claim_lex.INCLUSION_NOUNS), None)
    return named is not None and named != claim.outcome.value
