"""Stage 9: how far each move got, from the words around it (see the corpus README).

In the move's clause (and clauses before it in the sentence that carry no move of their own):
a denial -> denied; modal hedging (could, may, linked, talks) -> rumour; a credited outlet or a
reporting cue (reportedly, set to, poised to) -> reported; a party confirming to someone ->
confirmed; an announcement (announced, official, signed, welcomes) -> official; a rumour noun
alone -> rumour. Nothing said -> decided in the merge (the article's default).
"""

from __future__ import annotations

import re

from bot.domain.models import Status
from bot.domain.reading import clauses
from bot.domain.reading.records import (
    Attribution,
    Credit,
    Document,
    Draft,
    LineKind,
    Mention,
    Sentence,
    Trigger,
    TriggerClass,
    same_family,
)
from bot.domain.reading.vocab import Compiled


def assign_status(
    doc: Document,
    mentions: list[Mention],
    triggers: list[Trigger],
    drafts: list[Draft],
    attribution: Attribution,
    compiled: Compiled,
) -> None:
    """Set status and credit of every draft."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    credits: dict[int, list[Credit]] = {}
    for c in attribution.credits:
        credits.setdefault(c.sentence, []).append(c)
    staff = {m.who.key for m in mentions if m.who is not None and m.role_staff}
    for d in drafts:
        s = doc.sentences[d.sentence]
        d.credit = _credit(doc, d, credits)
        if d.trigger is None:
            # a list entry's own words ("In: A, B, plus C, who is expected to ..."): not its
            # neighbour's
            lo, hi = d.scope if d.scope is not None else (s.start, doc.lines[s.line].end)
            text = _list_label(doc, s.line) + doc.folded[lo:hi]
        else:
            parts = clauses.split(doc, s, by_sentence.get(d.sentence, []), compiled)
            text = _scope(doc, d, parts, triggers)
        d.status = _status(compiled, text, d, _credited_here(d, text, compiled))
        if d.status in (Status.OFFICIAL, None) and _not_yet_official(doc, d, compiled):
            # "no release yet, but he confirmed it to reporters": a party confirms
            # in an interview's answer the rider says it: a party confirms
            said = s.kind is LineKind.ANSWER
            confirmed = said or _confirmed_near(doc, d, compiled)
            d.status = Status.CONFIRMED if confirmed else Status.REPORTED
        if d.status is Status.OFFICIAL and _staff_confirms(doc, d, by_sentence, staff, compiled):
            d.status = Status.CONFIRMED  # "X to race on in 2024, Vinokourov confirms"
        if d.status is Status.REPORTED and d.credit is None and _confirmed_near(doc, d, compiled):
            d.status = Status.CONFIRMED  # "X is set to race on. His manager said as much."
        if d.status is Status.REPORTED and _confirmed_in_paper(doc, d, compiled):
            d.status = Status.CONFIRMED  # "X heeft in Het Nieuwsblad bevestigd dat ..."
        if d.trigger is not None and _denied_after_colon(doc, d, parts, compiled):
            d.status = Status.DENIED
        if d.status in (Status.OFFICIAL, None) and _named_confirmer(doc, d, by_sentence, compiled):
            d.status = Status.CONFIRMED
            if d.credit is not None and d.credit.sentence != d.sentence:
                d.credit = None  # the party confirms it: a source credited beside is another's


def _list_label(doc: Document, line: int) -> str:
    """The short label right above a list's items ("Rumours:", "Geruchten", "Voci di mercato:"),
    folded, with a space: the status it gives all its items. Empty when the line is no item or
    its list has no label right above."""
    if doc.lines[line].kind is not LineKind.ITEM:
        return ""
    for above in reversed(doc.lines[:line]):
        if above.kind is LineKind.ITEM:
            continue
        label = doc.folded[above.start : above.end].strip(" #*_")
        return label + " " if above.kind is not LineKind.BLANK and len(label) <= 40 else ""
    return ""


def _credited_here(d: Draft, text: str, c: Compiled) -> bool:
    """A source credited in the move's sentence makes it reported, but not the paper that broke
    it before an announcement the sentence tells ("announced yesterday, after Y had first
    revealed it"): the move is official, Y its credit."""
    credit = d.credit
    if credit is None or credit.sentence != d.sentence:
        return False
    return not (credit.broke and c.official is not None and c.official.search(text))


def _confirmed_in_paper(doc: Document, d: Draft, c: Compiled) -> bool:
    """The move's own sentence credits a paper with a confirming verb ("heeft in Het
    Nieuwsblad bevestigd", "confirmó en su columna en X"): a party confirmed it there."""
    credit = d.credit
    if credit is None or credit.sentence != d.sentence or c.confirm_verbs is None:
        return False
    return c.confirm_verbs.search(doc.folded, credit.start, credit.end) is not None


def _named_confirmer(
    doc: Document, d: Draft, by_sentence: dict[int, list[Mention]], c: Compiled
) -> bool:
    """ "Bernaudeau confirme l'arrivée de X", "Manager Y has confirmed that X will join": a
    person's name (not a team's, not the mover's) before a confirming verb is a party
    confirming; only another announcement word in the sentence makes the move official."""
    if c.confirm_verbs is None or d.trigger is None or d.layout:
        return False
    s = doc.sentences[d.sentence]
    ms = by_sentence.get(d.sentence, [])
    spans = []
    for v in c.confirm_verbs.finditer(doc.folded, s.start, s.end):
        name = _NAME_BEFORE.search(doc.text, max(s.start, v.start() - 60), v.start())
        if name is None or not v.end() <= d.trigger.end + 60:
            continue
        a, b = name.span(1)
        named = [m for m in ms if m.start < b and a < m.end]
        if any((m.team is not None and m.kind is not None) or m.who == d.who for m in named):
            continue  # "Cofidis confirme": the team announces; "X confirms": the mover
        spans.append(v.span())
    if not spans or c.official is None:
        return bool(spans)
    rest, cut = [], s.start
    for a, b in spans:
        rest.append(doc.folded[cut:a])
        cut = b
    rest.append(doc.folded[cut : s.end])
    return not c.official.search(" ".join(rest))


# a capitalised name (one to four words) right before a verb
_NAME_BEFORE = re.compile(r"(?:^|[\s«\"'“(])((?:[A-ZÀ-Þ][\w'’-]+\s+){0,3}[A-ZÀ-Þ][\w'’-]+)\s+$")


def _staff_confirms(
    doc: Document, d: Draft, by_sentence: dict[int, list[Mention]], staff: set[str], c: Compiled
) -> bool:
    """ "Cavendish to race on, Vinokourov confirms": a staff member the text names with a role
    confirms by name, before any announcement; that is a party confirming, not official."""
    if c.confirms is None or not staff:
        return False
    s = doc.sentences[d.sentence]
    for m in by_sentence.get(d.sentence, []):
        if m.who is None or m.who.key not in staff or m.who.key == d.who.key:
            continue
        if c.confirms.match(doc.folded, m.end, s.end):
            return not (
                c.announcement is not None and c.announcement.search(doc.folded, s.start, s.end)
            )
    return False


def _denied_after_colon(doc: Document, d: Draft, parts: clauses.Clauses, c: Compiled) -> bool:
    """ "X, on the rumours sending him to Y: 'There is nothing in it'": the answer after the
    colon denies the move its clause names."""
    assert d.trigger is not None
    _, end = parts.clause_of(d.trigger.start)
    nxt = next((span for span in parts.spans if span[0] > end), None)
    deny = c.patterns.get("deny_cue")
    if nxt is None or deny is None or not doc.text.startswith(":", end):
        return False
    return deny.search(doc.folded, nxt[0], nxt[1]) is not None


def _scope(doc: Document, d: Draft, parts: clauses.Clauses, triggers: list[Trigger]) -> str:
    """The move's clause, with the clauses before it that hold no trigger of their own."""
    assert d.trigger is not None
    start, end = parts.clause_of(d.trigger.start)
    others = [t for t in triggers if t.sentence == d.sentence and not d.owns(t)]
    busy = {parts.clause_of(t.start) for t in others}
    for span in reversed([p for p in parts.spans if p[1] <= start]):
        if span in busy:
            break
        start = span[0]
    text = doc.folded[start:end]
    hidden = [*d.mute]
    if d.scope is not None:  # a move that shares its sentence with another of the person's
        hidden += [(start, d.scope[0]), (d.scope[1], end)]
    for a, b in hidden:
        lo, hi = max(a, start) - start, min(b, end) - start
        if lo < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    main = d.trigger
    aside = [t for t in triggers if t.sentence == d.sentence and not same_family(t.cls, main.cls)]
    for r in parts.relatives:  # an aside that tells a move of its own ("who had said 2023 ...")
        if not r.start <= main.start < r.end and any(r.start <= t.start < r.end for t in aside):
            lo, hi = max(r.start, start) - start, min(r.end, end) - start
            if lo < hi:
                text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _not_yet_official(doc: Document, d: Draft, c: Compiled) -> bool:
    """ "Nothing is official yet", "neither team has confirmed it": in the rest of the sentence
    or the next one of the paragraph."""
    if c.not_official is None:
        return False
    s = doc.sentences[d.sentence]
    end = s.end
    # the rest of the sentence and the next two of the paragraph ("Everything is signed. The
    # team will make its own announcement when it is ready.")
    for nxt in doc.sentences[d.sentence + 1 : d.sentence + 3]:
        if not _same_entry(doc, s, nxt):
            break
        end = nxt.end
    return bool(c.not_official.search(doc.folded, d.pos, end))


def _confirmed_near(doc: Document, d: Draft, c: Compiled) -> bool:
    """A party's confirmation in the move's sentence or the next one of its paragraph."""
    if c.confirmed is None:
        return False
    s = doc.sentences[d.sentence]
    end = s.end
    nxt = doc.sentences[d.sentence + 1] if d.sentence + 1 < len(doc.sentences) else None
    if nxt is not None and _same_entry(doc, s, nxt):
        end = nxt.end
    return bool(c.confirmed.search(doc.folded, s.start, end))


def _same_entry(doc: Document, s: Sentence, nxt: Sentence) -> bool:
    """The next sentence is of the same paragraph and, in a list, of the same item."""
    if nxt.paragraph != s.paragraph:
        return False
    return nxt.line == s.line or doc.lines[s.line].kind is not LineKind.ITEM


def _credit(doc: Document, d: Draft, credits: dict[int, list[Credit]]) -> Credit | None:
    """The credit of the move's sentence, else of its paragraph before it."""
    here = credits.get(d.sentence)
    if here:
        return here[0]
    own = doc.sentences[d.sentence]
    paragraph = own.paragraph
    # a list item keeps its source to itself: the next bullet's "according to X" is not its
    item = own.line if doc.lines[own.line].kind is LineKind.ITEM else None
    for s in reversed(doc.sentences[: d.sentence]):
        if s.paragraph != paragraph or (item is not None and s.line != item):
            break
        if credits.get(s.index):
            return credits[s.index][0]
    for s in doc.sentences[d.sentence + 1 :]:
        if s.paragraph != paragraph or (item is not None and s.line != item):
            break
        found = credits.get(s.index)
        if found and not found[0].journalist:
            return found[0]
    return None


def _hedged(c: Compiled, text: str) -> bool:
    """A hedge that is not part of a reporting phrase ("aurait signé": reportedly signed) nor
    the tense of reported speech ("announced that 2025 would be her last season")."""
    if c.hedge is None:
        return False
    reported = [m.span() for m in c.reported.finditer(text)] if c.reported is not None else []
    # "ending weeks of speculation": the news ends the rumour it names
    reported += [m.span() for m in c.rumour_over.finditer(text)] if c.rumour_over else []
    for h in c.hedge.finditer(text):
        if any(a <= h.start() < b for a, b in reported):
            continue
        tense = c.conditional is not None and c.conditional.fullmatch(h.group(0))
        if tense and _reported_speech(c, text, h.start()):
            continue
        if tense and _retirement_given_up(c, text, h.end()):
            continue  # "zou na dit seizoen stoppen, maar ...": a plan given up, no hedge
        return True
    return False


def _retirement_given_up(c: Compiled, text: str, pos: int) -> bool:
    """The conditional tells a retirement planned, then a "but": the plan was given up."""
    m = _ABANDONED.match(text, pos)
    retire = c.triggers.get(TriggerClass.RETIRE)
    return m is not None and retire is not None and bool(retire.search(text, pos, m.end()))


_ABANDONED = re.compile(r"[^.;:,]{0,60},\s*(?:but|maar|mais|ma|pero|sin embargo|toch)\b")


def _reported_speech(c: Compiled, text: str, pos: int) -> bool:
    """A speech verb, then "that", then the hedge: the conditional is the tense of the report."""
    if c.speech is None or c.that is None:
        return False
    said = [m for m in c.speech.finditer(text, 0, pos)]
    if not said:
        return False
    return c.that.search(text, said[-1].end(), pos) is not None


def _source_cue(c: Compiled, text: str) -> bool:
    """A reporting cue that is not only the deal's state ("reached an agreement")."""
    if c.reported is None:
        return False
    states = [m.span() for m in c.deal_state.finditer(text)] if c.deal_state is not None else []
    return any(
        not any(a <= m.start() < b for a, b in states) and not _announced_after(c, text, m.end())
        for m in c.reported.finditer(text)
    )


def _announced_after(c: Compiled, text: str, pos: int) -> bool:
    """ "según ha hecho oficial el equipo", "selon ce qu'a annoncé l'équipe": the reporting
    word introduces the announcement itself, not a source."""
    near = re.split(r"[,.;:]", text[pos : pos + 24], maxsplit=1)[0]
    return c.official is not None and c.official.search(near) is not None


def _rumour_noun(c: Compiled, text: str) -> bool:
    """A rumour noun, unless the news ends the rumour ("ending weeks of speculation")."""
    if c.rumour_nouns is None:
        return False
    over = [m.span() for m in c.rumour_over.finditer(text)] if c.rumour_over is not None else []
    return any(not any(a <= m.start() < b for a, b in over) for m in c.rumour_nouns.finditer(text))


def _status(c: Compiled, text: str, d: Draft, credited_here: bool) -> Status | None:
    def has(name: str) -> bool:
        pattern = getattr(c, name)
        return bool(pattern is not None and pattern.search(text))

    if d.denied or has("deny_cue"):
        return Status.DENIED
    if _hedged(c, text):
        return Status.RUMOUR
    if credited_here or _source_cue(c, text) or (has("reported") and not has("official")):
        return Status.REPORTED
    if has("confirmed"):
        return Status.CONFIRMED
    if has("official") and not has("not_official"):
        return Status.OFFICIAL
    if _rumour_noun(c, text):
        return Status.RUMOUR
    if has("not_official"):
        return Status.REPORTED
    return None
