"""Reports of PO catalogs in the article formats. JSON Lines prints one object per catalog
(schema `i18ncheck/po-report@1`); JSON one document for the run; SARIF locates each finding
at the entry's line; JUnit has a testsuite per catalog and a testcase per check."""

from __future__ import annotations

import json
import os
from typing import Any, Sequence, TextIO
from xml.etree import ElementTree as ET

from rich.console import Console
from rich.text import Text

from .. import __version__
from ..messages import render, translate
from ..model import CatalogReport, PoFinding, Severity
from ..registry import PO_CHECKS, get, severity_of
from .common import SEVERITIES

SCHEMA = "i18ncheck/po-report@1"
RUN_SCHEMA = "i18ncheck/po-run@1"
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def finding_dict(f: PoFinding, lang: str = "en") -> dict[str, Any]:
    """A finding as the po-report schema describes it (plus the raw arguments)."""
    return {"code": f.code, "kind": get(f.code).kind, "severity": severity_of(f).value,
            "confidence": f.confidence, "message": render(f, lang), "msgid": f.msgid, "msgctxt": f.msgctxt, "line": f.line,
            "odd": list(f.odd), "args": dict(f.args)}


def catalog_dict(r: CatalogReport, lang: str = "en") -> dict[str, Any]:
    out: dict[str, Any] = {"schema": SCHEMA, "catalog": r.catalog, "language": r.language, "entries": r.entries,
                           "findings": [finding_dict(f, lang) for f in r.findings]}
    if r.problems:
        out["problems"] = [{"path": p.path, "message": p.text(lang)} for p in r.problems]
    return out


def _counts(r: CatalogReport) -> dict[str, int]:
    row = {s: 0 for s in SEVERITIES}
    for f in r.findings:
        row[severity_of(f).value] += 1
    return row


class PoReporter:
    """Base: collects catalogs; `finish` writes the document."""

    def __init__(self, stream: TextIO, lang: str = "en", color: bool | None = None) -> None:
        self.stream = stream
        self.lang = lang
        self.color = color

    def catalog(self, report: CatalogReport) -> None:
        """Nothing to print per catalog, unless the format streams."""

    def finish(self, reports: Sequence[CatalogReport]) -> None:
        raise NotImplementedError


class JsonLines(PoReporter):
    def catalog(self, report: CatalogReport) -> None:
        self.stream.write(json.dumps(catalog_dict(report, self.lang), ensure_ascii=False) + "\n")
        self.stream.flush()

    def finish(self, reports: Sequence[CatalogReport]) -> None:
        pass


