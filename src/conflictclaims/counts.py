"""Number phrases as integer intervals: the ``Count`` model and its parser.

A :class:`~conflictclaims.Count` is the set of integers consistent with a
phrase such as "at least 274" (``[274, ∞)``) or "dozens" (``[12, 99]``), with
a conservative point estimate ``best`` and the phrase text and span it came
from.

:func:`~conflictclaims.parse_count` reads one phrase strictly,
:func:`~conflictclaims.find_counts` scans free text and never raises, and
:func:`~conflictclaims.render_count` writes a count back as a phrase; the
package re-exports them and the models. The model, the grammar, its
interpreter and the scanner live in private modules (``_count_model``,
``_count_grammar``, ``_count_interpreter`` and ``_count_scanner``); this
module is their public face.
"""

from __future__ import annotations

from typing import Final

from conflictclaims import _count_model, _lexicon
from conflictclaims._count_grammar import (
    BAD_GROUP_RE,
    PRE_Q_RE,
    anchor_re,
    find_groups,
    plain_anchor_re,
    plain_find_re,
    prefix_re,
)
from conflictclaims._count_interpreter import InvalidCountError, interpret
from conflictclaims._count_model import (
    EXACT_FLAG,
    Count,
    Estimate,
    PointPolicy,
    Qualifier,
    trusted_count,
)
from conflictclaims._count_scanner import scan
from conflictclaims._patterns import is_plain, lower_keeping_offsets
from conflictclaims.exceptions import CountParseError
from conflictclaims.span import Span

__all__ = [
    "MAX_COUNT",
    "Count",
    "Estimate",
    "PointPolicy",
    "Qualifier",
    "Span",
    "find_counts",
    "parse_count",
    "render_count",
]

# Bound here, not only imported, so that the documentation finds it where users import it.
MAX_COUNT: Final = _count_model.MAX_COUNT
"""The largest count, 2**63 - 1, the signed 64-bit limit of JSON readers and of Arrow and pandas columns.

No real toll comes near it; :func:`~conflictclaims.parse_count` rejects a
larger numeral, and :func:`~conflictclaims.find_counts` passes over it (it
is an identifier, not a toll).
"""

_LONGEST_BARE_ZERO = max(map(len, _lexicon.STRICT_ONLY_ZERO))  # "no" and "any"


