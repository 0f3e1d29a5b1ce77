#!/usr/bin/env python3
"""Archive scale (issue 17): one synthetic JSON Lines export checked serially, with
`--jobs 2`, on a LocalCluster of 2 workers, and twice with the results store; a store run
killed half way and completed by a re-run. Prints wall time, articles/s and the peak
resident memory of every process of each run, and checks that every run's report is
byte-identical to the serial one.

usage: python benchmarks/archive.py [--articles 10000] [--large] [--paragraphs N]
                                    [--modes serial,jobs2,dask2,store,kill] [--keep DIR]

The export is built from the sample articles in corpus/: article k is corpus article
k mod 4 with its digits renamed by the k-th permutation of 1-9, the same in its three
editions (so every article's text differs, and its editions still agree as the sample's
do). `--paragraphs N` keeps the first N text blocks of each edition (shorter articles, a
quicker run); `--large` uses 100,000 articles. Memory is sampled every 0.2 s over the run's
process tree (psutil, which dask[distributed] brings), and the main process's memory is
also printed at 10% and at 100% of the run: flat memory reads the same at both.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from i18ncheck.read.articles import LANG_ALIASES
from i18ncheck.read.markup import REDUCERS


def corpus_articles(paragraphs: int | None) -> list[dict[str, str]]:
    """The sample articles as export records ({"uk": text, ...}), in plain text."""
    out = []
    for folder in sorted(p for p in (ROOT / "corpus").iterdir() if p.is_dir()):
        record = {}
        for path in sorted(folder.iterdir()):
            lang = LANG_ALIASES.get(path.name.partition(".")[0])
            if lang is None:
                continue
            text = path.read_text(encoding="utf-8")
            view = REDUCERS["." + path.name.partition(".")[2]](text)
            blocks = [view.text[b.start:b.end] for b in view.blocks]
            record[lang] = "\n".join(blocks[:paragraphs] if paragraphs else blocks)
        out.append(record)
    return out


def build(path: Path, count: int, paragraphs: int | None) -> None:
    """Write an export of `count` articles with varied numbers."""
    base = corpus_articles(paragraphs)
    perms = itertools.permutations("123456789")
    with path.open("w", encoding="utf-8") as fh:
        for k in range(count):
            table = str.maketrans("123456789", "".join(next(perms)))
            record = {"id": f"a{k:06d}"}
            record.update({lang: text.translate(table) for lang, text in base[k % len(base)].items()})
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


class Sampler(threading.Thread):
    """Peak RSS of every process in a tree, and the root's RSS over time."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[str, float]] = {}
        self.timeline: list[tuple[float, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        start = time.perf_counter()
        while not self.stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                try:
                    rss = p.memory_info().rss / 2**20
                    role = "main" if p.pid == self.root.pid else _role(p)
                except psutil.Error:
                    continue
                if rss > self.peaks.get(p.pid, ("", 0.0))[1]:
                    self.peaks[p.pid] = (role, rss)
                if p.pid == self.root.pid:
                    self.timeline.append((time.perf_counter() - start, rss))
            self.stop.wait(0.2)


def _role(p) -> str:  # type: ignore[no-untyped-def]
    cmd = " ".join(p.cmdline())
    if "spawn_main" in cmd or "forkserver" in cmd or "multiprocessing" in cmd:
        return "dask worker/nanny"
    return "worker"


def run(cmd: list[str], out: Path, kill_at: tuple[Path, int] | None = None) -> dict:
    """Run one `i18ncheck check`; its time and memory (kill it once the store holds
    kill_at[1] results, if asked)."""
    start = time.perf_counter()
    with out.open("w") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE, text=True, start_new_session=True)
        sampler = Sampler(proc.pid)
        sampler.start()
        killed = False
        if kill_at is not None:
            store, target = kill_at
            while proc.poll() is None:
                time.sleep(0.2)
                try:
                    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
                        done = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
                except sqlite3.Error:
                    continue
                if done >= target:
                    os.killpg(proc.pid, signal.SIGKILL)
                    killed = True
                    break
        err = proc.communicate()[1]
        sampler.stop.set()
        sampler.join()
    wall = time.perf_counter() - start
    if not killed and proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-3000:]}")
    return {"wall": wall, "peaks": sampler.peaks, "timeline": sampler.timeline, "killed": killed}


