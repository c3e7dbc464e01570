"""The seventh round's rules for English articles (third set: live blogs, interviews, round-ups
of retirements, denials), by kind of writing, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a description that opens the sentence means the person named before it, not one named in
# -- the aside that follows it ("The Dane, who led out X for years, has retired") -------------
@pytest.mark.parametrize(
    "text",
    [
        "Søren Kjærgaard: 'Time to stop'\n\nThe Dane, who led out Luca Bellandi for years, has"
        " retired and will become a sports director at Cofidis in 2025.",
        "Søren Kjærgaard: 'Tijd om te stoppen'\n\nDe Deen, die jarenlang Luca Bellandi"
        " afzette, stopt en wordt in 2025 ploegleider bij Cofidis.",
        "Søren Kjærgaard : « Il est temps »\n\nLe Danois, qui a roulé pour Luca Bellandi pendant"
        " des années, prend sa retraite et deviendra directeur sportif chez Cofidis en 2025.",
        "Søren Kjærgaard: 'È ora di smettere'\n\nIl danese, che per anni ha lavorato per Luca"
        " Bellandi, si ritira e diventerà direttore sportivo della Cofidis nel 2025.",
        "Søren Kjærgaard: 'Es hora de parar'\n\nEl danés, que trabajó para Luca Bellandi durante"
        " años, se retira y será director deportivo del Cofidis en 2025.",
    ],
)
def test_a_description_before_an_aside_means_the_person_named_before(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=NOV))}
    assert people == {"Søren Kjærgaard"}


def test_a_description_without_an_aside_still_means_the_person_told_about() -> None:
    text = (
        "Kjærgaard stops\n\nSøren Kjærgaard raced his last Tour this summer. The Dane has retired"
        " and will become a sports director at Cofidis in 2025."
    )
    assert {m[0] for m in moves(read(text, published=NOV))} == {"Søren Kjærgaard"}


# -- "closed his career with X": the career ends, with that team -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The year's farewells\n\n- Nina Vogel closed her road career with Movistar and now"
        " turns to gravel racing.",
        "Afscheid\n\n- Nina Vogel sloot haar carrière af bij Movistar en rijdt nu gravelwedstrijden.",
        "Les adieux\n\n- Nina Vogel a bouclé sa carrière chez Movistar et se tourne vers le gravel.",
        "Gli addii\n\n- Nina Vogel ha chiuso la carriera con la Movistar e ora passa al gravel.",
        "Las despedidas\n\n- Nina Vogel cerró su carrera en el Movistar Team y ahora se dedica"
        " al gravel.",
    ],
)
def test_closing_a_career_with_a_team_is_a_retirement(text: str) -> None:
    reading = read(text, published=date(2024, 10, 20))
    assert moves(reading) == [("Nina Vogel", "retirement", None, 2024)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Movistar Team"


# -- "his last race for X": the noun "race", not the verb; no move to X ------------------------
def test_a_last_race_for_a_team_is_no_move_to_it() -> None:
    text = (
        "Season's end\n\nJonas Vandersteen rode his last race for Cofidis at the Tour of"
        " Lombardy, cheered on by his family."
    )
    assert [m for m in moves(read(text, published=NOV)) if m[1] == "transfer"] == []


def test_racing_for_a_team_is_still_a_move() -> None:
    text = "Vandersteen to Cofidis\n\nJonas Vandersteen will race for Cofidis next season."
    assert moves(read(text, published=NOV)) == [("Jonas Vandersteen", "transfer", "Cofidis", 2025)]


# -- "X, riding for Y, is fifth": a participle between commas says where X rides now ------------
@pytest.mark.parametrize(
    "text",
    [
        "LIVE: stage 4\n\n14:05 – Aksel Rønning, riding for Uno-X, leads the race on the last"
        " climb.\n\n13:40 – The break has two minutes.",
        "Stage 4\n\nAksel Rønning, racing for Uno-X Mobility, finished third on the summit.",
    ],
)
def test_a_rider_riding_for_a_team_in_a_race_report_moves_nowhere(text: str) -> None:
    assert moves(read(text, published=NOV)) == []


def test_riding_for_a_team_next_season_is_still_a_move() -> None:
    text = "Rønning to Cofidis\n\nAksel Rønning will be riding for Cofidis next season."
    assert moves(read(text, published=NOV)) == [("Aksel Rønning", "transfer", "Cofidis", 2025)]


# -- the team that has him under contract says "he will ride for us": he stays ------------------
@pytest.mark.parametrize(
    "text",
    [
        'Cofidis: Lemaire stays\n\n"Hugo Lemaire has a contract until 2026 and he will ride for us next'
        ' year," a Cofidis spokesperson said.',
        "Cofidis : Lemaire reste\n\n« Hugo Lemaire a un contrat jusqu'en 2026 et il courra pour nous"
        " l'an prochain », a déclaré un porte-parole de Cofidis.",
        "Cofidis: Lemaire resta\n\n«Hugo Lemaire ha un contratto fino al 2026 e correrà per noi"
        " anche l'anno prossimo», ha detto un portavoce della Cofidis.",
        "Cofidis: Lemaire sigue\n\n«Hugo Lemaire tiene contrato hasta 2026 y correrá con nosotros el"
        " año que viene», dijo un portavoz de Cofidis.",
        "Cofidis: Lemaire blijft\n\n'Hugo Lemaire heeft een contract tot 2026 en rijdt volgend jaar"
        " gewoon voor ons,' zei een woordvoerder van Cofidis.",
    ],
)
def test_a_contract_and_riding_for_us_is_no_move(text: str) -> None:
    assert moves(read(text, published=NOV)) == []


def test_a_new_team_saying_he_will_ride_for_us_still_signs_him() -> None:
    text = (
        "Cofidis sign Lemaire\n\nCofidis have signed Hugo Lemaire from Movistar."
        ' "He will ride for us from next season," the team manager said.'
    )
    assert moves(read(text, published=NOV)) == [("Hugo Lemaire", "transfer", "Cofidis", 2025)]


# -- "will ride on with X": the team a postponed retirement goes on with ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ferri goes on\n\nMarta Ferri will not retire after all. The 33-year-old confirmed on"
        " Monday that she will ride on with Lidl-Trek in 2025.\n\nCoach Jonas Vandersteen, who"
        " worked with Ferri at Movistar, will plan her season.",
        "Ferri gaat door\n\nMarta Ferri stopt toch niet. De Italiaanse rijdt in 2025 nog door"
        " bij Lidl-Trek.\n\nTrainer Pieter de Wolf, die al met haar werkte bij Movistar, plant"
        " opnieuw haar seizoen.",
        "Ferri continue\n\nMarta Ferri ne prendra pas sa retraite. L'Italienne continuera chez"
        " Lidl-Trek en 2025.\n\nL'entraîneur Pieter de Wolf, qui l'a suivie chez Movistar,"
        " préparera encore sa saison.",
        "Ferri continua\n\nMarta Ferri rinvia il ritiro. L'italiana continuerà a correre con la"
        " Lidl-Trek nel 2025.\n\nL'allenatore Pieter de Wolf, che l'ha seguita alla Movistar,"
        " preparerà ancora la sua stagione.",
        "Ferri sigue\n\nMarta Ferri aplaza su retirada. La italiana seguirá corriendo con el"
        " Lidl-Trek en 2025.\n\nEl entrenador Pieter de Wolf, que ya trabajó con ella en el"
        " Movistar, preparará de nuevo su temporada.",
    ],
)
def test_a_postponed_retirement_goes_on_with_the_team_named(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [("Marta Ferri", "retirement_postponed", "Lidl-Trek", 2025)]


@pytest.mark.parametrize(
    "text",
    [
        "Rønning's plans\n\nAksel Rønning will ride on with Uno-X Mobility in 2025 and targets"
        " the Tour.",
        "Rønning\n\nAksel Rønning rijdt in 2025 nog door bij Uno-X Mobility en mikt op de Tour.",
    ],
)
def test_riding_on_with_a_team_without_a_retirement_told_is_no_postponement(text: str) -> None:
    assert moves(read(text, published=NOV)) == []


def test_racing_on_for_more_seasons_beside_a_teammates_retirement_is_no_postponement() -> None:
    text = (
        "Vandersteen retires\n\nJonas Vandersteen has retired. His teammate Aksel Rønning said"
        " Vandersteen had been a role model and that he himself hoped to race on for several"
        " more seasons."
    )
    assert moves(read(text, published=NOV)) == [("Jonas Vandersteen", "retirement", None, 2024)]


# -- '"I have signed with X," he told Y': a pronoun tags the quote, so "I" is the person the
# -- text is about ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'LIVE: transfers\n\n10:15 — Hugo Lemaire confirms he is leaving Movistar. "I have signed'
        ' with Cofidis," he told a French radio station.\n\n10:40 — More to come.',
        'Lemaire\n\nHugo Lemaire bevestigt dat hij Movistar verlaat. "Ik heb getekend bij'
        ' Cofidis," zei hij op de Franse radio.',
        "Lemaire\n\nHugo Lemaire confirme qu'il quitte Movistar. « J'ai signé chez Cofidis »,"
        " a-t-il confié à une radio.",
    ],
)
def test_a_quote_tagged_with_a_pronoun_is_the_person_told_about(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Hugo Lemaire", "transfer", "Cofidis", 2025)]


def test_a_quote_tagged_with_an_unnamed_staff_member_moves_no_one() -> None:
    text = (
        'Lemaire stays\n\nHugo Lemaire stays at Movistar. "I have signed with Cofidis for the'
        ' coaching job," said the team manager.'
    )
    assert [m for m in moves(read(text, published=NOV)) if m[2] == "Cofidis"] == []


# -- "X to Y is done": a move named like a headline inside a sentence, then said settled -------
@pytest.mark.parametrize(
    "text",
    [
        "LIVE: transfers\n\n09:12 — Nina Vogel to Lidl-Trek is done, we understand.\n\n09:40 —"
        " More to come.",
        "Transfernieuws\n\n09:12 — Nina Vogel naar Lidl-Trek is rond, zo vernemen we uit de ploeg.",
        "Direct\n\n09:12 — Nina Vogel chez Lidl-Trek, c'est fait selon nos informations.",
        "Diretta\n\n09:12 — Nina Vogel alla Lidl-Trek è fatta, secondo le nostre informazioni.",
        "Directo\n\n09:12 — Nina Vogel al Lidl-Trek es oficial desde esta mañana.",
    ],
)
def test_a_move_named_then_said_settled_is_a_transfer(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Nina Vogel", "transfer", "Lidl-Trek", 2025)]


def test_a_plan_to_stay_said_settled_is_no_move() -> None:
    text = "Vogel\n\nNina Vogel's decision to stay at Lidl-Trek is official."
    assert [m for m in moves(read(text, published=NOV)) if m[1] == "transfer"] == []


# -- "X could make a move for 2026": a signing whose object is left out before a season is
# -- about the rider the headline names -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Rumours: Bellandi wanted by all\n\nLuca Bellandi is the most wanted climber of the"
        " summer. The Italian is under contract with Movistar until 2025.\n\nLidl-Trek are"
        " said to lead the chase and could make a move for 2026.",
        "Rumeurs : Bellandi convoité\n\nLuca Bellandi est le grimpeur le plus convoité de"
        " l'été. L'Italien est sous contrat avec Movistar jusqu'en 2025.\n\nLidl-Trek ferait"
        " une offre pour 2026.",
        "Voci: Bellandi conteso\n\nLuca Bellandi è lo scalatore più cercato dell'estate."
        " L'italiano è sotto contratto con la Movistar fino al 2025.\n\nLa Lidl-Trek ha fatto"
        " un'offerta per il 2026.",
    ],
)
def test_a_signing_for_a_season_with_no_one_named_is_the_headline_rider(text: str) -> None:
    found = moves(read(text, published=NOV))
    assert [(m[0], m[1], m[2]) for m in found] == [("Luca Bellandi", "transfer", "Lidl-Trek")]


def test_a_signing_for_a_season_beside_a_rider_not_headlined_names_no_one() -> None:
    text = (
        "Transfer market\n\nLuca Bellandi won the Tour of Austria. Lidl-Trek could make a move"
        " for 2026, the team's manager said."
    )
    assert moves(read(text, published=NOV)) == []


# -- "rode his last race for X": a career ends with that team, unless the text moves him on ----
@pytest.mark.parametrize(
    "text",
    [
        "Goodbyes of the year\n\n- Jonas Vandersteen rode his last race for Cofidis at the Tour"
        " of Lombardy, cheered on by his family.",
        "Afscheid van het jaar\n\n- Jonas Vandersteen reed zijn laatste koers voor Cofidis in de"
        " Ronde van Lombardije, aangemoedigd door zijn familie.",
        "Les adieux de l'année\n\n- Jonas Vandersteen a couru sa dernière course avec Cofidis au"
        " Tour de Lombardie, encouragé par sa famille.",
        "Gli addii dell'anno\n\n- Jonas Vandersteen ha corso la sua ultima gara con la Cofidis al"
        " Lombardia, sostenuto dalla sua famiglia.",
        "Las despedidas del año\n\n- Jonas Vandersteen corrió su última carrera con el Cofidis en"
        " el Giro de Lombardía, animado por su familia.",
    ],
)
def test_a_last_race_for_a_team_told_as_done_ends_the_career(text: str) -> None:
    reading = read(text, published=date(2024, 10, 20))
    assert moves(reading) == [("Jonas Vandersteen", "retirement", None, 2024)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Cofidis"


@pytest.mark.parametrize(
    "text",
    [
        "Vandersteen moves on\n\nJonas Vandersteen rode his last race for Cofidis at the Tour of"
        " Lombardy. He joins Movistar next season.",
        "Vandersteen moves on\n\nJonas Vandersteen rode his last race for Cofidis at the Tour of"
        " Lombardy before joining Movistar.",
    ],
)
def test_a_last_race_for_a_team_before_a_move_is_no_retirement(text: str) -> None:
    found = moves(read(text, published=date(2024, 10, 20)))
    assert [m for m in found if m[1] in ("retirement", "comeback")] == []


# -- status words of live blogs: "reports say", "without an official announcement", "he told
# -- a TV station" -----------------------------------------------------------------------------
def _status(text: str) -> list[str]:
    return [p.status.value for p in read(text, published=NOV).proposals]


def test_a_move_that_reports_say_is_reported() -> None:
    text = "LIVE: transfers\n\n09:30 — Hugo Lemaire is heading to Cofidis, reports say.\n\n10:00 — More."
    assert _status(text) == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nHugo Lemaire signs for Cofidis, without an official announcement so far.",
        "Nieuws\n\nHugo Lemaire tekent bij Cofidis, zonder officiële aankondiging.",
        "Info\n\nHugo Lemaire s'engage avec Cofidis, sans annonce officielle pour le moment.",
        "Notizie\n\nHugo Lemaire passa alla Cofidis, senza annuncio ufficiale.",
        "Noticias\n\nHugo Lemaire ficha por el Cofidis, sin anuncio oficial.",
    ],
)
def test_a_move_without_an_official_announcement_is_not_official(text: str) -> None:
    assert _status(text) == ["reported"]


def test_a_rider_who_told_a_broadcaster_confirms() -> None:
    text = (
        'News\n\nHugo Lemaire confirms he is leaving Movistar. "I have signed with Cofidis," he'
        " told French radio, without an official announcement yet."
    )
    assert _status(text) == ["confirmed"]


# -- "ending weeks of speculation": the announcement ends the rumour it names --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm will race for Cofidis from 2025, the French team announced"
        " on Friday, ending months of speculation about the Dane's future.",
        "Holm naar Cofidis\n\nKasper Holm rijdt vanaf 2025 voor Cofidis, zo maakte de Franse ploeg"
        " vrijdag bekend, wat een einde maakt aan maandenlange speculaties.",
        "Holm chez Cofidis\n\nKasper Holm courra pour Cofidis en 2025, a annoncé l'équipe"
        " française vendredi, mettant fin à des mois de spéculations.",
        "Holm alla Cofidis\n\nKasper Holm correrà per la Cofidis dal 2025, ha annunciato la"
        " squadra francese venerdì, ponendo fine a mesi di indiscrezioni.",
        "Holm al Cofidis\n\nKasper Holm correrá con el Cofidis desde 2025, anunció el equipo"
        " francés el viernes, poniendo fin a meses de especulaciones.",
    ],
)
def test_an_announcement_that_ends_the_speculation_is_official(text: str) -> None:
    assert _status(text) == ["official"]


def test_a_move_amid_speculation_is_still_a_rumour() -> None:
    text = "Holm to Cofidis?\n\nKasper Holm could race for Cofidis from 2025, amid speculation."
    assert _status(text) == ["rumour"]
