"""Dates and times by value, in every grammatical form.

Month and weekday names come from Babel's CLDR data (nominative and genitive forms);
pymorphy3 reduces every other case to them (у грудні -> грудень, в субботу -> суббота). A
month name counts as a date only in a date context — next to a day number or a year, or
after a preposition of time — since лютий, листопад and March are also ordinary words.

Facts (kind "date", one per component the text states):
- year (2025, 2025 року, 2025-го, in 2025), decade (the 1930s, 1930-х, 30-е годы),
  century (XX century, ХХ ст., 20th century), quarter (Q3, третій квартал, III квартал);
- month (in December, у грудні, в декабре), day ((month, day): 5 December, December 5,
  5 грудня, 05.12), weekday (on Sunday, у неділю, в воскресенье);
- time (minutes after midnight: 3 p.m., 15:00, 15.00, о 15-й, в 3 часа дня, noon);
- relative ((unit, offset): yesterday, this week, минулого року, в следующем месяце), weak:
  never reported missing, since editions often drop "today", but reported when changed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import regex

from .. import patterns
from ..model import Fact, Span
from .lexicon import load
from .numbers import score_lists
from .morph import normalise_apostrophe, parses

if TYPE_CHECKING:
    from .words import Word

_WORD = patterns.compile(r"\p{L}+(?:['’ʼ]\p{L}+)*\.?")
_PREP = {
    "en": r"(?:in|of|since|by|until|till|from|through|to|early|late|mid|last|next|this|during|"
          r"before|after|between|and|or|on|the end of|the start of|the beginning of)",
    "uk": r"(?:у|в|з|із|зі|до|від|на|наприкінці|напочатку|на початку|в середині|у середині|"
          r"до кінця|протягом|цього|минулого|наступного|кінця|початку|середини|по|і|та|або|й|"
          r"кінці|середині|починаючи з|після|перед|за)",
    "ru": r"(?:в|во|с|со|до|от|на|в конце|в начале|в середине|к|по|этого|прошлого|следующего|"
          r"конца|начала|середины|и|или|после|перед|начиная с|конце|середине|за)",
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CYR_ROMAN = str.maketrans({"Х": "X", "І": "I", "С": "C", "Л": "L", "х": "X", "і": "I"})
_CENTURY = {"en": r"century|centuries|cent\.",
            "uk": r"ст\.|століття|столітті|століттям|століттями|століттях|сторіччя|сторіччі|сторіччям|століть",
            "ru": r"в\.|век[аеу]?|веком|веках|веков|столетия|столетии|столетием"}
_QUARTER = {"en": r"quarter", "uk": r"квартал\p{L}*", "ru": r"квартал\p{L}*"}
_YEAR_WORD = {"en": r"(?:year|fiscal year)", "uk": r"(?:р\.|рр\.|рок\p{L}*|році|рік)",
              "ru": r"(?:г\.|гг\.|год\p{L}*|году)"}
_YEAR_BEFORE = {
    "en": r"\b(?:in|since|by|until|till|from|of|during|before|after|between|and|to|the|year|early|"
          r"late|mid|spring|summer|autumn|fall|winter)\s+$",
    "uk": r"(?<!\p{L})(?:у|в|з|із|зі|до|від|по|і|та|й|між|після|перед|навесні|влітку|восени|взимку|"
          r"кінця|початку|середини)\s+$",
    "ru": r"(?<!\p{L})(?:в|во|с|со|до|от|по|и|между|после|перед|весной|летом|осенью|зимой|конца|"
          r"начала|середины)\s+$",
}
_PREV_WORD = patterns.compile(r"(\p{L}+)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$")
_DAY_PERIOD = {"ранку": "am", "вечора": "pm", "дня": "pm", "ночі": "am", "утра": "am", "вечера": "pm",
               "ночи": "am", "пополудні": "pm", "після обіду": "pm"}
# Time zones a sentence names, each with the zone it names, so that two editions naming the
# same zone must state the same hour (a converted time differs by whole hours only when the
# zones differ or one edition names none). The abbreviations name themselves.
_NAMED_ZONES = (
    ("kyiv", r"за київським часом|по киевскому времени|за Києвом|по Киеву|Kyiv time|Kiev time"),
    ("moscow", r"за московським часом|по московскому(?:\s+времени)?|за Москвою|по Москве|Moscow time"),
    ("local", r"за місцевим часом|по местному времени|local time"),
)
_ZONES = patterns.compile(r"\b(?P<abbr>ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|GMT|BST|UTC|CET|CEST|EET|EEST|MSK)\b"
                       + "".join(rf"|(?P<{name}>{alternatives})" for name, alternatives in _NAMED_ZONES))


def _zone_unit(text: str) -> str | None:
    """The unit of the times of a sentence that names a time zone: "zone:<which>" for the
    first zone it names, None when it names none."""
    m = _ZONES.search(text)
    if m is None:
        return None
    which = m.group("abbr") or next(name for name, _ in _NAMED_ZONES if m.group(name))
    return f"zone:{which.lower()}"


# A zone written out after a time: "о 5:00 за східним часом США", "по восточному времени США".
_ZONE_AFTER = patterns.compile(r"\s*(?:\b(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|BST|UTC|CET|EET|MSK)\b|"
                            r"(?:за|по)\s+\p{L}+\s+(?:часом|времени)(?:\s+(?:США|Києва|Киева|Москвы|Москви))?)")


@functools.cache
def _names() -> dict[str, dict[str, tuple[str, int]]]:
    """lemma or form (lower case) -> ("month" | "weekday", number), per language (cached
    on disk)."""
    from ..cache import cached, package_sources

    return cached("calendar-names", package_sources(["facts/dates.py", "facts/morph.py"], ["Babel"]), _build_names)


def _build_names() -> dict[str, dict[str, tuple[str, int]]]:
    from babel import Locale

    out: dict[str, dict[str, tuple[str, int]]] = {}
    for lang in ("uk", "en", "ru"):
        loc = Locale.parse(lang)
        table: dict[str, tuple[str, int]] = {}
        for ctx in ("stand-alone", "format"):
            for width in ("wide", "abbreviated"):
                for num, name in loc.months[ctx][width].items():
                    key = normalise_apostrophe(name.lower())
                    if width == "abbreviated" and (lang != "en" or len(key) < 3):
                        key = key.rstrip(".")
                        if lang != "en":
                            continue
                    table.setdefault(key, ("month", num))
                for num, name in loc.days[ctx][width].items():
                    if width == "wide":
                        table.setdefault(normalise_apostrophe(name.lower()), ("weekday", num))
        if lang == "en":
            table.update({"sept": ("month", 9), "tues": ("weekday", 1), "thurs": ("weekday", 3)})
        out[lang] = table
    return out


@functools.cache
def _adjectives() -> dict[str, dict[str, tuple[str, int]]]:
    """Adjectives from month and weekday names (data/calendar.toml), by lemma."""
    data = load("calendar.toml")
    return {lang: {normalise_apostrophe(lemma): (kind, num) for kind in ("month", "weekday")
                   for lemma, num in data.get(lang, {}).get(kind, {}).items()} for lang in ("uk", "ru")}


# Words that look like a month or weekday form but are something else.
_NOT_DATES = {"ru": {"среде", "средой", "средам", "средами", "средах", "среды"},
              "uk": {"середині", "середина", "середину", "середини"}, "en": {"may", "march"}}


@functools.lru_cache(maxsize=50_000)
def name(token: str, lang: str) -> tuple[str, int] | None:
    """("month", 1-12) or ("weekday", 0-6) if the word names one, in any form."""
    raw = token.rstrip(".")
    low = normalise_apostrophe(raw.lower())
    if lang == "en" and low.endswith("'s"):
        low, raw = low[:-2], raw[:-2]
    if low in _NOT_DATES.get(lang, ()) and not (lang == "en" and raw[:1].isupper()):
        return None
    table = _names()[lang]
    if lang == "en" or raw.isascii():
        # English, or a Latin word inside Cyrillic text (The Sunday Times)
        if not raw[:1].isupper():
            return None
        return _names()["en"].get(low)
    if low in table:
        return table[low]
    adjectives = _adjectives()[lang]
    for lemma, grammemes in parses(low, lang):
        hit = table.get(lemma)
        if hit is not None and "NOUN" in grammemes:
            return hit
        hit = adjectives.get(lemma)
        if hit is not None and "ADJF" in grammemes:
            return hit
    return None


# Before a form of a weekday that is also another word (среды: of Wednesday, or of the
# environment), the words that make it the weekday: a preposition of time governing its case
# or a part of the day (до вечера среды, со среды, к среде, по средам).
_WEEKDAY_CONTEXT = {"ru": patterns.compile(r"(?<!\p{L})(?:до|с|со|от|после|к|ко|по|вечера|утра|ночи|дня|каждой)\s+$",
                                        regex.I)}


def _weekday_by_context(text: str, m: regex.Match[str], lang: str) -> tuple[str, int] | None:
    """("weekday", n) for an ambiguous weekday form that its context makes a weekday."""
    context = _WEEKDAY_CONTEXT.get(lang)
    low = m.group().lower().rstrip(".")
    if context is None or low not in _NOT_DATES.get(lang, ()) or not context.search(text, 0, m.start()):
        return None
    return _names()[lang].get(low) or next((_names()[lang][lemma] for lemma, _ in parses(low, lang)
                                            if lemma in _names()[lang]), None)


@functools.lru_cache(maxsize=20_000)
def unambiguous(token: str, lang: str) -> bool:
    """Is every reading of the word a month (грудня yes; грудні, лютий, листопад no)?"""
    low = normalise_apostrophe(token.rstrip(".").lower())
    if lang == "en":
        return low not in ("may", "march", "august")
    table, adjectives = _names()[lang], _adjectives()[lang]
    readings = parses(low, lang)
    if any(lemma in adjectives and "ADJF" in g for lemma, g in readings):
        return True  # грудневий, декабрьский: only ever a month
    return bool(readings) and all(table.get(lemma, ("", 0))[0] == "month" and "NOUN" in g
                                  for lemma, g in readings) and low not in _AMBIGUOUS_MONTHS.get(lang, ())


_AMBIGUOUS_MONTHS = {"uk": {"лютий", "листопад", "лютого", "лютому"}, "ru": set()}


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    category: str
    value: object
    unit: str | None = None
    weak: bool = False  # a month name that may be an ordinary word (листопад): matched, never reported
    readings: tuple[object, ...] = ()  # other values it may stand for (5/11: 5 November or May 11)


def _roman(numeral: str) -> int | None:
    s = numeral.translate(_CYR_ROMAN).upper()
    if not s or any(ch not in _ROMAN for ch in s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


@functools.cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    yw = _YEAR_WORD[lang]
    return {
        "prep": patterns.compile(_PREP[lang] + r"\s+$", regex.I),  # a preposition right before a word
        "iso": patterns.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
        "slashed": patterns.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2,3})(?![\d/])"),
        "dotted": patterns.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d])(?!\.\d)"),
        "clock": patterns.compile(r"(?<![\d.,:])([01]?\d|2[0-4])(?P<sep>[:.])([0-5]\d)(?![\d])"
                               r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?|год\.|годині|часов|ч\.))?", regex.I),
        "ampm": patterns.compile(r"(?<![\d.,:])(1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)", regex.I),
        "hour": patterns.compile(r"(?i:\b(?P<prep>о|об|в|во|до|з|с|к|після|после|близько|приблизно|около|примерно)\s+)"
                              r"(?P<h>[01]?\d|2[0-4])(?P<suf>-(?:й|ї|ій|ої|ю|му)(?!\p{L}))?"
                              r"(?:\s+(?P<word>годин\p{L}*|година|час\p{L}*|час))?"
                              r"(?:\s+(?P<period>ранку|вечора|дня|ночі|утра|вечера|ночи))?(?!\p{L}|\d|[.:,]\d)"),
        "noon": patterns.compile(r"\b(?:noon|midday|midnight)\b" if lang == "en" else
                              r"\b(?:опівдні|опівночі|в полдень|в полночь|полудня|полуночи)\b", regex.I),
        "decade": patterns.compile(r"(?:\b|')(?P<y>\d{4}|\d0)(?:-?(?:х|ті|ых|е|ые|их|ти)|'?s)(?!\p{L}|\d)"),
        "century": patterns.compile(rf"\b(?P<r>[IVXLCХІ]{{1,6}}|\d{{1,2}}(?:st|nd|rd|th|-?(?:го|й|му|м|е))?)"
                                 rf"(?:-?(?:го|й|му|м))?(?:\s+|-)(?:{_CENTURY[lang]})(?!\p{{L}})"),
        "quarter": patterns.compile(rf"\b(?:Q(?P<q>[1-4])\b|(?P<r>I{{1,3}}|IV|[1-4](?:st|nd|rd|th|-?(?:й|го|му|м))?)"
                                 rf"\s+(?:{_QUARTER[lang]}))"),
        # a side of a size or ratio (1920x1080, 1080×1920) is no year
        "year": patterns.compile(rf"(?<![\d.,]|\d ?[x×х] ?)(?P<y>1[0-9]\d\d|20\d\d|2100)(?P<suffix>-(?:го|й|м|му|ї|ий)|"
                              rf"\s*(?:{yw})(?!\p{{L}}))?(?![\d]| ?[x×х] ?\d)"),
    }


@functools.cache
def _relative(lang: str) -> tuple[tuple[regex.Pattern[str], tuple[str, int]], ...]:
    """Relative dates (today, last week, торік, в прошлом году) and what they mean."""
    return tuple((patterns.compile(rf"(?<!\p{{L}})(?:{r[lang]})(?!\p{{L}})", regex.I), (r["unit"], int(r["offset"])))
                 for r in load("calendar.toml")["relative"])


# the first day of a range or pair whose second day stands right before the month name
# (з 3 по 6 жовтня, 3–6 October, 3 і 6 октября), and the second day of one after it (October 3 to 6)
_DAY_JOIN = r"\s*(?:[-–—]|to|through|till|until|and|&|до|по|і|й|та|и)\s*"
_DAYS_BEFORE = patterns.compile(rf"(?<![\d.,])(\d{{1,2}})(?:-?(?:го|е|th|st|nd|rd))?{_DAY_JOIN}\d{{1,2}}(?:-?(?:го|е|th|st|nd|rd))?"
                             r"(?:\s+of)?\s+$", regex.I)
_DAYS_AFTER = patterns.compile(rf"{_DAY_JOIN}(\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[.,:]\d|\s*(?:%|\p{{L}}))", regex.I)


def _scan(text: str, lang: str) -> list[_Found]:
    """Every date component of a sentence, longest first where they overlap."""
    p = _patterns(lang)
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    def add(f: _Found) -> None:
        found.append(f)
        taken.append((f.start, f.end))

    for pattern, meaning in _relative(lang):
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                add(_Found(m.start(), m.end(), "relative", meaning))

    for m in p["iso"].finditer(text):
        y, mo, d = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(_Found(m.start(), m.start() + 4, "year", y))
            add(_Found(m.start() + 5, m.end(), "day", (mo, d)))
    zone = _zone_unit(text)
    if lang == "en":
        _minutes_past(text, add, free)
    scores = score_lists(text)
    for m in p["clock"].finditer(text):
        if any(a <= m.start() < b for a, b in scores):
            continue  # 25:22, 23:25, 15:12: set scores, one of which no clock shows
        h, minute = int(m.group(1)), int(m.group(3))
        ampm = (m.group("ampm") or "").lower()
        cue = _CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start()) if m.group("sep") == "." else None
        if m.group("sep") == "." and not ampm and (
                cue is None or cue.group("either") and 1 <= minute <= 12 and minute % 5 != 0 and 1 <= h <= 31
                or regex.match(r"\.\d", text[m.end():]) or _TIMES_AFTER.match(text, m.end())):
            continue  # 15.00 as a time needs "о", "в", "at" before it; до 05.12 is a date; в 2.15 раза a ratio
        if m.group("sep") == "." and not ampm and _quantity_follows(text, m.end(), lang):
            continue  # at 3.15 euros, по 12.50 гривні: a price, not a time
        if not free(m.start(), m.end()):
            continue
        add(_Found(m.start(), _zone_end(text, m.end()), "time", _minutes(h, minute, ampm), zone))
    for m in p["ampm"].finditer(text):
        if free(m.start(), m.end()):
            add(_Found(m.start(), _zone_end(text, m.end()), "time",
                       _minutes(int(m.group(1)), 0, m.group("ampm").lower()), zone))
    for m in p["hour"].finditer(text):
        if not (m.group("word") or m.group("period") or m.group("suf")):
            continue
        if m.group("prep").lower() not in ("о", "об", "в", "во") and not (m.group("suf") or m.group("period")):
            continue  # "до 14 годин" is a duration; "до 14-ї" and "з 9 ранку" are times
        start = m.start("h")
        if free(start, m.end()):
            period = _DAY_PERIOD.get(m.group("period") or "", "")
            h = int(m.group("h"))
            unit = "12h" if not period and h <= 12 else None
            add(_Found(start, m.end(), "time", _minutes(h, 0, period), unit or zone))
    for m in p["noon"].finditer(text):
        before = text[max(0, m.start() - 8):m.start()].rstrip()
        if m.group()[0].isupper() and before and before[-1] not in ".!?:«\"“":
            continue  # "Midnight" inside a sentence is a title (a song, a film), not the hour
        if free(m.start(), m.end()):
            low = m.group().lower()
            add(_Found(m.start(), m.end(), "time", 0 if "night" in low or "ноч" in low or "полноч" in low else 720))
    for m in p["century"].finditer(text):
        raw = m.group("r")
        value = _roman(raw) if not raw[0].isdigit() else int(cast("regex.Match[str]", regex.match(r"\d+", raw)).group())
        if value and 1 <= value <= 21 and free(m.start(), m.end()):
            add(_Found(m.start(), m.end(), "century", value))
    for m in p["quarter"].finditer(text):
        raw = m.group("q") or m.group("r")
        value = int(raw[0]) if raw[0].isdigit() else _roman(raw)
        if value and free(m.start(), m.end()):
            add(_Found(m.start(), m.end(), "quarter", value))
    for m in p["decade"].finditer(text):
        digits = m.group("y")
        if not free(m.start("y"), m.end()):
            continue
        if len(digits) == 4 and digits.endswith("0") and 1000 <= int(digits) <= 2090:
            add(_Found(m.start("y"), m.end(), "decade", int(digits)))
        elif len(digits) == 2 and (m.group().startswith("'") or regex.match(
                r"\s+(?:рок|год|years)", text[m.end():m.end() + 8]) or regex.search(r"-(?:х|ті|е|ые|ых|их)$", m.group())):
            add(_Found(m.start("y"), m.end(), "decade", int(digits), "yy"))
    _words_and_days(text, lang, p, add, free)
    for m in p["year"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        prev = _PREV_WORD.search(before)
        after_month = prev is not None and (name(prev.group(1), lang) or ("", 0))[0] == "month"
        context = m.group("suffix") or after_month or regex.search(_YEAR_BEFORE[lang], before) or \
            regex.match(r"[-–—]\d{4}", text[m.end():m.end() + 5]) or \
            regex.search(r"\d{4}\s*[-–—]\s*$", before)
        if context and not (m.group("suffix") is None and _quantity_follows(text, m.end(), lang)):
            add(_Found(m.start(), m.end(), "year", int(m.group("y"))))
    return sorted(found, key=lambda f: f.start)


_DECADE_WORDS = {"нульових": 0, "нулевых": 0, "двотисячних": 0, "двухтысячных": 0, "noughties": 0}
_ORDINAL_SLOT = {
    "century": {"en": r"(?:\s+|-)(?:century|centuries)", "uk": r"\s+(?:століття|столітті|сторіччя|ст\.)",
                "ru": r"\s+(?:век[аеу]?|веках|столетия|в\.)"},
    "quarter": {"en": r"\s+quarter", "uk": r"\s+квартал\p{L}*", "ru": r"\s+квартал\p{L}*"},
}


def _ordinal_words(text: str, lang: str, add, free) -> None:  # type: ignore[no-untyped-def]
    """Ordinals in words that name a day, a century, a quarter or a decade:
    першого вересня, twenty-first century, третьому кварталі, у дев'яностих роках."""
    from .words import word_atoms

    for m in _WORD.finditer(text):
        low = normalise_apostrophe(m.group().rstrip(".").lower())
        end = m.start() + len(m.group().rstrip("."))
        if low in _DECADE_WORDS and free(m.start(), end):
            add(_Found(m.start(), end, "decade", _DECADE_WORDS[low], "yy"))
    for atom in word_atoms(text, lang, []):
        if atom.category != "ordinal" or not free(atom.start, atom.end):
            continue
        value, end = int(atom.values[0]), atom.end
        rest = text[end:]
        for category, pats in _ORDINAL_SLOT.items():
            slot = regex.match(pats[lang], rest, regex.I)
            if slot:
                add(_Found(atom.start, end + slot.end(), category, value))
                break
        else:
            nxt = regex.match(r"\s+(\p{L}+)", rest)
            month = name(nxt.group(1), lang) if nxt else None
            last = normalise_apostrophe(text[atom.start:end].split()[-1].lower())
            if month and month[0] == "month" and 1 <= value <= 31:
                assert nxt is not None
                add(_Found(atom.start, end + nxt.end(), "day", (month[1], value)))
            elif 20 <= value <= 90 and value % 10 == 0 and lang != "en" and \
                    any("plur" in g for _, g in parses(last, lang)):
                add(_Found(atom.start, end, "decade", value, "yy"))


