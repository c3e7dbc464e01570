"""Dates as answers write them."""

from __future__ import annotations

from datetime import date


def fmt_date(d: date) -> str:
    """'4 October 2023'."""
    return f"{d.day} {d:%B %Y}"


def short_date(d: date) -> str:
    """'4 Oct 2023'."""
    return f"{d.day} {d:%b %Y}"
