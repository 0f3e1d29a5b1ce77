"""Numbers written in words, in every case and gender: тридцять п'ять тисяч, двадцяти
одной, thirty-five thousand, двоє, пятерых, півтора мільйона, half a million, третій.

Ukrainian and Russian words are reduced to their lemmas by pymorphy3 (every parse is
tried) and looked up in data/numerals.toml; English words are looked up directly. A run
of number words is composed the usual way (units and tens add, `hundred` multiplies what
precedes it, `thousand` and up close a group). Plural magnitude nouns standing alone —
hundreds, сотні, тысячи, dozens, десятки — are vague quantities of that order of
magnitude. "One", "first", "second", "half" are weak: they are often not numbers at all.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from typing import cast

import regex

from .. import patterns
from ..model import Fact, Span
from .entities import starts_clause
from .lexicon import load
from .morph import normalise_apostrophe, parses
from .numbers import MAGNITUDE_ADJECTIVES, Atom, quantify, spread_ranges
from .spans import Spans

_WORD = patterns.compile(r"\p{L}+(?:['’ʼ]\p{L}+)*")
_WEAK_VALUES = {1.0}
_WEAK_ORDINALS = {1.0, 2.0}
_KINDS = ("cardinal", "multiplier", "collective", "both", "times", "ordinal", "ordinal_adverb", "fraction",
          "approximate")
_EN_PLURAL_VAGUE = {"tens": 1, "dozens": 1, "decades": 1, "hundreds": 2, "thousands": 3, "millions": 6,
                    "billions": 9}
_EN_ARTICLES = {"a", "an", "one"}
_JOINERS = {"en": {"and"}, "uk": set(), "ru": set()}


@dataclass(frozen=True)
class Word:
    """A number word: its kind (cardinal, multiplier...), value, and whether it is plural."""

    kind: str
    value: float
    plural: bool = False
    unit: str | None = None  # what a compound adjective measures: двометровий -> m
    guessed: bool = False  # read through a slip of the pen (пьять): weak, never missing


@functools.cache
def _table(lang: str) -> dict[str, tuple[str, float]]:
    data = load("numerals.toml")[lang]
    table: dict[str, tuple[str, float]] = {}
    for kind in _KINDS:
        for lemma, value in data.get(kind, {}).items():
            table.setdefault(normalise_apostrophe(lemma), (kind, float(value)))
    return table


@functools.cache
def _beginnings(lang: str) -> frozenset[str]:
    """The first three letters of every form of every number word (однієї, двох, тисячами)
    and of the compound prefixes, from pymorphy3's paradigms; cached on disk."""
    from importlib import resources

    from ..cache import cached

    data = resources.files("i18ncheck.data").joinpath("numerals.toml").read_bytes()
    return cached(f"numeral-beginnings-{lang}", [data, repr(sorted(_COMPOUND_PREFIX.get(lang, {})))],
                  lambda: _build_beginnings(lang))


def _build_beginnings(lang: str) -> frozenset[str]:
    from .morph import analyser

    out = {p[:3] for p in _COMPOUND_PREFIX.get(lang, {})} | {"пів", "пол"} | \
        {m[:3] for m in (_MANY[lang][0],) if lang in _MANY}
    for lemma in _table(lang):
        out.add(lemma[:3])
        for parse in analyser(lang).parse(lemma):
            if normalise_apostrophe(parse.normal_form) == lemma:
                out.update(normalise_apostrophe(form.word)[:3] for form in parse.lexeme)
    return frozenset(out)


@functools.lru_cache(maxsize=100_000)
def classify(token: str, lang: str) -> Word | None:
    """What a single word is as a number, if it is one."""
    low = normalise_apostrophe(token.lower())
    table = _table(lang)
    if lang == "en":
        if low in _EN_PLURAL_VAGUE:
            return Word("vague", float(_EN_PLURAL_VAGUE[low]), True)
        hit = table.get(low)
        return Word(*hit) if hit else None
    if low in table:
        kind, value = table[low]
        return Word(kind, value, False)
    for prefix in ("пів", "пол"):  # півмільйона, полмиллиона, півроку, полгода
        if low.startswith(prefix) and len(low) > len(prefix) + 2:
            rest = low[len(prefix):].lstrip("-")
            if not any("gent" in g for _, g in parses(rest, lang)):
                continue  # half of something is said in the genitive: полдня, not полдень (noon)
            inner = classify(rest, lang)
            if inner is not None and inner.kind == "multiplier":
                return Word("multiplier", inner.value * 0.5)
            unit = _unit_of(rest, lang)
            if unit is not None:
                return Word("compound", 0.5, unit=unit)
    if low[:3] not in _beginnings(lang):
        return _misspelt(low, lang)  # no number word starts so: spare the morphology
    all_parses = parses(low, lang)
    for lemma, grammemes in all_parses:
        hit = table.get(lemma)
        if hit is None:
            continue
        kind, value = hit
        if kind == "ordinal" and not ({"ADJF", "ADJS"} & grammemes or "Anum" in grammemes):
            continue
        if lemma in _BARE_ONLY and low != lemma:
            continue  # поле, полу are forms of пол (floor), not "half"
        plural = kind in ("multiplier", "approximate") and any(
            "plur" in g for lem, g in all_parses if lem == lemma)
        return Word(kind, value, plural)
    return _compound(low, lang) or _misspelt(low, lang)


