"""The typed records that pass between the reader's stages, and its public result types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from bot.domain.models import ClaimKind, EntityKind, EntityRef, Status


# -- what the caller supplies --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Known:
    """A person or team the database knows, as the lookup found it."""

    ref: EntityRef
    name: str
    exact: bool = True  # the whole query was a name or alias, not only a surname


class Lookup(Protocol):
    """Resolves names the reader finds in a text; only confident matches come back."""

    def person(self, name: str) -> Known | None: ...

    def team(self, name: str) -> Known | None: ...


# -- the result ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PersonPick:
    """Who moves: a known person (`ref`) or a proposed new one (`ref` is None)."""

    name: str
    ref: EntityRef | None
    role: str = "rider"  # "rider" or "staff"
    nationality: str | None = None  # IOC code, when the text states it

    @property
    def is_new(self) -> bool:
        return self.ref is None


@dataclass(frozen=True, slots=True)
class TeamPick:
    """A team named in the text: a known lineage (`ref`) or a proposed new team."""

    name: str
    ref: EntityRef | None
    written: str = field(default="", compare=False)  # as the text spells it, when it differs

    @property
    def is_new(self) -> bool:
        return self.ref is None


class SeasonBasis(StrEnum):
    TEXT = "text"  # the article says it (a year, or "next season" counted from its date)
    PUBLISHED = "published"  # not said: inferred from the published date
    TODAY = "today"  # not said and no published date: inferred from today's date


@dataclass(frozen=True, slots=True)
class Proposal:
    """One move the article reports, for a moderator to confirm."""

    person: PersonPick
    kind: ClaimKind
    from_team: TeamPick | None
    to_team: TeamPick | None
    season: int | None
    season_basis: SeasonBasis
    contract_end: int | None
    status: Status
    credit: str | None  # the outlet credited inside the text ("according to L'Equipe")
    journalist: str | None  # the journalist credited inside the text
    broke: bool  # the credited outlet broke the story
    evidence: str  # the sentence it rests on, at most EVIDENCE_LEN characters


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything the reader found in one article."""

    proposals: tuple[Proposal, ...]
    publisher: str | None  # the outlet that published it: known from the URL, or its domain
    publisher_known: bool
    official_site: bool  # the URL is a team's or governing body's own site
    language: str
    ignored_lines: int  # page furniture dropped
    digest: str  # sha256 prefix of the text, for logs and error reports
    date_known: bool  # False when seasons were counted from today's date


class ReadingFailed(Exception):
    """A stage raised: the article could not be read (never shown as "nothing found")."""

    def __init__(self, stage: str, digest: str) -> None:
        super().__init__(f"the article reader failed in stage {stage!r} (article {digest})")
        self.stage = stage
        self.digest = digest


# -- between stages --------------------------------------------------------------------------
class LineKind(StrEnum):
    HEADLINE = "headline"
    BODY = "body"
    ITEM = "item"  # a numbered or bulleted list entry, or a short line in a run of them
    TABLE = "table"  # a markdown table row
    QUESTION = "question"  # an interviewer's question
    ANSWER = "answer"  # an interviewee's answer
    FURNITURE = "furniture"
    BLANK = "blank"


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int
    end: int
    kind: LineKind
    paragraph: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    line: int
    paragraph: int
    kind: LineKind


@dataclass(frozen=True, slots=True)
class Document:
    """The cleaned article and its structure: the input of every stage after the first two."""

    text: str
    plain: str  # accents stripped, same offsets
    folded: str  # accents stripped and lowercase, same offsets
    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    language: str
    published: date  # the reference date: the published date, else today
    date_known: bool
    url: str | None
    digest: str
    interviewee_hint: tuple[int, int] | None = None  # span of the interviewee's name, if any

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start : s.end]

    def paragraph_span(self, paragraph: int) -> tuple[int, int]:
        """Where the sentences of a paragraph start and end."""
        same = [s for s in self.sentences if s.paragraph == paragraph]
        return same[0].start, same[-1].end

    def paragraph_opening(self, index: int) -> Sentence:
        """The first sentence of the paragraph that sentence `index` stands in (a live blog's
        entry opens with its label: "And a third:", "Cofidis:")."""
        paragraph, first = self.sentences[index].paragraph, index
        while first > 0 and self.sentences[first - 1].paragraph == paragraph:
            first -= 1
        return self.sentences[first]


