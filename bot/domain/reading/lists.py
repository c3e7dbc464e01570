"""Arrivals and departures lists: a team's "In:" / "Out:" entries and the items under a label.

- "In: A (X), B (Y) and C (Z)" on a line or at the start of a sentence ("Aankomsten: ...");
- a label on its own line ("Arrivées", "Departures:", "Partenze", also "**Arrivals (3)**")
  over the items that follow, each "Name (old team)", "Name, from X" or "Name – X", until a
  blank line or another label; a departure whose note says the career ends ("fin de
  carrière", "retires") is a retirement; arrows may be the bullets ("→ Name (van X)",
  "← Name → Y");
- "Cofidis – in: A (X); out: B (Y)": labels after a team's name and after a semicolon;
- items marked "+" and "-" (✅ / ❌) under a team's heading: its arrivals and departures;
- items under a label ("Retirements", "Renewals") or an intro ending in a colon ("These
  riders have all extended their contracts:") that says what they all do.

The team the list belongs to is the nearest heading above that names one (the headline too).
"""

from __future__ import annotations

import re
from functools import lru_cache

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
from bot.domain.reading.records import (
    Document,
    Line,
    LineKind,
    Mention,
    Sentence,
    TeamPick,
    TriggerClass,
    Who,
)
from bot.domain.reading.referents import person_like
from bot.domain.reading.text import YEAR, folded
from bot.domain.reading.vocab import Compiled, any_language, languages
from bot.domain.reading.vocab.shared import EVENT_WORDS

_ENTRY = re.compile(r"(?P<name>[^(),;]+?)\s*(?:\((?P<team>[^()]*)\))?\s*(?:[,;]|$)")
# "A (X), B (Y) en C (Z)": the last entry joined by "and" in any language
_AND = re.compile(r"\s+(?:and|en|et|e|ed|y|&)\s+(?=[A-ZÀ-Þ])")
# Where an item's name ends: a bracket, a comma, a dash, a colon or an arrow ("Name → Team")
# (or an arrow back to the team left: "Name ← Team" under "Arrivals")
_ITEM_NAME = re.compile(
    r"^(?P<name>[^(),:;–—→➝➔➜➡←⬅]+?)\s*(?:\(|,|:|;|\s[–—-]\s|[→➝➔➜➡←⬅]|\s->\s|\s<-\s|$)"
)
# an item's other team right after its arrow: "← INEOS (winner of Roubaix)", "→ Lotto"
_ARROW_TEAM = re.compile(r"\s*(?:←|⬅|<-|→|➝|➔|➜|➡|->)\s*(?P<team>[^()]+)")
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
        kind = _kind_label(doc, line)
        if kind is ClaimKind.RETIREMENT and _race_report(doc):
            kind = None  # "Retirements" under a stage's report: riders who left the race
        if kind is not None:
            items = _items_below(doc, line.index)
            own = _home_team(doc, line, by_line) if items else None
            _kind_items(doc, resolver, by_line, out, items, kind, own, line_sentence)
            if items and line.index in line_sentence:
                out.consumed.add(line_sentence[line.index])  # the label is no sentence
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
            _from_brackets(doc, resolver, by_line, out, s)
        if doc.text[line.start : line.end].rstrip().endswith(":"):
            _side_after_intro(doc, resolver, by_line, out, line, line_sentence)
            _items_after_intro(doc, resolver, by_line, out, line, line_sentence)
            _kinds_after_intro(doc, resolver, by_line, out, line, line_sentence)
            _moves_after_intro(doc, resolver, by_line, out, line, line_sentence)
    _marked_items(doc, resolver, by_line, out, line_sentence)
    _told_in_section(doc, mentions, by_line, out)


# a team's items marked as arrivals or departures: "+ Name (X)" / "- Name (Y)", ✅ / ❌
_IN_MARKS = frozenset("+✅➕")
_OUT_MARKS = frozenset("-–❌➖")


