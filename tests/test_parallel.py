"""Forked workers: results in the order of the items, whatever run of neighbours a worker
takes, with pass-through items kept in place and not sent to a worker."""

from __future__ import annotations

import os

import pytest

from i18ncheck.parallel import ordered_imap


def _tenfold_in_child(item: int) -> tuple[int, bool]:
    return item * 10, os.getpid() != PARENT


PARENT = os.getpid()


@pytest.mark.parametrize("run, count", [(1, 7), (4, 30), (8, 30), (8, 8), (3, 1)])
def test_results_in_order_with_runs_and_pass_through(run: int, count: int) -> None:
    items = list(range(count))
    out = list(ordered_imap(_tenfold_in_child, items, 2, passthrough=lambda x: x % 5 == 0, run=run))
    assert len(out) == count
    for item, result in zip(items, out):
        if item % 5 == 0:
            assert result == item  # passed through as it is, never worked on
        else:
            assert result == (item * 10, True)  # worked on in a forked worker


def test_few_items_are_checked_in_process_many_in_workers(tmp_path) -> None:
    from i18ncheck.api import iter_check, sources
    from i18ncheck.parallel import RUN

    uk, en, ru = "Завод виготовив 120 дронів.", "The plant made 120 drones.", "Завод изготовил 120 дронов."
    for k in range(RUN + 2):
        folder = tmp_path / f"a{k:02d}"
        folder.mkdir()
        for lang, text in (("uk", uk), ("en", en), ("ru", ru.replace("120", str(120 + k % 2)))):
            (folder / f"{lang}.txt").write_text(text + "\n", encoding="utf-8")
    serial = [r.findings for r in iter_check(sources([str(tmp_path)]), jobs=1)]
    forked = [r.findings for r in iter_check(sources([str(tmp_path)]), jobs=2)]
    assert serial == forked and sum(bool(f) for f in serial) == (RUN + 2) // 2
