"""A small Wikidata world about riders the bundled registry knows, in real entity JSON.

Used by the storage, sync and command line tests, so that a file import and a sync against the
double can be checked to give the same registry.
"""

from __future__ import annotations

from typing import Any

from tests.wikidata_double import entities as e

UAE, ASTANA, NEW_TEAM = "Q50", "Q60", "Q70"
POGACAR, VINOKOUROV, CHRISTEN, MOVER, NO_TEAMS = "Q100", "Q101", "Q102", "Q103", "Q104"
CONFLICT, NAMESAKE, CAVENDISH, WIDAR = "Q105", "Q106", "Q107", "Q108"
TEAM_MANAGER = "Q9001"


def uae_season(year: int) -> str:
    return f"Q50{year}"


def astana_season(year: int) -> str:
    return f"Q60{year}"


def new_team_season(year: int) -> str:
    return f"Q70{year}"


def teams() -> list[dict[str, Any]]:
    """Two lineages the registry holds (UAE, Astana) and one it does not."""
    out = [
        e.team(UAE, "UAE Team Emirates XRG", country="Q878", inception="1990"),
        e.team(ASTANA, "XDS Astana Team", country="Q232", inception="2007"),
        e.team(NEW_TEAM, "Brand New Cycling", category=e.PROTEAM, country="Q31",
               dissolved="2024-12-31"),
    ]  # fmt: skip
    for year in range(2019, 2026):
        name = "UAE Team Emirates XRG" if year == 2025 else "UAE Team Emirates"
        out.append(e.team_season(uae_season(year), UAE, year, name, country="Q878"))
    out.append(e.team_season(astana_season(2012), ASTANA, 2012, "Astana Pro Team"))
    out.append(
        e.team_season(astana_season(2013), ASTANA, 2013, "Astana Pro Team",
                      roster=[("P1037", VINOKOUROV, None)])
    )  # fmt: skip
    out.append(
        e.team_season(astana_season(2023), ASTANA, 2023, "Astana Qazaqstan Team",
                      roster=[("P1037", VINOKOUROV, None)])
    )  # fmt: skip
    for year in (2023, 2024):
        out.append(
            e.team_season(new_team_season(year), NEW_TEAM, year, "Brand New Cycling",
                          category=e.PROTEAM)
        )  # fmt: skip
    return out


def people() -> list[dict[str, Any]]:
    return [
        e.person(POGACAR, "Tadej Pogačar", born="1998-09-21", country="Q215",
                 teams=[(uae_season(y), "2019-01-01" if y == 2019 else None)
                        for y in range(2019, 2026)],
                 aliases={"en": ["Pogi"]}, pcs="tadej-pogacar"),
        e.person(VINOKOUROV, "Alexander Vinokourov", born="1973-09-16", country="Q232",
                 labels={"fr": "Alexandre Vinokourov"}, occupations=(e.CYCLIST, TEAM_MANAGER),
                 teams=[(astana_season(2012),)]),
        e.person(CHRISTEN, "Jan Christen", born="2004-06-26", country="Q39",
                 teams=[(uae_season(2024),), (uae_season(2025),)]),
        e.person(MOVER, "Mid Season Mover", born="1995-01-01",
                 teams=[(uae_season(2023), None, "2023-07-31"),
                        (new_team_season(2023), "2023-08-01"), (new_team_season(2024),)]),
        e.person(NO_TEAMS, "Nobody Onateam", born="1990-01-01"),
        e.person(CONFLICT, "Conflicted Dates", teams=[(uae_season(2021), "2021-09-01", "2021-03-01")]),
        e.person(NAMESAKE, "Aaron Murray Gate", teams=[(uae_season(2024),)]),
        e.person(CAVENDISH, "Mark Cavendish", born="1985-05-21", country="Q145",
                 teams=[(astana_season(2023),)]),
        e.person(WIDAR, "Jarno Widar", born="2005-11-27", country="Q31",
                 teams=[(uae_season(2024),), (uae_season(2025),)]),
    ]  # fmt: skip


def terms() -> list[dict[str, Any]]:
    return [
        e.country("Q215", "Slovenia", "SLO"),
        e.occupation(TEAM_MANAGER, "team manager"),
    ]


def everything() -> list[dict[str, Any]]:
    return [*people(), *terms(), *teams()]  # people first: the file's order must not matter
