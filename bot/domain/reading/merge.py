"""Stage 10: one proposal per move, from every draft that tells part of it.

Drafts of the same person and kind merge when their destinations and seasons agree or one is
missing. A postponed retirement absorbs the extension and the "final season" talk around it.
What no draft says is inferred: the season from the published date (or today, said so), the
status from the article (official unless a source is credited), the credit from the article's
only credited source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.domain.models import ClaimKind, EntityRef, Status
from bot.domain.reading.furniture import is_column, is_live_blog
from bot.domain.reading.mentions import Resolver
from bot.domain.reading.records import (
    Attribution,
    Credit,
    Document,
    Draft,
    LineKind,
    Mention,
    PersonPick,
    Proposal,
    SeasonBasis,
    Sentence,
    TeamPick,
    Who,
)
from bot.domain.reading.referents import interviewee
from bot.domain.reading.text import ends_with, folded, shorten
from bot.domain.reading.vocab import Compiled, languages

EVIDENCE_LEN = 200
_MOVES = (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
# a comeback too: one who postpones the end of a career has not ended it
_ABSORBED_BY_POSTPONE = (
    ClaimKind.RETIREMENT,
    ClaimKind.CONTRACT_EXTENSION,
    ClaimKind.TRANSFER,
    ClaimKind.COMEBACK,
)


def same_team(a: TeamPick | None, b: TeamPick | None) -> bool:
    if a is None or b is None:
        return True
    if a.ref is not None or b.ref is not None:
        return a.ref == b.ref
    return a.name.casefold() == b.name.casefold()


def merge(
    doc: Document,
    drafts: list[Draft],
    mentions: list[Mention],
    attribution: Attribution,
    round_up_year: int | None = None,
) -> list[Proposal]:
    """The proposals the drafts make, in the order the text tells them."""
    _joined_before(drafts)
    _told_this_season(doc, drafts)
    _goes_on_alone(doc, drafts, mentions)
    _goes_on_with(doc, drafts)
    _last_race_before_a_move(doc, drafts)
    _last_race_long_past(doc, drafts)
    _announced_before(doc, drafts, mentions)
    _not_stopping_yet_beside(doc, drafts)
    _final_season_of_the_retiring(drafts)
    _staff_at_the_team_left(drafts)
    _no_retiring_answers_a_rumour(doc, drafts)
    _final_race_of_the_headlined(doc, drafts, mentions)
    _unknown_off_the_headline(doc, drafts, mentions)
    _others_in_the_answers(doc, drafts, mentions)
    live = sorted((d for d in drafts if not d.background), key=lambda d: (d.sentence, d.pos))
    _staff(live, mentions)
    _comebacks(doc, live, drafts)
    _inherit(live)
    _follow_leader(doc, live, mentions)
    groups: list[list[Draft]] = []
    for d in live:
        home = next((g for g in groups if _fits(g, d)), None)
        if home is None:
            groups.append([d])
        else:
            home.append(d)
    groups = _absorb_stays(_absorb_postponed(groups))
    if _racing_past_last_season(doc, groups):
        groups = _absorb_postponed(groups)
    # The article's only source stands behind its moves, but not across a live blog's entries;
    # readings of one and the same words ("Volgens J van O") are one source, the first reading
    first = attribution.credits[0] if attribution.credits else None
    only = (
        first
        if first is not None and all(_same_words(first, c) for c in attribution.credits)
        else None
    )
    if is_live_blog(doc.text, doc.lines) or is_column(doc.text, doc.lines):
        only = None  # a live blog's or a column's entries keep their own sources
    out = [_proposal(doc, g, only, round_up_year) for g in groups]
    return [p for p in out if p is not None]


def _final_race_of_the_headlined(
    doc: Document, drafts: list[Draft], mentions: list[Mention]
) -> None:
    """ "Thomas will retire at the end of 2025 ... teammate X called him 'the heart of the team'.
    His final race is expected to be the Tour of Britain": a retirement told with only a
    pronoun or a description, read as someone with no move named by name, tells more of the
    retirement of the person the headline names (a feed item's or a farewell piece's last
    line): it is no one else's move."""
    named = {d.who for d in drafts if not d.implicit and d.kind is ClaimKind.RETIREMENT}
    leaving = named & _headlined(doc, mentions)
    if len(leaving) != 1:
        return
    (who,) = leaving
    for d in drafts:
        if not (d.implicit and d.kind is ClaimKind.RETIREMENT and d.who != who):
            continue
        if any(x.who == d.who and not x.implicit for x in drafts):
            continue  # the person has a move of their own, told by name
        d.background = True


