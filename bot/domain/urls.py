"""Checking and normalising the links people paste as sources.

`normalise_url` refuses anything that is not a plain public http(s) link and rewrites the rest
so the same article is recognised again (case, www., default ports, fragments, tracking
parameters, trailing slashes, AMP variants). `url_key` drops the scheme on top, for duplicate
detection. Pure functions: no network, no DNS.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

MAX_URL_LENGTH = 2000

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only track where a click came from; never part of the article's identity.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "amp",
        "outputtype",
        "_ga",
        "_gl",
        "ito",
        "cmpid",
        "cmp",
        "src",
        "share",
        "mkt_tok",
        "spm",
        "s_cid",
        "ncid",
        "guccounter",
        "__twitter_impression",
        "at_medium",
        "at_campaign",
        "soc_src",
        "soc_trk",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "oly_")

# Hosts that only ever name the local machine or network.
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa", ".localdomain")

_CONTROL_OR_SPACE = re.compile(
    r"[\x00-\x20\x7f-\x9f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]"
)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PCT = re.compile(r"%([0-9a-fA-F]{2})")
# Characters kept as they are in a path or query value; everything else is percent-encoded.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_AMP_CACHE = re.compile(r"^/[cv]/(s/)?(?P<rest>[^/].*)$")


def normalise_url(raw: str) -> str:
    """Return the canonical form of a public http(s) URL, or raise ValueError saying why not.

    Surrounding whitespace is forgiven; whitespace or control characters inside are not.
    """
    if not isinstance(raw, str):
        raise ValueError("the link must be text")
    text = raw.strip()
    if not text:
        raise ValueError("the link is empty")
    if len(text) > MAX_URL_LENGTH:
        raise ValueError(f"the link is {len(text)} characters long; the limit is {MAX_URL_LENGTH}")
    if _CONTROL_OR_SPACE.search(text):
        raise ValueError("the link contains spaces or control characters")
    if "\\" in text:
        raise ValueError("the link contains a backslash")
    return _normalise(text, depth=0)


def url_key(url: str) -> str:
    """A key that is equal for two links to the same article, whatever their scheme.

    Normalises first, so it accepts raw links too (and raises ValueError like `normalise_url`).
    """
    canonical = normalise_url(url)
    return canonical.split("://", 1)[1]


def _normalise(text: str, *, depth: int) -> str:
    scheme_match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", text)
    if not scheme_match:
        raise ValueError("the link must start with http:// or https://")
    scheme = scheme_match.group(1).lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"only http and https links are accepted, not {scheme}:")
    if not text[len(scheme) + 1 :].startswith("//"):
        raise ValueError("the link must start with http:// or https://")
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise ValueError(f"the link cannot be read: {exc}") from None
    netloc = parts.netloc
    if not netloc:
        raise ValueError("the link has no host")
    if "@" in netloc:
        raise ValueError("links with a user name or password are not accepted")

    host, port = _split_host_port(netloc)
    host = _check_host(host)
    if port is not None and port == _DEFAULT_PORTS[scheme]:
        port = None

    path = _normalise_path(parts.path)

    # An AMP cache link wraps the real one: https://x-com.cdn.ampproject.org/c/s/x.com/article
    if host.endswith(".cdn.ampproject.org") and depth == 0:
        m = _AMP_CACHE.match(path)
        if m:
            inner_scheme = "https" if m.group(1) else "http"
            inner = f"{inner_scheme}://{m.group('rest')}"
            if parts.query:
                inner += "?" + parts.query
            return _normalise(inner, depth=1)

    query = _normalise_query(parts.query)
    port_part = f":{port}" if port is not None else ""
    return f"{scheme}://{host}{port_part}{path}{'?' + query if query else ''}"


def _split_host_port(netloc: str) -> tuple[str, int | None]:
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise ValueError("the link has a malformed IPv6 address")
        host, rest = netloc[: end + 1], netloc[end + 1 :]
        if rest and not rest.startswith(":"):
            raise ValueError("the link has a malformed host")
        port_text = rest[1:] if rest else None
    else:
        host, sep, port_text_raw = netloc.rpartition(":")
        if not sep:
            host, port_text = netloc, None
        else:
            port_text = port_text_raw
    if port_text is None:
        return host, None
    if port_text == "":
        return host, None
    if not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
        raise ValueError("the link has an invalid port")
    port = int(port_text)
    if not 0 < port < 65536:
        raise ValueError("the link has an invalid port")
    return host, port


def _check_host(host: str) -> str:
    if not host:
        raise ValueError("the link has no host")
    if host.startswith("["):
        try:
            ip = ipaddress.IPv6Address(host[1:-1].split("%", 1)[0])
        except ValueError:
            raise ValueError("the link has a malformed IPv6 address") from None
        if "%" in host:
            raise ValueError("links to local network addresses are not accepted")
        _check_ip(ip)
        return f"[{ip.compressed}]"

    host = host.rstrip(".").lower()
    if not host:
        raise ValueError("the link has no host")
    if "%" in host:
        raise ValueError("the link's host cannot contain escapes")
    ip4 = _parse_ipv4(host)
    if ip4 is not None:
        _check_ip(ip4)
        return str(ip4)
    if not host.isascii():
        host = _idna_encode(host)
    labels = host.split(".")
    if len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise ValueError("the link's host is not a valid domain name")
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES):
        raise ValueError("links to the local machine or network are not accepted")
    if len(labels) < 2:
        raise ValueError("the link's host is not a public domain name")
    if labels[-1].isdigit():
        raise ValueError("the link's host is not a valid domain name")
    while labels[0] == "www" and len(labels) > 2:
        labels = labels[1:]
    return ".".join(labels)


def _idna_encode(host: str) -> str:
    try:
        import idna
    except ImportError:  # pragma: no cover - stdlib fallback (IDNA 2003)
        try:
            return host.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError("the link's host is not a valid domain name") from None
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        raise ValueError("the link's host is not a valid domain name") from None


def _parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """Read the forms browsers accept as an IPv4 address (127.1, 0x7f.0.0.1, 2130706433)."""
    parts = host.split(".")
    if len(parts) > 4 or not all(parts):
        return None
    values: list[int] = []
    for part in parts:
        try:
            if part.startswith(("0x", "0X")):
                value = int(part[2:] or "0", 16)
            elif len(part) > 1 and part.startswith("0") and part.isdigit():
                value = int(part, 8)
            elif part.isascii() and part.isdigit():
                value = int(part)
            else:
                return None
        except ValueError:
            return None
        values.append(value)
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(values)):
        raise ValueError("the link's host is not a valid IP address")
    number = 0
    for v in head:
        number = number * 256 + v
    number = (number << (8 * (5 - len(values)))) | last
    return ipaddress.IPv4Address(number)


def _check_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            _check_ip(mapped)
    if (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_unspecified
        or ip.is_reserved
        or ip.is_multicast
        or (isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10"))
    ):
        raise ValueError("links to private, loopback or local network addresses are not accepted")


def _upper_escapes(text: str) -> str:
    return _PCT.sub(lambda m: "%" + m.group(1).upper(), text)


def _normalise_path(path: str) -> str:
    path = _upper_escapes(quote(path, safe=_PATH_SAFE))
    # A lone "%" not followed by two hex digits would make the link ambiguous: encode it.
    path = re.sub(r"%(?![0-9A-F]{2})", "%25", path)
    path = _remove_dot_segments(path) if path else "/"
    path = re.sub(r"/{2,}", "/", path)
    # AMP variants of the same article.
    while path.startswith("/amp/"):
        path = path[4:]
    path = path.rstrip("/") or "/"
    changed = True
    while changed:
        changed = False
        for suffix, replacement in (("/amp", ""), (".amp.html", ".html"), (".amp", "")):
            if path.endswith(suffix) and len(path) > len(suffix):
                path = (path[: -len(suffix)] + replacement).rstrip("/") or "/"
                changed = True
                break
    if not path.startswith("/"):
        path = "/" + path
    return path


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        if seg == ".":
            if i == len(segments) - 1:
                out.append("")
            continue
        if seg == "..":
            if len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
            continue
        out.append(seg)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def _normalise_query(query: str) -> str:
    if not query:
        return ""
    pairs = [
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k and not _is_tracking(k)
    ]
    pairs.sort()
    encoded = urlencode(pairs, quote_via=lambda s, *_a, **_k: quote(s, safe="-._~!$'()*,;:@/"))
    return _upper_escapes(encoded)


def article_key(url: str) -> str:
    """The key that recognises the same article again, however its link was written."""
    return url_key(normalise_url(url))
