"""The fourth round's rules, by kind of writing, each tested with a sentence of our own.

Found on blind set c (and b, holdout4); published 10 September 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

C, A, M, T = "Cofidis", "Astana Qazaqstan Team", "Movistar Team", "Tudor Pro Cycling Team"
U, F, S = "UAE Team Emirates", "Groupama-FDJ", "Soudal Quick-Step"


# -- 1. layouts: a table whose columns are headed like a list's labels -----------------------------
TABLES = [
    "| Rider | Leaving | Joining |\n|---|---|---|\n| Kasper Holm | Cofidis | Astana |",
    "| Name | Out | In |\n|---|---|---|\n| Kasper Holm | Cofidis | Astana |",
    "| Coureur | Quitte | Rejoint |\n|---|---|---|\n| Kasper Holm | Cofidis | Astana |",
    "| Corredor | Deja | Ficha por |\n|---|---|---|\n| Kasper Holm | Cofidis | Astana |",
]


@pytest.mark.parametrize("table", TABLES)
def test_a_table_headed_leaving_and_joining_is_a_transfer_table(table: str) -> None:
    text = "Who moves for 2025\n\nThe deals the teams have announced.\n\n" + table
    reading = read(text, published=date(2024, 11, 20))
    assert moves(reading) == [("Kasper Holm", "transfer", A, 2025)]
    assert [p.from_team.name for p in reading.proposals if p.from_team] == [C]


# -- 2. seasons: a denied retirement is about stopping at the end of the season under way ---------
def test_a_denied_retirement_is_for_the_published_season() -> None:
    text = "Kasper Holm rules out retirement\n\nKasper Holm shut down talk that he might retire."
    reading = read(text, published=date(2023, 11, 28))
    assert moves(reading) == [("Kasper Holm", "retirement", None, 2023)]
    assert reading.proposals[0].status.value == "denied"


def test_a_denied_transfer_still_has_no_season_of_its_own() -> None:
    text = "Kasper Holm denies that he will join Astana."
    assert [p.season for p in read(text).proposals] == [None]


# -- 3. kinds: a signing by someone whose racing stopped is a comeback ------------------------------
def test_a_signing_after_a_told_retirement_is_a_comeback() -> None:
    text = (
        "Marta Ferri is back\n\n"
        "Marta Ferri stopped racing at the end of 2022 and has worked as a coach since. "
        "On Monday she signed with Movistar for next season."
    )
    assert moves(read(text)) == [("Marta Ferri", "comeback", M, 2025)]


COMEBACKS = [
    ("Nina Vogel has signed with Cofidis and will race again this season.", "en"),
    ("Nina Vogel ha firmado con Cofidis y competirá de nuevo esta temporada.", "es"),
    ("Nina Vogel a signé chez Cofidis et courra de nouveau cette saison.", "fr"),
    ("Nina Vogel ha firmato con la Cofidis e correrà di nuovo in questa stagione.", "it"),
    ("Nina Vogel tekent bij Cofidis en gaat dit seizoen weer koersen.", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), COMEBACKS)
def test_racing_again_makes_the_signing_a_comeback(text: str, lang: str) -> None:
    reading = read(text, published=date(2024, 1, 9))
    assert reading.language == lang
    assert moves(reading) == [("Nina Vogel", "comeback", C, 2024)]


def test_a_plain_signing_stays_a_transfer() -> None:
    text = "Nina Vogel has signed with Cofidis for next season."
    assert moves(read(text)) == [("Nina Vogel", "transfer", C, 2025)]
