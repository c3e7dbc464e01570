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
from dataclasses import dataclass, replace
from functools import cache

from bot.domain.models import ClaimKind, EntityKind
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
from bot.domain.reading.referents import (
    describes,
    implicit,
    person_like,
    salient,
    subject_like,
)
from bot.domain.reading.text import ends_with
from bot.domain.reading.vocab import Compiled

T = TriggerClass
_COORD = re.compile(
    r"^(?:\s*,\s*(?:\d+\s*,\s*)?(?:(?:and|en|et|e|ed|y)\s+)?|\s+(?:and|&|en|et|e|ed|y|as well as|ainsi que|oltre a|asi como|evenals)\s+)"
    r"(?:(?:that|celle|celui|quella|quello|la|die) (?:of|de|di|van)\s+)?(?:l')?(?:[\w'-]+\s+){0,3}$"
)
# a description that ends in "of" makes the name after it its object ("A, the lead-out man of
# B"), not a second person joined to A; "A and that of B" still joins them
_OF_END = re.compile(
    r"(?<!that )(?<!celle )(?<!celui )(?<!quella )(?<!quello )(?<!la )(?<!die )"
    r"\b(?:of|de|du|di|del|dello|della|van|d')\s*$"
)


def _joined(gap: str, compiled: Compiled | None = None) -> bool:
    """The words between two names join them ("A and the Polish rouleur B", "A, 36, and B"),
    unless they open a relative clause ("A, who will support B": B is told about, not named
    beside A)."""
    if not _COORD.match(gap) or _OF_END.search(gap):
        return False
    relative = compiled.relative if compiled is not None else None
    return relative is None or relative.match(gap.lstrip(" ,")) is None


_KIND_ORDER = (
    (T.POSTPONE, ClaimKind.RETIREMENT_POSTPONED),
    (T.COMEBACK, ClaimKind.COMEBACK),
    (T.EXTEND, ClaimKind.CONTRACT_EXTENSION),
    (T.RETIRE, ClaimKind.RETIREMENT),
)
_MOVING = frozenset({T.MOVE, T.SIGNING, T.SAME, T.STAFF})


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
    recalled: list[Draft] = []  # retirements told in an aside: background, kept for comebacks
    for t in triggers:
        if t.sentence in skip or t.background or _race_left(doc, t, by_sentence):
            continue
        if _retired_aside(doc, compiled, t):
            recalled.extend(_recalled_retirement(doc, t, by_sentence, mentions, compiled))
            continue
        if _asked(doc, t):
            continue  # "Ciccone says goodbye? No, he stays": a question claims nothing
        if _judged(doc, compiled, t) or _leaves_person(doc, compiled, t, by_sentence):
            continue
        if _object_aside(doc, compiled, t, by_sentence.get(t.sentence, [])):
            continue
        if t.cls is T.STAY and not t.negated and _as_staff(doc, compiled, t):
            t = replace(t, cls=T.STAFF)  # "stays on at X as sports director": a staff move
        s = doc.sentences[t.sentence]
        ms = by_sentence.get(t.sentence, [])
        parts = clauses.split(doc, s, ms, compiled)
        for who, mention in _subjects(doc, t, ms, mentions, parts, compiled, topics):
            hits.setdefault((who.key, t.sentence), []).append((t, who, mention))
            if mention is not None:
                topics.append(mention)
    _denier_speaks(hits)
    drafts = [d for group in hits.values() for d in _drafts(doc, group, compiled)]
    drafts.extend(_staying_staff(doc, hits, drafts, compiled))
    drafts.extend(recalled)
    _signed_to_stay(doc, drafts, triggers, by_sentence)
    _told_before(doc, drafts, by_sentence, compiled)
    return drafts


def _recalled_retirement(
    doc: Document,
    t: Trigger,
    by_sentence: dict[int, list[Mention]],
    mentions: list[Mention],
    compiled: Compiled,
) -> list[Draft]:
    """ "X, who retired at the end of 2022, has signed with Y": a retirement told in an aside is
    no news of its own, but it is the person's past (their signing is a comeback): a background
    draft for the aside's antecedent. Not a race left ("who retired from the Giro with
    illness", "from the race after a crash")."""
    s = doc.sentences[t.sentence]
    ms = by_sentence.get(t.sentence, [])
    parts = clauses.split(doc, s, ms, compiled)
    rel = parts.relative_of(t.start)
    if rel is None or rel.antecedent is None or rel.antecedent.who is None:
        return []
    if compiled.injury is not None and compiled.injury.search(doc.folded, rel.start, rel.end):
        return []
    d = Draft(rel.antecedent.who, ClaimKind.RETIREMENT, t.sentence, t.start, trigger=t)
    d.background = True
    return [d]


# "retired from the Giro", "from the race", "from Paris-Nice": a race left, not a career ended
_RACE_LEFT = re.compile(r"\s+from\s+(?:the\s+)?(?:(?=[A-ZÀ-Þ])|race\b|stage\b)")


def _race_left(doc: Document, t: Trigger, by_sentence: dict[int, list[Mention]]) -> bool:
    """ "X, who retired from the Giro with illness", "retired from the race after a crash": a
    race abandoned, not a career ended ("retired from Team Sky" names a team: a career's end)."""
    if t.cls is not T.RETIRE:
        return False
    m = _RACE_LEFT.match(doc.text, t.end)
    if m is None:
        return False
    at = m.end()
    named = next((x for x in by_sentence.get(t.sentence, []) if x.start == at), None)
    return named is None or named.team is None