def _words_and_days(text: str, lang: str, p: dict[str, regex.Pattern[str]], add, free) -> None:  # type: ignore[no-untyped-def]
    """Month and weekday names, with a day number before or after a month."""
    prep = p["prep"]
    _ordinal_words(text, lang, add, free)
    for m in _WORD.finditer(text):
        hit = name(m.group(), lang) or _weekday_by_context(text, m, lang)
        if hit is None or not free(m.start(), m.end()):
            continue
        kind, num = hit
        end = m.end() if m.group().endswith(".") and lang == "en" else m.end() - (1 if m.group().endswith(".") else 0)
        if kind == "weekday":
            add(_Found(m.start(), end, "weekday", num))
            continue
        before = text[max(0, m.start() - 24):m.start()]
        after = text[end:end + 12]
        day_before = regex.search(r"(?<![\d.,][-–]?|\d\s?[-–]\s)(\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?(?:\s+of)?\s+$",
                                  before) or regex.search(r"(?<=\d\s?[-–]\s?)(\d{1,2})\s+$", before)
        possessive = m.group().lower().endswith(("'s", "’s"))
        day_after = regex.match(r"\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d|[.,:]\d)", after) \
            if lang == "en" and not possessive else None
        year_after = regex.match(r",?\s+(\d{4})(?!\d)", after)
        first = _DAYS_BEFORE.search(before)
        if first and day_before and 1 <= int(first.group(1)) <= 31 and int(day_before.group(1)) <= 31:
            s = m.start() - len(before) + first.start(1)  # з 3 по 6 жовтня, 3–6 жовтня, 3 і 6 жовтня
            add(_Found(s, m.start() - len(before) + first.end(1), "day", (num, int(first.group(1)))))
            add(_Found(m.start() - len(before) + day_before.start(1), end, "day", (num, int(day_before.group(1)))))
            continue
        last = _DAYS_AFTER.match(text, end + day_after.end()) if day_after else None
        if last and 1 <= int(cast("regex.Match[str]", day_after).group(1)) <= 31 and 1 <= int(last.group(1)) <= 31:
            assert day_after is not None
            add(_Found(m.start(), end + day_after.end(), "day", (num, int(day_after.group(1)))))  # October 3 to 6
            add(_Found(last.start(1), last.end(), "day", (num, int(last.group(1)))))
            continue
        if day_before and 1 <= int(day_before.group(1)) <= 99:  # 34 октября is a (wrong) day too
            s = m.start() - len(before) + day_before.start(1)
            add(_Found(s, end, "day", (num, int(day_before.group(1)))))
        elif day_after and 1 <= int(day_after.group(1)) <= 31:
            add(_Found(m.start(), end + day_after.end(), "day", (num, int(day_after.group(1)))))
        elif year_after or prep.search(before) or unambiguous(m.group(), lang) or \
                lang == "en" and regex.search(r"\b(?:mid|early|late)[-‐]$", before, regex.I):  # mid-March
            add(_Found(m.start(), end, "month", num))
        elif lang != "en":
            add(_Found(m.start(), end, "month", num, weak=True))  # листопад: the leaf fall, or November
        elif regex.search(r"(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*\s+$", before):
            # as early as May: after a lower-case word, the month (matched, never reported);
            # not starting a sentence (May said) nor after a capitalised word (Theresa May)
            add(_Found(m.start(), end, "month", num, weak=True))
    for m in p["slashed"].finditer(text):
        one, two, year = (int(x) for x in m.groups())
        # day first, or (in English) month first: both readings where both are valid
        orders = [(mo, d) for d, mo in ((one, two), (two, one)) if 1 <= d <= 31 and 1 <= mo <= 12]
        if lang == "en":
            orders.reverse()
        if not orders or not free(m.start(), m.end()):
            continue
        add(_Found(m.end(2) + 1, m.end(), "year", year + 2000 if len(m.group(3)) == 2 else year))
        add(_Found(m.start(), m.end(2), "day", orders[0], readings=tuple(dict.fromkeys(orders[1:]))))
    for m in p["dotted"].finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if lang == "en" or not (1 <= d <= 31 and 1 <= mo <= 12) or not free(m.start(), m.end()):
            continue
        if not m.group(3) and len(m.group(2)) != 2:
            continue  # 5.3 is a decimal; 05.03 and 5.03.2025 are dates
        if m.group(3):
            year = int(m.group(3))
            add(_Found(m.end(2) + 1, m.end(), "year", year + 2000 if year < 100 else year))
            add(_Found(m.start(), m.end(2), "day", (mo, d)))
        else:
            add(_Found(m.start(), m.end(), "day", (mo, d)))


