"""Stage 6: who each trigger is about, and what kind of move it makes them.

- In a relative clause (", who has postponed his retirement"), the name before the comma.
- After "the signing of", "welcomes", or when a team stands before the trigger with a name after
  it ("Tudor signs Marc Hirschi"), the names after the trigger, with those joined to them.
- Otherwise the nearest name before the trigger in its clause that is not the object of a
  preposition ("beat X", "with X"), with the names joined to it ("X, 36, and Y have signed").
- With no name, a pronoun or a description ("he", "the Dane", "le Français") means the person the
  text is about; in a Q&A answer, "I" means the interviewee; in Italian and Spanish, which drop
  the subject, the person the text is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.domain.models import ClaimKind
from bot.domain.reading import clauses
from bot.domain.reading.records import (
    Document,
    Draft,
    LineKind,
    Mention,
    Trigger,
    TriggerClass,
    Who,
)
from bot.domain.reading.vocab import Compiled

T = TriggerClass
_PRO_DROP = frozenset({"it", "es"})
_COORD = re.compile(
    r"^(?:\s*,\s*(?:\d+\s*,\s*)?(?:(?:and|en|et|e|ed|y)\s+)?|\s+(?:and|&|en|et|e|ed|y|as well as|ainsi que|oltre a|asi como|evenals)\s+)"
    r"(?:(?:that|celle|celui|quella|quello|la|die) (?:of|de|di|van)\s+)?(?:l')?(?:[\w'-]+\s+){0,2}$"
)
_KIND_ORDER = (
    (T.POSTPONE, ClaimKind.RETIREMENT_POSTPONED),
    (T.COMEBACK, ClaimKind.COMEBACK),
    (T.EXTEND, ClaimKind.CONTRACT_EXTENSION),
    (T.RETIRE, ClaimKind.RETIREMENT),
)
_MOVING = frozenset({T.MOVE, T.SIGNING, T.SAME, T.STAFF})


def person_like(m: Mention) -> bool:
    return m.who is not None and not (m.kind is None and m.article_before)


def assign(
    doc: Document,
    mentions: list[Mention],
    triggers: list[Trigger],
    compiled: Compiled,
    skip: set[int],
) -> list[Draft]:
    """A draft per person and sentence with the kind its triggers make."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    hits: dict[tuple[str, int], list[tuple[Trigger, Who, Mention | None]]] = {}
    topics: list[Mention] = []  # names that were the subject of a trigger so far
    for t in triggers:
        if t.sentence in skip or t.background:
            continue
        s = doc.sentences[t.sentence]
        ms = by_sentence.get(t.sentence, [])
        parts = clauses.split(doc, s, ms, compiled)
        for who, mention in _subjects(doc, t, ms, mentions, parts, compiled, topics):
            hits.setdefault((who.key, t.sentence), []).append((t, who, mention))
            if mention is not None:
                topics.append(mention)
    drafts = [_draft(doc, group, compiled) for group in hits.values()]
    return [d for d in drafts if d is not None]


def _subjects(
    doc: Document,
    t: Trigger,
    ms: list[Mention],
    everyone: list[Mention],
    parts: clauses.Clauses,
    compiled: Compiled,
    topics: list[Mention],
) -> list[tuple[Who, Mention | None]]:
    rel = parts.relative_of(t.start)
    if rel is not None:
        if t.narrative:
            return []
        if rel.antecedent is None:  # "De 40-jarige Belg, die ...": the description's person
            lead = doc.folded[doc.sentences[t.sentence].start : rel.start]
            who = (
                _implicit(doc, t, rel.start, everyone, compiled, topics)
                if _describes(compiled, lead)
                else None
            )
            return [(who, None)] if who is not None else []
        if not person_like(rel.antecedent):
            return []
        return [(rel.antecedent.who, rel.antecedent)]  # type: ignore[list-item]
    start, end = parts.clause_of(t.start)
    inside = [m for m in ms if start <= m.start < end and parts.relative_of(m.start) is None]
    if t.cls is T.SIGNING or _team_first(doc, inside, t, start, compiled):
        objects = _objects(doc, inside, t)
        if objects or t.cls is T.SIGNING:
            return [(m.who, m) for m in objects if m.who is not None]
    before = [
        m
        for m in inside
        if m.end <= t.start and person_like(m) and _subject_like(doc, m, start, compiled)
    ]
    if before:
        return [(m.who, m) for m in _coordinated(doc, before[-1], inside, t) if m.who is not None]
    teams = [m for m in inside if m.end <= t.start and m.team is not None and m.kind is not None]
    subject_team = next(
        (m for m in reversed(teams) if _subject_like(doc, m, start, compiled)), None
    )
    if subject_team is not None and not _describes(
        compiled, doc.folded[subject_team.end : t.start]
    ):
        return []  # "La Bora-hansgrohe rinnova lo staff": the team is the subject
    who = _implicit(doc, t, start, everyone, compiled, topics)
    if who is not None:
        return [(who, None)]  # mention None: the subject is implicit
    denier = _denier(doc, t, ms, compiled)
    if denier is not None:
        return [(denier.who, denier)]  # type: ignore[list-item]
    after = next((m for m in inside if m.start >= t.end), None)
    if after is not None and person_like(after) and not doc.text[t.end : after.start].strip():
        return [(after.who, after)]  # type: ignore[list-item]  # "Na vijf jaar verlaat X de ploeg"
    return []


