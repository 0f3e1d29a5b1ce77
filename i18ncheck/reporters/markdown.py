"""Markdown for a pull-request or CMS comment: a summary table, then a table of findings
per article with each edition's words. Article text is escaped: it can neither break the
tables nor become markup."""

from __future__ import annotations

import re

from ..messages import translate
from ..model import ArticleReport, RunReport
from .common import DocumentReporter, SEVERITIES, counts, editions, finding_view

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


class MarkdownReporter(DocumentReporter):
    """Collects the run and writes one document at the end."""

    def finish(self, run: RunReport) -> None:
        t = lambda text: translate(text, self.lang)  # noqa: E731
        per = counts(run)
        w = self.stream.write
        w("## i18ncheck: " + t("articles") + f": {len(run.articles)}\n\n")
        w("| " + t("article") + " | " + " | ".join(t(s) for s in SEVERITIES) + " | " + t("missing") + " |\n")
        w("|---|" + "---:|" * len(SEVERITIES) + "---|\n")
        for r in run.articles:
            w(f"| {escape(r.article)} | " + " | ".join(str(per[r.article][s]) for s in SEVERITIES)
              + f" | {', '.join(r.missing) or '—'} |\n")
        for r in run.articles:
            self._article(r, t)

    def _article(self, r: ArticleReport, t) -> None:  # type: ignore[no-untyped-def]
        w = self.stream.write
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
