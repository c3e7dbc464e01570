"""The article reader's view of our people and teams: exact names only, scoped to a guild.

The reader proposes moves from whatever it recognises, so it only takes names the index is sure
of: a full name or alias (or a surname that names one person only, marked not exact), and a
team's name or alias, or its name with a word left out ("Tudor Pro Cycling"). Teams that share
a name (a men's and a women's lineage) give the likelier one.

One reader asks about many capitalised runs, most of them neither a person nor a team. So each
run is resolved once over people and teams together (as cheap as over one kind), and a run with
a word no indexed name holds is not resolved at all.
"""

from __future__ import annotations

from bot.domain.matching import FULL, FUZZY_CAP, SURNAME, Match, Resolution
from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.pelotons import Pelotons
from bot.domain.reading import Known
from bot.services.directory import Directory

TEAM = EntityKind.TEAM
# A rider cannot join the other peloton's team: its sister team (sharing a sponsor's word) is
# meant even when the text's spelling is some way off ("EF Education-Cannondale").
SISTER_FLOOR = 70.0
_GENERIC = frozenset({"team", "pro", "cycling", "racing", "women", "men", "the", "de", "la"})


class ReaderLookup:
    """Implements reading.Lookup over the name index (one instance per article)."""

    def __init__(self, directory: Directory, guild_id: int | None) -> None:
        self.directory = directory
        self.guild_id = guild_id
        self._seen: dict[str, Resolution | None] = {}
        self._sisters: dict[tuple[str, int], Known | None] = {}

    def person(self, name: str) -> Known | None:
        res = self._resolve(name, EntityKind.PERSON)
        if res is None or res.outcome != "match" or res.best is None:
            return None
        if res.best.score < SURNAME:
            return None
        return Known(res.best.ref, res.best.label, exact=res.best.score >= FULL)

    def team(self, name: str) -> Known | None:
        res = self._resolve(name, EntityKind.TEAM)
        if res is None:
            return None
        best = res.best if res.outcome == "match" else _same_name(name, res.candidates)
        if best is None or best.score < FUZZY_CAP:
            return None
        return Known(best.ref, best.label, exact=best.score >= FULL)

    def team_for(self, name: str, person: EntityRef) -> Known | None:
        """The team `name` means for this person, when that differs from `team(name)`.

        A sponsor's men's and women's teams share a name ("Movistar Team", "Lidl-Trek"); the
        one whose riders share teams with the person's (pelotons) is meant. None: no better
        choice (no history, or the likeliest team is already in the person's peloton).
        """
        pelotons = self.directory.pelotons()
        group = pelotons.of_person(person.id)
        if group is None or self._unknown_words(name):
            return None
        key = (" ".join(name.split()), group)
        if key not in self._sisters:
            self._sisters[key] = self._sister(name, group, pelotons)
        return self._sisters[key]

    def _sister(self, name: str, group: int, pelotons: Pelotons) -> Known | None:
        current = self.team(name)
        if current is not None and pelotons.of_team(current.ref.id) in (group, None):
            return None  # the likeliest team is already in the person's peloton
        found = self.directory.search(" ".join(name.split()), self.guild_id, limit=8, kinds={TEAM})
        words = set(fold(name).split()) - _GENERIC
        mine = [
            c
            for c in found
            if c.score >= SISTER_FLOOR
            and pelotons.of_team(c.ref.id) == group
            and words & set(fold(c.matched_name).split())
        ]
        if not mine:
            return None
        # among equals, the one that holds the text's words in order ("Jayco AlUla" in "Team
        # Jayco AlUla", not in "Liv-AlUla-Jayco")
        query = f" {fold(name)} "
        best = max(mine, key=lambda c: (c.score, query in f" {fold(c.matched_name)} "))
        return Known(best.ref, best.label, exact=best.score >= FULL)

    def _resolve(self, name: str, kind: EntityKind) -> Resolution | None:
        """`name` resolved for one kind: from one query over both kinds when that is clear."""
        if self._unknown_words(name):
            return None
        key = " ".join(name.split())
        if key not in self._seen:
            self._seen[key] = self.directory.resolve(key, self.guild_id)
        both = self._seen[key]
        if both is None:
            return None
        top = [c for c in both.candidates if c.score == both.candidates[0].score]
        kinds = {c.ref.kind for c in top}
        if kinds == {kind} or (both.outcome == "none" and not both.candidates):
            return both
        if not top or (kind not in kinds and both.candidates[0].score >= FULL):
            return None  # the name is the other kind's, exactly
        return self.directory.resolve(key, self.guild_id, kinds={kind})

    def _unknown_words(self, name: str) -> bool:
        """True when a word of `name` is in no indexed name: no exact match can hold it.

        It reads the index's vocabulary (a dict of folded words); if that ever goes, every
        name is simply resolved.
        """
        vocab = getattr(self.directory.index, "_vocab", None)
        if not isinstance(vocab, dict):
            return False
        return any(word not in vocab for word in fold(name).split())


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
