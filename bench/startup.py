"""Part 3: start-up time and resident memory, measured in a fresh subprocess.

`python -m bench.startup DB_PATH` opens the services the way the bot does (open the database,
migrate, build the name index: `open_services` without the bundled-data load) and prints one JSON
line: the time it took, and VmRSS / VmHWM from /proc/self/status after one /transfer reply.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

T_PROCESS = time.perf_counter()

TARGET_S = 3.0
TARGET_MB = 300.0


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def _child(db_path: Path) -> dict[str, float]:
    t_imports = time.perf_counter()
    from bot.config import Settings
    from bot.container import open_services
    from bot.presentation.stories import ask_answer
    from bot.services.ask import ShowPerson
    from bot.services.resolver import Scope
    from bot.ui.render import answer_pages

    imports_s = time.perf_counter() - t_imports
    rss_before = _status_mb("VmRSS")
    t = time.perf_counter()
    services = await open_services(Settings(database_path=db_path), data_dir=None)
    startup_s = time.perf_counter() - t
    try:
        pid = (await services.db.fetchone("SELECT person_id FROM claim LIMIT 1"))[0]  # type: ignore[index]
        answer_pages(ask_answer(await services.ask.person(ShowPerson(pid))))
        services.resolver.suggest("van der", Scope())
        return {
            "startup_s": startup_s,
            "imports_s": imports_s,
            "entities": len(services.directory.index),
            "rss_mb": _status_mb("VmRSS"),
            "hwm_mb": _status_mb("VmHWM"),
            "rss_before_mb": rss_before,
        }
    finally:
        await services.close()


def measure(db_path: Path, repeats: int) -> list[dict[str, float]]:
    """Run the child once without the name index cache (first start), then `repeats` restarts.

    Every run is a fresh interpreter; the first report is the cold start.
    """
    from bot.container import names_cache_path

    names_cache_path(db_path).unlink(missing_ok=True)
    repeats += 1
    out = []
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for _ in range(repeats):
        proc = subprocess.run(
            [sys.executable, "-m", "bench.startup", str(db_path)],
            capture_output=True,
            text=True,
            cwd=root,
            env=env,
            check=True,
        )
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_child(Path(sys.argv[1])))))
