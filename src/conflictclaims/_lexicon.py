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
  crore, their plurals and the spellings "lac" and "cr", and the one-word
  "upto" and "atleast") as used by the Pakistani and Indian English-language
  press and official statements.
- Comparatives and their negations ("no fewer than", "not more than") and the
  inclusive forms ("greater than or equal to") as English grammars describe
  them; each negation gives the complementary bound, except the West African
  idiom "not up to N" (Nigerian and Ghanaian press and police statements:
  the number did not reach N).
- Wire-copy abbreviations of scale words ("bn", "mn", "bln", "mln", Reuters,
  Interfax and the Financial Times), and digit grouping by spaces as SI
  (ISO 80000-1) and much of Africa write it.

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
    "MONTH_NAMES",
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
    "WEEKDAY_NAMES",
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

# Short scale, plus the South Asian lakh (10^5) and crore (10^7), with
# "lac" the spelling of lakh common in Pakistani and older Indian English.
SCALE_WORDS: Final = MappingProxyType(
    {
        "thousand": 1_000,
        "lakh": 100_000,
        "lac": 100_000,
        "million": 1_000_000,
        "crore": 10_000_000,
        "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
        "quadrillion": 10**15,
        "quintillion": 10**18,
    }
)
# Scale words take a plural after a number in South Asian English ("5 lakhs",
# "2 crores") and in some West African and Gulf English ("two millions").
SCALE_PLURALS: Final = MappingProxyType({f"{word}s": size for word, size in SCALE_WORDS.items()})
# Abbreviations written after a number with or without a space: wire copy
# ("10 bln", "5 mln", Reuters and Interfax style), the FT and the Economist
# ("1.2bn", "2.3mn"), Indian papers ("5 cr").
SCALE_ABBREVIATIONS: Final = MappingProxyType(
    {
        "mn": 1_000_000,
        "mln": 1_000_000,
        "mil": 1_000_000,
        "bn": 1_000_000_000,
        "bln": 1_000_000_000,
        "tn": 1_000_000_000_000,
        "trn": 1_000_000_000_000,
        "tln": 1_000_000_000_000,
        "cr": 10_000_000,
    }
)
# Attached abbreviations in headline style ("2.3m", "5k", "3b"), never spaced:
# "5 m" is five metres.
SCALE_SUFFIXES: Final = MappingProxyType({"k": 1_000, "m": 1_000_000, "b": 1_000_000_000, **SCALE_ABBREVIATIONS})
# Scale words one may stack, the larger last: "1 lakh crore" (10^12) in Indian
# budgets, "a thousand million" in older British usage.
STACKING_SCALES: Final = frozenset({"thousand", "lakh", "lac", "crore", "million"})
# Fractions of a scale word: "half a million", "a quarter million",
# "two and a half million", "3 million and a half", "2½ million".
FRACTION_WORDS: Final = MappingProxyType({"half": (1, 2), "quarter": (1, 4), "quarters": (1, 4)})
VULGAR_FRACTIONS: Final = MappingProxyType({"½": (1, 2), "¼": (1, 4), "¾": (3, 4)})
# Digit names read after "point": "one point five million".
DECIMAL_DIGITS: Final = MappingProxyType({"zero": 0, "oh": 0, "nought": 0, "naught": 0, **UNITS})

# Phrases that stand for one exact number; ``True`` marks the approximate ones.
EXACT_PHRASES: Final = MappingProxyType(
    {
        "a single": (1, False),
        "a pair of": (2, False),
        "a pair": (2, False),
        "a couple of": (2, False),
        "a couple": (2, False),
        "a trio of": (3, False),
    }
)
# Numbers that are counts only when the caller says the phrase is one: the
# scanner skips "single" ("a single-engine plane") and a bare scale word
# ("the Hundred Years' War") unless a qualifier comes first ("over hundred
# people", common in Indian English).
STRICT_ONLY_NUMBERS: Final = MappingProxyType(
    {"single": 1, "dozen": 12, "hundred": 100, **SCALE_WORDS}
)

