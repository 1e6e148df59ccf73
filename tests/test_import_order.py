"""The package's modules import one another in one direction only.

Data flows one way through the pipeline (see DESIGN.md), and so do imports: a
module may import only from modules in an earlier layer. This keeps the models
free of the extractor, ``import conflictclaims`` cheap, and cattrs confined to
``serialize``.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = "conflictclaims"
SOURCE = Path(__file__).resolve().parent.parent / "src" / PACKAGE

# Each inner tuple is one layer; a module may import from any earlier layer,
# never from its own layer or a later one. Register a new module here, in the
# layer after everything it needs and before everything that needs it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("_version", "exceptions"),
    # How the models check their fields, used from the count model on.
    ("_checks",),
    ("_lexicon", "_armed_groups"),
    ("span",),
    # Number phrases: the count model and the grammar, its interpreter, the scanner, then their public face.
    ("_count_model", "_count_grammar"),
    ("_count_interpreter",),
    ("_count_scanner",),
    ("counts",),
    # The models' enumerations and validators, the party model, then the models.
    ("_model_fields",),
    ("_party",),
    ("_claim_model",),
    ("model",),
    # Parties come right after the models (DESIGN.md); the index needs only its table.
    ("_group_index",),
    # The one token table, which the incidents stage reads too.
    ("tokens",),
    # Incidents work on finished claims, the text and its tokens: the words they read, the reading, the roles.
    ("_incident_cues",),
    ("_incident_words",),
    ("_incident_notes",),
    ("_incident_reader",),
    ("_incident_roles",),
    ("incidents",),
    ("sentences", "temporal"),
    # The finders read the one token table; each keeps its lexicon or index apart from its scan.
    ("_place_index", "_actor_lexicon"),
    ("_place_scanner",),
    ("gazetteer", "_actor_pieces"),
    ("_actor_scanner",),
    ("actors", "parties"),
    # The extractor's stages, in the order they run; its facade (the package) comes after them.
    ("extraction.header", "extraction.normalize"),
    ("extraction.document",),
    ("extraction.context",),
    ("extraction.sentence", "extraction.speakers"),
    ("extraction.generic",),
    ("extraction.agents",),
    ("extraction.attribution",),
    ("extraction.drafts", "extraction.phrases"),
    ("extraction.sides",),
    ("extraction.outcomes", "extraction.perpetrators", "extraction.subjects", "extraction.implicit"),
    ("extraction.unit_outcomes",),
    ("extraction.unnumbered",),
    ("extraction.claims", "extraction.ceasefires", "extraction.assemble"),
    ("extraction.reading",),
    ("extraction",),
    ("disputes",),
    # The serializer: JSON text, the converter's general hooks, then its errors and articles; the API last.
    ("serialize._json",),
    ("serialize._hooks",),
    ("serialize._errors", "serialize._articles"),
    ("serialize",),
    # Batches: their records, the flat tables' rows, then the batch functions.
    ("_records",),
    ("_tables",),
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
    "cattrs": frozenset({"serialize", "serialize._hooks", "serialize._errors", "serialize._articles"}),
}

LAYER_OF: dict[str, int] = {name: index for index, layer in enumerate(LAYERS) for name in layer}


def _modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def _name(path: Path) -> str:
    """A module's registered name: its dotted path inside the package ("extraction.header").

    A subpackage's ``__init__`` is the subpackage ("extraction"); the package's own is
    "__init__"; a file outside the source tree (the checker's own tests) is its stem.
    """
    try:
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    except ValueError:
        return path.stem
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    """Whether ``name`` (dotted, inside the package) is a module or subpackage of the source tree."""
    where = SOURCE.joinpath(*name.split("."))
    return where.with_suffix(".py").exists() or where.is_dir()


def _imports(path: Path) -> set[str]:
    """Return every absolute module name ``path`` imports, relative imports resolved.

    Importing a name from the package itself (``from conflictclaims import Count``)
    goes through its front door, and is reported as ``conflictclaims.__init__``;
    importing a name from a subpackage that is none of its modules goes through
    the subpackage's facade.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = _name(path).split(".")
    package = here if path.name == "__init__.py" and len(here) > 1 else here[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[: len(package) - (node.level - 1)]
                base = ".".join([PACKAGE, *parent, *([base] if base else [])])
            if base != PACKAGE and not (base.startswith(f"{PACKAGE}.") and _is_module_dir(base)):
                names.add(base)
                continue
            inner = base.removeprefix(PACKAGE).lstrip(".")
            for alias in node.names:
                dotted = f"{inner}.{alias.name}" if inner else alias.name
                if _is_module(dotted) or dotted in LAYER_OF:
                    names.add(f"{PACKAGE}.{dotted}")
                else:
                    names.add(f"{base}.__init__" if base == PACKAGE else base)
    return names


def _is_module_dir(base: str) -> bool:
    """Whether ``base`` names a subpackage, whose names may be modules of their own."""
    return SOURCE.joinpath(*base.removeprefix(PACKAGE).lstrip(".").split(".")).is_dir()


def _package_imports(path: Path) -> set[str]:
    """Return the package's modules ``path`` imports, by registered name ("actors", "extraction.header")."""
    prefix = f"{PACKAGE}."
    found: set[str] = set()
    for name in _imports(path):
        if name == PACKAGE:
            found.add("__init__")
        elif name.startswith(prefix):
            parts = name.removeprefix(prefix).split(".")
            # The longest registered or existing module the name starts with.
            while len(parts) > 1 and not (".".join(parts) in LAYER_OF or _is_module(".".join(parts))):
                parts.pop()
            found.add(".".join(parts))
    return found


def _declared_in_package(name: str, source: Path = SOURCE) -> bool:
    return (source / f"{name}.py").exists() or (source / name).is_dir() or _is_module(name)


MODULES = [pytest.param(path, id=_name(path)) for path in _modules()]


def test_the_source_tree_is_found() -> None:
    """The test reads the real source tree, so an empty glob cannot pass silently."""
    names = {_name(path) for path in _modules()}
    assert {"__init__", "counts", "model", "exceptions", "extraction", "extraction.header"} <= names


@pytest.mark.parametrize("path", MODULES)
def test_module_is_registered(path: Path) -> None:
    """Every module has a place in LAYERS, except private data modules that import nothing from the package."""
    name = _name(path)
    if name in LAYER_OF:
        return
    if name.split(".")[-1].startswith("_") and not _package_imports(path):
        return
    pytest.fail(
        f"src/{PACKAGE}/{name}.py is not in LAYERS in {Path(__file__).name}: add it to the layer after every "
        f"module it imports ({sorted(_package_imports(path))}) and before every module that imports it."
    )


@pytest.mark.parametrize("path", MODULES)
def test_imports_point_backwards(path: Path) -> None:
    """A module imports only from modules in earlier layers."""
    name = _name(path)
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
    assert not missing, f"{_name(path)} imports unknown modules {missing}"


@pytest.mark.parametrize("path", MODULES)
def test_restricted_dependencies(path: Path) -> None:
    """Third-party libraries with a single home (cattrs → the serialize package) are imported nowhere else."""
    tops = {name.split(".")[0] for name in _imports(path)}
    for dependency, homes in ONLY_IN.items():
        if dependency in tops:
            assert _name(path) in homes, f"{_name(path)} imports {dependency}; only {sorted(homes)} may"


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


def test_checker_flags_a_stage_importing_a_later_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside a subpackage, a stage importing a later stage is caught, by its dotted name."""
    for name in ("header", "claims"):
        (tmp_path / "extraction").mkdir(exist_ok=True)
        (tmp_path / "extraction" / f"{name}.py").write_text("", encoding="utf-8")
    stage = tmp_path / "extraction" / "header.py"
    stage.write_text("from conflictclaims.extraction.claims import ClaimReader\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SOURCE", tmp_path)
    assert _name(stage) == "extraction.header"
    assert _package_imports(stage) == {"extraction.claims"}
    with pytest.raises(AssertionError, match=r"extraction.header imports \['extraction.claims'\]"):
        test_imports_point_backwards(stage)


def test_checker_reads_a_facade_import_as_the_subpackage(tmp_path: Path) -> None:
    """A name imported from a subpackage that is no module of it goes through the subpackage's facade."""
    sample = tmp_path / "sample.py"
    sample.write_text("from conflictclaims.extraction import read_header\n", encoding="utf-8")
    assert _package_imports(sample) == {"extraction"}
