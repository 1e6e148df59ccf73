"""Word lists for grouping claims into incidents: data only, no logic.

Sources:

- Event nouns that refer back to an incident ("the attack", "the raid"):
  the sub-event types of the ACLED codebook (armed clash, attack, air/drone
  strike, suicide bomb, shelling, remote explosive/IED, grenade, abduction)
  and their usual synonyms in wire copy.
- Cumulative and background cues: how news reports and military press
  releases set a running total ("since the war began", "so far this year")
  or an earlier incident ("last month", "responsible for ... attacks")
  apart from the event they report; UCDP GED and ACLED both code only the
  event itself, so these tolls must not be added to it.
- Subset, total and additive markers: the English of tolls ("including two
  children", "killing all three", "two other insurgents").

Entries are lower case with single spaces; the matcher folds case and
whitespace. Phrases are matched as whole words.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ABBREVIATIONS",
    "ADDITIVE_WORDS",
    "BACKGROUND_TIME",
    "CODED_BEFORE",
    "CUMULATIVE_PHRASES",
    "CURRENT_TIME",
    "EARLIER_AFTER",
    "EARLIER_EVENT_WORDS",
    "ELSEWHERE",
    "EVENT_NOUNS",
    "FRAME_OPENERS",
    "GROUP_NOUNS",
    "LINK_CUES",
    "METONYMY_AFTER",
    "MOURNING_CUES",
    "PERPETRATOR_NOUNS",
    "REACTION_CUES",
    "RESPONSIBILITY_CUES",
    "RESPONSIBILITY_NOUNS",
    "SEPARATE_WORDS",
    "SUBSET_AFTER",
    "SUBSET_BEFORE",
    "SUMMARY_EVENTS",
    "SUMMARY_QUANTIFIERS",
    "TOLL_VERBS_OF_WARS",
    "TOTAL_PHRASES",
    "WAR_NOUNS",
]

# Words whose full stop ends no sentence: titles and ranks, months, "No." (case as written).
ABBREVIATIONS: Final = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Cpt",
    "Sgt",
    "Cpl",
    "Pvt",
    "Brig",
    "Adm",
    "Cmdr",
    "Gov",
    "Sen",
    "Rep",
    "Rev",
    "St",
    "No",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)

# "the attack", "the blast": an event noun after a definite article or a
# demonstrative points back at an incident already told.
EVENT_NOUNS: Final = frozenset(
    {
        "air raid",
        "air raids",
        "air strike",
        "air strikes",
        "airstrikes",
        "ambushes",
        "assaults",
        "attacks",
        "bombings",
        "explosions",
        "raids",
        "operations",
        "roadside bomb",
        "roadside bombs",
        "car bomb",
        "car bombs",
        "suicide bomb",
        "suicide bombs",
        "ied",
        "ieds",
        "ied attack",
        "ied attacks",
        "airstrike",
        "ambush",
        "assault",
        "attack",
        "blast",
        "bombardment",
        "bombing",
        "clash",
        "clashes",
        "conflict",
        "drone strike",
        "engagement",
        "explosion",
        "firefight",
        "fighting",
        "gunfight",
        "incident",
        "massacre",
        "offensive",
        "operation",
        "raid",
        "shelling",
        "shootout",
        "strike",
        "strikes",
        "suicide attack",
        "suicide bombing",
    }
)

# A running total: the toll of a war, a campaign or a period, not of one event.
CUMULATIVE_PHRASES: Final = (
    "since the war began",
    "since the war started",
    "since the start of the war",
    "since the beginning of the war",
    "since the conflict began",
    "since the start of the conflict",
    "since the beginning of the conflict",
    "since the beginning of the year",
    "since the start of the year",
    "since the start of",
    "since the beginning of",
    "since the first of",
    "since the invasion",
    "since the full-scale invasion",
    "since the coup",
    "since the ceasefire",
    "since the truce",
    "so far this year",
    "this year",
    "so far",
    "to date",
    "in total since",
    "over the past year",
    "over the past month",
    "over the past week",
    "over the past weeks",
    "in the past month",
    "over the last month",
    "over the past two years",
    "over the past months",
    "over the past few months",
    "over the previous year",
    "over the last year",
    "in the past year",
    "during the war",
    "throughout the war",
    "over the course of the war",
    "in recent months",
    "in that period",
    "during that period",
    "over that period",
    "in the same period",
    "over the same period",
    "in the first half of the year",
    "in the second half of the year",
    "in recent years",
    "total personnel losses",
    "total losses",
)

# "The war has killed …": a war, conflict or insurgency as the killer is a running total.
WAR_NOUNS: Final = frozenset(
    {"war", "conflict", "insurgency", "civil war", "violence", "fighting", "campaign", "uprising", "crisis"}
)
TOLL_VERBS_OF_WARS: Final = frozenset({"killed", "claimed", "left", "caused", "displaced"})

# Time words that put a toll in an earlier incident.
BACKGROUND_TIME: Final = (
    "last month",
    "last week",
    "last year",
    "earlier this month",
    "earlier this year",
    "earlier in the year",
    "earlier in the month",
    "previously",
    "in a previous",
    "in an earlier",
    "a previous",
    "an earlier",
    "a recent",
    "recent",
    "the previous month",
    "months ago",
    "weeks ago",
    "years ago",
    "a year ago",
    "a month ago",
    "that month",
    "that year",
    "that week",
    "the year before",
    "the previous year",
)

# Words after a toll told in the pluperfect that set it before the reported event:
# "the same group had abducted 30 villagers in the area a week earlier".
EARLIER_AFTER: Final = ("earlier", "before", "previously", "prior")

# Words in an event's noun phrase that make it another, earlier event: "a similar operation".
EARLIER_EVENT_WORDS: Final = frozenset({"previous", "earlier", "prior", "similar", "recent", "past", "former"})

# A place name used for the people who govern it ("the Damascus government",
# "Kabul-based") says nothing of where an incident happened.
METONYMY_AFTER: Final = frozenset(
    {
        "government",
        "governments",
        "authorities",
        "regime",
        "administration",
        "officials",
        "leadership",
        "backed",
        "based",
        "led",
        "run",
        "aligned",
        "allied",
        "says",
        "said",
        "reports",
        "claims",
        "denies",
    }
)

# Time words that, opening a sentence, set the rest of its paragraph in an earlier time.
FRAME_OPENERS: Final = (
    "last month",
    "last week",
    "last year",
    "earlier this month",
    "earlier this year",
    "earlier in the year",
    "earlier in the month",
    "previously",
    "in the past",
    "months ago",
    "weeks ago",
    "years ago",
)

# Time words that keep a toll in the incident being reported.
CURRENT_TIME: Final = (
    "today",
    "tonight",
    "yesterday",
    "last night",
    "this morning",
    "this afternoon",
    "this evening",
    "overnight",
    "earlier today",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
)

# What a targeted person is blamed for: the toll that follows is an earlier incident.
RESPONSIBILITY_CUES: Final = (
    "responsible for",
    "blamed for",
    "involved in",
    "involved with",
    "implicated in",
    "linked to",
    "tied to",
    "connected to",
    "associated with",
    "accused of",
    "suspected of",
    "wanted for",
    "known for",
    "believed to have",
    "role in",
    "behind the",
    "behind a",
    "behind several",
    "behind multiple",
    "planned",
    "planning",
    "orchestrated",
    "orchestrating",
    "masterminded",
    "masterminding",
    "facilitated",
    "facilitating",
    "directed",
    "directing",
)
# The same said by a noun for the person, read after "the" too: "detained the mastermind of the bombing".
RESPONSIBILITY_NOUNS: Final = ("mastermind of", "masterminds of", "perpetrator of", "perpetrators of")

# What a protest, an arrest or a reprisal answers: a toll told right after it as a
# nominal is an earlier incident ("to denounce the killing of three farmers").
REACTION_CUES: Final = (
    "protest",
    "protests",
    "protested",
    "protesting",
    "against",
    "denounce",
    "denounced",
    "denouncing",
    "condemn",
    "condemned",
    "condemning",
    "mourn",
    "mourned",
    "mourning",
    "in memory of",
    "anniversary of",
    "in protest at",
    "justice for",
    "over",
    "in connection with",
    "investigation into",
    "probe into",
    "inquiry into",
    "retaliation for",
    "revenge for",
    "avenge",
    "to death for",
    "sentenced for",
    "convicted of",
    "convicted for",
    "charged with",
    "charged over",
    "charged for",
    "jailed for",
    "arrested for",
    "detained for",
    "trial for",
    "trial over",
)
# The same right before the people counted: "held a vigil for 2 colleagues killed in March",
# "attended the funeral of five fishermen killed by soldiers".
MOURNING_CUES: Final = (
    "vigil for",
    "vigils for",
    "funeral of",
    "funerals of",
    "funeral for",
    "funerals for",
    "burial of",
    "justice for",
    "in memory of",
    "in honour of",
    "in honor of",
    "mourn",
    "mourned",
    "mourning",
    "commemorate",
    "commemorated",
    "commemorating",
    "remember",
    "remembered",
    "remembering",
)
# The same, of a toll told in a relative clause: "arrested seven suspects over the bombing
# that killed five". Not "condemned the attack that killed 12": that is often the
# article's own event.
LINK_CUES: Final = (
    "over",
    "in connection with",
    "justice for",
    "anniversary of",
    "in memory of",
    "investigation into",
    "probe into",
    "inquiry into",
    "retaliation for",
    "revenge for",
    "avenge",
    "protest against",
    "protested against",
    "protesting against",
    "demonstrated against",
)

# A count right after one of these singles out part of a toll: "including two children".
SUBSET_BEFORE: Final = (
    "including",
    "among them",
    "among whom",
    "among the dead",
    "among the victims",
    "among the killed",
    "among those killed",
    "among the martyrs",
    "among the wounded",
    "among the injured",
    "the dead included",
    "the dead include",
    "the victims included",
    "the victims include",
    "those killed included",
    "those killed include",
    "included",
    "of whom",
    "of them",
    "among",
)
# …or after the count: "two of them", "three of whom were children".
SUBSET_AFTER: Final = ("of them", "of whom", "of those", "of the dead", "of the victims", "of the wounded")
# …or someone's people: "the facilitator and three of his associates" are some of those told of, never him.
POSSESSIVE_AFTER: Final = ("of his", "of her", "of their")

# A count after one of these is the total of what was told before: "killing all three".
TOTAL_PHRASES: Final = (
    "all",
    "all of the",
    "a total of",
    "in total",
    "in all",
    "altogether",
    "total of",
    "toll rose to",
    "toll climbed to",
    "toll has risen to",
    # A figure that rose is the event's toll so far: "… in Kano rose to 27 after three of the injured died".
    "rose to",
    "climbed to",
    "risen to",
    "jumped to",
    # A toll revised is the toll so far: "put the toll at 14, but later revised it to 19".
    "revised it to",
    "revised to",
    "revised the toll to",
    "raised the toll to",
    "raised it to",
    "raised to",
    "bringing the total to",
    "bringing the toll to",
    "bringing the death toll to",
)

# A coder's figure for the toll told before: "killing dozens … The number of fatalities is coded as 10";
# or another figure given as that toll: "… while the police put the toll at 26", "a local group gave a toll of 16".
CODED_BEFORE: Final = (
    "coded as",
    "recorded as",
    "put the toll at",
    "put the death toll at",
    "put the figure at",
    "put the number at",
    "gave a toll of",
    "gave a death toll of",
    "gave a figure of",
    "gave the toll as",
    "estimated the toll at",
)

# A toll marked as more than one told before: "two other insurgents", "another soldier".
ADDITIVE_WORDS: Final = frozenset(
    {"other", "others", "another", "additional", "more", "further", "second", "third", "also", "besides", "plus",
     "along"}
)

# Words that open another incident: "elsewhere"; and "in a separate" or "in
# another" before an event noun ("in a separate attack", not "in a separate statement").
ELSEWHERE: Final = ("elsewhere", "in other operations", "separately,")
SEPARATE_WORDS: Final = ("separate", "another", "a separate", "other")

# A toll told of several events at once sums them up ("killed more than 15
# insurgents during separate operations", "detained 11 in four raids"): the
# operations told after it are the events; the sum is read as a running total.
SUMMARY_QUANTIFIERS: Final = (
    "separate", "several", "multiple", "numerous", "a series of", "a number of", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "a dozen", "more than a dozen", "dozens of",
)  # fmt: skip
SUMMARY_EVENTS: Final = (
    "operations", "raids", "attacks", "strikes", "airstrikes", "air strikes", "incidents", "clashes", "searches",
    "missions", "engagements", "ambushes", "bombings", "patrols",
)  # fmt: skip

# The people who carried out an attack: their dead are never among its victims.
PERPETRATOR_NOUNS: Final = frozenset(
    {"attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "bombers", "bomber", "raiders",
     "perpetrators", "perpetrator"}
)

# Head nouns that name a kind of people hit, by kind: two tolls whose
# subjects name different kinds are never the same toll.
GROUP_NOUNS: Final = {
    "state": frozenset(
        {
            "soldier",
            "soldiers",
            "troops",
            "troop",
            "servicemen",
            "serviceman",
            "servicemembers",
            "policemen",
            "policeman",
            "police",
            "officers",
            "officer",
            "personnel",
            "guards",
            "guard",
            "sailors",
            "marines",
            "paratroopers",
            "commandos",
            "conscripts",
            "recruits",
        }
    ),
    "armed": frozenset(
        {
            "insurgent",
            "insurgents",
            "militant",
            "militants",
            "fighters",
            "fighter",
            "rebels",
            "rebel",
            "terrorists",
            "terrorist",
            "jihadists",
            "jihadist",
            "extremists",
            "gunmen",
            "gunman",
            "attackers",
            "attacker",
            "assailants",
            "bombers",
            "bomber",
            "guerrillas",
            "guerrilla",
            "combatants",
            "facilitators",
            "facilitator",
            "commanders",
            "commander",
            "leaders",
            "leader",
        }
    ),
    "civilian": frozenset(
        {
            "civilians",
            "civilian",
            "children",
            "child",
            "women",
            "residents",
            "villagers",
            "passengers",
            "farmers",
            "worshippers",
            "students",
            "pupils",
            "workers",
            "employees",
            "fishermen",
            "families",
            "family",
            "refugees",
            "journalists",
            "patients",
        }
    ),
}
