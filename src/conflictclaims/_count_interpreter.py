"""The interpreter of the grammar: a match of a number phrase turned into the interval it means.

Numbers in digits and words ("2,575", "1.5 million", "three hundred
forty-two", "half a million"), qualifiers, ranges and two-sided bounds, read
after the grammar (:mod:`conflictclaims._count_grammar`) has matched them.
A phrase that fits the grammar but means no count ("nearly one", a range
that runs backwards) raises :class:`InvalidCountError` with the position to
point at.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from conflictclaims import _lexicon
from conflictclaims._count_grammar import VULGAR, Groups
from conflictclaims._count_model import EXACT_FLAG, MAX_COUNT, Count, Qualifier, trusted_count

if TYPE_CHECKING:
    from collections.abc import Mapping

    import regex

    from conflictclaims._count_grammar import Groups

_T = TypeVar("_T")

__all__ = ["SMALL_NUMBERS", "InvalidCountError", "interpret"]


_MAX_NUMERAL_CHARS = 32
_PRE_QUALIFIER = {k: Qualifier(v) for k, v in _lexicon.PRE_QUALIFIERS.items()}
_POST_QUALIFIER = {k: Qualifier(v) for k, v in _lexicon.POST_QUALIFIERS.items()}
_LOWER_BOUNDS = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_UPPER_BOUNDS = frozenset({Qualifier.AT_MOST, Qualifier.FEWER_THAN})
_SCALES: dict[str, int] = {
    **_lexicon.SCALE_WORDS,
    **_lexicon.SCALE_PLURALS,
    **_lexicon.SCALE_SUFFIXES,
    "dozen": _lexicon.DOZEN,
    "dozens": _lexicon.DOZEN,
}
SMALL_NUMBERS = dict(_lexicon.SMALL_NUMBERS)
_FRACTIONS = {
    word: Fraction(*ratio) for word, ratio in (*_lexicon.FRACTION_WORDS.items(), *_lexicon.VULGAR_FRACTIONS.items())
}
# A plain numeral: digits with their separators, then scale words or a suffix.
_NUMERAL_PARTS_RE = re.compile(r"(\d(?:[\d,.'’ ]*\d)?)\s*+([^\d\s]*+(?:\s[^\d\s]++)?+)")
_SCIENTIFIC_RE = re.compile(r"([\d,.]++)e\+?+(\d{1,2})")
_COMPOUND_TOKEN_RE = re.compile(rf"\d(?:[\d,.'’ ]*\d)?|{VULGAR}|[^\W\d_{VULGAR[1:-1]}]++")


class InvalidCountError(Exception):
    """A phrase that fits the grammar but has no meaning as a count."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class _Number(NamedTuple):
    """A parsed number: its value, its trailing multiplier and whether it is approximate."""

    value: int | Fraction  # a Fraction for decimals and halves: "1.5" in "1.5 to 2 million"
    multiplier: int
    approximate: bool


# Numbers a phrase table gives whole: "a pair of", and in a strict parse "hundred", "single", "dozen".
_LISTED_NUMBERS = {
    **{phrase: _Number(value, 1, approximate) for phrase, (value, approximate) in _lexicon.EXACT_PHRASES.items()},
    **{word: _Number(value, value, word == "dozen") for word, value in _lexicon.STRICT_ONLY_NUMBERS.items()},
}


def _normalize(phrase: str) -> str:
    """Fold the whitespace of an already lower-cased ``phrase``, so lexicon keys match."""
    return " ".join(phrase.split())


def _lookup(table: Mapping[str, _T], phrase: str) -> _T:
    """Look a lower-cased phrase up, folding whitespace only when needed."""
    found = table.get(phrase)
    return table[_normalize(phrase)] if found is None else found


