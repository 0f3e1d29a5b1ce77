"""Things a translation must copy verbatim: URLs, e-mail addresses, file paths, command
references (`sfdisk(8)`), command-line options, environment variables, IP and MAC
addresses, and technical identifiers that carry digits (`PKCS#8`, `802.15.4`, `x86_64`).

Numeronyms (`a11y`, `i18n`, `k8s`) are words, not references: a translation may spell them
out.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

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
    # a long option, with its value when the value is literal (--arch=x86_64), not a
    # metavariable the translation may translate (--rebase=OLDID)
    ("option", r"(?<![\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:=(?![A-Z]{2})[\w./-]*[a-z0-9][\w./-]*)?"),
    ("variable", r"\$\{?[A-Z_][A-Z0-9_]{2,}\}?"),
    ("version", r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w.]|\.\d)"),
    ("standard", r"\b(?:RFC|ISO|IEC|IEEE|ECMA|CVE|PEP|DIN|BS|EN|ITU-T|X)[ -]?\d+(?:[-:.]\d+)*\b"),
    ("identifier", r"(?<![\w#+.-])(?=[\w#+.-]*\d)(?=[\w#+.-]*[A-Za-z])[A-Za-z0-9][\w#+.-]*[\w+#](?![\w#+-])"),
)
_REGEX = regex.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS))
_NUMERONYM = regex.compile(r"[a-z]\d{1,2}[a-z]{1,2}s?")
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


def find(text: str) -> list[Reference]:
    """Every reference of a (placeholder-masked) message, in text order."""
    out = []
    for m in _REGEX.finditer(text):
        kind = m.lastgroup or ""
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
    """A number with a unit glued on (5GB, 10px, 2x, 3rd): a quantity, compared by value."""
    return bool(regex.fullmatch(r"\d+(?:[.,]\d+)?(?:st|nd|rd|th|[A-Za-z]{1,3}|%)", token))


def _path_like(token: str) -> bool:
    """A one-segment path such as /usr is a path only when it looks like one, not "and /or"."""
    return bool(regex.fullmatch(r"/(?:usr|etc|var|tmp|opt|home|root|dev|proc|sys|run|srv|boot|mnt|media|bin|sbin|lib\w*)/?",
                                token))


def contains(text: str, token: str) -> bool:
    """Does text hold the token whole (192.168.1.10 is not in 192.168.1.100)?"""
    pattern = (r"(?<![\w.:/@#-])" if token[:1].isalnum() else "") + regex.escape(token) + \
        (r"(?![\w@#]|[.:/-][\w])" if token[-1:].isalnum() else "")
    return regex.search(pattern, text) is not None


def skeleton(ref: Reference) -> tuple[str, str]:
    """What stays of a reference when it is corrupted: its letters and its digits."""
    letters = "".join(c for c in ref.text.lower() if c.isalpha())
    digits = "".join(c for c in ref.text if c.isdigit())
    return letters, digits


def resembles(a: Reference, b: Reference) -> bool:
    """Is b a corrupted copy of a (same kind of token, and the same letters or the same digits)?"""
    if a.text == b.text:
        return True
    la, da = skeleton(a)
    lb, db = skeleton(b)
    if a.kind == b.kind and a.kind in ("url", "email", "path", "mac", "ipv4", "ipv6", "command", "option", "variable"):
        return True
    if la and la == lb:
        return True
    return bool(da) and da == db and len(da) >= 3
