"""Layouts that say a move without a sentence: tables, From:/To: and In:/Out: blocks, arrows.

- a markdown table whose header names the columns ("Rider | From | To", "Name | Old team |
  New team", "Renner | Van | Naar"): one move per row;
- a "From: A" / "To: B" pair under (or beside) a line naming the person;
- "In:" / "Out:" (Arrivals, Aankomsten, Arrivi, Altas ...) lines of entries "Name (Team)" under a
  line naming the team, or under a headline naming one;
- "Name (A → B)", "Name – A > B", "Name: A → B", and in a list "Name: A to B";
- "Name: retiring (Team)" in a list.
The labels come from every language's vocabulary at once: a list's labels are its own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.domain.models import ClaimKind
from bot.domain.names import fold
from bot.domain.reading.mentions import Resolver, given_names_agree, new_who, who_of
from bot.domain.reading.records import Document, Draft, Line, LineKind, Mention, TeamPick, Who
from bot.domain.reading.text import folded, squash
from bot.domain.reading.vocab import any_language, languages
from bot.domain.reading.vocab.shared import TEAM_WORDS

_BULLET = re.compile(r"^\s*(?:[-*•·▪►◦]|\d{1,2}[.)])\s+")
_ARROW = r"(?:→|->|=>|»|>)"
_NONE = re.compile(r"^[\s\-–—?/]*(?:\(.*\))?[\s\-–—?/]*$")
_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,4}"
_PAREN_ARROW = re.compile(
    rf"^(?P<name>{_NAME})\s*\(\s*(?P<a>[^()]*?)\s*{_ARROW}\s*(?P<b>[^()]*?)\s*\)"
)
# "Name – Team : last season"
_DASH_LABEL = re.compile(rf"^(?P<name>{_NAME})\s*(?:[–—]|\s-)\s*(?P<a>[^:]+?)\s*:\s*(?P<b>.+)$")
_DASH_ARROW = re.compile(
    rf"^(?P<name>{_NAME})\s*(?:[:–—]|\s-)\s*(?P<a>[^:>→]+?)\s*{_ARROW}\s*(?P<b>.+?)\s*(?:[.;]\s|[.;]?$|\s[–—-]\s)"
)


@dataclass(slots=True)
class Layouts:
    drafts: list[Draft] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # sentences read here, not as prose


def read_layouts(doc: Document, resolver: Resolver, mentions: list[Mention]) -> Layouts:
    """Every move the text states as a list, a table or a block."""
    out = Layouts()
    line_sentence = {s.line: s.index for s in reversed(doc.sentences)}
    _tables(doc, resolver, out, line_sentence)
    _from_to(doc, resolver, mentions, out, line_sentence)
    _in_out(doc, resolver, mentions, out, line_sentence)
    _arrows(doc, resolver, out, line_sentence)
    return out


# -- resolving the cells -----------------------------------------------------------------------
def _person(resolver: Resolver, raw: str) -> Who | None:
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
            return new_who(name)
    return None


def _team(resolver: Resolver, raw: str | None) -> TeamPick | None:
    if raw is None:
        return None
    # "Netcompany INEOS (jusqu'en 2028)", "Cofidis, until 2027": the note is not the name.
    text = re.sub(r"\([^()]*\)?|\[[^\]]*\]?", " ", raw)
    note = _until_note(text)
    if note is not None:
        text = text[: note[0]]
    text = squash(text).strip(" *_`'\".,;:–-")
    text = re.sub(
        r"^(?:from|to|naar|van|de|da|vers|a|à|desde|del|al|nach|von)\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )
    if not text or _NONE.match(text) or len(text) > 80:
        return None
    hit = resolver.team(text)
    if hit is not None:
        return TeamPick(hit.name, hit.ref)
    return TeamPick(text, None) if text[:1].isupper() else None


def _until_note(raw: str) -> tuple[int, int] | None:
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
    note = _until_note(raw) if raw else None
    return note[1] if note else None


def contract_in(raw: str | None) -> int | None:
    """A contract's last year in a cell: "2026", "until 2026", "(jusqu'en 2028)", "hasta 2024"."""
    if not raw:
        return None
    bare = re.fullmatch(r"\s*\(?\s*((?:19|20)\d\d)\s*\)?\s*", raw)
    if bare:
        return int(bare.group(1))
    note = _until_note(raw)
    return note[1] if note else None


