"""The reader's vocabularies: one data table per language, compiled once.

A table (`Vocabulary`) is plain data: tuples of regular-expression fragments written in lowercase
without accents (the reader matches them against the folded text, see `reading.text`), plus a few
word lists and maps. Word boundaries are added when a table is compiled, so a fragment is written
as the words it matches ("sign(?:s|ed)? for"). Adding a language is adding a module with a
`VOCAB` and listing it in `LANGUAGES`; see docs/reading.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from bot.domain.reading.records import TriggerClass
from bot.domain.reading.text import folded


@dataclass(frozen=True)
class Vocabulary:
    """One language's words for moves, their status, their time and their source."""

    code: str
    function_words: tuple[str, ...]  # frequent words that tell the language apart
    triggers: Mapping[TriggerClass, tuple[str, ...]]
    narrative: tuple[str, ...]  # past-tense move verbs: background inside a relative clause
    background: tuple[str, ...]  # "after", "since": a trigger right after tells the past
    negation: tuple[str, ...]  # "not", "no longer" right before a trigger
    relative: tuple[str, ...]  # relative pronouns opening a clause about the name before
    also: tuple[str, ...]  # "also", "too": the move borrows what the previous one said
    hedge: tuple[str, ...]  # modal hedging: could, may, linked, talks -> rumour
    rumour_nouns: tuple[str, ...]  # "rumour": weaker than a confirmation in the same clause
    reported: tuple[str, ...]  # an outlet says it happens: reportedly, set to, poised
    confirmed: tuple[str, ...]  # a party confirms without a formal announcement
    official: tuple[str, ...]  # the team or rider announces it
    not_official: tuple[str, ...]  # "nothing official yet", "neither team has confirmed"
    press_release: tuple[str, ...]  # the whole text is an announcement
    from_cues: tuple[str, ...]  # words before a team the person leaves
    to_cues: tuple[str, ...]  # words before a team the person joins
    current_cues: tuple[str, ...]  # words before a team the person is at ("contract with")
    object_cues: tuple[str, ...]  # words before a name that is not the subject: with, behind
    announcer: tuple[str, ...]  # words after a team that announces the move: "X confirmed"
    season_next: tuple[str, ...]  # "next season": the published year + 1
    season_this: tuple[str, ...]  # "this season": the published year
    season_now: tuple[str, ...]  # "mid-season", "with immediate effect": the published year
    season_end: tuple[str, ...]  # "at the end of the season": a move is for the next one
    season_end_next: tuple[str, ...]  # "at the end of next season"
    months: tuple[str, ...]  # January to December, for "last October"
    season_last: tuple[str, ...]  # "last October" ({m}: a month), "last year": a past season
    year_season: tuple[str, ...]  # a year that starts the move: "from {y}", "the {y} season"
    year_until: tuple[str, ...]  # a contract's last year: "until {y}", "through {y}"
    year_end: tuple[str, ...]  # "at the end of {y}": a move is for y + 1, a retirement is y
    contract_years: tuple[str, ...]  # a contract's length, with a group (?P<n>...)
    old_contract: tuple[str, ...]  # the "until" is about the contract the person has now
    not_length: tuple[str, ...]  # "after seven seasons", "at least": no contract's length
    numbers: Mapping[str, int]
    staff_roles: tuple[str, ...]  # coach, sports director: staff, not riders
    staff_as: tuple[str, ...]  # "as" before a role: the move is a staff move
    staff_of: tuple[str, ...]  # "of", "at" after a role: the team the role is at ("DS at X")
    pronouns: tuple[str, ...]  # he, she: the person the text is about
    first_person: tuple[str, ...]  # I, me: the interviewee in a Q&A answer
    descriptors: tuple[str, ...]  # "the <x> rider", "the Dane": the person the text is about
    nationalities: Mapping[str, str]  # adjective or noun -> IOC code
    credit: tuple[str, ...]  # templates with {o} (outlet) and {j} (journalist)
    broke: tuple[str, ...]  # "first to report": the credited outlet broke the story
    media_nouns: tuple[str, ...]  # newspaper, daily: an outlet's description
    cap_stop: tuple[str, ...]  # capitalised words that never start a name
    furniture: tuple[str, ...] = field(default_factory=tuple)  # words of a short furniture line
    furniture_lead: tuple[str, ...] = field(default_factory=tuple)  # how a furniture line starts
    teaser_heads: tuple[str, ...] = field(default_factory=tuple)  # "Related": a teaser list follows
    from_labels: tuple[str, ...] = field(default_factory=tuple)  # "From:" in a list block
    to_labels: tuple[str, ...] = field(default_factory=tuple)  # "To:"
    in_labels: tuple[str, ...] = field(default_factory=tuple)  # "In:" / "Arrivals:"
    out_labels: tuple[str, ...] = field(default_factory=tuple)  # "Out:" / "Departures:"
    renew_labels: tuple[str, ...] = field(default_factory=tuple)  # "Extended:" / "Rinnovi:"
    person_headers: tuple[str, ...] = field(default_factory=tuple)  # table column "Rider"
    retire_labels: tuple[str, ...] = field(default_factory=tuple)  # "(retiring)" in a list
    contract_headers: tuple[str, ...] = field(default_factory=tuple)  # table column "Signed until"
    injury: tuple[str, ...] = field(default_factory=tuple)  # a comeback from these is no comeback
    speech: tuple[str, ...] = field(default_factory=tuple)  # said, announced: a report follows
    that: tuple[str, ...] = field(default_factory=tuple)  # "that" opening reported speech
    conditional: tuple[str, ...] = field(default_factory=tuple)  # "serait": a tense after "that"
    second_person: tuple[str, ...] = field(default_factory=tuple)  # "you" in a Q&A question
    journalists: tuple[str, ...] = field(default_factory=tuple)  # reporter: a source, not a mover
    new_contract: tuple[str, ...] = field(default_factory=tuple)  # "signed", "now": a new deal
    contrast: tuple[str, ...] = field(default_factory=tuple)  # ", while": a new clause starts
    verb_forms: frozenset[str] = field(default_factory=frozenset)  # "è": folds to a cue, is a verb
    # inside a move's words: "rides next year no longer for X" leaves X ("niet meer voor")
    no_longer: tuple[str, ...] = field(default_factory=tuple)
    # inside a move's words: "rides next year not for X" denies joining X ("niet voor")
    inner_negation: tuple[str, ...] = field(default_factory=tuple)
    # right before a name: "the team of X", "l'equipe de X": X runs the team, never a mover
    team_of: tuple[str, ...] = field(default_factory=tuple)
    # "his previous deal expired in {y}": an extension of it starts the season after {y}
    old_expiry: tuple[str, ...] = field(default_factory=tuple)
    # after a staff role: "becomes DS there", "bij de ploeg": the team the person is at
    same_team: tuple[str, ...] = field(default_factory=tuple)
    # reporting cues that tell the deal's state, not a source ("reached an agreement"): an
    # announcement in the same clause makes the move official all the same
    deal_state: tuple[str, ...] = field(default_factory=tuple)
    # "will race again": a comeback only beside a signing (alone it may be a return from a crash)
    racing_again: tuple[str, ...] = field(default_factory=tuple)
    # "will race again for X": racing again at a team; a move to X, or a comeback to X when
    # its sentence tells a break from the sport ("after a sabbatical")
    racing_again_for: tuple[str, ...] = field(default_factory=tuple)
    # in a departures paragraph: "Out: X, who signs with Y": the word before the team joined
    joins_with: tuple[str, ...] = field(default_factory=tuple)
    # a contract's length that is the rest of a career ("until he retires", "jusqu'à la fin de
    # sa carrière"): an extension's words, and the retirement word inside them is none
    career_long: tuple[str, ...] = field(default_factory=tuple)
    # a renewal only offered and turned down ("despite the offer of a new contract"): the
    # renewal's words inside it tell no extension
    offer_declined: tuple[str, ...] = field(default_factory=tuple)
    # a team's intake ("recruitment", "il mercato della X", "les recrues"): a move told after
    # it with no destination of its own joins the team named with it
    intake: tuple[str, ...] = field(default_factory=tuple)
    # move words that leave a team ("leaves", "verlaat"): a team denying them is the team left
    leave_words: tuple[str, ...] = field(default_factory=tuple)
    # a setting that opens a clause ("Bij X", "Chez X", "En el X"): a departure told after it
    # ("Bij X betreuren ze zijn vertrek") leaves that team
    setting: tuple[str, ...] = field(default_factory=tuple)
    # "working with", "aux côtés de": an unknown name after these is a colleague, not a team
    colleague_of: tuple[str, ...] = field(default_factory=tuple)
    # a leader who takes riders along ("brings X and Y with him", "neemt X mee"): the people
    # after it move, to the team named or else to the leader's own destination
    brings_along: tuple[str, ...] = field(default_factory=tuple)
    # a helper's role before a leader's name ("the lead-out man of X", "le poisson-pilote de
    # X"): in the mover's aside, a move with no team follows that leader to his team
    man_of: tuple[str, ...] = field(default_factory=tuple)
    # a count that opens an entry ("And a third:", "Another one for the Dutch team:", "Et de
    # trois :"): the move told in it joins the team of the move told before
    one_more: tuple[str, ...] = field(default_factory=tuple)
    # "Cofidis confirms X.": a sentence that is only a team, one of these verbs and a person
    # names the team's new rider (a live blog's entry, a brief)
    names_rider: tuple[str, ...] = field(default_factory=tuple)
    # "Q36.5 remains the most likely landing spot": the team before is the one tipped, for the
    # person the article is about (signing words with no object; the headline names them)
    tipped: tuple[str, ...] = field(default_factory=tuple)
    # a contract's words: an intro that "extended" without them extended a lead, not a deal
    contract_words: tuple[str, ...] = field(default_factory=tuple)
    # a table's team column and its note column ("Rider | Team | Status"): the note says what
    # the rider does with the team
    team_headers: tuple[str, ...] = field(default_factory=tuple)
    # a list's label for riders who all retire ("Retirements", "Stoppers", "Ritiri")
    retire_heads: tuple[str, ...] = field(default_factory=tuple)
    # a list's label for riders who stay ("Staying", "Blijvers"): it ends the list above it
    stay_labels: tuple[str, ...] = field(default_factory=tuple)
    note_headers: tuple[str, ...] = field(default_factory=tuple)
    # "not yet", "after all", "encore": a negated stop with these puts a planned end off (a
    # postponement); without them, beside a denial, it denies a rumoured retirement
    not_yet: tuple[str, ...] = field(default_factory=tuple)
    # "X confirmed", "X a confirmé": a confirming verb; with a person's name as its subject
    # (not a team's, not the mover's) a party confirms the move rather than announcing it
    confirm_verbs: tuple[str, ...] = field(default_factory=tuple)
    # a time gone by ("earlier this summer", "le mois dernier"): with an announcement in the
    # mover's relative clause ("who announced her move earlier this summer") the move is old news
    told_before: tuple[str, ...] = field(default_factory=tuple)
    # a pluperfect with "already" right before a renewal's words ("had already renewed", "ya
    # había renovado"): the renewal is the reason a player is not available, background
    renewed_before: tuple[str, ...] = field(default_factory=tuple)
    # "when", "toen", "quand": with a name or pronoun after it and a move's words in the past
    # tense ("When Lars Eide left for Movistar, ..."), the move is the time of another event
    past_when: tuple[str, ...] = field(default_factory=tuple)
    # a move's words that say only where the person comes from ("comes over from", "komt over
    # van", "en provenance de"): told after a signing, the person joins the team it joined
    arrives_from: tuple[str, ...] = field(default_factory=tuple)
    # a destination told as the speaker's team ("naar zijn ploeg", "to his team", "dans son
    # équipe"): a team boss confirming a move; the team is the one named with him
    his_team: tuple[str, ...] = field(default_factory=tuple)
    # a choice of something to do ("chose to invest", "ha scelto di puntare"): no team chosen,
    # the move words inside it say nothing
    chose_to: tuple[str, ...] = field(default_factory=tuple)
    # "new signing of", "nouvelle recrue de": in the mover's apposition ("X, new signing of Y,
    # signs for two seasons") the team after it is the one joined, not the one the person is at
    new_member: tuple[str, ...] = field(default_factory=tuple)
    # after a name and its comma in a block's description: "X, elle aussi nouvelle venue dans la
    # formation": X too joins the team the block's move joins
    also_new: tuple[str, ...] = field(default_factory=tuple)
    # "the arrival of A, from X, and that of B": B is signed too (signing words, compiled into
    # that class), and only the words after them are B's
    that_of: tuple[str, ...] = field(default_factory=tuple)
    # "where he will find X", "dove ritroverà X": the teammates met at the new team; a move told
    # in their relative clauses ("X, who renewed until 2025") is background
    meets: tuple[str, ...] = field(default_factory=tuple)
    # a verb that judges a move already told, with the article before the move's noun ("called
    # the extension", "a qualifié la prolongation de"): its subject comments, and moves not
    judges: tuple[str, ...] = field(default_factory=tuple)
    # words after a team that make it the one the person leaves: a last outing in its colours
    # ("in X colours for the last time", "met X voor het laatst")
    farewell: tuple[str, ...] = field(default_factory=tuple)
    # a break from the sport or a retirement told in the paragraph ("ending the break from
    # cycling", "années sabbatique"): a return to racing there is a comeback, and racing again
    # ("will race again for X") one too; without it "returns to racing at the Amstel" is a
    # rider's next race (the weak returns are listed in `returns`)
    away: tuple[str, ...] = field(default_factory=tuple)
    returns: tuple[str, ...] = field(default_factory=tuple)
    # a return "with X" or "for X" names the team it is with: a comeback all the same
    returns_for: tuple[str, ...] = field(default_factory=tuple)
    # "the new agreement": a sentence about the new deal that says when it starts ("takes effect
    # from next season") dates the extension, before what the old deal's end would make it
    new_deal: tuple[str, ...] = field(default_factory=tuple)
    # postponement words that say only that a career goes on ("wants to race on in 2023"): a
    # postponement only where the text also tells a retirement or a last season
    race_on: tuple[str, ...] = field(default_factory=tuple)
    # "will ride on with X": a career that goes on with a team (postponement words) is a
    # postponement only beside a retirement or another postponement of the person's in the text
    race_on_with: tuple[str, ...] = field(default_factory=tuple)
    # "rode his last race for X", "his final season with X": a last race or season with a team
    # (retirement words) ends a career only where the text gives the person no move to another
    # team
    last_race_for: tuple[str, ...] = field(default_factory=tuple)
    # "ending weeks of speculation": a rumour noun whose rumour the news has just ended
    rumour_over: tuple[str, ...] = field(default_factory=tuple)
    # a move's own sentence says it was announced in another month ("was announced back in
    # August", {m}: a month) or "last month": earlier news recalled, not this text's
    # (also "has already announced", "a deja annonce": no month, the news came before)
    announced_in: tuple[str, ...] = field(default_factory=tuple)
    # a retirement whose own sentence dates its announcement to a month ("who announced her
    # retirement in March", "comme il l'avait annoncé en février", {m}: a month)
    retire_announced_in: tuple[str, ...] = field(default_factory=tuple)
    # "X is among the riders (that) the team is courting": the signing's object is X, named
    # before these words
    among: tuple[str, ...] = field(default_factory=tuple)
    # impersonal hearsay ("is said to be", "se dice que"): a rumour the writer passes on
    # without a source; the article's one credited outlet does not stand behind it
    hearsay: tuple[str, ...] = field(default_factory=tuple)
    # right after a staff member's name: "Vinokourov confirms"; a party confirming unless the
    # sentence holds an announcement ("announced", "press release")
    confirms: tuple[str, ...] = field(default_factory=tuple)
    announcement: tuple[str, ...] = field(default_factory=tuple)


