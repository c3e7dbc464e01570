"""Part 5: end to end through the Discord double (tests/discord_double).

Two processes, as in production where Discord is someone else's computer: one
(`python -m bench.e2e bot CONFIG`) runs the real bot (`create_bot` over `open_services` on the
1M-claim database) on the production event loop, alone, without the bench's data in its heap;
its child (`python -m bench.e2e double CONFIG`) runs the double and injects the interactions.
The double measures each interaction from its delivery on the gateway to the accepted callback
(for /transfer and /help the callback carries the final reply: neither defers) on its own clock.

- latency: rounds of 50 interactions in flight at once: /transfer with typed names, /transfer
  with an autocomplete suggestion's value, /help;
- pictures: the same /transfer rounds with the server's pictures turned off (`/config images
  off`, sent by the guild's owner through the double, then on again), alternating with rounds
  with them on, each name asked once: every picture is drawn for the first time; then rounds of
  the names whose answers carried a picture asked again, on then off: every picture from the
  render cache;
- load: /transfer at a fixed rate (200/s) for 30 s; anything acknowledged after the 3-s deadline,
  or never, counts as late.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bench.measure import Row, Stats

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
IN_FLIGHT = 50
RATE = 200
DEADLINE = 3.0


# ------------------------------------------------------------------------ the bench's side
async def run(data: Any, *, quick: bool, load: bool, load_seconds: int) -> list[Row]:
    """Start the bot's process (which starts the double's) and read its results."""
    from bench.corpus import CACHE, SEED

    rng = random.Random(f"{SEED}-e2e")
    people = data.names.people
    # Distinct people, enough for every interaction sent: no answer is asked for twice, so
    # SQLite's page cache is never warmer than a stream of new questions would leave it.
    queries = [p.name for p in rng.sample(people, min(len(people), 8000))]
    # What Discord sends when the fan picks the autocomplete suggestion instead of pressing
    # enter on what they typed: the choice's value, no name to resolve.
    picked = [f"person:{p.id}" for p in rng.sample(people, min(len(people), 2000))]
    config = CACHE / "e2e-config.json"
    config.write_text(
        json.dumps(
            {
                "db_path": str(data.db_path),
                "queries": queries,
                "picked": picked,
                "rounds": 2 if quick else 10,
                "load": load,
                "load_seconds": load_seconds,
                "rate": RATE,
            }
        ),
        encoding="utf-8",
    )
    bot = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.e2e",
        "bot",
        str(config),
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out, _ = await bot.communicate()
    lines = out.decode().strip().splitlines()
    if bot.returncode != 0 or not lines:
        raise RuntimeError(f"the bot's process failed (exit code {bot.returncode})")
    return _rows(json.loads(lines[-1]))


# ------------------------------------------------------------------------------ the bot side
async def _bot_main(config: Path, cfg: dict[str, Any]) -> dict[str, Any]:
    """The bot alone in its process, as in production: none of the bench's data around it."""
    from bot.app import create_bot
    from bot.config import Settings
    from bot.container import open_services
    from tests.discord_double import patch_discord

    load_seconds = cfg["load_seconds"]
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.e2e",
        "double",
        str(config),
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
        limit=2**24,
    )
    assert child.stdout is not None
    try:
        hello = json.loads(await asyncio.wait_for(child.stdout.readline(), 60))
        settings = Settings(database_path=Path(cfg["db_path"]), dev_guild_id=hello["guild_id"])
        t = time.perf_counter()
        services = await open_services(settings, data_dir=None)
        log.info("e2e: services open in %.1f s", time.perf_counter() - t)
        rss_open = _rss_mb()
        try:
            double = SimpleNamespace(
                api_base=hello["api_base"],
                gateway_url=hello["gateway_url"],
                cdn_base=hello["cdn_base"],
            )
            with patch_discord(double):  # type: ignore[arg-type]
                bot = create_bot(services)
                task = asyncio.create_task(bot.start(hello["token"]))
                try:
                    line = await asyncio.wait_for(
                        child.stdout.readline(), 60 + 3 * load_seconds + 300
                    )
                    rss = _rss_mb()  # after every interaction of the run
                finally:
                    await bot.close()
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(task, 10)
        finally:
            await services.close()
    finally:
        with contextlib.suppress(ProcessLookupError):
            child.terminate()
        await child.wait()
    if not line:
        raise RuntimeError("the double's process ended without results")
    res: dict[str, Any] = json.loads(line)
    if "error" in res:
        raise RuntimeError(f"the double's process failed: {res['error']}")
    res["bot_rss_open_mb"], res["bot_rss_mb"] = rss_open, rss
    p = services.painter
    res["painter"] = {"shed": p.shed, "failures": p.failures, "cached": p.cache.hits}
    return res


