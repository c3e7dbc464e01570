"""Page keys: what a page button carries to rebuild its answer ("person:12", "team:3:2025").

The key holds the season the first page showed, so page 2 shows the same season as page 1 did.
"""

from __future__ import annotations

from bot.domain.text import is_number
from bot.services.ask import PersonView, ShowPerson, ShowTeam, TeamView


def page_key(view: PersonView | TeamView) -> str:
    """The key that rebuilds `view`'s answer."""
    if isinstance(view, TeamView):
        return f"team:{view.team.id}:{view.season}"
    return f"person:{view.person.id}" + (f":{view.season}" if view.season else "")


def page_request(key: str, guild_id: int | None) -> ShowPerson | ShowTeam | None:
    """The request a page key stands for, or None for anything a button cannot carry."""
    kind, _, rest = key.partition(":")
    raw_id, _, raw_season = rest.partition(":")
    if not (is_number(raw_id) and len(raw_id) < 19) or (raw_season and not is_number(raw_season)):
        return None
    season = int(raw_season) if raw_season else None
    if kind == "person":
        return ShowPerson(int(raw_id), guild_id, season)
    if kind == "team" and season is not None:
        return ShowTeam(int(raw_id), guild_id, season)
    return None
