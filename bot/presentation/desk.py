"""What the news desk's commands and buttons answer, for Discord and the console alike."""

from __future__ import annotations

from typing import Any

from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, success
from bot.presentation.payload import Payload
from bot.services.desk import (
    Decided,
    FeedAdded,
    FeedLine,
    FeedList,
    FeedRemoved,
    FeedTested,
    FilterSet,
    ReviewSet,
    StoryDraft,
)

HOW_TO_REVIEW = (
    "Cards go to a review channel, and this server has none yet: an admin sets one with"
    " /announce review channel:#channel. Stories found meanwhile wait and are posted then."
)
WHAT_CARDS_DO = "Each transfer story it carries becomes a card with Confirm, Edit and Skip."


def _e(text: str, limit: int = 100) -> str:
    return escape_markdown(shorten(text, limit))


def _where(channel_id: int | None) -> str:
    if channel_id is None:
        return HOW_TO_REVIEW
    if channel_id == 0:
        return "Cards are printed here: run /feeds poll, then /feeds confirm or /feeds skip."
    return f"Review cards go to <#{channel_id}>."


def added_answer(result: FeedAdded) -> Answer:
    """/feeds add."""
    kind = result.kind
    items = f"{result.items} item{'s' if result.items != 1 else ''}"
    if result.resumed:
        first = f"**{_e(result.name)}** was paused; it is polled again from now on."
    elif result.backfill:
        first = (
            f"Following **{_e(result.name)}** ({kind}, {items}). Its newest"
            f" {result.backfill} items will be reviewed at the first poll; older ones are"
            " marked as seen."
        )
    else:
        first = (
            f"Following **{_e(result.name)}** ({kind}, {items}). What it holds now"
            " is marked as seen at the first poll: only new items are proposed."
        )
    text = f"{first}\n{_where(result.review_channel_id)} {WHAT_CARDS_DO}"
    tone = Tone.SUCCESS if result.review_channel_id is not None else Tone.WARNING
    return Answer("Feed added", text, footer=shorten(result.url, 200), tone=tone, ephemeral=True)


def list_answer(result: FeedList) -> Answer:
    """/feeds list: each feed's state."""
    where = _where(result.review_channel_id)
    if not result.lines:
        return Answer(
            "No feeds", f"This server follows no feed yet: add one with /feeds add url.\n{where}",
            ephemeral=True,
        )  # fmt: skip
    sections = tuple(Section(_title(line), _state(line)) for line in result.lines)
    return Answer(
        f"Feeds ({len(result.lines)})", where, sections=sections, ephemeral=True,
        footer="Times are UTC",
    )  # fmt: skip


def _title(line: FeedLine) -> str:
    mark = "⏸️ " if line.paused else ("⚠️ " if line.error else "")
    return shorten(f"{mark}{line.name}", 256)


def _state(line: FeedLine) -> str:
    url = f"<{line.url}>" if " " not in line.url and ">" not in line.url else _e(line.url, 200)
    rows = [f"{url} · every {line.interval_minutes} min"]
    if line.paused:
        rows.append(f"Paused: {_e(line.paused, 300)}. Add it again to resume.")
    if line.waiting_first_poll:
        rows.append("Waiting for its first poll.")
    else:
        rows.append(
            f"Last fetch {_when(line.last_fetch_at)} · last new item {_when(line.last_new_item_at)}"
        )
        rows.append(
            f"{line.items_seen} items seen · {line.items_new} new since added ·"
            f" {line.cards_posted} cards"
        )
    if line.error and not line.paused:
        rows.append(f"Error: {_e(line.error, 300)}")
    elif line.status and not line.waiting_first_poll:
        rows.append(f"Status: {_e(line.status, 100)}")
    if line.warning:
        rows.append(f"Warning: {_e(line.warning, 200)}")
    if line.include or line.exclude:
        rows.append(_filters(line.include, line.exclude))
    return shorten("\n".join(rows), 1024)


def _when(at: str | None) -> str:
    return at.replace("T", " ").removesuffix("Z")[:16] if at else "never"


def _filters(include: tuple[str, ...], exclude: tuple[str, ...]) -> str:
    parts = []
    if include:
        parts.append("only items with " + ", ".join(_e(w, 40) for w in include))
    if exclude:
        parts.append("none with " + ", ".join(_e(w, 40) for w in exclude))
    return "Filter: " + "; ".join(parts)


