"""The team registry in words: careers, rosters and the moves it shows, always with their source.

Registry data is shown as registry data (no status, no story ID) and says where it comes from
and what that source covers; never as a news story.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.domain.provenance import attribution, coverage, source_names
from bot.domain.seasons import format_range
from bot.domain.text import escape_markdown
from bot.presentation.answer import Section
from bot.presentation.formats import fmt_date
from bot.services.ask import PersonView, TeamView
from bot.services.registry_facts import RegistryMove
from bot.storage.registry import CareerLine, RosterLine

FIELD_LIMIT = 1024
RIDER = "rider"


def role_label(role: str) -> str:
    """'directeur_sportif' -> 'directeur sportif'."""
    return role.replace("_", " ")


def _day(iso: str | None) -> str | None:
    """An ISO date at the source's precision in words ('1 August 2023'; '2023-08' as is)."""
    if not iso:
        return None
    try:
        return fmt_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _starts_late(line: CareerLine | RosterLine) -> bool:
    return bool(line.start_date) and not str(line.start_date).endswith("-01-01")


def _ends_early(line: CareerLine | RosterLine) -> bool:
    return bool(line.end_date) and not str(line.end_date).endswith("-12-31")


def career_sources(view: PersonView) -> set[str]:
    """Every source that states a season of the person's career."""
    return {s for c in view.career for s in c.provenance.sources}


def _spells(career: list[CareerLine]) -> list[list[CareerLine]]:
    """Consecutive seasons in one team under one name and role, oldest first."""
    spells: list[list[CareerLine]] = []
    for line in career:
        last = spells[-1][-1] if spells else None
        same = last is not None and (last.team_id, last.team_name, last.role) == (
            line.team_id,
            line.team_name,
            line.role,
        )
        if same and last is not None and line.season == last.season + 1:
            spells[-1].append(line)
        else:
            spells.append([line])
    return spells


def career_lines(view: PersonView) -> list[str]:
    """'UAE Team Emirates 2019–2024', 'UAE Team Emirates XRG 2025–': the team spells, each named
    as in its seasons, with the role when it is not a rider's and dates within a season."""
    out = []
    for spell in _spells(view.career):
        first, last = spell[0], spell[-1]
        still = last.season == view.newest_season and not _ends_early(last)
        seasons = f"{first.season}–" if still else format_range(first.season, last.season)
        bits = [f"{escape_markdown(first.team_name)} {seasons}"]
        if first.role != RIDER:
            bits.append(f"({role_label(first.role)})")
        if _starts_late(first):
            bits.append(f"from {_day(first.start_date)}")
        if _ends_early(last):
            bits.append(f"until {_day(last.end_date)}")
        out.append(" ".join(bits))
    return out


def move_line(move: RegistryMove) -> str:
    """'Joined Red Bull–BORA–hansgrohe for 2026, from Soudal Quick-Step (team registry:
    Wikidata).'"""
    to = escape_markdown(move.to_team or "")
    when = f"on {_day(move.on)}" if move.on else f"for {move.season}"
    role = f" as {role_label(move.role)}" if move.role != RIDER else ""
    frm = f", from {escape_markdown(move.from_team)}" if move.from_team else ""
    return f"Joined {to} {when}{role}{frm} (team registry: {source_names(move.sources)})."


def person_registry_lines(view: PersonView) -> list[str]:
    """Where the team history comes from and what it covers; the move into the newest season;
    'no team recorded after 2024'."""
    if not view.career:
        return ["No team is recorded for this person in the team registry."]
    sources = career_sources(view)
    lines = [f"Team history from {coverage(sources)}."]
    if view.registry_move is not None:
        lines.append(move_line(view.registry_move))
    last = view.career[-1].season
    if view.newest_season is not None and last < view.newest_season:
        lines.append(f"No team recorded after {last} (team registry: {source_names(sources)}).")
    return lines


def person_role(view: PersonView) -> str:
    """The person's role; a rider's latest season in a staff role shows that role instead (a
    team boss is not called a rider)."""
    rider = view.person.role.value == RIDER
    if rider and view.career and view.career[-1].role != RIDER:
        return role_label(view.career[-1].role).capitalize()
    return view.person.role.label.capitalize()


