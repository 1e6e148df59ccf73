"""The package's modules import one another in one direction only.

Data flows one way through the pipeline (see DESIGN.md), and so do imports: a
module may import only from modules in an earlier layer. This keeps the models
free of the extractor, ``import conflictclaims`` cheap, and cattrs confined to
``serialize``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "conflictclaims"
SOURCE = Path(__file__).resolve().parent.parent / "src" / PACKAGE

# Each inner tuple is one layer; a module may import from any earlier layer,
# never from its own layer or a later one. Register a new module here, in the
# layer after everything it needs and before everything that needs it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("_version", "exceptions"),
    ("_lexicon", "_armed_groups"),
    ("counts",),
    ("model",),
    # Parties come right after the models (DESIGN.md); the index needs only its table.
    ("_group_index",),
    # Incidents work on finished claims and the text alone.
    ("incidents",),
    ("gazetteer", "sentences", "temporal"),
    ("actors",),
    ("extraction",),
    ("disputes",),
    ("serialize",),
    ("scale",),
    # The command line batches through scale: its inputs and outputs, then its
    # subcommands, then the parser and entry point; __main__ only runs the command line.
    ("_cli_inputs", "_cli_output"),
    ("_cli_commands",),
    ("cli", "dask"),
    ("__main__",),
    # The package's front door re-exports everything, so it comes last.
    ("__init__",),
)

# Third-party imports allowed only in the named modules.
ONLY_IN: dict[str, frozenset[str]] = {
    "cattrs": frozenset({"serialize"}),
}

LAYER_OF: dict[str, int] = {name: index for index, layer in enumerate(LAYERS) for name in layer}


def _modules() -> list[Path]:
    return sorted(SOURCE.glob("*.py"))


def _imports(path: Path) -> set[str]:
    """Return every absolute module name ``path`` imports, relative imports resolved.

    Importing a name from the package itself (``from conflictclaims import Count``)
    goes through its front door, and is reported as ``conflictclaims.__init__``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = f"{PACKAGE}.{base}" if base else PACKAGE
            if base != PACKAGE:
                names.add(base)
                continue
            for alias in node.names:
                is_module = _declared_in_package(alias.name, path.parent) or alias.name in LAYER_OF
                names.add(f"{PACKAGE}.{alias.name}" if is_module else f"{PACKAGE}.__init__")
    return names


def _package_imports(path: Path) -> set[str]:
    """Return the sibling modules ``path`` imports (first component after the package)."""
    prefix = f"{PACKAGE}."
    siblings = {name.removeprefix(prefix).split(".")[0] for name in _imports(path) if name.startswith(prefix)}
    if PACKAGE in _imports(path):
        siblings.add("__init__")
    return siblings


def _declared_in_package(name: str, source: Path = SOURCE) -> bool:
    return (source / f"{name}.py").exists() or (source / name).is_dir()


MODULES = [pytest.param(path, id=path.stem) for path in _modules()]


def test_the_source_tree_is_found() -> None:
    """The test reads the real source tree, so an empty glob cannot pass silently."""
    stems = {path.stem for path in _modules()}
    assert {"__init__", "counts", "model", "exceptions"} <= stems


@pytest.mark.parametrize("path", MODULES)
def test_module_is_registered(path: Path) -> None:
    """Every module has a place in LAYERS, except private data modules that import nothing from the package."""
    name = path.stem
    if name in LAYER_OF:
        return
    if name.startswith("_") and not _package_imports(path):
        return
    pytest.fail(
        f"src/{PACKAGE}/{name}.py is not in LAYERS in {Path(__file__).name}: add it to the layer after every "
        f"module it imports ({sorted(_package_imports(path))}) and before every module that imports it."
    )


@pytest.mark.parametrize("path", MODULES)
def test_imports_point_backwards(path: Path) -> None:
    """A module imports only from modules in earlier layers."""
    name = path.stem
    # Unregistered private data modules sit before everything that uses them.
    own = LAYER_OF.get(name, -1)
    wrong = sorted(other for other in _package_imports(path) if other != name and LAYER_OF.get(other, -1) >= own >= 0)
    assert not wrong, (
        f"{name} imports {wrong}, which come at or after it in LAYERS "
        "(import names from the module that defines them, never from the package's __init__)"
    )


@pytest.mark.parametrize("path", MODULES)
def test_imports_name_existing_modules(path: Path) -> None:
    """Imports from the package name modules that exist (or are registered for a later landing)."""
    missing = sorted(
        other for other in _package_imports(path) if not _declared_in_package(other) and other not in LAYER_OF
    )
    assert not missing, f"{path.stem} imports unknown modules {missing}"


@pytest.mark.parametrize("path", MODULES)
def test_restricted_dependencies(path: Path) -> None:
    """Third-party libraries with a single home (cattrs → serialize) are imported nowhere else."""
    tops = {name.split(".")[0] for name in _imports(path)}
    for dependency, homes in ONLY_IN.items():
        if dependency in tops:
            assert path.stem in homes, f"{path.stem} imports {dependency}; only {sorted(homes)} may"


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        pytest.param("counts", {"model", "extraction", "disputes", "serialize", "cli", "scale"}, id="counts"),
        pytest.param("model", {"extraction", "disputes", "serialize", "cli", "scale", "gazetteer"}, id="model"),
        pytest.param("exceptions", {"counts", "model", "extraction"}, id="exceptions"),
    ],
)
def test_core_modules_stay_independent(module: str, forbidden: set[str]) -> None:
    """The count parser and the models never reach into the extractor or anything after it."""
    path = SOURCE / f"{module}.py"
    assert not (_package_imports(path) & forbidden)


def test_checker_sees_relative_and_package_imports(tmp_path: Path) -> None:
    """The import reader resolves ``from . import x`` and ``from conflictclaims import x`` to sibling modules."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from . import extraction\nfrom .model import Claim\nfrom conflictclaims import serialize, Count\n"
        "import cattrs.gen\n",
        encoding="utf-8",
    )
    assert _package_imports(sample) == {"__init__", "extraction", "model", "serialize"}
    assert "cattrs.gen" in _imports(sample)


def test_checker_flags_a_late_import(tmp_path: Path) -> None:
    """The layer comparison catches a model importing the extractor."""
    sample = tmp_path / "model.py"
    sample.write_text("from conflictclaims.extraction import extract\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"model imports \['extraction'\]"):
        test_imports_point_backwards(sample)


def test_layers_name_each_module_once() -> None:
    """No module is registered in two layers."""
    names = [name for layer in LAYERS for name in layer]
    assert len(names) == len(set(names))
