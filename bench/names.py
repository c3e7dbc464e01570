"""Part 1: name resolution and autocomplete, NameIndex against a full rapidfuzz WRatio scan."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import pickle
import random
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from rapidfuzz import fuzz, process

from bench.corpus import CACHE, CORPUS_VERSION, SEED, make_names
from bench.measure import Row, Stats, time_calls, timed_repeats
from bot.domain.matching import NameEntry, NameIndex
from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.gcpause import gc_paused

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"


def _code_digest() -> str:
    """Cached indexes are only valid for the matcher that built them."""
    h = hashlib.sha256()
    h.update(str(CORPUS_VERSION).encode())
    # directory.py makes the bundled entries (their priors and detail lines)
    for rel in ("bot/domain/matching.py", "bot/domain/names.py", "bot/services/directory.py"):
        h.update((ROOT / rel).read_bytes())
    return h.hexdigest()[:12]


def _data_digest() -> str:
    from bot.storage.loader import bundled_files

    h = hashlib.sha256()
    for f in bundled_files(DATA_DIR):
        h.update(f.read_bytes())
    for f in sorted((ROOT / "bot" / "storage" / "migrations").glob("*.sql")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def bundled_db() -> Path:
    """A database with the bundled data loaded (cached)."""
    from bot.storage.db import Database
    from bot.storage.loader import load_bundled

    path = CACHE / f"bundled-{_data_digest()}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)

        async def migrate() -> None:
            db = await Database.open(tmp)
            await db.close()

        asyncio.run(migrate())
        load_bundled(tmp, DATA_DIR)
        tmp.rename(path)
    return path


def bundled_entries() -> list[NameEntry]:
    """The entries Directory.build feeds the index from the bundled data."""
    from bot.services.directory import Directory
    from bot.storage.db import Database

    captured: list[NameEntry] = []
    real_build = NameIndex.build

    def capture(entries: Any) -> NameIndex:
        captured.extend(entries)
        return real_build(captured)

    path = bundled_db()

    async def build() -> None:
        db = await Database.open(path, migrate=False)
        try:
            with mock.patch.object(NameIndex, "build", side_effect=capture):
                await Directory.build(db, this_year=2025)
        finally:
            await db.close()

    asyncio.run(build())
    return captured


@dataclass
class Corpus:
    """Everything part 1 needs at one scale."""

    scale: int
    entries: list[NameEntry]
    synthetic: Any  # bench.corpus.Names
    index: NameIndex
    folded: list[str]  # every distinct folded name, for the baseline scan
    owner: list[int]  # entry position of each folded name
    build_s: float | None  # index build time when it was built in this run


def load_corpus(scale: int, bundled: list[NameEntry]) -> Corpus:
    """Bundled entries merged with synthetic ones up to about `scale` names (index cached)."""
    n_bundled = sum(1 + len(e.names) for e in bundled)
    tag = f"{_code_digest()}-{_data_digest()}"
    path = CACHE / f"names-{scale}-{tag}.pickle"
    for stale in CACHE.glob(f"names-{scale}-*.pickle"):
        if tag not in stale.name:
            stale.unlink(missing_ok=True)
    if path.exists():
        with gc_paused(), path.open("rb") as f:
            data = pickle.load(f)
        return Corpus(scale, build_s=None, **data)
    with gc_paused():
        reserved = frozenset(
            w
            for e in bundled
            if e.ref.kind is EntityKind.PERSON
            for w in (fold(e.sort_name or e.label).split() or [""])[-1:]
        )
        synthetic = make_names(max(1000, scale - n_bundled), reserved=reserved) if scale else None
        entries = [*bundled, *(synthetic.entries() if synthetic else ())]
    t = time.perf_counter()
    index = NameIndex.build(entries)  # with the GC on, as the bot builds it
    build_s = time.perf_counter() - t
    with gc_paused():
        # the baseline scans names in the index's own order: likeliest entity first
        order = sorted(range(len(entries)), key=lambda i: -entries[i].prior)
        folded: list[str] = []
        owner: list[int] = []
        for i in order:
            e = entries[i]
            seen = set()
            for raw in (e.label, *e.names):
                name = fold(raw)
                if name and name not in seen:
                    seen.add(name)
                    folded.append(name)
                    owner.append(i)
        data = {
            "entries": entries,
            "synthetic": synthetic,
            "index": index,
            "folded": folded,
            "owner": owner,
        }
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.rename(path)
    return Corpus(scale, build_s=build_s, **data)


# -------------------------------------------------------------------------- query sets
def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    letters = "abcdefghijklmnopqrstuvwxyz"
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 2:
        return word[:i] + rng.choice(letters) + word[i + 1 :]
    return word[:i] + rng.choice(letters) + word[i:]


def query_set(corpus: Corpus, n: int, seed: int = SEED) -> list[tuple[str, str, EntityRef]]:
    """(kind, query, expected entity) derived from synthetic people with a unique full name."""
    rng = random.Random(f"{seed}-queries-{corpus.scale}")
    owners: dict[str, set[int]] = {}
    for f, o in zip(corpus.folded, corpus.owner, strict=True):
        owners.setdefault(f, set()).add(o)
    people = corpus.synthetic.people
    out: list[tuple[str, str, EntityRef]] = []
    kinds = ["exact", "folded", "typo", "typo", "partial", "reordered"]
    while len(out) < n:
        p = people[rng.randrange(len(people))]
        full = fold(p.name)
        if len(owners.get(full, ())) != 1:
            continue  # a namesake: no single right answer
        ref = EntityRef(EntityKind.PERSON, p.id)
        kind = kinds[len(out) % len(kinds)]
        words = full.split()
        if kind == "exact":
            q = p.name
        elif kind == "folded":
            q = full
        elif kind == "typo":
            long = [i for i, w in enumerate(words) if len(w) >= 5]
            if not long:
                continue
            i = rng.choice(long)
            words[i] = _typo(rng, words[i])
            q = " ".join(words)
        elif kind == "partial":
            cut = max(len(words[0]) + 3, int(len(full) * 0.75))
            q = full[:cut].rstrip()
        else:
            sort = fold(p.sort_name or words[-1])
            given = full[: len(full) - len(sort)].strip() if full.endswith(sort) else words[0]
            q = f"{sort} {given}"
        out.append((kind, q, ref))
    return out


def autocomplete_set(corpus: Corpus, n: int, seed: int = SEED) -> list[str]:
    """What autocomplete receives while someone types a name: every prefix, 1 letter and up."""
    rng = random.Random(f"{seed}-typing-{corpus.scale}")
    people = corpus.synthetic.people
    out: list[str] = []
    while len(out) < n:
        name = people[rng.randrange(len(people))].name.lower()
        out.extend(name[:k] for k in range(1, len(name) + 1))
    return out[:n]


# -------------------------------------------------------------------------- the runs
_SCAN: list[str] = []  # the names scanned by worker processes (inherited through fork)


def _scan_best(query: str) -> int:
    best = process.extractOne(query, _SCAN, scorer=fuzz.WRatio)
    return -1 if best is None else best[2]


def _baseline_top1(corpus: Corpus, queries: list[str]) -> list[int]:
    """Entry position of the full WRatio scan's best name per query (extractOne, on all cores)."""
    global _SCAN
    _SCAN = corpus.folded
    folded = [fold(q) for q in queries]
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=ctx) as pool:
        found = list(pool.map(_scan_best, folded, chunksize=4))
    _SCAN = []
    return [corpus.owner[i] if i >= 0 else -1 for i in found]


