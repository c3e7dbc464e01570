"""Round 8's layout rules (branch r8lay), by kind of writing, each tested with text of our own.

Published 10 September 2024 unless said.
"""

from __future__ import annotations

import pytest

from tests.reading.lookup import moves, read


# -- a bullet whose brackets hold the move "- Name (A to B). A description ..." -----------------
@pytest.mark.parametrize(
    ("head", "to", "desc"),
    [
        ("Five moves to watch", "to", "The Dane will lead the team in the Ardennes."),
        ("Cinq transferts à suivre", "à", "Le Danois sera leader dans les Ardennes."),
        ("Cinque trasferimenti da seguire", "alla", "Il danese sarà il capitano nelle Ardenne."),
        ("Vijf transfers om te volgen", "naar", "De Deen wordt kopman in de Ardennen."),
        ("Cinco fichajes a seguir", "al", "El danés será el líder en las Ardenas."),
    ],
)  # fmt: skip
def test_a_bullet_with_the_move_in_brackets_and_a_description(
    head: str, to: str, desc: str
) -> None:
    text = (
        f"{head}\n\n"
        f"- Kasper Holm (Movistar {to} Cofidis). {desc}\n"
        f"- Luca Bellandi (Uno-X Mobility {to} Lidl-Trek). {desc}\n"
    )
    assert moves(read(text)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


def test_brackets_that_hold_no_move_are_not_one() -> None:
    text = "Five names to watch\n\n- Kasper Holm (Movistar, until 2026). The Dane stays put.\n"
    assert moves(read(text)) == []


# -- a summary line labelled by a surname: the team after the label is no person ---------------
def test_a_surname_label_over_an_arrow_does_not_make_the_team_a_person() -> None:
    text = (
        "LIVE: transfer day\n\n"
        "09:15 - Cofidis have signed Kasper Holm from Movistar for 2025.\n\n"
        "12:05 - Summary for those just joining us:\n"
        "Holm: Movistar -> Cofidis\n"
        "Bellandi: Uno-X Mobility -> Lidl-Trek\n"
    )
    names = [m[0] for m in moves(read(text))]
    assert "Uno-X Mobility" not in names and "Movistar" not in names


# -- a retirement told as "bowed out" in a numbered list ---------------------------------------
def test_bowed_out_in_a_numbered_list_is_a_retirement() -> None:
    text = (
        "The goodbyes of the year\n\n"
        "1. Hugo Lemaire (Cofidis): the French climber bowed out at the Tour of Lombardy in "
        "October, the last race of a long career.\n"
    )
    assert moves(read(text)) == [("Hugo Lemaire", "retirement", None, 2024)]


# -- a live blog's entry "Team announce Name, who leaves Old team": the team's signing ---------
@pytest.mark.parametrize(
    "entry",
    [
        "Lidl-Trek have announced Kasper Holm, who leaves Movistar after three seasons.",
        "Lidl-Trek officialise Kasper Holm, qui quitte Movistar après trois saisons.",
        "Lidl-Trek ufficializza Kasper Holm, che lascia la Movistar dopo tre stagioni.",
        "Lidl-Trek bevestigt Kasper Holm, die Movistar verlaat na drie seizoenen.",
        "Lidl-Trek oficializa a Kasper Holm, que deja el Movistar tras tres temporadas.",
    ],
)
def test_a_team_names_its_rider_who_leaves_another_team(entry: str) -> None:
    text = f"LIVE\n\n09:15 - {entry}\n"
    r = read(text)
    assert moves(r) == [("Kasper Holm", "transfer", "Lidl-Trek", 2025)]
    assert r.proposals[0].from_team is not None
    assert r.proposals[0].from_team.name == "Movistar Team"


def test_a_relative_clause_that_leaves_no_team_is_no_signing() -> None:
    text = "LIVE\n\n09:15 - Cofidis confirm Kasper Holm, who beat Luca Bellandi.\n"
    assert moves(read(text)) == []


# -- a page's cookie notice, two short sentences: furniture, never the headline ----------------
@pytest.mark.parametrize(
    ("notice", "head", "body"),
    [
        ("We use cookies to improve your experience. Accept all | Manage preferences",
         "Kasper Holm swaps the saddle for the team car",
         "From next season he will be a sports director at Cofidis, the team confirmed."),
        ("Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer",
         "Kasper Holm passe du vélo à la voiture",
         "La saison prochaine, il sera directeur sportif chez Cofidis, a confirmé l'équipe."),
        ("Utilizziamo i cookie per migliorare la tua esperienza. Accetta tutto | Gestisci",
         "Kasper Holm passa dalla bici all'ammiraglia",
         "Dalla prossima stagione sarà direttore sportivo della Cofidis, ha confermato la squadra."),
        ("Wij gebruiken cookies om je ervaring te verbeteren. Alles accepteren | Voorkeuren",
         "Kasper Holm ruilt de fiets voor de volgwagen",
         "Vanaf volgend seizoen wordt hij ploegleider bij Cofidis, bevestigde de ploeg."),
        ("Utilizamos cookies para mejorar tu experiencia. Aceptar todo | Configurar",
         "Kasper Holm cambia la bici por el coche",
         "A partir de la próxima temporada será director deportivo del Cofidis, confirmó el equipo."),
    ],
)  # fmt: skip
def test_a_cookie_notice_of_two_sentences_is_furniture(notice: str, head: str, body: str) -> None:
    r = read(f"{notice}\n\n{head}\n\n{body}\n")
    assert r.ignored_lines == 1
    assert moves(r) == [("Kasper Holm", "staff_move", "Cofidis", 2025)]


# -- a live blog's entry: "Team haven't waited long. The French team have announced that X will
# join from Y": the described team is the one named before, the team the sentence names is left
@pytest.mark.parametrize(
    "entry",
    [
        "Cofidis have not waited long. The French team have announced that Kasper Holm will join "
        "from Movistar next season.",
        "La Cofidis non ha perso tempo. La squadra francese ha annunciato l'arrivo di Kasper Holm "
        "dalla Movistar per la prossima stagione.",
    ],
)
def test_a_described_team_signs_when_the_sentence_names_only_the_team_left(entry: str) -> None:
    r = read(f"LIVE\n\n12:35 - {entry}\n")
    assert moves(r) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a team's arrivals written "Name ← Old team (a note)": the arrow points back to the team left
@pytest.mark.parametrize(
    ("head", "arrivals", "departures", "note"),
    [
        ("How Cofidis look for 2025", "Arrivals", "Departures", "Winner of the Tour of Norway"),
        ("Cofidis en 2025", "Arrivées", "Départs", "Vainqueur du Tour de Norvège"),
        ("La Cofidis del 2025", "Arrivi", "Partenze", "Vincitore del Giro di Norvegia"),
        ("Zo ziet Cofidis er in 2025 uit", "Aanwinsten", "Vertrekkers", "Winnaar van de Ronde van Noorwegen"),
        ("Así será el Cofidis en 2025", "Altas", "Bajas", "Ganador de la Vuelta a Noruega"),
    ],
)  # fmt: skip
def test_arrivals_with_an_arrow_back_to_the_team_left(
    head: str, arrivals: str, departures: str, note: str
) -> None:
    text = (
        f"{head}\n\n{arrivals}\n- Kasper Holm ← Movistar ({note})\n- Aksel Rønning ← Uno-X Mobility\n\n"
        f"{departures}\n- Luca Bellandi → Lidl-Trek\n"
    )
    r = read(text)
    assert moves(r) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]
    assert r.proposals[0].from_team is not None
    assert r.proposals[0].from_team.name == "Movistar Team"


