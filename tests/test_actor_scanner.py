"""Tests for conflictclaims._actor_scanner: the scan that builds actor mentions from the pieces."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictclaims._actor_lexicon import actor_tokens, lexicon, matches
from conflictclaims._actor_pieces import DETERMINERS
from conflictclaims._actor_scanner import ActorMention, _Scanner, scan
from conflictclaims.model import ActorKind
from conflictclaims.span import Span
from conflictclaims.tokens import tokenize


def _scan(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.kind.value, m.country) for m in scan(actor_tokens(tokenize(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Taliban spokesman Zabihullah Mujahid said", [("Zabihullah Mujahid", "person", "AFG")], id="titled-person"
        ),
        pytest.param("a senior official said", [("senior official", "person", None)], id="anonymous-speaker"),
        pytest.param("Lt. Gen. Ahmed Sharif Chaudhry said", [("Ahmed Sharif Chaudhry", "person", None)], id="ranked"),
        pytest.param(
            "Afghanistan's Defense Ministry said",
            [("Afghanistan's Defense Ministry", "military", "AFG")],
            id="institution",
        ),
        pytest.param("12 Pakistani soldiers", [("Pakistani soldiers", "military", "PAK")], id="people"),
        pytest.param("Hamas members said", [("Hamas", "armed_group", "PSE")], id="group-with-people-noun"),
        pytest.param("Kabul denies it", [("Afghanistan", "state", "AFG")], id="capital-for-government"),
        pytest.param("strikes in Kabul", [], id="capital-as-place"),
        pytest.param("the Washington Post reported", [], id="capital-in-a-newspaper"),
        pytest.param("the Times of India reported", [], id="country-in-a-newspaper"),
        pytest.param("Washington said", [("United States", "state", "USA")], id="capital-before-a-verb"),
        pytest.param(
            "Ahmad Khalil said so. Khalil added more.", [("Ahmad Khalil", "person", None)] * 2, id="surname-later"
        ),
    ],
)
def test_scan_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each pattern of the scan gives its mention, in order, without overlaps."""
    assert _scan(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        pytest.param(
            "a local councillor, Aminu Garba, said", "Aminu Garba", "local councillor", id="title-comma-name"
        ),
        pytest.param(
            "A resident of Jilib, Faadumo Cali, said", "Faadumo Cali", "resident of Jilib", id="of-a-place"
        ),
        pytest.param(
            "the head of a regional herders' union, Musa Bello, told reporters",
            "Musa Bello",
            "head of a regional herders' union",
            id="of-a-body",
        ),
        pytest.param(
            "A local civil society leader, Josue Kahindo, told us",
            "Josue Kahindo",
            "local civil society leader",
            id="civil-society",
        ),
        pytest.param(
            "said Luisa Ortiz, the office's delegate in the department.",
            "Luisa Ortiz",
            "office's delegate",
            id="name-then-delegate",
        ),
    ],
)
def test_a_role_set_before_a_name_in_apposition(text: str, name: str, role: str) -> None:
    """A title with its "of" phrase before a name in commas gives the name that role."""
    (person,) = [m for m in scan(actor_tokens(tokenize(text))) if m.kind is ActorKind.PERSON]
    assert (person.name, person.role) == (name, role)


def test_an_of_phrase_without_a_name_after_it_names_no_one() -> None:
    """ "a resident of the town, who ..." has no name in apposition: no person is read past the comma."""
    mentions = scan(actor_tokens(tokenize("A resident of the town, who declined to be named, said so.")))
    assert all(m.name != "who" for m in mentions)
    assert all("declined" not in m.text for m in mentions)


def test_known_matches_give_the_same_scan() -> None:
    """Lexicon matches found beforehand give exactly the scan that finds them itself."""
    view = actor_tokens(tokenize("Pakistan's military spokesperson said 12 Afghan soldiers died."))
    assert scan(view, matches(view, lexicon())) == scan(view)


def test_mention_fields_are_checked() -> None:
    """A mention refuses a required field of the wrong type, naming it."""
    with pytest.raises(TypeError, match="name must be a str"):
        ActorMention(span=Span(start=0, end=1), text="x", name=1, kind=ActorKind.PERSON)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="kind must be a ActorKind"):
        ActorMention(span=Span(start=0, end=1), text="x", name="x", kind="person")  # type: ignore[arg-type]


def test_scanned_mentions_pass_the_constructor() -> None:
    """The mentions the scan builds field by field are those the checked constructor builds from their fields."""
    text = "Taliban spokesman Zabihullah Mujahid said Kabul denies that 12 Pakistani soldiers and Hamas members died."
    found = scan(actor_tokens(tokenize(text)))
    assert len(found) == 4
    for mention in found:
        assert attrs.evolve(mention) == mention
        assert text[mention.span.start : mention.span.end] == mention.text


class _EveryToken(_Scanner):
    """The scan without its prefilters: every token is tried as a start, as ``titled`` and ``named`` define it."""

    def run(self) -> tuple[ActorMention, ...]:
        pos = 0
        for i in range(self.n):
            if i < pos:
                continue
            k = i + 1 if self.keys[i] in DETERMINERS else i
            nxt = i
            if k < self.n and (self.m[k] is not None or "-" in self.keys[k]):
                nxt = self.titled(i, k)
            if nxt == i and self.surfaces[i][:1].isupper():
                nxt = self.named(i)
            pos = max(nxt, i + 1)
        return tuple(self.out)


_WORDS = st.sampled_from(
    [
        "Pakistan", "Pakistan's", "’s", "Taliban", "Taliban-led", "spokesperson", "Zabihullah", "Mujahid", ",",
        "a", "the", "The", "for", "of", "Lt.", "Gen.", "Ministry", "Defence", "Afghan", "Afghan-ISAF", "soldiers",
        "Kabul", "in", "In", "said", "Hamas-run", "U.S.", "al-Burhan", "security", "force", "forces", "TTP", "(",
        "—", "Mr.", "X", "officials", "Joint", "Command", "After", "ak-47", "-", "Pakistani", "territory",
    ]
)  # fmt: skip


@given(st.one_of(st.text(), st.lists(_WORDS, max_size=40).map(" ".join)))
@example("The Afghan-ISAF security force said In Kabul, a spokesperson for the Taliban-led Ministry, Mr. X said")
def test_the_prefiltered_starts_give_the_full_scan(text: str) -> None:
    """Skipping the tokens no mention can start at finds what trying every token finds."""
    toks = actor_tokens(tokenize(text))
    assert scan(toks) == _EveryToken(toks).run()
