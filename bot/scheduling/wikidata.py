"""The weekly Wikidata refresh as a plain job: the cog's loop calls it, tests call it directly.

Each call checks whether a sync is due (none finished in the last seven days, or one was
interrupted) and runs or resumes it; then the name index takes the people and teams that
changed, and the answers' team cache forgets the teams that were renamed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from bot.config import Settings
from bot.domain.clock import Clock
from bot.domain.models import EntityKind, EntityRef
from bot.services.directory import Directory
from bot.services.teams import TeamCache
from bot.services.wikidata_sync import SyncResult, sync_due, sync_wikidata
from bot.sources.wikidata import WikidataClient, user_agent
from bot.storage.changes import Changes

log = logging.getLogger(__name__)

EVERY_DAYS = 7.0


async def refresh_registry(
    settings: Settings,
    db_path: Path,
    clock: Clock,
    *,
    directory: Directory | None = None,
    teams: TeamCache | None = None,
    client: WikidataClient | None = None,
) -> SyncResult | None:
    """Sync from Wikidata when one is due; return what it did, or None when not due."""
    if not await sync_due(db_path, clock.now(), EVERY_DAYS):
        return None
    own = client is None
    if client is None:
        client = WikidataClient(
            sparql_url=settings.wikidata_sparql_url,
            api_url=settings.wikidata_api_url,
            user_agent=user_agent(settings.require_wikidata_contact()),
        )
    try:
        result = await sync_wikidata(
            db_path, client, since=settings.wikidata_since, now=clock.now()
        )
    finally:
        if own:
            await client.close()
    refs = [EntityRef(EntityKind.PERSON, i) for i in sorted(result.changed_people)]
    refs += [EntityRef(EntityKind.TEAM, i) for i in sorted(result.changed_teams)]
    if directory is not None:
        await directory.reread(refs)
    if teams is not None:
        teams.forget(Changes(0, 0, team_ids=set(result.changed_teams)))
    log.info("Wikidata refresh: %s", "; ".join(result.report.lines()[:3]))
    return result
