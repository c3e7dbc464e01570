"""The article reader: the moves a news article reports, as proposals a moderator confirms.

A package of small pure stages with typed records between them (see docs/reading.md):

    clean -> furniture -> attribution -> mentions -> layouts -> triggers -> subjects -> teams
          -> seasons -> status -> merge

No I/O and no Discord: the caller passes a `Lookup` over its people and teams. Vocabularies are
data tables, one per language (`reading.vocab`).
"""

from bot.domain.reading.pipeline import digest, read_article
from bot.domain.reading.records import (
    Known,
    Lookup,
    PersonPick,
    Proposal,
    Reading,
    ReadingFailed,
    SeasonBasis,
    TeamPick,
)

__all__ = [
    "Known",
    "Lookup",
    "PersonPick",
    "Proposal",
    "Reading",
    "ReadingFailed",
    "SeasonBasis",
    "TeamPick",
    "digest",
    "read_article",
]