def _unknown_off_the_headline(doc: Document, drafts: list[Draft], mentions: list[Mention]) -> None:
    """A pronoun, a description or a quote's speaker read as a name the database lacks ("the
    sprinter" as the byline's author, "the team's project" as the quoted manager's renewal)
    is a mistake far more often than a new mover: the people an article is about are in the
    registry or named in its headline. Named by name, an unknown mover stays a new person."""
    heads = [s for s in doc.sentences if s.kind is LineKind.HEADLINE]
    headline = " ".join(doc.folded[s.start : s.end] for s in heads)
    words = set(re.findall(r"[\w'-]+", headline))
    for d in drafts:
        if d.who.ref is not None or d.layout or not d.implicit:
            continue
        surname = folded(d.who.name).split()[-1:]
        if not surname or surname[0] not in words:
            d.background = True


def _others_in_the_answers(doc: Document, drafts: list[Draft], mentions: list[Mention]) -> None:
    """A Q&A interview is about its interviewee: another rider's move the interviewee tells in
    an answer ("Will you lead? - Jonas Brandt is joining as well, we'll work it out"; "With
    Tessa Vink leaving for Movistar, there is room") is the setting of their own story, not
    news the article reports. Told outside the answers too, it stays."""
    lines = {
        i for i, s in enumerate(doc.sentences) if s.kind in (LineKind.QUESTION, LineKind.ANSWER)
    }
    if not any(doc.sentences[i].kind is LineKind.ANSWER for i in lines):
        return
    me = interviewee(doc, mentions)
    if me is None:
        return
    outside = {d.who for d in drafts if d.sentence not in lines}
    for d in drafts:
        if d.layout or d.who == me or d.who in outside:
            continue
        if doc.sentences[d.sentence].kind is LineKind.ANSWER:
            d.background = True


def _headlined(doc: Document, mentions: list[Mention]) -> set[Who]:
    """The people the headline names."""
    return {
        m.who
        for m in mentions
        if m.who is not None and doc.sentences[m.sentence].kind is LineKind.HEADLINE
    }


def _same_words(a: Credit, b: Credit) -> bool:
    """Two credits for the same source: the same names, or readings of overlapping words."""
    same = (a.outlet, a.journalist) == (b.outlet, b.journalist)
    return same or (a.sentence == b.sentence and a.start < b.end and b.start < a.end)


def lineages(proposals: list[Proposal], resolver: Resolver) -> list[Proposal]:
    """Teams as the mover's peloton has them: a woman joining "Movistar Team" or "Lidl-Trek"
    joins the women's team of that name (the lookup tells from the person's history)."""
    out = []
    for p in proposals:
        ref = p.person.ref
        if ref is not None:
            p = replace(
                p,
                from_team=_lineage(p.from_team, ref, resolver),
                to_team=_lineage(p.to_team, ref, resolver),
            )
        out.append(p)
    return out


def _lineage(team: TeamPick | None, person: EntityRef, resolver: Resolver) -> TeamPick | None:
    if team is None:
        return None
    hit = resolver.team_for(team.written or team.name, person)
    if hit is None or hit.ref == team.ref:
        return team
    return TeamPick(hit.name, hit.ref, team.written or team.name)


def _joined_before(drafts: list[Draft]) -> None:
    """ "X could leave Ineos ... X joined Team Sky in its first season and became ...": a move
    told in the past tense to the team the text has the person leave is their history."""
    left = {
        (d.who.key, _team_key(d.from_team))
        for d in drafts
        if d.from_team is not None and not d.background
    }
    for d in drafts:
        told = d.trigger is not None and d.trigger.narrative and not d.layout
        if told and d.kind in _MOVES and (d.who.key, _team_key(d.to_team)) in left:
            d.background = True


def _told_this_season(doc: Document, drafts: list[Draft]) -> None:
    """ "He will retire after 2023. He joined X this year after five seasons at Y": a move told
    in the past tense for this season, beside the person's news for a later one, is history."""
    year = doc.published.year
    later = {
        d.who.key
        for d in drafts
        if not d.background
        and d.season is not None
        and d.season > year
        and not (d.trigger is not None and d.trigger.narrative)
    }
    for d in drafts:
        told = d.trigger is not None and d.trigger.narrative and not d.layout
        if told and d.kind in _MOVES and d.season == year and d.who.key in later:
            d.background = True


def _goes_on_alone(doc: Document, drafts: list[Draft], mentions: list[Mention]) -> None:
    """ "He wants to race on in 2023, but where remains an open question": a career that goes
    on, with no team in its sentence and no retirement told for the person, is no retirement
    put off ("will race on in 2025 with X" is one)."""
    weak = languages()[doc.language].race_on
    if weak is None:
        return
    retiring = {d.who.key for d in drafts if d.kind is ClaimKind.RETIREMENT}
    teamed = {m.sentence for m in mentions if m.team is not None and m.kind is not None}
    for d in drafts:
        t = d.trigger
        if (
            d.kind is ClaimKind.RETIREMENT_POSTPONED
            and d.sentence not in teamed
            and d.who.key not in retiring
            and t is not None
            and weak.fullmatch(doc.folded, t.start, t.end)
        ):
            d.background = True


