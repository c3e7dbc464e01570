"""Stages 4-5: names the text uses, and the words that say a move happens."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.reading import pipeline
from bot.domain.reading.attribution import attribute
from bot.domain.reading.mentions import Resolver, find_mentions, given_names_agree
from bot.domain.reading.records import TriggerClass
from bot.domain.reading.triggers import find_triggers
from bot.domain.reading.vocab import languages
from tests.reading.lookup import FakeLookup


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline._document(text, None, date(2024, 9, 10), None, "t")
    c = languages()[doc.language]
    lookup = FakeLookup()
    att = attribute(doc, lookup, c)
    out = []
    for m in find_mentions(doc, Resolver(lookup), att, c):
        kind = m.kind.value if m.kind else None
        name = m.who.name if m.who else (m.team.name if m.team else None)
        out.append((m.text, kind, name))
    return out


def test_the_longest_known_name_wins_and_particles_stay_inside() -> None:
    assert found("Thijs van der Berg left Team Visma | Lease a Bike.") == [
        ("Thijs van der Berg", "person", "Thijs van der Berg"),
        ("Team Visma | Lease a Bike", "team", "Team Visma | Lease a Bike"),
    ]


def test_a_capitalised_word_before_a_name_is_trimmed() -> None:
    assert found("Yesterday Swiss rider Nina Vogel won.")[-1] == (
        "Nina Vogel",
        "person",
        "Nina Vogel",
    )


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    assert found("Kasper Holm won. Holm then rested.")[-1] == ("Holm", "person", "Kasper Holm")


def test_an_unknown_two_word_name_is_kept_as_an_unknown_name() -> None:
    assert found("Erik Tangen spoke.") == [("Erik Tangen", None, "Erik Tangen")]


def test_the_journalist_of_a_credit_is_not_a_mover() -> None:
    assert found("According to Anna Smit of Marca, Kasper Holm will move.") == [
        ("Kasper Holm", "person", "Kasper Holm"),
    ]


def test_a_table_cell_is_its_own_name() -> None:
    names = [n for _, _, n in found("Moves\n\n| Kasper Holm | Lidl-Trek | Cofidis |")]
    assert names == ["Kasper Holm", "Lidl-Trek", "Cofidis"]


@pytest.mark.parametrize(
    ("given", "full", "agree"),
    [("zak", "zakkari dempster", True), ("lizzie", "elizabeth deignan", True),
     ("tom", "thomas geraint", True), ("jan", "pieter de wolf", False), ("ion", "gorka izagirre", False)],
)  # fmt: skip
def test_given_names_agree(given: str, full: str, agree: bool) -> None:
    assert given_names_agree(given, full) is agree


def triggers(text: str) -> list[tuple[str, TriggerClass, bool, bool, bool]]:
    doc = pipeline._document(text, None, date(2024, 9, 10), None, "t")
    return [
        (doc.text[t.start : t.end], t.cls, t.narrative, t.negated, t.background)
        for t in find_triggers(doc, languages()[doc.language])
    ]


TRIGGERS = [
    ("Kasper Holm will join Cofidis.", "join", TriggerClass.MOVE),
    ("Cofidis have announced the signing of Kasper Holm.", "signing of", TriggerClass.SIGNING),
    ("Kasper Holm heeft zijn contract verlengd.", "verlengd", TriggerClass.EXTEND),
    ("Kasper Holm prendra sa retraite en octobre.", "prendra sa retraite", TriggerClass.RETIRE),
    ("Kasper Holm rinvia il ritiro di un anno.", "rinvia il ritiro", TriggerClass.POSTPONE),
    ("Tras dos años sin correr, Kasper Holm vuelve a competir con el equipo en abril.", "vuelve a competir", TriggerClass.COMEBACK),
    ("Kasper Holm wordt volgend jaar ploegleider.", "wordt volgend jaar ploegleider", TriggerClass.STAFF),
    ("Il manager della squadra smentisce la notizia del passaggio di Kasper Holm.", "smentisce", TriggerClass.DENY),
    ("Kasper Holm sigue en el Cofidis.", "sigue en", TriggerClass.STAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "cls"), TRIGGERS, ids=[t[1] for t in TRIGGERS])
def test_trigger_classes_in_five_languages(text: str, words: str, cls: TriggerClass) -> None:
    assert (words, cls) in [(w, c) for w, c, *_ in triggers(text)]


def test_narrative_negated_and_background_triggers_are_marked() -> None:
    assert triggers("Nina Vogel, who joined Cofidis in 2020, won.")[0][2:] == (True, False, False)
    assert ("join", TriggerClass.MOVE, False, True, False) in triggers(
        "Nina Vogel will not join Cofidis."
    )
    assert triggers("Since retiring, Nina Vogel coaches.")[0][2:] == (False, False, True)
    assert triggers("Nina Vogel has joined Cofidis.")[0][2] is False  # perfect tense is news
