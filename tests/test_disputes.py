"""Tests for conflictclaims.disputes: grouping, sides, revisions and compatibility."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflictclaims.counts import Count, Qualifier
from conflictclaims.disputes import FALLBACK_DAYS, claim_interval, find_disputes, subject_class
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    DateRange,
    Dispute,
    Outcome,
    Party,
    PartyKind,
    Position,
    Stance,
    Unit,
)
from conflictclaims.span import Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PAK_SOLDIERS = Actor(name="Pakistani soldiers", kind=ActorKind.MILITARY, country="PAK")
AFG_SOLDIERS = Actor(name="Afghan soldiers", kind=ActorKind.MILITARY, country="AFG")
# In 2026 the Taliban are Afghanistan's state, so their fighters are its forces.
AFG_FIGHTERS = Actor(name="Afghan fighters", kind=ActorKind.ARMED_GROUP, country="AFG", party=Party.state("AFG"))
PAK_POSTS = Actor(name="Pakistani army", kind=ActorKind.MILITARY, country="PAK")
BOTH_SIDES = Actor(name="people on both sides", kind=ActorKind.UNKNOWN)

CHAUDHRY = Actor(name="Ahmed Sharif Chaudhry", kind=ActorKind.PERSON, country="PAK", role="military spokesperson")
TARAR = Actor(name="Attaullah Tarar", kind=ActorKind.PERSON, country="PAK", role="Information Minister")
ZAIDI = Actor(name="Mosharraf Ali Zaidi", kind=ActorKind.PERSON, country="PAK")
PAKISTAN = Actor(name="Pakistan", kind=ActorKind.STATE, country="PAK")
MUJAHID = Actor(name="Zabihullah Mujahid", kind=ActorKind.PERSON, country="AFG")
AFG_MOD = Actor(name="Afghanistan's Defense Ministry", kind=ActorKind.GOVERNMENT, country="AFG")
AFGHANISTAN = Actor(name="Afghanistan", kind=ActorKind.STATE, country="AFG")

OCTOBER_2025 = DateRange(start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31))
OCT_10_11 = DateRange(start=dt.date(2025, 10, 10), end=dt.date(2025, 10, 11))


def exact(value: int) -> Count:
    """Return the exact count of ``value``."""
    return Count.exact(value)


def at_least(value: int) -> Count:
    """Return the count "at least ``value``"."""
    return Count(low=value, high=None, best=value, qualifier=Qualifier.AT_LEAST)


def more_than(value: int) -> Count:
    """Return the count "more than ``value``"."""
    return Count(low=value + 1, high=None, best=value + 1, qualifier=Qualifier.MORE_THAN)


SEVERAL = Count(low=3, high=9, best=3, qualifier=Qualifier.VAGUE)
DOZENS = Count(low=12, high=99, best=12, qualifier=Qualifier.VAGUE)
NONE = Count(low=0, high=0, best=0, qualifier=Qualifier.NONE)

# One report: (claimant, subject, outcome, count, evidence sentence, options).
Report = tuple[Actor | None, Actor, Outcome, Count | None, str, dict[str, object]]


def article(article_id: str, published: dt.date | None, reports: list[Report]) -> Article:
    """Build an article whose text is the reports' evidence sentences, one claim each."""
    text = ""
    claims = []
    for claimant, subject, outcome, count, sentence, options in reports:
        start = len(text)
        text += sentence + " "
        claims.append(
            Claim(
                claimant=claimant,
                subject=subject,
                outcome=outcome,
                count=count,
                evidence=Span(start=start, end=start + len(sentence)),
                **options,  # type: ignore[arg-type]
            )
        )
    return Article(id=article_id, text=text, published=published, claims=tuple(claims))


