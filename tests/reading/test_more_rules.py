"""Further rules, each with a sentence of our own (published 10 September 2024 unless said)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

C, L, A, M = "Cofidis", "Lidl-Trek", "Astana Qazaqstan Team", "Movistar Team"
RULES = [
    ("becoming a team's director is a staff move",
     "Pieter de Wolf will become the team's director of racing at Cofidis from 2026.", None,
     [("Pieter de Wolf", "staff_move", C, 2026)]),
    ("an unknown team after 'signed with the'",
     "Kasper Holm has signed with the Fjord Blue Rockets, the Norwegian team announced.", None,
     [("Kasper Holm", "transfer", "Fjord Blue Rockets", 2025)]),
    ("Italian postponed retirement with an elided team",
     "Nina Vogel ha deciso di rinviare il ritiro e di correre un'altra stagione con l'Astana.", None,
     [("Nina Vogel", "retirement_postponed", A, 2025)]),
    ("Spanish infinitive 'vestir el maillot del'",
     "Kasper Holm podría vestir el maillot del Cofidis la próxima temporada.", None,
     [("Kasper Holm", "transfer", C, 2025)]),
    ("in talks with a team is a rumoured move",
     "Kasper Holm is in advanced talks with Cofidis about next season.", None,
     [("Kasper Holm", "transfer", C, 2025)]),
    ("on his way out of a team",
     "Kasper Holm is on his way out of Lidl-Trek and could join Cofidis next year.", None,
     [("Kasper Holm", "transfer", C, 2025)]),
    ("French denial of a comeback",
     "Interrogée sur un éventuel come-back, Nina Vogel a démenti jeudi.", None,
     [("Nina Vogel", "comeback", None, None)]),
    ("a retirement last October is history", "Nina Vogel, qui a mis un terme à sa carrière en octobre dernier, entraîne désormais des jeunes.",
     date(2024, 3, 2), []),
    ("Dutch 'tekent bij' without a team is an extension",
     "Kasper Holm tekent bij: hij blijft twee jaar langer bij Cofidis.", None,
     [("Kasper Holm", "contract_extension", C, 2025)]),
    ("seasons at a team are where the rider was",
     "Après six saisons chez Cofidis, Kasper Holm portera les couleurs de Lidl-Trek dès 2025.", None,
     [("Kasper Holm", "transfer", L, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "published", "expected"), RULES, ids=[r[0] for r in RULES]
)
def test_rule(rule: str, text: str, published: date | None, expected: list[tuple]) -> None:
    reading = read(text, published=published or date(2024, 9, 10))
    assert moves(reading) == expected


def test_a_denied_comeback_is_denied() -> None:
    (p,) = read("Interrogée sur un éventuel come-back, Nina Vogel a démenti jeudi.").proposals
    assert p.status.value == "denied"


def test_spanish_segun_ha_anunciado_is_the_team_announcing_not_a_credit() -> None:
    (p,) = read(
        "Kasper Holm correrá en el Cofidis en 2025, según ha anunciado el equipo francés."
    ).proposals
    assert (p.status.value, p.credit) == ("official", None)


def test_a_transfer_to_the_team_a_person_extends_with_is_the_extension() -> None:
    text = (
        "Holm stays\n\nKasper Holm has extended his contract with Cofidis. "
        "He will ride for Cofidis again next year."
    )
    assert moves(read(text)) == [("Kasper Holm", "contract_extension", C, 2025)]


def test_the_arrival_of_a_description_is_the_person_it_describes() -> None:
    text = "Cofidis officialise l'arrivée du grimpeur danois Kasper Holm, qui s'est engagé pour deux ans."
    reading = read(text)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2025)]
    assert reading.proposals[0].contract_end == 2026


RULES_2 = [
    ("a journalist named with his job says", "Transfer reporter Anna Smit says Kasper Holm will join Cofidis next season.",
     ("Kasper Holm", "transfer", C, 2025), None, "Anna Smit"),
    ("Dutch modal with the team before the verb", "Kasper Holm zou volgend jaar voor Cofidis rijden.",
     ("Kasper Holm", "transfer", C, 2025), None, None),
    ("Spanish negotiating with a team", "Según el diario AS, Kasper Holm negocia con el Cofidis para 2025.",
     ("Kasper Holm", "transfer", C, 2025), "AS", None),
    ("Italian 'lascerà il ciclismo' at the end of the year",
     "Nina Vogel lascerà il ciclismo a fine anno, come ha spiegato ai compagni della squadra.",
     ("Nina Vogel", "retirement", None, 2024), None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "move", "credit", "journalist"), RULES_2, ids=[r[0] for r in RULES_2]
)
def test_rule_with_source(
    rule: str, text: str, move: tuple, credit: str | None, journalist: str | None
) -> None:
    reading = read(text)
    assert moves(reading) == [move]
    assert (reading.proposals[0].credit, reading.proposals[0].journalist) == (credit, journalist)


def test_under_contract_until_is_the_current_contract() -> None:
    (p,) = read(
        "Kasper Holm will join Cofidis next season. Holm is under contract with Lidl-Trek until 2026."
    ).proposals
    assert p.contract_end is None


def test_a_retirement_after_since_and_its_subject_is_history() -> None:
    text = "Cofidis have built their team around Kasper Holm since Nina Vogel retired."
    assert read(text).proposals == ()


def test_a_regional_description_is_the_person_the_text_is_about() -> None:
    text = "Hugo Lemaire joins Cofidis in 2025. Le Normand a signé un contrat de trois ans avec la formation."
    (p,) = read(text).proposals
    assert p.contract_end == 2027


def test_a_contract_note_about_a_description_fills_the_contract_end() -> None:
    text = "Kasper Holm rijdt volgend jaar voor Cofidis. De 25-jarige sprinter tekende een contract tot eind 2027."
    (p,) = read(text).proposals
    assert p.contract_end == 2027


def test_the_same_choice_borrows_the_destination() -> None:
    text = "Kasper Holm passa alla Cofidis dal 2025 insieme a Nina Vogel, che ha fatto la stessa scelta."
    assert moves(read(text)) == [
        ("Kasper Holm", "transfer", C, 2025),
        ("Nina Vogel", "transfer", C, 2025),
    ]


def test_a_last_season_label_in_a_round_up_is_a_retirement_in_its_season() -> None:
    text = "Les coureurs en 2025\n\nKasper Holm – Lidl-Trek > Cofidis\nNina Vogel – Movistar : dernière saison\n"
    assert moves(read(text, published=date(2024, 12, 1))) == [
        ("Kasper Holm", "transfer", C, 2025), ("Nina Vogel", "retirement", None, 2025),
    ]  # fmt: skip


def test_a_retirement_told_in_a_relative_clause_this_season_is_news_beside_the_new_role() -> None:
    # Round 4 (tests/reading/test_round4.py): an aside dated to this season tells news of its
    # own; one in a past season stays background (round 3's rule, test_precision_rules.py).
    text = "Nina Vogel, who ended her racing career at Cofidis this autumn, becomes a directeur sportif there."
    kinds = [m[1] for m in moves(read(text, published=date(2024, 11, 2)))]
    assert "retirement" in kinds and "staff_move" in kinds


def test_spanish_se_marcha_al_team() -> None:
    text = "El Movistar perdió a Kasper Holm, que se marcha al Cofidis para la próxima temporada."
    assert moves(read(text)) == [("Kasper Holm", "transfer", C, 2025)]


def test_italian_un_biennale_is_a_two_year_contract() -> None:
    (p,) = read("Kasper Holm passa alla Cofidis dal 2025 e ha firmato un biennale.").proposals
    assert p.contract_end == 2026
