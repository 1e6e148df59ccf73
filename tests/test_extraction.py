"""Claim extraction: the seed articles as golden fixtures and a curated phrasing corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims import Article, CeasefireStatus, Claim, Party, Stance, extract
from tests.civil_wars import CASES as CIVIL_WAR_CASES
from tests.civil_wars import KNOWN_FAILURES as CIVIL_WAR_FAILURES
from tests.corpus import ANY, CASES, Case, Expect

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD: dict[str, Any] = json.loads((Path(__file__).parent / "data" / "seeds_gold.json").read_text(encoding="utf-8"))[
    "articles"
]


def _seed(name: str) -> tuple[str, Article]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, extract(text, article_id=name)


def _matches(claim: Claim, gold: dict[str, Any], text: str) -> bool:
    """Whether ``claim`` is the gold claim: evidence overlap and every coded field equal."""
    start = text.find(gold["evidence"])
    end = start + len(gold["evidence"])
    spans = [claim.evidence] + ([claim.count.span] if claim.count is not None and claim.count.span else [])
    if not any(s.start < end and start < s.end for s in spans):
        return False
    count = None if claim.count is None else {"low": claim.count.low, "high": claim.count.high}
    subject = gold["subject"]["country"]
    subject_ok = (claim.subject.country is None) if "+" in (subject or "") else claim.subject.country == subject
    claimant_country = None if claim.claimant is None else claim.claimant.country
    gold_claimant = None if gold["claimant"] is None else gold["claimant"]["country"]
    return (
        claim.outcome.value == gold["outcome"]
        and count == gold["count"]
        and claim.unit.value == gold["unit"]
        and claim.stance.value == gold["stance"]
        and subject_ok
        and claimant_country == gold_claimant
        and (gold["claimant"] is None) == (claim.claimant is None)
    )


@pytest.mark.parametrize(
    ("name", "index"),
    [
        pytest.param(name, i, id=f"{name[:3]}-{gold['evidence'][:40]}")
        for name, article in GOLD.items()
        for i, gold in enumerate(article["claims"])
        if gold["required"]
    ],
)
def test_seed_gold_claim_is_extracted(name: str, index: int) -> None:
    """Every required hand-annotated claim of the seeds comes out with every coded field right."""
    text, article = _seed(name)
    gold = GOLD[name]["claims"][index]
    assert any(_matches(claim, gold, text) for claim in article.claims), [
        (c.outcome.value, text[c.evidence.start : c.evidence.end]) for c in article.claims
    ]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_numbers_that_are_not_counts_make_no_claim(name: str) -> None:
    """Years, distances, durations and speakers ("two senior security officials") never become claims."""
    text, article = _seed(name)
    for phrase in GOLD[name]["not_counts"]:
        for claim in article.claims:
            if claim.count is not None and claim.count.span is not None:
                assert text[claim.count.span.start : claim.count.span.end] != phrase


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_ceasefires_name_their_mediators(name: str) -> None:
    """Each annotated ceasefire is found with exactly its mediators."""
    text, article = _seed(name)
    for gold in GOLD[name]["ceasefires"]:
        start = text.find(gold["evidence"])
        found = [
            c for c in article.ceasefires if c.evidence.start < start + len(gold["evidence"]) and start < c.evidence.end
        ]
        assert found, gold["evidence"]
        assert {m.country for m in found[0].mediators} == set(gold["mediators"])
        assert {p.country for p in found[0].parties} == set(gold["parties"])


def test_violated_temporary_ceasefire() -> None:
    """ "helped broker a temporary ceasefire, repeated violations undermined" reads as temporary and violated."""
    _, article = _seed("000_7cf157936336e484.txt")
    (ceasefire,) = article.ceasefires
    assert ceasefire.temporary is True
    assert ceasefire.status is CeasefireStatus.VIOLATED


def test_october_claims_carry_an_october_period() -> None:
    """Background claims about October's clashes are dated to October 2025, not to the strikes."""
    _, article = _seed("000_7cf157936336e484.txt")
    (claim,) = [c for c in article.claims if c.count is not None and c.count.text == "more than 70"]
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def test_claim_locations_come_from_its_sentence() -> None:
    """ "19 civilians died … in Khost and Paktika" carries both provinces, resolved to Afghanistan."""
    _, article = _seed("000_7cf157936336e484.txt")
    (claim,) = [c for c in article.claims if c.count is not None and c.count.low == 19]
    assert {loc.country for loc in claim.locations} == {"AFG"}
    assert len(claim.locations) >= 2


def test_denial_is_a_denied_zero_claim() -> None:
    """ "denied that any Pakistani soldiers had been captured" is a denied claim of zero captured."""
    _, article = _seed("004_b68fe75716a7d4db.txt")
    (claim,) = [c for c in article.claims if c.stance is Stance.DENIED]
    assert claim.count is not None
    assert (claim.count.low, claim.count.high) == (0, 0)
    assert claim.claimant is not None
    assert claim.claimant.name == "Mosharraf Ali Zaidi"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_corpus_case(case: Case) -> None:
    """Each curated phrasing gives exactly its expected claims, in text order."""
    article = extract(case.text, published=case.published)
    got = [_observed(c) for c in article.claims]
    assert len(got) == len(case.claims), got
    for observed, expected in zip(got, case.claims, strict=True):
        for field, value in observed.items():
            wanted = getattr(expected, field)
            assert wanted in (ANY, value), (field, observed, expected)


def _observed(claim: Claim) -> dict[str, Any]:
    return {
        "outcome": claim.outcome.value,
        "low": None if claim.count is None else claim.count.low,
        "high": None if claim.count is None else claim.count.high,
        "unit": claim.unit.value,
        "subject": claim.subject.country,
        "kind": claim.subject.kind.value,
        "claimant": None if claim.claimant is None else claim.claimant.country,
        "stance": claim.stance.value,
        "party": party_key(claim.subject.party),
        "claimant_party": None if claim.claimant is None else party_key(claim.claimant.party),
    }


