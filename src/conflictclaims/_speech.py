"""Who says what: reporting verbs, generic speakers and pronouns.

Data only. One table of reporting verbs serves the actor finder (a name
before "said" is a speaker) and the attribution stage (a verb opens the frame
of what its speaker says).

Sources: the attribution verbs of English news style (AP Stylebook, "said"
and its common substitutes; Reuters Handbook of Journalism, "Attribution"),
and, for denials and admissions, the event-reporting cues of the ACLED
codebook ("claimed", "denied", "acknowledged").
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACTS",
    "ADMISSION_VERBS",
    "CIVIL_MODIFIERS",
    "DENIAL_VERBS",
    "FINITE_REPORTING_VERBS",
    "FRAME_VERBS",
    "GENERIC_SPEAKERS",
    "GROUP_WORDS",
    "MEDIA_MODIFIERS",
    "MODIFIER_ROLES",
    "OWNED_SUFFIXES",
    "PARTISAN_PREFIXES",
    "PARTISAN_SUFFIXES",
    "PRONOUNS_PERSON",
    "PRONOUNS_PLURAL",
    "PRONOUNS_THING",
    "REPORTING_VERBS",
    "SPEAKER_MODIFIERS",
    "STATE_OWNERS",
]

ACTS: Final = ("assert", "deny", "admit", "appeal", "relay")
"""What a reporting verb does with what follows it.

