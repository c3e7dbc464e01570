"""The Discord double: a loopback REST (v10) + gateway server discord.py logs into."""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import secrets
import zlib
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from aiohttp import WSMsgType, web

from . import validation as V
from .model import DEFAULT_EVERYONE, Channel, Guild, Member, P, Role, User, iso_now, snowflake
from .records import (
    CommandRefused,
    DoubleTimeout,
    FaultRule,
    GatewayEvent,
    Hold,
    InteractionRecord,
    RecordedRequest,
    Violation,
)

API_PREFIX = "/api/v10"

_ERRORS = {
    403: {"message": "Missing Permissions", "code": 50013},
    404: {"message": "Unknown Channel", "code": 10003},
    500: {"message": "500: Internal Server Error", "code": 0},
    502: {"message": "502: Bad Gateway", "code": 0},
    503: {"message": "503: Service Unavailable", "code": 0},
}


def _json_response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> web.Response:
    hdrs = dict(headers or {})
    if body is None or status == 204:
        return web.Response(status=status, headers=hdrs)
    # exactly "application/json": discord.py compares the header verbatim
    hdrs["Content-Type"] = "application/json"
    return web.Response(status=status, body=json.dumps(body).encode(), headers=hdrs)


def _err(status: int, message: str, code: int) -> tuple[int, Any]:
    return status, {"message": message, "code": code}


class _Conn:
    """One gateway websocket connection."""

    def __init__(
        self, ws: web.WebSocketResponse, *, zlib_stream: bool, via_resume_url: bool
    ) -> None:
        self.ws = ws
        self.compressor = zlib.compressobj() if zlib_stream else None
        self.via_resume_url = via_resume_url
        self.session: _Session | None = None

    async def send(self, payload: dict[str, Any]) -> None:
        if self.ws.closed:
            return
        text = json.dumps(payload)
        try:
            if self.compressor is not None:
                data = self.compressor.compress(text.encode()) + self.compressor.flush(
                    zlib.Z_SYNC_FLUSH
                )
                await self.ws.send_bytes(data)
            else:
                await self.ws.send_str(text)
        except (ConnectionError, RuntimeError):
            pass


class _Session:
    def __init__(self, session_id: str, shard_id: int, shard_count: int, intents: int) -> None:
        self.session_id = session_id
        self.shard_id = shard_id
        self.shard_count = shard_count
        self.intents = intents
        self.seq = 0
        self.events: list[dict[str, Any]] = []
        self.conn: _Conn | None = None

    async def dispatch(self, t: str, d: Any) -> None:
        self.seq += 1
        payload = {"op": 0, "t": t, "s": self.seq, "d": d}
        self.events.append(payload)
        if self.conn is not None:
            await self.conn.send(payload)


_DEFAULT = object()


