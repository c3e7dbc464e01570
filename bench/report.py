"""`python -m bench.report`: print bench/results.json as the README's table and machine line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


def render(results: dict) -> str:
    m = results["machine"]
    lines = [
        f"Latest run: {results['date'][:10]}, commit `{m.get('commit') or '?'}`, on {m['nproc']} "
        f"cores ({m['cpu']}), Python {m['python']}, SQLite {m['sqlite']}, rapidfuzz "
        f"{m['rapidfuzz']}, discord.py {m['discord.py']}; `make bench` took "
        f"{results['total_s'] / 60:.1f} min (load average at start: "
        f"{', '.join(f'{x:.1f}' for x in m['load_avg_at_start'])}).",
        "",
        results["table"],
    ]
    notes = [
        f"- {r['section']}: {r['name']}: {r['note']}" for r in results["rows"] if r.get("note")
    ]
    if notes:
        lines += ["", "Notes per row:", "", *notes]
    return "\n".join(lines)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else RESULTS
    print(render(json.loads(path.read_text(encoding="utf-8"))))
