"""The exception hierarchy and the exit codes of the command line."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """What the process returns."""

    CLEAN = 0
    FINDINGS = 1
    BAD_INPUT = 2
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it


def fill(template: str, values: Mapping[str, Any]) -> str:
    """A message template with its values filled in."""
    return template.format_map(values) if values else template


class I18nCheckError(Exception):
    """Base of every error the tool reports to the user instead of crashing.

    The message is a template plus values, so it can be shown in the user's language."""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(fill(template, values))
        self.template = template
        self.values = values

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # an error travels with its article to a --jobs worker: rebuilt from its template
        return (_rebuild, (type(self), (self.template,), self.values))

    def render(self, lang: str = "en") -> str:
        """The message in a language (English when there is no translation)."""
        from .messages import translate

        return fill(translate(self.template, lang), self.values)


class InputError(I18nCheckError):
    """A file or article that cannot be read or checked: `path` and what is wrong with it."""

    def __init__(self, path: str, problem: str, **values: Any) -> None:
        super().__init__(problem, **values)
        self.path = path
        self.problem = fill(problem, values)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_rebuild, (type(self), (self.path, self.template), self.values))

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"

    def render(self, lang: str = "en") -> str:
        return f"{self.path}: {super().render(lang)}"


def _rebuild(kind: type[I18nCheckError], args: tuple[str, ...], values: Mapping[str, Any]) -> I18nCheckError:
    """An error unpickled: made again from its template and values."""
    return kind(*args, **values)


class UsageError(I18nCheckError):
    """The command line or configuration asks for something impossible."""


def problem_of(exc: InputError):  # type: ignore[no-untyped-def]
    """The report's record of an input error."""
    from .model import Problem, frozen_map

    return Problem(exc.path, exc.problem, exc.template, frozen_map(exc.values))
