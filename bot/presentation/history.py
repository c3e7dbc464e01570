"""/history in words: who changed what and when, with names and whole links, never ids of rows
or column names."""

from __future__ import annotations

from typing import Any

from bot.domain.models import ClaimKind, SourceRole, Status, Team
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section
from bot.services.moderation import HistoryView
from bot.storage.audit import AuditEntry

SHOWN = 40  # entries shown; the description counts them all

# A stored fact, as a moderator calls it.
_FIELDS = {
    "kind": "kind",
    "from_team_id": "team left",
    "to_team_id": "team joined",
    "season": "season",
    "contract_end": "contract end",
    "status": "status",
    "summary": "summary",
    "retracted_reason": "reason",
    "guild_id": "visible in",
}


def history_answer(view: HistoryView) -> Answer:
    """Every recorded change, newest first, in as many sections as it takes."""
    lines = [_line(e, view) for e in view.entries[:SHOWN]]
    if not lines:
        lines = ["No changes recorded by moderators; the facts come from the bundled data."]
    sections: list[Section] = []
    chunk: list[str] = []
    for line in lines:
        if chunk and len("\n".join([*chunk, line])) > 1000:
            sections.append(Section(_heading(sections), "\n".join(chunk)))
            chunk = []
        chunk.append(shorten(line, 1000))
    sections.append(Section(_heading(sections), "\n".join(chunk)))
    more = f" The latest {SHOWN} are shown." if len(view.entries) > SHOWN else ""
    n = len(view.entries)
    return Answer(
        title=f"History: {escape_markdown(view.person.name if view.person else view.name)}",
        description=f"{n} recorded change{'' if n == 1 else 's'}, newest first.{more}",
        sections=tuple(sections),
        ephemeral=True,
    )


def _heading(sections: list[Section]) -> str:
    return "Changes" if not sections else "Changes (cont.)"


def _line(e: AuditEntry, view: HistoryView) -> str:
    when = e.at.replace("T", " ").removesuffix("Z")[:16] + " UTC"
    who = escape_markdown(e.actor_name or "system")
    return f"`{when}` **{who}** {_what(e, view)}"


def _what(e: AuditEntry, view: HistoryView) -> str:
    new, old = e.new_values or {}, e.old_values or {}
    story = f"story ID {e.entity_id}"
    match e.action, e.entity:
        case "create", "claim":
            return f"created {story}: {_story(new, view)}; source: {_source(new, view)}"
        case "add_source", "claim":
            changed = _changes(old, new, view)
            return f"added a source to {story}: {_source(new, view)}" + (
                f"; {changed}" if changed else ""
            )
        case "update", "claim":
            return f"corrected {story}: {_changes(old, new, view)}"
        case "retract", "claim":
            was = _value("status", old.get("status"), new, view)
            return f"retracted {story} (it was {was}): {_quoted(new.get('retracted_reason'))}"
        case "merge", "claim" if "merged_into" in new:
            return f"merged {story} into story ID {new['merged_into']}, the same story"
        case "merge", "claim":
            moved = new.get("moved", 0)
            changed = _changes(old, new, view)
            return (
                f"merged story ID {new.get('merged_from')} into {story}: {moved} "
                f"source{'' if moved == 1 else 's'} moved" + (f"; {changed}" if changed else "")
            )
        case "promote", "claim":
            return f"made {story} visible in every server"
        case "create", "report":
            return f"recorded a source: {_report(new, e.entity_id, view)}"
        case "create", "person":
            return f"created the person {_person(new)}"
    subject = f"{e.entity} {e.entity_id}" if e.entity_id else e.entity
    changed = _changes(old, new, view)
    return f"{e.action.replace('_', ' ')} {subject}" + (f": {changed}" if changed else "")