def _told_before(
    doc: Document, drafts: list[Draft], by_sentence: dict[int, list[Mention]], c: Compiled
) -> None:
    """ "The team adds X, who announced her move earlier this summer": a relative clause about
    the mover that dates the move's announcement to a time gone by makes it old news."""
    if c.told_before is None or c.official is None:
        return
    for d in drafts:
        s = doc.sentences[d.sentence]
        if not c.told_before.search(doc.folded, s.start, s.end):
            continue  # the cheap check first: most sentences name no time gone by
        parts = clauses.split(doc, s, by_sentence.get(d.sentence, []), c)
        for r in parts.relatives:
            if (
                r.antecedent is None
                or r.antecedent.who is None
                or r.antecedent.who.key != d.who.key
            ):
                continue
            if c.told_before.search(doc.folded, r.start, r.end) and c.official.search(
                doc.folded, r.start, r.end
            ):
                d.background = True


def _judged(doc: Document, c: Compiled, t: Trigger) -> bool:
    """ "Manager X called the extension fantastic": a verb that judges the move's noun, with
    its article, comments on a move already told; its subject is not moving. A signing's noun
    names its mover after it ("welcomed the arrival of X") and is read as ever."""
    if c.judges is None or t.cls is T.SIGNING:
        return False
    s = doc.sentences[t.sentence]
    before = doc.folded[max(s.start, t.start - 50) : t.start].rstrip()
    return ends_with(c.judges, before)


def _object_aside(doc: Document, c: Compiled, t: Trigger, ms: list[Mention]) -> bool:
    """ "..., que pierde a X, retirada tras ganar el Giro": a retirement's words set off by a
    comma right after a person who is the object of another verb describe that person in an
    aside (what is known of them), not news of anyone's move."""
    if t.cls is not T.RETIRE:
        return False
    before = [m for m in ms if m.end <= t.start and person_like(m)]
    if not before or doc.text[before[-1].end : t.start].strip() != ",":
        return False
    start = doc.sentences[t.sentence].start
    return not subject_like(doc, before[-1], start, c)


def _leaves_person(
    doc: Document, c: Compiled, t: Trigger, by_sentence: dict[int, list[Mention]]
) -> bool:
    """ "Y's departure leaves X as the team's captain": a leaving verb whose object is a
    known person, not a team (nor an unknown name, which may be a team), says what someone
    else's move does to X; nobody moves by it."""
    if c.leave_words is None or not c.leave_words.fullmatch(doc.folded[t.start : t.end]):
        return False
    after = next((m for m in by_sentence.get(t.sentence, []) if m.start >= t.end), None)
    if (
        after is None
        or after.kind is not EntityKind.PERSON
        or not person_like(after)
        or after.possessive
    ):
        return False
    gap = doc.folded[t.end : after.start].strip()
    if gap not in ("", "a"):  # Spanish names a person object after "a"
        return False
    # "Bij X vertrekt Y naar Z": after a fronted setting the subject follows the verb
    lead = doc.folded[doc.sentences[t.sentence].start : t.start].strip(" \"'“‘*_")
    return c.setting is None or c.setting.match(lead) is None


def _denier_speaks(hits: dict[tuple[str, int], list[_Hit]]) -> None:
    """ "Manager X calls the talk of Y's move to Z fantasy": when the sentence tells someone
    else's move, the one who only denies is the speaker, not a mover."""
    moving = {
        sentence
        for (_, sentence), group in hits.items()
        if any(t.cls in (T.MOVE, T.SIGNING) for t, _, _ in group)
    }
    for key in [k for k, group in hits.items() if k[1] in moving]:
        if all(t.cls is T.DENY for t, _, _ in hits[key]):
            del hits[key]


def _signed_to_stay(
    doc: Document,
    drafts: list[Draft],
    triggers: list[Trigger],
    by_sentence: dict[int, list[Mention]],
) -> None:
    """ "I stay at X. I signed until 2027.": a signing that names no team, right after the same
    paragraph said the person stays at a team, renews with that team."""
    stays = {t.sentence for t in triggers if t.cls is T.STAY and not t.negated}
    for d in drafts:
        if d.kind is not ClaimKind.TRANSFER or d.trigger is None or d.trigger.cls is not T.MOVE:
            continue
        before = d.sentence - 1
        if (
            before not in stays
            or doc.sentences[before].paragraph != doc.sentences[d.sentence].paragraph
        ):
            continue
        here = by_sentence.get(d.sentence, [])
        there = by_sentence.get(before, [])
        others = [m for m in there if m.who is not None and m.who.key != d.who.key]
        if any(m.team is not None for m in here) or others or not any(m.team for m in there):
            continue
        d.kind = ClaimKind.CONTRACT_EXTENSION


@dataclass(frozen=True, slots=True)
class _Scene:
    """What finding a trigger's subject looks at: the trigger, its sentence's mentions, the
    article's mentions, and the names that were the subject of a trigger so far."""

    doc: Document
    t: Trigger
    ms: list[Mention]
    everyone: list[Mention]
    compiled: Compiled
    topics: list[Mention]


