"""Words the claim reader keys on: outcome triggers, units, noun-phrase stops, ceasefire cues.

Data only. The outcome vocabulary follows the event categories of the ACLED
codebook (fatalities, injuries, abductions/arrests, property destruction) and
UCDP GED's fatality coding. Reporting verbs and speakers are in
:mod:`conflictclaims._speech`, people nouns in :mod:`conflictclaims._people`.
"""

from __future__ import annotations

from typing import Final

# Outcome values are the lower-case names of ``model.Outcome``.

# A verb or participle right before a count governs it: "killed 58 soldiers",
# "the release of three soldiers", "wounding 40".
ACTIVE_TRIGGERS: Final[dict[str, str]] = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "slew": "killed",
    "slaying": "killed", "massacred": "killed", "massacring": "killed", "executed": "killed",
    "executing": "killed", "eliminated": "killed", "eliminating": "killed", "neutralised": "killed",
    "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
    "wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded",
    "injures": "wounded", "wounds": "wounded", "maimed": "wounded",
    "captured": "captured", "capturing": "captured", "captures": "captured", "abducted": "captured",
    "abducting": "captured", "kidnapped": "captured", "kidnapping": "captured", "detained": "captured",
    "detaining": "captured", "arrested": "captured", "arresting": "captured", "took": "captured",
    "seized": "seized", "seizing": "seized", "seizes": "seized", "overran": "seized", "overrunning": "seized",
    "destroyed": "destroyed", "destroying": "destroyed", "destroys": "destroyed", "downed": "destroyed",
    "downing": "destroyed", "razed": "destroyed", "demolished": "destroyed", "intercepted": "destroyed",
    "intercepting": "destroyed",
    "released": "released", "releasing": "released", "freed": "released", "freeing": "released",
    "rescued": "released", "rescuing": "released",
    "lost": "casualties", "losing": "casualties", "loses": "casualties", "lose": "casualties",
    "repatriated": "released", "exchanged": "released", "swapped": "released",
    "murdered": "killed", "murdering": "killed", "assassinated": "killed", "assassinating": "killed",
    "beheaded": "killed", "beheading": "killed", "lynched": "killed", "lynching": "killed",
    "slaughtered": "killed", "slaughtering": "killed",
    "apprehended": "captured", "apprehending": "captured", "nabbed": "captured", "abducts": "captured",
    "kidnaps": "captured", "detains": "captured", "arrests": "captured",
    # The dead are buried: "residents buried 12 people", of people only.
    "buried": "killed", "burying": "killed",
    "overrun": "seized",
}  # fmt: skip

# Verbs that destroy things but, before people, say nothing of the outcome:
# "burned 40 tankers", "torched 20 homes" (not "burned three people").
THING_VERBS: Final[frozenset[str]] = frozenset(
    {"burned", "burnt", "burning", "torched", "torching", "looted", "looting", "blew", "flattened", "levelled",
     "leveled", "wrecked", "sank", "sinking"}
)  # fmt: skip
# The same said in more words, by their last word: "set fire to 25 trucks", "set ablaze 12 shops".
THING_PHRASES: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "to": (("set", "fire", "to"), ("setting", "fire", "to"), ("sets", "fire", "to")),
    "ablaze": (("set", "ablaze"), ("setting", "ablaze")),
    "alight": (("set", "alight"), ("setting", "alight")),
}
# Participles of those verbs after the things destroyed: "several houses torched", "30 shops were looted".
THING_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"burned", "burnt", "torched", "looted", "flattened", "levelled", "leveled", "wrecked", "razed", "sunk"}
)

# "the dead included three children", "among the wounded were two medics": the
# noun names the outcome of the people counted after "included" or "were".
INCLUSION_NOUNS: Final[dict[str, str]] = {
    "dead": "killed", "killed": "killed", "martyrs": "killed", "fatalities": "killed", "deceased": "killed",
    "wounded": "wounded", "injured": "wounded", "casualties": "casualties", "hostages": "captured",
    "abducted": "captured", "kidnapped": "captured", "captured": "captured", "detained": "captured",
    "arrested": "captured", "detainees": "captured", "missing": "missing", "freed": "released",
    "released": "released",
}  # fmt: skip
INCLUSION_VERBS: Final[frozenset[str]] = frozenset({"included", "include", "includes"})
# "among the dead were": the copula after an inclusion noun opened by "among".
INCLUSION_COPULAS: Final[frozenset[str]] = frozenset({"were", "was", "are", "is"})

