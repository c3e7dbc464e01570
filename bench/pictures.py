"""Pictures: rendering a career timeline and a team's ins and outs to PNG bytes.

Baseline, measured in the same run: encoding a blank picture of the same size the same way
(quantised to a palette, zlib level 3). The ratio says how many blank encodes one render costs,
which is what stays put from one machine to another.
"""

from __future__ import annotations

import dataclasses
import gc
import io
import logging
import time
from collections.abc import Callable
from typing import Any

from PIL import Image

from bench.measure import Row, Stats, timed_repeats
from bot.pictures import (
    CareerChart,
    RenderCache,
    RenderKey,
    TeamSeasonChart,
    content_version,
    render,
)
from bot.pictures.canvas import BG, INK
from tests.pictures.cases import career, team

log = logging.getLogger(__name__)

TARGET_MS = 30.0
MAX_KB = 200.0
WARMUP = 20


def _rekey(key: str | None, i: int) -> str | None:
    return None if key is None else f"{key}-{i % 13}"


def career_variants(n: int, start: int = 0) -> list[CareerChart]:
    """`n` 20-season careers, each with its own name, team names and keys, and story labels."""
    base = career(2007, 20)
    out = []
    for i in range(start, start + n):
        spells = tuple(
            dataclasses.replace(
                s, team_key=f"{s.team_key}-{i % 13}", team_name=f"{s.team_name} {i}"
            )
            for s in base.spells
        )
        stories = tuple(
            dataclasses.replace(m, team_key=_rekey(m.team_key, i), label=f"{m.label} {i}")
            for m in base.stories
        )
        out.append(
            dataclasses.replace(base, name=f"{base.name} {i}", spells=spells, stories=stories)
        )
    return out


def team_variants(n: int, start: int = 0) -> list[TeamSeasonChart]:
    """`n` team seasons of 30 moves, each with its own people, teams and keys."""
    base = team(30)
    out = []
    for i in range(start, start + n):
        moves = tuple(
            dataclasses.replace(
                m,
                person=f"{m.person} {i}",
                other_team=m.other_team and f"{m.other_team} {i}",
                other_key=_rekey(m.other_key, i),
            )
            for m in base.moves
        )
        out.append(
            dataclasses.replace(
                base,
                moves=moves,
                team_key=f"{base.team_key}-{i}",
                team_name=f"{base.team_name} {i}",
            )
        )
    return out


def _blank_encoder(size: tuple[int, int]) -> Callable[[Any], bytes]:
    """The blank picture's encode: a new canvas, mapped to a palette, saved as Canvas.png does."""
    pal = Image.new("P", (1, 1))
    pal.putpalette([*BG, *INK])

    def encode(_: Any) -> bytes:
        im = Image.new("RGB", size, BG)
        out = io.BytesIO()
        im.quantize(palette=pal, dither=Image.Dither.NONE).save(out, "PNG", compress_level=3)
        return out.getvalue()

    return encode


def _time_each(fn: Callable[[Any], object], args: list[Any]) -> tuple[Stats, Stats]:
    """Wall-clock and thread CPU time of one call per argument."""
    wall: list[float] = []
    cpu: list[float] = []
    clock, thread = time.perf_counter, time.thread_time
    for a in args:
        t, c = clock(), thread()
        fn(a)
        cpu.append(thread() - c)
        wall.append(clock() - t)
    return Stats.of(wall), Stats.of(cpu)


def _rows(label: str, make: Callable[[int, int], list[Any]], n: int) -> list[Row]:
    # Every timed chart is drawn once, and none was drawn before: names and team names are
    # new to the text cache, as a first ask is; the words every picture shares (status names,
    # seasons, titles) were warmed by other charts, as in a bot that has answered before.
    for c in make(WARMUP, 10_000):
        render(c)
    charts = make(n, 0)
    gc.collect()
    wall, cpu = _time_each(render, charts)
    pngs = [render(c) for c in charts]
    size = Image.open(io.BytesIO(pngs[0])).size
    base, _ = _time_each(_blank_encoder(size), charts)
    ratio = wall.p99 / base.p99
    kb = sorted(len(p) / 1024 for p in pngs)
    width = max(Image.open(io.BytesIO(p)).width for p in pngs)
    return [
        Row.ms(
            "pictures",
            f"render {label} to PNG ({size[0]}x{size[1]}), first time",
            wall,
            baseline=base.p99 * 1e3,
            ratio=ratio,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=wall.p99 * 1e3 <= TARGET_MS,
            note=f"ratio = p99 render / p99 blank encode of the same size; CPU p99 {cpu.p99 * 1e3:.1f} ms",
        ),
        Row(
            "pictures",
            f"PNG size, {label}",
            "KB",
            median=kb[len(kb) // 2],
            p99=kb[-1],
            n=len(kb),
            target=f"<= {MAX_KB:g} KB, width <= 1200 px",
            passed=kb[-1] <= MAX_KB and width <= 1200,
            note=f"width {width} px; 8-bit palette PNG",
        ),
    ]


def _cache_row(charts: list[CareerChart], repeats: int) -> Row:
    """A repeat ask: the chart's content digest and a cache lookup instead of a render."""
    cache = RenderCache()
    for i, c in enumerate(charts):
        cache.put(RenderKey("career", i, None, content_version(c)), render(c))
    ids = {id(c): i for i, c in enumerate(charts)}

    def hit(c: CareerChart) -> bytes:
        return cache.get_or_render(
            RenderKey("career", ids[id(c)], None, content_version(c)), lambda: b""
        )

    wall, _ = timed_repeats(hit, charts, repeats)
    return Row.ms(
        "pictures",
        "repeat ask: content_version + cache hit (20-season career)",
        wall,
        note=f"hits {cache.hits}, misses {cache.misses}",
    )


def run(quick: bool = False) -> list[Row]:
    """Time both pictures, each on charts drawn for the first time."""
    n = 60 if quick else 300
    log.info("pictures: careers")
    rows = _rows("a 20-season career", career_variants, n)
    log.info("pictures: team seasons")
    rows += _rows("a 30-move team season", team_variants, n)
    rows.append(_cache_row(career_variants(40), 2 if quick else 5))
    return rows
