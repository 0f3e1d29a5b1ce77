#!/usr/bin/env python3
"""Time `i18ncheck check` over folders of articles: articles/s, sentences/s, peak memory.

usage: python benchmarks/speed.py PATH... [--repeat N] [--format FMT]...

Each repeat runs the whole check in a fresh process (imports, dictionary loading and
the run itself, as CI pays for them) writing the report to /dev/null; the best and the
median wall time are printed with the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(paths: list[str], formats: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one `i18ncheck check` process."""
    cmd = [sys.executable, "-m", "i18ncheck", "check", *paths, "--format", formats[0],
           "--fail-on", "never", "-o", os.devnull]
    for fmt in formats[1:]:
        cmd += ["--report", f"{fmt}:{os.devnull}"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1, 2):
        sys.exit(f"i18ncheck failed ({proc.returncode}): {proc.stderr[-2000:]}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return wall, peak / 1024.0


def count(paths: list[str]) -> tuple[int, int]:
    """Articles and sentences (the longest edition's) in the run, from a JSON Lines report."""
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as out:
        subprocess.run([sys.executable, "-m", "i18ncheck", "check", *paths, "--format", "jsonl",
                        "--fail-on", "never", "-o", out.name], stderr=subprocess.DEVNULL)
        reports = [json.loads(line) for line in out if line.strip()]
    sentences = sum(len(r.get("alignment", [])) for r in reports)
    return len(reports), sentences


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--format", dest="formats", action="append",
                    help="report format(s) to write; the first with -o, others with --report")
    a = ap.parse_args()
    formats = a.formats or ["jsonl"]
    articles, groups = count(a.paths)
    runs = [run_once(a.paths, formats) for _ in range(a.repeat)]
    walls = [w for w, _ in runs]
    best, median = min(walls), statistics.median(walls)
    peak = max(m for _, m in runs)
    print(f"articles {articles}  aligned groups {groups}  formats {','.join(formats)}")
    print(f"wall best {best:.2f} s  median {median:.2f} s  over {a.repeat} runs")
    print(f"articles/s {articles / best:.1f}  groups/s {groups / best:.0f}  peak RSS {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
