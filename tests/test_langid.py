"""Language identification: script cues first, langdetect for the rest, deterministic."""

from __future__ import annotations

import pytest

from i18ncheck.langid import identify, script_counts

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