def _subjects(
    doc: Document,
    t: Trigger,
    ms: list[Mention],
    everyone: list[Mention],
    parts: clauses.Clauses,
    compiled: Compiled,
    topics: list[Mention],
) -> list[tuple[Who, Mention | None]]:
    scene = _Scene(doc, t, ms, everyone, compiled, topics)
    described = _participle_of(doc, ms, t)
    if described is not None:
        # "X, retired after winning the Giro": a done state told as an aside, no news
        past = not doc.folded[t.start : t.end].split()[0].endswith("ing")
        return [] if past else [(described.who, described)]  # type: ignore[list-item]
    rel = parts.relative_of(t.start)
    if rel is not None:
        return _in_relative(scene, rel)
    start, end = parts.clause_of(t.start)
    inside = [m for m in ms if start <= m.start < end and parts.relative_of(m.start) is None]
    if _chosen_renewal(doc, compiled, t):
        return []  # "Y chose to invest in the renewal of X": a plan, neither's news
    if (
        t.cls is T.SIGNING
        or _team_first(doc, inside, t, start, compiled)
        or _staff_signs(doc, inside, t)
    ):
        signed = _signed(scene, inside, start)
        if signed is not None:
            return signed
    return _subject_of_clause(scene, inside, (start, end))


def _unpack(
    sc: _Scene,
) -> tuple[Document, Trigger, list[Mention], list[Mention], Compiled, list[Mention]]:
    return sc.doc, sc.t, sc.ms, sc.everyone, sc.compiled, sc.topics


def _in_relative(scene: _Scene, rel: clauses.Relative) -> list[tuple[Who, Mention | None]]:
    """A move told in a relative clause: the antecedent's, or the described person's."""
    doc, t, ms, everyone, compiled, topics = _unpack(scene)
    if t.narrative:
        return []
    among = _among(doc, compiled, t, ms, doc.sentences[t.sentence].start)
    if rel.antecedent is None and among is not None:  # "parmi les coureurs que X courtise"
        return [(among.who, among)]  # type: ignore[list-item]
    if rel.antecedent is None:  # "De 40-jarige Belg, die ...": the description's person
        lead = doc.folded[doc.sentences[t.sentence].start : rel.start]
        who = (
            implicit(doc, t, rel.start, everyone, compiled, topics)
            or salient(doc, everyone, t.start, compiled, topics, staff=t.cls is T.STAFF)
            if describes(compiled, lead)
            else None
        )
        return [(who, None)] if who is not None else []
    if not person_like(rel.antecedent) or _met_there(doc, compiled, rel.antecedent):
        return []  # "dove ritroverà X, che ha rinnovato": a teammate's past, not news
    said = _reported_in(doc, compiled, rel.start, t.start)
    if said is not None:  # "X, who explained that the Italian will ride for Y": not X
        others = [m for m in everyone if m.who != rel.antecedent.who]
        who = implicit(doc, t, said, others, compiled, topics)
        return [(who, None)] if who is not None and who != rel.antecedent.who else []
    return [(rel.antecedent.who, rel.antecedent)]  # type: ignore[list-item]


def _signed(
    scene: _Scene, inside: list[Mention], start: int
) -> list[tuple[Who, Mention | None]] | None:
    """Who a signing (or a team or staff member that signs) names; None: read the clause's
    subject instead (a move verb with no object after a team that opens the clause)."""
    doc, t, ms, everyone, compiled, topics = _unpack(scene)
    objects = _objects(doc, inside, t, ms, compiled)
    if not objects and t.cls is T.SIGNING and _described_after(doc, compiled, t):
        who = salient(doc, everyone, t.start, compiled, topics, staff=False)
        return [(who, None)] if who is not None else []  # "enquiries about the 22-year-old"
    if not objects and t.cls is T.SIGNING and _left_out(doc, compiled, t):
        who = salient(doc, everyone, t.start, compiled, topics, staff=False)
        named = who is not None and (
            _headlined(doc, everyone, who) or _paragraph_topic(doc, everyone, who, t, compiled)
        )
        return [(who, None)] if who is not None and named else []
    among = None if objects else _among(doc, compiled, t, inside, start)
    if among is not None:
        return [(among.who, among)]  # type: ignore[list-item]
    if objects or t.cls is T.SIGNING:
        return [(m.who, m) for m in objects if m.who is not None]
    return None


