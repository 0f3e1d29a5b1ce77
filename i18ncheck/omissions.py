"""Omissions and additions: aligned material that one edition lacks (SG01, SG02) or that
only one edition has (SG03).

A run of consecutive alignment groups with the same edition(s) absent is one finding: a
dropped paragraph of three sentences is one omission, not three. It is a paragraph (SG01,
an error) when the material is whole paragraphs in every edition that has it, otherwise a
sentence (SG02, a warning). With two editions there is no third to vote, so the edition
lacking the material is named. The odd edition's location is the empty span where the
material should have been.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from . import patterns
from .language import excerpt
from .model import Alignment, Finding, Location, Segmented, Span, frozen_map

Locate = Callable[[str, Span], Location]
Affinity = Callable[[str, tuple[int, ...], str, tuple[int, ...]], float]
_AGREE = 0.25  # log length ratio within which two editions agree on how much there is
_SHORT = 0.45  # log length ratio by which the odd edition falls short of both others
_LOST = 40  # characters missing at least
_MIN_LETTERS = 12  # a stray dash or a one-word caption is not an omission worth a finding
_MOVED = -4.0  # mean bead cost (negative log-odds) at which material counts as found elsewhere
# Characters a letter of an acronym stands for: the median over the gazetteer's 151 pairs of
# an acronym and the full name of one body in one language (data/entities.toml: uk 8.4,
# en 7.7, ru 9.0).
_SPELLED_OUT = 8
# capitals, or capitals with single small letters between them (АсМАП, НаУКМА)
_ACRONYM = patterns.compile(r"(?<!\p{L})\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6}(?!\p{L})")


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _whole_paragraphs(seg: Segmented, idx: Sequence[int]) -> bool:
    """Do these sentences make up complete paragraphs of the edition?"""
    chosen = set(idx)
    paragraphs = {seg.sentences[i].paragraph for i in idx}
    return all(s.index in chosen for s in seg.sentences if s.paragraph in paragraphs)


def _elsewhere(affinity: Affinity, holders: Mapping[str, tuple[int, ...]], seg: Segmented,
               skip: set[int]) -> bool:
    """Does an edition state this material somewhere else (a moved paragraph)? True when one
    or two of its sentences, outside `skip`, confidently translate every holder's text."""
    n = len(seg.sentences)
    for start in range(n):
        for size in (1, 2):
            cand = tuple(range(start, min(n, start + size)))
            if len(cand) < size or set(cand) & skip:
                continue
            costs = [affinity(lang, idx, seg.lang, cand) for lang, idx in holders.items()]
            if max(costs) < 0 and sum(costs) / len(costs) < _MOVED:
                return True
    return False


def _shortfall(alignment: Alignment, segs: Mapping[str, Segmented], gi: int) -> str | None:
    """The edition whose text in a complete group is far shorter than the two others, which
    agree with each other: part of a sentence left out (a clause, or a line that the
    other editions run into one sentence). None when the lengths tell nothing."""
    from .align import expected_ratio

    g = alignment.groups[gi]
    if len(alignment.langs) != 3 or not all(g.members.values()):
        return None
    size, spelled = {}, {}
    for lang, idx in g.members.items():
        sents = segs[lang].sentences
        start, end = sents[idx[0]].span.start, sents[idx[-1]].span.end
        size[lang] = end - start
        # the short edition's acronyms are as long as the names they stand for (НАБУ where
        # the others spell out the bureau's name): each letter counts as a spelled-out word
        spelled[lang] = size[lang] + sum(len(m.group()) * (_SPELLED_OUT - 1)
                                         for m in _ACRONYM.finditer(segs[lang].edition.text, start, end))
    for odd in alignment.langs:
        a, b = (lang for lang in alignment.langs if lang != odd)
        if abs(math.log((size[b] + 15) / (size[a] * expected_ratio(a, b) + 15))) > _AGREE:
            continue
        short = [math.log((spelled[odd] + 15) / (size[h] * expected_ratio(h, odd) + 15)) for h in (a, b)]
        lost = min(size[h] / expected_ratio(odd, h) for h in (a, b)) - spelled[odd]
        if max(short) < -_SHORT and lost >= _LOST:
            return odd
    return None


