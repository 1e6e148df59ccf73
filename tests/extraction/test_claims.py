"""Tests for conflictclaims.extraction.claims: counts read in their clauses, and the reader of a sentence's claims."""

from __future__ import annotations

import pytest

from conflictclaims.extraction import claims as claims_module
from conflictclaims.extraction.attribution import FrameIndex, read_frames
from conflictclaims.extraction.claims import ClaimReader, _Taken
from conflictclaims.extraction.drafts import Draft
from tests.extraction.conftest import last_sentence


def _drafts(text: str) -> list[Draft]:
    sentence, speakers, context = last_sentence(text)
    return ClaimReader(context, speakers).read(sentence, read_frames(sentence, speakers))


def test_a_count_with_an_outcome_is_a_claim() -> None:
    """ "12 soldiers were killed" reads as a killed claim with its frame, evidence and stance."""
    (draft,) = _drafts("Officials said 12 soldiers were killed.")
    assert (draft.outcome, draft.unit, draft.stance) == ("killed", "persons", "asserted")
    assert draft.subject_name == "soldiers"
    assert draft.frame is not None
    assert draft.frame.cue == "said"


def test_a_count_of_no_claim_unit_is_none() -> None:
    """Hours, years and distances make no claim, nor does a count with no outcome."""
    assert _drafts("Fighting lasted 12 hours and 300 trucks crossed.") == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A landmine exploded, killing 3 cows.", id="cows"),
        pytest.param("Bandits attacked herders, killing 40 cattle.", id="cattle"),
        pytest.param("An airstrike hit a farm, killing dozens of sheep.", id="dozens-of-sheep"),
    ],
)
def test_animals_are_no_claim(text: str) -> None:
    """Animals killed in a raid or a strike are no fatalities."""
    assert _drafts(text) == []


def test_shared_verb_and_subset() -> None:
    """ "destroyed 19 posts and two bases" shares the verb; "four of them" is part of the toll before."""
    (posts, bases) = _drafts("The army destroyed 19 posts and two bases.")
    assert (posts.unit, bases.unit, bases.outcome) == ("posts", "bases", "destroyed")
    (toll,) = _drafts("The ministry said 27 people were wounded, four of them seriously.")
    assert toll.count is not None
    assert toll.count.low == 27


def test_denial_makes_denied_claims() -> None:
    """A denial frame makes its claims denied; "any" under a denial is a claim of zero."""
    (draft,) = _drafts("Pakistan denied that any soldiers had been captured.")
    assert (draft.stance, draft.outcome) == ("denied", "captured")
    assert draft.count is not None
    assert (draft.count.low, draft.count.high) == (0, 0)


def test_taken_finds_overlaps_by_bisection() -> None:
    """The overlap test agrees with a pairwise comparison."""
    spans = [(0, 5), (10, 12), (11, 30), (40, 41)]
    taken = _Taken([Draft(None, "killed", "persons", None, "unknown", "", "asserted", None, s) for s in spans])
    for probe in [(5, 10), (4, 6), (12, 13), (30, 40), (41, 50), (35, 40)]:
        expected = any(probe[0] < b and a < probe[1] for a, b in spans)
        assert taken.overlaps(probe) is expected, probe


