"""Stages 1-2: cleaning, page furniture, line kinds, Q&A, sentences."""

from __future__ import annotations

from bot.domain.reading.clean import MAX_TEXT, clean
from bot.domain.reading.furniture import classify, sentences
from bot.domain.reading.records import LineKind
from bot.domain.reading.text import folded, plain
from tests.reading.lookup import moves, read


def kinds(text: str) -> list[LineKind]:
    body = clean(text)
    return [line.kind for line in classify(body, folded(body))]


def test_clean_bounds_the_text_and_drops_invisible_and_control_characters() -> None:
    assert clean("Ka\u200bsper\u202e Holm\r\nnext\x07line") == "Kasper Holm\nnext line"
    assert len(clean("x" * (MAX_TEXT + 500))) == MAX_TEXT


def test_folding_keeps_offsets() -> None:
    text = "Mørkøv’s “move” – Pogačar"
    assert len(plain(text)) == len(folded(text)) == len(text)
    assert folded(text) == 'morkov\'s "move" - pogacar'


def test_furniture_lines_are_dropped_in_any_language() -> None:
    text = (
        "Holm to Cofidis\nBy Anna Example\n[Photo: Kasper Holm. Credit: Example Images]\n"
        "Sign up for our newsletter\nLees ook: de beste klimmers\nÀ lire aussi : le Tour\n"
        "Kasper Holm joins Cofidis in 2025.\nAbout the author: Anna has covered cycling for years."
    )
    assert kinds(text) == [
        LineKind.HEADLINE, *[LineKind.FURNITURE] * 5, LineKind.BODY, LineKind.FURNITURE,
    ]  # fmt: skip


def test_a_teaser_block_after_related_is_furniture_until_a_blank_line() -> None:
    text = "Holm to Cofidis\n\nKasper Holm joins Cofidis.\n\nRelated\n- Nina Vogel joins Movistar\n- Luca Bellandi retires\n"
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_prose_that_mentions_a_newsletter_is_not_furniture() -> None:
    text = (
        "Holm news\n\nKasper Holm will join Cofidis next season, a reporter wrote in his subscriber "
        "newsletter. The Dane had been expected to stay, and his team had hoped to keep him for longer."
    )
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_lists_tables_and_interviews_are_told_apart() -> None:
    text = (
        "Talk\n\n1. one item\n- another\n| a | b | c |\n\nWhere will you ride?\nAt Cofidis, from next year.\n"
        "Why?\nI wanted a change.\n"
    )
    assert kinds(text) == [
        LineKind.HEADLINE, LineKind.BLANK, LineKind.ITEM, LineKind.ITEM, LineKind.TABLE,
        LineKind.BLANK, LineKind.QUESTION, LineKind.ANSWER, LineKind.QUESTION, LineKind.ANSWER,
        LineKind.BLANK,
    ]  # fmt: skip


def test_one_question_mark_headline_is_no_interview() -> None:
    assert kinds("Holm to Cofidis?\n\nKasper Holm could join Cofidis.")[0] is LineKind.HEADLINE


def test_sentences_split_at_full_stops_but_not_after_initials_or_abbreviations() -> None:
    body = "A. Holm joined St. Michel. He stays. Then Mr. Vogel spoke."
    lines = classify(body, folded(body))
    found = [body[s.start : s.end] for s in sentences(body, lines)]
    assert found == ["A. Holm joined St. Michel.", "He stays.", "Then Mr. Vogel spoke."]


def test_a_live_blog_timestamp_is_not_part_of_the_sentence() -> None:
    text = "Live\n\n09:15 – Cofidis have confirmed the signing of Kasper Holm for 2025."
    assert moves(read(text)) == [("Kasper Holm", "transfer", "Cofidis", 2025)]


def test_an_interview_answer_in_the_first_person_is_the_interviewee() -> None:
    text = (
        'Interview – Kasper Holm: "A new start"\n\nWhere will you race next year?\n'
        "From next season I will ride for Cofidis. It felt like the right moment.\n\n"
        "How long is the deal?\nTwo years, so until the end of 2026.\n"
    )
    reading = read(text)
    assert moves(reading) == [("Kasper Holm", "transfer", "Cofidis", 2025)]
    assert reading.proposals[0].contract_end == 2026
