"""Hypothesis properties of conflictclaims.incidents: any article's claims are shared out, and every toll is sound."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from conflictclaims import _incident_cues, _incident_lexicon
from conflictclaims._patterns import AnchoredPattern
from conflictclaims.incidents import find_incidents
from conflictclaims.model import Article
from tests.invariants import check_incidents
from tests.strategies import article_texts, articles


@given(articles(max_claims=6))
def test_any_article_is_grouped_without_error(article: Article) -> None:
    """Whatever the claims and text, every claim lands in exactly one incident and every estimate is ordered."""
    grouped = attrs.evolve(article, incidents=find_incidents(article))
    note(repr(grouped.incidents))
    check_incidents(grouped)


@given(articles(max_claims=6))
def test_incidents_are_numbered_and_refer_within(article: Article) -> None:
    """Incidents are numbered i1, i2, … and a claim refers only to a claim of its own incident."""
    incidents = find_incidents(article)
    assert [incident.id for incident in incidents] == [f"i{n}" for n in range(1, len(incidents) + 1)]
    for incident in incidents:
        members = {id(member.claim) for member in incident.claims}
        assert all(member.of is None or id(member.of) in members for member in incident.claims)


@given(articles(max_claims=6))
def test_grouping_is_deterministic(article: Article) -> None:
    """Grouping the same article twice gives the same incidents."""
    assert find_incidents(article) == find_incidents(article)


@given(st.one_of(article_texts(), st.text(alphabet=" .,;:\n0123456789attackillednthe", max_size=300)))
def test_a_claimless_article_has_no_incidents(text: str) -> None:
    """Any text without claims gives no incident."""
    assert find_incidents(Article(id="a", text=text)) == ()


# Each pattern written for speed, beside the plain spelling of its grammar line.
_REWRITTEN = {
    "BREAK": r"""[.!?]["'”’)\]]*(?:\s+|$)|\n\s*""",
    "YEAR_RE": r"(?<![\w-])(?:19[5-9]\d|20\d\d)(?![\w-])",
    "DATELINE_PLACE_RE": r"\b[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*,\s[^\n]{0,40}?\s[-–—]\s",
}


@pytest.mark.parametrize("name", sorted(_REWRITTEN))
@given(text=st.text(alphabet=".!?\n \t\"'”’)]-–,aAZ_0125679\u2028\u0660", max_size=40))
def test_patterns_written_for_speed_match_their_grammar(name: str, text: str) -> None:
    """A pattern reordered so the engine can skip ahead finds exactly what its plain spelling finds."""
    fast, plain = getattr(_incident_cues, name), re.compile(_REWRITTEN[name])
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


_ANCHORED = sorted(name for name, value in vars(_incident_cues).items() if isinstance(value, AnchoredPattern))
_CUE_WORDS = sorted(
    {
        word
        for phrases in (
            _incident_lexicon.WAR_NOUNS, _incident_lexicon.CURRENT_TIME, _incident_lexicon.ELSEWHERE,
            _incident_lexicon.SEPARATE_WORDS, _incident_lexicon.SUMMARY_QUANTIFIERS, _incident_lexicon.SUMMARY_EVENTS,
            _incident_lexicon.EVENT_NOUNS, _incident_lexicon.TOLL_VERBS_OF_WARS,
        )
        for phrase in phrases
        for word in phrase.split()
    }
    | {"has", "have", "in", "the", ",", "x"}
)  # fmt: skip


@pytest.mark.parametrize("name", _ANCHORED)
@given(words=st.lists(st.sampled_from(_CUE_WORDS), max_size=12), gaps=st.lists(st.sampled_from([" ", "  ", "\n", ""])))
def test_anchored_patterns_find_what_their_patterns_find(name: str, words: list[str], gaps: list[str]) -> None:
    """Skipping a window without an anchor word never loses a match: every match holds one."""
    text = "".join(word + (gaps[i] if i < len(gaps) else " ") for i, word in enumerate(words))
    anchored = getattr(_incident_cues, name)
    assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in anchored.pattern.finditer(text)]
