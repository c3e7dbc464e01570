"""Stage 3: who is credited inside the text, and who published it.

A credit is an outlet and/or a journalist the text names as its source ("according to Ciro
Scognamiglio of La Gazzetta dello Sport", "meldt Het Nieuwsblad", "selon L'Équipe"), found with
each language's templates. The publisher comes from the URL: a known outlet, else a readable
name made from the site's domain.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from urllib.parse import urlsplit

from bot.domain.names import fold
from bot.domain.outlets import outlet_by_name, outlet_for_url
from bot.domain.reading.records import Attribution, Credit, Document, LineKind, Lookup
from bot.domain.reading.text import ends_with, folded, squash
from bot.domain.reading.vocab import Compiled, all_words, languages
from bot.domain.reading.vocab.shared import MEDIA_WORDS

_J = (
    r"(?P<j>[A-Z][a-zA-Z'-]+(?: (?:van |de |der |di |da |le |la |del |dos )?[A-Z][a-zA-Z'-]+){1,2})"
)
_W = r"(?:[\w'&-]|\.(?=\w))*"  # a word's letters; a dot only inside ("Q36.5"), never its end
_O = (
    rf"(?P<o>(?:[A-Z]|[a-z]{{1,6}}[A-Z]){_W}"
    rf"(?: (?:dello |della |de |di |del |het |la |le |van |des |du )?[A-Z0-9]{_W}){{0,4}})"
)


@cache
def _templates(code: str) -> tuple[re.Pattern[str], ...]:
    """The language's credit templates, matched on accent-free text with names case-sensitive."""
    vocab = languages()[code].vocab
    media = "(?:" + "|".join(vocab.media_nouns) + ")"
    out = []
    for template in vocab.credit:
        parts = re.split(r"(\{[ojm]\})", template)
        regex = ""
        for part in parts:
            if part == "{o}":
                regex += _O
            elif part == "{j}":
                regex += _J
            elif part == "{m}":
                regex += f"(?P<m>{_caseless(media)})"
            elif part:
                regex += _caseless(part)
        out.append(re.compile(r"(?<![\w])" + regex))
    return tuple(out)


@cache
def _cue_words(code: str) -> tuple[frozenset[str], ...]:
    """For each template, stems one of which a text must hold for the template to match.

    A required word of the template (outside optional groups) is enough; else a required
    alternation whose every alternative is a word of four letters or more. Stems are the first
    four letters, so optional endings ("reports?") do not matter. An empty set: always run.
    """
    out = []
    for template in languages()[code].vocab.credit:
        text = re.sub(r"\{[ojm]\}", " ", template)
        while True:  # drop optional groups, innermost first
            stripped = re.sub(r"\((?:\?:)?[^()]*\)\?", " ", text)
            if stripped == text:
                break
            text = stripped
        out.append(_required(text))
    return tuple(out)


def _required(text: str) -> frozenset[str]:
    outside = re.sub(r"\((?:\?:)?[^()]*\)", " ", text)
    words = [w for w in re.findall(r"[a-z]{4,}", outside)] or re.findall(r"[a-z]{3}", outside)
    if words:
        return frozenset({words[0][:4]})
    best: frozenset[str] = frozenset()
    for group in re.findall(r"\((?:\?:)?([^()]*)\)", text):
        alternatives = group.split("|")
        # a word of the alternative, wherever it stands ("a appris" holds "appris")
        stems = [re.search(r"[a-z]{4,}", a) or re.search(r"[a-z]{3}", a) for a in alternatives]
        if all(stems) and (not best or len(alternatives) < len(best)):
            best = frozenset(m.group(0)[:4] for m in stems if m)
    return best


def _caseless(fragment: str) -> str:
    """`fragment` with every letter outside classes and escapes matching either case.

    Templates mix case-insensitive cue words with case-sensitive name slots, and an inline
    (?i:...) cannot wrap a piece that opens a group the next piece closes.
    """
    out, in_class, escaped = [], False, False
    for ch in fragment:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif in_class:  # classes stay as written (templates use no letter classes)
            out.append(ch)
            in_class = ch != "]"
        elif ch == "[":
            out.append(ch)
            in_class = True
        elif ch.isalpha():
            out.append(f"[{ch.lower()}{ch.upper()}]")
        else:
            out.append(ch)
    return "".join(out)


