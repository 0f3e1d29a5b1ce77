"""Baselines: today's findings recorded, so that a run reports only new ones.

A finding is recognised by its code, its article and the words involved in each edition
(whitespace folded), never by offsets, so edits elsewhere in an article do not bring a
recorded finding back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from .errors import UsageError
from .model import ArticleReport, Finding

SCHEMA = "i18ncheck/baseline@1"


def fingerprint(article: str, f: Finding) -> str:
    """The identity of a finding that survives edits elsewhere in the article."""
    words = sorted(f"{lang}={' '.join(loc.text.split())}" for lang, loc in f.locations.items())
    return "\x1f".join([f.code, article, *words])


def write(reports: Iterable[ArticleReport], path: str) -> int:
    """Record every finding of a run; the number recorded."""
    entries = [{"article": r.article, "code": f.code, "fingerprint": fingerprint(r.article, f)}
               for r in reports for f in r.findings]
    Path(path).write_text(json.dumps({"schema": SCHEMA, "findings": entries}, ensure_ascii=False, indent=1)
                          + "\n", encoding="utf-8")
    return len(entries)


def read(path: str) -> frozenset[str]:
    """The fingerprints recorded in a baseline file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError("{file}: cannot read the baseline ({reason})", file=path, reason=str(exc)) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise UsageError("{file}: not an i18ncheck baseline (schema {schema!r} expected)",
                         file=path, schema=SCHEMA)
    return frozenset(e["fingerprint"] for e in data.get("findings", []) if isinstance(e, dict))
