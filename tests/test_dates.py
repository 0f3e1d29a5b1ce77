"""Date and time extraction: every grammatical form reads the same value."""

from __future__ import annotations

import pytest

from i18ncheck.facts.dates import extract_dates

CASES = [
    ("in December", "en", [("month", 12)]),
    ("у грудні", "uk", [("month", 12)]),
    ("в декабре", "ru", [("month", 12)]),
    ("5 грудня 2025 року", "uk", [("day", (12, 5)), ("year", 2025)]),
    ("December 5, 2025", "en", [("day", (12, 5)), ("year", 2025)]),
    ("до 05.12.", "uk", [("day", (12, 5))]),
    ("on Sunday", "en", [("weekday", 6)]),
    ("у неділю", "uk", [("weekday", 6)]),
    ("в воскресенье", "ru", [("weekday", 6)]),
    ("у недільному випуску", "uk", [("weekday", 6)]),
    ("на ноябрьских торгах", "ru", [("month", 11)]),
    ("at 3 p.m.", "en", [("time", 900)]),
    ("о 15:00", "uk", [("time", 900)]),
    ("в 15.00", "ru", [("time", 900)]),
    ("о 15-й", "uk", [("time", 900)]),
    ("в 3 часа дня", "ru", [("time", 900)]),
    ("the 1930s", "en", [("decade", 1930)]),
    ("у 1930-х", "uk", [("decade", 1930)]),
    ("в 30-е годы", "ru", [("decade", 30)]),
    ("the XX century", "en", [("century", 20)]),
    ("у ХХ ст.", "uk", [("century", 20)]),
    ("двадцять першого століття", "uk", [("century", 21)]),
    ("in Q3", "en", [("quarter", 3)]),
    ("у III кварталі", "uk", [("quarter", 3)]),
    ("в третьем квартале", "ru", [("quarter", 3)]),
    ("Першого вересня", "uk", [("day", (9, 1))]),
    ("last week", "en", [("relative", ("week", -1))]),
    ("торік", "uk", [("relative", ("year", -1))]),
    ("в среде экспертов", "ru", []),           # среда as "environment", not Wednesday
    ("лютий мороз", "uk", [("month?", 2)]),    # "fierce" or February: kept weak, never reported
    ("що листопад буде теплим", "uk", [("month?", 11)]),  # the leaf fall, or November
    ("May said", "en", []),
    ("as early as May", "en", [("month?", 5)]),  # after a lower-case word: the month, weak
    ("Theresa May spoke", "en", []),
    ("по 1000 долларов", "ru", []),            # a sum of money, not the year 1000
    ("Saturday Night Live", "uk", [("weekday", 5)]),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_dates(text: str, lang: str, expected: list) -> None:
    """A month name that may be an ordinary word is a weak fact ("month?"): it meets the
    other editions' month, but is never reported itself."""
    got = [(f.category + ("?" if f.weak and f.category == "month" else ""), f.value)
           for f in extract_dates(text, lang)]
    assert got == expected