# Collective nouns counted through "of": "killed a family of five" counts five people.
COLLECTIVE_NOUNS: Final[frozenset[str]] = frozenset({"family", "household", "families"})

# Nouns that govern a count through "of": "the deaths of 12", "release of three".
NOMINAL_TRIGGERS: Final[dict[str, str]] = {
    "deaths": "killed", "death": "killed", "killing": "killed", "killings": "killed", "lives": "killed",
    "bodies": "killed", "massacre": "killed", "murder": "killed",
    "release": "released", "return": "released", "exchange": "released", "swap": "released",
    "capture": "captured", "abduction": "captured", "kidnapping": "captured", "detention": "captured",
    "arrest": "captured", "destruction": "destroyed",
    "body": "killed", "assassination": "killed", "execution": "killed", "executions": "killed",
    "beheading": "killed", "detainment": "captured", "apprehension": "captured", "arrests": "captured",
    "abductions": "captured", "kidnappings": "captured",
    "remains": "killed", "corpses": "killed", "corpse": "killed",
}  # fmt: skip

# Auxiliaries that open a predicate of a counted noun phrase's own.
AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"were", "was", "are", "is", "have", "has", "had", "will", "would", "remain", "remained", "remains", "fled"}
)
# Prepositions whose object is a place, not an agent: "across Ukraine", "in Gaza".
PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"in", "across", "into", "inside", "near", "at", "on", "from", "throughout", "over", "of", "to", "toward",
     "towards", "around", "outside", "within"}
)  # fmt: skip

# Relative pronouns that open a clause about the counted noun: "a policeman who responded was also killed".
RELATIVE_OPENERS: Final[frozenset[str]] = frozenset({"who", "whom", "whose"})

# Words that open an aside between a counted noun and its verb ("12 civilians, including four children, were").
ASIDE_OPENERS: Final[frozenset[str]] = frozenset(
    {"including", "among", "mostly", "mainly", "most", "many", "some", "all", "both", "several"}
)

# Verbs whose object is the agent's own losses: "Russia had lost 1,070 troops".
LOSS_VERBS: Final[frozenset[str]] = frozenset({"lost", "losing", "loses", "lose"})

# Nouns of an attack that name its author: "in the Hamas attack", "in Pakistani strikes".
ATTACK_NOUNS: Final[frozenset[str]] = frozenset(
    {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air", "shelling", "bombing",
     "bombardment", "raid", "raids", "assault", "offensive", "ambush", "fire", "drone", "missile", "rocket",
     "operation", "operations", "incursion", "onslaught"}
)  # fmt: skip

# Fighters counted without a side belong to the country they fight in.
INSURGENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"militants", "militant", "terrorists", "terrorist", "insurgents", "insurgent", "rebels", "rebel", "gunmen",
     "gunman", "jihadists", "jihadist", "extremists", "bandits", "separatists", "militiamen", "attackers",
     "assailants", "kidnappers"}
)  # fmt: skip

# Determiners that make a counted phrase one told of before: "the 12 injured", "the civilian deaths it recorded".
DEFINITE_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "these", "those"})

# "death toll rose to 43", "toll of 12": a count after these is a death count.
TOLL_WORDS: Final[frozenset[str]] = frozenset({"toll", "tally"})
# How a coder's figure is given: "the number of fatalities is coded as 10", "fatalities recorded as 3".
CODED_NOUNS: Final[dict[str, str]] = {
    "fatalities": "killed", "fatality": "killed", "deaths": "killed", "dead": "killed",
}
CODED_VERBS: Final[frozenset[str]] = frozenset({"coded", "recorded", "counted", "listed", "estimated", "given"})
# "put Russian losses at about 1,000", "losses rose to 40": a count of losses is of the killed and wounded.
LOSS_NOUNS: Final[frozenset[str]] = frozenset({"losses"})
LOSS_TOLL_VERBS: Final[frozenset[str]] = frozenset({"at", "to", "reached", "exceeded", "surpassed", "topped"})
TOLL_VERBS: Final[frozenset[str]] = frozenset(
    {"to", "at", "reached", "reaches", "hit", "hits", "surpassed", "surpasses", "exceeded", "exceeds", "stood",
     "stands", "rose", "rises", "climbed", "climbs", "passed", "passes", "topped", "tops", "crossed", "crosses",
     "neared", "nears", "jumped", "increased", "now"}
)  # fmt: skip

