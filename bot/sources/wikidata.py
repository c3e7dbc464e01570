"""The Wikidata client: the Query Service (SPARQL) and the Action API (`wbgetentities`).

Wikimedia's rules for clients, followed here: a User-Agent naming the client and how to reach
its operator; one request at a time; `maxlag=5` on every Action API call, waiting as long as the
`Retry-After` header says when the servers are lagged (an error answered with status 200);
waiting as asked on 429 and 503. Other failures (a cut connection, truncated JSON, a 5xx) are
retried a few times with growing pauses; a 4xx is a bug in the request and fails at once.

The pause function is a parameter, so tests run the whole retry logic without waiting.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
import orjson

from bot.domain.errors import MercatoError
from bot.domain.wikidata import EntityFormatError, Record, read_response
from bot.domain.wikidata.reader import LANGUAGES
from bot.domain.wikidata.vocabulary import SYNC_CLASSES

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

BATCH = 50  # wbgetentities' limit for ids per call (without a bot flag)
MAXLAG = 5
MAX_BODY = 64 * 1024 * 1024
MAX_WAIT = 900.0  # the longest Retry-After honoured as given; longer ones are capped
ENTITY_URI = "http://www.wikidata.org/entity/"


class WikidataError(MercatoError):
    """Wikidata could not be read: the message says which request and why."""

    title = "Wikidata error"
    exit_code = 4


class _Retry(Exception):
    """A transient failure: wait `delay` seconds (None: the client's backoff) and retry."""

    def __init__(self, why: str, delay: float | None = None) -> None:
        super().__init__(why)
        self.delay = delay


def user_agent(contact: str, version: str = "0.1.0") -> str:
    """The User-Agent Wikimedia's policy asks for: client, version, contact, library."""
    return f"Mercato/{version} ({contact}) aiohttp/{aiohttp.__version__}"


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def binding_rows(body: Any) -> list[dict[str, str]]:
    """SPARQL JSON results as rows of variable -> value; entity URIs become ids ('Q42')."""
    try:
        bindings = body["results"]["bindings"]
    except (KeyError, TypeError):
        raise EntityFormatError("not SPARQL JSON results (no results.bindings)") from None
    rows = []
    for binding in bindings:
        row = {}
        for var, term in binding.items():
            value = term.get("value") if isinstance(term, dict) else None
            if not isinstance(value, str):
                continue
            if term.get("type") == "uri" and value.startswith(ENTITY_URI):
                value = value[len(ENTITY_URI) :]
            row[var] = value
        rows.append(row)
    return rows


@dataclass(slots=True)
class ClientStats:
    requests: int = 0
    retries: int = 0
    waited: list[float] = field(default_factory=list)


class WikidataClient:
    """One client for both services; requests go out one at a time."""

    def __init__(
        self,
        *,
        sparql_url: str,
        api_url: str,
        user_agent: str,
        session: aiohttp.ClientSession | None = None,
        sleep: Sleep = asyncio.sleep,
        attempts: int = 6,
        timeout: float = 120.0,
    ) -> None:
        self.sparql_url = sparql_url
        self.api_url = api_url
        self.user_agent = user_agent
        self._session = session
        self._own_session = session is None
        self._sleep = sleep
        self._attempts = attempts
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._one_at_a_time = asyncio.Lock()
        self.stats = ClientStats()

    async def __aenter__(self) -> WikidataClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the HTTP session when the client made it."""
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    # -- the two services -------------------------------------------------------------------
    async def sparql(self, query: str) -> list[dict[str, str]]:
        """Run a SELECT query; return its rows."""
        body = await self._request(
            "POST",
            self.sparql_url,
            data={"query": query},
            headers={"Accept": "application/sparql-results+json"},
            what="SPARQL query",
        )
        try:
            return binding_rows(body)
        except EntityFormatError as exc:
            raise WikidataError(f"SPARQL query: {exc}") from None

    async def entities(self, ids: Sequence[str]) -> list[Record]:
        """Fetch entities with `wbgetentities`, at most 50 per call, as records."""
        out: list[Record] = []
        for body in await self._get_entities(ids):
            try:
                out += read_response(body)
            except EntityFormatError as exc:
                raise WikidataError(f"wbgetentities: {exc}") from None
        return out

    async def entity_json(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Fetch entities as Wikidata's JSON (missing ones as {"id", "missing"})."""
        out = []
        for body in await self._get_entities(ids):
            entities = body.get("entities") if isinstance(body, dict) else None
            if not isinstance(entities, dict):
                raise WikidataError("wbgetentities: no 'entities' in the answer")
            out += [e for e in entities.values() if isinstance(e, dict)]
        return out

    async def _get_entities(self, ids: Sequence[str]) -> list[Any]:
        bodies = []
        ids = list(dict.fromkeys(ids))
        for start in range(0, len(ids), BATCH):
            params = {
                "action": "wbgetentities",
                "ids": "|".join(ids[start : start + BATCH]),
                "props": "info|labels|aliases|claims",
                "languages": "|".join(LANGUAGES),
                "format": "json",
                "maxlag": str(MAXLAG),
            }
            bodies.append(
                await self._request("GET", self.api_url, params=params, what="wbgetentities")
            )
        return bodies

    # -- one request, with the retries ---------------------------------------------------------
    async def _request(self, method: str, url: str, *, what: str, **kwargs: Any) -> Any:
        headers = {"User-Agent": self.user_agent, **kwargs.pop("headers", {})}
        last = ""
        async with self._one_at_a_time:
            for attempt in range(1, self._attempts + 1):
                try:
                    return await self._once(method, url, headers=headers, **kwargs)
                except _Retry as retry:
                    last = str(retry)
                    if attempt == self._attempts:
                        break
                    delay = retry.delay if retry.delay is not None else min(60.0, 2.0**attempt)
                    delay = min(delay, MAX_WAIT)
                    log.info("%s: %s; retrying in %.0f s", what, last, delay)
                    self.stats.retries += 1
                    self.stats.waited.append(delay)
                    await self._sleep(delay)
        raise WikidataError(f"{what} failed after {self._attempts} attempts: {last}")

    async def _once(self, method: str, url: str, **kwargs: Any) -> Any:
        self.stats.requests += 1
        try:
            async with self._client().request(method, url, **kwargs) as resp:
                status = resp.status
                wait = retry_after(resp.headers.get("Retry-After"))
                if status in (429, 503):
                    raise _Retry(f"HTTP {status}", wait)
                if status >= 500:
                    raise _Retry(f"HTTP {status}", wait)
                if status >= 400:
                    text = (await resp.content.read(300)).decode("utf-8", "replace")
                    raise WikidataError(f"HTTP {status} from {url}: {text.strip()}")
                raw = await _read_bounded(resp, url)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _Retry(f"{exc.__class__.__name__}: {exc}") from None
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise _Retry("the answer is not complete JSON") from None
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict):
            if error.get("code") == "maxlag":
                lag = error.get("lag")
                raise _Retry("database lag", wait if wait is not None else _number(lag, 5.0))
            raise WikidataError(f"{error.get('code')}: {error.get('info')}")
        return body


