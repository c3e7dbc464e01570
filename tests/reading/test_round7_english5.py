"""The seventh round's rules for English articles (fifth set: feed items), by kind of writing,
each tested with sentences of our own.

Published 20 November 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading.lookup import moves, read

NOV = date(2024, 11, 20)


# -- a feed item's deal with its length between "a" and the noun ("has agreed a two-year -------
# -- contract with X"): a move to X, said as agreed ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Skjelmose nears Movistar\n\nMattias Skjelmose has agreed a two-year contract with"
        " Movistar from next season, according to Danish media.",
        "Skjelmose naar Movistar\n\nMattias Skjelmose heeft een tweejarig akkoord met Movistar"
        " bereikt, zo melden Deense media.",
        "Skjelmose vers Movistar\n\nMattias Skjelmose a trouvé un accord de deux ans avec"
        " Movistar, selon la presse danoise.",
        "Skjelmose verso la Movistar\n\nMattias Skjelmose ha raggiunto un accordo biennale con la"
        " Movistar, secondo la stampa danese.",
        "Skjelmose, hacia Movistar\n\nMattias Skjelmose ha alcanzado un acuerdo de dos años con"
        " Movistar, según la prensa danesa.",
    ],
)
def test_a_deal_with_its_length_before_the_team_is_a_move(text: str) -> None:
    got = {(m[0], m[1], m[2]) for m in moves(read(text, published=NOV))}
    assert got == {("Mattias Skjelmose", "transfer", "Movistar Team")}


def test_a_new_deal_with_its_length_stays_an_extension() -> None:
    text = "Skjelmose stays\n\nMattias Skjelmose has agreed a new two-year deal with Lidl-Trek."
    got = {(m[0], m[1]) for m in moves(read(text, published=NOV))}
    assert got == {("Mattias Skjelmose", "contract_extension")}
