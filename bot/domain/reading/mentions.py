"""Stage 4: the people and teams a text names.

Candidates are runs of capitalised words (name particles such as "van", "de", "la" may sit
inside); the longest run the lookup knows wins, left to right. A surname on its own is the
person named in full elsewhere in the text (journalists name a person in full first), and a
run of two to four name-shaped words the lookup does not know is kept as an unknown name: it may
be a new person or a new team, which the later stages decide from where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import fold as _fold
from bot.domain.reading.records import (
    Attribution,
    Document,
    Known,
    LineKind,
    Lookup,
    Mention,
    Sentence,
    TeamPick,
    Who,
)
from bot.domain.reading.text import Token, ends_with, is_capitalised, tokens
from bot.domain.reading.vocab import Compiled, all_words, nationality_code
from bot.domain.reading.vocab.shared import (
    DIMINUTIVES,
    EVENT_NOUNS,
    EVENT_WORDS,
    JOINERS,
    MEDIA_WORDS,
    PARTICLES,
    SIBLINGS,
    TEAM_EPITHETS,
    TEAM_WORDS,
)

MAX_RUN = 7


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """names.fold, remembered: an article folds the same words many times."""
    return _fold(text)


MAX_LOOKUPS = 600  # per article; a real one needs a few dozen
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|la|le|il|el|lo|het|los|las|les|un|una|l')\s*$")


@dataclass(slots=True)
class _Piece:
    """Capitalised tokens of one sentence that no lookup has claimed yet."""

    sentence: Sentence
    toks: list[Token]
    nationality: str | None = None
    staff: bool = False
    event: bool = False  # a race's name opens it: only a known person's full name is read in it


@dataclass(slots=True)
class _Found:
    mentions: list[Mention] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)


class Resolver:
    """The lookup with a cache and a budget: hostile text cannot make it ask without end."""

    def __init__(self, lookup: Lookup, budget: int = MAX_LOOKUPS) -> None:
        self.lookup = lookup
        self.budget = budget
        self._people: dict[str, Known | None] = {}
        self._teams: dict[str, Known | None] = {}

    def person(self, name: str) -> Known | None:
        hit = self._ask(self._people, self.lookup.person, name)
        words = name.split()
        if hit is None and len(words) == 3 and fold(words[1]) not in PARTICLES:
            # "Cecilie Uttrup Ludwig": a middle name the database leaves out
            short = self._ask(self._people, self.lookup.person, f"{words[0]} {words[2]}")
            hit = short if short is not None and short.exact else None
        return hit

    def team(self, name: str) -> Known | None:
        hit = self._ask(self._teams, self.lookup.team, name)
        if hit is None and "&" in name and "-" in name:
            # "Arkéa-B&B Hotels": the bot's name index misses some names holding "&"; the
            # sponsor before the first hyphen names the same lineage
            head = name.split("-", 1)[0].strip()
            if len(head) >= 4:
                hit = self._ask(self._teams, self.lookup.team, head)
        return hit

    def team_for(self, name: str, person: EntityRef) -> Known | None:
        """The lineage `name` means for this person (a sponsor's men's or women's team), when
        the lookup can tell it from the person's history; None when it cannot or need not."""
        ask = getattr(self.lookup, "team_for", None)
        if ask is None or self.budget <= 0:
            return None
        self.budget -= 1
        hit = ask(" ".join(name.split()), person)
        return hit if isinstance(hit, Known) else None

    def _ask(
        self, cache: dict[str, Known | None], fn: Callable[[str], Known | None], name: str
    ) -> Known | None:
        key = " ".join(name.split())
        if key in cache:
            return cache[key]
        if not key or self.budget <= 0:
            return None
        self.budget -= 1
        hit = fn(key)
        cache[key] = hit if isinstance(hit, Known) else None
        return cache[key]


def who_of(known: Known) -> Who:
    return Who(f"p{known.ref.id}", known.name, known.ref)


def new_who(name: str) -> Who:
    return Who("n:" + fold(name), " ".join(name.split()), None)


def find_mentions(
    doc: Document, resolver: Resolver, attribution: Attribution, compiled: Compiled
) -> list[Mention]:
    """Every person and team mention, known or not, in document order."""
    found = _Found()
    for s in doc.sentences:
        for run in _runs(doc, s, attribution.excluded):
            _claim_long(doc, resolver, run, found)
    _siblings(doc, resolver, found)
    people = _surnames(found.mentions)
    for whole in found.pieces:
        for piece in _split_at_and(doc, resolver, whole, people):
            _claim_short(doc, resolver, piece, people, found.mentions)
    found.mentions.sort(key=lambda m: m.start)
    for m in found.mentions:
        _annotate(doc, m, compiled)
    return found.mentions


def _runs(doc: Document, s: Sentence, excluded: tuple[tuple[int, int], ...]) -> list[_Piece]:
    """Maximal runs of capitalised tokens (particles inside), broken by punctuation."""
    runs: list[_Piece] = []
    current: list[Token] = []

    def close() -> None:
        while current and _is_connector(current[-1]):
            current.pop()
        if current:
            runs.append(_trim(doc, s, list(current)))
        current.clear()

    prev_end = None
    excluded = tuple((a, b) for a, b in excluded if a < s.end and s.start < b)  # this sentence's
    for tok in tokens(doc.plain[s.start : s.end], s.start):
        if excluded and any(a < tok.end and tok.start < b for a, b in excluded):
            close()
            prev_end = tok.end
            continue
        if current and prev_end is not None and doc.text[prev_end : tok.start].strip():
            close()
        if tok.text == "|" and s.kind is LineKind.TABLE:
            close()  # a table's cells are separate names
        elif is_capitalised(tok.text) and not tok.text.isdigit():
            current.append(tok)
            if tok.possessive:
                close()
        elif current and _is_connector(tok):
            current.append(tok)
        else:
            close()
        prev_end = tok.end
    close()
    return [r for r in runs if r.toks]


# the one name particle that is also a language's "and" ("Ortega y Gasset")
_AND_PARTICLES = frozenset({"y"})


def _split_at_and(
    doc: Document, resolver: Resolver, piece: _Piece, people: dict[str, Who]
) -> list[_Piece]:
    """ "ficha por Cofidis y Gorka vuelve", "Mas y Soler fichan": a team we know or a person
    the text names, then "y" and a name, is two names; a particle that is also "and" never
    joins them to the word after it."""
    toks = piece.toks
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _AND_PARTICLES:
            continue
        head_text = _span_text(doc, toks[:k])
        named = fold(head_text) in people or fold(_span_text(doc, toks[k + 1 :])) in people
        team = None if named else resolver.team(head_text)
        if named or (team is not None and team.exact):
            rest = _Piece(piece.sentence, toks[k + 1 :], piece.nationality, piece.staff)
            head = _Piece(piece.sentence, toks[:k], piece.nationality, piece.staff)
            return [head, *_split_at_and(doc, resolver, rest, people)]
    return [piece]


def _is_connector(tok: Token) -> bool:
    return tok.text in JOINERS or (tok.text.islower() and tok.text in PARTICLES)


_ROLE_WORDS = frozenset({"coach", "manager", "director", "ds", "trainer", "ploegleider"})
# lowercase words after a role that make the name its owner's: "coach of X", "manager van X"
_OF = frozenset({"of", "van", "de", "di", "del", "du", "des", "della", "dello"})


def _trim(doc: Document, s: Sentence, toks: list[Token]) -> _Piece:
    """Drop leading words that never start a name, remembering a nationality or staff role."""
    piece = _Piece(s, toks)
    stop = all_words("cap_stop")
    while piece.toks:
        word = fold(piece.toks[0].text)
        if word in PARTICLES and len(piece.toks) > 1:
            if len(piece.toks) > 2 and nationality_code(fold(piece.toks[1].text)):
                piece.toks.pop(0)  # "Le Breton Costiou", "De Belg Van Aert": an article
                continue
            break
        code = nationality_code(word)
        if code:
            piece.nationality = code
        elif word in _ROLE_WORDS:
            nxt = piece.toks[1].text if len(piece.toks) > 2 else ""
            if nxt in _OF:  # "Manager van Philipsen": his manager speaks, he is no staff
                piece.toks.pop(0)
            else:
                piece.staff = True
        elif word not in stop or (word in DIMINUTIVES and len(piece.toks) > 1):
            break  # "Dan Martin": a short given name is not Dutch "dan" before a surname
        piece.toks.pop(0)
    if piece.toks and fold(piece.toks[0].text) in EVENT_WORDS:
        piece.event = True  # "le vainqueur du Tour X Y": the race, then maybe a name
    lead = max(s.start, piece.toks[0].start - 20) if piece.toks else 0
    race = _EVENT_OF.search(doc.folded[lead : piece.toks[0].start]) if piece.toks else None
    if race is not None and doc.text[lead + race.start()].isupper():
        # "the Giro d'Italia Donne", "Tour de France Femmes": a race's name; a lowercase word
        # is no race ("la vuelta de Nairo Quintana": his return)
        piece.toks = []
    return piece


_EVENT_OF = re.compile(
    r"\b(?:" + "|".join(sorted(EVENT_WORDS)) + r")\s*(?:d'|de |di |del |della |van |of )$"
)


def _span_text(doc: Document, toks: list[Token]) -> str:
    return doc.text[toks[0].start : toks[-1].end]


def _claim_long(doc: Document, resolver: Resolver, run: _Piece, found: _Found) -> None:
    """Greedy, left to right: the longest run of two or more words the lookup knows."""
    if run.event:
        _person_after_event(doc, resolver, run, found)
        return
    toks, i, rest = run.toks, 0, []
    while i < len(toks):
        hit = None
        for j in range(min(len(toks), i + MAX_RUN), i + 1, -1):
            if _is_connector(toks[i]) or _is_connector(toks[j - 1]):
                continue
            hit = _resolve_multi(doc, resolver, toks[i:j], run.sentence)
            if hit is not None:
                break
        if hit is None:
            rest.append(toks[i])
            i += 1
            continue
        if rest:
            found.pieces.append(_Piece(run.sentence, rest, run.nationality, run.staff))
            rest = []
        hit.nationality, hit.role_staff = run.nationality, run.staff
        found.mentions.append(hit)
        i = j
    if rest:
        found.pieces.append(_Piece(run.sentence, rest, run.nationality, run.staff))


def _person_after_event(doc: Document, resolver: Resolver, run: _Piece, found: _Found) -> None:
    """ "le vainqueur du Tour de France Hugo Lemaire": a run that opens with a race's name is
    read for a known person's full name at its end only (two to four words), nothing else."""
    toks = run.toks
    for k in range(2, min(4, len(toks) - 1) + 1):
        tail = toks[-k:]
        if _is_connector(tail[0]):
            continue
        hit = _resolve_multi(doc, resolver, tail, run.sentence)
        if hit is not None and hit.who is not None:
            hit.nationality, hit.role_staff = run.nationality, run.staff
            found.mentions.append(hit)
            return


def _resolve_multi(
    doc: Document, resolver: Resolver, toks: list[Token], s: Sentence
) -> Mention | None:
    text = _span_text(doc, toks)
    words = fold(text).split()
    person = resolver.person(text) if _name_shaped(toks) else None
    if person is not None and not person.exact:
        person = None  # only a surname matched: the given name may be someone else's
    # A name that is a person's in full is rarely a team's: ask about a team only otherwise.
    team = resolver.team(text) if person is None or any(w in TEAM_WORDS for w in words) else None
    if team is None and person is None:
        return None
    end_possessive = toks[-1].possessive
    if team is not None and (person is None or _prefer_team(words, team, person)):
        return _team_mention(toks, text, team, s, end_possessive)
    assert person is not None
    return Mention(
        toks[0].start, toks[-1].end, text, EntityKind.PERSON, s.index, who=who_of(person),
        possessive=end_possessive,
    )  # fmt: skip


def _prefer_team(words: list[str], team: Known, person: Known) -> bool:
    if " ".join(words) == fold(team.name):
        return True
    if " ".join(words) == fold(person.name):
        return False
    return any(w in TEAM_WORDS for w in words)


def _team_mention(toks: list[Token], text: str, team: Known, s: Sentence, poss: bool) -> Mention:
    pick = TeamPick(team.name, team.ref, text)
    return Mention(
        toks[0].start, toks[-1].end, text, EntityKind.TEAM, s.index, team=pick, possessive=poss
    )


def _name_shaped(toks: list[Token]) -> bool:
    """Two to five words, letters only (hyphens and apostrophes allowed), no team words."""
    if not 1 <= len(toks) <= 5 or fold(toks[0].text) in all_words("cap_stop"):
        return False
    for tok in toks:
        if not re.fullmatch(r"[^\W\d_]+(?:['-][^\W\d_]+)*", tok.text):
            return False
        if fold(tok.text) in TEAM_WORDS:
            return False
    return True


def _outlet_shaped(toks: list[Token]) -> bool:
    """A run with a media word and no team word ("Velo Weekly", "Gazette", "News")."""
    words = [fold(t.text) for t in toks]
    return any(w in MEDIA_WORDS for w in words) and not any(w in TEAM_WORDS for w in words)


def _event_shaped(toks: list[Token]) -> bool:
    """A run with no team word that names a kind of race ("Sei Giorni di Gand", "Grote Prijs
    X") or a race's place after a particle ("Six Jours de Gand"): an event, not a name."""
    words = [fold(t.text) for t in toks]
    if any(w in TEAM_WORDS for w in words):
        return False
    if any(w in EVENT_NOUNS for w in words):
        return True
    return any(a in PARTICLES and b in EVENT_WORDS for a, b in pairwise(words))


def _team_shaped(toks: list[Token]) -> bool:
    """A run with a team word in it ("Racing", "Team", "Cycling") that is not a known team."""
    words = [fold(t.text) for t in toks]
    return any(w in TEAM_WORDS for w in words) and words[0] not in all_words("cap_stop")


_GIVEN_AND = re.compile(r"([^\W\d_][\w'-]*) (?:and|y|en|et|e|ed) $")


def _siblings(doc: Document, resolver: Resolver, found: _Found) -> None:
    """ "Ion y Gorka Izagirre", "Adam and Simon Yates": the given name before "and" with the
    surname after it is a person of its own, when the lookup knows them by that full name."""
    for m in list(found.mentions):
        words = m.text.split()
        if m.who is None or m.kind is not EntityKind.PERSON or len(words) < 2:
            continue
        hit = _GIVEN_AND.search(doc.text, max(0, m.start - 30), m.start)
        if hit is None or not is_capitalised(hit.group(1)):
            continue
        other = resolver.person(hit.group(1) + " " + " ".join(words[1:]))
        if other is None or not other.exact or who_of(other).key == m.who.key:
            continue
        start, end = hit.span(1)
        found.mentions.append(
            Mention(start, end, hit.group(1), EntityKind.PERSON, m.sentence, who=who_of(other))
        )
        for piece in found.pieces:  # the given name is claimed now
            piece.toks = [t for t in piece.toks if not (start <= t.start < end)]


def _surnames(mentions: list[Mention]) -> dict[str, Who]:
    """Every surname form of the people found so far ("gendt", "de gendt") -> the person; for
    people who share a surname (siblings), their given names instead."""
    out: dict[str, Who] = {}
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.who is not None:
            _add_surnames(out, m.who)
            _add_written_surnames(out, m)
            surname = _surname_of(m.who)
            if surname:
                owners.setdefault(surname, set()).add(m.who.key)
    shared = {surname for surname, keys in owners.items() if len(keys) > 1}
    for surname in shared:
        out.pop(surname, None)  # "Izagirre" alone could be either brother
    for m in mentions:
        if m.who is not None and _surname_of(m.who) in shared:
            out.setdefault(fold(m.who.name).split()[0], m.who)
    return out


def _add_written_surnames(out: dict[str, Who], m: Mention) -> None:
    """A person the text names in a longer form than the lookup's ("Maren Holt Lindqvist" for
    the registry's Maren Lindqvist): the written double surname ("Holt Lindqvist") said again
    later is the same person, not a new one."""
    assert m.who is not None
    written, known = fold(m.text).split(), fold(m.who.name).split()
    if len(written) < 3 or len(written) <= len(known) or written[-1] != known[-1]:
        return
    for k in range(1, len(written) - 1):
        key = " ".join(written[k:])
        if key not in PARTICLES:
            out.setdefault(key, m.who)


def _add_surnames(out: dict[str, Who], who: Who) -> None:
    words = fold(who.name).split()
    for k in range(1, len(words)):
        key = " ".join(words[k:])
        if key not in PARTICLES:
            out.setdefault(key, who)
    out.setdefault(" ".join(words), who)


def _claim_short(
    doc: Document, resolver: Resolver, piece: _Piece, people: dict[str, Who], out: list[Mention]
) -> None:
    """Claim what the long pass left: surnames, one-word teams, nicknames, unknown names."""
    toks = [t for t in piece.toks]
    while toks and (_is_connector(toks[0]) or (len(toks) > 1 and fold(toks[0].text) in PARTICLES)):
        # "La Bora-hansgrohe", "De Gendt": try the name without the article or particle too
        rest = _Piece(piece.sentence, toks[1:], piece.nationality, piece.staff)
        if len(toks) > 1 and _resolves(doc, resolver, rest, people):
            toks = toks[1:]
            break
        if _is_connector(toks[0]):
            toks.pop(0)
        else:
            break
    toks = _without_epithets(resolver, toks)
    while toks and _is_connector(toks[-1]):
        toks.pop()  # "Intervista a [Ben O'Connor]": the particle belonged to the next name
    if not toks:
        return
    text = _span_text(doc, toks)
    s = piece.sentence
    mention = (
        _coreference(doc, toks, text, s, people)
        or _short_lookup(doc, resolver, toks, text, s, people)
        or _team_inside(resolver, toks, s)
        or _described_surname(doc, toks, s, people)
    )
    if mention is None and (_outlet_shaped(toks) or _event_shaped(toks)):
        return  # "Velo Weekly", "Sei Giorni di Gand": an outlet's or a race's name
    if mention is None:
        split = _team_tail(doc, resolver, toks, s)
        if split is not None:  # "Kasper Holm van Cofidis": a new name, then the team it rides for
            for m in split:
                m.nationality, m.role_staff = piece.nationality, piece.staff
            out.extend(split)
            return
    if mention is None and len(toks) == 2 and toks[0].start == s.start:
        # "Gives FDJ-Suez a second leader": a sentence's first word, then a team we know
        team = resolver.team(toks[1].text)
        if team is not None and team.exact:
            mention = _team_mention(toks[1:], toks[1].text, team, s, toks[1].possessive)
    if mention is None and len(toks) >= 2 and _name_shaped(toks):
        if _family_name(text, out):
            return  # "Longo Borghini" beside Elisa and Paolo Longo Borghini: unsure which
        mention = _unknown(toks, text, s)
        if mention.who is not None:
            _add_surnames(people, mention.who)
    elif mention is None and len(toks) >= 2 and _team_shaped(toks):
        mention = _unknown(toks, text, s)
        mention.who = None  # "Bergen Fjord Racing Team": a team's name, never a person's
    if mention is None:
        return
    mention.nationality, mention.role_staff = piece.nationality, piece.staff
    out.append(mention)


def _surname_of(who: Who) -> str:
    """Everything after the given name, folded ("longo borghini" for Elisa Longo Borghini)."""
    return " ".join(fold(who.name).split()[1:])


def _family_name(text: str, found: list[Mention]) -> bool:
    """The surname that people named in the text share (siblings): a known family's name, never
    a new person's."""
    key = fold(text)
    return any(
        m.who is not None and m.who.ref is not None and _surname_of(m.who) == key for m in found
    )


def _without_epithets(resolver: Resolver, toks: list[Token]) -> list[Token]:
    """ "Swiss ProTeam Q36.5": words that describe a team (its status, its country) before a
    one-word team we know are not part of its name."""
    k = 0
    while k < len(toks) - 1 and (
        fold(toks[k].text) in TEAM_EPITHETS or nationality_code(toks[k].text) is not None
    ):
        k += 1
    if k == 0 or k != len(toks) - 1:
        return toks
    team = resolver.team(toks[k].text)
    return toks[k:] if team is not None else toks


def _team_tail(
    doc: Document, resolver: Resolver, toks: list[Token], s: Sentence
) -> list[Mention] | None:
    """A run of an unknown name, a lowercase particle and a team we know: two mentions."""
    for k in range(2, len(toks) - 1):
        if not toks[k].text.islower() or fold(toks[k].text) not in PARTICLES:
            continue
        tail = toks[k + 1 :]
        text = _span_text(doc, tail)
        team = resolver.team(text)
        if team is not None and _name_shaped(toks[:k]):
            name = _span_text(doc, toks[:k])
            return [_unknown(toks[:k], name, s), _team_mention(tail, text, team, s, False)]
    return None


def _team_inside(resolver: Resolver, toks: list[Token], s: Sentence) -> Mention | None:
    """ "American-registered Lidl-Trek": a capitalised compound adjective ("-registered",
    "-based") before a team we know; the run is no unknown person's name."""
    if len(toks) < 2 or not any(re.search(r"-[a-z]", t.text) for t in toks[:-1]):
        return None
    for tok in reversed(toks):
        if len(tok.text) < 2 or fold(tok.text) in all_words("cap_stop"):
            continue
        team = resolver.team(tok.text)
        if team is not None and team.exact:
            return _team_mention([tok], tok.text, team, s, tok.possessive)
    return None


def _resolves(doc: Document, resolver: Resolver, piece: _Piece, people: dict[str, Who]) -> bool:
    text = _span_text(doc, piece.toks)
    if fold(text) in people:
        return True
    return len(piece.toks) == 1 and resolver.team(text) is not None


def _coreference(
    doc: Document, toks: list[Token], text: str, s: Sentence, people: dict[str, Who]
) -> Mention | None:
    who = people.get(fold(text))
    if who is None:
        return None
    return Mention(
        toks[0].start,
        toks[-1].end,
        text,
        EntityKind.PERSON,
        s.index,
        who=who,
        possessive=toks[-1].possessive,
    )


def _described_surname(
    doc: Document, toks: list[Token], s: Sentence, people: dict[str, Who]
) -> Mention | None:
    """ "Le Breton Costiou", "Il friulano Milan": an article and a description, then the surname
    of someone named before."""
    if len(toks) < 3 or fold(toks[0].text) not in all_words("cap_stop"):
        return None
    last = toks[-1:]
    return _coreference(doc, last, _span_text(doc, last), s, people)


def _short_lookup(
    doc: Document,
    resolver: Resolver,
    toks: list[Token],
    text: str,
    s: Sentence,
    people: dict[str, Who],
) -> Mention | None:
    word = fold(text)
    if len(toks) == 1 and (word in all_words("cap_stop") or len(word) < 2):
        return None
    if len(toks) == 1:
        team = resolver.team(text)
        if team is not None:
            return _team_mention(toks, text, team, s, toks[0].possessive)
        sibling = _sibling(doc, toks[0], s, resolver, people)
        if sibling is not None:
            return sibling
        if s.kind is LineKind.HEADLINE and _name_shaped(toks):
            person = resolver.person(text)
            if person is not None:
                return _person(toks, text, s, who_of(person))
        return None
    if s.kind is LineKind.HEADLINE and fold(toks[0].text) in PARTICLES and _name_shaped(toks[1:]):
        person = resolver.person(text)  # "Van Baarle to Visma": a surname with its particle
        if person is not None:
            return _person(toks, text, s, who_of(person))
    return _nickname(resolver, toks, text, s)


def _person(toks: list[Token], text: str, s: Sentence, who: Who) -> Mention:
    return Mention(
        toks[0].start,
        toks[-1].end,
        text,
        EntityKind.PERSON,
        s.index,
        who=who,
        possessive=toks[-1].possessive,
    )


def _nickname(resolver: Resolver, toks: list[Token], text: str, s: Sentence) -> Mention | None:
    """ "Zak Dempster" for Zakkari Dempster: the surname matches, the given names agree."""
    short = fold(toks[0].text) in DIMINUTIVES and len(toks) >= 2
    if not (_name_shaped(toks) or (short and _name_shaped(toks[1:]))):
        return None
    surname = " ".join(t.text for t in toks[1:])
    person = resolver.person(surname)
    if person is None:  # a common surname: "Dan Martin" is the Daniel Martin the lookup knows
        for long in DIMINUTIVES.get(fold(toks[0].text), ())[:3]:
            full = resolver.person(f"{long} {surname}")
            if full is not None and full.exact:
                return _person(toks, text, s, who_of(full))
        return None
    if not given_names_agree(fold(toks[0].text), fold(person.name)):
        return None
    return _person(toks, text, s, who_of(person))


def given_names_agree(given: str, full_name: str) -> bool:
    """True when `given` can be the first given name of `full_name` (all folded)."""
    first = full_name.split()[0] if full_name else ""
    if not given or not first:
        return False
    if first.startswith(given) or given.startswith(first):
        return True
    # "Chema" for "José María": a short form may stand for two given names
    if any(
        first.startswith(long) or full_name.startswith(long + " ")
        for long in DIMINUTIVES.get(given, ())
    ):
        return True
    # "Thomas X" for the registry's "Tom X": the text gives the long form of its short name
    return any(given.startswith(long) for long in DIMINUTIVES.get(first, ()))


def _sibling(
    doc: Document, tok: Token, s: Sentence, resolver: Resolver, people: dict[str, Who]
) -> Mention | None:
    """ "His brother Ion": the given name with the surname of the person named before it."""
    before = doc.folded[max(s.start, tok.start - 30) : tok.start].split()
    if not before or before[-1] not in SIBLINGS:
        return None
    for who in reversed(list(dict.fromkeys(people.values()))):
        surname = fold(who.name).split()[-1]
        person = resolver.person(f"{tok.text} {surname}")
        if person is not None and person.exact:
            return _person([tok], tok.text, s, who_of(person))
    return None


def _unknown(toks: list[Token], text: str, s: Sentence) -> Mention:
    who = new_who(text)
    team = TeamPick(" ".join(text.split()), None)
    return Mention(
        toks[0].start,
        toks[-1].end,
        text,
        None,
        s.index,
        who=who,
        team=team,
        possessive=toks[-1].possessive,
    )


def _annotate(doc: Document, m: Mention, compiled: Compiled) -> None:
    """Mark an article before the name, a nationality and a staff role around it."""
    sentence = doc.sentences[m.sentence]
    before = doc.folded[max(sentence.start, m.start - 40) : m.start]
    m.article_before = bool(_ARTICLE_BEFORE.search(before))
    words = before.split()[-3:]
    if m.nationality is None:
        for w in words:
            m.nationality = nationality_code(w.strip(",.;:()")) or m.nationality
    apposition = doc.folded[m.end : min(sentence.end, m.end + 60)]
    # "Joxean Fernandez 'Matxin', sports manager of the team,": past a quoted nickname
    nick = _NICKNAME.match(apposition)
    apposition = apposition[nick.end() :] if nick is not None else apposition
    apposition = apposition[1:].split(",")[0] if apposition.startswith(",") else ""
    titled = _title(" ".join(words))
    writers = compiled.journalists
    if writers is not None and (ends_with(writers, titled) or _opens(writers, apposition)):
        m.source = True  # "reporter X", "X, a journalist at Y": the source, not a mover
    owners = compiled.team_of
    if owners is not None and ends_with(owners, before.rstrip()):
        m.source = True  # "the team of X", "l'equipe de X": X runs the team, never a mover
    cited = compiled.according_to
    if cited is not None and ends_with(cited, before.rstrip()):
        m.source = True  # "..., según ha confirmado X": the one who tells it, not a mover
    roles = compiled.staff_roles
    if roles is not None and (ends_with(roles, titled) or _opens(roles, apposition, 30)):
        # "X, the team's coach,", but not "X, at odds with the team's management,"
        m.role_staff = ends_with(roles, titled) or not _role_of_other(roles, apposition, compiled)


_NICKNAME = re.compile(r" ['\"‘“«][^'\"’”».,;:]{1,20}['\"’”»]")


def _title(before: str) -> str:
    """The words right before a name without its article or nationality ("the Dutch coach")."""
    words = before.rstrip(" ,").split()
    while words and (nationality_code(words[-1]) or words[-1] in ("the", "de", "la", "le", "il")):
        words.pop()
    return " ".join(words)


def _role_of_other(roles: re.Pattern[str], apposition: str, compiled: Compiled) -> bool:
    """A staff role in a person's aside that belongs to someone he deals with, told after a
    relation word: "Tom Vries, at odds with the team's management for months, signs for X"
    (Tom is a rider; the management is the other party)."""
    hit = roles.search(apposition)
    party = compiled.other_party
    if hit is None or party is None:
        return False
    before = apposition[: hit.start()]
    return any(len(before[w.end() :].split()) <= 3 for w in party.finditer(before))


def _opens(pattern: re.Pattern[str], apposition: str, within: int = 60) -> bool:
    """An apposition that says what the person is ("X, the team's DS, ...")."""
    hit = pattern.search(apposition)
    return hit is not None and hit.start() <= within
