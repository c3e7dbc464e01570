"""The seventh round's rules for prose (second set), by kind of writing, each tested with
sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a verb that judges a move already told: its subject comments, and does not move ---------
@pytest.mark.parametrize(
    "text",
    [
        "Holm stays at Cofidis\n\nKasper Holm has extended his contract with Cofidis until 2027."
        " Team boss Pieter de Wolf called the extension a vote of confidence.",
        "Holm prolonge chez Cofidis\n\nKasper Holm a prolongé son contrat avec Cofidis jusqu'en"
        " 2027. Le manager Pieter de Wolf a qualifié la prolongation de marque de confiance.",
        "Holm rinnova con la Cofidis\n\nKasper Holm ha rinnovato il contratto con la Cofidis fino"
        " al 2027. Il team manager Pieter de Wolf ha definito il rinnovo un segnale di fiducia.",
        "Holm verlengt bij Cofidis\n\nKasper Holm heeft zijn contract bij Cofidis verlengd tot"
        " 2027. Ploegleider Pieter de Wolf noemde de verlenging een blijk van vertrouwen.",
        "Holm renueva con Cofidis\n\nKasper Holm ha renovado su contrato con Cofidis hasta 2027."
        " El director deportivo Pieter de Wolf calificó la renovación de voto de confianza.",
    ],
)
def test_a_staff_member_who_judges_the_extension_does_not_extend(text: str) -> None:
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Kasper Holm"]


def test_a_welcomed_signing_still_names_its_mover() -> None:
    text = (
        "Cofidis sign Holm\n\nManager Pieter de Wolf welcomed the signing of Kasper Holm, who"
        " joins from Movistar next season."
    )
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- "Y's departure leaves X as captain": a leaving verb whose object is a person -------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm will join Cofidis next season. At Movistar, Holm's"
        " departure leaves Luca Bellandi as the only leader.",
        "Fichaje\n\nKasper Holm ficha por el Cofidis para la próxima temporada. En el Movistar,"
        " su salida deja a Luca Bellandi como único líder.",
    ],
)
def test_a_departure_that_leaves_a_person_in_charge_moves_no_one(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_leaving_a_team_is_still_a_move() -> None:
    text = "Holm leaves\n\nKasper Holm leaves Movistar and joins Cofidis next season."
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a last outing in a team's colours: the team left, not the one joined ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm joins Cofidis\n\nCofidis have signed Kasper Holm. Holm has signed for more than"
        " one season; he will ride the Tour of Lombardy in Movistar colours for the last time.",
        "Holm joins Cofidis\n\nCofidis have signed Kasper Holm. He signed on Monday, and"
        " he will race the Tour of Lombardy in the Movistar jersey one last time.",
        "Holm joins Cofidis\n\nCofidis have signed Kasper Holm. He will race for Movistar one"
        " last time at the Tour of Lombardy on Saturday.",
        "Holm chez Cofidis\n\nCofidis a recruté Kasper Holm. Il a signé lundi; il courra le Tour"
        " de Lombardie avec Movistar pour la dernière fois.",
        "Holm alla Cofidis\n\nLa Cofidis ha ingaggiato Kasper Holm. Ha firmato lunedì; correrà il"
        " Lombardia con la Movistar per l'ultima volta.",
        "Holm naar Cofidis\n\nCofidis heeft Kasper Holm vastgelegd. Hij tekende maandag; hij rijdt"
        " de Ronde van Lombardije met Movistar voor het laatst.",
        "Holm ficha por Cofidis\n\nCofidis ha fichado a Kasper Holm. Firmó el lunes; correrá el"
        " Giro de Lombardía con Movistar por última vez.",
    ],
)
def test_a_last_race_in_a_teams_colours_names_the_team_left(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Movistar Team"
    assert reading.proposals[0].contract_end is None


# -- a return to racing is a comeback only where a break or a retirement is told --------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm extends with Cofidis\n\nKasper Holm has extended his contract with Cofidis until"
        " 2027.\n\nHolm returns to racing at the Tour of Flanders on Sunday.",
        "Holm prolonge chez Cofidis\n\nKasper Holm a prolongé son contrat avec Cofidis jusqu'en"
        " 2027.\n\nHolm reprend la compétition dimanche au Tour des Flandres.",
        "Holm rinnova con la Cofidis\n\nKasper Holm ha rinnovato il contratto con la Cofidis fino"
        " al 2027.\n\nHolm torna alle corse domenica al Giro delle Fiandre.",
        "Holm verlengt bij Cofidis\n\nKasper Holm heeft zijn contract bij Cofidis verlengd tot"
        " 2027.\n\nHolm keert zondag terug in de koers in de Ronde van Vlaanderen.",
        "Holm renueva con Cofidis\n\nKasper Holm ha renovado su contrato con Cofidis hasta 2027."
        "\n\nHolm vuelve a la competición el domingo en el Tour de Flandes.",
    ],
)
def test_a_return_to_racing_without_a_break_is_the_next_race(text: str) -> None:
    kinds = [m[1] for m in moves(read(text, published=date(2024, 3, 20)))]
    assert kinds == ["contract_extension"]


@pytest.mark.parametrize(
    "text",
    [
        "Holm is back\n\nKasper Holm, who stepped away from racing last year, returns to racing"
        " with Cofidis at the Tour of Flanders.",
        "Holm is back\n\nA year without a team is over: Kasper Holm returns to racing with"
        " Cofidis this season.",
        "Holm vuelve\n\nUn año después de quedarse sin equipo, Kasper Holm vuelve a la"
        " competición con Cofidis esta temporada.",
        "Holm is back\n\nKasper Holm will race again for Cofidis next month, ending the break from"
        " cycling he began in January.",
        "Holm revient\n\nKasper Holm courra de nouveau pour Cofidis le mois prochain, après une"
        " année sabbatique.",
        "Holm torna\n\nKasper Holm correrà di nuovo con la Cofidis il mese prossimo, dopo un anno"
        " sabbatico.",
        "Holm terug\n\nKasper Holm koerst weer voor Cofidis volgende maand, na een sabbatjaar.",
        "Holm vuelve\n\nKasper Holm competirá de nuevo con Cofidis el mes que viene, tras un año"
        " sabático.",
        "Holm is back\n\nKasper Holm will race again for Cofidis next month after a five-month"
        " break.",
    ],
)
def test_racing_again_after_a_break_is_a_comeback(text: str) -> None:
    assert moves(read(text, published=date(2024, 5, 20))) == [
        ("Kasper Holm", "comeback", "Cofidis", 2024)
    ]


# -- "the new agreement takes effect from next season" dates the extension -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm extends\n\nKasper Holm has extended his contract with Cofidis until 2028. He had"
        " been under contract until 2025. The new deal takes effect from next season, a week"
        " after he beat Luca Bellandi in Lyon.",
        "Holm prolonge\n\nKasper Holm a prolongé son contrat avec Cofidis jusqu'en 2028. Il était"
        " sous contrat jusqu'en 2025. Le nouveau contrat prend effet la saison prochaine, une"
        " semaine après sa victoire sur Luca Bellandi à Lyon.",
        "Holm rinnova\n\nKasper Holm ha rinnovato il contratto con la Cofidis fino al 2028. Era"
        " sotto contratto fino al 2025. Il nuovo contratto entra in vigore dalla prossima"
        " stagione, una settimana dopo la vittoria su Luca Bellandi a Lione.",
        "Holm verlengt\n\nKasper Holm heeft zijn contract bij Cofidis verlengd tot 2028. Hij lag"
        " onder contract tot 2025. Het nieuwe contract gaat in vanaf volgend seizoen, een week"
        " nadat hij Luca Bellandi versloeg in Lyon.",
        "Holm renueva\n\nKasper Holm ha renovado su contrato con Cofidis hasta 2028. Tenía"
        " contrato hasta 2025. El nuevo contrato entra en vigor la próxima temporada, una semana"
        " después de ganar a Luca Bellandi en Lyon.",
    ],
)
def test_the_new_deals_start_dates_the_extension_over_the_old_deals_end(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "contract_extension", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end == 2028


# -- a team named as a possible landing spot for the person: a rumoured destination ----------
@pytest.mark.parametrize(
    "text",
    [
        "Is Holm on his way out?\n\nKasper Holm's future at Movistar is uncertain, and Cofidis"
        " has emerged as a possible landing spot for the Danish climber. Talks have centred on"
        " an early exit from a contract that runs until 2026.",
        "Holm sur le départ ?\n\nSon avenir chez Movistar est incertain, et Cofidis apparaît"
        " comme un point de chute possible pour Kasper Holm. Les discussions portent sur une"
        " rupture de son contrat, qui court jusqu'en 2026.",
        "Holm in partenza?\n\nIl suo futuro alla Movistar è incerto, e la Cofidis è emersa come"
        " possibile approdo per Kasper Holm. Si parla di una rescissione del contratto, che"
        " scade nel 2026.",
        "Holm weg?\n\nZijn toekomst bij Movistar is onzeker, en Cofidis is een mogelijke"
        " bestemming voor Kasper Holm. Er wordt gepraat over een ontbinding van zijn contract,"
        " dat loopt tot 2026.",
        "¿Holm se va?\n\nSu futuro en el Movistar es incierto, y el Cofidis aparece como posible"
        " destino para Kasper Holm. Se habla de una rescisión del contrato, que termina en"
        " 2026.",
    ],
)
def test_a_possible_landing_spot_for_the_person_is_a_rumoured_destination(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    p = reading.proposals[0]
    assert p.status.value == "rumour"
    assert p.from_team is not None
    assert p.from_team.name == "Movistar Team"
    assert p.contract_end is None


# -- an extension past the last season a retirement named: the retirement put off ------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm races on\n\nIn May, Kasper Holm told the world that 2024 would be his final season."
        " A crash in July changed everything. Cofidis confirmed on Wednesday that he has"
        " extended his contract for one more season.",
        "Holm continue\n\nEn mai, Kasper Holm avait annoncé que 2024 serait sa dernière saison."
        " Une chute en juillet a tout changé. Cofidis a confirmé mercredi qu'il a prolongé son"
        " contrat d'une saison.",
        "Holm continua\n\nA maggio Kasper Holm aveva detto che il 2024 sarebbe stata la sua"
        " ultima stagione. Una caduta a luglio ha cambiato tutto. Mercoledì Kasper Holm ha"
        " rinnovato con la Cofidis per un'altra stagione.",
        "Holm gaat door\n\nIn mei zei Kasper Holm dat 2024 zijn laatste seizoen zou worden. Een"
        " val in juli veranderde alles. Cofidis bevestigde woensdag dat hij zijn contract met"
        " een seizoen heeft verlengd.",
        "Holm sigue\n\nEn mayo, Kasper Holm anunció que 2024 sería su última temporada. Una caída"
        " en julio lo cambió todo. Cofidis confirmó el miércoles que ha renovado su contrato"
        " por una temporada más.",
    ],
)
def test_an_extension_past_the_announced_last_season_is_a_postponement(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "retirement_postponed", "Cofidis", 2025)]


def test_an_extension_up_to_the_last_season_stays_an_extension_and_a_retirement() -> None:
    text = (
        "Holm's last deal\n\nKasper Holm has extended his contract with Cofidis until the end of"
        " 2025. He said that 2025 will be his final season."
    )
    kinds = sorted(m[1] for m in moves(read(text, published=NOV)))
    assert kinds == ["contract_extension", "retirement"]


# -- staying at the team in a staff role: a staff move to that team ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm's next chapter\n\nKasper Holm will ride his last race at the Tour of Lombardy. From"
        " 2025 he will stay at Cofidis in a new role as sports director.",
        "Holm tourne la page\n\nKasper Holm courra sa dernière course au Tour de Lombardie. À"
        " partir de 2025, il restera chez Cofidis en tant que directeur sportif.",
        "Holm volta pagina\n\nKasper Holm correrà la sua ultima corsa al Giro di Lombardia. Dal"
        " 2025 resterà alla Cofidis come direttore sportivo.",
        "Holm slaat een nieuwe bladzijde om\n\nKasper Holm rijdt zijn laatste koers in de Ronde"
        " van Lombardije. Hij blijft vanaf 2025 bij Cofidis als ploegleider.",
        "Holm pasa página\n\nKasper Holm correrá su última carrera en el Giro de Lombardía. A"
        " partir de 2025 seguirá en el Cofidis como director deportivo.",
    ],
)
def test_staying_at_the_team_in_a_staff_role_is_a_staff_move_there(text: str) -> None:
    staff = [m for m in moves(read(text, published=date(2024, 9, 20))) if m[1] == "staff_move"]
    assert staff == [("Kasper Holm", "staff_move", "Cofidis", 2025)]


def test_not_going_to_lose_sleep_is_no_move() -> None:
    text = (
        "Holm's next chapter\n\nKasper Holm joins Cofidis next season.\n\nAny regrets?\n"
        "Maybe the Giro. But I'm not going to lose sleep over it."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "official"


# -- a move told in the past tense for this season, beside the person's later news: history --
@pytest.mark.parametrize(
    "text",
    [
        "Holm to retire\n\nKasper Holm will retire at the end of next season. He joined Cofidis"
        " this year after five seasons at Movistar, but has struggled for results.",
        "Holm arrête\n\nKasper Holm prendra sa retraite à la fin de la saison prochaine. Il avait"
        " rejoint Cofidis cette année après cinq saisons chez Movistar.",
        "Holm stopt\n\nKasper Holm stopt na volgend seizoen. Hij stapte dit jaar over naar Cofidis"
        " na vijf seizoenen bij Movistar.",
        "Holm se retira\n\nKasper Holm se retirará al final de la próxima temporada. Fichó por"
        " Cofidis este año tras cinco temporadas en el Movistar.",
    ],
)
def test_this_seasons_move_told_beside_later_news_is_history(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "retirement", None, 2025)]


def test_this_seasons_move_told_alone_is_still_read() -> None:
    text = "Holm moves\n\nKasper Holm joined Cofidis this year, the team said on Monday."
    assert [m[:3] for m in moves(read(text, published=date(2024, 6, 20)))] == [
        ("Kasper Holm", "transfer", "Cofidis")
    ]


# -- a career that goes on, with no team and no retirement told, is no postponement ----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm's future\n\nNo news yet on Kasper Holm, whose time at Movistar is over after the"
        " team signed Luca Bellandi. He wants to race on in 2025, but where remains an open"
        " question.",
        "L'avenir de Holm\n\nToujours rien sur Kasper Holm, dont l'aventure chez Movistar est"
        " terminée. Il continuera à courir en 2025, mais on ne sait pas où.",
        "Holm\n\nNog geen nieuws over Kasper Holm, wiens tijd bij Movistar voorbij is. Hij zet"
        " zijn carrière voort, maar waar is nog onduidelijk.",
    ],
)
def test_racing_on_without_a_retirement_or_a_team_is_no_postponement(text: str) -> None:
    assert moves(read(text, published=date(2024, 9, 20))) == []


def test_racing_on_after_a_named_last_season_is_a_postponement() -> None:
    text = (
        "Holm\n\nKasper Holm had said that 2024 would be his final season. Now he wants to race"
        " on in 2025, but where remains an open question."
    )
    kinds = [m[1] for m in moves(read(text, published=date(2024, 9, 20)))]
    assert kinds == ["retirement_postponed"]


# -- a move whose sentence dates its announcement to another month recalls earlier news ------
@pytest.mark.parametrize(
    "text",
    [
        "Transfer day\n\nLuca Bellandi joins Lidl-Trek. A reminder: Kasper Holm's move from"
        " Movistar to Cofidis for 2025 was announced back in August.",
        "Journée des transferts\n\nLuca Bellandi rejoint Lidl-Trek. Pour rappel, Kasper Holm"
        " rejoindra Cofidis en 2025 : son transfert a été officialisé en août.",
        "Giornata di mercato\n\nLuca Bellandi passa alla Lidl-Trek. Ricordiamo che Kasper Holm"
        " passerà alla Cofidis nel 2025: il trasferimento è stato ufficializzato ad agosto.",
        "Transferdag\n\nLuca Bellandi gaat naar Lidl-Trek. Ter herinnering: de overstap van"
        " Kasper Holm van Movistar naar Cofidis voor 2025 werd al in augustus bekendgemaakt.",
        "Día de fichajes\n\nLuca Bellandi ficha por el Lidl-Trek. Recordamos que el fichaje de"
        " Kasper Holm por el Cofidis para 2025 fue anunciado en agosto.",
    ],
)
def test_a_move_announced_in_an_earlier_month_is_recalled_news(text: str) -> None:
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Luca Bellandi"]


def test_a_move_announced_this_month_is_read() -> None:
    text = (
        "Holm to Cofidis\n\nKasper Holm's move from Movistar to Cofidis for 2025 was announced"
        " in November."
    )
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- "what he has called his final year": the person's own earlier label, no news -------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm joins Cofidis next season. Elsewhere at Movistar, Luca"
        " Bellandi expects to lead the team, and Hugo Lemaire is preparing for what he has called"
        " his final year as a professional.",
        "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis la saison prochaine. Chez Movistar,"
        " Hugo Lemaire prépare ce qu'il appelle sa dernière saison.",
        "Holm alla Cofidis\n\nKasper Holm passa alla Cofidis dalla prossima stagione. Alla"
        " Movistar, Hugo Lemaire prepara quella che chiama la sua ultima stagione.",
        "Holm al Cofidis\n\nKasper Holm ficha por el Cofidis para la próxima temporada. En el"
        " Movistar, Hugo Lemaire prepara lo que llama su última temporada.",
    ],
)
def test_what_a_person_has_called_a_final_year_is_no_news(text: str) -> None:
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Kasper Holm"]


# -- ", and B is preparing for ...": B opens a clause of its own and is its subject -----------
@pytest.mark.parametrize(
    "text",
    [
        "Notes\n\nLuca Bellandi expects to lead the team, and Kasper Holm is preparing for his"
        " final season as a professional.",
        "Notes\n\nLuca Bellandi sera le leader, et Kasper Holm a bien confirmé sa dernière saison.",
        "Note\n\nLuca Bellandi sarà il capitano, e Kasper Holm ha confermato la sua ultima stagione.",
        "Notas\n\nLuca Bellandi será el líder, y Kasper Holm ha confirmado su última temporada.",
        "Notities\n\nLuca Bellandi wordt kopman, en Kasper Holm heeft zijn laatste seizoen bevestigd.",
    ],
)
def test_a_name_after_comma_and_with_its_own_verb_is_that_clauses_subject(text: str) -> None:
    assert [m[:2] for m in moves(read(text, published=NOV))] == [("Kasper Holm", "retirement")]


# -- "X is among the riders the team is courting": X is the signing's object -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis look for a leader\n\nFor Cofidis, the search for a new leader has begun. Kasper"
        " Holm is said to be among the riders the French team is courting, although talks are"
        " at an early stage.",
        "Cofidis cherche un leader\n\nChez Cofidis, la recherche d'un leader a commencé. Kasper"
        " Holm ferait partie des coureurs que l'équipe française courtise, mais les discussions"
        " n'en sont qu'au début.",
        "La Cofidis cerca un capitano\n\nAlla Cofidis la ricerca di un capitano è iniziata. Kasper"
        " Holm sarebbe tra i corridori che la squadra francese corteggia, ma i contatti sono"
        " solo all'inizio.",
        "Cofidis zoekt een kopman\n\nBij Cofidis is de zoektocht naar een kopman begonnen. Kasper"
        " Holm zou een van de renners zijn die de Franse ploeg wil vastleggen, al staan de"
        " gesprekken nog in de kinderschoenen.",
        "El Cofidis busca un líder\n\nEn el Cofidis ya ha empezado la búsqueda de un líder."
        " Kasper Holm podría estar entre los corredores que el equipo francés quiere fichar,"
        " aunque las conversaciones están en una fase inicial.",
    ],
)
def test_a_person_among_the_riders_a_team_is_courting_is_its_rumoured_signing(text: str) -> None:
    reading = read(text, published=date(2024, 6, 20))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "rumour"


# -- impersonal hearsay away from the credited sentence is the writer's own rumour ----------
@pytest.mark.parametrize(
    "text",
    [
        "Transfer news\n\nLuca Bellandi will join Lidl-Trek next season, according to Velo Weekly."
        "\n\nElsewhere, Kasper Holm is said to be among the riders Cofidis is courting.",
        "Mercato\n\nLuca Bellandi rejoindra Lidl-Trek la saison prochaine, selon Velo Weekly.\n\n"
        "Ailleurs, on dit que Cofidis courtise Kasper Holm.",
        "Mercato\n\nLuca Bellandi passerà alla Lidl-Trek la prossima stagione, secondo Velo"
        " Weekly.\n\nIntanto si dice che la Cofidis corteggia Kasper Holm.",
        "Transfers\n\nLuca Bellandi rijdt volgend seizoen voor Lidl-Trek, meldt Velo Weekly.\n\n"
        "Verder gaat het gerucht dat Kasper Holm in beeld is bij Cofidis.",
        "Fichajes\n\nLuca Bellandi correrá en el Lidl-Trek la próxima temporada, según Velo"
        " Weekly.\n\nAdemás, se rumorea que el Cofidis quiere fichar a Kasper Holm.",
    ],
)
def test_impersonal_hearsay_is_not_the_credited_outlets(text: str) -> None:
    reading = read(text, published=date(2024, 6, 20))
    credits = {p.person.name: p.credit for p in reading.proposals}
    assert credits == {"Luca Bellandi": "Velo Weekly", "Kasper Holm": None}


def test_racing_again_after_a_crash_or_in_a_races_break_is_no_comeback() -> None:
    text = (
        "Weekend\n\nKasper Holm will race again for Cofidis next month after his crash. Luca"
        " Bellandi was in the break all day and will race again on Sunday."
    )
    assert moves(read(text, published=date(2024, 5, 20))) == []


# -- "with the Tour as his main target": a rider's own goal is no hedge ----------------------
def test_a_riders_own_target_does_not_hedge_the_move() -> None:
    text = (
        "Holm is back\n\nCofidis confirmed that Kasper Holm will return to racing with them next"
        " month after a five-month break, with the Tour as his main target."
    )
    (p,) = read(text, published=date(2024, 5, 20)).proposals
    assert (p.kind.value, p.status.value) == ("comeback", "official")


def test_a_team_targeting_a_rider_still_hedges() -> None:
    text = "Holm to Cofidis?\n\nCofidis are targeting Kasper Holm for next season."
    (p,) = read(text, published=date(2024, 5, 20)).proposals
    assert p.status.value == "rumour"


def test_no_formal_announcement_yet_keeps_a_move_from_official() -> None:
    text = (
        "Holm to Cofidis\n\nKasper Holm will join Cofidis next season. There has been no formal"
        " announcement yet."
    )
    (p,) = read(text, published=date(2024, 5, 20)).proposals
    assert p.status.value == "reported"


# -- "X races on, Lemaire confirms": a staff member confirming by name is no announcement ----
@pytest.mark.parametrize(
    "text",
    [
        "Holm to race on in 2025, Lemaire confirms\n\nKasper Holm will not retire at the end of"
        " this season after all. He had said that 2024 would be his final season. Team manager"
        " Hugo Lemaire spoke after the stage.",
        "Holm repousse sa retraite, Lemaire confirme\n\nKasper Holm ne prendra pas sa retraite à"
        " la fin de la saison. Le manager Hugo Lemaire s'est exprimé après l'étape.",
        "Holm rinvia il ritiro, Lemaire conferma\n\nKasper Holm non si ritirerà alla fine della"
        " stagione. Il team manager Hugo Lemaire ha parlato dopo la tappa.",
        "Holm stelt zijn afscheid uit, Lemaire bevestigt\n\nKasper Holm stopt toch nog niet aan"
        " het einde van het seizoen. Ploegleider Hugo Lemaire sprak na de etappe.",
        "Holm aplaza su retirada, Lemaire confirma\n\nKasper Holm no se retirará al final de la"
        " temporada. El director deportivo Hugo Lemaire habló tras la etapa.",
    ],
)
def test_a_staff_member_confirming_by_name_is_a_party_confirming(text: str) -> None:
    (p,) = read(text, published=date(2024, 5, 20)).proposals
    assert (p.kind.value, p.status.value) == ("retirement_postponed", "confirmed")


def test_a_staff_member_confirming_beside_an_announcement_stays_official() -> None:
    text = (
        "Holm rinvia il ritiro, Lemaire conferma\n\nKasper Holm non si ritirerà alla fine della"
        " stagione, ha annunciato la squadra. Il team manager Hugo Lemaire ha parlato dopo la"
        " tappa."
    )
    (p,) = read(text, published=date(2024, 5, 20)).proposals
    assert p.status.value == "official"


def test_leaving_an_unknown_name_is_still_a_move() -> None:
    text = "Holm leaves\n\nKasper Holm leaves Velo Club Aarhus for Cofidis next season."
    assert [m[:3] for m in moves(read(text, published=NOV))] == [
        ("Kasper Holm", "transfer", "Cofidis")
    ]


def test_racing_again_beside_someone_elses_retirement_is_no_comeback() -> None:
    text = (
        "Weekend\n\nLuca Bellandi retired last year. Kasper Holm will race again for Cofidis on"
        " Sunday."
    )
    assert moves(read(text, published=date(2024, 5, 20))) == []


def test_a_recalled_announcement_beside_another_move_in_the_sentence_keeps_both() -> None:
    text = (
        "Transfer day\n\nLuca Bellandi joins Lidl-Trek, and Kasper Holm's move to Cofidis was"
        " announced back in August."
    )
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Luca Bellandi", "Kasper Holm"]
