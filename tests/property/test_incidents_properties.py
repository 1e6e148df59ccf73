"""Hypothesis properties of conflictclaims.incidents: any article's claims are shared out, and every toll is sound."""

from __future__ import annotations

import attrs
from hypothesis import given, note
from hypothesis import strategies as st

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
