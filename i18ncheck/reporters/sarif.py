"""SARIF 2.1.0 for code-scanning tools: rules from the check registry, one result per
finding with the odd edition's file as its location and the others as related locations.
Columns and offsets are Unicode code points (`columnKind: unicodeCodePoints`)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..baseline import fingerprint
from ..messages import render, translate
from ..model import ArticleReport, Location, RunReport
from ..registry import CHECKS
from .common import DocumentReporter, line_col

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
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


def document(run: RunReport, lang: str = "en") -> dict[str, Any]:
    """The run as a SARIF log."""
    from ..registry import severity_of

    index = {c.code: i for i, c in enumerate(CHECKS)}
    results = []
    for r in run.articles:
        for f in r.findings:
            where = [lang_ for lang_ in f.odd if lang_ in f.locations and lang_ in r.editions] or \
                [lang_ for lang_ in f.locations if lang_ in r.editions]
            if not where:
                continue
            primary = where[0]
            related = [_location(r, lang_, loc, n) for n, (lang_, loc) in enumerate(
                (kv for kv in f.locations.items() if kv[0] != primary and kv[0] in r.editions), 1)]
            result: dict[str, Any] = {
                "ruleId": f.code, "ruleIndex": index[f.code], "level": _LEVEL[severity_of(f).value],
                "message": {"text": render(f, lang)},
                "locations": [_location(r, primary, f.locations[primary])],
                "partialFingerprints": {"i18ncheck/v1": fingerprint(r.article, f).replace("\x1f", "|")},
                "rank": round(100 * f.confidence, 1),
                "properties": {"article": r.article, "odd": list(f.odd), "confidence": f.confidence,
                               "args": dict(f.args)},
            }
            if related:
                result["relatedLocations"] = related
            results.append(result)
    return {
        "$schema": SCHEMA_URI, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "i18ncheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rules(lang)}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


class SarifReporter(DocumentReporter):
    """Collects the run and writes one SARIF log at the end."""

    def finish(self, run: RunReport) -> None:
        json.dump(document(run, self.lang), self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
