"""The ``re`` forms of the tokenizers and the anchors, generated from their ``regex`` forms, read plain text alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims import _actor_lexicon, _count_grammar, _count_scanner, _patterns, gazetteer, temporal, tokens

if TYPE_CHECKING:
    import re

# (fast form, Unicode form, the test that allows the fast form); private by
# design, as the two forms are one tokenizer's implementation detail.
_SPLITS: Final = {
    "actors": (_actor_lexicon._SPLIT.plain, _actor_lexicon._SPLIT.unicode, _patterns.is_plain_latin),  # noqa: SLF001
    "gazetteer": (gazetteer._WORD_SPLIT.plain, gazetteer._WORD_SPLIT.unicode, _patterns.is_plain),  # noqa: SLF001
    "tokens": (tokens.WORD.plain, tokens.WORD.unicode, _patterns.is_plain),
}

# Characters where the two engines' classes could part: apostrophes, hyphens,
# underscores, dots, Latin-1 and Latin Extended letters, superscripts,
# fractions, C0 separators, marks, format characters and other scripts.
_TRICKY: Final = st.sampled_from(
    [
        *"aZs S'’ʼ‘`-._,.9 \t\n",
        *["É", "é", "ß", "Ā", "ā", "ǅ", "ª", "µ", "²", "½", "\x1c", "\x1f", "\u0301", "\u200d", "\u2019", "\u203f"],
        "\u2014",
        "\u00a0",
        "\u2028",
        "\u0660",
        "Ж",
        "ж",
        "ع",
        "\U0001d400",
        "€",
        "×",
    ]
)
_TEXTS: Final = st.one_of(
    st.text(),
    st.text(alphabet=_TRICKY),
    st.lists(st.sampled_from(["U.S.", "Pakistan’s", "al-Burhan", "O'Neill", "2,575", "Khōst", "Ā.Ā."]), max_size=6).map(
        " ".join
    ),
)


@pytest.mark.parametrize("name", sorted(_SPLITS))
@given(text=_TEXTS)
@example(text="E.U. and U.S. forces’ Pakistan’s al-Burhan’s O'Neill 2,575 é_x")
@example(text="x\x1cy")
def test_plain_split_matches_unicode_split(name: str, text: str) -> None:
    """Wherever the fast form is allowed, it gives the same parts as the Unicode form."""
    fast, unicode, allowed = _SPLITS[name]
    if allowed(text):
        assert _split(fast, text) == _split(unicode, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kho\u0301st",  # a combining mark
        "x²",  # a superscript: a word character in re only
        "a\x1cb",  # a C0 separator: whitespace in re only
        "a\u200db",  # a joiner: a word character in regex only
        "a\u203fb",  # a connector punctuation other than "_"
        "Жертвы",  # another script
    ],
)
def test_text_beyond_plain_takes_the_unicode_form(text: str) -> None:
    """Text with characters the engines read differently is not plain."""
    assert not _patterns.is_plain(text)
    assert not _patterns.is_plain_latin(text)


def test_capitals_beyond_ascii_are_plain_but_not_plain_latin() -> None:
    """A Latin capital outside ASCII keeps the actor tokenizer on its Unicode form, for acronyms."""
    assert _patterns.is_plain("É.U. said")
    assert not _patterns.is_plain_latin("É.U. said")
    assert _patterns.is_plain_latin("the café’s “U.S.” — 2,575")


def _split(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[str]:
    return [part for part in pattern.split(text) if part is not None]


_TEMPLATES: Final = ("{c}", "a{c}b", "s{c}", "{c}s", "a{c}", "A.{c}.", "{c}.{c}.", "9,{c}", "x'{c}", "{c}’s", "a-{c}")


@pytest.mark.parametrize("name", sorted(_SPLITS))
def test_every_plain_character_splits_alike(name: str) -> None:
    """Exhaustively: each character the fast form is allowed on, in small contexts, splits alike."""
    fast, unicode, allowed = _SPLITS[name]
    checked = 0
    for code in range(0x2100):
        for template in _TEMPLATES:
            text = template.format(c=chr(code))
            if allowed(text):
                checked += 1
                assert _split(fast, text) == _split(unicode, text), (hex(code), template)
    assert checked > 2_000  # the plain sets hold hundreds of characters


_NUMBER_TEXTS: Final = st.one_of(
    _TEXTS,
    st.lists(
        st.sampled_from(
            ["12", "2,575", "one", "twenty-seven", "a dozen", "several", "any", "that", "denied", "²", "x"]
        ),
        max_size=8,
    ).map(" ".join),
)


@given(text=_NUMBER_TEXTS)
@example(text="denied that any soldiers and that  any")
def test_plain_count_anchors_match_unicode_anchors(text: str) -> None:
    """On plain text the count scanner's fast anchor finds the same places as its Unicode form."""
    folded = _patterns.lower_keeping_offsets(text)
    if _patterns.is_plain(text):
        fast = [m.span() for m in _count_grammar.plain_anchor_re().finditer(folded)]
        unicode = [m.span() for m in _count_grammar.anchor_re().finditer(folded)]
        assert fast == unicode


