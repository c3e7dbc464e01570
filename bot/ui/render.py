"""Answers as Discord embeds, split into pages that respect every embed limit."""

from __future__ import annotations

import io

import discord

from bot.domain.text import shorten
from bot.presentation.answer import Answer, Section, Tone

NO_MENTIONS = discord.AllowedMentions.none()

_COLOURS = {
    Tone.INFO: discord.Colour.blurple(),
    Tone.SUCCESS: discord.Colour.green(),
    Tone.WARNING: discord.Colour.gold(),
    Tone.ERROR: discord.Colour.red(),
}

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
# Fewer fields than Discord's 25 per page: long stories stay readable on a phone.
FIELDS_PER_PAGE = 6
PAGE_BUDGET = 5500


def _page_sections(sections: tuple[Section, ...], fixed: int, per_page: int) -> list[list[Section]]:
    pages: list[list[Section]] = [[]]
    size = fixed
    for s in sections:
        cost = len(s.name[:FIELD_NAME_MAX]) + len(s.value[:FIELD_VALUE_MAX])
        if pages[-1] and (len(pages[-1]) >= per_page or size + cost > PAGE_BUDGET):
            pages.append([])
            size = fixed
        pages[-1].append(s)
        size += cost
    return pages


def answer_pages(answer: Answer, *, paginate: bool = True) -> list[discord.Embed]:
    """Render an answer as one embed per page.

    With `paginate=False` (a message that carries its own buttons, like a preview) everything
    goes on one page, up to Discord's 25 fields; what does not fit is dropped and counted.
    """
    title = shorten(answer.title, TITLE_MAX)
    description = shorten(answer.description, DESCRIPTION_MAX)
    footer = shorten(answer.footer or "", FOOTER_MAX - 20)
    fixed = len(title) + len(description) + len(footer) + 20
    groups = _page_sections(answer.sections, fixed, FIELDS_PER_PAGE if paginate else 25)
    if not paginate and len(groups) > 1:
        dropped = sum(len(g) for g in groups[1:])
        groups = groups[:1]
        footer = shorten(f"{footer} · {dropped} more not shown".lstrip(" ·"), FOOTER_MAX - 20)
    embeds = []
    for n, group in enumerate(groups, 1):
        embed = discord.Embed(
            title=title,
            description=description if n == 1 else None,
            colour=_COLOURS[answer.tone],
            url=answer.url,
        )
        for s in group:
            embed.add_field(
                name=shorten(s.name, FIELD_NAME_MAX),
                value=shorten(s.value, FIELD_VALUE_MAX) or "—",
                inline=False,
            )
        page = f"Page {n}/{len(groups)}" if len(groups) > 1 else ""
        text = " · ".join(x for x in (footer, page) if x)
        if text:
            embed.set_footer(text=text)
        embeds.append(embed)
    if answer.picture is not None:
        show_image(embeds, answer.picture.filename)
    return embeds


def show_image(pages: list[discord.Embed], filename: str) -> None:
    """Show the message's attachment `filename` as the image of every page."""
    for page in pages:
        page.set_image(url=f"attachment://{filename}")


def picture_file(answer: Answer) -> discord.File | None:
    """The answer's picture as a file to upload with it, described for screen readers."""
    if answer.picture is None:
        return None
    p = answer.picture
    return discord.File(io.BytesIO(p.png), p.filename, description=p.description)


def single_embed(answer: Answer) -> discord.Embed:
    """One embed for a message that cannot page (it carries other buttons, or is a post)."""
    return answer_pages(answer, paginate=False)[0]
