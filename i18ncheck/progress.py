"""A progress bar on standard error: articles done of about how many, articles per
second, time left. Shown when asked (`--progress`), or by default when standard error is a
terminal and the report does not go to that terminal too. Refreshed from the loop that
writes the reports (no thread: the --jobs workers are forked while it runs)."""

from __future__ import annotations

import sys
import time
from typing import Self, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .messages import translate

_REFRESH = 0.1  # seconds between redraws


def wanted(option: bool | None, report_on_stdout: bool, stderr: TextIO | None = None) -> bool:
    """Show a progress bar? As asked, else when stderr is a terminal the report is not on."""
    if option is not None:
        return option
    err = stderr or sys.stderr
    tty = hasattr(err, "isatty") and err.isatty()
    return bool(tty and not (report_on_stdout and sys.stdout.isatty()))


class _Rate(ProgressColumn):
    """Articles per second."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.label = translate("{rate} articles/s", lang)

    def render(self, task: Task) -> Text:
        return Text(self.label.format(rate=f"{task.speed or 0:.1f}"), style="progress.data.speed")


class Bar:
    """The progress of a run over about `total` articles."""

    def __init__(self, total: int, lang: str = "en", stream: TextIO | None = None) -> None:
        self.console = Console(file=stream or sys.stderr, highlight=False)
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _Rate(lang),
                                 TimeElapsedColumn(), TextColumn("/"), TimeRemainingColumn(), console=self.console,
                                 auto_refresh=False, redirect_stdout=False, redirect_stderr=False)
        self.task = self.progress.add_task(translate("articles", lang), total=max(total, 1))
        self.total = max(total, 1)
        self.done = 0
        self._drawn = 0.0

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.update(self.task, total=max(self.total, self.done))
        self.progress.refresh()
        self.progress.stop()

    def advance(self) -> None:
        self.done += 1
        if self.done > self.total:  # the count was an estimate
            self.total = self.done
            self.progress.update(self.task, total=self.total)
        self.progress.advance(self.task)
        now = time.monotonic()
        if now - self._drawn >= _REFRESH:
            self._drawn = now
            self.progress.refresh()

    def print(self, text: str) -> None:
        """A line on stderr, above the bar."""
        self.console.print(Text(text), soft_wrap=True)
