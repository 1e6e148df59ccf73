"""Sphinx configuration for the conflictclaims documentation."""

from __future__ import annotations

import importlib.metadata

project = "conflictclaims"
author = "conflictclaims contributors"
copyright = "conflictclaims contributors"  # noqa: A001 - the name Sphinx reads
release = importlib.metadata.version("conflictclaims")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
# No intersphinx: documentation builds run without network access.

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The library documents itself with Google-style docstrings.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = "conflictclaims"