def _digits_value(digits: str, multiplier: int = 1, *, scaled: bool = False) -> int | Fraction:
    """Return the value of digits with their group separators and decimal mark, times ``multiplier``.

    A comma or apostrophe groups thousands, and so do spaces and two or more
    periods. One period is a decimal point before a scale word ("1.5
    million") and groups thousands otherwise when three digits follow it
    ("12.500"); a comma before one or two digits and a scale word is a
    decimal comma ("1,5 million"); ``scaled`` says a scale word follows,
    which a multiplier implies. A Fraction only when the value is not whole:
    integer arithmetic is several times faster.
    """
    scaled = scaled or multiplier > 1
    plain = digits.replace(" ", "").replace("'", "").replace("’", "")
    whole, decimals = plain, ""
    if "." in plain:
        if "," in plain:  # "12,500.50"
            whole, _, decimals = plain.partition(".")
        elif plain.count(".") > 1:
            whole = plain.replace(".", "")
        else:
            before, _, after = plain.partition(".")
            if scaled or len(after) != 3 or plain[0] == "0":  # noqa: PLR2004 - one group of three digits
                whole, decimals = before, after
            else:
                whole = before + after
    elif scaled and plain.count(",") == 1 and len(plain) - plain.index(",") <= 3:  # noqa: PLR2004 - "1,5", "1,25"
        whole, _, decimals = plain.partition(",")
    if not decimals:
        return int(whole.replace(",", "")) * multiplier
    unit = 10 ** len(decimals)
    value = (int(whole.replace(",", "")) * unit + int(decimals)) * multiplier
    return value // unit if value % unit == 0 else Fraction(value, unit)


def _numeral(key: str, position: int) -> _Number | None:
    """Return the value of digits followed by scale words, a suffix or an exponent ("1.5 million", "2.3m", "1e6")."""
    scientific = _SCIENTIFIC_RE.fullmatch(key)
    if scientific is not None:  # "1e6", "2.5e+3"
        multiplier = 10 ** int(scientific.group(2))
        return _Number(_digits_value(scientific.group(1), multiplier), multiplier, EXACT_FLAG)
    parts = _NUMERAL_PARTS_RE.fullmatch(key)
    if parts is None:
        return None
    digits, scale_words = parts.groups()
    multiplier = 1
    previous = 0
    for word in scale_words.split():
        scale = _SCALES.get(word)
        if scale is None:
            return None  # "3 hundred", "2 dozen and a half": a compound
        if previous and scale <= previous:
            msg = f"scale words out of order in {key!r}"
            raise InvalidCountError(msg, position)
        multiplier *= scale
        previous = scale
    return _Number(_digits_value(digits, multiplier), multiplier, scale_words.startswith("dozen"))


def _tokens(key: str) -> list[str]:
    """Split a number phrase into words, digit groups and fraction signs."""
    if key.isascii() and not any(char.isdecimal() for char in key):
        return key.replace("-", " ").replace(",", " ").split()  # words only, the common case
    return _COMPOUND_TOKEN_RE.findall(key)


def _compound(key: str, position: int) -> _Number:
    """Return the value of number words, mixed with digits, fractions and scale words.

    "three hundred forty-two", "4 thousand 3 hundred", "5 lakh 20 thousand",
    "two and a half million", "half a million", "3 million and a half",
    "one point five million", "a couple hundred", "three dozen".
    """
    words = _tokens(key)
    reading = _Words(key, position)
    for index, word in enumerate(words):
        reading.take(word, words[index + 1] if index + 1 < len(words) else "")
    return _Number(reading.total + (reading.current or 0), reading.trailing, reading.approximate)


