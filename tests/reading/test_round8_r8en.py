"""Round 8 (r8en): English prose the development sets missed, by kind of writing, each tested
with sentences of our own (in every language where the kind applies).

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.reading import pipeline
from bot.domain.reading.records import TriggerClass
from bot.domain.reading.triggers import find_triggers
from bot.domain.reading.vocab import languages
from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a rider who stops and stays on in a role: two moves, each with its own season ------------
@pytest.mark.parametrize(
    "text",
    [
        # "move straight into a role as sports director with X"
        "Vogel to stop\n\nNina Vogel will end her racing career at the end of this season and"
        " move straight into a role as sports director with Cofidis from 2025, the French team"
        " said.",
        # "continue with the team as a <role>": the team is the one the retirement leaves
        "Holm to stop\n\nCofidis can confirm that Kasper Holm will step away from racing at the"
        " end of the 2024 season and continue with the team as a performance coach from 2025.",
        "Holm arrête\n\nCofidis confirme que Kasper Holm mettra un terme à sa carrière à la fin de"
        " la saison 2024 et poursuivra avec l'équipe en tant que directeur sportif à partir de"
        " 2025.",
        "Holm stopt\n\nCofidis bevestigt dat Kasper Holm aan het einde van het seizoen 2024 stopt"
        " met koersen en vanaf 2025 bij de ploeg verdergaat als ploegleider.",
        "Holm si ritira\n\nLa Cofidis conferma che Kasper Holm si ritirerà alla fine della"
        " stagione 2024 e proseguirà con la squadra come direttore sportivo dal 2025.",
    ],
)
def test_a_stop_then_a_role_at_the_same_team_is_a_retirement_and_a_staff_move(text: str) -> None:
    got = sorted(moves(read(text, published=NOV)), key=lambda m: m[1])
    assert [(who, kind, team, season) for who, kind, team, season in got] == [
        (got[0][0], "retirement", None, 2024),
        (got[0][0], "staff_move", "Cofidis", 2025),
    ]


# -- "its director of racing": the team the sentence before named --------------------------
def test_a_role_said_with_its_is_at_the_team_the_sentence_before_named() -> None:
    text = (
        "A new job for Kasper Holm\n\nKasper Holm did not stay away for long. A month after his"
        " last race, the Dane has been handed a senior job at Cofidis, the French team confirmed"
        " on Monday. From next season he will be its director of racing."
    )
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "staff_move", "Cofidis", 2025)]


def test_a_role_there_after_a_sentence_naming_a_past_team_is_not_placed() -> None:
    """The sentence names a team itself (in an aside): no fallback to the sentence before."""
    text = (
        "Holm to Tudor\n\nKasper Holm has been appointed sports director at Tudor for 2025."
        " Many expected the Dane, who rode for Cofidis since 2019, to slip into a staff role"
        " there."
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "staff_move", "Tudor Pro Cycling Team", 2025)
    ]


# -- "I'm not going to pretend": a verb after "going to", no team -------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        '"I\'m not going to pretend it was easy," Kasper Holm said.',
        '"We are not going to rush anything," Kasper Holm said.',
        '"I\'m going to admit I was nervous," Kasper Holm said.',
    ],
)
def test_going_to_before_a_verb_is_no_move(sentence: str) -> None:
    doc = pipeline._document(sentence, None, NOV, None, "t")
    found = find_triggers(doc, languages()[doc.language])
    assert [t for t in found if t.cls is TriggerClass.MOVE] == []


# -- "his final season with X" beside a move away from X: the last season at the team left ----
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm will race for Cofidis next season, the French team"
        " confirmed. His final season with Lidl-Trek never really took off.",
        "Holm chez Cofidis\n\nKasper Holm courra pour Cofidis la saison prochaine, a confirmé"
        " l'équipe. Sa dernière saison chez Lidl-Trek ne l'a jamais vraiment satisfait.",
        "Holm alla Cofidis\n\nKasper Holm correrà per la Cofidis la prossima stagione, ha"
        " confermato la squadra. La sua ultima stagione con la Lidl-Trek non è mai decollata.",
        "Holm al Cofidis\n\nKasper Holm correrá con el Cofidis la próxima temporada, confirmó el"
        " equipo. Su última temporada con el Lidl-Trek nunca terminó de arrancar.",
        "Holm naar Cofidis\n\nKasper Holm rijdt volgend seizoen voor Cofidis, bevestigde de"
        " ploeg. Zijn laatste seizoen bij Lidl-Trek werd nooit een succes.",
    ],
)
def test_a_final_season_with_the_team_left_is_no_retirement(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_a_final_season_with_a_team_and_no_move_is_a_retirement() -> None:
    text = (
        "Vogel stops\n\nNina Vogel will ride her final season with Cofidis in 2025, the team said."
    )
    assert moves(read(text, published=NOV)) == [("Nina Vogel", "retirement", None, 2025)]


# -- racing again, said of a pronoun right after the sentence that tells the break: a comeback --
AUG = date(2024, 8, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Vogel is back\n\nThree years after she retired to become a sports director, Nina Vogel"
        " is coming back. She will race again for Cofidis in 2025, the team announced this week.",
        "Vogel is back\n\nThree years after she stepped off the bike, Nina Vogel is coming back."
        " The Olympic champion will race again for Cofidis in 2025, the team announced.",
        "Vogel revient\n\nTrois ans après sa retraite, Nina Vogel revient. Elle courra de nouveau"
        " pour Cofidis en 2025, a annoncé l'équipe.",
        "Vogel ci riprova\n\nTre anni dopo il ritiro, Nina Vogel ci riprova. Correrà di nuovo con"
        " la Cofidis nel 2025, ha annunciato la squadra.",
        "Vogel lo intenta\n\nTres años después de su retirada, Nina Vogel lo intenta otra vez."
        " Correrá de nuevo con el Cofidis en 2025, anunció el equipo.",
        "Vogel probeert het opnieuw\n\nDrie jaar na haar afscheid probeert Nina Vogel het"
        " opnieuw. Ze koerst weer voor Cofidis in 2025, meldt de ploeg.",
    ],
)
def test_racing_again_right_after_the_break_is_a_comeback(text: str) -> None:
    got = moves(read(text, published=AUG))
    assert ("Nina Vogel", "comeback", "Cofidis", 2025) in got
    assert "transfer" not in [kind for _, kind, _, _ in got]


def test_racing_again_after_another_riders_break_named_with_a_name_is_no_comeback() -> None:
    text = (
        "Weekend\n\nLuca Bellandi retired last year. Kasper Holm will race again for Cofidis in"
        " 2025."
    )
    assert moves(read(text, published=AUG)) == []


# -- a lead that denies the rumour makes a later "not stopping" a denied retirement ------------
SEP = date(2024, 9, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Holm: no end yet\n\nKasper Holm has brushed off suggestions that he is about to"
        ' retire.\n\n"I\'m not retiring at the end of 2024," he wrote on Monday.',
        "Holm dément\n\nKasper Holm a démenti les rumeurs sur sa retraite.\n\nIl a ensuite"
        " précisé sur les réseaux sociaux qu'il ne prendra pas sa retraite à la fin de la"
        " saison.",
        "Holm smentisce\n\nKasper Holm smentisce le voci sul suo ritiro.\n\nSui social ha poi"
        " spiegato che non si ritirerà alla fine di questa stagione.",
        "Holm desmiente\n\nKasper Holm desmiente los rumores sobre su retirada.\n\nEn las redes"
        " sociales explicó después que no se retirará a final de temporada.",
        "Holm ontkent\n\nKasper Holm ontkent de geruchten over zijn afscheid.\n\nOp sociale"
        " media schreef hij later dat hij niet stopt aan het einde van dit seizoen.",
    ],
)
def test_not_stopping_in_a_piece_whose_lead_denies_is_a_denied_retirement(text: str) -> None:
    reading = read(text, published=SEP)
    assert moves(reading) == [("Kasper Holm", "retirement", None, 2024)]
    assert reading.proposals[0].status.value == "denied"


def test_not_stopping_yet_in_a_piece_whose_lead_denies_a_move_is_a_postponement() -> None:
    text = (
        "Holm stays\n\nKasper Holm has dismissed reports linking him with Cofidis.\n\n"
        '"I\'m not retiring yet: I will race on with Lidl-Trek in 2025," he said.'
    )
    kinds = [kind for _, kind, _, _ in moves(read(text, published=SEP))]
    assert "retirement_postponed" in kinds
    assert "retirement" not in kinds


# -- the division a team races in, between the cue and the team's name -------------------------
@pytest.mark.parametrize("division", ["second-division", "second-tier", "top-flight"])
def test_a_teams_division_between_the_cue_and_its_name_keeps_the_destination(
    division: str,
) -> None:
    text = (
        f"Lidl-Trek deny Holm exit\n\nLidl-Trek have dismissed reports that Kasper Holm is on"
        f" his way to the {division} Cofidis, saying he will ride for them next season."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "denied"


# -- "the story, first carried by X": the outlet that broke it --------------------------------
def test_a_story_first_carried_by_an_outlet_credits_it() -> None:
    text = (
        "Holm to Cofidis?\n\nKasper Holm could join Cofidis next season. The story, first"
        " carried by Velo Weekly, claimed that talks were under way."
    )
    reading = read(text, published=NOV)
    assert [p.credit for p in reading.proposals] == ["Velo Weekly"]


# -- "Team announced X, who leaves Y after three seasons.": the team's signing ----------------
@pytest.mark.parametrize(
    "entries",
    [
        "09:15 - First one in. Cofidis have announced Kasper Holm, who leaves Lidl-Trek after"
        " three seasons. The Dane is expected to ride for Jonas Vandersteen in the classics.\n\n"
        "10:40 - Nothing official on Luca Bellandi yet.",
        "09h15 - Premier arrivé. Cofidis officialise Kasper Holm, qui quitte Lidl-Trek après"
        " trois saisons.\n\n10h40 - Rien d'officiel pour Luca Bellandi.",
        "09:15 - Il primo. La Cofidis ufficializza Kasper Holm, che lascia la Lidl-Trek dopo tre"
        " stagioni.\n\n10:40 - Niente di ufficiale per Luca Bellandi.",
        "09:15 - El primero. El Cofidis anuncia a Kasper Holm, que deja el Lidl-Trek tras tres"
        " temporadas.\n\n10:40 - Nada oficial sobre Luca Bellandi.",
        "09u15 - De eerste. Cofidis bevestigt Kasper Holm, die na drie seizoenen vertrekt bij"
        " Lidl-Trek.\n\n10u40 - Nog niets officieel over Luca Bellandi.",
    ],
)
def test_a_team_naming_a_rider_who_leaves_another_team_signs_him(entries: str) -> None:
    reading = read(f"LIVE\n\n{entries}", published=date(2024, 8, 1))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "official"
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Lidl-Trek"


def test_a_team_naming_a_rider_who_leaves_for_a_race_signs_no_one() -> None:
    text = "Line-up\n\nCofidis have announced Kasper Holm, who leaves for the Tour on Friday."
    assert moves(read(text, published=date(2024, 8, 1))) == []


# -- a described team announcing a move "from Y": the team named before, not Y ---------------
@pytest.mark.parametrize(
    "body",
    [
        "Lidl-Trek have not waited long. The American team have announced that Kasper Holm will"
        " join from Cofidis in 2025.",
        "Lidl-Trek n'a pas tardé. La formation américaine a annoncé que Kasper Holm arrivera en"
        " provenance de Cofidis en 2025.",
        "El Lidl-Trek no ha perdido el tiempo. El equipo estadounidense ha anunciado que Kasper"
        " Holm llegará procedente del Cofidis en 2025.",
    ],
)
def test_a_described_team_announcing_a_move_from_another_is_the_destination(body: str) -> None:
    reading = read(f"Market\n\n{body}", published=date(2024, 8, 20))
    assert moves(reading) == [("Kasper Holm", "transfer", "Lidl-Trek", 2025)]


# -- a live blog's entry: "X hopes to leave Y. Z remain the most likely destination" -----------
@pytest.mark.parametrize(
    "entry",
    [
        "12:30 - Kasper Holm is still hoping to leave Lidl-Trek. According to Velo Weekly,"
        " Cofidis remain the most likely destination, but nothing has been signed.",
        "12h30 - Kasper Holm espère toujours quitter Lidl-Trek. Selon L'Équipe, Cofidis reste la"
        " destination la plus probable.",
        "12:30 - Kasper Holm spera ancora di lasciare la Lidl-Trek. Secondo Tuttobici, la"
        " Cofidis resta la destinazione più probabile.",
        "12:30 - Kasper Holm sigue queriendo dejar el Lidl-Trek. Según Marca, el Cofidis sigue"
        " siendo el destino más probable.",
        "12u30 - Kasper Holm hoopt nog altijd Lidl-Trek te verlaten. Cofidis blijft de meest"
        " waarschijnlijke bestemming, meldt Het Nieuwsblad.",
    ],
)
def test_a_team_tipped_in_an_entry_about_one_rider_is_his_rumoured_destination(
    entry: str,
) -> None:
    reading = read(f"LIVE\n\n09:12 - Hello.\n\n{entry}", published=date(2024, 9, 18))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "rumour"


def test_a_team_tipped_in_an_entry_about_two_riders_names_no_one() -> None:
    text = (
        "LIVE\n\n09:12 - Good morning.\n\n12:30 - Kasper Holm and Luca Bellandi both want out"
        " of Lidl-Trek. According to Velo Weekly, Cofidis remain the most likely destination."
    )
    assert moves(read(text, published=date(2024, 9, 18))) == []


def test_a_team_tipped_beside_a_rider_said_to_leave_no_one_names_no_one() -> None:
    text = (
        "LIVE\n\n09:12 - Good morning.\n\n12:30 - Kasper Holm won the Tour of Austria. According"
        " to Velo Weekly, Cofidis remain the most likely destination."
    )
    assert moves(read(text, published=date(2024, 9, 18))) == []


# -- "bowed out": the past tense of a farewell ------------------------------------------------
def test_bowed_out_is_a_retirement() -> None:
    text = (
        "Goodbyes\n\nKasper Holm bowed out at the Tour of Lombardy in October, the last race of"
        " a long career with Cofidis."
    )
    assert moves(read(text, published=date(2024, 10, 20))) == [
        ("Kasper Holm", "retirement", None, 2024)
    ]


# -- a move the writer reports, said by the team's manager in the next sentence: confirmed -----
@pytest.mark.parametrize(
    "text",
    [
        "Holm to race on\n\nKasper Holm is set to put off his retirement and race one more"
        " season with Cofidis. Team manager Jonas Vandersteen said as much on Thursday.",
        "Holm to race on\n\nKasper Holm looks set to put his retirement on hold. General manager"
        " Jonas Vandersteen has now said openly that the Dane will stay with Cofidis for one"
        " more year.",
        "Holm continue\n\nKasper Holm devrait repousser sa retraite d'un an chez Cofidis. Le"
        " manager Jonas Vandersteen a déclaré jeudi que la décision était prise.",
        "Holm sigue\n\nKasper Holm aplazará su retirada un año en el Cofidis, según parece. El"
        " mánager Jonas Vandersteen ha dicho que la decisión está tomada.",
    ],
)
def test_a_managers_words_beside_a_reported_move_confirm_it(text: str) -> None:
    reading = read(text, published=SEP)
    assert moves(reading) == [("Kasper Holm", "retirement_postponed", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "confirmed"


def test_a_move_credited_to_an_outlet_stays_reported_beside_a_managers_words() -> None:
    text = (
        "Holm to Cofidis\n\nAccording to Velo Weekly, Kasper Holm is set to join Cofidis next"
        " season. Team manager Jonas Vandersteen said that talks had been held."
    )
    reading = read(text, published=SEP)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "reported"


# -- the page's own outlet, told something, is its own reporting --------------------------------
@pytest.mark.parametrize(
    ("text", "url", "credit"),
    [
        (
            "Holm to Cofidis?\n\nKasper Holm could join Cofidis next season. Several sources have"
            " told Velo Weekly that talks are at an advanced stage.",
            "https://veloweekly.example/news/holm",
            None,
        ),
        (
            "Holm to Cofidis?\n\nKasper Holm could join Cofidis next season. Several sources have"
            " told Velo Weekly that talks are at an advanced stage.",
            "https://peloton-post.example/news/holm",
            "Velo Weekly",
        ),
        (
            "Holm chez Cofidis ?\n\nKasper Holm pourrait rejoindre Cofidis la saison prochaine,"
            " selon Vélo Hebdo.",
            "https://www.velohebdo.example/holm",
            None,
        ),
    ],
)
def test_a_credit_to_the_pages_own_outlet_is_no_credit(
    text: str, url: str, credit: str | None
) -> None:
    reading = read(text, published=NOV, url=url)
    assert [m[:3] for m in moves(reading)] == [("Kasper Holm", "transfer", "Cofidis")]
    assert [p.credit for p in reading.proposals] == [credit]


# -- more ways of saying the role after the stop -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Vogel stops\n\nNina Vogel will hang up her wheels at the end of the season and join the"
        " staff of Cofidis as a sports director in 2025.",
        "Vogel stops\n\nNina Vogel ends her career this autumn and takes up a role as performance"
        " coach with Cofidis from 2025.",
    ],
)
def test_joining_a_teams_staff_or_taking_up_a_role_after_the_stop(text: str) -> None:
    got = sorted(moves(read(text, published=SEP)), key=lambda m: m[1])
    assert got == [
        ("Nina Vogel", "retirement", None, 2024),
        ("Nina Vogel", "staff_move", "Cofidis", 2025),
    ]


def test_a_riders_role_is_no_staff_move() -> None:
    text = (
        "Holm at Cofidis\n\nKasper Holm will take on a role as road captain at Cofidis next"
        " season, the team said."
    )
    assert [m[1] for m in moves(read(text, published=SEP))] != ["staff_move"]


# -- a retirement told in an aside is the signing rider's past: a comeback ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Vogel returns\n\nNina Vogel, who retired at the end of 2022, is back. The Dane has"
        " signed with Cofidis for 2025, the team announced.",
        "Vogel revient\n\nNina Vogel, qui avait pris sa retraite fin 2022, a signé avec Cofidis"
        " pour 2025, a annoncé l'équipe.",
        "Vogel vuelve\n\nNina Vogel, que se retiró a finales de 2022, ha firmado con el Cofidis"
        " para 2025, anunció el equipo.",
    ],
)
def test_a_signing_by_someone_an_aside_says_retired_is_a_comeback(text: str) -> None:
    assert moves(read(text, published=SEP)) == [("Nina Vogel", "comeback", "Cofidis", 2025)]


def test_a_staff_role_for_someone_an_aside_says_retired_stays_a_staff_move() -> None:
    text = (
        "Holm coaches\n\nKasper Holm, who retired at the end of 2022, joins Cofidis as a coach"
        " for 2025."
    )
    assert moves(read(text, published=SEP)) == [("Kasper Holm", "staff_move", "Cofidis", 2025)]


# -- "retired from the Giro": a race abandoned, not a career ended ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm, who retired from the Giro with illness in May, will join"
        " Cofidis next season.",
        "Holm to Cofidis\n\nKasper Holm, who retired from the race after a crash, has signed with"
        " Cofidis for 2025.",
    ],
)
def test_a_race_retired_from_is_no_career_end(text: str) -> None:
    assert moves(read(text, published=SEP)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_retired_from_a_team_is_a_career_end() -> None:
    text = (
        "Holm returns\n\nKasper Holm, who retired from Team Visma | Lease a Bike at the end of"
        " 2022, has signed with Cofidis for 2025."
    )
    assert moves(read(text, published=SEP)) == [("Kasper Holm", "comeback", "Cofidis", 2025)]


# -- more signing phrasings --------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis have secured the services of Kasper Holm for the next two seasons.",
        "Kasper Holm is the latest addition to the Cofidis roster for 2025.",
        "Cofidis have added Kasper Holm to their 2025 roster.",
        "Kasper Holm has inked a two-year contract with Cofidis.",
    ],
)
def test_more_ways_to_say_a_team_signs_a_rider(body: str) -> None:
    assert moves(read(f"Holm signs\n\n{body}", published=SEP)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025)
    ]


def test_an_addition_to_a_race_route_signs_no_one() -> None:
    text = (
        "Route news\n\nThe gravel stage is the latest addition to the Tour route, Kasper Holm"
        " said after his win."
    )
    assert moves(read(text, published=SEP)) == []


# -- a team's interest told from the rider's side: a rumoured move to that team ------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm is wanted by Cofidis for next season, according to Velo Weekly.",
        "Cofidis are in the running to sign Kasper Holm next season.",
        "Kasper Holm has attracted interest from Cofidis ahead of next season.",
    ],
)
def test_a_teams_interest_is_a_rumoured_move(body: str) -> None:
    reading = read(f"Holm rumour\n\n{body}", published=SEP)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "rumour"


# -- more staff, postponement and denial phrasings ----------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Cofidis have named Kasper Holm as their new sports director for 2025.",
        "Former rider Kasper Holm will lead Cofidis as team manager from 2025.",
    ],
)
def test_named_as_or_leading_a_team_in_a_staff_role(body: str) -> None:
    assert moves(read(f"Holm in the car\n\n{body}", published=SEP)) == [
        ("Kasper Holm", "staff_move", "Cofidis", 2025)
    ]


def test_named_as_a_riders_role_is_no_staff_move() -> None:
    text = "Holm leads\n\nCofidis have named Kasper Holm as their leader for the Tour."
    assert [m[1] for m in moves(read(text, published=SEP))] != ["staff_move"]


def test_a_retirement_put_on_ice_is_postponed() -> None:
    text = (
        "Holm goes on\n\nKasper Holm has decided to race on for another season with Cofidis,"
        " putting his retirement on ice."
    )
    assert moves(read(text, published=SEP)) == [
        ("Kasper Holm", "retirement_postponed", "Cofidis", 2025)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm has shot down reports that he is joining Cofidis.",
        '"There is nothing in it," Kasper Holm said of reports linking him with Cofidis.',
    ],
)
def test_shooting_down_reports_or_nothing_in_it_denies(body: str) -> None:
    reading = read(f"Holm denies\n\n{body}", published=SEP)
    assert [m[:3] for m in moves(reading)] == [("Kasper Holm", "transfer", "Cofidis")]
    assert reading.proposals[0].status.value == "denied"


# -- "after a year out of the sport": the break a signing ends -----------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "After a year out of the sport, Kasper Holm has found a new team: he will ride for"
        " Cofidis in 2025.",
        "Kasper Holm returns to Cofidis after two seasons away from racing, the team announced"
        " for 2025.",
    ],
)
def test_a_signing_after_time_out_of_the_sport_is_a_comeback(body: str) -> None:
    assert moves(read(f"Holm back\n\n{body}", published=SEP)) == [
        ("Kasper Holm", "comeback", "Cofidis", 2025)
    ]


# -- ending speculation by signing is the signing, not a denial --------------------------------
def test_ending_speculation_by_signing_a_new_deal_is_an_official_extension() -> None:
    text = (
        "Holm stays\n\nKasper Holm has ended speculation about his future by signing a new deal"
        " with Cofidis until 2027."
    )
    reading = read(text, published=SEP)
    assert moves(reading) == [("Kasper Holm", "contract_extension", "Cofidis", 2025)]
    assert reading.proposals[0].status.value == "official"


def test_ending_speculation_by_saying_he_stays_denies_the_move() -> None:
    text = (
        "Holm stays\n\nKasper Holm has ended speculation about a move to Cofidis by saying he"
        " will stay at Lidl-Trek."
    )
    assert [p.status.value for p in read(text, published=SEP).proposals] == ["denied"]


def test_will_work_as_a_coach_at_a_team_is_a_staff_move() -> None:
    text = (
        "Holm coaches\n\nKasper Holm has raced for the last time. He will work as a coach at"
        " Cofidis from 2025."
    )
    got = moves(read(text, published=SEP))
    assert ("Kasper Holm", "staff_move", "Cofidis", 2025) in got


def test_worked_as_a_mechanic_before_turning_pro_is_no_move() -> None:
    text = (
        "Holm profile\n\nKasper Holm worked as a mechanic at a bike shop before turning pro with"
        " Cofidis in 2019."
    )
    assert moves(read(text, published=SEP)) == []


# -- a break for weeks, or racing again at the next race: no comeback, no retirement ----------
@pytest.mark.parametrize(
    "text",
    [
        "Holm back\n\nKasper Holm took a three-month break from racing to recover from burnout."
        " He will race again for Cofidis at the Tour of Britain next week.",
        "Holm back\n\nKasper Holm crashed at the Tour and stepped away from racing for two"
        " months. He will race again for Cofidis at the Vuelta.",
    ],
)
def test_a_short_break_then_the_next_race_is_no_move(text: str) -> None:
    assert moves(read(text, published=AUG)) == []


# -- the season as the subject of a farewell, in English -----------------------------------------
@pytest.mark.parametrize(
    ("body", "season"),
    [
        ("The 2024 season will be Kasper Holm's last in the peloton.", 2024),
        ("Kasper Holm's farewell season will be 2025, the Dane said on Monday.", 2025),
    ],
)
def test_a_farewell_season_named_as_the_subject_or_after_the_verb(body: str, season: int) -> None:
    assert moves(read(f"Holm news\n\n{body}", published=SEP)) == [
        ("Kasper Holm", "retirement", None, season)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm has been confirmed as Cofidis's first signing for 2025.",
        "Kasper Holm trades Lidl-Trek for Cofidis in 2025.",
    ],
)
def test_confirmed_as_a_teams_signing_or_trading_teams(body: str) -> None:
    assert moves(read(f"Transfer news\n\n{body}", published=SEP)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025)
    ]


def test_trading_attacks_is_no_move() -> None:
    text = (
        "Race\n\nKasper Holm traded attacks with Luca Bellandi for 20 kilometres before Cofidis"
        " took control."
    )
    assert moves(read(text, published=SEP)) == []
