"""Terminal output for an editor: each finding with its code, what differs, and the
editions' words side by side. Colour only on a terminal and never when NO_COLOR is set;
article text is always added as plain text, never parsed as markup."""

from __future__ import annotations

import os
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..messages import render, translate
from ..model import ArticleReport, Finding, Location, RunReport, Severity, Span
from ..registry import severity_of
from .common import group_of, line_col

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


class TextReporter:
    """Prints findings article by article, then a summary."""

    def __init__(self, stream: TextIO, lang: str = "en", color: bool | None = None) -> None:
        no_color = color is False or "NO_COLOR" in os.environ
        is_tty = hasattr(stream, "isatty") and stream.isatty()
        width = None if is_tty else max(100, int(os.environ.get("COLUMNS", "0") or 0))
        self.console = Console(file=stream, no_color=no_color, highlight=False, emoji=False,
                               force_terminal=True if color else None, width=width,
                               soft_wrap=False)
        self.lang = lang

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
            c.print(Text(f"  {p.path}: {p.text(self.lang)}", style="red"))
        for f in report.findings:
            self._finding(report, f)
        c.print()

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
        head.append(f.code + " ", style="bold")
        level = severity_of(f)
        head.append(translate(level.value, self.lang), style=_STYLE[level])
        head.append(f" {f.confidence:.2f}  ", style="dim")
        head.append(render(f, self.lang))
        self.console.print(head)
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

    def finish(self, run: RunReport) -> None:
        counts = {s: 0 for s in Severity}
        flagged = 0
        for r in run.articles:
            flagged += bool(r.findings)
            for f in r.findings:
                counts[severity_of(f)] += 1
        problems = sum(len(r.problems) for r in run.articles)
        missing = sum(len(r.missing) for r in run.articles if r.editions)
        parts = [translate("articles checked: {n}", self.lang).format(n=len(run.articles)),
                 translate("with findings: {n}", self.lang).format(n=flagged),
                 translate("errors: {n}", self.lang).format(n=counts[Severity.ERROR]),
                 translate("warnings: {n}", self.lang).format(n=counts[Severity.WARNING]),
                 translate("notes: {n}", self.lang).format(n=counts[Severity.INFO])]
        if missing:
            parts.append(translate("editions missing: {n}", self.lang).format(n=missing))
        if problems:
            parts.append(translate("input problems: {n}", self.lang).format(n=problems))
        style = "bold red" if counts[Severity.ERROR] or problems else "bold green"
        self.console.print(Text(", ".join(parts), style=style))
