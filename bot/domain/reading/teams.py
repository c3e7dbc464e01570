"""Stage 7: which team a person leaves and which one they join.

Each team named in the move's sentence takes its role from the words right before it (articles
skipped): "from", "leaves" -> origin; "to", "joins", "for", "signs with" -> destination;
"contract with", "rode for" -> the team they are at. A team that signs or announces ("Tudor
signs", "INEOS announced that ...") is the destination. An unknown name in a destination's place
becomes a proposed new team. Extensions, retirements and comebacks take the team they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.models import ClaimKind, EntityRef
from bot.domain.names import fold
from bot.domain.reading import clauses
from bot.domain.reading.records import (
    Document,
    Draft,
    LineKind,
    Mention,
    TeamPick,
    Trigger,
    TriggerClass,
)
from bot.domain.reading.text import ends_with
from bot.domain.reading.vocab import Compiled, any_language, nationality_code
from bot.domain.reading.vocab.shared import TEAM_EPITHETS

_ARTICLES = re.compile(r"(?:\s+|^)(?:the|la|le|les|il|lo|l'|el|los|las|het|an|a|un|una|een)\s*$")


@dataclass(slots=True)
class _Role:
    mention: Mention
    role: str | None  # "from", "to", "current", "announcer", or None


def assign_teams(
    doc: Document, mentions: list[Mention], drafts: list[Draft], compiled: Compiled
) -> None:
    """Fill from_team and to_team of every prose draft (layout drafts have theirs)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    headline_teams = [
        m for m in mentions if doc.sentences[m.sentence].kind is LineKind.HEADLINE and m.team
    ]
    for d in drafts:
        if d.layout or d.trigger is None:
            continue
        ms = by_sentence.get(d.sentence, [])
        parts = clauses.split(doc, doc.sentences[d.sentence], ms, compiled)
        roles = _roles(doc, d, ms, parts, compiled)
        _fill(doc, d, roles, parts, ms, compiled)
        if d.counted and d.from_team is None and d.to_team is None:
            d.inherit = False  # "Another one for X: Y moves to the front": no team left, no move
        if d.to_team is None and d.from_team is None and d.kind is not ClaimKind.TRANSFER:
            d.to_team = _fallback_team(d, headline_teams, mentions)
        if (
            d.to_team is None
            and d.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
            and not d.denied
        ):
            d.to_team = _headline_destination(doc, d, headline_teams, compiled, mentions)
        _labelled_paragraph(doc, d, headline_teams, mentions)
        if d.to_team is None and d.kind is ClaimKind.TRANSFER and not d.denied:
            d.to_team = (
                _described_signer(doc, d, mentions)
                or _answer_team(doc, d, mentions)
                or _subhead_team(doc, d, mentions, compiled)
                or _team_heading(doc, d, mentions, compiled)
                or _intake_team(doc, d, mentions, compiled)
                or _team_label(doc, d, mentions, compiled)
                or _further_signing(doc, d, drafts, mentions, compiled)
                or _speakers_team(doc, d, mentions, compiled)
            )
        if d.to_team is None and d.kind is ClaimKind.TRANSFER and d.denied:
            d.to_team = _denying_team(doc, d, ms, compiled)
        _staff_there(doc, d, compiled, _staff_home(doc, d, drafts, by_sentence))
        _shape(d)


def _roles(
    doc: Document, d: Draft, ms: list[Mention], parts: clauses.Clauses, compiled: Compiled
) -> list[_Role]:
    """The role of every team-like mention of the sentence, outside other people's clauses."""
    out = []
    prev_end = doc.sentences[d.sentence].start
    asides = _appositions(doc, d, ms)
    for m in ms:
        gap_start = prev_end
        prev_end = m.end
        if m.team is None or (m.who is not None and (m.kind is not None or m.who == d.who)):
            continue  # a person, or the mover's own unknown name
        rel = parts.relative_of(m.start)
        told_inside = (
            d.trigger is not None and rel is not None and rel.start <= d.trigger.start < rel.end
        )
        if (
            rel is not None
            and not told_inside
            and (rel.antecedent is None or rel.antecedent.who != d.who)
        ):
            continue  # a clause about someone else's team
        if d.trigger is not None and _past_move_aside(doc, d.trigger.end, m.start, compiled):
            continue  # "..., four years after leaving it to sign for X": history's team
        role = _cue(doc, m, gap_start, compiled)
        ends = _move_ends(doc, d, compiled)
        if role == "current" and any(_signed_contract(doc, end, m) for end in ends):
            role = "to"  # "tekent een driejarig contract bij X": the contract the verb signs
        if role in (None, "current") and any(_right_after(doc, end, m) for end in ends):
            # "pourrait rejoindre Lidl-Trek": the team the move verb takes, also when its words
            # end like a current team's cue ("s'est engagé pour deux saisons avec X")
            role = "to"
        if rel is not None and d.trigger is not None and not rel.start <= d.trigger.start < rel.end:
            # "Gallopin, who has worked at Lotto": an aside tells where they are, not where they go
            role = "current" if role in ("to", "current") else role
        if role in ("to", None) and any(a <= m.start < b for a, b in asides):
            # "X, for years DS at Ineos, will join Tudor": where X is now; but "X, new signing
            # of Tudor, signs for two years": the team joined
            role = "to" if _new_member(doc, m, gap_start, compiled) else "current"
        farewell = compiled.farewell
        if farewell is not None and farewell.match(doc.folded[m.end : m.end + 40].lstrip(" ,")):
            role = "current"  # "in X colours for the last time": the team of a last outing
        if m.kind is None and (role != "to" or m.possessive):
            continue  # an unknown name is a new team only where a destination is expected
        out.append(_Role(m, role))
    return out


