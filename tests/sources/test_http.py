"""The feed fetcher against the local feed server: what it fetches, what it refuses, its bounds.

Refusals are tested with loopback addresses outside the allow-list (127.0.0.2 when only
127.0.0.1 is allowed) and with a stubbed resolver that answers a private address for a made-up
name: nothing here can reach a real private or public address.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.sources.http import (
    USER_AGENT,
    AddressPolicy,
    Fetched,
    Limits,
    NotModified,
    Refused,
    SafeFetcher,
    address_refusal,
    check_peer,
    check_url,
)
from bot.sources.problems import Failure, Problem
from tests.feeds_double import FeedServer

FAST = Limits(connect_s=1.0, total_s=0.5)


@pytest.fixture
async def fetcher() -> AsyncIterator[SafeFetcher]:
    f = SafeFetcher(AddressPolicy(["127.0.0.1"]), limits=FAST)
    yield f
    await f.close()


def stub_resolver(answers: dict[str, list[str]], calls: list[str]):
    async def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[host]

    return resolve


async def test_fetch_returns_body_validators_and_sends_our_user_agent(
    feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    feed_server.put_fixture("/feed/rss2", "rss2.xml", "application/rss+xml")
    result = await fetcher.fetch(feed_server.url("/feed/rss2"))
    assert isinstance(result, Fetched)
    assert result.body == feed_server.docs["/feed/rss2"].body
    assert result.etag == feed_server.docs["/feed/rss2"].etag
    assert result.last_modified == feed_server.docs["/feed/rss2"].last_modified
    sent = feed_server.hits[-1].headers
    assert sent["User-Agent"] == USER_AGENT
    assert "Mercato" in USER_AGENT and "https://" in USER_AGENT
    assert "gzip" in sent["Accept-Encoding"]


async def test_conditional_get_gets_304_with_either_validator(
    feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    feed_server.put_fixture("/feed/atom", "atom.xml", "application/atom+xml")
    doc = feed_server.docs["/feed/atom"]
    by_etag = await fetcher.fetch(feed_server.url("/feed/atom"), etag=doc.etag)
    by_date = await fetcher.fetch(feed_server.url("/feed/atom"), last_modified=doc.last_modified)
    assert isinstance(by_etag, NotModified) and isinstance(by_date, NotModified)
    assert feed_server.hits[-2].headers["If-None-Match"] == doc.etag
    assert feed_server.hits[-1].headers["If-Modified-Since"] == doc.last_modified


async def test_gzip_body_arrives_decompressed(
    feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    feed_server.put("/feed/gz", b"<rss version='2.0'><channel/></rss>" * 200, "application/rss+xml",
                    gzip=True)  # fmt: skip
    result = await fetcher.fetch(feed_server.url("/feed/gz"))
    assert isinstance(result, Fetched)
    assert result.body == feed_server.docs["/feed/gz"].body


async def test_three_redirects_are_followed_and_a_fourth_is_not(
    feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    feed_server.put_fixture("/feed/rss2", "rss2.xml", "application/rss+xml")
    ok = await fetcher.fetch(feed_server.url("/redirect/3/feed/rss2"))
    assert isinstance(ok, Fetched) and ok.final_url == feed_server.url("/feed/rss2")
    too_many = await fetcher.fetch(feed_server.url("/redirect/4/feed/rss2"))
    assert isinstance(too_many, Failure) and too_many.problem is Problem.REDIRECTS
    loop = await fetcher.fetch(feed_server.url("/fault/redirect-loop"))
    assert isinstance(loop, Failure) and loop.problem is Problem.REDIRECTS


async def test_redirect_to_a_loopback_address_outside_the_allow_list_is_refused(
    feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    result = await fetcher.fetch(feed_server.url("/fault/redirect-refused"))
    assert isinstance(result, Failure) and result.problem is Problem.REFUSED
    assert "127.0.0.2" in result.detail and "loopback" in result.detail


@pytest.mark.parametrize(
    ("url", "problem", "words"),
    [
        ("http://127.0.0.2:8080/feed", Problem.REFUSED, "loopback"),
        ("http://[::1]:8080/feed", Problem.REFUSED, "loopback"),
        ("http://10.1.2.3/feed", Problem.REFUSED, "private"),
        ("http://192.168.1.1/feed", Problem.REFUSED, "private"),
        ("http://169.254.169.254/latest/meta-data", Problem.REFUSED, "link-local"),
        ("http://224.0.0.1/feed", Problem.REFUSED, "multicast"),
        ("http://0.0.0.0/feed", Problem.REFUSED, "unspecified"),
        ("http://240.0.0.1/feed", Problem.REFUSED, "reserved"),
        ("http://[::ffff:10.0.0.1]/feed", Problem.REFUSED, "private"),
        ("http://2130706433/feed", Problem.REFUSED, "numeric"),
        ("http://0x7f.1/feed", Problem.REFUSED, "numeric"),
        ("http://localhost:8080/feed", Problem.REFUSED, "local"),
        ("http://printer.local/feed", Problem.REFUSED, "local"),
        ("ftp://outlet.example/feed.xml", Problem.INVALID_URL, "http"),
        ("file:///etc/passwd", Problem.INVALID_URL, "http"),
        ("javascript:alert(1)", Problem.INVALID_URL, "http"),
        ("http://user:pw@outlet.example/feed", Problem.INVALID_URL, "user name"),
        ("http:///feed", Problem.INVALID_URL, "host"),
        ("http://outlet.example/a feed", Problem.INVALID_URL, "spaces"),
        ("http://outlet.example/a\tfeed", Problem.INVALID_URL, "control"),
        ("http://outlet.example/feed\x00", Problem.INVALID_URL, "control"),
        ("http://outlet.example/\x7ffeed", Problem.INVALID_URL, "control"),
        ("http://outlet.example/\x85feed", Problem.INVALID_URL, "control"),
        ("http://outlet.example/a\u2028feed", Problem.INVALID_URL, "control"),
        ("http://outlet.example/a\u00a0feed", Problem.INVALID_URL, "control"),
        ("", Problem.INVALID_URL, "empty"),
        ("http://outlet.example/" + "a" * 2001, Problem.INVALID_URL, "limit"),
    ],
)
async def test_addresses_that_are_not_public_or_not_http_are_refused_before_any_request(
    url: str, problem: Problem, words: str, fetcher: SafeFetcher
) -> None:
    result = await fetcher.fetch(url)
    assert isinstance(result, Failure)
    assert result.problem is problem
    assert words in result.detail


async def test_a_name_resolving_to_a_private_address_is_refused_without_connecting() -> None:
    calls: list[str] = []
    resolve = stub_resolver({"feeds.outlet.test": ["10.20.30.40"]}, calls)
    f = SafeFetcher(AddressPolicy(["127.0.0.1"]), limits=FAST, resolve=resolve)
    try:
        result = await f.fetch("http://feeds.outlet.test/rss")
    finally:
        await f.close()
    assert calls == ["feeds.outlet.test"]
    assert isinstance(result, Failure) and result.problem is Problem.REFUSED
    assert "10.20.30.40 is a private address" in result.detail


async def test_a_name_with_one_private_address_among_public_ones_is_refused() -> None:
    calls: list[str] = []
    # 192.0.2.0/24 is documentation space (never routed); it only has to look non-public.
    resolve = stub_resolver({"mixed.outlet.test": ["2001:db8::1", "172.16.0.9"]}, calls)
    f = SafeFetcher(AddressPolicy(), limits=FAST, resolve=resolve)
    try:
        result = await f.fetch("https://mixed.outlet.test/rss")
    finally:
        await f.close()
    assert isinstance(result, Failure) and result.problem is Problem.REFUSED


async def test_an_allowed_ip_does_not_open_names_that_resolve_to_it(
    feed_server: FeedServer,
) -> None:
    # 127.0.0.1 is allowed as a host; a name answering 127.0.0.1 (DNS rebinding) is not.
    calls: list[str] = []
    resolve = stub_resolver({"rebind.outlet.test": ["127.0.0.1"]}, calls)
    f = SafeFetcher(AddressPolicy(["127.0.0.1"]), limits=FAST, resolve=resolve)
    feed_server.put_fixture("/feed/rss2", "rss2.xml", "application/rss+xml")
    try:
        result = await f.fetch(f"http://rebind.outlet.test:{feed_server.port}/feed/rss2")
    finally:
        await f.close()
    assert isinstance(result, Failure) and result.problem is Problem.REFUSED
    assert feed_server.count("/feed/rss2") == 0


async def test_connection_goes_to_the_address_the_resolver_checked(feed_server: FeedServer) -> None:
    # An allowed name is resolved once, by our resolver, and connected to at that address:
    # no second lookup (the loopback guard would stop a system DNS query for this name).
    calls: list[str] = []
    resolve = stub_resolver({"desk.outlet.test": ["127.0.0.1"]}, calls)
    f = SafeFetcher(AddressPolicy(["desk.outlet.test"]), limits=FAST, resolve=resolve)
    feed_server.put_fixture("/feed/rss2", "rss2.xml", "application/rss+xml")
    try:
        result = await f.fetch(f"http://desk.outlet.test:{feed_server.port}/feed/rss2")
    finally:
        await f.close()
    assert isinstance(result, Fetched)
    assert calls == ["desk.outlet.test"]
    assert feed_server.hits[-1].headers["Host"] == f"desk.outlet.test:{feed_server.port}"


@pytest.mark.parametrize(
    ("peer", "refused"),
    [
        (("93.184.216.34", 443), False),
        (("127.0.0.1", 443), True),
        (("10.0.0.8", 80), True),
        (("::ffff:192.168.0.1", 80, 0, 0), True),
        (None, True),
    ],
)
def test_the_connected_peer_is_checked_again(peer: object, refused: bool) -> None:
    policy = AddressPolicy(["127.0.0.1"])
    if refused:
        with pytest.raises(Refused):
            check_peer("outlet.example", peer, policy)
    else:
        check_peer("outlet.example", peer, policy)
    check_peer("127.0.0.1", ("127.0.0.1", 80), policy)  # allowed host: never refused


def test_public_addresses_pass_the_policy() -> None:
    import ipaddress

    assert address_refusal(ipaddress.ip_address("93.184.216.34")) is None
    assert address_refusal(ipaddress.ip_address("2606:4700::1111")) is None
    assert str(check_url(" https://www.outlet.example/feed.xml ", AddressPolicy())) == (
        "https://www.outlet.example/feed.xml"
    )


@pytest.mark.parametrize("path", ["/fault/big", "/fault/big-declared", "/fault/gzip-bomb"])
async def test_bodies_over_the_cap_are_cut_off(
    path: str, feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    result = await fetcher.fetch(feed_server.url(path))
    assert isinstance(result, Failure) and result.problem is Problem.TOO_LARGE
    assert "5 MB" in result.detail


async def test_a_server_that_never_answers_is_bounded_by_the_timeout(
    feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    result = await fetcher.fetch(feed_server.url("/fault/hang"))
    assert isinstance(result, Failure) and result.problem is Problem.TIMEOUT
    assert "0.5 s" in result.detail


@pytest.mark.parametrize(("code", "words"), [(404, "404 Not Found"), (503, "503 Service Unavailable"),
                                             (410, "410 Gone")])  # fmt: skip
async def test_error_statuses_are_reported_with_their_code(
    code: int, words: str, feed_server: FeedServer, fetcher: SafeFetcher
) -> None:
    result = await fetcher.fetch(feed_server.url(f"/fault/status/{code}"))
    assert isinstance(result, Failure) and result.problem is Problem.HTTP_STATUS
    assert result.status == code and result.detail == words
    assert result.message == f"HTTP status: {words}"


async def test_nothing_listening_is_a_network_error(fetcher: SafeFetcher) -> None:
    result = await fetcher.fetch("http://127.0.0.1:9/feed")  # the discard port: nobody there
    assert isinstance(result, Failure) and result.problem is Problem.NETWORK


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("HTTP://Outlet.Example:80/rss#top", "http://outlet.example/rss", True),
        (
            "https://outlet.example:443/feed?format=rss",
            "https://outlet.example/feed?format=rss",
            True,
        ),
        (
            "https://outlet.example/feed?format=rss",
            "https://outlet.example/feed?format=atom",
            False,
        ),
        ("https://outlet.example/feed/", "https://outlet.example/feed", False),
        ("http://127.0.0.1:8080/rss", "http://127.0.0.1:8081/rss", False),
    ],
)
def test_feed_key_tells_feed_addresses_apart(a: str, b: str, same: bool) -> None:
    from yarl import URL

    from bot.sources.http import feed_key

    assert (feed_key(URL(a)) == feed_key(URL(b))) is same
