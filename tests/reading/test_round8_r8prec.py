"""Round 8, precision in prose: people the text names beside the news are not movers.

Each rule is tested with sentences of our own (published 10 September 2024 unless said).
"""

from __future__ import annotations

import pytest

from tests.reading.lookup import moves, read


# -- "the team has moved to strengthen ...": "moved to" before a verb is acting, no move ------
@pytest.mark.parametrize(
    "text",
    [
        "Kasper Holm has moved to strengthen his position in the Movistar team for next year.",
        "Movistar leader Kasper Holm has moved to secure a Tour place in 2025.",
    ],
)
def test_moved_to_before_a_verb_is_no_move(text: str) -> None:
    assert moves(read(text)) == []


def test_moved_to_a_team_is_still_a_move() -> None:
    got = moves(read("Luca Bellandi has moved to Cofidis for next season."))
    assert got == [("Luca Bellandi", "transfer", "Cofidis", 2025)]


# -- a person named once with a staff role stays the boss for a later description ------------
def test_a_boss_named_again_bare_is_not_the_rider_a_description_means() -> None:
    text = (
        "Jonas Vandersteen will race on in 2025 with Cofidis. Team manager Pieter de Wolf said"
        " so on Monday. Nothing has been signed, but De Wolf's words leave no doubt. The"
        " sprinter had announced in April that 2024 would be his final year."
    )
    got = moves(read(text))
    assert [g[0] for g in got] == ["Jonas Vandersteen"]


# -- "with X expected to follow him": X is the one who follows ---------------------------------
def test_a_name_after_with_before_expected_to_follow_is_the_follower() -> None:
    text = (
        "Jonas Vandersteen joins Cofidis for 2025. Team manager Pieter de Wolf confirmed it."
        " The team wants a strong lead-out, with Kasper Holm expected to follow him from"
        " Alpecin-Deceuninck."
    )
    got = moves(read(text))
    assert ("Kasper Holm", "transfer", "Cofidis", 2025) in got
    assert all(g[0] != "Pieter de Wolf" for g in got)


# -- "..., a move already announced": an earlier move recalled ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen joins Cofidis for 2025. His old rival Kasper Holm is heading to"
        " Movistar, a move already announced.",
        "Jonas Vandersteen rejoint Cofidis en 2025. Son rival Kasper Holm rejoint Movistar, un"
        " transfert déjà annoncé.",
        "Jonas Vandersteen ficha por Cofidis para 2025. Su rival Kasper Holm se marcha al"
        " Movistar, un fichaje ya anunciado.",
        "Jonas Vandersteen passa alla Cofidis nel 2025. Il suo rivale Kasper Holm passa alla"
        " Movistar, un trasferimento già annunciato.",
        "Jonas Vandersteen tekent bij Cofidis voor 2025. Zijn rivaal Kasper Holm trekt naar"
        " Movistar, een transfer die al eerder was aangekondigd.",
    ],
)
def test_a_move_said_to_be_already_announced_is_background(text: str) -> None:
    got = moves(read(text))
    assert [g[0] for g in got] == ["Jonas Vandersteen"]


# -- "His final race ..." after a teammate is quoted: the retiring rider's ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen has confirmed that he will retire at the end of 2025. He wants to"
        ' finish on his own terms; teammate Kasper Holm called him "the soul of this team".'
        " His final race is expected to be the Tour of Flanders.",
        "Jonas Vandersteen has confirmed that he will retire at the end of 2025. His rivalry"
        " with Kasper Holm lit up the Classics. Holm, two years older, has kept his own plans to himself."
        " His final season will include the Olympics.",
        "Jonas Vandersteen a annoncé que 2025 sera sa dernière saison. Son fidèle équipier"
        " Kasper Holm sera à ses côtés, tandis que Luca Bellandi restera le leader de l'équipe."
        " Sa dernière course devrait être le Tour de Lombardie.",
    ],
)
def test_a_final_season_told_by_pronoun_is_the_retiring_riders(text: str) -> None:
    got = moves(read(text))
    assert {g[0] for g in got} == {"Jonas Vandersteen"}