class DiscordDouble:
    """A loopback Discord: REST v10 + gateway. See the package docstring for usage."""

    def __init__(
        self,
        *,
        guilds: list[Guild] | None = None,
        dm_users: list[User] | None = None,
        token: str = "double-token.abc.xyz",
        application_id: int | None = None,
        bot_name: str = "Mercato",
        bot_permissions: int = DEFAULT_EVERYONE,
        shards: int = 1,
        interaction_deadline: float = 3.0,
        response_timeout: float = 5.0,
        heartbeat_interval_ms: int = 41250,
    ) -> None:
        self.token = token
        self.application_id = application_id or snowflake()
        self.bot_user = User(id=self.application_id, name=bot_name, bot=True)
        self.bot_permissions = bot_permissions
        self.shards = shards
        self.interaction_deadline = interaction_deadline
        self.response_timeout = response_timeout
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.guilds: list[Guild] = guilds if guilds is not None else [default_guild()]
        self.dm_users: list[User] = list(dm_users or [])
        for g in self.guilds:
            self._ensure_bot_member(g)

        # records
        self.requests: list[RecordedRequest] = []
        self.unknown_routes: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.gateway_log: list[GatewayEvent] = []
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.message_log: list[int] = []  # creation order, all messages
        self.channel_posts: list[int] = []  # messages created by POST /channels/{id}/messages
        self.modals: dict[str, tuple[dict[str, Any], InteractionRecord]] = {}
        self.dm_channels: dict[int, Channel] = {}  # user id -> DM channel
        self._message_origin: dict[int, InteractionRecord] = {}
        self._consumed_posts: set[int] = set()
        self._faults: list[FaultRule] = []
        self._holds: list[Hold] = []
        self._expectations: list[str] = []
        self._allow_depth = 0
        self._sessions: dict[str, _Session] = {}
        self._shard_sessions: dict[int, _Session] = {}
        self._conns: set[_Conn] = set()
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port: int | None = None
        self._command_ids: dict[tuple[int | None, int, str], int] = {}

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> DiscordDouble:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._entry)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        sock = site._server.sockets[0]  # type: ignore[union-attr]
        self.port = sock.getsockname()[1]
        return self

    async def stop(self) -> None:
        self._release_holds()
        for conn in list(self._conns):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> DiscordDouble:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/resume/"

    @property
    def cdn_base(self) -> str:
        return f"{self.base_url}/cdn"

    # ------------------------------------------------------------------ waiting
    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_for(
        self,
        predicate: Callable[[], Any],
        timeout: float | None = None,  # noqa: ASYNC109
        what: str = "condition",
    ) -> Any:
        """Wait (event-driven, no polling) until predicate() is truthy; AssertionError on timeout."""
        timeout = self.response_timeout if timeout is None else timeout
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = end - loop.time()
            if remaining <= 0:
                raise DoubleTimeout(f"timed out after {timeout}s waiting for {what}")
            ev = self._changed
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(ev.wait(), remaining)

    async def wait_message(
        self,
        channel_id: int,
        timeout: float | None = None,  # noqa: ASYNC109
        predicate: Callable[[dict[str, Any]], bool] | None = None,
    ) -> dict[str, Any]:
        """Next not-yet-returned message the bot POSTed to /channels/{channel_id}/messages."""

        def find() -> dict[str, Any] | None:
            for mid in self.channel_posts:
                if mid in self._consumed_posts:
                    continue
                m = self.messages[mid]
                if int(m["channel_id"]) == int(channel_id) and (predicate is None or predicate(m)):
                    return m
            return None

        m = await self.wait_for(find, timeout, f"message in channel {channel_id}")
        self._consumed_posts.add(int(m["id"]))
        return m

    async def wait_dm(self, user_id: int, timeout: float | None = None) -> dict[str, Any]:  # noqa: ASYNC109
        """Next not-yet-returned DM the bot sent to user_id."""
        await self.wait_for(
            lambda: int(user_id) in self.dm_channels, timeout, f"DM channel for user {user_id}"
        )
        return await self.wait_message(self.dm_channels[int(user_id)].id, timeout)

    async def wait_violation(self, kind: str, timeout: float | None = None) -> Violation:  # noqa: ASYNC109
        return await self.wait_for(
            lambda: next((v for v in self.violations if v.kind == kind), None),
            timeout,
            f"violation {kind}",
        )

    async def wait_gateway(
        self,
        kind: str,
        *,
        shard_id: int | None = None,
        since: int = 0,
        count: int = 1,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> list[GatewayEvent]:
        """Wait until `count` gateway events of `kind` (identify/ready/resume/resumed/...) after index `since`."""

        def find() -> list[GatewayEvent] | None:
            hits = [
                e
                for e in self.gateway_log[since:]
                if e.kind == kind and (shard_id is None or e.shard_id == shard_id)
            ]
            return hits if len(hits) >= count else None

        return await self.wait_for(find, timeout, f"{count} gateway {kind} (shard {shard_id})")

    # ------------------------------------------------------------------ strictness bookkeeping
    def _violate(
        self, kind: str, detail: str, req: RecordedRequest | None = None, problems: list[Any] = ()
    ) -> None:
        v = Violation(
            kind=kind,
            detail=detail,
            method=req.method if req else "",
            path=req.path if req else "",
            problems=[str(p) for p in problems],
            allowed=self._allow_depth > 0,
        )
        self.violations.append(v)
        self._notify()

    def expect_violation(self, pattern: str) -> None:
        """Declare that a violation whose text contains `pattern` (e.g. its kind) is expected in this test."""
        self._expectations.append(pattern)

    @contextlib.contextmanager
    def allow_violations(self) -> Iterator[None]:
        self._allow_depth += 1
        try:
            yield
        finally:
            self._allow_depth -= 1

    @contextlib.contextmanager
    def deadline(self, seconds: float) -> Iterator[None]:
        """Temporarily change the interaction acknowledgement deadline (applies to new interactions)."""
        old = self.interaction_deadline
        self.interaction_deadline = seconds
        try:
            yield
        finally:
            self.interaction_deadline = old

    def problems(self) -> list[str]:
        """Unexpected violations, unmet expectations, unknown routes (empty list = clean)."""
        out: list[str] = []
        matched: set[str] = set()
        for v in self.violations:
            hit = [e for e in self._expectations if e in v.text]
            matched.update(hit)
            if not v.allowed and not hit:
                out.append(f"unexpected violation: {v.text}")
        for e in self._expectations:
            if e not in matched:
                out.append(f"expected violation matching {e!r} was not recorded")
        for r in self.unknown_routes:
            out.append(f"unknown route hit: {r.method} {r.path}")
        return out

    def begin_test(self) -> None:
        """Reset per-test strictness state (violations, expectations, unknown routes, faults)."""
        self.violations.clear()
        self.unknown_routes.clear()
        self._expectations.clear()
        self._faults.clear()
        self._release_holds()
        self._allow_depth = 0

    def end_test(self) -> None:
        probs = self.problems()
        self.begin_test()
        if probs:
            raise AssertionError("Discord double found problems:\n  " + "\n  ".join(probs))

    # ------------------------------------------------------------------ faults
    def fail_next(
        self,
        n: int = 1,
        status: int = 500,
        route_filter: str | Callable[[str, str], bool] | None = None,
        *,
        retry_after: float = 0.05,
        is_global: bool = False,
        code: int | None = None,
        message: str | None = None,
    ) -> FaultRule:
        """Answer the next `n` REST requests matching route_filter with `status`.

        route_filter: None (any REST route), a regex searched in "METHOD /path" (path relative to
        /api/v10, e.g. r"POST /channels/\\d+/messages"), or a callable(method, path) -> bool.
        code/message: Discord's JSON error code and message (default: the usual one for the
        status, e.g. 403 -> 50013 Missing Permissions; pass code=50007 for "Cannot send
        messages to this user").
        """
        rule = FaultRule(
            status, n, route_filter, retry_after, is_global, code=code, message=message
        )
        self._faults.append(rule)
        return rule

    def hold_next(
        self,
        route_filter: str | Callable[[str, str], bool] | None = None,
        *,
        deliver: bool = False,
    ) -> Hold:
        """Keep the next REST request matching route_filter waiting until ``hold.release()``.

        Models a process killed in the middle of a request: ``await double.wait_for(lambda:
        hold.caught)``, then stop the bot. ``deliver=False``: Discord never got it (nothing is
        created; released, it is answered 503). ``deliver=True``: Discord stored it (the message
        exists, is in channel history and in ``double.messages``) but the answer never arrives
        before release. Holds are released by ``begin_test``/``end_test`` and ``stop``.
        """
        hold = Hold(route_filter, deliver=deliver)
        self._holds.append(hold)
        return hold

    def _release_holds(self) -> None:
        for hold in self._holds:
            hold.release()
        self._holds.clear()

    def _fault_response(self, rule: FaultRule) -> web.Response:
        status = rule.status
        if status == 429:
            ra = rule.retry_after
            body = {
                "message": "You are being rate limited.",
                "retry_after": ra,
                "global": rule.is_global,
                "code": 0,
            }
            headers = {
                # discord.py treats a 429 *without* Via as a Cloudflare ban (raises at once)
                "Via": "1.1 google",
                "Retry-After": str(max(1, math.ceil(ra))),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": f"{ra:.3f}",
                "X-RateLimit-Bucket": "double-fault-bucket",
                "X-RateLimit-Scope": "global" if rule.is_global else "user",
            }
            if rule.is_global:
                headers["X-RateLimit-Global"] = "true"
            return _json_response(429, body, headers)
        body = dict(_ERRORS.get(status, {"message": f"{status}: Error", "code": 0}))
        if rule.code is not None:
            body["code"] = rule.code
        if rule.message is not None:
            body["message"] = rule.message
        return _json_response(status, body)

    # ------------------------------------------------------------------ world helpers
    def _ensure_bot_member(self, g: Guild) -> None:
        if g.member(self.bot_user.id) is None:
            role = Role(
                id=g.id + 1, name=self.bot_user.name, permissions=self.bot_permissions, position=1
            )
            if g.role(role.id) is None:
                g.roles.append(role)
            g.members.append(Member(self.bot_user, roles=[role.id]))

    def guild(self, guild: Guild | int | None = None) -> Guild:
        if guild is None:
            return self.guilds[0]
        if isinstance(guild, Guild):
            return guild
        for g in self.guilds:
            if g.id == int(guild):
                return g
        raise LookupError(f"no guild {guild} in the double")

    def all_users(self) -> dict[int, User]:
        users = {u.id: u for u in self.dm_users}
        for g in self.guilds:
            for m in g.members:
                users.setdefault(m.user.id, m.user)
        users[self.bot_user.id] = self.bot_user
        return users

    def _find_channel(self, channel_id: int) -> tuple[Guild | None, Channel] | None:
        for g in self.guilds:
            ch = g.channel(channel_id)
            if ch is not None:
                return g, ch
        for ch in self.dm_channels.values():
            if ch.id == int(channel_id):
                return None, ch
        return None

    def dm_channel(self, user_id: int) -> Channel:
        uid = int(user_id)
        ch = self.dm_channels.get(uid)
        if ch is None:
            user = self.all_users().get(uid)
            if user is None:
                raise LookupError(f"unknown user {uid}")
            ch = Channel(id=snowflake(), name="", type=1, recipient=user)
            self.dm_channels[uid] = ch
        return ch

    def _shard_for(self, guild_id: int | None) -> int:
        count = self._current_shard_count()
        return 0 if guild_id is None else (int(guild_id) >> 22) % count

    def _current_shard_count(self) -> int:
        for s in self._shard_sessions.values():
            return s.shard_count
        return self.shards

    async def dispatch(self, t: str, d: Any, *, guild_id: int | None = None) -> None:
        """Send a gateway DISPATCH event to the shard owning guild_id (shard 0 for None)."""
        sid = self._shard_for(guild_id)
        sess = self._shard_sessions.get(sid)
        if sess is None:
            raise AssertionError(f"no gateway session for shard {sid}: is the bot connected?")
        await sess.dispatch(t, d)

    # ------------------------------------------------------------------ entry point
    async def _entry(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._gateway(request)
        return await self._http(request)

    async def _read_body(self, request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
        ctype = request.content_type
        files: list[dict[str, Any]] = []
        if ctype.startswith("multipart/"):
            payload: Any = None
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    payload = json.loads(await part.text())
                else:
                    data = await part.read()
                    files.append(
                        {
                            "name": part.name,
                            "filename": part.filename,
                            "size": len(data),
                            "data": data,
                        }
                    )
            return payload, files
        raw = await request.read()
        if not raw:
            return None, files
        try:
            return json.loads(raw), files
        except ValueError:
            return raw.decode(errors="replace"), files

    async def _http(self, request: web.Request) -> web.Response:
        loop = asyncio.get_running_loop()
        path = request.path
        body, files = await self._read_body(request)
        rel = path[len(API_PREFIX) :] if path.startswith(API_PREFIX) else path
        rec = RecordedRequest(request.method, rel, dict(request.query), body, loop.time(), files)
        self.requests.append(rec)
        try:
            if path.startswith(API_PREFIX):
                hold = next((h for h in self._holds if h.matches(request.method, rel)), None)
                if hold is not None:
                    return await self._held(hold, request, rec)
                for rule in self._faults:
                    if rule.matches(request.method, rel):
                        rule.remaining -= 1
                        rule.hits += 1
                        rec.fault = True
                        resp = self._fault_response(rule)
                        rec.status = resp.status
                        return resp
                routed = await self._route(request, rec)
                if routed is not None:
                    status, out, hdrs = routed
                    rec.status = status
                    return _json_response(status, out, hdrs)
            self.unknown_routes.append(rec)
            rec.status = 404
            return _json_response(404, {"message": "404: Not Found", "code": 0})
        finally:
            self._notify()

    async def _route(
        self, request: web.Request, rec: RecordedRequest
    ) -> tuple[int, Any, dict[str, str] | None] | None:
        """Run the handler of a known route: (status, body, headers), or None if unknown."""
        for method, rx, handler, auth in self._routes():
            if method != rec.method:
                continue
            m = rx.fullmatch(rec.path)
            if m is None:
                continue
            if auth and request.headers.get("Authorization") != f"Bot {self.token}":
                return 401, {"message": "401: Unauthorized", "code": 0}, None
            result = await handler(rec, **m.groupdict())
            return result[0], result[1], (result[2] if len(result) > 2 else None)
        return None

    async def _held(self, hold: Hold, request: web.Request, rec: RecordedRequest) -> web.Response:
        hold.request = rec
        status, out, hdrs = 503, {"message": "503: Service Unavailable", "code": 0}, None
        if hold.deliver:
            routed = await self._route(request, rec)
            if routed is not None:
                status, out, hdrs = routed
                hold.result = (status, out)
        else:
            rec.fault = True
        self._notify()
        await hold.wait_released()
        rec.status = status
        return _json_response(status, out, hdrs)

    def _routes(self) -> list[tuple[str, re.Pattern[str], Any, bool]]:
        try:
            return self._route_table
        except AttributeError:
            pass
        S = r"(?P<%s>\d+)"
        T = r"(?P<token>[^/]+)"
        table = [
            ("GET", r"/users/@me", self._h_me, True),
            ("GET", r"/oauth2/applications/@me", self._h_app, True),
            ("GET", r"/applications/@me", self._h_app, True),
            ("GET", r"/gateway/bot", self._h_gateway_bot, True),
            ("GET", r"/gateway", self._h_gateway_bot, False),
            ("PUT", rf"/applications/{S % 'app'}/commands", self._h_put_global, True),
            ("GET", rf"/applications/{S % 'app'}/commands", self._h_get_global, True),
            (
                "PUT",
                rf"/applications/{S % 'app'}/guilds/{S % 'guild'}/commands",
                self._h_put_guild,
                True,
            ),
            (
                "GET",
                rf"/applications/{S % 'app'}/guilds/{S % 'guild'}/commands",
                self._h_get_guild,
                True,
            ),
            ("POST", rf"/interactions/{S % 'iid'}/{T}/callback", self._h_callback, False),
            ("POST", rf"/webhooks/{S % 'app'}/{T}", self._h_followup, False),
            (
                "GET",
                rf"/webhooks/{S % 'app'}/{T}/messages/(?P<mid>@original|\d+)",
                self._h_wh_get,
                False,
            ),
            (
                "PATCH",
                rf"/webhooks/{S % 'app'}/{T}/messages/(?P<mid>@original|\d+)",
                self._h_wh_patch,
                False,
            ),
            (
                "DELETE",
                rf"/webhooks/{S % 'app'}/{T}/messages/(?P<mid>@original|\d+)",
                self._h_wh_delete,
                False,
            ),
            ("POST", rf"/channels/{S % 'cid'}/messages", self._h_post_message, True),
            ("GET", rf"/channels/{S % 'cid'}/messages", self._h_history, True),
            ("GET", rf"/channels/{S % 'cid'}/messages/{S % 'mid'}", self._h_get_message, True),
            ("PATCH", rf"/channels/{S % 'cid'}/messages/{S % 'mid'}", self._h_patch_message, True),
            (
                "DELETE",
                rf"/channels/{S % 'cid'}/messages/{S % 'mid'}",
                self._h_delete_message,
                True,
            ),
            ("GET", rf"/channels/{S % 'cid'}", self._h_get_channel, True),
            ("POST", rf"/channels/{S % 'cid'}/typing", self._h_typing, True),
            ("POST", r"/users/@me/channels", self._h_create_dm, True),
            ("GET", rf"/users/{S % 'uid'}", self._h_get_user, True),
            ("GET", rf"/guilds/{S % 'guild'}/members/{S % 'uid'}", self._h_get_member, True),
        ]
        self._route_table = [(m, re.compile(p), h, a) for m, p, h, a in table]
        return self._route_table

    # ------------------------------------------------------------------ basic REST
    async def _h_me(self, rec: RecordedRequest) -> tuple:
        u = self.bot_user.to_json()
        u.update({"verified": True, "mfa_enabled": False, "locale": "en-US", "email": None})
        return 200, u

    async def _h_app(self, rec: RecordedRequest) -> tuple:
        return 200, {
            "id": str(self.application_id),
            "name": self.bot_user.name,
            "icon": None,
            "description": "Discord double application",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "bot": self.bot_user.to_json(),
            "owner": {
                "id": "1",
                "username": "owner",
                "discriminator": "0",
                "avatar": None,
                "global_name": "owner",
            },
            "summary": "",
            "verify_key": "00" * 32,
            "team": None,
            "flags": 0,
            "tags": [],
            "approximate_guild_count": len(self.guilds),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
        }

    async def _h_gateway_bot(self, rec: RecordedRequest) -> tuple:
        return 200, {
            "url": self.gateway_url,
            "shards": self.shards,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 14400000,
                "max_concurrency": 1,
            },
        }

    # ------------------------------------------------------------------ commands
    def _store_commands(
        self, cmds: list[dict[str, Any]], guild_id: int | None
    ) -> list[dict[str, Any]]:
        out = []
        for c in cmds:
            ctype = c.get("type", 1)
            key = (guild_id, ctype, c["name"])
            cid = self._command_ids.setdefault(key, snowflake())
            stored = dict(c)
            stored.update(
                {
                    "id": str(cid),
                    "application_id": str(self.application_id),
                    "version": str(snowflake()),
                    "type": ctype,
                    "description": c.get("description", ""),
                    "options": c.get("options") or [],
                }
            )
            dmp = c.get("default_member_permissions")
            stored["default_member_permissions"] = None if dmp is None else str(dmp)
            if guild_id is not None:
                stored["guild_id"] = str(guild_id)
            out.append(stored)
        return out

    def _check_app(self, app: str) -> tuple | None:
        if int(app) != self.application_id:
            return _err(403, "Missing Access", 50001)
        return None

    async def _h_put_global(self, rec: RecordedRequest, app: str) -> tuple:
        if bad := self._check_app(app):
            return bad
        problems = V.check_commands(rec.json, global_scope=True)
        if problems:
            self._violate("invalid_commands", "global command registration rejected", rec, problems)
            return 400, V.error_body(problems)
        self.global_commands = self._store_commands(rec.json, None)
        return 200, self.global_commands

    async def _h_get_global(self, rec: RecordedRequest, app: str) -> tuple:
        return self._check_app(app) or (200, self.global_commands)

    async def _h_put_guild(self, rec: RecordedRequest, app: str, guild: str) -> tuple:
        if bad := self._check_app(app):
            return bad
        problems = V.check_commands(rec.json, global_scope=False)
        if problems:
            self._violate(
                "invalid_commands", f"guild {guild} command registration rejected", rec, problems
            )
            return 400, V.error_body(problems)
        self.guild_commands[int(guild)] = self._store_commands(rec.json, int(guild))
        return 200, self.guild_commands[int(guild)]

    async def _h_get_guild(self, rec: RecordedRequest, app: str, guild: str) -> tuple:
        return self._check_app(app) or (200, self.guild_commands.get(int(guild), []))

    def registered_command(
        self, name: str, guild: Guild | int | None = None, type: int = 1
    ) -> dict[str, Any] | None:
        """The command JSON the bot registered (guild commands of `guild` first, then global)."""
        if guild is not None:
            gid = guild.id if isinstance(guild, Guild) else int(guild)
            for c in self.guild_commands.get(gid, []):
                if c["name"] == name and c["type"] == type:
                    return c
        for c in self.global_commands:
            if c["name"] == name and c["type"] == type:
                return c
        return None

    # ------------------------------------------------------------------ messages
    def _make_message(
        self,
        channel: Channel,
        body: dict[str, Any],
        files: list[dict[str, Any]],
        *,
        flags: int = 0,
        interaction: InteractionRecord | None = None,
        webhook: bool = False,
    ) -> dict[str, Any]:
        mid = snowflake()
        attachments = self._new_attachments(channel.id, body, files)
        msg: dict[str, Any] = {
            "id": str(mid),
            "type": 0 if interaction is None or interaction.type != 2 or webhook else 20,
            "channel_id": str(channel.id),
            "author": self.bot_user.to_json(),
            "content": body.get("content") or "",
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts")),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments,
            "embeds": self._stored_embeds(body.get("embeds"), attachments),
            "components": body.get("components") or [],
            "pinned": False,
            "flags": flags | int(body.get("flags") or 0),
        }
        if channel.guild_id is not None:
            msg["guild_id"] = str(channel.guild_id)
        self._resolve_mentions(msg, body.get("allowed_mentions"), channel)
        if interaction is not None:
            msg["application_id"] = str(self.application_id)
            msg["webhook_id"] = str(self.application_id)
            self._message_origin[mid] = interaction
        self.messages[mid] = msg
        self.message_log.append(mid)
        return msg

    _ROLE_MENTION = re.compile(r"<@&(\d+)>")
    _USER_MENTION = re.compile(r"<@!?(\d+)>")

    def _resolve_mentions(
        self, msg: dict[str, Any], allowed: dict[str, Any] | None, channel: Channel
    ) -> None:
        """Fill mentions / mention_roles / mention_everyone with who was actually pinged.

        As Discord: no allowed_mentions means everything in the content pings; otherwise
        "parse" types and explicit "roles"/"users" lists decide. The request's allowed_mentions
        is kept as msg["_allowed_mentions"] (not part of the API message).
        """
        msg["_allowed_mentions"] = allowed
        content = msg.get("content") or ""
        parse = set((allowed or {}).get("parse", ["roles", "users", "everyone"]))
        if allowed is None:
            parse = {"roles", "users", "everyone"}
        ok_roles = {str(r) for r in (allowed or {}).get("roles") or []}
        ok_users = {str(u) for u in (allowed or {}).get("users") or []}
        guild = next((g for g in self.guilds if g.id == channel.guild_id), None)
        roles = []
        for rid in self._ROLE_MENTION.findall(content):
            if ("roles" in parse or rid in ok_roles) and guild is not None and guild.role(rid):
                roles.append(rid)
        users = []
        known = self.all_users()
        for uid in self._USER_MENTION.findall(content):
            if ("users" in parse or uid in ok_users) and int(uid) in known:
                users.append(known[int(uid)].to_json())
        msg["mention_roles"] = list(dict.fromkeys(roles))
        msg["mentions"] = users
        msg["mention_everyone"] = "everyone" in parse and (
            "@everyone" in content or "@here" in content
        )

    def _new_attachments(
        self, channel_id: int, body: dict[str, Any], files: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Attachments for uploaded files, as Discord makes them (with the payload's metadata)."""
        meta = {str(a.get("id")): a for a in body.get("attachments") or [] if isinstance(a, dict)}
        out = []
        for i, f in enumerate(files):
            aid = snowflake()
            name = f["filename"] or f"file{i}"
            url = f"{self.cdn_base}/attachments/{channel_id}/{aid}/{name}"
            att: dict[str, Any] = {
                "id": str(aid), "filename": name, "size": f["size"], "url": url, "proxy_url": url,
            }  # fmt: skip
            described = meta.get(str(i), {}).get("description")
            if described:
                att["description"] = described
            size = _png_size(f["data"])
            if size is not None:
                att["content_type"] = "image/png"
                att["width"], att["height"] = size
            out.append(att)
        return out

    def _stored_embeds(
        self, embeds: list[dict[str, Any]] | None, attachments: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """The embeds as stored: attachment://name becomes the uploaded file's URL, as on Discord.

        The request as recorded keeps what the bot sent; only the stored message changes. Discord
        silently shows no image for a name that matches no file; the double calls it a violation.
        """
        by_name = {a["filename"]: a["url"] for a in attachments}
        out = []
        for embed in embeds or []:
            embed = dict(embed)
            for key in ("image", "thumbnail"):
                ref = (embed.get(key) or {}).get("url") or ""
                if ref.startswith("attachment://"):
                    name = ref.removeprefix("attachment://")
                    if name not in by_name:
                        self._violate("unresolved_attachment", f"embed {key} {ref}: no such file")
                        continue
                    embed[key] = {**embed[key], "url": by_name[name], "proxy_url": by_name[name]}
            out.append(embed)
        return out

    def _apply_edit(
        self, msg: dict[str, Any], body: dict[str, Any], files: list[dict[str, Any]]
    ) -> None:
        # As Discord: an edit's `attachments` lists the existing ones to keep (by id); new
        # uploads are added; without the key, the existing attachments stay as they are.
        kept = msg.get("attachments") or []
        if "attachments" in body and body["attachments"] is not None:
            keep = {str(a.get("id")) for a in body["attachments"] if isinstance(a, dict)}
            kept = [a for a in kept if a["id"] in keep]
        channel_id = int(msg["channel_id"])
        msg["attachments"] = [*kept, *self._new_attachments(channel_id, body, files)]
        for key in ("content", "embeds", "components"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        msg["embeds"] = self._stored_embeds(msg.get("embeds"), msg["attachments"])
        if "flags" in body and body["flags"] is not None:
            msg["flags"] = (int(msg.get("flags") or 0) & ~4) | (int(body["flags"]) & 4)
        msg["edited_timestamp"] = iso_now()

    def _bot_can_send(self, guild: Guild | None, ch: Channel) -> bool:
        if guild is None:
            return True
        me = guild.member(self.bot_user.id)
        assert me is not None
        perms = guild.permissions_in(me, ch)
        return bool(perms & P.VIEW_CHANNEL and perms & P.SEND_MESSAGES)

    async def _h_post_message(self, rec: RecordedRequest, cid: str) -> tuple:
        found = self._find_channel(int(cid))
        if found is None:
            return _err(404, "Unknown Channel", 10003)
        guild, ch = found
        if not self._bot_can_send(guild, ch):
            return _err(403, "Missing Permissions", 50013)
        if ch.type == 1 and ch.recipient is not None and not ch.recipient.accepts_dms:
            return _err(403, "Cannot send messages to this user", 50007)
        body = rec.json or {}
        problems = V.check_message(body, require_body=not rec.files)
        if problems:
            self._violate("invalid_form_body", f"message to channel {cid}", rec, problems)
            return 400, V.error_body(problems)
        msg = self._make_message(ch, body, rec.files)
        self.channel_posts.append(int(msg["id"]))
        return 200, msg

    def _bot_can_read(self, guild: Guild | None, ch: Channel) -> tuple[bool, bool]:
        """(can view the channel, can read its history) for the bot."""
        if guild is None:
            return True, True
        me = guild.member(self.bot_user.id)
        assert me is not None
        perms = guild.permissions_in(me, ch)
        return bool(perms & P.VIEW_CHANNEL), bool(perms & P.READ_MESSAGE_HISTORY)

    def channel_history(self, channel_id: int) -> list[dict[str, Any]]:
        """Messages visible in a channel's history, newest first (not deleted, not ephemeral)."""
        cid = int(channel_id)
        out = [
            self._public(m)
            for m in self.messages.values()
            if int(m["channel_id"]) == cid
            and not m.get("_deleted")
            and not int(m.get("flags") or 0) & 64
        ]
        out.sort(key=lambda m: int(m["id"]), reverse=True)
        return out

    def seed_message(
        self,
        channel_id: int,
        author: User,
        content: str = "",
        *,
        embeds: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Store a message someone else wrote (it shows in history; no gateway event is sent)."""
        found = self._find_channel(int(channel_id))
        if found is None:
            raise LookupError(f"unknown channel {channel_id}")
        msg = self._make_message(found[1], {"content": content, "embeds": embeds or []}, [])
        msg["author"] = author.to_json()
        self._notify()
        return msg

    async def _h_history(self, rec: RecordedRequest, cid: str) -> tuple:
        """GET /channels/{id}/messages: ?limit (1-100, default 50), before | after | around."""
        found = self._find_channel(int(cid))
        if found is None:
            return _err(404, "Unknown Channel", 10003)
        guild, ch = found
        can_view, can_read = self._bot_can_read(guild, ch)
        if not can_view:
            return _err(403, "Missing Access", 50001)
        q = rec.query
        try:
            limit = int(q.get("limit", "50"))
            anchors = {k: int(q[k]) for k in ("before", "after", "around") if k in q}
        except ValueError:
            problems = [V.Problem(("limit",), "NUMBER_TYPE_COERCE", "Value is not int.")]
            self._violate("invalid_form_body", f"history of channel {cid}", rec, problems)
            return 400, V.error_body(problems)
        problems = []
        if not 1 <= limit <= 100:
            problems.append(
                V.Problem(("limit",), "NUMBER_TYPE_MAX", "limit must be between 1 and 100")
            )
        if len(anchors) > 1:
            problems.append(
                V.Problem(
                    ("before",), "BASE_TYPE_BAD", "only one of before, after, around is allowed"
                )
            )
        if problems:
            self._violate("invalid_form_body", f"history of channel {cid}", rec, problems)
            return 400, V.error_body(problems)
        if not can_read:
            return 200, []
        history = self.channel_history(int(cid))  # newest first
        if "before" in anchors:
            page = [m for m in history if int(m["id"]) < anchors["before"]][:limit]
        elif "after" in anchors:
            # Discord returns the `limit` messages right after the anchor, still newest first.
            newer = [m for m in history if int(m["id"]) > anchors["after"]]
            page = newer[-limit:]
        elif "around" in anchors:
            a = anchors["around"]
            older = [m for m in history if int(m["id"]) <= a][: (limit + 1) // 2]
            newer = [m for m in history if int(m["id"]) > a][-(limit // 2) :] if limit > 1 else []
            page = newer + older
        else:
            page = history[:limit]
        return 200, page

    def _channel_message(self, cid: str, mid: str) -> dict[str, Any] | None:
        m = self.messages.get(int(mid))
        if m is None or m.get("_deleted") or int(m["channel_id"]) != int(cid):
            return None
        return m

    async def _h_get_message(self, rec: RecordedRequest, cid: str, mid: str) -> tuple:
        m = self._channel_message(cid, mid)
        return (200, self._public(m)) if m else _err(404, "Unknown Message", 10008)

    async def _h_patch_message(self, rec: RecordedRequest, cid: str, mid: str) -> tuple:
        m = self._channel_message(cid, mid)
        if m is None:
            return _err(404, "Unknown Message", 10008)
        if int(m["author"]["id"]) != self.bot_user.id:
            return _err(403, "Cannot edit a message authored by another user", 50005)
        problems = V.check_message(rec.json or {})
        if problems:
            self._violate("invalid_form_body", f"edit of message {mid}", rec, problems)
            return 400, V.error_body(problems)
        self._apply_edit(m, rec.json or {}, rec.files)
        return 200, self._public(m)

    async def _h_delete_message(self, rec: RecordedRequest, cid: str, mid: str) -> tuple:
        m = self._channel_message(cid, mid)
        if m is None:
            return _err(404, "Unknown Message", 10008)
        m["_deleted"] = True
        return 204, None

    async def _h_get_channel(self, rec: RecordedRequest, cid: str) -> tuple:
        found = self._find_channel(int(cid))
        if found is None:
            return _err(404, "Unknown Channel", 10003)
        return 200, found[1].to_json()

    async def _h_typing(self, rec: RecordedRequest, cid: str) -> tuple:
        return (204, None) if self._find_channel(int(cid)) else _err(404, "Unknown Channel", 10003)

    async def _h_create_dm(self, rec: RecordedRequest) -> tuple:
        rid = (rec.json or {}).get("recipient_id")
        try:
            ch = self.dm_channel(int(rid))
        except (LookupError, TypeError, ValueError):
            return _err(400, "Unknown User", 10013)
        return 200, ch.to_json()

    async def _h_get_user(self, rec: RecordedRequest, uid: str) -> tuple:
        u = self.all_users().get(int(uid))
        return (200, u.to_json()) if u else _err(404, "Unknown User", 10013)

    async def _h_get_member(self, rec: RecordedRequest, guild: str, uid: str) -> tuple:
        try:
            g = self.guild(int(guild))
        except LookupError:
            return _err(404, "Unknown Guild", 10004)
        m = g.member(int(uid))
        return (200, m.to_json()) if m else _err(404, "Unknown Member", 10007)

    @staticmethod
    def _public(m: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in m.items() if not k.startswith("_")}

    # ------------------------------------------------------------------ interaction callbacks
    _ALLOWED_CALLBACKS: ClassVar[dict[int, set[int]]] = {
        2: {4, 5, 9},
        3: {4, 5, 6, 7, 9},
        4: {8},
        5: {4, 5, 6, 7},
    }

    async def _h_callback(self, rec: RecordedRequest, iid: str, token: str) -> tuple:
        loop = asyncio.get_running_loop()
        irec = self.interactions.get(int(iid))
        if irec is None or irec.token != token:
            self._violate("unknown_interaction", f"callback for unknown interaction {iid}", rec)
            return _err(404, "Unknown interaction", 10062)
        body = rec.json or {}
        now = loop.time()

        def answer(
            status: int, out: Any, kind: str | None = None, detail: str = "", problems=()
        ) -> tuple:
            if kind:
                self._violate(kind, detail, rec, problems)
            irec.callback_attempts.append((status, body))
            return status, out

        if irec.acked_or_expired():
            if irec.ack_type is not None:
                return answer(
                    400,
                    {"message": "Interaction has already been acknowledged.", "code": 40060},
                    "already_acknowledged",
                    f"second callback (type {body.get('type')}) for interaction {iid}",
                )
            return answer(
                404,
                {"message": "Unknown interaction", "code": 10062},
                "late_callback",
                f"callback for expired interaction {iid}",
            )
        elapsed = now - irec.created_at
        if elapsed > irec.deadline:
            irec.expired = True
            return answer(
                404,
                {"message": "Unknown interaction", "code": 10062},
                "late_callback",
                f"callback {elapsed:.3f}s after interaction {iid} (deadline {irec.deadline}s)",
            )
        ctype = body.get("type")
        if ctype not in self._ALLOWED_CALLBACKS.get(irec.type, set()):
            problems = [
                V.Problem(
                    ("type",),
                    "INTERACTION_CALLBACK_TYPE_INVALID",
                    f"callback type {ctype} invalid for interaction type {irec.type}",
                )
            ]
            return answer(
                400, V.error_body(problems), "invalid_form_body", "bad callback type", problems
            )
        data = body.get("data") or {}
        if ctype in (4, 7):
            problems = V.check_message(data, require_body=(ctype == 4 and not rec.files))
        elif ctype == 8:
            problems = V.check_autocomplete(data)
        elif ctype == 9:
            problems = V.check_modal(data)
        else:
            problems = []
        if ctype in (4, 7, 9):
            problems = [
                V.Problem(("data", *p.path), p.code, p.message) if ctype != 9 else p
                for p in problems
            ]
        if problems:
            return answer(
                400, V.error_body(problems), "invalid_form_body", f"callback type {ctype}", problems
            )

        # accepted
        irec.callback = body
        irec.callback_at = now
        irec.ack_type = ctype
        irec.callback_attempts.append((200, body))
        msg = None
        channel = self._interaction_channel(irec)
        if ctype == 4:
            msg = self._make_message(channel, data, rec.files, interaction=irec)
            irec.original_id = int(msg["id"])
        elif ctype == 5:
            msg = self._make_message(
                channel, {}, [], flags=128 | (int(data.get("flags") or 0) & 64), interaction=irec
            )
            irec.original_id = int(msg["id"])
        elif ctype in (6, 7):
            src = irec.payload.get("message")
            if src is not None:
                irec.original_id = int(src["id"])
                stored = self.messages.get(irec.original_id)
                if ctype == 7 and stored is not None:
                    self._apply_edit(stored, data, rec.files)
                msg = stored
        elif ctype == 9:
            self.modals[data.get("custom_id")] = (data, irec)
        response: dict[str, Any] = {
            "interaction": {
                "id": str(irec.id),
                "type": irec.type,
                "response_message_loading": ctype == 5,
                "response_message_ephemeral": bool(int((msg or {}).get("flags") or 0) & 64),
            },
            "resource": {"type": ctype},
        }
        if msg is not None:
            response["interaction"]["response_message_id"] = msg["id"]
            response["resource"]["message"] = self._public(msg)
        return 200, response

    def _interaction_channel(self, irec: InteractionRecord) -> Channel:
        cid = int(irec.payload["channel"]["id"])
        found = self._find_channel(cid)
        assert found is not None
        return found[1]

    def _irec_for_token(self, app: str, token: str) -> InteractionRecord | None:
        if int(app) != self.application_id:
            return None
        return next((r for r in self.interactions.values() if r.token == token), None)

    async def _h_followup(self, rec: RecordedRequest, app: str, token: str) -> tuple:
        irec = self._irec_for_token(app, token)
        if irec is None:
            return _err(404, "Unknown Webhook", 10015)
        if irec.ack_type not in (4, 5, 6, 7):
            self._violate(
                "not_acknowledged",
                f"follow-up before the interaction {irec.id} was acknowledged",
                rec,
            )
            return _err(404, "Unknown Webhook", 10015)
        body = rec.json or {}
        problems = V.check_message(body, require_body=not rec.files)
        if problems:
            self._violate(
                "invalid_form_body", f"follow-up for interaction {irec.id}", rec, problems
            )
            return 400, V.error_body(problems)
        orig = irec.original
        if irec.ack_type == 5 and orig is not None and int(orig.get("flags") or 0) & 128:
            # Discord: the first follow-up after a deferred (type 5) response completes the loading message
            orig["flags"] = int(orig["flags"]) & ~128
            self._apply_edit(orig, body, rec.files)
            msg = orig
        else:
            msg = self._make_message(
                self._interaction_channel(irec), body, rec.files, interaction=irec, webhook=True
            )
        irec.followups.append(msg)
        wait = rec.query.get("wait", "false").lower() in ("1", "true")
        return (200, self._public(msg)) if wait else (204, None)

    def _wh_target(
        self, rec: RecordedRequest, app: str, token: str, mid: str, what: str
    ) -> tuple | dict[str, Any]:
        irec = self._irec_for_token(app, token)
        if irec is None:
            return _err(404, "Unknown Webhook", 10015)
        if irec.ack_type not in (4, 5, 6, 7):
            self._violate(
                "not_acknowledged",
                f"{what} of {mid} before interaction {irec.id} was acknowledged",
                rec,
            )
            return _err(404, "Unknown Message", 10008)
        if mid == "@original":
            m = irec.original
        else:
            m = self.messages.get(int(mid))
            if m is not None and int(m["id"]) != irec.original_id and m not in irec.followups:
                m = None
        if m is None or m.get("_deleted"):
            return _err(404, "Unknown Message", 10008)
        return m

    async def _h_wh_get(self, rec: RecordedRequest, app: str, token: str, mid: str) -> tuple:
        m = self._wh_target(rec, app, token, mid, "fetch")
        return m if isinstance(m, tuple) else (200, self._public(m))

    async def _h_wh_patch(self, rec: RecordedRequest, app: str, token: str, mid: str) -> tuple:
        m = self._wh_target(rec, app, token, mid, "edit")
        if isinstance(m, tuple):
            return m
        body = rec.json or {}
        problems = V.check_message(body)
        if problems:
            self._violate("invalid_form_body", f"webhook edit of {mid}", rec, problems)
            return 400, V.error_body(problems)
        m["flags"] = int(m.get("flags") or 0) & ~128
        self._apply_edit(m, body, rec.files)
        irec = self._irec_for_token(app, token)
        assert irec is not None
        if mid == "@original" or int(mid) == irec.original_id:
            irec.edits.append(body)
        return 200, self._public(m)

    async def _h_wh_delete(self, rec: RecordedRequest, app: str, token: str, mid: str) -> tuple:
        m = self._wh_target(rec, app, token, mid, "delete")
        if isinstance(m, tuple):
            return m
        m["_deleted"] = True
        irec = self._irec_for_token(app, token)
        if irec is not None and int(m["id"]) == irec.original_id:
            irec.original_deleted = True
        return 204, None

    # ------------------------------------------------------------------ gateway
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        loop = asyncio.get_running_loop()
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        conn = _Conn(
            ws,
            zlib_stream=request.query.get("compress") == "zlib-stream",
            via_resume_url=request.path.startswith("/resume"),
        )
        self._conns.add(conn)
        self.gateway_log.append(
            GatewayEvent("connect", None, None, loop.time(), conn.via_resume_url)
        )
        self._notify()
        try:
            await conn.send(
                {
                    "op": 10,
                    "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                    "s": None,
                    "t": None,
                }
            )
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                    break
                await self._gateway_op(conn, payload)
        finally:
            self._conns.discard(conn)
            sess = conn.session
            if sess is not None and sess.conn is conn:
                sess.conn = None
            self.gateway_log.append(
                GatewayEvent(
                    "closed",
                    sess.shard_id if sess else None,
                    sess.session_id if sess else None,
                    loop.time(),
                )
            )
            self._notify()
        return ws

    async def _gateway_op(self, conn: _Conn, payload: dict[str, Any]) -> None:
        loop = asyncio.get_running_loop()
        op, d = payload.get("op"), payload.get("d")
        if op == 1:
            await conn.send({"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            await self._identify(conn, d or {})
        elif op == 6:
            d = d or {}
            sess = self._sessions.get(d.get("session_id"))
            if sess is None or d.get("token") != self.token:
                self.gateway_log.append(
                    GatewayEvent("invalid_session", None, d.get("session_id"), loop.time())
                )
                await conn.send({"op": 9, "d": False, "s": None, "t": None})
                self._notify()
                return
            old = sess.conn
            sess.conn = conn
            conn.session = sess
            if old is not None and old is not conn:
                with contextlib.suppress(Exception):
                    await old.ws.close(code=4000)
            self.gateway_log.append(
                GatewayEvent(
                    "resume", sess.shard_id, sess.session_id, loop.time(), conn.via_resume_url
                )
            )
            seq = d.get("seq") or 0
            for ev in [e for e in sess.events if e["s"] > seq]:
                await conn.send(ev)
            self._shard_sessions[sess.shard_id] = sess
            await sess.dispatch("RESUMED", {})
            self.gateway_log.append(
                GatewayEvent("resumed", sess.shard_id, sess.session_id, loop.time())
            )
            self._notify()
        elif op == 8:
            d = d or {}
            try:
                g = self.guild(int(d.get("guild_id")))
            except (LookupError, TypeError, ValueError):
                return
            if conn.session is not None:
                await conn.session.dispatch(
                    "GUILD_MEMBERS_CHUNK",
                    {
                        "guild_id": str(g.id),
                        "members": [m.to_json() for m in g.members],
                        "chunk_index": 0,
                        "chunk_count": 1,
                        "not_found": [],
                        "nonce": d.get("nonce"),
                    },
                )
        # op 3 (presence), 4 (voice) and others: accepted silently

    async def _identify(self, conn: _Conn, d: dict[str, Any]) -> None:
        loop = asyncio.get_running_loop()
        if d.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard_id, shard_count = d.get("shard") or [0, 1]
        if not (0 <= shard_id < shard_count):
            await conn.ws.close(code=4010, message=b"Invalid shard.")
            return
        sess = _Session(secrets.token_hex(16), shard_id, shard_count, int(d.get("intents") or 0))
        self._sessions[sess.session_id] = sess
        old = self._shard_sessions.get(shard_id)
        if old is not None and old.conn is not None and old.conn is not conn:
            with contextlib.suppress(Exception):
                await old.conn.ws.close(code=4000)
        self._shard_sessions[shard_id] = sess
        sess.conn = conn
        conn.session = sess
        self.gateway_log.append(
            GatewayEvent("identify", shard_id, sess.session_id, loop.time(), conn.via_resume_url)
        )
        mine = [g for g in self.guilds if (g.id >> 22) % shard_count == shard_id]
        await sess.dispatch(
            "READY",
            {
                "v": 10,
                "user": {**self.bot_user.to_json(), "verified": True, "mfa_enabled": False},
                "guilds": [{"id": str(g.id), "unavailable": True} for g in mine],
                "session_id": sess.session_id,
                "resume_gateway_url": self.resume_gateway_url,
                "shard": [shard_id, shard_count],
                "application": {"id": str(self.application_id), "flags": 0},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "user_settings": {},
                "geo_ordered_rtc_regions": [],
                "guild_join_requests": [],
                "_trace": ["discord-double"],
            },
        )
        self.gateway_log.append(GatewayEvent("ready", shard_id, sess.session_id, loop.time()))
        for g in mine:
            gc = g.guild_create()
            if not sess.intents & (
                1 << 1
            ):  # no GUILD_MEMBERS intent: Discord only sends the bot itself
                gc["members"] = [m.to_json() for m in g.members if m.user.id == self.bot_user.id]
            await sess.dispatch("GUILD_CREATE", gc)
        self.gateway_log.append(GatewayEvent("guilds_sent", shard_id, sess.session_id, loop.time()))
        self._notify()

    async def force_reconnect(self, shard_id: int = 0, how: str = "reconnect") -> int:
        """Force the bot's gateway connection on `shard_id` to drop.

        how: "reconnect" sends op 7 RECONNECT, "close" closes the socket with 4000 (both lead the client
        to RESUME), "invalidate" sends op 9 INVALID_SESSION(false) (the client re-IDENTIFYs).
        Returns len(gateway_log) before the action, to pass as `since=` to wait_gateway().
        """
        mark = len(self.gateway_log)
        sess = self._shard_sessions.get(shard_id)
        if sess is None or sess.conn is None:
            raise AssertionError(f"shard {shard_id} has no live gateway connection")
        conn = sess.conn
        if how == "reconnect":
            await conn.send({"op": 7, "d": None, "s": None, "t": None})
        elif how == "close":
            await conn.ws.close(code=4000, message=b"double: forced close")
        elif how == "invalidate":
            self._sessions.pop(sess.session_id, None)
            await conn.send({"op": 9, "d": False, "s": None, "t": None})
        else:
            raise ValueError(how)
        return mark

    # ------------------------------------------------------------------ interaction injection
    def _resolve_context(
        self,
        guild: Any,
        channel: Any,
        user: Any,
        dm: bool,
        roles: list[int] | None,
    ) -> tuple[Guild | None, Channel, User, Member | None]:
        if dm:
            users = self.all_users()
            if user is None:
                if not self.dm_users:
                    raise LookupError("dm=True needs user= or configured dm_users")
                u = self.dm_users[0]
            else:
                uid = user.id if isinstance(user, User | Member) else int(user)
                if isinstance(user, Member):
                    uid = user.user.id
                u = users[uid]
            return None, self.dm_channel(u.id), u, None
        g = self.guild(None if guild is _DEFAULT else guild)
        if channel is None:
            ch = next(c for c in g.channels if c.type == 0)
        else:
            cid = channel.id if isinstance(channel, Channel) else int(channel)
            ch = g.channel(cid)
            if ch is None:
                raise LookupError(f"channel {cid} is not in guild {g.id}")
        if user is None:
            member = next(m for m in g.members if not m.user.bot)
        else:
            if isinstance(user, Member):
                uid = user.user.id
            elif isinstance(user, User):
                uid = user.id
            else:
                uid = int(user)
            member = g.member(uid)
            if member is None:
                raise LookupError(f"user {uid} is not a member of guild {g.id}")
        if roles is not None:
            member = Member(member.user, roles=list(roles), nick=member.nick)
        return g, ch, member.user, member

    def _base_payload(
        self,
        itype: int,
        data: dict[str, Any],
        g: Guild | None,
        ch: Channel,
        u: User,
        member: Member | None,
        locale: str,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(snowflake()),
            "application_id": str(self.application_id),
            "type": itype,
            "data": data,
            "token": "itok_" + secrets.token_urlsafe(32),
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(ch.id),
        }
        if g is not None and member is not None:
            me = g.member(self.bot_user.id)
            assert me is not None
            perms = g.permissions_in(member, ch)
            payload.update(
                {
                    "guild_id": str(g.id),
                    "guild": {"id": str(g.id), "locale": g.locale, "features": []},
                    "guild_locale": g.locale,
                    "channel": {**ch.to_json(), "guild_id": str(g.id), "permissions": str(perms)},
                    "member": {**member.to_json(), "permissions": str(perms)},
                    "app_permissions": str(g.permissions_in(me, ch)),
                    "context": 0,
                    "authorizing_integration_owners": {"0": str(g.id)},
                }
            )
        else:
            payload.update(
                {
                    "channel": ch.to_json(),
                    "user": u.to_json(),
                    "app_permissions": str(
                        P.VIEW_CHANNEL
                        | P.SEND_MESSAGES
                        | P.EMBED_LINKS
                        | P.ATTACH_FILES
                        | P.READ_MESSAGE_HISTORY
                        | P.ADD_REACTIONS
                        | P.USE_EXTERNAL_EMOJIS
                    ),
                    "context": 1,
                    "authorizing_integration_owners": {"0": "0"},
                }
            )
        return payload

    async def _deliver(self, payload: dict[str, Any]) -> InteractionRecord:
        irec = InteractionRecord(self, payload, self.interaction_deadline)
        self.interactions[irec.id] = irec
        await self.dispatch(
            "INTERACTION_CREATE",
            payload,
            guild_id=payload.get("guild_id") and int(payload["guild_id"]),
        )
        return irec

    def _walk_command(
        self, cmd: dict[str, Any], subcommand: str | None
    ) -> tuple[list[str], list[dict[str, Any]], list[int]]:
        parts = subcommand.split() if subcommand else []
        opts = cmd.get("options") or []
        kinds: list[int] = []
        for part in parts:
            sub = next((o for o in opts if o["name"] == part and o["type"] in (1, 2)), None)
            if sub is None:
                raise LookupError(f"/{cmd['name']} has no sub-command {part!r}")
            kinds.append(sub["type"])
            opts = sub.get("options") or []
        if any(o["type"] in (1, 2) for o in opts):
            raise LookupError(f"/{cmd['name']} {subcommand or ''}: a sub-command must be chosen")
        return parts, opts, kinds

    def _option_value(
        self,
        spec: dict[str, Any],
        value: Any,
        g: Guild | None,
        resolved: dict[str, dict[str, Any]],
        focused: bool,
    ) -> Any:
        t = spec["type"]
        name = spec["name"]
        if focused:
            return value if isinstance(value, str) else str(value)

        def need(ok: bool) -> None:
            if not ok:
                raise TypeError(f"option {name!r} (type {t}) cannot take {value!r}")

        if t == 3:
            need(isinstance(value, str))
            if "min_length" in spec and len(value) < spec["min_length"]:
                raise ValueError(f"option {name!r} shorter than min_length")
            if "max_length" in spec and len(value) > spec["max_length"]:
                raise ValueError(f"option {name!r} longer than max_length")
        elif t == 4:
            need(isinstance(value, int) and not isinstance(value, bool))
        elif t == 10:
            need(isinstance(value, int | float) and not isinstance(value, bool))
        elif t == 5:
            need(isinstance(value, bool))
        if t in (4, 10):
            if spec.get("min_value") is not None and value < spec["min_value"]:
                raise ValueError(f"option {name!r} below min_value")
            if spec.get("max_value") is not None and value > spec["max_value"]:
                raise ValueError(f"option {name!r} above max_value")
        if spec.get("choices") and value not in [c["value"] for c in spec["choices"]]:
            raise ValueError(f"option {name!r}: {value!r} is not one of the registered choices")
        if t in (6, 7, 8, 9):
            obj = value
            if isinstance(obj, Member):
                obj = obj.user
            oid = obj.id if isinstance(obj, User | Channel | Role) else int(obj)
            users = self.all_users()
            if t in (6, 9) and oid in users:
                resolved.setdefault("users", {})[str(oid)] = users[oid].to_json()
                if g is not None and (m := g.member(oid)) is not None:
                    mj = m.to_json(with_user=False)
                    mj["permissions"] = str(g.base_permissions(m))
                    resolved.setdefault("members", {})[str(oid)] = mj
            elif t in (8, 9) and g is not None and (r := g.role(oid)) is not None:
                resolved.setdefault("roles", {})[str(oid)] = r.to_json()
            elif t == 7 and g is not None and (c := g.channel(oid)) is not None:
                me = g.member(self.bot_user.id)
                assert me is not None
                resolved.setdefault("channels", {})[str(oid)] = {
                    **c.to_json(),
                    "permissions": str(g.permissions_in(me, c)),
                }
            else:
                raise LookupError(f"option {name!r}: {oid} is not a known object for type {t}")
            return str(oid)
        return value

    def _refuse_if_not_permitted(
        self, cmd: dict[str, Any], g: Guild | None, ch: Channel, member: Member | None
    ) -> None:
        contexts = cmd.get("contexts")
        if g is None:
            if cmd.get("dm_permission") is False or (contexts is not None and 1 not in contexts):
                raise CommandRefused(f"/{cmd['name']} is not available in DMs")
            return
        if contexts is not None and 0 not in contexts:
            raise CommandRefused(f"/{cmd['name']} is not available in guilds")
        dmp = cmd.get("default_member_permissions")
        if dmp is None:
            return
        assert member is not None
        perms = g.permissions_in(member, ch)
        need = int(dmp)
        if perms & P.ADMINISTRATOR or member.user.id == g.owner_id:
            return
        if need == 0 or perms & need != need:
            raise CommandRefused(
                f"/{cmd['name']} requires permissions {need}; member {member.user.id} has {perms}"
            )

    async def _command_interaction(
        self,
        itype: int,
        name: str,
        options: dict[str, Any] | None,
        *,
        guild: Any,
        channel: Any,
        user: Any,
        subcommand: str | None,
        dm: bool,
        roles: list[int] | None,
        override_permissions: bool,
        focused: str | None,
        locale: str,
    ) -> InteractionRecord:
        g, ch, u, member = self._resolve_context(guild, channel, user, dm, roles)
        cmd = self.registered_command(name, g)
        if cmd is None:
            raise LookupError(
                f"the bot has not registered a /{name} command (global or for this guild)"
            )
        if not override_permissions:
            self._refuse_if_not_permitted(cmd, g, ch, member)
        parts, specs, kinds = self._walk_command(cmd, subcommand)
        options = dict(options or {})
        resolved: dict[str, dict[str, Any]] = {}
        leaf: list[dict[str, Any]] = []
        by_name = {s["name"]: s for s in specs}
        for oname in options:
            if oname not in by_name:
                raise LookupError(
                    f"/{name} {subcommand or ''} has no option {oname!r} (registered: {list(by_name)})"
                )
        if focused is not None and focused not in options:
            raise LookupError(f"focused option {focused!r} must be in options")
        for spec in specs:  # registered order
            if spec["name"] not in options:
                if spec.get("required") and itype == 2:
                    raise ValueError(f"/{name}: required option {spec['name']!r} missing")
                continue
            is_focused = spec["name"] == focused
            if is_focused and not spec.get("autocomplete"):
                raise ValueError(f"option {spec['name']!r} is not registered with autocomplete")
            entry = {
                "name": spec["name"],
                "type": spec["type"],
                "value": self._option_value(spec, options[spec["name"]], g, resolved, is_focused),
            }
            if is_focused:
                entry["focused"] = True
            leaf.append(entry)
        nested: list[dict[str, Any]] = leaf
        for part, kind in reversed(list(zip(parts, kinds, strict=True))):
            nested = [{"name": part, "type": kind, "options": nested}]
        data: dict[str, Any] = {"id": cmd["id"], "name": cmd["name"], "type": cmd["type"]}
        if nested:
            data["options"] = nested
        if resolved:
            data["resolved"] = resolved
        if cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        return await self._deliver(self._base_payload(itype, data, g, ch, u, member, locale))

    async def invoke_command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        guild: Any = _DEFAULT,
        channel: Any = None,
        user: Any = None,
        subcommand: str | None = None,
        dm: bool = False,
        roles: list[int] | None = None,
        override_permissions: bool = False,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """Deliver a slash command (INTERACTION_CREATE type 2) as a real user would trigger it.

        Raises CommandRefused if Discord would not deliver it (default_member_permissions, contexts)
        unless override_permissions=True; LookupError/TypeError/ValueError for options Discord's
        client would not let a user send.
        """
        return await self._command_interaction(
            2,
            name,
            options,
            guild=guild,
            channel=channel,
            user=user,
            subcommand=subcommand,
            dm=dm,
            roles=roles,
            override_permissions=override_permissions,
            focused=None,
            locale=locale,
        )

    async def invoke_autocomplete(
        self,
        name: str,
        options: dict[str, Any],
        focused: str,
        *,
        guild: Any = _DEFAULT,
        channel: Any = None,
        user: Any = None,
        subcommand: str | None = None,
        dm: bool = False,
        roles: list[int] | None = None,
        override_permissions: bool = False,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """Deliver an autocomplete request (type 4); `focused` names the option being typed."""
        return await self._command_interaction(
            4,
            name,
            options,
            guild=guild,
            channel=channel,
            user=user,
            subcommand=subcommand,
            dm=dm,
            roles=roles,
            override_permissions=override_permissions,
            focused=focused,
            locale=locale,
        )

    def _origin_context(self, msg: dict[str, Any]) -> tuple[Any, Any, Any, bool]:
        origin = self._message_origin.get(int(msg["id"]))
        gid = msg.get("guild_id")
        if origin is not None:
            p = origin.payload
            uid = int((p.get("member") or {}).get("user", p.get("user") or {})["id"])
            return (int(gid) if gid else None), int(msg["channel_id"]), uid, gid is None
        if gid is None:
            dm_user = next(
                (u for u, c in self.dm_channels.items() if c.id == int(msg["channel_id"])), None
            )
            return None, int(msg["channel_id"]), dm_user, True
        return int(gid), int(msg["channel_id"]), None, False

    async def click(
        self,
        message: dict[str, Any] | int | str,
        custom_id: str,
        values: list[str] | None = None,
        *,
        user: Any = None,
        roles: list[int] | None = None,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """Click a button / choose select values (INTERACTION_CREATE type 3) on a message the bot sent.

        The user defaults to the one whose interaction created the message.
        """
        mid = int(message["id"]) if isinstance(message, dict) else int(message)
        msg = self.messages.get(mid)
        if msg is None or msg.get("_deleted"):
            raise LookupError(f"message {mid} does not exist (or was deleted)")
        comp = None
        for row in msg.get("components") or []:
            for c in row.get("components") or []:
                if c.get("custom_id") == custom_id:
                    comp = c
        if comp is None:
            raise LookupError(f"message {mid} has no component with custom_id {custom_id!r}")
        if comp.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; a user cannot use it")
        gid, cid, uid, dm = self._origin_context(msg)
        if user is not None:
            uid = user
        g, ch, u, member = self._resolve_context(
            gid if gid is not None else _DEFAULT, cid if not dm else None, uid, dm, roles
        )
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": comp["type"]}
        if comp["type"] == 2:
            if values is not None:
                raise ValueError("buttons take no values")
        else:
            if values is None:
                raise ValueError("select menus need values=[...]")
            lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
            if not lo <= len(values) <= hi:
                raise ValueError(f"select {custom_id!r} needs between {lo} and {hi} values")
            if comp["type"] == 3:
                allowed = {o["value"] for o in comp.get("options") or []}
                bad = [v for v in values if v not in allowed]
                if bad:
                    raise ValueError(f"values {bad} are not options of select {custom_id!r}")
            data["values"] = [str(v) for v in values]
        payload = self._base_payload(3, data, g, ch, u, member, locale)
        payload["message"] = self._public(msg)
        return await self._deliver(payload)

    async def submit_modal(
        self,
        custom_id: str,
        fields: dict[str, str],
        *,
        user: Any = None,
        roles: list[int] | None = None,
        locale: str = "en-US",
    ) -> InteractionRecord:
        """Submit the modal the bot last opened with this custom_id (INTERACTION_CREATE type 5)."""
        if custom_id not in self.modals:
            raise LookupError(f"the bot has not opened a modal with custom_id {custom_id!r}")
        modal, origin = self.modals[custom_id]
        p = origin.payload
        used: set[str] = set()

        def submit(c: dict[str, Any]) -> dict[str, Any]:
            cid = c.get("custom_id")
            out: dict[str, Any] = {"type": c["type"], "custom_id": cid}
            if "id" in c:
                out["id"] = c["id"]
            if c["type"] == 4:
                value = fields.get(cid, c.get("value") or "")
                if cid in fields:
                    used.add(cid)
                if c.get("required", True) and not value:
                    raise ValueError(f"text input {cid!r} is required")
                if len(value) < c.get("min_length", 0) or len(value) > c.get("max_length", 4000):
                    raise ValueError(f"text input {cid!r}: length {len(value)} outside min/max")
                out["value"] = value
            elif c["type"] in (3, 5, 6, 7, 8):
                vals = fields.get(cid, [])
                if cid in fields:
                    used.add(cid)
                out["values"] = list(vals) if not isinstance(vals, str) else [vals]
            return out

        comps = []
        for top in modal.get("components") or []:
            if top.get("type") == 1:
                comps.append(
                    {"type": 1, "components": [submit(c) for c in top.get("components") or []]}
                )
            elif top.get("type") == 18:
                entry = {"type": 18, "component": submit(top["component"])}
                if "id" in top:
                    entry["id"] = top["id"]
                comps.append(entry)
        unknown = set(fields) - used
        if unknown:
            raise LookupError(f"modal {custom_id!r} has no fields {sorted(unknown)}")
        gid = p.get("guild_id")
        uid = (
            user
            if user is not None
            else int((p.get("member") or {}).get("user", p.get("user") or {})["id"])
        )
        g, ch, u, member = self._resolve_context(
            int(gid) if gid else _DEFAULT,
            int(p["channel"]["id"]) if gid else None,
            uid,
            gid is None,
            roles,
        )
        payload = self._base_payload(
            5, {"custom_id": custom_id, "components": comps}, g, ch, u, member, locale
        )
        if "message" in p:
            payload["message"] = p["message"]
        return await self._deliver(payload)


def default_guild(guild_id: int | None = None) -> Guild:
    """A small guild: owner, an admin-role member, a plain member; two text channels."""
    gid = guild_id or snowflake()
    owner = User(id=snowflake(), name="owner")
    mod = User(id=snowflake(), name="moderator")
    plain = User(id=snowflake(), name="member")
    mod_role = Role(
        id=snowflake(),
        name="Moderators",
        permissions=P.MANAGE_GUILD | P.MANAGE_MESSAGES,
        position=2,
    )
    return Guild(
        id=gid,
        name="Double Guild",
        owner_id=owner.id,
        channels=[
            Channel(id=snowflake(), name="general"),
            Channel(id=snowflake(), name="transfers"),
        ],
        roles=[mod_role],
        members=[Member(plain), Member(mod, roles=[mod_role.id]), Member(owner)],
    )


def _png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG file from its IHDR chunk, or None if it is not a PNG."""
    if len(data) < 24 or not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