def _misspelt(low: str, lang: str) -> Word | None:
    """A word the dictionary does not know, one letter away from a form of a cardinal
    (пьять for пять, шисть for шість): that cardinal, guessed."""
    if len(low) < 5 or not low.isalpha():
        return None
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    from .morph import analyser

    if analyser(lang).word_is_known(low):
        return None  # most words: a dictionary lookup is cheaper than the fuzzy search
    forms = _cardinal_forms(lang)
    hit = process.extractOne(low.replace("ё", "е"), forms.keys(), scorer=Levenshtein.distance, score_cutoff=1)
    if hit is None:
        return None
    kind, value = _table(lang)[forms[hit[0]]]
    return Word(kind, value, guessed=True)


@functools.cache
def _cardinal_forms(lang: str) -> dict[str, str]:
    """Every form of every cardinal of five letters or more, with its lemma."""
    from .morph import analyser

    out: dict[str, str] = {}
    for lemma, (kind, _) in _table(lang).items():
        if kind != "cardinal":
            continue
        for parse in analyser(lang).parse(lemma):
            if normalise_apostrophe(parse.normal_form) == lemma:
                out.update((normalise_apostrophe(f.word).replace("ё", "е"), lemma)
                           for f in parse.lexeme if len(f.word) >= 5)
    return out


_BARE_ONLY = frozenset({"пол"})  # a number only as written: its other forms are another noun

_COMPOUND_PREFIX = {
    "uk": {"одно": 1, "дво": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4, "п'яти": 5, "шести": 6, "семи": 7, "восьми": 8,
           "дев'яти": 9, "десяти": 10, "дванадцяти": 12, "п'ятнадцяти": 15, "двадцяти": 20,
           "тридцяти": 30, "п'ятдесяти": 50, "сто": 100, "тисяче": 1000},
    "ru": {"одно": 1, "двух": 2, "дву": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
           "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12,
           "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "пятидесяти": 50, "сто": 100,
           "тысяче": 1000},
}
_COMPOUND_ROOT = {
    "uk": r"(?:річн|літн|місячн|денн|добов|тижнев|годинн|хвилинн|кілометров|метров|поверхов|"
          r"відсотков|тонн|разов|кратн|мільярдн|мільйонн|тисячн|секундн|сантиметров|кілограмов|"
          r"байтов|бітов|бітн|розрядн|аргументн|аргументов|слівн|сторінков|рядков)\p{L}*",
    "ru": r"(?:летн|месячн|дневн|суточн|недельн|часов|минутн|километров|метров|этажн|процентн|"
          r"тонн|разов|кратн|миллиардн|миллионн|тысячн|секундн|сантиметров|килограммов|"
          r"байтов|битов|битн|разрядн|аргументн|словн|страничн|строчн)\p{L}*",
}
# the unit a compound's root measures in: двометровий is 2 m tall, п'ятирічний 5 years long
_COMPOUND_UNIT = (("кілометр", "km"), ("километр", "km"), ("сантиметр", "cm"), ("метр", "m"),
                  ("кілограм", "kg"), ("килограмм", "kg"), ("тонн", "t"), ("річн", "year"),
                  ("літн", "year"), ("летн", "year"), ("місячн", "month"), ("месячн", "month"),
                  ("тижнев", "week"), ("недельн", "week"), ("денн", "day"), ("дневн", "day"),
                  ("добов", "day"), ("суточн", "day"), ("годинн", "h"), ("часов", "h"),
                  ("хвилинн", "min"), ("минутн", "min"), ("відсотков", "%"), ("процентн", "%"))


def _unit_of(word: str, lang: str) -> str | None:
    """The unit a word names (року -> year), if any."""
    from .units import patterns as unit_patterns

    return next((name for name, pat in unit_patterns(lang) if regex.fullmatch(pat, word, regex.I)), None)


