"""Things a translation must copy verbatim: URLs, e-mail addresses, file paths, command
references (`sfdisk(8)`), command-line options, environment variables, IP and MAC
addresses, versions (`3.24.1`), and technical identifiers that carry digits (`PKCS#8`,
`802.1p`, `IPv4`, `x86_64`). A number with a unit glued on (`5GB`, `2.4GHz`) is a quantity,
compared by value instead.

Numeronyms (`a11y`, `i18n`, `k8s`) are words, not references: a translation may spell them
out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .. import patterns
from ..model import Span

# (kind, pattern); earlier kinds claim their characters first.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("url", r"\b(?:https?|ftp|file|ssh|git|oci|oci\+https)://[^\s<>\"'«»“”()\[\]{}]+|\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<>\"'«»“”()\[\]{}]*"),
    ("email", r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    ("mac", r"(?<![\w:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:-])"),
    ("ipv6", r"(?<![\w:])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){4})(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}"
             r"(?:/\d{1,3})?(?![\w:])"),
    ("ipv4", r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:/\d{1,2})?(?![\w.]|\.\d)"),
    ("command", r"(?<![\w-])[A-Za-z_][\w.+-]*\([1-9][a-z]*\)"),
    ("path", r"(?<![\w/.:%)}-])(?:~|\$\w+|\.{1,2})?/(?:[\w.+@-]+/)*[\w.+@-]*[\w+@-](?:/)?(?![\w/])"),
    # a long option without its value: --rebase=OLDID, --database=path are metavariables
    # the translation may translate; not a label decorated with dashes (--none--)
    ("option", r"(?<![\w-])--[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*(?![\w-])"),
    ("variable", r"\$\{?[A-Z_][A-Z0-9_]{2,}\}?"),
    ("version", r"(?<![\w.])(?!\d{1,3}(?:\.\d{3})+(?![\w.]|\.\d))\d+(?:\.\d+){2,}(?![\w.]|\.\d)"),
    # a date or time written as an example (12/31/99, 23:13:48): translations localise them
    ("example", r"(?<![\w/.:])\d{1,4}(?:[/.]\d{1,2}[/.]\d{1,4}|(?::\d\d){2})(?![\w/.:])"),
    ("standard", r"\b(?:RFC|ISO|IEC|IEEE|ECMA|CVE|PEP|DIN|BS|EN|ITU-T|X)[ -]?\d+(?:[-:.]\d+)*\b"),
    # digits and letters in one token (PKCS#8, x86_64, UTF-8); not a compound adjective
    # (128-bit, H8300-specific, msp430-name): that is words the translation may translate
    ("identifier", r"(?<![\w#+.-])(?=[\w#+.-]*\d)(?=[\w#+.-]*[A-Za-z])[A-Za-z0-9](?:[\w#+.]|-(?![a-z]{3}))*[\w+#]"
                   r"(?![\w#+]|-[a-z]{3})"),
)
_REGEXES = tuple((kind, patterns.compile(pattern)) for kind, pattern in _PATTERNS)
# A kind is looked for only when its telltale characters are in the text (one pass per
# kind is faster than one alternation of them all).
_GATES = {
    "url": lambda t: "://" in t or "www." in t, "email": lambda t: "@" in t,
    "mac": lambda t: ":" in t or "-" in t, "ipv6": lambda t: ":" in t, "ipv4": lambda t: "." in t,
    "command": lambda t: "(" in t, "path": lambda t: "/" in t, "option": lambda t: "--" in t,
    "variable": lambda t: "$" in t, "version": lambda t: "." in t, "example": lambda t: "/" in t or ":" in t,
}
_QUANTITY = patterns.compile(r"\d+(?:[.,]\d+)?(?P<suffix>[A-Za-z]{1,3}|%)|\d+[x×]\d+")
_TOP_FOLDER = patterns.compile(r"/(?:usr|etc|var|tmp|opt|home|root|dev|proc|sys|run|srv|boot|mnt|media|bin|sbin|lib\w*)/?")
_NUMERONYM = patterns.compile(r"[a-z]\d{1,2}[a-z]{1,2}s?")
_TRAILING = ".,;:!?"
# References whose absence from a translation is a finding of its own: the rest (technical
# identifiers, versions) may be spelled out or left to context.
MUST_KEEP = frozenset({"url", "email", "mac", "ipv6", "ipv4", "command", "path", "option", "variable"})


@dataclass(frozen=True)
class Reference:
    """One verbatim token: its text, span and kind."""

    text: str
    span: Span
    kind: str


_DIGIT = patterns.compile(r"\d")
_MAYBE = patterns.compile(r"[\d/@$]|--|www\.")


def find(text: str) -> list[Reference]:
    """Every reference of a (placeholder-masked) message, in text order."""
    out: list[Reference] = []
    if not _MAYBE.search(text):
        return out  # no digit, slash, @, $ or option: most UI strings
    claimed = bytearray(len(text))
    found = []
    digits = _DIGIT.search(text) is not None
    for kind, pattern in _REGEXES:
        gate = _GATES.get(kind)
        if (gate is not None and not gate(text)) or (kind in ("standard", "identifier", "example") and not digits):
            continue
        for m in pattern.finditer(text):
            if not any(claimed[m.start():m.end()]):
                claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                found.append((m.start(), kind, m))
    for _, kind, m in sorted(found, key=lambda x: x[0]):
        token = m.group()
        if kind in ("url", "path", "identifier"):
            token = token.rstrip(_TRAILING)
        if kind == "identifier" and (_NUMERONYM.fullmatch(token) or token.isdigit() or _plain_number(token)):
            continue
        if kind == "path" and (len(token) < 3 or token.count("/") == 1 and token.startswith("/") and not _path_like(token)):
            continue
        out.append(Reference(token, Span(m.start(), m.start() + len(token)), kind))
    return out


def _plain_number(token: str) -> bool:
    """A number with a unit glued on (5GB, 2.4GHz, 10px, 2x, 3rd): a quantity, compared by
    value. A suffix that is no unit (802.1p, 1080p) makes a token to copy instead."""
    m = _QUANTITY.fullmatch(token)
    if not m:
        return False
    suffix = m.group("suffix")
    return suffix in (None, "%", "x", "st", "nd", "rd", "th") or suffix in _unit_symbols() or _readable(token)


@functools.lru_cache(maxsize=4096)
def _readable(token: str) -> bool:
    """Does the number reader read the token (10k, 3rd, 30min)?"""
    from ..facts import extract_sentence

    return bool(extract_sentence(token, "en", dates=False))


@functools.cache
def _unit_symbols() -> frozenset[str]:
    """CLDR's English unit symbols (GHz, px, ms, kB), from Babel."""
    from babel import Locale
    from babel.units import format_unit

    out = set()
    for unit in Locale("en").unit_display_names:
        for length in ("short", "narrow"):
            symbol = format_unit(2, str(unit), length=length, locale="en").replace("2", "", 1).strip()
            if symbol.isalpha():
                out.add(symbol)
    return frozenset(out)


