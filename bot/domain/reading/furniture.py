"""Stage 2: lines, page furniture, list and table rows, Q&A, and sentences.

Furniture (newsletter prompts, image credits, related-article teasers, author bios, bylines) is
dropped before anything is read, whatever the language: the patterns of every language are
tried on every line, as a French site can carry an English cookie notice.
"""

from __future__ import annotations

import re

from bot.domain.reading.records import Line, LineKind, Sentence, TriggerClass
from bot.domain.reading.vocab import any_language, languages

# an arrow may mark a list's items: "→ Name (from X)" an arrival, "← Name" a departure
_ITEM = re.compile(r"^\s*(?:[-+*•·▪►◦→←➝➔➜➡⬅✅❌➕➖]\ufe0f?|->|<-|=>|\d{1,2}[.)])\s+\S")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_BYLINE = re.compile(
    r"^\s*(?:by|words by|written by|door|par|di|por|von)\s+[A-Z][\w'-]+(?:\s+(?:van |de |der )?[A-Z][\w'-]+){0,3}\s*(?:[,|-].{0,40})?$",
    re.IGNORECASE,
)
# Matched with .match(text, pos): no "^", which would only hold at the text's very start.
# A live blog's timestamp: "09:12 –", "9:40am -", "[14:15]", "**14:15**", "09:05 CET |".
_TIMESTAMP = re.compile(
    r"\s*[\[(*]{0,2}\d{1,2}[:.hu]\d{2}(?:\s?(?:am|pm|AM|PM))?"
    r"(?:\s(?:CET|CEST|BST|GMT|UTC|ET|PT))?[\])*]{0,2}\s*(?:[-–—:|]\s*)?"
)
# A sentence ends at . ! ? (with closing quotes) before a capital, digit or opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9ÀÉÈÎÖÜÅØÆČŠŽŁ])")
_ABBREV = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|vs|no|jr|sr|inc|ltd|co|nr|p/b|e\.g|i\.e|ca|approx|[A-Z]))\.$",
    re.IGNORECASE,
)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for raw in text.split("\n"):
        spans.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return spans


def _is_furniture(line: str, folded_line: str) -> bool:
    stripped = folded_line.strip()
    if not stripped:
        return False
    if _BYLINE.match(line) and len(line) < 90:
        return True
    lead = any_language("furniture_lead")
    if lead is not None and lead.match(stripped) and len(stripped) <= 300:
        return True  # "[Photo: ...]", "About the author: ...", "Read more"
    words = any_language("furniture")
    # Prose that mentions a newsletter is still prose: such furniture is one short sentence.
    return (
        bool(words and words.search(stripped))
        and len(stripped) <= 200
        and not _SENTENCE_END.search(line)
        and not _tells_move(stripped)
    )


def _tells_move(folded_line: str) -> bool:
    """ "X could join Y, writes J in his Z newsletter": a move's words make it prose."""
    for c in languages().values():
        for cls in (TriggerClass.MOVE, TriggerClass.RETIRE, TriggerClass.EXTEND):
            pattern = c.triggers.get(cls)
            if pattern is not None and pattern.search(folded_line):
                return True
    return False


def _is_teaser_head(folded_line: str) -> bool:
    pattern = any_language("teaser_heads")
    text = folded_line.strip().rstrip(":").strip()
    return bool(pattern and text and pattern.fullmatch(text))


def classify(text: str, folded: str) -> list[Line]:
    """Every line with its kind and paragraph number."""
    spans = _line_spans(text)
    kinds: list[LineKind] = []
    teaser = False
    for start, end in spans:
        line, fline = text[start:end], folded[start:end]
        if not line.strip():
            kinds.append(LineKind.BLANK)
            teaser = False
        elif teaser and len(line) < 400:  # a teaser list's entries, an author's bio
            kinds.append(LineKind.FURNITURE)
        elif _is_teaser_head(fline):
            kinds.append(LineKind.FURNITURE)
            teaser = True
        elif _is_furniture(line, fline):
            kinds.append(LineKind.FURNITURE)
        elif _TABLE.match(line) and line.count("|") >= 3:
            kinds.append(LineKind.TABLE)
        elif _ITEM.match(line):
            kinds.append(LineKind.ITEM)
        else:
            kinds.append(LineKind.BODY)
    _mark_headline(kinds)
    _mark_bare_tables(text, spans, kinds)
    _mark_interview(text, spans, kinds)
    _mark_transcript(text, spans, kinds)
    stamped = [
        bool(_TIMESTAMP.match(text, s, e)) and kinds[i] is LineKind.BODY
        for i, (s, e) in enumerate(spans)
    ]
    return _numbered(spans, kinds, stamped if sum(stamped) >= 2 else None)


def _mark_bare_tables(text: str, spans: list[tuple[int, int]], kinds: list[LineKind]) -> None:
    """A table pasted without its outer bars ("Rider | From | To" over "X | A | B" rows): three
    or more body lines in a row that hold the same number of bars, two at least."""
    if " | " not in text:
        return
    run: list[int] = []
    for i, (s, e) in enumerate([*spans, (0, 0)]):
        bars = text.count(" | ", s, e) if i < len(kinds) and kinds[i] is LineKind.BODY else 0
        if bars >= 2 and (not run or bars == text.count(" | ", *spans[run[0]])):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                kinds[j] = LineKind.TABLE
        run = [i] if bars >= 2 else []


