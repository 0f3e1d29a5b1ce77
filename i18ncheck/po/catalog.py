"""Read a PO catalog with polib: its language, its plural rule, and the entries to check.

The bytes are decoded by the charset the header declares (UTF-8 when it declares none),
never guessed; a compiled .mo file, binary data, an empty file or a syntax error is an
InputError that names the file. The Plural-Forms header is evaluated with the standard
library's gettext (`c2py`) to learn which numbers n each form serves; without a header,
CLDR's rule for the language (Babel) stands in.
"""

from __future__ import annotations

import codecs
import gettext
from dataclasses import dataclass
from pathlib import Path

import regex

from .. import patterns
from ..errors import InputError
from ..model import EntryLocation

_CHARSET = regex.compile(rb"charset\s*=\s*([A-Za-z0-9_.:-]+)")
_PLURAL = patterns.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", regex.S)
_MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")
_LANGS = {"uk": "uk", "ua": "uk", "ru": "ru", "en": "en"}
_RANGE = 1000  # the numbers whose plural form is worked out
_MAX_PLURALS = 20  # no language needs more than six forms; a larger nplurals is a broken header


@dataclass(frozen=True)
class Plural:
    """A catalog's plural rule: how many forms, and the numbers each form serves."""

    nplurals: int
    expression: str
    served: tuple[tuple[int, ...], ...]  # per form, the n in 0..999 it serves

    def numbers(self, form: int) -> tuple[int, ...]:
        return self.served[form] if form < len(self.served) else ()


@dataclass(frozen=True)
class Entry:
    """One entry to check."""

    msgid: str
    msgctxt: str | None
    msgid_plural: str
    msgstr: str
    msgstr_plural: tuple[str, ...]
    flags: frozenset[str]
    line: int
    fuzzy: bool

    @property
    def key(self) -> tuple[str | None, str, str]:
        return (self.msgctxt, self.msgid, self.msgid_plural)

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) if not self.msgid_plural else any(self.msgstr_plural)

    @property
    def location(self) -> EntryLocation:
        """Where a finding about this entry is."""
        return EntryLocation(self.msgid, self.msgctxt, self.line)


@dataclass(frozen=True)
class Catalog:
    """A parsed catalog."""

    path: str
    language: str
    plural: Plural
    entries: tuple[Entry, ...]


def plural_rule(header: str | None, language: str, path: str) -> Plural:
    """The plural rule of a Plural-Forms header, or CLDR's for the language."""
    if not header:
        from babel.messages.plurals import get_plural

        rule = get_plural(language)
        count, expression = rule.num_plurals, rule.plural_expr
    else:
        m = _PLURAL.search(header)
        if m is None:
            raise InputError(path, "has a Plural-Forms header that cannot be read: {header}", header=header)
        digits, expression = m.group(1).lstrip("0") or "0", m.group(2)
        if len(digits) > 2 or int(digits) > _MAX_PLURALS:
            raise InputError(path, "has a Plural-Forms header with nplurals={count}; a catalog has at most {most} "
                                   "plural forms", count=digits if len(digits) <= 12 else digits[:12] + "…",
                             most=_MAX_PLURALS)
        count = int(digits)
    try:
        fn = gettext.c2py(expression)
        forms = [fn(n) for n in range(_RANGE)]
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError) as exc:
        raise InputError(path, "has a plural expression that cannot be evaluated ({error})", error=str(exc)) from None
    if count < 1 or any(not 0 <= f < count for f in forms):
        raise InputError(path, "has a plural expression that chooses a form outside nplurals={count}", count=count)
    served = tuple(tuple(n for n, f in enumerate(forms) if f == k) for k in range(count))
    return Plural(count, expression, served)


def _language(meta: dict[str, str], path: Path) -> str | None:
    candidates = [meta.get("Language", ""), path.stem, *(p for p in reversed(path.parts[:-1]))]
    for value in candidates:
        code = regex.split(r"[_@.-]", value.strip().lower(), maxsplit=1)[0] if value else ""
        if code in _LANGS:
            return _LANGS[code]
    return None


def decode(path: str, data: bytes) -> str:
    """A catalog's text, decoded by its declared charset."""
    if data[:4] in _MO_MAGIC:
        raise InputError(path, "is a compiled .mo catalog; give the .po file")
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(path, "is a binary file, not a PO catalog (it contains NUL bytes)")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            data, declared = data[len(bom):], encoding
            break
    else:
        m = _CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii").lower() if m else "utf-8"
        if declared == "charset":  # the template's placeholder: "charset=CHARSET"
            declared = "utf-8"
    try:
        codecs.lookup(declared)
    except LookupError:
        raise InputError(path, "declares an unknown charset {charset!r}", charset=declared) from None
    try:
        return data.decode(declared)
    except UnicodeDecodeError as exc:
        raise InputError(path, "is not valid {charset} as its header declares (byte 0x{byte:02x} at offset {offset})",
                         charset=declared.upper(), byte=data[exc.start], offset=exc.start) from None


def read(path: str, include_fuzzy: bool = False) -> Catalog:
    """Read and parse a catalog; InputError says what is wrong with it."""
    import polib

    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a PO file") from None
    except FileNotFoundError:
        raise InputError(path, "does not exist") from None
    except OSError as exc:
        raise InputError(path, "cannot be read ({reason})", reason=exc.strerror or str(exc)) from None
    text = decode(path, data)
    if not text.strip():
        raise InputError(path, "is empty (no entries)")
    try:
        po = polib.pofile(text, wrapwidth=0, check_for_duplicates=False)
    except (OSError, ValueError, KeyError, IndexError, UnicodeError) as exc:
        raise InputError(path, "is not a valid PO file ({reason})", reason=str(exc)) from None
    meta = dict(po.metadata)
    language = _language(meta, Path(path))
    if language is None:
        raise InputError(path, "does not say its language: set the Language header (uk, ru or en) "
                               "or name the file uk.po / ru.po")
    entries = []
    has_entries = False
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        has_entries = True
        fuzzy = "fuzzy" in e.flags
        if fuzzy and not include_fuzzy:
            continue
        forms = tuple(e.msgstr_plural[k] for k in sorted(e.msgstr_plural)) if e.msgid_plural else ()
        entries.append(Entry(e.msgid, e.msgctxt, e.msgid_plural or "", e.msgstr or "", forms,
                             frozenset(e.flags), e.linenum, fuzzy))
    if not has_entries:
        raise InputError(path, "has no entries (only a header, or nothing that polib can read)")
    plural = plural_rule(meta.get("Plural-Forms"), language, path)
    return Catalog(path, language, plural, tuple(entries))
