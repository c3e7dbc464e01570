"""Answers as Discord embeds, split into pages that respect every embed limit."""

from __future__ import annotations

import discord

from bot.domain.answer import Answer, Section, Tone
from bot.domain.text import shorten

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


def _page_sections(sections: tuple[Section, ...], fixed: int) -> list[list[Section]]:
    pages: list[list[Section]] = [[]]
    size = fixed
    for s in sections:
        cost = len(s.name[:FIELD_NAME_MAX]) + len(s.value[:FIELD_VALUE_MAX])
        if pages[-1] and (len(pages[-1]) >= FIELDS_PER_PAGE or size + cost > PAGE_BUDGET):
            pages.append([])
            size = fixed
        pages[-1].append(s)
        size += cost
    return pages


def answer_pages(answer: Answer) -> list[discord.Embed]:
    """Render an answer as one embed per page."""
    title = shorten(answer.title, TITLE_MAX)
    description = shorten(answer.description, DESCRIPTION_MAX)
    footer = shorten(answer.footer or "", FOOTER_MAX - 20)
    fixed = len(title) + len(description) + len(footer) + 20
    groups = _page_sections(answer.sections, fixed)
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
    return embeds
