"""Find the articles named on the command line and read their editions.

An article is a folder with one file per edition named by language (`uk.*` or `ua.*`,
`en.*`, `ru.*`; `.txt`, `.md` or `.html`), a record of a JSON Lines export (`id` plus
`uk`/`en`/`ru` text), or three files given explicitly. A folder without editions is
searched for article folders below it.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..model import LANGS, Edition, frozen_map
from .decode import decode
from .markup import REDUCERS, View, plain_view

LANG_ALIASES = {"uk": "uk", "ua": "uk", "en": "en", "ru": "ru"}
EXPORT_SUFFIXES = (".jsonl", ".ndjson", ".json")
FORMAT_NAMES = {"txt": ".txt", "text": ".txt", "plain": ".txt", "md": ".md",
                "markdown": ".md", "html": ".html"}
MAX_EDITION_BYTES = 2_000_000  # the default of the `max-edition-bytes` setting: an edition of 2 MB is
# checked in about 10 s under 300 MiB; a 10 MB paragraph would pass a minute and 500 MiB


@dataclass(frozen=True)
class EditionSource:
    """Where an edition comes from: a file, or text inside an export."""

    lang: str
    path: str
    suffix: str
    text: str | None = None
    max_bytes: int = MAX_EDITION_BYTES  # a larger edition is refused, not read


@dataclass(frozen=True)
class ArticleSource:
    """An article to check: its name and its editions; `error` if it cannot be checked."""

    name: str
    editions: Mapping[str, EditionSource]
    error: InputError | None = None


def _edition_files(folder: Path) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for entry in sorted(folder.iterdir()):
        stem, _, suffix = entry.name.partition(".")
        lang = LANG_ALIASES.get(stem.lower())
        if lang and suffix and not entry.is_dir():  # a FIFO or a device is refused when read, not skipped
            found.setdefault(lang, []).append(entry)
    return found


def _folder_article(folder: Path, files: dict[str, list[Path]]) -> ArticleSource:
    editions: dict[str, EditionSource] = {}
    name = str(folder)
    for lang in LANGS:
        paths = files.get(lang, [])
        if len(paths) > 1:
            return ArticleSource(name, {}, InputError(
                name, "has more than one {lang} edition: {files}", lang=lang, files=", ".join(p.name for p in paths)))
        if paths:
            suffix = "." + paths[0].name.partition(".")[2].lower()
            editions[lang] = EditionSource(lang, str(paths[0]), suffix)
    return ArticleSource(name, editions)


def _unreadable(path: str, exc: OSError) -> ArticleSource:
    return ArticleSource(path, {}, InputError(path, "cannot be read ({reason})", reason=exc.strerror))


def _folder_articles(folder: Path) -> Iterator[ArticleSource]:
    try:
        files = _edition_files(folder)
    except OSError as exc:
        yield _unreadable(str(folder), exc)
        return
    if files:
        yield _folder_article(folder, files)
        return
    found = False
    walk_errors: list[OSError] = []
    for root, dirs, _ in os.walk(folder, onerror=walk_errors.append):
        dirs.sort()
        for d in list(dirs):
            sub = Path(root) / d
            try:
                sub_files = _edition_files(sub)
            except OSError as exc:
                found = True
                dirs.remove(d)  # os.walk would only fail on it again
                yield _unreadable(str(sub), exc)
                continue
            if sub_files:
                found = True
                yield _folder_article(sub, sub_files)
    for error in walk_errors:
        found = True
        yield _unreadable(str(error.filename), error)
    if not found:
        yield ArticleSource(str(folder), {}, InputError(
            str(folder), "holds no editions (expected files named uk.*, ua.*, en.* or ru.*)"))


def _export_articles(path: Path) -> Iterator[ArticleSource]:
    name = str(path)
    try:
        text = decode(name, path.read_bytes())
    except OSError as exc:
        yield ArticleSource(name, {}, InputError(name, "cannot be read ({reason})", reason=exc.strerror))
        return
    except InputError as exc:
        yield ArticleSource(name, {}, exc)
        return
    records: list[tuple[int, object]] = []  # (line, record or the InputError it raised)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ArticleSource(name, {}, InputError(name, "is not valid JSON (line {line}: {reason})", line=exc.lineno,
                                                      reason=exc.msg))
            return
        except (ValueError, RecursionError) as exc:
            yield ArticleSource(name, {}, InputError(name, "cannot be parsed as {format} ({reason})", format="JSON",
                                                      reason=_json_problem(exc)))
            return
        items = data if isinstance(data, list) else [data]
        records = [(k + 1, item) for k, item in enumerate(items)]
    else:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((lineno, json.loads(line)))
            except (ValueError, RecursionError) as exc:  # a JSONDecodeError, a 5,000-digit number, deep nesting
                where = f"{name}:{lineno}"
                records.append((lineno, InputError(where, "is not a JSON object ({reason})", reason=_json_problem(exc))))
    if not records:
        yield ArticleSource(name, {}, InputError(name, "is empty: no articles in the export"))
    for lineno, record in records:
        if isinstance(record, InputError):
            yield ArticleSource(record.path, {}, record)
        else:
            yield _export_record(name, lineno, record)


def _json_problem(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "arrays or objects nested too deeply"
    return str(exc).partition(": value has")[0]  # "Exceeds the limit (4300 digits) for integer string conversion"


def _export_record(name: str, lineno: int, record: object) -> ArticleSource:
    where = f"{name}:{lineno}"
    if not isinstance(record, dict):
        return ArticleSource(where, {}, InputError(where, "is not a JSON object"))
    ident = record.get("id", lineno)
    article = f"{name}#{ident}"
    suffix = FORMAT_NAMES.get(str(record.get("format", "txt")).lower())
    if suffix is None:
        return ArticleSource(article, {}, InputError(
            where, "has unknown format {format!r} (expected txt, md or html)", format=record.get("format")))
    editions: dict[str, EditionSource] = {}
    for key, lang in LANG_ALIASES.items():
        if key not in record:
            continue
        value = record[key]
        if not isinstance(value, str):
            return ArticleSource(article, {}, InputError(where, "field {key!r} is not a string", key=key))
        if lang in editions:
            return ArticleSource(article, {}, InputError(where, "has both 'uk' and 'ua' fields"))
        editions[lang] = EditionSource(lang, f"{article}/{lang}", suffix, value)
    if not editions:
        return ArticleSource(article, {}, InputError(where, "has no 'uk', 'en' or 'ru' field"))
    return ArticleSource(article, editions)


def discover(paths: list[str]) -> Iterator[ArticleSource]:
    """The articles named by command-line paths, in the order given. An edition file
    (`uk.md`, `en.html`...) stands for its article folder, checked once however many of
    its editions are named (as pre-commit names changed files)."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_file() and LANG_ALIASES.get(path.name.partition(".")[0].lower()):
            path = path.parent
            raw = str(path)
        if path.is_dir():
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            yield from _folder_articles(path)
        elif path.is_file() and path.suffix.lower() in EXPORT_SUFFIXES:
            yield from _export_articles(path)
        elif path.is_file():
            yield ArticleSource(raw, {}, InputError(
                raw, "is not an article folder, an edition (uk.*, en.*, ru.*) or a JSON Lines "
                     "export; give the folder that holds the editions, or --uk/--en/--ru"))
        elif path.exists():
            yield ArticleSource(raw, {}, InputError(raw, "is not a regular file"))
        else:
            yield ArticleSource(raw, {}, InputError(raw, "does not exist"))


