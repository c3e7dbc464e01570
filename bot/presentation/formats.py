"""Dates as answers write them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def fmt_date(d: date) -> str:
    """'4 October 2023'."""
    return f"{d.day} {d:%B %Y}"


def short_date(d: date) -> str:
    """'4 Oct 2023'."""
    return f"{d.day} {d:%b %Y}"


def fmt_local(when: datetime, zone: ZoneInfo | str) -> str:
    """'Fri 20 Oct 2023 18:00 CEST' in the guild's zone."""
    z = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    local = when.astimezone(z)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} {local.tzname()}"
