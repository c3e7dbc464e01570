"""Where registry facts come from, in words: each source's name, what it covers, its licence.

A registry line is shown as registry data with its source, never as a news story; these are
the words every answer and error uses for that, kept in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

DATASET, WIKIDATA, MODERATOR = "dataset", "wikidata", "moderator"

# The order sources are named in: the broadest first.
_ORDER = (WIKIDATA, DATASET, MODERATOR)
_NAMES = {WIKIDATA: "Wikidata", DATASET: "LeTourDataSet", MODERATOR: "moderators"}
# What a source covers, where a reader could take its gaps for facts.
_COVERAGE = {
    WIKIDATA: "Wikidata (team memberships per season)",
    DATASET: "LeTourDataSet (Tour de France finishers only: seasons without a Tour finish are "
    "missing)",
    MODERATOR: "Mercato moderators",
}
_LICENCES = {WIKIDATA: "Wikidata (CC0)", DATASET: "LeTourDataSet (MIT)"}


def _ordered(sources: Iterable[str]) -> list[str]:
    found = set(sources)
    return [s for s in _ORDER if s in found]


def source_names(sources: Iterable[str]) -> str:
    """'Wikidata, LeTourDataSet': the sources that state a registry fact, broadest first."""
    return ", ".join(_NAMES[s] for s in _ordered(sources))


def coverage(sources: Iterable[str]) -> str:
    """Where a team history comes from and what each source covers."""
    parts = [_COVERAGE[s] for s in _ordered(sources)]
    return " and ".join(parts)


def attribution(sources: Iterable[str]) -> str:
    """The licence line an answer's footer carries when it shows registry data ('' for none)."""
    named = [_LICENCES[s] for s in _ordered(sources) if s in _LICENCES]
    return "team registry: " + ", ".join(named) if named else ""
