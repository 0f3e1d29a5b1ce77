"""Numbers by value: digits in every locale style, magnitudes, money, percentages, units.

`35,000`, `35 000` (space, NBSP or narrow NBSP), `35 тисяч`, `35 тыс.` and `$35k` all read
35000; `1.5 billion`, `1,5 млрд` and `$1.5bn` read 1.5e9. A separator that could be either
a decimal mark or a thousands group (`1,500` in a Ukrainian text) keeps both readings and
the comparison accepts either. Numbers that are part of a name or a code (`F-16`, `Су-34`,
`COVID-19`, `5G`, a URL) are not quantities. What follows a number — a magnitude word, a
percent sign, a currency, a unit of measurement — is read by `quantify`, which number words
(`words.py`) share.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import cast

import regex

from .. import patterns
from ..model import Fact, Span
from .lexicon import load
from .units import patterns as unit_patterns

GAP = r"[ \u00a0\u202f\u2009]*"
_SEP_SPACE = " \u00a0\u202f\u2009'’"

_ATOM = patterns.compile(r"""
    (?P<int>\d{1,3}(?:(?P<sep>[ \u00a0\u202f\u2009,.'’])\d{3}(?!\d))(?:(?P=sep)\d{3}(?!\d))*|\d+)
    (?:(?P<dec>[.,])(?P<frac>\d+)(?![.,]?\d))?
    (?P<vulgar>[½¼¾⅓⅔])?
""", regex.X)
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# A number right after a capitalised word or inside a short quotation is usually part of a
# name: Leopard 2, Boeing 737, «Леопард 2».
_NAME_BEFORE = patterns.compile(r"(?<=\S\s+)[A-Z][A-Za-z'’-]*\s+$")
_QUOTED = patterns.compile(r"[«\"“„][^«»\"“”„]{1,40}[»\"”“]")
_CODE_BEFORE = patterns.compile(r"(?:\p{L}[-‐]?|[\d][.,:/]|[#№/_]|[.:/]\d*)$")
# An e-mail address is tried only where a run of non-space starts (or the last match ended),
# from its first `@` (had it matched further in or from a later `@`, it would have matched
# there too, to the same end), so a long token is scanned once, not once per character.
URL = patterns.compile(r"(?:https?://|www\.)\S+|(?:(?<!\S)|\G)\S(?>[^\s@]*@)\S+\.\w+|\b\w+\.(?:com|org|net|ua|ru|gov|uk)\S*")
_ORDINAL_SUFFIX = patterns.compile(
    r"(?:-?(?:st|nd|rd|th)|-(?:й|го|я|е|ї|ий|ій|ого|му|ому|ми|х|ті|та|те|ту|ше|ге|тє|є|ої|ою|ю))(?!\p{L})",
    regex.I)
_GLUED_OK = patterns.compile(r"(?:s|km|kg|mph|mm|cm|ft|mi|m|k|bn|kW|MW|GW|[KkMGT]Bs?|[КМГТ][Бб]|°|кг|км|см|мм|м|т|г)(?!\p{L})")
_APPROX = {  # words before a number that make it approximate, then spaces
    "en": "about|around|nearly|almost|some|roughly|approximately|over|more than|less than|"
          "fewer than|up to|at least|at most|under|above|below|just over|just under",
    "uk": "близько|майже|приблизно|понад|більше|більш ніж|менше|менш ніж|до|щонайменше|"
          "принаймні|не менше|не більше|орієнтовно",
    "ru": "около|почти|примерно|свыше|более|больше|менее|меньше|до|не менее|не более|"
          "по меньшей мере|порядка|приблизительно|ориентировочно",
}


@dataclass(frozen=True)
class Atom:
    """A number before its suffixes are read: digits or words, with every reading."""

    start: int
    end: int
    values: tuple[float, ...]
    precision: float
    category: str = "count"
    weak: bool = False
    scale: float = 1.0
    unit: str | None = None


@dataclass(frozen=True)
class _Grammar:
    """Compiled patterns for what may follow or precede a number in one language."""

    after: regex.Pattern[str]
    before: regex.Pattern[str]
    magnitudes: tuple[float, ...]
    currencies: tuple[str, ...]
    units: tuple[str, ...]
    approx: regex.Pattern[str]
    before_head: int  # the longest currency symbol, in pattern characters
    approx_head: int  # the longest approximating word or phrase, in pattern characters


@functools.cache
def grammar(lang: str) -> _Grammar:
    """The suffix grammar of a language, compiled once."""
    data = load("quantities.toml")
    mags, curs = data["magnitude"], data["currency"]
    units = unit_patterns(lang)
    mag = "|".join(f"(?P<mag{i}>{m[lang]})" for i, m in enumerate(mags))
    cur = "|".join(f"(?P<cur{i}>{c[lang]}|{c['symbol']})" for i, c in enumerate(curs))
    unit = "|".join(f"(?P<unit{i}>{pat})" for i, (_, pat) in enumerate(units))
    pct = f"(?P<pct>{data['percent']['symbol']}|(?:{data['percent'][lang]})(?!\\p{{L}}))"
    pct_gap = f"(?:{GAP}|-)"
    after = patterns.compile(
        rf"(?:{GAP}(?P<mag>{mag})(?!\p{{L}}))?"
        rf"(?:{pct_gap}{pct}|{GAP}(?P<cur>{cur})(?!\p{{L}})|(?:{GAP}|-)(?P<unit>{unit})(?!\p{{L}}))?",
        regex.I | regex.V1)
    before = patterns.compile(
        "(?:" + "|".join(f"(?P<pre{i}>{c['symbol']})" for i, c in enumerate(curs)) + rf"){GAP}$")
    return _Grammar(after, before, tuple(float(m["value"]) for m in mags),
                    tuple(c["code"] for c in curs), tuple(name for name, _ in units),
                    patterns.compile(rf"(?:{_APPROX[lang]})\s+$", regex.I),
                    literal_head(c["symbol"] for c in curs), literal_head([_APPROX[lang]]))


def literal_head(alternations: Iterable[str]) -> int:
    """The longest alternative of `a|b|c` patterns made of literal text (escapes allowed) that
    ends in no space, in pattern characters: at least the characters any of them matches."""
    alternatives = [alt for pattern in alternations for alt in pattern.split("|")]
    for alt in alternatives:
        if not _LITERAL.fullmatch(alt) or alt.endswith(" "):
            raise ValueError(f"not a literal alternative: {alt!r}")
    return max(map(len, alternatives))


_LITERAL = patterns.compile(r"(?:\\[^\w]|[^\\()\[\]{}*+?.|^$\s]| )+")
_GAP_BACK = patterns.compile("(?r)" + GAP)
_SPACE_BACK = patterns.compile(r"(?r)\s*")


def _search_before(pattern: regex.Pattern[str], head: int, tail: regex.Pattern[str], text: str,
                   end: int) -> regex.Match[str] | None:
    """`pattern.search(text, 0, end)` for a pattern of literal alternatives (at most `head`
    pattern characters) then a run of `tail` characters and `$`: no alternative ends in a
    `tail` character, so a match ends where the run of them before `end` (or before a final
    newline at `end - 1`) begins, and starts at most `head` characters earlier."""
    run = tail.match(text, 0, end).start()  # type: ignore[union-attr]
    if text[end - 1:end] == "\n":
        run = min(run, tail.match(text, 0, end - 1).start())  # type: ignore[union-attr]
    return pattern.search(text, max(0, run - head), end)


def _which(m: regex.Match[str], prefix: str, names: tuple) -> object:  # type: ignore[type-arg]
    return next(name for i, name in enumerate(names) if m.group(f"{prefix}{i}") is not None)


def quantify(text: str, lang: str, atom: Atom, sentence: int, offset: int) -> Fact:
    """A fact from a number atom and what surrounds it: currency, magnitude, percent, unit."""
    g = grammar(lang)
    start, end = atom.start, atom.end
    values, category, unit, scale = atom.values, atom.category, atom.unit, atom.scale
    pre = _search_before(g.before, g.before_head, _GAP_BACK, text, start)
    if pre is not None:
        unit = str(_which(pre, "pre", g.currencies))
        start = pre.start()
    weak = atom.weak
    if category in ("count", "vague", "fraction", "ordinal") and atom.unit is None:
        sfx = g.after.match(text, end)
        if sfx is not None and sfx.end() > end:
            if category in ("fraction", "ordinal") and not sfx.group("unit"):
                sfx = None  # "half of", "third": only a unit (quarter-hour, 45-й хвилині) follows
        if sfx is not None and sfx.end() > end:
            if sfx.group("mag"):
                word = sfx.group("mag").lower()
                # m and k alone may be metres or a letter; glued to the digits, k is thousand (100k)
                if word not in ("m", "k") or unit or word == "k" and sfx.start("mag") == end:
                    mult = float(_which(sfx, "mag", g.magnitudes))  # type: ignore[arg-type]
                    values = tuple(v * mult for v in values)
                    scale *= mult
                    end = sfx.end("mag")
            if sfx.group("pct"):
                category, unit, end = "percent", "%", sfx.end("pct")
            elif sfx.group("cur"):
                unit, end = str(_which(sfx, "cur", g.currencies)), sfx.end("cur")
            elif sfx.group("unit") and not (sfx.group("mag") and end < sfx.end("mag")):
                unit, end = str(_which(sfx, "unit", g.units)), sfx.end("unit")
                if category == "fraction":
                    category, weak = "count", False  # a quarter-hour, пів року: a quantity
        if unit and unit != "%" and category == "count" and unit in g.currencies:
            category = "money"
    approx = bool(_search_before(g.approx, g.approx_head, _SPACE_BACK, text, start))
    return Fact(
        kind="number",
        values=tuple(round(v, 6) for v in values),
        span=Span(offset + start, offset + end),
        text=text[start:end],
        sentence=sentence,
        category=category,
        unit=unit,
        approximate=approx,
        precision=atom.precision * scale,
        scale=scale,
        weak=weak,
    )


def _readings(m: regex.Match[str], lang: str) -> tuple[tuple[float, ...], float]:
    """Every value the digits may stand for, preferred first, and the precision shown."""
    whole, sep, dec, frac = m.group("int"), m.group("sep"), m.group("dec"), m.group("frac")
    grouped = float(regex.sub(r"\D", "", whole)) + _VULGAR.get(m.group("vulgar") or "", 0.0)
    value = grouped + float("0." + frac) if frac else grouped
    precision = 10.0 ** -len(frac) if frac else 1.0
    if sep is None or sep in _SEP_SPACE or (dec is not None and dec != sep):
        return (value,), precision
    if whole.count(sep) > 1:
        return (grouped,), precision
    as_decimal = float(whole.replace(sep, ".", 1))
    if lang == "en":
        return ((grouped,), precision) if sep == "," else ((as_decimal, grouped), 0.001)
    if sep == ",":
        return (as_decimal, grouped), 0.001
    return (grouped, as_decimal), precision


def _is_code(text: str, start: int) -> bool:
    return bool(_CODE_BEFORE.search(text[max(0, start - 12):start]))


_LETTERS = patterns.compile(r"\p{L}+")
# two numbers by a multiplication sign: 4x3, 1920x1080 (х is Cyrillic)
_TIMES = patterns.compile(r"[x×х]\d")
# magnitude adjectives glued to digits by a hyphen: 12-тисячний мітинг, 3-миллионный город
MAGNITUDE_ADJECTIVES = {"uk": {"тисячн": 1e3, "мільйонн": 1e6, "мільярдн": 1e9},
                        "ru": {"тысячн": 1e3, "миллионн": 1e6, "миллиардн": 1e9}}
_MAGNITUDE_ADJECTIVE = {lang: patterns.compile(r"-(" + "|".join(roots) + r")\p{L}*", regex.I)
                        for lang, roots in MAGNITUDE_ADJECTIVES.items()}


def _glued_word(after: str, suffix: regex.Match[str] | None, end: int) -> bool:
    """Is the word glued to the digits a quantity's word, not part of a name? A lower-case
    magnitude, currency or unit the grammar reads (£4million, $3trn), or a lower-case
    Cyrillic word of three letters or more: a space left out (200 000осіб). Capitals
    glued to digits (5G, 3D) are names."""
    word = _LETTERS.match(after)
    if word is None or not word.group()[0].islower():
        return False
    if suffix is not None and suffix.end() - end >= word.end():
        return True
    return len(word.group()) >= 3 and bool(regex.fullmatch(r"\p{Cyrillic}+", word.group()))


@functools.cache
def _backwards(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    return patterns.compile("(?r)" + pattern.pattern, pattern.flags)


def _ends_at(pattern: regex.Pattern[str], text: str, end: int) -> bool:
    """Does a match of `pattern` (which ends in `$`) end at `end`, as `pattern.search(text,
    0, end)` finds? Matched backwards from `end`, so only the text it reads is looked at."""
    back = _backwards(pattern)
    return bool(back.match(text, 0, end) or text[end - 1:end] == "\n" and back.match(text, 0, end - 1))


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Half-open spans merged where they overlap or touch: their starts and their ends."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        elif a < b:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _inside(starts: list[int], ends: list[int], pos: int) -> bool:
    """Is pos inside one of the merged spans (start included)?"""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


def digit_atoms(text: str, lang: str, taken: list[tuple[int, int]]) -> list[Atom]:
    """Numbers written in digits, outside the spans already taken by other facts.

    A number inside a name or code (Су-34, Leopard 2, A320) is a weak "label": it meets
    the same label in other editions and may be reported as changed, never as missing."""
    skip_starts, skip_ends = _merged([u.span() for u in URL.finditer(text)] + taken)
    quote_starts, quote_ends = _merged([(q.start() + 1, q.end()) for q in _QUOTED.finditer(text)])  # inside, not at
    atoms = []
    for m in _ATOM.finditer(text):
        start, end = m.span()
        glued = start > 0 and text[start - 1].isupper()  # A320, F16, МН17: a label; на15 is a typo
        if (start > 0 and text[start - 1].isdigit()) or _inside(skip_starts, skip_ends, start):
            continue
        # Су-34, Leopard 2: kept to meet their twins, never reported
        g = grammar(lang)
        suffix = g.after.match(text, end)
        money = _ends_at(g.before, text, start) or (suffix is not None and suffix.end() > end)
        year = len(m.group()) == 4 and m.group().isdigit() and 1800 <= int(m.group()) <= 2100
        # a count is not written with a leading zero; a code, a clock (0615) or an id is
        zero_led = m.group("int")[:1] == "0" and len(m.group("int")) > 1 and m.group("dec") is None
        in_name = glued or zero_led or (not money and not year and (
            _is_code(text, start) and not _TIMES.match(text, max(0, start - 1)) or _ends_at(_NAME_BEFORE, text, start)
            or _inside(quote_starts, quote_ends, start)))
        after = text[end:end + 24]
        category = "count"
        ordinal = _ORDINAL_SUFFIX.match(after)
        if ordinal:
            end += ordinal.end()
            category = "ordinal"
        elif glued and after[:1].isalpha():
            continue  # MH17A: a code
        elif after[:1].isalpha() and not (_GLUED_OK.match(after) or _glued_word(after, suffix, end)
                                          or _TIMES.match(after)):
            if not after[0].isupper():
                continue  # 802.1p, 3x: part of an identifier
            in_name = True  # 5G, 3D, 12V: a label, kept to meet its twins
        values, precision = _readings(m, lang)
        scale = 1.0
        adjective = _MAGNITUDE_ADJECTIVE[lang].match(text, end) if lang in _MAGNITUDE_ADJECTIVE else None
        if adjective is not None and category == "count" and not in_name:
            scale = MAGNITUDE_ADJECTIVES[lang][adjective.group(1).lower()]
            values, end = tuple(v * scale for v in values), adjective.end()
        if in_name and category == "count":
            category = "label"
        atoms.append(Atom(start, end, values, precision, category, weak=in_name, scale=scale))
    return atoms


_DIGITS = patterns.compile(r"\d+")
_URL_TAIL = ".,;:!?)]}»\"'”’"


def link_digits(text: str, sentence: int = 0, offset: int = 0) -> list[Fact]:
    """The digit runs of every link, as weak facts of category "link": a run meets the
    run in the same place of the same link in another edition (the unit names the link,
    its digits masked, and the run's place in it), so a link copied with one number
    changed is reported, while editions that link different pages say nothing."""
    facts = []
    for m in URL.finditer(text):
        link = m.group().rstrip(_URL_TAIL)
        skeleton = _DIGITS.sub("#", link)
        for i, run in enumerate(_DIGITS.finditer(link)):
            start = m.start() + run.start()
            facts.append(Fact(kind="number", values=(float(run.group()[-15:]),),
                              span=Span(offset + start, offset + start + len(run.group())),
                              text=run.group(), sentence=sentence, category="link",
                              unit=f"{skeleton} #{i}", weak=True))
    return facts


def extract_numbers(text: str, lang: str, sentence: int = 0, offset: int = 0,
                    taken: list[tuple[int, int]] | None = None) -> list[Fact]:
    """The numeric facts in digits of a sentence; spans are offset by `offset`."""
    facts: list[Fact] = link_digits(text, sentence, offset)
    last_end = -1
    for atom in digit_atoms(text, lang, taken or []):
        if atom.start < last_end:
            continue  # consumed by the previous number's suffix
        fact = quantify(text, lang, atom, sentence, offset)
        last_end = fact.span.end - offset
        facts.append(fact)
    return carry_units(text, spread_ranges(text, facts, offset), offset)


# "20 mph and the airspeed to 70" / "20 миль/год, а повітряна – до 70": a bare number closing
# a clause that coordinates it with a measured one takes that one's unit (the unit is elided)
_ELIDED_GAP = patterns.compile(r"^[^\d.;:!?()]{0,60}?(?:\b(?:and|but|while|whereas|і|й|та|а|але|и|но)\b|,|–|—)"
                            r"[^\d.;:!?()]{0,40}$", regex.I)
_ELIDED_END = patterns.compile(r"^\s*(?:$|[.,;:!?)–—])")
_ELIDED_RATIO = 20  # the two values within this factor of each other: one scale of one quantity


def carry_units(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """A bare count that ends its clause after a measured value of the same order, joined
    to it by a coordinator, is measured in that unit; a following word (65 passengers)
    or a year-like number keeps it a count."""
    out = list(facts)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.unit is None or b.unit is not None or b.category != "count" or b.weak or year_like(b):
            continue
        lo, hi = sorted((abs(a.values[0]), abs(b.values[0])))
        if lo == 0 or hi / lo > _ELIDED_RATIO:
            continue
        gap = text[a.span.end - offset:b.span.start - offset]
        if _ELIDED_GAP.match(gap) and _ELIDED_END.match(text[b.span.end - offset:]):
            out[i] = replace(b, unit=a.unit, category=a.category)
    return out


_FEET_INCHES = patterns.compile(
    r"(?<![\d.,])(?P<ft>\d{1,2})(?:\s*|-)(?:feet|foot|ft\.?|['′])(?:\s*|-)(?:and\s+)?"
    r"(?P<in>\d{1,2}(?:\.\d)?)(?:\s*(?:inches|inch|in\.|[\"″])|(?![\d\p{L}]))")


def extract_feet_inches(text: str, lang: str, sentence: int = 0, offset: int = 0,
                        taken: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Heights as 6-foot-4, 6 ft 4 in or 6'4", read as one length in feet."""
    facts = []
    for m in _FEET_INCHES.finditer(text):
        if any(x < m.end() and m.start() < y for x, y in taken or []):
            continue
        value = int(m.group("ft")) + float(m.group("in")) / 12
        facts.append(Fact("number", (round(value, 6),), Span(offset + m.start(), offset + m.end()),
                          m.group(), sentence, category="count", unit="ft", precision=1 / 12))
    return facts


_SCORE = patterns.compile(r"(?<![\d.,:])(\d{1,3})\s*(?P<sep>[:–-])\s*(\d{1,3})(?![\d.,:]\d|\d)")
_SPORT = patterns.compile(
    r"\b(?:(?:won|win|wins|beat|beats|lost|lose|loses|victory|draw|drew)\b|defeat\p{L}*|score\p{L}*|"
    r"рахунк\p{L}*|рахунок|перемог\p{L}*|поразк\p{L}*|нічи\p{L}*|програ\p{L}*|обіграл\p{L}*|"
    r"счет\p{L}*|счёт\p{L}*|побед\p{L}*|поражени\p{L}*|ничь\p{L}*|проигра\p{L}*|обыгра\p{L}*)", regex.I)


_SCORE_LIST = patterns.compile(r"(?<![\d.,:])\d{1,2}\s*(?P<sep>[:–-])\s*\d{1,2}(?:\s*(?:,|;|\band\b|\bі\b|\bй\b|\bта\b|\bи\b)"
                               r"\s*\d{1,2}\s*(?P=sep)\s*\d{1,2})+(?![\d:–-])")


def score_lists(text: str) -> list[tuple[int, int]]:
    """Spans of lists of number pairs (25:22, 23:25 і 15:12; 25–22, 23–25 and 15–12) that
    some pair shows to be scores of sets or periods: with a colon, a pair no clock shows
    (an hour past 24, one digit of minutes); with a dash, a pair that goes down, which
    no range does. Every pair of such a list is a score."""
    out = []
    for m in _SCORE_LIST.finditer(text):
        pairs = [(int(a), b, int(b)) for a, b in regex.findall(r"(\d{1,2})\s*[:–-]\s*(\d{1,2})", m.group())]
        if m.group("sep") == ":":
            scores = any(a > 24 or len(raw) < 2 or b > 59 for a, raw, b in pairs)
        else:
            scores = any(a > b for a, _, b in pairs)
        if scores:
            out.append((m.start(), m.end()))
    return out


def extract_scores(text: str, lang: str, sentence: int = 0, offset: int = 0,
                   taken: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Pairs of numbers written as one: scores (2:1 with a colon and one digit, or 31-27 and
    1-0 next to a sports word) and ratios or sizes joined by a times sign (16x9, 1920×1080)."""
    facts = []
    sporty = bool(_SPORT.search(text))
    lists = score_lists(text)
    for m in _SCORE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        colon = m.group("sep") == ":"
        listed = any(x <= m.start() < y for x, y in lists)
        if colon and len(m.group(3)) == 2 and a <= 24 and not listed:
            continue  # 15:00 is a time
        if not colon and not sporty and a < b and not listed:
            continue  # 1990-1995, 70–80: ranges go up; 5-3 and 1-1 are scores
        if any(x < m.end() and m.start() < y for x, y in taken or []):
            continue
        facts.append(Fact("number", ((a, b),), Span(offset + m.start(), offset + m.end()), m.group(),
                          sentence, category="score"))
    for m in _PAIR.finditer(text):  # 16x9, 1920 × 1080, 16x12 inches: one pair, as 16:9 is
        if _overlaps(m, taken, facts, offset) or \
                text[m.end():m.end() + 1].isalpha() and not cast("regex.Match[str]", grammar(lang).after.match(text, m.end())).group():
            continue  # 4x4s, 2x3mix: a word glued to the pair, not its unit (10x15cm)
        facts.append(Fact("number", ((int(m.group(1)), int(m.group(2))),), Span(offset + m.start(), offset + m.end()),
                          m.group(), sentence, category="score"))
    if sporty:  # match play: won 3&2, 4 and 3, з рахунком 3 і 2, со счетом 3 и 2
        for m in _SCORE_JOINED.finditer(text):
            if _overlaps(m, taken, facts, offset):
                continue
            facts.append(Fact("number", ((int(m.group(1)), int(m.group(2))),), Span(offset + m.start(), offset + m.end()),
                              m.group(), sentence, category="score"))
        facts.sort(key=lambda f: f.span.start)
    return facts


def _overlaps(m: regex.Match[str], taken: list[tuple[int, int]] | None, facts: list[Fact], offset: int) -> bool:
    spans = [*(taken or []), *((f.span.start - offset, f.span.end - offset) for f in facts)]
    return any(x < m.end() and m.start() < y for x, y in spans)


# two numbers joined by a times sign (Latin x, Cyrillic х, ×), no digit or letter glued before;
# three or more (10×10×30) are read one by one, as 10 на 10 на 30 is
_PAIR = patterns.compile(r"(?<![\d.,\p{L}]|\d ?[x×х] ?)(\d{1,4}) ?[x×х] ?(\d{1,4})(?!\d|[.,]\d| ?[x×х] ?\d)")
_SCORE_JOINED = patterns.compile(r"(?|(?<![\d.,&])(\d{1,2})\s*&\s*(\d{1,2})(?![\d&]|[.,]\d)"
                              r"|(?<![\d.,])(\d{1,2})\s+(?:and|і|й|и)\s+(\d{1,2})(?![\d%]|[.,]\d|\s*(?:%|\p{L})))",
                              regex.I)


# a range (70–80%) or a pair under one magnitude and unit (14 and 19 million euros, 14 і 19 млн євро)
_RANGE_GAP = patterns.compile(r"\s*(?:[-–—‒]|to|до|по|and|і|й|та|и)\s*$", regex.I)


MAX_RANGE_GAP = 6  # characters between the two numbers of a range: "8 to 10", "14 and 19"


def spread_ranges(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """In `70–80%`, `1-2 million` or `14 and 19 million euros` the second number's magnitude
    and unit apply to both; not to a first number with a unit of its own (rose 8% to $410
    million)."""
    out = list(facts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.span.end - offset:b.span.start - offset]
        if len(gap) > MAX_RANGE_GAP or not _RANGE_GAP.match(gap):
            continue
        if a.unit is None and b.unit is not None and a.category in ("count", "year"):
            a = replace(a, category=b.category, unit=b.unit)
        if b.scale > 1 and a.scale == 1 and a.unit in (None, b.unit) and a.values[0] * b.scale <= b.values[0] * 1.0001:
            a = replace(a, values=tuple(round(v * b.scale, 6) for v in a.values),
                        scale=b.scale, precision=a.precision * b.scale,
                        category="count" if a.category == "year" else a.category)
        out[i] = a
    return out


def year_like(fact: Fact) -> bool:
    """A bare four-digit number between 1000 and 2100, which may be a year."""
    v = fact.values[0]
    return fact.category == "count" and fact.unit is None and fact.scale == 1 and \
        float(v).is_integer() and 1000 <= v <= 2100 and len(fact.text.strip()) == 4


def magnitude(value: float) -> int:
    """The order of magnitude of a value (3 for 5,000)."""
    return int(math.floor(math.log10(abs(value)))) if value else 0