def _goes_on_with(doc: Document, drafts: list[Draft]) -> None:
    """ "X will ride on with Y in 2025": a career that goes on with a team is a postponement
    only where the text also tells the person's retirement or its postponement; else it is a
    rider's plans for next season, not news of a retirement put off."""
    weak = languages()[doc.language].race_on_with
    if weak is None:
        return

    def with_team(d: Draft) -> bool:
        t = d.trigger
        return t is not None and weak.fullmatch(doc.folded, t.start, t.end) is not None

    told = {
        d.who.key
        for d in drafts
        if d.kind in (ClaimKind.RETIREMENT, ClaimKind.RETIREMENT_POSTPONED) and not with_team(d)
    }
    for d in drafts:
        if d.kind is ClaimKind.RETIREMENT_POSTPONED and with_team(d) and d.who.key not in told:
            d.background = True


def _last_race_before_a_move(doc: Document, drafts: list[Draft]) -> None:
    """ "X rode his last race for Y", "his final season with Y never took off" end a career,
    unless the text moves X to another team: then it was the last race or season with the team
    he leaves (a move to Y itself, "joins Y for his final season with Y", leaves it a career's
    end)."""
    weak = languages()[doc.language].last_race_for
    if weak is None:
        return
    moves: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.kind in _MOVES and not d.background:
            moves.setdefault(d.who.key, []).append(d)

    def last_race(d: Draft) -> bool:
        t = d.trigger
        return t is not None and weak.fullmatch(doc.folded, t.start, t.end) is not None

    def elsewhere(d: Draft) -> bool:
        team = d.from_team or d.to_team
        own = moves.get(d.who.key, [])
        return bool(own) and not (
            team is not None
            and all(same_team(m.to_team, team) for m in own if m.to_team)
            and any(m.to_team for m in own)
        )

    # dropped, not kept as background: a past retirement would make the move a comeback
    drafts[:] = [
        d for d in drafts if not (d.kind is ClaimKind.RETIREMENT and last_race(d) and elsewhere(d))
    ]


def _last_race_long_past(doc: Document, drafts: list[Draft]) -> None:
    """ "Tom Roux returns with X for 2025 ... His last race was the 2023 Tour": a career's end
    told by a last race in the past, beside another move of the person's, is history."""
    told = languages()[doc.language].last_race_past
    if told is None:
        return
    moving = {
        d.who.key for d in drafts if not d.background and d.kind in (*_MOVES, ClaimKind.COMEBACK)
    }

    def long_past(d: Draft) -> bool:
        if d.kind is not ClaimKind.RETIREMENT or d.layout or d.who.key not in moving:
            return False
        s = doc.sentences[d.sentence]
        return told.search(doc.folded, s.start, s.end) is not None

    # dropped, not kept as background: the move stays what its own words say
    drafts[:] = [d for d in drafts if not long_past(d)]


def _announced_before(doc: Document, drafts: list[Draft], mentions: list[Mention]) -> None:
    """ "A reminder: X's move to Y was announced back in August": a move whose own sentence
    dates its announcement to another month recalls earlier news. So does the retirement of
    someone the headline does not name ("At the team, Z stops at the end of the season, as he
    announced in February")."""
    c = languages()[doc.language]
    patterns = c.grouped["announced_in"]
    movers: dict[int, set[str]] = {}
    for d in drafts:
        movers.setdefault(d.sentence, set()).add(d.who.key)
    head = {who.key for who in _headlined(doc, mentions)}
    for d in drafts:
        aside = d.kind is ClaimKind.RETIREMENT and d.who.key not in head
        if aside and not d.layout and _retired_months_ago(doc, c, doc.sentences[d.sentence]):
            d.background = True
            continue
        if d.layout or d.trigger is None or not (d.kind in _MOVES or aside):
            continue
        if len(movers[d.sentence]) > 1:
            continue  # "X joins Y, and Z's move was announced in August": whose is unclear
        s = doc.sentences[d.sentence]
        for p in patterns:
            hit = p.search(doc.folded, s.start, s.end)
            month = hit.groupdict().get("m") if hit is not None else None
            if hit is not None and (month is None or _month(c, month) != doc.published.month):
                d.background = True


