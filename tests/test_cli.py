"""End-to-end tests of the ``conflictclaims`` command line.

Most run ``main()`` in this process, with its own standard streams (an ASCII
standard output, as a C locale gives, which the command must turn to UTF-8):
a fresh interpreter costs a second or more per run. Those that need a real
process (the entry point, worker processes, a pipe that may block, a closed
or full output) run ``python -m conflictclaims`` as a subprocess.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import multiprocessing
import os
import re
import shlex
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import conflictclaims
from conflictclaims import _cli_commands, _cli_inputs, cli, scale
from conflictclaims.disputes import side_of
from conflictclaims.extraction import extract
from conflictclaims.serialize import to_json
from tests.test_disputes import seed_like_articles
from tests.test_serialize import as_version_1

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def run(*args: str | Path, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``conflictclaims ARGS`` in this process and return what a finished process would show."""
    streams = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    # ASCII, as PYTHONIOENCODING=ascii would make it: the command must write UTF-8 whatever the locale says.
    sys.stdout = io.TextIOWrapper(out, encoding="ascii", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="ascii", write_through=True)
    try:
        with contextlib.chdir(cwd or Path.cwd()):
            try:
                status = cli.main([str(arg) for arg in args])
            except SystemExit as exit_:  # argparse: --version, usage errors
                status = exit_.code if isinstance(exit_.code, int) else 1
        sys.stdout.flush()
        sys.stderr.flush()
        written = out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
    return subprocess.CompletedProcess(["conflictclaims", *map(str, args)], status, *written)


def run_process(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m conflictclaims ARGS`` in a new process and return the finished process."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # the command must write UTF-8 whatever the locale says
    completed = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "conflictclaims", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        completed.args, completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8")
    )


def error_lines(process: subprocess.CompletedProcess[str]) -> list[str]:
    """Return the error lines the command wrote to standard error."""
    return [line for line in process.stderr.splitlines() if line.startswith("conflictclaims: error:")]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Return a directory with two text articles and a JSON Lines file of two records."""
    (tmp_path / "b.txt").write_text("Officials said 19 civilians died.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Two Pakistani soldiers were killed.", encoding="utf-8")
    records = [
        {"id": "r1", "text": "Kabul: 13 Afghan soldiers were killed.", "published": "2026-02-28"},
        {"id": "r2", "text": "Nine fighters captured.", "published": None, "source": "Reuters"},
    ]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    return tmp_path


def test_version() -> None:
    """--version prints the package version and exits 0."""
    process = run_process("--version")
    assert process.returncode == 0
    assert process.stdout.strip() == f"conflictclaims {conflictclaims.__version__}"


def test_extract_one_file_prints_one_article_object() -> None:
    """The gold scorer's call prints one Article object whose id is the file name."""
    path = SEEDS / SEED_NAMES[0]
    process = run_process("extract", "--format", "json", path)
    assert process.returncode == 0, process.stderr
    data = json.loads(process.stdout)
    assert isinstance(data, dict)
    assert data["id"] == SEED_NAMES[0]
    assert data["text"] == path.read_text(encoding="utf-8")


def test_extract_several_files_prints_a_list_in_argument_order(corpus: Path) -> None:
    """Several inputs give a JSON list, in the order the paths were given."""
    process = run("extract", corpus / "b.txt", corpus / "a.txt")
    assert process.returncode == 0, process.stderr
    assert [a["id"] for a in json.loads(process.stdout)] == ["b.txt", "a.txt"]


def test_extract_a_directory_reads_text_and_jsonl_files_sorted(corpus: Path) -> None:
    """A directory stands for its *.txt and *.jsonl files, sorted; other files are not inputs."""
    process = run("extract", "--format", "json", corpus)
    assert process.returncode == 0, process.stderr
    articles = json.loads(process.stdout)
    assert [a["id"] for a in articles] == ["a.txt", "b.txt", "r1", "r2"]
    assert articles[2]["published"] == "2026-02-28"
    assert articles[3]["source"] == "Reuters"


@pytest.mark.slow
def test_extract_jsonl_streams_one_line_per_record_in_order(corpus: Path) -> None:
    """JSON Lines output has one article per line, in input order, with one or two workers."""
    one = run("extract", "--format", "jsonl", corpus, corpus / "a.txt")
    two = run_process("extract", "--format", "jsonl", "--jobs", "2", "--chunk-size", "1", corpus, corpus / "a.txt")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert [json.loads(line)["id"] for line in one.stdout.splitlines()] == ["a.txt", "b.txt", "r1", "r2", "a.txt"]
    assert one.stdout == two.stdout


def test_extract_table_has_one_row_per_article_without_claims(corpus: Path) -> None:
    """The table lists every article, even one without claims."""
    process = run("extract", "--format", "table", corpus / "a.txt", corpus / "b.txt")
    assert process.returncode == 0, process.stderr
    lines = process.stdout.splitlines()
    assert lines[0].split()[:3] == ["article", "claimant", "side"]
    assert any(line.startswith("a.txt") for line in lines)
    assert any(line.startswith("b.txt") for line in lines)


def test_extract_reads_a_text_from_stdin() -> None:
    """'-' reads one article from standard input; its id is a hash of the text."""
    process = run("extract", "-", stdin="Two soldiers were killed — officials.".encode())
    assert process.returncode == 0, process.stderr
    data = json.loads(process.stdout)
    assert data["text"] == "Two soldiers were killed — officials."
    assert len(data["id"]) == 16