def _marked_items(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                  out: Layouts, line_sentence: dict[int, int]) -> None:  # fmt: skip
    """A run of items under a team's heading, each marked "+" (arrives) or "-" (leaves): the
    marks are the list's labels. A run with no "+" is a plain list."""
    run: list[tuple[Line, bool]] = []
    for line in [*doc.lines, None]:
        mark = _mark(doc, line) if line is not None and line.kind is LineKind.ITEM else None
        if mark is not None and line is not None:
            run.append((line, mark))
            continue
        home = _home_team(doc, run[0][0], by_line) if any(a for _, a in run) else None
        if home is not None:
            for item, arriving in run:
                if line_sentence.get(item.index) not in out.consumed:
                    _item(doc, resolver, by_line, out, item, home, arriving, line_sentence)
        run = []


def _mark(doc: Document, line: Line) -> bool | None:
    """True for an item marked as an arrival, False for a departure, None for another mark."""
    head = doc.text[line.start : line.end].lstrip()[:1]
    return True if head in _IN_MARKS else False if head in _OUT_MARKS else None


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


# an item's own words that undo the kind its intro or label gives it: a postponement, a
# return, a denial or a stay undo a retirement; a denial or a retirement undo a renewal
_UNDONE = {
    ClaimKind.RETIREMENT: (
        TriggerClass.POSTPONE, TriggerClass.COMEBACK, TriggerClass.DENY, TriggerClass.STAY,
    ),
    ClaimKind.CONTRACT_EXTENSION: (TriggerClass.DENY, TriggerClass.RETIRE),
}  # fmt: skip


# a race or a stage named in a retirements intro: riders who left a race, not the sport
_RACE_NOUNS = frozenset(
    {"race", "stage", "etappe", "rit", "course", "etape", "corsa", "tappa", "carrera", "etapa"}
)


def _intro_kind(doc: Document, compiled: Compiled, start: int, end: int) -> ClaimKind | None:
    """What an intro says all its items do: end their careers ("this year is their last as
    professionals:", "stoppen ermee:") or renew ("have all extended their contracts:"); None
    when it says both, denies, hedges or undoes it."""
    kinds = [
        kind
        for cls, kind in ((TriggerClass.RETIRE, ClaimKind.RETIREMENT),
                          (TriggerClass.EXTEND, ClaimKind.CONTRACT_EXTENSION))
        if _says(doc, compiled, start, end, (cls,))
    ]  # fmt: skip
    if len(kinds) != 1 or _says(doc, compiled, start, end, _UNDONE[kinds[0]]):
        return None
    named = set(re.findall(r"[a-z]+", doc.folded[start:end]))
    if kinds[0] is ClaimKind.RETIREMENT and named & (EVENT_WORDS | _RACE_NOUNS):
        return None  # "These riders retired from the race today:": they left a race
    deal = compiled.contract_words
    if kinds[0] is ClaimKind.CONTRACT_EXTENSION and not (
        deal and deal.search(doc.folded, start, end)
    ):
        return None  # "have extended their lead:": no contract
    for words in (compiled.negation, compiled.hedge, compiled.offer_declined):
        if words is not None and words.search(doc.folded, start, end):
            return None  # "These riders will not retire yet:", "could extend:"
    return kinds[0]


def _kinds_after_intro(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                             out: Layouts, line: Line, line_sentence: dict[int, int]) -> None:  # fmt: skip
    """Bullets under a sentence that ends in a colon and says what they all do: end their
    careers ("These riders have confirmed that this year is their last as professionals:",
    "Deze renners stoppen ermee:") or renew ("have all extended their contracts:"). Each
    "Name (Team) – note" is a retirement from (a renewal with) the bracket's team, else the one
    team the intro names, unless the item's own words undo it."""
    compiled = languages()[doc.language]
    intro = [s for s in doc.sentences if s.line == line.index]
    kind = _intro_kind(doc, compiled, intro[-1].start, line.end) if intro else None
    if kind is None or (
        kind is ClaimKind.RETIREMENT and _dated_elsewhere(doc, compiled, intro[-1].start, line.end)
    ):
        return
    named_teams = {
        m.team.ref: m.team
        for m in by_line.get(line.index, [])
        if m.sentence == intro[-1].index and m.team is not None and m.kind is not None
    }
    own = next(iter(named_teams.values())) if len(named_teams) == 1 else None
    items = _items_below(doc, line.index)
    _kind_items(doc, resolver, by_line, out, items, kind, own, line_sentence)