def _retired_months_ago(doc: Document, c: Compiled, s: Sentence) -> bool:
    """ "Another Frenchman in the news, Tom Roux hung up his bike after the Tour de Suisse in
    June" (published in September): a retirement told done, in a month gone by or "earlier
    this year", is history recalled (the caller keeps it for people the headline names)."""
    text = doc.folded[s.start : s.end]
    if c.retired_past is None or not c.retired_past.search(text):
        return False
    if c.told_before is not None and c.told_before.search(text):
        return True
    months = c.vocab.months
    named = [months.index(w) + 1 for w in re.findall(r"[a-z]+", text) if w in months]
    return any(m < doc.published.month for m in named)


def _final_season_of_the_retiring(drafts: list[Draft]) -> None:
    """ "X will retire at the end of 2025; teammate Y called him the heart of the team. His
    final race will be the Tour of Britain": a retirement told only through a pronoun or a
    description, landing on someone named in between, is the retiring rider's when exactly
    one other person's retirement (or postponed one) is told by name and it is the first told.
    The one named in between then has no stop of their own."""
    ends = (ClaimKind.RETIREMENT, ClaimKind.RETIREMENT_POSTPONED)
    named = [
        d for d in drafts if d.kind in ends and not d.implicit and not d.background and not d.denied
    ]
    if not named:
        return
    first = min(named, key=lambda d: (d.sentence, d.pos))
    if len({d.who.key for d in named}) != 1:
        return
    for d in drafts:
        if d.kind is not ClaimKind.RETIREMENT or not d.implicit or d.layout or d.background:
            continue
        if d.who.key == first.who.key or d.sentence <= first.sentence:
            continue
        if any(x.who.key == d.who.key and not x.implicit for x in drafts):
            continue  # the one the pronoun found has a story of their own
        d.who = first.who


def _staff_at_the_team_left(drafts: list[Draft]) -> None:
    """ "X will stop racing at the end of 2024 and continue with the team as a sports
    director": a staff move that names no team, told in the sentence of the same person's
    retirement from a team, is a role at that team."""
    for d in drafts:
        if d.kind is not ClaimKind.STAFF_MOVE or d.to_team is not None or d.layout:
            continue
        left = next(
            (
                x.from_team
                for x in drafts
                if x.kind is ClaimKind.RETIREMENT
                and x.who.key == d.who.key
                and x.sentence == d.sentence
                and x.from_team is not None
            ),
            None,
        )
        if left is not None:
            d.to_team = left


def _no_retiring_answers_a_rumour(doc: Document, drafts: list[Draft]) -> None:
    """ "X brushed off suggestions that he is about to retire: 'No, I'm not retiring at the
    end of 2024'": a bare "not retiring" beside a retirement the person denies is the denial
    of that rumour, not a postponed retirement ("not retiring after all", "not stopping yet"
    still postpone one)."""
    c = languages()[doc.language]
    if c.negation is None:
        return
    denied = {
        d.who.key
        for d in drafts
        if d.kind is ClaimKind.RETIREMENT and d.denied and not d.background and not d.implicit
    }
    for key in denied:
        later = [d for d in drafts if d.who.key == key and d.kind is ClaimKind.RETIREMENT_POSTPONED]
        if not later or any(not _bare_no(doc, c, d) for d in later):
            continue
        for d in later:
            d.kind, d.denied, d.to_team = ClaimKind.RETIREMENT, True, None


def _bare_no(doc: Document, c: Compiled, d: Draft) -> bool:
    """The postponement's words are a negated stop and nothing says "yet" or "one more"."""
    t = d.trigger
    if t is None or d.layout or c.negation is None:
        return False
    if not c.negation.search(doc.folded, t.start, t.end):
        return False
    s = doc.sentences[d.sentence]
    return c.not_yet is None or not c.not_yet.search(doc.folded, s.start, s.end)


def _not_stopping_yet_beside(doc: Document, drafts: list[Draft]) -> None:
    """ "X retires; Y, her great rival, is not thinking of stopping yet": a second rider set
    against a retirement, who only says her own end has not come yet, is a contrast, not a
    denial of news. Only where no rumour is told in her paragraph (then "not yet" denies it)."""
    c = languages()[doc.language]
    if c.not_yet is None:
        return
    retiring = {
        d.who.key
        for d in drafts
        if d.kind is ClaimKind.RETIREMENT and not d.denied and not d.background
    }
    for d in drafts:
        if d.kind is not ClaimKind.RETIREMENT or not d.denied or d.headline or d.layout:
            continue
        if d.trigger is None or not retiring - {d.who.key}:
            continue
        if any(x.who.key == d.who.key and x.sentence != d.sentence for x in drafts):
            continue  # her stop is talked of elsewhere too: a story of its own
        s = doc.sentences[d.sentence]
        before = re.split(r"[,;:]", doc.folded[s.start : d.trigger.start])[-1]
        after = re.split(r"[,;:]", doc.folded[d.trigger.start : s.end], maxsplit=1)[0]
        if not c.not_yet.search(f"{before}{after}"):
            continue  # "is not thinking of stopping yet": only "yet" tells her end is to come
        start, end = doc.paragraph_span(s.paragraph)
        if c.rumour_nouns is not None and c.rumour_nouns.search(doc.folded, start, end):
            continue
        d.background = True