``assert``, ``deny`` and ``admit`` open an attribution frame (a denial makes
its claims denied; an admission makes unmarked losses the speaker's own);
``appeal`` (urged, vowed, condemned) and ``relay`` (quoted, cited) mark their
subject as a speaker but attribute no figure to it.
"""

# Verb forms: "bare" (say), "present" (says), "past" (said) and "gerund" (saying).
# Only a finite form (present or past) after a name makes it a speaker: "report"
# and "claims" after a name are more often nouns.
_VERBS: Final[dict[str, tuple[str, tuple[tuple[str, str], ...]]]] = {
    # lemma: (act, ((form, kind of form), ...))
    "say": ("assert", (("say", "bare"), ("says", "present"), ("said", "past"), ("saying", "gerund"))),
    "state": ("assert", (("states", "present"), ("stated", "past"), ("stating", "gerund"))),
    "claim": ("assert", (("claim", "bare"), ("claims", "present"), ("claimed", "past"), ("claiming", "gerund"))),
    "report": ("assert", (("report", "bare"), ("reports", "present"), ("reported", "past"), ("reporting", "gerund"))),
    "confirm": (
        "assert", (("confirm", "bare"), ("confirms", "present"), ("confirmed", "past"), ("confirming", "gerund"))
    ),
    "announce": (
        "assert",
        (("announce", "bare"), ("announces", "present"), ("announced", "past"), ("announcing", "gerund")),
    ),
    "add": ("assert", (("adds", "present"), ("added", "past"), ("adding", "gerund"))),
    "tell": ("assert", (("tells", "present"), ("told", "past"))),
    "estimate": ("assert", (("estimates", "present"), ("estimated", "past"))),
    "assert": ("assert", (("asserts", "present"), ("asserted", "past"))),
    "insist": ("assert", (("insists", "present"), ("insisted", "past"))),
    "allege": ("assert", (("alleges", "present"), ("alleged", "past"))),
    "note": ("assert", (("notes", "present"), ("noted", "past"), ("noting", "gerund"))),
    "write": ("assert", (("writes", "present"), ("wrote", "past"))),
    "post": ("assert", (("posted", "past"),)),
    "tweet": ("assert", (("tweeted", "past"),)),
    "declare": ("assert", (("declares", "present"), ("declared", "past"))),
    "reveal": ("assert", (("revealed", "past"),)),
    "disclose": ("assert", (("disclosed", "past"),)),
    "record": ("assert", (("recorded", "past"),)),
    "document": ("assert", (("documented", "past"),)),
    "count": ("assert", (("counted", "past"),)),
    "tally": ("assert", (("tallied", "past"),)),
    "put": ("assert", (("puts", "present"), ("put", "past"), ("putting", "gerund"))),
    "update": ("assert", (("updated", "past"),)),
    "warn": ("assert", (("warns", "present"), ("warned", "past"), ("warning", "gerund"))),
    "explain": ("assert", (("explains", "present"), ("explained", "past"))),
    "specify": ("assert", (("specified", "past"),)),
    "indicate": ("assert", (("indicated", "past"),)),
    "mention": ("assert", (("mentioned", "past"),)),
    "maintain": ("assert", (("maintains", "present"), ("maintained", "past"))),
    "counter": ("assert", (("counters", "present"), ("countered", "past"))),
    "argue": ("assert", (("argues", "present"), ("argued", "past"))),
    "stress": ("assert", (("stresses", "present"), ("stressed", "past"))),
    "emphasise": ("assert", (("emphasised", "past"), ("emphasized", "past"))),
    "describe": ("assert", (("describes", "present"), ("described", "past"))),
    "recall": ("assert", (("recalls", "present"), ("recalled", "past"))),
    "accuse": ("assert", (("accuses", "present"), ("accused", "past"))),
    "deny": ("deny", (("deny", "bare"), ("denies", "present"), ("denied", "past"), ("denying", "gerund"))),
    "reject": ("deny", (("rejects", "present"), ("rejected", "past"))),
    "refute": ("deny", (("refutes", "present"), ("refuted", "past"))),
    "dismiss": ("deny", (("dismisses", "present"), ("dismissed", "past"))),
    "dispute": ("deny", (("disputes", "present"), ("disputed", "past"))),
    "contest": ("deny", (("contested", "past"),)),
    "admit": ("admit", (("admit", "bare"), ("admits", "present"), ("admitted", "past"), ("admitting", "gerund"))),
    "acknowledge": ("admit", (("acknowledges", "present"), ("acknowledged", "past"))),
    "concede": ("admit", (("concedes", "present"), ("conceded", "past"))),
    "urge": ("appeal", (("urges", "present"), ("urged", "past"))),
    "vow": ("appeal", (("vows", "present"), ("vowed", "past"))),
    "condemn": ("appeal", (("condemns", "present"), ("condemned", "past"))),
    "express": ("appeal", (("expresses", "present"), ("expressed", "past"))),
    "quote": ("relay", (("quotes", "present"), ("quoted", "past"))),
    "cite": ("relay", (("cites", "present"), ("cited", "past"))),
}  # fmt: skip

REPORTING_VERBS: Final[dict[str, str]] = {form: act for act, forms in _VERBS.values() for form, _ in forms}
"""Every reporting verb form, lower-case → its act (one of :data:`ACTS`)."""

FINITE_REPORTING_VERBS: Final[frozenset[str]] = frozenset(
    form for _, forms in _VERBS.values() for form, kind in forms if kind in {"present", "past"}
)
"""The present and past forms: after a name, these make it a speaker ("Mujahid said")."""

FRAME_VERBS: Final[frozenset[str]] = frozenset(
    form for form, act in REPORTING_VERBS.items() if act in {"assert", "deny", "admit"}
)
"""The forms that open an attribution frame."""

DENIAL_VERBS: Final[frozenset[str]] = frozenset(form for form, act in REPORTING_VERBS.items() if act == "deny")
ADMISSION_VERBS: Final[frozenset[str]] = frozenset(form for form, act in REPORTING_VERBS.items() if act == "admit")

# Generic speakers that take their side from a modifier, from the last speaker
# or, for civilians and local officials, from where things happened.
GENERIC_SPEAKERS: Final[dict[str, str]] = {
    "officials": "government", "official": "government", "authorities": "government",
    "government": "government", "administration": "government", "ministry": "government",
    "statement": "government", "spokesman": "person", "spokeswoman": "person", "spokesperson": "person",
    "military": "military", "army": "military", "forces": "military", "command": "military",
    "police": "police", "sources": "unknown", "source": "unknown", "group": "armed_group",
    "movement": "armed_group", "militants": "armed_group", "rebels": "armed_group", "leadership": "government",
    "dissidents": "armed_group", "insurgents": "armed_group", "guerrillas": "armed_group", "resistance": "armed_group",
    "jihadists": "armed_group", "separatists": "armed_group",
    "office": "government", "agency": "government", "medics": "civilians", "doctors": "civilians",
    "witnesses": "civilians", "witness": "civilians", "residents": "civilians", "resident": "civilians",
    "activists": "civilians", "monitors": "organization",
    "monitor": "organization", "villagers": "civilians", "survivors": "civilians", "workers": "civilians",
    "worker": "civilians", "staff": "civilians", "member": "unknown",
    "elders": "civilians", "people": "unknown", "channel": "unknown", "channels": "unknown",
    "officers": "police", "commander": "person", "commanders": "military", "governor": "person",
    "tallies": "unknown", "tally": "unknown", "figures": "unknown", "estimates": "unknown",
    "records": "unknown", "count": "unknown", "data": "unknown",
    "mayor": "person", "wing": "armed_group", "brigades": "armed_group", "coalition": "military",
    "chief": "person", "minister": "person", "president": "person",
    "court": "organization", "tribunal": "organization", "commission": "organization",
    "union": "organization", "unions": "organization", "association": "organization", "network": "organization",
    "charity": "organization", "watchdog": "organization", "observatory": "organization", "groups": "armed_group",
    # Wire copy of Sudan's, Mexico's and Rwanda's wars: "the resistance committees said", "local
    # prosecutors said", "Rwanda's defence force said".
    "committee": "organization", "committees": "organization", "prosecutor": "person",
    "prosecutors": "government", "force": "military",
    # Outlets speak for no side unless a word says whose they are ("state television", "a junta-run page").
    "page": "media", "pages": "media", "outlet": "media", "outlets": "media", "television": "media",
    "broadcaster": "media", "newspaper": "media", "website": "media", "account": "media", "accounts": "media",
    "tv": "media", "radio": "media", "station": "media", "blog": "media", "bloggers": "media",
}  # fmt: skip

CIVIL_MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "aid", "humanitarian", "relief", "monitoring", "advocacy", "watchdog", "charity", "civic", "civil",
        "community", "volunteer", "trade", "union", "teachers", "doctors", "lawyers", "journalists", "farmers",
        "students", "victims", "women", "workers", "residents", "human", "rights", "press", "religious",
    }
)  # fmt: skip
"""Modifiers that make a generic speaker a body of civil society: "a local aid group", "a trade union official"."""

MEDIA_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"news", "telegram", "facebook", "online", "social", "private", "opposition", "television", "tv", "radio",
     "media", "state-run", "state-owned"}
)  # fmt: skip
"""Modifiers of an outlet that say nothing of its side by themselves: "a local news page", "a Telegram channel"."""

GROUP_WORDS: Final[frozenset[str]] = frozenset(
    {"militia", "rebel", "militant", "insurgent", "jihadist", "guerrilla", "gang", "cartel", "group's"}
)
"""Words before a speaker's noun that make him speak for an armed group: "the militia member", "a rebel commander"."""

PARTISAN_PREFIXES: Final = ("pro-", "anti-")
PARTISAN_SUFFIXES: Final = (
    "-run", "-controlled", "-owned", "-aligned", "-affiliated", "-linked", "-leaning", "-backed", "-allied",
    "-friendly", "-funded",
)  # fmt: skip
"""Modifiers that say whom a source favours or who runs it: "a pro-junta news page", "an opposition-run outlet".

Whom a source favours is not whose it is: its side stays unknown, whatever
country the word names ("RSF-aligned accounts"). Only an outlet the state
runs (:data:`STATE_OWNERS`, :data:`OWNED_SUFFIXES`) speaks for the state.
"""

STATE_OWNERS: Final[frozenset[str]] = frozenset({"state", "government", "junta", "regime", "army", "military"})
"""Owners whose outlet speaks for the state: "a junta-run broadcaster", "a government-controlled channel"."""
OWNED_SUFFIXES: Final = ("-run", "-controlled", "-owned")

SPEAKER_MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "armed", "security", "senior", "local", "provincial", "military", "government", "defence", "defense",
        "interior", "health", "foreign", "information", "federal", "state", "official", "top", "intelligence",
        "regional", "district", "army", "police", "hospital", "medical", "rescue", "war", "rights",
        "independent", "national", *CIVIL_MODIFIERS, *MEDIA_MODIFIERS,
    }
)  # fmt: skip
"""Modifiers a generic speaker may carry: "senior security officials", "the provincial health ministry"."""