def test_extract_reads_json_lines_from_stdin() -> None:
    """--input-format jsonl reads records from standard input, naming bad lines by number."""
    stdin = b'{"id": "x", "text": "One killed."}\n{"id": "y"}\n'
    process = run("extract", "--input-format", "jsonl", "--format", "jsonl", "-", stdin=stdin)
    assert process.returncode == 1
    assert [json.loads(line)["id"] for line in process.stdout.splitlines()] == ["x"]
    assert error_lines(process) == ["conflictclaims: error: <stdin>:2, record 'y': record has no 'text'"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("bad.txt", b"caf\xe9 killed", "bad.txt: not UTF-8 text (byte 0xe9 at offset 3)", id="non-utf8"),
        pytest.param("empty.txt", b"", "empty.txt: empty input, no text to extract", id="empty-file"),
        pytest.param("blank.txt", b"  \n\n", "blank.txt: empty input, no text to extract", id="blank-file"),
        pytest.param("empty.jsonl", b"\n", "empty.jsonl: empty input, no records", id="empty-jsonl"),
        pytest.param(
            "bad.jsonl", b'{"id": "a", "text": "x"\n', "bad.jsonl:1: malformed JSON: Expecting ',' delimiter", id="json"
        ),
        pytest.param(
            "bad.jsonl", b'{"id": "a", "title": "t"}\n', "bad.jsonl:1, record 'a': record has no 'text'", id="no-text"
        ),
        pytest.param(
            "bad.jsonl", b'{"id": "a", "text": 5}\n', "bad.jsonl:1, record 'a': 'text' must be a string", id="text-type"
        ),
        pytest.param(
            "bad.jsonl",
            b'{"id": "a", "text": "x", "published": "27/02/2026"}\n',
            "bad.jsonl:1, record 'a': 'published' is not an ISO 8601 date",
            id="bad-date",
        ),
        pytest.param(
            "bad.jsonl", b'["a", "b"]\n', "bad.jsonl:1: a record must be a JSON object, not list", id="not-an-object"
        ),
        pytest.param(
            "bad.jsonl", b'{"id": "a", "text": "ok"}\n\xff\n', "bad.jsonl:2: not UTF-8 text", id="non-utf8-line"
        ),
        pytest.param(
            "bad.jsonl",
            b'{"id": "a", "text": "x"\n',
            "bad.jsonl:1: malformed JSON: Expecting ',' delimiter (column 24)",
            id="truncated-line-column",
        ),
        pytest.param(
            "bad.jsonl",
            b'{"id": "a", "text": "x\r\n',
            "bad.jsonl:1: malformed JSON: Unterminated string starting at (column 21)",
            id="truncated-crlf-line-column",
        ),
        pytest.param(
            "empty.jsonl",
            b'{"id": "a", "text": ""}\n',
            "empty.jsonl:1, record 'a': empty input, no text to extract",
            id="empty-text-record",
        ),
        pytest.param(
            "blank.jsonl",
            b'{"id": "a", "text": " \\n "}\n',
            "blank.jsonl:1, record 'a': empty input, no text to extract",
            id="blank-text-record",
        ),
        pytest.param(
            "bad.jsonl",
            b'{"id": "a", "text": "Two killed.", "text": "Nine killed."}\n',
            "bad.jsonl:1: malformed JSON: duplicate key 'text' at $.text",
            id="duplicate-key",
        ),
        pytest.param(
            "deep.jsonl",
            b'{"id": "a", "text": "x", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
            "deep.jsonl:1: malformed JSON: nesting too deep",
            id="nested-100000-deep",
        ),
    ],
)
def test_a_bad_input_is_one_error_line_and_the_rest_still_comes_out(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    """Each bad input gives one error line naming it, exit status 1, and the good inputs' output."""
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    process = run("extract", "--format", "jsonl", "good.txt", name, "good.txt", cwd=tmp_path)
    assert process.returncode == 1
    errors = error_lines(process)
    assert len(errors) == 1, process.stderr
    assert errors[0].startswith("conflictclaims: error: " + message)
    ids = [json.loads(line)["id"] for line in process.stdout.splitlines()]
    assert ids[0] == "good.txt"
    assert ids[-1] == "good.txt"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        pytest.param("missing.txt", "missing.txt: cannot read: No such file or directory", id="nonexistent-file"),
        pytest.param("missing-dir/", "missing-dir/: cannot read: No such file or directory", id="nonexistent-dir"),
        pytest.param("emptydir", "emptydir: directory holds no *.txt or *.jsonl files", id="empty-dir"),
    ],
)
def test_missing_paths_are_reported(tmp_path: Path, path: str, message: str) -> None:
    """Paths that do not exist, and directories with no inputs, are one error line each."""
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "good.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    process = run("extract", "--format", "jsonl", path, "good.txt", cwd=tmp_path)
    assert process.returncode == 1
    assert error_lines(process) == [f"conflictclaims: error: {message}"]
    assert len(process.stdout.splitlines()) == 1


def test_a_directory_where_a_file_is_expected(tmp_path: Path) -> None:
    """The counts command takes files only; a directory is reported and the files still scanned."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "good.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    process = run("counts", "--format", "jsonl", "sub", "good.txt", cwd=tmp_path)
    assert process.returncode == 1
    assert error_lines(process) == ["conflictclaims: error: sub: is a directory, expected a file"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    """A file without read permission is one error line; the other inputs still come out."""
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        (tmp_path / "good.txt").write_text("Two soldiers were killed.", encoding="utf-8")
        process = run_process("extract", "--format", "jsonl", "locked.txt", "good.txt", cwd=tmp_path)
    finally:
        locked.chmod(0o600)
    assert process.returncode == 1
    assert error_lines(process) == ["conflictclaims: error: locked.txt: cannot read: Permission denied"]
    assert len(process.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="no-command"),
        pytest.param(["extract"], id="no-inputs"),
        pytest.param(["extract", "--format", "xml", "a.txt"], id="unknown-format"),
        pytest.param(["extract", "--jobs", "0", "a.txt"], id="no-jobs"),
        pytest.param(["disputes", "--min-sides", "zero", "a.txt"], id="bad-min-sides"),
        pytest.param(["tolls", "--policy", "median", "a.txt"], id="unknown-policy"),
        pytest.param(["tolls", "--format", "csv", "a.txt"], id="unknown-tolls-format"),
        pytest.param(["frobnicate"], id="unknown-command"),
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    """Bad arguments print usage to standard error and exit with status 2, writing nothing to stdout."""
    process = run(*args)
    assert process.returncode == 2
    assert process.stdout == ""
    assert "usage:" in process.stderr


def test_progress_goes_to_stderr_only(corpus: Path) -> None:
    """Forced progress writes to standard error and leaves standard output clean JSON Lines."""
    process = run("extract", "--format", "jsonl", "--progress", corpus)
    assert process.returncode == 0, process.stderr
    assert all(json.loads(line) for line in process.stdout.splitlines())
    assert process.stderr.strip()


def test_no_progress_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    """Without a terminal the command writes nothing to standard error on success."""
    process = run("extract", "--format", "jsonl", corpus)
    assert process.returncode == 0
    assert process.stderr == ""


def test_parse_prints_a_table_row_per_phrase() -> None:
    """parse prints a header and one row per phrase with its interval."""
    process = run("parse", "at least 274", "dozens")
    assert process.returncode == 0, process.stderr
    rows = [line.split() for line in process.stdout.splitlines()]
    assert rows[0] == ["phrase", "low", "best", "high", "qualifier", "approximate"]
    assert rows[1] == ["at", "least", "274", "274", "274", "at_least", "false"]
    assert rows[2] == ["dozens", "12", "12", "99", "vague", "false"]


def test_parse_json_is_an_object_for_one_phrase_and_a_list_for_several() -> None:
    """One phrase prints one Count object; several print a list."""
    one = json.loads(run("parse", "--format", "json", "more than 400").stdout)
    assert (one["low"], one["high"], one["qualifier"]) == (401, None, "more_than")
    several = json.loads(run("parse", "--format", "json", "two", "three").stdout)
    assert [c["best"] for c in several] == [2, 3]


def test_parse_reports_a_bad_phrase_and_prints_the_rest() -> None:
    """A phrase that is not a count is an error line; the other phrases are still printed."""
    process = run("parse", "--format", "jsonl", "12", "soldiers", "13")
    assert process.returncode == 1
    assert [json.loads(line)["best"] for line in process.stdout.splitlines()] == [12, 13]
    (error,) = error_lines(process)
    assert error.startswith("conflictclaims: error: 'soldiers': ")


def test_counts_lists_number_phrases_with_spans(tmp_path: Path) -> None:
    """counts prints each number phrase with its offsets and interval."""
    text = "In 2021, 12 soldiers were killed and more than 400 wounded."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    process = run("counts", "--format", "jsonl", "a.txt", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    found = [json.loads(line) for line in process.stdout.splitlines()]
    assert [(c["text"], c["low"], c["high"]) for c in found] == [("12", 12, 12), ("more than 400", 401, None)]
    assert all(text[c["span"]["start"] : c["span"]["end"]] == c["text"] for c in found)
    assert {c["input"] for c in found} == {"a.txt"}


def test_counts_json_and_table(tmp_path: Path) -> None:
    """counts --format json prints one object per input file; the table has a header and a row per count."""
    (tmp_path / "a.txt").write_text("Nine fighters were captured.", encoding="utf-8")
    data = json.loads(run("counts", "--format", "json", "a.txt", cwd=tmp_path).stdout)
    assert data["input"] == "a.txt"
    assert [c["best"] for c in data["counts"]] == [9]
    table = run("counts", "a.txt", "a.txt", cwd=tmp_path).stdout.splitlines()
    assert table[0].split()[:3] == ["input", "start", "end"]
    assert len(table) == 3


def test_schema_prints_the_article_schema() -> None:
    """schema prints the JSON Schema of an Article, or of a Dispute with --of dispute."""
    assert json.loads(run("schema").stdout)["title"] == "Article"
    assert json.loads(run("schema", "--of", "dispute").stdout)["title"] == "Dispute"


@pytest.fixture
def saved_articles(tmp_path: Path) -> Path:
    """Write the hand-built seed-like articles as JSON Lines, as 'extract --format jsonl' would."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(to_json(a) + "\n" for a in seed_like_articles()), encoding="utf-8")
    return path


