"""Who a move is about when its clause names no one before the verb.

- "he", "the Dane", "le Français": the person the text is about (the latest name that was a
  subject, else the headline's); a person named with a staff role ("team boss X") is not the
  person a rider's move is about;
- "I" in a Q&A answer or "you" in its question: the interviewee; "I" in a quote: the one quoted;
- Italian and Spanish drop the subject: the person the text is about.
"""

from __future__ import annotations

import re

from bot.domain.reading.records import (
    Document,
    LineKind,
    Mention,
    Sentence,
    Trigger,
    TriggerClass,
    Who,
)
from bot.domain.reading.vocab import Compiled, nationality_code

PRO_DROP = frozenset({"it", "es"})


def person_like(m: Mention) -> bool:
    """A mention that can be a mover: a person's name, not "the X" nor a credited journalist."""
    return m.who is not None and not (m.kind is None and m.article_before) and not m.source


def subject_like(doc: Document, m: Mention, clause_start: int, compiled: Compiled) -> bool:
    """Not the object of a preposition or verb ("with X", "beat X", "teammate of X")."""
    before = doc.folded[max(clause_start, m.start - 40) : m.start].rstrip()
    cues = compiled.object_cues
    if cues is None or not before or before.endswith(","):
        return True  # "Selon X, de Y, Z a signé": after a comma a new phrase starts
    for opener in (compiled.contrast, compiled.that):
        # "..., mientras que X regresa", "informa de que X correrá": X opens a clause of its own
        if opener is not None and any(x.end() == len(before) for x in opener.finditer(before)):
            return True
    # "with X", and "with compatriot X": a cue right before the name or one word before it
    shorter = before.rsplit(" ", 1)[0] if " " in before and not _titled(doc, m) else ""
    for text in (before, shorter):
        for x in cues.finditer(text) if text else ():
            if x.end() == len(text) and not _verb_form(doc, compiled, clause_start, m, x):
                return False
    return True


def _titled(doc: Document, m: Mention) -> bool:
    """ "le champion de France X", "the winner of Roubaix X": the word before the name is a
    place or a race (capitalised, no nationality), so "de" / "of" before it is the title's."""
    word = doc.text[max(0, m.start - 30) : m.start].rstrip().rsplit(" ", 1)[-1]
    return word[:1].isupper() and word.isalpha() and nationality_code(word) is None


def _verb_form(doc: Document, c: Compiled, clause_start: int, m: Mention, x: re.Match[str]) -> bool:
    """The cue as printed is a verb that folds to a preposition ("è" is not "e")."""
    offset = max(clause_start, m.start - 40)
    printed = doc.text[offset + x.start() : offset + x.end()].lower()
    return printed in c.vocab.verb_forms


def describes(compiled: Compiled, text: str) -> bool:
    return any(p is not None and p.search(text) for p in (compiled.pronouns, compiled.descriptors))


def implicit(
    doc: Document,
    t: Trigger,
    clause_start: int,
    everyone: list[Mention],
    compiled: Compiled,
    topics: list[Mention],
) -> Who | None:
    """A pronoun, a description, "I" in an answer, "you" in a question, or a dropped subject."""
    s = doc.sentences[t.sentence]
    text = doc.folded[clause_start : t.start]
    speaker = _speaker(doc, t, everyone, compiled, topics)
    if speaker is not None:
        return speaker
    if s.kind is LineKind.ANSWER:
        first = compiled.first_person
        own = doc.folded[clause_start : t.end]  # "this year will be my last": "my" is in the words
        if first is None or first.search(own) or not text.strip() or doc.language in PRO_DROP:
            return interviewee(doc, everyone)
    if s.kind is LineKind.QUESTION and _addressed(compiled, doc.folded[clause_start : t.end + 12]):
        return interviewee(doc, everyone)  # "From next year you ride for X?"
    roles = compiled.staff_roles
    # "the team manager says ...": someone unnamed who does not move; but not a role in the
    # aside after a description ("The Dutchwoman, a DS since 2022, rides again")
    if (
        roles is not None
        and roles.search(text)
        and not _describes_rider(compiled, text)
        and _description_at(compiled, doc.folded, clause_start, t.start) == t.start
        and not _rider_after_fronted_role(compiled, text)
    ):
        return None
    # "volgend jaar wordt hij ploegleider": after a fronted phrase the pronoun follows the verb
    said = doc.folded[clause_start : t.end]
    if describes(compiled, said) or doc.language in PRO_DROP or _subjectless(text):
        at = _description_at(compiled, doc.folded, clause_start, t.start)
        return salient(doc, everyone, at, compiled, topics, staff=t.cls is TriggerClass.STAFF)
    return None


