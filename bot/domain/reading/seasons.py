"""Stage 8: the season a move is for, and the last season of its contract.

Read in the move's clause first, then the clauses of its sentence that carry no other move, and
nearest to the trigger first (relative clauses about someone else and "since retiring" asides are
not read): an explicit year wins ("from 2025", "the 2025 season"); "until 2027" is the contract's
end, unless it is the contract the person has now ("his current deal runs until 2026"); "at the
end of 2024" is the last season of a retirement and the season before a move; "next season" and
its kin count from the published date. A contract's length ("a two-year deal") gives its end
once the season is known. A sentence that only states a contract ("X is signed through 2026, as
is Y") gives the contract end of the moves of the people it names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain.models import ClaimKind
from bot.domain.reading import clauses, referents
from bot.domain.reading.records import (
    Document,
    Draft,
    LineKind,
    Mention,
    Sentence,
    Trigger,
    TriggerClass,
    same_family,
)
from bot.domain.reading.text import YEAR
from bot.domain.reading.vocab import Compiled
from bot.domain.reading.vocab.shared import EVENT_WORDS, RESULT_WORDS

_MOVES = (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
# Kinds that start after the season an "end of ..." names: a move, and an extension (the new
# deal follows the one that runs out "at the end of this season").
_AFTER_END = (*_MOVES, ClaimKind.CONTRACT_EXTENSION)


@dataclass(slots=True)
class _Time:
    season: int | None = None
    said: bool = False
    contract_end: int | None = None
    years: int | None = None
    past: bool = False  # an explicit year before the published one: the text tells history


def assign_seasons(
    doc: Document,
    mentions: list[Mention],
    triggers: list[Trigger],
    drafts: list[Draft],
    compiled: Compiled,
) -> None:
    """Set season, contract end and contract length of every draft from its own words."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for d in drafts:
        time = _Time()
        for k, (text, anchor, contract) in enumerate(
            _scopes(doc, d, by_sentence.get(d.sentence, []), triggers, compiled)
        ):
            _read(doc, compiled, d.kind, text, anchor, time, contract, listed=d.layout)
            if k == 0 and time.past and time.season is None and _past_after(doc, text, anchor):
                # "..., qui a lui-même rejoint Cofidis en 2022": the move's own clause dates it,
                # after its verb, to a past season; another clause's "next season" is not its
                break
        d.season, d.season_said = time.season, time.said
        # A list's contract column has already said it ("Signed until: 2026").
        d.contract_end = time.contract_end or (d.contract_end if d.layout else None)
        d.contract_years = time.years
        narrated = d.trigger is not None and d.trigger.narrative
        if narrated and not time.past and time.season is None:
            # "rode for X from 2019 to 2022 and then moved on": a told move between past years
            time.past = _past_span(doc, compiled, doc.sentences[d.sentence])
        if time.past and (time.season is None or narrated) and not d.layout:
            d.background = True  # "made the jump to X back in 2020": history
    _season_of_stay(doc, by_sentence, triggers, drafts, compiled)
    _contract_notes(doc, by_sentence, triggers, drafts, compiled)
    _staff_after_last_season(drafts)
    _last_season_before_staff(drafts, doc.published.year)


def _season_of_stay(
    doc: Document,
    by_sentence: dict[int, list[Mention]],
    triggers: list[Trigger],
    drafts: list[Draft],
    c: Compiled,
) -> None:
    """A move talked of without a season, beside the same person's stay told with one: both
    contest that season. "Cofidis denies: 'Jan Smit rides for us next year'" and "a paper
    wrote that Smit is in talks with Y": the talks are about next year's team."""
    stays = [t for t in triggers if t.cls is TriggerClass.STAY and not t.negated]
    if not stays:
        return
    for d in drafts:
        if d.kind is not ClaimKind.TRANSFER or d.season is not None or d.layout:
            continue
        for t in stays:
            named = {m.who.key for m in by_sentence.get(t.sentence, []) if m.who is not None}
            if d.who.key not in named or t.sentence == d.sentence:
                continue
            s = doc.sentences[t.sentence]
            season = _said_season(doc, c, doc.folded[s.start : s.end])
            if season is not None:
                d.season, d.season_said = season, True
                break


