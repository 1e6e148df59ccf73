"""Shared helpers for the benchmarks: a best-of-N timer and a printer that reports ratios to a baseline.

Every figure is reported next to a baseline measured in the same run on the
same input (for example ``int()`` on digit strings for the phrase parser), so
that a slow or busy machine shows up in both numbers and the ratio stays
comparable between runs. Times are the best of several runs, in CPU time of
this process (which other processes on a shared machine do not inflate) and
in wall-clock time.
"""

from __future__ import annotations

import gc
import math
import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Figure", "Timing", "best_of", "report"]


@dataclass(frozen=True)
class Timing:
    """The best CPU and wall-clock seconds of one call over several runs."""

    cpu: float
    wall: float


def best_of(function: Callable[[], object], *, repeat: int = 5) -> Timing:
    """Call ``function`` ``repeat`` times with the garbage collector paused; return the best times."""
    function()  # warm up: lazily compiled patterns, caches of the interpreter
    best_cpu = best_wall = math.inf
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            cpu, wall = time.process_time(), time.perf_counter()
            function()
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
    finally:
        if enabled:
            gc.enable()
    return Timing(cpu=max(best_cpu, 1e-9), wall=max(best_wall, 1e-9))


@dataclass(frozen=True)
class Figure:
    """One throughput figure: ``amount`` units of work per call, timed, with its baseline."""

    name: str
    unit: str
    amount: float
    timing: Timing
    baseline_name: str
    baseline: Timing

    @property
    def rate(self) -> float:
        """Units per CPU second."""
        return self.amount / self.timing.cpu

    @property
    def wall_rate(self) -> float:
        """Units per wall-clock second."""
        return self.amount / self.timing.wall

    @property
    def baseline_rate(self) -> float:
        """Baseline units per CPU second."""
        return self.amount / self.baseline.cpu

    @property
    def ratio(self) -> float:
        """How many times slower than the baseline (CPU time)."""
        return self.timing.cpu / self.baseline.cpu


def _number(value: float) -> str:
    """Format a rate readably: 3 significant figures, thousands separated."""
    if value >= 100:  # noqa: PLR2004 - no decimals once the number is large
        return f"{value:,.0f}"
    return f"{value:.2f}"


def report(title: str, figures: list[Figure]) -> str:
    """Return a table of ``figures``, each with its rate and its ratio to the baseline."""
    lines = [title, f"{'figure':<34} {'CPU rate':>16} {'wall rate':>16}   {'baseline (CPU)':<44} {'ratio':>8}"]
    lines.extend(
        f"{f.name:<34} {_number(f.rate) + ' ' + f.unit:>16} {_number(f.wall_rate) + ' ' + f.unit:>16}   "
        f"{f.baseline_name + ': ' + _number(f.baseline_rate) + ' ' + f.unit:<44} {f.ratio:>7.1f}x"
        for f in figures
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines.append(
        f"(best of several runs; ratio = times slower than the baseline; cpus {os.cpu_count()}, load {load:.1f})"
    )
    return "\n".join(lines)
