"""The command line's subcommands: each reads its inputs and writes its results in the format asked for.

Each ``run_*`` function takes the parsed arguments, the :class:`Output` to
write to and the :class:`Errors` to report bad records to.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from conflictclaims._cli_inputs import count_records, is_jsonl, read_inputs, read_saved_articles
from conflictclaims._cli_output import Errors, Output, progress, show_progress
from conflictclaims.counts import Count, Estimate, PointPolicy, find_counts, parse_count
from conflictclaims.disputes import find_disputes, side_of
from conflictclaims.exceptions import CountParseError
from conflictclaims.incidents import find_incidents
from conflictclaims.model import (
    Actor,
    Article,
    Claim,
    ClaimRole,
    Dispute,
    Incident,
    Outcome,
    SourcedClaim,
    Stance,
    Unit,
)
from conflictclaims.scale import ArticleInput, RecordError, extract_many
from conflictclaims.serialize import article_schema, dispute_schema, to_dict, to_json

if TYPE_CHECKING:
    import argparse
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = ["run_counts", "run_disputes", "run_extract", "run_parse", "run_schema", "run_tolls"]


def _interval(low: int, high: int | None) -> str:
    if high is None:
        return f"≥{low}"
    if low == high:
        return str(low)
    return f"{low}–{high}"


def _table(rows: list[list[str]], out: Output) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def _shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


COUNT_HEADER = ["phrase", "low", "best", "high", "qualifier", "approximate"]


def _count_row(count: Count) -> list[str]:
    high = "" if count.high is None else str(count.high)
    return [count.text, str(count.low), str(count.best), high, count.qualifier.value, str(count.approximate).lower()]


def _json(data: Any, indent: int | None = None) -> str:  # noqa: ANN401 - any JSON value
    # Lone surrogates stay as they are here; utf8() makes the stream escape them.
    return json.dumps(data, ensure_ascii=False, indent=indent)


class _JsonList:
    """Writes JSON values one at a time as one JSON array, so nothing is held back."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.n = 0

    def add(self, text: str) -> None:
        """Add one value, given as its JSON text."""
        self.out.write("[\n" if self.n == 0 else ",\n")
        self.out.write(text)
        self.n += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.n == 0 else "\n]\n")


def run_parse(args: argparse.Namespace, out: Output, errors: Errors) -> None:
    counts: list[Count] = []
    for phrase in args.phrases:
        try:
            counts.append(parse_count(phrase))
        except CountParseError as exc:
            errors.report(f"{phrase!r}: {exc.message} (at offset {exc.position})")
    if args.format == "json":
        data = [to_dict(c) for c in counts]
        if len(args.phrases) == 1:
            if data:
                out.write(_json(data[0], args.indent) + "\n")
        else:
            out.write(_json(data, args.indent) + "\n")
    elif args.format == "jsonl":
        for count in counts:
            out.write(to_json(count) + "\n")
    elif counts:
        _table([COUNT_HEADER, *(_count_row(c) for c in counts)], out)


def _records(args: argparse.Namespace, errors: Errors, *, directories: bool = True) -> Iterator[ArticleInput]:
    for record in read_inputs(
        args.inputs, input_format=args.input_format, directories=directories, on_warning=errors.warn
    ):
        if isinstance(record, RecordError):
            errors.report(str(record))
        else:
            yield record


def _record_name(record: ArticleInput) -> str:
    return record.where or record.id or "<stdin>"


def run_counts(args: argparse.Namespace, out: Output, errors: Errors) -> None:
    single = len(args.inputs) == 1 and not is_jsonl(Path(args.inputs[0]), args.input_format)
    listing = _JsonList(out) if args.format == "json" and not single else None
    header = True
    for record in _records(args, errors, directories=False):
        counts = find_counts(record.text)
        name = _record_name(record)
        if args.format == "table":
            rows = [["input", "start", "end", *COUNT_HEADER]] if header else []
            header = False
            for c in counts:
                span = c.span
                start, end = ("", "") if span is None else (str(span.start), str(span.end))
                rows.append([name, start, end, *_count_row(c)])
            if rows:
                _table(rows, out)
        elif args.format == "jsonl":
            for c in counts:
                out.write(_json({"input": name, "id": record.id, **to_dict(c)}) + "\n")
        else:
            data = {"input": name, "id": record.id, "counts": [to_dict(c) for c in counts]}
            if listing is None:
                out.write(_json(data, args.indent) + "\n")
            else:
                listing.add(_json(data, args.indent))
    if listing is not None:
        listing.close()


def _articles(args: argparse.Namespace, errors: Errors) -> Iterator[Article]:
    if getattr(args, "from_articles", False):
        yield from read_saved_articles(args.inputs, errors.report)
        return
    records = read_inputs(args.inputs, input_format=args.input_format, on_warning=errors.warn)
    results = extract_many(records, jobs=args.jobs, chunk_size=args.chunk_size)

    def total(cancelled: Callable[[], bool]) -> int | None:
        return count_records(args.inputs, input_format=args.input_format, cancelled=cancelled)

    shown = show_progress(args, errors.stream)
    for result in progress(results, errors=errors, label=args.command, enabled=shown, total=total):
        if isinstance(result, RecordError):
            errors.report(str(result))
        else:
            yield result


