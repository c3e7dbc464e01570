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


# -- a bulleted round-up whose paragraph closes on the side's label ("The team rebuilt. Its main
# -- arrivals:"), each item "Name (from X) - note": arrivals at the headline's team -----------
@pytest.mark.parametrize(
    "text",
    [
        "Lidl-Trek: arrivals for 2026\n\nThe American team has rebuilt its climbing group. Its"
        " main arrivals:\n\n- Luca Bellandi (from Movistar) - a climber, multi-year deal\n- Kasper"
        " Holm (from Cofidis) - a time triallist\n\nStaying: Mads Pedersen remains under contract.",
        "Lidl-Trek: aanwinsten voor 2026\n\nDe Amerikaanse ploeg bouwt een klimmersblok. De"
        " belangrijkste aanwinsten:\n\n- Luca Bellandi (van Movistar) - een klimmer\n- Kasper Holm"
        " (van Cofidis) - een tijdrijder",
        "Lidl-Trek : les arrivées pour 2026\n\nL'équipe américaine reconstruit son groupe. Ses"
        " principales recrues :\n\n- Luca Bellandi (de Movistar) - un grimpeur\n- Kasper Holm (de"
        " Cofidis) - un rouleur",
        "Lidl-Trek: gli arrivi per il 2026\n\nLa squadra americana ricostruisce il gruppo. I"
        " principali arrivi:\n\n- Luca Bellandi (dalla Movistar) - uno scalatore\n- Kasper Holm"
        " (dalla Cofidis) - un cronoman",
        "Lidl-Trek: llegadas para 2026\n\nEl equipo estadounidense reconstruye su bloque. Sus"
        " principales fichajes:\n\n- Luca Bellandi (desde Movistar) - un escalador\n- Kasper Holm"
        " (desde Cofidis) - un rodador",
    ],
)
def test_items_under_a_paragraph_closed_by_an_arrivals_label_join_the_team(text: str) -> None:
    got = {(m[0], m[1], m[2]) for m in moves(read(text, published=date(2025, 10, 20)))}
    assert got == {
        ("Luca Bellandi", "transfer", "Lidl-Trek"),
        ("Kasper Holm", "transfer", "Lidl-Trek"),
    }
