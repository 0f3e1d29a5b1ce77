#!/usr/bin/env python3
"""Fit the confidence model on one evaluation set, check it on another, and write it.

usage: python benchmarks/fit_confidence.py --fit ../shared/eval/dev2 [SET...] --check ../shared/eval/dev
                                          [--scorer ../shared/eval/score.py] [--write] [--table FILE]

1. Every case of both sets is checked with no confidence model (every finding the checks
   propose is kept, with its evidence record).
2. A finding is right when it matches a gold error as the sets' scorer matches them (same
   category, overlapping the gold sentence in some edition).
3. One L2-regularised logistic regression per family (scipy.optimize) is fitted on the
   fit set. Its out-of-fold predictions (two folds by document, so that the three variants
   of a document are never split) pick the thresholds: `error` is the lowest confidence
   at which findings are right at least 97 times in 100 out of fold (the contract is 19 in
   20 on unseen text: the margin is for the difference), `warning` the one that maximises
   the scorer's F1 out of fold; `info` is fixed.
4. Both sets are scored with the real scorer (score.py beside the sets) before and after,
   and a calibration table (confidence bin -> precision) is printed for the out-of-fold
   fit set and for the check set.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import zlib
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from i18ncheck import confidence  # noqa: E402
from i18ncheck.api import iter_check, sources  # noqa: E402
from i18ncheck.evidence import family  # noqa: E402
from i18ncheck.registry import get  # noqa: E402

FAMILIES = ("numeric", "entity", "segment", "language")
INFO = 0.02  # below this a finding is right less than once in fifty: nothing is reported
ERROR_PRECISION = 0.95
# A warning is worth showing when it is right at least one time in three: a false alarm
# costs an editor a glance, a real error let through costs a correction after publication,
# taken as twice as much. The weights are calibrated probabilities (checked out of fold),
# so the threshold is that probability, the same for every family.
WARNING = round(1 / 3, 3)
L2 = 1.0  # chosen by out-of-fold log-loss over L2_GRID when the script runs
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
# The direction in which a piece of evidence may move the confidence (+1: only up, -1:
# only down); the data choose how far. Knowledge of the task, not of the sets: a better
# alignment, two known entities told apart, a name spelled otherwise in the same script
# or two editions transliterating one name make a finding likelier; a mention that reads
# as a translation, names that read alike, or a quote every edition carries make it less.
SIGNS = {
    "group_conf": +1,
    "translated": -1, "known_apart": +1, "word_for_name": +1, "same_script_apart": +1, "name_for_name": +1, "agree_translit": +1,
    "sim_max": -1, "word_sim": -1, "found_weak": -1, "pos_gap": -1,
    "unit_differs": -1, "digits_permuted": +1,
    "log_words": +1, "short_line": -1, "absorbed": -1, "odd_as_many": -1,
    "copied_everywhere": -1,
}
# Where a weight starts before the data move it (the L2 penalty pulls towards it): two
# entities the gazetteer or the newsroom's term base knows, of one kind and told apart, are
# a swap unless the data say otherwise; few sets hold enough such swaps to learn it alone.
PRIORS = {"known_apart": 3.0}


def collect(cases_dir: Path) -> list[dict]:
    """Every finding the checks propose on a set, with its evidence (no model applied)."""
    bare = confidence.Calibration({}, 0.0, 0.0, 0.0, unfitted=1.0)
    confidence.calibration.cache_clear()
    original = confidence.calibration
    confidence.calibration = lambda: bare  # type: ignore[assignment]
    try:
        paths = sorted(str(p) for p in (cases_dir / "cases").iterdir())
        out = []
        for report in iter_check(sources(paths), jobs=2):
            case = os.path.basename(os.path.normpath(report.article))
            for f in report.findings:
                out.append({"case": case, "doc": case.rsplit("__", 1)[0], "code": f.code,
                            "kind": get(f.code).kind, "family": family(f.code), "odd": list(f.odd),
                            "default": get(f.code).severity.value, "evidence": dict(f.evidence),
                            "locations": {lang: {"start": loc.start, "end": loc.end}
                                          for lang, loc in f.locations.items()}})
        return out
    finally:
        confidence.calibration = original  # type: ignore[assignment]


SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def label(cases_dir: Path, records: list[dict]) -> None:
    """Mark each finding right or wrong as the scorer would match it."""
    sys.path.insert(0, str(SCORER.parent))
    from score import HARD, SOFT, category  # type: ignore[import-not-found]

    index = json.loads((cases_dir / "index.json").read_text(encoding="utf-8"))
    gold = defaultdict(list)
    for line in (cases_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            g["cat"] = HARD.get(g["kind"]) or SOFT.get(g["kind"]) or "other"
            gold[g["case"]].append(g)
    for r in records:
        cat = category(r["kind"])
        r["right"] = any(g["cat"] == cat and _overlaps(r, g, index) for g in gold[r["case"]])


def _overlaps(r: dict, g: dict, index: dict) -> bool:
    for ed, spans in index[g["case"]].items():
        span = spans.get(str(g["line"]))
        loc = r["locations"].get(ed)
        if span and loc and loc["start"] < span[1] and loc["end"] > span[0]:
            return True
    return False


def _matrix(records: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[r["evidence"].get(n, 0.0) for n in names] for r in records], dtype=float)


def fit_family(records: list[dict]) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression (the bias unpenalised)."""
    names = sorted({n for r in records for n in r["evidence"]})
    if not records or len({r["right"] for r in records}) < 2:
        return {}
    x = _matrix(records, names)
    y = np.array([1.0 if r["right"] else 0.0 for r in records])
    penalty = np.array([0.0 if n == "bias" else L2 for n in names])
    prior = np.array([PRIORS.get(n, 0.0) for n in names])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        eps = 1e-12
        nll = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        grad = x.T @ (p - y) + penalty * (w - prior)
        return nll + 0.5 * float(np.sum(penalty * (w - prior) ** 2)), grad

    bounds = [(0.0, None) if SIGNS.get(n) == 1 else (None, 0.0) if SIGNS.get(n) == -1 else (None, None)
              for n in names]
    res = minimize(loss, prior.copy(), jac=True, method="L-BFGS-B", bounds=bounds)
    return {n: round(float(v), 4) for n, v in zip(names, res.x) if abs(v) >= 1e-4 or n == "bias"}