def last_team(view: PersonView) -> str | None:
    """'last team recorded: Astana Qazaqstan Team (2024)', named as in that season."""
    if not view.career:
        return None
    line = view.career[-1]
    return f"last team recorded: {escape_markdown(line.team_name)} ({line.season})"


def footer_attribution(sources: Iterable[str]) -> str:
    """' · team registry: Wikidata (CC0), LeTourDataSet (MIT)' for the sources shown, or ''."""
    text = attribution(sources)
    return f" · {text}" if text else ""


def fields(name: str, lines: list[str], sep: str = "\n") -> list[Section]:
    """`lines` under `name`, split into as many fields as Discord's limit needs."""
    out: list[Section] = []
    chunk: list[str] = []
    for line in lines:
        if chunk and len(sep.join([*chunk, line])) > FIELD_LIMIT:
            out.append(Section(name if not out else f"{name} (cont.)", sep.join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        out.append(Section(name if not out else f"{name} (cont.)", sep.join(chunk)))
    return out


def team_sources(view: TeamView) -> set[str]:
    """Every source behind the registry data a team answer shows."""
    found = {s for r in view.roster for s in r.provenance.sources}
    found |= {s for m in (*view.arrivals, *view.departures) for s in m.sources}
    return found


def _roster_name(r: RosterLine) -> str:
    bits = [escape_markdown(r.name)]
    if r.role != RIDER:
        bits.append(f"({role_label(r.role)})")
    if _starts_late(r):
        bits.append(f"from {_day(r.start_date)}")
    if _ends_early(r):
        bits.append(f"until {_day(r.end_date)}")
    return " ".join(bits)


def _arrival(m: RegistryMove) -> str:
    who = escape_markdown(m.name) + (f" ({role_label(m.role)})" if m.role != RIDER else "")
    frm = f"from {escape_markdown(m.from_team)}" if m.from_team else "no team recorded before"
    return f"{who} {frm}"


def _departure(m: RegistryMove) -> str:
    who = escape_markdown(m.name) + (f" ({role_label(m.role)})" if m.role != RIDER else "")
    to = f"to {escape_markdown(m.to_team)}" if m.to_team else f"no team recorded for {m.season}"
    return f"{who} {to}"


def team_registry_sections(view: TeamView) -> list[Section]:
    """The arrivals and departures derived from the registry, then the riders and the staff."""
    out: list[Section] = []
    for title, moves, words in (
        ("Arrivals", view.arrivals, _arrival),
        ("Departures", view.departures, _departure),
    ):
        if moves:
            src = source_names(s for m in moves for s in m.sources)
            out += fields(f"{title} · team registry ({src})", [words(m) for m in moves])
    riders = [r for r in view.roster if r.role == RIDER]
    staff = [r for r in view.roster if r.role != RIDER]
    for title, people in (("Riders", riders), ("Staff", staff)):
        if people:
            src = source_names(s for r in people for s in r.provenance.sources)
            name = f"{title} ({len(people)}) · team registry ({src})"
            out += fields(name, [_roster_name(r) for r in people], ", ")
    return out


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def team_registry_lines(view: TeamView, name: str) -> list[str]:
    """Which season is shown and why, whether the team ended, and what the roster holds."""
    lines = []
    span = view.span
    ended = span is not None and span.last_season is not None
    src = source_names(span.provenance.sources) if span is not None else ""
    if view.asked is not None:
        if ended and span is not None and view.asked > (span.last_season or view.asked):
            lines.append(
                f"{name} ended after {span.last_season} (team registry: {src}): showing "
                f"{view.season}, the latest season we hold."
            )
        else:
            what = " and ".join(
                w for w, has in (("news", view.claims), ("a roster", view.roster)) if has
            )
            lines.append(
                f"Nothing is stored for {view.asked} yet: showing {view.season}, the latest "
                f"season we hold {what} for."
            )
    elif ended and span is not None:
        lines.append(f"{name} ended after {span.last_season} (team registry: {src}).")
    if view.roster:
        riders = sum(1 for r in view.roster if r.role == RIDER)
        staff = len(view.roster) - riders
        held = [_count(riders, "rider", "riders")] if riders else []
        held += [_count(staff, "staff member", "staff members")] if staff else []
        lines.append(
            f"Roster for {view.season} in the team registry: {', '.join(held)}, from "
            f"{coverage(s for r in view.roster for s in r.provenance.sources)}."
        )
    return lines
