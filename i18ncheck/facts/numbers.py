"""Numbers by value: digits in every locale style, magnitudes, money and percentages.

`35,000`, `35 000` (space, NBSP or narrow NBSP), `35 тисяч`, `35 тыс.` and `$35k` all read
35000; `1.5 billion`, `1,5 млрд` and `$1.5bn` read 1.5e9. A separator that could be either
a decimal mark or a thousands group (`1,500` in a Ukrainian text) keeps both readings and
the comparison accepts either. Numbers that are part of a name or a code (`F-16`, `Су-34`,
`COVID-19`, `5G`, a URL) are not quantities.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import regex

from ..model import Fact, Span
from .lexicon import load

_GAP = r"[ \u00a0\u202f\u2009]*"
_SEP_SPACE = " \u00a0\u202f\u2009'’"

_ATOM = regex.compile(r"""
    (?P<int>\d{1,3}(?:(?P<sep>[ \u00a0\u202f\u2009,.'’])\d{3}(?!\d))(?:(?P=sep)\d{3}(?!\d))*|\d+)
    (?:(?P<dec>[.,])(?P<frac>\d+)(?![.,]?\d))?
""", regex.X)
_CODE_BEFORE = regex.compile(r"(?:\p{L}[-‐]?|[\d][.,:/]|[#№/_]|[.:/]\d*)$")
_URL = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\w+\.(?:com|org|net|ua|ru|gov|uk)\S*")
_ORDINAL_SUFFIX = regex.compile(
    r"(?:-?(?:st|nd|rd|th)|-(?:й|го|я|е|ї|ий|ій|ого|му|ому|ми|ми|х|ті|та|те|ту|ше|ге|тє|ій|є))(?!\p{L})",
    regex.I)
_GLUED_OK = regex.compile(r"(?:s|бн|km|kg|mph|mm|cm|ft|in|lb|lbs|mi|m|k|bn|kW|MW|GW|°)(?!\p{L})")
_APPROX = {
    "en": r"(?:about|around|nearly|almost|some|roughly|approximately|over|more than|less than|"
          r"fewer than|up to|at least|at most|under|above|below|just over|just under)\s+$",
    "uk": r"(?:близько|майже|приблизно|понад|більше|більш ніж|менше|менш ніж|до|щонайменше|"
          r"принаймні|майже|понад|не менше|не більше|близько до)\s+$",
    "ru": r"(?:около|почти|примерно|свыше|более|больше|менее|меньше|до|не менее|не более|"
          r"по меньшей мере|порядка|приблизительно)\s+$",
}


@dataclass(frozen=True)
class _Suffixes:
    """Compiled patterns for what may follow or precede a number in one language."""

    after: regex.Pattern[str]
    before: regex.Pattern[str]
    magnitudes: tuple[float, ...]
    currencies: tuple[str, ...]
    approx: regex.Pattern[str]


@functools.cache
def _suffixes(lang: str) -> _Suffixes:
    data = load("quantities.toml")
    mags = data["magnitude"]
    curs = data["currency"]
    mag = "|".join(f"(?P<mag{i}>{m[lang]})" for i, m in enumerate(mags))
    cur = "|".join(f"(?P<cur{i}>{c[lang]}|{c['symbol']})" for i, c in enumerate(curs))
    pct = f"(?P<pct>{data['percent']['symbol']}|(?:{data['percent'][lang]})(?!\\p{{L}}))"
    after = regex.compile(
        rf"(?:{_GAP}(?P<mag>{mag})(?!\p{{L}}))?(?:{_GAP}(?:{pct}|(?P<cur>{cur})(?!\p{{L}})))?",
        regex.I | regex.V1)
    before = regex.compile(
        "(?:" + "|".join(f"(?P<pre{i}>{c['symbol']})" for i, c in enumerate(curs)) + rf"){_GAP}$")
    return _Suffixes(after, before, tuple(float(m["value"]) for m in mags),
                     tuple(c["code"] for c in curs), regex.compile(_APPROX[lang], regex.I))


def _readings(m: regex.Match[str], lang: str) -> tuple[tuple[float, ...], float]:
    """Every value the digits may stand for, preferred first, and the precision shown."""
    whole, sep, dec, frac = m.group("int"), m.group("sep"), m.group("dec"), m.group("frac")
    grouped = float(regex.sub(r"\D", "", whole))
    decimals = len(frac) if frac else 0
    tail = float("0." + frac) if frac else 0.0
    if sep is None or sep in _SEP_SPACE:
        return (grouped + tail,), 10.0 ** -decimals
    groups = whole.count(sep)
    as_decimal = float(whole.replace(sep, ".", 1)) if groups == 1 else None
    if dec is not None and dec != sep:
        return (grouped + tail,), 10.0 ** -decimals  # 1,234.5 or 1.234,5
    if as_decimal is None:
        return (grouped,), 1.0
    if lang == "en":
        return ((grouped,), 1.0) if sep == "," else ((as_decimal, grouped), 0.001)
    if sep == ",":
        return (as_decimal, grouped), 0.001
    return (grouped, as_decimal), 1.0


def _is_code(text: str, start: int) -> bool:
    return bool(_CODE_BEFORE.search(text[max(0, start - 12):start]))


def extract_numbers(text: str, lang: str, sentence: int = 0, offset: int = 0) -> list[Fact]:
    """The numeric facts of a sentence; spans are offset by `offset`."""
    sx = _suffixes(lang)
    urls = [u.span() for u in _URL.finditer(text)]
    facts: list[Fact] = []
    pos = 0
    while True:
        m = _ATOM.search(text, pos)
        if m is None:
            break
        pos = m.end()
        start, end = m.span()
        if start > 0 and (text[start - 1].isalnum() or _is_code(text, start)):
            continue
        if any(a <= start < b for a, b in urls):
            continue
        after = text[end:end + 24]
        category, unit = "count", None
        ordinal = _ORDINAL_SUFFIX.match(after)
        if ordinal:
            end += ordinal.end()
            category = "ordinal"
        elif after[:1].isalpha() and not _GLUED_OK.match(after):
            continue  # 5G, 3D, 4K: a name, not a quantity
        elif after[:1] == "-" and after[1:2].isalpha():
            pass  # 10-річний, 25-year-old: the number stays a count
        values, precision = _readings(m, lang)
        multiplier = 1.0
        pre = sx.before.search(text, 0, start)
        if pre is not None:
            unit = next(code for i, code in enumerate(sx.currencies) if pre.group(f"pre{i}"))
        if category == "count":
            sfx = sx.after.match(text, end)
            if sfx and sfx.end() > end:
                if sfx.group("mag"):
                    word = sfx.group("mag").lower()
                    if word not in ("m", "k") or unit:
                        multiplier = next(v for i, v in enumerate(sx.magnitudes) if sfx.group(f"mag{i}"))
                        end = sfx.end("mag")
                if sfx.group("pct"):
                    category, unit, end = "percent", "%", sfx.end("pct")
                elif sfx.group("cur"):
                    unit = next(code for i, code in enumerate(sx.currencies) if sfx.group(f"cur{i}"))
                    end = sfx.end("cur")
            if unit and unit != "%":
                category = "money"
            elif multiplier == 1.0 and not m.group("frac") and not m.group("sep") \
                    and len(m.group("int")) == 4 and 1000 <= values[0] <= 2100 and category == "count":
                category = "year"
            pos = max(pos, end)
        span_start = pre.start() if pre is not None else start
        approx = bool(sx.approx.search(text, 0, span_start))
        facts.append(Fact(
            kind="number",
            values=tuple(round(v * multiplier, 6) for v in values),
            span=Span(offset + span_start, offset + end),
            text=text[span_start:end],
            sentence=sentence,
            category=category,
            unit=unit,
            approximate=approx,
            precision=precision * multiplier,
            scale=multiplier,
        ))
    return _spread_ranges(text, facts, offset)


_RANGE_GAP = regex.compile(r"\s*(?:[-–—‒]|to|до|по)\s*$", regex.I)


def _spread_ranges(text: str, facts: list[Fact], offset: int) -> list[Fact]:
    """In `70–80%` or `1-2 million` the second number's magnitude and unit apply to both."""
    out = list(facts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.span.end - offset:b.span.start - offset]
        if len(gap) > 6 or not _RANGE_GAP.match(gap):
            continue
        if a.unit is None and b.unit is not None and a.category in ("count", "year"):
            a = replace(a, category=b.category, unit=b.unit)
        if b.scale > 1 and a.scale == 1 and a.values[0] * b.scale <= b.values[0] * 1.0001:
            a = replace(a, values=tuple(round(v * b.scale, 6) for v in a.values),
                        scale=b.scale, precision=a.precision * b.scale,
                        category="count" if a.category == "year" else a.category)
        out[i] = a
    return out
