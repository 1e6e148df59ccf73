"""Tests for conflictclaims.model: parties, incidents, claim roles and the estimate across sources."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re
from typing import TYPE_CHECKING, Final

import attrs
import pytest

from conflictclaims.counts import Count, Estimate, PointPolicy, Qualifier, Span, parse_count
from conflictclaims.model import (
    Actor,
    ActorKind,
    Article,
    Ceasefire,
    Claim,
    ClaimRole,
    DateRange,
    Incident,
    IncidentClaim,
    Location,
    LocationKind,
    Outcome,
    Party,
    PartyKind,
    Stance,
    Unit,
)

if TYPE_CHECKING:
    import enum
    from collections.abc import Callable

ARMY = Actor(name="the army", kind=ActorKind.MILITARY, country="SOM")
REBELS = Actor(name="al-Shabaab", kind=ActorKind.ARMED_GROUP, country="SOM")
MONITOR = Actor(name="a monitor", kind=ActorKind.ORGANIZATION)
SOLDIERS = Actor(name="soldiers", kind=ActorKind.MILITARY, country="SOM")
CIVILIANS = Actor(name="civilians", kind=ActorKind.CIVILIANS, country="SOM")

SEVERAL: Final = Count(low=3, high=9, best=3, qualifier=Qualifier.VAGUE)
MANY: Final = Count(low=2, high=None, best=2, qualifier=Qualifier.VAGUE)
NONE: Final = Count(low=0, high=0, best=0, qualifier=Qualifier.NONE)


def claim(  # noqa: PLR0913 - one argument per field a test varies
    count: Count | None,
    *,
    claimant: Actor | None = None,
    subject: Actor = SOLDIERS,
    outcome: Outcome = Outcome.KILLED,
    stance: Stance = Stance.ASSERTED,
    at: int = 0,
) -> Claim:
    """Return a claim whose evidence is the one character at ``at``."""
    return Claim(
        claimant=claimant,
        subject=subject,
        outcome=outcome,
        count=count,
        stance=stance,
        evidence=Span(start=at, end=at + 1),
    )


def exact(value: int) -> Count:
    """Return the count of exactly ``value``."""
    return Count.exact(value)


def between(low: int, high: int) -> Count:
    """Return the closed range ``low`` to ``high``."""
    return Count(low=low, high=high, best=low, qualifier=Qualifier.RANGE)


def incident(*members: IncidentClaim) -> Incident:
    """Return an incident of ``members``."""
    return Incident(id="i1", claims=members)


def report(c: Claim, role: ClaimRole = ClaimRole.REPORT) -> IncidentClaim:
    """Return ``c`` as a toll of its own."""
    return IncidentClaim(claim=c, role=role)


def restating(c: Claim, of: Claim) -> IncidentClaim:
    """Return ``c`` as a restatement of ``of``."""
    return IncidentClaim(claim=c, role=ClaimRole.RESTATEMENT, of=of)


# ---------------------------------------------------------------------------
# Parties
# ---------------------------------------------------------------------------


def test_a_state_and_its_civilians_are_named_for_their_country() -> None:
    """A state's and civilians' name follows from the country, so each meaning has one spelling."""
    assert Party.state("SDN") == Party(kind=PartyKind.STATE, country="SDN") == Party(
        kind=PartyKind.STATE, name="Sudan", country="SDN"
    )
    assert Party.state("COD").name == "DR Congo"
    assert Party.civilians("UKR").name == "civilians in Ukraine"
    assert Party.unknown().name == "unknown"
    assert not Party.unknown("LBN").known


@pytest.mark.parametrize(
    "fields",
    [
        pytest.param({"kind": PartyKind.STATE}, id="state-without-country"),
        pytest.param({"kind": PartyKind.CIVILIANS, "name": "civilians"}, id="civilians-without-country"),
        pytest.param({"kind": PartyKind.STATE, "name": "Sudanese army", "country": "SDN"}, id="state-misnamed"),
        pytest.param({"kind": PartyKind.ARMED_GROUP, "country": "SDN"}, id="group-without-name"),
        pytest.param({"kind": PartyKind.STATE, "country": "XXX"}, id="not-a-country"),
        pytest.param({"kind": "state", "country": "SDN"}, id="kind-not-an-enum"),
    ],
)
def test_impossible_parties_are_rejected(fields: dict[str, object]) -> None:
    """A state or civilians need a country and their canonical name; a group needs a name."""
    with pytest.raises((ValueError, TypeError)):
        Party(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: Party.state("XXX"), id="state-of-no-country"),
        pytest.param(lambda: Party.civilians("afg"), id="civilians-of-a-lower-case-code"),
        pytest.param(lambda: Party.unknown(["AFG"]), id="unknown-of-a-list"),  # type: ignore[arg-type]
    ],
)
def test_shortcuts_check_their_country(make: Callable[[], Party]) -> None:
    """The shortcuts' parties are shared per country, and a bad country still fails as the constructor fails."""
    with pytest.raises(ValueError, match="alpha-3"):
        make()


