"""The Wikidata client against the local double: formats, batching, waits and failures."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.domain.wikidata import MissingRecord, PersonRecord, SeasonRecord
from bot.sources.wikidata import (
    WikidataClient,
    WikidataError,
    binding_rows,
    members_query,
    retry_after,
    seasons_query,
    user_agent,
)
from tests.wikidata_double import entities as e
from tests.wikidata_double import world as w
from tests.wikidata_double.server import FakeSleep, Fault, WikidataDouble

CONTACT = "https://example.org/mercato; ops@example.org"


@pytest.fixture
async def double() -> AsyncIterator[WikidataDouble]:
    d = WikidataDouble()
    d.load(w.everything())
    await d.start()
    yield d
    await d.stop()


@pytest.fixture
async def client(double: WikidataDouble) -> AsyncIterator[tuple[WikidataClient, FakeSleep]]:
    sleep = FakeSleep()
    c = WikidataClient(
        sparql_url=double.sparql_url,
        api_url=double.api_url,
        user_agent=user_agent(CONTACT),
        sleep=sleep,
        attempts=4,
    )
    yield c, sleep
    await c.close()


async def test_sparql_rows_come_back_as_ids(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, _ = client
    rows = await c.sparql(seasons_query(2010, 100, 0))
    assert {"season": w.uae_season(2019), "team": w.UAE} in rows
    assert len(rows) == 12  # 7 UAE seasons, 3 Astana, 2 of the new team
    sent = double.requests("sparql")[0]
    assert sent.method == "POST" and "LIMIT 100 OFFSET 0" in sent.query
    assert sent.user_agent.startswith("Mercato/") and CONTACT in sent.user_agent


async def test_sparql_pages_with_limit_and_offset(client: tuple[WikidataClient, FakeSleep]) -> None:
    c, _ = client
    pages = [await c.sparql(seasons_query(2010, 5, offset)) for offset in (0, 5, 10, 15)]
    assert [len(p) for p in pages] == [5, 5, 2, 0]
    seen = [r["season"] for p in pages for r in p]
    assert len(seen) == len(set(seen)) == 12


async def test_members_of_seasons_include_people_listed_on_the_season(
    client: tuple[WikidataClient, FakeSleep],
) -> None:
    c, _ = client
    rows = await c.sparql(members_query([w.astana_season(2013)], 100, 0))
    assert rows == [{"person": w.VINOKOUROV}]  # listed as manager (P1037) on the season only


async def test_entities_go_50_ids_a_call_with_maxlag_and_languages(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, _ = client
    ids = [w.POGACAR, *(f"Q{900000 + i}" for i in range(60))]
    records = await c.entities(ids)
    calls = double.requests("api")
    assert [len(s.params["ids"].split("|")) for s in calls] == [50, 11]
    assert all(s.params["maxlag"] == "5" and "en" in s.params["languages"] for s in calls)
    assert isinstance(records[0], PersonRecord) and records[0].name == "Tadej Pogačar"
    assert sum(isinstance(r, MissingRecord) for r in records) == 60


async def test_a_merged_id_comes_back_as_its_target(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, _ = client
    double.redirects["Q199"] = w.POGACAR
    (record,) = await c.entities(["Q199"])
    assert isinstance(record, PersonRecord)
    assert (record.qid, record.redirected_from) == (w.POGACAR, "Q199")


@pytest.mark.parametrize(
    ("fault", "waits"),
    [
        (Fault("429", "7"), [7.0]),
        (Fault("503", "11"), [11.0]),
        (Fault("503", None), [2.0]),  # no Retry-After: the client's own backoff
        (Fault("500", None), [2.0]),
        (Fault("cut"), [2.0]),
    ],
)
async def test_the_query_service_is_retried_after_the_wait_it_asks(
    client: tuple[WikidataClient, FakeSleep],
    double: WikidataDouble,
    fault: Fault,
    waits: list[float],
) -> None:
    c, sleep = client
    double.faults["sparql"].append(fault)
    rows = await c.sparql(seasons_query(2010, 100, 0))
    assert len(rows) == 12
    assert sleep.waits == waits
    assert len(double.requests("sparql")) == 2


async def test_maxlag_waits_as_the_api_says_then_succeeds(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, sleep = client
    double.faults["api"] += [Fault("maxlag", "5"), Fault("maxlag", None), Fault("cut")]
    (record,) = await c.entities([w.uae_season(2020)])
    assert isinstance(record, SeasonRecord) and record.season == 2020
    assert sleep.waits == [5.0, 7.0, 8.0]  # Retry-After, then the reported lag, then backoff
    assert len(double.requests("api")) == 4


async def test_a_bad_request_fails_at_once(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, sleep = client
    double.faults["sparql"].append(Fault("400", None))
    with pytest.raises(WikidataError, match="HTTP 400"):
        await c.sparql(seasons_query(2010, 100, 0))
    assert sleep.waits == []


async def test_giving_up_names_the_last_reason(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, sleep = client
    double.faults["api"] += [Fault("429", "1")] * 4
    with pytest.raises(WikidataError, match="wbgetentities failed after 4 attempts: HTTP 429"):
        await c.entities([w.POGACAR])
    assert sleep.waits == [1.0, 1.0, 1.0]


async def test_an_api_error_other_than_maxlag_is_not_retried(
    client: tuple[WikidataClient, FakeSleep], double: WikidataDouble
) -> None:
    c, _ = client
    with pytest.raises(WikidataError, match="toomanyvalues"):
        await c._request(
            "GET",
            double.api_url,
            params={"action": "wbgetentities", "ids": "|".join(f"Q{i}" for i in range(1, 60))},
            what="wbgetentities",
        )


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after("120", now) == 120.0
    assert retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30.0
    assert retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now) == 0.0
    assert retry_after("soon", now) is None
    assert retry_after(None, now) is None


def test_binding_rows_keep_literals_and_shorten_entity_uris() -> None:
    body = {
        "head": {"vars": ["item", "label", "when"]},
        "results": {
            "bindings": [
                {
                    "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q42"},
                    "label": {"xml:lang": "en", "type": "literal", "value": "Douglas Adams"},
                    "when": {
                        "datatype": "http://www.w3.org/2001/XMLSchema#dateTime",
                        "type": "literal",
                        "value": "1952-03-11T00:00:00Z",
                    },
                }
            ]
        },
    }
    assert binding_rows(body) == [
        {"item": "Q42", "label": "Douglas Adams", "when": "1952-03-11T00:00:00Z"}
    ]


def test_entity_builder_writes_empty_maps_as_lists() -> None:
    assert e.entity("Q1", {}, {})["aliases"] == []
