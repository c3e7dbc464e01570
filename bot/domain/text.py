"""Making user-supplied text safe to store and to show."""

from __future__ import annotations

import re
import unicodedata

from bot.domain.errors import InvalidInput

# Invisible characters, the one list: zero-width and joiner characters, bidirectional controls
# (able to reorder what a reader sees), the soft hyphen, fillers and other characters that show
# nothing. Stored text, typed names and pasted articles all drop them.
INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff"
)
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
# Parentheses are left alone: they only matter inside a masked link, which [ ] already breaks.
_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]])")
_MASS_MENTION = re.compile(r"@(everyone|here)")


def clean_text(value: str | None, field: str, *, max_len: int, required: bool = True) -> str | None:
    """Strip invisible and control characters, collapse whitespace, enforce length."""
    if value is None:
        if required:
            raise InvalidInput(field, "is required")
        return None
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", value))
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = " ".join(text.split())
    if not text:
        if required:
            raise InvalidInput(field, "is empty")
        return None
    if len(text) > max_len:
        raise InvalidInput(field, f"is {len(text)} characters long; the limit is {max_len}")
    return text


def escape_markdown(text: str) -> str:
    """Escape Discord markdown so stored text shows as typed and cannot break the layout."""
    text = _MARKDOWN.sub(r"\\\1", text)
    # A zero-width space after @ defuses mass mentions even where allowed_mentions is ignored.
    return _MASS_MENTION.sub("@\u200b\\1", text)


def is_number(text: str) -> bool:
    """True for plain ASCII digits only: str.isdigit() also accepts '²' and other digits int() refuses."""
    return text.isascii() and text.isdigit()


def shorten(text: str, limit: int, placeholder: str = "…") -> str:
    """`text` cut to at most `limit` characters, ending in `placeholder` when it was cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(placeholder))].rstrip() + placeholder
