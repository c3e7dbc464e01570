"""A person's or a team's stories as a short, sourced answer in plain English. Deterministic."""

from __future__ import annotations

from bot.domain.models import (
    Claim,
    ClaimKind,
    Membership,
    Person,
    Source,
    SourceRole,
    Status,
    Team,
)
from bot.domain.seasons import format_range, season_ranges
from bot.domain.story import team_name, what_happened
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section
from bot.presentation.flags import flag
from bot.presentation.formats import fmt_date, short_date
from bot.presentation.lookup import choose, not_found
from bot.presentation.pages import page_key
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


def person_answer(view: PersonView) -> Answer:
    """A person's stories, the leading one first, with every source."""
    p = view.person
    name = p.name
    current = max(view.memberships, key=lambda m: m.season, default=None)
    who = [flag(p.nationality), p.nationality or "", p.role.label.capitalize()]
    identity = " ".join(x for x in who[:2] if x)
    header = f"{identity} · {who[2]}" if identity else who[2]
    if current is not None:
        header += f" · last team we hold: {_md(view.teams[current.team_id].name_in(current.season))} ({current.season})"
    claims = sorted(view.claims, key=_story_rank, reverse=True)
    if not claims:
        history = _team_history(view.memberships, view.teams)
        none = "No transfer news is stored" + (f" for {view.season}." if view.season else ".")
        return Answer(
            title=_md(name),
            description=f"{header}\n\n{none}",
            sections=(Section("Team history we hold", history),) if history else (),
            footer="Mercato · facts with sources",
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
    history = _team_history(view.memberships, view.teams)
    if history:
        sections += (Section("Team history we hold", history),)
    return Answer(
        title=_md(name),
        description=f"{header}\n\n" + " ".join(sentences),
        sections=sections,
        footer="Mercato · newest first · IDs for moderators" + _more(len(claims), view.more),
        page_key=page_key(view),
    )


def _more(shown: int, more: bool) -> str:
    return f" · showing the newest {shown}; add season: for the others" if more else ""


def _team_history(memberships: list[Membership], teams: dict[int, Team]) -> str:
    by_name: list[tuple[int, int, str]] = []
    seasons_by_team: dict[tuple[int, str], list[int]] = {}
    for m in memberships:
        if m.team_id in teams:
            role = m.role.strip().lower()
            tname = teams[m.team_id].name_in(m.season)
            tname += f" ({role})" if role not in ("", "rider") else ""  # staff, as drawn apart
            seasons_by_team.setdefault((m.team_id, tname), []).append(m.season)
    for (_, tname), seasons in seasons_by_team.items():
        for first, last in season_ranges(seasons):
            by_name.append((first, last, tname))
    lines = [f"{format_range(a, b)} {_md(n)}" for a, b, n in sorted(by_name, reverse=True)]
    return shorten("\n".join(lines), FIELD_LIMIT)


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


def team_answer(view: TeamView) -> Answer:
    """A team's season: arrivals, departures, staff changes, retirements, who stays."""
    name = view.team.name_in(view.season)
    groups: dict[str, list[str]] = {g: [] for g in _TEAM_GROUPS}
    for c in sorted(view.claims, key=lambda c: (-(c.status.strength), c.id)):
        groups[_team_group(c, view.team.id)].append(_team_line(c, view))
    counts = [f"{len(v)} {k.lower()}" for k, v in groups.items() if v]
    names = ", ".join(
        f"{_md(n.name)} ({format_range(n.first_season, n.last_season) if n.last_season else f'{n.first_season}–'})"
        for n in view.team.names
    )
    if counts:
        summary = f"For {view.season}, we hold " + ", ".join(counts) + "."
    else:
        summary = f"No transfer news is stored for {_md(name)} for {view.season}."
    sections: list[Section] = []
    for group, lines in groups.items():
        chunk: list[str] = []
        part = 1
        for line in lines:
            if len("\n".join([*chunk, line])) > FIELD_LIMIT:
                sections.append(
                    Section(group if part == 1 else f"{group} (cont.)", "\n".join(chunk))
                )
                chunk, part = [], part + 1
            chunk.append(line)
        if chunk:
            sections.append(Section(group if part == 1 else f"{group} (cont.)", "\n".join(chunk)))
    return Answer(
        title=f"{_md(name)} · {view.season}",
        description=f"{summary}\nNames of this team: {names}",
        sections=tuple(sections),
        footer="Mercato · status: ✅ official ☑️ confirmed 📰 reported 💬 rumour ❌ denied 🚫 retracted"
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
