"""Part 4: importing 1M claims in the mercato/1 format into an empty database."""

from __future__ import annotations

import asyncio
import cProfile
import io
import json
import pstats
import time
from pathlib import Path

from bench.corpus import CACHE, BenchData, document, make_news
from bench.measure import Row
from bot.gcpause import gc_paused
from bot.storage.db import Database
from bot.storage.document import parse_json
from bot.storage.loader import import_data

TARGET_S = 60.0


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def _empty(path: Path) -> None:
    db = await Database.open(path)
    await db.close()


def run(
    data: BenchData, *, n_claims: int | None = None, profile: bool = False
) -> tuple[list[Row], str]:
    """One import (minutes of work are not repeated); returns the rows and a profile if asked.

    With `n_claims` (--quick, --no-full-import), a document of that many claims over the same
    people is generated in memory; otherwise the cached 1M-claim file is read.
    """
    target = CACHE / "import-target.sqlite3"
    _remove(target)
    asyncio.run(_empty(target))
    if n_claims is None:
        raw = data.import_path.read_bytes()
    else:
        with gc_paused():
            raw = json.dumps(
                document(data.names, make_news(data.names, n_claims)), ensure_ascii=False
            ).encode("utf-8")
    size_mb = len(raw) / 1e6
    t = time.perf_counter()
    # what `python -m bot import FILE` does with the file's bytes (read_document)
    doc = parse_json(raw)
    del raw
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
    per_million = total * 1_000_000 / max(1, n_claims)
    scaled = n_claims < 1_000_000
    rows = [
        Row(
            "import",
            f"{n_claims:,} claims, file {size_mb:.0f} MB: parse + import_data",
            "s",
            median=total,
            n=1,
            target=f"<= {TARGET_S * n_claims / 1e6:g} s" + (" (60 s per 1M)" if scaled else ""),
            passed=per_million <= TARGET_S,
            note=f"parse_json {parse_s:.1f} s + import_data {import_s:.1f} s; "
            + (
                f"x{1e6 / n_claims:g} = {per_million:.0f} s per 1M claims (a rough guess: the "
                "people and memberships do not grow with claims, B-trees deepen); "
                "without --no-full-import the bench imports the 1M file; "
                if scaled
                else ""
            )
            + f"added {report.as_dict()['added']}, rejected {len(report.rejected)}",
            extra={"parse_s": parse_s, "import_s": import_s, "report": report.as_dict()},
        ),
    ]
    return rows, profile_text
