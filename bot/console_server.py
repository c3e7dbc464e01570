"""The console's pretend Discord server: its user, channels and roles by name, and the sender
that prints what the bot would post there.

On Discord a follow, an announcement setting or the moderator role belongs to a server and a
user. The console has neither, so it acts as one user (the bot owner) in one server of its own,
whose channels and roles are named as typed ("transfer-news", "#transfer-news", or an id).
A name always gives the same id, so what one console session sets, the next one finds.
Nothing is sent anywhere: deliveries for this server are printed, then recorded as sent.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

from bot.container import Services
from bot.domain.errors import InvalidInput
from bot.domain.models import DEST_DM
from bot.presentation.payload import Payload
from bot.scheduling.outbox import Destination, deliver_pending

# Discord's ids are snowflakes far above these: a console row is never a real server's.
CONSOLE_GUILD_ID = 1
CONSOLE_USER_ID = 1
CHANNELS = {"general": 11, "transfer-news": 12}
ROLES = {"moderators": 21, "transfer-fans": 22}
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")
_MENTION = re.compile(r"<[#@]&?(\d{1,19})>")
_SHOWN = re.compile(r"\b(channel|role) (\d{1,19})\b")


@dataclass(slots=True)
class ConsoleServer:
    """Channel and role names of the console's server, both ways."""

    channels: dict[str, int] = field(default_factory=lambda: dict(CHANNELS))
    roles: dict[str, int] = field(default_factory=lambda: dict(ROLES))

    def channel_id(self, text: str | None, option: str = "channel") -> int:
        """A channel typed as a name ('transfer-news', '#transfer-news') or an id."""
        return _named_id(text, option, self.channels, prefix="#")

    def role_id(self, text: str | None, option: str = "role") -> int:
        """A role typed as a name ('transfer-fans', '@transfer-fans') or an id."""
        return _named_id(text, option, self.roles, prefix="@")

    def named(self, text: str) -> str:
        """Console text with the server's channels and roles by name ('#transfer-news')."""
        channels = {v: k for k, v in self.channels.items()}
        roles = {v: k for k, v in self.roles.items()}

        def name(m: re.Match[str]) -> str:
            known = channels if m[1] == "channel" else roles
            found = known.get(int(m[2]))
            return m[0] if found is None else ("#" if m[1] == "channel" else "@") + found

        return _SHOWN.sub(name, text)


def _named_id(text: str | None, option: str, names: dict[str, int], *, prefix: str) -> int:
    raw = (text or "").strip()
    mention = _MENTION.fullmatch(raw)
    if mention:
        raw = mention[1]
    if raw.isascii() and raw.isdigit() and 0 < len(raw) <= 19:
        return int(raw)
    name = "-".join(raw.removeprefix(prefix).lower().split())
    if not _NAME.fullmatch(name):
        raise InvalidInput(option, f"is required: a name like {next(iter(names))} or an id")
    if name not in names:
        # The same name gives the same id in every session (zlib.crc32 is stable).
        names[name] = 1_000 + zlib.crc32(name.encode())
    return names[name]


class PrintingSender:
    """The outbox's Sender for the console: it prints each message and keeps the text."""

    def __init__(self, server: ConsoleServer) -> None:
        self.server = server
        self.printed: list[str] = []

    async def send(self, destination: Destination, payload: Payload) -> int:
        """'Post' the payload: keep its text under a line saying where it would go."""
        if destination.kind == DEST_DM:
            where = "a direct message to you"
        else:
            where = self.server.named(f"channel {destination.id}")
        if payload.mention_role_id:
            where += " mentioning " + self.server.named(f"role {payload.mention_role_id}")
        body = self.server.named(payload.answer().as_text())
        indented = "\n".join("  " + line if line else "" for line in body.splitlines())
        self.printed.append(f"→ Would send {where}:\n{indented}")
        return payload.outbox_id or 0

    async def find_sent(self, destination: Destination, outbox_id: int) -> int | None:
        """Nothing was ever really posted."""
        return None


async def deliver(services: Services, server: ConsoleServer) -> list[str]:
    """Deliver what is due for the console's server (printed, not sent); return the texts.

    Only this server's rows: on a database a Discord bot shares, its deliveries stay its own.
    """
    sender = PrintingSender(server)
    await deliver_pending(services.db, sender, services.clock, limit=100, guild_id=CONSOLE_GUILD_ID)
    return sender.printed
