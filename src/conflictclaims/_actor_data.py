"""Actor lexicons: institutions, titles, ranks and the words around names.

Data only; :mod:`conflictclaims.actors` compiles it, together with the country
tables of :mod:`conflictclaims._countries`, the people nouns of
:mod:`conflictclaims._people` and the party table of
:mod:`conflictclaims._armed_groups` (armed groups, named state forces and
international bodies). Kinds are the string values of
:class:`conflictclaims.model.ActorKind` so that this module imports nothing
from the package.

Sources: titles, ranks and forms of address from the Reuters and AP style guides.
"""

from __future__ import annotations

__all__ = [
    "ARMY_GROUPS",
    "HONORIFICS",
    "INSTITUTIONS",
    "LOCATIVE_PREPOSITIONS",
    "NAME_PARTICLES",
    "NON_NAME_WORDS",
    "RANKS",
    "SIDE_SUFFIXES",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
]


# Institution heads: phrase → (canonical key, kind). The country comes from a
# modifier ("Afghanistan's Defense Ministry") or is left to the caller.
INSTITUTIONS: dict[str, tuple[str, str]] = {
    "ministry of defence": ("defence ministry", "military"),
    "ministry of defense": ("defence ministry", "military"),
    "ministry of national defence": ("defence ministry", "military"),
    "ministry of national defense": ("defence ministry", "military"),
    "defence ministry": ("defence ministry", "military"),
    "defense ministry": ("defence ministry", "military"),
    "defence department": ("defence ministry", "military"),
    "defense department": ("defence ministry", "military"),
    "department of defense": ("defence ministry", "military"),
    "general staff": ("general staff", "military"),
    "joint chiefs of staff": ("general staff", "military"),
    "army": ("army", "military"),
    "military": ("army", "military"),
    "armed forces": ("army", "military"),
    "air force": ("air force", "military"),
    "air forces": ("air force", "military"),
    "navy": ("navy", "military"),
    "forces": ("forces", "military"),
    "security forces": ("security forces", "military"),
    "national guard": ("national guard", "military"),
    "border guard": ("border guard", "military"),
    "border guards": ("border guard", "military"),
    "coalition": ("coalition", "military"),
    "military officials": ("military officials", "military"),
    "army officials": ("military officials", "military"),
    "military sources": ("security sources", "military"),
    "security sources": ("security sources", "military"),
    "security officials": ("security officials", "military"),
    "security source": ("security sources", "military"),
    "security official": ("security officials", "military"),
    "military spokesman's office": ("army", "military"),
    "intelligence": ("intelligence", "government"),
    "intelligence services": ("intelligence", "government"),
    "intelligence agency": ("intelligence", "government"),
    "police": ("police", "police"),
    "police force": ("police", "police"),
    "police officials": ("police", "police"),
    "border police": ("police", "police"),
    "gendarmerie": ("police", "police"),
    "interior ministry": ("interior ministry", "government"),
    "ministry of interior": ("interior ministry", "government"),
    "ministry of the interior": ("interior ministry", "government"),
    "home ministry": ("interior ministry", "government"),
    "foreign ministry": ("foreign ministry", "government"),
    "ministry of foreign affairs": ("foreign ministry", "government"),
    "foreign office": ("foreign ministry", "government"),
    "state department": ("foreign ministry", "government"),
    "health ministry": ("health ministry", "government"),
    "ministry of health": ("health ministry", "government"),
    "health authorities": ("health ministry", "government"),
    "health officials": ("health ministry", "government"),
    "health department": ("health ministry", "government"),
    "information ministry": ("information ministry", "government"),
    "ministry of information": ("information ministry", "government"),
    "ministry of information and broadcasting": ("information ministry", "government"),
    "information team": ("information ministry", "government"),
    "true news information team": ("information ministry", "government"),
    "prime minister's office": ("prime minister's office", "government"),
    "president's office": ("presidency", "government"),
    "office of the president": ("presidency", "government"),
    "presidency": ("presidency", "government"),
    "government": ("government", "government"),
    "administration": ("government", "government"),
    "regime": ("government", "government"),
    "junta": ("government", "government"),
    "cabinet": ("government", "government"),
    "government officials": ("officials", "government"),
    "government sources": ("officials", "government"),
    "officials": ("officials", "government"),
    "official sources": ("officials", "government"),
    "local officials": ("officials", "government"),
    "provincial officials": ("officials", "government"),
    "district officials": ("officials", "government"),
    "senior officials": ("officials", "government"),
    "authorities": ("authorities", "government"),
    "local authorities": ("authorities", "government"),
    "provincial authorities": ("authorities", "government"),
    "embassy": ("embassy", "government"),
    "state media": ("state media", "government"),
    "state television": ("state media", "government"),
    "state news agency": ("state media", "government"),
    "emergency services": ("emergency services", "government"),
    "civil defence": ("civil defence", "government"),
    "civil defense": ("civil defence", "government"),
    "civil defence agency": ("civil defence", "government"),
    "government media office": ("government media office", "government"),
    "media office": ("government media office", "government"),
    "disaster management authority": ("disaster authority", "government"),
    "parliament": ("parliament", "government"),
    "ombudsman's office": ("ombudsman", "government"),
    "office of the ombudsman": ("ombudsman", "government"),
    "ombudsman": ("ombudsman", "government"),
    "tribunal": ("tribunal", "government"),
    "peace tribunal": ("tribunal", "government"),
    "special jurisdiction for peace": ("tribunal", "government"),
    "ministry": ("ministry", "government"),
}

