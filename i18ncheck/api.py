"""The library entry point: check articles and get reports, no printing, no exit codes."""

from __future__ import annotations

import contextlib
import functools
import itertools
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .baseline import Recorded
from .config import Config
from .errors import UsageError
from .model import LANGS, ArticleReport, Problem, RunReport, frozen_map
from .parallel import RUN, can_fork, ordered_imap
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
    first = list(itertools.islice(tasks, RUN + 1))  # no more than one run of work: no workers
    tasks = itertools.chain(first, tasks)
    timeout = config.article_timeout if config is not None else None
    if scheduler:
        try:
            from .cluster import cluster_map
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'i18ncheck[dask]'") from None

        yield from cluster_map(functools.partial(check_batch, timeout=timeout), tasks, scheduler, passthrough=_reused,
                               terms=config.terms if config else None)
    elif jobs > 1 and len(first) > RUN and can_fork():
        yield from ordered_imap(functools.partial(_check_one, timeout=timeout), tasks, jobs, passthrough=_reused,
                                before_fork=warm_up)
    else:
        warm = not timeout  # under a budget, the dictionaries load before the first article's clock starts
        for task in tasks:
            if isinstance(task, Reuse):
                yield task
                continue
            if not warm:
                warm_up()
                warm = True
            yield _check_one(task, timeout)


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
    from . import pipeline

    editions = {lang: EditionSource(lang, f"warm-up/{lang}.txt", ".txt", text) for lang, text in _WARM_UP.items()}
    pipeline.check_article(ArticleSource("warm-up", frozen_map(editions)))


def check_batch(batch: Sequence[ArticleSource], timeout: float | None = None) -> list[ArticleReport]:
    """Check a few articles (the task a cluster's worker runs)."""
    return [_check_one(source, timeout) for source in batch]


class _OutOfTime(BaseException):
    """The article's time budget ran out (a BaseException: no `except Exception` in the
    pipeline may swallow it)."""


def _out_of_time(signum: int, frame: object) -> None:
    raise _OutOfTime


@contextlib.contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """Raise _OutOfTime in the block after `seconds` (SIGALRM: the main thread of a process
    on a system with setitimer; elsewhere, as in a Dask worker's threads, no limit). The
    alarm repeats every _REPEAT seconds until it is heard: one raised where Python ignores
    exceptions (a __del__) is not lost, and is not printed."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    hook = sys.unraisablehook
    sys.unraisablehook = lambda raised: None if isinstance(raised.exc_value, _OutOfTime) else hook(raised)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = hook


_REPEAT = 0.05  # seconds between alarms once the budget is spent


def _check_one(source: ArticleSource, timeout: float | None = None) -> ArticleReport:
    try:
        with _budget(timeout):
            return check_article(source)
    except _OutOfTime:
        seconds = f"{timeout:g}"
        return ArticleReport(source.name, frozen_map(), (), problems=(
            Problem(source.name, f"could not be checked within {seconds} s (the article-timeout setting)",
                    _n("could not be checked within {seconds} s (the article-timeout setting)"),
                    frozen_map({"seconds": seconds})),))
    except Exception as exc:
        return ArticleReport(source.name, frozen_map(), (), problems=(
            Problem(source.name, f"could not be checked: internal error {type(exc).__name__}: {exc}",
                    _n("could not be checked: internal error {error}"),
                    frozen_map({"error": f"{type(exc).__name__}: {exc}"})),))


def configured(report: ArticleReport, config: Config | None, baseline: frozenset[str] = frozenset()) -> ArticleReport:
    """A report with the configuration applied: checks selected or ignored, severities
    overridden, findings recorded in the baseline dropped, missing editions noted (and a
    problem when fewer than `min-editions` are given, or a `languages` edition is missing)."""
    config = config or Config()
    recorded = Recorded(baseline, report.article)
    findings = config.apply(report.findings, lambda f: not recorded(f))
    missing = tuple(lang for lang in report.missing if lang in config.languages)
    problems = report.problems if report.problems else _edition_problems(report, config)
    return replace(report, findings=findings, missing=missing, problems=problems)


def _edition_problems(report: ArticleReport, config: Config) -> tuple[Problem, ...]:
    """An article checked without enough editions to compare is bad input, not clean."""
    given = [lang for lang in LANGS if lang not in report.missing]
    if not report.editions:  # nothing was read (an input error is reported instead)
        return ()
    absent = [lang for lang in config.required if lang in report.missing]
    if absent:
        langs = ", ".join(absent)
        return (Problem(report.article, f"has no {langs} edition, which the languages setting requires",
                        _n("has no {langs} edition, which the languages setting requires"),
                        frozen_map({"langs": langs})),)
    if len(given) < config.min_editions:
        langs = ", ".join(given)
        return (Problem(report.article, f"has only {len(given)} edition ({langs}): nothing to compare it with "
                                        f"(the min-editions setting asks for {config.min_editions})",
                        _n("has only {count} edition ({langs}): nothing to compare it with "
                           "(the min-editions setting asks for {min})"),
                        frozen_map({"count": len(given), "langs": langs, "min": config.min_editions})),)
    return ()


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