def attribute(doc: Document, lookup: Lookup, compiled: Compiled) -> Attribution:
    """Find the credits of every sentence, the publisher, and whether it is a press release."""
    credits: list[Credit] = []
    excluded: list[tuple[int, int]] = []
    hits = _template_hits(doc)
    for s in doc.sentences:
        if s.kind is LineKind.TABLE or s.index not in hits:
            continue
        found = _sentence_credits(doc, s.index, hits[s.index], lookup, compiled, excluded)
        credits.extend(found)
    credits = _with_journalists(credits)
    publisher, known, official = _publisher(doc.url)
    credits = [c for c in credits if not _is_publisher(c, publisher)]
    release = official or bool(compiled.press_release and compiled.press_release.search(doc.folded))
    return Attribution(publisher, known, official, tuple(credits), tuple(excluded), release)


def _is_publisher(credit: Credit, publisher: str | None) -> bool:
    """ "Sources have told Echelon News that ..." on echelonnews.example: the page's own
    outlet, told something, is its own reporting, not a source it credits (a journalist named
    with it still is one)."""
    if publisher is None or credit.outlet is None or credit.journalist is not None:
        return False
    return _compact(credit.outlet) == _compact(publisher)


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


def _with_journalists(credits: list[Credit]) -> list[Credit]:
    """ "According to J of O, ... the O report puts X in front": an outlet credited again
    without its journalist is the same source, when the text names one journalist of it."""
    named: dict[str, set[str]] = {}
    for c in credits:
        if c.outlet is not None and c.journalist is not None:
            named.setdefault(c.outlet, set()).add(c.journalist)
    out = []
    for c in credits:
        js = named.get(c.outlet or "", set())
        if c.outlet is not None and c.journalist is None and len(js) == 1:
            c = replace(c, journalist=next(iter(js)))
        out.append(c)
    return out


def _template_hits(doc: Document) -> dict[int, list[re.Match[str]]]:
    """Every template match in the text, by the sentence it lies in (one pass per template).

    A template is only run when one of its cue words is in the text at all: templates start
    with a name's capital letter, which the regex engine must try at every position.
    """
    starts = [s.start for s in doc.sentences]
    out: dict[int, list[re.Match[str]]] = {}
    for pattern, cues in zip(_templates(doc.language), _cue_words(doc.language), strict=True):
        # A credit lies inside one sentence: only the sentences holding a cue word are read.
        spans = _cue_sentences(doc, starts, cues) if cues else [(0, len(doc.plain))]
        for lo, hi in spans:
            for m in pattern.finditer(doc.plain, lo, hi):
                i = bisect_right(starts, m.start()) - 1
                if i >= 0 and m.end() <= doc.sentences[i].end:
                    out.setdefault(i, []).append(m)
    return out


def _cue_sentences(doc: Document, starts: list[int], cues: frozenset[str]) -> list[tuple[int, int]]:
    """The (start, end) of every sentence whose text holds one of `cues`."""
    found: set[int] = set()
    for cue in cues:
        at = doc.folded.find(cue)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0:
                found.add(i)
            at = doc.folded.find(cue, at + 1)
    return [(doc.sentences[i].start, doc.sentences[i].end) for i in sorted(found)]


