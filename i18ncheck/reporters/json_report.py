"""Report schema v1 as JSON (one document per run) and JSON Lines (one report per article)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..messages import render
from ..model import ArticleReport, Finding, RunReport
from ..registry import get, severity_of
from .common import DocumentReporter

SCHEMA = "i18ncheck/report@1"
RUN_SCHEMA = "i18ncheck/run@1"


def finding_dict(f: Finding, lang: str = "en") -> dict[str, Any]:
    """A finding as schema v1 describes it."""
    check = get(f.code)
    return {
        "code": f.code,
        "kind": check.kind,
        "severity": severity_of(f).value,
        "confidence": f.confidence,
        "message": render(f, lang),
        "odd": list(f.odd),
        "args": dict(f.args),
        "locations": {lang_: {"start": loc.start, "end": loc.end, "text": loc.text}
                      for lang_, loc in f.locations.items()},
    }


def article_dict(r: ArticleReport, lang: str = "en") -> dict[str, Any]:
    """An article's report as schema v1 describes it."""
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "article": r.article,
        "editions": {code: {"path": e.path, "language": e.language, "confidence": e.confidence}
                     for code, e in r.editions.items()},
        "findings": [finding_dict(f, lang) for f in r.findings],
        "alignment": [
            {**{code: (None if s is None else {"start": s.start, "end": s.end})
                for code, s in g.spans.items()}, "confidence": g.confidence}
            for g in r.alignment
        ],
    }
    if r.missing:
        out["missing"] = list(r.missing)
    if r.problems:
        out["problems"] = [{"path": p.path, "message": p.text(lang)} for p in r.problems]
    return out


def summary(run: RunReport) -> dict[str, Any]:
    """Counts of articles, findings by severity and kind, missing editions and problems."""
    by_severity: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for r in run.articles:
        for f in r.findings:
            check = get(f.code)
            level = severity_of(f).value
            by_severity[level] = by_severity.get(level, 0) + 1
            by_kind[check.kind] = by_kind.get(check.kind, 0) + 1
    return {
        "articles": len(run.articles),
        "findings": sum(by_severity.values()),
        "by_severity": by_severity,
        "by_kind": by_kind,
        "missing_editions": {r.article: list(r.missing) for r in run.articles if r.missing},
        "problems": sum(len(r.problems) for r in run.articles),
    }


class JsonLinesReporter:
    """One report object per line, printed as each article is checked."""

    def __init__(self, stream: TextIO, lang: str = "en") -> None:
        self.stream = stream
        self.lang = lang

    def article(self, report: ArticleReport) -> None:
        self.stream.write(json.dumps(article_dict(report, self.lang), ensure_ascii=False) + "\n")
        self.stream.flush()

    def finish(self, run: RunReport) -> None:
        pass


class JsonReporter(DocumentReporter):
    """One JSON document for the whole run."""

    def finish(self, run: RunReport) -> None:
        doc = {
            "schema": RUN_SCHEMA,
            "summary": summary(run),
            "articles": [article_dict(r, self.lang) for r in run.articles],
        }
        json.dump(doc, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