@dataclass(frozen=True, slots=True)
class Credit:
    """An outlet or journalist credited inside the text, where it is credited."""

    start: int
    end: int
    sentence: int
    outlet: str | None
    journalist: str | None
    broke: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    publisher: str | None
    publisher_known: bool
    official_site: bool
    credits: tuple[Credit, ...]
    excluded: tuple[tuple[int, int], ...]  # spans that name sources, not movers
    press_release: bool


@dataclass(frozen=True, slots=True)
class Who:
    """A person the text talks about: known (`ref`) or a name the database lacks."""

    key: str
    name: str
    ref: EntityRef | None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: EntityKind | None  # None: a capitalised name the database does not know
    sentence: int
    who: Who | None = None  # persons (and unknown names that look like persons)
    team: TeamPick | None = None  # teams (and unknown names in a team's place)
    possessive: bool = False
    article_before: bool = False  # "the X", "la X": not a person's name
    role_staff: bool = False  # "coach X", "X, the sports director"
    nationality: str | None = None
    source: bool = False  # a journalist or a speaker credited as the source, never a mover


class TriggerClass(StrEnum):
    MOVE = "move"
    SIGNING = "signing"  # the person after it moves ("the signing of X", "welcomes X")
    EXTEND = "extend"
    RETIRE = "retire"
    POSTPONE = "postpone"
    COMEBACK = "comeback"
    STAFF = "staff"
    DENY = "deny"
    STAY = "stay"
    SAME = "same"  # "makes the same move": borrow the previous move's destination


_MOVING_CLASSES = frozenset(
    {TriggerClass.MOVE, TriggerClass.SIGNING, TriggerClass.SAME, TriggerClass.STAFF}
)


def same_family(a: TriggerClass, b: TriggerClass) -> bool:
    """True when two trigger classes tell the same kind of move (joining, signing, staff)."""
    return a is b or (a in _MOVING_CLASSES and b in _MOVING_CLASSES)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    sentence: int
    cls: TriggerClass
    narrative: bool = False  # a past-tense move verb ("joined"): background in a relative clause
    negated: bool = False
    background: bool = False  # "after retiring", "since leaving"


@dataclass(slots=True)
class Draft:
    """A move being assembled: each stage fills in what it knows."""

    who: Who
    kind: ClaimKind
    sentence: int
    pos: int
    trigger: Trigger | None = None
    from_team: TeamPick | None = None
    to_team: TeamPick | None = None
    season: int | None = None
    season_said: bool = False
    contract_end: int | None = None
    contract_years: int | None = None
    status: Status | None = None
    credit: Credit | None = None
    headline: bool = False
    layout: bool = False
    inherit: bool = False
    counted: bool = False  # "And a third: X ...": its paragraph opens with a count
    staff: bool = False
    denied: bool = False
    background: bool = False
    nationality: str | None = None
    implicit: bool = False  # the subject came from a pronoun or a description, not a name
    departure: bool = False  # a retirement in a team's departures list: it raced the year before
    # a layout's text (its line or block); for a prose move sharing its sentence with another
    # move of the same person ("retires ...: he becomes DS"), the part of the sentence that is its own
    scope: tuple[int, int] | None = None
    own_triggers: tuple[int, ...] = ()  # starts of every trigger of this person in the sentence
    mute: tuple[tuple[int, int], ...] = ()  # words no later stage reads for it ("not stopping")

    def owns(self, t: Trigger) -> bool:
        """True when trigger `t` is one of this draft's own words."""
        return t.start in self.own_triggers or (self.trigger is not None and t is self.trigger)

    @property
    def is_move(self) -> bool:
        return self.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)


PERSON, TEAM = EntityKind.PERSON, EntityKind.TEAM
