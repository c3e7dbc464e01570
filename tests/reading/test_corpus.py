"""Regression floors on the article corpora, read with the bot's own lookup over the bundled data.

tests/reading/corpus holds the 30 dev articles written for this project (shared corpus, copied
so the floor runs on a clean clone); tests/reading/holdout .. holdout4 hold 67 of our own, each
written before a round of tuning (see docs/reading.md); tests/reading/blind the sets of rounds 7 and 8. The full figures come from
`make eval`; these only catch regressions.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bench.eval import Score, load_registry, score_article
from bot.domain.reading import read_article
from bot.services.directory import Directory
from bot.services.reading_lookup import ReaderLookup
from bot.storage.db import Database

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
async def lookup(bundled_db: Path) -> ReaderLookup:
    db = await Database.open(bundled_db)
    try:
        directory = await Directory.build(db)
    finally:
        await db.close()
    return ReaderLookup(directory, None)


def score(folder: Path, lookup: ReaderLookup, db_path: Path) -> Score:
    reg = load_registry(db_path)
    total = Score()
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        reading = read_article(
            article["text"], url=article["url"], published=date.fromisoformat(article["published"]),
            lookup=lookup,
        )  # fmt: skip
        total.add(score_article(reg, article, list(reading.proposals))[0])
    return total


@pytest.mark.parametrize(
    ("folder", "moves", "precision", "rejects"),
    [
        ("corpus", 95, 95, 0),
        ("holdout", 90, 95, 0),
        ("holdout2", 90, 95, 0),
        ("holdout3", 90, 95, 0),
        ("holdout4", 90, 95, 0),  # developed on in round 4 (its honest first reading: 51.9 / 77.8)
        # round 7's blind sets (tests/reading/blind/README.md has their first readings); m-18
        # still reads a retirement told as another rider's background (docs/reading.md)
        ("blind/h", 90, 95, 0),
        ("blind/i", 90, 95, 0),
        ("blind/l", 90, 95, 0),
        ("blind/m", 90, 95, 1),
        ("blind/p", 90, 95, 0),
        ("blind/q", 90, 95, 0),
        # developed on only after they were measured, or measured only: floors a little under
        # what the round ended on, to catch regressions, not to claim a target
        ("blind/j", 68, 73, 4),
        ("blind/k", 90, 90, 0),
        ("blind/n", 82, 76, 0),
        ("blind/o", 90, 90, 0),
        ("blind/r", 90, 90, 0),
        ("blind/s", 90, 88, 0),
        ("blind/t", 85, 78, 2),
        ("blind/u", 90, 80, 3),
        # round 8's sets: v-y developed on in wave 1, z and aa measured after it and developed
        # on in wave 2; ab and ac never opened (their floors sit under the honest figure)
        ("blind/v", 95, 93, 0),
        ("blind/w", 95, 95, 0),
        ("blind/x", 95, 90, 1),
        ("blind/y", 95, 95, 0),
        ("blind/z", 95, 95, 0),
        ("blind/aa", 95, 95, 0),
        ("blind/ab", 74, 70, 0),
        ("blind/ac", 88, 70, 7),
    ],
)
async def test_reader_floor(
    folder: str,
    moves: float,
    precision: float,
    rejects: int,
    lookup: ReaderLookup,
    bundled_db: Path,
) -> None:
    result = score(HERE / folder, lookup, bundled_db).as_dict()
    assert result["moves_right_pct"] >= moves, result
    assert result["precision_pct"] >= precision, result
    assert result["reject_false_positives"] <= rejects, result


def test_every_corpus_article_names_registry_people_or_says_they_are_new() -> None:
    people = {
        p["name"]
        for p in json.loads((HERE.parents[1] / "data" / "registry.json").read_text())["people"]
    }
    # the holdouts' people the registry lacks (they must come out as new people)
    new_people = {"Rod Ellingworth", "Cian Uijtdebroeks", "Filippo Zana"}
    blind = [f"blind/{p.name}" for p in (HERE / "blind").iterdir() if p.is_dir()]
    for folder in ("corpus", "holdout", "holdout2", "holdout3", "holdout4", *blind):
        for path in (HERE / folder).glob("*.json"):
            article = json.loads(path.read_text(encoding="utf-8"))
            for move in article["expect"]:
                assert move["person"] in people | new_people, (path.name, move["person"])


def test_the_scorer_counts_an_outlet_by_another_of_its_names_as_the_same_credit() -> None:
    from bench.eval import _field
    from bot.domain.models import ClaimKind, Status
    from bot.domain.reading.records import PersonPick, Proposal, SeasonBasis

    def credited(outlet: str) -> Proposal:
        return Proposal(
            PersonPick("Arnaud De Lie", None), ClaimKind.TRANSFER, None, None, 2027,
            SeasonBasis.TEXT, None, Status.REPORTED, outlet, None, True, "",
        )  # fmt: skip

    assert _field({"credit": "Het Laatste Nieuws"}, credited("HLN"), "credit")
    assert _field({"credit": "la gazzetta"}, credited("La Gazzetta dello Sport"), "credit")
    assert not _field({"credit": "Het Nieuwsblad"}, credited("HLN"), "credit")
    assert not _field({"credit": "Some Blog"}, credited("Another Blog"), "credit")
