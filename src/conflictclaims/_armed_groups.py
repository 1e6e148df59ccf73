"""Parties that are not plain states: armed groups, named state forces, international bodies.

Data only; :mod:`conflictclaims._group_index` compiles it into a lookup. Kinds
are the string values of the party kinds in DESIGN.md (``armed_group``,
``state``, ``international``) plus ``channel`` for those who relay claims
without being a side, so that this module imports nothing from the package.

What counts as what:

- ``armed_group``: a non-state side, by the name wire copy and ACLED/UCDP use
  most. Armed wings, factions and provinces have entries of their own and name
  their organization in ``parent``; allegiances and alliances go in
  ``affiliations``.
- ``state``: a named force that is its state's side: the army and services
  under their own names ("IDF", "FARDC", "Tatmadaw", "ISPR"), forces that are
  part of the state by law (Iraq's Popular Mobilization Forces, Burkina Faso's
  VDP) and contractors under its command (Wagner Group, Africa Corps → RUS).
  Allied militias that keep their own command (Nigeria's CJTF, Congo's
  Wazalendo, Sudan's Joint Forces) stay armed groups and name the state in
  ``sides_with``.
- ``international``: UN missions and agencies, AU/regional/NATO missions,
  coalitions, courts and humanitarian bodies and monitors. ``country`` is
  ``None`` unless one state leads (Saudi-led coalition → SAU).
- ``channel``: news agencies, data projects and a group's media outlets: they
  relay a claim, the speaker behind them is the claimant (Amaq speaks for
  the Islamic State). Monitors that code events and count tolls themselves
  (ACLED, UCDP, Airwars) are ``international``: they are no side either.

Sources:

- UCDP Actor Dataset and the dyads of the UCDP Georeferenced Event Dataset
  (https://ucdp.uu.se/downloads/): which organized actors fought which
  governments since 2015, and UCDP's names for them ("Taleban", "IS",
  "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad").
- ACLED codebook and actor names (https://acleddata.com/): how ACLED writes
  actors ("RSF: Rapid Support Forces", "JNIM: Group for Support of Islam and
  Muslims", "Islamic State (West Africa) - Lake Chad Faction", "Military Forces
  of Yemen (2017-) Houthi", "Ambazonian Separatists (Cameroon)", "Lions' Den",
  "Katibat Jenin").
- Wikipedia's lists of armed groups per conflict (ethnic armed organisations
  in Myanmar, armed groups in the Syrian and Iraqi wars, the Sahel, Cabo
  Delgado, eastern Congo, the Central African Republic, Haiti's gangs, Mexico's
  cartels) and the groups' own articles, for acronyms, former names, mergers
  and renames (Karen BGF → Karen National Army 2024; CSP-DPA → Azawad
  Liberation Front, 30 November 2024; AMISOM → ATMIS 2022 → AUSSOM, 1 January
  2025; Haiti's MSS → Gang Suppression Force, resolution 2793 of 30 September 2025).
- UN peacekeeping and special political missions (https://peacekeeping.un.org/,
  https://dppa.un.org/) and the AU Peace and Security Council for mission names.
- Reuters, AP and AFP spellings for canonical names and transliterations.

Only facts are taken from these; no code or text is carried over.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

__all__ = [
    "AMBIGUITIES",
    "ARMED_GROUPS",
    "CHANNELS",
    "INTERNATIONAL",
    "PARTIES",
    "STATE_FORCES",
    "Ambiguity",
    "EntryKind",
    "PartyEntry",
]

EntryKind = Literal["armed_group", "state", "international", "channel"]

ARMED: Final = "armed_group"
STATE: Final = "state"
INTL: Final = "international"
CHANNEL: Final = "channel"


class PartyEntry(NamedTuple):
    """One known party and every way the news names it.

    Attributes:
        name: Canonical English name, unique in the table.
        kind: What kind of party it is (see the module docstring).
        country: ISO 3166-1 alpha-3 code of the party's side: the state a
            named state force counts as, the state an armed group fights in or
            comes from, the state leading a coalition; ``None`` for bodies
            with no side and for movements spanning many states.
        active_in: Where it fights or works, most important first; the
            country context that tells ambiguous names apart.
        acronyms: Abbreviations, matched with their case exactly ("AA", "JeM").
        aliases: Other names, former names and transliterations, matched
            without regard to case, accents, apostrophes or hyphens. Suffix
            variants ("X rebels", "X fighters") are left to the grammar.
        members: Nouns and modifiers for its members ("Houthi", "Naxal"),
            matched like aliases.
        opponents: The states it mainly fights, most important first: whom
            "we killed 20 soldiers" refers to when the group says it.
        sides_with: States an allied militia or proxy fights alongside.
        parent: Canonical name of the organization it is the armed wing,
            faction, province or member unit of. A child with the same
            country as its parent is on its parent's side (Qassam Brigades →
            Hamas); a province of a transnational movement is the local side
            of it (ISWAP → Islamic State). Factions at war with each other
            name their former organization in ``affiliations`` instead.
        affiliations: Canonical names of alliances, umbrellas and allegiances.
        state_from: ``(country, date)``: from this date its forces are that
            state's forces (Taliban → AFG on 15 August 2021).
        note: What a resolver should know that the fields do not say.
    """

    name: str
    kind: EntryKind
    country: str | None
    active_in: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    opponents: tuple[str, ...] = ()
    sides_with: tuple[str, ...] = ()
    parent: str | None = None
    affiliations: tuple[str, ...] = ()
    state_from: tuple[str, dt.date] | None = None
    note: str = ""


class Ambiguity(NamedTuple):
    """A surface form with more than one reading, and how to choose between them.

    Attributes:
        default: Canonical name to take when the country context does not
            decide, or ``None`` to leave the form unresolved.
        others: Readings outside the table ("anti-aircraft"), or "".
        rule: How a resolver tells the readings apart.
    """

    default: str | None
    others: str
    rule: str


_IS: Final = "Islamic State"
_AQ: Final = "al-Qaeda"

# fmt: off
# Armed groups by region; entries whose parent is a transnational movement sit
# with the region they fight in.
_TRANSNATIONAL: Final[tuple[PartyEntry, ...]] = (
    PartyEntry(
        _IS, ARMED, None,
        ("IRQ", "SYR", "AFG", "PAK", "NGA", "NER", "MLI", "BFA", "SOM", "COD", "MOZ", "LBY", "EGY", "PHL", "YEM"),
        acronyms=("IS", "ISIS", "ISIL"),
        aliases=("Islamic State group", "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria",
                 "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant",
                 "Islamic State of Iraq and al-Sham", "Daesh", "Daish", "Isis", "Isil"),
        opponents=("IRQ", "SYR", "USA"),
        note="Its provinces are entries of their own; in an article about one of their countries 'Islamic State' "
             "usually speaks for that province. 'IS' counts only in capitals.",
    ),
    PartyEntry(
        _AQ, ARMED, None, ("AFG", "PAK", "YEM", "SYR", "SOM", "MLI"),
        acronyms=("AQ",), aliases=("al-Qaida",),
        opponents=("USA",),
        note="Its branches (AQAP, AQIM, al-Shabaab, JNIM) are entries of their own.",
    ),
)

_AFRICA: Final[tuple[PartyEntry, ...]] = (
    # Sahel, West Africa
    PartyEntry(
        "Jama'at Nusrat al-Islam wal-Muslimin", ARMED, "MLI", ("MLI", "BFA", "NER", "BEN", "TGO", "NGA"),
        acronyms=("JNIM", "GSIM"),
        aliases=("Jama'a Nusrat ul-Islam wa al-Muslimin",
                 "Group for the Support of Islam and Muslims", "Group for Support of Islam and Muslims",
                 "Group to Support Islam and Muslims", "Support Group for Islam and Muslims", "Nusrat al-Islam"),
        opponents=("MLI", "BFA", "NER", "BEN", "TGO"), parent=_AQ,
        note="ACLED: 'JNIM: Group for Support of Islam and Muslims'. Formed in 2017 from Ansar Dine, Katiba Macina, "
             "al-Mourabitoun and AQIM's Sahara branch.",
    ),
    PartyEntry(
        "Katiba Macina", ARMED, "MLI", ("MLI", "BFA"),
        acronyms=("FLM",),
        aliases=("Macina Liberation Front", "Katibat Macina", "Katiba Massina", "Front de libération du Macina"),
        opponents=("MLI",), parent="Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    PartyEntry(
        "Ansar Dine", ARMED, "MLI", ("MLI",),
        aliases=("Ansar Eddine", "Ansar al-Din"),
        opponents=("MLI",), parent="Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    PartyEntry(
        "al-Mourabitoun", ARMED, "MLI", ("MLI", "NER"),
        aliases=("al-Mourabitoune", "al-Murabitun", "al-Mourabitoune Battalion", "al-Mourabitoun Battalion"),
        opponents=("MLI",), parent="Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    PartyEntry(
        "Ansarul Islam", ARMED, "BFA", ("BFA", "MLI"),
        aliases=("Ansaroul Islam", "Ansar ul Islam"),
        opponents=("BFA",), affiliations=("Jama'at Nusrat al-Islam wal-Muslimin",),
    ),
    PartyEntry(
        "al-Qaeda in the Islamic Maghreb", ARMED, "DZA", ("DZA", "MLI", "NER", "TUN", "LBY", "MRT"),
        acronyms=("AQIM",), aliases=("al-Qaida in the Islamic Maghreb",),
        opponents=("DZA", "MLI"), parent=_AQ,
    ),
    PartyEntry(
        "Islamic State Sahel Province", ARMED, "MLI", ("MLI", "NER", "BFA", "NGA"),
        acronyms=("ISSP", "ISGS", "EIGS"),
        aliases=("Islamic State in the Greater Sahara", "Islamic State Greater Sahara", "Islamic State in the Sahel",
                 "Islamic State Sahel", "IS Sahel", "IS Greater Sahara", "Sahel Province"),
        opponents=("MLI", "NER", "BFA"), parent=_IS,
        note="ACLED coded it 'Islamic State (Greater Sahara)', then 'Islamic State (West Africa) - Greater Sahara "
             "Faction' until the Islamic State made it a province of its own in 2022.",
    ),
    PartyEntry(
        "Azawad Liberation Front", ARMED, "MLI", ("MLI",),
        acronyms=("FLA", "CSP-DPA", "CSP-PSD", "CMA"),
        aliases=("Front de libération de l'Azawad",
                 "Permanent Strategic Framework for the Defence of the People of Azawad",
                 "Strategic Framework for the Defence of the People of Azawad",
                 "Permanent Strategic Framework for Peace, Security and Development",
                 "Coordination of Azawad Movements", "Coordination des mouvements de l'Azawad"),
        opponents=("MLI",),
        note="The Tuareg-led separatist front under its successive names: CMA (2014-2023), CSP (2023-2024), "
             "FLA (since 30 November 2024).",
    ),
    PartyEntry(
        "National Movement for the Liberation of Azawad", ARMED, "MLI", ("MLI",),
        acronyms=("MNLA",), aliases=("Mouvement national de libération de l'Azawad",),
        opponents=("MLI",), parent="Azawad Liberation Front",
    ),
    PartyEntry(
        "High Council for the Unity of Azawad", ARMED, "MLI", ("MLI",),
        acronyms=("HCUA",), aliases=("Haut conseil pour l'unité de l'Azawad",),
        opponents=("MLI",), parent="Azawad Liberation Front",
    ),
    PartyEntry(
        "Imghad Tuareg and Allies Self-Defence Group", ARMED, "MLI", ("MLI",),
        acronyms=("GATIA",),
        aliases=("Imghad Tuareg Self-Defense Group and Allies", "Groupe autodéfense touareg Imghad et alliés"),
        sides_with=("MLI",),
        note="Pro-government militia of the 'Platform'; part of it joined the Azawad Liberation Front in 2024.",
    ),
    PartyEntry(
        "Movement for the Salvation of Azawad", ARMED, "MLI", ("MLI", "NER"),
        acronyms=("MSA",), aliases=("Mouvement pour le salut de l'Azawad",),
        sides_with=("MLI",),
    ),
    PartyEntry(
        "Dan Na Ambassagou", ARMED, "MLI", ("MLI",),
        aliases=("Dan Na Amassagou", "Dana Ambassagou", "Dan Nan Ambassagou"),
        sides_with=("MLI",),
        note="Dogon militia; dissolved by decree in 2019 and active since.",
    ),
    PartyEntry(
        "Patriotic Liberation Front", ARMED, "NER", ("NER",),
        acronyms=("FPL",), aliases=("Front patriotique de libération",),
        opponents=("NER",),
        note="Niger rebels formed after the July 2023 coup.",
    ),
    PartyEntry(
        "Lakurawa", ARMED, "NGA", ("NGA", "NER"),
        opponents=("NGA",), affiliations=("Islamic State Sahel Province",),
    ),
    PartyEntry(
        "Front for Change and Concord in Chad", ARMED, "TCD", ("TCD", "LBY"),
        acronyms=("FACT",),
        aliases=("Front pour l'alternance et la concorde au Tchad", "Front for Alternation and Concord in Chad"),
        opponents=("TCD",),
    ),
    PartyEntry(
        "Military Command Council for the Salvation of the Republic", ARMED, "TCD", ("TCD", "LBY"),
        acronyms=("CCMSR",), aliases=("Conseil de commandement militaire pour le salut de la République",),
        opponents=("TCD",),
    ),
    PartyEntry(
        "Union of Resistance Forces", ARMED, "TCD", ("TCD",),
        acronyms=("UFR",), aliases=("Union des forces de la résistance",),
        opponents=("TCD",),
    ),
    PartyEntry(
        "Movement of Democratic Forces of Casamance", ARMED, "SEN", ("SEN", "GMB", "GNB"),
        acronyms=("MFDC",), aliases=("Mouvement des forces démocratiques de Casamance",),
        opponents=("SEN",),
    ),
    # Nigeria, Lake Chad, Cameroon
    PartyEntry(
        "Boko Haram", ARMED, "NGA", ("NGA", "CMR", "NER", "TCD"),
        acronyms=("JAS",),
        aliases=("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Jama'atu Ahl as-Sunnah li-Da'awati wal-Jihad",
                 "Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Jama'at Ahl al-Sunna lil-Da'wa wal-Jihad"),
        opponents=("NGA", "CMR", "NER", "TCD"),
        note="ACLED: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad'. Wire copy also says 'Boko Haram' "
             "for ISWAP, which split from it in 2016; take ISWAP only where the text names it.",
    ),
    PartyEntry(
        "Islamic State West Africa Province", ARMED, "NGA", ("NGA", "NER", "TCD", "CMR"),
        acronyms=("ISWAP", "ISWA"),
        aliases=("Islamic State West Africa", "Islamic State in West Africa", "Islamic State's West Africa Province",
                 "IS West Africa", "West Africa Province", "Wilayat Gharb Ifriqiya"),
        opponents=("NGA", "CMR", "NER", "TCD"), parent=_IS,
        note="ACLED: 'Islamic State (West Africa) - Lake Chad Faction'.",
    ),
    PartyEntry(
        "Ansaru", ARMED, "NGA", ("NGA",),
        aliases=("Jama'atu Ansarul Muslimina fi Biladis Sudan", "Jamaat Ansar al-Muslimin fi Bilad al-Sudan"),
        opponents=("NGA",), affiliations=(_AQ,),
    ),
    PartyEntry(
        "Indigenous People of Biafra", ARMED, "NGA", ("NGA",),
        acronyms=("IPOB",),
        opponents=("NGA",),
    ),
    PartyEntry(
        "Eastern Security Network", ARMED, "NGA", ("NGA",),
        acronyms=("ESN",),
        opponents=("NGA",), parent="Indigenous People of Biafra",
    ),
    PartyEntry(
        "Niger Delta Avengers", ARMED, "NGA", ("NGA",),
        acronyms=("NDA",),
        opponents=("NGA",),
    ),
    PartyEntry(
        "Movement for the Emancipation of the Niger Delta", ARMED, "NGA", ("NGA",),
        acronyms=("MEND",),
        opponents=("NGA",),
    ),
    PartyEntry(
        "Civilian Joint Task Force", ARMED, "NGA", ("NGA",),
        acronyms=("CJTF",), aliases=("Civilian JTF", "Yan Gora"),
        sides_with=("NGA",),
        note="Vigilantes fighting Boko Haram and ISWAP beside the army in the northeast.",
    ),
    PartyEntry(
        "Yan Sakai", ARMED, "NGA", ("NGA",),
        aliases=("Yansakai",),
        sides_with=("NGA",),
        note="Hausa vigilantes of Zamfara and Katsina, at war with the bandit gangs.",
    ),
    PartyEntry(
        "Ambazonian separatists", ARMED, "CMR", ("CMR",),
        aliases=("Ambazonia separatists", "Amba Boys"),
        members=("Amba", "Ambazonian", "Ambazonians"),
        opponents=("CMR",),
        note="ACLED: 'Ambazonian Separatists (Cameroon)': the Anglophone separatist militias taken together; named "
             "ones have entries of their own.",
    ),
    PartyEntry(
        "Ambazonia Defence Forces", ARMED, "CMR", ("CMR",),
        acronyms=("ADF", "AmbaDF"), aliases=("Ambazonian Defence Forces",),
        opponents=("CMR",), affiliations=("Ambazonian separatists",),
    ),
    PartyEntry(
        "Ambazonia Self-Defence Council", ARMED, "CMR", ("CMR",),
        acronyms=("ASC",),
        opponents=("CMR",), affiliations=("Ambazonian separatists",),
    ),
    PartyEntry(
        "Southern Cameroons Defence Forces", ARMED, "CMR", ("CMR",),
        acronyms=("SOCADEF",),
        opponents=("CMR",), affiliations=("Ambazonian separatists",),
    ),
    # Somalia, Ethiopia, Sudan, South Sudan
    PartyEntry(
        "al-Shabaab", ARMED, "SOM", ("SOM", "KEN", "ETH"),
        acronyms=("HSM",),
        aliases=("al-Shabab", "Harakat al-Shabaab", "Harakat al-Shabaab al-Mujahideen",
                 "Harakat al-Shabab al-Mujahidin", "Mujahideen Youth Movement"),
        members=("Shabaab", "Shabab", "Khawarij", "Khawaarij"),
        opponents=("SOM", "KEN", "ETH", "USA"), parent=_AQ,
        note="Somalia's Ministry of Religious Affairs told the public to call the group 'Khawarij' in November "
             "2022 (Anadolu Agency, 8 Nov 2022).",
    ),
    PartyEntry(
        "Islamic State Somalia Province", ARMED, "SOM", ("SOM",),
        acronyms=("ISS",),
        aliases=("Islamic State in Somalia", "Islamic State Somalia", "IS-Somalia"),
        opponents=("SOM",), parent=_IS,
        note="Based in Puntland's Cal Miskaad mountains.",
    ),
    PartyEntry(
        "Ahlu Sunna Wal Jama'a", ARMED, "SOM", ("SOM",),
        acronyms=("ASWJ",), aliases=("Ahlu Sunnah Wal Jamaa",),
        sides_with=("SOM",),
        note="Sufi militia of Galmudug; fought al-Shabaab, and federal forces in 2021.",
    ),
    PartyEntry(
        "Macawisley", ARMED, "SOM", ("SOM",),
        aliases=("Ma'awisley", "Macawiisley"),
        sides_with=("SOM",),
        note="Clan militias fighting al-Shabaab beside the federal army.",
    ),
    PartyEntry(
        "SSC-Khaatumo", ARMED, "SOM", ("SOM",),
        aliases=("SSC-Khatumo", "Sool, Sanaag and Cayn"),
        opponents=("SOM",),
        note="Fought Somaliland's forces for Las Anod in 2023; Somaliland has no ISO code and is coded SOM.",
    ),
    PartyEntry(
        "Tigray People's Liberation Front", ARMED, "ETH", ("ETH",),
        acronyms=("TPLF", "TDF"),
        aliases=("Tigray Defence Forces", "Tigrayan Defence Forces", "Tigrayan forces", "Tigray forces"),
        opponents=("ETH", "ERI"),
        note="The Tigray Defence Forces (TDF) fought the 2020-2022 war under the TPLF-led regional government.",
    ),
    PartyEntry(
        "Fano", ARMED, "ETH", ("ETH",),
        aliases=("Amhara Fano", "Amhara Fano National Movement", "Amhara Fano National Force",
                 "Amhara Fano People's Organization", "Amhara Fano Unity"),
        members=("Fano",),
        opponents=("ETH",),
        note="Amhara militias at war with the federal government since August 2023; the named fronts are its "
             "umbrellas (AFNF 2025, AFNM 2026).",
    ),
    PartyEntry(
        "Oromo Liberation Army", ARMED, "ETH", ("ETH",),
        acronyms=("OLA",), aliases=("OLF-Shene", "Shene", "OLF-OLA"),
        opponents=("ETH",),
        note="Ethiopia's government calls it 'OLF-Shene' or 'Shene'.",
    ),
    PartyEntry(
        "Rapid Support Forces", ARMED, "SDN", ("SDN",),
        acronyms=("RSF",),
        aliases=("Rapid Support Force", "Government of Peace and Unity", "Sudan Founding Alliance", "Tasis"),
        members=("Janjaweed",),
        opponents=("SDN",),
        note="ACLED: 'RSF: Rapid Support Forces'. At war with the army since 15 April 2023; grew out of the "
             "Janjaweed; leads the Tasis alliance's rival government (2025).",
    ),
    PartyEntry(
        "Sudan People's Liberation Movement-North", ARMED, "SDN", ("SDN",),
        acronyms=("SPLM-N", "SPLA-N"), aliases=("SPLM-North",),
        opponents=("SDN",), affiliations=("Rapid Support Forces",),
        note="Abdelaziz al-Hilu's faction, allied with the RSF since 2025; Malik Agar's faction joined the "
             "government in 2020.",
    ),
    PartyEntry(
        "Sudan Liberation Movement-Abdel Wahid", ARMED, "SDN", ("SDN",),
        acronyms=("SLM-AW", "SLA-AW", "SLM", "SLA"),
        aliases=("Sudan Liberation Army-Abdel Wahid", "SLM-Abdel Wahid", "Sudan Liberation Movement",
                 "Sudan Liberation Army"),
        opponents=("SDN",),
    ),
    PartyEntry(
        "Sudan Liberation Movement-Minni Minnawi", ARMED, "SDN", ("SDN",),
        acronyms=("SLM-MM", "SLA-MM", "SLM", "SLA"),
        aliases=("Sudan Liberation Army-Minni Minnawi", "SLM-Minnawi", "Sudan Liberation Movement",
                 "Sudan Liberation Army"),
        sides_with=("SDN",), affiliations=("Joint Force of Armed Struggle Movements",),
    ),
    PartyEntry(
        "Justice and Equality Movement", ARMED, "SDN", ("SDN",),
        acronyms=("JEM",),
        sides_with=("SDN",), affiliations=("Joint Force of Armed Struggle Movements",),
    ),
    PartyEntry(
        "Joint Force of Armed Struggle Movements", ARMED, "SDN", ("SDN",),
        aliases=("Joint Forces", "Darfur Joint Protection Force", "Joint Force of the Armed Movements"),
        sides_with=("SDN",),
        note="Darfur's former rebels fighting the RSF beside the army since late 2023 (El Fasher).",
    ),
    PartyEntry(
        "Sudan Shield Forces", ARMED, "SDN", ("SDN",),
        aliases=("Sudan Shield",),
        sides_with=("SDN",),
        note="Abu Aqla Kaykal's force; defected from the RSF to the army in October 2024.",
    ),
    PartyEntry(
        "al-Baraa bin Malik Brigade", ARMED, "SDN", ("SDN",),
        aliases=("al-Bara bin Malik Brigade", "al-Baraa bin Malik Battalion"),
        sides_with=("SDN",),
    ),
    PartyEntry(
        "Sudan People's Liberation Movement-in-Opposition", ARMED, "SSD", ("SSD",),
        acronyms=("SPLM-IO", "SPLA-IO"),
        aliases=("SPLM in Opposition", "Sudan People's Liberation Army-in-Opposition"),
        opponents=("SSD",),
    ),
    PartyEntry(
        "National Salvation Front", ARMED, "SSD", ("SSD",),
        acronyms=("NAS",),
        opponents=("SSD",),
        note="Thomas Cirillo's rebels in Central Equatoria.",
    ),
    PartyEntry(
        "White Army", ARMED, "SSD", ("SSD",),
        aliases=("Nuer White Army",),
        opponents=("SSD",),
    ),
    # Great Lakes, Central Africa, Mozambique
    PartyEntry(
        "M23", ARMED, "COD", ("COD",),
        acronyms=("M23", "AFC/M23", "M23/AFC", "AFC"),
        aliases=("March 23 Movement", "Mouvement du 23 mars", "Alliance Fleuve Congo", "Congo River Alliance"),
        opponents=("COD",), sides_with=("RWA",),
        note="Rwanda-backed; under the Alliance Fleuve Congo (AFC) umbrella since December 2023; took Goma and "
             "Bukavu in early 2025.",
    ),
    PartyEntry(
        "Allied Democratic Forces", ARMED, "COD", ("COD", "UGA"),
        acronyms=("ADF", "ISCAP", "MTM"),
        aliases=("Islamic State Central Africa Province", "Islamic State Central Africa",
                 "Islamic State in Central Africa", "Madina at Tauheed Wau Mujahedeen"),
        opponents=("COD", "UGA"), parent=_IS,
        note="The Islamic State claims its attacks as its Central Africa Province (ISCAP).",
    ),
    PartyEntry(
        "CODECO", ARMED, "COD", ("COD",),
        acronyms=("CODECO", "URDPC"),
        aliases=("Cooperative for the Development of Congo", "Coopérative pour le développement du Congo",
                 "Union of Revolutionaries for the Defence of the Congolese People"),
        opponents=("COD",),
    ),
    PartyEntry(
        "Democratic Forces for the Liberation of Rwanda", ARMED, "RWA", ("COD", "RWA"),
        acronyms=("FDLR", "FDLR-FOCA"), aliases=("Forces démocratiques de libération du Rwanda",),
        opponents=("RWA",),
    ),
    PartyEntry(
        "Nyatura", ARMED, "COD", ("COD",),
        sides_with=("COD",),
        note="Hutu Congolese militias of North Kivu; most fight the M23 as Wazalendo.",
    ),
    PartyEntry(
        "Mai-Mai", ARMED, "COD", ("COD",),
        aliases=("Mayi-Mayi",),
        sides_with=("COD",),
        note="A family of community militias, many named after their leaders; since 2022 most fight the M23 as "
             "Wazalendo.",
    ),
    PartyEntry(
        "Wazalendo", ARMED, "COD", ("COD",),
        acronyms=("VDP",), aliases=("Volontaires pour la défense de la patrie",),
        sides_with=("COD",),
        note="The militias fighting the M23 beside the army, registered as reservists since 2023 but under their "
             "own command.",
    ),
    PartyEntry(
        "Raia Mutomboki", ARMED, "COD", ("COD",),
        opponents=("COD",),
    ),
    PartyEntry(
        "Nduma Defence of Congo-Renove", ARMED, "COD", ("COD",),
        acronyms=("NDC-R",), aliases=("Nduma Defence of Congo",),
        sides_with=("COD",),
    ),
    PartyEntry(
        "Mai-Mai Yakutumba", ARMED, "COD", ("COD",),
        acronyms=("CNPSC",),
        aliases=("Yakutumba", "Coalition nationale du peuple pour la souveraineté du Congo",
                 "National People's Coalition for the Sovereignty of Congo"),
        opponents=("COD",), affiliations=("Mai-Mai",),
    ),
    PartyEntry(
        "Twirwaneho", ARMED, "COD", ("COD",),
        opponents=("COD",), affiliations=("M23",),
        note="Banyamulenge self-defence group of South Kivu's highlands.",
    ),
    PartyEntry(
        "Ituri Patriotic Resistance Force", ARMED, "COD", ("COD",),
        acronyms=("FRPI",),
        aliases=("Force de résistance patriotique de l'Ituri", "Patriotic Resistance Force of Ituri"),
        opponents=("COD",),
    ),
    PartyEntry(
        "Mobondo", ARMED, "COD", ("COD",),
        opponents=("COD",),
        note="Militia of the Kwamouth conflict (Mai-Ndombe, Kwango, Kwilu) since 2022.",
    ),
    PartyEntry(
        "Kamuina Nsapu", ARMED, "COD", ("COD",),
        aliases=("Kamwina Nsapu",),
        opponents=("COD",),
    ),
    PartyEntry(
        "Bakata Katanga", ARMED, "COD", ("COD",),
        aliases=("Kata Katanga", "Mai-Mai Kata Katanga"),
        opponents=("COD",),
    ),
    PartyEntry(
        "RED-Tabara", ARMED, "BDI", ("COD", "BDI"),
        aliases=("Résistance pour un État de droit au Burundi",
                 "Resistance for the Rule of Law in Burundi"),
        opponents=("BDI",),
    ),
    PartyEntry(
        "Imbonerakure", ARMED, "BDI", ("BDI", "COD"),
        sides_with=("BDI",),
        note="Youth wing of Burundi's ruling party, armed beside Burundi's army, including against the M23.",
    ),
    PartyEntry(
        "Convention for the Popular Revolution", ARMED, "COD", ("COD",),
        acronyms=("CRP",), aliases=("Convention pour la révolution populaire",),
        opponents=("COD",), affiliations=("M23",),
        note="Thomas Lubanga's Ituri movement, launched in 2025.",
    ),
    PartyEntry(
        "National Forces of Liberation", ARMED, "BDI", ("COD", "BDI"),
        acronyms=("FNL",), aliases=("Forces nationales de libération",),
        opponents=("BDI",),
    ),
    PartyEntry(
        "Lord's Resistance Army", ARMED, "UGA", ("CAF", "COD", "SSD", "UGA"),
        acronyms=("LRA",),
        opponents=("UGA",),
    ),
    PartyEntry(
        "Coalition of Patriots for Change", ARMED, "CAF", ("CAF",),
        acronyms=("CPC",), aliases=("Coalition des patriotes pour le changement",),
        opponents=("CAF",),
        note="Alliance of the main rebel groups formed against the December 2020 election.",
    ),
    PartyEntry(
        "Union for Peace in the Central African Republic", ARMED, "CAF", ("CAF",),
        acronyms=("UPC",), aliases=("Union pour la paix en Centrafrique", "Union for Peace in Central Africa"),
        opponents=("CAF",), affiliations=("Coalition of Patriots for Change",),
    ),
    PartyEntry(
        "Return, Reclamation, Rehabilitation", ARMED, "CAF", ("CAF",),
        acronyms=("3R",), aliases=("Retour, Réclamation et Réhabilitation", "Return, Reclamation and Rehabilitation"),
        opponents=("CAF",), affiliations=("Coalition of Patriots for Change",),
    ),
    PartyEntry(
        "Popular Front for the Renaissance of the Central African Republic", ARMED, "CAF", ("CAF",),
        acronyms=("FPRC",), aliases=("Front populaire pour la renaissance de la Centrafrique",),
        opponents=("CAF",), affiliations=("Coalition of Patriots for Change",),
    ),
    PartyEntry(
        "Central African Patriotic Movement", ARMED, "CAF", ("CAF",),
        acronyms=("MPC",), aliases=("Mouvement patriotique pour la Centrafrique",),
        opponents=("CAF",), affiliations=("Coalition of Patriots for Change",),
    ),
    PartyEntry(
        "Anti-balaka", ARMED, "CAF", ("CAF",),
        opponents=("CAF",), affiliations=("Coalition of Patriots for Change",),
    ),
    PartyEntry(
        "Islamic State Mozambique Province", ARMED, "MOZ", ("MOZ",),
        acronyms=("ISM", "ISMP", "ISCAP", "ASWJ"),
        aliases=("Islamic State Mozambique", "Islamic State in Mozambique", "IS-Mozambique", "ISIS-Mozambique",
                 "Mozambique Province", "Ahlu Sunna Wal Jama'a", "Ahl al-Sunnah wa al-Jama'ah", "Ahlu Sunnah Wa-Jamo",
                 "Ansar al-Sunna", "al-Shabaab", "al-Shabab"),
        opponents=("MOZ",), parent=_IS,
        note="The Cabo Delgado insurgents: locals call them 'al-Shabaab' (no tie to Somalia's); claimed as part of "
             "the Central Africa Province until 2022.",
    ),
    PartyEntry(
        "RENAMO", ARMED, "MOZ", ("MOZ",),
        acronyms=("RENAMO",), aliases=("Mozambican National Resistance", "Resistência Nacional Moçambicana"),
        opponents=("MOZ",),
        note="Opposition party with an armed wing until the 2019 accord; disarmed in 2023.",
    ),
    PartyEntry(
        "Renamo Military Junta", ARMED, "MOZ", ("MOZ",),
        aliases=("Junta Militar da Renamo",),
        opponents=("MOZ",),
        note="Mariano Nhongo's splinter, 2019-2021.",
    ),
    # North Africa
    PartyEntry(
        "Libyan National Army", ARMED, "LBY", ("LBY",),
        acronyms=("LNA", "LAAF"), aliases=("Libyan Arab Armed Forces", "Haftar forces"),
        opponents=("LBY",),
        note="Khalifa Haftar's eastern-based forces: a side against the UN-recognised Tripoli government, which "
             "is the state.",
    ),
    PartyEntry(
        "Special Deterrence Force", ARMED, "LBY", ("LBY",),
        aliases=("Radaa", "Radaa Special Deterrence Force",
                 "Deterrence Apparatus for Combating Organized Crime"),
        opponents=("LBY",),
        note="Tripoli force nominally under the Presidential Council; fought the Government of National Unity's "
             "forces in May 2025.",
    ),
    PartyEntry(
        "Stability Support Apparatus", ARMED, "LBY", ("LBY",),
        acronyms=("SSA",), aliases=("Stabilisation Support Apparatus", "Stability Support Authority"),
        sides_with=("LBY",),
        note="Tripoli militia; its leader was killed in the May 2025 clashes.",
    ),
    PartyEntry(
        "Tariq Bin Ziyad Brigade", ARMED, "LBY", ("LBY",),
        aliases=("Tareq Bin Ziyad Brigade", "Tariq Ben Ziyad Brigade"),
        opponents=("LBY",), parent="Libyan National Army",
        note="Saddam Haftar's unit of the Libyan National Army.",
    ),
    PartyEntry(
        "Islamic State Libya Province", ARMED, "LBY", ("LBY",),
        aliases=("Islamic State in Libya", "Islamic State Libya"),
        opponents=("LBY",), parent=_IS,
    ),
    PartyEntry(
        "Ansar al-Sharia in Libya", ARMED, "LBY", ("LBY",),
        aliases=("Ansar al-Sharia", "Ansar al-Sharia Benghazi"),
        opponents=("LBY",),
        note="Dissolved in 2017.",
    ),
    PartyEntry(
        "Okba Ibn Nafaa Brigade", ARMED, "TUN", ("TUN",),
        aliases=("Uqba ibn Nafi Brigade", "Katibat Uqba ibn Nafi", "Okba Ibn Nafaa Battalion"),
        opponents=("TUN",), parent="al-Qaeda in the Islamic Maghreb",
    ),
    PartyEntry(
        "Islamic State Sinai Province", ARMED, "EGY", ("EGY",),
        acronyms=("ISSP",),
        aliases=("Sinai Province", "Wilayat Sinai", "Ansar Bait al-Maqdis", "Ansar Beit al-Maqdis",
                 "Islamic State Sinai", "Islamic State in Sinai"),
        opponents=("EGY",), parent=_IS,
    ),
    PartyEntry(
        "Hasm", ARMED, "EGY", ("EGY",),
        aliases=("Hasm Movement", "Harakat Sawa'd Misr"),
        opponents=("EGY",),
    ),
    PartyEntry(
        "Polisario Front", ARMED, "ESH", ("ESH", "MAR", "DZA"),
        aliases=("Polisario", "Frente Polisario", "Sahrawi People's Liberation Army"),
        opponents=("MAR",),
        note="Back at war with Morocco since November 2020.",
    ),
)

_MIDDLE_EAST: Final[tuple[PartyEntry, ...]] = (
    # Syria
    PartyEntry(
        "Syrian Democratic Forces", ARMED, "SYR", ("SYR",),
        acronyms=("SDF", "QSD"), aliases=("Quwat Suriya al-Dimuqratiya",),
        opponents=("TUR", "SYR"), sides_with=("USA",),
        note="US-backed and Kurdish-led; its core is the YPG.",
    ),
    PartyEntry(
        "People's Protection Units", ARMED, "SYR", ("SYR",),
        acronyms=("YPG", "YPJ"), aliases=("Women's Protection Units", "Yekineyen Parastina Gel"),
        opponents=("TUR",), parent="Syrian Democratic Forces",
        note="Turkey treats it as the PKK's Syrian branch ('PKK/YPG').",
    ),
    PartyEntry(
        "Hayat Tahrir al-Sham", ARMED, "SYR", ("SYR",),
        acronyms=("HTS", "JFS"),
        aliases=("Tahrir al-Sham", "Jabhat Fateh al-Sham", "Jabhat al-Nusra", "al-Nusra Front",
                 "Nusra Front", "Jabhat al-Nusra li-Ahl al-Sham", "Levant Liberation Committee",
                 "Organization for the Liberation of the Levant"),
        opponents=("SYR", "RUS"), state_from=("SYR", dt.date(2024, 12, 8)),
        note="Formed in 2017 from Jabhat Fateh al-Sham, the former Nusra Front (al-Qaeda's Syrian branch until 2016). "
             "Led the offensive that ousted Assad on 8 December 2024 and dissolved into the new army in January 2025.",
    ),
    PartyEntry(
        "Syrian National Army", ARMED, "SYR", ("SYR",),
        acronyms=("SNA", "TFSA"), aliases=("Turkish-backed Free Syrian Army",),
        opponents=("SYR",), sides_with=("TUR",),
        note="Turkey-backed rebel army of the north, at war with the SDF as well as with Assad's forces.",
    ),
    PartyEntry(
        "Free Syrian Army", ARMED, "SYR", ("SYR",),
        acronyms=("FSA",),
        opponents=("SYR",),
        note="The rebel umbrella of 2011; Turkey-backed factions kept the name inside the Syrian National Army.",
    ),
    PartyEntry(
        "Ahrar al-Sham", ARMED, "SYR", ("SYR",),
        aliases=("Harakat Ahrar al-Sham", "Harakat Ahrar al-Sham al-Islamiyya"),
        opponents=("SYR",),
    ),
    PartyEntry(
        "Jaysh al-Islam", ARMED, "SYR", ("SYR",),
        aliases=("Jaish al-Islam", "Army of Islam"),
        opponents=("SYR",),
    ),
    PartyEntry(
        "Faylaq al-Rahman", ARMED, "SYR", ("SYR",),
        aliases=("Failaq al-Rahman", "al-Rahman Legion"),
        opponents=("SYR",),
    ),
    PartyEntry(
        "National Front for Liberation", ARMED, "SYR", ("SYR",),
        acronyms=("NFL",), aliases=("Jabhat al-Wataniya lil-Tahrir",),
        opponents=("SYR",),
    ),
    PartyEntry(
        "Jaysh al-Izza", ARMED, "SYR", ("SYR",),
        aliases=("Jaish al-Izza",),
        opponents=("SYR",),
    ),
    PartyEntry(
        "Men of Dignity", ARMED, "SYR", ("SYR",),
        aliases=("Rijal al-Karama", "Men of Dignity Movement"),
        opponents=("SYR",),
        note="Druze militia of Sweida; clashed with the post-Assad government's forces in 2025.",
    ),
    PartyEntry(
        "Hurras al-Din", ARMED, "SYR", ("SYR",),
        aliases=("Hurras al-Deen", "Tanzim Hurras al-Din", "Guardians of Religion Organization"),
        opponents=("SYR", "USA"), parent=_AQ,
        note="Announced its dissolution in January 2025.",
    ),
    # Iraq
    PartyEntry(
        "Kataib Hezbollah", ARMED, "IRQ", ("IRQ", "SYR"),
        aliases=("Kataib Hizbullah", "Kataeb Hezbollah", "Hezbollah Brigades"),
        opponents=("USA", "ISR"), affiliations=("Islamic Resistance in Iraq", "Popular Mobilization Forces"),
    ),
    PartyEntry(
        "Asa'ib Ahl al-Haq", ARMED, "IRQ", ("IRQ", "SYR"),
        acronyms=("AAH",), aliases=("League of the Righteous",),
        opponents=("USA",), affiliations=("Popular Mobilization Forces",),
    ),
    PartyEntry(
        "Harakat Hezbollah al-Nujaba", ARMED, "IRQ", ("IRQ", "SYR"),
        aliases=("Harakat al-Nujaba", "al-Nujaba", "Nujaba Movement"),
        opponents=("USA", "ISR"), affiliations=("Islamic Resistance in Iraq", "Popular Mobilization Forces"),
    ),
    PartyEntry(
        "Kataib Sayyid al-Shuhada", ARMED, "IRQ", ("IRQ", "SYR"),
        acronyms=("KSS",), aliases=("Sayyid al-Shuhada Brigades",),
        opponents=("USA",), affiliations=("Islamic Resistance in Iraq", "Popular Mobilization Forces"),
    ),
    PartyEntry(
        "Islamic Resistance in Iraq", ARMED, "IRQ", ("IRQ", "SYR"),
        opponents=("USA", "ISR"),
        note="The banner under which Iran-aligned Iraqi factions claimed drone and rocket attacks on US forces and "
             "Israel from October 2023.",
    ),
    PartyEntry(
        "Badr Organization", ARMED, "IRQ", ("IRQ",),
        aliases=("Badr Brigades", "Badr Corps"),
        sides_with=("IRQ",), affiliations=("Popular Mobilization Forces",),
    ),
    PartyEntry(
        "Saraya al-Salam", ARMED, "IRQ", ("IRQ",),
        aliases=("Saraya al-Salaam", "Peace Companies"),
        sides_with=("IRQ",),
        note="Moqtada al-Sadr's militia.",
    ),
    PartyEntry(
        "Sinjar Resistance Units", ARMED, "IRQ", ("IRQ",),
        acronyms=("YBS",), aliases=("Yezidi Sinjar Resistance Units", "Yekineyen Berxwedana Sengale"),
        opponents=("TUR", "IRQ"), affiliations=("Kurdistan Workers' Party",),
        note="Yazidi militia of Sinjar; clashed with Iraq's army in 2022 and is struck by Turkey.",
    ),
    # Turkey, Iran, Kurdish movements
    PartyEntry(
        "Kurdistan Workers' Party", ARMED, "TUR", ("TUR", "IRQ", "SYR"),
        acronyms=("PKK", "HPG"), aliases=("Partiya Karkeren Kurdistane",),
        opponents=("TUR",),
        note="Announced its dissolution in May 2025.",
    ),
    PartyEntry(
        "Kurdistan Freedom Falcons", ARMED, "TUR", ("TUR",),
        acronyms=("TAK",), aliases=("Teyrebazen Azadiya Kurdistan",),
        opponents=("TUR",),
    ),
    PartyEntry(
        "Revolutionary People's Liberation Party-Front", ARMED, "TUR", ("TUR",),
        acronyms=("DHKP-C", "DHKP/C"),
        opponents=("TUR",),
    ),
    PartyEntry(
        "Kurdistan Free Life Party", ARMED, "IRN", ("IRN", "IRQ"),
        acronyms=("PJAK",),
        opponents=("IRN",),
    ),
    PartyEntry(
        "Democratic Party of Iranian Kurdistan", ARMED, "IRN", ("IRN", "IRQ"),
        acronyms=("KDPI", "PDKI"), aliases=("Kurdish Democratic Party of Iran", "Kurdistan Democratic Party of Iran"),
        opponents=("IRN",),
    ),
    PartyEntry(
        "Jaish al-Adl", ARMED, "IRN", ("IRN", "PAK"),
        aliases=("Jaish ul-Adl", "Jaysh al-Adl", "Army of Justice"),
        opponents=("IRN",),
        note="Sunni Baloch group of Iran's Sistan-Baluchestan, founded by former members of Jundallah.",
    ),
    # Yemen
    PartyEntry(
        "Houthis", ARMED, "YEM", ("YEM", "SAU", "ISR"),
        aliases=("Houthi movement", "Huthis", "Huthi movement", "Ansar Allah", "Ansarallah",
                 "Supreme Political Council"),
        members=("Houthi", "Huthi"),
        opponents=("YEM", "SAU", "ARE", "ISR", "USA", "GBR"),
        note="Hold Sanaa since 2014 and run a rival government there; ACLED codes their forces 'Military Forces of "
             "Yemen (2017-) Houthi'. A side of their own, apart from the recognised government (state YEM).",
    ),
    PartyEntry(
        "Southern Transitional Council", ARMED, "YEM", ("YEM",),
        acronyms=("STC",), aliases=("Southern Movement",),
        opponents=("YEM",), sides_with=("ARE",),
        note="UAE-backed southern separatists; sat on the Presidential Leadership Council from 2022 and fought "
             "government forces in 2019 and 2025.",
    ),
    PartyEntry(
        "Security Belt Forces", ARMED, "YEM", ("YEM",),
        aliases=("Security Belt", "al-Hizam al-Amni"),
        sides_with=("ARE",), parent="Southern Transitional Council",
    ),
    PartyEntry(
        "Giants Brigades", ARMED, "YEM", ("YEM",),
        aliases=("Southern Giants Brigades", "al-Amaliqa", "Amaliqa Brigades"),
        sides_with=("YEM", "ARE"),
    ),
    PartyEntry(
        "National Resistance Forces", ARMED, "YEM", ("YEM",),
        aliases=("Guards of the Republic",),
        sides_with=("YEM",),
        note="Tareq Saleh's forces on the Red Sea coast.",
    ),
    PartyEntry(
        "Hadrami Elite Forces", ARMED, "YEM", ("YEM",),
        aliases=("Hadrami Elite", "Hadramout Elite Forces"),
        sides_with=("YEM", "ARE"),
    ),
    PartyEntry(
        "al-Qaeda in the Arabian Peninsula", ARMED, "YEM", ("YEM",),
        acronyms=("AQAP",),
        aliases=("al-Qaida in the Arabian Peninsula", "Ansar al-Sharia"),
        opponents=("YEM", "USA"), parent=_AQ,
    ),
    PartyEntry(
        "Islamic State Yemen Province", ARMED, "YEM", ("YEM",),
        aliases=("Islamic State in Yemen", "Islamic State Yemen"),
        opponents=("YEM",), parent=_IS,
    ),
    # Israel, Palestine, Lebanon
    PartyEntry(
        "Hamas", ARMED, "PSE", ("PSE", "ISR", "LBN"),
        aliases=("Harakat al-Muqawama al-Islamiya", "Islamic Resistance Movement", "Hamas movement"),
        opponents=("ISR",),
        note="Has run the Gaza Strip since 2007: ministries there (health ministry, government media office, civil "
             "defence) are Hamas-run and speak for it, not for the Palestinian Authority.",
    ),
    PartyEntry(
        "Izz ad-Din al-Qassam Brigades", ARMED, "PSE", ("PSE", "ISR", "LBN"),
        aliases=("Qassam Brigades", "al-Qassam Brigades", "al-Qassam", "Izz al-Din al-Qassam Brigades",
                 "Ezzedine al-Qassam Brigades", "Ezzedeen al-Qassam Brigades", "Izz ad-Din al-Qassam"),
        opponents=("ISR",), parent="Hamas",
    ),
    PartyEntry(
        "Palestinian Islamic Jihad", ARMED, "PSE", ("PSE", "ISR"),
        acronyms=("PIJ",), aliases=("Islamic Jihad", "Islamic Jihad Movement in Palestine"),
        opponents=("ISR",),
    ),
    PartyEntry(
        "al-Quds Brigades", ARMED, "PSE", ("PSE", "ISR"),
        aliases=("Saraya al-Quds", "Quds Brigades"),
        opponents=("ISR",), parent="Palestinian Islamic Jihad",
    ),
    PartyEntry(
        "Fatah", ARMED, "PSE", ("PSE",),
        aliases=("Fatah Movement", "Fateh"),
        opponents=("ISR",),
        note="Leads the Palestinian Authority (state PSE); its own armed wing is the al-Aqsa Martyrs' Brigades.",
    ),
    PartyEntry(
        "al-Aqsa Martyrs' Brigades", ARMED, "PSE", ("PSE", "ISR"),
        aliases=("al-Aqsa Martyrs Brigade", "Kataib Shuhada al-Aqsa"),
        opponents=("ISR",), parent="Fatah",
    ),
    PartyEntry(
        "Popular Front for the Liberation of Palestine", ARMED, "PSE", ("PSE", "ISR"),
        acronyms=("PFLP",), aliases=("Abu Ali Mustafa Brigades",),
        opponents=("ISR",),
    ),
    PartyEntry(
        "Democratic Front for the Liberation of Palestine", ARMED, "PSE", ("PSE", "ISR"),
        acronyms=("DFLP",),
        opponents=("ISR",),
    ),
    PartyEntry(
        "Popular Resistance Committees", ARMED, "PSE", ("PSE", "ISR"),
        acronyms=("PRC",), aliases=("al-Nasser Salah al-Deen Brigades", "al-Nasser Salah al-Din Brigades"),
        opponents=("ISR",),
    ),
    PartyEntry(
        "Lions' Den", ARMED, "PSE", ("PSE",),
        aliases=("Areen al-Usud", "Arin al-Usud"),
        opponents=("ISR",),
        note="Nablus group formed in 2022.",
    ),
    PartyEntry(
        "Jenin Brigade", ARMED, "PSE", ("PSE",),
        aliases=("Katibat Jenin", "Jenin Battalion", "Jenin Brigades"),
        opponents=("ISR",), affiliations=("Palestinian Islamic Jihad",),
    ),
    PartyEntry(
        "Tulkarm Brigade", ARMED, "PSE", ("PSE",),
        aliases=("Katibat Tulkarm", "Tulkarem Brigade", "Tulkarm Battalion"),
        opponents=("ISR",),
    ),
    PartyEntry(
        "Popular Forces", ARMED, "PSE", ("PSE",),
        aliases=("Abu Shabab militia", "Abu Shabab gang"),
        sides_with=("ISR",),
        note="Israel-armed anti-Hamas militia of Rafah led by Yasser Abu Shabab (2025).",
    ),
    PartyEntry(
        "Hezbollah", ARMED, "LBN", ("LBN", "SYR", "ISR"),
        aliases=("Hizbollah", "Hizballah", "Hizbullah", "Hezbullah", "Hizb Allah", "Islamic Resistance in Lebanon"),
        opponents=("ISR",),
    ),
    PartyEntry(
        "Amal Movement", ARMED, "LBN", ("LBN",),
        aliases=("Amal", "Harakat Amal"),
        opponents=("ISR",),
    ),
    PartyEntry(
        "al-Jamaa al-Islamiya", ARMED, "LBN", ("LBN",),
        aliases=("Jamaa Islamiya", "al-Jama'a al-Islamiyya", "Fajr Forces", "Quwat al-Fajr"),
        opponents=("ISR",),
    ),
)

_ASIA: Final[tuple[PartyEntry, ...]] = (
    # Afghanistan
    PartyEntry(
        "Taliban", ARMED, "AFG", ("AFG", "PAK"),
        acronyms=("IEA",),
        aliases=("Afghan Taliban", "Taleban", "Islamic Emirate of Afghanistan", "Islamic Emirate", "Taliban government",
                 "Taliban administration", "Taliban regime", "Taliban movement"),
        members=("Taliban",),
        opponents=("AFG", "USA", "PAK"), state_from=("AFG", dt.date(2021, 8, 15)),
        note="Fought the Afghan republic and US-led forces until it took Kabul on 15 August 2021; the de facto "
             "government since (ACLED: 'Military Forces of Afghanistan (2021-)'). UCDP writes 'Taleban'.",
    ),
    PartyEntry(
        "Haqqani network", ARMED, "AFG", ("AFG", "PAK"),
        aliases=("Haqqanis",), members=("Haqqani",),
        opponents=("AFG", "USA"), parent="Taliban",
    ),
    PartyEntry(
        "Islamic State Khorasan Province", ARMED, "AFG", ("AFG", "PAK"),
        acronyms=("ISKP", "IS-K", "ISIS-K", "ISIS-KP", "ISK", "ISIL-K"),
        aliases=("Islamic State Khorasan", "Islamic State in Khorasan Province",
                 "Islamic State of Khorasan", "Wilayat Khorasan", "Khorasan Province"),
        opponents=("AFG", "PAK"), parent=_IS,
    ),
    PartyEntry(
        "National Resistance Front", ARMED, "AFG", ("AFG",),
        acronyms=("NRF", "NRFA"), aliases=("National Resistance Front of Afghanistan",),
        opponents=("AFG",),
        note="Formed in the Panjshir valley in August 2021 against the Taliban-led state.",
    ),
    PartyEntry(
        "Afghanistan Freedom Front", ARMED, "AFG", ("AFG",),
        acronyms=("AFF",),
        opponents=("AFG",),
    ),
    # Pakistan
    PartyEntry(
        "Tehreek-e-Taliban Pakistan", ARMED, "PAK", ("PAK", "AFG"),
        acronyms=("TTP",),
        aliases=("Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan",
                 "Tehrik-e-Taliban", "Tehreek-e-Taliban", "Tehrik-i-Taliban", "Pakistani Taliban", "Pakistan Taliban",
                 "Fitna al-Khawarij"),
        members=("Khawarij", "Khwarij"),
        opponents=("PAK",),
        note="Pakistan's government and military have called it 'Fitna al-Khawarij' and its fighters 'khawarij' "
             "since 2024.",
    ),
    PartyEntry(
        "Jamaat-ul-Ahrar", ARMED, "PAK", ("PAK", "AFG"),
        acronyms=("JuA",), aliases=("Jamat-ul-Ahrar",),
        opponents=("PAK",), parent="Tehreek-e-Taliban Pakistan",
        note="Rejoined the TTP in 2020.",
    ),
    PartyEntry(
        "Hizb-ul-Ahrar", ARMED, "PAK", ("PAK",),
        acronyms=("HuA",), aliases=("Hizbul Ahrar",),
        opponents=("PAK",), parent="Tehreek-e-Taliban Pakistan",
    ),
    PartyEntry(
        "Tehreek-e-Jihad Pakistan", ARMED, "PAK", ("PAK",),
        acronyms=("TJP",), aliases=("Tehrik-e-Jihad Pakistan", "Tehreek-i-Jihad Pakistan"),
        opponents=("PAK",),
        note="Claimed attacks from 2023; widely seen as a TTP front.",
    ),
    PartyEntry(
        "Hafiz Gul Bahadur group", ARMED, "PAK", ("PAK",),
        aliases=("Gul Bahadur group", "Hafiz Gul Bahadur faction"),
        opponents=("PAK",),
    ),
    PartyEntry(
        "Ittehad-ul-Mujahideen Pakistan", ARMED, "PAK", ("PAK",),
        acronyms=("IMP",),
        opponents=("PAK",),
        note="Alliance of the Hafiz Gul Bahadur group, Lashkar-e-Islam and others, formed in 2023.",
    ),
    PartyEntry(
        "Lashkar-e-Islam", ARMED, "PAK", ("PAK",),
        acronyms=("LeI",), aliases=("Lashkar-i-Islam",),
        opponents=("PAK",),
    ),
    PartyEntry(
        "Lashkar-e-Jhangvi", ARMED, "PAK", ("PAK",),
        acronyms=("LeJ",), aliases=("Lashkar-i-Jhangvi", "Lashkar-e-Jhangvi al-Alami"),
        opponents=("PAK",),
    ),
    PartyEntry(
        "Islamic State Pakistan Province", ARMED, "PAK", ("PAK",),
        acronyms=("ISPP",), aliases=("Islamic State Pakistan", "Wilayat Pakistan"),
        opponents=("PAK",), parent=_IS,
        note="Split from the Khorasan Province in May 2019.",
    ),
    PartyEntry(
        "Baloch Liberation Army", ARMED, "PAK", ("PAK",),
        acronyms=("BLA",),
        aliases=("Balochistan Liberation Army", "Baluchistan Liberation Army", "Majeed Brigade", "Fitna al-Hindustan"),
        opponents=("PAK",), affiliations=("Baloch Raaji Aajoi Sangar",),
        note="Pakistan's government has called the Baloch armed groups 'Fitna al-Hindustan' since May 2025.",
    ),
    PartyEntry(
        "Baloch Liberation Front", ARMED, "PAK", ("PAK",),
        acronyms=("BLF",),
        aliases=("Balochistan Liberation Front", "Baluchistan Liberation Front", "Fitna al-Hindustan"),
        opponents=("PAK",), affiliations=("Baloch Raaji Aajoi Sangar",),
    ),
    PartyEntry(
        "Baloch Raaji Aajoi Sangar", ARMED, "PAK", ("PAK",),
        acronyms=("BRAS",), aliases=("Baloch Raji Ajoi Sangar",),
        opponents=("PAK",),
        note="Umbrella of the Baloch separatist groups since 2018.",
    ),
    PartyEntry(
        "Baloch Republican Army", ARMED, "PAK", ("PAK",),
        acronyms=("BRA",), aliases=("Balochistan Republican Army",),
        opponents=("PAK",),
    ),
    PartyEntry(
        "Baloch Republican Guards", ARMED, "PAK", ("PAK",),
        acronyms=("BRG",),
        opponents=("PAK",), affiliations=("Baloch Raaji Aajoi Sangar",),
    ),
    PartyEntry(
        "Baloch Nationalist Army", ARMED, "PAK", ("PAK",),
        acronyms=("BNA",),
        opponents=("PAK",),
        note="Merger of the Baloch Republican Army and the United Baloch Army in 2022.",
    ),
    PartyEntry(
        "United Baloch Army", ARMED, "PAK", ("PAK",),
        acronyms=("UBA",),
        opponents=("PAK",),
    ),
    PartyEntry(
        "Sindhudesh Revolutionary Army", ARMED, "PAK", ("PAK",),
        acronyms=("SRA",),
        opponents=("PAK",), affiliations=("Baloch Raaji Aajoi Sangar",),
    ),
    # India
    PartyEntry(
        "Communist Party of India (Maoist)", ARMED, "IND", ("IND",),
        acronyms=("PLGA",),
        aliases=("CPI (Maoist)", "People's Liberation Guerrilla Army"),
        members=("Maoist", "Maoists", "Naxal", "Naxals", "Naxalite", "Naxalites"),
        opponents=("IND",),
    ),
    PartyEntry(
        "People's Liberation Front of India", ARMED, "IND", ("IND",),
        acronyms=("PLFI",),
        opponents=("IND",),
    ),
    PartyEntry(
        "Tritiya Prastuti Committee", ARMED, "IND", ("IND",),
        acronyms=("TPC",),
        opponents=("IND",),
        note="Maoist splinter of Jharkhand.",
    ),
    PartyEntry(
        "Lashkar-e-Taiba", ARMED, "PAK", ("IND", "PAK"),
        acronyms=("LeT", "JuD"),
        aliases=("Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "Lashkar-i-Taiba", "Jamaat-ud-Dawa"),
        opponents=("IND",),
    ),
    PartyEntry(
        "Jaish-e-Mohammed", ARMED, "PAK", ("IND", "PAK"),
        acronyms=("JeM", "JEM"),
        aliases=("Jaish-e-Muhammad", "Jaish-e-Mohammad", "Jaish-i-Mohammed"),
        opponents=("IND",),
    ),
    PartyEntry(
        "Hizbul Mujahideen", ARMED, "IND", ("IND", "PAK"),
        aliases=("Hizb-ul-Mujahideen", "Hizbul Mujahidin"),
        opponents=("IND",),
    ),
    PartyEntry(
        "The Resistance Front", ARMED, "IND", ("IND",),
        acronyms=("TRF",),
        opponents=("IND",), affiliations=("Lashkar-e-Taiba",),
        note="Claimed, then denied, the April 2025 Pahalgam attack.",
    ),
    PartyEntry(
        "People's Anti-Fascist Front", ARMED, "IND", ("IND",),
        acronyms=("PAFF",),
        opponents=("IND",), affiliations=("Jaish-e-Mohammed",),
    ),
    PartyEntry(
        "Kashmir Tigers", ARMED, "IND", ("IND",),
        opponents=("IND",), affiliations=("Jaish-e-Mohammed",),
    ),
    PartyEntry(
        "Ansar Ghazwat-ul-Hind", ARMED, "IND", ("IND",),
        acronyms=("AGH",), aliases=("Ansar Ghazwatul Hind",),
        opponents=("IND",), affiliations=(_AQ,),
    ),
    PartyEntry(
        "United Liberation Front of Asom (Independent)", ARMED, "IND", ("IND", "MMR"),
        acronyms=("ULFA-I", "ULFA(I)", "ULFA"),
        aliases=("United Liberation Front of Assam", "United Liberation Front of Asom", "ULFA-Independent"),
        opponents=("IND",),
    ),
    PartyEntry(
        "National Socialist Council of Nagaland (Isak-Muivah)", ARMED, "IND", ("IND",),
        acronyms=("NSCN-IM", "NSCN(IM)", "NSCN"),
        opponents=("IND",),
        note="In a ceasefire with India since 1997.",
    ),
    PartyEntry(
        "National Socialist Council of Nagaland (Khaplang)", ARMED, "IND", ("IND", "MMR"),
        acronyms=("NSCN-K", "NSCN(K)", "NSCN"),
        opponents=("IND",),
    ),
    PartyEntry(
        "People's Liberation Army of Manipur", ARMED, "IND", ("IND", "MMR"),
        acronyms=("RPF/PLA",), aliases=("PLA Manipur", "Revolutionary People's Front"),
        opponents=("IND",),
        note="Bare 'PLA' is China's army; this group only with 'Manipur' or its front's name.",
    ),
    PartyEntry(
        "United National Liberation Front", ARMED, "IND", ("IND", "MMR"),
        acronyms=("UNLF",),
        opponents=("IND",),
        note="Its Pambei faction signed a peace pact in November 2023.",
    ),
    PartyEntry(
        "Kanglei Yawol Kanna Lup", ARMED, "IND", ("IND",),
        acronyms=("KYKL",),
        opponents=("IND",),
    ),
    PartyEntry(
        "People's Revolutionary Party of Kangleipak", ARMED, "IND", ("IND",),
        acronyms=("PREPAK",),
        opponents=("IND",),
    ),
    PartyEntry(
        "Kuki National Army", ARMED, "IND", ("IND", "MMR"),
        acronyms=("KNA",),
        opponents=("MMR",),
        note="Its Indian wing is under a suspension-of-operations pact; its Burma wing fights the junta.",
    ),
    PartyEntry(
        "Babbar Khalsa International", ARMED, "IND", ("IND",),
        acronyms=("BKI",), aliases=("Babbar Khalsa",),
        opponents=("IND",),
    ),
    # Myanmar
    PartyEntry(
        "Arakan Army", ARMED, "MMR", ("MMR", "BGD"),
        acronyms=("AA", "ULA"), aliases=("United League of Arakan",),
        opponents=("MMR",), affiliations=("Three Brotherhood Alliance",),
    ),
    PartyEntry(
        "Arakan Rohingya Salvation Army", ARMED, "MMR", ("MMR", "BGD"),
        acronyms=("ARSA",), aliases=("Harakah al-Yaqin", "Harakat al-Yaqin"),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Kachin Independence Army", ARMED, "MMR", ("MMR",),
        acronyms=("KIA", "KIO"), aliases=("Kachin Independence Organisation",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Karen National Union", ARMED, "MMR", ("MMR",),
        acronyms=("KNU", "KNLA"), aliases=("Karen National Liberation Army",),
        opponents=("MMR",),
        note="The KNLA is its armed wing.",
    ),
    PartyEntry(
        "Karen National Army", ARMED, "MMR", ("MMR",),
        acronyms=("KNA",), aliases=("Karen Border Guard Force", "Karen BGF"),
        sides_with=("MMR",),
        note="The junta's former Karen Border Guard Force under Saw Chit Thu; renamed in 2024 and neutral since.",
    ),
    PartyEntry(
        "Democratic Karen Buddhist Army", ARMED, "MMR", ("MMR",),
        acronyms=("DKBA", "DKBA-5"), aliases=("Democratic Karen Benevolent Army",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Karenni Army", ARMED, "MMR", ("MMR",),
        acronyms=("KNPP",), aliases=("Karenni National Progressive Party",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Karenni Nationalities Defence Force", ARMED, "MMR", ("MMR",),
        acronyms=("KNDF",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Chin National Front", ARMED, "MMR", ("MMR",),
        acronyms=("CNF", "CNA"), aliases=("Chin National Army",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Chinland Defense Force", ARMED, "MMR", ("MMR",),
        acronyms=("CDF",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Chin Brotherhood", ARMED, "MMR", ("MMR",),
        aliases=("Chin Brotherhood Alliance",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Restoration Council of Shan State", ARMED, "MMR", ("MMR",),
        acronyms=("RCSS", "SSA-S"), aliases=("Shan State Army-South",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Shan State Progress Party", ARMED, "MMR", ("MMR",),
        acronyms=("SSPP", "SSA-N"), aliases=("Shan State Army-North",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "United Wa State Army", ARMED, "MMR", ("MMR",),
        acronyms=("UWSA", "UWSP"), aliases=("United Wa State Party",),
        opponents=("MMR",),
        note="In a ceasefire with the military since 1989.",
    ),
    PartyEntry(
        "Myanmar National Democratic Alliance Army", ARMED, "MMR", ("MMR",),
        acronyms=("MNDAA",), aliases=("Myanmar Nationalities Democratic Alliance Army", "Kokang army"),
        opponents=("MMR",), affiliations=("Three Brotherhood Alliance",),
    ),
    PartyEntry(
        "Ta'ang National Liberation Army", ARMED, "MMR", ("MMR",),
        acronyms=("TNLA", "PSLF"), aliases=("Palaung State Liberation Front",),
        opponents=("MMR",), affiliations=("Three Brotherhood Alliance",),
    ),
    PartyEntry(
        "Three Brotherhood Alliance", ARMED, "MMR", ("MMR",),
        aliases=("Brotherhood Alliance",),
        opponents=("MMR",),
        note="The AA, the MNDAA and the TNLA; launched Operation 1027 in October 2023.",
    ),
    PartyEntry(
        "People's Defence Force", ARMED, "MMR", ("MMR",),
        acronyms=("PDF", "PDFs"),
        aliases=("People's Defence Forces", "Pyithu Kakweyay Tat"),
        opponents=("MMR",), affiliations=("National Unity Government",),
        note="ACLED: 'PDF: People's Defense Force'. Local PDFs keep their own command, so they are a side of their "
             "own that the NUG is allied with, not the NUG itself.",
    ),
    PartyEntry(
        "National Unity Government", ARMED, "MMR", ("MMR",),
        acronyms=("NUG",), aliases=("National Unity Government of Myanmar",),
        opponents=("MMR",),
        note="Parallel government of the lawmakers ousted in the 2021 coup: a side against the junta, so a party of "
             "its own rather than the state.",
    ),
    PartyEntry(
        "Bamar People's Liberation Army", ARMED, "MMR", ("MMR",),
        acronyms=("BPLA",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "All Burma Students' Democratic Front", ARMED, "MMR", ("MMR",),
        acronyms=("ABSDF",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "New Mon State Party", ARMED, "MMR", ("MMR",),
        acronyms=("NMSP", "MNLA"), aliases=("Mon National Liberation Army",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Pa-O National Liberation Army", ARMED, "MMR", ("MMR",),
        acronyms=("PNLA", "PNLO"), aliases=("Pa-O National Liberation Organisation",),
        opponents=("MMR",),
    ),
    PartyEntry(
        "Shanni Nationalities Army", ARMED, "MMR", ("MMR",),
        acronyms=("SNA",),
        sides_with=("MMR",),
    ),
    PartyEntry(
        "Pyu Saw Htee", ARMED, "MMR", ("MMR",),
        aliases=("Pyusawhti",),
        sides_with=("MMR",),
        note="Junta-armed militias of supporters; ACLED codes them apart from the military.",
    ),
    PartyEntry(
        "Kuki-Chin National Front", ARMED, "BGD", ("BGD",),
        acronyms=("KNF",), aliases=("Kuki-Chin National Army",),
        opponents=("BGD",),
        note="Armed group of the Bandarban hills, fighting Bangladesh's army since 2022.",
    ),
    # Thailand, Philippines, Indonesia
    PartyEntry(
        "Barisan Revolusi Nasional", ARMED, "THA", ("THA",),
        acronyms=("BRN", "BRN-C"), aliases=("National Revolutionary Front", "Barisan Revolusi Nasional-Koordinasi"),
        opponents=("THA",),
    ),
    PartyEntry(
        "Patani United Liberation Organisation", ARMED, "THA", ("THA",),
        acronyms=("PULO",),
        opponents=("THA",),
    ),
    PartyEntry(
        "New People's Army", ARMED, "PHL", ("PHL",),
        acronyms=("NPA", "CPP-NPA", "CPP-NPA-NDF"),
        aliases=("Communist Party of the Philippines", "Bagong Hukbong Bayan"),
        opponents=("PHL",),
    ),
    PartyEntry(
        "Moro Islamic Liberation Front", ARMED, "PHL", ("PHL",),
        acronyms=("MILF", "BIAF"), aliases=("Bangsamoro Islamic Armed Forces",),
        opponents=("PHL",),
        note="Peace deal in 2014; has led the Bangsamoro autonomous government since 2019.",
    ),
    PartyEntry(
        "Moro National Liberation Front", ARMED, "PHL", ("PHL",),
        acronyms=("MNLF",),
        opponents=("PHL",),
    ),
    PartyEntry(
        "Abu Sayyaf", ARMED, "PHL", ("PHL",),
        acronyms=("ASG",), aliases=("Abu Sayyaf Group",),
        opponents=("PHL",), affiliations=(_IS,),
    ),
    PartyEntry(
        "Bangsamoro Islamic Freedom Fighters", ARMED, "PHL", ("PHL",),
        acronyms=("BIFF",), aliases=("Bangsamoro Islamic Freedom Movement",),
        opponents=("PHL",), affiliations=(_IS,),
    ),
    PartyEntry(
        "Islamic State East Asia Province", ARMED, "PHL", ("PHL", "IDN"),
        acronyms=("ISEAP",), aliases=("Islamic State East Asia", "Islamic State in East Asia"),
        opponents=("PHL",), parent=_IS,
    ),
    PartyEntry(
        "Dawlah Islamiyah", ARMED, "PHL", ("PHL",),
        aliases=("Maute group", "Dawlah Islamiyah-Maute", "Dawlah Islamiya", "Islamic State of Lanao"),
        opponents=("PHL",), parent="Islamic State East Asia Province",
    ),
    PartyEntry(
        "Jamaah Ansharut Daulah", ARMED, "IDN", ("IDN",),
        acronyms=("JAD",), aliases=("Jemaah Anshorut Daulah", "Jamaah Ansharud Daulah"),
        opponents=("IDN",), affiliations=(_IS,),
    ),
    PartyEntry(
        "East Indonesia Mujahideen", ARMED, "IDN", ("IDN",),
        acronyms=("MIT",), aliases=("Mujahidin Indonesia Timur", "Mujahideen Indonesia Timur"),
        opponents=("IDN",), affiliations=(_IS,),
    ),
    PartyEntry(
        "Jemaah Islamiyah", ARMED, "IDN", ("IDN", "PHL"),
        acronyms=("JI",), aliases=("Jemaah Islamiya",),
        opponents=("IDN",), affiliations=(_AQ,),
        note="Announced its dissolution in June 2024.",
    ),
    PartyEntry(
        "West Papua National Liberation Army", ARMED, "IDN", ("IDN",),
        acronyms=("TPNPB", "TPNPB-OPM", "OPM"),
        aliases=("Free Papua Movement", "Organisasi Papua Merdeka", "West Papua Liberation Army",
                 "Tentara Pembebasan Nasional Papua Barat"),
        opponents=("IDN",),
        note="Wire copy names it by its movement, the Free Papua Movement (OPM).",
    ),
)

_AMERICAS: Final[tuple[PartyEntry, ...]] = (
    # Colombia, Venezuela, Ecuador, Peru, Paraguay
    PartyEntry(
        "National Liberation Army", ARMED, "COL", ("COL", "VEN"),
        acronyms=("ELN",), aliases=("Ejército de Liberación Nacional",),
        opponents=("COL",),
    ),
    PartyEntry(
        "Revolutionary Armed Forces of Colombia", ARMED, "COL", ("COL",),
        acronyms=("FARC", "FARC-EP"), aliases=("Fuerzas Armadas Revolucionarias de Colombia", "Farc"),
        opponents=("COL",),
        note="Disarmed under the 2016 peace deal; the 'FARC dissidents' fighting since are the EMC, the EMBF, the "
             "Segunda Marquetalia and the CNEB.",
    ),
    PartyEntry(
        "Estado Mayor Central", ARMED, "COL", ("COL", "VEN"),
        acronyms=("EMC", "FARC-EMC", "EMC-FARC"),
        aliases=("Central General Staff", "Estado Mayor Central de las FARC-EP"),
        opponents=("COL",),
        note="Iván Mordisco's FARC dissident bloc.",
    ),
    PartyEntry(
        "Estado Mayor de Bloques y Frente", ARMED, "COL", ("COL",),
        acronyms=("EMBF",), aliases=("Estado Mayor de Bloques y Frentes", "33rd Front", "Frente 33"),
        opponents=("COL",),
        note="Split from the Estado Mayor Central in 2024 to keep talking peace with the government; the 33rd "
             "Front of Catatumbo belongs to its Magdalena Medio bloc (El Espectador, 5 May 2025).",
    ),
    PartyEntry(
        "Segunda Marquetalia", ARMED, "COL", ("COL", "VEN"),
        aliases=("Second Marquetalia",),
        opponents=("COL",),
    ),
    PartyEntry(
        "Coordinadora Nacional Ejército Bolivariano", ARMED, "COL", ("COL",),
        acronyms=("CNEB",), aliases=("National Coordinator of the Bolivarian Army",),
        opponents=("COL",),
    ),
    PartyEntry(
        "Clan del Golfo", ARMED, "COL", ("COL", "PAN"),
        acronyms=("AGC", "EGC"),
        aliases=("Gulf Clan", "Autodefensas Gaitanistas de Colombia", "Ejército Gaitanista de Colombia",
                 "Gaitanista Army of Colombia", "Urabeños", "Los Urabeños", "Clan Úsuga"),
        opponents=("COL",),
    ),
    PartyEntry(
        "Popular Liberation Army", ARMED, "COL", ("COL",),
        acronyms=("EPL",), aliases=("Los Pelusos", "Ejército Popular de Liberación"),
        opponents=("COL",),
    ),
    PartyEntry(
        "Autodefensas Conquistadoras de la Sierra Nevada", ARMED, "COL", ("COL",),
        acronyms=("ACSN",), aliases=("Los Pachenca", "Los Pachencas"),
        opponents=("COL",),
    ),
    PartyEntry(
        "Comandos de la Frontera", ARMED, "COL", ("COL", "ECU"),
        aliases=("Border Commandos",),
        opponents=("COL",),
    ),
    PartyEntry(
        "Coordinadora Arauco-Malleco", ARMED, "CHL", ("CHL",),
        acronyms=("CAM",), aliases=("Arauco-Malleco Coordinating Committee",),
        opponents=("CHL",),
        note="Mapuche armed group of southern Chile.",
    ),
    PartyEntry(
        "Tren de Aragua", ARMED, "VEN", ("VEN", "COL", "PER", "CHL"),
        opponents=("VEN",),
    ),
    PartyEntry(
        "Los Choneros", ARMED, "ECU", ("ECU",),
        opponents=("ECU",),
    ),
    PartyEntry(
        "Los Lobos", ARMED, "ECU", ("ECU",),
        opponents=("ECU",),
    ),
    PartyEntry(
        "Shining Path", ARMED, "PER", ("PER",),
        acronyms=("MPCP",),
        aliases=("Sendero Luminoso", "Militarized Communist Party of Peru", "Militarizado Partido Comunista del Perú"),
        opponents=("PER",),
    ),
    PartyEntry(
        "Paraguayan People's Army", ARMED, "PRY", ("PRY",),
        acronyms=("EPP",), aliases=("Ejército del Pueblo Paraguayo",),
        opponents=("PRY",),
    ),
    # Mexico
    PartyEntry(
        "Sinaloa Cartel", ARMED, "MEX", ("MEX",),
        acronyms=("CDS",), aliases=("Cártel de Sinaloa",),
        opponents=("MEX",),
        note="At war with itself since September 2024, Los Chapitos against La Mayiza.",
    ),
    PartyEntry(
        "Los Chapitos", ARMED, "MEX", ("MEX",),
        aliases=("Chapitos",),
        opponents=("MEX",), affiliations=("Sinaloa Cartel",),
        note="At war with La Mayiza since September 2024, so a side of its own.",
    ),
    PartyEntry(
        "La Mayiza", ARMED, "MEX", ("MEX",),
        aliases=("Los Mayos", "Mayiza"),
        opponents=("MEX",), affiliations=("Sinaloa Cartel",),
        note="At war with Los Chapitos since September 2024, so a side of its own.",
    ),
    PartyEntry(
        "Jalisco New Generation Cartel", ARMED, "MEX", ("MEX",),
        acronyms=("CJNG",),
        aliases=("Cártel de Jalisco Nueva Generación", "Cartel Jalisco Nueva Generación", "Jalisco Cartel"),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Gulf Cartel", ARMED, "MEX", ("MEX",),
        acronyms=("CDG",), aliases=("Cártel del Golfo",),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Cartel del Noreste", ARMED, "MEX", ("MEX",),
        acronyms=("CDN",), aliases=("Northeast Cartel", "Los Zetas", "Zetas"),
        opponents=("MEX",),
        note="The successor of Los Zetas.",
    ),
    PartyEntry(
        "La Familia Michoacana", ARMED, "MEX", ("MEX",),
        acronyms=("LFM",), aliases=("Familia Michoacana", "La Nueva Familia Michoacana"),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Carteles Unidos", ARMED, "MEX", ("MEX",),
        aliases=("United Cartels",),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Los Viagras", ARMED, "MEX", ("MEX",),
        aliases=("Viagras",),
        opponents=("MEX",), affiliations=("Carteles Unidos",),
    ),
    PartyEntry(
        "Santa Rosa de Lima Cartel", ARMED, "MEX", ("MEX",),
        acronyms=("CSRL",), aliases=("Cártel de Santa Rosa de Lima", "Cartel Santa Rosa de Lima"),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Beltrán-Leyva Organization", ARMED, "MEX", ("MEX",),
        acronyms=("BLO",), aliases=("Beltrán-Leyva Cartel", "Cártel de los Beltrán Leyva"),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Juárez Cartel", ARMED, "MEX", ("MEX",),
        aliases=("Cártel de Juárez", "La Línea", "Vicente Carrillo Fuentes Organization"),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Tijuana Cartel", ARMED, "MEX", ("MEX",),
        acronyms=("AFO",), aliases=("Arellano Félix Organization", "Cártel de Tijuana"),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Guerreros Unidos", ARMED, "MEX", ("MEX",),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Los Ardillos", ARMED, "MEX", ("MEX",),
        aliases=("Ardillos",),
        opponents=("MEX",),
    ),
    PartyEntry(
        "Los Tlacos", ARMED, "MEX", ("MEX",),
        aliases=("Tlacos",),
        opponents=("MEX",),
    ),
    # Haiti, Central America, Brazil
    PartyEntry(
        "Viv Ansanm", ARMED, "HTI", ("HTI",),
        opponents=("HTI",),
        note="Alliance of the G9 and G-Pèp gang federations since February 2024.",
    ),
    PartyEntry(
        "G9 Family and Allies", ARMED, "HTI", ("HTI",),
        acronyms=("G9", "G-9"), aliases=("G9 an Fanmi e Alye",),
        opponents=("HTI",), affiliations=("Viv Ansanm",),
        note="Jimmy 'Barbecue' Chérizier's federation.",
    ),
    PartyEntry(
        "G-Pèp", ARMED, "HTI", ("HTI",),
        aliases=("GPep",),
        opponents=("HTI",), affiliations=("Viv Ansanm",),
    ),
    PartyEntry(
        "400 Mawozo", ARMED, "HTI", ("HTI",),
        opponents=("HTI",), affiliations=("Viv Ansanm",),
    ),
    PartyEntry(
        "Gran Grif", ARMED, "HTI", ("HTI",),
        aliases=("Grand Grif",),
        opponents=("HTI",), affiliations=("Viv Ansanm",),
    ),
    PartyEntry(
        "5 Segonn", ARMED, "HTI", ("HTI",),
        opponents=("HTI",), affiliations=("Viv Ansanm",),
    ),
    PartyEntry(
        "Kraze Baryè", ARMED, "HTI", ("HTI",),
        aliases=("Kraze Baye",),
        opponents=("HTI",), affiliations=("Viv Ansanm",),
    ),
    PartyEntry(
        "Mara Salvatrucha", ARMED, "SLV", ("SLV", "HND", "GTM", "USA"),
        acronyms=("MS-13", "MS13"),
        opponents=("SLV", "HND"),
    ),
    PartyEntry(
        "Barrio 18", ARMED, "SLV", ("SLV", "HND", "GTM"),
        aliases=("18th Street gang", "Calle 18", "Mara 18"),
        opponents=("SLV", "HND"),
    ),
    PartyEntry(
        "Comando Vermelho", ARMED, "BRA", ("BRA",),
        aliases=("Red Command",),
        opponents=("BRA",),
    ),
    PartyEntry(
        "Primeiro Comando da Capital", ARMED, "BRA", ("BRA",),
        acronyms=("PCC",), aliases=("First Capital Command",),
        opponents=("BRA",),
    ),
)

_EUROPE: Final[tuple[PartyEntry, ...]] = (
    PartyEntry(
        "Donetsk People's Republic", ARMED, "UKR", ("UKR",),
        acronyms=("DPR", "DNR"), aliases=("Donetsk People's Militia",),
        opponents=("UKR",), sides_with=("RUS",), state_from=("RUS", dt.date(2022, 9, 30)),
        note="Russian-backed separatist entity and its forces; Russia annexed it in September 2022 and folded its "
             "forces into its army.",
    ),
    PartyEntry(
        "Luhansk People's Republic", ARMED, "UKR", ("UKR",),
        acronyms=("LPR", "LNR"), aliases=("Lugansk People's Republic", "Luhansk People's Militia"),
        opponents=("UKR",), sides_with=("RUS",), state_from=("RUS", dt.date(2022, 9, 30)),
    ),
    PartyEntry(
        "Russian Volunteer Corps", ARMED, "RUS", ("UKR", "RUS"),
        acronyms=("RDK", "RVC"), aliases=("Russkiy Dobrovolchesky Korpus",),
        opponents=("RUS",), sides_with=("UKR",),
        note="Russian nationals raiding Russia's border regions from Ukraine.",
    ),
    PartyEntry(
        "Freedom of Russia Legion", ARMED, "RUS", ("UKR", "RUS"),
        aliases=("Legion Freedom of Russia", "Free Russia Legion", "Legion of Free Russia"),
        opponents=("RUS",), sides_with=("UKR",),
        note="Formally a unit of Ukraine's International Legion.",
    ),
    PartyEntry(
        "Siberian Battalion", ARMED, "RUS", ("UKR",),
        opponents=("RUS",), sides_with=("UKR",),
    ),
    PartyEntry(
        "Kastus Kalinouski Regiment", ARMED, "BLR", ("UKR",),
        aliases=("Kalinouski Regiment", "Kastus Kalinouski Battalion"),
        opponents=("RUS", "BLR"), sides_with=("UKR",),
    ),
    PartyEntry(
        "Artsakh Defence Army", ARMED, "AZE", ("AZE",),
        aliases=("Nagorno-Karabakh Defence Army", "Defence Army of Artsakh", "Karabakh Defence Army"),
        opponents=("AZE",), sides_with=("ARM",),
        note="The Karabakh Armenians' forces; dissolved after Azerbaijan's September 2023 offensive.",
    ),
    PartyEntry(
        "Islamic State Caucasus Province", ARMED, "RUS", ("RUS",),
        aliases=("Wilayat Qawqaz", "Islamic State in the Caucasus", "Caucasus Province"),
        opponents=("RUS",), parent=_IS,
    ),
    PartyEntry(
        "New IRA", ARMED, "GBR", ("GBR",),
        aliases=("New Irish Republican Army",),
        opponents=("GBR",),
    ),
    PartyEntry(
        "Continuity IRA", ARMED, "GBR", ("GBR",),
        acronyms=("CIRA",), aliases=("Continuity Irish Republican Army",),
        opponents=("GBR",),
    ),
)

ARMED_GROUPS: Final[tuple[PartyEntry, ...]] = _TRANSNATIONAL + _AFRICA + _MIDDLE_EAST + _ASIA + _AMERICAS + _EUROPE

# Named forces and services that speak for their state, and forces that count
# as the state by law or command. opponents are filled in for interstate wars.
STATE_FORCES: Final[tuple[PartyEntry, ...]] = (
    # Africa
    PartyEntry(
        "Sudanese Armed Forces", STATE, "SDN", ("SDN",),
        acronyms=("SAF",), aliases=("Sudan Armed Forces",),
        note="ACLED: 'Military Forces of Sudan (2019-)'; based in Port Sudan since 2023.",
    ),
    PartyEntry(
        "South Sudan People's Defence Forces", STATE, "SSD", ("SSD",),
        acronyms=("SSPDF", "SPLA"), aliases=("Sudan People's Liberation Army",),
        note="Named the SPLA until 2018; the SPLA-IO is the armed opposition.",
    ),
    PartyEntry(
        "Ethiopian National Defence Force", STATE, "ETH", ("ETH",),
        acronyms=("ENDF",), aliases=("Ethiopian National Defence Forces",),
    ),
    PartyEntry(
        "Amhara Special Forces", STATE, "ETH", ("ETH",),
        aliases=("Amhara regional special forces",),
        note="Regional force of the Amhara state, dissolved into the federal forces in 2023.",
    ),
    PartyEntry(
        "Eritrean Defence Forces", STATE, "ERI", ("ERI", "ETH"),
        acronyms=("EDF",),
        note="Fought beside Ethiopia's army against the Tigrayan forces in 2020-2022.",
    ),
    PartyEntry(
        "Somali National Army", STATE, "SOM", ("SOM",),
        acronyms=("SNA", "SNAF"), aliases=("Somali National Armed Forces",),
    ),
    PartyEntry(
        "Danab", STATE, "SOM", ("SOM",),
        aliases=("Danab Brigade", "Danab Advanced Infantry Brigade"),
        note="The Somali army's US-trained special forces.",
    ),
    PartyEntry(
        "National Intelligence and Security Agency", STATE, "SOM", ("SOM",),
        acronyms=("NISA",),
    ),
    PartyEntry(
        "Kenya Defence Forces", STATE, "KEN", ("KEN", "SOM"),
        acronyms=("KDF",),
    ),
    PartyEntry(
        "Uganda People's Defence Force", STATE, "UGA", ("UGA", "COD", "SOM"),
        acronyms=("UPDF",), aliases=("Uganda People's Defence Forces",),
    ),
    PartyEntry(
        "Rwanda Defence Force", STATE, "RWA", ("RWA", "COD", "MOZ", "CAF"),
        acronyms=("RDF",), aliases=("Rwandan Defence Force", "Rwanda Defence Forces"),
    ),
    PartyEntry(
        "FARDC", STATE, "COD", ("COD",),
        acronyms=("FARDC",),
        aliases=("Armed Forces of the Democratic Republic of the Congo",
                 "Forces Armées de la République Démocratique du Congo"),
    ),
    PartyEntry(
        "Central African Armed Forces", STATE, "CAF", ("CAF",),
        acronyms=("FACA",), aliases=("Forces armées centrafricaines",),
    ),
    PartyEntry(
        "Malian Armed Forces", STATE, "MLI", ("MLI",),
        acronyms=("FAMa", "FAMA"), aliases=("Forces Armées Maliennes",),
    ),
    PartyEntry(
        "Volunteers for the Defence of the Homeland", STATE, "BFA", ("BFA",),
        acronyms=("VDP",),
        aliases=("Volontaires pour la défense de la patrie", "Homeland Defence Volunteers"),
        note="Civilian auxiliaries of Burkina Faso's army under its command by the law of January 2020.",
    ),
    PartyEntry(
        "Rapid Intervention Battalion", STATE, "CMR", ("CMR",),
        acronyms=("BIR",), aliases=("Bataillon d'intervention rapide",),
        note="Cameroon's elite army unit in the Far North and the Anglophone regions.",
    ),
    PartyEntry(
        "Amotekun", STATE, "NGA", ("NGA",),
        aliases=("Western Nigeria Security Network", "Amotekun Corps"),
        note="Security corps of Nigeria's southwestern states, set up by state law.",
    ),
    PartyEntry(
        "Ebube Agu", STATE, "NGA", ("NGA",),
        note="Security outfit of Nigeria's southeastern state governments.",
    ),
    PartyEntry(
        "Department of State Services", STATE, "NGA", ("NGA",),
        acronyms=("DSS",),
    ),
    PartyEntry(
        "Sovereignty Council", STATE, "SDN", ("SDN",),
        aliases=("Sovereign Council", "Transitional Sovereignty Council"),
        note="Sudan's ruling council, chaired by the army chief.",
    ),
    PartyEntry(
        "Operation Hadin Kai", STATE, "NGA", ("NGA",),
        acronyms=("OPHK",), aliases=("Operation Lafiya Dole",),
        note="The Nigerian military's joint task force in the northeast (Operation Lafiya Dole until 2021).",
    ),
    PartyEntry(
        "Operation Fansan Yamma", STATE, "NGA", ("NGA",),
        aliases=("Operation Hadarin Daji",),
        note="The Nigerian military's operation against the bandits of the northwest.",
    ),
    PartyEntry(
        "Operation Safe Haven", STATE, "NGA", ("NGA",),
        acronyms=("OPSH",),
        note="The Nigerian military's task force in Plateau and neighbouring states.",
    ),
    PartyEntry(
        "Operation Whirl Stroke", STATE, "NGA", ("NGA",),
        acronyms=("OPWS",),
    ),
    PartyEntry(
        "Government of National Unity", STATE, "LBY", ("LBY",),
        acronyms=("GNU", "GNA"), aliases=("Government of National Accord",),
        note="Libya's UN-recognised Tripoli government: the GNA (2016-2021), the GNU since.",
    ),
    # Middle East
    PartyEntry(
        "Israel Defense Forces", STATE, "ISR", ("ISR", "PSE", "LBN", "SYR"),
        acronyms=("IDF",),
        aliases=("Israeli Defense Forces", "Tsahal", "Zahal"),
        opponents=("IRN",),
    ),
    PartyEntry(
        "Shin Bet", STATE, "ISR", ("ISR", "PSE"),
        aliases=("Shabak", "Israel Security Agency"),
    ),
    PartyEntry(
        "Mossad", STATE, "ISR", ("ISR",),
    ),
    PartyEntry(
        "COGAT", STATE, "ISR", ("ISR", "PSE"),
        acronyms=("COGAT",), aliases=("Coordination of Government Activities in the Territories",),
        note="The Israeli defence ministry body over aid and civil affairs in Gaza and the West Bank.",
    ),
    PartyEntry(
        "Magen David Adom", STATE, "ISR", ("ISR",),
        acronyms=("MDA",),
        note="Israel's national emergency medical service by law; its tolls are the Israeli side's.",
    ),
    PartyEntry(
        "Palestinian Authority", STATE, "PSE", ("PSE",),
        acronyms=("PA", "PNA"), aliases=("Palestinian National Authority",),
        note="Governs parts of the West Bank; Gaza's ministries are Hamas-run (see Hamas).",
    ),
    PartyEntry(
        "Lebanese Armed Forces", STATE, "LBN", ("LBN",),
        acronyms=("LAF",),
    ),
    PartyEntry(
        "Islamic Revolutionary Guard Corps", STATE, "IRN", ("IRN", "SYR", "IRQ"),
        acronyms=("IRGC",),
        aliases=("Revolutionary Guards", "Revolutionary Guard", "Revolutionary Guard Corps", "Sepah", "Pasdaran"),
        opponents=("ISR", "USA"),
    ),
    PartyEntry(
        "Quds Force", STATE, "IRN", ("IRN", "IRQ", "SYR", "LBN", "YEM"),
        acronyms=("IRGC-QF",), aliases=("Qods Force", "IRGC Quds Force"),
        parent="Islamic Revolutionary Guard Corps",
    ),
    PartyEntry(
        "Basij", STATE, "IRN", ("IRN",),
        aliases=("Basij Resistance Force",),
        parent="Islamic Revolutionary Guard Corps",
    ),
    PartyEntry(
        "Popular Mobilization Forces", STATE, "IRQ", ("IRQ", "SYR"),
        acronyms=("PMF", "PMU"),
        aliases=("Popular Mobilization Units", "Hashd al-Shaabi", "al-Hashd al-Shaabi",
                 "Hashd al-Sha'bi", "Hashd"),
        note="Part of Iraq's armed forces by the law of 2016, so the state; factions acting on their own "
             "(Kataib Hezbollah, the Islamic Resistance in Iraq) are armed groups.",
    ),
    PartyEntry(
        "Peshmerga", STATE, "IRQ", ("IRQ",),
        aliases=("Kurdish Peshmerga",),
        members=("Peshmerga",),
        note="Forces of the Kurdistan Regional Government, a region of Iraq.",
    ),
    PartyEntry(
        "Counter Terrorism Service", STATE, "IRQ", ("IRQ",),
        acronyms=("CTS", "ISOF"), aliases=("Golden Division",),
    ),
    PartyEntry(
        "Syrian Arab Army", STATE, "SYR", ("SYR",),
        acronyms=("SAA",),
        note="Assad's army until December 2024.",
    ),
    PartyEntry(
        "National Defence Forces", STATE, "SYR", ("SYR",),
        acronyms=("NDF",),
        note="Pro-Assad militias raised under the army from 2012.",
    ),
    PartyEntry(
        "Tiger Forces", STATE, "SYR", ("SYR",),
        aliases=("25th Special Mission Forces Division", "Qawat al-Nimr"),
    ),
    PartyEntry(
        "General Security Service", STATE, "SYR", ("SYR",),
        aliases=("General Security", "General Security Directorate"),
        note="The post-Assad government's security force.",
    ),
    PartyEntry(
        "Presidential Leadership Council", STATE, "YEM", ("YEM",),
        acronyms=("PLC",),
        note="Yemen's recognised government since April 2022.",
    ),
    # Asia
    PartyEntry(
        "Afghan National Defense and Security Forces", STATE, "AFG", ("AFG",),
        acronyms=("ANDSF", "ANSF", "ANA", "ANP"),
        aliases=("Afghan National Security Forces", "Afghan National Army", "Afghan National Police",
                 "Afghan Local Police"),
        note="The Afghan republic's forces until August 2021.",
    ),
    PartyEntry(
        "National Directorate of Security", STATE, "AFG", ("AFG",),
        acronyms=("NDS",),
        note="The Afghan republic's intelligence service until August 2021.",
    ),
    PartyEntry(
        "Inter-Services Public Relations", STATE, "PAK", ("PAK",),
        acronyms=("ISPR",),
        note="The media wing of Pakistan's armed forces.",
    ),
    PartyEntry(
        "Inter-Services Intelligence", STATE, "PAK", ("PAK",),
        acronyms=("ISI",),
    ),
    PartyEntry(
        "Frontier Corps", STATE, "PAK", ("PAK",),
        aliases=("Frontier Corps Balochistan", "Frontier Corps Khyber Pakhtunkhwa"),
    ),
    PartyEntry(
        "Counter Terrorism Department", STATE, "PAK", ("PAK",),
        acronyms=("CTD",),
        note="Pakistan's provincial counterterrorism police.",
    ),
    PartyEntry(
        "Pakistan Rangers", STATE, "PAK", ("PAK",),
        aliases=("Sindh Rangers", "Punjab Rangers"),
    ),
    PartyEntry(
        "Central Reserve Police Force", STATE, "IND", ("IND",),
        acronyms=("CRPF",),
    ),
    PartyEntry(
        "Border Security Force", STATE, "IND", ("IND",),
        acronyms=("BSF",),
    ),
    PartyEntry(
        "Assam Rifles", STATE, "IND", ("IND",),
    ),
    PartyEntry(
        "Rashtriya Rifles", STATE, "IND", ("IND",),
    ),
    PartyEntry(
        "District Reserve Guard", STATE, "IND", ("IND",),
        acronyms=("DRG",),
        note="Chhattisgarh's anti-Maoist police force.",
    ),
    PartyEntry(
        "National Investigation Agency", STATE, "IND", ("IND",),
        acronyms=("NIA",),
    ),
    PartyEntry(
        "Tatmadaw", STATE, "MMR", ("MMR",),
        aliases=("Myanmar Armed Forces", "Myanmar military junta", "Sit-tat", "Sittat"),
    ),
    PartyEntry(
        "State Administration Council", STATE, "MMR", ("MMR",),
        acronyms=("SAC", "SSPC"), aliases=("State Security and Peace Commission",),
        note="The junta's ruling body (2021-2025), renamed the State Security and Peace Commission in 2025.",
    ),
    PartyEntry(
        "People's Liberation Army", STATE, "CHN", ("CHN",),
        acronyms=("PLA",), aliases=("Chinese People's Liberation Army",),
        opponents=("IND",),
    ),
    PartyEntry(
        "Armed Forces of the Philippines", STATE, "PHL", ("PHL",),
        acronyms=("AFP",),
    ),
    # Europe, Russia, Turkey
    PartyEntry(
        "Armed Forces of Ukraine", STATE, "UKR", ("UKR", "RUS"),
        acronyms=("AFU", "ZSU"),
        aliases=("Ukrainian Armed Forces", "General Staff of the Armed Forces of Ukraine", "Zbroyni Syly Ukrainy"),
        opponents=("RUS",),
    ),
    PartyEntry(
        "SBU", STATE, "UKR", ("UKR", "RUS"),
        acronyms=("SBU",), aliases=("Security Service of Ukraine",),
        opponents=("RUS",),
    ),
    PartyEntry(
        "Main Intelligence Directorate of Ukraine", STATE, "UKR", ("UKR", "RUS"),
        acronyms=("HUR", "GUR"), aliases=("Defence Intelligence of Ukraine",),
        opponents=("RUS",),
    ),
    PartyEntry(
        "National Guard of Ukraine", STATE, "UKR", ("UKR",),
        acronyms=("NGU",),
        opponents=("RUS",),
    ),
    PartyEntry(
        "Azov Brigade", STATE, "UKR", ("UKR",),
        aliases=("Azov", "Azov Regiment", "Azov Battalion", "12th Special Forces Brigade Azov"),
        opponents=("RUS",),
        note="A National Guard unit since 2014.",
    ),
    PartyEntry(
        "Territorial Defence Forces", STATE, "UKR", ("UKR",),
        acronyms=("TDF",),
        opponents=("RUS",),
    ),
    PartyEntry(
        "International Legion", STATE, "UKR", ("UKR",),
        aliases=("International Legion of Territorial Defence of Ukraine",
                 "International Legion for the Defence of Ukraine"),
        opponents=("RUS",),
    ),
    PartyEntry(
        "Wagner Group", STATE, "RUS", ("UKR", "SYR", "LBY", "CAF", "MLI", "SDN", "MOZ"),
        aliases=("Wagner", "PMC Wagner", "Wagner PMC", "Wagner private military company", "Group Wagner"),
        opponents=("UKR",),
        note="Contractor working for the Russian state, so Russia's side; in Africa it fights for the host "
             "government.",
    ),
    PartyEntry(
        "Africa Corps", STATE, "RUS", ("MLI", "BFA", "NER", "LBY", "CAF"),
        aliases=("Russian Africa Corps",),
        note="Russia's defence ministry force that took over Wagner's African deployments (Mali, June 2025).",
    ),
    PartyEntry(
        "Akhmat", STATE, "RUS", ("UKR", "RUS"),
        aliases=("Akhmat Special Forces", "Akhmat battalion", "Kadyrovtsy", "Kadyrovites"),
        opponents=("UKR",),
        note="Chechen units under Ramzan Kadyrov, part of Russia's forces.",
    ),
    PartyEntry(
        "Rosgvardia", STATE, "RUS", ("RUS", "UKR"),
        aliases=("National Guard of Russia", "Rosguardia", "Russian National Guard"),
        opponents=("UKR",),
    ),
    PartyEntry(
        "FSB", STATE, "RUS", ("RUS", "UKR"),
        acronyms=("FSB",), aliases=("Federal Security Service",),
        opponents=("UKR",),
    ),
    PartyEntry(
        "GRU", STATE, "RUS", ("RUS", "UKR"),
        acronyms=("GRU",), aliases=("Main Directorate of the General Staff",),
        opponents=("UKR",),
    ),
    PartyEntry(
        "National Intelligence Organization", STATE, "TUR", ("TUR", "IRQ", "SYR"),
        acronyms=("MIT",), aliases=("Milli İstihbarat Teşkilatı",),
        note="Turkey's intelligence service, which announces killings of PKK members.",
    ),
    PartyEntry(
        "UK Maritime Trade Operations", STATE, "GBR", ("YEM", "SOM"),
        acronyms=("UKMTO",), aliases=("United Kingdom Maritime Trade Operations",),
        note="Royal Navy centre that reports attacks on ships.",
    ),
    PartyEntry(
        "Operation Barkhane", STATE, "FRA", ("MLI", "NER", "BFA", "TCD"),
        aliases=("Barkhane",),
        note="France's Sahel force, 2014-2022.",
    ),
    PartyEntry(
        "US Africa Command", STATE, "USA", ("SOM", "LBY", "NER"),
        acronyms=("AFRICOM",), aliases=("United States Africa Command",),
    ),
    PartyEntry(
        "US Central Command", STATE, "USA", ("IRQ", "SYR", "YEM", "AFG"),
        acronyms=("CENTCOM",), aliases=("United States Central Command",),
    ),
)

INTERNATIONAL: Final[tuple[PartyEntry, ...]] = (
    # United Nations bodies and agencies
    PartyEntry(
        "United Nations", INTL, None, (),
        acronyms=("UN",), aliases=("United Nations Organization",),
    ),
    PartyEntry(
        "UN Security Council", INTL, None, (),
        acronyms=("UNSC",), aliases=("United Nations Security Council", "Security Council"),
    ),
    PartyEntry(
        "UN Human Rights Office", INTL, None, (),
        acronyms=("OHCHR",),
        aliases=("Office of the High Commissioner for Human Rights", "UN Human Rights",
                 "UN rights office"),
    ),
    PartyEntry(
        "UN Human Rights Council", INTL, None, (),
        acronyms=("UNHRC",), aliases=("United Nations Human Rights Council",),
    ),
    PartyEntry(
        "UN Human Rights Monitoring Mission in Ukraine", INTL, None, ("UKR",),
        acronyms=("HRMMU",),
        note="Counts Ukraine's civilian casualties for the UN human rights office.",
    ),
    PartyEntry(
        "OCHA", INTL, None, (),
        acronyms=("OCHA", "UNOCHA"),
        aliases=("Office for the Coordination of Humanitarian Affairs", "UN humanitarian office",
                 "UN humanitarian affairs office"),
    ),
    PartyEntry(
        "UNHCR", INTL, None, (),
        acronyms=("UNHCR",), aliases=("UN refugee agency", "United Nations High Commissioner for Refugees"),
    ),
    PartyEntry(
        "UNICEF", INTL, None, (),
        acronyms=("UNICEF",), aliases=("Unicef", "UN children's agency", "United Nations Children's Fund"),
    ),
    PartyEntry(
        "UNRWA", INTL, None, ("PSE", "LBN", "SYR", "JOR"),
        acronyms=("UNRWA",),
        aliases=("United Nations Relief and Works Agency", "UN Relief and Works Agency",
                 "UN Palestinian refugee agency"),
    ),
    PartyEntry(
        "World Food Programme", INTL, None, (),
        acronyms=("WFP",), aliases=("UN food agency",),
    ),
    PartyEntry(
        "World Health Organization", INTL, None, (),
        acronyms=("WHO",), aliases=("UN health agency",),
    ),
    PartyEntry(
        "International Organization for Migration", INTL, None, (),
        acronyms=("IOM",), aliases=("UN migration agency",),
    ),
    PartyEntry(
        "UN Development Programme", INTL, None, (),
        acronyms=("UNDP",), aliases=("United Nations Development Programme",),
    ),
    PartyEntry(
        "UN Population Fund", INTL, None, (),
        acronyms=("UNFPA",), aliases=("United Nations Population Fund",),
    ),
    PartyEntry(
        "UN Mine Action Service", INTL, None, (),
        acronyms=("UNMAS",), aliases=("United Nations Mine Action Service",),
    ),
    PartyEntry(
        "UNESCO", INTL, None, (),
        acronyms=("UNESCO",), aliases=("Unesco", "United Nations Educational, Scientific and Cultural Organization"),
    ),
    PartyEntry(
        "International Atomic Energy Agency", INTL, None, (),
        acronyms=("IAEA",), aliases=("UN nuclear watchdog",),
    ),
    PartyEntry(
        "Organisation for the Prohibition of Chemical Weapons", INTL, None, (),
        acronyms=("OPCW",), aliases=("chemical weapons watchdog",),
    ),
    PartyEntry(
        "International Criminal Court", INTL, None, (),
        acronyms=("ICC",),
    ),
    PartyEntry(
        "International Court of Justice", INTL, None, (),
        acronyms=("ICJ",), aliases=("World Court",),
    ),
    # UN peacekeeping and political missions
    PartyEntry(
        "UNAMA", INTL, None, ("AFG",),
        acronyms=("UNAMA",),
        aliases=("United Nations Assistance Mission in Afghanistan", "UN Assistance Mission in Afghanistan"),
    ),
    PartyEntry(
        "UNAMI", INTL, None, ("IRQ",),
        acronyms=("UNAMI",), aliases=("United Nations Assistance Mission for Iraq",),
    ),
    PartyEntry(
        "UNSMIL", INTL, None, ("LBY",),
        acronyms=("UNSMIL",), aliases=("United Nations Support Mission in Libya", "UN Support Mission in Libya"),
    ),
    PartyEntry(
        "UNITAMS", INTL, None, ("SDN",),
        acronyms=("UNITAMS",), aliases=("United Nations Integrated Transition Assistance Mission in Sudan",),
        note="2020-2024.",
    ),
    PartyEntry(
        "UNSOM", INTL, None, ("SOM",),
        acronyms=("UNSOM", "UNTMIS"),
        aliases=("United Nations Assistance Mission in Somalia",
                 "United Nations Transitional Assistance Mission in Somalia"),
        note="UNSOM until October 2024, UNTMIS since.",
    ),
    PartyEntry(
        "UNMISS", INTL, None, ("SSD",),
        acronyms=("UNMISS",), aliases=("United Nations Mission in South Sudan", "UN Mission in South Sudan"),
    ),
    PartyEntry(
        "MONUSCO", INTL, None, ("COD",),
        acronyms=("MONUSCO", "MONUC"),
        aliases=("Monusco",
                 "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"),
    ),
    PartyEntry(
        "MINUSCA", INTL, None, ("CAF",),
        acronyms=("MINUSCA",),
        aliases=("Minusca",
                 "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
    ),
    PartyEntry(
        "MINUSMA", INTL, None, ("MLI",),
        acronyms=("MINUSMA",),
        aliases=("Minusma", "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
        note="2013-2023.",
    ),
    PartyEntry(
        "UNAMID", INTL, None, ("SDN",),
        acronyms=("UNAMID",), aliases=("African Union-United Nations Hybrid Operation in Darfur",),
        note="2007-2020.",
    ),
    PartyEntry(
        "UNISFA", INTL, None, ("SDN", "SSD"),
        acronyms=("UNISFA",), aliases=("United Nations Interim Security Force for Abyei",),
    ),
    PartyEntry(
        "UNIFIL", INTL, None, ("LBN",),
        acronyms=("UNIFIL",),
        aliases=("Unifil", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon"),
    ),
    PartyEntry(
        "UNDOF", INTL, None, ("SYR", "ISR"),
        acronyms=("UNDOF",), aliases=("United Nations Disengagement Observer Force",),
    ),
    PartyEntry(
        "UNTSO", INTL, None, ("ISR", "LBN", "SYR", "EGY", "JOR"),
        acronyms=("UNTSO",), aliases=("United Nations Truce Supervision Organization",),
    ),
    PartyEntry(
        "UNFICYP", INTL, None, ("CYP",),
        acronyms=("UNFICYP",), aliases=("United Nations Peacekeeping Force in Cyprus",),
    ),
    PartyEntry(
        "UNMIK", INTL, None, ("XKX",),
        acronyms=("UNMIK",), aliases=("United Nations Interim Administration Mission in Kosovo",),
    ),
    PartyEntry(
        "UNMHA", INTL, None, ("YEM",),
        acronyms=("UNMHA",), aliases=("United Nations Mission to Support the Hudaydah Agreement",),
    ),
    PartyEntry(
        "UN Verification Mission in Colombia", INTL, None, ("COL",),
        aliases=("United Nations Verification Mission in Colombia",),
    ),
    PartyEntry(
        "BINUH", INTL, None, ("HTI",),
        acronyms=("BINUH",), aliases=("United Nations Integrated Office in Haiti",),
    ),
    # African Union and regional missions
    PartyEntry(
        "African Union", INTL, None, (),
        acronyms=("AU",), aliases=("African Union Commission",),
    ),
    PartyEntry(
        "AUSSOM", INTL, None, ("SOM",),
        acronyms=("AUSSOM", "ATMIS", "AMISOM"),
        aliases=("African Union Support and Stabilisation Mission in Somalia",
                 "African Union Transition Mission in Somalia", "African Union Mission in Somalia",
                 "AU mission in Somalia"),
        note="One force under three mandates, named by the current one: AMISOM (2007-2022), ATMIS (April "
             "2022-2024), AUSSOM (from January 2025).",
    ),
    PartyEntry(
        "Multinational Joint Task Force", INTL, None, ("NGA", "NER", "TCD", "CMR"),
        acronyms=("MNJTF",),
        note="The Lake Chad states' force against Boko Haram and ISWAP.",
    ),
    PartyEntry(
        "G5 Sahel Joint Force", INTL, None, ("MLI", "BFA", "NER", "TCD", "MRT"),
        acronyms=("FC-G5S",), aliases=("G5 Sahel", "G5 Sahel force"),
        note="2017 until its members left in 2022-2023.",
    ),
    PartyEntry(
        "Alliance of Sahel States", INTL, None, ("MLI", "BFA", "NER"),
        acronyms=("AES",), aliases=("Alliance des États du Sahel", "Confederation of Sahel States"),
        note="Mali, Burkina Faso and Niger since 2023, with a joint force since 2024.",
    ),
    PartyEntry(
        "ECOWAS", INTL, None, (),
        acronyms=("ECOWAS", "ECOMIG"),
        aliases=("Economic Community of West African States", "ECOWAS Standby Force"),
    ),
    PartyEntry(
        "Southern African Development Community", INTL, None, (),
        acronyms=("SADC",),
    ),
    PartyEntry(
        "SADC Mission in Mozambique", INTL, None, ("MOZ",),
        acronyms=("SAMIM",),
        note="2021-2024.",
    ),
    PartyEntry(
        "SADC Mission in the Democratic Republic of Congo", INTL, None, ("COD",),
        acronyms=("SAMIDRC",), aliases=("SADC Mission in the DRC",),
        note="December 2023 to its withdrawal in 2025.",
    ),
    PartyEntry(
        "East African Community", INTL, None, (),
        acronyms=("EAC",),
    ),
    PartyEntry(
        "East African Community Regional Force", INTL, None, ("COD",),
        acronyms=("EACRF",), aliases=("EAC Regional Force",),
        note="2022-2023.",
    ),
    PartyEntry(
        "IGAD", INTL, None, (),
        acronyms=("IGAD",), aliases=("Intergovernmental Authority on Development",),
    ),
    PartyEntry(
        "Arab League", INTL, None, (),
        aliases=("League of Arab States",),
    ),
    PartyEntry(
        "Organisation of Islamic Cooperation", INTL, None, (),
        acronyms=("OIC",),
    ),
    PartyEntry(
        "Gulf Cooperation Council", INTL, None, (),
        acronyms=("GCC",),
    ),
    PartyEntry(
        "Collective Security Treaty Organization", INTL, None, (),
        acronyms=("CSTO",),
    ),
    PartyEntry(
        "Saudi-led coalition", INTL, "SAU", ("YEM",),
        aliases=("Arab coalition", "Saudi-led military coalition", "Coalition to Restore Legitimacy in Yemen",
                 "Coalition to Support Legitimacy in Yemen"),
        note="At war with the Houthis since March 2015.",
    ),
    PartyEntry(
        "Combined Joint Task Force - Operation Inherent Resolve", INTL, "USA", ("IRQ", "SYR"),
        acronyms=("CJTF-OIR",),
        aliases=("US-led coalition", "Operation Inherent Resolve", "Global Coalition against Daesh",
                 "Global Coalition to Defeat ISIS", "anti-IS coalition", "anti-ISIS coalition"),
    ),
    PartyEntry(
        "Combined Maritime Forces", INTL, "USA", ("YEM", "SOM"),
        acronyms=("CMF", "JMIC"), aliases=("Joint Maritime Information Center",),
        note="US-led naval partnership based in Bahrain; its information centre (JMIC) reports attacks on ships.",
    ),
    PartyEntry(
        "Operation Prosperity Guardian", INTL, "USA", ("YEM",),
        note="US-led Red Sea shipping protection force from December 2023.",
    ),
    # European Union, NATO, OSCE
    PartyEntry(
        "European Union", INTL, None, (),
        acronyms=("EU",), aliases=("European Commission",),
    ),
    PartyEntry(
        "EUFOR Althea", INTL, None, ("BIH",),
        acronyms=("EUFOR",), aliases=("Operation Althea",),
    ),
    PartyEntry(
        "EUNAVFOR Aspides", INTL, None, ("YEM",),
        aliases=("Operation Aspides", "Aspides"),
        note="EU Red Sea naval mission from February 2024.",
    ),
    PartyEntry(
        "EUNAVFOR Atalanta", INTL, None, ("SOM", "YEM"),
        aliases=("Operation Atalanta",),
    ),
    PartyEntry(
        "Task Force Takuba", INTL, "FRA", ("MLI",),
        aliases=("Takuba Task Force", "Takuba"),
        note="European special forces under French command in Mali, 2020-2022.",
    ),
    PartyEntry(
        "NATO", INTL, None, (),
        acronyms=("NATO",), aliases=("North Atlantic Treaty Organization", "Nato"),
    ),
    PartyEntry(
        "ISAF", INTL, None, ("AFG",),
        acronyms=("ISAF",), aliases=("International Security Assistance Force",),
        note="2001-2014.",
    ),
    PartyEntry(
        "Resolute Support Mission", INTL, None, ("AFG",),
        acronyms=("RSM",), aliases=("Resolute Support",),
        note="NATO's Afghan mission, 2015-2021.",
    ),
    PartyEntry(
        "KFOR", INTL, None, ("XKX",),
        acronyms=("KFOR",), aliases=("Kosovo Force",),
    ),
    PartyEntry(
        "OSCE", INTL, None, (),
        acronyms=("OSCE",), aliases=("Organization for Security and Co-operation in Europe",),
    ),
    PartyEntry(
        "OSCE Special Monitoring Mission to Ukraine", INTL, None, ("UKR",),
        acronyms=("SMM",), aliases=("Special Monitoring Mission",),
        note="Counted ceasefire violations in Donbas, 2014-2022.",
    ),
    PartyEntry(
        "Multinational Security Support Mission", INTL, "KEN", ("HTI",),
        acronyms=("MSS",), aliases=("Multinational Security Support", "Kenyan-led mission"),
        note="Kenya-led, June 2024 to October 2025; succeeded by the Gang Suppression Force.",
    ),
    PartyEntry(
        "Gang Suppression Force", INTL, None, ("HTI",),
        acronyms=("GSF",),
        note="Authorised by UN Security Council resolution 2793 (30 September 2025).",
    ),
    # Humanitarian bodies and monitors
    PartyEntry(
        "International Committee of the Red Cross", INTL, None, (),
        acronyms=("ICRC",), aliases=("Red Cross", "International Red Cross"),
    ),
    PartyEntry(
        "International Federation of Red Cross and Red Crescent Societies", INTL, None, (),
        acronyms=("IFRC",), aliases=("Red Crescent",),
    ),
    PartyEntry(
        "Palestine Red Crescent Society", INTL, None, ("PSE",),
        acronyms=("PRCS",), aliases=("Palestinian Red Crescent", "Red Crescent"),
    ),
    PartyEntry(
        "Syrian Arab Red Crescent", INTL, None, ("SYR",),
        acronyms=("SARC",), aliases=("Syrian Red Crescent", "Red Crescent"),
    ),
    PartyEntry(
        "Doctors Without Borders", INTL, None, (),
        acronyms=("MSF",), aliases=("Médecins Sans Frontières",),
    ),
    PartyEntry(
        "Amnesty International", INTL, None, (),
        aliases=("Amnesty",),
    ),
    PartyEntry(
        "Human Rights Watch", INTL, None, (),
        acronyms=("HRW",),
    ),
    PartyEntry(
        "Save the Children", INTL, None, (),
    ),
    PartyEntry(
        "Emergency", INTL, None, ("AFG", "SDN", "IRQ", "SLE", "UGA"),
        aliases=("Emergency NGO",),
        note="Italian medical charity whose war-surgery hospitals (Kabul, Lashkar Gah, Khartoum) report the "
             "wounded they receive.",
    ),
    PartyEntry(
        "Norwegian Refugee Council", INTL, None, (),
        acronyms=("NRC",),
    ),
    PartyEntry(
        "Committee to Protect Journalists", INTL, None, (),
        acronyms=("CPJ",),
    ),
    PartyEntry(
        "Reporters Without Borders", INTL, None, (),
        acronyms=("RSF", "RWB"), aliases=("Reporters sans frontières",),
    ),
    PartyEntry(
        "Syria Civil Defence", INTL, None, ("SYR",),
        aliases=("White Helmets", "Syrian Civil Defence"),
        note="Rescue service of the former opposition areas; counts the dead it recovers.",
    ),
    PartyEntry(
        "Gaza Humanitarian Foundation", INTL, None, ("PSE",),
        acronyms=("GHF",),
        note="US-registered aid group backed by Israel and the United States (2025).",
    ),
    PartyEntry(
        "Syrian Observatory for Human Rights", INTL, None, ("SYR",),
        acronyms=("SOHR",), aliases=("Syrian Observatory",),
        note="Britain-based monitor counting Syria's war dead.",
    ),
    PartyEntry(
        "Syrian Network for Human Rights", INTL, None, ("SYR",),
        acronyms=("SNHR",),
    ),
    PartyEntry(
        "Airwars", INTL, None, (),
        note="Monitor of civilian harm from air strikes.",
    ),
    PartyEntry(
        "ACLED", INTL, None, (),
        acronyms=("ACLED",),
        aliases=("Armed Conflict Location & Event Data Project", "Armed Conflict Location and Event Data"),
        note="Monitor that codes events and their tolls from reports, as Airwars does: a monitor, not a side.",
    ),
    PartyEntry(
        "Uppsala Conflict Data Program", INTL, None, (),
        acronyms=("UCDP",),
        note="Uppsala University's monitor of organized violence (https://ucdp.uu.se/).",
    ),
)

# Those who relay claims without being a side: the claimant is who they quote,
# or the group a group outlet speaks for (parent).
CHANNELS: Final[tuple[PartyEntry, ...]] = (
    PartyEntry("Reuters", CHANNEL, None, ()),
    PartyEntry(
        "Associated Press", CHANNEL, None, (),
        acronyms=("AP",),
    ),
    PartyEntry(
        "Agence France-Presse", CHANNEL, None, (),
        acronyms=("AFP",),
    ),
    PartyEntry(
        "Ambrey", CHANNEL, None, (),
        note="Maritime security firm reporting attacks on ships.",
    ),
    PartyEntry(
        "PA Media", CHANNEL, None, (),
        acronyms=("PA",), aliases=("Press Association",),
    ),
    PartyEntry(
        "Amaq News Agency", CHANNEL, None, (),
        aliases=("Amaq",), parent=_IS,
    ),
    PartyEntry(
        "al-Naba", CHANNEL, None, (),
        aliases=("al-Nabaa",), parent=_IS,
        note="The Islamic State's weekly.",
    ),
    PartyEntry(
        "Shahada News Agency", CHANNEL, None, ("SOM",),
        parent="al-Shabaab",
    ),
    PartyEntry(
        "Az-Zallaqa", CHANNEL, None, ("MLI", "BFA"),
        aliases=("al-Zallaqa",), parent="Jama'at Nusrat al-Islam wal-Muslimin",
    ),
    PartyEntry(
        "Al-Masirah", CHANNEL, None, ("YEM",),
        aliases=("al-Masirah TV",), parent="Houthis",
    ),
    PartyEntry(
        "Al-Manar", CHANNEL, None, ("LBN",),
        aliases=("al-Manar TV",), parent="Hezbollah",
    ),
    PartyEntry(
        "Umar Media", CHANNEL, None, ("PAK",),
        parent="Tehreek-e-Taliban Pakistan",
    ),
)

PARTIES: Final[tuple[PartyEntry, ...]] = ARMED_GROUPS + STATE_FORCES + INTERNATIONAL + CHANNELS

# Forms that name more than one entry, or an entry and something else. Keys
# are written as in the table; the index matches them like any other form.
AMBIGUITIES: Final = MappingProxyType({
    # Shared by two or more entries.
    "ADF": Ambiguity("Allied Democratic Forces", "Australian Defence Force",
                     "Congo or Uganda: the Allied Democratic Forces; Cameroon: the Ambazonia Defence Forces."),
    "AFP": Ambiguity("Agence France-Presse", "",
                     "The news agency, except in the Philippines, where the AFP with soldiers, troops or a "
                     "spokesperson is the army; 'AFP reported' after a quote is always the agency."),
    "ASWJ": Ambiguity(None, "", "Somalia: the Sufi militia; Mozambique: the Islamic State insurgents."),
    "Ahlu Sunna Wal Jama'a": Ambiguity(None, "",
                                       "Somalia: the Sufi militia; Mozambique: the Islamic State insurgents."),
    "Ansar al-Sharia": Ambiguity(None, "also Tunisia's Ansar al-Sharia (2011-2013)",
                                 "Yemen: AQAP's front; Libya: the Benghazi group."),
    "Fitna al-Hindustan": Ambiguity("Baloch Liberation Army", "",
                                    "Pakistan's name for all Baloch armed groups; the BLA unless a group is named."),
    "ISCAP": Ambiguity("Allied Democratic Forces", "",
                       "Congo or Uganda: the ADF; Mozambique (claims before 2022): the Mozambique insurgents."),
    "ISSP": Ambiguity("Islamic State Sahel Province", "", "Egypt: the Sinai Province; the Sahel otherwise."),
    "JEM": Ambiguity(None, "", "Sudan: the Justice and Equality Movement; India or Pakistan: Jaish-e-Mohammed (JeM)."),
    "KNA": Ambiguity(None, "", "India: the Kuki National Army; in Myanmar only 'Kuki' or 'Karen' nearby decides."),
    "MIT": Ambiguity("National Intelligence Organization", "Massachusetts Institute of Technology",
                     "Turkey: the intelligence service; Indonesia: the East Indonesia Mujahideen."),
    "MNLA": Ambiguity("National Movement for the Liberation of Azawad", "",
                      "Mali: the Azawad movement; Myanmar: the New Mon State Party's army."),
    "NSCN": Ambiguity(None, "", "Only the faction ('IM' or 'K') tells the two Naga groups apart."),
    "PA": Ambiguity(None, "Pennsylvania; Andhra Pradesh",
                    "Palestine or Israel: the Palestinian Authority; the British news agency elsewhere."),
    "RSF": Ambiguity("Rapid Support Forces", "",
                     "Sudan: the Rapid Support Forces; elsewhere Reporters Without Borders, which speaks about "
                     "journalists."),
    "Red Crescent": Ambiguity(None, "the other national Red Crescent societies",
                              "Palestine: the PRCS; Syria: the Syrian Arab Red Crescent; elsewhere the Federation "
                              "stands for the national society."),
    "SLA": Ambiguity(None, "Sri Lanka Army; South Lebanon Army (1985-2000)",
                     "Only the leader's name (Abdel Wahid, Minni Minnawi) tells the Sudan Liberation factions apart."),
    "SLM": Ambiguity(None, "", "Only the leader's name (Abdel Wahid, Minni Minnawi) tells the factions apart."),
    "SNA": Ambiguity(None, "", "Syria: the Syrian National Army; Somalia: the Somali National Army; Myanmar: the "
                               "Shanni Nationalities Army."),
    "Sudan Liberation Army": Ambiguity(None, "", "Only the leader's name tells the factions apart."),
    "Sudan Liberation Movement": Ambiguity(None, "", "Only the leader's name tells the factions apart."),
    "TDF": Ambiguity(None, "Poland's Territorial Defence Force",
                     "Ethiopia: the Tigray Defence Forces; Ukraine: the Territorial Defence Forces."),
    "VDP": Ambiguity("Volunteers for the Defence of the Homeland", "",
                     "Burkina Faso: the army's auxiliaries; Congo: the Wazalendo."),
    "Volontaires pour la défense de la patrie": Ambiguity("Volunteers for the Defence of the Homeland", "",
                                                          "Burkina Faso: the VDP; Congo: the Wazalendo."),
    "al-Shabaab": Ambiguity("al-Shabaab", "", "Mozambique: the Islamic State insurgents; Somalia and Kenya otherwise."),
    "al-Shabab": Ambiguity("al-Shabaab", "", "Mozambique: the Islamic State insurgents; Somalia and Kenya otherwise."),
    # One entry, and readings outside the table: a named actor in its country only.
    "AA": Ambiguity("Arakan Army", "anti-aircraft fire or guns; Alcoholics Anonymous",
                    "Myanmar or Bangladesh only, and never in 'AA fire' or 'AA guns'."),
    "Amal": Ambiguity("Amal Movement", "a common given name", "Lebanon only, and not as a person's name."),
    "Azov": Ambiguity("Azov Brigade", "the Sea of Azov", "Ukraine only, naming fighters or a unit, not the sea."),
    "BRA": Ambiguity("Baloch Republican Army", "Brazil's country code", "Pakistan only."),
    "CDF": Ambiguity("Chinland Defense Force", "Pakistan's Chief of Defence Forces; civil defence forces",
                     "Myanmar only."),
    "CDG": Ambiguity("Gulf Cartel", "Paris Charles de Gaulle airport", "Mexico only."),
    "CJTF": Ambiguity("Civilian Joint Task Force", "the US-led Combined Joint Task Forces (CJTF-OIR, CJTF-HOA)",
                      "Nigeria only; 'CJTF-OIR' is the US-led coalition."),
    "CMA": Ambiguity("Azawad Liberation Front", "the CMA CGM shipping line", "Mali only."),
    "CNA": Ambiguity("Chin National Front", "Taiwan's Central News Agency", "Myanmar only."),
    "CPC": Ambiguity("Coalition of Patriots for Change", "the Communist Party of China",
                     "Central African Republic only."),
    "DPR": Ambiguity("Donetsk People's Republic", "Indonesia's House of Representatives; North Korea (DPRK)",
                     "Ukraine or Russia only."),
    "DSS": Ambiguity("Department of State Services", "the US Diplomatic Security Service", "Nigeria only."),
    "EDF": Ambiguity("Eritrean Defence Forces", "the European Defence Fund; Électricité de France",
                     "Eritrea or Ethiopia only."),
    "Emergency": Ambiguity(None, "the word; emergency services",
                           "The charity only as a named source ('Emergency said', 'Emergency's hospital') in the "
                           "countries where it runs hospitals."),
    "FACT": Ambiguity("Front for Change and Concord in Chad", "the word in capitals ('FACT CHECK')",
                      "Chad or Libya only."),
    "GNA": Ambiguity("Government of National Unity", "the Ghana News Agency", "Libya only."),
    "GSF": Ambiguity("Gang Suppression Force", "the Global Sumud Flotilla", "Haiti only."),
    "General Security": Ambiguity("General Security Service", "Lebanon's General Security directorate",
                                  "Syria only."),
    "ISS": Ambiguity("Islamic State Somalia Province", "the International Space Station", "Somalia only."),
    "JAS": Ambiguity("Boko Haram", "the JAS 39 Gripen fighter", "Nigeria and the Lake Chad states only."),
    "JI": Ambiguity("Jemaah Islamiyah", "Jamaat-e-Islami, the parties of Pakistan and Bangladesh",
                    "Indonesia or the Philippines only."),
    "Joint Forces": Ambiguity("Joint Force of Armed Struggle Movements", "joint forces of any army",
                              "Sudan only."),
    "KIA": Ambiguity("Kachin Independence Army", "killed in action ('two KIA'); Kia Motors",
                     "Myanmar only, and never after a number."),
    "Khawarij": Ambiguity(None, "a name for the Islamic State and other extremists",
                          "Pakistan: TTP fighters; Somalia: al-Shabaab's; nothing elsewhere."),
    "LRA": Ambiguity("Lord's Resistance Army", "unrelated abbreviations elsewhere", "Uganda and its neighbours only."),
    "MDA": Ambiguity("Magen David Adom", "the US Missile Defense Agency", "Israel only."),
    "MSS": Ambiguity("Multinational Security Support Mission", "China's Ministry of State Security", "Haiti only."),
    "Maoist": Ambiguity("Communist Party of India (Maoist)", "Nepal's Maoist party; Peru's Shining Path",
                        "India only."),
    "Maoists": Ambiguity("Communist Party of India (Maoist)", "Nepal's Maoist party", "India only."),
    "ANP": Ambiguity("Afghan National Defense and Security Forces", "Pakistan's Awami National Party",
                     "Afghanistan only."),
    "NAS": Ambiguity("National Salvation Front", "naval air stations", "South Sudan only."),
    "NDA": Ambiguity("Niger Delta Avengers", "India's National Democratic Alliance", "Nigeria only."),
    "NPA": Ambiguity("New People's Army", "Norwegian People's Aid; Japan's National Police Agency",
                     "The Philippines only."),
    "NRF": Ambiguity("National Resistance Front", "the NATO Response Force", "Afghanistan only."),
    "OPM": Ambiguity("West Papua National Liberation Army", "the US Office of Personnel Management", "Indonesia only."),
    "PDF": Ambiguity("People's Defence Force", "the file format; Papua New Guinea's defence force", "Myanmar only."),
    "PDFs": Ambiguity("People's Defence Force", "PDF files", "Myanmar only."),
    "PLC": Ambiguity("Presidential Leadership Council", "a company suffix ('Shell PLC')", "Yemen only."),
    "PRC": Ambiguity("Popular Resistance Committees", "the People's Republic of China", "Palestine or Israel only."),
    "SAF": Ambiguity("Sudanese Armed Forces", "the Singapore Armed Forces", "Sudan only."),
    "SDF": Ambiguity("Syrian Democratic Forces", "Japan's Self-Defense Forces", "Syria only."),
    "SSA": Ambiguity("Stability Support Apparatus", "the US Social Security Administration", "Libya only."),
    "STC": Ambiguity("Southern Transitional Council", "the Saudi Telecom Company", "Yemen only."),
    "UBA": Ambiguity("United Baloch Army", "the United Bank for Africa", "Pakistan only."),
    "UNHRC": Ambiguity("UN Human Rights Council", "a common misspelling of UNHCR, the refugee agency",
                       "The council unless the text is about refugees."),
    "UPC": Ambiguity("Union for Peace in the Central African Republic", "Uganda People's Congress",
                     "Central African Republic only."),
})