def _past_move_aside(doc: Document, end: int, team_start: int, compiled: Compiled) -> bool:
    """ "returns to X next season, four years after leaving it to sign for Y": a team after the
    move's words, in a later comma's part where a background word ("after", "después de",
    "dopo", "na het") comes before a move of its own, is that earlier move's."""
    if team_start <= end or compiled.background is None:
        return False
    cut = doc.folded.rfind(",", end, team_start)
    if cut < 0:
        return False
    move = compiled.triggers.get(TriggerClass.MOVE)
    told = compiled.background.search(doc.folded, cut, team_start)
    return (
        told is not None
        and move is not None
        and move.search(doc.folded, told.end(), team_start) is not None
    )


def _new_member(doc: Document, m: Mention, gap_start: int, compiled: Compiled) -> bool:
    pattern = compiled.new_member
    before = _ARTICLES.sub("", doc.folded[max(gap_start, m.start - 40) : m.start]).rstrip()
    return pattern is not None and ends_with(pattern, before)


def _move_ends(doc: Document, d: Draft, compiled: Compiled) -> list[int]:
    """Where the draft's trigger and its other move words in the sentence end ("wants to leave
    X and is close to an agreement with Y": both verbs take a team)."""
    signing = d.trigger is not None and d.trigger.cls is TriggerClass.SIGNING
    ends = [d.trigger.end] if d.trigger is not None and not signing else []
    move = compiled.triggers.get(TriggerClass.MOVE)
    for start in d.own_triggers:
        if _TEAM_SUBJECT.search(doc.folded[max(0, start - 30) : start]):
            continue  # "after the French squad reached an agreement with X": the team's verb
        hit = move.match(doc.folded, start) if move is not None else None
        if hit is not None and hit.end() not in ends:
            ends.append(hit.end())
    return ends


_TEAM_SUBJECT = re.compile(
    r"\b(?:squad|team|outfit|formation|ploeg|equipe|squadra|formazione|equipo|escuadra)\s+"
    r"(?:has |have |had |heeft |a |ha |han )?$"
)


def _appositions(doc: Document, d: Draft, ms: list[Mention]) -> list[tuple[int, int]]:
    """ "X, a DS at Ineos for years, ...": the asides right after the mover's name that do not
    hold the move's own words."""
    out = []
    end = doc.sentences[d.sentence].end
    for p in ms:
        if p.who is None or p.who.key != d.who.key or not doc.text.startswith(",", p.end):
            continue
        close = doc.text.find(",", p.end + 1, end)
        span = (p.end, close if close > 0 else end)
        if d.trigger is not None and not span[0] <= d.trigger.start < span[1]:
            out.append(span)
    return out


def _signed_contract(doc: Document, end: int, m: Mention) -> bool:
    """The team follows a signing verb closely, with only the contract's words between
    ("signs a three-year contract with X", "s'engage pour trois saisons avec X")."""
    between = doc.folded[end : m.start] if m.start >= end else ""
    if not 0 < len(between) <= 45 or re.search(r"[,;:.]", between):
        return False
    return bool(_CONTRACT_WORDS.search(between))


_CONTRACT_WORDS = re.compile(
    r"contra(?:ct|t|tto|to)|deal|verbintenis|accordo|acuerdo|season|saison|seizoen|stagion|"
    r"temporad|year|jaar|\bans?\b|ann[io]|anos?\b|jarig|biennale|triennale"
)


def _right_after(doc: Document, end: int, m: Mention) -> bool:
    return m.start >= end and not _ARTICLES.sub("", doc.folded[end : m.start]).strip()


