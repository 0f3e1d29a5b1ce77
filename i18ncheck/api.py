"""The library entry point: check articles and get reports, no printing, no exit codes."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator, Mapping

from .baseline import fingerprint
from .config import Config
from .model import ArticleReport, Problem, RunReport, frozen_map
from .parallel import can_fork, forked_map
from .pipeline import check_article
from .registry import _n
from .read import ArticleSource, EditionSource, discover, explicit


def sources(paths: Iterable[str] = (), files: Mapping[str, str] | None = None) -> Iterator[ArticleSource]:
    """The articles named by paths (folders, exports) and by explicit per-language files."""
    if files:
        yield explicit(files)
    yield from discover(list(paths))


def iter_check(articles: Iterable[ArticleSource], config: Config | None = None,
               baseline: frozenset[str] = frozenset(), jobs: int = 1) -> Iterator[ArticleReport]:
    """Check articles in order; an unexpected failure in one does not stop the others.
    With `jobs` > 1 the articles are shared among forked worker processes (the reports
    still come in the order of the articles)."""
    reports: Iterable[ArticleReport]
    if jobs > 1 and can_fork():
        reports = _parallel(list(articles), jobs)
    else:
        reports = (_check_one(source) for source in articles)
    for report in reports:
        yield configured(report, config, baseline) if config or baseline else report


def _check_one(source: ArticleSource) -> ArticleReport:
    try:
        return check_article(source)
    except Exception as exc:  # the error boundary for one article
        return ArticleReport(source.name, frozen_map(), (), problems=(
            Problem(source.name, f"could not be checked: internal error {type(exc).__name__}: {exc}",
                    _n("could not be checked: internal error {error}"),
                    frozen_map({"error": f"{type(exc).__name__}: {exc}"})),))


def _parallel(sources: list[ArticleSource], jobs: int) -> Iterator[ArticleReport]:
    """Reports of articles checked by `jobs` forked processes, in the articles' order. The
    dictionaries and the gazetteer are loaded before the fork, so the workers share them."""
    if len(sources) < 2:
        yield from (_check_one(source) for source in sources)
        return
    from .facts.morph import analyser
    from .facts.names import gazetteer

    gazetteer()
    analyser("uk")
    analyser("ru")
    yield from forked_map(_check_one, sources, jobs)


def configured(report: ArticleReport, config: Config | None, baseline: frozenset[str] = frozenset()) -> ArticleReport:
    """A report with the configuration applied: checks selected or ignored, severities
    overridden, findings recorded in the baseline dropped, missing editions noted."""
    config = config or Config()
    findings = config.apply(report.findings, lambda f: fingerprint(report.article, f) not in baseline)
    missing = tuple(lang for lang in report.missing if lang in config.languages)
    return replace(report, findings=findings, missing=missing)


def check(paths: Iterable[str] = (), files: Mapping[str, str] | None = None,
          config: Config | None = None) -> RunReport:
    """Check every article named and return the run's report."""
    return RunReport(tuple(iter_check(sources(paths, files), config)))


def check_texts(texts: Mapping[str, str], name: str = "article", fmt: str = "txt") -> ArticleReport:
    """Check editions held in memory: {"uk": text, "en": text, "ru": text}."""
    suffix = "." + fmt
    editions = {lang: EditionSource(lang, f"{name}/{lang}{suffix}", suffix, text)
                for lang, text in texts.items()}
    return check_article(ArticleSource(name, frozen_map(editions)))
