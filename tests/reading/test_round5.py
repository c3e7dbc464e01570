"""The fifth round's rules, by kind of writing, each tested with a sentence of our own.

Published 10 September 2024 unless said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.pelotons import Pelotons
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, moves, read

WOMEN_MOVISTAR = EntityRef(EntityKind.TEAM, 201)
MARTA = EntityRef(EntityKind.PERSON, 8)  # Marta Ferri, who rides in the women's peloton


@dataclass
class PelotonLookup(FakeLookup):
    """The fake lookup, plus a women's Movistar Team that Marta Ferri's history points to."""

    def team_for(self, name: str, person: EntityRef) -> Known | None:
        if person == MARTA and fold(name) in {"movistar", "movistar team"}:
            return Known(WOMEN_MOVISTAR, "Movistar Team")
        return None


# -- women's peloton: a name two lineages carry is the mover's peloton's ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ferri joins Movistar\n\nMarta Ferri will ride for Movistar Team from 2025.",
        "Ferri naar Movistar\n\nMarta Ferri rijdt vanaf 2025 voor Movistar Team.",
        "Ferri ficha por el Movistar\n\nMarta Ferri correrá en el Movistar Team desde 2025.",
    ],
)
def test_a_woman_joining_a_sponsors_team_joins_its_womens_lineage(text: str) -> None:
    reading = read(text, lookup=PelotonLookup())
    assert [(p.person.name, p.to_team.ref if p.to_team else None) for p in reading.proposals] == [
        ("Marta Ferri", WOMEN_MOVISTAR)
    ]


def test_a_man_joining_the_same_name_keeps_the_likeliest_lineage() -> None:
    text = "Holm joins Movistar\n\nKasper Holm will ride for Movistar Team from 2025."
    reading = read(text, lookup=PelotonLookup())
    assert moves(reading) == [("Kasper Holm", "transfer", "Movistar Team", 2025)]
    assert reading.proposals[0].to_team.ref == EntityRef(EntityKind.TEAM, 101)


def test_pelotons_group_teams_by_the_riders_they_share() -> None:
    # riders 1-2 ride for men's teams 10, 11; riders 3-4 for women's teams 20, 21
    groups = Pelotons([(1, 10), (1, 11), (2, 11), (3, 20), (3, 21), (4, 21)])
    assert groups.of_team(10) == groups.of_team(11) == groups.of_person(2)
    assert groups.of_team(20) == groups.of_team(21) == groups.of_person(4)
    assert groups.of_team(10) != groups.of_team(20)
    assert groups.of_person(99) is None and groups.of_team(99) is None


# -- credits: the phrasings outlets are credited with, in every language -----------------------
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Holm al Cofidis\n\nKasper Holm correrá en el Cofidis en 2025, según informa AS.", "AS"),
        ("Holm al Cofidis\n\nKasper Holm fichará por el Cofidis, adelanta MARCA.", "Marca"),
        (
            "Holm al Cofidis\n\nKasper Holm fichará por el Cofidis, tal y como ha podido saber "
            "Relevo.",
            "Relevo",
        ),
        (
            "Holm al Cofidis\n\nSegún las informaciones de Marca, Kasper Holm fichará por el "
            "Cofidis.",
            "Marca",
        ),
        ("Holm to Cofidis\n\nAs first reported by Marca, Kasper Holm will join Cofidis.", "Marca"),
        (
            "Holm to Cofidis\n\nKasper Holm will join Cofidis, sources close to the rider told "
            "Velo Weekly.",
            "Velo Weekly",
        ),
        ("Holm to Cofidis\n\nPedal Post understands that Kasper Holm will join Cofidis.", None),
        (
            "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis, comme l'a révélé Ouest-France.",
            "Ouest-France",
        ),
        (
            "Holm chez Cofidis\n\nSelon les informations de Vélo Hebdo, Kasper Holm rejoindra "
            "Cofidis.",
            "Vélo Hebdo",
        ),
        (
            "Holm alla Cofidis\n\nSecondo quanto appreso da Tuttobiciweb, Kasper Holm correrà con "
            "la Cofidis.",
            "Tuttobiciweb",
        ),
        ("Holm alla Cofidis\n\nLo riporta Bicisport: Kasper Holm correrà con la Cofidis.", None),
        (
            "Holm naar Cofidis\n\nKasper Holm rijdt volgend jaar voor Cofidis, berichtte Sporza.",
            "Sporza",
        ),
    ],
)
def test_an_outlet_credited_in_the_text_is_the_source(text: str, outlet: str | None) -> None:
    reading = read(text)
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]
    p = reading.proposals[0]
    assert p.status.value == "reported"
    if outlet is not None:
        assert p.credit == outlet
    else:
        assert p.credit is not None


# -- round-ups: labels, list items and a team signing several riders ---------------------------
@pytest.mark.parametrize(
    ("arrivals", "departures"),
    [
        ("Aanwinsten", "Vertrekkers"),
        ("Nouvelles recrues", "Partants"),
        ("Nuovi arrivi", "In uscita"),
        ("Incorporaciones", "Marchas"),
        ("New signings", "Departing"),
    ],
)
def test_arrivals_and_departures_labels_in_every_language(arrivals: str, departures: str) -> None:
    text = (
        f"Cofidis for next season\n\n{arrivals}:\n- Kasper Holm (Astana)\n- Luca Bellandi (Lidl-Trek)"
        f"\n\n{departures}:\n- Rafael Duarte (Movistar)"
    )
    reading = read(text, published=date(2024, 10, 1))
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Cofidis", 2025),
        ("Rafael Duarte", "transfer", "Movistar Team", 2025),
    ]


@pytest.mark.parametrize(
    "note", ["fin de carrière", "einde carrière", "fine carriera", "fin de su carrera"]
)
def test_a_departure_noted_as_a_careers_end_is_a_retirement(note: str) -> None:
    text = f"Cofidis\n\nDépart : Kasper Holm ({note})"
    reading = read(text, published=date(2024, 10, 1))
    assert [(p.person.name, p.kind.value) for p in reading.proposals] == [
        ("Kasper Holm", "retirement")
    ]


@pytest.mark.parametrize(
    "item",
    [
        "- Kasper Holm van Astana naar Cofidis",
        "- Thijs van der Berg van Astana naar Cofidis",
        "- Kasper Holm de Astana à Cofidis",
        "- Kasper Holm from Astana to Cofidis",
    ],
)
def test_a_list_item_name_from_a_to_b_without_a_mark(item: str) -> None:
    text = f"Transfers\n\nThe week's moves.\n\n{item}\n- Luca Bellandi: Lidl-Trek > Tudor"
    reading = read(text, published=date(2024, 10, 1))
    name = "Thijs van der Berg" if "Thijs" in item else "Kasper Holm"
    assert moves(reading)[0] == (name, "transfer", "Cofidis", 2025)
    assert reading.proposals[0].from_team is not None
    assert reading.proposals[0].from_team.name == "Astana Qazaqstan Team"


@pytest.mark.parametrize(
    "sentence",
    [
        "Cofidis haalt Kasper Holm (Astana) en Luca Bellandi (Lidl-Trek) binnen.",
        "Cofidis a enrôlé Kasper Holm (Astana) et Luca Bellandi (Lidl-Trek).",
        "Cofidis has signed Kasper Holm (Astana) and Luca Bellandi (Lidl-Trek).",
    ],
)
def test_a_team_signing_riders_named_with_their_old_teams_signs_them_all(sentence: str) -> None:
    reading = read(f"Cofidis recruits\n\n{sentence}", published=date(2024, 10, 1))
    assert [(p.person.name, p.to_team.name if p.to_team else None) for p in reading.proposals] == [
        ("Kasper Holm", "Cofidis"),
        ("Luca Bellandi", "Cofidis"),
    ]


def test_french_part_chez_is_a_move() -> None:
    reading = read("Mercato\n\nRafael Duarte part chez Cofidis la saison prochaine.")
    assert moves(reading) == [("Rafael Duarte", "transfer", "Cofidis", 2025)]


# -- precision: people the text only mentions --------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm will join Cofidis in 2025. He will ride beside Luca Bellandi, who moved to "
        "Cofidis from Astana last winter.",
        "Kasper Holm rijdt volgend jaar voor Cofidis. Hij wordt er ploegmaat van Luca Bellandi, "
        "die vorige winter overstapte naar Cofidis.",
        "Kasper Holm rejoindra Cofidis la saison prochaine. Il y retrouvera Luca Bellandi, qui "
        "avait rejoint Cofidis l'hiver dernier.",
        "Kasper Holm correrà con la Cofidis dal 2025. Ritroverà Luca Bellandi, che l'inverno "
        "scorso è passato alla Cofidis.",
        "Kasper Holm correrá en el Cofidis en 2025. Allí coincidirá con Luca Bellandi, que el "
        "invierno pasado fichó por el Cofidis.",
        "Kasper Holm will join Cofidis in 2025. Last winter Luca Bellandi made the same move from "
        "Astana.",
    ],
)
def test_a_teammates_past_move_told_beside_the_news_is_no_proposal(body: str) -> None:
    reading = read(f"Holm to Cofidis\n\n{body}", published=date(2024, 9, 10))
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]


def test_last_winter_in_january_is_the_season_about_to_start() -> None:
    text = "Holm to Cofidis\n\nKasper Holm joined Cofidis last winter, the team confirmed."
    reading = read(text, published=date(2025, 1, 12))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


@pytest.mark.parametrize(
    "header",
    [
        "| Corredor | Procedencia | Destino |",
        "| Rider | Origin | Destination |",
        "| Coureur | Provenance | Destination |",
        "| Corridore | Provenienza | Destinazione |",
        "| Renner | Herkomst | Bestemming |",
    ],
)
def test_a_table_headed_origin_and_destination_is_a_transfer_table(header: str) -> None:
    text = f"Moves\n\nThe deals.\n\n{header}\n|---|---|---|\n| Kasper Holm | Cofidis | Astana |"
    reading = read(text, published=date(2024, 11, 20))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]


# -- seasons: "this year" beside a race dates the race ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mercato\n\n- Kasper Holm : Cofidis → Astana\nVainqueur d'étape sur le Giro cette année, il "
        "quitte la formation nordiste.",
        "Mercato\n\n1. Marta Ferri: Cofidis → Astana\nLa vincitrice del Giro delle Fiandre di "
        "quest'anno lascia la squadra francese.",
        "Moves\n\n- Kasper Holm: Cofidis → Astana\nThe winner of a Tour stage this year leaves the "
        "French team.",
    ],
)
def test_this_year_beside_a_race_in_a_list_note_does_not_date_the_move(text: str) -> None:
    reading = read(text, published=date(2024, 10, 25))
    assert [p.season for p in reading.proposals] == [2025]


# -- sources and names in lists ----------------------------------------------------------------
def test_a_credit_inside_one_bullet_is_that_bullets_source_only() -> None:
    text = (
        "The transfer list so far\n\nMost deals are done.\n\n"
        "• Kasper Holm: Cofidis → Astana. The Dane heads to Astana after four seasons.\n"
        "• Luca Bellandi: Astana → Tudor (not yet official). He has agreed terms, according to "
        "Velo Weekly; an announcement is expected soon.\n\n"
        "Apart from Bellandi's, all of these moves have been announced by the teams."
    )
    reading = read(text, published=date(2024, 10, 15))
    got = [(p.person.name, p.status.value, p.credit) for p in reading.proposals]
    assert got == [
        ("Kasper Holm", "official", None),
        ("Luca Bellandi", "reported", "Velo Weekly"),
    ]


@pytest.mark.parametrize(
    "name", ["Marta Giulia Ferri", "Kasper Vestergaard Holm", "Jonas Pieter Vandersteen"]
)
def test_a_middle_name_the_database_leaves_out_still_names_the_person(name: str) -> None:
    reading = read(f"Moves\n\n{name} will ride for Cofidis from 2025, the team announced.")
    assert [p.person.is_new for p in reading.proposals] == [False]
    assert " ".join(name.split()[::2]) == reading.proposals[0].person.name


@pytest.mark.parametrize(
    "note",
    [
        "De klimmer keert terug naar de ploeg waar hij prof werd.",
        "He returns to the team where he turned professional.",
    ],
)
def test_a_listed_move_back_to_a_former_team_is_a_transfer_not_a_comeback(note: str) -> None:
    text = f"Nieuwe ploegen\n\nDe overstappen.\n\nKasper Holm\nVan: Astana\nNaar: Cofidis\n{note}"
    reading = read(text, published=date(2024, 12, 20))
    assert [(p.person.name, p.kind.value) for p in reading.proposals] == [
        ("Kasper Holm", "transfer")
    ]


def test_a_journalist_reporting_in_his_newsletter_credits_both() -> None:
    text = (
        "Holm in talks\n\nKasper Holm could join Astana next year, with Dan Penrose reporting in "
        "his Pelotonista column that talks have been held."
    )
    p = read(text).proposals[0]
    assert (p.credit, p.journalist) == ("Pelotonista", "Dan Penrose")


# -- interviews: answers in paragraphs of their own --------------------------------------------
def test_an_answer_in_its_own_paragraph_after_the_question_is_the_interviewees() -> None:
    text = (
        "Kasper Holm: 'A new start'\n\nWe spoke to the Dane this week.\n\n"
        "Two years after moving teams, how do you feel?\n\nTired, but happy.\n\n"
        "There is a lot of talk about your future. Can you clear it up?\n\n"
        "Yes, I can say it now: I'm going to Cofidis next year. Everything is signed. The team "
        "will put out its own announcement when it is ready."
    )
    reading = read(text, published=date(2024, 8, 28))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    p = reading.proposals[0]
    assert (p.status.value, p.contract_end) == ("confirmed", None)


# -- retirement with a staff role: each move dated by its own clause ----------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Cofidis can confirm that Kasper Holm will retire when the 2025 season is over, and that "
        "he will remain part of the team as a sports director from 2026.",
        "Cofidis confirme que Kasper Holm prendra sa retraite à la fin de la saison 2025, et qu'il "
        "deviendra directeur sportif de l'équipe en 2026.",
        "Cofidis conferma che Kasper Holm si ritirerà alla fine della stagione 2025, e che "
        "diventerà direttore sportivo della squadra dal 2026.",
        "El Cofidis confirma que Kasper Holm se retirará al final de la temporada 2025, y que será "
        "director deportivo del equipo desde 2026.",
    ],
)
def test_a_retirement_and_a_staff_role_joined_by_and_that_take_their_own_years(
    sentence: str,
) -> None:
    reading = read(f"Holm\n\n{sentence}", published=date(2025, 9, 16))
    got = sorted((p.kind.value, p.season) for p in reading.proposals)
    assert got == [("retirement", 2025), ("staff_move", 2026)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kasper Holm has extended with Cofidis for one more season.",
        "Kasper Holm verlengt bij Cofidis voor nog een jaar.",
    ],
)
def test_one_more_season_is_a_one_year_contract(sentence: str) -> None:
    reading = read(f"Holm\n\n{sentence}", published=date(2024, 9, 10))
    assert [(p.season, p.contract_end) for p in reading.proposals] == [(2025, 2025)]


# -- teams: an agreement with the destination, the years spent at the team left -----------------
def test_a_rider_reaching_an_agreement_with_a_team_joins_it() -> None:
    text = (
        "Holm agrees Astana switch after six years at Cofidis\n\nKasper Holm has reached an "
        "agreement with Astana and will race for the Kazakh team from next season."
    )
    reading = read(text, published=date(2024, 8, 18))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]


@pytest.mark.parametrize(
    "sentence",
    [
        "After six years at Cofidis, Kasper Holm joins Astana for 2025.",
        "Na zes jaar bij Cofidis kiest Kasper Holm voor Astana in 2025.",
        "Après six ans chez Cofidis, Kasper Holm rejoint Astana en 2025.",
    ],
)
def test_the_team_of_the_years_spent_is_the_one_left(sentence: str) -> None:
    reading = read(f"Holm\n\n{sentence}", published=date(2024, 8, 18))
    p = reading.proposals[0]
    assert (p.to_team.name if p.to_team else None) == "Astana Qazaqstan Team"
    assert p.from_team is not None and p.from_team.name == "Cofidis"


# -- precision: a past retirement told with a possessive, a race's name --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ferri returns\n\nMarta Ferri will return to racing with Cofidis in 2025. Marta Ferri, "
        "34, has spent the time since her retirement in the team car.",
        "Ferri keert terug\n\nMarta Ferri maakt in 2025 haar comeback bij Cofidis. Ferri, 34, zat "
        "sinds haar afscheid in de volgwagen.",
        "Ferri revient\n\nMarta Ferri fera son retour à la compétition avec Cofidis en 2025. "
        "Ferri, 34, a passé le temps depuis sa retraite dans la voiture.",
    ],
)
def test_since_her_retirement_is_background(text: str) -> None:
    reading = read(text, published=date(2024, 10, 2))
    assert [(p.kind.value, p.season) for p in reading.proposals] == [("comeback", 2025)]


@pytest.mark.parametrize("race", ["the Giro d'Italia Donne", "the Tour de France Femmes"])
def test_the_words_after_a_races_of_are_no_person(race: str) -> None:
    text = (
        f"Ferri to Cofidis\n\nMarta Ferri will join Cofidis in 2025. She won stages at {race}. "
        "At Cofidis she will join Nina Vogel."
    )
    reading = read(text, published=date(2024, 10, 2))
    assert [p.person.name for p in reading.proposals] == ["Marta Ferri"]


def test_dutch_team_contradicts_a_reported_move_to_another_team() -> None:
    text = (
        "Cofidis ontkent: 'Kasper Holm rijdt volgend jaar gewoon bij ons'\n\n"
        "Cofidis spreekt tegen dat Kasper Holm de ploeg na dit seizoen verlaat. Volgens Het "
        "Nieuwsblad wil Holm zijn contract openbreken om over te stappen naar Astana."
    )
    reading = read(text, published=date(2024, 8, 20))
    got = [(p.person.name, p.to_team.name if p.to_team else None, p.status.value, p.credit)
           for p in reading.proposals]  # fmt: skip
    assert got == [("Kasper Holm", "Astana Qazaqstan Team", "denied", "Het Nieuwsblad")]


# -- a team's section: In:/Out: paragraphs told in prose under the team's heading -----------------
SECTIONS = (
    "Ins and outs for 2025\n\nHow two teams look heading into next year.\n\nCOFIDIS\n\n"
    "Out: Kasper Holm does not leave alone. His friend Luca Bellandi follows him.\n\n"
    "In: The French team has rebuilt itself. Rafael Duarte arrives from Movistar, Hugo Lemaire "
    "from Groupama-FDJ and Tomás Echeverría, twice a stage winner, from Uno-X.\n\n"
    "Staying: Nina Vogel remains the leader.\n\nASTANA\n\n"
    "In: Holm and Bellandi, plus Jonas Vandersteen, who comes over from Lidl-Trek and is expected "
    "to lead in the hills."
)


def test_in_and_out_paragraphs_under_a_teams_heading_move_to_and_from_it() -> None:
    reading = read(SECTIONS, published=date(2024, 11, 9))
    got = sorted((p.person.name, p.to_team.name if p.to_team else None) for p in reading.proposals)
    assert got == [
        ("Hugo Lemaire", "Cofidis"),
        ("Jonas Vandersteen", "Astana Qazaqstan Team"),
        ("Kasper Holm", "Astana Qazaqstan Team"),
        ("Luca Bellandi", "Astana Qazaqstan Team"),
        ("Rafael Duarte", "Cofidis"),
        ("Tomás Echeverría", "Cofidis"),
    ]
    assert {p.season for p in reading.proposals} == {2025}
    assert {p.status.value for p in reading.proposals} == {"official"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kasper Holm does not leave Cofidis alone: Luca Bellandi joins him at Astana.",
        "Kasper Holm ne quitte pas Cofidis seul : Luca Bellandi le rejoint chez Astana.",
    ],
)
def test_not_leaving_alone_is_no_denial(sentence: str) -> None:
    reading = read(f"Holm\n\n{sentence}", published=date(2024, 11, 9))
    assert all(p.status.value != "denied" for p in reading.proposals)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "Mercato Astana\n\nArrivi: la squadra ha preso Kasper Holm dalla Cofidis e Luca "
            "Bellandi, che arriva dalla Lidl-Trek.",
            "Astana Qazaqstan Team",
        ),
        (
            "Altas y bajas: el Astana\n\nAltas: el equipo ha incorporado a Kasper Holm, que llega "
            "desde el Cofidis, y a Luca Bellandi, procedente del Lidl-Trek.",
            "Astana Qazaqstan Team",
        ),
    ],
)
def test_arrivals_told_in_prose_after_the_label_join_the_headlines_team(
    text: str, team: str
) -> None:
    reading = read(text, published=date(2024, 10, 1))
    assert sorted((p.person.name, p.to_team.name if p.to_team else None)
                  for p in reading.proposals) == [("Kasper Holm", team), ("Luca Bellandi", team)]  # fmt: skip


def test_a_headline_word_like_mercato_is_not_part_of_a_teams_name() -> None:
    text = "Mercato Cofidis\n\nArrivi: Kasper Holm (Astana)."
    assert moves(read(text, published=date(2024, 10, 1))) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025)
    ]


# -- denials of a reported move, with the outlet that reported it -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Cofidis dément\n\nCofidis dément les informations de L'Équipe selon lesquelles Kasper Holm "
        "rejoindrait Astana la saison prochaine.",
        "El Astana lo desmiente\n\nEl Astana ha desmentido este martes que vaya a fichar a Kasper "
        "Holm para 2025, como publicó Marca.",
    ],
)
def test_a_team_denying_a_reported_move(text: str) -> None:
    reading = read(text, published=date(2024, 9, 10))
    got = [(p.person.name, p.to_team.name if p.to_team else None, p.season, p.status.value)
           for p in reading.proposals]  # fmt: skip
    assert got == [("Kasper Holm", "Astana Qazaqstan Team", 2025, "denied")]
    assert reading.proposals[0].credit in ("L'Équipe", "Marca")


def test_a_retirement_dated_last_year_in_an_aside_is_background() -> None:
    text = (
        "Holm wordt ploegleider\n\nKasper Holm, vorig jaar gestopt als renner, gaat vanaf 2025 "
        "als ploegleider aan de slag bij Cofidis."
    )
    reading = read(text, published=date(2024, 9, 10))
    assert moves(reading) == [("Kasper Holm", "staff_move", "Cofidis", 2025)]


@pytest.mark.parametrize(
    "text",
    [
        "Holm vuelve\n\nKasper Holm volverá a competir en 2025 con el Cofidis, anunció el equipo.",
        "Holm torna\n\nKasper Holm tornerà a correre nel 2025 con la Cofidis, ha annunciato la "
        "squadra.",
    ],
)
def test_a_future_return_to_racing_with_a_team_is_a_comeback(text: str) -> None:
    reading = read(text, published=date(2024, 9, 10))
    assert moves(reading) == [("Kasper Holm", "comeback", "Cofidis", 2025)]


@pytest.mark.parametrize(
    "phrase",
    [
        "who won a stage of the Dauphiné last year",
        "que ganó una etapa del Critérium du Dauphiné el año pasado",
    ],
)
def test_last_year_after_a_race_dates_the_race_not_the_move(phrase: str) -> None:
    english = phrase.startswith("who")
    verb = "has signed for Cofidis until" if english else "ha firmado por el Cofidis hasta"
    text = f"Holm\n\nKasper Holm, {phrase}, {verb} 2026."
    reading = read(text, published=date(2023, 9, 12))
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2024)]


@pytest.mark.parametrize(
    ("note", "season"), [("ritiro", 2021), ("retired", 2021), ("ultima stagione", 2022)]
)
def test_a_retirement_in_a_round_up_of_next_season(note: str, season: int) -> None:
    text = (
        "Chi cambia maglia nel 2022\n\nI movimenti per la prossima stagione.\n\n"
        f"- Luca Bellandi: Cofidis → Astana\n- Kasper Holm: {note} (Cofidis)"
    )
    reading = read(text, published=date(2021, 12, 20))
    got = [(p.person.name, p.kind.value, p.season) for p in reading.proposals]
    assert ("Kasper Holm", "retirement", season) in got


def test_a_team_confirming_a_rider_will_leave_is_the_team_left() -> None:
    text = (
        "Cofidis confirm Holm exit\n\nCofidis have confirmed that Kasper Holm will leave the team "
        "at the end of the season. He is expected to join Astana, though neither team has "
        "confirmed the destination."
    )
    reading = read(text, published=date(2024, 9, 10))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]
    p = reading.proposals[0]
    assert p.from_team is not None and p.from_team.name == "Cofidis"
    assert p.status.value == "reported"


def test_putting_an_end_to_the_speculation_denies_it() -> None:
    text = (
        "Holm: 'I'm staying'\n\nKasper Holm has put an end to the speculation linking him with "
        'Astana. "I\'m staying at Cofidis," he said.'
    )
    reading = read(text)
    assert [(p.person.name, p.status.value) for p in reading.proposals] == [
        ("Kasper Holm", "denied")
    ]


def test_a_negation_before_and_belongs_to_the_verb_before_it() -> None:
    text = (
        "Holm verlengt niet en vertrekt\n\nKasper Holm verlengt zijn contract bij Cofidis niet. "
        "De Deen maakt volgend jaar de overstap naar Astana, meldt Sporza."
    )
    reading = read(text, published=date(2024, 9, 10))
    got = [(p.person.name, p.kind.value, p.status.value) for p in reading.proposals]
    assert got == [("Kasper Holm", "transfer", "reported")]


@pytest.mark.parametrize(
    "body",
    [
        "Kasper Holm colgará la bicicleta al final de esta temporada. El danés seguirá ligado al "
        "Cofidis como director deportivo a partir de 2025.",
        "Kasper Holm will hang up his wheels at the end of 2024. He will then move into a "
        "performance role with Cofidis.",
    ],
)
def test_a_retirement_then_a_role_with_the_team_is_two_moves(body: str) -> None:
    reading = read(f"Holm\n\n{body}", published=date(2024, 9, 10))
    got = sorted((p.kind.value, p.season) for p in reading.proposals)
    assert got == [("retirement", 2024), ("staff_move", 2025)]


@pytest.mark.parametrize(
    "lines",
    [
        "**Kasper Holm** (Cofidis ➝ Astana)\n**Luca Bellandi** (Lidl-Trek ➝ Tudor)",
        "Kasper Holm — Cofidis to Astana (two years)\nLuca Bellandi — Lidl-Trek to Tudor (until "
        "2026)",
    ],
)
def test_lines_with_other_arrows_or_a_dash_and_to(lines: str) -> None:
    reading = read(f"Transfer round-up\n\n{lines}", published=date(2024, 10, 1))
    assert [(p.person.name, p.to_team.name if p.to_team else None) for p in reading.proposals] == [
        ("Kasper Holm", "Astana Qazaqstan Team"),
        ("Luca Bellandi", "Tudor Pro Cycling Team"),
    ]


def test_dutch_t_m_in_a_contract_column_is_the_contracts_end() -> None:
    text = (
        "Transfers\n\n| Renner | Ploeg 2024 | Ploeg 2025 | Contract |\n|---|---|---|---|\n"
        "| Kasper Holm | Cofidis | Astana | t/m 2026 |"
    )
    reading = read(text, published=date(2024, 10, 1))
    assert [(p.season, p.contract_end) for p in reading.proposals] == [(2025, 2026)]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "Holm, al Astana\n\nSegún el periodista Juan Pérez, de AS, Kasper Holm podría fichar "
            "por el Astana en 2025.",
            ("AS", "Juan Pérez"),
        ),
        (
            "Holm naar Astana?\n\nKasper Holm zou volgend jaar voor Astana rijden, schrijft "
            "journalist Jan de Vries in De Standaard.",
            ("De Standaard", "Jan de Vries"),
        ),
        (
            "Holm to Astana?\n\nKasper Holm could join Astana in 2025, writes Dan Penrose in his "
            "Pelotonista newsletter.",
            ("Pelotonista", "Dan Penrose"),
        ),
    ],
)
def test_a_journalist_named_with_the_outlet(text: str, credit: tuple[str, str]) -> None:
    p = read(text, published=date(2024, 9, 10)).proposals[0]
    assert (p.credit, p.journalist) == credit
    assert p.status.value == "rumour"


def test_a_bold_question_names_the_team_an_answers_signing_goes_to() -> None:
    text = (
        "Interview: Kasper Holm on his move\n\nWe caught up with Kasper Holm after the Worlds.\n\n"
        "**Why Astana?**\n\nThey believe in me as a leader. I signed for three years and I start "
        "there in January.\n\n**Any regrets?**\n\nNone."
    )
    reading = read(text, published=date(2024, 10, 1))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]


def test_a_dutch_headline_quote_in_the_first_person_is_the_speakers() -> None:
    text = 'Holm: "Volgend jaar rijd ik voor Astana"\n\nKasper Holm praat over zijn transfer.'
    reading = read(text, published=date(2024, 10, 1))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]


def test_a_retirement_planned_then_given_up_is_no_hedge() -> None:
    text = (
        "Holm stelt afscheid uit\n\nKasper Holm zou na dit seizoen stoppen, maar plakt er nog een "
        "jaar aan vast bij Cofidis."
    )
    reading = read(text, published=date(2024, 9, 10))
    got = [(p.kind.value, p.season, p.status.value) for p in reading.proposals]
    assert got == [("retirement_postponed", 2025, "official")]


def test_could_join_but_is_still_a_rumour() -> None:
    text = "Holm\n\nKasper Holm could join Astana next year, but nothing has been signed."
    assert [p.status.value for p in read(text).proposals] == ["rumour"]


def test_italian_in_arrivo_dalla_is_a_move() -> None:
    text = "Mercato\n\nKasper Holm è in arrivo dalla Cofidis alla Astana per il 2025."
    reading = read(text, published=date(2024, 9, 10))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]


@pytest.mark.parametrize(
    "teaser",
    [
        "Te puede interesar: Luca Bellandi ficha por el Tudor",
        "Lire aussi : Luca Bellandi rejoint Tudor",
        "Leggi anche: Luca Bellandi passa alla Tudor",
        "Lees ook: Luca Bellandi tekent bij Tudor",
        "Related: Luca Bellandi joins Tudor",
    ],
)
def test_a_teaser_with_its_head_on_the_same_line_is_furniture(teaser: str) -> None:
    text = f"Holm\n\nKasper Holm will join Astana in 2025, the team announced.\n\n{teaser}"
    reading = read(text, published=date(2024, 9, 10))
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cofidis a nommé Jean-Marc Dupuis au poste de manager général à partir de 2025.",
        "La Cofidis ha ingaggiato Marco Bianchetti come nuovo direttore sportivo per il 2025.",
        "Cofidis heeft Pieter Janssens aangesteld als nieuwe ploegleider vanaf 2025.",
        "El Cofidis ha fichado a Pablo Gutiérrez como nuevo director deportivo para 2025.",
        "Cofidis have appointed Jean-Marc Dupuis as their new general manager from 2025.",
    ],
)
def test_a_team_appointing_someone_to_a_staff_role(sentence: str) -> None:
    reading = read(f"Cofidis\n\n{sentence}", published=date(2024, 10, 1))
    assert [(p.kind.value, p.to_team.name if p.to_team else None, p.season)
            for p in reading.proposals] == [("staff_move", "Cofidis", 2025)]  # fmt: skip
    assert reading.proposals[0].person.is_new


def test_a_signing_in_an_arrivals_paragraph_joins_the_sections_heading_team() -> None:
    text = (
        "Zo zien de ploegen eruit in 2025\n\nCOFIDIS\n\nVertrekkers: Rafael Duarte trekt naar "
        "Movistar Team.\n\nAanwinsten: de Franse ploeg haalde Kasper Holm weg bij Astana. Ook "
        "Luca Bellandi komt over van Lidl-Trek.\n\nASTANA\n\nAanwinsten: Hugo Lemaire komt van "
        "Groupama-FDJ."
    )
    reading = read(text, published=date(2024, 10, 1))
    got = sorted((p.person.name, p.to_team.name if p.to_team else None) for p in reading.proposals)
    assert got == [
        ("Hugo Lemaire", "Astana Qazaqstan Team"),
        ("Kasper Holm", "Cofidis"),
        ("Luca Bellandi", "Cofidis"),
        ("Rafael Duarte", "Movistar Team"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Extended: Kasper Holm (until 2026), Luca Bellandi (until 2027)",
        "Prolongations : Kasper Holm (jusqu'en 2026), Luca Bellandi (jusqu'en 2027)",
        "Verlengd: Kasper Holm (tot 2026), Luca Bellandi (tot 2027)",
        "Renovaciones: Kasper Holm (hasta 2026), Luca Bellandi (hasta 2027)",
        "Rinnovi: Kasper Holm (fino al 2026), Luca Bellandi (fino al 2027)",
    ],
)
def test_a_renewals_label_lists_extensions_with_their_ends(line: str) -> None:
    text = f"Cofidis 2025\n\nIn: Rafael Duarte (Movistar)\n{line}"
    reading = read(text, published=date(2024, 10, 1))
    got = [(p.person.name, p.kind.value, p.to_team.name if p.to_team else None, p.contract_end)
           for p in reading.proposals]  # fmt: skip
    assert got == [
        ("Rafael Duarte", "transfer", "Cofidis", None),
        ("Kasper Holm", "contract_extension", "Cofidis", 2026),
        ("Luca Bellandi", "contract_extension", "Cofidis", 2027),
    ]


def test_an_unknown_name_then_van_and_a_team_is_a_new_person_of_that_team() -> None:
    text = "Peeters\n\nDe overstap van Joris Peeters van Cofidis naar Astana is rond, meldt Sporza."
    reading = read(text, published=date(2024, 9, 10))
    p = reading.proposals[0]
    assert (p.person.name, p.person.is_new) == ("Joris Peeters", True)
    assert p.to_team is not None and p.to_team.name == "Astana Qazaqstan Team"
    assert p.from_team is not None and p.from_team.name == "Cofidis"


def test_the_rumoured_move_of_a_rider_denied_by_a_manager_is_the_riders() -> None:
    text = (
        "Holm naar Astana? 'Fantasie'\n\nManager Hugo Lemaire noemt de geruchten over een "
        "overstap van Kasper Holm naar Astana pure fantasie."
    )
    reading = read(text, published=date(2024, 9, 10))
    assert [(p.person.name, p.status.value) for p in reading.proposals] == [
        ("Kasper Holm", "denied")
    ]


def test_dutch_in_beeld_bij_is_a_rumoured_move() -> None:
    text = (
        "Holm in beeld bij Astana\n\nKasper Holm zou in beeld zijn bij Astana voor volgend seizoen."
    )
    reading = read(text, published=date(2024, 9, 10))
    assert moves(reading) == [("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025)]
    assert reading.proposals[0].status.value == "rumour"


def test_dutch_subordinate_year_his_last_season() -> None:
    text = (
        "Holm stopt\n\nKasper Holm heeft aangekondigd dat 2025 zijn laatste seizoen als prof wordt."
    )
    reading = read(text, published=date(2024, 12, 1))
    assert [(p.kind.value, p.season) for p in reading.proposals] == [("retirement", 2025)]


def test_unbulleted_entries_under_labels_in_capitals() -> None:
    text = (
        "Así queda el Cofidis para 2025\n\nALTAS\nKasper Holm (Astana)\nJoris Peeters (Kern "
        "Pharma)\n\nBAJAS\nRafael Duarte (Movistar)\nLuca Bellandi (retirada)"
    )
    reading = read(text, published=date(2024, 10, 1))
    got = [(p.person.name, p.kind.value, p.from_team.name if p.from_team else None, p.season)
           for p in reading.proposals]  # fmt: skip
    assert got == [
        ("Kasper Holm", "transfer", "Astana Qazaqstan Team", 2025),
        ("Joris Peeters", "transfer", "Kern Pharma", 2025),
        ("Rafael Duarte", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "retirement", "Cofidis", 2024),
    ]
