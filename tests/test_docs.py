"""The examples in the README and the user guides run and print what they show.

Sybil reads the ```python blocks of each Markdown page: ``>>>`` blocks are
doctests, other blocks must run without error. Each page runs top to bottom in
one namespace, the way a reader would type it, so a page is one test.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

SYBIL = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
        SkipParser(),
    ],
    path=str(ROOT),
    patterns=["*.md"],
)


def test_pages_are_found() -> None:
    """The README and the guides are where this test looks, so a moved docs folder fails loudly."""
    names = {page.name for page in PAGES}
    assert {"README.md", "index.md", "quickstart.md", "number-phrases.md"} <= names


@pytest.mark.parametrize("page", [pytest.param(page, id=page.name) for page in PAGES])
def test_page_examples(page: Path) -> None:
    """Every Python example on the page runs, and every doctest prints what the page shows."""
    failures: list[str] = []
    for example in SYBIL.parse(page).examples():
        try:
            example.evaluate()
        except Exception as error:  # noqa: BLE001 - report every broken example on the page, not just the first
            failures.append(f"{page.name}, line {example.line}: {type(error).__name__}: {error}")
    if failures:
        pytest.fail("\n\n".join(failures), pytrace=False)


@pytest.mark.parametrize(
    ("page", "at_least"),
    [
        pytest.param("number-phrases.md", 40, id="number-phrases"),
        pytest.param("quickstart.md", 5, id="quickstart"),
    ],
)
def test_pages_carry_examples(page: str, at_least: int) -> None:
    """The guides' examples are found by the parser, so a change of fence syntax cannot silently skip them."""
    document = SYBIL.parse(ROOT / "docs" / page)
    examples = list(document.examples())
    assert len(examples) >= at_least, f"{page}: only {len(examples)} examples found"