_MANY = {lang: (many, {root: round(math.log10(v)) for root, v in MAGNITUDE_ADJECTIVES[lang].items()})
         for lang, many in (("uk", "багато"), ("ru", "много"))}


def _compound(low: str, lang: str) -> Word | None:
    """A number inside a compound adjective: дворічний, п'ятиповерховий, двухлетний,
    and багатотисячний / многотысячный (many thousands)."""
    if lang in _MANY:
        many, orders = _MANY[lang]
        for root, order in orders.items():
            if low.startswith(many + root):
                return Word("vague", float(order), True)
    for prefix, value in _COMPOUND_PREFIX.get(lang, {}).items():
        root = low[len(prefix):]
        if low.startswith(prefix) and regex.fullmatch(_COMPOUND_ROOT[lang], root):
            unit = next((u for stem, u in _COMPOUND_UNIT if root.startswith(stem)), None)
            return Word("compound", float(value), unit=unit)
    return _coined(low, lang)


# numeral prefixes that begin ordinary words too (одночасний, двоїстий, трикотажний,
# столичний, семинарский): a word the dictionary knows is a compound number only by the
# table of roots above; after the others (п'яти-, шести-, двадцяти-) any adjective is one
_AMBIGUOUS_PREFIX = frozenset({"одно", "дво", "дву", "три", "сто", "семи", "тисяче", "тысяче"})


_MORE_NUMERAL = patterns.compile(r"сот|десят|дцят|дцат|тисяч|тысяч|мільй|милли|мільяр|миллиар|ст[оа]")


def _coined(low: str, lang: str) -> Word | None:
    """An adjective made of a numeral and a root (девятипортовый, п'ятисетовий): a count
    of what it names. A word the dictionary knows after a prefix that begins ordinary
    words too is left to the table of roots above."""
    from .morph import analyser

    prefix = next((p for p in sorted(_COMPOUND_PREFIX.get(lang, {}), key=len, reverse=True)
                   if low.startswith(p) and len(low) - len(p) >= 5), None)
    if prefix is None or prefix in _AMBIGUOUS_PREFIX and analyser(lang).word_is_known(low):
        return None
    if _MORE_NUMERAL.match(low, len(prefix)) or any(low.startswith(p, len(prefix)) for p in _COMPOUND_PREFIX[lang]):
        return None  # п'ятисотий, шестидесятилетний, двадцятисемирічний: more numeral follows
    if not any("ADJF" in g for _, g in parses(low, lang)):
        return None
    return Word("compound", float(_COMPOUND_PREFIX[lang][prefix]))


@dataclass
class _Run:
    start: int
    end: int
    total: float = 0.0
    current: float = 0.0
    last: float = 0.0  # the value last added, to keep "thirty five" apart from "five thirty"
    category: str = "count"
    vague_order: int | None = None
    words: int = 0
    unit: str | None = None
    both: bool = False  # the run is "both" (обидва, оба): two, said of something named already
    guessed: bool = False  # a word of the run was read through a misspelling
    rough: bool = False  # the run is a counting noun alone (a dozen, десяток, пара)


def _close(run: _Run) -> Atom | None:
    if run.words == 0:
        return None
    if run.vague_order is not None:
        return Atom(run.start, run.end, (10.0 ** run.vague_order,), 10.0 ** run.vague_order, "vague")
    value = run.total + run.current
    if run.category == "fraction" and value > 1:
        run.category = "count"  # півтора, полтора: a count of one and a half
    single = run.words == 1
    # a lone counting noun (a dozen, десяток) is a round figure: translators swap one for the other
    weak = (single and run.category == "count" and (value in _WEAK_VALUES or run.both)) or run.rough or run.guessed or \
        (run.category == "ordinal" and value in _WEAK_ORDINALS) or \
        (run.category == "fraction" and value < 1)
    category = "percent" if run.unit == "%" else run.category
    return Atom(run.start, run.end, (value,), 1.0, category, weak, unit=run.unit)


def _words(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, Word | None]]:
    """Every word of the text outside taken spans, with what it is as a number."""
    spans = Spans(taken)
    return [w for w in _all_words(text, lang) if not spans.covers(w[0])]


