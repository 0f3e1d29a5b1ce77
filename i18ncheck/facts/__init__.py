"""Fact extraction: the numbers, dates and names of every sentence of an edition."""

from __future__ import annotations

from typing import Callable

from ..model import Fact, Segmented
from .numbers import extract_numbers

Extractor = Callable[[str, str, int, int], list[Fact]]

EXTRACTORS: tuple[Extractor, ...] = (extract_numbers,)


def extract(segmented: Segmented) -> tuple[tuple[Fact, ...], ...]:
    """The facts of each sentence, in sentence order; spans are in the view text."""
    out = []
    for sent in segmented.sentences:
        facts: list[Fact] = []
        for extractor in EXTRACTORS:
            facts.extend(extractor(sent.text, segmented.lang, sent.index, sent.span.start))
        facts.sort(key=lambda f: f.span.start)
        out.append(tuple(facts))
    return tuple(out)