def _rss_mb() -> float:
    """This process's resident memory: the bot after every interaction of the run."""
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _rows(res: dict[str, Any]) -> list[Row]:
    sec = "e2e"
    transfer = Stats(**res["transfer"])
    help_ = Stats(**res["help"])
    picked = Stats(**res["picked"])
    ratio = transfer.p99 / help_.p99
    rows = [
        Row.ms(
            sec,
            f"/transfer, {IN_FLIGHT} in flight",
            transfer,
            baseline=help_.p99 * 1e3,
            ratio=ratio,
            target="p99 <= 2x /help p99",
            passed=ratio <= 2.0,
            note=f"p99 /transfer / p99 /help = {ratio:.2f}; late {res['latency_late']}",
        ),
        Row.ms(
            sec,
            f"/transfer picked from autocomplete, {IN_FLIGHT} in flight",
            picked,
            baseline=help_.p99 * 1e3,
            ratio=picked.p99 / help_.p99,
            note="the name option carries the suggestion's value (person:ID): nothing to resolve",
        ),
        Row.ms(
            sec,
            f"/help (baseline), {IN_FLIGHT} in flight",
            help_,
        ),
    ]
    if "transfer_text_only" in res:
        off = Stats(**res["transfer_text_only"])
        rows.append(_pictures_row(transfer, off, res))
    if "warm" in res:
        rows.append(_warm_row(res["warm"]))
    if "one_at_a_time" in res:
        rows.append(_one_at_a_time_row(res["one_at_a_time"]))
    if res.get("load"):
        ld = res["load"]
        st = Stats(**ld["stats"])
        rows.append(
            Row(
                sec,
                f"/transfer at {ld['rate']}/s for {ld['seconds']} s: past the 3-s deadline",
                "count",
                median=ld["late"],
                n=st.n,
                target="0",
                passed=ld["late"] == 0,
                note=f"latency p50 {st.median * 1e3:.0f} ms, p99 {st.p99 * 1e3:.0f} ms, "
                f"max {st.max * 1e3:.0f} ms; sent at {ld['achieved_rate']:.0f}/s; answered in "
                f"time {(st.n - ld['late'] + ld['unanswered']) / ld['seconds']:.0f}/s; "
                f"unanswered {ld['unanswered']}; bot RSS {res['bot_rss_open_mb']:.0f} MB once"
                f" open, {res['bot_rss_mb']:.0f} MB after the run",
                extra=ld,
            )
        )
    return rows


def _pictures_row(on: Stats, off: Stats, res: dict[str, Any]) -> Row:
    """/transfer with the career timeline attached against the same answers in text only."""
    ratio = on.p99 / off.p99
    pictured = res.get("transfer_pictured", 0)
    split = ""
    if "transfer_with_picture" in res:
        with_, without = (Stats(**res[k]) for k in ("transfer_with_picture", "transfer_without"))
        split = (
            f"; p99 of the answers with their picture {with_.p99 * 1e3:.0f} ms, without"
            f" {without.p99 * 1e3:.0f} ms"
        )
    rounds = res.get("slowest_per_round")
    if rounds:
        paired = sorted(a / b for a, b in zip(rounds["on"], rounds["off"], strict=True))
        split += (
            f"; round by round, slowest answer on / slowest off (the round after): median"
            f" {statistics.median(paired):.2f}, {paired[0]:.2f} to {paired[-1]:.2f}"
        )
    painter = res.get("painter", {})
    return Row.ms(
        "e2e",
        f"/transfer end-to-end p99 images on vs off, {IN_FLIGHT} in flight",
        on,
        baseline=off.p99 * 1e3,
        ratio=ratio,
        target="p99 on <= 1.5x p99 off",
        passed=ratio <= 1.5,
        note=f"p99 with the picture / p99 text only (/config images off) = {ratio:.2f}; every"
        f" picture drawn for the first time ({pictured} of {on.n} answers carried one; the"
        f" bot left out {painter.get('shed', '?')} pictures over the run, the renderer busy)"
        f"{split}; text only: p50 {off.median * 1e3:.0f} ms",
        extra={"painter": painter, "slowest_per_round": rounds},
    )


def _warm_row(res: dict[str, Any]) -> Row:
    """The same with every picture already drawn: what attaching one costs a repeat ask."""
    on, off = Stats(**res["on"]), Stats(**res["off"])
    ratio = on.p99 / off.p99
    return Row.ms(
        "e2e",
        f"/transfer images on vs off, {IN_FLIGHT} in flight, repeat asks (pictures cached)",
        on,
        baseline=off.p99 * 1e3,
        ratio=ratio,
        target="p99 on <= 1.5x p99 off",
        passed=ratio <= 1.5,
        note=f"names whose answers carried a picture, asked again with pictures on then off:"
        f" {res['pictured']} of {on.n} answers carried one, from the render cache; text only:"
        f" p50 {off.median * 1e3:.0f} ms",
    )