class _Words:
    """Number words being read left to right: what the scale words have added up so far, and the group after them."""

    __slots__ = (
        "adding",
        "after_scale",
        "approximate",
        "current",
        "decimal_place",
        "key",
        "last_group",
        "last_scale",
        "position",
        "total",
        "trailing",
    )

    def __init__(self, key: str, position: int) -> None:
        self.key = key
        self.position = position
        self.total: int | Fraction = 0
        self.current: int | Fraction | None = None
        self.last_scale = 0  # the last scale applied, for the order check and "... and a half"
        self.last_group: int | Fraction = 0  # what the last scale added, for stacked scales ("lakh crore")
        self.trailing = 1  # the scale the number ends on: "two" and "three dozen" in "two or three dozen"
        self.after_scale = self.adding = self.approximate = False
        self.decimal_place = 0  # > 0 after "point": the place of the next digit word

    def take(self, word: str, following: str) -> None:
        """Read one word; ``following`` is the next word, or "" at the end."""
        if self.decimal_place:
            if word in _lexicon.DECIMAL_DIGITS:
                self.current = (self.current or 0) + Fraction(_lexicon.DECIMAL_DIGITS[word], 10**self.decimal_place)
                self.decimal_place += 1
                return
            self.decimal_place = 0
        if word == "one" and self.adding and following in _FRACTIONS:
            return  # "two million and one half": "one" is an article here, like "a"
        value = SMALL_NUMBERS.get(word)
        if value is not None:
            self.current = value if self.current is None else self.current + value
            self.trailing = 1
            self.adding = self.after_scale = False
            return
        if word == _lexicon.HUNDRED:
            self.current = 100 if self.current is None else self.current * 100
            self.trailing = 100
            self.adding = self.after_scale = False
            return
        scale = _SCALES.get(word)
        if scale is not None:
            self._scale(word, scale)
            return
        self.after_scale = False
        self._other(word, following)

    def _scale(self, word: str, scale: int) -> None:
        """Read a scale word: it multiplies the group before it, or a scale just read ("1 lakh crore")."""
        self.approximate = self.approximate or word.startswith("dozen")
        if self.after_scale:  # "1 lakh crore", "a thousand million": the larger scale multiplies
            if scale <= self.last_scale:
                raise self._out_of_order()
            self.total += self.last_group * (scale - 1)
            self.last_group *= scale
            self.last_scale *= scale
        else:
            if self.last_scale and scale >= self.last_scale:
                raise self._out_of_order()
            self.last_group = (1 if self.current is None else self.current) * scale
            self.total += self.last_group
            self.last_scale = scale
        self.current = None
        self.trailing = scale
        self.after_scale = True
        self.adding = False

    def _out_of_order(self) -> InvalidCountError:
        msg = f"scale words out of order in {self.key!r}"
        return InvalidCountError(msg, self.position)

    def _other(self, word: str, following: str) -> None:
        """Read a word that is no number of its own: "and", "a", "couple", "point", a fraction or digits."""
        fraction = _FRACTIONS.get(word)
        if word == "and":
            self.adding = True
        elif word == "a":
            if self.current is None and following not in _FRACTIONS:  # not "a half", not "quarter of a million"
                self.current = 1
        elif word == "couple":
            self.current = 2
        elif word == "point":
            self.decimal_place = 1
        elif fraction is not None:
            self._fraction(word, fraction)
        elif word[0].isdecimal():
            number = _digits_value(word, scaled=following in _SCALES)
            self.current = number if self.current is None else self.current + number
            self.trailing = 1
            self.adding = False
        elif word != "of":
            # The grammar lets no other word through, but the scanner's engine may see letters
            # differently on unusual text: never read an unknown word as nothing.
            msg = f"{word!r} is not part of a number"
            raise InvalidCountError(msg, self.position)

    def _fraction(self, word: str, fraction: Fraction) -> None:
        if self.adding or word in _lexicon.VULGAR_FRACTIONS:  # "two and a half", "2½", "a million and a half"
            if self.current is not None:
                self.current += fraction
            elif self.last_scale:
                self.total += fraction * self.last_scale
            else:
                self.current = fraction
        else:  # "half a million", "a quarter million", "three quarters of a million"
            self.current = fraction if self.current is None else self.current * fraction
        self.adding = False


def _restated(phrase: str, position: int) -> _Number:
    """Return the number of "twelve (12)": one number, said twice, which must agree."""
    said, _, restated = phrase[:-1].rpartition("(")
    number = _number(said.rstrip(), position)
    again = _number(restated.strip(), position + len(said) + 1)
    if again.value != number.value:
        msg = f"{said.strip()!r} is restated as a different number, {restated.strip()!r}"
        raise InvalidCountError(msg, position)
    return number


def _number(phrase: str, position: int) -> _Number:
    """Return the value of one number ``phrase`` matched by the ``N`` rule."""
    if phrase[0].isdecimal() and len(phrase) > _MAX_NUMERAL_CHARS and phrase[-1] != ")":
        # No count needs this many digits, and int() on them is quadratic.
        msg = f"numeral too long to be a count ({len(phrase)} characters)"
        raise InvalidCountError(msg, position)
    if phrase.isdecimal():
        return _Number(int(phrase), 1, EXACT_FLAG)
    if "," in phrase and phrase.replace(",", "").isdecimal():  # "2,575", "1,50,000": the grammar checked the groups
        return _Number(int(phrase.replace(",", "")), 1, EXACT_FLAG)
    small = SMALL_NUMBERS.get(phrase)
    if small is not None:  # one word, the commonest form after digits
        return _Number(small, 1, EXACT_FLAG)
    if phrase[-1] == ")":
        return _restated(phrase, position)
    key = _normalize(phrase)
    listed = _LISTED_NUMBERS.get(key)  # "a pair of", and in a strict parse "hundred", "single", "dozen"
    if listed is not None:
        return listed
    numeral = _numeral(key, position) if key[0].isdecimal() else None
    return _compound(key, position) if numeral is None else numeral


