"""Sphinx configuration for the conflictclaims documentation."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import inspect
import pkgutil
from typing import TYPE_CHECKING

from sphinx.ext import intersphinx

import conflictclaims

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "conflictclaims"
author = "conflictclaims contributors"
copyright = "conflictclaims contributors"  # noqa: A001 - the name Sphinx reads
release = importlib.metadata.version("conflictclaims")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_inventories"]

# Every cross-reference must resolve: a name that renders as plain text is a broken link.
nitpicky = True

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The library documents itself with Google-style docstrings.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

# Other projects' types link to their documentation. Builds run offline: each
# inventory is tried online first, then from the copy in _inventories/ (see the
# README there for where each comes from and how to refresh it).
intersphinx_mapping = {
    name: (url, (None, f"_inventories/{name}.inv"))
    for name, url in {
        "python": "https://docs.python.org/3/",
        "attrs": "https://www.attrs.org/en/stable/",
        "cattrs": "https://catt.rs/en/stable/",
        "pandas": "https://pandas.pydata.org/docs/",
        "dask": "https://docs.dask.org/en/stable/",
        "pyarrow": "https://arrow.apache.org/docs/",
    }.items()
}
# An unreachable site should cost seconds, not the default socket timeout.
intersphinx_timeout = 5
# Types with no entry to link to in any inventory the build reads.
nitpick_ignore = [
    # regex documents itself in its README, not with Sphinx; its pattern type
    # lives in the private _regex module.
    ("py:class", "_regex.Pattern"),
    # The Python 3.11 docs, whose inventory _inventories/ keeps, describe
    # re.Pattern without a class entry.
    ("py:class", "re.Pattern"),
]
# Only the Python domain's objects resolve through other projects: never a
# page label or a term of theirs.
intersphinx_disabled_reftypes = ["std:*"]

html_theme = "furo"
html_title = "conflictclaims"


def _import_type_checking_names() -> None:
    """Bind the names each module imports under ``if TYPE_CHECKING:``.

    Annotations name types that the modules import only for the type checker
    (to keep imports one-way and cheap); autodoc evaluates annotations in the
    module's namespace, so it needs those names to link the types.
    """
    modules = [
        conflictclaims,
        *(
            importlib.import_module(info.name)
            for info in pkgutil.walk_packages(conflictclaims.__path__, "conflictclaims.")
            if not info.name.endswith("__main__")
        ),
    ]
    for module in modules:
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                code = compile(ast.Module(body=node.body, type_ignores=[]), module.__name__, "exec")
                exec(code, vars(module))  # noqa: S102 - import statements from the package's own source


_import_type_checking_names()


def _public_paths(target: str) -> list[str]:
    """Return the shorter paths a third-party object named by its private home is importable from.

    pandas, pyarrow and Dask define their classes in private modules
    (``dask.dataframe.dask_expr._collection.DataFrame``) and document them where
    users import them (``dask.dataframe.DataFrame``): every package on the way
    that holds the very same object, the shortest first.
    """
    module_path, _, name = target.rpartition(".")
    if not module_path or target.split(".", maxsplit=1)[0] == "conflictclaims":
        return []
    try:
        obj = getattr(importlib.import_module(module_path), name)
    except (ImportError, AttributeError):
        return []
    parts = module_path.split(".")
    paths = []
    for length in range(1, len(parts)):
        package = ".".join(parts[:length])
        try:
            if getattr(importlib.import_module(package), name, None) is obj:
                paths.append(f"{package}.{name}")
        except ImportError:
            continue
    return paths


def _link_public_path(
    app: Sphinx, env: BuildEnvironment, node: nodes.Element, contnode: nodes.TextElement
) -> nodes.reference | None:
    """Resolve a reference to a third-party class at its private home through a public path."""
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    # A class's signature keeps its annotations as written, so the module
    # alias the code base imports datetime under reaches the docs unresolved.
    if target.startswith("dt."):
        node["reftarget"] = f"datetime.{target.removeprefix('dt.')}"
        if (found := intersphinx.missing_reference(app, env, node, contnode)) is not None:
            return found
        node["reftarget"] = target
    for public in _public_paths(target):
        node["reftarget"] = public
        if (found := intersphinx.missing_reference(app, env, node, contnode)) is not None:
            return found
    node["reftarget"] = target
    return None


def setup(app: Sphinx) -> None:
    """Register the link to third-party classes' public paths."""
    app.connect("missing-reference", _link_public_path)