def test_disputes_table_from_saved_articles(saved_articles: Path) -> None:
    """The readable table shows each dispute with its verdict and each side's figures."""
    process = run("disputes", "--from-articles", saved_articles)
    assert process.returncode == 0, process.stderr
    out = process.stdout
    assert "Pakistan military killed (persons), 2026-02-27 to 2026-02-28: CONFLICT" in out
    assert "Pakistan (revised)" in out
    assert "≥133" in out
    assert "denied 0" in out


def test_disputes_json_from_saved_articles(saved_articles: Path) -> None:
    """JSON output is a list of serialized disputes."""
    process = run("disputes", "--from-articles", "--format", "json", saved_articles)
    assert process.returncode == 0, process.stderr
    disputes: list[dict[str, Any]] = json.loads(process.stdout)
    assert [(d["subject"]["country"], d["outcome"], d["compatible"]) for d in disputes] == [
        ("AFG", "killed", False),
        ("PAK", "killed", False),
        ("PAK", "captured", False),
        ("PAK", "captured", False),
    ]


def test_disputes_csv_has_one_row_per_figure(saved_articles: Path) -> None:
    """CSV output has a header and one row per figure of every position."""
    process = run("disputes", "--from-articles", "--format", "csv", "--min-sides", "1", saved_articles)
    assert process.returncode == 0, process.stderr
    rows = list(csv.DictReader(io.StringIO(process.stdout)))
    pak = [r for r in rows if r["subject_country"] == "PAK" and r["outcome"] == "killed" and r["side_country"] == "PAK"]
    assert [(r["low"], r["high"], r["revised"], r["article_ids"]) for r in pak] == [
        ("2", "2", "true", "004"),
        ("12", "12", "true", "000;001"),
    ]


def test_disputes_from_articles_reports_bad_lines(tmp_path: Path, saved_articles: Path) -> None:
    """A line that is not a serialized article is an error line; the others still count."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    process = run("disputes", "--from-articles", "--format", "json", bad, saved_articles)
    assert process.returncode == 1
    (error,) = error_lines(process)
    assert error.startswith("conflictclaims: error: ")
    assert ":1: not a serialized article" in error
    assert len(json.loads(process.stdout)) == 4


def test_disputes_with_no_disputes(corpus: Path) -> None:
    """Inputs with no toll told by two sides say so, with exit status 0."""
    process = run("disputes", corpus / "a.txt")
    assert process.returncode == 0, process.stderr
    assert process.stdout == "no disputes\n"


def test_disputes_over_the_seeds() -> None:
    """Extracting the seeds finds Pakistan's and Afghanistan's conflicting tolls of Pakistani dead."""
    process = run("disputes", "--format", "json", SEEDS)
    assert process.returncode == 0, process.stderr
    disputes = json.loads(process.stdout)
    pak_killed = [
        d
        for d in disputes
        if d["subject"]["country"] == "PAK" and d["outcome"] == "killed" and d["period"]["start"].startswith("2026")
    ]
    assert len(pak_killed) == 1
    assert not pak_killed[0]["compatible"]
    assert [p["side"] for p in pak_killed[0]["positions"]] == ["AFG", "PAK"]


TOLL_TEXT = (
    "Two soldiers were killed in an ambush on Sunday, the army said. "
    "The insurgents said five soldiers died in the ambush. "
    "Since the war began, 500 soldiers have died."
)


def test_tolls_table_has_a_row_per_incident_and_outcome() -> None:
    """The table gives each incident's kind and its toll: restatements counted once, running totals apart."""
    process = run("tolls", "-", stdin=TOLL_TEXT.encode())
    assert process.returncode == 0, process.stderr
    header, *rows = [line.split() for line in process.stdout.splitlines()]
    assert header[:8] == ["article", "incident", "kind", "outcome", "unit", "low", "best", "high"]
    assert [row[1:8] for row in rows] == [
        ["i1", "main", "killed", "persons", "2", "2", "5"],
        ["i2", "cumulative", "killed", "persons", "500", "500", "500"],
    ]


def test_tolls_json_lists_every_incident_with_its_claims_by_index() -> None:
    """JSON output is one list of incidents, each with its tolls under the policy and its claims by index."""
    process = run("tolls", "--format", "json", "--policy", "ucdp", "-", stdin=TOLL_TEXT.encode())
    assert process.returncode == 0, process.stderr
    main, running = json.loads(process.stdout)
    assert (main["incident"], main["kind"], main["policy"]) == ("i1", "main", "ucdp")
    assert main["tolls"] == [{"outcome": "killed", "unit": "persons", "low": 2, "best": 2, "high": 5}]
    assert main["claims"] == [
        {"claim": 0, "role": "report", "of": None},
        {"claim": 1, "role": "restatement", "of": 0},
    ]
    assert running["kind"] == "cumulative"


