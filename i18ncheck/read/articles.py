"""Find the articles named on the command line and read their editions.

An article is a folder with one file per edition named by language (`uk.*` or `ua.*`,
`en.*`, `ru.*`; `.txt`, `.md` or `.html`), a record of a JSON Lines export (`id` plus
`uk`/`en`/`ru` text), or three files given explicitly. A folder without editions is
searched for article folders below it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from ..errors import InputError
from ..model import LANGS, Edition, frozen_map
from .decode import decode
from .markup import REDUCERS, View, plain_view

LANG_ALIASES = {"uk": "uk", "ua": "uk", "en": "en", "ru": "ru"}
EXPORT_SUFFIXES = (".jsonl", ".ndjson", ".json")
FORMAT_NAMES = {"txt": ".txt", "text": ".txt", "plain": ".txt", "md": ".md",
                "markdown": ".md", "html": ".html"}


@dataclass(frozen=True)
class EditionSource:
    """Where an edition comes from: a file, or text inside an export."""

    lang: str
    path: str
    suffix: str
    text: str | None = None


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
        if lang and suffix and entry.is_file():
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


def _folder_articles(folder: Path) -> Iterator[ArticleSource]:
    files = _edition_files(folder)
    if files:
        yield _folder_article(folder, files)
        return
    found = False
    for root, dirs, _ in os.walk(folder):
        dirs.sort()
        for d in list(dirs):
            sub = Path(root) / d
            sub_files = _edition_files(sub)
            if sub_files:
                found = True
                yield _folder_article(sub, sub_files)
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
        items = data if isinstance(data, list) else [data]
        records = [(k + 1, item) for k, item in enumerate(items)]
    else:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                where = f"{name}:{lineno}"
                records.append((lineno, InputError(where, "is not a JSON object ({reason})", reason=exc.msg)))
    if not records:
        yield ArticleSource(name, {}, InputError(name, "is empty: no articles in the export"))
    for lineno, record in records:
        if isinstance(record, InputError):
            yield ArticleSource(record.path, {}, record)
        else:
            yield _export_record(name, lineno, record)


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


def read_edition(source: EditionSource) -> Edition:
    """Read, decode and reduce one edition; InputError says what is wrong with it."""
    reducer = REDUCERS.get(source.suffix)
    if reducer is None:
        raise InputError(source.path, "has an unknown extension {suffix!r} (expected .txt, .md or .html)",
                         suffix=source.suffix)
    if source.text is None:
        try:
            data = Path(source.path).read_bytes()
        except IsADirectoryError:
            raise InputError(source.path, "is a folder, not a file") from None
        except FileNotFoundError:
            raise InputError(source.path, "does not exist") from None
        except OSError as exc:
            raise InputError(source.path, "cannot be read ({reason})", reason=exc.strerror) from None
        text = decode(source.path, data)
    else:
        text = source.text
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
