"""Corpus throughput and memory: extract_many over thousands of articles, one and two workers.

The corpus is the seed articles repeated with distinct ids, written as JSON
Lines and streamed back in, the way the command line reads a corpus. Each
configuration runs in a fresh subprocess so that peak memory (``ru_maxrss``)
belongs to that configuration alone: the parent's peak, and the largest
worker's peak when there is a pool. Flat peaks from 2,000 to 20,000 articles
show that extraction streams rather than accumulates.

Usage::

    python benchmarks/bench_corpus.py            # 2,000 and 20,000 articles, jobs 1 and 2
    python benchmarks/bench_corpus.py --quick    # 500 and 2,000 articles
    python benchmarks/bench_corpus.py --json     # one JSON object per configuration
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

FULL_SIZES = (2_000, 20_000)
QUICK_SIZES = (500, 2_000)
JOBS = (1, 2)


def write_corpus(path: Path, n: int) -> int:
    """Write ``n`` JSON Lines records cycling through the seeds; return the text bytes written."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = seeds[i % len(seeds)]
            size += len(text.encode("utf-8"))
            out.write(json.dumps({"id": f"doc-{i:06d}", "text": text}) + "\n")
    return size


def _records(path: Path) -> Any:  # noqa: ANN401 - a generator of records
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def worker(corpus: Path, jobs: int, chunk_size: int) -> dict[str, Any]:
    """Stream the corpus through extract_many in this process and measure it."""
    from conflictclaims.model import Article  # noqa: PLC0415 - imported after the clock's baseline
    from conflictclaims.scale import extract_many  # noqa: PLC0415

    start = time.perf_counter()
    articles = claims = errors = 0
    for result in extract_many(_records(corpus), jobs=jobs, chunk_size=chunk_size):
        if isinstance(result, Article):
            articles += 1
            claims += len(result.claims)
        else:
            errors += 1
    seconds = time.perf_counter() - start
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest finished worker.
    return {
        "cpu_seconds": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
        "articles": articles,
        "claims": claims,
        "errors": errors,
        "seconds": seconds,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if jobs > 1 else None,
    }


def measure(corpus: Path, n: int, text_bytes: int, jobs: int, chunk_size: int) -> dict[str, Any]:
    """Run one configuration in a fresh interpreter and return its figures."""
    command = [sys.executable, __file__, "--worker", str(corpus), "--jobs", str(jobs), "--chunk-size", str(chunk_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 - this very script
    result: dict[str, Any] = json.loads(done.stdout)
    result.update(
        n=n,
        jobs=jobs,
        articles_per_second=result["articles"] / result["seconds"],
        mb_per_second=text_bytes / 1e6 / result["seconds"],
    )
    return result


def run(*, quick: bool = False, chunk_size: int = 64) -> list[dict[str, Any]]:
    """Measure every configuration and return one dict of figures each."""
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in QUICK_SIZES if quick else FULL_SIZES:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            text_bytes = write_corpus(corpus, n)
            results.extend(measure(corpus, n, text_bytes, jobs, chunk_size) for jobs in JOBS)
    return results


def report(results: list[dict[str, Any]]) -> str:
    """Return a readable table of the results, with the speed-up of two workers over one."""
    header = (
        f"{'articles':>9} {'jobs':>4} {'seconds':>8} {'art/s':>8} {'MB/s':>6} {'speed-up':>8} "
        f"{'peak MiB':>8} {'worker MiB':>10} {'claims':>8} {'cpu ms/art':>10}"
    )
    lines = [header]
    single = {r["n"]: r["seconds"] for r in results if r["jobs"] == 1}
    for r in results:
        speedup = single[r["n"]] / r["seconds"]
        worker_peak = "-" if r["worker_peak_rss_mib"] is None else f"{r['worker_peak_rss_mib']:.0f}"
        lines.append(
            f"{r['n']:>9,} {r['jobs']:>4} {r['seconds']:>8.1f} {r['articles_per_second']:>8.1f} "
            f"{r['mb_per_second']:>6.2f} {speedup:>7.2f}x {r['peak_rss_mib']:>8.0f} {worker_peak:>10} "
            f"{r['claims']:>8,} {1000 * r['cpu_seconds'] / r['articles']:>10.1f}"
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines.append(
        f"(cpus: {os.cpu_count()}, load average at the end: {load:.1f}; corpus: seed articles repeated with distinct"
        " ids; the speed-up is only meaningful on an otherwise idle machine, CPU ms per article always is)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="500 and 2,000 articles instead of 2,000 and 20,000")
    parser.add_argument("--json", action="store_true", help="print one JSON object per configuration")
    parser.add_argument("--chunk-size", type=int, default=64)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.jobs, args.chunk_size)))
        return 0
    results = run(quick=args.quick, chunk_size=args.chunk_size)
    if args.json:
        for r in results:
            print(json.dumps(r))
    else:
        print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
