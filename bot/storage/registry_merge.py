"""Merge Wikidata records into the registry, keeping every fact's provenance.

The rules (issue 14):
- every person, team, name, alias and membership records its source, the Wikidata item it was
  read from and when; a dataset fact that Wikidata also states keeps source 'dataset' and
  gains the item id;
- Wikidata never overwrites or deletes a moderator's fact, and never touches stories (claims,
  reports). It fills blanks in a data file's facts, replaces its own earlier facts, and may
  turn a data file's default role 'rider' into the staff role it knows;
- a Wikidata person joins a stored person with the same name and birth date, else the same name
  and an overlapping membership (or a global story's move to that team that season: a
  moderator's person has stories, not memberships); anything less sure stays apart and is
  listed as unsure;
- team lineages are joined through the team item (a stored lineage whose names match the
  seasons' names), and season names become the lineage's names per season.

Runs on a plain sqlite3 connection inside the caller's transaction (a worker thread): an
import merges a whole file in one transaction, a sync one batch of 50 at a time. Writes happen
only where something differs, so merging the same entities again changes nothing.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.domain.names import fold
from bot.domain.wikidata.model import ItemRecord, PersonRecord, SeasonRecord, Tenure
from bot.domain.wikidata.reader import MAX_NAMES
from bot.domain.wikidata.report import MergeReport, Unsure
from bot.domain.wikidata.tenure import (
    MembershipFact,
    SeasonRef,
    combine_names,
    person_memberships,
    person_role,
)
from bot.domain.wikidata.vocabulary import (
    COUNTRY_IOC,
    OCCUPATION_ROLE,
    TEAM_CATEGORY,
    occupation_role,
)

log = logging.getLogger(__name__)

DATASET = "dataset"
WIKIDATA = "wikidata"
MODERATOR = "moderator"
STAFF_ROLES = frozenset({"coach", "directeur_sportif", "manager", "staff"})
_SLUG = re.compile(r"[^a-z0-9]+")
# The teams and seasons a stored person is known in: memberships, and the moves of their
# global stories (a moderator's person has no memberships, but a story names a team).
_KNOWN_TEAMS = (
    "SELECT team_id, season FROM membership WHERE person_id = ?"
    " UNION SELECT to_team_id, season FROM claim WHERE person_id = ? AND guild_id IS NULL"
    " AND to_team_id IS NOT NULL AND season IS NOT NULL"
    " UNION SELECT from_team_id, season - 1 FROM claim WHERE person_id = ? AND guild_id IS NULL"
    " AND from_team_id IS NOT NULL AND season IS NOT NULL"
)


def slug(name: str) -> str:
    """A lowercase key from a name: 'Tadej Pogačar' -> 'tadej-pogacar'."""
    return _SLUG.sub("-", fold(name)).strip("-")[:80] or "item"


def _same_day(a: str | None, b: str | None) -> bool | None:
    """True: the same full date; False: different where both are known; None: cannot tell."""
    if not a or not b:
        return None
    n = min(len(a), len(b))
    if a[:n] != b[:n]:
        return False
    return True if n >= 10 else None


@dataclass(slots=True)
class _Stored:
    """A stored membership row's values that the merge compares."""

    role: str
    start: str | None
    end: str | None
    source: str
    wikidata_id: str | None


