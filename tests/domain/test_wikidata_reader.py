"""Reading Wikidata entity JSON into records, and the rules that turn them into facts."""

from __future__ import annotations

import json

import orjson
import pytest

from bot.domain.wikidata import (
    ItemRecord,
    MissingRecord,
    PersonRecord,
    ReadProblems,
    SeasonRecord,
    WikiTime,
    read_dump_lines,
    read_entity,
    read_response,
)
from bot.domain.wikidata.reader import EntityFormatError, season_name
from bot.domain.wikidata.tenure import (
    MembershipFact,
    SeasonRef,
    combine_names,
    person_memberships,
    person_role,
)
from bot.domain.wikidata.vocabulary import occupation_role
from tests.wikidata_double import entities as e


def test_person_reads_names_birth_country_occupations_teams_and_pcs_id() -> None:
    raw = e.person(
        "Q100",
        "Tadej Pogačar",
        labels={"fr": "Tadej Pogačar", "nl": "Tadej Pogacar"},
        aliases={"en": ["Pogi"], "it": ["Pogacar"]},
        born="1998-09-21",
        country="Q215",
        teams=[("Q900", "2019-01-01", "2019-12-31")],
        pcs="tadej-pogacar",
    )
    record = read_entity(raw)
    assert isinstance(record, PersonRecord)
    assert record.name == "Tadej Pogačar"
    assert record.names == ("Tadej Pogacar", "Pogi", "Pogacar")  # labels first, then aliases
    assert record.birth_date == "1998-09-21"
    assert record.countries == ("Q215",)
    assert record.occupations == ("Q2309784",)
    assert record.pcs_id == "tadej-pogacar"
    (tenure,) = record.tenures
    assert (tenure.target, tenure.start, tenure.end) == (
        "Q900",
        WikiTime(2019, 1, 1),
        WikiTime(2019, 12, 31),
    )


def test_deprecated_statements_are_skipped_and_preferred_ones_come_first() -> None:
    raw = e.person("Q1", "A Rider", teams=[("Q10", "2020")])
    raw["claims"]["P54"].append(e.membership("Q1", "Q11", "2021", rank="deprecated"))
    raw["claims"]["P27"] = [
        e.statement("Q1", e.item_snak("P27", "Q31")),
        e.statement("Q1", e.item_snak("P27", "Q142"), rank="preferred"),
    ]
    record = read_entity(raw)
    assert isinstance(record, PersonRecord)
    assert [t.target for t in record.tenures] == ["Q10"]
    assert record.countries == ("Q142", "Q31")


def test_empty_maps_written_as_lists_and_numeric_ids_are_read() -> None:
    raw = e.entity("Q7", {}, {})
    assert raw["labels"] == [] and raw["claims"] == []
    record = read_entity(raw)
    assert isinstance(record, ItemRecord) and record.name is None
    human = e.person("Q8", "Someone")
    del human["claims"]["P31"][0]["mainsnak"]["datavalue"]["value"]["id"]  # older dumps
    assert isinstance(read_entity(human), PersonRecord)


@pytest.mark.parametrize(
    ("time", "precision", "expected"),
    [
        ("+1998-09-21T00:00:00Z", 11, "1998-09-21"),
        ("+1998-09-00T00:00:00Z", 10, "1998-09"),
        ("+1998-00-00T00:00:00Z", 9, "1998"),
        ("+1998-09-21T00:00:00Z", 9, "1998"),
        ("+1990-00-00T00:00:00Z", 8, None),  # a decade: too vague for a birth date
        ("-0044-03-15T00:00:00Z", 11, None),
    ],
)
def test_birth_dates_keep_their_precision(time: str, precision: int, expected: str | None) -> None:
    raw = e.person("Q2", "Born Sometime", born="1998")
    raw["claims"]["P569"][0]["mainsnak"]["datavalue"]["value"].update(
        time=time, precision=precision
    )
    record = read_entity(raw)
    assert isinstance(record, PersonRecord)
    assert record.birth_date == expected


def test_unknown_and_no_value_snaks_are_not_values() -> None:
    raw = e.person("Q3", "Mystery", teams=[("Q10", "2020")])
    raw["claims"]["P54"][0]["mainsnak"] = {"snaktype": "somevalue", "property": "P54"}
    record = read_entity(raw)
    assert isinstance(record, PersonRecord) and record.tenures == ()


def test_team_season_reads_team_year_name_class_and_roster() -> None:
    raw = e.team_season(
        "Q500",
        "Q50",
        2019,
        "UAE Team Emirates",
        country="Q878",
        roster=[("P1037", "Q77", None), ("P527", "Q78", "2019-08-01")],
    )
    record = read_entity(raw)
    assert isinstance(record, SeasonRecord)
    assert (record.team, record.season, record.name) == ("Q50", 2019, "UAE Team Emirates")
    assert record.categories == ("Q6154783",)
    assert record.country == "Q878"
    assert [(t.target, t.role) for t in record.roster] == [("Q78", None), ("Q77", "manager")]
    assert record.roster[0].start == WikiTime(2019, 8, 1)


