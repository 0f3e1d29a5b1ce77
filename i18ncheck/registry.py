"""The table of checks: stable codes, slugs, finding kinds, severities and messages.

Every finding names one of these codes. Codes are two capital letters (the family) and
two digits; they never change meaning once released. The message is a template whose
fields come from the finding's arguments, so reporters can render it in the user's
language (see `i18ncheck.messages`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Finding, Severity

KINDS = frozenset({
    "number_mismatch", "number_missing", "date_mismatch", "date_missing",
    "entity_mismatch", "entity_missing", "segment_missing", "segment_added",
    "wrong_language", "untranslated",
    # PO catalogs only
    "placeholder_mismatch", "plural_forms", "reference_mismatch", "unchanged",
})

FAMILIES = {
    "NU": "numbers",
    "DT": "dates",
    "EN": "entities",
    "SG": "segments",
    "LG": "language",
    "PO": "po",
}


@dataclass(frozen=True)
class Check:
    """One check: what it finds and how it says so."""

    code: str
    slug: str
    kind: str
    severity: Severity
    summary: str
    message: str


def _n(text: str) -> str:
    """Mark a string for translation; it is translated where it is rendered."""
    return text


CHECKS: tuple[Check, ...] = (
    Check("NU01", "numbers.mismatch", "number_mismatch", Severity.ERROR,
          _n("The same quantity has different values in the editions."),
          _n("{expected} in {expected_in}, but {found} in {found_in}")),
    Check("NU02", "numbers.missing", "number_missing", Severity.WARNING,
          _n("A quantity stated in the other editions is absent from one."),
          _n("{expected} in {expected_in} is missing from {odd}")),
    Check("NU03", "numbers.one_unit_only", "number_missing", Severity.INFO,
          _n("A value the other editions give in two units is given in one unit only."),
          _n("{expected} in {expected_in} is given in one unit only in {odd}")),
    Check("NU05", "numbers.conversion", "number_mismatch", Severity.WARNING,
          _n("A value glossed with its conversion in brackets does not convert to it."),
          _n("{found} in {found_in} does not convert {expected}")),
    Check("DT01", "dates.mismatch", "date_mismatch", Severity.ERROR,
          _n("A year, month, day, weekday, time, decade, century or quarter differs between editions."),
          _n("{expected} in {expected_in}, but {found} in {found_in}")),
    Check("DT02", "dates.missing", "date_missing", Severity.WARNING,
          _n("A date or time stated in the other editions is absent from one."),
          _n("{expected} in {expected_in} is missing from {odd}")),
    Check("EN01", "entities.mismatch", "entity_mismatch", Severity.ERROR,
          _n("One edition names a different person, place or organisation where the others agree."),
          _n("{expected} in {expected_in}, but {found} in {found_in}")),
    Check("EN02", "entities.missing", "entity_missing", Severity.WARNING,
          _n("A name in the other editions is absent from one, and not introduced earlier."),
          _n("{expected} in {expected_in} is not named in {odd}")),
    Check("EN03", "entities.only_here", "entity_mismatch", Severity.WARNING,
          _n("One edition names a person where the others name no one, and the others never name them."),
          _n("{found} in {found_in} is named nowhere in {expected_in}")),
    Check("SG01", "segments.paragraph_missing", "segment_missing", Severity.ERROR,
          _n("A paragraph of the other editions has no counterpart in one."),
          _n("a paragraph of {present} is missing from {odd}: “{excerpt}”")),
    Check("SG02", "segments.sentence_missing", "segment_missing", Severity.WARNING,
          _n("A sentence of the other editions has no counterpart in one."),
          _n("a sentence of {present} is missing from {odd}: “{excerpt}”")),
    Check("SG03", "segments.added", "segment_added", Severity.WARNING,
          _n("One edition has a sentence or paragraph the others lack."),
          _n("{odd} has text the other editions lack: “{excerpt}”")),
    Check("LG01", "language.wrong_edition", "wrong_language", Severity.ERROR,
          _n("A whole edition is not written in its language."),
          _n("the {odd} edition is written in {detected}")),
    Check("LG02", "language.untranslated", "untranslated", Severity.ERROR,
          _n("A paragraph or sentence inside an edition is in another of the three languages."),
          _n("{count} sentence(s) of the {odd} edition are in {detected}: “{excerpt}”")),
    # PO catalogs: msgid against msgstr (numbers, dates and names use the codes above)
    Check("PO01", "po.placeholder", "placeholder_mismatch", Severity.ERROR,
          _n("A translation drops, adds or changes a placeholder of its source string."),
          _n("placeholders differ: {expected} in the source, {found} in the translation")),
    Check("PO02", "po.plural_forms", "plural_forms", Severity.ERROR,
          _n("A plural entry has a different number of forms than the catalog's Plural-Forms header says."),
          _n("{found} plural forms, but the Plural-Forms header says {expected}")),
    Check("PO03", "po.plural_count", "plural_forms", Severity.ERROR,
          _n("A plural form used for several numbers leaves out the count placeholder."),
          _n("plural form {form} is used for n = {numbers}, but leaves out {placeholder}")),
    Check("PO04", "po.reference_mismatch", "reference_mismatch", Severity.ERROR,
          _n("A URL, e-mail, path, command, address or technical identifier is changed in the translation."),
          _n("{expected} in the source, but {found} in the translation")),
    Check("PO05", "po.reference_missing", "reference_mismatch", Severity.WARNING,
          _n("A URL, e-mail, path, command or address of the source is missing from the translation."),
          _n("{expected} in the source is missing from the translation")),
    Check("PO06", "po.unchanged", "unchanged", Severity.WARNING,
          _n("A translation is its source string, unchanged."),
          _n("the translation is the source text, unchanged")),
    Check("PO07", "po.untranslated", "untranslated", Severity.WARNING,
          _n("A translation is written in English, not in the catalog's language."),
          _n("the translation is in {detected}, not in {language}")),
)


def _validate(checks: Iterable[Check]) -> dict[str, Check]:
    table: dict[str, Check] = {}
    slugs: set[str] = set()
    for check in checks:
        if not re.fullmatch(r"[A-Z]{2}\d{2}", check.code):
            raise ValueError(f"malformed check code {check.code!r}")
        if check.code[:2] not in FAMILIES or not check.slug.startswith(FAMILIES[check.code[:2]] + "."):
            raise ValueError(f"check {check.code} does not belong to a known family")
        if check.code in table or check.slug in slugs:
            raise ValueError(f"duplicate check {check.code} / {check.slug}")
        if check.kind not in KINDS:
            raise ValueError(f"check {check.code} has unknown kind {check.kind!r}")
        table[check.code] = check
        slugs.add(check.slug)
    return table


REGISTRY: dict[str, Check] = _validate(CHECKS)
# What a check of news articles can report, and what a check of a PO catalog can.
ARTICLE_CHECKS: tuple[Check, ...] = tuple(c for c in CHECKS if not c.code.startswith("PO"))
PO_CHECKS: tuple[Check, ...] = tuple(c for c in CHECKS if c.code.startswith("PO") or c.code in
                                     ("NU01", "NU02", "DT01", "EN01"))


def get(code: str) -> Check:
    """The check with this code."""
    return REGISTRY[code]


def severity_of(finding: Finding) -> Severity:
    """A finding's severity: the configured override, else the check's default."""
    return finding.severity or REGISTRY[finding.code].severity