def _subject_of_clause(
    scene: _Scene, inside: list[Mention], clause: tuple[int, int]
) -> list[tuple[Who, Mention | None]]:
    """The person the clause's move is about: named before the verb (and those joined to
    them), after a colon, implied, the one who denies it, or named right after the verb."""
    doc, t, ms, everyone, compiled, topics = _unpack(scene)
    start, end = clause
    before = [
        m
        for m in inside
        if m.end <= t.start
        and person_like(m)
        # "Cavendish's lead-out man joins": the man, not Cavendish ("X's move to" is X's)
        and not (m.possessive and not _POSSESSIVE_GAP.fullmatch(doc.text[m.end : t.start]))
        and (
            subject_like(doc, m, start, compiled)
            or _joined_clause(doc, m, t)
            or _absolute(doc, m, t)
        )
        and not _speaks_before(doc, compiled, m, t)
    ]
    if before:
        return [(m.who, m) for m in _coordinated(doc, before[-1], inside, t) if m.who is not None]
    teams = [m for m in inside if m.end <= t.start and m.team is not None and m.kind is not None]
    subject_team = next((m for m in reversed(teams) if subject_like(doc, m, start, compiled)), None)
    if subject_team is not None and not describes(compiled, doc.folded[subject_team.end : t.start]):
        return []  # "La Bora-hansgrohe rinnova lo staff": the team is the subject
    named = _after_colon(doc, end, ms)
    if named is not None:
        return [(named.who, named)]  # type: ignore[list-item]
    who = implicit(doc, t, start, everyone, compiled, topics)
    if who is not None:
        return [(who, None)]  # mention None: the subject is implicit
    denier = _denier(doc, t, ms, compiled)
    if denier is not None:
        return [(denier.who, denier)]  # type: ignore[list-item]
    after = next((m for m in inside if m.start >= t.end), None)
    if after is not None and person_like(after) and not doc.text[t.end : after.start].strip():
        return [(after.who, after)]  # type: ignore[list-item]  # "Na vijf jaar verlaat X de ploeg"
    # "Volgens X rijdt Y volgend jaar voor Z": the subject stands inside the verb's words
    within = [m for m in inside if t.start < m.start and m.end <= t.end and person_like(m)]
    return [(within[0].who, within[0])] if within else []  # type: ignore[list-item]


_JOINED = re.compile(r"(?:,\s*|\s)(?:and|en|et|e|y)\s+$")
_VERB_GAP = re.compile(r"^\s*(?:[\w']+\s+){0,2}$")


def _joined_clause(doc: Document, m: Mention, t: Trigger) -> bool:
    """ "X moves to A and Y joins B": a name after "and" with the move's verb right after it is
    the subject of a second clause, not a second object of the first."""
    before = doc.folded[max(0, m.start - 8) : m.start]
    gap = doc.folded[m.end : t.start]
    if gap.startswith(",") and gap.count(",") >= 2:
        gap = gap[gap.rindex(",") + 1 :]  # "and Y, who came from X in 2022, also renewed"
    if _COMMA_AND.search(before) and _CLAUSE_GAP.match(gap):
        return True  # "A expects to lead, and B is preparing for his final year": B's clause
    return bool(_JOINED.search(before)) and bool(_VERB_GAP.match(gap))


_COMMA_AND = re.compile(r",\s*(?:and|en|et|e|y)\s+$")
# the name's own verb right after it ("is preparing for", "will ride"), a few words, no comma
_CLAUSE_GAP = re.compile(
    r"^\s+(?:is|are|was|has|have|had|will|would|est|sera|a|va|e|sara|ha|wordt|zal|heeft|es)"
    r"\s+(?:[\w']+\s+){0,3}$"
)


_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s*")
_WITH = re.compile(r"(?:^|\s)with\s+$")
_SET_TO = re.compile(r"\s+(?:expected|set|likely|due|tipped|poised) to\s+")


def _absolute(doc: Document, m: Mention, t: Trigger) -> bool:
    """ "..., with X following him from Y" / "with X expected to follow him": after "with", a
    name right before an -ing verb (or "expected to" and its like) is that verb's subject, not
    the object of "with"."""
    gap = doc.folded[m.end : t.start]
    if _SET_TO.fullmatch(gap) is None and (
        gap.strip() or not doc.folded[t.start : t.end].split()[0].endswith("ing")
    ):
        return False
    return bool(_WITH.search(doc.folded[max(0, m.start - 8) : m.start]))


def _asked(doc: Document, t: Trigger) -> bool:
    """The trigger stands in a question outside an interview (a headline's "X to Y?")."""
    s = doc.sentences[t.sentence]
    if s.kind in (LineKind.QUESTION, LineKind.ANSWER):
        return False
    return doc.text[s.start : s.end].rstrip(" \"'”’»").endswith("?")


def _met_there(doc: Document, compiled: Compiled, m: Mention) -> bool:
    """The name is one the mover will meet at the team ("where he will find X", "donde
    coincidirá con X y con Y"): a "meets" word before it in its sentence."""
    pattern = compiled.meets
    s = doc.sentences[m.sentence]
    return (
        pattern is not None
        and pattern.search(doc.folded, max(s.start, m.start - 150), m.start) is not None
    )


def _retired_aside(doc: Document, compiled: Compiled, t: Trigger) -> bool:
    """ "X, who ended his career in October, joins Y as a coach": a retirement told in an aside
    between commas describes the person; the sentence's news is its main clause. An aside that
    dates it to this season ("who stopped racing this autumn") tells news of its own."""
    if t.cls is not T.RETIRE or not (_in_aside(doc, compiled, t) or _dated_aside(doc, compiled, t)):
        return False
    s = doc.sentences[t.sentence]
    close = doc.folded.find(",", t.end, s.end)
    opened = doc.folded.rfind(",", s.start, t.start)
    aside = doc.folded[t.end : close if close > 0 else s.end]
    return not (
        any(p is not None and p.search(aside) for p in (compiled.season_this, compiled.season_end))
        or _month_this_season(doc, compiled, doc.folded[max(s.start, opened) : t.start] + aside)
    )


