"""A feed server on 127.0.0.1 that speaks HTTP as outlets' servers do, faults included.

Documents are put at paths (`put`, `put_feed`); each answers conditional GETs with 304 when its
ETag or Last-Modified matches (unless `honour_conditional` is off) and sends gzip when asked
and `gzip` is set. Fixed fault paths:

  /fault/html            an HTML page              /fault/status/{code}  that status
  /fault/hang            accepts, never answers    /fault/big            50 MB, chunked
  /fault/big-declared    Content-Length 50 MB      /fault/gzip-bomb      50 MB of zeros, gzipped
  /redirect/{n}/{path}   n redirects, then path    /fault/redirect-refused  to 127.0.0.2
  /fault/redirect-loop   redirects to itself
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web

from tests.feeds_double.documents import CONTENT_TYPES, FORMATS, Entry

FIXTURES = Path(__file__).parent / "fixtures"
BIG = 50 * 1024 * 1024
_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass
class Document:
    body: bytes
    content_type: str
    etag: str
    last_modified: str
    gzip: bool = False
    _gzipped: bytes | None = None

    def gzipped(self) -> bytes:
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=5)
        return self._gzipped


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class FeedServer:
    host: str = "127.0.0.1"
    honour_conditional: bool = True
    docs: dict[str, Document] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    hanging: int = 0
    hung: asyncio.Event = field(default_factory=asyncio.Event)  # set once a request hangs
    _runner: web.AppRunner | None = None
    _versions: int = 0
    port: int = 0

    # -- documents -------------------------------------------------------------------------
    def put(self, path: str, body: bytes, content_type: str, *, gzip: bool = False) -> None:
        """Serve `body` at `path`; a changed body gets a new ETag and Last-Modified."""
        old = self.docs.get(path)
        if old is not None and old.body == body:
            return
        tag = hashlib.sha1(body).hexdigest()[:16]
        # Each version a second later than the last: two changes within one real second
        # must not share a Last-Modified (a client would rightly get a 304 for the second).
        self._versions += 1
        stamp = format_datetime(_EPOCH + timedelta(seconds=self._versions), usegmt=True)
        self.docs[path] = Document(body, content_type, f'"{tag}"', stamp, gzip)

    def put_feed(
        self, path: str, fmt: str, entries: list[Entry], title: str = "Outlet", **kw: bool
    ) -> None:
        self.put(path, FORMATS[fmt](title, entries), CONTENT_TYPES[fmt], **kw)

    def put_fixture(self, path: str, name: str, content_type: str) -> None:
        self.put(path, (FIXTURES / name).read_bytes(), content_type)

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def count(self, path: str) -> int:
        return sum(1 for h in self.hits if h.path == path)

    # -- server ----------------------------------------------------------------------------
    async def start(self) -> FeedServer:
        app = web.Application()
        app.router.add_get("/fault/hang", self._hang)
        app.router.add_get("/fault/html", self._html)
        app.router.add_get("/fault/status/{code}", self._status)
        app.router.add_get("/fault/big", self._big)
        app.router.add_get("/fault/big-declared", self._big_declared)
        app.router.add_get("/fault/gzip-bomb", self._gzip_bomb)
        app.router.add_get("/fault/redirect-refused", self._redirect_refused)
        app.router.add_get("/fault/redirect-loop", self._redirect_loop)
        app.router.add_get("/redirect/{n}/{path:.*}", self._redirect)
        app.router.add_get("/{path:.*}", self._doc)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _hit(self, request: web.Request, status: int) -> None:
        self.hits.append(Hit(request.path, dict(request.headers), status))

    async def _doc(self, request: web.Request) -> web.StreamResponse:
        doc = self.docs.get(request.path)
        if doc is None:
            self._hit(request, 404)
            return web.Response(status=404, text="not found")
        if self.honour_conditional and (
            request.headers.get("If-None-Match") == doc.etag
            or request.headers.get("If-Modified-Since") == doc.last_modified
        ):
            self._hit(request, 304)
            return web.Response(status=304, headers={"ETag": doc.etag})
        self._hit(request, 200)
        headers = {"ETag": doc.etag, "Last-Modified": doc.last_modified,
                   "Content-Type": doc.content_type}  # fmt: skip
        body = doc.body
        if doc.gzip and "gzip" in request.headers.get("Accept-Encoding", ""):
            body = doc.gzipped()
            headers["Content-Encoding"] = "gzip"
        return web.Response(body=body, headers=headers)

    async def _hang(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 0)
        self.hanging += 1
        self.hung.set()
        try:
            await asyncio.Event().wait()  # until the client gives up and the handler is cancelled
        finally:
            self.hanging -= 1
        raise AssertionError("unreachable")

    async def _html(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 200)
        page = "<!DOCTYPE html><html><head><title>Outlet</title></head><body><p>Welcome to our site.</p></body></html>"
        return web.Response(text=page, content_type="text/html")

    async def _status(self, request: web.Request) -> web.StreamResponse:
        code = int(request.match_info["code"])
        self._hit(request, code)
        return web.Response(status=code, text="no")

    async def _big(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 200)
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        chunk = b"<!-- " + b"x" * (64 * 1024 - 9) + b" -->"
        await resp.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>')
        for _ in range(BIG // len(chunk)):
            await resp.write(chunk)  # raises once the client has hung up
        await resp.write(b"</channel></rss>")
        return resp

    async def _big_declared(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 200)
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        resp.content_length = BIG
        await resp.prepare(request)
        await resp.write(b"<" * 1024)
        return resp

    async def _gzip_bomb(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 200)
        body = zeros_gzipped()
        headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        return web.Response(body=body, headers=headers)

    async def _redirect(self, request: web.Request) -> web.StreamResponse:
        n = int(request.match_info["n"])
        rest = request.match_info["path"]
        self._hit(request, 302)
        target = f"/redirect/{n - 1}/{rest}" if n > 1 else f"/{rest}"
        raise web.HTTPFound(target)

    async def _redirect_refused(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 302)
        raise web.HTTPFound(f"http://127.0.0.2:{self.port}/feed/rss2")

    async def _redirect_loop(self, request: web.Request) -> web.StreamResponse:
        self._hit(request, 301)
        raise web.HTTPMovedPermanently("/fault/redirect-loop")


_ZEROS: bytes | None = None


def zeros_gzipped() -> bytes:
    """50 MB of zeros, gzipped once (about half a second of CPU)."""
    global _ZEROS
    if _ZEROS is None:
        _ZEROS = gzip.compress(b"\0" * BIG, compresslevel=9)
    return _ZEROS