def _description_at(compiled: Compiled, folded: str, clause_start: int, pos: int) -> int:
    """ "The Dane, who led out X for years, has retired": a description that opens the clause
    means someone named before it, never a name in the aside that follows it."""
    lead = len(folded[clause_start:pos]) - len(folded[clause_start:pos].lstrip())
    for pattern in (compiled.descriptors, compiled.pronouns):
        m = pattern.match(folded, clause_start + lead, pos) if pattern is not None else None
        if m is not None and folded.find(",", m.end(), pos) >= 0:
            return m.start()
    return pos


def _rider_after_fronted_role(compiled: Compiled, text: str) -> bool:
    """ "After stepping off the bike to become a coach, the Olympic champion is coming back": the
    role sits in a fronted phrase before the comma; the subject after it is a rider's
    description (no role in it), the person the text is about."""
    subject = text[text.rfind(",") + 1 :].strip()
    if "," not in text or compiled.descriptors is None or compiled.staff_roles is None:
        return False
    m = compiled.descriptors.match(subject)
    return m is not None and not compiled.staff_roles.search(subject)


def _addressed(compiled: Compiled, text: str) -> bool:
    pattern = compiled.second_person
    return bool(pattern is not None and pattern.search(text))


def _describes_rider(compiled: Compiled, text: str) -> bool:
    return compiled.pronouns is not None and bool(compiled.pronouns.search(text))


def _speaker(
    doc: Document, t: Trigger, everyone: list[Mention], compiled: Compiled, topics: list[Mention]
) -> Who | None:
    """ "I will ride for X next year," Y said: "I" in a quote is the one quoted; "..., he said"
    makes the one quoted the person the text is about."""
    s = doc.sentences[t.sentence]
    quotes = [i for i in range(s.start, s.end) if doc.plain[i] == '"']
    inside = [(a, b) for a, b in zip(quotes[::2], quotes[1::2], strict=False) if a < t.start < b]
    first = compiled.first_person
    if not inside or first is None or not first.search(doc.folded, inside[0][0], t.end):
        return None
    a, b = inside[0]
    outside = [
        m for m in everyone if m.sentence == s.index and not a < m.start < b and person_like(m)
    ]
    if outside:
        return outside[0].who
    # the first words after the quote name no one but hold a pronoun: "he told X", "zei hij",
    # "a-t-il confié"
    head = " ".join(re.findall(r"[\w']+", doc.folded[b + 1 : s.end])[:3])
    pronoun = compiled.pronouns
    if pronoun is not None and pronoun.search(head) is not None:
        return salient(doc, everyone, a, compiled, topics, staff=t.cls is TriggerClass.STAFF)
    return None


def _subjectless(text: str) -> bool:
    """The clause goes straight to its verb: "will join at the start of next season"."""
    return not text.strip() or bool(
        re.fullmatch(r"\s*(?:and|but|then|en|et|e|y)?\s*(?:will|would|has|had|is|was|to)?\s*", text)
    )


def salient(
    doc: Document,
    everyone: list[Mention],
    pos: int,
    compiled: Compiled,
    topics: list[Mention],
    staff: bool = True,
) -> Who | None:
    """The person the text is about at `pos`: the latest name that is a subject (or was the
    subject of a move), else the headline's. Unless the move is a staff move, a person named
    with a staff role ("team boss X said he ...") is passed over."""
    sentence = next((s for s in doc.sentences if s.start <= pos < s.end), None)
    announced = _named_before_colon(doc, everyone, sentence, pos, staff)
    if announced is not None:
        return announced
    closing = _closing_name(doc, everyone, sentence, pos, compiled, staff)
    if closing is not None:
        return closing
    bosses = set() if staff else _named_as_staff(everyone)
    for m in reversed(everyone):
        if m.start >= pos or not person_like(m) or (m.role_staff and not staff):
            continue
        if m.who is not None and m.who.key in bosses:
            continue  # "team manager X said ... X's words leave no doubt. The sprinter ..."
        if sentence is not None and sentence.index - m.sentence > 4:
            break
        if m in topics or subject_like(doc, m, doc.sentences[m.sentence].start, compiled):
            ambiguous = _paired(doc, m, everyone) or _contrasted(doc, m, everyone, compiled)
            return None if ambiguous else m.who
    head = [
        m
        for m in everyone
        if person_like(m) and doc.sentences[m.sentence].kind is LineKind.HEADLINE
    ]
    return head[0].who if head else None


def _named_as_staff(everyone: list[Mention]) -> set[str]:
    """People the text names with a staff role somewhere ("team manager X"): a later bare
    "X" is still the boss, never the rider a description or pronoun means."""
    return {m.who.key for m in everyone if m.role_staff and m.who is not None}