def test_frames_are_indexed_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many claims a sentence holds, its frames are indexed once, not scanned per claim."""
    built = 0
    real = FrameIndex

    def counting(frames: object) -> object:
        nonlocal built
        built += 1
        return real(frames)  # type: ignore[arg-type]

    monkeypatch.setattr(claims_module, "FrameIndex", counting)
    unit = "The Taliban said at least 274 soldiers were killed in Kabul on Sunday and 12 civilians died and "
    assert len(_drafts(unit * 20)) == 40
    assert built == 1


@pytest.mark.parametrize(
    ("text", "read"),
    [
        pytest.param("Gunmen killed a police officer.", [("killed", 1, "police officer")], id="implicit-singular"),
        pytest.param(
            "Forces arrested a leader and detained three suspects.",
            [("captured", 1, "leader"), ("captured", 3, "suspects")],
            id="one-and-three",
        ),
        pytest.param(
            "Forces captured a leader, a facilitator and several of their associates.",
            [("captured", 1, "leader"), ("captured", 1, "facilitator"), ("captured", 3, "of their associates")],
            id="a-list-of-objects",
        ),
        pytest.param("Two gunmen killed a soldier.", [("killed", 1, "soldier")], id="agents-are-not-victims"),
        pytest.param(
            "Militants fired two grenades at the post, killing a policeman.",
            [("killed", 1, "policeman")],
            id="grenades-are-no-people",
        ),
        pytest.param(
            "The force detained two suspects and secured several weapons caches.",
            [("captured", 2, "suspects")],
            id="a-cache-is-no-person",
        ),
        pytest.param(
            "They killed 12 soldiers and searched 40 tankers.",
            [("killed", 12, "soldiers")],
            id="a-verb-of-its-own-shares-nothing",
        ),
        pytest.param(
            "The raid resulted in the death of Abu Yusuf, a senior al-Shabaab leader.",
            [("killed", 1, "")],
            id="an-appositive-after-a-name",
        ),
        pytest.param(
            "Nine of the dead were miners.", [("killed", 9, "miners")], id="partitive-named-after-the-copula"
        ),
        pytest.param("Four of those hurt were nurses.", [("wounded", 4, "nurses")], id="partitive-of-a-participle"),
        pytest.param("Two of the dead were buried on Friday.", [("killed", 2, "")], id="partitive-names-no-one"),
        pytest.param(
            "Militants ambushed a convoy, killing 4 (3 soldiers and 1 civilian).",
            [("killed", 4, "")],
            id="a-breakdown-in-brackets",
        ),
        pytest.param(
            "Gunmen killed 11 people (including 3 children).",
            [("killed", 11, "people"), ("killed", 3, "children")],
            id="a-subset-in-brackets-is-a-claim",
        ),
        pytest.param(
            "Two soldiers were killed, while 3 attackers were neutralized.",
            [("killed", 2, "soldiers"), ("killed", 3, "attackers")],
            id="neutralized",
        ),
        pytest.param(
            "Gunmen killed a judge and his two bodyguards.",
            [("killed", 1, "judge"), ("killed", 2, "bodyguards")],
            id="bodyguards",
        ),
        pytest.param(
            "The raiders killed a watchman before four of them were killed by villagers.",
            [("killed", 1, "watchman"), ("killed", 4, "of them")],
            id="a-partitive-opening-its-own-clause",
        ),
        pytest.param(
            "A mine killed a mayor and his bodyguard near the market, police said.",
            [("killed", 1, "mayor"), ("killed", 1, "bodyguard")],
            id="a-verb-after-another-subject-is-not-the-objects",
        ),
        pytest.param(
            "Bandits seized six herders, but two of them escaped.",
            [("captured", 6, "herders")],
            id="a-partitive-with-no-outcome-of-its-own",
        ),
    ],
)
def test_casualty_grammar_in_claims(text: str, read: list[tuple[str, int, str]]) -> None:
    """Implicit counts join the counts: each governed one is a claim, each in its list once, none an agent's."""
    got = [(d.outcome, d.count.best if d.count is not None else None, d.subject_name) for d in _drafts(text)]
    assert got == read


def test_an_implicit_subject_with_a_verb_of_its_own_joins_nothing() -> None:
    """In "… were killed, the commander said" the commander is the speaker, not one more dead."""
    assert [d.count.best for d in _drafts("Five soldiers were killed, the commander said.") if d.count] == [5]
    got = _drafts("Gunmen abducted 50 people, most of them women, a local councillor, Sani Muhammad, said.")
    assert [(d.outcome, d.count.best if d.count is not None else None) for d in got] == [("captured", 50)]


