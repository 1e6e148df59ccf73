"""Tests for conflictclaims.serialize: the JSON shape, hostile payloads and the shipped schema."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any, assert_type

import attrs
import cattrs
import jsonschema
import pytest

import conflictclaims
from conflictclaims import (
    Actor,
    ActorKind,
    Article,
    Ceasefire,
    CeasefireStatus,
    Claim,
    ClaimRole,
    Count,
    DateRange,
    Dispute,
    Incident,
    IncidentClaim,
    Location,
    LocationKind,
    Outcome,
    Party,
    Position,
    Qualifier,
    SerializationError,
    SourcedClaim,
    Span,
    Stance,
    Unit,
    extract,
    find_incidents,
    serialize,
)
from conflictclaims.serialize import (
    article_schema,
    configure_converter,
    dispute_schema,
    from_dict,
    from_json,
    make_converter,
    to_dict,
    to_json,
)

if TYPE_CHECKING:
    from collections.abc import Callable

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CHAUDHRY = Actor(
    name="Ahmed Sharif Chaudhry",
    kind=ActorKind.PERSON,
    country="PAK",
    role="military spokesperson",
    party=Party.state("PAK"),
)
AFGHAN_FORCES = Actor(name="Afghan security personnel and allied fighters", kind=ActorKind.MILITARY, country="AFG")
AT_LEAST_274 = Count(
    low=274, high=None, best=274, qualifier=Qualifier.AT_LEAST, text="at least 274", span=Span(start=1203, end=1215)
)
DESIGN_CLAIM = Claim(
    claimant=CHAUDHRY,
    subject=AFGHAN_FORCES,
    outcome=Outcome.KILLED,
    count=AT_LEAST_274,
    evidence=Span(start=1120, end=1262),
    cue="said",
)

TEXT = "Officials said 12 soldiers were killed and about 30 wounded near Kandahar on Thursday."
KANDAHAR = Location(
    name="Kandahar", kind=LocationKind.CITY, country="AFG", admin1="AF-KAN", latitude=31.61, longitude=65.71
)


def _claim(outcome: Outcome, count: Count) -> Claim:
    return Claim(claimant=None, subject=AFGHAN_FORCES, outcome=outcome, count=count, evidence=Span(start=0, end=40))


OFFICIALS = Actor(name="Officials", kind=ActorKind.GOVERNMENT, country="AFG", mentions=(Span(start=0, end=9),))

CLAIMS = (
    _claim(Outcome.KILLED, Count.exact(12, text="12", span=Span(start=15, end=17))),
    _claim(Outcome.WOUNDED, Count(low=27, high=33, best=30, qualifier=Qualifier.ABOUT, approximate=True)),
    _claim(Outcome.CAPTURED, Count.exact(0)),
    _claim(
        Outcome.KILLED,
        Count(low=12, high=99, best=12, qualifier=Qualifier.VAGUE, text="12", span=Span(start=15, end=17)),
    ),
)

ARTICLE = Article(
    id="a1",
    text=TEXT,
    title="Clashes near Kandahar",
    published=dt.date(2025, 10, 16),
    authors=("Jane Doe", "Ali Khan"),
    source="Reuters",
    claims=CLAIMS,
    ceasefires=(Ceasefire(parties=(OFFICIALS,), status=CeasefireStatus.HOLDING, evidence=Span(start=0, end=9)),),
    actors=(OFFICIALS,),
    locations=(KANDAHAR,),
    incidents=(
        Incident(
            id="i1",
            claims=(
                IncidentClaim(claim=CLAIMS[0], role=ClaimRole.REPORT),
                IncidentClaim(claim=CLAIMS[1], role=ClaimRole.REPORT),
                IncidentClaim(claim=CLAIMS[3], role=ClaimRole.RESTATEMENT, of=CLAIMS[0]),
            ),
            period=DateRange(start=dt.date(2025, 10, 16), end=dt.date(2025, 10, 16)),
            locations=(KANDAHAR,),
        ),
        Incident(id="i2", claims=(IncidentClaim(claim=CLAIMS[2], role=ClaimRole.BACKGROUND),)),
    ),
)

DISPUTE = Dispute(
    subject=AFGHAN_FORCES,
    outcome=Outcome.KILLED,
    unit=Unit.PERSONS,
    positions=(
        Position(
            claimant=CHAUDHRY,
            side="PAK",
            figures=(
                SourcedClaim(
                    claim=DESIGN_CLAIM,
                    article_ids=("a1", "a2"),
                    claimants=(CHAUDHRY,),
                    evidence=("killed at least 274 Afghan security personnel",),
                ),
            ),
        ),
        Position(claimant=None, figures=()),
    ),
    compatible=False,
)

MODELS: dict[type, Any] = {
    Span: Span(start=1, end=4),
    Count: AT_LEAST_274,
    Actor: CHAUDHRY,
    Location: KANDAHAR,
    DateRange: DateRange(start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31), text="in October"),
    Claim: DESIGN_CLAIM,
    Ceasefire: ARTICLE.ceasefires[0],
    Article: ARTICLE,
    SourcedClaim: DISPUTE.positions[0].figures[0],
    Position: DISPUTE.positions[0],
    Dispute: DISPUTE,
}


# The JSON shape.


def test_claim_serializes_like_the_design_example() -> None:
    """A claim becomes exactly the dict DESIGN.md shows, every field present."""
    assert to_dict(DESIGN_CLAIM) == {
        "claimant": {
            "name": "Ahmed Sharif Chaudhry",
            "kind": "person",
            "country": "PAK",
            "role": "military spokesperson",
            "aliases": [],
            "mentions": [],
            "party": {"kind": "state", "name": "Pakistan", "country": "PAK"},
            "display_name": "Ahmed Sharif Chaudhry",
        },
        "subject": {
            "name": "Afghan security personnel and allied fighters",
            "kind": "military",
            "country": "AFG",
            "role": None,
            "aliases": [],
            "mentions": [],
            "party": {"kind": "state", "name": "Afghanistan", "country": "AFG"},
            "display_name": "Afghanistan military",
        },
        "outcome": "killed",
        "unit": "persons",
        "count": {
            "low": 274,
            "high": None,
            "best": 274,
            "qualifier": "at_least",
            "approximate": False,
            "text": "at least 274",
            "span": {"start": 1203, "end": 1215},
        },
        "stance": "asserted",
        "perpetrator": None,
        "locations": [],
        "period": None,
        "cue": "said",
        "evidence": {"start": 1120, "end": 1262},
    }


def test_count_json_text_is_compact_and_ordered() -> None:
    """A count's JSON lists low, high, best, qualifier, approximate, text, span in that order."""
    assert to_json(AT_LEAST_274) == (
        '{"low":274,"high":null,"best":274,"qualifier":"at_least","approximate":false,'
        '"text":"at least 274","span":{"start":1203,"end":1215}}'
    )