# One-sided comparatives, by the bound they set. Each takes the negations in
# NEGATORS, which give the complementary bound on the integer line:
# "no fewer than N" is [N, ∞), "not more than N" is [0, N].
COMPARATIVES: Final = MappingProxyType(
    {
        "more than": "more_than",
        "greater than": "more_than",
        "higher than": "more_than",
        "larger than": "more_than",
        "bigger than": "more_than",
        "over": "more_than",
        "above": "more_than",
        "exceeding": "more_than",
        "exceed": "more_than",
        "exceeds": "more_than",
        "exceeded": "more_than",
        "surpass": "more_than",
        "surpasses": "more_than",
        "in excess of": "more_than",
        "fewer than": "fewer_than",
        "less than": "fewer_than",
        "lower than": "fewer_than",
        "smaller than": "fewer_than",
        "under": "fewer_than",
        "below": "fewer_than",
    }
)
# "not" negates every comparative; "no" only the "... than" forms ("no more than").
NEGATORS: Final = MappingProxyType(
    {
        "not": frozenset(COMPARATIVES),
        "no": frozenset(phrase for phrase in COMPARATIVES if phrase.endswith(" than")),
    }
)
# The bound that holds exactly where another does not, on the non-negative integers.
COMPLEMENT: Final = MappingProxyType(
    {"more_than": "at_most", "at_most": "more_than", "fewer_than": "at_least", "at_least": "fewer_than"}
)
NEGATED_COMPARATIVES: Final = MappingProxyType(
    {
        f"{negator} {phrase}": COMPLEMENT[COMPARATIVES[phrase]]
        for negator, phrases in NEGATORS.items()
        for phrase in sorted(phrases)
    }
)
# "greater than or equal to", "equal to or more than": the inclusive forms.
_INCLUSIVE: Final = {
    phrase.removesuffix(" than"): "at_least" if bound == "more_than" else "at_most"
    for phrase, bound in COMPARATIVES.items()
    if phrase.endswith(" than") and phrase != "in excess of"
}
# Spelled several ways in statements and in specifications: "greater than or equal to", "greater or
# equal to", "equal or greater than", "larger than or equal".
_INCLUSIVE_FORMS: Final = (
    "{} than or equal to",
    "{} than or equal",
    "{} than or equals",
    "{} than or equals to",
    "{} or equal to",
    "{} or equal",
    "equal to or {} than",
    "equal or {} than",
    "{} or equal than",
)
INCLUSIVE_COMPARATIVES: Final = MappingProxyType(
    {form.format(word): bound for word, bound in _INCLUSIVE.items() for form in _INCLUSIVE_FORMS}
)