def seed_like_articles() -> list[Article]:
    """Return hand-built articles that tell the tolls the way the five seed articles do."""
    a004 = article(
        "004",
        dt.date(2026, 2, 27),
        [
            (AFG_MOD, PAK_SOLDIERS, Outcome.KILLED, exact(55), "55 Pakistani soldiers had been killed", {}),
            (AFG_MOD, PAK_SOLDIERS, Outcome.CAPTURED, SEVERAL, "several others were captured alive", {}),
            (AFG_MOD, AFG_SOLDIERS, Outcome.KILLED, exact(8), "eight Afghan soldiers were killed", {}),
            (TARAR, PAK_SOLDIERS, Outcome.KILLED, exact(2), "two Pakistani soldiers were killed", {}),
            (TARAR, PAK_SOLDIERS, Outcome.WOUNDED, exact(3), "three wounded", {}),
            (
                ZAIDI,
                PAK_SOLDIERS,
                Outcome.CAPTURED,
                NONE,
                "denied that any Pakistani soldiers had been captured",
                {"stance": Stance.DENIED, "cue": "denied"},
            ),
            (ZAIDI, AFG_FIGHTERS, Outcome.KILLED, at_least(133), "at least 133 Afghan fighters were killed", {}),
        ],
    )
    a000 = article(
        "000",
        dt.date(2026, 2, 28),
        [
            (CHAUDHRY, AFG_FIGHTERS, Outcome.KILLED, at_least(274), "killed at least 274 Afghan personnel", {}),
            (CHAUDHRY, PAK_SOLDIERS, Outcome.KILLED, exact(12), "12 Pakistani soldiers were killed", {}),
            (CHAUDHRY, PAK_SOLDIERS, Outcome.WOUNDED, exact(27), "27 were injured", {}),
            (MUJAHID, PAK_SOLDIERS, Outcome.KILLED, exact(55), "55 Pakistani soldiers were killed", {}),
            (MUJAHID, PAK_SOLDIERS, Outcome.CAPTURED, SEVERAL, "several had been captured", {}),
            (AFGHANISTAN, AFG_SOLDIERS, Outcome.KILLED, exact(13), "13 Afghan soldiers were killed", {}),
            (
                None,
                BOTH_SIDES,
                Outcome.KILLED,
                more_than(70),
                "clashes in October that left more than 70 people dead",
                {"period": OCTOBER_2025},
            ),
        ],
    )
    a001 = article(
        "001",
        dt.date(2026, 2, 28),
        [
            (PAKISTAN, AFG_FIGHTERS, Outcome.KILLED, exact(274), "Pakistan reports killing 274 Taliban", {}),
            (AFGHANISTAN, PAK_SOLDIERS, Outcome.KILLED, exact(55), "Afghanistan claims 55 Pakistani soldiers dead", {}),
            (PAKISTAN, PAK_SOLDIERS, Outcome.KILLED, exact(12), "Pakistan admits 12 soldiers killed", {}),
            (AFGHANISTAN, AFG_FIGHTERS, Outcome.KILLED, exact(13), "13 of its fighters slain", {}),
            (None, BOTH_SIDES, Outcome.KILLED, DOZENS, "October clashes that killed dozens", {"period": OCTOBER_2025}),
        ],
    )
    a003 = article(
        "003",
        dt.date(2025, 10, 12),
        [
            (
                AFGHANISTAN,
                PAK_SOLDIERS,
                Outcome.KILLED,
                exact(58),
                "its forces killed 58 Pakistani soldiers",
                {"period": OCT_10_11},
            ),
            (
                AFGHANISTAN,
                PAK_POSTS,
                Outcome.CAPTURED,
                exact(25),
                "captured 25 army posts",
                {"unit": Unit.POSTS, "period": OCT_10_11},
            ),
            (MUJAHID, PAK_SOLDIERS, Outcome.WOUNDED, exact(30), "30 additional Pakistani soldiers were wounded", {}),
            (
                Actor(name="Pakistani security officials", kind=ActorKind.MILITARY, country="PAK"),
                PAK_POSTS,
                Outcome.CAPTURED,
                None,
                "rejected Taliban claims of seizing outposts",
                {"unit": Unit.POSTS, "stance": Stance.DENIED},
            ),
        ],
    )
    return [a004, a000, a001, a003]


