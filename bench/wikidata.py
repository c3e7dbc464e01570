"""Part 6: importing a Wikidata entity file: 40,000 people and 2,000 team seasons.

The file is generated (seeded, cached in bench/.cache) in the real entity JSON structure, the
dump layout, gzipped: 100 lineages over 20 seasons whose names change every few years, and
riders and staff with careers of one to ten seasons, transfers, mid-season moves, statements on
team seasons and on teams with dates, namesakes, several languages and aliases.

Each measurement runs in a fresh interpreter (`python -m bench.wikidata MODE FILE DB`) on a
copy of a database holding the bundled data, and reports its time and peak memory (VmHWM):
- the import (target <= 60 s, <= 300 MB);
- the same file imported again, which must change nothing (target <= 30 s);
- the baseline, measured in the same run: the same registry (teams, names, people and
  memberships) as a mercato/1 document through the loader.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.measure import Row

TARGET_S = 60.0
TARGET_REIMPORT_S = 30.0
TARGET_MB = 300.0
N_PEOPLE = 40_000
N_TEAMS = 100
SEASONS = range(2006, 2026)  # 100 lineages x 20 seasons = 2,000 team seasons
ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
COUNTRIES = [
    "Q142", "Q31", "Q55", "Q38", "Q29", "Q183", "Q145", "Q30", "Q408", "Q35", "Q215", "Q739",
    "Q39", "Q40", "Q20", "Q45", "Q36", "Q213", "Q232", "Q16",
]  # fmt: skip
FIRST = ["Tadej", "Remco", "Jonas", "Primož", "Wout", "Mathieu", "Mads", "Tom", "Filippo",
         "Julian", "Egan", "Adam", "Simon", "Ben", "Juan", "Enric", "Søren", "Michał", "Jasper",
         "Arnaud", "Thibaut", "David", "Romain", "Lennard", "Florian", "Biniam", "Kasper",
         "Magnus", "Neilson", "Marc", "Alberto", "Vincenzo", "Peter", "Greg", "Dylan", "Caleb",
         "Lotte", "Demi", "Annemiek", "Marianne", "Elisa", "Kasia", "Pauline", "Lorena"]  # fmt: skip
LAST = ["Pogačar", "Evenepoel", "Vingegaard", "Roglič", "van Aert", "van der Poel", "Pedersen",
        "Pidcock", "Ganna", "Alaphilippe", "Bernal", "Yates", "O'Connor", "Ayuso", "Mas",
        "Kragh Andersen", "Kwiatkowski", "Philipsen", "De Marchi", "Pinot", "Gaudu", "Bardet",
        "Kämna", "Sénéchal", "Girmay", "Asgreen", "Cort", "Powless", "Soler", "Contador",
        "Nibali", "Sagan", "Van Avermaet", "Groenewegen", "Ewan", "Kopecky", "Vollering",
        "van Vleuten", "Vos", "Longo Borghini", "Niewiadoma", "Ferrand-Prévot", "Wiebes"]  # fmt: skip
SPONSORS = ["Alpha", "Borealis", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Harbour",
            "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nova", "Orbit", "Polar",
            "Quartz", "Rapid", "Summit", "Tundra", "Umbra", "Vertex", "Willow", "Xenon",
            "Yonder", "Zephyr"]  # fmt: skip
DS_ITEM = "Q90001"


@dataclass
class _Career:
    qid: str
    name: str
    born: str
    country: str
    staff: bool
    lines: list[tuple[int, int, str | None, str | None]] = field(default_factory=list)
    # (team index, season, start, end); start/end set for mid-season moves


def _team_qid(t: int) -> str:
    return f"Q{10_000_000 + t}"


def _season_qid(t: int, year: int) -> str:
    return f"Q{11_000_000 + t * 100 + year - 2000}"


def _team_names(rng: random.Random) -> list[dict[int, str]]:
    out = []
    for t in range(N_TEAMS):
        names: dict[int, str] = {}
        year = SEASONS[0]
        while year <= SEASONS[-1]:
            a, b = rng.sample(SPONSORS, 2)
            name = f"{a}-{b} {rng.choice(['Team', 'Pro Cycling', 'Racing'])} {t}"
            for y in range(year, min(year + rng.randint(2, 6), SEASONS[-1] + 1)):
                names[y] = name
            year = max(names) + 1
        out.append(names)
    return out


def _careers(rng: random.Random, n_people: int) -> list[_Career]:
    people = []
    for i in range(n_people):
        start = rng.randint(SEASONS[0], SEASONS[-1])
        length = min(rng.randint(1, 10), SEASONS[-1] - start + 1)
        c = _Career(
            qid=f"Q{20_000_000 + i}",
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            born=f"{rng.randint(1970, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            country=rng.choice(COUNTRIES),
            staff=rng.random() < 0.05,
        )
        team = rng.randrange(N_TEAMS)
        for year in range(start, start + length):
            if rng.random() < 0.3:
                new = rng.randrange(N_TEAMS)
                if new != team and rng.random() < 0.15:  # a mid-season move
                    c.lines.append((team, year, None, f"{year}-07-31"))
                    c.lines.append((new, year, f"{year}-08-01", None))
                    team = new
                    continue
                team = new
            c.lines.append((team, year, None, None))
        people.append(c)
    return people


def _person_entity(c: _Career, e: Any) -> dict[str, Any]:
    teams = [(_season_qid(t, y), s, end) for t, y, s, end in c.lines]
    occupations = (e.CYCLIST, DS_ITEM) if c.staff else (e.CYCLIST,)
    plain = c.name.replace("č", "c").replace("ø", "o").replace("é", "e").replace("ä", "a")
    labels = {"fr": c.name, "nl": c.name, "it": plain}
    return e.person(
        c.qid, c.name, teams=teams, born=c.born, country=c.country, occupations=occupations,
        labels=labels, aliases={"en": [plain]} if plain != c.name else None,
        pcs=f"rider-{c.qid[1:]}",
    )  # fmt: skip


def generate(dump: Path, mercato: Path, n_people: int = N_PEOPLE, seed: int = 14) -> None:
    """Write the entity file and the same registry as a mercato/1 document."""
    from tests.wikidata_double import entities as e

    rng = random.Random(seed)
    names = _team_names(rng)
    people = _careers(rng, n_people)
    staff_of: dict[tuple[int, int], str] = {}
    for c in people:
        if c.staff and c.lines:  # a directeur sportif listed on their last season
            t, y, _, _ = c.lines[-1]
            staff_of.setdefault((t, y), c.qid)
    tmp = dump.with_name(dump.name + ".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as out:
        out.write("[\n")
        out.write(json.dumps(e.occupation(DS_ITEM, "directeur sportif")))
        for t in range(N_TEAMS):
            out.write(",\n" + json.dumps(e.team(_team_qid(t), names[t][SEASONS[-1]])))
            for year in SEASONS:
                roster = [("P1037", staff_of[(t, year)], None)] if (t, year) in staff_of else []
                season = e.team_season(_season_qid(t, year), _team_qid(t), year, names[t][year],
                                       roster=roster)  # fmt: skip
                out.write(",\n" + json.dumps(season, ensure_ascii=False))
        for c in people:
            out.write(",\n" + json.dumps(_person_entity(c, e), ensure_ascii=False))
        out.write("\n]\n")
    tmp.replace(dump)
    mercato.write_text(json.dumps(_as_mercato(names, people), ensure_ascii=False), encoding="utf-8")


def _as_mercato(names: list[dict[int, str]], people: list[_Career]) -> dict[str, Any]:
    from bot.domain.seasons import season_ranges
    from bot.domain.wikidata.vocabulary import COUNTRY_IOC

    teams = []
    for t, by_year in enumerate(names):
        ranges = []
        for name in dict.fromkeys(by_year.values()):
            for first, last in season_ranges([y for y, n in by_year.items() if n == name]):
                ranges.append({"name": name, "from": first, "to": last})
        teams.append({"key": f"bench-team-{t}", "names": ranges, "aliases": []})
    return {
        "format": "mercato/1",
        "source": "bench: the generated Wikidata registry as a mercato/1 document",
        "teams": teams,
        "people": [
            {
                "key": f"bench-{c.qid.lower()}",
                "name": c.name,
                "role": "rider",
                "nationality": COUNTRY_IOC[c.country],
                "birth_date": c.born,
                "memberships": [
                    {"team": f"bench-team-{t}", "season": y, "role": "rider"}
                    for t, y, _, _ in c.lines
                ],
            }
            for c in people
        ],
    }


def files(n_people: int = N_PEOPLE) -> tuple[Path, Path]:
    """The cached entity file and its mercato/1 twin, generated when missing."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tag = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    dump = CACHE / f"wikidata-{n_people}-{tag}.json.gz"
    mercato = CACHE / f"wikidata-{n_people}-{tag}.mercato.json"
    if not (dump.exists() and mercato.exists()):
        for stale in CACHE.glob("wikidata-*"):
            stale.unlink()
        generate(dump, mercato, n_people)
    return dump, mercato