# Qualifier phrases before a number, by the ``Qualifier`` value they imply.
PRE_QUALIFIERS: Final = MappingProxyType(
    {
        **COMPARATIVES,
        **NEGATED_COMPARATIVES,
        **INCLUSIVE_COMPARATIVES,
        "at least": "at_least",
        "at the least": "at_least",
        "at the very least": "at_least",
        "a minimum of": "at_least",
        "minimum of": "at_least",
        "at a minimum": "at_least",
        "at minimum": "at_least",
        "at or above": "at_least",
        "at or over": "at_least",
        "minimum": "at_least",
        "as few as": "at_least",
        "as little as": "at_least",
        # South Asian English writes "atleast" and "upto" as one word.
        "atleast": "at_least",
        ">=": "at_least",
        "> =": "at_least",
        "=>": "at_least",
        "≥": "at_least",
        "well over": "more_than",
        "just over": "more_than",
        "slightly over": "more_than",
        "a little over": "more_than",
        "well above": "more_than",
        "just above": "more_than",
        "slightly above": "more_than",
        "slightly more than": "more_than",
        "a little more than": "more_than",
        "just more than": "more_than",
        "well more than": "more_than",
        "far more than": "more_than",
        "much more than": "more_than",
        "many more than": "more_than",
        "considerably more than": "more_than",
        "significantly more than": "more_than",
        "substantially more than": "more_than",
        "upwards of": "more_than",
        "upward of": "more_than",
        "well in excess of": "more_than",
        "north of": "more_than",
        "surpassing": "more_than",
        "surpassed": "more_than",
        "topping": "more_than",
        "topped": "more_than",
        ">": "more_than",
        "at most": "at_most",
        "at the most": "at_most",
        "at the very most": "at_most",
        "up to": "at_most",
        "up to and including": "at_most",
        "up to a maximum of": "at_most",
        "not to exceed": "at_most",
        "at or below": "at_most",
        "at or under": "at_most",
        "maximum": "at_most",
        "upto": "at_most",
        "as many as": "at_most",
        "as much as": "at_most",
        "max.": "at_most",
        "max": "at_most",
        "a max of": "at_most",
        "=<": "at_most",
        "a maximum of": "at_most",
        "maximum of": "at_most",
        "<=": "at_most",
        "< =": "at_most",
        "≤": "at_most",
        "well under": "fewer_than",
        "well below": "fewer_than",
        "far fewer than": "fewer_than",
        "far less than": "fewer_than",
        "much less than": "fewer_than",
        "south of": "fewer_than",
        # Nigerian and Ghanaian English: "the victims were not up to 20" = they did not reach 20.
        "not up to": "fewer_than",
        "<": "fewer_than",
        "exactly": "exact",
        "precisely": "exact",
        "a total of": "exact",
        "equal to": "exact",
        "equals": "exact",
        "equals to": "exact",
        "equalling": "exact",
        "equaling": "exact",
        "=": "exact",
        "about": "about",
        "around": "about",
        "round about": "about",
        "around about": "about",
        "approximately": "about",
        "approx.": "about",
        "approx": "about",
        "roughly": "about",
        "some": "about",
        "an estimated": "about",
        "estimated": "about",
        "an approximate": "about",
        "circa": "about",
        "ca.": "about",
        "c.": "about",
        "in the region of": "about",
        "in the neighbourhood of": "about",
        "in the neighborhood of": "about",
        "in the range of": "about",
        "on the order of": "about",
        "of the order of": "about",
        "somewhere around": "about",
        "something like": "about",
        "more or less": "about",
        "~": "about",
        "≈": "about",
        "nearly": "nearly",
        "almost": "nearly",
        "close to": "nearly",
        "close on": "nearly",
        "nigh on": "nearly",
        "getting on for": "nearly",
        "approaching": "nearly",
        "not quite": "nearly",
        "just under": "nearly",
        "just below": "nearly",
        "just short of": "nearly",
        "just shy of": "nearly",
        "slightly under": "nearly",
        "slightly below": "nearly",
        "slightly fewer than": "nearly",
        "slightly less than": "nearly",
        "a little under": "nearly",
        "a little less than": "nearly",
    }
)
# The pre-qualifiers that may also soften a range ("about 20 to 30").
APPROX_QUALIFIERS: Final = frozenset(k for k, v in PRE_QUALIFIERS.items() if v in {"about", "nearly"})
# Qualifiers read as a year's "circa" before a year-like numeral ("circa 1990").
YEAR_QUALIFIERS: Final = frozenset({"circa", "ca.", "c."})