def explicit(files: Mapping[str, str]) -> ArticleSource:
    """One article from files given per language (--uk, --en, --ru)."""
    editions = {}
    for lang, file in files.items():
        suffix = Path(file).suffix.lower() or ".txt"
        editions[lang] = EditionSource(lang, file, suffix)
    common = os.path.commonpath([os.path.abspath(f) for f in files.values()]) if files else ""
    name = os.path.relpath(common) if common and os.path.isdir(common) else "article"
    return ArticleSource(name, editions)


def limited(articles: Iterable[ArticleSource], max_bytes: int) -> Iterator[ArticleSource]:
    """The articles with every edition limited to max_bytes (the `max-edition-bytes` setting)."""
    for article in articles:
        yield replace(article, editions={lang: replace(ed, max_bytes=max_bytes)
                                         for lang, ed in article.editions.items()})


def _too_large(source: EditionSource) -> InputError:
    return InputError(source.path, "is larger than {limit} bytes (the max-edition-bytes setting)",
                      limit=source.max_bytes)


def _read_bytes(source: EditionSource) -> bytes:
    """An edition file's bytes: a regular file no larger than the limit, read without
    blocking (a FIFO is opened non-blocking, then refused) and never past the limit."""
    try:
        fd = os.open(source.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise InputError(source.path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(source.path, "does not exist") from None
    except OSError as exc:
        raise InputError(source.path, "cannot be read ({reason})", reason=exc.strerror) from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(source.path, "is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise InputError(source.path, "is not a regular file")
        try:
            data = fh.read(source.max_bytes + 1)
        except OSError as exc:
            raise InputError(source.path, "cannot be read ({reason})", reason=exc.strerror) from None
    if len(data) > source.max_bytes:
        raise _too_large(source)
    return data


def read_edition(source: EditionSource) -> Edition:
    """Read, decode and reduce one edition; InputError says what is wrong with it."""
    reducer = REDUCERS.get(source.suffix)
    if reducer is None:
        raise InputError(source.path, "has an unknown extension {suffix!r} (expected .txt, .md or .html)",
                         suffix=source.suffix)
    if source.text is None:
        text = decode(source.path, _read_bytes(source))
    else:
        text = source.text
        if len(text) > source.max_bytes or len(text.encode("utf-8", "surrogatepass")) > source.max_bytes:
            raise _too_large(source)
        if "\x00" in text:
            raise InputError(source.path, "holds binary data (NUL characters)")
    try:
        view: View = reducer(text)
    except Exception as exc:  # a reducer must never take the run down
        raise InputError(source.path, "cannot be parsed as {format} ({reason})", format=source.suffix[1:],
                         reason=str(exc)) from None
    if not view.blocks:
        raise InputError(source.path, "is empty (no text)")
    if reducer is plain_view:
        return Edition(source.lang, source.path, text, text, view.blocks)
    return Edition(source.lang, source.path, text, view.text, view.blocks, view.starts,
                   view.ends, frozen_map(view.suppressed))