# Verbs of the manner of an attack that lead to its outcome in a chain: "were shot and killed",
# "was hacked to death", "kidnapped and later killed", "shot three people dead".
MANNER_VERBS: Final[frozenset[str]] = frozenset(
    {"shot", "stabbed", "hacked", "beaten", "beat", "burned", "burnt", "stoned", "clubbed", "bludgeoned",
     "tortured", "strangled", "hanged", "hung", "ambushed", "attacked", "targeted", "dragged", "macheted",
     "kidnapped", "abducted", "seized", "captured", "arrested", "detained", "taken", "tied", "raped",
     "mutilated", "bombed", "shelled", "struck", "hit", "gunned", "riddled", "sprayed"}
)  # fmt: skip
# A participle or adjective after the counted noun phrase: "12 soldiers were killed".
PASSIVE_TRIGGERS: Final[dict[str, str]] = {
    "killed": "killed", "dead": "killed", "died": "killed", "slain": "killed", "perished": "killed",
    "die": "killed", "dying": "killed", "executed": "killed", "massacred": "killed", "martyred": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "maimed": "wounded",
    "hospitalised": "wounded", "hospitalized": "wounded",
    "captured": "captured", "abducted": "captured", "kidnapped": "captured", "detained": "captured",
    "arrested": "captured", "missing": "missing", "unaccounted": "missing", "surrendered": "captured",
    "released": "released", "freed": "released", "repatriated": "released", "exchanged": "released",
    "destroyed": "destroyed", "downed": "destroyed", "razed": "destroyed", "demolished": "destroyed",
    "intercepted": "destroyed", "seized": "seized", "overrun": "seized",
    "murdered": "killed", "assassinated": "killed", "beheaded": "killed", "lynched": "killed",
    "slaughtered": "killed", "apprehended": "captured", "nabbed": "captured",
    # Words of military statements for the enemy's dead: "three attackers were neutralised".
    "neutralised": "killed", "neutralized": "killed", "eliminated": "killed",
    # "none of its forces had been harmed": hurt or killed, so both.
    "harmed": "casualties",
    # "no base had fallen": of positions only (see POSITION_ONLY_TRIGGERS).
    "fallen": "seized",
}  # fmt: skip

# Participles that name an outcome only right after a passive auxiliary:
# prisoners "had been returned" in an exchange, but troops "had returned to base".
AUXILIARY_PASSIVES: Final[dict[str, str]] = {"returned": "released", "repatriated": "released"}
# The auxiliaries that make those participles passive.
PASSIVE_MARKERS: Final[frozenset[str]] = frozenset({"been", "were", "was", "being", "are", "is", "be"})

# Triggers that only positions suffer: "the base had fallen", "overran two outposts".
POSITION_ONLY_TRIGGERS: Final[frozenset[str]] = frozenset({"fallen", "overran", "overrun", "overrunning"})

# What an outcome is for a unit, where the unit changes it: a post or base
# seized is captured (a position changes hands), as are people seized.
OUTCOME_FOR_UNIT: Final[dict[tuple[str, str], str]] = {
    ("seized", "posts"): "captured", ("seized", "bases"): "captured", ("seized", "persons"): "captured",
}  # fmt: skip