def fit(records: list[dict]) -> dict[str, dict[str, float]]:
    return {fam: fit_family([r for r in records if r["family"] == fam]) for fam in FAMILIES}


def predict(records: list[dict], weights: dict[str, dict[str, float]]) -> list[float]:
    return [confidence.probability(r["evidence"], weights.get(r["family"], {})) if weights.get(r["family"])
            else 1.0 for r in records]


def out_of_fold(records: list[dict]) -> list[float]:
    """Confidences from models that never saw the finding's document (two folds)."""
    fold = [zlib.crc32(r["doc"].encode()) % 2 for r in records]
    conf = [0.0] * len(records)
    for k in (0, 1):
        train = [r for r, f in zip(records, fold) if f != k]
        weights = fit(train)
        test = [i for i, f in enumerate(fold) if f == k]
        for i, c in zip(test, predict([records[i] for i in test], weights)):
            conf[i] = c
    return conf


def log_loss(records: list[dict], conf: list[float]) -> float:
    return -sum(math.log(max(1e-9, c if r["right"] else 1 - c)) for r, c in zip(records, conf)) / max(1, len(records))


def severity(r: dict, c: float, th: dict | None) -> str | None:
    if th is None:
        return r["default"]
    ceiling = r["default"]
    if c >= th["error"].get(r["family"], 1.0):
        return ceiling
    if c >= th["warning"].get(r["family"], 0.5):
        return "warning" if ceiling != "info" else "info"
    if c >= th["info"]:
        return "info"
    return None


def score(cases_dir: Path, records: list[dict], conf: list[float], th: dict[str, float] | None,
          min_severity: str = "warning") -> dict:
    """The evaluation set's own scorer on these findings at these thresholds."""
    per_case: dict[str, list[dict]] = defaultdict(list)
    for r, c in zip(records, conf):
        level = severity(r, c, th)
        if level is not None:
            per_case[r["case"]].append({"kind": r["kind"], "severity": level, "odd": r["odd"],
                                        "locations": r["locations"]})
    cases = sorted(p.name for p in (cases_dir / "cases").iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        out = Path(tmp) / "score.json"
        pred.write_text("".join(json.dumps({"article": c, "findings": per_case.get(c, [])}) + "\n" for c in cases),
                        encoding="utf-8")
        subprocess.run([sys.executable, str(SCORER), str(cases_dir), str(pred),
                        "--json", str(out), "--min-severity", min_severity], check=True, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8"))


def summary(res: dict) -> dict[str, float]:
    def ratio(pair: list[int]) -> float:
        return pair[0] / pair[1] if pair[1] else 0.0

    p = res["precision"]
    return {"precision": ratio(p["all"]), "entity_precision": ratio(p.get("entity", [0, 0])),
            "recall": ratio(res["recall"]["all_hard"]),
            "entity_recall": ratio(res["recall"].get("entity/injected", [0, 0])),
            "false_alarms_100": res["false_alarms_per_100_sentences"], "f1": res["f1"]}


def error_thresholds(records: list[dict], conf: list[float]) -> dict[str, float]:
    """Per family, from the fit set's out-of-fold confidences: the lowest confidence from
    which findings are right at least 19 times in 20 (at least 10 of them; else no errors)."""
    error: dict[str, float] = {}
    for fam in FAMILIES:
        pairs = sorted(((c, r["right"]) for r, c in zip(records, conf) if r["family"] == fam), reverse=True)
        error[fam] = 1.01
        right = 0
        for n, (c, ok) in enumerate(pairs, 1):
            right += ok
            if n >= 10 and right / n >= ERROR_PRECISION:
                error[fam] = round(c, 3)
    return error


def calibration_table(records: list[dict], conf: list[float]) -> list[tuple[str, int, float]]:
    edges = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01]
    rows = []
    for lo, hi in zip(edges, edges[1:]):
        inside = [r["right"] for r, c in zip(records, conf) if lo <= c < hi]
        rows.append((f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}", len(inside),
                     sum(inside) / len(inside) if inside else float("nan")))
    return rows


