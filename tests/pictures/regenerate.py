"""Redraw the reference images after a deliberate change of design.

    .venv/bin/python -m tests.pictures.regenerate      (or: make pictures-refs)

Look at the new images (and the diff git shows) before committing them: the tests compare every
render against these files.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageChops

from bot.pictures import render
from tests.pictures.cases import CASES

REFS = Path(__file__).resolve().parent / "refs"


def _same(a: Image.Image, b: Image.Image) -> bool:
    if a.size != b.size:
        return False
    return ImageChops.difference(a.convert("RGB"), b.convert("RGB")).getbbox() is None


def main() -> int:
    REFS.mkdir(exist_ok=True)
    for stale in set(REFS.glob("*.png")) - {REFS / f"{n}.png" for n in CASES}:
        stale.unlink()
        print(f"removed {stale.name}")
    for name, make in CASES.items():
        im = Image.open(io.BytesIO(render(make())))
        path = REFS / f"{name}.png"
        if path.exists() and _same(im, Image.open(path)):
            print(f"unchanged {path.name}")
            continue
        im.save(path, optimize=True)  # the tests compare pixels: stored small, not as sent
        print(f"wrote     {path.name} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