class RegistryWriter:
    """Merges records on `conn`; caches what it has read so batches cost little each."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        retrieved_at: str,
        this_year: int,
        since: int | None = None,
    ) -> None:
        self.conn = conn
        self.at = retrieved_at
        self.this_year = this_year
        self.since = since
        self.report = MergeReport()
        self.changed_people: set[int] = set()
        self.changed_teams: set[int] = set()
        self.person_by_qid: dict[str, int] = dict(
            conn.execute("SELECT wikidata_id, id FROM person WHERE wikidata_id IS NOT NULL")
        )
        self._linked = set(self.person_by_qid.values())  # people joined to an item
        self.team_by_qid: dict[str, int] = dict(
            conn.execute("SELECT wikidata_id, id FROM team WHERE wikidata_id IS NOT NULL")
        )
        team_qid = {v: k for k, v in self.team_by_qid.items()}
        self.seasons: dict[str, SeasonRef] = {
            qid: SeasonRef(team_qid[team_id], season)
            for qid, team_id, season in conn.execute(
                "SELECT wikidata_id, team_id, season FROM team_season"
            )
            if team_id in team_qid
        }
        self._stored_terms: dict[str, str | None] = dict(
            conn.execute("SELECT wikidata_id, value FROM wikidata_term")
        )
        self.terms: dict[str, str | None] = {**COUNTRY_IOC, **OCCUPATION_ROLE}
        self.terms.update((k, v) for k, v in self._stored_terms.items() if v is not None)
        self.rosters: dict[str, list[tuple[str, Tenure]]] = {}
        self._roster_seen: set[str] = set()
        self._person_names: dict[str, set[int]] | None = None
        self._team_names: dict[str, list[tuple[int, int, int | None]]] | None = None

    # -- terms ------------------------------------------------------------------------------
    def country(self, qid: str | None) -> str | None:
        """The IOC code of a country item, when known."""
        return self.terms.get(qid) if qid else None

    def occupation(self, qid: str) -> str | None:
        """The Mercato role an occupation (or role) item means, when known."""
        return self.terms.get(qid)

    def learn_term(self, qid: str, kind: str, value: str | None) -> None:
        """Record what a country (IOC code) or an occupation (role) item means."""
        if qid in self._stored_terms and self._stored_terms[qid] == value:
            return
        self.conn.execute(
            "INSERT INTO wikidata_term (wikidata_id, kind, value, retrieved_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (wikidata_id) DO UPDATE SET kind = excluded.kind,"
            " value = excluded.value, retrieved_at = excluded.retrieved_at",
            (qid, kind, value, self.at),
        )
        self._stored_terms[qid] = value
        if value is not None:
            self.terms[qid] = value
        self.report.count(self.report.updated, "terms")

    def learn_items(
        self,
        items: Iterable[ItemRecord],
        occupations: Collection[str],
        countries: Collection[str] = (),
    ) -> None:
        """Countries (items with an IOC code, or named as one) and occupation items.

        An item named as a country or occupation that means nothing to Mercato is recorded
        too (value NULL), so a sync does not ask for it again.
        """
        for item in items:
            if item.ioc or item.qid in countries:
                self.learn_term(item.qid, "country", item.ioc)
            elif item.qid in occupations:
                self.learn_term(item.qid, "occupation", occupation_role(item.english))

    def unknown_terms(self, people: Iterable[PersonRecord]) -> tuple[set[str], set[str]]:
        """The countries and occupations (or roles) these people name that are not known yet."""
        countries: set[str] = set()
        occupations: set[str] = set()
        for p in people:
            countries.update(q for q in p.countries if not self._knows(q))
            occupations.update(q for q in p.occupations if not self._knows(q))
            for tenure in p.tenures:
                occupations.update(q for q in tenure.role_items if not self._knows(q))
        return countries, occupations

    def _knows(self, qid: str) -> bool:
        return qid in self.terms or qid in self._stored_terms

    # -- teams and team seasons ---------------------------------------------------------------
    def merge_seasons(
        self, seasons: Iterable[SeasonRecord], items: Mapping[str, ItemRecord]
    ) -> None:
        """Merge team seasons, grouped by team, with their team items where given."""
        by_team: dict[str, list[SeasonRecord]] = {}
        for s in seasons:
            if s.team is None or s.season is None or not s.name:
                self.report.problems.append(
                    (s.qid, "a team season needs its team (P5138), a year and a label")
                )
                continue
            by_team.setdefault(s.team, []).append(s)
            if s.qid not in self._roster_seen:
                self._roster_seen.add(s.qid)
                for line in s.roster:
                    self.rosters.setdefault(line.target, []).append((s.qid, line))
        for team_qid, group in by_team.items():
            self._merge_team(team_qid, items.get(team_qid), group)

    def _merge_team(
        self, team_qid: str, item: ItemRecord | None, group: list[SeasonRecord]
    ) -> None:
        names: dict[int, str] = {}
        first_item: dict[int, str] = {}
        for s in sorted(group, key=lambda s: (s.season, s.qid)):
            assert s.season is not None and s.name is not None
            if s.season in names and names[s.season] != s.name:
                self.report.problems.append(
                    (s.qid, f"a second season item for {team_qid} in {s.season}; name not used")
                )
                continue
            names.setdefault(s.season, s.name)
            first_item.setdefault(s.season, s.qid)
        latest = max(group, key=lambda s: s.season or 0)
        team_id = self._team_lineage(team_qid, item, names, first_item, latest.country)
        self._write_seasons(team_id, group)
        for s in group:
            assert s.season is not None
            self.seasons[s.qid] = SeasonRef(team_qid, s.season)

    def _team_lineage(
        self,
        team_qid: str,
        item: ItemRecord | None,
        names: dict[int, str],
        first_item: dict[int, str],
        country_item: str | None,
    ) -> int:
        """Find or create the lineage of `team_qid`, then its names, country and end."""
        team_id = self._team_for(team_qid, item, names, names[max(names)])
        dissolved = item.dissolved if item else None
        open_end = dissolved is None and max(names) >= self.this_year - 1
        self._write_names(team_id, names, first_item, open_end)
        country = self.country(item.country if item and item.country else country_item)
        self._team_facts(team_id, country, dissolved, item)
        return team_id

    def merge_team_items(self, items: Iterable[ItemRecord], first_seen: Mapping[str, int]) -> None:
        """Teams that people's statements name directly (no team season items for them).

        Only items of a known team class, and only those `first_seen` names (the first year a
        statement gives): the team's label becomes its name from then on.
        """
        for item in items:
            first = first_seen.get(item.qid)
            if first is None or item.qid in self.team_by_qid or not item.name:
                continue
            if not any(c in TEAM_CATEGORY for c in item.classes):
                continue
            first = max(item.inception or first, self.since or first)
            last = min(item.dissolved or self.this_year, self.this_year)
            years = range(first, last + 1) if last - first < 60 else range(last, last + 1)
            if not years:
                continue
            self._team_lineage(item.qid, item, dict.fromkeys(years, item.name), {}, None)

    def _team_for(
        self, team_qid: str, item: ItemRecord | None, names: dict[int, str], label: str
    ) -> int:
        team_id = self.team_by_qid.get(team_qid)
        origin = item.redirected_from if item else None
        if team_id is None and origin and origin in self.team_by_qid:
            team_id = self.team_by_qid.pop(origin)
            self.conn.execute(
                "UPDATE team SET wikidata_id = ?, retrieved_at = ? WHERE id = ?",
                (team_qid, self.at, team_id),
            )
            self.report.redirects += 1
        if team_id is None:
            team_id = self._match_team(team_qid, names, label)
            if team_id is not None:
                self.conn.execute(
                    "UPDATE team SET wikidata_id = ?, retrieved_at = ? WHERE id = ?",
                    (team_qid, self.at, team_id),
                )
                self.report.count(self.report.updated, "teams")
                self.changed_teams.add(team_id)
        if team_id is None:
            team_id = self._insert_keyed(
                "team",
                label,
                team_qid,
                "INSERT INTO team (key, source, wikidata_id, retrieved_at) VALUES (?, ?, ?, ?)",
                (WIKIDATA, team_qid, self.at),
            )
            self.report.count(self.report.added, "teams")
            self.changed_teams.add(team_id)
            self._reviewed(team_qid, team_id)
        self.team_by_qid[team_qid] = team_id
        return team_id

    def _insert_keyed(
        self, table: str, name: str, qid: str, sql: str, rest: tuple[Any, ...]
    ) -> int:
        """Insert a row keyed by its name's slug, or by slug and item id when that is taken."""
        key = slug(name)
        taken = self.conn.execute(f"SELECT 1 FROM {table} WHERE key = ?", (key,)).fetchone()
        if taken:
            key = f"{key}-{qid.lower()}"
        row_id = self.conn.execute(sql, (key, *rest)).lastrowid
        assert row_id is not None
        return row_id

    def _stored_team_names(self) -> dict[str, list[tuple[int, int, int | None]]]:
        """Folded name -> (team, first, last) of lineages not joined to a team item yet."""
        if self._team_names is None:
            found: dict[str, list[tuple[int, int, int | None]]] = {}
            for team_id, name, first, last in self.conn.execute(
                "SELECT n.team_id, n.name, n.first_season, n.last_season FROM team_name n"
                " JOIN team t ON t.id = n.team_id"
                " WHERE t.wikidata_id IS NULL AND t.guild_id IS NULL"
            ):
                found.setdefault(fold(name), []).append((team_id, first, last))
            self._team_names = found
        return self._team_names

    def _match_team(self, team_qid: str, names: dict[int, str], label: str) -> int | None:
        """The stored lineage carrying the same names in the same seasons, if one clearly does."""
        linked = set(self.team_by_qid.values())
        score: dict[int, int] = {}
        stored = self._stored_team_names()
        for season, name in names.items():
            for team_id, first, last in stored.get(fold(name), ()):
                if team_id not in linked and first <= season and (last is None or season <= last):
                    score[team_id] = score.get(team_id, 0) + 1
        if not score:
            return None
        best = max(score.values())
        top = [t for t, n in score.items() if n == best]
        if len(top) == 1:
            return top[0]
        for team_id in top:
            self._unsure("team", team_qid, label, team_id, "same names in the same seasons")
        return None

    def _write_names(
        self, team_id: int, names: dict[int, str], first_item: dict[int, str], open_end: bool
    ) -> None:
        rows = self.conn.execute(
            "SELECT id, name, first_season, last_season, source FROM team_name WHERE team_id = ?",
            (team_id,),
        ).fetchall()
        have = {(n, f, last, s): row_id for row_id, n, f, last, s in rows}
        want = combine_names(have, names, open_end=open_end, this_year=self.this_year)
        if set(want) == set(have):
            return
        gone = [(row, row_id) for row, row_id in have.items() if row not in want]
        if any(row[3] == MODERATOR for row, _ in gone):  # never reached: moderators win
            raise RuntimeError(f"team {team_id}: a moderator's name would be replaced")
        self.conn.executemany("DELETE FROM team_name WHERE id = ?", [(i,) for _, i in gone])
        self.conn.executemany(
            "INSERT INTO team_name (team_id, name, first_season, last_season, source,"
            " wikidata_id, retrieved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (team_id, n, f, last, s, first_item.get(f) if s == WIKIDATA else None, self.at)
                for n, f, last, s in want
                if (n, f, last, s) not in have
            ],
        )
        self.report.count(self.report.updated, "team names", len(set(want) - set(have)))
        self.changed_teams.add(team_id)

    def _write_seasons(self, team_id: int, group: list[SeasonRecord]) -> None:
        for s in group:
            category = next((TEAM_CATEGORY[c] for c in s.categories if c in TEAM_CATEGORY), None)
            row = (team_id, s.season, s.name, category, self.country(s.country))
            stored = self.conn.execute(
                "SELECT team_id, season, name, category, country FROM team_season"
                " WHERE wikidata_id = ?",
                (s.qid,),
            ).fetchone()
            if stored is not None and tuple(stored) == row:
                continue
            self.conn.execute(
                "INSERT INTO team_season (wikidata_id, team_id, season, name, category, country,"
                " retrieved_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (wikidata_id) DO UPDATE"
                " SET team_id = excluded.team_id, season = excluded.season, name = excluded.name,"
                " category = excluded.category, country = excluded.country,"
                " retrieved_at = excluded.retrieved_at",
                (s.qid, *row, self.at),
            )
            section = self.report.added if stored is None else self.report.updated
            self.report.count(section, "team seasons")

    def _team_facts(
        self, team_id: int, country: str | None, dissolved: int | None, item: ItemRecord | None
    ) -> None:
        stored = self.conn.execute(
            "SELECT country, dissolved, source FROM team WHERE id = ?", (team_id,)
        ).fetchone()
        old_country, old_dissolved, source = stored
        new_country = old_country
        if country and (old_country is None or (source == WIKIDATA and old_country != country)):
            new_country = country
        new_dissolved = old_dissolved if source == MODERATOR else dissolved
        if (new_country, new_dissolved) != (old_country, old_dissolved):
            self.conn.execute(
                "UPDATE team SET country = ?, dissolved = ?, retrieved_at = ? WHERE id = ?",
                (new_country, new_dissolved, self.at, team_id),
            )
            self.report.count(self.report.updated, "teams")
        if item is not None:
            names = [n for n, *_ in self.conn.execute(
                "SELECT name FROM team_name WHERE team_id = ?", (team_id,)
            )]  # fmt: skip
            wanted = [x for x in (item.name, *item.names) if x]
            if self._aliases("team_id", team_id, wanted, names, item.qid):
                self.changed_teams.add(team_id)

    # -- aliases ------------------------------------------------------------------------------
    def _aliases(
        self, column: str, owner: int, wanted: list[str], names: list[str], qid: str
    ) -> bool:
        """Make the owner's Wikidata aliases `wanted`, leaving every other alias alone."""
        rows = self.conn.execute(
            f"SELECT alias, source FROM alias WHERE {column} = ?", (owner,)
        ).fetchall()
        ours = {a for a, s in rows if s == WIKIDATA}
        known = {fold(n) for n in names} | {fold(a) for a, s in rows if s != WIKIDATA}
        want: dict[str, None] = {}
        for name in wanted:
            folded = fold(name)
            if folded and folded not in known:
                want.setdefault(name, None)
                known.add(folded)
        want_set = set(list(want)[:MAX_NAMES])
        add = [a for a in want if a in want_set and a not in ours]
        drop = ours - want_set
        if not add and not drop:
            return False
        self.conn.executemany(
            f"DELETE FROM alias WHERE {column} = ? AND alias = ? AND source = '{WIKIDATA}'",
            [(owner, a) for a in drop],
        )
        self.conn.executemany(
            f"INSERT OR IGNORE INTO alias ({column}, alias, kind, source, wikidata_id,"
            " retrieved_at) VALUES (?, ?, 'alias', ?, ?, ?)",
            [(owner, a, WIKIDATA, qid, self.at) for a in add],
        )
        self.report.count(self.report.added, "aliases", len(add))
        self.report.count(self.report.removed, "aliases", len(drop))
        return True

    # -- people -------------------------------------------------------------------------------
    def merge_people(self, people: Iterable[PersonRecord]) -> None:
        """Merge people: link or create each, then its fields, aliases and memberships."""
        for person in people:
            self._merge_person(person)

    def _merge_person(self, p: PersonRecord) -> None:
        facts, problems = person_memberships(
            p,
            self.seasons,
            self.team_by_qid,
            self.occupation,
            self.this_year,
            since=self.since,
            roster=self.rosters.get(p.qid, ()),
        )
        self.report.problems += [(p.qid, why) for why in problems]
        nationality = next((c for c in map(self.country, p.countries) if c), None)
        occupations = [r for r in map(self.occupation, p.occupations) if r]
        role = person_role(facts, occupations, self.this_year)
        person_id = self._person_for(p, facts, role, nationality)
        if person_id is None:
            return
        changed = self._person_fields(person_id, p, role, nationality)
        names = [p.name, *p.names]
        stored_name = self.conn.execute(
            "SELECT name FROM person WHERE id = ?", (person_id,)
        ).fetchone()[0]
        changed |= self._aliases("person_id", person_id, names, [stored_name], p.qid)
        changed |= self._memberships(person_id, facts)
        self._external_id(person_id, p.pcs_id)
        if changed:
            self.changed_people.add(person_id)

    def _person_for(
        self, p: PersonRecord, facts: list[MembershipFact], role: str, nationality: str | None
    ) -> int | None:
        person_id = self.person_by_qid.get(p.qid)
        origin = p.redirected_from
        if origin and origin in self.person_by_qid:
            merged = self.person_by_qid.pop(origin)
            if person_id is None:
                self.conn.execute(
                    "UPDATE person SET wikidata_id = ?, retrieved_at = ? WHERE id = ?",
                    (p.qid, self.at, merged),
                )
                person_id = merged
                self.report.redirects += 1
            elif merged != person_id:
                self._unsure("person", p.qid, p.name, merged, f"Wikidata merged {origin} into it")
        if person_id is None and not facts:
            self.report.problems.append((p.qid, "no membership in a team of the registry"))
            return None
        if person_id is None:
            person_id = self._match_person(p, facts)
            if person_id is not None:
                self.conn.execute(
                    "UPDATE person SET wikidata_id = ?, retrieved_at = ? WHERE id = ?",
                    (p.qid, self.at, person_id),
                )
                self.report.matched += 1
        if person_id is None:
            person_id = self._insert_keyed(
                "person",
                p.name,
                p.qid,
                "INSERT INTO person (key, name, role, nationality, birth_date, source,"
                " wikidata_id, retrieved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (p.name, role, nationality, p.birth_date, WIKIDATA, p.qid, self.at),
            )
            self.report.count(self.report.added, "people")
            self.changed_people.add(person_id)
            self._reviewed(p.qid, person_id)
        self.person_by_qid[p.qid] = person_id
        self._linked.add(person_id)
        return person_id

    def _candidates(self) -> dict[str, set[int]]:
        """Folded name -> global people not joined to a Wikidata item yet."""
        if self._person_names is None:
            found: dict[str, set[int]] = {}
            for person_id, name in self.conn.execute(
                "SELECT id, name FROM person WHERE wikidata_id IS NULL AND guild_id IS NULL"
                " UNION ALL SELECT a.person_id, a.alias FROM alias a JOIN person p"
                " ON p.id = a.person_id WHERE p.wikidata_id IS NULL AND p.guild_id IS NULL"
            ):
                found.setdefault(fold(name), set()).add(person_id)
            self._person_names = found
        return self._person_names

    def _match_person(self, p: PersonRecord, facts: list[MembershipFact]) -> int | None:
        """The stored person this is, when sure; unsure candidates are reported and left."""
        names = self._candidates()
        candidates: set[int] = set()
        for name in (p.name, *p.names):
            candidates |= names.get(fold(name), set())
        candidates -= self._linked
        if not candidates:
            return None
        ours = {(self.team_by_qid[f.team], f.season) for f in facts}
        sure: list[int] = []
        unsure: list[int] = []
        for person_id in sorted(candidates):
            birth = self.conn.execute(
                "SELECT birth_date FROM person WHERE id = ?", (person_id,)
            ).fetchone()[0]
            same = _same_day(birth, p.birth_date)
            if same is False:
                continue
            if same:
                sure.append(person_id)
                continue
            theirs = set(self.conn.execute(_KNOWN_TEAMS, (person_id,) * 3))
            (sure if ours & theirs else unsure).append(person_id)
        if len(sure) == 1:
            return sure[0]
        for person_id in sure:
            self._unsure("person", p.qid, p.name, person_id, "more than one stored person fits")
        for person_id in unsure:
            self._unsure(
                "person", p.qid, p.name, person_id, "same name, no birth date or team in common"
            )
        return None

    def _person_fields(
        self, person_id: int, p: PersonRecord, role: str, nationality: str | None
    ) -> bool:
        row = self.conn.execute(
            "SELECT name, role, nationality, birth_date, source FROM person WHERE id = ?",
            (person_id,),
        ).fetchone()
        name, old_role, old_nat, old_birth, source = row
        if source == MODERATOR:
            return False
        new = [name, old_role, old_nat or nationality, old_birth or p.birth_date]
        if source == WIKIDATA:
            new = [p.name, role, nationality or old_nat, p.birth_date or old_birth]
        elif old_role == "rider" and role in STAFF_ROLES:
            new[1] = role  # a data file's riders may since have become staff
        if new == [name, old_role, old_nat, old_birth]:
            return False
        self.conn.execute(
            "UPDATE person SET name = ?, role = ?, nationality = ?, birth_date = ?,"
            " retrieved_at = ? WHERE id = ?",
            (*new, self.at, person_id),
        )
        self.report.count(self.report.updated, "people")
        return True

    def _memberships(self, person_id: int, facts: list[MembershipFact]) -> bool:
        stored = {
            (team_id, season): _Stored(role, start, end, source, qid)
            for team_id, season, role, start, end, source, qid in self.conn.execute(
                "SELECT team_id, season, role, start_date, end_date, source, wikidata_id"
                " FROM membership WHERE person_id = ?",
                (person_id,),
            )
        }
        inserts, updates = [], []
        wanted = set()
        for f in facts:
            key = (self.team_by_qid[f.team], f.season)
            wanted.add(key)
            old = stored.get(key)
            if old is None:
                inserts.append((person_id, *key, f.role, f.start, f.end, WIKIDATA, f.via, self.at))
            elif old.source == WIKIDATA:
                if (old.role, old.start, old.end, old.wikidata_id) != (
                    f.role,
                    f.start,
                    f.end,
                    f.via,
                ):
                    updates.append((f.role, f.start, f.end, f.via, self.at, person_id, *key))
            elif old.source == DATASET:
                new = (old.role, old.start or f.start, old.end or f.end, f.via)
                if new != (old.role, old.start, old.end, old.wikidata_id):
                    updates.append((*new, self.at, person_id, *key))
            elif old.wikidata_id != f.via:  # a moderator's row: only note that Wikidata agrees
                updates.append((old.role, old.start, old.end, f.via, self.at, person_id, *key))
        stale = [k for k, old in stored.items() if k not in wanted and self._ours(k[1], old)]
        self.conn.executemany(
            "INSERT INTO membership (person_id, team_id, season, role, start_date, end_date,"
            " source, wikidata_id, retrieved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inserts,
        )
        self.conn.executemany(
            "UPDATE membership SET role = ?, start_date = ?, end_date = ?, wikidata_id = ?,"
            " retrieved_at = ? WHERE person_id = ? AND team_id = ? AND season = ?",
            updates,
        )
        self._forget(person_id, stale, stored)
        self.report.count(self.report.added, "memberships", len(inserts))
        self.report.count(self.report.updated, "memberships", len(updates))
        return bool(inserts or updates or stale)

    def _ours(self, season: int, old: _Stored) -> bool:
        """A row whose Wikidata backing this merge decides on (Wikidata's own, or vouched for)."""
        if old.wikidata_id is None or old.source == MODERATOR:
            return False
        if self.since is not None and season < self.since:
            return False  # outside what this sync read
        return old.wikidata_id in self.seasons or old.wikidata_id in self.team_by_qid

    def _forget(
        self, person_id: int, stale: list[tuple[int, int]], stored: dict[tuple[int, int], _Stored]
    ) -> None:
        """Wikidata no longer states these: drop its own rows, unlink the data file's."""
        drop = [(person_id, *k) for k in stale if stored[k].source == WIKIDATA]
        unlink = [(person_id, *k) for k in stale if stored[k].source != WIKIDATA]
        self.conn.executemany(
            "DELETE FROM membership WHERE person_id = ? AND team_id = ? AND season = ?", drop
        )
        self.conn.executemany(
            "UPDATE membership SET wikidata_id = NULL, retrieved_at = NULL"
            " WHERE person_id = ? AND team_id = ? AND season = ?",
            unlink,
        )
        self.report.count(self.report.removed, "memberships", len(drop))
        self.report.count(self.report.updated, "memberships", len(unlink))

    def _external_id(self, person_id: int, pcs_id: str | None) -> None:
        row = self.conn.execute(
            "SELECT value FROM external_id WHERE person_id = ? AND scheme = 'procyclingstats'",
            (person_id,),
        ).fetchone()
        if (row[0] if row else None) == pcs_id:
            return
        if pcs_id is None:
            self.conn.execute(
                "DELETE FROM external_id WHERE person_id = ? AND scheme = 'procyclingstats'",
                (person_id,),
            )
            return
        self.conn.execute(
            "INSERT INTO external_id (person_id, scheme, value) VALUES (?, 'procyclingstats', ?)"
            " ON CONFLICT (person_id, scheme) DO UPDATE SET value = excluded.value",
            (person_id, pcs_id[:200]),
        )

    # -- deleted items, review ----------------------------------------------------------------
    def merge_missing(self, qids: Iterable[str]) -> None:
        """Items Wikidata reports missing: stored records stay; the report names them."""
        for qid in qids:
            if qid in self.person_by_qid or qid in self.team_by_qid:
                self.report.gone.append(qid)

    def _reviewed(self, qid: str, record_id: int) -> None:
        """Name the record created for an entity that was listed as unsure."""
        self.conn.execute(
            "UPDATE registry_review SET entity_id = ? WHERE wikidata_id = ? AND entity_id IS NULL",
            (record_id, qid),
        )

    def _unsure(self, entity: str, qid: str, name: str, candidate: int, reason: str) -> None:
        row = self.conn.execute(
            f"SELECT name, key FROM {entity} WHERE id = ?"
            if entity == "person"
            else "SELECT (SELECT name FROM team_name WHERE team_id = team.id"
            " ORDER BY first_season DESC LIMIT 1), key FROM team WHERE id = ?",
            (candidate,),
        ).fetchone()
        label = f"{row[0]} ({row[1]})" if row else f"#{candidate}"
        self.report.unsure.append(Unsure(qid, name, label, reason))
        self.conn.execute(
            "INSERT OR IGNORE INTO registry_review (wikidata_id, entity, candidate_id, reason,"
            " created_at) VALUES (?, ?, ?, ?, ?)",
            (qid, entity, candidate, reason, self.at),
        )
