"""The `mercato/1` data file (docs/data-format.md): reading one, quickly and exactly."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from bot.domain.errors import MercatoError
from bot.gcpause import gc_paused

FORMAT = "mercato/1"


class DataFormatError(MercatoError):
    """The file cannot be imported at all (not JSON, wrong format)."""

    title = "Import error"
    exit_code = 2


_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def _has_long_number(raw: bytes) -> bool:
    """Whether `raw` holds 19 digits in a row (anywhere, strings included)."""
    step = 1 << 24
    return any(
        raw[start : start + step + len(_LONG_NUMBER) - 1]
        .translate(_DIGITS_TO_ZERO)
        .find(_LONG_NUMBER)
        >= 0
        for start in range(0, len(raw), step)
    )


def parse_json(raw: bytes, slow: Callable[[bytes], Any] = json.loads) -> Any:
    """`slow(raw)` (a `json.loads`), with orjson's result when it is sure to be the same.

    orjson parses a big file several times faster, and wherever it accepts a document it
    reads the same values, except integers beyond 64 bits (it makes them floats): a file
    with a long run of digits, or one orjson refuses (NaN, lone surrogates, a BOM, bad
    JSON), goes to `slow`, which words any error as before. The GC is held off meanwhile:
    parsing creates millions of containers and none of them is garbage.
    """
    with gc_paused():
        if not _has_long_number(raw):
            try:
                return orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
        return slow(raw)


def read_document(path: Path) -> dict[str, Any]:
    """Read a data file, or raise DataFormatError saying why it cannot be one."""
    try:
        # the slow path reads the file as text, as it always did (same errors, same positions)
        data = parse_json(path.read_bytes(), lambda _: json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise DataFormatError(f"cannot read {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFormatError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise DataFormatError(f"{path} is not a {FORMAT} document")
    return data
