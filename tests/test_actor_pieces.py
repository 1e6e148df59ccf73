"""Tests for conflictclaims._actor_pieces: affiliations, title chains, ranks and names read from tokens."""

from __future__ import annotations

from conflictclaims._actor_lexicon import actor_tokens
from conflictclaims._actor_pieces import PhraseReader
from conflictclaims.tokens import tokenize


def _reader(text: str) -> PhraseReader:
    return PhraseReader(actor_tokens(tokenize(text)))


def test_affiliation_and_led_modifier() -> None:
    """A demonym is an affiliation; so is "Taliban-led", with the group's side."""
    reader = _reader("Pakistani Taliban-led forces")
    first, led = reader.affil_at(0), reader.affil_at(1)
    assert first is not None
    assert (first.country, first.what) == ("PAK", "demonym")
    assert led is not None
    assert (led.country, led.what, led.group) == ("AFG", "side", "Taliban")


def test_prefix_reads_affiliation_title_and_head() -> None:
    """ "Pakistan's military spokesperson" is an affiliation, possessive, then a title chain ending in a head."""
    reader = _reader("Pakistan's military spokesperson Ahmed Sharif Chaudhry said")
    prefix = reader.prefix(0)
    assert [a.country for a in prefix.affils] == ["PAK"]
    assert prefix.affils[0].possessive
    assert prefix.head_end == 4
    assert reader.name_at(4) == 7


def test_ranks_and_names() -> None:
    """Ranks and honorifics come before a name; an initial before a full stop is part of it."""
    reader = _reader("Lieutenant General George W. Bush spoke")
    end, rank_end = reader.titles_at(0)
    assert (end, rank_end) == (2, 2)
    assert reader.name_at(end) == 6
    assert not reader.is_name_word(0, first=True)


def test_lone_word_starts_nothing() -> None:
    """A people noun alone ("the soldiers left") starts no mention; before a title head it may."""
    assert _reader("the soldiers left").lone_word(1)
    assert not _reader("military spokesperson said").lone_word(0)
    assert not _reader("Pakistani soldiers").lone_word(0)


def test_side_prefers_a_named_group() -> None:
    """Of several modifiers, a named group gives the side, else the first country."""
    reader = _reader("Iran-backed Houthi fighters")
    prefix = reader.prefix(0)
    assert reader.side(prefix.affils) == ("YEM", "Houthis")
    assert reader.side([]) == (None, None)
