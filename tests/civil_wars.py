"""Sentences from many civil wars, each with the sides a coder gives its claims.

Written for this project in the style of wire copy from the wars of Sudan
(the army against the Rapid Support Forces), Myanmar (the junta against
People's Defence Forces and ethnic armed organisations), Ethiopia (the
federal army against Fano and the TPLF), the Sahel (juntas with Russian
forces against JNIM and the Islamic State), eastern Congo (the army against
M23), Colombia (the ELN and FARC dissidents), Mexico (cartels and the
National Guard), Haiti (gangs and the police), Yemen (the Houthis and the
coalition), Syria, Somalia, Mozambique, Nigeria (bandits and ISWAP), the
Philippines (the NPA) and Kashmir. Each expectation names the claim by its
outcome and count and checks its subject's country, kind and party and its
claimant's party; a field left out is not checked.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from tests.corpus import Case, Expect

_HELD_OUT_DATE: Final = dt.date(2025, 6, 1)
_JNIM: Final = "group:Jama'at Nusrat al-Islam wal-Muslimin"
_RSF: Final = "group:Rapid Support Forces"
_PDF: Final = "group:People's Defence Force"

CASES: Final[tuple[Case, ...]] = (
    Case(
        id="sudan-saf-claims-rsf-dead",
        text="The Sudanese army said its troops killed 85 RSF fighters in an assault on positions east of El Obeid.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=85,
                subject="SDN",
                kind="armed_group",
                party="group:Rapid Support Forces",
                claimant_party="state:SDN",
            ),
        ),
    ),
    Case(
        id="sudan-rsf-claims-soldiers",
        text="The Rapid Support Forces said they had killed 40 soldiers and captured 12 others near Babanusa.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=40,
                subject="SDN",
                kind="military",
                party="state:SDN",
                claimant_party="group:Rapid Support Forces",
            ),
            Expect(
                outcome="captured",
                low=12,
                subject="SDN",
                party="state:SDN",
                claimant_party="group:Rapid Support Forces",
            ),
        ),
    ),
    Case(
        id="sudan-drone-on-market",
        text="A drone strike on a market in Al-Fashir killed at least 19 civilians, the Sudan Doctors Network said, "
        "blaming the paramilitary RSF.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=19,
                subject="SDN",
                kind="civilians",
                party="civilians:SDN",
                claimant_party="civilians:SDN",
            ),
        ),
    ),
    Case(
        id="sudan-rsf-denies-losses",
        text="The RSF denied losing any fighters in the battle for Bara.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=0,
                stance="denied",
                subject="SDN",
                party="group:Rapid Support Forces",
                claimant_party="group:Rapid Support Forces",
            ),
        ),
    ),
    Case(
        id="sudan-pro-army-page",
        text="Eleven RSF fighters were killed near Kordofan's capital, a pro-army Facebook page said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed", low=11, subject="SDN", party="group:Rapid Support Forces", claimant_party="unknown"
            ),
        ),
    ),
    Case(
        id="sudan-emergency-room",
        text="Volunteers with a local emergency response room said 7 people were killed when shells hit a camp for "
        "displaced families in El Fasher.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=7, subject="SDN"),),
    ),
    Case(
        id="myanmar-junta-airstrike-aa",
        text="The Arakan Army said a junta air strike on a village in Rakhine state killed 16 civilians.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=16,
                subject="MMR",
                kind="civilians",
                party="civilians:MMR",
                claimant_party="group:Arakan Army",
            ),
        ),
    ),
    Case(
        id="myanmar-pdf-claims-soldiers",
        text="A local People's Defence Force unit in Sagaing said its fighters killed 9 junta soldiers in an ambush.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=9, subject="MMR", kind="military", party="state:MMR"),),
    ),
    Case(
        id="myanmar-tnla-lost-no-fighters",
        text="The TNLA said its forces had captured 30 soldiers in northern Shan State and lost no fighters of their "
        "own.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="captured",
                low=30,
                subject="MMR",
                kind="military",
                party="state:MMR",
                claimant_party="group:Ta'ang National Liberation Army",
            ),
        ),
    ),
    Case(
        id="myanmar-state-media-terrorists",
        text="State media said security forces killed 14 terrorists in Magway region, the junta's term for resistance "
        "fighters.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=14, subject="MMR", claimant_party="state:MMR"),),
    ),
    Case(
        id="myanmar-kia-seized-posts",
        text="The Kachin Independence Army said it seized 5 military posts near Bhamo.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="captured",
                low=5,
                unit="posts",
                subject="MMR",
                party="state:MMR",
                claimant_party="group:Kachin Independence Army",
            ),
        ),
    ),
    Case(
        id="myanmar-pro-junta-telegram",
        text="At least 20 resistance fighters were killed in clashes in Sagaing, a pro-junta Telegram channel said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=20, subject="MMR", claimant_party="unknown"),),
    ),
    Case(
        id="ethiopia-fano-claims-endf",
        text="Fano militiamen said they killed 60 federal soldiers in fighting near Gondar.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed", low=60, subject="ETH", kind="military", party="state:ETH", claimant_party="group:Fano"
            ),
        ),
    ),
    Case(
        id="ethiopia-endf-claims-fano",
        text="The Ethiopian National Defence Force said it had killed 120 members of the Fano militia in the Amhara "
        "region.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=120, subject="ETH", party="group:Fano", claimant_party="state:ETH"),),
    ),
    Case(
        id="ethiopia-drone-residents",
        text="A drone strike on a bus killed 11 passengers near Debre Markos, residents said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=11,
                subject="ETH",
                kind="civilians",
                party="civilians:ETH",
                claimant_party="civilians:ETH",
            ),
        ),
    ),
    Case(
        id="ethiopia-tplf-accuses",
        text="The TPLF said Eritrean troops had killed 25 civilians in Irob district of Tigray.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=25,
                subject="ETH",
                kind="civilians",
                party="civilians:ETH",
                claimant_party="group:Tigray People's Liberation Front",
            ),
        ),
    ),
    Case(
        id="ethiopia-ola-abducted",
        text="The Oromo Liberation Army abducted 30 people from a bus in Oromia, police said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="captured", low=30, subject="ETH", claimant_party="state:ETH"),),
    ),
    Case(
        id="mali-jnim-claims-wagner",
        text="JNIM said it killed 22 Wagner fighters and soldiers in an ambush near Tinzaouaten.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=22, claimant_party="group:Jama'at Nusrat al-Islam wal-Muslimin"),),
    ),
    Case(
        id="mali-army-neutralised",
        text="Mali's armed forces said they had neutralised 30 terrorists in the Mopti region.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=30, subject="MLI", kind="armed_group", claimant_party="state:MLI"),),
    ),
    Case(
        id="burkina-jnim-attack-soldiers",
        text="Jihadists killed 35 soldiers and volunteers in an attack on an army post in northern Burkina Faso, "
        "security sources said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=35, subject="BFA", party="state:BFA", claimant_party="state:BFA"),),
    ),
    Case(
        id="niger-isgs-ambush",
        text="The Islamic State Sahel Province said its fighters killed 17 Nigerien soldiers near Tillaberi.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=17,
                subject="NER",
                kind="military",
                party="state:NER",
                claimant_party="group:Islamic State Sahel Province",
            ),
        ),
    ),
    Case(
        id="mali-africa-corps",
        text="Africa Corps said its units killed 40 militants in the Kidal region.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=40, subject="MLI"),),
    ),
    Case(
        id="burkina-villagers-massacre",
        text="Gunmen killed 48 villagers in Barsalogho in Burkina Faso's Centre-Nord region, a local official said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=48,
                subject="BFA",
                kind="civilians",
                party="civilians:BFA",
                claimant_party="state:BFA",
            ),
        ),
    ),
    Case(
        id="drc-fardc-claims-m23",
        text="The Congolese army said it killed 50 M23 rebels in fighting around Sake.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=50,
                subject="COD",
                kind="armed_group",
                party="group:M23",
                claimant_party="state:COD",
            ),
        ),
    ),
    Case(
        id="drc-m23-captured-soldiers",
        text="M23 said it captured 200 FARDC soldiers when it took the town.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="captured",
                low=200,
                subject="COD",
                kind="military",
                party="state:COD",
                claimant_party="group:M23",
            ),
        ),
    ),
    Case(
        id="drc-adf-massacre",
        text="Suspected ADF rebels killed 38 civilians in a night attack in Lubero territory, civil society leaders "
        "said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=38, subject="COD", kind="civilians", party="civilians:COD"),),
    ),
    Case(
        id="drc-codeco-ituri",
        text="CODECO militiamen killed 12 displaced people at a camp in Ituri, the UN mission said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=12, subject="COD"),),
    ),
    Case(
        id="colombia-eln-dissidents",
        text="The ELN said it killed 15 FARC dissidents in clashes in Catatumbo.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=15,
                subject="COL",
                kind="armed_group",
                claimant_party="group:National Liberation Army",
            ),
        ),
    ),
    Case(
        id="colombia-army-eln-captured",
        text="Colombia's army said it captured 8 ELN guerrillas in Arauca.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="captured",
                low=8,
                subject="COL",
                party="group:National Liberation Army",
                claimant_party="state:COL",
            ),
        ),
    ),
    Case(
        id="colombia-soldiers-killed-emc",
        text="Seven soldiers were killed in an attack by the Estado Mayor Central in Cauca, the defence ministry said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed", low=7, subject="COL", kind="military", party="state:COL", claimant_party="state:COL"
            ),
        ),
    ),
    Case(
        id="colombia-ombudsman-displaced",
        text="The ombudsman's office said 32 social leaders had been killed this year in Colombia.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=32, subject="COL", party="civilians:COL", claimant_party="state:COL"),),
    ),
    Case(
        id="mexico-guard-cartel",
        text="The National Guard said its officers killed 13 cartel gunmen in a shootout in Michoacan.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=13, subject="MEX", kind="armed_group", claimant_party="state:MEX"),),
    ),
    Case(
        id="mexico-cjng-ambush-police",
        text="Suspected CJNG gunmen ambushed a police convoy in Jalisco, killing 12 officers, state authorities said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=12, subject="MEX", party="state:MEX", claimant_party="state:MEX"),),
    ),
    Case(
        id="mexico-sinaloa-bodies",
        text="Authorities found 20 bodies in Culiacan amid a war between Sinaloa Cartel factions.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=20, subject="MEX"),),
    ),
    Case(
        id="haiti-gangs-police",
        text="Haitian police said they killed 25 gang members in Port-au-Prince.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=25, subject="HTI", kind="armed_group", claimant_party="state:HTI"),),
    ),
    Case(
        id="haiti-viv-ansanm-massacre",
        text="Viv Ansanm gangsters killed 70 residents of Pont-Sonde in Haiti's Artibonite region, the UN human "
        "rights office said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=70, subject="HTI", kind="civilians", party="civilians:HTI"),),
    ),
    Case(
        id="haiti-gang-leader-says",
        text="Gang leader Jimmy Cherizier said police killed 6 of his men in Port-au-Prince.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=6, subject="HTI"),),
    ),
    Case(
        id="yemen-houthi-ministry",
        text="The Houthi-run health ministry said US strikes on Sanaa killed 12 people.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=12, subject="YEM", claimant_party="group:Houthis"),),
    ),
    Case(
        id="yemen-coalition-houthis",
        text="The Saudi-led coalition said its strikes killed 45 Houthi fighters near Marib.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=45,
                subject="YEM",
                kind="armed_group",
                party="group:Houthis",
                claimant_party="intl:Saudi-led coalition",
            ),
        ),
    ),
    Case(
        id="yemen-houthi-drones-downed",
        text="Saudi air defences intercepted 6 Houthi drones launched at Jizan, the Saudi-led coalition said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="destroyed",
                low=6,
                unit="aircraft",
                subject="YEM",
                party="group:Houthis",
                claimant_party="intl:Saudi-led coalition",
            ),
        ),
    ),
    Case(
        id="yemen-government-soldiers",
        text="Yemeni government forces said 9 of their soldiers were killed in a Houthi attack in Taiz.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed", low=9, subject="YEM", kind="military", party="state:YEM", claimant_party="state:YEM"
            ),
        ),
    ),
    Case(
        id="syria-sohr-civilians",
        text="The Syrian Observatory for Human Rights, a Britain-based monitor, said 23 civilians were killed in "
        "shelling on Idlib.",
        published=dt.date(2024, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=23,
                subject="SYR",
                kind="civilians",
                party="civilians:SYR",
                claimant_party="intl:Syrian Observatory for Human Rights",
            ),
        ),
    ),
    Case(
        id="syria-sdf-isis",
        text="The Syrian Democratic Forces said they killed 8 Islamic State militants in Deir ez-Zor.",
        published=dt.date(2024, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=8,
                kind="armed_group",
                party="group:Islamic State",
                claimant_party="group:Syrian Democratic Forces",
            ),
        ),
    ),
    Case(
        id="syria-sna-sdf",
        text="Turkish-backed factions said they killed 18 SDF fighters near Manbij.",
        published=dt.date(2024, 6, 1),
        claims=(
            Expect(outcome="killed", low=18, subject="SYR", kind="armed_group", party="group:Syrian Democratic Forces"),
        ),
    ),
    Case(
        id="syria-hts-regime",
        text="Hayat Tahrir al-Sham said its fighters killed 30 regime soldiers in Aleppo province.",
        published=dt.date(2024, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=30,
                subject="SYR",
                kind="military",
                party="state:SYR",
                claimant_party="group:Hayat Tahrir al-Sham",
            ),
        ),
    ),
    Case(
        id="somalia-army-shabaab",
        text="Somalia's army said it killed 70 al-Shabaab militants in an operation in Middle Shabelle.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=70,
                subject="SOM",
                kind="armed_group",
                party="group:al-Shabaab",
                claimant_party="state:SOM",
            ),
        ),
    ),
    Case(
        id="somalia-shabaab-claims",
        text="Al-Shabaab said it killed 20 Somali soldiers in an attack on a base in Lower Shabelle.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=20,
                subject="SOM",
                kind="military",
                party="state:SOM",
                claimant_party="group:al-Shabaab",
            ),
        ),
    ),
    Case(
        id="somalia-hotel-siege",
        text="Al-Shabaab gunmen stormed a hotel in Mogadishu, killing 9 people, police said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=9, subject="SOM", claimant_party="state:SOM"),),
    ),
    Case(
        id="somalia-clan-militia",
        text="A clan militia member said 4 of their fighters were killed in clashes with al-Shabaab in Hiran.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=4, subject="SOM"),),
    ),
    Case(
        id="mozambique-insurgents-beheaded",
        text="Insurgents beheaded 11 villagers in Cabo Delgado, local sources said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=11, subject="MOZ", kind="civilians", party="civilians:MOZ"),),
    ),
    Case(
        id="mozambique-rwanda-forces",
        text="Rwandan troops said they killed 20 insurgents in Mocimboa da Praia.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=20, subject="MOZ", kind="armed_group", claimant_party="state:RWA"),),
    ),
    Case(
        id="mozambique-is-claims",
        text="The Islamic State said its fighters killed 5 Mozambican soldiers in Macomia.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=5,
                subject="MOZ",
                kind="military",
                party="state:MOZ",
                claimant_party="group:Islamic State Mozambique Province",
            ),
        ),
    ),
    Case(
        id="nigeria-bandits-abduct",
        text="Bandits abducted 40 worshippers from a church in Kaduna state, police said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="captured",
                low=40,
                subject="NGA",
                kind="civilians",
                party="civilians:NGA",
                claimant_party="state:NGA",
            ),
        ),
    ),
    Case(
        id="nigeria-iswap-base",
        text="ISWAP fighters killed 15 soldiers in an attack on a base in Borno, military sources said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed", low=15, subject="NGA", kind="military", party="state:NGA", claimant_party="state:NGA"
            ),
        ),
    ),
    Case(
        id="nigeria-airforce-bandits",
        text="The Nigerian Air Force said air strikes killed 50 bandits in Zamfara.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=50, subject="NGA", kind="armed_group", claimant_party="state:NGA"),),
    ),
    Case(
        id="nigeria-vigilantes",
        text="Vigilantes said they killed 8 kidnappers in a forest in Katsina.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=8, subject="NGA"),),
    ),
    Case(
        id="philippines-npa-soldiers",
        text="The New People's Army said it killed 3 soldiers in an ambush in Samar.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=3,
                subject="PHL",
                kind="military",
                party="state:PHL",
                claimant_party="group:New People's Army",
            ),
        ),
    ),
    Case(
        id="philippines-army-npa",
        text="The Philippine army said troops killed 6 NPA rebels in Negros Occidental.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=6,
                subject="PHL",
                kind="armed_group",
                party="group:New People's Army",
                claimant_party="state:PHL",
            ),
        ),
    ),
    Case(
        id="philippines-abu-sayyaf-captured",
        text="Marines captured 2 Abu Sayyaf militants in Sulu, the military said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(outcome="captured", low=2, subject="PHL", party="group:Abu Sayyaf", claimant_party="state:PHL"),
        ),
    ),
    Case(
        id="kashmir-army-militants",
        text="The Indian army said it shot dead 3 militants in Kupwara.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=3, subject="IND", kind="armed_group", claimant_party="state:IND"),),
    ),
    Case(
        id="kashmir-trf-tourists",
        text="Gunmen killed 26 tourists at Pahalgam in Indian Kashmir, police said, blaming The Resistance Front.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=26,
                subject="IND",
                kind="civilians",
                party="civilians:IND",
                claimant_party="state:IND",
            ),
        ),
    ),
    Case(
        id="kashmir-pakistan-shelling",
        text="Pakistan's army said Indian shelling killed 5 civilians along the Line of Control.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=5,
                subject="PAK",
                kind="civilians",
                party="civilians:PAK",
                claimant_party="state:PAK",
            ),
        ),
    ),
    Case(
        id="ukraine-downed-no-enemy",
        text="The air force said it had shot down 52 drones overnight over the Kyiv region.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="destroyed", low=52, unit="aircraft", subject=None, party="unknown", claimant_party="state:UKR"
            ),
        ),
    ),
    Case(
        id="russia-downed-ukrainian",
        text="Russia's defence ministry said air defences downed 30 Ukrainian drones over Belgorod.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="destroyed",
                low=30,
                unit="aircraft",
                subject="UKR",
                party="state:UKR",
                claimant_party="state:RUS",
            ),
        ),
    ),
    Case(
        id="acled-monitor-based",
        text="ACLED, a US-based monitor, said 300 people were killed in Darfur in May.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=300, subject="SDN", claimant_party="intl:ACLED"),),
    ),
    Case(
        id="rebels-own-losses-their",
        text="The rebels said they lost 4 fighters in the clashes near Kalemie.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=4, subject="COD", kind="armed_group"),),
    ),
    Case(
        id="syria-bound-name-no-emirates-city",
        text="Turkish drones killed 4 SDF fighters near Ras al-Ain, the Syrian Democratic Forces said.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=4,
                subject="SYR",
                party="group:Syrian Democratic Forces",
                claimant_party="group:Syrian Democratic Forces",
            ),
        ),
    ),
    Case(
        id="gaza-two-place-dateline",
        text="CAIRO/GAZA (AP) — An Israeli strike on a school in Khan Younis killed 12 people, "
        "the health ministry said.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=12, subject="PSE", claimant_party="state:PSE"),),
    ),
    Case(
        id="sudan-association-for-rights",
        text="Eleven civilians died in shelling of a market in Kadugli, "
        "according to the Sudanese Association for Justice and Peace.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(outcome="killed", low=11, subject="SDN", party="civilians:SDN", claimant_party="civilians:SDN"),
        ),
    ),
    Case(
        id="sudan-newspaper-named-after-a-city",
        text="Eleven civilians died in shelling of a market in Kadugli, the Washington Post reported.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=11, subject="SDN", party="civilians:SDN", claimant_party="unknown"),),
    ),
    Case(
        id="drc-spokesman-for-the-rebels",
        text="M23 fighters overran an army post near Rutshuru. Willy Ngoma, a spokesman for the rebels, "
        "said 14 soldiers were killed.",
        published=dt.date(2025, 6, 1),
        claims=(Expect(outcome="killed", low=14, subject="COD", party="state:COD", claimant_party="group:M23"),),
    ),
    Case(
        id="opposition-outlet-toll",
        text="Thirty civilians were killed in shelling of Jalaa in Sudan, an opposition-run outlet reported.",
        published=dt.date(2025, 6, 1),
        claims=(
            Expect(
                outcome="killed",
                low=30,
                subject="SDN",
                kind="civilians",
                party="civilians:SDN",
                claimant_party="unknown",
            ),
        ),
    ),
    # --- Written after the rules above, to measure them on wars and phrasings they were not tuned on
    # (the Sahel, Sudan, Myanmar, eastern Congo, Ethiopia, Colombia, Mexico, Haiti, Yemen, Somalia,
    # Mozambique, Cameroon, the Philippines, Nigeria). A People's Defence Force is the National Unity
    # Government's armed wing, and Dawlah Islamiyah the Islamic State's East Asia Province: a wing is its
    # organization's party.
    # --- the Sahel
    Case(
        id="mali-jnim-claims-camp",
        published=_HELD_OUT_DATE,
        text="JNIM said its fighters killed 21 soldiers in an attack on an army camp near Boulkessi in central Mali.",
        claims=(
            Expect(outcome="killed", low=21, subject="MLI", kind="military", party="state:MLI", claimant_party=_JNIM),
        ),
    ),
    Case(
        id="mali-army-neutralised",
        published=_HELD_OUT_DATE,
        text="The Malian armed forces said they neutralised 30 terrorists during air strikes around Tessit.",
        claims=(Expect(outcome="killed", low=30, subject="MLI", kind="armed_group", claimant_party="state:MLI"),),
    ),
    Case(
        id="burkina-vdp-volunteers-killed",
        published=_HELD_OUT_DATE,
        text="Militants killed 15 members of the Volunteers for the Defence of the Homeland near Djibo, security "
        "sources said.",
        claims=(Expect(outcome="killed", low=15, subject="BFA", party="state:BFA"),),
    ),
    Case(
        id="niger-ministry-patrol",
        published=_HELD_OUT_DATE,
        text="Niger's defence ministry said 12 soldiers died when Islamic State Sahel fighters attacked a patrol "
        "in the Tillaberi region.",
        claims=(
            Expect(
                outcome="killed", low=12, subject="NER", kind="military", party="state:NER", claimant_party="state:NER"
            ),
        ),
    ),
    Case(
        id="burkina-villagers-residents-told",
        published=_HELD_OUT_DATE,
        text="Gunmen killed at least 40 villagers in the Sourou province of Burkina Faso, residents told reporters.",
        claims=(
            Expect(
                outcome="killed",
                low=40,
                subject="BFA",
                kind="civilians",
                party="civilians:BFA",
                claimant_party="civilians:BFA",
            ),
        ),
    ),
    Case(
        id="mali-market-raid-rights-group",
        published=_HELD_OUT_DATE,
        text="Soldiers and Russian paramilitaries killed 8 civilians in a raid on a market near Diafarabe, a local "
        "rights group said.",
        claims=(Expect(outcome="killed", low=8, subject="MLI", kind="civilians", party="civilians:MLI"),),
    ),
    Case(
        id="niger-post-overrun-captured",
        published=_HELD_OUT_DATE,
        text="Jihadists seized 9 soldiers after overrunning a post near Torodi, Nigerien officials said.",
        claims=(
            Expect(
                outcome="captured", low=9, subject="NER", kind="military", party="state:NER", claimant_party="state:NER"
            ),
        ),
    ),
    Case(
        id="burkina-air-force-djibo",
        published=_HELD_OUT_DATE,
        text="Burkina Faso's army said its air force killed 100 terrorists near Djibo.",
        claims=(Expect(outcome="killed", low=100, subject="BFA", kind="armed_group", claimant_party="state:BFA"),),
    ),
    Case(
        id="mali-fla-downs-drone",
        published=_HELD_OUT_DATE,
        text="The Azawad Liberation Front said it shot down 2 Malian army drones near Kidal.",
        claims=(
            Expect(
                outcome="destroyed",
                low=2,
                unit="aircraft",
                subject="MLI",
                party="state:MLI",
                claimant_party="group:Azawad Liberation Front",
            ),
        ),
    ),
    # --- Sudan
    Case(
        id="sudan-camp-shelling-committees",
        published=_HELD_OUT_DATE,
        text="RSF shelling of the Abu Shouk camp killed 14 displaced people, the resistance committees in El Fasher "
        "said.",
        claims=(Expect(outcome="killed", low=14, subject="SDN", kind="civilians", party="civilians:SDN"),),
    ),
    Case(
        id="sudan-drone-nyala-military-source",
        published=_HELD_OUT_DATE,
        text="A Sudanese army drone strike killed 22 RSF fighters in Nyala, a military source said.",
        claims=(
            Expect(outcome="killed", low=22, subject="SDN", kind="armed_group", party=_RSF, claimant_party="state:SDN"),
        ),
    ),
    Case(
        id="sudan-rsf-captured-officers",
        published=_HELD_OUT_DATE,
        text="The paramilitary RSF said it captured 35 army officers when it took the 22nd Infantry Division base in "
        "Babanusa.",
        claims=(
            Expect(outcome="captured", low=35, subject="SDN", kind="military", party="state:SDN", claimant_party=_RSF),
        ),
    ),
    Case(
        id="sudan-hospital-received-wounded",
        published=_HELD_OUT_DATE,
        text="Doctors Without Borders said its hospital in Omdurman received 60 wounded civilians after the shelling.",
        claims=(Expect(outcome="wounded", low=60, subject="SDN", kind="civilians", party="civilians:SDN"),),
    ),
    Case(
        id="sudan-air-force-west-kordofan",
        published=_HELD_OUT_DATE,
        text="The Sudanese army said its air force killed 40 RSF fighters in West Kordofan on Monday.",
        claims=(
            Expect(outcome="killed", low=40, subject="SDN", kind="armed_group", party=_RSF, claimant_party="state:SDN"),
        ),
    ),
    Case(
        id="sudan-aid-convoy-un",
        published=_HELD_OUT_DATE,
        text="Eight aid workers were among 25 people killed in an RSF attack on a convoy in North Darfur, the UN said.",
        claims=(Expect(outcome="killed", low=25, subject="SDN"),),
    ),
    Case(
        id="sudan-short-article",
        published=_HELD_OUT_DATE,
        text="KHARTOUM, June 3 (Reuters) - The Rapid Support Forces shelled Omdurman overnight, killing 12 civilians, "
        "activists said.\nThe army said its troops killed 50 RSF fighters in a counterattack.",
        claims=(
            Expect(outcome="killed", low=12, subject="SDN", kind="civilians", party="civilians:SDN"),
            Expect(outcome="killed", low=50, subject="SDN", kind="armed_group", party=_RSF, claimant_party="state:SDN"),
        ),
    ),
    # --- Myanmar
    Case(
        id="myanmar-sagaing-strike-pdf-says",
        published=_HELD_OUT_DATE,
        text="A junta air strike on a village in Sagaing region killed 11 civilians, including four children, "
        "a local People's Defence Force said.",
        claims=(
            Expect(
                outcome="killed", low=11, subject="MMR", kind="civilians", party="civilians:MMR", claimant_party=_PDF
            ),
        ),
    ),
    Case(
        id="myanmar-arakan-army-captured",
        published=_HELD_OUT_DATE,
        text="The Arakan Army said it captured 210 junta soldiers when it overran a base in Rakhine State.",
        claims=(
            Expect(
                outcome="captured",
                low=210,
                subject="MMR",
                kind="military",
                party="state:MMR",
                claimant_party="group:Arakan Army",
            ),
        ),
    ),
    Case(
        id="myanmar-kia-regime-troops",
        published=_HELD_OUT_DATE,
        text="The Kachin Independence Army said 25 regime troops were killed in fighting near Bhamo.",
        claims=(
            Expect(
                outcome="killed",
                low=25,
                subject="MMR",
                kind="military",
                party="state:MMR",
                claimant_party="group:Kachin Independence Army",
            ),
        ),
    ),
    Case(
        id="myanmar-state-media-pdf-terrorists",
        published=_HELD_OUT_DATE,
        text="State media said security forces killed 17 PDF terrorists in Magway region.",
        claims=(
            Expect(outcome="killed", low=17, subject="MMR", kind="armed_group", party=_PDF, claimant_party="state:MMR"),
        ),
    ),
    Case(
        id="myanmar-tnla-own-losses",
        published=_HELD_OUT_DATE,
        text="The Ta'ang National Liberation Army said 9 of its fighters were killed by regime air strikes in "
        "northern Shan State.",
        claims=(
            Expect(
                outcome="killed",
                low=9,
                subject="MMR",
                kind="armed_group",
                party="group:Ta'ang National Liberation Army",
                claimant_party="group:Ta'ang National Liberation Army",
            ),
        ),
    ),
    Case(
        id="myanmar-short-article-spokesman",
        published=_HELD_OUT_DATE,
        text="Myanmar's military said on Tuesday that it had retaken the town of Kyaukme. "
        "A spokesman for the TNLA said 30 junta soldiers were killed in the fighting.",
        claims=(
            Expect(
                outcome="killed",
                low=30,
                subject="MMR",
                kind="military",
                party="state:MMR",
                claimant_party="group:Ta'ang National Liberation Army",
            ),
        ),
    ),
    # --- eastern Congo
    Case(
        id="drc-army-m23-masisi",
        published=_HELD_OUT_DATE,
        text="The Congolese army said it killed 45 M23 rebels in clashes near Masisi.",
        claims=(
            Expect(
                outcome="killed",
                low=45,
                subject="COD",
                kind="armed_group",
                party="group:M23",
                claimant_party="state:COD",
            ),
        ),
    ),
    Case(
        id="drc-afc-m23-claims-soldiers",
        published=_HELD_OUT_DATE,
        text="The AFC/M23 alliance said it killed 30 Congolese soldiers near Walikale.",
        claims=(
            Expect(
                outcome="killed", low=30, subject="COD", kind="military", party="state:COD", claimant_party="group:M23"
            ),
        ),
    ),
    Case(
        id="drc-adf-hacked-beni",
        published=_HELD_OUT_DATE,
        text="ADF rebels hacked to death 38 civilians in villages of Beni territory, a local civil society leader "
        "said.",
        claims=(Expect(outcome="killed", low=38, subject="COD", kind="civilians", party="civilians:COD"),),
    ),
    Case(
        id="drc-codeco-camp-djugu",
        published=_HELD_OUT_DATE,
        text="CODECO militiamen killed 19 displaced people in an attack on a camp in Djugu, the UN mission said.",
        claims=(Expect(outcome="killed", low=19, subject="COD", kind="civilians", party="civilians:COD"),),
    ),
    Case(
        id="drc-short-article-goma",
        published=_HELD_OUT_DATE,
        text="GOMA, Congo (AP) — Fighting between M23 and the army killed 9 civilians in Minova, local officials said. "
        "The rebels said they had captured 40 soldiers.",
        claims=(
            Expect(outcome="killed", low=9, subject="COD", kind="civilians", party="civilians:COD"),
            Expect(
                outcome="captured",
                low=40,
                subject="COD",
                kind="military",
                party="state:COD",
                claimant_party="group:M23",
            ),
        ),
    ),
    # --- Ethiopia
    Case(
        id="ethiopia-fano-ambush-claim",
        published=_HELD_OUT_DATE,
        text="Fano said its fighters killed 60 federal soldiers in an ambush on the road to Bahir Dar.",
        claims=(
            Expect(
                outcome="killed", low=60, subject="ETH", kind="military", party="state:ETH", claimant_party="group:Fano"
            ),
        ),
    ),
    Case(
        id="ethiopia-endf-fano-extremists",
        published=_HELD_OUT_DATE,
        text="The Ethiopian National Defence Force said it had killed 120 Fano extremists in operations in Gojjam.",
        claims=(
            Expect(
                outcome="killed",
                low=120,
                subject="ETH",
                kind="armed_group",
                party="group:Fano",
                claimant_party="state:ETH",
            ),
        ),
    ),
    Case(
        id="ethiopia-drone-bus-amhara",
        published=_HELD_OUT_DATE,
        text="A drone strike on a bus in the Amhara region killed 23 passengers, witnesses said.",
        claims=(Expect(outcome="killed", low=23, subject="ETH", kind="civilians", party="civilians:ETH"),),
    ),
    Case(
        id="ethiopia-fano-captured-police",
        published=_HELD_OUT_DATE,
        text="Fano fighters captured 17 federal police officers in North Gondar, a Fano commander said.",
        claims=(Expect(outcome="captured", low=17, subject="ETH", party="state:ETH", claimant_party="group:Fano"),),
    ),
    # --- Colombia
    Case(
        id="colombia-eln-base-arauca",
        published=_HELD_OUT_DATE,
        text="Seven soldiers were killed when ELN guerrillas attacked a military base in Arauca, the defence ministry "
        "said.",
        claims=(
            Expect(
                outcome="killed", low=7, subject="COL", kind="military", party="state:COL", claimant_party="state:COL"
            ),
        ),
    ),
    Case(
        id="colombia-emc-police-cauca",
        published=_HELD_OUT_DATE,
        text="FARC dissidents of the Estado Mayor Central killed 3 police officers in Cauca, the governor of Cauca "
        "said.",
        claims=(Expect(outcome="killed", low=3, subject="COL", party="state:COL", claimant_party="state:COL"),),
    ),
    Case(
        id="colombia-army-clan-del-golfo",
        published=_HELD_OUT_DATE,
        text="The army said troops killed 4 members of the Clan del Golfo and captured 11 in Antioquia.",
        claims=(
            Expect(outcome="killed", low=4, subject="COL", party="group:Clan del Golfo", claimant_party="state:COL"),
            Expect(outcome="captured", low=11, subject="COL", party="group:Clan del Golfo", claimant_party="state:COL"),
        ),
    ),
    Case(
        id="colombia-catatumbo-ombudsman",
        published=_HELD_OUT_DATE,
        text="Fighting between the ELN and FARC dissidents in Catatumbo left 80 people dead, the ombudsman's office "
        "said.",
        claims=(Expect(outcome="killed", low=80, subject="COL", claimant_party="state:COL"),),
    ),
    Case(
        id="colombia-drone-police-station",
        published=_HELD_OUT_DATE,
        text="Two police officers were wounded when a drone dropped explosives on a station in Jamundi, Cauca, "
        "the national police said.",
        claims=(
            Expect(
                outcome="wounded", low=2, subject="COL", kind="police", party="state:COL", claimant_party="state:COL"
            ),
        ),
    ),
    # --- Mexico
    Case(
        id="mexico-guard-convoy-guerrero",
        published=_HELD_OUT_DATE,
        text="Suspected cartel gunmen ambushed a National Guard convoy in Guerrero, killing 6 guardsmen, "
        "the security cabinet said.",
        claims=(Expect(outcome="killed", low=6, subject="MEX", party="state:MEX", claimant_party="state:MEX"),),
    ),
    Case(
        id="mexico-bodies-culiacan",
        published=_HELD_OUT_DATE,
        text="Police found 20 bodies dumped near Culiacan amid the war between Sinaloa Cartel factions, state "
        "prosecutors said.",
        claims=(Expect(outcome="killed", low=20, subject="MEX", claimant_party="state:MEX"),),
    ),
    Case(
        id="mexico-soldiers-gunmen-tamaulipas",
        published=_HELD_OUT_DATE,
        text="Soldiers killed 13 gunmen in a shootout in Tamaulipas, the defence ministry said.",
        claims=(Expect(outcome="killed", low=13, subject="MEX", kind="armed_group", claimant_party="state:MEX"),),
    ),
    Case(
        id="mexico-bar-guanajuato",
        published=_HELD_OUT_DATE,
        text="Gunmen killed 8 people at a bar in Guanajuato state, local prosecutors said.",
        claims=(Expect(outcome="killed", low=8, subject="MEX", claimant_party="state:MEX"),),
    ),
    # --- Haiti
    Case(
        id="haiti-pont-sonde-un",
        published=_HELD_OUT_DATE,
        text="Gang members killed 70 residents in Pont-Sonde, the UN human rights office said.",
        claims=(Expect(outcome="killed", low=70, subject="HTI", kind="civilians", party="civilians:HTI"),),
    ),
    Case(
        id="haiti-police-operation",
        published=_HELD_OUT_DATE,
        text="Haitian police said they killed 12 gang members during an operation in Port-au-Prince.",
        claims=(Expect(outcome="killed", low=12, subject="HTI", kind="armed_group", claimant_party="state:HTI"),),
    ),
    Case(
        id="haiti-viv-ansanm-officers",
        published=_HELD_OUT_DATE,
        text="Viv Ansanm gunmen killed 2 police officers in Mirebalais, the police union said.",
        claims=(Expect(outcome="killed", low=2, subject="HTI", party="state:HTI"),),
    ),
    Case(
        id="haiti-short-kenscoff",
        published=_HELD_OUT_DATE,
        text="PORT-AU-PRINCE, Haiti (AP) — Gangs set fire to homes in Kenscoff. At least 15 people were killed, "
        "a local official said.",
        claims=(Expect(outcome="killed", low=15, subject="HTI", claimant_party="state:HTI"),),
    ),
    # --- Yemen
    Case(
        id="yemen-houthis-marib-soldiers",
        published=_HELD_OUT_DATE,
        text="The Houthis said their forces killed 15 government soldiers in an attack in Marib province.",
        claims=(
            Expect(
                outcome="killed",
                low=15,
                subject="YEM",
                kind="military",
                party="state:YEM",
                claimant_party="group:Houthis",
            ),
        ),
    ),
    Case(
        id="yemen-coalition-saada",
        published=_HELD_OUT_DATE,
        text="Air strikes by the Saudi-led coalition killed 9 Houthi fighters in Saada, the coalition said.",
        claims=(Expect(outcome="killed", low=9, subject="YEM", kind="armed_group", party="group:Houthis"),),
    ),
    Case(
        id="yemen-ras-isa-houthi-ministry",
        published=_HELD_OUT_DATE,
        text="US strikes on the port of Ras Isa killed 74 people, the Houthi-run health ministry said.",
        claims=(Expect(outcome="killed", low=74, subject="YEM", claimant_party="group:Houthis"),),
    ),
    Case(
        id="yemen-houthis-down-reaper",
        published=_HELD_OUT_DATE,
        text="The Houthis said they had shot down a US MQ-9 Reaper drone over Marib.",
        claims=(
            Expect(
                outcome="destroyed",
                low=1,
                unit="aircraft",
                subject="USA",
                party="state:USA",
                claimant_party="group:Houthis",
            ),
        ),
    ),
    # --- Somalia
    Case(
        id="somalia-shabaab-stormed-base",
        published=_HELD_OUT_DATE,
        text="Al-Shabaab said it killed 27 Somali soldiers when it stormed a military base in Middle Shabelle.",
        claims=(
            Expect(
                outcome="killed",
                low=27,
                subject="SOM",
                kind="military",
                party="state:SOM",
                claimant_party="group:al-Shabaab",
            ),
        ),
    ),
    Case(
        id="somalia-sna-hiraan",
        published=_HELD_OUT_DATE,
        text="The Somali National Army said it killed 41 al-Shabaab militants in an operation in Hiraan region.",
        claims=(
            Expect(
                outcome="killed",
                low=41,
                subject="SOM",
                kind="armed_group",
                party="group:al-Shabaab",
                claimant_party="state:SOM",
            ),
        ),
    ),
    Case(
        id="somalia-car-bomb-police",
        published=_HELD_OUT_DATE,
        text="A car bomb outside a restaurant in Mogadishu killed 9 people, police said.",
        claims=(Expect(outcome="killed", low=9, subject="SOM", claimant_party="state:SOM"),),
    ),
    Case(
        id="somalia-short-kismayo-hotel",
        published=_HELD_OUT_DATE,
        text="Al-Shabaab fighters attacked a hotel in Kismayo. Security forces killed all 6 attackers, a police "
        "officer said.",
        claims=(
            Expect(
                outcome="killed",
                low=6,
                subject="SOM",
                kind="armed_group",
                party="group:al-Shabaab",
                claimant_party="state:SOM",
            ),
        ),
    ),
    # --- Mozambique
    Case(
        id="mozambique-beheaded-villagers",
        published=_HELD_OUT_DATE,
        text="Insurgents linked to the Islamic State beheaded 11 villagers in Cabo Delgado, local sources said.",
        claims=(Expect(outcome="killed", low=11, subject="MOZ", kind="civilians", party="civilians:MOZ"),),
    ),
    Case(
        id="mozambique-defence-forces",
        published=_HELD_OUT_DATE,
        text="Mozambique's defence forces said they killed 14 insurgents near Mocimboa da Praia.",
        claims=(Expect(outcome="killed", low=14, subject="MOZ", kind="armed_group", claimant_party="state:MOZ"),),
    ),
    Case(
        id="mozambique-rwandan-troops",
        published=_HELD_OUT_DATE,
        text="Rwandan troops deployed in Cabo Delgado killed 20 insurgents, Rwanda's defence force said.",
        claims=(Expect(outcome="killed", low=20, subject="MOZ", kind="armed_group", claimant_party="state:RWA"),),
    ),
    # --- Cameroon
    Case(
        id="cameroon-separatists-ambush",
        published=_HELD_OUT_DATE,
        text="Anglophone separatists killed 4 soldiers in an ambush in the North-West region, the army said.",
        claims=(
            Expect(
                outcome="killed", low=4, subject="CMR", kind="military", party="state:CMR", claimant_party="state:CMR"
            ),
        ),
    ),
    Case(
        id="cameroon-troops-bamenda",
        published=_HELD_OUT_DATE,
        text="Cameroonian troops killed 7 Ambazonian separatist fighters in Bamenda, a military spokesman said.",
        claims=(Expect(outcome="killed", low=7, subject="CMR", kind="armed_group", claimant_party="state:CMR"),),
    ),
    Case(
        id="cameroon-schoolchildren-kumbo",
        published=_HELD_OUT_DATE,
        text="Separatist fighters abducted 30 schoolchildren in the town of Kumbo, the regional governor said.",
        claims=(
            Expect(
                outcome="captured",
                low=30,
                subject="CMR",
                kind="civilians",
                party="civilians:CMR",
                claimant_party="state:CMR",
            ),
        ),
    ),
    # --- the Philippines
    Case(
        id="philippines-afp-npa-samar",
        published=_HELD_OUT_DATE,
        text="The Armed Forces of the Philippines said 5 NPA guerrillas were killed in an encounter in Northern Samar.",
        claims=(
            Expect(
                outcome="killed",
                low=5,
                subject="PHL",
                kind="armed_group",
                party="group:New People's Army",
                claimant_party="state:PHL",
            ),
        ),
    ),
    Case(
        id="philippines-npa-ambush-masbate",
        published=_HELD_OUT_DATE,
        text="NPA rebels killed 2 soldiers in an ambush in Masbate, the army's 9th Infantry Division said.",
        claims=(
            Expect(
                outcome="killed", low=2, subject="PHL", kind="military", party="state:PHL", claimant_party="state:PHL"
            ),
        ),
    ),
    Case(
        id="philippines-dawlah-lanao",
        published=_HELD_OUT_DATE,
        text="Troops killed 3 Dawlah Islamiyah militants in Lanao del Sur, the military said.",
        claims=(
            Expect(
                outcome="killed",
                low=3,
                subject="PHL",
                kind="armed_group",
                party="group:Islamic State East Asia Province",
                claimant_party="state:PHL",
            ),
        ),
    ),
    # --- Nigeria
    Case(
        id="nigeria-iswap-overran-base",
        published=_HELD_OUT_DATE,
        text="ISWAP fighters killed 20 soldiers when they overran a base in Borno, two military sources said.",
        claims=(Expect(outcome="killed", low=20, subject="NGA", kind="military", party="state:NGA"),),
    ),
    Case(
        id="nigeria-mosque-kidnap",
        published=_HELD_OUT_DATE,
        text="Bandits kidnapped 50 worshippers from a mosque in Zamfara state, police said.",
        claims=(
            Expect(
                outcome="captured",
                low=50,
                subject="NGA",
                kind="civilians",
                party="civilians:NGA",
                claimant_party="state:NGA",
            ),
        ),
    ),
    Case(
        id="nigeria-army-rescued-killed",
        published=_HELD_OUT_DATE,
        text="The Nigerian army said troops rescued 23 kidnapped passengers and killed 4 bandits in Kaduna.",
        claims=(Expect(outcome="killed", low=4, subject="NGA", kind="armed_group", claimant_party="state:NGA"),),
    ),
)

KNOWN_FAILURES: Final[dict[str, str]] = {
    "mali-market-raid-rights-group": "Diafarabe is no place the gazetteer knows and nothing else names Mali: "
    "the civilians are of no country",
    "sudan-camp-shelling-committees": "'displaced people' is read by its last noun, people of no kind, and the "
    "place is only in the speaker's phrase",
    "drc-afc-m23-claims-soldiers": "'The AFC/M23 alliance said': the slashed name before a generic noun is no speaker",
    "drc-adf-hacked-beni": "'Beni territory': the designator selects Bolivia's Beni department over Congo's town, "
    "as the gazetteer does not weigh the armed group's country",
    "drc-codeco-camp-djugu": "'displaced people' is read by its last noun, people of no kind",
    "ethiopia-fano-captured-police": "'in North Gondar, a Fano commander said': the place before the comma hides "
    "the speaker",
    "colombia-emc-police-cauca": "'the governor of Cauca' is a person of no party: a governor named by his "
    "province is not read as the state's",
    "colombia-catatumbo-ombudsman": "Catatumbo is no place the gazetteer knows; people of no kind take no country "
    "from the groups named",
    "mexico-guard-convoy-guerrero": "'guardsmen' is no noun for the National Guard's men: the dead are of no side",
    "mexico-bodies-culiacan": "'found 20 bodies' is no toll the claim grammar reads",
    "haiti-pont-sonde-un": "Pont-Sonde is no place the gazetteer knows and nothing else names Haiti",
    "yemen-ras-isa-houthi-ministry": "Ras Isa is no place the gazetteer knows: the dead take the country of the "
    "only state named, the one that struck",
    "somalia-short-kismayo-hotel": "'all 6 attackers' are not read as the fighters named before, and 'a police "
    "officer said' after a place-free sentence takes no country",
    "cameroon-separatists-ambush": "'the North-West region' is read as Botswana's: Cameroon's regions have French "
    "ISO names and the separatists' country does not weigh",
    "nigeria-army-rescued-killed": "after 'rescued 23 kidnapped passengers and', the bandits killed are read "
    "as the state's own troops",
}
"""Cases the extractor still gets wrong, by id, with the reason."""
