"""`python -m i18ncheck`."""

from .cli import entry

entry()
