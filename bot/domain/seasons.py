"""Seasons and the UCI transfer window."""

from __future__ import annotations

from datetime import date


def transfer_window_open(today: date) -> bool:
    """The window for next season's moves runs from 1 August to 31 December."""
    return today.month >= 8


def default_team_season(today: date) -> int:
    """The season a team question is about: next season during the window, else this one."""
    return today.year + 1 if transfer_window_open(today) else today.year


def inferred_season(kind: str, published: date) -> int:
    """The season a story published on `published` is most likely about, when none is given.

    A retirement is announced during the last season raced; any other move is for next
    season when announced in the transfer window, else for this one.
    """
    if kind == "retirement":
        return published.year
    return default_team_season(published)


def season_ranges(seasons: list[int]) -> list[tuple[int, int]]:
    """Collapse sorted seasons into consecutive (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for s in sorted(set(seasons)):
        if runs and s == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], s)
        else:
            runs.append((s, s))
    return runs


def format_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"
