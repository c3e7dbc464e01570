"""Hostile and broken documents, served at /fault/... by `install_faults`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.feeds_double.documents import Entry, rss2
from tests.feeds_double.server import FeedServer, zeros_gzipped

RSS = "application/rss+xml"

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']>\n<rss version="2.0"><channel><title>Laughs</title><item><title>&lol9;</title>'
    b"<guid>laugh-1</guid><description>&lol9;</description></item></channel></rss>"
)

QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "'
    + b"A" * 50_000
    + b'">]>\n<rss version="2.0"><channel><title>Q</title><item><title>'
    + b"&a;" * 10_000
    + b"</title><guid>q</guid></item></channel></rss>"
)


def external_entity(url: str) -> bytes:
    """An entity whose text is fetched from `url`: a parser that resolved it would ask for it."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY ext SYSTEM "' + url + '">]>\n'
        '<rss version="2.0"><channel><title>External</title><item><title>Hello &ext;</title>'
        "<guid>ext-1</guid></item></channel></rss>"
    ).encode()


def external_dtd(url: str) -> bytes:
    """A document type loaded from `url`, with no entity declared in the document itself."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "' + url + '">\n'
        '<rss version="2.0"><channel><title>DTD</title><item><title>Plain item</title>'
        "<link>https://outlet.example/dtd/1</link><guid>dtd-1</guid></item></channel></rss>"
    ).encode()


MALFORMED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title>'
    b"<item><title>Tom & Jerry sign for the same team</title><link>https://outlet.example/m/1</link>"
    b"<guid>m-1</guid></item><item><title>Second item</title><guid>m-2</guid></channel>"
)

NOT_XML = b"this is plain text; nothing here is a feed"


def many(n: int = 10_000) -> bytes:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    entries = [
        Entry(
            f"many-{k}",
            f"Item {k}",
            f"https://outlet.example/many/{k}",
            "A short note.",
            start + timedelta(minutes=k),
        )
        for k in range(n)
    ]
    return rss2("Many", entries)


def duplicate_guids() -> bytes:
    entries = [
        Entry("same", "First telling", "https://outlet.example/d/1", "One.",
              datetime(2025, 10, 2, tzinfo=UTC)),
        Entry("same", "Second telling", "https://outlet.example/d/2", "Two.",
              datetime(2025, 10, 1, tzinfo=UTC)),
        Entry("other", "Another", "https://outlet.example/d/3", "Three.",
              datetime(2025, 9, 30, tzinfo=UTC)),
    ]  # fmt: skip
    return rss2("Dupes", entries)


def messy() -> bytes:
    """No date, no link, no guid; control and invisible characters in the text."""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Messy</title>'
        "<item><title>No date here</title><link>https://outlet.example/x/1</link>"
        "<description>Fine.</description></item>"
        "<item><title>No link or guid</title><description>Text only.</description></item>"
        "<item><title>Bell\u0007 and\u200b zero\u202e width</title><guid>ctl-1</guid>"
        "<description>Tab\there, DEL\u007f, C1\u0085 and a BOM\ufeff.</description></item>"
        "</channel></rss>"
    )
    # U+0007 is not allowed in XML 1.0: the parser must recover around it.
    return body.encode()


def install_faults(server: FeedServer) -> None:
    # Compress the gzip bomb now, not inside its first request: that would stall the server's
    # loop past the tests' 0.5 s total timeout on a busy machine.
    zeros_gzipped()
    server.put("/fault/laughs", LAUGHS, RSS)
    server.put("/fault/quadratic", QUADRATIC, RSS)
    server.put("/fault/xxe", external_entity(server.url("/fault/secret.txt")), RSS)
    server.put("/fault/xxe-file", external_entity("file:///etc/hostname"), RSS)
    server.put("/fault/dtd", external_dtd(server.url("/fault/evil.dtd")), RSS)
    server.put("/fault/evil.dtd", b'<!ENTITY leaked "secret">', "application/xml-dtd")
    server.put("/fault/secret.txt", b"secret", "text/plain")
    server.put("/fault/malformed", MALFORMED, RSS)
    server.put("/fault/not-xml", NOT_XML, "text/plain")
    server.put("/fault/many", many(), RSS)
    server.put("/fault/dupes", duplicate_guids(), RSS)
    server.put("/fault/messy", messy(), RSS)
    server.put("/fault/empty", b"", RSS)
    server.put("/fault/json-not-feed", b'{"hello": "world"}', "application/json")
