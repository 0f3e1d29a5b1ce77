"""`i18ncheck po`: the pass/fail tables (tests/cases/po.toml, po_compare.toml), plural
rules with three and four forms, bad catalogs, and the command line."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import polib
import pytest

from i18ncheck.cli import main
from i18ncheck.po import check_files
from i18ncheck.po.catalog import plural_rule
from i18ncheck.registry import PO_CHECKS

CASES_DIR = Path(__file__).parent / "cases"
CASES = tomllib.loads((CASES_DIR / "po.toml").read_text(encoding="utf-8"))["case"]
COMPARE = tomllib.loads((CASES_DIR / "po_compare.toml").read_text(encoding="utf-8"))["case"]
THREE = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"


def write_catalog(path: Path, lang: str, entries: list[dict], plural_forms: str = THREE) -> Path:
    """A catalog file holding the given entries (dicts of polib.POEntry arguments)."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Project-Id-Version": "test 1.0", "Language": lang, "MIME-Version": "1.0",
                   "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
                   "Plural-Forms": plural_forms}
    for e in entries:
        po.append(polib.POEntry(**e))
    po.save(str(path))
    return path


def _entry(case: dict) -> dict:
    entry = {"msgid": case["msgid"], "flags": list(case.get("flags", []))}
    if case.get("fuzzy"):
        entry["flags"].append("fuzzy")
    if "msgctxt" in case:
        entry["msgctxt"] = case["msgctxt"]
    if "msgid_plural" in case:
        entry["msgid_plural"] = case["msgid_plural"]
        entry["msgstr_plural"] = dict(enumerate(case["msgstr_plural"]))
    else:
        entry["msgstr"] = case["msgstr"]
    return entry


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict, tmp_path: Path) -> None:
    path = write_catalog(tmp_path / f"{case['lang']}.po", case["lang"], [_entry(case)],
                         case.get("plural_forms", THREE))
    (report,) = check_files([str(path)])
    assert not report.problems, report.problems
    codes = sorted({f.code for f in report.findings})
    if case["expect"] == "clean":
        assert codes == [], f"{case['note']}: {[(f.code, dict(f.args)) for f in report.findings]}"
    else:
        assert case["code"] in codes, f"{case['note']}: got {codes}"
        assert set(codes) <= {case["code"], *case.get("also", [])}, \
            f"{case['note']}: {[(f.code, dict(f.args)) for f in report.findings]}"


@pytest.mark.parametrize("case", COMPARE, ids=[c["id"] for c in COMPARE])
def test_compare_case(case: dict, tmp_path: Path) -> None:
    paths = [write_catalog(tmp_path / f"{lang}.po", lang, [{"msgid": case["msgid"], "msgstr": case[lang]}])
             for lang in ("uk", "ru")]
    reports = {r.language: r for r in check_files([str(p) for p in paths], compare=True)}
    found = {(f.code, lang) for lang, r in reports.items() for f in r.findings}
    if case["expect"] == "clean":
        assert not found, f"{case['note']}: {found}"
    else:
        assert {(case["code"], lang) for lang in case["odd"]} <= found, f"{case['note']}: {found}"
        assert {lang for _, lang in found} == set(case["odd"]), f"{case['note']}: {found}"


def test_case_ids_are_unique() -> None:
    for table in (CASES, COMPARE):
        ids = [c["id"] for c in table]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize("code", [c.code for c in PO_CHECKS])
def test_every_po_check_has_examples(code: str) -> None:
    flagged = [c for c in CASES if c["code"] == code and c["expect"] == "flag"]
    clean = [c for c in CASES if c["code"] == code and c["expect"] == "clean"]
    assert flagged and clean, f"{code} needs pass and fail examples in po.toml"