def _is_retiring(raw: str) -> bool:
    pattern = any_language("retire_labels")
    return bool(pattern and pattern.search(fold(raw)))


def _add(out: Layouts, doc: Document, who: Who | None, kind: ClaimKind, frm: TeamPick | None,
         to: TeamPick | None, sentence: int | None, scope_end: int | None = None,
         contract_end: int | None = None) -> None:  # fmt: skip
    if who is None or sentence is None:
        return
    s = doc.sentences[sentence]
    d = Draft(who, kind, sentence, s.start, layout=True, from_team=frm, to_team=to)
    d.contract_end = contract_end if kind is not ClaimKind.RETIREMENT else None
    d.scope = (s.start, scope_end or doc.lines[s.line].end)
    d.headline = s.kind is LineKind.HEADLINE
    out.drafts.append(d)
    out.consumed.add(sentence)


# -- tables ------------------------------------------------------------------------------------
def _cells(doc: Document, line: Line) -> list[str]:
    return [c.strip() for c in doc.text[line.start : line.end].strip().strip("|").split("|")]


@dataclass(frozen=True, slots=True)
class _Columns:
    person: int
    frm: int | None
    to: int
    until: int | None  # "Signed until", "Contract", "Contrato": the contract's last year


def _tables(doc: Document, resolver: Resolver, out: Layouts, line_sentence: dict[int, int]) -> None:
    rows = [line for line in doc.lines if line.kind is LineKind.TABLE]
    cols: _Columns | None = None
    prev = -2
    for line in rows:
        cells = _cells(doc, line)
        if line.index != prev + 1:
            cols = _columns(cells)  # a table's first row is its header
        elif cols is not None and not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            _row(doc, resolver, out, cells, cols, line_sentence.get(line.index))
        prev = line.index


def _columns(header: list[str]) -> _Columns | None:
    """The person, from, to and contract columns of a table header (None: no transfer table)."""
    folded = [fold(h) for h in header]
    person, frm, to, until = 0, None, None, None
    for i, h in enumerate(folded):
        if _label("person_headers", h):
            person = i
        elif _label("from_labels", h):
            frm = i
        elif _label("to_labels", h):
            to = i
        elif _label("contract_headers", h):
            until = i
    years = [
        (int(y.group(0)), i) for i, h in enumerate(folded) if (y := re.search(r"(?:19|20)\d\d", h))
    ]
    if (frm is None or to is None) and len(years) >= 2:
        frm, to = min(years)[1], max(years)[1]
    return _Columns(person, frm, to, until) if to is not None else None


def _label(field_name: str, text: str) -> bool:
    pattern = any_language(field_name)
    return bool(pattern and text and pattern.fullmatch(text))


def _row(doc: Document, resolver: Resolver, out: Layouts, cells: list[str], cols: _Columns,
         sentence: int | None) -> None:  # fmt: skip
    if max(c for c in (cols.person, cols.frm, cols.to, cols.until) if c is not None) >= len(cells):
        return
    who = _person(resolver, cells[cols.person])
    origin = _team(resolver, cells[cols.frm]) if cols.frm is not None else None
    kind = ClaimKind.RETIREMENT if _is_retiring(cells[cols.to]) else ClaimKind.TRANSFER
    dest = None if kind is ClaimKind.RETIREMENT else _team(resolver, cells[cols.to])
    until = contract_in(cells[cols.until]) if cols.until is not None else None
    _add(
        out,
        doc,
        who,
        kind,
        origin,
        dest,
        sentence,
        contract_end=until or contract_in_note(cells[cols.to]),
    )


