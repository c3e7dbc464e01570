"""A person's career as a timeline: seasons along the bottom, a bar per spell, the stories."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.pictures.canvas import (
    ACCENT,
    BAND,
    BG,
    FAINT,
    GRID,
    INK,
    MARGIN,
    MUTED,
    NOW,
    WIDTH,
    Canvas,
    blend,
    drawable,
    fit,
    font,
    measure,
    team_colours,
    text_on,
)
from bot.pictures.frame import FOOTER_H, HEADER_H, footer, header
from bot.pictures.model import CareerChart, Spell, StoryMark

log = logging.getLogger(__name__)

ROW = 42
BAR = 30
SECTION = 34
AXIS = 52
MAX_SPELLS = 20  # rows per section of spells; the rest is said in a line
MAX_STORIES = 8  # a fan reads the latest few; the answer's text lists them all
RECENT = 5  # a career that ended longer ago than this is not stretched to the current season
SHAPE = 22


@dataclass(frozen=True, slots=True)
class _Axis:
    first: int
    last: int
    x0: float
    x1: float

    @property
    def col(self) -> float:
        return (self.x1 - self.x0) / (self.last - self.first + 1)

    def left(self, season: int) -> float:
        return self.x0 + (season - self.first) * self.col

    def mid(self, season: int) -> float:
        return self.left(season) + self.col / 2


def _axis(chart: CareerChart) -> _Axis:
    seasons = [s for sp in chart.spells for s in (sp.first, sp.last)]
    seasons += [m.season for m in chart.stories]
    now, coming = chart.current_season, chart.current_season + 1
    if not seasons:
        first, last = now - 2, coming
    else:
        first, last = min(seasons), max(seasons)
        if last >= now - RECENT:  # an active career runs up to the coming season
            first, last = min(first, now), max(last, coming)
    first = min(first, last - 3)  # at least four seasons, or one bar fills the width
    return _Axis(first, last, MARGIN, WIDTH - MARGIN)


@dataclass(frozen=True, slots=True)
class _Row:
    """Spells back to back with one team in one role: one bar, split where the name changed."""

    spells: tuple[Spell, ...]

    @property
    def first(self) -> int:
        return self.spells[0].first

    @property
    def last(self) -> int:
        return self.spells[-1].last


def _rows(spells: list[Spell]) -> list[_Row]:
    rows: list[list[Spell]] = []
    for s in sorted(spells, key=lambda s: (s.first, s.last, s.team_key)):
        # joins the row that the same team in the same role ended the season before, if any
        prev = next(
            (
                r
                for r in rows
                if (r[-1].team_key, r[-1].role) == (s.team_key, s.role)
                and r[-1].last + 1 == s.first
            ),
            None,
        )
        if prev is None:
            rows.append([s])
        else:
            prev.append(s)
    return sorted((_Row(tuple(r)) for r in rows), key=lambda r: (r.first, r.last))


def _sections(chart: CareerChart) -> list[tuple[str, list[object], int]]:
    """(title, rows, rows left out) for each part drawn, top to bottom."""
    riding = _rows([s for s in chart.spells if not s.staff])
    staff = _rows([s for s in chart.spells if s.staff])
    stories = sorted(chart.stories, key=lambda m: (m.season, -m.status.strength, m.label))
    out: list[tuple[str, list[object], int]] = []
    parts = (("As rider", riding, MAX_SPELLS), ("As staff", staff, MAX_SPELLS))
    for title, rows, most in (*parts, ("Stories", stories, MAX_STORIES)):
        if rows:
            kept: list[object] = list(rows[-most:])  # the latest, when there are too many
            out.append((title, kept, len(rows) - len(kept)))
    if not chart.spells:
        out.insert(0, ("As rider", [], 0))
    return out


def render_career(chart: CareerChart) -> bytes:
    """Draw `chart` as a PNG."""
    axis = _axis(chart)
    sections = _sections(chart)
    body = sum(
        SECTION + ROW * max(1, len(rows)) + (ROW if more else 0) for _, rows, more in sections
    )
    hidden = chart.hidden_stories
    top = HEADER_H + 20
    height = top + body + AXIS + (ROW if hidden else 0) + FOOTER_H
    c = Canvas(height)
    c.colours = team_colours(  # the spells' teams first, oldest first: they are the bars
        [(s.team_key, s.colour) for s in sorted(chart.spells, key=lambda s: (s.first, s.staff))]
        + [(m.team_key, m.colour) for m in chart.stories]
    )
    header(c, chart.name, chart.subtitle)
    _bands(c, axis, chart.current_season, top, top + body)
    y = top
    for title, rows, more in sections:
        c.text((MARGIN, y + 24), title.upper(), font(16, True), MUTED, on=BAND)
        y += SECTION
        if not rows:
            c.text(
                (axis.x0 + 12, y + ROW / 2), _nothing(chart), font(20), MUTED, on=BAND, anchor="lm"
            )
            y += ROW
        for row in rows:
            if isinstance(row, _Row):
                _spell_row(c, axis, row, y)
            elif isinstance(row, StoryMark):
                _story(c, axis, row, y)
            y += ROW
        if more:
            what = "earlier stories" if title == "Stories" else "earlier spells"
            c.text(
                (MARGIN, y + ROW / 2), f"and {more} {what}", font(18), MUTED, on=BAND, anchor="lm"
            )
            y += ROW
    _seasons(c, axis, chart.current_season, y)
    y += AXIS
    if hidden:
        n = "story" if hidden == 1 else "stories"
        c.text((MARGIN, y + 20), f"and {hidden} {n} with no season, in the answer", font(18), MUTED)
        y += ROW
    footer(c, y, chart.source, chart.as_of)
    return c.png()


def _nothing(chart: CareerChart) -> str:
    return "No team on record" if chart.stories else "No team or story on record yet"


def _bands(c: Canvas, axis: _Axis, now: int, top: float, bottom: float) -> None:
    """Every other season shaded, the current season lit, the coming one outlined."""
    for season in range(axis.first, axis.last + 1):
        x0, x1 = axis.left(season), axis.left(season + 1)
        if season == now:
            c.rect((x0, top, x1 - 1, bottom), NOW)
        elif season % 2 == 0:
            c.rect((x0, top, x1 - 1, bottom), BAND)
        if season == now + 1:
            for y in range(int(top), int(bottom), 12):  # dashed edges: not here yet
                c.line([(x0, y), (x0, min(y + 6, bottom))], FAINT)
                c.line([(x1 - 1, y), (x1 - 1, min(y + 6, bottom))], FAINT)
    for fg in (INK, MUTED):  # labels outside the bars sit on the bands
        for bg in (BAND, NOW):
            c.pairs.add((fg, bg))


def _label_place(
    c: Canvas, axis: _Axis, x0: float, x1: float, y: float, texts: list[str], size: int
) -> None:
    """Write the first of `texts` that fits beside the bar x0..x1: right, then left, else cut."""
    f = font(size)
    right_room, left_room = axis.x1 - x1 - 10, x0 - axis.x0 - 10
    for text in texts:
        w = measure(text, f)
        if w <= right_room:
            c.text((x1 + 10, y), text, f, INK, anchor="lm")
            return
        if w <= left_room:
            c.text((x0 - 10, y), text, f, INK, anchor="rm")
            return
    text = texts[-1]
    if right_room >= left_room:
        c.text((x1 + 10, y), fit(text, f, right_room), f, INK, anchor="lm")
    else:
        c.text((x0 - 10, y), fit(text, f, left_room), f, INK, anchor="rm")


def _years(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _spell_row(c: Canvas, axis: _Axis, row: _Row, y: float) -> None:
    x0, x1 = axis.left(row.first) + 2, axis.left(row.last + 1) - 3
    top, mid = y + (ROW - BAR) / 2, y + ROW / 2
    lead = row.spells[-1]
    colour = c.team(lead.team_key)
    if lead.staff:  # staff: an outlined bar, the role in the label
        fill, ink = blend(colour, BG, 0.22), INK
        c.rect((x0, top, x1, top + BAR), fill, radius=6)
        c.outline((x0, top, x1, top + BAR), colour, radius=6, width=2)
    else:
        fill, ink = colour, text_on(colour)
        c.rect((x0, top, x1, top + BAR), fill, radius=6)
    for s in row.spells[1:]:  # a notch where the team changed its name
        xn = axis.left(s.first)
        c.line([(xn, top), (xn, top + BAR)], BG, 2)
    names = list(dict.fromkeys(drawable(s.team_name) for s in row.spells))
    role = f" · {drawable(lead.role)}" if lead.staff else ""
    years = _years(row.first, row.last)
    texts = [
        f"{' → '.join(names)}{role}  {years}",
        f"{names[-1]}{role}  {years}",
        f"{names[-1]}{role}",
    ]
    f = font(20, not lead.staff)
    inside = x1 - x0 - 20
    for text in texts:
        if measure(text, f) <= inside:
            c.text((x0 + 10, mid), text, f, ink, on=fill, anchor="lm")
            return
    outside = max(axis.x1 - x1, x0 - axis.x0) - 10
    if inside >= 160 and inside >= outside:  # a long bar keeps its label inside, cut
        c.text((x0 + 10, mid), fit(texts[-1], f, inside), f, ink, on=fill, anchor="lm")
        return
    _label_place(c, axis, x0, x1, mid, texts, 20)


def _story(c: Canvas, axis: _Axis, story: StoryMark, y: float) -> None:
    cx, mid = axis.mid(story.season), y + ROW / 2
    if story.team_key:  # a chip in the colour of the team it points to
        chip = blend(c.team(story.team_key), BG, 0.35)
        c.rect((cx - 15, mid - 15, cx + 15, mid + 15), chip, radius=8)
        c.shape(story.status, cx, mid, SHAPE, on=chip)
    else:
        c.shape(story.status, cx, mid, SHAPE)
    label, status = drawable(story.label), story.status.value
    texts = [f"{story.season} · {label} · {status}", f"{label} · {status}", label]
    _label_place(c, axis, cx - 16, cx + 16, mid, texts, 20)


def _seasons(c: Canvas, axis: _Axis, now: int, y: float) -> None:
    """The season labels under the plot, as many as fit, the current and coming ones named."""
    c.line([(axis.x0, y), (axis.x1, y)], GRID, 2)
    f = font(18)
    step = next(k for k in (1, 2, 5, 10, 20) if axis.col * k >= measure("2024", f) + 14)
    for season in range(axis.first, axis.last + 1):
        x = axis.mid(season)
        if season % step == 0 or step == 1:
            c.line([(x, y), (x, y + 6)], GRID, 2)
            c.text((x, y + 28), str(season), f, MUTED, anchor="ms")
        if season == now:
            c.text((x, y + 48), "now", font(16, True), ACCENT, anchor="ms")
        elif season == now + 1 and axis.col >= 48:  # narrower, it would run into "now"
            c.text((x, y + 48), "next", font(16, True), MUTED, anchor="ms")
