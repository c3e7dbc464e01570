"""Hostile input on every command option and form field: a clear error or a safe reply.

Never a crash ("Something went wrong"), never a ping, never a stored invalid row. Most
examples run at the service level (fast); a smaller set goes through the Discord double.
"""

from __future__ import annotations

import os
import re
import sqlite3
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.console import add_request
from bot.domain.models import Actor
from bot.domain.rules import parse_year
from bot.domain.urls import normalise_url
from bot.presentation import moderation as present
from bot.presentation.answer import Answer
from bot.presentation.articles import proposal_card, review_answer
from bot.presentation.history import history_answer
from bot.services.articles import (
    ConfirmProposals,
    EditProposal,
    ProposalCheck,
    ReviewArticle,
    Stored,
)
from bot.services.moderation import EditNews, RetractNews, ShowHistory
from bot.services.news import Added, CreatePerson, Preview
from bot.storage.check import check_database
from bot.ui.errors import error_answer
from bot.ui.render import answer_pages
from tests.answers import answers
from tests.conftest import team_answer, transfer_answer
from tests.discord_double import DiscordDouble
from tests.reliability.botworld import (
    ADMIN,
    GUILD_ID,
    MODS,
    NO_MENTIONS,
    World,
    all_text,
    bot_messages,
    story,
    title,
)
from tests.security.hostile import assert_cannot_ping, hostile_text

pytestmark = [pytest.mark.e2e]  # async tests run on the session loop (asyncio_mode = "auto")

# `make soak` runs this module again with many more examples (tests/soak).
SERVICE_EXAMPLES = int(os.environ.get("MERCATO_HOSTILE_EXAMPLES", "100"))
DOUBLE_EXAMPLES = int(os.environ.get("MERCATO_HOSTILE_DOUBLE_EXAMPLES", "25"))