# Multi-word outcomes after the noun phrase.
PASSIVE_PHRASES: Final[dict[tuple[str, ...], str]] = {
    ("lost", "their", "lives"): "killed", ("lost", "his", "life"): "killed", ("lost", "her", "life"): "killed",
    ("taken", "prisoner"): "captured", ("taken", "hostage"): "captured", ("taken", "captive"): "captured",
    ("shot", "down"): "destroyed", ("went", "missing"): "missing", ("gone", "missing"): "missing",
    ("reported", "missing"): "missing", ("taken", "alive"): "captured",
    ("shot", "dead"): "killed", ("gunned", "down"): "killed", ("found", "dead"): "killed",
    ("burned", "alive"): "killed", ("burnt", "alive"): "killed", ("burned", "to", "death"): "killed",
    ("taken", "into", "custody"): "captured", ("rounded", "up"): "captured",
    # "no civilians were injured or killed": either, so casualties.
    ("killed", "or", "wounded"): "casualties", ("killed", "or", "injured"): "casualties",
    ("wounded", "or", "killed"): "casualties", ("injured", "or", "killed"): "casualties",
    ("killed", "and", "wounded"): "casualties", ("killed", "and", "injured"): "casualties",
    # Euphemisms of official statements: "Five soldiers paid the supreme price".
    ("paid", "the", "supreme", "price"): "killed", ("paid", "the", "ultimate", "price"): "killed",
    ("made", "the", "supreme", "sacrifice"): "killed", ("made", "the", "ultimate", "sacrifice"): "killed",
    ("laid", "down", "their", "lives"): "killed", ("gave", "their", "lives"): "killed",
    ("fell", "with", "honour"): "killed", ("fell", "with", "honor"): "killed", ("fell", "in", "battle"): "killed",
    **{("succumbed", "to", whose, wounds): "killed"
       for whose in ("his", "her", "their", "the") for wounds in ("injuries", "wounds")},
    **{("died", "of", whose, wounds): "killed"
       for whose in ("his", "her", "their") for wounds in ("injuries", "wounds")},
    # Without a determiner too: "a police officer succumbed to injuries sustained in the attack".
    **{(verb, to, wounds): "killed"
       for verb, to in (("succumbed", "to"), ("died", "of"), ("died", "from"))
       for wounds in ("injuries", "wounds")},
}  # fmt: skip
ACTIVE_PHRASES: Final[dict[tuple[str, ...], str]] = {
    ("shot", "down"): "destroyed", ("took", "prisoner"): "captured", ("taking", "prisoner"): "captured",
    ("claimed", "the", "lives", "of"): "killed", ("claiming", "the", "lives", "of"): "killed",
    ("took", "the", "lives", "of"): "killed", ("taking", "the", "lives", "of"): "killed",
    ("left",): "", ("leaving",): "",
    ("shot", "dead"): "killed", ("gunned", "down"): "killed", ("shot", "and", "killed"): "killed",
    ("killed", "or", "wounded"): "casualties", ("killed", "or", "injured"): "casualties",
    ("killed", "and", "wounded"): "casualties", ("killed", "and", "injured"): "casualties",
    ("rounded", "up"): "captured", ("rounding", "up"): "captured",
    ("shooting", "dead"): "killed", ("gunning", "down"): "killed",
    ("shooting", "down"): "destroyed", ("brought", "down"): "destroyed", ("bringing", "down"): "destroyed",
    # "before turning the gun on himself": the one who shot the others is dead too.
    **{
        (verb, owner, "gun", "on"): "killed"
        for verb in ("turned", "turning", "turns") for owner in ("the", "his", "her")
    },
    # "beat to death 2 suspected thieves": a verb of manner and "to death" before the count.
    **{
        (verb, "to", "death"): "killed"
        for verb in (*MANNER_VERBS, "beating", "hacking", "stabbing", "burning", "stoning", "clubbing")
    },
}  # fmt: skip

# Participles that open a clause about the noun before them, never a modifier before it.
POSTNOMINAL_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"associated", "linked", "affiliated", "connected", "responsible", "involved", "accused", "blamed", "believed",
     "thought", "tied", "belonging", "loyal", "known", "suspected", "wanted", "alleged", "reputed", "reported",
     "convicted", "charged", "sentenced", "found", "identified", "described", "named", "employed", "working",
     # What the person carries or wears: "an attacker armed with a knife", "a man dressed as a policeman".
     "armed", "equipped", "dressed", "disguised", "clad"}
)  # fmt: skip

