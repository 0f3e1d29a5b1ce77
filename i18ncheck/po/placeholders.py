"""Placeholders of a message, whatever its flags say: printf (`%s`, `%1$s`, `%<PRIu64>`,
Objective-C `%@`), Python (`%(name)s`), brace (`{name}`, `{0}`, `{}`) and ICU MessageFormat
(`{count, plural, one {# file} other {# files}}`).

A placeholder is reduced to what the program passes for it: its position or name and the
kind of value (`%d` and `%i` both take an int; the width and flags may differ between
source and translation).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .. import patterns
from ..model import Span

_PRINTF = patterns.compile(r"""
    %(?:
        (?P<pct>%)
      | <(?P<pri>PRI[diouxX](?:8|16|32|64|MAX|PTR|FAST\d+|LEAST\d+))>
      | \((?P<name>[\w.-]+)\)(?P<pyflags>[-+ #0]*)(?:\d+)?(?:\.\d+)?(?P<pyconv>[diouxXeEfFgGcrsa])
      | (?:(?P<pos>[1-9]\d?)\$)?(?P<flags>[-+ #0']*)(?P<width>\d+|\*(?:\d+\$)?)?
        (?:\.(?:\d+|\*(?:\d+\$)?))?
        (?P<len>hh|h|ll|l|L|q|j|z|Z|t|I64|I32|I)?(?P<conv>[diouxXeEfFgGaAcCsSpnm@])
    )
""", regex.X)
_BRACE_SIMPLE = patterns.compile(r"\{(?P<arg>[A-Za-z_]\w*|\d+|)(?:\.\w+|\[\w+\])*(?:![rsa])?(?::[^{}]*)?\}")
_DOLLAR = patterns.compile(r"\$(?:\((?P<paren>\w+)\)|\{(?P<brace>\w+)\})")
_ICU_HEAD = patterns.compile(r"\{\s*(?P<arg>[A-Za-z_]\w*|\d+)\s*,\s*(?P<type>plural|select|selectordinal|number|date|time)\b")

_KIND = {**{c: "int" for c in "di"}, **{c: "uint" for c in "ouxX"}, **{c: "float" for c in "eEfFgGaA"},
         "c": "char", "C": "char", "s": "str", "S": "str", "p": "ptr", "n": "count", "m": "errno",
         "r": "str", "a": "str", "@": "object"}


@dataclass(frozen=True)
class Placeholder:
    """One placeholder: how it is written, where, and what it stands for."""

    text: str
    span: Span
    style: str  # printf | python | brace | icu
    key: str  # position or name, "" for the next positional argument
    kind: str  # what is passed: int, str, float... ("" when any value will do)

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.style, self.key, self.kind)


def _printf(text: str, c_format: bool) -> list[Placeholder]:
    out = []
    for m in _PRINTF.finditer(text):
        if m.group("pct"):
            continue
        span = Span(m.start(), m.end())
        if m.group("pri"):
            out.append(Placeholder(m.group(), span, "printf", "", "int" if m.group("pri")[3] in "di" else "uint"))
        elif m.group("name") is not None:
            if " " in m.group("pyflags") and not c_format:
                continue
            out.append(Placeholder(m.group(), span, "python", m.group("name"), _KIND[m.group("pyconv")]))
        else:
            flags = m.group("flags") or ""
            # "50% of", "100% sure": a space flag or a bare letter after % is prose, unless the
            # entry says it is a C format string
            if not c_format and (" " in flags or "'" in flags or (not m.group("pos") and not m.group("width")
                                                                  and not m.group("len") and m.group("conv") in "aAnmCSoxXeEFgGp@"
                                                                  and _word_follows(text, m.end()))):
                continue
            conv = m.group("conv")
            length = (m.group("len") or "").replace("I64", "ll").replace("q", "ll")
            out.append(Placeholder(m.group(), span, "printf", m.group("pos") or "", length + _KIND[conv]))
    return out


def _word_follows(text: str, end: int) -> bool:
    """Does a letter follow (so "%of" in "5%of" is prose)?"""
    return end < len(text) and text[end].isalpha()


def _brace(text: str, taken: list[Span]) -> list[Placeholder]:
    out: list[Placeholder] = []
    pos = 0
    while True:
        start = text.find("{", pos)
        if start < 0:
            return out
        if any(s.start <= start < s.end for s in taken) or text.startswith("{{", start):
            pos = start + 2
            continue
        icu = _ICU_HEAD.match(text, start)
        if icu:
            end = _matching(text, start)
            if end is None:
                pos = start + 1
                continue
            span = Span(start, end)
            out.append(Placeholder(text[start:end], span, "icu", icu.group("arg"), icu.group("type")))
            # arguments used inside the branches ({name} within "one {...}")
            inner = text[icu.end():end - 1]
            for sub in _brace_inner(inner, icu.end()):
                out.append(sub)
            pos = end
            continue
        m = _BRACE_SIMPLE.match(text, start)
        if m:
            out.append(Placeholder(m.group(), Span(m.start(), m.end()), "brace", m.group("arg"), ""))
            pos = m.end()
        else:
            pos = start + 1


def _brace_inner(inner: str, offset: int) -> list[Placeholder]:
    """Arguments inside ICU branches: skip the branch bodies' own braces, keep {name} and
    nested ICU arguments."""
    out = []
    for m in _BRACE_SIMPLE.finditer(inner):
        if m.group("arg"):
            out.append(Placeholder(m.group(), Span(offset + m.start(), offset + m.end()), "brace", m.group("arg"), ""))
    for m in _ICU_HEAD.finditer(inner):
        out.append(Placeholder(m.group(), Span(offset + m.start(), offset + m.end()), "icu", m.group("arg"),
                               m.group("type")))
    return out


def _matching(text: str, start: int) -> int | None:
    """The end (exclusive) of the brace group opening at start."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "'" and i + 1 < len(text) and text[i + 1] in "{}":
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _dollar(text: str) -> list[Placeholder]:
    """polkit's $(name) and shell-like ${name}: different syntaxes, never interchangeable."""
    return [Placeholder(m.group(), Span(m.start(), m.end()), "$()" if m.group("paren") else "${}",
                        m.group("paren") or m.group("brace"), "") for m in _DOLLAR.finditer(text)]


_STRFTIME = patterns.compile(r"%[-_0^#]?[HMSYyBbjZzpTDIklPRUVWGCFh]")
_GLUED = patterns.compile(r"\p{L}")


def find(text: str, flags: frozenset[str] = frozenset()) -> list[Placeholder]:
    """Every placeholder of a message, in text order. A date format (%Y-%m-%d %H:%M) is not
    printf: a translation may reorder and change it."""
    c_format = bool(flags & {"c-format", "objc-format", "sh-format", "gcc-internal-format", "qt-format"})
    directives = _directives(text) if "%" in text and "c-format" not in flags else (False, False)
    printf = _printf(text, c_format or "python-format" in flags) if "%" in text and not directives[0] else []
    if directives[1]:
        # "%S for seconds, %d for days" may be a list of date directives as well as printf:
        # each conversion must be kept, in any order
        printf = [replace(p, key=p.text) if p.style == "printf" and not p.key else p for p in printf]
    dollar = _dollar(text) if "$" in text else []
    taken = [p.span for p in printf + dollar]
    brace = _brace(text, taken) if "{" in text and "no-python-brace-format" not in flags else []
    if "python-brace-format" not in flags:
        brace = [replace(p, kind="notation") if _notation(text, p) else p for p in brace]
    return sorted(printf + dollar + brace, key=lambda p: p.span.start)


def _directives(text: str) -> tuple[bool, bool]:
    """Is the message a date format (a strftime directive printf does not read: %Y, %H, %B),
    and does it hold directives both read (%S, %p, %ld)?"""
    conversions = list(_PRINTF.finditer(text))
    shared = date = False
    for m in _STRFTIME.finditer(text):
        read = next((c for c in conversions if c.start() <= m.start() < c.end()), None)
        if read is None:
            date = True
        elif not read.group("pct"):  # (in "%%Y" the Y is text)
            shared = True
    return date, shared and not date


def _notation(text: str, p: Placeholder) -> bool:
    """{INTEGER} in help text, {dis}able: braces that are notation, not a placeholder."""
    if p.style != "brace":
        return False
    glued = (p.span.start > 0 and _GLUED.match(text[p.span.start - 1])) or \
        (p.span.end < len(text) and _GLUED.match(text[p.span.end]))
    return bool(glued) or (len(p.key) > 1 and p.key.isupper())


def notation(found: list[Placeholder]) -> frozenset[str]:
    """Keys of braces that are notation in a message ({}th, {INTEGER}): the translation's
    braces with these keys are notation too ({}-й)."""
    return frozenset(p.key for p in found if p.kind == "notation")


# The number of the first argument: printf counts from 1 (`%1$s`), Python's str.format
# from 0 (`{}` is `{0}`)
_FIRST = {"brace": 0}


def canonical(found: list[Placeholder], skip: frozenset[str] = frozenset()) -> dict[tuple[str, str, str], Placeholder]:
    """What must agree between source and translation, placeholder by placeholder: the
    argument each one takes. Unnamed ones are numbered in order within their style (the
    order of the arguments), so a translation may reorder `%s ... %s` as `%2$s ... %1$s`
    and `{} ... {}` as `{1} ... {0}`; named ones keep their names and may move freely."""
    out: dict[tuple[str, str, str], Placeholder] = {}
    counters: dict[str, int] = {}
    for p in found:
        if p.kind == "notation" or p.style == "brace" and p.key in skip:
            continue
        key = p.key
        if not key and p.style != "icu":
            number = counters.get(p.style, _FIRST.get(p.style, 1))
            counters[p.style] = number + 1
            key = str(number)
        out.setdefault((p.style if p.style != "python" or p.key else "printf", key, p.kind), p)
    return out


def mixed_numbering(found: list[Placeholder], skip: frozenset[str] = frozenset()) -> bool:
    """Does the message mix `{}` with `{0}`? str.format raises ValueError ("cannot switch
    from automatic field numbering to manual field specification"); names may mix with either."""
    keys = {p.key for p in found if p.style == "brace" and p.kind != "notation" and p.key not in skip
            and (not p.key or p.key.isdigit())}
    return "" in keys and len(keys) > 1


def mask(text: str, spans: list[Span]) -> str:
    """The text with the spans blanked out (offsets are kept)."""
    if not spans:
        return text
    chars = list(text)
    for s in spans:
        for i in range(s.start, min(s.end, len(chars))):
            chars[i] = " "
    return "".join(chars)
