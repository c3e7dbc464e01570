"""What a Wikidata import or sync did, for the command line and the log."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SHOWN = 30  # detail lines per list in `lines()`


@dataclass(slots=True)
class Unsure:
    """A Wikidata entity that may be a stored record; kept apart until a moderator decides."""

    wikidata_id: str
    name: str
    candidate: str  # the stored record, as "name (key)"
    reason: str


@dataclass(slots=True)
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    matched: int = 0  # Wikidata people joined to a person stored before
    unsure: list[Unsure] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    gone: list[str] = field(default_factory=list)  # ids Wikidata reports missing (deleted)
    redirects: int = 0
    earlier_problems: int = 0  # counted by the part of a resumed sync that ran before

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MergeReport:
        """Counts saved by `as_dict` (a sync's part that ran before it was stopped)."""
        return cls(
            added=dict(data.get("added") or {}),
            updated=dict(data.get("updated") or {}),
            removed=dict(data.get("removed") or {}),
            matched=int(data.get("matched") or 0),
            gone=list(data.get("gone_ids") or []),
            redirects=int(data.get("redirects") or 0),
            earlier_problems=int(data.get("problems") or 0),
        )

    def count(self, what: dict[str, int], section: str, n: int = 1) -> None:
        """Add `n` to `section` in one of the counts (added, updated, removed)."""
        if n:
            what[section] = what.get(section, 0) + n

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return bool(self.added or self.updated or self.removed)

    def absorb(self, other: MergeReport) -> None:
        """Add another batch's counts and lists to this one."""
        for mine, theirs in (
            (self.added, other.added),
            (self.updated, other.updated),
            (self.removed, other.removed),
        ):
            for k, v in theirs.items():
                mine[k] = mine.get(k, 0) + v
        self.matched += other.matched
        self.unsure += other.unsure
        self.problems += other.problems
        self.gone += other.gone
        self.redirects += other.redirects
        self.earlier_problems += other.earlier_problems

    def as_dict(self) -> dict[str, Any]:
        """The counts, as JSON for the audit log and a sync's saved state."""
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "matched": self.matched,
            "unsure": len(self.unsure),
            "problems": len(self.problems) + self.earlier_problems,
            "gone_ids": self.gone[:1000],
            "redirects": self.redirects,
        }

    def lines(self) -> list[str]:
        """The report as text lines for the command line."""
        out = []
        for label, counts in (
            ("added", self.added),
            ("updated", self.updated),
            ("removed", self.removed),
        ):
            parts = [f"{n} {section}" for section, n in sorted(counts.items()) if n]
            out.append(f"{label}: {', '.join(parts) or 'nothing'}")
        out.append(f"joined to people already stored: {self.matched}")
        if self.redirects:
            out.append(f"merged items followed: {self.redirects}")
        out.append(f"unsure matches kept apart: {len(self.unsure)}")
        out += [
            f"  {u.wikidata_id} {u.name} may be {u.candidate}: {u.reason}"
            for u in self.unsure[:SHOWN]
        ]
        out += _more(len(self.unsure))
        if self.gone:
            out.append(f"deleted on Wikidata (records kept): {', '.join(self.gone[:SHOWN])}")
        earlier = (
            f" (and {self.earlier_problems} before the sync resumed)"
            if self.earlier_problems
            else ""
        )
        out.append(f"not used: {len(self.problems)}{earlier}")
        out += [f"  {where}: {why}" for where, why in self.problems[:SHOWN]]
        out += _more(len(self.problems))
        return out


def _more(n: int) -> list[str]:
    return [f"  ... and {n - SHOWN} more"] if n > SHOWN else []