def only(disputes: tuple[Dispute, ...], country: str | None, outcome: Outcome, unit: Unit = Unit.PERSONS) -> Dispute:
    """Return the one dispute about ``country``'s toll of ``outcome`` in ``unit``."""
    found = [d for d in disputes if d.subject.country == country and d.outcome is outcome and d.unit is unit]
    assert len(found) == 1, found
    return found[0]


def side(dispute: Dispute, code: str | None) -> Position:
    """Return the dispute's position for side ``code``."""
    found = [p for p in dispute.positions if p.side == code]
    assert len(found) == 1, dispute.positions
    return found[0]


def intervals(position: Position) -> list[tuple[int, int | None] | None]:
    """Return each figure's count interval, oldest first."""
    return [None if f.claim.count is None else (f.claim.count.low, f.claim.count.high) for f in position.figures]


def test_pakistani_soldiers_killed_is_a_conflict_between_a_revised_side_and_another() -> None:
    """Pakistan's 2 then 12 killed against Afghanistan's 55 is one dispute, not compatible."""
    dispute = only(find_disputes(seed_like_articles()), "PAK", Outcome.KILLED)
    assert dispute.period == DateRange(start=dt.date(2026, 2, 27), end=dt.date(2026, 2, 28))
    assert [p.side for p in dispute.positions] == ["AFG", "PAK"]
    afg, pak = dispute.positions
    assert intervals(afg) == [(55, 55)]
    assert afg.figures[0].article_ids == ("004", "000", "001")
    assert afg.figures[0].claimants == (AFG_MOD, MUJAHID, AFGHANISTAN)
    assert afg.figures[0].evidence[1] == "55 Pakistani soldiers were killed"
    assert not afg.revised
    assert intervals(pak) == [(2, 2), (12, 12)]
    assert pak.revised
    assert pak.figures[1].article_ids == ("000", "001")
    assert pak.claimant == Actor(name="Pakistan", kind=ActorKind.STATE, country="PAK")
    assert not dispute.compatible


def test_afghan_fighters_killed_pits_pakistans_hundreds_against_afghanistans_tens() -> None:
    """Pakistan's at least 133 / 274 against Afghanistan's 8 / 13 conflict; soldiers and fighters group together."""
    dispute = only(find_disputes(seed_like_articles()), "AFG", Outcome.KILLED)
    afg, pak = dispute.positions
    assert intervals(afg) == [(8, 8), (13, 13)]
    assert afg.revised
    assert intervals(pak) == [(133, None), (274, None), (274, 274)]
    assert not pak.revised
    assert not dispute.compatible


def test_captured_soldiers_several_against_a_denial_is_a_conflict() -> None:
    """Afghanistan's "several captured" against Pakistan's denial that any were is a conflict."""
    dispute = only(find_disputes(seed_like_articles()), "PAK", Outcome.CAPTURED)
    afg, pak = dispute.positions
    assert intervals(afg) == [(3, 9)]
    assert afg.figures[0].article_ids == ("004", "000")
    assert intervals(pak) == [(0, 0)]
    assert pak.figures[0].claim.stance is Stance.DENIED
    assert pak.claimant == ZAIDI
    assert not dispute.compatible


def test_october_claims_stay_apart_from_february_claims() -> None:
    """The October 2025 clashes form their own disputes, never mixed with February 2026's."""
    disputes = find_disputes(seed_like_articles(), min_sides=1)
    killed = [d for d in disputes if d.subject.country == "PAK" and d.outcome is Outcome.KILLED]
    assert [d.period for d in killed] == [
        OCT_10_11,
        DateRange(start=dt.date(2026, 2, 27), end=dt.date(2026, 2, 28)),
    ]
    assert [intervals(p) for p in killed[0].positions] == [[(58, 58)]]
    wounded = [d for d in disputes if d.subject.country == "PAK" and d.outcome is Outcome.WOUNDED]
    assert [sorted(f.article_ids[0] for p in d.positions for f in p.figures) for d in wounded] == [
        ["003"],
        ["000", "004"],
    ]
    joint = only(disputes, None, Outcome.KILLED)
    assert joint.period == OCTOBER_2025
    assert [p.side for p in joint.positions] == [None]
    assert intervals(joint.positions[0]) == [(71, None), (12, 99)]
    assert not joint.positions[0].revised


