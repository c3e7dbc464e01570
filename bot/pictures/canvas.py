"""The drawing surface both pictures share: theme, bundled font, status shapes, PNG encoding.

The only I/O in the package is reading the bundled font once. Every pixel is drawn with the
bundled font and a fixed layout engine, so a chart renders the same way on any machine with the
same Pillow and FreeType.
"""

from __future__ import annotations

import functools
import io
import logging
import math
import re
import string
import zlib
from collections.abc import Iterable
from importlib import resources
from typing import Any

from anyascii import anyascii
from PIL import Image, ImageDraw, ImageFont

from bot.domain.models import Status

log = logging.getLogger(__name__)

RGB = tuple[int, int, int]

WIDTH = 1000  # shown at about half size in an embed: twice the pixels for sharp text
MARGIN = 40

# A dark card: on Discord's dark theme it reads as a panel, on the light theme as a picture.
BG: RGB = (24, 26, 33)
BAND: RGB = (31, 34, 43)  # every other season, and the panels
NOW: RGB = (44, 49, 63)  # the current season
GRID: RGB = (58, 63, 77)
INK: RGB = (240, 242, 245)
MUTED: RGB = (163, 169, 181)
FAINT: RGB = (112, 118, 131)
ACCENT: RGB = (245, 197, 24)  # the mark, and the current season's label
DARK: RGB = (21, 23, 28)  # text on a team's colour

# Paul Tol's "light" qualitative scheme: told apart with the common colour-vision deficiencies,
# and light enough that dark text on it and the bars on the dark card both read well.
TEAM_PALETTE: tuple[RGB, ...] = (
    (0x77, 0xAA, 0xDD),  # light blue
    (0xEE, 0x88, 0x66),  # orange
    (0xEE, 0xDD, 0x88),  # light yellow
    (0xFF, 0xAA, 0xBB),  # pink
    (0x99, 0xDD, 0xFF),  # light cyan
    (0x44, 0xBB, 0x99),  # mint
    (0xBB, 0xCC, 0x33),  # pear
    (0xAA, 0xAA, 0x00),  # olive
)
NEUTRAL: RGB = (0xDD, 0xDD, 0xDD)  # a team we cannot name

_FONTS = {"regular": "Inter-Regular.otf", "bold": "Inter-SemiBold.otf"}


@functools.cache
def _font_bytes(weight: str) -> bytes:
    return resources.files("bot.pictures").joinpath("fonts", _FONTS[weight]).read_bytes()


