"""The aligned editions side by side, for an editor checking what lines up with what."""

from __future__ import annotations

import os
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..messages import translate
from ..model import LANGS, ArticleReport
from .common import Reporter


class AlignedReporter(Reporter):
    """One table per article: a row per aligned group, a column per edition."""

    def __init__(self, stream: TextIO, lang: str = "en", color: bool | None = None) -> None:
        super().__init__(stream, lang)
        no_color = color is False or "NO_COLOR" in os.environ
        is_tty = hasattr(stream, "isatty") and stream.isatty()
        self.console = Console(file=stream, no_color=no_color, highlight=False, emoji=False,
                               force_terminal=True if color else None,
                               width=None if is_tty else max(120, int(os.environ.get("COLUMNS", "0") or 0)))

    def article(self, report: ArticleReport) -> None:
        langs = [lang for lang in LANGS if lang in report.views]
        if not langs:
            return
        table = Table(title=Text(report.article, style="bold"), box=box.SIMPLE_HEAVY, show_lines=True,
                      padding=(0, 1))
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        for lang in langs:
            table.add_column(lang, ratio=1, overflow="fold")
        table.add_column(translate("conf.", self.lang), justify="right", style="dim", no_wrap=True)
        for gi, group in enumerate(report.alignment):
            cells: list[Text] = []
            for lang in langs:
                span = group.views.get(lang)
                if span is None:
                    cells.append(Text("— " + translate("nothing", self.lang) + " —", style="bold red"))
                else:
                    cells.append(Text(" ".join(report.views[lang][span.start:span.end].split())))
            style = "yellow" if group.confidence < 0.5 else "dim"
            table.add_row(str(gi + 1), *cells, Text(f"{group.confidence:.2f}", style=style))
        self.console.print(table)
