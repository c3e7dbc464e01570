#!/usr/bin/env python3
"""Draw the README's pictures from the bundled data with the bot's own code.

    .venv/bin/python -m scripts.docs_images            (or: make docs-images)
    .venv/bin/python -m scripts.docs_images --today 2026-12-05 --out docs/images

Loads data/ into a fresh database in a temporary folder, asks the same services /transfer and
/team use for Mark Cavendish and for Astana in 2024, and writes
docs/images/career-mark-cavendish.png and docs/images/team-astana-2024.png. `--today` fixes
the date the pictures are drawn "as of" (the current season, the source line), for a rerun that
changes nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a file as well as with -m
    sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.container import Services, open_services  # noqa: E402
from bot.domain.models import EntityKind  # noqa: E402
from bot.pictures import Chart, render  # noqa: E402
from bot.presentation import pictures  # noqa: E402
from bot.services.ask import ShowPerson, ShowTeam, TeamView  # noqa: E402
from bot.services.resolver import NoMatch  # noqa: E402

CAREER = ("Mark Cavendish", "career-mark-cavendish.png")
TEAM = ("Astana", 2024, "team-astana-2024.png")


async def team_view(services: Services, team_id: int, season: int) -> TeamView:
    """The view /team shows for the team's season."""
    view = await services.ask.team(ShowTeam(team_id, None, season))
    assert isinstance(view, TeamView), "the bundled data lacks the team"
    return view


async def charts(today: date) -> list[tuple[Chart, str]]:
    """The two charts, each with the file name it is written to."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_path=Path(tmp) / "mercato.sqlite3")
        services = await open_services(settings)
        try:
            ask, guild = services.ask, None
            person = services.directory.resolve(CAREER[0], guild, kinds={EntityKind.PERSON}).best
            team = services.directory.resolve(TEAM[0], guild, kinds={EntityKind.TEAM}).best
            assert person is not None and team is not None, "the bundled data lacks them"
            pview = await ask.person(ShowPerson(person.ref.id, guild))
            assert not isinstance(pview, NoMatch)
            tview = await team_view(services, team.ref.id, TEAM[1])
        finally:
            await services.close()
    return [
        (pictures.career_chart(pview, today), CAREER[1]),
        (pictures.team_season_chart(tview, today), TEAM[2]),
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    p.add_argument("--today", type=date.fromisoformat, default=datetime.now(UTC).date())
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for chart, name in asyncio.run(charts(args.today)):
        path = args.out / name
        path.write_bytes(render(chart))
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
