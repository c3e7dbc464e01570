"""Proposing claims from the text of a news article, for a moderator to review.

Pure functions: no I/O, no Discord. The caller supplies a `Lookup` that resolves candidate names
to known people and teams; the extractor proposes the candidate spans itself (capitalised word
runs, name particles, non-ASCII letters, team-like runs) and never knows any name in advance.

The pipeline, in order:
1. bound and clean the text (4000 characters, no control or invisible characters);
2. drop page furniture line by line (subscription prompts, newsletters, cookie notices,
   "Related:" / "Read more", image credits, share lines, author biographies);
3. find the attribution: the credited outlet and journalist ("according to X of Y", "Y reports",
   "X writes for Y", bylines), falling back on the outlet the URL belongs to;
4. read "Name (From: A / To: B)" list lines;
5. split the rest into sentences and clauses; find triggers (move verbs, retirement, postponed
   retirement, comeback, extension, denial) and the person each is about (the nearest person
   before the trigger, the people after "X signs ..." when X is a team, or "he" for the last
   person), the teams by the words before them ("from", "leave", "to", "join", "for", "with",
   "X's"), the season and the status from hedging and attribution words;
6. merge duplicates per (person, kind, destination, season), keeping the strongest status.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import Protocol

from bot.domain.models import ClaimKind, EntityKind, EntityRef, SourceRole, Status
from bot.domain.names import fold
from bot.domain.outlets import Outlet, outlet_by_name, outlet_for_url, outlet_names
from bot.domain.seasons import default_team_season
from bot.domain.status import default_role_for
from bot.domain.text import INVISIBLE, shorten

MAX_TEXT = 4000
EVIDENCE_LEN = 200
_MAX_LOOKUPS = 800
_MAX_SPAN_TOKENS = 7


# --------------------------------------------------------------------------------------------
# Public types


@dataclass(frozen=True, slots=True)
class EntityHit:
    ref: EntityRef
    name: str
    current_team_id: int | None = None  # the team the person rides for now, if known


class Lookup(Protocol):
    def person(self, name: str) -> EntityHit | None: ...

    def team(self, name: str) -> EntityHit | None: ...


@dataclass(frozen=True, slots=True)
class ProposedClaim:
    person: EntityHit
    kind: ClaimKind
    from_team: EntityHit | None
    to_team: EntityHit | None
    season: int | None
    contract_end: int | None
    status: Status
    evidence: str  # the sentence (cleaned, not markdown-escaped), at most EVIDENCE_LEN characters
    confidence: float


@dataclass(frozen=True, slots=True)
class Extraction:
    claims: list[ProposedClaim]
    outlet: str | None
    journalist: str | None
    source_role: SourceRole
    ignored_lines: int
    language: str | None = None  # the outlet's default language, when the outlet is known
    publisher: str | None = None  # the outlet that published the text (URL or self-attribution)


# --------------------------------------------------------------------------------------------
# Cleaning and folding

_CHAR_MAP = {
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
    "ø": "o", "Ø": "O", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ß": "s", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "þ": "t", "ı": "i",
}  # fmt: skip


def _clean(text: str) -> str:
    text = text[:MAX_TEXT]
    text = unicodedata.normalize("NFC", text)[:MAX_TEXT]
    text = INVISIBLE.sub("", text)
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch == "\r":
            out.append("\n")
        elif unicodedata.category(ch)[0] in "CZ" and ch != " ":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _fold1(text: str) -> str:
    """Strip accents and unify quotes and dashes, one character for one (offsets are kept)."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        mapped = _CHAR_MAP.get(ch)
        if mapped is None:
            base = unicodedata.normalize("NFKD", ch)[:1]
            mapped = base if base and base.isascii() and base.isprintable() else ch
        out.append(mapped)
    return "".join(out)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int = EVIDENCE_LEN) -> str:
    return shorten(_squash(text), limit)


# --------------------------------------------------------------------------------------------
# Page furniture

_FURNITURE_SHORT = re.compile(
    r"\b(subscribe|subscription|subscriber|sign up|signup|newsletter|join now|log ?in|sign in|"
    r"register now|create an account|free trial|cookies?|accept all|privacy (policy|settings|notice)|"
    r"terms (of|and) (use|service|conditions)|advertisement|advertising|sponsored|all rights reserved|"
    r"follow us|share (this|on|via|article|story)|copy link|read more|read next|related( articles?| stories|:)|"
    r"recommended( for you|:)|more from|watch:|listen:|download (the|our) app|click here|"
    r"leave a comment|\d+ comments?|show comments|image credit|photo credit|getty images|"
    r"view (the )?gallery|most popular|trending now|you may also like|back to top)(?!\w)",
    re.IGNORECASE,
)
_FURNITURE_ANY = re.compile(
    r"(\((image|photo|picture) credit[^)]*\)\s*$|^\s*\(?(image|photo|picture|credit|foto|bron)s?\s*(credit)?\s*:|"
    r"^\s*(subscribe|sign up|join now|already a (subscriber|member)|unlock|get unlimited access)\b|"
    r"\bwe use cookies\b|\bthis (site|website) uses cookies\b|"
    r"\bnewsletter\b.*\b(sign up|subscribe|inbox|delivered)\b|\b(sign up|subscribe)\b.*\bnewsletter\b|"
    r"^\s*!\[[^\]]*\]\([^)]*\)\s*$|^\s*(https?://|www\.)\S+\s*$|"
    r"^\s*(facebook|twitter|x|whatsapp|email|e-mail|linkedin|reddit|pinterest|telegram|bluesky|instagram|threads)"
    r"([\s,|/·•]+(facebook|twitter|x|whatsapp|email|e-mail|linkedin|reddit|pinterest|telegram|bluesky|instagram|threads|share))*\s*$)",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"\b(is|was|has been) (an?|the|our) ([\w'-]+ ){0,4}(writer|editor|journalist|reporter|correspondent|"
    r"contributor|columnist|photographer)\b.*\b(joined|since|before|previously|worked|covering|covered|"
    r"lives|based|graduat\w+|loves|spent|writes)\b",
    re.IGNORECASE,
)


