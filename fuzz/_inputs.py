"""What the atheris targets share: how fuzzer bytes become text, and the entry-point checks.

Bytes are decoded as UTF-8 with ``surrogateescape``, so a seed file is plain
readable text, and every byte that is not valid UTF-8 becomes a lone surrogate
(U+DC80..U+DCFF): the fuzzer reaches odd code points without losing readable
seeds. The checks themselves live in ``tests/invariants.py``, shared with the
Hypothesis properties and the replay of ``fuzz/regressions/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # so that ``tests.invariants`` imports from a checkout

__all__ = ["ROOT", "text_of"]


def text_of(data: bytes) -> str:
    """Return the text a fuzzer input stands for."""
    return data.decode("utf-8", "surrogateescape")