def test_a_denial_without_a_number_disputes_posts_captured() -> None:
    """Afghanistan's 25 posts captured against Pakistan's rejection of any capture is a conflict."""
    dispute = only(find_disputes(seed_like_articles()), "PAK", Outcome.CAPTURED, Unit.POSTS)
    assert dispute.period == OCT_10_11
    assert [intervals(p) for p in dispute.positions] == [[(25, 25)], [None]]
    assert not dispute.compatible


def test_one_sided_tolls_are_not_disputes_by_default() -> None:
    """Only tolls that two sides tell come back unless min_sides is lowered."""
    disputes = find_disputes(seed_like_articles())
    assert all(len(d.positions) >= 2 for d in disputes)
    assert [(d.subject.country, d.outcome.value, d.unit.value) for d in disputes] == [
        ("AFG", "killed", "persons"),
        ("PAK", "killed", "persons"),
        ("PAK", "captured", "persons"),
        ("PAK", "captured", "posts"),
    ]
    assert len(find_disputes(seed_like_articles(), min_sides=1)) > len(disputes)


def test_the_order_is_deterministic() -> None:
    """The same articles give the same disputes, even passed as a one-shot iterator."""
    assert find_disputes(iter(seed_like_articles())) == find_disputes(seed_like_articles())


def test_min_sides_below_one_is_rejected() -> None:
    """A toll cannot have fewer than one side."""
    with pytest.raises(ValueError, match="min_sides"):
        find_disputes([], min_sides=0)


def two_sides(pak: list[tuple[Count | None, Stance]], afg: list[tuple[Count | None, Stance]]) -> Dispute:
    """Return the one dispute between Pakistan's and Afghanistan's figures on Pakistani dead."""
    reports: list[Report] = [
        (claimant, PAK_SOLDIERS, Outcome.KILLED, count, f"figure {i}", {"stance": stance})
        for claimant, figures in ((TARAR, pak), (MUJAHID, afg))
        for i, (count, stance) in enumerate(figures)
    ]
    (dispute,) = find_disputes([article("a", dt.date(2026, 2, 27), reports)])
    return dispute


ASSERT = Stance.ASSERTED
DENY = Stance.DENIED


@pytest.mark.parametrize(
    ("pak", "afg", "compatible"),
    [
        pytest.param([(exact(12), ASSERT)], [(exact(12), ASSERT)], True, id="same-figure"),
        pytest.param([(at_least(10), ASSERT)], [(exact(12), ASSERT)], True, id="at-least-10-allows-12"),
        pytest.param([(exact(12), ASSERT)], [(exact(55), ASSERT)], False, id="12-vs-55"),
        pytest.param([(exact(2), ASSERT), (exact(12), ASSERT)], [(exact(12), ASSERT)], True, id="revision-meets-12"),
        pytest.param([(exact(2), ASSERT), (exact(12), ASSERT)], [(exact(5), ASSERT)], False, id="5-between-2-and-12"),
        pytest.param([(DOZENS, ASSERT)], [(more_than(70), ASSERT)], True, id="dozens-vs-more-than-70"),
        pytest.param([(NONE, DENY)], [(SEVERAL, ASSERT)], False, id="denied-any-vs-several"),
        pytest.param([(None, DENY)], [(None, ASSERT)], False, id="denied-vs-heavy-casualties"),
        pytest.param([(exact(55), DENY)], [(exact(55), ASSERT)], True, id="denying-55-sets-no-interval"),
        pytest.param([(None, ASSERT)], [(exact(3), ASSERT)], True, id="unquantified-is-at-least-one"),
    ],
)
def test_compatibility(
    pak: list[tuple[Count | None, Stance]], afg: list[tuple[Count | None, Stance]], compatible: bool
) -> None:
    """A dispute is compatible when one value lies in at least one figure of every side."""
    assert two_sides(pak, afg).compatible is compatible


