"""Instructions per article under callgrind: a speed figure that machine load does not move.

``python benchmarks/count_instructions.py [--copies N] [--src DIR]`` needs
``valgrind`` on the path (Debian package ``valgrind``) and takes about a
minute. On a shared or virtual machine CPU time varies by several percent
from run to run; the number of instructions a run executes does not, so two
versions of the code can be compared reliably (``--src`` points the run at
another checkout's ``src`` directory).

Each figure is the difference between a run that processes N copies of the
seed articles and one that processes none, so interpreter start-up, imports,
grammar compilation and warm-up cancel out. The baseline,
``regex.findall(r"\\w+")`` over the same texts, is measured the same way, and
the ratio says how many times more work ``extract`` does.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Runs in a fresh interpreter: warm up on every seed, then process the copies
# with the garbage collector paused.
_PROGRAM = """
import gc
import json
import sys
from pathlib import Path
import regex
from conflictclaims import extract
source = Path(sys.argv[1])
if source.is_dir():
    seeds = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
else:
    with source.open(encoding="utf-8") as lines:
        seeds = [json.loads(line)["text"] for line in lines if line.strip()][:50]
words = regex.compile(r"\\w+")
task = sys.argv[2]
run = (lambda i, t: extract(t, article_id=str(i))) if task == "extract" else (lambda i, t: words.findall(t))
for i, text in enumerate(seeds):
    run(i, text)
gc.disable()  # as in the timed benchmarks: a collection would land in one run and not the other
for i, text in enumerate(seeds * int(sys.argv[3])):
    run(i, text)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(task: str, copies: int, src: Path | None, corpus: Path = SEEDS) -> int:
    """Instructions one interpreter executes for ``task`` over ``copies`` copies of the seeds."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"  # string hashes, and so set and dict probing, the same in every run
    if src is not None:
        env["PYTHONPATH"] = str(src)
    with tempfile.TemporaryDirectory() as scratch:
        program = Path(scratch) / "program.py"
        program.write_text(_PROGRAM, encoding="utf-8")
        done = subprocess.run(  # noqa: S603 - fixed arguments
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out",  # noqa: S607 - valgrind from PATH
             sys.executable, str(program), str(corpus), task, str(copies)],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
    found = _COLLECTED.search(done.stderr)
    if found is None:
        msg = f"callgrind printed no instruction count:\n{done.stderr[-2000:]}"
        raise RuntimeError(msg)
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    """Print instructions per article for extract and the baseline, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=2, help="copies of the seed articles to process (default 2)")
    parser.add_argument("--src", type=Path, help="import conflictclaims from this directory instead")
    parser.add_argument("--quick", action="store_true", help="one copy of the seeds, for a smoke run")
    parser.add_argument(
        "--isaf",
        action="store_true",
        help="the first 50 ISAF press releases of ../shared/dev/isaf_dev.jsonl instead of the seeds",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.copies = 1
    if shutil.which("valgrind") is None:
        print("valgrind is not installed; skipping (Debian: apt-get install valgrind)")
        return 0
    corpus = ROOT.parent / "shared" / "dev" / "isaf_dev.jsonl" if args.isaf else SEEDS
    if not corpus.exists():
        print(f"{corpus} is not there; skipping")
        return 0
    texts = 50 if args.isaf else len(list(SEEDS.glob("*.txt")))
    articles = args.copies * texts
    per_article = {}
    for task in ("extract", "baseline"):
        extra = instructions(task, args.copies, args.src, corpus) - instructions(task, 0, args.src, corpus)
        per_article[task] = extra / articles
    print(f"instructions per article over {articles} articles (callgrind, start-up and warm-up subtracted)")
    print(f"extract                 {per_article['extract'] / 1e6:8.2f} M")
    print(f"regex.findall(r'\\w+')   {per_article['baseline'] / 1e6:8.2f} M")
    print(f"ratio                   {per_article['extract'] / per_article['baseline']:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
