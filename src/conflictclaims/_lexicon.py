"""Word lists for number phrases: data only, no logic beyond building constants.

Sources:

- The count-normalization table in the project's ``DESIGN.md`` (qualifier
  phrases and the interval each implies).
- ACLED codebook ("Reported fatalities") conventions for vague reports: code
  the lowest figure; "dozens"/"hundreds" as 12/100; "several", "few" or
  "many" of unknown number as 3 or 10.
- UCDP GED codebook conventions: keep low/best/high, with "best" the most
  reliable figure and ranges kept as closed intervals.
- English number names (short scale) and South Asian scale words (lakh,
  crore) as used by the Pakistani and Indian English-language press.

Keys are lower case with single spaces; the parser lower-cases and folds
whitespace before looking phrases up.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "APPROX_QUALIFIERS",
    "DETERMINERS_BEFORE_ONE",
    "DOZEN",
    "EXACT_PHRASES",
    "HUNDRED",
    "MONTHS",
    "NOT_COUNT_AFTER",
    "NOT_COUNT_BEFORE",
    "POST_QUALIFIERS",
    "PRE_QUALIFIERS",
    "SCALE_SUFFIXES",
    "SCALE_WORDS",
    "SMALL_NUMBERS",
    "STRICT_ONLY_ZERO",
    "TEENS",
    "TENS",
    "UNITS",
    "VAGUE",
    "ZERO_PHRASES",
]

UNITS: Final = MappingProxyType(
    {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
)
TEENS: Final = MappingProxyType(
    {
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
)
TENS: Final = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fourty": 40,  # common misspelling in wire copy
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
# Every word below one hundred, for the evaluator.
SMALL_NUMBERS: Final = MappingProxyType({**UNITS, **TEENS, **TENS})

HUNDRED: Final = "hundred"
DOZEN: Final = 12

# Short scale, plus the South Asian lakh/crore.
SCALE_WORDS: Final = MappingProxyType(
    {
        "thousand": 1_000,
        "lakh": 100_000,
        "million": 1_000_000,
        "crore": 10_000_000,
        "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    }
)
# Attached abbreviations in headline style: "2.3m", "1.2bn", "3.5k".
SCALE_SUFFIXES: Final = MappingProxyType(
    {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}
)

# Phrases that stand for one exact number; ``True`` marks the approximate ones.
EXACT_PHRASES: Final = MappingProxyType(
    {
        "a single": (1, False),
        "a pair of": (2, False),
        "a couple of": (2, False),
        "half a dozen": (6, True),
    }
)

# Qualifier phrases before a number, by the ``Qualifier`` value they imply.
PRE_QUALIFIERS: Final = MappingProxyType(
    {
        "at least": "at_least",
        "no fewer than": "at_least",
        "no less than": "at_least",
        "not fewer than": "at_least",
        "not less than": "at_least",
        "a minimum of": "at_least",
        "at a minimum": "at_least",
        "more than": "more_than",
        "greater than": "more_than",
        "over": "more_than",
        "well over": "more_than",
        "just over": "more_than",
        "above": "more_than",
        "well above": "more_than",
        "upwards of": "more_than",
        "upward of": "more_than",
        "in excess of": "more_than",
        "well in excess of": "more_than",
        "at most": "at_most",
        "no more than": "at_most",
        "not more than": "at_most",
        "up to": "at_most",
        "as many as": "at_most",
        "a maximum of": "at_most",
        "fewer than": "fewer_than",
        "less than": "fewer_than",
        "under": "fewer_than",
        "below": "fewer_than",
        "about": "about",
        "around": "about",
        "approximately": "about",
        "approx.": "about",
        "roughly": "about",
        "some": "about",
        "an estimated": "about",
        "estimated": "about",
        "circa": "about",
        "nearly": "nearly",
        "almost": "nearly",
        "close to": "nearly",
        "just under": "nearly",
        "just below": "nearly",
        "just short of": "nearly",
    }
)
# The pre-qualifiers that may also soften a range ("about 20 to 30").
APPROX_QUALIFIERS: Final = frozenset(k for k, v in PRE_QUALIFIERS.items() if v in {"about", "nearly"})

# Qualifier phrases after a number: "30 or more", "50-plus", "20-odd".
POST_QUALIFIERS: Final = MappingProxyType(
    {
        "or more": "at_least",
        "and more": "at_least",
        "or above": "at_least",
        "and above": "at_least",
        "plus": "at_least",
        "+": "at_least",
        "or fewer": "at_most",
        "or less": "at_most",
        "or so": "about",
        "odd": "about",
    }
)

# Vague quantities as closed intervals ``(low, high)``; ``None`` = unbounded.
# "a few"/"several" times a scale word follow "a few dozen" = [2*12, 5*12]
# and "several hundred" = [300, 999] (several fills up to the next order).
_SCALES_FOR_VAGUE: Final = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
VAGUE: Final = MappingProxyType(
    {
        "tens of": (10, 99),
        "dozens": (12, 99),
        "dozens of": (12, 99),
        "scores of": (20, 99),
        "hundreds": (100, 999),
        "hundreds of": (100, 999),
        "thousands": (1_000, 9_999),
        "thousands of": (1_000, 9_999),
        "tens of thousands": (10_000, 99_999),
        "tens of thousands of": (10_000, 99_999),
        "hundreds of thousands": (100_000, 999_999),
        "hundreds of thousands of": (100_000, 999_999),
        "millions": (1_000_000, 9_999_999),
        "millions of": (1_000_000, 9_999_999),
        "a few": (2, 5),
        "a handful": (2, 5),
        "a handful of": (2, 5),
        "several": (3, 9),
        "a number of": (3, 9),
        "many": (2, None),
        "numerous": (2, None),
        **{f"a few {word}": (2 * size, 5 * size) for word, size in _SCALES_FOR_VAGUE.items()},
        **{f"several {word}": (3 * size, 10 * size - 1) for word, size in _SCALES_FOR_VAGUE.items()},
    }
)

# Phrases meaning nobody/nothing. "zero" is a number (exact); the rest deny.
ZERO_PHRASES: Final = MappingProxyType(
    {
        "zero": "exact",
        "none": "none",
        "no one": "none",
        "no-one": "none",
        "nobody": "none",
        "not one": "none",
        "not a single": "none",
    }
)
# Only zero when the caller already knows the phrase is a count ("no", and
# "any" under a denial: "denied that any ... were captured").
STRICT_ONLY_ZERO: Final = frozenset({"no", "any"})

# Words before "one" that make it a pronoun ("the one who", "this one").
DETERMINERS_BEFORE_ONE: Final = frozenset(
    {"the", "this", "that", "which", "every", "each", "any", "no", "some", "someone", "anyone", "another", "by"}
)

# Matched case-sensitively in title or upper case, so that "12 may have died"
# and "thousands march" stay counts while "12 May" and "Oct. 12" are dates.
MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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

# Words right after a number that make it something other than a count of
# people or things in a claim: time, duration, measures, money, shares, age.
NOT_COUNT_AFTER: Final = frozenset(
    {
        # clock times and durations
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "o'clock",
        "gmt",
        "utc",
        "ist",
        "pst",
        "hrs",
        "hour",
        "hours",
        "minute",
        "minutes",
        "mins",
        "second",
        "seconds",
        "secs",
        "day",
        "days",
        "night",
        "nights",
        "week",
        "weeks",
        "fortnight",
        "fortnights",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "times",
        # distances, areas, weights, speeds, temperatures
        "km",
        "kms",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "metre",
        "metres",
        "meter",
        "meters",
        "mile",
        "miles",
        "feet",
        "foot",
        "ft",
        "yard",
        "yards",
        "inch",
        "inches",
        "cm",
        "mm",
        "kg",
        "kgs",
        "kilogram",
        "kilograms",
        "kilogramme",
        "kilogrammes",
        "gram",
        "grams",
        "ton",
        "tons",
        "tonne",
        "tonnes",
        "pound",
        "pounds",
        "lb",
        "lbs",
        "litre",
        "litres",
        "liter",
        "liters",
        "gallon",
        "gallons",
        "barrel",
        "barrels",
        "acre",
        "acres",
        "hectare",
        "hectares",
        "sq",
        "square",
        "degree",
        "degrees",
        "kph",
        "mph",
        "knots",
        "megawatts",
        "mw",
        # shares and fractions
        "percent",
        "per cent",
        "pc",
        "percentage",
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifths",
        "tenths",
        # money
        "dollar",
        "dollars",
        "usd",
        "euro",
        "euros",
        "eur",
        "sterling",
        "rupee",
        "rupees",
        "pkr",
        "inr",
        "afghani",
        "afghanis",
        "afn",
        "shekel",
        "shekels",
        "hryvnia",
        "hryvnias",
        "rouble",
        "roubles",
        "ruble",
        "rubles",
        "naira",
        "rial",
        "rials",
        "riyal",
        "riyals",
        "dinar",
        "dinars",
        "pounds sterling",
        "yuan",
        "yen",
        "cents",
        # age
        "years old",
        "year old",
    }
)

# Words right before a number that make it a sum, a label or a designation
# ("Rs 500", "Resolution 2231", "No. 10"); months are checked apart.
NOT_COUNT_BEFORE: Final = frozenset(
    {
        "rs",
        "rs.",
        "usd",
        "us$",
        "pkr",
        "inr",
        "afn",
        "afs",
        "eur",
        "gbp",
        "no.",
        "nos.",
        "no:",
        "number",
        "article",
        "articles",
        "resolution",
        "resolutions",
        "section",
        "chapter",
        "paragraph",
        "para",
        "page",
        "p.",
        "pp.",
        "flight",
        "route",
        "highway",
        "gate",
        "block",
        "sector",
        "phase",
        "room",
        "channel",
        "version",
        "aged",
        "age",
        "ages",
    }
)

# Plural nouns that make a bare year-like numeral a count after all:
# "killed 2000 people", "1948 civilians" (a year is never followed by them).
COUNTED_AFTER_YEAR_LIKE: Final[frozenset[str]] = frozenset(
    {
        "people", "persons", "civilians", "soldiers", "troops", "fighters", "militants", "insurgents", "rebels",
        "residents", "children", "women", "men", "refugees", "migrants", "families", "households", "homes",
        "houses", "buildings", "dead", "deaths", "casualties", "fatalities", "injuries", "prisoners", "hostages",
        "detainees", "captives", "rockets", "missiles", "drones", "shells", "students", "villagers", "victims",
        "bodies", "servicemen", "personnel", "police", "policemen", "officers", "palestinians", "israelis",
        "ukrainians", "russians", "sudanese", "afghans", "pakistanis", "yemenis", "nigerians", "syrians",
        "killed", "wounded", "injured", "were", "have", "had",
    }
)  # fmt: skip
# Words after which a year-like numeral is a year whatever follows: "In 2021 civilians …".
BEFORE_YEAR: Final[frozenset[str]] = frozenset(
    {"in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "through", "early", "late",
     "mid", "year", "years", "summer", "winter", "spring", "autumn", "fall", "circa", "the", "their", "its"}
)  # fmt: skip
