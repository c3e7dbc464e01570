"""The sixth round's rules, by kind of writing, each tested with a sentence of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a section's labels open any sentence of its paragraph, each with its own side -------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis. In: Kasper Holm, who arrives from Movistar. Out: Luca Bellandi, who signs with"
        " Lidl-Trek. Hugo Lemaire stays as leader.",
        "Cofidis. Arrivée : Kasper Holm, en provenance de Movistar. Départ : Luca Bellandi, qui"
        " s'engage avec Lidl-Trek. Hugo Lemaire reste le leader.",
        "Cofidis. Arrivi: Kasper Holm, che arriva dalla Movistar. Partenze: Luca Bellandi, che si"
        " accorda con la Lidl-Trek. Hugo Lemaire resta il capitano.",
        "Cofidis. Aanwinsten: Kasper Holm, overgekomen van Movistar. Vertrekkers: Luca Bellandi,"
        " die tekent bij Lidl-Trek. Hugo Lemaire blijft kopman.",
        "Cofidis. Altas: Kasper Holm, procedente del Movistar. Bajas: Luca Bellandi, que firma con"
        " el Lidl-Trek. Hugo Lemaire sigue de líder.",
    ],
)
def test_arrivals_and_departures_labels_inside_one_teams_paragraph(body: str) -> None:
    text = f"Transfers, team by team\n\nWhere things stand.\n\n{body}"
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Cofidis. Out: Aksel Rønning, third in the Vuelta and close behind Jonas Vandersteen,"
        " joins Uno-X Mobility.",
        "Cofidis. Départ : Aksel Rønning, troisième du Tour 2022 derrière Jonas Vandersteen,"
        " rejoint Uno-X Mobility.",
    ],
)
def test_a_name_in_a_departing_riders_aside_is_not_a_mover(body: str) -> None:
    text = f"Transfers, team by team\n\nWhere things stand.\n\n{body}"
    assert moves(read(text, published=NOV)) == [
        ("Aksel Rønning", "transfer", "Uno-X Mobility", 2025)
    ]


# -- bullets "Name – from X" under a sentence ending in a colon: the headline team's intake -----
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis's 2025 newcomers\n\nThe team has been busy. The arrivals for next season:\n\n"
        "• Kasper Holm – from Movistar. The Dane is expected to shine after his 2024 season.\n"
        "• Aksel Rønning – from Uno-X Mobility. Signed to the end of 2027.",
        "Mercato 2025 de Cofidis\n\nL'équipe a été active. Les nouveaux venus :\n\n"
        "• Kasper Holm – de Movistar. Le Danois pourrait briller après sa saison 2024.\n"
        "• Aksel Rønning – d'Uno-X Mobility. Engagé jusqu'en 2027.",
        "Cofidis, i volti nuovi del 2025\n\nLa squadra ha lavorato molto. Ecco i nuovi:\n\n"
        "• Kasper Holm – dalla Movistar. Il danese potrebbe crescere dopo il suo 2024.\n"
        "• Aksel Rønning – dalla Uno-X Mobility. Contratto fino al 2027.",
        "De nieuwe renners van Cofidis in 2025\n\nDe ploeg was actief. De nieuwkomers:\n\n"
        "• Kasper Holm – van Movistar. De Deen kan groeien na zijn seizoen 2024.\n"
        "• Aksel Rønning – van Uno-X Mobility. Contract tot en met 2027.",
        "Los nuevos del Cofidis para 2025\n\nEl equipo ha estado activo. Las caras nuevas:\n\n"
        "• Kasper Holm – del Movistar. El danés podría crecer tras su 2024.\n"
        "• Aksel Rønning – del Uno-X Mobility. Contrato hasta 2027.",
    ],
)
def test_bullets_from_a_team_under_an_intro_colon_join_the_headlines_team(text: str) -> None:
    reading = read(text, published=date(2024, 12, 10))
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
    ]
    assert [p.status.value for p in reading.proposals] == ["official", "official"]
    assert [p.contract_end for p in reading.proposals] == [None, 2027]


# -- a contract for the rest of a career is an extension, not a retirement ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm signs for life\n\nKasper Holm has signed an open-ended contract keeping him at"
        " Cofidis until he retires.",
        "Holm, contrat à vie\n\nKasper Holm a signé un contrat qui le lie à Cofidis jusqu'à la fin"
        " de sa carrière.",
        "Holm a vita\n\nKasper Holm ha firmato un contratto che lo lega alla Cofidis fino al"
        " termine della carriera.",
        "Holm tekent voor het leven\n\nKasper Holm heeft een contract getekend dat hem tot het"
        " einde van zijn loopbaan aan Cofidis bindt.",
        "Holm, de por vida\n\nKasper Holm ha firmado un contrato que le une al Cofidis hasta su"
        " retirada.",
    ],
)
def test_a_contract_until_the_career_ends_is_an_extension(text: str) -> None:
    assert moves(read(text, published=date(2025, 5, 14))) == [
        ("Kasper Holm", "contract_extension", "Cofidis", 2026)
    ]


def test_a_retirement_beside_a_career_long_phrase_elsewhere_still_counts() -> None:
    text = (
        "Holm stops\n\nKasper Holm will retire at the end of the season. Aksel Rønning stays at"
        " Uno-X Mobility until he retires, the team added."
    )
    assert ("Kasper Holm", "retirement", None, 2025) in moves(
        read(text, published=date(2025, 5, 14))
    )


# -- a team naming someone to a role said right after the name, with no "as" -------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cofidis appoints Holm\n\nCofidis appoints Kasper Holm sports director from 2025.", "Kasper Holm"),
        ("Cofidis nomme Marchand\n\nCofidis nomme Élodie Marchand directrice sportive à partir de 2025.", "Élodie Marchand"),
        ("Cofidis nomina Bellandi\n\nLa Cofidis nomina Luca Bellandi direttore sportivo dal 2025.", "Luca Bellandi"),
        ("Cofidis benoemt Holm\n\nCofidis benoemt Kasper Holm tot ploegleider vanaf 2025.", "Kasper Holm"),
        ("Cofidis nombra a Echeverría\n\nEl Cofidis nombra a Tomás Echeverría director deportivo a partir de 2025.", "Tomás Echeverría"),
    ],
)  # fmt: skip
def test_a_role_right_after_the_appointed_name_is_a_staff_move(text: str, name: str) -> None:
    assert moves(read(text)) == [(name, "staff_move", "Cofidis", 2025)]


def test_a_signing_followed_by_a_plain_name_stays_a_transfer() -> None:
    text = "Cofidis signs Holm\n\nCofidis signs Kasper Holm from Movistar for 2025."
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a renewal only offered and turned down is no extension ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Bellandi to Cofidis\n\nLuca Bellandi will wear the Cofidis colours next year. Movistar's"
        " manager had confirmed that Bellandi would leave despite the offer of a new contract.",
        "Bellandi alla Cofidis\n\nLuca Bellandi vestirà la maglia della Cofidis. Il manager della"
        " Movistar aveva confermato che Bellandi avrebbe lasciato la squadra nonostante la"
        " proposta di rinnovo.",
        "Bellandi chez Cofidis\n\nLuca Bellandi portera le maillot de Cofidis. Le manager de"
        " Movistar avait confirmé que Bellandi partirait malgré l'offre de prolongation.",
        "Bellandi naar Cofidis\n\nLuca Bellandi rijdt volgend jaar voor Cofidis. Hij zei nee,"
        " ondanks het aanbod tot verlenging bij Movistar.",
        "Bellandi al Cofidis\n\nLuca Bellandi correrá en el Cofidis el año que viene. El mánager"
        " del Movistar confirmó que Bellandi se marcha pese a la oferta de renovación.",
    ],
)
def test_a_renewal_offered_and_turned_down_is_no_extension(text: str) -> None:
    assert moves(read(text)) == [("Luca Bellandi", "transfer", "Cofidis", 2025)]


def test_a_renewal_accepted_is_still_an_extension() -> None:
    text = "Bellandi renews\n\nLuca Bellandi has renewed with Movistar until 2026."
    assert moves(read(text)) == [("Luca Bellandi", "contract_extension", "Movistar Team", 2025)]


# -- a title naming a place or a race right before a name describes that name ------------------
LEAD = "Cofidis a annoncé lundi l'arrivée de Kasper Holm. Il est acquis que"


@pytest.mark.parametrize(
    "text",
    [
        f"Mercato\n\n{LEAD} le champion de France Hugo Lemaire rejoindra Lidl-Trek.",
        f"Mercato\n\n{LEAD} le vainqueur du Tour de France Hugo Lemaire rejoindra Lidl-Trek.",
        "Cofidis sign Holm\n\nCofidis announced the arrival of Kasper Holm on Monday. The winner"
        " of Roubaix Hugo Lemaire will join Lidl-Trek.",
        "Cofidis haalt Holm\n\nCofidis maakte de komst van Kasper Holm bekend. De winnaar van de"
        " Ronde Hugo Lemaire rijdt volgend jaar voor Lidl-Trek.",
        "Cofidis ficha a Holm\n\nEl Cofidis ha anunciado la llegada de Kasper Holm. El ganador del"
        " Tour Hugo Lemaire correrá en el Lidl-Trek el año que viene.",
    ],
)
def test_a_title_with_a_place_or_race_before_a_name_describes_that_name(text: str) -> None:
    got = moves(read(text, published=date(2025, 9, 1)))
    assert ("Hugo Lemaire", "transfer", "Lidl-Trek", 2026) in got
    assert ("Kasper Holm", "transfer", "Lidl-Trek", 2026) not in got


def test_with_a_nationality_before_a_name_still_makes_the_name_an_object() -> None:
    text = (
        "Cofidis sign Holm\n\nCofidis announced the arrival of Kasper Holm on Monday. He will"
        " ride with Dane Aksel Rønning."
    )
    assert moves(read(text, published=date(2025, 9, 1))) == [
        ("Kasper Holm", "transfer", "Cofidis", 2026)
    ]


# -- heading for a team ("prendre la direction de", "poner rumbo a", "prendere la strada") -------
@pytest.mark.parametrize(
    "text",
    [
        "Mercato\n\nCofidis a annoncé l'arrivée de Kasper Holm. Le rouleur Luca Bellandi devrait"
        " prendre la direction de Movistar.",
        "Fichajes\n\nEl Cofidis ha anunciado la llegada de Kasper Holm. Luca Bellandi pondrá rumbo"
        " al Movistar la próxima temporada.",
        "Mercato\n\nLa Cofidis ha annunciato l'arrivo di Kasper Holm. Luca Bellandi prenderà la"
        " strada della Movistar la prossima stagione.",
    ],
)
def test_taking_the_road_to_a_team_is_a_move_there(text: str) -> None:
    got = moves(read(text, published=date(2025, 9, 1)))
    assert ("Luca Bellandi", "transfer", "Movistar Team", 2026) in got


def test_french_il_est_acquis_que_reports_the_move() -> None:
    text = (
        "Mercato\n\nCofidis a annoncé l'arrivée de Kasper Holm. Il est désormais acquis que"
        " Hugo Lemaire rejoindra Lidl-Trek."
    )
    reading = read(text, published=date(2025, 9, 1))
    assert [(p.person.name, p.status.value) for p in reading.proposals][-1] == (
        "Hugo Lemaire",
        "reported",
    )


# -- a move with no destination told after a team's intake joins that team --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis complete\n\nCofidis's recruitment for 2025 is complete. Among the new arrivals"
        " is the Danish climber Kasper Holm, who joins from Movistar.",
        "Cofidis\n\nLe recrutement de Cofidis est bouclé. Parmi les nouvelles recrues figure"
        " Kasper Holm, qui arrive de Movistar.",
        "Cofidis\n\nIl mercato della squadra francese, che dal prossimo anno si chiamerà Cofidis,"
        " è già completo: tra i nuovi arrivi spicca Kasper Holm, in arrivo dalla Movistar.",
        "Cofidis\n\nDe transferpolitiek van Cofidis is rond. Bij de nieuwkomers zit Kasper Holm,"
        " die Movistar verlaat.",
        "Cofidis\n\nEl mercado del Cofidis está cerrado. Entre los fichajes destaca Kasper Holm,"
        " que llega procedente del Movistar.",
    ],
)
def test_a_move_told_after_a_teams_intake_joins_that_team(text: str) -> None:
    assert moves(read(text, published=date(2024, 12, 13))) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025)
    ]


def test_an_intake_naming_two_teams_gives_no_destination() -> None:
    text = (
        "Market\n\nThe recruitment of Cofidis and Lidl-Trek is complete. Among the new arrivals"
        " is Kasper Holm, who joins from Movistar."
    )
    assert moves(read(text, published=date(2024, 12, 13))) == []


# -- a team denying a move of no other destination is the destination --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis deny Holm story\n\nCofidis have moved quickly to rule out signing Kasper Holm"
        " for 2025.",
        "Cofidis dément\n\nCofidis dément l'arrivée de Kasper Holm en 2025.",
        "Cofidis smentisce\n\nLa Cofidis smentisce le voci che vorrebbero Kasper Holm in arrivo"
        " dalla Movistar per il 2025.",
        "Cofidis ontkent\n\nCofidis ontkent de geruchten over een komst van Kasper Holm in 2025.",
        "Cofidis desmiente\n\nEl Cofidis desmiente el fichaje de Kasper Holm para 2025.",
    ],
)
def test_a_team_denying_a_signing_is_its_destination(text: str) -> None:
    reading = read(text, published=date(2024, 11, 2))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Cofidis deny\n\nCofidis deny that Kasper Holm is leaving the team for 2025.",
        "Cofidis ontkent\n\nCofidis spreekt tegen dat Kasper Holm de ploeg na dit seizoen verlaat.",
    ],
)
def test_a_team_denying_a_departure_is_not_its_destination(text: str) -> None:
    # round 7: the denied exit is proposed, from the team that denies it, with no destination
    reading = read(text, published=date(2024, 11, 2))
    assert moves(reading) == [("Kasper Holm", "transfer", None, 2025)]
    assert [(p.status.value, p.from_team and p.from_team.name) for p in reading.proposals] == [
        ("denied", "Cofidis")
    ]


# -- a retirement an aside dates to a month already past this year is this season's news -------
@pytest.mark.parametrize(
    "text",
    [
        "Holm\n\nKasper Holm, who ended his career in September, joins Cofidis as a coach for 2026.",
        "Holm reste chez Cofidis\n\nKasper Holm, qui a mis un terme à sa carrière en septembre,"
        " reste chez Cofidis dans un nouveau rôle: il devient directeur sportif à partir de la"
        " saison 2026.",
        "Holm resta alla Cofidis\n\nKasper Holm, che ha chiuso la carriera a settembre, resta alla"
        " Cofidis come direttore sportivo dalla stagione 2026.",
        "Holm blijft bij Cofidis\n\nKasper Holm, die in september een punt zette achter zijn"
        " loopbaan, wordt vanaf 2026 ploegleider bij Cofidis.",
        "Holm sigue en el Cofidis\n\nKasper Holm, que puso punto final a su carrera en septiembre,"
        " será director deportivo del Cofidis desde 2026.",
    ],
)
def test_a_retirement_in_an_aside_dated_to_a_past_month_of_this_year_is_news(text: str) -> None:
    assert moves(read(text, published=date(2025, 11, 27))) == [
        ("Kasper Holm", "retirement", None, 2025),
        ("Kasper Holm", "staff_move", "Cofidis", 2026),
    ]


@pytest.mark.parametrize(
    "aside",
    ["who ended his career last September", "who ended his career in December"],
)
def test_a_retirement_in_an_aside_of_a_later_or_last_month_stays_background(aside: str) -> None:
    text = f"Holm\n\nKasper Holm, {aside}, joins Cofidis as a coach for 2026."
    assert moves(read(text, published=date(2025, 11, 27))) == [
        ("Kasper Holm", "staff_move", "Cofidis", 2026)
    ]


# -- Dutch: "uitkomen voor", and "zou ... voor X rijden" with the verb at the end ---------------
def test_dutch_uitkomt_voor_dates_a_comeback_told_in_the_next_sentence() -> None:
    text = (
        "Ferri maakt comeback\n\nMarta Ferri gaat weer koersen. Ze maakte bekend dat ze vanaf 1"
        " januari 2025 opnieuw als renster uitkomt voor Lidl-Trek. Ze tekende een contract tot"
        " eind 2026."
    )
    reading = read(text, published=date(2024, 6, 20))
    assert moves(reading) == [("Marta Ferri", "comeback", "Lidl-Trek", 2025)]
    assert reading.proposals[0].contract_end == 2026


@pytest.mark.parametrize(
    ("sentence", "season", "status"),
    [
        (
            "Nina Vogel zou volgens verschillende media volgend seizoen voor Cofidis rijden;"
            " bevestigd is dat nog niet.",
            2025,
            "rumour",
        ),
        ("Nina Vogel zal in 2026 voor Cofidis koersen.", 2026, "official"),
        ("Nina Vogel komt volgend jaar uit voor Cofidis.", 2025, "official"),
    ],
)
def test_dutch_riding_for_a_team_with_the_verb_at_the_end(
    sentence: str, season: int, status: str
) -> None:
    reading = read(f"Nieuws\n\n{sentence}", published=date(2024, 6, 20))
    assert moves(reading) == [("Nina Vogel", "transfer", "Cofidis", season)]
    assert reading.proposals[0].status.value == status


def test_dutch_riding_for_a_win_is_no_move() -> None:
    text = "Nieuws\n\nNina Vogel gaat weer voor de overwinning rijden in de Ronde."
    assert moves(read(text, published=date(2024, 6, 20))) == []


# -- "will not retire after all" beside a postponement is its news, not a denial ----------------
@pytest.mark.parametrize(
    ("text", "name", "team"),
    [
        (
            "Holm carries on\n\nKasper Holm will not retire this winter after all. He has agreed"
            " with Cofidis to race on for one more season, the Dutch newspaper AD reported. He"
            " had announced in May that 2023 would be his final year. He is expected to return"
            " to racing at the Tour of Turkey next week after his crash.",
            "Kasper Holm",
            "Cofidis",
        ),
        (
            "Echeverría sigue\n\nTomás Echeverría no se retira este invierno: ha acordado con el"
            " Movistar correr una temporada más, según informa AS. Echeverría volverá a competir"
            " en la Vuelta a Turquía la próxima semana tras su caída.",
            "Tomás Echeverría",
            "Movistar Team",
        ),
        (
            "Lemaire continue\n\nHugo Lemaire ne prendra finalement pas sa retraite cet hiver: il"
            " a trouvé un accord avec Cofidis pour courir une saison de plus, selon L'Équipe. Il"
            " avait annoncé en mai que 2023 serait sa dernière saison.",
            "Hugo Lemaire",
            "Cofidis",
        ),
        (
            "Bellandi continua\n\nLuca Bellandi non si ritirerà quest'inverno: ha trovato"
            " l'accordo con la Movistar per correre ancora una stagione, secondo la Gazzetta. A"
            " maggio aveva annunciato che il 2023 sarebbe stato il suo ultimo anno.",
            "Luca Bellandi",
            "Movistar Team",
        ),
    ],
)
def test_not_retiring_after_all_is_a_reported_postponement(text: str, name: str, team: str) -> None:
    reading = read(text, published=date(2023, 10, 3))
    assert moves(reading) == [(name, "retirement_postponed", team, 2024)]
    assert reading.proposals[0].status.value == "reported"


def test_a_denied_postponement_stays_denied() -> None:
    text = (
        "Holm denies\n\nCofidis rubbished reports that Kasper Holm would postpone his retirement."
    )
    reading = read(text, published=date(2023, 10, 3))
    assert [(p.kind.value, p.status.value) for p in reading.proposals] == [
        ("retirement_postponed", "denied")
    ]


# -- a note that opens with a verb before a team names no new person ---------------------------
@pytest.mark.parametrize(
    ("head", "note_a", "note_b"),
    [
        (
            "Format: Name – old team > new team, with a note.",
            "Gives Lidl-Trek a second leader for the mountains.",
            "Leaves the American team after several seasons.",
        ),
        (
            "Format : Nom – ancienne équipe > nouvelle équipe, avec une note.",
            "Renforce Lidl-Trek pour les classiques.",
            "Quitte l'équipe américaine après plusieurs saisons.",
        ),
        (
            "Formaat: Naam – oude ploeg > nieuwe ploeg, met een noot.",
            "Versterkt Lidl-Trek in de klassiekers.",
            "Verlaat de Amerikaanse ploeg na enkele seizoenen.",
        ),
    ],
)
def test_a_note_opening_with_a_verb_before_a_team_is_no_new_person(
    head: str, note_a: str, note_b: str
) -> None:
    text = (
        f"Moves for 2025\n\n{head}\n\nMarta Ferri – Movistar > Lidl-Trek\n{note_a}\n\n"
        f"Nina Vogel – Lidl-Trek > Uno-X Mobility\n{note_b}"
    )
    assert moves(read(text, published=date(2024, 12, 20))) == [
        ("Marta Ferri", "transfer", "Lidl-Trek", 2025),
        ("Nina Vogel", "transfer", "Uno-X Mobility", 2025),
    ]


# -- an outlet credited again without its journalist keeps the one journalist named for it -------
@pytest.mark.parametrize(
    ("text", "outlet", "journalist"),
    [
        (
            "Holm to Cofidis?\n\nAccording to Marco Rossi of La Gazzetta dello Sport, Cofidis want"
            " a climber. Kasper Holm could join Cofidis next season, La Gazzetta dello Sport"
            " reports.",
            "La Gazzetta dello Sport",
            "Marco Rossi",
        ),
        (
            "Holm chez Cofidis ?\n\nSelon Pierre Martin, de L'Équipe, Cofidis cherche un grimpeur."
            " Kasper Holm pourrait rejoindre Cofidis la saison prochaine, selon L'Équipe.",
            "L'Équipe",
            "Pierre Martin",
        ),
        (
            "Holm alla Cofidis?\n\nSecondo Marco Rossi della Gazzetta dello Sport, la Cofidis cerca"
            " uno scalatore. Kasper Holm potrebbe passare alla Cofidis, secondo La Gazzetta dello"
            " Sport.",
            "La Gazzetta dello Sport",
            "Marco Rossi",
        ),
    ],
)
def test_an_outlet_credited_again_keeps_its_one_journalist(
    text: str, outlet: str, journalist: str
) -> None:
    reading = read(text)
    assert [(p.credit, p.journalist) for p in reading.proposals] == [(outlet, journalist)]


def test_an_outlet_with_two_journalists_named_gives_neither_to_a_bare_credit() -> None:
    text = (
        "Holm to Cofidis?\n\nAccording to Marco Rossi of La Gazzetta dello Sport, Cofidis want a"
        " climber. Paolo Neri of La Gazzetta dello Sport reported that Movistar do too. Kasper Holm could"
        " join Cofidis next season, La Gazzetta dello Sport reports."
    )
    reading = read(text)
    assert [(p.person.name, p.journalist) for p in reading.proposals] == [("Kasper Holm", None)]


# -- an unknown name after "working with" is a colleague, never the team joined ----------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cofidis name Holm director of racing\n\nKasper Holm stays with Cofidis in a new role."
            " The team said that he becomes its director of racing from the 2026 season, working"
            " with Peter Jansen on race strategy.",
            "Kasper Holm",
        ),
        (
            "Cofidis nomme Holm\n\nKasper Holm reste chez Cofidis dans un nouveau rôle. L'équipe a"
            " indiqué qu'il devient directeur sportif à partir de 2026, aux côtés de Pierre Dubois.",
            "Kasper Holm",
        ),
        (
            "Cofidis\n\nKasper Holm resta alla Cofidis con un nuovo ruolo: sarà direttore sportivo"
            " dal 2026, lavorando con Pietro Bianchi.",
            "Kasper Holm",
        ),
        (
            "Cofidis\n\nTomás Echeverría sigue en el Cofidis con un nuevo cargo: será director"
            " deportivo desde 2026, junto a Pedro Gómez.",
            "Tomás Echeverría",
        ),
    ],
)
def test_an_unknown_colleague_is_not_the_team_joined(text: str, name: str) -> None:
    assert moves(read(text, published=date(2025, 11, 27))) == [
        (name, "staff_move", "Cofidis", 2026)
    ]
