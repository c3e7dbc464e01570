"""Rules for kinds of writing the first readers missed on unseen articles, each with a sentence
of our own (published 10 September 2024 unless said), grouped by the kind of failure:

1. seasons, 2. team names, 3. layouts, 4. kinds, 5. non-movers, 6. status and credit,
7. contract ends.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

C, L, A, M, Q = (
    "Cofidis",
    "Lidl-Trek",
    "Astana Qazaqstan Team",
    "Movistar Team",
    "Soudal Quick-Step",
)
T, U, V = "Tudor Pro Cycling Team", "UAE Team Emirates", "Team Visma | Lease a Bike"

# -- 1. seasons: the year the move starts, not the publishing year ------------------------------
SEASONS = [
    ("an extension whose deal runs out at the end of this season starts next season",
     "Kasper Holm, whose deal ran out at the end of this season, has renewed with Cofidis.", None,
     [("Kasper Holm", "contract_extension", C, 2025)]),
    ("French: '<year> serait sa dernière saison' names the last season",
     "Nina Vogel a annoncé que 2025 serait sa dernière saison chez Cofidis.", None,
     [("Nina Vogel", "retirement", None, 2025)]),
    ("Italian: '<year> sarà la sua ultima stagione'",
     "Per Marta Ferri il 2025 sarà la sua ultima stagione da professionista.", None,
     [("Marta Ferri", "retirement", None, 2025)]),
    ("French: 'au terme de la saison prochaine' is next season's end",
     "Élodie Marchand raccrochera au terme de la saison prochaine.", date(2024, 12, 1),
     [("Élodie Marchand", "retirement", None, 2025)]),
    ("Dutch: 'na volgend seizoen' is next season's end",
     "Thijs van der Berg stopt na volgend seizoen met koersen.", date(2024, 12, 1),
     [("Thijs van der Berg", "retirement", None, 2025)]),
    ("English: extending a career is a postponed retirement",
     "Jonas Vandersteen has decided to extend his racing career with Cofidis into 2025.", None,
     [("Jonas Vandersteen", "retirement_postponed", C, 2025)]),
    ("Spanish: 'alarga su carrera' is a postponed retirement",
     "Tomás Echeverría alarga su carrera una temporada más en el Movistar.", None,
     [("Tomás Echeverría", "retirement_postponed", M, 2025)]),
    ("Italian: 'rinuncia al ritiro' is a postponed retirement",
     "Luca Bellandi rinuncia al ritiro e correrà con la Tudor la prossima stagione.", None,
     [("Luca Bellandi", "retirement_postponed", T, 2025)]),
    ("an aside that tells another move gives the main move no season",
     "Luca Bellandi, che aveva detto che il 2024 sarebbe stato il suo ultimo anno, rinvia il ritiro.",
     None, [("Luca Bellandi", "retirement_postponed", None, 2025)]),
]  # fmt: skip

# -- 3. layouts and phrasings: retirements in the future tense ----------------------------------
RETIREMENTS = [
    ("Italian 'si ritirerà' after a long clause",
     "Marta Ferri ha annunciato, dopo l'arrivo della tappa, che a fine stagione si ritirerà dal ciclismo.",
     None, [("Marta Ferri", "retirement", None, 2024)]),
    ("French 'tirera sa révérence'",
     "Hugo Lemaire tirera sa révérence à la fin de la saison.", None,
     [("Hugo Lemaire", "retirement", None, 2024)]),
    ("Spanish 'pondrá fin a su carrera'",
     "Ion Arrieta pondrá fin a su carrera al final de esta temporada.", None,
     [("Ion Arrieta", "retirement", None, 2024)]),
    ("Dutch 'neemt afscheid van het peloton'",
     "Greta Lindqvist neemt eind dit jaar afscheid van het peloton.", None,
     [("Greta Lindqvist", "retirement", None, 2024)]),
]  # fmt: skip

# -- 5. non-movers --------------------------------------------------------------------------------
NON_MOVERS = [
    ("a comeback from injury is no comeback",
     "Kasper Holm continues his comeback from the knee injury he suffered in May.", None, []),
    ("Dutch: a return after a crash is no comeback",
     "Thijs van der Berg maakt zijn comeback na zijn zware val in de Tour.", None, []),
    ("Italian: 'rientro dopo l'infortunio' is no comeback",
     "Luca Bellandi torna a correre dopo l'infortunio al ginocchio.", None, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "published", "expected"),
    SEASONS + RETIREMENTS + NON_MOVERS,
    ids=[r[0] for r in SEASONS + RETIREMENTS + NON_MOVERS],
)
def test_rule(rule: str, text: str, published: date | None, expected: list[tuple]) -> None:
    reading = read(text, published=published or date(2024, 9, 10))
    assert moves(reading) == expected


def test_a_reported_speech_conditional_is_no_hedge() -> None:
    (p,) = read("Nina Vogel a annoncé samedi que 2025 serait sa dernière saison.").proposals
    assert p.status.value == "official"


# -- 6. status and credit -------------------------------------------------------------------------
CREDITS = [
    ("English 'per <outlet>' after a comma",
     "Kasper Holm will join Cofidis next season, per De Standaard.",
     ("reported", "De Standaard", None)),
    ("French 'selon <journalist>, de <outlet>'",
     "Selon Marc Dupont, de Ouest-France, Hugo Lemaire a trouvé un accord avec Cofidis pour 2025.",
     ("reported", "Ouest-France", "Marc Dupont")),
    ("a regional outlet whose name starts with an article",
     "Selon La Voix du Nord, Hugo Lemaire rejoindra Cofidis en 2025.",
     ("reported", "La Voix du Nord", None)),
    ("an outlet whose name starts in lowercase",
     "Secondo quanto riporta cicloNews, Luca Bellandi potrebbe passare alla Tudor nel 2025.",
     ("rumour", "cicloNews", None)),
    ("Dutch 'volgens <journalist>, van <outlet>'",
     "Volgens Jan Peeters, van Het Belang van Limburg, tekent Thijs van der Berg bij Cofidis.",
     ("reported", "Het Belang van Limburg", "Jan Peeters")),
    ("French 'aurait signé' is a report, not a rumour",
     "Hugo Lemaire aurait signé chez Cofidis pour 2025, selon Le Progrès.",
     ("reported", "Le Progrès", None)),
    ("Italian 'avrebbe firmato' is a report",
     "Luca Bellandi avrebbe già firmato con la Tudor per il 2025.",
     ("reported", None, None)),
    ("Spanish 'podría fichar' stays a rumour",
     "Tomás Echeverría podría fichar por el Cofidis en 2025.",
     ("rumour", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "want"), CREDITS, ids=[r[0] for r in CREDITS])
def test_credit(rule: str, text: str, want: tuple) -> None:
    (p,) = read(text).proposals
    assert (p.status.value, p.credit, p.journalist) == want


def test_a_live_blog_entry_keeps_its_own_source() -> None:
    text = (
        "LIVE: deadline day\n\n"
        "10:05 | Cofidis confirm the arrival of Kasper Holm for next season.\n\n"
        "11:40 | Lidl-Trek could sign Jonas Vandersteen, according to WielerFlits."
    )
    holm, vandersteen = read(text).proposals
    assert (holm.status.value, holm.credit) == ("official", None)
    assert (vandersteen.status.value, vandersteen.credit) == ("rumour", "WielerFlits")


# -- 2. team names: the destination named in the text is kept ----------------------------------
TEAMS = [
    ("a team's nationality and tier between the cue and its name",
     "Kasper Holm will race for Norwegian ProTeam Uno-X Mobility from next season.", None,
     [("Kasper Holm", "transfer", "Uno-X Mobility", 2025)]),
    ("Dutch: 'bij de Belgische ploeg X'",
     "Thijs van der Berg gaat volgend jaar koersen bij de Belgische ploeg Soudal Quick-Step.", None,
     [("Thijs van der Berg", "transfer", Q, 2025)]),
    ("a team that makes it official before a colon is the destination",
     "Astana make it official: Kasper Holm joins from Cofidis for next season.", None,
     [("Kasper Holm", "transfer", A, 2025)]),
    ("a deal signed with a team names the destination, not the current team",
     "Kasper Holm signs a three-year deal with Cofidis after leaving Lidl-Trek.", None,
     [("Kasper Holm", "transfer", C, 2025)]),
    ("'heading from X to Y'",
     "Kasper Holm could be heading from Lidl-Trek to Cofidis next year.", None,
     [("Kasper Holm", "transfer", C, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "published", "expected"), TEAMS, ids=[r[0] for r in TEAMS]
)
def test_team_rule(rule: str, text: str, published: date | None, expected: list[tuple]) -> None:
    assert moves(read(text, published=published or date(2024, 9, 10))) == expected


def test_a_table_column_signed_until_is_the_contract_end() -> None:
    text = (
        "New colours for 2025\n\n"
        "| New team | Rider | Previous team | Signed until |\n|---|---|---|---|\n"
        "| Cofidis | Kasper Holm | Lidl-Trek | 2027 |\n"
        "| Astana | Nina Vogel | Movistar | n/a |\n"
    )
    reading = read(text, published=date(2024, 12, 1))
    assert moves(reading) == [
        ("Kasper Holm", "transfer", C, 2025),
        ("Nina Vogel", "transfer", A, 2025),
    ]
    assert [p.contract_end for p in reading.proposals] == [2027, None]


def test_a_note_in_brackets_beside_a_team_is_the_contract_not_the_name() -> None:
    text = (
        "Mercato 2025\n\n| Coureur | De | Vers |\n|---|---|---|\n"
        "| Hugo Lemaire | Movistar | Cofidis (jusqu'en 2027) |\n"
    )
    (p,) = read(text, published=date(2024, 12, 1)).proposals
    assert (p.to_team.name if p.to_team else None, p.contract_end) == (C, 2027)


# -- 3. layouts -------------------------------------------------------------------------------------
def test_a_label_on_its_own_line_over_items_with_the_old_team_in_brackets() -> None:
    text = (
        "Cofidis : l'effectif 2025\n\n"
        "Voici les mouvements officiels.\n\n"
        "Arrivées\n"
        "- Kasper Holm (Lidl-Trek), contrat de deux ans\n"
        "- Nina Vogel (Movistar)\n\n"
        "Départs\n"
        "- Hugo Lemaire (fin de carrière, après douze saisons)\n"
        "- Jonas Vandersteen (Astana)\n\n"
        "Ils restent : Luca Bellandi et Marta Ferri."
    )
    reading = read(text, published=date(2024, 11, 20))
    assert moves(reading) == [
        ("Kasper Holm", "transfer", C, 2025),
        ("Nina Vogel", "transfer", C, 2025),
        ("Hugo Lemaire", "retirement", None, 2024),
        ("Jonas Vandersteen", "transfer", A, 2025),
    ]
    assert reading.proposals[0].contract_end == 2026


def test_arrivals_and_departures_at_the_start_of_sentences_in_a_paragraph() -> None:
    text = (
        "Zo ziet Cofidis er volgend jaar uit\n\n"
        "Cofidis\n"
        "Aankomsten: Kasper Holm (Lidl-Trek), Nina Vogel (Movistar) en Luca Bellandi (Tudor). "
        "Vertrekkers: Thijs van der Berg (Astana)."
    )
    assert moves(read(text, published=date(2024, 10, 1))) == [
        ("Kasper Holm", "transfer", C, 2025),
        ("Nina Vogel", "transfer", C, 2025),
        ("Luca Bellandi", "transfer", C, 2025),
        ("Thijs van der Berg", "transfer", A, 2025),
    ]


LIST_ITEMS = [
    ("Italian numbered 'Nome – dalla X alla Y'",
     "Gli italiani che cambiano squadra\n\n1. Luca Bellandi – dalla Tudor all'Astana\n2. Marta Ferri – dalla Movistar alla Lidl-Trek",
     [("Luca Bellandi", "transfer", A, 2025), ("Marta Ferri", "transfer", L, 2025)]),
    ("French 'Nom (de X à Y)'",
     "Les Français qui bougent\n\n- Hugo Lemaire (de Movistar à Cofidis)\n- Élodie Marchand (de Lidl-Trek à Movistar)",
     [("Hugo Lemaire", "transfer", C, 2025), ("Élodie Marchand", "transfer", M, 2025)]),
    ("an item whose teams are not teams is no move",
     "Notes\n\n- Kasper Holm, from the cobbles to the mountains",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), LIST_ITEMS, ids=[r[0] for r in LIST_ITEMS])
def test_list_item(rule: str, text: str, expected: list[tuple]) -> None:
    assert moves(read(text, published=date(2024, 10, 1))) == expected


# -- 3. Q&A interviews: "you" in the question, and the answers' seasons and contracts ----------
def test_you_in_a_question_is_the_interviewee_and_the_answers_give_season_and_contract() -> None:
    text = (
        "Kasper Holm: 'Cofidis felt like home'\n\n"
        "The Dane spoke to us after the announcement.\n\n"
        "From next year you race for Cofidis. Why them?\n"
        "They wanted me for a long time. It is a big step.\n"
        "How long is the deal?\n"
        "Three years, so I will be there until the end of 2027."
    )
    reading = read(text)
    assert moves(reading) == [("Kasper Holm", "transfer", C, 2025)]
    assert reading.proposals[0].contract_end == 2027


def test_a_comeback_asked_about_in_the_second_person_takes_the_season_its_answer_gives() -> None:
    text = (
        "Interview | Nina Vogel: 'Ik mis het koersen'\n\n"
        "De oud-kampioene keert terug in het peloton.\n\n"
        "Waarom keer je terug?\n"
        "Ik mis het. Ik train al maanden.\n"
        "Bij welke ploeg?\n"
        "Gewoon bij Movistar. Vanaf volgend seizoen sta ik weer op de lijst.\n"
    )
    assert moves(read(text)) == [("Nina Vogel", "comeback", M, 2025)]


# -- 4. kinds: a staff role beside a retirement, a staff member who speaks or signs ---------------
KINDS = [
    ("a retirement and a staff role in one sentence are two moves, no postponement",
     "Hugo Lemaire retires at the end of the season but is not stopping altogether: he will become a sports director at Cofidis next year.",
     [("Hugo Lemaire", "retirement", None, 2024), ("Hugo Lemaire", "staff_move", C, 2025)]),
    ("Italian: 'non smette del tutto' with a staff role",
     "Luca Bellandi non smette del tutto: a fine stagione lascerà il ciclismo e dal 2025 sarà consulente tecnico della Tudor.",
     [("Luca Bellandi", "retirement", None, 2024), ("Luca Bellandi", "staff_move", T, 2025)]),
    ("Dutch: the pronoun after the verb in 'volgend jaar wordt hij ploegleider'",
     "Thijs van der Berg stopt eind dit jaar, maar blijft in de koers: volgend jaar wordt hij ploegleider bij Cofidis.",
     [("Thijs van der Berg", "retirement", None, 2024), ("Thijs van der Berg", "staff_move", C, 2025)]),
    ("a rider's move keeps the rider's kind beside a staff move in the next sentence",
     "Lidl-Trek sign two Italians\n\nLuca Bellandi leaves Tudor for Lidl-Trek next year. The second arrives in the team car: Marta Ferri will be a sports director at Lidl-Trek.",
     [("Luca Bellandi", "transfer", L, 2025), ("Marta Ferri", "staff_move", L, 2025)]),
    ("a team manager who confirms is not the mover",
     "Team manager Pieter de Wolf confirmed that Cofidis will sign Kasper Holm next season.",
     [("Kasper Holm", "transfer", C, 2025)]),
    ("a sports director named before a rider's move does not make it a staff move",
     "Sports director Pieter de Wolf said Kasper Holm will join Cofidis next season.",
     [("Kasper Holm", "transfer", C, 2025)]),
    ("a signing inside a Dutch verb phrase ('heeft X vastgelegd')",
     "Cofidis heeft Kasper Holm vastgelegd voor de komende twee seizoenen.",
     [("Kasper Holm", "transfer", C, 2025)]),
    ("'the next two years at X' is where the rider goes, not where they were",
     "Kasper Holm leaves Lidl-Trek and will spend the next two years at Cofidis.",
     [("Kasper Holm", "transfer", C, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), KINDS, ids=[r[0] for r in KINDS])
def test_kind(rule: str, text: str, expected: list[tuple]) -> None:
    assert moves(read(text)) == expected


def test_a_staff_member_who_confirms_makes_the_move_confirmed() -> None:
    text = "Ploegleider Pieter de Wolf bevestigde dat Kasper Holm naar Cofidis vertrekt."
    (p,) = read(text).proposals
    assert (p.person.name, p.status.value) == ("Kasper Holm", "confirmed")


def test_a_denial_with_a_current_contract_keeps_no_contract_end() -> None:
    text = "Luca Bellandi lo ha smentito: «Non vado alla Tudor, ho un contratto con la Lidl-Trek fino al 2026»."
    (p,) = read(text).proposals
    assert (p.kind.value, p.status.value, p.contract_end) == ("transfer", "denied", None)


# -- 5. non-movers: journalists ------------------------------------------------------------------
def test_a_journalist_named_in_apposition_is_never_a_mover() -> None:
    text = "Marc Dupont, a journalist at Velo Weekly, reported that Kasper Holm will join Cofidis."
    assert moves(read(text)) == [("Kasper Holm", "transfer", C, 2025)]


# -- 7. contract ends -------------------------------------------------------------------------------
CONTRACTS = [
    ("Dutch 'heeft een contract getekend tot en met' is the new deal",
     "Kasper Holm verruilt Lidl-Trek voor Cofidis en heeft een contract getekend tot en met 2026.", 2026),
    ("'is now under contract through' after an extension",
     "Kasper Holm, whose deal ran out this year, has renewed and is now under contract through 2027.", 2027),
    ("'his contract runs until' is the current deal",
     "Kasper Holm, whose contract with Lidl-Trek runs until the end of 2026, is linked with Cofidis.", None),
    ("a contract sentence that names no one belongs to the paragraph's mover",
     "Luca Bellandi potrebbe passare alla Tudor. Le parti discutono un contratto biennale.", 2026),
    ("a sentence describing the mover gives the contract",
     "Kasper Holm will join Cofidis next season. The 25-year-old Dane has agreed a two-year contract.", 2026),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "end"), CONTRACTS, ids=[r[0] for r in CONTRACTS])
def test_contract_end(rule: str, text: str, end: int | None) -> None:
    (p,) = read(text).proposals
    assert p.contract_end == end


# -- more phrasings of the same kinds, in the other languages -----------------------------------
MORE = [
    ("2. Dutch: ', terwijl' opens the clause of a second move with its own team",
     "Bij Cofidis komen Kasper Holm en Nina Vogel erbij, terwijl Thijs van der Berg naar Movistar vertrekt.",
     [("Kasper Holm", "transfer", C, 2025), ("Nina Vogel", "transfer", C, 2025),
      ("Thijs van der Berg", "transfer", M, 2025)]),
    ("6. reports called false are denied",
     "Kasper Holm said the reports linking him to Cofidis were completely false.",
     [("Kasper Holm", "transfer", C, None)]),
    ("6. Spanish: a rumour placing someone at a team, denied after a colon",
     "Tomás Echeverría, sobre los rumores que le sitúan en el Cofidis: «No hay nada de cierto».",
     [("Tomás Echeverría", "transfer", C, None)]),
    ("6. Spanish: 'desmiente su salida al X'",
     "Tomás Echeverría desmiente su salida al Cofidis y asegura que seguirá en el Movistar.",
     [("Tomás Echeverría", "transfer", C, None)]),
    ("7. a contract sentence after a move is the new deal's",
     "Kasper Holm will ride for Cofidis from next season. His contract runs through 2027.",
     [("Kasper Holm", "transfer", C, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), MORE, ids=[r[0] for r in MORE])
def test_more(rule: str, text: str, expected: list[tuple]) -> None:
    reading = read(text)
    assert moves(reading) == expected
    if rule.startswith("6."):
        assert {p.status.value for p in reading.proposals} == {"denied"}
    if rule.startswith("7."):
        assert reading.proposals[0].contract_end == 2027


INTERVIEWS = [
    ("French: 'vous rejoignez' in a question",
     "Entretien avec Kasper Holm\n\nVous rejoignez Cofidis l'an prochain. Pourquoi ?\nJ'ai grandi en regardant cette équipe.\nQuel sera votre rôle ?\nLeader dans les classiques.",
     [("Kasper Holm", "transfer", C, 2025)]),
    ("Italian: 'correrai con' in a question, and the heading's 'Intervista a' is no name",
     "Intervista a Luca Bellandi\n\nDal prossimo anno correrai con la Tudor. Perché?\nÈ la squadra giusta.\nQuale sarà il tuo ruolo?\nCapitano nelle classiche.",
     [("Luca Bellandi", "transfer", T, 2025)]),
    ("Spanish: '¿por qué fichas por X?'",
     "Entrevista con Tomás Echeverría\n\n¿Por qué fichas por el Cofidis?\nEs un buen equipo. He firmado hasta 2027.\n¿Qué papel tendrás?\nLíder en las clásicas.",
     [("Tomás Echeverría", "transfer", C, 2025)]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), INTERVIEWS, ids=[r[0] for r in INTERVIEWS])
def test_interview(rule: str, text: str, expected: list[tuple]) -> None:
    assert moves(read(text)) == expected


def test_a_trigger_running_past_a_question_does_not_hide_the_answers_own() -> None:
    text = (
        "Interview: Kasper Holm\n\nWhere do you go next?\nI signed for Cofidis, for two seasons.\n"
        "Why Cofidis?\nThey give me chances.\n"
    )
    assert moves(read(text)) == [("Kasper Holm", "transfer", C, 2025)]


def test_a_move_told_about_a_team_in_apposition_is_history() -> None:
    text = "Tomás Echeverría ganó la etapa con el Cofidis, el equipo al que llegó en 2024 procedente del Movistar."
    assert moves(read(text, published=date(2024, 9, 1))) == []


def test_the_main_verb_outside_an_aside_gives_the_contract() -> None:
    text = "Tomás Echeverría, que deja el Movistar, firmará con el Cofidis para las próximas tres temporadas."
    (p,) = read(text).proposals
    assert (p.to_team.name if p.to_team else None, p.contract_end) == (C, 2027)
