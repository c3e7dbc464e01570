"""The weekly Wikidata refresh (WIKIDATA_SYNC=weekly): a loop that calls the plain job."""

from __future__ import annotations

import logging

from discord.ext import commands, tasks

from bot.container import Services
from bot.domain.clock import Clock
from bot.scheduling.wikidata import refresh_registry
from bot.sources.wikidata import WikidataError
from bot.ui.client import services_of

log = logging.getLogger(__name__)

CHECK_HOURS = 1.0  # how often the loop asks whether a sync is due (or one is left to resume)


class WikidataRefresh(commands.Cog):
    def __init__(
        self, bot: commands.Bot, services: Services, *, clock: Clock | None = None
    ) -> None:
        self.bot = bot
        self.services = services
        self._clock = clock

    @property
    def clock(self) -> Clock:
        """The clock given, else the services' (tests move it with Services.use_clock)."""
        return self._clock or self.services.clock

    async def cog_load(self) -> None:
        settings = self.services.settings
        if settings.wikidata_sync != "weekly":
            return
        # With several processes (SHARD_IDS) one syncs: the one that runs shard 0.
        if settings.shard_ids is None or 0 in settings.shard_ids:
            self.refresh.start()

    async def cog_unload(self) -> None:
        self.refresh.cancel()

    async def tick(self) -> None:
        """One check: sync from Wikidata if due, then refresh the name index."""
        services = self.services
        await refresh_registry(
            services.settings,
            services.settings.database_path,
            self.clock,
            directory=services.directory,
            teams=services.teams,
        )

    @tasks.loop(hours=CHECK_HOURS)
    async def refresh(self) -> None:
        """Every hour: sync when due; a failure leaves the rest to the next check."""
        try:
            await self.tick()
        except WikidataError as exc:
            log.warning("Wikidata refresh stopped (resumes at the next check): %s", exc)
        except Exception:
            log.exception("Wikidata refresh failed")

    @refresh.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: commands.Bot) -> None:
    """Load the cog (its loop starts only with WIKIDATA_SYNC=weekly)."""
    await bot.add_cog(WikidataRefresh(bot, services_of(bot)))