def _month_this_season(doc: Document, compiled: Compiled, aside: str) -> bool:
    """ "who ended his career in September", read in November: a month named alone (no year,
    not "last September") that has already come this year dates the retirement to this season."""
    months = compiled.vocab.months
    for i, name in enumerate(months):
        for m in re.finditer(rf"\b{name}\b", aside):
            before = aside[: m.start()].rstrip()
            after = aside[m.end() : m.end() + 12]
            if (
                re.search(r"\d", after[:6])
                or before.endswith(_LAST_WORDS)
                or _LAST_AFTER.match(after)
            ):
                continue
            if i + 1 <= doc.published.month:
                return True
    return False


# a month after these is a past season's: "last October", "vorige oktober", "l'an dernier"
_LAST_WORDS = ("last", "vorige", "afgelopen", "dernier", "scorso", "pasado")
_LAST_AFTER = re.compile(r"\s*(?:dernier|scorso|pasado|del ano pasado|vorig jaar|last year)")


def _reported_in(doc: Document, c: Compiled, start: int, end: int) -> int | None:
    """Where a "said that" clause inside [start, end) opens: its subject is someone else."""
    if c.speech is None or c.that is None:
        return None
    for said in c.speech.finditer(doc.folded, start, end):
        that = c.that.match(doc.folded, said.end() + 1, end)
        if that is not None:
            return that.end()
    return None


def _chosen_renewal(doc: Document, c: Compiled, t: Trigger) -> bool:
    """ "the team chose to invest first in the renewal of X", "ha scelto di investire sul
    rinnovo di X": a renewal's words after a choice of something to do tell a plan, no move."""
    extend = c.triggers.get(T.EXTEND)
    if c.chose_to is None or extend is None or t.cls not in (T.EXTEND, T.SIGNING):
        return False
    if extend.search(doc.folded, t.start, t.end) is None:
        return False
    # the noun with its "of" ("the renewal of X"), not the verb ("ha deciso di rinnovare")
    of = _OF_AFTER.match(doc.folded, t.end) or _OF_END.search(doc.folded, t.start, t.end)
    s = doc.sentences[t.sentence]
    return of is not None and c.chose_to.search(doc.folded, s.start, t.start) is not None


_OF_AFTER = re.compile(r"\s+(?:of|di|de|del|van|d')(?=[\s\w])")
_OF_END = re.compile(r"\b(?:of|di|de|del|van|d')\s*$")


def _described_after(doc: Document, c: Compiled, t: Trigger) -> bool:
    """The words right after the trigger describe a person ("the 22-year-old Scot")."""
    after = doc.folded[t.end : t.end + 50].lstrip()
    return any(p is not None and p.match(after) for p in (c.descriptors, c.pronouns))


def _season_after(doc: Document, c: Compiled, t: Trigger) -> bool:
    """A season right after the signing's words leaves its object out: "X could make a move
    for 2026" (the rider the article is about)."""
    after = doc.folded[t.end : t.end + 40].lstrip()
    return bool(_YEAR_FIRST.match(after) or (c.season_next and c.season_next.match(after)))


def _left_out(doc: Document, c: Compiled, t: Trigger) -> bool:
    """Signing words whose object is the person the article is about: a season right after
    them, or a team tipped ("Q36.5 remains the most likely landing spot")."""
    tipped = c.tipped is not None and c.tipped.match(doc.folded, t.start) is not None
    return tipped or _season_after(doc, c, t)


def _headlined(doc: Document, everyone: list[Mention], who: Who) -> bool:
    """The person is named in the headline: the one the article is about."""
    return any(
        m.who == who and doc.sentences[m.sentence].kind is LineKind.HEADLINE for m in everyone
    )


def _paragraph_topic(
    doc: Document, everyone: list[Mention], who: Who, t: Trigger, c: Compiled
) -> bool:
    """A team tipped in a live blog's entry (or a brief) about one rider who wants to leave:
    "12:30 - X hopes to leave Y. Z remain the most likely destination". The person is the
    only one named in the paragraph before the tipped team, in a sentence with a leaving word."""
    paragraph = doc.sentences[t.sentence].paragraph
    named = [
        m
        for m in everyone
        if m.start < t.start
        and person_like(m)
        and doc.sentences[m.sentence].paragraph == paragraph
        and doc.sentences[m.sentence].kind is not LineKind.HEADLINE
    ]
    if c.tipped is None or c.tipped.match(doc.folded, t.start) is None or c.leave_words is None:
        return False
    if {m.who for m in named} != {who}:
        return False
    return any(
        c.leave_words.search(doc.folded, m.end, doc.sentences[m.sentence].end) for m in named
    )


_YEAR_FIRST = re.compile(r"(?:\w{1,3} )?20\d\d\b")  # "for 2026", "per il 2026"


def _participle_of(doc: Document, ms: list[Mention], t: Trigger) -> Mention | None:
    """ "..., which loses X, retired after winning the Giro": a participle right after a name
    and its comma describes that name, whoever the clause's subject is."""
    if t.cls not in (T.RETIRE, T.MOVE):
        return None  # "X, accompanied by his compatriot Y": a signing word names its own
    last = next((m for m in reversed(ms) if m.end <= t.start), None)
    if last is None or not person_like(last) or doc.text[last.end : t.start] != ", ":
        return None
    word = doc.folded[t.start : t.end].split()[0]
    return last if _PARTICIPLE.search(word) else None