# what an intro of moves must not say: it would be another kind's list
_NOT_MOVES = (
    TriggerClass.RETIRE, TriggerClass.EXTEND, TriggerClass.DENY, TriggerClass.STAY,
    TriggerClass.POSTPONE, TriggerClass.COMEBACK, TriggerClass.STAFF,
)  # fmt: skip


def _moves_after_intro(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                       out: Layouts, line: Line, line_sentence: dict[int, int]) -> None:  # fmt: skip
    """ "Cofidis has signed three riders for next season:" over items "Name (old team)": each
    arrives at the one team the intro names; "These riders leave Cofidis:" over "Name (new
    team)": each leaves it for the bracket's team. Not when the intro hedges, denies or tells
    the past ("joined last year:")."""
    compiled = languages()[doc.language]
    intro = [s for s in doc.sentences if s.line == line.index]
    if not intro:
        return
    a, b = intro[-1].start, line.end
    moving = _says(doc, compiled, a, b, (TriggerClass.MOVE, TriggerClass.SIGNING))
    if not moving or _says(doc, compiled, a, b, _NOT_MOVES):
        return
    for words in (compiled.negation, compiled.hedge, *compiled.grouped["season_last"]):
        if words is not None and words.search(doc.folded, a, b):
            return
    if any(int(y.group(0)) < doc.published.year for y in YEAR.finditer(doc.folded, a, b)):
        return
    teams = {
        m.team.ref: m.team
        for m in by_line.get(line.index, [])
        if m.sentence == intro[-1].index and m.team is not None and m.kind is not None
    }
    if len(teams) != 1:
        return
    (home,) = teams.values()
    leave = compiled.leave_words
    arriving = not (leave and leave.search(doc.folded, a, b))
    for item in _items_below(doc, line.index):
        sentence = line_sentence.get(item.index)
        if item.kind is not LineKind.ITEM or sentence is None or sentence in out.consumed:
            continue
        if "(" in doc.text[item.start : item.end]:  # the other team in brackets, or a note
            _item(doc, resolver, by_line, out, item, home, arriving, line_sentence)


def _kind_items(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                out: Layouts, items: list[Line], kind: ClaimKind, own: TeamPick | None,
                line_sentence: dict[int, int]) -> None:  # fmt: skip
    """Items "Name (Team) – note" that all retire (from the bracket's team) or renew (with the
    bracket's team, else `own`), unless an item's own words undo it."""
    compiled = languages()[doc.language]
    for item in items:
        sentence = line_sentence.get(item.index)
        if item.kind is not LineKind.ITEM or sentence is None or sentence in out.consumed:
            continue
        if _says(doc, compiled, item.start, item.end, _UNDONE[kind]):
            continue
        text = doc.text[first_char(doc, item) : item.end].replace("**", "")
        named = _ITEM_NAME.match(text)
        if named is None:
            continue
        who = _known_in(by_line.get(item.index, []), named.group("name"))
        who = who or person_cell(resolver, named.group("name"))
        if who is None:
            continue
        note = text[named.end("name") :]
        bracket = re.match(r"\s*\(([^()]+)\)", note)
        inner = bracket.group(1) if bracket else None
        team = (team_cell(resolver, inner.split(",")[0]) if inner else None) or own
        if kind is ClaimKind.RETIREMENT:
            add_draft(out, doc, who, kind, team, None, sentence)
        elif team is not None:
            end = contract_in_note(note) or contract_in(inner)
            add_draft(out, doc, who, kind, team, team, sentence, contract_end=end)