# -- "his final season with X" beside a move elsewhere: his last season at the team he leaves --
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen leaves Movistar to sign for Cofidis next season. His final season with"
        " Movistar never really took off.",
        "Jonas Vandersteen quitte Movistar pour Cofidis la saison prochaine. Sa dernière saison"
        " chez Movistar a été décevante.",
        "Jonas Vandersteen deja el Movistar y ficha por Cofidis para 2025. Su última temporada"
        " con el Movistar fue difícil.",
        "Jonas Vandersteen lascia la Movistar e passa alla Cofidis nel 2025. La sua ultima"
        " stagione con la Movistar è stata difficile.",
        "Jonas Vandersteen verlaat Movistar en tekent bij Cofidis voor 2025. Zijn laatste"
        " seizoen bij Movistar was moeilijk.",
    ],
)
def test_a_final_season_with_the_team_left_is_no_retirement(text: str) -> None:
    assert moves(read(text)) == [("Jonas Vandersteen", "transfer", "Cofidis", 2025)]


def test_a_final_season_with_the_team_without_a_move_is_still_a_retirement() -> None:
    got = moves(read("Jonas Vandersteen will ride his final season with Cofidis in 2025."))
    assert got == [("Jonas Vandersteen", "retirement", None, 2025)]


# -- "Holm: Soudal Quick-Step -> Cofidis": a cell naming a known team is no new person ---------
def test_a_known_team_in_a_person_cell_is_no_new_person() -> None:
    text = (
        "Transfer day\n\n09:15 - Cofidis confirm Kasper Holm joins them from Soudal Quick-Step"
        " for 2025.\n\n12:05 - Morning summary for those just joining us:\n"
        "Holm: Soudal Quick-Step -> Cofidis\n"
    )
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- "I want to leave at the top": leaving the sport is no move to a team -----------------------
def test_leaving_at_the_top_is_no_move() -> None:
    text = (
        "Marta Ferri will end her career at the end of this season, Movistar announced.\n\n"
        '"I always said I would stop when the moment felt right, and I want to leave at the'
        ' top," Ferri said.'
    )
    assert [g[1] for g in moves(read(text))] == ["retirement"]


# -- "stop ... and move straight into a role as sports director with X": two moves, each its year
def test_retiring_into_a_role_as_sports_director_is_two_moves() -> None:
    text = (
        "Marta Ferri will end her racing career at the end of this season and move straight"
        " into a role as sports director with Movistar from 2025, the team announced."
    )
    got = moves(read(text))
    assert ("Marta Ferri", "retirement", None, 2024) in got
    assert ("Marta Ferri", "staff_move", "Movistar Team", 2025) in got


# -- "... and continue with the team as a sports director": a role at the team left ------------
def test_continuing_with_the_team_as_staff_is_a_role_at_the_team_left() -> None:
    text = (
        "Cofidis can confirm that Kasper Holm will step away from racing at the end of the 2024"
        " season and continue with the team as a sports director from 2025."
    )
    got = moves(read(text))
    assert ("Kasper Holm", "retirement", None, 2024) in got
    assert ("Kasper Holm", "staff_move", "Cofidis", 2025) in got


# -- "X, general manager of Y, has confirmed that the sprinter ...": the boss who speaks -------
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen will not retire yet. Pieter de Wolf, general manager of Cofidis, has"
        " confirmed that the sprinter will race on in 2025.",
        "Jonas Vandersteen no se retira todavía. Pieter de Wolf, mánager general del Cofidis, ha"
        " confirmado que el velocista correrá también en 2025.",
        "Jonas Vandersteen ne prend pas encore sa retraite. Pieter de Wolf, manager général de"
        " Cofidis, a confirmé que le sprinteur courra encore en 2025.",
    ],
)
def test_a_boss_in_apposition_who_confirms_is_no_mover(text: str) -> None:
    assert all(g[0] != "Pieter de Wolf" for g in moves(read(text)))