def _denier(doc: Document, t: Trigger, ms: list[Mention], compiled: Compiled) -> Mention | None:
    """ "Asked about a comeback, X denied it": a move named without a subject belongs to the
    person who denies it in the same sentence."""
    pattern = compiled.patterns.get("deny_cue")
    if t.cls is T.DENY or pattern is None:
        return None
    s = doc.sentences[t.sentence]
    deny = pattern.search(doc.folded, t.end, s.end)
    if deny is None:
        return None
    before = [m for m in ms if t.end <= m.start < deny.start() and person_like(m)]
    return before[-1] if before and _subject_like(doc, before[-1], s.start, compiled) else None


def _team_first(
    doc: Document, inside: list[Mention], t: Trigger, clause_start: int, compiled: Compiled
) -> bool:
    """A team is the subject before the trigger and a person follows it: the team signs them."""
    before = [m for m in inside if m.end <= t.start]
    after = [m for m in inside if m.start >= t.end and person_like(m)]
    if not (before and after and before[-1].team is not None and before[-1].kind is not None):
        return False
    team = before[-1]
    between = doc.folded[team.end : t.start]
    if compiled.pronouns is not None and compiled.pronouns.search(between):
        return False  # "at Astana he would join": he is the subject
    return _subject_like(doc, team, clause_start, compiled)


def _objects(doc: Document, inside: list[Mention], t: Trigger) -> list[Mention]:
    after = [m for m in inside if m.start >= t.end]
    first = next((m for m in after if person_like(m)), None)
    if first is None:
        return []
    out = [first]
    for m in after[after.index(first) + 1 :]:
        gap = doc.folded[out[-1].end : m.start]
        if not person_like(m) or not _COORD.match(gap):
            break
        out.append(m)
    return out


def _subject_like(doc: Document, m: Mention, clause_start: int, compiled: Compiled) -> bool:
    """Not the object of a preposition or verb ("with X", "beat X", "teammate of X")."""
    before = doc.folded[max(clause_start, m.start - 40) : m.start].rstrip()
    cues = compiled.object_cues
    if cues is None or not before or before.endswith(","):
        return True  # "Selon X, de Y, Z a signé": after a comma a new phrase starts
    # "with X", and "with compatriot X": a cue right before the name or one word before it
    shorter = before.rsplit(" ", 1)[0] if " " in before else ""
    return not any(
        x.end() == len(text) for text in (before, shorter) if text for x in cues.finditer(text)
    )


def _coordinated(
    doc: Document, subject: Mention, inside: list[Mention], t: Trigger
) -> list[Mention]:
    """The subject with the names joined to it: "X, 36, and Y, 37, have both signed"."""
    out = [subject]
    for m in inside:
        if m.start <= subject.start or m.end > t.start:
            continue
        if not person_like(m) or not _COORD.match(doc.folded[out[-1].end : m.start]):
            break
        out.append(m)
    for m in reversed([x for x in inside if x.end <= subject.start]):
        if not person_like(m) or not _COORD.match(doc.folded[m.end : out[0].start]):
            break
        out.insert(0, m)
    return out


def _describes(compiled: Compiled, text: str) -> bool:
    return any(p is not None and p.search(text) for p in (compiled.pronouns, compiled.descriptors))


def _implicit(
    doc: Document,
    t: Trigger,
    clause_start: int,
    everyone: list[Mention],
    compiled: Compiled,
    topics: list[Mention],
) -> Who | None:
    """A pronoun, a description, "I" in an answer, or a dropped subject: the salient person."""
    s = doc.sentences[t.sentence]
    text = doc.folded[clause_start : t.start]
    speaker = _speaker(doc, t, everyone, compiled)
    if speaker is not None:
        return speaker
    if s.kind is LineKind.ANSWER:
        first = compiled.first_person
        if first is None or first.search(text) or not text.strip() or doc.language in _PRO_DROP:
            return interviewee(doc, everyone)
    roles = compiled.staff_roles
    if roles is not None and roles.search(text) and not _describes_rider(compiled, text):
        return None  # "the team manager says ...": someone unnamed who does not move
    if _describes(compiled, text) or doc.language in _PRO_DROP or _subjectless(text):
        return salient(doc, everyone, t.start, compiled, topics)
    return None