def _race_report(doc: Document) -> bool:
    """The headline names a race or a stage."""
    head = next((x for x in doc.lines if x.kind is LineKind.HEADLINE), None)
    words = set(re.findall(r"[a-z]+", doc.folded[head.start : head.end])) if head else set()
    return bool(words & (EVENT_WORDS | _RACE_NOUNS))


def _kind_label(doc: Document, line: Line) -> ClaimKind | None:
    """A label on its own line over items that all retire ("Retirements", "Stoppers") or all
    renew ("Renewals", "Verlengd")."""
    text = _label_text(doc, line)
    if not text:
        return None
    if is_label("retire_heads", text):
        return ClaimKind.RETIREMENT
    return ClaimKind.CONTRACT_EXTENSION if is_label("renew_labels", text) else None


def _dated_elsewhere(doc: Document, compiled: Compiled, start: int, end: int) -> bool:
    """The intro dates the retirements to another season than the published one ("at the end
    of next season:", "retired last year:"): the items' season is not this year's, and the
    items' own notes cannot tell it, so they are left to the prose."""
    text = doc.folded[start:end]
    if any(int(y.group(0)) != doc.published.year for y in YEAR.finditer(text)):
        return True
    last = compiled.grouped["season_last"]
    later = (compiled.season_next, compiled.season_end_next)
    return any(p.search(text) for p in last) or any(p and p.search(text) for p in later)


def _known_in(mentions: list[Mention], name: str) -> Who | None:
    """The known person the line's mentions find as the item's name ("Dan Martin" for the
    registry's Daniel Martin, which a cell's exact lookup misses)."""
    for m in mentions:
        if m.kind is not None and m.who is not None and m.text.strip() == name.strip(" *_"):
            return m.who
    return None


def _says(doc: Document, compiled: Compiled, start: int, end: int,
          classes: tuple[TriggerClass, ...]) -> bool:  # fmt: skip
    """Some trigger of `classes` in the doc's language between `start` and `end`."""
    for cls in classes:
        pattern = compiled.triggers.get(cls)
        if pattern is not None and pattern.search(doc.folded, start, end):
            return True
    return False


# "Name – from X. Notes", "Name — to X, after two seasons": an item whose move is one word and
# a team, the list's team being the other end
_DASH_ITEM = re.compile(
    r"^(?P<name>[^(),:;–—]+?)\s+[–—-]\s+(?P<word>\w+'?)\s*(?P<team>[^,.;()]+?)\s*(?:[,.;(]|$)"
)


def _inline(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]], out: Layouts,
            start: int, end: int, sentence: int) -> None:  # fmt: skip
    """ "In: A (X), B (Y)" at the start of a sentence; "Cofidis – in: A (X); out: C (Z)": a
    team's name before the first label, and a label after a semicolon, each label's entries
    running to the next label."""
    s = doc.sentences[sentence]
    labels = _inline_labels(doc, by_line, s.line, start, end)
    home: TeamPick | None = None
    for k, (label, arriving, _seg) in enumerate(labels):
        home = home or _home_team(doc, doc.lines[s.line], by_line, before=label)
        if home is None:
            return
        stop = labels[k + 1][2] - 1 if k + 1 < len(labels) else end  # before the next ";"
        base = doc.text.index(":", label) + 1
        # "and" becomes a comma of the same length, so an entry's offsets stay the text's
        raw = doc.text[base:stop].rstrip(" .;")
        value = _AND.sub(lambda a: "," + " " * (len(a.group(0)) - 1), raw)
        named = [x for x in by_line.get(s.line, []) if x.who is not None and x.kind is not None]
        for m in _ENTRY.finditer(value):
            _entry(doc, resolver, out, m, home, arriving, sentence, base, named)


