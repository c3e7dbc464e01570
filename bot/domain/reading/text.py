"""Character-level helpers the stages share: same-length folding, tokens, name shapes.

Every stage works on offsets into one cleaned text. `plain` and `folded` are that text with
accents stripped (and, for `folded`, lowercased) one character for one, so an offset found in
either is an offset in the original: vocabulary patterns are written accent-free and lowercase
and still point at the words as printed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from bot.domain.text import shorten as text_shorten

# Characters whose decomposition does not start with a plain ASCII letter.
_SPECIAL = {
    "ø": "o", "Ø": "O", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ß": "s", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "þ": "t", "ı": "i", "ʼ": "'", "’": "'", "‘": "'", "`": "'",
    "´": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-",
    "‑": "-", "‒": "-", "−": "-",
}  # fmt: skip


def _plain_char(ch: str) -> str:
    mapped = _SPECIAL.get(ch)
    if mapped is not None:
        return mapped
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base.isascii() and base.isprintable() and base else ch


class _PlainTable(dict[int, str]):
    """A str.translate table filled on first use; at most 65,536 characters remembered."""

    def __missing__(self, codepoint: int) -> str:
        out = _plain_char(chr(codepoint))
        if len(self) < 1 << 16:
            self[codepoint] = out
        return out


_PLAIN = _PlainTable()


def plain(text: str) -> str:
    """`text` without accents, one character for one (case kept)."""
    return text if text.isascii() else text.translate(_PLAIN)


def lower1(text: str) -> str:
    """Lowercase one character for one (a few characters lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] for ch in text)


def folded(text: str) -> str:
    """`text` accent-free and lowercase, one character for one."""
    return lower1(plain(text))


def squash(text: str) -> str:
    """Collapse runs of whitespace."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """Whitespace collapsed and cut to `limit` characters with an ellipsis."""
    return text_shorten(squash(text), limit)


# A word: letters/digits joined by apostrophes, hyphens, dots, ampersands or slashes
# ("O'Connor", "Bull-Bora-Hansgrohe", "Q36.5", "B&B", "Canyon//SRAM"); or a lone | or &.
_TOKEN = re.compile(r"[^\W_](?:[\w]|['.&\-](?=[^\W_])|//?(?=[^\W_]))*|[|&]")
# French and Italian elisions before a name: "d'UAE", "l'Autrichien", "dell'Astana".
_ELISION = re.compile(
    r"^(?:[dlcjmnst]|qu|dell|dall|nell|sull|all|coll|un|quell|bell)'(?=\w)", re.IGNORECASE
)


class Token(NamedTuple):
    """A word with its offsets (a tuple: an article makes thousands of them)."""

    start: int
    end: int
    text: str
    possessive: bool


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of `text` (offsets shifted by `offset`), elisions split, possessives marked."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        start, raw = m.start(), m.group(0)
        possessive = False
        if "'" in raw:  # only then an elision or a possessive
            elided = _ELISION.match(raw)
            if elided and len(raw) > elided.end():
                start, raw = start + elided.end(), raw[elided.end() :]
            if len(raw) > 2 and raw[-2:] in ("'s", "'S"):
                raw, possessive = raw[:-2], True
        out.append(Token(offset + start, offset + start + len(raw), raw, possessive))
    return out


def ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """Some match of `pattern` ends where `text` ends ("team boss" before a name)."""
    return any(x.end() == len(text) for x in pattern.finditer(text))


def is_capitalised(word: str) -> bool:
    """A word that can be part of a proper name: "Hirschi", "UAE", "dsm-Firmenich", "Q36.5"."""
    if word[:1].isupper():
        return True
    rest = word[1:]
    return rest != rest.lower()  # an upper-case letter inside: "dsm-Firmenich", "tuttoBiciweb"


YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.])")
