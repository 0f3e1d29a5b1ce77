"""Language identification: script cues first, langdetect for the rest, deterministic."""

from __future__ import annotations

import pytest

from i18ncheck.langid import identify, script_counts, sentence_language

CASES = [
    ("Уряд ухвалив рішення про ремонт шкіл у трьох областях.", "uk"),
    ("Правительство приняло решение о ремонте школ в трёх областях.", "ru"),
    ("The government decided to repair schools in three regions.", "en"),
    ("Парламент ухвалив закон", "und"),  # too short to tell without a cue letter
    ("Он сказал, что это был этап.", "ru"),
]


@pytest.mark.parametrize("text, lang", CASES)
def test_identify(text: str, lang: str) -> None:
    assert identify(text).lang == lang


def test_deterministic() -> None:
    text = "Мама мыла раму"
    assert len({identify(text) for _ in range(5)}) == 1


def test_script_counts() -> None:
    c = script_counts("Київ і Москва, Kyiv")
    assert (c.latin, c.uk, c.ru) == (4, 2, 0)


@pytest.mark.parametrize("text, expected, lang", [
    # a link, a handle or a hashtag is written in Latin letters whatever the language
    ("Ось огляд: https://example.org/news/the-best-of-the-new-library-in-the-city-and-what-to-read-there", "uk", "uk"),
    ("Дякую @the_riverside_book_club_of_the_town and @all_of_the_friends #bookclub", "uk", "uk"),
    # a quoted title in Latin letters inside a Cyrillic sentence
    ("Включи, пожалуйста, «Here Comes the Sun and All of the Other Songs of the Summer».", "ru", "ru"),
    # a sentence really left in English is still found
    ("We will publish the full results of the survey next week, the ministry said.", "uk", "en"),
    # a Ukrainian sentence in the Russian edition, its quoted label Ukrainian too
    ("Натисніть «Відновлення» і зачекайте кілька хвилин.", "ru", "uk"),
])
def test_sentence_language_reads_prose(text: str, expected: str, lang: str) -> None:
    assert sentence_language(text, expected).lang == lang


@pytest.mark.parametrize("text, expected, runs", [
    # the words of a link's slug are no English clause inside a Cyrillic sentence
    ("Ось стаття https://example.org/2024/03/16/why-the-river-has-been-left-to-the-city-by-its-owners/ — раджу.",
     "uk", []),
    ("Вот ссылка @friends_of_the_river_and_all_of_the_town_for_the_win, читайте.", "ru", []),
    # an English clause in the prose still is
    ("Він написав: this is the end of the road for all of us, і пішов.", "uk", [(13, 54, "en")]),
])
def test_foreign_runs_leave_links_aside(text: str, expected: str, runs: list) -> None:
    from i18ncheck.langid import foreign_runs

    assert foreign_runs(text, expected) == runs
