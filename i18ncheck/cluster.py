"""Checking on a Dask cluster (`dask.distributed`, the `dask` extra): articles go to the
workers in batches, a bounded number of batches in flight; results come back as they
finish and are put back in article order. A worker that dies has its batches re-run
elsewhere by the scheduler; each batch's result is taken once, so nothing is lost or
written twice.

Each worker loads the dictionaries once, when it joins (the `WarmUp` plugin), together
with the run's term base, which travels with the plugin: workers on other machines need
i18ncheck installed, not the term file. Articles of a JSON Lines export carry their text
to the workers; article folders are read by the workers, which need the same paths.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from .errors import UsageError

# A local cluster keeps its developer logs short. With the defaults the scheduler (in this
# process) and the workers keep up to 1,000 entries in each low-level log (transitions,
# events, worker stimuli with the tasks' messages), 10,000 log records, 7,200 monitor
# samples and 100 past computations: memory that keeps growing over the first thousands of
# batches of a run (issue 17). These are diagnostics only; no result depends on them.
_LOCAL_CONFIG = {
    "distributed.admin.low-level-log-length": 50,
    "distributed.admin.log-length": 50,
    "distributed.admin.system-monitor.log-length": 50,
    "distributed.diagnostics.computations.max-history": 5,
    "distributed.diagnostics.erred-tasks.max-history": 5,
}

BATCH = 16  # articles per task: a second or two of work, enough to hide the round trip
_LOADED_TERMS: set[str] = set()  # the term bases this worker process has added to its gazetteer

class WarmUp(WorkerPlugin):
    """Loads the dictionaries, the gazetteer and the run's term base once per worker."""

    def __init__(self, terms: tuple[str, str] | None = None) -> None:
        self.terms = terms  # (file name, text) of the term base, or None
        self.digest = _digest(terms)
        self.name = f"i18ncheck-warm-up-{self.digest or 'plain'}"

    def setup(self, worker: Any) -> None:
        from .api import warm_up

        if self.terms is not None and self.digest not in _LOADED_TERMS:
            from .terms import load_terms

            name, text = self.terms
            with tempfile.TemporaryDirectory(prefix="i18ncheck-terms-") as folder:
                path = Path(folder) / name  # the same name: term ids are made from it
                path.write_text(text, encoding="utf-8")
                load_terms(str(path))
            _LOADED_TERMS.add(self.digest)
        warm_up()


def _digest(terms: tuple[str, str] | None) -> str:
    return hashlib.sha256("\x00".join(terms).encode()).hexdigest()[:16] if terms else ""


def run_batch(work: Callable[[Sequence[Any]], list[Any]], batch: Sequence[Any], terms: str) -> list[Any]:
    """A batch's results, on a worker holding the run's term base and no other."""
    if _LOADED_TERMS != ({terms} if terms else set()):
        raise RuntimeError("this worker holds the term base of another run; restart the workers")
    return work(batch)


def connect(scheduler: str) -> tuple[Client, LocalCluster | None]:
    """A client of the cluster named by `tcp://HOST:PORT`, or of a new `local:N` one."""
    try:
        if scheduler.startswith("local:"):
            count = scheduler.partition(":")[2]
            if not count.isdigit() or not 1 <= int(count) <= 64:
                raise UsageError("--scheduler {value}: expected local:N with N from 1 to 64", value=scheduler)
            with dask.config.set(_LOCAL_CONFIG):  # the workers get the config from their nannies
                cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=logging.ERROR)
                return Client(cluster), cluster
        return Client(scheduler, timeout=os.environ.get("I18NCHECK_SCHEDULER_TIMEOUT", "30s")), None
    except UsageError:
        raise
    except Exception as exc:
        raise UsageError("--scheduler {value}: cannot reach the Dask scheduler ({reason})", value=scheduler,
                         reason=str(exc) or type(exc).__name__) from None


def cluster_map(work: Callable[[Sequence[Any]], list[Any]], tasks: Iterable[Any], scheduler: str, *,
                passthrough: Callable[[Any], bool], terms: str | None = None, batch: int | None = None) -> Iterator[Any]:
    """`work` (a batch of items -> their results) applied on a Dask cluster to the items of
    tasks, in order; items for which `passthrough` is true come back as they are. The
    cluster is reached at the first batch with work (a run that reuses every report from
    the store starts no cluster)."""
    session = _Session(scheduler, terms)
    try:
        yield from _ordered(session, work, tasks, passthrough, batch or BATCH)
    finally:
        session.close()


class _Session:
    """A client of the cluster, connected on first use, with the run's warm-up plugin."""

    def __init__(self, scheduler: str, terms: str | None) -> None:
        self.scheduler = scheduler
        self.terms = terms
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None
        self.digest = ""
        self.ahead = 1  # batches in flight: a few per worker

    def submit(self, work: Callable[[Sequence[Any]], list[Any]], batch: list[Any], key: str) -> Any:
        if self.client is None:
            self.client, self.cluster = connect(self.scheduler)
            terms = self.terms
            payload = (Path(terms).name, Path(terms).read_text(encoding="utf-8-sig")) if terms else None
            plugin = WarmUp(payload)
            self.client.register_plugin(plugin)
            self.digest = plugin.digest
            self.ahead = 2 * max(1, len(self.client.scheduler_info().get("workers", {}))) + 2
        return self.client.submit(run_batch, work, batch, self.digest, key=key)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _ordered(session: _Session, work: Callable[[Sequence[Any]], list[Any]], tasks: Iterable[Any],
             passthrough: Callable[[Any], bool], batch: int) -> Iterator[Any]:
    """Batches submitted as tasks are read, a bounded number in flight; results in order."""
    run = uuid.uuid4().hex[:12]
    done: as_completed | None = None  # made with the first batch: it needs the client
    index_of: dict[Any, int] = {}  # a batch future's key -> its index
    todo_of: dict[int, list[Any]] = {}  # a batch in flight: what it checks (to submit again)
    retried: set[int] = set()
    ready: dict[int, list[Any]] = {}
    waiting: deque[tuple[int, list[Any]]] = deque()  # batches not yet written, in order

    def drain() -> Iterator[Any]:
        while waiting and waiting[0][0] in ready:
            index, items = waiting.popleft()
            results = iter(ready.pop(index))
            for item in items:
                yield item if passthrough(item) else next(results)

    def collect_one() -> None:
        assert done is not None
        future = next(done)
        index = index_of.pop(future.key)
        try:
            ready[index] = future.result()
            del todo_of[index]
        except Exception as exc:
            if index in retried:
                raise UsageError("the Dask cluster could not check a batch of articles ({reason})",
                                 reason=str(exc) or type(exc).__name__) from None
            # once more under a new key: a lost result the client could not gather again
            # (a worker killed while the batch was handed back) is not a failed batch
            retried.add(index)
            again = session.submit(work, todo_of[index], f"i18ncheck-{run}-{index}-again")
            index_of[again.key] = index
            done.add(again)
        finally:
            future.release()

    for index, items in enumerate(_chunks(tasks, batch)):
        todo = [item for item in items if not passthrough(item)]
        if todo:
            future = session.submit(work, todo, f"i18ncheck-{run}-{index}")
            index_of[future.key] = index
            todo_of[index] = todo
            if done is None:
                done = as_completed()
            done.add(future)
        else:
            ready[index] = []
        waiting.append((index, items))
        while len(index_of) >= session.ahead:
            collect_one()
        yield from drain()
    while index_of:
        collect_one()
        yield from drain()
    yield from drain()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
