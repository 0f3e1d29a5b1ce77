"""The library entry point: check articles and get reports, no printing, no exit codes."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .baseline import fingerprint
from .config import Config
from .errors import UsageError
from .model import ArticleReport, Problem, RunReport, frozen_map
from .parallel import can_fork, ordered_imap
from .pipeline import check_article
from .read import ArticleSource, EditionSource
from .registry import _n
from .stream import sources as _stream

if TYPE_CHECKING:
    from .store import Store


def sources(paths: Iterable[str] = (), files: Mapping[str, str] | None = None) -> Iterator[ArticleSource]:
    """The articles named by paths (folders, exports) and by explicit per-language files."""
    yield from _stream(list(paths), files)


def iter_check(articles: Iterable[ArticleSource], config: Config | None = None,
               baseline: frozenset[str] = frozenset(), jobs: int = 1, store: Store | None = None,
               scheduler: str | None = None) -> Iterator[ArticleReport]:
    """Check articles in order, one after another (memory stays flat however many there
    are); an unexpected failure in one does not stop the others. With `jobs` > 1 the
    articles are shared among forked worker processes, with `scheduler` (`tcp://HOST:PORT`
    or `local:N`) among the workers of a Dask cluster; the reports still come in the order
    of the articles. With a `store`, an article whose report is stored under the same key
    (its text, the code, the configuration) is not checked again, and the run is recorded."""
    run = store.start(config, baseline) if store is not None else None
    keys: deque[str | None] = deque()  # of the articles handed to the checkers, in order

    def tasks() -> Iterator[ArticleSource | Reuse]:
        for source in articles:
            key = run.key(source) if run is not None else None
            keys.append(key)
            yield Reuse(key) if key is not None and store is not None and store.has(key) else source

    for result in _checked(tasks(), jobs, scheduler, config):
        key = keys.popleft()
        if isinstance(result, Reuse):
            assert store is not None and run is not None
            report = store.get(result.key)
            if report is None:  # gone since it was looked up: the store was pruned meanwhile
                raise UsageError("{file}: a stored report vanished during the run", file=store.path)
            run.add(key)
            yield report
            continue
        report = configured(result, config, baseline) if config or baseline else result
        if run is not None:
            run.add(key, report)
        yield report
    if run is not None:
        run.finish()


@dataclass(frozen=True)
class Reuse:
    """An article whose report is in the store under `key`: nothing to check."""

    key: str


def _checked(tasks: Iterator[ArticleSource | Reuse], jobs: int, scheduler: str | None,
             config: Config | None) -> Iterator[ArticleReport | Reuse]:
    """The reports of the articles among tasks, in order; a Reuse comes back as it is."""
    first = list(itertools.islice(tasks, 2))
    tasks = itertools.chain(first, tasks)
    if scheduler:
        try:
            from .cluster import cluster_map
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'i18ncheck[dask]'") from None

        yield from cluster_map(check_batch, tasks, scheduler, passthrough=_reused,
                               terms=config.terms if config else None)
    elif jobs > 1 and len(first) > 1 and can_fork():
        yield from ordered_imap(_check_one, tasks, jobs, passthrough=_reused, before_fork=warm_up)
    else:
        yield from (task if isinstance(task, Reuse) else _check_one(task) for task in tasks)


def _reused(task: object) -> bool:
    return isinstance(task, Reuse)


# A tiny article of our own, checked once to load everything a check touches.
_WARM_UP = {
    "uk": "У вівторок у Львові відкрили 12 нових шкіл.",
    "en": "On Tuesday, 12 new schools opened in Lviv.",
    "ru": "Во вторник во Львове открыли 12 новых школ.",
}


def warm_up() -> None:
    """Load the dictionaries, the gazetteer and the language profiles now, by checking a
    tiny article (before forking, so that the workers share them; or on a new worker)."""
    check_texts(_WARM_UP, "warm-up")


def check_batch(batch: Sequence[ArticleSource]) -> list[ArticleReport]:
    """Check a few articles (the task a cluster's worker runs)."""
    return [_check_one(source) for source in batch]


def _check_one(source: ArticleSource) -> ArticleReport:
    try:
        return check_article(source)
    except Exception as exc:  # noqa: BLE001 - the error boundary for one article
        return ArticleReport(source.name, frozen_map(), (), problems=(
            Problem(source.name, f"could not be checked: internal error {type(exc).__name__}: {exc}",
                    _n("could not be checked: internal error {error}"),
                    frozen_map({"error": f"{type(exc).__name__}: {exc}"})),))


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