def _cue(doc: Document, m: Mention, gap_start: int, compiled: Compiled) -> str | None:
    before = _without_epithets(doc.folded[max(gap_start, m.start - 60) : m.start])
    best: tuple[int, str] | None = None  # the longest cue ending right before the team wins
    for role, pattern in (
        ("current", compiled.current_cues),
        ("from", compiled.from_cues),
        ("to", compiled.to_cues),
    ):
        for x in pattern.finditer(before) if pattern is not None else ():
            if x.end() == len(before) and (best is None or x.end() - x.start() > best[0]):
                best = (x.end() - x.start(), role)
    if best is not None:
        return best[1]
    after = doc.folded[m.end : m.end + 40].lstrip(" ,")
    if compiled.announcer is not None and compiled.announcer.match(after):
        return "announcer"
    return None


def _without_epithets(before: str) -> str:
    """The words before a team without its article and the words that describe it: "will race
    for Swiss ProTeam" -> "will race for"."""
    before = _ARTICLES.sub("", before).rstrip()
    for _ in range(3):
        words = before.rsplit(" ", 1)
        if len(words) < 2 or not _is_epithet(words[1]):
            break
        before = _ARTICLES.sub("", words[0]).rstrip()
    return before


def _is_epithet(word: str) -> bool:
    word = word.strip(",").split("'")[-1]  # "l'equipe", "dell'equipo": the word after its article
    return word in TEAM_EPITHETS or nationality_code(word) is not None


def _fill(
    doc: Document,
    d: Draft,
    roles: list[_Role],
    parts: clauses.Clauses,
    ms: list[Mention],
    compiled: Compiled,
) -> None:
    t = d.trigger
    assert t is not None
    start, end = parts.clause_of(t.start)
    in_clause = [r for r in roles if start <= r.mention.start < end]
    # Nearest first: "bij X komen A erbij, terwijl B naar Y vertrekt" gives B the team Y.
    in_clause.sort(key=lambda r: _gap(r.mention, t.start, t.end))
    own = next((m.end for m in ms if m.who == d.who and m.start >= t.start), None)
    if own is not None:
        # "the arrival of A, from X, and that of B, who leaves Y", "signs A from X and B from
        # Y": a person named after the move's words comes with the teams after their name
        in_clause.sort(key=lambda r: (r.mention.start < own, abs(r.mention.start - own)))
    elif t.cls is TriggerClass.SIGNING:
        in_clause.sort(key=lambda r: r.mention.start < t.start)
    ordered = in_clause + [r for r in roles if r not in in_clause]
    words = doc.folded[t.start : t.end]
    leaving = compiled.from_cues is not None and compiled.from_cues.fullmatch(words)
    departs = compiled.leave_words is not None and compiled.leave_words.search(words)
    for r in ordered:
        team = r.mention.team
        if r.mention.kind is None and _colleague(doc, r.mention, start, compiled):
            continue  # "becomes its director, working with Peter X": a colleague, not a team
        if departs and r.role == "to" and _fronted_setting(doc, r.mention, start, t, compiled):
            # "En el Movistar, la salida de X deja ...", "Bij X betreuren ze zijn vertrek": a
            # fronted setting where a departure happens is the team left ("X naar Cofidis
            # vertrekt" names no setting)
            r = _Role(r.mention, "from")
        if r.role == "from" and d.from_team is None:
            d.from_team = team
        elif r.role == "to" and d.to_team is None:
            d.to_team = team
        elif r.role == "current" and d.from_team is None:
            d.from_team = team
    signer = _signer(d, in_clause, roles) or _suitor(doc, d, in_clause, ms, compiled)
    if signer is not None and leaving and t.cls is TriggerClass.MOVE:
        # "EF have confirmed that X will leave the team": the team announcing is the one left
        d.from_team = d.from_team or signer.mention.team
    elif d.to_team is None and signer is not None:
        d.to_team = signer.mention.team
    if d.kind is not ClaimKind.TRANSFER and d.kind is not ClaimKind.STAFF_MOVE:
        loose = next((r.mention.team for r in ordered if r.role is None), None)
        d.to_team = d.to_team or d.from_team or loose


def _fronted_setting(doc: Document, m: Mention, start: int, t: Trigger, compiled: Compiled) -> bool:
    """A team before a departure's words, set off by a comma ("En el Movistar, la salida de X")
    or opening the clause after a setting's word ("Bij X betreuren ze zijn vertrek")."""
    if m.end > t.start:
        return False
    if "," in doc.text[m.end : t.start]:
        return True
    setting = compiled.setting
    lead = doc.folded[start : m.start].strip(" \"'“‘*_")
    return setting is not None and bool(lead) and setting.fullmatch(lead) is not None


def _colleague(doc: Document, m: Mention, start: int, compiled: Compiled) -> bool:
    pattern = compiled.colleague_of
    before = doc.folded[max(start, m.start - 40) : m.start].rstrip()
    return pattern is not None and ends_with(pattern, before)


