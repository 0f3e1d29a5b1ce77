"""Sentence splitting: abbreviations, initials, quotes and dashes."""

from __future__ import annotations

import pytest

from i18ncheck.segment import split_sentences

CASES = [
    ("Міністр М. Федоров заявив про втрати. Це багато.", 2),
    ("Це сталося на вул. Хрещатик у Києві. Поліція працює.", 2),
    ("Так зв. «сірий ринок» зріс на 35 тис. осіб у 2025 р. Тоді ж уряд відреагував.", 2),
    ("Втрати сягнули 35 тис. Це рекорд.", 2),
    ("Т. зв. часткова мобілізація 2022 року спричинила виїзд.", 1),
    ("The U.S. Army said so. It was 3 p.m. on Monday.", 2),
    ("Mr. Smith met Dr. Jones at 10 a.m. The talks went well.", 2),
    ("He enlisted on Sept. 5 and served a year. She enlisted in Sept. He did not.", 3),
    ("В г. Москва прошёл митинг. Полиция задержала 20 человек.", 2),
    ("«Ми переможемо!» — сказав він. Зала аплодувала.", 2),
    ("Він сказав: «Це кінець». Потім пішов.", 2),
    ("Ціна — 1.5 млрд грн. Роботи почнуться у березні.", 2),
    ("What now? Nobody knows... Maybe tomorrow.", 3),
    ("В 2017 г. компания выросла. Затем упала.", 2),
    ("Он родился в 1990 г. В 2010 г. переехал в Киев.", 2),
    ("Проект на 1000 км, т.е. от Киева до Харькова.", 1),
    # a time zone after a.m./p.m. belongs to the hour; a name that starts a sentence does not
    ("The vote closes at 9 p.m. Kyiv time. Results follow.", 2),
    ("Flights resume at 6 a.m. GMT on Monday.", 1),
    ("Doors open at 6 p.m. Eastern time, organisers said.", 1),
    ("He left at 9 p.m. Kyiv was dark by then.", 2),
    # a list item glued to its dash starts a sentence, as one after a spaced dash does
    ("Features: waterproof to 30 m. -Weighs 210 g. -Ships in a tin case.", 3),
    ("Переваги: легкий корпус. -Батарея на 12 годин. – Гарантія 2 роки.", 3),
    ("Он ушёл рано. -Не ждите.", 2),
    # "см." after a number is centimetres, which may end a sentence; alone it is "see"
    ("Шар мав товщину лише 4–5 см. Експертиза це підтвердила.", 2),
    ("Глубина составила 30 см. Воды больше не было.", 2),
    ("Подробнее см. Приложение 2 к договору.", 1),
    ("Согласно ч. 2 ст. 15 кодекса это запрещено.", 1),
    # a hyphen glued to a lower-case word or a number is no list item
    ("The range is 5 km. -ish, they said.", 1),
    ("It fell to 3 p.m. -2 below zero by night.", 1),
]


@pytest.mark.parametrize("text, count", CASES)
def test_sentence_count(text: str, count: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == count, [text[s.start:s.end] for s in spans]


def test_spans_cover_text_without_surrounding_space() -> None:
    text = "  Перше речення.   Друге речення!  "
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == ["Перше речення.", "Друге речення!"]