# -- a live blog's entry about one rider: "Team remain the most likely destination" is theirs --
@pytest.mark.parametrize(
    ("opener", "entry"),
    [
        ("Official: Aksel Rønning joins Uno-X Mobility.",
         "Now for the big one. Kasper Holm is still hoping to leave Movistar. According to a "
         "Danish paper, Lidl-Trek remain the most likely destination, but nothing has been signed."),
        ("Officiel : Aksel Rønning rejoint Uno-X Mobility.",
         "Kasper Holm espère toujours quitter Movistar. Selon un journal danois, Lidl-Trek reste "
         "la destination la plus probable, mais rien n'est signé."),
        ("Ufficiale: Aksel Rønning passa alla Uno-X Mobility.",
         "Kasper Holm spera ancora di lasciare la Movistar. Secondo un giornale danese, la "
         "Lidl-Trek resta la destinazione più probabile, ma non è stato firmato nulla."),
        ("Officieel: Aksel Rønning tekent bij Uno-X Mobility.",
         "Kasper Holm hoopt nog altijd Movistar te verlaten. Lidl-Trek blijft de meest "
         "waarschijnlijke bestemming, meldt een Deense krant."),
        ("Oficial: Aksel Rønning ficha por el Uno-X Mobility.",
         "Kasper Holm sigue queriendo dejar el Movistar. Según un diario danés, el Lidl-Trek "
         "sigue siendo el destino más probable."),
    ],
)  # fmt: skip
def test_a_team_tipped_in_a_live_blog_entry_about_one_rider(opener: str, entry: str) -> None:
    text = f"LIVE\n\n09:40 - {opener}\n\n12:30 - {entry}\n"
    got = moves(read(text))
    assert ("Kasper Holm", "transfer", "Lidl-Trek", 2025) in got
    assert len(got) == 2


