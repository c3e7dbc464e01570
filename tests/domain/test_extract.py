from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.extract import MAX_TEXT, EntityHit, Extraction, ProposedClaim, extract_claims
from bot.domain.models import ClaimKind, EntityKind, EntityRef, SourceRole, Status
from bot.domain.names import fold
from bot.domain.outlets import outlet_by_name, outlet_for_url

ARTICLES = Path(__file__).parent / "articles"

# Teams: id -> (name, short forms)
TEAMS = {
    10: ("Astana Qazaqstan", ("astana", "astana qazaqstan team", "xds astana")),
    11: ("Soudal Quick-Step", ("quick-step", "quickstep", "quick step", "soudal")),
    12: ("Movistar Team", ("movistar",)),
    13: ("Lidl-Trek", ("trek",)),
    14: ("Team Visma | Lease a Bike", ("visma", "visma lease a bike")),
    15: ("Groupama-FDJ", ("fdj", "groupama")),
    16: ("Alpecin-Deceuninck", ("alpecin",)),
    17: ("Cofidis", ()),
}
# People: id -> (name, current team id, aliases). Beyond the seed story, the riders are invented.
PEOPLE = {
    1: ("Mark Cavendish", 10, ("cav", "manx missile")),
    2: ("Michael Mørkøv", 11, ("moerkoev",)),
    3: ("Vasilis Anastopoulos", 11, ()),
    4: ("Davide Ballerini", 11, ()),
    5: ("Max Kanter", 12, ()),
    20: ("Thijs van der Berg", 14, ()),
    21: ("Luca Bellandi", 13, ()),
    22: ("Søren Kjærgaard", 15, ()),
    23: ("Jonas Vandersteen", 16, ()),
    24: ("Élodie Marchand", 17, ()),
    25: ("Pieter de Wolf", 12, ()),
    26: ("Aksel Rønning", 13, ()),
    27: ("Bruno Ferretti", None, ()),
    28: ("Tomás Echeverría", 12, ()),
}


class FakeLookup:
    """Resolves folded full names, surnames and aliases of people; team names and short forms."""

    def __init__(self) -> None:
        self.people: dict[str, EntityHit] = {}
        self.teams: dict[str, EntityHit] = {}
        self.calls: list[str] = []
        for pid, (name, team_id, aliases) in PEOPLE.items():
            hit = EntityHit(EntityRef(EntityKind.PERSON, pid), name, team_id)
            surname = name.split(" ", 1)[1]
            for key in (name, surname, *aliases):
                self.people[fold(key)] = hit
                self.people[fold(key).replace(" ", "")] = hit
        for tid, (name, shorts) in TEAMS.items():
            hit = EntityHit(EntityRef(EntityKind.TEAM, tid), name)
            for key in (name, *shorts):
                self.teams[fold(key)] = hit
                self.teams[fold(key).replace(" ", "")] = hit

    def person(self, name: str) -> EntityHit | None:
        self.calls.append(name)
        return self.people.get(fold(name))

    def team(self, name: str) -> EntityHit | None:
        self.calls.append(name)
        return self.teams.get(fold(name))


def team(tid: int) -> str:
    return TEAMS[tid][0]


def article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def run(text: str, *, url: str | None = None, published: date = date(2023, 9, 28)) -> Extraction:
    return extract_claims(text, url=url, published=published, lookup=FakeLookup())


def summary(claim: ProposedClaim) -> tuple:
    return (
        claim.person.name,
        claim.kind,
        claim.from_team.name if claim.from_team else None,
        claim.to_team.name if claim.to_team else None,
        claim.season,
        claim.status,
    )


def by_person(result: Extraction) -> dict[str, ProposedClaim]:
    return {c.person.name: c for c in result.claims}


SEED_URL = "https://www.cyclingweekly.com/racing/example"


def test_seed_story() -> None:
    result = run(article("seed_story.txt"), url=SEED_URL)
    assert result.outlet == "La Gazzetta dello Sport"
    assert result.journalist == "Ciro Scognamiglio"
    assert result.source_role in (SourceRole.BROKE, SourceRole.REPORTED)
    assert result.language == "it"
    assert result.publisher == "Cycling Weekly"
    assert result.ignored_lines == 4
    assert sorted(summary(c) for c in result.claims) == sorted(
        [
            (
                "Mark Cavendish",
                ClaimKind.RETIREMENT_POSTPONED,
                team(10),
                team(10),
                2024,
                Status.REPORTED,
            ),
            (
                "Vasilis Anastopoulos",
                ClaimKind.STAFF_MOVE,
                team(11),
                team(10),
                2024,
                Status.REPORTED,
            ),
            ("Michael Mørkøv", ClaimKind.TRANSFER, team(11), team(10), 2024, Status.REPORTED),
        ]
    )
    for claim in result.claims:
        assert 0 < claim.confidence <= 1
        assert 0 < len(claim.evidence) <= 200


