"""What the reporters share: the base every format extends, findings by group, highlighted
text pieces, counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from ..messages import render
from ..model import (
    LANGS,
    ArticleReport,
    CatalogReport,
    CatalogRun,
    Finding,
    Problem,
    Report,
    RunReport,
    Span,
)
from ..registry import CHECKS, _n, get, severity_of

SEVERITIES = ("error", "warning", "info")
# Severity names are looked up by value; marked here so that they reach the catalogs.
_SEVERITY_WORDS = (_n("error"), _n("warning"), _n("info"))


class Reporter:
    """Writes a run's reports, of articles or of PO catalogs: `add` as each is checked,
    `finish` once with the whole run. A format overrides what it writes for each kind;
    what it does not override writes nothing."""

    def __init__(self, stream: TextIO, lang: str = "en") -> None:
        self.stream = stream
        self.lang = lang

    def add(self, report: Report) -> None:
        """Write what the format prints as soon as a report comes."""
        if isinstance(report, CatalogReport):
            self.catalog(report)
        else:
            self.article(report)

    def finish(self, run: RunReport | CatalogRun) -> None:
        """Write what the format prints when the run ends."""
        if isinstance(run, CatalogRun):
            self.finish_catalogs(run)
        else:
            self.finish_articles(run)

    def article(self, report: ArticleReport) -> None:
        """Nothing to print per article (a document is written at the end)."""

    def catalog(self, report: CatalogReport) -> None:
        """Nothing to print per catalog (a document is written at the end)."""

    def finish_articles(self, run: RunReport) -> None:
        """Nothing to print at the end of a run of articles."""

    def finish_catalogs(self, run: CatalogRun) -> None:
        """Nothing to print at the end of a run of catalogs."""


@dataclass(frozen=True)
class Piece:
    """A stretch of an edition's text, highlighted when findings cover it."""

    text: str
    findings: tuple[int, ...] = ()  # indices into the article's findings
    odd: bool = False


def group_of(report: ArticleReport, f: Finding) -> int | None:
    """The alignment group a finding belongs to (by its recorded group, else by its spans)."""
    if f.group is not None and f.group < len(report.alignment):
        return f.group
    for gi, g in enumerate(report.alignment):
        for lang, loc in f.locations.items():
            span = g.views.get(lang)
            view = loc.view
            if span is not None and view is not None and span.start <= view.start < max(span.end, span.start + 1):
                return gi
    return None


def pieces(text: str, span: Span, marks: list[tuple[Span, int, bool]]) -> list[Piece]:
    """The text of a span cut at the highlighted stretches (overlapping ones merged)."""
    out: list[Piece] = []
    pos = span.start
    inside = sorted((max(s.start, span.start), min(max(s.end, s.start + 1), span.end), i, odd)
                    for s, i, odd in marks if s.start < span.end and max(s.end, s.start + 1) > span.start)
    merged: list[list] = []
    for start, end, i, odd in inside:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(i)
            merged[-1][3] = merged[-1][3] or odd
        else:
            merged.append([start, end, [i], odd])
    for start, end, idx, odd in merged:
        if start > pos:
            out.append(Piece(text[pos:start]))
        out.append(Piece(text[start:end] or "⁁", tuple(idx), odd))
        pos = max(pos, end)
    if pos < span.end:
        out.append(Piece(text[pos:span.end]))
    return out


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings by severity."""
    row = {s: 0 for s in SEVERITIES}
    for f in findings:
        row[severity_of(f).value] += 1
    return row


def counts(run: RunReport) -> dict[str, dict[str, int]]:
    """Findings per article by severity."""
    return {r.article: severity_counts(r.findings) for r in run.articles}


def kind_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per kind, kinds in the order they first come."""
    found: dict[str, int] = {}
    for f in findings:
        kind = get(f.code).kind
        found[kind] = found.get(kind, 0) + 1
    return found


def kinds(run: RunReport) -> dict[str, int]:
    """Findings per kind in a run of articles, kinds in registry order."""
    found = kind_counts(f for _, f in all_findings(run))
    order = list(dict.fromkeys(c.kind for c in CHECKS))
    return {k: found[k] for k in order if k in found}


def finding_view(f: Finding, lang: str) -> dict:
    """What a template shows of a finding."""
    check = get(f.code)
    return {"code": f.code, "kind": check.kind, "severity": severity_of(f).value,
            "confidence": f.confidence, "message": render(f, lang), "odd": list(f.odd), "slug": check.slug,
            "words": {l: loc.text for l, loc in f.locations.items()}}


def problem_dicts(problems: Iterable[Problem], lang: str) -> list[dict[str, str]]:
    """Input problems as the JSON schemas and the HTML pages show them."""
    return [{"path": p.path, "message": p.text(lang)} for p in problems]


def one_line(text: str, limit: int = 160) -> str:
    """Text on one line, shortened to `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def editions(report: ArticleReport) -> list[str]:
    return [lang for lang in LANGS if lang in report.views]


def line_col(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of an offset."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def all_findings(run: RunReport) -> Iterable[tuple[ArticleReport, Finding]]:
    for r in run.articles:
        for f in r.findings:
            yield r, f