SERVICE = settings(
    max_examples=SERVICE_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DOUBLE = settings(
    max_examples=DOUBLE_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ACTOR = Actor(MODS[2].id, "mod2", GUILD_ID)
ADMIN_ACTOR = Actor(ADMIN.id, "admin", GUILD_ID)
COUNTER = iter(range(10**9))

ADDNEWS_FIELDS = [
    "person", "kind", "status", "source_url", "summary", "to_team", "from_team", "season",
    "contract_end", "outlet", "journalist", "published",
]  # fmt: skip
maybe_hostile = st.one_of(st.none(), hostile_text)


def safe_answer(answer: Any) -> None:
    for page in answer_pages(answer):
        assert_cannot_ping(page.to_dict())


async def outcome(coro: Any) -> Any:
    """Run a use case: an Answer is checked for safety, an error must be a known, clear one."""
    try:
        result = await coro
    except Exception as exc:
        answer = error_answer(exc)
        assert answer is not None, f"unexpected {type(exc).__name__}: {exc}"
        safe_answer(answer)
        return exc
    if hasattr(result, "title") and hasattr(result, "sections"):
        safe_answer(result)
    return result


async def addnews(world: World, options: dict[str, Any], *, confirm: bool) -> Answer:
    """/addnews with these options (as text, as a form sends them), answered."""
    typed = {k: str(v) if isinstance(v, int) else v for k, v in options.items()}
    result = await world.services.news.add(add_request(typed, confirm=confirm), ACTOR)
    if isinstance(result, Preview):
        return present.preview_answer(result)
    if isinstance(result, Added):
        return present.added_answer(result)
    return present.unknown_person_answer(result)


async def history(world: World, name: str) -> Answer:
    return history_answer(await world.services.moderation.history(ShowHistory(name), ACTOR))


async def edit(world: World, claim_id: int, fields: dict[str, str]) -> Answer:
    request = EditNews(
        claim_id, summary=fields.get("summary"),
        season=parse_year(fields.get("season"), "season"),
        contract_end=parse_year(fields.get("contract_end"), "contract_end"),
        to_team=fields.get("to_team"), from_team=fields.get("from_team"),
    )  # fmt: skip
    return present.edited_answer(await world.services.moderation.edit(request, ACTOR))


async def retract(world: World, claim_id: int, reason: str) -> Answer:
    result = await world.services.moderation.retract(RetractNews(claim_id, reason), ACTOR)
    return present.retracted_answer(result)


def assert_store_valid(world: World) -> None:
    assert check_database(world.db_path) == []
    conn = sqlite3.connect(world.db_path)
    try:
        for (url,) in conn.execute("SELECT url FROM report WHERE guild_id = ?", (GUILD_ID,)):
            normalise_url(url)  # raises for javascript:, data:, file:, private addresses
        for row in conn.execute(
            "SELECT summary, retracted_reason FROM claim WHERE guild_id = ?"
            " UNION ALL SELECT outlet, coalesce(journalist, summary) FROM report WHERE guild_id = ?",
            (GUILD_ID, GUILD_ID),
        ):
            for text in row:
                if text is None:
                    continue
                assert len(text) <= 300
                assert not any(ord(c) < 32 or c in "\u200b\u202e\u2066\ufeff" for c in text), text
    finally:
        conn.close()


async def fresh_claim(world: World) -> int:
    n = next(COUNTER)
    person = (
        await world.services.db.fetchone(
            "SELECT id FROM person WHERE guild_id IS NULL ORDER BY id LIMIT 1 OFFSET ?",
            (n % 1100,),
        )
    )[0]
    options = story(f"person:{person}", f"https://www.cyclingnews.com/news/hostile-base-{n}")
    options["season"] = 1990 + n % 100
    answer = await addnews(world, options, confirm=True)
    return int(re.search(r"ID (\d+)", answer.title)[1])  # added, or merged into


# -- the service level: many examples ---------------------------------------------------


@SERVICE
@given(name=hostile_text, season=st.one_of(st.none(), st.integers(1900, 2100)))
async def test_transfer_and_team_names(world: World, name: str, season: int | None) -> None:
    await outcome(transfer_answer(world.services, name, GUILD_ID, season))
    await outcome(team_answer(world.services, name, GUILD_ID, season))
    await outcome(history(world, name))


@SERVICE
@given(
    hostile=st.fixed_dictionaries({f: maybe_hostile for f in ADDNEWS_FIELDS}),
    seasons=st.tuples(
        st.one_of(st.none(), st.integers(-10, 3000)), st.one_of(st.none(), st.integers(1900, 2100))
    ),
)
async def test_addnews_every_option(
    world: World, hostile: dict[str, str | None], seasons: tuple[int | None, int | None]
) -> None:
    n = next(COUNTER)
    options: dict[str, Any] = story("cavendish", f"https://www.cyclingnews.com/news/hostile-{n}")
    options["season"], options["contract_end"] = seasons
    options.update({k: v for k, v in hostile.items() if v is not None})
    for confirm in (False, True):
        await outcome(addnews(world, options, confirm=confirm))
    # The create-a-person form: name, role and nationality fields.
    await outcome(
        world.services.news.create_person(
            CreatePerson(hostile.get("person") or "Ann Other", hostile.get("kind") or "rider",
                         (hostile.get("outlet") or "")[:3] or None), ACTOR,
        )
    )  # fmt: skip


@SERVICE
@given(fields=st.fixed_dictionaries(
    {f: maybe_hostile for f in ("summary", "season", "contract_end", "to_team", "from_team")}
), reason=hostile_text)  # fmt: skip
async def test_editnews_form_and_retract_reason(
    world: World, fields: dict[str, str | None], reason: str
) -> None:
    claim_id = await fresh_claim(world)
    changed = {k: v for k, v in fields.items() if v is not None}
    await outcome(edit(world, claim_id, changed))
    await outcome(retract(world, claim_id, reason))


@SERVICE
@given(name=hostile_text, time=maybe_hostile, zone=maybe_hostile)
async def test_follow_and_digest_settings(
    world: World, name: str, time: str | None, zone: str | None
) -> None:
    announce = answers(world.services)
    await outcome(announce.follow(ACTOR, name))
    await outcome(announce.unfollow(ACTOR, name))
    await outcome(announce.set_channel(ADMIN_ACTOR, 34_002))
    for frequency in ("daily", "weekly"):
        await outcome(announce.set_digest(ADMIN_ACTOR, frequency, time, zone, 2, True))
    await outcome(announce.status(GUILD_ID))


@SERVICE
@given(
    text=st.one_of(
        hostile_text,
        st.text(max_size=5000),
        # A real story with hostile text around it, so proposals are made and stored.
        st.builds(
            lambda a, b: f"{a}\nMichael Mørkøv has signed for Cofidis for 2026. {b}",
            hostile_text,
            hostile_text,
        ),
    ),
    url=st.one_of(hostile_text, st.just("https://www.cyclingnews.com/news/hostile-article")),
    published=maybe_hostile,
)
async def test_addarticle_form_and_storing_its_proposals(
    world: World, text: str, url: str, published: str | None
) -> None:
    request = ReviewArticle(text, url, published)
    review = await outcome(world.services.articles.review(request, ACTOR))
    if not isinstance(review, Exception):
        safe_answer(review_answer(review))
    for proposal in getattr(review, "proposals", ())[:2]:
        check = await outcome(world.services.articles.check(proposal, ACTOR))
        if isinstance(check, ProposalCheck):
            safe_answer(proposal_card(check, 2))
        result = await outcome(
            world.services.articles.confirm(ConfirmProposals((proposal,)), ACTOR)
        )
        if isinstance(result, Stored):
            safe_answer(review_answer(review, result))


EDIT_FIELDS = (
    "person", "person_details", "kind", "from_team", "to_team", "season", "contract_end",
    "status", "outlet", "summary",
)  # fmt: skip


@SERVICE
@given(edits=st.fixed_dictionaries({f: maybe_hostile for f in EDIT_FIELDS}))
async def test_a_moderators_edits_of_a_proposal_and_storing_it(
    world: World, edits: dict[str, str | None]
) -> None:
    text = "Belgian rider Jonas Vermeulen signs for the Bergen Fjord Racing Team for 2026."
    request = ReviewArticle(text, "https://www.cyclingnews.com/news/hostile-edit", None)
    review = await world.services.articles.review(request, ACTOR)
    for proposal in review.proposals[:1]:
        edited = await outcome(world.services.articles.edit(EditProposal(proposal, **edits), ACTOR))
        if isinstance(edited, Exception):
            continue
        safe_answer(proposal_card(await world.services.articles.check(edited, ACTOR), 1))
        result = await outcome(world.services.articles.confirm(ConfirmProposals((edited,)), ACTOR))
        if isinstance(result, Stored):
            safe_answer(review_answer(review, result))


def test_zz_nothing_invalid_was_stored_by_the_service_runs(world: World) -> None:
    assert_store_valid(world)


# -- through the Discord double: fewer examples, the whole path -----------------------------


def clip(value: str, spec: dict[str, Any]) -> str:
    value = value[: spec.get("max_length", 6000)]
    return (
        value
        if len(value) >= spec.get("min_length", 1)
        else value.ljust(spec.get("min_length", 1), "x")
    )


def option_specs(
    double: DiscordDouble, name: str, sub: str | None = None
) -> dict[str, dict[str, Any]]:
    cmd = double.registered_command(name)
    assert cmd is not None
    options = cmd.get("options") or []
    if sub:
        options = next(o for o in options if o["name"] == sub)["options"]
    return {o["name"]: o for o in options}


def assert_safe_replies(double: DiscordDouble, since: int) -> None:
    for rec in list(double.interactions.values())[since:]:
        assert [s for s, _ in rec.callback_attempts if s == 200], rec
    for body in bot_messages(double)[since:]:
        if "embeds" in body or "content" in body:
            assert body.get("allowed_mentions") == NO_MENTIONS, body
            assert "Something went wrong" not in all_text(body)
            assert_cannot_ping(body)


@DOUBLE
@given(values=st.fixed_dictionaries({
    "person": hostile_text, "summary": hostile_text, "source_url": hostile_text,
    "outlet": hostile_text, "journalist": hostile_text, "to_team": hostile_text,
    "published": hostile_text, "name": hostile_text, "reason": hostile_text,
    "time": hostile_text, "timezone": hostile_text,
}), pick=st.sets(st.sampled_from(
    ["person", "summary", "source_url", "outlet", "journalist", "to_team", "published"]
), min_size=1))  # fmt: skip
async def test_hostile_options_through_discord(
    world: World, double: DiscordDouble, values: dict[str, str], pick: set[str]
) -> None:
    since_i, since_m = len(double.interactions), len(bot_messages(double))
    mod = MODS[3]
    n = next(COUNTER)
    specs = option_specs(double, "addnews")
    options = story("cavendish", f"https://www.cyclingnews.com/news/hostile-e2e-{n}")
    options.update({k: clip(values[k], specs[k]) for k in pick})
    rec = await double.invoke_command("addnews", options, user=mod)
    await rec.response()
    for name in ("transfer", "team", "follow", "history"):
        spec = option_specs(double, name)["name"]
        r = await double.invoke_command(name, {"name": clip(values["name"], spec)}, user=mod)
        await r.response()
    reason = clip(values["reason"], option_specs(double, "retractnews")["reason"])
    r = await double.invoke_command("retractnews", {"id": 10**9, "reason": reason}, user=mod)
    await r.response()
    digest = option_specs(double, "announce", "digest")
    r = await double.invoke_command(
        "announce",
        {"frequency": "daily", "time": clip(values["time"], digest["time"]),
         "timezone": clip(values["timezone"], digest["timezone"])},
        subcommand="digest", user=ADMIN,
    )  # fmt: skip
    await r.response()
    assert_safe_replies(double, since_i)
    assert len(bot_messages(double)) > since_m


@DOUBLE
@given(fields=st.fixed_dictionaries({
    "summary": hostile_text, "season": hostile_text, "contract_end": hostile_text,
    "to_team": hostile_text, "from_team": hostile_text,
}))  # fmt: skip
async def test_hostile_edit_form_through_discord(
    world: World, double: DiscordDouble, fields: dict[str, str]
) -> None:
    since = len(double.interactions)
    claim_id = await fresh_claim(world)
    mod = MODS[2]
    modal = await (await double.invoke_command("editnews", {"id": claim_id}, user=mod)).response()
    limits = {
        c["custom_id"]: c
        for row in modal["data"]["components"]
        for c in ([row["component"]] if "component" in row else row["components"])
    }
    submitted = {k: v[: limits[k].get("max_length", 4000)] for k, v in fields.items()}
    rec = await double.submit_modal(modal["data"]["custom_id"], submitted, user=mod)
    data = (await rec.response())["data"]
    assert title(data) in {f"Story ID {claim_id} updated"} or title(data).startswith("Invalid")
    assert_safe_replies(double, since)


def test_zz_nothing_invalid_was_stored_through_discord(world: World) -> None:
    assert_store_valid(world)