def test_a_shared_verb_stays_in_its_clause() -> None:
    """Past a full stop the splitter kept inside a sentence, a list of things shares no verb with the claim before."""
    text = (
        "The force returned fire killing him.\u2028\u2028After securing the compound, the force found seven "
        "containers of explosives, multiple initiators and numerous detonators."
    )
    assert [(d.outcome, d.count.text if d.count else None) for d in _drafts(text)] == [("killed", "him")]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        pytest.param(
            "The dead included three teachers.", [("killed", "persons", 3, "asserted")], id="the-dead-included"
        ),
        pytest.param(
            "Among the wounded were two medics.", [("wounded", "persons", 2, "asserted")], id="among-the-wounded-were"
        ),
        pytest.param(
            "Shelling wounded nine villagers, two of whom later died.",
            [("wounded", "persons", 9, "asserted"), ("killed", "persons", 2, "asserted")],
            id="of-whom-later-died",
        ),
        pytest.param(
            "The clinic received 17 injured civilians.", [("wounded", "persons", 17, "asserted")], id="received-injured"
        ),
        pytest.param(
            "Medics said the 17 injured civilians were stable.", [], id="the-injured-are-told-before"
        ),
        pytest.param(
            "Gunmen killed a family of seven.", [("killed", "persons", 7, "asserted")], id="a-family-of-seven"
        ),
        pytest.param(
            "Rebels overran three army outposts.", [("captured", "posts", 3, "asserted")], id="overran-posts-captured"
        ),
        pytest.param(
            "The militia seized four armoured personnel carriers.",
            [("seized", "vehicles", 4, "asserted")],
            id="seized-materiel-stays-seized",
        ),
        pytest.param(
            "The fighters torched 30 homes and burned two quadcopters.",
            [("destroyed", "other", 30, "asserted"), ("destroyed", "aircraft", 2, "asserted")],
            id="thing-verbs-destroy",
        ),
        pytest.param("The mob burned five people.", [], id="thing-verbs-say-nothing-of-people"),
        pytest.param(
            "Villagers buried 14 people on Friday.", [("killed", "persons", 14, "asserted")], id="buried-are-dead"
        ),
        pytest.param(
            "Both sides said 60 prisoners had been returned.",
            [("released", "persons", 60, "asserted")],
            id="returned-in-an-exchange",
        ),
        pytest.param("The patrol had returned to base.", [], id="troops-returning-are-no-release"),
        pytest.param(
            "No peacekeepers were hurt.", [("wounded", "persons", 0, "denied")], id="zero-is-a-denial"
        ),
        pytest.param(
            "No civilians were killed or injured.", [("casualties", "persons", 0, "denied")], id="killed-or-injured"
        ),
        pytest.param(
            "None of the guards had been harmed.", [("casualties", "persons", 0, "denied")], id="none-harmed"
        ),
        pytest.param(
            "The army denied that any outpost had fallen.", [("captured", "posts", 0, "denied")], id="fallen-outpost"
        ),
        pytest.param(
            "The ministry said its forces had lost no helicopters.",
            [("destroyed", "aircraft", 0, "denied")],
            id="things-lost-are-destroyed",
        ),
        pytest.param(
            "The commander said: 'We lost six men.'", [("killed", "persons", 6, "asserted")], id="own-losses-are-dead"
        ),
        pytest.param(
            "Kyiv said Russia lost 900 soldiers.", [("casualties", "persons", 900, "asserted")], id="enemy-losses"
        ),
        pytest.param(
            'The army said it had killed "around forty fighters".',
            [("killed", "persons", 36, "asserted")],
            id="scare-quotes-before-the-count",
        ),
        pytest.param(
            "Officials said three guards had been killed, not one, and a depot was hit.",
            [("killed", "persons", 3, "asserted")],
            id="a-figure-set-aside",
        ),
        pytest.param("Not one guard was hurt.", [("wounded", "persons", 0, "denied")], id="not-one-is-a-zero"),
        pytest.param(
            "Most of the civilian deaths it recorded were caused by shelling.", [], id="the-deaths-are-talked-of"
        ),
        pytest.param(
            "Gunmen killed 12 villagers last week.", [("killed", "persons", 12, "asserted")], id="time-after-the-head"
        ),
        pytest.param(
            "The staff put enemy losses since May at about 9,000.",
            [("casualties", "persons", 8100, "asserted")],
            id="losses-at",
        ),
        pytest.param(
            "The monitor put the militia's losses at 25 dead.",
            [("killed", "persons", 25, "asserted")],
            id="losses-at-dead",
        ),
        pytest.param("The bomb could have killed dozens.", [], id="a-modal-perfect-did-not-happen"),
        pytest.param("The gang threatened to kill 10 hostages.", [], id="an-infinitive-did-not-happen"),
        pytest.param(
            "The group is believed to have killed 12 guards.",
            [("killed", "persons", 12, "asserted")],
            id="believed-to-have-killed-did",
        ),
    ],
)
def test_casualty_kinds(text: str, read: list[tuple[str, str, int, str]]) -> None:
    """Inclusion, relative, hospital, collective, position, thing, exchange, zero and loss grammar."""
    got = [(d.outcome, d.unit, d.count.low if d.count is not None else None, d.stance) for d in _drafts(text)]
    assert got == read


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Raiders burned 40 huts in the village.", "civilians", id="huts"),
        pytest.param("Gunmen torched two churches and a school.", "civilians", id="churches"),
        pytest.param("Drones destroyed 3 tanks near the front.", "military", id="tanks-stay-military"),
    ],
)
def test_civilian_property_is_civilians(text: str, kind: str) -> None:
    """Homes, huts, churches and markets destroyed are civilians' whoever destroyed them; tanks are not."""
    drafts = _drafts(text)
    assert drafts
    assert drafts[0].subject_kind == kind


@pytest.mark.parametrize(
    ("text", "subset"),
    [
        pytest.param("A shell hit the market in Kherson, killing four, including a woman.", "woman", id="including-a"),
        pytest.param(
            "Two drones struck Sumy, killing five people, among them a teenager, officials said.", "teenager",
            id="among-them-a",
        ),
        pytest.param(
            "Troops shot dead 9 rebels, including a commander who led raids on Kayin.", "commander",
            id="including-a-with-relative-clause",
        ),
    ],
)  # fmt: skip
@pytest.mark.xfail(
    strict=True,
    reason="one singled out of a toll without a number is not read yet: each such claim costs the incident stage "
    "more than the speed budget of this release allows",
)
def test_one_singled_out_of_a_toll_is_a_claim(text: str, subset: str) -> None:
    """ "killing four, including a woman": the one singled out is a claim of one, after the toll."""
    drafts = _drafts(text)
    assert [(d.count.low if d.count else None, d.subject_name) for d in drafts][-1:] == [(1, subset)]
    assert drafts[0].count is not None
    assert drafts[0].count.low > 1


def test_a_toll_after_some_singled_out_shares_the_toll_not_them() -> None:
    """ "killing seven people, among them two boys, and injuring 40": the 40 are people, not boys."""
    drafts = _drafts(
        "A missile struck Odesa, killing seven people, among them two boys, and injuring 40, officials said."
    )
    assert [(d.outcome, d.subject_name) for d in drafts] == [
        ("killed", "people"), ("killed", "boys"), ("wounded", "people"),
    ]  # fmt: skip