def _past_after(doc: Document, text: str, anchor: int) -> bool:
    """A year before the published one after the move's words in its own clause."""
    return any(int(y.group(0)) < doc.published.year for y in _WORD_YEAR.finditer(text, anchor))


_WORD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _last_season_before_staff(drafts: list[Draft], published: int) -> None:
    """ "Ends his career and from next season joins the staff as DS": one time told for both
    moves of a sentence is the staff role's; the last season as a rider is the one before it
    (a staff role taken up this very season leaves the retirement as it is)."""
    staff = {
        (d.who.key, d.sentence): d.season
        for d in drafts
        if d.kind is ClaimKind.STAFF_MOVE and d.season is not None and d.season > published
    }
    for d in drafts:
        year = staff.get((d.who.key, d.sentence))
        if d.kind is ClaimKind.RETIREMENT and year is not None and d.season == year:
            d.season = year - 1


def _staff_after_last_season(drafts: list[Draft]) -> None:
    """ "Races until the end of 2025, then joins the staff": the staff role starts the season
    after the retirement the same sentence dates."""
    last = {
        (d.who.key, d.sentence): d.season
        for d in drafts
        if d.kind is ClaimKind.RETIREMENT and d.season is not None and d.season_said
    }
    for d in drafts:
        year = last.get((d.who.key, d.sentence))
        if d.kind is ClaimKind.STAFF_MOVE and year is not None and not d.season_said:
            d.season, d.season_said = year + 1, True


def _past_span(doc: Document, c: Compiled, s: Sentence) -> bool:
    """The sentence dates something with a year before the published one ("until 2022",
    "in 2021"), not only names one ("the 2019 world champion")."""
    text = doc.folded[s.start : s.end]
    if not _ANY_YEAR.search(text):
        return False  # every year pattern holds a year ({y}): no need to run them
    for name in ("year_until", "year_season", "year_end"):
        for pattern in c.grouped[name]:
            if any(int(m.group("y")) < doc.published.year for m in pattern.finditer(text)):
                return True
    return False


def round_up_year(doc: Document, c: Compiled) -> int | None:
    """A round-up's season: a year of the next seasons its headline names (not a contract end)."""
    head = next((s for s in doc.sentences if s.kind.value == "headline"), None)
    if head is None:
        return None
    text = _masked(doc, head.start, head.end, [])
    untils = {m.span("y") for p in c.grouped["year_until"] for m in p.finditer(text)}
    for m in YEAR.finditer(text):
        y = int(m.group(0))
        if m.span() not in untils and doc.published.year <= y <= doc.published.year + 2:
            return y
    return None


def _scopes(
    doc: Document, d: Draft, ms: list[Mention], triggers: list[Trigger], compiled: Compiled
) -> list[tuple[str, int, bool]]:
    """The texts to read (masked folded text, same offsets), where to read from, and whether a
    contract's length or end may be read there."""
    if d.trigger is None:
        start, end = d.scope or (doc.sentences[d.sentence].start, doc.sentences[d.sentence].end)
        return [(_masked(doc, start, end, []), 0, True)]
    t = d.trigger
    parts = clauses.split(doc, doc.sentences[d.sentence], ms, compiled)
    own = parts.clause_of(t.start)
    others = [x for x in triggers if x.sentence == d.sentence and not d.owns(x)]
    aside = [x for x in triggers if x.sentence == d.sentence and not same_family(x.cls, t.cls)]
    busy = {parts.clause_of(x.start) for x in others}
    hide = [
        (r.start, r.end)
        for r in parts.relatives
        if not r.start <= t.start < r.end
        and (
            (r.antecedent is not None and r.antecedent.who not in (None, d.who))
            or any(r.start <= x.start < r.end for x in aside)  # an aside with a move of its own
        )
    ]
    hide += [
        _background_span(parts.clause_of(x.start)[1], x, t)
        for x in triggers
        if x.sentence == d.sentence and x.background
    ]
    # "Y, who came over from X in 2022, also renewed": a past year in an aside is history
    hide += [
        (r.start, r.end)
        for r in parts.relatives
        if not r.start <= t.start < r.end
        and any(
            int(y.group(0)) < doc.published.year for y in YEAR.finditer(doc.folded, r.start, r.end)
        )
    ]
    hide += [*d.mute, *_outside(doc, d), *_described_asides(doc, d, ms, triggers)]
    out = []
    rel = parts.relative_of(t.start)
    if rel is not None:  # "X, who has postponed his retirement to race in 2024": its own clause
        out.append((_masked(doc, rel.start, rel.end, hide), t.start - rel.start, True))
        hide.append((rel.start, rel.end))
    out.append((_masked(doc, *own, hide), t.start - own[0], rel is None))
    if d.denied and d.kind is ClaimKind.RETIREMENT:
        return out  # "not stopping, even though he has no team for next year": its own words only
    for span in parts.spans:
        if span != own and span not in busy:
            out.append((_masked(doc, *span, hide), t.start - span[0], rel is None))
    return out


