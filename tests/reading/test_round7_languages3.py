"""The seventh round's third set of rules for Dutch, French, Italian and Spanish prose (and
English where the kind applies), by kind of writing, each tested with sentences of our own.

Published 10 July 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.reading import Reading
from tests.reading.lookup import moves, read

JUL = date(2024, 7, 10)
A, C = "Astana Qazaqstan Team", "Cofidis"


# -- a conditional of leaving ("lascerebbe la X", "quitterait X") names the team left -----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm verso la Cofidis\n\nKasper Holm sarebbe vicino alla Cofidis. Il danese lascerebbe"
        " la Astana al termine della stagione.",
        "Holm vers Cofidis\n\nKasper Holm serait proche de Cofidis. Le Danois quitterait"
        " Astana en fin de saison.",
        "Holm, rumbo a Cofidis\n\nKasper Holm estaría cerca del Cofidis. El danés dejaría"
        " el Astana al final de la temporada.",
        "Holm heading to Cofidis\n\nKasper Holm is close to Cofidis. The Dane would leave"
        " Astana at the end of the season.",
    ],
)
def test_a_conditional_leaving_verb_names_the_team_left(text: str) -> None:
    reading = read(text, published=JUL)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2025)]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [A]


# -- "the team has already announced the arrival of X": earlier news recalled, not this text's --
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm will ride for Astana next season. Cofidis regret his departure. The French"
        " team has already announced the arrival of Hugo Lemaire.",
        "Kasper Holm rijdt volgend seizoen voor Astana. Cofidis betreurt zijn vertrek."
        " De Franse ploeg heeft de komst van Hugo Lemaire al aangekondigd.",
        "Kasper Holm rejoindra Astana la saison prochaine. Chez Cofidis, on regrette"
        " ce départ. La formation nordiste a déjà annoncé l'arrivée de Hugo Lemaire.",
        "Kasper Holm correrà per l'Astana dalla prossima stagione. Alla Cofidis dispiace per la"
        " partenza. La squadra francese ha già annunciato l'arrivo di Hugo Lemaire.",
        "Kasper Holm correrá con el Astana la próxima temporada. En Cofidis lamentan su marcha."
        " El equipo francés ya ha anunciado la llegada de Hugo Lemaire.",
    ],
)
def test_an_arrival_already_announced_is_not_this_articles_news(body: str) -> None:
    reading = read(f"Holm to Astana\n\n{body}", published=date(2024, 8, 8))
    assert moves(reading) == [("Kasper Holm", "transfer", A, 2025)]


# -- "X retires; Y, her rival, is not thinking of stopping yet": a contrast, no denied retirement -
NOT_YET_BESIDE = [
    "Greta Lindqvist ends her career at the end of this season. Nina Vogel, her old rival, is"
    " not thinking of stopping yet.",
    "Greta Lindqvist stopt aan het einde van dit seizoen met koersen. Nina Vogel, haar oude"
    " rivale, denkt nog niet aan stoppen.",
    "Greta Lindqvist mettra un terme à sa carrière à la fin de la saison. Nina Vogel, sa vieille"
    " rivale, ne pense pas encore à la retraite.",
    "Greta Lindqvist chiuderà la carriera a fine stagione. Nina Vogel, la sua vecchia rivale,"
    " non pensa ancora al ritiro.",
    "Greta Lindqvist se retirará a final de temporada. Nina Vogel, su vieja rival, todavía no"
    " piensa en retirarse.",
]


@pytest.mark.parametrize("body", NOT_YET_BESIDE)
def test_a_rival_not_stopping_yet_beside_a_retirement_is_no_proposal(body: str) -> None:
    reading = read(f"Lindqvist's last season\n\n{body}", published=JUL)
    assert [(p.person.name, p.kind.value) for p in reading.proposals] == [
        ("Greta Lindqvist", "retirement")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Greta Lindqvist stopt aan het einde van dit seizoen met koersen. Volgens geruchten zou"
        " ook Nina Vogel stoppen, maar Vogel denkt nog niet aan stoppen.",
        "Greta Lindqvist mettra un terme à sa carrière à la fin de la saison. Selon des rumeurs,"
        " Nina Vogel arrêterait aussi, mais Vogel ne pense pas encore à la retraite.",
    ],
)
def test_not_stopping_yet_beside_a_rumour_of_it_stays_a_denial(body: str) -> None:
    reading = read(f"Lindqvist's last season\n\n{body}", published=JUL)
    assert [(p.person.name, p.status.value) for p in reading.proposals][1:] == [
        ("Nina Vogel", "denied")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nina Vogel ne pense pas encore à la retraite, malgré ses 36 ans.",
        "Nina Vogel non pensa ancora al ritiro, nonostante i 36 anni.",
    ],
)
def test_not_thinking_of_retirement_yet_alone_is_a_denied_retirement(text: str) -> None:
    (p,) = read(text, published=JUL).proposals
    assert (p.kind.value, p.status.value) == ("retirement", "denied")


# -- "the team has tied down X: the Dane has renewed": the colon names who the description is; ---
# -- an extension after another rider's headline story is with the team named before it ---------
TIED_DOWN = [
    "Lemaire in Astana's sights\n\nHugo Lemaire could leave Cofidis at the end of the season,"
    " with Astana courting him.\n\nCofidis would not comment. Meanwhile the team has tied down"
    " Kasper Holm: the Dane has renewed until 2027.",
    "Lemaire in het vizier van Astana\n\nHugo Lemaire verlaat Cofidis mogelijk voor Astana aan"
    " het einde van het seizoen.\n\nCofidis wilde niet reageren. Intussen heeft de"
    " ploeg Kasper Holm vastgehouden: de Deen heeft verlengd tot 2027.",
    "Lemaire dans le viseur d'Astana\n\nHugo Lemaire pourrait quitter Cofidis en fin de saison :"
    " Astana le courtise.\n\nCofidis n'a pas commenté. Dans le même temps, l'équipe a retenu"
    " Kasper Holm : le Danois a prolongé jusqu'en 2027.",
    "Lemaire nel mirino dell'Astana\n\nHugo Lemaire potrebbe lasciare la Cofidis a fine stagione:"
    " l'Astana lo corteggia.\n\nLa Cofidis non commenta. Intanto la squadra ha blindato Kasper"
    " Holm: il danese ha rinnovato fino al 2027.",
    "Lemaire, en la órbita de Astana\n\nHugo Lemaire podría dejar el Cofidis al final de la"
    " temporada: el Astana lo corteja.\n\nDesde Cofidis no han querido comentar. Al mismo tiempo,"
    " el equipo ha blindado a Kasper Holm: el danés ha renovado hasta 2027.",
]


@pytest.mark.parametrize("text", TIED_DOWN)
def test_a_rider_announced_by_a_colon_renews_with_the_team_named_before(text: str) -> None:
    reading = read(text, published=JUL)
    assert moves(reading) == [
        ("Hugo Lemaire", "transfer", A, 2025),
        ("Kasper Holm", "contract_extension", C, 2025),
    ]
    assert reading.proposals[1].contract_end == 2027


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire joins Astana in 2025. Cofidis has meanwhile tied down Kasper Holm: the Dane"
        " has renewed until 2027.",
        "Hugo Lemaire ficha por el Astana en 2025. El Cofidis, por su parte, ha blindado a Kasper"
        " Holm: el danés ha renovado hasta 2027.",
    ],
)
def test_a_description_after_a_colon_means_the_name_before_it(body: str) -> None:
    reading = read(f"Market news\n\n{body}", published=JUL)
    assert [(p.person.name, p.kind.value) for p in reading.proposals] == [
        ("Hugo Lemaire", "transfer"),
        ("Kasper Holm", "contract_extension"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Hugo Lemaire could join Astana next year.\n\nCofidis would not comment. Kasper Holm has"
        " meanwhile renewed until 2027.",
        "Hugo Lemaire podría fichar por el Astana el año que viene.\n\nEl Cofidis no quiso"
        " comentar. Kasper Holm, por su parte, ha renovado hasta 2027.",
    ],
)
def test_an_extension_below_another_riders_headline_is_with_the_team_named_before(
    body: str,
) -> None:
    reading = read(f"Lemaire linked with Astana\n\n{body}", published=JUL)
    assert moves(reading)[1:] == [("Kasper Holm", "contract_extension", C, 2025)]


# -- a conditional of leaving is a hedge (not done yet), unless it is the tense of a report -------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm è vicino alla Cofidis. Il danese lascerebbe la Astana a fine stagione.",
        "Kasper Holm est proche de Cofidis. Le Danois quitterait Astana en fin de saison.",
        "Kasper Holm está cerca del Cofidis. El danés dejaría el Astana a final de temporada.",
    ],
)
def test_a_conditional_leaving_verb_makes_a_rumour(body: str) -> None:
    reading = read(f"Holm towards Cofidis\n\n{body}", published=JUL)
    assert _statuses(reading) == [("Kasper Holm", "rumour")]


@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm ha annunciato che lascerebbe la Astana per la Cofidis.",
        "Kasper Holm anunció que dejaría el Astana para fichar por el Cofidis.",
    ],
)
def test_a_conditional_leaving_verb_in_reported_speech_is_no_hedge(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=JUL)
    assert _statuses(reading) == [("Kasper Holm", "official")]


def _statuses(reading: Reading) -> list[tuple[str, str]]:
    return [(p.person.name, p.status.value) for p in reading.proposals]
