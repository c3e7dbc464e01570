"""Part 4: importing 1M claims in the mercato/1 format into an empty database."""

from __future__ import annotations

import asyncio
import cProfile
import io
import json
import pstats
import time
from pathlib import Path

from bench.corpus import CACHE, BenchData
from bench.measure import Row, no_gc
from bot.storage.db import Database
from bot.storage.loader import import_data

TARGET_S = 60.0


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def _empty(path: Path) -> None:
    db = await Database.open(path)
    await db.close()


def run(data: BenchData, *, profile: bool = False) -> tuple[list[Row], str]:
    """One import (a minute of work is not repeated); returns the rows and a profile if asked."""
    target = CACHE / "import-target.sqlite3"
    _remove(target)
    asyncio.run(_empty(target))
    size_mb = data.import_path.stat().st_size / 1e6
    t = time.perf_counter()
    # json.loads builds millions of small objects: the GC would rescan them all repeatedly
    with no_gc():
        doc = json.loads(data.import_path.read_bytes())
    parse_s = time.perf_counter() - t
    n_claims = len(doc.get("claims") or [])
    prof = cProfile.Profile() if profile else None
    t = time.perf_counter()
    if prof:
        prof.enable()
    report = import_data(target, doc, name="bench")
    if prof:
        prof.disable()
    import_s = time.perf_counter() - t
    del doc
    profile_text = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
        profile_text = buf.getvalue()
    _remove(target)
    total = parse_s + import_s
    rows = [
        Row(
            "import",
            f"{n_claims:,} claims, file {size_mb:.0f} MB: parse + import_data",
            "s",
            median=total,
            n=1,
            target=f"<= {TARGET_S:g} s",
            passed=total <= TARGET_S,
            note=f"json.loads {parse_s:.1f} s + import_data {import_s:.1f} s; "
            f"added {report.as_dict()['added']}, rejected {len(report.rejected)}",
            extra={"parse_s": parse_s, "import_s": import_s, "report": report.as_dict()},
        ),
    ]
    return rows, profile_text