@pytest.mark.parametrize("cls", list(MODELS), ids=lambda cls: cls.__name__)
def test_keys_are_every_field_in_field_order(cls: type) -> None:
    """Each model emits its fields in order; an article opens with its format, an actor closes with its display name."""
    opening = [serialize.FORMAT_KEY] if cls is Article else []
    closing = [serialize.DISPLAY_NAME] if cls is Actor else []
    assert list(to_dict(MODELS[cls])) == [*opening, *(a.name for a in attrs.fields(cls)), *closing]


def test_an_article_names_its_format() -> None:
    """A serialized article says which format it is in, so that readers can tell versions apart."""
    assert to_dict(ARTICLE)["format"] == serialize.ARTICLE_FORMAT == "conflictclaims/2"


def _walk(value: object) -> list[object]:
    if isinstance(value, dict):
        return [value, *(v for item in value.values() for v in _walk(item))]
    if isinstance(value, list):
        return [value, *(v for item in value for v in _walk(item))]
    return [value]


@pytest.mark.parametrize("cls", list(MODELS), ids=lambda cls: cls.__name__)
def test_output_holds_only_plain_json_types(cls: type) -> None:
    """to_dict returns dicts, lists, str, int, float, bool and None only (no tuples, enums or dates)."""
    plain = (dict, list, str, int, float, bool, type(None))
    assert all(type(v) in plain for v in _walk(to_dict(MODELS[cls])))


def test_enums_are_lower_case_strings() -> None:
    """Enum members become their lower-case values."""
    data = to_dict(ARTICLE)
    assert data["ceasefires"][0]["status"] == "holding"
    assert [c["count"]["qualifier"] for c in data["claims"]] == ["exact", "about", "exact", "vague"]
    assert data["locations"][0]["kind"] == "city"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param(None, None, id="absent"),
        pytest.param(dt.date(2025, 10, 16), "2025-10-16", id="date"),
        pytest.param(dt.datetime(2025, 10, 16, 9, 5), "2025-10-16T09:05:00", id="naive-datetime"),  # noqa: DTZ001 - naive is valid
        pytest.param(
            dt.datetime(2025, 10, 16, 9, 5, 30, 250, tzinfo=dt.timezone(dt.timedelta(hours=4, minutes=30))),
            "2025-10-16T09:05:30.000250+04:30",
            id="aware-datetime",
        ),
        pytest.param(dt.datetime(2025, 10, 16, tzinfo=dt.UTC), "2025-10-16T00:00:00+00:00", id="utc-midnight"),
    ],
)
def test_published_round_trips_with_its_type_and_offset(published: dt.date | None, expected: str | None) -> None:
    """A date stays a date and a datetime a datetime, naive or with the same UTC offset."""
    article = attrs.evolve(ARTICLE, published=published)
    assert to_dict(article)["published"] == expected
    back = from_json(to_json(article)).published
    assert type(back) is type(published)
    assert back == published
    if isinstance(published, dt.datetime):
        assert isinstance(back, dt.datetime)
        assert back.utcoffset() == published.utcoffset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2025-10-16T09:05Z", dt.datetime(2025, 10, 16, 9, 5, tzinfo=dt.UTC), id="zulu-no-seconds"),
        pytest.param("2025-10-16 09:05:00", dt.datetime(2025, 10, 16, 9, 5), id="space-separator"),  # noqa: DTZ001 - naive is valid
        pytest.param("2025-10-16T09:05:00.5-03:00", None, id="short-fraction"),
    ],
)
def test_other_iso_datetime_spellings_are_read(text: str, expected: dt.datetime | None) -> None:
    """ISO 8601 variants other producers write are read as datetimes."""
    published = from_dict({**to_dict(Article(id="x", text="")), "published": text}, Article).published
    assert isinstance(published, dt.datetime)
    if expected is not None:
        assert published == expected


def test_lone_surrogates_are_written_as_escapes() -> None:
    """A lone surrogate (a JSON Lines record may carry one) is escaped, so the JSON encodes as UTF-8 and reads back."""
    article = Article(id="s", text="x \ud800 y")
    text = to_json(article)
    assert "\\ud800" in text
    assert from_json(text.encode("utf-8")) == article


def test_a_split_surrogate_pair_cannot_be_written() -> None:
    """Two surrogates side by side would read back as one character, so writing them is an error."""
    with pytest.raises(SerializationError, match="side by side"):
        to_json(Article(id="s", text="\ud83d\ude00"))


# Actors named by claims and ceasefires: written once, referred to after.

MUJAHID_TEXT = "Taliban spokesman Zabihullah Mujahid said 55 soldiers were killed. Mujahid said 12 were captured."
MUJAHID = Actor(
    name="Zabihullah Mujahid",
    kind=ActorKind.PERSON,
    country="AFG",
    role="spokesman",
    mentions=(Span(start=18, end=36), Span(start=67, end=74)),
)


def _said(claimant: Actor | None, count: Count, outcome: Outcome = Outcome.KILLED) -> Claim:
    return Claim(claimant=claimant, subject=AFGHAN_FORCES, outcome=outcome, count=count, evidence=Span(start=0, end=66))


def _mujahid_article(claimant: Actor) -> Article:
    return Article(
        id="m",
        text=MUJAHID_TEXT,
        claims=(
            _said(claimant, Count.exact(55, text="55", span=Span(start=42, end=44))),
            _said(claimant, Count.exact(12, text="12", span=Span(start=80, end=82)), Outcome.CAPTURED),
        ),
        ceasefires=(Ceasefire(mediators=(claimant,), evidence=Span(start=0, end=7)),),
        actors=(MUJAHID,),
    )


def test_an_actor_of_the_article_is_written_as_a_reference() -> None:
    """A claimant that is one of the article's actors is written without mentions, pointing at its index."""
    data = to_dict(_mujahid_article(MUJAHID))
    claimant = data["claims"][0]["claimant"]
    assert claimant == {
        "name": "Zabihullah Mujahid",
        "kind": "person",
        "country": "AFG",
        "role": "spokesman",
        "aliases": [],
        "party": {"kind": "unknown", "name": "unknown", "country": "AFG"},
        "display_name": "Zabihullah Mujahid",
        "actor_index": 0,
    }
    assert data["ceasefires"][0]["mediators"][0] == claimant
    assert data["actors"][0]["mentions"] == [{"start": 18, "end": 36}, {"start": 67, "end": 74}]


def test_the_display_name_is_written_and_read_past() -> None:
    """Every actor is written with its display name; reading ignores a string there and rejects anything else."""
    data = to_dict(AFGHAN_FORCES)
    assert data["display_name"] == "Afghanistan military" == str(AFGHAN_FORCES)
    assert from_dict({**data, "display_name": "anything"}, Actor) == AFGHAN_FORCES
    assert from_dict({k: v for k, v in data.items() if k != "display_name"}, Actor) == AFGHAN_FORCES
    with pytest.raises(SerializationError, match=r"display_name: expected a string"):
        from_dict({**data, "display_name": 3}, Actor)


