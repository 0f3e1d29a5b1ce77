"""Work shared among forked processes: the workers inherit the items and the function
(nothing is pickled on the way in, and whatever the parent loaded before the fork, such
as the dictionaries, is shared), and the results come back in the items' order."""

from __future__ import annotations

import os
from typing import Any, Callable, Iterator, Sequence


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


_JOB: list[tuple[Callable[[Any], Any], Sequence[Any]]] = []  # what a forked worker reads


def _run(index: int) -> Any:
    work, items = _JOB[0]
    return work(items[index])


def forked_map(work: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> Iterator[Any]:
    """`work` applied to every item by up to `jobs` forked processes, in order."""
    import multiprocessing

    _JOB[:] = [(work, items)]
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
            yield from pool.imap(_run, range(len(items)))
    finally:
        _JOB.clear()
