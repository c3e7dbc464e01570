"""Folding names to the plain form fans type, and the variants a name can be typed as.

Pure functions: no I/O, no Discord. See docs/matching.md.

Folding rules (`fold`):
- input is bounded: at most `MAX_QUERY` characters are kept, after removing invisible characters
  (zero-width, bidi controls, soft hyphen, other format characters); control characters become
  spaces;
- anyascii transliteration (Mørkøv -> Morkov, Pogačar -> Pogacar, Łukasz -> Lukasz, æ -> ae);
- lowercase;
- everything that is not a-z or 0-9 (punctuation, hyphens, apostrophes) becomes a space, so
  "O'Connor" folds to "o connor" and "Quick-Step" to "quick step". The joined variant ("oconnor",
  "quickstep") is produced by `joined` / `name_variants` and matched by the index;
- runs of spaces collapse, and the result is stripped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from anyascii import anyascii

from bot.domain.text import INVISIBLE_CHARS

MAX_QUERY = 100
# Work on at most this many raw characters before cleaning, so huge inputs cost nothing.
_RAW_BOUND = 4 * MAX_QUERY

# Typed names also drop variation selectors (an emoji's text or colour form), which stored text
# keeps.
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}\ufe00-\ufe0f]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# Lowercase particles that stay inside a name between its capitalised words in running text
# ("Mathieu van der Poel", "Alejandro Valverde y Belmonte"): the article reader joins such runs.
JOINING_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "di", "da", "du", "del", "della", "dello", "des", "le",
     "la", "ten", "ter", "te", "dos", "das", "do", "a", "y"}
)  # fmt: skip
# Lowercase name particles: a surname starts at the first of these after the given name. The
# joining ones but "a", and the words and prefixes a name is typed with ("o", "mc", "bin").
PARTICLES = (JOINING_PARTICLES - {"a"}) | frozenset(
    {
        "dei", "degli", "les", "op", "het", "in", "t", "st", "mc", "mac", "o", "d", "l", "bin",
        "ibn", "al", "el", "zu", "af", "av", "vd", "vande", "vanden", "vander",
    }
)  # fmt: skip


class _CharMap(dict[int, str | None]):
    """A `str.translate` table filled on first use, one character at a time.

    Both rules it serves work character by character, so translating with it equals applying
    them to the whole string, and the per-character Python work is done once per character seen.
    At most `_MAP_CAP` characters are remembered, so hostile input cannot grow it without bound.
    """

    def __init__(self, rule: Callable[[str], str | None]) -> None:
        super().__init__()
        self._rule = rule

    def __missing__(self, codepoint: int) -> str | None:
        out = self._rule(chr(codepoint))
        if len(self) < _MAP_CAP:
            self[codepoint] = out
        return out


_MAP_CAP = 1 << 16


def _clean_char(ch: str) -> str | None:
    """A non-ASCII character: dropped if invisible or a format character, space if control."""
    if ch.isascii():
        return ch
    if _INVISIBLE.match(ch):
        return None
    cat = unicodedata.category(ch)
    if cat == "Cf":
        return None
    return " " if cat[0] == "C" or cat[0] == "Z" else ch


_CLEAN = _CharMap(_clean_char)
_ASCII = _CharMap(anyascii)  # anyascii transliterates character by character


def clean(text: str) -> str:
    """Bound `text` to `MAX_QUERY` characters without invisible or control characters."""
    if not isinstance(text, str):
        text = str(text)
    text = text[:_RAW_BOUND]
    if not text.isascii():
        text = text.translate(_CLEAN)
    return _ASCII_CONTROL.sub(" ", text[:MAX_QUERY])


def fold(text: str) -> str:
    """The plain form of `text`: ASCII, lowercase, words separated by single spaces."""
    text = clean(text)
    if not text.isascii():
        text = text.translate(_ASCII)
    return " ".join(_NON_ALNUM.sub(" ", text.lower()).split())


def tokens(text: str) -> list[str]:
    """The folded words of `text`."""
    return fold(text).split()


def joined(folded: str) -> str:
    """A folded string without spaces: "o connor" -> "oconnor", "quick step" -> "quickstep"."""
    return folded.replace(" ", "")


def sort_key(folded: str) -> str:
    """Word-order independent key: "poel mathieu van der" == "mathieu van der poel"."""
    return " ".join(sorted(folded.split()))


def _find(words: list[str], sub: list[str]) -> int:
    n = len(sub)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == sub:
            return i
    return -1


def surname_span(words: list[str], sort_name: str | None = None) -> tuple[int, int]:
    """Token range [start, end) of the surname in a person's folded name `words`.

    With a sort name ("Cavendish, Mark", or "VAN DER POEL Mathieu" with the surname in capitals)
    the surname is located in the name. Otherwise: the surname starts at the first particle after
    the given name ("Mathieu van der Poel" -> "van der poel", "Ben O'Connor" -> "o connor"), else
    it is the last word.
    """
    n = len(words)
    if n <= 1:
        return 0, n
    if sort_name:
        raw = clean(sort_name)
        surname: list[str] = []
        if "," in raw:
            surname = tokens(raw.split(",", 1)[0])
        else:
            upper = []
            for part in raw.split():
                if part.isupper() and any(c.isalpha() for c in part):
                    upper.append(part)
                else:
                    break
            if upper and len(upper) < len(raw.split()):
                surname = tokens(" ".join(upper))
        if surname and len(surname) < n:
            at = _find(words, surname)
            if at >= 0:
                return at, at + len(surname)
    for i in range(1, n - 1):
        if words[i] in PARTICLES:
            return i, n
    return n - 1, n


def name_variants(display_name: str, sort_name: str | None = None) -> set[str]:
    """The folded forms a person can be typed as.

    - the full name ("mathieu van der poel") and joined ("mathieuvanderpoel");
    - the token-sorted key ("der mathieu poel van"), which is how "Poel, Mathieu van der" matches;
    - every surname suffix, with particles and without ("van der poel", "der poel", "poel"), and
      joined ("vanderpoel", "oconnor");
    - first initial + surname ("m cavendish", "m van der poel");
    - initials of all words, only for names of 3 or more words ("mvdp", "wva"). Two-word initials
      ("mc") are left out on purpose: far too many people share them.
    """
    full = fold(display_name)
    if not full:
        return set()
    words = full.split()
    out = {full, joined(full), sort_key(full)}
    if len(words) > 1:
        start, end = surname_span(words, sort_name)
        for k in range(start, end):
            suffix = words[k:end]
            out.add(" ".join(suffix))
            out.add("".join(suffix))
        if start > 0:
            out.add(" ".join([words[0][0], *words[start:end]]))
        if len(words) >= 3:
            out.add("".join(w[0] for w in words))
    return out
