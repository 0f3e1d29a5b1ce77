"""Which of uk, en and ru a text is written in.

Script cues decide most texts outright: Latin letters mean English; among Cyrillic
letters, і ї є ґ occur only in Ukrainian and ы э ъ ё only in Russian. Only Cyrillic text
without a decisive cue goes further: for a sentence, the words that only the uk or only
the ru pymorphy3 dictionary knows (що/что, який/который); for a whole edition, langdetect,
restricted to the uk, ru and en profiles and seeded so that a run is deterministic.
Profiles and dictionaries load once, on first use.

A sentence of a Cyrillic edition counts as English only when most of its letters are
Latin and it has English function words: brand names (Bloomberg, Starlink), a URL or an
acronym inside a Cyrillic sentence are normal and do not make it English.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from . import patterns
from .model import LanguageGuess

UNKNOWN = "und"
_LETTERS = patterns.compile(r"\p{L}")
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")


@dataclass(frozen=True)
class ScriptCounts:
    """Letter counts by script and language cue."""

    latin: int
    cyrillic: int
    uk: int
    ru: int

    @property
    def letters(self) -> int:
        return self.latin + self.cyrillic


_CYRILLIC = patterns.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """Does the text hold a Cyrillic letter?"""
    return _CYRILLIC.search(text) is not None


@functools.lru_cache(maxsize=16_384)
def script_counts(text: str) -> ScriptCounts:
    """Count Latin and Cyrillic letters and the uk-only / ru-only letters."""
    latin = cyr = uk = ru = 0
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            latin += 1
        elif "\u0400" <= ch <= "\u04ff":
            cyr += 1
            if ch in _UK_ONLY:
                uk += 1
            elif ch in _RU_ONLY:
                ru += 1
    return ScriptCounts(latin, cyr, uk, ru)


@functools.cache
def _factory():  # type: ignore[no-untyped-def]
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    profiles = []
    for lang in ("uk", "ru", "en"):
        with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)
    factory.set_seed(0)
    return factory


@functools.lru_cache(maxsize=4096)
def _langdetect(text: str) -> LanguageGuess:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text)
    try:
        probs = detector.get_probabilities()
    except LangDetectException:
        return LanguageGuess(UNKNOWN, 0.0)
    best = probs[0]
    return LanguageGuess(best.lang, round(float(best.prob), 3))


_EN_FUNCTION_WORDS = frozenset("""the a an of to in on at for with from by and or but is are was were be been has
    have had will would that this these those it its he she they we you not as said says""".split())
_LATIN_WORD = patterns.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_CYR_WORD = patterns.compile(r"[\u0400-\u04ff]+(?:['’ʼ][\u0400-\u04ff]+)*")


def _dictionary_vote(text: str) -> tuple[int, int]:
    """Words known only to the uk dictionary, and only to the ru dictionary."""
    from .facts.morph import analyser, normalise_apostrophe

    uk_dict, ru_dict = analyser("uk"), analyser("ru")
    uk = ru = 0
    for m in _CYR_WORD.finditer(text):
        if m.group()[:1].isupper():
            continue  # names are unknown to both dictionaries, or known to one by chance
        word = normalise_apostrophe(m.group().lower())
        if len(word) < 3:
            continue
        in_uk, in_ru = _known(uk_dict, word), _known(ru_dict, word)
        uk += in_uk and not in_ru
        ru += in_ru and not in_uk
    return uk, ru


@functools.lru_cache(maxsize=100_000)
def _known_cached(lang: str, word: str) -> bool:
    from .facts.morph import analyser

    return bool(analyser(lang).word_is_known(word))


def _known(dictionary, word: str) -> bool:  # type: ignore[no-untyped-def]
    return _known_cached(dictionary.lang, word)


_TAG = patterns.compile(r"[#@][\p{L}\p{N}_]+")  # a hashtag or a handle
_QUOTED = patterns.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"|„[^„“”]*[“”]")
_CYRILLIC_WORD = patterns.compile(r"[\u0400-\u04ff]{2,}")


def prose(text: str, expected: str) -> str:
    """The words of a sentence that say something in its language: without links, e-mail
    addresses, handles and hashtags, which are written in Latin letters whatever the
    language; in a Cyrillic edition also without a quoted title in Latin letters when
    Cyrillic words outside it carry the sentence (увімкни «Yellow Submarine»)."""
    from .facts.numbers import URL

    text = _TAG.sub(" ", URL.sub(" ", text))
    if expected == "en":
        return text
    outside = _QUOTED.sub(lambda m: m.group() if has_cyrillic(m.group()) else " ", text)
    if outside != text and len(_CYRILLIC_WORD.findall(outside)) >= 2:
        return outside
    return text


@functools.lru_cache(maxsize=8_192)
def sentence_language(text: str, expected: str) -> LanguageGuess:
    """The language of one sentence of an edition meant to be in `expected`.

    Returns the expected language unless the evidence against it is clear; short or
    mixed sentences keep the benefit of the doubt.
    """
    text = prose(text, expected)
    c = script_counts(text)
    if c.letters < 12:
        return LanguageGuess(expected, 0.5)
    if expected != "en":
        words = [w.lower() for w in _LATIN_WORD.findall(text)]
        function = sum(w in _EN_FUNCTION_WORDS for w in words)
        if len(words) >= 4 and (c.latin >= 0.6 * c.letters and function >= 2 or c.latin >= 0.9 * c.letters):
            return LanguageGuess("en", round(c.latin / c.letters, 3))
        if c.cyrillic < 0.5 * c.letters:
            return LanguageGuess(expected, 0.5)
        other = "ru" if expected == "uk" else "uk"
        own_cue, other_cue = (c.uk, c.ru) if expected == "uk" else (c.ru, c.uk)
        if own_cue:
            return LanguageGuess(expected, 0.99)
        uk, ru = _dictionary_vote(text)
        own_words, other_words = (uk, ru) if expected == "uk" else (ru, uk)
        if other_cue >= 1 and other_words >= 1 and own_words == 0 or \
                other_words >= 3 and other_words >= 3 * max(1, own_words):
            return LanguageGuess(other, round(other_words / max(1, own_words + other_words), 3))
        return LanguageGuess(expected, 0.9)
    if c.cyrillic >= 0.6 * c.letters:
        if c.uk > c.ru:
            return LanguageGuess("uk", 0.99)
        if c.ru > c.uk:
            return LanguageGuess("ru", 0.99)
        uk, ru = _dictionary_vote(text)
        return LanguageGuess("uk" if uk > ru else "ru", 0.8)
    return LanguageGuess("en", round(c.latin / c.letters, 3))


_LATIN_RUN = patterns.compile(r"[A-Za-z][A-Za-z'’-]*(?:[\s,;:\"“”'’()\d-]+[A-Za-z][A-Za-z'’-]*){4,}")
_CYRILLIC_RUN = patterns.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ-]*(?:[\s,;:\"«»“”()\d-]+[\u0400-\u04ff][\u0400-\u04ff'’ʼ-]*){4,}")


def _masked(text: str) -> str:
    """The text with links, e-mail addresses, handles and hashtags blanked out, offsets kept."""
    from .facts.numbers import URL

    blank = lambda m: " " * len(m.group())
    return _TAG.sub(blank, URL.sub(blank, text))


def foreign_runs(text: str, expected: str) -> list[tuple[int, int, str]]:
    """Stretches of five or more words inside a sentence that are in another script's
    language: an English clause left in a Cyrillic edition (with English function words,
    so that a title such as The Wall Street Journal does not count), or a Cyrillic clause
    in the English edition. (start, end, language) each."""
    out = []
    text = _masked(text)  # a link's words (a slug: why-the-river-has-been-...) are no clause of the sentence
    if expected != "en":
        for m in _LATIN_RUN.finditer(text):
            words = [w.lower() for w in _LATIN_WORD.findall(m.group())]
            before = text[max(0, m.start() - 12):m.start()].lower()
            glossed = len(words) <= 8 and ("англ" in before or "(" in before or before.rstrip()[-1:] in "«\"“'")
            if sum(w in _EN_FUNCTION_WORDS for w in words) >= 2 and not glossed:
                out.append((m.start(), m.end(), "en"))
    else:
        for m in _CYRILLIC_RUN.finditer(text):
            guess = sentence_language(m.group(), "en")
            if guess.lang in ("uk", "ru"):
                out.append((m.start(), m.end(), guess.lang))
    return out


def identify(text: str) -> LanguageGuess:
    """The language of a whole text (an edition): script cues, then the words only one
    dictionary knows, then langdetect for long texts; "und" when the evidence is thin."""
    c = script_counts(text)
    if c.letters == 0:
        return LanguageGuess(UNKNOWN, 0.0)
    if c.latin > c.cyrillic:
        return LanguageGuess("en", round(c.latin / c.letters, 3))
    cues = c.uk + c.ru
    if cues >= 3 and max(c.uk, c.ru) / cues >= 0.8:
        lang = "uk" if c.uk > c.ru else "ru"
        share = max(c.uk, c.ru) / cues
        return LanguageGuess(lang, round(min(0.99, share) * c.cyrillic / c.letters, 3))
    uk, ru = _dictionary_vote(text[:5000])
    if max(uk, ru) >= 3 and max(uk, ru) >= 3 * min(uk, ru):
        return LanguageGuess("uk" if uk > ru else "ru", round(max(uk, ru) / (uk + ru), 3))
    if c.cyrillic >= 200:
        guess = _langdetect(text)
        if guess.lang in ("uk", "ru"):
            return guess
    return LanguageGuess(UNKNOWN, 0.0)
