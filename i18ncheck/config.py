"""Configuration: shipped defaults, then `[tool.i18ncheck]` in pyproject.toml or a
`.i18ncheck.toml` (the nearest one above the checked articles), then command-line flags.

Keys (all optional):

    select = ["NU", "DT01"]      # only codes with these prefixes (default: all)
    ignore = ["EN02"]            # drop codes with these prefixes
    fail-on = "warning"          # error | warning | info | never
    severity = {EN02 = "info"}   # per-code severity overrides
    terms = "newsroom-terms.csv" # a term base (relative to the config file)
    languages = ["uk", "en", "ru"]  # editions expected in every article
    baseline = "baseline.json"   # report only findings not recorded there
    min-confidence = 0.5         # drop findings less likely right than this (0 to 1)
    max-edition-bytes = 2000000  # a larger edition is refused (exit 2), not read
    article-timeout = 60         # seconds to check one article (0: no limit)
    min-editions = 2             # an article with fewer editions is a problem (exit 2)

`languages`, when set, also makes an article without one of the listed editions a
problem. A `.i18ncheck.toml` holds the keys bare or in a `[tool.i18ncheck]` table.

Unknown keys and bad values are errors that name the key and the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import UsageError
from .model import LANGS, Severity
from .read.articles import MAX_EDITION_BYTES
from .registry import REGISTRY

FAIL_ON = ("error", "warning", "info", "never")
KEYS = ("select", "ignore", "fail-on", "severity", "terms", "languages", "baseline", "min-confidence",
        "max-edition-bytes", "article-timeout", "min-editions")
ARTICLE_TIMEOUT = 60.0  # seconds, the default of the `article-timeout` setting


@dataclass(frozen=True)
class Config:
    """The effective configuration of a run, and where each part came from."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    severity: Mapping[str, Severity] = field(default_factory=dict)
    terms: str | None = None
    languages: tuple[str, ...] = LANGS
    baseline: str | None = None
    min_confidence: float = 0.0  # findings less likely right than this are dropped
    max_edition_bytes: int = MAX_EDITION_BYTES  # a larger edition is refused, not read
    article_timeout: float = ARTICLE_TIMEOUT  # seconds to check one article; 0: no limit
    min_editions: int = 2  # an article with fewer editions is a problem
    required: tuple[str, ...] = ()  # editions every article must have (`languages`, when set)
    source: str | None = None  # the file the settings were read from

    def enabled(self, code: str) -> bool:
        """Is a check code selected and not ignored?"""
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def apply(self, findings, keep=lambda f: True):  # type: ignore[no-untyped-def]
        """Findings of the selected checks (and `keep`), with severity overrides set."""
        from dataclasses import replace as _replace

        out = []
        for f in findings:
            if self.enabled(f.code) and keep(f) and f.confidence >= self.min_confidence:
                level = self.severity.get(f.code)
                out.append(_replace(f, severity=level) if level else f)
        return tuple(out)

    def severity_of(self, code: str) -> Severity:
        """A code's severity after overrides."""
        return self.severity.get(code, REGISTRY[code].severity)

    def as_dict(self) -> dict[str, Any]:
        """The settings as a TOML-like mapping, for `i18ncheck config --show`."""
        return {
            "select": list(self.select), "ignore": list(self.ignore), "fail-on": self.fail_on,
            "severity": {k: v.value for k, v in sorted(self.severity.items())},
            "terms": self.terms, "languages": list(self.languages), "baseline": self.baseline,
            "min-confidence": self.min_confidence, "max-edition-bytes": self.max_edition_bytes,
            "article-timeout": self.article_timeout, "min-editions": self.min_editions,
            "source": self.source,
        }


def find_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest .i18ncheck.toml, or pyproject.toml with [tool.i18ncheck], at or above start."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / ".i18ncheck.toml"
        if own.is_file():
            return own, own_table(_read(own))
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("i18ncheck")
            if table is not None:
                return project, table
    return None


def own_table(data: dict[str, Any]) -> dict[str, Any]:
    """The settings of a `.i18ncheck.toml`: its keys bare, or a `[tool.i18ncheck]` table
    (as pyproject.toml has it, so the README's block works in either file)."""
    tool = data.get("tool")
    if isinstance(tool, dict) and set(data) == {"tool"} and isinstance(tool.get("i18ncheck"), dict):
        return tool["i18ncheck"]
    return data