def _gap(m: Mention, start: int, end: int) -> int:
    """Characters between a mention and the trigger's words, on whichever side it stands."""
    return m.start - end if m.start >= end else max(0, start - m.end)


def _signer(d: Draft, in_clause: list[_Role], roles: list[_Role]) -> _Role | None:
    """The team that signs or announces the move."""
    t = d.trigger
    assert t is not None
    if t.cls is TriggerClass.SIGNING:
        before = [
            r for r in in_clause if r.mention.end <= t.start and r.role in (None, "announcer")
        ]
        if before:
            return before[-1]
    return next((r for r in roles if r.role == "announcer"), None)


def _suitor(
    doc: Document, d: Draft, in_clause: list[_Role], ms: list[Mention], compiled: Compiled
) -> _Role | None:
    """ "Decathlon linked with X and Y": the one team before a rumour's words ("linked with")
    that name the person after them is the team that wants them."""
    t = d.trigger
    assert t is not None
    if t.cls is not TriggerClass.MOVE or compiled.hedge is None:
        return None
    if not compiled.hedge.search(doc.folded, t.start, t.end):
        return None
    named = [m for m in ms if m.who is not None and m.who.key == d.who.key]
    if not named or named[0].start < t.end:
        return None
    before = [r for r in in_clause if r.mention.end <= t.start]
    return before[0] if len(before) == 1 and before[0].role is None else None


def _fallback_team(
    d: Draft, headline_teams: list[Mention], mentions: list[Mention]
) -> TeamPick | None:
    """An extension, a retirement or a comeback that names no team: the headline's team; else,
    for an extension the first team named, for a comeback or a postponed retirement the
    article's only team, as for a retiring rider who stays with the team as staff."""
    staying = d.kind is ClaimKind.STAFF_MOVE and d.trigger is not None
    staying = staying and d.trigger.cls is TriggerClass.STAY  # type: ignore[union-attr]
    if staying:
        known = [m.team for m in mentions if m.team is not None and m.kind is not None]
        return known[0] if len({t.ref for t in known}) == 1 else None
    if d.kind not in (
        ClaimKind.CONTRACT_EXTENSION,
        ClaimKind.RETIREMENT_POSTPONED,
        ClaimKind.RETIREMENT,
        ClaimKind.COMEBACK,
    ):
        return None
    named = [m for m in headline_teams if m.kind is not None]  # not a podcast's unknown name
    if (
        named
        and d.kind is ClaimKind.CONTRACT_EXTENSION
        and _headline_of_another(d, named, mentions)
    ):
        return _team_before(d, named, mentions)
    if named:
        return named[0].team
    known = [m.team for m in mentions if m.team is not None and m.kind is not None]
    if d.kind in (ClaimKind.COMEBACK, ClaimKind.RETIREMENT_POSTPONED):
        lineages = {t.ref for t in known}
        return known[0] if len(lineages) == 1 else None
    return known[0] if known and d.kind is ClaimKind.CONTRACT_EXTENSION else None


def _headline_of_another(d: Draft, named: list[Mention], mentions: list[Mention]) -> bool:
    """The headline tells someone else's story ("X in Y's sights"): its team is theirs."""
    head = {m.sentence for m in named}
    people = {m.who.key for m in mentions if m.sentence in head and m.who is not None}
    return bool(people) and d.who.key not in people


def _team_before(d: Draft, named: list[Mention], mentions: list[Mention]) -> TeamPick | None:
    """ "UAE would not comment. The team has also tied down Y until 2029": an extension told
    after another rider's story is with the last team the body named before it."""
    head = {m.sentence for m in named}
    before = [
        m.team
        for m in mentions
        if m.team is not None and m.kind is not None and m.sentence not in head and m.start < d.pos
    ]
    return before[-1] if before else None


def _headline_destination(
    doc: Document,
    d: Draft,
    headline_teams: list[Mention],
    compiled: Compiled,
    mentions: list[Mention],
) -> TeamPick | None:
    """A move whose sentence names no destination: the one team its headline names, if the
    headline is about this person and does not name that team as the one they leave."""
    teams = {
        m.team.ref or m.team.name: m
        for m in headline_teams
        if m.team is not None and m.kind is not None
    }
    if len(teams) != 1:
        teams = _beside_name(doc, d, teams, compiled, mentions)  # "A à X, B chez Y"
    if len(teams) != 1:
        return None
    (m,) = teams.values()
    head = doc.sentences[m.sentence]
    if _cue(doc, m, head.start, compiled) == "from":
        return None
    leave, deny = compiled.leave_words, compiled.deny_cue
    if (
        leave is not None
        and deny is not None
        and leave.search(doc.folded, head.start, head.end)
        and deny.search(doc.folded, head.start, head.end)
    ):
        return None  # "Ineos shuts down Pidcock exit talk": the team denies that he leaves it
    if d.from_team is not None and m.team == d.from_team:
        return None
    headline_words = set(fold(doc.text[head.start : head.end]).split())
    return m.team if headline_words & set(fold(d.who.name).split()) or d.headline else None


