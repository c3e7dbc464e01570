"""Round 8 (r8lang): Dutch, French, Italian and Spanish prose, by kind of writing, each tested
with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)
MARCH = date(2024, 3, 12)


# -- a closing guillemet of a quotation is no arrow ("a salué « un modèle ». Y ...") -----------
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen arrête\n\nJonas Vandersteen prendra sa retraite à la fin de la"
        " saison.\n\nHugo Lemaire, l'un des jeunes qu'il encadre, a salué « un modèle ». Kasper"
        " Holm avait quitté le peloton en 2022.",
        "Jonas Vandersteen si ritira\n\nJonas Vandersteen si ritirerà alla fine della stagione."
        "\n\nHugo Lemaire, uno dei giovani che guida, ha parlato di « un esempio ». Kasper Holm"
        " aveva lasciato il gruppo nel 2022.",
        "Jonas Vandersteen se retira\n\nJonas Vandersteen se retirará al final de la temporada."
        "\n\nHugo Lemaire, uno de los jóvenes a los que guía, habló de « un ejemplo ». Kasper Holm"
        " dejó el pelotón en 2022.",
    ],
)
def test_a_closing_guillemet_is_no_arrow(text: str) -> None:
    people = [m[0] for m in moves(read(text, published=NOV))]
    assert "Hugo Lemaire" not in people
    assert not any("Hugo Lemaire" in (p.person.name or "") for p in read(text).proposals)


# -- "encore une saison et demie" before a retirement is its remaining span, no postponement ---
@pytest.mark.parametrize(
    "text",
    [
        "Vandersteen arrêtera en 2025\n\nJonas Vandersteen a annoncé qu'il mettrait un terme à"
        " sa carrière en juin 2025. Il disputera donc encore une saison et demie sous les"
        " couleurs de Cofidis.",
        "Vandersteen si ritira nel 2025\n\nJonas Vandersteen ha annunciato che si ritirerà a"
        " giugno 2025. Correrà quindi un'altra stagione e mezza con la Cofidis.",
    ],
)
def test_a_season_and_a_half_before_retiring_is_no_postponement(text: str) -> None:
    assert moves(read(text, published=MARCH)) == [("Jonas Vandersteen", "retirement", None, 2025)]


# -- "en juin 2025", "in juni 2025", "a giugno 2025", "en junio de 2025": the month's year -----
@pytest.mark.parametrize(
    "text",
    [
        "Vandersteen\n\nJonas Vandersteen a annoncé qu'il mettra un terme à sa carrière en juin"
        " 2025, après une dernière course.",
        "Vandersteen\n\nJonas Vandersteen stopt in juni 2025 met koersen.",
        "Vandersteen\n\nJonas Vandersteen ha annunciato che a giugno 2025 appenderà la bici al"
        " chiodo.",
        "Vandersteen\n\nJonas Vandersteen ha anunciado que en junio de 2025 pondrá punto final"
        " a su carrera.",
    ],
)
def test_a_month_and_its_year_give_the_season(text: str) -> None:
    assert moves(read(text, published=MARCH)) == [("Jonas Vandersteen", "retirement", None, 2025)]


# -- "advanced talks with X": a move talked of, its team after the talks' qualifier -----------
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Echeverría, cerca del Cofidis\n\nTomás Echeverría podría cambiar de aires. Según ha"
            " adelantado Marca, el navarro mantiene conversaciones muy avanzadas con el Cofidis.",
            "rumour",
        ),
        (
            "Echeverría, cerca del Cofidis\n\nTomás Echeverría mantiene negociaciones avanzadas"
            " con el Cofidis para la próxima temporada.",
            "rumour",
        ),
        (
            "Bellandi verso la Cofidis\n\nLuca Bellandi è in trattativa avanzata con la Cofidis"
            " per la prossima stagione.",
            "rumour",
        ),
    ],
)
def test_advanced_talks_with_a_team(text: str, status: str) -> None:
    reading = read(text, published=NOV)
    assert [m[1:] for m in moves(reading)] == [("transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == status


# -- "Según ha adelantado el periodista J en O": the outlet is the source, not a mover --------
def test_a_journalist_in_an_outlet_after_a_perfect_tense_is_the_credit() -> None:
    text = (
        "Echeverría, cerca del Cofidis\n\nSegún ha adelantado el periodista Pedro Gómez en"
        " Diario Ciclista, Tomás Echeverría mantiene negociaciones con el Cofidis."
    )
    reading = read(text, published=NOV)
    assert [m[0] for m in moves(reading)] == ["Tomás Echeverría"]
    p = reading.proposals[0]
    assert (p.credit, p.journalist) == ("Diario Ciclista", "Pedro Gómez")


# -- "X, manager of Y, confirmed that the sprinter will race on": the manager does not move ----
@pytest.mark.parametrize(
    "text",
    [
        "Vandersteen continues\n\nHugo Lemaire, general manager of Cofidis, confirmed to the"
        " press that the sprinter will join Movistar in 2025.",
        "Vandersteen continue\n\nHugo Lemaire, manager général de Cofidis, a confirmé à la"
        " presse que le sprinteur rejoindra Movistar en 2025.",
    ],
)
def test_a_manager_set_off_by_commas_who_confirms_does_not_move(text: str) -> None:
    assert all(m[0] != "Hugo Lemaire" for m in moves(read(text, published=NOV)))


# -- "ha incorporado al lanzador danés X": the signing's object after "al" ---------------------
def test_incorporado_al_names_the_signing() -> None:
    text = (
        "Refuerzo para el Astana\n\nEl Astana ya ha incorporado al lanzador danés Søren"
        " Kjærgaard, que llega desde el Cofidis."
    )
    assert moves(read(text, published=NOV)) == [
        ("Søren Kjærgaard", "transfer", "Astana Qazaqstan Team", 2025)
    ]


# -- a nickname in quotes between a name and its staff role ("X 'Txema', manager, said") ------
def test_a_staff_role_after_a_quoted_nickname_marks_the_staff_member() -> None:
    text = (
        "Echeverría renueva con el Movistar hasta 2028\n\nEl Movistar Team ha anunciado la"
        " renovación de Tomás Echeverría hasta 2028.\n\nHugo Lemaire 'Txema', mánager"
        " deportivo del equipo, se mostró satisfecho.\n\nLa renovación despeja dudas de cara a"
        " un 2025 en el que el conjunto contará con una plantilla de lujo."
    )
    assert all(m[0] != "Hugo Lemaire" for m in moves(read(text, published=NOV)))


# -- Italian "ritiro" for a training camp; "in uscita verso X" heads to X ---------------------
def test_a_winter_training_camp_is_no_retirement() -> None:
    text = (
        "Bellandi resta\n\nLuca Bellandi ha pubblicato sui social una foto dal ritiro"
        " invernale della Cofidis."
    )
    assert moves(read(text, published=NOV)) == []


def test_in_uscita_verso_is_a_move_to_the_team() -> None:
    text = (
        "La Cofidis smentisce\n\nLa Cofidis ha smentito le voci che davano Luca Bellandi in"
        " uscita verso la Movistar già dal 2025."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [("Luca Bellandi", "transfer", "Movistar Team", 2025)]
    assert reading.proposals[0].status.value == "denied"


# -- Dutch verb before subject: "keert NAAM terug in het peloton"; a DS who rides again -------
def test_keert_a_name_terug_is_a_comeback() -> None:
    text = (
        "Verrassing\n\nDrie jaar na zijn afscheid keert Thijs van der Berg terug in het"
        " peloton bij Lidl-Trek."
    )
    assert moves(read(text, published=NOV)) == [
        ("Thijs van der Berg", "comeback", "Lidl-Trek", 2025)
    ]


def test_a_description_with_a_staff_aside_who_rides_again_comes_back() -> None:
    text = (
        "Lindqvist opnieuw prof\n\nGreta Lindqvist stopte drie jaar geleden. De Zweedse, sinds"
        " 2022 ploegleidster bij Lidl-Trek, wordt volgend seizoen opnieuw renster bij"
        " diezelfde ploeg."
    )
    assert moves(read(text, published=NOV)) == [("Greta Lindqvist", "comeback", "Lidl-Trek", 2025)]


# -- verbs a table lacked: "sur le point de s'engager avec X", "een akkoord zou hebben met X",
# -- "chiudere la sua carriera", "regresa al pelotón" --------------------------------------------
@pytest.mark.parametrize(
    ("text", "move"),
    [
        (
            "Hugo Lemaire\n\nLe jeune Hugo Lemaire serait sur le point de s'engager avec Cofidis"
            " pour la saison prochaine.",
            ("Hugo Lemaire", "transfer", "Cofidis", 2025),
        ),
        (
            "De Wolf\n\nEen krant meldde dat de 25-jarige Pieter de Wolf een akkoord zou hebben"
            " met Cofidis voor volgend seizoen.",
            ("Pieter de Wolf", "transfer", "Cofidis", 2025),
        ),
        (
            "Bellandi\n\nLuca Bellandi ha deciso di chiudere la sua carriera alla fine della"
            " stagione.",
            ("Luca Bellandi", "retirement", None, 2024),
        ),
        (
            "Echeverría vuelve\n\nTomás Echeverría regresa al pelotón con el Cofidis en 2025"
            " tras un año sin equipo.",
            ("Tomás Echeverría", "comeback", "Cofidis", 2025),
        ),
    ],
)
def test_verbs_the_tables_lacked(text: str, move: tuple) -> None:
    assert moves(read(text, published=NOV)) == [move]


# -- "ends his career and from next season joins the staff": the last season is this one -----
@pytest.mark.parametrize(
    "text",
    [
        "Bellandi in ammiraglia\n\nLuca Bellandi ha deciso di chiudere la sua carriera da"
        " corridore e dalla prossima stagione farà parte dello staff tecnico della Cofidis come"
        " direttore sportivo.",
        "Bellandi DS\n\nLuca Bellandi a décidé de mettre un terme à sa carrière et deviendra"
        " directeur sportif de Cofidis à partir de la saison prochaine.",
    ],
)
def test_a_retirement_before_a_staff_role_next_season_is_this_season(text: str) -> None:
    got = sorted(moves(read(text, published=NOV)), key=lambda m: m[1])
    assert got == [
        ("Luca Bellandi", "retirement", None, 2024),
        ("Luca Bellandi", "staff_move", "Cofidis", 2025),
    ]


# -- two people's plans told side by side across "while": a pronoun after them is neither -----
@pytest.mark.parametrize(
    "text",
    [
        "Vandersteen arrête\n\nJonas Vandersteen arrêtera sa carrière à la fin de la saison.\n\n"
        "Son équipier Kasper Holm sera à ses côtés, tandis que Hugo Lemaire restera le leader"
        " de l'équipe.\n\nSa dernière course devrait être le Tour de Lombardie en octobre.",
        "Vandersteen stops\n\nJonas Vandersteen will end his career at the end of the season.\n\n"
        "His teammate Kasper Holm will be at his side, while Hugo Lemaire stays the team"
        " leader.\n\nHis final race will be Il Lombardia in October.",
        "Vandersteen smette\n\nJonas Vandersteen chiuderà la carriera alla fine della"
        " stagione.\n\nIl compagno Kasper Holm sarà al suo fianco, mentre Hugo Lemaire resterà"
        " il capitano.\n\nLa sua ultima corsa sarà il Lombardia in ottobre.",
    ],
)
def test_a_pronoun_after_two_plans_told_side_by_side_means_neither(text: str) -> None:
    people = {m[0] for m in moves(read(text, published=NOV))}
    assert "Hugo Lemaire" not in people and "Kasper Holm" not in people
    assert "Jonas Vandersteen" in people


# -- a fronted setting before a departure: "Bij X betreuren ze zijn vertrek" leaves X ----------
@pytest.mark.parametrize(
    "text",
    [
        "De Wolf weg\n\nPieter de Wolf vertrekt naar Cofidis. Bij Lidl-Trek betreuren ze zijn"
        " vertrek.",
    ],
)
def test_a_departure_after_a_fronted_setting_leaves_that_team(text: str) -> None:
    assert [m[2] for m in moves(read(text, published=NOV))] == ["Cofidis"]


# -- Dutch verb before subject after a setting: "Bij X vertrekt NAAM naar Y" -------------------
def test_a_leaving_verb_before_its_subject_after_a_setting() -> None:
    text = "De Wolf weg\n\nBij Lidl-Trek vertrekt Pieter de Wolf naar Cofidis."
    assert moves(read(text, published=NOV)) == [("Pieter de Wolf", "transfer", "Cofidis", 2025)]


# -- "portera les couleurs d'X": the elided article before the team -----------------------------
def test_the_colours_of_a_team_after_an_elided_article() -> None:
    text = "Lemaire\n\nHugo Lemaire portera les couleurs d'Alpecin-Deceuninck la saison prochaine."
    assert moves(read(text, published=NOV)) == [
        ("Hugo Lemaire", "transfer", "Alpecin-Deceuninck", 2025)
    ]


# -- a team chasing a rider: "la X si starebbe muovendo per Y", "el X se está moviendo por Y" --
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Bellandi\n\nLa Cofidis si starebbe muovendo per Luca Bellandi, in scadenza con la"
            " Movistar.",
            "Luca Bellandi",
        ),
        (
            "Echeverría\n\nEl Cofidis se estaría moviendo por Tomás Echeverría, que acaba"
            " contrato con el Movistar.",
            "Tomás Echeverría",
        ),
    ],
)
def test_a_team_moving_for_a_rider_is_a_rumoured_signing(text: str, who: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [(who, "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "rumour"


# -- a later aside of an earlier move: "..., four years after leaving it to sign for X" -------
@pytest.mark.parametrize(
    ("text", "move"),
    [
        (
            "Echeverría\n\nEl Movistar anunció el regreso de Tomás Echeverría, que correrá con el"
            " equipo a partir de la próxima temporada, cuatro años después de haberlo dejado para"
            " fichar por el Cofidis.",
            ("Tomás Echeverría", "transfer", "Movistar Team", 2025),
        ),
        (
            "Holm\n\nLidl-Trek announced the return of Kasper Holm, who will ride for the team"
            " from next season, four years after leaving it to sign for Cofidis.",
            ("Kasper Holm", "transfer", "Lidl-Trek", 2025),
        ),
        (
            "Bellandi\n\nLa Lidl-Trek ha annunciato il ritorno di Luca Bellandi, che correrà con"
            " la squadra dalla prossima stagione, quattro anni dopo averla lasciata per firmare"
            " con la Cofidis.",
            ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
        ),
        (
            "Lemaire\n\nLidl-Trek a annoncé le retour de Hugo Lemaire, qui courra pour l'équipe"
            " dès la saison prochaine, quatre ans après l'avoir quittée pour signer chez Cofidis.",
            ("Hugo Lemaire", "transfer", "Lidl-Trek", 2025),
        ),
    ],
)
def test_a_team_in_a_later_aside_about_an_earlier_move_is_not_the_destination(
    text: str, move: tuple
) -> None:
    assert moves(read(text, published=NOV)) == [move]


# -- "na het aangekondigde vertrek van X naar Y": an earlier move recalled ---------------------
def test_after_the_announced_departure_is_background() -> None:
    text = (
        "Vandersteen\n\nHij benadrukt dat de ploeg, na het aangekondigde vertrek van Kasper Holm"
        " naar Cofidis, een klimster zocht."
    )
    assert moves(read(text, published=NOV)) == []


# -- "pierde a X, retirada tras ganar el Giro": a retirement in apposition to an object --------
def test_a_retirement_in_apposition_to_an_object_is_an_aside() -> None:
    text = (
        "Continuidad\n\nMarta Ferri y Greta Lindqvist seguirán en el Movistar, que pierde a Nina"
        " Vogel, retirada tras ganar este año la Vuelta."
    )
    assert moves(read(text, published=NOV)) == []


# -- "come riportato da J sulla O": the journalist and the paper he writes in -----------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Come riportato da Marco Neri sulla Gazzetta dello Sport, Luca Bellandi ha firmato con"
        " la Cofidis.",
        "Secondo quanto scrive Marco Neri sulla Repubblica, Luca Bellandi ha firmato con la"
        " Cofidis.",
    ],
)
def test_a_journalist_writing_in_a_paper_is_credited_with_both(sentence: str) -> None:
    reading = read("Bellandi alla Cofidis\n\n" + sentence, published=NOV)
    p = reading.proposals[0]
    assert p.journalist == "Marco Neri"
    assert p.credit in ("La Gazzetta dello Sport", "Gazzetta dello Sport", "Repubblica")


# -- a headline's signing verb over a body that credits a source: reported --------------------
def test_a_headline_signing_over_a_credited_body_is_reported() -> None:
    text = (
        "Luca Bellandi ha firmato con la Cofidis\n\nSecondo quanto scrive Marco Neri sulla"
        " Gazzetta dello Sport, il corridore ha firmato un contratto pluriennale con la Cofidis."
        " L'ufficialità è attesa nelle prossime settimane."
    )
    reading = read(text, published=NOV)
    assert [p.status.value for p in reading.proposals] == ["reported"]


# -- "seems to be going to leave/join": a move that only seems to be coming --------------------
@pytest.mark.parametrize(
    "text",
    [
        "De Wolf\n\nPieter de Wolf lijkt Lidl-Trek aan het eind van het seizoen te gaan verlaten"
        " voor Cofidis.",
        "Lemaire\n\nHugo Lemaire semble se diriger vers Cofidis pour la saison prochaine.",
        "Bellandi\n\nLuca Bellandi sembra destinato a passare alla Cofidis nel 2025.",
        "Echeverría\n\nTomás Echeverría parece abocado a fichar por el Cofidis en 2025.",
    ],
)
def test_a_move_that_only_seems_to_come_is_a_rumour(text: str) -> None:
    reading = read(text, published=NOV)
    assert [m[2] for m in moves(reading)] == ["Cofidis"]
    assert [p.status.value for p in reading.proposals] == ["rumour"]


# -- one source read two ways ("Volgens J van O") is still the article's only source ----------
def test_readings_of_the_same_credit_words_are_one_source() -> None:
    text = (
        "De Wolf naar Cofidis?\n\nPieter de Wolf lijkt Lidl-Trek te gaan verlaten. Volgens Jan"
        " Smit van De Telegraaf is Cofidis de grootste kandidaat."
    )
    reading = read(text, published=NOV)
    assert [(p.credit, p.journalist) for p in reading.proposals] == [("De Telegraaf", "Jan Smit")]


# -- "firma por una temporada": a one-season deal ends with its season --------------------------
def test_a_one_season_signing_ends_that_season() -> None:
    text = (
        "Echeverría ficha\n\nTomás Echeverría ha firmado por una temporada con el Cofidis para"
        " 2025."
    )
    reading = read(text, published=NOV)
    assert [m[2] for m in moves(reading)] == ["Cofidis"]
    assert [p.contract_end for p in reading.proposals] == [2025]


# -- "Selon L'Équipe et son journaliste J": the paper and its writer ---------------------------
def test_a_paper_and_its_journalist() -> None:
    text = (
        "Lemaire chez Cofidis\n\nSelon L'Équipe et son journaliste Paul Martin, Hugo Lemaire a"
        " trouvé un accord avec Cofidis pour la saison prochaine."
    )
    reading = read(text, published=NOV)
    assert [(p.credit, p.journalist) for p in reading.proposals] == [("L'Équipe", "Paul Martin")]


# -- "la notizia era stata anticipata da X": the paper that broke it is credited ----------------
def test_the_paper_that_broke_the_news_earlier_is_credited() -> None:
    text = (
        "Bellandi alla Cofidis\n\nLa Cofidis ha annunciato ieri l'arrivo di Luca Bellandi dal"
        " 2025, dopo che la notizia era stata anticipata nelle settimane scorse da Tuttobiciweb."
    )
    reading = read(text, published=NOV)
    assert [(p.status.value, p.credit) for p in reading.proposals] == [("official", "Tuttobiciweb")]


# -- "serait sur le point de s'engager", per a paper: reported, not a hedge ---------------------
def test_a_conditional_about_to_sign_per_a_paper_is_reported() -> None:
    text = (
        "Lemaire\n\nSelon L'Équipe, Hugo Lemaire serait sur le point de s'engager avec Cofidis"
        " pour la saison prochaine."
    )
    assert [p.status.value for p in read(text, published=NOV).proposals] == ["reported"]


# -- "a punto de cumplir 40 años": an age about to come is no deal about to be done ------------
def test_about_to_turn_an_age_is_no_reporting_cue() -> None:
    text = (
        "Echeverría cuelga la bicicleta\n\nTomás Echeverría pone fin a su carrera deportiva a"
        " punto de cumplir 40 años."
    )
    assert [p.status.value for p in read(text, published=NOV).proposals] == ["official"]


# -- ... but a move's month from August on is its signing day: the move is for the next season -
@pytest.mark.parametrize(
    "text",
    [
        "Lemaire chez Cofidis\n\nLe coureur Hugo Lemaire a signé en août 2024 avec Cofidis, a"
        " annoncé la formation.",
        "Lemaire chez Cofidis\n\nLe coureur Hugo Lemaire rejoindra Cofidis en janvier 2025, a"
        " annoncé la formation.",
    ],
)
def test_a_signing_month_dates_the_next_season_from_august(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Hugo Lemaire", "transfer", "Cofidis", 2025)]


# -- a move's own clause dated to a past year after its verb is history, whatever the sentence's
# -- other clauses say ("qui a lui-même rejoint Cofidis en 2022") ---------------------------------
def test_a_past_year_after_the_verb_in_its_own_clause_makes_it_history() -> None:
    text = (
        "Lemaire chez Cofidis\n\nHugo Lemaire rejoindra Cofidis la saison prochaine, a confirmé"
        " Jonas Vandersteen, le manager de l'équipe, qui a lui-même rejoint Cofidis en 2022."
    )
    assert moves(read(text, published=NOV)) == [("Hugo Lemaire", "transfer", "Cofidis", 2025)]


def test_a_past_year_before_the_verb_in_its_clause_leaves_the_move_news() -> None:
    text = (
        "Vogel keert terug\n\nDe 34-jarige oud-kampioene Nina Vogel, die eind 2021 stopte en"
        " sindsdien ploegleider was bij Lidl-Trek, rijdt vanaf 2025 opnieuw koers voor de ploeg."
    )
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Nina Vogel"]
