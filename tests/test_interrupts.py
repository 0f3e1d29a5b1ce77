"""Ctrl-C in the middle of a batch: exit 130, no traceback from the parent or the --jobs
workers, and the report files of an earlier run left as they were (no empty or half-written
file, no temporary file left beside them). A real process gets a real SIGINT, sent to its
whole process group as a terminal sends it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

UK = "У вівторок у Львові відкрили {n} нових шкіл, повідомив міський голова.\n"
EN = "On Tuesday, {n} new schools opened in Lviv, the mayor said.\n"
RU = "Во вторник во Львове открыли {n} новых школ, сообщил городской голова.\n"


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_and_keeps_earlier_reports(tmp_path: Path, jobs: str) -> None:
    export = tmp_path / "batch.jsonl"
    with export.open("w", encoding="utf-8") as fh:
        for n in range(1, 2001):
            record = {"id": n, "uk": UK.format(n=n), "en": EN.format(n=n), "ru": RU.format(n=n)}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    out, extra = tmp_path / "report.json", tmp_path / "report.html"
    out.write_text("earlier report\n", encoding="utf-8")
    extra.write_text("<p>earlier</p>\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "i18ncheck", "check", str(export), "-f", "json", "-o", str(out),
         "--report", f"html:{extra}", "--report", "jsonl:/dev/stdout", "--jobs", jobs, "--no-progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    assert proc.stdout is not None
    for _ in range(3):  # a few articles are checked: the run is under way
        assert proc.stdout.readline(), proc.stderr.read().decode() if proc.stderr else ""
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert "interrupted" in stderr
    assert out.read_text(encoding="utf-8") == "earlier report\n"
    assert extra.read_text(encoding="utf-8") == "<p>earlier</p>\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.jsonl", "report.html", "report.json"]
