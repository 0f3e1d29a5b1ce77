#!/usr/bin/env python3
"""Time `i18ncheck po` against translate-toolkit's `pofilter` (all its checks) on the same
catalog, in the same run: best and median wall time over --repeat runs, and our time as a
share of pofilter's.

usage: python benchmarks/po_speed.py CATALOG.po [--repeat N] [--pofilter PATH] [--jobs N]
       python benchmarks/po_speed.py --system uk   # every catalog Debian installed for uk,
                                                   # merged (needs gettext's msgunfmt/msgcat)

pofilter comes with `pip install '.[bench]'` (or give --pofilter). Both tools run in fresh
processes with the same environment; one untimed run of each comes first, so both start
with compiled bytecode and our table cache filled, as on a CI runner that keeps its caches.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def merged_system_catalog(lang: str, folder: str) -> str:
    """Every installed .mo catalog of a language, decompiled and merged into one .po file."""
    for tool in ("msgunfmt", "msgcat"):
        if shutil.which(tool) is None:
            sys.exit(f"--system needs gettext's {tool} (apt-get install gettext)")
    parts = []
    for mo in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        po = os.path.join(folder, os.path.basename(mo)[:-3] + ".po")
        if subprocess.run(["msgunfmt", mo, "-o", po], capture_output=True).returncode == 0:
            parts.append(po)
    if not parts:
        sys.exit(f"no catalogs installed for {lang!r} in /usr/share/locale")
    out = os.path.join(folder, f"{lang}-all.po")
    subprocess.run(["msgcat", "--use-first", "-o", out, *parts], capture_output=True, check=True)
    return out


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one process."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return wall


def entries(path: str) -> int:
    with open(path, encoding="utf-8", errors="replace") as fh:
        return sum(1 for line in fh if line.startswith("msgid ")) - 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("catalog", nargs="?")
    ap.add_argument("--system", metavar="LANG", help="merge the catalogs installed for LANG")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pofilter", default=shutil.which("pofilter") or
                    os.path.join(os.path.dirname(sys.executable), "pofilter"))
    ap.add_argument("--jobs", type=int, help="i18ncheck's --jobs (default: its own)")
    a = ap.parse_args()
    if not os.path.exists(a.pofilter):
        sys.exit("pofilter not found: pip install '.[bench]' or give --pofilter PATH")
    with tempfile.TemporaryDirectory() as tmp:
        catalog = merged_system_catalog(a.system, tmp) if a.system else a.catalog
        if not catalog:
            ap.error("give a catalog or --system LANG")
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours = [sys.executable, "-m", "i18ncheck", "po", catalog, "--format", "jsonl", "-o", os.devnull]
        if a.jobs:
            ours += ["--jobs", str(a.jobs)]
        theirs = [a.pofilter, "--progress=none", "--nofuzzy", catalog, os.path.join(tmp, "pofilter-out.po")]
        timed(ours, env)
        timed(theirs, env)
        runs: dict[str, list[float]] = {"i18ncheck po": [], "pofilter": []}
        for _ in range(a.repeat):  # interleaved, so a busy moment hurts both alike
            runs["i18ncheck po"].append(timed(ours, env))
            runs["pofilter"].append(timed(theirs, env))
        print(f"catalog {catalog}: {entries(catalog)} entries, {os.path.getsize(catalog) / 1e6:.1f} MB")
        best = {}
        for name, walls in runs.items():
            best[name] = min(walls)
            print(f"{name:13} best {min(walls):6.2f} s  median {statistics.median(walls):6.2f} s")
        print(f"i18ncheck po / pofilter: {best['i18ncheck po'] / best['pofilter']:.2f} of its wall time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
