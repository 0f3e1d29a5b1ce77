"""GitHub Actions workflow annotations: one `::error file=...,line=...,col=...,title=CODE::message`
line per finding (`::warning` and `::notice` for the lower severities), for articles and PO
catalogs alike, printed as each article or catalog is checked. GitHub shows them on the
pull request's changed lines and in the run's summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..messages import render
from ..model import ArticleReport, CatalogReport, Finding, Problem
from ..registry import severity_of
from .common import Reporter, line_col

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    """A message as a workflow command's data (percent-encoded newlines)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A value of a workflow command's property (also `:` and `,` encoded)."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, properties: Mapping[str, object]) -> str:
    """One workflow command line."""
    props = ",".join(f"{k}={_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{level} {props}::{_data(message)}" if props else f"::{level}::{_data(message)}"


def _problem(p: Problem, lang: str) -> str:
    return annotation("error", f"{p.path}: {p.text(lang)}", {"file": p.path.partition("#")[0], "title": "i18ncheck"})


def _file(path: str) -> str:
    """The file of an edition: an export's record is located in its export."""
    return path.partition("#")[0]


def _where(report: ArticleReport, f: Finding) -> dict[str, object]:
    """The file, line and column of a finding, in its odd edition when it has words there."""
    langs = [*(lang for lang in f.odd if lang in f.locations), *f.locations]
    for lang in langs:
        info = report.editions.get(lang)
        if info is None:
            continue
        loc = f.locations[lang]
        if "#" in info.path or lang not in report.sources:  # text inside an export: no line of the file
            return {"file": _file(info.path)}
        line, col = line_col(report.sources[lang], loc.start)
        end_line, end_col = line_col(report.sources[lang], max(loc.end, loc.start + 1) - 1)
        where: dict[str, object] = {"file": info.path, "line": line, "col": col}
        if end_line == line:
            where["endColumn"] = end_col + 1
        else:
            where["endLine"] = end_line
        return where
    return {"file": _file(report.article)}


class GithubReporter(Reporter):
    """Annotations for the findings and problems of articles and catalogs."""

    def article(self, report: ArticleReport) -> None:
        self._write(report.problems, [(f, _where(report, f)) for f in report.findings])

    def catalog(self, report: CatalogReport) -> None:
        """At each entry's line."""
        self._write(report.problems, [(f, {"file": report.catalog, "line": entry.line or None})
                                      for f, entry in report.located()])

    def _write(self, problems: Sequence[Problem], findings: Sequence[tuple[Finding, dict[str, object]]]) -> None:
        """Annotations for the problems, then for the findings at their places; printed at once."""
        lines = [_problem(p, self.lang) for p in problems]
        for f, where in findings:
            level = LEVELS[severity_of(f).value]
            lines.append(annotation(level, render(f, self.lang), {**where, "title": f.code}))
        if lines:
            self.stream.write("\n".join(lines) + "\n")
            self.stream.flush()