def test_a_team_tipped_in_an_entry_naming_two_riders_is_no_ones() -> None:
    text = (
        "LIVE\n\n09:40 - Official: Aksel Rønning joins Uno-X Mobility.\n\n12:30 - Kasper Holm "
        "and Luca Bellandi both want to leave Movistar. Lidl-Trek remain the most likely "
        "destination.\n"
    )
    assert [m[0] for m in moves(read(text))] == ["Aksel Rønning"]


# -- an interview's intro: the break told in the sentence before "The champion will race again" --
@pytest.mark.parametrize(
    "text",
    [
        "Nina Vogel on her return\n\nThree years after she stepped off the bike to become a sports "
        "director, Nina Vogel is coming back. The Olympic champion will race again for Lidl-Trek "
        "next season, the team announced.",
        "Le retour de Nina Vogel\n\nTrois ans après sa retraite, Nina Vogel revient. La championne "
        "olympique courra à nouveau pour Lidl-Trek la saison prochaine, a annoncé l'équipe.",
        "Il ritorno di Nina Vogel\n\nTre anni dopo il ritiro, Nina Vogel ci riprova. La campionessa "
        "olimpica correrà di nuovo con la Lidl-Trek la prossima stagione, ha annunciato la squadra.",
        "El regreso de Nina Vogel\n\nTres años después de su retirada, Nina Vogel vuelve. La "
        "campeona olímpica correrá de nuevo con el Lidl-Trek la próxima temporada, anunció el "
        "equipo.",
    ],
)
def test_racing_again_after_a_sentence_that_tells_the_break(text: str) -> None:
    assert ("Nina Vogel", "comeback", "Lidl-Trek", 2025) in moves(read(text))


def test_racing_again_after_two_people_stopped_is_no_comeback() -> None:
    text = (
        "Transfers\n\nHugo Lemaire and Kasper Holm retired last year. Nina Vogel will race "
        "again for Lidl-Trek next season, the team announced."
    )
    assert ("Nina Vogel", "comeback", "Lidl-Trek", 2025) not in moves(read(text))


