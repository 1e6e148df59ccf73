"""Every public entry point on hostile text: never an unexpected exception, every span inside the text.

The text strategies reach what real feeds send and parsers trip on: NUL and
control characters, lone surrogates, right-to-left marks, combining marks,
emoji and zero-width joiners, runs of digits, dashes and quotes, and the words
the grammar reacts to ("at least", "between", "said"). The checks themselves
are in ``tests/invariants.py``, shared with the fuzzing targets. Planted
claims check the other side: a claim put into random filler comes back with
its count span and its claimant.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims.extraction import extract
from tests.invariants import CHECKS, PUBLISHED, check_extract, check_find_counts

# Every code point, surrogates included (the default leaves category Cs out).
any_text: Final = st.text(alphabet=st.characters(exclude_categories=()))

# Pieces that parsers react to, and the characters that break naive ones.
TRICKY_PIECES: Final = (
    "\x00", "\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u0301", "\u0308", "\u200d", "\ufeff", "\u00a0",
    "\u2009", "\u2028", "\r\n", "\n\n", "\t", "🙂", "👩\u200d👩\u200d👧", "🇦🇫", "\ud800", "\udfff", "\U0010ffff",
    "١٢", "१२", "１２", "½", "²", "Ⅻ",
    "0", "1", "12", "274", "1,000", "2,575", "1.5", "1,00", "10,000,000", "-", "–", "—", "/", ":", "$", "%", "+",
    ".", ",", ";", "?", "!", "…", "'", "’", '"', "“", "”", "(", ")", "[", "]",
    " ", "  ", "one", "twenty", "-seven", "hundred", "thousand", "million", "dozen", "dozens", "a", "no", "any",
    "at least", "more than", "nearly", "about", "up to", "between", "and", "from", "to", "or", "plus", "odd",
    "said", "told", "according to", "denied", "claimed", "killed", "wounded", "captured", "soldiers", "civilians",
    "The Taliban", "Pakistan", "Pakistan's", "Kabul", "Gen.", "Lt.", "U.S.", "Mr.", "Reuters", "By", "Published:",
    "- ", "late Thursday", "October", "2021", "on Sunday", "ceasefire", "truce", "he", "they", "it",
    "a soldier", "the leader", "both", "him", "killing", "shot dead", "taken into custody", "the death of",
    "Mullah", "who", "along with", "multiple", "and one other", "was", "hacked to death", "his son",
    "other militants", "additional", "(IMU)", "(", ")", "one of whom", "of his", "known to", "yesterday",
    "the two detainees", "\u2028", "‘", "responsible for the", "both men",
)  # fmt: skip
tricky_text: Final = st.lists(st.sampled_from(TRICKY_PIECES), max_size=60).map(" ".join) | st.lists(
    st.sampled_from(TRICKY_PIECES) | st.characters(exclude_categories=()), max_size=80
).map("".join)
hostile_text: Final = any_text | tricky_text

ENTRY_POINTS: Final = sorted(CHECKS)


@pytest.mark.parametrize("entry_point", ENTRY_POINTS)
@given(text=hostile_text)
@example(text="")
@example(text="\x00")
@example(text="\ud800 12 soldiers \udfff were killed")
@example(text="\u202e21 soldiers were killed\u202c, the army said.")
@example(text="Officials said 1\u0301 2 soldiers were killed 🙂.")
@example(text="between 1 and between 1 and between 1 and 2")
def test_entry_point_survives_hostile_text(entry_point: str, text: str) -> None:
    """The entry point returns normally (``parse_count`` may raise only ``CountParseError``), spans inside the text."""
    CHECKS[entry_point](text)


SEEDS: Final = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _megabyte_text() -> str:
    """About 1 MB of seed articles interleaved with hostile pieces, no part of it special-cased."""
    articles = [path.read_text(encoding="utf-8") for path in SEEDS] or ["Officials said 12 soldiers were killed."]
    junk = "".join(TRICKY_PIECES)
    parts: list[str] = []
    size = 0
    while size < 1_000_000:
        for article in articles:
            parts.extend((article, junk))
            size += len(article) + len(junk)
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    "entry_point",
    [pytest.param(name, marks=pytest.mark.slow) if name == "extract" else name for name in ENTRY_POINTS],
)
def test_entry_point_survives_a_megabyte(entry_point: str) -> None:
    """A one-megabyte article goes through every entry point (no recursion limit, no size cap that raises)."""
    text = _megabyte_text()
    assert len(text) >= 1_000_000
    if entry_point == "extract":
        article = check_extract(text, round_trip=False)
        assert article.claims, "a megabyte of conflict news gave no claims"
    else:
        CHECKS[entry_point](text)


# Claimants as written -> the canonical name the extractor gives them. The
# second form starts lower-case, for the middle of a sentence.
CLAIMANTS: Final = (
    ("The Taliban", "the Taliban", "Taliban"),
    ("Police", "police", "Police"),
    ("Officials", "officials", "Officials"),
    ("The Pakistani army", "the Pakistani army", "Pakistani army"),
    ("Army spokesman Ahmed Khan", "army spokesman Ahmed Khan", "Ahmed Khan"),
    ("Ukraine's defence ministry", "Ukraine's defence ministry", "Ukraine's defence ministry"),
    ("Hamas", "Hamas", "Hamas"),
    ("The health ministry", "the health ministry", "health ministry"),
    ("Lieutenant General Ahmed Sharif Chaudhry", "Lieutenant General Ahmed Sharif Chaudhry", "Ahmed Sharif Chaudhry"),
    ("Governor Oleh Syniehubov", "Governor Oleh Syniehubov", "Oleh Syniehubov"),
    ("The Rapid Support Forces", "the Rapid Support Forces", "Rapid Support Forces"),
    ("Witnesses", "witnesses", "Witnesses"),
)
# Words for filler sentences: none is a number, a name, a date or a cue.
FILLER_WORDS: Final = (
    "the", "road", "market", "was", "were", "quiet", "and", "morning", "rain", "shops", "opened", "late",
    "bread", "prices", "rose", "school", "buses", "ran", "slowly", "in", "town", "weather", "cold", "river",
)  # fmt: skip
NUMBER_WORDS: Final = ("two", "three", "five", "twelve", "twenty-seven", "forty", "ninety-nine")


@st.composite
def count_phrases(draw: st.DrawFn) -> str:
    """A number phrase as wire copy writes it: digits, grouped digits, words, or qualified."""
    n = draw(st.integers(min_value=2, max_value=999_999))
    return draw(
        st.sampled_from(
            [str(n), f"{n:,}", f"at least {n}", f"more than {n:,}", f"about {n}", f"up to {n}", *NUMBER_WORDS]
        )
    )


filler_sentence: Final = st.lists(st.sampled_from(FILLER_WORDS), min_size=1, max_size=10).map(
    lambda words: " ".join(words).capitalize() + "."
)
filler: Final = st.lists(filler_sentence, max_size=4).map(" ".join)


@given(
    before=filler,
    after=filler,
    claimant=st.sampled_from(CLAIMANTS),
    phrase=count_phrases(),
    template=st.sampled_from(
        [
            "{Name} said {count} soldiers were killed.",
            "{count} soldiers were killed, {name} said.",
            "According to {name}, {count} soldiers were killed.",
        ]
    ),
)
def test_planted_claim_comes_back(
    before: str, after: str, claimant: tuple[str, str, str], phrase: str, template: str
) -> None:
    """A claim put among filler sentences is found with its count span and its claimant."""
    start_form, middle_form, canonical = claimant
    if template.startswith("{count}"):
        phrase = phrase[0].upper() + phrase[1:]
    sentence = template.format(Name=start_form, name=middle_form, count=phrase)
    text = f"{before} {sentence} {after}".strip()
    at = text.index(sentence) + sentence.index(phrase)
    article = extract(text, published=PUBLISHED)
    found = [c for c in article.claims if c.count is not None and c.count.span is not None and c.count.span.start == at]
    assert found, f"no claim with a count at {at} in {text!r}: {article.claims}"
    claim = found[0]
    assert claim.count is not None
    assert claim.count.span is not None
    assert claim.count.span.of(text) == claim.count.text == phrase
    assert claim.outcome.value == "killed"
    assert claim.claimant is not None
    # Generic speakers keep the case they are written in ("Police", "police").
    assert claim.claimant.name.casefold() == canonical.casefold()


# Junk that may stand before a count without changing what it says: no
# letters, digits, currency signs or dashes, which would join the phrase.
JUNK_PIECES: Final = (
    "\x00", "\u200f", "\u202e", "\u0301", "\u200d", "\ufeff", "\u00a0", "\u2028", "\n\n", "\t", "🙂",
    "👩\u200d👩\u200d👧", "🇦🇫", "\ud800", "\udfff", ".", ",", ";", "?", "!", "…", "'", "’", '"', "“", "”", "(", ")",
)  # fmt: skip


@given(before=filler, after=filler, phrase=count_phrases(), junk=st.lists(st.sampled_from(JUNK_PIECES)).map("".join))
def test_planted_count_is_found_among_junk(before: str, after: str, phrase: str, junk: str) -> None:
    """A number phrase set off by a space is found by the scanner with its exact span, whatever junk precedes it."""
    text = f"{before} {junk} {phrase} soldiers. {after}"
    at = len(f"{before} {junk} ")
    counts = {c.span.start: c for c in check_find_counts(text) if c.span is not None}
    assert at in counts, f"{phrase!r} not found at {at} in {text!r}"
    assert counts[at].text == phrase


@given(text=hostile_text, published=st.none() | st.dates(min_value=dt.date(1900, 1, 1)))
def test_extract_round_trips_through_json(text: str, published: dt.date | None) -> None:
    """``from_json(to_json(a)) == a`` for whatever ``extract`` returns, on any text and publication date."""
    from conflictclaims.serialize import from_json, to_json  # noqa: PLC0415 - the serializer is the module under test here

    article = extract(text, published=published)
    assert from_json(to_json(article)) == article
