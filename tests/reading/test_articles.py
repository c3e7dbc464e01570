"""Whole articles of our own, one per common style, with names that must not move."""

from __future__ import annotations

from datetime import date

from tests.reading.lookup import moves, read

C, L, M, A, T = (
    "Cofidis",
    "Lidl-Trek",
    "Movistar Team",
    "Astana Qazaqstan Team",
    "Tudor Pro Cycling Team",
)


def test_press_release_with_quotes_and_teammates() -> None:
    text = (
        "Tudor Pro Cycling welcomes Greta Lindqvist\n\nPRESS RELEASE\n\n"
        "Tudor Pro Cycling Team is delighted to announce that Greta Lindqvist will join the team for "
        "the next two seasons. The Swedish climber leaves Movistar after four years.\n\n"
        '"Greta fits our project perfectly," said team manager Raoul Baptiste. Lindqvist added '
        "that she looked forward to racing with Marta Ferri, who extended her own contract in May.\n\n"
        "Nina Vogel, who won the Tour of Norway for Movistar in 2022, remains the team's leader."
    )
    reading = read(text, published=date(2024, 8, 12))
    assert moves(reading) == [("Greta Lindqvist", "transfer", T, 2025)]
    (p,) = reading.proposals
    assert (p.status.value, p.contract_end, p.from_team and p.from_team.name) == (
        "official",
        2026,
        M,
    )


def test_a_paper_relayed_with_a_denial_from_the_old_team_boss() -> None:
    text = (
        "Holm agrees Astana deal, Danish paper says\n\n"
        "Kasper Holm has agreed to ride for Astana from 2026, the Danish daily Ekstra Bladet reported "
        "on Sunday. The 27-year-old would leave Lidl-Trek a year before his contract ends.\n\n"
        "Lidl-Trek manager Luca Guerrini said he knew nothing of it and that Holm was still under "
        "contract. Astana already count Rafael Duarte among their leaders."
    )
    reading = read(text, published=date(2025, 7, 20))
    assert moves(reading) == [("Kasper Holm", "transfer", A, 2026)]
    (p,) = reading.proposals
    assert (p.status.value, p.credit) == ("reported", "Ekstra Bladet")


def test_dutch_interview_with_the_rider_in_the_first_person() -> None:
    text = (
        'Interview – Thijs van der Berg: "Ik wilde iets nieuws"\n\n'
        "Na vijf jaar verlaat Thijs van der Berg de ploeg. We spraken hem in Girona.\n\n"
        "Waar rijd je volgend jaar?\nIk heb getekend bij Cofidis, voor twee seizoenen.\n\n"
        "Waarom Cofidis?\nZe geven me kansen in de klassiekers, naast Hugo Lemaire.\n"
    )
    reading = read(text, published=date(2024, 9, 2))
    assert moves(reading) == [("Thijs van der Berg", "transfer", C, 2025)]
    assert reading.proposals[0].contract_end == 2026


def test_french_live_blog_with_three_kinds_of_news() -> None:
    text = (
        "EN DIRECT – Le mercato jour après jour\n\n"
        "09h10 – C'est officiel : Cofidis annonce l'arrivée d'Hugo Lemaire, en provenance de Movistar.\n\n"
        "11h45 – Selon L'Équipe, Nina Vogel pourrait rejoindre Lidl-Trek la saison prochaine.\n\n"
        "15h30 – Élodie Marchand prendra sa retraite à la fin de la saison, a-t-elle annoncé.\n"
    )
    reading = read(text, published=date(2024, 8, 5))
    assert moves(reading) == [
        ("Hugo Lemaire", "transfer", C, 2025),
        ("Nina Vogel", "transfer", L, 2025),
        ("Élodie Marchand", "retirement", None, 2024),
    ]
    assert [p.status.value for p in reading.proposals] == ["official", "rumour", "official"]
    assert reading.proposals[1].credit == "L'Équipe"


def test_italian_denial_by_the_rider() -> None:
    text = (
        "Bellandi smentisce: «Resto alla Lidl-Trek»\n\n"
        "Luca Bellandi smentisce le voci di un suo passaggio all'Astana per il 2025. Il corridore "
        "ha spiegato che resterà alla Lidl-Trek, dove ha un contratto fino al 2026, accanto a "
        "Kasper Holm."
    )
    reading = read(text, published=date(2024, 9, 30))
    assert moves(reading) == [("Luca Bellandi", "transfer", A, 2025)]
    assert reading.proposals[0].status.value == "denied"


def test_spanish_brief_on_two_extensions() -> None:
    text = (
        "El Movistar renueva a dos de sus pilares\n\n"
        "Tomás Echeverría y Rafael Duarte han renovado con el Movistar Team hasta 2026. Ambos "
        "corredores llevan cuatro temporadas en el equipo, donde coinciden con Nina Vogel."
    )
    reading = read(text, published=date(2024, 10, 15))
    assert moves(reading) == [
        ("Tomás Echeverría", "contract_extension", M, 2025),
        ("Rafael Duarte", "contract_extension", M, 2025),
    ]
    assert [p.contract_end for p in reading.proposals] == [2026, 2026]


def test_feed_item_with_related_teasers_naming_other_riders() -> None:
    text = (
        "Marchand signs with Cofidis\n\n"
        "Élodie Marchand will race for Cofidis in 2025, the French team said on Friday.\n\n"
        "Related\n- Nina Vogel joins Movistar\n- Kasper Holm to retire\n\n"
        "Sign up for our newsletter"
    )
    assert moves(read(text, published=date(2024, 10, 4))) == [
        ("Élodie Marchand", "transfer", C, 2025)
    ]


def test_staff_appointment_with_a_new_person_and_the_rider_he_coached() -> None:
    text = (
        "Lidl-Trek name Paolo Sartori head of performance\n\n"
        "Lidl-Trek have appointed Paolo Sartori as their new head of performance from 1 January. "
        "The Italian worked with Luca Bellandi for years at Movistar."
    )
    reading = read(text, published=date(2024, 11, 20))
    assert moves(reading) == [("Paolo Sartori", "staff_move", L, 2025)]
    assert reading.proposals[0].person.is_new
