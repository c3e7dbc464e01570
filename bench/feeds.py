"""Bench section "feeds": the parser choice (fastfeedparser against feedparser) and the poller.

The poller is measured over 500 feeds of 50 items on 20 host names (a stubbed resolver sends
them all to the feed server double, which runs in its own process so that the CPU time counted
here is the bot's alone): a cycle with nothing new (304s, and again with the same bodies sent
whole), a cycle where every body changed but no item is new, and 20 new items spread over 20
feeds read by today's article reader, from fetch to queued card. The poller runs with its
default settings, so requests are paced (50 a second: a cycle over 500 feeds lasts about 10 s
of wall time). A task sleeping 5 ms at a time measures the event loop's lag throughout (its own
CPU time, measured alone beforehand, is given in each cycle's note). Last, /transfer's use case
(on the bundled data, in the same event loop) is timed back to back while a quiet cycle runs and
while a cycle whose every body changed runs, and idle over as many queries as the quiet one
(half just before it, half just after).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import aiohttp

from bench.measure import Row, Stats, percentile
from bot.domain.clock import FakeClock
from bot.domain.desk import ReadRequest, StoryProposal
from bot.domain.models import EntityKind, EntityRef
from bot.domain.reading import Known, read_article
from bot.scheduling.feeds import FeedPoller, PollReport, PollSettings, threaded
from bot.sources import feeds as parsing
from bot.sources.http import AddressPolicy, SafeFetcher
from bot.storage import feeds as store
from bot.storage.db import Database
from tests.feeds_double import faults
from tests.feeds_double.documents import FORMATS, filler_entries

log = logging.getLogger("bench.feeds")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "feeds_double" / "fixtures"
N_FEEDS, N_ITEMS, N_HOSTS, N_NEW = 500, 50, 20, 20
CPU_TARGET_S, MEM_TARGET_MB, CARD_TARGET_S, LAG_TARGET_MS = 2.0, 50.0, 5.0, 50.0
TRANSFER_RATIO_MAX = 2.0  # /transfer p99 during a cycle, against its idle p99
TRANSFER_QUERIES = ("cavendish", "pogacar", "van aert", "remco", "quick step", "morkov")

# What the four fixtures hold, written down by hand: (guid, link, title, published, author).
EXPECTED: dict[str, list[tuple[str | None, ...]]] = {
    "rss2.xml": [
        ("https://pelotonpost.example/?p=48213",
         "https://pelotonpost.example/transfers/van-aert-lidl-trek-2027/?utm_source=rss&utm_medium=rss",
         "Wout van Aert agrees two-year deal with Lidl-Trek from 2027", "2025-10-14T08:30:00+00:00",
         "Anna Verbeke"),
        ("https://pelotonpost.example/?p=48190", "https://pelotonpost.example/transfers/morkov-extension/",
         "Mørkøv extends with Astana Qazaqstan until 2026", "2025-10-13T15:05:00+00:00", "Tom Hesketh"),
        ("https://pelotonpost.example/races/wet-day-cobbles/",
         "https://pelotonpost.example/races/wet-day-cobbles/", "Race report: a wet day on the cobbles",
         "2025-10-12T18:40:00+00:00", "Anna Verbeke"),
    ],
    "atom.xml": [
        ("tag:koersblad.example,2025:nieuws.9931",
         "https://koersblad.example/nieuws/2025/10/cavendish-nog-een-jaar",
         "Cavendish stelt afscheid uit en rijdt nog een jaar", "2025-10-14T07:15:00+00:00", "Jef Claes"),
        ("tag:koersblad.example,2025:nieuws.9930",
         "https://koersblad.example/nieuws/2025/10/ploegvoorstelling", "Ploegvoorstelling in januari",
         "2025-10-13T16:00:00+00:00", None),
    ],
    "rdf.xml": [
        ("https://velo-matin.example/article/2025/10/14/transfert-1",
         "https://velo-matin.example/article/2025/10/14/transfert-1",
         "Michael Mørkøv quitte Astana Qazaqstan pour Soudal Quick-Step", "2025-10-14T05:30:00+00:00",
         "Claire Dupuis"),
        ("https://velo-matin.example/article/2025/10/13/transfert-2",
         "https://velo-matin.example/article/2025/10/13/transfert-2", "Le calendrier 2026 dévoilé",
         "2025-10-13T12:00:00+00:00", None),
    ],
    "feed.json": [
        ("2025-10-14-soudal-signing", "https://gruppetto.example/2025/10/14/soudal-signing",
         "Soudal Quick-Step confirm Mørkøv signing", "2025-10-14T09:00:00+00:00", "Sam Ortiz"),
        ("2025-10-13-podcast", "https://gruppetto.example/2025/10/13/podcast",
         "Podcast: the season in review", "2025-10-13T08:00:00+00:00", "Gruppetto team"),
    ],
}  # fmt: skip


# -- the parser choice -------------------------------------------------------------------
def _feedparser_doc(body: bytes) -> dict[str, Any]:
    """feedparser's result in the shape bot/sources/feeds.py reads (ISO dates, 'description')."""
    import feedparser

    raw = feedparser.parse(body)
    entries = []
    for e in raw.entries:
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        iso = datetime(*stamp[:6], tzinfo=UTC).isoformat() if stamp else None
        entries.append({**e, "published": iso, "updated": None, "description": e.get("summary")})
    return {"feed": raw.get("feed", {}), "entries": entries}


