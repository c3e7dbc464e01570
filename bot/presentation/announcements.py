"""What the bot posts by itself: a story as an announcement, the digest, transfer-window posts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.models import Claim, Person, Team
from bot.domain.schedule import WEEKLY
from bot.domain.story import what_happened
from bot.domain.text import escape_markdown, shorten
from bot.presentation.formats import fmt_local
from bot.presentation.payload import Payload
from bot.presentation.stories import STATUS_ICON, source_line, status_phrase

# A digest posted more than this after its slot says it is late.
LATE_AFTER = timedelta(minutes=15)
# One message: Discord allows 6000 characters per message across its embeds.
DIGEST_SECTIONS = 6
DIGEST_BUDGET = 4800
SECTION_MAX = 1024
OTHER_NEWS = "Other news"


def claim_payload(
    claim: Claim,
    people: dict[int, Person],
    teams: dict[int, Team],
    *,
    intro: str = "",
    mention_role_id: int | None = None,
) -> Payload:
    """One story as an announcement: what happened, how sure, the latest sources."""
    person = people.get(claim.person_id)
    name = person.name if person else "Someone"
    icon = STATUS_ICON[claim.status]
    title = shorten(f"{icon} {claim.status.label}: {what_happened(claim, name, teams)}", 256)
    lines = [x for x in (intro, escape_markdown(status_phrase(claim)) + ".") if x]
    if claim.summary:
        lines.append(f"*{escape_markdown(claim.summary)}*")
    latest = list(reversed(claim.sources))[:3]
    outlets = {s.report.id: s.report.outlet for s in claim.sources}
    sections: tuple[tuple[str, str], ...] = ()
    if latest:
        value = "\n".join(source_line(s, outlets) for s in latest)
        if len(claim.sources) > len(latest):
            value += f"\n… and {len(claim.sources) - len(latest)} more"
        sections = (("Sources", shorten(value, 1024)),)
    url = next((s.report.url for s in latest if s.report.url), None)
    return Payload(
        title=title,
        description="\n".join(lines),
        sections=sections,
        footer=f"Mercato · story ID {claim.id}",
        url=url,
        mention_role_id=mention_role_id,
    )


def follow_intro(label: str, by_dm: bool) -> str:
    """The first line of a post to someone who follows a person or team."""
    intro = f"News about {escape_markdown(label)}, which "
    return intro + ("you follow." if by_dm else "this channel follows.")


@dataclass(frozen=True, slots=True)
class Digest:
    """What one digest covers: its period, its stories and the names they need."""

    frequency: str | None
    zone: str
    post_empty: bool
    start: datetime
    end: datetime
    scheduled: datetime
    claims: list[Claim]
    teams: dict[int, Team]
    people: dict[int, Person]


def digest_payload(d: Digest) -> Payload | None:
    """The digest for (start, end] grouped by team; None when empty and not wanted."""
    label = "Weekly" if d.frequency == WEEKLY else "Daily"
    late = d.end - d.scheduled > LATE_AFTER
    late_note = (
        f"Sent late: the bot was offline at {fmt_local(d.scheduled, d.zone)}." if late else ""
    )
    if not d.claims:
        if not d.post_empty:
            return None
        text = f"No transfer news {'this week' if d.frequency == WEEKLY else 'today'}."
        return Payload(
            title=f"{label} transfer digest",
            description=" ".join(x for x in (text, late_note) if x),
            footer="Mercato digest",
        )
    sections, shown = _digest_sections(d)
    count = len(d.claims)
    summary = f"{count} {'story' if count == 1 else 'stories'} with news since {fmt_local(d.start, d.zone)}."
    if shown < count:
        summary += f" Showing {shown}; ask /transfer or /team for the rest."
    return Payload(
        title=f"{label} transfer digest",
        description=" ".join(x for x in (summary, late_note) if x),
        sections=tuple(sections),
        footer="Mercato digest · ✅ official ☑️ confirmed 📰 reported 💬 rumour",
    )


def _digest_sections(d: Digest) -> tuple[list[tuple[str, str]], int]:
    """The digest's stories grouped by team, as much as one message holds; and how many."""
    groups: dict[str, list[str]] = {}
    for c in sorted(d.claims, key=lambda c: (-c.status.strength, c.id)):
        team_id = c.to_team_id or c.from_team_id
        season = c.season if c.to_team_id else ((c.season - 1) if c.season else None)
        group = d.teams[team_id].name_in(season) if team_id in d.teams else OTHER_NEWS
        who = d.people[c.person_id].name if c.person_id in d.people else "Someone"
        groups.setdefault(group, []).append(_claim_line(c, who, d.teams))
    sections: list[tuple[str, str]] = []
    used, shown = 0, 0
    for group in sorted(groups, key=lambda g: (g == OTHER_NEWS, g.lower())):
        lines: list[str] = []
        for line in groups[group]:
            candidate = "\n".join([*lines, line])
            if len(candidate) > SECTION_MAX or used + len(candidate) + len(group) > DIGEST_BUDGET:
                break
            lines.append(line)
        if not lines or len(sections) >= DIGEST_SECTIONS:
            break
        value = "\n".join(lines)
        sections.append((shorten(escape_markdown(group), 256), value))
        used += len(value) + len(group)
        shown += len(lines)
    return sections, shown


def _claim_line(claim: Claim, name: str, teams: dict[int, Team]) -> str:
    n = len(claim.sources)
    src = f"{n} source{'s' if n != 1 else ''}"
    text = escape_markdown(what_happened(claim, name, teams))
    return f"{STATUS_ICON[claim.status]} {text} · {claim.status.label} · {src} · ID {claim.id}"


def window_payload(event: str, year: int) -> Payload:
    """The post when the transfer window opens ('open') or is about to close ('closing')."""
    if event == "open":
        return Payload(
            title="🔔 The transfer window is open",
            description=(
                f"From 1 August {year}, teams may announce riders and staff for {year + 1}."
                " Expect the official announcements to come thick and fast; ask /transfer or"
                " /team to see where everyone stands."
            ),
            footer="Mercato · transfer window",
        )
    return Payload(
        title="⏳ The transfer window closes on 31 December",
        description=(
            f"Last days to announce moves for {year + 1}. Stories still marked rumour or reported"
            " may be settled before the new season; /team shows each team's arrivals and departures."
        ),
        footer="Mercato · transfer window",
    )
