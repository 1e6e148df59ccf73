"""Nouns for groups of people, by the kind of side they belong to, and the words that mark that kind.

Data only. One table serves the actor finder ("Pakistani soldiers" is a
military actor) and the claim reader ("12 soldiers were killed" counts
military dead). Kinds are the string values of
:class:`conflictclaims.model.ActorKind`; ``"unknown"`` marks a noun that says
nothing about a side ("people", "men", "members"), whose side the text around
it must tell.

Sources: ACLED codebook, actor types (state forces, rebel groups, political
militias, police, civilians) and its "civilian targeting" guidance; UCDP GED
codebook, fatality categories (side a, side b, civilians, unknown). Where a noun
could be read two ways the table keeps one reading, listed in the changelog:
gendarmes are police (ACLED codes gendarmeries as police forces); officials are
government; citizens, locals, nationals and victims are civilians; captives,
detainees, leaders, members, men, people, persons and volunteers are unknown
(of a state or of a group, fighting or not: the text around them tells).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "COMBATANT_SIDES",
    "INSURGENT_MODIFIERS",
    "KIND_MODIFIERS",
    "KIN_NOUNS",
    "ONE_PERSON_NOUNS",
    "PERSON_NOUNS",
    "STATELESS_NOUNS",
]

_MILITARY: Final = (
    "soldier", "soldiers", "troops", "troop", "troopers", "servicemen", "serviceman", "servicemembers",
    "service members", "service-members", "servicewomen", "personnel", "fighters", "fighter", "militants",
    "militant", "insurgents", "insurgent", "rebels", "rebel", "gunmen", "gunman", "jihadists", "jihadist",
    "militiamen", "militiaman", "militia", "militias", "combatants", "combatant", "guards", "guardsmen",
    "border guards", "paratroopers", "marines", "sailors", "airmen", "pilots", "pilot", "commandos", "recruits",
    "conscripts", "reservists", "mercenaries", "mercenary", "terrorists", "terrorist", "attackers", "assailants",
    "attacker", "assailant", "perpetrators", "perpetrator",
    "operatives", "commanders", "commander", "officers", "cadres", "ranks", "extremists", "separatists",
    "paramilitaries", "paramilitary", "infantrymen", "snipers", "army", "military", "forces", "armed forces",
    "security forces", "security personnel", "special forces", "combat troops", "bandits", "kidnappers",
    "vigilantes", "raiders", "pirates", "smugglers", "kharijites", "khawarij", "mujahideen", "partisans",
    "guerrillas", "guerrilla", "invaders", "occupiers", "defenders", "prisoners of war", "pows", "pow",
    "peacekeepers", "blue helmets", "suicide bombers", "hitmen", "gang members", "gang member", "gangsters",
    "gangster", "cartel members", "sicarios", "robbers",
    # A state's auxiliaries (Burkina Faso's volunteers for the defence of the homeland).
    "auxiliaries", "auxiliary",
)  # fmt: skip

_POLICE: Final = (
    "police", "policemen", "policeman", "policewomen", "policewoman", "police officers", "police officer",
    "police personnel", "police recruits", "traffic police", "border police", "constables", "constable", "cops",
    "levies", "lawmen", "gendarmes",
)  # fmt: skip

_CIVILIANS: Final = (
    "civilians", "civilian", "residents", "resident", "inhabitants", "villagers", "citizens", "locals",
    "nationals", "victims", "children", "child", "kids", "babies", "baby", "infants", "infant", "minors",
    "teenagers", "schoolchildren", "schoolgirls", "schoolboys", "students", "pupils", "teachers", "women",
    "woman", "girls", "boys", "elderly", "families", "family members", "relatives", "worshippers", "worshipers",
    "pilgrims", "mourners", "wedding guests", "guests", "passengers", "shoppers", "tourists", "bystanders",
    "pedestrians", "patients", "doctors", "nurses", "medics", "paramedics", "health workers", "medical staff",
    "rescuers", "rescue workers", "aid worker", "aid workers", "humanitarian workers", "un staff",
    "unrwa staff", "staff", "employees", "workers", "labourers", "laborers", "miners", "farmers", "herders",
    "fishermen", "traders", "merchants", "vendors", "drivers", "truck drivers", "journalists", "journalist",
    "reporters", "media workers", "refugees", "displaced", "displaced people", "migrants", "hostages", "hostage",
    "protesters", "protestors", "demonstrators", "voters", "non-combatants", "noncombatants", "clerics",
    "elders", "tribal elders", "tribesmen", "passers-by", "passersby", "candidates", "motorists",
    "bodyguards", "interpreters", "translators", "schoolteachers", "lecturers", "mechanics", "tailors",
    "customers", "spectators", "footballers", "players", "musicians", "technicians", "peasants", "hunters",
    "porters", "hawkers", "missionaries", "catechists", "seminarians", "preachers", "widows", "orphans",
    "couples", "newlyweds", "pensioners",
    # One child as wire copy names one: "among them a 12-year-old boy".
    "boy", "girl", "teenager", "toddler",
    # The plurals of nouns for one civilian by trade or standing: "seized two engineers".
    "engineers", "contractors", "activists", "lawyers", "judges", "priests", "pastors", "imams", "monks", "nuns",
    "shepherds", "shopkeepers", "photographers", "bloggers", "settlers", "professors", "scholars", "academics",
    "athletes", "singers", "poets", "clerks", "butchers", "carpenters", "barbers", "electricians", "surgeons",
    "pharmacists", "dentists", "toddlers", "newborns", "youngsters", "campaigners", "unionists", "correspondents",
    "photojournalists", "landowners", "cyclists", "caretakers", "cashiers", "chefs", "retirees",
)  # fmt: skip

_GOVERNMENT: Final = (
    "officials", "official", "leadership", "diplomats", "ministers", "lawmakers", "politicians",
)  # fmt: skip

_UNKNOWN: Final = (
    "people", "persons", "person", "individuals", "men", "members", "leaders", "others", "survivors", "crew",
    "crewmen", "prisoners", "captives", "detainees", "volunteers",
)  # fmt: skip

PERSON_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(_MILITARY, "military"),
    **dict.fromkeys(_POLICE, "police"),
    **dict.fromkeys(_CIVILIANS, "civilians"),
    **dict.fromkeys(_GOVERNMENT, "government"),
    **dict.fromkeys(_UNKNOWN, "unknown"),
}
"""Lower-case nouns and noun phrases for groups of people → the kind of side they belong to."""

KIND_MODIFIERS: Final[dict[str, str]] = {
    "security": "military", "military": "military", "army": "military", "allied": "military",
    "service": "military", "servicemembers": "military", "enemy": "military", "armed": "military",
    "militia": "military", "rebel": "military", "paramilitary": "military", "taliban": "military",
    "civilian": "civilians", "unarmed": "civilians", "innocent": "civilians", "aid": "civilians",
    "humanitarian": "civilians", "police": "police", "social": "civilians", "community": "civilians",
    "family": "civilians", "families": "civilians", "fuel": "civilians", "tankers": "civilians",
    "tanker": "civilians", "passenger": "civilians", "commercial": "civilians", "cargo": "civilians",
    "gang": "armed_group", "cartel": "armed_group",
}  # fmt: skip
"""Words in a counted noun phrase that set its people's kind whatever the head noun ("security personnel").

