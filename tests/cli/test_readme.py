"""Every `$` line in the README runs and prints what the README shows (copy-paste works)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from bot.__main__ import main
from bot.console import run_line
from bot.container import Services
from bot.presentation.answer import Tone
from tests.conftest import copy_db

README = Path(__file__).parents[2] / "README.md"
VENV_BOT = [".venv/bin/python", "-m", "bot"]
_BLOCK = re.compile(r"^```[a-z]*\n(.*?)^```", re.S | re.M)


def examples(text: str) -> list[tuple[str, str]]:
    """(command, printed output) for each `$ ` line of the README's code blocks."""
    found: list[tuple[str, str]] = []
    for block in _BLOCK.findall(text):
        command: str | None = None
        output: list[str] = []
        for line in [*block.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command:
                    found.append((command, "\n".join(output).strip("\n")))
                command, output = line[2:].strip(), []
            elif command is not None:
                output.append(line)
    return found


EXAMPLES = examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_runnable_console_examples() -> None:
    commands = [c for c, _ in EXAMPLES]
    assert any("/transfer cav" in c for c in commands)
    assert any("/addnews" in c for c in commands)
    for block in _BLOCK.findall(README.read_text(encoding="utf-8")):
        for line in block.splitlines():
            bare = line.replace(".venv/bin/python -m bot", "")
            assert "python -m bot" not in bare, f"needs the virtualenv's Python: {line}"


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c[:60] for c, _ in EXAMPLES])
def test_a_readme_example_prints_what_the_readme_shows(
    command: str, shown: str, bundled_db: Path, tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    argv = shlex.split(command)
    assert argv[:3] == VENV_BOT, "from a fresh clone, the virtualenv's Python runs the bot"
    monkeypatch.chdir(tmp_path)  # no developer's .env
    (tmp_path / "var").mkdir()
    copy_db(bundled_db, tmp_path / "var" / "mercato.sqlite3")
    # relative, as in a fresh clone: the console prints where it wrote the picture
    monkeypatch.setenv("DATABASE_PATH", "var/mercato.sqlite3")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    status = main(argv[3:])
    printed = capsys.readouterr().out.strip("\n")
    assert printed == shown
    assert status == 0


# The fan commands the prose shows with real names (not `/transfer name [season]`).
SPANS = sorted(
    span
    for span in re.findall(r"`(/(?:transfer|team) [^`]+)`", README.read_text(encoding="utf-8"))
    if not re.search(r"\bname\b|\[", span)
)


def test_the_readme_names_its_console_examples() -> None:
    assert {"/transfer cavendish", "/transfer ben o'connor", "/team astana 2024"} <= set(SPANS)


@pytest.mark.parametrize("line", SPANS)
async def test_a_command_the_readme_mentions_answers(services: Services, line: str) -> None:
    answer = await run_line(services, line)
    assert answer.tone is not Tone.ERROR and answer.title != "Which one did you mean?", line
