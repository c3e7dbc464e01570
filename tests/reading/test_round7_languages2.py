"""The seventh round's rules for prose and round-ups in Dutch, French, Italian and Spanish (and
English where the kind applies), by kind of writing, each tested with sentences of our own.

Published 20 April 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

APR = date(2024, 4, 20)


# -- a pluperfect with "already": a renewal told as background to a team's search ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis want to strengthen. Hugo Lemaire was also an option, but he had already renewed"
        " in January.",
        "Cofidis wil zich versterken. Hugo Lemaire was ook een optie, maar hij had al verlengd in"
        " januari.",
        "Cofidis veut se renforcer. Hugo Lemaire intéressait aussi, mais il avait déjà prolongé"
        " en janvier.",
        "La Cofidis vuole rinforzarsi. Anche Hugo Lemaire interessava, ma aveva già rinnovato a"
        " gennaio.",
        "El Cofidis quiere reforzarse. Hugo Lemaire también interesaba, pero ya había renovado en"
        " enero.",
    ],
)
def test_a_renewal_told_in_the_pluperfect_with_already_is_background(body: str) -> None:
    text = f"Cofidis look for climbers\n\n{body}"
    assert moves(read(text, published=APR)) == []


# -- a comeback said not to come: the rider stops, no comeback ----------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Nina Vogel will not return to racing. The Cofidis rider has announced her retirement.",
        "Nina Vogel maakt geen comeback. De renster van Cofidis zet een punt achter haar carrière.",
        "Nina Vogel ne fera pas de come-back. La coureuse de Cofidis a annoncé sa retraite.",
        "Nina Vogel non tornerà a correre: ha annunciato il ritiro dalle corse.",
        "Nina Vogel no volverá a competir. La corredora del Cofidis ha anunciado su retirada.",
    ],
)
def test_a_comeback_said_not_to_come_is_no_comeback(body: str) -> None:
    text = f"Vogel stops\n\n{body}"
    assert [m[:2] for m in moves(read(text, published=APR))] == [("Nina Vogel", "retirement")]


def test_a_comeback_denied_beside_a_denial_stays_a_denied_comeback() -> None:
    text = "Vogel stays retired\n\nNina Vogel denied the rumours: she will not return to racing."
    reading = read(text, published=APR)
    assert ("comeback", "denied") in [(p.kind.value, p.status.value) for p in reading.proposals]


# -- a further signing told after the main one, with only the team left: the same team ----------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm joins Cofidis from next season. The team brings in one more rider. Luca"
        " Bellandi comes over from Movistar and signs until the end of 2026.",
        "Kasper Holm rijdt vanaf volgend seizoen voor Cofidis. De ploeg trekt nog een renner aan."
        " Luca Bellandi komt over van Movistar en tekent tot eind 2026.",
        "Kasper Holm rejoint Cofidis la saison prochaine. L'équipe recrute un autre coureur. Luca"
        " Bellandi, en provenance de Movistar, signe jusqu'en 2026.",
        "Kasper Holm passa alla Cofidis dalla prossima stagione. La squadra prende un altro"
        " corridore. Luca Bellandi, in arrivo dalla Movistar, firma fino al 2026.",
        "Kasper Holm ficha por el Cofidis para la próxima temporada. El equipo suma otro"
        " corredor. Luca Bellandi llega procedente del Movistar y firma hasta 2026.",
    ],
)
def test_a_further_signing_with_only_the_team_left_joins_the_main_signings_team(
    body: str,
) -> None:
    text = f"Cofidis sign Holm\n\n{body}"
    assert moves(read(text, published=APR)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Cofidis", 2025),
    ]


def test_a_further_arrival_in_a_paragraph_naming_another_team_is_not_given_the_first_team() -> None:
    text = (
        "Live: the window opens\n\n09:00 - Kasper Holm joins Cofidis from next season.\n\n"
        "10:00 - Lidl-Trek confirm Luca Bellandi. He comes over from Movistar."
    )
    assert ("Luca Bellandi", "transfer", "Cofidis", 2025) not in moves(read(text, published=APR))


# -- an aside after the mover's name tells a result: its "this year" is not the move's season --
@pytest.mark.parametrize(
    "body",
    [
        "Luca Bellandi, this year fifth in the Giro, joins Cofidis and signs until 2026.",
        "Luca Bellandi, dit jaar vijfde in de Giro, tekent bij Cofidis tot eind 2026.",
        "Luca Bellandi, cinquième du Giro cette année, rejoint Cofidis jusqu'en 2026.",
        "Luca Bellandi, quest'anno quinto al Giro, passa alla Cofidis fino al 2026.",
        "Luca Bellandi, este año quinto en el Giro, ficha por el Cofidis hasta 2026.",
    ],
)
def test_this_year_in_an_aside_describing_the_mover_is_not_the_moves_season(body: str) -> None:
    text = f"Bellandi to Cofidis\n\n{body}"
    assert moves(read(text, published=APR)) == [("Luca Bellandi", "transfer", "Cofidis", 2025)]


# -- "stays at X: signed for one more season": the deal's length, an extension ------------------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire stays at Cofidis: he has signed for one more season.",
        "Hugo Lemaire reste chez Cofidis : il a signé pour une saison de plus.",
        "Hugo Lemaire resta alla Cofidis: il francese ha firmato per un'altra stagione.",
        "Hugo Lemaire sigue en el Cofidis: ha firmado por una temporada más.",
    ],
)
def test_a_signing_for_one_more_season_at_the_same_team_is_an_extension(body: str) -> None:
    text = f"Renewals\n\n{body}"
    assert moves(read(text, published=date(2024, 10, 20))) == [
        ("Hugo Lemaire", "contract_extension", "Cofidis", 2025)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire delays his retirement and races on for one more season with Cofidis.",
        "Hugo Lemaire rinvia il ritiro: correrà un'altra stagione con la Cofidis.",
        "Hugo Lemaire aplaza su retirada y correrá una temporada más con el Cofidis.",
    ],
)
def test_one_more_season_beside_a_put_off_retirement_stays_a_postponement(body: str) -> None:
    text = f"Lemaire races on\n\n{body}"
    assert [m[:3] for m in moves(read(text, published=date(2024, 10, 20)))] == [
        ("Hugo Lemaire", "retirement_postponed", "Cofidis")
    ]


# -- a boss confirms a move "to his team": the team named with him ------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Next season takes shape at Cofidis. The manager confirmed to a paper that Luca Bellandi"
        " moves from Movistar to his team.",
        "De puzzel valt in elkaar bij Cofidis. De manager heeft in de krant bevestigd dat Luca"
        " Bellandi de overstap maakt van Movistar naar zijn ploeg.",
        "Le puzzle se met en place chez Cofidis. Le manager a confirmé que Luca Bellandi quitte"
        " Movistar pour rejoindre son équipe.",
        "Il mosaico prende forma alla Cofidis. Il manager ha confermato che Luca Bellandi lascia"
        " la Movistar per passare alla sua squadra.",
        "El rompecabezas toma forma en el Cofidis. El mánager confirmó que Luca Bellandi deja el"
        " Movistar para fichar por su equipo.",
    ],
)
def test_a_move_to_the_speakers_team_joins_the_team_named_with_him(body: str) -> None:
    text = f"Bellandi confirmed\n\n{body}"
    assert [m[:3] for m in moves(read(text, published=APR))] == [
        ("Luca Bellandi", "transfer", "Cofidis")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Luca Bellandi joins Cofidis. There were rumours about Kasper Holm too, but the manager"
        " said the Dane will simply ride for the team next year.",
        "Luca Bellandi gaat naar Cofidis. Ook rond Kasper Holm was het onrustig, maar de manager"
        " zei dat de Deen volgend jaar gewoon voor de ploeg uitkomt.",
    ],
)
def test_a_rider_said_to_simply_ride_for_the_team_stays(body: str) -> None:
    text = f"Bellandi to Cofidis\n\n{body}"
    assert [m[:3] for m in moves(read(text, published=APR))] == [
        ("Luca Bellandi", "transfer", "Cofidis")
    ]


# -- the bike not hung up yet: a career put off -------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire is not hanging up his bike yet. He is close to a deal with Cofidis for one"
        " more season.",
        "Hugo Lemaire hangt zijn fiets nog niet aan de haak. Hij is dicht bij een akkoord met"
        " Cofidis voor nog een seizoen.",
        "Hugo Lemaire ne raccroche pas encore. Il est proche d'un accord avec Cofidis pour une"
        " saison de plus.",
        "Hugo Lemaire non appende ancora la bici al chiodo: è vicino a un accordo con la Cofidis.",
        "Hugo Lemaire todavía no cuelga la bicicleta: está cerca de un acuerdo con el Cofidis.",
    ],
)
def test_the_bike_not_hung_up_yet_is_a_postponed_retirement(body: str) -> None:
    text = f"Lemaire races on\n\n{body}"
    assert [m[:3] for m in moves(read(text, published=date(2024, 10, 3)))] == [
        ("Hugo Lemaire", "retirement_postponed", "Cofidis")
    ]


# -- Dutch: a return's verb split by a time ("keert volgend seizoen terug als renster") ---------
def test_a_dutch_return_split_by_a_time_is_a_comeback_for_that_season() -> None:
    text = (
        "Vogel maakt comeback\n\nNina Vogel keert volgend seizoen terug als renster bij Cofidis."
        " Ze tekende een contract tot eind 2026."
    )
    assert moves(read(text, published=date(2024, 9, 26))) == [
        ("Nina Vogel", "comeback", "Cofidis", 2025)
    ]


# -- a team that "chose to invest in the renewal of X": no move of its subject, nor of X ---------
@pytest.mark.parametrize(
    "body",
    [
        "Luca Bellandi's contract with Cofidis ends this season, and the team chose to invest"
        " first in the renewal of Hugo Lemaire.",
        "Het contract van Luca Bellandi bij Cofidis loopt af, en de ploeg koos ervoor om eerst te"
        " investeren in de contractverlenging van Hugo Lemaire.",
        "Le contrat de Luca Bellandi avec Cofidis arrive à échéance, et l'équipe a choisi de"
        " miser d'abord sur la prolongation de Hugo Lemaire.",
        "Il contratto di Luca Bellandi con la Cofidis scade a fine stagione e la squadra ha"
        " scelto di investire prima di tutto sul rinnovo di Hugo Lemaire.",
        "El contrato de Luca Bellandi con el Cofidis termina este año, y el equipo eligió"
        " apostar antes por la renovación de Hugo Lemaire.",
    ],
)
def test_a_choice_to_invest_in_someone_elses_renewal_is_no_move(body: str) -> None:
    text = f"Market talk\n\n{body}"
    assert moves(read(text, published=date(2024, 7, 10))) == []


@pytest.mark.parametrize(
    "body",
    [
        "Luca Bellandi chose to join Cofidis.",
        "Luca Bellandi a choisi de rejoindre Cofidis.",
        "Luca Bellandi ha scelto di passare alla Cofidis.",
    ],
)
def test_a_choice_to_join_a_team_is_still_a_move(body: str) -> None:
    text = f"Bellandi to Cofidis\n\n{body}"
    assert [m[:3] for m in moves(read(text, published=APR))] == [
        ("Luca Bellandi", "transfer", "Cofidis")
    ]


# -- Italian: "sarebbe vicino alla X", close to a team, is a move talked of ---------------------
@pytest.mark.parametrize(
    "body",
    [
        "Secondo la Gazzetta, Luca Bellandi sarebbe vicino alla Cofidis. Si parla di un contratto"
        " biennale, ma non c'è ancora nulla di firmato.",
        "Luca Bellandi è sempre più vicino alla Cofidis: la trattativa va avanti da settimane.",
    ],
)
def test_close_to_a_team_in_italian_is_a_rumoured_move(body: str) -> None:
    reading = read(f"Mercato\n\n{body}", published=date(2024, 7, 10))
    assert [
        (*m[:3], p.status.value) for m, p in zip(moves(reading), reading.proposals, strict=True)
    ] == [("Luca Bellandi", "transfer", "Cofidis", "rumour")]


# -- "on his way to X" denied: a denied move to X ----------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "After the race Kasper Holm denied that he is on his way to Lidl-Trek or any other team.",
        "Na de koers ontkende Kasper Holm dat hij op weg is naar Lidl-Trek of een andere ploeg.",
    ],
)
def test_a_denial_of_being_on_the_way_to_a_team_is_a_denied_move(body: str) -> None:
    reading = read(f"Holm stays\n\n{body}", published=APR)
    assert [
        (*m[:3], p.status.value) for m, p in zip(moves(reading), reading.proposals, strict=True)
    ] == [("Kasper Holm", "transfer", "Lidl-Trek", "denied")]


def test_on_the_way_to_a_win_is_no_move() -> None:
    text = "Holm falls\n\nKasper Holm was op weg naar de overwinning toen hij viel in de finale."
    assert moves(read(text, published=APR)) == []


# -- a departures list of "Name → Team" items: the list's team left for that team ---------------
@pytest.mark.parametrize(
    ("head", "label", "note"),
    [
        ("What changes at Cofidis for 2025", "DEPARTURES", "the climber leaves for a big deal."),
        ("Wat verandert er bij Cofidis in 2025", "VERTREKKERS", "de klimmer vertrekt."),
        ("Ce qui change chez Cofidis pour 2025", "DÉPARTS", "le grimpeur s'en va."),
        ("Cosa cambia alla Cofidis nel 2025", "PARTENZE", "lo scalatore se ne va."),
        ("Lo que cambia en el Cofidis para 2025", "BAJAS", "el escalador se marcha."),
    ],
)
def test_an_arrow_item_under_a_departures_label_leaves_the_lists_team(
    head: str, label: str, note: str
) -> None:
    text = f"{head}\n\nThe moves, all official.\n\n{label}\n- Luca Bellandi → Lidl-Trek : {note}"
    assert moves(read(text, published=date(2024, 10, 22))) == [
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025)
    ]


# -- a table row from "no team", told in prose as back after a year out of racing: a comeback ---
@pytest.mark.parametrize(
    ("head", "cols", "none", "prose"),
    [
        (
            "How Cofidis changes for 2025",
            "Rider | From | To",
            "No team",
            "The big news is Hugo Lemaire, who returns after a whole year without racing.",
        ),
        (
            "Zo verandert Cofidis voor 2025",
            "Renner | Van | Naar",
            "Zonder ploeg",
            "Het grote nieuws is Hugo Lemaire, die terugkeert na een jaar zonder koers.",
        ),
        (
            "Ce qui change chez Cofidis pour 2025",
            "Coureur | Provenance | Destination",
            "Sans équipe",
            "La grande nouvelle, c'est Hugo Lemaire, qui revient après une saison sans courir.",
        ),
        (
            "Così cambia la Cofidis per il 2025",
            "Corridore | Da | A",
            "Senza squadra",
            "La grande notizia è Hugo Lemaire, che rientra dopo un anno senza correre.",
        ),
        (
            "Así cambia el Cofidis para 2025",
            "Corredor | Procedencia | Destino",
            "Sin equipo",
            "La gran noticia es la vuelta de Hugo Lemaire, que regresa tras pasar todo 2024 sin"
            " competir.",
        ),
    ],
)
def test_a_row_from_no_team_told_as_back_after_a_year_out_is_a_comeback(
    head: str, cols: str, none: str, prose: str
) -> None:
    text = (
        f"{head}\n\nThe moves:\n\n| {cols} |\n|---|---|---|\n| Hugo Lemaire | {none} | Cofidis |\n"
        f"| Luca Bellandi | Movistar Team | Cofidis |\n\n{prose}"
    )
    assert moves(read(text, published=date(2024, 12, 22))) == [
        ("Hugo Lemaire", "comeback", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Cofidis", 2025),
    ]


# -- a signing "accompanied by his compatriot Y": Y joins the same team --------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis confirmed the arrival of Ion Arrieta, accompanied by his compatriot Mikel"
        " Arrieta.",
        "Cofidis bevestigde de komst van Ion Arrieta, vergezeld van zijn landgenoot Mikel Arrieta.",
        "Cofidis a confirmé l'arrivée d'Ion Arrieta, accompagné de son compatriote Mikel Arrieta.",
        "La Cofidis ha confermato l'arrivo di Ion Arrieta, accompagnato dal connazionale Mikel"
        " Arrieta.",
        "El Cofidis confirmó la llegada de Ion Arrieta, acompañado de su compatriota Mikel"
        " Arrieta.",
    ],
)
def test_a_signing_accompanied_by_a_compatriot_signs_both(body: str) -> None:
    text = f"Two Basques for Cofidis\n\n{body}"
    assert [m[:3] for m in moves(read(text, published=APR))] == [
        ("Ion Arrieta", "transfer", "Cofidis"),
        ("Mikel Arrieta", "transfer", "Cofidis"),
    ]


# -- "X eyes team Y" in a headline: a rumoured move to Y ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kasper Holm eyes Lidl-Trek: the Dane could leave Cofidis\n\nSeveral teams asked about"
        " him, but nothing is signed.",
        "Kasper Holm lonkt naar Lidl-Trek: de Deen kan Cofidis verlaten\n\nVerschillende ploegen"
        " informeerden, maar er is nog niets getekend.",
        "Kasper Holm lorgne vers Lidl-Trek : le Danois pourrait quitter Cofidis\n\nPlusieurs"
        " équipes se sont renseignées, mais rien n'est signé.",
        "Kasper Holm strizza l'occhio alla Lidl-Trek: il danese potrebbe lasciare la Cofidis\n\n"
        "Diverse squadre si sono informate, ma non c'è nulla di firmato.",
        "Kasper Holm mira al Lidl-Trek: el danés podría dejar el Cofidis\n\nVarios equipos han"
        " preguntado por él, pero no hay nada firmado.",
    ],
)
def test_a_rider_eyeing_a_team_in_a_headline_is_a_rumoured_move(text: str) -> None:
    reading = read(text, published=date(2024, 7, 30))
    assert [
        (*m[:3], p.status.value) for m, p in zip(moves(reading), reading.proposals, strict=True)
    ] == [("Kasper Holm", "transfer", "Lidl-Trek", "rumour")]


def test_eyeing_a_race_is_no_move() -> None:
    text = "Holm's plans\n\nKasper Holm eyes the Tour de France as his main goal of the year."
    assert moves(read(text, published=APR)) == []


# -- a season more told beside a stay, with no word of stopping: the stay, no postponement -------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm joins Lidl-Trek. Staying at Cofidis, of course, is Hugo Lemaire, who at 38"
        " will race on for one more season.",
        "Kasper Holm rejoint Lidl-Trek. Hugo Lemaire, lui, reste chez Cofidis et courra une"
        " saison de plus à 38 ans.",
        "Kasper Holm ficha por el Lidl-Trek. En el Cofidis se queda, por supuesto, Hugo Lemaire,"
        " que con 38 años correrá una temporada más.",
    ],
)
def test_a_season_more_beside_a_stay_is_no_postponement(body: str) -> None:
    text = f"Cofidis loses a leader\n\n{body}"
    assert [m[0] for m in moves(read(text, published=date(2024, 9, 2)))] == ["Kasper Holm"]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire puts his retirement on hold: he stays at Cofidis and will race on for one"
        " more season.",
        "Hugo Lemaire aplaza su retirada: se queda en el Cofidis y correrá una temporada más.",
    ],
)
def test_a_stay_with_a_put_off_retirement_stays_a_postponement(body: str) -> None:
    text = f"Lemaire races on\n\n{body}"
    assert [m[:2] for m in moves(read(text, published=date(2024, 9, 2)))] == [
        ("Hugo Lemaire", "retirement_postponed")
    ]


# -- a boss confirms a move in a paper: confirmed, credited to the paper; his surname no outlet -
@pytest.mark.parametrize(
    "body",
    [
        "Manager Bruno Vidal confirmed in L'Équipe that Luca Bellandi joins Cofidis.",
        "Manager Bruno Vidal heeft in L'Équipe bevestigd dat Luca Bellandi de overstap maakt naar"
        " Cofidis."
        " Volgens Vidal tekent hij voor twee seizoenen.",
        "Le manager Bruno Vidal a confirmé dans L'Équipe que Luca Bellandi rejoint Cofidis. Selon"
        " Vidal, il signe pour deux saisons.",
        "El mánager Bruno Vidal confirmó en L'Équipe que Luca Bellandi ficha por el Cofidis."
        " Según Vidal, firma por dos temporadas.",
    ],
)
def test_a_move_a_boss_confirms_in_a_paper_is_confirmed_and_credited_to_it(body: str) -> None:
    reading = read(f"Bellandi to Cofidis\n\n{body}", published=APR)
    got = [(p.person.name, p.status.value, p.credit) for p in reading.proposals]
    assert got == [("Luca Bellandi", "confirmed", "L'Équipe")]