def _inline_labels(doc: Document, by_line: dict[int, list[Mention]], line: int, start: int,
                   end: int) -> list[tuple[int, bool | None, int]]:  # fmt: skip
    """(where the label starts, its side, where its segment starts) of each label that opens
    the sentence (after a team's name and a dash: "Cofidis – in:") or a part after a ";"."""
    out: list[tuple[int, bool | None, int]] = []
    if ":" not in doc.text[start:end]:
        return out  # every label ends in a colon
    seg = start
    for cut in [*(m.start() for m in re.finditer(";", doc.text[start:end])), end - start]:
        a, b = seg, start + cut
        lead = a + len(doc.text[a:b]) - len(BULLET.sub("", doc.text[a:b]).lstrip())
        if a == start:
            lead = _after_team_prefix(doc, by_line.get(line, []), lead, b)
        for field_name, arriving in _INLINE_SIDES:
            got = label_value(doc, lead, b, field_name)
            if got is not None and got[1] == lead:
                out.append((got[1], arriving, a))
                break
        else:
            if a == start:
                return []  # the sentence does not open with a label
        seg = b + 1
    return out


# "Name (from Team)" in a sentence of prose: a newcomer with the team left in brackets
_FROM_BRACKET = re.compile(
    r"(?P<name>[A-ZÀ-Þ][^\s(),;:]*(?:\s+[^\s(),;:]+){0,3}?)\s*"
    r"\((?P<word>[^\s()]+(?:\s[a-z][^\s()]*)?)\s+(?P<team>[^()]{2,60})\)"
)


def _from_brackets(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                   out: Layouts, s: Sentence) -> None:  # fmt: skip
    """A team announcing newcomers in prose, each with the team left in brackets: "The team
    also announce A (from X), B (from Y) and C (from Z)". Two or more such entries beside a
    signing or announcing word are arrivals at the team the sentence (or the heading) names."""
    if s.index in out.consumed or doc.text.count("(", s.start, s.end) < 2:
        return  # cheap cue first: two brackets
    compiled = languages()[doc.language]
    cue = any_language("from_labels")
    said = compiled.announcer is not None and compiled.announcer.search(doc.folded, s.start, s.end)
    if cue is None or not (said or _says(doc, compiled, s.start, s.end, (TriggerClass.SIGNING,))):
        return
    entries = []
    for m in _FROM_BRACKET.finditer(doc.text, s.start, s.end):
        if not cue.fullmatch(folded(m.group("word"))):
            continue
        who, team = person_cell(resolver, m.group("name")), team_cell(resolver, m.group("team"))
        if who is not None and team is not None and team.ref is not None:
            entries.append((m, who, team))
    if len(entries) < 2:
        return
    home = _home_team(doc, doc.lines[s.line], by_line, before=entries[0][0].start())
    home = home or _headline_team(doc, by_line)  # "The French team also announce ..."
    if home is None or home.ref is None or any(t.ref == home.ref for _, _, t in entries):
        return
    for m, who, team in entries:
        add_draft(out, doc, who, ClaimKind.TRANSFER, team, home, s.index)
        out.drafts[-1].scope = (m.start(), m.end())


def _headline_team(doc: Document, by_line: dict[int, list[Mention]]) -> TeamPick | None:
    """The one known team the headline names (a piece about that team's signings)."""
    head = next((x for x in doc.lines if x.kind is LineKind.HEADLINE), None)
    named = by_line.get(head.index, []) if head is not None else []
    teams = {m.team.ref: m.team for m in named if m.team is not None and m.kind is not None}
    return next(iter(teams.values())) if len(teams) == 1 else None


# "**Cofidis** – ", "Cofidis: ": a team's name and a dash or colon before a list's label
_PREFIX_END = re.compile(r"[*_]*\s*[–—:-]\s*")


