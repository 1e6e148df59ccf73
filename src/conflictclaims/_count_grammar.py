"""The number-phrase grammar: one pattern for the strict parser and the scanner, compiled on first use."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from conflictclaims import _lexicon
from conflictclaims._patterns import PLAIN_WORD_CHARACTER, suffix_alternation
from conflictclaims._patterns import alternation as _alternation

__all__ = [
    "BAD_GROUP_RE",
    "DENIED_ANY_RE",
    "FLAGS",
    "NUM_SPACE",
    "PRE_Q_RE",
    "SMALL_W",
    "VULGAR",
    "Groups",
    "anchor_re",
    "backwards_lead_re",
    "find_groups",
    "find_re",
    "plain_anchor_re",
    "plain_find_re",
    "prefix_re",
]


# ---------------------------------------------------------------------------
# The number-phrase grammar.
#
# One pattern, built from the word lists in ``_lexicon``, serves both the
# strict parser (anchored) and the scanner (unanchored). Every number is an
# atomic group and every quantifier between tokens possessive, so a failed
# attempt never re-splits a number: the work per start position is bounded
# by the phrase length, and a scan stays linear in the input.
#
#   count      := zero | vague | amount
#   amount     := [qualifier] [range-word] N [ connector N                    (a range: "between 20 and 30")
#                                            | [post-qualifier] join qualifier N  (two-sided: "more than 20
#                                                                                  but fewer than 35")
#                                            | post-qualifier ]               ("30 or more", "50-plus")
#   range-word := ["anywhere" | "somewhere"] "between" | ["anywhere" | "ranging"] "from"
#   connector  := after "between": "and" | "to" | dash; after "from": "to" | "through" | "until" | dash;
#                 else a dash, a tilde, "to", "through", "thru" or "or"
#   join       := "but", "and" or "yet", after an optional comma; or a comma alone
#   N          := number ["(" number ")"]              (restated: "twelve (12)", "5 (five)", "three (03)")
#   number     := digits [tail] | word-head [tail] | exact-phrase | bare-scale
#   digits     := int ["." digits] | d{1,3} "," d{1,2}   (decimal comma, only before a scale word)
#   word-head  := fraction | "a couple" ["of"] | small-words "point" digit-words
#               | small-words ["and a half"] | "a" (before a multiplier)
#   tail       := scale-word scale-rest | abbreviation | suffix | "hundred" [["and"] small] [scale-word scale-rest]
#               | [and-a-half | "½"] (scale-word scale-rest | "dozen" [and-a-half])
#   and-a-half := "and" ["a" | "an" | "one"] ("half" | "quarter")   (not before "of")
#   scale-rest := [scale-word] ([","] ["and"] below-1000 scale-word)* [and-a-half | ["and"] below-1000]
#   below-1000 := (small | "a couple" | "a") hundred [["and"] small] | small
#   hundred    := "hundred", after a space or a hyphen ("two-hundred")
#   small      := small-words ("twenty-seven") | one to three digits
#   fraction   := "half" ["of"] "a" | "a half" | "a quarter" ["of a"] | ("one quarter" | "three quarters") "of a"
#               | ("half" | "quarter") (before a scale word: "half million")
#   int        := digits grouped by commas ("12,500"), Indian commas ("1,50,000"), spaces, no-break or
#                 thin spaces ("12 500"), two or more periods ("1.234.567") or apostrophes ("1'000"); or plain
# ---------------------------------------------------------------------------


# Separators. A hyphen inside number words ("twenty-one") may be any of the
# Unicode hyphens or an en dash; digits group with one plain, no-break, thin
# or narrow no-break space; a range takes any dash but the em dash (which sets
# off a clause) or a tilde.
_HY = "[-\u2010\u2011\u2013]"
_GAP = rf"(?:\s++|{_HY})"
NUM_SPACE = "[ \u00a0\u2009\u202f]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2212~\u223c\u301c]"

_UNIT_W = _alternation(_lexicon.UNITS)
_TEEN_W = _alternation(_lexicon.TEENS)
_TENS_W = _alternation(_lexicon.TENS)
SMALL_W = rf"(?>{_TENS_W}(?:(?:{_HY}|\s++){_UNIT_W})?+|{_TEEN_W}|{_UNIT_W})"
# One to three digits that are a whole number, not the start of a grouped one ("4 thousand 3 hundred").
_FEW_DIGITS = rf"\d{{1,3}}(?!\d|[,.'’]\d|{NUM_SPACE}\d)"
_SMALL = rf"(?>{SMALL_W}|{_FEW_DIGITS})"
_A_COUPLE = r"a\s++couple(?:\s++of)?+(?!\w)"
# "two hundred", and "two-hundred" as some write it.
_HUNDRED = rf"(?:\s++|{_HY}){_lexicon.HUNDRED}(?!\w)"
# "one hundred and twenty", but not "and two" in "between one hundred and two hundred".
_AFTER_HUNDRED = rf"(?:(?:\s++and)?+\s++{_SMALL}(?!{_HUNDRED}))?+"
_HUNDREDS = rf"(?:{_SMALL}|{_A_COUPLE}|a){_HUNDRED}{_AFTER_HUNDRED}"
_BELOW_1000 = rf"(?>{_HUNDREDS}|{_SMALL})"
_SCALE_W = _alternation([*_lexicon.SCALE_WORDS, *_lexicon.SCALE_PLURALS])
_SCALE_ABBR = _alternation(_lexicon.SCALE_ABBREVIATIONS)
_SUFFIX = _alternation(_lexicon.SCALE_SUFFIXES)
_DOZENS = rf"{_GAP}dozens?+(?!\w)"
# "two and a half", "2 million and a quarter", "two million and one half", "five and half";
# not "30 and half of them": a share of the count, which follows.
_AND_A_HALF = rf"{_GAP}and{_GAP}(?:(?:an?|one){_GAP})?+(?:half|quarter)(?!\w)(?!\s++of(?!\w))"
VULGAR = "[" + "".join(_lexicon.VULGAR_FRACTIONS) + "]"
_HALVES = rf"(?:{_AND_A_HALF}|{VULGAR})"
# What may follow a scale word: a larger one stacked ("1 lakh crore"), smaller
# groups ("5 lakh 20 thousand") and the units ("two thousand and one"). Inside
# "between … and …" an "and" never continues the number, and a group never
# ends on a number a scale word follows ("two thousand and three thousand").
_GROUP = rf"{_BELOW_1000}\s++{_SCALE_W}"
# A comma goes before a group of hundreds in words: "one thousand, two hundred and thirty-four".
_COMMA_BEFORE_HUNDREDS = rf",(?=\s++[^\W\d_]++(?:[-\s][^\W\d_]++)?{_HUNDRED})"
_SCALE_REST = (
    rf"(?:\s++{_SCALE_W})?+"
    rf"(?:(?:,?+\s++|(?(between)(?!)|\s++and\s++)){_GROUP})*+"
    rf"(?:{_AND_A_HALF}|(?:{_COMMA_BEFORE_HUNDREDS}|(?(between)(?!)|\s++and))?+"
    rf"\s++{_BELOW_1000}(?!\s++(?:{_SCALE_W}|{_lexicon.HUNDRED}|dozens?+)(?!\w)))?+"
)
_DOZEN_REST = rf"{_DOZENS}(?:{_AND_A_HALF})?+"
_HUNDREDS_TAIL = rf"{_HUNDRED}{_AFTER_HUNDRED}"
# What may follow the head of a number, written once for digits and words:
# "hundred" ("3 hundred and 21"), a half ("2½", "two and a half"), a scale
# word and what may follow it ("4 thousand 3 hundred"), or dozens.
_MULTIPLIED = (
    rf"(?:{_HUNDREDS_TAIL}|{_HALVES})?+(?:(?:\s*+|{_HY}){_SCALE_W}{_SCALE_REST}|{_DOZEN_REST})"
    rf"|{_HUNDREDS_TAIL}|{_HALVES}"
)
# A malformed grouping such as "1,00" must not be read as "1".
_INT = (
    # Plain digits first, the commonest form, unless a group separator follows.
    rf"(?>\d++(?![,'’]\d|{NUM_SPACE}\d{{3}}(?!\d)|\.\d{{3}}\.\d)"
    r"|[1-9]\d{0,2}(?:,\d{3})++(?!\d)"
    r"|[1-9]\d?+(?:,\d\d(?=,))++,\d{3}(?!\d)"
    rf"|[1-9]\d{{0,2}}(?:{NUM_SPACE}\d{{3}})++(?!\d)"
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}+(?!\d)"
    r"|[1-9]\d{0,2}(?:['’]\d{3})++(?!\d))(?![,'’]\d)"
)
# Digits are read once, then what follows says which form they take. A
# decimal comma needs a scale word after it ("1,5 million"); whether a period
# is a decimal point ("1.5 million") or groups thousands ("12.500") is
# decided by the evaluator. Abbreviations, suffixes and exponents follow
# digits only ("2.3m", "10 bln", "1e6").
_DIGITS_HEAD = rf"(?:{_INT}(?:\.\d++)?+|\d{{1,3}},\d{{1,2}}(?!\d)(?=\s*+(?:{_SCALE_W}|{_SCALE_ABBR})|{_SUFFIX}))"
_AFTER_DIGITS = rf"(?<=\d)(?:\s*+{_SCALE_ABBR}|{_SUFFIX}|e\+?+\d{{1,2}}(?!\w))"
_FRACTION = (
    rf"(?:half(?:{_GAP}of)?+{_GAP}a|a{_GAP}half|a{_GAP}quarter(?:{_GAP}of{_GAP}a)?+"
    rf"|(?:one{_GAP}quarter|three{_GAP}quarters|quarter){_GAP}of{_GAP}a"
    # "half million", "quarter billion": only before a scale word, so "half" alone stays no number.
    rf"|(?:half|quarter)(?=\s++{_SCALE_W}))(?!\w)"
)
_DECIMAL_W = rf"{SMALL_W}\s++point(?:\s++{_alternation(_lexicon.DECIMAL_DIGITS)})++"
# "a" is a number only before a multiplier: "a hundred", "a dozen", "a million".
_A = rf"a(?=\s++(?:{_lexicon.HUNDRED}|dozen|{_SCALE_W})(?!\w))"
_WORD_HEAD = rf"(?:{_FRACTION}|{_A_COUPLE}|{_DECIMAL_W}|{SMALL_W}|{_A})"
_NUMBER_FORM = rf"(?>(?:{_DIGITS_HEAD}|{_WORD_HEAD})(?:{_MULTIPLIED}|{_AFTER_DIGITS})?+)"
_EXACT_P = _alternation(_lexicon.EXACT_PHRASES)
# "hundred and twenty", "thousand and one", "hundred", "single": the scanner takes them only after a qualifier.
_BARE_NUMBER = (
    rf"(?>(?:{_lexicon.HUNDRED}(?!\w){_AFTER_HUNDRED}\s++)?+{_SCALE_W}{_SCALE_REST}"
    rf"|{_lexicon.HUNDRED}(?!\w){_AFTER_HUNDRED}|{_alternation(_lexicon.STRICT_ONLY_NUMBERS)})"
)
# Digits first: they are the commonest form, and fail fast on a letter.
_NUMBER_CORE = rf"(?>{_NUMBER_FORM}|{_EXACT_P}|{_BARE_NUMBER})"
_RESTATED = rf"\s*+\(\s*+{_NUMBER_FORM}\s*+\)"
_NUMBER = rf"{_NUMBER_CORE}(?:{_RESTATED})?+"

# A qualifier ending in a letter ends at a word boundary; ">", "≤", "~" and "approx." may touch the number.
_PRE_Q = rf"(?:{_alternation(_lexicon.PRE_QUALIFIERS, word_end=False)})(?:(?<![^\W\d_])|(?!\w))"
_APPROX_Q = _alternation(_lexicon.APPROX_QUALIFIERS)
_POST_Q = (
    rf"(?:\s++{_alternation(k for k in _lexicon.POST_QUALIFIERS if k not in _lexicon.GLUED_POST_QUALIFIERS - {'ish'})}"
    rf"|{_HY}{_alternation(_lexicon.HYPHENATED_POST_QUALIFIERS)}"
    r"|\+|ish(?!\w))"
    # "12 and more than 40 wounded", "20 and over 30", "20 and up to 30": the words open the next phrase.
    rf"(?!\s*+(?:(?:than|to|an?|{SMALL_W})(?!\w)|\d))"
)
_ZERO = _alternation(_lexicon.ZERO_PHRASES)
_VAGUE = _alternation(_lexicon.VAGUE)

# One rule for single numbers, ranges and two-sided bounds, so the first
# number is read once: "between" pairs with "and", "from" with "to" (and
# then need a second number); bare ends take a dash, "to" or "or" ("20–30",
# "two or three"); a qualified number may take a second qualifier.
_RANGE_DASH = rf"\s*+{_DASH}\s*+"
_CONNECTOR = (
    rf"(?(between)(?:\s++(?:and|to)\s++|{_RANGE_DASH})"
    rf"|(?(from)(?:\s++(?:to|through|thru|till|until|up\s++to)\s++|{_RANGE_DASH})"
    rf"|(?:{_RANGE_DASH}|\s++(?:to|through|thru|or)\s++)))"
)
# "more than 20 but fewer than 35", "at least 100, at most 300".
_JOIN = rf"(?:,?+\s++{_alternation(_lexicon.TWO_SIDED_JOINS)}\s++|,\s++)"
_AMOUNT = (
    rf"(?:(?P<q>{_PRE_Q})\s*+)?+"
    rf"(?:(?:(?P<between>{_alternation(_lexicon.BETWEEN_KEYWORDS)})|(?P<from>{_alternation(_lexicon.FROM_KEYWORDS)}))"
    r"\s++)?+"
    rf"(?P<n>{_NUMBER})"
    rf"(?:(?:{_CONNECTOR}|(?(q)|(?P<opening>{_POST_Q})){_JOIN}(?P<q2>{_PRE_Q})\s*+)(?P<hi>{_NUMBER})"
    rf"|(?P<post>{_POST_Q}))?+"
    r"(?(between)(?(hi)|(?!))|(?(from)(?(hi)|(?!))|))"
)
# Not inside a word, a number, a designation ("F-16"), a fraction, a time,
# an exponent ("10^6") or a sum ("$5"); not followed by a unit or a currency
# sign glued on ("24-hour", "50%", "40°", "20€", "10¢").
_START = rf"(?<![\w.,\-\u2010-\u2013\u2212/:#@+^{regex.escape(_lexicon.CURRENCY_SIGNS)}])"
# "[^\W\d_]" is a letter in both engines (``re`` has no "\p{L}").
_END = rf"(?![\w%+°¢{regex.escape(_lexicon.CURRENCY_SIGNS)}]|{VULGAR}|[-–/:.,]\d|[-–][^\W\d_])"
# "any" is a count only under a denial: "denied that any … were captured".
DENIED_ANY_RE = regex.compile(r"(?r)(?<!\w)(?:den(?:y|ies|ied|ying)|rejected\s++claims)\s++that\s++\Z")

_BODY = rf"(?:(?P<zero>{_ZERO})|(?P<vague>{_VAGUE})|{_AMOUNT})"
# Patterns run on lower-cased text (see lower_keeping_offsets), so no IGNORECASE: it makes
# the engine several times slower.
FLAGS = regex.VERSION0
_STRICT_BODY = rf"(?:(?P<denial>{_alternation(_lexicon.STRICT_ONLY_ZERO)})|{_BODY})"


def _anchor_pattern() -> str:
    """Return the pattern for the word or digit every count phrase hinges on.

    Scanning free text runs this small pattern over everything and the full
    grammar only where it hits; qualifiers in front are found by a short
    backwards match from the hit.
    """
    return rf"\b(?:\d|{_alternation(_anchor_phrases())}|any(?!\w))"


def _plain_anchor_pattern() -> str:
    r"""The anchor pattern for plain text lower-cased, with ``\w`` spelled as ranges.

    Every anchor starts with a word character, so the word boundary before it
    is "no word character before".
    """
    word = PLAIN_WORD_CHARACTER
    phrases = _anchor_phrases()
    assert all(phrase[0].isalnum() for phrase in phrases)  # noqa: S101 - else the boundary would differ
    words = _alternation(phrases).replace(r"(?!\w)", f"(?!{word})")
    return rf"(?<!{word})(?:[0-9]|{words}|any(?!{word}))"


def _anchor_phrases() -> set[str]:
    """The number words and the phrases of the anchor pattern."""
    words = set(_lexicon.SMALL_NUMBERS) | set(_lexicon.STRICT_ONLY_NUMBERS) - {"single"}
    phrases = {"half a", "half-a", "half of a", "a half", "a quarter", "quarter of a"}
    phrases.update(f"{fraction} {scale}" for fraction in ("half", "quarter") for scale in ("million", "billion"))
    for phrase in (*_lexicon.VAGUE, *_lexicon.ZERO_PHRASES, *_lexicon.EXACT_PHRASES):
        first, *rest = phrase.split(" ")
        if first[0].isdecimal():
            continue  # "10s of": the digit anchors it
        if first == "a" and rest:
            phrases.add(f"a {rest[0]}")
        elif rest:
            phrases.add(phrase)
        else:
            words.add(phrase)
    phrases.update(f"a {w}" for w in (*_lexicon.SCALE_WORDS, _lexicon.HUNDRED, "dozen"))
    return words | phrases


# The grammar takes ~0.1 s per compiled form; compile each on first use so
# that importing the package stays cheap.
@functools.cache
def anchor_re() -> regex.Pattern[str]:
    return regex.compile(_anchor_pattern(), FLAGS)


@functools.cache
def plain_anchor_re() -> re.Pattern[str]:
    """The anchor pattern on the faster ``re`` engine, for plain text (see ``_patterns.is_plain``)."""
    return re.compile(_plain_anchor_pattern())


@functools.cache
def backwards_lead_re() -> regex.Pattern[str]:
    """Match, backwards from an anchor, the qualifier or range keyword before it."""
    # Run backwards, so the alternations branch on their last characters: "no fewer than" must win over "fewer than".
    keyword = suffix_alternation({*_lexicon.BETWEEN_KEYWORDS, *_lexicon.FROM_KEYWORDS})
    qualifier = suffix_alternation(_lexicon.PRE_QUALIFIERS)
    return regex.compile(rf"(?r)(?<!\w)(?:(?:{qualifier}\s*+)?+{keyword}\s++|{qualifier}\s*+)", FLAGS)


def _find_pattern() -> str:
    return rf"{_START}{_BODY}{_END}"


@functools.cache
def find_re() -> regex.Pattern[str]:
    return regex.compile(_find_pattern(), FLAGS)


# The grammar needs no feature beyond the standard library's engine (atomic
# groups and possessive quantifiers since Python 3.11), which runs it several
# times faster than ``regex`` on short phrases. The strict parser matches this
# same compiled form against the whole phrase, so the grammar compiles once.
@functools.cache
def plain_find_re() -> re.Pattern[str]:
    """The scanner's grammar on the faster ``re`` engine: for plain text (see ``_patterns.is_plain``) and phrases."""
    return re.compile(_find_pattern())