# -- a feed item's last line "His final race is expected to be X" after a teammate is named ------
@pytest.mark.parametrize(
    "text",
    [
        "Hugo Lemaire: 2025 will be my last season\n\nHugo Lemaire has confirmed that he will "
        "retire at the end of 2025. The climber wants to finish on his own terms; teammate Kasper "
        "Holm called him the heart of the team. His final race is expected to be the Tour of "
        "Lombardy in October.",
        "Hugo Lemaire arrêtera à la fin de la saison\n\nHugo Lemaire a annoncé que 2025 sera sa "
        "dernière saison. Son équipier Kasper Holm restera le leader de l'équipe en juillet. Sa "
        "dernière course devrait être le Tour de Lombardie en octobre.",
        "Hugo Lemaire si ritira a fine stagione\n\nHugo Lemaire ha annunciato che il 2025 sarà la "
        "sua ultima stagione. Il compagno Kasper Holm resterà il capitano della squadra a luglio. "
        "La sua ultima corsa dovrebbe essere il Giro di Lombardia in ottobre.",
        "Hugo Lemaire stopt aan het einde van het seizoen\n\nHugo Lemaire heeft aangekondigd dat "
        "2025 zijn laatste seizoen wordt. Ploegmaat Kasper Holm blijft in juli de kopman van de "
        "ploeg. Zijn laatste koers wordt naar verwachting de Ronde van Lombardije in oktober.",
        "Hugo Lemaire se retirará a final de temporada\n\nHugo Lemaire ha anunciado que 2025 será "
        "su última temporada. Su compañero Kasper Holm seguirá siendo el líder del equipo en "
        "julio. Su última carrera debería ser el Giro de Lombardía en octubre.",
    ],
)
def test_a_final_race_told_with_a_pronoun_is_no_teammates_retirement(text: str) -> None:
    got = moves(read(text))
    assert {m[:2] for m in got} == {("Hugo Lemaire", "retirement")}


# -- a round-up's sentence opened by a label of those who stay: no move is read in it ----------
@pytest.mark.parametrize(
    "closing",
    [
        "Staying put: Luca Bellandi is under contract, and Lidl-Trek lose Hugo Lemaire, retired "
        "after winning the Tour this year.",
        "Ceux qui restent : Luca Bellandi est sous contrat, et Lidl-Trek perd Hugo Lemaire, "
        "retraité après sa victoire au Tour cette année.",
        "Chi resta: Luca Bellandi ha un contratto, e la Lidl-Trek perde Hugo Lemaire, ritirato "
        "dopo aver vinto il Tour quest'anno.",
        "Blijvers: Luca Bellandi ligt nog vast, en Lidl-Trek verliest Hugo Lemaire, gestopt na "
        "zijn zege in de Tour dit jaar.",
        "Continuidad en el Lidl-Trek: Luca Bellandi tiene contrato y seguirá, en un equipo que "
        "pierde a Hugo Lemaire, retirado tras ganar este año el Tour.",
    ],
)
def test_a_sentence_opened_by_a_stay_label_tells_no_move(closing: str) -> None:
    text = f"Round-up\n\n1. Kasper Holm (Movistar → Cofidis)\n\n{closing}\n"
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a live blog's recap "Reminder: X's move ... had already been announced": old news ---------
@pytest.mark.parametrize(
    ("first", "recap"),
    [
        ("Cofidis confirm the signing of Luca Bellandi from Lidl-Trek.",
         "Reminder: Kasper Holm's move from Movistar to Cofidis had already been announced, so "
         "that makes two new riders."),
        ("Cofidis officialise l'arrivée de Luca Bellandi, qui quitte Lidl-Trek.",
         "Rappel : Kasper Holm rejoint Cofidis, cela avait déjà été annoncé."),
        ("La Cofidis ufficializza l'arrivo di Luca Bellandi dalla Lidl-Trek.",
         "Promemoria: Kasper Holm passa alla Cofidis, era già stato annunciato."),
        ("Cofidis bevestigt de komst van Luca Bellandi, die Lidl-Trek verlaat.",
         "Ter herinnering: de overstap van Kasper Holm van Movistar naar Cofidis was al eerder "
         "aangekondigd."),
        ("El Cofidis oficializa el fichaje de Luca Bellandi, que deja el Lidl-Trek.",
         "Recordatorio: el fichaje de Kasper Holm por el Cofidis ya había sido anunciado."),
    ],
)  # fmt: skip
def test_a_move_that_had_already_been_announced_is_a_recap(first: str, recap: str) -> None:
    text = f"LIVE\n\n09:30 - {first}\n\n11:20 - {recap}\n"
    assert moves(read(text)) == [("Luca Bellandi", "transfer", "Cofidis", 2025)]


