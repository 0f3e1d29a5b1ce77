"""The command line: `i18ncheck check PATH...` and its helpers. Each subcommand returns an exit code."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Sequence

import click

from . import __version__
from . import baseline as baselines
from . import config as configs
from .errors import ExitCode, I18nCheckError, UsageError
from .messages import translate
from .model import ArticleReport, CatalogRun, RunReport
from .registry import CHECKS
from .reporters import CHOICES
from .run import Outputs, run


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


def _codes(values: Sequence[str]) -> list[str]:
    """Check codes from repeatable, comma-separated options."""
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _report_targets(values: Sequence[str]) -> list[tuple[str, str]]:
    targets = []
    for value in values:
        fmt, sep, path = value.partition(":")
        if not sep or not path or fmt not in CHOICES:
            raise click.BadParameter(translate("{value!r}: expected FORMAT:FILE with FORMAT one of {formats}",
                                               ui_language(None)).format(value=value, formats=", ".join(CHOICES)),
                                     param_hint="--report")
        targets.append((fmt, path))
    return targets


def _editions(uk: str | None, en: str | None, ru: str | None, paths: Sequence[str],
              lang: str | None = None) -> dict[str, str]:
    from .stream import STDIN

    files = {lang: f for lang, f in (("uk", uk), ("en", en), ("ru", ru)) if f}
    if not paths and not files:
        raise click.UsageError(translate("give article folders, exports, or --uk/--en/--ru files", ui_language(lang)))
    if files and len(files) < 2:
        raise click.UsageError(translate("--uk, --en and --ru: give at least two editions", ui_language(lang)))
    if [*paths, *files.values()].count(STDIN) > 1:
        raise click.UsageError(translate("standard input (-) can be read once only", ui_language(lang)))
    return files


def _settings(paths: Sequence[str], files: dict[str, str], config_file: str | None, select: Sequence[str],
              ignore: Sequence[str], fail_on: str | None, terms: str | None,
              baseline: str | None, min_confidence: float | None = None,
              article_timeout: float | None = None) -> configs.Config:
    """The effective configuration, with the term base loaded."""
    anchors = [p for p in [*paths, *files.values()] if p != "-"]
    cfg = configs.load(anchors, config_file)
    cfg = configs.override(cfg, select=_codes(select), ignore=_codes(ignore), fail_on=fail_on,
                           terms=terms, baseline=baseline, min_confidence=min_confidence,
                           article_timeout=article_timeout)
    if cfg.terms:
        from .terms import load_terms

        load_terms(cfg.terms)
    return cfg


def _edition_options(f):
    for opt in reversed((
        click.option("--uk", "--ua", "uk", metavar="FILE", help="The Ukrainian edition of one article."),
        click.option("--en", "en", metavar="FILE", help="The English edition of one article."),
        click.option("--ru", "ru", metavar="FILE", help="The Russian edition of one article."),
    )):
        f = opt(f)
    return f


def _output_options(f):
    for opt in reversed((
        click.option("--format", "-f", "fmt", type=click.Choice(CHOICES), default="text", show_default=True,
                     help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE."),
        click.option("--report", "reports", multiple=True, metavar="FORMAT:FILE",
                     help="Also write the report in FORMAT to FILE (repeatable)."),
        click.option("--fail-on", type=click.Choice(configs.FAIL_ON), default=None,
                     help="Exit with 1 when a finding of this severity or higher is reported [default: error]."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="P",
                     help="Report only findings at least this likely to be right (0 to 1) [default: 0]."),
        click.option("--quiet", "-q", is_flag=True,
                     help="Print only findings and problems: no summary, nothing when clean, no progress bar."),
        click.option("--statistics", is_flag=True,
                     help="After the report, count the findings of each code (on stderr when a document "
                          "format is printed on stdout)."),
    )):
        f = opt(f)
    return f


def _config_options(f):
    for opt in reversed((
        click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="Read settings from FILE instead of the nearest .i18ncheck.toml / pyproject.toml."),
        click.option("--select", multiple=True, metavar="CODES",
                     help="Only these check codes or prefixes (comma-separated, repeatable)."),
        click.option("--ignore", multiple=True, metavar="CODES",
                     help="Skip these check codes or prefixes (comma-separated, repeatable)."),
        click.option("--terms", type=click.Path(dir_okay=False), help="A newsroom term base (CSV or TOML)."),
    )):
        f = opt(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="i18ncheck")
def cli() -> None:
    """Check that the uk, en and ru editions of news articles state the same facts."""


@cli.command("check")
@click.argument("paths", nargs=-1)
@_edition_options
@_output_options
@_config_options
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--lang", "ui_lang", type=click.Choice(["en", "uk", "ru"]),
              help="Language of messages (default: from LANGUAGE / LC_ALL / LC_MESSAGES / LANG).")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes for many articles [default: $I18NCHECK_JOBS or the number of cores].")
@click.option("--store", type=click.Path(dir_okay=False),
              help="Keep each article's report in this SQLite file: a re-run checks only what changed.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Check on a Dask cluster: tcp://HOST:PORT, or local:N for N local worker processes.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on stderr [default: when stderr is a terminal the report is not on].")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out the articles whose path, name or one of whose folders matches GLOB (repeatable).")
@click.option("--article-timeout", type=click.FloatRange(0, 86400), default=None, metavar="SECONDS",
              help="Give up on an article after this long (exit 2 for it; 0: no limit) [default: 60].")
@click.pass_context
def check_command(ctx: click.Context, paths: tuple[str, ...], uk: str | None, en: str | None, ru: str | None,
                  fmt: str, output: str | None, reports: tuple[str, ...], fail_on: str | None,
                  min_confidence: float | None, quiet: bool, statistics: bool, config_file: str | None,
                  select: tuple[str, ...], ignore: tuple[str, ...], terms: str | None,
                  baseline: str | None, ui_lang: str | None, color: bool | None, jobs: int | None,
                  store: str | None, scheduler: str | None, progress: bool | None, exclude: tuple[str, ...],
                  article_timeout: float | None) -> None:
    """Check article folders (uk.*/ua.*, en.*, ru.*), JSON Lines exports (- for standard
    input), or --uk/--en/--ru files (one of them may be -).

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 130 interrupted.
    """
    from .api import iter_check
    from .parallel import jobs_default
    from .read.articles import limited
    from .stream import count, sources

    files = _editions(uk, en, ru, paths, ui_lang)
    targets = _report_targets(reports)
    _refuse_overwriting_inputs([output, store, *(path for _, path in targets)], [*paths, *files.values()])
    cfg = _settings(paths, files, config_file, select, ignore, fail_on, terms, baseline, min_confidence,
                    article_timeout)
    known = baselines.read(cfg.baseline) if cfg.baseline else frozenset()
    outputs = Outputs(fmt, output, targets, quiet, statistics, color, progress)
    with contextlib.ExitStack() as stack:
        results = _open_store(stack, store, create=True) if store else None
        articles = limited(sources(paths, files, exclude), cfg.max_edition_bytes)
        checked = iter_check(articles, cfg, known, jobs or jobs_default(), results, scheduler)
        ctx.exit(run(checked, outputs, ui_language(ui_lang), fail_on=cfg.fail_on,
                     count=lambda: count(paths, files)))


def _open_store(stack: contextlib.ExitStack, path: str, create: bool):  # type: ignore[no-untyped-def]
    from .store import Store

    store = Store(path, create=create)
    stack.callback(store.close)
    return store


def _is_input(output: str, inputs: Sequence[str]) -> bool:
    """Would writing `output` overwrite an input: a file named, or an edition (uk.*, en.*,
    ru.*) inside a folder named?"""
    from .read.articles import LANG_ALIASES

    target = os.path.realpath(output)
    edition = LANG_ALIASES.get(os.path.basename(target).partition(".")[0].lower()) is not None
    for raw in inputs:
        given = os.path.realpath(raw)
        if target == given or (edition and target.startswith(given.rstrip(os.sep) + os.sep)):
            return True
        with contextlib.suppress(OSError):  # a hard link to an input
            if os.path.samefile(output, raw):
                return True
    return False


def _refuse_overwriting_inputs(outputs: Sequence[str | None], inputs: Sequence[str]) -> None:
    """Refuse, before anything is read or written, a report file that is one of the inputs."""
    inputs = [i for i in inputs if i != "-"]
    for output in outputs:
        if output and _is_input(output, inputs):
            raise UsageError("{file}: is an input of this run; the report would overwrite it", file=output)


@cli.command("report")
@click.option("--store", required=True, type=click.Path(dir_okay=False),
              help="The results store a `check --store` run wrote.")
@click.option("--format", "-f", "fmt", type=click.Choice(CHOICES), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@click.option("--report", "reports", multiple=True, metavar="FORMAT:FILE",
              help="Also write the report in FORMAT to FILE (repeatable).")
@click.option("--fail-on", type=click.Choice(configs.FAIL_ON), default=None,
              help="Exit with 1 when a finding of this severity or higher is reported [default: the run's].")
@click.option("--lang", "ui_lang", type=click.Choice(["en", "uk", "ru"]), help="Language of messages.")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Print only findings and problems: no summary, nothing when clean.")
@click.option("--statistics", is_flag=True, help="After the report, count the findings of each code.")
@click.pass_context
def report_command(ctx: click.Context, store: str, fmt: str, output: str | None, reports: tuple[str, ...],
                   fail_on: str | None, ui_lang: str | None, color: bool | None, quiet: bool,
                   statistics: bool) -> None:
    """Print the last finished run of a results store again, in any format, checking nothing:
    its articles in the order that run wrote them, with the exit code it had.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
    """
    targets = _report_targets(reports)
    _refuse_overwriting_inputs([output, *(path for _, path in targets)], [store])
    lang = ui_language(ui_lang)
    with contextlib.ExitStack() as stack:
        stored = _open_store(stack, store, create=False).latest()
        threshold = fail_on or stored.settings.get("fail-on", "error")
        code = run(stored, Outputs(fmt, output, targets, quiet, statistics, color), lang, fail_on=threshold)
    ctx.exit(code)


@cli.command("align")
@click.argument("paths", nargs=-1)
@_edition_options
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.pass_context
def align_command(ctx: click.Context, paths: tuple[str, ...], uk: str | None, en: str | None,
                  ru: str | None, color: bool | None) -> None:
    """Print the aligned editions of articles side by side, one row per aligned group."""
    from .api import iter_check, sources

    files = _editions(uk, en, ru, paths)
    ctx.exit(run(iter_check(sources(paths, files)), Outputs("aligned", color=color), ui_language(None)))


@cli.command("po")
@click.argument("files", nargs=-1, required=True)
@click.option("--compare", is_flag=True,
              help="Also check the uk and ru catalogs against each other, entry by entry.")
@click.option("--include-fuzzy", is_flag=True, help="Check fuzzy entries too (skipped by default).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes for a large catalog [default: $I18NCHECK_JOBS or the number of cores].")
@_output_options
@_config_options
@click.option("--lang", "ui_lang", type=click.Choice(["en", "uk", "ru"]), help="Language of messages.")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.pass_context
def po_command(ctx: click.Context, files: tuple[str, ...], compare: bool, include_fuzzy: bool, jobs: int | None,
               fmt: str, output: str | None, reports: tuple[str, ...], fail_on: str | None,
               min_confidence: float | None, quiet: bool, statistics: bool, config_file: str | None,
               select: tuple[str, ...], ignore: tuple[str, ...], terms: str | None, ui_lang: str | None,
               color: bool | None) -> None:
    """Check gettext PO catalogs: each translation against its English msgid (placeholders,
    plural forms, numbers, names, URLs and paths, untranslated text); with --compare, the
    uk and ru catalogs of one program against each other.

    Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
    """
    from . import po
    from .parallel import jobs_default

    targets = _report_targets(reports)
    _refuse_overwriting_inputs([output, *(path for _, path in targets)], files)
    cfg = _settings(files, {}, config_file, select, ignore, fail_on, terms, None, min_confidence)
    lang = ui_language(ui_lang)
    _warn_charsets(files, lang)
    catalogs = po.check_files(files, include_fuzzy, compare, jobs or jobs_default())
    ctx.exit(run(catalogs, Outputs(fmt, output, targets, quiet, statistics, color), lang,
                 work=lambda report: po.configured(report, cfg), fail_on=cfg.fail_on, as_run=CatalogRun))


def _warn_charsets(files: Sequence[str], lang: str) -> None:
    """Warn about a catalog that declares a legacy charset over text that is UTF-8: read as
    declared, its non-ASCII text would turn to mojibake, silently."""
    from .read.decode import legacy_over_utf8

    for path in files:
        declared = legacy_over_utf8(path)
        if declared:
            click.echo("i18ncheck: " + translate(
                "{file}: warning: declares charset {charset} but its text is UTF-8 (non-ASCII characters that "
                "decode as UTF-8); read as {charset} they turn to mojibake: correct its Content-Type header",
                lang).format(file=path, charset=declared), err=True)


@cli.group("baseline")
def baseline_group() -> None:
    """Record today's findings so that later runs report only new ones."""