def _fastfeedparser_doc(body: bytes) -> Any:
    import fastfeedparser

    return fastfeedparser.parse(
        body, include_tags=False, include_media=False, include_enclosures=False
    )


LIBS: dict[str, Callable[[bytes], Any]] = {
    "fastfeedparser": _fastfeedparser_doc,
    "feedparser": _feedparser_doc,
}


def _items(lib: str, body: bytes) -> list[tuple[str | None, ...]]:
    try:
        doc = LIBS[lib](body)
    except Exception:
        return []
    feed = parsing._build(doc, "?", "https://outlet.example/feed", None)
    return [
        (i.guid, i.link, i.title, i.published.isoformat() if i.published else None, i.author)
        for i in feed.items
    ]


def _cases() -> list[tuple[str, bytes, list[tuple[str | None, ...]]]]:
    cases: list[tuple[str, bytes, list[tuple[str | None, ...]]]] = [
        (name, (FIXTURES / name).read_bytes(), items) for name, items in EXPECTED.items()
    ]
    entries = filler_entries(3, 50)
    want = [(e.guid, e.link, e.title, e.published.isoformat() if e.published else None, e.author)
            for e in entries]  # fmt: skip
    for fmt, write in FORMATS.items():
        cases.append((f"generated {fmt}", write("Outlet", entries), want))
    return cases


def _accuracy(lib: str) -> tuple[int, int, list[str]]:
    right = total = 0
    wrong: list[str] = []
    for name, body, want in _cases():
        got = _items(lib, body)
        for k, expected in enumerate(want):
            have = got[k] if k < len(got) else (None,) * 5
            for field, a, b in zip(("guid", "link", "title", "date", "author"), expected, have,
                                   strict=True):  # fmt: skip
                total += 1
                if a == b:
                    right += 1
                elif f"{name}: {field}" not in wrong:
                    wrong.append(f"{name}: {field}")
    return right, total, wrong


def _bombs_expanded(lib: str) -> tuple[int, float]:
    """How many entity bombs a library expands (fed directly, without our guard); worst time."""
    docs = [faults.LAUGHS, faults.QUADRATIC, faults.external_entity("file:///etc/hostname")]
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\0"
    expanded, worst = 0, 0.0
    for body in docs:
        t = time.perf_counter()
        try:
            doc = LIBS[lib](body)
            title = str((doc.get("entries") or [{}])[0].get("title", ""))
        except Exception:
            title = ""
        worst = max(worst, time.perf_counter() - t)
        if "lollol" in title or "AAAAAAAA" in title or hostname in title:
            expanded += 1
    return expanded, worst