def test_seed_story_without_url_still_credits_gazzetta() -> None:
    result = run(article("seed_story.txt"))
    assert (result.outlet, result.journalist, result.source_role) == (
        "La Gazzetta dello Sport",
        "Ciro Scognamiglio",
        SourceRole.BROKE,
    )


def test_hedged_rumour() -> None:
    result = run(article("rumour.txt"), published=date(2024, 9, 10))
    assert [summary(c) for c in result.claims] == [
        ("Luca Bellandi", ClaimKind.TRANSFER, team(13), team(12), 2025, Status.RUMOUR)
    ]
    assert result.source_role is SourceRole.REPORTED


def test_official_press_release() -> None:
    result = run(article("official.txt"), published=date(2024, 9, 10))
    [claim] = result.claims
    assert summary(claim) == (
        "Aksel Rønning",
        ClaimKind.TRANSFER,
        team(13),
        team(15),
        2025,
        Status.OFFICIAL,
    )
    assert claim.contract_end == 2026
    assert result.source_role is SourceRole.OFFICIAL
    assert result.ignored_lines == 1


def test_official_site_url() -> None:
    text = "Jonas Vandersteen joins the team from Alpecin-Deceuninck for 2025."
    result = run(text, url="https://www.soudal-quickstep.com/news/x", published=date(2024, 10, 1))
    assert result.source_role is SourceRole.OFFICIAL
    assert result.outlet == "Soudal Quick-Step"


def test_retirement() -> None:
    result = run(article("retirement.txt"), published=date(2024, 9, 10))
    assert [summary(c) for c in result.claims] == [
        ("Élodie Marchand", ClaimKind.RETIREMENT, team(17), None, 2024, Status.OFFICIAL)
    ]
    assert result.ignored_lines == 1


def test_from_to_list() -> None:
    result = run(article("transfer_list.txt"), published=date(2024, 10, 1))
    assert [summary(c) for c in result.claims] == [
        ("Jonas Vandersteen", ClaimKind.TRANSFER, team(16), team(11), 2025, Status.CONFIRMED),
        ("Pieter de Wolf", ClaimKind.TRANSFER, team(12), team(14), 2025, Status.CONFIRMED),
        ("Tomás Echeverría", ClaimKind.TRANSFER, team(12), team(17), 2025, Status.CONFIRMED),
        ("Bruno Ferretti", ClaimKind.TRANSFER, None, team(15), 2025, Status.CONFIRMED),
        ("Søren Kjærgaard", ClaimKind.TRANSFER, team(15), team(13), 2025, Status.CONFIRMED),
    ]


def test_non_english_outlet_names() -> None:
    nieuwsblad = run(article("nieuwsblad.txt"), published=date(2024, 9, 10))
    assert (nieuwsblad.outlet, nieuwsblad.language) == ("Het Nieuwsblad", "nl")
    assert [summary(c) for c in nieuwsblad.claims] == [
        ("Thijs van der Berg", ClaimKind.TRANSFER, team(14), team(11), 2025, Status.REPORTED)
    ]
    lequipe = run(article("lequipe.txt"), published=date(2024, 9, 10))
    assert (lequipe.outlet, lequipe.language) == ("L'Équipe", "fr")
    [claim] = lequipe.claims
    assert (
        claim.person.name,
        claim.to_team.name if claim.to_team else None,
        claim.season,
        claim.status,
    ) == ("Søren Kjærgaard", "Lidl-Trek", 2025, Status.RUMOUR)
    # Not named in the text: the origin comes from the person's current team id, unnamed.
    assert claim.from_team is not None and claim.from_team.ref == EntityRef(EntityKind.TEAM, 15)


def test_denial() -> None:
    result = run(article("denial.txt"), published=date(2024, 9, 10))
    assert [summary(c) for c in result.claims] == [
        ("Jonas Vandersteen", ClaimKind.TRANSFER, team(16), team(11), 2025, Status.DENIED)
    ]
    assert result.source_role is SourceRole.DENIAL


def test_contract_extension() -> None:
    result = run(article("extension.txt"), published=date(2024, 5, 2))
    [claim] = result.claims
    assert claim.kind is ClaimKind.CONTRACT_EXTENSION
    assert claim.to_team is not None and claim.to_team.name == team(12)
    assert claim.contract_end == 2027
    assert claim.status in (Status.OFFICIAL, Status.CONFIRMED)
    assert result.ignored_lines == 1