@functools.lru_cache(maxsize=4096)
def _all_words(text: str, lang: str) -> tuple[tuple[int, int, str, Word | None], ...]:
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    # a Cyrillic number word with a capital inside a sentence is a name (the surname Сорока,
    # not forty): Ukrainian and Russian capitalise no number in running text
    words: list[tuple[int, int, str, Word | None]] = [
        (s, e, t, None if lang != "en" and t[:1].isupper() and not starts_clause(text, s) else classify(t, lang))
        for s, e, t in tokens]
    lows = [t.lower() for _, _, t, _ in words]
    for k in range(1, len(words) - 1):
        # "two and a half", "два з половиною", "два с половиной": the half joins the number
        joiner = lows[k:k + 3] == ["and", "a", "half"] or (
            lows[k] in ("з", "із", "с") and words[k + 1][3] is not None and cast(Word, words[k + 1][3]).kind == "fraction"
            and cast(Word, words[k + 1][3]).value == 0.5)
        if joiner and words[k - 1][3] is not None and cast(Word, words[k - 1][3]).kind in ("cardinal", "multiplier"):
            half = k + 2 if lows[k] == "and" else k + 1
            for j in range(k, half):
                words[j] = (*words[j][:3], Word("skip", 0.0))
            words[half] = (*words[half][:3], Word("plus_half", 0.5))
    if lang != "en":
        for k in range(1, len(words) - 1):
            # два останні десятиліття, три минулі тисячоліття: an adjective in the plural
            # between a count and the number noun it counts is part of the number
            count, counted = words[k - 1][3], words[k + 1][3]
            if words[k][3] is None and count is not None and count.kind == "cardinal" and \
                    counted is not None and counted.kind in ("approximate", "multiplier", "vague") and \
                    _plural_adjective(lows[k], lang):
                words[k] = (*words[k][:3], Word("skip", 0.0))
    if lang == "en":
        for k in range(len(words) - 1):
            s, e, t, word = words[k]
            if word is not None and word.kind == "skip":
                continue  # "and a" of "three and a half", joined above
            nxt = words[k + 1][3]
            low, next_low = t.lower(), words[k + 1][2].lower()
            after = words[k + 2][2].lower() if k + 2 < len(words) else ""
            fraction = next_low == "half" or after == "of"  # a third of voters; a third country
            if low in _EN_ARTICLES and next_low in ("third", "quarter", "half") and fraction:
                s2, e2, t2, _ = words[k + 1]
                words[k + 1] = (s2, e2, t2, Word("fraction", {"third": 1 / 3, "quarter": 0.25, "half": 0.5}[next_low]))
                words[k] = (s, e, t, None)
            elif low in ("a", "an") and nxt is not None and nxt.kind in ("multiplier", "approximate"):
                prev = words[k - 1][3] if k else None
                glue = prev is not None and prev.kind == "fraction"  # half a million
                words[k] = (s, e, t, Word("skip" if glue else "cardinal", 1.0))
    return tuple(words)


def _plural_adjective(low: str, lang: str) -> bool:
    """Is the word only ever a plural adjective (останні, последние), no noun or verb?"""
    found = parses(low, lang)
    return bool(found) and all("ADJF" in tags and "plur" in tags for _, tags in found)


def word_atoms(text: str, lang: str, taken: list[tuple[int, int]]) -> list[Atom]:
    """Numbers written in words, outside the spans already taken."""
    atoms: list[Atom] = []
    run: _Run | None = None
    words = _words(text, lang, taken)

    def close() -> None:
        nonlocal run
        if run is not None:
            atom = _close(run)
            if atom is not None:
                atoms.append(atom)
        run = None

    for k, (start, end, token, word) in enumerate(words):
        if word is None:
            following = words[k + 1] if k + 1 < len(words) else None
            if not _joins(run, token, following, lang):
                close()
            continue
        if run is not None:
            gap = text[run.end:start].strip(" -\u00a0").lower()
            if gap and gap not in _JOINERS[lang] and gap not in ("of", "a", "an"):
                close()
        if run is None:
            run = _Run(start, end)
        if not _add(run, word):
            close()
            run = _Run(start, end)
            _add(run, word)
        run.end = end
    close()
    return _halves_of_periods(text, atoms)