async def _read_bounded(resp: aiohttp.ClientResponse, url: str) -> bytes:
    parts, size = [], 0
    async for chunk in resp.content.iter_chunked(1 << 16):
        size += len(chunk)
        if size > MAX_BODY:
            raise WikidataError(f"answer from {url} is larger than {MAX_BODY} bytes")
        parts.append(chunk)
    return b"".join(parts)


def _number(value: Any, default: float) -> float:
    return float(value) if isinstance(value, int | float) and value >= 0 else default


# -- the queries ------------------------------------------------------------------------------
def _values(ids: Iterable[str]) -> str:
    return " ".join(f"wd:{q}" for q in ids)


def seasons_query(
    since: int, limit: int, offset: int, classes: Iterable[str] = SYNC_CLASSES
) -> str:
    """Team seasons of teams in the first two tiers, men and women, from `since` on.

    A season counts when its class (P2094), its own P31 or its team's P31 is one of `classes`;
    a season without a start date is kept (its label gives the year).
    """
    return f"""SELECT DISTINCT ?season ?team WHERE {{
  VALUES ?class {{ {_values(classes)} }}
  ?season wdt:P31 wd:Q53534649 ;
          wdt:P5138 ?team .
  {{ ?season wdt:P2094 ?class }} UNION {{ ?season wdt:P31 ?class }} UNION {{ ?team wdt:P31 ?class }}
  OPTIONAL {{ ?season wdt:P580 ?start }}
  FILTER(!BOUND(?start) || YEAR(?start) >= {int(since)})
}}
ORDER BY ?season
LIMIT {int(limit)} OFFSET {int(offset)}"""


def members_query(seasons: Iterable[str], limit: int, offset: int) -> str:
    """The people of some team seasons: their own statements (P54, any rank but deprecated),
    and the riders and staff a season lists (P527, P1037, P286)."""
    return f"""SELECT DISTINCT ?person WHERE {{
  VALUES ?season {{ {_values(seasons)} }}
  {{ ?person p:P54 ?st . ?st ps:P54 ?season .
     FILTER NOT EXISTS {{ ?st wikibase:rank wikibase:DeprecatedRank }} }}
  UNION
  {{ ?season wdt:P527|wdt:P1037|wdt:P286 ?person . ?person wdt:P31 wd:Q5 . }}
}}
ORDER BY ?person
LIMIT {int(limit)} OFFSET {int(offset)}"""


async def list_team_seasons(
    client: WikidataClient, since: int, page: int = 1000
) -> list[tuple[str, str]]:
    """Every (team season, team) from `since` on, page by page."""
    found: list[tuple[str, str]] = []
    offset = 0
    while True:
        rows = await client.sparql(seasons_query(since, page, offset))
        found += [(r["season"], r["team"]) for r in rows if "season" in r and "team" in r]
        if len(rows) < page:
            return found
        offset += page


async def list_members(
    client: WikidataClient, seasons: Sequence[str], group: int = 100, page: int = 5000
) -> list[str]:
    """The people of these team seasons, a group of seasons and a page at a time."""
    people: dict[str, None] = {}
    for start in range(0, len(seasons), group):
        offset = 0
        while True:
            rows = await client.sparql(members_query(seasons[start : start + group], page, offset))
            people.update((r["person"], None) for r in rows if "person" in r)
            if len(rows) < page:
                break
            offset += page
    return list(people)