def _beside_name(
    doc: Document,
    d: Draft,
    teams: dict[TeamKey, Mention],
    compiled: Compiled,
    mentions: list[Mention],
) -> dict[TeamKey, Mention]:
    """A headline of several moves ("A to X, B to Y"): each team sits in a part between commas
    with a person's name; this person's team is the one in their part, unless that part has
    them leave it ("A lijkt X te verlaten")."""
    leave = compiled.leave_words
    out = {}
    for key, m in teams.items():
        head = doc.sentences[m.sentence]
        start = max(head.start, *(doc.text.rfind(c, head.start, m.start) + 1 for c in ",:"))
        ends = [e for e in (doc.text.find(c, m.end, head.end) for c in ",:") if e >= 0]
        end = min(ends, default=head.end)
        people = {p.who.key for p in mentions if p.who is not None and start <= p.start < end}
        if not people:
            return {}  # a team no one is beside: not a headline of several moves
        if d.who.key in people and not (leave is not None and leave.search(doc.folded, start, end)):
            out[key] = m
    return out


TeamKey = EntityRef | str  # a team's registry ref, or its name when it has none


def _staff_there(doc: Document, d: Draft, compiled: Compiled, home: TeamPick | None) -> None:
    """ "..., at Cofidis this autumn, becomes a DS there": a staff role at the team the person
    is at (`home`), when the words after the role say so ("there", "with the team", "its"), or
    when the person stays there in the role."""
    if d.kind is not ClaimKind.STAFF_MOVE or d.to_team is not None or home is None:
        return
    t, pattern = d.trigger, compiled.same_team
    stay = compiled.triggers.get(TriggerClass.STAY)
    if t is not None and stay is not None and stay.fullmatch(doc.folded, t.start, t.end):
        d.to_team = home  # "he will stay at X in a new role as DS": X's staff
        return
    if t is None or pattern is None:
        return
    s = doc.sentences[d.sentence]
    stop = re.search(r"[,;:.]", doc.folded[t.end : s.end])
    if pattern.search(doc.folded, t.start, t.end + stop.start() if stop else s.end):
        d.to_team = home


def _staff_home(
    doc: Document, d: Draft, drafts: list[Draft], by_sentence: dict[int, list[Mention]]
) -> TeamPick | None:
    """The team a staff role "there" is at: the person's own team in the sentence; else the
    team their retirement in the same sentence leaves ("X stops at the end of 2024 and goes on
    with the team as a DS"); else, in a sentence that names no team, the one team the sentence
    before it in the paragraph names ("Ineos confirmed it on Monday. From next season he will
    be its head coach")."""
    if d.kind is not ClaimKind.STAFF_MOVE or d.from_team is not None:
        return d.from_team
    for o in drafts:
        if o.kind is ClaimKind.RETIREMENT and o.sentence == d.sentence and o.who == d.who:
            return o.from_team
    here = by_sentence.get(d.sentence, [])
    before = d.sentence - 1
    if any(m.team for m in here) or before < 0:
        return None
    if doc.sentences[before].paragraph != doc.sentences[d.sentence].paragraph:
        return None
    named = {m.team.ref: m.team for m in by_sentence.get(before, []) if m.team and m.kind}
    return next(iter(named.values())) if len(named) == 1 else None


# "The German team confirmed ...", "La formation bretonne a annoncé ...": a team named by a
# description at the start of the sentence (article, up to two describing words, a team noun)
_TEAM_NOUNS = r"(?:team|squad|outfit|formation|formatie|ploeg|equipe|squadra|formazione|equipo|escuadra|conjunto|structure)"
_DESCRIBED_TEAM = re.compile(
    rf"\s*(?:the|la|le|il|el|de|het|l')\s?(?:[\w'-]+ ){{0,2}}{_TEAM_NOUNS}(?: [\w'-]+)?\s"
)


_DESCRIBED_BEFORE = re.compile(
    rf"(?:the|la|le|il|el|de|het|l')\s?(?:[\w'-]+ ){{0,2}}{_TEAM_NOUNS}(?: [\w'-]+)?\s+$"
)