def _story(values: dict[str, Any], view: HistoryView) -> str:
    """'transfer from A to B for 2025, contract until 2027, rumour'."""
    words = [_value("kind", values.get("kind"), values, view)]
    if values.get("from_team_id"):
        words.append(f"from {_value('from_team_id', values['from_team_id'], values, view)}")
    if values.get("to_team_id"):
        words.append(f"to {_value('to_team_id', values['to_team_id'], values, view)}")
    if values.get("season"):
        words.append(f"for {values['season']}")
    text = " ".join(words)
    if values.get("contract_end"):
        text += f", contract until {values['contract_end']}"
    return f"{text}, {_value('status', values.get('status'), values, view)}"


def _source(values: dict[str, Any], view: HistoryView) -> str:
    """The source a claim entry cites: its outlet and whole link, and the role it plays."""
    rid = values.get("report_id")
    found = view.sources.get(rid) if isinstance(rid, int) else None
    if found is None:
        return "not recorded"
    outlet, url = found
    text = escape_markdown(outlet) + (f" <{url}>" if url else "")
    role = values.get("source_role")
    return text + (f" ({_role(role)})" if role else "")


def _report(values: dict[str, Any], report_id: int | None, view: HistoryView) -> str:
    outlet = escape_markdown(str(values.get("outlet") or "?"))
    if values.get("journalist"):
        outlet += f" · {escape_markdown(str(values['journalist']))}"
    if values.get("published"):
        outlet += f" · {values['published']}"
    if values.get("url"):
        return f"{outlet} <{values['url']}>"
    if values.get("credited_by"):
        by = view.sources.get(values["credited_by"])
        return f"{outlet}, credited with breaking the story" + (
            f" by {escape_markdown(by[0])}" if by else ""
        )
    return outlet


def _person(values: dict[str, Any]) -> str:
    details = [str(values.get("role") or "").replace("_", " ")]
    if values.get("nationality"):
        details.append(str(values["nationality"]))
    where = "this server only" if values.get("guild_id") else "every server"
    name = escape_markdown(str(values.get("name") or "?"))
    return f"{name} ({', '.join(d for d in details if d)}), visible in {where}"


def _changes(old: dict[str, Any], new: dict[str, Any], view: HistoryView) -> str:
    """'season 2025 → 2026; team joined Cofidis → Movistar Team' for the facts that changed."""
    keys = [k for k in old if k in new and old[k] != new[k]] or [
        k for k in new if k not in old and k in _FIELDS
    ]
    parts = []
    for k in keys:
        after = _value(k, new.get(k), new, view)
        if k in old:
            parts.append(f"{_FIELDS.get(k, k)} {_value(k, old[k], old | new, view)} → {after}")
        else:
            parts.append(f"{_FIELDS.get(k, k)} {after}")
    return "; ".join(parts)


def _value(key: str, value: Any, values: dict[str, Any], view: HistoryView) -> str:
    """A stored value in words: a team by its name that season, a status by its label."""
    if key == "guild_id":
        return "this server only" if value else "every server"
    if value is None or value == "":
        return "none"
    if key in ("from_team_id", "to_team_id") and isinstance(value, int):
        return _team(view.teams.get(value), key, values.get("season"))
    if key == "status" and value in Status._value2member_map_:
        return Status(value).label.lower()
    if key == "kind" and value in ClaimKind._value2member_map_:
        return ClaimKind(value).label
    if key in ("summary", "retracted_reason"):
        return _quoted(value)
    return escape_markdown(shorten(str(value), 120))


def _team(team: Team | None, key: str, season: Any) -> str:
    if team is None:
        return "a team no longer stored"
    year = season if isinstance(season, int) else None
    if key == "from_team_id" and year:
        year -= 1  # the team left is named as it was in the season before
    return escape_markdown(team.name_in(year))


def _role(value: Any) -> str:
    return SourceRole(value).label if value in SourceRole._value2member_map_ else str(value)


def _quoted(value: Any) -> str:
    return f"“{escape_markdown(shorten(str(value or ''), 200))}”"
