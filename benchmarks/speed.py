#!/usr/bin/env python3
"""Where a serial run's CPU goes, stage by stage, and how --jobs and `i18ncheck po` compare.

usage: python benchmarks/speed.py [PATH...] [--repeat N] [--po CATALOG.po] [--no-jobs] [--no-po]

1. In this process: every article of PATH (default: the corpus/ articles, repeated
   --repeat times, so that a batch shares sentences as a day's articles do) is checked
   serially and rendered as JSON Lines to /dev/null, with CPU seconds (time.process_time)
   charged to the stage running at the time: reading, segmentation, language, facts,
   alignment, comparison, confidence, reporting (a stage called inside another is charged
   to itself, not to its caller). Start-up (imports, dictionaries, cached tables) is the
   CPU before the first article. Prints articles/s, sentences/s and peak memory.
2. In fresh processes: `i18ncheck check --jobs 1` and `--jobs 2` on the same paths, wall
   time and the ratio; one corpus article, start-up included.
3. `i18ncheck po --jobs 1` and translate-toolkit's `pofilter` (the bench extra) on the same
   catalog (default: the tool's own uk catalog), wall time and the ratio.

A benchmark, not a test: nothing here fails on speed.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("reading", "segmentation", "language", "facts", "alignment", "comparison", "confidence",
          "reporting")


class StageClock:
    """CPU seconds charged to the innermost stage running (exclusive times)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.stack: list[str] = []
        self.mark = time.process_time()

    def _switch(self) -> None:
        now = time.process_time()
        self.spent[self.stack[-1] if self.stack else "other"] += now - self.mark
        self.mark = now

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._switch()
            self.stack.append(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self._switch()
                self.stack.pop()
        return timed

    def wrap_iter(self, stage: str, items: Any) -> Any:
        """An iterator whose every step is charged to `stage`."""
        it = iter(items)
        step = self.wrap(stage, lambda: next(it, StopIteration))
        while (item := step()) is not StopIteration:
            yield item


def instrument(clock: StageClock) -> None:
    """Charge the pipeline's stage functions to their stages (patched where they are called)."""
    from i18ncheck import facts, pipeline

    patches = {
        "reading": ["read_edition"],
        "segmentation": ["segment"],
        "language": ["edition_language", "sentence_languages", "untranslated", "wrong_editions"],
        "alignment": ["sentence_info", "align", "omissions"],
        "comparison": ["demote_ordinary", "compare", "_written_lower", "_same_root", "_once_per_gap",
                       "_suppressed"],
        "confidence": ["assess"],
    }
    for stage, names in patches.items():
        for name in names:
            setattr(pipeline, name, clock.wrap(stage, getattr(pipeline, name)))
    pipeline.Scorer = clock.wrap("alignment", pipeline.Scorer)
    facts.extract = clock.wrap("facts", facts.extract)


def in_process(paths: list[str]) -> None:
    """Check the paths serially in this process, stage by stage."""
    clock = StageClock()
    start = time.process_time()
    from i18ncheck.api import iter_check, sources
    from i18ncheck.facts.morph import analyser
    from i18ncheck.facts.names import gazetteer
    from i18ncheck.reporters import make

    gazetteer(), analyser("uk"), analyser("ru")
    startup = time.process_time() - start
    instrument(clock)
    clock.spent.clear()
    clock.mark = time.process_time()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        reporter = make("jsonl", sink)
        article = clock.wrap("reporting", reporter.add)
        articles = sentences = 0
        for report in clock.wrap_iter("reading", iter_check(clock.wrap_iter("reading", sources(paths)), jobs=1)):
            article(report)
            articles += 1
            sentences += report.sentences
    clock._switch()
    total = sum(clock.spent.values())
    print(f"serial, in process: {articles} articles, {sentences} sentences (longest edition)")
    print(f"  start-up (imports, dictionaries, tables)  {startup:7.2f} s CPU")
    for stage in (*STAGES, "other"):
        spent = clock.spent.get(stage, 0.0)
        print(f"  {stage:<13} {spent:7.2f} s CPU  {100 * spent / total if total else 0:5.1f} %")
    print(f"  {'total':<13} {total:7.2f} s CPU")
    print(f"  articles/s {articles / total:.1f}  sentences/s {sentences / total:.0f}  "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def child(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one process and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          cwd=os.path.dirname(ROOT), check=False)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:3])} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, after.ru_maxrss / 1024


def i18ncheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "i18ncheck", *args]


def jobs(paths: list[str]) -> None:
    """Fresh processes: the batch with one and with two workers; one article alone."""
    common = ["--format", "jsonl", "--fail-on", "never", "-o", os.devnull]
    one, cpu1, _ = child(i18ncheck("check", *paths, *common, "--jobs", "1"))
    two, _, _ = child(i18ncheck("check", *paths, *common, "--jobs", "2"))
    print(f"fresh processes: --jobs 1 wall {one:.2f} s ({cpu1:.2f} s CPU), --jobs 2 wall {two:.2f} s, "
          f"ratio {two / one:.2f}")
    single = min(p for p in (ROOT / "corpus").iterdir() if p.is_dir())
    child(i18ncheck("check", str(single), *common))  # the disk cache filled, bytecode compiled
    walls = [child(i18ncheck("check", str(single), *common, "--jobs", "1")) for _ in range(3)]
    wall, cpu, _ = min(walls)
    help_wall = min(child(i18ncheck("--help"))[0] for _ in range(3))
    print(f"one article ({single.name}), start-up included: wall {wall:.2f} s, CPU {cpu:.2f} s "
          f"(--help {help_wall:.2f} s)")


def po(catalog: str) -> None:
    """`i18ncheck po` against pofilter on the same catalog."""
    pofilter = shutil.which("pofilter") or str(Path(sys.executable).with_name("pofilter"))
    if not os.path.exists(pofilter):
        print("pofilter not found: pip install '.[bench]'")
        return
    ours_cmd = i18ncheck("po", catalog, "--jobs", "1", "--format", "jsonl", "--fail-on", "never",
                         "-o", os.devnull)
    theirs_cmd = [pofilter, catalog, os.devnull]
    child(ours_cmd), child(theirs_cmd)  # warm: bytecode and the table cache, as a CI runner keeps
    ours = min(child(ours_cmd)[0] for _ in range(3))
    theirs = min(child(theirs_cmd)[0] for _ in range(3))
    print(f"po {os.path.relpath(catalog, os.path.dirname(ROOT))}: i18ncheck po {ours:.2f} s, "
          f"pofilter {theirs:.2f} s, ratio {ours / theirs:.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="article folders (default: corpus/ articles)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="check the paths this many times over (default: 20 for corpus/, else 1)")
    ap.add_argument("--po", default=str(ROOT / "locales" / "uk" / "LC_MESSAGES" / "i18ncheck.po"))
    ap.add_argument("--no-jobs", action="store_true", help="skip the fresh-process timings")
    ap.add_argument("--no-po", action="store_true", help="skip the PO comparison")
    a = ap.parse_args()
    paths = [os.path.abspath(p) for p in a.paths] or [
        str(p) for p in sorted((ROOT / "corpus").iterdir()) if p.is_dir()]
    paths = paths * (a.repeat or (1 if a.paths else 20))
    in_process(paths)
    if not a.no_jobs:
        jobs(paths)
    if not a.no_po:
        po(a.po)
    return 0


if __name__ == "__main__":
    sys.exit(main())
