"""Fuzz every atheris target at once: ``python fuzz/run.py --minutes 10``.

Builds a seed corpus the first time (``fuzz/corpus/<target>/``, not committed):
the number phrases of ``tests/data/count_phrases.jsonl``, the sentences and the
counts in context of the seed articles in ``seeds/``, and the whole articles
and their paragraphs for the extractor. Then runs each target in its own
process for the given minutes, in parallel, and prints one line per target:
executions, executions per second, coverage, corpus size and crashes.
libFuzzer writes each crashing input to ``fuzz/corpus/artifacts/``; copy it
into ``fuzz/regressions/`` (a short descriptive name, ``.txt``) so that
``tests/test_fuzz_regressions.py`` replays it from then on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
ARTIFACTS = CORPUS / "artifacts"

# Target name -> (script, longest input in bytes).
TARGETS = {
    "counts": ("fuzz_counts.py", 1024),
    "extract": ("fuzz_extract.py", 8192),
}
_CONTEXT = 40
_STATS = re.compile(r"#(\d+)\s+(?:DONE|pulse|NEW|REDUCE|INITED)\s+cov: (\d+) ft: (\d+) corp: (\d+)/(\S+)")
_RUNS = re.compile(r"Done (\d+) runs in (\d+) second")


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def _count_seeds() -> list[str]:
    """Number phrases alone, in sentences and in a window of context."""
    sys.path.insert(0, str(ROOT / "src"))
    from conflictclaims.counts import find_counts  # noqa: PLC0415 - only needed to build the corpus
    from conflictclaims.sentences import split_sentences  # noqa: PLC0415

    phrases_file = ROOT / "tests" / "data" / "count_phrases.jsonl"
    seeds = [json.loads(line)["phrase"] for line in phrases_file.read_text(encoding="utf-8").splitlines() if line]
    for text in _seed_texts():
        seeds.extend(span.of(text) for span in split_sentences(text))
        for count in find_counts(text):
            if count.span is not None:
                seeds.append(count.text)
                seeds.append(text[max(0, count.span.start - _CONTEXT) : count.span.end + _CONTEXT])
    return seeds


def _extract_seeds() -> list[str]:
    """Whole articles, and each paragraph on its own."""
    seeds: list[str] = []
    for text in _seed_texts():
        seeds.append(text)
        seeds.extend(part for part in text.split("\n\n") if part.strip())
    return seeds


def build_corpus(target: str, *, rebuild: bool = False) -> Path:
    """Write the seed corpus of ``target`` (one file per distinct seed) and return its directory."""
    directory = CORPUS / target
    if directory.is_dir() and any(directory.iterdir()) and not rebuild:
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    seeds = _count_seeds() if target == "counts" else _extract_seeds()
    limit = TARGETS[target][1]
    for seed in seeds:
        data = seed.encode("utf-8")[:limit]
        (directory / f"seed-{hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16]}").write_bytes(data)
    return directory


def _summary(target: str, log: str, seconds: float, returncode: int) -> str:
    """One line of figures from a libFuzzer log."""
    stats = _STATS.findall(log)
    runs = _RUNS.search(log)
    executions = int(runs.group(1)) if runs else (int(stats[-1][0]) if stats else 0)
    cov, ft, corpus = (stats[-1][1], stats[-1][2], stats[-1][3]) if stats else ("?", "?", "?")
    crashes = len(re.findall(r"Test unit written to", log))
    status = "ok" if returncode == 0 else f"exit {returncode}"
    return (
        f"{target:8} {executions:>10,} execs  {executions / max(seconds, 1e-9):>8,.0f}/s  "
        f"cov {cov:>5}  features {ft:>6}  corpus {corpus:>5}  crashes {crashes}  ({status}, {seconds:.0f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, fuzz the chosen targets in parallel, print a summary; non-zero on a crash."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz each target (default 10)")
    parser.add_argument("--targets", nargs="+", choices=sorted(TARGETS), default=sorted(TARGETS))
    parser.add_argument("--rebuild-corpus", action="store_true", help="rewrite the seed files of each target")
    parser.add_argument("--timeout", type=int, default=10, help="seconds one input may take before it counts as a hang")
    args = parser.parse_args(argv)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    processes = {}
    started = time.perf_counter()
    for target in args.targets:
        script, max_len = TARGETS[target]
        corpus = build_corpus(target, rebuild=args.rebuild_corpus)
        log = (CORPUS / f"{target}.log").open("w", encoding="utf-8")
        command = [
            sys.executable,
            str(HERE / script),
            str(corpus),
            f"-max_total_time={round(args.minutes * 60)}",
            f"-max_len={max_len}",
            f"-timeout={args.timeout}",
            f"-artifact_prefix={ARTIFACTS}/{target}-",
            "-print_final_stats=1",
        ]
        print(f"fuzzing {target} for {args.minutes:g} min: log in {log.name}", flush=True)
        processes[target] = (subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT), log)  # noqa: S603 - fixed argv
    failed = 0
    for target, (process, log) in processes.items():
        returncode = process.wait()
        log.close()
        seconds = time.perf_counter() - started
        print(_summary(target, Path(log.name).read_text(encoding="utf-8", errors="replace"), seconds, returncode))
        failed += returncode != 0
    if failed:
        print(f"crashing inputs are in {ARTIFACTS}; copy each into fuzz/regressions/ once understood")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
