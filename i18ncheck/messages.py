"""Render a finding's message in the user's language from its code and arguments.

Templates live in the check registry (English); translations come from the gettext
catalogs shipped in `i18ncheck/locales/<lang>/LC_MESSAGES/i18ncheck.po`, read with polib
at run time so no compile step is needed. A missing catalog or entry falls back to English.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any, Mapping

from .model import Finding
from .registry import get

_AND = {"en": "and", "uk": "та", "ru": "и"}


@functools.cache
def _catalog(lang: str) -> Mapping[str, str]:
    import polib

    path = resources.files("i18ncheck").joinpath("locales", lang, "LC_MESSAGES", "i18ncheck.po")
    if not path.is_file():
        return {}
    catalog = polib.pofile(path.read_text(encoding="utf-8"))
    return {e.msgid: e.msgstr for e in catalog.translated_entries() if "fuzzy" not in e.flags}


def translate(msgid: str, lang: str = "en") -> str:
    """The translation of a message in a language, or the English text."""
    return _catalog(lang).get(msgid, msgid) if lang != "en" else msgid


def _fmt(value: Any, lang: str) -> str:
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {_AND.get(lang, 'and')} " + items[-1]
    return str(value)


class _Args(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(finding: Finding, lang: str = "en") -> str:
    """The finding's message in a language."""
    template = translate(get(finding.code).message, lang)
    return template.format_map(_Args({k: _fmt(v, lang) for k, v in finding.args.items()}))
