"""The reader: each stage in turn, and an error that names the stage and the article's hash."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from bot.domain.reading import attribution as attribution_stage
from bot.domain.reading import furniture, layouts, mentions, merge, seasons, status, subjects, teams
from bot.domain.reading import triggers as trigger_stage
from bot.domain.reading.clean import clean
from bot.domain.reading.records import Document, Lookup, Reading, ReadingFailed
from bot.domain.reading.text import folded, plain
from bot.domain.reading.vocab import detect, languages

R = TypeVar("R")


def digest(text: str) -> str:
    """A short hash of an article's text, for logs and error reports (the text is not kept)."""
    raw = text if isinstance(text, str) else ""
    return hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:12]


def read_article(
    text: str,
    *,
    url: str | None,
    published: date | None,
    lookup: Lookup,
    today: date | None = None,
) -> Reading:
    """Read an article: the moves it reports, with their seasons, status and sources.

    `published` is the article's date; without it seasons count from `today` and each proposal
    says so (`season_basis`). Raises ReadingFailed (stage and article hash) if a stage fails.
    """
    key = digest(text)

    def stage(name: str, fn: Callable[..., R], *args: object) -> R:
        try:
            return fn(*args)
        except ReadingFailed:
            raise
        except Exception as exc:
            raise ReadingFailed(name, key) from exc

    doc = stage("clean", _document, text, url, published, today, key)
    compiled = languages()[doc.language]
    resolver = mentions.Resolver(lookup)
    attribution = stage("attribution", attribution_stage.attribute, doc, lookup, compiled)
    found = stage("mentions", mentions.find_mentions, doc, resolver, attribution, compiled)
    listed = stage("layouts", layouts.read_layouts, doc, resolver, found)
    said = stage("triggers", trigger_stage.find_triggers, doc, compiled)
    drafts = stage("subjects", subjects.assign, doc, found, said, compiled, listed.consumed)
    drafts = listed.drafts + drafts
    stage("teams", teams.assign_teams, doc, found, drafts, compiled)
    stage("seasons", seasons.assign_seasons, doc, found, said, drafts, compiled)
    stage("status", status.assign_status, doc, found, said, drafts, attribution, compiled)
    hint = stage("seasons", seasons.round_up_year, doc, compiled)
    proposals = stage("merge", merge.merge, doc, drafts, found, attribution, hint)
    proposals = stage("merge", merge.lineages, proposals, resolver)
    ignored = sum(1 for line in doc.lines if line.kind.value == "furniture")
    return Reading(
        proposals=tuple(proposals),
        publisher=attribution.publisher,
        publisher_known=attribution.publisher_known,
        official_site=attribution.official_site,
        language=doc.language,
        ignored_lines=ignored,
        digest=key,
        date_known=doc.date_known,
    )


def _document(
    text: str, url: str | None, published: date | None, today: date | None, key: str
) -> Document:
    body = clean(text)
    fold = folded(body)
    lines = furniture.classify(body, fold)
    language = detect(fold)
    reference = published or today or date.today()
    return Document(
        text=body,
        plain=plain(body),
        folded=fold,
        lines=tuple(lines),
        sentences=tuple(furniture.sentences(body, lines)),
        language=language,
        published=reference,
        date_known=published is not None,
        url=url if isinstance(url, str) else None,
        digest=key,
    )
