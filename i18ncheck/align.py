"""Three-way sentence alignment of the editions of an article.

Method. Sentences are aligned across the whole article, across paragraph boundaries
(editions often cut paragraphs differently). Two editions are aligned by dynamic programming
over beads of 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 sentences; a bead's cost adds

the negative log-odds, from a logistic model fitted on a gold alignment, that the two sides
translate each other, given
- the squared log ratio of the two sides' character counts, corrected by the measured
  ratio of the language pair (ru runs 5% longer than uk, uk 5% and ru 11% longer than en);
- chrF of the two sides (uk–ru directly, en against a Latin transliteration of the
  Cyrillic side; see `similarity`) above what unrelated sentences of that pair score,
  weighted more for long sentences;
- facts (numbers by value) shared, and found on one side only;
plus a prior per bead type: merging and skipping cost more than a 1-1 bead, and for uk–ru
a merged sentence that does not itself resemble the other side pays extra (a split
sentence's halves each resemble the whole; a dropped sentence does not).

Where two editions have as many paragraphs, a bead pairing sentences of different
paragraphs pays a little (`PARAGRAPH_WEIGHT`): such editions cut their paragraphs alike.

Only beads near the diagonal are scored (a band wide enough for a few dropped paragraphs).

Three editions are aligned progressively: uk with ru first (the closest pair), then en
against the uk–ru beads, each bead's cost being the mean of the en–uk and en–ru costs of
the sides present. The result is one list of groups, each naming the sentences of every
edition it covers (none when an edition lacks the material), with a confidence.

Where the first alignment is unsure (a hole, a merge, a weak match) the three editions are
realigned jointly, each three-way bead scored by every pair it covers. Three local tests
then correct what bead priors get wrong, each by comparing bead costs of the same
sentences: material some editions lack joins a neighbouring group when the lacking
editions' sentence there translates the joined text better (a sentence cut into four, or
two run into one); a short sentence merged into its neighbour is cut off when the single
sentence of the odd edition translates the rest better (it was dropped); and a group whose
uk and ru sentences do not translate each other, with two sentences in en, is two groups,
each lacking one edition (each dropped a different sentence); and an edition's sentence
that translates nothing in its group but, joined to its next (or previous) sentence,
translates the neighbouring group better moves there (half of a split sentence matched
to the sentence that edition dropped). Groups where one edition's sentence is far shorter
than another's are realigned jointly too.

Measured with `benchmarks/alignment.py` on the dev set: 2,996 of 3,008 gold sentences
(0.996) land in one group with their translations, 0.997 on the clean articles.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .model import Alignment, Fact, Group, Segmented, frozen_map
from .similarity import Grams, chrf, grams, latin, merge

# Typical characters of the second language per character of the first.
_RATIO = {("uk", "ru"): 1.05, ("en", "uk"): 1.05, ("en", "ru"): 1.11}
_SKIP = 4.0
_MERGE = 2.0
_MERGE2 = 4.0
# Three-way priors: a bead there sums the costs of up to three pairs of editions.
# _SKIP3 was fitted by a grid over 6-10 on dev2 (F1 of all findings, alignment accuracy
# from benchmarks/alignment.py) and checked on dev, where it is best too: 8 (was 10)
# raised omission recall (dev 0.887 -> 0.906, dev2 0.629 -> 0.678) and alignment accuracy
# (dev 0.9924 -> 0.9953) without an error-level false alarm; see benchmarks/RESULTS.md.
_SKIP3 = 8.0
_MERGE3 = 4.0
_ADDED3 = 10.0


@dataclass(frozen=True)
class _Model:
    """Log-odds that two runs of sentences translate each other, from their features."""

    bias: float
    ratio2: float
    shared: float
    unshared: float
    margin: float
    margin_evidence: float


# Logistic regression of true against neighbouring (false) pairs of the gold alignment of
# the dev set (about 13,600 pairs per language pair, balanced; accuracy 0.975 for uk–ru,
# 0.927 for en against uk or ru). Features: the squared log length ratio, facts shared and
# unshared, and the chrF margin: chrF above the mean of the best three chrF scores each
# side reaches against the nearby sentences of the other edition (how much better this
# partner is than the usual suspects), also weighted by the shorter side's length in
# hundreds of characters (a long sentence gives more evidence than a short one). The
# margin, not raw chrF, is what separates a translation from a neighbour on the same topic.
_MODELS = {
    frozenset(("uk", "ru")): _Model(0.95, -2.01, 1.54, -0.81, 50.45, 36.18),
    frozenset(("en", "uk")): _Model(1.60, -5.06, 1.85, -0.99, 74.50, 59.10),
    frozenset(("en", "ru")): _Model(1.65, -4.19, 2.07, -1.02, 70.70, 65.28),
}
_BACKGROUND_WINDOW = 5
_BACKGROUND_TOP = 3


# Median chrF of unrelated neighbouring sentences of a language pair on the dev set.
_CHRF_BASE = {frozenset(("uk", "ru")): 0.093, frozenset(("en", "uk")): 0.078,
              frozenset(("en", "ru")): 0.083}
_HOPELESS = 12.0  # a length cost above this is not worth a chrF computation
_BAND = 4
# A merged sentence must resemble the other side at least this much above unrelated text
# (uk–ru only, where chrF is reliable), or the merge pays for each unexplained sentence.
_PART_FLOOR = 0.05
_PART_WEIGHT = 60.0
# Editions cut into as many paragraphs cut them alike (a gold paragraph start is one in the
# other edition too for 97.5% of translated sentences of dev and dev2, against about half
# when the counts differ): a bead that pairs sentences of different paragraphs there pays
# this for each paragraph only one side reaches. Fitted by a grid over 0-4 on dev2
# (alignment accuracy and omission F1 best at 1-1.5; 4 spoils both) and checked on dev
# (identical from 0 to 2); see benchmarks/RESULTS.md.
PARAGRAPH_WEIGHT = 1.0


@dataclass(frozen=True)
class SentenceInfo:
    """What the aligner compares of a sentence: its length and its anchors."""

    length: int
    anchors: tuple[frozenset[str], ...]
    grams: Grams
    latin: Grams
    paragraph: int = 0


def sentence_info(segmented: Segmented, facts: Sequence[Sequence[Fact]]) -> list[SentenceInfo]:
    """Length and anchors of every sentence of an edition."""
    out = []
    lang = segmented.lang
    for sent, sent_facts in zip(segmented.sentences, facts):
        anchors = tuple(_anchor_keys(f) for f in sent_facts if not f.weak and f.kind != "entity")
        native = grams(sent.text)
        translit = native if lang == "en" else grams(latin(sent.text, lang))
        out.append(SentenceInfo(len(sent.text), anchors, native, translit, sent.paragraph))
    return out


def _anchor_keys(fact: Fact) -> frozenset[str]:
    """Every reading of a fact as a string key (numbers to six significant digits)."""
    return frozenset(f"{v:.6g}" if isinstance(v, (int, float)) else str(v) for v in fact.values)


def expected_ratio(a: str, b: str) -> float:
    """Characters of edition b expected per character of edition a."""
    return _ratio(a, b)


def _ratio(a: str, b: str) -> float:
    if (a, b) in _RATIO:
        return _RATIO[(a, b)]
    if (b, a) in _RATIO:
        return 1.0 / _RATIO[(b, a)]
    return 1.0


# The model and length ratio of each ordered pair of editions, looked up once.
_PAIRS = {(a, b): (_MODELS[frozenset((a, b))], _ratio(a, b)) for a in ("uk", "en", "ru") for b in ("uk", "en", "ru")
          if a != b}


T = TypeVar("T")
K = TypeVar("K")
_CACHE = 100_000  # entries of each cost cache; the oldest tenth goes when it is full
_GRAMS_CACHE = 2_000  # merged n-gram sets of two to four sentences (each some 20 KiB)


def _bounded(cache: dict, key: object, value: T, size: int = _CACHE) -> T:  # type: ignore[type-arg]
    """Store a value in a cache that keeps at most `size` entries (the newest): the aligner
    works along the diagonal, so what it computed long ago it rarely asks for again."""
    if len(cache) >= size:
        _evict(cache, size)
    cache[key] = value
    return value


def _evict(cache: dict, size: int = _CACHE) -> None:  # type: ignore[type-arg]
    """Drop the oldest tenth of a full cache."""
    for old in list(itertools.islice(cache, size // 10)):
        del cache[old]


class _Edition:
    """One edition's sentences as the scorer reads them, in arrays indexed by sentence:
    character and anchor counts before each sentence (a span's total is one subtraction),
    each sentence's anchors and paragraph as bit masks over the article's anchor keys and
    paragraphs (an overlap is one `&`), and its n-gram sets."""

    __slots__ = ("anchored", "chars", "facts", "grams", "keys", "latin", "paragraphs")

    def __init__(self, sents: Sequence[SentenceInfo], keys: dict[str, int], paragraphs: dict[int, int]) -> None:
        self.chars = list(itertools.accumulate((s.length for s in sents), initial=0))
        self.anchored = list(itertools.accumulate((len(s.anchors) for s in sents), initial=0))
        self.facts = [tuple(_mask(f, keys) for f in s.anchors) for s in sents]
        self.keys = [_union(masks) for masks in self.facts]
        self.paragraphs = [_mask((s.paragraph,), paragraphs) for s in sents]
        self.grams = [s.grams for s in sents]
        self.latin = [s.latin for s in sents]

    def anchors(self, a0: int, a1: int) -> tuple[int, ...]:
        """The anchors of sentences a0..a1-1."""
        if a1 - a0 == 1:
            return self.facts[a0]
        return tuple(itertools.chain.from_iterable(self.facts[a0:a1]))


def _mask(items: Iterable[K], bits: dict[K, int]) -> int:
    """A set of items as a bit mask, each item numbered the first time it is seen."""
    mask = 0
    for item in items:
        mask |= 1 << bits.setdefault(item, len(bits))
    return mask


def _union(masks: Sequence[int]) -> int:
    out = 0
    for mask in masks:
        out |= mask
    return out


class _Pair:
    """What the scorer reads for an ordered pair of editions, looked up once."""

    __slots__ = (
        "a",
        "b",
        "backgrounds",
        "base",
        "latin",
        "model",
        "parallel",
        "parts",
        "ratio",
        "sets_a",
        "sets_b",
    )

    def __init__(self, la: str, lb: str, a: _Edition, b: _Edition, parallel: bool) -> None:
        self.model, self.ratio = _PAIRS[(la, lb)]
        self.base = _CHRF_BASE.get(frozenset((la, lb)), 0.09)  # chrF of unrelated sentences
        self.latin = "en" in (la, lb)  # compared in Latin transliteration
        self.parallel = parallel  # both cut into as many paragraphs (more than one)
        self.parts = not self.latin  # a merged sentence must resemble the other side (uk–ru)
        self.a, self.b = a, b
        self.sets_a, self.sets_b = (a.latin, b.latin) if self.latin else (a.grams, b.grams)
        # the backgrounds of a and b against each other, once `_compute` needs them
        self.backgrounds: tuple[list[float], list[float]] | None = None


class Scorer:
    """Bead costs between the editions of one article, each computed once (the most recent
    `_CACHE` of them kept: memory stays flat however long the article)."""

    def __init__(self, infos: dict[str, list[SentenceInfo]]) -> None:
        self.infos = infos
        self._costs: dict[tuple[str, int, int, str, int, int], float] = {}
        self._similarity: dict[tuple[str, int, int, str, int, int], float] = {}
        self._background: dict[tuple[str, str], list[float]] = {}
        self._grams: dict[tuple[str, bool, int, int], Grams] = {}
        keys: dict[str, int] = {}  # the article's anchor keys and paragraphs, numbered
        paragraphs: dict[int, int] = {}
        self._editions = {lang: _Edition(sents, keys, paragraphs) for lang, sents in infos.items()}
        counts = {lang: len({s.paragraph for s in sents}) for lang, sents in infos.items()}
        # editions cut into the same number of paragraphs (more than one) cut them alike
        self._pairs = {(a, b): _Pair(a, b, self._editions[a], self._editions[b], counts[a] == counts[b] > 1)
                       for a in infos for b in infos if a != b}

    def grams(self, lang: str, a0: int, a1: int, translit: bool) -> Grams:
        """The n-grams of sentences a0..a1-1 read as one; a bead's side is kept a while,
        longer runs (blocks of a long article) are merged when asked for."""
        edition = self._editions[lang]
        sets = edition.latin if translit else edition.grams
        if a1 - a0 == 1:
            return sets[a0]
        key = (lang, translit, a0, a1)
        g = self._grams.get(key)
        if g is None:
            g = merge(sets[a0:a1])
            if a1 - a0 <= 4:  # a bead's side (the three-way search merges up to four)
                _bounded(self._grams, key, g, _GRAMS_CACHE)
        return g

    def cost(self, la: str, a: tuple[int, ...], lb: str, b: tuple[int, ...]) -> float:
        """Cost of aligning consecutive sentences `a` of edition la with `b` of edition lb."""
        return self.span_cost(la, a[0], a[-1] + 1, lb, b[0], b[-1] + 1)

    def span_cost(self, la: str, a0: int, a1: int, lb: str, b0: int, b1: int) -> float:
        """Cost of aligning sentences a0..a1-1 of edition la with b0..b1-1 of edition lb."""
        key = (la, a0, a1, lb, b0, b1)
        costs = self._costs
        c = costs.get(key)
        if c is None:
            c = self._compute(la, a0, a1, lb, b0, b1)
            if len(costs) >= _CACHE:  # `_bounded`, inline: the aligner's innermost call
                _evict(costs)
            costs[key] = c
        return c

    def similarity(self, la: str, a: tuple[int, ...], lb: str, b: tuple[int, ...]) -> float:
        """chrF of two runs of sentences above what unrelated sentences of the pair score."""
        return self.span_similarity(la, a[0], a[-1] + 1, lb, b[0], b[-1] + 1)

    def span_similarity(self, la: str, a0: int, a1: int, lb: str, b0: int, b1: int) -> float:
        """`similarity` of sentences a0..a1-1 of edition la and b0..b1-1 of edition lb."""
        # chrF is symmetric (and exactly so in floating point): one entry for both orders
        key = (la, a0, a1, lb, b0, b1) if la < lb else (lb, b0, b1, la, a0, a1)
        cache = self._similarity
        value = cache.get(key)
        if value is None:
            pair = self._pairs[(la, lb)]
            value = chrf(pair.sets_a[a0] if a1 - a0 == 1 else self.grams(la, a0, a1, pair.latin),
                         pair.sets_b[b0] if b1 - b0 == 1 else self.grams(lb, b0, b1, pair.latin)) - pair.base
            if len(cache) >= _CACHE:
                _evict(cache)
            cache[key] = value
        return value

    def background(self, la: str, lb: str) -> list[float]:
        """For each sentence of la, the mean of its three best chrF margins over the
        nearby sentences of lb: what an unrelated but topical neighbour scores."""
        key = (la, lb)
        if key not in self._background:
            n, m = len(self.infos[la]), len(self.infos[lb])
            out = []
            for i in range(n):
                centre = int(i * m / max(1, n))
                sims = sorted((self.span_similarity(la, i, i + 1, lb, j, j + 1) for j in range(
                    max(0, centre - _BACKGROUND_WINDOW), min(m, centre + _BACKGROUND_WINDOW + 1))), reverse=True)
                top = sims[:_BACKGROUND_TOP]
                out.append(sum(top) / len(top) if top else 0.0)
            self._background[key] = out
        return self._background[key]

    def _unexplained(self, la: str, a0: int, a1: int, lb: str, b0: int, b1: int) -> float:
        """Penalty for a merged bead with a sentence that does not resemble the other side:
        a split sentence's halves each resemble the whole, a dropped sentence does not."""
        sims = [self.span_similarity(la, i, i + 1, lb, b0, b1) for i in range(a0, a1)] if a1 - a0 > 1 else []
        sims += [self.span_similarity(lb, j, j + 1, la, a0, a1) for j in range(b0, b1)] if b1 - b0 > 1 else []
        return sum(_PART_WEIGHT * max(0.0, _PART_FLOOR - s) for s in sims)

    def _compute(self, la: str, a0: int, a1: int, lb: str, b0: int, b1: int) -> float:
        pair = self._pairs[(la, lb)]
        model = pair.model
        ea, eb = pair.a, pair.b
        len_a = ea.chars[a1] - ea.chars[a0]
        len_b = eb.chars[b1] - eb.chars[b0]
        r = math.log((len_b + 15.0) / (len_a * pair.ratio + 15.0))
        logit = model.bias + model.ratio2 * r * r
        if -logit > _HOPELESS:
            return -logit
        na, nb = a1 - a0, b1 - b0
        similarity = self.span_similarity(la, a0, a1, lb, b0, b1)
        if pair.backgrounds is None:
            pair.backgrounds = (self.background(la, lb), self.background(lb, la))
        bg_a, bg_b = pair.backgrounds
        # one sentence's mean is its value (sum() of one float adds it to 0, exactly)
        mean_a = bg_a[a0] if na == 1 else sum(bg_a[a0:a1]) / na
        mean_b = bg_b[b0] if nb == 1 else sum(bg_b[b0:b1]) / nb
        margin = similarity - (mean_a + mean_b) / 2
        evidence = min(len_a, len_b) / 100.0
        logit += (model.margin + model.margin_evidence * evidence) * margin
        count_a, count_b = ea.anchored[a1] - ea.anchored[a0], eb.anchored[b1] - eb.anchored[b0]
        if count_a or count_b:
            keys_a = ea.keys[a0] if na == 1 else _union(ea.keys[a0:a1])
            keys_b = eb.keys[b0] if nb == 1 else _union(eb.keys[b0:b1])
            shared = 0  # an anchor is shared when a key of it is on the other side
            if keys_a & keys_b:
                shared = min(len([f for f in ea.anchors(a0, a1) if f & keys_b]),
                             len([f for f in eb.anchors(b0, b1) if f & keys_a]))
            logit += model.shared * shared + model.unshared * (count_a + count_b - 2 * shared)
        cost = -logit
        if pair.parallel:  # paragraphs only one side reaches
            para_a = ea.paragraphs[a0] if na == 1 else _union(ea.paragraphs[a0:a1])
            para_b = eb.paragraphs[b0] if nb == 1 else _union(eb.paragraphs[b0:b1])
            cost += PARAGRAPH_WEIGHT * (para_a ^ para_b).bit_count()
        if na + nb > 2 and pair.parts and max(na, nb) <= 4:
            cost += self._unexplained(la, a0, a1, lb, b0, b1)  # a bead, not a block of a long article
        return cost


BEADS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1))
_TYPE = {(1, 1): 0.0, (1, 2): _MERGE, (2, 1): _MERGE, (2, 2): _MERGE2}


