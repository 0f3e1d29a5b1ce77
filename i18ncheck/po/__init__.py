"""gettext PO catalogs: each translated entry checked msgid against msgstr with the article
engine (numbers, dates and names by value) plus the checks software strings need
(placeholders, plural forms, verbatim references, unchanged and English text); and, with
`compare`, the Ukrainian and Russian catalogs of one program checked against each other."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from ..config import Config
from ..errors import InputError, problem_of
from ..model import CatalogReport
from .catalog import Catalog, read
from .checks import check_entry
from .compare import compare_catalogs


def check_catalog(catalog: Catalog) -> CatalogReport:
    """Every finding of one parsed catalog, in file order."""
    findings = [f for entry in catalog.entries for f in check_entry(entry, catalog)]
    return CatalogReport(catalog.path, catalog.language, len(catalog.entries), tuple(findings))


def check_files(paths: Iterable[str], include_fuzzy: bool = False, compare: bool = False) -> Iterator[CatalogReport]:
    """Check catalogs one by one (and against each other with `compare`); a catalog that
    cannot be read becomes a report with a problem, and the others are still checked."""
    catalogs: list[Catalog] = []
    reports: list[CatalogReport] = []
    for path in paths:
        try:
            catalog = read(path, include_fuzzy)
        except InputError as exc:
            reports.append(CatalogReport(path, "", 0, (), (problem_of(exc),)))
            continue
        catalogs.append(catalog)
        reports.append(check_catalog(catalog))
    if compare:
        reports = compare_catalogs(catalogs, reports)
    yield from reports


def configured(report: CatalogReport, config: Config | None) -> CatalogReport:
    """A report with the configuration applied: checks selected or ignored, severities overridden."""
    if config is None:
        return report
    findings = []
    for f in report.findings:
        if not config.enabled(f.code):
            continue
        level = config.severity.get(f.code)
        findings.append(replace(f, severity=level) if level else f)
    return replace(report, findings=tuple(findings))


__all__ = ["Catalog", "check_catalog", "check_files", "compare_catalogs", "configured", "read"]
