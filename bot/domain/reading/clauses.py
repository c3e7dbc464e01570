"""Where clauses start and end in a sentence, and which name a relative clause is about.

Shared by the subject, team, season and status stages: a move's words are looked for in its
clause first. Clauses end at ; : and spaced dashes; a relative clause (", who ...", ", qui ...",
", che ...") runs to the next comma and is about the name right before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.reading.records import Document, Mention, Sentence
from bot.domain.reading.vocab import Compiled

_CLAUSE_END = re.compile(r"[;:]\s|\s[-–—]\s|\(|\)")


@dataclass(frozen=True, slots=True)
class Relative:
    start: int  # the comma that opens it
    end: int
    antecedent: Mention | None


@dataclass(frozen=True, slots=True)
class Clauses:
    """The clause spans of one sentence and its relative clauses."""

    spans: tuple[tuple[int, int], ...]
    relatives: tuple[Relative, ...]

    def clause_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.spans:
            if start <= pos < end:
                return start, end
        return self.spans[-1] if self.spans else (pos, pos)

    def relative_of(self, pos: int) -> Relative | None:
        for r in self.relatives:
            if r.start <= pos < r.end:
                return r
        return None


def split(doc: Document, s: Sentence, mentions: list[Mention], compiled: Compiled) -> Clauses:
    """The clauses of sentence `s` (`mentions` are that sentence's, in order)."""
    spans, cur = [], s.start
    ends = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(doc.text, s.start, s.end)]
    if compiled.contrast is not None:  # ", while X moves to Y": a second move's own clause
        ends += [
            (m.start(), m.start() + 1)
            for m in compiled.contrast.finditer(doc.folded, s.start, s.end)
        ]
    ends += _second_subjects(doc, mentions)
    for a, b in sorted(ends):
        if a > cur:
            spans.append((cur, a))
        cur = max(cur, b)
    if cur < s.end:
        spans.append((cur, s.end))
    return Clauses(tuple(spans) or ((s.start, s.end),), _relatives(doc, s, mentions, compiled))


_AND = re.compile(r"\s+(?:and|y|e|ed|et|en)\s+$")


def _second_subjects(doc: Document, mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "A ficha por X y B renueva con Y": in a sentence that opens with a person, "and" and
    another person after a team open a second move's clause (its contract is not the first
    one's); "Cofidis signs A from X and B from Y" opens with the team: B is its object."""
    out: list[tuple[int, int]] = []
    if not mentions or mentions[0].who is None or mentions[0].kind is None:
        return out
    for i in range(2, len(mentions)):
        m, before = mentions[i], mentions[i - 1]
        if m.who is None or m.kind is None or before.team is None or before.kind is None:
            continue
        gap = _AND.fullmatch(doc.folded, before.end, m.start)
        if gap is not None and any(
            x.who is not None and x.kind is not None for x in mentions[: i - 1]
        ):
            out.append((gap.start(), gap.start() + 1))
    return out


def _relatives(
    doc: Document, s: Sentence, mentions: list[Mention], compiled: Compiled
) -> tuple[Relative, ...]:
    if compiled.relative is None:
        return ()
    out = []
    for m in re.finditer(r",\s*", doc.folded[s.start : s.end]):
        comma = s.start + m.start()
        after = s.start + m.end()
        word = compiled.relative.match(doc.folded, after) or _after_noun(doc, compiled, after)
        if word is None:
            continue
        end = doc.folded.find(",", word.end(), s.end)
        end = s.end if end < 0 else end
        antecedent = _antecedent(doc, mentions, comma)
        if antecedent is None and not _described(compiled, doc.folded[s.start : comma]):
            continue  # "announced, after the stage, that ...": a conjunction, not a relative
        out.append(Relative(comma, end, antecedent))
    return tuple(out)


# ", the team (to) which ...", ", el equipo al que ...": an apposition's noun, then its relative
_APPOSITION = re.compile(r"(?:the|el|la|le|il|lo|de|het) [a-z]+ (?:[a-z]+ )?(?=[a-z])")


def _after_noun(doc: Document, compiled: Compiled, at: int) -> re.Match[str] | None:
    """The relative pronoun after a short apposition ("the team he joined" has none)."""
    noun = _APPOSITION.match(doc.folded, at, at + 30)
    if noun is None or compiled.relative is None:
        return None
    return compiled.relative.match(doc.folded, noun.end())


def _described(compiled: Compiled, lead: str) -> bool:
    """The words before the comma hold a description of a person ("the 40-year-old Belgian")."""
    return any(p is not None and p.search(lead) for p in (compiled.pronouns, compiled.descriptors))


def _antecedent(doc: Document, mentions: list[Mention], comma: int) -> Mention | None:
    """The name a relative clause is about: right before its comma, or before an apposition
    ("Tony Gallopin, a former stage winner at the Tour, who ...")."""
    for x in reversed(mentions):
        if x.end > comma:
            continue
        if comma - x.end <= 2:
            return x
        between = doc.text[x.end : comma]
        if comma - x.end <= 100 and between.startswith(",") and between.count(",") == 1:
            return x if x.who is not None else None
        return None
    return None
