"""The render cache: keyed by what was drawn, bounded in entries and bytes, safe across threads."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.domain.models import Status
from bot.pictures import RenderCache, RenderKey, StoryMark, content_version, render
from tests.pictures.cases import CASES


def key(name: str, version: str = "v1") -> RenderKey:
    return RenderKey("career", hash(name) % 1000, None, f"{name}:{version}")


def test_a_second_ask_is_served_from_the_cache_without_drawing() -> None:
    cache, drawn = RenderCache(), []
    chart = CASES["career-20-seasons"]()
    k = RenderKey("career", 1, None, content_version(chart))

    def draw() -> bytes:
        drawn.append(1)
        return render(chart)

    first = cache.get_or_render(k, draw)
    assert cache.get_or_render(k, draw) is first
    assert len(drawn) == 1
    assert (cache.hits, cache.misses) == (1, 1)


def test_a_new_data_version_is_a_new_picture() -> None:
    cache = RenderCache()
    cache.put(key("a", "v1"), b"old")
    assert cache.get(key("a", "v2")) is None
    assert cache.get(key("a", "v1")) == b"old"


def test_the_least_recently_used_picture_goes_first() -> None:
    cache = RenderCache(max_entries=2)
    cache.put(key("a"), b"A")
    cache.put(key("b"), b"B")
    assert cache.get(key("a")) == b"A"  # a is now more recent than b
    cache.put(key("c"), b"C")
    assert cache.get(key("b")) is None
    assert cache.get(key("a")) == b"A" and cache.get(key("c")) == b"C"
    assert cache.evictions == 1


def test_the_cache_stays_within_its_bytes() -> None:
    cache = RenderCache(max_entries=100, max_bytes=10)
    cache.put(key("a"), b"123456")
    cache.put(key("b"), b"123456")
    assert cache.get(key("a")) is None and len(cache) == 1 and cache.nbytes == 6
    cache.put(key("big"), b"x" * 11)  # larger than the whole cache: not kept, nothing evicted
    assert cache.get(key("big")) is None and cache.get(key("b")) == b"123456"
    cache.put(key("b"), b"12")  # replacing an entry counts its new size only
    assert cache.nbytes == 2


def test_a_cache_needs_room() -> None:
    with pytest.raises(ValueError):
        RenderCache(max_entries=0)


def test_equal_charts_share_a_version_and_any_change_gives_a_new_one() -> None:
    chart = CASES["career-20-seasons"]()
    assert content_version(chart) == content_version(CASES["career-20-seasons"]())
    # a story only one guild can see changes the chart, so the version: no guild sees another's
    private = StoryMark(2027, Status.RUMOUR, "To Lidl-Trek", "lidl-trek")
    with_private = dataclasses.replace(chart, stories=(*chart.stories, private))
    assert content_version(with_private) != content_version(chart)
    assert content_version(dataclasses.replace(chart, as_of="6 Dec 2026")) != content_version(chart)


def test_threads_rendering_at_once_leave_the_cache_consistent() -> None:
    cache = RenderCache(max_entries=3)
    names = ["career-no-team", "career-empty", "team-empty", "team-8-moves"]

    def one(i: int) -> int:
        name = names[i % len(names)]
        return len(cache.get_or_render(key(name), lambda: render(CASES[name]())))

    with ThreadPoolExecutor(4) as pool:
        sizes = list(pool.map(one, range(40)))
    assert all(sizes)
    assert len(cache) <= 3
    assert cache.hits + cache.misses == 40
    assert cache.nbytes == sum(len(v) for v in cache._items.values())


def test_the_cache_says_whether_it_holds_a_picture_of_a_subject_of_any_version() -> None:
    cache = RenderCache(max_entries=2)
    a1, a2 = RenderKey("career", 1, None, "v1"), RenderKey("career", 1, None, "v2")
    cache.put(a1, b"a1")
    cache.put(a2, b"a2")
    cache.put(a2, b"a2 again")  # replaced, not counted twice
    assert cache.holds("career", 1, None)
    assert not cache.holds("career", 1, 2025) and not cache.holds("team-season", 1, None)
    cache.put(RenderKey("career", 2, None, "v1"), b"b")  # evicts a1
    assert cache.holds("career", 1, None)
    cache.put(RenderKey("career", 3, None, "v1"), b"c")  # evicts a2: none of 1 left
    assert not cache.holds("career", 1, None) and cache.holds("career", 3, None)
    cache.clear()
    assert not cache.holds("career", 3, None)