def _month(c: Compiled, name: str) -> int:
    return c.vocab.months.index(name) + 1


def _staff(drafts: list[Draft], mentions: list[Mention]) -> None:
    """Someone named as staff anywhere in the text moves as staff."""
    staff = {m.who.key for m in mentions if m.who is not None and m.role_staff}
    staff |= {d.who.key for d in drafts if d.staff}
    for d in drafts:
        if d.who.key in staff and d.kind is ClaimKind.TRANSFER:
            d.kind, d.staff = ClaimKind.STAFF_MOVE, True


def _comebacks(doc: Document, live: list[Draft], drafts: list[Draft]) -> None:
    """A rider's signing is a comeback when the text tells their return or their past retirement.

    "She stopped racing in 2021 ... she has signed with X" and "X is back: he races again, for Y"
    are one comeback to Y, not a transfer beside it.
    """
    back = {d.who.key for d in drafts if d.background and d.kind is ClaimKind.RETIREMENT}
    back |= {d.who.key for d in live if d.kind is ClaimKind.COMEBACK}
    again = languages()[doc.language].racing_again
    signings = [d for d in live if d.kind is ClaimKind.TRANSFER and not d.staff]
    if again is not None:  # "has signed with X and will race again": that person's return
        back |= {
            d.who.key
            for d in signings
            if again.search(
                doc.folded, doc.sentences[d.sentence].start, doc.sentences[d.sentence].end
            )
        }
    # "Van: A / Naar: B ... keert terug naar de ploeg waar hij prof werd": a list that gives the
    # team left tells a transfer back to a former team, not a return from retirement
    listed = {d.who.key for d in signings if d.layout and d.from_team is not None}
    for d in live:
        if d.kind is ClaimKind.COMEBACK and d.who.key in listed:
            d.kind = ClaimKind.TRANSFER
    for d in signings:
        if d.who.key in back - listed:
            d.kind = ClaimKind.COMEBACK


def _inherit(drafts: list[Draft]) -> None:
    """ "Makes the same move", "also joins": borrow the previous move's destination and season."""
    previous: Draft | None = None
    for d in drafts:
        if d.inherit and d.kind in _MOVES and previous is not None and previous.who != d.who:
            d.to_team = d.to_team or previous.to_team
            if d.season is None:
                d.season, d.season_said = previous.season, previous.season_said
        if d.kind in (*_MOVES, ClaimKind.RETIREMENT_POSTPONED) and d.to_team is not None:
            previous = d


def _follow_leader(doc: Document, drafts: list[Draft], mentions: list[Mention]) -> None:
    """ "X, Cavendish's long-time last man at Quick-Step, joins for next season": a move with
    no destination by someone an aside describes as another person's man follows that person
    to the team the text gives them (not when the move's words leave a team)."""
    leave = languages()[doc.language].leave_words
    for d in drafts:
        t = d.trigger
        if d.kind is not ClaimKind.TRANSFER or d.to_team is not None or t is None:
            continue
        if leave is not None and leave.search(doc.folded, t.start, t.end):
            continue
        leader = _leader(doc, d, [m for m in mentions if m.sentence == d.sentence])
        if leader is not None:
            d.to_team = _team_of(drafts, leader)


def _leader(doc: Document, d: Draft, ms: list[Mention]) -> Who | None:
    """The person the aside right after the mover's name makes them the man of: named with a
    possessive ("Cavendish's last man") or after a helper's role ("le poisson-pilote de X")."""
    t = d.trigger
    own = [m for m in ms if m.who == d.who and t is not None and m.end <= t.start]
    if not own or not doc.text.startswith(",", own[-1].end) or t is None:
        return None
    start = own[-1].end
    close = doc.text.find(",", start + 1, t.start)
    helper = languages()[doc.language].man_of
    for m in ms:
        if not start < m.start < close or m.who in (None, d.who):
            continue
        before = doc.folded[start : m.start].rstrip()
        if m.possessive or (helper is not None and ends_with(helper, before)):
            return m.who
    return None


def _team_of(drafts: list[Draft], who: Who) -> TeamPick | None:
    """The team the text has this person join or stay at."""
    stays = (ClaimKind.CONTRACT_EXTENSION, ClaimKind.RETIREMENT_POSTPONED)
    for d in reversed(drafts):
        if d.who == who and (d.kind in _MOVES or d.kind in stays):
            team = d.to_team or (d.from_team if d.kind in stays else None)
            if team is not None:
                return team
    return None


