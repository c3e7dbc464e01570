"""Build entities in Wikidata's JSON structure (as `wbgetentities` and the dumps give them).

Statements carry what the real ones do: `mainsnak` with `snaktype`, `property`, `datavalue`
and `datatype`, an `id`, a `rank`, `qualifiers` with `qualifiers-order`. Used by the tests and
by the bench's generated entity file.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

HUMAN = "Q5"
TEAM_SEASON = "Q53534649"
WORLDTEAM = "Q6154783"
PROTEAM = "Q78464255"
WOMEN_WORLDTEAM = "Q80425135"
CYCLIST = "Q2309784"
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"

_ids = itertools.count(1)


def _guid(qid: str) -> str:
    n = next(_ids)
    return f"{qid}${n:08X}-0000-4000-8000-{n:012X}"


def item_value(qid: str) -> dict[str, Any]:
    return {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}


def item_snak(prop: str, qid: str) -> dict[str, Any]:
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"value": item_value(qid), "type": "wikibase-entityid"},
        "datatype": "wikibase-item",
    }


def time_snak(prop: str, when: str) -> dict[str, Any]:
    """A time snak from '2019', '2019-07' or '2019-07-01' (precision 9, 10 or 11)."""
    parts = when.split("-")
    precision = {1: 9, 2: 10, 3: 11}[len(parts)]
    year, month, day = [*parts, "00", "00"][:3]
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {
            "value": {
                "time": f"+{int(year):04d}-{month}-{day}T00:00:00Z",
                "timezone": 0,
                "before": 0,
                "after": 0,
                "precision": precision,
                "calendarmodel": GREGORIAN,
            },
            "type": "time",
        },
        "datatype": "time",
    }


def string_snak(prop: str, value: str, datatype: str = "external-id") -> dict[str, Any]:
    return {
        "snaktype": "value",
        "property": prop,
        "datavalue": {"value": value, "type": "string"},
        "datatype": datatype,
    }


def statement(
    qid: str,
    snak: dict[str, Any],
    qualifiers: list[dict[str, Any]] | None = None,
    rank: str = "normal",
) -> dict[str, Any]:
    out: dict[str, Any] = {"mainsnak": snak, "type": "statement", "id": _guid(qid), "rank": rank}
    if qualifiers:
        grouped: dict[str, list[dict[str, Any]]] = {}
        for q in qualifiers:
            grouped.setdefault(q["property"], []).append({**q, "hash": f"{id(q):040x}"[:40]})
        out["qualifiers"] = grouped
        out["qualifiers-order"] = list(grouped)
    return out


def entity(
    qid: str,
    labels: dict[str, str],
    claims: dict[str, list[dict[str, Any]]],
    aliases: dict[str, list[str]] | None = None,
    description: str | None = None,
) -> dict[str, Any]:
    """An item; empty maps are written as `[]`, as Wikibase's PHP serialiser does."""
    return {
        "type": "item",
        "id": qid,
        "labels": {k: {"language": k, "value": v} for k, v in labels.items()} or [],
        "descriptions": {"en": {"language": "en", "value": description}} if description else [],
        "aliases": {
            k: [{"language": k, "value": v} for v in vs] for k, vs in (aliases or {}).items()
        }
        or [],
        "claims": claims or [],
        "sitelinks": [],
        "lastrevid": 2_000_000_000 + int(qid[1:]) % 1000,
        "modified": "2025-11-01T10:00:00Z",
    }


def membership(
    qid: str,
    target: str,
    start: str | None = None,
    end: str | None = None,
    roles: tuple[str, ...] = (),
    rank: str = "normal",
) -> dict[str, Any]:
    quals = []
    if start:
        quals.append(time_snak("P580", start))
    if end:
        quals.append(time_snak("P582", end))
    quals += [item_snak("P2868", r) for r in roles]
    return statement(qid, item_snak("P54", target), quals, rank)


