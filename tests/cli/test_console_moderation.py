"""Moderation in the console (issue 15 items 13-17): dates, seasons, merges, history, errors."""

from __future__ import annotations

import pytest

from bot.console import Session, run_line
from bot.container import Services

BOL = (
    "/addnews person:'cees bol' kind:transfer status:{status} to_team:cofidis"
    " source_url:https://www.cyclingnews.com/news/console-bol-{n} summary:'{summary}'"
)


async def test_addnews_without_published_says_the_date_and_warns_for_a_past_season(
    services: Services,
) -> None:
    line = BOL.format(status="rumour", n=1, summary="Talks.") + " season:2021"
    text = (await run_line(services, line)).as_text()
    assert "## Source\nCyclingnews · 20 October 2023 (today: no published date given)\n" in text
    assert (
        "⚠️ No published date was given, so the source is dated today, 20 October 2023, "
        "but the 2021 season is already over."
    ) in text
    dated = (await run_line(services, line + " published:2020-08-30")).as_text()
    assert "⚠️" not in dated and "Cyclingnews · 30 August 2020\n" in dated


async def test_addnews_without_a_season_infers_it_and_merges_into_the_same_story(
    services: Services,
) -> None:
    first = BOL.format(status="rumour", n=2, summary="Talks.") + " season:2024 published:2023-06-01"
    stored = await run_line(services, first + " confirm:yes")
    claim_id = int(stored.title.split()[2])
    again = BOL.format(status="official", n=3, summary="Signs.") + " published:2023-09-02"
    preview = (await run_line(services, again)).as_text()
    assert f"Same story as ID {claim_id}: this adds one more source to it." in preview
    assert f"## Season\n2024 (not given: the season of story ID {claim_id}, which this joins)" in (
        preview
    )
    merged = await run_line(services, again + " confirm:yes")
    assert merged.title == f"Source added to story ID {claim_id}"
    shown = (await run_line(services, "/transfer cees bol 2024")).as_text()
    assert shown.count("Cofidis") >= 1 and "## 2024 · Transfer" in shown
    early = BOL.format(status="rumour", n=4, summary="Talks.").replace("cofidis", "uae")
    preview = (await run_line(services, early + " published:2023-03-02")).as_text()
    assert "## Season\n2023 (not given: announced before the transfer window;" in preview


NORA = (
    "/addnews person:'{person}' to_team:cofidis season:2024 source_url:https://{site}/news/{n}"
    " status:{status} published:{day} summary:'{summary}' {extra} confirm:yes"
)


async def test_a_merge_keeps_the_richer_fields_and_the_stronger_fuller_summary(
    services: Services,
) -> None:
    first = NORA.format(
        person="Nora Newrider", site="www.cyclingnews.com", n=1, status="rumour",
        day="2023-08-10", summary="Talks.", extra="role:rider nationality:NOR",
    )  # fmt: skip
    claim_id = int((await run_line(services, first)).title.split()[2])
    weaker = NORA.format(
        person="nora newrider", site="www.velonews.com", n=2, status="rumour",
        day="2023-08-12", summary="Talks are said to go well between the two.", extra="",
    )  # fmt: skip
    same = await run_line(services, weaker)
    assert same.description == "Merged into the existing story; status stays rumour."
    official = NORA.format(
        person="nora newrider", site="www.cyclingweekly.com", n=3, status="official",
        day="2023-09-02", summary="Signs with Cofidis until 2027, leaving Movistar.",
        extra="from_team:movistar contract_end:2027",
    )  # fmt: skip
    merged = await run_line(services, official)
    assert merged.description == (
        "Merged into the existing story; status rumour → official. Taken from this source: "
        "the team left, the contract end, the summary."
    )
    shown = (await run_line(services, "/transfer nora newrider")).as_text()
    assert (
        "## 2024 · Transfer · ✅ Official\nNora Newrider moves from Movistar Team to Cofidis"
        in (shown)
    )
    assert "contract until 2027.\nSigns with Cofidis until 2027, leaving Movistar.\n" in shown
    assert f"ID {claim_id}" in shown


