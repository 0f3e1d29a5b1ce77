"""Compiled regular expressions kept on disk between runs.

The grammars of numbers, dates and names are large patterns built from the data files;
parsing and optimising them is most of the start-up of a one-article check. A compiled
`regex` pattern pickles with its compiled code, and loads without being parsed again, so
every pattern compiled through `compile` is kept in one file of the disk cache (see
`cache.folder`) and read back by the next run. The key is the pattern text and its flags,
so a changed pattern is simply a new entry; the file is named by the versions of Python
and `regex`, whose compiled code it holds. A file that cannot be read or written only
means the patterns are compiled again.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
from pathlib import Path

import regex

from .cache import folder

_LIMIT = 4000  # entries: beyond this, the file keeps only the patterns of the run that writes it

_store: dict[tuple[str, int], regex.Pattern[str]] | None = None
_used: set[tuple[str, int]] = set()
_added = False


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, from the disk cache when an earlier run compiled it."""
    store = _loaded()
    key = (pattern, int(flags))
    _used.add(key)
    found = store.get(key)
    if found is None:
        global _added
        found = store[key] = regex.compile(pattern, flags)
        _added = True
    return found


def _path() -> Path | None:
    where = folder()
    if where is None:
        return None
    python = "".join(map(str, sys.version_info[:2]))
    return where / f"patterns-py{python}-regex{regex.__version__}.pickle"


def _read(path: Path | None) -> dict[tuple[str, int], regex.Pattern[str]]:
    if path is None or not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            table = pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def _loaded() -> dict[tuple[str, int], regex.Pattern[str]]:
    global _store
    if _store is None:
        _store = _read(_path())
        atexit.register(save)
    return _store


def save() -> None:
    """Write the patterns compiled in this process to the disk cache (at exit), merged with
    what other runs wrote meanwhile."""
    global _added
    path = _path()
    if not _added or _store is None or path is None:
        return
    table = {**_read(path), **_store}
    if len(table) > _LIMIT:
        table = {key: table[key] for key in _used if key in table}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            pickle.dump(table, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        _added = False
    except OSError:
        pass
