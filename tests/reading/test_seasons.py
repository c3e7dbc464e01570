"""Seasons and contract ends: explicit years win, relative phrases count from the published date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.reading import SeasonBasis
from tests.reading.lookup import read

JUNE, SEPT = date(2024, 6, 3), date(2024, 9, 10)
SEASONS = [
    ("explicit year after the verb", "Kasper Holm joins Cofidis from 2026.", SEPT, 2026, None),
    ("explicit year beats 'next season'", "Kasper Holm joins Cofidis next season, in 2026, once his deal ends.", SEPT, 2026, None),
    ("next season from the published date", "Kasper Holm will join Cofidis next season.", JUNE, 2025, None),
    ("a move at the end of a year is for the next", "Kasper Holm leaves Lidl-Trek at the end of 2024 for Cofidis.", JUNE, 2025, None),
    ("a retirement at the end of a year is that year", "Nina Vogel will retire at the end of 2025.", SEPT, 2025, None),
    ("retirement at the end of next season", "Nina Vogel will retire at the end of next season.", SEPT, 2025, None),
    ("two-year deal from the season", "Kasper Holm joins Cofidis for 2025 on a two-year deal.", SEPT, 2025, 2026),
    ("until a year is the contract's end", "Kasper Holm joins Cofidis next year, signing until the end of 2027.", SEPT, 2025, 2027),
    ("the current contract's end is not the new one's", "Kasper Holm joins Cofidis in 2025 even though his current contract runs until 2026.", SEPT, 2025, None),
    ("'after N seasons' is no contract length", "Kasper Holm leaves Lidl-Trek after five seasons and joins Cofidis in 2025.", SEPT, 2025, None),
    ("mid-season is this season", "Kasper Holm will join Cofidis with immediate effect.", JUNE, 2024, None),
    ("Dutch 'volgend seizoen'", "Kasper Holm rijdt volgend seizoen voor Cofidis.", SEPT, 2025, None),
    ("French 'la saison prochaine' and 'jusqu'en'", "Kasper Holm rejoindra Cofidis la saison prochaine, jusqu'en 2026.", SEPT, 2025, 2026),
    ("Italian 'la prossima stagione' and 'triennale'", "Kasper Holm passa alla Cofidis la prossima stagione con un contratto triennale.", SEPT, 2025, 2027),
    ("Spanish 'la próxima temporada' and 'hasta'", "Kasper Holm ficha por el Cofidis para la próxima temporada, hasta 2027.", SEPT, 2025, 2027),
    ("a stated contract note fills the contract end", "Kasper Holm joins Cofidis in 2025. Holm is signed through 2026.", SEPT, 2025, 2026),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "published", "season", "end"), SEASONS, ids=[r[0] for r in SEASONS]
)
def test_season_and_contract_end(
    rule: str, text: str, published: date, season: int, end: int | None
) -> None:
    (p,) = read(text, published=published).proposals
    assert (p.season, p.contract_end, p.season_basis) == (season, end, SeasonBasis.TEXT)


def test_no_season_in_the_text_counts_from_the_published_date() -> None:
    (p,) = read("Kasper Holm has signed with Cofidis.", published=date(2023, 10, 2)).proposals
    assert (p.season, p.season_basis) == (2024, SeasonBasis.PUBLISHED)


def test_without_a_published_date_today_is_used_and_said() -> None:
    reading = read("Kasper Holm has signed with Cofidis.", published=None)
    (p,) = reading.proposals
    # today is 1 March 2025 in these tests: before April a signing is for the season under way
    assert (p.season, p.season_basis, reading.date_known) == (2025, SeasonBasis.TODAY, False)


def test_a_round_up_headline_year_is_its_moves_season() -> None:
    text = "The big moves of 2026\n\n- Kasper Holm: Lidl-Trek to Cofidis\n- Nina Vogel: Movistar to Tudor"
    assert [p.season for p in read(text, published=date(2025, 11, 3)).proposals] == [2026, 2026]


def test_a_past_year_makes_a_move_history() -> None:
    assert read("Kasper Holm joined Cofidis in 2019 and won a stage.").proposals == ()


def test_a_retirement_without_a_year_is_this_season() -> None:
    (p,) = read("Nina Vogel has decided to retire.", published=date(2024, 10, 1)).proposals
    assert p.season == 2024


@pytest.mark.parametrize(
    ("text", "season", "end"),
    [("Kasper Holm joins Cofidis from 1 January on a deal for the next two seasons.", 2025, 2026),
     ("Kasper Holm rijdt vanaf 1 januari voor Cofidis.", 2025, None),
     ("Kasper Holm rejoindra Cofidis dès le 1er janvier pour les deux prochaines saisons.", 2025, 2026),
     ("Kasper Holm passa alla Cofidis dal primo gennaio per le prossime due stagioni.", 2025, 2026),
     ("Kasper Holm ficha por el Cofidis a partir del 1 de enero para las dos próximas temporadas.", 2025, 2026)],
)  # fmt: skip
def test_from_1_january_and_the_next_seasons(text: str, season: int, end: int | None) -> None:
    (p,) = read(text, published=date(2024, 8, 20)).proposals
    assert (p.season, p.contract_end) == (season, end)


def test_last_season_is_the_previous_one_but_her_last_season_is_the_final_one() -> None:
    gone = read("Nina Vogel, who retired last season, now coaches at Cofidis.").proposals
    final = read("Nina Vogel says 2025 will be her last season.").proposals
    assert gone == () and [(p.kind.value, p.season) for p in final] == [("retirement", 2025)]


@pytest.mark.parametrize(
    "text",
    ["Kasper Holm could join Cofidis next season. Holm has a contract with Lidl-Trek until 2026.",
     "Kasper Holm podría fichar por el Cofidis la próxima temporada. Holm tiene contrato con el "
     "Lidl-Trek hasta 2026."],
)  # fmt: skip
def test_a_contract_someone_has_is_the_current_one(text: str) -> None:
    (p,) = read(text).proposals
    assert p.contract_end is None
