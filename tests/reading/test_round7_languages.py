"""The seventh round's rules for prose in Dutch, French, Italian and Spanish (and English where
the kind applies), by kind of writing, each tested with sentences of our own.

Published 20 April 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

APR = date(2024, 4, 20)


def _kinds_and_status(text: str, published: date = APR) -> list[tuple]:
    reading = read(text, published=published)
    return [(*m, p.status.value) for m, p in zip(moves(reading), reading.proposals, strict=True)]


# -- a retirement said not to happen, beside a denial of the reports: a denied retirement -------
@pytest.mark.parametrize(
    "body",
    [
        "No, Hugo Lemaire will not end his career this summer. Several papers wrote that he"
        " would stop, but the rider and Cofidis denied it.",
        "Nee, Hugo Lemaire zet geen punt achter zijn loopbaan deze zomer. Enkele kranten"
        " schreven dat hij zou stoppen, maar de renner en Cofidis ontkennen.",
        "Non, Hugo Lemaire ne mettra pas un terme à sa carrière cet été. Plusieurs journaux"
        " annonçaient son arrêt, mais le coureur et Cofidis ont démenti.",
        "No, Hugo Lemaire non chiuderà la carriera quest'estate. Alcuni giornali parlavano di"
        " un ritiro, ma il corridore e la Cofidis hanno smentito.",
        "No, Hugo Lemaire no pondrá fin a su carrera este verano. Varios diarios hablaban de su"
        " retirada, pero el corredor y el Cofidis lo han desmentido.",
    ],
)
def test_a_career_end_said_not_to_come_beside_a_denial_is_a_denied_retirement(body: str) -> None:
    text = f"Lemaire carries on\n\n{body}"
    assert _kinds_and_status(text) == [("Hugo Lemaire", "retirement", None, 2024, "denied")]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire is not retiring at the end of the season. He denied the reports of an"
        " early farewell on Tuesday.",
        "Hugo Lemaire stopt niet aan het einde van het seizoen. Hij ontkende dinsdag de"
        " berichten over een vroeg afscheid.",
        "Hugo Lemaire ne prendra pas sa retraite en fin de saison. Il a démenti mardi les"
        " rumeurs d'un arrêt anticipé.",
        "Hugo Lemaire non si ritira a fine stagione. Martedì ha smentito le voci di un addio"
        " anticipato.",
        "Hugo Lemaire no se retira a final de temporada. El martes desmintió los rumores de una"
        " despedida anticipada.",
    ],
)
def test_a_negated_stop_beside_a_denial_is_no_postponement(body: str) -> None:
    text = f"Lemaire carries on\n\n{body}"
    assert _kinds_and_status(text) == [("Hugo Lemaire", "retirement", None, 2024, "denied")]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire is not retiring yet: he races on in 2025.",
        "Hugo Lemaire stopt nog niet: hij rijdt in 2025 door.",
        "Hugo Lemaire ne prendra pas encore sa retraite : il court en 2025.",
    ],
)
def test_a_stop_put_off_without_a_denial_stays_a_postponement(body: str) -> None:
    text = f"Lemaire carries on\n\n{body}"
    reading = read(text, published=date(2024, 10, 5))
    assert [(p.kind.value, p.status.value) for p in reading.proposals] == [
        ("retirement_postponed", "official")
    ]


# -- "and" that is also a name particle never joins a known team to the name after it -----------
@pytest.mark.parametrize(
    "headline",
    [
        "Los Arrieta se separan: Mikel ficha por Cofidis y Ion vuelve a Movistar",
        "Los Arrieta se separan: Mikel firma con Cofidis y Ion regresa al Movistar",
    ],
)
def test_a_known_team_then_y_and_a_name_are_two_names(headline: str) -> None:
    text = f"{headline}\n\nLos hermanos Mikel y Ion Arrieta correrán en equipos distintos."
    reading = read(text, published=date(2024, 9, 2))
    teams = [p.to_team.name if p.to_team else None for p in reading.proposals]
    assert "Cofidis" in teams
    assert all(t is None or " y " not in t for t in teams)


# -- "the return of X to Y": a noun phrase whose person moves to the team after it -------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis made official on Monday the return of Kasper Holm to Movistar for next season.",
        "Maandag werd de terugkeer van Kasper Holm naar Movistar officieel voor volgend seizoen.",
        "Lundi, le retour de Kasper Holm chez Movistar a été officialisé pour la saison prochaine.",
        "Lunedì è stato ufficializzato il ritorno di Kasper Holm alla Movistar per la prossima"
        " stagione.",
        "El lunes se hizo oficial el regreso de Kasper Holm al Movistar para la próxima temporada.",
    ],
)
def test_the_return_of_a_rider_to_a_team_is_a_move_to_it(body: str) -> None:
    text = f"Transfer news\n\n{body}"
    assert moves(read(text, published=date(2024, 9, 2))) == [
        ("Kasper Holm", "transfer", "Movistar Team", 2025)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "El regreso de Kasper Holm a la competición será en la Vuelta a Burgos.",
        "Il ritorno di Kasper Holm alle corse è previsto al Giro di Sicilia.",
    ],
)
def test_the_return_of_a_rider_to_racing_names_no_team(body: str) -> None:
    text = f"Transfer news\n\n{body}"
    assert moves(read(text, published=date(2024, 9, 2))) == []


# -- "At X, the departure of Y leaves ...": the fronted team is the one left, no destination ----
@pytest.mark.parametrize(
    "text",
    [
        "Kasper Holm to Lidl-Trek\n\nKasper Holm will ride for Lidl-Trek from 2025, the team"
        " announced. At Movistar, the departure of Holm leaves the climbs to Tomás Echeverría.",
        "Kasper Holm naar Lidl-Trek\n\nKasper Holm rijdt vanaf 2025 voor Lidl-Trek, maakte de"
        " ploeg bekend. Bij Movistar laat het vertrek van Holm de bergen aan Tomás Echeverría.",
        "Kasper Holm chez Lidl-Trek\n\nKasper Holm courra pour Lidl-Trek dès 2025, a annoncé"
        " l'équipe. Chez Movistar, le départ de Holm laisse la montagne à Tomás Echeverría.",
        "Kasper Holm alla Lidl-Trek\n\nKasper Holm correrà con la Lidl-Trek dal 2025, ha"
        " annunciato la squadra. Alla Movistar, la partenza di Holm lascia le salite a Tomás"
        " Echeverría.",
        "Kasper Holm al Lidl-Trek\n\nKasper Holm correrá en el Lidl-Trek desde 2025, ha"
        " anunciado el equipo. En el Movistar, la salida de Holm deja la montaña a Tomás"
        " Echeverría.",
    ],
)
def test_a_departure_told_at_a_fronted_team_leaves_that_team(text: str) -> None:
    reading = read(text, published=date(2024, 8, 1))
    assert moves(reading) == [("Kasper Holm", "transfer", "Lidl-Trek", 2025)]


# -- "según ha hecho oficial el equipo": the reporting word introduces the announcement --------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm correrá desde 2025 en el Lidl-Trek, según ha hecho oficial este martes la"
        " escuadra estadounidense.",
        "Kasper Holm correrá desde 2025 en el Lidl-Trek, según ha anunciado el equipo.",
        "Kasper Holm courra chez Lidl-Trek dès 2025, selon ce qu'a annoncé mardi l'équipe.",
        "Kasper Holm correrà con la Lidl-Trek dal 2025, secondo quanto ha annunciato la squadra.",
    ],
)
def test_a_reporting_word_before_the_teams_announcement_is_official(body: str) -> None:
    reading = read(f"Holm to Lidl-Trek\n\n{body}", published=date(2024, 8, 1))
    assert [(p.status.value, p.credit) for p in reading.proposals] == [("official", None)]


def test_a_reporting_word_before_a_papers_story_stays_reported() -> None:
    body = "Kasper Holm correrá desde 2025 en el Lidl-Trek, según ha publicado el diario AS."
    reading = read(f"Holm to Lidl-Trek\n\n{body}", published=date(2024, 8, 1))
    assert [p.status.value for p in reading.proposals] == ["reported"]


# -- "X is a new rider of Y": the team the person now rides for ----------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "It is official: Marta Ferri is a new rider of Lidl-Trek.",
        "Het is officieel: Marta Ferri is een nieuwe renster van Lidl-Trek.",
        "C'est officiel : Marta Ferri est une nouvelle coureuse de Lidl-Trek.",
        "È ufficiale: Marta Ferri è una nuova corridrice della Lidl-Trek.",
        "Es oficial: Marta Ferri es nueva corredora del Lidl-Trek.",
    ],
)
def test_a_new_rider_of_a_team_joins_it(body: str) -> None:
    reading = read(f"Ferri signs\n\n{body}", published=date(2024, 9, 2))
    assert moves(reading) == [("Marta Ferri", "transfer", "Lidl-Trek", 2025)]


# -- an age written out describes the person: its relative clause is an aside about the past -----
@pytest.mark.parametrize(
    "body",
    [
        "Marta Ferri is a new rider of Lidl-Trek. The twenty-four-year-old, who had ended her"
        " deal with Movistar early, signed a two-year contract with the team.",
        "Marta Ferri is een nieuwe renster van Lidl-Trek. De vierentwintigjarige, die haar"
        " contract bij Movistar vroegtijdig had ontbonden, tekende voor twee jaar bij de ploeg.",
        "Marta Ferri è una nuova corridrice della Lidl-Trek. La ventiquattrenne, che aveva"
        " interrotto il rapporto con la Movistar, ha firmato un contratto biennale con la"
        " squadra.",
    ],
)
def test_a_past_team_in_a_described_persons_aside_is_no_destination(body: str) -> None:
    reading = read(f"Ferri signs\n\n{body}", published=date(2024, 9, 2))
    assert [m[2] for m in moves(reading)] == ["Lidl-Trek"]


# -- "a renewal for one more season": the deal's length, no postponed retirement ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire reste chez Cofidis en 2025. Le Français a signé une prolongation pour une"
        " saison de plus.",
        "Hugo Lemaire resta alla Cofidis anche nel 2025. Il francese ha firmato il prolungamento"
        " per un'altra stagione.",
        "Hugo Lemaire sigue en el Cofidis en 2025. El francés ha firmado la renovación por una"
        " temporada más.",
        "Hugo Lemaire blijft in 2025 bij Cofidis. De Fransman tekende een verlenging voor nog een"
        " seizoen.",
        "Hugo Lemaire stays at Cofidis in 2025. The Frenchman signed an extension for one more"
        " season.",
    ],
)
def test_a_renewal_for_one_more_season_is_a_one_year_extension(body: str) -> None:
    reading = read(f"Lemaire renews\n\n{body}", published=date(2024, 11, 20))
    assert [
        (*m, p.contract_end) for m, p in zip(moves(reading), reading.proposals, strict=True)
    ] == [("Hugo Lemaire", "contract_extension", "Cofidis", 2025, 2025)]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire prolonge sa carrière pour une saison de plus.",
        "Hugo Lemaire alarga su carrera una temporada más.",
    ],
)
def test_a_career_extended_by_one_more_season_stays_a_postponement(body: str) -> None:
    reading = read(f"Lemaire carries on\n\n{body}", published=date(2024, 11, 20))
    assert [p.kind.value for p in reading.proposals] == ["retirement_postponed"]


# -- a nationality noun the suffix rules miss describes the person ("le Britannique") ------------
@pytest.mark.parametrize(
    "body",
    [
        "Aksel Rønning reste chez Uno-X Mobility. Le Slovaque a signé une prolongation jusqu'en"
        " 2027.",
        "Aksel Rønning resta alla Uno-X Mobility. Lo svizzero ha firmato il rinnovo fino al 2027.",
        "Aksel Rønning sigue en el Uno-X Mobility. El suizo ha firmado la renovación hasta 2027.",
    ],
)
def test_a_nationality_noun_names_the_person_the_text_is_about(body: str) -> None:
    reading = read(f"Rønning renews\n\n{body}", published=date(2024, 11, 20))
    assert [(p.person.name, p.kind.value, p.contract_end) for p in reading.proposals] == [
        ("Aksel Rønning", "contract_extension", 2027)
    ]


# -- a race's name is never a new team: "alla Sei Giorni di Gand", "aux Six Jours de Gand" ------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire resta alla Cofidis anche nel 2025: ha firmato il rinnovo nonostante la"
        " caduta alla Sei Giorni di Gand.",
        "Hugo Lemaire reste chez Cofidis en 2025 : il a signé sa prolongation malgré sa chute aux"
        " Six Jours de Gand.",
        "Hugo Lemaire blijft in 2025 bij Cofidis: hij verlengde ondanks zijn val in de Zesdaagse"
        " van Gent.",
        "Hugo Lemaire sigue en el Cofidis en 2025: ha firmado la renovación pese a su caída en la"
        " Copa de Gante.",
        "Hugo Lemaire stays at Cofidis in 2025: he signed his extension despite his crash at the"
        " Six Days of Gent.",
    ],
)
def test_a_races_name_after_a_move_is_no_new_team(body: str) -> None:
    reading = read(f"Lemaire renews\n\n{body}", published=date(2024, 11, 20))
    assert {p.to_team.name for p in reading.proposals if p.to_team} == {"Cofidis"}


# -- "at the end of this season" in its other wordings: the move starts the season after -------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm ha firmato con la Movistar e lascerà la Lidl-Trek al termine di questa"
        " stagione.",
        "Kasper Holm a signé chez Movistar et quittera Lidl-Trek au terme de cette saison.",
        "Kasper Holm ha firmado con el Movistar y dejará el Lidl-Trek al término de esta"
        " temporada.",
        "Kasper Holm tekende bij Movistar en verlaat Lidl-Trek na afloop van dit seizoen.",
    ],
)
def test_a_move_after_this_seasons_end_is_for_the_next_season(body: str) -> None:
    reading = read(f"Holm signs\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Movistar Team", 2025)]


# -- "will race again with X": again at a team, no return from retirement -----------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm correrà di nuovo con la Movistar nel 2025: ha firmato un contratto di un anno.",
        "Kasper Holm courra de nouveau pour Movistar en 2025 : il a signé un contrat d'un an.",
        "Kasper Holm correrá de nuevo con el Movistar en 2025: ha firmado un contrato de un año.",
        "Kasper Holm will race again for Movistar in 2025: he signed a one-year contract.",
    ],
)
def test_racing_again_for_a_team_is_a_transfer_not_a_comeback(body: str) -> None:
    reading = read(f"Holm back at Movistar\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Movistar Team", 2025)]


def test_back_in_a_teams_jersey_is_a_move_to_it() -> None:
    body = "È ufficiale: Kasper Holm tornerà a vestire la maglia azzurra della Movistar nel 2025."
    reading = read(f"Holm, ritorno a casa\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Movistar Team", 2025)]


# -- a named person (not the team, not the mover) confirming the move: confirmed ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Bellandi confirms Holm's arrival at Cofidis\n\nLuca Bellandi confirmed on Wednesday that"
        " Kasper Holm will race for Cofidis next season.",
        "Bellandi bevestigt komst van Holm bij Cofidis\n\nLuca Bellandi heeft woensdag bevestigd"
        " dat Kasper Holm volgend seizoen voor Cofidis rijdt.",
        "Bellandi confirme l'arrivée de Holm chez Cofidis\n\nLuca Bellandi a confirmé mercredi que"
        " Kasper Holm courra pour Cofidis la saison prochaine.",
        "Bellandi conferma l'arrivo di Holm alla Cofidis\n\nLuca Bellandi ha confermato mercoledì"
        " che Kasper Holm correrà con la Cofidis la prossima stagione.",
        "Bellandi confirma la llegada de Holm al Cofidis\n\nLuca Bellandi ha confirmado este"
        " miércoles que Kasper Holm correrá en el Cofidis la próxima temporada.",
    ],
)
def test_a_named_person_confirming_a_move_makes_it_confirmed(text: str) -> None:
    reading = read(text, published=date(2024, 7, 24))
    assert _kinds_and_status(text, date(2024, 7, 24)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025, "confirmed")
    ]
    assert reading.proposals[0].credit is None


@pytest.mark.parametrize(
    "body",
    [
        "Cofidis confirmed on Wednesday that Kasper Holm will race for the team next season.",
        "Cofidis a confirmé mercredi que Kasper Holm courra pour l'équipe la saison prochaine.",
        "Luca Bellandi confirmed that Kasper Holm will race for Cofidis next season; the team"
        " made it official on Wednesday.",
    ],
)
def test_a_team_confirming_or_an_announcement_beside_stays_official(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2024, 7, 24))
    assert [p.status.value for p in reading.proposals] == ["official"]


def test_a_confirmed_move_does_not_take_the_source_credited_for_another() -> None:
    text = (
        "Bellandi confirms Holm's arrival at Cofidis\n\nLuca Bellandi confirmed on Wednesday"
        " that Kasper Holm will race for Cofidis next season. According to L'Équipe, Aksel"
        " Rønning will follow him there."
    )
    reading = read(text, published=date(2024, 7, 24))
    holm = next(p for p in reading.proposals if p.person.name == "Kasper Holm")
    assert (holm.status.value, holm.credit) == ("confirmed", None)


# -- "only the official announcement remains": agreed, not yet official --------------------------
@pytest.mark.parametrize(
    "body",
    [
        'Kasper Holm will ride for Cofidis next season. "Everything is agreed, only the official'
        ' announcement is missing," a source said.',
        "Kasper Holm rijdt volgend seizoen voor Cofidis. Alles is rond, alleen de officiële"
        " aankondiging ontbreekt nog.",
        "Kasper Holm courra pour Cofidis la saison prochaine. Tout est réglé, il ne reste que"
        " l'annonce officielle.",
        "Kasper Holm correrà con la Cofidis la prossima stagione. È tutto fatto, manca solo"
        " l'annuncio ufficiale.",
        "Kasper Holm correrá en el Cofidis la próxima temporada. Está todo hecho, solo falta el"
        " anuncio oficial.",
    ],
)
def test_a_move_awaiting_its_official_announcement_is_not_official(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2024, 7, 24))
    assert [p.status.value for p in reading.proposals] == ["reported"]


# -- "X, who announced her move earlier this summer": old news beside the story ----------------
@pytest.mark.parametrize(
    "body",
    [
        "Nina Vogel stays on. Cofidis also welcomes Greta Lindqvist, who announced her move from"
        " Movistar earlier this summer.",
        "Nina Vogel blijft. Greta Lindqvist, die eerder deze zomer haar overstap van Movistar"
        " bekendmaakte, rijdt volgend seizoen voor Cofidis.",
        "Nina Vogel reste. Greta Lindqvist, qui avait annoncé son arrivée plus tôt cet été, courra"
        " pour Cofidis la saison prochaine.",
        "Nina Vogel resta. Greta Lindqvist, che aveva annunciato il suo passaggio la scorsa estate,"
        " correrà con la Cofidis la prossima stagione.",
        "Nina Vogel sigue. Greta Lindqvist, que anunció su fichaje el pasado verano, correrá en el"
        " Cofidis la próxima temporada.",
    ],
)
def test_a_move_announced_in_a_time_gone_by_is_old_news(body: str) -> None:
    reading = read(f"Cofidis for 2025\n\n{body}", published=date(2024, 10, 2))
    assert "Greta Lindqvist" not in [p.person.name for p in reading.proposals]


@pytest.mark.parametrize(
    "body",
    [
        "Cofidis welcomes Greta Lindqvist, who announced her move from Movistar on Tuesday.",
        "Greta Lindqvist, die dinsdag haar overstap van Movistar bekendmaakte, rijdt volgend"
        " seizoen voor Cofidis.",
        "Greta Lindqvist, che ha annunciato martedì il suo passaggio, correrà con la Cofidis la"
        " prossima stagione.",
    ],
)
def test_a_move_announced_now_is_news(body: str) -> None:
    reading = read(f"Cofidis for 2025\n\n{body}", published=date(2024, 10, 2))
    assert moves(reading) == [("Greta Lindqvist", "transfer", "Cofidis", 2025)]


# -- a conditional perfect with the contract between ("zou een contract hebben getekend"): reported
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm rijdt volgend seizoen voor Cofidis. De Deen zou een meerjarig contract hebben"
        " getekend bij de Franse ploeg.",
        "Kasper Holm correrà con la Cofidis la prossima stagione. Il danese avrebbe firmato un"
        " contratto pluriennale con la squadra francese.",
        "Kasper Holm courra pour Cofidis la saison prochaine. Le Danois aurait signé un contrat de"
        " plusieurs saisons avec l'équipe française.",
    ],
)
def test_a_contract_said_to_have_been_signed_is_reported(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2024, 7, 24))
    assert [p.status.value for p in reading.proposals] == ["reported"]


# -- when a move starts, said between its verb and its team ("courra dès 2025 chez X") ----------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm courra à partir de 2025 chez Cofidis.",
        "Kasper Holm rejoindra l'an prochain Cofidis.",
        "Kasper Holm passera la saison prochaine chez Cofidis.",
        "Kasper Holm correrà dal 2025 con la Cofidis.",
        "Kasper Holm vestirà dalla prossima stagione la maglia della Cofidis.",
        "Kasper Holm se marchará al Cofidis en 2025.",
    ],
)
def test_a_start_said_between_the_verb_and_the_team_keeps_the_team(body: str) -> None:
    reading = read(f"Holm signs\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- "X, new signing of Y, signs for two seasons": the apposition's team is the one joined ------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm, new signing of Cofidis, signs for two seasons.",
        "Kasper Holm, nouvelle recrue de Cofidis, signe pour deux saisons.",
        "Kasper Holm, nuovo acquisto della Cofidis, firma per due stagioni.",
        "Kasper Holm, nuevo fichaje del Cofidis, firma por dos temporadas.",
    ],
)
def test_a_new_signing_in_the_movers_apposition_names_the_team_joined(body: str) -> None:
    reading = read(f"Holm signs\n\n{body}", published=date(2024, 8, 9))
    assert [
        (*m, p.contract_end) for m, p in zip(moves(reading), reading.proposals, strict=True)
    ] == [("Kasper Holm", "transfer", "Cofidis", 2025, 2026)]


def test_a_past_role_in_the_movers_apposition_is_still_the_team_left() -> None:
    body = "Kasper Holm, for years a domestique at Movistar, signs for two seasons with Cofidis."
    reading = read(f"Holm signs\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm a paraphé un contrat de deux ans avec Cofidis.",
        "Kasper Holm aurait paraphé un contrat de deux ans avec Cofidis.",
    ],
)
def test_a_contract_initialled_with_a_team_joins_it(body: str) -> None:
    reading = read(f"Holm signe\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a retirement beside the contract the person has now: the contract's end is no last season --
@pytest.mark.parametrize(
    "body",
    [
        'Hugo Lemaire ha desmentido los rumores sobre su retirada. "No me retiro, tengo contrato'
        ' con el Cofidis hasta 2026", afirmó.',
        'Hugo Lemaire has denied the rumours of his retirement. "I am not retiring, I am under'
        ' contract with Cofidis until 2026," he said.',
    ],
)
def test_a_denied_retirement_is_not_dated_by_the_current_contract(body: str) -> None:
    reading = read(f"Lemaire stays\n\n{body}", published=APR)
    assert [(p.kind.value, p.season, p.status.value) for p in reading.proposals] == [
        ("retirement", 2024, "denied")
    ]


# -- a return after an accident is a return from injury, no comeback -----------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm joins Cofidis. There he meets Tomás Echeverría, who returned to racing after"
        " his serious accident.",
        "Kasper Holm ficha por el Cofidis. Allí coincidirá con Tomás Echeverría, que regresó a la"
        " competición tras su grave accidente.",
        "Kasper Holm rejoint Cofidis. Il y retrouvera Tomás Echeverría, qui a fait son retour"
        " après son grave accident.",
    ],
)
def test_a_return_after_an_accident_is_no_comeback(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2024, 8, 9))
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]


# -- "it is not yet certain whether X joins Y": a rumour --------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "It is not yet clear whether Kasper Holm will join Cofidis.",
        "Het is nog niet zeker of Kasper Holm naar Cofidis vertrekt.",
        "Il n'est pas encore certain que Kasper Holm rejoigne Cofidis.",
        "Non è ancora certo che Kasper Holm passi alla Cofidis.",
        "No está claro si Kasper Holm fichará por el Cofidis.",
    ],
)
def test_a_move_not_yet_certain_is_a_rumour(body: str) -> None:
    assert _kinds_and_status(f"Holm and Cofidis\n\n{body}", date(2024, 8, 9)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025, "rumour")
    ]


# -- Dutch verb last in a subordinate clause: "terwijl X naar Y trekt" --------------------------
def test_a_dutch_move_verb_last_in_a_subordinate_clause() -> None:
    body = "Bij Cofidis verlengt Hugo Lemaire tot 2026, terwijl Kasper Holm naar Movistar trekt."
    reading = read(f"Cofidis\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [
        ("Hugo Lemaire", "contract_extension", "Cofidis", 2025),
        ("Kasper Holm", "transfer", "Movistar Team", 2025),
    ]


# -- a rider's own words in the first person future: "je courrai chez X", "correré en el X" ------
@pytest.mark.parametrize(
    "body",
    [
        "« L'an prochain, je courrai chez Cofidis », a déclaré Kasper Holm.",
        '"El año que viene correré en el Cofidis", aseguró Kasper Holm.',
        "«L'anno prossimo correrò con la Cofidis», ha detto Kasper Holm.",
        '"Volgend jaar rijd ik voor Cofidis," zei Kasper Holm.',
    ],
)
def test_a_riders_first_person_future_move_is_his(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- "denies any contact with X": a denied move to X -------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm denies any contact with Movistar.",
        "Kasper Holm ontkent enig contact met Movistar.",
        "Kasper Holm dément tout contact avec Movistar.",
        "Kasper Holm smentisce qualsiasi contatto con la Movistar.",
        "Kasper Holm niega cualquier contacto con el Movistar.",
    ],
)
def test_a_denied_contact_with_a_team_is_a_denied_move_to_it(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert [
        (p.person.name, p.to_team.name if p.to_team else None, p.status.value)
        for p in reading.proposals
    ] == [("Kasper Holm", "Movistar Team", "denied")]


# -- "the arrival of A, from X, for two years, and that of B, who leaves Y": both are signed ------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis announced the signing of Kasper Holm, from Movistar, for two years, and that of"
        " Aksel Rønning, who leaves Lidl-Trek.",
        "Cofidis maakte de komst van Kasper Holm bekend, van Movistar, voor twee jaar, en die van"
        " Aksel Rønning, die Lidl-Trek verlaat.",
        "Cofidis a annoncé l'arrivée de Kasper Holm, en provenance de Movistar, pour deux ans,"
        " ainsi que celle de Aksel Rønning, qui quitte Lidl-Trek.",
        "La Cofidis ha annunciato l'arrivo di Kasper Holm dalla Movistar per due anni e quello di"
        " Aksel Rønning, che lascia la Lidl-Trek.",
        "El Cofidis ha anunciado la llegada de Kasper Holm, procedente del Movistar, por dos"
        " años, y la de Aksel Rønning, que deja el Lidl-Trek.",
    ],
)
def test_and_that_of_a_second_rider_signs_him_too(body: str) -> None:
    reading = read(f"Cofidis signs two\n\n{body}", published=date(2024, 8, 9))
    got = [
        (p.person.name, p.to_team.name if p.to_team else None, p.contract_end)
        for p in reading.proposals
    ]
    assert got == [("Kasper Holm", "Cofidis", 2026), ("Aksel Rønning", "Cofidis", None)]


def test_a_dutch_team_that_has_brought_in_riders_signs_them() -> None:
    body = "Cofidis heeft Kasper Holm en Aksel Rønning binnengehaald."
    reading = read(f"Cofidis\n\n{body}", published=date(2024, 8, 9))
    assert [m[:3] for m in moves(reading)] == [
        ("Kasper Holm", "transfer", "Cofidis"),
        ("Aksel Rønning", "transfer", "Cofidis"),
    ]


# -- "Holm y Rønning fichan": two surnames the text names are two people, no new name ----------
def test_two_named_surnames_joined_by_y_are_two_people() -> None:
    text = (
        "Holm y Rønning fichan por el Cofidis\n\nKasper Holm y Aksel Rønning correrán en el"
        " Cofidis a partir de 2025."
    )
    reading = read(text, published=date(2024, 8, 9))
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
    ]


# -- "A signs for X and B renews with Y until 2027": the contract is B's alone ------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm ficha por el Cofidis y Aksel Rønning renueva con el Movistar hasta 2027.",
        "Kasper Holm firma con la Cofidis e Aksel Rønning rinnova con la Movistar fino al 2027.",
        "Kasper Holm signs for Cofidis and Aksel Rønning renews with Movistar until 2027.",
    ],
)
def test_a_second_subjects_contract_is_not_the_first_moves(body: str) -> None:
    reading = read(f"Mercato\n\n{body}", published=date(2024, 8, 9))
    assert [(p.person.name, p.contract_end) for p in reading.proposals] == [
        ("Kasper Holm", None),
        ("Aksel Rønning", 2027),
    ]


# -- Dutch: "gaat bij X aan de slag als ploegleider", "heeft zijn contract opengebroken" ---------
def test_dutch_starting_work_as_a_staff_member_is_a_staff_move() -> None:
    body = "Pieter de Wolf gaat vanaf 2025 bij Cofidis aan de slag als ploegleider."
    reading = read(f"De Wolf\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Pieter de Wolf", "staff_move", "Cofidis", 2025)]


def test_dutch_a_contract_broken_open_is_an_extension() -> None:
    body = "Kasper Holm heeft zijn contract opengebroken en rijdt tot eind 2027 voor Cofidis."
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert [
        (*m, p.contract_end) for m, p in zip(moves(reading), reading.proposals, strict=True)
    ] == [("Kasper Holm", "contract_extension", "Cofidis", 2025, 2027)]


# -- "X will be a rider of Y": a future team ---------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm will be a rider of Cofidis from 2025, the team said on Monday.",
        "Kasper Holm sera un coureur de Cofidis à partir de 2025, a indiqué l'équipe lundi.",
        "Kasper Holm sarà un corridore della Cofidis dal 2025, ha comunicato la squadra lunedì.",
        "Kasper Holm será corredor del Cofidis a partir de 2025, según ha comunicado el equipo.",
    ],
)
def test_a_future_rider_of_a_team_joins_it(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_being_a_rider_of_a_team_now_is_no_move() -> None:
    body = "Kasper Holm es corredor del Cofidis desde 2020 y ganó una etapa de la Vuelta."
    assert moves(read(f"Holm\n\n{body}", published=date(2024, 8, 9))) == []


# -- "where he will find X, who renewed until 2026": the teammate's past is background -----------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm has signed with Cofidis, where he will find Hugo Lemaire, who renewed until"
        " 2026.",
        "Kasper Holm a signé chez Cofidis, où il retrouvera Hugo Lemaire, qui a prolongé jusqu'en"
        " 2026.",
        "Kasper Holm ha firmato con la Cofidis, dove ritroverà Hugo Lemaire, che ha rinnovato fino"
        " al 2026.",
        "Kasper Holm ha firmado con el Cofidis, donde coincidirá con Hugo Lemaire, que renovó"
        " hasta 2026.",
    ],
)
def test_a_move_in_the_relative_clause_of_a_teammate_to_meet_is_background(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2024, 8, 9))
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]


def test_a_spanish_retirement_put_off_in_the_past_tense_is_a_postponement() -> None:
    body = "Hugo Lemaire aplazó su retirada un año y correrá en 2025 con el Cofidis."
    reading = read(f"Lemaire sigue\n\n{body}", published=date(2024, 10, 9))
    assert [p.kind.value for p in reading.proposals] == ["retirement_postponed"]


# -- "had been linked with X", "werd genoemd bij X": a rumour told before the news is background --
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm has extended his contract with Cofidis until 2026. The Dane had been linked"
        " with Movistar.",
        "Kasper Holm heeft zijn contract bij Cofidis verlengd tot 2026. De Deen werd ook genoemd"
        " bij Movistar.",
        "Kasper Holm ha rinnovato con la Cofidis fino al 2026. Il danese era stato accostato alla"
        " Movistar.",
        "Kasper Holm ha renovado con el Cofidis hasta 2026. El danés había sido vinculado con el"
        " Movistar.",
    ],
)
def test_a_rumour_told_in_a_past_tense_beside_an_extension_is_background(body: str) -> None:
    reading = read(f"Holm renews\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "contract_extension", "Cofidis", 2025)]


def test_a_rumour_told_now_stays_a_rumour() -> None:
    body = "Kasper Holm wordt genoemd bij Movistar."
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert _kinds_and_status(f"Holm\n\n{body}", date(2024, 8, 9)) == [
        ("Kasper Holm", "transfer", "Movistar Team", 2025, "rumour")
    ]
    assert reading.proposals


# -- Italian/Spanish renewal phrasings; "said yes to X"; a team "ha messo le mani su X" ----------
@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Kasper Holm resterà alla Cofidis fino al 2027.", ("contract_extension", "Cofidis", 2027)),
        (
            "Kasper Holm seguirá en el Cofidis hasta 2027, según ha anunciado el equipo.",
            ("contract_extension", "Cofidis", 2027),
        ),
        (
            "Kasper Holm ha prolungato il suo contratto con la Cofidis di tre anni.",
            ("contract_extension", "Cofidis", 2027),
        ),
        ("Kasper Holm ha detto sì alla Movistar.", ("transfer", "Movistar Team", None)),
        ("Kasper Holm said yes to Movistar.", ("transfer", "Movistar Team", None)),
        ("La Movistar ha messo le mani su Kasper Holm.", ("transfer", "Movistar Team", None)),
    ],
)
def test_italian_and_spanish_renewals_and_choices(body: str, want: tuple) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    got = [
        (p.kind.value, p.to_team.name if p.to_team else None, p.contract_end)
        for p in reading.proposals
    ]
    assert got == [want]


# -- "stays at X until the end of the season, then joins Y": a move, no renewal ------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm stays at Cofidis until the end of the season and will then join Movistar.",
        "Kasper Holm reste chez Cofidis jusqu'à la fin de la saison, puis il rejoindra Movistar.",
        "Kasper Holm resta alla Cofidis fino al termine della stagione, poi passerà alla Movistar.",
    ],
)
def test_a_stay_until_the_seasons_end_then_a_move_is_the_move(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert moves(reading) == [("Kasper Holm", "transfer", "Movistar Team", 2025)]


# -- a negation stays in its clause: "stopt nog niet: hij rijdt door bij X" ----------------------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire stopt toch nog niet: hij rijdt in 2025 nog een seizoen bij Cofidis.",
        "Hugo Lemaire is not retiring yet: he rides on for one more season with Cofidis in 2025.",
    ],
)
def test_a_negation_before_a_colon_does_not_deny_the_move_after_it(body: str) -> None:
    reading = read(f"Lemaire\n\n{body}", published=date(2024, 10, 9))
    assert [(p.kind.value, p.status.value) for p in reading.proposals] == [
        ("retirement_postponed", "official")
    ]


def test_dutch_not_stopping_after_all_is_a_postponement() -> None:
    reading = read("Lemaire\n\nHugo Lemaire stopt toch niet.", published=date(2024, 10, 9))
    assert [p.kind.value for p in reading.proposals] == ["retirement_postponed"]


# -- Italian "che firma con la X": a verb, not a byline writer ("una firma del Corriere") ---------
def test_italian_who_signs_with_a_team_is_a_mover_not_a_journalist() -> None:
    body = "La Movistar perde Kasper Holm, che firma con la Cofidis per due anni."
    reading = read(f"Holm\n\n{body}", published=date(2024, 8, 9))
    assert [(*m, p.journalist) for m, p in zip(moves(reading), reading.proposals, strict=True)] == [
        ("Kasper Holm", "transfer", "Cofidis", 2025, None)
    ]


# -- "about to sign": reported, not done ---------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm is about to sign for Cofidis.",
        "Kasper Holm staat op het punt om bij Cofidis te tekenen.",
        "Kasper Holm s'apprête à signer chez Cofidis.",
        "Kasper Holm sta per firmare con la Cofidis.",
        "Kasper Holm está cerca de fichar por el Cofidis.",
    ],
)
def test_a_move_about_to_be_signed_is_reported(body: str) -> None:
    assert _kinds_and_status(f"Holm\n\n{body}", date(2024, 8, 9)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025, "reported")
    ]


# -- a rider's own "I will not end my career" beside a denial -------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire dément les rumeurs : « Je n'arrêterai pas ma carrière cette année. »",
        "Hugo Lemaire smentisce il ritiro: «Non smetto a fine stagione», ha detto.",
        'Hugo Lemaire desmiente su retirada: "No me retiro este año", dijo.',
    ],
)
def test_a_riders_own_denied_retirement(body: str) -> None:
    reading = read(f"Lemaire\n\n{body}", published=APR)
    assert [(p.kind.value, p.status.value) for p in reading.proposals] == [("retirement", "denied")]


def test_and_that_of_without_a_signing_signs_no_one() -> None:
    body = (
        "La victoria de Kasper Holm en el Cofidis y la de Aksel Rønning en el Movistar marcaron"
        " la temporada."
    )
    assert moves(read(f"Balance\n\n{body}", published=date(2024, 10, 9))) == []


# -- a contract note is not the person's named in a relative clause about the team ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Marta Ferri heeft haar contract bij Cofidis verlengd. De Italiaanse rijdt nu tot eind"
        " 2027 voor de ploeg, die eerder dit jaar ook Nina Vogel langer aan zich bond.",
        "Marta Ferri has extended her contract with Cofidis. The Italian now rides until 2027 for"
        " the team, which also kept Nina Vogel earlier this year.",
    ],
)
def test_a_contract_note_belongs_to_the_described_rider_not_the_aside(body: str) -> None:
    reading = read(f"Ferri verlengt\n\n{body}", published=date(2024, 11, 20))
    assert [(p.person.name, p.contract_end) for p in reading.proposals] == [("Marta Ferri", 2027)]


# -- a team keeping its rider to a year: "blinda a X hasta 2027", "houdt X aan boord tot 2027" ----
@pytest.mark.parametrize(
    "body",
    [
        "El Cofidis blinda a Kasper Holm hasta 2027, según ha anunciado el equipo.",
        "Kasper Holm amplía su vínculo con el Cofidis hasta 2027, según ha anunciado el equipo.",
        "La Cofidis blinda Kasper Holm fino al 2027, ha annunciato la squadra.",
        "Cofidis conserve Kasper Holm jusqu'en 2027, a annoncé l'équipe.",
        "Cofidis houdt Kasper Holm aan boord tot 2027, maakte de ploeg bekend.",
    ],
)
def test_a_team_keeping_its_rider_until_a_year_extends(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 9, 20))
    got = [
        (p.person.name, p.kind.value, p.to_team.name if p.to_team else None, p.contract_end)
        for p in reading.proposals
    ]
    assert got == [("Kasper Holm", "contract_extension", "Cofidis", 2027)]


def test_french_courted_before_an_extension_is_background() -> None:
    body = (
        "Cofidis conserve Kasper Holm jusqu'en 2027. Le Danois était pourtant courtisé par"
        " Movistar."
    )
    reading = read(f"Holm reste\n\n{body}", published=date(2024, 9, 20))
    assert moves(reading) == [("Kasper Holm", "contract_extension", "Cofidis", 2025)]


# -- a retirement dated "at the end of <year>" in its other wordings -----------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire met fin à sa carrière à la fin de la saison 2025, a-t-il annoncé mardi.",
        "Hugo Lemaire mettra un terme à sa carrière au terme de la saison 2025.",
        "Hugo Lemaire chiuderà la carriera al termine del 2025, ha annunciato martedì.",
        "Hugo Lemaire pondrá fin a su carrera al término de 2025, anunció el martes.",
    ],
)
def test_a_retirement_at_the_end_of_a_year_is_dated_that_year(body: str) -> None:
    reading = read(f"Lemaire\n\n{body}", published=date(2024, 10, 5))
    assert moves(reading) == [("Hugo Lemaire", "retirement", None, 2025)]


# -- "the renewal of X with Y is official": the person after a renewal's noun renews -------------
@pytest.mark.parametrize(
    "body",
    [
        "The contract extension of Kasper Holm with Cofidis is official: he stays until 2027.",
        "De contractverlenging van Kasper Holm bij Cofidis is rond: de Deen blijft tot 2027.",
        "La prolongation de Kasper Holm avec Cofidis est officielle : le Danois restera"
        " jusqu'en 2027.",
        "Il rinnovo di Kasper Holm con la Cofidis è ufficiale: il danese resterà fino al 2027.",
        "La renovación de Kasper Holm con el Cofidis ya es oficial: el danés seguirá hasta 2027.",
    ],
)
def test_the_renewal_of_a_rider_is_his_extension(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 9, 20))
    got = [
        (p.person.name, p.kind.value, p.to_team.name if p.to_team else None, p.contract_end)
        for p in reading.proposals
    ]
    assert got == [("Kasper Holm", "contract_extension", "Cofidis", 2027)]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Kasper Holm gaat volgend jaar aan de slag bij Cofidis.", "transfer"),
        ("Pieter de Wolf gaat volgend jaar aan de slag bij Cofidis als ploegleider.", "staff_move"),
    ],
)
def test_dutch_starting_work_at_a_team_is_a_move_to_it(body: str, kind: str) -> None:
    reading = read(f"Cofidis\n\n{body}", published=date(2024, 9, 20))
    assert [(p.kind.value, p.to_team.name if p.to_team else None) for p in reading.proposals] == [
        (kind, "Cofidis")
    ]


# -- "Cofidis signs A from X and B from Y": both are signed, each from their own team ------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis have signed Kasper Holm from Movistar and Aksel Rønning from Lidl-Trek.",
        "Cofidis heeft Kasper Holm van Movistar en Aksel Rønning van Lidl-Trek binnengehaald.",
        "La Cofidis ha ingaggiato Kasper Holm dalla Movistar e Aksel Rønning dalla Lidl-Trek.",
        "El Cofidis incorpora a Kasper Holm del Movistar y a Aksel Rønning del Lidl-Trek.",
    ],
)
def test_a_team_signing_two_riders_each_from_their_team(body: str) -> None:
    reading = read(f"Cofidis\n\n{body}", published=date(2024, 9, 20))
    got = [
        (
            p.person.name,
            p.from_team.name if p.from_team else None,
            p.to_team.name if p.to_team else None,
        )
        for p in reading.proposals
    ]
    assert got == [
        ("Kasper Holm", "Movistar Team", "Cofidis"),
        ("Aksel Rønning", "Lidl-Trek", "Cofidis"),
    ]
