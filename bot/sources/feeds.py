"""Read an RSS 2.0, Atom 1.0, RSS 1.0 (RDF) or JSON Feed document into typed, bounded items.

fastfeedparser does the format work (chosen over feedparser: README, "News desk"). Before it
sees a byte of XML, an expat pass refuses any document that declares entities, so no entity is
ever expanded whatever a parser's defaults are (the same guard defusedxml puts around expat),
and notes whether the XML is well formed. Pure and synchronous: the poller runs it in a thread.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin
from xml.parsers import expat

import fastfeedparser

from bot.domain.text import INVISIBLE_CHARS, shorten
from bot.domain.urls import url_key
from bot.sources.problems import Failure, Problem

log = logging.getLogger(__name__)

MAX_ITEMS = 200  # the newest items of a document that are kept; a feed carries 10-50
TITLE_MAX = 300
TEXT_MAX = 4000  # what the article reader takes
AUTHOR_MAX = 200
LINK_MAX = 2000
GUID_MAX = 500

RSS2, ATOM, RDF, JSON_FEED = "RSS 2.0", "Atom 1.0", "RSS 1.0 (RDF)", "JSON Feed"
_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry with an identity stable across fetches; its text is cleaned when asked for.

    A poll mostly needs identities only (which items are new?), so the text fields are kept
    raw and cleaned by the properties: plain text, bounded, no control characters.
    """

    identity: str  # 32 hex digits: of the guid, else the normalised link, else title+date
    guid: str | None
    link: str | None  # absolute http(s) address
    published: datetime | None  # aware, UTC
    raw_title: str = field(default="", repr=False)
    raw_text: str = field(default="", repr=False)
    raw_author: str = field(default="", repr=False)

    @property
    def title(self) -> str:
        return _text(self.raw_title, TITLE_MAX)

    @property
    def text(self) -> str:
        """The summary, or the content when the summary is only a teaser, as plain text."""
        return _text(self.raw_text, TEXT_MAX)

    @property
    def author(self) -> str | None:
        return _text(self.raw_author, AUTHOR_MAX) or None

    @property
    def link_key(self) -> str | None:
        """The link as `url_key` sees it: one article whatever feed carries it."""
        return _link_key(self.link)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A document read as a feed."""

    kind: str  # RSS2 | ATOM | RDF | JSON_FEED
    title: str | None
    link: str | None
    items: tuple[FeedItem, ...]  # newest first, at most MAX_ITEMS, no repeated identity
    total_items: int  # entries in the document
    repeated: int  # entries dropped because an earlier one had the same identity
    warning: str | None = None  # an XML error the parser recovered from


class _Refuse(Exception):
    pass


def body_digest(body: bytes) -> str:
    """A fingerprint of a response body: an unchanged body need not be parsed again."""
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed | Failure:
    """Read `body` (fetched from `url`) as a feed, or say why it is not one."""
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        return Failure(Problem.NOT_A_FEED, "the response is empty")
    if start[:1] in (b"{", b"["):
        return _parse_json(body, url)
    try:
        root, warning = _check_xml(body)
    except _Refuse as exc:
        return Failure(Problem.PARSE_ERROR, str(exc))
    if root is None and _looks_like_html(start):
        return Failure(Problem.NOT_A_FEED, "this is a web page (HTML), not a feed")
    if root is None and not start.startswith(b"<"):
        return Failure(Problem.NOT_A_FEED, "the response is neither XML nor JSON")
    kind = _xml_kind(root)
    if kind is None and root is not None:
        what = "a web page (HTML)" if root.lower() == "html" else f"an XML document <{root}>"
        return Failure(Problem.NOT_A_FEED, f"this is {what}, not a feed")
    try:
        doc = fastfeedparser.parse(
            body, include_tags=False, include_media=False, include_enclosures=False
        )
    except ValueError as exc:
        return _library_failure(str(exc), warning)
    feed = _build(doc, kind or RSS2, url, warning)
    if warning is not None and not feed.items:
        return Failure(Problem.PARSE_ERROR, f"malformed XML at {warning}")
    return feed


def _parse_json(body: bytes, url: str) -> ParsedFeed | Failure:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        return Failure(Problem.PARSE_ERROR, f"the JSON cannot be read ({_short(str(exc))})")
    version = data.get("version") if isinstance(data, dict) else None
    if not (isinstance(version, str) and version.startswith("https://jsonfeed.org/version/")):
        return Failure(Problem.NOT_A_FEED, "this is JSON, but not a JSON Feed")
    if not isinstance(data.get("items", []), list):
        return Failure(Problem.PARSE_ERROR, "the JSON Feed's items are not a list")
    try:
        doc = fastfeedparser.parse(body, include_tags=False, include_enclosures=False)
    except ValueError as exc:
        return _library_failure(str(exc), None)
    return _build(doc, JSON_FEED, url, None)


def _check_xml(body: bytes) -> tuple[str | None, str | None]:
    """Return (root element name, recovered error); raise _Refuse for entity declarations."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    found: list[str] = []

    def entity(name: str, *_: Any) -> None:
        raise _Refuse(f"the document declares the XML entity {name!r}; entities are never expanded")

    def first(name: str, _attrs: Any) -> None:
        found.append(name)
        parser.StartElementHandler = None  # only the root is needed; the rest runs at C speed

    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.StartElementHandler = first
    try:
        parser.Parse(body, True)
    except expat.ExpatError as exc:
        # The error may come before expat reached the DOCTYPE: look for declarations by hand.
        if b"<!entity" in body[:65536].lower():
            raise _Refuse(
                "the document declares XML entities; entities are never expanded"
            ) from None
        message = f"line {exc.lineno}, column {exc.offset}: {expat.ErrorString(exc.code)}"
        return (found[0] if found else None), message
    return (found[0] if found else None), None


