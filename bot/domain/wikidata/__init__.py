"""Wikidata's entity JSON, read into small records, and the rules that turn them into facts."""

from bot.domain.wikidata.model import (
    ItemRecord,
    MissingRecord,
    PersonRecord,
    ReadProblems,
    Record,
    SeasonRecord,
    Tenure,
    WikiTime,
)
from bot.domain.wikidata.reader import (
    EntityFormatError,
    read_dump_lines,
    read_entity,
    read_response,
)

__all__ = [
    "EntityFormatError",
    "ItemRecord",
    "MissingRecord",
    "PersonRecord",
    "ReadProblems",
    "Record",
    "SeasonRecord",
    "Tenure",
    "WikiTime",
    "read_dump_lines",
    "read_entity",
    "read_response",
]
