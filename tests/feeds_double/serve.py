"""Run the feed server in its own process for the bench: `python -m tests.feeds_double.serve`.

It serves `--feeds` RSS 2.0 feeds of `--items` items at /bench/{n}.xml and prints its port on
the first line of stdout. Control, by POST:
  /control/new?feeds=3,17&n=1   add n new signings to those feeds
  /control/touch                change every feed's body without adding an item
  /control/conditional?on=0     stop (or start again) answering conditional GETs with 304
It stops when stdin closes, so it never outlives the bench.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime, timedelta

from aiohttp import web

from tests.feeds_double.documents import Entry, filler_entries, rss2
from tests.feeds_double.server import FeedServer

RIDERS = ("Ann Rider", "Bo Sprinter", "Cy Climber", "Di Puncheur", "Ed Domestique")
TEAMS = ("Team Blue", "Team Red", "Team Green", "Team Gold")


class BenchFeeds:
    def __init__(self, server: FeedServer, feeds: int, items: int) -> None:
        self.server = server
        self.entries = {n: filler_entries(n, items) for n in range(feeds)}
        self.touches = 0
        self.signings = 0
        for n in range(feeds):
            self.publish(n)

    def publish(self, n: int) -> None:
        title = f"Outlet {n}" + (f" (edition {self.touches})" if self.touches else "")
        self.server.put(f"/bench/{n}.xml", rss2(title, self.entries[n][:50]), "application/rss+xml")

    def add(self, n: int, count: int) -> None:
        for _ in range(count):
            k = self.signings
            self.signings += 1
            who, team = RIDERS[k % len(RIDERS)], TEAMS[k % len(TEAMS)]
            entry = Entry(
                f"urn:bench:signing-{k}", f"{who} signs with {team}",
                f"https://outlet{n}.example/signings/{k}",
                f"{who} has signed a two-year contract with {team} from 2027, the team said.",
                datetime(2025, 10, 20, tzinfo=UTC) + timedelta(minutes=k), "Desk",
            )  # fmt: skip
            self.entries[n].insert(0, entry)
        self.publish(n)


async def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--feeds", type=int, default=500)
    p.add_argument("--items", type=int, default=50)
    args = p.parse_args()
    server = await FeedServer().start()
    feeds = BenchFeeds(server, args.feeds, args.items)

    async def new(request: web.Request) -> web.Response:
        for part in request.query["feeds"].split(","):
            feeds.add(int(part), int(request.query.get("n", "1")))
        return web.Response(text="ok")

    async def touch(request: web.Request) -> web.Response:
        feeds.touches += 1
        for n in feeds.entries:
            feeds.publish(n)
        return web.Response(text="ok")

    async def conditional(request: web.Request) -> web.Response:
        server.honour_conditional = request.query.get("on", "1") == "1"
        return web.Response(text="ok")

    control = web.Application()
    control.router.add_post("/control/new", new)
    control.router.add_post("/control/touch", touch)
    control.router.add_post("/control/conditional", conditional)
    runner = web.AppRunner(control, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    control_port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(server.port, control_port, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await runner.cleanup()
    await server.close()


if __name__ == "__main__":
    asyncio.run(main())
