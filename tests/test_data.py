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


ENTITIES = load("entities.toml")["entity"]
_KINDS = ("country", "region", "city", "place", "org")
_FIELDS = {"id", "within", "en", "uk", "ru", "adj_en", "adj_uk", "adj_ru"}


def test_entity_ids_are_unique_and_typed() -> None:
    ids = [e["id"] for e in ENTITIES]
    assert len(ids) == len(set(ids)), "an entity id is listed twice"
    for e in ENTITIES:
        kind, _, slug = e["id"].partition(":")
        assert kind in _KINDS and slug, f"{e['id']}: the id is kind:slug with a known kind"
        assert set(e) <= _FIELDS, f"{e['id']}: unknown fields {set(e) - _FIELDS}"
        # names in two languages, or a brand every edition writes in Latin (SpaceX, Politico)
        assert sum(1 for lang in ("uk", "en", "ru") if e.get(lang)) >= 2 or \
            (e.get("en") and all(name.isascii() for name in e["en"])), f"{e['id']}: names in two languages"
        for parent in e.get("within", []):
            assert parent in ids and parent != e["id"], f"{e['id']}: within names an unknown id {parent}"


@pytest.mark.parametrize("entry", ENTITIES, ids=[e["id"] for e in ENTITIES])
def test_entity_names_resolve_to_their_id(entry: dict) -> None:
    """Every listed name, as written in its language, is found again by the name keys
    (a typo, or a name that lemmatises into another entity, would fail here)."""
    from i18ncheck.facts.names import phrase_id, token_keys

    for lang in ("uk", "en", "ru"):
        for name in entry.get(lang, []):
            words = name.replace("«", "").replace("»", "").split()
            found = {phrase_id(words, lang)} if len(words) > 1 else set(token_keys(words[0], lang).ids)
            assert entry["id"] in found, f"{lang} {name!r} resolves to {found}, not {entry['id']}"
