"""The seventh round's layout rules, by kind of writing, each tested with a sentence of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- arrows as a list's bullets: "→ Name (from X) - note" arrives, "← Name → Y - note" leaves ---
@pytest.mark.parametrize(
    ("arrivals", "departures", "came", "left", "stopped"),
    [
        ("ARRIVALS", "DEPARTURES", "from Movistar", "will lead the team in the hilly classics",
         "stopped racing this summer"),
        ("ARRIVÉES", "DÉPARTS", "de Movistar", "sera le leader de l'équipe dans les classiques",
         "a arrêté sa carrière cet été"),
        ("ARRIVI", "PARTENZE", "dalla Movistar", "sarà il capitano della squadra nelle classiche",
         "ha smesso di correre quest'estate"),
        ("AANWINSTEN", "VERTREKKERS", "van Movistar", "wordt kopman van de ploeg in de klassiekers",
         "stopte deze zomer met koersen"),
        ("ALTAS", "BAJAS", "del Movistar", "será el líder del equipo en las clásicas",
         "se retiró este verano"),
    ],
)  # fmt: skip
def test_arrows_as_bullets_under_capital_labels(
    arrivals: str, departures: str, came: str, left: str, stopped: str
) -> None:
    text = (
        "Cofidis 2025\n\nThe squad for next season is complete.\n\n"
        f"{arrivals}\n→ Kasper Holm ({came}) - {left}\n→ Aksel Rønning ({came.replace('Movistar', 'Uno-X Mobility')})\n\n"
        f"{departures}\n← Luca Bellandi → Lidl-Trek - {left}\n← Hugo Lemaire - {stopped}"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
        ("Hugo Lemaire", "retirement", None, 2024),
    ]


def test_an_arrow_inside_a_line_is_no_bullet() -> None:
    text = "Transfers\n\nKasper Holm (Movistar → Cofidis) signs for two years."
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a live blog's entries "OFFICIAL: Name (A → B). ...": the timestamp and the label are not read
@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("OFFICIAL", "The Dane signs for two years. He leaves after three seasons."),
        ("OFFICIEL", "Le Danois signe pour deux ans. Il quitte l'équipe après trois saisons."),
        ("UFFICIALE", "Il danese firma per due anni. Lascia la squadra dopo tre stagioni."),
        ("OFFICIEEL", "De Deen tekent voor twee jaar. Hij vertrekt na drie seizoenen."),
        ("OFICIAL", "El danés firma por dos años. Deja el equipo tras tres temporadas."),
    ],
)
def test_a_live_blog_entry_labelled_before_an_arrow(label: str, rest: str) -> None:
    text = (
        "LIVE: the transfer window\n\n09:05 – Good morning.\n\n"
        f"09:40 – {label}: Kasper Holm (Movistar → Cofidis). {rest}\n\n"
        f"10:15 – {label}: Aksel Rønning (Uno-X Mobility → Lidl-Trek).\n\n11:00 – More later."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [
        "Movistar Team",
        "Uno-X Mobility",
    ]


# -- a live blog's entry that opens with a count ("And a third:") joins the team of the move before
@pytest.mark.parametrize(
    ("label", "third", "another"),
    [
        ("OFFICIAL", "And a third: Aksel Rønning comes over from Uno-X Mobility.",
         "Another one for the French team: Hugo Lemaire returns. He leaves Lidl-Trek after two"
         " seasons."),
        ("OFFICIEL", "Et de trois : Aksel Rønning arrive en provenance d'Uno-X Mobility.",
         "Encore un pour l'équipe française : Hugo Lemaire quitte Lidl-Trek après deux saisons."),
        ("UFFICIALE", "E sono tre: Aksel Rønning lascia la Uno-X Mobility.",
         "Un altro per la squadra francese: Hugo Lemaire lascia la Lidl-Trek dopo due stagioni."),
        ("OFFICIEEL", "En nummer drie: Aksel Rønning komt over van Uno-X Mobility.",
         "Nog eentje voor de Franse ploeg: Hugo Lemaire verlaat Lidl-Trek na twee seizoenen."),
        ("OFICIAL", "Y van tres: Aksel Rønning llega procedente del Uno-X Mobility.",
         "Otro más para el equipo francés: Hugo Lemaire deja el Lidl-Trek tras dos temporadas."),
    ],
)  # fmt: skip
def test_a_counted_entry_joins_the_team_of_the_move_before(
    label: str, third: str, another: str
) -> None:
    text = (
        f"LIVE: the transfer window\n\n09:05 – {label}: Kasper Holm (Movistar → Cofidis).\n\n"
        f"09:40 – {third}\n\n10:15 – {another}\n\n11:00 – More later."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Hugo Lemaire", "transfer", "Cofidis", 2025),
    ]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [
        "Movistar Team",
        "Uno-X Mobility",
        "Lidl-Trek",
    ]


def test_an_entry_without_a_count_leaving_a_team_joins_no_other() -> None:
    text = (
        "LIVE: the transfer window\n\n09:05 – OFFICIAL: Kasper Holm (Movistar → Cofidis).\n\n"
        "09:40 – Another day, another rumour: Hugo Lemaire leaves Lidl-Trek.\n\n11:00 – More."
    )
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- "Cofidis confirms Kasper Holm.": a team, a verb that names a rider, and the rider ----------
@pytest.mark.parametrize(
    "entry",
    [
        "Cofidis confirms Kasper Holm. The Dane comes over from Movistar.",
        "Cofidis officialise Kasper Holm. Le Danois arrive en provenance de Movistar.",
        "La Cofidis ufficializza Kasper Holm. Holm lascia la Movistar dopo tre stagioni.",
        "Cofidis bevestigt Kasper Holm. De Deen komt over van Movistar.",
        "El Cofidis oficializa a Kasper Holm. Holm deja el Movistar tras tres temporadas.",
    ],
)
def test_a_team_naming_a_rider_in_a_sentence_of_its_own_signs_him(entry: str) -> None:
    text = f"LIVE: the transfer window\n\n09:05 – Good morning.\n\n09:40 – {entry}\n\n11:00 – More."
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Movistar Team"


@pytest.mark.parametrize(
    "entry",
    [
        "Cofidis confirms Kasper Holm will lead the team at the Tour.",
        "Kasper Holm confirms Cofidis.",
        "Coach Hugo Lemaire confirms Kasper Holm.",
    ],
)
def test_a_team_confirming_more_than_a_name_signs_no_one(entry: str) -> None:
    text = f"Cofidis news\n\nThe team met the press.\n\n{entry}"
    assert moves(read(text, published=NOV)) == []


# -- bullets under an intro that says they all end their careers: each item is a retirement -----
@pytest.mark.parametrize(
    ("intro", "note"),
    [
        ("These riders have confirmed that 2024 is their last as professionals:",
         "The Dane won a stage of the Giro."),
        ("Ces coureurs prennent leur retraite à la fin de la saison :",
         "Le Danois a gagné une étape du Giro."),
        ("Questi corridori si ritirano a fine stagione:", "Il danese ha vinto una tappa al Giro."),
        ("Deze renners stoppen ermee na dit seizoen:", "De Deen won een rit in de Giro."),
        ("Estos corredores se retiran al final de la temporada:",
         "El danés ganó una etapa del Giro."),
    ],
)  # fmt: skip
def test_bullets_under_an_intro_that_says_they_retire_are_retirements(
    intro: str, note: str
) -> None:
    text = (
        f"Farewells\n\nThe season is ending. {intro}\n\n"
        f"- **Kasper Holm** (Movistar) – {note}\n"
        "- **Aksel Rønning** (Uno-X Mobility) – 12 years as a pro.\n"
        "- **Hugo Lemaire** – 34 wins.\n\n"
        "Luca Bellandi stays at Lidl-Trek."
    )
    reading = read(text, published=date(2024, 10, 8))
    assert moves(reading) == [
        ("Kasper Holm", "retirement", None, 2024),
        ("Aksel Rønning", "retirement", None, 2024),
        ("Hugo Lemaire", "retirement", None, 2024),
    ]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [
        "Movistar Team",
        "Uno-X Mobility",
        None,
    ]


def test_an_item_that_postpones_keeps_its_own_kind() -> None:
    text = (
        "Farewells\n\nThese riders are retiring at the end of the season:\n\n"
        "- Kasper Holm (Movistar) – 12 years as a pro.\n"
        "- Aksel Rønning (Uno-X Mobility) – has postponed his retirement by a year.\n"
    )
    kinds = [(m[0], m[1]) for m in moves(read(text, published=date(2024, 10, 8)))]
    assert ("Kasper Holm", "retirement") in kinds
    assert ("Aksel Rønning", "retirement") not in kinds


@pytest.mark.parametrize(
    "intro",
    [
        "These riders have postponed their retirement:",
        "These riders will not retire this year:",
        "The riders who signed for next season:",
    ],
)
def test_an_intro_that_tells_no_retirement_makes_none(intro: str) -> None:
    text = f"Round-up\n\n{intro}\n\n- Kasper Holm (Movistar) – 12 years as a pro.\n"
    kinds = [m[1] for m in moves(read(text, published=date(2024, 10, 8)))]
    assert "retirement" not in kinds


# -- a round-up's intro: "signed three riders who will support X" signs no X ---------------------
@pytest.mark.parametrize(
    ("intro", "labels"),
    [
        ("Cofidis brought in three riders who will support Hugo Lemaire in the classics. The"
         " official moves:", ("From", "To")),
        ("Cofidis a recruté trois coureurs qui épauleront Hugo Lemaire dans les classiques. Les"
         " transferts officiels :", ("De ", "À ")),
        ("La Cofidis ha ingaggiato tre corridori che aiuteranno Hugo Lemaire nelle classiche. I"
         " trasferimenti ufficiali:", ("Da", "A")),
        ("Cofidis haalde drie renners binnen die Hugo Lemaire in de klassiekers moeten helpen."
         " De officiële transfers:", ("Van", "Naar")),
        ("El Cofidis ha fichado a tres corredores que ayudarán a Hugo Lemaire en las clásicas."
         " Los fichajes oficiales:", ("De", "A")),
    ],
)  # fmt: skip
def test_a_name_in_a_clause_about_those_signed_is_not_signed(
    intro: str, labels: tuple[str, str]
) -> None:
    text = f"Cofidis 2025\n\n{intro}\n\n1. Kasper Holm\n{labels[0]}: Movistar\n{labels[1]}: Cofidis"
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_the_signed_rider_before_the_clause_is_still_signed() -> None:
    text = "Cofidis news\n\nCofidis brought in Kasper Holm, who will support Hugo Lemaire."
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- a renewal told as done earlier ("eerder al verlengd") beside a round-up's moves is background -
@pytest.mark.parametrize(
    "aside",
    [
        "At Movistar, Kasper Holm had earlier extended his contract until the end of 2027.",
        "Bij Movistar heeft Kasper Holm zijn contract eerder al verlengd tot eind 2027.",
        "Chez Movistar, Kasper Holm avait auparavant prolongé son contrat jusqu'en 2027.",
        "Alla Movistar, Kasper Holm aveva in precedenza rinnovato il contratto fino al 2027.",
        "En el Movistar, Kasper Holm había anteriormente renovado su contrato hasta 2027.",
    ],
)
def test_a_renewal_told_as_done_earlier_is_background(aside: str) -> None:
    assert moves(read(f"Round-up\n\n{aside}", published=NOV)) == []


def test_a_renewal_told_as_news_still_counts() -> None:
    text = "Holm stays\n\nKasper Holm has extended his contract with Movistar until 2027."
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "contract_extension", "Movistar Team", 2025)
    ]


# -- "this year" beside a season's results counted ("won six races this year") dates the results --
@pytest.mark.parametrize(
    "sentence",
    [
        "Kasper Holm, who won six races this year, joins Cofidis.",
        "Kasper Holm, qui a gagné six courses cette année, rejoint Cofidis.",
        "Kasper Holm, che ha vinto sei corse quest'anno, passa alla Cofidis.",
        "Kasper Holm, die dit jaar zes koersen won, tekent bij Cofidis.",
        "Kasper Holm, que ganó seis carreras este año, ficha por el Cofidis.",
    ],
)
def test_this_year_beside_counted_results_is_not_the_moves_season(sentence: str) -> None:
    assert moves(read(f"Holm to Cofidis\n\n{sentence}", published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025)
    ]


def test_this_year_for_a_retirement_still_dates_it() -> None:
    text = "Holm stops\n\nKasper Holm, who won six races, will retire this year."
    assert moves(read(text, published=date(2024, 6, 2))) == [
        ("Kasper Holm", "retirement", None, 2024)
    ]


# -- "ending his four years at X": the years ridden there, not the new contract's length ---------
@pytest.mark.parametrize(
    "sentence",
    [
        "Kasper Holm has agreed a deal with Cofidis for 2025, ending his four years at Movistar.",
        "Kasper Holm rejoint Cofidis en 2025, mettant fin à ses quatre années chez Movistar.",
        "Kasper Holm passa alla Cofidis nel 2025, chiudendo i suoi quattro anni alla Movistar.",
        "Kasper Holm tekent bij Cofidis voor 2025 en maakt een einde aan zijn vier jaar bij"
        " Movistar.",
        "Kasper Holm ficha por el Cofidis para 2025 y pone fin a sus cuatro años en el Movistar.",
    ],
)
def test_years_ridden_at_the_old_team_are_no_contract_length(sentence: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{sentence}", published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end is None


def test_a_deals_length_beside_the_years_ridden_still_counts() -> None:
    text = (
        "Holm to Cofidis\n\nKasper Holm joins Cofidis on a three-year deal after his two seasons"
        " at Movistar."
    )
    assert read(text, published=NOV).proposals[0].contract_end == 2027


# -- "win the Tour within three years": a goal's time, not a contract's length -----------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm joins Cofidis. The team wants to win the Tour within three years.",
        "Kasper Holm rejoint Cofidis. L'équipe veut gagner le Tour d'ici trois ans.",
        "Kasper Holm passa alla Cofidis. La squadra vuole vincere il Tour entro tre anni.",
        "Kasper Holm tekent bij Cofidis. De ploeg wil binnen drie jaar de Tour winnen.",
        "Kasper Holm ficha por el Cofidis. El equipo quiere ganar el Tour dentro de tres años.",
    ],
)
def test_a_goals_time_is_no_contract_length(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end is None


def test_moves_over_from_is_a_move() -> None:
    text = "Holm to Cofidis\n\nKasper Holm moves over from Movistar to Cofidis."
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Movistar Team"


# -- bullets under an intro that says they all renewed: each item is a renewal with the intro's team
@pytest.mark.parametrize(
    ("intro", "until", "note"),
    [
        ("Cofidis has extended the contracts of three riders:", "until", "after his best season"),
        ("Cofidis a prolongé les contrats de trois coureurs :", "jusqu'en",
         "après sa meilleure saison"),
        ("La Cofidis ha rinnovato i contratti di tre corridori:", "fino al",
         "dopo la sua migliore stagione"),
        ("Cofidis heeft de contracten van drie renners verlengd:", "tot", "na zijn beste seizoen"),
        ("El Cofidis ha renovado los contratos de tres corredores:", "hasta",
         "tras su mejor temporada"),
    ],
)  # fmt: skip
def test_bullets_under_an_intro_that_says_they_renewed_are_extensions(
    intro: str, until: str, note: str
) -> None:
    text = (
        f"Renewals\n\n{intro}\n\n- **Kasper Holm** – {until} 2027, {note}.\n"
        f"- **Aksel Rønning** ({until} 2026)"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "contract_extension", "Cofidis", 2025),
        ("Aksel Rønning", "contract_extension", "Cofidis", 2025),
    ]
    assert [p.contract_end for p in reading.proposals] == [2027, 2026]


@pytest.mark.parametrize(
    "intro",
    [
        "These riders could extend their contracts:",
        "These riders have not extended their contracts:",
        "These riders extended their contracts or retired:",
    ],
)
def test_an_intro_that_hedges_denies_or_mixes_renewals_makes_none(intro: str) -> None:
    text = f"Cofidis\n\n{intro}\n\n- Kasper Holm (Cofidis) – until 2027.\n"
    kinds = [m[1] for m in moves(read(text, published=NOV))]
    assert "contract_extension" not in kinds


@pytest.mark.parametrize(
    "label", ["Official", "Done deal", "BREAKING NEWS", "Officiel ", "Ufficiale"]
)
def test_a_labelled_entry_in_any_case_reads_the_person_after_the_label(label: str) -> None:
    text = (
        "LIVE: the transfer window\n\n09:05 – Good morning.\n\n"
        f"09:40 – {label}: Aksel Rønning (Uno-X Mobility → Lidl-Trek).\n\n11:00 – More later."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [("Aksel Rønning", "transfer", "Lidl-Trek", 2025)]


def test_a_name_before_a_colon_is_still_the_person_of_an_arrow() -> None:
    text = "Moves\n\n- Kasper Holm: Movistar → Cofidis\n- Aksel Rønning: Uno-X Mobility → Lidl-Trek"
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]


@pytest.mark.parametrize(("came", "went"), [("➡️", "⬅️"), ("->", "<-"), ("➡", "⬅")])
def test_emoji_and_ascii_arrows_as_bullets(came: str, went: str) -> None:
    arrow = "->" if came == "->" else "➡️"
    text = (
        "Cofidis 2025\n\nThe squad is complete.\n\n"
        f"ARRIVALS\n{came} Kasper Holm (from Movistar) - will lead the team\n"
        f"{came} Aksel Rønning (from Uno-X Mobility)\n\n"
        f"DEPARTURES\n{went} Luca Bellandi {arrow} Lidl-Trek - after two seasons"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


@pytest.mark.parametrize(
    "stamps",
    [("9:05am –", "9:40am –", "2:15pm –"), ("[09:05]", "[09:40]", "[14:15]"),
     ("**09:05**", "**09:40**", "**14:15** –"), ("09:05 CET –", "09:40 CET –", "14:15 CET |")],
)  # fmt: skip
def test_a_live_blogs_timestamps_in_their_usual_shapes(stamps: tuple[str, str, str]) -> None:
    text = (
        f"LIVE: the transfer window\n\n{stamps[0]} Good morning.\n\n"
        f"{stamps[1]} OFFICIAL: Kasper Holm (Movistar → Cofidis).\n\n"
        f"{stamps[2]} OFFICIAL: Aksel Rønning (Uno-X Mobility → Lidl-Trek)."
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]


# -- a list's labels dressed as headings: bold, "#", a count or a season after them ------------
@pytest.mark.parametrize(
    ("arrivals", "departures"),
    [
        ("**Arrivals**", "**Departures**"),
        ("### Arrivées", "### Départs"),
        ("Arrivi (2)", "Partenze (1)"),
        ("## Aanwinsten 2025", "## Vertrekkers 2025"),
        ("**Altas:**", "**Bajas:**"),
    ],
)
def test_a_lists_labels_dressed_as_headings(arrivals: str, departures: str) -> None:
    text = (
        "Cofidis 2025\n\nThe squad is complete.\n\n"
        f"{arrivals}\n- Kasper Holm (Movistar)\n- Aksel Rønning (Uno-X Mobility)\n\n"
        f"{departures}\n- Luca Bellandi (Lidl-Trek)"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


# -- a table pasted without its outer bars -----------------------------------------------------
@pytest.mark.parametrize(
    "header",
    ["Rider | From | To", "Coureur | De | À", "Corridore | Da | A", "Renner | Van | Naar",
     "Corredor | Procedencia | Destino"],
)  # fmt: skip
def test_a_table_without_outer_bars(header: str) -> None:
    text = (
        f"Transfers 2025\n\nThe market so far.\n\n{header}\n"
        "Kasper Holm | Movistar | Cofidis\nAksel Rønning | Uno-X Mobility | Lidl-Trek\n\nMore later."
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]


def test_two_lines_with_bars_are_no_table() -> None:
    text = (
        "Holm to Cofidis\n\nKasper Holm joins Cofidis.\n\n"
        "Read also: Rønning | Lemaire | Bellandi\nPhotos | Video | Results"
    )
    assert moves(read(text, published=NOV)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


# -- arrow items "Name, A → B", "Name | A → B", "Name (A) → B" -------------------------------------
@pytest.mark.parametrize(
    "items",
    [
        ("Kasper Holm, Movistar → Cofidis", "Aksel Rønning, Uno-X Mobility → Lidl-Trek"),
        ("Kasper Holm | Movistar → Cofidis", "Aksel Rønning | Uno-X Mobility → Lidl-Trek"),
        ("Kasper Holm (Movistar) → Cofidis", "Aksel Rønning (Uno-X Mobility) → Lidl-Trek (2027)"),
    ],
)
def test_arrow_items_with_a_comma_a_bar_or_the_old_team_in_brackets(
    items: tuple[str, str],
) -> None:
    text = f"Transfers 2025\n\nThe moves:\n\n- {items[0]}\n- {items[1]}"
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [
        "Movistar Team",
        "Uno-X Mobility",
    ]


def test_an_age_in_brackets_is_no_team_left() -> None:
    text = "Transfers 2025\n\nThe moves:\n\n- Kasper Holm (31) → Cofidis"
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].from_team is None


# -- a live blog's label gives its entry's status ("RUMOUR:", "GERUCHT:") -----------------------
@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("Good morning, it is a busy day and we follow all the transfers of the teams.", "RUMOUR"),
        ("Bonjour, la journée sera chargée et nous suivons tous les transferts des équipes.",
         "RUMEUR"),
        ("Buongiorno, sarà una giornata intensa e seguiamo tutti i trasferimenti delle squadre.",
         "INDISCREZIONE"),
        ("Goedemorgen, het is een drukke dag en we volgen alle transfers van de ploegen.",
         "GERUCHT"),
        ("Buenos días, será un día intenso y seguimos todos los fichajes de los equipos.", "RUMOR"),
    ],
)  # fmt: skip
def test_a_live_blog_entrys_label_gives_its_status(intro: str, label: str) -> None:
    text = (
        f"LIVE\n\n09:05 – {intro}\n\n09:40 – {label}: Kasper Holm (Movistar → Cofidis).\n\n"
        "10:00 – OFFICIAL: Aksel Rønning (Uno-X Mobility → Lidl-Trek)."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]
    assert [p.status.value for p in reading.proposals] == ["rumour", "official"]


@pytest.mark.parametrize(
    ("second", "third"),
    [
        ("Cofidis's second signing of the day: Aksel Rønning comes over from Uno-X Mobility.",
         "Signing number three: Hugo Lemaire leaves Lidl-Trek after two seasons."),
        ("Tweede aanwinst voor Cofidis: Aksel Rønning komt over van Uno-X Mobility.",
         "Aanwinst nummer drie: Hugo Lemaire verlaat Lidl-Trek na twee seizoenen."),
        ("Secondo colpo della Cofidis: Aksel Rønning lascia la Uno-X Mobility.",
         "Terzo acquisto per la Cofidis: Hugo Lemaire lascia la Lidl-Trek dopo due stagioni."),
    ],
)  # fmt: skip
def test_an_entry_counting_the_teams_signings_joins_it(second: str, third: str) -> None:
    text = (
        "LIVE: the transfer window\n\n09:05 – OFFICIAL: Kasper Holm (Movistar → Cofidis).\n\n"
        f"09:40 – {second}\n\n10:15 – {third}"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Hugo Lemaire", "transfer", "Cofidis", 2025),
    ]


def test_a_counted_entry_with_its_own_destination_keeps_it() -> None:
    text = (
        "LIVE: the transfer window\n\n09:05 – OFFICIAL: Kasper Holm (Movistar → Cofidis).\n\n"
        "09:40 – Another one: Hugo Lemaire leaves Lidl-Trek and joins Movistar."
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Hugo Lemaire", "transfer", "Movistar Team", 2025),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "These riders will retire at the end of next season:",
        "These riders retired in 2023:",
        "Ces coureurs prendront leur retraite à la fin de la saison prochaine :",
    ],
)
def test_an_intro_dating_the_retirements_elsewhere_leaves_them_to_the_prose(intro: str) -> None:
    text = f"Farewells\n\n{intro}\n\n- Kasper Holm (Movistar) – 12 years as a pro.\n"
    assert [m for m in moves(read(text, published=NOV)) if m[3] == 2024] == []


def test_a_team_presenting_a_rider_signs_no_one() -> None:
    text = "LIVE\n\n09:05 – Good morning.\n\n09:40 – Cofidis presents Kasper Holm.\n\n10:00 – More."
    assert moves(read(text, published=NOV)) == []


# -- a team's items marked "+" (arrives) and "-" (leaves), or ✅ / ❌ -----------------------------
@pytest.mark.parametrize(("plus", "minus"), [("+", "-"), ("✅", "❌"), ("➕", "➖")])
def test_items_marked_plus_and_minus_under_a_teams_heading(plus: str, minus: str) -> None:
    text = (
        "Transfer round-up\n\nWhere every team stands.\n\n"
        f"COFIDIS\n{plus} Kasper Holm (Movistar)\n{plus} Aksel Rønning (ex-Uno-X Mobility)\n"
        f"{minus} Luca Bellandi (Lidl-Trek)\n\nMOVISTAR\n{plus} Hugo Lemaire (Cofidis)"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
        ("Hugo Lemaire", "transfer", "Movistar Team", 2025),
    ]
    assert reading.proposals[1].from_team is not None
    assert reading.proposals[1].from_team.name == "Uno-X Mobility"


def test_a_plain_dash_list_under_a_teams_heading_tells_no_departures() -> None:
    text = (
        "Cofidis for 2025\n\nThe leaders of the team:\n\n"
        "COFIDIS\n- Kasper Holm (Movistar)\n- Luca Bellandi (Lidl-Trek)"
    )
    assert moves(read(text, published=NOV)) == []


# -- "Cofidis – in: A (X); out: B (Y)": a team's name before the labels, a label after ";" -------
@pytest.mark.parametrize(
    "line",
    [
        "**Cofidis** – in: Kasper Holm (Movistar), Aksel Rønning (Uno-X Mobility); out: Luca"
        " Bellandi (Lidl-Trek)",
        "Cofidis : arrivées : Kasper Holm (Movistar), Aksel Rønning (Uno-X Mobility) ; départs :"
        " Luca Bellandi (Lidl-Trek)",
        "Cofidis – arrivi: Kasper Holm (Movistar), Aksel Rønning (Uno-X Mobility); partenze: Luca"
        " Bellandi (Lidl-Trek)",
        "Cofidis – aanwinsten: Kasper Holm (Movistar), Aksel Rønning (Uno-X Mobility); vertrekkers:"
        " Luca Bellandi (Lidl-Trek)",
        "Cofidis – altas: Kasper Holm (Movistar), Aksel Rønning (Uno-X Mobility); bajas: Luca"
        " Bellandi (Lidl-Trek)",
    ],
)
def test_a_teams_labels_on_one_line_after_its_name(line: str) -> None:
    text = f"Transfer round-up\n\nWhere every team stands.\n\n{line}"
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]
    assert [p.from_team.name if p.from_team else None for p in reading.proposals] == [
        "Movistar Team",
        "Uno-X Mobility",
        "Cofidis",
    ]


def test_an_out_label_after_an_in_sentence_leaves_the_paragraphs_team() -> None:
    text = (
        "Transfer round-up\n\nWhere every team stands.\n\nCofidis. In: Kasper Holm (Movistar),"
        " Aksel Rønning (Uno-X Mobility). Out: Luca Bellandi (Lidl-Trek)."
    )
    reading = read(text, published=NOV)
    assert [(p.person.name, p.from_team.name if p.from_team else None) for p in reading.proposals][
        -1
    ] == ("Luca Bellandi", "Cofidis")


def test_entries_parted_by_semicolons_all_stay_with_their_label() -> None:
    text = (
        "Cofidis 2025\n\nWhere the team stands.\n\n"
        "In: Kasper Holm (Movistar); Aksel Rønning (Uno-X Mobility)\nOut: Luca Bellandi (Lidl-Trek)"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


# -- "Name → Team": an arrow straight after the name, to a team we know ---------------------------
def test_an_arrow_straight_after_a_name_to_a_known_team() -> None:
    text = (
        "Transfers 2025\n\nThe moves:\n\n- Kasper Holm → Cofidis\n"
        "- Aksel Rønning ➜ Lidl-Trek (until 2027)\n- Hugo Lemaire → Tour win\n"
        "- Luca Bellandi → Kingsland Academy"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]
    assert [p.contract_end for p in reading.proposals] == [None, 2027]


def test_a_known_name_before_a_colon_is_not_a_label() -> None:
    text = (
        "I trasferimenti\n\nEcco i movimenti per la prossima stagione.\n\n"
        "- Kasper Holm: Uno-X Mobility → Lidl-Trek\n- Aksel Rønning: Movistar → Cofidis"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Lidl-Trek", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "These riders retired from the race today:",
        "Ces coureurs ont abandonné, ils se retirent de la course :",
        "Questi corridori si sono ritirati dalla corsa:",
        "Deze renners stapten af in de etappe en stoppen ermee in de rit:",
        "Estos corredores se retiran de la carrera:",
    ],
)
def test_riders_who_left_a_race_are_no_retirements(intro: str) -> None:
    text = f"Stage 9\n\n{intro}\n\n- Kasper Holm (Movistar) – crashed.\n- Aksel Rønning (Uno-X Mobility)"
    assert [m for m in moves(read(text, published=NOV)) if m[1] == "retirement"] == []


@pytest.mark.parametrize(
    "intro",
    [
        "These riders have extended their lead in the standings:",
        "Ces coureurs ont prolongé leur avance au classement :",
        "Questi corridori hanno prolungato il loro vantaggio in classifica:",
        "Deze renners hebben hun voorsprong in het klassement verlengd:",
        "Estos corredores han ampliado su ventaja en la clasificación:",
    ],
)
def test_an_intro_extending_a_lead_tells_no_renewals(intro: str) -> None:
    text = (
        f"Standings\n\n{intro}\n\n- Kasper Holm (Cofidis) – 12 points.\n- Aksel Rønning (Cofidis)"
    )
    assert moves(read(text, published=NOV)) == []


# -- a table "Rider | Team | Status": the note retires the rider or renews them with the team ----
@pytest.mark.parametrize(
    ("header", "retires", "renewed"),
    [
        ("Rider | Team | Status", "retires", "extended until 2027"),
        ("Coureur | Équipe | Statut", "prend sa retraite", "prolongé jusqu'en 2027"),
        ("Corridore | Squadra | Stato", "si ritira", "rinnovo fino al 2027"),
        ("Renner | Ploeg | Status", "stopt", "verlengd tot 2027"),
        ("Corredor | Equipo | Estado", "se retira", "renovado hasta 2027"),
    ],
)
def test_a_table_whose_note_column_retires_or_renews(
    header: str, retires: str, renewed: str
) -> None:
    text = (
        f"Where the riders stand\n\nThe state of play for next season.\n\n| {header} |\n"
        f"|---|---|---|\n| Kasper Holm | Cofidis | {retires} |\n"
        f"| Aksel Rønning | Lidl-Trek | {renewed} |\n| Hugo Lemaire | Movistar | injured |"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "retirement", None, 2024),
        ("Aksel Rønning", "contract_extension", "Lidl-Trek", 2025),
    ]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Cofidis"
    assert reading.proposals[1].contract_end == 2027


def test_a_status_note_that_postpones_retires_no_one() -> None:
    text = (
        "Where the riders stand\n\nThe state of play.\n\n| Rider | Team | Status |\n|---|---|---|\n"
        "| Kasper Holm | Cofidis | retirement postponed |"
    )
    assert [m[1] for m in moves(read(text, published=NOV))] != ["retirement"]


# -- "team boss X says": a party speaking with a staff role is no outlet credited ----------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm joins Cofidis from Movistar. Team boss Marc Dubreuil says the team wants to"
        " win the Tour.",
        "Kasper Holm tekent bij Cofidis en verlaat Movistar. Teambaas Marc Dubreuil zegt dat de"
        " ploeg de Tour wil winnen.",
        "Kasper Holm rejoint Cofidis en provenance de Movistar. Le manager Marc Dubreuil affirme"
        " que l'équipe veut gagner le Tour.",
        "Kasper Holm passa alla Cofidis dalla Movistar. Il team manager Marc Dubreuil dice che la"
        " squadra vuole vincere il Tour.",
        "Kasper Holm ficha por el Cofidis procedente del Movistar. El mánager Marc Dubreuil afirma"
        " que el equipo quiere ganar el Tour.",
    ],
)
def test_a_staff_member_speaking_is_no_credited_outlet(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert (reading.proposals[0].credit, reading.proposals[0].status.value) == (None, "official")


# -- a name on its own line over "From A to B" ------------------------------------------------------
@pytest.mark.parametrize(
    ("intro", "route"),
    [
        ("The official moves:", "From Movistar to Cofidis"),
        ("Les transferts officiels :", "De Movistar à Cofidis"),
        ("I trasferimenti ufficiali:", "Dalla Movistar alla Cofidis"),
        ("De officiële transfers:", "Van Movistar naar Cofidis"),
        ("Los fichajes oficiales:", "Del Movistar al Cofidis"),
    ],
)
def test_a_name_over_a_from_to_line(intro: str, route: str) -> None:
    text = (
        f"Transfers 2025\n\n{intro}\n\n**Kasper Holm**\n{route}\n\n"
        "Hugo Lemaire\nFrom the start he was the leader."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Movistar Team"


# -- a label over items that all retire ("Retirements") or all renew ("Renewals") ----------------
@pytest.mark.parametrize(
    ("retire", "renew", "until"),
    [
        ("RETIREMENTS", "RENEWALS", "until"),
        ("Retraites :", "Prolongations :", "jusqu'en"),
        ("Ritiri", "Rinnovi", "fino al"),
        ("Stoppers", "Verlengd", "tot"),
        ("**Retiradas**", "**Renovaciones**", "hasta"),
    ],
)
def test_a_label_over_items_that_all_retire_or_all_renew(
    retire: str, renew: str, until: str
) -> None:
    text = (
        "Season review\n\nThe state of play.\n\n"
        f"{retire}\n- Kasper Holm (Movistar)\n- Aksel Rønning (Uno-X Mobility)\n\n"
        f"{renew}\n- Hugo Lemaire (Cofidis, {until} 2027)"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "retirement", None, 2024),
        ("Aksel Rønning", "retirement", None, 2024),
        ("Hugo Lemaire", "contract_extension", "Cofidis", 2025),
    ]
    assert reading.proposals[2].contract_end == 2027


def test_retirements_under_a_stage_report_are_riders_who_left_the_race() -> None:
    text = (
        "Tour de France stage 9: Holm crashes out\n\nA hard day in the mountains.\n\n"
        "RETIREMENTS\n- Kasper Holm (Movistar)\n- Aksel Rønning (Uno-X Mobility)"
    )
    assert [m for m in moves(read(text, published=NOV)) if m[1] == "retirement"] == []


# -- a short note after the name ("(DEN)", "(31)") and a note after the destination ("2 years") ---
def test_notes_beside_an_arrows_name_and_destination_are_not_read_as_names() -> None:
    text = (
        "Transfers 2025\n\nThe moves:\n\n- Kasper Holm (DEN) – Movistar → Cofidis\n"
        "- Aksel Rønning (Movistar → Lidl-Trek, 2 years)\n- Hugo Lemaire (31): Cofidis → Movistar"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
        ("Hugo Lemaire", "transfer", "Movistar Team", 2025),
    ]
    assert [p.contract_end for p in reading.proposals] == [None, 2026, None]


# -- a label for the riders who stay ends the list above it ------------------------------------
@pytest.mark.parametrize(
    ("arrivals", "departures", "staying"),
    [
        ("ARRIVALS", "DEPARTURES", "STAYING"),
        ("ARRIVÉES", "DÉPARTS", "ILS RESTENT"),
        ("ARRIVI", "PARTENZE", "RESTANO"),
        ("AANWINSTEN", "VERTREKKERS", "BLIJVERS"),
        ("ALTAS", "BAJAS", "SIGUEN"),
    ],
)
def test_a_stayers_label_ends_the_list_above_it(
    arrivals: str, departures: str, staying: str
) -> None:
    text = (
        "Cofidis 2025\n\nThe squad is complete.\n\n"
        f"{arrivals}\n→ Kasper Holm (Movistar)\n{departures}\n← Luca Bellandi → Lidl-Trek\n"
        f"{staying}\n→ Hugo Lemaire (Cofidis)\n→ Aksel Rønning"
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Lidl-Trek", 2025),
    ]


# -- "Cofidis: X comes over from Y": an entry opening with a team and a colon is that team's news -
@pytest.mark.parametrize(
    ("intro", "entry", "left"),
    [
        ("Good morning, we follow all the transfers of the teams today.",
         "Cofidis: Kasper Holm comes over from Movistar on a two-year deal.",
         "Movistar: Hugo Lemaire leaves the team."),
        ("Bonjour, nous suivons tous les transferts des équipes aujourd'hui.",
         "Cofidis : Kasper Holm arrive en provenance de Movistar.",
         "Movistar : Hugo Lemaire quitte l'équipe."),
        ("Buongiorno, seguiamo tutti i trasferimenti delle squadre oggi.",
         "Cofidis: Kasper Holm è in arrivo dalla Movistar.",
         "Movistar: Hugo Lemaire lascia la squadra."),
        ("Goedemorgen, we volgen vandaag alle transfers van de ploegen.",
         "Cofidis: Kasper Holm komt over van Movistar.",
         "Movistar: Hugo Lemaire verlaat de ploeg."),
        ("Buenos días, seguimos hoy todos los fichajes de los equipos.",
         "Cofidis: Kasper Holm llega procedente del Movistar.",
         "Movistar: Hugo Lemaire deja el equipo."),
    ],
)  # fmt: skip
def test_an_entry_opening_with_a_team_and_a_colon_is_its_news(
    intro: str, entry: str, left: str
) -> None:
    text = f"LIVE\n\n09:05 – {intro}\n\n09:40 – {entry}\n\n10:10 – {left}\n\n11:00 – More."
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Movistar Team"


# -- "Cofidis has signed three riders:" over "Name (old team)" items: arrivals at the intro's team -
@pytest.mark.parametrize(
    "intro",
    [
        "Cofidis has signed three riders for next season:",
        "Cofidis a recruté trois coureurs pour la saison prochaine :",
        "La Cofidis ha ingaggiato tre corridori per la prossima stagione:",
        "Cofidis haalt drie renners binnen voor volgend seizoen:",
        "El Cofidis ha fichado a tres corredores para la próxima temporada:",
    ],
)
def test_items_under_an_intro_of_signings_join_its_team(intro: str) -> None:
    text = (
        f"Recruitment\n\n{intro}\n\n- Kasper Holm (Movistar)\n"
        "- Aksel Rønning (Uno-X Mobility) – a climber\n- Hugo Lemaire (Cofidis)"
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "These riders leave Cofidis at the end of the season:",
        "Deze renners verlaten Cofidis na dit seizoen:",
        "Ces coureurs quittent Cofidis à la fin de la saison :",
    ],
)
def test_items_under_an_intro_of_departures_leave_its_team(intro: str) -> None:
    text = f"Transfers\n\n{intro}\n\n- Kasper Holm (Movistar)\n- Aksel Rønning (Uno-X Mobility)"
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Movistar Team", 2025),
        ("Aksel Rønning", "transfer", "Uno-X Mobility", 2025),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "These riders joined Cofidis last year:",
        "These riders could join Cofidis:",
        "These riders will not join Cofidis:",
        "Movistar and Lidl-Trek have signed these riders:",
    ],
)
def test_an_intro_of_moves_that_hedges_or_tells_the_past_makes_none(intro: str) -> None:
    text = f"Transfers\n\n{intro}\n\n- Kasper Holm (Uno-X Mobility)\n"
    assert moves(read(text, published=NOV)) == []


def test_names_without_a_team_under_an_intro_of_moves_are_not_moves() -> None:
    text = (
        "The Tour team\n\nThese riders will join Cofidis's leader at the Tour:\n\n"
        "- Kasper Holm\n- Aksel Rønning\n"
    )
    assert moves(read(text, published=NOV)) == []


def test_a_team_naming_a_rider_with_no_move_beside_it_signs_no_one() -> None:
    text = (
        "LIVE: the Tour team\n\n09:05 – Good morning.\n\n09:40 – Cofidis confirms Kasper Holm.\n\n"
        "10:00 – Movistar announces Hugo Lemaire. He will lead the team in July."
    )
    assert moves(read(text, published=NOV)) == []


def test_a_counted_or_team_labelled_entry_without_a_team_left_tells_no_move() -> None:
    text = (
        "LIVE: the Tour and the transfers\n\n12:00 – OFFICIAL: Kasper Holm (Movistar → Cofidis).\n\n"
        "12:30 – And a third: Hugo Lemaire moves to the front of the peloton.\n\n"
        "13:00 – Cofidis: Aksel Rønning moves to the front.\n\n14:00 – More."
    )
    assert moves(read(text, published=date(2024, 7, 10))) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025)
    ]