def _one_at_a_time_row(res: dict[str, Any]) -> Row:
    on, off = Stats(**res["on"]["stats"]), Stats(**res["off"]["stats"])
    return Row.ms(
        "e2e",
        "/transfer one at a time, images on (baseline: off)",
        on,
        baseline=off.p99 * 1e3,
        ratio=on.p99 / off.p99,
        note=f"{res['on']['pictured']} of {on.n} answers carried a picture (the others had"
        " nothing to draw), each drawn for the first time; text only p50"
        f" {off.median * 1e3:.1f} ms; what one picture adds when the bot is idle",
    )


# ---------------------------------------------------------------------------- the double side
async def _child(cfg: dict[str, Any]) -> None:
    from tests.discord_double import DiscordDouble, default_guild

    guild = default_guild()
    double = DiscordDouble(guilds=[guild], interaction_deadline=DEADLINE, response_timeout=30)
    await double.start()
    out: dict[str, Any] = {}
    print(
        json.dumps(
            {
                "api_base": double.api_base,
                "gateway_url": double.gateway_url,
                "cdn_base": double.cdn_base,
                "token": double.token,
                "guild_id": guild.id,
            }
        ),
        flush=True,
    )
    try:
        await double.wait_for(
            lambda: double.registered_command("transfer", guild) and double._shard_sessions,
            timeout=120,
            what="the bot to connect and register its commands",
        )
        await asyncio.sleep(2.5)  # discord.py's guild_ready_timeout before on_ready
        queries = cfg["queries"]
        qi = iter(queries * 100)
        pi = iter(cfg["picked"] * 100)
        asked: dict[int, str] = {}  # id(record) -> the name a /transfer asked about

        async def fire(command: str, n: int, names: Any = None) -> list[Any]:
            recs = []
            for _ in range(n):
                if command == "picked":
                    recs.append(await double.invoke_command("transfer", {"name": next(pi)}))
                elif command == "transfer":
                    name = next(names or qi)
                    recs.append(await double.invoke_command(command, {"name": name}))
                    asked[id(recs[-1])] = name
                else:
                    recs.append(await double.invoke_command(command, None))
            return recs

        async def settle(recs: list[Any], seconds: float) -> None:
            with contextlib.suppress(AssertionError):
                await double.wait_for(
                    lambda: all(r.acked_or_expired() for r in recs), seconds, "acknowledgements"
                )

        def latency(recs: list[Any]) -> list[float]:
            return [r.callback_at - r.created_at for r in recs if r.callback_at is not None]

        with double.allow_violations():
            # warm-up: caches, the first connection to the callback route, lazy imports
            for command in ("help", "transfer") * 3:
                await settle(await fire(command, 10), 30)
            samples: dict[str, list[float]] = {
                "transfer": [], "picked": [], "help": [], "transfer_text_only": [],
                "transfer_with_picture": [], "transfer_without": [],
            }  # fmt: skip
            late = 0
            drawn: list[str] = []  # names whose answers carried a picture
            slowest: dict[str, list[float]] = {"on": [], "off": []}  # per round
            for _ in range(cfg["rounds"]):
                for command in ("transfer", "picked", "help"):
                    recs = await fire(command, IN_FLIGHT)
                    await settle(recs, 30)
                    lat = latency(recs)
                    samples[command] += lat
                    if command == "transfer":
                        slowest["on"].append(max(lat, default=math.nan))
                        for r in recs:
                            if r.callback_at is None:
                                continue
                            got = _has_picture(r)
                            samples["transfer_with_picture" if got else "transfer_without"].append(
                                r.callback_at - r.created_at
                            )
                            if got:
                                drawn.append(asked[id(r)])
                    late += sum(x > DEADLINE for x in lat) + sum(not r.acknowledged for r in recs)
                off = await _text_only_round(double, guild, fire, settle)
                samples["transfer_text_only"] += off
                slowest["off"].append(max(off, default=math.nan))
            out.update({name: Stats.of(v).__dict__ for name, v in samples.items()})
            out["slowest_per_round"] = slowest
            out["latency_late"] = late
            out["transfer_pictured"] = len(samples["transfer_with_picture"])
            if drawn:
                out["warm"] = await _warm_rounds(double, guild, fire, settle, drawn, cfg["rounds"])
            out["one_at_a_time"] = await _one_at_a_time(
                double, guild, qi, settle, 20 if cfg["rounds"] < 10 else 100
            )
            if cfg["load"]:
                out["load"] = await _load(double, qi, cfg["rate"], cfg["load_seconds"], settle)
    except Exception as exc:
        out["error"] = repr(exc)
        raise
    finally:
        print(json.dumps(out), flush=True)
        await double.stop()


