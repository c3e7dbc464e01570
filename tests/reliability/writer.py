"""A /addnews burst as a process: NewsService.add in a loop, one line per committed story.

    python -m tests.reliability.writer DB ROUND TASKS GUILD

Prints "claim_id url" only after add() returned, i.e. after COMMIT: each printed line is an
acknowledged write that must survive a kill -9. Runs until killed.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
from pathlib import Path

from bot.config import Settings
from bot.container import open_services
from bot.domain.models import Actor


async def main(db: Path, round_id: str, tasks: int, guild_id: int) -> None:
    services = await open_services(Settings(database_path=db), data_dir=None)
    people = [
        r[0]
        for r in await services.db.fetchall(
            "SELECT id FROM person WHERE guild_id IS NULL ORDER BY id LIMIT 400"
        )
    ]
    teams = [r[0] for r in await services.db.fetchall("SELECT id FROM team ORDER BY id LIMIT 5")]
    counter = itertools.count()

    async def worker(w: int) -> None:
        while True:
            n = next(counter)
            url = f"https://www.cyclingnews.com/news/crash-{round_id}-{n}"
            draft = services.news.draft(
                person_id=people[n % len(people)],
                kind="transfer",
                status=("rumour", "reported", "confirmed", "official")[n % 4],
                source_url=url,
                summary=f"Crash test story {round_id}/{n}.",
                to_team_id=teams[n % len(teams)],
                season=2030 + n % 20,
            )
            result = await services.news.store(draft, Actor(7000 + w, f"writer{w}", guild_id))
            print(result.claim_id, url, flush=True)

    await asyncio.gather(*(worker(w) for w in range(tasks)))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
