"""The docs: examples run as shown, and the API page documents every public name once.

Sybil reads the ```python blocks of each Markdown page: ``>>>`` blocks are
doctests, other blocks must run without error. Each page runs top to bottom in
one namespace, the way a reader would type it, so a page is one test.

The API page is read the way autodoc reads it: an ``auto...`` directive
documents its target, and an ``automodule`` documents the names of the
module's ``__all__`` that it does not exclude.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from typing import NamedTuple

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


API_PAGE = ROOT / "docs" / "api.md"
PACKAGE = "conflictclaims"

_DIRECTIVE = re.compile(r"^\.\. (?P<kind>[\w:]+):: *(?P<target>\S*)$")
_OPTION = re.compile(r"^ {3}:(?P<name>[\w-]+):(?P<value>.*)$")


class Entry(NamedTuple):
    """One name the API page documents: as which path, through which directive, on which line."""

    path: str
    directive: str
    line: int
    indexed: bool


def _public_modules() -> list[str]:
    """The package and every submodule whose dotted path has no private part."""
    package = importlib.import_module(PACKAGE)
    names = [PACKAGE]
    for info in pkgutil.walk_packages(package.__path__, f"{PACKAGE}."):
        parts = info.name.split(".")[1:]
        if not any(part.startswith("_") for part in parts):
            names.append(info.name)
    return names


def _directives(text: str) -> list[tuple[str, str, dict[str, str], int]]:
    """Every reST directive of the page: its kind, target, options and line, with currentmodule applied."""
    found: list[tuple[str, str, dict[str, str], int]] = []
    lines = text.splitlines()
    current = ""
    for number, line in enumerate(lines, start=1):
        match = _DIRECTIVE.match(line)
        if match is None:
            continue
        kind, target = match["kind"], match["target"]
        options: dict[str, str] = {}
        last = ""
        for following in lines[number:]:
            if option := _OPTION.match(following):
                last = option["name"]
                options[last] = option["value"].strip()
            elif last and following.startswith(" " * 6):
                options[last] += " " + following.strip()
            else:
                break
        if kind in {"currentmodule", "py:currentmodule"}:
            current = target
            continue
        if kind == "automodule":
            current = target
        elif not target.startswith(f"{PACKAGE}.") and target != PACKAGE and current:
            target = f"{current}.{target}"
        found.append((kind, target, options, number))
    return found


def _resolve(path: str) -> object:
    """The object a dotted path names: the longest importable module, then attributes."""
    parts = path.split(".")
    for split in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            obj = getattr(obj, name)
        return obj
    msg = f"nothing to import in {path!r}"
    raise ImportError(msg)


def _names(option: str) -> set[str]:
    return {name.strip() for name in option.split(",") if name.strip()}


def _entries() -> list[Entry]:
    """Every module-level name and module the API page documents."""
    entries: list[Entry] = []
    for kind, target, options, line in _directives(API_PAGE.read_text(encoding="utf-8")):
        indexed = "no-index" not in options
        if kind == "automodule":
            entries.append(Entry(target, kind, line, indexed))
            if options.get("members"):
                pytest.fail(f"api.md, line {line}: autodoc_default_options overrides a :members: list; exclude instead")
            if "no-members" in options:
                continue
            module = importlib.import_module(target)
            excluded = _names(options.get("exclude-members", ""))
            unknown = excluded - set(module.__all__)
            assert not unknown, f"api.md, line {line}: {target} does not export {sorted(unknown)}"
            entries.extend(
                Entry(f"{target}.{name}", kind, line, indexed) for name in module.__all__ if name not in excluded
            )
        elif kind.startswith("auto"):
            entries.append(Entry(target, kind, line, indexed))
    return entries


ENTRIES = _entries()


def _has_own_doc(path: str) -> bool:
    """Whether autodoc finds a docstring of the object's own (not its class's or base's) for ``path``."""
    module_name, _, name = path.rpartition(".")
    obj = _resolve(path)
    if inspect.ismodule(obj):
        return bool(obj.__doc__)
    if inspect.isclass(obj):
        return bool(vars(obj).get("__doc__"))
    if inspect.isroutine(obj):
        return bool(inspect.getdoc(obj))
    return name in _documented_variables(module_name)


