"""Intended usage of the public API, checked by mypy and never run by pytest.

Each statement is how a user is expected to call the library; a line that
mypy rejects here is a typing regression users would see too. Lines marked
``# type: ignore[...]`` must stay errors (``warn_unused_ignores`` checks it).
"""

from __future__ import annotations

import datetime as dt

import attrs

import conflictclaims
from conflictclaims import (
    Actor,
    ActorKind,
    Article,
    Claim,
    ClaimRole,
    ConflictClaimsError,
    Count,
    CountParseError,
    Estimate,
    Incident,
    Outcome,
    PointPolicy,
    Qualifier,
    Span,
    find_counts,
    parse_count,
)
from conflictclaims.scale import RecordError, Stage, extract_many

# Number phrases.
count: Count = parse_count("at least 274")
low: int = count.low
high: int | None = count.high
best: int = count.best
qualifier: Qualifier = count.qualifier
approximate: bool = count.approximate
span: Span | None = count.span
estimate: Estimate = count.estimate(PointPolicy.UCDP)
point: int = count.point(PointPolicy.ACLED)
found: tuple[Count, ...] = find_counts("More than 400 were killed.")
inside: bool = 401 in count

# ``high`` may be None, so arithmetic on it needs a check first.
width = count.high - count.low  # type: ignore[operator]
if count.high is not None:
    width = count.high - count.low

# Errors are typed and carry the input and the position.
try:
    parse_count("heavy casualties")
except CountParseError as error:
    text: str = error.text
    position: int = error.position
except ConflictClaimsError:
    pass

# Models are frozen: no assignment, copies via attrs.evolve.
pakistan = Actor(name="Pakistan Army", kind=ActorKind.MILITARY, country="PAK")
pakistan.name = "Pakistani Army"  # type: ignore[misc]
renamed: Actor = attrs.evolve(pakistan, name="Pakistani Army")
claim = Claim(
    claimant=pakistan,
    subject=pakistan,
    outcome=Outcome.KILLED,
    count=count,
    evidence=Span(start=0, end=12),
)
claimant_name: str | None = claim.claimant.name if claim.claimant else None
claimed: Count | None = claim.count

# Models take keyword arguments only.
Span(0, 12)  # type: ignore[call-arg]

# Extraction returns an Article; lazy names are typed like eager ones.
article: Article = conflictclaims.extract("text", published=dt.date(2025, 10, 12), source="Reuters")
claims: tuple[Claim, ...] = article.claims
disputes = conflictclaims.find_disputes([article])
as_json: str = conflictclaims.to_json(article)
back: Article = conflictclaims.from_json(as_json)
version: str = conflictclaims.__version__

# Incidents: the main one first; an estimate may be None (no number for that outcome).
main: Incident = article.incidents[0]
toll: Estimate | None = main.estimate("killed", policy="acled")
toll = main.estimate(Outcome.CAPTURED, PointPolicy.UCDP)
roles: list[ClaimRole] = [member.role for member in main.claims]
restated: Claim | None = main.claims[0].of
again: tuple[Incident, ...] = conflictclaims.find_incidents(article)
best_toll: int = toll.best if toll is not None else 0
unchecked: int = main.estimate("killed").best  # type: ignore[union-attr]

# Batches: every record gives an Article or a RecordError in its place.
for result in extract_many(["Two soldiers were killed."], jobs=2):
    if isinstance(result, RecordError):
        stage: Stage = result.stage
        error_type: str | None = result.error_type
    else:
        extracted: Article = result