def test_shortcuts_share_one_party_per_country() -> None:
    """A shortcut gives the very party it gave before for that country, equal to a constructed one."""
    assert Party.state("SDN") is Party.state("SDN")
    assert Party.civilians("SDN") == Party(kind=PartyKind.CIVILIANS, country="SDN")
    assert Party.unknown() is Party.unknown(None)


@pytest.mark.parametrize(
    ("actor", "party"),
    [
        pytest.param(ARMY, Party.state("SOM"), id="forces-are-their-state"),
        pytest.param(CIVILIANS, Party.civilians("SOM"), id="civilians"),
        pytest.param(REBELS, Party(kind=PartyKind.ARMED_GROUP, name="al-Shabaab", country="SOM"), id="group"),
        pytest.param(MONITOR, Party.unknown(), id="organization-unknown"),
        pytest.param(Actor(name="Ahmed", kind=ActorKind.PERSON, country="AFG"), Party.unknown("AFG"), id="person"),
        pytest.param(Actor(name="soldiers", kind=ActorKind.MILITARY), Party.unknown(), id="forces-of-no-country"),
    ],
)
def test_an_actor_without_a_party_takes_the_one_its_kind_and_country_give(actor: Actor, party: Party) -> None:
    """Left out, an actor's party follows from its kind and country."""
    assert actor.party == party


def test_an_actor_keeps_the_party_it_is_given() -> None:
    """An explicit party wins over the one kind and country would give: the Taliban are a state after 2021."""
    taliban = Actor(name="Taliban", kind=ActorKind.ARMED_GROUP, country="AFG", party=Party.state("AFG"))
    assert taliban.party == Party.state("AFG")


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def test_a_derived_role_needs_the_claim_it_refers_to() -> None:
    """A restatement, breakdown or subset without ``of`` is refused, naming the field."""
    with pytest.raises(ValueError, match="of must name the claim it refers to"):
        IncidentClaim(claim=claim(exact(2)), role=ClaimRole.SUBSET)


def test_a_toll_of_its_own_refers_to_nothing() -> None:
    """A report, background or cumulative claim with ``of`` is refused."""
    first = claim(exact(2))
    with pytest.raises(ValueError, match="of must be None"):
        IncidentClaim(claim=claim(exact(3), at=1), role=ClaimRole.REPORT, of=first)


def test_of_must_count_the_same_outcome() -> None:
    """A restatement of a claim about another outcome is refused."""
    wounded = claim(exact(2), outcome=Outcome.WOUNDED)
    with pytest.raises(ValueError, match="outcome and unit"):
        restating(claim(exact(2), at=1), wounded)


