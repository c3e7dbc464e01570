"""Fail when pyproject.toml names a dependency that requirements.lock does not pin.

Run by `make` before it installs from the lock, and by the tests: a dependency added to
pyproject.toml without `make lock` is reported in one line instead of an ImportError later.
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = ("test", "dev")  # the extras `make lock` compiles; keep in step with the Makefile
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", re.MULTILINE)


def normalise(name: str) -> str:
    """PEP 503: 'discord.py' and 'Discord_Py' are the same project, 'discord-py'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def wanted(pyproject: Path) -> set[str]:
    """Every project pyproject.toml asks for: the dependencies and the locked extras."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    specs = list(project.get("dependencies", []))
    for extra in EXTRAS:
        specs += project.get("optional-dependencies", {}).get(extra, [])
    names = set()
    for spec in specs:
        m = _NAME.match(spec)
        if m:
            names.add(normalise(m.group(1)))
    return names


def pinned(lock: Path) -> set[str]:
    return {normalise(n) for n in _PIN.findall(lock.read_text(encoding="utf-8"))}


def missing(root: Path = ROOT) -> list[str]:
    """The dependencies of pyproject.toml that the lock file does not pin."""
    lock = root / "requirements.lock"
    if not lock.exists():
        return sorted(wanted(root / "pyproject.toml"))
    return sorted(wanted(root / "pyproject.toml") - pinned(lock))


def main() -> int:
    gone = missing()
    if gone:
        print(
            f"requirements.lock does not pin {', '.join(gone)} from pyproject.toml:"
            " run `make lock` and commit requirements.lock",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
