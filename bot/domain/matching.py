"""Resolving typed names to people and teams: one index for autocomplete and free text.

Pure, in-memory, no I/O. How it works and how the thresholds were tuned: docs/matching.md.

Layout (compact, so that a million names fit in a few tens of MB):
- entities and names live in parallel `array`s and byte blobs; entity ids are assigned in
  decreasing prior order at build time, so lower id == more likely wanted;
- every name is folded once at build (`names.fold`) and stored in an ASCII blob;
- a vocabulary of distinct folded words, each with a posting array of name ids kept in prior
  order; a sorted word list for prefix completion (with precomputed best words for 1-3 letter
  prefixes); a trigram index over the words for typos;
- a query is matched word by word against the vocabulary (exact, prefix for the last word,
  trigram + `rapidfuzz` ratio for typos, word-break for joined input such as "vanderpoel"), the
  posting lists give a small candidate set, and only those candidates are scored in full.
"""

from __future__ import annotations

import heapq
import math
import zlib
from array import array
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Literal

from rapidfuzz import fuzz, process

from bot.domain.models import EntityKind, EntityRef
from bot.domain.names import PARTICLES, fold, joined, sort_key, surname_span
from bot.domain.text import shorten

# --- scores (0-100) and the resolve thresholds; see docs/matching.md ------------------------
FULL = 100.0  # the whole query is a name or alias (also joined or in another word order)
SURNAME = 97.0  # the query is a person's surname ("yates", "van der poel", "poel", "oconnor")
INITIALS = 96.5  # the query is the initials of all words of a 3+ word name ("mvdp")
FUZZY_CAP = 96.0  # any other score is at most this, below every exact tier

T_MATCH = 84.0  # a non-exact best at or above this can be a confident match ...
MARGIN = 6.0  # ... if it is this far ahead of the next entity
WINDOW = 10.0  # "ambiguous" lists the entities within this of the best ...
T_PLAUSIBLE = T_MATCH - MARGIN  # ... that score at least this; fewer than two: "none"
SHORT_TYPO = 80.0  # a typo in a query word of at most SHORT_WORD letters scores at most this
SHORT_WORD = 4
SEARCH_FLOOR = 50.0  # search() drops results below this
MAX_LIMIT = 100

PREFIX_SIM = {1: 70.0, 2: 80.0, 3: 88.0}  # last query word is a prefix of a name word
PREFIX_SIM_LONG = 92.0  # ... of 4 letters or more
INITIAL_SIM = 80.0  # one-letter query word == first letter of a name word ("m cavendish")
WORD_MIN = 60.0  # word similarity below this counts as no match
FUZZY_WORD_MIN = 70.0  # vocabulary words at least this similar to a query word are candidates

_TIER_NONE, _TIER_INITIALS, _TIER_SURNAME, _TIER_FULL = 0, 1, 2, 3

_KIND_CODE = {EntityKind.PERSON: 0, EntityKind.TEAM: 1}
_CODE_KIND = {v: k for k, v in _KIND_CODE.items()}

_PFX_TOP = 24  # completions considered for a prefix
_PFX_PRE = 3  # prefixes up to this length have their best completions precomputed ...
_PFX_LONG = 6  # ... and longer ones up to this length when they have more than _PFX_SCAN words
_PFX_SCAN = 64  # a prefix with at most this many words uses all of them as completions
_FUZZY_TOP = 12  # similar vocabulary words kept per query word
_FUZZY_GRAMS = 5  # rarest query trigrams whose words are compared
_FUZZY_POOL = 1_500  # stop collecting words to compare beyond this
_TRI_CAP = 50_000  # trigram posting lists longer than this carry no information; skipped
_POST_CAP = 800  # name ids read from one word's postings
_BIG = 1_500  # a query word this common only generates candidates if nothing rarer does
_RERANK = 40  # candidate names scored in full (at least)
_EXACT_CAP = 64  # names taken from one exact-lookup form
_PFX_SET = 8  # a prefix's names are collected when at most this many per unchecked candidate
_INTERSECT = 40  # a group ranks candidates by its postings up to this many per candidate
_GEN_ENOUGH = 200  # once a whole exact word's postings gave this many candidates, others rank
_MAX_WORDS = 8
_STOP = frozenset({"team", "pro", "cycling", "the", "racing"})
# name words that do not count for coverage: "mathieu" covers Mathieu van der Poel as much as
# Mathieu Perget
_UNCOUNTED = _STOP | PARTICLES
# query words that only generate candidates when nothing else does (they still score)
_WEAK = _STOP | PARTICLES


@dataclass(frozen=True, slots=True)
class NameEntry:
    ref: EntityRef
    label: str
    names: tuple[str, ...]
    sort_name: str | None = None
    prior: float = 0.0
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    ref: EntityRef
    label: str
    detail: str
    score: float
    matched_name: str


@dataclass(frozen=True, slots=True)
class Resolution:
    outcome: Literal["match", "ambiguous", "none"]
    best: Match | None
    candidates: list[Match] = field(default_factory=list)


def label_for(match: Match, max_len: int = 100) -> str:
    """ "Adam Yates (GBR) - rider, UAE Team Emirates", cut to at most `max_len` characters."""
    text = " ".join(f"{match.label} {match.detail}".split())
    return shorten(text, max_len) if max_len > 0 else ""