def _described_signer(doc: Document, d: Draft, mentions: list[Mention]) -> TeamPick | None:
    """ "The solution was X. The German team confirmed that he will join them": a sentence
    whose subject is a described team, before the move's words, means the last team named in
    the two sentences before it (not the one the person leaves, which the sentence may name:
    "The French team have announced that X will join from Y")."""
    t = d.trigger
    if t is None:
        return None
    s = doc.sentences[d.sentence]
    described = _DESCRIBED_TEAM.match(doc.folded, s.start) or _DESCRIBED_BEFORE.search(
        doc.folded, max(s.start, t.start - 50), t.start
    )  # "among the riders the Australian team is courting": the verb's subject
    if not described or t.start <= s.start:
        return None
    if any(
        m.team is not None and m.kind is not None and m.team != d.from_team
        for m in mentions
        if m.sentence == d.sentence
    ):
        return None  # the sentence names its teams itself (the team left, "from Y", aside)
    for m in reversed(mentions):
        if m.sentence >= d.sentence or d.sentence - m.sentence > 2:
            continue
        if m.team is not None and m.kind is not None and m.team != d.from_team:
            return m.team
    return None


def _intake_team(
    doc: Document, d: Draft, mentions: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """ "Cofidis's recruitment is complete. Among the new arrivals is X, who joins from Y": a
    move with no destination, told after a team's intake ("recruitment", "il mercato della X",
    "les recrues") in its sentence or the one before, joins the one team named there before
    the person (not the team left)."""
    words = compiled.intake
    s = doc.sentences[d.sentence]
    if words is None or d.sentence == 0:
        return None
    prev = doc.sentences[d.sentence - 1]
    lo = prev.start if prev.paragraph == s.paragraph else s.start
    named = [m.start for m in mentions if m.sentence == d.sentence and m.who == d.who]
    hi = min(named, default=d.pos)
    said = words.search(doc.folded, lo, hi)
    if said is None:
        return None
    teams = {
        m.team.ref: m.team
        for m in mentions
        if lo <= m.start < hi and m.team is not None and m.kind is not None
        and m.team != d.from_team
        and (_INTAKE_OF.match(doc.folded, said.end(), m.start) is not None
             or _cue(doc, m, lo, compiled) not in ("from", "current"))
    }  # fmt: skip
    return next(iter(teams.values())) if len(teams) == 1 else None


# "the recruitment of X", "il mercato della X", "de transferpolitiek van X": X is the team's
_INTAKE_OF = re.compile(
    r"\s*(?:of|de|du|d'|della|del|dello|dell'|di|van|del)\s*(?:the |la |le |l')?$"
)


def _further_signing(
    doc: Document, d: Draft, drafts: list[Draft], mentions: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """ "X joins Soudal. Lefevere brings in two more: Y comes over from Z and signs until
    2024": a move told after a signing, whose words say only
    where the person comes from, joins the one team the moves before it joined, unless its
    own paragraph names another ("Visma confirms Y. Y comes over from Ineos")."""
    arrives, t = compiled.arrives_from, d.trigger
    if d.from_team is None or d.headline or arrives is None or t is None:
        return None
    if arrives.match(doc.folded, t.start) is None:
        return None
    paragraph = doc.sentences[d.sentence].paragraph
    before = {
        x.to_team.ref or x.to_team.name: x.to_team
        for x in drafts
        if x.to_team is not None and not x.layout and x.sentence < d.sentence
        and x.kind is ClaimKind.TRANSFER and not x.denied and x.who != d.who
    }  # fmt: skip
    if len(before) != 1:
        return None
    (team,) = before.values()
    others = [
        m for m in mentions
        if m.team is not None and m.kind is not None and m.sentence <= d.sentence
        and doc.sentences[m.sentence].paragraph == paragraph
        and m.team not in (team, d.from_team)
    ]  # fmt: skip
    if team == d.from_team or others:
        return None
    d.inherit = True  # and its season, when its own sentence names none
    return team


def _speakers_team(
    doc: Document, d: Draft, mentions: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """ "It is taking shape at Soudal. Lefevere confirmed that X moves from Y to his team": a
    move whose destination is the speaker's team ("naar zijn ploeg", "dans son équipe") joins
    the one team named in its sentence or the one before, in its paragraph (not the one left)."""
    his, t = compiled.his_team, d.trigger
    s = doc.sentences[d.sentence]
    if his is None or t is None or his.search(doc.folded, t.start, s.end) is None:
        return None
    prev = doc.sentences[d.sentence - 1] if d.sentence > 0 else s
    lo = prev.start if prev.paragraph == s.paragraph else s.start
    teams = {
        m.team.ref or m.team.name: m.team
        for m in mentions
        if lo <= m.start < s.end and m.team is not None and m.kind is not None
        and m.team != d.from_team
    }  # fmt: skip
    return next(iter(teams.values())) if len(teams) == 1 else None


def _denying_team(
    doc: Document, d: Draft, ms: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """ "Cofidis have ruled out signing X", "la Cofidis smentisce le voci che vorrebbero X in
    arrivo dalla Y": a team that denies a move of no other destination, before the denial's
    words in the sentence, is the team the move was said to go to."""
    deny, t = compiled.deny_cue, d.trigger
    named = [m.start for m in ms if m.who == d.who]
    if deny is None or not named or t is None:
        return None
    s = doc.sentences[d.sentence]
    said = deny.search(doc.folded, s.start, min(named))
    if said is None:
        return None
    teams = [
        m
        for m in ms
        if m.end <= said.start() and m.team is not None and m.kind is not None
        and m.team != d.from_team and _cue(doc, m, s.start, compiled) is None
    ]  # fmt: skip
    if len(teams) != 1:
        return None
    leave = compiled.leave_words
    if leave is not None and leave.search(doc.folded, t.start, t.end):
        # "Lotto denies that X leaves the team": Lotto is the team left, and none is joined
        d.from_team = d.from_team or teams[0].team
        return None
    return teams[0].team


def _subhead_team(
    doc: Document, d: Draft, mentions: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """ "**Holm to Tudor**" over "Kasper Holm has signed a two-year deal": a brief's sub-head
    that names the person and one team is the brief's headline."""
    line = doc.lines[doc.sentences[d.sentence].line]
    if line.index == 0:
        return None
    head = doc.lines[line.index - 1]
    raw = doc.text[head.start : head.end].strip()
    if head.paragraph != line.paragraph or not raw or len(raw) > 80:
        return None
    if not (raw.startswith(("**", "__", "#")) or not raw.endswith((".", ":", "?"))):
        return None
    here = [m for m in mentions if head.start <= m.start < head.end]
    if not any(m.who is not None and m.who.key == d.who.key for m in here):
        return None
    teams = [m for m in here if m.team is not None and m.kind is not None]
    if len({m.team.ref for m in teams if m.team}) != 1:
        return None
    if _cue(doc, teams[0], head.start, compiled) == "from" or teams[0].team == d.from_team:
        return None
    return teams[0].team


def _team_heading(
    doc: Document, d: Draft, mentions: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """A column's section headed by one team ("2. Cofidis: depth" on the line right above the
    move's, naming no one): a move there that names no destination joins that team, when it
    names the team left ("X comes over from Y") or is no leaving verb ("X joins as a domestique")."""
    index = doc.sentences[d.sentence].line - 1
    while index > 0 and doc.lines[index].kind is LineKind.BLANK:
        index -= 1
    head = doc.lines[index] if index > 0 else None  # line 0 is the article's headline
    if head is None or head.kind in (LineKind.HEADLINE, LineKind.FURNITURE, LineKind.TABLE):
        return None
    raw = doc.text[head.start : head.end].strip()
    if not raw or len(raw) > 60 or raw.endswith((".", "?", "!", '"')):
        return None
    here = [m for m in mentions if head.start <= m.start < head.end]
    teams = {m.team.ref: m.team for m in here if m.team is not None and m.kind is not None}
    if len(teams) != 1 or any(m.who is not None for m in here) or None in teams:
        return None
    (team,) = teams.values()
    line = list(doc.text[head.start : head.end])
    for m in here:  # the text around the team's name: "Vogel to Tudor" is a brief about someone
        line[m.start - head.start : m.end - head.start] = " " * (m.end - m.start)
    if _CAPITAL.search("".join(line).split(":", 1)[0]):
        return None
    leave = compiled.leave_words
    t = d.trigger
    leaving = t is not None and leave is not None and leave.search(doc.folded, t.start, t.end)
    if d.from_team == team or (d.from_team is None and leaving):
        return None
    return team


_CAPITAL = re.compile(r"(?<![\w'’])[A-ZÀ-Þ]")


def _team_label(
    doc: Document, d: Draft, mentions: list[Mention], compiled: Compiled
) -> TeamPick | None:
    """ "Cofidis: Kasper Holm comes over from Movistar.": a paragraph (a live blog's entry, a
    bullet) that opens with a team's name and a colon tells that team's news; a move there
    that names no destination joins it."""
    leave = compiled.leave_words
    if d.trigger is None or (leave and leave.search(doc.folded, d.trigger.start, d.trigger.end)):
        return None  # "Movistar: X leaves the team": the team is the one left
    if d.from_team is None:
        return None  # "Cofidis: X moves to the front": a move names the team it leaves
    head = doc.paragraph_opening(d.sentence)
    if ":" not in doc.text[head.start : head.end]:
        return None
    lead = (
        head.start
        + len(doc.text[head.start : head.end])
        - len(doc.text[head.start : head.end].lstrip(" -*•_"))
    )
    for m in mentions:
        opens = m.sentence == head.index and m.start == lead and m.kind is not None
        if opens and m.team is not None and _TEAM_COLON.match(doc.text, m.end, head.end):
            return m.team if m.team != d.from_team else None
    return None


_TEAM_COLON = re.compile(r"[*_]*\s*:\s")


def _answer_team(doc: Document, d: Draft, mentions: list[Mention]) -> TeamPick | None:
    """ "Where will you ride next year? - At Cofidis. I signed for two seasons.": in an
    interview's answer, a signing that names no team goes to the one team the answer names."""
    s = doc.sentences[d.sentence]
    if s.kind is not LineKind.ANSWER or d.from_team is not None:
        return None

    def named_on(line: int) -> list[TeamPick]:
        found = {
            m.team.ref: m.team
            for m in mentions
            if m.team is not None and m.kind is not None and doc.sentences[m.sentence].line == line
        }
        return list(found.values())

    teams = named_on(s.line)
    if not teams:  # "Why Cofidis?" - "I signed for three years": the question's one team
        question = next(
            (
                x
                for x in reversed(doc.lines[: s.line])
                if x.kind not in (LineKind.BLANK, LineKind.ANSWER)
            ),
            None,
        )
        if question is not None and question.kind is LineKind.QUESTION:
            teams = named_on(question.index)
    return teams[0] if len(teams) == 1 else None


def _section_team(doc: Document, d: Draft, mentions: list[Mention]) -> TeamPick | None:
    """The team a line of its own above the draft's paragraph names, and nothing else (other
    labelled paragraphs of the section may stand between)."""
    para_of = {s.line: s.paragraph for s in doc.sentences}
    paragraph = doc.sentences[d.sentence].paragraph
    first = next(s for s in doc.sentences if s.paragraph == paragraph)
    for line in reversed(doc.lines[: first.line]):
        if line.kind is LineKind.BLANK:
            continue
        if line.index in para_of and paragraph_label(doc, para_of[line.index]) is not None:
            continue  # "Out: ..." before "In: ...", under the same heading
        if line.kind is LineKind.HEADLINE or line.end - line.start > 40:
            return None
        named = [
            m
            for m in mentions
            if m.team is not None
            and m.kind is not None
            and doc.sentences[m.sentence].line == line.index
        ]
        bare = doc.text[line.start : line.end].strip(" *#:")
        return named[0].team if len(named) == 1 and named[0].text.strip() == bare else None
    return None


def paragraph_label(doc: Document, paragraph: int) -> str | None:
    """ "Aankomsten. The first newcomer is X ...": a paragraph that opens with an arrivals or
    departures label alone in its first sentence ("in", "out"), else None."""
    first = next((s for s in doc.sentences if s.paragraph == paragraph), None)
    if first is None:
        return None
    text = doc.folded[first.start : first.end].strip().rstrip(".:").strip()
    head = text.split(":", 1)[0].strip() if ":" in text else None  # "Aanwinsten: de ploeg ..."
    for field, role in (("in_labels", "in"), ("out_labels", "out")):
        pattern = any_language(field)
        if pattern is not None and any(x and pattern.fullmatch(x) for x in (text, head)):
            return role
    return None


def _labelled_paragraph(
    doc: Document, d: Draft, headline_teams: list[Mention], mentions: list[Mention]
) -> None:
    """A move told in an arrivals paragraph joins the team of the section's heading ("COFIDIS"
    alone on a line above it), else the one team the headline names; one told in a departures
    paragraph leaves it."""
    if d.kind is not ClaimKind.TRANSFER or d.denied:
        return
    team = _section_team(doc, d, mentions)
    if team is None:
        teams = {m.team.ref: m.team for m in headline_teams if m.team and m.team.ref is not None}
        if len(teams) != 1:
            return
        (team,) = teams.values()
    label = paragraph_label(doc, doc.sentences[d.sentence].paragraph)
    if label == "in" and d.to_team is None and d.from_team != team:
        d.to_team = team
    elif label == "out" and d.from_team is None and d.to_team != team:
        d.from_team = team


def _shape(d: Draft) -> None:
    """Each kind's teams: an extension stays, a retirement leaves, a comeback arrives."""
    if d.kind is ClaimKind.CONTRACT_EXTENSION or d.kind is ClaimKind.RETIREMENT_POSTPONED:
        team = d.to_team or d.from_team
        d.from_team = d.to_team = team
    elif d.kind is ClaimKind.RETIREMENT:
        d.from_team = d.from_team or d.to_team
        d.to_team = None
    elif d.kind is ClaimKind.COMEBACK or (
        d.kind is ClaimKind.TRANSFER and d.from_team is not None and d.from_team == d.to_team
    ):
        d.from_team = None
