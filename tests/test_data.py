"""The language data files: every listed example form matches its pattern."""

from __future__ import annotations

import pytest
import regex

from i18ncheck.facts.lexicon import load

QUANTITIES = load("quantities.toml")
ENTRIES = [(section, e) for section in ("magnitude", "currency") for e in QUANTITIES[section]]
ENTRIES.append(("percent", QUANTITIES["percent"]))


@pytest.mark.parametrize("section, entry", ENTRIES,
                         ids=[f"{s}-{e.get('code', e.get('value', ''))}" for s, e in ENTRIES])
def test_examples_match(section: str, entry: dict) -> None:
    patterns = [regex.compile(rf"(?:{entry[lang]})", regex.I) for lang in ("uk", "en", "ru")]
    assert entry["examples"], "every entry lists example forms"
    for form in entry["examples"]:
        assert any(p.fullmatch(form) for p in patterns), f"{form!r} matches no {section} pattern"


NUMERALS = load("numerals.toml")
CALENDAR = load("calendar.toml")


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_numeral_lemmas_are_pymorphy_lemmas(lang: str) -> None:
    """Every uk/ru numeral in the table is a normal form pymorphy3 produces, so its
    inflected forms (двадцятьом, третьего) reach the table."""
    from i18ncheck.facts.morph import lemmas

    dead = [lemma for kind, table in NUMERALS[lang].items() for lemma in table
            if lemma not in lemmas(lemma, lang) and kind != "fraction"]
    assert dead == []


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_calendar_adjectives_are_recognised(lang: str) -> None:
    from i18ncheck.facts.morph import parses

    for kind in ("month", "weekday"):
        for lemma in CALENDAR[lang][kind]:
            assert any(l == lemma and "ADJF" in g for l, g in parses(lemma, lang)), lemma


def test_relative_dates_have_every_language() -> None:
    for entry in CALENDAR["relative"]:
        for lang in ("uk", "en", "ru"):
            regex.compile(entry[lang])
        assert entry["unit"] in ("day", "week", "month", "year")


UNITS = load("units.toml")["unit"]


@pytest.mark.parametrize("unit", UNITS, ids=[u["name"] for u in UNITS])
def test_unit_examples_match(unit: dict) -> None:
    flags = 0 if unit.get("case") else regex.I
    patterns = [regex.compile(unit[lang], flags) for lang in ("uk", "en", "ru")]
    for form in unit["examples"]:
        assert any(p.fullmatch(form) for p in patterns), f"{form!r} matches no pattern of {unit['name']}"
