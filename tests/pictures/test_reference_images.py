"""Every fixed chart renders as its stored reference image, within a small tolerance.

A failure writes the new render beside the test's tmp_path and names it: look at both, and if
the change is meant, run `make pictures-refs`.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from bot.pictures import render
from bot.pictures.model import STATUS_ORDER
from bot.pictures.team import MAX_DRAWN, plan
from tests.pictures.cases import CASES
from tests.pictures.regenerate import REFS

ROOT = Path(__file__).resolve().parents[2]
MAX_WIDTH = 1200
MAX_BYTES = 200 * 1024
# Another Pillow or FreeType may shade glyph edges a little differently; a moved or missing
# label changes far more pixels than this.
CHANNEL_SLACK = 48
MAX_CHANGED = 0.0005  # one letter more in one label is about 0.09%


def changed_fraction(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels where any channel differs by more than CHANNEL_SLACK."""
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    hist = diff.point(lambda v: 255 if v > CHANNEL_SLACK else 0).histogram()
    return hist[255] / (a.width * a.height)


def reopen(png: bytes) -> Image.Image:
    """Pillow reads the bytes back as a complete PNG (verify() first, then a full decode)."""
    Image.open(io.BytesIO(png)).verify()
    im = Image.open(io.BytesIO(png))
    im.load()
    assert im.format == "PNG"
    return im


@pytest.mark.parametrize("name", sorted(CASES))
def test_render_matches_the_reference_image(name: str, tmp_path: Path) -> None:
    png = render(CASES[name]())
    ref_path = REFS / f"{name}.png"
    assert ref_path.exists(), f"no reference for {name}: run make pictures-refs"
    got, ref = reopen(png), Image.open(ref_path)
    out = tmp_path / f"{name}.png"
    out.write_bytes(png)
    assert got.size == ref.size, f"{name}: {got.size} against {ref.size}; new render in {out}"
    changed = changed_fraction(got, ref)
    assert changed <= MAX_CHANGED, f"{name}: {changed:.2%} of pixels changed; new render in {out}"


@pytest.mark.parametrize("name", sorted(CASES))
def test_picture_is_a_valid_png_within_the_size_limits(name: str) -> None:
    png = render(CASES[name]())
    im = reopen(png)
    assert im.width <= MAX_WIDTH
    assert len(png) <= MAX_BYTES
    assert im.mode == "P"  # palette PNG: a third of the bytes of RGB


@pytest.mark.parametrize("name", ["career-20-seasons", "team-60-moves"])
def test_the_same_chart_renders_to_the_same_bytes(name: str) -> None:
    assert render(CASES[name]()) == render(CASES[name]())


def test_the_bytes_do_not_depend_on_the_process(tmp_path: Path) -> None:
    """No set or str-hash order leaks into a picture: two interpreters with other hash seeds."""
    code = (
        "import hashlib; from bot.pictures import render; from tests.pictures.cases import CASES;"
        "print(*(hashlib.sha256(render(CASES[n]())).hexdigest() for n in sorted(CASES)))"
    )
    here = " ".join(hashlib.sha256(render(CASES[n]())).hexdigest() for n in sorted(CASES))
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.strip() == here


def test_a_season_of_sixty_moves_draws_thirty_and_counts_the_rest() -> None:
    chart = CASES["team-60-moves"]()
    p = plan(chart)
    drawn = p.arrivals + p.departures + p.staying
    assert len(drawn) == MAX_DRAWN == 30
    assert p.left_out == 30
    assert p.compact  # one line a person, or thirty would not fit a chat screen
    left_out = set(chart.moves) - set(drawn)
    assert len(left_out) == 30
    # the best-established stories are the ones drawn
    rank = STATUS_ORDER.index
    assert max(rank(m.status) for m in drawn) <= min(rank(m.status) for m in left_out)


def test_long_names_keep_the_picture_within_its_width() -> None:
    for name in ("career-long-names", "team-long-names"):
        im = reopen(render(CASES[name]()))
        assert im.width == 1000
