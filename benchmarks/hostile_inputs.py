#!/usr/bin/env python3
"""Wall time, peak memory and exit code of `i18ncheck` on the big and hostile inputs of
issue 16, each next to a good article, each in a fresh process.

usage: python benchmarks/hostile_inputs.py [--only NAME ...]

Every input is built under a temporary folder from the corpus sample articles (our own
text). The good article beside each one must still be reported: the `good reported`
column says whether its findings reached the JSON Lines output. Rows with
"no size limit" raise `max-edition-bytes` to 100 MB, to show the time the checker itself takes on
the big text rather than the refusal.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "corpus" / "drone-losses"
SENTENCE = "Міністр заявив, що у грудні ліквідували 35 тисяч військових у 2017 р. Тоді М. Федоров пішов. "


def _article(base: Path, name: str, uk: str) -> Path:
    """An article folder whose uk edition is `uk` and whose en and ru are the good article's."""
    folder = base / name
    folder.mkdir()
    (folder / "uk.txt").write_text(uk, encoding="utf-8")
    for lang in ("en", "ru"):
        src = next(GOOD.glob(f"{lang}.*"))
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _plural_catalog(base: Path, name: str) -> Path:
    path = base / f"{name}.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Plural-Forms: nplurals=99999999; plural=n;\\n"\n\n'
                    'msgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\n', encoding="utf-8")
    return path


# each row: the inputs it builds, and the settings of its run (written to a config file the run is given)
CASES: dict[str, tuple[Callable[[Path], list[str]], list[str]]] = {
    "line of 200 KB": (lambda b: [str(_article(b, "line", SENTENCE.replace(". ", ", ") * 2_100))], []),
    "paragraph of 10 MB": (lambda b: [str(_article(b, "para", SENTENCE * 105_000))], []),
    "paragraph of 10 MB, no size limit": (lambda b: [str(_article(b, "para", SENTENCE * 105_000))],
                                          ["max-edition-bytes = 100000000"]),
    "token of 5 MB": (lambda b: [str(_article(b, "token", "Міністр " + "ab1" * 1_700_000 + "."))],
                      ["max-edition-bytes = 100000000"]),
    "edition of 50 MB": (lambda b: [str(_article(b, "big", (SENTENCE * 40 + "\n\n") * 13_000))], []),
    "5,000 paragraphs": (lambda b: [str(_article(b, "paras", (SENTENCE + "\n\n") * 5_000))], []),
    "/dev/zero as an edition": (lambda b: ["--uk", "/dev/zero", "--en", str(next(GOOD.glob("en.*"))),
                                           "--ru", str(next(GOOD.glob("ru.*")))], []),
    "nplurals=99999999": (lambda b: [str(_plural_catalog(b, "uk"))], []),
}


def run(name: str, base: Path) -> dict[str, object]:
    build, settings = CASES[name]
    inputs = build(base)
    (base / ".i18ncheck.toml").write_text("".join(line + "\n" for line in settings), encoding="utf-8")
    po = inputs[0].endswith(".po")
    cmd = [sys.executable, "-m", "i18ncheck", "po" if po else "check", *inputs, "--format", "jsonl",
           "--config", str(base / ".i18ncheck.toml")]
    if not po and not inputs[0].startswith("--"):
        cmd.insert(4, str(GOOD))
    # GNU time reports the process's own peak resident set (kilobytes) on its last stderr line
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, cwd=base, timeout=900, check=False)
    wall = time.perf_counter() - start
    lines = [line for line in proc.stderr.strip().splitlines() if not line.startswith("Command exited")]
    peak_kib, lines = int(lines[-1]), lines[:-1]
    reports = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    good = any(r.get("article", "").rstrip("/").endswith(GOOD.name) and r.get("findings") for r in reports)
    return {"input": name, "exit": proc.returncode, "wall s": round(wall, 2), "peak MiB": round(peak_kib / 1024),
            "good reported": "yes" if good else ("n/a" if po or inputs[0].startswith("--") else "no"),
            "message": (lines or [""])[-1][:110]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=list(CASES), help="run these rows only")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, name in enumerate(args.only or CASES):
            base = Path(tmp) / str(i)
            base.mkdir()
            rows.append(run(name, base))
            print(rows[-1], file=sys.stderr)
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(str(r[k]).replace("|", "/") for k in keys) + " |")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    sys.exit(main())
