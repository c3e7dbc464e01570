"""A person's or a team's stories as a short, sourced answer in plain English. Deterministic."""

from __future__ import annotations

from bot.domain.models import (
    Claim,
    ClaimKind,
    Person,
    Source,
    SourceRole,
    Status,
    Team,
)
from bot.domain.seasons import format_range
from bot.domain.story import team_name, what_happened
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section
from bot.presentation.flags import flag
from bot.presentation.formats import fmt_date, short_date
from bot.presentation.lookup import choose, not_found
from bot.presentation.pages import page_key
from bot.presentation.registry import (
    career_lines,
    career_sources,
    fields,
    footer_attribution,
    last_team,
    person_registry_lines,
    person_role,
    team_registry_lines,
    team_registry_sections,
    team_sources,
)
from bot.services.ask import PersonView, TeamView
from bot.services.resolver import Ambiguous, NoMatch

FIELD_LIMIT = 1024
STATUS_ICON = {
    Status.RUMOUR: "💬",
    Status.REPORTED: "📰",
    Status.CONFIRMED: "☑️",
    Status.OFFICIAL: "✅",
    Status.DENIED: "❌",
    Status.RETRACTED: "🚫",
}


def _md(text: str) -> str:
    return escape_markdown(text)


def _first_with(claim: Claim, wanted: Status) -> Source | None:
    for s in claim.sources:  # sources come ordered by publication date
        if s.status is wanted:
            return s
    return None


def status_phrase(claim: Claim) -> str:
    """'official since 4 October 2023, first reported by AD' and the like."""
    if claim.status is Status.RETRACTED:
        return f"retracted by the moderators ({claim.retracted_reason})"
    parts = []
    hit = _first_with(claim, claim.status)
    if claim.status is Status.DENIED and hit:
        parts.append(f"denied by {hit.report.outlet} on {fmt_date(hit.report.published)}")
    elif hit:
        parts.append(f"{claim.status.value} since {fmt_date(hit.report.published)}")
    else:
        parts.append(claim.status.value)
    if claim.sources and claim.status is not Status.DENIED:
        first = next((s for s in claim.sources if s.role is SourceRole.BROKE), claim.sources[0])
        if first is not hit:
            who = first.report.outlet
            if first.report.journalist:
                who += f" ({first.report.journalist})"
            parts.append(f"first reported by {who}")
    return ", ".join(parts)


def source_line(s: Source, reports_by_id: dict[int, str] | None = None) -> str:
    r = s.report
    outlet = _md(r.outlet)
    head = f"[{outlet}]({r.url})" if r.url else outlet
    bits = [head]
    if r.journalist:
        bits.append(_md(r.journalist))
    bits.append(short_date(r.published))
    line = " · ".join(bits) + f" — {s.role.label}"
    if s.status is not Status.REPORTED and s.role.value != s.status.value:
        line += f" ({s.status.value})"
    if r.credited_by and reports_by_id and r.credited_by in reports_by_id:
        line += f", credited by {_md(reports_by_id[r.credited_by])}"
    return "• " + line


def _claim_section(
    claim: Claim,
    subject: str,
    teams: dict[int, Team],
    people: dict[int, Person],
    linked: dict[int, Claim],
) -> Section:
    season = f"{claim.season} · " if claim.season else ""
    icon = STATUS_ICON[claim.status]
    name = f"{season}{claim.kind.label.capitalize()} · {icon} {claim.status.label}"
    lines = [_md(what_happened(claim, subject, teams)) + "."]
    if claim.contract_end and claim.kind is not ClaimKind.CONTRACT_EXTENSION:
        lines[0] = lines[0][:-1] + f", contract until {claim.contract_end}."
    if claim.status is Status.RETRACTED and claim.retracted_reason:
        lines.append(f"🚫 Retracted: {_md(claim.retracted_reason)}")
    if claim.summary:
        lines.append(f"*{_md(claim.summary)}*")
    together = [
        f"{_md(people[c.person_id].name)} ({c.kind.label})"
        for cid in claim.linked_ids
        if (c := linked.get(cid)) and c.person_id in people and c.person_id != claim.person_id
    ]
    if together:
        lines.append("Moving together: " + ", ".join(together))
    outlets = {s.report.id: s.report.outlet for s in claim.sources}
    src = [source_line(s, outlets) for s in reversed(claim.sources)]
    footer = f"ID {claim.id}"
    body = "\n".join(lines)
    # Keep the field within Discord's limit: drop the oldest sources first, say how many.
    for keep in range(len(src), -1, -1):
        extra = [] if keep == len(src) else [f"… and {len(src) - keep} more sources"]
        value = "\n".join(
            [body, "Sources:" if src else "No source stored.", *src[:keep], *extra, footer]
        )
        if len(value) <= FIELD_LIMIT:
            return Section(name, value)
    return Section(name, shorten(body, FIELD_LIMIT - len(footer) - 1) + "\n" + footer)


