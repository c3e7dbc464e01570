"""Status from the words around a move, and the sources credited inside the text."""

from __future__ import annotations

import pytest

from tests.reading.lookup import read

STATUS = [
    ("modal hedging is a rumour", "Luca Bellandi could join Movistar next season.", "rumour"),
    ("linked is a rumour", "Luca Bellandi has been linked with a move to Movistar for 2025.", "rumour"),
    ("an outlet's report is reported", "Luca Bellandi will join Movistar next season, Cyclingnews reports.", "reported"),
    ("'set to' is reported", "Luca Bellandi is set to join Movistar next season.", "reported"),
    ("an announcement is official", "Movistar announced on Monday that Luca Bellandi joins them in 2025.", "official"),
    ("a fact with no cue is official", "Luca Bellandi joins Movistar for 2025 on a two-year deal.", "official"),
    ("a denial", "Luca Bellandi has denied that he will join Movistar next season.", "denied"),
    ("'will not join' is a denial", "Luca Bellandi will not join Movistar next season, his agent said.", "denied"),
    ("'nothing official' keeps it reported", "Luca Bellandi will join Movistar next season; nothing is official yet.", "reported"),
    ("a party confirming to an outlet", "His agent confirmed to Sporza that Luca Bellandi joins Movistar in 2025.", "confirmed"),
    ("a rumour confirmed is official", "The rumour is confirmed: Luca Bellandi signs with Movistar for 2025.", "official"),
    ("Dutch hedging", "Luca Bellandi zou volgend seizoen naar Movistar trekken.", "rumour"),
    ("French hedging", "Luca Bellandi pourrait rejoindre Movistar la saison prochaine.", "rumour"),
    ("Italian official", "È ufficiale: Luca Bellandi passa alla Movistar dal 2025.", "official"),
    ("Spanish hedging", "Luca Bellandi podría fichar por el Movistar la próxima temporada.", "rumour"),
    ("a hedged headline decides over a body report",
     "Bellandi could swap Lidl-Trek for Movistar\n\nAccording to L'Équipe, Luca Bellandi is poised to join Movistar in 2025.", "rumour"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "status"), STATUS, ids=[r[0] for r in STATUS])
def test_status(rule: str, text: str, status: str) -> None:
    (p,) = read(text).proposals
    assert p.status.value == status


CREDITS = [
    ("journalist of an outlet", "According to Anna Smit of Het Nieuwsblad, Luca Bellandi will join Movistar next season.", "Het Nieuwsblad", "Anna Smit"),
    ("an outlet that reports", "Marca reports that Luca Bellandi will join Movistar next season.", "Marca", None),
    ("a journalist who reports", "Reporter Tom Kersten reported that Luca Bellandi will join Movistar next season.", None, "Tom Kersten"),
    ("a described outlet", "The Belgian daily HLN wrote that Luca Bellandi will join Movistar next season.", "HLN", None),
    ("an outlet the table does not know", "Luca Bellandi will join Movistar next season, Radio Pedal reported on Friday.", "Radio Pedal", None),
    ("Dutch 'meldt'", "Luca Bellandi rijdt volgend seizoen voor Movistar, meldt Het Laatste Nieuws.", "HLN", None),
    ("French 'selon'", "Selon L'Équipe, Luca Bellandi rejoindra Movistar la saison prochaine.", "L'Équipe", None),
    ("Italian 'secondo'", "Secondo Tuttosport, Luca Bellandi passa alla Movistar dal 2025.", "Tuttosport", None),
    ("Spanish 'según'", "Según el diario AS, Luca Bellandi ficha por el Movistar para 2025.", "AS", None),
    ("a team's statement is no credit", "Luca Bellandi joins Movistar for 2025, Movistar said.", None, None),
    ("'according to the team' is no credit", "According to the team, Luca Bellandi joins Movistar for 2025.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "credit", "journalist"), CREDITS, ids=[r[0] for r in CREDITS]
)
def test_credit(rule: str, text: str, credit: str | None, journalist: str | None) -> None:
    (p,) = read(text).proposals
    assert (p.credit, p.journalist) == (credit, journalist)


def test_the_only_credited_source_covers_the_moves_that_credit_no_one() -> None:
    text = (
        "Sprint trains change\n\nAccording to Anna Smit of Het Nieuwsblad, Luca Bellandi will join "
        "Movistar in 2025.\n\nNina Vogel is expected to make the same move."
    )
    assert [(p.credit, p.journalist) for p in read(text).proposals] == [
        ("Het Nieuwsblad", "Anna Smit")
    ] * 2


def test_first_to_report_marks_the_credit_as_breaking() -> None:
    text = "Het Nieuwsblad, the first to report it, says Luca Bellandi will join Movistar in 2025."
    (p,) = read(text).proposals
    assert p.credit == "Het Nieuwsblad" and p.broke


def test_publisher_from_a_known_url_and_from_an_unknown_domain() -> None:
    known = read("Luca Bellandi joins Movistar for 2025.", url="https://www.cyclingnews.com/news/x")
    unknown = read("Luca Bellandi joins Movistar for 2025.", url="https://www.velo-hebdo.co.uk/x")
    assert (known.publisher, known.publisher_known) == ("Cyclingnews", True)
    assert (unknown.publisher, unknown.publisher_known) == ("Velo Hebdo", False)


def test_an_outlet_credited_in_the_next_sentence_of_the_paragraph() -> None:
    text = "Holm naar Cofidis?\n\nKasper Holm zou volgend jaar voor Cofidis rijden. Dat meldt Sporza. De ploeg zweeg."
    (p,) = read(text).proposals
    assert (p.status.value, p.credit) == ("rumour", "Sporza")