def _integral(value: int | Fraction, phrase: str, position: int) -> int:
    """Return ``value`` as an int, or fail if a decimal left a fraction ("2.5") or it is past 64 bits."""
    if not isinstance(value, int):
        if value.denominator != 1:
            msg = f"{phrase!r} is not a whole number"
            raise InvalidCountError(msg, position)
        value = int(value)
    if value > MAX_COUNT:
        msg = f"{phrase!r} is larger than the largest count, {MAX_COUNT:,}"
        raise InvalidCountError(msg, position)
    return value


def _single(  # noqa: PLR0911 - one exit per qualifier
    qualifier: Qualifier, n: int, *, approximate: bool, position: int
) -> tuple[int, int | None, int, bool]:
    """Return ``(low, high, best, approximate)`` for a qualifier applied to ``n`` (see DESIGN table)."""
    if qualifier is Qualifier.EXACT:
        return n, n, n, approximate
    if qualifier is Qualifier.AT_LEAST:
        return n, None, n, False
    if qualifier is Qualifier.MORE_THAN:
        return n + 1, None, n + 1, False
    if qualifier is Qualifier.AT_MOST:
        return 0, n, n, False
    if qualifier is Qualifier.FEWER_THAN:
        if n < 1:
            msg = "nothing is fewer than zero"
            raise InvalidCountError(msg, position)
        return 0, n - 1, n - 1, False
    if qualifier is Qualifier.ABOUT:
        return -(-9 * n // 10), 11 * n // 10, n, True
    # NEARLY: ⌈0.9N⌉..N−1, widened to N−1 for small N where that is empty.
    if n < 2:  # noqa: PLR2004 - "nearly one" leaves no whole number below it
        msg = f"'nearly {n}' leaves no whole number"
        raise InvalidCountError(msg, position)
    return min(-(-9 * n // 10), n - 1), n - 1, n - 1, True


def _two_sided(
    first: tuple[Qualifier, str, int, int], second: tuple[Qualifier, str, int, int], phrase: str, start: int, end: int
) -> Count:
    """Return the range two opposite comparatives bound: "more than 20 but fewer than 35" is [21, 34].

    Each half is ``(qualifier, its words, number, position)``.
    """
    for qualifier, words, _, position in (first, second):
        if qualifier not in _LOWER_BOUNDS and qualifier not in _UPPER_BOUNDS:
            msg = f"{words.strip()!r} does not bound a number from one side"
            raise InvalidCountError(msg, position)
    if (first[0] in _LOWER_BOUNDS) == (second[0] in _LOWER_BOUNDS):
        msg = f"{first[1].strip()!r} and {second[1].strip()!r} bound the number from the same side"
        raise InvalidCountError(msg, second[3])
    lower, upper = (first, second) if first[0] in _LOWER_BOUNDS else (second, first)
    low = _single(lower[0], lower[2], approximate=False, position=lower[3])[0]
    high = _single(upper[0], upper[2], approximate=False, position=upper[3])[1]
    if high is None or low > high:
        msg = f"no whole number is {first[1].strip()} {first[2]} and {second[1].strip()} {second[2]}"
        raise InvalidCountError(msg, second[3])
    return trusted_count(low, high, low, Qualifier.RANGE, EXACT_FLAG, phrase, start, end)


def _halves(
    found: tuple[str | None, ...], regs: tuple[tuple[int, int], ...], groups: Groups
) -> tuple[tuple[Qualifier, str, int, int], tuple[Qualifier, str, int, int]]:
    """Return the two halves of a two-sided bound as ``_two_sided`` takes them."""
    n_text, hi_text, pre, pre2 = (found[k - 1] or "" for k in (groups.n, groups.hi, groups.pre, groups.pre2))
    n_start, hi_start = regs[groups.n][0], regs[groups.hi][0]
    n = _integral(_number(n_text, n_start).value, n_text, n_start)
    m = _integral(_number(hi_text, hi_start).value, hi_text, hi_start)
    if pre:
        first = (_lookup(_PRE_QUALIFIER, pre), pre, n, n_start)
    else:  # "20 or more but fewer than 35"
        opening = found[groups.opening - 1] or ""
        first = (_post_qualifier(opening), opening, n, regs[groups.opening][0])
    return first, (_lookup(_PRE_QUALIFIER, pre2), pre2, m, regs[groups.pre2][0])


def _post_qualifier(words: str) -> Qualifier:
    """Return the qualifier of post-qualifier words as matched: " or more", "-plus", "+"."""
    return _POST_QUALIFIER[_normalize(words).lstrip("-\u2010\u2011\u2013")]


def _range(  # noqa: PLR0913, PLR0917 - the parts of the phrase, positional to keep the call cheap
    pre: str | None, low_text: str, low_start: int, high_text: str, high_start: int, phrase: str, start: int, end: int
) -> Count:
    """Return the count of a range: "between 20 and 30", "20-30", "two or three dozen"."""
    if pre is not None and pre not in _lexicon.APPROX_QUALIFIERS:
        msg = f"a range cannot take {pre!r}"
        raise InvalidCountError(msg, start)
    lo = _number(low_text, low_start)
    hi = _number(high_text, high_start)
    lo_value = lo.value
    # "two or three dozen", "20 to 30 thousand": the scale covers both ends.
    if lo.multiplier == 1 and hi.multiplier > 1 and lo.value * hi.multiplier <= hi.value:
        lo_value = lo.value * hi.multiplier
    low = _integral(lo_value, low_text, low_start)
    high = _integral(hi.value, high_text, high_start)
    if low > high:
        msg = f"range runs backwards: {low} > {high}"
        raise InvalidCountError(msg, high_start)
    approximate = pre is not None or lo.approximate or hi.approximate
    return trusted_count(low, high, low, Qualifier.RANGE, approximate, phrase, start, end)


def interpret(match: re.Match[str] | regex.Match[str], text: str, groups: Groups, *, partial: bool = False) -> Count:
    """Turn a grammar match (its group ``groups.body`` holding the phrase) into a :class:`Count`.

    With ``partial``, a two-sided bound whose second half does not fit gives
    the count of its first half ("at least 12, more than 20 of them …").
    """
    found = match.groups()  # found[k - 1] is group k
    regs = match.regs
    start, end = regs[groups.body]
    phrase = text[start:end]
    zero = found[groups.zero - 1]
    if zero is not None:
        qualifier = Qualifier(_lookup(_lexicon.ZERO_PHRASES, zero))
        return trusted_count(0, 0, 0, qualifier, EXACT_FLAG, phrase, start, end)
    vague = found[groups.vague - 1]
    if vague is not None:
        low, high = _lookup(_lexicon.VAGUE, vague)
        return trusted_count(low, high, low, Qualifier.VAGUE, EXACT_FLAG, phrase, start, end)
    n_text = found[groups.n - 1]
    n_start, n_end = regs[groups.n]
    pre = found[groups.pre - 1]
    hi_text = found[groups.hi - 1]
    if hi_text is not None:
        hi_start = regs[groups.hi][0]
        pre2 = found[groups.pre2 - 1]
        if pre2 is None:
            return _range(pre, n_text, n_start, hi_text, hi_start, phrase, start, end)
        try:
            return _two_sided(*_halves(found, regs, groups), phrase, start, end)
        except InvalidCountError:
            if not partial:
                raise
        # Read the first half alone, with the post-qualifier that opened it: "20 or so".
        post = found[groups.opening - 1]
        end = n_end if post is None else regs[groups.opening][1]
        phrase = text[start:end]
    else:
        post = found[groups.post - 1]
    number = _number(n_text, n_start)
    n = _integral(number.value, n_text, n_start)
    bound = None if pre is None else _lookup(_PRE_QUALIFIER, pre)
    if post is not None:
        # "a total of 30 or more", "equal to 5000 or less": the bound after an exact qualifier decides.
        if bound is not None and bound is not Qualifier.EXACT:
            msg = "a number takes one qualifier, before or after it"
            raise InvalidCountError(msg, n_end)
        bound = _post_qualifier(post)
    elif bound is None:
        return trusted_count(n, n, n, Qualifier.EXACT, number.approximate, phrase, start, end)
    low, high, best, approximate = _single(bound, n, approximate=number.approximate, position=n_start)
    return trusted_count(low, high, best, bound, approximate, phrase, start, end)