Things a civilian economy runs on are civilians' too: fuel tankers, passenger
buses, cargo trucks (ACLED codes attacks on them as violence against civilians).
"""

_STATE_FORCES: Final = (
    "soldier", "soldiers", "troops", "troop", "troopers", "servicemen", "serviceman", "servicemembers",
    "service members", "service-members", "servicewomen", "personnel", "security personnel", "security forces",
    "guards", "guardsmen", "border guards", "paratroopers", "marines", "sailors", "airmen", "pilots", "pilot",
    "commandos", "recruits", "conscripts", "reservists", "auxiliaries", "infantrymen", "army", "military", "forces",
    "armed forces", "special forces", "combat troops", "officers", "prisoners of war", "pows", "pow",
    *_POLICE,
)  # fmt: skip
_INSURGENTS: Final = (
    "militants", "militant", "insurgents", "insurgent", "rebels", "rebel", "terrorists", "terrorist",
    "jihadists", "jihadist", "jihadis", "extremists", "bandits", "separatists", "militiamen", "militiaman",
    "militia", "militias", "guerrillas", "guerrilla", "kharijites", "khawarij", "mujahideen", "gunmen", "gunman",
    "kidnappers", "cadres", "paramilitaries", "paramilitary", "vigilantes", "partisans", "pirates", "smugglers",
    "suicide bombers", "hitmen", "gang members", "gang member", "gangsters", "gangster", "cartel members",
    "sicarios", "robbers",
)  # fmt: skip
_RELATIVE: Final = (
    "fighters", "fighter", "attackers", "assailants", "attacker", "assailant", "combatants", "combatant", "raiders",
    "perpetrators", "perpetrator",
    "invaders",
    "occupiers", "enemy", "mercenaries", "mercenary", "operatives", "commanders", "commander", "snipers",
    "defenders",
)  # fmt: skip

COMBATANT_SIDES: Final[dict[str, str]] = {
    **dict.fromkeys(_STATE_FORCES, "state"),
    **dict.fromkeys(_INSURGENTS, "insurgent"),
    **dict.fromkeys(_RELATIVE, "relative"),
}
"""Combatant nouns → which side they usually are, when nothing in the phrase names it.