def test_of_must_be_in_the_same_incident() -> None:
    """An incident refuses a member whose ``of`` names a claim outside it."""
    outside, inside = claim(exact(2)), claim(exact(3), at=1)
    with pytest.raises(ValueError, match=r"claims\[0\]\.of is not another claim of this incident"):
        incident(restating(inside, outside))


def test_an_incident_needs_an_id() -> None:
    """An empty id is refused."""
    with pytest.raises(ValueError, match="id must not be empty"):
        Incident(id="")


def test_article_incidents_hold_its_own_claims() -> None:
    """An article refuses an incident of a claim it does not have."""
    mine, stranger = claim(exact(2)), claim(exact(3), at=1)
    with pytest.raises(ValueError, match=r"incidents\[0\]\.claims\[0\]\.claim is not one of the article's claims"):
        Article(id="a", text="ab", claims=(mine,), incidents=(incident(report(stranger)),))


def test_article_incidents_are_at_its_own_places() -> None:
    """An article refuses an incident at a place it does not name."""
    only = claim(exact(2))
    kabul = Location(name="Kabul", kind=LocationKind.CITY, country="AFG")
    with pytest.raises(ValueError, match=r"incidents\[0\]\.locations\[0\] is not one of the article's locations"):
        Article(id="a", text="a", claims=(only,), incidents=(Incident(id="i1", locations=(kabul,)),))
    article = Article(id="a", text="a", locations=(kabul,), incidents=(Incident(id="i1", locations=(kabul,)),))
    assert article.location_index(kabul) == 0


def test_article_incident_ids_are_unique() -> None:
    """Two incidents of one article may not share an id."""
    first, second = claim(exact(2)), claim(exact(3), at=1)
    with pytest.raises(ValueError, match="is not unique"):
        Article(
            id="a",
            text="ab",
            claims=(first, second),
            incidents=(incident(report(first)), incident(report(second))),
        )


def test_a_claim_is_in_one_incident_at_most() -> None:
    """The same claim in two incidents is refused."""
    only = claim(exact(2))
    with pytest.raises(ValueError, match="already in an incident"):
        Article(
            id="a",
            text="a",
            claims=(only,),
            incidents=(incident(report(only)), Incident(id="i2", claims=(report(only),))),
        )


def test_an_equal_copy_of_a_claim_is_accepted() -> None:
    """Incidents built by hand may hold an equal copy of an article's claim, found by value."""
    original = claim(exact(2))
    copy = attrs.evolve(original)
    article = Article(id="a", text="a", claims=(original,), incidents=(incident(report(copy)),))
    assert article.index_of(copy) == 0


def test_index_of_an_unknown_claim_raises() -> None:
    """``index_of`` raises ValueError for a claim the article does not have."""
    article = Article(id="a", text="ab", claims=(claim(exact(2)),))
    with pytest.raises(ValueError, match="not in tuple"):
        article.index_of(claim(exact(5), at=1))


def test_role_of_names_the_role_or_none() -> None:
    """``role_of`` gives a member's role, and ``None`` for a claim not in the incident."""
    first, second = claim(exact(2)), claim(exact(2), at=1)
    found = incident(report(first), restating(second, first))
    assert found.role_of(second) is ClaimRole.RESTATEMENT
    assert found.role_of(claim(exact(9), at=5)) is None


# ---------------------------------------------------------------------------
# Estimates
# ---------------------------------------------------------------------------


def test_no_claim_of_the_outcome_gives_no_estimate() -> None:
    """An incident with no claim of the outcome (or none with a number) estimates nothing."""
    found = incident(report(claim(None)), report(claim(exact(3), outcome=Outcome.WOUNDED, at=1)))
    assert found.estimate("killed") is None
    assert Incident(id="i1").estimate(Outcome.KILLED) is None


def test_restatements_count_once() -> None:
    """A toll restated in the headline, lede and body counts once."""
    headline, lede, body = claim(exact(4)), claim(exact(4), at=1), claim(exact(4), at=2)
    found = incident(report(headline), restating(lede, headline), restating(body, headline))
    assert found.estimate("killed", "acled") == Estimate(low=4, best=4, high=4)


