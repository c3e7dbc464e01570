"""What a story keeps when one more source joins it: the richer of what each one says."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.domain.models import Claim, Team
from bot.domain.story import what_happened
from bot.services.drafts import NewsDraft

_WORD = re.compile(r"\w+")
# Words that carry no fact of their own, whatever the story.
_EMPTY = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has",
        "have", "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "said",
        "says", "that", "the", "their", "they", "this", "to", "was", "were", "will", "with",
    }
)  # fmt: skip


def _facts(text: str) -> set[str]:
    return {
        w for w in _WORD.findall(text.lower()) if w not in _EMPTY and (len(w) > 2 or w.isdigit())
    }


def says_more(new: str, old: str | None) -> bool:
    """Whether summary `new` tells at least as much as `old`: as many words that carry a fact
    (a name, a team, a year, a verb), or `old` is part of it."""
    if not old:
        return True
    if new.strip() == old.strip():
        return False
    if old.rstrip(".") in new:
        return True
    return len(_facts(new)) >= len(_facts(old))


def richer_fields(
    claim: Claim, draft: NewsDraft, person_name: str, teams: dict[int, Team]
) -> dict[str, Any]:
    """The claim's facts a joining source improves on (claims_db.EDITABLE names).

    A missing origin or contract end is filled in. A stronger source's summary replaces the
    story's when it says as much or more. A summary we wrote from the facts (what_happened) is written
    again when the facts change, naming the teams as they were called in that season.
    """
    changes: dict[str, Any] = {}
    if claim.from_team_id is None and draft.from_team_id is not None:
        changes["from_team_id"] = draft.from_team_id
    if claim.contract_end is None and draft.contract_end is not None:
        changes["contract_end"] = draft.contract_end
    stronger = draft.status.strength > claim.status.strength
    if stronger and says_more(draft.summary, claim.summary):
        changes["summary"] = draft.summary
    elif changes and claim.summary == _written(claim, person_name, teams):
        changes["summary"] = _written(replace(claim, **changes), person_name, teams)
    return changes


def _written(claim: Claim, person_name: str, teams: dict[int, Team]) -> str:
    """The summary we write from a story's facts (as an article's proposal does)."""
    return what_happened(claim, person_name, teams) + "."
