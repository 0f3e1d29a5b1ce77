"""Entity rules on mentions that carry no proper word (only ordinary words): nothing to
compare, and no crash."""

from __future__ import annotations

import pytest

from i18ncheck.entity_rules import _translated_apart, clearly_different
from i18ncheck.model import EntityKey, Fact, Span


def _mention(text: str, words: tuple[frozenset[str], ...] = ()) -> Fact:
    return Fact("entity", (EntityKey(frozenset(), words),), Span(0, len(text)), text, 0, category="common", weak=True)


def test_two_ordinary_words_against_a_name_are_not_two_first_names() -> None:
    uk = _mention("Тихий Вечір")
    ru = _mention("Анна Коваль", (frozenset({"n"}), frozenset({"kvl"})))
    assert _translated_apart(uk, ru) is False
    assert _translated_apart(ru, uk) is False


def test_no_words_is_not_clearly_different() -> None:
    assert clearly_different(_mention("Тихий Вечір"), _mention("Тихий Вечер")) is False


def _mentions(text: str, lang: str) -> dict[str, frozenset[str]]:
    from i18ncheck import facts as fact_stage
    from i18ncheck.read import EditionSource, read_edition
    from i18ncheck.segment import segment

    seg = segment(read_edition(EditionSource(lang, f"x/{lang}.txt", ".txt", text)))
    return {f.text: f.key.ids for per in fact_stage.extract(seg) for f in per if f.kind == "entity"}


def test_the_tail_of_a_hyphenated_name_names_no_place() -> None:
    # Кубі is also Cuba in the locative; as the second part of a surname it names nothing
    ids = _mentions("Міністр торгівлі Чилі Хуан Фернандес-Кубі подякував Одесі.", "uk")
    assert ids.get("Хуан Фернандес-Кубі") == frozenset()
    assert ids.get("Чилі") == frozenset({"country:CL"})


def test_english_kn_and_doubled_letters_fold() -> None:
    from i18ncheck.facts.names import skeleton, translit

    # the k of an English kn- is silent, and a doubled letter is one sound: Knotts is Нотс
    assert skeleton("Knotts", english=True) == skeleton(translit("Нотс", "uk"))
    assert skeleton("Maxx", english=True) == skeleton(translit("Макс", "ru"))


def test_a_place_adjective_matches_its_place() -> None:
    from i18ncheck.entity_rules import _words_match
    from i18ncheck.facts.names import token_keys

    # Тузлівському (an adjective of the village Tuzly, which the dictionary does not know)
    assert _words_match(token_keys("Тузлівському", "uk").skeletons, token_keys("Tuzly", "en").skeletons)
    assert _words_match(token_keys("Тузловском", "ru").skeletons, token_keys("Tuzly", "en").skeletons)
    # a three-letter stem too: Барському / Барском районе, the Bar district
    assert _words_match(token_keys("Барському", "uk").skeletons, token_keys("Bar", "en").skeletons)
    assert _words_match(token_keys("Барском", "ru").skeletons, token_keys("Bar", "en").skeletons)
    # a Ukrainian adjective the Ukrainian dictionary knows as a word: the Russian one confirms
    # the town (Бердичев), so it names a place, not an ordinary adjective
    assert token_keys("Бердичівська", "uk").place
    assert _words_match(token_keys("Бердичівська", "uk").skeletons, token_keys("Berdychiv", "en").skeletons)
    assert not token_keys("Національний", "uk").place


def test_one_latin_spelling_copied_otherwise() -> None:
    from i18ncheck.entity_rules import _same_letters

    assert _same_letters("Blue Bell", "BlueBell")          # joined
    assert _same_letters("Dunnmore", "Dunmore")            # a letter doubled
    assert _same_letters("Ashbourne Road", "Ashborne Road")  # a vowel of a word no dictionary knows
    assert not _same_letters("Good Morning", "Good Mourning")  # two English words
    assert not _same_letters("Silver Lake", "Silver Lane")


@pytest.mark.parametrize(("short", "long", "expected"), [
    ("UCU", "Ukrainian Catholic University", True),  # one letter of each word
    ("EBRD", "European Bank for Reconstruction and Development", True),  # small words aside
    ("CENTCOM", "Central Command", True),  # more letters of some words
    ("NEFCO", "Nordic Environment Finance Corporation", True),
    ("CENTCOM", "Central Bank", False),  # a start that is no word's start
    ("ABC", "Alphabet Corp", False),
    ("NATO", "National Theatre", False),  # letters left over
    ("IMF", "International Monetary Fund of the Ukrainian Republic", False),  # words left over
])
def test_an_acronym_is_made_of_its_names_word_starts(short: str, long: str, expected: bool) -> None:
    from i18ncheck.entity_rules import _abbreviates

    assert _abbreviates(short, long) is expected