def _zone_end(text: str, end: int) -> int:
    """The end of a time expression, with the time zone written after it."""
    m = _ZONE_AFTER.match(text, end)
    return m.end() if m else end


# "two minutes past midnight", "ten to noon", "a quarter past 9 p.m.", "half past ten"
_PAST = patterns.compile(r"\b(?P<n>\d{1,2}|(?:a\s+)?(?!minutes?\b)[a-z]+(?:-[a-z]+)?)(?:\s+minutes?)?"
                      r"\s+(?P<dir>past|after|to|before)\s+(?P<h>midnight|noon|midday|"
                      r"(?:1[0-2]|0?[1-9])(?:\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b))?)", regex.I)


def _minute_count(phrase: str) -> int | None:
    """Minutes in words or digits (ten, twenty-five, a, a quarter, half), by the numerals table."""
    from .words import classify

    low = phrase.lower()
    if low.isdigit() or low == "a":
        return int(low) if low != "a" else 1
    parts = [classify(p, "en") for p in low.removeprefix("a ").split("-")]
    if not parts or not all(parts):
        return None
    known = cast("list[Word]", parts)
    if len(known) == 1 and known[0].kind == "fraction":
        return round(known[0].value * 60)  # a quarter, half
    return int(sum(p.value for p in known)) if all(p.kind == "cardinal" for p in known) else None