# Qualifier phrases after a number: "30 or more", "50-plus", "20-odd".
POST_QUALIFIERS: Final = MappingProxyType(
    {
        "or more": "at_least",
        "and more": "at_least",
        "or above": "at_least",
        "and above": "at_least",
        "or over": "at_least",
        "and over": "at_least",
        "or higher": "at_least",
        "and higher": "at_least",
        "or greater": "at_least",
        "and greater": "at_least",
        "or larger": "at_least",
        "or bigger": "at_least",
        "and upwards": "at_least",
        "upwards": "at_least",
        "and upward": "at_least",
        "or upwards": "at_least",
        "and up": "at_least",
        "and counting": "at_least",
        "at least": "at_least",
        "at the least": "at_least",
        "at the very least": "at_least",
        "at a minimum": "at_least",
        "plus": "at_least",
        "+": "at_least",
        "or fewer": "at_most",
        "or less": "at_most",
        "or below": "at_most",
        "and below": "at_most",
        "or under": "at_most",
        "and under": "at_most",
        "and fewer": "at_most",
        "and less": "at_most",
        "or lower": "at_most",
        "and lower": "at_most",
        "or smaller": "at_most",
        "at most": "at_most",
        "at the most": "at_most",
        "at the very most": "at_most",
        "at a maximum": "at_most",
        "or so": "about",
        "or thereabouts": "about",
        "or thereabout": "about",
        "more or less": "about",
        "give or take": "about",
        "odd": "about",
        "ish": "about",
    }
)
# Post-qualifiers also written glued on or after a hyphen: "50-plus", "20-odd", "100+", "30ish".
HYPHENATED_POST_QUALIFIERS: Final = frozenset({"plus", "odd", "ish"})
GLUED_POST_QUALIFIERS: Final = frozenset({"+", "ish"})

# Words that tie two comparatives into one two-sided bound: "more than 20 but fewer than 35".
TWO_SIDED_JOINS: Final = frozenset({"but", "and", "yet"})
# Words that open a range: "between" pairs with "and" (or, in South Asian
# English, "to" and a dash: "between 20 to 30"); "from" with "to".
BETWEEN_KEYWORDS: Final = frozenset({"between", "anywhere between", "somewhere between"})
FROM_KEYWORDS: Final = frozenset({"from", "anywhere from", "ranging from", "somewhere from"})

# Vague quantities as closed intervals ``(low, high)``; ``None`` = unbounded.
# "a few"/"several" times a scale word follow "a few dozen" = [2*12, 5*12]
# and "several hundred" = [300, 999] (several fills up to the next order).
_SCALES_FOR_VAGUE: Final = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "hundred thousand": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "billion": 1_000_000_000,
}
# Orders of magnitude in the plural, in words and in digits ("100s of", informal and in headlines).
_ORDERS: Final = {
    "tens": (10, 99),
    "10s": (10, 99),
    "dozens": (12, 99),
    "scores": (20, 99),
    "hundreds": (100, 999),
    "100s": (100, 999),
    "thousands": (1_000, 9_999),
    "1000s": (1_000, 9_999),
    "1,000s": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "10s of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "100s of thousands": (100_000, 999_999),
    # Indian English: "lakhs of people" run from one lakh up to a crore.
    "lakhs": (100_000, 9_999_999),
    "millions": (1_000_000, 9_999_999),
    "crores": (10_000_000, 999_999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 999_999_999),
    "billions": (1_000_000_000, 9_999_999_999),
}
# Orders that stand alone without "of" ("dozens were killed"); "tens" and "10s" need it.
_ORDERS_ALONE: Final = frozenset(order for order in _ORDERS if order not in {"tens", "10s"})
VAGUE: Final = MappingProxyType(
    {
        **{f"{order} of": interval for order, interval in _ORDERS.items()},
        **{order: _ORDERS[order] for order in sorted(_ORDERS_ALONE)},
        "a few": (2, 5),
        "a handful": (2, 5),
        "a handful of": (2, 5),
        "several": (3, 9),
        "a number of": (3, 9),
        # "More than one", and in use a few to several: press releases' "multiple suspected insurgents".
        "multiple": (2, 9),
        "many": (2, None),
        "numerous": (2, None),
        "countless": (2, None),
        "innumerable": (2, None),
        "a large number of": (2, None),
        "a great number of": (2, None),
        "large numbers of": (2, None),
        **{f"a few {word}": (2 * size, 5 * size) for word, size in _SCALES_FOR_VAGUE.items()},
        **{f"several {word}": (3 * size, 10 * size - 1) for word, size in _SCALES_FOR_VAGUE.items()},
    }
)