def _background_span(clause_end: int, x: Trigger, t: Trigger) -> tuple[int, int]:
    """What a background trigger hides: the rest of its clause, but not the move's own words.
    "Three years after she retired, the Dutchwoman will race for X from 2025": the fronted
    "after she retired" is history, the main clause after it (and its year) is the move's."""
    end = t.start if x.start < t.start < clause_end and x is not t else clause_end
    return (x.start, end)


def _described_asides(
    doc: Document, d: Draft, ms: list[Mention], triggers: list[Trigger]
) -> list[tuple[int, int]]:
    """ "Y, this year sixth in the Giro, comes over from Z": an aside between commas right
    after the mover's name, before the move's words and holding none, tells a result; its
    "this year" is not the move's season."""
    t = d.trigger
    if t is None:
        return []
    out = []
    for m in ms:
        if m.who is None or m.who.key != d.who.key or not doc.text.startswith(",", m.end):
            continue
        close = doc.text.find(",", m.end + 1, t.start)
        if close < 0 or any(m.end <= x.start < close for x in triggers):
            continue
        out.append((m.end, close))
    return out


def _outside(doc: Document, d: Draft) -> list[tuple[int, int]]:
    """The parts of a prose draft's sentence that belong to another of its person's moves."""
    if d.trigger is None or d.scope is None:
        return []
    s = doc.sentences[d.sentence]
    return [(s.start, d.scope[0]), (d.scope[1], s.end)]


def _masked(doc: Document, start: int, end: int, hide: list[tuple[int, int]]) -> str:
    """The folded text of [start, end) with the parts inside `hide` blanked (offsets from start)."""
    text = doc.folded[start:end]
    for a, b in hide:
        lo, hi = max(a, start) - start, min(b, end) - start
        if lo < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _nearest(matches: list[tuple[int, int, int]], anchor: int) -> int | None:
    """The value of the (start, end, value) nearest to `anchor`, preferring what follows it."""
    if not matches:
        return None

    def distance(m: tuple[int, int, int]) -> int:
        return m[0] - anchor if m[0] >= anchor else (anchor - m[1]) + 5

    return min(matches, key=distance)[2]


def _read(
    doc: Document,
    c: Compiled,
    kind: ClaimKind,
    text: str,
    anchor: int,
    time: _Time,
    contract: bool,
    listed: bool = False,
) -> None:
    year = doc.published.year
    if time.contract_end is None and contract:
        time.contract_end = _until(c, text, year, anchor)
    if time.season is None:
        found = _explicit(c, text, kind, year, anchor)
        if (
            found is not None
            and found < year
            and not (kind is ClaimKind.RETIREMENT and found == year - 1)
        ):
            time.past = True
        elif found is not None:
            time.season, time.said = found, True
    if time.season is None and kind is ClaimKind.CONTRACT_EXTENSION:
        time.season = _after_old_deal(c, text, year)
        time.said = time.season is not None
    if time.season is None:
        # a list's move is to come: "this year" in its note dates a result ("won the Giro this
        # year"), not the move
        now = not (listed and kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE))
        relative = _relative(c, text, kind, year, anchor, doc.published.month, now=now)
        if relative is not None:
            time.season, time.said = relative, True
    if time.years is None and contract:
        time.years = _length(c, text)


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def _after_old_deal(c: Compiled, text: str, year: int) -> int | None:
    """ "His previous deal expired in 2025": the extension starts the season after it."""
    if not _ANY_YEAR.search(text):
        return None
    for pattern in c.grouped["old_expiry"]:
        for m in pattern.finditer(text):
            y = int(m.group("y"))
            if year <= y <= year + 5:
                return y + 1
    return None