def person(
    qid: str,
    name: str,
    *,
    teams: Sequence[tuple[Any, ...]] = (),
    born: str | None = None,
    country: str | None = None,
    occupations: tuple[str, ...] = (CYCLIST,),
    labels: dict[str, str] | None = None,
    aliases: dict[str, list[str]] | None = None,
    pcs: str | None = None,
) -> dict[str, Any]:
    """A person; `teams` holds (target, start, end[, roles]) tuples for P54 statements."""
    claims: dict[str, list[dict[str, Any]]] = {
        "P31": [statement(qid, item_snak("P31", HUMAN))],
        "P21": [statement(qid, item_snak("P21", "Q6581097"))],
    }
    if occupations:
        claims["P106"] = [statement(qid, item_snak("P106", o)) for o in occupations]
    if born:
        claims["P569"] = [statement(qid, time_snak("P569", born))]
    if country:
        claims["P27"] = [statement(qid, item_snak("P27", country))]
    if teams:
        claims["P54"] = []
        for line in teams:
            target, start, end, roles = (*line, None, None, ())[:4]
            claims["P54"].append(membership(qid, target, start, end, roles or ()))
    if pcs:
        claims["P1663"] = [statement(qid, string_snak("P1663", pcs))]
    return entity(qid, {"en": name, **(labels or {})}, claims, aliases)


def team_season(
    qid: str,
    team: str,
    year: int,
    name: str,
    *,
    category: str = WORLDTEAM,
    country: str | None = None,
    roster: Sequence[tuple[str, str, str | None]] = (),
) -> dict[str, Any]:
    """A cycling team season: label 'Name YEAR', P5138 team, P580/P582 the year's bounds.

    `roster` holds (property, person, start) lines listed on the season (P527, P1037, P286).
    """
    claims: dict[str, list[dict[str, Any]]] = {
        "P31": [statement(qid, item_snak("P31", TEAM_SEASON))],
        "P5138": [statement(qid, item_snak("P5138", team))],
        "P2094": [statement(qid, item_snak("P2094", category))],
        "P641": [statement(qid, item_snak("P641", "Q3609"))],
        "P580": [statement(qid, time_snak("P580", f"{year}-01-01"))],
        "P582": [statement(qid, time_snak("P582", f"{year}-12-31"))],
    }
    if country:
        claims["P17"] = [statement(qid, item_snak("P17", country))]
    for prop, who, start in roster:
        quals = [time_snak("P580", start)] if start else None
        claims.setdefault(prop, []).append(statement(qid, item_snak(prop, who), quals))
    label = f"{name} {year}"
    return entity(qid, {lang: label for lang in ("en", "fr", "nl")}, claims)


def team(
    qid: str,
    name: str,
    *,
    category: str = WORLDTEAM,
    country: str | None = None,
    inception: str | None = None,
    dissolved: str | None = None,
    aliases: Sequence[str] = (),
) -> dict[str, Any]:
    claims: dict[str, list[dict[str, Any]]] = {
        "P31": [statement(qid, item_snak("P31", category))],
        "P641": [statement(qid, item_snak("P641", "Q3609"))],
    }
    if country:
        claims["P17"] = [statement(qid, item_snak("P17", country))]
    if inception:
        claims["P571"] = [statement(qid, time_snak("P571", inception))]
    if dissolved:
        claims["P576"] = [statement(qid, time_snak("P576", dissolved))]
    return entity(qid, {"en": name}, claims, {"en": list(aliases)} if aliases else None)


def country(qid: str, name: str, ioc: str) -> dict[str, Any]:
    claims = {
        "P31": [statement(qid, item_snak("P31", "Q6256"))],
        "P984": [statement(qid, string_snak("P984", ioc))],
    }
    return entity(qid, {"en": name}, claims)


def occupation(qid: str, name: str) -> dict[str, Any]:
    claims = {"P31": [statement(qid, item_snak("P31", "Q28640"))]}
    return entity(qid, {"en": name}, claims)


def redirected(target_entity: dict[str, Any], from_qid: str) -> dict[str, Any]:
    """The entity as wbgetentities gives it for a redirected id: keyed by the target."""
    return {**target_entity, "redirects": {"from": from_qid, "to": target_entity["id"]}}


def missing(qid: str) -> dict[str, Any]:
    return {"id": qid, "missing": ""}


def dump_lines(entities: list[dict[str, Any]]) -> bytes:
    """The JSON dump layout: '[', one entity per line with a trailing comma, ']'."""
    import json

    body = ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entities)
    return f"[\n{body}\n]\n".encode()
