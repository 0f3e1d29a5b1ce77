"""Names in software strings: products, organisations, places (GitHub, Firefox, NATO,
Kyiv). UI strings are full of capitalised ordinary words (Save, Download CSV, Query Daily
Hits), so a word counts as a name only when it is shaped like one (an acronym, CamelCase,
digits inside) or is capitalised but no common English word, or when the gazetteer knows it.

A name of the source is kept when the translation has it verbatim, transliterated, or under
a known translation (the gazetteer, the user's term base). It is swapped (EN01) when it is
missing and the translation holds, in its place, another name of the same shape that the
source lacks: GitHub -> GitLab, GPG -> PGP, Ukraine -> Польща.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import cast

from .. import patterns
from ..facts.morph import parses
from ..facts.names import TokenKeys, same_name, skeleton, token_keys, translit

# Words; not those glued to an underscore (APP_ID, ID_ПРИЛОЖЕНИЯ) or after a dash that makes
# them command-line options (-cftuvSUX): those are code, not names.
_TOKEN = patterns.compile(r"(?<![\p{L}\d_]|(?<![\p{L}\d])-)\p{L}[\p{L}\d]*(?:[-'’]\p{L}+)*(?![\p{L}\d_])")
_CAPITAL = patterns.compile(r"(?<![\p{L}\d_]|(?<![\p{L}\d])-)(?=[\p{L}\d]*\p{Lu})\p{L}[\p{L}\d]*(?:[-'’]\p{L}+)*"
                         r"(?![\p{L}\d_])")
_MAX_ACRONYM = 6  # ABCDEFGHIJK is a sample alphabet, not an acronym
_AFTER_WORD = patterns.compile(r"(?:\p{Ll}[\p{L}'’]*,?|\p{L}:)\s+$")


@dataclass(frozen=True)
class Name:
    """A name in a message: its text, shape and what it may be called elsewhere."""

    text: str
    shape: str  # acronym | camel | word
    ids: frozenset[str]
    lang: str
    place: bool = False
    adjective: bool = False


def _shape(word: str) -> str | None:
    """acronym (NATO, USB), camel (GitHub, macOS), word (Firefox), or None (lower case)."""
    if word.isupper():
        letters = sum(c.isalpha() for c in word)
        return "acronym" if 2 <= letters <= _MAX_ACRONYM else None
    if word.islower():
        return None
    rest = word[1:]
    if rest and not rest.islower() and (rest.isupper() or not rest.isalpha() or rest != rest.lower()):
        return "camel" if word != word.upper() else None
    return "word" if word[0].isupper() else None


@functools.lru_cache(maxsize=8192)
def names(text: str, lang: str, skip: frozenset[str] = frozenset()) -> list[Name]:
    """The names of a (placeholder- and reference-masked) message. In English, a capitalised
    word is a name when the gazetteer knows it or it is no common English word; in a
    Ukrainian or Russian translation every Latin word shaped like a name is one, and a
    Cyrillic word is one when the gazetteer or the dictionary says it is a name."""
    from .checks import _common_english

    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        shape = _shape(word)
        if shape is None or len(word) < 2 or word.lower() in skip:
            continue
        latin = word.isascii()
        if lang == "en" and shape == "word" and _common(word) and not _known_en(word):
            continue  # Download, Settings: ordinary words, capitalised
        start = _starts_sentence(text, m.start())
        if not latin and start and word.lower()[:4] not in _all_prefixes(lang) and \
                not _AFTER_WORD.search(text, max(0, m.start() - 40), m.start()):
            continue  # a capitalised first word the gazetteer cannot know: no lookup needed
        keys = token_keys(word, lang) if not latin else None  # Cyrillic: the dictionary's readings
        ids = _ids_latin(word) if latin else frozenset(i for i in cast(TokenKeys, keys).ids if not i.startswith("common:"))
        if lang == "en" or latin:
            if shape == "word" and not ids and lang != "en" and start:
                continue
            if shape == "acronym" and len(word) > 3 and _common_english(word.lower()):
                continue  # NOT, WILL: emphasis, not an acronym
        elif not ids and (shape != "word" or not (keys and (keys.person or keys.place))
                          or start and not _AFTER_WORD.search(text, max(0, m.start() - 40), m.start())):
            continue  # a Cyrillic name: known to the gazetteer, or to the dictionary as a name or place
        known_place = any(i.split(":", 1)[0] in ("city", "country", "region") for i in ids)
        place = known_place or bool(keys and keys.place) and not latin and not _title_case(text)
        adjective = not latin and any("ADJF" in g for _, g in parses(word, lang))
        out.append(Name(word, shape, ids, lang, place, adjective))
    return out


def _ids_latin(word: str) -> frozenset[str]:
    """Gazetteer ids of a Latin word (no morphology: Germany, NATO, Kyiv's)."""
    from ..facts.names import gazetteer

    g = gazetteer()
    low = word.lower().replace("’", "'")
    hit = g.names["en"].get(low) or g.names["en"].get(low.removesuffix("'s")) or g.acronyms.get(word.replace(".", ""))
    return frozenset({hit}) if hit and not hit.startswith("common:") else frozenset()


def _known_en(word: str) -> bool:
    """Is a common English word also a name the gazetteer knows (Turkey, Georgia)?"""
    from ..facts.names import gazetteer

    g = gazetteer()
    return word.lower() in g.names["en"] or word in g.acronyms


_OPENERS = frozenset("\"«“„'([]>*•·|")


def _starts_sentence(text: str, pos: int) -> bool:
    """Does a sentence (or a quoted or bracketed phrase, or a list item) begin at pos?"""
    i = pos - 1
    spaces = False
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        spaces = True
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch in _OPENERS:
        return True
    if ch in ".!?:…" and spaces:
        return True
    return ch in "-–—" and spaces and i > 0 and text[i - 1].isspace()


def _title_case(text: str) -> bool:
    """Полная Ширина: a title whose every word is capitalised says nothing about names."""
    words = [w for w in _TOKEN.findall(text) if len(w) >= 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _common(word: str) -> bool:
    """Is a capitalised English word an ordinary word (every part of a hyphenated one)?"""
    from .checks import _common_english

    low = word.lower().replace("’", "'")
    if _common_english(low) or "'" in low and _common_english(low.split("'")[0]):
        return True  # couldn't, we're, Kyiv's is not: the gazetteer has Kyiv
    return all(_common_english(part) for part in low.split("-") if part)


@functools.lru_cache(maxsize=50_000)
def _skeleton(word: str, lang: str) -> str:
    latin = word if word.isascii() else translit(word, lang if lang != "en" else "uk")
    return skeleton(latin, english=word.isascii())


def _alike(a: Name, b: Name) -> bool:
    """One name in two spellings: a shared gazetteer id, the same Latin letters (CD-ROM and
    CDROM, NaNs and NaN, SELinux-enabled and SELinux), or across scripts the same skeleton
    (GitHub and GitLab are two names; НАТО and NATO one)."""
    if a.ids & b.ids:
        return True
    if a.text.isascii() and b.text.isascii():
        x, y = _core(a.text), _core(b.text)
        return x == y or x.startswith(y) and _common_tail(a.text) or y.startswith(x) and _common_tail(b.text)
    return same_name(_skeleton(a.text, a.lang), _skeleton(b.text, b.lang))


def _core(word: str) -> str:
    """The letters of a Latin name, without a plural s on an acronym (URLs, NaNs)."""
    letters = "".join(c for c in word if c.isalnum())
    if len(letters) > 2 and letters[-1] == "s" and any(c.isupper() for c in letters[1:-1]):
        letters = letters[:-1]  # URLs, NaNs, MultiXactIds
    return letters.lower()


def _common_tail(word: str) -> bool:
    """SELinux-enabled: a name with an ordinary word hyphenated on."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.islower() and _common(tail)


def _kept(name: Name, translation: str, found: list[Name], lang: str) -> bool:
    if any(_alike(name, other) for other in found):
        return True
    # a name declined in Cyrillic: compare with every word's transliteration
    for m in _TOKEN.finditer(translation):
        word = m.group()
        if not word.isascii() and not name.ids and same_name(_skeleton(name.text, name.lang), _skeleton(word, lang)):
            return True
        if name.ids and word.lower()[:4] in _prefixes(lang, name.ids) and name.ids & token_keys(word, lang).ids:
            return True
    return False


def _prefixes(lang: str, ids: frozenset[str]) -> frozenset[str]:
    """The first four letters of every name and adjective the gazetteer has for these
    entities in a language: only words that begin so are worth a dictionary lookup."""
    index = _prefix_index(lang)
    return frozenset(p for i in ids for p in index.get(i, ()))


@functools.cache
def _all_prefixes(lang: str) -> frozenset[str]:
    return frozenset(p for ps in _prefix_index(lang).values() for p in ps)


@functools.cache
def _prefix_index(lang: str) -> dict[str, frozenset[str]]:
    from ..facts.names import gazetteer

    g = gazetteer()
    index: dict[str, set[str]] = {}
    for table in (g.names[lang], g.adjectives[lang]):
        for key, ident in table.items():
            index.setdefault(ident, set()).add(key[:4])
    return {k: frozenset(v) for k, v in index.items()}


def swapped(source: str, translation: str, lang: str) -> list[tuple[Name, Name]]:
    """Names of the source replaced by a different name of the same shape. Words the
    translation repeats verbatim are settled first, so most entries need no lookup at all."""
    candidates = [w for w in _CAPITAL.findall(source) if len(w) >= 2]
    if not candidates:
        return []
    present = _words(translation)
    if all(w.lower() in present for w in candidates):
        return []
    missing = names(source, "en", present)
    if not missing:
        return []
    # a finding needs a name in the translation to stand where the lost one stood: look for
    # one cheaply before any dictionary lookup
    in_source = _words(source)
    capitals = [w for w in _CAPITAL.findall(translation) if len(w) >= 2 and w.lower() not in in_source]
    if not any(w.isascii() for w in capitals) and not (
            any(not w.isascii() for w in capitals) and any(n.ids or n.shape == "word" for n in missing)):
        return []
    lost = [n for n in missing if not _kept(n, translation, names(translation, lang), lang)]
    if not lost:
        return []
    src = names(source, "en")
    extra = [n for n in names(translation, lang)
             if n.text.lower() not in in_source and not any(_alike(n, s) for s in src)]
    out = []
    for name in lost:
        twin = next((n for n in extra if _comparable(name, n)), None)
        if twin is not None:
            extra.remove(twin)
            out.append((name, twin))
    return out


def _words(text: str) -> frozenset[str]:
    """Every word of a text in lower case, hyphenated ones also in parts (SSL-сертификат)."""
    out = set()
    for w in _TOKEN.findall(text):
        low = w.lower()
        out.add(low)
        if "-" in low:
            out.update(low.split("-"))
    return frozenset(out)


def _comparable(a: Name, b: Name) -> bool:
    """Could b stand where a stood? Two known entities of one kind, two Latin names of one
    shape (a product for a product, an acronym for an acronym), or a place for a place."""
    if a.ids and b.ids:
        return not a.ids & b.ids and _same_kind(a.ids, b.ids)
    if a.text.isascii() and b.text.isascii():
        if a.shape == b.shape == "acronym":  # a letter typo (RLE/LRE, IU/UI), not a new abbreviation
            x, y = set(a.text), set(b.text)
            return len(x & y) * 2 >= len(x | y)
        return a.shape == b.shape
    return b.place and (a.place or not a.ids) and a.shape == b.shape == "word" and not b.adjective


def _same_kind(a: frozenset[str], b: frozenset[str]) -> bool:
    kinds = lambda ids: {i.split(":", 1)[0] for i in ids}
    return bool(kinds(a) & kinds(b))