def _documented_variables(module_name: str) -> set[str]:
    """Module-level names assigned with a ``#:`` comment before them or a docstring after them."""
    source = inspect.getsource(importlib.import_module(module_name))
    lines = source.splitlines()
    body = ast.parse(source).body
    found: set[str] = set()
    for index, node in enumerate(body):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {target.id for target in targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.Try):
            # ``__version__`` is assigned in a try block; autodoc reads its comment there too.
            names = {
                target.id
                for inner in node.body
                if isinstance(inner, ast.Assign)
                for target in inner.targets
                if isinstance(target, ast.Name) and lines[inner.lineno - 2].strip().startswith("#:")
            }
            found |= names
            continue
        else:
            continue
        commented = node.lineno > 1 and lines[node.lineno - 2].strip().startswith("#:")
        following = body[index + 1] if index + 1 < len(body) else None
        docstring = (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        )
        if commented or docstring:
            found |= names
    return found


def test_api_page_is_read() -> None:
    """The parser finds the page's directives, so a change of syntax cannot make every check pass vacuously."""
    kinds = {entry.directive for entry in ENTRIES}
    assert {"automodule", "autofunction", "autoclass", "autoexception", "autodata"} <= kinds
    assert f"{PACKAGE}.extract" in {entry.path for entry in ENTRIES}
    assert len(ENTRIES) > 150


@pytest.mark.parametrize("module", _public_modules())
def test_public_module_is_documented(module: str) -> None:
    """Every public module has its section on the API page, so ``{mod}`` links to it resolve."""
    documented = {entry.path for entry in ENTRIES if entry.directive == "automodule" and entry.indexed}
    assert module in documented, f"add a section with `.. automodule:: {module}` to docs/api.md"


@pytest.mark.parametrize("module", _public_modules())
def test_public_names_are_documented(module: str) -> None:
    """Every name in a public module's ``__all__`` is documented, as that object, under its own name.

    A name re-exported from the package counts where the package documents it
    (``conflictclaims.Count`` for ``conflictclaims.counts.Count``).
    """
    imported = importlib.import_module(module)
    documented: dict[str, list[object]] = {}
    for entry in ENTRIES:
        if entry.indexed:
            documented.setdefault(entry.path.rpartition(".")[2], []).append(_resolve(entry.path))
    missing = [
        name
        for name in getattr(imported, "__all__", ())
        if not any(obj is getattr(imported, name) for obj in documented.get(name, []))
    ]
    assert not missing, (
        f"{module} exports {missing}, which docs/api.md does not document: document each under "
        f"`{PACKAGE}` if the package re-exports it, else in the `{module}` section"
    )


def test_each_name_is_documented_once() -> None:
    """No object is documented under two paths: one canonical place, any other marked ``:no-index:``."""
    seen: dict[tuple[str, int], Entry] = {}
    twice: list[str] = []
    for entry in ENTRIES:
        if not entry.indexed:
            continue
        key = (entry.path.rpartition(".")[2], id(_resolve(entry.path)))
        if key in seen:
            twice.append(f"{entry.path} (line {entry.line}) and {seen[key].path} (line {seen[key].line})")
        seen[key] = entry
    assert not twice, "documented twice: " + "; ".join(twice)


@pytest.mark.parametrize("entry", [pytest.param(entry, id=entry.path) for entry in ENTRIES])
def test_documented_name_has_a_docstring(entry: Entry) -> None:
    """Every name on the API page has a docstring of its own, which ``automodule`` needs to list it at all."""
    assert _has_own_doc(entry.path), (
        f"{entry.path} has no docstring of its own (a data name needs a `#:` comment before its assignment "
        f"or a docstring after it, in the module that documents it)"
    )