MODIFIER_ROLES: Final[dict[str, str]] = {
    "security": "military", "military": "military", "army": "military", "defence": "military",
    "defense": "military", "police": "police", "government": "government", "official": "government",
    "intelligence": "government", "hospital": "civilians", "medical": "civilians", "rescue": "civilians",
    "state": "government", "state-run": "government", "state-owned": "government",
} | dict.fromkeys(CIVIL_MODIFIERS, "organization")  # fmt: skip
"""What a modifier makes a speaker whose noun says little ("security sources", "hospital officials")."""

# Words that may stand between a speaker and its verb: "also", "later", "in a statement on Sunday".
ADVERBIAL_GAP: Final[frozenset[str]] = frozenset(
    {
        "also", "later", "further", "earlier", "previously", "again", "then", "had", "has", "have", "was",
        "were", "on", "in", "a", "an", "statement", "overnight", "late", "early", "yesterday", "today", "last",
        "night", "separately", "however", "meanwhile", "repeatedly", "initially", "officially", "publicly",
        "subsequently", "now", "it", "its", "post", "x", "briefing", "separate", "the", "press",
        "conference", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "evening", "afternoon", "tonight", "this", "week", "televised", "speech", "interview", "with",
        "reuters", "ap", "afp", "told", "local", "media", "reporters",
    }
)  # fmt: skip
# Reporting verbs that are nouns after a determiner: "the claims", "casualty reports".
NOUN_FORMS: Final[frozenset[str]] = frozenset(
    {"claims", "claim", "reports", "report", "estimates", "notes", "posts", "says", "put", "puts", "counted",
     "disputes", "claimed"}
)  # fmt: skip
# Words that describe an unnamed source by what it knows: "people familiar with", "sources close to".
KNOWING: Final[frozenset[str]] = frozenset({"familiar", "close", "briefed", "knowledge"})
# Nouns that end the name of a body, not a person: "Network", "Observatory".
BODY_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "network", "association", "committee", "council", "union", "observatory", "commission", "centre",
        "center", "foundation", "federation", "institute", "society", "organisation", "organization", "project",
        "watch", "alliance", "coalition", "syndicate", "league", "service", "services", "office", "crescent",
        "cross", "ministry", "agency", "authority", "tribune", "times", "post", "herald", "gazette", "journal",
        "news", "radio", "television", "tv", "daily", "chronicle", "telegraph", "observer",
    }
)  # fmt: skip
# Last words of a newspaper's name: a place before one names the paper, not the state
# ("the Washington Post", "the Sudan Tribune", "the Times of India"). A paper is no party.
MASTHEADS: Final[frozenset[str]] = frozenset(
    {"post", "times", "tribune", "herald", "gazette", "journal", "chronicle", "telegraph", "observer",
     "independent", "guardian", "standard", "express", "mail", "star", "today", "insider", "daily", "punch"}
)  # fmt: skip
# Words a body's name may run through: "the Assistance Association for Political Prisoners".
BODY_LINKS: Final[frozenset[str]] = frozenset({"for", "of", "and", "on", "to", "against"})
# Nouns that end the name of a military unit, not a person: "the Second Division".
UNIT_NOUNS: Final[frozenset[str]] = frozenset(
    {"division", "brigade", "battalion", "regiment", "corps", "command", "squadron"}
)

PRONOUNS_PERSON: Final[frozenset[str]] = frozenset({"he", "she"})
PRONOUNS_THING: Final[frozenset[str]] = frozenset({"it"})
PRONOUNS_PLURAL: Final[frozenset[str]] = frozenset({"they", "we"})
