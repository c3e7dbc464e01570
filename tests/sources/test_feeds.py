"""Parsing the four formats into bounded items, and refusing what is not a feed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.sources.feeds import (
    ATOM,
    JSON_FEED,
    MAX_ITEMS,
    RDF,
    RSS2,
    TEXT_MAX,
    TITLE_MAX,
    ParsedFeed,
    parse_feed,
)
from bot.sources.problems import Failure, Problem
from tests.feeds_double import faults
from tests.feeds_double.documents import FORMATS, Entry

FIXTURES = Path(__file__).resolve().parents[1] / "feeds_double" / "fixtures"


def parse(body: bytes, url: str = "https://outlet.example/feed") -> ParsedFeed:
    result = parse_feed(body, url=url)
    assert isinstance(result, ParsedFeed), result
    return result


def fail(body: bytes) -> Failure:
    result = parse_feed(body, url="https://outlet.example/feed")
    assert isinstance(result, Failure), result
    return result


@pytest.mark.parametrize(
    ("name", "kind", "title", "first"),
    [
        ("rss2.xml", RSS2, "Peloton Post - Transfers",
         ("https://pelotonpost.example/?p=48213",
          "https://pelotonpost.example/transfers/van-aert-lidl-trek-2027/?utm_source=rss&utm_medium=rss",
          "Wout van Aert agrees two-year deal with Lidl-Trek from 2027",
          datetime(2025, 10, 14, 8, 30, tzinfo=UTC), "Anna Verbeke")),
        ("atom.xml", ATOM, "Koersblad",
         ("tag:koersblad.example,2025:nieuws.9931",
          "https://koersblad.example/nieuws/2025/10/cavendish-nog-een-jaar",
          "Cavendish stelt afscheid uit en rijdt nog een jaar",
          datetime(2025, 10, 14, 7, 15, tzinfo=UTC), "Jef Claes")),
        ("rdf.xml", RDF, "Vélo Matin",
         ("https://velo-matin.example/article/2025/10/14/transfert-1",
          "https://velo-matin.example/article/2025/10/14/transfert-1",
          "Michael Mørkøv quitte Astana Qazaqstan pour Soudal Quick-Step",
          datetime(2025, 10, 14, 5, 30, tzinfo=UTC), "Claire Dupuis")),
        ("feed.json", JSON_FEED, "Gruppetto Daily",
         ("2025-10-14-soudal-signing", "https://gruppetto.example/2025/10/14/soudal-signing",
          "Soudal Quick-Step confirm Mørkøv signing",
          datetime(2025, 10, 14, 9, 0, tzinfo=UTC), "Sam Ortiz")),
    ],
)  # fmt: skip
def test_each_format_reads_into_the_same_record(
    name: str, kind: str, title: str, first: tuple[object, ...]
) -> None:
    feed = parse((FIXTURES / name).read_bytes())
    assert feed.kind == kind
    assert feed.title == title
    item = feed.items[0]
    assert (item.guid, item.link, item.title, item.published, item.author) == first
    assert all("<" not in i.text and "&oslash;" not in i.text for i in feed.items)


def test_html_in_summaries_becomes_text_and_entities_are_decoded() -> None:
    feed = parse((FIXTURES / "rss2.xml").read_bytes())
    assert feed.items[0].text.endswith("He will target the spring classics & the Tour.")
    assert feed.items[1].text.startswith("Michael Mørkøv has signed")


def test_a_relative_link_is_made_absolute_against_the_feed_site() -> None:
    feed = parse((FIXTURES / "atom.xml").read_bytes())
    assert feed.items[1].link == "https://koersblad.example/nieuws/2025/10/ploegvoorstelling"


def test_latin1_document_is_decoded() -> None:
    feed = parse((FIXTURES / "rdf.xml").read_bytes())
    assert feed.items[0].text.endswith("selon nos informations à Paris.")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_same_entries_give_the_same_items_in_every_format(fmt: str) -> None:
    entries = [
        Entry("g-2", "Second story", "https://outlet.example/2", "Two & two.",
              datetime(2025, 10, 2, 9, tzinfo=UTC), "Ann"),
        Entry("g-1", "First story", "https://outlet.example/1", "One.",
              datetime(2025, 10, 1, 9, tzinfo=UTC), None),
    ]  # fmt: skip
    feed = parse(FORMATS[fmt]("Outlet", entries))
    got = [(i.guid, i.link, i.title, i.text, i.published) for i in feed.items]
    assert got == [(e.guid, e.link, e.title, e.summary, e.published) for e in entries]


def test_identity_is_the_guid_else_the_normalised_link_else_title_and_date() -> None:
    base = [Entry(None, "Title A", "https://www.outlet.example/a/?utm_source=rss", "x")]
    same_link = [Entry(None, "Title A edited", "https://outlet.example/a", "y")]
    with_guid = [Entry("guid-1", "Title A", "https://outlet.example/a", "x")]
    no_link = [Entry(None, "Title A", None, "x", datetime(2025, 1, 1, tzinfo=UTC))]
    no_link_later = [Entry(None, "Title A", None, "x", datetime(2025, 1, 2, tzinfo=UTC))]
    ids = [parse(FORMATS["rss2"]("O", e)).items[0].identity
           for e in (base, same_link, with_guid, no_link, no_link_later)]  # fmt: skip
    assert ids[0] == ids[1]  # tracking parameters and www. do not make a new item
    assert len({ids[0], ids[2], ids[3], ids[4]}) == 4


def test_repeated_guids_keep_the_first_item() -> None:
    feed = parse(faults.duplicate_guids())
    assert [i.title for i in feed.items] == ["First telling", "Another"]
    assert feed.repeated == 1 and feed.total_items == 3


def test_ten_thousand_items_keep_the_newest_few_hundred() -> None:
    feed = parse(faults.many(10_000))
    assert feed.total_items == 10_000
    assert len(feed.items) == MAX_ITEMS
    assert (
        feed.items[0].title == "Item 9999" and feed.items[-1].title == f"Item {10_000 - MAX_ITEMS}"
    )


def test_items_without_date_link_or_guid_and_with_control_characters() -> None:
    feed = parse(faults.messy())
    by_title = {i.title: i for i in feed.items}
    assert set(by_title) == {"No date here", "No link or guid", "Bell and zero width"}
    assert by_title["No date here"].published is None
    assert by_title["No link or guid"].link is None and by_title["No link or guid"].guid is None
    assert by_title["Bell and zero width"].text == "Tab here, DEL , C1 and a BOM."
    assert feed.warning is not None  # U+0007 is not XML: recovered, and said so
    for item in feed.items:
        assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in item.text)


def test_sizes_are_bounded() -> None:
    entry = Entry("g", "T" * 5000, "https://outlet.example/" + "p" * 3000, "word " * 5000)
    item = parse(FORMATS["rss2"]("O", [entry])).items[0]
    assert len(item.title) <= TITLE_MAX and len(item.text) <= TEXT_MAX
    assert item.link is None  # longer than any link we keep


@pytest.mark.parametrize(
    "body",
    [faults.LAUGHS, faults.QUADRATIC, faults.external_entity("file:///etc/hostname"),
     faults.external_entity("http://127.0.0.2/secret")],
)  # fmt: skip
def test_documents_declaring_entities_are_refused_and_nothing_is_expanded(body: bytes) -> None:
    result = fail(body)
    assert result.problem is Problem.PARSE_ERROR
    assert "entities are never expanded" in result.detail


def test_an_external_dtd_is_never_loaded(feed_server) -> None:  # type: ignore[no-untyped-def]
    feed = parse(faults.external_dtd(feed_server.url("/fault/evil.dtd")))
    assert [i.title for i in feed.items] == ["Plain item"]
    assert feed_server.count("/fault/evil.dtd") == 0


def test_malformed_xml_is_recovered_with_a_warning() -> None:
    feed = parse(faults.MALFORMED)
    assert {i.guid for i in feed.items} == {"m-1", "m-2"}
    assert feed.warning and "not well-formed" in feed.warning


@pytest.mark.parametrize(
    ("body", "problem", "words"),
    [
        (b"", Problem.NOT_A_FEED, "empty"),
        (b"<!DOCTYPE html><html><body>Hello</body></html>", Problem.NOT_A_FEED, "HTML"),
        (b"<html><head><title>x</title></head><body><p>unclosed", Problem.NOT_A_FEED, "HTML"),
        (b"<?xml version='1.0'?><catalog><book/></catalog>", Problem.NOT_A_FEED, "<catalog>"),
        (faults.NOT_XML, Problem.NOT_A_FEED, "neither XML nor JSON"),
        (b'{"hello": "world"}', Problem.NOT_A_FEED, "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": 5}', Problem.PARSE_ERROR,
         "not a list"),
        (b'{"version": ', Problem.PARSE_ERROR, "JSON cannot be read"),
        (b"<rss><channel><title>cut", Problem.PARSE_ERROR, "malformed XML"),
    ],
)  # fmt: skip
def test_what_is_not_a_feed_says_so(body: bytes, problem: Problem, words: str) -> None:
    result = fail(body)
    assert result.problem is problem
    assert words in result.detail
