"""A newsroom's own term base: names the gazetteer should know, in uk, en and ru.

Two formats:
- CSV with a header naming the columns `uk`, `en`, `ru` (and optionally `id`); several
  spellings in one cell are separated by `|`. Each row is one entity.
- TOML with `[[term]]` tables: `uk`, `en`, `ru` (a string or a list), optional `id`;
  `keep = "Monobank"` declares a do-not-translate term, written alike in every edition.

A bad row is an error naming the file and the line.
"""

from __future__ import annotations

import csv
import io
import tomllib
from pathlib import Path

from .errors import UsageError
from .facts.names import add_terms

Row = tuple[str, dict[str, list[str]]]


def _names(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return [v.strip() for v in value]
    raise UsageError("{file}: names must be a string or a list of strings", file=where)


def read_csv(path: Path, text: str) -> list[Row]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if not {"uk", "en", "ru"} & set(fields):
        raise UsageError("{file}:1: the header must name the columns uk, en and ru", file=path)
    rows: list[Row] = []
    for line, raw in enumerate(reader, start=2):
        row = {k.strip().lower(): (v or "") for k, v in raw.items() if k}
        names = {lang: _names(row.get(lang, ""), f"{path}:{line}") for lang in ("uk", "en", "ru")}
        present = [lang for lang, v in names.items() if v]
        if len(present) < 2:
            raise UsageError("{file}:{line}: a term needs names in at least two of uk, en, ru", file=path, line=line)
        ident = "term:" + (row.get("id") or f"{path.stem}-{line}")
        rows.append((ident, names))
    return rows


def read_toml(path: Path, text: str) -> list[Row]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError("{file}: not valid TOML ({reason})", file=path, reason=str(exc)) from None
    unknown = [k for k in data if k != "term"]
    if unknown:
        raise UsageError("{file}: unknown key {key!r} (expected [[term]] tables)", file=path, key=unknown[0])
    rows: list[Row] = []
    lines = text.splitlines()
    starts = [i + 1 for i, l in enumerate(lines) if l.strip() == "[[term]]"]
    for n, term in enumerate(data.get("term", [])):
        where = f"{path}:{starts[n] if n < len(starts) else '?'}"
        bad = [k for k in term if k not in ("id", "uk", "en", "ru", "keep")]
        if bad:
            raise UsageError("{file}: unknown key {key!r} in a term (expected id, uk, en, ru, keep)", file=where, key=bad[0])
        if "keep" in term:
            keep = _names(term["keep"], where)
            names = {lang: keep for lang in ("uk", "en", "ru")}
        else:
            names = {lang: _names(term[lang], where) for lang in ("uk", "en", "ru") if lang in term}
        if len([v for v in names.values() if v]) < 2:
            raise UsageError("{file}: a term needs names in at least two of uk, en, ru", file=where)
        rows.append(("term:" + str(term.get("id") or f"{path.stem}-{n + 1}"), names))
    return rows


def load_terms(file: str) -> int:
    """Read a term base and add it to the gazetteer; the number of terms read."""
    path = Path(file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("{file}: cannot read the term base ({reason})", file=path, reason=str(exc)) from None
    rows = read_toml(path, text) if path.suffix.lower() == ".toml" else read_csv(path, text)
    add_terms(rows)
    _forget_readings()
    return len(rows)


def _forget_readings() -> None:
    """Drop every memoised reading that looked names up in the gazetteer before these
    terms were in it: a term base loaded after a check must count for the next one."""
    from . import evidence, facts
    from .facts import entities

    for module in (facts, entities, evidence):
        for obj in list(vars(module).values()):
            # the module's own memos only: the gazetteer it imports holds the terms just added
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", None) == module.__name__:
                obj.cache_clear()
