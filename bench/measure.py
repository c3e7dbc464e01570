"""Timing helpers and the result table."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0-100) of `values`."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Stats:
    n: int
    median: float
    p99: float
    mean: float
    max: float

    @classmethod
    def of(cls, seconds: list[float]) -> Stats:
        return cls(
            n=len(seconds),
            median=statistics.median(seconds) if seconds else math.nan,
            p99=percentile(seconds, 99),
            mean=statistics.fmean(seconds) if seconds else math.nan,
            max=max(seconds) if seconds else math.nan,
        )


def time_calls(fn: Callable[[Any], object], args: Iterable[Any], *, warmup: int = 0) -> list[float]:
    """Call fn(arg) for every arg; return the duration of each call in seconds."""
    args = list(args)
    for a in args[:warmup]:
        fn(a)
    out = []
    clock = time.perf_counter
    for a in args:
        t = clock()
        fn(a)
        out.append(clock() - t)
    return out


def timed_repeats(
    fn: Callable[[Any], object], args: list[Any], repeats: int
) -> tuple[Stats, Stats]:
    """Wall-clock and thread CPU time per call, over `repeats` passes after a warm-up pass.

    The wall clock is what the target is about. The CPU time leaves out the waits for a core
    when other jobs share the machine, so the two side by side tell the code from the load.
    """
    time_calls(fn, args[: min(len(args), 200)])
    wall: list[float] = []
    cpu: list[float] = []
    clock, thread = time.perf_counter, time.thread_time
    for _ in range(repeats):
        for a in args:
            t, c = clock(), thread()
            fn(a)
            cpu.append(thread() - c)
            wall.append(clock() - t)
    return Stats.of(wall), Stats.of(cpu)


@dataclass
class Row:
    """One line of the table."""

    section: str
    name: str
    unit: str  # "ms", "s", "MB", "%", "x", "count"
    median: float | None = None
    p99: float | None = None
    n: int | None = None
    baseline: float | None = None  # the baseline's value of the compared statistic
    ratio: float | None = None  # how many times better than the baseline (>1 is better)
    target: str = ""
    passed: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def ms(cls, section: str, name: str, stats: Stats, **rest: Any) -> Row:
        """A row of timings in milliseconds from `stats` in seconds."""
        return cls(
            section, name, "ms", median=stats.median * 1e3, p99=stats.p99 * 1e3, n=stats.n, **rest
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "count":
        return f"{value:.0f}"
    if value >= 100:
        return f"{value:.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    if value >= 1:
        return f"{value:.2f} {unit}"
    return f"{value:.3f} {unit}"


def _ratio(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:.0f}x" if value >= 100 else f"{value:.1f}x"


def table(rows: list[Row]) -> str:
    """A GitHub-flavoured Markdown table (readable in a terminal as well)."""
    head = ["Measurement", "n", "median", "p99", "baseline", "ratio", "target", "result"]
    lines = []
    for r in rows:
        result = "-" if r.passed is None else ("PASS" if r.passed else "FAIL")
        lines.append(
            [
                f"{r.section}: {r.name}",
                "-" if r.n is None else str(r.n),
                _fmt(r.median, r.unit),
                _fmt(r.p99, r.unit),
                _fmt(r.baseline, r.unit),
                _ratio(r.ratio),
                r.target or "-",
                result,
            ]
        )
    widths = [max(len(head[i]), *(len(x[i]) for x in lines)) for i in range(len(head))]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for x in lines:
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(x, widths, strict=True)) + " |")
    return "\n".join(out)
