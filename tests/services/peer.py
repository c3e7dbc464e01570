"""A second Mercato process for tests/services/test_two_processes.py: answers over stdin/stdout.

It opens the services on the database file it is given and follows other processes' writes
exactly as the bot does (the change feed started, the role cache listening), then answers one
JSON request per line: {"op": "resolve", "query": ..., "guild": ...} or {"op": "mod_role", ...}.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from bot.config import Settings
from bot.container import open_services


async def main(db_path: Path) -> None:
    services = await open_services(Settings(database_path=db_path), data_dir=None)
    guilds = services.guilds  # the moderator roles, listening to the change feed
    services.changes.start()  # as the bot's setup_hook does
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    print(json.dumps({"ready": True}), flush=True)
    try:
        while line := await reader.readline():
            ask = json.loads(line)
            if ask["op"] == "resolve":
                res = services.directory.resolve(ask["query"], ask.get("guild"))
                best = res.best.ref.id if res.best else None
                reply = {"outcome": res.outcome, "id": best}
            else:
                reply = {"role": await guilds.mod_role(ask["guild"])}
            print(json.dumps(reply), flush=True)
    finally:
        await services.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
