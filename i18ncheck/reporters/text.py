"""Terminal output for an editor: each finding with its code, what differs, and the
editions' words side by side (for a PO catalog: the entry's line and msgid). Colour only on
a terminal and never when NO_COLOR is set; article and catalog text is always added as
plain text, never parsed as markup."""

from __future__ import annotations

import os
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..messages import render, translate
from ..model import (
    ArticleReport,
    CatalogReport,
    CatalogRun,
    Finding,
    Location,
    Problem,
    RunReport,
    Severity,
    Span,
)
from ..registry import severity_of
from .common import Reporter, group_of, line_col, one_line, severity_counts

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_CONTEXT = 70


def excerpt(view: str, loc: Location, style: str) -> Text:
    """The words around a location (in the edition's plain text), highlighted, on one line."""
    span = loc.view or Span(loc.start, loc.end)
    start = max(0, span.start - _CONTEXT)
    end = min(len(view), span.end + _CONTEXT)
    before = view[start:span.start].rsplit("\n", 1)[-1]
    middle = view[span.start:span.end]
    after = view[span.end:end].split("\n", 1)[0]
    if len(before) == _CONTEXT and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if len(after) == _CONTEXT and " " in after:
        after = after[:after.rindex(" ")] + "…"
    text = Text(" ".join(before.split()) + (" " if before[-1:].isspace() else ""))
    text.append(" ".join(middle.split()), style=style)
    text.append((" " if after[:1].isspace() else "") + " ".join(after.split()))
    return text


def _context(report: ArticleReport, f: Finding, lang: str) -> Text:
    """For an edition without words of its own in a finding: its aligned text, dimmed."""
    gi = group_of(report, f)
    span = report.alignment[gi].views.get(lang) if gi is not None else None
    if span is None or lang not in report.views:
        return Text("—", style="dim")
    words = " ".join(report.views[lang][span.start:span.end].split())
    if len(words) > 2 * _CONTEXT:
        words = words[:2 * _CONTEXT].rsplit(" ", 1)[0] + "…"
    return Text(words, style="dim")


class TextReporter(Reporter):
    """Prints findings article by article (or catalog by catalog), then a summary."""

    def __init__(self, stream: TextIO, lang: str = "en", color: bool | None = None) -> None:
        super().__init__(stream, lang)
        no_color = color is False or "NO_COLOR" in os.environ
        is_tty = hasattr(stream, "isatty") and stream.isatty()
        width = None if is_tty else max(100, int(os.environ.get("COLUMNS", "0") or 0))
        self.console = Console(file=stream, no_color=no_color, highlight=False, emoji=False,
                               force_terminal=True if color else None, width=width,
                               soft_wrap=False)

    def article(self, report: ArticleReport) -> None:
        if not report.findings and not report.missing and not report.problems:
            return
        c = self.console
        head = Text(report.article, style="bold")
        if report.missing:
            head.append("  " + translate("missing edition:", self.lang) + " " + ", ".join(report.missing),
                        style="dim")
        c.print(head)
        for p in report.problems:
            c.print(_problem(p, self.lang))
        for f in report.findings:
            self._finding(report, f)
        c.print()

    def catalog(self, report: CatalogReport) -> None:
        """A catalog's findings at their entries' lines; long lines are not wrapped."""
        if not report.findings and not report.problems:
            return
        entries = translate("entries: {n}", self.lang).format(n=report.entries)
        self._line(Text(f"{report.catalog}", style="bold")
                   + Text(f"  ({report.language or '?'}, {entries})", style="dim"))
        for p in report.problems:
            self._line(_problem(p, self.lang))
        for f, entry in report.located():
            self._line(headline(Text(f"  {report.catalog}:{entry.line}  ", style="dim"), f, self.lang))
            context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
            self._line(Text(f"      msgid: {context}{one_line(entry.msgid)}", style="dim"))
        self.console.print()

    def _line(self, text: Text) -> None:
        """Print a line of a catalog's report as it is, however long."""
        self.console.print(text, soft_wrap=True)

    def _finding(self, report: ArticleReport, f: Finding) -> None:
        where = ""
        for lang in f.odd:
            loc = f.locations.get(lang)
            if loc is not None and lang in report.sources:
                line, col = line_col(report.sources[lang], loc.start)
                where = f"{report.editions[lang].path}:{line}:{col}"
                break
        head = Text("  ")
        head.append(where + "  " if where else "", style="dim")
        self.console.print(headline(head, f, self.lang))
        table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), expand=False, show_edge=False)
        cells = []
        for lang in ("uk", "en", "ru"):
            if lang not in report.editions:
                continue
            odd = lang in f.odd
            title = lang + (" ◀ " + translate("odd", self.lang) if odd else "")
            table.add_column(Text(title, style="bold red" if odd else "bold"), ratio=1, overflow="fold")
            loc = f.locations.get(lang)
            if loc is None or lang not in report.views:
                cells.append(_context(report, f, lang))
            else:
                cells.append(excerpt(report.views[lang], loc, "bold red" if odd else "bold green"))
        table.add_row(*cells)
        self.console.print(table)

    def finish_articles(self, run: RunReport) -> None:
        found = severity_counts(f for r in run.articles for f in r.findings)
        flagged = sum(bool(r.findings) for r in run.articles)
        missing = sum(len(r.missing) for r in run.articles if r.editions)
        head = [translate("articles checked: {n}", self.lang).format(n=len(run.articles)),
                translate("with findings: {n}", self.lang).format(n=flagged)]
        tail = [translate("editions missing: {n}", self.lang).format(n=missing)] if missing else []
        self.console.print(self._summary(head, found, tail, sum(len(r.problems) for r in run.articles)))

    def finish_catalogs(self, run: CatalogRun) -> None:
        found = severity_counts(f for r in run.catalogs for f in r.findings)
        head = [translate("catalogs checked: {n}", self.lang).format(n=len(run.catalogs)),
                translate("entries: {n}", self.lang).format(n=sum(r.entries for r in run.catalogs))]
        self._line(self._summary(head, found, [], sum(len(r.problems) for r in run.catalogs)))

    def _summary(self, head: list[str], found: dict[str, int], tail: list[str], problems: int) -> Text:
        """The run's summary line: what was checked, findings by severity, what is missing."""
        parts = [*head,
                 translate("errors: {n}", self.lang).format(n=found["error"]),
                 translate("warnings: {n}", self.lang).format(n=found["warning"]),
                 translate("notes: {n}", self.lang).format(n=found["info"]),
                 *tail]
        if problems:
            parts.append(translate("input problems: {n}", self.lang).format(n=problems))
        style = "bold red" if found["error"] or problems else "bold green"
        return Text(", ".join(parts), style=style)


def _problem(p: Problem, lang: str) -> Text:
    return Text(f"  {p.path}: {p.text(lang)}", style="red")


def headline(prefix: Text, f: Finding, lang: str) -> Text:
    """A finding's first line: where it is (`prefix`), its code, severity, confidence and message."""
    level = severity_of(f)
    prefix.append(f.code + " ", style="bold")
    prefix.append(translate(level.value, lang), style=_STYLE[level])
    prefix.append(f" {f.confidence:.2f}  ", style="dim")
    prefix.append(render(f, lang))
    return prefix
