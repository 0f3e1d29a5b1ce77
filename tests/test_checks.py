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
from i18ncheck.registry import REGISTRY, get

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[dict]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            for case in tomllib.load(fh)["case"]:
                case["file"] = path.name
                cases.append(case)
    return cases


CASES = _load()

# Cases of checks not yet registered are skipped; these number cases need number words,
# ordinals and unit conversion, which the numbers issue (#3) brings. Remove as they pass.
PENDING = frozenset("""
nu01-clean-thousands-genitive-words
nu01-clean-thousands-words-uk-nominative
nu01-thousands-nnbsp-words-changed
nu01-words-thousands-changed
nu01-half-million-changed
nu01-clean-words-dative-dvadtsiatom
nu01-words-dative-changed
nu01-clean-words-dvadtsati-odnoi
nu01-words-region-count-changed
nu01-collective-changed-ru
nu01-collective-changed-uk
nu01-half-changed
nu01-dozen-changed
nu01-clean-ordinal-grade
nu01-ordinal-changed
nu01-ordinal-grade-changed
nu01-vague-thousands-vs-hundreds
nu01-vague-dozens-vs-hundreds
nu01-clean-miles-km
nu01-miles-km-wrong
nu01-clean-pounds-kg
nu01-pounds-kg-not-converted
nu01-clean-feet-cm
nu01-clean-mph-kmh
nu01-mph-not-converted
nu01-clean-one-edition-converts
nu01-clean-fahrenheit
nu01-fahrenheit-wrong
nu01-clean-fahrenheit-difference
nu01-fahrenheit-difference-wrong
nu01-clean-inches-rain
nu01-inches-not-converted
nu01-handball-score-changed
nu01-name-f16-count-changed
nu02-suspects-dropped
nu02-word-number-dropped
nu02-ordinal-dropped
""".split())


def _counted(report):
    return [f for f in report.findings if get(f.code).severity != Severity.INFO]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    if case["code"] not in REGISTRY:
        pytest.skip(f"{case['code']} is not implemented yet")
    if case["id"] in PENDING:
        pytest.xfail("needs the numbers issue (#3)")
    texts = {lang: case[lang] for lang in ("uk", "en", "ru") if lang in case}
    report = check_texts(texts, name=case["id"])
    assert not report.problems, report.problems
    found = [(f.code, sorted(f.odd)) for f in _counted(report)]
    if case["expect"] == "clean":
        assert found == [], f"{case['note']}: expected no findings"
    else:
        assert (case["code"], sorted(case["odd"])) in found, f"{case['note']}: got {found}"
        others = [c for c in found if c[0] != case["code"]]
        assert others == [], f"{case['note']}: only {case['code']} expected, also got {others}"


def test_case_ids_are_unique() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_check_has_examples(code: str) -> None:
    flagged = [c for c in CASES if c["code"] == code and c["expect"] == "flag"]
    clean = [c for c in CASES if c["code"] == code and c["expect"] == "clean"]
    assert flagged, f"{code} has no example that must be flagged"
    assert clean, f"{code} has no example that must stay clean"
