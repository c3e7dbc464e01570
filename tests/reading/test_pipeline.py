"""The reader as a whole: its errors, its bounds, hostile input, language detection."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.models import EntityKind, EntityRef
from bot.domain.reading import Known, ReadingFailed, digest, read_article
from bot.domain.reading.text import folded
from bot.domain.reading.vocab import detect, languages
from tests.reading.lookup import FakeLookup, read

ARTICLES = __import__("pathlib").Path(__file__).parents[1] / "domain" / "articles"


class BrokenLookup:
    def person(self, name: str) -> Known | None:
        raise RuntimeError("index gone")

    def team(self, name: str) -> Known | None:
        return None


def test_a_failing_stage_raises_reading_failed_with_the_articles_hash() -> None:
    text = "Kasper Holm joins Cofidis in 2025."
    with pytest.raises(ReadingFailed) as caught:
        read_article(text, url=None, published=date(2024, 9, 1), lookup=BrokenLookup())
    assert caught.value.digest == digest(text) and caught.value.stage == "mentions"
    assert digest(text) in str(caught.value)


def test_nothing_to_read_is_an_empty_reading_not_an_error() -> None:
    reading = read("Subscribe now!\nNothing to see here.")
    assert reading.proposals == () and reading.ignored_lines == 1


def test_the_lookup_is_asked_a_bounded_number_of_times() -> None:
    lookup = FakeLookup()
    hostile = " ".join(f"Aa{i} Bb{i} Cc{i} Dd{i}" for i in range(3000))
    read(hostile, lookup=lookup)
    assert len(lookup.calls) <= 600


def test_hostile_text_is_read_without_error() -> None:
    text = (ARTICLES / "hostile.txt").read_text(encoding="utf-8")
    reading = read(text)
    assert all(len(p.evidence) <= 200 for p in reading.proposals)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600), st.one_of(st.none(), st.text(max_size=80)), st.dates())
def test_any_text_url_and_date_read_without_error(text: str, url: str | None, day: date) -> None:
    reading = read_article(text, url=url, published=day, lookup=FakeLookup())
    for p in reading.proposals:
        assert p.person.name and p.evidence is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [("Kasper Holm will join the team next season, his manager said.", "en"),
     ("Kasper Holm rijdt volgend seizoen voor de ploeg van zijn vader.", "nl"),
     ("Kasper Holm rejoindra l'équipe la saison prochaine, selon son manager.", "fr"),
     ("Kasper Holm passa alla squadra della sua città per la prossima stagione.", "it"),
     ("Kasper Holm correrá con el equipo de su ciudad la próxima temporada.", "es")],
)  # fmt: skip
def test_language_detection_by_function_words(text: str, language: str) -> None:
    assert detect(folded(text)) == language


def test_every_vocabulary_compiles_and_has_every_trigger_class() -> None:
    compiled = languages()
    assert sorted(compiled) == ["en", "es", "fr", "it", "nl"]
    for c in compiled.values():
        assert len(c.triggers) == 10, c.vocab.code


def test_proposals_stay_in_english_whatever_the_language() -> None:
    (p,) = read("Kasper Holm prendra sa retraite à la fin de la saison.").proposals
    assert (p.kind.value, p.status.value) == ("retirement", "official")


def test_known_person_refs_come_from_the_lookup() -> None:
    (p,) = read("Kasper Holm joins Cofidis in 2025.").proposals
    assert p.person.ref == EntityRef(EntityKind.PERSON, 10)
    assert p.to_team is not None and p.to_team.ref == EntityRef(EntityKind.TEAM, 106)
