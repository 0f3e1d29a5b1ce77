"""A self-contained HTML diff report: a summary, then each article in three aligned
columns with every finding highlighted at its exact words (each PO catalog: a table of its
findings by entry). Jinja2 with autoescape: text from articles and catalogs never becomes
markup."""

from __future__ import annotations

import base64
import hashlib
from typing import Any, cast

from .. import __version__
from ..messages import translate
from ..model import ArticleReport, CatalogReport, CatalogRun, RunReport, Span
from .common import (
    SEVERITIES,
    Piece,
    Reporter,
    counts,
    editions,
    finding_view,
    group_of,
    kind_counts,
    kinds,
    pieces,
    problem_dicts,
    severity_counts,
)
from .json_report import finding_dict


def _environment():  # type: ignore[no-untyped-def]
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("i18ncheck", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def _script() -> tuple[str, str]:
    """The page's one script (the filters) and its hash for the Content-Security-Policy,
    which allows that script and nothing else to run."""
    from importlib.resources import files

    source = files("i18ncheck").joinpath("templates/report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return source, f"sha256-{digest}"


def article_view(r: ArticleReport, lang: str, n: int = 1) -> dict[str, Any]:
    """What the template shows of one article."""
    eds = editions(r)
    findings = [finding_view(f, lang) for f in r.findings]
    by_group: dict[int | None, list[int]] = {}
    for i, f in enumerate(r.findings):
        by_group.setdefault(group_of(r, f), []).append(i)
    groups = []
    for gi, g in enumerate(r.alignment):
        cells: dict[str, list[Piece] | None] = {}
        for ed in eds:
            span = g.views.get(ed)
            if span is None:
                cells[ed] = None
                continue
            marks = cast("list[tuple[Span, int, bool]]",
                         [(f.locations[ed].view, i, ed in f.odd) for i, f in enumerate(r.findings)
                          if ed in f.locations and f.locations[ed].view is not None])
            cells[ed] = pieces(r.views[ed], span, marks)
        groups.append({"index": gi + 1, "confidence": g.confidence, "cells": cells,
                       "findings": by_group.get(gi, [])})
    return {
        "name": r.article, "anchor": f"article-{n}",
        "editions": [{"lang": ed, "path": r.editions[ed].path, "language": r.editions[ed].language}
                     for ed in eds],
        "missing": list(r.missing), "problems": problem_dicts(r.problems, lang),
        "findings": findings, "loose": by_group.get(None, []), "groups": groups,
        "kinds": sorted({f["kind"] for f in findings}),
    }


def catalog_view(r: CatalogReport, lang: str, n: int = 1) -> dict[str, Any]:
    """What the template shows of one catalog."""
    return {"path": r.catalog, "anchor": f"catalog-{n}", "language": r.language, "entries": r.entries,
            "counts": severity_counts(r.findings),
            "problems": problem_dicts(r.problems, lang),
            "findings": [finding_dict(f, lang) for f in r.findings]}


class HtmlReporter(Reporter):
    """Collects the run and writes one page at the end."""

    def finish_articles(self, run: RunReport) -> None:
        per_article = counts(run)
        self._page("report.html.j2", kinds=kinds(run),
                   totals={s: sum(c[s] for c in per_article.values()) for s in SEVERITIES},
                   articles=[dict(article_view(r, self.lang, n), counts=per_article[r.article])
                             for n, r in enumerate(run.articles, 1)])

    def finish_catalogs(self, run: CatalogRun) -> None:
        catalogs = [catalog_view(r, self.lang, n) for n, r in enumerate(run.catalogs, 1)]
        self._page("po.html.j2", kinds=kind_counts(f for r in run.catalogs for f in r.findings),
                   totals={s: sum(c["counts"][s] for c in catalogs) for s in SEVERITIES}, catalogs=catalogs)

    def _page(self, template: str, **values: Any) -> None:
        """Write a page of the template with the values every page has: the script, the
        version, the language and its translations, the severities."""
        script, script_hash = _script()
        self.stream.write(_environment().get_template(template).render(
            script=script, script_hash=script_hash, version=__version__, lang=self.lang,
            t=lambda text: translate(text, self.lang), severities=SEVERITIES, **values))
