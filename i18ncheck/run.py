"""The run loop every command shares: reports come one at a time (articles or PO catalogs),
each is said about on stderr when it has input problems, handed to every output, kept for
the outputs that print one document at the end, and counted into the exit code.

An output is a reporter (one per format, for articles and catalogs alike) or anything else
that takes reports one at a time and then the whole run; report files are written
atomically, put in place when the run ends normally and removed when it is interrupted or
fails (Ctrl-C itself is turned into exit 130 by the command line's one error boundary)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

import click

from .errors import ExitCode, UsageError
from .messages import translate
from .model import CatalogRun, Report, RunReport, Severity
from .registry import CHECKS, severity_of


class Output(Protocol):
    """Where a run's reports go: `add` per report, `finish` once with the run (a
    `RunReport` of articles or a `CatalogRun` of catalogs)."""

    def add(self, report: Any) -> None: ...

    def finish(self, run: Any) -> None: ...


@dataclass(frozen=True)
class Outputs:
    """What a command's output options ask for: the report in `fmt` on stdout or in
    `output` (none when `fmt` is None), more reports as (format, file), --quiet,
    --statistics, colours, and the progress bar (None: when stderr is a terminal)."""

    fmt: str | None = "text"
    output: str | None = None
    reports: Sequence[tuple[str, str]] = ()
    quiet: bool = False
    statistics: bool = False
    color: bool | None = None
    progress: bool | None = False


def run(items: Iterable[Any], outputs: Outputs, lang: str, *,
        work: Callable[[Any], Report] | None = None, fail_on: str = "never", extra: Sequence[Output] = (),
        count: Callable[[], int] | None = None, as_run: Callable[[Any], RunReport | CatalogRun] = RunReport) -> int:
    """Write the reports of `items` (each passed through `work` when given) to the
    outputs, and finish them with the run that `as_run` makes of the reports (`RunReport`
    for articles, `CatalogRun` for catalogs); the exit code. `count` estimates the items,
    for the progress bar; `extra` are more outputs, such as a baseline file."""
    with contextlib.ExitStack() as stack:
        sinks = [*_outputs(stack, outputs, lang), *extra]
        bar = _bar(stack, False if outputs.quiet else outputs.progress, not outputs.output, count, lang)
        kept = isinstance(items, Sequence) and work is None  # already held (a stored run): not copied
        collected: Any = items if kept else _spool(stack)
        code = ExitCode.CLEAN
        for item in items:
            report = work(item) if work is not None else item
            _problems(report, lang, bar)
            for sink in sinks:
                sink.add(report)
            if not kept:
                collected.append(report)
            code = max(code, exit_code(report, fail_on))
            if bar is not None:
                bar.advance()
        whole = as_run(collected)  # a sequence kept on disk or in the store, read as the run's tuple
        for sink in sinks:
            sink.finish(whole)
    return int(code)


def exit_code(report: Report, threshold: str) -> ExitCode:
    """2 for a report with input problems, 1 for findings at or above `threshold`, else 0."""
    if report.problems:
        return ExitCode.BAD_INPUT
    if threshold == "never":
        return ExitCode.CLEAN
    rank = Severity(threshold).rank
    if any(severity_of(f).rank >= rank for f in report.findings):
        return ExitCode.FINDINGS
    return ExitCode.CLEAN


def _spool(stack: contextlib.ExitStack) -> Any:
    from .stream import Spool

    spool = Spool()
    stack.callback(spool.close)
    return spool


class _Quiet:
    """--quiet for the terminal: the findings and problems only, no summary; nothing when
    the run is clean."""

    def __init__(self, output: Output) -> None:
        self.output = output

    def add(self, report: Report) -> None:
        if report.findings or report.problems:
            self.output.add(report)

    def finish(self, run: Any) -> None:
        """No summary."""


class _Statistics:
    """--statistics: how many findings of each code the run had, as flake8 prints them,
    after the report."""

    def __init__(self, stream: TextIO, lang: str) -> None:
        self.stream = stream
        self.lang = lang
        self.counts: dict[str, int] = {}
        self.problems = 0

    def add(self, report: Report) -> None:
        for f in report.findings:
            self.counts[f.code] = self.counts.get(f.code, 0) + 1
        self.problems += len(report.problems)

    def finish(self, run: Any) -> None:
        from .registry import get

        order = {c.code: i for i, c in enumerate(CHECKS)}
        lines = [f"{n:<5} {code} {get(code).slug}" for code, n in
                 sorted(self.counts.items(), key=lambda kv: order.get(kv[0], len(order)))]
        if self.problems:
            lines.append(f"{self.problems:<5} {translate('input problems', self.lang)}")
        if lines:
            self.stream.write("\n".join(lines) + "\n")
            self.stream.flush()


def _outputs(stack: contextlib.ExitStack, outputs: Outputs, lang: str) -> list[Output]:
    """The report of --format on stdout or in -o FILE (--quiet for text), one per
    --report target, and --statistics; files opened in that order."""
    from .reporters import make

    sinks: list[Output] = []
    fmt = outputs.fmt
    if fmt is not None:
        if outputs.output:
            primary: Output = make(fmt, open_atomic(stack, outputs.output), lang, False)
        else:
            primary = make(fmt, sys.stdout, lang, outputs.color)
        sinks.append(_Quiet(primary) if outputs.quiet and fmt == "text" else primary)
    sinks += [make(f, open_atomic(stack, path), lang, False) for f, path in outputs.reports]
    if outputs.statistics:
        # on stdout, unless a document format is printed there (then on stderr)
        on_stdout = outputs.output or fmt in ("text", "github")
        sinks.append(_Statistics(sys.stdout if on_stdout else sys.stderr, lang))
    return sinks


def _bar(stack: contextlib.ExitStack, option: bool | None, on_stdout: bool, count: Callable[[], int] | None,
         lang: str) -> Any:
    """The progress bar on stderr, or None."""
    if count is None:
        return None
    from . import progress

    if not progress.wanted(option, on_stdout):
        return None
    total = count()
    if option is None and total < 2:  # one article is a CI gate: no bar unless asked
        return None
    return stack.enter_context(progress.Bar(total, lang))


def open_atomic(stack: contextlib.ExitStack, path: str) -> TextIO:
    """A report file, written atomically: put in place when the stack closes normally,
    removed when it closes on an exception (an interrupt, a failure), so that an earlier
    file is never left empty or half-written."""
    from .stream import AtomicOutput

    try:
        out = AtomicOutput(path)
    except OSError as exc:
        raise UsageError("{file}: cannot write the report ({reason})", file=path, reason=exc.strerror) from None

    def done(kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if kind is None or issubclass(kind, click.exceptions.Exit):
            try:
                out.commit()
            except OSError as error:
                out.discard()
                raise UsageError("{file}: cannot write the report ({reason})", file=path,
                                 reason=error.strerror) from None
        else:
            out.discard()
        return False

    stack.push(done)
    return out.stream


def _problems(report: Report, lang: str, bar: Any = None) -> None:
    """Say on stderr what could not be read."""
    for p in report.problems:
        line = f"i18ncheck: {p.path}: {p.text(lang)}"
        if bar is not None:
            bar.print(line)
        else:
            click.echo(line, err=True)
