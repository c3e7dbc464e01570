"""Bundled data files: schema validity, internal integrity and spot checks on the registry.

Only files in the repository are read (data/*.json, data/seed/*.json and the schema).
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SCHEMA_PATH = DATA / "schema" / "mercato-data.schema.json"
REGISTRY_PATH = DATA / "registry.json"

DATA_FILES = sorted(
    p
    for p in [*DATA.glob("*.json"), *DATA.glob("seed/*.json")]
    if not p.name.endswith(".schema.json")
)
SECTIONS = ("teams", "people", "reports", "claims")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _ids(path: Path) -> str:
    return path.relative_to(DATA).as_posix()


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return _load(SCHEMA_PATH)


@pytest.fixture(scope="module")
def registry() -> dict[str, Any]:
    return _load(REGISTRY_PATH)


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_data_files_found() -> None:
    assert REGISTRY_PATH in DATA_FILES
    assert len(DATA_FILES) >= 1


@pytest.mark.parametrize("path", DATA_FILES, ids=_ids)
def test_file_matches_schema(path: Path, schema: dict[str, Any]) -> None:
    errors = sorted(
        Draft202012Validator(schema).iter_errors(_load(path)), key=lambda e: list(e.path)
    )
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:20])


@pytest.mark.parametrize("path", DATA_FILES, ids=_ids)
def test_keys_unique_per_section(path: Path) -> None:
    doc = _load(path)
    for section in SECTIONS:
        counts = Counter(item["key"] for item in doc.get(section, []))
        dupes = [k for k, n in counts.items() if n > 1]
        assert not dupes, f"{section}: duplicate keys {dupes[:10]}"


@pytest.mark.parametrize("path", DATA_FILES, ids=_ids)
def test_references_resolve(path: Path, registry: dict[str, Any]) -> None:
    doc = _load(path)
    teams = {t["key"] for t in doc.get("teams", [])}
    people = {p["key"] for p in doc.get("people", [])}
    reports = {r["key"] for r in doc.get("reports", [])}
    claims = {c["key"] for c in doc.get("claims", [])}
    if path != REGISTRY_PATH:  # stories may refer to the registry, loaded first
        teams |= {t["key"] for t in registry.get("teams", [])}
        people |= {p["key"] for p in registry.get("people", [])}
    missing: list[str] = []
    for p in doc.get("people", []):
        missing += [f"person {p['key']}: team {m['team']}" for m in p.get("memberships", [])
                    if m["team"] not in teams]  # fmt: skip
    for r in doc.get("reports", []):
        if r.get("credited_by") and r["credited_by"] not in reports:
            missing.append(f"report {r['key']}: credited_by {r['credited_by']}")
    for c in doc.get("claims", []):
        if c["person"] not in people:
            missing.append(f"claim {c['key']}: person {c['person']}")
        for side in ("from_team", "to_team"):
            if c.get(side) and c[side] not in teams:
                missing.append(f"claim {c['key']}: {side} {c[side]}")
        for s in c.get("sources", []):
            if s["report"] not in reports:
                missing.append(f"claim {c['key']}: report {s['report']}")
        for other in c.get("linked", []):
            if other not in claims:
                missing.append(f"claim {c['key']}: linked {other}")
    assert not missing, "\n".join(missing[:20])


@pytest.mark.parametrize("path", DATA_FILES, ids=_ids)
def test_team_name_ranges_ordered_and_disjoint(path: Path) -> None:
    problems = []
    for t in _load(path).get("teams", []):
        names = t.get("names", [])
        for n in names:
            if n.get("to") is not None and n["to"] < n["from"]:
                problems.append(f"{t['key']}: {n['name']} ends before it starts")
        for a, b in itertools.pairwise(names):
            if a.get("to") is None or a["to"] >= b["from"]:
                problems.append(f"{t['key']}: {a['name']} overlaps {b['name']}")
    assert not problems, "\n".join(problems[:20])


# -- registry spot checks --------------------------------------------------------------------


def _team(registry: dict[str, Any], key: str) -> dict[str, Any]:
    return next(t for t in registry["teams"] if t["key"] == key)


def _person(registry: dict[str, Any], key: str) -> dict[str, Any]:
    return next(p for p in registry["people"] if p["key"] == key)


def _span(team: dict[str, Any], prefix: str) -> list[tuple[int, int | None]]:
    return [(n["from"], n["to"]) for n in team["names"] if n["name"].startswith(prefix)]


def test_registry_source_keeps_attribution(registry: dict[str, Any]) -> None:
    assert registry["format"] == "mercato/1"
    assert "Thomas Camminady" in registry["source"] and "MIT" in registry["source"]


def test_registry_names_contiguous(registry: dict[str, Any]) -> None:
    for t in registry["teams"]:
        names = t["names"]
        assert names, t["key"]
        for a, b in itertools.pairwise(names):
            assert a["to"] == b["from"] - 1, (t["key"], a, b)


def test_quick_step_lineage(registry: dict[str, Any]) -> None:
    qs = _team(registry, "soudal-quick-step")
    assert _span(qs, "Deceuninck-Quick-Step") == [(2019, 2021)]
    assert _span(qs, "Quick-Step Alpha Vinyl") == [(2022, 2022)]
    [(start, _end)] = _span(qs, "Soudal Quick-Step")
    assert start == 2023
    assert qs["names"][-1]["name"] == "Soudal Quick-Step"
    assert {"quick step", "the wolfpack"} <= {a["alias"] for a in qs["aliases"]}


def test_astana_lineage(registry: dict[str, Any]) -> None:
    astana = _team(registry, "astana-qazaqstan")
    names = [n["name"] for n in astana["names"]]
    assert "Astana Qazaqstan Team" in names
    assert names[-1] == "XDS Astana Team"
    assert "Astana Pro Team" in names
    assert "astana" in {a["alias"] for a in astana["aliases"]}


def test_no_other_lineage_claims_astana_or_quick_step_names(registry: dict[str, Any]) -> None:
    for t in registry["teams"]:
        if t["key"] in ("astana-qazaqstan", "soudal-quick-step"):
            continue
        for n in t["names"]:
            assert "Astana" not in n["name"], t["key"]
            assert not n["name"].startswith(("Soudal Quick-Step", "Deceuninck-Quick")), t["key"]


def test_team_names_tidied(registry: dict[str, Any]) -> None:
    names = {n["name"] for t in registry["teams"] for n in t["names"]}
    for expected in ("Deceuninck-Quick-Step", "UAE Team Emirates", "EF Education-EasyPost",
                     "AG2R La Mondiale", "BMC Racing Team", "INEOS Grenadiers"):  # fmt: skip
        assert expected in names
    assert not [n for n in names if n.isupper() and len(n) > 5 and " " in n]


def test_julius_van_den_berg_cased(registry: dict[str, Any]) -> None:
    found = [p for p in registry["people"] if p["key"].startswith("julius-van-den-berg")]
    for p in found:
        assert p["name"] == "Julius van den Berg"
        assert p["sort_name"] == "van den Berg"


def test_name_casing_examples(registry: dict[str, Any]) -> None:
    by_key = {p["key"]: p for p in registry["people"]}
    if "ben-oconnor" in by_key:
        p = by_key["ben-oconnor"]
        assert p["name"] == "Ben O'Connor"
        assert p["sort_name"] == "O'Connor"
        assert "Ben Alexander O'Connor" in {a["alias"] for a in p["aliases"]}
    if "brandon-mcnulty" in by_key:
        assert by_key["brandon-mcnulty"]["name"] == "Brandon McNulty"


def test_cavendish_memberships(registry: dict[str, Any]) -> None:
    cav = _person(registry, "mark-cavendish")
    assert cav["name"] == "Mark Cavendish"
    seasons = {(m["season"], m["team"]) for m in cav["memberships"]}
    assert (2021, "soudal-quick-step") in seasons
    assert (2024, "astana-qazaqstan") in seasons


def test_seed_people_share_registry_keys(registry: dict[str, Any]) -> None:
    keys = {p["key"] for p in registry["people"]}
    assert {"mark-cavendish", "michael-morkov"} <= keys
    assert _person(registry, "michael-morkov")["name"] == "Michael Mørkøv"


def test_women_teams_are_separate_lineages(registry: dict[str, Any]) -> None:
    keys = {t["key"] for t in registry["teams"]}
    assert {"lidl-trek", "lidl-trek-women", "movistar-team", "movistar-team-women"} <= keys


def test_registry_is_reasonably_small() -> None:
    assert REGISTRY_PATH.stat().st_size < 5_000_000
