"""A curated corpus of conflict-news phrasings and the claims each must give.

Written for this project in the style of wire copy from several conflicts
(Ukraine, Gaza, Sudan, Nigeria, Yemen, Afghanistan and Pakistan, Syria, the
Sahel). Each case names the phrasing it exercises: attribution, coordination,
denial, voice, headlines, vague counts and numbers that are not claims.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from attrs import frozen

ANY: Final = "*"


@frozen(kw_only=True)
class Expect:
    """One expected claim; ``ANY`` leaves a field unchecked.

    ``party`` (the subject's) and ``claimant_party`` are written ``state:ISO3``,
    ``group:<name>``, ``civilians:ISO3``, ``intl:<name>`` or ``unknown``; a
    claimant party of ``None`` means the article says it in its own voice.
    """

    outcome: str
    low: int | None
    high: int | str | None = ANY
    unit: str = "persons"
    subject: str | None = ANY
    kind: str = ANY
    claimant: str | None = ANY
    stance: str = "asserted"
    party: str | None = ANY
    claimant_party: str | None = ANY


@frozen(kw_only=True)
class Case:
    """A text, its publication date and the claims it must give, in text order."""

    id: str
    text: str
    claims: tuple[Expect, ...]
    published: dt.date = dt.date(2024, 3, 15)


CASES: Final[tuple[Case, ...]] = (
    # --- attribution: who says it
    Case(
        id="ukraine-said-that-active-voice",
        text="Ukraine's General Staff said its forces killed 1,200 Russian soldiers over the past day.",
        claims=(Expect(outcome="killed", low=1200, high=1200, subject="RUS", kind="military", claimant="UKR"),),
    ),
    Case(
        id="gaza-trailing-attribution",
        text="At least 25 people were killed in an Israeli airstrike on a school in Gaza City, "
        "the Gaza Health Ministry said.",
        claims=(Expect(outcome="killed", low=25, high=None, subject="PSE", claimant="PSE"),),
    ),
    Case(
        id="sudan-according-to-leading",
        text="According to the Sudan Doctors Network, 40 civilians died in RSF shelling of El Fasher.",
        claims=(Expect(outcome="killed", low=40, high=40, subject="SDN", kind="civilians"),),
    ),
    Case(
        id="nigeria-according-to-trailing",
        text="Gunmen abducted 287 pupils from a school in Kaduna State, according to local officials.",
        claims=(Expect(outcome="captured", low=287, high=287, subject="NGA", kind="civilians"),),
    ),
    Case(
        id="pronoun-carry-over-he-added",
        text="Russian Defence Ministry spokesman Igor Konashenkov spoke on Monday. "
        "He added that 37 Ukrainian drones were shot down over Belgorod.",
        claims=(Expect(outcome="destroyed", low=37, high=37, unit="aircraft", subject="UKR", claimant="RUS"),),
    ),
    Case(
        id="unattributed-narrator",
        text="Fighting in Marib killed more than 70 fighters on both sides last month.",
        claims=(Expect(outcome="killed", low=71, high=None, subject=None, claimant=None),),
    ),
    Case(
        id="claims-present-tense",
        text="The Houthis claim 12 Saudi soldiers dead after the border raid.",
        claims=(Expect(outcome="killed", low=12, high=12, subject="SAU", kind="military", claimant="YEM"),),
    ),
    # --- coordination: counts sharing a subject or outcome
    Case(
        id="coordinated-passives-share-subject",
        text="The army said 12 Nigerian soldiers were killed and 27 were injured, while one remained missing.",
        claims=(
            Expect(outcome="killed", low=12, high=12, subject="NGA", kind="military"),
            Expect(outcome="wounded", low=27, high=27, subject="NGA", kind="military"),
            Expect(outcome="missing", low=1, high=1, subject="NGA", kind="military"),
        ),
    ),
    Case(
        id="killed-and-wounded-ellipsis",
        text="Kyiv's military administration said three civilians were killed and 11 wounded in Kyiv.",
        claims=(
            Expect(outcome="killed", low=3, high=3, subject="UKR", kind="civilians"),
            Expect(outcome="wounded", low=11, high=11, subject="UKR", kind="civilians"),
        ),
    ),
    Case(
        id="active-verbs-chain",
        text="The strike killed nine people and wounded 30 others in Aden, officials said.",
        claims=(
            Expect(outcome="killed", low=9, high=9, subject="YEM"),
            Expect(outcome="wounded", low=30, high=30, subject="YEM"),
        ),
    ),
    Case(
        id="destroyed-units-coordinated",
        text="The ministry said it destroyed 14 tanks and three helicopters.",
        claims=(
            Expect(outcome="destroyed", low=14, high=14, unit="vehicles"),
            Expect(outcome="destroyed", low=3, high=3, unit="aircraft"),
        ),
    ),
    Case(
        id="killing-and-wounding-participles",
        text="A car bomb exploded in a market in Mogadishu, killing at least 10 people and wounding dozens.",
        claims=(
            Expect(outcome="killed", low=10, high=None, subject="SOM"),
            Expect(outcome="wounded", low=12, high=99),
        ),
    ),
    # --- denial and zero
    Case(
        id="denial-any-captured",
        text="Israeli army spokesman Daniel Hagari denied that any Israeli soldiers had been captured.",
        claims=(Expect(outcome="captured", low=0, high=0, subject="ISR", claimant="ISR", stance="denied"),),
    ),
    Case(
        id="no-one-hurt",
        text="Police said no one was hurt in the blast.",
        claims=(Expect(outcome="wounded", low=0, high=0, stance="denied"),),
    ),
    # --- numbers in many spellings
    Case(
        id="word-numbers-and-qualifiers",
        text="Around two hundred Palestinians were wounded, medics said.",
        claims=(Expect(outcome="wounded", low=180, high=220, subject="PSE"),),
    ),
    Case(
        id="vague-dozens",
        text="Dozens of Boko Haram militants were killed in air strikes, the Nigerian Air Force said.",
        claims=(
            Expect(
                outcome="killed", low=12, high=99, subject="NGA", kind="armed_group", claimant="NGA",
                party="group:Boko Haram", claimant_party="state:NGA",
            ),
        ),
    ),
    Case(
        id="death-toll-rose-to",
        text="The death toll from the attack rose to 43, the Health Ministry said.",
        claims=(Expect(outcome="killed", low=43, high=43),),
    ),
    Case(
        id="headline-style",
        text="Sudan: 18 killed in drone strike on Omdurman market",
        claims=(Expect(outcome="killed", low=18, high=18, subject="SDN"),),
    ),
    Case(
        id="range-of-casualties",
        text="Between 20 and 30 fighters were killed in the clashes near Idlib, the monitor said.",
        claims=(Expect(outcome="killed", low=20, high=30),),
    ),
    Case(
        id="deaths-as-noun",
        text="The UN recorded 274 civilian deaths in Darfur.",
        claims=(Expect(outcome="killed", low=274, high=274, kind="civilians"),),
    ),
    Case(
        id="release-of-hostages",
        text="Hamas freed 13 Israeli hostages on Friday.",
        claims=(Expect(outcome="released", low=13, high=13, subject="ISR"),),
    ),
    # --- numbers that are not claims
    Case(
        id="speakers-are-not-claims",
        text="In Islamabad, two senior security officials said the border posts had raised white flags.",
        claims=(),
    ),
    Case(
        id="durations-distances-years-ordinals",
        text="Since 2021 the 201st Corps has patrolled the 2,575-kilometre border for 24 hours a day.",
        claims=(),
    ),
    Case(
        id="population-and-fractions",
        text="Nearly half of Yemen's 30 million people need aid.",
        claims=(),
    ),
    Case(
        id="munitions-are-not-casualties",
        text="A plane dropped two bombs before fleeing.",
        claims=(),
    ),
    # --- more wire phrasings
    Case(
        id="participle-after-main-clause-with-governor",
        text="Russian forces shelled Kharkiv overnight, killing four civilians and injuring 12 others, "
        "regional governor Oleh Syniehubov said on Telegram.",
        claims=(
            Expect(outcome="killed", low=4, high=4, subject="UKR", kind="civilians", claimant="UKR"),
            Expect(outcome="wounded", low=12, high=12, subject="UKR", kind="civilians", claimant="UKR"),
        ),
    ),
    Case(
        id="armed-group-agent-activists-said",
        text="The Rapid Support Forces killed more than 120 people in attacks on villages in El Gezira state, "
        "activists said.",
        claims=(Expect(outcome="killed", low=121, high=None, subject="SDN"),),
    ),
    Case(
        id="acronym-speaker-in-a-statement",
        text="Two soldiers were killed and five others wounded when militants attacked a checkpoint in "
        "North Waziristan, the ISPR said in a statement.",
        claims=(
            Expect(outcome="killed", low=2, high=2, subject="PAK", kind="military", claimant="PAK"),
            Expect(outcome="wounded", low=5, high=5, subject="PAK", kind="military", claimant="PAK"),
        ),
    ),
    Case(
        id="hostages-released-passive-beats-status-noun",
        text="Hamas said 17 hostages had been released on Sunday.",
        claims=(Expect(outcome="released", low=17, high=17, claimant="PSE"),),
    ),
    Case(
        id="rescued-kidnapped-students",
        text="Nigerian troops rescued 30 kidnapped students in Zamfara.",
        claims=(Expect(outcome="released", low=30, high=30, kind="civilians"),),
    ),
    Case(
        id="local-police-speak-for-their-city",
        text="A suicide bomber killed 12 worshippers at a mosque in Peshawar on Friday, police said.",
        claims=(Expect(outcome="killed", low=12, high=12, subject="PAK", kind="civilians", claimant="PAK"),),
    ),
    Case(
        id="denial-of-any-civilian-deaths",
        text="Russia denied that its strike had killed any civilians.",
        claims=(Expect(outcome="killed", low=0, high=0, kind="civilians", claimant="RUS", stance="denied"),),
    ),
    Case(
        id="shot-down-drones-of-a-total",
        text="Ukraine's air force said it destroyed 28 of 37 drones launched by Russia overnight.",
        claims=(Expect(outcome="destroyed", low=28, high=28, unit="aircraft", subject="RUS", claimant="UKR"),),
    ),
    Case(
        id="no-casualties-reported",
        text="No casualties were reported.",
        claims=(Expect(outcome="casualties", low=0, high=0, stance="denied"),),
    ),
    Case(
        id="losses-are-the-agents-own",
        text="Ukraine's General Staff said Russia had lost 1,070 troops in the past 24 hours.",
        claims=(Expect(outcome="casualties", low=1070, high=1070, subject="RUS", kind="military", claimant="UKR"),),
    ),
    Case(
        id="surrendered-is-captured",
        text="Seven Russian soldiers surrendered near Kupiansk, Ukraine said.",
        claims=(Expect(outcome="captured", low=7, high=7, subject="RUS", kind="military", claimant="UKR"),),
    ),
    Case(
        id="headline-toll-passes",
        text="Gaza death toll passes 40,000, health ministry says",
        claims=(Expect(outcome="killed", low=40000, subject="PSE"),),
    ),
    Case(
        id="subset-of-a-toll-is-not-another-toll",
        text="The ministry said 27 people were wounded, four of them seriously.",
        claims=(Expect(outcome="wounded", low=27, high=27),),
    ),
    Case(
        id="including-children-is-its-own-claim",
        text="An Israeli strike on a house in Rafah killed 12 people, including five children, medics said.",
        claims=(
            Expect(outcome="killed", low=12, high=12, subject="PSE"),
            Expect(outcome="killed", low=5, high=5, subject="PSE", kind="civilians"),
        ),
    ),
    Case(
        id="insurgents-belong-where-they-fight",
        text="Pakistani security forces killed five militants in an intelligence-based operation in "
        "Khyber Pakhtunkhwa, the military said on Tuesday.",
        claims=(
            Expect(
                outcome="killed", low=5, high=5, subject="PAK", kind="armed_group", claimant="PAK", party="unknown"
            ),
        ),
    ),
    Case(
        id="unnamed-insurgents-are-no-state",
        text="Soldiers shot dead nine bandits who had raided a village in Katsina state, police said.",
        claims=(Expect(outcome="killed", low=9, high=9, subject="NGA", kind="armed_group", party="unknown"),),
    ),
    Case(
        id="gang-members-are-an-armed-group",
        text="Police shot dead six gang members in a raid on a slum of Port-au-Prince, a police spokesman said.",
        claims=(Expect(outcome="killed", low=6, high=6, subject="HTI", kind="armed_group", party="unknown"),),
    ),
    Case(
        id="gang-members-as-agents-are-not-the-speaker",
        text="Gang members killed five police officers in Port-au-Prince, the police said.",
        claims=(Expect(outcome="killed", low=5, high=5, subject="HTI", kind="police", party="state:HTI"),),
    ),
    Case(
        id="words-of-a-group-make-a-group",
        text="Soldiers killed 17 jihadist fighters and destroyed two rebel camps near Menaka in Mali, the army said.",
        claims=(
            Expect(outcome="killed", low=17, high=17, subject="MLI", kind="armed_group", party="unknown"),
            Expect(outcome="destroyed", low=2, high=2, unit="bases", subject="MLI", party="unknown"),
        ),
    ),
    Case(
        id="fighters-a-state-tells-of-are-a-group",
        text="The army said its units had killed 30 fighters in clashes in Mali's Mopti region.",
        claims=(Expect(outcome="killed", low=30, high=30, subject="MLI", kind="armed_group", party="unknown"),),
    ),
    Case(
        id="armed-forces-members-stay-the-state",
        text="Rebels killed 12 armed forces members in Mali, the rebels said.",
        claims=(Expect(outcome="killed", low=12, high=12, kind="military"),),
    ),
    Case(
        id="a-civilian-speaker-tells-no-side-own-dead",
        text="Militants killed 17 soldiers at a checkpoint near Kandahar, a hospital director said.",
        claims=(Expect(outcome="killed", low=17, high=17, subject="AFG", kind="military", party="state:AFG"),),
    ),
    Case(
        id="quoted-as-saying",
        text="Militia fighters raided a market in Djibo. "
        "Radio stations quoted the mayor as saying 14 traders were shot dead.",
        claims=(Expect(outcome="killed", low=14, high=14, claimant="BFA"),),
    ),
    Case(
        id="a-person-of-the-body-his-appositive-names",
        text='"Our unit lost four men near Kherson," said Maj. Petro Hnatiuk, a spokesman for the Ukrainian navy.',
        claims=(Expect(outcome="killed", low=4, high=4, claimant_party="state:UKR"),),
    ),
    Case(
        id="a-speakers-appositive-counts-no-one",
        text='"We killed 40 of them in two days," said Amadou Sall, a commander of the militia.',
        claims=(Expect(outcome="killed", low=40, high=40),),
    ),
    Case(
        id="the-spokesman-is-the-one-named-before",
        text="Army spokesman Moussa Traore said 9 soldiers died near Gao. The spokesman said 20 attackers were killed.",
        claims=(
            Expect(outcome="killed", low=9, high=9, claimant="MLI"),
            Expect(outcome="killed", low=20, high=20, claimant="MLI"),
        ),
    ),
    Case(
        id="an-agent-noun-is-not-the-speaker",
        text="Jihadists killed 14 soldiers in an ambush in northern Burkina Faso, the army said.",
        claims=(Expect(outcome="killed", low=14, high=14, subject="BFA", kind="military", party="state:BFA"),),
    ),
    Case(
        id="a-regional-bureau-dateline-is-not-where",
        text="NAIROBI (Reuters) - Al Shabaab fighters stormed a base in southern Somalia, killing 12 soldiers.",
        claims=(Expect(outcome="killed", low=12, high=12, subject="SOM", kind="military", party="state:SOM"),),
    ),
    Case(
        id="crew-of-unknown-side",
        text="A Houthi missile attack on a cargo ship killed three crew members, the U.S. military said.",
        claims=(Expect(outcome="killed", low=3, high=3, subject=None, claimant="USA"),),
    ),
    Case(
        id="attacker-named-after-passive",
        text="Officials said 19 civilians died in Pakistani strikes in Khost.",
        claims=(Expect(outcome="killed", low=19, high=19, subject="AFG", kind="civilians"),),
    ),
    # --- whole short articles: carry-over across sentences, headers, ceasefires
    Case(
        id="sudan-article-saying-continues-the-speaker",
        text="The Sudanese army said it had repelled the assault and killed more than 100 RSF fighters. "
        "It added that four of its soldiers were killed and 15 wounded.\n"
        "The RSF denied losing any fighters, saying its forces had captured two army bases.\n"
        "According to the United Nations, more than 14,000 people have been killed since the war began "
        "in April last year, and nearly 9 million have been displaced.",
        published=dt.date(2024, 5, 14),
        claims=(
            Expect(
                outcome="killed", low=101, high=None, subject="SDN", kind="armed_group", claimant="SDN",
                party="group:Rapid Support Forces", claimant_party="state:SDN",
            ),
            Expect(outcome="killed", low=4, high=4, subject="SDN", kind="military", claimant="SDN"),
            Expect(outcome="wounded", low=15, high=15, subject="SDN", kind="military", claimant="SDN"),
            Expect(outcome="captured", low=2, high=2, unit="bases", claimant="SDN"),
            Expect(outcome="killed", low=0, high=0, subject="SDN", claimant="SDN", stance="denied"),
            Expect(outcome="killed", low=14001, high=None, claimant=None),
        ),
    ),
    Case(
        id="ukraine-article-agents-and-local-officials",
        text="KYIV, Ukraine (AP) — Russian missiles and drones struck energy facilities across Ukraine overnight, "
        "killing at least five people and wounding 12, officials said Friday.\n"
        "In the Kharkiv region, two people died when a drone hit a residential building, regional Gov. "
        "Oleh Syniehubov said.\n"
        "Russia's Defense Ministry claimed its forces had destroyed four Ukrainian tanks and killed up to "
        "1,300 Ukrainian servicemen in the past day.",
        claims=(
            Expect(outcome="killed", low=5, high=None, subject="UKR", claimant="UKR"),
            Expect(outcome="wounded", low=12, high=12, subject="UKR", claimant="UKR"),
            Expect(outcome="killed", low=2, high=2, subject="UKR", claimant="UKR"),
            Expect(outcome="destroyed", low=4, high=4, unit="vehicles", subject="UKR", claimant="RUS"),
            Expect(outcome="killed", low=0, high=1300, subject="UKR", kind="military", claimant="RUS"),
        ),
    ),
    Case(
        id="aside-between-noun-and-verb",
        text="Houthi-run Al Masirah TV said 12 civilians, including four children, were killed in a coalition "
        "air strike on a market in Saada.",
        claims=(Expect(outcome="killed", low=12, high=12, subject="YEM", kind="civilians"),),
    ),
    Case(
        id="shot-dead-west-bank",
        text="Israeli forces shot dead three Palestinians during a raid in Jenin, "
        "the Palestinian health ministry said.",
        claims=(Expect(outcome="killed", low=3, high=3, subject="PSE", claimant="PSE"),),
    ),
    Case(
        id="killed-or-wounded-is-casualties",
        text="The Qassam Brigades said their fighters had killed or wounded 11 Israeli troops near Rafah.",
        claims=(Expect(outcome="casualties", low=11, high=11, subject="ISR", kind="military", claimant="PSE"),),
    ),
    Case(
        id="state-reports-its-soldiers-killed-by-insurgents",
        text="Taliban insurgents attacked a checkpoint in Kunduz, killing eight soldiers, the Afghan defense "
        "ministry said in a statement.",
        claims=(Expect(outcome="killed", low=8, high=8, subject="AFG", kind="military", claimant="AFG"),),
    ),
    Case(
        id="place-before-appositive-title-is-no-person",
        text="Ten people died and 45 were injured after shelling hit a bus station in Donetsk, the "
        "Russian-installed mayor said.",
        claims=(
            Expect(outcome="killed", low=10, high=10, claimant="RUS"),
            Expect(outcome="wounded", low=45, high=45, claimant="RUS"),
        ),
    ),
    Case(
        id="older-afghanistan-isaf",
        text="A roadside bomb killed six Afghan policemen in Helmand province on Monday, a provincial spokesman said.",
        claims=(Expect(outcome="killed", low=6, high=6, subject="AFG", kind="police", claimant="AFG"),),
    ),
    Case(
        id="quote-their-fighters-and-our-own",
        text="“We killed 50 of their fighters and lost three of our own,” the RSF commander said.",
        claims=(
            Expect(outcome="killed", low=50, high=50, kind="military", claimant="SDN"),
            Expect(outcome="killed", low=3, high=3, subject="SDN", kind="military", claimant="SDN"),
        ),
    ),
    Case(
        id="their-own-fighters-in-passive",
        text="Yemen's Houthis said on Sunday they had targeted a US warship, and that 16 of their fighters "
        "were killed in US strikes.",
        claims=(
            Expect(
                outcome="killed", low=16, high=16, subject="YEM", kind="armed_group", claimant="YEM",
                party="group:Houthis", claimant_party="group:Houthis",
            ),
        ),
    ),
    Case(
        id="casualty-statistics-are-no-claim",
        text="The UN mission said civilian casualties rose by 20 percent in the first half of the year.",
        claims=(),
    ),
    Case(
        id="bandits-are-combatants",
        text="Nigerian police said 15 suspected bandits were killed in a gun battle in Katsina.",
        claims=(Expect(outcome="killed", low=15, high=15, subject="NGA", kind="armed_group", claimant="NGA"),),
    ),
    Case(
        id="one-verb-two-days",
        text="Five people were killed on Saturday and eight on Sunday, officials said.",
        published=dt.date(2024, 5, 10),
        claims=(Expect(outcome="killed", low=5, high=5), Expect(outcome="killed", low=8, high=8)),
    ),
    Case(
        id="agent-is-the-clause-subject-not-its-object",
        text="The war began when Hamas-led gunmen attacked southern Israel, killing some 1,200 people and "
        "taking about 250 hostages, according to Israeli tallies.",
        claims=(
            Expect(outcome="killed", low=1080, high=1320, claimant="ISR"),
            Expect(outcome="captured", low=225, high=275, claimant="ISR"),
        ),
    ),
    Case(
        id="others-in-the-next-sentence",
        text="Suspected Boko Haram insurgents killed at least 37 farmers in Borno State on Saturday. "
        "Four others were abducted.",
        claims=(
            Expect(outcome="killed", low=37, high=None, subject="NGA", kind="civilians"),
            Expect(outcome="captured", low=4, high=4, subject="NGA", kind="civilians"),
        ),
    ),
    Case(
        id="headline-killed-and-hurt",
        text="At least 30 killed, 50 hurt in Kabul mosque blast",
        claims=(
            Expect(outcome="killed", low=30, high=None, subject="AFG"),
            Expect(outcome="wounded", low=50, high=50, subject="AFG"),
        ),
    ),
    Case(
        id="scores-and-a-dozen",
        text="A dozen soldiers were killed in the ambush, a military source said. Scores of people were wounded "
        "when security forces opened fire on protesters in Khartoum, doctors said.",
        claims=(
            Expect(outcome="killed", low=12, high=12, kind="military"),
            Expect(outcome="wounded", low=20, high=99, subject="SDN"),
        ),
    ),
    Case(
        id="remain-missing",
        text="Seven people remain missing after the strike on the apartment block in Dnipro.",
        claims=(Expect(outcome="missing", low=7, high=7, subject="UKR", claimant=None),),
    ),
)