``state``: a state's forces ("soldiers", "police"); ``insurgent``: a
non-state group's ("militants", "rebels"); ``relative``: the side the
speaker means ("fighters", "attackers": a state's enemies when a state
speaks, a group's own or its enemies when a group does).
"""

INSURGENT_MODIFIERS: Final = frozenset(
    {"rebel", "militia", "jihadist", "islamist", "insurgent", "militant", "extremist", "terrorist", "separatist",
     "guerrilla", "armed", "gang", "cartel", "bandit", "jihadi"}
)  # fmt: skip
"""Words before a noun that make its people a non-state group's: "12 rebel fighters", "four militia camps"."""

STATELESS_NOUNS: Final = (
    "crew", "crewmen", "crews", "seafarers", "seamen", "foreigners", "tourists", "expatriates", "migrants",
)  # fmt: skip
"""Words for people who need not belong to the country where they were hit: a ship's crew, foreigners."""

_ONE_MILITARY: Final = (
    "soldier", "trooper", "serviceman", "servicewoman", "servicemember", "fighter", "militant", "insurgent",
    "rebel", "gunman", "jihadist", "militiaman", "combatant", "guard", "guardsman", "paratrooper", "marine",
    "sailor", "airman", "pilot", "commando", "recruit", "conscript", "reservist", "mercenary", "terrorist",
    "attacker", "assailant", "perpetrator", "operative", "commander", "officer", "sniper", "bomber", "guerrilla",
    "bandit", "kidnapper", "raider", "pirate", "smuggler", "emir", "amir", "lieutenant", "captain", "major", "colonel",
    "general", "sergeant", "corporal", "cadre", "gunner", "infantryman", "paramilitary", "partisan",
    "peacekeeper", "hitman", "vigilante", "extremist", "separatist", "invader", "occupier", "defender", "sicario",
)  # fmt: skip
_ONE_POLICE: Final = ("policeman", "policewoman", "constable", "cop", "gendarme", "patrolman", "inspector")
_ONE_CIVILIAN: Final = (
    "civilian", "resident", "villager", "citizen", "child", "boy", "girl", "woman", "baby", "infant", "toddler",
    "teenager", "student", "pupil", "schoolgirl", "schoolboy", "teacher", "farmer", "herder", "herdsman",
    "fisherman", "trader", "merchant", "vendor", "shopkeeper", "businessman", "businesswoman", "driver",
    "journalist", "reporter", "photographer", "cameraman", "doctor", "nurse", "medic", "paramedic", "worker",
    "employee", "engineer", "contractor", "shepherd", "cleric", "imam", "priest", "pastor", "monk", "nun",
    "elder", "passenger", "pilgrim", "worshipper", "worshiper", "tourist", "bystander", "pedestrian", "patient",
    "refugee", "migrant", "hostage", "protester", "protestor", "demonstrator", "voter", "blogger", "activist",
    "lawyer", "judge", "labourer", "laborer", "miner", "wife", "husband", "son", "daughter", "mother", "father",
    "brother", "sister", "grandmother", "grandfather", "nephew", "niece", "cousin", "relative", "volunteer",
    "academic", "professor", "scholar", "singer", "poet", "athlete", "landowner", "chieftain", "passer",
    "passer-by", "passerby", "candidate", "ruler", "chef", "guest", "mourner", "shopper", "motorist", "cyclist",
    "interpreter", "translator", "headman", "mukhtar", "chairman", "chairwoman", "principal", "midwife",
    "schoolteacher", "headteacher", "headmaster", "lecturer", "groom", "bridegroom", "bride", "mechanic",
    "tailor", "carpenter", "barber", "butcher", "watchman", "caretaker", "clerk", "cashier", "customer",
    "spectator", "footballer", "player", "musician", "technician", "electrician", "surgeon", "pharmacist",
    "dentist", "veterinarian", "missionary", "catechist", "seminarian", "preacher", "bishop", "rabbi", "sheikh",
    "mullah", "peasant", "hunter", "porter", "hawker", "widow", "widower", "orphan", "pensioner", "retiree",
    "newborn", "youngster", "teen", "adolescent", "correspondent", "photojournalist", "campaigner", "unionist",
    "uncle", "aunt", "grandson", "granddaughter", "stepson", "stepdaughter",
    "inhabitant", "rescuer", "tribesman", "minor", "kid", "owner", "sarpanch", "witch", "settler",
)  # fmt: skip
_ONE_GOVERNMENT: Final = (
    "official", "minister", "governor", "lawmaker", "politician", "mayor", "diplomat", "ambassador",
    "councillor", "councilor", "administrator", "senator", "legislator", "parliamentarian", "prosecutor",
    "magistrate", "bureaucrat", "deputy",
)  # fmt: skip
_ONE_UNKNOWN: Final = (
    "person", "individual", "man", "member", "leader", "suspect", "associate", "subordinate", "accomplice",
    "chief", "maker", "manufacturer", "financier", "supplier", "dealer", "specialist", "expert", "forger",
    "assassin", "coordinator", "planner", "recruiter", "trainer", "instructor", "courier", "emissary",
    "facilitator", "organizer", "organiser", "ringleader", "mastermind", "detainee", "prisoner", "captive",
    "survivor", "victim", "occupant", "male", "female", "adult", "youth", "local", "national", "head",
    "spokesman", "spokeswoman", "spokesperson", "agent", "informant", "collaborator", "sympathizer",
    "sympathiser", "supporter", "financer", "handler", "fixer", "aide", "bodyguard", "henchman", "kingpin",
    "boss", "operator", "builder", "emplacer", "trafficker", "thief", "robber", "burglar", "criminal",
    "gangster", "poacher", "rustler", "looter", "arsonist", "hijacker", "assistant", "informer",
)  # fmt: skip

_ONE_BY_KIND: Final[dict[str, str]] = {
    **dict.fromkeys(_ONE_UNKNOWN, "unknown"),
    **dict.fromkeys(_ONE_GOVERNMENT, "government"),
    **dict.fromkeys(_ONE_CIVILIAN, "civilians"),
    **dict.fromkeys(_ONE_POLICE, "police"),
    **dict.fromkeys(_ONE_MILITARY, "military"),
}
# Prefixes of rank and standing written with a hyphen: "a sub-commander", "an ex-soldier", "a vice-governor".
_RANK_PREFIXES: Final = ("sub-", "ex-", "vice-", "co-")

ONE_PERSON_NOUNS: Final[dict[str, str]] = {
    **_ONE_BY_KIND,
    **{prefix + noun: kind for noun, kind in _ONE_BY_KIND.items() for prefix in _RANK_PREFIXES},
}
"""Lower-case nouns for one person → the kind of side they belong to: "a soldier", "the facilitator".

A singular noun after "a", "an" or "the" counts one person ("gunmen killed a
police officer"). Role nouns of armed groups ("leader", "facilitator",
"maker") say nothing of a side: the words before them do ("a Taliban leader").
A noun after a prefix of rank or standing is one person of the same kind ("a
sub-commander", "an ex-soldier").
"""

KIN_NOUNS: Final = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "nephew", "niece", "cousin",
     "uncle", "aunt", "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter"}
)  # fmt: skip
"""Nouns of kin: one joined by "and" to a person is another person ("a husband and wife", "his son and nephew")."""