def test_a_reference_reads_back_as_the_same_actor() -> None:
    """Reading shares the article's actor object among the claims that name it, as extraction does."""
    back = from_json(to_json(_mujahid_article(MUJAHID)))
    assert back == _mujahid_article(MUJAHID)
    assert back.claims[0].claimant is back.actors[0]
    assert back.claims[1].claimant is back.actors[0]


def test_an_equal_copy_of_an_article_actor_is_a_reference_too() -> None:
    """An actor equal to one in Article.actors, though a different object, is written as a reference."""
    copy_of = attrs.evolve(MUJAHID)
    assert copy_of is not MUJAHID
    data = to_dict(_mujahid_article(copy_of))
    assert data["claims"][0]["claimant"]["actor_index"] == 0


@pytest.mark.parametrize(
    "claimant",
    [
        pytest.param(attrs.evolve(MUJAHID, mentions=(Span(start=18, end=36),)), id="fewer-mentions"),
        pytest.param(Actor(name="Officials", kind=ActorKind.GOVERNMENT), id="not-in-actors"),
    ],
)
def test_an_actor_whose_mentions_no_article_actor_has_is_written_whole(claimant: Actor) -> None:
    """A hand-built claim may name an actor that Article.actors lacks: it is written whole and reads back equal."""
    article = _mujahid_article(claimant)
    data = to_dict(article)
    assert data["claims"][0]["claimant"] == to_dict(claimant)
    assert from_json(to_json(article)) == article


def test_an_actor_that_shares_mentions_but_differs_keeps_its_own_fields() -> None:
    """A claimant whose side was resolved for the claim refers to the article actor's mentions, keeping its side.

    The extractor gives such a claimant the article actor's mentions tuple itself; written whole on every
    claim, it made output grow with the square of the article.
    """
    resolved = attrs.evolve(MUJAHID, country="PAK", role="commander")
    article = _mujahid_article(resolved)
    claimant = to_dict(article)["claims"][0]["claimant"]
    assert (claimant["country"], claimant["role"], claimant["actor_index"]) == ("PAK", "commander", 0)
    assert "mentions" not in claimant
    back = from_json(to_json(article))
    assert back == article
    assert back.claims[0].claimant is back.claims[1].claimant  # one actor again, as extracted


def test_an_actor_without_mentions_is_written_whole() -> None:
    """Nothing to share: an actor without mentions never becomes a reference, even if an article actor has none."""
    bare = Actor(name="soldiers", kind=ActorKind.MILITARY)
    article = Article(id="b", text=MUJAHID_TEXT, claims=(_said(bare, Count.exact(1)),), actors=(bare,))
    assert "actor_index" not in to_dict(article)["claims"][0]["claimant"]
    assert from_json(to_json(article)) == article


def test_mentions_are_written_once_however_many_claims_name_the_actor() -> None:
    """Output grows with the claims, not with claims times mentions: the mentions appear once."""
    mentions = tuple(Span(start=i, end=i + 1) for i in range(2_000))
    speaker = attrs.evolve(MUJAHID, mentions=mentions)
    claim = _said(speaker, Count.exact(7, text="x", span=Span(start=0, end=1)))
    article = Article(id="big", text="x" * 2_000, claims=(claim,) * 500, actors=(speaker,))
    text = to_json(article)
    assert text.count('"start"') == len(mentions) + 2 * 500  # mentions once; each claim's count span and evidence
    assert from_json(text) == article