def _after_team_prefix(doc: Document, mentions: list[Mention], lead: int, end: int) -> int:
    """Where a label may start: after "Cofidis – " when a team opens the sentence."""
    for m in mentions:
        if m.team is not None and m.kind is not None and not doc.text[lead : m.start].strip("*_ "):
            dash = _PREFIX_END.match(doc.text, m.end, end)
            return dash.end() if dash is not None else lead
    return lead


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


# what dresses a label up: a count in brackets or a season after it
_LABEL_DRESS = re.compile(r"\s*(?:\(\d{1,2}\)|(?:19|20)\d\d(?:/\d\d)?)$")


def _label_text(doc: Document, line: Line) -> str | None:
    """A short line's folded text without its bullet, bold, "#", colon, count or season."""
    return _label_of(doc.text[line.start : line.end])


# Every line of an article is asked, by more than one rule (sides, kinds): the answer depends
# on the line's text only, so it is folded and stripped once.
@lru_cache(maxsize=4096)
def _label_of(line_text: str) -> str | None:
    text = folded(BULLET.sub("", line_text)).strip()
    if not text or len(text) > 40:
        return None
    return _LABEL_DRESS.sub("", text.strip("#*_ ").rstrip(":*_ ")).strip().rstrip(":").strip()


def _side_after_intro(doc: Document, resolver: Resolver, by_line: dict[int, list[Mention]],
                      out: Layouts, line: Line, line_sentence: dict[int, int]) -> None:  # fmt: skip
    """A paragraph closed by a side's label ("The team rebuilt its core. Its main arrivals:"):
    the items below are that side's, as under a label on a line of its own."""
    raw = doc.text[line.start : line.end].rstrip()
    cut = max(raw.rfind(". "), raw.rfind("! "), raw.rfind("? "))
    label = _label_of(raw[cut + 2 :]) if cut >= 0 else None
    side = next((a for f, a in _SIDES if label and is_label(f, label)), None)
    home = _home_team(doc, line, by_line) if side is not None else None
    if side is None or home is None:
        return
    for item in _items_below(doc, line.index):
        # only "Name (X) - note": "Name – from X. Note" is _items_after_intro's, notes scoped
        named = _ITEM_NAME.match(doc.text[first_char(doc, item) : item.end])
        if named and doc.text[first_char(doc, item) + named.end() - 1] == "(":
            _item(doc, resolver, by_line, out, item, home, side, line_sentence)


def _label_line(doc: Document, line: Line) -> bool | None:
    """True for an arrivals label on a line of its own, False for departures, else None. The
    label may be a heading in bold or after "#", with a count or a year ("Arrivals (3)",
    "### Departures 2025")."""
    text = _label_text(doc, line)
    if not text:
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
        if _kind_label(doc, line) is not None or is_label(
            "stay_labels", _label_text(doc, line) or ""
        ):
            break  # another kind's label, or the riders who stay
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
    if other is not None and other.ref is not None and other.ref == home.ref:
        return  # "Name (Cofidis)" in Cofidis's own list: a rider who stays
    frm, to = (other, home) if arriving else (home, other)
    if to is not None:
        add_draft(out, doc, who, ClaimKind.TRANSFER, frm, to, sentence)


def _other_team(
    resolver: Resolver, mentions: list[Mention], rest: str, home: TeamPick, arriving: bool
) -> TeamPick | None:
    """The team in an item's brackets, else the first known team the item names. Brackets
    that give both ends ("(A → B)") name the other team on the far side from the list's. A
    known team right after the item's arrow comes first ("Name ← X (a note)")."""
    led = _ARROW_TEAM.match(rest)
    if led is not None:
        team = team_cell(resolver, led.group("team"))
        if team is not None and team.ref is not None:
            return team
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
        # not a team in an entry's brackets ("In: A (X). Out: B (Y)": X is A's old team)
        here = [
            m
            for m in by_line.get(line.index, [])
            if m.team is not None
            and m.kind is not None
            and m.end <= before
            and doc.text.count("(", line.start, m.start) == doc.text.count(")", line.start, m.start)
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