def test_heavy_furniture() -> None:
    result = run(article("furniture.txt"), published=date(2023, 10, 4))
    assert [summary(c) for c in result.claims] == [
        ("Max Kanter", ClaimKind.TRANSFER, team(12), team(10), 2024, Status.OFFICIAL)
    ]
    assert result.journalist == "Sam Placeholder"
    assert result.ignored_lines == 14


def test_byline_and_writes_for() -> None:
    result = run(article("byline_cw.txt"), published=date(2023, 10, 4))
    assert (result.outlet, result.journalist, result.source_role) == (
        "Cycling Weekly",
        "Tom Example",
        SourceRole.REPORTED,
    )
    # Cavendish is only mentioned in passing: no claim for him.
    assert [summary(c) for c in result.claims] == [
        ("Davide Ballerini", ClaimKind.TRANSFER, team(11), team(10), 2024, Status.REPORTED)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "season", "contract_end"),
    [
        ("Mark Cavendish will retire at the end of the season.", ClaimKind.RETIREMENT, 2023, None),
        (
            "Mark Cavendish has postponed his retirement and will race on in 2024.",
            ClaimKind.RETIREMENT_POSTPONED,
            2024,
            None,
        ),
        (
            "Mark Cavendish will continue racing next year with Astana.",
            ClaimKind.RETIREMENT_POSTPONED,
            2024,
            None,
        ),
        (
            "Bruno Ferretti returns from retirement to join Cofidis for 2024.",
            ClaimKind.COMEBACK,
            2024,
            None,
        ),
        ("Max Kanter extends until 2026 with Movistar.", ClaimKind.CONTRACT_EXTENSION, None, 2026),
        (
            "Movistar renewed the contract of Max Kanter until 2025.",
            ClaimKind.CONTRACT_EXTENSION,
            None,
            2025,
        ),
        ("Davide Ballerini will move to Astana in 2024.", ClaimKind.TRANSFER, 2024, None),
        (
            "Astana announced sports director Bruno Ferretti joins them next season.",
            ClaimKind.STAFF_MOVE,
            2024,
            None,
        ),
    ],
)
def test_kinds_and_seasons(
    text: str, kind: ClaimKind, season: int | None, contract_end: int | None
) -> None:
    [claim] = run(text).claims
    assert (claim.kind, claim.season, claim.contract_end) == (kind, season, contract_end)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Davide Ballerini could join Astana next year.", Status.RUMOUR),
        ("Davide Ballerini has been linked with Astana.", Status.RUMOUR),
        ("Davide Ballerini is set to join Astana next year.", Status.REPORTED),
        ("Reports say Davide Ballerini will join Astana next year.", Status.REPORTED),
        (
            "Soudal Quick-Step has confirmed Davide Ballerini is leaving for Astana.",
            Status.CONFIRMED,
        ),
        ("Astana has officially signed Davide Ballerini from Soudal Quick-Step.", Status.OFFICIAL),
        ("Davide Ballerini will not join Astana.", Status.DENIED),
    ],
)
def test_status_cues(text: str, status: Status) -> None:
    [claim] = run(text).claims
    assert claim.status is status
    assert claim.person.name == "Davide Ballerini"


def test_team_subject_signs_several() -> None:
    text = "Astana Qazaqstan announced the signing of Michael Mørkøv and Davide Ballerini from Soudal Quick-Step for 2024."
    result = run(text, published=date(2023, 10, 4))
    assert sorted(summary(c) for c in result.claims) == sorted(
        [
            ("Michael Mørkøv", ClaimKind.TRANSFER, team(11), team(10), 2024, Status.OFFICIAL),
            ("Davide Ballerini", ClaimKind.TRANSFER, team(11), team(10), 2024, Status.OFFICIAL),
        ]
    )


def test_passing_mention_without_verb_is_not_proposed() -> None:
    assert run("Mark Cavendish won a stage at the Tour with Astana Qazaqstan in 2023.").claims == []
    assert run("Nothing happened today.").claims == []


def test_dedup_keeps_strongest() -> None:
    text = (
        "Davide Ballerini could join Astana in 2024.\n"
        "Astana has officially signed Davide Ballerini from Soudal Quick-Step for 2024.\n"
        "Ballerini is set to join Astana in 2024."
    )
    [claim] = run(text).claims
    assert claim.status is Status.OFFICIAL
    assert claim.from_team is not None and claim.from_team.name == team(11)


def test_lookup_failures_are_contained() -> None:
    class Broken:
        def person(self, name: str) -> EntityHit | None:
            raise RuntimeError("boom")

        def team(self, name: str) -> EntityHit | None:
            return None

    result = extract_claims(
        article("seed_story.txt"), url=None, published=date(2023, 9, 28), lookup=Broken()
    )
    assert result.claims == []