@pytest.mark.parametrize(
    ("figures", "revised"),
    [
        pytest.param([exact(2), exact(12)], True, id="2-then-12"),
        pytest.param([at_least(133), exact(274)], False, id="at-least-133-then-274"),
        pytest.param([exact(12), exact(12)], False, id="repeated"),
        pytest.param([SEVERAL, exact(12)], True, id="several-then-12"),
    ],
)
def test_revised_when_a_sides_figures_do_not_overlap(figures: list[Count], revised: bool) -> None:
    """A side whose figures cannot all be true at once has revised its figure."""
    dispute = two_sides([(c, ASSERT) for c in figures], [(exact(55), ASSERT)])
    assert side(dispute, "PAK").revised is revised


def test_repeated_figure_counts_once_per_side() -> None:
    """The same figure from the same side in one article is one figure with one article id."""
    dispute = two_sides([(exact(12), ASSERT), (exact(12), ASSERT)], [(exact(55), ASSERT)])
    (figure,) = side(dispute, "PAK").figures
    assert figure.article_ids == ("a",)
    assert figure.evidence == ("figure 0",)


@pytest.mark.parametrize(
    ("days_apart", "same_event"),
    [
        pytest.param(0, True, id="same-day"),
        pytest.param(2 * FALLBACK_DAYS, True, id="windows-touch"),
        pytest.param(2 * FALLBACK_DAYS + 1, False, id="windows-apart"),
        pytest.param(120, False, id="months-apart"),
    ],
)
def test_undated_claims_fall_back_to_the_publication_date(days_apart: int, same_event: bool) -> None:
    """Claims without a period cover the publication day plus or minus FALLBACK_DAYS days."""
    day = dt.date(2026, 2, 27)
    first = article("a", day, [(TARAR, PAK_SOLDIERS, Outcome.KILLED, exact(2), "two killed", {})])
    later = day + dt.timedelta(days=days_apart)
    second = article("b", later, [(MUJAHID, PAK_SOLDIERS, Outcome.KILLED, exact(55), "55 killed", {})])
    disputes = find_disputes([first, second])
    assert len(disputes) == (1 if same_event else 0)
    if same_event:
        assert disputes[0].period == DateRange(start=day, end=later)


def test_undated_articles_form_one_undated_group() -> None:
    """Claims with neither a period nor a publication date are compared with each other only."""
    first = article("a", None, [(TARAR, PAK_SOLDIERS, Outcome.KILLED, exact(2), "two killed", {})])
    second = article("b", None, [(MUJAHID, PAK_SOLDIERS, Outcome.KILLED, exact(55), "55 killed", {})])
    dated = article("c", dt.date(2026, 2, 27), [(MUJAHID, PAK_SOLDIERS, Outcome.KILLED, exact(9), "9 killed", {})])
    disputes = find_disputes([first, second, dated], min_sides=1)
    assert [d.period for d in disputes] == [DateRange.day(dt.date(2026, 2, 27)), None]
    assert [p.side for p in disputes[1].positions] == ["AFG", "PAK"]


def test_published_datetimes_count_by_their_day() -> None:
    """An article published with a time of day falls back to that day's window."""
    when = dt.datetime(2026, 2, 27, 23, 30, tzinfo=dt.UTC)
    first = article("a", when, [(TARAR, PAK_SOLDIERS, Outcome.KILLED, exact(2), "two killed", {})])
    second = article("b", when.date(), [(MUJAHID, PAK_SOLDIERS, Outcome.KILLED, exact(55), "55 killed", {})])
    (dispute,) = find_disputes([first, second])
    assert dispute.period == DateRange.day(dt.date(2026, 2, 27))


