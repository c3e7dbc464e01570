"""Pelotons: the groups of teams that share riders (in practice the men's and the women's).

A sponsor often has a men's and a women's team under one name ("Movistar Team", "Lidl-Trek").
Riders never cross between the two pelotons, so the teams a rider has ridden for, joined by the
riders they share, fall into groups; a name that two lineages carry is the one in the group of
the person who moves.
"""

from __future__ import annotations

from collections.abc import Iterable


class Pelotons:
    """Team groups from (person, team) memberships: which group a team or a person is in."""

    def __init__(self, memberships: Iterable[tuple[int, int]] = ()) -> None:
        parent: dict[int, int] = {}

        def root(team: int) -> int:
            parent.setdefault(team, team)
            while parent[team] != team:
                parent[team] = parent[parent[team]]
                team = parent[team]
            return team

        first: dict[int, int] = {}  # person -> a team they rode for
        for person, team in memberships:
            earlier = first.setdefault(person, team)
            parent[root(team)] = root(earlier)
        self._team = {team: root(team) for team in parent}
        self._person = {person: self._team[team] for person, team in first.items()}

    def of_team(self, team_id: int) -> int | None:
        """The group of a team (None: no rider of ours rode for it)."""
        return self._team.get(team_id)

    def of_person(self, person_id: int) -> int | None:
        """The group of the teams a person rode for (None: no membership known)."""
        return self._person.get(person_id)

    def __len__(self) -> int:
        return len(self._team)
