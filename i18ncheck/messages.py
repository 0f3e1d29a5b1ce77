"""The tool's messages in the user's language: finding messages rendered from their code
and arguments, and every other string the tool shows (summaries, report headings, errors).

Templates are written in English in the code; translations come from the gettext catalogs
in `locales/<lang>/LC_MESSAGES/i18ncheck.po` (shipped inside the package as
`i18ncheck.locales`), read with polib at run time so no compile step is needed. A missing
catalog or entry falls back to English.

`python -m i18ncheck.messages` extracts every message from the code and the report
templates (Babel's extractors) into `locales/i18ncheck.pot` and merges it into the catalogs:
new messages arrive untranslated, vanished ones are dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from typing import Any

from .model import Finding
from .registry import get

_AND = {"en": "and", "uk": "та", "ru": "и"}


DOMAIN = "i18ncheck"
LANGUAGES = ("uk", "ru", "en")
# How messages are marked in the code: the keyword and which argument is the message.
KEYWORDS = {"_n": None, "translate": (1,), "t": (1,), "InputError": (2,), "UsageError": (1,)}


def catalog_path(lang: str):  # type: ignore[no-untyped-def]
    """The catalog of a language: inside the installed package, or, in a source checkout
    installed in editable mode, in the repository's locales/ folder."""
    try:
        # one part at a time: a namespace package's path joins a single name
        return resources.files("i18ncheck.locales").joinpath(lang).joinpath("LC_MESSAGES").joinpath(f"{DOMAIN}.po")
    except ModuleNotFoundError:
        from pathlib import Path

        return Path(__file__).resolve().parent.parent / "locales" / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def _catalog(lang: str) -> Mapping[str, str]:
    import polib

    try:
        path = catalog_path(lang)
        if not path.is_file():
            return {}
        catalog = polib.pofile(path.read_text(encoding="utf-8"))
    except Exception:
        return {}  # messages fall back to English
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


def extract(package: str | None = None) -> dict[str, list[tuple[str, int]]]:
    """Every translatable message of the code and the report templates, with where it is."""
    from pathlib import Path

    from babel.messages.extract import extract as babel_extract
    from jinja2.ext import babel_extract as jinja_extract

    root = Path(package or Path(__file__).parent)
    found: dict[str, list[tuple[str, int]]] = {}
    sources = [(p, "python") for p in sorted(root.rglob("*.py"))] + \
        [(p, jinja_extract) for p in sorted((root / "templates").glob("*.j2"))]
    for path, method in sources:
        with path.open("rb") as fh:
            for line, message, _comments, _context in babel_extract(method, fh, keywords=KEYWORDS,  # type: ignore[arg-type]
                                                                   options={"extensions": ""}):
                if isinstance(message, str) and message.strip():
                    found.setdefault(message, []).append((str(path.relative_to(root.parent)), line))
    return found


def update(locales: str) -> dict[str, int]:
    """Write the template and merge it into each language's catalog; untranslated counts."""
    from pathlib import Path

    import polib

    from . import __version__

    messages = extract()
    folder = Path(locales)
    header = {"Project-Id-Version": f"i18ncheck {__version__}", "MIME-Version": "1.0",
              "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    pot = polib.POFile(wrapwidth=100)
    pot.metadata = dict(header)
    for msgid, where in sorted(messages.items(), key=lambda kv: kv[1][0]):
        flags = ["python-brace-format"] if "{" in msgid else []
        pot.append(polib.POEntry(msgid=msgid, occurrences=where[:3], flags=flags))
    pot.save(str(folder / f"{DOMAIN}.pot"))
    missing = {}
    for lang in LANGUAGES:
        path = folder / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        old = {e.msgid: e for e in polib.pofile(str(path))} if path.is_file() else {}
        po = polib.POFile(wrapwidth=100)
        po.metadata = dict(header, Language=lang, **{"Plural-Forms": _PLURALS[lang]})
        for entry in pot:
            previous = old.get(entry.msgid)
            msgstr = previous.msgstr if previous else (entry.msgid if lang == "en" else "")
            po.append(polib.POEntry(msgid=entry.msgid, msgstr=msgstr, occurrences=entry.occurrences,
                                    flags=list(entry.flags), tcomment=previous.tcomment if previous else ""))
        po.save(str(path))
        missing[lang] = sum(1 for e in po if not e.msgstr)
    return missing


_PLURALS = {
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}


if __name__ == "__main__":
    import sys
    from pathlib import Path

    target = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent.parent / "locales")
    for lang, count in update(target).items():
        print(f"{lang}: {count} message(s) to translate")
