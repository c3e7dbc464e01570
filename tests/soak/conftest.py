"""Fixtures and the figures file for `make soak` (the long reliability runs)."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import ROOT
from tests.reliability.botworld import world_dir
from tests.reliability.conftest import double, world

__all__ = ["double", "record", "world", "world_dir"]

REPORT = ROOT / "var" / "soak-report.json"


def record(section: str, figures: dict[str, Any]) -> None:
    """Merge one run's figures into var/soak-report.json (the README's numbers come from it)."""
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    data[section] = figures
    REPORT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"\n{section}: {figures}")