def test_hostile_text_does_not_crash_and_is_bounded() -> None:
    lookup = FakeLookup()
    text = article("hostile.txt")
    assert len(text) > 10_000
    result = extract_claims(
        text, url="javascript:alert(1)", published=date(2023, 9, 28), lookup=lookup
    )
    assert isinstance(result, Extraction)
    assert all(len(call) <= MAX_TEXT for call in lookup.calls)
    for claim in result.claims:
        assert len(claim.evidence) <= 200
        assert not any(ord(ch) < 32 for ch in claim.evidence)


def test_lookup_is_not_asked_about_text_beyond_the_bound() -> None:
    lookup = FakeLookup()
    text = "x " * MAX_TEXT + "Davide Ballerini will join Astana in 2024."
    assert extract_claims(text, url=None, published=date(2023, 9, 28), lookup=lookup).claims == []


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=600)
    | st.lists(
        st.sampled_from(
            [
                "Mark Cavendish",
                "Mørkøv",
                "Astana",
                "Soudal Quick-Step's",
                "will join",
                "from",
                "to",
                "for 2024",
                "could",
                "denied",
                "retire",
                "postponed his retirement",
                "(From: Movistar / To: Cofidis)",
                "\n",
                ". ",
                "According to",
                "of La Gazzetta dello Sport",
                "By",
                "Subscribe",
                "@everyone",
                "**",
                "\x00",
                "until 2027",
                "coach",
                "the same move",
                "He",
                "signs",
                "Team Visma | Lease a Bike",
                "→",
            ]
        ),
        max_size=60,
    ).map(" ".join),
    st.one_of(st.none(), st.text(max_size=40), st.just(SEED_URL)),
    st.dates(),
)
def test_never_raises(text: str, url: str | None, published: date) -> None:
    result = extract_claims(text, url=url, published=published, lookup=FakeLookup())
    assert isinstance(result, Extraction)
    assert result.ignored_lines >= 0
    for claim in result.claims:
        assert isinstance(claim.kind, ClaimKind) and isinstance(claim.status, Status)
        assert 0 <= claim.confidence <= 1


# --- outlets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gazzetta", "La Gazzetta dello Sport"),
        ("La Gazzetta dello Sport", "La Gazzetta dello Sport"),
        ("cycling weekly", "Cycling Weekly"),
        ("CYCLINGNEWS", "Cyclingnews"),
        ("l'equipe", "L'Équipe"),
        ("L’Équipe", "L'Équipe"),
        ("het nieuwsblad", "Het Nieuwsblad"),
        ("wielerflits", "WielerFlits"),
        ("velonews", "Velo"),
        ("procyclingstats", None),
        ("", None),
    ],
)
def test_outlet_by_name(name: str, expected: str | None) -> None:
    outlet = outlet_by_name(name)
    assert (outlet.name if outlet else None) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.cyclingnews.com/news/x/", "Cyclingnews"),
        ("https://amp.cyclingweekly.com/x", "Cycling Weekly"),
        ("https://velo.outsideonline.com/road/x", "Velo"),
        ("https://www.wielerflits.be/x", "WielerFlits"),
        ("https://www.gazzetta.it/Ciclismo/x.shtml", "La Gazzetta dello Sport"),
        ("https://outsideonline.com/x", None),
        ("https://ad.nl.example.com/x", None),
        ("https://www.procyclingstats.com/rider/x", None),
        ("not a url", None),
        ("http://[::1", None),
    ],
)
def test_outlet_for_url(url: str, expected: str | None) -> None:
    outlet = outlet_for_url(url)
    assert (outlet.name if outlet else None) == expected


def test_possessive_team_is_origin_not_an_outlet() -> None:
    result = run("Soudal Quick-Step's Michael Mørkøv will leave for Astana in 2024.")
    assert result.journalist is None
    assert [summary(c) for c in result.claims] == [
        ("Michael Mørkøv", ClaimKind.TRANSFER, team(11), team(10), 2024, Status.REPORTED)
    ]


def test_journalist_keeps_accents() -> None:
    result = run(
        "By Zoë Brønstad\nDavide Ballerini will join Astana in 2024, according to Het Nieuwsblad."
    )
    assert result.outlet == "Het Nieuwsblad"
    assert result.source_role is SourceRole.REPORTED
    byline = run(
        "By Zoë Brønstad\nDavide Ballerini will join Astana in 2024.",
        url="https://www.cyclingnews.com/x",
    )
    assert (byline.outlet, byline.journalist) == ("Cyclingnews", "Zoë Brønstad")


def test_hedge_in_one_clause_does_not_weaken_another() -> None:
    result = by_person(
        run("Bellandi is in talks with Movistar, while Kanter has signed for Astana.")
    )
    assert result["Luca Bellandi"].status is Status.RUMOUR
    assert result["Max Kanter"].status is Status.OFFICIAL