# -- From: / To: blocks ------------------------------------------------------------------------
def _label_value(doc: Document, line: Line, field_name: str) -> tuple[str, int] | None:
    """The text after "From:" (any language's label) on `line`, and where that label starts."""
    pattern = any_language(field_name)
    if pattern is None or ":" not in doc.text[line.start : line.end]:
        return None
    text = doc.folded[line.start : line.end]
    for m in re.finditer(r"(?:^|[\s(/|;,])([^\s:()/|;,][^:()/|;,]{0,20}?)\s*:\s*", text):
        if pattern.fullmatch(m.group(1).strip()):
            value_start = line.start + m.end()
            stop = re.search(r"\s*(?:[/|;]|\)|\(|$)", doc.text[value_start : line.end])
            value_end = value_start + (stop.start() if stop else line.end - value_start)
            return doc.text[value_start:value_end], line.start + m.start(1)
    return None


def _from_to(doc: Document, resolver: Resolver, mentions: list[Mention], out: Layouts,
             line_sentence: dict[int, int]) -> None:  # fmt: skip
    lines = doc.lines
    for i, line in enumerate(lines):
        got_from = _label_value(doc, line, "from_labels")
        if got_from is None or line.kind is LineKind.TABLE:
            continue
        got_to = _label_value(doc, line, "to_labels")
        to_line = line
        if got_to is None and i + 1 < len(lines):
            to_line = lines[i + 1]
            got_to = _label_value(doc, to_line, "to_labels")
            if got_to is not None and got_to[1] != _first_char(doc, to_line):
                got_to = None  # the next line's own "to" is not this block's
        if got_to is None:
            continue
        head, head_line = _block_head(doc, lines, i, got_from[1])
        if head is None:
            continue
        who = _person(resolver, _BULLET.sub("", head))
        retiring = _is_retiring(head) or _is_retiring(got_to[0])
        kind = ClaimKind.RETIREMENT if retiring else ClaimKind.TRANSFER
        dest = None if retiring else _team(resolver, got_to[0])
        for idx in {head_line.index, line.index, to_line.index}:
            if idx in line_sentence:
                out.consumed.add(line_sentence[idx])
        end = _block_end(lines, to_line.index)
        _add(
            out,
            doc,
            who,
            kind,
            _team(resolver, got_from[0]),
            dest,
            line_sentence.get(head_line.index),
            end,
        )


def _block_end(lines: tuple[Line, ...], last: int) -> int:
    """Where a list item's description ends: at a blank line or the next item."""
    end = lines[last].end
    for line in lines[last + 1 :]:
        if line.kind in (LineKind.BLANK, LineKind.ITEM, LineKind.HEADLINE):
            break
        end = line.end
    return end


def _block_head(
    doc: Document, lines: tuple[Line, ...], i: int, label_at: int
) -> tuple[str | None, Line]:
    line = lines[i]
    before = doc.text[line.start : label_at].strip(" (-–|/")
    if before:
        return before, line
    for j in range(i - 1, max(-1, i - 3), -1):
        text = doc.text[lines[j].start : lines[j].end].strip()
        if text:
            return text, lines[j]
    return None, line


# -- In: / Out: lines --------------------------------------------------------------------------
_ENTRY = re.compile(r"(?P<name>[^(),;]+?)\s*(?:\((?P<team>[^()]*)\))?\s*(?:[,;]|$)")


def _in_out(doc: Document, resolver: Resolver, mentions: list[Mention], out: Layouts,
            line_sentence: dict[int, int]) -> None:  # fmt: skip
    for line in doc.lines:
        if line.kind in (LineKind.TABLE, LineKind.FURNITURE, LineKind.BLANK):
            continue
        for field_name, arriving in (("in_labels", True), ("out_labels", False)):
            got = _label_value(doc, line, field_name)
            if got is None or got[1] != _first_char(doc, line):
                continue
            home = _home_team(doc, line, mentions)
            if home is None:
                continue
            value = doc.text[doc.text.index(":", got[1]) + 1 : line.end]
            for m in _ENTRY.finditer(value):
                who = _person(resolver, m.group("name"))
                other = _team(resolver, m.group("team"))
                frm, to = (other, home) if arriving else (home, other)
                _add(out, doc, who, ClaimKind.TRANSFER, frm, to, line_sentence.get(line.index))


