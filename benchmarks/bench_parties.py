"""Throughput of the party lookup, against a plain dictionary lookup in the same run.

- ``resolve``: surface forms per second over every name, acronym, alias and
  member noun of the table, half of them dressed the way text writes them
  ("the X's", upper case), with one country of context; baseline a ``dict.get``
  on the lower-cased form over the same list (what a lookup without folding,
  context or ambiguity costs).

The index is compiled on first use; that first call is reported apart, timed
in a fresh interpreter.

Usage::

    python benchmarks/bench_parties.py           # full sizes
    python benchmarks/bench_parties.py --quick   # small sizes, for a CI smoke run
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from _common import Figure, best_of, report

from conflictclaims._armed_groups import PARTIES
from conflictclaims._group_index import default_index


def _forms() -> list[str]:
    forms = [form for party in PARTIES for form in (party.name, *party.acronyms, *party.aliases, *party.members)]
    dressed = [f"the {form}'s" if i % 2 else form.upper() for i, form in enumerate(forms)]
    return [form for pair in zip(forms, dressed, strict=True) for form in pair]


def first_call_seconds() -> float:
    """Return the time of the first lookup in a fresh interpreter (table import and index compile)."""
    code = (
        "import time, conflictclaims; t = time.perf_counter(); "
        "from conflictclaims._group_index import resolve; resolve('Houthi'); print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    return float(done.stdout)


def figures(*, quick: bool) -> list[Figure]:
    """Measure ``resolve`` and its baseline over the same forms."""
    index = default_index()
    base = _forms()
    n = 5_000 if quick else 50_000
    forms = [base[i % len(base)] for i in range(n)]
    plain = {form.lower(): form for form in base}
    repeat = 3 if quick else 7
    context = ("SDN",)
    lookup = best_of(lambda: [index.resolve(form, context) for form in forms], repeat=repeat)
    baseline = best_of(lambda: [plain.get(form.lower()) for form in forms], repeat=repeat)
    return [Figure("resolve (table forms, dressed)", "forms/s", n, lookup, "dict.get(form.lower())", baseline)]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs and few runs, for a smoke test")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    print(report("parties: surface form to party", figures(quick=args.quick)))
    print(f"first lookup, which imports the table and compiles the index: {first_call_seconds():.3f} s")
    print(f"(bench_parties took {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
