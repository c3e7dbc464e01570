"""Which picture goes with an answer, what it is called, what it says in words, and attaching it.

/transfer about a person gets the career timeline, /team (and /transfer about a team) the
team's ins and outs for the season. Both adapters call `illustrate`: Discord sends the picture as
the embed's image, the console writes it to a file.

A picture says nothing the answer's text does not (the text lists the team history and every
move), and its description (the alt text screen readers read) says what it shows in words.
Nothing to draw, nothing attached: a person with neither a team on record nor a story with a
season would get an empty timeline, and a team season with no moves an empty middle, which show
a fan nothing the text has not already said ("No transfer news is stored").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date

from bot.domain.names import fold
from bot.domain.seasons import format_range
from bot.domain.text import shorten
from bot.pictures import CareerChart, Chart, RenderKey, Side, TeamSeasonChart, content_version
from bot.presentation.answer import Answer, Picture
from bot.presentation.pictures import career_chart, team_season_chart
from bot.services.ask import Answered, PersonView, TeamView
from bot.services.pictures import Painter

log = logging.getLogger(__name__)

# Discord's limit on an attachment's description.
DESCRIPTION_MAX = 1024
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class PicturePlan:
    """What to draw for an answer, under which cache key, file name and description."""

    chart: Chart
    key: RenderKey
    filename: str
    description: str


def slug(name: str, limit: int = 60) -> str:
    """An ASCII file-name part: 'Michael Mørkøv' -> 'michael-morkov'."""
    return _NOT_SLUG.sub("-", fold(name)).strip("-")[:limit].strip("-")


def picture_plan(result: Answered, today: date) -> PicturePlan | None:
    """The picture that goes with `result` as of `today`, or None when there is nothing to draw."""
    if isinstance(result, PersonView):
        career = career_chart(result, today)
        if not career.spells and not career.stories:
            return None
        p = result.person
        name = "-".join(
            x for x in ("career", slug(p.name) or str(p.id), str(result.season or "")) if x
        )
        key = RenderKey("career", p.id, result.season, content_version(career))
        return PicturePlan(career, key, f"{name}.png", career_description(career))
    if isinstance(result, TeamView):
        team = team_season_chart(result, today)
        if not team.moves:
            return None
        t = result.team
        name = f"team-{slug(t.key) or t.id}-{result.season}"
        key = RenderKey("team-season", t.id, result.season, content_version(team))
        return PicturePlan(team, key, f"{name}.png", team_description(team))
    return None


def subject(result: Answered) -> tuple[str, int, int | None] | None:
    """What the picture of `result` would be of: (kind, entity id, season), as in its key."""
    if isinstance(result, PersonView):
        return ("career", result.person.id, result.season)
    if isinstance(result, TeamView):
        return ("team-season", result.team.id, result.season)
    return None


async def illustrate(answer: Answer, result: Answered, painter: Painter, today: date) -> Answer:
    """`answer` with its picture attached; as it is when there is none or drawing it failed."""
    about = subject(result)
    if about is None or not painter.may_draw(*about):
        return answer
    plan = picture_plan(result, today)
    if plan is None:
        return answer
    png = await painter.paint(plan.key, plan.chart)
    if png is None:
        return answer
    return replace(answer, picture=Picture(plan.filename, png, plan.description))


def career_description(chart: CareerChart) -> str:
    """The career timeline in words, within Discord's limit for a description."""
    spells = [
        f"{format_range(s.first, s.last)} {s.team_name}" + (f" ({s.role})" if s.staff else "")
        for s in chart.spells
    ]
    stories = [f"{m.season} {m.label} ({m.status.value})" for m in chart.stories]
    text = f"Career timeline of {chart.name}"
    text += f": {'; '.join(spells)}." if spells else ": no team on record."
    if stories:
        text += f" Stories: {'; '.join(stories)}."
    return shorten(text, DESCRIPTION_MAX)


_SIDES = ((Side.IN, "arrivals"), (Side.OUT, "departures"), (Side.STAY, "staying"))


def team_description(chart: TeamSeasonChart) -> str:
    """The team's ins and outs in words, within Discord's limit for a description."""
    parts = []
    for side, words in _SIDES:
        moves = [m for m in chart.moves if m.side is side]
        if not moves:
            continue
        lines = []
        for m in moves:
            where = {Side.IN: " from ", Side.OUT: " to "}.get(m.side, "")
            line = m.person + (f"{where}{m.other_team}" if m.other_team and where else "")
            line += f", {m.note}" if m.note else ""
            lines.append(f"{line} ({m.status.value})")
        parts.append(f"{len(moves)} {words}: {'; '.join(lines)}")
    text = f"Ins and outs of {chart.team_name} for {chart.season}"
    text += (". " + ". ".join(parts) + ".") if parts else ": no moves stored."
    return shorten(text, DESCRIPTION_MAX)
