"""Stage 1: bound the text and make it plain to read (no invisible or control characters)."""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT = 20_000  # the reader's own bound; /addarticle accepts far less (4,000)

_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """NFC text without invisible characters; every line break a \\n, other controls spaces."""
    if not isinstance(text, str):
        text = ""
    text = unicodedata.normalize("NFC", text[: MAX_TEXT * 2])[:MAX_TEXT]
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        if ch == "\n" or ch.isprintable():
            out.append(ch)
        else:
            out.append(" ")
    return "\n".join(_SPACES.sub(" ", line).rstrip() for line in "".join(out).split("\n"))