# Past tenses not ending in "-ed", for telling "and found weapons" (a clause of its own) from a noun.
IRREGULAR_PAST: Final[frozenset[str]] = frozenset(
    {"found", "took", "made", "held", "left", "fled", "sent", "brought", "caught", "kept", "led", "got", "gave",
     "hit", "shot", "set", "began", "fought", "met", "ran", "struck", "threw", "won", "lost", "saw", "told",
     "said", "burnt", "blew", "drove", "fired", "stole", "overran", "withdrew", "seized"}
)  # fmt: skip

# Verbs whose object counts lives lost: "claimed 30 lives", "cost 12 lives".
LIFE_VERBS: Final[frozenset[str]] = frozenset(
    {"claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking", "takes"}
)

# Adverbs that may stand inside such a chain: "kidnapped and later killed".
CHAIN_ADVERBS: Final[frozenset[str]] = frozenset(
    {"later", "subsequently", "then", "eventually", "also", "reportedly", "allegedly", "fatally", "brutally",
     "summarily", "finally", "immediately"}
)  # fmt: skip
# What an object complement after a counted noun phrase makes of the verb before it:
# "hacked eight fishermen to death", "took three suspects into custody".
COMPLEMENTS: Final[dict[tuple[str, ...], str]] = {
    ("to", "death"): "killed", ("into", "custody"): "captured", ("in", "custody"): "captured",
    ("dead",): "killed", ("prisoner",): "captured", ("hostage",): "captured", ("captive",): "captured",
}  # fmt: skip
# "alive" after the people says what the verb did to them: "burned three men alive", "took two soldiers alive".
ALIVE_COMPLEMENT_VERBS: Final[dict[str, str]] = {
    "burned": "killed", "burnt": "killed", "buried": "killed", "burning": "killed", "burying": "killed",
    "took": "captured", "taken": "captured", "taking": "captured", "captured": "captured",
}  # fmt: skip
# Verbs that govern such a complement: "shot three people dead", "took two soldiers prisoner".
COMPLEMENT_VERBS: Final[frozenset[str]] = MANNER_VERBS | frozenset(
    {"took", "taking", "take", "takes", "held", "holding", "shooting", "hacking", "beating", "burning", "stabbing",
     "stoning", "clubbing", "torturing", "kept", "keeping"}
)  # fmt: skip

# The counted noun itself names the outcome: "274 deaths", "12 casualties".
OUTCOME_NOUNS: Final[dict[str, str]] = {
    "deaths": "killed", "death": "killed", "dead": "killed", "fatalities": "killed", "fatality": "killed",
    "bodies": "killed", "killed": "killed", "martyrs": "killed", "body": "killed", "corpses": "killed",
    "corpse": "killed",
    "injuries": "wounded", "injured": "wounded", "wounded": "wounded",
    "casualties": "casualties", "casualty": "casualties",
    "hostages": "captured", "captives": "captured", "prisoners": "captured", "detainees": "captured",
    "prisoners-of-war": "captured", "pows": "captured",
}  # fmt: skip

# Words that may stand between a counted noun phrase and its participle.
PASSIVE_GAP: Final[frozenset[str]] = frozenset(
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "got", "get", "remain", "remained",
        "remains", "reportedly", "allegedly", "also", "all", "later", "now", "since", "subsequently", "either",
        "both", "confirmed", "believed", "feared", "presumed", "to", "still", "apparently", "already", "each",
        "reported", "said", "others", "more", "critically", "seriously", "severely", "fatally", "badly",
        "lightly", "slightly", "mortally", "alive", "left", "and", "in", "total", "briefly",
    }
)  # fmt: skip