def test_sides_without_a_country_are_told_apart_by_name() -> None:
    """Claimants of no known country are a side each; unattributed claims are one more side."""
    reports: list[Report] = [
        (Actor(name="Local Elders"), PAK_SOLDIERS, Outcome.KILLED, exact(4), "elders said four", {}),
        (Actor(name="local  elders"), PAK_SOLDIERS, Outcome.KILLED, exact(4), "the elders said four", {}),
        (Actor(name="A witness"), PAK_SOLDIERS, Outcome.KILLED, exact(6), "a witness said six", {}),
        (None, PAK_SOLDIERS, Outcome.KILLED, exact(5), "five were killed", {}),
    ]
    (dispute,) = find_disputes([article("a", dt.date(2026, 2, 27), reports)])
    assert [(p.side, p.claimant.name if p.claimant else None) for p in dispute.positions] == [
        (None, "A witness"),
        (None, "Local Elders"),
        (None, None),
    ]
    assert not dispute.compatible


def test_civilians_and_combatants_are_different_subjects() -> None:
    """Civilian and military dead of one country are separate tolls."""
    civilians = Actor(name="civilians", kind=ActorKind.CIVILIANS, country="AFG")
    reports: list[Report] = [
        (MUJAHID, civilians, Outcome.KILLED, exact(19), "19 civilians died", {}),
        (CHAUDHRY, AFG_FIGHTERS, Outcome.KILLED, exact(19), "19 fighters died", {}),
    ]
    assert find_disputes([article("a", dt.date(2026, 2, 27), reports)]) == ()


RSF = Party(kind=PartyKind.ARMED_GROUP, name="Rapid Support Forces", country="SDN")
SAF_SPOKESMAN = Actor(
    name="Nabil Abdallah", kind=ActorKind.PERSON, country="SDN", role="army spokesman", party=Party.state("SDN")
)
RSF_STATEMENT = Actor(name="Rapid Support Forces", kind=ActorKind.ARMED_GROUP, country="SDN", party=RSF)
RSF_FIGHTERS = Actor(name="RSF fighters", kind=ActorKind.ARMED_GROUP, country="SDN", party=RSF)
SUDANESE_SOLDIERS = Actor(name="soldiers", kind=ActorKind.MILITARY, country="SDN")
SUDAN_DAY = dt.date(2025, 5, 4)


def civil_war_articles() -> list[Article]:
    """Return two reports of one Sudanese battle, told by the army and by the RSF."""
    army = article(
        "army",
        SUDAN_DAY,
        [
            (SAF_SPOKESMAN, RSF_FIGHTERS, Outcome.KILLED, exact(40), "40 RSF fighters were killed", {}),
            (SAF_SPOKESMAN, SUDANESE_SOLDIERS, Outcome.KILLED, exact(2), "two soldiers were killed", {}),
        ],
    )
    rsf = article(
        "rsf",
        SUDAN_DAY,
        [
            (RSF_STATEMENT, RSF_FIGHTERS, Outcome.KILLED, exact(5), "five of its fighters were killed", {}),
            (RSF_STATEMENT, SUDANESE_SOLDIERS, Outcome.KILLED, exact(60), "60 soldiers were killed", {}),
            (None, SUDANESE_SOLDIERS, Outcome.KILLED, None, "soldiers died in the battle", {}),
        ],
    )
    return [army, rsf]


def test_the_sides_of_a_civil_war_are_its_parties_not_its_country() -> None:
    """The army and the RSF are two sides of one Sudanese toll, though both sides' country is Sudan."""
    disputes = find_disputes(civil_war_articles())
    rsf_dead = [d for d in disputes if d.subject.party == RSF]
    assert len(rsf_dead) == 1, disputes
    assert [p.party for p in rsf_dead[0].positions] == [RSF, Party.state("SDN")]
    assert [p.side for p in rsf_dead[0].positions] == ["SDN", "SDN"]
    assert [intervals(p) for p in rsf_dead[0].positions] == [[(5, 5)], [(40, 40)]]
    assert not rsf_dead[0].compatible


