"""Teams held in memory for the answer path: a few thousand rows, read on every reply."""

from __future__ import annotations

from collections.abc import Iterable

from bot.domain.models import Team
from bot.storage import registry
from bot.storage import teams as teams_db
from bot.storage.changes import Changes
from bot.storage.db import Database
from bot.storage.registry import TeamSpan


class TeamCache:
    """Teams by id. Loaded once; a team not seen yet (added since) is read from the database.

    New teams are picked up at once through the miss path; a team changed by another process
    (or an import) is forgotten when the change feed reports it, and read again on next use.
    """

    def __init__(self, db: Database, teams: dict[int, Team] | None = None) -> None:
        self.db = db
        self._teams: dict[int, Team] = dict(teams or {})
        self._newest: int | None = None  # the registry's newest season, read on first use
        self._spans: dict[int, TeamSpan | None] = {}  # the seasons each team is recorded for

    @classmethod
    async def load(cls, db: Database) -> TeamCache:
        teams, _ = await teams_db.all_teams(db.conn)
        return cls(db, teams)

    def forget(self, changes: Changes) -> None:
        """Drop the teams `changes` touched (all of them after a bulk change)."""
        self._newest = None  # a registry merge or a new membership may have moved it
        if changes.everything:
            self._teams.clear()
            self._spans.clear()
        for team_id in changes.team_ids:
            self._teams.pop(team_id, None)
            self._spans.pop(team_id, None)

    async def get(self, ids: Iterable[int]) -> dict[int, Team]:
        wanted = set(ids)
        missing = [i for i in wanted if i not in self._teams]
        if missing:
            self._teams.update(await teams_db.get_teams(self.db.conn, missing))
        return {i: self._teams[i] for i in wanted if i in self._teams}

    async def newest_season(self) -> int | None:
        """The newest season the team registry records anyone for (cached until a change)."""
        if self._newest is None:
            self._newest = await registry.newest_season(self.db.conn)
        return self._newest

    async def span(self, team_id: int) -> TeamSpan | None:
        """The seasons the registry records a team for (cached until a change touches it)."""
        if team_id not in self._spans:
            self._spans[team_id] = await registry.team_span(self.db.conn, team_id)
        return self._spans[team_id]
