"""The results store (issue 17): a re-run reuses what did not change and writes the same
report; keys follow text and configuration; a killed run resumes; `i18ncheck report`
renders every format as a direct run does; bad store paths are exit 2. Also the streaming
pieces the store relies on: exports read line by line exactly as the whole-file reader
reads them, and the run's reports spooled to disk."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from i18ncheck.api import iter_check, sources
from i18ncheck.cli import main
from i18ncheck.config import Config
from i18ncheck.read import discover
from i18ncheck.reporters import FORMATS
from i18ncheck.store import Store
from i18ncheck.stream import Spool

ROOT = Path(__file__).resolve().parent.parent

# Our own tiny articles: (uk, en, ru) templates; {n} and {m} are filled per article.
TEMPLATES = [
    ("Львів отримав {n} нових трамваїв у вівторок. Міська рада виділила {m} млн гривень.",
     "Lviv received {n} new trams on Tuesday. The city council allocated UAH {m} million.",
     "Львов получил {n} новых трамваев во вторник. Городской совет выделил {m} млн гривен."),
    ("У четвер до Одеси прибули {n} суден із зерном. Порт працював {m} годин без перерви.",
     "On Thursday, {n} grain ships arrived in Odesa. The port worked for {m} hours without a break.",
     "В четверг в Одессу прибыли {n} судов с зерном. Порт работал {m} часов без перерыва."),
    ("Харків відкрив {n} підземних шкіл у вересні. Там навчаються {m} тисяч дітей.",
     "Kharkiv opened {n} underground schools in September. {m} thousand children study there.",
     "Харьков открыл {n} подземных школ в сентябре. Там учатся {m} тысяч детей."),
]


def records(count: int, odd: int | None = 3) -> list[dict[str, str]]:
    """Export records; article `odd` has a different number in its ru edition."""
    out = []
    for k in range(count):
        uk, en, ru = TEMPLATES[k % len(TEMPLATES)]
        n, m = 12 + 7 * k, 40 + 3 * k
        ru_n = n + 5 if k == odd else n
        out.append({"id": f"a{k}", "uk": uk.format(n=n, m=m), "en": en.format(n=n, m=m),
                    "ru": ru.format(n=ru_n, m=m)})
    return out


def write_export(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def last_run(db: Path) -> tuple[int, int]:
    """(checked, reused) of the store's last run."""
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT checked, reused FROM runs ORDER BY id DESC LIMIT 1").fetchone()


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    return write_export(tmp_path_factory.mktemp("store") / "export.jsonl", records(8))


@pytest.fixture(scope="module")
def direct(export: Path) -> dict[str, tuple[int, str]]:
    """Each format of a direct run without a store: (exit code, output)."""
    import contextlib
    import io

    out = {}
    for fmt in FORMATS:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            code = main(["check", str(export), "--format", fmt, "--jobs", "1", "--no-color"])
        out[fmt] = (code, buffer.getvalue())
    return out


def test_a_second_run_checks_nothing_and_writes_the_same(tmp_path: Path, export: Path, direct, capsys) -> None:
    db = tmp_path / "results.db"
    first = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    assert last_run(db) == (8, 0)
    second = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    assert last_run(db) == (0, 8)
    assert first == second
    assert first[:2] == direct["jsonl"] and first[0] == 1  # article a3 has a planted mismatch


def test_only_changed_articles_are_checked_again(tmp_path: Path, capsys) -> None:
    rows = records(6)
    export = write_export(tmp_path / "export.jsonl", rows)
    db = tmp_path / "results.db"
    run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    rows[4] = dict(rows[4], en=rows[4]["en"].replace("arrived", "came"))
    write_export(export, rows)
    code, out, _ = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    assert last_run(db) == (1, 5)
    fresh = run(capsys, "check", str(export), "-f", "jsonl", "--jobs", "1")
    assert (code, out) == fresh[:2]
    # a setting that changes the reports changes every key; fail-on changes none
    run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1", "--ignore", "NU02")
    assert last_run(db) == (6, 0)
    run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1", "--ignore", "NU02",
        "--fail-on", "never")
    assert last_run(db) == (0, 6)


