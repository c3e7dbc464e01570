"""The one resolver: a typed name (or an autocomplete value) to one person or team, or why not.

Every command that takes a name goes through `Resolver.pick`: /transfer, /team, /follow,
/unfollow, /history and the names of /addnews and /editnews.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.errors import InvalidInput
from bot.domain.matching import Match, label_for
from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import MAX_QUERY
from bot.domain.text import clean_text, escape_markdown
from bot.services.directory import Directory

PEOPLE = frozenset({EntityKind.PERSON})
TEAMS = frozenset({EntityKind.TEAM})
# Candidates offered when a name is ambiguous, and suggestions when it matches nothing.
CHOICES_MAX = 25
SUGGESTIONS_MAX = 3


@dataclass(frozen=True, slots=True)
class Scope:
    """Where to look: what a guild may see, of which kinds; `field` is the option typed into."""

    guild_id: int | None = None
    kinds: frozenset[EntityKind] | None = None  # None: people and teams
    field: str = "name"


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """Several people or teams match equally well: the user picks one."""

    query: str
    candidates: tuple[Match, ...]


@dataclass(frozen=True, slots=True)
class NoMatch:
    """Nothing matches; `suggestions` are the closest names, if any."""

    query: str
    suggestions: tuple[Match, ...] = ()
    kinds: frozenset[EntityKind] | None = None


Picked = EntityRef | Ambiguous | NoMatch


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One autocomplete entry: what the user sees, and the reference the command receives."""

    label: str
    value: str


class Resolver:
    """Names to entities through the name index, within a guild's scope."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory

    def pick(self, query: str | None, scope: Scope) -> Picked:
        """Resolve `query` to one entity; raise InvalidInput naming the field for bad text."""
        text = clean_text(query, scope.field, max_len=MAX_QUERY)
        assert text is not None
        ref = EntityRef.parse(text)
        if ref is not None and self._allowed(ref, scope):
            return ref
        kinds = set(scope.kinds) if scope.kinds else None
        res = self.directory.resolve(text, scope.guild_id, kinds=kinds)
        if res.outcome == "match" and res.best is not None:
            return res.best.ref
        if res.outcome == "ambiguous":
            return Ambiguous(text, tuple(res.candidates[:CHOICES_MAX]))
        return NoMatch(text, tuple(res.candidates[:SUGGESTIONS_MAX]), scope.kinds)

    def pick_one(self, query: str | None, scope: Scope) -> EntityRef:
        """Resolve `query` to exactly one entity, or fail naming the field (moderator forms)."""
        picked = self.pick(query, scope)
        if isinstance(picked, EntityRef):
            return picked
        raise InvalidInput(scope.field, _why_not(picked, scope))

    def suggest(self, current: str, scope: Scope, limit: int = CHOICES_MAX) -> list[Suggestion]:
        """Autocomplete: up to `limit` entries for what is typed so far, best first."""
        kinds = set(scope.kinds) if scope.kinds else None
        found = self.directory.search((current or "")[:MAX_QUERY], scope.guild_id, kinds=kinds)
        return [Suggestion(label_for(m, 100), m.ref.value) for m in found[:limit]]

    def _allowed(self, ref: EntityRef, scope: Scope) -> bool:
        kind_ok = scope.kinds is None or ref.kind in scope.kinds
        return kind_ok and self.directory.visible(ref, scope.guild_id)


def _why_not(picked: Ambiguous | NoMatch, scope: Scope) -> str:
    query = escape_markdown(picked.query)
    if isinstance(picked, Ambiguous):
        names = "; ".join(escape_markdown(label_for(m, 60)) for m in picked.candidates[:4])
        return f"“{query}” matches several: {names}. Pick one from the suggestions."
    what = "person" if scope.kinds == PEOPLE else "team"
    closest = ", ".join(escape_markdown(m.label) for m in picked.suggestions)
    hint = f" Closest: {closest}." if picked.suggestions else ""
    return f"No {what} matches “{query}”.{hint}"
