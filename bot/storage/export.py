"""Export every global fact as a `mercato/1` data file (guild-local facts stay private)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from bot.storage.db import connect
from bot.storage.document import FORMAT

Keys = dict[int, str]


def export_data(db_path: Path) -> dict[str, Any]:
    """Every global team, person, report and claim, in the import format."""
    conn = connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("BEGIN")  # one consistent snapshot for the whole export
        aliases = _aliases(conn)
        teams, team_key = _teams(conn, aliases)
        people, person_key = _people(conn, aliases, team_key)
        reports, report_key = _reports(conn)
        claims = _claims(conn, person_key, team_key, report_key)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {
        "format": FORMAT,
        "source": "Exported from a Mercato database",
        "teams": teams,
        "people": people,
        "reports": reports,
        "claims": claims,
    }


def _aliases(conn: sqlite3.Connection) -> dict[tuple[str, int], list[dict[str, str]]]:
    aliases: dict[tuple[str, int], list[dict[str, str]]] = {}
    for r in conn.execute("SELECT * FROM alias ORDER BY id"):
        owner = ("team", r["team_id"]) if r["team_id"] else ("person", r["person_id"])
        aliases.setdefault(owner, []).append({"alias": r["alias"], "kind": r["kind"]})
    return aliases


def _teams(
    conn: sqlite3.Connection, aliases: dict[tuple[str, int], list[dict[str, str]]]
) -> tuple[list[dict[str, Any]], Keys]:
    names: dict[int, list[dict[str, Any]]] = {}
    for r in conn.execute("SELECT * FROM team_name ORDER BY team_id, first_season"):
        names.setdefault(r["team_id"], []).append(
            {"name": r["name"], "from": r["first_season"], "to": r["last_season"]}
        )
    teams, team_key = [], {}
    for r in conn.execute("SELECT * FROM team WHERE guild_id IS NULL ORDER BY key"):
        team_key[r["id"]] = r["key"]
        team: dict[str, Any] = {"key": r["key"], "country": r["country"]}
        team["names"] = names.get(r["id"], [])
        team["aliases"] = aliases.get(("team", r["id"]), [])
        teams.append(team)
    return teams, team_key


def _people(
    conn: sqlite3.Connection, aliases: dict[tuple[str, int], list[dict[str, str]]], team_key: Keys
) -> tuple[list[dict[str, Any]], Keys]:
    members: dict[int, list[dict[str, Any]]] = {}
    for r in conn.execute("SELECT * FROM membership ORDER BY person_id, season, team_id"):
        if r["team_id"] in team_key:
            members.setdefault(r["person_id"], []).append(
                {"team": team_key[r["team_id"]], "season": r["season"], "role": r["role"]}
            )
    people, person_key = [], {}
    for r in conn.execute("SELECT * FROM person WHERE guild_id IS NULL ORDER BY key"):
        person_key[r["id"]] = r["key"]
        people.append(
            {
                "key": r["key"],
                "name": r["name"],
                "sort_name": r["sort_name"],
                "role": r["role"],
                "nationality": r["nationality"],
                "birth_date": r["birth_date"],
                "aliases": aliases.get(("person", r["id"]), []),
                "memberships": members.get(r["id"], []),
            }
        )
    return people, person_key


def _reports(conn: sqlite3.Connection) -> tuple[list[dict[str, Any]], Keys]:
    rows = list(conn.execute("SELECT * FROM report WHERE guild_id IS NULL ORDER BY id"))
    report_key = {r["id"]: r["key"] or f"report-{r['id']}" for r in rows}
    reports = [
        {
            "key": report_key[r["id"]],
            "outlet": r["outlet"],
            "journalist": r["journalist"],
            "url": r["url"],
            "published": r["published"],
            "language": r["language"],
            "summary": r["summary"],
            "credited_by": report_key.get(r["credited_by"]),
        }
        for r in rows
    ]
    return reports, report_key


def _claims(
    conn: sqlite3.Connection, person_key: Keys, team_key: Keys, report_key: Keys
) -> list[dict[str, Any]]:
    sources: dict[int, list[dict[str, str]]] = {}
    for r in conn.execute("SELECT * FROM claim_source ORDER BY claim_id, report_id"):
        if r["report_id"] in report_key:
            sources.setdefault(r["claim_id"], []).append(
                {"report": report_key[r["report_id"]], "role": r["role"], "status": r["status"]}
            )
    claim_rows = list(conn.execute("SELECT * FROM claim WHERE guild_id IS NULL ORDER BY id"))
    claim_key = {r["id"]: r["key"] or f"claim-{r['id']}" for r in claim_rows}
    linked: dict[int, list[str]] = {}
    for a, b in conn.execute("SELECT claim_a, claim_b FROM claim_link ORDER BY 1, 2"):
        if a in claim_key and b in claim_key:
            linked.setdefault(a, []).append(claim_key[b])
    return [
        {
            "key": claim_key[r["id"]],
            "person": person_key[r["person_id"]],
            "kind": r["kind"],
            "from_team": team_key.get(r["from_team_id"]),
            "to_team": team_key.get(r["to_team_id"]),
            "season": r["season"],
            "effective_date": r["effective_date"],
            "contract_end": r["contract_end"],
            "summary": r["summary"],
            "retracted_reason": r["retracted_reason"],
            "sources": sources.get(r["id"], []),
            "linked": linked.get(r["id"], []),
        }
        for r in claim_rows
        if r["person_id"] in person_key
    ]