def _story_rank(claim: Claim) -> tuple[int, int, int, str]:
    # Newest season first; within it the best-established story headlines, and a retracted or
    # denied story never headlines if another exists.
    live = 0 if claim.status in (Status.RETRACTED, Status.DENIED) else 1
    return (claim.season or 0, live, claim.status.strength, claim.updated_at or "")


CAREER_SECTION = "Team history · team registry"


def person_answer(view: PersonView) -> Answer:
    """A person's stories, the leading one first, with every source; the team registry's
    career beside them, as registry data with its source."""
    p = view.person
    name = p.name
    who = [flag(p.nationality), p.nationality or "", person_role(view)]
    identity = " ".join(x for x in who[:2] if x)
    header = f"{identity} · {who[2]}" if identity else who[2]
    if (last := last_team(view)) is not None:
        header += f" · {last}"
    header += "\n" + "\n".join(person_registry_lines(view))
    attributed = footer_attribution(career_sources(view))
    claims = sorted(view.claims, key=_story_rank, reverse=True)
    if not claims:
        history = shorten("\n".join(career_lines(view)), FIELD_LIMIT)
        none = "No transfer news is stored" + (f" for {view.season}." if view.season else ".")
        return Answer(
            title=_md(name),
            description=f"{header}\n\n{none}",
            sections=(Section(CAREER_SECTION, history),) if history else (),
            footer="Mercato · facts with sources" + attributed,
            page_key=page_key(view),
        )
    lead = claims[0]
    first = _md(what_happened(lead, name, view.teams)) + ": " + _md(status_phrase(lead)) + "."
    sentences = [first]
    together = [
        view.people[c.person_id].name
        for cid in lead.linked_ids
        if (c := view.linked.get(cid)) and c.person_id in view.people and c.person_id != p.id
    ]
    if together:
        sentences.append("Moving with the same story: " + _md(", ".join(together)) + ".")
    if len(claims) > 1:
        nxt = claims[1]
        also = _md(what_happened(nxt, name, view.teams))
        more = f", and {len(claims) - 2} more below" if len(claims) > 2 else ""
        sentences.append(f"Also stored: {also} ({nxt.status.value}){more}.")
    sections = tuple(_claim_section(c, name, view.teams, view.people, view.linked) for c in claims)
    # Last, after the stories: the career the picture draws, so the text lacks nothing it shows.
    history = shorten("\n".join(career_lines(view)), FIELD_LIMIT)
    if history:
        sections += (Section(CAREER_SECTION, history),)
    return Answer(
        title=_md(name),
        description=f"{header}\n\n" + " ".join(sentences),
        sections=sections,
        footer="Mercato · newest first · IDs for moderators"
        + attributed
        + _more(len(claims), view.more),
        page_key=page_key(view),
    )


def _more(shown: int, more: bool) -> str:
    return f" · showing the newest {shown}; add season: for the others" if more else ""


_TEAM_GROUPS = ("Arrivals", "Departures", "Staff changes", "Retirements", "Staying")


def _team_group(claim: Claim, team_id: int) -> str:
    if claim.kind is ClaimKind.STAFF_MOVE:
        return "Staff changes"
    if claim.kind is ClaimKind.RETIREMENT:
        return "Retirements"
    if claim.kind in (ClaimKind.CONTRACT_EXTENSION, ClaimKind.RETIREMENT_POSTPONED):
        return "Staying"
    return "Arrivals" if claim.to_team_id == team_id else "Departures"