def memory_line(result: dict) -> str:
    main = [rss for role, rss in result["peaks"].values() if role == "main"]
    others = sorted((rss for role, rss in result["peaks"].values() if role != "main"), reverse=True)
    line = f"main {max(main, default=0):.0f} MiB"
    if others:
        line += f"; other processes ({len(others)}): " + ", ".join(f"{r:.0f}" for r in others[:6]) + " MiB"
    timeline = result["timeline"]
    if len(timeline) > 10:
        tenth = timeline[len(timeline) // 10][1]
        line += f"; main at 10% of the run {tenth:.0f} MiB, at the end {timeline[-1][1]:.0f} MiB"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--large", action="store_true", help="100,000 articles")
    parser.add_argument("--paragraphs", type=int, default=None, help="keep the first N blocks of each edition")
    parser.add_argument("--modes", default="serial,jobs2,dask2,store,kill")
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    count = 100_000 if args.large else args.articles
    modes = args.modes.split(",")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="i18ncheck-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    export = work / f"export-{count}.jsonl"
    if not export.exists():
        build(export, count, args.paragraphs)
    print(f"export: {count} articles, {export.stat().st_size / 2**20:.1f} MiB"
          + (f", first {args.paragraphs} blocks per edition" if args.paragraphs else ", whole sample articles"))
    check = [sys.executable, "-m", "i18ncheck", "check", str(export), "--format", "jsonl", "--no-progress",
             "--fail-on", "never"]
    runs = {"serial": ["--jobs", "1"], "jobs2": ["--jobs", "2"], "dask2": ["--scheduler", "local:2"]}
    reference: bytes | None = None
    rows = []

    def report(name: str, result: dict, out: Path, note: str = "") -> None:
        nonlocal reference
        same = ""
        if out.exists() and not result["killed"]:
            data = out.read_bytes()
            reference = reference if reference is not None else data
            same = "identical" if data == reference else "DIFFERENT"
        rate = count / result["wall"]
        rows.append(name)
        print(f"{name:<28} {result['wall']:9.1f} s {rate:9.1f} articles/s  {same:<9} {note}")
        print(f"{'':<28} memory: {memory_line(result)}")
        sys.stdout.flush()

    for mode in modes:
        if mode in runs:
            out = work / f"{mode}.jsonl"
            report(mode, run(check + runs[mode], out), out)
        elif mode == "store":
            db = work / "store.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            first = run(check + ["--jobs", "2", "--store", str(db)], work / "store1.jsonl")
            report("store, first run (jobs 2)", first, work / "store1.jsonl")
            second = run(check + ["--jobs", "2", "--store", str(db)], work / "store2.jsonl")
            report("store, second run", second, work / "store2.jsonl",
                   f"{100 * second['wall'] / first['wall']:.1f}% of the first")
        elif mode == "kill":
            db = work / "killed.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            killed = run(check + ["--jobs", "2", "--store", str(db)], work / "killed.jsonl", (db, count // 2))
            with sqlite3.connect(db) as conn:
                kept = conn.execute("SELECT COUNT(*) FROM results").fetchone()[0]
            report("store, killed at half", killed, work / "killed.jsonl", f"killed: {killed['killed']}, kept {kept}")
            resumed = run(check + ["--jobs", "2", "--store", str(db)], work / "resumed.jsonl")
            with sqlite3.connect(db) as conn:
                checked, reused = conn.execute("SELECT checked, reused FROM runs ORDER BY id DESC").fetchone()
            report("store, re-run after the kill", resumed, work / "resumed.jsonl",
                   f"checked {checked}, reused {reused}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