def _rich_rss(n: int) -> bytes:
    """An RSS 2.0 feed shaped like a news site's: HTML descriptions and full content."""
    entries = filler_entries(1, n)
    items = "".join(
        f'<item><title>{e.title}</title><link>{e.link}</link><guid isPermaLink="false">{e.guid}</guid>'
        f"<pubDate>Tue, 14 Oct 2025 08:30:00 +0000</pubDate><dc:creator><![CDATA[{e.author}]]></dc:creator>"
        f"<description><![CDATA[<p>{e.summary}</p>]]></description><content:encoded><![CDATA["
        + "<p>A paragraph about the race, the riders and the season ahead.</p>" * 40
        + "]]></content:encoded></item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Outlet</title>'
        f"<link>https://outlet.example/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def _time_parse(lib: str, body: bytes, repeats: int) -> Stats:
    fn = LIBS[lib]
    fn(body)
    out = []
    for _ in range(repeats):
        t = time.process_time()
        fn(body)
        out.append(time.process_time() - t)
    return Stats.of(out)


def parser_rows(quick: bool) -> list[Row]:
    rows: list[Row] = []
    body = _rich_rss(50)
    kb = len(body) // 1024
    fast, slow = (_time_parse(lib, body, 10 if quick else 50) for lib in LIBS)
    rows.append(Row.ms("feeds", f"parse a 50-item RSS 2.0 feed ({kb} KB), fastfeedparser",
                       fast, baseline=slow.median * 1e3, ratio=slow.median / fast.median,
                       note="CPU time; baseline: feedparser on the same document"))  # fmt: skip
    if not quick:
        many = faults.many(10_000)
        f10, s10 = (_time_parse(lib, many, 1) for lib in LIBS)
        rows.append(Row.ms("feeds", "parse 10,000 items (3 MB), fastfeedparser", f10,
                           baseline=s10.median * 1e3, ratio=s10.median / f10.median,
                           note="CPU time; baseline: feedparser"))  # fmt: skip
    for lib in LIBS:
        right, total, wrong = _accuracy(lib)
        expanded, worst = _bombs_expanded(lib)
        note = f"wrong: {', '.join(wrong)}" if wrong else "every field right"
        rows.append(Row("feeds", f"{lib}: fields right on the fixtures (4 formats)", "%",
                        median=100 * right / total, n=total,
                        note=f"{note}; entity bombs expanded {expanded}/3 (worst {worst * 1e3:.0f} ms)"))  # fmt: skip
    return rows


# -- the poller --------------------------------------------------------------------------
class _Names:
    """The reader's view of the people and teams the bench feeds write about."""

    def __init__(self, people: Sequence[str], teams: Sequence[str]) -> None:
        self.people = {n.lower(): i for i, n in enumerate(people, 1)}
        self.teams = {n.lower(): i for i, n in enumerate(teams, 1)}

    def person(self, name: str) -> Known | None:
        i = self.people.get(name.lower())
        return Known(EntityRef(EntityKind.PERSON, i), name) if i else None

    def team(self, name: str) -> Known | None:
        i = self.teams.get(name.lower())
        return Known(EntityRef(EntityKind.TEAM, i), name) if i else None


def article_reader(lookup: Any) -> Callable[[ReadRequest], list[StoryProposal]]:
    """The article reader (bot/domain/reading) behind the poller's reader interface."""

    def read(req: ReadRequest) -> list[StoryProposal]:
        text = f"{req.title}\n\n{req.text}"
        reading = read_article(text, url=req.link, published=req.published or date.today(),
                               lookup=lookup)  # fmt: skip
        out = []
        for c in reading.proposals:
            to = c.to_team.name if c.to_team else None
            out.append(StoryProposal(
                person=c.person.name, kind=c.kind.value, status=c.status.value,
                headline=f"{c.person.name} to {to}" if to else c.person.name,
                evidence=c.evidence, season=c.season, to_team=to,
                from_team=c.from_team.name if c.from_team else None,
                person_ref=f"person:{c.person.ref.id}" if c.person.ref else None,
                to_team_ref=f"team:{c.to_team.ref.id}" if c.to_team and c.to_team.ref else None,
                outlet=reading.publisher,
            ))  # fmt: skip
        return out

    return read


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _Watch:
    """Samples the loop's lag (5 ms sleeps) and the resident memory while a cycle runs."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.rss: list[float] = []
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        clock = time.perf_counter  # uvloop's loop.time() only has millisecond resolution
        n = 0
        while not self._stop.is_set():
            t = clock()
            await asyncio.sleep(0.005)
            self.lags.append(max(0.0, clock() - t - 0.005))
            n += 1
            if n % 10 == 0:
                self.rss.append(_rss_mb())

    def __enter__(self) -> _Watch:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()

    async def done(self) -> None:
        if self._task is not None:
            await self._task


async def _probe_cpu_per_s(seconds: float = 2.0) -> float:
    """What the lag probe costs on its own, in CPU seconds per second of wall time: a cycle
    now lasts seconds (requests are paced), and its CPU time includes the probe's."""
    watch = _Watch()
    cpu, wall = time.process_time(), time.perf_counter()
    with watch:
        await asyncio.sleep(seconds)
    await watch.done()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


async def _cycle(poller: FeedPoller, clock: FakeClock) -> dict[str, Any]:
    gc.collect()
    clock.advance(minutes=5)
    rss0 = _rss_mb()
    watch = _Watch()
    cpu, wall = time.process_time(), time.perf_counter()
    with watch:
        report = await poller.run_once()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await watch.done()
    grown = max([*watch.rss, _rss_mb()]) - rss0
    return {"report": report, "cpu": cpu, "wall": wall, "mem": grown,
            "lag_max": max(watch.lags, default=0.0), "lag_p99": percentile(watch.lags, 99)}  # fmt: skip


async def _post(port: int, path: str) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"http://127.0.0.1:{port}{path}") as resp,
    ):
        resp.raise_for_status()


