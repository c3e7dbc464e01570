"""Round 8, wave 2 (w2prec): precision rules for prose, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, read

NOV = date(2024, 11, 20)


@dataclass
class _Lookup(FakeLookup):
    """The shared fake lookup, plus a rider the registry knows without her second surname."""

    def person(self, name: str) -> Known | None:
        key = fold(name)
        ref = EntityRef(EntityKind.PERSON, 60)
        if key in {"maren lindqvist", "maren holt lindqvist"}:
            return Known(ref, "Maren Lindqvist")
        if key == "lindqvist":
            return Known(ref, "Maren Lindqvist", exact=False)
        return super().person(name)


# -- a double surname written in full once, then alone, is the same person --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Winter moves\n\nMaren Holt Lindqvist leaves Cofidis for Lidl-Trek next season. The team"
        " will miss Holt Lindqvist, who swaps the French squad for Lidl-Trek after four years.",
        "Mercato invernale\n\nMaren Holt Lindqvist lascia la Cofidis per la Lidl-Trek. Holt"
        " Lindqvist passa alla Lidl-Trek dopo quattro stagioni.",
        "Mercato d'hiver\n\nMaren Holt Lindqvist quitte Cofidis pour Lidl-Trek. Holt Lindqvist"
        " rejoint Lidl-Trek après quatre saisons.",
    ],
)
def test_a_written_double_surname_alone_is_the_person_named_in_full(text: str) -> None:
    reading = read(text, published=NOV, lookup=_Lookup())
    names = {p.person.name for p in reading.proposals}
    assert names == {"Maren Lindqvist"}


# -- in a Q&A interview, another rider's move told in an answer is background ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Vandersteen: 'Astana felt like home'\n\nJonas Vandersteen will ride for Astana next"
        " season, the team announced on Monday. We spoke to him.\n\nWhy Astana?\nThey believed"
        " in me from the first call.\n\nWill you be the leader?\nNot straight away. Kasper Holm"
        " is joining as well, and we will share the role.\n\nWhat about the Tour?\nWe will see"
        " in January.",
        "Vandersteen : « Astana, c'est chez moi »\n\nJonas Vandersteen courra pour Astana la"
        " saison prochaine, a annoncé l'équipe lundi.\n\nPourquoi Astana ?\nIls ont cru en moi"
        " dès le premier appel.\n\nSerez-vous le leader ?\nPas tout de suite. Kasper Holm rejoindra"
        " aussi Astana la saison prochaine, nous partagerons le rôle.\n\nEt le Tour ?\nOn verra en"
        " janvier.",
        "Vandersteen: 'Astana voelt als thuis'\n\nJonas Vandersteen rijdt volgend seizoen voor"
        " Astana, maakte de ploeg maandag bekend.\n\nWaarom Astana?\nZe geloofden meteen in"
        " mij.\n\nWordt u de kopman?\nNiet meteen. Kasper Holm stapt ook over naar Astana, we"
        " delen die rol.\n\nEn de Tour?\nDat zien we in januari.",
    ],
)
def test_another_riders_move_in_an_interviews_answer_is_background(text: str) -> None:
    reading = read(text, published=NOV)
    names = {p.person.name for p in reading.proposals}
    assert names == {"Jonas Vandersteen"}


def test_another_riders_move_told_outside_the_answers_too_stays() -> None:
    text = (
        "Vandersteen: 'Astana felt like home'\n\nJonas Vandersteen will ride for Astana next"
        " season, and Kasper Holm will join Astana too, the team announced on Monday.\n\n"
        "Why Astana?\nThey believed in me from the first call.\n\nWill you be the leader?\n"
        "Not straight away. Kasper Holm is joining as well, and we will share the role.\n\n"
        "What about the Tour?\nWe will see in January."
    )
    reading = read(text, published=NOV)
    names = {p.person.name for p in reading.proposals}
    assert names == {"Jonas Vandersteen", "Kasper Holm"}


_NEWS = "Vandersteen joins Astana\n\nJonas Vandersteen will ride for Astana next season. "


# -- a counterfactual ("Had X joined Y", "would have liked to sign X") is no move -------------
@pytest.mark.parametrize(
    "aside",
    [
        "Had Kasper Holm joined Cofidis, as many expected, Astana would have needed a leader.",
        "Astana would have liked to sign Kasper Holm too, but he is under contract elsewhere.",
        "Kasper Holm would have joined Movistar had the budget allowed it.",
    ],
)
def test_a_counterfactual_move_is_no_move(aside: str) -> None:
    reading = read(_NEWS + aside, published=NOV)
    assert {p.person.name for p in reading.proposals} == {"Jonas Vandersteen"}


# -- "three years ago" dates a told move to a past season: history ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        _NEWS + "Three years ago Kasper Holm made the same switch from Cofidis to Astana.",
        "Vandersteen chez Astana\n\nJonas Vandersteen courra pour Astana la saison prochaine."
        " Il y a trois ans, Kasper Holm avait rejoint Astana en provenance de Cofidis.",
        "Vandersteen all'Astana\n\nJonas Vandersteen correrà per l'Astana la prossima stagione."
        " Kasper Holm ha firmato per l'Astana tre anni fa.",
        "Vandersteen naar Astana\n\nJonas Vandersteen rijdt volgend seizoen voor Astana. Kasper"
        " Holm tekende drie jaar geleden bij Astana.",
        "Vandersteen ficha por Astana\n\nJonas Vandersteen correrá en Astana la próxima"
        " temporada. Hace tres años Kasper Holm fichó por Astana procedente de Cofidis.",
    ],
)
def test_a_move_told_years_ago_is_history(text: str) -> None:
    reading = read(text, published=NOV)
    assert {p.person.name for p in reading.proposals} == {"Jonas Vandersteen"}


def test_years_ago_in_an_aside_leaves_the_news_move() -> None:
    text = (
        "Holm joins Astana\n\nKasper Holm, who turned professional three years ago, will join"
        " Astana next season, the team announced."
    )
    reading = read(text, published=NOV)
    assert [(p.person.name, p.season) for p in reading.proposals] == [("Kasper Holm", 2025)]


# -- another rider's retirement announced in an earlier month is recalled news ----------------
@pytest.mark.parametrize(
    "text",
    [
        _NEWS + "His former teammate Kasper Holm announced his retirement in March.",
        "Vandersteen chez Astana\n\nJonas Vandersteen courra pour Astana la saison prochaine."
        " Chez Cofidis, Kasper Holm arrête sa carrière à la fin de la saison, comme il l'avait"
        " annoncé en février.",
        "Vandersteen all'Astana\n\nJonas Vandersteen correrà per l'Astana la prossima stagione."
        " Kasper Holm si ritirerà a fine stagione, come aveva annunciato a febbraio.",
        "Vandersteen naar Astana\n\nJonas Vandersteen rijdt volgend seizoen voor Astana. Kasper"
        " Holm stopt aan het einde van het seizoen, zoals hij in februari had aangekondigd.",
        "Vandersteen ficha por Astana\n\nJonas Vandersteen correrá en Astana la próxima"
        " temporada. Kasper Holm se retirará a final de temporada, como había anunciado en"
        " febrero.",
    ],
)
def test_another_riders_retirement_announced_months_ago_is_background(text: str) -> None:
    reading = read(text, published=NOV)
    assert {p.person.name for p in reading.proposals} == {"Jonas Vandersteen"}


@pytest.mark.parametrize(
    "text",
    [
        "Holm's last race\n\nKasper Holm, who announced his retirement in March, rode his last"
        " race on Sunday and will retire at the end of the season.",
        _NEWS + "His teammate Kasper Holm announced his retirement in November.",
    ],
)
def test_a_retirement_announced_this_month_or_headlined_stays(text: str) -> None:
    reading = read(text, published=NOV)
    assert "Kasper Holm" in {p.person.name for p in reading.proposals}


# -- "When X left for Y, ...": a past move that dates another event is no news ----------------
@pytest.mark.parametrize(
    "text",
    [
        _NEWS + "'When Kasper Holm left us for Cofidis, we needed a new leader,' said manager"
        " Aksel Rønning.",
        "Vandersteen all'Astana\n\nJonas Vandersteen correrà per l'Astana la prossima stagione."
        " «Quando Kasper Holm è passato alla Cofidis, ci serviva un leader», ha detto il"
        " manager.",
    ],
)
def test_a_past_move_after_when_is_background(text: str) -> None:
    reading = read(text, published=NOV)
    assert {p.person.name for p in reading.proposals} == {"Jonas Vandersteen"}


def test_a_future_move_after_when_stays() -> None:
    text = "Holm joins Cofidis\n\nWhen Kasper Holm joins Cofidis next season, he will lead them."
    reading = read(text, published=NOV)
    assert [p.person.name for p in reading.proposals] == ["Kasper Holm"]


# -- "in May 2023", "on 12 May 2023": a month with its year dates the move (English too) -------
@pytest.mark.parametrize(
    "aside",
    [
        "Kasper Holm joined Astana in May 2023.",
        "Kasper Holm signed for Astana on 12 March 2023 after a long wait.",
        "Kasper Holm signed for Astana on March 12, 2023 after a long wait.",
    ],
)
def test_a_move_dated_to_a_past_month_and_year_is_history(aside: str) -> None:
    reading = read(_NEWS + aside, published=NOV)
    assert {p.person.name for p in reading.proposals} == {"Jonas Vandersteen"}


# -- "stays at X, where she is under contract until 2026": her current deal, no extension ------
_STAY_NEWS = {
    "en": "Marchand joins Movistar\n\nÉlodie Marchand will ride for Movistar in 2025. ",
    "fr": "Marchand chez Movistar\n\nÉlodie Marchand courra pour Movistar en 2025. ",
    "it": "Marchand alla Movistar\n\nÉlodie Marchand correrà per la Movistar nel 2025. ",
    "es": "Marchand ficha por Movistar\n\nÉlodie Marchand correrá en Movistar en 2025. ",
}


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        ("en", "Nina Vogel stays at Cofidis, where she is under contract until 2026."),
        ("fr", "Nina Vogel reste chez Cofidis, où elle est sous contrat jusqu'en 2026."),
        ("it", "Nina Vogel resta alla Cofidis, dove è sotto contratto fino al 2026."),
        ("es", "Nina Vogel sigue en Cofidis, donde tiene contrato hasta 2026."),
    ],
)
def test_a_stay_with_the_current_contract_in_another_clause_is_no_extension(
    lang: str, aside: str
) -> None:
    reading = read(_STAY_NEWS[lang] + aside, published=NOV)
    assert {p.person.name for p in reading.proposals} == {"Élodie Marchand"}


@pytest.mark.parametrize(
    ("lang", "aside"),
    [
        ("en", "Nina Vogel stays at Cofidis until 2026."),
        ("fr", "Nina Vogel reste chez Cofidis jusqu'en 2026."),
    ],
)
def test_a_stay_until_a_year_is_still_an_extension(lang: str, aside: str) -> None:
    reading = read(_STAY_NEWS[lang] + aside, published=NOV)
    assert "Nina Vogel" in {p.person.name for p in reading.proposals}
