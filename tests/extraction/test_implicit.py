"""Tests for conflictclaims.extraction.implicit: the counts the text gives without a number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictclaims import _claim_lexicon as lex
from conflictclaims.extraction import implicit
from conflictclaims.extraction.implicit import OPENING_WORDS, RULES, implicit_counts
from conflictclaims.extraction.sentence import Token
from tests.extraction.conftest import last_sentence


def _implicit(text: str) -> list[tuple[str, int]]:
    sentence, _, _ = last_sentence(text)
    return [(count.text, count.best) for count in implicit_counts(sentence)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Gunmen killed a police officer.", [("a", 1)], id="one-noun-a"),
        pytest.param("Forces captured an IED facilitator.", [("an", 1)], id="one-noun-an"),
        pytest.param("The bomber was killed.", [("The", 1)], id="one-noun-the"),
        pytest.param("Soldiers killed a village head and his son.", [("a", 1), ("his", 1)], id="his-son"),
        pytest.param("Troops shot down a drone.", [("a", 1)], id="one-thing"),
        pytest.param("Soldiers returned fire, killing both attackers.", [("both", 2)], id="both-noun"),
        pytest.param("Soldiers returned fire, killing both.", [("both", 2)], id="both-alone"),
        pytest.param("The force returned fire, killing him.", [("him", 1)], id="pronoun-object"),
        pytest.param("He was subsequently killed.", [("He", 1)], id="pronoun-subject"),
        pytest.param(
            "Forces killed Taliban leader Saifullah on Monday.", [("Taliban leader Saifullah", 1)], id="title-name"
        ),
        pytest.param("The raid resulted in the death of Abu Yusuf.", [("Abu Yusuf", 1)], id="death-of-name"),
        pytest.param(
            "Mullah Karim and one other insurgent were killed.", [("Mullah Karim", 1)], id="name-and-one-other"
        ),
        pytest.param("Umar was killed in the raid.", [("Umar", 1)], id="name-was"),
        pytest.param("Police detained an Islamic Movement of Uzbekistan leader.", [("an", 1)], id="of-inside-a-name"),
        pytest.param(
            "Police detained an Islamic Movement of Uzbekistan (IMU) leader.", [("an", 1)], id="acronym-inside-a-name"
        ),
        pytest.param("Forces captured a leader known to plan attacks.", [("a", 1)], id="known-to"),
        pytest.param("The team also captured other militants.", [("other", 2)], id="other-plural"),
        pytest.param("Additional suspects were detained.", [("Additional", 2)], id="additional-opens"),
        pytest.param("A blast hit the bus, killing its driver.", [("its", 1)], id="its-driver"),
        pytest.param("One guard was killed and another wounded.", [("another", 1)], id="another-elliptical"),
        pytest.param("Troops killed two raiders and detained a third.", [("a third", 1)], id="a-third"),
        pytest.param("Shelling destroyed a third of the houses.", [], id="a-third-of-is-a-fraction"),
        pytest.param("They wounded 12 and injured another 30.", [], id="another-before-a-number"),
        pytest.param("A shell killed a woman and her child.", [("a", 1), ("her", 1)], id="her-child"),
        pytest.param("The blast killed 14 soldiers and himself.", [("himself", 1)], id="and-himself"),
        pytest.param(
            "The gunman shot three guards before turning the gun on himself.",
            [("himself", 1)],
            id="turning-the-gun-on-himself",
        ),
        pytest.param("He later died of his wounds.", [("He", 1)], id="he-died"),
        pytest.param("She succumbed to her injuries.", [("She", 1)], id="she-succumbed"),
        pytest.param("Maoists killed a villager they accused of spying.", [("a", 1)], id="contact-relative-clause"),
        pytest.param("The blast killed ten policemen and their driver.", [("their", 1)], id="their-driver"),
        pytest.param("Forces detained a Taliban sub-commander.", [("a", 1)], id="rank-prefix"),
        pytest.param("Both were killed.", [("Both", 2)], id="both-before-a-passive"),
        pytest.param("Both died in hospital.", [("Both", 2)], id="both-died"),
        pytest.param("Guards shot him dead.", [("him", 1)], id="pronoun-before-a-complement"),
        pytest.param("His body was found two days later.", [("His", 1)], id="his-body"),
        pytest.param("Gunmen killed a Christian couple.", [("a", 2)], id="a-couple"),
        pytest.param(
            "Two attackers stormed the base, killing themselves and a guard.",
            [("themselves", 2), ("a", 1)],
            id="themselves-counted-before",
        ),
        pytest.param("Gunmen killed a husband and wife.", [("a", 1), ("wife", 1)], id="kin-after-and"),
        pytest.param("Militants killed an elderly man.", [("an", 1)], id="an-elderly-man"),
        pytest.param("Police detained the son and heir of the chief.", [("the", 1)], id="kin-before-of-is-no-other"),
        pytest.param("Gunmen stabbed her to death.", [("her", 1)], id="pronoun-to-death"),
    ],
)
def test_implicit_counts(text: str, found: list[tuple[str, int]]) -> None:
    """Each rule finds the words that stand for a number, and the number they stand for."""
    assert _implicit(text) == found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gunmen killed a family of five.", id="a-group-noun"),
        pytest.param("Gunmen killed a number of soldiers.", id="inside-a-number-phrase"),
        pytest.param("Both sides reported losses.", id="both-sides"),
        pytest.param("Both soldiers and militants were killed.", id="both-joint"),
        pytest.param("The soldiers were both killed.", id="both-floating"),
        pytest.param("Police launched an operation to arrest Abdul Rahman.", id="to-arrest-is-no-arrest"),
        pytest.param("Rebels captured Bakhmut after weeks of fighting.", id="a-place-is-no-name"),
        pytest.param("Rebels seized Ras Kamboni on Monday.", id="seized-is-no-person-outcome"),
        pytest.param("Forces killed Pakistani soldiers.", id="a-demonym-modifies"),
        pytest.param("Forces were capturing their 60th Haqqani leader.", id="an-ordinal-is-no-count"),
        pytest.param("The now detained Taliban leader was responsible.", id="an-adjective-governs-nothing"),
        pytest.param("He said the raid went well.", id="he-said"),
        pytest.param("Police said she would die.", id="she-would-die"),
        pytest.param("Two associates of the dealer were detained.", id="inside-another-phrase"),
        pytest.param("Two other militants were detained.", id="other-after-a-number"),
        pytest.param("They detained the other militants.", id="other-after-a-determiner"),
        pytest.param("They captured other weapons.", id="other-things"),
        pytest.param("Both will be tried.", id="both-will"),
        pytest.param("Gunmen stormed the base, killing themselves.", id="themselves-without-a-count"),
        pytest.param("His body of work was praised.", id="body-of-work"),
        pytest.param("Guards shot him in the leg.", id="pronoun-without-a-complement"),
        pytest.param("They killed their 2nd commander this year.", id="their-ordinal"),
    ],
)
def test_no_implicit_count(text: str) -> None:
    """Group nouns, number phrases, joint subjects, intentions, places and modifiers count nothing."""
    assert _implicit(text) == []


def test_spans_point_at_their_text() -> None:
    """Every implicit count's span covers its text in the article."""
    text = "Forces killed a commander and his deputy, and captured both couriers."
    sentence, _, _ = last_sentence(text)
    counts = implicit_counts(sentence)
    assert [c.text for c in counts] == ["a", "his", "both"]
    for count in counts:
        assert count.span is not None
        assert text[count.span.start : count.span.end] == count.text