# Named national forces that are their country's army, so that "the IDF" and
# "the Israeli military" merge into one actor.
ARMY_GROUPS: frozenset[str] = frozenset(
    {
        "Israel Defense Forces", "Sudanese Armed Forces", "Armed Forces of Ukraine", "FARDC", "Tatmadaw",
        "Ethiopian National Defence Force",
    }
)  # fmt: skip

# Title heads of a person's role; a title chain must end in one of these.
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons",
        "minister", "president", "vice-president", "secretary-general", "secretary", "governor",
        "commander", "chief", "general", "colonel", "official", "envoy", "ambassador", "mayor",
        "deputy", "analyst", "witness", "resident", "doctor", "driver", "leader", "head",
        "director", "director-general", "adviser", "advisor", "chairman", "chairwoman", "chair",
        "king", "emir", "prince", "premier", "chancellor", "negotiator", "representative",
        "coordinator", "founder", "lawmaker", "senator", "mp", "diplomat", "correspondent",
        "reporter", "journalist", "researcher", "expert", "professor", "surgeon", "nurse",
        "medic", "paramedic", "survivor", "eyewitness", "farmer", "shopkeeper", "student",
        "teacher", "elder", "cleric", "imam", "activist", "lawyer", "judge", "prosecutor",
        "rapporteur", "commissioner", "administrator", "officer", "commandant", "chairperson", "speaker", "mufti",
        "ayatollah", "councillor", "councilor", "delegate", "ombudsman", "soldier", "policeman", "fighter",
        "villager", "trader", "worker",
        "high commissioner", "under-secretary-general", "undersecretary", "secretary of state",
        "secretary of defense", "secretary of defence", "minister of defence", "minister of defense",
        "minister of foreign affairs", "minister of interior", "minister of the interior",
        "minister of information", "minister of health", "chief of staff", "chief of army staff",
        "chief of the general staff", "chief of defence staff", "chief of the defence staff", "head of state",
    }
)  # fmt: skip

# Words that qualify a title head ("junior foreign minister", "taxi driver").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "military", "army", "government", "police", "defence", "defense", "foreign", "information",
        "interior", "health", "prime", "vice", "deputy", "senior", "junior", "acting", "former",
        "top", "chief", "state", "district", "provincial", "local", "regional", "security", "taxi",
        "border", "interim", "caretaker", "humanitarian", "relief", "aid", "supreme", "special",
        "head", "general", "assistant", "associate", "political", "finance", "home", "justice",
        "intelligence", "press", "media", "spokesperson's", "de", "facto", "presidential", "rebel",
        "militant", "group's", "movement's", "field", "battalion", "brigade", "unit", "division",
        "corps", "operations", "operational", "navy", "naval", "air", "force", "hospital", "medical",
        "emergency", "rescue", "ministry", "office", "national", "cabinet", "tribal", "village",
        "community", "religious", "opposition", "independent", "retired", "late", "new", "longtime",
        "outgoing", "incoming", "first", "lady", "crown", "grand", "high", "executive", "managing",
        "country", "mission", "programme", "program", "agency", "agency's", "ministry's", "army's",
        "taliban", "public", "relations", "affairs", "communications", "legal", "economic",
        "economy", "energy", "education", "culture", "labour", "labor", "trade", "commerce",
        "planning", "transport", "water", "agriculture", "refugee", "refugees", "migration",
        "human", "rights", "counterterrorism", "anti-terrorism", "terrorism", "civil", "society",
        "office's", "council", "county", "municipal", "city",
    }
)  # fmt: skip

# Military ranks and their abbreviations (Reuters/AP style), longest written out.
RANKS: frozenset[str] = frozenset(
    {
        "General", "Gen.", "Gen", "Lieutenant General", "Lt. Gen.", "Lt Gen", "Lt.-Gen.", "Lt-Gen",
        "Major General", "Maj. Gen.", "Maj Gen", "Maj.-Gen.", "Brigadier General", "Brig. Gen.",
        "Brig Gen", "Brigadier", "Brig.", "Colonel", "Col.", "Col", "Lieutenant Colonel", "Lt. Col.",
        "Lt Col", "Major", "Maj.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.",
        "Admiral", "Adm.", "Rear Admiral", "Vice Admiral", "Field Marshal", "Marshal",
        "Air Marshal", "Air Chief Marshal", "Air Vice Marshal", "Commodore", "Corporal", "Cpl.",
        "Private", "Pvt.", "Staff Sergeant", "Commander", "Cmdr.", "Lt Gen.", "Maj Gen.",
    }
)  # fmt: skip