class Json(PoReporter):
    def finish(self, reports: Sequence[CatalogReport]) -> None:
        by_code: dict[str, int] = {}
        for r in reports:
            for f in r.findings:
                by_code[f.code] = by_code.get(f.code, 0) + 1
        doc = {"schema": RUN_SCHEMA,
               "summary": {"catalogs": len(reports), "entries": sum(r.entries for r in reports),
                           "findings": sum(by_code.values()), "by_code": dict(sorted(by_code.items())),
                           "problems": sum(len(r.problems) for r in reports)},
               "catalogs": [catalog_dict(r, self.lang) for r in reports]}
        json.dump(doc, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


class TextReport(PoReporter):
    """Each catalog's findings with line, code and message, then a summary."""

    def __init__(self, stream: TextIO, lang: str = "en", color: bool | None = None) -> None:
        super().__init__(stream, lang, color)
        no_color = color is False or "NO_COLOR" in os.environ
        self.console = Console(file=stream, no_color=no_color, highlight=False, emoji=False,
                               force_terminal=True if color else None, soft_wrap=True)

    def catalog(self, report: CatalogReport) -> None:
        if not report.findings and not report.problems:
            return
        c = self.console
        entries = translate("entries: {n}", self.lang).format(n=report.entries)
        c.print(Text(f"{report.catalog}", style="bold") + Text(f"  ({report.language or '?'}, {entries})", style="dim"))
        for p in report.problems:
            c.print(Text(f"  {p.path}: {p.text(self.lang)}", style="red"))
        for f in report.findings:
            level = severity_of(f)
            line = Text(f"  {report.catalog}:{f.line}  ", style="dim")
            line.append(f.code + " ", style="bold")
            line.append(translate(level.value, self.lang), style=_STYLE[level])
            line.append(f" {f.confidence:.2f}  ", style="dim")
            line.append(render(f, self.lang))
            c.print(line)
            context = f"[{f.msgctxt}] " if f.msgctxt else ""
            c.print(Text(f"      msgid: {context}{_one_line(f.msgid)}", style="dim"))
        c.print()

    def finish(self, reports: Sequence[CatalogReport]) -> None:
        counts = {s: sum(_counts(r)[s] for r in reports) for s in SEVERITIES}
        problems = sum(len(r.problems) for r in reports)
        parts = [translate("catalogs checked: {n}", self.lang).format(n=len(reports)),
                 translate("entries: {n}", self.lang).format(n=sum(r.entries for r in reports)),
                 translate("errors: {n}", self.lang).format(n=counts["error"]),
                 translate("warnings: {n}", self.lang).format(n=counts["warning"]),
                 translate("notes: {n}", self.lang).format(n=counts["info"])]
        if problems:
            parts.append(translate("input problems: {n}", self.lang).format(n=problems))
        style = "bold red" if counts["error"] or problems else "bold green"
        self.console.print(Text(", ".join(parts), style=style))


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Markdown(PoReporter):
    def finish(self, reports: Sequence[CatalogReport]) -> None:
        from .markdown import escape, heading

        t = lambda text: translate(text, self.lang)  # noqa: E731
        w = self.stream.write
        w("## i18ncheck: " + t("catalogs") + f": {len(reports)}\n\n")
        w("| " + t("catalog") + " | " + t("language") + " | " + t("entries") + " | "
          + " | ".join(t(s) for s in SEVERITIES) + " |\n")
        w("|---|---|---:|" + "---:|" * len(SEVERITIES) + "\n")
        for r in reports:
            row = _counts(r)
            w(f"| {escape(r.catalog)} | {r.language or '—'} | {r.entries} | "
              + " | ".join(str(row[s]) for s in SEVERITIES) + " |\n")
        for r in reports:
            if not heading(w, r.catalog, r.problems, bool(r.findings), self.lang):
                continue
            w("| " + t("line") + " | " + t("code") + " | " + t("severity") + " | " + t("message")
              + " | msgid |\n|---:|---|---|---|---|\n")
            for f in r.findings:
                w(f"| {f.line} | {f.code} | {t(severity_of(f).value)} {f.confidence:.2f} | {escape(render(f, self.lang))} | "
                  f"{escape(_one_line(f.msgid, 120))} |\n")


class Sarif(PoReporter):
    def finish(self, reports: Sequence[CatalogReport]) -> None:
        from .sarif import _LEVEL, SCHEMA_URI, rules

        from ..registry import CHECKS

        index = {c.code: i for i, c in enumerate(CHECKS)}
        results = []
        for r in reports:
            for f in r.findings:
                results.append({
                    "ruleId": f.code, "ruleIndex": index[f.code], "level": _LEVEL[severity_of(f).value],
                    "message": {"text": render(f, self.lang)},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": r.catalog},
                                                        "region": {"startLine": f.line}}}],
                    "partialFingerprints": {"i18ncheck/po/v1": "|".join(
                        [f.code, r.language, f.msgctxt or "", f.msgid, json.dumps(dict(f.args), ensure_ascii=False,
                                                                                  sort_keys=True)])},
                    "rank": round(100 * f.confidence, 1),
                    "properties": {"msgid": f.msgid, "msgctxt": f.msgctxt, "language": r.language,
                                   "confidence": f.confidence, "args": dict(f.args)},
                })
        doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [{
            "tool": {"driver": {"name": "i18ncheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rules(self.lang)}},
            "results": results}]}
        json.dump(doc, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


class Junit(PoReporter):
    def finish(self, reports: Sequence[CatalogReport]) -> None:
        root = ET.Element("testsuites", name="i18ncheck po")
        totals = {"tests": 0, "failures": 0, "errors": 0}
        for r in reports:
            suite = ET.SubElement(root, "testsuite", name=r.catalog)
            tests = failures = 0
            if r.problems:
                case = ET.SubElement(suite, "testcase", name="input", classname=r.catalog)
                err = ET.SubElement(case, "error", message=r.problems[0].text(self.lang), type="bad-input")
                err.text = "\n".join(f"{p.path}: {p.text(self.lang)}" for p in r.problems)
                tests += 1
                totals["errors"] += 1
            for check in PO_CHECKS if not r.problems else ():
                found = [f for f in r.findings if f.code == check.code]
                case = ET.SubElement(suite, "testcase", name=f"{check.code} {check.slug}", classname=r.catalog)
                tests += 1
                if found:
                    failures += 1
                    lines = [f"{r.catalog}:{f.line}: [{severity_of(f).value} {f.confidence:.2f}] {render(f, self.lang)} — "
                             f"{_one_line(f.msgid, 80)}" for f in found]
                    failure = ET.SubElement(case, "failure", message=lines[0][:200], type=check.kind)
                    failure.text = "\n".join(lines)
            suite.set("tests", str(tests))
            suite.set("failures", str(failures))
            suite.set("errors", str(int(bool(r.problems))))
            totals["tests"] += tests
            totals["failures"] += failures
        for k, v in totals.items():
            root.set(k, str(v))
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")


class Html(PoReporter):
    def finish(self, reports: Sequence[CatalogReport]) -> None:
        from .html import _environment, _script

        script, script_hash = _script()
        kinds: dict[str, int] = {}
        for r in reports:
            for f in r.findings:
                kinds[get(f.code).kind] = kinds.get(get(f.code).kind, 0) + 1
        catalogs = [{"path": r.catalog, "anchor": f"catalog-{n}", "language": r.language, "entries": r.entries,
                     "counts": _counts(r), "problems": [{"path": p.path, "message": p.text(self.lang)}
                                                        for p in r.problems],
                     "findings": [finding_dict(f, self.lang) for f in r.findings]}
                    for n, r in enumerate(reports, 1)]
        self.stream.write(_environment().get_template("po.html.j2").render(
            lang=self.lang, t=lambda text: translate(text, self.lang), version=__version__, severities=SEVERITIES,
            totals={s: sum(c["counts"][s] for c in catalogs) for s in SEVERITIES}, kinds=kinds,
            catalogs=catalogs, script=script, script_hash=script_hash))


FORMATS = {"text": TextReport, "json": Json, "jsonl": JsonLines, "html": Html, "markdown": Markdown,
           "sarif": Sarif, "junit": Junit}


def make(name: str, stream: TextIO, lang: str = "en", color: bool | None = None) -> PoReporter:
    """The PO reporter registered under a format name."""
    if name == "github":
        from .github import GithubPoReporter

        return GithubPoReporter(stream, lang, color)  # type: ignore[return-value]
    return FORMATS[name](stream, lang, color)
