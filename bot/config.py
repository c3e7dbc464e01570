"""Typed settings from the environment and `.env`."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from bot.domain.errors import MercatoError

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
WIKIDATA_SPARQL_URL = "https://query.wikidata.org/sparql"
WIKIDATA_API_URL = "https://www.wikidata.org/w/api.php"


class ConfigError(MercatoError):
    """A setting is missing or invalid; the message names it."""

    title = "Configuration error"
    exit_code = 2

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name


@dataclass(frozen=True, slots=True)
class Settings:
    discord_token: str | None = field(default=None, repr=False)
    database_path: Path = Path("var/mercato.sqlite3")
    dev_guild_id: int | None = None
    owner_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    default_timezone: str = "Europe/Brussels"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    sync_global: bool = False
    feed_poll_seconds: int | None = None  # replaces every feed's own interval (tests, small setups)
    feed_allow_hosts: frozenset[str] = frozenset()  # fetched even at non-public addresses
    mercato_contact: str | None = None  # in the feed fetcher's User-Agent: how to reach us
    # Wikidata: the team registry's source (see README, Data and attributions)
    wikidata_sparql_url: str = WIKIDATA_SPARQL_URL
    wikidata_api_url: str = WIKIDATA_API_URL
    wikidata_sync: str = "off"  # "off" | "weekly"
    wikidata_contact: str | None = None
    wikidata_since: int = 2010
    # The console writes /transfer's and /team's pictures as PNG files (CONSOLE_PICTURES=off: not)
    console_pictures: bool = True
    pictures_dir: Path | None = None  # None: pictures/ beside the database

    @property
    def pictures_path(self) -> Path:
        """Where the console writes pictures: PICTURES_DIR, else pictures/ beside the database."""
        return self.pictures_dir or self.database_path.parent / "pictures"

    def require_token(self) -> str:
        """Return the token, or fail naming the setting: only `run` needs it."""
        if not self.discord_token:
            raise ConfigError("DISCORD_TOKEN", "is not set (put it in .env to connect to Discord)")
        return self.discord_token

    def require_wikidata_contact(self) -> str:
        """Return the contact for the User-Agent that Wikimedia's policy asks of every client."""
        if not self.wikidata_contact:
            raise ConfigError(
                "WIKIDATA_CONTACT",
                "is not set (an email address or URL where Wikimedia can reach the operator)",
            )
        return self.wikidata_contact