@pytest.mark.parametrize("header, forms", [
    (THREE, {0: [1, 21, 31], 1: [2, 3, 4, 22], 2: [0, 5, 11, 12, 25]}),
    ("nplurals=4; plural=(n==1 ? 0 : n%10==1 && n%100!=11 ? 1 : n%10>=2 && n%10<=4 && "
     "(n%100<10 || n%100>=20) ? 2 : 3);", {0: [1], 1: [21, 31], 2: [2, 22], 3: [0, 5, 11]}),
    ("nplurals=4; plural=(n % 1 == 0 && n % 10 == 1 && n % 100 != 11 ? 0 : n % 1 == 0 && n % 10 >= 2 && "
     "n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : n % 1 == 0 && (n % 10 ==0 || (n % 10 >=5 && "
     "n % 10 <=9) || (n % 100 >=11 && n % 100 <=14 )) ? 2: 3);", {0: [1, 21], 1: [2, 24], 2: [0, 5, 14], 3: []}),
])
def test_plural_rules_say_which_numbers_each_form_serves(header: str, forms: dict[int, list[int]]) -> None:
    rule = plural_rule(header, "uk", "x.po")
    for form, numbers in forms.items():
        assert set(numbers) <= set(rule.numbers(form))
        if not numbers:
            assert rule.numbers(form) == ()
    assert plural_rule(None, "ru", "x.po").nplurals == 3  # CLDR via Babel when there is no header


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"\xde\x12\x04\x95\x00\x00\x00\x00", "compiled .mo"),
    (b"\x00\x01binary\x00", "binary"),
    (b'msgid "a"\nmsgstr "b"\nmsgstr "c"\n', "not a valid PO file"),
    (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "x"\nmsgstr "\xff\xfe"\n',
     "is not valid UTF-8"),
    (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=KLINGON-8\\n"\n\nmsgid "x"\nmsgstr "y"\n',
     "unknown charset"),
    (b'msgid ""\nmsgstr "Language: de\\n"\n\nmsgid "x"\nmsgstr "y"\n', "does not say its language"),
    (b'msgid ""\nmsgstr "Language: uk\\nPlural-Forms: nplurals=3; plural=n %%% 2;\\n"\n\nmsgid "x"\nmsgstr "y"\n',
     "plural expression"),
])
def test_bad_catalogs_are_named_and_the_rest_still_checked(tmp_path: Path, capsys, content: bytes, words: str) -> None:
    bad = tmp_path / "bad.po"
    bad.write_bytes(content)
    good = write_catalog(tmp_path / "uk.po", "uk", [{"msgid": "Keep 5 copies", "msgstr": "Зберігати 3 копії"}])
    code = main(["po", str(bad), str(good), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 2
    assert str(bad) in err and words in err, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["catalog"] for r in reports] == [str(bad), str(good)]
    assert [f["code"] for f in reports[1]["findings"]] == ["NU01"]
    assert bad.read_bytes() == content  # never modified


def test_jsonl_schema_and_exit_codes(tmp_path: Path, capsys) -> None:
    path = write_catalog(tmp_path / "ru.po", "ru", [
        {"msgid": "Delete 1 file", "msgid_plural": "Delete %(count)s files", "flags": ["python-format"],
         "msgstr_plural": {0: "Удалить 1 файл", 1: "Удалить %(count)s файла", 2: "Удалить %(count)s файлов"}},
        {"msgid": "Wait 30 seconds", "msgstr": "Подождите 3 секунды", "msgctxt": "dialog"},
        {"msgid": "Fuzzy 5", "msgstr": "Нечёткое 6", "flags": ["fuzzy"]},
    ])
    assert main(["po", str(path), "--format", "jsonl"]) == 1
    (report,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert report["schema"] == "i18ncheck/po-report@1"
    assert (report["catalog"], report["language"], report["entries"]) == (str(path), "ru", 2)
    found = {f["code"]: f for f in report["findings"]}
    assert set(found) == {"PO03", "NU01"}
    assert set(found["NU01"]) >= {"code", "kind", "severity", "message", "msgid", "msgctxt", "line"}
    assert found["NU01"]["msgctxt"] == "dialog" and found["NU01"]["kind"] == "number_mismatch"
    assert found["PO03"]["line"] < found["NU01"]["line"]
    assert main(["po", str(path), "--include-fuzzy", "--format", "jsonl"]) == 1
    fuzzy = json.loads(capsys.readouterr().out)
    assert fuzzy["entries"] == 3 and len(fuzzy["findings"]) == 3
    assert main(["po", str(path), "--fail-on", "never"]) == 0
    capsys.readouterr()


def _catalog_with_findings(tmp_path: Path) -> Path:
    return write_catalog(tmp_path / "uk.po", "uk", [
        {"msgid": "Keep 5 copies of <b>%s</b>", "msgstr": "Зберігати 3 копії <b>%s</b>"},
        {"msgid": "Open <script>alert(1)</script> at https://example.org/a", "msgstr": "Відкрити <script>alert(1)</script>"},
        {"msgid": "Delete the selected files", "msgstr": "Видалити вибрані файли"},
    ])


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown", "html", "sarif", "junit"])
def test_po_reports_in_every_format(tmp_path: Path, fmt: str) -> None:
    path = _catalog_with_findings(tmp_path)
    out = tmp_path / f"report.{fmt}"
    assert main(["po", str(path), "--format", fmt, "--output", str(out), "--no-color"]) == 1
    text = out.read_text(encoding="utf-8")
    assert "NU01" in text and "PO05" in text
    if fmt in ("html", "markdown", "junit"):
        assert "<script>alert" not in text  # markup in a msgid stays text (JSON and SARIF carry it as data)
    if fmt == "json":
        doc = json.loads(text)
        assert doc["summary"]["by_code"] == {"NU01": 1, "PO05": 1}
    if fmt == "sarif":
        from test_reports import _sarif_validator

        doc = json.loads(text)
        assert not list(_sarif_validator().iter_errors(doc))
        lines = sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in doc["runs"][0]["results"])
        assert len(lines) == 2 and all(line > 1 for line in lines)
    if fmt == "junit":
        junitparser = pytest.importorskip("junitparser")
        (suite,) = list(junitparser.JUnitXml.fromfile(str(out)))
        assert suite.failures == 2


def test_several_po_formats_in_one_run(tmp_path: Path, capsys) -> None:
    path = _catalog_with_findings(tmp_path)
    html, sarif = tmp_path / "r.html", tmp_path / "r.sarif"
    assert main(["po", str(path), "--no-color", "--report", f"html:{html}", "--report", f"sarif:{sarif}"]) == 1
    assert "NU01" in capsys.readouterr().out
    assert "&lt;script&gt;" in html.read_text(encoding="utf-8") and json.loads(sarif.read_text(encoding="utf-8"))


def test_po_configuration_applies(tmp_path: Path, capsys) -> None:
    path = _catalog_with_findings(tmp_path)
    (tmp_path / ".i18ncheck.toml").write_text('ignore = ["NU"]\nseverity = {PO05 = "info"}\n', encoding="utf-8")
    assert main(["po", str(path), "--format", "jsonl"]) == 0
    (report,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(f["code"], f["severity"]) for f in report["findings"]] == [("PO05", "info")]


def test_parallel_check_matches_serial(tmp_path: Path) -> None:
    from i18ncheck.po import check_catalog, read

    entries = [{"msgid": f"Keep {n} copies of %s", "msgstr": f"Зберігати {n + (n % 7 == 0)} копій %s"}
               for n in range(1, 1700)]
    catalog = read(str(write_catalog(tmp_path / "uk.po", "uk", entries)))
    serial, parallel = check_catalog(catalog, 1), check_catalog(catalog, 2)
    assert serial.findings == parallel.findings and len(serial.findings) == 242
