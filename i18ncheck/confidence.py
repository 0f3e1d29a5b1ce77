"""How likely a finding is right, and the severity that follows.

One logistic model per family of checks (numeric, entity, segment, language) turns a
finding's evidence record (`i18ncheck.evidence`) into a probability. The weights and the
thresholds are data, with a note of how and on what they were fitted
(data/confidence.toml, written by benchmarks/fit_confidence.py). Severity follows from
the confidence, capped by the check's own severity (a missing value is at most a warning):

- confidence >= thresholds.error[family]: the check's severity;
- >= thresholds.warning[family]: a warning (an error check's finding, when the evidence is weaker);
- >= thresholds.info: an info note, shown but never failing a gate;
- below: nothing is reported.

A family with no fitted weights keeps the check's severity, at confidence `unfitted`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from .evidence import ArticleFacts, family, features
from .model import Finding, Severity, frozen_map
from .registry import get


@dataclass(frozen=True)
class Calibration:
    """Fitted weights and severity thresholds per family, and how they were fitted."""

    weights: Mapping[str, Mapping[str, float]]
    error: Mapping[str, float]  # per family: the lowest confidence of an error
    warning: Mapping[str, float]  # per family: the lowest confidence of a warning
    info: float = 0.1  # below this nothing is reported
    unfitted: float = 0.9
    note: str = ""
    # per family: evidence feature -> the least confidence a finding holding it at 1 gets
    floors: Mapping[str, Mapping[str, float]] = field(default_factory=dict)


@functools.cache
def calibration() -> Calibration:
    """The shipped calibration (data/confidence.toml)."""
    from .facts.lexicon import load

    data = load("confidence.toml")
    th = data.get("thresholds", {})
    floors = load("confidence_floors.toml")
    return Calibration({fam: dict(w) for fam, w in data.get("weights", {}).items()},
                       {fam: float(v) for fam, v in th.get("error", {}).items()},
                       {fam: float(v) for fam, v in th.get("warning", {}).items()},
                       float(th.get("info", 0.1)), float(th.get("unfitted", 0.9)),
                       str(data.get("meta", {}).get("note", "")),
                       {fam: {k: float(v) for k, v in table.items()} for fam, table in floors.items()})


@functools.cache
def _po_table() -> dict[str, float]:
    from .facts.lexicon import load

    return {code: float(v) for code, v in load("confidence_po.toml").get("po", {}).items()}


def po_confidence(code: str) -> float:
    """The confidence of a PO catalog finding of this check (a prior: see the data file)."""
    return _po_table().get(code, 0.8)


def probability(evidence: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The logistic model: 1 / (1 + exp(-w.x))."""
    z = sum(weights.get(name, 0.0) * value for name, value in evidence.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def severity_for(code: str, confidence: float, cal: Calibration) -> Severity | None:
    """The severity a finding of this check gets at this confidence (None: not reported)."""
    ceiling = get(code).severity
    fam = family(code)
    if confidence >= cal.error.get(fam, 1.0):
        return ceiling
    if confidence >= cal.warning.get(fam, 0.5):
        return Severity.WARNING if ceiling != Severity.INFO else ceiling
    if confidence >= cal.info:
        return Severity.INFO
    return None


def assess(findings: Iterable[Finding], article: ArticleFacts, cal: Calibration | None = None) -> list[Finding]:
    """The findings with their evidence, confidence and severity set; those whose
    confidence is below the info threshold are dropped."""
    cal = cal or calibration()
    proposed = list(findings)
    out = []
    for f in proposed:
        evidence = features(f, article, proposed)
        weights = cal.weights.get(family(f.code))
        if not weights:
            out.append(replace(f, confidence=cal.unfitted, evidence=frozen_map(evidence)))
            continue
        floor = max((v for k, v in cal.floors.get(family(f.code), {}).items() if evidence.get(k) == 1.0), default=0.0)
        confidence = round(max(probability(evidence, weights), floor), 3)
        level = severity_for(f.code, confidence, cal)
        if level is not None:
            out.append(replace(f, confidence=confidence, severity=level, evidence=frozen_map(evidence)))
    return out
