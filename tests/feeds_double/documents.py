"""Feed documents in the four formats, written from entries; the wording is our own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr


@dataclass(frozen=True)
class Entry:
    guid: str | None
    title: str
    link: str | None
    summary: str
    published: datetime | None = None
    author: str | None = None


def rss2(title: str, entries: list[Entry], link: str = "https://outlet.example/") -> bytes:
    items = []
    for e in entries:
        parts = [f"<title>{escape(e.title)}</title>"]
        if e.link:
            parts.append(f"<link>{escape(e.link)}</link>")
        if e.guid:
            parts.append(f'<guid isPermaLink="false">{escape(e.guid)}</guid>')
        if e.published:
            parts.append(f"<pubDate>{format_datetime(e.published)}</pubDate>")
        if e.author:
            parts.append(f"<dc:creator><![CDATA[{e.author}]]></dc:creator>")
        parts.append(f"<description><![CDATA[<p>{e.summary}</p>]]></description>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(title)}</description>" + "".join(items) + "</channel></rss>"
    ).encode()


def atom(title: str, entries: list[Entry], link: str = "https://outlet.example/") -> bytes:
    out = []
    for e in entries:
        parts = [f'<title type="text">{escape(e.title)}</title>']
        if e.link:
            parts.append(f'<link rel="alternate" href={quoteattr(e.link)}/>')
        if e.guid:
            parts.append(f"<id>{escape(e.guid)}</id>")
        if e.published:
            parts.append(f"<published>{e.published.isoformat()}</published>")
            parts.append(f"<updated>{e.published.isoformat()}</updated>")
        if e.author:
            parts.append(f"<author><name>{escape(e.author)}</name></author>")
        parts.append(f'<summary type="html">{escape("<p>" + e.summary + "</p>")}</summary>')
        out.append("<entry>" + "".join(parts) + "</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><link href={quoteattr(link)}/>"
        f"<id>{escape(link)}</id><updated>2025-10-14T10:00:00Z</updated>" + "".join(out) + "</feed>"
    ).encode()


def rdf(title: str, entries: list[Entry], link: str = "https://outlet.example/") -> bytes:
    out = []
    for e in entries:
        about = e.guid or e.link or ""
        parts = [f"<title>{escape(e.title)}</title>"]
        if e.link:
            parts.append(f"<link>{escape(e.link)}</link>")
        if e.published:
            parts.append(f"<dc:date>{e.published.isoformat()}</dc:date>")
        if e.author:
            parts.append(f"<dc:creator>{escape(e.author)}</dc:creator>")
        parts.append(f"<description>{escape(e.summary)}</description>")
        out.append(f"<item rdf:about={quoteattr(about)}>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel rdf:about={quoteattr(link)}><title>{escape(title)}</title>"
        f"<link>{escape(link)}</link><description>{escape(title)}</description></channel>"
        + "".join(out)
        + "</rdf:RDF>"
    ).encode()


def json_feed(title: str, entries: list[Entry], link: str = "https://outlet.example/") -> bytes:
    items = []
    for e in entries:
        item: dict[str, object] = {"title": e.title, "content_html": f"<p>{e.summary}</p>"}
        if e.guid:
            item["id"] = e.guid
        if e.link:
            item["url"] = e.link
        if e.published:
            item["date_published"] = e.published.isoformat()
        if e.author:
            item["authors"] = [{"name": e.author}]
        items.append(item)
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": title, "home_page_url": link,
           "items": items}  # fmt: skip
    return json.dumps(doc, ensure_ascii=False).encode()


FORMATS = {"rss2": rss2, "atom": atom, "rdf": rdf, "json": json_feed}
CONTENT_TYPES = {
    "rss2": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "rdf": "application/rdf+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}

_START = datetime(2025, 10, 1, 8, 0, tzinfo=UTC)


def filler_entries(feed_no: int, n: int, *, first: int = 0) -> list[Entry]:
    """`n` items that name no rider: race notes, newest first (numbered from `first`)."""
    out = []
    for k in reversed(range(first, first + n)):
        out.append(
            Entry(
                guid=f"urn:outlet-{feed_no}:note-{k}",
                title=f"Race notes {k} from outlet {feed_no}",
                link=f"https://outlet{feed_no}.example/notes/{k}",
                summary=(
                    f"Notes number {k}: wind on the coast, a crash in the final kilometres and"
                    " a sprint that went long. Nothing about contracts today."
                ),
                published=_START + timedelta(hours=k),
                author=f"Desk {feed_no % 7}",
            )
        )
    return out
