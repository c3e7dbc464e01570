"""From statements to registry facts: memberships per season, a person's role, a team's names.

Pure functions over records and what the merge already knows (which items are team seasons,
which are teams, what an occupation means). No I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass

from bot.domain.wikidata.model import PersonRecord, Tenure, WikiTime

RIDER = "rider"
STAFF_ORDER = ("manager", "directeur_sportif", "coach", "staff")
SOURCE_ORDER = {"dataset": 0, "wikidata": 1, "moderator": 2}  # who wins a season's team name


@dataclass(frozen=True, slots=True)
class SeasonRef:
    """What the registry knows of a team season item: its team item and its year."""

    team: str
    season: int


@dataclass(frozen=True, slots=True)
class MembershipFact:
    """One person in one team for one season, with the dates inside that season when known."""

    team: str  # the team item
    season: int
    start: str | None  # ISO, at the statement's precision; None: from the season's start
    end: str | None  # None: to the season's end, or still there
    role: str
    via: str  # the item the statement pointed at (the team season, or the team)


def _inside(when: WikiTime | None, season: int) -> str | None:
    return when.iso() if when is not None and when.year == season else None


def _role(tenure: Tenure, role_of_item: Callable[[str], str | None]) -> str:
    if tenure.role:
        return tenure.role
    for item in tenure.role_items:
        role = role_of_item(item)
        if role:
            return role
    return RIDER


def _team_years(
    tenure: Tenure, next_start: int | None, this_year: int
) -> tuple[range | None, str | None]:
    """The seasons a statement on a team itself covers, or None and why not."""
    if tenure.start is None:
        return None, f"{tenure.target}: no start date on a team (not a team season)"
    first = tenure.start.year
    if tenure.end is not None:
        last = tenure.end.year
    elif next_start is not None and next_start >= first:
        last = next_start  # open-ended until the next team: both in the year of the move
    else:
        last = this_year
    return range(first, min(last, this_year + 1) + 1), None


def person_memberships(
    person: PersonRecord,
    seasons: Mapping[str, SeasonRef],
    teams: Container[str],
    role_of_item: Callable[[str], str | None],
    this_year: int,
    *,
    since: int | None = None,
    roster: Iterable[tuple[str, Tenure]] = (),
) -> tuple[list[MembershipFact], list[str]]:
    """A person's memberships, one per team and season, and the statements that were not used.

    `roster` holds the lines of team seasons that list this person (season item, line): they
    add the seasons the person's own statements do not mention.
    """
    problems: list[str] = []
    facts: dict[tuple[str, int], MembershipFact] = {}
    starts = sorted(t.start.year for t in person.tenures if t.start is not None)

    def add(fact: MembershipFact) -> None:
        if since is not None and fact.season < since:
            return
        key = (fact.team, fact.season)
        old = facts.get(key)
        facts[key] = fact if old is None else _combine(old, fact)

    for tenure in person.tenures:
        conflicting = tenure.conflicting
        if conflicting:
            problems.append(f"{tenure.target}: ends before it starts; dates ignored")
        role = _role(tenure, role_of_item)
        season = seasons.get(tenure.target)
        if season is not None:
            start = None if conflicting else _inside(tenure.start, season.season)
            end = None if conflicting else _inside(tenure.end, season.season)
            add(MembershipFact(season.team, season.season, start, end, role, tenure.target))
            continue
        if tenure.target not in teams:
            continue  # a team outside the registry (amateur, national, other sports)
        if conflicting:
            continue
        later = [y for y in starts if tenure.start is not None and y > tenure.start.year]
        years, why = _team_years(tenure, later[0] if later else None, this_year)
        if years is None:
            problems.append(why or tenure.target)
            continue
        for year in years:
            start, end = _inside(tenure.start, year), _inside(tenure.end, year)
            add(MembershipFact(tenure.target, year, start, end, role, tenure.target))
    own = {(f.team, f.season) for f in facts.values()}
    for fact in _roster_facts(roster, seasons, role_of_item):
        if (fact.team, fact.season) not in own:
            add(fact)
    return sorted(facts.values(), key=lambda f: (f.season, f.start or "", f.team)), problems


def _roster_facts(
    roster: Iterable[tuple[str, Tenure]],
    seasons: Mapping[str, SeasonRef],
    role_of_item: Callable[[str], str | None],
) -> Iterable[MembershipFact]:
    """Memberships from the lines of team seasons that list the person."""
    for season_qid, line in roster:
        season = seasons.get(season_qid)
        if season is None:
            continue
        dates_ok = not line.conflicting
        yield MembershipFact(
            season.team,
            season.season,
            _inside(line.start, season.season) if dates_ok else None,
            _inside(line.end, season.season) if dates_ok else None,
            _role(line, role_of_item),
            season_qid,
        )


def _combine(a: MembershipFact, b: MembershipFact) -> MembershipFact:
    """Two statements on the same team and season: the widest dates, a staff role over rider."""
    start = None if a.start is None or b.start is None else min(a.start, b.start)
    end = None if a.end is None or b.end is None else max(a.end, b.end)
    role = a.role if a.role != RIDER else b.role
    return MembershipFact(a.team, a.season, start, end, role, a.via)


def person_role(
    facts: list[MembershipFact], occupation_roles: Iterable[str], this_year: int
) -> str:
    """What a person is now: the role of their latest season, or their occupation when their
    riding days are over and an occupation says what they became."""
    occupations = set(occupation_roles)
    staff = [r for r in STAFF_ORDER if r in occupations]
    if facts:
        latest = max(f.season for f in facts)
        roles = {f.role for f in facts if f.season == latest}
        for role in STAFF_ORDER:
            if role in roles:
                return role
        if latest >= this_year - 1 or not staff:
            return RIDER
        return staff[0]
    if staff:
        return staff[0]
    return RIDER


NameRange = tuple[str, int, int | None, str]  # (name, first season, last season or None, source)


def combine_names(
    stored: Iterable[NameRange],
    wikidata: Mapping[int, str],
    *,
    open_end: bool,
    this_year: int,
) -> list[NameRange]:
    """A lineage's names per season from what is stored and the season names Wikidata gives.

    Wikidata's own earlier rows are replaced by what it says now. Per season a moderator's name
    wins over Wikidata's, and Wikidata's over a data file's. Seasons with the same name and
    source join into one range (a missing season in between does not split it); the last range
    is open (still current) when what gave its last season says the team goes on.
    """
    stored = list(stored)
    if not wikidata:
        return sorted(stored, key=lambda r: r[1])
    kept = [r for r in stored if r[3] != "wikidata"]
    last_known = max(this_year, *wikidata.keys())
    per_season: dict[int, tuple[str, str, bool]] = {}  # season -> (name, source, open)
    for name, first, last, source in kept:
        for season in range(first, (last if last is not None else max(first, last_known)) + 1):
            old = per_season.get(season)
            if old is None or SOURCE_ORDER.get(source, 0) >= SOURCE_ORDER.get(old[1], 0):
                per_season[season] = (name, source, last is None)
    wikidata_rank = SOURCE_ORDER["wikidata"]
    for season, name in wikidata.items():
        old = per_season.get(season)
        if old is None or SOURCE_ORDER.get(old[1], 0) < wikidata_rank:
            per_season[season] = (name, "wikidata", open_end)
    ranges: list[tuple[str, int, int, str]] = []
    for season in sorted(per_season):
        name, source, _ = per_season[season]
        if ranges and ranges[-1][0] == name and ranges[-1][3] == source:
            ranges[-1] = (name, ranges[-1][1], season, source)
        else:
            ranges.append((name, season, season, source))
    out: list[NameRange] = list(ranges)
    name, first, last, source = ranges[-1]
    if per_season[last][2]:
        out[-1] = (name, first, None, source)
    return out