def test_a_state_and_an_armed_group_of_one_country_are_different_subjects() -> None:
    """Dead RSF fighters and dead Sudanese soldiers are two tolls, not one toll of 'Sudan combatants'."""
    disputes = find_disputes(civil_war_articles(), min_sides=1)
    subjects = {str(d.subject) for d in disputes}
    assert subjects == {"Rapid Support Forces", "Sudan military"}


def test_the_articles_own_voice_has_no_party() -> None:
    """An unattributed claim is a side of its own, with neither party nor country."""
    army_dead = [d for d in find_disputes(civil_war_articles()) if d.subject.party == Party.state("SDN")]
    assert len(army_dead) == 1
    own_voice = army_dead[0].positions[-1]
    assert (own_voice.claimant, own_voice.party, own_voice.side) == (None, None, None)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        pytest.param(ActorKind.MILITARY, "combatants", id="military"),
        pytest.param(ActorKind.POLICE, "combatants", id="police"),
        pytest.param(ActorKind.ARMED_GROUP, "combatants", id="armed-group"),
        pytest.param(ActorKind.CIVILIANS, "civilians", id="civilians"),
        pytest.param(ActorKind.UNKNOWN, "other", id="unknown"),
    ],
)
def test_subject_class(kind: ActorKind, expected: str) -> None:
    """Fighting parties share one class so that differently named dead line up."""
    assert subject_class(kind) == expected


def test_claim_interval_of_a_denied_figure_is_none() -> None:
    """Denying a non-zero figure rules out that figure only, which is no interval."""
    claim = Claim(
        claimant=ZAIDI,
        subject=PAK_SOLDIERS,
        outcome=Outcome.KILLED,
        count=exact(55),
        stance=Stance.DENIED,
        evidence=Span(start=0, end=0),
    )
    assert claim_interval(claim) is None


def seed_articles() -> list[Article]:
    """Extract the five seed articles, named by their file names."""
    from conflictclaims.extraction import extract  # noqa: PLC0415 - the seeds test alone needs the extractor

    return [extract(p.read_text(encoding="utf-8"), article_id=p.name) for p in sorted(SEEDS.glob("*.txt"))]


def figures_of(position: Position) -> set[tuple[int, int | None]]:
    """Return the set of count intervals a position gives."""
    return {iv for iv in intervals(position) if iv is not None}


def test_seed_articles_reproduce_the_february_disputes() -> None:
    """Extracting the real seeds yields the three February 2026 conflicts and keeps October apart."""
    disputes = find_disputes(seed_articles())
    pak_killed = [d for d in disputes if d.subject.country == "PAK" and d.outcome is Outcome.KILLED]
    february = [d for d in pak_killed if d.period is not None and d.period.start.year == 2026]
    assert len(february) == 1, pak_killed
    dispute = february[0]
    assert {(55, 55)} <= figures_of(side(dispute, "AFG"))
    assert {(2, 2), (12, 12)} <= figures_of(side(dispute, "PAK"))
    assert side(dispute, "PAK").revised
    assert all((58, 58) not in figures_of(p) for p in dispute.positions)
    assert not dispute.compatible

    afg_killed = [
        d
        for d in disputes
        if d.subject.country == "AFG" and d.outcome is Outcome.KILLED and subject_class(d.subject.kind) == "combatants"
    ]
    assert len(afg_killed) == 1, afg_killed
    assert {(133, None)} <= figures_of(side(afg_killed[0], "PAK"))
    assert {(8, 8), (13, 13)} <= figures_of(side(afg_killed[0], "AFG"))
    assert not afg_killed[0].compatible

    captured = only(disputes, "PAK", Outcome.CAPTURED)
    assert figures_of(side(captured, "AFG")) == {(3, 9)}
    assert figures_of(side(captured, "PAK")) == {(0, 0)}
    assert not captured.compatible
