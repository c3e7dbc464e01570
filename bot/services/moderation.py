"""Moderator use cases shared by both adapters: options in, validated drafts and answers out."""

from __future__ import annotations

from typing import Any

from bot.domain.errors import InvalidInput
from bot.domain.models import EntityKind
from bot.domain.text import escape_markdown, is_number, shorten
from bot.presentation.answer import Answer, Section, Tone
from bot.presentation.formats import fmt_date
from bot.services.container import Services
from bot.services.news import AddResult, NewsDraft
from bot.services.resolver import Scope
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.audit import Actor


def resolve_one(
    s: Services, raw: str | None, field: str, kind: EntityKind, guild_id: int | None
) -> int:
    """Resolve a name option to exactly one entity, or fail naming the field."""
    return s.resolver.pick_one(raw, Scope(guild_id, frozenset({kind}), field)).id


def _year(options: dict[str, Any], key: str) -> int | None:
    raw = options.get(key)
    if raw is None or raw == "":
        return None
    if isinstance(raw, int):
        return raw
    if not is_number(str(raw).strip()):
        raise InvalidInput(key, "must be a year like 2024")
    return int(str(raw).strip())


async def draft_from_options(s: Services, o: dict[str, Any], actor: Actor) -> NewsDraft:
    guild = actor.guild_id
    person_id = resolve_one(s, o.get("person"), "person", EntityKind.PERSON, guild)
    to_team = (
        resolve_one(s, o["to_team"], "to_team", EntityKind.TEAM, guild)
        if o.get("to_team")
        else None
    )
    from_team: int | None
    if o.get("from_team"):
        from_team = resolve_one(s, o["from_team"], "from_team", EntityKind.TEAM, guild)
    else:
        from_team = await s.news.default_from_team(person_id)
        if from_team == to_team and o.get("kind", "transfer") in ("transfer", "staff_move"):
            from_team = None
    return s.news.draft(
        person_id=person_id,
        kind=str(o.get("kind") or "transfer"),
        status=str(o.get("status") or "reported"),
        source_url=o.get("source_url"),
        summary=o.get("summary"),
        from_team_id=from_team,
        to_team_id=to_team,
        season=_year(o, "season"),
        contract_end=_year(o, "contract_end"),
        outlet=o.get("outlet"),
        journalist=o.get("journalist"),
        published=o.get("published"),
        source_role=o.get("source_role"),
        credit_outlet=o.get("credit_outlet"),
        credit_journalist=o.get("credit_journalist"),
    )


async def preview_answer(s: Services, draft: NewsDraft, actor: Actor) -> Answer:
    """What Confirm would store, so a moderator can check it first."""
    conn = s.db.conn
    person = await people_db.get_person(conn, draft.person_id)
    teams = await teams_db.get_teams(conn, [t for t in (draft.from_team_id, draft.to_team_id) if t])
    existing = await s.news.existing_for(draft, actor.guild_id)

    def team(tid: int | None, season: int | None) -> str:
        return escape_markdown(teams[tid].name_in(season)) if tid and tid in teams else "—"

    rows = [
        ("Person", escape_markdown(person.name) if person else "?"),
        ("Kind", draft.kind.label),
        ("From → to", f"{team(draft.from_team_id, (draft.season or 0) - 1 or None)} → {team(draft.to_team_id, draft.season)}"),
        ("Season", str(draft.season or "—")),
        ("Status", draft.status.label),
        *([("Credits", escape_markdown(draft.credit_outlet) + (f" · {escape_markdown(draft.credit_journalist)}" if draft.credit_journalist else "") + " (broke the story)")] if draft.credit_outlet else []),
        ("Source", f"{escape_markdown(draft.outlet)}"
                   + (f" · {escape_markdown(draft.journalist)}" if draft.journalist else "")
                   + f" · {fmt_date(draft.published)}\n<{draft.url}>"),
        ("Summary", escape_markdown(draft.summary)),
    ]  # fmt: skip
    where = "this server only" if actor.guild_id else "everyone (global)"
    merge = (
        f"Same story as ID {existing}: this adds one more source to it."
        if existing
        else "This creates a new story."
    )
    return Answer(
        title="Preview: add this story?",
        description=f"{merge}\nVisible to {where}.",
        sections=tuple(Section(k, shorten(v, 1024)) for k, v in rows),
        ephemeral=True,
        tone=Tone.INFO,
    )


