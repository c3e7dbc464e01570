"""Fetch a URL someone typed without letting it reach anything but the public internet.

Every hop (the first request and each of at most three redirects) is checked: http or https
only, and the host's addresses must all be public. The check happens inside aiohttp's resolver,
so the connection goes to exactly the addresses that were checked (no second DNS lookup that a
rebinding name could answer differently), and the socket's peer address is checked again once
connected. Hosts listed in FEED_ALLOW_HOSTS skip the address checks (tests use 127.0.0.1).
Bodies are streamed and cut off past the cap; the whole fetch has one deadline.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.domain.text import shorten
from bot.sources.problems import Failure, Problem

log = logging.getLogger(__name__)

# The project's home, named in the User-Agent so that an outlet can see what polls it; an
# operator adds where they can be reached with MERCATO_CONTACT (feed_user_agent).
REPOSITORY_URL = "https://github.com/mercato-cycling/mercato"
USER_AGENT = f"Mercato/0.1 (cycling transfer news bot; +{REPOSITORY_URL})"


def feed_user_agent(contact: str | None) -> str:
    """The fetcher's User-Agent: Mercato, its repository, and the operator's contact if set."""
    if not contact:
        return USER_AGENT
    return f"Mercato/0.1 (cycling transfer news bot; +{REPOSITORY_URL}; {contact})"


ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9,"
    " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
MAX_URL_LENGTH = 2000
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".home.arpa", ".localdomain")
_NUMERIC_HOST = re.compile(r"(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?")
# Whitespace (what str.isspace calls so: re's \s for str is the same table), C0 controls, DEL
# and C1 controls: one search instead of testing each character in Python (every poll does it).
_BAD_CHARS = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolve = Callable[[str, int], Awaitable[list[str]]]


@dataclass(frozen=True, slots=True)
class Limits:
    """How long and how much one fetch may take; tests shrink them."""

    connect_s: float = 5.0
    total_s: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 3


@dataclass(frozen=True, slots=True)
class Fetched:
    """A 200 response with its whole body (within the cap)."""

    url: str  # the address asked for
    final_url: str  # after redirects
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    seconds: float


@dataclass(frozen=True, slots=True)
class NotModified:
    """A 304: the conditional GET says nothing changed."""

    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    seconds: float


FetchResult = Fetched | NotModified | Failure


class Refused(Exception):
    """An address the policy does not allow; never an OSError, so aiohttp passes it up as is."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def address_refusal(ip: IPAddress) -> str | None:
    """Why connecting to `ip` is not allowed, or None for a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, what in (
        ("is_unspecified", "an unspecified"),
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_multicast", "a multicast"),
        ("is_reserved", "a reserved"),
        ("is_private", "a private"),
    ):
        if getattr(ip, attr):
            return f"{ip} is {what} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


class AddressPolicy:
    """Which hosts may be fetched: public addresses, plus the hosts listed in FEED_ALLOW_HOSTS."""

    def __init__(self, allow_hosts: Iterable[str] = ()) -> None:
        self.allow_hosts = frozenset(
            h.strip().strip("[]").lower() for h in allow_hosts if h.strip()
        )

    def allows_any_address(self, host: str) -> bool:
        return host.strip("[]").lower() in self.allow_hosts

    def check(self, host: str, addresses: Iterable[str]) -> None:
        """Raise Refused unless every address of `host` may be connected to."""
        if self.allows_any_address(host):
            return
        for text in addresses:
            try:
                ip = ipaddress.ip_address(text.split("%", 1)[0])
            except ValueError:
                raise Refused(f"{host} resolved to an unreadable address") from None
            reason = address_refusal(ip)
            if reason is not None:
                raise Refused(f"{host}: {reason}")


def check_url(raw: object, policy: AddressPolicy) -> URL:
    """Return the URL to fetch, or raise ValueError (invalid) or Refused (not allowed)."""
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        raise ValueError("the address is empty")
    if len(text) > MAX_URL_LENGTH:
        raise ValueError(
            f"the address is {len(text)} characters long; the limit is {MAX_URL_LENGTH}"
        )
    if _BAD_CHARS.search(text):
        raise ValueError("the address contains spaces or control characters")
    try:
        url = URL(text)
        port = url.port
    except (ValueError, TypeError) as exc:
        raise ValueError(f"the address cannot be read ({exc})") from None
    if url.scheme not in ("http", "https"):
        raise ValueError("only http:// and https:// addresses can be followed")
    host = (url.raw_host or "").lower()
    if not host:
        raise ValueError("the address has no host")
    if url.raw_user or url.raw_password:
        raise ValueError("addresses with a user name or password are not accepted")
    if port is None or not 0 < port < 65536:
        raise ValueError("the address has an invalid port")
    if policy.allows_any_address(host):
        return url
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        ip = None
    if ip is not None:
        reason = address_refusal(ip)
        if reason is not None:
            raise Refused(reason)
    elif _NUMERIC_HOST.fullmatch(host):
        raise Refused(f"{host} is a numeric address in a form that is not accepted")
    elif host == "localhost" or host.endswith(_LOCAL_NAMES):
        raise Refused(f"{host} names the local machine or network")
    return url


def feed_key(url: URL) -> str:
    """The address as feeds are told apart: case, default port and fragment do not count.

    Unlike a source link's key (bot/domain/urls.py) the query stays whole and nothing is
    dropped: '?format=rss' or '/feed/' may well be what makes a feed address work.
    """
    scheme = url.scheme.lower()
    host = (url.raw_host or "").lower()
    port = url.explicit_port
    default = {"http": 80, "https": 443}.get(scheme)
    port_part = f":{port}" if port is not None and port != default else ""
    query = f"?{url.raw_query_string}" if url.raw_query_string else ""
    return f"{scheme}://{host}{port_part}{url.raw_path or '/'}{query}"


async def system_resolve(host: str, port: int) -> list[str]:
    """Resolve with the operating system (getaddrinfo in a thread, as aiohttp does)."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_ADDRCONFIG
    )
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _PolicyResolver(AbstractResolver):
    """aiohttp's resolver hook: resolve once, check, and hand only checked addresses over."""

    def __init__(self, resolve: Resolve, policy: AddressPolicy) -> None:
        self._resolve = resolve
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = await self._resolve(host, port)
        if not addresses:
            raise OSError(f"{host} has no address")
        self._policy.check(host, addresses)
        return [
            ResolveResult(
                hostname=host,
                host=a,
                port=port,
                family=socket.AF_INET6 if ":" in a else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for a in addresses
        ]

    async def close(self) -> None:
        return None


def check_peer(host: str, peer: Any, policy: AddressPolicy) -> None:
    """Raise Refused when the socket is connected to an address the policy does not allow."""
    if policy.allows_any_address(host):
        return
    if not (isinstance(peer, tuple) and peer):
        raise Refused(f"{host}: the connected address is unknown")
    policy.check(host, [str(peer[0])])


class SafeFetcher:
    """One HTTP client for feeds: policy-checked addresses, conditional GET, bounded bodies."""

    def __init__(
        self,
        policy: AddressPolicy,
        *,
        limits: Limits | None = None,
        resolve: Resolve = system_resolve,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.policy = policy
        self.limits = limits or Limits()
        self._resolve = resolve
        self._user_agent = user_agent
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                resolver=_PolicyResolver(self._resolve, self.policy),
                use_dns_cache=False,
                limit=32,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,  # a proxy from the environment would bypass the address checks
                headers={"User-Agent": self._user_agent, "Accept": ACCEPT},
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=self.limits.connect_s, sock_connect=self.limits.connect_s
                ),
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch `url` (conditionally when etag/last_modified are given); never raises for I/O."""
        started = time.perf_counter()
        try:
            target = check_url(url, self.policy)
        except Refused as exc:
            return Failure(Problem.REFUSED, exc.reason)
        except ValueError as exc:
            return Failure(Problem.INVALID_URL, str(exc))
        headers = {"Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self.limits.total_s):
                return await self._follow(url, target, headers, started)
        except TimeoutError:
            return Failure(Problem.TIMEOUT, f"no complete answer within {self.limits.total_s:g} s")
        except Refused as exc:
            return Failure(Problem.REFUSED, exc.reason)
        except aiohttp.ClientConnectorDNSError:
            return Failure(Problem.NETWORK, "the host name could not be resolved")
        except aiohttp.ClientConnectorError as exc:
            return Failure(Problem.NETWORK, f"could not connect ({exc.os_error.strerror or exc})")
        except aiohttp.ClientPayloadError:
            return Failure(Problem.NETWORK, "the response was cut off or badly encoded")
        except aiohttp.InvalidURL:
            return Failure(Problem.INVALID_URL, "the server sent an address that cannot be read")
        except (aiohttp.ClientError, OSError) as exc:
            return Failure(Problem.NETWORK, _short(exc))

    async def _follow(
        self, url: str, target: URL, headers: dict[str, str], started: float
    ) -> FetchResult:
        session = self._client()
        for hop in range(self.limits.max_redirects + 1):
            async with session.get(target, headers=headers, allow_redirects=False) as resp:
                host = target.raw_host or ""
                conn = resp.connection
                peer = (
                    conn.transport.get_extra_info("peername") if conn and conn.transport else None
                )
                check_peer(host, peer, self.policy)
                if resp.status in REDIRECT_STATUSES:
                    if hop == self.limits.max_redirects:
                        return Failure(
                            Problem.REDIRECTS,
                            f"more than {self.limits.max_redirects} redirects",
                            resp.status,
                        )
                    target = _next_hop(target, resp, self.policy)
                    continue
                elapsed = time.perf_counter() - started
                if resp.status == 304:
                    return NotModified(
                        url, str(target), resp.headers.get("ETag"),
                        resp.headers.get("Last-Modified"), elapsed,
                    )  # fmt: skip
                if resp.status != 200:
                    reason = f"{resp.status} {resp.reason or ''}".strip()
                    return Failure(Problem.HTTP_STATUS, reason, resp.status)
                body = await self._read(resp)
                if isinstance(body, Failure):
                    return body
                return Fetched(
                    url, str(target), body, resp.headers.get("Content-Type"),
                    resp.headers.get("ETag"), resp.headers.get("Last-Modified"),
                    time.perf_counter() - started,
                )  # fmt: skip
        raise AssertionError("unreachable")  # pragma: no cover

    async def _read(self, resp: aiohttp.ClientResponse) -> bytes | Failure:
        cap = self.limits.max_bytes
        too_large = Failure(Problem.TOO_LARGE, f"the response is larger than {_size(cap)}")
        if resp.content_length is not None and resp.content_length > cap:
            return too_large
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > cap:
                # Leaving the block closes the connection instead of reading the rest.
                return too_large
            chunks.append(chunk)
        return b"".join(chunks)


def _next_hop(current: URL, resp: aiohttp.ClientResponse, policy: AddressPolicy) -> URL:
    location = resp.headers.get("Location")
    if not location:
        raise aiohttp.ClientResponseError(
            resp.request_info, (), status=resp.status, message="a redirect without a Location"
        )
    try:
        nxt = current.join(URL(location))
    except ValueError:
        raise aiohttp.InvalidURL(location) from None
    try:
        return check_url(str(nxt), policy)
    except ValueError as exc:
        raise Refused(f"a redirect to an address that is not allowed ({exc})") from None


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return shorten(text, 200)