def _fits(group: list[Draft], d: Draft) -> bool:
    first = group[0]
    if first.who.key != d.who.key:
        return False
    kinds = {x.kind for x in group}
    if d.kind not in kinds and not (d.kind in _MOVES and kinds <= set(_MOVES)):
        return False
    return all(same_team(x.to_team, d.to_team) and _same_season(x, d) for x in group)


def _same_season(a: Draft, b: Draft) -> bool:
    return a.season is None or b.season is None or a.season == b.season


def _absorb_stays(groups: list[list[Draft]]) -> list[list[Draft]]:
    """A move to the team a person extends with is that extension ("he rides for them again")."""
    staying = {
        (g[0].who.key, _team_key(d.to_team)): g
        for g in groups
        if g[0].kind is ClaimKind.CONTRACT_EXTENSION
        for d in g
        if d.to_team is not None
    }
    out = []
    for g in groups:
        teams = {_team_key(d.to_team) for d in g if d.to_team is not None}
        home = next(
            (staying[(g[0].who.key, t)] for t in teams if (g[0].who.key, t) in staying), None
        )
        if home is not None and g is not home and g[0].kind is ClaimKind.TRANSFER:
            home.extend(g)
            continue
        out.append(g)
    return out


def _team_key(team: TeamPick | None) -> object:
    return None if team is None else (team.ref or team.name.casefold())


def _racing_past_last_season(doc: Document, groups: list[list[Draft]]) -> bool:
    """ "He told the world 2023 would be his final season ... he has signed for one more":
    an extension past the last season a person's retirement names is that retirement put off,
    so the extension becomes the postponement (which then absorbs the retirement)."""
    last: dict[str, int] = {}
    found = False
    for g in groups:
        d = g[0]
        said = d.kind is ClaimKind.RETIREMENT and d.season_said and d.season is not None
        if said and d.season is not None and not any(x.denied for x in g):
            last[d.who.key] = min(d.season, last.get(d.who.key, d.season))
    for g in groups:
        d = g[0]
        planned = last.get(d.who.key)
        if d.kind is not ClaimKind.CONTRACT_EXTENSION or planned is None or d.staff:
            continue
        season = _season(doc, g, ClaimKind.CONTRACT_EXTENSION, None, None)[0]
        if season is not None and season > planned and not any(x.denied for x in g):
            for x in g:
                if x.kind is ClaimKind.CONTRACT_EXTENSION:
                    x.kind = ClaimKind.RETIREMENT_POSTPONED
            found = True
    return found


def _absorb_postponed(groups: list[list[Draft]]) -> list[list[Draft]]:
    postponed = {g[0].who.key: g for g in groups if g[0].kind is ClaimKind.RETIREMENT_POSTPONED}
    out = []
    for g in groups:
        home = postponed.get(g[0].who.key)
        if (
            home is not None
            and g is not home
            and g[0].kind in _ABSORBED_BY_POSTPONE
            and all(
                same_team(x.to_team, home[0].to_team) or x.kind is ClaimKind.RETIREMENT for x in g
            )
        ):
            home.extend(g)
            continue
        out.append(g)
    return out


def _proposal(
    doc: Document, group: list[Draft], only: Credit | None, round_up_year: int | None
) -> Proposal | None:
    kind = _kind(group)
    to_team = next((d.to_team for d in group if d.to_team is not None), None)
    from_team = next((d.from_team for d in group if d.from_team is not None), None)
    if kind is ClaimKind.RETIREMENT:
        from_team, to_team = from_team or to_team, None
    elif kind in (ClaimKind.CONTRACT_EXTENSION, ClaimKind.RETIREMENT_POSTPONED):
        to_team = to_team or from_team
        from_team = to_team
    # A postponed retirement that absorbed "final season" talk: its own words come first.
    own = [d for d in group if d.kind is kind] or group
    status = _status(own) or _status(group)
    if kind is ClaimKind.RETIREMENT_POSTPONED and status is Status.DENIED:
        status = _postponed_status(group)
    season, basis = _season(doc, own, kind, status, round_up_year)
    if season is None or basis is not SeasonBasis.TEXT:
        season, basis = _season(doc, group, kind, status, round_up_year)
    planned = _after_planned_end(doc, group) if kind is ClaimKind.RETIREMENT_POSTPONED else None
    if planned is not None and not any(d.season_said for d in own):
        season, basis = planned, SeasonBasis.TEXT
    if not _worth_proposing(doc, group, kind, from_team, to_team, season):
        return None
    credit = next((d.credit for d in group if d.credit is not None), None)
    if credit is None and status not in (Status.OFFICIAL, Status.CONFIRMED, None) and only:
        credit = only if _reaches(doc, only, group) and not _hearsay(doc, only, group) else None
    best = _evidence_draft(group)
    return Proposal(
        person=_person(group, kind),
        kind=kind,
        from_team=from_team if from_team != to_team or kind is not ClaimKind.TRANSFER else None,
        to_team=to_team,
        season=season,
        season_basis=basis,
        contract_end=None if status is Status.DENIED else _contract_end(group, kind, season),
        status=status or (Status.REPORTED if credit else Status.OFFICIAL),
        credit=credit.outlet if credit else None,
        journalist=credit.journalist if credit else None,
        broke=bool(credit and credit.broke),
        evidence=shorten(
            doc.text[doc.sentences[best.sentence].start : doc.sentences[best.sentence].end],
            EVIDENCE_LEN,
        ),
    )