def _is_furniture(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _FURNITURE_ANY.search(stripped) or _BIO.search(stripped):
        return True
    return len(stripped) <= 140 and bool(_FURNITURE_SHORT.search(stripped))


# --------------------------------------------------------------------------------------------
# Attribution

_NAME = r"[A-Z][a-zA-Z'-]{1,30}(?: (?:(?:van|de|der|den|di|da|du|le|la|von|ten|ter|del|della) )*[A-Z][a-zA-Z'-]{1,30}){1,2}"
_AMBIGUOUS_OUTLETS = frozenset(
    {"Cyclist", "Velo", "AS", "Marca", "Rouleur", "NOS", "UCI", "bbc", "guardian"}
)


def _outlet_regex() -> str:
    parts: list[str] = []
    for name, _outlet in outlet_names():
        folded = re.escape(_fold1(name))
        if len(name) <= 4 or name in _AMBIGUOUS_OUTLETS:
            variants = {re.escape(_fold1(name)), re.escape(_fold1(name).title())}
            if name.islower():
                variants = {re.escape(_fold1(name).title())}
            parts.extend(variants)
        else:
            parts.append(f"(?i:{folded})")
    return "(?:" + "|".join(parts) + ")"


_OUT = _outlet_regex()
_OUTLET_RE = re.compile(rf"(?<![\w]){_OUT}(?![\w])")
_UNKNOWN_OUT = r"[A-Z][\w'-]{1,30}(?: [A-Z][\w'-]{1,30}){0,3}"
_KNOWN_OR_UNKNOWN_OUT = rf"(?:{_OUT}|{_UNKNOWN_OUT})"
_MEDIA_WORD = (
    r"(?:newspaper|daily|outlet|website|site|magazine|broadcaster|paper|publication|sports daily)"
)

# (regex, credited-by-someone-else)
_ATTRIBUTION: list[tuple[re.Pattern[str], bool]] = [
    (
        re.compile(
            rf"(?i:according to) (?:(?i:journalist|reporter) )?(?P<j>{_NAME}) (?:of|from|at|for|in) (?:the )?(?P<o>{_KNOWN_OR_UNKNOWN_OUT})"
        ),
        True,
    ),
    (
        re.compile(
            rf"(?P<j>{_NAME}),? (?:of|from|at) (?:the )?(?P<o>{_KNOWN_OR_UNKNOWN_OUT}),? (?i:(?:has |had |was )?(?:first |the first to )?(?:reports?|reported|writes|wrote|says|said|revealed|reveals|claims|claimed|understands|broke))"
        ),
        True,
    ),
    (
        re.compile(
            rf"(?P<o>{_OUT})(?:'s| (?i:journalist|reporter|correspondent|writer|cycling reporter|cycling correspondent)) (?P<j>{_NAME})"
        ),
        True,
    ),
    (
        re.compile(
            rf"(?i:according to|reports? (?:in|by|from)|reported by|first reported by|revealed by|as reported by|via|citing|cited by) (?:the )?(?:(?:[A-Z]\w+ )?{_MEDIA_WORD} )?(?P<o>{_OUT})"
        ),
        True,
    ),
    (
        re.compile(
            rf"(?i:according to|reported by|first reported by) (?:the )?(?:[A-Z]\w+ )?{_MEDIA_WORD} (?P<o>{_UNKNOWN_OUT})"
        ),
        True,
    ),
    (
        re.compile(
            rf"(?:[Tt]he )?(?:[A-Z]\w+ )?(?:{_MEDIA_WORD} )?(?P<o>{_OUT}),? (?i:(?:has |had |was )?(?:first |the first to |exclusively )?(?:reports?|reported|revealed|reveals|claims|claimed|understands|broke the (?:news|story)|has learned|learnt|learned|writes|wrote))"
        ),
        True,
    ),
    (
        re.compile(
            rf"(?P<j>{_NAME}),? (?i:writes|writing|reports|reporting|wrote) (?i:for|in) (?:the )?(?P<o>{_OUT})"
        ),
        False,
    ),
    (
        re.compile(
            rf"(?i:told|confirmed to|speaking to|in an interview with|said to) (?P<o>{_OUT})"
        ),
        False,
    ),
]
_BYLINE = re.compile(
    rf"^\s*(?:[Bb]y|BY|[Dd]oor|[Dd]i|[Pp]ar|[Vv]on|[Pp]or|Written by|Words by)\s+(?P<j>{_NAME})\b(?:,? (?:for |of |at )?(?P<o>{_OUT}))?"
)
_BROKE = re.compile(
    r"\b(first (?:to )?report\w*|(?:was|were) first|broke the (?:news|story)|exclusive(?:ly)?|scoop|credited with|"
    r"revealed|first revealed)\b",
    re.IGNORECASE,
)
_PRESS_RELEASE = re.compile(
    r"\b(press release|(?:delighted|pleased|proud|happy|thrilled|excited) to (?:announce|welcome|confirm)|"
    r"we welcome|welcome to the team|officially announce\w*)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Attribution:
    outlet: str | None = None
    outlet_obj: Outlet | None = None
    journalist: str | None = None
    credited: bool = False
    broke: bool = False
    publisher: str | None = None
    journalist_spans: list[tuple[int, int]] = field(default_factory=list)


def _resolve_outlet(text: str) -> tuple[str, Outlet | None]:
    known = outlet_by_name(text)
    return (known.name, known) if known else (_squash(text).strip(" ,.'"), None)


def _find_attribution(
    clean: str,
    folded: str,
    lines: list[tuple[int, int, bool]],
    url: str | None,
    lookup: _CachedLookup,
) -> _Attribution:
    attr = _Attribution()
    url_outlet = outlet_for_url(url) if url else None
    credited_hits: list[tuple[int, str, Outlet | None, str | None]] = []
    self_hits: list[tuple[int, str, Outlet | None, str | None]] = []
    byline: tuple[str, str | None] | None = None
    for start, end, furniture in lines:
        if furniture:
            continue
        line = folded[start:end]
        m = _BYLINE.match(line)
        if m and byline is None and len(line.strip()) < 120:
            j_start, j_end = start + m.start("j"), start + m.end("j")
            if lookup.person(clean[j_start:j_end]) is None:
                byline = (_squash(clean[j_start:j_end]), m.group("o"))
                attr.journalist_spans.append((j_start, j_end))
        for pattern, credited in _ATTRIBUTION:
            for m in pattern.finditer(line):
                raw_outlet = clean[start + m.start("o") : start + m.end("o")]
                outlet_name, outlet = _resolve_outlet(raw_outlet)
                if outlet is None:
                    # An unknown capitalised name: keep it only if it is no team or person we know.
                    if lookup.team(raw_outlet) or lookup.person(raw_outlet) or len(raw_outlet) > 60:
                        continue
                elif outlet.official:
                    continue  # a team's own site is recognised by its URL, not by the team's name
                journalist = None
                if m.groupdict().get("j"):
                    j_start, j_end = start + m.start("j"), start + m.end("j")
                    journalist = _squash(clean[j_start:j_end])
                    if lookup.person(journalist) is not None:
                        continue  # a rider or coach we know, not a journalist
                    attr.journalist_spans.append((j_start, j_end))
                hit = (start + m.start(), outlet_name, outlet, journalist)
                (credited_hits if credited else self_hits).append(hit)
    if url_outlet is not None:
        attr.publisher = url_outlet.name
    elif self_hits:
        attr.publisher = self_hits[0][1]

    def best(
        hits: list[tuple[int, str, Outlet | None, str | None]],
    ) -> tuple[int, str, Outlet | None, str | None] | None:
        if not hits:
            return None
        # Prefer an outlet other than the publisher, and one named with its journalist.
        others = [h for h in hits if h[1] != attr.publisher] or hits
        with_j = [h for h in others if h[3]]
        return min(with_j or others, key=lambda h: h[0])

    chosen = best(credited_hits)
    if chosen is not None:
        attr.credited = chosen[1] != attr.publisher
        attr.outlet, attr.outlet_obj, attr.journalist = chosen[1], chosen[2], chosen[3]
        if attr.journalist is None:
            same = [h for h in credited_hits + self_hits if h[1] == chosen[1] and h[3]]
            attr.journalist = same[0][3] if same else None
    else:
        chosen = best(self_hits)
        if chosen is not None:
            attr.outlet, attr.outlet_obj, attr.journalist = chosen[1], chosen[2], chosen[3]
        elif url_outlet is not None:
            attr.outlet, attr.outlet_obj = url_outlet.name, url_outlet
    if attr.outlet is None:
        # Any unambiguous outlet name in the text.
        for start, end, furniture in lines:
            if furniture:
                continue
            for m in _OUTLET_RE.finditer(folded[start:end]):
                name, outlet = _resolve_outlet(m.group(0))
                if (
                    outlet is not None
                    and not outlet.official
                    and m.group(0) not in _AMBIGUOUS_OUTLETS
                    and len(m.group(0)) > 3
                ):
                    attr.outlet, attr.outlet_obj = name, outlet
                    break
            if attr.outlet:
                break
    if attr.journalist is None and byline is not None:
        byline_outlet = _resolve_outlet(byline[1])[0] if byline[1] else None
        if byline_outlet is None or byline_outlet == attr.outlet or not attr.credited:
            attr.journalist = byline[0]
            if attr.outlet is None and byline_outlet:
                attr.outlet, attr.outlet_obj = _resolve_outlet(byline[1])  # type: ignore[arg-type]
    if attr.credited:
        kept = " ".join(folded[s:e] for s, e, f in lines if not f)
        attr.broke = bool(_BROKE.search(kept))
    return attr


# --------------------------------------------------------------------------------------------
# Lookup with a cache and a budget, never raising


class _CachedLookup:
    def __init__(self, lookup: Lookup) -> None:
        self._lookup = lookup
        self._people: dict[str, EntityHit | None] = {}
        self._teams: dict[str, EntityHit | None] = {}
        self._calls = 0

    def _call(
        self, cache: dict[str, EntityHit | None], name: str, kind: EntityKind
    ) -> EntityHit | None:
        key = _squash(name)
        if key in cache:
            return cache[key]
        hit: EntityHit | None = None
        if self._calls < _MAX_LOOKUPS and key:
            self._calls += 1
            try:
                method = self._lookup.person if kind is EntityKind.PERSON else self._lookup.team
                result = method(key)
                if isinstance(result, EntityHit) and result.ref.kind is kind:
                    hit = result
            except Exception:
                hit = None
        cache[key] = hit
        return hit

    def person(self, name: str) -> EntityHit | None:
        return self._call(self._people, name, EntityKind.PERSON)

    def seen_teams(self) -> dict[int, EntityHit]:
        """Teams resolved so far, by id, with the fullest name seen."""
        seen: dict[int, EntityHit] = {}
        for hit in self._teams.values():
            if hit is not None and (
                hit.ref.id not in seen or len(hit.name) > len(seen[hit.ref.id].name)
            ):
                seen[hit.ref.id] = hit
        return seen

    def team(self, name: str) -> EntityHit | None:
        return self._call(self._teams, name, EntityKind.TEAM)


# --------------------------------------------------------------------------------------------
# Candidate names

_TOKEN = re.compile(
    r"[^\W_](?:[\w&]|['’.\-](?=[^\W_]))*(?:['’]s\b|['’](?=\s))?|[|&]|(?<=\s)[-–—](?=\s)"
)
_PARTICLES = frozenset(
    {"van", "der", "den", "de", "di", "da", "du", "del", "della", "dello", "le", "la", "von", "ten", "ter",
     "te", "dos", "das", "do", "des", "y", "a", "|", "&", "-", "–", "—", "'t"}
)  # fmt: skip
_STOP = frozenset(
    w.lower()
    for w in [
        "the",
        "a",
        "an",
        "he",
        "she",
        "his",
        "her",
        "it",
        "its",
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "with",
        "according",
        "after",
        "before",
        "but",
        "and",
        "as",
        "this",
        "that",
        "these",
        "those",
        "now",
        "also",
        "however",
        "meanwhile",
        "while",
        "when",
        "if",
        "last",
        "next",
        "both",
        "reports",
        "report",
        "sources",
        "source",
        "speaking",
        "coach",
        "rider",
        "sprinter",
        "team",
        "teams",
        "our",
        "we",
        "they",
        "their",
        "there",
        "here",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "dutch",
        "italian",
        "french",
        "belgian",
        "spanish",
        "german",
        "danish",
        "greek",
        "british",
        "american",
        "australian",
        "norwegian",
        "swiss",
        "slovenian",
        "colombian",
        "tour",
        "giro",
        "vuelta",
        "world",
        "championships",
        "olympic",
        "olympics",
        "grand",
        "stage",
        "classics",
        "spring",
        "autumn",
        "summer",
        "winter",
        "new",
        "one",
        "two",
        "three",
        "sport",
        "sports",
        "news",
        "breaking",
        "update",
        "exclusive",
        "official",
        "press",
        "release",
        "image",
        "photo",
        "credit",
        "getty",
        "subscribe",
        "read",
        "more",
        "related",
        "by",
        "de",
        "la",
        "le",
        "el",
        "il",
        "lo",
        "der",
        "die",
        "das",
        "het",
        "een",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "cycling",
        "pro",
        "road",
        "race",
        "racing",
        "season",
        "year",
        "years",
        "transfer",
        "transfers",
        "rumour",
        "rumours",
    ]
)
_TEAM_WORDS = re.compile(
    r"\b(team|pro ?team|racing|cycling|development|continental|quick-?step|astana|visma|jumbo|ineos|uae|movistar|"
    r"lidl|trek|bora|hansgrohe|red bull|soudal|alpecin|deceuninck|intermarche|wanty|cofidis|arkea|groupama|fdj|"
    r"jayco|alula|bahrain|victorious|israel|premier tech|ef|easypost|dsm|postnl|uno-?x|lotto|decathlon|ag2r|"
    r"tudor|q36\.?5|total ?energies|euskaltel|caja rural|burgos|polti|kern pharma|bingoal|flanders|baloise)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    kind: EntityKind
    hit: EntityHit
    possessive: bool
    text: str


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    possessive: bool
    capish: bool
    connector: bool


def _tokens(text: str, offset: int) -> list[_Tok]:
    toks = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        possessive = False
        end = m.end()
        if raw[-2:] in ("'s", "’s") and len(raw) > 2:
            raw, end, possessive = raw[:-2], end - 2, True
        elif raw[-1:] in ("'", "’") and len(raw) > 1:
            raw, end, possessive = raw[:-1], end - 1, True
        capish = bool(raw) and (
            raw[0].isupper() or (any(c.isupper() for c in raw) and any(c.isalpha() for c in raw))
        )
        connector = raw.lower() in _PARTICLES and not raw[:1].isupper()
        toks.append(_Tok(offset + m.start(), offset + end, raw, possessive, capish, connector))
    return toks


def _spans(text: str, offset: int) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens (with particles inside), broken by punctuation."""
    toks = _tokens(text, offset)
    spans: list[list[_Tok]] = []
    current: list[_Tok] = []

    def close() -> None:
        while current and current[-1].connector:
            current.pop()
        if current:
            spans.append(list(current))
        current.clear()

    prev_end = None
    for tok in toks:
        gap = text[prev_end - offset : tok.start - offset] if prev_end is not None else ""
        if current and gap.strip() not in ("",):
            close()
        if tok.capish:
            current.append(tok)
            if tok.possessive:
                close()
        elif tok.connector and current:
            current.append(tok)
        else:
            close()
        prev_end = tok.end
    close()
    return spans


def _mentions(
    text: str, start: int, end: int, lookup: _CachedLookup, exclude: list[tuple[int, int]]
) -> list[_Mention]:
    found: list[_Mention] = []
    for span in _spans(text[start:end], start):
        i = 0
        n = len(span)
        while i < n:
            matched = False
            if span[i].connector:
                i += 1
                continue
            for length in range(min(_MAX_SPAN_TOKENS, n - i), 0, -1):
                toks = span[i : i + length]
                if toks[-1].connector:
                    continue
                if length == 1 and (
                    toks[0].text.lower() in _STOP
                    or (len(toks[0].text) < 3 and not toks[0].text.isupper())
                ):
                    continue
                s, e = toks[0].start, toks[-1].end
                if any(s < xe and xs < e for xs, xe in exclude):
                    continue
                if e - s > 80:
                    continue  # no name is that long
                candidate = text[s:e]
                person = lookup.person(candidate)
                team = lookup.team(candidate)
                hit: EntityHit | None
                if person and team:
                    fc = fold(candidate)
                    if fc == fold(team.name):
                        hit, kind = team, EntityKind.TEAM
                    elif fc == fold(person.name):
                        hit, kind = person, EntityKind.PERSON
                    elif _TEAM_WORDS.search(candidate):
                        hit, kind = team, EntityKind.TEAM
                    else:
                        hit, kind = person, EntityKind.PERSON
                elif person:
                    hit, kind = person, EntityKind.PERSON
                elif team:
                    hit, kind = team, EntityKind.TEAM
                else:
                    continue
                found.append(_Mention(s, e, kind, hit, toks[-1].possessive, candidate))
                i += length
                matched = True
                break
            if not matched:
                i += 1
    return found


# --------------------------------------------------------------------------------------------
# Triggers, status cues, seasons

_I = re.IGNORECASE
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "postpone",
        re.compile(
            r"\b((postpone[sd]?|postponing|delay(s|ed|ing)?|put(s|ting)? off|push(es|ed)? back|revers(e|es|ed|ing)|shelve[sd]?|"
            r"u-turn on) (his |her |the |a |their )?(planned |announced |imminent )?retirement( plans?)?|"
            r"retirement (has been |was |is |will be )?(postponed|delayed|on hold|put on hold)|"
            r"one more (year|season)|another (year|season)|extra (year|season)|"
            r"(continue[sd]?|continuing|keep(s)?|keeping) racing|not (yet )?(be )?retir(e|ing)|"
            r"(race|ride|racing|riding) on (in|into|for) 20\d\d)\b",
            _I,
        ),
    ),
    (
        "comeback",
        re.compile(
            r"\b(comeback|come ?back|comes back|came back|(return(s|ed|ing)?|back) (from|out of) retirement|"
            r"un-?retir(e|es|ed|ing)|(come|comes|came|coming) out of retirement)\b",
            _I,
        ),
    ),
    (
        "extend",
        re.compile(
            r"\b(extend(s|ed|ing)? (his|her|their|the) (contract|deal|stay|agreement)|extend(s|ed)? until|"
            r"(contract|deal) extension|extension|renew(s|ed|al|ing)?|prolong(s|ed|ing)?|re-?sign(s|ed|ing)?\b|"
            r"new (contract|deal) (until|through|to)|stay(s|ing)? (at|with) [\w\- ]{1,40} until|"
            r"commit(s|ted)? (his|her) (future|long-term future))",
            _I,
        ),
    ),
    (
        "retire",
        re.compile(
            r"\b((will|to|would|set to|going to|plans? to|is to) retire|retir(es|ed|ing|ement)|retire\b|"
            r"hang(s|ing)? up (his|her) (wheels|bike|cleats)|hung up (his|her)|"
            r"final (pro |professional |racing )?(season|year)|(his|her|their) last (pro |professional |racing )?(season|year)|"
            r"last (season|year) as a pro(fessional)?|"
            r"call(s|ed|ing)? time on (his|her) (racing |pro |professional )?career|"
            r"end (of )?(his|her) (racing |pro |professional )?career|step(s|ped|ping)? away from (the sport|racing))",
            _I,
        ),
    ),
    (
        "deny",
        re.compile(
            r"\b(den(y|ies|ied|ying)|no truth|(will|would) not (join|leave|sign|move|retire)|won'?t (join|leave|sign|move|retire)|"
            r"(is|are) not (joining|leaving|moving|retiring)|rul(e|es|ed) out|dismiss(es|ed)? (the )?(rumou?rs?|reports?|speculation)|"
            r"reject(s|ed)? (the )?(rumou?rs?|reports?|speculation)|fake news|nothing to (it|the (rumou?rs?|reports?)))\b",
            _I,
        ),
    ),
    (
        "move_obj",
        re.compile(
            r"\b((has |have )?signed(?! (for|with|a|an|on|up|his|her|the))|signs(?! (for|with|a|an|on|up|his|her))|sign(?! (for|with|a|an|on|up))\b|signing of|"
            r"recruit(s|ed)?|snap(s|ped)? up|land(s|ed)?|bring(s)? in|brought in|welcome[sd]?|unveil(s|ed)?|"
            r"announce[sd]? (the )?(arrival|signing|recruitment|capture|appointment) of|complete[sd]? the signing of|"
            r"acquire[sd]?|hire[sd]?|appoint(s|ed)?|appointment of|add(s|ed)|poach(es|ed)?)\b",
            _I,
        ),
    ),
    (
        "same",
        re.compile(
            r"\b(same move|(make|makes|making|made) the same|follow(s|ed|ing)? (him|her|them|suit)|"
            r"also (join|move|head|sign|switch|leave|follow)\w*|(join|joins|joining|joined) (him|her|them))\b",
            _I,
        ),
    ),
    (
        "move",
        re.compile(
            r"\b(join(s|ed|ing)?|mov(e|es|ed|ing) (to|from|on to)|(make|makes|making|made) (the |a )?(move|switch|jump)|"
            r"switch(es|ed|ing)? (to|from)|leav(e|es|ing)|left|depart(s|ed|ing|ure)?|head(s|ed|ing)? to|"
            r"sign(s|ed|ing)? (for|with|a|an)|transfer(s|red|ring)?|follow(s|ed|ing)? (\w+ )?(to|from)|"
            r"arriv(e|es|ed|al|ing) at|(in )?talks with|linked (with|to)|agreed (terms|a deal|a contract|to race|to ride|to join)|"
            r"agree[sd]? with|on (a|an) [\w-]+-year (deal|contract)|new (team|home)|"
            r"(will|to|set to) (ride|race) for|exit|quit(s|ting)?|swap(s|ped)?|part(s|ed)? ways with|reunite[sd]? with \w+ at)\b",
            _I,
        ),
    ),
]
_KIND_PRIORITY = ["postpone", "comeback", "extend", "retire", "same", "move_obj", "move", "deny"]
_KIND_OF = {
    "postpone": ClaimKind.RETIREMENT_POSTPONED,
    "comeback": ClaimKind.COMEBACK,
    "extend": ClaimKind.CONTRACT_EXTENSION,
    "retire": ClaimKind.RETIREMENT,
    "same": ClaimKind.TRANSFER,
    "move_obj": ClaimKind.TRANSFER,
    "move": ClaimKind.TRANSFER,
    "deny": ClaimKind.TRANSFER,
}

_HEDGE = re.compile(
    r"\b(could|might|possibl[ey]|potential(ly)?|rumou?r(s|ed)?|linked (with|to)|in talks|talks with|negotiat\w+|"
    r"interest(ed)? in|target(s|ed|ing)?|speculat\w+|mooted|tipped|consider(s|ing)|eye(s|ing)|courting|approached|"
    r"on the radar|whisper\w*|gossip|would (like|love) to|if\b|perhaps|maybe)\b|(?-i:\bmay\b)",
    _I,
)
_ATTRIB_CUE = re.compile(
    r"\b(according to|reports? (say|says|suggest|claim)|reportedly|report(s|ed)? that|understands|is understood|"
    r"has learned|has learnt|sources?|is said|are said|it is claimed|claims that)\b",
    _I,
)
_OFFICIAL_CUE = re.compile(
    r"\b(officially|official|announce(s|d|ment)?|announcing|press release|signs|has signed|have signed|signed|"
    r"unveil(s|ed)?|(delighted|pleased|proud|happy|thrilled|excited) to|welcome[sd]?|has joined|completed the signing|"
    r"on a [\w-]+-year (deal|contract))\b",
    _I,
)
_CONFIRMED_CUE = re.compile(r"\b(confirm(s|ed|ing|ation)?|verified)\b", _I)
_FUTURE_CUE = re.compile(
    r"\b(set to|expected to|poised to|will|agreed|agrees|close to|on the verge|nearing|in line to|due to|is to|are to)\b",
    _I,
)
_DENY_CUE = _TRIGGERS[4][1]

_CLAUSE_SPLIT = re.compile(
    r"(;|:| - |, who\b|, whose\b|, which\b|, while\b|, whereas\b|, but\b| but\b|, although\b|, as\b|\. )",
    _I,
)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_SEASON_YEAR = re.compile(
    r"\b(in|for|from|during|of|the|into|ahead of|start of|next|until|till|through|to|by|end of|end of the|after)?\s*"
    r"(?P<y>20\d\d)(?P<suffix>\s+(season|campaign)|/\d\d)?\b",
    _I,
)
_UNTIL = re.compile(
    r"\b(until|till|through|thru|to the end of|to|end of|end of the|up to)\s+(?:the\s+)?(?:end of\s+)?(?:the\s+)?(?P<y>20\d\d)\b",
    _I,
)
_N_YEAR = re.compile(
    r"\b(?P<n>one|two|three|four|five|1|2|3|4|5)[- ]year (deal|contract|extension|agreement|stay)\b",
    _I,
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_DATE_BEFORE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{1,2}(st|nd|rd|th)?,?\s+)?$"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]$",
    _I,
)
_ANNOUNCER = re.compile(
    r"^\s*(has |have |had )?(announced|confirmed|revealed|unveiled|said|says|announces|confirms)\b",
    _I,
)
_JOINISH = re.compile(
    r"\b(join|sign|arriv|welcom|recruit|hire|appoint|bring|brought|land|snap|add)", _I
)
_NEXT = re.compile(r"\b(next (year|season)|following (year|season)|the (year|season) after)\b", _I)
_THIS = re.compile(
    r"\b(this (year|season)|end of the season|current season|at the end of the (year|season))\b", _I
)
_ONE_MORE = re.compile(r"\b(one more|another|extra) (year|season)\b", _I)
_PRONOUN = re.compile(
    r"(^|[\s,])(he|she|him|the( [\w-]+){0,2} (\d+-year-old|dane|briton|brit|italian|belgian|dutchman|frenchman|spaniard|"
    r"german|greek|american|australian|norwegian|slovenian|swiss|colombian|rider|sprinter|manxman|veteran|coach|climber|"
    r"star|champion|all-rounder|rouleur|puncheur|youngster|talent|pro|captain|leader))\b",
    _I,
)
_STAFF = re.compile(
    r"\b(coach(es)?|trainer|sports? director|sporting director|directeur sportif|ds|head of [\w-]+|performance (director|manager|coach|chief)|"
    r"general manager|team manager|manager|team principal|ceo|nutritionist|doctor|physio(therapist)?|soigneur|mechanic|"
    r"staff( member)?|ploegleider|allenatore|entraineur|technical director|head coach|coaching staff)\b",
    _I,
)
_STAFF_AFTER = re.compile(
    r"^\s*(,\s*(the|a|an|his|its|their|who is|now)?\s*([\w'-]+\s+){0,3}|\s+as\s+(its|their|the|a|an|new)?\s*"
    r"([\w'-]+'s\s+)?([\w'-]+\s+){0,2}|\s+\(\s*)(" + _STAFF.pattern + ")",
    _I,
)
_RIDER_WORD = re.compile(
    r"\b(rider|sprinter|lead-?out (man|rider)|climber|domestique|rouleur|puncheur|leader|teammate|neo-?pro)\b",
    _I,
)
_FROM_WORDS = re.compile(
    r"\b(from|leave|leaves|leaving|left|quit|quits|quitting|depart|departs|departing|departure from|exit|exits|exit from|"
    r"ways with|split with|away from|out of)\s+(the\s+)?$",
    _I,
)
_TO_WORDS = re.compile(
    r"\b(to|join|joins|joined|joining|for|with|at|into|towards|by|signing for|sign for|sign with|move to|rejoin|rejoins)\s+(the\s+)?$",
    _I,
)
_NOT_TO = re.compile(
    r"\b(reunite[sd]?|ways|split|together|along|alongside|compared|contract) with\s+(the\s+)?$", _I
)
_CONNECT_GAP = re.compile(
    r"^\s*(,|and|&|,\s*and|as well as|plus)\s+([a-z'-]+\s+){0,3}$|^\s*(,|and|&|,\s*and)\s*$", _I
)

_LIST_FROM_TO = re.compile(
    r"^(?P<head>.*?)[\s(\[\-:|,]*\bfrom\s*:\s*(?P<from>[^/|;\n()\[\]]+?)\s*[/|;,]?\s*\(?\bto\s*:\s*(?P<to>[^/|;\n()\[\]]+)",
    _I,
)
_LIST_ARROW = re.compile(
    r"^(?P<head>[^:()\n]+?)\s*[:(\-]\s*(?P<from>[^()>\n]+?)\s*(?:→|->|=>|>)\s*(?P<to>[^()\n]+?)\)?\s*$"
)
_RETIRE_WORD = re.compile(r"\b(retire[sd]?|retirement|retiring|stops?)\b", _I)
_NO_TEAM = re.compile(r"^\s*(\?|tbc|tba|unknown|n/?a|none|-+|free agent|without team)\s*$", _I)
_HEADING_STATUS = [
    (re.compile(r"\b(official|done deals?|completed)\b", _I), Status.OFFICIAL),
    (re.compile(r"\b(confirmed)\b", _I), Status.CONFIRMED),
    (re.compile(r"\b(rumou?rs?|rumou?red|speculation|gossip|could|might)\b", _I), Status.RUMOUR),
    (re.compile(r"\b(reported|expected|set to)\b", _I), Status.REPORTED),
]
_STATUS_RANK = {
    Status.RUMOUR: 0,
    Status.REPORTED: 1,
    Status.DENIED: 2,
    Status.CONFIRMED: 3,
    Status.OFFICIAL: 4,
    Status.RETRACTED: -1,
}


# --------------------------------------------------------------------------------------------
# Extraction


@dataclass(slots=True)
class _Draft:
    person: EntityHit
    kind: ClaimKind
    from_team: EntityHit | None
    to_team: EntityHit | None
    season: int | None
    contract_end: int | None
    status: Status
    evidence: str
    confidence: float
    explicit_status: bool = True
    inherit: bool = False
    pos: int = 0


def extract_claims(text: str, *, url: str | None, published: date, lookup: Lookup) -> Extraction:
    """Propose the claims an article makes, with its outlet, journalist and role. Never raises."""
    try:
        return _extract(text, url=url, published=published, lookup=lookup)
    except Exception:
        outlet = outlet_for_url(url) if isinstance(url, str) else None
        return Extraction(
            [],
            outlet.name if outlet else None,
            None,
            SourceRole.REPORTED,
            0,
            outlet.language if outlet else None,
            outlet.name if outlet else None,
        )


def _extract(text: str, *, url: str | None, published: date, lookup: Lookup) -> Extraction:
    if not isinstance(text, str):
        text = ""
    if not isinstance(url, str):
        url = None
    clean = _clean(text)
    folded = _fold1(clean)
    cached = _CachedLookup(lookup)

    # Lines and furniture.
    lines: list[tuple[int, int, bool]] = []
    pos = 0
    for raw_line in clean.split("\n"):
        start, end = pos, pos + len(raw_line)
        lines.append((start, end, _is_furniture(raw_line)))
        pos = end + 1
    ignored = sum(1 for _s, _e, f in lines if f)

    attr = _find_attribution(clean, folded, lines, url, cached)
    url_outlet = outlet_for_url(url) if url else None
    official_source = bool(url_outlet and url_outlet.official)
    kept_text = " ".join(folded[s:e] for s, e, f in lines if not f)
    press_release = official_source or bool(_PRESS_RELEASE.search(kept_text))
    default_status = Status.OFFICIAL if press_release else Status.REPORTED
    doc_season = _document_season(kept_text, published)

    drafts: list[_Draft] = []
    staff: set[EntityRef] = set()
    last_person: list[EntityHit] = []
    heading_status: Status | None = None
    prev_line_person: EntityHit | None = None

    for start, end, furniture in lines:
        if furniture or start == end:
            continue
        line = clean[start:end]
        fline = folded[start:end]
        listed = _list_line(
            line, fline, start, clean, cached, attr.journalist_spans, prev_line_person
        )
        if listed is not None:
            person, from_raw, to_raw = listed
            drafts.append(
                _list_draft(
                    person,
                    from_raw,
                    to_raw,
                    line,
                    fline,
                    cached,
                    published,
                    heading_status,
                    default_status,
                    doc_season,
                    start,
                )
            )
            last_person.append(person)
            prev_line_person = None
            continue
        if len(line.strip()) <= 80:
            for pattern, status in _HEADING_STATUS:
                if pattern.search(fline):
                    heading_status = status
                    break
        line_mentions = _mentions(clean, start, end, cached, attr.journalist_spans)
        people = [m for m in line_mentions if m.kind is EntityKind.PERSON]
        prev_line_person = people[0].hit if len(people) == 1 and len(line.strip()) <= 60 else None
        for s_start, s_end in _sentences(clean, start, end):
            _read_sentence(
                clean,
                folded,
                s_start,
                s_end,
                line_mentions,
                published,
                default_status,
                doc_season,
                drafts,
                staff,
                last_person,
            )

    claims = _finish(drafts, staff, cached.seen_teams())
    best = max((c.status for c in claims), key=lambda s: _STATUS_RANK[s], default=None)
    if attr.credited and attr.broke:
        role = SourceRole.BROKE
    elif best is None:
        role = SourceRole.OFFICIAL if press_release else SourceRole.REPORTED
    elif best is Status.OFFICIAL and not press_release and attr.credited:
        role = SourceRole.REPORTED
    else:
        role = default_role_for(best)
    language = attr.outlet_obj.language if attr.outlet_obj else None
    return Extraction(claims, attr.outlet, attr.journalist, role, ignored, language, attr.publisher)


def _document_season(kept: str, published: date) -> int | None:
    counts: dict[int, int] = {}
    for m in _SEASON_YEAR.finditer(kept):
        y = int(m.group("y"))
        word = (m.group(1) or "").lower()
        if word in ("until", "till", "through", "to", "by", "end of", "end of the", "after"):
            continue
        if _DATE_BEFORE.search(kept[max(0, m.start("y") - 16) : m.start("y")]):
            continue  # a date ("4 October 2023"), not a season
        if published.year <= y <= published.year + 2:
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        if _NEXT.search(kept):
            return published.year + 1
        return None
    return max(counts, key=lambda y: (counts[y], -y))


def _sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    s = start
    for m in re.finditer(r"[.!?]+[\"'”’)]*(?=\s+[\"'“‘(]?[A-ZÀ-ÖØ-Þ0-9])", text[start:end]):
        cut = start + m.end()
        before = text[max(start, cut - 5) : cut]
        # Initials and common abbreviations do not end a sentence.
        if re.search(r"(\b[A-Z]\.|\b(Mr|Ms|Mrs|Dr|St|Jr|Sr|vs|No|Mt)\.)$", before):
            continue
        yield s, cut
        s = cut
    if s < end:
        yield s, end


def _clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    for m in _CLAUSE_SPLIT.finditer(folded[start:end]):
        cuts.append(start + m.start() + (1 if m.group(0).startswith(",") else 0))
    cuts.append(end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _clause_status(fclause: str, fsentence: str, default: Status) -> tuple[Status, bool]:
    if _DENY_CUE.search(fclause):
        return Status.DENIED, True
    if _HEDGE.search(fclause):
        return Status.RUMOUR, True
    if _ATTRIB_CUE.search(fclause):
        return Status.REPORTED, True
    if _OFFICIAL_CUE.search(fclause):
        if _ATTRIB_CUE.search(fsentence):
            return Status.REPORTED, True
        return Status.OFFICIAL, True
    if _CONFIRMED_CUE.search(fclause):
        return Status.CONFIRMED, True
    if _FUTURE_CUE.search(fclause):
        return Status.REPORTED, True
    if _HEDGE.search(fsentence):
        return Status.RUMOUR, True
    if _ATTRIB_CUE.search(fsentence):
        return Status.REPORTED, True
    return default, False


def _is_staff_mention(clean: str, folded: str, m: _Mention, prev_end: int) -> bool:
    window_start = max(prev_end, m.start - 45)
    before = folded[window_start : m.start]
    staff_before = list(_STAFF.finditer(before))
    if staff_before:
        tail = before[staff_before[-1].end() :]
        if not _RIDER_WORD.search(tail) and len(tail.split()) <= 2 and "," not in tail:
            return True
    after = folded[m.end : m.end + 60]
    return bool(_STAFF_AFTER.match(after))


def _read_sentence(
    clean: str,
    folded: str,
    start: int,
    end: int,
    line_mentions: list[_Mention],
    published: date,
    default_status: Status,
    doc_season: int | None,
    drafts: list[_Draft],
    staff: set[EntityRef],
    last_person: list[EntityHit],
) -> None:
    mentions = [m for m in line_mentions if start <= m.start and m.end <= end]
    fsent = folded[start:end]
    evidence = _shorten(clean[start:end])
    prev_end = start
    for m in mentions:
        if m.kind is EntityKind.PERSON and _is_staff_mention(clean, folded, m, prev_end):
            staff.add(m.hit.ref)
        prev_end = m.end
    people = [m for m in mentions if m.kind is EntityKind.PERSON]
    teams = [m for m in mentions if m.kind is EntityKind.TEAM]

    triggers: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _TRIGGERS:
        for t in pattern.finditer(fsent):
            ts, te = start + t.start(), start + t.end()
            if any(ts < b and a < te for a, b in taken):
                continue
            # A trigger inside a name ("Astana Qazaqstan Team") is no trigger.
            if any(ts < mm.end and mm.start < te for mm in mentions):
                continue
            taken.append((ts, te))
            triggers.append((ts, te, name))
    if not triggers:
        if people:
            last_person.append(people[-1].hit)
        return
    triggers.sort()
    clauses = _clauses(folded, start, end)

    # (person ref) -> (subject mention or None, clause, set of trigger kinds, first trigger start, pronoun)
    found: dict[EntityRef, dict] = {}
    for ts, te, name in triggers:
        clause = next(((a, b) for a, b in clauses if a <= ts < b), (start, end))
        subjects: list[tuple[EntityHit, _Mention | None, bool]] = []
        before = [m for m in mentions if m.end <= ts and m.start >= start]
        nearest = before[-1] if before else None
        if name == "move_obj" and (
            nearest is None or nearest.kind is EntityKind.TEAM or nearest.start < clause[0]
        ):
            after = [m for m in people if m.start >= te]
            if after:
                chain = [after[0]]
                for nxt in after[1:]:
                    gap = clean[chain[-1].end : nxt.start]
                    if _CONNECT_GAP.match(gap) and not any(
                        chain[-1].end <= mm.start < nxt.start for mm in teams
                    ):
                        chain.append(nxt)
                    else:
                        break
                subjects = [(m.hit, m, False) for m in chain]
        if not subjects:
            # "Cavendish's coach will ...": the possessor is not the subject ("Mørkøv's move to" is).
            prior = [
                m
                for m in people
                if m.end <= ts and ts - m.end <= 200 and not (m.possessive and ts - m.end > 4)
            ]
            if prior:
                chain = [prior[-1]]
                for prv in reversed(prior[:-1]):
                    gap = clean[prv.end : chain[-1].start]
                    if _CONNECT_GAP.match(gap) and not any(
                        prv.end <= mm.start < chain[-1].start for mm in teams
                    ):
                        chain.append(prv)
                    else:
                        break
                subjects = [(m.hit, m, False) for m in chain]
            elif last_person and _PRONOUN.search(folded[clause[0] : ts] or folded[start:ts]):
                subjects = [(last_person[-1], None, True)]
            else:
                after = [m for m in people if m.start >= te and m.start < clause[1]]
                if after and (nearest is None or nearest.kind is EntityKind.TEAM):
                    subjects = [(after[0].hit, after[0], False)]
        for hit, mention, pronoun in subjects:
            entry = found.setdefault(
                hit.ref,
                {
                    "hit": hit,
                    "mention": mention,
                    "clause": clause,
                    "kinds": set(),
                    "ts": ts,
                    "te": te,
                    "pronoun": pronoun,
                    "obj": False,
                    "joinish": False,
                },
            )
            if _JOINISH.search(folded[ts:te]):
                entry["joinish"] = True
            entry["kinds"].add(name)
            if name == "move_obj" and mention is not None and mention.start >= te:
                entry["obj"] = True
                entry["ts"], entry["te"] = ts, te
            if entry["clause"] != clause:
                entry["clause"] = (
                    min(entry["clause"][0], clause[0]),
                    max(entry["clause"][1], clause[1]),
                )

    for entry in found.values():
        kinds: set[str] = entry["kinds"]
        kind_name = next((k for k in _KIND_PRIORITY if k in kinds), "move")
        kind = _KIND_OF[kind_name]
        person_hit: EntityHit = entry["hit"]
        subject: _Mention | None = entry["mention"]
        cs, ce = entry["clause"]
        fclause = folded[cs:ce]
        status, explicit = _clause_status(fclause, fsent, default_status)
        if "deny" in kinds:
            status, explicit = Status.DENIED, True

        # Teams.
        from_team = to_team = current = signer = None
        subject_start = subject.start if subject is not None else cs
        for tm in teams:
            if tm.end <= start or tm.start >= ce:
                continue
            prev_text = folded[max(start, tm.start - 30) : tm.start]
            if (
                tm.possessive
                and subject is not None
                and tm.end <= subject.start
                and subject.start - tm.end <= 40
            ):
                current = current or tm.hit
                continue
            if tm.start < subject_start and tm.end <= entry["ts"]:
                if tm.start < cs and not (tm.possessive or entry["obj"]):
                    continue
                if entry["obj"] and entry["ts"] - tm.end <= 30:
                    signer = signer or tm.hit
                elif (
                    subject is not None
                    and re.match(
                        r"^\s*(rider|coach|sprinter|teammate|staff|man|['’]s)?[\s\w-]{0,20}$",
                        folded[tm.end : subject.start],
                    )
                    and subject.start - tm.end <= 30
                ):
                    current = current or tm.hit
                elif _FROM_WORDS.search(prev_text):
                    from_team = from_team or tm.hit
                continue
            if tm.start < cs and not _FROM_WORDS.search(prev_text):
                continue
            if _FROM_WORDS.search(prev_text):
                from_team = from_team or tm.hit
            elif _TO_WORDS.search(prev_text) and not _NOT_TO.search(prev_text):
                to_team = to_team or tm.hit
            elif entry["obj"] and tm.start < entry["ts"]:
                signer = signer or tm.hit
        to_team = to_team or signer
        if (
            to_team is None
            and entry["joinish"]
            and kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
        ):
            # "Astana announced X joins them": the announcing team is the destination.
            for tm in teams:
                if tm.end <= subject_start and _ANNOUNCER.match(folded[tm.end : tm.end + 30]):
                    if from_team is None or from_team.ref != tm.hit.ref:
                        to_team = tm.hit
                    break

        # Seasons.
        season, contract_end = _seasons(fclause, fsent, published, kind)
        inherit = "same" in kinds or bool(re.search(r"\b(also|too|as well)\b", fclause, _I))

        if kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE):
            from_team = from_team or current
        elif kind is ClaimKind.CONTRACT_EXTENSION:
            team = to_team or current or from_team
            from_team = to_team = team
        elif kind is ClaimKind.RETIREMENT_POSTPONED:
            to_team = to_team or current or from_team
            from_team = current or from_team or to_team
        elif kind is ClaimKind.RETIREMENT:
            from_team = current or from_team or to_team
            to_team = None
        elif kind is ClaimKind.COMEBACK:
            from_team = None
        if (
            from_team is not None
            and to_team is not None
            and from_team.ref == to_team.ref
            and kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
        ):
            from_team = None
        if season is None and kind is not ClaimKind.CONTRACT_EXTENSION and not inherit:
            season = doc_season

        confidence = 0.45
        confidence += 0.15 if (to_team or from_team) else 0.0
        confidence += 0.1 if season else 0.0
        confidence += 0.1 if explicit else 0.0
        confidence += 0.1 if subject is not None and len(subject.text.split()) >= 2 else 0.0
        confidence -= 0.2 if entry["pronoun"] else 0.0
        drafts.append(
            _Draft(
                person_hit,
                kind,
                from_team,
                to_team,
                season,
                contract_end,
                status,
                evidence,
                round(max(0.05, min(0.95, confidence)), 2),
                explicit,
                inherit,
                start,
            )
        )
        last_person.append(person_hit)
    if people and not found:
        last_person.append(people[-1].hit)


def _seasons(
    fclause: str, fsent: str, published: date, kind: ClaimKind
) -> tuple[int | None, int | None]:
    season: int | None = None
    contract_end: int | None = None
    for text in (fclause, fsent):
        if contract_end is None:
            for m in _UNTIL.finditer(text):
                y = int(m.group("y"))
                word = m.group(1).lower()
                if word.startswith("end") and kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE):
                    # "will leave X at the end of 2024": the move is for the season after.
                    if season is None and published.year <= y <= published.year + 3:
                        season = y + 1
                    continue
                if published.year <= y <= published.year + 10:
                    contract_end = y
                    break
        if season is None:
            for m in _SEASON_YEAR.finditer(text):
                y = int(m.group("y"))
                word = (m.group(1) or "").lower()
                if word in ("until", "till", "through", "to", "by", "after"):
                    continue
                if word in ("end of", "end of the") and kind is not ClaimKind.RETIREMENT:
                    continue
                if (
                    published.year - (1 if kind is ClaimKind.RETIREMENT else 0)
                    <= y
                    <= published.year + 4
                ):
                    season = y
                    break
        if season is None:
            if _ONE_MORE.search(text):
                season = default_team_season(published)
            elif _NEXT.search(text):
                season = published.year + 1
            elif _THIS.search(text):
                season = published.year
    n_match = _N_YEAR.search(fclause) or _N_YEAR.search(fsent)
    if contract_end is None and n_match:
        raw = n_match.group("n").lower()
        n = _NUMBERS.get(raw) or int(raw)
        if kind is ClaimKind.CONTRACT_EXTENSION:
            contract_end = published.year + n
        else:
            contract_end = (season or default_team_season(published)) + n - 1
    if kind is ClaimKind.CONTRACT_EXTENSION and season is not None and contract_end == season:
        season = None
    return season, contract_end


def _list_line(
    line: str,
    fline: str,
    start: int,
    clean: str,
    lookup: _CachedLookup,
    exclude: list[tuple[int, int]],
    prev_line_person: EntityHit | None,
) -> tuple[EntityHit, str, str] | None:
    if len(fline) > 300:
        return None  # list entries are short; long lines are prose (and bounded regex work)
    m = _LIST_FROM_TO.match(fline) or _LIST_ARROW.match(fline)
    if m is None:
        return None
    head_end = start + m.end("head")
    people = [
        x for x in _mentions(clean, start, head_end, lookup, exclude) if x.kind is EntityKind.PERSON
    ]
    if people:
        person = people[0].hit
    elif prev_line_person is not None and not m.group("head").strip(" -:*•|"):
        person = prev_line_person
    else:
        return None
    return person, line[m.start("from") : m.end("from")], line[m.start("to") : m.end("to")]


def _team_from_text(raw: str, lookup: _CachedLookup) -> EntityHit | None:
    text = raw.strip(" *_`'\".,;:()[]")
    if not text or _NO_TEAM.match(text):
        return None
    hit = lookup.team(text)
    if hit is not None:
        return hit
    for mention in _mentions(text, 0, len(text), lookup, []):
        if mention.kind is EntityKind.TEAM:
            return mention.hit
    return None


def _list_draft(
    person: EntityHit,
    from_raw: str,
    to_raw: str,
    line: str,
    fline: str,
    lookup: _CachedLookup,
    published: date,
    heading_status: Status | None,
    default_status: Status,
    doc_season: int | None,
    pos: int,
) -> _Draft:
    from_team = _team_from_text(from_raw, lookup)
    kind = ClaimKind.TRANSFER
    to_team: EntityHit | None = None
    if _RETIRE_WORD.search(_fold1(to_raw)):
        kind = ClaimKind.RETIREMENT
    else:
        to_team = _team_from_text(to_raw, lookup)
    status, explicit = _clause_status(fline, fline, heading_status or default_status)
    if not explicit and heading_status is not None:
        explicit = True
    season, contract_end = _seasons(fline, fline, published, kind)
    season = season or doc_season
    if from_team is not None and to_team is not None and from_team.ref == to_team.ref:
        kind = ClaimKind.CONTRACT_EXTENSION
    confidence = (
        0.6
        + (0.15 if to_team or from_team else 0.0)
        + (0.1 if season else 0.0)
        + (0.05 if explicit else 0.0)
    )
    return _Draft(
        person,
        kind,
        from_team,
        to_team,
        season,
        contract_end,
        status,
        _shorten(line),
        round(min(0.95, confidence), 2),
        explicit,
        False,
        pos,
    )


def _finish(
    drafts: list[_Draft], staff: set[EntityRef], seen_teams: dict[int, EntityHit]
) -> list[ProposedClaim]:
    # Staff are staff everywhere in the text.
    for d in drafts:
        if d.person.ref in staff and d.kind is ClaimKind.TRANSFER:
            d.kind = ClaimKind.STAFF_MOVE
    # "The same move", "also joins": borrow what the previous move lacks.
    previous: _Draft | None = None
    for d in drafts:
        if (
            d.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
            and d.inherit
            and previous is not None
        ):
            if d.to_team is None:
                d.to_team = previous.to_team
            if d.from_team is None and previous.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE):
                d.from_team = previous.from_team
            if d.season is None:
                d.season = previous.season
        if d.inherit and d.season is None and previous is not None:
            d.season = previous.season
        if d.to_team is not None:
            previous = d
    # Default the origin of a move to the person's current team.
    for d in drafts:
        if (
            d.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE)
            and d.from_team is None
            and d.person.current_team_id is not None
            and (d.to_team is None or d.to_team.ref.id != d.person.current_team_id)
        ):
            d.from_team = seen_teams.get(d.person.current_team_id) or EntityHit(
                EntityRef(EntityKind.TEAM, d.person.current_team_id), ""
            )
    # A move with no team at all says nothing; neither does an extension with no team or end.
    kept = [
        d for d in drafts
        if not (d.kind in (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE) and d.from_team is None and d.to_team is None)
        and not (d.kind is ClaimKind.CONTRACT_EXTENSION and d.to_team is None and d.contract_end is None)
    ]  # fmt: skip
    # A postponed retirement explains any "final season" talk about the same person.
    postponed = {d.person.ref for d in kept if d.kind is ClaimKind.RETIREMENT_POSTPONED}
    kept = [d for d in kept if not (d.kind is ClaimKind.RETIREMENT and d.person.ref in postponed)]

    merged: dict[tuple, _Draft] = {}
    order: list[tuple] = []
    for d in kept:
        key = (d.person.ref, d.kind, d.to_team.ref if d.to_team else None, d.season)
        if key in merged:
            merged[key] = _merge(merged[key], d)
        else:
            merged[key] = d
            order.append(key)
    # Fold vaguer proposals (no destination, no season) into a precise one for the same person and kind.
    for key in list(order):
        vague = merged.get(key)
        if vague is None:
            continue
        d = vague
        if d.to_team is None or d.season is None:
            for other_key in order:
                other = merged.get(other_key)
                if (
                    other is None
                    or other_key == key
                    or other.person.ref != d.person.ref
                    or other.kind is not d.kind
                ):
                    continue
                if (
                    (d.to_team is None or (other.to_team and other.to_team.ref == d.to_team.ref))
                    and (d.season is None or d.season == other.season)
                    and (other.to_team is not None or other.season is not None)
                ):
                    merged[other_key] = _merge(other, d)
                    del merged[key]
                    break
    result = []
    for key in order:
        final = merged.get(key)
        if final is None:
            continue
        d = final
        result.append(
            ProposedClaim(
                d.person,
                d.kind,
                d.from_team,
                d.to_team,
                d.season,
                d.contract_end,
                d.status,
                d.evidence,
                d.confidence,
            )
        )
    return result


def _merge(a: _Draft, b: _Draft) -> _Draft:
    stronger, weaker = (a, b) if _STATUS_RANK[a.status] >= _STATUS_RANK[b.status] else (b, a)
    # An explicit cue beats a default, unless the default is the stronger official one.
    if (
        not stronger.explicit_status
        and weaker.explicit_status
        and _STATUS_RANK[weaker.status] >= 0
        and stronger.status is not Status.OFFICIAL
    ):
        stronger, weaker = weaker, stronger
    return replace(
        stronger,
        from_team=stronger.from_team or weaker.from_team,
        to_team=stronger.to_team or weaker.to_team,
        season=stronger.season or weaker.season,
        contract_end=stronger.contract_end or weaker.contract_end,
        confidence=max(a.confidence, b.confidence),
        pos=min(a.pos, b.pos),
    )
