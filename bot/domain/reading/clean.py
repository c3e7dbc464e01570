"""Stage 1: bound the text and make it plain to read (no invisible or control characters)."""

from __future__ import annotations

import re
import unicodedata

from bot.domain.text import INVISIBLE

MAX_TEXT = 20_000  # the reader's own bound; /addarticle accepts far less (4,000)

# Control and other unprintable characters (not the line break): a space each.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """NFC text without invisible characters; every line break a \\n, other controls spaces."""
    if not isinstance(text, str):
        text = ""
    text = unicodedata.normalize("NFC", text[: MAX_TEXT * 2])[:MAX_TEXT]
    text = INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    return "\n".join(_SPACES.sub(" ", line).rstrip() for line in text.split("\n"))
