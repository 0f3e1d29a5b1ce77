"""The run loop shared by the commands: exit codes, problems, outputs, atomic files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from i18ncheck.model import (
    CatalogReport,
    CatalogRun,
    EntryLocation,
    Finding,
    Problem,
    frozen_map,
)
from i18ncheck.run import Outputs, run


def _catalog(name: str, codes: Sequence[str] = (), problem: bool = False) -> CatalogReport:
    findings = tuple(Finding(code, (), frozen_map(), entry=EntryLocation("msgid", None, 1)) for code in codes)
    problems = (Problem(name, "is empty (no entries)"),) if problem else ()
    return CatalogReport(name, "uk", 1, findings, problems)


class _Recorder:
    """An extra output that keeps what it was given."""

    def __init__(self) -> None:
        self.added: list[Any] = []
        self.finished: list[Any] | None = None

    def add(self, report: Any) -> None:
        self.added.append(report)

    def finish(self, run: CatalogRun) -> None:
        self.finished = list(run.catalogs)


@pytest.mark.parametrize(("reports", "fail_on", "code"), [
    ([], "error", 0),
    ([_catalog("a.po")], "error", 0),
    ([_catalog("a.po", ["PO01"])], "error", 1),
    ([_catalog("a.po", ["PO01"])], "never", 0),
    ([_catalog("a.po", ["PO01"]), _catalog("b.po", problem=True)], "error", 2),
    ([_catalog("b.po", problem=True)], "never", 2),
])
def test_exit_code(reports: list[CatalogReport], fail_on: str, code: int, capsys) -> None:
    assert run(reports, Outputs(fmt=None), "en", fail_on=fail_on, as_run=CatalogRun) == code


def test_work_is_applied_and_every_output_sees_every_report(capsys) -> None:
    recorder = _Recorder()
    names = ["a.po", "b.po"]
    code = run(iter(names), Outputs(fmt="jsonl", statistics=True), "en",
               work=lambda name: _catalog(name, ["PO01"]), extra=[recorder], fail_on="never", as_run=CatalogRun)
    assert code == 0
    assert [r.catalog for r in recorder.added] == names
    assert recorder.finished == recorder.added
    out = capsys.readouterr()
    assert out.out.count('"catalog"') == 2
    assert "2     PO01 po.placeholder" in out.err  # a document format on stdout: statistics on stderr


def test_problems_are_said_on_stderr(capsys) -> None:
    run([_catalog("b.po", problem=True)], Outputs(fmt=None), "en", as_run=CatalogRun)
    assert capsys.readouterr().err == "i18ncheck: b.po: is empty (no entries)\n"


def test_quiet_prints_nothing_for_a_clean_run(capsys) -> None:
    run([_catalog("a.po")], Outputs(quiet=True), "en", as_run=CatalogRun)
    assert capsys.readouterr().out == ""


def test_report_files_are_put_in_place_when_the_run_ends(tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.json"
    run([_catalog("a.po", ["PO01"])], Outputs(fmt="json", output=str(target)), "en", as_run=CatalogRun)
    assert '"PO01"' in target.read_text(encoding="utf-8")


def test_an_interrupted_run_leaves_earlier_report_files_as_they_were(tmp_path: Path) -> None:
    target, extra = tmp_path / "r.json", tmp_path / "r.sarif"
    target.write_text("earlier\n", encoding="utf-8")

    def reports():
        yield _catalog("a.po", ["PO01"])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(reports(), Outputs(fmt="json", output=str(target), reports=[("sarif", str(extra))]), "en",
            as_run=CatalogRun)
    assert target.read_text(encoding="utf-8") == "earlier\n"
    assert not extra.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]  # no temporary file left behind