def _team_line(claim: Claim, view: TeamView) -> str:
    person = view.people.get(claim.person_id)
    who = _md(person.name) if person else "someone"
    icon = STATUS_ICON[claim.status]
    other = ""
    if claim.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE, ClaimKind.COMEBACK):
        if claim.to_team_id == view.team.id:
            frm = team_name(view.teams, claim.from_team_id, view.season - 1)
            other = f" from {_md(frm)}" if frm else ""
        else:
            to = team_name(view.teams, claim.to_team_id, view.season)
            other = f" to {_md(to)}" if to else ""
    elif claim.kind is ClaimKind.CONTRACT_EXTENSION and claim.contract_end:
        other = f" until {claim.contract_end}"
    n = len(claim.sources)
    latest = claim.sources[-1].report if claim.sources else None
    src = f"{n} source{'s' if n != 1 else ''}"
    if latest:
        src += f", latest {_md(latest.outlet)} {short_date(latest.published)}"
    return f"{icon} **{who}**{other} · {claim.status.label} · {src} · ID {claim.id}"


# Each heading's count in a sentence: (one, many).
_GROUP_WORDS = {
    "Arrivals": ("arrival", "arrivals"),
    "Departures": ("departure", "departures"),
    "Staff changes": ("staff change", "staff changes"),
    "Retirements": ("retirement", "retirements"),
    "Staying": ("staying", "staying"),
}


def _by_person(view: TeamView) -> list[tuple[Claim, list[Claim]]]:
    """Each person's leading story for the season and their others: one person, one heading.

    The lead is chosen as a person's answer chooses it (live first, then the strongest, then
    the newest), so /team and /transfer agree on where someone stands.
    """
    stories: dict[int, list[Claim]] = {}
    for c in view.claims:
        stories.setdefault(c.person_id, []).append(c)
    out = []
    for claims in stories.values():
        ranked = sorted(claims, key=_story_rank, reverse=True)
        out.append((ranked[0], ranked[1:]))
    out.sort(key=lambda lo: (-(lo[0].status.strength), lo[0].id))
    return out


def _also(others: list[Claim]) -> str:
    """' · also: retirement ☑️ ID 6' for a person's other stories this season."""
    if not others:
        return ""
    return " · also: " + ", ".join(
        f"{c.kind.label} {STATUS_ICON[c.status]} ID {c.id}" for c in others
    )


def _team_names(view: TeamView) -> str:
    """The lineage's names with their seasons, a name held over adjacent ranges said once."""
    merged: list[tuple[str, int, int | None]] = []
    for n in sorted(view.team.names, key=lambda n: n.first_season):
        if merged and merged[-1][0] == n.name and merged[-1][2] == n.first_season - 1:
            merged[-1] = (n.name, merged[-1][1], n.last_season)
        else:
            merged.append((n.name, n.first_season, n.last_season))
    return ", ".join(
        f"{_md(name)} ({format_range(first, last) if last else f'{first}–'})"
        for name, first, last in merged
    )


def team_answer(view: TeamView) -> Answer:
    """A team's season: arrivals, departures, staff changes, retirements, who stays; beside
    them the team registry's roster and the moves derived from it, with their source."""
    name = view.team.name_in(view.season)
    groups: dict[str, list[str]] = {g: [] for g in _TEAM_GROUPS}
    for lead, others in _by_person(view):
        groups[_team_group(lead, view.team.id)].append(_team_line(lead, view) + _also(others))
    counts = [
        f"{len(v)} {_GROUP_WORDS[k][0 if len(v) == 1 else 1]}" for k, v in groups.items() if v
    ]
    if counts:
        summary = f"For {view.season}, we hold " + ", ".join(counts) + "."
    else:
        summary = f"No transfer news is stored for {_md(name)} for {view.season}."
    lines = [
        *team_registry_lines(view, _md(name)),
        summary,
        f"Names of this team: {_team_names(view)}",
    ]
    sections: list[Section] = []
    for group, group_lines in groups.items():
        sections += fields(group, group_lines)
    sections += team_registry_sections(view)
    return Answer(
        title=f"{_md(name)} · {view.season}",
        description="\n".join(lines),
        sections=tuple(sections),
        footer="Mercato · status: ✅ official ☑️ confirmed 📰 reported 💬 rumour ❌ denied 🚫 retracted"
        + footer_attribution(team_sources(view))
        + _more(len(view.claims), view.more),
        page_key=page_key(view),
    )


def ask_answer(
    result: PersonView | TeamView | Ambiguous | NoMatch,
    command: str = "transfer",
    season: int | None = None,
) -> Answer:
    """The answer to /transfer or /team (`command`), whatever the question found."""
    match result:
        case PersonView():
            return person_answer(result)
        case TeamView():
            return team_answer(result)
        case Ambiguous():
            return choose(result, command, season)
    return not_found(result)
