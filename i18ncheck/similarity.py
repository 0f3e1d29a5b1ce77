"""Lexical similarity of sentences in different editions: chrF over character n-grams.

Ukrainian and Russian share most of their character n-grams (cognates, names, numbers),
so chrF between them is a strong alignment signal. English is compared with a Latin
transliteration of the Cyrillic editions (the official KMU scheme for Ukrainian, the
international-passport scheme for Russian): names, numbers and acronyms then overlap.

N-grams are chrF's character n-grams (orders 1-6, whitespace removed, lower-cased),
extracted by sacrebleu and pooled into one set per sentence. The
score is chrF's F-beta with beta = 1 (neither side is the reference) over the pooled
n-grams, i.e. micro- rather than macro-averaged over the orders. On the gold alignment of
the dev set, a sentence's true counterpart outscores its neighbours 98.4% of the time for
uk–ru and 89-90% for en against transliterated uk/ru (macro-averaged chrF: 97.2% and 84-85%).

The aligner compares each sentence with many others, so a set is held as a bit set: every
n-gram seen gets a bit number in a shared vocabulary, a sentence is the integer with its
n-grams' bits set, and an intersection is one `&` and a bit count (a tenth of the cost of
intersecting two hash sets, and merging sentences is one `|`). The vocabulary starts again
when it passes `_VOCABULARY` n-grams, so the integers stay short and memory flat; a set
numbered in an older vocabulary is numbered again from its text when next compared.
"""

from __future__ import annotations

import functools
import itertools
from collections import OrderedDict
from collections.abc import Sequence

ORDER = 6

_VOCABULARY = 1 << 16  # n-grams numbered before the vocabulary starts again (8 KiB a set at most)
_TEXTS = 2_048  # sentence texts whose n-gram sets are kept (a batch repeats sentences)


class Grams:
    """The distinct character n-grams (orders 1-6) of a text, or of several texts read as
    one (the n-grams of each, not those spanning two), as a bit set."""

    __slots__ = ("_bits", "_generation", "parts", "size")

    def __init__(self, parts: tuple[str, ...], size: int, bits: int, generation: int) -> None:
        self.parts = parts  # the texts, lower-cased and without whitespace
        self.size = size
        self._bits = bits
        self._generation = generation

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def __repr__(self) -> str:
        return f"Grams({self.parts!r}, size={self.size})"


class _Vocabulary:
    """Bit numbers of the n-grams seen since the vocabulary last started again."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.generation = 0

    def fresh(self) -> None:
        """Start again when full (only between encodings: the sets one comparison reads
        must come from one vocabulary)."""
        if len(self.index) >= _VOCABULARY:
            self.index = {}
            self.generation += 1

    def encode(self, parts: tuple[str, ...]) -> tuple[int, int]:
        """The bit set of the n-grams of the parts, and how many there are."""
        found: set[str] = set()
        for line in parts:
            found.update(_ngrams(line))
        index = self.index
        start = len(index)
        new = found.difference(index)
        bits = 0
        if new:  # numbered in a row: one run of bits
            index.update(zip(new, itertools.count(start)))
            bits = ((1 << len(new)) - 1) << start
            if len(new) == len(found):
                return bits, len(found)
            found -= new
        field = bytearray((start >> 3) + 1)
        for i in map(index.__getitem__, found):
            field[i >> 3] |= 1 << (i & 7)
        return bits | int.from_bytes(field, "little"), len(found) + len(new)

    def bits(self, g: Grams) -> int:
        """The bit set of g in the current vocabulary (numbered again if it is older)."""
        if g._generation != self.generation:
            g._bits, _ = self.encode(g.parts)
            g._generation = self.generation
        return g._bits


_VOCAB = _Vocabulary()
_CACHE: OrderedDict[str, Grams] = OrderedDict()


def _ngrams(line: str) -> set[str]:
    """sacrebleu's chrF character n-grams of a line (orders 1-6, whitespace removed)."""
    return {g for order in _char_ngrams()(line, ORDER, False) for g in order}


@functools.cache
def _char_ngrams():  # type: ignore[no-untyped-def]
    """sacrebleu's `extract_all_char_ngrams`, from its module `sacrebleu.metrics.helpers`
    alone: importing it the usual way runs the package's __init__ first, which loads its
    command line, datasets and lxml (about a tenth of a one-article check's start-up) for a
    module that needs only `collections`. Any trouble, and the usual import is used."""
    import importlib.util
    import os

    try:
        package = importlib.util.find_spec("sacrebleu")
        folders = list(package.submodule_search_locations or ()) if package else []
        spec = importlib.util.spec_from_file_location(
            "i18ncheck._sacrebleu_helpers", os.path.join(folders[0], "metrics", "helpers.py")) if folders else None
        if spec is not None and spec.loader is not None:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.extract_all_char_ngrams
    except Exception:  # noqa: BLE001, S110 - a layout this does not know: the package import below
        pass
    from sacrebleu.metrics.helpers import extract_all_char_ngrams

    return extract_all_char_ngrams


@functools.cache
def _transliterator(lang: str):  # type: ignore[no-untyped-def]
    import translitua

    table = translitua.UkrainianKMU if lang == "uk" else translitua.RussianInternationalPassport
    return lambda text: translitua.translit(text, table)


def latin(text: str, lang: str) -> str:
    """A Latin transliteration of Cyrillic text (uk: KMU 2010, ru: international passport)."""
    return _transliterator(lang)(text) if lang in ("uk", "ru") else text


def grams(text: str) -> Grams:
    """The character n-grams (orders 1-6) of a text, lower-cased, as one set; the sets of
    the last few thousand texts are kept (the editions of a batch share sentences)."""
    g = _CACHE.get(text)
    if g is not None:
        _CACHE.move_to_end(text)
        return g
    _VOCAB.fresh()
    parts = ("".join(text.lower().split()),)
    bits, size = _VOCAB.encode(parts)
    g = Grams(parts, size, bits, _VOCAB.generation)
    _CACHE[text] = g
    if len(_CACHE) > _TEXTS:
        _CACHE.popitem(last=False)
    return g


def merge(items: Sequence[Grams]) -> Grams:
    """The n-grams of several sentences read as one."""
    if len(items) == 1:
        return items[0]
    _VOCAB.fresh()
    bits = 0
    for g in items:
        bits |= _VOCAB.bits(g)
    return Grams(tuple(p for g in items for p in g.parts), bits.bit_count(), bits, _VOCAB.generation)


def chrf(a: Grams, b: Grams) -> float:
    """Pooled chrF (beta = 1) of two n-gram sets, in [0, 1]."""
    if not a.size or not b.size:
        return 0.0
    vocab = _VOCAB
    vocab.fresh()
    generation = vocab.generation  # sets numbered in the current vocabulary are read as they are
    bits_a = a._bits if a._generation == generation else vocab.bits(a)
    bits_b = b._bits if b._generation == generation else vocab.bits(b)
    common = (bits_a & bits_b).bit_count()
    if not common:
        return 0.0
    p, r = common / a.size, common / b.size
    return 2 * p * r / (p + r)
