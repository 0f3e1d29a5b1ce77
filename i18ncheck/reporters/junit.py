"""JUnit XML for CI dashboards: a testsuite per article or PO catalog, a testcase per check
code, and a failure carrying the findings of each code that found something."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from ..messages import render
from ..model import CatalogRun, Finding, Problem, RunReport
from ..registry import ARTICLE_CHECKS, PO_CHECKS, Check, severity_of
from .common import Reporter, one_line


class JunitReporter(Reporter):
    """Collects the run and writes one XML document at the end."""

    def finish_articles(self, run: RunReport) -> None:
        root = ET.Element("testsuites", name="i18ncheck")
        for r in run.articles:
            found = [(f.code, f"{self._finding(f)} (odd: {', '.join(f.odd)})") for f in r.findings]
            checked = ARTICLE_CHECKS if r.editions else ()  # an article that could not be read ran no checks
            self._suite(root, r.article, r.problems, checked, found)
        self._write(root)

    def finish_catalogs(self, run: CatalogRun) -> None:
        root = ET.Element("testsuites", name="i18ncheck po")
        for r in run.catalogs:
            found = [(f.code, f"{r.catalog}:{entry.line}: {self._finding(f)} — {one_line(entry.msgid, 80)}")
                     for f, entry in r.located()]
            self._suite(root, r.catalog, r.problems, PO_CHECKS if not r.problems else (), found)
        self._write(root)

    def _finding(self, f: Finding) -> str:
        """A finding's severity, confidence and message."""
        return f"[{severity_of(f).value} {f.confidence:.2f}] {render(f, self.lang)}"

    def _suite(self, root: ET.Element, name: str, problems: Sequence[Problem], checks: Sequence[Check],
               found: Sequence[tuple[str, str]]) -> None:
        """A testsuite: a testcase for the input when it had problems, and one per check
        run, failed with the lines of its findings (`found`: code and line per finding)."""
        suite = ET.SubElement(root, "testsuite", name=name)
        failures = 0
        if problems:
            case = ET.SubElement(suite, "testcase", name="input", classname=name)
            error = ET.SubElement(case, "error", message=problems[0].text(self.lang), type="bad-input")
            error.text = "\n".join(f"{p.path}: {p.text(self.lang)}" for p in problems)
        for check in checks:
            case = ET.SubElement(suite, "testcase", name=f"{check.code} {check.slug}", classname=name)
            lines = [line for code, line in found if code == check.code]
            if lines:
                failures += 1
                failure = ET.SubElement(case, "failure", message=lines[0][:200], type=check.kind)
                failure.text = "\n".join(lines)
        suite.set("tests", str(len(checks) + bool(problems)))
        suite.set("failures", str(failures))
        suite.set("errors", str(int(bool(problems))))

    def _write(self, root: ET.Element) -> None:
        """The document, with the totals of its testsuites."""
        for total in ("tests", "failures", "errors"):
            root.set(total, str(sum(int(suite.get(total, 0)) for suite in root)))
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")
