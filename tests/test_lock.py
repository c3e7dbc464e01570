"""The lock file pins every dependency pyproject.toml names (else: `make lock`)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _check_lock() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_lock", ROOT / "scripts" / "check_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lock_pins_every_dependency_of_pyproject() -> None:
    assert _check_lock().missing(ROOT) == []


def test_every_pin_carries_hashes() -> None:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = [line for line in text.splitlines() if "==" in line and not line.startswith("#")]
    assert pins and all(line.rstrip().endswith("\\") for line in pins), "run make lock"


def test_a_dependency_added_without_make_lock_is_named(tmp_path: Path) -> None:
    shutil.copy(ROOT / "requirements.lock", tmp_path / "requirements.lock")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    added = text.replace("dependencies = [\n", 'dependencies = [\n    "Feed_Parser>=6",\n', 1)
    (tmp_path / "pyproject.toml").write_text(added, encoding="utf-8")
    assert _check_lock().missing(tmp_path) == ["feed-parser"]