def _mark_headline(kinds: list[LineKind]) -> None:
    for i, kind in enumerate(kinds):
        if kind in (LineKind.BODY, LineKind.ITEM):
            kinds[i] = LineKind.HEADLINE
            return
        if kind is not LineKind.FURNITURE and kind is not LineKind.BLANK:
            return


def _mark_interview(text: str, spans: list[tuple[int, int]], kinds: list[LineKind]) -> None:
    """Questions and answers: at least two body lines ending in '?' each followed by an answer."""
    questions = [
        i
        for i, (s, e) in enumerate(spans)
        if kinds[i] is LineKind.BODY and text[s:e].rstrip(" *_").endswith("?") and e - s < 200
    ]
    if len(questions) < 2:
        return
    for i in questions:
        kinds[i] = LineKind.QUESTION
        j = i + 1
        while j < len(kinds) and kinds[j] is LineKind.BLANK:
            j += 1  # a question in a paragraph of its own: the answer is the next one
        while j < len(kinds) and kinds[j] is LineKind.BODY:
            kinds[j] = LineKind.ANSWER
            j += 1


def _numbered(
    spans: list[tuple[int, int]], kinds: list[LineKind], entries: list[bool] | None
) -> list[Line]:
    """Lines with paragraph numbers; in a live blog each timestamped entry is a paragraph."""
    lines, paragraph = [], 0
    for i, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True)):
        if kind is LineKind.BLANK or (
            entries and entries[i] and i and kinds[i - 1] is not LineKind.BLANK
        ):
            paragraph += 1
        lines.append(Line(i, start, end, kind, paragraph))
    return lines


# "HOST: ...", "MARTIN: ...": a speaker's label in capitals at a transcript line's start
_SPEAKER = re.compile(r"\s*([A-Z][A-Z'’.-]{0,20}(?: [A-Z][A-Z'’.-]{0,20}){0,2})\s*:\s+")


def _mark_transcript(text: str, spans: list[tuple[int, int]], kinds: list[LineKind]) -> None:
    """A transcript: body lines led by two speakers' labels in turn. The speaker whose lines
    ask more questions is the host (questions); the other is the interviewee (answers)."""
    said: dict[str, list[int]] = {}
    for i, (s, e) in enumerate(spans):
        m = _SPEAKER.match(text, s, e)
        if kinds[i] is LineKind.BODY and m is not None:
            said.setdefault(m.group(1), []).append(i)
    if len(said) != 2 or any(len(rows) < 2 for rows in said.values()):
        return

    def asks(label: str) -> int:
        return sum(text[spans[i][0] : spans[i][1]].rstrip().endswith("?") for i in said[label])

    host, guest = sorted(said, key=asks, reverse=True)
    if asks(host) == asks(guest):
        return
    for i in said[host]:
        kinds[i] = LineKind.QUESTION
    for i in said[guest]:
        kinds[i] = LineKind.ANSWER


# "Tim Smith: The Belgian is said to ...": a column's entry, led by the name it is about
_NAMED_ENTRY = re.compile(
    r"\s*[A-Z][\w'’.-]+(?: (?:van |de |der |di |da |le |la )?[A-Z][\w'’.-]+){0,3}:\s+\S"
)


def is_column(text: str, lines: tuple[Line, ...]) -> bool:
    """Two or more paragraphs led by a name and a colon: each entry is a story of its own."""
    return (
        sum(
            1 for x in lines if x.kind is LineKind.BODY and _NAMED_ENTRY.match(text, x.start, x.end)
        )
        >= 2
    )


def is_live_blog(text: str, lines: tuple[Line, ...]) -> bool:
    """Two or more timestamped entries ("09:12 | ..."): each one is a story of its own."""
    return (
        sum(1 for x in lines if x.kind is LineKind.BODY and _TIMESTAMP.match(text, x.start, x.end))
        >= 2
    )


def sentences(text: str, lines: list[Line]) -> list[Sentence]:
    """The sentences of every line that is read (furniture and blanks are not)."""
    out: list[Sentence] = []
    for line in lines:
        if line.kind in (LineKind.BLANK, LineKind.FURNITURE):
            continue
        start = line.start
        stamp = _TIMESTAMP.match(text, start, line.end)
        if stamp and line.kind is not LineKind.TABLE:
            start = stamp.end()
        speaker = _SPEAKER.match(text, start, line.end)
        if speaker and line.kind in (LineKind.QUESTION, LineKind.ANSWER):
            start = speaker.end()  # a transcript's "HOST:" label is not read
        for s, e in _split(text, start, line.end, line.kind):
            out.append(Sentence(len(out), s, e, line.index, line.paragraph, line.kind))
    return out


def _split(text: str, start: int, end: int, kind: LineKind) -> list[tuple[int, int]]:
    if kind is LineKind.TABLE:
        return [(start, end)]
    pieces, cur = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _ABBREV.search(text, max(cur, m.start() - 8), m.start()):
            continue
        pieces.append((cur, m.start()))
        cur = m.end()
    pieces.append((cur, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]