def test_a_figure_another_narrows_adds_nothing() -> None:
    """ "Several" then "four" is four, under every policy."""
    vague, precise = claim(SEVERAL), claim(exact(4), at=1)
    found = incident(report(vague), restating(precise, vague))
    for policy in PointPolicy:
        assert found.estimate("killed", policy) == Estimate(low=4, best=4, high=4)


def test_a_number_narrows_a_vague_quantity_it_agrees_with() -> None:
    """ "Dozens" then "at least 30" is at least 30: the number is kept though it is not within "dozens"."""
    dozens = claim(parse_count("dozens"))
    at_least = claim(parse_count("at least 30"), at=1)
    found = incident(report(dozens), restating(at_least, dozens))
    assert found.estimate("killed", "acled") == Estimate(low=30, best=30, high=None)


def test_a_vague_quantity_a_number_contradicts_stays() -> None:
    """ "Dozens" then "five" disagree: both stay, and the lowest is the conservative figure."""
    dozens = claim(parse_count("dozens"))
    five = claim(exact(5), at=1)
    found = incident(report(dozens), restating(five, dozens))
    assert found.estimate("killed", "conservative") == Estimate(low=5, best=5, high=99)


def test_other_sources_give_the_spread() -> None:
    """Two sides' figures for one toll: ACLED the lowest, the spread from lowest to highest."""
    army, rebels = claim(exact(7), claimant=ARMY), claim(exact(47), claimant=REBELS, at=1)
    found = incident(report(army), restating(rebels, army))
    assert found.estimate("killed", "acled") == Estimate(low=7, best=7, high=47)
    assert found.estimate("killed", "conservative") == Estimate(low=7, best=7, high=47)


def test_ucdp_best_is_the_most_reliable_source() -> None:
    """UCDP's best comes from a neutral source before a side, a side's own losses before its enemy's."""
    rebels = claim(exact(47), claimant=REBELS)
    army = claim(exact(7), claimant=ARMY, at=1)
    monitor = claim(exact(12), claimant=MONITOR, at=2)
    sides = incident(report(rebels), restating(army, rebels))
    assert sides.estimate("killed", "ucdp") == Estimate(low=7, best=7, high=47)
    with_monitor = incident(report(rebels), restating(army, rebels), restating(monitor, rebels))
    assert with_monitor.estimate("killed", "ucdp") == Estimate(low=7, best=12, high=47)


def test_ucdp_reads_a_closed_range_at_its_middle() -> None:
    """ "Between 30 and 40" is best 35 under UCDP and 30 under ACLED."""
    found = incident(report(claim(between(30, 40))))
    assert found.estimate("killed", "ucdp") == Estimate(low=30, best=35, high=40)
    assert found.estimate("killed", "acled") == Estimate(low=30, best=30, high=40)


@pytest.mark.parametrize(
    ("count", "best"),
    [
        pytest.param(SEVERAL, 3, id="several-is-3"),
        pytest.param(MANY, 10, id="many-is-10"),
        pytest.param(Count(low=12, high=99, best=12, qualifier=Qualifier.VAGUE), 12, id="dozens-is-12"),
    ],
)
def test_acled_codes_vague_tolls(count: Count, best: int) -> None:
    """A vague toll alone takes ACLED's code for it."""
    assert incident(report(claim(count))).estimate("killed", "acled") == Estimate(
        low=count.low, best=best, high=count.high
    )


def test_tolls_of_different_people_add_up() -> None:
    """Soldiers and civilians killed in one incident are two tolls, summed."""
    found = incident(report(claim(exact(3))), report(claim(exact(2), subject=CIVILIANS, at=1)))
    assert found.estimate("killed") == Estimate(low=5, best=5, high=5)


