"""The seventh round's third set of rules for Dutch, French, Italian and Spanish prose (and
English where the kind applies), by kind of writing, each tested with sentences of our own.

Published 10 July 2024 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

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