# -- list shapes: an emoji arrow, "Name: New team (from Old team)", unbulleted "Name: A to B" ----
def test_an_emoji_arrow_between_the_teams() -> None:
    text = "Transfers 2025\n\n• Kasper Holm, Movistar ➡️ Cofidis\n• Luca Bellandi, Uno-X Mobility ➡ Lidl-Trek"
    assert moves(read(text)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


@pytest.mark.parametrize(
    ("head", "frm"),
    [("Transfers 2025", "from"), ("Transferts 2025", "de"), ("Trasferimenti 2025", "dalla"),
     ("Transfers 2025", "van"), ("Fichajes 2025", "del"), ("Transfers 2025", "ex")],
)  # fmt: skip
def test_an_item_with_the_new_team_then_the_old_one_in_brackets(head: str, frm: str) -> None:
    text = f"{head}\n\n- Kasper Holm: Cofidis ({frm} Movistar)\n- Luca Bellandi: Lidl-Trek ({frm} Uno-X Mobility)\n"
    r = read(text)
    assert moves(r) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]
    assert r.proposals[0].from_team is not None
    assert r.proposals[0].from_team.name == "Movistar Team"


@pytest.mark.parametrize(
    ("to", "intro"),
    [("to", "Summary for those just joining us:"), ("à", "Le résumé :"),
     ("alla", "Il riepilogo:"), ("naar", "De samenvatting:"), ("al", "El resumen:")],
)  # fmt: skip
def test_unbulleted_summary_lines_name_to_name(to: str, intro: str) -> None:
    text = (
        f"LIVE\n\n12:05 - {intro}\nKasper Holm: Movistar {to} Cofidis\n"
        f"Luca Bellandi: Uno-X Mobility {to} Lidl-Trek\n"
    )
    assert moves(read(text)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


def test_an_unbulleted_label_over_two_teams_is_no_person() -> None:
    text = "Transfers\n\nBreaking News: Movistar to Cofidis\n\nMore to follow."
    assert moves(read(text)) == []


# -- a list under an intro that dates it to last season: recalled moves, no news ---------------
@pytest.mark.parametrize(
    ("recap", "now"),
    [
        ("Last year's big moves, for reference:", "This year:"),
        ("Les grands transferts de l'an dernier, pour mémoire :", "Cette année :"),
        ("I grandi colpi dell'anno scorso, per memoria:", "Quest'anno:"),
        ("De grote transfers van vorig jaar, ter herinnering:", "Dit jaar:"),
        ("Los grandes fichajes del año pasado, para recordar:", "Este año:"),
    ],
)
def test_items_under_an_intro_dated_last_season_are_a_recap(recap: str, now: str) -> None:
    text = (
        f"Round-up\n\n{recap}\n- Kasper Holm (Movistar → Cofidis)\n\n"
        f"{now}\n- Luca Bellandi (Uno-X Mobility → Lidl-Trek)\n"
    )
    assert moves(read(text)) == [("Luca Bellandi", "transfer", "Lidl-Trek", 2025)]


def test_a_nationality_code_in_brackets_is_no_team() -> None:
    text = "Cofidis 2025\n\nDepartures: Luca Bellandi (ITA), Hugo Lemaire (FRA)\n"
    assert moves(read(text)) == []


# -- a list's row with the same team on both sides: the rider stays, no move --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Transfers 2025\n\n| Rider | 2024 team | 2025 team |\n|---|---|---|\n"
        "| Kasper Holm | Movistar | Cofidis |\n| Luca Bellandi | Lidl-Trek | Lidl-Trek |\n",
        "Transferts 2025\n\n- Kasper Holm (Movistar → Cofidis)\n- Luca Bellandi (Lidl-Trek → Lidl-Trek)\n",
    ],
)
def test_the_same_team_on_both_sides_is_no_move(text: str) -> None:
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a sub-head "Name (A to B)" over the move's description, bold or after "###" ----------------
@pytest.mark.parametrize("mark", ["**", "### "])
def test_a_sub_head_with_the_move_in_brackets(mark: str) -> None:
    close = "**" if mark == "**" else ""
    text = (
        f"Transfers 2025\n\n{mark}Kasper Holm (Movistar to Cofidis){close}\nThe Dane signs for two "
        f"years.\n\n{mark}Luca Bellandi (Uno-X Mobility to Lidl-Trek){close}\nA two-year deal.\n"
    )
    assert moves(read(text)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


# -- "Name (Old team) : New team", the French spacing before a colon ----------------------------
@pytest.mark.parametrize("bullet", ["- ", ""])
def test_the_old_team_in_brackets_the_new_one_after_a_colon(bullet: str) -> None:
    text = (
        f"Mercato 2025\n\n{bullet}Kasper Holm (Movistar) : Cofidis\n"
        f"{bullet}Luca Bellandi (Uno-X Mobility) : Lidl-Trek\n"
    )
    assert moves(read(text)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


# -- "from A to B on a two-year deal": the deal's words after the team are no part of its name --
@pytest.mark.parametrize(
    ("head", "item"),
    [
        ("Transfers 2025", "Kasper Holm: from Movistar to Cofidis on a two-year deal."),
        ("Transferts 2025", "Kasper Holm : de Movistar à Cofidis pour deux ans."),
        ("Trasferimenti 2025", "Kasper Holm: dalla Movistar alla Cofidis per due anni."),
        ("Transfers 2025", "Kasper Holm: van Movistar naar Cofidis voor twee jaar."),
        ("Fichajes 2025", "Kasper Holm: del Movistar al Cofidis por dos años."),
    ],
)
def test_a_deals_words_after_a_known_team_are_cut(head: str, item: str) -> None:
    r = read(f"{head}\n\n- {item}\n")
    assert moves(r) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert r.proposals[0].to_team is not None and r.proposals[0].to_team.ref is not None


# -- a page's "Most read" box: its headlines are teasers, never moves ---------------------------
@pytest.mark.parametrize(
    ("story", "head", "teasers"),
    [
        ("Kasper Holm will ride for Cofidis in 2025, the team said.", "MOST READ",
         "1. Luca Bellandi signs for Lidl-Trek\n2. Hugo Lemaire retires"),
        ("Kasper Holm courra pour Cofidis en 2025, a annoncé l'équipe.", "Les plus lus",
         "1. Luca Bellandi signe chez Lidl-Trek\n2. Hugo Lemaire prend sa retraite"),
        ("Kasper Holm correrà per la Cofidis nel 2025, ha annunciato la squadra.", "I più letti",
         "1. Luca Bellandi firma con la Lidl-Trek\n2. Hugo Lemaire si ritira"),
        ("Kasper Holm rijdt in 2025 voor Cofidis, meldt de ploeg.", "Meest gelezen",
         "1. Luca Bellandi tekent bij Lidl-Trek\n2. Hugo Lemaire stopt"),
        ("Kasper Holm correrá en el Cofidis en 2025, anunció el equipo.", "Lo más leído",
         "1. Luca Bellandi ficha por el Lidl-Trek\n2. Hugo Lemaire se retira"),
    ],
)  # fmt: skip
def test_a_most_read_box_is_furniture(story: str, head: str, teasers: str) -> None:
    text = f"Kasper Holm to Cofidis\n\n{story}\n\n{head}\n{teasers}\n"
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a list's label right above its items gives them its status: "Rumours:" --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Market round-up\n\nDone deals:\n- Kasper Holm (Movistar → Cofidis)\n\nRumours:\n"
        "- Luca Bellandi (Uno-X Mobility → Lidl-Trek)",
        "Le point sur le mercato\n\nOfficiels :\n- Kasper Holm (Movistar → Cofidis)\n\nRumeurs :\n"
        "- Luca Bellandi (Uno-X Mobility → Lidl-Trek)",
        "Il punto sul mercato\n\nUfficiali:\n- Kasper Holm (Movistar → Cofidis)\n\nVoci di mercato:\n"
        "- Luca Bellandi (Uno-X Mobility → Lidl-Trek)",
        "De stand van de transfermarkt\n\nOfficieel:\n- Kasper Holm (Movistar → Cofidis)\n\n"
        "Geruchten:\n- Luca Bellandi (Uno-X Mobility → Lidl-Trek)",
        "El mercado al día\n\nOficiales:\n- Kasper Holm (Movistar → Cofidis)\n\nRumores:\n"
        "- Luca Bellandi (Uno-X Mobility → Lidl-Trek)",
    ],
)
def test_items_under_a_rumours_label_are_rumours(text: str) -> None:
    got = [(p.person.name, p.status.value) for p in read(text).proposals]
    assert got == [("Kasper Holm", "official"), ("Luca Bellandi", "rumour")]


