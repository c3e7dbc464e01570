#!/usr/bin/env python3
"""Refresh the bundled Wikidata snapshot (for a maintainer with internet access).

    python scripts/refresh_wikidata.py [--since 2010] [--out data/wikidata/registry.json.gz]

Reads WIKIDATA_CONTACT (and WIKIDATA_SPARQL_URL / WIKIDATA_API_URL) from the environment or
.env, like the bot. Lists the team seasons of the first two tiers, men and women, from --since
on (the same queries as `python -m bot sync wikidata`), fetches them, their teams, their people
and the countries and occupations those name, keeps of each entity only what Mercato reads
(`slim_entity`: no images, no race results) and writes them in the JSON dump layout, gzipped
with a fixed timestamp so that the same data gives the same bytes. The snapshot section of
data/ATTRIBUTION.md is rewritten with the date and the counts (Wikidata is CC0; attribution is
given as a courtesy and for provenance).

The bot loads a new or changed snapshot on its next start, through the same merge as
`python -m bot import`; until a snapshot exists, the bundled registry stays as it is.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import ConfigError, Settings, load_settings  # noqa: E402
from bot.domain.wikidata.reader import slim_entity  # noqa: E402
from bot.domain.wikidata.vocabulary import SYNC_CLASSES  # noqa: E402
from bot.sources.wikidata import (  # noqa: E402
    BATCH,
    WikidataClient,
    WikidataError,
    list_members,
    list_team_seasons,
    user_agent,
)

DEFAULT_OUT = ROOT / "data" / "wikidata" / "registry.json.gz"
ATTRIBUTION = ROOT / "data" / "ATTRIBUTION.md"
START, END = "<!-- wikidata-snapshot:start -->", "<!-- wikidata-snapshot:end -->"


def _named_terms(entity: dict[str, Any]) -> set[str]:
    """The countries (P27), occupations (P106) and membership roles (P54's P2868) it names."""
    found = set()
    claims = entity.get("claims")
    claims = claims if isinstance(claims, dict) else {}
    snaks = [st.get("mainsnak") for prop in ("P27", "P106") for st in claims.get(prop, [])]
    snaks += [q for st in claims.get("P54", []) for q in st.get("qualifiers", {}).get("P2868", [])]
    for snak in snaks:
        value = (snak or {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            found.add(value["id"])
    return found


class Writer:
    """Entity lines in the dump layout: '[', one entity per line, ']'."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0
        stream.write(b"[\n")

    def add(self, entities: list[dict[str, Any]]) -> None:
        for entity in entities:
            if "missing" in entity:
                continue
            line = json.dumps(slim_entity(entity), ensure_ascii=False, separators=(",", ":"))
            self.stream.write((",\n" if self.count else "").encode() + line.encode())
            self.count += 1

    def close(self) -> None:
        self.stream.write(b"\n]\n")


async def fetch_all(client: WikidataClient, ids: list[str], writer: Writer, label: str) -> set[str]:
    """Fetch and write `ids`; return the countries and occupations they name."""
    terms: set[str] = set()
    for start in range(0, len(ids), BATCH):
        entities = await client.entity_json(ids[start : start + BATCH])
        writer.add(entities)
        for entity in entities:
            terms |= _named_terms(entity)
        print(f"\r{label}: {min(start + BATCH, len(ids))}/{len(ids)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return terms


async def refresh(settings: Settings, since: int, out: Path) -> dict[str, int]:
    contact = settings.require_wikidata_contact()
    async with WikidataClient(
        sparql_url=settings.wikidata_sparql_url,
        api_url=settings.wikidata_api_url,
        user_agent=user_agent(contact),
    ) as client:
        pairs = await list_team_seasons(client, since)
        seasons = sorted({s for s, _ in pairs}, key=lambda q: int(q[1:]))
        teams = sorted({t for _, t in pairs}, key=lambda q: int(q[1:]))
        people = sorted(await list_members(client, seasons), key=lambda q: int(q[1:]))
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        with (
            tmp.open("wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz,
        ):
            writer = Writer(gz)
            await fetch_all(client, teams + seasons, writer, "teams and seasons")
            named = await fetch_all(client, people, writer, "people")
            known = set(teams) | set(seasons) | set(people)
            terms = sorted((named - known), key=lambda q: int(q[1:]))
            await fetch_all(client, terms, writer, "countries and occupations")
            writer.close()
        tmp.replace(out)
    return {
        "teams": len(teams),
        "seasons": len(seasons),
        "people": len(people),
        "terms": len(terms),
    }


def attribution(counts: dict[str, int], since: int, out: Path, when: datetime) -> str:
    rel = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    classes = ", ".join(SYNC_CLASSES)
    return (
        f"{START}\n"
        f"- File: `{rel.as_posix()}`, retrieved from Wikidata on {when:%Y-%m-%d} "
        f"({when:%H:%M} UTC) by `scripts/refresh_wikidata.py --since {since}`.\n"
        f"- Contents: {counts['seasons']} team seasons of {counts['teams']} teams (classes "
        f"{classes}), {counts['people']} people, {counts['terms']} countries and occupations; "
        "each entity trimmed to its labels, aliases and the statements Mercato reads.\n"
        "- Licence: Wikidata's structured data is CC0 1.0 (public domain dedication); no "
        "attribution is required, we give it for provenance. No images are fetched or shipped.\n"
        f"{END}"
    )


def write_attribution(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if pattern.search(text) is None:
        raise SystemExit(f"{path}: the {START} ... {END} section is missing")
    path.write_text(pattern.sub(lambda _: block, text), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--since", type=int, default=None, help="first season (default WIKIDATA_SINCE)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--attribution", type=Path, default=ATTRIBUTION)
    args = p.parse_args(argv)
    try:
        settings = load_settings()
        since = args.since or settings.wikidata_since
        counts = asyncio.run(refresh(settings, since, args.out))
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except WikidataError as exc:
        print(f"wikidata error: {exc}", file=sys.stderr)
        return 4
    write_attribution(args.attribution, attribution(counts, since, args.out, datetime.now(UTC)))
    print(f"wrote {args.out}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
