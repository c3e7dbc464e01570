"""Round 8, names the database lacks: a new person is proposed when the text names their move.

Sentences of our own (published 10 September 2024 unless said). Names that are not in the test
lookup (tests/reading/lookup.py) stand for people the registry lacks.
"""

from __future__ import annotations

import pytest

from tests.reading.lookup import moves, read


# -- a pronoun, a description or a quote read as a name the database lacks -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm renueva con Cofidis\n\nEl Cofidis anuncia la renovación de Kasper Holm hasta"
        " 2027.\n\nEl mánager del equipo, Jean-Marc Dupuis, destacó la madurez del danés:"
        " «Kasper ha demostrado mucho este año. Esta renovación forma parte de nuestro"
        " proyecto».",
        "Holm extends with Cofidis\n\nCofidis have announced the renewal of Kasper Holm until"
        " 2027.\n\nThe team's manager, Jean-Marc Dupuis, praised the Dane: 'Kasper has shown"
        " a lot this year. This renewal is part of our project.'",
    ],
)
def test_a_quote_read_as_an_unknown_speakers_move_is_no_move(text: str) -> None:
    assert [m[0] for m in moves(read(text))] == ["Kasper Holm"]


def test_an_unknown_mover_named_by_name_in_the_body_stays_a_new_person() -> None:
    text = (
        "Holm signs for Cofidis\n\nCofidis have signed Kasper Holm for 2025.\n\nAlso joining"
        " the team is Marco Bianchetti, a sprinter who signed after three seasons at Tudor."
    )
    got = moves(read(text))
    assert ("Marco Bianchetti", "transfer", "Cofidis", 2025) in got


@pytest.mark.parametrize(
    "text",
    [
        "Bianchetti to Tudor\n\nAfter three years at Cofidis, the Italian Marco Bianchetti will"
        " join Tudor in 2025, the Swiss team said on Tuesday.",
        "Bianchetti passa alla Tudor\n\nDopo tre anni alla Cofidis, Marco Bianchetti correrà con"
        " la Tudor nel 2025.",
    ],
)
def test_an_unknown_name_the_headline_names_is_a_new_person(text: str) -> None:
    reading = read(text)
    assert moves(reading) == [("Marco Bianchetti", "transfer", "Tudor Pro Cycling Team", 2025)]
    assert reading.proposals[0].person.is_new


def test_an_unknown_name_whose_move_the_lead_sentence_tells_is_a_new_person() -> None:
    text = (
        "Cofidis reshape their staff\n\nCofidis have appointed Jean-Marc Dupuis as their new"
        " sports director from 2025."
    )
    reading = read(text)
    assert [(p.person.name, p.kind.value) for p in reading.proposals] == [
        ("Jean-Marc Dupuis", "staff_move")
    ]


def test_a_round_ups_rows_each_name_a_mover_known_or_not() -> None:
    text = "Cofidis for 2025\n\nArrivals:\n- Marco Bianchetti (Tudor)\n- Kasper Holm (Movistar)\n"
    assert {m[0] for m in moves(read(text))} == {"Marco Bianchetti", "Kasper Holm"}


# -- a surname shared by siblings named in the text is theirs, never a new person -----------
@pytest.mark.parametrize(
    "headline",
    [
        "Costa Ferro joins Lidl-Trek: from 2025 she rides for the American team",
        "Costa Ferro cambia squadra: dal 2025 correrà con la Lidl-Trek",
        "Costa Ferro verlaat Movistar: vanaf 2025 rijdt ze voor Lidl-Trek",
    ],
)
def test_a_surname_siblings_share_is_no_new_person(headline: str) -> None:
    text = (
        f"{headline}\n\nGiulia Costa Ferro will ride for Lidl-Trek next season, the team"
        " announced. Her brother Paolo Costa Ferro stays at Movistar."
    )
    got = moves(read(text))
    assert ("Giulia Costa Ferro", "transfer", "Lidl-Trek", 2025) in got
    assert all(person != "Costa Ferro" for person, *_ in got)


# -- titles and records are no one's name ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm at Cofidis\n\nThe former Hour Record holder Kasper Holm joins Cofidis for 2025.",
        "Holm alla Cofidis\n\nKasper Holm ha detto che i Campionati del Mondo saranno la sua"
        " ultima gara con la Movistar: dal 2025 correrà con la Cofidis.",
    ],
)
def test_a_record_or_a_championship_is_no_person(text: str) -> None:
    assert [m[0] for m in moves(read(text))] == ["Kasper Holm"]