ARTICLE_HEADER = ["article", "claimant", "side", "subject", "outcome", "unit", "stance", "count", "evidence"]


def _side_name(claimant: Actor) -> str:
    side = side_of(claimant)
    return "" if side is None else side.name


def _article_rows(article: Article) -> list[list[str]]:
    if not article.claims:
        return [[article.id, "(no claims)", "", "", "", "", "", "", ""]]
    rows = []
    for claim in article.claims:
        claimant = claim.claimant
        subject = claim.subject
        count = "" if claim.count is None else _interval(claim.count.low, claim.count.high)
        rows.append(
            [
                article.id,
                "(article)" if claimant is None else claimant.name,
                "" if claimant is None else _side_name(claimant),
                subject.display_name,
                claim.outcome.value,
                claim.unit.value,
                claim.stance.value,
                count,
                _shorten(article.evidence(claim)),
            ]
        )
    return rows


def run_extract(args: argparse.Namespace, out: Output, errors: Errors) -> None:
    articles = _articles(args, errors)
    if args.format == "jsonl":
        for article in articles:
            out.write(to_json(article) + "\n")
        return
    if args.format == "table":
        header = True
        for article in articles:
            rows = _article_rows(article)
            _table([ARTICLE_HEADER, *rows] if header else rows, out)
            header = False
        return
    single = len(args.inputs) == 1 and not is_jsonl(Path(args.inputs[0]), args.input_format)
    single = single and (args.inputs[0] == "-" or not Path(args.inputs[0]).is_dir())
    if single:
        for article in articles:
            out.write(to_json(article, indent=args.indent) + "\n")
        return
    listing = _JsonList(out)
    for article in articles:
        listing.add(to_json(article, indent=args.indent))
    listing.close()


CSV_HEADER = [
    "dispute",
    "subject_name",
    "subject_phrase",
    "subject_party",
    "subject_country",
    "subject_kind",
    "outcome",
    "unit",
    "period_start",
    "period_end",
    "compatible",
    "side",
    "side_country",
    "position_claimant",
    "revised",
    "low",
    "high",
    "stance",
    "count_text",
    "claimants",
    "article_ids",
]


def _dispute_csv(disputes: Sequence[Dispute], out: Output) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for number, dispute in enumerate(disputes, start=1):
        period = dispute.period
        for position in dispute.positions:
            for figure in position.figures:
                count = figure.claim.count
                writer.writerow(
                    [
                        number,
                        dispute.subject.display_name,
                        dispute.subject.name,
                        dispute.subject.party.name,
                        dispute.subject.country or "",
                        dispute.subject.kind.value,
                        dispute.outcome.value,
                        dispute.unit.value,
                        "" if period is None else period.start.isoformat(),
                        "" if period is None else period.end.isoformat(),
                        str(dispute.compatible).lower(),
                        "" if position.party is None else position.party.name,
                        position.side or "",
                        "" if position.claimant is None else position.claimant.name,
                        str(position.revised).lower(),
                        "" if count is None else count.low,
                        "" if count is None or count.high is None else count.high,
                        figure.claim.stance.value,
                        "" if count is None else count.text,
                        ";".join(a.name for a in figure.claimants),
                        ";".join(figure.article_ids),
                    ]
                )


def _figure_text(figure: SourcedClaim) -> str:
    claim = figure.claim
    count = claim.count
    if claim.stance is Stance.DENIED:
        return "denied" if count is None else f"denied {_interval(count.low, count.high)}"
    return "unquantified" if count is None else _interval(count.low, count.high)


def _dispute_text(disputes: Sequence[Dispute], out: Output) -> None:
    for number, dispute in enumerate(disputes, start=1):
        subject = dispute.subject
        period = dispute.period
        when = "undated" if period is None else f"{period.start.isoformat()} to {period.end.isoformat()}"
        verdict = "compatible" if dispute.compatible else "CONFLICT"
        what = f"{subject.display_name} {dispute.outcome.value} ({dispute.unit.value})"
        out.write(f"{number}. {what}, {when}: {verdict}\n")
        rows = []
        for position in dispute.positions:
            side = "(article)" if position.party is None and position.claimant is None else "-"
            side = side if position.party is None else position.party.name
            claimant = "" if position.claimant is None else position.claimant.name
            for i, figure in enumerate(position.figures):
                who = ", ".join(a.name for a in figure.claimants) or "(unattributed)"
                rows.append(
                    [
                        f"   {side}" if i == 0 else "",
                        (claimant + (" (revised)" if position.revised else "")) if i == 0 else "",
                        _figure_text(figure),
                        who,
                        ", ".join(figure.article_ids),
                    ]
                )
        _table(rows, out)
        out.write("\n")