def _describes_rider(compiled: Compiled, text: str) -> bool:
    return compiled.pronouns is not None and bool(compiled.pronouns.search(text))


def _speaker(doc: Document, t: Trigger, everyone: list[Mention], compiled: Compiled) -> Who | None:
    """ "I will ride for X next year," Y said: "I" in a quote is the one quoted."""
    s = doc.sentences[t.sentence]
    quotes = [i for i in range(s.start, s.end) if doc.plain[i] == '"']
    inside = [(a, b) for a, b in zip(quotes[::2], quotes[1::2], strict=False) if a < t.start < b]
    first = compiled.first_person
    if not inside or first is None or not first.search(doc.folded, inside[0][0], t.start):
        return None
    a, b = inside[0]
    outside = [
        m for m in everyone if m.sentence == s.index and not a < m.start < b and person_like(m)
    ]
    return outside[0].who if outside else None


def _subjectless(text: str) -> bool:
    """The clause goes straight to its verb: "will join at the start of next season"."""
    return not text.strip() or bool(
        re.fullmatch(r"\s*(?:and|but|then|en|et|e|y)?\s*(?:will|would|has|had|is|was|to)?\s*", text)
    )


def salient(
    doc: Document, everyone: list[Mention], pos: int, compiled: Compiled, topics: list[Mention]
) -> Who | None:
    """The person the text is about at `pos`: the latest name that is a subject (or was the
    subject of a move), else the headline's."""
    sentence = next((s for s in doc.sentences if s.start <= pos < s.end), None)
    for m in reversed(everyone):
        if m.start >= pos or not person_like(m):
            continue
        if sentence is not None and sentence.index - m.sentence > 4:
            break
        if m in topics or _subject_like(doc, m, doc.sentences[m.sentence].start, compiled):
            return m.who
    head = [
        m
        for m in everyone
        if person_like(m) and doc.sentences[m.sentence].kind is LineKind.HEADLINE
    ]
    return head[0].who if head else None


def interviewee(doc: Document, everyone: list[Mention]) -> Who | None:
    """The person named in the headline, else the first person named."""
    people = [m for m in everyone if person_like(m)]
    head = [m for m in people if doc.sentences[m.sentence].kind is LineKind.HEADLINE]
    pick = head[0] if head else (people[0] if people else None)
    return pick.who if pick else None


def _draft(
    doc: Document, group: list[tuple[Trigger, Who, Mention | None]], compiled: Compiled
) -> Draft | None:
    triggers = [t for t, _, _ in group]
    who = group[0][1]
    mention = next((m for _, _, m in group if m is not None), None)
    classes = {t.cls for t in triggers if not (t.negated and t.cls in (T.MOVE, T.SIGNING))}
    negated_move = any(t.negated and t.cls in (T.MOVE, T.SIGNING) for t in triggers)
    kind, main = _kind(classes, triggers, negated_move)
    if kind is None or main is None:
        return None
    staff = T.STAFF in classes or bool(mention and mention.role_staff)
    staff = staff or _as_staff(doc, compiled, main)
    if kind is ClaimKind.TRANSFER and staff:
        kind = ClaimKind.STAFF_MOVE
    s = doc.sentences[main.sentence]
    draft = Draft(who, kind, main.sentence, main.start, trigger=main)
    draft.own_triggers = tuple(t.start for t in triggers)
    draft.headline = s.kind is LineKind.HEADLINE
    draft.staff = staff
    draft.denied = T.DENY in classes or negated_move
    draft.inherit = T.SAME in classes or _says_also(doc, compiled, s.start, main.start)
    draft.nationality = mention.nationality if mention else None
    draft.implicit = mention is None
    return draft


def _kind(
    classes: set[TriggerClass], triggers: Iterable[Trigger], negated_move: bool
) -> tuple[ClaimKind | None, Trigger | None]:
    ordered = sorted(triggers, key=lambda t: t.start)
    for cls, kind in _KIND_ORDER:
        if cls in classes:
            return kind, next(t for t in ordered if t.cls is cls)
    if T.STAY in classes and T.DENY not in classes:
        return None, None
    moving = [t for t in ordered if t.cls in _MOVING]
    if moving:
        return ClaimKind.TRANSFER, moving[0]
    if negated_move:  # "will not join X"
        return ClaimKind.TRANSFER, ordered[0]
    return None, None  # the one who denies is not the one who moves


def _as_staff(doc: Document, compiled: Compiled, t: Trigger) -> bool:
    """ "joins as sports director": the trigger's clause gives the person a staff role."""
    s = doc.sentences[t.sentence]
    pattern = compiled.staff_as
    return bool(pattern is not None and pattern.search(doc.folded, t.start, s.end))


def _says_also(doc: Document, compiled: Compiled, start: int, pos: int) -> bool:
    return bool(compiled.also and compiled.also.search(doc.folded, start, pos + 40))
