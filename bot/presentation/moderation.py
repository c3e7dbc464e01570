"""What moderators read: previews, confirmations, corrections, history."""

from __future__ import annotations

from dataclasses import replace

from bot.domain.matching import label_for
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, error, success
from bot.presentation.formats import fmt_date
from bot.services.drafts import NewsDraft
from bot.services.guilds import ImagesSet, ModRoleSet
from bot.services.moderation import Edited, Merged, Promoted, Retracted
from bot.services.news import Added, Preview, UnknownPerson

CANCELLED = Answer(title="Cancelled", description="Nothing was stored.", ephemeral=True)
CANCELLED_EDIT = Answer(title="Cancelled", description="Nothing was changed.", ephemeral=True)


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
        ("Season", _season(preview)),
        ("Status", draft.status.label),
        *([("Credits", credit)] if credit else []),
        ("Source", f"{escape_markdown(draft.outlet)}{journalist} · {_published(draft)}\n<{draft.url}>"),
        ("Summary", escape_markdown(draft.summary)),
    ]  # fmt: skip
    where = "this server only" if preview.guild_id else "everyone (global)"
    merge = (
        f"Same story as ID {preview.existing_id}: this adds one more source to it."
        if preview.existing_id
        else "This creates a new story."
    )
    warning = _stale_date_warning(draft)
    return Answer(
        title="Preview: add this story?",
        description=f"{merge}\nVisible to {where}." + (f"\n\n⚠️ {warning}" if warning else ""),
        sections=tuple(Section(k, shorten(v, 1024)) for k, v in rows),
        ephemeral=True,
        tone=Tone.WARNING if warning else Tone.INFO,
    )


def _season(preview: Preview) -> str:
    """The season, and where it came from when the moderator gave none."""
    season = preview.draft.season
    if season is None:
        return "—"
    if not preview.draft.season_inferred:
        return str(season)
    if preview.existing_id:
        return (
            f"{season} (not given: the season of story ID {preview.existing_id}, which this joins)"
        )
    window = "in" if preview.draft.published.month >= 8 else "before"
    basis = (
        "the year it was announced" if preview.draft.kind.value == "retirement"
        else f"announced {window} the transfer window"
    )  # fmt: skip
    return f"{season} (not given: {basis}; give season to change it)"


def _published(draft: NewsDraft) -> str:
    """The date the source will carry; said to be today's when none was given."""
    day = fmt_date(draft.published)
    return f"{day} (today: no published date given)" if draft.dated_today else day


def _stale_date_warning(draft: NewsDraft) -> str | None:
    """A warning when the source would be dated today for a season already over."""
    if draft.dated_today and draft.season is not None and draft.season < draft.published.year:
        return (
            f"No published date was given, so the source is dated today, "
            f"{fmt_date(draft.published)}, but the {draft.season} season is already over. "
            "Give published (YYYY-MM-DD) with the article's date."
        )
    return None


def unconfirmed_answer(preview: Preview) -> Answer:
    """The preview where nobody can press Confirm (a console script): nothing was stored."""
    return replace(
        preview_answer(preview),
        title="Preview only: not stored",
        footer="Nothing was stored: add confirm:yes to store the story.",
        tone=Tone.WARNING,
    )


# A story's fact that a joining source told better, in words.
_IMPROVED = {
    "from_team_id": "the team left",
    "contract_end": "the contract end",
    "summary": "the summary",
}


def added_answer(result: Added) -> Answer:
    """A stored story, or the source added to one, with its status."""
    if result.merged:
        change = (
            f"status {result.old_status.value} → {result.new_status.value}"
            if result.old_status and result.old_status is not result.new_status
            else f"status stays {result.new_status.value}"
        )
        taken = [_IMPROVED[k] for k in result.improved if k in _IMPROVED]
        also = f" Taken from this source: {', '.join(taken)}." if taken else ""
        if "summary_rewritten" in result.improved:
            also += " The summary we wrote was written again with these facts."
        return success(
            f"Source added to story ID {result.claim_id}",
            f"Merged into the existing story; {change}.{also}",
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


def unknown_person_error(result: UnknownPerson, *, creatable: bool = False) -> Answer:
    """Where no person is created from the answer (a console script): the person is invalid;
    `creatable`: say how to create them with the command's options."""
    name = escape_markdown(result.name)
    if result.ambiguous:
        names = "; ".join(escape_markdown(label_for(m, 60)) for m in result.closest[:4])
        return error(
            "Invalid person", f"“{name}” matches several: {names}. Pick one from the suggestions."
        )
    closest = ", ".join(escape_markdown(m.label) for m in result.closest)
    hint = f" Closest: {closest}." if result.closest else ""
    create = " To create them, add role: (and nationality:) to the command." if creatable else ""
    return error("Invalid person", f"No person matches “{name}”.{hint}{create}")


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


def merge_offer_answer(claim_id: int, into_id: int) -> Answer:
    """A correction that would make a story the same as another: offer to merge them."""
    return Answer(
        title=f"Same story as ID {into_id}",
        description=(
            f"That correction would make story ID {claim_id} the same story as ID {into_id}. "
            f"Merge them? The sources of ID {claim_id} move to ID {into_id}, which keeps the "
            f"richer facts of both; ID {claim_id} is removed and its history kept."
        ),
        ephemeral=True,
        tone=Tone.WARNING,
    )


def merged_answer(result: Merged) -> Answer:
    """Two stories, now one."""
    moved = f"{result.moved} source{'' if result.moved == 1 else 's'} moved"
    status = (
        f"status {result.old_status.value} → {result.new_status.value}"
        if result.old_status is not result.new_status
        else f"status stays {result.new_status.value}"
    )
    return success(
        f"Story ID {result.claim_id} merged into ID {result.into_id}",
        f"{moved}; {status}. Story ID {result.claim_id} no longer exists.",
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