def _sentence_credits(
    doc: Document,
    index: int,
    matches: list[re.Match[str]],
    lookup: Lookup,
    compiled: Compiled,
    excluded: list[tuple[int, int]],
) -> list[Credit]:
    best: dict[tuple[str | None, str | None], Credit] = {}
    described: set[str] = set()  # read after "the daily", "the paper": outlets for sure
    s = doc.sentences[index]
    broke = bool(compiled.broke and compiled.broke.search(doc.folded, s.start, s.end))
    for m in matches:
        outlet = _outlet(doc, m, lookup)
        journalist = _journalist(doc, m, lookup)
        if outlet is None and journalist is None:
            continue
        if journalist is None and m.groupdict().get("j"):
            continue  # "selon La Voix du Nord" read as journalist "La Voix" of outlet "Nord"
        for group, value in (("o", outlet), ("j", journalist)):
            if value is not None:
                excluded.append((m.start(group), m.end(group)))
        key = (outlet, journalist)
        best.setdefault(key, Credit(m.start(), m.end(), index, outlet, journalist, broke))
        if outlet is not None and m.groupdict().get("m"):
            described.add(outlet)
    found = list(best.values())
    # A name read both as an outlet and as a journalist ("Daniel Benson reported") is a person,
    # unless it holds a media word ("Radio Pedal reported").
    both = {c.journalist for c in found if c.journalist} & {c.outlet for c in found if c.outlet}
    media = {n for n in both if n in described or any(w in MEDIA_WORDS for w in fold(n).split())}
    found = [
        c
        for c in found
        if not (c.journalist is None and c.outlet in both - media)
        and not (c.outlet is None and c.journalist in media)
    ]
    # "According to X of Y" also matches "according to X": keep the fullest reading.
    return [c for c in found if not any(_covers(o, c) for o in found if o is not c)]


def _covers(a: Credit, b: Credit) -> bool:
    return (
        (b.outlet is None or b.outlet == a.outlet)
        and (b.journalist is None or b.journalist == a.journalist)
        and (a.outlet, a.journalist) != (b.outlet, b.journalist)
    )


def _outlet(doc: Document, m: re.Match[str], lookup: Lookup) -> str | None:
    if "o" not in m.groupdict() or m.group("o") is None:
        return None
    raw = squash(doc.text[m.start("o") : m.end("o")]).strip(" ,.'")
    titled = _titled_media(doc, m)
    if titled is not None:  # "El Diario Vasco informa": the capitalised media word is in the name
        known_titled = outlet_by_name(titled)
        if known_titled is not None:
            return None if known_titled.official else known_titled.name
        return titled
    # "Het Laatste Nieuws", "L'Équipe": the template may have read the outlet's article as its own
    lead = re.search(
        r"(?:het |de |la |le |il |el |l')$", doc.folded[max(0, m.start("o") - 4) : m.start("o")]
    )
    if lead is not None and lead.group(0) == "de " and doc.language != "nl":
        lead = None  # "les informations de X": a preposition, not Dutch "de"
    with_article = doc.text[m.start("o") - len(lead.group(0)) : m.end("o")] if lead else None
    if lead is None and _plain_word(raw):
        return None  # "As first reported by X": a capitalised word, not the paper "AS"
    known = (outlet_by_name(with_article) if with_article else None) or outlet_by_name(raw)
    if known is not None:
        return None if known.official else known.name
    words = folded(raw).split()
    # "La Voix du Nord", "El Correo": a capitalised article is part of the outlet's name.
    named_article = len(words) >= 2 and words[0] in _ARTICLES and raw[:1].isupper()
    if named_article:
        raw, words = raw.split(" ", 1)[1], words[1:]
        with_article = squash(doc.text[m.start("o") : m.end("o")]).strip(" ,.'")
    if not words or len(words) > 5 or words[0] in all_words("cap_stop"):
        return None
    if any(w in all_words("nationalities") for w in words):
        return None
    if lookup.team(raw) is not None or lookup.person(raw) is not None:
        return None
    if _after_role(doc, m.start("o")):
        return None  # "team boss Ralph Denk says": a party speaking, not an outlet
    if len(words) == 1 and _surname_in_text(doc, raw):
        return None  # "volgens Lefevere" after "Patrick Lefevere heeft bevestigd": a person
    if named_article or (
        lead is not None and doc.text[m.start("o") - len(lead.group(0))].isupper()
    ):
        return with_article
    # "according to the West-Vlaming": after an article, only "the Dutch daily X" is an outlet.
    article = re.search(
        r"(?:^|\s)(?:the|de|het|la|le|il|el|l')\s*$",
        doc.folded[max(0, m.start("o") - 6) : m.start("o")],
    )
    if article is not None and article.group(0).strip() == "de" and doc.language != "nl":
        article = None
    if article is not None and m.groupdict().get("m") is None:
        return None
    return raw


