"""Pictures for the answers: a career timeline and a team's ins and outs, as PNG bytes.

Pure drawing: plain chart values in, PNG bytes out, no Discord and no I/O beyond reading the
bundled font. bot/presentation/pictures.py makes the charts from the answers' views; cache.py
keeps recent renders.
"""

from __future__ import annotations

from bot.pictures.cache import RenderCache, RenderKey, content_version
from bot.pictures.canvas import warm as _warm_glyphs
from bot.pictures.career import render_career
from bot.pictures.model import CareerChart, Move, Side, Spell, StoryMark, TeamSeasonChart
from bot.pictures.team import render_team_season

Chart = CareerChart | TeamSeasonChart


def render(chart: Chart) -> bytes:
    """Draw either kind of chart as PNG bytes."""
    if isinstance(chart, CareerChart):
        return render_career(chart)
    return render_team_season(chart)


def warm() -> None:
    """Load the fonts, the common glyphs, the legend and the status shapes: what every picture
    uses, so that the first fan's picture is drawn as fast as the next."""
    _warm_glyphs()
    render(CareerChart("Mercato", "warming up", (), (), 2000, "", ""))


__all__ = [
    "CareerChart",
    "Chart",
    "Move",
    "RenderCache",
    "RenderKey",
    "Side",
    "Spell",
    "StoryMark",
    "TeamSeasonChart",
    "content_version",
    "render",
    "render_career",
    "render_team_season",
    "warm",
]
