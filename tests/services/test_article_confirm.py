"""Confirming an article's proposals: new people and teams, atomic Confirm all, edits."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.container import Services
from bot.domain.errors import InvalidInput
from bot.domain.models import Actor, ClaimKind, EntityKind, Status
from bot.services.articles import (
    ArticleReview,
    ConfirmProposals,
    EditProposal,
    ProposalNotStored,
    ProposedTeam,
    ReviewArticle,
)

GUILD = 111
MOD = Actor(5, "mod", GUILD)
OTHER_MOD = Actor(6, "othermod", 222)
URL = "https://www.cyclingnews.com/news/three-moves"
# Tables a Confirm writes to: one that fails must leave every one of them as it was.
TABLES = ("person", "team", "team_name", "claim", "claim_source", "report", "audit_log", "outbox")

THREE = (
    "Michael Mørkøv moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024. "
    "Belgian rider Jonas Vermeulen signs for the Bergen Fjord Racing Team for 2024. "
    "Juan Ayuso moves from UAE Team Emirates to Bergen Fjord Racing Team next year."
)


async def review(
    s: Services, text: str, url: str = URL, published: str | None = "2023-09-01"
) -> ArticleReview:
    return await s.articles.review(ReviewArticle(text, url, published), MOD)


async def counts(s: Services) -> dict[str, int]:
    out = {}
    for table in TABLES:
        row = await s.db.fetchone(f"SELECT count(*) FROM {table}")  # fixed table names
        assert row is not None
        out[table] = row[0]
    return out


async def inject_fault(s: Services) -> None:
    """A fault in the middle of a Confirm: the database refuses any story about a person made
    in a guild (a temp trigger on the bot's own connection), as a full disk or a bug would."""
    await s.db.conn.execute(
        "CREATE TEMP TRIGGER injected_fault BEFORE INSERT ON main.claim "
        "WHEN (SELECT guild_id FROM main.person WHERE id = NEW.person_id) IS NOT NULL "
        "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
    )


async def test_the_three_proposals_name_people_and_teams_as_the_text_does(
    services: Services,
) -> None:
    r = await review(services, THREE)
    assert [p.headline for p in r.proposals] == [
        "Michael Mørkøv moves from Soudal Quick-Step to Astana Qazaqstan Team for 2024",
        "Jonas Vermeulen moves to Bergen Fjord Racing Team for 2024",
        "Juan Ayuso moves from UAE Team Emirates to Bergen Fjord Racing Team for 2024",
    ]
    assert [p.person.is_new for p in r.proposals] == [False, True, False]
    assert r.proposals[1].person.nationality == "BEL"
    assert r.proposals[2].to_team == ProposedTeam("Bergen Fjord Racing Team")
    assert all(p.missing == () for p in r.proposals)


async def test_confirm_all_creates_the_new_person_and_one_new_team_audited(
    services: Services,
) -> None:
    r = await review(services, THREE)
    stored = await services.articles.confirm(ConfirmProposals(r.proposals), MOD)
    assert [x.added is not None for x in stored.results] == [True, True, True]
    assert [p.name for p in stored.people] == ["Jonas Vermeulen"]
    assert [t.name for t in stored.teams] == ["Bergen Fjord Racing Team"]  # one, named twice
    person_id, team_id = stored.people[0].id, stored.teams[0].id
    person = await services.db.fetchone("SELECT * FROM person WHERE id = ?", (person_id,))
    assert person is not None and person["guild_id"] == GUILD and person["nationality"] == "BEL"
    name = await services.db.fetchone("SELECT * FROM team_name WHERE team_id = ?", (team_id,))
    assert name is not None and (name["name"], name["first_season"]) == (
        "Bergen Fjord Racing Team",
        2024,
    )
    audits = await services.db.fetchall(
        "SELECT entity, action, actor_id, new_values FROM audit_log"
        " WHERE (entity = 'person' AND entity_id = ?) OR (entity = 'team' AND entity_id = ?)",
        (person_id, team_id),
    )
    assert sorted((a["entity"], a["action"], a["actor_id"]) for a in audits) == [
        ("person", "create", MOD.id),
        ("team", "create", MOD.id),
    ]
    assert json.loads(audits[0]["new_values"])["guild_id"] == GUILD
    # Both stories go to the one new team; the name index finds the new ones in this guild only.
    claims = await services.db.fetchall(
        "SELECT to_team_id FROM claim WHERE id IN (?, ?)",
        (stored.results[1].claim_id, stored.results[2].claim_id),
    )
    assert {c[0] for c in claims} == {team_id}
    found = services.directory.resolve("Jonas Vermeulen", GUILD, kinds={EntityKind.PERSON})
    assert found.best is not None and found.best.ref.id == person_id
    elsewhere = services.directory.resolve("Jonas Vermeulen", 222, kinds={EntityKind.PERSON})
    assert elsewhere.best is None or elsewhere.best.ref.id != person_id


async def test_a_fault_in_the_middle_stores_nothing_and_a_retry_stores_everything(
    services: Services,
) -> None:
    r = await review(services, THREE)
    before = await counts(services)
    await inject_fault(services)  # the second of three is about a person Confirm creates
    with pytest.raises(ProposalNotStored) as caught:
        await services.articles.confirm(ConfirmProposals(r.proposals), MOD)
    assert caught.value.proposal.number == 2
    assert caught.value.message == (
        "Proposal 2 (Jonas Vermeulen moves to Bergen Fjord Racing Team for 2024) could not be "
        "stored: it could not be written (the error was logged). Nothing was stored; edit or "
        "skip it and confirm again."
    )
    assert await counts(services) == before  # the first story, the person, the team: all gone
    assert (
        services.directory.resolve("Jonas Vermeulen", GUILD, kinds={EntityKind.PERSON}).best is None
    )
    await services.db.conn.execute("DROP TRIGGER temp.injected_fault")
    stored = await services.articles.confirm(ConfirmProposals(r.proposals), MOD)
    assert [x.added is not None for x in stored.results] == [True, True, True]
    after = await counts(services)
    assert after["claim"] >= before["claim"] + 2 and after["person"] == before["person"] + 1
    assert after["team"] == before["team"] + 1


async def test_confirming_again_adds_nothing_and_says_it_is_stored(services: Services) -> None:
    r = await review(services, THREE)
    await services.articles.confirm(ConfirmProposals(r.proposals), MOD)
    before = await counts(services)
    again = await review(services, THREE)  # the new person and team are known by now
    assert [p.person.is_new for p in again.proposals] == [False, False, False]
    assert again.proposals[1].to_team is not None and again.proposals[1].to_team.id is not None
    checks = [await services.articles.check(p, MOD) for p in again.proposals]
    assert [c.stored_id is not None for c in checks] == [True, True, True]
    stored = await services.articles.confirm(ConfirmProposals(again.proposals), MOD)
    assert [x.added for x in stored.results] == [None, None, None]
    assert await counts(services) == before


async def test_a_missing_outlet_is_asked_for_not_refused_for_good(services: Services) -> None:
    r = await review(
        services, "Cees Bol will join Cofidis next season.", url="https://24.example/x"
    )
    (p,) = r.proposals
    assert p.source.outlet is None and p.missing == ("outlet",) and r.publisher is None
    check = await services.articles.check(p, MOD)
    assert not check.storable and check.problem is not None and "outlet" in check.problem
    with pytest.raises(ProposalNotStored, match=r"Proposal 1 .* outlet"):
        await services.articles.confirm(ConfirmProposals((p,)), MOD)
    filled = await services.articles.edit(EditProposal(p, outlet="24 Heures Vélo"), MOD)
    assert filled.missing == () and filled.source.outlet == "24 Heures Vélo"
    stored = await services.articles.confirm(ConfirmProposals((filled,)), MOD)
    report = await services.db.fetchone(
        "SELECT r.outlet FROM report r JOIN claim_source cs ON cs.report_id = r.id"
        " WHERE cs.claim_id = ?",
        (stored.results[0].claim_id,),
    )
    assert report is not None and report[0] == "24 Heures Vélo"


async def test_a_missing_destination_is_never_a_new_team_and_edit_gives_it(
    services: Services,
) -> None:
    # The reader proposes no move without a destination; a proposal whose destination was
    # cleared (as Edit may leave it) shows the gap in words and asks for it.
    r = await review(
        services,
        "Julian Alaphilippe will leave Soudal Quick-Step for Arkéa at the end of the season.",
    )
    (p,) = r.proposals
    p = replace(p, to_team=None)
    assert p.to_team is None and p.missing == ("to_team",)
    assert "a new team" not in p.headline and "does not name" in p.headline
    edited = await services.articles.edit(EditProposal(p, to_team="Cofidis"), MOD)
    assert edited.missing == () and edited.to_team is not None and edited.to_team.id is not None
    assert edited.headline == (
        "Julian Alaphilippe moves from Soudal Quick-Step to Cofidis for 2024"
    )


async def test_editing_the_season_renames_known_teams_for_it(services: Services) -> None:
    r = await review(
        services, "Tom Dumoulin will join Jumbo-Visma next season.", published="2019-09-01"
    )
    (p,) = r.proposals
    assert p.to_team is not None and p.to_team.name == "Team Jumbo-Visma"
    later = await services.articles.edit(EditProposal(p, season="2024"), MOD)
    assert later.season == 2024 and later.to_team is not None
    assert later.to_team.name == "Team Visma | Lease a Bike"
    assert not later.season_from_today


async def test_edits_for_a_new_person_and_bad_values_change_nothing(services: Services) -> None:
    r = await review(services, "Belgian rider Jonas Vermeulen signs for Cofidis for 2024.")
    (p,) = r.proposals
    staff = await services.articles.edit(EditProposal(p, person_details="staff, NED"), MOD)
    assert (staff.person.role, staff.person.nationality) == ("staff", "NED")
    for bad, field in (
        (EditProposal(p, status="retracted"), "status"),
        (EditProposal(p, season="20x4"), "season"),
        (EditProposal(p, person_details="captain, Belgium"), "details"),
        (EditProposal(p, kind="promotion"), "kind"),
        (EditProposal(p, person="x"), "person"),
        (EditProposal(p, summary="s" * 400), "summary"),
    ):
        with pytest.raises(InvalidInput) as caught:
            await services.articles.edit(bad, MOD)
        assert caught.value.field == field
    assert r.proposals[0] == p  # proposals are values: a refused edit leaves it as it was


async def test_a_summary_edit_is_stored_as_written(services: Services) -> None:
    r = await review(services, "Cees Bol will join Cofidis next season.")
    p = await services.articles.edit(
        EditProposal(r.proposals[0], summary="Bol heads to Cofidis.", status="rumour"), MOD
    )
    assert p.status is Status.RUMOUR and p.kind is ClaimKind.TRANSFER
    stored = await services.articles.confirm(ConfirmProposals((p,)), MOD)
    row = await services.db.fetchone(
        "SELECT summary, status FROM claim WHERE id = ?", (stored.results[0].claim_id,)
    )
    assert row is not None and tuple(row) == ("Bol heads to Cofidis.", "rumour")


async def test_confirm_with_nothing_selected_is_refused(services: Services) -> None:
    with pytest.raises(InvalidInput, match="none were selected"):
        await services.articles.confirm(ConfirmProposals(()), MOD)


async def test_a_new_person_made_in_one_guild_is_new_again_in_another(
    services: Services,
) -> None:
    r = await review(services, "Belgian rider Jonas Vermeulen signs for Cofidis for 2024.")
    await services.articles.confirm(ConfirmProposals(r.proposals), MOD)
    other = await services.articles.review(
        ReviewArticle(
            "Belgian rider Jonas Vermeulen signs for Cofidis for 2024.", URL, "2023-09-01"
        ),
        OTHER_MOD,
    )
    assert other.proposals[0].person.is_new
    stored = await services.articles.confirm(
        ConfirmProposals((replace(other.proposals[0]),)), OTHER_MOD
    )
    assert stored.people and stored.people[0].id != r.proposals[0].person.id
