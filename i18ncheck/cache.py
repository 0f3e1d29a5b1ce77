"""A cache on disk for tables that are slow to build and never change between runs (the
gazetteer with its lemmatised names, the common English words): built once, then loaded
in milliseconds. The key holds the package version and a digest of everything the table
is built from, so a change to the data or to a dictionary rebuilds it.

The folder is $I18NCHECK_CACHE_DIR, else $XDG_CACHE_HOME/i18ncheck, else ~/.cache/i18ncheck;
I18NCHECK_NO_CACHE=1 turns the cache off. A folder that cannot be written, or a file that
cannot be read, only means the table is built again: the cache is never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import __version__


def folder() -> Path | None:
    """Where cached tables live, or None when caching is off."""
    if os.environ.get("I18NCHECK_NO_CACHE"):
        return None
    explicit = os.environ.get("I18NCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "i18ncheck"


def package_sources(files: Iterable[str], dists: Iterable[str] = ()) -> list[bytes | str]:
    """What a table is built from, as `cached` takes it: files of the package (code and
    data, by path inside it: "facts/names.py", "data/entities.toml") and the versions of
    the distributions it reads."""
    from importlib import metadata, resources

    root = resources.files("i18ncheck")
    out: list[bytes | str] = []
    for name in files:
        out.append(root.joinpath(name).read_bytes())
    for dist in dists:
        try:
            out.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            out.append(f"{dist} ?")
    return out


def cached(name: str, sources: Iterable[str | bytes], build: Callable[[], Any]) -> Any:
    """The table `name`: loaded from the cache when its sources are unchanged, else built
    (and stored for next time)."""
    digest = hashlib.sha256(__version__.encode())
    for part in sources:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\x00")
    where = folder()
    path = where / f"{name}-{digest.hexdigest()[:20]}.pickle" if where else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            pass
    table = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as tmp:
                pickle.dump(table, tmp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp.name, path)
            for old in path.parent.glob(f"{name}-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return table
