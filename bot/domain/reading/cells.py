"""What the layouts share: a cell read as a person, a team or a contract's end, and a draft made
from a list's line (see `layouts` and `lists`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.domain.models import ClaimKind
from bot.domain.names import fold
from bot.domain.reading.mentions import Resolver, given_names_agree, new_who, who_of
from bot.domain.reading.records import Document, Draft, Line, LineKind, TeamPick, TriggerClass, Who
from bot.domain.reading.text import folded, squash
from bot.domain.reading.vocab import any_language, languages
from bot.domain.reading.vocab.shared import TEAM_WORDS

BULLET = re.compile(r"^\s*(?:[-+*•·▪►◦→←➝➔➜➡⬅✅❌➕➖]\ufe0f?|->|<-|=>|\d{1,2}[.)])\s+")
_NONE = re.compile(r"^[\s\-–—?/]*(?:\(.*\))?[\s\-–—?/]*$")
# "Sin equipo", "No team": a cell that says the rider had none (a return, not a team left)
_NO_TEAM = re.compile(
    r"^(?:no team|without (?:a )?team|unattached|zonder (?:ploeg|team)|geen ploeg|sans [ée]quipe|"
    r"senza squadra|sin equipo)$",
    re.IGNORECASE,
)
# "from", "to" and their kin in every language, before a team in a cell ("dalla UAE", "all'Astana")
_LEAD = re.compile(
    r"^(?:from|to|naar|van|de|du|des|da|dalla|dal|dallo|vers|chez|a|à|au|alla|al|allo|desde|del|"
    r"nach|von)\s+|^(?:d|dall|all|l)['’](?=\w)|^ex[- ](?=\w)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Layouts:
    drafts: list[Draft] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # sentences read here, not as prose


def without_lead_word(text: str) -> str:
    """A cell's team without the "from" or "to" word before it ("dalla UAE" -> "UAE")."""
    return _LEAD.sub("", text, count=1)


def first_char(doc: Document, line: Line) -> int:
    """Where a line's text starts after its bullet."""
    text = doc.text[line.start : line.end]
    return line.start + len(text) - len(BULLET.sub("", text).lstrip())


def label_value(doc: Document, start: int, end: int, field_name: str) -> tuple[str, int] | None:
    """The text after "From:" (any language's label) in [start, end), and where the label starts."""
    pattern = any_language(field_name)
    if pattern is None or ":" not in doc.text[start:end]:
        return None
    text = doc.folded[start:end]
    for m in re.finditer(r"(?:^|[\s(/|;,])([^\s:()/|;,][^:()/|;,]{0,20}?)\s*:\s*", text):
        if pattern.fullmatch(m.group(1).strip()):
            value_start = start + m.end()
            stop = re.search(r"\s*(?:[/|;]|\)|\(|$)", doc.text[value_start:end])
            value_end = value_start + (stop.start() if stop else end - value_start)
            return doc.text[value_start:value_end], start + m.start(1)
    return None


def is_label(field_name: str, text: str) -> bool:
    """`text` (folded) is one of the labels of `field_name` in some language."""
    pattern = any_language(field_name)
    return bool(pattern and text and pattern.fullmatch(text))


def person_cell(resolver: Resolver, raw: str) -> Who | None:
    name = squash(re.sub(r"\(.*?\)", "", raw)).strip(" *_`'\".,;:-–")
    if not name or len(name) > 60:
        return None
    hit = resolver.person(name)
    if hit is not None and hit.exact:
        return who_of(hit)
    words = name.split()
    if len(words) >= 2:
        surname = resolver.person(" ".join(words[1:]))
        if surname is not None and given_names_agree(fold(words[0]), fold(surname.name)):
            return who_of(surname)
        if all(w[:1].isupper() for w in words) and not any(fold(w) in TEAM_WORDS for w in words):
            # "Ewan: Lotto Dstny -> Jayco AlUla": a cell that names a known team is no new person
            return new_who(name) if resolver.team(name) is None else None
    return None