SHIPPED = HERE.parent / "i18ncheck" / "data" / "confidence.toml"


def write(weights: dict[str, dict[str, float]], th: dict, note: str, path: Path, errors_checked: str = "") -> None:
    """Write a calibration; `errors_checked` says how its error thresholds were checked since."""
    checked = [f"errors_checked = {json.dumps(errors_checked, ensure_ascii=False)}"] if errors_checked else []
    lines = ["# Weights of the confidence model (i18ncheck/confidence.py), one logistic regression per",
             "# family of checks over the evidence record of i18ncheck/evidence.py, and the severity",
             "# thresholds per family. Written by benchmarks/fit_confidence.py; do not edit by hand: refit.", "",
             "[meta]", f"note = {json.dumps(note, ensure_ascii=False)}", *checked, "",
             "[thresholds]", f"info = {th['info']}", "unfitted = 0.9", ""]
    for key in ("error", "warning"):
        lines.append(f"[thresholds.{key}]")
        lines += [f"{fam} = {v}" for fam, v in th[key].items()] + [""]
    for fam in FAMILIES:
        if weights.get(fam):
            lines.append(f"[weights.{fam}]")
            lines += [f"{n} = {v}" for n, v in sorted(weights[fam].items())]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def shipped(sets: list[Path], table: Path | None, cap_errors: bool = False) -> int:
    """The shipped model (i18ncheck/data/confidence.toml) on each set: confidence bins
    against the share of findings right, and precision per severity. With `cap_errors`,
    each family's error threshold is raised to where the findings of all the sets pooled
    are right at least 19 times in 20 (1.01, never, when no such point has 10 findings),
    and written back: the contract is checked on text the weights were not fitted on."""
    cal = confidence.calibration()
    th = {"error": dict(cal.error), "warning": dict(cal.warning), "info": cal.info}
    per_set = []
    for cases in sets:
        recs = collect(cases)
        label(cases, recs)
        per_set.append((cases.name, cases, recs, predict(recs, {fam: dict(w) for fam, w in cal.weights.items()})))
    if cap_errors:
        pooled = [r for _, _, recs, _ in per_set for r in recs]
        conf = [c for _, _, _, cs in per_set for c in cs]
        found = error_thresholds(pooled, conf)
        raised = {fam: max(th["error"].get(fam, 1.01), found[fam]) for fam in FAMILIES}
        names = " + ".join(name for name, *_ in per_set)
        print(f"error thresholds: {th['error']} -> {raised}")
        th["error"] = raised
        write({fam: dict(w) for fam, w in cal.weights.items()}, th, cal.note, SHIPPED,
              f"error thresholds raised {date.today()} to where the shipped model's findings on {names} pooled "
              f"are right >= {ERROR_PRECISION} (fit_confidence.py --shipped --cap-errors): {found}")
    head = "| confidence | " + " | ".join(f"{name} findings | right" for name, *_ in per_set) + " |"
    lines = [head, "|---|" + "---|---|" * len(per_set)]
    tables = [calibration_table(recs, conf) for _, _, recs, conf in per_set]
    for k, (rng, *_) in enumerate(tables[0]):
        lines.append(f"| {rng} | " + " | ".join(f"{t[k][1]} | {t[k][2]:.2f}" for t in tables) + " |")
    levels = ["| set | warning and error: precision | false alarms /100 | F1 | error only: precision |",
              "|---|---|---|---|---|"]
    for name, cases, recs, conf in per_set:
        both = summary(score(cases, recs, conf, th))
        err = summary(score(cases, recs, conf, th, "error"))
        levels.append(f"| {name} | {both['precision']:.3f} | {both['false_alarms_100']:.2f} | {both['f1']:.4f} "
                      f"| {err['precision']:.3f} |")
    print("\n".join(lines))
    print()
    print("\n".join(levels))
    if table:
        table.write_text("\n".join(["# The shipped confidence model against precision", "",
                                     f"Model: {cal.note}", "", f"Thresholds {th}; scored {date.today()}.", "",
                                     *lines, "", *levels, ""]), encoding="utf-8")
    return 0


