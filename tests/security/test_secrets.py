"""Secrets and least privilege: the token never reaches any output; only the guilds intent."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_db
from tests.discord_double import DiscordDouble
from tests.reliability.botworld import MODS, PLAIN, TOKEN, make_world

pytestmark = [pytest.mark.e2e]

# `python -m bot run --sync`, unmodified, pointed at the double (the URLs are class attributes).
RUN_AGAINST_DOUBLE = r"""
import sys, yarl
import discord, discord.asset, discord.gateway, discord.http
base = sys.argv[1]
discord.http.Route.BASE = base + "/api/v10"
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http", "ws", 1) + "/")
discord.asset.Asset.BASE = base + "/cdn"
async def no_wait(self, shard_id, *, initial=False):
    return None
discord.Client.before_identify_hook = no_wait
from bot.__main__ import main
sys.exit(main(["run", "--sync"]))
"""
SECRET_PART = TOKEN.rsplit(".", 1)[1]


def child_env(db: Path, token: str) -> dict[str, str]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_", "LOG_"))
    }
    return {
        **clean,
        "DISCORD_TOKEN": token,
        "LOG_LEVEL": "DEBUG",
        "DATABASE_PATH": str(db),
        "PYTHONPATH": str(ROOT),
    }


async def start_bot(double: DiscordDouble, db: Path, token: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", RUN_AGAINST_DOUBLE, double.base_url,
        cwd=db.parent, env=child_env(db, token),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def assert_no_secret(*outputs: str) -> None:
    for text in outputs:
        assert TOKEN not in text
        assert SECRET_PART not in text


async def test_token_never_in_logs_errors_or_console_and_only_the_guilds_intent(
    bundled_db: Path, tmp_path: Path
) -> None:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users, token=TOKEN)
    await double.start()
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    proc = await start_bot(double, db, TOKEN)
    try:
        await double.wait_for(lambda: double.registered_command("transfer"), timeout=60)
        await double.wait_gateway("guilds_sent", timeout=30)
        for name, options, user in [
            ("transfer", {"name": "cav"}, PLAIN),
            ("transfer", {"name": "zzqqxx"}, PLAIN),
            ("history", {"name": "cav"}, MODS[0]),
        ]:
            await (await double.invoke_command(name, options, user=user)).response(timeout=30)
        # Faults make discord.py log at length (requests, retries, reconnects) at DEBUG.
        double.fail_next(1, 500, r"/callback")
        double.fail_next(1, 429, r"/callback", retry_after=0.05)
        await (await double.invoke_command("team", {"name": "astana"})).response(timeout=30)
        mark = await double.force_reconnect(0, how="close")
        await double.wait_gateway("resumed", since=mark, timeout=30)
        mark = await double.force_reconnect(0, how="invalidate")
        await double.wait_gateway("guilds_sent", since=mark, timeout=30)
        await (await double.invoke_command("transfer", {"name": "cav"})).response(timeout=30)
        intents = {s.intents for s in double._sessions.values()}
        assert intents == {1}, intents  # GUILDS only: no members, presences or message content
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(proc.communicate(), 60)
        await double.stop()
    stdout, stderr = out.decode(), err.decode()
    assert "DEBUG" in stderr and "Traceback" not in stderr, stderr[-3000:]
    assert_no_secret(stdout, stderr)


async def test_a_rejected_token_is_one_line_without_the_token(
    bundled_db: Path, tmp_path: Path
) -> None:
    double = DiscordDouble(guilds=make_world()[0], token="the-double-wants-another-token")
    await double.start()
    db = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    try:
        proc = await start_bot(double, db, TOKEN)
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        await double.stop()
    stdout, stderr = out.decode(), err.decode()
    assert_no_secret(stdout, stderr)
    assert proc.returncode == 2, (proc.returncode, stderr[-3000:])
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("configuration error: DISCORD_TOKEN")


def test_dotenv_is_git_ignored() -> None:
    out = subprocess.run(
        ["git", "check-ignore", "-q", ".env"], cwd=ROOT, capture_output=True, check=False
    )
    assert out.returncode == 0, ".env must be git-ignored"


def test_readme_documents_the_least_invite_permissions() -> None:
    from discord import Permissions

    wanted = Permissions(
        view_channel=True, send_messages=True, embed_links=True, read_message_history=True
    )
    assert wanted.value == 84992
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "permissions=84992" in readme and "**84992**" in readme
