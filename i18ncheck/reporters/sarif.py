"""SARIF 2.1.0 for code-scanning tools: rules from the check registry, one result per
finding with the odd edition's file as its location and the others as related locations
(a PO catalog's finding: the catalog at the entry's line). Columns and offsets are Unicode
code points (`columnKind: unicodeCodePoints`)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..baseline import fingerprint
from ..messages import render, translate
from ..model import (
    ArticleReport,
    CatalogReport,
    CatalogRun,
    EntryLocation,
    Finding,
    Location,
    RunReport,
)
from ..registry import CHECKS, severity_of
from .common import Reporter, line_col

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_INDEX = {c.code: i for i, c in enumerate(CHECKS)}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def _region(source: str, loc: Location) -> dict[str, int]:
    start_line, start_col = line_col(source, loc.start)
    end_line, end_col = line_col(source, loc.end)
    return {"startLine": start_line, "startColumn": start_col, "endLine": end_line, "endColumn": end_col,
            "charOffset": loc.start, "charLength": loc.end - loc.start}


def _location(r: ArticleReport, lang: str, loc: Location, ident: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": r.editions[lang].path},
        "region": _region(r.sources.get(lang, ""), loc)}}
    if ident is not None:
        out["id"] = ident
        out["message"] = {"text": f"{lang}: {' '.join(loc.text.split())}"}
    return out


def rules(lang: str = "en") -> list[dict[str, Any]]:
    """The tool's rules, from the registry (not from one run's findings)."""
    return [{
        "id": c.code, "name": c.slug,
        "shortDescription": {"text": translate(c.summary, lang)},
        "fullDescription": {"text": f"{translate(c.summary, lang)} (kind: {c.kind})"},
        "defaultConfiguration": {"level": _LEVEL[c.severity.value]},
        "properties": {"kind": c.kind, "tags": ["translation", c.kind]},
    } for c in CHECKS]


def _result(f: Finding, lang: str, location: dict[str, Any], fingerprints: dict[str, str],
            properties: dict[str, Any]) -> dict[str, Any]:
    """One finding as a SARIF result."""
    return {"ruleId": f.code, "ruleIndex": _INDEX[f.code], "level": _LEVEL[severity_of(f).value],
            "message": {"text": render(f, lang)}, "locations": [location], "partialFingerprints": fingerprints,
            "rank": round(100 * f.confidence, 1), "properties": properties}


def _article_result(r: ArticleReport, f: Finding, lang: str) -> dict[str, Any] | None:
    """A finding located in its odd edition, the other editions' words as related locations."""
    where = [lang_ for lang_ in f.odd if lang_ in f.locations and lang_ in r.editions] or \
        [lang_ for lang_ in f.locations if lang_ in r.editions]
    if not where:
        return None
    primary = where[0]
    result = _result(f, lang, _location(r, primary, f.locations[primary]),
                     {"i18ncheck/v1": fingerprint(r.article, f).replace("\x1f", "|")},
                     {"article": r.article, "odd": list(f.odd), "confidence": f.confidence, "args": dict(f.args)})
    related = [_location(r, lang_, loc, n) for n, (lang_, loc) in enumerate(
        (kv for kv in f.locations.items() if kv[0] != primary and kv[0] in r.editions), 1)]
    if related:
        result["relatedLocations"] = related
    return result


def _catalog_result(r: CatalogReport, f: Finding, entry: EntryLocation, lang: str) -> dict[str, Any]:
    """A finding located at its entry's line."""
    args = json.dumps(dict(f.args), ensure_ascii=False, sort_keys=True)
    return _result(f, lang, {"physicalLocation": {"artifactLocation": {"uri": r.catalog},
                                                  "region": {"startLine": entry.line}}},
                   {"i18ncheck/po/v1": "|".join([f.code, r.language, entry.msgctxt or "", entry.msgid, args])},
                   {"msgid": entry.msgid, "msgctxt": entry.msgctxt, "language": r.language,
                    "confidence": f.confidence, "args": dict(f.args)})


def _log(results: list[dict[str, Any]], lang: str, **run: Any) -> dict[str, Any]:
    """A SARIF log of one run of the tool with these results (and more properties of the run)."""
    return {
        "$schema": SCHEMA_URI, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "i18ncheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rules(lang)}},
            **run,
            "results": results,
        }],
    }


def document(run: RunReport, lang: str = "en") -> dict[str, Any]:
    """A run over articles as a SARIF log."""
    results = [_article_result(r, f, lang) for r in run.articles for f in r.findings]
    return _log([r for r in results if r is not None], lang, columnKind="unicodeCodePoints")


def catalog_document(run: CatalogRun, lang: str = "en") -> dict[str, Any]:
    """A run over PO catalogs as a SARIF log."""
    return _log([_catalog_result(r, f, entry, lang) for r in run.catalogs for f, entry in r.located()], lang)


class SarifReporter(Reporter):
    """Collects the run and writes one SARIF log at the end."""

    def finish_articles(self, run: RunReport) -> None:
        self._write(document(run, self.lang))

    def finish_catalogs(self, run: CatalogRun) -> None:
        self._write(catalog_document(run, self.lang))

    def _write(self, log: dict[str, Any]) -> None:
        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