def _timeout(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 86400:
        raise UsageError("{file}: 'article-timeout' must be a number of seconds from 0 (no limit) to 86400",
                         file=where)
    return float(value)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError("{file}: cannot read the configuration ({reason})", file=path, reason=str(exc)) from None


def _codes(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError("{file}: '{key}' must be a list of check codes or prefixes", file=where, key=key)
    for v in value:
        if not any(code.startswith(v.upper()) for code in REGISTRY):
            raise UsageError("{file}: '{key}' names {code!r}, which matches no check (see `i18ncheck rules`)",
                             file=where, key=key, code=v)
    return tuple(v.upper() for v in value)


def _confidence(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise UsageError("{file}: 'min-confidence' must be a number from 0 to 1", file=where)
    return float(value)


def parse(table: Mapping[str, Any], where: str, base: Path | None = None) -> Config:
    """Settings from a TOML table; `where` names the file in error messages."""
    unknown = [k for k in table if k not in KEYS]
    if unknown:
        raise UsageError("{file}: unknown key {key!r} (known: {known})", file=where, key=unknown[0], known=', '.join(KEYS))
    cfg = Config(source=where)
    if "select" in table:
        cfg = replace(cfg, select=_codes(table["select"], "select", where))
    if "ignore" in table:
        cfg = replace(cfg, ignore=_codes(table["ignore"], "ignore", where))
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON:
            raise UsageError("{file}: 'fail-on' must be one of {choices}", file=where, choices=', '.join(FAIL_ON))
        cfg = replace(cfg, fail_on=table["fail-on"])
    if "severity" in table:
        overrides = table["severity"]
        if not isinstance(overrides, dict):
            raise UsageError("{file}: 'severity' must be a table of CODE = \"error|warning|info\"", file=where)
        parsed = {}
        for code, level in overrides.items():
            if code.upper() not in REGISTRY:
                raise UsageError("{file}: 'severity' names {code!r}, which is not a check code", file=where, code=code)
            if level not in ("error", "warning", "info"):
                raise UsageError("{file}: severity of {code} must be error, warning or info", file=where, code=code)
            parsed[code.upper()] = Severity(level)
        cfg = replace(cfg, severity=parsed)
    for key in ("terms", "baseline"):
        if key in table:
            if not isinstance(table[key], str):
                raise UsageError("{file}: '{key}' must be a file path", file=where, key=key)
            path = Path(table[key])
            if base is not None and not path.is_absolute():
                path = base / path
            cfg = replace(cfg, terms=str(path)) if key == "terms" else replace(cfg, baseline=str(path))
    if "min-confidence" in table:
        cfg = replace(cfg, min_confidence=_confidence(table["min-confidence"], where))
    if "max-edition-bytes" in table:
        limit = table["max-edition-bytes"]
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise UsageError("{file}: 'max-edition-bytes' must be a whole number of bytes above 0", file=where)
        cfg = replace(cfg, max_edition_bytes=limit)
    if "languages" in table:
        langs = table["languages"]
        if not isinstance(langs, list) or not langs or any(v not in LANGS for v in langs):
            raise UsageError("{file}: 'languages' must list some of uk, en, ru", file=where)
        cfg = replace(cfg, languages=tuple(langs), required=tuple(langs))
    if "article-timeout" in table:
        cfg = replace(cfg, article_timeout=_timeout(table["article-timeout"], where))
    if "min-editions" in table:
        count = table["min-editions"]
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= len(LANGS):
            raise UsageError("{file}: 'min-editions' must be 1, 2 or 3", file=where)
        cfg = replace(cfg, min_editions=count)
    return cfg


def load(paths: Iterable[str], config_file: str | None = None) -> Config:
    """The configuration for a run: an explicit file, else the nearest one above the first path."""
    if config_file:
        path = Path(config_file)
        data = _read(path)
        table = data.get("tool", {}).get("i18ncheck", {}) if path.name == "pyproject.toml" else own_table(data)
        return parse(table, str(path), path.parent)
    first = next(iter(paths), None)
    found = find_file(Path(first) if first else Path.cwd())
    if found is None:
        return Config()
    path, table = found
    return parse(table, str(path), path.parent)


def override(cfg: Config, *, select: Iterable[str] = (), ignore: Iterable[str] = (),
             fail_on: str | None = None, terms: str | None = None, baseline: str | None = None,
             min_confidence: float | None = None, article_timeout: float | None = None) -> Config:
    """Command-line flags over the file's settings."""
    if article_timeout is not None:
        cfg = replace(cfg, article_timeout=_timeout(article_timeout, "--article-timeout"))
    if min_confidence is not None:
        cfg = replace(cfg, min_confidence=_confidence(min_confidence, "--min-confidence"))
    if select:
        cfg = replace(cfg, select=_codes(list(select), "--select", "command line"))
    if ignore:
        cfg = replace(cfg, ignore=cfg.ignore + _codes(list(ignore), "--ignore", "command line"))
    if fail_on:
        cfg = replace(cfg, fail_on=fail_on)
    if terms:
        cfg = replace(cfg, terms=terms)
    if baseline:
        cfg = replace(cfg, baseline=baseline)
    return cfg


def dumps(cfg: Config) -> str:
    """The effective configuration as a `[tool.i18ncheck]` TOML table, its source as a comment."""
    lines = [f"# from {cfg.source or 'built-in defaults'}", "[tool.i18ncheck]"]
    for key, value in cfg.as_dict().items():
        if key == "source" or value is None:
            continue
        if isinstance(value, dict):
            body = ", ".join(f"{k} = {_toml(v)}" for k, v in value.items())
            lines.append(f"{key} = {{{body}}}")
        else:
            lines.append(f"{key} = {_toml(value)}")
    return "\n".join(lines)


def _toml(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
