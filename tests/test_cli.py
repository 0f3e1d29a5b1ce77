"""The command line: exit codes, formats, input forms and bad input, via click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from i18ncheck.cli import cli, main, ui_language

UK = "Міністр заявив, що у грудні ліквідували 53 тисячі військових.\n"
EN = "The minister said that 35,000 soldiers were eliminated in December.\n"
RU = "Министр заявил, что в декабре ликвидировали 35 тыс. военных.\n"
CLEAN_UK = "Міністр заявив, що у грудні ліквідували 35 тисяч військових.\n"


def _article(root: Path, name: str, uk: str = CLEAN_UK, en: str = EN, ru: str | None = RU) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "uk.txt").write_text(uk, encoding="utf-8")
    (folder / "en.txt").write_text(en, encoding="utf-8")
    if ru is not None:
        (folder / "ru.txt").write_text(ru, encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_clean_article_exits_0(tmp_path: Path) -> None:
    result = run("check", str(_article(tmp_path, "a")))
    assert result.exit_code == 0, result.output
    assert "errors: 0" in result.output


def test_mismatch_exits_1_and_names_odd_edition(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", uk=UK)
    result = run("check", str(folder), "--format", "jsonl")
    assert result.exit_code == 1
    (report,) = _jsonl(result.output)
    assert report["schema"] == "i18ncheck/report@1"
    (finding,) = report["findings"]
    assert finding["code"] == "NU01" and finding["kind"] == "number_mismatch"
    assert finding["odd"] == ["uk"] and finding["severity"] == "error"
    assert finding["args"]["values"] == {"uk": 53000, "en": 35000, "ru": 35000}
    loc = finding["locations"]["uk"]
    assert UK[loc["start"]:loc["end"]] == loc["text"] == "53 тисячі"
    assert finding["message"] == "35,000 in en and ru, but 53 тисячі in uk"


def test_fail_on_never_and_warning(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", uk=UK)
    assert run("check", str(folder), "--fail-on", "never").exit_code == 0
    # a number missing from one edition is a warning: fails only with --fail-on warning
    dropped = _article(tmp_path, "b", uk="Міністр заявив, що у грудні ліквідували багато військових.\n")
    assert run("check", str(dropped)).exit_code == 0
    assert run("check", str(dropped), "--fail-on", "warning").exit_code == 1


def test_json_document_for_the_run(tmp_path: Path) -> None:
    a = _article(tmp_path, "a", uk=UK)
    b = _article(tmp_path, "b", ru=None)
    result = run("check", str(a), str(b), "--format", "json")
    doc = json.loads(result.output)
    assert doc["summary"]["articles"] == 2
    assert doc["summary"]["by_kind"] == {"number_mismatch": 1}
    assert doc["summary"]["missing_editions"] == {str(b): ["ru"]}
    assert [a["article"] for a in doc["articles"]] == [str(a), str(b)]


def test_two_editions_are_enough(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", ru=None)
    result = run("check", str(folder), "--format", "jsonl")
    assert result.exit_code == 0
    (report,) = _jsonl(result.output)
    assert report["missing"] == ["ru"] and sorted(report["editions"]) == ["en", "uk"]


def test_explicit_files(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", uk=UK)
    result = run("check", "--uk", str(folder / "uk.txt"), "--en", str(folder / "en.txt"),
                 "--ru", str(folder / "ru.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert _jsonl(result.output)[0]["findings"][0]["odd"] == ["uk"]


def test_jsonl_export_input(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"id": "x1", "uk": UK, "en": EN, "ru": RU}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    result = run("check", str(export), "--format", "jsonl")
    (report,) = _jsonl(result.output)
    assert report["article"] == f"{export}#x1"
    assert report["findings"][0]["odd"] == ["uk"]


def test_binary_edition_exit_2_and_other_articles_still_checked(tmp_path: Path) -> None:
    bad = _article(tmp_path, "bad")
    (bad / "uk.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    good = _article(tmp_path, "good", uk=UK)
    result = CliRunner().invoke(cli, ["check", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 2
    assert f"{bad / 'uk.txt'}: is a binary file" in result.stderr
    reports = {r["article"]: r for r in _jsonl(result.stdout)}
    assert reports[str(good)]["findings"][0]["code"] == "NU01"
    # the two readable editions of the bad article are still compared
    assert sorted(reports[str(bad)]["editions"]) == ["en", "ru"]
    assert reports[str(bad)]["problems"][0]["path"] == str(bad / "uk.txt")


@pytest.mark.parametrize("setup, words", [
    (lambda p: p / "nowhere", "does not exist"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "holds no editions"),
])
def test_bad_paths_exit_2(tmp_path: Path, setup, words: str) -> None:
    path = setup(tmp_path)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert words in result.stderr and str(path) in result.stderr


def test_invalid_utf8_is_named(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a")
    (folder / "ru.txt").write_bytes("Министр заявил".encode("cp1251"))
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code == 2
    assert f"{folder / 'ru.txt'}: is not valid UTF-8" in result.stderr


def test_usage_errors_exit_2() -> None:
    assert main(["check"]) == 2
    assert main(["check", "--format", "yaml", "x"]) == 2
    assert main(["check", "--uk", "a.txt"]) == 2
    assert main(["--version"]) == 0


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", uk=UK)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    run("check", str(folder), "--format", "json")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_text_output_quotes_editions_without_colour(tmp_path: Path) -> None:
    result = run("check", str(_article(tmp_path, "a", uk=UK)))
    assert "NU01" in result.output and "53 тисячі" in result.output and "35 тыс." in result.output
    assert "\x1b[" not in result.output


def test_text_output_does_not_interpret_markup(tmp_path: Path) -> None:
    uk = "[bold red]Міністр[/] заявив, що у грудні ліквідували 53 тисячі військових.\n"
    result = run("check", str(_article(tmp_path, "a", uk=uk)))
    assert "[bold red]Міністр[/]" in result.output


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", str(_article(tmp_path, "a", uk=UK)), "--format", "json", "-o", str(out))
    assert result.exit_code == 1 and result.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"] == 1


@pytest.mark.parametrize("option, env, expected", [
    ("ru", {}, "ru"),
    (None, {"LANGUAGE": "uk_UA:en"}, "uk"),
    (None, {"LANG": "ru_RU.UTF-8"}, "ru"),
    (None, {"LANG": "de_DE.UTF-8"}, "en"),
])
def test_ui_language(monkeypatch, option, env, expected) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert ui_language(option) == expected


def test_edition_files_stand_for_their_folder_checked_once(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", uk=UK)
    result = run("check", str(folder / "uk.txt"), str(folder / "ru.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    (report,) = _jsonl(result.output)  # as pre-commit names changed files: one article
    assert report["findings"][0]["odd"] == ["uk"]


def test_parallel_check_reports_what_a_serial_one_does(tmp_path: Path) -> None:
    """--jobs shares the articles among processes; the reports, their order and the exit
    code are those of a serial run, a bad article included."""
    corpus = Path(__file__).parent.parent / "corpus"
    articles = sorted(str(p) for p in corpus.iterdir() if p.is_dir())
    bad = _article(tmp_path, "bad")
    (bad / "ru.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    args = ["check", *articles, str(bad), "--format", "jsonl"]
    serial, parallel = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
    assert serial.exit_code == parallel.exit_code == 2
    assert serial.stdout == parallel.stdout
    assert [r["article"] for r in _jsonl(parallel.stdout)] == [*articles, str(bad)]


# --- linter conveniences: --quiet, --exclude, -, --statistics, --format github ---------------------

def test_quiet_prints_findings_only_and_nothing_when_clean(tmp_path: Path) -> None:
    clean = _article(tmp_path, "clean")
    assert run("check", str(clean), "--quiet").output == ""
    result = run("check", str(clean), str(_article(tmp_path, "odd", uk=UK)), "-q")
    assert result.exit_code == 1
    assert "NU01" in result.output and "articles checked" not in result.output and "clean" not in result.output


def test_exclude_leaves_out_matching_articles(tmp_path: Path) -> None:
    drafts = tmp_path / "desk" / "drafts"
    drafts.mkdir(parents=True)
    _article(tmp_path / "desk", "kept")
    _article(drafts, "draft", uk=UK)
    _article(tmp_path / "desk", "old-1", uk=UK)
    result = run("check", str(tmp_path / "desk"), "--exclude", "drafts", "--exclude", "old-*", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert [r["article"] for r in _jsonl(result.output)] == [str(tmp_path / "desk" / "kept")]


def test_standard_input_export_and_edition(tmp_path: Path) -> None:
    lines = json.dumps({"id": "x1", "uk": UK, "en": EN}, ensure_ascii=False) + "\n{not json\n"
    result = CliRunner().invoke(cli, ["check", "-", "-f", "jsonl"], input=lines.encode("utf-8"))
    assert result.exit_code == 2
    first, second = _jsonl(result.stdout)
    assert first["article"] == "<stdin>#x1" and first["findings"][0]["code"] in ("NU01", "NU02")
    assert second["article"] == "<stdin>:2" and "<stdin>:2: is not a JSON object" in result.stderr
    folder = _article(tmp_path, "a")
    result = CliRunner().invoke(cli, ["check", "--uk", "-", "--en", str(folder / "en.txt"), "--ru",
                                      str(folder / "ru.txt"), "-f", "jsonl"], input=UK.encode("utf-8"))
    assert result.exit_code == 1
    (report,) = _jsonl(result.stdout)
    assert report["editions"]["uk"]["path"] == "<stdin>" and report["findings"][0]["odd"] == ["uk"]
    assert main(["check", "-", "--uk", "-", "--en", "x.txt"]) == 2  # standard input is read once


def test_statistics_count_findings_per_code(tmp_path: Path) -> None:
    a, b = _article(tmp_path, "a", uk=UK), _article(tmp_path, "b", uk=UK)
    result = run("check", str(a), str(b), "--statistics", "-q")
    assert result.output.splitlines()[-1].split() == ["2", "NU01", "numbers.mismatch"]
    result = CliRunner().invoke(cli, ["check", str(a), "--statistics", "-f", "json"])
    json.loads(result.stdout)  # the document stays valid: the counts go to stderr
    assert "NU01 numbers.mismatch" in result.stderr


def test_github_annotations_for_articles_and_catalogs(tmp_path: Path) -> None:
    folder = _article(tmp_path, "a", uk="Заголовок\n" + UK)
    result = run("check", str(folder), "-f", "github")
    assert result.exit_code == 1
    (line,) = result.output.splitlines()
    assert line == (f"::error file={folder / 'uk.txt'},line=2,col=41,endColumn=50,title=NU01::"
                    "35,000 in en and ru, but 53 тисячі in uk")
    po = tmp_path / "uk.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: uk\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  '#, python-format\nmsgid "Delete %(count)s files"\nmsgstr "Видалити файли"\n', encoding="utf-8")
    result = run("po", str(po), "-f", "github")
    assert result.output.startswith(f"::error file={po},line=6,title=PO01::placeholders differ: %25(count)s"), result.output


def test_github_annotation_escapes_newlines_and_separators() -> None:
    from i18ncheck.reporters.github import annotation

    assert annotation("warning", "a\nb 100%", {"file": "x,y:z.md", "line": 3}) == \
        "::warning file=x%2Cy%3Az.md,line=3::a%0Ab 100%25"


# --- editions, configuration files, baselines -----------------------------------------------------

def test_one_edition_is_a_problem_unless_configured(tmp_path: Path) -> None:
    folder = tmp_path / "lone"
    folder.mkdir()
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code == 2 and "has only 1 edition (en)" in result.stderr
    (tmp_path / ".i18ncheck.toml").write_text("min-editions = 1\n", encoding="utf-8")
    assert run("check", str(folder)).exit_code == 0


@pytest.mark.parametrize("text", ['[tool.i18ncheck]\nfail-on = "never"\n', 'fail-on = "never"\n'])
def test_own_config_file_takes_the_readme_table_or_bare_keys(tmp_path: Path, text: str) -> None:
    (tmp_path / ".i18ncheck.toml").write_text(text, encoding="utf-8")
    assert run("check", str(_article(tmp_path, "a", uk=UK))).exit_code == 0


def test_baseline_matches_however_the_path_is_typed(tmp_path: Path, monkeypatch) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    folder = _article(archive, "a", uk=UK)
    (tmp_path / "link").symlink_to(archive)
    baseline = tmp_path / "baseline.json"
    monkeypatch.chdir(archive)
    assert run("baseline", "create", str(baseline), "./a").exit_code == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]["article"] == "archive/a"
    monkeypatch.chdir(tmp_path)
    for typed in (str(folder), "archive/a", "link/a", "./archive/../archive/a"):
        result = run("check", typed, "--baseline", "baseline.json", "-f", "jsonl")
        assert result.exit_code == 0 and _jsonl(result.output)[0]["findings"] == [], typed


def test_baseline_of_the_first_schema_still_matches(tmp_path: Path, monkeypatch) -> None:
    from i18ncheck import baseline as baselines

    folder = _article(tmp_path, "a", uk=UK)
    monkeypatch.chdir(tmp_path)
    result = run("check", "a", "-f", "jsonl")
    finding = _jsonl(result.output)[0]["findings"][0]
    words = sorted(f"{lang}={' '.join(loc['text'].split())}" for lang, loc in finding["locations"].items())
    old = {"schema": "i18ncheck/baseline@1", "findings": [
        {"article": "a", "code": "NU01", "fingerprint": "\x1f".join(["NU01", "a", *words])}]}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    for typed in ("a", str(folder)):
        assert run("check", typed, "--baseline", "old.json").exit_code == 0, typed
    assert isinstance(baselines.read(str(tmp_path / "old.json")), frozenset)


# --- output that cannot be lost ------------------------------------------------------------------

def test_report_files_are_replaced_whole(tmp_path: Path, monkeypatch) -> None:
    from i18ncheck.reporters import json_report

    out = tmp_path / "report.json"
    out.write_text("previous\n", encoding="utf-8")
    folder = _article(tmp_path, "a", uk=UK)
    assert main(["check", str(folder), "-f", "json", "-o", str(out)]) == 1
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"] == 1
    out.write_text("previous\n", encoding="utf-8")

    def interrupted(self, run) -> None:  # type: ignore[no-untyped-def]
        self.stream.write('{"half": ')
        raise KeyboardInterrupt
    monkeypatch.setattr(json_report.JsonReporter, "finish", interrupted)
    assert main(["check", str(folder), "-f", "json", "-o", str(out), "--report", f"json:{tmp_path / 'new.json'}"]) == 130
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "report.json"]  # no temporary file left


def test_report_to_a_device_is_written_in_place(tmp_path: Path) -> None:
    assert main(["check", str(_article(tmp_path, "a")), "-o", "/dev/null"]) == 0