def _has_picture(rec: Any) -> bool:
    """Whether the answer's message carries a PNG attachment."""
    message = rec.original
    return bool(message and any(a["filename"].endswith(".png") for a in message["attachments"]))


async def _one_at_a_time(double: Any, guild: Any, qi: Any, settle: Any, n: int) -> dict[str, Any]:
    """/transfer one at a time, `n` with pictures on then `n` off: what a picture adds to an
    answer when the bot is not busy (every answer carries one, drawn for the first time)."""
    owner = next(m.user for m in guild.members if m.user.id == guild.owner_id)
    out: dict[str, Any] = {}
    for state in ("on", "off"):
        rec = await double.invoke_command(
            "config", {"state": state}, subcommand="images", user=owner
        )
        await settle([rec], 30)
        lat, pictured = [], 0
        for _ in range(n):
            rec = await double.invoke_command("transfer", {"name": next(qi)})
            await settle([rec], 30)
            if rec.callback_at is not None:
                lat.append(rec.callback_at - rec.created_at)
            pictured += _has_picture(rec)
        out[state] = {"stats": Stats.of(lat).__dict__, "pictured": pictured}
    rec = await double.invoke_command("config", {"state": "on"}, subcommand="images", user=owner)
    await settle([rec], 30)
    return out


async def _warm_rounds(
    double: Any, guild: Any, fire: Any, settle: Any, drawn: list[str], rounds: int
) -> dict[str, Any]:
    """Rounds of names whose pictures were drawn, asked again with pictures on, then the same
    names with them off: both with the database's pages for them warm, the first with every
    picture in the render cache."""
    on: list[float] = []
    off: list[float] = []
    pictured = 0
    for i in range(rounds):
        names = [drawn[(i * IN_FLIGHT + k) % len(drawn)] for k in range(IN_FLIGHT)]
        recs = await fire("transfer", IN_FLIGHT, iter(names))
        await settle(recs, 30)
        on += [r.callback_at - r.created_at for r in recs if r.callback_at is not None]
        pictured += sum(_has_picture(r) for r in recs)
        off += await _text_only_round(double, guild, fire, settle, iter(names))
    return {"on": Stats.of(on).__dict__, "off": Stats.of(off).__dict__, "pictured": pictured}


async def _text_only_round(
    double: Any, guild: Any, fire: Any, settle: Any, names: Any = None
) -> list[float]:
    """One round of /transfer with the server's pictures off, turned back on after it."""
    owner = next(m.user for m in guild.members if m.user.id == guild.owner_id)

    async def images(state: str) -> None:
        rec = await double.invoke_command(
            "config", {"state": state}, subcommand="images", user=owner
        )
        await settle([rec], 30)
        if not rec.acknowledged:
            raise RuntimeError(f"/config images {state} was not answered")

    await images("off")
    try:
        recs = await fire("transfer", IN_FLIGHT, names)
        await settle(recs, 30)
    finally:
        await images("on")
    if any(_has_picture(r) for r in recs):
        raise RuntimeError("an answer carried a picture with the pictures off")
    return [r.callback_at - r.created_at for r in recs if r.callback_at is not None]


async def _load(double: Any, qi: Any, rate: int, seconds: int, settle: Any) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    n = rate * seconds
    recs = []
    start = loop.time()
    for i in range(n):
        delay = start + i / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        recs.append(await double.invoke_command("transfer", {"name": next(qi)}))
    sent_s = loop.time() - start
    await settle(recs, DEADLINE + 10)
    lat = [r.callback_at - r.created_at for r in recs if r.callback_at is not None]
    unanswered = sum(not r.acknowledged for r in recs)
    late = sum(x > DEADLINE for x in lat) + unanswered
    late_violations = sum(v.kind == "late_callback" for v in double.violations)
    return {
        "rate": rate,
        "seconds": seconds,
        "achieved_rate": n / sent_s,
        "late": late,
        "unanswered": unanswered,
        "late_callback_violations": late_violations,
        "stats": Stats.of(lat).__dict__,
    }


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    role, path = sys.argv[1], Path(sys.argv[2])
    config = json.loads(path.read_text(encoding="utf-8"))
    if role == "bot":
        from bot import loop

        # Past capacity the bot logs every late interaction with a traceback: counted, not
        # printed.
        for name in ("discord", "bot", "asyncio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        print(json.dumps(loop.run(_bot_main(path, config))), flush=True)
    else:
        asyncio.run(_child(config))