def _path_like(token: str) -> bool:
    """A one-segment path such as /usr is a path only when it looks like one, not "and /or"."""
    return bool(_TOP_FOLDER.fullmatch(token))


def contains(text: str, token: str) -> bool:
    """Does text hold the token whole (192.168.1.10 is not in 192.168.1.100)?"""
    start = text.find(token)
    while start >= 0:
        end = start + len(token)
        before = text[start - 1] if start else " "
        after = text[end:end + 2]
        if not (token[:1].isalnum() and (before.isalnum() or before in "_.:/@#-")) and \
                not (token[-1:].isalnum() and after and (after[0].isalnum() or after[0] in "_@#"
                                                        or after[0] in ".:/-" and after[1:2].isascii()
                                                        and after[1:2].isalnum())):
            return True
        start = text.find(token, start + 1)
    return False


def skeleton(ref: Reference) -> tuple[str, str]:
    """What stays of a reference when it is corrupted: its letters and its digits."""
    letters = "".join(c for c in ref.text.lower() if c.isalpha())
    digits = "".join(c for c in ref.text if c.isdigit())
    return letters, digits


def same(a: Reference, b: Reference) -> bool:
    """One token written two ways: UTF8 and UTF-8, base-64 and BASE64 (but a dot between
    digits matters: 802.15.4 is not 80215.4)."""
    def plain(text: str) -> str:
        return "".join(c for c in text.lower() if c not in "- _")
    return plain(a.text) == plain(b.text)


def resembles(a: Reference, b: Reference) -> bool:
    """Is b a corrupted copy of a (same kind of token, and the same letters or the same digits)?
    Not when b keeps the digits and spells the letters in another script: 100kHz is 100кГц."""
    if a.text == b.text:
        return True
    la, da = skeleton(a)
    lb, db = skeleton(b)
    if a.kind == b.kind and a.kind in ("url", "email", "path", "mac", "ipv4", "ipv6", "command", "option", "variable"):
        return True
    if a.kind == b.kind == "version":
        return not (_DATE.fullmatch(a.text) or _DATE.fullmatch(b.text))
    if la and la == lb:
        return True
    return bool(da) and da == db and len(da) >= 3 and lb.isascii()


# a dotted date (31.12.2024, 2024.12.31) is localised, not a version to keep
_DATE = patterns.compile(r"\d{1,2}\.\d{1,2}\.(?:1[89]|2\d)\d\d|(?:1[89]|2\d)\d\d\.\d{1,2}\.\d{1,2}")
_LATIN_WORD = patterns.compile(r"(?<![\w#+.-])[A-Za-z]+(?![\w#+]|[.-]\w)")


def letters_left(ref: Reference, source: str, translation: str) -> Reference | None:
    """An identifier's letters standing alone in the translation, its digits gone (IPv4 ->
    IPv, 802.1p -> p): a word of the translation the source does not have."""
    letters = skeleton(ref)[0]
    if ref.kind != "identifier" or not letters or _digits_kept(ref, translation):
        return None
    for m in _LATIN_WORD.finditer(translation):
        if m.group().lower() == letters and not contains(source, m.group()):
            return Reference(m.group(), Span(m.start(), m.end()), "token")
    return None


def _digits_kept(ref: Reference, translation: str) -> bool:
    """Are the numbers of a reference all in the translation (64bit written "64 bit")?"""
    return all(regex.search(rf"(?<!\d){digits}(?!\d)", translation) for digits in _DIGIT_RUN.findall(ref.text))


_DIGIT_RUN = patterns.compile(r"\d+")
