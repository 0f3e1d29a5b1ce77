"""JUnit XML for CI dashboards: a testsuite per article, a testcase per check code, and a
failure carrying the findings of each code that found something."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..messages import render
from ..model import RunReport
from ..registry import ARTICLE_CHECKS, severity_of
from .common import DocumentReporter


class JunitReporter(DocumentReporter):
    """Collects the run and writes one XML document at the end."""

    def finish(self, run: RunReport) -> None:
        root = ET.Element("testsuites", name="i18ncheck")
        total_tests = total_failures = total_errors = 0
        for r in run.articles:
            suite = ET.SubElement(root, "testsuite", name=r.article)
            failures = 0
            if r.problems:
                case = ET.SubElement(suite, "testcase", name="input", classname=r.article)
                error = ET.SubElement(case, "error", message=r.problems[0].text(self.lang), type="bad-input")
                error.text = "\n".join(f"{p.path}: {p.text(self.lang)}" for p in r.problems)
                total_errors += 1
            checked = ARTICLE_CHECKS if r.editions else ()  # an article that could not be read ran no checks
            for check in checked:
                found = [f for f in r.findings if f.code == check.code]
                case = ET.SubElement(suite, "testcase", name=f"{check.code} {check.slug}", classname=r.article)
                if found:
                    failures += 1
                    lines = [f"[{severity_of(f).value} {f.confidence:.2f}] {render(f, self.lang)} (odd: {', '.join(f.odd)})"
                             for f in found]
                    failure = ET.SubElement(case, "failure", message=lines[0][:200], type=check.kind)
                    failure.text = "\n".join(lines)
            tests = len(checked) + bool(r.problems)
            suite.set("tests", str(tests))
            suite.set("failures", str(failures))
            suite.set("errors", str(int(bool(r.problems))))
            total_tests += tests
            total_failures += failures
        root.set("tests", str(total_tests))
        root.set("failures", str(total_failures))
        root.set("errors", str(total_errors))
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode"))
        self.stream.write("\n")
