"""Work shared among forked processes: the workers inherit the items and the function
(nothing is pickled on the way in, and whatever the parent loaded before the fork, such
as the dictionaries, is shared), and the results come back in the items' order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any


def jobs_default() -> int:
    """Worker processes for many articles or a large catalog: $I18NCHECK_JOBS, else the
    machine's cores."""
    value = os.environ.get("I18NCHECK_JOBS", "")
    if not value:
        return os.cpu_count() or 1
    return max(1, int(value)) if value.isdigit() else 1


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _worker_init() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the pool: no traceback from workers
    (a terminal sends SIGINT to the whole process group)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


_JOB: list[tuple[Callable[[Any], Any], Sequence[Any]]] = []  # what a forked worker reads


def _run(index: int) -> Any:
    work, items = _JOB[0]
    return work(items[index])


def forked_map(work: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> Iterator[Any]:
    """`work` applied to every item by up to `jobs` forked processes, in order."""
    import multiprocessing

    _JOB[:] = [(work, items)]
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(items)), _worker_init) as pool:
            yield from pool.imap(_run, range(len(items)))
    finally:
        _JOB.clear()


RUN = 8  # consecutive items a worker takes at a time (neighbours share sentences, and so caches)


def _each(work: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    return [work(item) for item in items]


def ordered_imap(work: Callable[[Any], Any], items: Iterable[Any], jobs: int, *,
                 passthrough: Callable[[Any], bool] = lambda item: False,
                 before_fork: Callable[[], None] | None = None, ahead: int | None = None,
                 run: int = RUN) -> Iterator[Any]:
    """`work` applied to items read one after another by up to `jobs` forked processes, in
    order, with at most `ahead` runs in flight (memory stays flat however many items come).
    A worker takes `run` consecutive items at a time: neighbouring articles (the editions of
    one story checked again, a day's articles) share sentences, and so the worker's caches.
    Items for which `passthrough` is true are not worked on and come back as they are. The
    pool is forked at the first item that needs work, after `before_fork` (loading the
    dictionaries, so that the workers share them)."""
    import multiprocessing
    from collections import deque

    ahead = ahead or 4 * jobs
    window: deque[tuple[bool, Any]] = deque()  # (pending?, handle of a run's results, or an item)
    pool = None
    todo: list[Any] = []

    def send() -> None:
        nonlocal pool
        if pool is None:
            if before_fork is not None:
                before_fork()
            pool = multiprocessing.get_context("fork").Pool(jobs, _worker_init)
        window.append((True, pool.apply_async(_each, (work, list(todo)))))
        todo.clear()

    def ready() -> Iterator[Any]:
        while len(window) > ahead or (window and not window[0][0]):
            pending, handle = window.popleft()
            yield from handle.get() if pending else (handle,)

    try:
        for item in items:
            if passthrough(item):
                if todo:
                    send()
                window.append((False, item))
            else:
                todo.append(item)
                if len(todo) >= run:
                    send()
            yield from ready()
        if todo:
            send()
        while window:
            pending, handle = window.popleft()
            yield from handle.get() if pending else (handle,)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
