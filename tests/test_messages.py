"""The tool's own messages: every message in the code is in the uk, ru and en catalogs and
translated there; the catalogs pass `i18ncheck po`; the language is chosen as documented."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from i18ncheck.cli import cli, main
from i18ncheck.messages import LANGUAGES, catalog_path, extract, render, translate
from i18ncheck.model import Finding, frozen_map

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = {lang: ROOT / "locales" / lang / "LC_MESSAGES" / "i18ncheck.po" for lang in LANGUAGES}


@pytest.fixture(scope="module")
def messages() -> dict[str, list]:
    return extract()


def test_extraction_finds_the_messages(messages) -> None:
    assert "{expected} in {expected_in}, but {found} in {found_in}" in messages  # a finding template
    assert "is not valid UTF-8 (byte 0x{byte:02x} at offset {offset}); save it as UTF-8" in messages  # an error
    assert "editions compared" in messages  # the HTML report's heading
    assert "error" in messages and "warning" in messages  # severity labels


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(messages, lang: str) -> None:
    catalog = polib.pofile(str(CATALOGS[lang]))
    translated = {e.msgid for e in catalog.translated_entries() if "fuzzy" not in e.flags}
    missing = sorted(set(messages) - translated)
    assert not missing, f"{lang}: run `python -m i18ncheck.messages` and translate: {missing[:5]}"


def test_the_catalogs_pass_the_po_check(capsys) -> None:
    code = main(["po", *map(str, CATALOGS.values()), "--compare", "--format", "jsonl"])
    reports = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    findings = [(r["catalog"], f["line"], f["code"], f["message"]) for r in reports for f in r["findings"]]
    assert code == 0 and not findings, findings


def test_catalogs_ship_with_the_package() -> None:
    assert catalog_path("uk").is_file() and catalog_path("ru").is_file()


@pytest.mark.parametrize("lang, word", [("uk", "але"), ("ru", "но"), ("en", "but")])
def test_finding_messages_render_in_each_language(lang: str, word: str) -> None:
    finding = Finding("NU01", ("uk",), frozen_map({"expected": "35,000", "expected_in": ["en", "ru"],
                                                   "found": "53 тисячі", "found_in": ["uk"], "odd": ["uk"]}), {})
    text = render(finding, lang)
    assert word in text.split() and "35,000" in text and "53 тисячі" in text


@pytest.mark.parametrize("env, option, marker", [
    ({"LANGUAGE": "uk_UA:en"}, None, translate("articles checked: {n}", "uk").split(":")[0]),
    ({"LANG": "ru_RU.UTF-8"}, None, translate("articles checked: {n}", "ru").split(":")[0]),
    ({"LANG": "ru_RU.UTF-8"}, "uk", translate("articles checked: {n}", "uk").split(":")[0]),
    ({"LANG": "de_DE.UTF-8"}, None, "articles checked"),
])
def test_the_summary_speaks_the_users_language(corpus: Path, monkeypatch, env, option, marker) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    args = ["check", str(corpus / "grain-corridor"), "--no-color"] + (["--lang", option] if option else [])
    result = CliRunner().invoke(cli, args)
    assert marker in result.output


def test_errors_speak_the_users_language(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "a"
    bad.mkdir()
    (bad / "uk.txt").write_bytes(b"\x00\x01\x02 binary \x00")
    (bad / "en.txt").write_text("Text.\n", encoding="utf-8")
    assert main(["check", str(bad), "--lang", "uk"]) == 2
    err = capsys.readouterr().err
    assert str(bad / "uk.txt") in err and "binary" not in err  # said in Ukrainian, naming the file


def test_the_aligned_view_speaks_the_users_language(corpus: Path, monkeypatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "uk_UA:en")
    result = CliRunner().invoke(cli, ["align", str(corpus / "grain-corridor"), "--no-color"])
    assert translate("conf.", "uk") in result.output and "conf." not in result.output