# Words that end the noun phrase counted by a number.
NP_STOP: Final[frozenset[str]] = frozenset(
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could",
        "may", "might", "remain", "remained", "remains", "who", "which", "that", "whose", "whom", "when", "where",
        "while", "but", "as", "in", "on", "at", "by", "for", "from", "into", "during", "after", "before", "since",
        "with", "without", "near", "along", "across", "inside", "outside", "around", "amid", "among", "over",
        "under", "through", "behind", "including", "to", "than", "per", "if", "so", "because", "though",
        "although", "until", "between", "against", "towards", "toward", "within", "alive",
        # Participles that start a reduced relative clause: "drones launched by Russia".
        "launched", "fired", "used", "deployed", "sent", "based", "stationed", "belonging", "carrying",
        "fighting", "aged", "operating", "travelling", "traveling", "heading", "trying",
        # Adverbs of time after the object: "arrested a weapons supplier yesterday".
        "yesterday", "today", "tonight", "overnight", "tomorrow", "earlier", "later", "recently",
        # Adverbs before the predicate: "the bomber also died".
        "also", "reportedly", "allegedly", "subsequently", "apparently", "eventually",
        # A verb of dying that is no participle: "two soldiers succumbed to their wounds".
        "succumbed",
        # A subject pronoun opens a relative clause without "that": "killed a villager they accused of spying".
        "they", "we", "he", "she",
    }
)  # fmt: skip

# Words that open a noun phrase joined to the counted one: "6 rebels and 1 soldier were killed",
# "9 soldiers and around 20 militants were killed".
CONJUNCT_OPENERS: Final[frozenset[str]] = frozenset(
    {"a", "an", "the", "one", "another", "his", "her", "their", "its", "two", "three", "four", "five", "both",
     "several", "some", "many", "dozens", "other", "others", "around", "about", "nearly", "almost",
     "approximately", "roughly", "over"}
)  # fmt: skip
# Words that, right after a participle, are its object: the participle is active.
OBJECT_OPENERS: Final[frozenset[str]] = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "him", "them", "himself", "herself", "themselves",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens",
     "scores", "hundreds", "many", "numerous", "at", "more", "about", "around", "nearly", "some", "both", "all"}
)  # fmt: skip
# What ends the search for a passive joined to the clause's subject ("a gunman killed five and was then
# shot dead"), and the adverbs between its auxiliary and participle: a relative clause has its own subject.
JOINED_PASSIVE_STOPS: Final[frozenset[str]] = frozenset({".", ";", ":", "who", "which", "that", "whose", "whom"})
JOINED_AUXILIARIES: Final[frozenset[str]] = frozenset({"was", "were", "being"})
SUBJECT_ADVERBS: Final[frozenset[str]] = frozenset(
    {"later", "then", "also", "subsequently", "eventually", "himself", "herself"}
)
# Prepositions after a participle that opens a clause about the noun: "armed with rifles", "linked to".
PARTICIPLE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"with", "to", "for", "in", "of", "by", "on", "as"})

# Unit of the counted noun. Anything countable but absent here is no claim unit.
UNIT_NOUNS: Final[dict[str, str]] = {
    "post": "posts", "posts": "posts", "outpost": "posts", "outposts": "posts", "checkpoint": "posts",
    "checkpoints": "posts", "positions": "posts", "position": "posts", "bunkers": "posts", "bunker": "posts",
    "base": "bases", "bases": "bases", "headquarters": "bases", "garrison": "bases", "garrisons": "bases",
    "camps": "bases", "camp": "bases", "airbase": "bases", "airbases": "bases",
    "vehicle": "vehicles", "vehicles": "vehicles", "tank": "vehicles", "tanks": "vehicles", "truck": "vehicles",
    "car": "vehicles", "cars": "vehicles", "van": "vehicles", "vans": "vehicles", "motorcycle": "vehicles",
    "motorcycles": "vehicles", "pickup": "vehicles", "pickups": "vehicles", "tanker": "vehicles",
    "tankers": "vehicles",
    "trucks": "vehicles", "apcs": "vehicles", "apc": "vehicles", "armoured": "vehicles", "armored": "vehicles",
    # "two armoured personnel carriers", "a Humvee", "three technicals" (pickups with a mounted gun).
    "carriers": "vehicles", "humvee": "vehicles", "humvees": "vehicles", "mrap": "vehicles", "mraps": "vehicles",
    "technicals": "vehicles", "bulldozer": "vehicles", "bulldozers": "vehicles", "motorbikes": "vehicles",
    "motorbike": "vehicles", "buses": "vehicles", "bus": "vehicles",
    "aircraft": "aircraft", "jets": "aircraft", "jet": "aircraft", "planes": "aircraft", "plane": "aircraft",
    "helicopters": "aircraft", "helicopter": "aircraft", "drones": "aircraft", "drone": "aircraft",
    "uavs": "aircraft", "uav": "aircraft", "warplanes": "aircraft", "fighter-jets": "aircraft",
    "quadcopters": "aircraft", "quadcopter": "aircraft", "octocopters": "aircraft", "warplane": "aircraft",
    "launcher": "other", "howitzer": "other", "boat": "other", "vessel": "other", "ship": "other",
    "missiles": "other", "rockets": "other", "launchers": "other", "homes": "other", "houses": "other",
    "buildings": "other", "schools": "other", "hospitals": "other", "mosques": "other", "villages": "other",
    "towns": "other", "boats": "other", "ships": "other", "vessels": "other", "depots": "other",
    "weapons": "other", "guns": "other", "artillery": "other", "howitzers": "other", "systems": "other",
    "tunnels": "other", "shops": "other", "bridges": "other", "warehouses": "other", "huts": "other",
    "churches": "other", "clinics": "other", "markets": "other", "stores": "other", "granaries": "other",
}  # fmt: skip

