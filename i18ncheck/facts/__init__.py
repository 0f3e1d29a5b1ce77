"""Fact extraction: the numbers, dates and names of every sentence of an edition.

Extractors run in order, each skipping the characters earlier ones claimed: dates and times
first (so that 15:00 and 2025 року are not read as plain numbers), then match scores, then
numbers in digits, then numbers in words.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from .. import patterns
from ..model import Fact, Segmented, Span
from .dates import extract_dates
from .numbers import extract_feet_inches, extract_numbers, extract_scores
from .words import extract_number_words

SENTENCES = 8_192  # sentence texts whose facts are kept (each a few hundred bytes)


def extract_sentence(text: str, lang: str, sentence: int = 0, offset: int = 0, dates: bool = True) -> list[Fact]:
    """Every fact of one sentence, in text order; spans are offset by `offset`. Without
    `dates`, only numbers are read (for a text compared with one that states no date)."""
    return [moved(f, sentence, offset) for f in _sentence_facts(text, lang, dates)]


def moved(fact: Fact, sentence: int, offset: int) -> Fact:
    """A fact read from a sentence at offset 0, placed in sentence `sentence` at `offset`."""
    if not sentence and not offset:
        return fact
    return replace(fact, span=Span(fact.span.start + offset, fact.span.end + offset), sentence=sentence)


@functools.lru_cache(maxsize=SENTENCES)
def _sentence_facts(text: str, lang: str, dates: bool) -> tuple[Fact, ...]:
    """The facts of a sentence text at offset 0, computed once per text: the same words
    state the same facts wherever they stand (the editions of a batch share sentences)."""
    facts = extract_dates(text, lang) if dates else []
    taken = [(f.span.start, f.span.end) for f in facts]
    for extractor in (extract_scores, extract_feet_inches, extract_numbers, extract_number_words):
        new = extractor(text, lang, 0, 0, taken)
        facts.extend(new)
        taken.extend((f.span.start, f.span.end) for f in new)
    facts.sort(key=lambda f: f.span.start)
    return tuple(_alternatives_are_weak(text, facts, 0))


_OR = patterns.compile(r"\s*(?:or|або|чи|или|либо)\s*$", regex.I)
# "either 6 or 9 months", "або 6, або 9", "либо 6, либо 9": two stated options, not a guess
_EITHER = patterns.compile(r"(?:\beither|(?<!\p{L})(?:або|либо|или))\s+$", regex.I)


def _alternatives_are_weak(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """"one or two", "два-три": numbers offered as alternatives are an estimate, not a fact
    (unless announced as options: either 6 or 9; pairs are options: 4:3 or 16:9)."""
    out = list(facts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind == b.kind == "number" and "score" not in (a.category, b.category) and _OR.match(text[a.span.end - offset:b.span.start - offset]) \
                and not _EITHER.search(text[max(0, a.span.start - offset - 12):a.span.start - offset]):
            out[i], out[i + 1] = replace(a, weak=True), replace(b, weak=True)
    return out


def extract(segmented: Segmented) -> tuple[tuple[Fact, ...], ...]:
    """The facts of each sentence, in sentence order; spans are in the view text."""
    from . import entities

    numeric = [extract_sentence(s.text, segmented.lang, s.index, s.span.start) for s in segmented.sentences]
    taken = [[(f.span.start - s.span.start, f.span.end - s.span.start) for f in facts]
             for s, facts in zip(segmented.sentences, numeric)]
    names = entities.extract(segmented, taken)
    return tuple(tuple(facts) + names[k] for k, facts in enumerate(numeric))
