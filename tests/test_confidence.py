"""The confidence model: every finding carries a confidence, severity follows from it, the
shipped calibration is well formed, and --min-confidence / min-confidence filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from i18ncheck.api import check_texts
from i18ncheck.cli import cli, main
from i18ncheck.confidence import (
    Calibration,
    calibration,
    po_confidence,
    probability,
    severity_for,
)
from i18ncheck.evidence import FAMILIES, readings, similarity
from i18ncheck.model import Severity
from i18ncheck.registry import ARTICLE_CHECKS, PO_CHECKS, severity_of

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CAL = Calibration(weights={"numeric": {"bias": 0.0}}, error={"numeric": 0.9}, warning={"numeric": 0.4}, info=0.05)


@pytest.mark.parametrize("code, confidence, expected", [
    ("NU01", 0.95, Severity.ERROR),    # above the error threshold: the check's own severity
    ("NU02", 0.95, Severity.WARNING),  # ... which for a missing value is a warning at most
    ("NU01", 0.6, Severity.WARNING),   # between warning and error
    ("NU01", 0.2, Severity.INFO),      # a note
    ("NU01", 0.01, None),              # nothing
])
def test_severity_follows_confidence(code: str, confidence: float, expected: Severity | None) -> None:
    assert severity_for(code, confidence, CAL) == expected


def test_probability_is_logistic() -> None:
    assert probability({"bias": 1.0}, {"bias": 0.0}) == pytest.approx(0.5)
    assert probability({"bias": 1.0, "x": 1.0}, {"bias": -1.0, "x": 3.0}) == pytest.approx(1 / (1 + 2.718281828 ** -2))


def test_shipped_calibration_is_fitted_and_ordered() -> None:
    cal = calibration()
    assert "fitted" in cal.note and "dev2" in cal.note  # says how and on what
    for fam in set(FAMILIES.values()):
        assert cal.weights.get(fam), f"{fam} has no weights"
        assert 0 < cal.info <= cal.warning[fam] <= cal.error[fam] <= 1.01


def test_every_finding_has_a_confidence() -> None:
    report = check_texts({
        "uk": "У четвер уряд виділив 35 мільйонів гривень на ремонт мосту в Черкасах.",
        "en": "On Thursday the government allocated 53 million hryvnias to repair a bridge in Cherkasy.",
        "ru": "В четверг правительство выделило 35 миллионов гривен на ремонт моста в Черкассах.",
    })
    assert report.findings
    for f in report.findings:
        assert 0 < f.confidence <= 1 and f.evidence
        assert severity_of(f) == severity_for(f.code, f.confidence, calibration())


@pytest.mark.parametrize("text, lang, ordinary", [
    ("Налаштування", "uk", True),   # a menu label: a word a translator translates
    ("Settings", "en", True),
    ("Harbor", "en", True),
    ("Ковальчук", "uk", False),     # a surname: rendered by transliteration only
    ("Норвегії", "uk", False),      # a country the gazetteer knows
    ("Zaporizhzhia", "en", False),
    ("Інструкція", "ru", True),     # a Ukrainian word left in the Russian edition is read as Ukrainian
    ("Выбрать", "uk", True),        # ... and a Russian one in the Ukrainian edition as Russian
    ("Download'", "en", True),      # a closing quote is not part of the word
    ("Nevada", "en", False),        # a word list that keeps case writes it only with a capital
    ("Sandy", "en", True),          # a nickname made of a word: translatable
    ("Ironworks", "en", True),      # two English words run together: a word too
    ("Redhill", "en", False),       # ... not when a part is shorter than four letters
])
def test_readings_tell_words_from_names(text: str, lang: str, ordinary: bool) -> None:
    assert (readings(text, lang)[0] == 1.0) == ordinary


@pytest.mark.parametrize("a, la, b, lb, alike", [
    ("Харкова", "uk", "Kharkiv", "en", True),      # case form and official romanisation
    ("Харькове", "ru", "Kharkiv", "en", True),
    ("Щербаков", "ru", "Shcherbakov", "en", True),
    ("Чернігові", "uk", "Zhytomyr", "en", False),
    ("Полтаві", "uk", "Полтаве", "ru", True),
])
def test_similarity_reads_across_scripts(a: str, la: str, b: str, lb: str, alike: bool) -> None:
    assert (similarity(a, la, b, lb) >= 0.7) == alike


def _jsonl(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["check", *args, "--format", "jsonl"])
    assert result.exit_code in (0, 1), result.output
    return [f for line in result.output.splitlines() if line.strip() for f in json.loads(line)["findings"]]


def test_min_confidence_filters(tmp_path: Path) -> None:
    article = str(CORPUS / "drone-losses")
    every = _jsonl(article)
    assert every and all(0 < f["confidence"] <= 1 for f in every)
    cut = sorted(f["confidence"] for f in every)[len(every) // 2]
    kept = _jsonl(article, "--min-confidence", str(cut))
    assert kept == [f for f in every if f["confidence"] >= cut]
    (tmp_path / ".i18ncheck.toml").write_text(f"min-confidence = {cut}\n", encoding="utf-8")
    assert _jsonl(article, "--config", str(tmp_path / ".i18ncheck.toml")) == kept


@pytest.mark.parametrize("value", ["1.5", "-0.1", "yes"])
def test_bad_min_confidence_is_a_usage_error(tmp_path: Path, capsys, value: str) -> None:
    assert main(["check", str(CORPUS / "drone-losses"), "--min-confidence", value]) == 2
    config = tmp_path / ".i18ncheck.toml"
    config.write_text(f"min-confidence = {value if value != 'yes' else 'true'}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(CORPUS / "drone-losses"), "--config", str(config)]) == 2
    assert "min-confidence" in capsys.readouterr().err


def test_po_findings_have_a_confidence() -> None:
    for check in PO_CHECKS:
        assert 0 < po_confidence(check.code) <= 1
    assert {c.code for c in ARTICLE_CHECKS} >= {"NU01", "EN01", "SG01", "LG01"}


@pytest.mark.parametrize("word, parses, borrowed", [
    ("зорбекс", (("зорбекс", frozenset({"NOUN", "Fixd"})),), True),   # indeclinable, unknown in Russian: a name
    ("кафе", (("кафе", frozenset({"NOUN", "Fixd"})),), False),         # indeclinable, a Russian word too
    ("таксі", (("таксі", frozenset({"NOUN", "Fixd"})),), False),       # ... letters folded (такси)
    ("зорбекс", (("зорбекс", frozenset({"NOUN"})),), False),           # declinable: a word
])
def test_an_indeclinable_borrowing_unknown_to_russian_is_a_name(word: str, parses: tuple, borrowed: bool) -> None:
    from i18ncheck.evidence import _borrowed_name

    assert _borrowed_name(word, "uk", parses) is borrowed


@pytest.mark.parametrize("text, foreign", [
    ("Goldene Kamera", True),            # two words, neither English
    ("Żubry", True),                     # a letter English does not use
    ("Google", False),                   # one ASCII word: a brand, not a phrase to translate
    ("Golden Camera", False),            # English words
    ("Fundacja Ochrony i Rozwoju Lasów", True),  # a one-letter "i" reads as English: most words are not
    ("Asociatia Libera a Brutarilor", True),    # ASCII, a one-letter "a" inside
    ("Bank of England", False),
])
def test_a_foreign_title_is_told_from_a_brand(text: str, foreign: bool) -> None:
    from i18ncheck.evidence import foreign_title

    assert foreign_title(text, "uk") is foreign