def test_every_plain_character_anchors_alike() -> None:
    """Exhaustively: each plain character next to a number or number word anchors alike in both forms."""
    fast, unicode = _count_grammar.plain_anchor_re(), _count_grammar.anchor_re()
    templates = ("{c}12", "12{c}", "{c}one", "one{c}", "that{c}any", "any{c}", "a{c}dozen")
    for code in range(0x2100):
        for template in templates:
            text = template.format(c=chr(code))
            if _patterns.is_plain(text):
                folded = _patterns.lower_keeping_offsets(text)
                spans = [m.span() for m in fast.finditer(folded)], [m.span() for m in unicode.finditer(folded)]
                assert spans[0] == spans[1], (hex(code), template)


_PHRASE_TEXTS: Final = st.one_of(
    _TEXTS,
    st.lists(
        st.sampled_from(
            [
                *("12", "12 500", "1,50,000", "12.500", "one", "twenty-seven", "(12)", "twelve", "no fewer than"),
                *("more than", "but", "fewer than", "between", "and", "or more", "half a", "million", "dozen", "2½"),
                *("km", "Oct", "won", "3-1", "in", "Ahmed,", "0300", "²", "É", "x"),
            ]
        ),
        max_size=10,
    ).map(" ".join),
)


def _scan(text: str, *, plain: bool) -> list[tuple[int, int, int | None, str]]:
    """The counts the scanner finds with one of its two compiled grammars."""
    folded = _patterns.lower_keeping_offsets(text)
    anchors = (m.start() for m in _count_grammar.plain_anchor_re().finditer(folded))
    found = _count_scanner.scan(text, folded, anchors, plain=plain)
    return [(c.low, c.high or -1, c.span.start if c.span else None, c.text) for c in found]


@given(text=_PHRASE_TEXTS)
@example(text="no fewer than twelve (12) km")
@example(text="more than 20 but fewer than 35")
def test_plain_count_grammar_reads_like_the_unicode_form(text: str) -> None:
    """On plain text the scanner's grammar on ``re`` finds the same counts as on ``regex``."""
    if _patterns.is_plain(text):
        assert _scan(text, plain=True) == _scan(text, plain=False)


@st.composite
def _phrases_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    """Phrases that share endings ("fewer than", "no fewer than"), and a text that ends in one or none."""
    words = st.sampled_from(["no", "not", "fewer", "than", "more", "at", "least", "a"])
    phrases = draw(st.lists(st.lists(words, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6))
    text = draw(st.lists(words, max_size=5).map(" ".join))
    return phrases, text


@given(_phrases_and_text())
@example((["fewer than", "no fewer than"], "killed no fewer than"))
def test_suffix_alternation_run_backwards_takes_the_longest_phrase(case: tuple[list[str], str]) -> None:
    """Matched backwards from the end of a text, the suffix alternation takes the longest phrase the text ends with."""
    phrases, text = case
    pattern = regex.compile(rf"(?r)(?<!\w){_patterns.suffix_alternation(phrases)}\Z")
    match = pattern.search(text)
    endings = [p for p in phrases if text.endswith(p) and (len(text) == len(p) or text[-len(p) - 1] == " ")]
    assert (match.group() if match else None) == (max(endings, key=len) if endings else None)


def _time_anchor_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    fast = temporal._PLAIN_ANCHOR.finditer(_patterns.lower_keeping_offsets(text))  # noqa: SLF001
    unicode = temporal._ANCHOR.finditer(text)  # noqa: SLF001
    return [m.span() for m in fast], [m.span() for m in unicode]


def test_every_plain_character_anchors_time_words_alike() -> None:
    """Exhaustively: next to each plain character, time words anchor alike on lowered text and case-blind."""
    templates = ("{c}Sunday", "SUNDAY{c}", "{c}sept", "Day{c}", "{c}2021", "2021{c}", "su{c}nday", "{c}")
    for code in range(0x2100):
        for template in templates:
            text = template.format(c=chr(code))
            if _patterns.is_plain(text):
                fast, unicode = _time_anchor_spans(text)
                assert fast == unicode, (hex(code), template)


@given(
    text=st.one_of(
        _TEXTS,
        st.lists(st.sampled_from(["Sunday", "late", "OCTOBER", "in", "2021", "days", "x"]), max_size=8).map(" ".join),
    )
)
def test_plain_time_anchors_match_unicode_anchors(text: str) -> None:
    """On plain text, time-word anchors found on the lowered text match the case-blind ones."""
    if _patterns.is_plain(text):
        fast, unicode = _time_anchor_spans(text)
        assert fast == unicode
