"""What a news desk review card and a paused-feed notice say: outbox payloads.

A card is an ordinary announcement payload (title, description, sections, footer, url, tone)
plus a `card` block that tells the Discord sender to add Confirm / Edit / Skip for the story
and, for action 'edit', to edit the card's message instead of posting a new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.domain.desk import CardSource, StoryProposal
from bot.domain.models import Status
from bot.domain.text import escape_markdown, shorten

CARD_SOURCES_SHOWN = 8
_UNSAFE_LINK = re.compile(r"[<>\s`|*_~]")  # would break out of <...> or the markdown around it
STATUS_ICON = {"rumour": "💬", "reported": "📰", "confirmed": "☑️", "official": "✅"}
DECISION_WORDS = {"confirmed": "✅ Confirmed", "skipped": "⏭️ Skipped"}


def card_payload(
    story_id: int,
    guild_id: int,
    revision: int,
    proposal: StoryProposal,
    status: str,
    sources: Sequence[CardSource],
    decision: str | None = None,
    action: str = "post",
    *,
    decided_by: int | None = None,
    decided_at: str | None = None,
    claim_id: int | None = None,
) -> dict[str, Any]:
    """The outbox payload of a review card for one story (revision `revision`)."""
    n = len(sources)
    description = (
        f"{STATUS_ICON.get(status, '•')} {status.capitalize()} · {n} source{'s' if n != 1 else ''}"
        f" · {proposal.kind.replace('_', ' ')}"
        + (f" · season {proposal.season}" if proposal.season else "")
    )
    best = max(sources, key=lambda s: _strength(s.status), default=None)
    sections = [("Sources", shorten("\n".join(_source_lines(sources)), 1024))]
    if best is not None:
        sections.append(("Evidence", shorten(f"“{escape_markdown(best.evidence)}”", 1024)))
    new = [str(n) for n in proposal.options.get("new") or ()]
    if new and decision is None:
        sections.append(("New to this server", shorten(
            f"Confirm adds {escape_markdown(', '.join(new))} to this server's records.", 1024
        )))  # fmt: skip
    if decision is not None:
        sections.append(("Decision", _decision_line(decision, decided_by, decided_at, claim_id)))
    return {
        "title": shorten(escape_markdown(proposal.headline), 256),
        "description": description,
        "sections": [list(s) for s in sections],
        "footer": f"Mercato news desk · story {story_id}",
        "url": best.link if best is not None else None,
        "tone": {"confirmed": "success", "skipped": "warning"}.get(decision or "", "info"),
        "mention_role_id": None,
        "card": {
            "story_id": story_id,
            "guild_id": guild_id,
            "revision": revision,
            "action": action,
            "decision": decision,
        },
    }


def _source_lines(sources: Sequence[CardSource]) -> list[str]:
    lines = []
    for s in sources[:CARD_SOURCES_SHOWN]:
        when = f" · {s.published}" if s.published else ""
        where = f" · <{s.link}>" if s.link and not _UNSAFE_LINK.search(s.link) else ""
        lines.append(f"{escape_markdown(shorten(s.outlet, 60))}{when}{where}")
    if len(sources) > CARD_SOURCES_SHOWN:
        lines.append(f"and {len(sources) - CARD_SOURCES_SHOWN} more")
    return lines


def _decision_line(decision: str, by: int | None, at: str | None, claim_id: int | None) -> str:
    """'✅ Confirmed by <@12> · 2026-12-05 13:20 UTC · story ID 7' (an embed never pings)."""
    parts = [DECISION_WORDS.get(decision, decision.capitalize())]
    if by is not None:
        parts[0] += f" by <@{by}>"
    if at:
        parts.append(at.replace("T", " ").removesuffix("Z")[:16] + " UTC")
    if claim_id is not None:
        parts.append(f"story ID {claim_id}")
    return " · ".join(parts)


def notice_payload(feed_name: str, url: str, reason: str, failures: int) -> dict[str, Any]:
    """The one message a review channel gets when a feed is paused."""
    return {
        "title": shorten(f"Feed paused: {escape_markdown(feed_name)}", 256),
        "description": (
            f"{failures} fetches in a row failed, so Mercato stopped polling"
            f" {'<' + url + '>' if not _UNSAFE_LINK.search(url) else 'it'}.\n"
            f"Last error: {escape_markdown(reason)}\n"
            "Fix the address, or remove it with /feeds remove; adding it again resumes it."
        ),
        "sections": [],
        "footer": "Mercato news desk",
        "url": None,
        "tone": "warning",
        "mention_role_id": None,
    }


def _strength(status: str) -> int:
    try:
        return Status(status).strength
    except ValueError:
        return -1