# Words between "as" and a role in any language: "as the new DS", "como nuevo director", "als
# nieuwe ploegleider", "comme nouveau manager"
_ROLE_FILLERS = (
    "(?:the|its|their|a|an|new|el|la|su|un|una|nuevo|nueva|le|son|sa|une|nouveau|nouvel|"
    "nouvelle|il|lo|suo|sua|uno|nuovo|nuova|de|het|zijn|haar|een|nieuwe|nieuw)"
)


def _bounded(fragment: str) -> str:
    """A fragment with word boundaries where it starts or ends with a word character."""
    frag = folded(fragment).replace("(?p<", "(?P<")  # named groups survive folding
    for bad in ("\\S", "\\W", "\\D", "\\B"):
        if bad in fragment:  # folding would lowercase it into its opposite
            raise ValueError(f"fragment {fragment!r}: use a lowercase class instead of {bad}")
    head = _HEAD if re.match(r"[\w(]", frag) else ""
    # A word ends where no letter follows, or right after an elision ("all'astana").
    tail = "(?:(?<=')|(?![a-z0-9]))" if re.search(r"[\w)?*+]$", frag) else ""
    return f"{head}(?:{frag}){tail}"


_HEAD = "(?<![a-z0-9])"


def union(fragments: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any of `fragments` (None when there are none)."""
    parts = [_bounded(f) for f in fragments if f]
    if not parts:
        return None
    # Longer alternatives first, so "sign for" wins over "sign" at the same place.
    parts.sort(key=len, reverse=True)
    # The word-start check once for all the alternatives that need it: most positions of a
    # text are inside a word, and there the match fails at once.
    headed = [p[len(_HEAD) :] for p in parts if p.startswith(_HEAD)]
    rest = [p for p in parts if not p.startswith(_HEAD)]
    branches = ([f"{_HEAD}(?:{'|'.join(headed)})"] if headed else []) + rest
    return re.compile("|".join(branches))


def each(fragments: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """One pattern per fragment (fragments with named groups cannot share one alternation).

    A {y} in a fragment stands for a year, captured as group y.
    """
    out = []
    for f in fragments:
        frag = f.replace("{y}", r"(?P<y>(?:19|20)\d\d)")
        out.append(re.compile(_bounded(frag)))
    return tuple(out)


@dataclass(frozen=True)
class Compiled:
    """A vocabulary's fragments compiled into one pattern per use."""

    vocab: Vocabulary
    triggers: dict[TriggerClass, re.Pattern[str]]
    patterns: dict[str, re.Pattern[str] | None]
    grouped: dict[str, tuple[re.Pattern[str], ...]]  # fields whose fragments carry groups

    def __post_init__(self) -> None:
        # The reader asks for a pattern over a thousand times an article: as instance
        # attributes they are found at once, where __getattr__ runs only after a failed
        # lookup (an AttributeError raised and caught each time).
        for name, pattern in self.patterns.items():
            if name not in self.__dataclass_fields__:
                object.__setattr__(self, name, pattern)

    def __getattr__(self, name: str) -> re.Pattern[str] | None:
        try:
            return self.patterns[name]
        except KeyError:
            raise AttributeError(name) from None


_GROUPED_FIELDS = (
    "year_season", "year_until", "year_end", "contract_years", "season_last", "old_expiry",
    "announced_in", "retire_announced_in",
)  # fmt: skip
_PLAIN_FIELDS = (
    "narrative", "background", "negation", "relative", "also", "hedge", "rumour_nouns",
    "reported", "confirmed", "official", "not_official", "press_release", "from_cues",
    "to_cues", "current_cues", "object_cues", "announcer", "season_next", "season_this", "season_now", "season_end",
    "season_end_next", "old_contract", "not_length", "staff_roles", "pronouns",
    "first_person", "descriptors", "broke", "media_nouns", "furniture", "furniture_lead",
    "teaser_heads", "injury", "speech", "that", "conditional", "second_person", "journalists", "new_contract",
    "contrast", "no_longer", "inner_negation", "team_of", "same_team", "deal_state", "racing_again",
    "racing_again_for",
    "career_long", "offer_declined", "intake", "leave_words", "setting", "colleague_of", "brings_along",
    "man_of", "one_more", "names_rider", "tipped", "contract_words", "not_yet", "confirm_verbs",
    "told_before", "new_member", "also_new", "that_of", "meets", "judges", "farewell", "away", "returns",
    "returns_for", "new_deal", "race_on", "race_on_with", "last_race_for", "rumour_over", "among", "hearsay", "confirms", "announcement",
)  # fmt: skip


def compile_vocab(vocab: Vocabulary) -> Compiled:
    """Compile every fragment list of `vocab` (raises on a bad fragment)."""
    triggers = {}
    for cls, frags in vocab.triggers.items():
        if cls is TriggerClass.EXTEND:
            frags = (*frags, *vocab.career_long)
        if cls is TriggerClass.SIGNING:
            frags = (*frags, *vocab.brings_along, *vocab.that_of, *vocab.tipped)
        if cls is TriggerClass.POSTPONE:
            frags = (*frags, *vocab.race_on_with)
        if cls is TriggerClass.RETIRE:
            frags = (*frags, *vocab.last_race_for)
        pattern = union(frags)
        if pattern is not None:
            triggers[cls] = pattern
    patterns: dict[str, re.Pattern[str] | None] = {}
    for name in _PLAIN_FIELDS:
        patterns[name] = union(getattr(vocab, name))
    # "sports director of X", "directeur sportif chez X": the team after a role is its team.
    roles = "(?:" + "|".join(vocab.staff_roles) + ")"
    role_of = [f"{roles} (?:{p})" for p in vocab.staff_of]
    patterns["to_cues"] = union([*vocab.to_cues, *role_of])
    patterns["hedge"] = union([*vocab.hedge, *vocab.tipped])  # a team tipped: a rumour
    months = "(?P<m>" + "|".join(vocab.months) + ")"
    grouped = {
        name: each(f.replace("{m}", months) for f in getattr(vocab, name))
        for name in _GROUPED_FIELDS
    }
    patterns["nationality"] = union(re.escape(k) for k in vocab.nationalities)
    patterns["deny_cue"] = union(vocab.triggers.get(TriggerClass.DENY, ()))
    patterns["renewed_before"] = union(vocab.renewed_before)
    patterns["past_when"] = union(vocab.past_when)
    patterns["arrives_from"] = union(vocab.arrives_from)
    patterns["his_team"] = union(vocab.his_team)
    patterns["chose_to"] = union(vocab.chose_to)
    patterns["staff_as"] = union(
        f"(?:{a}) (?:{_ROLE_FILLERS} |[\\w'-]+'s )*{roles}" for a in vocab.staff_as
    )
    return Compiled(vocab, triggers, patterns, grouped)


@cache
def languages() -> dict[str, Compiled]:
    """Every language's compiled vocabulary, by code."""
    from bot.domain.reading.vocab import en, es, fr, it, nl

    return {m.VOCAB.code: compile_vocab(m.VOCAB) for m in (en, nl, fr, it, es)}


@cache
def all_words(name: str) -> frozenset[str]:
    """The folded words of field `name` over every language (cap_stop, nationality keys)."""
    out: set[str] = set()
    for c in languages().values():
        value = getattr(c.vocab, name)
        out.update(folded(w) for w in value)
    return frozenset(out)


@cache
@lru_cache(maxsize=64)
def any_language(name: str) -> re.Pattern[str] | None:
    """A layout field (labels, teaser heads, furniture) over every language at once."""
    frags: list[str] = []
    for c in languages().values():
        frags.extend(getattr(c.vocab, name))
    return union(frags)


@lru_cache(maxsize=8192)
def nationality_code(word: str) -> str | None:
    """The IOC code for a nationality word in any language."""
    key = folded(word)
    for c in languages().values():
        code = c.vocab.nationalities.get(key)
        if code:
            return code
    return None


def detect(folded_text: str) -> str:
    """The language whose function words the text uses most (English on a tie)."""
    # "l'accordo", "dell'anno", "qu'il": an elided article counts as the word it is
    words = re.findall(r"[a-z]+'|[a-z]+", folded_text[:4000])
    counts: dict[str, int] = {}
    for code, c in languages().items():
        fw = set(c.vocab.function_words)
        counts[code] = sum(1 for w in words if w in fw)
    best = max(counts, key=lambda k: (counts[k], k == "en"))
    return best if counts[best] > 0 else "en"
