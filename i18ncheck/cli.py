"""The command line: `i18ncheck check PATH...`. Each subcommand returns an exit code."""

from __future__ import annotations

import os
import sys
from typing import Sequence, TextIO

import click

from . import __version__
from .api import iter_check, sources
from .errors import ExitCode, I18nCheckError
from .model import ArticleReport, RunReport, Severity
from .registry import get
from .reporters import FORMATS, make

FAIL_ON = ("error", "warning", "info", "never")


def ui_language(option: str | None) -> str:
    """The language of the tool's messages: --lang, then the locale variables, then en."""
    candidates = [option] if option else []
    candidates += [os.environ.get(v, "") for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    for value in candidates:
        for part in (value or "").split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code == "ua":
                code = "uk"
            if code in ("uk", "ru", "en"):
                return code
    return "en"


def _exit_code(report: ArticleReport, threshold: str) -> ExitCode:
    if report.problems:
        return ExitCode.BAD_INPUT
    if threshold == "never":
        return ExitCode.CLEAN
    rank = Severity(threshold).rank
    if any(get(f.code).severity.rank >= rank for f in report.findings):
        return ExitCode.FINDINGS
    return ExitCode.CLEAN


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="i18ncheck")
def cli() -> None:
    """Check that the uk, en and ru editions of news articles state the same facts."""


@cli.command("check")
@click.argument("paths", nargs=-1)
@click.option("--uk", "--ua", "uk", metavar="FILE", help="The Ukrainian edition of one article.")
@click.option("--en", "en", metavar="FILE", help="The English edition of one article.")
@click.option("--ru", "ru", metavar="FILE", help="The Russian edition of one article.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Exit with 1 when a finding of this severity or higher is reported.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@click.option("--lang", "ui_lang", type=click.Choice(["en", "uk", "ru"]),
              help="Language of messages (default: from LANGUAGE / LC_ALL / LC_MESSAGES / LANG).")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.pass_context
def check_command(ctx: click.Context, paths: tuple[str, ...], uk: str | None, en: str | None, ru: str | None, fmt: str,
                  fail_on: str, output: str | None, ui_lang: str | None, color: bool | None) -> None:
    """Check article folders (uk.*/ua.*, en.*, ru.*), JSON Lines exports, or --uk/--en/--ru files.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
    """
    files = {lang: f for lang, f in (("uk", uk), ("en", en), ("ru", ru)) if f}
    if not paths and not files:
        raise click.UsageError("give article folders, exports, or --uk/--en/--ru files")
    if files and len(files) < 2:
        raise click.UsageError("--uk, --en and --ru: give at least two editions")
    lang = ui_language(ui_lang)
    if output:
        with open(output, "w", encoding="utf-8") as stream:
            ctx.exit(_run(paths, files, fmt, fail_on, lang, stream, False))
    ctx.exit(_run(paths, files, fmt, fail_on, lang, sys.stdout, color))


@cli.command("align")
@click.argument("paths", nargs=-1)
@click.option("--uk", "--ua", "uk", metavar="FILE", help="The Ukrainian edition of one article.")
@click.option("--en", "en", metavar="FILE", help="The English edition of one article.")
@click.option("--ru", "ru", metavar="FILE", help="The Russian edition of one article.")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.pass_context
def align_command(ctx: click.Context, paths: tuple[str, ...], uk: str | None, en: str | None,
                  ru: str | None, color: bool | None) -> None:
    """Print the aligned editions of articles side by side, one row per aligned group."""
    from .reporters.aligned import AlignedReporter

    files = {lang: f for lang, f in (("uk", uk), ("en", en), ("ru", ru)) if f}
    if not paths and not files:
        raise click.UsageError("give article folders, exports, or --uk/--en/--ru files")
    reporter = AlignedReporter(sys.stdout, color)
    code = ExitCode.CLEAN
    for report in iter_check(sources(paths, files)):
        for p in report.problems:
            click.echo(f"i18ncheck: {p.path}: {p.message}", err=True)
            code = ExitCode.BAD_INPUT
        reporter.article(report)
    ctx.exit(int(code))


def _run(paths: Sequence[str], files: dict[str, str], fmt: str, fail_on: str, lang: str,
         stream: TextIO, color: bool | None) -> int:
    reporter = make(fmt, stream, lang, color)
    reports = []
    code = ExitCode.CLEAN
    for report in iter_check(sources(paths, files)):
        for p in report.problems:
            click.echo(f"i18ncheck: {p.path}: {p.message}", err=True)
        reporter.article(report)
        reports.append(report)
        code = max(code, _exit_code(report, fail_on))
    reporter.finish(RunReport(tuple(reports)))
    return int(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code; the one error boundary."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="i18ncheck",
                          standalone_mode=False)
    except click.exceptions.Exit as exc:  # raised by --version and --help
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(ExitCode.BAD_INPUT)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return int(ExitCode.BAD_INPUT)
    except I18nCheckError as exc:
        click.echo(f"i18ncheck: {exc}", err=True)
        return int(ExitCode.BAD_INPUT)
    except BrokenPipeError:
        return int(ExitCode.CLEAN)
    return int(result or 0)


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