def test_json_of_a_long_extracted_article_stays_a_small_multiple_of_its_text() -> None:
    """The seed articles end to end (200 kB) give under five bytes of JSON per byte of text; they gave ten.

    ``tests/test_linear_time.py`` measures the same at 1 MB and 5 MB through the command line.
    """
    seeds = "".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    text = (seeds * (200_000 // len(seeds) + 1))[:200_000]
    article = extract(text)
    written = to_json(article).encode("utf-8")
    assert len(written) <= 5 * len(text.encode("utf-8"))
    assert from_json(written) == article


def as_version_1(article: Article) -> dict[str, Any]:
    """Write ``article`` as version 1 did: no format key, no incidents, every actor whole."""
    data = to_dict(article)
    del data["format"], data["incidents"]
    for claim, written in zip(article.claims, data["claims"], strict=True):
        for role in ("claimant", "subject", "perpetrator"):
            actor = getattr(claim, role)
            written[role] = None if actor is None else to_dict(actor)
    for ceasefire, written in zip(article.ceasefires, data["ceasefires"], strict=True):
        written["parties"] = [to_dict(actor) for actor in ceasefire.parties]
        written["mediators"] = [to_dict(actor) for actor in ceasefire.mediators]
    return data


def test_a_version_1_article_still_reads() -> None:
    """An article written before the format key, with every actor whole, reads back with its claims grouped."""
    article = _mujahid_article(MUJAHID)
    back = from_json(json.dumps(as_version_1(article)))
    assert back == attrs.evolve(article, incidents=find_incidents(article))
    assert [[member.claim for member in incident.claims] for incident in back.incidents] == [list(back.claims)]


def test_a_version_1_extraction_reads_back_as_extracted() -> None:
    """Version 1 had no incidents: reading one groups its claims as extract does, so it equals a new extraction."""
    article = extract(
        "Two soldiers were killed in an ambush on Sunday, the army said. "
        "The insurgents said five soldiers died in the ambush. "
        "Since the war began, 500 soldiers have died.",
        published=dt.date(2025, 10, 14),
    )
    assert len(article.incidents) == 2
    assert from_dict(as_version_1(article), Article) == article


def test_a_version_1_article_without_claims_has_no_incidents() -> None:
    """Grouping on reading adds nothing to an article without claims."""
    article = Article(id="e", text="Nothing happened.")
    assert from_dict(as_version_1(article), Article) == article


def test_a_version_1_article_may_not_hold_incidents() -> None:
    """Incidents came with format 2, so an incidents key without a format key is refused where it stands."""
    data = as_version_1(ARTICLE)
    data["incidents"] = []
    with pytest.raises(SerializationError) as info:
        from_dict(data, Article)
    assert info.value.path == "$.incidents"
    assert "conflictclaims/2" in info.value.message


def test_a_version_2_article_may_still_hold_whole_actors() -> None:
    """Whole actors are valid anywhere in a version 2 article; only references need Article.actors."""
    data = to_dict(_mujahid_article(MUJAHID))
    data["claims"][0]["claimant"] = to_dict(MUJAHID)
    assert from_dict(data, Article) == _mujahid_article(MUJAHID)


def test_parse_json_reports_duplicate_keys_deep_inside() -> None:
    """parse_json names the path of a repeated key however deep, and reads clean JSON as plain values."""
    deep = '{"a": [1, {"b": {"c": 1, "c": 2}}]}'
    with pytest.raises(SerializationError) as info:
        serialize.parse_json(deep)
    assert (info.value.path, info.value.message) == ("$.a[1].b.c", "duplicate key 'c'")
    assert serialize.parse_json('{"a": [1, {"b": null}]}') == {"a": [1, {"b": None}]}


def test_parse_json_reports_where_the_json_breaks() -> None:
    """A truncated document is reported with its line and column."""
    with pytest.raises(SerializationError, match=r"line 1, column 12"):
        serialize.parse_json('{"id": "a1"')


def test_non_ascii_text_is_kept() -> None:
    """JSON text keeps non-ASCII characters instead of escaping them."""
    article = Article(id="ar", text="قُتل ١٢ جنديًا — «Kandahar»")
    assert article.text in to_json(article)
    assert from_json(to_json(article).encode("utf-8")) == article


def test_indent_pretty_prints() -> None:
    """With indent, the JSON spans several lines and reads back the same."""
    text = to_json(ARTICLE, indent=2)
    assert text.startswith('{\n  "format": "conflictclaims/2",\n  "id": "a1",\n')
    assert from_json(text) == ARTICLE


@pytest.mark.parametrize("cls", list(MODELS), ids=lambda cls: cls.__name__)
def test_each_example_model_round_trips(cls: type) -> None:
    """Every model reads back equal from its dict and from its JSON."""
    value = MODELS[cls]
    assert from_dict(to_dict(value), cls) == value
    assert from_json(to_json(value), cls) == value


@pytest.mark.parametrize(
    ("key", "cls", "value"),
    [
        pytest.param("count", Claim, DESIGN_CLAIM, id="claim-count"),
        pytest.param("stance", Claim, DESIGN_CLAIM, id="claim-stance"),
        pytest.param("mentions", Actor, CHAUDHRY, id="actor-mentions"),
        pytest.param("span", Count, AT_LEAST_274, id="count-span"),
        pytest.param("ceasefires", Article, ARTICLE, id="article-ceasefires"),
    ],
)
def test_every_written_key_is_required(key: str, cls: type, value: object) -> None:
    """A key left out is an error, not its default: a missing count would read as "no number"."""
    data = to_dict(value)
    del data[key]
    with pytest.raises(SerializationError) as info:
        from_dict(data, cls)
    assert (info.value.path, info.value.message) == (f"$.{key}", "required key is missing")


def test_every_missing_key_is_named() -> None:
    """Several missing keys are all listed, each with its own path."""
    data = to_dict(DESIGN_CLAIM)
    del data["count"], data["unit"]
    with pytest.raises(SerializationError) as info:
        from_dict(data, Claim)
    assert info.value.path == "$.unit"
    assert "$.count" in info.value.message


def test_location_accepts_integer_coordinates() -> None:
    """A JSON integer is a valid latitude and reads back as a float."""
    location = from_dict({**to_dict(KANDAHAR), "latitude": 34, "longitude": -70}, Location)
    assert location.latitude == 34.0
    assert isinstance(location.latitude, float)


def test_from_json_defaults_to_article() -> None:
    """Without a class, from_json builds an Article; with one, mypy infers that class."""
    assert_type(from_json(to_json(ARTICLE)), Article)
    assert_type(from_json(to_json(DESIGN_CLAIM), Claim), Claim)
    assert_type(from_dict(to_dict(AT_LEAST_274), Count), Count)
    assert from_json(to_json(ARTICLE)) == ARTICLE


# Incidents.


def test_incidents_name_claims_by_their_index() -> None:
    """An incident writes its claims as indices into ``claims``, never as copies."""
    incidents = to_dict(ARTICLE)["incidents"]
    assert [member for incident in incidents for member in incident["claims"]] == [
        {"claim": 0, "role": "report", "of": None},
        {"claim": 1, "role": "report", "of": None},
        {"claim": 3, "role": "restatement", "of": 0},
        {"claim": 2, "role": "background", "of": None},
    ]
    assert [list(incident) for incident in incidents] == [["id", "claims", "period", "locations"]] * 2
    assert [incident["locations"] for incident in incidents] == [[0], []]


def test_incidents_read_back_hold_the_articles_own_claims() -> None:
    """Read back, an incident's claims are the very claim objects of its article."""
    article = from_json(to_json(ARTICLE))
    member = article.incidents[0].claims[2]
    assert member.claim is article.claims[3]
    assert member.of is article.claims[0]
    assert article.incidents[0].locations[0] is article.locations[0]


def test_an_article_without_incidents_writes_an_empty_list() -> None:
    """An article with no incidents still writes the key, as every key is written."""
    article = attrs.evolve(ARTICLE, incidents=())
    assert to_dict(article)["incidents"] == []
    assert from_json(to_json(article)) == article


def test_a_version_2_article_must_hold_its_incidents() -> None:
    """Format 2 writes incidents, so an article of that format without the key is refused, not read as ungrouped."""
    data = to_dict(ARTICLE)
    del data["incidents"]
    with pytest.raises(SerializationError) as info:
        from_dict(data, Article)
    assert (info.value.path, info.value.message) == ("$.incidents", "required key is missing")


def test_an_incident_period_must_be_the_text_at_its_span() -> None:
    """An incident's period phrase, like a claim's, is the article text at its span."""
    data = to_dict(ARTICLE)
    data["incidents"][0]["period"]["text"], data["incidents"][0]["period"]["span"] = "Sunday", {"start": 0, "end": 6}
    with pytest.raises(SerializationError) as info:
        from_dict(data, Article)
    assert info.value.path == "$.incidents[0].period.text"


def test_an_incident_alone_is_not_written() -> None:
    """An incident refers to its article's claims, so only the article can be written."""
    with pytest.raises(TypeError, match="serialize the Article"):
        to_dict(ARTICLE.incidents[0])
    with pytest.raises(TypeError, match="serialize the Article"):
        to_dict(ARTICLE.incidents[0].claims[0])


def test_an_incident_of_an_equal_copy_is_written_by_its_index() -> None:
    """An incident built with a copy equal to one of the claims is written with that claim's index."""
    copy = attrs.evolve(CLAIMS[2])
    article = attrs.evolve(
        ARTICLE, incidents=(Incident(id="i1", claims=(IncidentClaim(claim=copy, role=ClaimRole.REPORT),)),)
    )
    assert to_dict(article)["incidents"][0]["claims"] == [{"claim": 2, "role": "report", "of": None}]


# Hostile payloads: each raises SerializationError naming the bad field.

HUGE = "1" + "0" * 10_000


def _article(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = to_dict(ARTICLE)
    change(data)
    return data


def _set(path: str, value: object) -> Callable[[dict[str, Any]], object]:
    """Return a change that sets the value at a dotted path such as ``claims.3.count.low``."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], object]:
    *parents, last = path.split(".")

    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        del target[last]

    return change


def _json_with(path: str, literal: str) -> str:
    """Return the article's JSON with the value at ``path`` replaced by a raw JSON literal."""
    marker = "@@marker@@"
    return json.dumps(_article(_set(path, marker))).replace(json.dumps(marker), literal)


def _deep(levels: int) -> object:
    value: object = "x"
    for _ in range(levels):
        value = [value]
    return value


HOSTILE = [
    # Incidents.
    pytest.param(
        _article(_set("incidents.0.claims.0.claim", 9)),
        Article,
        "$.incidents[0].claims[0].claim",
        "is 9, but the article has 4 claims",
        id="incident-claim-out-of-range",
    ),
    pytest.param(
        _article(_set("incidents.0.claims.0.claim", -1)),
        Article,
        "$.incidents[0].claims[0].claim",
        "is -1, but the article has 4 claims",
        id="incident-claim-negative",
    ),
    pytest.param(
        _article(_set("incidents.0.claims.2.of", None)),
        Article,
        "$.incidents[0].claims[2].of",
        "must name the claim it refers to",
        id="restatement-without-of",
    ),
    pytest.param(
        _article(_set("incidents.0.claims.2.role", "echo")),
        Article,
        "$.incidents[0].claims[2].role",
        "expected one of 'report'",
        id="unknown-role",
    ),
    pytest.param(
        _article(_set("incidents.0.claims.0.claim", "0")),
        Article,
        "$.incidents[0].claims[0].claim",
        "expected an integer",
        id="index-as-string",
    ),
    pytest.param(
        _article(_set("incidents.1.id", "i1")),
        Article,
        "$.incidents[1].id",
        "is not unique",
        id="duplicate-incident-id",
    ),
    pytest.param(
        _article(_set("incidents.1.claims.0.claim", 0)),
        Article,
        "$.incidents[1].claims[0].claim",
        "already in an incident",
        id="claim-in-two-incidents",
    ),
    pytest.param(
        _article(_set("incidents.0.claims.2.of", 2)),
        Article,
        "$.incidents[0].claims[2].of",
        "outcome and unit",
        id="of-another-outcome",
    ),
    pytest.param(
        _article(_set("incidents.0.claims.0.weight", 1)),
        Article,
        "$.incidents[0].claims[0].weight",
        "unknown key 'weight'",
        id="incident-unknown-key",
    ),
    pytest.param(
        _article(_set("incidents.0.locations", [3])),
        Article,
        "$.incidents[0].locations[0]",
        "is 3, but the article has 1 locations",
        id="incident-location-out-of-range",
    ),
    pytest.param(
        _article(_set("incidents", {})),
        Article,
        "$.incidents",
        "expected an array",
        id="incidents-not-an-array",
    ),
    # Wrong top level.
    pytest.param([], Article, "$", "expected an object, got an array", id="top-level-array"),
    pytest.param('"article"', Article, "$", "expected an object, got a string", id="top-level-string"),
    pytest.param(None, Article, "$", "expected an object, got null", id="top-level-null"),
    pytest.param(42, Span, "$", "expected an object, got an integer (42)", id="top-level-int"),
    # Missing and unknown keys.
    pytest.param(_article(_delete("id")), Article, "$.id", "required key is missing", id="missing-id"),
    pytest.param(
        _article(_delete("claims.3.subject")),
        Article,
        "$.claims[3].subject",
        "required key is missing",
        id="missing-subject",
    ),
    pytest.param(_article(_set("bogus", 1)), Article, "$.bogus", "unknown key 'bogus'", id="unknown-top-level-key"),
    pytest.param(
        _article(_set("claims.3.count.lowest", 1)),
        Article,
        "$.claims[3].count.lowest",
        "unknown key",
        id="unknown-nested-key",
    ),
    pytest.param({"start": 0, "end": 1, 7: 1}, Span, "$[7]", "unknown key 7", id="non-string-key"),
    pytest.param({"start": 0, "end": 1, "a b": 1}, Span, "$['a b']", "unknown key", id="non-identifier-key"),
    # Wrong JSON types.
    pytest.param(
        _article(_set("claims.3.count.low", value=True)),
        Article,
        "$.claims[3].count.low",
        "got a boolean",
        id="bool-for-int",
    ),
    pytest.param(
        _article(_set("claims.3.count.low", 12.0)),
        Article,
        "$.claims[3].count.low",
        "got a number (12.0)",
        id="float-for-int",
    ),
    pytest.param(
        _article(_set("claims.3.count.low", "12")),
        Article,
        "$.claims[3].count.low",
        "got a string",
        id="string-for-int",
    ),
    pytest.param(
        _article(_set("claims.3.count.low", None)), Article, "$.claims[3].count.low", "got null", id="null-for-int"
    ),
    pytest.param(
        _article(_set("claims.3.count.approximate", 0)),
        Article,
        "$.claims[3].count.approximate",
        "expected a boolean",
        id="int-for-bool",
    ),
    pytest.param(
        _article(_set("id", 7)), Article, "$.id", "expected a string, got an integer (7)", id="int-for-string"
    ),
    pytest.param(
        _article(_set("id", _deep(100_000))),
        Article,
        "$.id",
        "expected a string, got an array",
        id="deeply-nested-value",
    ),
    pytest.param(
        _article(_set("claims.3.subject", None)),
        Article,
        "$.claims[3].subject",
        "expected an object, got null",
        id="null-for-object",
    ),
    pytest.param(
        _article(_set("claims.2", "claim")), Article, "$.claims[2]", "expected an object", id="string-for-claim"
    ),
    pytest.param(
        _article(_set("authors", "Jane Doe")), Article, "$.authors", "expected an array", id="string-for-array"
    ),
    pytest.param(
        _article(_set("claims", {"0": {}})),
        Article,
        "$.claims",
        "expected an array, got an object",
        id="object-for-array",
    ),
    pytest.param(_article(_set("authors.1", 3)), Article, "$.authors[1]", "expected a string", id="bad-array-element"),
    pytest.param(
        _article(_set("locations.0.latitude", "31.6")),
        Article,
        "$.locations[0].latitude",
        "expected a number",
        id="string-for-float",
    ),
    pytest.param(
        _article(_set("locations.0.latitude", 10**400)),
        Article,
        "$.locations[0].latitude",
        "number out of range",
        id="float-overflow",
    ),
    # Numbers out of range.
    pytest.param(
        _article(_set("claims.3.count.low", 10**30)),
        Article,
        "$.claims[3].count.low",
        "integer out of range",
        id="int-past-64-bits",
    ),
    pytest.param(
        _json_with("claims.3.count.low", HUGE),
        Article,
        "$.claims[3].count.low",
        "10001 digits",
        id="json-10000-digit-int",
    ),
    pytest.param(
        _json_with("claims.3.count.high", "1" + "0" * 30),
        Article,
        "$.claims[3].count.high",
        "integer out of range",
        id="json-31-digit-int",
    ),
    pytest.param(
        _json_with("id", "-" + HUGE),
        Article,
        "$.id",
        "expected a string, got an integer of 10001 digits",
        id="json-huge-int-for-string",
    ),
    pytest.param(
        _article(_set("claims.3.count.low", -1)),
        Article,
        "$.claims[3].count.low",
        "low must be >= 0",
        id="negative-count",
    ),
    pytest.param(
        _json_with("locations.0.latitude", "NaN"),
        Article,
        "$.locations[0].latitude",
        "latitude must lie in",
        id="nan-latitude",
    ),
    pytest.param(
        _article(_set("locations.0.longitude", 181)),
        Article,
        "$.locations[0].longitude",
        "longitude must lie in",
        id="longitude-out-of-range",
    ),
    # Model invariants.
    pytest.param(
        _article(_set("claims.3.count.low", 100)),
        Article,
        "$.claims[3].count.low",
        "low must be <= high",
        id="low-above-high",
    ),
    pytest.param(
        _article(_set("claims.3.count.best", 100)),
        Article,
        "$.claims[3].count.best",
        "best must lie in",
        id="best-outside",
    ),
    pytest.param(
        _article(_set("claims.3.evidence", {"start": 5, "end": 999})),
        Article,
        "$.claims[3].evidence",
        "past the end of text",
        id="evidence-past-text",
    ),
    pytest.param(
        _article(_set("claims.3.count.span", {"start": 5, "end": 999})),
        Article,
        "$.claims[3].count.span",
        "past the end of text",
        id="count-span-past-text",
    ),
    pytest.param(
        _article(_set("actors.0.mentions", [{"start": 0, "end": 999}])),
        Article,
        "$.actors[0].mentions",
        "past the end of text",
        id="mention-past-text",
    ),
    pytest.param(
        _article(_set("claims.3.evidence", {"start": 9, "end": 5})),
        Article,
        "$.claims[3].evidence",
        "span start must be <= end",
        id="span-reversed",
    ),
    pytest.param(
        _article(_set("claims.3.subject.country", "Afghanistan")),
        Article,
        "$.claims[3].subject.country",
        "alpha-3",
        id="country-name-not-code",
    ),
    pytest.param(
        _article(_set("claims.3.period", {"start": "2025-10-02", "end": "2025-10-01", "text": None, "span": None})),
        Article,
        "$.claims[3].period.start",
        "start must be <= end",
        id="period-reversed",
    ),
    pytest.param(
        _article(_set("claims.0.count.text", "13")),
        Article,
        "$.claims[0].count.text",
        "must be the text at its span 15..17, got '13'",
        id="count-text-not-at-span",
    ),
    pytest.param(
        _article(_set("claims.0.count.span", {"start": 0, "end": 2})),
        Article,
        "$.claims[0].count.text",
        "must be the text at its span 0..2",
        id="count-span-elsewhere",
    ),
    pytest.param(
        _article(_set("claims.0.count.high", 13)),
        Article,
        "$.claims[0].count.low",
        "low must equal high when the qualifier is 'exact'",
        id="exact-count-with-two-bounds",
    ),
    pytest.param(
        _article(_set("claims.3.period", {"start": "2025-10-16", "end": "2025-10-16", "text": "on Friday",
                                           "span": {"start": 76, "end": 87}})),
        Article,
        "$.claims[3].period.text",
        "must be the text at its span 76..87",
        id="period-text-not-at-span",
    ),
    pytest.param(_article(_delete("claims.0.count")), Article, "$.claims[0].count", "required key", id="missing-count"),
    # Duplicate keys: Python would keep the last value silently.
    pytest.param(
        _json_with("id", '"a1", "id": "a2"'), Article, "$.id", "duplicate key 'id'", id="duplicate-top-level-key"
    ),
    pytest.param(
        _json_with("claims.0.count.low", '12, "low": 13'),
        Article,
        "$.claims[0].count.low",
        "duplicate key 'low'",
        id="duplicate-nested-key",
    ),
    pytest.param('{"start": 1, "end": 2, "end": 3}', Span, "$.end", "duplicate key", id="duplicate-key-in-span"),
    # The format and actor references.
    pytest.param(
        _article(_set("format", "conflictclaims/3")),
        Article,
        "$.format",
        "unknown format a string ('conflictclaims/3'); this version reads 'conflictclaims/2'",
        id="unknown-format",
    ),
    pytest.param(_article(_set("format", 2)), Article, "$.format", "unknown format an integer (2)", id="int-format"),
    pytest.param(
        _article(_set("ceasefires.0.parties.0.actor_index", 5)),
        Article,
        "$.ceasefires[0].parties[0].actor_index",
        "no actor 5 in the article's actors (it has 1)",
        id="reference-past-actors",
    ),
    pytest.param(
        _article(_set("ceasefires.0.parties.0.actor_index", -1)),
        Article,
        "$.ceasefires[0].parties[0].actor_index",
        "no actor -1",
        id="negative-reference",
    ),
    pytest.param(
        _article(_set("ceasefires.0.parties.0.actor_index", value=True)),
        Article,
        "$.ceasefires[0].parties[0].actor_index",
        "expected an integer, got a boolean",
        id="bool-reference",
    ),
    pytest.param(
        _article(_set("ceasefires.0.parties.0.name", 7)),
        Article,
        "$.ceasefires[0].parties[0].name",
        "expected a string",
        id="reference-with-a-bad-field",
    ),
    pytest.param(
        _article(_set("ceasefires.0.parties.0.mentions", [])),
        Article,
        "$.ceasefires[0].parties[0].mentions",
        "unknown key 'mentions'",
        id="reference-with-mentions",
    ),
    pytest.param(
        _article(_delete("ceasefires.0.parties.0.role")),
        Article,
        "$.ceasefires[0].parties[0].role",
        "required key is missing",
        id="reference-missing-field",
    ),
    pytest.param(
        _article(lambda data: (data.pop("format"), data.pop("incidents"))),
        Article,
        "$.ceasefires[0].parties[0].actor_index",
        "only valid in the claims and ceasefires of a 'conflictclaims/2' article",
        id="reference-in-version-1",
    ),
    pytest.param(
        _article(_set("actors.0", {**to_dict(OFFICIALS), "actor_index": 0})),
        Article,
        "$.actors[0].actor_index",
        "only valid in the claims and ceasefires",
        id="reference-in-actors",
    ),
    pytest.param(
        {**to_dict(DESIGN_CLAIM), "subject": {"name": "x", "actor_index": 0}},
        Claim,
        "$.subject.actor_index",
        "only valid in the claims and ceasefires",
        id="reference-outside-an-article",
    ),
    # Enums.
    pytest.param(
        _article(_set("claims.3.outcome", "beheaded")),
        Article,
        "$.claims[3].outcome",
        "expected one of 'killed'",
        id="unknown-enum-value",
    ),
    pytest.param(
        _article(_set("claims.3.outcome", "KILLED")),
        Article,
        "$.claims[3].outcome",
        "got a string ('KILLED')",
        id="upper-case-enum",
    ),
    pytest.param(
        _article(_set("claims.3.count.qualifier", 1)),
        Article,
        "$.claims[3].count.qualifier",
        "got an integer (1)",
        id="int-for-enum",
    ),
    pytest.param(
        _article(_set("claims.3.stance", ["asserted"])),
        Article,
        "$.claims[3].stance",
        "got an array",
        id="array-for-enum",
    ),
    # Dates.
    pytest.param(
        _article(_set("published", "16/10/2025")),
        Article,
        "$.published",
        "expected an ISO 8601 date",
        id="non-iso-date",
    ),
    pytest.param(
        _article(_set("published", "Oct 16, 2025")),
        Article,
        "$.published",
        "expected an ISO 8601 date",
        id="prose-date",
    ),
    pytest.param(
        _article(_set("published", "2025-02-30")), Article, "$.published", "invalid date", id="impossible-date"
    ),
    pytest.param(
        _article(_set("published", "2025-10-16T25:00")), Article, "$.published", "invalid date", id="impossible-time"
    ),
    pytest.param(
        _article(_set("published", "２０２５-10-16")),
        Article,
        "$.published",
        "expected an ISO 8601 date",
        id="fullwidth-digits",
    ),
    pytest.param(_article(_set("published", 20251016)), Article, "$.published", "got an integer", id="int-for-date"),
    # Malformed JSON text.
    pytest.param('{"id": "a1", "text": ', Article, "$", "invalid JSON", id="truncated-json"),
    pytest.param("", Article, "$", "invalid JSON", id="empty-json"),
    pytest.param("[" * 100_000 + "]" * 100_000, Article, "$", "nesting too deep", id="deeply-nested-json"),
    pytest.param(b"\xff\xfe\x00", Article, "$", "invalid JSON", id="undecodable-bytes"),
    pytest.param("{'id': 'a1'}", Article, "$", "invalid JSON", id="single-quotes"),
    # Other models.
    pytest.param(
        json.dumps(to_dict(DISPUTE)).replace('"low": 274', '"low": 275.5'),
        Dispute,
        "$.positions[0].figures[0].claim.count.low",
        "expected an integer",
        id="dispute-deep-field",
    ),
]


def _read(payload: object, cls: type) -> object:
    """Read JSON text with from_json and anything else with from_dict."""
    if isinstance(payload, str | bytes):
        return from_json(payload, cls)
    return from_dict(payload, cls)


@pytest.mark.parametrize(("payload", "cls", "path", "fragment"), HOSTILE)
def test_hostile_payload_raises_with_path(payload: object, cls: type, path: str, fragment: str) -> None:
    """A malformed payload raises SerializationError whose path names the bad field."""
    with pytest.raises(SerializationError) as info:
        _read(payload, cls)
    assert info.value.path == path
    assert fragment in info.value.message


def test_dict_payloads_fail_the_same_way_as_json() -> None:
    """A hostile dict and its JSON text fail with the same path and message."""
    payload = _article(_set("claims.3.count.best", 100))
    with pytest.raises(SerializationError) as from_dict_info:
        from_dict(payload, Article)
    with pytest.raises(SerializationError) as from_json_info:
        from_json(json.dumps(payload))
    assert (from_dict_info.value.path, from_dict_info.value.message) == (
        from_json_info.value.path,
        from_json_info.value.message,
    )


def test_several_problems_are_counted() -> None:
    """With several bad fields the path names the first and the message lists the others."""
    payload = _article(_set("id", 1))
    payload["claims"][0]["outcome"] = "x"
    payload["bogus"] = True
    with pytest.raises(SerializationError) as info:
        from_dict(payload, Article)
    assert info.value.path == "$.id"
    assert "(and 2 more problems: $.claims[0].outcome, $.bogus)" in info.value.message


def test_non_text_json_input_raises() -> None:
    """from_json on something that is not text raises SerializationError, not TypeError."""
    with pytest.raises(SerializationError) as info:
        from_json(123)  # type: ignore[call-overload]
    assert info.value.path == "$"


def test_error_pickles_with_its_path() -> None:
    """A SerializationError survives pickling with its message and path."""
    with pytest.raises(SerializationError) as info:
        from_dict(_article(_set("claims.3.count.low", value=True)), Article)
    copied = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own bytes
    assert (copied.message, copied.path, str(copied)) == (info.value.message, info.value.path, str(info.value))


def test_error_is_a_value_error_and_library_error() -> None:
    """Callers can catch the error as ValueError or as the library's base error."""
    with pytest.raises(ValueError, match=r"\$\.id"):
        from_dict({}, Article)
    with pytest.raises(conflictclaims.ConflictClaimsError):
        from_dict({}, Article)


def test_payload_is_not_mutated() -> None:
    """Reading a payload leaves it unchanged."""
    payload = to_dict(ARTICLE)
    before = copy.deepcopy(payload)
    from_dict(payload, Article)
    assert payload == before


# Programming errors are not payload errors.


def test_to_dict_rejects_non_models() -> None:
    """to_dict on something that is not a model raises TypeError."""
    with pytest.raises(TypeError, match="expected a conflictclaims model"):
        to_dict({"id": "a1"})


def test_from_dict_rejects_unknown_classes() -> None:
    """from_dict on a class the converter cannot build raises TypeError."""

    class Opaque:
        def __init__(self, value: int) -> None:
            self.value = value

    with pytest.raises(TypeError, match="cannot build"):
        from_dict({"value": 1}, Opaque)


def test_to_json_reports_unwritable_integers() -> None:
    """An in-memory integer too long for JSON text raises SerializationError."""
    with pytest.raises(SerializationError, match="digits"):
        to_json(Span(start=0, end=10**5000))


def test_counts_past_64_bits_are_refused_when_built() -> None:
    """A count past the signed 64-bit range never exists, so every Count can be written and read back."""
    with pytest.raises(ValueError, match="low must be <="):
        Count.exact(2**63)


# The converter.


def test_make_converter_returns_independent_converters() -> None:
    """Each call builds a new converter, and the global cattrs converter is left alone."""
    first, second = make_converter(), make_converter()
    assert first is not second
    assert first.unstructure(Outcome.KILLED) == "killed"
    assert cattrs.global_converter.structure("1", int) == 1  # still cattrs' lenient default


def test_configure_converter_on_a_plain_converter() -> None:
    """A user's converter configured by the library behaves like make_converter's."""
    converter = cattrs.Converter()
    configure_converter(converter)
    assert converter.unstructure(ARTICLE) == to_dict(ARTICLE)
    assert from_dict(to_dict(ARTICLE), Article, converter=converter) == ARTICLE
    with pytest.raises(SerializationError) as info:
        from_dict({"start": 0, "end": 1, "x": 0}, Span, converter=converter)
    assert info.value.path == "$.x"


def test_converter_structures_enums_and_dates() -> None:
    """The converter builds enums from their values and days from ISO dates."""
    converter = make_converter()
    assert converter.structure("at_least", Qualifier) is Qualifier.AT_LEAST
    assert converter.structure("2025-10-16", dt.date) == dt.date(2025, 10, 16)


# The JSON Schema.


def _models_under(root: type) -> dict[str, type]:
    found: dict[str, type] = {}
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls.__name__ in found:
            continue
        found[cls.__name__] = cls
        for field in attrs.fields(attrs.resolve_types(cls)):
            todo.extend(t for t in _types_in(field.type) if attrs.has(t))
    return found


def _types_in(annotation: object) -> list[type]:
    args = getattr(annotation, "__args__", ())
    if args:
        return [t for arg in args for t in _types_in(arg)]
    return [annotation] if isinstance(annotation, type) else []


def _enums_under(root: type) -> dict[str, type[enum.Enum]]:
    return {
        t.__name__: t
        for cls in _models_under(root).values()
        for field in attrs.fields(cls)
        for t in _types_in(field.type)
        if issubclass(t, enum.Enum)
    }


SCHEMAS = [
    pytest.param(article_schema, Article, id="article"),
    pytest.param(dispute_schema, Dispute, id="dispute"),
]


@pytest.mark.parametrize(("load", "root"), SCHEMAS)
def test_schema_is_valid_draft_2020_12(load: Callable[[], dict[str, Any]], root: type) -> None:
    """The shipped schema is itself valid JSON Schema 2020-12 and describes its model."""
    schema = load()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == root.__name__


def _keys(cls: type) -> list[str]:
    """The keys a model is written with: its fields in order, after the format for an article."""
    return ([serialize.FORMAT_KEY] if cls is Article else []) + [a.name for a in attrs.fields(cls)]


@pytest.mark.parametrize(("load", "root"), SCHEMAS)
def test_schema_properties_match_model_fields(load: Callable[[], dict[str, Any]], root: type) -> None:
    """Every model's fields and the schema's properties are the same names, in the same order."""
    schema = load()
    for name, cls in _models_under(root).items():
        definition = schema if cls is root else schema["$defs"][name]
        derived = [serialize.DISPLAY_NAME] if cls is Actor else []
        assert list(definition["properties"]) == _keys(cls) + derived, name
        assert definition["additionalProperties"] is False, name


@pytest.mark.parametrize(("load", "root"), SCHEMAS)
def test_schema_requires_every_key(load: Callable[[], dict[str, Any]], root: type) -> None:
    """The schema requires every key, as from_dict does: every key is written."""
    schema = load()
    for name, cls in _models_under(root).items():
        definition = schema if cls is root else schema["$defs"][name]
        assert definition["required"] == _keys(cls), name


def test_schema_actor_reference_is_an_actor_without_mentions() -> None:
    """The article schema's actor reference has the actor's keys but mentions, and the index into actors."""
    schema = article_schema()
    reference = schema["$defs"]["ActorReference"]
    actor_keys = [a.name for a in attrs.fields(Actor) if a.name != "mentions"]
    assert list(reference["properties"]) == [*actor_keys, serialize.DISPLAY_NAME, serialize.ACTOR_INDEX]
    assert reference["required"] == [*actor_keys, serialize.ACTOR_INDEX]
    assert {"$ref": "#/$defs/ActorReference"} in schema["$defs"]["Claim"]["properties"]["claimant"]["anyOf"]
    assert schema["properties"]["actors"]["items"] == {"$ref": "#/$defs/Actor"}
    assert "ActorReference" not in json.dumps(dispute_schema())


@pytest.mark.parametrize(("load", "root"), SCHEMAS)
def test_schema_enums_match_python_enums(load: Callable[[], dict[str, Any]], root: type) -> None:
    """Every enum's allowed values in the schema are the Python enum's values, in order."""
    schema = load()
    enums = _enums_under(root)
    assert enums
    for name, cls in enums.items():
        assert schema["$defs"][name]["enum"] == [member.value for member in cls], name


@pytest.mark.parametrize(("load", "root"), SCHEMAS)
def test_schema_defines_nothing_extra(load: Callable[[], dict[str, Any]], root: type) -> None:
    """The schema's $defs are exactly the nested models and enums."""
    schema = load()
    expected = (set(_models_under(root)) - {root.__name__}) | set(_enums_under(root))
    if root is Article:
        expected.add("ActorReference")
    assert set(schema["$defs"]) == expected


@pytest.mark.parametrize(
    ("load", "value"),
    [pytest.param(article_schema, ARTICLE, id="article"), pytest.param(dispute_schema, DISPUTE, id="dispute")],
)
def test_examples_validate_against_schema(load: Callable[[], dict[str, Any]], value: object) -> None:
    """The example article and dispute validate against their schemas."""
    jsonschema.Draft202012Validator(load()).validate(to_dict(value))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(_set("claims.3.outcome", "beheaded"), id="unknown-enum"),
        pytest.param(_set("bogus", 1), id="unknown-key"),
        pytest.param(_set("claims.3.count.low", value=True), id="bool-for-int"),
        pytest.param(_set("published", "16/10/2025"), id="non-iso-date"),
        pytest.param(_delete("claims.3.evidence"), id="missing-evidence"),
    ],
)
def test_schema_rejects_what_from_dict_rejects(change: Callable[[dict[str, Any]], object]) -> None:
    """Payloads from_dict refuses for their shape also fail schema validation."""
    payload = _article(change)
    with pytest.raises(SerializationError):
        from_dict(payload, Article)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(article_schema()).validate(payload)


def test_schema_is_a_fresh_copy() -> None:
    """Changing a returned schema does not change the next one."""
    article_schema()["title"] = "changed"
    assert article_schema()["title"] == "Article"


# Public exports.


@pytest.mark.parametrize("name", ["to_dict", "from_dict", "to_json", "from_json", "article_schema"])
def test_top_level_exports_point_at_serialize(name: str) -> None:
    """The package's lazy attributes are the serialize module's functions."""
    assert getattr(conflictclaims, name) is getattr(serialize, name)
    assert name in conflictclaims.__all__


def test_all_is_sorted() -> None:
    """The module's public names are listed in sorted order."""
    assert serialize.__all__ == sorted(serialize.__all__)


def test_stance_and_unit_defaults_serialize() -> None:
    """Defaulted enum fields are written out, not left implicit."""
    claim = Claim(claimant=None, subject=Actor(name="x"), outcome=Outcome.SEIZED, evidence=Span(start=0, end=0))
    data = to_dict(claim)
    assert (data["stance"], data["unit"], data["subject"]["kind"]) == (Stance.ASSERTED.value, "persons", "unknown")