def test_tolls_jsonl_is_one_incident_a_line(corpus: Path) -> None:
    """JSON Lines output writes one incident a line, article by article."""
    process = run("tolls", "--format", "jsonl", corpus / "a.txt", corpus / "b.txt")
    assert process.returncode == 0, process.stderr
    records = [json.loads(line) for line in process.stdout.splitlines()]
    assert [(r["article"], r["incident"]) for r in records] == [("a.txt", "i1"), ("b.txt", "i1")]
    assert records[0]["tolls"][0]["best"] == 2


def test_tolls_from_saved_articles(saved_articles: Path) -> None:
    """--from-articles reads saved articles instead of extracting again, grouping those saved without incidents."""
    process = run("tolls", "--from-articles", "--format", "jsonl", saved_articles)
    assert process.returncode == 0, process.stderr
    assert {json.loads(line)["incident"] for line in process.stdout.splitlines()} >= {"i1"}


def test_tolls_reports_a_bad_input_and_goes_on(tmp_path: Path, corpus: Path) -> None:
    """A missing input is one error line naming it and exit status 1; the other inputs still come out."""
    process = run("tolls", tmp_path / "missing.txt", corpus / "a.txt")
    assert process.returncode == 1
    assert error_lines(process) == [
        f"conflictclaims: error: {tmp_path / 'missing.txt'}: cannot read: No such file or directory"
    ]
    assert "a.txt" in process.stdout