def omissions(alignment: Alignment, segs: Mapping[str, Segmented], locate: Locate,
              foreign: Mapping[str, set[int]] | None = None,
              affinity: Affinity | None = None) -> tuple[list[Finding], set[int]]:
    """Segment findings, and the indices of the groups they cover. `affinity` (the
    aligner's bead cost) lets material found elsewhere in the odd edition count as moved."""
    langs = alignment.langs
    groups = alignment.groups
    foreign = foreign or {}
    runs: list[tuple[str, tuple[str, ...], list[int]]] = []
    odd: tuple[str, ...]
    for gi, g in enumerate(groups):
        present = g.present()
        absent = tuple(lang for lang in langs if lang not in present)
        if not absent or not present:
            continue
        if len(langs) == 3 and len(present) == 1:
            kind, odd = "added", present
        else:
            kind, odd = "missing", absent
        if runs and runs[-1][:2] == (kind, odd) and runs[-1][2][-1] == gi - 1:
            runs[-1][2].append(gi)
        else:
            runs.append((kind, odd, [gi]))
    findings: list[Finding] = []
    covered: set[int] = set()
    for kind, odd, run in runs:
        holders = [lang for lang in langs if lang not in odd] if kind == "missing" else list(odd)
        idx = {lang: [i for gi in run for i in groups[gi].members[lang]] for lang in holders}
        texts = {lang: segs[lang].edition.text[segs[lang].sentences[idx[lang][0]].span.start:
                                                segs[lang].sentences[idx[lang][-1]].span.end]
                 for lang in holders}
        if max(_letters(t) for t in texts.values()) < _MIN_LETTERS:
            continue
        if any(set(idx[lang]) <= foreign.get(lang, set()) for lang in holders):
            continue  # the material is a pasted foreign text, reported as such
        locations = {}
        for lang in holders:
            sents = segs[lang].sentences
            locations[lang] = locate(lang, Span(sents[idx[lang][0]].span.start, sents[idx[lang][-1]].span.end))
        for lang in odd if kind == "missing" else ():
            locations[lang] = locate(lang, _insertion_point(alignment, segs[lang], run[0]))
        if kind == "added":
            code = "SG03"
        elif all(_whole_paragraphs(segs[lang], idx[lang]) for lang in holders):
            code = "SG01"
        else:
            code = "SG02"
        shown = "en" if "en" in texts else holders[0]
        args = {"odd": list(odd), "present": holders, "excerpt": excerpt(texts[shown]),
                "sentences": max(len(v) for v in idx.values())}
        ordered: dict[str, Location] = {lang: locations[lang] for lang in ("uk", "en", "ru") if lang in locations}
        findings.append(Finding(code, tuple(odd), frozen_map(args), frozen_map(ordered), run[0]))
        covered.update(run)
    for gi, g in enumerate(groups):
        odd_lang = _shortfall(alignment, segs, gi)
        if odd_lang is None or any(set(g.members[lang]) & foreign.get(lang, set()) for lang in langs):
            continue
        locations = {}
        for lang in ("uk", "en", "ru"):
            sents = segs[lang].sentences
            lang_idx = g.members[lang]
            locations[lang] = locate(lang, Span(sents[lang_idx[0]].span.start, sents[lang_idx[-1]].span.end))
        holders = [lang for lang in langs if lang != odd_lang]
        shown = "en" if "en" in holders else holders[0]
        args = {"odd": [odd_lang], "present": holders, "excerpt": excerpt(locations[shown].text),
                "sentences": len(g.members[shown]), "partial": True}
        findings.append(Finding("SG02", (odd_lang,), frozen_map(args), frozen_map(locations), gi))
        covered.add(gi)
    return findings, covered


def _insertion_point(alignment: Alignment, seg: Segmented, gi: int) -> Span:
    """Where material missing from an edition would go: after its previous sentence."""
    for h in range(gi - 1, -1, -1):
        idx = alignment.groups[h].members.get(seg.lang, ())
        if idx:
            end = seg.sentences[idx[-1]].span.end
            return Span(end, end)
    start = seg.sentences[0].span.start if seg.sentences else 0
    return Span(start, start)
