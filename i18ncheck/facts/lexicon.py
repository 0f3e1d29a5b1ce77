"""Language data for facts, loaded once from the package's data files."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """A TOML data file of the package (i18ncheck/data/NAME), parsed once."""
    with resources.files("i18ncheck.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


_COMMON = 5e-8  # more often than once in the spell checker's English corpus


@functools.cache
def english_words() -> frozenset[str]:
    """The English words pyspellchecker has seen more than once (cached on disk)."""
    from importlib import metadata

    from ..cache import cached

    return cached("english-common", [metadata.version("pyspellchecker"), str(_COMMON)], _build_english_words)


def _build_english_words() -> frozenset[str]:
    from spellchecker import SpellChecker

    frequency = SpellChecker(language="en", distance=1).word_frequency
    least = _COMMON * frequency.total_words
    return frozenset(w for w, n in frequency.dictionary.items() if n >= least)


def common_english(low: str, plural: bool = False) -> bool:
    """Is a lower-case word a common English word (and, with `plural`, the plural of one)
    that a word list keeping case writes in lower case, not only as a name?"""
    words = english_words()
    return (low in words or plural and low.endswith("s") and low[:-1] in words) and low not in english_proper()


@functools.cache
def english_proper() -> frozenset[str]:
    """English words, lower-cased, that Webster's word list (web2, which keeps case) holds
    only with a capital: Carolina, Louis, Jupiter. The spell checker's list is lower-cased
    and counts names as words; these are names, not words a translator would translate."""
    from importlib import metadata

    from ..cache import cached

    return cached("english-proper", [metadata.version("english-words")], _build_english_proper)


def _build_english_proper() -> frozenset[str]:
    from english_words import get_english_words_set  # type: ignore[import-untyped]

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    return frozenset(w.lower() for w in words if w[:1].isupper() and w.lower() not in words)
