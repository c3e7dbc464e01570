"""The news desk's plain records and rules: what the reader proposes, when two proposals are
one story, keyword filters, what moderators may type. No I/O; what a card says is
bot/presentation/cards.py."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from anyascii import anyascii

from bot.domain.errors import InvalidInput, MercatoError
from bot.domain.models import Status
from bot.domain.names import fold
from bot.domain.text import shorten

EVIDENCE_MAX = 200
KEYWORDS_MAX = 10
KEYWORD_LEN = 40
BACKFILL_MAX = 50
FEED_NAME_MAX = 60


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


# -- cards ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CardSource:
    """One article behind a story, as its card lists it."""

    outlet: str
    link: str | None
    published: str | None  # YYYY-MM-DD
    status: str
    evidence: str


def day_of(when: datetime | None) -> str | None:
    """'2025-10-14' for an item's date; None when it has none."""
    return when.date().isoformat() if when is not None else None


# -- what moderators type ------------------------------------------------------------------
class FeedProblem(MercatoError):
    """A feed that cannot be followed or tested: refused address, not a feed, unreachable."""

    title = "Cannot use that feed"


def checked_keywords(text: str | None, field: str) -> list[str]:
    """Keywords a moderator typed, refused (not cut) when there are too many or one is too long."""
    parts = [p for p in (text or "").replace(";", ",").split(",") if fold_text(p)]
    for part in parts:
        if len(fold_text(part)) > KEYWORD_LEN:
            raise InvalidInput(
                field, f"has a keyword longer than {KEYWORD_LEN} characters: “{shorten(part, 50)}”"
            )
    if len(dict.fromkeys(fold_text(p) for p in parts)) > KEYWORDS_MAX:
        raise InvalidInput(field, f"may hold at most {KEYWORDS_MAX} comma-separated keywords")
    return parse_keywords(text)
