#!/usr/bin/env python3
"""Time and memory of one long article against its length, with and without missing paragraphs.

usage: python benchmarks/scaling.py [--sizes 50,500,1000,3000,5000] [--missing 0.1]

Long articles are built from the sample articles in corpus/ (our own text): their paragraphs,
taken in the same order in all three editions, are repeated until the en edition has the
wanted number of sentences; each copy shifts every number by its copy index, so copies differ.
"Missing" drops that share of the uk edition's paragraphs, spread evenly. Each article is
checked by a fresh `i18ncheck check` process; the table gives its wall and CPU seconds, its
peak resident memory, and seconds per 1,000 sentences (flat when time grows linearly).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from i18ncheck.read import EditionSource, read_edition  # noqa: E402
from i18ncheck.segment import segment  # noqa: E402

LANGS = ("uk", "en", "ru")


def paragraphs() -> list[dict[str, str]]:
    """Paragraph triples of the sample articles whose editions have as many paragraphs."""
    out = []
    for folder in sorted(p for p in (ROOT / "corpus").iterdir() if p.is_dir()):
        files = {lang: next(folder.glob(f"{lang}.*"), None) for lang in LANGS}
        if not all(files.values()):
            continue
        paras = {}
        for lang, path in files.items():
            seg = segment(read_edition(EditionSource(lang, str(path), path.suffix.lower())))
            paras[lang] = [seg.edition.text[s.start:s.end].strip() for s in seg.paragraphs]
        if len({len(p) for p in paras.values()}) == 1:
            out += [{lang: paras[lang][i] for lang in LANGS} for i in range(len(paras["en"]))]
    return out


def sentences(text: str) -> int:
    return max(1, len(re.findall(r"[.!?…](?:\s|$)", text)))


def build(target: int, missing: float, folder: Path) -> int:
    """Write an article of about `target` en sentences to folder; its en sentence count."""
    base = paragraphs()
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    count, copy = 0, 0
    while count < target:
        for triple in base:
            shifted = {lang: re.sub(r"\d+", lambda m: str(int(m.group()) + copy), triple[lang]) for lang in LANGS}
            for lang in LANGS:
                out[lang].append(shifted[lang])
            count += sentences(shifted["en"])
            if count >= target:
                break
        copy += 1
    if missing:
        step = max(1, round(1 / missing))
        out["uk"] = [p for i, p in enumerate(out["uk"]) if i % step != step // 2]
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        (folder / f"{lang}.txt").write_text("\n\n".join(out[lang]) + "\n", encoding="utf-8")
    return count


_CHILD = ("import resource, runpy, sys\n"
          "sys.argv = ['i18ncheck'] + sys.argv[1:]\n"
          "try:\n    runpy.run_module('i18ncheck', run_name='__main__')\n"
          "except SystemExit:\n    pass\n"
          "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def measure(folder: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one process checking one article."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, "check", str(folder), "--format", "json",
                           "--fail-on", "never", "--jobs", "1", "-o", os.devnull],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = proc.stderr.strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].isdigit():
        sys.exit(f"i18ncheck failed ({proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, int(lines[-1]) / 1024.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,500,1000,3000,5000")
    ap.add_argument("--missing", type=float, default=0.1)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| en sentences | missing | wall s | CPU s | peak MiB | CPU s per 1,000 sentences |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            for missing in (0.0, args.missing):
                folder = Path(tmp) / f"n{size}-m{int(missing * 100)}"
                n = build(size, missing, folder)
                wall, cpu, peak = measure(folder)
                print(f"| {n} | {missing:.0%} | {wall:.2f} | {cpu:.2f} | {peak:.0f} | {1000 * cpu / n:.2f} |",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
