"""A team's season: arrivals on the left, the team in the middle, departures on the right."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.pictures.canvas import (
    BAND,
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
    team_colours,
    text_on,
    wrap,
)
from bot.pictures.frame import FOOTER_H, HEADER_H, footer, header
from bot.pictures.model import STATUS_ORDER, Move, Side, TeamSeasonChart

log = logging.getLogger(__name__)

MAX_DRAWN = 30
COMPACT_AFTER = 12  # more rows than this in a column: one line per person
ROW, ROW_COMPACT, STAY_ROW = 58, 36, 50
HEAD, SUBHEAD = 40, 34
LEFT, CENTRE, RIGHT = (MARGIN, 360), (400, 600), (640, WIDTH - MARGIN)


@dataclass(frozen=True, slots=True)
class _Plan:
    arrivals: list[Move]
    departures: list[Move]
    staying: list[Move]
    left_out: int
    compact: bool
    totals: dict[Side, int]


def _rank(m: Move) -> tuple[int, bool, str]:
    return (STATUS_ORDER.index(m.status), m.staff, m.person.casefold())


def plan(chart: TeamSeasonChart) -> _Plan:
    """Who is drawn where: the best-established stories first, at most MAX_DRAWN people."""
    drawn = sorted(chart.moves, key=_rank)[:MAX_DRAWN]
    sides = {
        s: sorted((m for m in drawn if m.side is s), key=lambda m: (m.staff, _rank(m)))
        for s in Side
    }
    longest = max(len(sides[Side.IN]), len(sides[Side.OUT]))
    return _Plan(
        sides[Side.IN],
        sides[Side.OUT],
        sides[Side.STAY],
        len(chart.moves) - len(drawn),
        longest > COMPACT_AFTER,
        {s: sum(1 for m in chart.moves if m.side is s) for s in Side},
    )


def _column_height(moves: list[Move], compact: bool) -> int:
    rows = max(1, len(moves)) * (ROW_COMPACT if compact else ROW)
    has_staff = any(m.staff for m in moves) and any(not m.staff for m in moves)
    return HEAD + rows + (SUBHEAD if has_staff else 0)


def render_team_season(chart: TeamSeasonChart) -> bytes:
    """Draw `chart` as a PNG."""
    p = plan(chart)
    name_lines = wrap(drawable(chart.team_name), font(24, True), CENTRE[1] - CENTRE[0] - 32, 4)
    box_h = 24 + 44 + 30 * len(name_lines) + 20
    centre_h = HEAD + box_h + (12 + HEAD + STAY_ROW * len(p.staying) if p.staying else 0)
    body = max(
        _column_height(p.arrivals, p.compact), _column_height(p.departures, p.compact), centre_h
    )
    top = HEADER_H + 24
    more_h = 44 if p.left_out or chart.truncated else 0
    c = Canvas(top + body + more_h + 24 + FOOTER_H)
    drawn = p.arrivals + p.departures + p.staying
    c.colours = team_colours(  # the team itself first, then the teams in the order drawn
        [(chart.team_key, chart.colour)] + [(m.other_key, m.colour) for m in drawn]
    )
    colour = c.team(chart.team_key)
    header(c, f"{chart.team_name} · {chart.season}", _subtitle(chart))
    c.rect((MARGIN - 16, top - 8, WIDTH - MARGIN + 16, top + body + 8), BAND, radius=16)
    _column(c, LEFT, top, "Arrivals", p.arrivals, p.totals[Side.IN], p.compact)
    _column(c, RIGHT, top, "Departures", p.departures, p.totals[Side.OUT], p.compact)
    _centre(c, top, chart.season, name_lines, colour, box_h)
    if p.staying:
        _staying(c, top + HEAD + box_h + 12, p.staying, p.totals[Side.STAY])
    y = top + body + 8
    if more_h:
        more = f"and {p.left_out}{'+' if chart.truncated else ''} more"
        c.text(
            (WIDTH / 2, y + 28),
            more if p.left_out else "and more",
            font(20, True),
            MUTED,
            anchor="ms",
        )
        y += more_h
    footer(c, y + 16, chart.source, chart.as_of)
    return c.png()


def _subtitle(chart: TeamSeasonChart) -> str:
    counts = {s: sum(1 for m in chart.moves if m.side is s) for s in Side}
    bits = [
        f"{counts[Side.IN]} in",
        f"{counts[Side.OUT]} out",
        *([f"{counts[Side.STAY]} staying"] if counts[Side.STAY] else []),
    ]
    return f"Ins and outs for {chart.season} · " + ", ".join(bits)


def _detail(m: Move) -> str:
    where = {Side.IN: "from", Side.OUT: "to"}.get(m.side)
    bits = [f"{where} {drawable(m.other_team)}"] if where and m.other_team else []
    if m.note:
        bits.append(drawable(m.note))
    return " · ".join(bits)


def _column(
    c: Canvas,
    span: tuple[int, int],
    top: float,
    title: str,
    moves: list[Move],
    total: int,
    compact: bool,
) -> None:
    x0, x1 = span
    count = str(total) if total == len(moves) else f"{len(moves)} of {total}"
    c.text((x0, top + 26), f"{title.upper()} · {count}", font(17, True), MUTED, on=BAND)
    c.line([(x0, top + HEAD - 4), (x1, top + HEAD - 4)], FAINT)
    y = top + HEAD
    if not moves:
        c.text((x0, y + 30), "None stored", font(20), MUTED, on=BAND, anchor="ls")
    staff_started = False
    for m in moves:
        if m.staff and not staff_started and moves[0] is not m:
            c.text((x0, y + 24), "STAFF", font(15, True), MUTED, on=BAND)
            y += SUBHEAD
        staff_started = staff_started or m.staff
        (_row_compact if compact else _row)(c, x0, x1, y, m)
        y += ROW_COMPACT if compact else ROW


def _chip(c: Canvas, x: float, y: float, m: Move) -> float:
    """A small square in the other team's colour; return the width it took."""
    if not m.other_key or not m.other_team:
        return 0.0
    c.rect((x, y - 6, x + 12, y + 6), c.team(m.other_key), radius=3)
    return 18.0