# a past participle or an -ing form: "retired", "retirada", "retraitee", "ritirata", "joining"
_PARTICIPLE = re.compile(r"(?:ed|ing|ad[oa]s?|id[oa]s?|ees?|at[oaie]|it[oaie])$")


def _speaks_before(doc: Document, c: Compiled, m: Mention, t: Trigger) -> bool:
    """ "Team boss X confirmed that ... will join": a manager who speaks is not the mover (a
    rider who says that he will join is)."""
    if c.speech is None or c.that is None or not m.role_staff:
        return False
    between = doc.folded[m.end : t.start]
    # "X, general manager of Y, has confirmed that ...": past the apposition that names the role
    aside = _APPOSITION.match(between)
    lead = aside.end() if aside is not None else 0
    said = c.speech.search(between, lead)
    return (
        said is not None
        and said.start() - lead <= 3
        and c.that.search(between, said.end()) is not None
    )


_APPOSITION = re.compile(r"(?: ['\"‘“«][^'\"’”».,;:]{1,20}['\"’”»])?\s*,[^,.;:]{1,80},")


def _after_colon(doc: Document, clause_end: int, ms: list[Mention]) -> Mention | None:
    """ "The second one joins the team car: Marco Rossi, ...": the name the colon announces."""
    if not doc.text.startswith(":", clause_end):
        return None
    after = next((m for m in ms if m.start > clause_end), None)
    if after is None or not person_like(after) or doc.text[clause_end + 1 : after.start].strip():
        return None
    return after


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
    return before[-1] if before and subject_like(doc, before[-1], s.start, compiled) else None


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
    return subject_like(doc, team, clause_start, compiled)


def _among(
    doc: Document, c: Compiled, t: Trigger, inside: list[Mention], start: int
) -> Mention | None:
    """ "X is said to be among the riders the Australian team is courting": a signing with no
    object after it takes the subject named before "among the riders"."""
    if c.among is None or t.cls is not T.SIGNING:
        return None
    cue = None
    for x in c.among.finditer(doc.folded, max(start, t.start - 90), t.start):
        cue = x
    if cue is None or re.search(r"[,;:]", doc.folded[cue.end() : t.start]):
        return None
    before = [
        m
        for m in inside
        if m.end <= cue.start() and person_like(m) and subject_like(doc, m, start, c)
    ]
    return before[-1] if before else None


def _staff_signs(doc: Document, inside: list[Mention], t: Trigger) -> bool:
    """ "Manager X confirmed that he will sign Y": a staff member before a bare verb that takes
    a person is the one who signs; the person after it moves."""
    after = next((m for m in inside if m.start >= t.end), None)
    if after is None or not person_like(after) or doc.text[t.end : after.start].strip():
        return False
    before = [m for m in inside if m.end <= t.start and person_like(m)]
    return bool(before) and before[-1].role_staff


def _objects(
    doc: Document, inside: list[Mention], t: Trigger, sentence: list[Mention], compiled: Compiled
) -> list[Mention]:
    """The people a signing names after it, or inside it ("heeft X vastgelegd"); the names
    joined to the first go on past a bracket that holds a team ("X (Lidl-Trek) and Y") and
    past each one's old team ("signs X from Movistar and Y from UAE")."""
    after = [m for m in inside if m.start >= t.end or (t.start < m.start and m.end <= t.end)]
    first = next((m for m in after if person_like(m)), None)
    if first is None:
        return []
    signs = t.cls in (T.SIGNING, T.MOVE)  # not "denies that X": a conjunction, not a relative
    if signs and first.start >= t.end and _relative_between(doc, compiled, t.end, first.start):
        return []  # "haalde drie renners binnen die X moeten bijstaan": X is not signed
    out, last = [first], first.end
    for m in [x for x in sentence if x.start >= first.end]:
        gap = doc.folded[last : m.start]
        if m.team is not None and m.kind is not None and _OPEN_BRACKET.match(gap):
            close = doc.text.find(")", m.end)  # "X (Lidl-Trek) and Y": X's old team, skipped
            if close < 0 or close - m.end > 3:
                break
            last = close + 1
            continue
        if m.team is not None and m.kind is not None and _from_gap(compiled, gap):
            last = m.end  # "X from Movistar and Y": X's old team, skipped
            continue
        if not person_like(m) or not _joined(gap, compiled):
            break
        out.append(m)
        last = m.end
    return out


_OPEN_BRACKET = re.compile(r"^\s*\(\s*$")


def _relative_between(doc: Document, compiled: Compiled, start: int, end: int) -> bool:
    """A relative pronoun within the first words between a signing and a name: the name is
    told in a clause about those signed ("signed three riders who will support X", "haalde
    drie renners binnen die X moeten helpen")."""
    pattern = compiled.relative
    gap = doc.folded[start:end]
    m = pattern.search(gap) if pattern is not None else None
    return m is not None and len(gap[: m.start()].split()) <= 3


def _from_gap(c: Compiled, gap: str) -> bool:
    """Only a "from" word (and its article) between a named person and a team."""
    words = _ARTICLE_END.sub("", gap.strip(" ,"))
    return bool(words) and c.from_cues is not None and c.from_cues.fullmatch(words) is not None


_ARTICLE_END = re.compile(r"\s+(?:the|la|le|il|el|het|l')$")