def _postponed_status(group: list[Draft]) -> Status | None:
    """ "X will not retire after all": a negated retirement beside the postponement is its
    news, not a denial, and the planned retirement's old announcement is not its status; only
    the postponement's own words deny it ("rubbished reports that he would race on")."""
    if any(d.kind is ClaimKind.RETIREMENT_POSTPONED and d.status is Status.DENIED for d in group):
        return Status.DENIED
    return _status([d for d in group if d.kind is not ClaimKind.RETIREMENT])


def _after_planned_end(doc: Document, group: list[Draft]) -> int | None:
    """ "He had said 2023 would be his last season; now he carries on": the season after the
    planned last one (not yet gone by the published date) is the one the postponement adds."""
    planned = [
        d.season
        for d in group
        if d.kind is ClaimKind.RETIREMENT and d.season_said and d.season is not None
    ]
    if planned and planned[0] <= doc.published.year:
        return planned[0] + 1
    return None


def _kind(group: list[Draft]) -> ClaimKind:
    kinds = [d.kind for d in group]
    for k in (ClaimKind.RETIREMENT_POSTPONED, ClaimKind.STAFF_MOVE):
        if k in kinds:
            return k
    return kinds[0]


def _hearsay(doc: Document, credit: Credit, group: list[Draft]) -> bool:
    """ "X is said to be among the riders Y is courting": a rumour told impersonally, away
    from the sentence that credits the article's source (which names someone else), is the
    writer's own hearsay, not that source's."""
    pattern = languages()[doc.language].hearsay
    if pattern is None or any(d.sentence == credit.sentence for d in group):
        return False
    return any(
        pattern.search(doc.folded, doc.sentences[d.sentence].start, doc.sentences[d.sentence].end)
        for d in group
    )


def _reaches(doc: Document, credit: Credit, group: list[Draft]) -> bool:
    """The article's one source stands behind a move, unless it is credited inside a list
    item of its own (the next bullet's "according to X" is not this one's)."""
    line = doc.sentences[credit.sentence].line
    if doc.lines[line].kind is not LineKind.ITEM:
        return True
    return any(doc.sentences[d.sentence].line == line for d in group)


def _status(group: list[Draft]) -> Status | None:
    # A sentence whose subject is only implied ("the rider", "he") and that names no team may
    # be a general remark ("transfers are signed off by ..."): its cue does not decide.
    said = [d.status for d in group if d.status is not None and (not d.implicit or d.to_team)]
    if _only_departure_official(group):
        return Status.RUMOUR
    if _headline_only_official(group):
        return Status.REPORTED
    for strong in (Status.DENIED, Status.OFFICIAL, Status.CONFIRMED):
        if strong in said:
            return strong
    head = [d.status for d in group if d.headline and d.status is not None]
    if head:
        return head[0]
    told = sorted((d for d in group if d.status is not None), key=lambda d: -_richness(d))
    return told[0].status if told else None


def _headline_only_official(group: list[Draft]) -> bool:
    """ "X has signed for Y" over "According to Z of the Gazette, X has signed with Y": a
    headline's signing verb reads as an announcement, but the body credits a source for it
    and announces nothing; the move is reported."""
    official = [d for d in group if d.status is Status.OFFICIAL]
    credited = [
        d
        for d in group
        if d.status is Status.REPORTED and d.credit is not None and d.credit.sentence == d.sentence
    ]
    return bool(official and credited) and all(d.headline for d in official)


def _only_departure_official(group: list[Draft]) -> bool:
    """ "X confirmed that Y will leave. Z remains the likely landing spot": the departure is
    official, the destination a rumour; the move to it is the rumour."""
    official = [d for d in group if d.status is Status.OFFICIAL]
    hedged = [d for d in group if d.status is Status.RUMOUR and d.to_team is not None]
    return bool(official and hedged) and all(d.to_team is None for d in official)


def _richness(d: Draft) -> int:
    return (d.to_team is not None) * 2 + (d.season is not None) + (d.credit is not None)


