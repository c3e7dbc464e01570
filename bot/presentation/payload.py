"""An announcement as the outbox stores it, and the marker that proves it was posted.

Every message carries the marker at the end of its embed footer ("ref {outbox id}"): after a
crash, the delivery job looks for it in the channel's history (see bot/scheduling/outbox.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.presentation.answer import Answer, Section, Tone


@dataclass(frozen=True, slots=True)
class Payload:
    """An announcement as stored in the outbox: an Answer plus the role to mention."""

    title: str
    description: str = ""
    sections: tuple[tuple[str, str], ...] = ()
    footer: str = "Mercato"
    url: str | None = None
    tone: str = Tone.INFO.value
    mention_role_id: int | None = None
    outbox_id: int | None = field(default=None, compare=False)
    # A news desk review card: {"story_id", "guild_id", "revision", "action", "decision"}.
    card: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "description": self.description,
            "sections": [list(s) for s in self.sections],
            "footer": self.footer,
            "url": self.url,
            "tone": self.tone,
            "mention_role_id": self.mention_role_id,
        } | ({"card": self.card} if self.card is not None else {})

    @classmethod
    def from_json(cls, data: dict[str, Any], outbox_id: int | None = None) -> Payload:
        return cls(
            title=data["title"],
            description=data.get("description", ""),
            sections=tuple((str(n), str(v)) for n, v in data.get("sections", [])),
            footer=data.get("footer") or "Mercato",
            url=data.get("url"),
            tone=data.get("tone", Tone.INFO.value),
            mention_role_id=data.get("mention_role_id"),
            outbox_id=outbox_id,
            card=data.get("card"),
        )

    @property
    def marker(self) -> str:
        return marker(self.outbox_id) if self.outbox_id is not None else ""

    def answer(self) -> Answer:
        """The adapter-neutral message, its footer ending in the delivery marker."""
        footer = " · ".join(x for x in (self.footer, self.marker) if x)
        return Answer(
            title=self.title,
            description=self.description,
            sections=tuple(Section(n, v) for n, v in self.sections),
            footer=footer,
            url=self.url,
            tone=Tone(self.tone),
        )


def marker(outbox_id: int) -> str:
    return f"ref {outbox_id}"


def has_marker(text: str | None, outbox_id: int) -> bool:
    """True when a footer carries this row's marker (and not, say, ref 12 for ref 1)."""
    return bool(text) and re.search(rf"\bref {outbox_id}\b", text or "") is not None
