"""Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM, never a silent guess."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def decode(path: str, data: bytes) -> str:
    """Decode a file's bytes, raising InputError that says exactly what is wrong."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, "starts with a {encoding} byte-order mark but is not valid {encoding} "
                                       "(byte {offset})", encoding=encoding.upper(), offset=exc.start + len(bom)) from None
            return _checked(path, text)
    if b"\x00" in data[:8192]:
        raise InputError(path, "is a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, "is not valid UTF-8 (byte 0x{byte:02x} at offset {offset}); save it as UTF-8",
                         byte=data[exc.start], offset=exc.start) from None
    return _checked(path, text)


def _checked(path: str, text: str) -> str:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise InputError(path, "is a binary file, not text (it contains control characters)")
    if "\x00" in text:
        raise InputError(path, "is a binary file, not text (it contains NUL characters)")
    return text


_DECLARED = re.compile(rb"charset\s*=\s*([A-Za-z0-9_.:-]+)")
_UNICODE = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "ascii", "utf-8-sig")
_SCAN_LIMIT = 50_000_000  # a larger file is not scanned (it is refused or read as it is)


def legacy_over_utf8(path: str) -> str | None:
    """The legacy charset (ISO-8859-1, CP1251, KOI8-U...) a file's header declares when its
    bytes are in fact UTF-8 with non-ASCII characters, the file read as declared would be
    mojibake; else None (also when the file cannot be read: its reader says why)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(_SCAN_LIMIT + 1)
    except OSError:
        return None
    if len(data) > _SCAN_LIMIT or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    m = _DECLARED.search(data[:4096])
    if m is None:
        return None
    try:
        declared = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    if declared in _UNICODE or data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return m.group(1).decode("ascii").upper()
