"""A loopback-only double of the Discord API that the real, unmodified discord.py logs into.

Start it, patch discord.py at it, start a bot, inject interactions, await the bot's answers::

    from tests.discord_double import DiscordDouble, patch_discord, running_bot, default_guild

    double = DiscordDouble(guilds=[default_guild()], shards=1)   # or the world you need
    await double.start()                                        # 127.0.0.1, random port
    with patch_discord(double):                                 # Route.BASE, DEFAULT_GATEWAY, Asset.BASE
        bot = MyBot(..., guild_ready_timeout=0.05)              # short ready delay, else on_ready waits 2 s
        async with running_bot(bot, double):                    # bot.start(double.token) + wait_until_ready
            await double.wait_for(lambda: double.registered_command("ask"))   # after tree.sync()
            rec = await double.invoke_command("ask", {"query": "pogacar"})
            body = await rec.response()          # {"type": 4, "data": {...}} - the callback JSON
            msg = await rec.final_message()      # @original after type 4, or after a defer + edit/follow-up
            fu = await rec.wait_followup()       # next follow-up message (webhook POST)
            ed = await rec.wait_edit()           # next PATCH body sent to @original
            clicked = await double.click(msg, "next-page")             # button; values=[...] for selects
            auto = await double.invoke_autocomplete("ask", {"query": "pog"}, focused="query")
            sub = await double.submit_modal("report-modal", {"reason": "wrong team"})
            post = await double.wait_message(channel_id)               # POST /channels/{id}/messages
            dm = await double.wait_dm(user_id)
            page = double.channel_history(channel_id)                  # what GET .../messages returns
    double.end_test()   # raises if unexpected violations / unknown routes were recorded
    await double.stop()

Patching: ``patch_discord`` swaps three class attributes for descriptors; patches nest. A bot started
with ``running_bot`` keeps talking to the double it was started against (a contextvar inherited by all
its tasks); other code (e.g. a test calling ``channel.send`` itself) uses the innermost patched double.
discord.py sleeps 5 s before every non-initial IDENTIFY (``Client.before_identify_hook``): override that
hook in test bots if a test forces a full re-IDENTIFY (``how="invalidate"``) or starts several shards.

World model (tests.discord_double.model): ``Guild(id, name, owner_id, channels=[Channel(id, name,
overwrites=[Overwrite(...)])], roles=[Role(id, name, permissions)], members=[Member(User(id, name),
roles=[role ids])], everyone_permissions=...)``; ``DiscordDouble(dm_users=[User(...)])``.
The bot is added to every guild as a member with a role carrying ``bot_permissions``. Interactions
carry ``member.permissions`` / ``app_permissions`` computed with Discord's algorithm (owner,
administrator, @everyone, roles, channel overwrites). Guild ids decide sharding:
``(guild_id >> 22) % shard_count``.

Injection: ``invoke_command(name, options, *, guild, channel, user, subcommand="group sub", dm=False,
roles=None, override_permissions=False)`` looks up the command id and option types from what the bot
registered (guild commands first, then global) and builds ``resolved`` for user/channel/role options.
A member lacking the command's ``default_member_permissions`` raises ``CommandRefused`` (Discord would
not deliver it) unless ``override_permissions=True`` (models a guild override, to prove the bot's own
check). Defaults: first guild, its first text channel, its first non-bot member (who has no special
permissions in ``default_guild()``).

Strictness (recorded in ``double.violations`` and answered like Discord): callback after
``interaction_deadline`` (default 3 s, loop clock; ``with double.deadline(0.2):``) -> 404/10062
``late_callback``; second callback -> 400/40060 ``already_acknowledged``; follow-up or @original edit
before acknowledgement -> ``not_acknowledged``; payload limits (content, embeds, components,
autocomplete choices, modals, command registration) -> 400/50035 ``invalid_form_body`` /
``invalid_commands``. Unknown routes -> 404 ``{"message": "404: Not Found", "code": 0}`` and
``double.unknown_routes``. Declare expected ones with ``double.expect_violation("late_callback")`` or
``with double.allow_violations(): ...``; ``double.begin_test()`` / ``double.end_test()`` (the
``discord_double`` fixture does this) reset and check them.

Faults: ``double.fail_next(n=1, status=500|502|503|403|404|429, route_filter=r"POST /channels/\\d+/messages",
retry_after=0.05)``. 429s carry ``retry_after`` and the X-RateLimit-* headers plus ``Via`` (discord.py
treats a 429 *without* ``Via`` as a Cloudflare ban and raises immediately). ``code=``/``message=`` set
the JSON error (e.g. ``fail_next(status=403, code=50007)``: "Cannot send messages to this user").
``hold = double.hold_next(route_filter, deliver=False|True)`` keeps the next matching request waiting
until ``hold.release()`` (``hold.caught`` once it arrived): ``deliver=False`` models a request Discord
never got (released, it is answered 503), ``deliver=True`` one Discord stored but whose answer was
lost (the message exists and is in history). Use it to stop a bot in the middle of a delivery.

Channel history: ``GET /channels/{id}/messages`` (guild and DM channels; ``limit`` 1-100, default 50;
``before`` / ``after`` / ``around``; newest first; ephemeral and deleted messages left out; 403/50001
without View Channel, ``[]`` without Read Message History). ``double.seed_message(channel_id, user,
content, embeds=...)`` stores a message written by someone else. Stored messages carry ``mentions``,
``mention_roles``, ``mention_everyone`` (who was actually pinged, given ``allowed_mentions``) and the
request's ``allowed_mentions`` as ``message["_allowed_mentions"]`` (``double.messages`` only).

Gateway: HELLO, heartbeat ACK, IDENTIFY -> READY (+ one GUILD_CREATE per guild of the shard), zlib-stream
transport compression when requested, RESUME (op 6) -> replay + RESUMED, REQUEST_GUILD_MEMBERS -> one
GUILD_MEMBERS_CHUNK. ``mark = await double.force_reconnect(shard_id, how="reconnect"|"close"|"invalidate")``
then ``await double.wait_gateway("resumed" | "identify", since=mark)``. ``double.dispatch(t, d, guild_id=...)``
sends any other event.

Records: ``double.requests`` (RecordedRequest: method, path, query, json, time, files, status, fault),
``double.global_commands``, ``double.guild_commands[guild_id]``, ``double.registered_command(name)``,
``double.interactions``, ``double.messages``, ``double.gateway_log``.

Fixtures (tests.discord_double.fixtures): ``discord_double_session``, ``discord_double``.
Loopback guard: ``tests.discord_double.guard.install_loopback_guard()``.
"""

from .model import DEFAULT_EVERYONE, Channel, Guild, Member, Overwrite, P, Role, User, snowflake
from .patching import patch_discord, running_bot
from .records import (
    CommandRefused,
    DoubleTimeout,
    FaultRule,
    Hold,
    InteractionRecord,
    RecordedRequest,
    Violation,
)
from .server import DiscordDouble, default_guild

__all__ = [
    "DEFAULT_EVERYONE",
    "Channel",
    "CommandRefused",
    "DiscordDouble",
    "DoubleTimeout",
    "FaultRule",
    "Guild",
    "Hold",
    "InteractionRecord",
    "Member",
    "Overwrite",
    "P",
    "RecordedRequest",
    "Role",
    "User",
    "Violation",
    "default_guild",
    "patch_discord",
    "running_bot",
    "snowflake",
]