def team_cell(resolver: Resolver, raw: str | None) -> TeamPick | None:
    if raw is None:
        return None
    # "Netcompany INEOS (jusqu'en 2028)", "Cofidis, until 2027": the note is not the name.
    text = re.sub(r"\([^()]*\)?|\[[^\]]*\]?", " ", raw)
    note = until_note(text)
    if note is not None:
        text = text[: note[0]]
    text = squash(text).strip(" *_`'\".,;:–-")
    text = without_lead_word(text)
    if not text or _NONE.match(text) or _NO_TEAM.match(text) or len(text) > 80:
        return None
    hit = resolver.team(text)
    if hit is not None:
        return TeamPick(hit.name, hit.ref, text)
    if re.fullmatch(r"[A-Z]{3}", text):
        return None  # "Luca Bellandi (ITA)": a nationality's code, not a team
    cut = _DEAL_WORDS.search(text)
    head = resolver.team(text[: cut.start()]) if cut is not None else None
    if cut is not None and head is not None:
        # "Cofidis on a two-year deal": the team we know, the deal's words after it
        return TeamPick(head.name, head.ref, text[: cut.start()])
    return TeamPick(text, None) if text[:1].isupper() else None


# the words that open a deal's terms after a team's name in a list's cell, in every language
_DEAL_WORDS = re.compile(
    r"\s(?:on|for|until|with|as|after|sur|pour|jusqu|avec|per|fino|con|voor|tot|met|por|hasta"
    r"|para)\s"
)


def until_note(raw: str) -> tuple[int, int] | None:
    """(where it starts, the year) of a contract's end written in a list's cell, any language."""
    text = folded(raw)
    for c in languages().values():
        for pattern in c.grouped["year_until"]:
            m = pattern.search(text)
            if m is not None:
                return m.start(), int(m.group("y"))
    return None


def contract_in_note(raw: str | None) -> int | None:
    """A contract's end written beside a team: "Cofidis (until 2027)"."""
    note = until_note(raw) if raw else None
    return note[1] if note else None


def contract_in(raw: str | None) -> int | None:
    """A contract's last year in a cell: "2026", "until 2026", "(jusqu'en 2028)", "hasta 2024"."""
    if not raw:
        return None
    bare = re.fullmatch(r"\s*\(?\s*((?:19|20)\d\d)\s*\)?\s*", raw)
    if bare:
        return int(bare.group(1))
    note = until_note(raw)
    return note[1] if note else None


def is_renewal(raw: str) -> bool:
    """A list entry's note that says the person renewed ("rinnovo", "extension", "verlengd")."""
    text = fold(raw)
    for c in languages().values():
        extend = c.triggers.get(TriggerClass.EXTEND)
        if extend is not None and extend.search(text):
            return True
    return False


def is_retiring(raw: str) -> bool:
    pattern = any_language("retire_labels")
    return bool(pattern and pattern.search(fold(raw)))


def add_draft(out: Layouts, doc: Document, who: Who | None, kind: ClaimKind, frm: TeamPick | None,
         to: TeamPick | None, sentence: int | None, scope_end: int | None = None,
         contract_end: int | None = None) -> None:  # fmt: skip
    if who is None or sentence is None:
        return
    same = frm is not None and to is not None and frm.ref is not None and frm.ref == to.ref
    if kind is ClaimKind.TRANSFER and same:
        return  # "Name | Lidl-Trek | Lidl-Trek": the same team on both sides, no move
    s = doc.sentences[sentence]
    d = Draft(who, kind, sentence, s.start, layout=True, from_team=frm, to_team=to)
    d.contract_end = contract_end if kind is not ClaimKind.RETIREMENT else None
    d.scope = (s.start, scope_end or doc.lines[s.line].end)
    d.headline = s.kind is LineKind.HEADLINE
    out.drafts.append(d)
    out.consumed.add(sentence)
