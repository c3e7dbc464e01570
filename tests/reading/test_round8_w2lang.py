"""Round 8, wave 2 (w2lang): Dutch, French, Italian and Spanish prose, by kind of writing, each
tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)
JULY = date(2024, 7, 3)


# -- "until the end of the 2029 season": the contract's end, not the season it starts --------
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis renueva a Kasper Holm\n\nCofidis anuncia la renovación del contrato de Kasper"
        " Holm, que seguirá vinculado al equipo hasta el final de la temporada 2028.",
        "Cofidis rinnova con Kasper Holm\n\nLa Cofidis annuncia il rinnovo di Kasper Holm, che"
        " ha prolungato il contratto fino alla fine della stagione 2028.",
        "Cofidis verlengt met Kasper Holm\n\nKasper Holm heeft zijn contract bij Cofidis verlengd"
        " tot het einde van het seizoen 2028.",
    ],
)
def test_until_the_end_of_a_named_season_is_the_contracts_end(text: str) -> None:
    reading = read(text, published=JULY)
    assert moves(reading) == [("Kasper Holm", "contract_extension", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end == 2028


# -- "X, at odds with the team's management,": the role is the other party's, X is a rider ---
@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lemaire s'engage avec Cofidis\n\nHugo Lemaire, en froid avec la direction de"
        " Groupama-FDJ depuis des mois, s'est engagé avec Cofidis jusqu'en 2026.",
        "Hugo Lemaire firma con Cofidis\n\nHugo Lemaire, in rotta con la dirigenza della"
        " Groupama-FDJ da mesi, ha firmato con la Cofidis fino al 2026.",
        "Hugo Lemaire ficha por Cofidis\n\nHugo Lemaire, enfrentado con la dirección de"
        " Groupama-FDJ desde hace meses, ha firmado con Cofidis hasta 2026.",
        "Hugo Lemaire signs for Cofidis\n\nHugo Lemaire, at odds with the management of"
        " Groupama-FDJ for months, has signed with Cofidis until 2026.",
    ],
)
def test_a_role_after_a_relation_word_in_the_aside_is_someone_elses(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Hugo Lemaire", "transfer", "Cofidis", 2025)]


# -- Dutch subordinate order: "dat X in gesprek is met Y" -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm naar Cofidis?\n\nDe krant schreef dat Kasper Holm in gesprek is met Cofidis.",
        "Holm naar Cofidis?\n\nVolgens ingewijden zou Kasper Holm al in onderhandeling zijn met"
        " Cofidis.",
    ],
)
def test_talks_in_a_dutch_subordinate_clause_are_a_move(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a denied move takes the season of the stay that answers it ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Cofidis ontkent: "Kasper Holm rijdt volgend jaar gewoon voor ons"\n\nEen krant schreef'
        " dat Kasper Holm in gesprek is met Uno-X Mobility, maar de ploeg ontkent dat verhaal.",
        "Cofidis smentisce le voci su Kasper Holm\n\nSecondo un giornale Kasper Holm sarebbe in"
        ' trattativa con la Uno-X Mobility, ma la squadra ha smentito. "Kasper Holm ha un'
        ' contratto con noi e correrà con noi il prossimo anno", ha fatto sapere la Cofidis.',
        "Cofidis dément les rumeurs sur Kasper Holm\n\nSelon un journal, Kasper Holm serait en"
        " discussions avec Uno-X Mobility, mais l'équipe a démenti. « Kasper Holm a un contrat"
        " avec nous et courra avec nous l'an prochain », a fait savoir Cofidis.",
    ],
)
def test_a_denied_move_takes_the_season_of_the_stay_that_answers_it(text: str) -> None:
    reading = read(text, published=date(2024, 8, 13))
    assert moves(reading) == [("Kasper Holm", "transfer", "Uno-X Mobility", 2025)]
    assert reading.proposals[0].status.value == "denied"


# -- "X and Y will also ride for the team next year": teammates who stay, no move -----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm wordt ploegleider\n\nKasper Holm stopt als renner en wordt volgend jaar ploegleider"
        " bij Cofidis.\n\nJonas Vandersteen en Hugo Lemaire rijden ook volgend jaar voor de ploeg.",
        "Holm devient directeur sportif\n\nKasper Holm arrête sa carrière et deviendra directeur"
        " sportif chez Cofidis l'an prochain.\n\nJonas Vandersteen et Hugo Lemaire courront aussi"
        " pour l'équipe l'an prochain.",
        "Holm diventa ds\n\nKasper Holm si ritira e sarà direttore sportivo della Cofidis dal"
        " prossimo anno.\n\nJonas Vandersteen e Hugo Lemaire correranno per la squadra anche il"
        " prossimo anno.",
        "Holm será director\n\nKasper Holm se retira y será director deportivo de Cofidis el año"
        " que viene.\n\nJonas Vandersteen y Hugo Lemaire también correrán con el equipo el año"
        " que viene.",
        "Holm becomes DS\n\nKasper Holm retires and will be a sports director at Cofidis next"
        " year.\n\nJonas Vandersteen and Hugo Lemaire will also ride for the team next year.",
    ],
)
def test_teammates_who_also_ride_for_the_team_next_year_stay(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=NOV))}
    assert people == {"Kasper Holm"}


# -- "..., as he announced in January": an aside's retirement recalls earlier news -----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm prolonge\n\nKasper Holm a prolongé avec Cofidis jusqu'en 2027.\n\nChez Cofidis,"
        " Hugo Lemaire arrête sa carrière à la fin de la saison, comme il l'avait annoncé en"
        " janvier.",
        "Holm extends\n\nKasper Holm has extended with Cofidis until 2027.\n\nHugo Lemaire will"
        " retire at the end of the season, as he announced in January.",
        "Holm rinnova\n\nKasper Holm ha rinnovato con la Cofidis fino al 2027.\n\nHugo Lemaire"
        " si ritirerà a fine stagione, come aveva annunciato a gennaio.",
        "Holm renueva\n\nKasper Holm ha renovado con el Cofidis hasta 2027.\n\nHugo Lemaire se"
        " retirará al final de la temporada, como había anunciado en enero.",
        "Holm verlengt\n\nKasper Holm heeft zijn contract bij Cofidis verlengd tot 2027.\n\nHugo"
        " Lemaire stopt aan het einde van het seizoen, zoals hij in januari al had aangekondigd.",
    ],
)
def test_an_asides_retirement_announced_months_ago_is_old_news(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=NOV))}
    assert people == {"Kasper Holm"}


def test_the_headlined_retirement_announced_before_is_still_proposed() -> None:
    text = (
        "Lemaire arrête\n\nHugo Lemaire arrêtera sa carrière à la fin de la saison, comme il"
        " l'avait annoncé en janvier."
    )
    assert [m[:2] for m in moves(read(text, published=NOV))] == [("Hugo Lemaire", "retirement")]


# -- "Z hung up his bike after the Tour de Suisse in June" (in September): history ---------
SEPT = date(2025, 9, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm would join Cofidis in 2026, according to a newspaper."
        "\n\nAnother Dane in the news, Aksel Rønning retired for good after the Tour de Suisse"
        " in June.",
        "Holm vers Cofidis\n\nKasper Holm rejoindrait Cofidis en 2026, selon un journal.\n\nAksel"
        " Rønning a définitivement raccroché après le Tour de Suisse en juin.",
        "Holm alla Cofidis\n\nKasper Holm passerebbe alla Cofidis nel 2026, secondo un giornale."
        "\n\nAksel Rønning si è ritirato definitivamente dopo il Giro di Svizzera a giugno.",
        "Holm al Cofidis\n\nKasper Holm ficharía por el Cofidis en 2026, según un periódico.\n\n"
        "Aksel Rønning se retiró definitivamente tras la Vuelta a Suiza en junio.",
        "Holm naar Cofidis\n\nKasper Holm zou in 2026 naar Cofidis gaan, meldt een krant.\n\n"
        "Aksel Rønning stopte in juni definitief na de Ronde van Zwitserland.",
    ],
)
def test_an_asides_retirement_done_months_ago_is_history(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=SEPT))}
    assert people == {"Kasper Holm"}


def test_a_headlined_retirement_done_this_month_or_named_is_kept() -> None:
    text = (
        "Rønning stopt\n\nAksel Rønning a définitivement raccroché après le Tour de Suisse en juin."
    )
    assert [m[:2] for m in moves(read(text, published=SEPT))] == [("Aksel Rønning", "retirement")]


# -- "..., según ha confirmado X", "selon X": the one named after "according to" tells it ----
@pytest.mark.parametrize(
    "text",
    [
        "Holm sigue un año más\n\nEl navarro, que había anunciado que 2024 sería su última"
        " temporada, seguirá un año más en Cofidis y pondrá punto final a su carrera al término"
        " de 2025, según ha confirmado Jonas Vandersteen.",
        "Holm continue\n\nLe Jurassien, qui avait annoncé que 2024 serait sa dernière saison,"
        " continuera un an de plus chez Cofidis et mettra un terme à sa carrière fin 2025, selon"
        " Jonas Vandersteen.",
        "Holm continua\n\nIl valdostano, che aveva annunciato che il 2024 sarebbe stata la sua"
        " ultima stagione, correrà un altro anno con la Cofidis e si ritirerà alla fine del 2025,"
        " come ha confermato Jonas Vandersteen.",
    ],
)
def test_the_person_after_according_to_is_no_mover(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=date(2024, 9, 20)))}
    assert "Jonas Vandersteen" not in people


# -- a boss's "but X won't let him go" keeps a rider where he is: no move for the speaker ----
@pytest.mark.parametrize(
    "text",
    [
        'Holm alla Cofidis\n\nKasper Holm passa alla Cofidis dal 2025.\n\n"Ci piacerebbe'
        ' avere anche Luca Bellandi, ma la Lidl-Trek non lo lascerà andare", ha detto Jonas'
        " Vandersteen.",
        'Holm ficha por Cofidis\n\nKasper Holm correrá en el Cofidis desde 2025.\n\n"Nos'
        ' gustaría tener también a Luca Bellandi, pero Lidl-Trek no lo dejará marchar", dijo'
        " Jonas Vandersteen.",
    ],
)
def test_a_team_that_wont_let_him_go_moves_no_one(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=date(2024, 8, 20)))}
    assert people == {"Kasper Holm"}


# -- "if he does not renew with X": X is the team he would leave, not his destination --------
@pytest.mark.parametrize(
    "text",
    [
        "Holm ficha por Cofidis\n\nKasper Holm correrá en el Cofidis desde 2025.\n\nLuca Bellandi"
        " podría seguir el mismo camino en 2026 si no renueva con Lidl-Trek.",
        "Holm alla Cofidis\n\nKasper Holm passa alla Cofidis dal 2025.\n\nLuca Bellandi potrebbe"
        " fare la stessa scelta nel 2026 se non rinnova con la Lidl-Trek.",
        "Holm rejoint Cofidis\n\nKasper Holm rejoindra Cofidis en 2025.\n\nLuca Bellandi pourrait"
        " faire le même choix en 2026 s'il ne prolonge pas avec Lidl-Trek.",
        "Holm to Cofidis\n\nKasper Holm will ride for Cofidis from 2025.\n\nLuca Bellandi could"
        " make the same move in 2026 if he does not renew with Lidl-Trek.",
        "Holm naar Cofidis\n\nKasper Holm rijdt vanaf 2025 voor Cofidis.\n\nLuca Bellandi kan in"
        " 2026 dezelfde overstap maken als hij niet verlengt bij Lidl-Trek.",
    ],
)
def test_the_team_he_does_not_renew_with_is_the_one_left(text: str) -> None:
    found = {m[0]: m[2] for m in moves(read(text, published=date(2024, 8, 20)))}
    assert found.get("Luca Bellandi") == "Cofidis"


# -- "Het Nieuwsblad schreef dinsdag dat ...": the outlet that wrote it is the credit ---------
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Cofidis ontkent\n\nHet Nieuwsblad schreef dinsdag dat Kasper Holm in gesprek is met"
            " Uno-X Mobility, maar de ploeg ontkent.",
            "Het Nieuwsblad",
        ),
        (
            "Cofidis dément\n\nL'Équipe a écrit mardi que Kasper Holm est en discussions avec"
            " Uno-X Mobility, mais l'équipe dément.",
            "L'Équipe",
        ),
        (
            "Cofidis smentisce\n\nLa Gazzetta dello Sport ha scritto martedì che Kasper Holm è in"
            " trattativa con la Uno-X Mobility, ma la squadra smentisce.",
            "La Gazzetta dello Sport",
        ),
        (
            "Cofidis lo niega\n\nMarca escribió el martes que Kasper Holm negocia con el Uno-X"
            " Mobility, pero el equipo lo niega.",
            "Marca",
        ),
    ],
)
def test_an_outlet_that_wrote_it_is_the_credit(text: str, outlet: str) -> None:
    reading = read(text, published=date(2024, 8, 13))
    assert [p.credit for p in reading.proposals] == [outlet]


# -- "His last race was the 2023 Tour" beside a new move of his: history, no retirement -----
@pytest.mark.parametrize(
    "text",
    [
        "Holm vuelve al Cofidis\n\nCofidis ha anunciado el regreso de Kasper Holm, que correrá"
        " con el equipo en 2025. Su última carrera fue el Tour de 2023.",
        "Holm alla Cofidis\n\nUn mese dopo l'ultima corsa, Kasper Holm ha già un nuovo progetto:"
        " entrerà nello staff della Cofidis come consulente tecnico dalla prossima stagione.",
        "Holm revient chez Cofidis\n\nCofidis a annoncé le retour de Kasper Holm, qui courra pour"
        " l'équipe en 2025. Sa dernière course remonte au Tour 2023.",
        "Holm terug bij Cofidis\n\nCofidis heeft de terugkeer van Kasper Holm aangekondigd: hij"
        " rijdt in 2025 voor de ploeg. Zijn laatste koers was de Tour van 2023.",
        "Holm returns with Cofidis\n\nCofidis announced the return of Kasper Holm, who will race"
        " for the team in 2025. His last race was the 2023 Tour.",
    ],
)
def test_a_last_race_long_past_beside_a_move_is_no_retirement(text: str) -> None:
    kinds = {m[1] for m in moves(read(text, published=NOV))}
    assert "retirement" not in kinds
    assert kinds
