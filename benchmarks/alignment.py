#!/usr/bin/env python3
"""Alignment accuracy against a gold index.

usage: python benchmarks/alignment.py CASES_DIR REPORT.jsonl

CASES_DIR holds `index.json` (per case, per edition, per gold unit: its character span) as
in ../shared/eval/dev; REPORT.jsonl is `i18ncheck check CASES_DIR/cases/* --format jsonl`.
Two measures, each over the gold units of the en edition:

- one group: the report's group that covers (at least half of) a gold unit's en span also
  covers its uk and ru spans. Strict: a gold unit of several sentences (a paragraph of a
  talk transcript) is never covered by one sentence group, however well aligned.
- consistent: every group that touches the gold unit (holds half of the group's text or half
  of the unit's, in an edition) touches the same gold units in every edition that has them.
  Groups coarser than gold (two gold units in one group) count as right; a group that pairs
  a unit with its neighbour's translation does not.

A gold unit absent from an edition (an injected omission) is not counted there. Cases where
an edition was replaced by injected errors are scored the same way.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

Span = dict


def covers(span: Span | None, gold: list[int]) -> bool:
    """Does a group's span contain most of a gold sentence span?"""
    if not span:
        return False
    inter = min(span["end"], gold[1]) - max(span["start"], gold[0])
    return inter >= 0.5 * (gold[1] - gold[0])


def touched(span: Span | None, units: dict[str, list[int]]) -> set[str] | None:
    """The gold units a group's span holds: half of the span, or half of the unit."""
    if not span:
        return None
    s, e = span["start"], span["end"]
    out = set()
    for key, (a, b) in units.items():
        inter = min(e, b) - max(s, a)
        if inter > 0 and (inter >= 0.5 * (e - s) or inter >= 0.5 * (b - a)):
            out.add(key)
    return out


def consistent(group: dict[str, set[str] | None], eds: dict[str, dict]) -> bool:
    """Does a group touch the same gold units in every edition (where they exist)?"""
    en = group["en"]
    for lang in ("uk", "ru"):
        other = group[lang]
        if other is None or en is None:
            continue
        if {k for k in en if k in eds.get(lang, {})} != {k for k in other if k in eds["en"]}:
            return False
    return True


def score(index: dict, reports: dict) -> Counter:
    """Counts per measure and per case kind (clean, inj1, inj2)."""
    total: Counter = Counter()
    for case, eds in index.items():
        kind = case.split("__")[1][:4]
        groups = reports.get(case, {}).get("alignment", [])
        units = [{lang: touched(g.get(lang), eds.get(lang, {})) for lang in ("en", "uk", "ru")} for g in groups]
        for key, en_span in eds.get("en", {}).items():
            total["units"] += 1
            total[f"units_{kind}"] += 1
            group = next((g for g in groups if covers(g.get("en"), en_span)), None)
            strict = group is not None and all(
                covers(group.get(lang), eds[lang][key]) for lang in ("uk", "ru") if key in eds.get(lang, {}))
            holding = [u for u in units if u["en"] and key in u["en"]]
            ok = bool(holding) and all(consistent(u, eds) for u in holding)
            total["strict"] += strict
            total["consistent"] += ok
            total[f"consistent_{kind}"] += ok
    return total


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
    t = score(index, reports)
    n = max(1, t["units"])
    print(f"gold units {t['units']}  one group {t['strict']} ({t['strict'] / n:.4f})  "
          f"consistent {t['consistent']} ({t['consistent'] / n:.4f})")
    for kind in ("clea", "inj1", "inj2"):
        if t[f"units_{kind}"]:
            print(f"  {kind:5s} consistent {t[f'consistent_{kind}']}/{t[f'units_{kind}']} "
                  f"{t[f'consistent_{kind}'] / t[f'units_{kind}']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