def _extract_one(corpus: Corpus, query: str) -> int:
    best = process.extractOne(fold(query), corpus.folded, scorer=fuzz.WRatio)
    return corpus.owner[best[2]]


def _pct(hits: int, n: int) -> float:
    return 100.0 * hits / n if n else float("nan")


def run_scale(
    corpus: Corpus,
    *,
    n_timed: int,
    n_base: int,
    n_accuracy: int,
    base_accuracy: int,
    repeats: int,
    target_ms: float,
) -> list[Row]:
    """Timings and accuracy at one scale."""
    label = (
        f"{corpus.scale // 1000}k" if corpus.scale < 1_000_000 else f"{corpus.scale // 1_000_000}M"
    )
    sec = f"names@{label}"
    index = corpus.index
    names_n = len(corpus.folded)
    rows: list[Row] = []
    qs = query_set(corpus, max(n_timed, n_accuracy))
    typed = [q for _, q, _ in qs[:n_timed]]
    prefixes = autocomplete_set(corpus, n_timed)

    search, search_cpu = timed_repeats(lambda q: index.search(q, limit=25), typed, repeats)
    auto, auto_cpu = timed_repeats(lambda q: index.search(q, limit=25), prefixes, repeats)
    resolve, resolve_cpu = timed_repeats(index.resolve, typed, repeats)
    base_q = typed[:n_base]
    time_calls(lambda q: _extract_one(corpus, q), base_q[:1])
    base = Stats.of(time_calls(lambda q: _extract_one(corpus, q), base_q))

    target = f"p99 <= {target_ms:g} ms, >= 30x"
    for name, st, cpu in (
        ("resolve (typed names)", resolve, resolve_cpu),
        ("search (typed names)", search, search_cpu),
        ("autocomplete (every prefix)", auto, auto_cpu),
    ):
        ratio = base.median / st.median
        rows.append(
            Row.ms(
                sec,
                name,
                st,
                baseline=base.median * 1e3,
                ratio=ratio,
                target=target,
                passed=st.p99 * 1e3 <= target_ms and ratio >= 30,
                note=f"ratio = baseline median / median; p99/p99: {base.p99 / st.p99:.0f}x;"
                f" CPU time median/p99 {cpu.median * 1e3:.3f}/{cpu.p99 * 1e3:.2f} ms",
                extra={"cpu_median_ms": cpu.median * 1e3, "cpu_p99_ms": cpu.p99 * 1e3},
            )
        )
    rows.append(
        Row.ms(
            sec,
            "baseline: extractOne WRatio full scan",
            base,
            note=f"over {names_n:,} folded names",
        )
    )

    # top-1 accuracy on the synthetic query set (expected entity known)
    acc = qs[:n_accuracy]
    pos_of = {e.ref: i for i, e in enumerate(corpus.entries)}
    hits = 0
    by_kind: dict[str, list[int]] = {}
    for kind, q, ref in acc:
        found = index.search(q, limit=1)
        ok = bool(found) and found[0].ref == ref
        hits += ok
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += ok
        by_kind[kind][1] += 1
    base_acc = acc[:base_accuracy]
    base_top = _baseline_top1(corpus, [q for _, q, _ in base_acc])
    base_hits = sum(top == pos_of[ref] for top, (_, _, ref) in zip(base_top, base_acc, strict=True))
    idx_same = sum(
        bool(f := index.search(q, limit=1)) and f[0].ref == ref for _, q, ref in base_acc
    )
    rows.append(
        Row(
            sec,
            "top-1 accuracy, synthetic typos/accents/partials",
            "%",
            median=_pct(idx_same, len(base_acc)),
            n=len(base_acc),
            baseline=_pct(base_hits, len(base_acc)),
            target=">= baseline",
            passed=idx_same >= base_hits,
            note=f"index on all {len(acc)}: {_pct(hits, len(acc)):.1f}%",
            extra={k: _pct(h, t) for k, (h, t) in by_kind.items()},
        )
    )
    return rows


