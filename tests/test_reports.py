"""The report formats: golden files on a fixed report, the SARIF schema, JUnit as CI tools
read it, escaping of article text, and writing several formats in one run.

Regenerate the golden files after an intended change with
`I18NCHECK_UPDATE_GOLDEN=1 pytest tests/test_reports.py` and review the diff."""

from __future__ import annotations

import io
import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixed_report import fixed_run

from i18ncheck import __version__
from i18ncheck.cli import cli
from i18ncheck.model import (
    CatalogReport,
    CatalogRun,
    EntryLocation,
    Finding,
    frozen_map,
)
from i18ncheck.registry import ARTICLE_CHECKS, CHECKS
from i18ncheck.reporters import CHOICES, make

GOLDEN = Path(__file__).parent / "golden"
# The official schema lives beside the project (../shared/schemas); .ci/run, which tests a
# copy elsewhere, points I18NCHECK_SCHEMAS at it.
SCHEMAS = os.environ.get("I18NCHECK_SCHEMAS") or Path(__file__).resolve().parents[2] / "shared" / "schemas"
SCHEMA = Path(SCHEMAS) / "sarif-schema-2.1.0.json"
SUFFIX = {"text": "txt", "json": "json", "jsonl": "jsonl", "html": "html", "markdown": "md",
          "sarif": "sarif", "junit": "xml", "github": "github.txt"}


def render(fmt: str, run=None, lang: str = "en") -> str:
    run = run or fixed_run()
    stream = io.StringIO()
    reporter = make(fmt, stream, lang, False)
    for article in run.articles:
        reporter.add(article)
    reporter.finish(run)
    return stream.getvalue()


@pytest.mark.parametrize("fmt", CHOICES)
def test_golden(fmt: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    out = render(fmt).replace(__version__, "{version}")
    path = GOLDEN / f"report.{SUFFIX[fmt]}"
    if os.environ.get("I18NCHECK_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8", newline="")
    assert out == path.read_text(encoding="utf-8"), f"{path.name} differs; see the module docstring"


@pytest.mark.parametrize("fmt", ["html", "markdown", "sarif", "junit", "json"])
def test_article_text_never_becomes_markup(fmt: str) -> None:
    out = render(fmt)
    assert "<script>alert" not in out and "<img src=x" not in out
    if fmt == "html":
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
        assert out.count("<script") == 1  # the page's own filter script


def _sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"{SCHEMA} is absent")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def test_sarif_validates_against_the_official_schema() -> None:
    validator = _sarif_validator()
    doc = json.loads(render("sarif"))
    errors = sorted(validator.iter_errors(doc), key=str)
    assert not errors, errors[0].message


def test_sarif_of_a_real_run_validates(corpus: Path) -> None:
    validator = _sarif_validator()
    result = CliRunner().invoke(cli, ["check", str(corpus / "kyiv-metro"), str(corpus / "drone-losses"),
                                      "-f", "sarif"])
    doc = json.loads(result.output)
    assert not list(validator.iter_errors(doc))
    assert doc["runs"][0]["results"]


