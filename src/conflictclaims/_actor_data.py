"""Actor lexicons: armed groups, institutions, titles, ranks and the words around names.

Data only; :mod:`conflictclaims.actors` compiles it, together with the country
tables of :mod:`conflictclaims._countries` and the people nouns of
:mod:`conflictclaims._people`. Kinds are the string values of
:class:`conflictclaims.model.ActorKind` so that this module imports nothing
from the package.

Sources:

- Titles, ranks and forms of address: Reuters and AP style guides.
- Armed groups and forces: ACLED actor names and UCDP actor list
  (https://ucdp.uu.se/downloads/ → "UCDP Actor Dataset"), with the aliases
  common in English wire copy.
"""

from __future__ import annotations

__all__ = [
    "ARMY_GROUPS",
    "GROUPS",
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


# Armed groups, forces and bodies: (canonical name, kind, country, aliases).
# country is the state the group fights in or belongs to; None for bodies
# with no side (UN, ICRC) and for transnational movements (Islamic State, al-Qaeda).
# Islamic State is None because its claims span Iraq, Syria, the Sahel and
# beyond; its provinces (ISKP, ISWAP) carry their own country.
# Taliban is coded "government" since it has held Kabul from August 2021
# (ACLED: "Military Forces of Afghanistan (2021-)").
GROUPS: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    # Afghanistan / Pakistan
    (
        "Taliban",
        "government",
        "AFG",
        (
            "Afghan Taliban",
            "Taliban government",
            "Taliban administration",
            "Taliban regime",
            "Islamic Emirate",
            "Islamic Emirate of Afghanistan",
            "IEA",
        ),
    ),
    (
        "Tehreek-e-Taliban Pakistan",
        "armed_group",
        "PAK",
        (
            "TTP",
            "Tehrik-i-Taliban Pakistan",
            "Tehrik-e-Taliban Pakistan",
            "Tehreek-i-Taliban Pakistan",
            "Tehreek-e-Taliban",
            "Tehrik-i-Taliban",
            "Pakistani Taliban",
            "Pakistan Taliban",
            "Fitna al-Khawarij",
        ),
    ),
    (
        "Islamic State Khorasan Province",
        "armed_group",
        "AFG",
        ("ISKP", "IS-K", "ISIS-K", "ISIS-KP", "Islamic State Khorasan", "Islamic State-Khorasan", "ISKP"),
    ),
    ("Baloch Liberation Army", "armed_group", "PAK", ("BLA", "Balochistan Liberation Army")),
    ("Baloch Liberation Front", "armed_group", "PAK", ("BLF",)),
    ("National Resistance Front", "armed_group", "AFG", ("NRF",)),
    ("Inter-Services Public Relations", "military", "PAK", ("ISPR",)),
    ("Frontier Corps", "military", "PAK", ()),
    # Israel / Palestine / Lebanon
    ("Hamas", "armed_group", "PSE", ("Harakat al-Muqawama al-Islamiya",)),
    (
        "Izz ad-Din al-Qassam Brigades",
        "armed_group",
        "PSE",
        ("Qassam Brigades", "al-Qassam Brigades", "Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades"),
    ),
    ("Palestinian Islamic Jihad", "armed_group", "PSE", ("Islamic Jihad", "PIJ", "Al-Quds Brigades", "Saraya al-Quds")),
    ("Palestinian Authority", "government", "PSE", ("Palestinian National Authority",)),
    ("Fatah", "armed_group", "PSE", ("Al-Aqsa Martyrs' Brigades",)),
    ("Hezbollah", "armed_group", "LBN", ("Hizbollah", "Hizballah", "Hizbullah")),
    (
        "Israel Defense Forces",
        "military",
        "ISR",
        ("IDF", "Israel Defence Forces", "Israeli Defense Forces", "Israeli Defence Forces", "Tsahal"),
    ),
    ("Shin Bet", "government", "ISR", ("Shabak", "Israel Security Agency")),
    ("Mossad", "government", "ISR", ()),
    # Yemen / Gulf / Iran
    ("Houthis", "armed_group", "YEM", ("Houthi", "Houthi rebels", "Huthis", "Huthi", "Ansar Allah", "Ansarallah")),
    ("Saudi-led coalition", "military", "SAU", ("Arab coalition", "Saudi-led military coalition")),
    ("Southern Transitional Council", "armed_group", "YEM", ("STC",)),
    ("Al-Qaeda in the Arabian Peninsula", "armed_group", "YEM", ("AQAP",)),
    ("Islamic Revolutionary Guard Corps", "military", "IRN", ("IRGC", "Revolutionary Guards", "Revolutionary Guard")),
    # Sudan / Ethiopia / Somalia / Sahel / Nigeria / DRC
    ("Rapid Support Forces", "armed_group", "SDN", ("RSF",)),
    ("Sudanese Armed Forces", "military", "SDN", ("SAF",)),
    ("Sudan People's Liberation Movement-North", "armed_group", "SDN", ("SPLM-N",)),
    ("Tigray People's Liberation Front", "armed_group", "ETH", ("TPLF", "Tigray Defence Forces", "TDF")),
    ("Fano", "armed_group", "ETH", ()),
    ("Ethiopian National Defence Force", "military", "ETH", ("ENDF", "Ethiopian National Defense Force")),
    ("al-Shabaab", "armed_group", "SOM", ("al-Shabab", "Al Shabaab", "Al Shabab", "Shabaab", "Harakat al-Shabaab")),
    ("Boko Haram", "armed_group", "NGA", ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",)),
    (
        "Islamic State West Africa Province",
        "armed_group",
        "NGA",
        ("ISWAP", "IS West Africa", "Islamic State West Africa"),
    ),
    (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "armed_group",
        "MLI",
        ("JNIM", "Jamaat Nusrat al-Islam wal-Muslimin", "GSIM"),
    ),
    (
        "Islamic State Sahel Province",
        "armed_group",
        "MLI",
        ("ISSP", "IS Sahel", "ISGS", "Islamic State in the Greater Sahara"),
    ),
    ("M23", "armed_group", "COD", ("March 23 Movement", "M23 rebels", "AFC/M23", "Alliance Fleuve Congo")),
    ("Allied Democratic Forces", "armed_group", "COD", ("ADF",)),
    ("CODECO", "armed_group", "COD", ()),
    ("FARDC", "military", "COD", ("Armed Forces of the Democratic Republic of the Congo",)),
    ("Lakurawa", "armed_group", "NGA", ()),
    # Russia / Ukraine
    ("Wagner Group", "armed_group", "RUS", ("Wagner", "Africa Corps", "Wagner mercenaries", "PMC Wagner")),
    (
        "Armed Forces of Ukraine",
        "military",
        "UKR",
        ("Ukrainian Armed Forces", "ZSU", "General Staff of the Armed Forces of Ukraine"),
    ),
    ("SBU", "government", "UKR", ("Security Service of Ukraine",)),
    ("FSB", "government", "RUS", ("Federal Security Service",)),
    # Myanmar
    ("Arakan Army", "armed_group", "MMR", ()),
    ("Tatmadaw", "military", "MMR", ("Myanmar military junta",)),
    ("People's Defence Force", "armed_group", "MMR", ("People's Defense Force", "People's Defence Forces")),
    ("National Unity Government", "government", "MMR", ("NUG",)),
    ("Kachin Independence Army", "armed_group", "MMR", ()),
    ("Myanmar National Democratic Alliance Army", "armed_group", "MMR", ("MNDAA",)),
    ("Ta'ang National Liberation Army", "armed_group", "MMR", ("TNLA",)),
    # Syria / Iraq / Turkey
    ("Islamic State", "armed_group", None, ("ISIS", "ISIL", "Daesh", "Daish", "Islamic State group")),
    ("al-Qaeda", "armed_group", None, ("al-Qaida", "Al Qaeda", "Al Qaida")),
    ("Kurdistan Workers' Party", "armed_group", "TUR", ("PKK", "Kurdistan Workers Party")),
    ("Syrian Democratic Forces", "armed_group", "SYR", ("SDF",)),
    ("Hayat Tahrir al-Sham", "armed_group", "SYR", ("HTS", "Hayat Tahrir al-Sham")),
    ("Syrian National Army", "armed_group", "SYR", ("SNA",)),
    ("Popular Mobilization Forces", "armed_group", "IRQ", ("PMF", "Hashd al-Shaabi", "Popular Mobilisation Forces")),
    ("Kataib Hezbollah", "armed_group", "IRQ", ("Kata'ib Hezbollah",)),
    # International bodies: no side.
    ("United Nations", "organization", None, ("UN", "U.N.", "the UN", "United Nations Organization")),
    ("UN Security Council", "organization", None, ("United Nations Security Council", "Security Council", "UNSC")),
    ("UN Human Rights Office", "organization", None, ("OHCHR", "UN human rights office", "UN Human Rights Council")),
    (
        "UNAMA",
        "organization",
        None,
        ("United Nations Assistance Mission in Afghanistan", "UN Assistance Mission in Afghanistan"),
    ),
    (
        "UNRWA",
        "organization",
        None,
        ("United Nations Relief and Works Agency", "UN Relief and Works Agency", "UN Palestinian refugee agency"),
    ),
    (
        "OCHA",
        "organization",
        None,
        ("UN OCHA", "Office for the Coordination of Humanitarian Affairs", "UN humanitarian office"),
    ),
    ("UNHCR", "organization", None, ("UN refugee agency", "United Nations High Commissioner for Refugees")),
    ("UNICEF", "organization", None, ("UN children's agency", "United Nations Children's Fund")),
    ("World Food Programme", "organization", None, ("WFP", "World Food Program")),
    ("World Health Organization", "organization", None, ("WHO", "World Health Organisation")),
    ("International Organization for Migration", "organization", None, ("IOM",)),
    ("MONUSCO", "organization", None, ()),
    ("UNIFIL", "organization", None, ()),
    (
        "International Committee of the Red Cross",
        "organization",
        None,
        ("ICRC", "Red Cross", "Red Crescent", "International Red Cross", "Palestine Red Crescent Society", "PRCS"),
    ),
    ("NATO", "organization", None, ("North Atlantic Treaty Organization", "Nato")),
    ("European Union", "organization", None, ("EU", "E.U.", "European Commission")),
    ("African Union", "organization", None, ("AU", "African Union Commission", "AUSSOM", "ATMIS")),
    ("ECOWAS", "organization", None, ("Economic Community of West African States",)),
    ("Arab League", "organization", None, ("League of Arab States",)),
    ("Organisation of Islamic Cooperation", "organization", None, ("OIC", "Organization of Islamic Cooperation")),
    ("IGAD", "organization", None, ()),
    ("Amnesty International", "organization", None, ("Amnesty",)),
    ("Human Rights Watch", "organization", None, ("HRW",)),
    ("Doctors Without Borders", "organization", None, ("MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières")),
    (
        "ACLED",
        "organization",
        None,
        ("Armed Conflict Location & Event Data Project", "Armed Conflict Location and Event Data"),
    ),
    ("International Criminal Court", "organization", None, ("ICC",)),
    ("International Court of Justice", "organization", None, ("ICJ",)),
    ("Airwars", "organization", None, ()),
    ("Syrian Observatory for Human Rights", "organization", None, ("SOHR", "Syrian Observatory")),
    ("Reuters", "organization", None, ()),
    ("Associated Press", "organization", None, ("AP",)),
    ("Agence France-Presse", "organization", None, ("AFP",)),
)

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
        "ayatollah",
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
        "human", "rights", "counterterrorism", "anti-terrorism", "terrorism",
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
