"""The third round's rules: drop what the text does not support, read each list entry alone.

Each rule is written for a kind of writing seen on unseen articles and tested with a sentence of
our own (published 10 September 2024 unless said). Grouped by kind:

1. list entries read alone, 2. moves without a destination.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

C, A, M, T = "Cofidis", "Astana Qazaqstan Team", "Movistar Team", "Tudor Pro Cycling Team"


# -- 1. list entries read alone -----------------------------------------------------------------
def test_an_out_entry_noting_a_retirement_is_one_and_its_year_is_not_its_neighbours() -> None:
    text = (
        "Cofidis for next year\n\n"
        "Cofidis\n"
        "Out: Kasper Holm (Astana), Hugo Lemaire (retiring after the 2024 season), "
        "Nina Vogel (Movistar)"
    )
    assert moves(read(text, published=date(2024, 12, 2))) == [
        ("Kasper Holm", "transfer", A, 2025),
        ("Hugo Lemaire", "retirement", None, 2024),
        ("Nina Vogel", "transfer", M, 2025),
    ]


def test_an_in_entry_joined_by_and_keeps_its_own_old_team() -> None:
    text = "Tudor\nIn: Luca Bellandi (Cofidis) and Marta Ferri (Astana)"
    reading = read(text, published=date(2024, 11, 5))
    assert moves(reading) == [
        ("Luca Bellandi", "transfer", T, 2025),
        ("Marta Ferri", "transfer", T, 2025),
    ]
    assert [p.from_team.name for p in reading.proposals if p.from_team] == [C, A]


# -- 2. moves without a destination ---------------------------------------------------------------
NO_DESTINATION = [
    "Kasper Holm could be leaving Cofidis when his deal runs out.",
    "Thijs van der Berg verlaat Movistar na drie seizoenen.",
    "Hugo Lemaire quittera Cofidis à la fin de l'année.",
]


def test_a_departure_that_names_no_destination_is_not_proposed() -> None:
    for text in NO_DESTINATION:
        assert moves(read(text)) == [], text


def test_a_departure_with_its_destination_is_still_proposed() -> None:
    text = "Kasper Holm is leaving Cofidis for Astana next season."
    assert moves(read(text)) == [("Kasper Holm", "transfer", A, 2025)]


# -- 3. a retirement told in an aside -------------------------------------------------------------
ASIDES = [
    ("English", "Hugo Lemaire, who ended his career in October, will join Cofidis as a sports "
     "director next season.", [("Hugo Lemaire", "staff_move", C, 2025)]),
    ("Italian", "Marta Ferri, che ha chiuso la carriera a ottobre, diventa direttrice sportiva "
     "della Cofidis.", [("Marta Ferri", "staff_move", C, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), ASIDES, ids=[a[0] for a in ASIDES])
def test_a_retirement_in_an_aside_between_commas_is_background(
    lang: str, text: str, expected: list[tuple]
) -> None:
    assert moves(read(text)) == expected


def test_a_retirement_in_the_main_clause_is_still_news() -> None:
    text = "Hugo Lemaire will end his career at the end of the season, his team said."
    assert moves(read(text)) == [("Hugo Lemaire", "retirement", None, 2024)]


# -- 4. negations ---------------------------------------------------------------------------------
def test_a_negated_renewal_is_no_extension_and_the_move_beside_it_stands() -> None:
    text = "Kasper Holm will not renew with Cofidis and is to join Astana next season."
    assert moves(read(text)) == [("Kasper Holm", "transfer", A, 2025)]


NEGATED_INSIDE = [
    ("Dutch", "Thijs van der Berg rijdt volgend jaar niet meer voor Movistar."),
    ("English", "Kasper Holm will race next year no longer for Cofidis."),
    ("English before", "Kasper Holm will no longer race for Cofidis next season."),
    ("French", "Hugo Lemaire ne courra plus pour Cofidis la saison prochaine."),
    ("Italian", "Luca Bellandi non correrà più per la Tudor dalla prossima stagione."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NEGATED_INSIDE, ids=[n[0] for n in NEGATED_INSIDE])
def test_a_negation_inside_a_move_phrase_names_the_team_left_not_joined(
    lang: str, text: str
) -> None:
    assert moves(read(text)) == []


FEMININE_ROLES = [
    ("French", "Élodie Marchand devient directrice sportive chez Cofidis.", C),
    ("Italian", "Marta Ferri diventa allenatrice della Tudor.", T),
    ("Spanish", "La neerlandesa Nina Vogel será directora deportiva del Movistar a partir de la próxima "
     "temporada.", M),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "team"), FEMININE_ROLES, ids=[f[0] for f in FEMININE_ROLES]
)
def test_a_staff_role_in_the_feminine_is_a_staff_move(lang: str, text: str, team: str) -> None:
    (p,) = read(text).proposals
    assert (p.kind.value, p.to_team.name if p.to_team else None) == ("staff_move", team)


def test_a_plain_negation_inside_a_move_phrase_denies_the_move() -> None:
    (p,) = read(
        "Thijs van der Berg rijdt volgend jaar niet voor Movistar, zegt zijn ploeg."
    ).proposals
    assert (p.kind.value, p.to_team and p.to_team.name, p.status.value) == (
        "transfer",
        M,
        "denied",
    )


def test_a_role_of_someone_else_does_not_make_the_name_staff() -> None:
    text = "Manager van Thijs van der Berg: 'Hij gaat niet naar Movistar'\n\nThijs van der Berg rijdt volgend jaar niet voor Movistar."
    (p,) = read(text).proposals
    assert (p.kind.value, p.person.role) == ("transfer", "rider")


# -- 5. a year written after a race's name --------------------------------------------------------
EVENT_YEARS = [
    ("English", "Kasper Holm will retire after the Tour of Flanders 2026, he told his team.",
     [("Kasper Holm", "retirement", None, 2026)]),
    ("French", "Hugo Lemaire mettra un terme à sa carrière à l'issue du Tour de Bretagne 2026.",
     [("Hugo Lemaire", "retirement", None, 2026)]),
    ("Italian", "Marta Ferri si ritirerà dopo il Giro di Sicilia 2026, ha annunciato la squadra.",
     [("Marta Ferri", "retirement", None, 2026)]),
    ("Dutch", "Thijs van der Berg stopt na de Ronde van Drenthe 2026 met koersen, zo meldt zijn ploeg.",
     [("Thijs van der Berg", "retirement", None, 2026)]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), EVENT_YEARS, ids=[e[0] for e in EVENT_YEARS])
def test_a_retirement_after_a_race_of_a_named_year_is_that_season(
    lang: str, text: str, expected: list[tuple]
) -> None:
    assert moves(read(text)) == expected


# -- 6. a renewal in the future or the infinitive, and a deal ending "this year" ------------------
RENEWALS = [
    ("Spanish future", "Tomás Echeverría renovará con el Movistar hasta 2027, según ha sabido este "
     "diario.", [("Tomás Echeverría", "contract_extension", M, 2025)]),
    ("Spanish 'para ampliar su contrato' beside 'acuerdo con'", "El corredor Tomás Echeverría ha "
     "llegado a un acuerdo con el Movistar para ampliar su contrato, que expiraba a final de este "
     "año, hasta 2027.", [("Tomás Echeverría", "contract_extension", M, 2025)]),
    ("French infinitive", "Hugo Lemaire va prolonger avec Cofidis pour les deux prochaines saisons.",
     [("Hugo Lemaire", "contract_extension", C, 2025)]),
    ("Italian infinitive", "Luca Bellandi ha deciso di rinnovare con la Tudor fino al 2027.",
     [("Luca Bellandi", "contract_extension", T, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), RENEWALS, ids=[r[0] for r in RENEWALS])
def test_a_renewal_in_another_tense_is_an_extension(
    rule: str, text: str, expected: list[tuple]
) -> None:
    assert moves(read(text)) == expected


def test_a_journalist_who_reports_in_an_outlet_is_the_credit() -> None:
    text = (
        "Según informa el periodista Pablo Ortega en El Diario Vasco, Tomás Echeverría renovará "
        "con el Movistar hasta 2027."
    )
    (p,) = read(text).proposals
    assert (p.credit, p.journalist) == ("El Diario Vasco", "Pablo Ortega")
    text = "Reporter Anna Berg writes in Velo Weekly that Kasper Holm will extend with Cofidis."
    (p,) = read(text).proposals
    assert (p.credit, p.journalist) == ("Velo Weekly", "Anna Berg")


# -- 7. the one who speaks is not the one who moves -----------------------------------------------
def test_a_relative_clause_that_reports_speech_gives_the_move_to_the_one_spoken_of() -> None:
    text = (
        "Kasper Holm is on his way. The news came from Marc Duval, who said that the Dane will "
        "ride for Astana next year."
    )
    assert moves(read(text)) == [("Kasper Holm", "transfer", A, 2025)]


def test_a_role_after_an_article_describes_the_speaker_and_is_no_staff_move() -> None:
    text = (
        "Luca Bellandi lascerà la Tudor. A confermarlo è stato il team manager della squadra, "
        "Marco Vitale, che ha spiegato che il corridore correrà per l'Astana dal prossimo anno."
    )
    people = {m[0] for m in moves(read(text))}
    assert "Marco Vitale" not in people
    assert all(m[1] != "staff_move" for m in moves(read(text)))


# -- 8. a surname after an article and a description ----------------------------------------------
def test_a_surname_after_an_article_and_a_description_is_the_person_named_before() -> None:
    text = (
        "Les départs de Cofidis\n\n"
        "• Kasper Holm : Cofidis → Astana\n"
        "• Hugo Lemaire : Cofidis → Movistar\n\n"
        "Holm est le transfert le plus coûteux. Le Normand Lemaire, l'un des jeunes les plus "
        "prometteurs de l'équipe, portera lui le maillot de Movistar."
    )
    assert moves(read(text, published=date(2024, 10, 1))) == [
        ("Kasper Holm", "transfer", A, 2025),
        ("Hugo Lemaire", "transfer", M, 2025),
    ]
