"""Which of uk, en and ru a text is written in.

Script cues decide most texts outright: Latin letters mean English; among Cyrillic
letters, і ї є ґ occur only in Ukrainian and ы э ъ ё only in Russian. Only Cyrillic text
without a decisive cue goes to langdetect, restricted to the uk, ru and en profiles and
seeded so that a run is deterministic. Profiles load once, on first use.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import regex

from .model import LanguageGuess

UNKNOWN = "und"
_LETTERS = regex.compile(r"\p{L}")
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


def identify(text: str) -> LanguageGuess:
    """The language of a text, by script cues first and langdetect when they are silent."""
    c = script_counts(text)
    if c.letters == 0:
        return LanguageGuess(UNKNOWN, 0.0)
    if c.latin > c.cyrillic:
        share = c.latin / c.letters
        return LanguageGuess("en", round(share, 3))
    cues = c.uk + c.ru
    if cues and c.cyrillic >= 12:
        top = max(c.uk, c.ru)
        if top / cues >= 0.8:
            lang = "uk" if c.uk > c.ru else "ru"
            # the more letters and the clearer the cue, the surer the verdict
            confidence = min(0.99, 0.5 + 0.5 * top / cues * min(1.0, cues / 3))
            return LanguageGuess(lang, round(confidence * c.cyrillic / c.letters, 3))
    guess = _langdetect(text)
    if guess.lang == "en" and c.cyrillic > c.latin:
        return LanguageGuess(UNKNOWN, 0.0)
    return guess
