"""Layouts that say a move without a sentence: tables, From:/To: and In:/Out: blocks, arrows.

- a markdown table whose header names the columns ("Rider | From | To", "Name | Old team |
  New team", "Renner | Van | Naar"): one move per row;
- a "From: A" / "To: B" pair under (or beside) a line naming the person;
- "In:" / "Out:" (Arrivals, Aankomsten, Arrivi, Altas ...) lines of entries "Name (Team)" under a
  line naming the team, or under a headline naming one;
- "Name (A → B)", "Name – A > B", "Name: A → B", "Name (A) → B", "Name → B" (B known), and in
  a list "Name: A to B"; a live blog's "OFFICIAL: Name (A → B)" read past its label;
- "Name: retiring (Team)" in a list;
- a name on its own line over "From A to B";
- "Cofidis confirms X." as a sentence of its own (a live blog's entry);
- a table "Rider | Team | Status" whose note retires or renews.
The labels come from every language's vocabulary at once: a list's labels are its own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.models import ClaimKind
from bot.domain.names import fold
from bot.domain.reading import lists
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
    without_lead_word,
)
from bot.domain.reading.mentions import Resolver
from bot.domain.reading.records import Document, Line, LineKind, Mention, TeamPick, TriggerClass
from bot.domain.reading.text import folded, squash
from bot.domain.reading.vocab import any_language, languages

_ARROW = r"(?:→|->|=>|»|>|➝|➔|➜|⇒|⟶|►|➡\ufe0f?)"
_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,4}"
_PAREN_ARROW = re.compile(
    rf"^(?P<name>{_NAME})\s*\(\s*(?P<a>[^()]*?)\s*{_ARROW}\s*(?P<b>[^()]*?)\s*\)"
)
# "Name – Team : last season"
_DASH_LABEL = re.compile(rf"^(?P<name>{_NAME})\s*(?:[–—]|\s-)\s*(?P<a>[^:]+?)\s*:\s*(?P<b>.+)$")
# "OFFICIAL: Name (A → B)", "Done deal: ...": a capitalised label before the move, as live blogs
# and briefs label their entries (tried only when the line read whole names no person)
_STATUS_LABEL = re.compile(r"^[A-ZÀ-Þ][^\W\d_]*(?:[ '’][^\W\d_]+){0,3}\s?:\s+(?=\S)")
# (a "«" before the "»" opens a quote the "»" closes: « un modèle », no arrow)
_DASH_ARROW = re.compile(
    rf"^(?P<name>{_NAME})\s*(?:[:–—,|]|\s-)\s*(?P<a>[^:>→«]+?)\s*{_ARROW}\s*(?P<b>.+?)\s*(?:[.;]\s|[.;]?$|\s[–—-]\s)"
)
# "Name (DEN) – A → B", "Name (26): A → B": a short note in brackets after the name, before
# the mark that ends it, is not read (a bracket right before an arrow is the team left)
_NAME_NOTE = re.compile(rf"^(?P<name>{_NAME})\s*\([^()→>]{{1,15}}\)(?=\s*(?:[–—:,|]|\s-\s))")
# "Name → B": an arrow straight after the name, the team left unsaid
_NAME_ARROW = re.compile(
    rf"^(?P<name>{_NAME})\s*{_ARROW}\s*(?P<b>[^.;()]+?)\s*(?:[.;(]|\s[–—-]\s|$)"
)
# "Name (A) → B": the team left in brackets after the name, the arrow outside them
_PAREN_FROM = re.compile(
    rf"^(?P<name>{_NAME})\s*\(\s*(?P<a>[^()]+?)\s*\)\s*{_ARROW}\s*(?P<b>[^.;()]+?)\s*(?:[.;(]|\s[–—-]\s|$)"
)


def read_layouts(doc: Document, resolver: Resolver, mentions: list[Mention]) -> Layouts:
    """Every move the text states as a list, a table or a block."""
    out = Layouts()
    line_sentence = {s.line: s.index for s in reversed(doc.sentences)}
    _tables(doc, resolver, out, line_sentence)
    _from_to(doc, resolver, mentions, out, line_sentence)
    lists.read_lists(doc, resolver, mentions, out, line_sentence)
    _arrows(doc, resolver, out, line_sentence)
    _team_names_rider(doc, mentions, out)
    _route_under_name(doc, resolver, out, line_sentence)
    _staying_sentences(doc, out)
    _recap_items(doc, out)
    return out


def _recap_items(doc: Document, out: Layouts) -> None:
    """A list right under an intro that dates it to a past season ("Last year's big moves, for
    reference:", "Les transferts de l'an dernier :", "Vorig jaar:"): its items recall old moves,
    none is news."""
    past = languages()[doc.language].grouped["season_last"]
    for d in out.drafts:
        line = doc.lines[doc.sentences[d.sentence].line]
        if line.kind is not LineKind.ITEM:
            continue
        intro = next(
            (x for x in reversed(doc.lines[: line.index]) if x.kind is not LineKind.ITEM), None
        )
        if intro is None or not doc.text[intro.start : intro.end].rstrip().endswith(":"):
            continue  # items straight under an intro that ends in a colon
        if any(p.search(doc.folded, intro.start, intro.end) for p in past):
            d.background = True


# "Staying put:", "Blijvers:", "Continuidad en el Movistar:": a stay label (and at most a team's
# name after it) before a colon that opens a sentence
_LEAD_LABEL = re.compile(r"\s*[*_]*(?P<label>[^\W\d_][^:.;!?]{1,40}?)[*_]*\s?:\s")


def _staying_sentences(doc: Document, out: Layouts) -> None:
    """A round-up's sentence opened by a label of the riders who stay ("Staying put: X is under
    contract, and Y remains at Z"; "Continuidad en el Movistar: X e Y seguirán, ..."): what it
    tells is who stays, so no stage reads a move in it (a retirement told in its aside is a
    recap)."""
    stay = any_language("stay_labels")
    if stay is None:
        return
    for s in doc.sentences:
        if s.kind is LineKind.HEADLINE or s.index in out.consumed:
            continue
        m = _LEAD_LABEL.match(doc.folded, s.start, min(s.end, s.start + 48))
        if m is None:
            continue
        label = m.group("label")
        head = stay.match(label)  # the label's words first, a team's name at most after them
        if head is None:
            continue
        after = doc.text[m.start("label") + head.end() : m.end("label")].split()
        # "Continuidad en el Movistar": short function words, then capitalised ones; not
        # "Staying with the transfer news:", a live blog's way to go on
        if len(after) <= 4 and all(w[:1].isupper() or len(w) <= 3 for w in after):
            out.consumed.add(s.index)


def _route_under_name(doc: Document, resolver: Resolver, out: Layouts,
                      line_sentence: dict[int, int]) -> None:  # fmt: skip
    """A line that is only a person's name over a line "From A to B" ("Van A naar B", "De A à
    B"): the person's move, when both are teams we know."""
    from_words = any_language("from_labels")
    for above, line in zip(doc.lines, doc.lines[1:], strict=False):
        if line.end - line.start > 80 or from_words is None or above.kind is LineKind.HEADLINE:
            continue
        route = doc.text[line.start : line.end].strip(" *_.")
        lead = re.match(r"(\w+)\s+|(\w+')(?=\w)", doc.folded[line.start : line.end].strip(" *_."))
        if lead is None or not from_words.fullmatch(lead.group(1) or lead.group(2)):
            continue
        pair = _from_to_words(route[lead.end() :])
        head = BULLET.sub("", doc.text[above.start : above.end]).strip(" *_:")
        who = person_cell(resolver, head) if pair is not None and len(head) <= 50 else None
        sentence = line_sentence.get(above.index)
        if who is None or pair is None or sentence is None or sentence in out.consumed:
            continue
        frm, to = team_cell(resolver, pair[0]), team_cell(resolver, pair[1])
        if frm is None or to is None or frm.ref is None or to.ref is None:
            continue
        add_draft(out, doc, who, ClaimKind.TRANSFER, frm, to, sentence, line.end)
        if line.index in line_sentence:
            out.consumed.add(line_sentence[line.index])


_ARTICLE = re.compile(r"the|la|le|l'|il|lo|el|de|het")


def _move_beside(doc: Document, index: int, moving: list[re.Pattern[str]]) -> bool:
    """Another sentence of the paragraph tells a move ("The Dane comes over from Movistar")."""
    paragraph = doc.sentences[index].paragraph
    return any(
        x.index != index and p.search(doc.folded, x.start, x.end)
        for x in doc.sentences
        if x.paragraph == paragraph
        for p in moving
    )


def _team_names_rider(doc: Document, mentions: list[Mention], out: Layouts) -> None:
    """ "Jumbo-Visma confirms Dylan van Baarle.", "Cofidis officialise Kasper Holm.": a sentence
    that is only a team, a verb that names a rider and a person is the team's signing (a live
    blog's entry, a brief's first line)."""
    verbs = any_language("names_rider")
    if verbs is None:
        return
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    moving = [
        p
        for c, p in languages()[doc.language].triggers.items()
        if c in (TriggerClass.MOVE, TriggerClass.SIGNING)
    ]
    for index, ms in by_sentence.items():
        s = doc.sentences[index]
        ms = sorted(ms, key=lambda m: m.start)
        left = _left_in_tail(doc, ms)
        if (
            len(ms) - (left is not None) != 2
            or index in out.consumed
            or s.kind is LineKind.HEADLINE
        ):
            continue
        team, person = ms[:2]
        if team.team is None or team.kind is None or person.who is None or person.kind is None:
            continue
        lead = doc.folded[s.start : team.start].strip(" *_\"'“‘")
        if (lead and not _ARTICLE.fullmatch(lead)) or person.role_staff:
            continue  # the team opens the sentence
        tail = doc.folded[person.end : (left.start if left else s.end)].strip(" .!*_\"'”’")
        deal = bool(tail) and _new_deal_tail(doc, tail)
        if left is not None and left.team is not None and left.kind is not None:
            tail, deal = "", True  # "X, who leaves Y": the team left closes the sentence
        if tail and not deal:
            continue  # and the person closes it, or the new deal's terms do
        if not deal and not _move_beside(doc, index, moving):
            continue  # "Cofidis confirms X." alone may be a race's line-up
        if verbs.fullmatch(doc.folded[team.end : person.start].strip()):
            origin = left.team if left is not None else None
            # with its relative clause the sentence tells the move whole: its status is its own
            end = s.end if left is not None else None
            add_draft(out, doc, person.who, ClaimKind.TRANSFER, origin, team.team, index, end)


def _left_in_tail(doc: Document, ms: list[Mention]) -> Mention | None:
    """ "Lidl-Trek have announced Kasper Holm, who leaves Movistar after three seasons.": a
    third mention, a team, after a relative clause whose words leave it (a live blog's entry,
    a brief). None when the sentence is not team, person, ", who leaves" team."""
    if len(ms) != 3 or ms[2].team is None:
        return None
    between = doc.folded[ms[1].end : ms[2].start]
    leave = languages()[doc.language].leave_words
    m = re.fullmatch(r"\s*,\s*((?:\w+'?\s*){1,6}?)\s*", between)
    if leave is None or m is None:
        return None
    after = doc.folded[ms[2].end : ms[2].end + 20].split()[:1]  # Dutch: "die Movistar verlaat"
    if leave.search(m.group(1)) is None and not (after and leave.fullmatch(after[0].strip(".,"))):
        return None
    s = doc.sentences[ms[2].sentence]
    rest = doc.folded[ms[2].end : s.end]
    if "," in rest or len(rest.split()) > 6:
        return None  # "..., who left Y last year, for the Tour": an aside, the news elsewhere
    return ms[2]


def _new_deal_tail(doc: Document, tail: str) -> bool:
    """ "Lidl-Trek announce X on a five-year contract": the words after the person are a
    contract's terms (a contract word), not a renewal's."""
    c = languages()[doc.language]
    words, extend = c.contract_words, c.triggers.get(TriggerClass.EXTEND)
    if words is None or words.search(tail) is None:
        return False
    return extend is None or extend.search(tail) is None


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
    notes: tuple[int, int, int] | None = None
    prev = -2
    for line in rows:
        cells = _cells(doc, line)
        if line.index != prev + 1:
            cols = _columns(cells)  # a table's first row is its header
            notes = _note_columns(cells) if cols is None else None
        elif all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            pass
        elif cols is not None:
            _row(doc, resolver, out, cells, cols, line_sentence.get(line.index))
        elif notes is not None:
            _note_row(doc, resolver, out, cells, notes, line_sentence.get(line.index))
        prev = line.index


# a row's note that undoes its retirement or renewal
_NOT_DONE = frozenset(
    {TriggerClass.POSTPONE, TriggerClass.COMEBACK, TriggerClass.DENY, TriggerClass.STAY}
)


def _note_columns(header: list[str]) -> tuple[int, int, int] | None:
    """(person, team, note) of a table headed "Rider | Team | Status": each row's note says
    what the person does with the team ("retires", "extended until 2027")."""
    folded = [fold(h) for h in header]
    person = next((i for i, h in enumerate(folded) if is_label("person_headers", h)), None)
    team = next((i for i, h in enumerate(folded) if is_label("team_headers", h)), None)
    note = next((i for i, h in enumerate(folded) if is_label("note_headers", h)), None)
    if person is None or team is None or note is None:
        return None
    return person, team, note


def _note_row(doc: Document, resolver: Resolver, out: Layouts, cells: list[str],
              cols: tuple[int, int, int], sentence: int | None) -> None:  # fmt: skip
    """A row whose note retires the person from the team or renews them with it; a note that
    tells anything else (a move, a rumour) is left alone."""
    if max(cols) >= len(cells):
        return
    who = person_cell(resolver, cells[cols[0]])
    team = team_cell(resolver, cells[cols[1]])
    note = cells[cols[2]]
    # a table's words may be in any language, like its labels
    said = {
        c
        for lang in languages().values()
        for c, p in lang.triggers.items()
        if p.search(folded(note))
    }
    if said & _NOT_DONE:
        return  # "retirement postponed", "denies retiring", "comeback"
    if TriggerClass.RETIRE in said:  # a retirement's words, not a label's bare "stops"
        add_draft(out, doc, who, ClaimKind.RETIREMENT, team, None, sentence)
    elif is_renewal(note) and team is not None:
        add_draft(out, doc, who, ClaimKind.CONTRACT_EXTENSION, team, team, sentence,
                  contract_end=contract_in(note))  # fmt: skip


def _columns(header: list[str]) -> _Columns | None:
    """The person, from, to and contract columns of a table header (None: no transfer table)."""
    folded = [fold(h) for h in header]
    person, frm, to, until = 0, None, None, None
    for i, h in enumerate(folded):
        if is_label("person_headers", h):
            person = i
        elif is_label("from_labels", h):
            frm = i
        elif is_label("to_labels", h):
            to = i
        elif is_label("contract_headers", h):
            until = i
    # "Leaving | Joining", "Out | In": a list's labels name a table's columns as well
    for i, h in enumerate(folded):
        if frm is None and i not in (person, to, until) and is_label("out_labels", h):
            frm = i
        elif to is None and i not in (person, frm, until) and is_label("in_labels", h):
            to = i
    years = [
        (int(y.group(0)), i) for i, h in enumerate(folded) if (y := re.search(r"(?:19|20)\d\d", h))
    ]
    if (frm is None or to is None) and len(years) >= 2:
        frm, to = min(years)[1], max(years)[1]
    return _Columns(person, frm, to, until) if to is not None else None


def _row(doc: Document, resolver: Resolver, out: Layouts, cells: list[str], cols: _Columns,
         sentence: int | None) -> None:  # fmt: skip
    if max(c for c in (cols.person, cols.frm, cols.to, cols.until) if c is not None) >= len(cells):
        return
    who = person_cell(resolver, cells[cols.person])
    origin = team_cell(resolver, cells[cols.frm]) if cols.frm is not None else None
    kind = ClaimKind.RETIREMENT if is_retiring(cells[cols.to]) else ClaimKind.TRANSFER
    dest = None if kind is ClaimKind.RETIREMENT else team_cell(resolver, cells[cols.to])
    until = contract_in(cells[cols.until]) if cols.until is not None else None
    add_draft(
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
def _from_to(doc: Document, resolver: Resolver, mentions: list[Mention], out: Layouts,
             line_sentence: dict[int, int]) -> None:  # fmt: skip
    lines = doc.lines
    for i, line in enumerate(lines):
        got_from = label_value(doc, line.start, line.end, "from_labels")
        if got_from is None or line.kind is LineKind.TABLE:
            continue
        got_to = label_value(doc, line.start, line.end, "to_labels")
        to_line = line
        if got_to is None and i + 1 < len(lines):
            to_line = lines[i + 1]
            got_to = label_value(doc, to_line.start, to_line.end, "to_labels")
            if got_to is not None and got_to[1] != first_char(doc, to_line):
                got_to = None  # the next line's own "to" is not this block's
        if got_to is None:
            continue
        head, head_line = _block_head(doc, lines, i, got_from[1])
        if head is None:
            continue
        who = person_cell(resolver, _without_person_label(BULLET.sub("", head)))
        retiring = is_retiring(head) or is_retiring(got_to[0])
        (_, origin), (role, to_cell) = _role_first(got_from[0]), _role_first(got_to[0])
        kind = ClaimKind.RETIREMENT if retiring else ClaimKind.TRANSFER
        kind = ClaimKind.STAFF_MOVE if role and kind is ClaimKind.TRANSFER else kind
        dest = None if retiring else team_cell(resolver, to_cell)
        for idx in {head_line.index, line.index, to_line.index}:
            if idx in line_sentence:
                out.consumed.add(line_sentence[idx])
        end = _block_end(lines, to_line.index)
        add_draft(
            out,
            doc,
            who,
            kind,
            team_cell(resolver, origin),
            dest,
            line_sentence.get(head_line.index),
            end,
        )
        if kind is ClaimKind.TRANSFER and dest is not None:
            _also_new(doc, mentions, out, to_line.end, end, dest)


def _also_new(doc: Document, mentions: list[Mention], out: Layouts, lo: int, hi: int,
              dest: TeamPick) -> None:  # fmt: skip
    """A From/To block's description that names another newcomer of the same team: "She will
    back up X, also a new arrival at the Emirati team" ("elle aussi nouvelle venue", "anche lei
    nuova arrivata", "die ook nieuwkomer is", "ella también recién llegada"): X joins it too."""
    pattern = languages()[doc.language].also_new
    if pattern is None:
        return
    for m in mentions:
        if not lo < m.start < hi or m.who is None or m.kind is None or m.role_staff:
            continue
        comma = re.match(r"\s*,\s*", doc.folded[m.end : m.end + 4])
        if comma is not None and pattern.match(doc.folded, m.end + comma.end(), hi):
            add_draft(out, doc, m.who, ClaimKind.TRANSFER, None, dest, m.sentence)


def _role_first(cell: str) -> tuple[bool, str]:
    """ "Director of Racing, INEOS": a role before the team (a staff role: True; "rider": False)
    and the team's cell without it."""
    role, sep, rest = cell.partition(",")
    if not sep or not rest.strip():
        return False, cell
    word = folded(role).strip()
    staff = any_language("staff_roles")
    if staff is not None and staff.fullmatch(word):
        return True, rest
    riders = any_language("person_headers")
    return (False, rest) if riders is not None and riders.fullmatch(word) else (False, cell)


def _without_person_label(head: str) -> str:
    """ "Rider: X", "Renner: X": the person line's own label is not part of the name."""
    label, sep, rest = head.partition(":")
    if sep and rest.strip() and is_label("person_headers", folded(label).strip()):
        return rest.strip()
    return head


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


# -- arrows and list items ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Line:
    """A move one line states: the person, the team left, the team joined (None: retiring)."""

    name: str
    frm: str | None
    to: str | None
    strict: bool = False  # read without a "Name:" label: both teams must be teams we know
    known: bool = False  # a line with no bullet: the person must be one we know


def _arrows(doc: Document, resolver: Resolver, out: Layouts, line_sentence: dict[int, int]) -> None:
    for line in doc.lines:
        if line.kind in (LineKind.TABLE, LineKind.FURNITURE, LineKind.BLANK, LineKind.HEADLINE):
            continue
        sentence = line_sentence.get(line.index)
        if sentence is None or sentence in out.consumed:
            continue
        # from the sentence's start: a live blog's timestamp is not read
        start = doc.sentences[sentence].start
        bare = BULLET.sub("", doc.text[start : line.end]).replace("**", "").strip().lstrip("# ")
        found = _arrow(bare, line.kind)
        label = _STATUS_LABEL.match(bare)
        inner = _arrow(bare[label.end() :], line.kind) if label is not None else None
        if inner is not None and _better_name(resolver, inner, found):
            found = inner  # "BREAKING NEWS: Name (A → B)": the label is no person's name
        who = person_cell(resolver, found.name) if found is not None else None
        if found is None or who is None or (found.strict and not _known(resolver, found)):
            continue
        if found.known and who.ref is None:
            continue  # "Breaking News: Movistar to Cofidis" names no one
        a, b = found.frm, found.to
        if b is not None and is_retiring(b) and not is_retiring(found.name):
            origin = team_cell(resolver, a) or _paren_team(resolver, b)
            add_draft(out, doc, who, ClaimKind.RETIREMENT, origin, None, sentence)
            continue
        kind = ClaimKind.RETIREMENT if b is None else ClaimKind.TRANSFER
        add_draft(out, doc, who, kind, team_cell(resolver, a), team_cell(resolver, b), sentence)


def _better_name(resolver: Resolver, inner: _Line, outer: _Line | None) -> bool:
    """The line read past its label names a person, and the line read whole names none or
    only a name we do not know ("BREAKING NEWS"); "Name: A → B" keeps its known name."""
    inside = person_cell(resolver, inner.name)
    whole = person_cell(resolver, outer.name) if outer is not None else None
    if inside is None:
        return False
    return whole is None or (whole.ref is None and inside.ref is not None)


def _known(resolver: Resolver, found: _Line) -> bool:
    """The destination is a team we know, and the origin one too or at least a short name."""
    if resolver.team(_bare(found.to or "")) is None:
        return False
    if found.frm is None:
        return True  # "Name → Team": the team is known
    origin = _bare(found.frm)
    return resolver.team(origin) is not None or (
        0 < len(origin) <= 40 and origin[:1].isupper() and len(origin.split()) <= 4
    )


# a quotation in guillemets ("a salué « un modèle »"): its closing mark is no arrow
_GUILLEMETS = re.compile(r"«([^«»]*)»")


def _arrow(text: str, kind: LineKind) -> _Line | None:
    then = _PAREN_COLON.match(text) if len(text) <= 90 else None
    if then is not None:  # "Name (Old team) : New team": teams we know (no bullet: a person too)
        return _Line(
            then.group("name"), then.group("a"), then.group("b"), True, kind is not LineKind.ITEM
        )
    text = _GUILLEMETS.sub(r"“\1”", text)
    text = _NAME_NOTE.sub(r"\g<name>", text, count=1)
    m = _PAREN_ARROW.match(text) or _PAREN_FROM.match(text) or _DASH_ARROW.match(text)
    if m is not None:
        # "(Movistar → Lidl-Trek, 2 years)": a note after a comma is no part of the team
        return _Line(m.group("name"), m.group("a"), re.split(r"[,;]", m.group("b"))[0])
    bare = _NAME_ARROW.match(text)
    if bare is not None:  # "Name → Team", no team left: only a team we know
        return _Line(bare.group("name"), None, bare.group("b"), strict=True)
    labelled = _DASH_LABEL.match(text)
    if labelled is not None and is_retiring(labelled.group("b")):
        return _Line(labelled.group("name"), labelled.group("a"), labelled.group("b"))
    if kind is not LineKind.ITEM:
        # a short line "Name — A to B (two years)" in a run of such lines, with no bullet
        short = len(text) <= 90 and not re.search(r"[.!?]\s", text)
        if short and re.search(r"\s[–—]\s", text):
            return _item_from_to(text)
        whole = _PAREN_ITEM.fullmatch(text.rstrip(" .")) if short else None
        if whole is not None:  # a sub-head "Name (A to B)" over the move's description
            return _item_from_to(text)
        # a summary's short line "Name: A to B" with no bullet: a person and teams we know
        named = re.match(rf"^(?P<name>{_NAME})\s*:\s*(?P<rest>.+)$", text) if short else None
        pair = _from_to_words(named.group("rest")) if named is not None else None
        return _Line(named.group("name"), *pair, True, True) if named and pair else None
    named = re.match(rf"^(?P<name>{_NAME})\s*:\s*(?P<rest>.+)$", text)
    if named is None:
        return _item_from_to(text)
    rest = named.group("rest")
    if is_retiring(rest.split("(")[0]):
        paren = re.search(r"\(([^()]+)\)", rest)
        return _Line(named.group("name"), paren.group(1) if paren else None, None)
    pair = _from_to_words(rest) or _came_from(rest)
    return _Line(named.group("name"), *pair) if pair else _item_from_to(text)


# "Name (Movistar) : Cofidis": the team left in brackets, the team joined after a colon
_PAREN_COLON = re.compile(
    rf"^(?P<name>{_NAME})\s*\(\s*(?P<a>[^\W\d_][^()]*?)\s*\)\s*:\s*(?P<b>[^.;:()→>]+?)\s*[.;]?$"
)


# "Name: Cofidis (from Movistar)": the team joined, the team left in brackets after a "from" word
_TEAM_THEN_FROM = re.compile(r"^(?P<b>[^()]+?)\s*\((?P<a>[^()]+)\)\s*[.;]?$")


def _came_from(rest: str) -> tuple[str, str] | None:
    """ "Cofidis (from Movistar)", "Cofidis (ex-Movistar)", "Cofidis (van Movistar)": a list
    item's new team with its old one in brackets."""
    m = _TEAM_THEN_FROM.match(rest.strip())
    from_words = any_language("from_labels")
    if m is None or from_words is None:
        return None
    lead = re.match(r"(\w+)\s+|(\w+')(?=\w)|ex[- ](?=\w)", folded(m.group("a")))
    if lead is None or not (
        lead.group(0).startswith("ex") or from_words.fullmatch(lead.group(1) or lead.group(2))
    ):
        return None
    return m.group("a"), m.group("b")


# "Name – dalla X alla Y", "Name (de X à Y)", "Name, van X naar Y": a list item without a colon
_ITEM = re.compile(rf"^(?P<name>{_NAME}?)\s*(?:\s[–—-]\s|[–—]|,|\()\s*(?P<rest>.+?)\)?[.;]?$")


# "Name (A to B). The Belgian ...": a list item whose brackets hold the move, a description after
_PAREN_ITEM = re.compile(
    rf"^(?P<name>{_NAME}?)\s*\((?P<rest>[^()]{{3,90}})\)(?:[.;:,]|\s[–—-]\s|$)"
)


def _item_from_to(text: str) -> _Line | None:
    from_words = any_language("from_labels")
    if from_words is None:
        return None
    paren = _PAREN_ITEM.match(text)
    if paren is not None:
        # "- Victor Dupont (Cofidis to Arkéa). The climber ...": the brackets' "A to B" alone
        pair = _from_to_words(paren.group("rest") + " ")
        if pair is not None and pair[0] and "," not in pair[0]:  # not "(Movistar, close to X)"
            return _Line(paren.group("name"), pair[0], pair[1], strict=True)
    m = _ITEM.match(text)
    if m is None:
        return _spaced_from_to(text, from_words)
    rest = m.group("rest")
    lead = re.match(r"(\w+)\s+|(\w+')(?=\w)", folded(rest))
    if lead is None or not from_words.fullmatch(lead.group(1) or lead.group(2)):
        dashed = re.search(r"\s[–—-]\s|[–—]", text[: m.start("rest")])
        if dashed is None:
            return None
        pair = _from_to_words(rest)  # "Name — A to B (two years)": no "from" word
        return _Line(m.group("name"), pair[0], pair[1], strict=True) if pair else None
    pair = _from_to_words(rest)
    return _Line(m.group("name"), pair[0], pair[1], strict=True) if pair else None


def _spaced_from_to(text: str, from_words: re.Pattern[str]) -> _Line | None:
    """ "Name van X naar Y", "Name de X à Y": a list item whose name no mark ends. The "from"
    word is the last one before the "to" word that a capitalised team follows (so "van" inside
    "Thijs van der Berg" stays in the name)."""
    pair = _from_to_words(text)
    if pair is None:
        return None
    head = pair[0]
    best = None
    for w in re.finditer(r"(?<=\s)(\w+)\s+(?=[A-Z0-9])|(?<=\s)(\w+')(?=[A-Z])", head):
        if from_words.fullmatch(folded(w.group(1) or w.group(2))):
            best = w
    if best is None:
        return None
    name = head[: best.start()].strip()
    if not name or not all(part[:1].isupper() or part.islower() for part in name.split()):
        return None
    if not name.split()[0][:1].isupper() or len(name.split()) > 5:
        return None
    return _Line(name, head[best.end() :].strip(), pair[1], strict=True)


def _from_to_words(rest: str) -> tuple[str, str] | None:
    """ "Cofidis to Lidl-Trek", "dalla UAE all'Astana": the text before and after a "to" word."""
    to_words = any_language("to_labels")
    if to_words is None:
        return None
    plain = folded(rest)
    for sep in re.finditer(r"(?<=\s)(\w+)(?=\s)|(?<=\s)(\w+')(?=\w)", plain):
        word = sep.group(1) or sep.group(2)
        if to_words.fullmatch(word):
            tail = re.split(r"[.;,(]\s|[.;]$|\s[–—-]\s|\s\(", rest[sep.end() :])[0]
            return rest[: sep.start()].strip(), tail.strip()
    return None


def _bare(raw: str) -> str:
    """A cell's team name alone: no "from" word before it, no note in brackets."""
    return squash(re.sub(r"\([^()]*\)?", " ", without_lead_word(raw.strip()))).strip(" .,;:")


def _paren_team(resolver: Resolver, raw: str) -> TeamPick | None:
    m = re.search(r"\(([^()]+)\)", raw)
    return team_cell(resolver, m.group(1)) if m else None