# -- the measured child ---------------------------------------------------------------------------
def _status_mb(name: str) -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child(mode: str, path: Path, db: Path) -> dict[str, Any]:
    from bot.storage.document import read_document
    from bot.storage.loader import import_data
    from bot.storage.wikidata_files import import_wikidata_file

    before = _status_mb("VmRSS")
    t = time.perf_counter()
    if mode == "wikidata":
        result = import_wikidata_file(db, path)
        details: dict[str, Any] = {
            "report": result.report.as_dict(),
            "changed": result.report.changed,
            "entities": result.entities,
        }
    else:
        report = import_data(db, read_document(path), name="bench")
        details = {"report": report.as_dict(), "changed": bool(report.added)}
    return {
        "seconds": time.perf_counter() - t,
        "hwm_mb": _status_mb("VmHWM"),
        "rss_before_mb": before,
        **details,
    }


def _spawn(mode: str, path: Path, db: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "bench.wikidata", mode, str(path), str(db)],
        capture_output=True, text=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _tables(db: Path) -> str:
    """A digest of the registry's rows, to show that a re-import changed nothing."""
    conn = sqlite3.connect(db)
    try:
        digest = hashlib.sha256()
        for table in ("person", "team", "team_name", "alias", "membership", "team_season"):
            for row in sorted(map(repr, conn.execute(f"SELECT * FROM {table}"))):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _bundled_db(target: Path) -> Path:
    import asyncio

    from bot.storage.db import Database
    from bot.storage.loader import load_bundled

    async def make() -> None:
        await (await Database.open(target)).close()

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    asyncio.run(make())
    load_bundled(target, ROOT / "data")
    return target


