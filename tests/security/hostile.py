"""Hostile text for property tests: what people paste into forms to break, ping or inject."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import strategies as st

FRAGMENTS = [
    "@everyone", "@here", "@ everyone", "<@&33001>", "<@31003>", "<@!31003>", "<#34001>",
    "**bold**", "__under__", "~~strike~~", "`code`", "```py\nx\n```", "||spoiler||", "> quote",
    "# heading", "-# small", "[click](https://evil.example)", "<https://evil.example>",
    "'; DROP TABLE claim; --", "\" OR 1=1 --", "%", "_", "\\", "?", "%s", "{0}", "$(id)",
    "\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\u200b", "\u200d", "\u202e", "\u2066", "\u2069",
    "\ufeff", "\u00ad", "\u0301", "ﷺ", "𝕏", "🚴", "ß", "ø", "İ",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd", "http://127.0.0.1/admin", "http://10.0.0.8/", "http://192.168.1.1/",
    "http://[::1]/", "http://169.254.169.254/latest/meta-data", "http://localhost:8080/x",
    "http://0x7f000001/", "http://2130706433/", "https://user:pass@www.cyclingnews.com/x",
    "https://www.cyclingnews.com/news/real", "cav", "movistar", "2025", "-1", "99999999999999999999",
]  # fmt: skip

fragment = st.sampled_from(FRAGMENTS)
hostile_text = st.one_of(
    st.lists(fragment, min_size=1, max_size=6).map(" ".join),
    st.lists(fragment, min_size=1, max_size=4).map("".join),
    st.text(min_size=1, max_size=120),
    st.tuples(fragment, st.integers(200, 5000)).map(lambda t: t[0] + "A" * t[1]),
    st.integers(1, 4000).map(lambda n: "\u200b" * n),
)

MASS_OR_DIRECT_PING = re.compile(r"@(everyone|here)|<@[!&]?\d+>")


def shown_text(message: Any) -> list[str]:
    """Text that Discord renders with markdown and mentions: content, descriptions, field values.

    Titles, field names and footers are left out: Discord renders neither markdown nor
    mentions there, so escaping them would only show backslashes.
    """
    out = [message.get("content") or ""]
    for e in message.get("embeds") or []:
        out.append(e.get("description") or "")
        out += [f.get("value") or "" for f in e.get("fields") or []]
    return out


def assert_cannot_ping(message: Any) -> None:
    """No live mention syntax where it would render: user text arrives escaped."""
    for text in shown_text(message):
        assert not MASS_OR_DIRECT_PING.search(text), text[:300]
