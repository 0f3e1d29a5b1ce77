"""The pass/fail example table of every check, driven by one parametrized test.

Each file in tests/cases/ holds [[case]] tables: a tiny article in uk/en/ru, the code under
test, and whether it must be flagged (naming the odd edition) or stay clean.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from i18ncheck.api import check_texts
from i18ncheck.model import Severity
from i18ncheck.registry import ARTICLE_CHECKS, REGISTRY, severity_of

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[dict]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        if path.name.startswith("po"):
            continue  # PO catalog tables: tests/test_po.py
        with path.open("rb") as fh:
            for case in tomllib.load(fh)["case"]:
                case["file"] = path.name
                cases.append(case)
    return cases


CASES = _load()

# Cases of checks not yet registered are skipped.


def _counted(report):
    """Findings a gate counts: warnings and errors (an info note is a hint, not a finding)."""
    return [f for f in report.findings if severity_of(f) != Severity.INFO]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    if case["code"] not in REGISTRY:
        pytest.skip(f"{case['code']} is not implemented yet")
    texts = {lang: case[lang] for lang in ("uk", "en", "ru") if lang in case}
    report = check_texts(texts, name=case["id"])
    assert not report.problems, report.problems
    found = [(f.code, sorted(f.odd)) for f in _counted(report)]
    if case["expect"] == "clean":
        assert found == [], f"{case['note']}: expected no findings"
    else:
        # the check must find it; how sure it is (a note, a warning, an error) is the
        # confidence model's call, asserted only where a case names a least severity
        reported = [(f.code, sorted(f.odd), severity_of(f)) for f in report.findings]
        hits = [s for code, odd, s in reported if (code, odd) == (case["code"], sorted(case["odd"]))]
        assert hits, f"{case['note']}: got {reported}"
        if "severity" in case:
            assert max(s.rank for s in hits) >= Severity(case["severity"]).rank, f"{case['note']}: got {hits}"
        others = [c for c in found if c[0] != case["code"]]
        assert others == [], f"{case['note']}: only {case['code']} expected, also got {others}"


def test_case_ids_are_unique() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("code", sorted(c.code for c in ARTICLE_CHECKS))
def test_every_check_has_examples(code: str) -> None:
    flagged = [c for c in CASES if c["code"] == code and c["expect"] == "flag"]
    clean = [c for c in CASES if c["code"] == code and c["expect"] == "clean"]
    assert flagged, f"{code} has no example that must be flagged"
    assert clean, f"{code} has no example that must stay clean"


def test_a_value_missing_twice_from_one_place_is_one_finding() -> None:
    texts = {"uk": "Сусіди швидко все зрозуміли.",
             "en": "The neighbours quickly put two and two together.",
             "ru": "Соседи быстро сложили два и два."}
    report = check_texts(texts, name="twice")
    missing = [f for f in report.findings if f.code == "NU02"]
    assert len(missing) == 1, [dict(f.args) for f in missing]