@baseline_group.command("create")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@_config_options
@click.pass_context
def baseline_create(ctx: click.Context, file: str, paths: tuple[str, ...], config_file: str | None,
                    select: tuple[str, ...], ignore: tuple[str, ...], terms: str | None) -> None:
    """Check PATHS and record every finding in FILE (use it later with `check --baseline FILE`)."""
    from .api import iter_check, sources

    cfg = _settings(paths, {}, config_file, select, ignore, None, terms, None)
    lang = ui_language(None)
    recorded = _BaselineFile(file)
    code = run(iter_check(sources(paths), cfg), Outputs(fmt=None), lang, extra=[recorded])
    click.echo("i18ncheck: " + translate("recorded findings: {count}, articles: {articles}, in {file}", lang).format(
        count=recorded.count, articles=recorded.articles, file=file), err=True)
    ctx.exit(code)


class _BaselineFile:
    """The baseline being created, as an output of the run: written when the run ends."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0
        self.articles = 0

    def add(self, report: ArticleReport) -> None:
        """Nothing until the end: the file is written whole."""

    def finish(self, run: RunReport) -> None:
        try:
            self.count = baselines.write(run.articles, self.path)
        except OSError as exc:
            raise UsageError("{file}: cannot write the baseline ({reason})", file=self.path,
                             reason=exc.strerror) from None
        self.articles = len(run.articles)


@cli.command("rules")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
@click.option("--lang", "ui_lang", type=click.Choice(["en", "uk", "ru"]), help="Language of descriptions.")
def rules_command(fmt: str, ui_lang: str | None) -> None:
    """List every check: code, name, kind, default severity and what it finds."""
    lang = ui_language(ui_lang)
    rows = [(c.code, c.slug, c.kind, c.severity.value, translate(c.summary, lang)) for c in CHECKS]
    if fmt == "json":
        click.echo(json.dumps([dict(zip(("code", "name", "kind", "severity", "description"), r)) for r in rows],
                              ensure_ascii=False, indent=2))
    elif fmt == "markdown":
        click.echo(rules_table(lang))
    else:
        for code, slug, kind, level, text in rows:
            click.echo(f"{code}  {slug:<28} {level:<8} {text}")


def rules_table(lang: str = "en") -> str:
    """The checks as a Markdown table (the README's table is this output)."""
    lines = ["| Code | Name | Kind | Severity | Finds |", "|---|---|---|---|---|"]
    lines += [f"| {c.code} | `{c.slug}` | `{c.kind}` | {c.severity.value} | {translate(c.summary, lang)} |"
              for c in CHECKS]
    return "\n".join(lines)


@cli.command("config")
@click.argument("paths", nargs=-1)
@click.option("--show", is_flag=True, required=True, help="Print the effective configuration.")
@_config_options
@click.option("--fail-on", type=click.Choice(configs.FAIL_ON), default=None)
@click.option("--baseline", type=click.Path(dir_okay=False))
def config_command(paths: tuple[str, ...], show: bool, config_file: str | None, select: tuple[str, ...],
                   ignore: tuple[str, ...], terms: str | None, fail_on: str | None, baseline: str | None) -> None:
    """Show the configuration a check of PATHS (default: here) would use, and where it came from."""
    cfg = configs.load(list(paths), config_file)
    cfg = configs.override(cfg, select=_codes(select), ignore=_codes(ignore), fail_on=fail_on,
                           terms=terms, baseline=baseline)
    click.echo(configs.dumps(cfg))


def _argv_language(argv: Sequence[str] | None) -> str:
    """The message language asked for on a command line that failed before it was parsed."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return ui_language(args[i + 1])
        if arg.startswith("--lang="):
            return ui_language(arg.split("=", 1)[1])
    return ui_language(None)


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
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):
            return _interrupted(argv)
        click.echo("Aborted.", err=True)
        return int(ExitCode.BAD_INPUT)
    except KeyboardInterrupt:
        return _interrupted(argv)
    except I18nCheckError as exc:
        click.echo(f"i18ncheck: {exc.render(_argv_language(argv))}", err=True)
        return int(ExitCode.BAD_INPUT)
    except BrokenPipeError:
        return int(ExitCode.CLEAN)
    return int(result or 0)


def _interrupted(argv: Sequence[str] | None) -> int:
    """Ctrl-C: say so (report files were left as they were before the run), exit 130."""
    with contextlib.suppress(Exception):
        click.echo("i18ncheck: " + translate("interrupted; report files were left as they were",
                                             _argv_language(argv)), err=True)
    return int(ExitCode.INTERRUPTED)


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
