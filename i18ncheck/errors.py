"""The exception hierarchy and the exit codes of the command line."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process returns."""

    CLEAN = 0
    FINDINGS = 1
    BAD_INPUT = 2


class I18nCheckError(Exception):
    """Base of every error the tool reports to the user instead of crashing."""


class InputError(I18nCheckError):
    """A file or article that cannot be read or checked."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class UsageError(I18nCheckError):
    """The command line or configuration asks for something impossible."""