async def test_history_says_what_changed_in_words_with_names_and_whole_links(
    services: Services,
) -> None:
    url = "https://www.cyclingnews.com/news/a_long-link/with_underscores-and-more-words-than-forty"
    first = NORA.format(
        person="Noa Newrider", site="www.cyclingnews.com", n=5, status="rumour",
        day="2023-08-10", summary="Talks.", extra="role:rider",
    ).replace("https://www.cyclingnews.com/news/5", url)  # fmt: skip
    claim_id = int((await run_line(services, first)).title.split()[2])
    official = NORA.format(
        person="noa newrider", site="www.cyclingweekly.com", n=6, status="official",
        day="2023-09-02", summary="Signs.", extra="from_team:movistar",
    )  # fmt: skip
    await run_line(services, official)
    await run_line(services, f"/editnews id:{claim_id} to_team:uae season:2025")
    text = (await run_line(services, "/history noa newrider")).as_text()
    lines = [line.split("` ", 1)[1] for line in text.splitlines() if line.startswith("`")]
    assert lines == [
        f"console (bot owner) corrected story ID {claim_id}: season 2024 → 2025; team joined "
        "Cofidis → UAE Team Emirates XRG",
        f"console (bot owner) added a source to story ID {claim_id}: Cycling Weekly "
        "<https://www.cyclingweekly.com/news/6> (official announcement); team left none → "
        "Movistar Team; status rumour → official; summary “Talks.” → “Signs.”",
        "console (bot owner) recorded a source: Cycling Weekly · 2023-09-02 "
        "<https://www.cyclingweekly.com/news/6>",
        f"console (bot owner) created story ID {claim_id}: transfer to Cofidis for 2024, rumour; "
        f"source: Cyclingnews <{url}> (reported)",
        f"console (bot owner) recorded a source: Cyclingnews · 2023-08-10 <{url}>",
        "console (bot owner) created the person Noa Newrider (rider), visible in every server",
    ]
    assert "_id" not in text and "None" not in text


async def test_an_edit_that_would_duplicate_asks_to_merge_in_the_console(
    services: Services,
) -> None:
    session = Session(services)
    line = BOL.replace("to_team:cofidis", "to_team:lotto-dstny")
    a = await run_line(
        services,
        line.format(status="rumour", n=7, summary="Talks.")
        + " season:2024 published:2023-08-01 confirm:yes",
    )
    b = await run_line(
        services,
        line.format(status="rumour", n=8, summary="Talks.")
        + " season:2025 published:2023-09-01 confirm:yes",
    )
    a_id, b_id = int(a.title.split()[2]), int(b.title.split()[2])
    script = await run_line(services, f"/editnews id:{a_id} season:2025")
    assert script.title == "Already stored"
    assert script.footer == "Add merge:yes to merge the two stories."
    offer, text = await session.feed(f"/editnews id:{a_id} season:2025")
    assert offer.title == f"Same story as ID {b_id}"
    assert text.endswith("Merge them? Type yes to merge, no to leave both as they are.")
    merged, _ = await session.feed("yes")
    assert merged.title == f"Story ID {a_id} merged into ID {b_id}"
    assert merged.description == (
        f"1 source moved; status stays rumour. Story ID {a_id} no longer exists."
    )
    gone = await run_line(services, f"/editnews id:{a_id} season:2026")
    assert gone.title == "Not found"


@pytest.mark.parametrize(
    ("line", "title", "description"),
    [
        ("/transfer", "Invalid name", "Name is required."),
        ("/history", "Invalid name", "Name is empty."),
        ("/promote", "Invalid id", "Story ID is required."),
        (
            BOL.format(status="sure", n=9, summary="x"),
            "Invalid status",
            "Status must be one of rumour, reported, confirmed, official, denied.",
        ),
        (
            BOL.format(status="rumour", n=9, summary="x") + " source_role:loud",
            "Invalid source_role",
            "Source role must be one of broke, reported, confirmed, official, denial.",
        ),
        (
            "/transfer cav seasn:2024",
            "Unknown option",
            "“seasn:” is not an option of /transfer: /transfer takes name, season.",
        ),
        (
            "/following all:yes",
            "Unknown option",
            "“all:” is not an option of /following: /following takes no options.",
        ),
    ],
)
async def test_console_errors_name_their_subject_and_the_valid_choices(
    services: Services, line: str, title: str, description: str
) -> None:
    answer = await run_line(services, line)
    assert (answer.title, answer.description) == (title, description)
