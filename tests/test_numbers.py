"""Number extraction: values, categories and units from every locale style."""

from __future__ import annotations

import pytest

from i18ncheck.facts.numbers import extract_numbers

CASES = [
    # text, lang, [(text, first value, category, unit)]
    ("about 35,000 soldiers", "en", [("35,000", 35000, "count", None)]),
    ("близько 35 000 військових", "uk", [("35 000", 35000, "count", None)]),
    ("близько 35\u00a0000 військових", "uk", [("35\u00a0000", 35000, "count", None)]),
    ("близько 35\u202f000 військових", "uk", [("35\u202f000", 35000, "count", None)]),
    ("приблизно 35 тисяч військових", "uk", [("35 тисяч", 35000, "count", None)]),
    ("около 35 тыс. военных", "ru", [("35 тыс.", 35000, "count", None)]),
    ("1,5 млрд доларів", "uk", [("1,5 млрд доларів", 1.5e9, "money", "USD")]),
    ("$1.5bn deal", "en", [("$1.5bn", 1.5e9, "money", "USD")]),
    ("$25,000 fine", "en", [("$25,000", 25000, "money", "USD")]),
    ("25 тыс. долларов", "ru", [("25 тыс. долларов", 25000, "money", "USD")]),
    ("UAH 2.3 billion", "en", [("UAH 2.3 billion", 2.3e9, "money", "UAH")]),
    ("2,3 млн гривен", "ru", [("2,3 млн гривен", 2.3e6, "money", "UAH")]),
    ("€500 million", "en", [("€500 million", 5e8, "money", "EUR")]),
    ("up to 70–80% of losses", "en", [("70", 70, "percent", "%"), ("80%", 80, "percent", "%")]),
    ("до 70–80 % втрат", "uk", [("70", 70, "percent", "%"), ("80 %", 80, "percent", "%")]),
    ("12 per cent", "en", [("12 per cent", 12, "percent", "%")]),
    ("на 12 відсотків", "uk", [("12 відсотків", 12, "percent", "%")]),
    ("1-2 million people", "en", [("1", 1e6, "count", None), ("2 million", 2e6, "count", None)]),
    ("2025 people", "en", [("2025", 2025, "count", None)]),
    ("3-й батальйон", "uk", [("3-й", 3, "ordinal", None)]),
    ("the 3rd battalion", "en", [("3rd", 3, "ordinal", None)]),
    ("see https://example.org/2025/12/35000", "en", []),
    ("10-річний хлопчик", "uk", [("10", 10, "count", None)]),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_extract(text: str, lang: str, expected: list) -> None:
    facts = extract_numbers(text, lang)
    got = [(f.text, f.value, f.category, f.unit) for f in facts if f.category != "link"]
    assert got == [(t, pytest.approx(v), c, u) for t, v, c, u in expected]


def test_link_digits_are_weak_labels_of_their_link() -> None:
    facts = [f for f in extract_numbers("див. https://example.org/a/2025/12/35000).", "uk") if f.category == "link"]
    assert [f.text for f in facts] == ["2025", "12", "35000"]
    assert all(f.weak for f in facts)
    assert [f.unit for f in facts] == [f"https://example.org/a/#/#/# #{i}" for i in range(3)]


@pytest.mark.parametrize("text, lang, readings", [
    ("1,500", "uk", (1.5, 1500)),   # a decimal comma, or an English-style group
    ("35.000", "ru", (35000, 35)),  # a dotted group, or a decimal
    ("1,500", "en", (1500,)),
    ("1.5", "en", (1.5,)),
    ("1 234,5", "uk", (1234.5,)),
])
def test_ambiguous_separators_keep_every_reading(text: str, lang: str, readings: tuple) -> None:
    (fact,) = extract_numbers(text, lang)
    assert fact.values == pytest.approx(readings)


@pytest.mark.parametrize("text, lang", [
    ("F-16 and Су-34 and COVID-19 and 5G and MH17", "en"),
    ("the Nord Stream 2 pipeline and a Boeing 737", "en"),
    ("газогін «Північний потік 2»", "uk"),
])
def test_numbers_in_names_are_weak(text: str, lang: str) -> None:
    """Part of a name, not a quantity: kept only to meet the same name in other editions."""
    assert all(f.weak for f in extract_numbers(text, lang))


def test_spans_are_offset() -> None:
    (fact,) = extract_numbers("втрати 53 тисячі", "uk", sentence=4, offset=100)
    assert (fact.span.start, fact.span.end, fact.sentence) == (107, 116, 4)


@pytest.mark.parametrize("text, lang, expected", [
    ("Наступил полдень.", "ru", []),            # noon, not half a day
    ("Работа займет полдня.", "ru", [0.5]),      # half a day: the genitive
    ("Ремонт триватиме півроку.", "uk", [0.5]),
    ("Это девятипортовый коммутатор.", "ru", [9.0]),   # a coined compound
    ("Одночасний запуск.", "uk", []),           # a known word that begins like a numeral
    ("Прийшли в другій половині дня.", "uk", [2.0]),  # the afternoon: no half day (the ordinal is weak)
    ("Во второй половине года цены выросли.", "ru", [2.0]),
    ("Работа займет половину дня.", "ru", [0.5]),  # half a day, with no ordinal before it
])
def test_number_words_in_compounds(text: str, lang: str, expected: list) -> None:
    from i18ncheck.facts.words import extract_number_words

    assert [f.value for f in extract_number_words(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("После читырех месяцев работы.", "ru", [(4.0, True)]),  # a slip of the pen: a guessed, weak four
    ("Через чотирі дні.", "uk", [(4.0, True)]),
    ("Через четыре дня.", "ru", [(4.0, False)]),             # spelt right: a plain four
    ("Обговорили стратегію.", "uk", []),                   # a real word near no numeral
])
def test_misspelt_cardinals_are_guessed_weak(text: str, lang: str, expected: list) -> None:
    from i18ncheck.facts.words import extract_number_words

    assert [(f.value, f.weak) for f in extract_number_words(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Екран 16:9, знімки 13x18 см.", "uk", [((16, 9),), ((13, 18),)]),  # a pair: one value
    ("Ящик 10×10×30 см.", "uk", [(10.0,), (10.0,), (30.0,)]),  # three sides: each alone, as 10 на 10 на 30
    ("A 10 x 10 x 30 cm box.", "en", [(10.0,), (10.0,), (30.0,)]),
])
def test_sizes_joined_by_times_signs(text: str, lang: str, expected: list) -> None:
    from i18ncheck.facts import extract_sentence

    assert [f.values for f in extract_sentence(text, lang) if f.kind == "number"] == expected
