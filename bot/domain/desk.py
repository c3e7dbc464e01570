"""The news desk's plain records and rules: what the reader proposes, when two proposals are
one story, keyword filters, and what a review card says. No I/O."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from anyascii import anyascii

from bot.domain.models import Status
from bot.domain.names import fold
from bot.domain.text import escape_markdown, shorten

EVIDENCE_MAX = 200
KEYWORDS_MAX = 10
KEYWORD_LEN = 40
CARD_SOURCES_SHOWN = 8


@dataclass(frozen=True, slots=True)
class ReadRequest:
    """One feed item for the article reader, seen from one server."""

    title: str
    text: str
    link: str | None
    published: date | None  # the item's date; None when the feed gives none
    guild_id: int
    outlet: str | None  # the follow's name or the feed's title, a hint for the credit


@dataclass(frozen=True, slots=True)
class StoryProposal:
    """A story the reader found in an item, as the card shows it and Confirm stores it."""

    person: str
    kind: str  # a ClaimKind value
    status: str  # a Status value
    headline: str  # one sentence of our own: 'Wout van Aert moves to Lidl-Trek for 2027'
    evidence: str  # the item's sentence behind it
    season: int | None = None
    to_team: str | None = None
    from_team: str | None = None
    person_ref: str | None = None  # 'person:12' when the directory knows them
    to_team_ref: str | None = None
    from_team_ref: str | None = None
    outlet: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)  # /addnews options for Confirm

    @property
    def person_key(self) -> str:
        return self.person_ref or f"name:{fold(self.person)}"

    @property
    def team_key(self) -> str:
        if self.to_team_ref or self.to_team:
            return self.to_team_ref or f"name:{fold(self.to_team or '')}"
        if self.from_team_ref or self.from_team:
            return self.from_team_ref or f"name:{fold(self.from_team or '')}"
        return "-"

    @property
    def strength(self) -> int:
        try:
            return Status(self.status).strength
        except ValueError:
            return -1

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person, "kind": self.kind, "status": self.status,
            "headline": self.headline, "evidence": self.evidence, "season": self.season,
            "to_team": self.to_team, "from_team": self.from_team, "person_ref": self.person_ref,
            "to_team_ref": self.to_team_ref, "from_team_ref": self.from_team_ref,
            "outlet": self.outlet, "options": dict(self.options),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StoryProposal:
        return cls(**{**data, "options": dict(data.get("options") or {})})


def proposal_json(p: StoryProposal) -> str:
    return json.dumps(p.to_json(), ensure_ascii=False, sort_keys=True)


def same_story(a: StoryProposal, b: StoryProposal) -> bool:
    """One story: same person, kind and team, and seasons that agree (or one is unknown)."""
    return (
        a.person_key == b.person_key
        and a.kind == b.kind
        and a.team_key == b.team_key
        and (a.season is None or b.season is None or a.season == b.season)
    )


def clean_evidence(text: str) -> str:
    return shorten(" ".join(text.split()), EVIDENCE_MAX)


# -- keyword filters ---------------------------------------------------------------------
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold_text(text: str) -> str:
    """ASCII, lowercase words separated by single spaces (names.fold, without its length cap)."""
    plain = text if text.isascii() else anyascii(text)
    return _NON_ALNUM.sub(" ", plain.lower()).strip()


def parse_keywords(text: str | None) -> list[str]:
    """Split 'transfer, signs, contract' into folded keywords (bounded), dropping repeats."""
    words: list[str] = []
    for part in (text or "").replace(";", ",").split(","):
        word = fold_text(part)[:KEYWORD_LEN].strip()
        if word and word not in words:
            words.append(word)
    return words[:KEYWORDS_MAX]


def passes_filter(title: str, text: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """True when the item has one of the include words (if any) and none of the exclude words.

    Words match whole words of the folded text ('tour' does not match 'tourist').
    """
    haystack = f" {fold_text(f'{title} {text}')} "
    has = lambda w: f" {w} " in haystack  # noqa: E731
    if include and not any(has(w) for w in include):
        return False
    return not any(has(w) for w in exclude)


# -- cards -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CardSource:
    outlet: str
    link: str | None
    published: str | None  # YYYY-MM-DD
    status: str
    evidence: str


_UNSAFE_LINK = re.compile(r"[<>\s`|*_~]")  # would break out of <...> or the markdown around it
STATUS_ICON = {"rumour": "💬", "reported": "📰", "confirmed": "☑️", "official": "✅"}


def card_payload(
    story_id: int,
    guild_id: int,
    revision: int,
    proposal: StoryProposal,
    status: str,
    sources: Sequence[CardSource],
    decision: str | None = None,
    action: str = "post",
) -> dict[str, Any]:
    """The outbox payload of a review card: a plain announcement plus a 'card' block.

    The plain part (title, description, sections, footer, url) is what the existing delivery
    would show; the 'card' block tells the Discord sender to add Confirm / Edit / Skip for
    this story and, for action 'edit', to edit the card's message instead of posting anew.
    """
    label = status.capitalize()
    n = len(sources)
    description = (
        f"{STATUS_ICON.get(status, '•')} {label} · {n} source{'s' if n != 1 else ''}"
        f" · {proposal.kind.replace('_', ' ')}"
        + (f" · season {proposal.season}" if proposal.season else "")
    )
    lines = []
    for s in sources[:CARD_SOURCES_SHOWN]:
        when = f" · {s.published}" if s.published else ""
        where = f" · <{s.link}>" if s.link and not _UNSAFE_LINK.search(s.link) else ""
        lines.append(f"{escape_markdown(shorten(s.outlet, 60))}{when}{where}")
    if n > CARD_SOURCES_SHOWN:
        lines.append(f"and {n - CARD_SOURCES_SHOWN} more")
    best = max(sources, key=lambda s: _strength(s.status), default=None)
    sections = [("Sources", shorten("\n".join(lines), 1024))]
    if best is not None:
        sections.append(("Evidence", shorten(f"“{escape_markdown(best.evidence)}”", 1024)))
    return {
        "title": shorten(escape_markdown(proposal.headline), 256),
        "description": description,
        "sections": [list(s) for s in sections],
        "footer": f"Mercato news desk · story {story_id}",
        "url": best.link if best is not None else None,
        "tone": "info",
        "mention_role_id": None,
        "card": {
            "story_id": story_id,
            "guild_id": guild_id,
            "revision": revision,
            "action": action,
            "decision": decision,
        },
    }


def notice_payload(feed_name: str, url: str, reason: str, failures: int) -> dict[str, Any]:
    """The one message a review channel gets when a feed is paused."""
    return {
        "title": shorten(f"Feed paused: {escape_markdown(feed_name)}", 256),
        "description": (
            f"{failures} fetches in a row failed, so Mercato stopped polling"
            f" {'<' + url + '>' if not _UNSAFE_LINK.search(url) else 'it'}.\n"
            f"Last error: {escape_markdown(reason)}"
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


def day_of(when: datetime | None) -> str | None:
    return when.date().isoformat() if when is not None else None
