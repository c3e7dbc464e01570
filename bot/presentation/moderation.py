"""What moderators read: previews, confirmations, corrections, history."""

from __future__ import annotations

from typing import Any

from bot.domain.matching import label_for
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, error, success
from bot.presentation.formats import fmt_date
from bot.services.guilds import ImagesSet, ModRoleSet
from bot.services.moderation import Edited, HistoryView, Promoted, Retracted
from bot.services.news import Added, Preview, UnknownPerson

CANCELLED = Answer(title="Cancelled", description="Nothing was stored.", ephemeral=True)


def preview_answer(preview: Preview) -> Answer:
    """What Confirm would store, so a moderator can check it first."""
    draft, teams = preview.draft, preview.teams

    def team(tid: int | None, season: int | None) -> str:
        return escape_markdown(teams[tid].name_in(season)) if tid and tid in teams else "—"

    route = f"{team(draft.from_team_id, (draft.season or 0) - 1 or None)} → {team(draft.to_team_id, draft.season)}"
    credit = ""
    if draft.credit_outlet:
        by = f" · {escape_markdown(draft.credit_journalist)}" if draft.credit_journalist else ""
        credit = escape_markdown(draft.credit_outlet) + by + " (broke the story)"
    journalist = f" · {escape_markdown(draft.journalist)}" if draft.journalist else ""
    rows = [
        ("Person", escape_markdown(preview.person.name) if preview.person else "?"),
        ("Kind", draft.kind.label),
        ("From → to", route),
        ("Season", str(draft.season or "—")),
        ("Status", draft.status.label),
        *([("Credits", credit)] if credit else []),
        ("Source", f"{escape_markdown(draft.outlet)}{journalist} · {fmt_date(draft.published)}\n<{draft.url}>"),
        ("Summary", escape_markdown(draft.summary)),
    ]  # fmt: skip
    where = "this server only" if preview.guild_id else "everyone (global)"
    merge = (
        f"Same story as ID {preview.existing_id}: this adds one more source to it."
        if preview.existing_id
        else "This creates a new story."
    )
    return Answer(
        title="Preview: add this story?",
        description=f"{merge}\nVisible to {where}.",
        sections=tuple(Section(k, shorten(v, 1024)) for k, v in rows),
        ephemeral=True,
        tone=Tone.INFO,
    )


def added_answer(result: Added) -> Answer:
    """A stored story, or the source added to one, with its status."""
    if result.merged:
        change = (
            f"status {result.old_status.value} → {result.new_status.value}"
            if result.old_status and result.old_status is not result.new_status
            else f"status stays {result.new_status.value}"
        )
        return success(
            f"Source added to story ID {result.claim_id}",
            f"Merged into the existing story; {change}.",
        )
    return success(
        f"Story ID {result.claim_id} added",
        f"Stored as {result.new_status.value}. /transfer shows it now.",
    )


def unknown_person_answer(result: UnknownPerson) -> Answer:
    """Discord: no such person; pick a suggestion, or create them (the message's button)."""
    closest = ""
    if result.closest:
        names = ", ".join(escape_markdown(m.label) for m in result.closest[:3])
        closest = f"Closest: {names}. If you meant one of them, pick it from the suggestions. "
    return Answer(
        title="Unknown person",
        description=f"No rider or staff member is exactly “{escape_markdown(result.name)}”. "
        + closest
        + "Or create them: you will be asked for their role and nationality.",
        ephemeral=True,
        tone=Tone.WARNING,
    )


def unknown_person_error(result: UnknownPerson) -> Answer:
    """Where no person can be created from the answer (the console): the person is invalid."""
    name = escape_markdown(result.name)
    if result.ambiguous:
        names = "; ".join(escape_markdown(label_for(m, 60)) for m in result.closest[:4])
        return error(
            "Invalid person", f"“{name}” matches several: {names}. Pick one from the suggestions."
        )
    closest = ", ".join(escape_markdown(m.label) for m in result.closest)
    hint = f" Closest: {closest}." if result.closest else ""
    return error("Invalid person", f"No person matches “{name}”.{hint}")


def edited_answer(result: Edited) -> Answer:
    """A corrected story: which facts changed."""
    return success(
        f"Story ID {result.claim_id} updated", "Changed: " + ", ".join(result.changed) + "."
    )


def retracted_answer(result: Retracted) -> Answer:
    """A retracted story, with the reason everyone will see."""
    return success(
        f"Story ID {result.claim_id} retracted", f"Reason: {escape_markdown(result.reason)}"
    )


def promoted_answer(result: Promoted) -> Answer:
    """A story every server now sees."""
    return success(f"Story ID {result.claim_id} is now global")


def mod_role_answer(result: ModRoleSet) -> Answer:
    """The moderator role set or cleared."""
    text = (
        f"Members with <@&{result.role_id}> can now add and correct stories."
        if result.role_id
        else "Moderator role cleared: only members with Manage Messages can add stories."
    )
    return success("Moderator role", text)


def images_answer(result: ImagesSet) -> Answer:
    """The pictures of /transfer and /team turned on or off."""
    if result.on:
        text = (
            "/transfer and /team now show a picture with their answer: a career timeline, a"
            " team's ins and outs. The text still says everything the picture shows."
        )
    else:
        text = "/transfer and /team now answer in text only."
    return success("Pictures " + ("on" if result.on else "off"), text)


def history_answer(view: HistoryView) -> Answer:
    """Every recorded change, newest first, in as many sections as it takes."""
    lines = [_history_line(e) for e in view.entries[:40]]
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
        title=f"History: {view.person.name if view.person else view.name}",
        description=f"{len(view.entries)} recorded change(s), newest first.",
        sections=tuple(sections),
        ephemeral=True,
    )


def _history_line(e: Any) -> str:
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
    return f"`{e.at}` **{who}** {what}{escape_markdown(change)}"


def _short(value: Any) -> str:
    return shorten(str(value), 40)
