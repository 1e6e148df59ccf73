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
)

KNOWN_FAILURES: Final[dict[str, str]] = {}
"""Cases the extractor still gets wrong, by id, with the reason."""