@pytest.mark.parametrize(
    ("label", "year", "name"),
    [
        ("UAE Team Emirates 2019", 2019, "UAE Team Emirates"),
        ("2019 UAE Team Emirates season", 2019, "UAE Team Emirates"),
        ("Saison 2019 de l'équipe", 2019, "de l'équipe"),
        ("Team Sky (2012)", 2012, "Team Sky"),
        ("Q36.5 Pro Cycling Team 2024", 2024, "Q36.5 Pro Cycling Team"),
        ("Movistar Team 2020", None, "Movistar Team 2020"),
        ("2019", 2019, None),
    ],
)
def test_season_names_drop_the_season_year(label: str, year: int | None, name: str) -> None:
    assert season_name(label, year) == name


def test_a_season_without_dates_takes_its_year_from_the_label() -> None:
    raw = e.team_season("Q501", "Q50", 2021, "Jumbo-Visma")
    del raw["claims"]["P580"], raw["claims"]["P582"]
    record = read_entity(raw)
    assert isinstance(record, SeasonRecord)
    assert (record.season, record.name) == (2021, "Jumbo-Visma")


def test_countries_and_other_items_are_items() -> None:
    record = read_entity(e.country("Q215", "Slovenia", "slo"))
    assert isinstance(record, ItemRecord) and record.ioc == "SLO"
    team = read_entity(e.team("Q50", "UAE Team Emirates", inception="2017", dissolved="2030-01"))
    assert isinstance(team, ItemRecord)
    assert (team.inception, team.dissolved, team.classes) == (2017, 2030, ("Q6154783",))


def test_wbgetentities_response_gives_missing_and_redirected_entities() -> None:
    target = e.person("Q200", "Merged Rider")
    body = {
        "entities": {
            "Q200": e.redirected(target, "Q199"),
            "Q404": e.missing("Q404"),
        },
        "success": 1,
    }
    records = read_response(json.loads(json.dumps(body)))
    assert isinstance(records[0], PersonRecord)
    assert records[0].qid == "Q200" and records[0].redirected_from == "Q199"
    assert records[1] == MissingRecord("Q404")
    with pytest.raises(EntityFormatError):
        read_response({"error": {"code": "maxlag"}})


def test_dump_lines_skip_brackets_and_note_a_cut_line() -> None:
    blob = e.dump_lines([e.person("Q1", "One"), e.person("Q2", "Two"), e.person("Q3", "Three")])
    lines = blob.split(b"\n")
    lines[3] = lines[3][:40]  # the third entity is cut short
    problems = ReadProblems()
    records = list(read_dump_lines(lines, orjson.loads, problems))
    assert [r.qid for r in records] == ["Q1", "Q2"]
    assert problems.items == [("line 4", "not valid JSON (JSONDecodeError)")]


def test_dump_lines_also_read_one_entity_per_line_without_an_array() -> None:
    lines = [json.dumps(e.person("Q1", "One")), "", json.dumps({"id": "P54", "type": "property"})]
    assert [r.qid for r in read_dump_lines(lines, json.loads, ReadProblems())] == ["Q1"]


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("directeur sportif", "directeur_sportif"),
        ("sports director", "directeur_sportif"),
        ("team manager", "manager"),
        ("cycling coach", "coach"),
        ("sport cyclist", "rider"),
        ("track cyclist", "rider"),
        ("politician", None),
        (None, None),
    ],
)
def test_occupation_labels_name_roles(label: str | None, role: str | None) -> None:
    assert occupation_role(label) == role


# -- from statements to memberships ---------------------------------------------------------
# team season items Q19 and Q20 of team TA, Q120 of team TB; TC: a team named directly
SEASONS = {
    "Q19": SeasonRef("TA", 2019),
    "Q20": SeasonRef("TA", 2020),
    "Q120": SeasonRef("TB", 2020),
}


def facts_of(record: PersonRecord, **kw: object) -> list[tuple[str, int, str | None, str | None]]:
    facts, _ = person_memberships(record, SEASONS, {"Q30", "Q31"}, lambda q: None, 2025, **kw)  # type: ignore[arg-type]
    return [(f.team, f.season, f.start, f.end) for f in facts]


def person_record(*teams: tuple[object, ...], born: str | None = None) -> PersonRecord:
    record = read_entity(e.person("Q1", "R", teams=list(teams), born=born))
    assert isinstance(record, PersonRecord)
    return record


def test_a_mid_season_move_keeps_both_teams_with_their_dates() -> None:
    record = person_record(("Q20", None, "2020-07-31"), ("Q120", "2020-08-01"))
    assert facts_of(record) == [("TA", 2020, None, "2020-07-31"), ("TB", 2020, "2020-08-01", None)]


