"""Arrivals and departures lists: a team's "In:" / "Out:" entries and the items under a label.

- "In: A (X), B (Y) and C (Z)" on a line or at the start of a sentence ("Aankomsten: ...");
- a label on its own line ("Arrivées", "Departures:", "Partenze") over the items that follow,
  each "Name (old team)", "Name, from X" or "Name – X", until a blank line or another label;
  a departure whose note says the career ends ("fin de carrière", "retires") is a retirement.

The team the list belongs to is the nearest heading above that names one (the headline too).
"""

from __future__ import annotations

import re

from bot.domain.models import ClaimKind
from bot.domain.reading.cells import (
    BULLET,
    Layouts,
    add_draft,
    contract_in,
    contract_in_note,
    first_char,
    is_label,
    is_renewal,
    is_retiring,
    label_value,
    person_cell,
    team_cell,
)
from bot.domain.reading.mentions import Resolver
from bot.domain.reading.records import Document, Line, LineKind, Mention, Sentence, TeamPick
from bot.domain.reading.referents import person_like
from bot.domain.reading.text import folded
from bot.domain.reading.vocab import any_language

_ENTRY = re.compile(r"(?P<name>[^(),;]+?)\s*(?:\((?P<team>[^()]*)\))?\s*(?:[,;]|$)")
# "A (X), B (Y) en C (Z)": the last entry joined by "and" in any language
_AND = re.compile(r"\s+(?:and|en|et|e|ed|y|&)\s+(?=[A-ZÀ-Þ])")
# Where an item's name ends: a bracket, a comma, a dash or a colon
# "Name → Team" under a departures label ends the name at the arrow too
_ITEM_NAME = re.compile(r"^(?P<name>[^(),:;–—→➜➝➔]+?)\s*(?:\(|,|:|;|\s[–—-]\s|\s?[→➜➝➔]|$)")
_SIDES = (("in_labels", True), ("out_labels", False))
_INLINE_SIDES: tuple[tuple[str, bool | None], ...] = (*_SIDES, ("renew_labels", None))


# Between the two ends of a move written in brackets: "(A → B)", "(A > B)".
_ARROW = r"\s*(?:→|->|=>|»|>|➝|➔|➜|⇒|⟶|►)\s*"


def read_lists(doc: Document, resolver: Resolver, mentions: list[Mention], out: Layouts,
               line_sentence: dict[int, int]) -> None:  # fmt: skip
    """Every arrival and departure a team's list states."""
    by_line: dict[int, list[Mention]] = {}
    for m in mentions:
        by_line.setdefault(doc.sentences[m.sentence].line, []).append(m)
    for line in doc.lines:
        if line.kind in (LineKind.TABLE, LineKind.FURNITURE, LineKind.BLANK):
            continue
        side = _label_line(doc, line)
        if side is not None:
            home = _home_team(doc, line, by_line)
            if home is not None:
                for item in _items_below(doc, line.index):
                    _item(doc, resolver, by_line, out, item, home, side, line_sentence)
            continue
        for s in (x for x in doc.sentences if x.line == line.index):
            _inline(doc, resolver, by_line, out, s.start, s.end, s.index)
        if doc.text[line.start : line.end].rstrip().endswith(":"):
            _items_after_intro(doc, resolver, by_line, out, line, line_sentence)
    _told_in_section(doc, mentions, by_line, out)


def _items_after_intro(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                       out: Layouts, line: Line, line_sentence: dict[int, int]) -> None:  # fmt: skip
    """Bullets under a sentence that ends in a colon, each "Name – from X" (or "– to X"),
    in a piece whose heading names one team: arrivals at (departures from) that team."""
    home = _home_team(doc, line, by_line)
    if home is None:
        return
    from_words, to_words = any_language("from_labels"), any_language("to_labels")
    for item in _items_below(doc, line.index):
        sentence = line_sentence.get(item.index)
        if item.kind is not LineKind.ITEM or sentence is None or sentence in out.consumed:
            continue
        text = doc.text[first_char(doc, item) : item.end]
        got = _DASH_ITEM.match(text)
        if got is None:
            continue
        word = folded(got.group("word"))
        arriving = bool(from_words and from_words.fullmatch(word))
        if not arriving and not (to_words and to_words.fullmatch(word)):
            continue
        who, other = (
            person_cell(resolver, got.group("name")),
            team_cell(resolver, got.group("team")),
        )
        if who is not None and other is not None and other.ref != home.ref:
            frm, to = (other, home) if arriving else (home, other)
            # the item's notes ("one of the revelations of 2024", "is expected to lead") are
            # not the move's season or status; a contract's end among them is its own
            lo = first_char(doc, item)
            add_draft(out, doc, who, ClaimKind.TRANSFER, frm, to, sentence,
                      contract_end=contract_in_note(text[got.end("team") :]))  # fmt: skip
            out.drafts[-1].scope = (lo, lo + got.end("team"))