_PARTY_PREFIXES = {"state": "state", "armed_group": "group", "civilians": "civilians", "international": "intl"}


def party_key(party: Party) -> str:
    """A party written as the corpus writes it: ``state:SDN``, ``group:Rapid Support Forces``, ``unknown``."""
    if not party.known:
        return "unknown"
    value = party.country if party.kind.value in {"state", "civilians"} else party.name
    return f"{_PARTY_PREFIXES[party.kind.value]}:{value}"


def test_expect_defaults_check_nothing_but_outcome_and_low() -> None:
    """The corpus's ``ANY`` default leaves a field unchecked."""
    assert Expect(outcome="killed", low=1).subject == ANY


# --------------------------------------------------------------------------- header


def test_wire_dateline_names_the_source() -> None:
    """A dateline such as "KYIV, Ukraine (AP) —" gives the agency as source."""
    assert extract("KYIV, Ukraine (AP) — Two soldiers were killed.").source == "AP"
    assert extract("KABUL, Afghanistan — Two soldiers were killed.").source is None


def test_ceasefire_brokers_are_not_parties() -> None:
    """ "A truce brokered by Saudi Arabia and the United States" names mediators, not sides."""
    text = (
        "The Sudanese army said it killed 100 RSF fighters in Khartoum. The RSF said the army lost 40 soldiers. "
        "A 72-hour truce brokered by Saudi Arabia and the United States collapsed within hours in May last year."
    )
    (ceasefire,) = extract(text, published=dt.date(2024, 5, 14)).ceasefires
    assert {m.country for m in ceasefire.mediators} == {"SAU", "USA"}
    assert {p.country for p in ceasefire.parties} == {"SDN"}
    assert ceasefire.status is CeasefireStatus.COLLAPSED
    assert ceasefire.temporary is True
    assert ceasefire.period is not None
    assert (ceasefire.period.start, ceasefire.period.end) == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))


def test_ceasefire_parties_between_a_state_and_a_group() -> None:
    """ "broker a ceasefire between Israel and Hamas" names both parties and a proposed status."""
    text = "Egypt and Qatar have been trying to broker a ceasefire between Israel and Hamas, but talks have stalled."
    (ceasefire,) = extract(text).ceasefires
    assert {m.country for m in ceasefire.mediators} == {"EGY", "QAT"}
    assert {p.country for p in ceasefire.parties} == {"ISR", "PSE"}
    assert ceasefire.status is CeasefireStatus.PROPOSED


def test_explicit_arguments_override_the_header() -> None:
    """published, source, title and id given by the caller win over the text's own."""
    article = extract(" date 2026-02-28 Text.", published=dt.date(2020, 1, 1), source="X", title="T", article_id="a1")
    assert (article.published, article.source, article.title, article.id) == (dt.date(2020, 1, 1), "X", "T", "a1")


def test_default_id_is_stable() -> None:
    """Without an id, the same text gets the same id."""
    assert extract("Ten died.").id == extract("Ten died.").id != extract("Nine died.").id


# --------------------------------------------------------------------------- properties


def _spans_point_inside(article: Article) -> None:
    size = len(article.text)
    for claim in article.claims:
        assert 0 <= claim.evidence.start <= claim.evidence.end <= size
        if claim.count is not None and claim.count.span is not None:
            span = claim.count.span
            assert article.text[span.start : span.end] == claim.count.text
    for actor in article.actors:
        for span in actor.mentions:
            assert span.end <= size


@given(st.text())
def test_extract_never_raises_on_text(text: str) -> None:
    """Any string gives an Article whose spans point inside it."""
    _spans_point_inside(extract(text))


_NAMES = st.sampled_from(
    [
        ("Ukraine's military", "UKR"),
        ("Taliban spokesman Zabihullah Mujahid", "AFG"),
        ("Sudan's army", "SDN"),
        ("Israeli military spokesman Daniel Hagari", "ISR"),
    ]
)
_FILLER = st.sampled_from(["", "Fighting went on. ", "The border stayed shut for days. ", "Talks stalled. "])


@given(_FILLER, _NAMES, st.integers(min_value=2, max_value=99_999), _FILLER)
def test_planted_claim_comes_back(before: str, speaker: tuple[str, str], number: int, after: str) -> None:
    """A planted "X said N soldiers were killed" returns with its count span, outcome and claimant side."""
    name, country = speaker
    figure = f"{number:,}"
    sentence = f"{name} said {figure} soldiers were killed."
    text = before + sentence + " " + after
    article = extract(text)
    killed = [c for c in article.claims if c.count is not None and c.count.low == number]
    assert len(killed) == 1
    claim = killed[0]
    assert claim.count is not None
    assert claim.count.span is not None
    assert text[claim.count.span.start : claim.count.span.end] == figure
    assert claim.claimant is not None
    assert claim.claimant.country == country


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason=CIVIL_WAR_FAILURES[c.id]))
        if c.id in CIVIL_WAR_FAILURES
        else pytest.param(c, id=c.id)
        for c in CIVIL_WAR_CASES
    ],
)
def test_civil_war_case(case: Case) -> None:
    """Each civil-war sentence gives its claims with the sides a coder gives them."""
    article = extract(case.text, published=case.published)
    got = [_observed(c) for c in article.claims]
    for expected in case.claims:
        found = [o for o in got if (o["outcome"], o["low"]) == (expected.outcome, expected.low)]
        assert found, (expected, got)
        for field, value in found[0].items():
            wanted = getattr(expected, field)
            assert wanted in (ANY, value), (field, found[0], expected)
