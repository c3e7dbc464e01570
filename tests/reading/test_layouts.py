"""Layouts that state moves without sentences: tables, From:/To:, In:/Out:, arrows, bullets."""

from __future__ import annotations

from datetime import date

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 5)


def test_markdown_table_with_rider_from_to_columns() -> None:
    text = (
        "Winter moves\n\n| Rider | From | To |\n|---|---|---|\n"
        "| Kasper Holm | Lidl-Trek | Cofidis |\n| Nina Vogel | – | Movistar |\n"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Nina Vogel", "transfer", "Movistar Team", 2025),
    ]


def test_table_columns_named_by_language_and_by_season() -> None:
    dutch = (
        "Overzicht\n\n| Renner | Van | Naar |\n|---|---|---|\n| Kasper Holm | Lidl-Trek | Cofidis |"
    )
    seasons = "Overview\n\n| Name | Team 2024 | Team 2025 |\n|---|---|---|\n| Kasper Holm | Lidl-Trek | Cofidis |"
    for text in (dutch, seasons):
        assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_numbered_item_with_from_and_to_lines_and_its_description() -> None:
    text = (
        "Three to know\n\n1. Kasper Holm\nFrom: Lidl-Trek\nTo: Cofidis\n"
        "A three-year contract for the Dane.\n\n2. Nina Vogel (retiring)\nFrom: Movistar\nTo: -\n"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Nina Vogel", "retirement", None, 2024),
    ]
    assert reading.proposals[0].contract_end == 2027


def test_inline_from_to_in_parentheses() -> None:
    text = "Confirmed\n\nKasper Holm (From: Lidl-Trek / To: Cofidis)\n"
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_name_with_arrow_in_parentheses_and_a_tail() -> None:
    text = "Moves\n\nKasper Holm (Lidl-Trek → Cofidis) – signed until the end of 2026.\n"
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end == 2026


def test_name_dash_team_greater_than_team() -> None:
    text = "Moves\n\nKasper Holm – Lidl-Trek > Cofidis\nNina Vogel – Movistar > Tudor\n"
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Nina Vogel", "transfer", "Tudor Pro Cycling Team", 2025),
    ]


def test_bullets_name_colon_team_to_team_in_any_language() -> None:
    english = "Moves\n\n- Kasper Holm: Lidl-Trek to Cofidis.\n"
    dutch = "Transfers\n\n- Kasper Holm: Lidl-Trek naar Cofidis.\n"
    for text in (english, dutch):
        assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_retirement_in_a_list_with_its_team() -> None:
    text = "Gli italiani\n\n- Luca Bellandi: ritiro (Lidl-Trek)\n"
    reading = read(text, published=NOV)
    assert moves(reading) == [("Luca Bellandi", "retirement", None, 2024)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Lidl-Trek"


def test_arrivals_and_departures_under_a_team_heading() -> None:
    text = (
        "Team by team\n\nCofidis\nArrivals: Kasper Holm (Lidl-Trek), Nina Vogel (Movistar)\n"
        "Departures: Hugo Lemaire (Tudor)\n"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Nina Vogel", "transfer", "Cofidis", 2025),
        ("Hugo Lemaire", "transfer", "Tudor Pro Cycling Team", 2025),
    ]


def test_in_out_labels_in_other_languages_and_a_headline_team() -> None:
    spanish = "Cofidis 2025: altas y bajas\n\nAltas: Kasper Holm (Lidl-Trek)\nBajas: Hugo Lemaire (Tudor)\n"
    assert moves(read(spanish, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Hugo Lemaire", "transfer", "Tudor Pro Cycling Team", 2025),
    ]


def test_a_list_of_people_without_moves_is_not_a_layout() -> None:
    text = "Favourites\n\n- Kasper Holm: strong in the hills.\n- Nina Vogel: back from injury.\n"
    assert moves(read(text, published=NOV)) == []


def test_in_out_items_that_give_both_ends_in_brackets() -> None:
    text = (
        "Cofidis for 2025: the changes\n\nIn:\n- Kasper Holm (Lidl-Trek → Cofidis)\n\n"
        "Out:\n- Hugo Lemaire (Cofidis → Tudor)\n- Nina Vogel (Cofidis -> Movistar)\n"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Hugo Lemaire", "transfer", "Tudor Pro Cycling Team", 2025),
        ("Nina Vogel", "transfer", "Movistar Team", 2025),
    ]
