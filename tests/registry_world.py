"""The Wikidata test world plus a change of team into the registry's newest season (2026).

Imported on top of the bundled data, as a sync or an entity-file import would: answers then
show LeTourDataSet and Wikidata rows side by side.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.storage.wikidata_files import import_wikidata_file
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w

RED_BULL, SOUDAL = "Q80", "Q90"
JOINER, STAYER, LEAVER = "Q110", "Q111", "Q112"
RED_BULL_NAME = "Red Bull–BORA–hansgrohe"


def red_bull_season(year: int) -> str:
    return f"Q80{year}"


def soudal_season(year: int) -> str:
    return f"Q90{year}"


def extra() -> list[dict[str, Any]]:
    """Two teams' 2025 and 2026 seasons, a rider joining, one staying and one leaving."""
    out = [
        e.team(RED_BULL, "Red Bull Borax Test", country="Q40"),
        e.team(SOUDAL, "Soudal Quick Test", country="Q31"),
    ]
    for year in (2025, 2026):
        out.append(e.team_season(red_bull_season(year), RED_BULL, year, RED_BULL_NAME))
        out.append(e.team_season(soudal_season(year), SOUDAL, year, "Soudal Quick-Step"))
    out += [
        e.person(JOINER, "Jonas Joinerson", born="1999-02-02",
                 teams=[(soudal_season(2025),), (red_bull_season(2026),)]),
        e.person(STAYER, "Stefan Stayerman", born="1998-03-03",
                 teams=[(red_bull_season(2025),), (red_bull_season(2026),)]),
        e.person(LEAVER, "Lukas Leaverton", born="1997-04-04",
                 teams=[(red_bull_season(2025),), (soudal_season(2026),)]),
    ]  # fmt: skip
    return out


def import_world(db_path: Path, work: Path) -> None:
    """Merge the world into the database at `db_path` as `python -m bot import` would."""
    dump = work / "registry-world.json"
    dump.write_bytes(e.dump_lines([*w.everything(), *extra()]))
    import_wikidata_file(db_path, dump, this_year=2026)
