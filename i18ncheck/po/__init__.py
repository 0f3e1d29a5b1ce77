"""gettext PO catalogs: each translated entry checked msgid against msgstr with the article
engine (numbers, dates and names by value) plus the checks software strings need
(placeholders, plural forms, verbatim references, unchanged and English text); and, with
`compare`, the Ukrainian and Russian catalogs of one program checked against each other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..config import Config
from ..errors import InputError, problem_of
from ..model import CatalogReport, Finding, frozen_map
from ..parallel import can_fork, forked_map
from .catalog import Catalog, read
from .checks import check_entry
from .compare import compare_catalogs

_PARALLEL_FROM = 1500  # entries: below this, starting a second process costs more than it saves


def check_catalog(catalog: Catalog, jobs: int = 1) -> CatalogReport:
    """Every finding of one parsed catalog, in file order; a large catalog is split among
    `jobs` processes (forked, so nothing is loaded twice before the split)."""
    entries = catalog.entries
    if jobs > 1 and len(entries) >= _PARALLEL_FROM and can_fork():
        findings = _parallel(catalog, jobs)
    else:
        findings = [f for entry in entries for f in check_entry(entry, catalog)]
    return CatalogReport(catalog.path, catalog.language, len(entries), tuple(findings))


def _chunk(catalog: Catalog, bounds: tuple[int, int]) -> list[tuple]:  # type: ignore[type-arg]
    return [(f.code, f.odd, dict(f.args), f.entry)
            for entry in catalog.entries[bounds[0]:bounds[1]] for f in check_entry(entry, catalog)]


def _parallel(catalog: Catalog, jobs: int) -> list[Finding]:
    n = len(catalog.entries)
    cuts = [n * k // jobs for k in range(jobs + 1)]
    parts = forked_map(lambda bounds: _chunk(catalog, bounds), list(zip(cuts, cuts[1:])), jobs)
    return [Finding(code, odd, frozen_map(args), entry=entry) for part in parts for code, odd, args, entry in part]


def check_files(paths: Iterable[str], include_fuzzy: bool = False, compare: bool = False,
                jobs: int = 1) -> Iterator[CatalogReport]:
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
        reports.append(check_catalog(catalog, jobs))
    if compare:
        reports = compare_catalogs(catalogs, reports)
    from ..confidence import po_confidence

    for report in reports:
        yield replace(report, findings=tuple(replace(f, confidence=po_confidence(f.code)) for f in report.findings))


def configured(report: CatalogReport, config: Config | None) -> CatalogReport:
    """A report with the configuration applied: checks selected or ignored, severities overridden."""
    return report if config is None else replace(report, findings=config.apply(report.findings))


__all__ = ["Catalog", "check_catalog", "check_files", "compare_catalogs", "configured", "read"]