def test_tolls_reports_each_bad_record_by_line_and_id(tmp_path: Path) -> None:
    """Bad JSON Lines records are one error line each, with file, line and id; the good records' incidents come out."""
    lines = [
        json.dumps({"id": "r1", "text": "Two soldiers were killed."}),
        '{"id": "broken", "text": "x"',
        json.dumps({"id": "blank", "text": " "}),
        json.dumps({"id": "r4", "text": "Nine fighters were captured."}),
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    process = run("tolls", "--format", "jsonl", "r.jsonl", cwd=tmp_path)
    assert process.returncode == 1
    assert error_lines(process) == [
        "conflictclaims: error: r.jsonl:2: malformed JSON: Expecting ',' delimiter (column 29)",
        "conflictclaims: error: r.jsonl:3, record 'blank': empty input, no text to extract",
    ]
    assert [json.loads(line)["article"] for line in process.stdout.splitlines()] == ["r1", "r4"]


def test_tolls_table_says_when_an_article_has_no_incidents(tmp_path: Path) -> None:
    """An article without claims is one table row saying it has no incidents, with exit status 0."""
    (tmp_path / "calm.txt").write_text("The talks resumed in Doha.", encoding="utf-8")
    process = run("tolls", "calm.txt", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert process.stdout.splitlines()[1].split() == ["calm.txt", "(no", "incidents)"]


def test_tolls_from_articles_reports_bad_lines(tmp_path: Path, saved_articles: Path) -> None:
    """A line that is not a serialized article is an error line with its line number; the others still count."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    process = run("tolls", "--from-articles", "--format", "jsonl", bad, saved_articles)
    assert process.returncode == 1
    (error,) = error_lines(process)
    assert error.startswith(f"conflictclaims: error: {bad}:1: not a serialized article: ")
    with_claims = {article.id for article in seed_like_articles() if article.claims}
    assert {json.loads(line)["article"] for line in process.stdout.splitlines()} == with_claims


def test_tolls_from_version_1_articles_groups_their_claims(tmp_path: Path) -> None:
    """Articles saved by version 1, which had no incidents, get them as they are read."""
    version_1 = as_version_1(extract(TOLL_TEXT, article_id="old"))
    (tmp_path / "old.jsonl").write_text(json.dumps(version_1) + "\n", encoding="utf-8")
    process = run("tolls", "--from-articles", "--format", "jsonl", "old.jsonl", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert [(r["incident"], r["kind"]) for r in map(json.loads, process.stdout.splitlines())] == [
        ("i1", "main"),
        ("i2", "cumulative"),
    ]


# Hostile input and hostile surroundings: each one bad record at most, never a lost run.


@pytest.mark.parametrize("output", ["json", "jsonl"])
def test_a_lone_surrogate_in_a_record_is_written_and_the_run_goes_on(tmp_path: Path, output: str) -> None:
    """A record whose text holds "\\ud800" comes out as valid UTF-8 JSON that reads back the same text."""
    records = [{"id": "s", "text": "\ud800 Twelve soldiers were killed."}, {"id": "after", "text": "Nine killed."}]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    process = run("extract", "--format", output, "r.jsonl", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    written = json.loads(process.stdout) if output == "json" else [json.loads(x) for x in process.stdout.splitlines()]
    assert [(a["id"], a["text"]) for a in written] == [(r["id"], r["text"]) for r in records]


@pytest.mark.parametrize("output", ["json", "jsonl"])
def test_a_lone_surrogate_in_a_tolls_record_id_is_written(tmp_path: Path, output: str) -> None:
    """tolls writes an id holding "\\ud800" as valid UTF-8 JSON that reads back the same id."""
    records = [{"id": "s\ud800", "text": "Twelve soldiers were killed."}, {"id": "after", "text": "Nine killed."}]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    process = run("tolls", "--format", output, "r.jsonl", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    written = json.loads(process.stdout) if output == "json" else [json.loads(x) for x in process.stdout.splitlines()]
    assert [incident["article"] for incident in written] == ["s\ud800", "after"]


@pytest.mark.parametrize(
    ("command", "good_output"),
    [
        pytest.param(["extract", "--format", "jsonl"], "after", id="extract"),
        pytest.param(["counts", "--format", "jsonl"], "Nine", id="counts"),
        pytest.param(["disputes", "--min-sides", "1"], "killed", id="disputes"),
        pytest.param(["tolls", "--format", "jsonl"], '"article": "after"', id="tolls"),
    ],
)
def test_a_record_nested_100000_deep_is_one_error_and_the_rest_comes_out(
    tmp_path: Path, command: list[str], good_output: str
) -> None:
    """A JSON Lines record nested 100,000 levels deep is reported by line; later records are still read."""
    deep = b'{"id": "deep", "text": "x", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    (tmp_path / "r.jsonl").write_bytes(deep + b'{"id": "after", "text": "Nine soldiers were killed."}\n')
    process = run(*command, "r.jsonl", cwd=tmp_path)
    assert process.returncode == 1
    assert error_lines(process) == ["conflictclaims: error: r.jsonl:1: malformed JSON: nesting too deep"]
    assert "Traceback" not in process.stderr
    assert good_output in process.stdout


# Each command that writes articles or incidents, and the key that names the article in its JSON Lines output.
ID_KEY = [pytest.param("extract", "id", id="extract"), pytest.param("tolls", "article", id="tolls")]


@pytest.mark.parametrize(("command", "key"), ID_KEY)
def test_files_of_one_name_in_two_subdirectories_get_distinct_ids(tmp_path: Path, command: str, key: str) -> None:
    """A text file in a directory is named by its path below it, so dir/a/x.txt and dir/b/x.txt stay apart."""
    for sub in ("a", "b"):
        (tmp_path / "d" / sub).mkdir(parents=True)
        (tmp_path / "d" / sub / "x.txt").write_text(f"Officials said {len(sub) + 1} soldiers died.", encoding="utf-8")
    (tmp_path / "d" / "top.txt").write_text("Nine soldiers were killed.", encoding="utf-8")
    process = run(command, "--format", "jsonl", "d", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert [json.loads(line)[key] for line in process.stdout.splitlines()] == ["a/x.txt", "b/x.txt", "top.txt"]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize(("command", "key"), ID_KEY)
def test_a_named_pipe_in_a_directory_is_skipped_with_a_warning(tmp_path: Path, command: str, key: str) -> None:
    """A FIFO called *.txt would block the run forever; it is skipped with a warning that names it."""
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "d" / "pipe.txt")
    (tmp_path / "d" / "good.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    process = run_process(command, "--format", "jsonl", "d", cwd=tmp_path, timeout=120)
    assert process.returncode == 0, process.stderr
    assert process.stderr.splitlines() == [
        f"conflictclaims: warning: {Path('d') / 'pipe.txt'}: skipped: a named pipe, not a regular file"
    ]
    assert [json.loads(line)[key] for line in process.stdout.splitlines()] == ["good.txt"]


@pytest.mark.slow
def test_a_named_pipe_given_by_name_is_read(tmp_path: Path) -> None:
    """Named on the command line, a pipe is an input like any file (process substitution gives one)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    command = [sys.executable, "-m", "conflictclaims", "extract", "--format", "jsonl", str(fifo)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:  # noqa: S603 - fixed argv
        fifo.write_text("Two soldiers were killed.", encoding="utf-8")
        stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert json.loads(stdout)["text"] == "Two soldiers were killed."


def _unreadable(name: str, real: Any) -> Any:
    """Return os.scandir that refuses the directory called ``name``, as a missing read permission would."""

    def scandir(path: Any) -> Any:
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    return scandir


def test_an_unreadable_subdirectory_is_an_error_that_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A subdirectory that cannot be listed is one error line naming it and exit status 1; the rest is read."""
    (tmp_path / "d" / "locked").mkdir(parents=True)
    (tmp_path / "d" / "locked" / "hidden.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    (tmp_path / "d" / "good.txt").write_text("Nine soldiers were killed.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "scandir", _unreadable("locked", os.scandir))
    status = cli.main(["extract", "--format", "jsonl", "d"])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [
        f"conflictclaims: error: {Path('d') / 'locked'}: cannot read directory: Permission denied"
    ]
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == ["good.txt"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_unreadable_subdirectory_on_disk(tmp_path: Path) -> None:
    """The same with real permissions, where the user running the tests lacks them."""
    locked = tmp_path / "d" / "locked"
    locked.mkdir(parents=True)
    (locked / "hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "good.txt").write_text("Nine soldiers were killed.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any directory (root)")
        process = run_process("extract", "--format", "jsonl", "d", cwd=tmp_path)
    finally:
        locked.chmod(0o700)
    assert process.returncode == 1
    locked_name = Path("d") / "locked"
    assert error_lines(process) == [f"conflictclaims: error: {locked_name}: cannot read directory: Permission denied"]


def _die_on(text: str, **options: Any) -> Any:
    """Stand in for the extractor: kill this worker process on a text that starts with 'die'."""
    if text.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    return extract(text, **options)


@pytest.mark.slow
@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the stand-in reaches forked workers only")
@pytest.mark.parametrize(("command", "key"), ID_KEY)
def test_a_killed_worker_is_retried_and_what_still_dies_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str, key: str
) -> None:
    """Under --jobs 2 a record that kills its worker each time is one error line with file:line and id, no traceback."""
    texts = [f"{n} soldiers were killed." for n in range(2, 14)]
    texts[6] = "die, 3 soldiers were killed."
    lines = [json.dumps({"id": f"r{i}", "text": text}) for i, text in enumerate(texts)]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(scale, "extract", _die_on)
    status = cli.main([command, "--format", "jsonl", "--jobs", "2", "--chunk-size", "2", str(tmp_path / "r.jsonl")])
    captured = capsys.readouterr()
    assert status == 1
    where = f"{tmp_path / 'r.jsonl'}:7, record 'r6'"
    assert captured.err.splitlines() == [f"conflictclaims: error: {where}: {scale.WORKER_DIED}"]
    assert [json.loads(line)[key] for line in captured.out.splitlines()] == [f"r{i}" for i in range(12) if i != 6]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["extract", "tolls"])
def test_a_full_device_is_one_error_line(tmp_path: Path, command: str) -> None:
    """Writing to a full disk ends with one line saying so and exit status 1, not a traceback."""
    (tmp_path / "a.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        process = subprocess.run(  # noqa: S603 - our own module, fixed arguments
            [sys.executable, "-m", "conflictclaims", command, "a.txt"],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            check=False,
            timeout=300,
        )
    assert process.returncode == 1
    assert process.stderr.decode() == "conflictclaims: error: cannot write output: No space left on device\n"


@pytest.mark.slow
def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    """With '| head' the command stops without a message or a traceback, as Unix tools do."""
    command = [sys.executable, "-m", "conflictclaims", "extract", "--format", "jsonl", *[str(SEEDS)] * 3]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:  # noqa: S603 - fixed argv
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()
        stderr = process.stderr.read()
        process.wait(timeout=300)
    assert stderr == b""
    assert process.returncode == 0


# Output to a file (-o): whole or not at all.

# A run of every subcommand, with arguments that give some output; {corpus} is the corpus fixture.
EVERY_COMMAND = [
    pytest.param(["parse", "at least 274", "dozens"], id="parse"),
    pytest.param(["counts", "--format", "jsonl", "{corpus}/a.txt", "{corpus}/b.txt"], id="counts"),
    pytest.param(["extract", "--format", "jsonl", "{corpus}"], id="extract"),
    pytest.param(["disputes", "--min-sides", "1", "--format", "csv", "{corpus}"], id="disputes"),
    pytest.param(["tolls", "{corpus}"], id="tolls"),
    pytest.param(["schema", "--of", "dispute"], id="schema"),
]


def temporary_files(directory: Path) -> list[Path]:
    """Return the temporary output files left in ``directory``."""
    return sorted(directory.glob(".*.tmp"))


@pytest.mark.parametrize("args", EVERY_COMMAND)
def test_output_file_holds_what_standard_output_shows(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory, args: list[str]
) -> None:
    """-o FILE writes exactly what standard output would show, and nothing to standard output."""
    arguments = [arg.format(corpus=corpus) for arg in args]
    out = tmp_path_factory.mktemp("out") / "result"
    shown = run(*arguments)
    written = run(*arguments, "-o", out)
    assert shown.returncode == written.returncode == 0, shown.stderr + written.stderr
    assert shown.stdout
    assert written.stdout == ""
    assert out.read_text(encoding="utf-8") == shown.stdout
    assert temporary_files(out.parent) == []


def test_output_dash_is_standard_output(corpus: Path) -> None:
    """-o - is standard output, the default."""
    assert (
        run("extract", "--format", "jsonl", corpus, "-o", "-").stdout
        == run("extract", "--format", "jsonl", corpus).stdout
    )


def test_output_replaces_an_existing_file(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A file that exists is replaced by the new output as a whole, not appended to."""
    out = tmp_path_factory.mktemp("out") / "articles.jsonl"
    out.write_text("old line\n" * 1000, encoding="utf-8")
    process = run("extract", "--format", "jsonl", corpus / "a.txt", "--output", out)
    assert process.returncode == 0, process.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a.txt"]


def test_bad_records_still_give_a_complete_output_file(tmp_path: Path) -> None:
    """Records that fail are error lines; the good records' output is written and put in place, with status 1."""
    records = [{"id": "r1", "text": "Two soldiers were killed."}, {"id": "bad"}, {"id": "r3", "text": "Nine died."}]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    process = run("extract", "--format", "jsonl", "r.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert process.returncode == 1
    assert error_lines(process) == ["conflictclaims: error: r.jsonl:2, record 'bad': record has no 'text'"]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["r1", "r3"]


def test_the_output_may_name_an_input(tmp_path: Path) -> None:
    """The input is read whole before the output takes its name, so -o may overwrite the file being read."""
    records = [{"id": f"r{n}", "text": f"{n} soldiers were killed."} for n in range(2, 6)]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    process = run("tolls", "--format", "jsonl", "feed.jsonl", "-o", "feed.jsonl", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    lines = (tmp_path / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["article"] for line in lines] == ["r2", "r3", "r4", "r5"]


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        pytest.param("missing/out.jsonl", "missing/out.jsonl: No such file or directory", id="missing-directory"),
        pytest.param("sub", "sub: Is a directory", id="a-directory"),
    ],
)
def test_an_output_that_cannot_be_made_fails_before_any_input_is_read(tmp_path: Path, output: str, reason: str) -> None:
    """A bad -o is one error line and status 1 at once: the missing input after it is never even opened."""
    (tmp_path / "sub").mkdir()
    process = run("extract", "missing-input.txt", "-o", output, cwd=tmp_path)
    assert process.returncode == 1
    assert process.stderr.splitlines() == [f"conflictclaims: error: cannot write output: {reason}"]
    assert process.stdout == ""


def test_an_empty_output_name_is_a_usage_error() -> None:
    """-o '' names no file: a usage error, status 2."""
    process = run("schema", "-o", "")
    assert process.returncode == 2
    assert "argument -o/--output: expected a file name, or - for standard output" in process.stderr


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="file size limits are POSIX")
def test_a_write_that_fails_midway_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    """When the disk refuses more (here a file size limit), the old file stays whole and no temporary file is left."""
    (tmp_path / "out.jsonl").write_text("old\n", encoding="utf-8")
    limited = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096)); "
        "from conflictclaims.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    process = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-c", limited, "extract", "--format", "jsonl", str(SEEDS), "-o", "out.jsonl"],
        capture_output=True,
        cwd=tmp_path,
        check=False,
        timeout=300,
    )
    assert process.returncode == 1
    assert process.stderr.decode() == "conflictclaims: error: cannot write output: out.jsonl: File too large\n"
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "old\n"
    assert temporary_files(tmp_path) == []


