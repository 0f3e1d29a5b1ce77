"""Markdown for a pull-request or CMS comment: a summary table, then a table of findings
per article with each edition's words (per PO catalog: with each entry's line and msgid).
Article and catalog text is escaped: it can neither break the tables nor become markup."""

from __future__ import annotations

import re

from ..messages import render, translate
from ..model import ArticleReport, CatalogReport, CatalogRun, RunReport
from ..registry import severity_of
from .common import (
    SEVERITIES,
    Reporter,
    counts,
    editions,
    finding_view,
    one_line,
    severity_counts,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def escape(text: str) -> str:
    """Text made inert for a Markdown table cell."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text) or "—"


def heading(w, name: str, problems, has_findings: bool, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """A section's heading, its input problems, or "no findings"; is a table to follow?"""
    w(f"\n### {escape(name)}\n\n")
    for p in problems:
        w("- **" + translate("input problem", lang) + f"**: {escape(p.path)}: {escape(p.text(lang))}\n")
    if not has_findings and not problems:
        w(translate("no findings", lang) + "\n")
    return has_findings


class MarkdownReporter(Reporter):
    """Collects the run and writes one document at the end."""

    def t(self, text: str) -> str:
        """A message in the report's language."""
        return translate(text, self.lang)

    def finish_articles(self, run: RunReport) -> None:
        t = self.t
        per = counts(run)
        w = self.stream.write
        w("## i18ncheck: " + t("articles") + f": {len(run.articles)}\n\n")
        w("| " + t("article") + " | " + " | ".join(t(s) for s in SEVERITIES) + " | " + t("missing") + " |\n")
        w("|---|" + "---:|" * len(SEVERITIES) + "---|\n")
        for r in run.articles:
            w(f"| {escape(r.article)} | " + " | ".join(str(per[r.article][s]) for s in SEVERITIES)
              + f" | {', '.join(r.missing) or '—'} |\n")
        for r in run.articles:
            self._article(r)

    def _article(self, r: ArticleReport) -> None:
        t, w = self.t, self.stream.write
        if not heading(w, r.article, r.problems, bool(r.findings), self.lang):
            return
        eds = editions(r)
        w("| " + t("code") + " | " + t("severity") + " | " + t("message") + " | " + " | ".join(eds) + " |\n")
        w("|---|---|---|" + "---|" * len(eds) + "\n")
        for f in r.findings:
            v = finding_view(f, self.lang)
            cells = []
            for ed in eds:
                word = escape(v["words"].get(ed, "")) if v["words"].get(ed) else "—"
                cells.append(f"**{word}**" if ed in v["odd"] and v["words"].get(ed) else word)
            w(f"| {v['code']} | {t(v['severity'])} {v['confidence']:.2f} | {escape(v['message'])} | "
              + " | ".join(cells) + " |\n")

    def finish_catalogs(self, run: CatalogRun) -> None:
        t, w = self.t, self.stream.write
        w("## i18ncheck: " + t("catalogs") + f": {len(run.catalogs)}\n\n")
        w("| " + t("catalog") + " | " + t("language") + " | " + t("entries") + " | "
          + " | ".join(t(s) for s in SEVERITIES) + " |\n")
        w("|---|---|---:|" + "---:|" * len(SEVERITIES) + "\n")
        for r in run.catalogs:
            row = severity_counts(r.findings)
            w(f"| {escape(r.catalog)} | {r.language or '—'} | {r.entries} | "
              + " | ".join(str(row[s]) for s in SEVERITIES) + " |\n")
        for r in run.catalogs:
            self._catalog(r)

    def _catalog(self, r: CatalogReport) -> None:
        t, w = self.t, self.stream.write
        if not heading(w, r.catalog, r.problems, bool(r.findings), self.lang):
            return
        w("| " + t("line") + " | " + t("code") + " | " + t("severity") + " | " + t("message")
          + " | msgid |\n|---:|---|---|---|---|\n")
        for f, entry in r.located():
            w(f"| {entry.line} | {f.code} | {t(severity_of(f).value)} {f.confidence:.2f} | "
              f"{escape(render(f, self.lang))} | {escape(one_line(entry.msgid, 120))} |\n")