def run_disputes(args: argparse.Namespace, out: Output, errors: Errors) -> None:
    disputes = find_disputes(_articles(args, errors), min_sides=args.min_sides)
    if args.format == "json":
        out.write(_json([to_dict(d) for d in disputes], args.indent) + "\n")
    elif args.format == "csv":
        _dispute_csv(disputes, out)
    elif disputes:
        _dispute_text(disputes, out)
    else:
        out.write("no disputes\n")


TOLL_HEADER = ["article", "incident", "kind", "outcome", "unit", "low", "best", "high", "claims", "period", "places"]


def _incident_kind(incident: Incident, number: int) -> str:
    """The incident's kind: "main" for the article's main incident; else "background", "cumulative" or "event"."""
    if number == 0:
        return "main"
    own = {m.role for m in incident.claims if m.of is None}
    if own == {ClaimRole.BACKGROUND}:
        return "background"
    if own == {ClaimRole.CUMULATIVE}:
        return "cumulative"
    return "event"


def _incident_tolls(incident: Incident, policy: PointPolicy) -> list[tuple[Outcome, Unit, Estimate]]:
    """The incident's estimate for each outcome and unit its claims count, in the order first told."""
    kinds = dict.fromkeys((m.claim.outcome, m.claim.unit) for m in incident.claims)
    found = ((outcome, unit, incident.estimate(outcome, policy, unit=unit)) for outcome, unit in kinds)
    return [(outcome, unit, estimate) for outcome, unit, estimate in found if estimate is not None]


def _incident_record(article: Article, number: int, policy: PointPolicy) -> dict[str, Any]:
    """One incident as a JSON-ready record: where and when, its tolls under ``policy``, and its claims by index."""
    incident = article.incidents[number]
    index = {id(claim): i for i, claim in enumerate(article.claims)}

    def where(claim: Claim | None) -> int | None:
        if claim is None:
            return None
        found = index.get(id(claim))
        return article.index_of(claim) if found is None else found

    period = incident.period
    return {
        "article": article.id,
        "incident": incident.id,
        "kind": _incident_kind(incident, number),
        "period": None if period is None else {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "locations": [location.name for location in incident.locations],
        "policy": policy.value,
        "tolls": [
            {"outcome": outcome.value, "unit": unit.value, "low": e.low, "best": e.best, "high": e.high}
            for outcome, unit, e in _incident_tolls(incident, policy)
        ],
        "claims": [{"claim": where(m.claim), "role": m.role.value, "of": where(m.of)} for m in incident.claims],
    }


def _toll_rows(article: Article, policy: PointPolicy) -> list[list[str]]:
    """The table rows of one article: one per incident and toll, or one saying there is none."""
    if not article.incidents:
        return [[article.id, "(no incidents)", *[""] * (len(TOLL_HEADER) - 2)]]
    rows = []
    for number, incident in enumerate(article.incidents):
        period = incident.period
        when = "" if period is None else _period_text(period.start, period.end)
        places = _shorten(", ".join(location.name for location in incident.locations), 40)
        tolls = _incident_tolls(incident, policy)
        lead = [article.id, incident.id, _incident_kind(incident, number)]
        tail = [str(len(incident.claims)), when, places]
        if not tolls:
            rows.append([*lead, "(no toll)", "", "", "", "", *tail])
        for outcome, unit, estimate in tolls:
            high = "" if estimate.high is None else str(estimate.high)
            rows.append([*lead, outcome.value, unit.value, str(estimate.low), str(estimate.best), high, *tail])
    return rows


def _period_text(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


def _with_incidents(articles: Iterable[Article]) -> Iterator[Article]:
    """Articles whose claims were never grouped (built by hand and saved without incidents) are grouped now."""
    for article in articles:
        if article.claims and not article.incidents:
            article = attrs.evolve(article, incidents=find_incidents(article))  # noqa: PLW2901 - the same article, grouped
        yield article


def run_tolls(args: argparse.Namespace, out: Output, errors: Errors) -> None:
    policy = PointPolicy(args.policy)
    articles = _with_incidents(_articles(args, errors))
    if args.format == "jsonl":
        for article in articles:
            for number in range(len(article.incidents)):
                out.write(_json(_incident_record(article, number, policy)) + "\n")
        return
    if args.format == "json":
        listing = _JsonList(out)
        for article in articles:
            for number in range(len(article.incidents)):
                listing.add(_json(_incident_record(article, number, policy), args.indent))
        listing.close()
        return
    header = True
    for article in articles:
        rows = _toll_rows(article, policy)
        _table([TOLL_HEADER, *rows] if header else rows, out)
        header = False


def run_schema(args: argparse.Namespace, out: Output, _errors: Errors) -> None:
    schema = article_schema() if args.of == "article" else dispute_schema()
    out.write(_json(schema, 2) + "\n")
