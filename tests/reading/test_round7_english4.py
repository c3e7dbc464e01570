"""The seventh round's rules for English articles (fourth set: live blogs, tabloid rumours,
denials and round-ups), by kind of writing, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a team announcing newcomers in prose, each with the team left in brackets -----------------
# -- ("The team also announce A (from X) and B (from Y)"): arrivals at the team ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis build a climbing group\n\nThe French team also announce Luca Bellandi (from"
        " Lidl-Trek), Kasper Holm (from Movistar) and Nina Vogel (from Uno-X Mobility).",
        "Cofidis bouwt een klimmersblok\n\nDe Franse ploeg presenteert ook Luca"
        " Bellandi (van Lidl-Trek), Kasper Holm (van Movistar) en Nina Vogel (van Uno-X Mobility).",
        "Cofidis construit un groupe de grimpeurs\n\nL'équipe française annonce aussi Luca"
        " Bellandi (de Lidl-Trek), Kasper Holm (de Movistar) et Nina Vogel (de Uno-X Mobility).",
        "La Cofidis costruisce un gruppo di scalatori\n\nLa squadra francese annuncia anche Luca"
        " Bellandi (dalla Lidl-Trek), Kasper Holm (dalla Movistar) e Nina Vogel (dalla Uno-X"
        " Mobility).",
        "Cofidis arma un bloque de escaladores\n\nEl equipo francés anuncia también a Luca"
        " Bellandi (desde Lidl-Trek), Kasper Holm (desde Movistar) y Nina Vogel (desde Uno-X"
        " Mobility).",
    ],
)
def test_newcomers_with_the_team_left_in_brackets_join_the_headline_team(text: str) -> None:
    got = {(m[0], m[1], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {
        ("Luca Bellandi", "transfer", "Cofidis"),
        ("Kasper Holm", "transfer", "Cofidis"),
        ("Nina Vogel", "transfer", "Cofidis"),
    }


def test_riders_with_their_teams_in_brackets_in_a_race_report_are_no_newcomers() -> None:
    text = (
        "Cofidis hopes for the sprint\n\nLuca Bellandi (from Lidl-Trek) beat Kasper Holm (from"
        " Movistar) and Nina Vogel (from Uno-X Mobility) on the final climb."
    )
    assert moves(read(text, published=NOV)) == []


# -- "Y joins from Z" after a signing: a newcomer whose sentence names only the team left joins
# -- the team the moves before it joined ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Transfer day\n\nCofidis confirm the signing of Luca Bellandi from Lidl-Trek.\n\nAnother"
        " new name: Kasper Holm joins from Movistar as a climber.",
        "Transferdag\n\nCofidis bevestigt de komst van Luca Bellandi van Lidl-Trek.\n\nNog een"
        " nieuwe naam: Kasper Holm stapt over van Movistar als klimmer.",
        "Journée des transferts\n\nCofidis confirme l'arrivée de Luca Bellandi en provenance de"
        " Lidl-Trek.\n\nAutre nouveau nom : Kasper Holm signe en provenance de Movistar comme"
        " grimpeur.",
        "Giornata di mercato\n\nLa Cofidis conferma l'ingaggio di Luca Bellandi dalla Lidl-Trek."
        "\n\nUn altro nome nuovo: Kasper Holm è in arrivo dalla Movistar come"
        " scalatore.",
        "Día de fichajes\n\nCofidis confirma el fichaje de Luca Bellandi procedente del Lidl-Trek."
        "\n\nOtro nombre nuevo: Kasper Holm firma procedente del Movistar como"
        " escalador.",
    ],
)
def test_a_newcomer_joining_from_a_team_joins_the_team_the_moves_before_joined(text: str) -> None:
    got = {(m[0], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {("Luca Bellandi", "Cofidis"), ("Kasper Holm", "Cofidis")}


# -- a tabloid's title for the rider ("the gravel king, 27,") means the person told about -----
@pytest.mark.parametrize(
    "text",
    [
        "Shock exit\n\nKASPER HOLM has quit Movistar.\n\nThe gravel king, 27, has signed"
        " for Cofidis, the team confirmed last night.",
        "Schokkend vertrek\n\nKasper Holm verlaat Movistar.\n\nDe gravelkoning (27) tekent"
        " bij Cofidis, zo bevestigde de ploeg gisteravond.",
        "Départ surprise\n\nKasper Holm quitte Movistar.\n\nLe roi du gravel, 27 ans, a signé chez"
        " Cofidis, a confirmé l'équipe hier soir.",
        "Addio a sorpresa\n\nKasper Holm lascia la Movistar.\n\nIl re del gravel, 27 anni, ha"
        " firmato con la Cofidis, ha confermato la squadra ieri sera.",
        "Salida sorpresa\n\nKasper Holm deja el Movistar.\n\nEl rey del gravel, de 27 años, ha"
        " firmado con el Cofidis, confirmó el equipo anoche.",
    ],
)
def test_a_tabloid_title_means_the_rider_told_about(text: str) -> None:
    got = {(m[0], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {("Kasper Holm", "Cofidis")}


# -- "has walked out on X": a tabloid's word for leaving X --------------------------------------
def test_walking_out_on_a_team_leaves_it() -> None:
    text = (
        "Holm storms off\n\nKasper Holm has walked out on Movistar and signed for Cofidis, the"
        " French team confirmed."
    )
    (p,) = read(text, published=NOV).proposals
    assert (p.from_team and p.from_team.name, p.to_team and p.to_team.name) == (
        "Movistar Team",
        "Cofidis",
    )


# -- "the Swiss ProTeam X": a team's status and country before a one-word name we know --------
@pytest.mark.parametrize(
    "text",
    [
        "Holm signs\n\nThe French WorldTeam Cofidis has signed Kasper Holm.",
        "Holm signs\n\nKasper Holm has signed for the French WorldTeam Cofidis.",
    ],
)
def test_a_team_described_by_its_status_and_country_is_that_team(text: str) -> None:
    got = {(m[0], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {("Kasper Holm", "Cofidis")}


# -- "X remains the most likely landing spot": the team tipped for the headline's person, a
# -- rumour even when the departure itself is official -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm leaves Movistar – is Cofidis next?\n\nMovistar confirmed that Kasper Holm will"
        " leave the team at the end of the season.\n\nCofidis remains the most likely landing"
        " spot.",
        "Holm verlaat Movistar – wordt het Cofidis?\n\nMovistar bevestigde dat Kasper Holm de"
        " ploeg aan het einde van het seizoen verlaat.\n\nCofidis blijft de meest waarschijnlijke"
        " bestemming.",
        "Holm quitte Movistar – cap sur Cofidis ?\n\nMovistar a confirmé que Kasper Holm quittera"
        " l'équipe en fin de saison.\n\nCofidis reste la destination la plus probable.",
        "Holm lascia la Movistar – sarà Cofidis?\n\nLa Movistar ha confermato che Kasper Holm"
        " lascerà la squadra a fine stagione.\n\nLa Cofidis resta la destinazione più probabile.",
        "Holm deja el Movistar – ¿será Cofidis?\n\nEl Movistar confirmó que Kasper Holm dejará el"
        " equipo a final de temporada.\n\nCofidis sigue siendo el destino más probable.",
    ],
)
def test_a_team_tipped_as_the_likely_destination_is_a_rumoured_move(text: str) -> None:
    (p,) = read(text, published=NOV).proposals
    assert (p.person.name, p.to_team and p.to_team.name, p.status.value) == (
        "Kasper Holm",
        "Cofidis",
        "rumour",
    )


def test_a_tipped_team_without_the_person_in_the_headline_is_no_move() -> None:
    text = (
        "Transfer round-up\n\nMovistar confirmed that Kasper Holm will leave the team.\n\nIn"
        " other news, Luca Bellandi won a stage.\n\nCofidis remains the most likely landing spot."
    )
    assert [m for m in moves(read(text, published=NOV)) if m[2] == "Cofidis"] == []


# -- a team announcing a person with the new deal's terms ("Cofidis announce X on a three-year
# -- contract"): the team's signing, even with no other move beside it -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Transfer day\n\n10:02 – Here it is. Cofidis announce Kasper Holm on a three-year contract,"
        " through 2027.\n\n10:30 – More later.",
        "Transferdag\n\n10:02 – Daar is het. Cofidis bevestigt Kasper Holm met een contract van"
        " drie jaar, tot 2027.\n\n10:30 – Later meer.",
    ],
)
def test_a_team_announcing_a_person_on_a_contract_signs_them(text: str) -> None:
    got = {(m[0], m[1], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {("Kasper Holm", "transfer", "Cofidis")}


def test_a_team_announcing_a_person_renewing_is_no_transfer() -> None:
    text = "News\n\nCofidis announce Kasper Holm has renewed his contract until 2027."
    assert all(m[1] != "transfer" for m in moves(read(text, published=NOV)))


# -- "X is confirmed at Y": a live blog's word for an announced signing -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Live\n\n11:02 - Kasper Holm is confirmed at Cofidis.\n\n12:00 - More later.",
        "Liveblog\n\n11:02 - Het is rond en de ploeg is blij: Kasper Holm is bevestigd bij Cofidis."
        "\n\n12:00 - Later meer van het nieuws.",
        "Direct\n\n11:02 - Kasper Holm est confirmé chez Cofidis.\n\n12:00 - La suite plus tard.",
    ],
)
def test_confirmed_at_a_team_is_a_move_there(text: str) -> None:
    got = {(m[0], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {("Kasper Holm", "Cofidis")}


def test_confirmed_at_a_race_is_no_move() -> None:
    text = "Live\n\n11:02 - Kasper Holm is confirmed at the start of the Tour of Flanders."
    assert moves(read(text, published=NOV)) == []


# -- "nearly retired", "bijna gestopt", "a failli arrêter": a near miss is no retirement --------
@pytest.mark.parametrize(
    "text",
    [
        "Holm is back\n\nKasper Holm, nearly retired in October, returns to Cofidis on a one-year"
        " deal.",
        "Holm is terug\n\nKasper Holm, die in oktober bijna stopte, keert terug bij Cofidis met een"
        " contract voor een jaar.",
        "Holm revient\n\nKasper Holm, qui a failli arrêter en octobre, revient chez Cofidis pour"
        " un an.",
        "Holm torna\n\nKasper Holm, che a ottobre ha quasi smesso, torna alla Cofidis con un"
        " contratto di un anno.",
        "Holm vuelve\n\nKasper Holm, que casi se retira en octubre, vuelve al Cofidis con un"
        " contrato de un año.",
    ],
)
def test_a_near_retirement_is_no_retirement(text: str) -> None:
    kinds = {m[1] for m in moves(read(text, published=NOV))}
    assert "retirement" not in kinds


def test_almost_certainly_retiring_still_retires() -> None:
    text = "Holm to stop\n\nKasper Holm will almost certainly retire at the end of the season."
    assert {m[1] for m in moves(read(text, published=NOV))} == {"retirement"}


# -- a boss dismissing reports that a rider could leave: the exit is denied, for the next season
@pytest.mark.parametrize(
    "text",
    [
        "Boss shuts down Holm talk\n\nPieter de Wolf has dismissed reports that Kasper Holm could"
        " leave Cofidis a year early.",
        "Baas ontkent vertrek Holm\n\nPieter de Wolf ontkent de berichten dat Kasper Holm een jaar"
        " te vroeg zou vertrekken bij Cofidis.",
        "Le patron dément\n\nPieter de Wolf a démenti que Kasper Holm pourrait quitter Cofidis un"
        " an plus tôt.",
        "Il manager smentisce\n\nPieter de Wolf ha smentito che Kasper Holm possa lasciare la"
        " Cofidis con un anno di anticipo.",
        "El mánager lo niega\n\nPieter de Wolf ha negado que Kasper Holm vaya a dejar el Cofidis"
        " un año antes.",
    ],
)
def test_a_speaker_denying_an_exit_denies_it_for_next_season(text: str) -> None:
    (p,) = read(text, published=NOV).proposals
    assert (p.person.name, p.from_team and p.from_team.name, p.status.value, p.season) == (
        "Kasper Holm",
        "Cofidis",
        "denied",
        2025,
    )


# -- "will pull on a race number again": a comeback, in the words of the rider's number ---------
@pytest.mark.parametrize(
    "text",
    [
        "Vogel is back\n\nNina Vogel will pull on a race number again from the 2025 season with"
        " Movistar.",
        "Vogel keert terug\n\nNina Vogel speldt vanaf het seizoen 2025 weer een rugnummer op bij"
        " Movistar.",
        "Vogel revient\n\nNina Vogel épinglera à nouveau un dossard à partir de la saison 2025"
        " avec Movistar.",
        "Vogel torna\n\nNina Vogel riattaccherà il numero dalla stagione 2025 con la Movistar.",
        "Vogel vuelve\n\nNina Vogel volverá a colgarse el dorsal a partir de la temporada 2025 con"
        " el Movistar.",
    ],
)
def test_pulling_on_a_race_number_again_is_a_comeback(text: str) -> None:
    got = {(m[0], m[1], m[3]) for m in moves(read(text, published=NOV))}
    assert got == {("Nina Vogel", "comeback", 2025)}


# -- a From:/To: block whose cells name a role before the team ("To: Sports director, X"): a
# -- staff role makes it a staff move, "rider" is only the old role -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Moves for 2025\n\n• Pieter de Wolf\nFrom: rider, Cofidis\nTo: sports director, Cofidis\n"
        "He rode his last race in October.",
        "Transfers voor 2025\n\n• Pieter de Wolf\nVan: renner, Cofidis\nNaar: ploegleider, Cofidis\n"
        "Hij reed in oktober zijn laatste koers.",
        "Transferts pour 2025\n\n• Pieter de Wolf\nProvenance : coureur, Cofidis\nDestination :"
        " directeur sportif, Cofidis\nIl a couru sa dernière course en octobre.",
        "Mercato 2025\n\n• Pieter de Wolf\nProvenienza: corridore, Cofidis\nDestinazione: direttore"
        " sportivo, Cofidis\nHa corso la sua ultima gara a ottobre.",
        "Fichajes 2025\n\n• Pieter de Wolf\nProcedencia: corredor, Cofidis\nDestino: director"
        " deportivo, Cofidis\nCorrió su última carrera en octubre.",
    ],
)
def test_a_staff_role_in_a_blocks_to_cell_is_a_staff_move(text: str) -> None:
    got = {(m[0], m[1], m[2]) for m in moves(read(text, published=NOV))}
    assert ("Pieter de Wolf", "staff_move", "Cofidis") in got


# -- "brought his career to a close": a retirement -------------------------------------------
def test_bringing_a_career_to_a_close_is_a_retirement() -> None:
    text = (
        "De Wolf stops\n\nPieter de Wolf brought his racing career to a close at the Tour of"
        " Flanders on Sunday."
    )
    assert {m[1] for m in moves(read(text, published=NOV))} == {"retirement"}


# -- "had been pushing for an extension": what a manager wanted is not their own move ----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm stays\n\nManager Pieter de Wolf had been pushing for a two-year extension, and Kasper"
        " Holm has now signed for two more seasons with Cofidis.",
        "Holm blijft\n\nManager Pieter de Wolf drong al aan op een verlenging, en Kasper Holm heeft"
        " nu bijgetekend bij Cofidis.",
        "Holm reste\n\nLe manager Pieter de Wolf poussait pour une prolongation, et Kasper Holm a"
        " prolongé son contrat avec Cofidis.",
        "Holm resta\n\nIl manager Pieter de Wolf spingeva per un rinnovo, e Kasper Holm ha"
        " rinnovato con la Cofidis.",
        "Holm sigue\n\nEl mánager Pieter de Wolf presionaba por una renovación, y Kasper Holm ha"
        " renovado con el Cofidis.",
    ],
)
def test_a_manager_pushing_for_an_extension_is_not_extending(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=NOV))}
    assert "Pieter de Wolf" not in people and "Kasper Holm" in people


# -- "the retiring X": an attribute that describes the person, not the news ------------------
def test_the_retiring_rider_as_an_attribute_is_no_retirement() -> None:
    text = (
        "Cofidis want a leader\n\nCofidis are looking for a climber to replace the retiring Luca"
        " Bellandi. Kasper Holm has signed for Cofidis."
    )
    assert {m[0] for m in moves(read(text, published=NOV))} == {"Kasper Holm"}


def test_retiring_as_a_verb_is_still_a_retirement() -> None:
    text = "Bellandi to stop\n\nLuca Bellandi is retiring at the end of the season."
    assert {m[1] for m in moves(read(text, published=NOV))} == {"retirement"}