def test_an_unbounded_toll_leaves_the_sum_unbounded() -> None:
    """One toll without an upper bound makes the incident's high unbounded."""
    more = Count(low=31, high=None, best=31, qualifier=Qualifier.MORE_THAN)
    found = incident(report(claim(more)), report(claim(exact(2), subject=CIVILIANS, at=1)))
    assert found.estimate("killed") == Estimate(low=33, best=33, high=None)


def test_breakdowns_and_subsets_are_never_added() -> None:
    """A total's parts by place and the group it singles out add nothing to it."""
    total, part_a, part_b = claim(exact(40)), claim(exact(25), at=1), claim(exact(15), at=2)
    children = claim(exact(2), subject=CIVILIANS, at=3)
    found = incident(
        report(total),
        IncidentClaim(claim=part_a, role=ClaimRole.BREAKDOWN, of=total),
        IncidentClaim(claim=part_b, role=ClaimRole.BREAKDOWN, of=total),
        IncidentClaim(claim=children, role=ClaimRole.SUBSET, of=total),
    )
    assert found.estimate("killed") == Estimate(low=40, best=40, high=40)


def test_parts_stand_in_for_a_total_without_a_number() -> None:
    """When the total gives no number, its parts give at least their sum."""
    total, part_a, part_b = claim(None), claim(exact(25), at=1), claim(exact(15), at=2)
    found = incident(
        report(total),
        IncidentClaim(claim=part_a, role=ClaimRole.BREAKDOWN, of=total),
        IncidentClaim(claim=part_b, role=ClaimRole.BREAKDOWN, of=total),
    )
    assert found.estimate("killed") == Estimate(low=40, best=40, high=None)


def test_a_denial_lowers_the_spread_not_the_best() -> None:
    """ "Denied that any were killed" makes low 0 while another source reports a toll."""
    rebels = claim(exact(62), claimant=REBELS)
    denial = claim(NONE, claimant=ARMY, stance=Stance.DENIED, at=1)
    found = incident(report(rebels), restating(denial, rebels))
    assert found.estimate("killed", "acled") == Estimate(low=0, best=62, high=62)


def test_a_denial_alone_is_zero() -> None:
    """A toll only denied is zero."""
    found = incident(report(claim(NONE, stance=Stance.DENIED)))
    assert found.estimate("killed") == Estimate(low=0, best=0, high=0)


def test_background_and_cumulative_tolls_are_their_incidents_own() -> None:
    """An incident of background (or cumulative) claims estimates their toll."""
    found = incident(report(claim(exact(19)), ClaimRole.BACKGROUND))
    assert found.estimate("killed") == Estimate(low=19, best=19, high=19)


def test_estimate_counts_persons_unless_told_otherwise() -> None:
    """Posts destroyed are counted only when ``unit`` asks for them."""
    posts = Claim(
        claimant=None,
        subject=SOLDIERS,
        outcome=Outcome.DESTROYED,
        unit=Unit.POSTS,
        count=exact(5),
        evidence=Span(start=0, end=1),
    )
    found = incident(report(posts))
    assert found.estimate("destroyed") is None
    assert found.estimate("destroyed", unit="posts") == Estimate(low=5, best=5, high=5)


def test_estimate_rejects_unknown_names() -> None:
    """An unknown outcome or policy name raises ValueError."""
    found = incident(report(claim(exact(1))))
    with pytest.raises(ValueError, match="'slain'"):
        found.estimate("slain")
    with pytest.raises(ValueError, match="'gtd'"):
        found.estimate("killed", "gtd")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({"mentions": [Span(start=0, end=1)]}, "'mentions' must be <class 'tuple'>", id="list-for-tuple"),
        pytest.param({"mentions": (Span(start=0, end=1), (0, 1))}, "'mentions' must be <class", id="bad-member"),
        pytest.param({"aliases": ("ok", 3)}, "'aliases' must be <class 'str'>", id="bad-alias"),
        pytest.param({"role": 3}, "'role' must be <class 'str'>", id="role-not-a-string"),
    ],
)
def test_field_checks_name_the_field(fields: dict[str, object], message: str) -> None:
    """A tuple or optional field of the wrong type is refused with attrs' wording, naming the field."""
    with pytest.raises(TypeError, match=message):
        Actor(name="x", **fields)  # type: ignore[arg-type]