# Phrases meaning nobody/nothing. "zero" and its British and South Asian
# synonyms "nil" and "nought" are numbers (exact); the rest deny.
ZERO_PHRASES: Final = MappingProxyType(
    {
        "zero": "exact",
        "nil": "exact",
        "nought": "exact",
        "naught": "exact",
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

# Words before "one" that make it a pronoun ("the one who", "this one", "the last one"); ordinals
# ("the 3rd one", "the second one") are checked apart.
DETERMINERS_BEFORE_ONE: Final = frozenset(
    {"the", "this", "that", "which", "every", "each", "any", "no", "some", "someone", "anyone", "another", "by",
     "last", "other", "same", "next", "latest", "previous", "right", "wrong", "new", "old", "current"}
)  # fmt: skip

# The calendar's names, in order; other modules' month and weekday words derive from them.
MONTH_NAMES: Final = (
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
)
WEEKDAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Matched case-sensitively in title or upper case, so that "12 may have died"
# and "thousands march" stay counts while "12 May" and "Oct. 12" are dates.
MONTHS: Final = (
    *MONTH_NAMES,
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
        "oclock",
        "a.d.",
        "b.c.",
        "bc",
        "bce",
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
        "sec",
        "min",
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
        # "3 fridays from now"
        *(f"{day.lower()}s" for day in WEEKDAY_NAMES),
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
        "yd",
        "yds",
        "mi",
        "m",
        "centimetre",
        "centimetres",
        "centimeter",
        "centimeters",
        "millimetre",
        "millimetres",
        "millimeter",
        "millimeters",
        "millilitre",
        "millilitres",
        "milliliter",
        "milliliters",
        "ml",
        "hectolitre",
        "hectolitres",
        "hectoliter",
        "hectoliters",
        "gal",
        "gals",
        "deg",
        "°",
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
        "percents",
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
        "bucks",
        "cent",
        "penny",
        "pennies",
        "ringgits",
        "tugrik",
        "tugriks",
        "bgn",
        "myr",
        "ils",
        "nis",
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
        "us dollars",
        "u.s. dollars",
        "shilling",
        "shillings",
        "ksh",
        "kshs",
        "cedi",
        "cedis",
        "rand",
        "birr",
        "dirham",
        "dirhams",
        "franc",
        "francs",
        "cfa",
        "fcfa",
        "taka",
        "kyat",
        "lira",
        "liras",
        "lire",
        "peso",
        "pesos",
        "ringgit",
        "baht",
        "rupiah",
        "toman",
        "tomans",
        "kwacha",
        "leones",
        *("ngn", "ghs", "kes", "ugx", "tzs", "etb", "zar", "egp", "lbp", "syp", "iqd", "irr", "jod", "kwd"),
        *("bhd", "omr", "yer", "sdg", "sos", "bdt", "lkr", "npr", "mmk", "uah", "rub", "cny", "jpy", "chf"),
        *("gbp", "aed", "sar", "qar"),
        # more clock times, durations and measures
        "hr",
        "yr",
        "yrs",
        "wks",
        "weekend",
        "weekends",
        "noon",
        "midnight",
        "local time",
        *("pkt", "gst", "cet", "cest", "bst", "est", "edt", "msk", "wat", "cat"),
        "celsius",
        "fahrenheit",
        "metric",
        "nautical",
        "kw",
        "kwh",
        "gw",
        "mb",
        "gb",
        "kb",
        "tb",
        "megabytes",
        "gigabytes",
        "mbps",
        "calibre",
        "caliber",
        "cal",
        "pct",
        "basis points",
        "bps",
        # age
        "years old",
        "year old",
        "years of age",
    }
)

# Words that may stand between a number and the unit that makes it no count:
# "three more hours", "five consecutive days", "two upcoming weeks".
BEFORE_UNIT: Final = frozenset(
    {"more", "additional", "extra", "further", "consecutive", "straight", "successive", "full", "whole", "long",
     "upcoming", "coming", "next", "past", "last", "previous", "less", "fewer"}
)  # fmt: skip

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
        "age of",
        "ages of",
        "per",
        # "percent of 10": a share
        *("percent of", "per cent of", "percents of"),
        # below zero: "minus 5"
        *("minus", "negative"),
        # more currencies written before the sum ("KSh 500", "AED 20", "Tk 500")
        *("sh", "ksh", "kshs", "tsh", "ush", "ugx", "kes", "tzs", "ngn", "ghs", "zar", "etb", "aed", "sar"),
        *("qar", "kwd", "bhd", "omr", "egp", "lbp", "syp", "iqd", "irr", "jod", "yer", "sdg", "sos", "bdt"),
        *("tk", "tk.", "lkr", "npr", "mmk", "uah", "rub", "cny", "rmb", "jpy", "chf", "cad", "aud", "cfa"),
        *("fcfa", "dh", "dhs", "qr", "rp", "re", "re.", "rm", "myr", "ringgit", "ringgits", "ils", "nis", "bgn"),
        # telephone numbers
        *("tel", "tel.", "phone", "telephone", "hotline", "helpline", "fax", "mobile", "whatsapp", "dial"),
        *("ext.", "extension"),
        # software, models and series
        *("v.", "ver.", "update", "patch", "firmware", "ios", "android", "windows"),
        *("macos", "iphone", "boeing", "airbus", "apollo", "world war", "episode", "season", "volume", "vol."),
        # ranks, grades and places in a list or an address
        *("type", "class", "grade", "level", "category", "stage", "round", "tier", "zone", "ward", "precinct"),
        *("plot", "street", "road", "avenue", "lane", "terminal", "platform", "building", "floor", "flat"),
        *("box", "suite", "apartment", "apt.", "zip", "postcode", "pin code", "nh", "unscr", "magnitude"),
        *("km", "kilometre", "kilometer", "mile", "marker"),
        *("figure", "fig.", "table", "appendix", "annex", "annexure", "exhibit", "item", "clause", "rule"),
        *("regulation", "verse", "part"),
    }
)