def run(n_people: int = N_PEOPLE) -> list[Row]:
    """Generate (or reuse) the file, import it twice and the baseline once; return the rows."""
    dump, mercato = files(n_people)
    template = _bundled_db(CACHE / "wikidata-template.sqlite3")
    db = CACHE / "wikidata-target.sqlite3"
    base_db = CACHE / "wikidata-baseline.sqlite3"
    shutil.copyfile(template, db)
    shutil.copyfile(template, base_db)
    first = _spawn("wikidata", dump, db)
    digest = _tables(db)
    again = _spawn("wikidata", dump, db)
    unchanged = not again["changed"] and _tables(db) == digest
    baseline = _spawn("mercato", mercato, base_db)
    n_seasons = N_TEAMS * len(SEASONS)
    size = dump.stat().st_size / 1e6
    added = first["report"]["added"]
    return [
        Row(
            "wikidata",
            f"import {n_people:,} people, {n_seasons:,} team seasons (entity file, {size:.0f} MB gz)",
            "s",
            median=first["seconds"],
            n=1,
            baseline=baseline["seconds"],
            ratio=baseline["seconds"] / first["seconds"],
            target=f"<= {TARGET_S:g} s",
            passed=first["seconds"] <= TARGET_S,
            note=f"baseline: the same registry as mercato/1 through import_data; added {added}, "
            f"{first['report']['unsure']} unsure, {first['report']['problems']} statements not used",
            extra=first,
        ),
        Row(
            "wikidata",
            "import: peak memory of the importing process (VmHWM)",
            "MB",
            median=first["hwm_mb"],
            n=1,
            baseline=baseline["hwm_mb"],
            ratio=baseline["hwm_mb"] / first["hwm_mb"],
            target=f"<= {TARGET_MB:g} MB",
            passed=first["hwm_mb"] <= TARGET_MB,
            note=f"fresh interpreter at {first['rss_before_mb']:.0f} MB before the import",
        ),
        Row(
            "wikidata",
            "re-import of the same file (changes nothing)",
            "s",
            median=again["seconds"],
            n=1,
            target=f"<= {TARGET_REIMPORT_S:g} s and no change",
            passed=again["seconds"] <= TARGET_REIMPORT_S and unchanged,
            note=f"registry rows {'identical' if unchanged else 'CHANGED'} (digest of 6 tables); "
            f"peak {again['hwm_mb']:.0f} MB",
            extra=again,
        ),
    ]


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))))