def _cycle_row(name: str, res: dict[str, Any], probe: float, *, target: bool = True) -> Row:
    r: PollReport = res["report"]
    ok = res["cpu"] <= CPU_TARGET_S and res["mem"] <= MEM_TARGET_MB
    return Row(
        "feeds", name, "s", median=res["cpu"], n=r.feeds,
        target=f"CPU <= {CPU_TARGET_S:g} s, memory <= +{MEM_TARGET_MB:g} MB" if target else "",
        passed=ok if target else None,
        note=(f"process CPU, of which the lag probe's own ~{probe * res['wall']:.2f} s;"
              f" wall {res['wall']:.2f} s; memory +{res['mem']:.1f} MB; loop lag max "
              f"{res['lag_max'] * 1e3:.1f} ms; {r.not_modified} not modified, {r.unchanged} same"
              f" body, {r.fetched - r.unchanged} parsed, {r.failed} failed"),
        extra={k: v for k, v in res.items() if k != "report"},
    )  # fmt: skip


async def poll_rows(port: int, control: int) -> list[Row]:
    """The poller's rows, against the feed server at `port` (its control port: `control`)."""
    hosts = [f"feeds{h}.bench.test" for h in range(N_HOSTS)]

    async def resolve(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    with tempfile.TemporaryDirectory() as tmp:
        db = await Database.open(Path(tmp) / "bench.sqlite3")
        fetcher = SafeFetcher(AddressPolicy(hosts), resolve=resolve)
        riders = ("Ann Rider", "Bo Sprinter", "Cy Climber", "Di Puncheur", "Ed Domestique")
        teams = ("Team Blue", "Team Red", "Team Green", "Team Gold")
        clock = FakeClock(datetime(2025, 10, 20, 9, tzinfo=UTC))
        reader = threaded(article_reader(_Names(riders, teams)))
        poller = FeedPoller(db, fetcher, reader, clock, PollSettings(poll_seconds=60),
                            rng=random.Random(1))  # fmt: skip
        try:
            async with db.transaction() as conn:
                await store.set_review_channel(conn, 1, 99, "2025-10-20T09:00:00Z")
                for n in range(N_FEEDS):
                    url = f"http://{hosts[n % N_HOSTS]}:{port}/bench/{n}.xml"
                    await store.add_follow(conn, guild_id=1, url=url, url_key=url, name=f"Outlet {n}",
                                           added_by=1, now="2025-10-20T09:00:00Z")  # fmt: skip
            probe = await _probe_cpu_per_s()
            first = await _cycle(poller, clock)
            rows = [_cycle_row(f"first poll of {N_FEEDS} new feeds x {N_ITEMS} items (baseline)",
                               first, probe, target=False)]  # fmt: skip
            quiet = await _cycle(poller, clock)
            rows.append(_cycle_row(f"cycle over {N_FEEDS} feeds, nothing new (304s)", quiet, probe))
            await _post(control, "/control/conditional?on=0")
            same = await _cycle(poller, clock)
            rows.append(_cycle_row(f"cycle over {N_FEEDS} feeds, nothing new (same bodies, no 304)",
                                   same, probe))  # fmt: skip
            await _post(control, "/control/touch")
            touched = await _cycle(poller, clock)
            rows.append(_cycle_row(f"cycle over {N_FEEDS} feeds, every body changed, no new item",
                                   touched, probe, target=False))  # fmt: skip
            await _post(control, "/control/conditional?on=1")
            picked = random.Random(2).sample(range(N_FEEDS), N_NEW)
            await _post(control, f"/control/new?feeds={','.join(map(str, picked))}&n=1")
            poller.fetched_at.clear()
            poller.filed_at.clear()
            new = await _cycle(poller, clock)
            rows += _new_rows(poller, new, len(picked))
            rows.append(_lag_row([first, quiet, same, touched, new]))
            rows += await _transfer_rows(poller, clock, control)
        finally:
            poller.close()
            reader.close()
            await fetcher.close()
            await db.close()
    return rows


async def _transfer_rows(poller: FeedPoller, clock: FakeClock, control: int) -> list[Row]:
    """/transfer's p99 while a cycle runs against its p99 idle, on the same loop and over the
    same number of queries (a p99 over 300 queries against one over 20,000 would not compare
    like with like): during a quiet cycle (every feed answers 304, the usual cycle), the target
    row, and during a cycle whose every body changed (500 parses), for the record. The queries
    run back to back, so the loop is never idle: any work the poller does on it shows."""
    from bot.config import Settings
    from bot.container import open_services
    from bot.services.ask import Question

    with tempfile.TemporaryDirectory() as tmp:
        services = await open_services(Settings(database_path=Path(tmp) / "ask.sqlite3"))
        try:

            async def once(n: int) -> float:
                t = time.perf_counter()
                question = Question(TRANSFER_QUERIES[n % len(TRANSFER_QUERIES)], None, None)
                await services.ask.ask(question)
                return time.perf_counter() - t

            warm = [await once(n) for n in range(300)]
            # The idle queries are asked half just before the quiet cycle and half just after
            # it: the machine is shared, and a change in its load then weighs on both sides.
            seconds = N_FEEDS / (poller.settings.requests_per_s or 1000.0)
            before = [await once(n) for n in range(int(seconds / Stats.of(warm).median) // 2)]
            busy: dict[bool, list[float]] = {}
            cycles: dict[bool, int] = {}
            idle: list[float] = []
            for touch in (False, True):
                times: list[float] = []
                cycles[touch] = 0
                while cycles[touch] < 1 or len(times) < 300:
                    if touch:
                        await _post(control, "/control/touch")
                    clock.advance(minutes=5)
                    cycle = asyncio.create_task(poller.run_once())
                    while not cycle.done():
                        times.append(await once(len(times)))
                    await cycle
                    cycles[touch] += 1
                busy[touch] = times
                if not touch:
                    after = [await once(n) for n in range(max(0, len(times) - len(before)))]
                    idle = (before + after)[: len(times)]
        finally:
            await services.close()
    rows = [_idle_row(idle)]
    for touch, what in ((False, "304s"), (True, "every body changed")):
        rows.append(_transfer_row(idle, busy[touch], f"{cycles[touch]} cycle(s) over {N_FEEDS}"
                                  f" feeds: {what}", target=not touch))  # fmt: skip
    return rows


def _idle_row(idle: list[float]) -> Row:
    stats = Stats.of(idle)
    return Row("feeds", "/transfer idle, as many queries as during the cycle", "ms",
               median=stats.median * 1e3, p99=stats.p99 * 1e3, n=len(idle),
               note="AskService.ask on the bundled data, back to back on the loop the poller"
                    " uses, no cycle running (half just before the quiet cycle, half just after):"
                    " the baseline of the next row")  # fmt: skip


def _transfer_row(idle: list[float], busy: list[float], what: str, *, target: bool) -> Row:
    p_idle, p_busy = percentile(idle, 99), percentile(busy, 99)
    name = "/transfer p99 during a cycle within 2x idle"
    return Row(
        "feeds", name if target else f"{name} (every body changed)", "ms",
        median=Stats.of(busy).median * 1e3, p99=p_busy * 1e3, n=len(busy),
        baseline=p_idle * 1e3, ratio=p_idle / p_busy,
        target=f"p99 <= {TRANSFER_RATIO_MAX:g}x idle p99" if target else "",
        passed=p_busy <= TRANSFER_RATIO_MAX * p_idle if target else None,
        note=(f"busy p99 / idle p99 = {p_busy / p_idle:.2f}; baseline: idle p99 (n={len(idle)});"
              f" {what}; AskService.ask on the bundled data, same event loop"),
    )  # fmt: skip


def _new_rows(poller: FeedPoller, res: dict[str, Any], n: int) -> list[Row]:
    report: PollReport = res["report"]
    latencies = [poller.filed_at[f] - poller.fetched_at[f] for f in poller.filed_at
                 if f in poller.fetched_at]  # fmt: skip
    # Only the feeds that brought a new item were read: the others were 304s.
    worst = max(latencies, default=float("nan"))
    stats = Stats.of(latencies)
    return [
        Row("feeds", f"{n} new items over {n} feeds: fetched -> card queued", "s",
            median=stats.median, p99=worst, n=len(latencies),
            target=f"<= {CARD_TARGET_S:g} s", passed=worst <= CARD_TARGET_S and report.cards == n,
            note=f"{report.cards} cards queued, {report.read} items read by today's reader;"
                 f" cycle CPU {res['cpu']:.2f} s, wall {res['wall']:.2f} s"),
    ]  # fmt: skip


def _lag_row(results: list[dict[str, Any]]) -> Row:
    worst = max(r["lag_max"] for r in results)
    p99 = max(r["lag_p99"] for r in results)
    return Row("feeds", "event loop lag while cycles run (5 ms probe)", "ms", median=p99 * 1e3,
               p99=worst * 1e3, n=len(results), target=f"max <= {LAG_TARGET_MS:g} ms",
               passed=worst * 1e3 <= LAG_TARGET_MS,
               note="median column: worst p99 of the five cycles; p99 column: the worst stall")  # fmt: skip


def run(quick: bool) -> list[Row]:
    """Every feeds row: the parser choice, then the poller (on the bot's event loop)."""
    from bot import loop as bot_loop

    rows = parser_rows(quick)
    # The feed server runs in its own process: the CPU time measured here is the bot's alone.
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.feeds_double.serve", "--feeds", str(N_FEEDS), "--items",
         str(N_ITEMS)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None and server.stdin is not None
    try:
        port, control = (int(x) for x in server.stdout.readline().split())
        rows += bot_loop.run(poll_rows(port, control))
    finally:
        server.stdin.close()  # the server stops when its stdin closes
        server.wait(timeout=30)
    return rows


if __name__ == "__main__":  # python -m bench.feeds: this section alone
    from bench.measure import table

    print(table(run(quick="--quick" in sys.argv)))