# Every (size, bold) the pictures draw with: warm() loads their common glyphs before the first
# picture (a test holds the pictures to this list).
FONTS_USED = (
    (15, True), (16, False), (16, True), (17, False), (17, True), (18, False), (19, False),
    (19, True), (20, False), (20, True), (22, False), (22, True), (24, True), (40, True),
)  # fmt: skip
# What most names, teams, seasons and labels are made of.
COMMON = string.ascii_letters + string.digits + " !\"#&'()*+,-./:;?@|·–—→…"


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Return the bundled Inter at `size` px; BASIC layout, so no system shaping library counts."""
    return _font(size, bold)  # one object per size and weight, however called: glyphs cache by it


@functools.cache
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    # One font object for every thread: Pillow calls FreeType holding the GIL, and its
    # free-threaded builds lock each face themselves (Pillow 12.2).
    data = io.BytesIO(_font_bytes("bold" if bold else "regular"))
    return ImageFont.truetype(data, size, layout_engine=ImageFont.Layout.BASIC)


def warm() -> None:
    """Rasterise the common characters in every font the pictures use, once per process.

    Loading a glyph costs about as much as drawing it a hundred times: without this, a new
    process's first pictures take several times longer than the next (bench: the first render
    of a career about 30 ms, the next about 7).
    """
    for size, bold in FONTS_USED:
        f = font(size, bold)
        for ch in COMMON:
            _glyph(f, ch)


def hex_colour(value: str | None) -> RGB | None:
    """Read '#rrggbb'; anything else is no colour."""
    if value is None or len(value) != 7 or value[0] != "#":
        return None
    try:
        return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))
    except ValueError:
        return None


def _preferred(team_key: str) -> int:
    # crc32, not hash(): str hashes change between processes, a team's colour must not.
    return zlib.crc32(team_key.encode()) % len(TEAM_PALETTE)


def team_colours(teams: Iterable[tuple[str | None, str | None]]) -> dict[str, RGB]:
    """Colours for the (team key, own colour) pairs of one picture, most important first.

    A team's own colour when the data has one; else its palette colour, the same in every
    picture, unless a team given before it already has that colour here: then the next free
    one, so two teams in one picture look alike only once the palette has run out.
    """
    pairs = [(k, o) for k, o in teams if k]
    own = {k: c for k, o in pairs if (c := hex_colour(o)) is not None}
    out: dict[str, RGB] = dict(own)
    taken = set(own.values())
    for key in dict.fromkeys(k for k, _ in pairs if k not in own):
        start = _preferred(key)
        order = [TEAM_PALETTE[(start + i) % len(TEAM_PALETTE)] for i in range(len(TEAM_PALETTE))]
        out[key] = next((c for c in order if c not in taken), order[0])
        taken.add(out[key])
    return out


def text_on(colour: RGB) -> RGB:
    """Dark or light text, whichever reads better on `colour`."""
    r, g, b = colour
    return DARK if 0.299 * r + 0.587 * g + 0.114 * b > 140 else INK


def blend(fg: RGB, bg: RGB, t: float) -> RGB:
    return (
        round(bg[0] + (fg[0] - bg[0]) * t),
        round(bg[1] + (fg[1] - bg[1]) * t),
        round(bg[2] + (fg[2] - bg[2]) * t),
    )


# Latin (with its extensions), Greek and Cyrillic, general punctuation and arrows are in Inter;
# anything else is transliterated rather than drawn as empty boxes.
_NOT_IN_FONT = re.compile("[^\u0020-\u052f\u1e00-\u1eff\u2010-\u204f\u2192]")


def drawable(text: str, limit: int = 200) -> str:
    """Text the bundled font can draw: control characters gone, other scripts transliterated."""
    text = " ".join(text[:limit].split())
    if not _NOT_IN_FONT.search(text):
        return text
    return _NOT_IN_FONT.sub(lambda m: anyascii(m.group()), text)


class _Advances(dict[str, float]):
    """One font's advance per character in px, asked of FreeType once per character."""

    def __init__(self, f: ImageFont.FreeTypeFont) -> None:
        super().__init__()
        self.font = f

    def __missing__(self, ch: str) -> float:
        # Two threads may both ask for a new character: they store the same value.
        width = self[ch] = self.font.getlength(ch)
        return width


@functools.cache
def _advances(f: ImageFont.FreeTypeFont) -> _Advances:
    # Bounded: drawable() leaves only the scripts Inter covers, a few thousand characters.
    return _Advances(f)


def measure(text: str, f: ImageFont.FreeTypeFont) -> float:
    """The width of `text` in `f`, from cached advances.

    Exact for the bundled font: the BASIC layout applies only a legacy 'kern' table, and Inter
    has none (a test checks this against getlength), so a line is the sum of its glyphs; and
    measuring a string in FreeType costs about as much as drawing it.
    """
    return sum(map(_advances(f).__getitem__, text))


def fit(text: str, f: ImageFont.FreeTypeFont, width: float) -> str:
    """`text`, cut with an ellipsis where it would be wider than `width`."""
    if measure(text, f) <= width:
        return text
    advance = _advances(f)
    room = width - advance["…"]
    total, cut = 0.0, 0
    for ch in text:
        total += advance[ch]
        if total > room:
            break
        cut += 1
    while cut > 0 and measure(text[:cut].rstrip() + "…", f) > width:
        cut -= 1  # the space dropped before the ellipsis never makes it wider; this is a guard
    return text[:cut].rstrip() + "…" if cut else ""


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float, max_lines: int) -> list[str]:
    """Break `text` into at most `max_lines` lines of `width`, the last cut with an ellipsis."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and measure(f"{line} {words[0]}", f) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines[-1] = lines[-1] + " " + " ".join(words)
    return [fit(line, f, width) for line in lines]


_Glyph = tuple[Any, int, int, int, int, int]  # C image, left, top, width, height, advance


@functools.lru_cache(maxsize=4096)
def _glyph(f: ImageFont.FreeTypeFont, ch: str) -> _Glyph:
    """One character rasterised once: its mask as a C image (None if blank), the mask's offset
    from the pen on the baseline, its size, and its advance in 1/64 px."""
    left, top, right, bottom = map(int, f.getbbox(ch, anchor="ls"))
    advance = round(_advances(f)[ch] * 64)
    if right <= left or bottom <= top:
        return None, 0, 0, 0, 0, advance
    mask = Image.new("L", (right - left, bottom - top), 0)
    ImageDraw.Draw(mask).text((-left, -top), ch, font=f, fill=255, anchor="ls")
    return mask.im, left, top, mask.width, mask.height, advance


@functools.cache
def _middle(f: ImageFont.FreeTypeFont) -> int:
    """How far a line moves down when anchored at its middle instead of its baseline, in px."""
    return int(f.getbbox("H", anchor="lm")[1] - f.getbbox("H", anchor="ls")[1])


def _pixel(x: int) -> int:
    """FreeType's PIXEL(): a 26.6 position rounded to the nearest pixel."""
    return (x + 32) >> 6