def _halves_of_periods(text: str, atoms: list[Atom]) -> list[Atom]:
    """"the second half of the year", "у першій половині дня", "во второй половине года":
    an ordinal before a half names a part of a period (H2, the afternoon), not a quantity
    of half a year or a day: the half is no number, the ordinal stays weak (matched, never
    reported, no anchor)."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if prev is not None and prev.category == "ordinal" and atom.values == (0.5,) \
                and not text[prev.end:atom.start].strip():
            out[-1] = replace(prev, weak=True)
            continue
        out.append(atom)
    return out


def _joins(run: _Run | None, token: str, following: tuple[int, int, str, Word | None] | None,
           lang: str) -> bool:
    """Does a non-number word continue a number: "three hundred and twenty", "tens of thousands"?"""
    if run is None or following is None or following[3] is None:
        return False
    low, nxt = token.lower(), following[3]
    if low in _JOINERS[lang]:
        return nxt.kind == "cardinal" and nxt.value < 100 and run.last >= 100 and \
            following[2].lower() not in _EN_ARTICLES
    if lang == "en" and low == "of":
        return run.vague_order is not None and nxt.kind in ("vague", "multiplier")
    return False


def _add(run: _Run, word: Word) -> bool:
    """Add a word to a run; False when it starts a new number instead."""
    if word.kind == "skip":
        return True
    if run.category in ("ordinal", "vague") or run.vague_order is not None:
        if run.vague_order is not None and word.kind in ("multiplier", "vague"):
            run.vague_order += int(word.value) if word.kind == "vague" else round(math.log10(word.value))
            run.words += 1
            return True
        return False
    if word.kind == "vague" and run.words and run.category == "count" and run.current:
        # two decades, три десятиліття: a count of tens, not a vague quantity
        run.current *= 10.0 ** word.value
        run.words += 1
        return True
    if word.kind == "vague" or (word.plural and run.words == 0):
        if run.words:
            return False
        order = int(word.value) if word.kind == "vague" else round(math.log10(word.value))
        run.vague_order = order
        run.words += 1
        return True
    if word.kind == "compound":
        if run.words:
            return False
        run.current = word.value
        run.last = word.value
        run.unit = word.unit
        run.words += 1
        return True
    if run.unit:
        return False  # nothing follows a compound adjective
    if word.kind in ("both", "times"):
        if run.words:
            return False
        run.both = True  # weak alone: обидва, втричі
        run.current = run.last = word.value
    elif word.kind in ("cardinal", "collective"):
        if run.last and word.value >= run.last and run.current:
            return False  # "two three": two numbers
        if run.category == "fraction":
            return False
        run.current += word.value
        run.last = word.value
    elif word.kind == "approximate":
        run.rough = not run.current or run.words == 1 and run.current == 1.0  # десяток, a dozen
        run.current = (run.current or 1.0) * word.value  # десяток, два десятки, три десятиліття
        run.last = word.value
    elif word.kind == "multiplier":
        if word.value < 1000:
            run.current = (run.current or 1.0) * word.value
            run.last = word.value
        else:
            run.total += (run.current or 1.0) * word.value
            run.current = 0.0
            run.last = word.value
        if run.category == "fraction":
            run.category = "count"
    elif word.kind in ("ordinal", "ordinal_adverb"):
        if run.current and (word.value >= 10 or run.current % 10 or run.total % 1000 and not run.current):
            return False  # "twenty-first" joins; "two first-round picks" does not
        run.current += word.value
        run.category = "ordinal"
    elif word.kind == "plus_half":
        if not run.words or run.category != "count":
            return False
        run.current += 0.5  # two and a half, два з половиною
    elif word.kind == "fraction":
        if run.words:
            return False
        run.current = word.value
        run.category = "fraction"
        run.last = word.value
    if word.kind != "approximate":
        run.rough = False  # десяток тисяч: a counted figure
    run.guessed = run.guessed or word.guessed
    run.words += 1
    return True


_A_AND_A_HALF = patterns.compile(r"\b(?:an?|one)\s+(?P<unit>\p{L}+)\s+and\s+a\s+half\b", regex.I)


def _and_a_half(text: str, sentence: int, offset: int, taken: list[tuple[int, int]]) -> list[Fact]:
    """English "a year and a half": one and a half of the unit named in between."""
    from .units import patterns

    facts = []
    for m in _A_AND_A_HALF.finditer(text):
        unit = next((name for name, pat in patterns("en")
                     if regex.fullmatch(pat, m.group("unit"), regex.I)), None)
        if unit and not any(a < m.end() and m.start() < b for a, b in taken):
            facts.append(Fact("number", (1.5,), Span(offset + m.start(), offset + m.end()), m.group(),
                              sentence, unit=unit, precision=0.5))
            taken.append(m.span())
    return facts


def extract_number_words(text: str, lang: str, sentence: int = 0, offset: int = 0,
                         taken: list[tuple[int, int]] | None = None) -> list[Fact]:
    """The numeric facts in words of a sentence; spans are offset by `offset`."""
    taken = list(taken or [])
    facts = _and_a_half(text, sentence, offset, taken) if lang == "en" else []
    facts += [quantify(text, lang, atom, sentence, offset) for atom in word_atoms(text, lang, taken)]
    facts.sort(key=lambda f: f.span.start)
    return spread_ranges(text, facts, offset)
