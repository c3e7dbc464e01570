"""`make eval`: read a corpus of articles and score the reader against what they report.

    python -m bench.eval [CORPUS_DIR ...] [--output FILE] [--quiet]

A corpus folder holds one JSON file per article (format: tests/reading/corpus/FORMAT.md). The
lookup is the bot's own: data/registry.json loaded into a temporary SQLite database the way the
bot loads it, with the real name index. Scoring (per article, per language, in total):

- moves right: an expected move matched one to one by a proposal with the same person, kind,
  destination lineage and season (a person the registry lacks must come out as a new person of
  that name; a destination the registry lacks, as a new team of that name);
- precision: proposals matching an expected move / all proposals; a proposal for a `reject`
  person is a false positive, also counted on its own;
- field accuracy of the matched moves: status, credit, journalist, contract_end (exact).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.domain.names import fold
from bot.domain.outlets import outlet_by_name
from bot.domain.reading import Proposal, read_article

ROOT = Path(__file__).resolve().parents[1]
# The shared corpus beside the repository; on a clean clone, the copy kept in the tests.
SHARED_CORPUS = ROOT.parent / "shared" / "articles" / "dev"
DEFAULT_CORPUS = SHARED_CORPUS if SHARED_CORPUS.is_dir() else ROOT / "tests" / "reading" / "corpus"
DEFAULT_OUTPUT = ROOT / "bench" / "eval-results.json"
FIELDS = ("status", "credit", "journalist", "contract_end")


@dataclass
class Registry:
    """What the scorer needs to know about the registry's people and teams."""

    person_names: dict[int, str]
    team_lineage: dict[int, str]  # team id -> lineage key
    lineages_named: dict[str, set[str]]  # folded name -> lineage keys that carried it

    def lineages(self, name: str | None) -> set[str] | None:
        if name is None:
            return None
        return self.lineages_named.get(fold(name), {"new:" + fold(name)})


def load_registry(db_path: Path) -> Registry:
    conn = sqlite3.connect(db_path)
    try:
        people = {pid: name for pid, name in conn.execute("SELECT id, name FROM person")}
        teams = {tid: key for tid, key in conn.execute("SELECT id, key FROM team")}
        named: dict[str, set[str]] = defaultdict(set)
        for tid, name in conn.execute("SELECT team_id, name FROM team_name"):
            named[fold(name)].add(teams[tid])
    finally:
        conn.close()
    return Registry(people, teams, dict(named))


async def open_lookup(workdir: Path) -> tuple[Any, Path]:
    """The bot's lookup over the bundled data, in a fresh database under `workdir`."""
    from bot.services.directory import Directory
    from bot.services.reading_lookup import ReaderLookup
    from bot.storage.db import Database
    from bot.storage.loader import load_bundled

    path = workdir / "eval.sqlite3"
    db = await Database.open(path)
    await asyncio.to_thread(load_bundled, path, ROOT / "data")
    directory = await Directory.build(db)
    await db.close()
    return ReaderLookup(directory, None), path


