"""Discord's payload limits, checked like the real API does.

Each checker returns a list of :class:`Problem`; an empty list means valid.
:func:`error_body` turns problems into Discord's 50035 "Invalid Form Body" shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

try:  # pragma: no cover - depends on the environment
    import regex as _regex  # type: ignore

    _NAME_RE = _regex.compile(r"^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$")
except ImportError:  # pragma: no cover
    _regex = None
    _NAME_RE = None


@dataclass(frozen=True)
class Problem:
    path: tuple[str | int, ...]
    code: str
    message: str

    def __str__(self) -> str:
        return f"{'.'.join(map(str, self.path)) or '<root>'}: {self.code}: {self.message}"


def error_body(problems: list[Problem]) -> dict[str, Any]:
    errors: dict[str, Any] = {}
    for p in problems:
        node = errors
        for part in p.path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": p.code, "message": p.message})
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}


def _maxlen(out: list[Problem], path: tuple, value: Any, limit: int) -> None:
    if isinstance(value, str) and len(value) > limit:
        out.append(
            Problem(
                path,
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {limit} or fewer in length. (got {len(value)})",
            )
        )


def _between(out: list[Problem], path: tuple, value: Any, lo: int, hi: int) -> None:
    if not isinstance(value, str) or not (lo <= len(value) <= hi):
        n = len(value) if isinstance(value, str) else "missing"
        out.append(
            Problem(
                path, "BASE_TYPE_BAD_LENGTH", f"Must be between {lo} and {hi} in length. (got {n})"
            )
        )


# ---------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------


def embed_chars(embed: dict[str, Any]) -> int:
    n = len(embed.get("title") or "") + len(embed.get("description") or "")
    n += len((embed.get("footer") or {}).get("text") or "")
    n += len((embed.get("author") or {}).get("name") or "")
    for f in embed.get("fields") or []:
        n += len(f.get("name") or "") + len(f.get("value") or "")
    return n


def check_embeds(embeds: list[dict[str, Any]], base: tuple = ("embeds",)) -> list[Problem]:
    out: list[Problem] = []
    if len(embeds) > 10:
        out.append(
            Problem(
                base, "BASE_TYPE_MAX_LENGTH", f"Must be 10 or fewer in length. (got {len(embeds)})"
            )
        )
    total = 0
    for i, e in enumerate(embeds):
        p = (*base, i)
        _maxlen(out, (*p, "title"), e.get("title"), 256)
        _maxlen(out, (*p, "description"), e.get("description"), 4096)
        fields = e.get("fields") or []
        if len(fields) > 25:
            out.append(
                Problem(
                    (*p, "fields"),
                    "BASE_TYPE_MAX_LENGTH",
                    f"Must be 25 or fewer in length. (got {len(fields)})",
                )
            )
        for j, f in enumerate(fields):
            _between(out, (*p, "fields", j, "name"), f.get("name"), 1, 256)
            _between(out, (*p, "fields", j, "value"), f.get("value"), 1, 1024)
        _maxlen(out, (*p, "footer", "text"), (e.get("footer") or {}).get("text"), 2048)
        _maxlen(out, (*p, "author", "name"), (e.get("author") or {}).get("name"), 256)
        total += embed_chars(e)
    if total > 6000:
        out.append(
            Problem(
                base,
                "MAX_EMBED_SIZE_EXCEEDED",
                f"Embed size exceeds maximum size of 6000 (got {total})",
            )
        )
    return out


def check_components(
    components: list[dict[str, Any]], base: tuple = ("components",)
) -> list[Problem]:
    out: list[Problem] = []
    if len(components) > 5:
        out.append(
            Problem(
                base,
                "BASE_TYPE_MAX_LENGTH",
                f"Must be 5 or fewer in length. (got {len(components)})",
            )
        )
    custom_ids: set[str] = set()
    for i, row in enumerate(components):
        p = (*base, i)
        if row.get("type") != 1:
            continue  # components v2 containers etc.: not modelled
        children = row.get("components") or []
        if not children:
            out.append(
                Problem(
                    (*p, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."
                )
            )
        if len(children) > 5:
            out.append(
                Problem(
                    (*p, "components"),
                    "BASE_TYPE_MAX_LENGTH",
                    f"Must be 5 or fewer in length. (got {len(children)})",
                )
            )
        has_select = any(c.get("type") in (3, 5, 6, 7, 8) for c in children)
        if has_select and len(children) > 1:
            out.append(
                Problem(
                    (*p, "components"),
                    "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "A select menu must be alone in its row.",
                )
            )
        for j, c in enumerate(children):
            q = (*p, "components", j)
            cid = c.get("custom_id")
            if cid is not None:
                _between(out, (*q, "custom_id"), cid, 1, 100)
                if cid in custom_ids:
                    out.append(
                        Problem(
                            (*q, "custom_id"),
                            "COMPONENT_CUSTOM_ID_DUPLICATED",
                            "Component custom id cannot be duplicated",
                        )
                    )
                custom_ids.add(cid)
            if c.get("type") == 2:
                _maxlen(out, (*q, "label"), c.get("label"), 80)
                if c.get("style") != 5 and c.get("style") != 6 and cid is None:
                    out.append(
                        Problem((*q, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required")
                    )
            if c.get("type") == 3:
                opts = c.get("options") or []
                if not (1 <= len(opts) <= 25):
                    out.append(
                        Problem(
                            (*q, "options"),
                            "BASE_TYPE_BAD_LENGTH",
                            f"Must be between 1 and 25 in length. (got {len(opts)})",
                        )
                    )
                for k, o in enumerate(opts):
                    _between(out, (*q, "options", k, "label"), o.get("label"), 1, 100)
                    _between(out, (*q, "options", k, "value"), o.get("value"), 1, 100)
                    _maxlen(out, (*q, "options", k, "description"), o.get("description"), 100)
                _maxlen(out, (*q, "placeholder"), c.get("placeholder"), 150)
    return out


def check_message(data: dict[str, Any] | None, *, require_body: bool = False) -> list[Problem]:
    """Validate a message create/edit body (channel message, callback data, follow-up)."""
    out: list[Problem] = []
    if data is None:
        return out
    _maxlen(out, ("content",), data.get("content"), 2000)
    embeds = data.get("embeds") or []
    out += check_embeds(embeds)
    out += check_components(data.get("components") or [])
    if require_body and not (
        data.get("content")
        or embeds
        or data.get("components")
        or data.get("attachments")
        or data.get("poll")
        or data.get("sticker_ids")
    ):
        out.append(Problem((), "50006", "Cannot send an empty message"))
    return out


def check_autocomplete(data: dict[str, Any] | None) -> list[Problem]:
    out: list[Problem] = []
    choices = (data or {}).get("choices")
    if not isinstance(choices, list):
        return [Problem(("data", "choices"), "BASE_TYPE_REQUIRED", "This field is required")]
    if len(choices) > 25:
        out.append(
            Problem(
                ("data", "choices"),
                "BASE_TYPE_MAX_LENGTH",
                f"Must be 25 or fewer in length. (got {len(choices)})",
            )
        )
    for i, c in enumerate(choices):
        _between(out, ("data", "choices", i, "name"), c.get("name"), 1, 100)
        v = c.get("value")
        if isinstance(v, str):
            _maxlen(out, ("data", "choices", i, "value"), v, 100)
    return out


def check_modal(data: dict[str, Any] | None) -> list[Problem]:
    out: list[Problem] = []
    data = data or {}
    _between(out, ("data", "title"), data.get("title"), 1, 45)
    _between(out, ("data", "custom_id"), data.get("custom_id"), 1, 100)
    comps = data.get("components") or []
    if not (1 <= len(comps) <= 5):
        out.append(
            Problem(
                ("data", "components"),
                "BASE_TYPE_BAD_LENGTH",
                f"Must be between 1 and 5 in length. (got {len(comps)})",
            )
        )
    for i, top in enumerate(comps):
        p = ("data", "components", i)
        inner: list[tuple[tuple, dict]] = []
        if top.get("type") == 1:
            inner = [((*p, "components", j), c) for j, c in enumerate(top.get("components") or [])]
        elif top.get("type") == 18:  # label
            _between(out, (*p, "label"), top.get("label"), 1, 45)
            _maxlen(out, (*p, "description"), top.get("description"), 100)
            inner = [((*p, "component"), top.get("component") or {})]
        for q, c in inner:
            if c.get("type") == 4:
                if "label" in c:
                    _between(out, (*q, "label"), c.get("label"), 1, 45)
                _maxlen(out, (*q, "placeholder"), c.get("placeholder"), 100)
                _maxlen(out, (*q, "value"), c.get("value"), 4000)
    return out


# ---------------------------------------------------------------------------
# application commands
# ---------------------------------------------------------------------------


def valid_command_name(name: Any) -> bool:
    if not isinstance(name, str) or not (1 <= len(name) <= 32):
        return False
    if name != name.lower():
        return False
    if _NAME_RE is not None:
        return bool(_NAME_RE.match(name))
    return all(ch in "-_" or ch.isalnum() for ch in name)


def _check_options(
    out: list[Problem], options: list[dict[str, Any]], base: tuple, depth: int
) -> None:
    if len(options) > 25:
        out.append(
            Problem(
                base, "BASE_TYPE_MAX_LENGTH", f"Must be 25 or fewer in length. (got {len(options)})"
            )
        )
    seen_optional = False
    names: set[str] = set()
    for i, o in enumerate(options):
        p = (*base, i)
        otype = o.get("type")
        if not valid_command_name(o.get("name")):
            out.append(
                Problem(
                    (*p, "name"),
                    "APPLICATION_COMMAND_INVALID_NAME",
                    f"Command name is invalid: {o.get('name')!r}",
                )
            )
        if o.get("name") in names:
            out.append(
                Problem(
                    (*p, "name"),
                    "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
                    "Option names must be unique",
                )
            )
        names.add(o.get("name"))
        _between(out, (*p, "description"), o.get("description"), 1, 100)
        if otype in (1, 2):
            if depth >= (1 if otype == 2 else 2):
                out.append(
                    Problem(
                        (*p, "type"),
                        "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                        "Sub-command nesting too deep",
                    )
                )
            _check_options(out, o.get("options") or [], (*p, "options"), depth + 1)
            continue
        if otype not in range(3, 12):
            out.append(
                Problem(
                    (*p, "type"), "BASE_TYPE_CHOICES", f"Value must be one of 1..11 (got {otype!r})"
                )
            )
        if o.get("required"):
            if seen_optional:
                out.append(
                    Problem(
                        (*p, "required"),
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
                )
        else:
            seen_optional = True
        choices = o.get("choices") or []
        if len(choices) > 25:
            out.append(
                Problem(
                    (*p, "choices"),
                    "BASE_TYPE_MAX_LENGTH",
                    f"Must be 25 or fewer in length. (got {len(choices)})",
                )
            )
        for k, c in enumerate(choices):
            _between(out, (*p, "choices", k, "name"), c.get("name"), 1, 100)
        if choices and o.get("autocomplete"):
            out.append(
                Problem(
                    (*p, "autocomplete"),
                    "AUTOCOMPLETE_AND_CHOICES",
                    "Autocomplete cannot be set with choices",
                )
            )


def check_commands(commands: Any, *, global_scope: bool) -> list[Problem]:
    out: list[Problem] = []
    if not isinstance(commands, list):
        return [Problem((), "BASE_TYPE_ARRAY", "Must be an array")]
    chat = [c for c in commands if c.get("type", 1) == 1]
    if len(chat) > 100:
        out.append(
            Problem(
                (), "BASE_TYPE_MAX_LENGTH", f"Must be 100 or fewer in length. (got {len(chat)})"
            )
        )
    seen: set[tuple[int, str]] = set()
    for i, c in enumerate(commands):
        ctype = c.get("type", 1)
        name = c.get("name")
        if (ctype, name) in seen:
            out.append(
                Problem(
                    (i, "name"),
                    "APPLICATION_COMMANDS_DUPLICATE_NAME",
                    f"Application command names must be unique: {name}",
                )
            )
        seen.add((ctype, name))
        if ctype == 1:
            if not valid_command_name(name):
                out.append(
                    Problem(
                        (i, "name"),
                        "APPLICATION_COMMAND_INVALID_NAME",
                        f"Command name is invalid: {name!r}",
                    )
                )
            _between(out, (i, "description"), c.get("description"), 1, 100)
            _check_options(out, c.get("options") or [], (i, "options"), 0)
        else:
            _between(out, (i, "name"), name, 1, 32)
            if c.get("description"):
                out.append(
                    Problem(
                        (i, "description"),
                        "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                        "Context menu commands cannot have description",
                    )
                )
    return out