def _coordinated(
    doc: Document, subject: Mention, inside: list[Mention], t: Trigger
) -> list[Mention]:
    """The subject with the names joined to it: "X, 36, and Y, 37, have both signed"."""
    out = [subject]
    for m in inside:
        if m.start <= subject.start or m.end > t.start:
            continue
        if m.possessive:
            break  # "X, Cavendish's lead-out man, joins": a description, not a second subject
        if not person_like(m) or not _joined(doc.folded[out[-1].end : m.start]):
            break
        out.append(m)
    for m in reversed([x for x in inside if x.end <= subject.start]):
        if not person_like(m) or not _joined(doc.folded[m.end : out[0].start]):
            break
        out.insert(0, m)
    return out


_Hit = tuple[Trigger, Who, Mention | None]
_QUITTING = frozenset({T.RETIRE, T.POSTPONE, T.DENY})


def _staying_staff(
    doc: Document, hits: dict[tuple[str, int], list[_Hit]], drafts: list[Draft], c: Compiled
) -> list[Draft]:
    """A rider whose retirement the text tells and who "will be staying with the team next
    year", a staff role named in that sentence or the next of its paragraph ("Director of racing
    is the title"), stays on as staff: a staff move, not a rider's stay."""
    retiring = {d.who.key for d in drafts if d.kind is ClaimKind.RETIREMENT and not d.denied}
    roles = c.staff_roles
    out: list[Draft] = []
    for (key, index), group in hits.items():
        if (
            key not in retiring
            or roles is None
            or any(
                d.who.key == key and d.sentence == index and d.kind is ClaimKind.STAFF_MOVE
                for d in drafts
            )
        ):
            continue
        stays = [t for t, _, _ in group if t.cls is T.STAY and not t.negated]
        if not stays or len(stays) != len(group):
            continue
        s = doc.sentences[index]
        near = [x for x in doc.sentences[index : index + 2] if x.paragraph == s.paragraph]
        if not any(roles.search(doc.folded, x.start, x.end) for x in near):
            continue
        t = stays[0]
        draft = Draft(group[0][1], ClaimKind.STAFF_MOVE, index, t.start, trigger=t)
        draft.staff, draft.own_triggers = True, (t.start,)
        draft.headline = s.kind is LineKind.HEADLINE
        draft.implicit = all(m is None for _, _, m in group)
        out.append(draft)
    return out


def _drafts(doc: Document, group: list[_Hit], compiled: Compiled) -> list[Draft]:
    """One draft per move of a person in a sentence. A retirement told with a staff role ("stops
    at the end of the year, but stays in the sport: he becomes DS") is two moves, and the
    negated stop there only says the person stays in the sport: no postponement, no denial."""
    classes = {t.cls for t, _, _ in group}
    staff_role = T.STAFF in classes or any(_as_staff(doc, compiled, t) for t, _, _ in group)
    if not (staff_role and classes & _QUITTING):
        one = _draft(doc, group, compiled)
        return [one] if one is not None else []
    quitting = [g for g in group if g[0].cls is T.RETIRE and not g[0].negated]
    staffing = [g for g in group if g[0].cls in _MOVING]
    kept = {q[0].start for q in quitting}
    mute = tuple(
        (t.start, t.end) for t, _, _ in group if t.cls in _QUITTING and t.start not in kept
    )
    s = doc.sentences[group[0][0].sentence]
    out = []
    for part in (quitting, staffing):
        d = _draft(doc, part, compiled) if part else None
        if d is None:
            continue
        d.mute, d.denied = mute, False
        # each move reads its own words: the retirement up to the staff role, and back
        first_staff = min((t.start for t, _, _ in staffing), default=s.end)
        last_quit = max((t.end for t, _, _ in quitting), default=s.start)
        d.scope = (s.start, first_staff) if part is quitting else (last_quit, s.end)
        out.append(d)
    return out


def _draft(doc: Document, group: list[_Hit], compiled: Compiled) -> Draft | None:
    triggers = [t for t, _, _ in group]
    who = group[0][1]
    mention = next((m for _, _, m in group if m is not None), None)
    # "will not renew with X": a negated extension is none (nor a denial: the person leaves)
    classes = {
        t.cls for t in triggers if not (t.negated and t.cls in (T.MOVE, T.SIGNING, T.EXTEND))
    }
    negated_move = any(t.negated and t.cls in (T.MOVE, T.SIGNING) for t in triggers)
    kind, main = _kind(classes, triggers, negated_move)
    if kind is None or main is None:
        return None
    if _in_aside(doc, compiled, main):  # "X, who leaves Y, will sign for Z": the main verb
        main = next(
            (t for t in triggers if t.cls is main.cls and not _in_aside(doc, compiled, t)), main
        )
    staff = T.STAFF in classes or bool(mention and mention.role_staff)
    staff = staff or _as_staff(doc, compiled, main)
    if kind is ClaimKind.TRANSFER and staff:
        kind = ClaimKind.STAFF_MOVE
    if kind is ClaimKind.TRANSFER and _renewal_noun(doc, compiled, main):
        kind = ClaimKind.CONTRACT_EXTENSION  # "il rinnovo di X": the signing is a renewal
    s = doc.sentences[main.sentence]
    draft = Draft(who, kind, main.sentence, main.start, trigger=main)
    draft.own_triggers = tuple(t.start for t in triggers)
    draft.headline = s.kind is LineKind.HEADLINE
    draft.staff = staff
    # "denkt niet aan stoppen", "is not stopping": a negated retirement alone is denied
    quits = [t for t in triggers if t.cls is T.RETIRE]
    negated_stop = kind is ClaimKind.RETIREMENT and bool(quits) and all(t.negated for t in quits)
    draft.denied = T.DENY in classes or negated_move or negated_stop
    draft.counted = kind is ClaimKind.TRANSFER and _one_more(doc, compiled, main.sentence)
    draft.inherit = (
        T.SAME in classes
        or _says_also(doc, compiled, s.start, main.start)
        or _brought_along(doc, compiled, main)
        or draft.counted
    )
    draft.nationality = mention.nationality if mention else None
    draft.implicit = mention is None
    if compiled.that_of is not None and compiled.that_of.fullmatch(
        doc.folded, main.start, main.end
    ):
        draft.scope = (main.start, s.end)  # "..., and that of B": the words before are A's
    return draft