def _snowflake(name: str, raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or not 15 <= len(raw) <= 21:
        raise ConfigError(name, f"expected a Discord id (15-21 digits), got {raw!r}")
    return int(raw)


def _shards(count: str | None, ids: str | None) -> tuple[int | None, tuple[int, ...] | None]:
    """SHARD_COUNT and SHARD_IDS (this process's shards), checked against each other."""
    shard_count = None
    if count is not None:
        if not (count.isascii() and count.isdigit()) or int(count) < 1:
            raise ConfigError("SHARD_COUNT", f"must be a positive whole number, got {count!r}")
        shard_count = int(count)
    if ids is None:
        return shard_count, None
    parts = [p.strip() for p in ids.split(",") if p.strip()]
    if not parts or not all(p.isascii() and p.isdigit() for p in parts):
        raise ConfigError("SHARD_IDS", f"must be comma-separated shard numbers, got {ids!r}")
    shard_ids = tuple(int(p) for p in parts)
    if shard_count is None:
        raise ConfigError("SHARD_IDS", "needs SHARD_COUNT to be set as well")
    if any(i >= shard_count for i in shard_ids):
        raise ConfigError("SHARD_IDS", f"every id must be below SHARD_COUNT={shard_count}")
    return shard_count, shard_ids


def load_settings(
    env: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    """Read settings: process environment first, then `.env` for what is not set."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if env is None else env)

    def get(name: str) -> str | None:
        raw = values.get(name)
        return raw.strip() if raw is not None and raw.strip() else None

    token = get("DISCORD_TOKEN")
    if token is not None and (len(token) < 50 or any(c.isspace() for c in token)):
        # Never echo the value: it is a secret even when malformed.
        raise ConfigError("DISCORD_TOKEN", "does not look like a bot token")

    db_path = Path(get("DATABASE_PATH") or "var/mercato.sqlite3")

    dev_guild = get("DEV_GUILD_ID")
    owners_raw = get("OWNER_IDS") or ""
    owners = frozenset(
        _snowflake("OWNER_IDS", p.strip()) for p in owners_raw.split(",") if p.strip()
    )

    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in _LOG_LEVELS:
        raise ConfigError("LOG_LEVEL", f"must be one of {', '.join(_LOG_LEVELS)}, got {level!r}")

    tz = get("DEFAULT_TIMEZONE") or "Europe/Brussels"
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError("DEFAULT_TIMEZONE", f"unknown IANA time zone {tz!r}") from None

    shard_count, shard_ids = _shards(get("SHARD_COUNT"), get("SHARD_IDS"))

    return Settings(
        **_wikidata(get),
        **_feeds(get),
        **_pictures(get),
        discord_token=token,
        database_path=db_path,
        dev_guild_id=_snowflake("DEV_GUILD_ID", dev_guild) if dev_guild else None,
        owner_ids=owners,
        log_level=level,
        default_timezone=tz,
        shard_count=shard_count,
        shard_ids=shard_ids,
    )


def _feeds(get: Callable[[str], str | None]) -> dict[str, Any]:
    """The news desk's settings: one poll interval for every feed, hosts allowed although not
    public."""
    feed_poll = None
    if (raw := get("FEED_POLL_SECONDS")) is not None:
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= 86400:
            raise ConfigError(
                "FEED_POLL_SECONDS", f"must be whole seconds from 1 to 86400, got {raw!r}"
            )
        feed_poll = int(raw)
    allow = frozenset(
        h.strip().strip("[]").lower()
        for h in (get("FEED_ALLOW_HOSTS") or "").split(",")
        if h.strip()
    )
    if any(any(c.isspace() or c in "/@?#" for c in h) for h in allow):
        raise ConfigError("FEED_ALLOW_HOSTS", "must be comma-separated host names or addresses")
    contact = get("MERCATO_CONTACT")
    if contact is not None and (len(contact) > 200 or not contact.isprintable()):
        raise ConfigError("MERCATO_CONTACT", "must be one line of at most 200 characters")
    return {"feed_poll_seconds": feed_poll, "feed_allow_hosts": allow, "mercato_contact": contact}


def _pictures(get: Callable[[str], str | None]) -> dict[str, Any]:
    """Whether and where the console writes the answers' pictures."""
    raw = (get("CONSOLE_PICTURES") or "on").lower()
    if raw not in ("on", "off"):
        raise ConfigError("CONSOLE_PICTURES", f"must be on or off, got {raw!r}")
    folder = get("PICTURES_DIR")
    return {"console_pictures": raw == "on", "pictures_dir": Path(folder) if folder else None}


def _wikidata(get: Callable[[str], str | None]) -> dict[str, Any]:
    """The Wikidata settings: endpoints, the weekly refresh, the contact, the first season."""
    out: dict[str, Any] = {}
    for name, key, default in (
        ("WIKIDATA_SPARQL_URL", "wikidata_sparql_url", WIKIDATA_SPARQL_URL),
        ("WIKIDATA_API_URL", "wikidata_api_url", WIKIDATA_API_URL),
    ):
        url = get(name) or default
        if not url.startswith(("https://", "http://")) or any(c.isspace() for c in url):
            raise ConfigError(name, f"must be an http(s) URL, got {url!r}")
        out[key] = url
    mode = (get("WIKIDATA_SYNC") or "off").lower()
    if mode not in ("off", "weekly"):
        raise ConfigError("WIKIDATA_SYNC", f"must be off or weekly, got {mode!r}")
    out["wikidata_sync"] = mode
    contact = get("WIKIDATA_CONTACT")
    if contact is not None and (len(contact) > 200 or not contact.isprintable()):
        raise ConfigError("WIKIDATA_CONTACT", "must be one line of at most 200 characters")
    if mode == "weekly" and contact is None:
        raise ConfigError(
            "WIKIDATA_CONTACT",
            "is required by WIKIDATA_SYNC=weekly (Wikimedia's User-Agent policy)",
        )
    out["wikidata_contact"] = contact
    since = get("WIKIDATA_SINCE") or "2010"
    if not (since.isascii() and since.isdigit()) or not 1900 <= int(since) <= 2100:
        raise ConfigError("WIKIDATA_SINCE", f"must be a year, got {since!r}")
    out["wikidata_since"] = int(since)
    return out