def removed_answer(result: FeedRemoved) -> Answer:
    """/feeds remove."""
    return success(
        "Feed removed",
        f"No longer following **{_e(result.name)}**. Its cards and stories stay.",
    )


def filter_answer(result: FilterSet) -> Answer:
    """/feeds filter."""
    if not result.include and not result.exclude:
        return success("Filter cleared", f"Every item of **{_e(result.name)}** is read.")
    return success(
        "Filter set", f"**{_e(result.name)}**: {_filters(result.include, result.exclude)}."
    )


def tested_answer(result: FeedTested) -> Answer:
    """/feeds test: what the newest items would propose; nothing was stored."""
    kind = result.kind
    title = _e(result.title or "untitled feed")
    text = (
        f"**{title}** is a {kind} feed with {result.total_items} items. The newest"
        f" {len(result.items)} would propose what follows. Nothing was stored."
    )
    if result.warning:
        text += f"\nWarning: {_e(result.warning, 200)}"
    sections = []
    for item in result.items:
        lines = [f"{item.published.isoformat() if item.published else 'no date'}"]
        if item.error:
            lines.append(item.error)
        elif not item.proposals:
            lines.append("No transfer story.")
        for p in item.proposals:
            lines.append(f"• {_e(p.headline, 200)} ({p.status})")
        sections.append(Section(shorten(item.title or "untitled item", 256), "\n".join(lines)))
    return Answer("Feed test", text, sections=tuple(sections), ephemeral=True,
                  footer=shorten(result.url, 200))  # fmt: skip


def review_answer(result: ReviewSet) -> Answer:
    """/announce review."""
    text = f"Review cards go to <#{result.channel_id}>."
    if result.queued:
        text += f" {result.queued} card(s) of stories found meanwhile are on their way."
    return success("Review channel set", text)


def decided_answer(result: Decided) -> Answer:
    """A click on Confirm or Skip (ephemeral: the card itself shows the decision to all)."""
    who = f"<@{result.by}>" if result.by is not None else "the console"
    if result.already:
        return Answer(
            "Already decided",
            f"This card was {result.decision} by {who} at {_when(result.at)} UTC.",
            tone=Tone.WARNING, ephemeral=True,
        )  # fmt: skip
    if result.decision == "confirmed":
        return success(
            "Story stored",
            f"{_e(result.headline, 200)}. Story ID {result.claim_id}: /transfer shows it now.",
        )
    return success("Skipped", f"{_e(result.headline, 200)}. It will not be proposed again.")


def draft_answer(result: StoryDraft) -> Answer:
    """Edit in the console: what Confirm would store, and how to store it corrected."""
    rows = [f"{name}: {_e(value, 300) or '(none)'}" for name, value in result.fields.items()]
    text = (
        "Confirm stores this; to correct it, give the fields that change, e.g."
        f' /feeds confirm story:{result.story_id} season:2026 to_team:"Team Name"'
    )
    sections = [Section("As it would be stored", "\n".join(rows))]
    if result.missing:
        sections.append(Section("Not storable yet", "\n".join(_e(m, 200) for m in result.missing)))
    return Answer(
        f"Edit: {_e(result.headline, 200)}", text, sections=tuple(sections), ephemeral=True
    )


def console_cards_answer(payloads: list[dict[str, Any]], polled: str | None = None) -> Answer:
    """The console's review cards: each with what to type to decide it."""
    sections = []
    for data in payloads:
        card = Payload.from_json(data).answer()
        lines = [card.description] + [f"{x.name}: {x.value}" for x in card.sections]
        story = (data.get("card") or {}).get("story_id")
        if story is not None and not (data.get("card") or {}).get("decision"):
            lines.append(
                f"/feeds confirm story:{story} · /feeds skip story:{story} · /feeds edit story:{story}"
            )
        sections.append(Section(card.title, "\n".join(lines)))
    text = polled or ""
    if not payloads:
        text = (text + "\n" if text else "") + "No new cards."
    return Answer(f"Review cards ({len(payloads)})", text.strip(), sections=tuple(sections))
