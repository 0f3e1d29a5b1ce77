"""Checking on a Dask cluster (issue 17): a real LocalCluster with two worker processes
writes reports byte-identical to `--jobs 1`, also when a worker is killed mid-run; the
run's term base reaches the workers; an unreachable scheduler is exit 2."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from test_store import records, write_export

from i18ncheck import cluster
from i18ncheck.api import iter_check, sources
from i18ncheck.cli import main
from i18ncheck.model import RunReport
from i18ncheck.reporters import make


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    return write_export(tmp_path_factory.mktemp("cluster") / "export.jsonl", records(24))


@pytest.fixture(scope="module")
def serial(export: Path) -> tuple[int, str]:
    return _check(export, "--jobs", "1")


@pytest.fixture(scope="module")
def local_cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            distributed.Client(c) as client:
        yield c, client


def _check(export: Path, *args: str) -> tuple[int, str]:
    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", str(export), "--format", "jsonl", *args])
    return code, out.getvalue()


def _jsonl(reports) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    reporter = make("jsonl", out)
    for r in reports:
        reporter.add(r)
    reporter.finish(RunReport(tuple(reports)))
    return out.getvalue()


def test_a_local_cluster_writes_what_a_serial_run_writes(export: Path, serial) -> None:
    assert _check(export, "--scheduler", "local:2") == serial
    assert serial[0] == 1 and serial[1].count("\n") == 24


def test_a_cluster_at_an_address(export: Path, serial, local_cluster, monkeypatch) -> None:
    monkeypatch.setattr(cluster, "BATCH", 3)
    assert _check(export, "--scheduler", local_cluster[0].scheduler_address) == serial


def test_a_worker_killed_mid_run_loses_and_repeats_nothing(export: Path, serial, local_cluster,
                                                           monkeypatch) -> None:
    cluster_, client = local_cluster
    monkeypatch.setattr(cluster, "BATCH", 2)  # 12 batches, 6 in flight
    before = client.run(os.getpid)
    reports = []
    killed = None
    for report in iter_check(sources([str(export)]), scheduler=cluster_.scheduler_address):
        reports.append(report)
        if killed is None:  # the first time a worker is seen running a batch, kill it
            busy = [addr for addr, keys in client.processing().items() if keys and addr in before]
            if busy:
                killed = before[busy[0]]
                os.kill(killed, signal.SIGKILL)
    assert killed is not None, "no batch was ever seen in flight to lose"
    client.wait_for_workers(2, timeout=60)
    assert killed not in client.run(os.getpid).values()  # the nanny started a new worker
    assert [r.article for r in reports] == [f"{export}#a{k}" for k in range(24)]
    assert _jsonl(reports) == serial[1]


def test_the_term_base_travels_to_the_workers(tmp_path: Path) -> None:
    uk = "Фермери із Зеленого гаю зібрали сто тонн яблук."
    en = "Farmers from Green Grove picked a hundred tonnes of apples."
    export = write_export(tmp_path / "terms.jsonl", [
        {"id": "same", "uk": uk, "en": en, "ru": "Фермеры из Зелёной рощи собрали сто тонн яблок."},
        {"id": "swapped", "uk": uk, "en": en, "ru": "Фермеры из Серебряной рощи собрали сто тонн яблок."}])
    terms = tmp_path / "groves.csv"
    terms.write_text("id,uk,en,ru\ngreen,Зелений гай|Зеленого гаю,Green Grove,Зелёная роща\n"
                     "silver,Срібний гай|Срібного гаю,Silver Grove,Серебряная роща\n", encoding="utf-8")
    serial = _check(export, "--jobs", "1", "--terms", str(terms))
    assert '"EN01"' in serial[1].splitlines()[1] and '"EN01"' not in serial[1].splitlines()[0]
    assert _check(export, "--scheduler", "local:1", "--terms", str(terms)) == serial


def test_an_unreachable_scheduler_is_exit_2(export: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("I18NCHECK_SCHEDULER_TIMEOUT", "1s")
    code = main(["check", str(export), "--scheduler", "tcp://127.0.0.1:9", "-f", "jsonl"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach the Dask scheduler" in err and "Traceback" not in err
    assert main(["check", str(export), "--scheduler", "local:x"]) == 2


def _scheduler_log(dask_scheduler) -> int:  # type: ignore[no-untyped-def]
    return dask_scheduler.transition_log.maxlen


def _worker_log(dask_worker) -> int:  # type: ignore[no-untyped-def]
    return dask_worker.state.stimulus_log.maxlen


def test_a_local_cluster_keeps_short_logs() -> None:
    """The scheduler (in the client's process) and the workers keep short developer logs,
    so memory does not grow with the first thousands of batches (issue 17: flat memory)."""
    import dask

    client, local = cluster.connect("local:1")
    try:
        short = cluster._LOCAL_CONFIG["distributed.admin.low-level-log-length"]
        assert client.run_on_scheduler(_scheduler_log) == short
        assert set(client.run(_worker_log).values()) == {short}
        assert dask.config.get("distributed.admin.low-level-log-length") != short  # not left set
    finally:
        client.close()
        local.close()


class _Future:
    def __init__(self, key: str, outcome) -> None:
        self.key, self.outcome = key, outcome

    def result(self):
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome

    def release(self) -> None:
        pass


class _Completed:
    """Futures in the order they were added (a stand-in for distributed.as_completed)."""

    def __init__(self) -> None:
        self.queue: list[_Future] = []

    def add(self, future: _Future) -> None:
        self.queue.append(future)

    def __next__(self) -> _Future:
        return self.queue.pop(0)


class _FlakySession:
    """A session whose batches fail the first `failures[key]` times they are submitted."""

    ahead = 2

    def __init__(self, failures: dict[int, int]) -> None:
        self.failures = failures
        self.submitted: list[str] = []

    def submit(self, work, batch, key: str) -> _Future:
        self.submitted.append(key)
        index = int(key.split("-")[2])
        if self.failures.get(index, 0) > 0:
            self.failures[index] -= 1
            return _Future(key, RuntimeError("lost while gathering"))
        return _Future(key, work(batch))


@pytest.mark.parametrize("failures, fails", [({1: 1}, False), ({0: 1, 2: 1}, False), ({1: 2}, True)])
def test_a_lost_batch_is_submitted_once_more(monkeypatch, failures: dict[int, int], fails: bool) -> None:
    monkeypatch.setattr(cluster, "as_completed", _Completed)
    session = _FlakySession(dict(failures))
    work = lambda batch: [x * 10 for x in batch]
    results = cluster._ordered(session, work, range(7), lambda x: False, batch=2)  # type: ignore[arg-type]
    if fails:
        with pytest.raises(cluster.UsageError):
            list(results)
    else:
        assert list(results) == [x * 10 for x in range(7)]
        assert len(session.submitted) == 4 + sum(failures.values())
