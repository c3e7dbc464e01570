"""A local double of the Wikidata Query Service and the Action API, on 127.0.0.1.

It speaks their real formats: SPARQL JSON results (`head.vars`, `results.bindings` with typed
terms) from `POST /sparql`, and `wbgetentities` answers (`entities` keyed by id, `missing` for
deleted ids, `redirects` on merged ones, the labels and aliases of the asked languages) from
`GET /w/api.php`, with the API's own error shapes (`maxlag` with `Retry-After`, `toomanyvalues`).

It does not run SPARQL: it recognises the two queries the client sends (team seasons; the
people of some seasons) and answers them from its entities, honouring LIMIT and OFFSET.
Faults are queued per service and served in order: 429 and 503 with Retry-After, a 500, a
body cut in the middle, maxlag, or a 400.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

ENTITY = "http://www.wikidata.org/entity/"
SEASON_CLASS = "Q53534649"


@dataclass
class Fault:
    kind: str  # "429" | "503" | "500" | "cut" | "maxlag" | "400"
    retry_after: str | None = "3"


@dataclass
class Seen:
    service: str
    method: str
    params: dict[str, str]
    user_agent: str
    query: str = ""


def _ids(claims: Any, prop: str, *, skip_deprecated: bool = True) -> list[str]:
    out = []
    for st in (claims or {}).get(prop, []) if isinstance(claims, dict) else []:
        if skip_deprecated and st.get("rank") == "deprecated":
            continue
        value = st["mainsnak"].get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value:
            out.append(value["id"])
    return out


def _year(claims: Any, prop: str) -> int | None:
    for st in (claims or {}).get(prop, []) if isinstance(claims, dict) else []:
        value = st["mainsnak"].get("datavalue", {}).get("value")
        if isinstance(value, dict) and "time" in value:
            return int(value["time"][1:5])
    return None


@dataclass
class WikidataDouble:
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)  # merged id -> the id it became
    faults: dict[str, list[Fault]] = field(default_factory=lambda: {"sparql": [], "api": []})
    seen: list[Seen] = field(default_factory=list)
    fail_after: dict[str, int] = field(default_factory=dict)  # service -> answer so many, then 400
    hold_api_after: int | None = None  # answer so many API calls, then hold the next ones
    held: asyncio.Event = field(default_factory=asyncio.Event)  # set when a call is held
    gate: asyncio.Event = field(default_factory=asyncio.Event)  # set to let held calls go on
    _runner: web.AppRunner | None = None
    port: int = 0

    def load(self, entities: list[dict[str, Any]]) -> None:
        for entity in entities:
            self.entities[entity["id"]] = entity

    @property
    def sparql_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/w/api.php"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/sparql", self._sparql)
        app.router.add_get("/sparql", self._sparql)
        app.router.add_get("/w/api.php", self._api)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def requests(self, service: str) -> list[Seen]:
        return [s for s in self.seen if s.service == service]

    # -- faults ---------------------------------------------------------------------------------
    def _fault(self, service: str) -> web.Response | None:
        limit = self.fail_after.get(service)
        if limit is not None:
            if limit <= 0:
                return web.Response(status=400, text="stopped by the test")
            self.fail_after[service] = limit - 1
        queue = self.faults[service]
        if not queue or queue[0].kind == "cut":
            return None  # a cut is applied to the real answer
        fault = queue.pop(0)
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        if fault.kind in ("429", "503"):
            text = "Too Many Requests - Please retry later." if fault.kind == "429" else "busy"
            return web.Response(status=int(fault.kind), text=text, headers=headers)
        if fault.kind == "500":
            return web.Response(status=500, text="java.util.concurrent.TimeoutException")
        if fault.kind == "400":
            return web.Response(status=400, text="MalformedQueryException")
        if fault.kind == "maxlag":
            body = {
                "error": {
                    "code": "maxlag",
                    "info": "Waiting for 10.64.48.35: 7 seconds lagged.",
                    "host": "10.64.48.35",
                    "lag": 7,
                    "type": "db",
                    "*": "See https://www.wikidata.org/w/api.php for API usage.",
                },
                "servedby": "mw-api-ext.eqiad.main-1",
            }
            return web.json_response(body, headers={**headers, "X-Database-Lag": "7"})
        return None

    # -- the Query Service --------------------------------------------------------------------
    async def _sparql(self, request: web.Request) -> web.StreamResponse:
        form = await request.post() if request.method == "POST" else request.query
        query = str(form.get("query", ""))
        self.seen.append(
            Seen("sparql", request.method, {}, request.headers.get("User-Agent", ""), query)
        )
        fault = self._fault("sparql")
        if fault is not None:
            return fault
        cut = self._cut_next("sparql")
        limit = int(re.search(r"LIMIT (\d+)", query).group(1))  # type: ignore[union-attr]
        offset = int(re.search(r"OFFSET (\d+)", query).group(1))  # type: ignore[union-attr]
        if "wdt:P5138 ?team" in query:
            names, rows = ["season", "team"], self._seasons(query)
        elif "VALUES ?season" in query:
            names, rows = ["person"], self._members(query)
        else:
            return web.Response(status=400, text="MalformedQueryException: unknown query")
        page = rows[offset : offset + limit]
        body = {
            "head": {"vars": names},
            "results": {
                "bindings": [
                    {
                        n: {"type": "uri", "value": ENTITY + v}
                        for n, v in zip(names, row, strict=True)
                    }
                    for row in page
                ]
            },
        }
        return self._answer(body, "application/sparql-results+json", cut)

    def _seasons(self, query: str) -> list[tuple[str, ...]]:
        classes = set(re.findall(r"wd:(Q\d+)", query.split("VALUES ?class", 1)[1].split("}")[0]))
        since = int(re.search(r"YEAR\(\?start\) >= (\d+)", query).group(1))  # type: ignore[union-attr]
        rows = set()
        for qid, ent in self.entities.items():
            claims = ent.get("claims")
            if SEASON_CLASS not in _ids(claims, "P31"):
                continue
            for team in _ids(claims, "P5138"):
                team_classes = _ids(self.entities.get(team, {}).get("claims"), "P31")
                own = _ids(claims, "P2094") + _ids(claims, "P31")
                start = _year(claims, "P580")
                if (classes & {*own, *team_classes}) and (start is None or start >= since):
                    rows.add((qid, team))
        return sorted(rows)

    def _members(self, query: str) -> list[tuple[str, ...]]:
        seasons = set(re.findall(r"wd:(Q\d+)", query.split("VALUES ?season", 1)[1].split("}")[0]))
        people = set()
        for qid, ent in self.entities.items():
            claims = ent.get("claims")
            if "Q5" in _ids(claims, "P31") and seasons & set(_ids(claims, "P54")):
                people.add(qid)
            if qid in seasons:
                for prop in ("P527", "P1037", "P286"):
                    people.update(
                        p
                        for p in _ids(claims, prop)
                        if "Q5" in _ids(self.entities.get(p, {}).get("claims"), "P31")
                    )
        return sorted((p,) for p in people)

    # -- the Action API -----------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.StreamResponse:
        params = dict(request.query)
        self.seen.append(Seen("api", request.method, params, request.headers.get("User-Agent", "")))
        if self.hold_api_after is not None and len(self.requests("api")) > self.hold_api_after:
            self.held.set()
            await self.gate.wait()
        fault = self._fault("api")
        if fault is not None:
            return fault
        cut = self._cut_next("api")
        if params.get("action") != "wbgetentities":
            return web.json_response({"error": {"code": "badvalue", "info": "unknown action"}})
        ids = [i for i in params.get("ids", "").split("|") if i]
        if len(ids) > 50:
            return web.json_response(
                {
                    "error": {
                        "code": "toomanyvalues",
                        "info": 'Too many values supplied for parameter "ids". The limit is 50.',
                        "limit": 50,
                    }
                }
            )
        languages = set(params.get("languages", "").split("|"))
        out: dict[str, Any] = {}
        for qid in ids:
            target = self.redirects.get(qid)
            if target is not None and target in self.entities:
                out[target] = {
                    **self._filtered(self.entities[target], languages),
                    "redirects": {"from": qid, "to": target},
                }
            elif qid in self.entities:
                out[qid] = self._filtered(self.entities[qid], languages)
            else:
                out[qid] = {"id": qid, "missing": ""}
        return self._answer({"entities": out, "success": 1}, "application/json", cut)

    @staticmethod
    def _filtered(entity: dict[str, Any], languages: set[str]) -> dict[str, Any]:
        out = dict(entity)
        for key in ("labels", "aliases", "descriptions"):
            value = entity.get(key)
            if isinstance(value, dict):
                kept = {k: v for k, v in value.items() if k in languages}
                out[key] = kept or []
        out.pop("sitelinks", None)
        return out

    def _cut_next(self, service: str) -> bool:
        queue = self.faults[service]
        if queue and queue[0].kind == "cut":
            queue.pop(0)
            return True
        return False

    @staticmethod
    def _answer(body: dict[str, Any], content_type: str, cut: bool) -> web.Response:
        raw = json.dumps(body, ensure_ascii=False).encode()
        if cut:
            raw = raw[: len(raw) // 2]
        return web.Response(body=raw, content_type=content_type, charset="utf-8")


class FakeSleep:
    """Records the pauses a client asks for instead of waiting them out."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
