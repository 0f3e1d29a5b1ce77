"""The sample corpus: every planted mismatch listed in corpus/README.md is reported, with the
right odd edition, and the clean article raises nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from i18ncheck.api import check
from i18ncheck.model import Severity
from i18ncheck.registry import REGISTRY, get

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
IMPLEMENTED = {c.kind for c in REGISTRY.values()}


def planted() -> list[tuple[str, str, str]]:
    """(article, odd edition, kind) for each row of the README's mismatch table."""
    rows = []
    for line in (CORPUS / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 6 and cells[0].isdigit():
            lang = re.search(r"\b(uk|ua|en|ru)\.", cells[2]).group(1).replace("ua", "uk")
            kind = re.search(r"[a-z_]+_(?:mismatch|missing|added)|wrong_language|untranslated", cells[-1]).group()
            rows.append((cells[1], lang, kind))
    return rows


@pytest.fixture(scope="module")
def reports() -> dict:
    run = check([str(CORPUS)])
    return {Path(r.article).name: r for r in run.articles}


def test_corpus_has_articles(reports) -> None:
    assert len(reports) >= 3 and len(planted()) >= 5
    assert all(not r.problems for r in reports.values())


@pytest.mark.parametrize("article, odd, kind", planted())
def test_planted_mismatch_is_reported(reports, article: str, odd: str, kind: str) -> None:
    if kind not in IMPLEMENTED:
        pytest.skip(f"{kind} is not checked yet")
    found = [(get(f.code).kind, f.odd) for f in reports[article].findings]
    assert (kind, (odd,)) in found, found


def test_clean_article_has_no_findings(reports) -> None:
    counted = [f for f in reports["grain-corridor"].findings if get(f.code).severity != Severity.INFO]
    assert counted == []
