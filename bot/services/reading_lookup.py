"""The article reader's view of our people and teams: exact names only, scoped to a guild.

The reader proposes moves from whatever it recognises, so it only takes names the index is sure
of: a full name or alias (or a surname that names one person only, marked not exact), and a
team's name or alias, or its name with a word left out ("Tudor Pro Cycling"). Teams that share
a name (a men's and a women's lineage) give the likelier one.
"""

from __future__ import annotations

from bot.domain.matching import FULL, FUZZY_CAP, SURNAME, Match
from bot.domain.models import EntityKind
from bot.domain.names import fold
from bot.domain.reading import Known
from bot.services.directory import Directory


class ReaderLookup:
    """Implements reading.Lookup over the name index."""

    def __init__(self, directory: Directory, guild_id: int | None) -> None:
        self.directory = directory
        self.guild_id = guild_id

    def person(self, name: str) -> Known | None:
        res = self.directory.resolve(name, self.guild_id, kinds={EntityKind.PERSON})
        if res.outcome != "match" or res.best is None or res.best.score < SURNAME:
            return None
        return Known(res.best.ref, res.best.label, exact=res.best.score >= FULL)

    def team(self, name: str) -> Known | None:
        res = self.directory.resolve(name, self.guild_id, kinds={EntityKind.TEAM})
        best = res.best if res.outcome == "match" else _same_name(name, res.candidates)
        if best is None or best.score < FUZZY_CAP:
            return None
        return Known(best.ref, best.label, exact=best.score >= FULL)


def _same_name(query: str, candidates: list[Match]) -> Match | None:
    """Tied candidates that carry the same name are one name: take the likeliest. Among tied
    names, those that hold the query's words in order ("Jayco AlUla" in "Team Jayco AlUla",
    not in "Liv-AlUla-Jayco") count."""
    if not candidates:
        return None
    tied = [c for c in candidates if c.score == candidates[0].score]
    words = f" {fold(query)} "
    holding = [c for c in tied if words in f" {fold(c.matched_name)} "] or tied
    if len({fold(c.matched_name) for c in holding}) == 1:
        return holding[0]
    return None