@dataclass
class Score:
    expected: int = 0
    matched: int = 0
    proposals: int = 0
    good: int = 0
    rejects: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.matched += other.matched
        self.proposals += other.proposals
        self.good += other.good
        self.rejects += other.rejects
        for f in FIELDS:
            self.fields[f][0] += other.fields[f][0]
            self.fields[f][1] += other.fields[f][1]

    def as_dict(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float | None:
            return round(100 * a / b, 1) if b else None

        return {
            "expected": self.expected,
            "moves_right": self.matched,
            "moves_right_pct": pct(self.matched, self.expected),
            "proposals": self.proposals,
            "precision_pct": pct(self.good, self.proposals),
            "reject_false_positives": self.rejects,
            **{f"{f}_right_pct": pct(*self.fields[f]) for f in FIELDS},
            **{f"{f}_right": self.fields[f][0] for f in FIELDS},
        }


def _person_key(reg: Registry, p: Proposal) -> str:
    name = reg.person_names.get(p.person.ref.id) if p.person.ref else p.person.name
    return fold(name or p.person.name)


def _to_lineage(reg: Registry, p: Proposal) -> str | None:
    if p.to_team is None:
        return None
    if p.to_team.ref is not None:
        return reg.team_lineage.get(p.to_team.ref.id)
    named = reg.lineages_named.get(fold(p.to_team.name), {"new:" + fold(p.to_team.name)})
    return min(named)  # never pop: the set is the registry's


def _matches(reg: Registry, exp: dict[str, Any], p: Proposal) -> bool:
    if fold(exp["person"]) != _person_key(reg, p) or exp["kind"] != p.kind.value:
        return False
    if exp["season"] != p.season:
        return False
    want = reg.lineages(exp.get("to_team"))
    got = _to_lineage(reg, p)
    if want is None or got is None:
        return want is None and got is None
    return got in want


def _field(exp: dict[str, Any], p: Proposal, name: str) -> bool:
    got: Any = p.status.value if name == "status" else getattr(p, name)
    want = exp.get(name)
    if isinstance(want, str) and isinstance(got, str):
        return fold(want) == fold(got) or (name == "credit" and _same_outlet(want, got))
    return bool(want == got)


def _same_outlet(a: str, b: str) -> bool:
    """ "Het Laatste Nieuws" and "HLN" credit the same paper: the outlets table knows both."""
    known = outlet_by_name(a)
    return known is not None and known is outlet_by_name(b)


def score_article(
    reg: Registry, article: dict[str, Any], proposals: list[Proposal]
) -> tuple[Score, list[str]]:
    score = Score(expected=len(article["expect"]), proposals=len(proposals))
    notes: list[str] = []
    free = list(range(len(proposals)))
    for exp in article["expect"]:
        hit = next((i for i in free if _matches(reg, exp, proposals[i])), None)
        if hit is None:
            notes.append(
                f"  MISSED {exp['person']} {exp['kind']} -> {exp.get('to_team')} {exp['season']}"
            )
            continue
        free.remove(hit)
        score.matched += 1
        for f in FIELDS:
            ok = _field(exp, proposals[hit], f)
            score.fields[f][0] += ok
            score.fields[f][1] += 1
            if not ok:
                got = getattr(proposals[hit], f)
                notes.append(
                    f"  FIELD {exp['person']} {f}: want {exp.get(f)!r} got {getattr(got, 'value', got)!r}"
                )
    score.good = score.proposals - len(free)
    rejects = {fold(r["person"]) for r in article.get("reject", [])}
    for i in free:
        p = proposals[i]
        is_reject = _person_key(reg, p) in rejects
        score.rejects += is_reject
        to = p.to_team.name if p.to_team else None
        notes.append(
            f"  EXTRA{' (REJECT)' if is_reject else ''} {p.person.name} {p.kind.value} -> {to} {p.season} [{p.status.value}]"
        )
    return score, notes


def evaluate(corpora: list[Path], lookup: Any, reg: Registry, quiet: bool) -> dict[str, Any]:
    total, per_lang = Score(), defaultdict(Score)
    articles: list[dict[str, Any]] = []
    timings: list[float] = []
    for path in sorted(p for corpus in corpora for p in corpus.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        t = time.perf_counter()
        reading = read_article(
            article["text"],
            url=article.get("url"),
            published=date.fromisoformat(article["published"]),
            lookup=lookup,
        )
        timings.append(time.perf_counter() - t)
        score, notes = score_article(reg, article, list(reading.proposals))
        total.add(score)
        per_lang[article["language"]].add(score)
        row = {"id": article["id"], "language": article["language"], **score.as_dict()}
        articles.append(row)
        if not quiet:
            print(
                f"{article['id']:<48} {article['language']}  moves {score.matched}/{score.expected}  precision {score.good}/{score.proposals}"
            )
            for note in notes:
                print(note)
    return {
        "total": total.as_dict(),
        "per_language": {k: v.as_dict() for k, v in sorted(per_lang.items())},
        "articles": articles,
        "read_ms_mean": round(1000 * sum(timings) / max(1, len(timings)), 2),
    }


def _line(name: str, s: dict[str, Any]) -> str:
    def f(key: str) -> str:
        v = s.get(key)
        return "  -  " if v is None else f"{v:5.1f}"

    return (
        f"{name:<8} moves {s['moves_right']:>3}/{s['expected']:<3} {f('moves_right_pct')}%  "
        f"precision {f('precision_pct')}% ({s['proposals']} proposed, {s['reject_false_positives']} rejects)  "
        f"status {f('status_right_pct')}  credit {f('credit_right_pct')}  journalist {f('journalist_right_pct')}  "
        f"contract_end {f('contract_end_right_pct')}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.eval", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "corpus", nargs="*", type=Path, help=f"corpus folder(s) (default {DEFAULT_CORPUS})"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--quiet", action="store_true", help="only the totals")
    args = parser.parse_args(argv)
    corpora = args.corpus or [DEFAULT_CORPUS]
    missing = [c for c in corpora if not c.is_dir()]
    if missing:
        print(f"no such corpus folder: {', '.join(map(str, missing))}")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        lookup, db_path = asyncio.run(open_lookup(Path(tmp)))
        reg = load_registry(db_path)
        result = evaluate(corpora, lookup, reg, args.quiet)
    print()
    for lang, s in result["per_language"].items():
        print(_line(lang, s))
    print(_line("total", result["total"]))
    result["corpora"] = [str(c) for c in corpora]
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
