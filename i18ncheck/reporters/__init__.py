"""Reporters by name. A reporter writes a run's reports to a stream.

Streaming reporters (`text`, `jsonl`) print each article as soon as it is checked; the
others collect the run and print one document at the end.
"""

from __future__ import annotations

from typing import Protocol, TextIO

from ..model import ArticleReport, RunReport


class Reporter(Protocol):
    """Writes reports; `article` is called per article, `finish` once at the end."""

    def article(self, report: ArticleReport) -> None: ...

    def finish(self, run: RunReport) -> None: ...


def make(name: str, stream: TextIO, lang: str = "en", color: bool | None = None) -> Reporter:
    """The reporter registered under a format name."""
    from . import github, html, json_report, junit, markdown, sarif, text

    factories = {
        "text": lambda: text.TextReporter(stream, lang, color),
        "json": lambda: json_report.JsonReporter(stream, lang),
        "jsonl": lambda: json_report.JsonLinesReporter(stream, lang),
        "html": lambda: html.HtmlReporter(stream, lang),
        "markdown": lambda: markdown.MarkdownReporter(stream, lang),
        "sarif": lambda: sarif.SarifReporter(stream, lang),
        "junit": lambda: junit.JunitReporter(stream, lang),
        "github": lambda: github.GithubReporter(stream, lang),
    }
    return factories[name]()


FORMATS = ("text", "json", "jsonl", "html", "markdown", "sarif", "junit")  # a document or stream per run
ANNOTATIONS = ("github",)  # a line per finding for a CI system to show on the changed files
CHOICES = (*FORMATS, *ANNOTATIONS)  # what --format and --report take
