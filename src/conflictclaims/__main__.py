"""Run the command line: ``python -m conflictclaims``."""

from __future__ import annotations

import sys

from conflictclaims.cli import main

if __name__ == "__main__":
    sys.exit(main())
