"""The command list both adapters show for /help."""

from __future__ import annotations

from bot.presentation.answer import Answer, Section

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("transfer", "Where a rider, staff member or team is going, with sources", "/transfer name:<who> [season:<year>]"),
    ("team", "A team's arrivals, departures, staff changes and retirements", "/team name:<team> [season:<year>]"),
    ("follow", "Get a DM (or a channel post) when someone is in the news", "/follow name:<who> [channel:#x]"),
    ("following", "List what you follow", "/following"),
    ("unfollow", "Stop following someone", "/unfollow name:<who>"),
    ("addnews", "Moderators: add a sourced story", "/addnews person:<who> kind:<kind> status:<status> source_url:<link> summary:<text> ..."),
    ("addarticle", "Moderators: paste an article to get proposed stories", "/addarticle"),
    ("editnews", "Moderators: correct a story", "/editnews id:<ID>"),
    ("retractnews", "Moderators: retract a story, with a reason", "/retractnews id:<ID> reason:<text>"),
    ("history", "Moderators: every change to a person's stories", "/history name:<who>"),
    ("promote", "Bot owners: make a server's story global", "/promote id:<ID>"),
    ("config", "Admins: set the moderator role", "/config modrole role:@role"),
    ("announce", "Admins: digests and instant posts in a channel, the review channel", "/announce channel|digest|instant|role|review|status|off"),
    ("feeds", "Moderators: follow outlets' feeds; their stories become review cards", "/feeds add|list|remove|test|filter (console: also poll|cards|confirm|skip|edit)"),
    ("help", "What Mercato can do", "/help"),
)  # fmt: skip


def help_answer(available: set[str] | None = None) -> Answer:
    """The commands an adapter offers (`available`: by name; None: all), with their usage."""
    lines = [
        f"**/{name}**: {text}\n`{usage}`"
        for name, text, usage in COMMANDS
        if available is None or name in available
    ]
    return Answer(
        title="Mercato: cycling transfer news with sources",
        description="Ask about any rider, staff member or team, typed the way you type it "
        "(“cav”, “morkov”, “quick step”).",
        sections=(Section("Commands", "\n".join(lines)),),
        ephemeral=True,
    )
