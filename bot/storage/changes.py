"""What other connections (other processes) wrote: the data version and the audit log since."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

# Audit entities whose rows name what the in-memory caches hold (entity_id is the row's id).
PERSON, TEAM, CLAIM, GUILD_SETTINGS = "person", "team", "claim", "guild_settings"
# A bulk import writes one audit row for everything it loaded; a registry merge (Wikidata sync
# or entity-file import, in this process or another) one row for all it changed.
DATASET, REGISTRY = "dataset", "registry"


@dataclass(slots=True)
class Changes:
    """Audit rows read since a position, by what they touch."""

    last_id: int
    rows: int = 0
    person_ids: set[int] = field(default_factory=set)
    team_ids: set[int] = field(default_factory=set)
    guild_ids: set[int] = field(default_factory=set)  # guild settings changed
    everything: bool = False  # a bulk change: rebuild rather than update


def data_version(conn: sqlite3.Connection) -> int:
    """A number that changes whenever another connection commits to the database."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def audit_position(conn: sqlite3.Connection) -> int:
    """The id of the newest audit row (0 for none)."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])


def since(conn: sqlite3.Connection, after: int, limit: int) -> Changes:
    """What the audit rows after id `after` touch; `everything` past `limit` rows or an import."""
    rows = conn.execute(
        "SELECT id, entity, entity_id FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
        (after, limit + 1),
    ).fetchall()
    if len(rows) > limit:
        return Changes(audit_position(conn), len(rows), everything=True)
    found = Changes(rows[-1][0] if rows else after, len(rows))
    claims: list[int] = []
    for _, entity, entity_id in rows:
        if entity in (DATASET, REGISTRY):
            found.everything = True
        elif entity_id is None:
            continue
        elif entity == PERSON:
            found.person_ids.add(entity_id)
        elif entity == TEAM:
            found.team_ids.add(entity_id)
        elif entity == CLAIM:
            claims.append(entity_id)  # its person's prior, or scope (promote), changed
        elif entity == GUILD_SETTINGS:
            found.guild_ids.add(entity_id)
    if claims:
        marks = ",".join("?" * len(claims))
        found.person_ids.update(
            pid
            for (pid,) in conn.execute(
                f"SELECT DISTINCT person_id FROM claim WHERE id IN ({marks})", claims
            )
        )
    return found