# Things hit that are civilians' whoever hit them (ACLED codes their destruction as violence against
# civilians): "burned dozens of homes", "torched three churches".
CIVILIAN_PROPERTY: Final[frozenset[str]] = frozenset(
    {"homes", "houses", "huts", "shops", "stores", "schools", "hospitals", "clinics", "mosques", "churches",
     "markets", "villages", "granaries"}
)  # fmt: skip

# Things seized or found that are never people: what "and" after a counted
# person ends ("detained one suspect and weapons").
MATERIEL_NOUNS: Final[frozenset[str]] = frozenset(
    {"weapon", "weapons", "ammunition", "munitions", "explosives", "explosive", "grenades", "grenade", "rifles",
     "rifle", "guns", "gun", "pistols", "pistol", "mines", "mine", "ieds", "ied", "cache", "caches", "material",
     "materials", "materiel", "equipment", "components", "drugs", "narcotics", "opium", "heroin", "hashish",
     "cash", "money", "documents", "phones", "radios", "uniforms", "vests", "vest", "rounds", "magazines",
     "fertilizer", "fertiliser", "chemicals", "supplies",
     "arms", "ak-47s", "rpgs", "mortars", "mortar", "rockets", "rocket", "launchers", "launcher", "shells"}
)  # fmt: skip

# Counted nouns that never make a casualty or damage claim.
NON_CLAIM_HEADS: Final[frozenset[str]] = frozenset(
    {
        "sides", "side", "times", "time", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
        "years", "year", "decades", "points", "point", "cities", "city", "provinces", "province", "districts",
        "countries", "nations", "neighbours", "neighbors", "locations", "sites", "strikes", "airstrikes",
        "attacks", "attack", "raids", "rounds", "shells", "bombs", "operations", "incidents", "occasions",
        "fronts", "directions", "areas", "regions", "kilometres", "kilometers", "miles", "metres", "meters",
        "percent", "dollars", "reasons", "ways", "things", "talks", "meetings", "statements", "sources",
        "witnesses", "analysts", "diplomats", "spokesmen", "spokespeople",
        # Animals killed or stolen in a raid are no fatalities: "killing 40 cattle", "dozens of sheep".
        "cattle", "cows", "cow", "livestock", "sheep", "goats", "goat", "camels", "camel", "donkeys", "horses",
        "animals", "chickens", "pigs", "dogs", "oxen", "herds",
    }
)  # fmt: skip

# "both sides", "on both sides": a joint subject.
JOINT_MARKERS: Final[tuple[tuple[str, ...], ...]] = (("both", "sides"), ("either", "side"), ("both", "armies"))