# Currency signs before a sum, besides "$€£¥₹" (naira, cedi, peso, won, lira,
# rouble, hryvnia, taka, rial, shekel, tenge, kip).
CURRENCY_SIGNS: Final = "$€£¥₹₦₵₱₩₺₽₴৳﷼₪₸₭"

# Ordinals of the scale words, and their plurals as denominators: "two hundredth", "three thousandths".
SCALE_ORDINALS: Final = frozenset(
    f"{word}th{plural}" for word in ("hundred", "thousand", "million", "billion", "trillion") for plural in ("", "s")
)
# Ordinal words: "one hundred and first" is an ordinal, not "one hundred".
ORDINAL_WORDS: Final = frozenset(
    {
        *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
        *("eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth"),
        *("seventieth", "eightieth", "ninetieth", *SCALE_ORDINALS),
    }
)

# Words around a dash between two small numbers that make it a score or a
# vote ("won 3-1", "a 2-0 victory", "voted 13-2"), not a range of people.
SCORE_BEFORE: Final = frozenset(
    {
        *("won", "win", "wins", "winning", "beat", "beats", "beating", "defeated", "defeating", "lost"),
        *("losing", "drew", "drawn", "tied", "led", "leading", "trailed", "trailing", "thrashed", "edged"),
        *("routed", "ended", "finished", "score", "scored", "scoreline", "voted", "vote", "votes", "passed"),
    }
)
SCORE_AFTER: Final = frozenset(
    {
        *("win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "aggregate", "penalties"),
        *("vote", "votes", "majority", "verdict", "decision", "ruling", "margin", "split", "home", "away"),
    }
)
# What may follow a score: the end of the clause or a preposition ("won 3-1 on penalties").
AFTER_SCORE: Final = frozenset({"to", "on", "in", "at", "against", "after", "with", "over", "and", "but", "for"})

# Words after a bare "<digits>m" that make the "m" metres, not millions:
# "a 10m wall", "100m from the checkpoint", "the 400m hurdles".
METRES_AFTER: Final = frozenset(
    {
        *("high", "long", "wide", "deep", "tall", "away", "from", "radius", "sprint", "race", "hurdles"),
        *("freestyle", "relay", "altitude", "above", "below", "under", "beneath", "inside", "into", "off"),
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
