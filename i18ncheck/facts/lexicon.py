"""Language data for facts, loaded once from the package's data files."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """A TOML data file of the package (i18ncheck/data/NAME), parsed once."""
    with resources.files("i18ncheck.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)
