"""Stage 5: the words that say a move happens, per language (the vocabulary's trigger table).

A trigger right after "after" or "since" tells the past ("since retiring"); a negation right
before it turns a move into a denial ("will not join") and drops other kinds; a past-tense move
verb ("joined") is marked narrative, for the subject stage to drop inside a relative clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from bot.domain.reading.records import Document, LineKind, Sentence, Trigger, TriggerClass
from bot.domain.reading.referents import PRO_DROP
from bot.domain.reading.vocab import Compiled

# An auxiliary right before a past participle makes it a perfect, not a told past; a whole
# word only ("Froome joined" is told: the name's last letter is not Italian "e")
_PERFECT = re.compile(
    r"(?:(?<![a-z0-9])(?:has|have|had|will|to|heeft|hebben|a|ha|hanno|han|e|est|sont|zal|is)"
    r"|'s)\s+$"
)


def find_triggers(doc: Document, compiled: Compiled) -> list[Trigger]:
    """Every trigger in the read sentences, in document order."""
    out: list[Trigger] = []
    starts = [s.start for s in doc.sentences]
    # "a contract until he retires" is no retirement, "despite the offer of a renewal" no renewal
    muted = {
        TriggerClass.RETIRE: _spans(doc, compiled.career_long),
        TriggerClass.EXTEND: _spans(doc, compiled.offer_declined),
        # "la squadra ha scelto di investire", "chose to invest": no team chosen
        TriggerClass.MOVE: _spans(doc, compiled.chose_to),
    }
    for cls, pattern in compiled.triggers.items():
        for s, m in _matches(doc, starts, pattern):
            if any(a <= m.start() < b for a, b in muted.get(cls, ())):
                continue
            if cls is TriggerClass.STAY and _stays_till_season_end(doc, compiled, s.end, m):
                continue  # "stays at X until the end of the season, then joins Y": he leaves
            length_of = (
                _extension_length(doc, compiled, s.start, m)
                if cls is TriggerClass.POSTPONE
                else None
            )
            if length_of is TriggerClass.EXTEND:
                continue  # "signs a renewal for one more season": the deal's length
            if length_of is TriggerClass.MOVE:
                # "resta alla X: ha firmato per un'altra stagione": a signing for a season more
                # at the team the person is at renews the deal
                t = _trigger(doc, compiled, s.index, s.start, TriggerClass.EXTEND, m)
                out.append(t)
                continue
            if cls is TriggerClass.COMEBACK and _from_injury(doc, compiled, s.start, s.end, m):
                continue  # "his comeback from a knee injury": back from injury, not retirement
            if cls in _POSITIVE and _no_longer(doc, compiled, s.start, m):
                continue  # "rijdt volgend jaar niet meer voor X": X is the team he leaves
            t = _trigger(doc, compiled, s.index, s.start, cls, m)
            if cls is TriggerClass.COMEBACK and not t.negated and _next_race(doc, compiled, s, m):
                # "returns to racing at the Amstel this weekend": no break was told ("will not
                # return to racing" is read by _no_return: no comeback, or a denied one)
                continue
            if cls in _NEGATED_INSIDE and _negated_inside(compiled, m):
                t = replace(t, negated=True)  # "rijdt volgend jaar niet voor X": a denial
            out.append(t)
    out.extend(_races_again(doc, compiled, starts))
    out.sort(key=lambda t: (t.start, -t.end))
    found = _without_nested(_that_of_a_signing(doc, compiled, out))
    return _denied_stops(doc, compiled, _stays_on(doc, compiled, _no_return(doc, found)))


def _stays_on(doc: Document, compiled: Compiled, found: list[Trigger]) -> list[Trigger]:
    """ "En Movistar se queda X, que seguirá al menos una temporada más": a season more told
    beside a stay, with no word of stopping in the sentence, is the stay, not a career put off
    ("aplaza su retirada y seguirá una temporada más" names the stop and stays one)."""
    stop = compiled.triggers.get(TriggerClass.RETIRE)
    staying = {t.sentence for t in found if t.cls is TriggerClass.STAY and not t.negated}
    if not staying or stop is None:
        return found
    stopping = {t.sentence for t in found if t.cls is TriggerClass.RETIRE}
    return [
        t
        for t in found
        if not (
            t.cls is TriggerClass.POSTPONE
            and t.sentence in staying - stopping
            and stop.search(doc.folded, t.start, t.end) is None
        )
    ]


def _no_return(doc: Document, found: list[Trigger]) -> list[Trigger]:
    """ "X non tornerà a correre", "will not return to racing": a comeback said not to come
    tells a stop (its own words say which), no comeback; only beside a denial in the paragraph
    ("he denied the reports: he will not return") is it a rumoured comeback denied."""
    denials = {doc.sentences[t.sentence].paragraph for t in found if t.cls is TriggerClass.DENY}
    return [
        t
        for t in found
        if not (
            t.cls is TriggerClass.COMEBACK
            and t.negated
            and doc.sentences[t.sentence].paragraph not in denials
        )
    ]


def _that_of_a_signing(doc: Document, compiled: Compiled, found: list[Trigger]) -> list[Trigger]:
    """ "and that of B", "y la de B" signs B only after a signing's noun in the same sentence
    ("la llegada de A ... y la de B"); "la victoria de A y la de B" signs no one."""
    that_of = compiled.that_of
    if that_of is None:
        return found
    signings = [t for t in found if t.cls is TriggerClass.SIGNING]
    out = []
    for t in found:
        alone = not any(o.sentence == t.sentence and o.end <= t.start for o in signings)
        if t in signings and alone and that_of.fullmatch(doc.folded, t.start, t.end):
            continue
        out.append(t)
    return out


def _denied_stops(doc: Document, compiled: Compiled, found: list[Trigger]) -> list[Trigger]:
    """ "X is not retiring", "ne prendra pas sa retraite" beside a denial in the paragraph ("he
    and his team denied the reports") deny a rumoured retirement; only "not yet", "after all"
    make such a negated stop a postponement of a planned one."""
    paragraphs = {doc.sentences[t.sentence].paragraph for t in found if t.cls is TriggerClass.DENY}
    if not paragraphs:
        return found
    lead = _lead_paragraph(doc)
    everywhere = lead is not None and lead in paragraphs  # the story itself is a denial
    out = []
    for t in found:
        s = doc.sentences[t.sentence]
        if t.cls is TriggerClass.POSTPONE and (everywhere or s.paragraph in paragraphs):
            before = " ".join(doc.folded[max(s.start, t.start - 30) : t.start].split()[-2:])
            words = doc.folded[t.start : t.end]
            clause = re.split(r"[,;:]", doc.folded[t.end : s.end], maxsplit=1)[0]
            negation, not_yet = compiled.negation, compiled.not_yet
            said_not = negation is not None and bool(negation.search(f"{before} {words}"))
            if said_not and not (not_yet and not_yet.search(f"{words}{clause}")):
                t = replace(t, cls=TriggerClass.RETIRE, negated=True)
        out.append(t)
    return out


def _lead_paragraph(doc: Document) -> int | None:
    """The first body paragraph: the story's lead ("X has brushed off suggestions that he is
    about to retire"); a denial there makes the whole piece a denial."""
    return next((s.paragraph for s in doc.sentences if s.kind is LineKind.BODY), None)


def _away(doc: Document, compiled: Compiled, s: Sentence) -> bool:
    """The sentence's paragraph tells a break from the sport or a retirement."""
    start, end = doc.paragraph_span(s.paragraph)
    return compiled.away is not None and compiled.away.search(doc.folded, start, end) is not None


def _next_race(doc: Document, compiled: Compiled, s: Sentence, m: re.Match[str]) -> bool:
    """A return to racing that no break or retirement in its paragraph explains: the rider's
    next race ("returns to racing at the Amstel this weekend"), not a comeback."""
    weak = compiled.returns
    if weak is None or not weak.fullmatch(m.group(0)) or _away(doc, compiled, s):
        return False
    stop = re.search(r"[,;:]", doc.folded[m.end() : s.end])  # the return's own clause
    end = m.end() + stop.start() if stop else s.end
    if _YEAR.search(doc.text, m.end(), end):
        return False  # "torna alle corse nel 2025": a season to come, a comeback
    cue = compiled.returns_for  # "returns to racing with X": the team it is with
    return not (
        cue is not None
        and any(_NAME_NEXT.match(doc.text, x.end()) for x in cue.finditer(doc.folded, m.end(), end))
    )


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a capitalised name right after a cue, past an article ("with the Cofidis", "con la Movistar")
_NAME_NEXT = re.compile(r"\s+(?:(?:the|la|le|l'|el|de|het|il|lo)\s+)?[A-ZÀ-Þ]")


def _races_again(doc: Document, compiled: Compiled, starts: list[int]) -> list[Trigger]:
    """ "Will race again for X, ending the break from cycling he began in January": racing
    again in a sentence that tells a break from the sport is a comeback (a teammate's
    retirement elsewhere in the paragraph is not that break), and so is racing again said of
    a pronoun or a description right after the sentence that tells the break ("Three years
    after she retired, X is coming back. The Dutchwoman will race again for Y in 2025")."""
    if compiled.away is None:
        return []
    out = []
    found = [
        hit
        for pattern in (compiled.racing_again, compiled.racing_again_for)
        if pattern is not None
        for hit in _matches(doc, starts, pattern)
    ]
    for s, m in found:
        away = compiled.away.search(doc.folded, s.start, s.end)  # its own sentence's break
        if away is None and _break_just_before(doc, compiled, s, m):
            away = m
        if away is not None and not _from_injury(doc, compiled, s.start, s.end, m):
            out.append(_trigger(doc, compiled, s.index, s.start, TriggerClass.COMEBACK, m))
    return out


def _break_just_before(doc: Document, compiled: Compiled, s: Sentence, m: re.Match[str]) -> bool:
    """The sentence before, in the same paragraph, tells a break (not an injury), the racing
    again is for a season to come ("in 2025", "next season"; "at the Vuelta next week" is the
    next race), and it is said of a pronoun or a description that opens its sentence: the same
    person, not another rider named there."""
    if s.index == 0 or compiled.away is None:
        return False
    before = doc.sentences[s.index - 1]
    if before.paragraph != s.paragraph:
        return False
    away = compiled.away.search(doc.folded, before.start, before.end)
    if away is None or compiled.injury is None:
        return False
    if compiled.injury.search(doc.folded, before.start, before.end):
        return False  # "crashed at the Tour and stepped away for two months": an injury
    season = compiled.season_next
    if not _YEAR.search(doc.text, m.end(), s.end) and not (
        season is not None and season.search(doc.folded, m.end(), s.end)
    ):
        return False
    subject = doc.folded[s.start : m.start()].lstrip(" \"'“‘")
    if not subject.strip():
        return doc.language in PRO_DROP  # "Correrà di nuovo con la X": a dropped subject
    if any(
        p is not None and p.match(subject) is not None
        for p in (compiled.pronouns, compiled.descriptors)
    ):
        return True
    # "La campionessa olimpica correrà ...": a description the tables lack, no name in it
    if not any(w[:1].isupper() for w in doc.text[s.start : m.start()].split()[1:]):
        return True
    return _headline_person_reported(doc, compiled, before, s, m)


def _headline_person_reported(
    doc: Document, compiled: Compiled, before: Sentence, s: Sentence, m: re.Match[str]
) -> bool:
    """ "Years after stepping off the bike, the Olympic champion is coming back. Her team
    announced that Anna Smit will race again for it in 2025": the break is told of a
    description, and the name reported after "that" is the headline's person, the same one."""
    that = doc.folded.rfind(" that ", s.start, m.start())
    head = doc.lines[0] if doc.lines else None
    if that < 0 or head is None or compiled.descriptors is None:
        return False
    caps = [w for w in doc.text[that + 6 : m.start()].split() if w[:1].isupper()]
    headline = doc.text[head.start : head.end]
    if not caps or not all(w in headline for w in caps):
        return False
    lead = doc.folded[before.start : before.end]
    subject = lead[lead.rfind(",") + 1 :].lstrip(" \"'“‘")
    return any(
        p is not None and p.match(subject) for p in (compiled.descriptors, compiled.pronouns)
    )


def _spans(doc: Document, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(doc.folded)] if pattern is not None else []


def _matches(
    doc: Document, starts: list[int], pattern: re.Pattern[str]
) -> list[tuple[Sentence, re.Match[str]]]:
    """Every match inside one read sentence. A match that runs across a sentence's end is not
    one, and the search goes on right after its start, so the trigger it swallowed is found."""
    out = []
    pos = 0
    while (m := pattern.search(doc.folded, pos)) is not None:
        i = bisect_right(starts, m.start()) - 1
        s = doc.sentences[i] if i >= 0 else None
        if s is None or m.start() >= s.end:  # furniture or a blank between sentences
            pos = m.end() if m.end() > m.start() else m.start() + 1
            continue
        if m.end() > s.end:
            pos = m.start() + 1
            continue
        if s.kind is not LineKind.TABLE:
            out.append((s, m))
        pos = m.end() if m.end() > m.start() else m.start() + 1
    return out


_AND_WORDS = frozenset({"and", "en", "et", "e", "ed", "y"})
_ALONE = re.compile(
    r"(?:\s+[^.;:,]{0,40}?)?\s+(?:alone|on (?:his|her) own|seule?|alleen|da sol[oa]|sol[oa])\b"
)


def _told_past(narrative: re.Pattern[str], words: str, before: str) -> bool:
    """The trigger's words are a past-tense move verb, alone or with its preposition ("joined",
    "moved to"), or with the auxiliary before them ("avait rejoint", "e passato")."""
    lead = before.split()[-2:]
    for k in range(len(lead) + 1):
        text = " ".join([*lead[len(lead) - k :], words])
        m = narrative.match(text)
        if m is not None and (m.end() == len(text) or len(text[m.end() :].split()) <= 2):
            return True
    return False


def _trigger(
    doc: Document,
    compiled: Compiled,
    sentence: int,
    s_start: int,
    cls: TriggerClass,
    m: re.Match[str],
) -> Trigger:
    before = doc.folded[max(s_start, m.start() - 40) : m.start()]
    # a negation stays in its clause: "stopt nog niet: hij rijdt door bij X" rides on
    near = " ".join(re.split(r"[,;:]", before)[-1].split()[-3:])
    narrative = bool(
        compiled.narrative
        and _told_past(compiled.narrative, m.group(0), before)
        and not _PERFECT.search(before)
    )
    last = near.split()[-2:]
    if last and last[-1] in _AND_WORDS:
        last = []  # "verlengt niet en vertrekt": the negation is the verb's before "and"
    negated = bool(compiled.negation and compiled.negation.search(" ".join(last)))
    if negated and _ALONE.match(doc.folded, m.end()):
        negated = False  # "Sagan does not leave alone": he leaves, with others
    if cls in _NEGATED_AFTER and compiled.inner_negation is not None:
        # "X verlengt niet", "ne prolonge pas", "X stopt niet": the negation follows the verb
        after = doc.folded[m.end() : m.end() + 12].lstrip()
        negated = negated or bool(compiled.inner_negation.match(after))
    if cls is TriggerClass.EXTEND and compiled.inner_negation is not None:
        # "X verlengt zijn contract bij Y niet": the negation closes the clause
        clause = re.split(r"[,.;:!?]", doc.folded[m.end() : m.end() + 80], maxsplit=1)[0].split()
        negated = negated or bool(clause and compiled.inner_negation.fullmatch(clause[-1]))
    plain_before = doc.plain[max(s_start, m.start() - 40) : m.start()]
    background = _ends_with(compiled.background, before) or _after_subject(
        compiled.background, compiled.pronouns, before, plain_before
    )
    if narrative and not background:
        # "When Lars Eide left for Movistar, ...": a past move that dates another event
        background = _after_subject(compiled.past_when, compiled.pronouns, before, plain_before)
    if cls is TriggerClass.EXTEND and _ends_with(compiled.renewed_before, before):
        background = True  # "but he had already renewed in February": why he is not coming
    return Trigger(m.start(), m.end(), sentence, cls, narrative, negated, background)


# Classes whose words never hold a negation of their own: one inside the match came from the
# words a pattern lets in between verb and preposition ("rides next year not for").
_POSITIVE = frozenset(
    {TriggerClass.MOVE, TriggerClass.SIGNING, TriggerClass.EXTEND, TriggerClass.STAFF}
)
# ... and a stop's words too ("zet geen punt achter zijn carrière": a stop denied)
_NEGATED_INSIDE = _POSITIVE | {TriggerClass.RETIRE}
_NEGATED_AFTER = frozenset({TriggerClass.EXTEND, TriggerClass.RETIRE})


def _no_longer(doc: Document, compiled: Compiled, s_start: int, m: re.Match[str]) -> bool:
    """ "no longer", "niet meer", "ne ... plus" in or right before the move's words: the team
    named is the one the person leaves, and no destination is said."""
    pattern = compiled.no_longer
    if pattern is None:
        return False
    before = " ".join(doc.folded[max(s_start, m.start() - 30) : m.start()].split()[-3:])
    return bool(pattern.search(f"{before} {m.group(0)}"))


def _negated_inside(compiled: Compiled, m: re.Match[str]) -> bool:
    """A negation between the trigger's own words: it denies the move."""
    return bool(compiled.inner_negation and compiled.inner_negation.search(m.group(0)))


def _stays_till_season_end(doc: Document, compiled: Compiled, end: int, m: re.Match[str]) -> bool:
    """A stay that runs "until the end of the season" ("fino al termine della stagione",
    "jusqu'à la fin de la saison") is the deal running out, no stay beyond it."""
    if compiled.season_end is None:
        return False
    after = doc.folded[m.end() : min(end, m.end() + 70)]
    until = _UNTIL.search(after)
    return until is not None and compiled.season_end.match(after, until.end()) is not None


# "until" before a time, in the five languages
_UNTIL = re.compile(r"\b(?:until|till|fino(?= a)|jusqu'?|hasta|tot)\s*")


def _extension_length(
    doc: Document, compiled: Compiled, start: int, m: re.Match[str]
) -> TriggerClass | None:
    """ "il prolungamento per un'altra stagione", "renueva por una temporada más": a season more
    right after a renewal's words, with only "for" and the contract's words between, is how
    long the new deal runs, not a career put off; so after a signing's words ("ha firmato per
    un'altra stagione", "a signé pour une saison de plus")."""
    lo = max(start, m.start() - 50)
    for cls in (TriggerClass.EXTEND, TriggerClass.MOVE):
        words = compiled.triggers.get(cls)
        for x in words.finditer(doc.folded, lo, m.start()) if words is not None else ():
            between = doc.folded[x.end() : m.start()]
            # after a signing, "for" right before the length: "signed for one more season",
            # not "agreed with X to race one more season" (a career put off)
            tail = _FOR if cls is TriggerClass.EXTEND else _FOR_RIGHT_BEFORE
            if not re.search(r"[,.;:!?]", between) and tail.search(between):
                return cls
    return None


# "for" before a contract's length, in the five languages
_FOR = re.compile(r"\b(?:for|voor|pour|per|por|de|di|d')\s*(?:\S+\s+){0,3}$")
_FOR_RIGHT_BEFORE = re.compile(r"\b(?:for|voor|pour|per|por)\s*$")


def _from_injury(doc: Document, compiled: Compiled, start: int, end: int, m: re.Match[str]) -> bool:
    """A comeback or return told with an injury, a crash or an illness in its clause."""
    pattern = compiled.injury
    if pattern is None:
        return False
    before = re.split(r"[;:]", doc.folded[max(start, m.start() - 50) : m.start()])[-1]
    after = re.split(r"[;:]", doc.folded[m.end() : min(end, m.end() + 60)])[0]
    return bool(pattern.search(before) or pattern.search(after))


def _ends_with(pattern: re.Pattern[str] | None, before: str) -> bool:
    """True when a match of `pattern` ends right where the trigger starts."""
    if pattern is None:
        return False
    tail = len(before.rstrip())
    return any(tail <= m.end() <= len(before) for m in pattern.finditer(before))


def _after_subject(
    words_before: re.Pattern[str] | None,
    pronouns: re.Pattern[str] | None,
    before: str,
    plain_before: str,
) -> bool:
    """ "since Romain Bardet retired", "after he left": a background word, then a name or a
    pronoun as the subject, then the trigger."""
    if words_before is None:
        return False
    cut = before.rfind(",") + 1  # the background word stands after the last comma
    for m in words_before.finditer(before, cut):
        words = plain_before[m.end() :].split()
        if not 1 <= len(words) <= 4:
            continue
        named = all(w[:1].isupper() for w in words)
        pronoun = len(words) == 1 and pronouns is not None and pronouns.fullmatch(words[0].lower())
        if named or pronoun or (len(words) == 1 and words[0].lower() in _POSSESSIVES):
            return True  # "since her retirement": her own, earlier
    return False


_POSSESSIVES = frozenset(
    {"his", "her", "their", "zijn", "haar", "hun", "son", "sa", "ses", "leur", "suo", "sua", "su",
     "sus"}
)  # fmt: skip


_NOUNS_OF_SIGNING = frozenset({TriggerClass.MOVE, TriggerClass.COMEBACK})


def _without_nested(found: list[Trigger]) -> list[Trigger]:
    """A trigger inside a longer one of the same class is the same word ("sign" in "sign for"),
    and a move's or a return's noun inside a signing's words is that signing ("overstap" in
    "een overstap van X", "regreso" in "el regreso de X al Y")."""
    out: list[Trigger] = []
    for t in found:
        if any(
            (o.cls is t.cls or (o.cls is TriggerClass.SIGNING and t.cls in _NOUNS_OF_SIGNING))
            and o.start <= t.start
            and t.end <= o.end
            for o in out
        ):
            continue
        out.append(t)
    return out
