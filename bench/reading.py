"""Part 6: reading an article (/addarticle, a feed item) with 100k names in the database.

Each timed article is one of the corpus articles (tests/reading/corpus) filled up to 4,000
characters with paragraphs of the others, read with the bot's own lookup (ReaderLookup over the
name index). The baseline, measured in the same run, reads the same articles with the bundled
names only (about 1,200 people and 70 teams): the ratio shows what 100k names cost.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from bench.measure import Row, timed_repeats
from bot.domain.matching import NameIndex
from bot.domain.reading import read_article
from bot.services.directory import Directory
from bot.services.reading_lookup import ReaderLookup

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "reading" / "corpus"
TARGET_MS = 20.0
LOOP_MS = 5.0  # slower than this per article, and the service must read off the event loop
LENGTH = 4000


def articles() -> list[tuple[str, str, date]]:
    """(text, url, published) of 4,000-character articles built from the corpus."""
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    paragraphs = [para for a in found for para in a["text"].split("\n\n")[1:]]
    out = []
    for i, a in enumerate(found):
        text, k = a["text"], i
        while len(text) < LENGTH:
            text += "\n\n" + paragraphs[k % len(paragraphs)]
            k += 7
        out.append((text[:LENGTH], a["url"], date.fromisoformat(a["published"])))
    return out


def _lookup(index: NameIndex) -> ReaderLookup:
    return ReaderLookup(Directory(index, {}), None)


def run(index_100k: NameIndex, index_bundled: NameIndex, *, repeats: int) -> list[Row]:
    """Timings of reading each article with 100k names, against the bundled names only."""
    texts = articles()
    rows: list[Row] = []

    def reader(lookup: ReaderLookup) -> Any:
        return lambda a: read_article(a[0], url=a[1], published=a[2], lookup=lookup)

    big, big_cpu = timed_repeats(reader(_lookup(index_100k)), texts, repeats)
    small, _ = timed_repeats(reader(_lookup(index_bundled)), texts, repeats)
    p99_ms = big.p99 * 1e3
    loop = (
        "slower than 5 ms: the service reads off the event loop"
        if p99_ms > LOOP_MS
        else "within 5 ms: fine on the event loop"
    )
    rows.append(
        Row.ms(
            "reading",
            f"read a {LENGTH:,}-character article, 100k-name index ({len(index_100k):,} entities)",
            big,
            baseline=small.median * 1e3,
            ratio=small.median / big.median if big.median else None,
            target=f"p99 <= {TARGET_MS:g} ms",
            passed=p99_ms <= TARGET_MS,
            note=f"{loop}; CPU p99 {big_cpu.p99 * 1e3:.2f} ms; baseline = bundled names only",
        )
    )
    rows.append(
        Row.ms(
            "reading",
            f"read a {LENGTH:,}-character article, bundled names ({len(index_bundled):,} entities)",
            small,
            note="the baseline of the row above",
        )
    )
    log.info("reading: p99 %.2f ms at 100k names, %.2f ms bundled", p99_ms, small.p99 * 1e3)
    return rows