def test_a_failure_that_is_no_record_error_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an unexpected exception (a bug) removes the temporary file and leaves no output file."""

    def broken(_phrase: str) -> None:
        raise RuntimeError

    monkeypatch.setattr(_cli_commands, "parse_count", broken)
    with pytest.raises(RuntimeError):
        cli.main(["parse", "12", "-o", str(tmp_path / "out.txt")])
    assert list(tmp_path.iterdir()) == []


# Interrupted runs: status 130, one line, no partial file.


def interrupt(_phrase: str) -> None:
    """Stand in for the count parser: the user presses Ctrl-C."""
    raise KeyboardInterrupt


def test_an_interrupt_is_one_line_status_130_and_no_output_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C ends the run with status 130, one line and no traceback, and the output file is not made."""
    monkeypatch.setattr(_cli_commands, "parse_count", interrupt)
    process = run("parse", "12", "-o", "out.txt", cwd=tmp_path)
    assert process.returncode == 130
    assert process.stderr == "conflictclaims: interrupted; out.txt left as it was\n"
    assert list(tmp_path.iterdir()) == []


def test_an_interrupt_says_so_even_when_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """--quiet leaves out warnings, not the line saying the run did not finish."""
    monkeypatch.setattr(_cli_commands, "parse_count", interrupt)
    process = run("parse", "--quiet", "12")
    assert process.returncode == 130
    assert process.stderr == "conflictclaims: interrupted\n"