def test_rules_are_a_table_by_opening_word() -> None:
    """The rules are a table keyed by the word that opens them; the scan looks only at those words."""
    assert frozenset(RULES) == OPENING_WORDS
    assert {RULES[word].__name__ for word in ("a", "both", "him")} == {"one_noun", "both", "pronoun"}


def test_the_plural_counted_before_is_that_count_again() -> None:
    """ "identified multiple armed insurgents … killed the insurgents": the count before, spanning "the"."""
    text = "Troops identified multiple armed insurgents near the post. The force engaged and killed the insurgents."
    sentence, _, _ = last_sentence(text)
    (count,) = implicit_counts(sentence)
    assert (count.text, count.low, count.high) == ("the", 2, 9)
    assert count.span is not None
    assert text[count.span.start : count.span.end] == "the"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The force killed the insurgents.", id="nothing-counted-before"),
        pytest.param("Troops saw several trucks. The force killed the insurgents.", id="another-noun-counted-before"),
        pytest.param("Troops saw several insurgents. The force watched the insurgents.", id="no-outcome-verb"),
    ],
)
def test_the_plural_with_no_count_before_is_no_count(text: str) -> None:
    """Without the same noun counted just before, or without an outcome verb, "the insurgents" counts nothing."""
    assert _implicit(text) == []


@pytest.mark.parametrize("before", ["", "to", "the", "now"])
def test_only_governing_verbs_govern_an_object(before: str) -> None:
    """No active verb left out of the governing verbs governs the word after it, so the scan may pass over them."""
    for verb in lex.ACTIVE_TRIGGERS:
        words = [w for w in (before, verb, "Karim") if w]
        tokens = [Token(k, k + 1, w, w.lower(), w[0].isalnum()) for k, w in enumerate(words)]
        governs = implicit._governs(tokens, len(tokens) - 1)  # noqa: SLF001 - the rule the scan's filter stands for
        assert not governs or verb in implicit._GOVERNING_VERBS, verb  # noqa: SLF001


_SCAN_WORDS = sorted(
    OPENING_WORDS | implicit._GOVERNING_VERBS | implicit._NAME_BEFORE  # noqa: SLF001 - the scan's word lists
    | frozenset(lex.NOMINAL_TRIGGERS) | frozenset(lex.ACTIVE_TRIGGERS) | {"of", "soldier", ","}
)  # fmt: skip


@given(
    keys=st.lists(st.one_of(st.sampled_from(["and", "was", "of", "death"]), st.sampled_from(_SCAN_WORDS)), max_size=30)
)
def test_one_scan_finds_what_each_pass_would(keys: list[str]) -> None:
    """The single scan of a sentence's keys gives each pass the indices a full pass of its own would find."""
    opened = [i for i, key in enumerate(keys) if key in OPENING_WORDS]
    governed = [i for i, key in enumerate(keys) if key in implicit._GOVERNING_VERBS]  # noqa: SLF001
    nominal = [i for i in range(1, len(keys)) if keys[i] == "of" and keys[i - 1] in lex.NOMINAL_TRIGGERS]
    named = [i for i in range(len(keys) - 2) if keys[i] in implicit._NAME_BEFORE]  # noqa: SLF001
    assert implicit._scan(keys) == (opened, governed, nominal, named)  # noqa: SLF001
