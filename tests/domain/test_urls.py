from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.urls import normalise_url, url_key

CW = "https://cyclingweekly.com/racing/mark-cavendish-coach"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach", CW),
        ("HTTPS://WWW.CyclingWeekly.COM/racing/mark-cavendish-coach", CW),
        ("https://www.cyclingweekly.com:443/racing/mark-cavendish-coach", CW),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach/", CW),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach#comments", CW),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach?utm_source=x&utm_medium=y", CW),
        (
            "https://www.cyclingweekly.com/racing/mark-cavendish-coach?fbclid=abc&gclid=d&mc_cid=1&mc_eid=2",
            CW,
        ),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach?ref=home&amp=1", CW),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach/amp", CW),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach/amp/", CW),
        ("https://www.cyclingweekly.com/amp/racing/mark-cavendish-coach", CW),
        ("https://www.cyclingweekly.com/racing/mark-cavendish-coach.amp", CW),
        ("  https://www.cyclingweekly.com/racing/mark-cavendish-coach  ", CW),
        ("https://www.cyclingweekly.com/racing/./x/../mark-cavendish-coach", CW),
        (
            "https://www-cyclingweekly-com.cdn.ampproject.org/c/s/www.cyclingweekly.com/racing/mark-cavendish-coach/amp",
            CW,
        ),
        (
            "http://www.cyclingweekly.com:80/racing/mark-cavendish-coach",
            "http://cyclingweekly.com/racing/mark-cavendish-coach",
        ),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/", "https://example.com/"),
        ("https://example.com.", "https://example.com/"),
        ("https://example.com/a.amp.html", "https://example.com/a.html"),
        ("https://example.com/s?b=2&a=1&utm_campaign=z", "https://example.com/s?a=1&b=2"),
        ("https://example.com/s?id=1#frag", "https://example.com/s?id=1"),
        ("https://example.com/%7euser/caf%c3%a9", "https://example.com/%7Euser/caf%C3%A9"),
        ("https://example.com/café", "https://example.com/caf%C3%A9"),
        (
            "https://www.gazzetta.it/Ciclismo/27-09-2023/x.shtml",
            "https://gazzetta.it/Ciclismo/27-09-2023/x.shtml",
        ),
        ("https://bücher.example/x", "https://xn--bcher-kva.example/x"),
        (
            "https://www.wielerflits.nl/nieuws/m%C3%B8rk%C3%B8v/",
            "https://wielerflits.nl/nieuws/m%C3%B8rk%C3%B8v",
        ),
        ("https://[2606:4700:0:0::1]/x", "https://[2606:4700::1]/x"),
        ("https://8.8.8.8/x", "https://8.8.8.8/x"),
        ("https://www.com/", "https://www.com/"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise_url(raw) == expected
    assert normalise_url(expected) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("javascript:alert(1)", "only http and https"),
        ("JavaScript://%0aalert(1)", "only http and https"),
        ("data:text/html,<b>x</b>", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.com/x", "only http and https"),
        ("www.cyclingnews.com/news/x", "must start with http"),
        ("//cyclingnews.com/news/x", "must start with http"),
        ("cyclingnews.com", "must start with http"),
        ("https:cyclingnews.com", "must start with http"),
        ("", "empty"),
        ("   ", "empty"),
        ("https://", "no host"),
        ("https:///path", "no host"),
        ("https://user:pass@example.com/", "user name or password"),
        ("https://user@example.com/", "user name or password"),
        ("https://example.com/" + "a" * 2000, "limit is 2000"),
        ("https://example.com/a b", "spaces or control"),
        ("https://example.com/a\nb", "spaces or control"),
        ("https://example.com/a\x00b", "spaces or control"),
        ("https://example.com/\u202eevil", "spaces or control"),
        ("https://example.com\\@evil.com/", "backslash"),
        ("http://localhost/admin", "local"),
        ("http://LOCALHOST:8080/", "local"),
        ("http://api.localhost/", "local"),
        ("http://printer.local/", "local"),
        ("http://127.0.0.1/", "private"),
        ("http://127.1/", "private"),
        ("http://2130706433/", "private"),
        ("http://0x7f.0.0.1/", "private"),
        ("http://0.0.0.0/", "private"),
        ("http://10.1.2.3/", "private"),
        ("http://172.16.0.1/", "private"),
        ("http://172.31.255.255/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data", "private"),
        ("http://[::1]/", "private"),
        ("http://[fc00::1]/", "private"),
        ("http://[fd12:3456::1]/", "private"),
        ("http://[fe80::1]/", "private"),
        ("http://[fe80::1%25eth0]/", "local"),
        ("http://[::ffff:127.0.0.1]/", "private"),
        ("http://[::ffff:10.0.0.1]/", "private"),
        ("http://intranet/", "not a public domain"),
        ("http://example.com:99999/", "invalid port"),
        ("http://example.com:abc/", "invalid port"),
        ("http://exa_mple.com/", "not a valid domain"),
        ("http://-bad-.com/", "not a valid domain"),
        ("http://[::1/", "IPv6"),
        ("http://256.1.1.1/", "not a valid IP"),
    ],
)
def test_rejects(raw: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        normalise_url(raw)


def test_public_ip_172_outside_private_range_is_accepted() -> None:
    assert normalise_url("http://172.32.0.1/x") == "http://172.32.0.1/x"


def test_non_string_is_value_error() -> None:
    with pytest.raises(ValueError):
        normalise_url(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://www.cyclingnews.com/news/x/", "https://cyclingnews.com/news/x"),
        ("https://cyclingnews.com/news/x?utm_source=tw", "http://www.cyclingnews.com/news/x#top"),
        ("https://cyclingnews.com/news/x/amp", "https://cyclingnews.com/news/x"),
    ],
)
def test_url_key_ignores_scheme_and_noise(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)
    assert "://" not in url_key(a)


def test_url_key_keeps_real_differences() -> None:
    assert url_key("https://cyclingnews.com/news/x") != url_key("https://cyclingnews.com/news/y")
    assert url_key("https://cyclingnews.com/news?id=1") != url_key(
        "https://cyclingnews.com/news?id=2"
    )
    assert url_key("https://cyclingnews.com/News") != url_key("https://cyclingnews.com/news")


def test_url_key_raises_like_normalise() -> None:
    with pytest.raises(ValueError):
        url_key("javascript:alert(1)")


_url_parts = st.builds(
    lambda scheme, host, port, path, query, frag: f"{scheme}://{host}{port}{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", ""]),
    st.one_of(
        st.sampled_from(
            [
                "www.cyclingnews.com",
                "127.0.0.1",
                "[::1]",
                "localhost",
                "bücher.de",
                "a@b.com",
                "",
                "10.0.0.1",
            ]
        ),
        st.text(max_size=30),
    ),
    st.sampled_from(["", ":443", ":80", ":8080", ":0", ":x", ":"]),
    st.text(max_size=40).map(lambda s: "/" + s),
    st.one_of(st.just(""), st.text(max_size=30).map(lambda s: "?" + s)),
    st.one_of(st.just(""), st.text(max_size=10).map(lambda s: "#" + s)),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), _url_parts))
def test_never_raises_anything_but_value_error(raw: str) -> None:
    try:
        result = normalise_url(raw)
    except ValueError:
        return
    # What comes out is accepted again, unchanged, and has no whitespace or fragment.
    assert normalise_url(result) == result
    assert result.startswith(("http://", "https://"))
    assert "#" not in result
    assert not any(ch.isspace() for ch in result)