def test_brackets_with_a_note_before_to_are_no_move() -> None:
    text = (
        "Five names to watch\n\n- Kasper Holm (Movistar, close to Cofidis). The Dane is wanted.\n"
    )
    assert moves(read(text)) == []


def test_a_team_naming_its_rider_who_left_a_team_in_an_aside_is_no_signing() -> None:
    text = (
        "LIVE\n\n09:15 - Cofidis confirm Kasper Holm, who left Movistar last year, for the Tour "
        "de France.\n"
    )
    assert moves(read(text)) == []


def test_staying_with_the_news_is_no_stay_label() -> None:
    text = "LIVE\n\n10:05 - Staying with the transfer news: Cofidis have signed Kasper Holm from Movistar.\n"
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a From/To block's description naming another newcomer of the same team -------------------
@pytest.mark.parametrize(
    ("head", "frm", "to", "desc"),
    [
        ("Where they ride in 2025", "From", "To",
         "The climber will back up Nina Vogel, also a new arrival at the team."),
        ("Où courront-elles en 2025", "De", "À",
         "La grimpeuse devra épauler Nina Vogel, elle aussi nouvelle venue dans la formation."),
        ("Dove correranno nel 2025", "Da", "A",
         "La scalatrice dovrà aiutare Nina Vogel, anche lei nuova arrivata nella squadra."),
        ("Waar rijden ze in 2025", "Van", "Naar",
         "De klimster moet Nina Vogel bijstaan, die ook nieuwkomer is bij de ploeg."),
        ("Dónde correrán en 2025", "De", "A",
         "La escaladora deberá ayudar a Nina Vogel, ella también recién llegada al equipo."),
    ],
)  # fmt: skip
def test_a_blocks_description_names_another_newcomer(
    head: str, frm: str, to: str, desc: str
) -> None:
    text = f"{head}\n\nMarta Ferri\n{frm}: Movistar\n{to}: Lidl-Trek\n{desc}\n"
    assert moves(read(text)) == [
        ("Marta Ferri", "transfer", "Lidl-Trek", 2025),
        ("Nina Vogel", "transfer", "Lidl-Trek", 2025),
    ]


