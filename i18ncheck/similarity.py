"""Lexical similarity of sentences in different editions: chrF over character n-grams.

Ukrainian and Russian share most of their character n-grams (cognates, names, numbers),
so chrF between them is a strong alignment signal. English is compared with a Latin
transliteration of the Cyrillic editions (the official KMU scheme for Ukrainian, the
international-passport scheme for Russian): names, numbers and acronyms then overlap.

N-grams are extracted by sacrebleu (orders 1-6, whitespace removed, as chrF does) and
pooled into one set per sentence, so that each of the many comparisons the aligner makes
is one C-speed set intersection. The score is chrF's F-beta with beta = 1 (neither side is
the reference) over the pooled n-grams, i.e. micro- rather than macro-averaged over the
orders. On the gold alignment of the dev set, a sentence's true counterpart outscores its
neighbours 98.4% of the time for uk–ru and 89-90% for en against transliterated uk/ru
(macro-averaged chrF: 97.2% and 84-85%).
"""

from __future__ import annotations

import functools
from typing import Sequence

from sacrebleu.metrics.helpers import extract_all_char_ngrams

ORDER = 6


Grams = frozenset[int]
_MASK = (1 << 60) - 1  # hashes below 2**60: Python keeps them in the smallest int objects


@functools.cache
def _transliterator(lang: str):  # type: ignore[no-untyped-def]
    import translitua

    table = translitua.UkrainianKMU if lang == "uk" else translitua.RussianInternationalPassport
    return lambda text: translitua.translit(text, table)


def latin(text: str, lang: str) -> str:
    """A Latin transliteration of Cyrillic text (uk: KMU 2010, ru: international passport)."""
    return _transliterator(lang)(text) if lang in ("uk", "ru") else text


def grams(text: str) -> Grams:
    """The character n-grams (orders 1-6) of a text, lower-cased, as one set. Each n-gram
    is kept as its hash: a set of ints takes half the memory of the strings (a long
    article holds thousands of these sets), and two distinct n-grams of one article
    sharing a 60-bit hash is not a practical concern."""
    return frozenset(hash(g) & _MASK for order in extract_all_char_ngrams(text.lower(), ORDER, False) for g in order)


def merge(items: Sequence[Grams]) -> Grams:
    """The n-grams of several sentences read as one."""
    return items[0] if len(items) == 1 else frozenset().union(*items)


def chrf(a: Grams, b: Grams) -> float:
    """Pooled chrF (beta = 1) of two n-gram sets, in [0, 1]."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)
