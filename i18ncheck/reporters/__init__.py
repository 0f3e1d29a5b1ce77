"""Reporters by name. A reporter writes a run's reports, of articles or of PO catalogs, to
a stream: `add` per report, `finish` once with the run (see `common.Reporter`).

Streaming reporters (`text`, `jsonl`, `github`) print each report as soon as it is checked;
the others collect the run and print one document at the end.
"""

from __future__ import annotations

from typing import TextIO

from .common import Reporter


def make(name: str, stream: TextIO, lang: str = "en", color: bool | None = None) -> Reporter:
    """The reporter registered under a format name (or `aligned`, the view of `i18ncheck align`)."""
    from . import aligned, github, html, json_report, junit, markdown, sarif, text

    factories = {
        "text": lambda: text.TextReporter(stream, lang, color),
        "json": lambda: json_report.JsonReporter(stream, lang),
        "jsonl": lambda: json_report.JsonLinesReporter(stream, lang),
        "html": lambda: html.HtmlReporter(stream, lang),
        "markdown": lambda: markdown.MarkdownReporter(stream, lang),
        "sarif": lambda: sarif.SarifReporter(stream, lang),
        "junit": lambda: junit.JunitReporter(stream, lang),
        "github": lambda: github.GithubReporter(stream, lang),
        "aligned": lambda: aligned.AlignedReporter(stream, lang, color),
    }
    return factories[name]()


FORMATS = ("text", "json", "jsonl", "html", "markdown", "sarif", "junit")  # a document or stream per run
ANNOTATIONS = ("github",)  # a line per finding for a CI system to show on the changed files
CHOICES = (*FORMATS, *ANNOTATIONS)  # what --format and --report take