def test_field_checks_take_tuples_of_subclasses_and_none() -> None:
    """A tuple subclass with members of the right type, and ``None`` for an optional field, pass."""

    class Spans(tuple[Span, ...]):
        """A tuple of spans under another name."""

        __slots__ = ()

    actor = Actor(name="x", role=None, mentions=Spans((Span(start=0, end=1),)))
    assert actor.mentions == (Span(start=0, end=1),)


@pytest.mark.parametrize("kind", [*ActorKind, *PartyKind, *LocationKind, *Outcome, *Unit, *Stance], ids=repr)
def test_kinds_stay_keys_through_copies(kind: enum.Enum) -> None:
    """A kind read back from its value, a copy or a pickle is the same key, as kinds hash by identity."""
    table = {kind: kind.value}
    assert table[type(kind)(kind.value)] == kind.value
    assert table[copy.deepcopy(kind)] == kind.value
    assert table[pickle.loads(pickle.dumps(kind))] == kind.value  # noqa: S301 - our own bytes


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        pytest.param(
            "locations",
            (Location(name="Kabul", kind=LocationKind.CITY, mentions=(Span(start=0, end=5), Span(start=9, end=40))),),
            "locations[0].mentions",
            id="place-mention",
        ),
        pytest.param(
            "actors",
            (Actor(name="Taliban", mentions=(Span(start=30, end=37),)),),
            "actors[0].mentions",
            id="actor-mention",
        ),
        pytest.param("claims", (claim(None), claim(None, at=20)), "claims[1].evidence", id="claim-evidence"),
        pytest.param(
            "claims",
            (attrs.evolve(claim(None), count=attrs.evolve(exact(2), span=Span(start=12, end=13))),),
            "claims[0].count.span",
            id="count-span",
        ),
        pytest.param(
            "ceasefires",
            (Ceasefire(parties=(ARMY, REBELS), evidence=Span(start=5, end=20)),),
            "ceasefires[0].evidence",
            id="ceasefire-evidence",
        ),
    ],
)
def test_a_span_past_the_text_is_named(field: str, value: tuple[object, ...], where: str) -> None:
    """An article refuses a span that ends past its text, naming the span's field."""
    with pytest.raises(ValueError, match=rf"{re.escape(where)} ends at \d+, past the end of text \(12 characters\)"):
        Article(id="a", text="Kabul's news", **{field: value})  # type: ignore[arg-type]


_FRIDAY = DateRange(start=dt.date(2025, 10, 17), end=dt.date(2025, 10, 17), text="Friday", span=Span(start=8, end=12))


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        pytest.param(
            {"claims": (attrs.evolve(claim(exact(2)), period=_FRIDAY),)}, "claims[0].period.text", id="claim-period"
        ),
        pytest.param(
            {"ceasefires": (Ceasefire(period=_FRIDAY, evidence=Span(start=0, end=5)),)},
            "ceasefires[0].period.text",
            id="ceasefire-period",
        ),
        pytest.param(
            {"incidents": (Incident(id="i1", period=_FRIDAY),)}, "incidents[0].period.text", id="incident-period"
        ),
    ],
)
def test_a_phrase_not_at_its_span_is_named(fields: dict[str, object], where: str) -> None:
    """An article refuses a period whose phrase is not the text at its span, naming the phrase's field."""
    with pytest.raises(ValueError, match=rf"{re.escape(where)} must be the text at its span 8..12, got 'Friday'"):
        Article(id="a", text="Kabul's news", **fields)  # type: ignore[arg-type]
