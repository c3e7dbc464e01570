"""What frames both pictures: the title, the Mercato mark, the status legend, the source line."""

from __future__ import annotations

import functools
import logging

from PIL import Image

from bot.pictures.canvas import (
    ACCENT,
    BG,
    DARK,
    FAINT,
    INK,
    MARGIN,
    MUTED,
    WIDTH,
    Canvas,
    drawable,
    fit,
    font,
    measure,
)
from bot.pictures.model import STATUS_ORDER

log = logging.getLogger(__name__)

HEADER_H = 124
FOOTER_H = 104
LEGEND_SHAPE = 20


def mark_width() -> float:
    return 34 + 10 + measure("Mercato", font(22, True))


def mark(c: Canvas, right: float, top: float) -> None:
    """The Mercato mark, right-aligned at `right`."""
    x = right - mark_width()
    c.rect((x, top, x + 34, top + 34), ACCENT, radius=8)
    c.text((x + 17, top + 17), "M", font(22, True), DARK, on=ACCENT, anchor="mm")
    c.text((x + 44, top + 26), "Mercato", font(22, True), INK)


def header(c: Canvas, title: str, subtitle: str) -> None:
    """Title and subtitle at the top left, the mark at the top right."""
    room = WIDTH - 2 * MARGIN - mark_width() - 24
    c.text((MARGIN, 70), fit(drawable(title), font(40, True), room), font(40, True), INK)
    c.text((MARGIN, 104), fit(drawable(subtitle), font(22), room), font(22), MUTED)
    mark(c, WIDTH - MARGIN, 38)


def legend(c: Canvas, y: float) -> None:
    """One shape per status, with its name, centred on `y`: shapes, not colour, tell them apart."""
    strip = _legend_strip()
    c.im.paste(strip, (0, round(y - strip.height / 2)))
    c.pairs.update({(INK, BG), (MUTED, BG)})


@functools.cache
def _legend_strip() -> Image.Image:
    # The same in every picture: drawn once, pasted after.
    c = Canvas(LEGEND_SHAPE + 20, width=WIDTH)
    f, y = font(19), (LEGEND_SHAPE + 20) / 2
    widths = [LEGEND_SHAPE + 8 + measure(s.label, f) for s in STATUS_ORDER]
    gap = (WIDTH - 2 * MARGIN - sum(widths)) / (len(widths) - 1)
    x = float(MARGIN)
    for status, w in zip(STATUS_ORDER, widths, strict=True):
        c.shape(status, x + LEGEND_SHAPE / 2, y, LEGEND_SHAPE)
        c.text((x + LEGEND_SHAPE + 8, y), status.label, f, MUTED, anchor="lm")
        x += w + gap
    return c.im


def footer(c: Canvas, top: float, source: str, as_of: str) -> None:
    """The legend, a rule, and under it where the data comes from and the day it speaks for."""
    legend(c, top + 28)
    c.line([(MARGIN, top + 56), (WIDTH - MARGIN, top + 56)], FAINT)
    f = font(18)
    w = c.text((WIDTH - MARGIN, top + 86), f"as of {drawable(as_of)}", f, MUTED, anchor="rs")
    c.text((MARGIN, top + 86), fit(drawable(source), f, WIDTH - 2 * MARGIN - w - 24), f, MUTED)
