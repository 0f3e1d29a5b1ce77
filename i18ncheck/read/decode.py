"""Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM, never a silent guess."""

from __future__ import annotations

import codecs

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


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
