#!/usr/bin/env python3
"""Alignment accuracy against a gold index: how many gold sentences land in one group.

usage: python benchmarks/alignment.py CASES_DIR REPORT.jsonl

CASES_DIR holds `index.json` (per case, per edition, per gold sentence: its character span)
as in ../shared/eval/dev; REPORT.jsonl is `i18ncheck check CASES_DIR/cases/* --format jsonl`.
A gold sentence counts as aligned when the report's alignment group that covers its en span
also covers its uk and ru spans (a sentence absent from an edition is not counted there).
Cases where an edition was replaced by injected errors are scored the same way.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter


def covers(span: dict | None, gold: list[int]) -> bool:
    """Does a group's span contain most of a gold sentence span?"""
    if not span:
        return False
    inter = min(span["end"], gold[1]) - max(span["start"], gold[0])
    return inter >= 0.5 * (gold[1] - gold[0])


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    cases_dir, pred = sys.argv[1:]
    index = json.load(open(os.path.join(cases_dir, "index.json"), encoding="utf-8"))
    reports = {}
    for line in open(pred, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            reports[os.path.basename(os.path.normpath(r["article"]))] = r
    total = Counter()
    for case, eds in index.items():
        groups = reports.get(case, {}).get("alignment", [])
        for key, en_span in eds.get("en", {}).items():
            total["sentences"] += 1
            group = next((g for g in groups if covers(g.get("en"), en_span)), None)
            ok = group is not None and all(
                covers(group.get(lang), eds[lang][key]) for lang in ("uk", "ru") if key in eds.get(lang, {}))
            total["aligned"] += ok
            total[("aligned_" + case.split("__")[1][:4]) if ok else ("missed_" + case.split("__")[1][:4])] += 1
    acc = total["aligned"] / max(1, total["sentences"])
    print(f"gold sentences {total['sentences']}  aligned {total['aligned']}  accuracy {acc:.4f}")
    for kind in ("clea", "inj1", "inj2"):
        a, m = total["aligned_" + kind], total["missed_" + kind]
        if a + m:
            print(f"  {kind:5s} {a}/{a + m} {a / (a + m):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