def test_a_blocks_description_naming_a_teammate_who_stays_adds_no_move() -> None:
    text = (
        "Where they ride in 2025\n\nMarta Ferri\nFrom: Movistar\nTo: Lidl-Trek\n"
        "The climber will back up Nina Vogel, the team's leader since 2022.\n"
    )
    assert moves(read(text)) == [("Marta Ferri", "transfer", "Lidl-Trek", 2025)]


# -- "begins her farewell season": a final season under way, announced before, no news --------
@pytest.mark.parametrize(
    ("label", "comment"),
    [
        ("Arrivals", "Comment: Nina Vogel begins her farewell season with a stronger supporting cast."),
        ("Arrivées", "Commentaire : Nina Vogel entame sa dernière saison avec un meilleur entourage."),
        ("Arrivi", "Commento: Nina Vogel inizia la sua ultima stagione con una squadra più forte."),
        ("Aanwinsten", "Commentaar: Nina Vogel begint aan haar laatste seizoen met een sterkere ploeg."),
        ("Altas", "Comentario: Nina Vogel afronta su última temporada con un equipo más fuerte."),
    ],
)  # fmt: skip
def test_a_final_season_that_begins_is_no_news(label: str, comment: str) -> None:
    text = f"Cofidis 2025\n\n{label}: Kasper Holm (Movistar)\n{comment}\n"
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_a_final_season_announced_is_still_a_retirement() -> None:
    text = "Nina Vogel to retire\n\nNina Vogel has announced that 2025 will be her final season."
    assert moves(read(text)) == [("Nina Vogel", "retirement", None, 2025)]