# Courtesy and religious forms of address that precede a name but are no role.
HONORIFICS: frozenset[str] = frozenset(
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
        "Sheikh", "Shaikh", "Mullah", "Mulla", "Maulvi", "Mawlawi", "Maulana", "Mufti", "Haji",
        "Hajji", "Qari", "Ayatollah", "Prof.", "Professor", "Rev.", "Reverend",
    }
)  # fmt: skip

# Lower-case particles inside personal names ("Mohammed bin Abdulaziz Al-Khulaifi").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "bint", "ibn", "al", "el", "ul", "ud", "ur", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le",
     "dos", "das", "del", "ben", "y", "abu", "ould", "ad", "ar", "ash", "az"}
)  # fmt: skip

# Capitalized words that never start or continue a person's name: function
# words at sentence starts, months, weekdays, and common headline words.
NON_NAME_WORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and", "or",
        "nor", "so", "yet", "despite", "both", "meanwhile", "however", "after", "before", "while",
        "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "although", "though",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your",
        "earlier", "later", "last", "next", "some", "many", "several", "according", "also", "if",
        "as", "by", "from", "with", "without", "to", "of", "into", "over", "under", "during", "since",
        "until", "amid", "among", "about", "around", "near", "no", "not", "yes", "all", "any", "each",
        "every", "other", "another", "such", "more", "most", "few", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "there", "here",
        "then", "now", "today", "tonight", "yesterday", "tomorrow", "still", "even", "only", "just",
        "instead", "thus", "therefore", "because", "unless", "whether", "once", "again", "further",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "breaking", "update", "updated", "exclusive", "analysis",
        "opinion", "read", "watch", "live", "photo", "video", "source", "sources", "reporting",
        "editing", "writing", "additional", "copyright", "related", "advertisement", "donate",
        "subscribe", "share", "click", "follow", "sign", "please", "note", "calls", "call", "talks",
        "war", "conflict", "border", "line", "province", "district", "region", "city", "state",
        "street", "road", "camp", "corps", "brigade", "division", "battalion", "regiment", "base",
        "airport", "hospital", "university", "school", "mosque", "church", "square", "valley",
        "river", "sea", "mountain", "mountains", "bridge", "gate", "crossing", "strip", "bank",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "new",
        "old", "great", "international", "national", "global", "world", "regional", "islamic",
        "muslim", "christian", "jewish", "arab", "kurdish", "baloch", "pashtun", "hindu", "sunni",
        "shia", "shiite", "sunday's", "news", "agency", "post", "times", "daily", "journal", "press",
        "media", "tv", "radio", "channel", "network", "online", "x", "twitter", "facebook",
        "telegram", "instagram", "youtube", "whatsapp", "tiktok", "internet", "hamas-run",
        "ceasefire", "truce", "operation", "attack", "attacks", "strike", "strikes", "airstrike",
        "airstrikes", "drone", "drones", "missile", "missiles", "tensions", "claims", "claim",
        "casualty", "casualties", "dialogue", "restraint", "response", "force", "full", "vows",
        "says", "said", "warns", "urges", "denies", "long-running", "resurface", "conflicting",
        "heightened", "alert", "fears", "wider", "relationship", "brink", "spark", "inside",
        "outside", "pre-dawn", "dawn", "overnight", "local", "time", "gmt", "utc", "ist", "et",
        "am", "pm", "mr", "ms", "mrs", "dr", "gen", "god", "allah", "quran", "koran", "ramadan",
        "eid", "christmas", "easter", "covid", "covid-19", "coronavirus", "ok", "okay", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "should", "might", "must", "shall",
    }
)  # fmt: skip

# Prepositions after which a capital names a place, not a government.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in", "at", "near", "on", "outside", "inside", "around", "into", "across", "over", "toward",
        "towards", "through", "throughout", "within", "to", "from", "of", "via", "between", "beyond",
        "past", "above", "below", "off", "onto", "upon", "capital", "city", "downtown", "central",
        "northern", "southern", "eastern", "western", "struck", "hit", "bombed", "targeted",
        "shelled", "attacked", "raided", "strikes", "airstrikes", "bombing", "bombardment",
    }
)  # fmt: skip

# Hyphenated modifiers that make the prefix the side of what follows
# ("Taliban-led ministry", "Hamas-run health ministry", "Saudi-led coalition").
SIDE_SUFFIXES: frozenset[str] = frozenset(
    {
        "led", "run", "controlled", "backed", "aligned", "allied", "linked", "affiliated",
        "administered", "held", "based", "supported", "sponsored", "installed", "appointed", "funded",
    }
)  # fmt: skip
