"""Loopback-only network guard: refuse (loudly) any connection to a non-loopback address.

Usage (e.g. at import time of tests/conftest.py)::

    from tests.discord_double.guard import install_loopback_guard
    install_loopback_guard()

Patches socket.socket.connect / connect_ex, socket.create_connection, socket.getaddrinfo
(so no DNS lookup of external names happens either) and asyncio's loop.create_connection /
loop.sock_connect. Blocked attempts raise LoopbackGuardError (a RuntimeError, deliberately
*not* an OSError so libraries cannot swallow it as a routine network failure) and are
appended to `blocked`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

blocked: list[str] = []
_originals: dict[str, Any] = {}

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class LoopbackGuardError(RuntimeError):
    """A test tried to reach the network outside the loopback interface."""


def is_loopback(host: Any) -> bool:
    if host is None:
        return True  # bind-any / passive lookups
    if isinstance(host, bytes):
        host = host.decode()
    host = str(host).strip("[]")
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(host: Any, what: str) -> None:
    if not is_loopback(host):
        msg = f"loopback guard: blocked {what} to {host!r} (tests may only use 127.0.0.1/::1)"
        blocked.append(msg)
        raise LoopbackGuardError(msg)


def _check_address(sock: socket.socket | None, address: Any, what: str) -> None:
    if sock is not None and getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object()):
        return
    if isinstance(address, tuple) and address:
        _check(address[0], what)
    elif isinstance(address, str | bytes) and sock is None:
        return  # unix socket path
    elif not isinstance(address, str | bytes):
        _check(address, what)


def install_loopback_guard() -> None:
    """Idempotent; see module docstring."""
    if _originals:
        return
    _originals["connect"] = socket.socket.connect
    _originals["connect_ex"] = socket.socket.connect_ex
    _originals["create_connection"] = socket.create_connection
    _originals["getaddrinfo"] = socket.getaddrinfo
    _originals["loop_create_connection"] = asyncio.BaseEventLoop.create_connection
    _originals["loop_sock_connect"] = asyncio.BaseEventLoop.sock_connect

    def connect(self: socket.socket, address: Any) -> Any:
        _check_address(self, address, "socket.connect")
        return _originals["connect"](self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        _check_address(self, address, "socket.connect_ex")
        return _originals["connect_ex"](self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        _check(address[0], "socket.create_connection")
        return _originals["create_connection"](address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        _check(host, "socket.getaddrinfo (DNS)")
        return _originals["getaddrinfo"](host, *args, **kwargs)

    async def loop_create_connection(
        self: Any,
        protocol_factory: Any,
        host: Any = None,
        port: Any = None,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if kwargs.get("sock") is None:
            _check(host, "loop.create_connection")
        return await _originals["loop_create_connection"](
            self, protocol_factory, host, port, *args, **kwargs
        )

    async def loop_sock_connect(self: Any, sock: socket.socket, address: Any) -> Any:
        _check_address(sock, address, "loop.sock_connect")
        return await _originals["loop_sock_connect"](self, sock, address)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.create_connection = create_connection  # type: ignore[assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    asyncio.BaseEventLoop.create_connection = loop_create_connection  # type: ignore[method-assign]
    asyncio.BaseEventLoop.sock_connect = loop_sock_connect  # type: ignore[method-assign]


def uninstall_loopback_guard() -> None:
    if not _originals:
        return
    socket.socket.connect = _originals.pop("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = _originals.pop("connect_ex")  # type: ignore[method-assign]
    socket.create_connection = _originals.pop("create_connection")
    socket.getaddrinfo = _originals.pop("getaddrinfo")
    asyncio.BaseEventLoop.create_connection = _originals.pop("loop_create_connection")  # type: ignore[method-assign]
    asyncio.BaseEventLoop.sock_connect = _originals.pop("loop_sock_connect")  # type: ignore[method-assign]


def guard_installed() -> bool:
    return bool(_originals)