def _until(c: Compiled, text: str, year: int, anchor: int) -> int | None:
    """A contract's last year ("until 2027"), unless the clause is about the current one."""
    if not _ANY_YEAR.search(text):
        return None  # every year_until pattern holds a year ({y}): most sentences have none
    found = []
    for pattern in c.grouped["year_until"]:
        for m in pattern.finditer(text):
            y = int(m.group("y"))
            if _current_contract(c, text[max(0, m.start() - 60) : m.start()]):
                continue
            if year <= y <= year + 10:
                found.append((m.start(), m.end(), y))
    return _nearest(found, anchor)


def _current_contract(c: Compiled, head: str) -> bool:
    """The words before an "until 2026" say it is the contract the person has now ("his deal
    runs until"), and no signing or extension comes after them ("has now signed until")."""
    if c.old_contract is None:
        return False
    head = re.split(r"[;:]", head)[-1]
    cues = list(c.old_contract.finditer(head))
    if not cues:
        return False
    last = cues[-1]
    fresh = c.new_contract
    if fresh is not None and fresh.search(head, last.end()):
        return False  # "whose deal ran out ... has signed ... through 2026"
    extend = c.triggers.get(TriggerClass.EXTEND)
    # "extended his deal until", "ha ampliado su contrato hasta": the cue is the extension's
    before = head[max(0, last.start() - 25) : last.end()]
    return not (extend is not None and extend.search(before))


def _explicit(c: Compiled, text: str, kind: ClaimKind, year: int, anchor: int) -> int | None:
    """The season an explicit year sets (a move after "the end of 2024" is for 2025)."""
    if not _ANY_YEAR.search(text):
        return None  # every pattern read here holds a year ({y})
    # "will race until the end of 2025" is a retirement's last season, not a contract's end
    untils = (
        set()
        if kind is ClaimKind.RETIREMENT
        else {m.span("y") for p in c.grouped["year_until"] for m in p.finditer(text)}
    )
    found = []
    if kind is ClaimKind.RETIREMENT:
        # ... but "tengo contrato hasta 2025", "whose deal runs until 2025" is the contract he
        # has, not his last season
        for pattern in c.grouped["year_until"]:
            found += [
                (m.start(), m.end(), int(m.group("y")))
                for m in pattern.finditer(text)
                if not _current_contract(c, text[max(0, m.start() - 60) : m.start()])
            ]
    for field, shift in (("year_end", 1 if kind in _AFTER_END else 0), ("year_season", 0)):
        for pattern in c.grouped[field]:
            for m in pattern.finditer(text):
                if m.span("y") in untils:
                    continue  # "until the end of 2027" is the contract's end, not the season
                y = int(m.group("y")) + shift + _signed_late(c, m, kind)
                if y <= year + 5:  # an old year is kept: it tells the move is history
                    found.append((m.start(), m.end(), y))
    return _nearest(found, anchor)


def _signed_late(c: Compiled, m: re.Match[str], kind: ClaimKind) -> int:
    """ "en juin 2025" is the season 2025 for a retirement, but a move dated from August on
    ("signé en août 2024") is a signing's day: the move is for the next season."""
    month = m.groupdict().get("m")
    if month is None or kind not in _AFTER_END:
        return 0
    return 1 if c.vocab.months.index(month) >= 7 else 0


def _last(c: Compiled, text: str, year: int, month: int) -> list[tuple[int, int, int]]:
    """ "last October", "last year": a season already gone (a month not yet reached this year
    was last year's)."""
    out = []
    for pattern in c.grouped["season_last"]:
        for m in pattern.finditer(text):
            if _after_event(text, m.start()):
                continue  # "won a stage of the Dauphiné last year": the race's date
            named = m.groupdict().get("m")
            if m.groupdict().get("w") is not None:
                if month < 4:
                    continue  # "last winter" in January: the season about to start
                out.append((m.start(), m.end(), year - 1))  # a move made then: gone by now
                continue
            gone = year - 1 if named is None or c.vocab.months.index(named) + 1 >= month else year
            out.append((m.start(), m.end(), gone))
    return out


