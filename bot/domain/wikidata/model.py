"""What Mercato keeps of a Wikidata entity: small records, one per entity, no raw JSON.

The reader (`reader.py`) turns one entity of the JSON format (`wbgetentities`, the JSON dumps)
into one of these records; the merge in `bot/storage/registry_merge.py` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class WikiTime:
    """A Wikidata time value, as precise as the statement says (year, month or day)."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """ISO 8601 text at the value's precision: '2019', '2019-07' or '2019-07-01'."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> tuple[int, int, int]:
        """The earliest day the value can mean, for ordering."""
        return (self.year, self.month or 1, self.day or 1)

    def last_day(self) -> tuple[int, int, int]:
        """The latest day the value can mean, for ordering."""
        return (self.year, self.month or 12, self.day or 31)


@dataclass(frozen=True, slots=True)
class Tenure:
    """One 'member of sports team' (P54) statement, or a roster line of a team season."""

    target: str  # the team season or team item the statement points at (or the person, on a roster)
    start: WikiTime | None = None
    end: WikiTime | None = None
    role: str | None = None  # a Mercato role when a qualifier or the property says so
    role_items: tuple[str, ...] = ()  # 'subject has role' items, classified by the merge

    @property
    def conflicting(self) -> bool:
        """The statement ends before it starts."""
        return (
            self.start is not None
            and self.end is not None
            and self.end.last_day() < self.start.first_day()
        )


@dataclass(frozen=True, slots=True)
class PersonRecord:
    qid: str
    name: str
    names: tuple[str, ...] = ()  # other labels and aliases, without `name`
    birth_date: str | None = None  # ISO at the statement's precision
    countries: tuple[str, ...] = ()  # P27 items, preferred rank first
    occupations: tuple[str, ...] = ()  # P106 items
    tenures: tuple[Tenure, ...] = ()
    pcs_id: str | None = None  # P1663, kept as an identifier only
    redirected_from: str | None = None


@dataclass(frozen=True, slots=True)
class SeasonRecord:
    """A team season item (instance of Q53534649): one team, one year, the season's name."""

    qid: str
    team: str | None  # P5138 'season of club or team' (else P361 'part of')
    season: int | None
    name: str | None  # the label without its year
    categories: tuple[str, ...] = ()  # P2094 competition class (UCI WorldTeam, ...)
    country: str | None = None
    roster: tuple[Tenure, ...] = ()  # people listed on the season itself (P527, P1037, P286)
    redirected_from: str | None = None


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """Any other item: a team, a country, an occupation; the merge decides by what refers to it."""

    qid: str
    name: str | None
    names: tuple[str, ...] = ()
    english: str | None = None  # the English label, to classify occupations
    classes: tuple[str, ...] = ()  # P31
    country: str | None = None  # P17
    ioc: str | None = None  # P984, on countries
    inception: int | None = None  # P571 year
    dissolved: int | None = None  # P576 year
    redirected_from: str | None = None


@dataclass(frozen=True, slots=True)
class MissingRecord:
    """An id the API reports as missing: deleted, or never created."""

    qid: str


Record = PersonRecord | SeasonRecord | ItemRecord | MissingRecord


@dataclass(slots=True)
class ReadProblems:
    """Entities that could not be read at all, with why (line numbers in a dump file)."""

    items: list[tuple[str, str]] = field(default_factory=list)

    def add(self, where: str, why: str) -> None:
        """Note that the entity at `where` was not read, and why."""
        self.items.append((where, why))