def test_sarif_rules_and_locations() -> None:
    doc = json.loads(render("sarif"))
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [c.code for c in CHECKS]
    assert rules[0]["name"] == "numbers.mismatch" and rules[0]["defaultConfiguration"]["level"] == "error"
    assert run["columnKind"] == "unicodeCodePoints"
    first = run["results"][0]
    assert first["ruleId"] == "NU01" and first["level"] == "error"
    where = first["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "energy/ru.txt"
    text = fixed_run().articles[0].sources["ru"]
    region = where["region"]
    assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == "53 000"
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 25, 31)
    related = {r["physicalLocation"]["artifactLocation"]["uri"] for r in first["relatedLocations"]}
    assert related == {"energy/uk.txt", "energy/en.txt"}
    assert run["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5


def test_junit_is_read_by_junitparser(tmp_path: Path) -> None:
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "report.xml"
    path.write_text(render("junit"), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert list(suites) == ["energy", "quiet", "broken"]
    energy = suites["energy"]
    assert energy.tests == len(ARTICLE_CHECKS) and energy.failures == 3
    failed = {case.name: case.result[0] for case in energy if case.result}
    assert set(failed) == {"NU01 numbers.mismatch", "SG02 segments.sentence_missing", "EN02 entities.missing"}
    assert "53 000" in failed["NU01 numbers.mismatch"].text
    assert suites["quiet"].failures == 0
    assert suites["broken"].errors == 1 and suites["broken"].tests == 1


def test_markdown_cells_cannot_break_the_table() -> None:
    out = render("markdown")
    rows = [line for line in out.splitlines() if line.startswith("| NU01") or line.startswith("| SG02")]
    assert rows and all(row.count(" | ") == 5 for row in rows)
    assert "**53 000**" in out  # the odd edition's words stand out


class _Marks(HTMLParser):
    """The <mark> elements of a page (text, class, title) and the classes of its cells."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.cells: list[str] = []
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        attrs = {k: v or "" for k, v in attrs}
        if tag == "mark":
            self._open = {"text": "", "class": attrs.get("class", ""), "title": attrs.get("title", "")}
        elif tag == "td":
            self.cells.append(attrs.get("class", ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append(self._open)
            self._open = None


def test_html_highlights_every_finding_and_marks_the_odd_edition() -> None:
    page = render("html")
    assert "script-src 'sha256-" in page  # only the page's own script may run
    parser = _Marks()
    parser.feed(page)
    texts = {(m["text"], "odd" in m["class"].split()) for m in parser.marks}
    assert ("53 000", True) in texts and ("35 000", False) in texts and ("35,000", False) in texts
    assert ("Норвегії", False) in texts
    assert any("53 000 in ru" in m["title"] for m in parser.marks)
    assert "absent" in parser.cells, "a sentence missing from an edition is shown as an empty, marked cell"


def test_several_formats_in_one_run(tmp_path: Path, corpus: Path) -> None:
    targets = {fmt: tmp_path / f"out.{SUFFIX[fmt]}" for fmt in ("html", "sarif", "junit", "markdown", "json")}
    args = ["check", str(corpus / "kyiv-metro"), "--no-color"]
    for fmt, path in targets.items():
        args += ["--report", f"{fmt}:{path}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "NU01" in result.output and "articles checked: 1" in result.output  # the terminal shows text
    for fmt, path in targets.items():
        assert path.stat().st_size > 200, fmt
    assert json.loads(targets["json"].read_text(encoding="utf-8"))["summary"]["findings"] >= 1
    assert "<mark" in targets["html"].read_text(encoding="utf-8")


@pytest.mark.parametrize("spec", ["html", "pdf:out.pdf", "html:", ":x.html"])
def test_bad_report_option_is_a_usage_error(tmp_path: Path, corpus: Path, spec: str) -> None:
    result = CliRunner().invoke(cli, ["check", str(corpus / "grain-corridor"), "--report", spec])
    assert result.exit_code == 2 and "FORMAT:FILE" in result.output


# What each format shows of the catalog below: its path, the entry's line and the finding's code.
CATALOG_MARKS = {"text": ["uk.po:7", "PO02", "msgid: [menu] %d file"], "json": ['/po-run@1"', '"line": 7', '"PO02"'],
                 "jsonl": ['/po-report@1"', '"line": 7', '"PO02"'], "html": ['<td class="line">7</td>', "PO02"],
                 "markdown": ["| 7 | PO02 |"], "sarif": ['"startLine": 7', '"ruleId": "PO02"'],
                 "junit": ['name="i18ncheck po"', "uk.po:7: [error 1.00]"], "github": ["file=uk.po,line=7,title=PO02"]}


@pytest.mark.parametrize("fmt", CHOICES)
def test_one_reporter_writes_articles_and_catalogs(fmt: str, monkeypatch) -> None:
    """One finding type for articles and catalogs, and one reporter per format: the same
    reporter object writes a run of articles, then a run of a catalog."""
    monkeypatch.setenv("COLUMNS", "100")
    finding = Finding("PO02", ("uk",), frozen_map({"found": 2, "expected": 3}),
                      entry=EntryLocation("%d file", "menu", 7))
    catalog = CatalogReport("uk.po", "uk", 3, (finding,))
    assert isinstance(fixed_run().articles[0].findings[0], type(finding))
    stream = io.StringIO()
    reporter = make(fmt, stream, "en", False)
    articles = fixed_run()
    for article in articles.articles:
        reporter.add(article)
    reporter.finish(articles)
    written = stream.getvalue()
    assert written == render(fmt)
    reporter.add(catalog)
    reporter.finish(CatalogRun((catalog,)))
    out = stream.getvalue()[len(written):]
    assert "energy" not in out and all(mark in out for mark in CATALOG_MARKS[fmt]), out