def _syntax_error(text: str, folded: str) -> CountParseError:
    """Build the error for a string the grammar does not accept, pointing at the first bad character."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text):
        return CountParseError("empty number phrase", text, len(text))
    prefix = prefix_re().match(folded)
    # A bad grouping inside the phrase read so far is no error ("1,50,000" is Indian grouping).
    if (bad := BAD_GROUP_RE.search(folded, prefix.end() - 1 if prefix is not None else lead)) is not None:
        return CountParseError("malformed thousands separator", text, bad.start() + 1)
    if prefix is not None:
        at = prefix.end()
        at += len(text[at:]) - len(text[at:].lstrip())
        word = text[at:].split(maxsplit=1)[0] if text[at:].strip() else text[at : at + 1]
        return CountParseError(f"unexpected {word[:20]!r} after number phrase", text, at)
    qualifier = PRE_Q_RE.match(folded)
    if qualifier is not None and qualifier.end() > lead:
        at = qualifier.end()
        return CountParseError(f"expected a number after {text[lead:at].strip()!r}", text, at)
    return CountParseError("expected a number phrase", text, lead)


def parse_count(text: str) -> Count:
    """Parse one number phrase into a :class:`Count`.

    The whole string, apart from surrounding whitespace, must be one phrase:
    a number in digits or words ("2,575", "12 500", "1,50,000", "1.5 million",
    "twenty-seven", "4 thousand 3 hundred", "half a million"), possibly
    restated in parentheses ("twelve (12)"), optionally qualified ("at least
    274", "no fewer than 42", "30 or more", "nearly two dozen"), a range
    ("between 20 and 30", "20–30", "two or three"), a bound from both sides
    ("more than 20 but fewer than 35"), a vague quantity ("dozens", "several
    hundred") or a zero ("no one"). Intervals follow the table in the design
    notes. "no", "any", "single" and a bare "hundred" parse here because the
    caller has already decided the phrase is a count; the scanner
    :func:`find_counts` reports "any" only after a denial, and the others only
    after a qualifier.

    Args:
        text: The phrase.

    Returns:
        The count, with ``text`` the phrase and ``span`` its offsets in ``text``.

    Raises:
        CountParseError: If ``text`` is not exactly one number phrase; its
            ``position`` points at the first character that does not fit.

    >>> parse_count("more than 400")
    Count(low=401, high=None, best=401, qualifier=<Qualifier.MORE_THAN: 'more_than'>, approximate=False, text='more than 400', span=Span(start=0, end=13))
    >>> c = parse_count("about 50")
    >>> (c.low, c.best, c.high, c.approximate)
    (45, 50, 55, True)
    >>> parse_count(" between 20 and 30 ").estimate(PointPolicy.UCDP)
    Estimate(low=20, best=25, high=30)
    >>> parse_count("dozens").estimate(PointPolicy.ACLED)
    Estimate(low=12, best=12, high=99)
    >>> parse_count("three hundred forty-two").best
    342
    >>> c = parse_count("no fewer than twelve (12)")
    >>> (c.low, c.high, c.qualifier.value)
    (12, None, 'at_least')
    >>> parse_count("at least 27 soldiers")
    Traceback (most recent call last):
    ...
    conflictclaims.exceptions.CountParseError: unexpected 'soldiers' after number phrase
        at least 27 soldiers
                    ^
    """  # noqa: E501 - a doctest shows the repr on one line
    if not isinstance(text, str):
        msg = f"parse_count() takes a str, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    folded = lower_keeping_offsets(text)
    start, end = 0, len(folded)
    if end and (folded[0].isspace() or folded[-1].isspace()):  # most phrases come stripped
        end = len(folded.rstrip())
        start = len(folded) - len(folded.lstrip()) if end else 0
    if end - start <= _LONGEST_BARE_ZERO and folded[start:end] in _lexicon.STRICT_ONLY_ZERO:
        # "no", "any": zero, as the caller says this is a count.
        return trusted_count(0, 0, 0, Qualifier.NONE, EXACT_FLAG, text[start:end], start, end)
    return _whole_phrase(text, folded, start, end)


def _whole_phrase(text: str, folded: str, start: int, end: int) -> Count:
    """Read ``text[start:end]`` as exactly one phrase of the grammar, or raise the error that points where it breaks."""
    match = plain_find_re().fullmatch(folded, start, end) if end else None
    if match is None:
        raise _syntax_error(text, folded)
    try:
        return interpret(match, text, find_groups())
    except InvalidCountError as error:
        raise CountParseError(error.message, text, error.position) from None


def find_counts(text: str) -> tuple[Count, ...]:
    """Find every number phrase in free text.

    Lenient: never raises on a ``str``. Each count keeps its qualifier
    ("killed at least 274 ..." gives "at least 274"), and counts come back in
    order of position, without overlaps, with ``text[c.span.start:c.span.end]
    == c.text``. A number restated in parentheses is one count ("twelve (12)
    soldiers"). Numbers that are not counts of people or things are left
    out: years, ordinals, clock times, durations, ages, distances and other
    measures, money, percentages, fractions, ratios, scores, dates,
    telephone numbers and designations ("F-16", "Resolution 2231").

    Args:
        text: Any text.

    Returns:
        The counts found, in order.

    >>> [c.text for c in find_counts("In 2021, 12 soldiers were killed and more than 400 wounded over 24 hours.")]
    ['12', 'more than 400']
    >>> [(c.text, c.low, c.high) for c in find_counts("Nearly half of its 22 million people; killed dozens")]
    [('22 million', 22000000, 22000000), ('dozens', 12, 99)]
    >>> [(c.text, c.low, c.high) for c in find_counts("killing no fewer than twelve (12) soldiers")]
    [('no fewer than twelve (12)', 12, None)]
    """
    if not isinstance(text, str):
        msg = f"find_counts() takes a str, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    return counts_in(text, lower_keeping_offsets(text), plain=is_plain(text))


def counts_in(text: str, folded: str, *, plain: bool) -> tuple[Count, ...]:
    """:func:`find_counts` for a caller that has lower-cased ``text`` and tested it already.

    ``folded`` is ``lower_keeping_offsets(text)`` and ``plain`` is
    ``_patterns.is_plain(text)``: the extractor works both out once per article.
    """
    anchors = plain_anchor_re() if plain else anchor_re()
    return scan(text, folded, (anchor.start() for anchor in anchors.finditer(folded)), plain=plain)


_VAGUE_PHRASE_FOR: dict[tuple[int, int | None], str] = {}
for _phrase, _interval in _lexicon.VAGUE.items():
    # The shortest phrase for each interval is the canonical one ("dozens").
    if _interval not in _VAGUE_PHRASE_FOR or len(_phrase) < len(_VAGUE_PHRASE_FOR[_interval]):
        _VAGUE_PHRASE_FOR[_interval] = _phrase


def render_count(count: Count) -> str:  # noqa: C901, PLR0911 - one exit per qualifier
    """Return a canonical English phrase for a count's interval and qualifier.

    Numbers are written in digits. For every count :func:`parse_count` can
    return, parsing the rendered phrase gives the same ``low``, ``high``,
    ``best``, ``qualifier`` and ``approximate``. Counts built by hand whose
    interval no phrase yields are rendered by their bounds.

    Args:
        count: The count to describe.

    Returns:
        A phrase such as ``"at least 274"`` or ``"20 to 30"``.

    >>> render_count(parse_count("no fewer than forty"))
    'at least 40'
    >>> render_count(parse_count("nearly two dozen"))
    'nearly 24'
    >>> render_count(parse_count("a dozen"))
    '1 dozen'
    """
    low, high, best, qualifier = count.low, count.high, count.best, count.qualifier
    if qualifier is Qualifier.NONE and high == 0:
        return "none"
    if qualifier is Qualifier.VAGUE and (low, high) in _VAGUE_PHRASE_FOR:
        return _VAGUE_PHRASE_FOR[low, high]
    if high is None:
        if qualifier is Qualifier.MORE_THAN and low > 0:
            return f"more than {low - 1}"
        return f"at least {low}"
    if qualifier is Qualifier.AT_MOST and low == 0:
        return f"at most {high}"
    if qualifier is Qualifier.FEWER_THAN and low == 0:
        return f"fewer than {high + 1}"
    if qualifier is Qualifier.ABOUT:
        return f"about {best}"
    if qualifier is Qualifier.NEARLY:
        return f"nearly {high + 1}"
    if low == high and qualifier is not Qualifier.RANGE:
        # Approximate exact counts come from dozens: "a dozen", "half a dozen", "a dozen and a half".
        if count.approximate and low % _lexicon.DOZEN == 0 and low > 0:
            return f"{low // _lexicon.DOZEN} dozen"
        if count.approximate and low * 2 == _lexicon.DOZEN:
            return "half a dozen"
        if count.approximate and (low * 100) % _lexicon.DOZEN == 0:
            return f"{low * 100 // _lexicon.DOZEN / 100:g} dozen"  # "1.5 dozen", "0.25 dozen"
        return str(low)
    prefix = "about " if count.approximate else ""
    return f"{prefix}{low} to {high}"
