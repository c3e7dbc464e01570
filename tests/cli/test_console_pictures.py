"""The console writes /transfer's and /team's pictures as PNG files and prints their paths."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from bot.config import ConfigError, load_settings
from tests.cli.test_cli import run

PICTURE_LINE = re.compile(r"^Picture: (.+\.png)$", re.MULTILINE)


def written_png(stdout: str) -> tuple[Path, int, int]:
    """The one picture path the console printed: a PNG within the limits; its width, height."""
    [printed] = PICTURE_LINE.findall(stdout)
    path = Path(printed)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) <= 200 * 1024
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        assert im.format == "PNG" and im.width <= 1200
        return path, im.width, im.height


def test_transfer_and_team_write_their_pictures_and_print_the_paths(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shots"
    out = run(["console", "/transfer cavendish"], db_path, PICTURES_DIR=str(folder))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Mark Cavendish\n")
    path, width, _ = written_png(out.stdout)
    assert path == folder / "career-mark-cavendish.png" and width == 1000
    # The text before the path says what the picture draws.
    assert "Team history · team registry" in out.stdout and "Astana Qazaqstan Team" in out.stdout
    out = run(["console", "/team astana season:2024"], db_path, PICTURES_DIR=str(folder))
    assert out.returncode == 0, out.stderr
    path, _, _ = written_png(out.stdout)
    assert path == folder / "team-astana-qazaqstan-2024.png"
    assert "Michael Mørkøv" in out.stdout
    assert sorted(p.name for p in folder.iterdir()) == [
        "career-mark-cavendish.png",
        "team-astana-qazaqstan-2024.png",
    ]  # written whole: no partial file left behind


def test_pictures_go_beside_the_database_by_default(db_path: Path) -> None:
    out = run(["console", "/transfer cavendish"], db_path)
    assert out.returncode == 0, out.stderr
    path, _, _ = written_png(out.stdout)
    assert path.parent.resolve() == (db_path.parent / "pictures").resolve()


def test_console_pictures_off_prints_text_only(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "none"
    out = run(
        ["console", "/transfer cavendish"],
        db_path,
        CONSOLE_PICTURES="off",
        PICTURES_DIR=str(folder),
    )
    assert out.returncode == 0, out.stderr
    assert "Picture:" not in out.stdout and not folder.exists()


def test_an_unwritable_folder_is_said_and_the_answer_still_shown(
    db_path: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = run(["console", "/transfer cavendish"], db_path, PICTURES_DIR=str(blocker / "sub"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Mark Cavendish\n")
    assert f"(The picture could not be written to {blocker / 'sub'}:" in out.stdout
    assert "Picture:" not in out.stdout


def test_a_person_with_nothing_to_draw_gets_no_picture(db_path: Path, tmp_path: Path) -> None:
    """A name that matches nobody answers with an error and writes nothing."""
    folder = tmp_path / "shots"
    out = run(["console", "/transfer zzqqxx"], db_path, PICTURES_DIR=str(folder))
    assert out.returncode == 1
    assert "Picture:" not in out.stdout and not folder.exists()


def test_console_pictures_setting_is_read_and_checked(tmp_path: Path) -> None:
    s = load_settings({"DATABASE_PATH": str(tmp_path / "m.sqlite3")}, env_file=None)
    assert s.console_pictures is True and s.pictures_path == tmp_path / "pictures"
    s = load_settings({"CONSOLE_PICTURES": "OFF", "PICTURES_DIR": "/srv/p"}, env_file=None)
    assert s.console_pictures is False and s.pictures_path == Path("/srv/p")
    with pytest.raises(ConfigError, match="CONSOLE_PICTURES"):
        load_settings({"CONSOLE_PICTURES": "maybe"}, env_file=None)
