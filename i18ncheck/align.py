"""Three-way sentence alignment of the editions of an article.

Method. Sentences are aligned across the whole article, ignoring paragraph boundaries
(editions cut paragraphs differently). Two editions are aligned by dynamic programming
over beads of 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 sentences; a bead's cost adds

- a length term: the squared log ratio of the two sides' character counts, corrected by
  the expected ratio of the language pair;
- a lexical term: chrF of the two sides (uk–ru directly, en against a Latin
  transliteration of the Cyrillic side; see `similarity`), above what unrelated sentences
  of that pair score;
- an anchor term: shared facts (numbers by value) lower the cost, facts found on only one
  side raise it;
- a type penalty: merging and skipping cost more than a 1-1 bead.

Only beads near the diagonal are scored (a band wide enough for a few dropped paragraphs).

Three editions are aligned progressively: uk with ru first (the closest pair), then en
against the uk–ru beads, each bead's cost being the mean of the en–uk and en–ru costs of
the sides present. The result is one list of groups, each naming the sentences of every
edition it covers (none when an edition lacks the material), with a confidence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

from .model import Alignment, Fact, Group, Segmented, frozen_map
from .similarity import Grams, chrf, grams, latin, merge

# Typical characters of the second language per character of the first.
_RATIO = {("uk", "ru"): 1.0, ("en", "uk"): 1.12, ("en", "ru"): 1.13}
_SIGMA = 0.28
_SKIP = 4.0
_MERGE = 4.5
_MERGE2 = 10.0
_SHARED = 1.8
_UNSHARED = 0.9
# Median chrF of unrelated neighbouring sentences of a language pair on the dev set, and the
# weight of chrF above it (the true counterpart scores 0.11 above it for uk–ru, 0.035 for en).
_CHRF_BASE = {frozenset(("uk", "ru")): 0.093, frozenset(("en", "uk")): 0.078,
              frozenset(("en", "ru")): 0.083}
_CHRF_WEIGHT = {frozenset(("uk", "ru")): 30.0, frozenset(("en", "uk")): 55.0,
                frozenset(("en", "ru")): 55.0}
_HOPELESS = 9.0  # a length cost above this is not worth a chrF computation
_BAND = 6


@dataclass(frozen=True)
class SentenceInfo:
    """What the aligner compares of a sentence: its length and its anchors."""

    length: int
    anchors: tuple[frozenset[str], ...]
    grams: Grams
    latin: Grams


def sentence_info(segmented: Segmented, facts: Sequence[Sequence[Fact]]) -> list[SentenceInfo]:
    """Length and anchors of every sentence of an edition."""
    out = []
    lang = segmented.lang
    for sent, sent_facts in zip(segmented.sentences, facts):
        anchors = tuple(_anchor_keys(f) for f in sent_facts)
        native = grams(sent.text)
        translit = native if lang == "en" else grams(latin(sent.text, lang))
        out.append(SentenceInfo(len(sent.text), anchors, native, translit))
    return out


def _anchor_keys(fact: Fact) -> frozenset[str]:
    """Every reading of a fact as a string key (numbers to six significant digits)."""
    return frozenset(f"{v:.6g}" if isinstance(v, (int, float)) else str(v) for v in fact.values)


def _ratio(a: str, b: str) -> float:
    if (a, b) in _RATIO:
        return _RATIO[(a, b)]
    if (b, a) in _RATIO:
        return 1.0 / _RATIO[(b, a)]
    return 1.0


class Scorer:
    """Bead costs between the editions of one article, each computed once."""

    def __init__(self, infos: dict[str, list[SentenceInfo]]) -> None:
        self.infos = infos
        self._costs: dict[tuple[str, tuple[int, ...], str, tuple[int, ...]], float] = {}
        self._grams: dict[tuple[str, bool, tuple[int, ...]], Grams] = {}

    def grams(self, lang: str, idx: tuple[int, ...], translit: bool) -> Grams:
        key = (lang, translit, idx)
        g = self._grams.get(key)
        if g is None:
            sents = self.infos[lang]
            g = merge([sents[k].latin if translit else sents[k].grams for k in idx])
            self._grams[key] = g
        return g

    def cost(self, la: str, a: tuple[int, ...], lb: str, b: tuple[int, ...]) -> float:
        """Cost of aligning sentences `a` of edition la with sentences `b` of edition lb."""
        key = (la, a, lb, b)
        c = self._costs.get(key)
        if c is None:
            c = self._costs[key] = self._compute(la, a, lb, b)
        return c

    def similarity(self, la: str, a: tuple[int, ...], lb: str, b: tuple[int, ...]) -> float:
        """chrF of two runs of sentences above what unrelated sentences of the pair score."""
        translit = la == "en" or lb == "en"
        pair = frozenset((la, lb))
        return chrf(self.grams(la, a, translit), self.grams(lb, b, translit)) - _CHRF_BASE.get(pair, 0.09)

    def _compute(self, la: str, a: tuple[int, ...], lb: str, b: tuple[int, ...]) -> float:
        sa = [self.infos[la][k] for k in a]
        sb = [self.infos[lb][k] for k in b]
        len_a = sum(s.length for s in sa)
        len_b = sum(s.length for s in sb)
        r = math.log((len_b + 15.0) / (len_a * _ratio(la, lb) + 15.0))
        cost = r * r / (2 * _SIGMA * _SIGMA)
        if cost > _HOPELESS:
            return cost
        cost -= _CHRF_WEIGHT.get(frozenset((la, lb)), 30.0) * self.similarity(la, a, lb, b)
        facts_a = [k for s in sa for k in s.anchors]
        facts_b = [k for s in sb for k in s.anchors]
        if facts_a or facts_b:
            keys_a = frozenset().union(*facts_a)
            keys_b = frozenset().union(*facts_b)
            shared = min(sum(1 for f in facts_a if f & keys_b), sum(1 for f in facts_b if f & keys_a))
            unshared = len(facts_a) + len(facts_b) - 2 * shared
            cost += _UNSHARED * unshared - _SHARED * shared
        return cost


BEADS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1))
_TYPE = {(1, 1): 0.0, (1, 2): _MERGE, (2, 1): _MERGE, (2, 2): _MERGE2}


def dp_align(n: int, m: int, cost: Callable[[range, range], float]) -> list[tuple[range, range, float]]:
    """Monotone alignment of n items with m items minimising the sum of bead costs."""
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    width = max(_BAND, abs(n - m) + _BAND // 2)
    for i in range(n + 1):
        diagonal = i * m / n if n else 0
        for j in range(max(0, int(diagonal) - width), min(m, int(diagonal) + width) + 1):
            here = best[i][j]
            if here == inf:
                continue
            for di, dj in BEADS:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di == 0 or dj == 0:
                    c = _SKIP
                else:
                    c = cost(range(i, ni), range(j, nj)) + _TYPE[(di, dj)]
                if here + c < best[ni][nj]:
                    best[ni][nj] = here + c
                    back[ni][nj] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        bead_cost = best[i][j] - best[i - di][j - dj]
        beads.append((range(i - di, i), range(j - dj, j), bead_cost))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _confidence(cost: float) -> float:
    return round(1.0 / (1.0 + math.exp(cost - 1.5)), 3)


def align(editions: dict[str, Segmented], infos: dict[str, list[SentenceInfo]]) -> Alignment:
    """Align two or three editions into groups of mutually translating sentences."""
    langs = tuple(lang for lang in ("uk", "en", "ru") if lang in editions)
    if len(langs) == 1:
        only = langs[0]
        groups = tuple(Group(frozen_map({only: (s.index,)}), 1.0) for s in editions[only].sentences)
        return Alignment(langs, groups)
    scorer = Scorer(infos)
    first, second = ("uk", "ru") if {"uk", "ru"} <= set(langs) else langs[:2]
    pairs = dp_align(len(infos[first]), len(infos[second]),
                     lambda ra, rb: scorer.cost(first, tuple(ra), second, tuple(rb)))
    profile = [({first: tuple(ra), second: tuple(rb)}, c) for ra, rb, c in pairs]
    third = next((lang for lang in langs if lang not in (first, second)), None)
    if third is None:
        groups = tuple(Group(frozen_map(members), _confidence(c)) for members, c in profile)
        return Alignment(langs, groups)

    def cost(r_third: range, r_prof: range) -> float:
        total, sides = 0.0, 0
        for lang in (first, second):
            idx = tuple(k for p in r_prof for k in profile[p][0][lang])
            if idx:
                total += scorer.cost(third, tuple(r_third), lang, idx)
                sides += 1
        return total / sides if sides else _SKIP

    result = []
    for r_third, r_prof, c in dp_align(len(infos[third]), len(profile), cost):
        members = {lang: tuple(k for p in r_prof for k in profile[p][0][lang]) for lang in (first, second)}
        members[third] = tuple(r_third)
        prof_cost = sum(profile[p][1] for p in r_prof)
        ordered = {lang: members[lang] for lang in langs}
        result.append(Group(frozen_map(ordered), _confidence((c + prof_cost) / max(1, len(r_prof)))))
    return Alignment(langs, tuple(result))