# The cost of a bead from its two spans of items: cost(i0, i1, j0, j1) for items i0..i1-1
# of the first sequence against j0..j1-1 of the second.
PairCost = Callable[[int, int, int, int], float]

# A band of at most this many cells is searched whole (every article of the dev sets);
# a longer article is first aligned in blocks of _BLOCK sentences, and only a narrow band
# around that path is searched: time and memory grow linearly with the article.
_FULL_CELLS = 40_000
_BLOCK = 8
_BLOCK_BEADS = ((1, 1), (1, 0), (0, 1))  # blocks are matched or skipped whole


def dp_align(n: int, m: int, cost: PairCost,
             beads: Sequence[tuple[int, int]] = BEADS) -> list[tuple[range, range, float]]:
    """Monotone alignment of n items with m items minimising the sum of bead costs."""
    width = max(_BAND, abs(n - m) + _BAND // 2)
    if (n + 1) * (2 * width + 1) <= _FULL_CELLS:
        rows = []
        for i in range(n + 1):
            diagonal = int(i * m / n) if n else 0
            rows.append((max(0, diagonal - width), min(m, diagonal + width)))
    else:
        rows = _projected_rows(n, m, cost)
    return _banded(n, m, cost, rows, beads)


def _projected_rows(n: int, m: int, cost: PairCost) -> list[tuple[int, int]]:
    """For each row 0..n, the columns to search: _BAND around the path that aligning
    blocks of _BLOCK items gives (itself found the same way when long), interpolated
    inside each block bead."""
    b = _BLOCK
    big_n, big_m = -(-n // b), -(-m // b)

    def block_cost(i0: int, i1: int, j0: int, j1: int) -> float:
        return cost(i0 * b, min(n, i1 * b), j0 * b, min(m, j1 * b))

    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for ra, rb, _ in dp_align(big_n, big_m, block_cost, _BLOCK_BEADS):
        i0, i1 = ra.start * b, min(n, ra.stop * b)
        j0, j1 = rb.start * b, min(m, rb.stop * b)
        for i in range(i0, i1 + 1):
            centre = j0 + ((i - i0) * (j1 - j0)) // max(1, i1 - i0) if i1 > i0 else j0
            first, last = (j0, j1) if i1 == i0 else (centre, centre)
            lo[i] = min(lo[i], max(0, first - _BAND))
            hi[i] = max(hi[i], min(m, last + _BAND))
    for i in range(1, n + 1):  # a monotone band: no row ends before the one above it
        hi[i] = max(hi[i], hi[i - 1])
    for i in range(n - 1, -1, -1):
        lo[i] = min(lo[i], lo[i + 1])
    lo[0], hi[n] = 0, m
    return list(zip(lo, hi))


def _banded(n: int, m: int, cost: PairCost, rows: Sequence[tuple[int, int]],
            beads: Sequence[tuple[int, int]] = BEADS) -> list[tuple[range, range, float]]:
    """The cheapest monotone path from (0, 0) to (n, m), expanding only the cells of each
    row's column range; cells are kept per row, so memory follows the band, not n x m."""
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    inf = math.inf
    # each bead with its prior (None for a skip, which costs _SKIP whatever it skips)
    priced = [(di, dj, None if di == 0 or dj == 0 else _TYPE[(di, dj)]) for di, dj in beads]
    for i in range(n + 1):
        first, last = rows[i]
        row = best[i]
        steps = [(di, dj, prior, best[i + di], back[i + di]) for di, dj, prior in priced if i + di <= n]
        for j in range(first, last + 1):
            here = row.get(j)
            if here is None:
                continue
            for di, dj, prior, target, pointers in steps:
                nj = j + dj
                if nj > m:
                    continue
                c = _SKIP if prior is None else cost(i, i + di, j, nj) + prior
                if here + c < target.get(nj, inf):
                    target[nj] = here + c
                    pointers[nj] = (di, dj)
    path = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        bead_cost = best[i][j] - best[i - di][j - dj]
        path.append((range(i - di, i), range(j - dj, j), bead_cost))
        i, j = i - di, j - dj
    path.reverse()
    return path


def _confidence(cost: float) -> float:
    return round(1.0 / (1.0 + math.exp(cost - 1.5)), 3)


# Three-way beads (uk, en, ru sentences) and their prior costs.
def _beads3() -> dict[tuple[int, ...], float]:
    beads: dict[tuple[int, ...], float] = {(1, 1, 1): 0.0, (2, 2, 2): 2 * _MERGE3}
    bead: tuple[int, ...]
    for bead in ((2, 1, 1), (1, 2, 1), (1, 1, 2), (1, 2, 2), (2, 1, 2), (2, 2, 1)):
        beads[bead] = _MERGE3
    for bead in ((0, 1, 1), (1, 0, 1), (1, 1, 0)):
        beads[bead] = _SKIP3
    for bead in ((0, 1, 2), (0, 2, 1), (1, 0, 2), (2, 0, 1), (1, 2, 0), (2, 1, 0)):
        beads[bead] = _SKIP3 + _MERGE3
    for bead in ((1, 0, 0), (0, 1, 0), (0, 0, 1)):
        beads[bead] = _ADDED3
    # one long sentence rendered as three or four (uk and ru translators split long English ones)
    for bead in set(itertools.permutations((3, 1, 1))) | set(itertools.permutations((3, 2, 1))) | \
            set(itertools.permutations((3, 3, 1))):
        beads[bead] = 2 * _MERGE3
    for bead in set(itertools.permutations((4, 1, 1))):
        beads[bead] = 3 * _MERGE3
    return beads
_CORRIDOR = 2
_MARGIN = 2
_WHOLE_REALIGN = 200  # groups: an article with a hole is realigned whole up to this length
_HOLE_MARGIN = 8  # beyond it, groups realigned around each unsure one


def dp_align3(sizes: tuple[int, int, int], centre: Callable[[int], tuple[int, int]],
              costs: tuple[PairCost, PairCost, PairCost]) -> list[tuple[range, range, range, float]]:
    """Monotone three-way alignment minimising the sum of bead costs, searched only within
    `_CORRIDOR` sentences of `centre(i)`, the (en, ru) positions a first alignment gives
    for uk position i. A bead costs its prior plus the costs of the pairs of editions it
    covers, `costs` (uk–en, uk–ru, en–ru), each called with the two pairs' spans."""
    n, m, p = sizes
    inf = float("inf")
    best: dict[tuple[int, int, int], float] = {(0, 0, 0): 0.0}
    back: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    cost_ue, cost_ur, cost_er = costs

    def window(i: int) -> tuple[range, range]:
        cj, ck = centre(i)
        return (range(max(0, cj - _CORRIDOR), min(m, cj + _CORRIDOR) + 1),
                range(max(0, ck - _CORRIDOR), min(p, ck + _CORRIDOR) + 1))

    windows = [window(i) for i in range(n + 1)]
    bead_priors = _beads3()
    # a pair's cost is the same for every position of the edition it leaves out: each is
    # looked up once (en–ru spans recur from one uk position to the next)
    er: dict[tuple[int, int, int, int], float] = {}
    for i in range(n + 1):
        rj, rk = windows[i]
        # each bead from row i (in the order of `_beads3`, which settles ties), with the
        # corridor of the row it reaches
        steps = [(di, dj, dk, prior, i + di, windows[i + di][0], windows[i + di][1])
                 for (di, dj, dk), prior in bead_priors.items() if i + di <= n]
        ur: dict[tuple[int, int, int], float] = {}
        for j in rj:
            ue: dict[tuple[int, int], float] = {}
            # the beads whose en side stays in the corridor from column j, with the ru
            # positions k they may start from
            fits = [(di, dj, dk, prior, ni, j + dj, reach.start - dk, reach.stop - dk)
                    for di, dj, dk, prior, ni, span, reach in steps if span.start <= j + dj < span.stop]
            for k in rk:
                here = best.get((i, j, k))
                if here is None:
                    continue
                for di, dj, dk, prior, ni, nj, klo, khi in fits:
                    if not klo <= k < khi:
                        continue
                    nk = k + dk
                    total = 0.0
                    if di:
                        if dj:
                            v = ue.get((di, dj))
                            if v is None:
                                v = ue[(di, dj)] = cost_ue(i, ni, j, nj)
                            total += v
                        if dk:
                            v = ur.get((k, di, dk))
                            if v is None:
                                v = ur[(k, di, dk)] = cost_ur(i, ni, k, nk)
                            total += v
                    if dj and dk:
                        v = er.get((j, dj, k, dk))
                        if v is None:
                            v = er[(j, dj, k, dk)] = cost_er(j, nj, k, nk)
                        total += v
                    c = here + prior + total
                    state = (ni, nj, nk)
                    if c < best.get(state, inf):
                        best[state] = c
                        back[state] = (di, dj, dk)
    if (n, m, p) not in back and (n, m, p) != (0, 0, 0):
        return []  # the corridor holds no path: the caller keeps its first alignment
    found = []
    state = (n, m, p)
    while state != (0, 0, 0):
        di, dj, dk = back[state]
        i, j, k = state
        prev = (i - di, j - dj, k - dk)
        found.append((range(prev[0], i), range(prev[1], j), range(prev[2], k), best[state] - best[prev]))
        state = prev
    found.reverse()
    return found


def _centres(groups: Sequence[Group], n: int) -> list[tuple[int, int]]:
    """For each uk position 0..n, the en and ru positions a first alignment puts there."""
    out: list[tuple[int, int]] = []
    j = k = 0
    for g in groups:
        for _ in g.members.get("uk", ()):
            out.append((j, k))
        j += len(g.members.get("en", ()))
        k += len(g.members.get("ru", ()))
    out.append((j, k))
    return out[:n + 1]


_LOPSIDED = 0.6  # log length ratio (corrected for the pair) beyond which a 1-1 match is suspect


def _anomalous(g: Group, infos: dict[str, list[SentenceInfo]]) -> bool:
    """A group the first alignment is unsure of: a hole, a merge, a weak match, or one
    edition's sentence far shorter than another's (half of a split sentence matched to a
    dropped one)."""
    if any(len(idx) != 1 for idx in g.members.values()) or g.confidence < 0.5:
        return True
    sizes = {lang: infos[lang][idx[0]].length for lang, idx in g.members.items()}
    return any(abs(math.log((sizes[b] + 15.0) / (sizes[a] * _ratio(a, b) + 15.0))) > _LOPSIDED
               for a, b in itertools.combinations(sizes, 2))


def _refine(first: Alignment, infos: dict[str, list[SentenceInfo]], scorer: Scorer) -> Alignment:
    """Realign three editions jointly where the first (progressive) alignment is unsure:
    every bead is scored by all the pairs of editions it covers, so en helps place a uk–ru
    omission, and one sentence may stand for three. Stretches of plain 1-1-1 groups are
    kept as they are, with a margin of two groups around each unsure one."""
    groups = list(first.groups)
    flagged = [gi for gi, g in enumerate(groups) if _anomalous(g, infos)]
    if not flagged:
        return first
    margin = _MARGIN
    if any(not all(g.members.values()) for g in groups):
        # a hole: the first alignment may have shifted a long stretch to make room for it;
        # in a long article, a wide stretch around each unsure group (time stays linear)
        if len(groups) <= _WHOLE_REALIGN:
            return Alignment(first.langs, tuple(_realign(groups, scorer)))
        margin = _HOLE_MARGIN
    blocks: list[list[int]] = []
    for gi in flagged:
        lo, hi = max(0, gi - margin), min(len(groups) - 1, gi + margin)
        if blocks and lo <= blocks[-1][1] + 1:
            blocks[-1][1] = max(blocks[-1][1], hi)
        else:
            blocks.append([lo, hi])
    out: list[Group] = []
    done = 0
    for lo, hi in blocks:
        out.extend(groups[done:lo])
        out.extend(_realign(groups[lo:hi + 1], scorer))
        done = hi + 1
    out.extend(groups[done:])
    return Alignment(first.langs, tuple(out))


def _realign(block: Sequence[Group], scorer: Scorer) -> list[Group]:
    """Three-way DP over the sentences of a run of groups."""
    starts = {lang: next((g.members[lang][0] for g in block if g.members[lang]), None) for lang in ("uk", "en", "ru")}
    sizes = tuple(sum(len(g.members[lang]) for g in block) for lang in ("uk", "en", "ru"))
    if any(start is None for start in starts.values()):
        return list(block)  # an edition has nothing in this stretch: keep the first alignment
    u0, e0, r0 = starts["uk"], starts["en"], starts["ru"]
    assert u0 is not None and e0 is not None and r0 is not None
    centres = _centres(block, sizes[0])

    def uk_en(i0: int, i1: int, j0: int, j1: int) -> float:
        return scorer.span_cost("uk", u0 + i0, u0 + i1, "en", e0 + j0, e0 + j1)

    def uk_ru(i0: int, i1: int, k0: int, k1: int) -> float:
        return scorer.span_cost("uk", u0 + i0, u0 + i1, "ru", r0 + k0, r0 + k1)

    def en_ru(j0: int, j1: int, k0: int, k1: int) -> float:
        return scorer.span_cost("en", e0 + j0, e0 + j1, "ru", r0 + k0, r0 + k1)

    found = dp_align3(sizes, lambda i: centres[i], (uk_en, uk_ru, en_ru))  # type: ignore[arg-type]
    if not found:
        return list(block)
    out = []
    for ru, re, rr, c in found:
        members = {"uk": tuple(u0 + i for i in ru), "en": tuple(e0 + i for i in re),
                   "ru": tuple(r0 + i for i in rr)}
        present = sum(1 for a, b in (("uk", "en"), ("uk", "ru"), ("en", "ru")) if members[a] and members[b])
        out.append(Group(frozen_map(members), _confidence(c / max(1, present))))
    return out


def align(editions: dict[str, Segmented], infos: dict[str, list[SentenceInfo]],
          scorer: Scorer | None = None) -> Alignment:
    """Align two or three editions into groups of mutually translating sentences."""
    langs: tuple[str, ...] = tuple(lang for lang in ("uk", "en", "ru") if lang in editions)
    if len(langs) == 1:
        only = langs[0]
        groups = tuple(Group(frozen_map({only: (s.index,)}), 1.0) for s in editions[only].sentences)
        return Alignment(langs, groups)
    scorer = scorer or Scorer(infos)
    first, second = ("uk", "ru") if {"uk", "ru"} <= set(langs) else langs[:2]
    pairs = dp_align(len(infos[first]), len(infos[second]),
                     lambda a0, a1, b0, b1: scorer.span_cost(first, a0, a1, second, b0, b1))
    profile = [({first: tuple(ra), second: tuple(rb)}, c) for ra, rb, c in pairs]
    third = next((lang for lang in langs if lang not in (first, second)), None)
    if third is None:
        groups = tuple(Group(frozen_map(members), _confidence(c)) for members, c in profile)
        return Alignment(langs, groups)

    # the sentences of each of the two editions before each bead of the profile: the beads
    # cover both editions in order, so beads p0..p1-1 hold sentences starts[p0]..starts[p1]-1
    starts = {lang: list(itertools.accumulate((len(members[lang]) for members, _ in profile), initial=0))
              for lang in (first, second)}
    sides_of = [(lang, starts[lang]) for lang in (first, second)]

    def cost(t0: int, t1: int, p0: int, p1: int) -> float:
        total, sides = 0.0, 0
        for lang, start in sides_of:
            s0, s1 = start[p0], start[p1]
            if s1 > s0:
                total += scorer.span_cost(third, t0, t1, lang, s0, s1)
                sides += 1
        return total / sides if sides else _SKIP

    result = []
    for r_third, r_prof, c in dp_align(len(infos[third]), len(profile), cost):
        members = {lang: tuple(k for p in r_prof for k in profile[p][0][lang]) for lang in (first, second)}
        members[third] = tuple(r_third)
        prof_cost = sum(profile[p][1] for p in r_prof)
        ordered = {lang: members[lang] for lang in langs}
        result.append(Group(frozen_map(ordered), _confidence((c + prof_cost) / max(1, len(r_prof)))))
    refined = _refine(Alignment(langs, tuple(result)), infos, scorer)
    return _split(_absorb(_reassign(refined, scorer), scorer), scorer)


_ABSORB = 0.5  # how much better (in bead cost) the neighbour must translate the joined text
_UNRELATED = -0.5  # a pair cost above this: two sentences that may not translate each other


def _absorb(alignment: Alignment, scorer: Scorer) -> Alignment:
    """Join a group that some editions lack to a neighbouring complete group when the
    lacking editions' sentences there translate the joined text better than their own
    group's alone: the material is inside a longer sentence of theirs (a translator split
    one sentence into three or four, or ran two into one), not left out. A dropped
    sentence fails the test: joining it only spoils the length ratio and the chrF margin."""
    groups = list(alignment.groups)
    langs = alignment.langs
    gi = 0
    while gi < len(groups):
        g = groups[gi]
        present = g.present()
        absent = [lang for lang in langs if lang not in present]
        if not absent or not present:
            gi += 1
            continue
        for ni in (gi - 1, gi + 1):
            if not 0 <= ni < len(groups) or len(groups[ni].present()) != len(langs):
                continue
            n = groups[ni]
            joined = {lang: tuple(sorted(n.members[lang] + g.members[lang])) for lang in langs}
            if _explains(scorer, n, joined, absent, present):
                costs = [scorer.cost(a, joined[a], b, joined[b]) for a, b in itertools.combinations(langs, 2)]
                merged = Group(frozen_map(joined), _confidence(sum(costs) / len(costs)))
                lo = min(gi, ni)
                groups[lo:lo + 2] = [merged]
                gi = lo
                break
        else:
            gi += 1
    return Alignment(langs, tuple(groups))


def _reassign(alignment: Alignment, scorer: Scorer) -> Alignment:
    """Two complete neighbouring groups where one edition's sentence in the first
    translates neither other edition's sentence there (both pair costs positive) but,
    joined to its sentence in the second, translates the second group better by
    `_ABSORB` against each: the half of a split sentence was matched to a sentence that
    edition dropped. It moves to the second group, and the first lacks that edition (and
    the same the other way round)."""
    langs = alignment.langs
    groups = list(alignment.groups)
    if len(langs) != 3:
        return alignment
    for gi in range(len(groups) - 1):
        g1, g2 = groups[gi], groups[gi + 1]
        if len(g1.present()) != 3 or len(g2.present()) != 3:
            continue
        for lang in langs:
            others = [o for o in langs if o != lang]
            for src, dst, moved in ((g1, g2, g1.members[lang][-1:]), (g2, g1, g2.members[lang][:1])):
                if len(src.members[lang]) != 1:
                    continue
                if any(scorer.cost(lang, moved, o, src.members[o]) <= 0 for o in others):
                    continue  # it translates something there
                joined = tuple(sorted(moved + dst.members[lang]))
                if all(scorer.cost(lang, joined, o, dst.members[o]) <
                       scorer.cost(lang, dst.members[lang], o, dst.members[o]) - _ABSORB for o in others):
                    emptied = Group(frozen_map({**src.members, lang: ()}), src.confidence)
                    filled = Group(frozen_map({**dst.members, lang: joined}), dst.confidence)
                    groups[gi], groups[gi + 1] = (emptied, filled) if src is g1 else (filled, emptied)
                    break
            else:
                continue
            break
    return Alignment(langs, tuple(groups))


def _split(alignment: Alignment, scorer: Scorer) -> Alignment:
    """The converse of `_absorb`: in a group where one edition has a single sentence and
    the others two or more, cut off the others' first or last sentence into a group of its
    own when the single sentence translates the rest better, by `_ABSORB` against each of
    them, and the cut-off sentences translate each other: the single edition left that
    sentence out (the three-way search merges a short dropped sentence into its neighbour
    because a merge costs less than a gap)."""
    langs = alignment.langs
    if len(langs) != 3:
        return alignment
    out: list[Group] = []
    for g in _join_crossed(list(alignment.groups), scorer):
        singles = [lang for lang in langs if len(g.members[lang]) == 1]
        others = [lang for lang in langs if len(g.members[lang]) >= 2]
        if len(singles) == 2 and len(others) == 1:
            out.extend(_uncross(g, singles, others[0], scorer))
            continue
        if len(singles) != 1 or len(others) != 2:
            out.append(g)
            continue
        odd = singles[0]
        for cut_last in (True, False):
            kept = {lang: g.members[lang][:-1] if cut_last else g.members[lang][1:] for lang in others}
            cut = {lang: g.members[lang][-1:] if cut_last else g.members[lang][:1] for lang in others}
            a, b = others
            if scorer.cost(a, cut[a], b, cut[b]) >= 0:
                continue
            if all(scorer.cost(odd, g.members[odd], lang, kept[lang]) <
                   scorer.cost(odd, g.members[odd], lang, g.members[lang]) - _ABSORB for lang in others):
                rest = Group(frozen_map({lang: kept.get(lang, g.members[lang]) for lang in langs}), g.confidence)
                alone_cost = scorer.cost(a, cut[a], b, cut[b])
                alone = Group(frozen_map({lang: cut.get(lang, ()) for lang in langs}), _confidence(alone_cost))
                out.extend((rest, alone) if cut_last else (alone, rest))
                break
        else:
            out.append(g)
    return Alignment(langs, tuple(out))


def _join_crossed(groups: list[Group], scorer: Scorer) -> list[Group]:
    """A sentence only one edition has, next to a group whose other two editions do not
    translate each other, is the crossing `_uncross` resolves: join the two groups so it
    can look at them together (they stay apart when it finds no crossing)."""
    gi = 0
    while gi < len(groups):
        g = groups[gi]
        present = g.present()
        if len(present) != 1 or len(g.members[present[0]]) != 1:
            gi += 1
            continue
        whole = present[0]
        for ni in (gi - 1, gi + 1):
            if not 0 <= ni < len(groups) or any(len(idx) != 1 for idx in groups[ni].members.values()):
                continue
            lo = min(gi, ni)
            joined = {lang: groups[lo].members[lang] + groups[lo + 1].members[lang] for lang in g.members}
            merged = Group(frozen_map(joined), 0.0)
            singles = [lang for lang in joined if lang != whole]
            parts = _uncross(merged, singles, whole, scorer)
            if len(parts) == 2:
                groups[lo:lo + 2] = parts
                break
        gi += 1
    return groups


def _uncross(g: Group, singles: Sequence[str], whole: str, scorer: Scorer) -> list[Group]:
    """A group where two editions have one sentence each that do not translate each other,
    and the third has two: when each single sentence translates one of the two better than
    both together (by `_ABSORB`), each edition left out a different sentence. Two groups,
    each lacking one edition."""
    x, y = singles
    if {x, y} != {"uk", "ru"}:
        return [g]  # only uk–ru chrF tells short unrelated sentences from translations
    if len(g.members[whole]) != 2 or scorer.cost(x, g.members[x], y, g.members[y]) < _UNRELATED:
        return [g]
    both = g.members[whole]
    first, second = both[:1], both[1:]
    for a, b in ((x, y), (y, x)):
        gain_a = scorer.cost(a, g.members[a], whole, both) - scorer.cost(a, g.members[a], whole, first)
        gain_b = scorer.cost(b, g.members[b], whole, both) - scorer.cost(b, g.members[b], whole, second)
        if gain_a > _ABSORB and gain_b > _ABSORB:
            head = {lang: () for lang in g.members} | {a: g.members[a], whole: first}
            tail = {lang: () for lang in g.members} | {b: g.members[b], whole: second}
            return [Group(frozen_map(head), _confidence(scorer.cost(a, g.members[a], whole, first))),
                    Group(frozen_map(tail), _confidence(scorer.cost(b, g.members[b], whole, second)))]
    return [g]


def _explains(scorer: Scorer, n: Group, joined: dict[str, tuple[int, ...]], absent: Sequence[str],
              present: Sequence[str]) -> bool:
    """Do the absent editions' sentences of group n translate the present editions' joined
    text better than n's own, each by at least `_ABSORB`?"""
    if any(len(joined[lang]) > 4 for lang in present):
        return False
    for lang in absent:
        for holder in present:
            before = scorer.cost(lang, n.members[lang], holder, n.members[holder])
            after = scorer.cost(lang, n.members[lang], holder, joined[holder])
            if after > before - _ABSORB:
                return False
    return True
