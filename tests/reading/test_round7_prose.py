"""The seventh round's rules for prose, by kind of writing, each tested with sentences of our own.

Published 20 November 2024 unless said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import Known
from tests.reading.lookup import FakeLookup, moves, read

NOV = date(2024, 11, 20)

# People whose given names have a short form, beside the shared test lookup's
_MORE_PEOPLE = {
    50: "Stephen Halloran",
    51: "Filippo Ranieri",
    52: "Ignacio Sáez",
    53: "Emmanuel Girard",
    54: "Koenraad Mertens",
    55: "Tom Gallagher",
}


@dataclass
class _Lookup(FakeLookup):
    """The shared fake lookup with a few more people."""

    def person(self, name: str) -> Known | None:
        key = fold(name)
        hits = []
        for pid, full in _MORE_PEOPLE.items():
            ref = EntityRef(EntityKind.PERSON, pid)
            if key == fold(full):
                return Known(ref, full)
            if key == fold(full).split()[-1]:
                hits.append(Known(ref, full, exact=False))
        if hits:
            return hits[0]
        return super().person(name)


# -- a short form of the registry's given name with the same surname is that person ----------
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Halloran joins Cofidis\n\nSteve Halloran will join Cofidis next season as a sports"
            " director.",
            "Stephen Halloran",
        ),
        (
            "Ranieri alla Cofidis\n\nPippo Ranieri passa alla Cofidis dalla prossima stagione.",
            "Filippo Ranieri",
        ),
        (
            "Sáez ficha por el Cofidis\n\nNacho Sáez ficha por el Cofidis para la próxima"
            " temporada.",
            "Ignacio Sáez",
        ),
        (
            "Girard chez Cofidis\n\nManu Girard rejoindra Cofidis la saison prochaine.",
            "Emmanuel Girard",
        ),
        (
            "Mertens naar Cofidis\n\nKoen Mertens rijdt volgend seizoen voor Cofidis.",
            "Koenraad Mertens",
        ),
    ],
)
def test_a_short_given_name_with_the_registrys_surname_is_that_person(text: str, who: str) -> None:
    reading = read(text, published=NOV, lookup=_Lookup())
    assert [(p.person.name, p.person.ref is not None) for p in reading.proposals] == [(who, True)]
    assert moves(reading)[0][2] == "Cofidis"


def test_a_short_form_of_another_given_name_is_not_the_person_with_that_surname() -> None:
    text = "A new name at Cofidis\n\nSteve Holm will join Cofidis next season."
    reading = read(text, published=NOV, lookup=_Lookup())
    assert all(p.person.name != "Kasper Holm" for p in reading.proposals)


# -- a description right after a sentence whose only person closes it means that person --------
@pytest.mark.parametrize(
    "text",
    [
        "Weekend notes\n\nHugo Lemaire won the sprint in Lyon on Sunday. The big news, though,"
        " came from Jonas Vandersteen. The 36-year-old Belgian confirmed that he will retire"
        " at the end of the season.",
        "Les notes du week-end\n\nHugo Lemaire a gagné le sprint à Lyon dimanche. La grande"
        " nouvelle est pourtant venue de Jonas Vandersteen. Le Belge de 36 ans a confirmé"
        " qu'il prendra sa retraite à la fin de la saison.",
        "Le note del weekend\n\nHugo Lemaire ha vinto la volata a Lione domenica. La notizia"
        " più grande è però arrivata da Jonas Vandersteen. Il belga di 36 anni ha confermato"
        " che si ritirerà alla fine della stagione.",
        "Het weekend\n\nHugo Lemaire won zondag de sprint in Lyon. Het grote nieuws kwam"
        " echter van Jonas Vandersteen. De 36-jarige Belg bevestigde dat hij aan het einde"
        " van het seizoen stopt.",
        "Las notas del fin de semana\n\nHugo Lemaire ganó el sprint en Lyon el domingo. La"
        " gran noticia, sin embargo, llegó de Jonas Vandersteen. El belga de 36 años confirmó"
        " que se retirará al final de la temporada.",
    ],
)
def test_a_description_after_a_sentence_closed_by_one_name_means_that_name(text: str) -> None:
    assert moves(read(text, published=NOV)) == [("Jonas Vandersteen", "retirement", None, 2024)]


@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm will join Cofidis next season. He will ride alongside"
        " Hugo Lemaire. The 28-year-old signed a two-year deal, the team said.",
        "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis la saison prochaine. Il roulera aux"
        " côtés de Hugo Lemaire. Le Danois de 28 ans a signé un contrat de deux ans.",
    ],
)
def test_a_description_after_a_pronoun_subjects_sentence_keeps_that_subject(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end == 2026


def test_a_description_after_two_people_keeps_the_subject() -> None:
    text = (
        "Weekend notes\n\nHugo Lemaire retires at the end of the season. He beat Jonas"
        " Vandersteen and Kasper Holm in Lyon. The Frenchman confirmed it on Sunday."
    )
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Hugo Lemaire"]


# -- an interview's intro: the career finished this season, a staff role at the team next ------
@pytest.mark.parametrize(
    "intro",
    [
        "Kasper Holm has raced for the last time. The Dane finished his 14-year career at the"
        " Tour of Lombardy this month and, as Cofidis confirmed on Friday, he is not going far:"
        " from 2025 he becomes the team's director of racing.",
        "Kasper Holm finished his long professional career in Lombardy this month. As Cofidis"
        " confirmed on Friday, from 2025 he becomes the team's director of racing.",
    ],
)
def test_a_finished_career_and_a_staff_role_next_season_are_two_moves(intro: str) -> None:
    text = (
        f"Kasper Holm: from the bike to the team car\n\n{intro}\n\nSo it's over?\nIt is. My legs"
        " told me so.\n\nWhat will you do?\nHelp decide who goes to which race."
    )
    assert moves(read(text, published=date(2024, 10, 28))) == [
        ("Kasper Holm", "retirement", None, 2024),
        ("Kasper Holm", "staff_move", "Cofidis", 2025),
    ]


# -- a team denying that its rider leaves: the team left, and no destination --------------------
def test_a_team_denying_its_riders_exit_is_the_team_left_not_the_destination() -> None:
    text = (
        "Cofidis shuts down Holm exit talk\n\nCofidis have dismissed reports that Kasper Holm"
        " could leave the French team, insisting he will ride for them in 2025. Talk grew after"
        " he was left out of the team for the Tour of Lombardy, a decision some linked to a row"
        " with the management."
    )
    reading = read(text, published=date(2024, 10, 15))
    assert moves(reading) == [("Kasper Holm", "transfer", None, 2025)]
    (p,) = reading.proposals
    assert p.status.value == "denied"
    assert p.from_team is not None and p.from_team.name == "Cofidis"


def test_being_left_out_of_a_selection_is_no_move() -> None:
    text = (
        "No Lombardy for Holm at Cofidis\n\nKasper Holm was left out of the team for the Tour"
        " of Lombardy after a poor week in Emilia."
    )
    assert moves(read(text, published=date(2024, 10, 15))) == []


def test_a_rumoured_exit_with_no_destination_is_still_not_proposed() -> None:
    text = "Holm's future\n\nKasper Holm could leave Cofidis at the end of the season."
    assert moves(read(text, published=date(2024, 10, 15))) == []


# -- a past move to the team the person now leaves is their history, not news ------------------
@pytest.mark.parametrize(
    "history",
    [
        "Lemaire joined Cofidis in its first season and became its most successful rider.",
        "Holm joined Cofidis as a neo-pro and has won eleven races in its colours.",
    ],
)
def test_a_past_move_to_the_team_being_left_is_history(history: str) -> None:
    who = "Hugo Lemaire" if history.startswith("Lemaire") else "Kasper Holm"
    text = (
        f"Lidl-Trek talks\n\n{who} could be on his way out of Cofidis at the end of the season,"
        f" with Lidl-Trek the front-runner for his signature. {history}"
    )
    assert moves(read(text, published=date(2024, 7, 6))) == [(who, "transfer", "Lidl-Trek", 2025)]


def test_a_past_move_to_another_team_is_still_read() -> None:
    text = (
        "Two moves\n\nHugo Lemaire could be on his way out of Cofidis, with Lidl-Trek the"
        " front-runner. Kasper Holm joined Movistar on Monday, the team said."
    )
    assert ("Kasper Holm", "transfer", "Movistar Team", 2025) in moves(
        read(text, published=date(2024, 7, 6))
    )


# -- a rider who follows another to a team joins the leader's destination ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm joins Cofidis next season. Aksel Rønning and Luca"
        " Bellandi, his long-time team-mates, will follow the Dane to the French team.",
        "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis la saison prochaine. Ses fidèles"
        " équipiers Aksel Rønning et Luca Bellandi suivront le Danois dans l'équipe française.",
        "Holm alla Cofidis\n\nKasper Holm passa alla Cofidis la prossima stagione. Aksel Rønning"
        " e Luca Bellandi seguiranno il danese nella squadra francese.",
        "Holm naar Cofidis\n\nKasper Holm rijdt volgend seizoen voor Cofidis. Aksel Rønning en"
        " Luca Bellandi volgen de Deen naar de Franse ploeg.",
        "Holm al Cofidis\n\nKasper Holm ficha por el Cofidis para la próxima temporada. Aksel"
        " Rønning y Luca Bellandi seguirán al danés al equipo francés.",
    ],
)
def test_riders_following_a_leader_join_the_leaders_team(text: str) -> None:
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Cofidis", 2025),
    ]


def test_a_rider_following_him_after_with_is_the_follower() -> None:
    text = (
        "Holm to Cofidis\n\nKasper Holm joins Cofidis next season. The team has built its sprint"
        " train around him, with Aksel Rønning following him from Movistar as his lead-out man."
    )
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
    ]
    assert reading.proposals[1].from_team is not None
    assert reading.proposals[1].from_team.name == "Movistar Team"


@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm joins Cofidis next season. Following his win at the"
        " Tour of Lombardy, Aksel Rønning flew home to Norway.",
        "Holm to Cofidis\n\nKasper Holm joins Cofidis next season. In Lombardy, Aksel Rønning"
        " followed Holm to the line.",
        "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis la saison prochaine. En Lombardie,"
        " Aksel Rønning suivra Holm dans la descente.",
        "Holm alla Cofidis\n\nKasper Holm passa alla Cofidis la prossima stagione. Al Lombardia"
        " Aksel Rønning seguirà Holm alla ruota.",
        "Holm naar Cofidis\n\nKasper Holm rijdt volgend seizoen voor Cofidis. In Lombardije"
        " volgde Aksel Rønning hem naar de top.",
        "Holm al Cofidis\n\nKasper Holm ficha por el Cofidis para la próxima temporada. Aksel"
        " Rønning sigue al frente del equipo al menos hasta el Giro de Lombardía.",
    ],
)
def test_following_in_a_race_is_no_move(text: str) -> None:
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Kasper Holm"]


# -- someone an aside calls another person's man, joining with no team, follows that person -----
def test_another_riders_man_joining_with_no_team_follows_him() -> None:
    text = (
        "Holm stays at Cofidis\n\nKasper Holm has signed a one-year extension with Cofidis."
        " Aksel Rønning, Holm's long-time lead-out man at Movistar, joins for next season."
    )
    reading = read(text, published=NOV)
    assert ("Aksel Rønning", "transfer", "Cofidis", 2025) in moves(reading)
    assert all(
        p.person.name != "Kasper Holm" or p.kind.value != "transfer" for p in reading.proposals
    )


def test_another_riders_man_who_names_his_own_team_or_leaves_does_not_follow() -> None:
    text = (
        "Holm stays at Cofidis\n\nKasper Holm has signed a one-year extension with Cofidis."
        " Aksel Rønning, Holm's lead-out man at Movistar, joins Lidl-Trek. Luca Bellandi,"
        " Holm's old room-mate, leaves for next season."
    )
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "contract_extension", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Lidl-Trek", 2025),
    ]


# -- a leader who takes riders along: they follow him to his team -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Holm to Cofidis\n\nKasper Holm joins Cofidis next season. He brings Aksel Rønning and"
        " Luca Bellandi with him.",
        "Holm chez Cofidis\n\nKasper Holm rejoindra Cofidis la saison prochaine. Il emmène Aksel"
        " Rønning et Luca Bellandi dans ses valises.",
        "Holm alla Cofidis\n\nKasper Holm passa alla Cofidis la prossima stagione. Si porta"
        " dietro Aksel Rønning e Luca Bellandi.",
        "Holm naar Cofidis\n\nKasper Holm rijdt volgend seizoen voor Cofidis. Hij neemt Aksel"
        " Rønning en Luca Bellandi mee.",
        "Holm al Cofidis\n\nKasper Holm ficha por el Cofidis para la próxima temporada. Se lleva"
        " a Aksel Rønning y Luca Bellandi.",
    ],
)
def test_riders_a_leader_brings_along_join_his_team(text: str) -> None:
    assert moves(read(text, published=NOV)) == [
        ("Kasper Holm", "transfer", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
        ("Luca Bellandi", "transfer", "Cofidis", 2025),
    ]


@pytest.mark.parametrize(
    "race",
    [
        "In Lombardy he attacked and brought Aksel Rønning with him to the line.",
        "In de Ronde nam hij Aksel Rønning mee in zijn wiel.",
    ],
)
def test_taking_a_rider_along_in_a_race_is_no_move(race: str) -> None:
    intro = (
        "Kasper Holm joins Cofidis next season."
        if race.startswith("In Lombardy")
        else "Kasper Holm rijdt volgend seizoen voor Cofidis."
    )
    text = f"Holm\n\n{intro} {race}"
    assert [m[0] for m in moves(read(text, published=NOV))] == ["Kasper Holm"]


@pytest.mark.parametrize(
    "text",
    [
        "Holm stays at Cofidis\n\nKasper Holm has extended his contract with Cofidis until 2027."
        " Aksel Rønning, the lead-out man of Holm at Movistar, joins for next season.",
        "Holm prolonge\n\nKasper Holm a prolongé son contrat avec Cofidis jusqu'en 2027. Aksel"
        " Rønning, le fidèle équipier de Holm chez Movistar, signe pour deux saisons.",
        "Holm rinnova\n\nKasper Holm ha rinnovato il contratto con la Cofidis fino al 2027. Aksel"
        " Rønning, il gregario di Holm alla Movistar, firma per due stagioni.",
        "Holm verlengt\n\nKasper Holm heeft zijn contract bij Cofidis verlengd tot 2027. Aksel"
        " Rønning, de vaste knecht van Holm bij Movistar, sluit volgend seizoen aan.",
        "Holm renueva\n\nKasper Holm ha renovado su contrato con el Cofidis hasta 2027. Aksel"
        " Rønning, el gregario de Holm en el Movistar, firma por dos temporadas.",
    ],
)
def test_a_leaders_helper_joining_with_no_team_follows_the_leader(text: str) -> None:
    reading = read(text, published=NOV)
    assert moves(reading) == [
        ("Kasper Holm", "contract_extension", "Cofidis", 2025),
        ("Aksel Rønning", "transfer", "Cofidis", 2025),
    ]
    assert reading.proposals[1].from_team is not None
    assert reading.proposals[1].from_team.name == "Movistar Team"


@pytest.mark.parametrize(
    "text",
    [
        "Gallagher joins Cofidis\n\nThomas Gallagher will join Cofidis next season.",
        "Gallagher naar Cofidis\n\nThomas Gallagher rijdt volgend seizoen voor Cofidis.",
    ],
)
def test_the_long_form_of_the_registrys_short_given_name_is_that_person(text: str) -> None:
    reading = read(text, published=NOV, lookup=_Lookup())
    assert [(p.person.name, p.person.ref is not None) for p in reading.proposals] == [
        ("Tom Gallagher", True)
    ]


# -- "a report by J of O": the journalist and the outlet -----------------------------------------
def test_a_report_by_a_journalist_of_an_outlet_credits_both() -> None:
    text = (
        "Holm set for Cofidis\n\nKasper Holm has agreed a contract with Cofidis and will leave"
        " Movistar at the end of the season, according to a report by Anna Lindgren of Velo"
        " Weekly."
    )
    (p,) = read(text, published=date(2024, 8, 14)).proposals
    assert (p.credit, p.journalist, p.status.value) == ("Velo Weekly", "Anna Lindgren", "reported")


# -- a rider confirming the move in an interview, no announcement yet: confirmed ----------------
def test_a_rider_confirming_the_move_in_an_interview_before_the_announcement_is_confirmed() -> None:
    text = (
        "Holm confirms Cofidis move\n\nKasper Holm will race for Cofidis next season. The"
        " 24-year-old confirmed the move in an interview with Velo Weekly. Cofidis has not yet"
        " made a formal announcement."
    )
    (p,) = read(text, published=date(2024, 8, 14)).proposals
    assert (p.to_team and p.to_team.name, p.status.value) == ("Cofidis", "confirmed")


def test_a_team_that_has_not_made_an_announcement_leaves_a_report_unofficial() -> None:
    text = (
        "Holm to Cofidis\n\nKasper Holm will race for Cofidis next season, Velo Weekly reports."
        " Cofidis has not yet made an official announcement."
    )
    (p,) = read(text, published=date(2024, 8, 14)).proposals
    assert p.status.value == "reported"


# -- a contract note beside a staff member who speaks binds the rider the pronoun means ---------
def test_a_contract_note_beside_a_staff_member_binds_the_rider_it_refers_to() -> None:
    text = (
        "Holm races on\n\nKasper Holm will race on in 2025 with Cofidis, the team confirmed.\n\n"
        "His plans changed in July after a crash in the Tour. Team manager Hugo Lemaire had made"
        " no secret of wanting to keep him, and the new contract covers the 2025 season only."
    )
    (p,) = read(text, published=date(2024, 12, 7)).proposals
    assert (p.kind.value, p.season, p.contract_end) == ("retirement_postponed", 2025, 2025)
