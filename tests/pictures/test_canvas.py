"""The drawing pieces: measuring and cutting text, colours, status shapes, the bundled font."""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw

from bot.domain.models import Status
from bot.pictures import canvas as cv
from bot.pictures import render, warm
from bot.pictures.canvas import (
    TEAM_PALETTE,
    _preferred,
    _text_mask,
    drawable,
    fit,
    font,
    measure,
    shape_mask,
    team_colours,
    wrap,
)
from tests.pictures.cases import CASES

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "bot" / "pictures" / "fonts"
SAMPLES = ["Michael Mørkøv", "Team Visma | Lease a Bike", "AVATAR Tour de l'Avenir", "Łódź – Ćwik"]


@pytest.mark.parametrize(("size", "bold"), [(16, False), (20, True), (24, False), (40, True)])
def test_measure_agrees_with_freetype(size: int, bold: bool) -> None:
    f = font(size, bold)
    for text in SAMPLES:
        assert measure(text, f) == f.getlength(text)


LINES = [
    *SAMPLES,
    "Lidl-Trek → Soudal Quick-Step · sports director  2007–2010",
    "AVAVAV TyTo fjord «Ffi» …",  # glyphs whose boxes overlap
    "2024",
    " leading and trailing spaces ",
    "M",
]


@pytest.mark.parametrize("anchor", ["ls", "lm", "rm", "rs", "ms", "mm"])
@pytest.mark.parametrize(("size", "bold"), [(15, True), (18, False), (22, True), (40, True)])
def test_a_line_made_of_cached_glyphs_is_what_pillow_draws(
    size: int, bold: bool, anchor: str
) -> None:
    f = font(size, bold)
    for text in LINES:
        want = Image.new("L", (1400, 160), 0)
        ImageDraw.Draw(want).text((700, 80), text, font=f, fill=255, anchor=anchor)
        mask, dx, dy = _text_mask(text, f, anchor)
        got = Image.new("L", want.size, 0)
        got.paste(255, (700 + dx, 80 + dy), mask)
        assert ImageChops.difference(got, want).getbbox() is None, (text, anchor)


def test_warming_loads_every_glyph_the_pictures_of_plain_names_draw() -> None:
    """Every font the pictures use is in FONTS_USED, and COMMON holds their usual characters:
    after warm(), the reference charts load no glyph."""
    cv._text_mask.cache_clear()
    cv._glyph.cache_clear()
    warm()
    loaded = cv._glyph.cache_info().misses
    assert loaded == len(cv.FONTS_USED) * len(cv.COMMON)
    for make in CASES.values():
        render(make())
    assert cv._glyph.cache_info().misses == loaded


@pytest.mark.parametrize("width", [0, 5, 40, 90, 160, 1000])
def test_fit_cuts_with_an_ellipsis_within_the_width(width: int) -> None:
    f = font(20)
    text = "Soudal Quick-Step Professional Cycling Team"
    out = fit(text, f, width)
    assert measure(out, f) <= width
    if measure(text, f) <= width:
        assert out == text
    elif out:
        assert out.endswith("…") and text.startswith(out[:-1])


def test_wrap_breaks_a_long_team_name_into_lines_that_fit() -> None:
    f = font(24, True)
    lines = wrap("XDS Astana Team Professional Cycling Presented by Sponsors", f, 168, 3)
    assert len(lines) == 3
    assert all(measure(line, f) <= 168 for line in lines)
    assert lines[-1].endswith("…")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Michael Mørkøv", "Michael Mørkøv"),
        ("Łukasz Wiśniowski", "Łukasz Wiśniowski"),
        ("Новак Джокович", "Новак Джокович"),  # Cyrillic is in the font
        ("新城 幸也", "XinCheng XingYe"),  # CJK is not: transliterated, never empty boxes
        ("tab\there\nnewline", "tab here newline"),
    ],
)
def test_drawable_keeps_what_the_font_has_and_transliterates_the_rest(raw: str, shown: str) -> None:
    assert drawable(raw) == shown


def test_drawable_bounds_the_length() -> None:
    assert len(drawable("x" * 10_000)) == 200


def test_a_team_keeps_its_colour_from_picture_to_picture() -> None:
    alone = team_colours([("astana-qazaqstan", None)])
    among = team_colours([("lidl-trek", None), ("astana-qazaqstan", None)])
    assert alone["astana-qazaqstan"] == TEAM_PALETTE[_preferred("astana-qazaqstan")]
    if _preferred("lidl-trek") != _preferred("astana-qazaqstan"):
        assert among["astana-qazaqstan"] == alone["astana-qazaqstan"]


def test_two_teams_in_one_picture_never_share_a_colour_while_the_palette_lasts() -> None:
    keys = [f"team-{i}" for i in range(40)]
    clashing = [k for k in keys if _preferred(k) == _preferred(keys[0])][:3]
    assert len(clashing) == 3  # the test needs teams whose preferred colours clash
    colours = team_colours([(k, None) for k in clashing])
    assert len(set(colours.values())) == 3
    assert colours[clashing[0]] == TEAM_PALETTE[_preferred(clashing[0])]  # first keeps its own
    many = team_colours([(k, None) for k in keys[: len(TEAM_PALETTE)]])
    assert len(set(many.values())) == len(TEAM_PALETTE)


def test_a_teams_own_colour_wins() -> None:
    assert team_colours([("x", "#102030")]) == {"x": (0x10, 0x20, 0x30)}
    assert team_colours([("x", "not a colour")])["x"] in TEAM_PALETTE


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(list(Status), 2)))
def test_each_status_has_its_own_shape(a: Status, b: Status) -> None:
    """Shapes, not colour alone: any two overlap in well under three quarters of their ink."""
    ma, mb = (shape_mask(s, 40).point(lambda v: 255 if v > 127 else 0) for s in (a, b))
    both = ImageChops.multiply(ma, mb).histogram()[255]
    either = ImageChops.lighter(ma, mb).histogram()[255]
    assert both / either < 0.75


def test_the_font_and_its_licence_ship_with_the_package() -> None:
    assert {p.name for p in FONTS.iterdir()} == {
        "Inter-Regular.otf",
        "Inter-SemiBold.otf",
        "LICENSE.txt",
    }
    licence = (FONTS / "LICENSE.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "The Inter Project Authors" in licence
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = data["tool"]["setuptools"]["package-data"]["bot.pictures"]
    assert {"fonts/*.otf", "fonts/*.txt"} <= set(globs)
    assert font(20).getname() == ("Inter", "Regular")
    assert font(20, True).getname() == ("Inter", "Semi Bold")