def detail_text(match: Match) -> str:
    """The detail shown beside a label: "GBR · rider, UAE Team Emirates", "team, 2024–"."""
    detail = " ".join(match.detail.split())
    nat = ""
    if detail.startswith("(") and ")" in detail:
        nat, _, detail = detail[1:].partition(")")
        nat = nat.strip()
    detail = detail.strip().removeprefix("-").strip()
    return " · ".join(part for part in (nat, detail) if part)


def _trigrams(word: str) -> set[str]:
    padded = f" {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _whole(qjoined: str, name: str, surname: list[str] | None) -> float:
    """Whole-string similarity, for joined or split typos ("vanderpoell", "quik step")."""
    whole = fuzz.ratio(qjoined, joined(name), score_cutoff=WORD_MIN)
    if surname:
        whole = max(whole, fuzz.ratio(qjoined, "".join(surname), score_cutoff=WORD_MIN))
    return min(whole, SHORT_TYPO) if len(qjoined) <= SHORT_WORD else whole


def _aligned(qwords: list[str], words: list[str], surname_end: int) -> float:
    """The query's words aligned to a name's, greedily, each name word used once.

    `surname_end` is where a person's own surname ends in `words` (-1 for other names): on a
    tie that word wins, and matching it counts as covering the name.
    """
    last_surname = surname_end - 1 if surname_end > 0 else -2
    used = 0
    total = 0.0
    weight = 0
    last = len(qwords) - 1
    matched_surname = False
    matched = 0
    for i, qw in enumerate(qwords):
        best, bj = 0.0, -1
        for j, nw in enumerate(words):
            if used >> j & 1:
                continue
            if qw == nw:
                sim = 100.0
            elif len(qw) == 1:
                sim = INITIAL_SIM if nw[0] == qw else 0.0
            elif i == last and nw.startswith(qw):
                sim = PREFIX_SIM.get(len(qw), PREFIX_SIM_LONG)
            else:
                sim = fuzz.ratio(qw, nw, score_cutoff=WORD_MIN)
                if len(qw) <= SHORT_WORD:
                    sim = min(sim, SHORT_TYPO)  # "bold" is not "bol" for sure
            if sim > best:
                best, bj = sim, j
                if sim == 100.0:
                    break
            elif sim == best and bj >= 0 and j == last_surname:
                bj = j  # on a tie prefer the surname
        if bj >= 0:
            used |= 1 << bj
            if words[bj] not in _UNCOUNTED:
                matched += 1
            if bj == last_surname:
                matched_surname = True
        total += best * len(qw)
        weight += len(qw)
    score = total / weight if weight else 0.0
    if matched_surname:
        cover = 1.0
    else:
        content = sum(1 for w in words if w not in _UNCOUNTED) or 1
        cover = min(1.0, matched / content)
    return score * (0.9 + 0.1 * cover)


def _clamp_prior(p: float) -> float:
    try:
        p = float(p)
    except (TypeError, ValueError):
        return 0.0
    if math.isnan(p):
        return 0.0
    return min(1.0, max(0.0, p))


@dataclass(slots=True)
class _Group:
    """One query word while collecting candidates: vocabulary word id -> similarity."""

    weight: int
    sims: dict[int, float]
    weak: bool  # a particle or stop word
    prefix: str = ""  # the last query word, when it has more completions than `sims` holds
    psim: float = 0.0
    total: int = 0  # postings behind `sims`
    cut: bool = False  # its postings were not all read
    exact: bool = False  # the word itself is in the vocabulary (not only similar words)
    names: array | None = None  # instead of `sims`: these name ids, similarity 100
    credit: dict[int, float] = field(default_factory=dict)  # candidate name id -> similarity

    lists: list[tuple[array, float]] = field(default_factory=list)  # see `order`

    def order(self, posts: list[array]) -> None:
        """`lists`: (name ids, similarity), best similarity first, then the likelier word."""
        if self.names is not None:
            self.lists = [(self.names, 100.0)]
        elif len(self.sims) == 1:
            self.lists = [(posts[v], s) for v, s in self.sims.items()]
        else:
            ranked = sorted(self.sims.items(), key=lambda kv: (-kv[1], kv[0]))
            self.lists = [(posts[v], s) for v, s in ranked]
        self.total = sum(len(p) for p, _ in self.lists)