def _after_role(doc: Document, at: int) -> bool:
    """A staff role right before a name ("team boss X", "le manager X"): a person speaking."""
    roles = languages()[doc.language].staff_roles
    before = doc.folded[max(0, at - 40) : at].rstrip(" ,")
    return roles is not None and ends_with(roles, before)


def _surname_in_text(doc: Document, raw: str) -> bool:
    """The one word is written elsewhere after a given name ("Patrick Lefevere"): the surname
    of a person the text names, not an outlet ("Het Nieuwsblad" has an article before it)."""
    for m in re.finditer(rf"\b([A-ZÀ-Þ][\w'-]+) {re.escape(raw)}\b", doc.text):
        lead = fold(m.group(1))
        if lead not in _ARTICLES and lead not in MEDIA_WORDS and lead not in _NAME_LEADS:
            return True
    return False


# capitalised words before an outlet's name that are no given name ("Radio Marca")
_NAME_LEADS = frozenset(
    {"het", "de", "la", "le", "il", "el", "the", "l", "van", "volgens", "selon", "segun", "secondo"}
)


def _plain_word(raw: str) -> bool:
    """One word, not in capitals, that is a common word capitalised ("As", "Per")."""
    return " " not in raw and not raw.isupper() and folded(raw) in all_words("cap_stop")


def _titled_media(doc: Document, m: re.Match[str]) -> str | None:
    """The outlet's whole name when the template's media word is capitalised ("El Diario
    Vasco", "The Daily Pedal"), with a capitalised article before it."""
    if m.groupdict().get("m") is None:
        return None
    if not all(w[:1].isupper() for w in doc.text[m.start("m") : m.end("m")].split()):
        return None  # "the Dutch daily AD": a description, not part of the name
    start = m.start("m")
    art = re.search(r"(?:El|La|Le|Il|De|Het|The|L')\s?$", doc.text[max(0, start - 4) : start])
    if art is not None:
        start -= len(art.group(0))
    name = squash(doc.text[start : m.end("o")]).strip(" ,.'")
    return name if len(name.split()) <= 6 else None


_ARTICLES = frozenset({"de", "het", "la", "le", "les", "il", "lo", "el", "los", "las", "the"})


def _journalist(doc: Document, m: re.Match[str], lookup: Lookup) -> str | None:
    if "j" not in m.groupdict() or m.group("j") is None:
        return None
    raw = squash(doc.text[m.start("j") : m.end("j")])
    words = folded(raw).split()
    # the text's own language: Dutch "dan" stops no English "Dan Martin"
    stops = languages()[doc.language].vocab.cap_stop
    if any(w in stops for w in words[:1]) or outlet_by_name(raw):
        return None
    hit = lookup.person(raw)
    if hit is not None and hit.exact:
        return None  # a rider or a coach we know, not a journalist
    return None if lookup.team(raw) is not None else raw


def _publisher(url: str | None) -> tuple[str | None, bool, bool]:
    """(name, known, official site) of the outlet that published `url`."""
    if not url:
        return None, False, False
    outlet = outlet_for_url(url)
    if outlet is not None:
        return outlet.name, True, outlet.official
    return readable_domain(url), False, False


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})


def readable_domain(url: str) -> str | None:
    """A site's name from its address: "https://www.peloton-wire.co.uk/x" -> "Peloton Wire"."""
    try:
        host = urlsplit(url if "://" in url[:12] else "//" + url).hostname or ""
    except ValueError:
        return None
    labels = [x for x in host.lower().split(".") if x and x != "www"]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    if not labels:
        return None
    words = re.split(r"[-_]+", labels[-1])
    name = " ".join(w.capitalize() for w in words if w)
    return name[:60] or None