def _closing_name(
    doc: Document,
    everyone: list[Mention],
    sentence: Sentence | None,
    pos: int,
    compiled: Compiled,
    staff: bool,
) -> Who | None:
    """ "The news of the week came from X. The 37-year-old confirmed ...": a sentence that
    opens with a description or a pronoun right after one whose only person closes it means
    that person, even when an earlier sentence's subject was someone else; not when that
    sentence's subject is a pronoun ("He will ride alongside X. The 26-year-old ...")."""
    if sentence is None or sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or before.kind is not sentence.kind:
        return None
    if any(m.sentence == sentence.index and m.start < pos and person_like(m) for m in everyone):
        return None
    people = [m for m in everyone if m.sentence == before.index and person_like(m)]
    if not people or len({m.who.key for m in people if m.who is not None}) != 1:
        return None
    last = people[-1]
    if last.role_staff and not staff:
        return None
    pronoun = compiled.pronouns
    if pronoun is not None and pronoun.search(doc.folded, before.start, last.start):
        return None
    rest = doc.text[last.end : before.end]
    return last.who if not rest.strip(" .!\"'”’»)") else None


def _named_before_colon(
    doc: Document, everyone: list[Mention], sentence: Sentence | None, pos: int, staff: bool
) -> Who | None:
    """ "The team has tied down X: the Mexican has renewed until 2029": a clause after a colon
    that closes on a person's name, naming no one itself, is about that person (the colon
    announces them), even when an earlier subject was someone else."""
    if sentence is None:
        return None
    colon = doc.text.rfind(":", sentence.start, pos)
    if colon < 0:
        return None
    if any(colon < m.start < pos and person_like(m) for m in everyone):
        return None
    last = next(
        (m for m in reversed(everyone) if sentence.start <= m.start < colon and person_like(m)),
        None,
    )
    if last is None or doc.text[last.end : colon].strip() or (last.role_staff and not staff):
        return None
    if _BESIDE.search(doc.folded, sentence.start, last.start):
        return _companion_of(doc, everyone, sentence, last)
    return last.who


# "X goes with Y: signs for Z": a name after "with" is the one X joins, not the one announced
_BESIDE = re.compile(
    r"\b(?:with|alongside|avec|aux cotes de|con|insieme a|accanto a|junto a|al lado de)\s+$"
)


def _companion_of(
    doc: Document, everyone: list[Mention], sentence: Sentence, last: Mention
) -> Who | None:
    """The person before "with Y" in the same clause, when there is one."""
    first = next(
        (m for m in everyone if sentence.start <= m.start < last.start and person_like(m)), None
    )
    if first is None or first.who == last.who:
        return None
    return first.who


_PAIR = re.compile(r"\s+(?:and|en|et|e|ed|y|&)\s+$")


def _paired(doc: Document, m: Mention, everyone: list[Mention]) -> bool:
    """ "X and Y said goodbye. The Shark ...": the latest subject is one of two people named
    together, so a description or pronoun after them could mean either."""
    for other in everyone:
        if other is m or other.sentence != m.sentence or not person_like(other):
            continue
        if other.who == m.who:
            continue
        a, b = (other, m) if other.end <= m.start else (m, other)
        if _PAIR.search(doc.folded[a.end : b.start]) and b.start - a.end < 8:
            return True
    return False


def _contrasted(doc: Document, m: Mention, everyone: list[Mention], compiled: Compiled) -> bool:
    """ "Y will be at his side again, while X stays the leader. His last race ...": the latest
    subject shares its sentence with another person across a contrast ("while", "tandis que",
    "mentre", "mientras", "terwijl"), two people's plans told side by side, so a pronoun after
    them could mean either (or the person the article is about)."""
    contrast = compiled.contrast
    if contrast is None:
        return False
    for other in everyone:
        if other.sentence != m.sentence or other.who == m.who or not person_like(other):
            continue
        a, b = (other, m) if other.end <= m.start else (m, other)
        if contrast.search(doc.folded, a.end, b.start):
            return True
    return False


def interviewee(doc: Document, everyone: list[Mention]) -> Who | None:
    """The person named in the headline, else the first person named."""
    people = [m for m in everyone if person_like(m)]
    head = [m for m in people if doc.sentences[m.sentence].kind is LineKind.HEADLINE]
    # a person the database knows before an unknown name ("Podcast Name, episode 9: X ...")
    head.sort(key=lambda m: m.who is None or m.who.ref is None)
    pick = head[0] if head else (people[0] if people else None)
    return pick.who if pick else None
