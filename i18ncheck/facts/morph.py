"""Morphology: pymorphy3 analysers for uk and ru, loaded once, with cached lemma lookups.

`lemmas(word, lang)` returns every normal form pymorphy3 offers for a word, not only the
first parse: the uk dictionary misreads some words (Києві as a form of "кий"), so callers
check all candidates against their own tables.
"""

from __future__ import annotations

import functools


@functools.cache
def analyser(lang: str):  # type: ignore[no-untyped-def]
    """The pymorphy3 analyser of a language (uk or ru), created on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=200_000)
def parses(word: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(normal form, grammemes) of every parse of a word, lower-cased."""
    word = normalise_apostrophe(word.lower())
    if lang not in ("uk", "ru"):
        return ((word, frozenset()),)
    try:
        found = analyser(lang).parse(word)
    except ValueError:  # pymorphy3 asks unicodedata for the name of a letter that has none (U+17000)
        return ((word, frozenset({"UNKN"})),)
    return tuple((normalise_apostrophe(p.normal_form), frozenset(p.tag.grammemes)) for p in found)


def normalise_apostrophe(word: str) -> str:
    """Ukrainian apostrophes (’ ʼ ` ′) as the dictionary writes them (')."""
    return word.replace("’", "'").replace("ʼ", "'").replace("`", "'").replace("′", "'")


def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """Every normal form of a word (the word itself, lower-cased, for English)."""
    seen: dict[str, None] = {}
    for lemma, _ in parses(word, lang):
        seen.setdefault(lemma, None)
    return tuple(seen)
