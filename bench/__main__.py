"""`python -m bench`: run every measurement, print the table, write bench/results.json."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import multiprocessing
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.measure import Row, table
from bot import loop as bot_loop

log = logging.getLogger("bench")

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
PARTS = (
    "names",
    "reading",
    "transfer",
    "startup",
    "import",
    "e2e",
    "pictures",
    "feeds",
    "wikidata",
)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    import discord
    import rapidfuzz

    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "nproc": os.cpu_count(),
        "cpu": model or platform.processor(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "rapidfuzz": rapidfuzz.__version__,
        "discord.py": discord.__version__,
        "platform": platform.platform(),
        "commit": commit,
        "load_avg_at_start": os.getloadavg(),
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--only", default=",".join(PARTS), help=f"comma-separated subset of {PARTS}")
    p.add_argument("--quick", action="store_true", help="fewer queries and repeats (smoke run)")
    p.add_argument(
        "--e2e-load",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="run the 200 interactions/s for 30 s load test (on by default)",
    )
    p.add_argument(
        "--full-import",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="import the 1M-claim file (about a minute; on by default, off with --quick) rather"
        " than 100k claims generated in memory",
    )
    p.add_argument("--profile-import", action="store_true", help="print a cProfile of the import")
    p.add_argument("--output", type=Path, default=RESULTS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(name)s %(message)s", datefmt="%H:%M:%S"
    )
    for noisy in ("bot", "discord", "aiosqlite", "tests"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        print(f"unknown part(s): {', '.join(sorted(unknown))}; known: {', '.join(PARTS)}")
        return 2
    q = args.quick
    started = time.perf_counter()
    rows: list[Row] = []
    durations: dict[str, float] = {}
    extra: dict[str, Any] = {}

    def section(name: str) -> float:
        log.info("--- %s", name)
        return time.perf_counter()

    n_claims = 50_000 if q else 1_000_000
    want_data = bool(parts & {"transfer", "startup", "import", "e2e"})
    full_import = args.full_import and not q
    with_import = "import" in parts and full_import
    t = section("preparing data (cached in bench/.cache after the first run)")
    # Nothing is timed while data is prepared, so the claims corpus is generated in a forked
    # process while this one builds the name indexes: on two cores that halves a fresh run.
    from bench.corpus import bench_data, bench_data_ready

    prep = None
    if want_data and not bench_data_ready(100_000, n_claims, with_import_file=with_import):
        ctx = multiprocessing.get_context("fork")
        prep = ctx.Process(
            target=bench_data, args=(100_000, n_claims), kwargs={"with_import_file": with_import}
        )
        prep.start()
    corpora: dict[int, Any] = {}
    if parts & {"names", "reading"}:
        from bench import names

        bundled = names.bundled_entries()
        corpora[0] = names.load_corpus(0, bundled)
        for scale in (100_000, 1_000_000) if "names" in parts else (100_000,):
            log.info("names at %d: corpus and index", scale)
            corpora[scale] = names.load_corpus(scale, bundled)
    if prep is not None:
        prep.join()
        if prep.exitcode != 0:
            raise SystemExit(f"generating the bench data failed (exit code {prep.exitcode})")
    data = bench_data(100_000, n_claims, with_import_file=with_import) if want_data else None
    durations["prepare"] = time.perf_counter() - t

    if "reading" in parts:
        from bench import reading

        t = section("reading")
        rows += reading.run(corpora[100_000].index, corpora[0].index, repeats=2 if q else 20)
        durations["reading"] = time.perf_counter() - t

    if "names" in parts:
        t = section("names")
        for scale, target_ms, n_base, base_acc in (
            (100_000, 2.0, 50, 200),
            (1_000_000, 20.0, 20, 20),
        ):
            log.info("names at %d: timings", scale)
            corpus = corpora.pop(scale)
            gc.collect()
            rows += names.run_scale(
                corpus,
                n_timed=300 if q else 1500,
                n_base=min(n_base, 10) if q else n_base,
                n_accuracy=200 if q else 1000,
                base_accuracy=min(base_acc, 20) if q else base_acc,
                repeats=1 if q else 2,
                target_ms=target_ms,
            )
            rows.append(names.run_table(corpus, rows[-1].section, with_baseline=scale < 1e6))
            del corpus
        rows.append(names.run_table(corpora.pop(0), "names@bundled", with_baseline=True))
        gc.collect()
        durations["names"] = time.perf_counter() - t

    if "transfer" in parts and data is not None:
        from bench import names, transfer

        t = section("transfer")
        rows += bot_loop.run(
            transfer.run(
                data, names.bundled_db(), n_people=100 if q else 500, repeats=1 if q else 3
            )
        )
        durations["transfer"] = time.perf_counter() - t

    if "startup" in parts and data is not None:
        from bench import startup

        t = section("startup")
        all_runs = startup.measure(data.db_path, 1 if q else 3)
        extra["startup_runs"] = all_runs
        cold, runs = all_runs[0], all_runs[1:]
        rows.append(
            Row(
                "startup",
                f"first start: open DB + build index ({cold['entities']:,} entities, no cache)",
                "s",
                median=cold["startup_s"],
                p99=cold["startup_s"],
                n=1,
                target=f"<= {startup.TARGET_S:g} s",
                passed=cold["startup_s"] <= startup.TARGET_S,
                note="builds the index and writes its cache beside the database",
            )
        )
        times = sorted(r["startup_s"] for r in runs)
        rss = sorted(r["rss_mb"] for r in runs)
        hwm = max(r["hwm_mb"] for r in runs)
        mid = len(runs) // 2
        rows.append(
            Row(
                "startup",
                f"restart: open DB + load cached index ({runs[0]['entities']:,} entities)",
                "s",
                median=times[mid],
                p99=times[-1],
                n=len(runs),
                target=f"<= {startup.TARGET_S:g} s",
                passed=times[-1] <= startup.TARGET_S,
                note=f"fresh process each run; imports {runs[0]['imports_s']:.2f} s not included",
            )
        )
        rows.append(
            Row(
                "startup",
                f"resident memory (VmRSS), {data.n_claims:,} claims stored",
                "MB",
                median=rss[mid],
                p99=rss[-1],
                n=len(runs),
                target=f"<= {startup.TARGET_MB:g} MB",
                passed=max(rss[-1], hwm) <= startup.TARGET_MB,
                note=f"peak VmHWM {hwm:.0f} MB; before opening {runs[0]['rss_before_mb']:.0f} MB",
            )
        )
        durations["startup"] = time.perf_counter() - t

    if "import" in parts and data is not None:
        from bench import importing

        t = section("import")
        import_rows, profile = importing.run(
            data,
            n_claims=None if full_import else (20_000 if q else 100_000),
            profile=args.profile_import,
        )
        rows += import_rows
        if profile:
            print(profile)
        durations["import"] = time.perf_counter() - t

    if "e2e" in parts and data is not None:
        from bench import e2e

        t = section("e2e")
        rows += bot_loop.run(
            e2e.run(data, quick=q, load=args.e2e_load, load_seconds=5 if q else 30)
        )
        durations["e2e"] = time.perf_counter() - t

    if "pictures" in parts:
        from bench import pictures

        t = section("pictures")
        rows += pictures.run(quick=q)
        durations["pictures"] = time.perf_counter() - t
    if "feeds" in parts:
        from bench import feeds

        t = section("feeds")
        rows += feeds.run(q)
        durations["feeds"] = time.perf_counter() - t
    if "wikidata" in parts:
        from bench import wikidata

        t = section("wikidata")
        rows += wikidata.run(4_000 if q else wikidata.N_PEOPLE)
        durations["wikidata"] = time.perf_counter() - t

    total = time.perf_counter() - started
    print()
    print(table(rows))
    print()
    failed = [r for r in rows if r.passed is False]
    print(
        f"{sum(r.passed is True for r in rows)} passed, {len(failed)} failed, total {total:.0f} s"
        + ("" if not failed else ": " + "; ".join(f"{r.section}: {r.name}" for r in failed))
    )
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": machine(),
        "argv": sys.argv[1:] if argv is None else argv,
        "quick": q,
        "durations_s": durations,
        "total_s": total,
        "rows": [r.as_dict() for r in rows],
        "table": table(rows),
        **extra,
    }
    args.output.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    # benchmarks are not tests: a failed target is reported, not an error exit
    return 0


if __name__ == "__main__":
    sys.exit(main())
