"""The Ukrainian and Russian catalogs of one program against each other: for the same
msgctxt and msgid, the two translations must state the same numbers, dates and names. With
the English source as the third edition, the article engine names the odd translation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..compare import compare_one
from ..model import CatalogReport, Finding, Location, Span, frozen_map
from ..rules import NUMERIC
from .catalog import Catalog, Entry
from .checks import _analyse, _facts, copied_tokens, mask_tokens


def _text(entry: Entry) -> str:
    """The translation compared: msgstr, or the plural form that serves most numbers."""
    if not entry.msgid_plural:
        return entry.msgstr
    return entry.msgstr_plural[-1] if entry.msgstr_plural else ""


def _line(f: Finding) -> int:
    """The line of a catalog finding's entry."""
    return f.entry.line if f.entry else 0


def compare_catalogs(catalogs: Sequence[Catalog], reports: Sequence[CatalogReport]) -> list[CatalogReport]:
    """Reports with the cross-catalog findings added to the odd catalog's report."""
    by_lang = {c.language: c for c in catalogs if c.language in ("uk", "ru")}
    if set(by_lang) != {"uk", "ru"}:
        return list(reports)
    uk = {e.key: e for e in by_lang["uk"].entries if e.translated}
    ru = {e.key: e for e in by_lang["ru"].entries if e.translated}
    extra: dict[str, list[Finding]] = {"uk": [], "ru": []}
    own = {r.catalog: {(f.code, entry.line) for f, entry in r.located()} for r in reports}
    for key in uk.keys() & ru.keys():
        entries = {"uk": uk[key], "ru": ru[key]}
        source = key[2] or key[1]
        texts = {"en": source, "uk": _text(entries["uk"]), "ru": _text(entries["ru"])}
        flags = entries["uk"].flags | entries["ru"].flags
        masked = {lang: _analyse(text, lang, flags)[2] for lang, text in texts.items()}
        # a digit token both translations copied verbatim agrees everywhere ([0,31], 1,000,000)
        both = copied_tokens(masked["en"], masked["uk"]) & copied_tokens(masked["en"], masked["ru"])
        facts = {lang: list(_facts(mask_tokens(text, both), lang)) for lang, text in masked.items()}
        if not any(facts.values()):
            continue
        present = ("uk", "en", "ru")
        for rules in (NUMERIC,):
            sides = {lang: [f for f in facts[lang] if f.kind in rules.kinds] for lang in present}
            for finding in compare_one(sides, rules, lambda lang: Span(0, len(texts[lang])),
                                       lambda lang, span: Location(span.start, span.end, "")):
                if finding.code == "DT02" or finding.code == "NU02" and not any(
                        c.isdigit() for c in str(finding.args.get("expected"))):
                    continue  # as in one catalog: only digits count as missing; calendar strings vary
                for odd in finding.odd:
                    if odd not in entries:
                        continue
                    entry = entries[odd]
                    if (finding.code, entry.line) in own.get(by_lang[odd].path, set()):
                        continue  # already reported against the English source
                    extra[odd].append(Finding(finding.code, finding.odd, frozen_map(dict(finding.args)),
                                              entry=entry.location))
    out = []
    for r in reports:
        lang = next((lang for lang, c in by_lang.items() if c.path == r.catalog), None)
        if lang and extra[lang]:
            r = replace(r, findings=tuple(sorted(r.findings + tuple(extra[lang]), key=_line)))
        out.append(r)
    return out