def _row(c: Canvas, x0: float, x1: float, y: float, m: Move) -> None:
    c.shape(m.status, x0 + 11, y + 19, 20, on=BAND)
    word = m.status.value
    fw = font(16)
    c.text((x1, y + 19), word, fw, MUTED, on=BAND, anchor="rm")
    name_room = x1 - x0 - 30 - measure(word, fw) - 10
    c.text(
        (x0 + 30, y + 19),
        fit(drawable(m.person), font(22, True), name_room),
        font(22, True),
        INK,
        on=BAND,
        anchor="lm",
    )
    x = x0 + 30 + _chip(c, x0 + 30, y + 44, m)
    c.text((x, y + 44), fit(_detail(m), font(18), x1 - x), font(18), MUTED, on=BAND, anchor="lm")


def _row_compact(c: Canvas, x0: float, x1: float, y: float, m: Move) -> None:
    mid = y + ROW_COMPACT / 2
    c.shape(m.status, x0 + 10, mid, 18, on=BAND)
    fb, fr = font(20, True), font(17)
    name = fit(drawable(m.person), fb, (x1 - x0 - 28) * 0.6)
    w = c.text((x0 + 28, mid), name, fb, INK, on=BAND, anchor="lm")
    detail = _detail(m)
    if detail:
        x = x0 + 28 + w + 10
        c.text((x, mid), fit(detail, fr, x1 - x), fr, MUTED, on=BAND, anchor="lm")


def _centre(
    c: Canvas, top: float, season: int, lines: list[str], colour: tuple[int, int, int], box_h: int
) -> None:
    x0, x1 = CENTRE
    y0 = top + HEAD
    ink = text_on(colour)
    c.rect((x0, y0, x1, y0 + box_h), colour, radius=14)
    c.text(((x0 + x1) / 2, y0 + 24 + 36), str(season), font(40, True), ink, on=colour, anchor="ms")
    y = y0 + 24 + 44 + 22
    for line in lines:
        c.text(((x0 + x1) / 2, y), line, font(24, True), ink, on=colour, anchor="ms")
        y += 30
    mid = y0 + box_h / 2
    for ax in (LEFT[1] + 6, CENTRE[1] + 6):  # arrows: in from the left, out to the right
        c.line([(ax, mid), (ax + 18, mid)], MUTED, 3)
        c.draw.polygon([(ax + 18, mid - 7), (ax + 26, mid), (ax + 18, mid + 7)], fill=MUTED)


def _staying(c: Canvas, top: float, moves: list[Move], total: int) -> None:
    x0, x1 = CENTRE
    count = str(total) if total == len(moves) else f"{len(moves)} of {total}"
    c.text((x0, top + 24), f"STAYING · {count}", font(17, True), MUTED, on=BAND)
    y = top + HEAD
    for m in moves:
        c.shape(m.status, x0 + 9, y + 14, 18, on=BAND)
        fb = font(19, True)
        c.text(
            (x0 + 26, y + 14),
            fit(drawable(m.person), fb, x1 - x0 - 26),
            fb,
            INK,
            on=BAND,
            anchor="lm",
        )
        if m.note:
            c.text(
                (x0 + 26, y + 36),
                fit(drawable(m.note), font(16), x1 - x0 - 26),
                font(16),
                MUTED,
                on=BAND,
                anchor="lm",
            )
        y += STAY_ROW