@functools.cache
def find_groups() -> Groups:
    # Both compiled forms come from one pattern string, so their groups have the same numbers.
    return _groups_of(plain_find_re())


@functools.cache
def prefix_re() -> re.Pattern[str]:
    """Match the longest phrase-like prefix, ignoring what follows: for error positions."""
    return re.compile(rf"\s*+(?P<c>{_STRICT_BODY})")


PRE_Q_RE = regex.compile(rf"\s*+(?:{_PRE_Q}|{_APPROX_Q})\s*+", FLAGS)
BAD_GROUP_RE = regex.compile(r"\d,(?!\d{3}(?!\d))")


class Groups(NamedTuple):
    """The numbers of the grammar's groups in one compiled pattern.

    Reading groups by number from ``match.groups()`` and ``match.regs`` costs
    a fraction of reading them by name, which matters at a few microseconds
    a phrase.
    """

    body: int
    zero: int
    vague: int
    n: int
    pre: int
    hi: int
    post: int
    pre2: int
    between: int
    from_: int
    opening: int  # a post-qualifier that opens a two-sided bound: "20 or more but fewer than 35"


def _groups_of(pattern: re.Pattern[str] | regex.Pattern[str], body: str | None = None) -> Groups:
    """Return the group numbers of ``pattern``."""
    index = pattern.groupindex
    names = ("zero", "vague", "n", "q", "hi", "post", "q2", "between", "from", "opening")
    return Groups(index[body] if body else 0, *(index[name] for name in names))