def _relative(
    c: Compiled,
    text: str,
    kind: ClaimKind,
    year: int,
    anchor: int,
    month: int = 12,
    now: bool = True,
) -> int | None:
    """ "next season", "this season", "at the end of the season", counted from `year`."""
    moving = kind in _AFTER_END or kind is ClaimKind.RETIREMENT_POSTPONED
    checks = (
        (c.season_end_next, year + (2 if moving else 1)),
        (c.season_end, year + (1 if moving else 0)),
        (c.season_next, year + 1),
        (c.season_now if now else None, year),
        (c.season_this if now else None, year),
    )
    found = []
    for pattern, value in checks:
        if pattern is not None:
            dated = pattern in (c.season_now, c.season_this)
            found += [
                (m.start(), m.end(), value)
                for m in pattern.finditer(text)
                if not (dated and _after_event(text, m.start()))
            ]
    found += _last(c, text, year, month)
    # "the end of next season" also holds "next season": the longer reading wins.
    found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o != f for o in found)]
    return _nearest(found, anchor)


def _after_event(text: str, at: int) -> bool:
    """ "Won the Giro this year", "vainqueur sur le Giro cette année", "won 23 races this
    year": "this year" dates the race or the results named right before it, not a move."""
    words = re.findall(r"[a-z]+", text[max(0, at - 40) : at])
    if any(w in EVENT_WORDS for w in words) or any(w in RESULT_WORDS for w in words[-3:]):
        return True
    # "die dit jaar zes koersen won": the results may follow (the phrase itself is 2-3 words)
    after = re.findall(r"[a-z]+", text[at : at + 50])[2:6]
    return any(w in RESULT_WORDS for w in after)


def _length(c: Compiled, text: str) -> int | None:
    """A contract's length in seasons ("a three-year deal", "contratto triennale")."""
    numbers = c.vocab.numbers
    if not _may_count(numbers, text):
        return None
    for pattern in c.grouped["contract_years"]:
        for m in pattern.finditer(text):
            raw = m.group("n")
            n = int(raw) if raw.isdigit() else numbers.get(raw)
            before = text[max(0, m.start() - 20) : m.start()].rstrip()
            if c.not_length is not None and any(
                x.end() == len(before) for x in c.not_length.finditer(before)
            ):
                continue
            if n is not None and 1 <= n <= 8:
                return n
    return None


_DIGIT = re.compile(r"\d")


def _may_count(numbers: Mapping[str, int], text: str) -> bool:
    """A length is read only from a digit or a number word: a sentence with neither (most)
    need not run the contract_years patterns. (Past ASCII, isdigit has more digits than \\d.)"""
    if not text.isascii() or _DIGIT.search(text):
        return True
    return any(word in text for word in numbers)


def _described(c: Compiled, text: str) -> bool:
    return any(p is not None and p.match(text) for p in (c.pronouns, c.descriptors))