# -- an interview's answer "X is our leader and I will ride for her": riding for a person -------
def test_riding_for_a_person_is_no_move() -> None:
    text = (
        '"I missed it": Marta Ferri on her comeback\n\nTwo years after stopping, Marta Ferri will '
        "race again for Cofidis.\n\nWhat will your role be?\nI want to be useful. With Greta "
        "Lindqvist leaving for Lidl-Trek, there is space. But Nina Vogel is our leader and I will "
        "ride for her.\n\nHow long is the deal?\nTwo seasons."
    )
    assert "Nina Vogel" not in [m[0] for m in moves(read(text))]


@pytest.mark.parametrize(
    "text",
    [
        "« Ça me manquait » : Marta Ferri revient\n\nDeux ans après avoir arrêté, Marta Ferri "
        "courra de nouveau pour Cofidis.\n\nQuel sera votre rôle ?\nJe veux être utile. Avec le "
        "départ de Greta Lindqvist chez Lidl-Trek, il y a de la place. Mais Nina Vogel est notre "
        "leader et je courrai pour elle.\n\nQuelle est la durée du contrat ?\nDeux saisons.",
        '"Mi mancava": Marta Ferri torna\n\nDue anni dopo lo stop, Marta Ferri correrà di nuovo '
        "per la Cofidis.\n\nQuale sarà il tuo ruolo?\nVoglio essere utile. Con Greta Lindqvist "
        "che passa alla Lidl-Trek, c'è spazio. Ma Nina Vogel è la nostra capitana e correrò per "
        "lei.\n\nQuanto dura il contratto?\nDue stagioni.",
        '"Ik miste het": Marta Ferri keert terug\n\nTwee jaar na haar afscheid koerst Marta '
        "Ferri weer voor Cofidis.\n\nWat wordt je rol?\nIk wil nuttig zijn. Nu Greta Lindqvist "
        "naar Lidl-Trek vertrekt, is er ruimte. Maar Nina Vogel is onze kopvrouw en ik ga voor "
        "haar rijden.\n\nHoe lang is het contract?\nTwee seizoenen.",
    ],
)
def test_riding_for_a_person_is_no_move_in_other_languages(text: str) -> None:
    assert "Nina Vogel" not in [m[0] for m in moves(read(text))]