def wait_for_partial_output(directory: Path, process: subprocess.Popen[bytes], timeout: float = 300) -> None:
    """Return once the command has written part of its output to its temporary file."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for temporary in temporary_files(directory):
            with contextlib.suppress(FileNotFoundError):
                if temporary.stat().st_size > 0:
                    return
        if process.poll() is not None:
            pytest.fail(f"the command ended before it was interrupted: {process.returncode}")
        time.sleep(0.01)
    pytest.fail("the command wrote nothing to a temporary file")


class SignalCase(NamedTuple):
    """A signal sent mid-run, how, and what the command must answer."""

    signum: int
    jobs: int = 1
    group: bool = False  # to the process group, as a terminal's Ctrl-C goes to every process of the command
    existing: bool = False  # whether the output file exists before the run
    status: int = 130
    message: str = "interrupted"


# A command started in the background of a script inherits SIGINT ignored and,
# as Unix asks, keeps ignoring it; a terminal starts its foreground command with
# SIGINT on. Python runs the command that way whatever the tests inherited.
AS_FOREGROUND = [
    sys.executable,
    "-c",
    (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
    ),
]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="signals to a process group are POSIX")
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(SignalCase(signal.SIGINT), id="sigint"),
        pytest.param(SignalCase(signal.SIGINT, existing=True), id="sigint-existing-file"),
        pytest.param(SignalCase(signal.SIGINT, jobs=2, group=True), id="ctrl-c-workers-too"),
        pytest.param(SignalCase(signal.SIGTERM, existing=True, status=143, message="stopped by SIGTERM"), id="sigterm"),
    ],
)
def test_a_signal_mid_run_leaves_no_partial_file(tmp_path: Path, case: SignalCase) -> None:
    """A signal while the output is half written: its status, one line, no traceback, the target as it was."""
    records = (json.dumps({"id": f"r{n}", "text": f"{n % 40 + 2} soldiers were killed."}) for n in range(20_000))
    (tmp_path / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    if case.existing:
        (tmp_path / "out.jsonl").write_text("old\n", encoding="utf-8")
    command = [*AS_FOREGROUND, "-m", "conflictclaims", "extract", "--format", "jsonl", "--jobs", str(case.jobs)]
    with subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
        [*command, "feed.jsonl", "-o", "out.jsonl"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own, as a terminal gives a command
    ) as process:
        try:
            wait_for_partial_output(tmp_path, process)
            if case.group:
                os.killpg(process.pid, case.signum)
            else:
                process.send_signal(case.signum)
            stdout, stderr = process.communicate(timeout=120)
        finally:
            process.kill()
    assert process.returncode == case.status
    assert stderr.decode() == f"conflictclaims: {case.message}; out.jsonl left as it was\n"
    assert stdout == b""
    assert temporary_files(tmp_path) == []
    if case.existing:
        assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "old\n"
    else:
        assert not (tmp_path / "out.jsonl").exists()


# --quiet, warnings and progress.


@pytest.mark.skipif(os.name != "posix", reason="symbolic links are POSIX")
def test_quiet_leaves_out_warnings_but_not_errors(tmp_path: Path) -> None:
    """A skipped file is a warning line, which --quiet leaves out; a bad record is still an error line."""
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "d" / "good.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    (tmp_path / "d" / "empty.txt").write_text("", encoding="utf-8")
    loud = run("extract", "--format", "jsonl", "d", cwd=tmp_path)
    quiet = run("extract", "--format", "jsonl", "--quiet", "d", cwd=tmp_path)
    error = f"conflictclaims: error: {Path('d') / 'empty.txt'}: empty input, no text to extract"
    warning = f"conflictclaims: warning: {Path('d') / 'gone.txt'}: skipped: a broken link, not a regular file"
    assert loud.stderr.splitlines() == [error, warning]
    assert quiet.stderr.splitlines() == [error]
    assert loud.returncode == quiet.returncode == 1
    assert loud.stdout == quiet.stdout


def test_quiet_wins_over_progress(corpus: Path) -> None:
    """--quiet with --progress shows no progress: only errors reach standard error."""
    process = run("extract", "--format", "jsonl", "--progress", "-q", corpus)
    assert process.returncode == 0
    assert process.stderr == ""


def test_python_warnings_become_warning_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A warning raised in the library is one warning line like the command's own, and nothing with -q."""

    def warning_scanner(_text: str) -> list[Any]:
        warnings.warn("an unknown time zone, read as UTC", UserWarning, stacklevel=1)
        return []

    monkeypatch.setattr(_cli_commands, "find_counts", warning_scanner)
    (tmp_path / "a.txt").write_text("Two soldiers.", encoding="utf-8")
    loud = run("counts", "a.txt", cwd=tmp_path)
    quiet = run("counts", "-q", "a.txt", cwd=tmp_path)
    assert loud.stderr == "conflictclaims: warning: an unknown time zone, read as UTC\n"
    assert quiet.stderr == ""
    assert loud.returncode == quiet.returncode == 0


def test_progress_shows_the_rate(corpus: Path) -> None:
    """Forced progress counts records and their rate per second on standard error."""
    process = run("extract", "--format", "jsonl", "--progress", corpus)
    assert process.returncode == 0, process.stderr
    assert "records/s" in process.stderr
    assert all(json.loads(line) for line in process.stdout.splitlines())


def _fifo_jsonl(directory: Path) -> str:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    os.mkfifo(directory / "pipe.jsonl")
    return "pipe.jsonl"


# Inputs in a directory _counted_corpus makes: count_records must say how many records read_inputs yields.
COUNTED_INPUTS = [
    pytest.param(["a.txt", "b.txt"], id="text-files"),
    pytest.param(["."], id="a-directory"),
    pytest.param(["c.jsonl", "c.jsonl"], id="jsonl-twice"),
    pytest.param(["gaps.jsonl"], id="blank-and-bad-lines"),
    pytest.param(["empty.jsonl"], id="empty-jsonl"),
    pytest.param(["missing.txt", "missing.jsonl"], id="missing-files"),
    pytest.param(["empty-dir"], id="empty-directory"),
    pytest.param(["no-inputs"], id="directory-without-inputs"),
]


def _counted_corpus(directory: Path) -> None:
    (directory / "a.txt").write_text("Two soldiers were killed.", encoding="utf-8")
    (directory / "b.txt").write_bytes(b"caf\xe9")
    records = [json.dumps({"id": "r1", "text": "Nine killed."}), "", "  ", "{broken", json.dumps({"id": "r2"})]
    (directory / "gaps.jsonl").write_text("\n".join(records) + "\n\n", encoding="utf-8")
    (directory / "c.jsonl").write_text(json.dumps({"id": "c", "text": "One died."}), encoding="utf-8")
    (directory / "empty.jsonl").write_text("\n \n", encoding="utf-8")
    (directory / "empty-dir").mkdir()
    (directory / "no-inputs").mkdir()
    (directory / "no-inputs" / "notes.md").write_text("not an input", encoding="utf-8")


@pytest.mark.parametrize("names", COUNTED_INPUTS)
def test_the_total_for_progress_is_the_number_of_records_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]
) -> None:
    """count_records says in advance how many articles and error records read_inputs will yield."""
    _counted_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    read = list(cli.read_inputs(names, on_warning=lambda _message: None))
    assert _cli_inputs.count_records(names) == len(read)


def test_the_total_is_unknown_for_input_read_only_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input and a named pipe of JSON Lines cannot be counted without being used up: no total."""
    monkeypatch.chdir(tmp_path)
    assert _cli_inputs.count_records(["-"]) is None
    assert _cli_inputs.count_records([_fifo_jsonl(tmp_path)]) is None


def test_counting_stops_when_cancelled(tmp_path: Path) -> None:
    """A run that ends before its total is counted stops the count: it gives up with no total."""
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n' * 10, encoding="utf-8")
    assert _cli_inputs.count_records([str(tmp_path / "c.jsonl")], cancelled=lambda: True) is None
    assert _cli_inputs.count_records([str(tmp_path / "c.jsonl")]) == 10


# Help: defaults, examples and the exit-status table.


def help_text(monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    """Return the help the command prints, one option a line (a wide terminal)."""
    monkeypatch.setenv("COLUMNS", "300")
    process = run(*args, "--help")
    assert process.returncode == 0, process.stderr
    return process.stdout


def option_entries(text: str) -> list[str]:
    """Return each option's entry in the 'options:' section of a help text."""
    section = text.split("\noptions:\n", 1)[1].split("\n\n", 1)[0]
    return [entry.strip() for entry in re.split(r"\n(?=  -)", section)]