def _renewal_noun(doc: Document, compiled: Compiled, t: Trigger) -> bool:
    """A signing's words that name a renewal ("the renewal of", "la prolongation de")."""
    extend = compiled.triggers.get(T.EXTEND)
    return (
        t.cls is T.SIGNING
        and extend is not None
        and extend.search(doc.folded, t.start, t.end) is not None
    )


def _dated_aside(doc: Document, compiled: Compiled, t: Trigger) -> bool:
    """ "X, vorig jaar gestopt als renner, wordt ploegleider": an aside between commas right
    after a name that dates the trigger to a past season."""
    s = doc.sentences[t.sentence]
    comma = doc.folded.rfind(",", s.start, t.start)
    close = doc.folded.find(",", t.end, s.end)
    if comma < 0 or close < 0 or t.start - comma > 30:
        return False
    aside = doc.folded[comma:close]
    return any(p.search(aside) for p in compiled.grouped["season_last"])


def _in_aside(doc: Document, compiled: Compiled, t: Trigger) -> bool:
    """The trigger stands in a relative clause between commas (", who leaves Y,")."""
    s = doc.sentences[t.sentence]
    comma = doc.folded.rfind(",", s.start, t.start)
    if comma < 0 or compiled.relative is None or doc.folded.find(",", t.end, s.end) < 0:
        return False
    return (
        compiled.relative.match(doc.folded, comma + 1 + (doc.folded[comma + 1] == " ")) is not None
    )


def _kind(
    classes: set[TriggerClass], triggers: Iterable[Trigger], negated_move: bool
) -> tuple[ClaimKind | None, Trigger | None]:
    ordered = sorted(triggers, key=lambda t: t.start)
    for cls, kind in _KIND_ORDER:
        if cls in classes:
            return kind, next(t for t in ordered if t.cls is cls)
    if T.STAY in classes and T.DENY not in classes and T.STAFF not in classes:
        return None, None  # "stays in the sport: he becomes DS" is a staff move
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
    # Only in the trigger's own phrase: "X joins Y, and Z comes in as DS" says nothing about X.
    stop = re.search(r"[,;:]|\s[-–—]\s", doc.folded[t.end : s.end])
    end = t.end + stop.start() if stop else s.end
    if pattern is not None and pattern.search(doc.folded, t.start, end):
        return True
    # "Cofidis nomme X directrice sportive", "appoints X sports director": the role right
    # after the name the verb takes, with no "as"
    named = _NAME_AFTER.match(doc.text, t.end, end)
    roles = compiled.staff_roles
    return bool(named and roles is not None and roles.match(doc.folded, named.end(), end))


# a verb's object: an optional "a", "tot", then one to four capitalised words, then a space
_NAME_AFTER = re.compile(r"\s+(?:a\s+)?(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4}(?:(?:tot|als)\s+)?")


def _brought_along(doc: Document, compiled: Compiled, t: Trigger) -> bool:
    """ "X brings A and B with him": A and B follow X to his destination."""
    pattern = compiled.brings_along
    return pattern is not None and pattern.match(doc.folded, t.start) is not None


def _says_also(doc: Document, compiled: Compiled, start: int, pos: int) -> bool:
    return bool(compiled.also and compiled.also.search(doc.folded, start, pos + 40))


def _one_more(doc: Document, compiled: Compiled, sentence: int) -> bool:
    """ "And a third: X moves over from Y", "Another one for the Dutch team: X returns. He
    leaves Y.": a paragraph (a live blog's entry) that opens with a count and a colon tells
    one more move to the team of the move before it."""
    pattern = compiled.one_more
    if pattern is None:
        return False
    s = doc.paragraph_opening(sentence)
    if ":" not in doc.text[s.start : s.end] and "!" not in doc.text[s.start : s.end]:
        return False
    lead = re.match(r"[\s*_\"'“‘-]*", doc.folded[s.start : s.end])
    start = s.start + (lead.end() if lead else 0)
    return _counted(pattern.pattern).match(doc.folded, start, s.end) is not None


@cache
def _counted(pattern: str) -> re.Pattern[str]:
    """The count with the colon or exclamation mark that ends it ("another" alone may just
    start a sentence)."""
    return re.compile(rf"(?:{pattern})\s*[:!]")
