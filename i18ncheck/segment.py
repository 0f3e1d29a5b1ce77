"""Split an edition into paragraphs and sentences, keeping character spans.

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by
space and a word that can start a sentence. A dot does not end a sentence after an
initial (`М. Федоров`), after an abbreviation that is never final (`Mr.`, `ст.`, `т. зв.`,
`вул.`), or after a unit abbreviation (`тис.`, `млн.`, `p.m.`, `г.`) unless a number
stands before it and a capital follows: `у 2017 р. Тоді` splits, `м. Київ` does not. An
abbreviation that is both (`см.`: centimetres or "see"; `ст.`) is the unit after a number.
"""

from __future__ import annotations

import regex

from . import patterns
from .model import Edition, Segmented, Sentence, Span

# Abbreviations (lower case, without the final dot) after which a dot never ends a sentence.
_NEVER_FINAL = frozenset("""
    mr mrs ms dr prof st jr sr gen col lt sgt capt cpt gov sen rep rev fr no nos vs
    approx dept est fig inc ltd corp mt ft
    u.s u.k u.n e.g i.e a.k.a
    ст вул просп пл обл пров ім див напр проф акад доц д ген полк ч ін пп пан пані т.зв зв
    т.ч т.е т.к т.н т.зн англ укр рос нім франц рис табл тел стор с ул им см пр г-н г-жа
    ок кн св о р-н ген-л
""".split())
# Abbreviations that may end a sentence when they follow a number.
_UNIT_FINAL = frozenset("""
    a.m p.m etc bn m km kg mln bln thsd
    тис млн млрд трлн грн коп р рр ст тыс руб г гг в вв ч хв мин сек км кг см т.д т.п т.ін
    дол долл
""".split())
_UNIT_OR_NEVER_FINAL = _NEVER_FINAL & _UNIT_FINAL  # см: centimetres or "see"; ст: a century or an article

# Possessive, and tried only where a run of terminators starts, so that a long run of dots
# or quotes is scanned once (backtracking into it could never make a boundary).
_BOUNDARY = patterns.compile(r"""
    (?<![.!?…])(?P<end>[.!?…]++)     # the terminator
    (?P<close>["»”’'\)\]]*+[—–]?)    # closing quotes or brackets (a stray dash too)
    (?P<space>\s++)
    (?=(?P<next>[\p{Lu}\d«"“„'(\[]|[—–-]\s*\p{Lu}))  # a dash opens a list item, spaced or glued
""", regex.X)
# Both are matched backwards from a candidate boundary (`(?r)`, `match` with endpos), so
# that each looks at the few characters before it, not at all the text before it.
_TOKEN_BEFORE = patterns.compile(r"(?r)(?:(?<=^|[\s(«\"“„'])(?P<tok>(?:\p{L}{1,6}\.)*\p{L}+)|(?P<num>\d))$")
_NUMBER_BEFORE = patterns.compile(r"(?r)\d[\d\s.,]*(?:\s*\p{L}{1,9}\.?)?\s*$")


# Abbreviations that end a sentence unless a number follows: "on Sept. 5", "signed in Sept. She".
_BEFORE_NUMBER = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec no nos".split())


def _is_boundary(text: str, m: regex.Match[str]) -> bool:
    if m.group("end") != "." or m.group("close"):
        return True
    before = m.start()
    if text[before - 1:before] == "\n":
        before -= 1  # `$` matches before a final newline too
    tok = _TOKEN_BEFORE.match(text, 0, before)
    if tok is None or tok.group("num"):
        return True
    word = tok.group("tok")
    low = word.lower()
    if len(word) == 1 and word.isupper():
        return False  # an initial: М. Федоров
    if low in _UNIT_OR_NEVER_FINAL:
        # a unit after a number, before a word (30 см. Воды ...; XX ст.), else the other
        # abbreviation (см. Приложение: "see"; ч. 2 ст. 15: an article)
        return bool(_NUMBER_BEFORE.match(text, 0, tok.start())) and not m.group("next")[0].isdigit()
    if low in _NEVER_FINAL:
        return False
    if low in _BEFORE_NUMBER:
        return not m.group("next")[0].isdigit()
    if "." in low and low not in _UNIT_FINAL:
        return False  # U.S., т.зв. and other dotted abbreviations
    if low in _CLOCK_FINAL and _ZONE_NEXT.match(text, m.end()):
        return False  # 9 p.m. Kyiv time, 7 a.m. GMT: the time zone of the hour before it
    if low in _UNIT_FINAL:
        return bool(_NUMBER_BEFORE.match(text, 0, tok.start()))
    return True


_CLOCK_FINAL = frozenset({"a.m", "p.m"})
# a time zone after a clock time: an abbreviation (GMT, EST, UTC, CEST) or "<Name> time"
_ZONE_NEXT = patterns.compile(r"(?:[A-Z]{1,4}T|UTC)\b|\p{Lu}\p{Ll}+\s+time\b")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end], stripped of surrounding space."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[Span] = []
    pos = 0
    for m in _BOUNDARY.finditer(chunk):
        if m.start("space") <= pos or not _is_boundary(chunk, m):
            continue
        spans.append(Span(start + pos, start + m.start("space")))
        pos = m.end("space")
    if pos < len(chunk):
        spans.append(Span(start + pos, end))
    return [_strip(text, s) for s in spans if text[s.start:s.end].strip()]


def _strip(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def segment(edition: Edition) -> Segmented:
    """Paragraphs (the edition's blocks) and their sentences."""
    sentences: list[Sentence] = []
    for p, block in enumerate(edition.blocks):
        for span in split_sentences(edition.text, block.start, block.end):
            sentences.append(Sentence(len(sentences), p, span, edition.text[span.start:span.end]))
    return Segmented(edition, edition.blocks, tuple(sentences))