def run_table(corpus: Corpus, section: str, *, with_baseline: bool) -> Row:
    """The matching test table (tests/services/test_resolution_table.py) on `corpus`."""
    from tests.services.test_resolution_table import AMBIGUOUS, CONFIDENT

    index = corpus.index
    label = [e.label for e in corpus.entries]
    ok = 0
    top1 = 0
    failures = []
    for q, expected in CONFIDENT:
        res = index.resolve(q)
        good = res.outcome == "match" and res.best is not None and res.best.label == expected
        ok += good
        found = index.search(q, limit=1)
        top1 += bool(found) and found[0].label == expected
        if not good:
            failures.append(q)
    for q, group in AMBIGUOUS:
        res = index.resolve(q)
        good = res.outcome == "ambiguous" and group <= {m.label for m in res.candidates}
        ok += good
        found = index.search(q, limit=1)
        top1 += bool(found) and found[0].label in group
        if not good:
            failures.append(q)
    n = len(CONFIDENT) + len(AMBIGUOUS)
    base_hits = None
    if with_baseline:
        queries = [q for q, _ in CONFIDENT] + [q for q, _ in AMBIGUOUS]
        tops = _baseline_top1(corpus, queries)
        wanted = [{e} for _, e in CONFIDENT] + [g for _, g in AMBIGUOUS]
        base_hits = sum(t >= 0 and label[t] in w for t, w in zip(tops, wanted, strict=True))
    return Row(
        section,
        "matching table top-1 (CONFIDENT + AMBIGUOUS)",
        "%",
        median=_pct(top1, n),
        n=n,
        baseline=None if base_hits is None else _pct(base_hits, n),
        target=">= baseline" if base_hits is not None else "",
        passed=None if base_hits is None else top1 >= base_hits,
        note=f"resolve() outcome as the tests expect: {ok}/{n}"
        + (f"; misses: {', '.join(failures[:8])}" if failures else ""),
        extra={"resolve_ok": ok, "misses": failures},
    )
