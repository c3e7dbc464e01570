"""Teams held in memory for the answer path: a few thousand rows, read on every reply."""

from __future__ import annotations

from collections.abc import Iterable

from bot.domain.models import Team
from bot.storage import catalog
from bot.storage.db import Database


class TeamCache:
    """Teams by id. Loaded once; a team not seen yet (added since) is read from the database.

    Team names change only through `import`, so a long-running bot sees a renamed lineage after
    its next start; new teams are picked up at once through the miss path.
    """

    def __init__(self, db: Database, teams: dict[int, Team] | None = None) -> None:
        self.db = db
        self._teams: dict[int, Team] = dict(teams or {})

    @classmethod
    async def load(cls, db: Database) -> TeamCache:
        teams, _ = await catalog.all_teams(db.conn)
        return cls(db, teams)

    def forget(self, ids: Iterable[int]) -> None:
        """Drop these teams (renamed by a registry merge): the next answer reads them again."""
        for team_id in ids:
            self._teams.pop(team_id, None)

    async def get(self, ids: Iterable[int]) -> dict[int, Team]:
        wanted = set(ids)
        missing = [i for i in wanted if i not in self._teams]
        if missing:
            self._teams.update(await catalog.get_teams(self.db.conn, missing))
        return {i: self._teams[i] for i in wanted if i in self._teams}
