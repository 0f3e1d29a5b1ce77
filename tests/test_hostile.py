"""Hostile input: no hang, no traceback, nothing lost. Each bad input is named in a message
with exit code 2, the good article beside it is still checked and reported, and no input is
modified. One table of cases, each run through the command line's error boundary (`main`)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from i18ncheck.cli import main

UK = "Міністр заявив, що у грудні ліквідували 35 тисяч військових.\n"
EN = "The minister said that 35,000 soldiers were eliminated in December.\n"
RU = "Министр заявил, что в декабре ликвидировали 35 тыс. военных.\n"
SENTENCE = "Міністр заявив, що у грудні ліквідували 35 тисяч військових у 2017 р. Тоді М. Федоров пішов. "


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def _i18ncheck(ctx: click.Context) -> None:
    """The console script: `main`, which maps every error to its exit code."""
    ctx.exit(main(ctx.args))


def _article(root: Path, name: str, uk: str = UK, en: str = EN, ru: str | None = RU) -> Path:
    folder = root / name
    folder.mkdir()
    for lang, text in (("uk", uk), ("en", en), ("ru", ru)):
        if text is not None:
            (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return folder


def _big(text: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    return lambda tmp, mp: [str(_article(tmp, "bad", uk=text))]


def _export(name: str, bad_line: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def build(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
        good_line = json.dumps({"id": "ok", "uk": UK, "en": EN}, ensure_ascii=False)
        path = tmp / name
        path.write_text(good_line + "\n" + bad_line + "\n" + good_line.replace('"ok"', '"ok2"') + "\n",
                        encoding="utf-8")
        return [str(path)]
    return build


def _unreadable_folder(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    folder = _article(tmp, "bad")
    folder.chmod(0)
    if os.geteuid() == 0:  # root reads a folder whatever its mode says: refuse as the kernel would
        real = Path.iterdir

        def iterdir(self: Path):  # type: ignore[no-untyped-def]
            if self == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)
        mp.setattr(Path, "iterdir", iterdir)
    return [str(folder)]


def _fifo_edition(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    folder = _article(tmp, "bad", uk=None)
    os.mkfifo(folder / "uk.txt")
    return [str(folder)]


def _fifo_export(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    os.mkfifo(tmp / "bad.jsonl")
    return [str(tmp / "bad.jsonl")]


def _over_limit(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    (tmp / ".i18ncheck.toml").write_text("max-edition-bytes = 2000\n", encoding="utf-8")
    return [str(_article(tmp, "bad", uk=SENTENCE * 40))]


def _html(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    folder = _article(tmp, "bad", uk=None)
    (folder / "uk.html").write_text(f"<p>{UK}</p><![0", encoding="utf-8")
    return [str(folder)]


def _output_is_input(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    return ["-o", str(tmp / "good" / "uk.txt")]


def _output_is_explicit_input(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    return ["--uk", str(tmp / "good" / "uk.txt"), "--en", str(tmp / "good" / "en.txt"),
            "--report", f"html:{tmp / 'good' / 'en.txt'}"]


def _one_edition(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    return [str(_article(tmp, "bad", uk=None, ru=None))]


def _languages_required(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    (tmp / ".i18ncheck.toml").write_text('[tool.i18ncheck]\nlanguages = ["uk", "en", "ru"]\n', encoding="utf-8")
    return [str(_article(tmp, "bad", ru=None))]


def _slow_article(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    """An article that would take forever (a check that sleeps), under a budget of 0.2 s."""
    import time

    from i18ncheck import api

    real = api.check_article

    def check_article(source):  # type: ignore[no-untyped-def]
        if source.name.endswith("bad"):
            time.sleep(600)  # the alarm ends it; a test that hangs here has lost its budget
        return real(source)
    mp.setattr(api, "check_article", check_article)
    return [str(_article(tmp, "bad")), "--article-timeout", "0.2"]


def _latin1_po(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    (tmp / "good.po").write_text(PO.format(n=3), encoding="utf-8")
    return [_write(tmp / "bad.po", PO.format(n=3).replace("charset=UTF-8", "charset=ISO-8859-1")),
            str(tmp / "good.po")]


PO = ('msgid ""\nmsgstr ""\n"Language: uk\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
      '"Plural-Forms: nplurals={n}; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 '
      '|| n%100>=20) ? 1 : 2);\\n"\n\nmsgid "Open the file"\nmsgstr "Відкрийте файл"\n')


def _po(tmp: Path, mp: pytest.MonkeyPatch) -> list[str]:
    (tmp / "good.po").write_text(PO.format(n=3), encoding="utf-8")
    return [_write(tmp / "bad.po", PO.format(n=99999999)), str(tmp / "good.po")]


# (id, build the bad input in tmp_path -> its arguments, exit code, a fragment of the message;
#  a case whose message is None is read correctly)
CASES = [
    ("nplurals-99999999", _po, 2, "bad.po: has a Plural-Forms header with nplurals=99999999"),
    ("paragraph-100KB", _big(SENTENCE * 1100 + "\n"), 0, None),
    ("full-stops-200KB", _big("Міністр заявив" + "." * 200_000 + " Тоді вони пішли.\n"), 0, None),
    ("token-200KB", _big("Міністр " + "ab1" * 70_000 + ".\n"), 0, None),
    ("at-token-200KB", _big("Міністр " + "a@" * 100_000 + ".\n"), 0, None),
    ("U+17000", _big("Міністр заявив, що у грудні \U00017000 ліквідували 35 тисяч військових.\n"), 0, None),
    ("edition-over-limit", _over_limit, 2, "is larger than 2000 bytes (the max-edition-bytes setting)"),
    # the big inputs, with the default limit: refused at once, never read past the limit
    ("paragraph-10MB", _big(SENTENCE * (10_000_000 // len(SENTENCE.encode()) + 1) + "\n"), 2,
     "uk.txt: is larger than 2000000 bytes (the max-edition-bytes setting)"),
    ("edition-50MB", _big((SENTENCE + "\n\n") * (50_000_000 // len(SENTENCE.encode()) + 1)), 2,
     "uk.txt: is larger than 2000000 bytes (the max-edition-bytes setting)"),
    ("dev-zero", lambda tmp, mp: ["--uk", "/dev/zero", "--en", str(tmp / "good" / "en.txt")], 2,
     "/dev/zero: is not a regular file"),
    ("fifo-edition", _fifo_edition, 2, "uk.txt: is not a regular file"),
    ("fifo-export", _fifo_export, 2, "bad.jsonl: is not a regular file"),
    ("unreadable-folder", _unreadable_folder, 2, "bad: cannot be read (Permission denied)"),
    ("5000-digit-number", _export("bad.jsonl", '{"id": ' + "1" * 5000 + ', "uk": "x", "en": "y"}'), 2,
     "bad.jsonl:2: is not a JSON object (Exceeds the limit (4300 digits)"),
    ("nested-arrays", _export("bad.jsonl", "[" * 100_000 + "]" * 100_000), 2,
     "bad.jsonl:2: is not a JSON object (arrays or objects nested too deeply)"),
    ("nested-arrays-json", lambda tmp, mp: [_write(tmp / "bad.json", "[" * 100_000 + "]" * 100_000)], 2,
     "bad.json: cannot be parsed as JSON (arrays or objects nested too deeply)"),
    ("html-marked-section", _html, 2, "uk.html: cannot be parsed as html"),
    ("output-is-an-edition", _output_is_input, 2, "uk.txt: is an input of this run"),
    ("report-is-an-edition", _output_is_explicit_input, 2, "en.txt: is an input of this run"),
    ("one-edition", _one_edition, 2, "bad: has only 1 edition (en): nothing to compare it with"),
    ("languages-required", _languages_required, 2, "bad: has no ru edition, which the languages setting requires"),
    ("article-timeout", _slow_article, 2, "bad: could not be checked within 0.2 s (the article-timeout setting)"),
    ("latin1-over-utf8-po", _latin1_po, None, "bad.po: warning: declares charset ISO-8859-1 but its text is UTF-8"),
]


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and os.access(p, os.R_OK)}


@pytest.mark.parametrize("build, code, message", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build, code: int,
                       message: str | None) -> None:
    good = _article(tmp_path, "good")
    args = build(tmp_path, monkeypatch)
    before = _snapshot(tmp_path)
    refused = "-o" in args or "--report" in args  # refused before anything is read
    command = ["po"] if args[0].endswith(".po") else ["check", str(good)]
    result = CliRunner().invoke(_i18ncheck, [*command, *args, "--format", "jsonl", "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    if code is not None:  # None: a warning, the exit code is the findings'
        assert result.exit_code == code, result.output
    if message is None:
        assert result.stderr == ""
    else:
        assert message in result.stderr
    assert _snapshot(tmp_path) == before  # no input modified, nothing emptied
    if refused:
        assert result.stdout == ""
        return
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    if command == ["po"]:
        assert str(tmp_path / "good.po") in [r["catalog"] for r in reports]
        return
    articles = [r["article"] for r in reports]
    assert str(good) in articles
    if message is None:
        assert str(tmp_path / "bad") in articles
