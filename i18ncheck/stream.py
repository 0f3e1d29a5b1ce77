"""Streaming: a JSON Lines export read one record at a time, and the reports of a run kept
on disk rather than in memory, so that memory stays flat however many articles a run has.

An export is first read through once to check that it is valid text (UTF-8, no NUL, not
binary); only then are its records parsed, one line after another. An export that fails
that check goes to the ordinary reader, so its message is exactly the one a whole-file
read gives.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import json
import os
import pickle
import stat
import sys
import tempfile
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, BinaryIO, TextIO, overload

from .errors import InputError
from .model import ArticleReport
from .read import ArticleSource, discover, explicit
from .read.articles import (  # one record, as the whole-file reader reads it
    LANG_ALIASES,
    _export_record,
    _json_problem,
)

_STREAMED = (".jsonl", ".ndjson")
_CHUNK = 1 << 20
_SAMPLE = 8192  # what the decoder samples for NUL bytes and control characters
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\x0c", "\r"}


STDIN = "-"  # a path or an edition file that stands for standard input
STDIN_NAME = "<stdin>"  # how reports name it


def sources(paths: Iterable[str] = (), files: Mapping[str, str] | None = None,
            exclude: Sequence[str] = ()) -> Iterator[ArticleSource]:
    """The articles named by paths and files, as `api.sources` finds them, with JSON Lines
    exports read one line at a time (`-`: from standard input), less those `exclude`d."""
    found = _sources(paths, files)
    yield from (a for a in found if not excluded(a.name, exclude)) if exclude else found


def excluded(name: str, patterns: Sequence[str]) -> bool:
    """Does a glob of --exclude match an article: its name as given, its last part, or one
    of the folders it lies in (`--exclude drafts` leaves out drafts/a and drafts/b)?"""
    if not patterns:
        return False
    path = name.partition("#")[0] if "#" in name and not os.path.exists(name) else name
    parts = [p for p in Path(path).parts if p not in (os.sep, ".")]
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(path, g) or any(fnmatch.fnmatch(p, g) for p in parts)
               for g in patterns)


def _sources(paths: Iterable[str], files: Mapping[str, str] | None) -> Iterator[ArticleSource]:
    if files:
        yield _explicit(files)
    seen: set[Path] = set()  # a folder named twice (or by two of its editions) is checked once
    for raw in paths:
        if raw == STDIN:
            yield from _lines(sys.stdin.buffer, STDIN_NAME)
            continue
        path = Path(raw)
        if path.suffix.lower() in _STREAMED and path.is_file() and not _edition_file(path):
            bom = _valid_text(path)
            if bom is not None:
                yield from _records(path, bom)
                continue
        folder = path.parent if path.is_file() and _edition_file(path) else path
        if folder.is_dir():
            if folder.resolve() in seen:
                continue
            seen.add(folder.resolve())
        yield from discover([raw])


def count(paths: Iterable[str] = (), files: Mapping[str, str] | None = None) -> int:
    """About how many articles the paths hold (the non-blank lines of an export), for a
    progress bar; cheap next to checking them."""
    total = 1 if files else 0
    for raw in paths:
        if raw == STDIN:
            total += 1
            continue
        path = Path(raw)
        if path.suffix.lower() in _STREAMED and path.is_file() and not _edition_file(path):
            try:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += sum(1 for _ in discover([raw]))
    return total


def _edition_file(path: Path) -> bool:
    return LANG_ALIASES.get(path.name.partition(".")[0].lower()) is not None


def _valid_text(path: Path) -> int | None:
    """The length of the UTF-8 byte-order mark (0 or 3) of an export that decodes cleanly,
    else None (the whole-file reader then says what is wrong)."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    sample = ""
    try:
        with path.open("rb") as fh:
            head = fh.read(_CHUNK)
            bom = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (not bom and b"\x00" in head[:_SAMPLE]):
                return None
            chunk = head[bom:]
            while chunk:
                text = decoder.decode(chunk)
                if "\x00" in text:
                    return None
                if len(sample) < _SAMPLE:
                    sample += text[:_SAMPLE - len(sample)]
                chunk = fh.read(_CHUNK)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return None
    if sum(1 for ch in sample if ch in _CONTROL) > max(2, len(sample) // 100):
        return None
    return bom


def _explicit(files: Mapping[str, str]) -> ArticleSource:
    """One article from --uk/--en/--ru files; `-` is standard input (one edition, plain text)."""
    stdin = [lang for lang, f in files.items() if f == STDIN]
    if not stdin:
        return explicit(files)
    from .read.articles import MAX_EDITION_BYTES, EditionSource
    from .read.decode import decode

    article = explicit({lang: f for lang, f in files.items() if f != STDIN})
    if len(stdin) > 1:
        return ArticleSource(article.name, {}, InputError(STDIN_NAME, "can stand for one edition only"))
    lang = stdin[0]
    data = sys.stdin.buffer.read(MAX_EDITION_BYTES + 1)  # the setting's limit is checked when it is read
    try:
        text = decode(STDIN_NAME, data)
    except InputError as exc:
        return ArticleSource(article.name, {}, exc)
    editions = dict(article.editions)
    editions[lang] = EditionSource(lang, STDIN_NAME, ".txt", text)
    return ArticleSource(article.name, {k: editions[k] for k in ("uk", "en", "ru") if k in editions})


def _records(path: Path, bom: int) -> Iterator[ArticleSource]:
    """The articles of an export known to be clean text, one line at a time; line numbers
    as `str.splitlines` counts them, as the whole-file reader does."""
    name = str(path)
    try:
        with path.open("rb") as fh:
            fh.seek(bom)
            yield from _lines(fh, name)
    except OSError as exc:
        yield ArticleSource(name, {}, InputError(name, "cannot be read ({reason})", reason=exc.strerror))


def _lines(fh: BinaryIO, name: str) -> Iterator[ArticleSource]:
    """The articles of a JSON Lines stream, one line at a time; a line that is not UTF-8
    text costs that line only (standard input is not checked through first)."""
    lineno = 0
    found = False
    try:
        for number, raw in enumerate(fh):
            if number == 0 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                lineno += 1
                found = True
                where = f"{name}:{lineno}"
                problem = InputError(where, "is not valid UTF-8 (byte 0x{byte:02x} at offset {offset}); save it as UTF-8",
                                     byte=raw[exc.start], offset=exc.start)
                yield ArticleSource(where, {}, problem)
                continue
            for line in text.splitlines():
                lineno += 1
                if not line.strip():
                    continue
                found = True
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    where = f"{name}:{lineno}"
                    yield ArticleSource(where, {}, InputError(where, "is not a JSON object ({reason})",
                                                              reason=_json_problem(exc)))
                    continue
                yield _export_record(name, lineno, record)
    except OSError as exc:
        yield ArticleSource(name, {}, InputError(name, "cannot be read ({reason})", reason=exc.strerror))
        return
    if not found:
        yield ArticleSource(name, {}, InputError(name, "is empty: no articles in the export"))


def pack(report: ArticleReport) -> bytes:
    """A report as bytes: pickled, then compressed (quickly: it is read back soon)."""
    return zlib.compress(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes) -> ArticleReport:
    """The report `pack` made these bytes of (only ever of bytes this tool wrote)."""
    return pickle.loads(zlib.decompress(blob))


class ReportSequence(Sequence[ArticleReport]):
    """Reports held out of memory, read one at a time by position (`_report`)."""

    def _report(self, index: int) -> ArticleReport:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> ArticleReport: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[ArticleReport]: ...

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._report(index)


class Spool(ReportSequence):
    """The reports of a run in order, for reporters that print one document at the end:
    the first few in memory, the rest pickled and compressed in a temporary file (memory
    holds only their offsets)."""

    def __init__(self, in_memory: int = 64) -> None:
        self._head: list[ArticleReport] = []
        self._limit = in_memory
        self._file: IO[bytes] | None = None
        self._offsets = array("q")

    def append(self, report: ArticleReport) -> None:
        if len(self._head) < self._limit:
            self._head.append(report)
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="i18ncheck-", suffix=".spool")
        blob = pack(report)
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        self._file.write(len(blob).to_bytes(4, "little") + blob)

    def __len__(self) -> int:
        return len(self._head) + len(self._offsets)

    def _report(self, index: int) -> ArticleReport:
        if index < len(self._head):
            return self._head[index]
        assert self._file is not None
        self._file.seek(self._offsets[index - len(self._head)])
        size = int.from_bytes(self._file.read(4), "little")
        return unpack(self._file.read(size))

    def __iter__(self) -> Iterator[ArticleReport]:
        yield from self._head
        for k in range(len(self._offsets)):  # by offset: another reader may have moved the file
            yield self[len(self._head) + k]

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class AtomicOutput:
    """A report file written whole or not at all: the text goes to a temporary file in the
    same folder, renamed over the file by `commit` (`discard` removes it, leaving an earlier
    file untouched). A target that exists and is not a regular file (/dev/null, a FIFO, a
    terminal) is written directly: there is nothing to replace."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.temp: str | None = None
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            self.stream: TextIO = open(path, "w", encoding="utf-8", newline="")
            return
        if os.path.islink(path):  # the file it points to is replaced, not the link
            self.path = os.path.realpath(path)
        folder = os.path.dirname(os.path.abspath(self.path))
        fd, self.temp = tempfile.mkstemp(prefix=f".{os.path.basename(self.path)}.", suffix=".tmp", dir=folder)
        try:
            os.fchmod(fd, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        except (OSError, AttributeError):  # no fchmod (Windows): the temporary file's mode stays
            pass
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        """Close the file and put it in place."""
        self.stream.close()
        if self.temp is not None:
            os.replace(self.temp, self.path)
            self.temp = None

    def discard(self) -> None:
        """Close the file and remove what was written (an earlier file stays as it was)."""
        with contextlib.suppress(OSError):
            self.stream.close()
        if self.temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            self.temp = None


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