def _season(
    doc: Document, group: list[Draft], kind: ClaimKind, status: Status | None, hint: int | None
) -> tuple[int | None, SeasonBasis]:
    said = [d.season for d in group if d.season is not None and d.season_said]
    if said:
        return Counter(said).most_common(1)[0][0], SeasonBasis.TEXT
    known = [d.season for d in group if d.season is not None]
    if known:
        return known[0], SeasonBasis.TEXT
    basis = SeasonBasis.PUBLISHED if doc.date_known else SeasonBasis.TODAY
    if status is Status.DENIED:
        # "I'm not stopping" denies stopping at the end of this season; a denied move has no year
        if kind is ClaimKind.RETIREMENT:
            return doc.published.year, basis
        if kind is ClaimKind.TRANSFER and all(d.to_team is None for d in group):
            # "dismissed reports that X could leave Y": the exit denied is the next one
            return _default_season(doc, group, kind, hint), basis
        return None, SeasonBasis.TEXT
    return _default_season(doc, group, kind, hint), basis


_FINAL_SEASON = re.compile(
    r"(?:last|final) season|laatste seizoen|afscheidsseizoen|derniere saison|ultima stagione|"
    r"ultima temporada"
)


def _default_season(doc: Document, group: list[Draft], kind: ClaimKind, hint: int | None) -> int:
    """No season in the words: what the published date and the headline make likely."""
    year, month = doc.published.year, doc.published.month
    if kind is ClaimKind.RETIREMENT and hint is not None and all(d.layout for d in group):
        # "X: last season" in a round-up of next season's teams; a departure noted "retired"
        # from next season's team raced its last season the year before
        if any(d.departure for d in group):
            return hint - 1
        # "X: retired" in a round-up of next season's moves raced this one last; "X: last
        # season" races the round-up's season
        to_come = any(_FINAL_SEASON.search(doc.folded, *(d.scope or (0, 0))) for d in group)
        return hint - 1 if hint > year and not to_come else hint
    if kind is ClaimKind.RETIREMENT:
        return year
    if kind is ClaimKind.COMEBACK:  # a return signed in the last months is for the next season
        return year + 1 if month >= 10 else year
    ends = [d.contract_end for d in group if d.contract_end]
    years = [d.contract_years for d in group if d.contract_years]
    if kind is ClaimKind.CONTRACT_EXTENSION and ends and years and years[0] == 1:
        return ends[0]
    if hint is not None and kind in _MOVES:
        return hint
    season = year + 1 if month >= 4 or kind is not ClaimKind.TRANSFER else year
    return min(season, ends[0]) if ends else season


def _contract_end(group: list[Draft], kind: ClaimKind, season: int | None) -> int | None:
    if kind is ClaimKind.RETIREMENT:
        return None
    for d in group:
        if d.contract_end is not None and (season is None or d.contract_end >= season):
            return d.contract_end
    years = next((d.contract_years for d in group if d.contract_years), None)
    if years is not None and season is not None:
        return season + years - 1
    return None


def _worth_proposing(
    doc: Document,
    group: list[Draft],
    kind: ClaimKind,
    from_team: TeamPick | None,
    to_team: TeamPick | None,
    season: int | None,
) -> bool:
    if season is not None and season < doc.published.year:
        return False  # history, not news
    new_person = group[0].who.ref is None
    if kind in _MOVES and to_team is None:
        # "X could be leaving Y", "X verlaat Y": a departure with no destination is not a move
        # a moderator can store, and most often a background or a hedge; missing it costs less
        # than a card that is wrong. A team denying that its rider leaves is news all the same.
        return kind is ClaimKind.TRANSFER and from_team is not None and _denied_exit(group)
    if kind is ClaimKind.CONTRACT_EXTENSION and to_team is None:
        return any(d.contract_end for d in group)
    return not (new_person and to_team is None and from_team is None)


def _denied_exit(group: list[Draft]) -> bool:
    """ "Ineos dismissed reports that X could leave": a draft whose own words deny the exit
    and give the team left (the one that denies), with no destination anywhere."""
    # "Lefevere dismissed reports that X could leave Y": the boss who speaks denies it for X
    return any(
        (d.denied or d.status is Status.DENIED) and d.from_team is not None and not d.implicit
        for d in group
    )


def _person(group: list[Draft], kind: ClaimKind) -> PersonPick:
    who = group[0].who
    staff = kind is ClaimKind.STAFF_MOVE or any(d.staff for d in group)
    nationality = next((d.nationality for d in group if d.nationality), None)
    return PersonPick(who.name, who.ref, "staff" if staff else "rider", nationality)


def _evidence_draft(group: list[Draft]) -> Draft:
    body = [d for d in group if not d.headline] or group
    return max(body, key=lambda d: (_richness(d), -d.sentence))