# "Name – from X. Notes", "Name — to X, after two seasons": an item whose move is one word and
# a team, the list's team being the other end
_DASH_ITEM = re.compile(
    r"^(?P<name>[^(),:;–—]+?)\s+[–—-]\s+(?P<word>\w+'?)\s*(?P<team>[^,.;()]+?)\s*(?:[,.;(]|$)"
)


def _inline(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]], out: Layouts,
            start: int, end: int, sentence: int) -> None:  # fmt: skip
    """ "In: A (X), B (Y)" at the start of a sentence."""
    s = doc.sentences[sentence]
    lead = start + len(doc.text[start:end]) - len(BULLET.sub("", doc.text[start:end]).lstrip())
    for field_name, arriving in _INLINE_SIDES:
        got = label_value(doc, start, end, field_name)
        if got is None or got[1] != lead:
            continue
        home = _home_team(doc, doc.lines[s.line], by_line, before=got[1])
        if home is None:
            continue
        base = doc.text.index(":", got[1]) + 1
        # "and" becomes a comma of the same length, so an entry's offsets stay the text's
        raw = doc.text[base:end].rstrip(" .")
        value = _AND.sub(lambda a: "," + " " * (len(a.group(0)) - 1), raw)
        named = [x for x in by_line.get(s.line, []) if x.who is not None and x.kind is not None]
        for m in _ENTRY.finditer(value):
            _entry(doc, resolver, out, m, home, arriving, sentence, base, named)


