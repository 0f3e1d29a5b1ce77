"""Baselines: today's findings recorded, so that a run reports only new ones.

A finding is recognised by its code, its article and the words involved in each edition
(whitespace folded), never by offsets, so edits elsewhere in an article do not bring a
recorded finding back. The article is named by a key that does not depend on how its path
was typed: the resolved path (symlinks followed) relative to the baseline file's folder,
with `/` as separator; an export's record keeps its `#id` after its file's key. Baselines
written before these keys (whose articles are named as typed) are still read: their
entries match the article as it was typed, and as resolved from the current folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from .errors import UsageError
from .model import ArticleReport, Finding

SCHEMA = "i18ncheck/baseline@2"
_OLD_SCHEMAS = ("i18ncheck/baseline@1",)


def fingerprint(article: str, f: Finding) -> str:
    """The identity of a finding that survives edits elsewhere in the article."""
    words = sorted(f"{lang}={' '.join(loc.text.split())}" for lang, loc in f.locations.items())
    return "\x1f".join([f.code, article, *words])


def article_key(article: str, root: str | os.PathLike[str] | None) -> str:
    """An article's name as a baseline in the folder `root` records it: its path resolved
    and made relative to root (an export record as `FILE#id`); a name that is no path
    (an article held in memory, standard input) as it is."""
    if root is None:
        return article
    path, hash_, ident = article, "", ""
    if not os.path.exists(path):
        head, sep, tail = article.rpartition("#")
        if not sep or not head or not os.path.exists(head):
            return article
        path, hash_, ident = head, sep, tail
    base = os.path.realpath(root)
    try:
        rel = os.path.relpath(os.path.realpath(path), base)
    except ValueError:  # another drive (Windows)
        rel = os.path.realpath(path)
    return Path(rel).as_posix() + hash_ + ident


class Baseline(frozenset[str]):
    """The fingerprints of a baseline file, and the folder its article keys are relative to."""

    root: str | None = None

    def __new__(cls, fingerprints: Iterable[str] = (), root: str | None = None) -> Self:
        self = super().__new__(cls, fingerprints)
        self.root = root
        return self

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Baseline, (frozenset(self), self.root))


class Recorded:
    """Is a finding of one article in a baseline (under its key, or its name as typed)?"""

    def __init__(self, baseline: frozenset[str], article: str) -> None:
        self.baseline = baseline
        self.names = {article}
        root = getattr(baseline, "root", None)
        if baseline and root is not None:
            self.names.add(article_key(article, root))

    def __call__(self, f: Finding) -> bool:
        return any(fingerprint(name, f) in self.baseline for name in self.names)


def write(reports: Iterable[ArticleReport], path: str) -> int:
    """Record every finding of a run; the number recorded. The file is replaced whole (a
    temporary file beside it, then renamed), never left half-written."""
    from .stream import AtomicOutput

    root = os.path.dirname(os.path.abspath(path))
    entries = []
    for r in reports:
        key = article_key(r.article, root)
        entries += [{"article": key, "code": f.code, "fingerprint": fingerprint(key, f)} for f in r.findings]
    out = AtomicOutput(path)
    try:
        out.stream.write(json.dumps({"schema": SCHEMA, "findings": entries}, ensure_ascii=False, indent=1) + "\n")
    except BaseException:
        out.discard()
        raise
    out.commit()
    return len(entries)


def read(path: str) -> Baseline:
    """The fingerprints recorded in a baseline file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError("{file}: cannot read the baseline ({reason})", file=path, reason=str(exc)) from None
    if not isinstance(data, dict) or data.get("schema") not in (SCHEMA, *_OLD_SCHEMAS):
        raise UsageError("{file}: not an i18ncheck baseline (schema {schema!r} expected)",
                         file=path, schema=SCHEMA)
    root = os.path.dirname(os.path.abspath(path))
    entries = [e for e in data.get("findings", []) if isinstance(e, dict) and isinstance(e.get("fingerprint"), str)]
    found = {e["fingerprint"] for e in entries}
    if data["schema"] in _OLD_SCHEMAS:  # articles named as typed: also under their key, from here
        for e in entries:
            article = e.get("article")
            code, sep, rest = e["fingerprint"].partition("\x1f")
            if isinstance(article, str) and sep and (rest.startswith(article + "\x1f") or rest == article):
                found.add("\x1f".join([code, article_key(article, root), rest[len(article) + 1:]]).rstrip("\x1f"))
    return Baseline(found, root)