@functools.lru_cache(maxsize=1024)  # a line's mask is a few KB: a few MB at most
def _text_mask(text: str, f: ImageFont.FreeTypeFont, anchor: str) -> tuple[Image.Image, int, int]:
    """`text` as a mask, with its offset from the anchor point (anchors l/m/r and s/m).

    Made of cached glyphs, laid out as Pillow's BASIC layout does (pen positions in 1/64 px,
    each glyph at the nearest pixel, no kerning: Inter has no legacy 'kern' table) and blended
    as its renderer does, so the pixels are the ones ImageDraw.text draws; a test holds it
    to that. Drawing a line in Pillow loads every glyph from the font six times (layout,
    bounding box, two passes of rendering, for the measure and the draw): most of a picture's
    time was FreeType re-rasterising letters it had drawn a moment before.
    """
    glyphs = []
    pen = 0
    for ch in text:
        mask, left, top, w, h, advance = _glyph(f, ch)
        if mask is not None:
            x = _pixel(pen) + left
            glyphs.append((mask, x, top, x + w, top + h))
        pen += advance
    if not glyphs:
        return Image.new("L", (1, 1), 0), 0, 0
    x0 = min(g[1] for g in glyphs)
    y0 = min(g[2] for g in glyphs)
    out = Image.new("L", (max(g[3] for g in glyphs) - x0, max(g[4] for g in glyphs) - y0), 0)
    core = out.im  # the C image: a line is dozens of pastes, Image.paste's checks cost more
    for mask, x, y, x1, y1 in glyphs:
        core.paste(255, (x - x0, y - y0, x1 - x0, y1 - y0), mask)
    dx = {"l": 0, "m": -_pixel(pen // 2), "r": -_pixel(pen)}[anchor[0]]
    dy = {"s": 0, "m": _middle(f)}[anchor[1]]
    return out, x0 + dx, y0 + dy


# -- status shapes ----------------------------------------------------------------------------
_SS = 4  # supersampling: shapes are drawn four times larger and scaled down, for smooth edges


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.45
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


@functools.cache
def shape_mask(status: Status, size: int) -> Image.Image:
    """An anti-aliased mask of the shape that stands for `status` (not colour alone)."""
    n = size * _SS
    im = Image.new("L", (n, n), 0)
    d = ImageDraw.Draw(im)
    c, r, w = n / 2, n / 2 - _SS, max(_SS * 2, round(n * 0.16))
    match status:
        case Status.OFFICIAL:  # a star: the strongest
            d.polygon(_star(c, c + n * 0.03, r * 1.05), fill=255)
        case Status.CONFIRMED:  # a full disc
            d.ellipse((c - r * 0.8, c - r * 0.8, c + r * 0.8, c + r * 0.8), fill=255)
        case Status.REPORTED:  # a triangle
            d.polygon(
                [(c, c - r), (c + r * 0.95, c + r * 0.72), (c - r * 0.95, c + r * 0.72)], fill=255
            )
        case Status.RUMOUR:  # a hollow diamond: nothing solid yet
            d.polygon([(c, c - r), (c + r, c), (c, c + r), (c - r, c)], fill=255)
            q = r - w * 1.4
            d.polygon([(c, c - q), (c + q, c), (c, c + q), (c - q, c)], fill=0)
        case Status.DENIED:  # a cross
            k = r * 0.78
            d.line((c - k, c - k, c + k, c + k), fill=255, width=w)
            d.line((c - k, c + k, c + k, c - k), fill=255, width=w)
        case Status.RETRACTED:  # a struck-out square
            k = r * 0.72
            d.rectangle((c - k, c - k, c + k, c + k), outline=255, width=round(w * 0.75))
            d.line((c - k, c + k, c + k, c - k), fill=255, width=round(w * 0.75))
    return im.resize((size, size), Image.Resampling.LANCZOS)


def status_colour(status: Status) -> RGB:
    return MUTED if status in (Status.DENIED, Status.RETRACTED) else INK


# -- the canvas -------------------------------------------------------------------------------
class Canvas:
    """An RGB image that remembers which colours met, so its palette can hold their blends."""

    def __init__(self, height: int, width: int = WIDTH) -> None:
        self.im = Image.new("RGB", (width, height), BG)
        self.draw = ImageDraw.Draw(self.im)
        self.pairs: set[tuple[RGB, RGB]] = set()
        self.solids: set[RGB] = {BG}
        self.colours: dict[str, RGB] = {}  # team key -> colour, set by the picture

    def team(self, key: str | None) -> RGB:
        """The colour this picture gives the team `key` (see team_colours)."""
        return self.colours.get(key, NEUTRAL) if key else NEUTRAL

    def rect(self, box: tuple[float, float, float, float], fill: RGB, radius: int = 0) -> None:
        self.solids.add(fill)
        if radius:
            self.draw.rounded_rectangle(box, radius=radius, fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def outline(
        self, box: tuple[float, float, float, float], colour: RGB, radius: int, width: int
    ) -> None:
        self.solids.add(colour)
        self.draw.rounded_rectangle(box, radius=radius, outline=colour, width=width)

    def line(self, xy: list[tuple[float, float]], colour: RGB, width: int = 1) -> None:
        self.solids.add(colour)
        self.draw.line(xy, fill=colour, width=width)

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        f: ImageFont.FreeTypeFont,
        fill: RGB,
        on: RGB = BG,
        anchor: str = "ls",
    ) -> float:
        """Draw `text` over the colour `on`; return its width."""
        if not text:
            return 0.0
        self.pairs.add((fill, on))
        mask, dx, dy = _text_mask(text, f, anchor)
        x, y = round(xy[0]) + dx, round(xy[1]) + dy
        self.im.paste(fill, (x, y, x + mask.width, y + mask.height), mask)
        return measure(text, f)

    def shape(self, status: Status, cx: float, cy: float, size: int, on: RGB = BG) -> None:
        colour = status_colour(status)
        self.pairs.add((colour, on))
        x0, y0 = round(cx - size / 2), round(cy - size / 2)
        self.im.paste(colour, (x0, y0, x0 + size, y0 + size), shape_mask(status, size))

    def png(self) -> bytes:
        """Encode as an 8-bit palette PNG whose palette is the colours drawn and their blends."""
        pal = _palette(frozenset(self.solids), frozenset(self.pairs))
        out = io.BytesIO()
        # zlib level 3: half the time of the default 6 for about a fifth more bytes, and the
        # pictures stay far below Discord's limits (~40-60 KB against 200 KB allowed here).
        self.im.quantize(palette=pal, dither=Image.Dither.NONE).save(out, "PNG", compress_level=3)
        return out.getvalue()


_STEPS = 6  # blends between two colours that meet: enough for anti-aliased text to stay smooth


@functools.lru_cache(maxsize=64)
def _palette(solids: frozenset[RGB], pairs: frozenset[tuple[RGB, RGB]]) -> Image.Image:
    colours: dict[RGB, None] = dict.fromkeys(sorted(solids | {c for p in pairs for c in p}))
    steps = _STEPS
    while steps > 1 and len(colours) + len(pairs) * steps > 256:
        steps -= 1
    for fg, bg in sorted(pairs):
        for i in range(1, steps + 1):
            colours.setdefault(blend(fg, bg, i / (steps + 1)), None)
    flat = [v for c in list(colours)[:256] for v in c]
    pal = Image.new("P", (1, 1))
    pal.putpalette(flat)
    return pal
