"""What the bot says, independent of where: Discord renders it as embeds, the console as text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_ESCAPED = re.compile(r"\\([\\*_~`|>#\[\]])")
# Discord's mentions of a channel and a role, which a terminal shows as plain references.
_CHANNEL = re.compile(r"<#(\d+)>")
_ROLE = re.compile(r"<@&(\d+)>")


def plain(text: str) -> str:
    """Discord markdown to terminal text: links spelled out, mentions named, escapes and emphasis
    removed."""
    text = _LINK.sub(r"\1 <\2>", text)
    text = _ROLE.sub(r"role \1", _CHANNEL.sub(r"channel \1", text))
    text = re.sub(r"(?<!\\)\*\*?", "", text)
    return _ESCAPED.sub(r"\1", text)


class Tone(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One option when the user must pick (ambiguous names)."""

    value: str
    label: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Picture:
    """A PNG that goes with an answer: Discord shows it as the embed's image, the console writes
    it to a file. It shows nothing the answer's text does not say."""

    filename: str  # "career-mark-cavendish.png": ASCII, what a fan saving it gets
    png: bytes = field(repr=False)
    description: str = ""  # the alt text: what the picture shows, in words


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply: a title, a short summary, detail sections; ephemeral when only the asker needs it.

    `sections` may be longer than one Discord message holds: the Discord adapter paginates.
    """

    title: str
    description: str = ""
    sections: tuple[Section, ...] = ()
    footer: str | None = None
    url: str | None = None
    tone: Tone = Tone.INFO
    ephemeral: bool = False
    choices: tuple[Choice, ...] = ()
    choice_prompt: str | None = None
    # The command to run with the chosen value, e.g. ("transfer", {"season": 2024}).
    choice_command: str | None = None
    choice_args: dict[str, str] = field(default_factory=dict)
    # Rebuilds this answer from the database ("person:12", "team:3:2025"): page buttons carry
    # it instead of the pages, so they cost no memory and still work after a restart.
    page_key: str | None = None
    # The career timeline or the team's ins and outs, when the adapter asked for one.
    picture: Picture | None = None

    def as_text(self) -> str:
        """Render for the console and logs: the same content, plain text."""
        lines = [self.title]
        if self.description:
            lines += ["", self.description]
        for s in self.sections:
            lines += ["", f"## {s.name}", s.value]
        if self.choices:
            lines += ["", self.choice_prompt or "Choose one:"]
            lines += [
                f"  {n}. {c.label}" + (f" - {c.description}" if c.description else "")
                for n, c in enumerate(self.choices, 1)
            ]
        if self.url:
            lines += ["", self.url]
        if self.footer:
            lines += ["", self.footer]
        return plain("\n".join(lines))


def error(title: str, description: str = "") -> Answer:
    """An ephemeral answer in the error tone."""
    return Answer(title=title, description=description, tone=Tone.ERROR, ephemeral=True)


def success(title: str, description: str = "", *, ephemeral: bool = True) -> Answer:
    """A confirmation in the success tone (ephemeral unless said otherwise)."""
    return Answer(title=title, description=description, tone=Tone.SUCCESS, ephemeral=ephemeral)