class NameIndex:
    """Names of people and teams, searchable by what fans type."""

    def __init__(self) -> None:
        # entities
        self._e_kind = bytearray()
        self._e_id = array("q")
        self._e_prior = array("d")
        self._e_label: dict[int, str] = {}  # only labels that are not the entity's first name
        self._e_detail = array("I")  # index into _detail_list
        self._detail_list: list[str] = []
        self._e_alive = bytearray()
        self._e_first = array("I")  # first name id
        self._e_count = array("H")  # number of names
        self._n_built = 0  # entities below this were built in prior order
        self._n_alive = 0
        self._details: dict[str, int] = {}
        # names
        self._fold = bytearray()
        self._fold_off = array("I", [0])
        self._raw = bytearray()
        self._raw_off = array("I", [0])
        self._n_ent = array("I")
        self._n_s = bytearray()  # surname span [s, e) in words, for a person's own name
        self._n_e = bytearray()
        self._n_person = bytearray()  # 1: a person's own name (surname rules apply)
        # vocabulary
        self._vocab: dict[str, int] = {}
        self._v_word: list[str] = []
        self._v_post: list[array] = []
        self._v_prior = array("d")
        self._v_real = bytearray()  # 1: a real word (prefix + trigram indexed); 0: initials only
        self._sorted: list[str] = []
        self._tri: dict[str, array] = {}
        self._pfx: dict[str, list[int]] = {}
        # exact lookup: sorted crc32(form) << 32 | name id, forms as in `_exact_hits`
        self._exact = array("Q")

    # ---------------------------------------------------------------- building and updating
    @classmethod
    def build(cls, entries: Iterable[NameEntry]) -> NameIndex:
        """Fold every name once and index it. Later entries with the same ref replace earlier."""
        unique: dict[EntityRef, NameEntry] = {}
        for entry in entries:
            unique[entry.ref] = entry
        ordered = sorted(unique.values(), key=lambda e: -_clamp_prior(e.prior))
        index = cls()
        new_words: list[int] = []
        for entry in ordered:
            index._append(entry, new_words, sort_postings=False)
        index._n_built = len(index._e_id)
        index._exact = array("Q", sorted(index._exact))
        # prefix list and trigram index over the real words
        index._sorted = sorted(w for w, v in index._vocab.items() if index._v_real[v])
        for vid in range(len(index._v_word)):
            if index._v_real[vid]:
                index._index_trigrams(vid)
        index._rebuild_prefixes()
        return index

    def add(self, entry: NameEntry) -> None:
        """Add an entity, or replace the entity with the same ref."""
        self.remove(entry.ref)
        new_words: list[int] = []
        self._append(entry, new_words, sort_postings=True)
        for vid in new_words:
            if self._v_real[vid]:
                insort(self._sorted, self._v_word[vid])
                self._index_trigrams(vid)
        # refresh the precomputed completions that the new entity's words belong to
        eid = len(self._e_id) - 1
        touched: set[str] = set()
        for nid in range(self._e_first[eid], self._e_first[eid] + self._e_count[eid]):
            for word in self._name(nid).split():
                for n in range(1, min(_PFX_LONG, len(word)) + 1):
                    if n <= _PFX_PRE or word[:n] in self._pfx:
                        touched.add(word[:n])
        for pfx in touched:
            vids = set(self._pfx.get(pfx, ()))
            vids.update(self._vocab[w] for w in self._name_words_with_prefix(eid, pfx))
            self._pfx[pfx] = heapq.nlargest(_PFX_TOP, vids, key=self._v_prior.__getitem__)

    def remove(self, ref: EntityRef) -> bool:
        """Remove the entity `ref`; False if it was not there."""
        eid = self._find(ref)
        if eid < 0:
            return False
        self._e_alive[eid] = 0
        self._n_alive -= 1
        self._e_label.pop(eid, None)
        for nid in range(self._e_first[eid], self._e_first[eid] + self._e_count[eid]):
            for word in self._words_of(nid):
                vid = self._vocab.get(word)
                if vid is not None:
                    post = self._v_post[vid]
                    if nid in post:
                        post.remove(nid)
        return True

    def __len__(self) -> int:
        return self._n_alive

    def __contains__(self, ref: object) -> bool:
        return isinstance(ref, EntityRef) and self._find(ref) >= 0

    def _find(self, ref: EntityRef) -> int:
        code = _KIND_CODE.get(ref.kind)
        if code is None:
            return -1
        ids = self._e_id
        start = 0
        while True:
            try:
                eid = ids.index(ref.id, start)
            except (ValueError, OverflowError, TypeError):
                return -1
            if self._e_kind[eid] == code and self._e_alive[eid]:
                return eid
            start = eid + 1

    def _append(self, entry: NameEntry, new_words: list[int], *, sort_postings: bool) -> None:
        eid = len(self._e_id)
        prior = _clamp_prior(entry.prior)
        is_person = entry.ref.kind == EntityKind.PERSON
        self._e_kind.append(_KIND_CODE[entry.ref.kind])
        self._e_id.append(entry.ref.id)
        self._e_prior.append(prior)
        detail = entry.detail or ""
        did = self._details.get(detail)
        if did is None:
            did = self._details[detail] = len(self._detail_list)
            self._detail_list.append(detail)
        self._e_detail.append(did)
        self._e_alive.append(1)
        self._n_alive += 1
        first = len(self._n_ent)
        self._e_first.append(first)
        label = entry.label
        label_folded = fold(label)
        sort_folded: str | None = None  # the sort name's sort key, when another name needs it
        seen: set[str] = set()
        # the label is usually among the names too: fold each distinct string once
        for raw in dict.fromkeys((label, *entry.names)):
            folded = label_folded if raw == label else fold(raw)
            if not folded or folded in seen or len(seen) >= 0xFFFF:
                continue
            seen.add(folded)
            words = folded.split()
            by_sort = sort_key(folded)
            own = is_person and folded == label_folded
            if is_person and not own and entry.sort_name:
                if sort_folded is None:
                    sort_folded = sort_key(fold(entry.sort_name))
                own = bool(sort_folded) and by_sort == sort_folded
            s, e = surname_span(words, entry.sort_name) if own else (0, 0)
            self._store_name(
                eid, raw, (folded, by_sort), words, (s, e, own), prior, new_words, sort_postings
            )
        self._e_count.append(len(self._n_ent) - first)
        if len(self._n_ent) == first or self._raw_name(first) != label:
            self._e_label[eid] = label

    def _store_name(
        self,
        eid: int,
        raw: str,
        folds: tuple[str, str],
        words: list[str],
        surname: tuple[int, int, bool],
        prior: float,
        new_words: list[int],
        sort_postings: bool,
    ) -> None:
        """Store one name of entity `eid`: its text, exact keys and word postings.

        `folds` is the name folded and its sort key; `surname` the own surname's span in
        `words` and whether the name is the person's own (not a nickname or a team's).
        """
        folded, by_sort = folds
        s, e, own = surname
        vocab, v_post, v_prior, v_real = self._vocab, self._v_post, self._v_prior, self._v_real
        nid = len(self._n_ent)
        self._n_ent.append(eid)
        self._fold += folded.encode("ascii")
        self._fold_off.append(len(self._fold))
        self._raw += raw.encode("utf-8", "replace")
        self._raw_off.append(len(self._raw))
        self._n_s.append(min(s, 255))
        self._n_e.append(min(e, 255))
        self._n_person.append(1 if own else 0)
        exact = {by_sort, *("".join(words[k:e]) for k in range(s, e))}
        for text in exact:
            key = zlib.crc32(text.encode("ascii")) << 32 | nid
            if sort_postings:
                insort(self._exact, key)
            else:
                self._exact.append(key)
        for word in self._words_of(nid, words):
            vid = vocab.get(word)
            if vid is None or sort_postings:
                self._post(word, nid, prior, new_words, sort_postings, real=word in words)
                continue
            # a known word while building (the common case): what `_post` does, inline
            if not v_real[vid] and word in words:
                v_real[vid] = 1
                new_words.append(vid)
            v_post[vid].append(nid)
            if prior > v_prior[vid]:
                v_prior[vid] = prior

    def _words_of(self, nid: int, words: list[str] | None = None) -> set[str]:
        """Vocabulary keys of a name: its words, plus all-word initials for 3+ word own names."""
        if words is None:
            words = self._name(nid).split()
        keys = set(words)
        if self._n_person[nid] and len(words) >= 3:
            keys.add("".join(w[0] for w in words))
        return keys

    def _post(
        self,
        word: str,
        nid: int,
        prior: float,
        new_words: list[int],
        sort_postings: bool,
        real: bool,
    ) -> None:
        vid = self._vocab.get(word)
        if vid is None:
            vid = len(self._v_word)
            self._vocab[word] = vid
            self._v_word.append(word)
            self._v_post.append(array("I"))
            self._v_prior.append(prior)
            self._v_real.append(1 if real else 0)
            new_words.append(vid)
        elif real and not self._v_real[vid]:
            self._v_real[vid] = 1
            new_words.append(vid)
        post = self._v_post[vid]
        if prior > self._v_prior[vid]:
            self._v_prior[vid] = prior
        if sort_postings and post:
            # keep postings in decreasing prior order so truncation keeps the likeliest names
            pri, ent = self._e_prior, self._n_ent
            pos = bisect_left(post, -prior, key=lambda n: -pri[ent[n]])
            while pos < len(post) and pri[ent[post[pos]]] == prior:
                pos += 1
            post.insert(pos, nid)
        else:
            post.append(nid)

    def _index_trigrams(self, vid: int) -> None:
        word = self._v_word[vid]
        if len(word) < 3:
            return
        tri = self._tri
        for g in _trigrams(word):
            post = tri.get(g)
            if post is None:
                tri[g] = array("I", (vid,))
            else:
                post.append(vid)

    def _rebuild_prefixes(self) -> None:
        order = sorted(
            (v for v in range(len(self._v_word)) if self._v_real[v]),
            key=self._v_prior.__getitem__,
            reverse=True,
        )
        words = self._v_word
        counts = Counter(
            words[vid][:n]
            for vid in order
            for n in range(_PFX_PRE + 1, min(_PFX_LONG, len(words[vid])) + 1)
        )
        busy = {p for p, c in counts.items() if c > _PFX_SCAN}
        pfx: dict[str, list[int]] = {}
        for vid in order:
            word = words[vid]
            for n in range(1, min(_PFX_LONG, len(word)) + 1):
                key = word[:n]
                if n > _PFX_PRE and key not in busy:
                    continue
                bucket = pfx.get(key)
                if bucket is None:
                    pfx[key] = [vid]
                elif len(bucket) < _PFX_TOP:
                    bucket.append(vid)
        self._pfx = pfx

    def _name_words_with_prefix(self, eid: int, pfx: str) -> list[str]:
        out: list[str] = []
        for nid in range(self._e_first[eid], self._e_first[eid] + self._e_count[eid]):
            out.extend(w for w in self._name(nid).split() if w.startswith(pfx))
        return out

    # ------------------------------------------------------------------------ accessors
    def _name(self, nid: int) -> str:
        return self._fold[self._fold_off[nid] : self._fold_off[nid + 1]].decode("ascii")

    def _raw_name(self, nid: int) -> str:
        return self._raw[self._raw_off[nid] : self._raw_off[nid + 1]].decode("utf-8", "replace")

    def _label(self, eid: int) -> str:
        label = self._e_label.get(eid)
        return label if label is not None else self._raw_name(self._e_first[eid])

    def _ref(self, eid: int) -> EntityRef:
        return EntityRef(_CODE_KIND[self._e_kind[eid]], self._e_id[eid])

    def _match(self, eid: int, score: float, nid: int) -> Match:
        return Match(
            ref=self._ref(eid),
            label=self._label(eid),
            detail=self._detail_list[self._e_detail[eid]],
            score=round(score, 1),
            matched_name=self._raw_name(nid),
        )

    # ---------------------------------------------------------------------- query words
    def _prefix(self, word: str) -> tuple[list[int], bool]:
        """The likeliest words starting with `word`, and whether they are all of them."""
        pre = self._pfx.get(word)
        if pre is not None:
            return pre, len(word) <= _PFX_PRE and len(pre) < _PFX_TOP
        if len(word) <= _PFX_PRE:
            return [], True
        lo = bisect_left(self._sorted, word)
        hi = bisect_left(self._sorted, word + "\x7f", lo)
        vocab = self._vocab
        if hi - lo <= _PFX_SCAN:
            return [vocab[w] for w in self._sorted[lo:hi]], True
        prior = self._v_prior
        top = heapq.nlargest(
            _PFX_TOP, (vocab[w] for w in self._sorted[lo:hi]), key=prior.__getitem__
        )
        return top, False

    def _prefix_names(self, prefix: str, limit: int) -> set[int] | None:
        """Name ids holding a word that starts with `prefix`; None if that is over `limit` ids.

        A superset: a word's postings also hold the names it is the initials of.
        """
        lo = bisect_left(self._sorted, prefix)
        hi = bisect_left(self._sorted, prefix + "\x7f", lo)
        if (hi - lo) * _PFX_SET > limit:
            return None
        posts = list(
            map(self._v_post.__getitem__, map(self._vocab.__getitem__, self._sorted[lo:hi]))
        )
        if sum(map(len, posts)) > limit:
            return None
        return set().union(*posts)

    def _fuzzy(self, word: str) -> list[tuple[int, float]]:
        """Vocabulary words within a typo or two of `word`, with their similarity.

        One edit destroys at most 3 of a word's trigrams, so every word within one edit shares
        at least one of the query's 4 rarest trigrams (two edits: usually, as adjacent edits
        share trigrams). Only those words are compared, by rapidfuzz in C.
        """
        tri = self._tri
        posts = []
        for g in _trigrams(word):
            post = tri.get(g)
            if post is not None and len(post) <= _TRI_CAP:
                posts.append(post)
        if not posts:
            return []
        posts.sort(key=len)
        cands: set[int] = set()
        for post in posts[:_FUZZY_GRAMS]:
            room = _FUZZY_POOL - len(cands)
            if len(post) > room:
                cands.update(post[:room])  # earlier words: likelier (build order)
                break
            cands.update(post)
        top = list(cands)
        words = itemgetter(*top)(self._v_word) if len(top) > 1 else [self._v_word[top[0]]]
        found = process.extract(
            word,
            words,
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_WORD_MIN,
            limit=_FUZZY_TOP,
        )
        return [(top[i], s) for _, s, i in found]

    def _split(self, word: str) -> list[str] | None:
        """Word-break a joined query word into vocabulary words ("vanderpoel" -> van der poel)."""
        n = len(word)
        if n > 40:
            return None
        vocab, real, posts = self._vocab, self._v_real, self._v_post
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            cur = best[i]
            if cur is None or len(cur) >= 4:
                continue
            for j in range(i + 1, n + 1):
                piece = word[i:j]
                if j == i + 1 and piece not in PARTICLES:
                    continue  # a lone letter is a piece only as a particle ("o", "d")
                vid = vocab.get(piece)
                if vid is not None and real[vid] and posts[vid]:
                    nxt = best[j]
                    if nxt is None or len(cur) + 1 < len(nxt):
                        best[j] = [*cur, piece]
        found = best[n]
        return found if found and len(found) > 1 else None

    def _with_all(self, pieces: list[str]) -> array:
        """Name ids (among the first `_POST_CAP` of the rarest piece) holding every piece."""
        vocab, posts = self._vocab, self._v_post
        strong = [p for p in pieces if p not in _WEAK] or pieces
        rarest = min(strong, key=lambda p: len(posts[vocab[p]]))
        need = set(pieces)
        return array(
            "I",
            (n for n in posts[vocab[rarest]][:_POST_CAP] if need.issubset(self._name(n).split())),
        )

    # -------------------------------------------------------------------------- scoring
    def _exact_hits(self, texts: set[str], kcodes: set[int] | None) -> list[int]:
        """Name ids that may score an exact tier for the query, however common its words.

        `_exact` keys every name by its word-sorted form and a person's own name also by each
        joined surname suffix ("vanderpoel", "poel", "oconnor"); the query is looked up by its
        word-sorted and joined forms. A hash collision only adds a candidate: scoring decides.
        At most `_EXACT_CAP` per form, likeliest first (build order).
        """
        exact = self._exact
        out: list[int] = []
        ent, alive, kind = self._n_ent, self._e_alive, self._e_kind
        for text in texts:
            key = zlib.crc32(text.encode("ascii")) << 32
            i = bisect_left(exact, key)
            end = key + (1 << 32)
            found = 0
            while i < len(exact) and exact[i] < end and found < _EXACT_CAP:
                nid = exact[i] & 0xFFFFFFFF
                i += 1
                eid = ent[nid]
                if alive[eid] and (kcodes is None or kind[eid] in kcodes):
                    out.append(nid)
                    found += 1
        return out

    def _candidates(self, words: list[str], kcodes: set[int] | None) -> list[int]:
        """Name ids worth scoring in full, likeliest first.

        Every query word makes a group (vocabulary word -> similarity). The rarest groups read
        their postings to generate candidates. A group that is too common (more than `_BIG`
        postings once something rarer has generated candidates) or a particle or stop word
        generates none but still ranks them: its postings are intersected with the candidates
        (in C). So does the rest of a posting list cut at `_POST_CAP`. A last word typed as a
        prefix with more completions than were looked up is checked against the words of the
        candidates that could still reach the cut.
        """
        groups = self._groups(words)
        if not groups:
            return []
        rough, rest = self._generate(groups, kcodes)
        if not rough:
            return []
        if len(rough) <= _RERANK:
            return list(rough)
        checks = self._intersect(rough, rest)
        prefixed = [g for g in groups if g.prefix and g not in checks]
        if checks or prefixed:
            self._check(rough, checks, prefixed)
        # sorted() is stable and keyed in C: the same order as heapq.nlargest, in a third the time
        return sorted(rough, key=rough.__getitem__, reverse=True)[:_RERANK]

    def _groups(self, words: list[str]) -> list[_Group]:
        """One group per query word (a joined word adds one more), rarest and strongest first."""
        groups: list[_Group] = []
        last = len(words) - 1
        vocab = self._vocab
        for i, word in enumerate(words):
            sims: dict[int, float] = {}
            vid = vocab.get(word)
            if vid is not None and not self._v_post[vid]:
                vid = None  # every name with this word was removed
            if vid is not None:
                sims[vid] = 100.0
            prefix = ""
            psim = 0.0
            if i == last:
                psim = PREFIX_SIM.get(len(word), PREFIX_SIM_LONG)
                completions, complete = self._prefix(word)
                for v in completions:
                    sims.setdefault(v, psim)
                if not complete:
                    prefix = word  # more completions than these: check candidates' words
            if len(word) >= 4 and vid is None:
                for v, s in self._fuzzy(word):
                    if s > sims.get(v, 0.0):
                        sims[v] = s
                pieces = self._split(word)
                if pieces:
                    # joined words ("vanderpoel"): the names holding all of them
                    groups.append(
                        _Group(len(word), {}, False, exact=True, names=self._with_all(pieces))
                    )
            if sims:
                exact = vid is not None and not prefix
                groups.append(_Group(len(word), sims, word in _WEAK, prefix, psim, exact=exact))
        posts = self._v_post
        for g in groups:
            g.order(posts)
        groups.sort(key=lambda g: (g.weak, g.total))
        return groups

    def _generate(
        self, groups: list[_Group], kcodes: set[int] | None
    ) -> tuple[dict[int, float], list[_Group]]:
        """Candidates (name id -> rough score) from the rarest groups; the groups left to rank."""
        rough: dict[int, float] = {}
        ent, kind = self._n_ent, self._e_kind
        rest: list[_Group] = []  # groups (or the part of them) not read yet
        enough = False  # an exact word's whole posting list gave enough candidates
        for g in groups:
            if rough and (g.weak or g.total > _BIG or enough):
                rest.append(g)  # ranks the candidates, generates none
                continue
            budget = _POST_CAP
            chunks: list[tuple[array, float]] = []
            # best similarity first, then the likelier word (lower id), each in prior order
            for post, s in g.lists:
                if budget <= 0:
                    g.cut = True
                    break
                if len(post) > budget:
                    post, g.cut = post[:budget], True
                budget -= len(post)
                chunks.append((post, s))
            # names in that order (ties in the cut keep it), each with its best similarity
            local = dict.fromkeys(chain.from_iterable(c for c, _ in chunks), 0.0)
            for post, s in reversed(chunks):
                local.update(dict.fromkeys(post, s))
            if kcodes is not None:
                local = {n: s for n, s in local.items() if kind[ent[n]] in kcodes}
            g.credit = local
            if g.cut:
                rest.append(g)
            w = g.weight
            if not rough:
                rough = {n: w * s for n, s in local.items()}
            else:
                get = rough.get
                for nid, s in local.items():
                    rough[nid] = get(nid, 0.0) + w * s
            enough = g.exact and not g.cut and len(rough) >= _GEN_ENOUGH
        return rough, rest

    def _intersect(self, rough: dict[int, float], rest: list[_Group]) -> list[_Group]:
        """Credit candidates from the postings of groups not read yet; those too long to read."""
        keys = rough.keys()
        checks: list[_Group] = []  # groups checked against the candidates' own words
        for g in rest:
            if g.names is None and g.total > _INTERSECT * len(rough):
                checks.append(g)  # cheaper to read the candidates than these postings
                continue
            local, w = g.credit, g.weight
            for post, s in g.lists:
                for n in keys & post:
                    if n not in local:
                        local[n] = s
                        rough[n] += w * s
        return checks

    def _check(self, rough: dict[int, float], words: list[_Group], prefixed: list[_Group]) -> None:
        """Credit the candidates whose own words match a group but were not credited yet.

        For `words` groups a name word matches by its similarity in the group or by starting
        with the group's prefix; `prefixed` groups have read their postings already, so only
        their prefix is looked for. Candidates are read best first, and only while they can
        still reach the `_RERANK` cut.
        """
        vw = self._v_word
        by_word = [
            (g, {vw[v]: s for v, s in g.sims.items()}, g.prefix, g.psim if g.prefix else 0.0)
            for g in words
        ]
        by_prefix = [
            (g, g.prefix.encode("ascii"), b" " + g.prefix.encode("ascii")) for g in prefixed
        ]
        if by_prefix:
            by_prefix = self._credit_prefix_hits(rough, by_prefix)
            prefixed = [g for g, _, _ in by_prefix]
            if not by_prefix and not by_word:
                return
        gain = sum(g.weight * max(max(bw.values(), default=0.0), ps) for g, bw, _, ps in by_word)
        gain += sum(g.weight * g.psim for g in prefixed)
        if not by_word and len(by_prefix) == 1:
            bar = sorted(rough.values(), reverse=True)[_RERANK - 1]
            if min(rough.values()) + gain > bar:
                self._credit_every(rough, *by_prefix[0])  # nothing can be pruned
                return
        self._credit_best_first(rough, by_word, by_prefix, gain)

    def _credit_prefix_hits(
        self, rough: dict[int, float], by_prefix: list[tuple[_Group, bytes, bytes]]
    ) -> list[tuple[_Group, bytes, bytes]]:
        """Credit prefixes with few enough postings; the prefixes left to check word by word.

        Their names are found in C, then only the hits among the uncredited candidates are
        checked (a word may be another name's initials).
        """
        blob, off = self._fold, self._fold_off
        keys = rough.keys()
        left = []
        for g, head, inner in by_prefix:
            credit = g.credit
            hits = self._prefix_names(g.prefix, _PFX_SET * (len(rough) - len(credit)))
            if hits is None:
                left.append((g, head, inner))
                continue
            add = g.weight * g.psim
            for nid in (keys & hits) - credit.keys():
                start, end = off[nid], off[nid + 1]
                if blob.startswith(head, start, end) or blob.find(inner, start, end) >= 0:
                    credit[nid] = g.psim
                    rough[nid] += add
        return left

    def _credit_every(self, rough: dict[int, float], g: _Group, head: bytes, inner: bytes) -> None:
        """Check one prefix against every candidate: a tight loop when none can be pruned."""
        blob, off = self._fold, self._fold_off
        credit, add = g.credit, g.weight * g.psim
        for nid in rough:
            if nid not in credit:
                start, end = off[nid], off[nid + 1]
                if blob.startswith(head, start, end) or blob.find(inner, start, end) >= 0:
                    credit[nid] = g.psim
                    rough[nid] += add

    def _credit_best_first(
        self,
        rough: dict[int, float],
        by_word: list[tuple[_Group, dict[str, float], str, float]],
        by_prefix: list[tuple[_Group, bytes, bytes]],
        gain: float,
    ) -> None:
        """Check candidates best first, while they can still reach the `_RERANK` cut."""
        blob, off = self._fold, self._fold_off
        top: list[float] = []  # the best `_RERANK` scores so far (a min-heap)
        for nid, score in sorted(rough.items(), key=itemgetter(1), reverse=True):
            if len(top) == _RERANK and score + gain <= top[0]:
                break
            start, end = off[nid], off[nid + 1]
            for g, head, inner in by_prefix:
                if nid not in g.credit and (
                    blob.startswith(head, start, end) or blob.find(inner, start, end) >= 0
                ):
                    g.credit[nid] = g.psim
                    score += g.weight * g.psim
            if by_word:
                nwords = blob[start:end].decode("ascii").split()
                for g, byword, prefix, psim in by_word:
                    if nid in g.credit:
                        continue
                    best = 0.0
                    for w in nwords:
                        sim = byword.get(w, 0.0)
                        if sim < psim and w.startswith(prefix):
                            sim = psim
                        if sim > best:
                            best = sim
                    if best:
                        g.credit[nid] = best
                        score += g.weight * best
            rough[nid] = score
            if len(top) < _RERANK:
                heapq.heappush(top, score)
            elif score > top[0]:
                heapq.heapreplace(top, score)

    def _score_name(
        self, nid: int, q: str, qwords: list[str], qjoined: str, qsorted: str
    ) -> tuple[float, int]:
        name = self._name(nid)
        words = name.split()
        if name == q:
            return FULL, _TIER_FULL
        if len(name) - len(words) + 1 == len(qjoined) and joined(name) == qjoined:
            return FULL, _TIER_FULL
        if len(name) == len(q) and sort_key(name) == qsorted:
            return FULL, _TIER_FULL
        person = self._n_person[nid]
        s, e = self._n_s[nid], self._n_e[nid]
        if person:
            for k in range(s, e):
                if "".join(words[k:e]) == qjoined:
                    return SURNAME, _TIER_SURNAME
            if len(words) >= 3 and "".join(w[0] for w in words) == qjoined:
                return INITIALS, _TIER_INITIALS
        score = _aligned(qwords, words, e if person else -1)
        whole = _whole(qjoined, name, words[s:e] if person and e > s else None)
        return min(FUZZY_CAP, max(score, whole)), _TIER_NONE

    def _rank(
        self, query: str, kinds: set[EntityKind] | None, limit: int
    ) -> list[tuple[float, int, int, int]]:
        """(score, tier, entity id, name id) per entity, best first; all of them if limit < 0."""
        q = fold(query)
        kcodes = None if kinds is None else {_KIND_CODE[k] for k in kinds if k in _KIND_CODE}
        if not q:
            return self._top_prior(kcodes, max(limit, 0))
        qwords = list(dict.fromkeys(q.split()))[:_MAX_WORDS]
        if len(qwords) == len(q.split()):
            q = " ".join(qwords)
        # else a name repeats a word ("B&B Hotels" folds to "b b hotels"): the whole query is
        # compared as written, the distinct words only for the fuzzy part
        qjoined = joined(q)
        qsorted = sort_key(q)
        best: dict[int, tuple[float, int, int]] = {}
        ent = self._n_ent
        full = self._exact_hits({qsorted, qjoined}, kcodes)
        for nid in dict.fromkeys([*full, *self._candidates(qwords, kcodes)]):
            score, tier = self._score_name(nid, q, qwords, qjoined, qsorted)
            eid = ent[nid]
            old = best.get(eid)
            if old is None or (score, tier) > (old[0], old[1]):
                best[eid] = (score, tier, nid)
        prior = self._e_prior
        ranked = sorted(
            ((sc, tier, eid, nid) for eid, (sc, tier, nid) in best.items()),
            key=lambda t: (-t[0], -prior[t[2]], t[2]),
        )
        return ranked if limit < 0 else ranked[:limit]

    def _top_prior(self, kcodes: set[int] | None, limit: int) -> list[tuple[float, int, int, int]]:
        out: list[tuple[float, int, int]] = []
        alive, kind, prior = self._e_alive, self._e_kind, self._e_prior
        for eid in range(self._n_built):
            if len(out) >= limit:
                break
            if alive[eid] and (kcodes is None or kind[eid] in kcodes):
                out.append((prior[eid], eid, self._e_first[eid]))
        for eid in range(self._n_built, len(self._e_id)):
            if alive[eid] and (kcodes is None or kind[eid] in kcodes):
                out.append((prior[eid], eid, self._e_first[eid]))
        out.sort(key=lambda t: (-t[0], t[1]))
        return [(0.0, _TIER_NONE, eid, nid) for _, eid, nid in out[:limit]]

    # ------------------------------------------------------------------------ public API
    def search(
        self, query: str, limit: int = 25, kinds: set[EntityKind] | None = None
    ) -> list[Match]:
        """Best matches first, one per entity; an empty query gives the likeliest entities."""
        limit = max(0, min(int(limit), MAX_LIMIT))
        if limit == 0:
            return []
        if not fold(query):
            ranked = self._rank(query, kinds, limit)
            return [self._match(eid, sc, nid) for sc, _, eid, nid in ranked]
        ranked = self._rank(query, kinds, limit)
        return [self._match(eid, sc, nid) for sc, _, eid, nid in ranked if sc >= SEARCH_FLOOR]

    def resolve(self, query: str, kinds: set[EntityKind] | None = None) -> Resolution:
        """One entity when the query clearly names it; else the close ones, or suggestions."""
        if not fold(query):
            return Resolution(outcome="none", best=None, candidates=[])
        ranked = self._rank(query, kinds, -1)
        if not ranked:
            return Resolution(outcome="none", best=None, candidates=[])
        top_tier = ranked[0][1]
        if top_tier != _TIER_NONE:
            group = [r for r in ranked if r[1] == top_tier]
            matches = [self._match(eid, sc, nid) for sc, _, eid, nid in group[:25]]
            if len(group) == 1:
                return Resolution(outcome="match", best=matches[0], candidates=matches)
            return Resolution(outcome="ambiguous", best=None, candidates=matches)
        best = ranked[0][0]
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= T_MATCH and best - second >= MARGIN:
            m = self._match(ranked[0][2], best, ranked[0][3])
            return Resolution(outcome="match", best=m, candidates=[m])
        # a question needs two plausible answers: one weak candidate is a suggestion
        close = [r for r in ranked if r[0] >= max(T_PLAUSIBLE, best - WINDOW)][:25]
        if len(close) >= 2:
            return Resolution(
                outcome="ambiguous",
                best=None,
                candidates=[self._match(eid, sc, nid) for sc, _, eid, nid in close],
            )
        near = [r for r in ranked[:3] if r[0] >= SEARCH_FLOOR]
        return Resolution(
            outcome="none",
            best=None,
            candidates=[self._match(eid, sc, nid) for sc, _, eid, nid in near],
        )
