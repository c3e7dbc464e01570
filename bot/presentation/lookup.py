"""What the bot says when a typed name is ambiguous or matches nothing."""

from __future__ import annotations

from bot.domain.matching import detail_text
from bot.domain.text import escape_markdown
from bot.presentation.answer import Answer, Choice, Tone
from bot.services.resolver import TEAMS, Ambiguous, NoMatch


def choose(result: Ambiguous, command: str, season: int | None = None) -> Answer:
    """Ask which one was meant; the choice runs `command` again with the chosen reference."""
    return Answer(
        title="Which one did you mean?",
        description=f"Several people or teams match “{escape_markdown(result.query)}”. Pick one:",
        ephemeral=True,
        tone=Tone.WARNING,
        choices=tuple(
            Choice(m.ref.value, m.label, detail_text(m)[:100]) for m in result.candidates
        ),
        choice_prompt="Choose one:",
        choice_command=command,
        choice_args={"season": str(season)} if season else {},
    )


def which_one(result: Ambiguous) -> Answer:
    """Ambiguous where no menu is offered (/follow): name a few, point at the suggestions."""
    names = ", ".join(escape_markdown(m.label) for m in result.candidates[:5])
    return Answer(
        title="Which one?",
        description=f"Several match “{escape_markdown(result.query)}”: {names}."
        " Pick one from the suggestions while typing.",
        tone=Tone.WARNING,
        ephemeral=True,
    )


def not_found(result: NoMatch) -> Answer:
    """Nothing matches: say so, with the closest names."""
    what = "team" if result.kinds == TEAMS else "rider, staff member or team"
    text = f"No {what} matches “{escape_markdown(result.query)}”."
    if result.suggestions:
        names = ", ".join(escape_markdown(m.label) for m in result.suggestions[:3])
        text += f" Did you mean: {names}?"
    return Answer(title="Not found", description=text, ephemeral=True, tone=Tone.ERROR)