# Bare "casualties" without a number: an unquantified claim.
UNQUANTIFIED_NOUNS: Final[dict[str, str]] = {
    "casualties": "casualties",
    "fatalities": "killed",
    "deaths": "killed",
}
# Words after "casualties" that make it talk about statistics: "casualties rose by 20 percent".
STATISTIC_WORDS: Final[frozenset[str]] = frozenset(
    {"rose", "fell", "increased", "decreased", "dropped", "declined", "doubled", "tripled", "surged", "jumped",
     "figures", "figure", "toll", "tolls", "count", "counts", "numbers", "data", "report", "reports", "claims",
     "estimates", "statistics", "rate", "rates", "levels", "trends", "per", "percent"}
)  # fmt: skip
# Modifiers that make "casualties" a claim about a toll, not talk about tolls.
UNQUANTIFIED_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"heavy", "civilian", "significant", "massive", "mass", "severe", "serious", "huge", "considerable",
     "substantial", "numerous", "military", "enemy", "high", "multiple"}
)  # fmt: skip

# Words that end the phrase naming mediators ("brokered by Qatar and Egypt collapsed").
CLAUSE_BREAKS: Final[frozenset[str]] = frozenset(
    {"after", "before", "when", "while", "which", "who", "that", "but", "although", "though", "because",
     "collapsed", "ended", "held", "expired", "took", "came", "was", "were", "is", "has", "had", "in",
     "last", "earlier"}
)  # fmt: skip
CEASEFIRE_WORDS: Final[frozenset[str]] = frozenset(
    {"ceasefire", "cease-fire", "truce", "armistice", "ceasefires", "truces"}
)
MEDIATION_CUES: Final[frozenset[str]] = frozenset(
    {"mediated", "mediate", "mediating", "mediation", "mediator", "mediators", "brokered", "broker", "brokering",
     "facilitated", "facilitate", "negotiated", "negotiate", "helped", "alongside", "sponsored", "guaranteed",
     "guarantors", "hosted"}
)  # fmt: skip
CEASEFIRE_STATUS: Final[tuple[tuple[str, str], ...]] = (
    ("collaps", "collapsed"), ("broke down", "collapsed"), ("breakdown", "collapsed"), ("ended", "collapsed"),
    ("violat", "violated"), ("breach", "violated"), ("undermin", "violated"),
    ("holding", "holding"), ("largely held", "holding"), ("fragile", "holding"),
    ("agreed", "agreed"), ("signed", "agreed"), ("reached", "agreed"), ("brokered", "agreed"),
    ("mediated", "agreed"), ("announced", "agreed"), ("took effect", "agreed"), ("in effect", "agreed"),
    ("call for", "proposed"), ("called for", "proposed"), ("calls for", "proposed"), ("urged", "proposed"),
    ("propos", "proposed"), ("push for", "proposed"), ("demand", "proposed"), ("trying to", "proposed"),
    ("efforts to", "proposed"), ("talks", "proposed"), ("negotiat", "proposed"),
)  # fmt: skip
TEMPORARY_CUES: Final[frozenset[str]] = frozenset(
    {"temporary", "interim", "short-lived", "humanitarian", "pause", "partial", "provisional", "limited",
     "72-hour", "48-hour", "24-hour", "week-long", "weeklong"}
)  # fmt: skip
PERMANENT_CUES: Final[frozenset[str]] = frozenset({"permanent", "lasting", "durable", "comprehensive"})

# Header and page furniture.
AGENCIES: Final[frozenset[str]] = frozenset(
    {
        "reuters", "ap", "afp", "associated press", "agence france-presse", "al jazeera", "anadolu",
        "anadolu agency", "xinhua", "bbc", "cnn", "dpa", "efe", "ani", "pti", "ians", "tass", "ria novosti",
        "ukrinform", "wafa", "irna", "app", "bloomberg", "upi", "kyodo", "yonhap", "bernama", "nna", "sana",
        "saba", "suna", "nan", "jnd", "dawn", "tolonews", "pajhwok",
    }
)  # fmt: skip
JUNK_LINES: Final[tuple[str, ...]] = (
    "donate", "subscribe", "advertisement", "share this", "also read", "read more", "related:", "click here",
    "sign up", "follow us", "copyright", "all rights reserved", "newsletter",
)  # fmt: skip

# Words that stand for the people of an earlier noun phrase.
ANAPHORIC_HEADS: Final[frozenset[str]] = frozenset(
    {"others", "more", "them", "those", "these", "additional", "further", "other", "another", "of"}
)
