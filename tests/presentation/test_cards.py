"""A review card's and a paused-feed notice's text."""

from __future__ import annotations

from bot.domain.desk import CardSource, StoryProposal
from bot.presentation.cards import card_payload, notice_payload


def prop(**kw: object) -> StoryProposal:
    base: dict[str, object] = dict(
        person="Ann Rider",
        kind="transfer",
        status="rumour",
        headline="Ann Rider to Team Blue",
        evidence="e",
        season=2027,
        to_team="Team Blue",
    )
    return StoryProposal(**{**base, **kw})  # type: ignore[arg-type]


def test_card_text_cannot_ping_or_break_the_layout() -> None:
    p = prop(headline="@everyone **Ann** signs", evidence="x")
    source = CardSource(
        "Outlet_<b>", "https://o.example/a>b", "2025-10-14", "rumour", "Hi @here `x`"
    )
    payload = card_payload(1, 2, 1, p, "rumour", [source])
    assert "@everyone" not in payload["title"] and "\\*\\*Ann\\*\\*" in payload["title"]
    sources, evidence = payload["sections"]
    assert sources[1] == "Outlet\\_<b\\> · 2025-10-14"  # the unsafe link is left out
    assert "@here" not in evidence[1] and "\\`x\\`" in evidence[1]
    notice = notice_payload("A *feed*", "https://o.example/rss", "HTTP status: 404 Not Found", 20)
    assert notice["title"] == "Feed paused: A \\*feed\\*"
    assert "<https://o.example/rss>" in notice["description"]


def test_a_decided_card_says_who_decided_and_when() -> None:
    source = CardSource("Outlet", "https://o.example/a", "2025-10-14", "reported", "ev")
    payload = card_payload(
        3,
        2,
        2,
        prop(),
        "reported",
        [source],
        "confirmed",
        "edit",
        decided_by=42,
        decided_at="2026-12-05T13:20:00Z",
        claim_id=9,
    )
    assert payload["sections"][-1] == [
        "Decision",
        "✅ Confirmed by <@42> · 2026-12-05 13:20 UTC · story ID 9",
    ]
    assert payload["card"] == {
        "story_id": 3,
        "guild_id": 2,
        "revision": 2,
        "action": "edit",
        "decision": "confirmed",
    }
    assert payload["tone"] == "success"