def _minutes_past(text: str, add, free) -> None:  # type: ignore[no-untyped-def]
    """English clock times told against an hour: two minutes past midnight = 00:02, ten to
    noon = 11:50, a quarter past 9 p.m. = 21:15."""
    for m in _PAST.finditer(text):
        minutes = _minute_count(m.group("n"))
        hour = m.group("h").lower()
        if minutes is None or not 0 < minutes < 60 or not free(m.start(), m.end()):
            continue
        if hour in ("midnight", "noon", "midday"):
            base = 0 if hour == "midnight" else 720
        elif m.group("ampm"):
            base = _minutes(int(cast("regex.Match[str]", regex.match(r"\d+", hour)).group()), 0, m.group("ampm").lower())
        else:
            continue  # "ten past 9" with no a.m. or p.m.: which half of the day is unknown
        at = base + minutes if m.group("dir").lower() in ("past", "after") else base - minutes
        add(_Found(m.start(), m.end(), "time", at % 1440))


# Before a dotted time: words that only ever introduce a clock time (о 7.12, в 7.12, at 7.12),
# and words that may introduce a date as well (до 7.12: until December 7; около 6.40, about 6:40).
_CLOCK_BEFORE = patterns.compile(r"\b(?:(?P<time>о|об|в|во|at|around)|(?P<either>до|з|с|by|from|until|till|після|после|"
                              r"около|близько|приблизно|примерно))\s+$", regex.I)
_TIMES_AFTER = patterns.compile(r"\s*(?:раз(?:а|и|ів)?|times)(?!\p{L})", regex.I)


def _quantity_follows(text: str, end: int, lang: str) -> bool:
    """Is a number at `end` followed by a currency, unit, percent or magnitude (по 500 гривен)?"""
    from .numbers import grammar

    m = grammar(lang).after.match(text, end)
    return m is not None and m.end() > end


def _minutes(h: int, minute: int, ampm: str) -> int:
    if ampm.startswith("p") and h < 12:
        h += 12
    elif ampm.startswith("a") and h == 12:
        h = 0
    elif ampm == "pm" and h < 12:
        h += 12
    return (h % 24) * 60 + minute


def extract_dates(text: str, lang: str, sentence: int = 0, offset: int = 0) -> list[Fact]:
    """The date and time facts of a sentence; spans are offset by `offset`."""
    return [Fact(kind="date", values=(f.value, *f.readings), span=Span(offset + f.start, offset + f.end),
                 text=text[f.start:f.end], sentence=sentence, category=f.category, unit=f.unit,
                 weak=f.category == "relative" or f.weak)
            for f in _scan(text, lang)]