def test_statements_on_a_team_cover_their_years_and_open_ones_end_at_the_next_team() -> None:
    record = person_record(("Q30", "2016-01-01"), ("Q31", "2019-06-15", "2021-12-31"))
    assert facts_of(record) == [
        ("Q30", 2016, "2016-01-01", None),
        ("Q30", 2017, None, None),
        ("Q30", 2018, None, None),
        ("Q30", 2019, None, None),
        ("Q31", 2019, "2019-06-15", None),
        ("Q31", 2020, None, None),
        ("Q31", 2021, None, "2021-12-31"),
    ]


def test_an_open_statement_on_the_only_team_runs_to_this_year_and_since_cuts_it() -> None:
    record = person_record(("Q30", "2022-03-01"))
    assert [s for _, s, _, _ in facts_of(record)] == [2022, 2023, 2024, 2025]
    assert [s for _, s, _, _ in facts_of(record, since=2024)] == [2024, 2025]


def test_conflicting_dates_are_dropped_and_reported() -> None:
    record = person_record(("Q19", "2019-12-01", "2019-02-01"), ("Q30", "2018", "2016"))
    facts, problems = person_memberships(record, SEASONS, {"Q30"}, lambda q: None, 2025)
    assert [(f.team, f.season, f.start, f.end) for f in facts] == [("TA", 2019, None, None)]
    assert len(problems) == 2 and all("ends before it starts" in p for p in problems)


def test_a_team_statement_without_dates_is_reported_and_unknown_teams_ignored() -> None:
    record = person_record(("Q30",), ("Q999", "2019"))
    facts, problems = person_memberships(record, SEASONS, {"Q30"}, lambda q: None, 2025)
    assert facts == [] and problems == ["Q30: no start date on a team (not a team season)"]


def test_roster_lines_add_seasons_the_person_does_not_state_with_their_role() -> None:
    record = person_record(("Q19",))
    season = read_entity(e.team_season("Q20", "Q40", 2020, "A", roster=[("P286", "Q1", None)]))
    assert isinstance(season, SeasonRecord)
    facts, _ = person_memberships(
        record, SEASONS, set(), lambda q: None, 2025, roster=[("Q20", season.roster[0])]
    )
    assert [(f.season, f.role) for f in facts] == [(2019, "rider"), (2020, "coach")]


def test_role_qualifiers_give_a_staff_role() -> None:
    record = person_record(("Q20", None, None, ("Q999",)))
    facts, _ = person_memberships(record, SEASONS, set(), {"Q999": "directeur_sportif"}.get, 2025)
    assert facts[0].role == "directeur_sportif"


@pytest.mark.parametrize(
    ("seasons", "occupations", "role"),
    [
        ([(2012, "rider")], ["rider", "manager"], "manager"),  # retired rider, now the boss
        ([(2024, "rider")], ["rider", "manager"], "rider"),  # still riding
        ([(2024, "rider"), (2025, "directeur_sportif")], ["rider"], "directeur_sportif"),
        ([], ["coach"], "coach"),
        ([], [], "rider"),
    ],
)
def test_a_persons_role_comes_from_the_latest_season_or_what_they_became(
    seasons: list[tuple[int, str]], occupations: list[str], role: str
) -> None:
    facts = [MembershipFact("T", s, None, None, r, "S") for s, r in seasons]
    assert person_role(facts, occupations, 2025) == role


# -- a lineage's names per season --------------------------------------------------------------
def test_season_names_become_ranges_and_the_last_stays_open() -> None:
    names = {2019: "UAE Team Emirates", 2020: "UAE Team Emirates", 2025: "UAE Team Emirates XRG"}
    assert combine_names([], names, open_end=True, this_year=2025) == [
        ("UAE Team Emirates", 2019, 2020, "wikidata"),
        ("UAE Team Emirates XRG", 2025, None, "wikidata"),
    ]


def test_wikidata_names_win_over_a_data_files_and_lose_to_a_moderators() -> None:
    stored = [
        ("Astana Pro Team", 2012, 2020, "dataset"),
        ("XDS Astana Team", 2025, None, "dataset"),
        ("Astana-Premier Tech", 2021, 2021, "moderator"),
    ]
    names = {2019: "Astana Pro Team", 2020: "Astana Pro Team", 2021: "Astana Premier Tech"}
    combined = combine_names(stored, names, open_end=True, this_year=2025)
    assert combined == [
        ("Astana Pro Team", 2012, 2018, "dataset"),
        ("Astana Pro Team", 2019, 2020, "wikidata"),
        ("Astana-Premier Tech", 2021, 2021, "moderator"),
        ("XDS Astana Team", 2025, None, "dataset"),
    ]
    # idempotent: combining the result again changes nothing
    assert combine_names(combined, names, open_end=True, this_year=2025) == combined


def test_an_ended_team_has_a_closed_last_range_and_wikidatas_old_rows_are_replaced() -> None:
    stored = [("Old Name", 2010, None, "wikidata")]
    assert combine_names(
        stored, {2010: "New Name", 2011: "New Name"}, open_end=False, this_year=2025
    ) == [("New Name", 2010, 2011, "wikidata")]