# -- "X 'Nick', general manager of Y, has confirmed ...": a nickname before the role ----------
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen no se retira todavía. Pieter de Wolf 'Piet', mánager general del"
        " Cofidis, ha confirmado que el velocista correrá también en 2025.",
        "Jonas Vandersteen will not stop yet. Pieter de Wolf 'Piet', general manager of Cofidis,"
        " has confirmed that the sprinter will race on in 2025.",
    ],
)
def test_a_boss_with_a_nickname_in_apposition_is_no_mover(text: str) -> None:
    assert all(g[0] != "Pieter de Wolf" for g in moves(read(text)))


# -- « un modèle ». X ...: a closing guillemet is no arrow between two teams -------------------
def test_a_closing_guillemet_is_no_arrow() -> None:
    text = (
        "Jonas Vandersteen arrêtera sa carrière en juin 2025, a-t-il annoncé ce mardi.\n\n"
        "Le Danois Kasper Holm, l'un des jeunes qu'il encadre, a salué « un modèle ». Luca"
        " Bellandi, son grand rival, avait quitté le peloton fin 2023."
    )
    got = moves(read(text))
    assert all(g[0] in ("Jonas Vandersteen", "Luca Bellandi") for g in got)
    assert all(g[2] is None or "Bellandi" not in g[2] for g in got)


# -- "..., which loses X, retired after ...": a participle after a name describes that name ----
@pytest.mark.parametrize(
    "text",
    [
        "Kasper Holm and Luca Bellandi stay at Movistar, a team that loses Marta Ferri, retired"
        " after winning the Giro this year.",
        "Kasper Holm y Luca Bellandi tienen contrato y seguirán en el Movistar, que pierde a"
        " Marta Ferri, retirada tras ganar este año el Giro.",
    ],
)
def test_a_past_participle_after_a_name_is_an_aside_about_that_name(text: str) -> None:
    assert moves(read(text)) == []


def test_an_ing_form_after_a_name_moves_that_name() -> None:
    got = moves(read("Movistar lose a key man, Kasper Holm, leaving for Cofidis next season."))
    assert got == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- Italian "ritiro invernale", "in ritiro": a training camp, not the end of a career ----------
@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen resta alla Cofidis. Lo stesso Vandersteen ha pubblicato una foto dal"
        " ritiro invernale.",
        "Jonas Vandersteen è in ritiro con la Cofidis a Calpe.",
    ],
)
def test_an_italian_training_camp_is_no_retirement(text: str) -> None:
    assert moves(read(text)) == []


def test_an_italian_retirement_is_still_one() -> None:
    got = moves(read("Jonas Vandersteen annuncia il ritiro: il 2024 sarà la sua ultima stagione."))
    assert got == [("Jonas Vandersteen", "retirement", None, 2024)]


# -- "brushed off suggestions that he will retire ... 'No, I'm not retiring'": a denial --------
def test_not_retiring_in_answer_to_a_rumour_is_a_denied_retirement() -> None:
    text = (
        "Vandersteen: 'I'm not stopping at the end of this year'\n\n"
        "Jonas Vandersteen has brushed off suggestions that he is about to retire, insisting he"
        " intends to keep racing with Cofidis beyond this season.\n\n"
        "Reports over the weekend claimed he would hang up his wheels after the autumn races."
        ' "No, I\'m not retiring at the end of 2024," he wrote.'
    )
    r = read(text)
    got = [(p.person.name, p.kind.value, p.season, p.status.value) for p in r.proposals]
    assert got == [("Jonas Vandersteen", "retirement", 2024, "denied")]


@pytest.mark.parametrize(
    "text",
    [
        "Jonas Vandersteen has brushed aside reports that he will retire after this season.",
        "Jonas Vandersteen a balayé les rumeurs sur sa retraite : « Je ne prends pas ma"
        " retraite. »",
        "Jonas Vandersteen ha restado importancia a los rumores sobre su retirada.",
        "Jonas Vandersteen ha liquidato le voci sul suo ritiro.",
        "Jonas Vandersteen wuifde de geruchten weg dat hij na dit seizoen stopt.",
    ],
)
def test_brushing_a_retirement_rumour_aside_denies_it(text: str) -> None:
    r = read(text)
    assert [(p.kind.value, p.status.value) for p in r.proposals] == [("retirement", "denied")]