def _told_in_section(
    doc: Document, mentions: list[Mention], by_line: dict[int, list[Mention]], out: Layouts
) -> None:
    """A team's "In:" / "Out:" paragraph told in prose under its heading: "In: ... A arrives
    from X, B from Y and C, runner-up at the Giro, from Z" arrive at the heading's team; "Out:
    ... A goes to X" leave it. Each name with the team its "from" / "to" word gives. A label
    may open any sentence of the paragraph ("Cofidis. In: A, from X. Out: B, gone to Y."): it
    holds until the next label, and the paragraph's team is the one its first label found."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if s.kind is not LineKind.TABLE:
            by_paragraph.setdefault(s.paragraph, []).append(s)
    for sentences in by_paragraph.values():
        home: TeamPick | None = None
        opened: list[tuple[int, bool]] = []  # (sentence index, arriving) of each label
        for s in sentences:
            side = _opening_label(doc, s)
            if side is None:
                continue
            if home is None:
                if opened:
                    break  # the first label found no team: the paragraph is not a section
                home = _home_team(doc, doc.lines[s.line], by_line, before=side[1])
            opened.append((s.index, side[0]))
        if home is None:
            continue
        for k, (first, arriving) in enumerate(opened):
            last = opened[k + 1][0] if k + 1 < len(opened) else sentences[-1].index + 1
            _section_moves(doc, mentions, out, range(first, last), home, arriving)


def _opening_label(doc: Document, s: Sentence) -> tuple[bool, int] | None:
    """(arriving, where the label starts) when an "In:" / "Out:" label opens the sentence."""
    text = doc.text[s.start : s.end]
    lead = s.start + len(text) - len(BULLET.sub("", text).lstrip())
    for field_name, arriving in _SIDES:
        got = label_value(doc, s.start, s.end, field_name)
        if got is not None and got[1] == lead:
            return arriving, got[1]
    return None


def _section_moves(
    doc: Document,
    mentions: list[Mention],
    out: Layouts,
    span: range,
    home: TeamPick,
    arriving: bool,
) -> None:
    cue = any_language("from_labels" if arriving else "to_labels")
    joins = None if arriving else any_language("joins_with")
    if cue is None:
        return
    ms = sorted((m for m in mentions if m.sentence in span), key=lambda m: m.start)
    after = -1  # a move read up to here: names inside it (an aside's) are not movers
    for i, m in enumerate(ms):
        if m.start < after or not person_like(m) or m.role_staff:
            continue
        if m.kind is None and not 2 <= len(m.text.split()) <= 4:
            continue  # an unknown name: a new person only when shaped like one
        nxt = _next_team(ms, i)
        if nxt is None or nxt.team is None:
            continue
        if nxt.kind is not None and nxt.team.ref == home.ref:
            continue
        if nxt.kind is None and (not arriving or nxt.who == m.who):
            continue  # an unknown name is taken as the team left only
        gap = _GAP.match(doc.folded[m.end : nxt.start])
        word = gap.group("cue") if gap is not None else ""
        if not (cue.fullmatch(word) or (joins is not None and joins.fullmatch(word))):
            continue
        frm, to = (nxt.team, home) if arriving else (home, nxt.team)
        before, read = len(out.drafts), m.sentence in out.consumed
        add_draft(out, doc, m.who, ClaimKind.TRANSFER, frm, to, m.sentence)
        if len(out.drafts) > before:
            if not read:
                out.consumed.discard(m.sentence)  # the sentence's prose may tell more
            out.drafts[-1].scope = (m.start, nxt.end)
            after = nxt.end


def _next_team(ms: list[Mention], i: int) -> Mention | None:
    """The first mention after `ms[i]` in its sentence that names a team (an unknown name
    counts: it may be the team left); names between them stand in an aside."""
    for m in ms[i + 1 :]:
        if m.sentence != ms[i].sentence:
            return None
        if m.team is not None:
            return m
    return None


# after a name: an aside between commas, up to three words ("arrives", "comes over"), then the
# "from" (or "to") word and an article before the team
_GAP = re.compile(
    r"^(?:,[^,.;:()]{1,80},)?,?\s*(?:[a-z']+\s+){0,3}?(?P<cue>[a-z]+'?)\s*"
    r"(?:the |het |de |la |le |l'|el |il |lo )?$"
)


def _entry(doc: Document, resolver: Resolver, out: Layouts, m: re.Match[str], home: TeamPick,
           arriving: bool | None, sentence: int, base: int,
           named: list[Mention] | None = None) -> None:  # fmt: skip
    """One "Name (Team)" entry of an In:/Out: line. Its season is read in the entry alone (a
    neighbour's "(retired after the 2022 season)" is not its year); a departure whose note says
    the career ends is a retirement. A surname alone ("In: Sagan, Oss and Bodnar") or a name
    after "plus" is the person the text names so there."""
    who = person_cell(resolver, m.group("name"))
    if who is None and named:
        lo, hi = base + m.start("name"), base + m.end("name")
        inside = [x for x in named if lo <= x.start and x.end <= hi]
        if len(inside) == 1 and hi - lo - len(inside[0].text) <= 6:
            who = inside[0].who
    note = m.group("team")
    if who is None:
        return
    kind = ClaimKind.RETIREMENT
    frm: TeamPick | None = home
    to: TeamPick | None = None
    if arriving is None or (note is not None and is_renewal(note)):
        # "Extended: X (until 2027)", "Arrivi: X (rinnovo)": X stays
        kind, to = ClaimKind.CONTRACT_EXTENSION, home
    elif arriving or note is None or not is_retiring(note):
        other = team_cell(resolver, note)
        kind = ClaimKind.TRANSFER
        frm, to = (other, home) if arriving else (home, other)
    before = len(out.drafts)
    end = contract_in(note) if kind is ClaimKind.CONTRACT_EXTENSION else None
    add_draft(out, doc, who, kind, frm, to, sentence, contract_end=end)
    if len(out.drafts) > before:
        out.drafts[-1].scope = (base + m.start(), base + m.end())
        out.drafts[-1].departure = kind is ClaimKind.RETIREMENT


def _label_line(doc: Document, line: Line) -> bool | None:
    """True for an arrivals label on a line of its own, False for departures, else None."""
    text = folded(BULLET.sub("", doc.text[line.start : line.end])).strip().rstrip(":").strip()
    if not text or len(text) > 30:
        return None
    for field_name, arriving in _SIDES:
        if is_label(field_name, text):
            return arriving
    return None


def _items_below(doc: Document, index: int) -> list[Line]:
    """The item lines under a label: from the first one to a blank line or another label."""
    items: list[Line] = []
    for line in doc.lines[index + 1 :]:
        if line.kind is LineKind.BLANK:
            if items:
                break
            continue
        if line.kind is LineKind.FURNITURE or _label_line(doc, line) is not None:
            break
        entry = line.end - line.start <= 80 and not re.search(
            r"[.!?]\s", doc.text[line.start : line.end]
        )
        if line.kind is not LineKind.ITEM and (
            line.end - line.start > 120 or (items and not entry)
        ):
            break  # unbulleted entries: short lines, one a line
        items.append(line)
    return items


def _item(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]], out: Layouts,
          line: Line, home: TeamPick, arriving: bool, line_sentence: dict[int, int]) -> None:  # fmt: skip
    """ "Name (Team), note", "Name, from Team", "Name (end of career)": one arrival or departure."""
    text = doc.text[first_char(doc, line) : line.end]
    named = _ITEM_NAME.match(text)
    who = person_cell(resolver, named.group("name")) if named else None
    sentence = line_sentence.get(line.index)
    if who is None or sentence is None:
        return
    rest = text[named.end("name") :] if named else ""
    if not arriving and is_retiring(rest.split(",")[0]):
        add_draft(out, doc, who, ClaimKind.RETIREMENT, home, None, sentence)
        if out.drafts and out.drafts[-1].who == who:
            out.drafts[-1].departure = True
        return
    other = _other_team(resolver, by_line.get(line.index, []), rest, home, arriving)
    frm, to = (other, home) if arriving else (home, other)
    if to is not None:
        add_draft(out, doc, who, ClaimKind.TRANSFER, frm, to, sentence)


def _other_team(
    resolver: Resolver, mentions: list[Mention], rest: str, home: TeamPick, arriving: bool
) -> TeamPick | None:
    """The team in an item's brackets, else the first known team the item names. Brackets
    that give both ends ("(A → B)") name the other team on the far side from the list's."""
    bracket = re.search(r"\(([^()]*)\)?", rest)
    if bracket is not None:
        inner = bracket.group(1)
        ends = re.split(_ARROW, inner, maxsplit=1)
        if len(ends) == 2:
            inner = ends[0] if arriving else ends[1]
        team = team_cell(resolver, inner.split(";")[0].split(",")[0])
        if team is not None:
            return team
    for m in mentions:
        if m.team is not None and m.kind is not None and m.team.ref != home.ref:
            return m.team
    return None


def _home_team(
    doc: Document, line: Line, by_line: dict[int, list[Mention]], before: int | None = None
) -> TeamPick | None:
    """The team a list belongs to: named before its label on the line, else the nearest heading
    above that names one (list items and other labels are skipped)."""
    if before is not None:
        here = [
            m
            for m in by_line.get(line.index, [])
            if m.team is not None and m.kind is not None and m.end <= before
        ]
        if here:
            return here[-1].team
    for j in range(line.index - 1, -1, -1):
        above = doc.lines[j]
        if above.kind in (LineKind.BLANK, LineKind.FURNITURE, LineKind.ITEM):
            continue
        if _label_line(doc, above) is not None or _labelled(doc, above):
            continue
        if "(" in doc.text[above.start : above.end] or any(
            m.who is not None and m.kind is not None for m in by_line.get(j, [])
        ):
            continue  # "Javier Romo (Astana)": an entry of the list above, not a heading
        teams = [m for m in by_line.get(j, []) if m.team is not None and m.kind is not None]
        heading = above.end - above.start <= 60 or above.kind is LineKind.HEADLINE
        if teams and heading:
            return teams[0].team
    return None


def _labelled(doc: Document, line: Line) -> bool:
    return any(label_value(doc, line.start, line.end, f) is not None for f, _ in _SIDES)