def _first_char(doc: Document, line: Line) -> int:
    text = doc.text[line.start : line.end]
    return line.start + len(text) - len(_BULLET.sub("", text).lstrip())


def _home_team(doc: Document, line: Line, mentions: list[Mention]) -> TeamPick | None:
    """The team a block of arrivals and departures belongs to: the nearest heading naming one."""
    by_line: dict[int, list[Mention]] = {}
    for m in mentions:
        by_line.setdefault(doc.sentences[m.sentence].line, []).append(m)
    for j in range(line.index - 1, -1, -1):
        above = doc.lines[j]
        if above.kind in (LineKind.BLANK, LineKind.FURNITURE):
            continue
        teams = [m for m in by_line.get(j, []) if m.team is not None and m.kind is not None]
        heading = above.end - above.start <= 60 or above.kind is LineKind.HEADLINE
        if (
            teams
            and heading
            and not _label_value(doc, above, "in_labels")
            and not _label_value(doc, above, "out_labels")
        ):
            return teams[0].team
    return None


# -- arrows ------------------------------------------------------------------------------------
def _arrows(doc: Document, resolver: Resolver, out: Layouts, line_sentence: dict[int, int]) -> None:
    for line in doc.lines:
        if line.kind in (LineKind.TABLE, LineKind.FURNITURE, LineKind.BLANK, LineKind.HEADLINE):
            continue
        sentence = line_sentence.get(line.index)
        if sentence is None or sentence in out.consumed:
            continue
        text = _BULLET.sub("", doc.text[line.start : line.end]).strip()
        found = _arrow(text, line.kind)
        if found is None:
            continue
        name, a, b = found
        who = _person(resolver, name)
        if who is None:
            continue
        if b is not None and _is_retiring(b) and not _is_retiring(name):
            _add(
                out,
                doc,
                who,
                ClaimKind.RETIREMENT,
                _team(resolver, a) or _paren_team(resolver, b),
                None,
                sentence,
            )
            continue
        kind = ClaimKind.RETIREMENT if b is None else ClaimKind.TRANSFER
        _add(out, doc, who, kind, _team(resolver, a), _team(resolver, b), sentence)


def _arrow(text: str, kind: LineKind) -> tuple[str, str | None, str | None] | None:
    m = _PAREN_ARROW.match(text) or _DASH_ARROW.match(text)
    if m is not None:
        return m.group("name"), m.group("a"), m.group("b")
    labelled = _DASH_LABEL.match(text)
    if labelled is not None and _is_retiring(labelled.group("b")):
        return labelled.group("name"), labelled.group("a"), labelled.group("b")
    if kind is not LineKind.ITEM:
        return None
    to_words = any_language("to_labels")
    named = re.match(rf"^(?P<name>{_NAME})\s*:\s*(?P<rest>.+)$", text)
    if named is None or to_words is None:
        return None
    rest = named.group("rest")
    if _is_retiring(rest.split("(")[0]):
        paren = re.search(r"\(([^()]+)\)", rest)
        return named.group("name"), paren.group(1) if paren else None, None
    for sep in re.finditer(r"(?<=\s)(\w+)(?=\s)", rest):
        if to_words.fullmatch(fold(sep.group(1))):
            tail = re.split(r"[.;]\s|[.;]$", rest[sep.end() :])[0]
            return named.group("name"), rest[: sep.start()].strip(), tail.strip()
    return None


def _paren_team(resolver: Resolver, raw: str) -> TeamPick | None:
    m = re.search(r"\(([^()]+)\)", raw)
    return _team(resolver, m.group(1)) if m else None
