"""The report schemas as JSON (one document per run) and JSON Lines (one report per
article or catalog): `i18ncheck/report@1` and `i18ncheck/run@1` for articles,
`i18ncheck/po-report@1` and `i18ncheck/po-run@1` for PO catalogs."""

from __future__ import annotations

import json
from typing import Any

from ..messages import render
from ..model import (
    ArticleReport,
    CatalogReport,
    CatalogRun,
    Finding,
    Problem,
    RunReport,
)
from ..registry import get, severity_of
from .common import Reporter, problem_dicts

SCHEMA = "i18ncheck/report@1"
RUN_SCHEMA = "i18ncheck/run@1"
PO_SCHEMA = "i18ncheck/po-report@1"
PO_RUN_SCHEMA = "i18ncheck/po-run@1"


def finding_dict(f: Finding, lang: str = "en") -> dict[str, Any]:
    """A finding as the schemas describe it: in a catalog at its entry, in an article with
    each edition's words."""
    entry = {} if f.entry is None else {"msgid": f.entry.msgid, "msgctxt": f.entry.msgctxt, "line": f.entry.line}
    out = {"code": f.code, "kind": get(f.code).kind, "severity": severity_of(f).value, "confidence": f.confidence,
           "message": render(f, lang), **entry, "odd": list(f.odd), "args": dict(f.args)}
    if f.entry is None:
        out["locations"] = {lang_: {"start": loc.start, "end": loc.end, "text": loc.text}
                            for lang_, loc in f.locations.items()}
    return out


def _problems(problems: tuple[Problem, ...], lang: str) -> dict[str, Any]:
    """The problems of a report, as an optional field."""
    return {"problems": problem_dicts(problems, lang)} if problems else {}


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
    return {**out, **_problems(r.problems, lang)}


def catalog_dict(r: CatalogReport, lang: str = "en") -> dict[str, Any]:
    """A catalog's report as the po-report schema describes it."""
    return {"schema": PO_SCHEMA, "catalog": r.catalog, "language": r.language, "entries": r.entries,
            "findings": [finding_dict(f, lang) for f in r.findings], **_problems(r.problems, lang)}


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


def catalog_summary(run: CatalogRun) -> dict[str, Any]:
    """Counts of catalogs, entries, findings by code and problems."""
    by_code: dict[str, int] = {}
    for r in run.catalogs:
        for f in r.findings:
            by_code[f.code] = by_code.get(f.code, 0) + 1
    return {"catalogs": len(run.catalogs), "entries": sum(r.entries for r in run.catalogs),
            "findings": sum(by_code.values()), "by_code": dict(sorted(by_code.items())),
            "problems": sum(len(r.problems) for r in run.catalogs)}


class JsonLinesReporter(Reporter):
    """One report object per line, printed as each article or catalog is checked."""

    def article(self, report: ArticleReport) -> None:
        self._line(article_dict(report, self.lang))

    def catalog(self, report: CatalogReport) -> None:
        self._line(catalog_dict(report, self.lang))

    def _line(self, obj: dict[str, Any]) -> None:
        self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stream.flush()


class JsonReporter(Reporter):
    """One JSON document for the whole run."""

    def finish_articles(self, run: RunReport) -> None:
        self._document({"schema": RUN_SCHEMA, "summary": summary(run),
                        "articles": [article_dict(r, self.lang) for r in run.articles]})

    def finish_catalogs(self, run: CatalogRun) -> None:
        self._document({"schema": PO_RUN_SCHEMA, "summary": catalog_summary(run),
                        "catalogs": [catalog_dict(r, self.lang) for r in run.catalogs]})

    def _document(self, doc: dict[str, Any]) -> None:
        json.dump(doc, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