def main() -> int:
    global L2, SCORER
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", type=Path, nargs="+", help="sets to fit on (pooled)")
    ap.add_argument("--check", type=Path)
    ap.add_argument("--shipped", type=Path, nargs="+",
                    help="fit nothing: table the shipped model's confidence against precision on these sets")
    ap.add_argument("--cap-errors", action="store_true",
                    help="with --shipped: raise each family's error threshold to where the pooled findings of "
                         "those sets are right 19 times in 20 (never lower it), and write it")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="the sets' score.py")
    ap.add_argument("--write", action="store_true", help="write i18ncheck/data/confidence.toml")
    ap.add_argument("--table", type=Path, help="also write the calibration table (Markdown) here")
    a = ap.parse_args()
    SCORER = a.scorer.resolve()
    if a.shipped:
        return shipped(a.shipped, a.table, a.cap_errors)
    if not a.fit or not a.check:
        ap.error("--fit and --check are required unless --shipped is given")
    per_set = {}
    for cases in a.fit:
        per_set[cases] = collect(cases)
        label(cases, per_set[cases])
    fit_records = [r for recs in per_set.values() for r in recs]
    check_records = collect(a.check)
    label(a.check, check_records)
    fit_names = " + ".join(c.name for c in a.fit)
    losses = {}
    for l2 in L2_GRID:
        L2 = l2
        losses[l2] = log_loss(fit_records, out_of_fold(fit_records))
    L2 = min(losses, key=losses.get)
    print(f"L2 by out-of-fold log-loss: {L2} ({', '.join(f'{k}: {v:.4f}' for k, v in losses.items())})")
    oof = out_of_fold(fit_records)
    weights = fit(fit_records)
    check_conf = predict(check_records, weights)
    error = error_thresholds(fit_records, oof)
    th = {"error": error, "warning": {fam: min(WARNING, error[fam]) for fam in FAMILIES}, "info": INFO}
    rows = []
    sets = []
    start = 0
    for cases, recs in per_set.items():
        sets.append((cases.name + " (out of fold)", cases, recs, oof[start:start + len(recs)]))
        start += len(recs)
    sets.append((a.check.name, a.check, check_records, check_conf))
    for name, cases, recs, conf in sets:
        before = summary(score(cases, recs, [1.0] * len(recs), None))
        after = summary(score(cases, recs, conf, th))
        err_before = summary(score(cases, recs, [1.0] * len(recs), None, "error"))
        err_after = summary(score(cases, recs, conf, th, "error"))
        rows.append((name, before, after, err_before["precision"], err_after["precision"]))
    table = ["| set | | precision | entity precision | recall (hard) | entity recall | false alarms /100 | F1 "
             "| error precision |", "|---|---|---|---|---|---|---|---|---|"]
    for name, before, after, eb, ea in rows:
        for when, sc, e in (("before", before, eb), ("after", after, ea)):
            table.append(f"| {name} | {when} | {sc['precision']:.3f} | {sc['entity_precision']:.3f} "
                         f"| {sc['recall']:.3f} | {sc['entity_recall']:.3f} | {sc['false_alarms_100']:.2f} "
                         f"| {sc['f1']:.4f} | {e:.3f} |")
    calib = [f"| confidence | {fit_names} (out of fold) findings | right | {a.check.name} findings | right |",
             "|---|---|---|---|---|"]
    for (rng, n1, p1), (_, n2, p2) in zip(calibration_table(fit_records, oof), calibration_table(check_records, check_conf)):
        calib.append(f"| {rng} | {n1} | {p1:.2f} | {n2} | {p2:.2f} |")
    print(f"thresholds (error from {fit_names} out of fold): {th}")
    print("\n".join(table))
    print()
    print("\n".join(calib))
    if a.table:
        a.table.write_text("\n".join(["# Confidence against precision", "",
                                      f"Thresholds {th}, fitted on `{fit_names}` ({date.today()}).", "",
                                      *table, "", *calib, ""]), encoding="utf-8")
    if a.write:
        n = {fam: sum(r["family"] == fam for r in fit_records) for fam in FAMILIES}
        note = (f"fitted {date.today()} on {fit_names} ({len(fit_records)} proposed findings: {n}), "
                f"L2 {L2}, signs and priors as in the script; error thresholds from two-fold out-of-fold "
                f"predictions by document on {fit_names} (lowest confidence right >= {ERROR_PRECISION}); "
                f"warning at probability {WARNING} (a false alarm costs half a missed error), info at {INFO}; "
                f"checked on {a.check.name}")
        write(weights, th, note, SHIPPED)
        print("wrote i18ncheck/data/confidence.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