def added_answer(result: AddResult) -> Answer:
    if result.merged:
        change = (
            f"status {result.old_status.value} → {result.new_status.value}"
            if result.old_status and result.old_status is not result.new_status
            else f"status stays {result.new_status.value}"
        )
        return Answer(
            title=f"Source added to story ID {result.claim_id}",
            description=f"Merged into the existing story; {change}.",
            ephemeral=True,
            tone=Tone.SUCCESS,
        )
    return Answer(
        title=f"Story ID {result.claim_id} added",
        description=f"Stored as {result.new_status.value}. /transfer shows it now.",
        ephemeral=True,
        tone=Tone.SUCCESS,
    )


async def addnews_from_options(
    s: Services, o: dict[str, Any], actor: Actor, *, confirm: bool
) -> Answer:
    draft = await draft_from_options(s, o, actor)
    if not confirm:
        await s.news.ensure_new_source(draft, actor.guild_id)
        return await preview_answer(s, draft, actor)
    return added_answer(await s.news.add(draft, actor))


async def edit_from_options(s: Services, o: dict[str, Any], actor: Actor) -> Answer:
    raw_id = o.get("id")
    if raw_id is None or not is_number(str(raw_id)):
        raise InvalidInput("id", "is required: it is shown under each story")
    changes: dict[str, Any] = {}
    guild = actor.guild_id
    for key in ("summary", "kind"):
        if o.get(key):
            changes[key] = o[key]
    for key in ("season", "contract_end"):
        if o.get(key) not in (None, ""):
            changes[key] = _year(o, key)
    for key in ("to_team", "from_team"):
        if o.get(key):
            changes[f"{key}_id"] = resolve_one(s, o[key], key, EntityKind.TEAM, guild)
    if not changes:
        raise InvalidInput(
            "changes",
            "Nothing to change: give summary, kind, season, contract_end, to_team or from_team",
        )
    claim = await s.news.edit(int(str(raw_id)), changes, actor)
    return Answer(
        title=f"Story ID {claim.id} updated",
        description="Changed: " + ", ".join(sorted(k.removesuffix("_id") for k in changes)) + ".",
        ephemeral=True,
        tone=Tone.SUCCESS,
    )


async def history_answer(s: Services, name: str, actor: Actor) -> Answer:
    person_id = resolve_one(s, name, "name", EntityKind.PERSON, actor.guild_id)
    person = await people_db.get_person(s.db.conn, person_id)
    entries = await s.news.history(person_id, actor)
    lines = []
    for e in entries[:40]:
        who = escape_markdown(e.actor_name or "system")
        what = f"{e.action} {e.entity} {e.entity_id or ''}".strip()
        change = ""
        if e.new_values:
            keys = sorted(e.new_values)[:4]
            change = ": " + ", ".join(
                f"{k} {_short((e.old_values or {}).get(k))} → {_short(e.new_values.get(k))}"
                if e.old_values and k in e.old_values
                else f"{k} = {_short(e.new_values.get(k))}"
                for k in keys
            )
        lines.append(f"`{e.at}` **{who}** {what}{escape_markdown(change)}")
    if not lines:
        lines = ["No changes recorded by moderators; the facts come from the bundled data."]
    sections: list[Section] = []
    chunk: list[str] = []
    for line in lines:
        if len("\n".join([*chunk, line])) > 1000:
            sections.append(
                Section("Changes" if not sections else "Changes (cont.)", "\n".join(chunk))
            )
            chunk = []
        chunk.append(shorten(line, 1000))
    sections.append(Section("Changes" if not sections else "Changes (cont.)", "\n".join(chunk)))
    return Answer(
        title=f"History: {person.name if person else name}",
        description=f"{len(entries)} recorded change(s), newest first.",
        sections=tuple(sections),
        ephemeral=True,
    )


def _short(value: Any) -> str:
    return shorten(str(value), 40)