def _contract_notes(
    doc: Document,
    by_sentence: dict[int, list[Mention]],
    triggers: list[Trigger],
    drafts: list[Draft],
    c: Compiled,
) -> None:
    """Sentences without a move that state a contract's end (or, in an interview's answers, a
    season) for the people they name, the person they describe, the interviewee who says it,
    or the one person whose move the paragraph told."""
    moving = {t.sentence for t in triggers if not t.background}
    everyone = sorted((m for ms in by_sentence.values() for m in ms), key=lambda m: m.start)
    interviewee = referents.interviewee(doc, everyone)
    extending = any(d.kind is ClaimKind.CONTRACT_EXTENSION for d in drafts)
    guessed: set[int] = set()  # extensions dated only by their old deal's end
    for index in range(len(doc.sentences)):
        if index in moving and not extending:
            continue
        s = doc.sentences[index]
        text = _masked(doc, s.start, s.end, [])
        # "he was under contract until 2025" may hold a verb the triggers read ("engagé")
        renewal = _after_old_deal(c, text, doc.published.year) if extending else None
        end = years = season = fresh = None
        if index not in moving:
            end = _until(c, text, doc.published.year, 0)
            years = None if end is not None else _length(c, text)
            season = _said_season(doc, c, text) if s.kind is LineKind.ANSWER else None
            if extending and c.new_deal is not None and c.new_deal.search(text):
                fresh = _said_season(doc, c, text)  # "the new agreement takes effect from ..."
        if end is None and years is None and season is None and renewal is None and fresh is None:
            continue
        named = _note_owners(doc, c, index, by_sentence.get(index, []), everyone, drafts)
        if not named and s.kind is LineKind.ANSWER and interviewee is not None:
            named = {interviewee.key}  # "Two years, until 2026": the interviewee's contract
        if fresh is not None and not any(d.who.key in named for d in drafts if _extends(d)):
            # "The new agreement takes effect from next season, after he beat Y": the one
            # person extending, not a name the sentence holds
            extenders = {d.who.key for d in drafts if _extends(d)}
            named = extenders if len(extenders) == 1 else named
        for d in drafts:
            if d.who.key not in named:
                continue
            if (end or years) and d.contract_end is None and d.contract_years is None:
                d.contract_end, d.contract_years = end, years
            if season is not None and d.season is None:
                d.season, d.season_said = season, True
            if d.kind is not ClaimKind.CONTRACT_EXTENSION:
                continue
            if fresh is not None and (not d.season_said or id(d) in guessed):
                d.season, d.season_said = fresh, True  # the new deal's own start
                guessed.discard(id(d))
            elif renewal is not None and not d.season_said:
                d.season, d.season_said = renewal, True  # "her previous deal ran until 2025"
                guessed.add(id(d))


def _extends(d: Draft) -> bool:
    return d.kind is ClaimKind.CONTRACT_EXTENSION


def _note_owners(
    doc: Document,
    c: Compiled,
    index: int,
    here: list[Mention],
    everyone: list[Mention],
    drafts: list[Draft],
) -> set[str]:
    """Whose contract a note sentence states: the people it names (not a staff member who
    does not move himself: "Manager X wanted to keep him, and the new contract covers 2024
    only"), else the person it describes, the paragraph's one mover, or the "him" it holds."""
    s = doc.sentences[index]
    movers = {d.who.key for d in drafts}
    named = _named_outside_asides(
        doc,
        s,
        [m for m in here if not m.role_staff or (m.who is not None and m.who.key in movers)],
        c,
    )
    if named or s.kind is LineKind.ANSWER:
        return named
    text = doc.folded[s.start : s.end]
    if _described(c, text):
        # "The 23-year-old signed until the end of 2028": the person the text is about
        who = referents.salient(doc, everyone, s.start, c, [])
        return {who.key} if who is not None else set()
    named = _paragraph_mover(doc, s.paragraph, index, drafts)
    if not named and c.pronouns is not None and c.pronouns.search(text):
        # "The team wanted to keep him, and the new deal runs until 2025": him
        who = referents.salient(doc, everyone, s.start, c, [])
        named = {who.key} if who is not None else set()
    return named


def _named_outside_asides(doc: Document, s: Sentence, ms: list[Mention], c: Compiled) -> set[str]:
    """The people a contract note names, not those in a relative clause about someone or
    something else ("De Nederlandse rijdt tot 2026 voor de ploeg, die ook X langer aan zich
    bond": the note is the described rider's, not X's)."""
    people = [m for m in ms if m.who is not None]
    if not people:
        return set()
    parts = clauses.split(doc, s, ms, c)
    return {m.who.key for m in people if m.who is not None and parts.relative_of(m.start) is None}


def _said_season(doc: Document, c: Compiled, text: str) -> int | None:
    """A season to come that a sentence states ("from next season", "in 2026"); "this year"
    in an answer is the present, not the move."""
    year = doc.published.year
    found = _explicit(c, text, ClaimKind.TRANSFER, year, 0) or _relative(
        c, text, ClaimKind.TRANSFER, year, 0, doc.published.month
    )
    return found if found is not None and found > year else None


def _paragraph_mover(doc: Document, paragraph: int, index: int, drafts: list[Draft]) -> set[str]:
    """The one person whose move an earlier sentence of the paragraph told ("The parties are
    discussing a two-year deal" after "X is close to Y")."""
    earlier = {
        d.who.key
        for d in drafts
        if d.sentence < index and doc.sentences[d.sentence].paragraph == paragraph
    }
    return earlier if len(earlier) == 1 else set()