def test_keys_follow_text_code_and_configuration(tmp_path: Path) -> None:
    export = write_export(tmp_path / "export.jsonl", records(2))
    first, second = list(sources([str(export)]))
    store = Store(str(tmp_path / "results.db"))
    plain = store.start(Config())
    key = plain.key(first)
    assert key and key == store.start(Config()).key(first)
    assert plain.key(second) != key
    changed = replace(first, editions={**first.editions, "ru": replace(first.editions["ru"],
                                                                       text=first.editions["ru"].text + " ")})
    assert plain.key(changed) != key
    for config in (Config(select=("NU",)), Config(min_confidence=0.5), Config(languages=("uk", "en")),
                   Config(max_edition_bytes=5000)):
        assert store.start(config).key(first) != key, config
    assert store.start(Config(fail_on="warning")).key(first) == key
    assert store.start(Config(), frozenset({"a finding"})).key(first) != key  # a baseline
    store.close()


def test_folder_articles_are_keyed_by_their_files(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "desk" / "trams"
    folder.mkdir(parents=True)
    row = records(1)[0]
    for lang in ("uk", "en", "ru"):
        (folder / f"{lang}.txt").write_text(row[lang] + "\n", encoding="utf-8")
    db = tmp_path / "results.db"
    first = run(capsys, "check", str(tmp_path / "desk"), "--store", str(db), "--no-color")
    second = run(capsys, "check", str(tmp_path / "desk"), "--store", str(db), "--no-color")
    assert first == second and last_run(db) == (0, 1)
    (folder / "ru.txt").write_text(row["ru"].replace("12", "21") + "\n", encoding="utf-8")
    third = run(capsys, "check", str(tmp_path / "desk"), "--store", str(db), "--no-color")
    assert last_run(db) == (1, 0) and third != first


def test_articles_with_input_problems_are_checked_every_time(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps(records(1)[0], ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    db = tmp_path / "results.db"
    first = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    second = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    assert first == second and first[0] == 2 and f"{export}:2: is not a JSON object" in first[2]
    assert last_run(db) == (1, 1)


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path: Path, export: Path, direct, capsys,
                                                     monkeypatch) -> None:
    from i18ncheck import api

    real = api.check_article
    calls = []

    def interrupted(source):  # type: ignore[no-untyped-def]
        calls.append(source.name)
        if len(calls) > 3:
            raise KeyboardInterrupt
        return real(source)

    db = tmp_path / "results.db"
    monkeypatch.setattr(api, "check_article", interrupted)
    code, _, err = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    assert code == 130 and "interrupted" in err  # Ctrl-C: 130, as shells report it (issue 16)
    monkeypatch.setattr(api, "check_article", real)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 3
    resumed = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "1")
    assert last_run(db) == (5, 3)
    assert resumed[:2] == direct["jsonl"]


def test_a_killed_process_keeps_what_it_finished(tmp_path: Path, capsys) -> None:
    export = write_export(tmp_path / "export.jsonl", records(30))
    db = tmp_path / "results.db"
    cmd = [sys.executable, "-m", "i18ncheck", "check", str(export), "--store", str(db), "-f", "jsonl",
           "--jobs", "1", "-o", str(tmp_path / "killed.jsonl")]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                done = conn.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        except sqlite3.Error:
            pass
        if done >= 3:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    assert proc.wait() == -signal.SIGKILL, "the run finished before it could be killed"
    resumed = run(capsys, "check", str(export), "--store", str(db), "-f", "jsonl", "--jobs", "2")
    checked, reused = last_run(db)
    assert reused >= 3 and checked + reused == 30
    assert resumed[:2] == run(capsys, "check", str(export), "-f", "jsonl", "--jobs", "1")[:2]


@pytest.fixture(scope="module")
def stored(export: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("stored") / "results.db"
    assert main(["check", str(export), "--store", str(db), "-o", os.devnull, "--jobs", "2"]) == 1
    return db


@pytest.mark.parametrize("fmt", FORMATS)
def test_report_renders_each_format_as_a_direct_run(stored: Path, direct, fmt: str, capsys) -> None:
    code, out, _ = run(capsys, "report", "--store", str(stored), "--format", fmt, "--no-color")
    assert (code, out) == direct[fmt]


def test_report_writes_files_and_takes_fail_on(stored: Path, direct, tmp_path: Path, capsys) -> None:
    target = tmp_path / "report.html"
    code, out, _ = run(capsys, "report", "--store", str(stored), "-f", "json", "--report", f"html:{target}",
                       "--fail-on", "never")
    assert code == 0 and out == direct["json"][1]
    assert target.read_text(encoding="utf-8") == direct["html"][1]


def test_readers_see_the_last_finished_run_while_a_run_writes(tmp_path: Path, export: Path, direct,
                                                             capsys) -> None:
    db = tmp_path / "results.db"
    assert main(["check", str(export), "--store", str(db), "-o", os.devnull, "--jobs", "1"]) == 1
    changed = write_export(tmp_path / "changed.jsonl", records(8, odd=None))
    writer = Store(str(db))
    running = iter_check(sources([str(changed)]), store=writer)
    next(running)
    next(running)  # the second run is under way, with its own articles in the store
    code, out, _ = run(capsys, "report", "--store", str(db), "-f", "jsonl")
    assert (code, out) == direct["jsonl"]
    assert len(list(running)) == 6
    code, out, _ = run(capsys, "report", "--store", str(db), "-f", "jsonl")
    assert code == 0 and "changed.jsonl#a0" in out
    writer.close()


@pytest.mark.parametrize("make, words", [
    (lambda p: p.mkdir(), "is a directory"),
    (lambda p: p.write_bytes(b"not a database, just bytes" * 100), "cannot open the results store"),
    (lambda p: p.with_name("ro").mkdir(mode=0o500), "cannot open the results store"),
])
def test_a_store_that_cannot_be_opened_is_exit_2(tmp_path: Path, export: Path, capsys, make, words) -> None:
    path = tmp_path / "store"
    make(path)
    if (tmp_path / "ro").exists():
        if os.geteuid() == 0:
            pytest.skip("root can write in a read-only folder")
        path = tmp_path / "ro" / "store"
    code, out, err = run(capsys, "check", str(export), "--store", str(path), "-f", "jsonl")
    assert code == 2 and out == "" and words in err and str(path) in err and "Traceback" not in err


def test_report_without_a_store_or_a_finished_run_is_exit_2(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "report", "--store", str(tmp_path / "none.db"))
    assert code == 2 and "no results store" in err
    Store(str(tmp_path / "empty.db")).close()
    code, _, err = run(capsys, "report", "--store", str(tmp_path / "empty.db"))
    assert code == 2 and "no finished run" in err


def test_the_store_cannot_be_an_input(export: Path, capsys) -> None:
    code, _, err = run(capsys, "check", str(export), "--store", str(export))
    assert code == 2 and "is an input of this run" in err


def test_progress_goes_to_stderr_only(export: Path, direct, capsys) -> None:
    code, out, err = run(capsys, "check", str(export), "-f", "jsonl", "--jobs", "1", "--progress")
    assert (code, out) == direct["jsonl"]
    assert "8/8" in err and "articles/s" in err


EXPORTS = {
    "plain": "{a}\n{b}\n",
    "crlf, blank lines, no final newline": "\r\n{a}\r\n\r\n   \n{b}",
    "a bad line and a list": "{a}\n{{oops\n[1, 2]\n{b}\n",
    "a line separator inside a line": "{a}\n{{\"id\": 1,\u2028\"uk\": \"x\"}}\n{b}\n",
    "empty": "\n\n",
    "a huge integer": "{a}\n{{\"id\": " + "9" * 5000 + "}}\n",
}


@pytest.mark.parametrize("name", EXPORTS)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_exports_stream_as_the_whole_file_reader_reads_them(tmp_path: Path, name: str, encoding: str) -> None:
    a, b = (json.dumps(r, ensure_ascii=False) for r in records(2))
    path = tmp_path / "export.jsonl"
    path.write_bytes(EXPORTS[name].format(a=a, b=b).encode(encoding))
    assert _view(sources([str(path)])) == _view(discover([str(path)]))


@pytest.mark.parametrize("data", [b"\xff\xfe\x00garbage", b'{"id": 1, "uk": "\xc3"}\n', b"\x00\x01\x02" * 50,
                                  b'{"id": 1}\n' + b"\x01\x02\x03\x04" * 30])
def test_exports_that_are_not_text_get_the_whole_file_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "export.ndjson"
    path.write_bytes(data)
    assert _view(sources([str(path)])) == _view(discover([str(path)]))


def _view(articles) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(a.name, {k: (e.path, e.suffix, e.text) for k, e in a.editions.items()},
             str(a.error) if a.error else None) for a in articles]


def test_the_spool_gives_back_what_it_was_given() -> None:
    reports = [r for r in iter_check(sources([str(ROOT / "corpus")]))]
    spool = Spool(in_memory=2)
    for r in reports * 3:
        spool.append(r)
    assert len(spool) == 12 and list(spool) == reports * 3
    assert spool[7] == reports[3] and spool[-1] == reports[3] and spool[1:3] == reports[1:3]
    spool.close()