def _xml_kind(root: str | None) -> str | None:
    if root is None:
        return None
    local = root.rsplit(":", 1)[-1]
    return {"rss": RSS2, "feed": ATOM, "RDF": RDF}.get(local)


def _looks_like_html(start: bytes) -> bool:
    head = start[:512].lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _library_failure(message: str, warning: str | None) -> Failure:
    lowered = message.lower()
    if "html" in lowered:
        return Failure(Problem.NOT_A_FEED, "this is a web page (HTML), not a feed")
    if warning is not None:
        return Failure(Problem.PARSE_ERROR, f"malformed XML at {warning}")
    return Failure(Problem.NOT_A_FEED, f"the document is not a feed ({_short(message)})")


def _build(doc: Any, kind: str, url: str, warning: str | None) -> ParsedFeed:
    feed = doc.get("feed") or {}
    base = _absolute(feed.get("link"), url) or url
    entries = list(doc.get("entries") or [])
    # Newest first; undated entries keep their place after the dated ones (the sort is
    # stable). Only the newest MAX_ITEMS are cleaned: a 10,000-item document costs no more.
    dated = [(_date(e.get("published")) or _date(e.get("updated")), e) for e in entries]
    dated.sort(key=lambda pair: pair[0] or _NEVER, reverse=True)
    seen: set[str] = set()
    items: list[FeedItem] = []
    repeated = 0
    for published, entry in dated:
        item = _item(entry, base, published)
        if item.identity in seen:
            repeated += 1
            continue
        seen.add(item.identity)
        items.append(item)
        if len(items) == MAX_ITEMS:
            break
    return ParsedFeed(
        kind=kind,
        title=_text(feed.get("title"), TITLE_MAX) or None,
        link=base,
        items=tuple(items),
        total_items=len(entries),
        repeated=repeated,
        warning=warning,
    )


def _item(entry: Any, base: str, published: datetime | None) -> FeedItem:
    guid = _guid(entry.get("id"))
    link = _absolute(entry.get("link"), base)
    raw_title, raw_text = _raw(entry.get("title")), _body(entry)
    if guid is not None and guid != entry.get("link"):
        identity = _hash("guid", guid)
    elif link is not None:
        identity = _hash("link", _link_key(link) or link)
    else:
        title = _text(raw_title, TITLE_MAX)
        stamp = published.isoformat() if published else ""
        identity = _hash("text", title, stamp, "" if title else _text(raw_text, TEXT_MAX)[:500])
    return FeedItem(identity, guid, link, published, raw_title, raw_text,
                    _raw(entry.get("author")))  # fmt: skip


def _guid(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    guid = _CONTROL.sub("", value).strip()
    return guid[:GUID_MAX] or None


def _raw(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _link_key(link: str | None) -> str | None:
    if link is None:
        return None
    try:
        return url_key(link)
    except ValueError:
        return None  # a link we would not accept as a source (a private host, say)


def _body(entry: Any) -> str:
    """The item's summary, or its content when the summary is missing or only a teaser."""
    summary = _raw(entry.get("description") or entry.get("summary"))
    contents = entry.get("content") or []
    content = ""
    if contents and isinstance(contents[0], dict):
        content = _raw(contents[0].get("value"))
    return content if len(summary) < 200 and len(content) > len(summary) else summary


def _hash(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def _absolute(value: Any, base: str) -> str | None:
    """The link made absolute, or None when it is not a plain http(s) address we would keep."""
    if not isinstance(value, str):
        return None
    link = value.strip()
    if not link or len(link) > LINK_MAX or _CONTROL.search(link) or " " in link:
        return None
    if link.startswith(("http://", "https://")):
        return link
    try:
        full = urljoin(base, link)
    except ValueError:
        return None
    return full if full.startswith(("http://", "https://")) and len(full) <= LINK_MAX else None


_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
# Control characters (but the newline) become spaces; invisible characters (the one list of
# bot/domain/text.py: zero width, bidirectional overrides, soft hyphens, BOMs...) and lone
# surrogates are dropped.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}\ud800-\udfff]")


def _text(value: Any, limit: int) -> str:
    """Plain text from a field that may hold HTML: tags out, entities decoded, no controls."""
    if not isinstance(value, str) or not value:
        return ""
    text = value[: limit * 8]  # enough raw markup for `limit` characters of text
    if "<" in text:
        text = _TAG.sub(" ", _BREAK.sub("\n", _BLOCK.sub(" ", text)))
    if "&" in text:
        text = html.unescape(text)
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    return shorten(text, limit)


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _short(text: str) -> str:
    return shorten(text, 160)