@pytest.mark.parametrize("command", list(cli.EXAMPLES))
def test_every_option_that_takes_a_value_states_its_default(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """In every subcommand's help, each option taking a value says what it is when left out."""
    entries = option_entries(help_text(monkeypatch, command))
    assert any(entry.startswith("-o FILE, --output FILE") for entry in entries)
    for entry in entries:
        invocation = re.split(r"\s{2,}", entry, maxsplit=1)[0]
        if any(" " in option for option in invocation.split(", ")):
            assert "(default: " in entry, entry


@pytest.mark.parametrize("command", ["parse", "counts"])
def test_parse_and_counts_state_their_default_format(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """parse and counts print a table unless told otherwise, and their help says so."""
    (entry,) = [e for e in option_entries(help_text(monkeypatch, command)) if e.startswith("--format")]
    assert entry.endswith("(default: table)")


@pytest.mark.parametrize("command", list(cli.EXAMPLES))
def test_every_command_help_ends_with_examples_that_parse(monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """Each subcommand's help ends with two or three examples of itself, each valid for the parser."""
    examples = help_text(monkeypatch, command).rstrip("\n").rsplit("\nexamples:\n", 1)[1].splitlines()
    assert 2 <= len(examples) <= 3
    for example in examples:
        words = shlex.split(example.rsplit(" | ", 1)[-1])
        assert words[:2] == ["conflictclaims", command]
        assert cli.build_parser().parse_args(words[1:]).command == command


def test_the_subcommands_are_those_with_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    """The top-level help lists exactly the subcommands that have examples, so none is left without."""
    listed = help_text(monkeypatch).split("\npositional arguments:\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split()[0] for line in listed.splitlines()[1:]] == list(cli.EXAMPLES)


def test_the_top_level_help_ends_with_the_exit_status_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """--help ends with every exit status and its meaning, in one table."""
    table = help_text(monkeypatch).rsplit("\nexit status:\n", 1)[1]
    statuses = [int(line.split()[0]) for line in table.splitlines() if not line.startswith(" " * 7)]
    assert statuses == [status for status, _ in cli.EXIT_STATUSES] == [0, 1, 2, 130, 143]
    assert " ".join(table.split()).endswith(" ".join(cli.EXIT_STATUSES[-1][1].split()))


def test_the_cli_reference_has_the_same_exit_status_table() -> None:
    """The command-line reference page lists the same statuses as --help, one table row each."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    rows = [line for line in page.splitlines() if re.match(r"^\| \d+ \|", line)]
    assert [int(row.split("|")[1]) for row in rows] == [status for status, _ in cli.EXIT_STATUSES]


@pytest.mark.parametrize(
    ("args", "status"),
    [
        pytest.param(["parse", "12"], 0, id="success"),
        pytest.param(["parse", "12", "soldiers"], 1, id="a-record-failed"),
        pytest.param(["parse"], 2, id="usage-error"),
        pytest.param(["parse", "--format", "xml", "12"], 2, id="bad-value"),
    ],
)
def test_exit_statuses_are_the_documented_ones(args: list[str], status: int) -> None:
    """Each kind of run ends with the status the table gives it."""
    assert run(*args).returncode == status
    assert status in dict(cli.EXIT_STATUSES)


@pytest.mark.slow
def test_the_installed_command_prints_its_version() -> None:
    """The console script installed with the package runs main and prints its name and version."""
    script = Path(sys.executable).parent / ("conflictclaims.exe" if os.name == "nt" else "conflictclaims")
    if not script.exists():
        pytest.skip("the package's console script is not installed beside this interpreter")
    process = subprocess.run([script, "--version"], capture_output=True, check=False, timeout=300, text=True)  # noqa: S603
    assert process.returncode == 0, process.stderr
    assert process.stdout == f"conflictclaims {conflictclaims.__version__}\n"


@pytest.mark.slow
def test_worker_processes_write_the_same_output_file(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Under --jobs 2 the file holds what one process writes: forked workers add nothing to it."""
    out = tmp_path_factory.mktemp("out")
    arguments: list[str | Path] = ["extract", "--format", "jsonl", "--chunk-size", "1", corpus, corpus]
    one = run(*arguments, "-o", out / "one.jsonl")
    two = run_process(*arguments, "--jobs", "2", "-o", out / "two.jsonl")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert (out / "two.jsonl").read_bytes() == (out / "one.jsonl").read_bytes()
    assert len((out / "one.jsonl").read_text(encoding="utf-8").splitlines()) == 8


def _table_cells(table: str) -> list[dict[str, str]]:
    """Split an aligned table into one dict per row, cutting each line where the header's columns start."""
    header, *lines = table.splitlines()
    starts = [m.start() for m in re.finditer(r"\S+", header)]
    names = header.split()
    bounds = [*starts[1:], None]
    return [
        {name: line[start:end].strip() for name, start, end in zip(names, starts, bounds, strict=True)}
        for line in lines
    ]


def test_subjects_and_sides_have_one_name_in_the_api_the_table_the_csv_and_the_json() -> None:
    """On the seeds, each subject and side is named alike by str(), the claims table, disputes CSV and JSON."""
    saved = run("extract", SEEDS, "--format", "jsonl")
    assert saved.returncode == 0, saved.stderr
    articles = [conflictclaims.from_json(line, conflictclaims.Article) for line in saved.stdout.splitlines()]
    api_rows = [
        (str(claim.subject), str(side_of(claim.claimant) or "") if claim.claimant else "")
        for article in articles
        for claim in article.claims
    ]
    assert ("Pakistan military", "Afghanistan") in api_rows
    # One file at a time: each article's rows are aligned on their own.
    tables = [run("extract", path, "--format", "table").stdout for path in sorted(SEEDS.glob("*.txt"))]
    assert [(row["subject"], row["side"]) for table in tables for row in _table_cells(table)] == api_rows
    json_actors = [json.loads(line)["claims"] for line in saved.stdout.splitlines()]
    assert [c["subject"]["display_name"] for claims in json_actors for c in claims] == [s for s, _ in api_rows]

    disputes = conflictclaims.find_disputes(articles)
    api_sides = [
        (str(d.subject), "" if p.party is None else p.party.name)
        for d in disputes
        for p in d.positions
        for _ in p.figures
    ]
    csv_out = run("disputes", SEEDS, "--format", "csv")
    csv_rows = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    assert [(r["subject_name"], r["side"]) for r in csv_rows] == api_sides
    json_out = json.loads(run("disputes", SEEDS, "--format", "json").stdout)
    json_sides = [
        (d["subject"]["display_name"], "" if p["party"] is None else p["party"]["name"])
        for d in json_out
        for p in d["positions"]
        for _ in p["figures"]
    ]
    assert json_sides == api_sides
    text = run("disputes", SEEDS).stdout
    assert all(f"{subject} " in text for subject, _ in api_sides)
