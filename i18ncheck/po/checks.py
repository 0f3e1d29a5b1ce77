"""The checks of one catalog entry, msgid against msgstr.

- placeholders (PO01) must agree as the program passes them: unnamed ones in order, named
  and numbered ones as a set; in a plural entry every form is held to msgid_plural, except
  that a form serving one number alone may leave the count out;
- plural entries must have the catalog's number of forms (PO02), and a form that serves
  several numbers (msgstr[0] serves 1, 21, 31... in uk and ru) must keep the count (PO03);
- references (URLs, paths, commands, addresses, identifiers) must be copied verbatim (PO04,
  PO05);
- numbers and dates are compared by value with the article engine (NU01, NU02, DT01, DT02),
  and names across scripts (EN01), with placeholders and references blanked out first;
- a translation that is the source unchanged (PO06) or written in English (PO07).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from .. import patterns
from ..model import Fact, Finding, Span, frozen_map
from . import placeholders as ph
from . import references as refs
from .catalog import Catalog, Entry

_DIGIT_TOKEN = patterns.compile(r"[\w#+./:@-]*\d[\w#+./:@-]*")
_LATIN_WORD = patterns.compile(r"(?<![\p{L}'’-])[a-z][a-z'’]{2,}(?![\p{L}])")
_CYRILLIC = patterns.compile(r"\p{Cyrillic}")
_LETTERS = patterns.compile(r"\p{L}{2,}")
_COUNT_NAMES = patterns.compile(r"count|counter|num|number|total|quantity|amount|^n$|^\d+$", regex.I)


@functools.lru_cache(maxsize=8192)
def _analyse(text: str, lang: str, flags: frozenset[str]) -> tuple[tuple[ph.Placeholder, ...],
                                                                   tuple[refs.Reference, ...], str]:
    """Placeholders, references, and the text with both blanked out (cached: entries repeat)."""
    found = ph.find(text, flags)
    masked = ph.mask(text, [p.span for p in found])
    references = refs.find(masked)
    return tuple(found), tuple(references), ph.mask(masked, [r.span for r in references])


@functools.lru_cache(maxsize=8192)
def _facts(text: str, lang: str, dates: bool = True) -> tuple[Fact, ...]:
    """The numbers and dates of a (masked) message. English text is read only when it has
    a digit or a number, month, weekday or time word: most UI strings have none."""
    from ..facts import extract_sentence

    digits = _DIGIT.search(text) is not None
    if lang == "en" and not digits and \
            _vocabulary().isdisjoint(_WORD.findall(text.lower())):
        return ()
    if not digits and not _LETTERS.search(text):
        return ()
    if lang == "en":  # an English comma between digits is a list unless three digits follow: [1,16]
        text = _LIST_COMMA.sub(", ", text)
    return tuple(extract_sentence(text, lang, dates=dates))


_WORD = patterns.compile(r"[A-Za-z]+")  # (lower-cased before use)
_DIGIT = patterns.compile(r"\d")
_COPY_TOKEN = patterns.compile(r"[\w#+./:@,^~|×-]*\d[\w#+./:@,^~|×-]*")
_LIST_COMMA = patterns.compile(r"(?<=\d),(?=\d{1,2}(?!\d)|\d{4})")
_NUMBER_START = patterns.compile(r"\d+(?![\p{L}\d])")
_NUMBER_END = patterns.compile(r"(?<![\p{L}\d_])\d+$")
_ANY_WORD = patterns.compile(r"(?<![\w'’-])\p{L}[\w'’]*")
_TECHNICAL = patterns.compile(r"\w_\w|\[[^\]]*\]|<[^>]*>|==|->|::|^\s*-|\w\(\w*\)")


@functools.cache
def _vocabulary() -> frozenset[str]:
    """English words that can make a number or a date: the numeral table's, CLDR's month
    and weekday names, and the time and period words the date reader knows."""
    from babel.dates import get_day_names, get_month_names

    from ..facts.lexicon import load

    words: set[str] = set()
    for table in load("numerals.toml")["en"].values():
        for key in table:
            words.update(w.lower() for w in _WORD.findall(key))
    for width in ("wide", "abbreviated"):
        words.update(v.lower().rstrip(".") for v in get_month_names(width, locale="en").values())
        words.update(v.lower().rstrip(".") for v in get_day_names(width, locale="en").values())
    words.update("noon midday midnight century centuries decade decades quarter yesterday today tomorrow "
                 "dozen dozens percent per cent sept".split())
    return frozenset(words)


def check_entry(entry: Entry, catalog: Catalog) -> list[Finding]:
    """Every finding of one translated entry."""
    if not entry.translated:
        return []
    lang = catalog.language
    out: list[tuple[str, dict[str, Any]]] = []
    if entry.msgid_plural:
        forms = list(entry.msgstr_plural)
        if len(forms) != catalog.plural.nplurals:
            out.append(("PO02", {"found": len(forms), "expected": catalog.plural.nplurals}))
        source = entry.msgid_plural
        src = _analyse(source, "en", entry.flags)
        count = _count_placeholder(src[0], _analyse(entry.msgid, "en", entry.flags)[0])
        for k, form in enumerate(forms):
            if not form:
                continue
            served = catalog.plural.numbers(k)
            found = _analyse(form, lang, entry.flags)[0]
            out += _placeholders(src[0], found, count, served, k) or _glued(source, src[0], form, found)
            out += _values(src, _analyse(form, lang, entry.flags), lang, source, form)
    else:
        src = _analyse(entry.msgid, "en", entry.flags)
        tr = _analyse(entry.msgstr, lang, entry.flags)
        out += _placeholders(src[0], tr[0], None, (), None) or _glued(entry.msgid, src[0], entry.msgstr, tr[0])
        out += _values(src, tr, lang, entry.msgid, entry.msgstr)
        if lang != "en":
            out += _language(entry.msgid, entry.msgstr, lang, src[2], tr[2])
    return [Finding(code, (lang,), frozen_map(args), entry=entry.location) for code, args in _unique(out)]


def _unique(found: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """One finding per code and words: a plural entry repeats its mistake in every form."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for code, args in found:
        key = (code, str(args.get("expected")), str(args.get("found", args.get("placeholder"))))
        if key not in seen:
            seen.add(key)
            out.append((code, args))
    return out


def _count_placeholder(plural: Sequence[ph.Placeholder], singular: Sequence[ph.Placeholder]) -> ph.Placeholder | None:
    """The placeholder of msgid_plural that stands for n."""
    if not plural:
        return None
    if len(plural) == 1:
        return plural[0]
    in_singular = {p.identity for p in singular}
    new = [p for p in plural if p.identity not in in_singular] or list(plural)
    if len(new) == 1:
        return new[0]
    numeric = [p for p in new if p.kind in ("int", "uint", "lint", "luint", "plural") or _COUNT_NAMES.search(p.key)]
    return numeric[0] if numeric else None


def _placeholders(src: Sequence[ph.Placeholder], tr: Sequence[ph.Placeholder], count: ph.Placeholder | None,
                  served: Sequence[int], form: int | None) -> list[tuple[str, dict[str, Any]]]:
    skip = ph.notation(list(src))
    expected = ph.canonical(list(src))
    found = ph.canonical(list(tr), skip)
    out: list[tuple[str, dict[str, Any]]] = []
    count_id = next((k for k, p in expected.items() if p is count), None)
    may_drop = count_id is not None and len(served) <= 1
    if count_id is not None and form is not None and count_id not in found and len(served) > 1:
        shown = ", ".join(str(n) for n in served[:4]) + ("…" if len(served) > 4 else "")
        out.append(("PO03", {"form": form, "numbers": shown, "placeholder": count.text if count else ""}))
        may_drop = True  # reported as PO03; not again as PO01
    if may_drop and count_id is not None and count_id[0] != "printf":
        # a named count may be left out of this form, or kept: compare without it
        expected.pop(count_id, None)
        found.pop(count_id, None)
    elif may_drop and count_id is not None and count_id not in found:
        expected.pop(count_id, None)
    if set(expected) != set(found) or (ph.mixed_numbering(list(tr), skip) and not ph.mixed_numbering(list(src))):
        args: dict[str, Any] = {"expected": " ".join(p.text for p in expected.values()) or "—",
                                "found": " ".join(p.text for p in found.values()) or "—"}
        if form is not None:
            args["form"] = form
        out.append(("PO01", args))
    return out


def _glued(source: str, src: Sequence[ph.Placeholder], translation: str,
           tr: Sequence[ph.Placeholder]) -> list[tuple[str, dict[str, Any]]]:
    """A number stuck to a placeholder in the translation but not in the source: "1%(id)s"
    prints 142 for the id 42 (a code such as o32%s is no number)."""
    def digits(text: str, p: ph.Placeholder) -> tuple[tuple[str, str, str], str]:
        before = _NUMBER_END.search(text, 0, p.span.start)
        after = _NUMBER_START.match(text, p.span.end) if p.kind in ("str", "") else None
        return p.identity, (before.group() if before else "") + "|" + (after.group() if after else "")

    expected = [digits(source, p) for p in src]
    out = []
    for p in tr:
        here = digits(translation, p)
        if here[1] == "|" or here in expected or all(e[0] != p.identity for e in expected):
            continue
        before, _, after = here[1].partition("|")
        if any(refs.contains(source, d) for d in (before, after) if d):
            continue  # "64 ABI ... %s" written "ABI 64%s": the number moved, nothing was added
        out.append(("PO01", {"expected": p.text, "found": before + p.text + after}))
    return out


def _values(src: tuple, tr: tuple, lang: str, source: str, translation: str) -> list[tuple[str, dict[str, Any]]]:  # type: ignore[type-arg]
    source_text, translation_text = _copied(src[2], tr[2])
    source_facts = _facts(source_text, "en")
    dates = any(f.kind == "date" for f in source_facts)
    facts = _facts_compared(source_facts, _facts(translation_text, lang, dates), lang) if source_facts else []
    return _references(src[1], tr[1], translation, (src[2], tr[2])) + facts + _names(src[2], tr[2], lang)


def _copied(source: str, translation: str) -> tuple[str, str]:
    """Both texts with the digit tokens the translation copied verbatim blanked out: [0,31]
    kept as is agrees, whichever way each language would read its comma."""
    tokens = copied_tokens(source, translation)
    return mask_tokens(source, tokens), mask_tokens(translation, tokens)


def copied_tokens(source: str, translation: str) -> frozenset[str]:
    """Digit tokens of the source (with some punctuation: 0,31, 1.0, 3×5) that the
    translation repeats whole (3×5 may be written 3x5)."""
    if _DIGIT.search(source) is None:
        return frozenset()
    out = set()
    for m in _COPY_TOKEN.finditer(source):
        token = m.group().rstrip(".,;:!?")
        if len(token) < 3 or token.isdigit():
            continue
        if refs.contains(translation, token) or "×" in token and refs.contains(translation, token.replace("×", "x")):
            out.add(token)
    return frozenset(out)


def mask_tokens(text: str, tokens: frozenset[str]) -> str:
    """The text with every whole occurrence of the tokens (and their 3x5 spelling) blanked."""
    for token in tokens:
        for form in {token, token.replace("×", "x")}:
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                if refs.contains(text[max(0, start - 1):end + 2], form):
                    text = text[:start] + " " * len(form) + text[end:]
                start = text.find(form, end)
    return text


def _names(source: str, translation: str, lang: str) -> list[tuple[str, dict[str, Any]]]:
    from .names import swapped

    return [("EN01", {"expected": a.text, "expected_in": ["en"], "found": b.text, "found_in": [lang], "odd": [lang]})
            for a, b in swapped(source, translation, lang)]


def _references(src: Sequence[refs.Reference], tr: Sequence[refs.Reference], translation: str,
                masked: tuple[str, str]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if not src:
        return out
    have = {r.text for r in tr}
    spare = [r for r in tr if r.text not in {s.text for s in src}]
    loose = [refs.Reference(m.group().rstrip(".,;:!?"), Span(m.start(), m.end()), "token")
             for m in _DIGIT_TOKEN.finditer(translation)]
    for r in src:
        if r.text in have or refs.contains(translation, r.text):
            continue
        twin = next((t for t in spare if refs.resembles(r, t)), None) or \
            next((t for t in loose if t.text not in have and refs.resembles(r, t)), None) or \
            refs.letters_left(r, *masked)
        if twin is not None and (refs.same(r, twin) or sorted(r.text) == sorted(twin.text) and r.kind == "option"):
            continue  # UTF8 / UTF-8: the same token; options listed in another order
        if twin is not None:
            out.append(("PO04", {"expected": r.text, "found": twin.text, "kind": r.kind}))
        elif r.kind in refs.MUST_KEEP:
            out.append(("PO05", {"expected": r.text, "kind": r.kind}))
    return out


def _facts_compared(src: Sequence[Fact], tr: Sequence[Fact], lang: str) -> list[tuple[str, dict[str, Any]]]:
    """Numbers and dates of the source against the translation's, by value: a value paired
    with a different one is changed, a value with nothing to pair with is missing."""
    from ..compare import pair_facts
    from ..rules import NUMERIC

    s = [f for f in src if f.kind in NUMERIC.kinds]
    t = [f for f in tr if f.kind in NUMERIC.kinds]
    if not s:
        return []
    out: list[tuple[str, dict[str, Any]]] = []
    # equal values pair off first (a message's numbers are a set, not a sequence: no
    # search over orders is needed), then what is left is paired by the article engine
    lone_t = list(t)
    lone_s = []
    for f in s:
        twin = next((g for g in lone_t if _equal(f, g)), None)
        if twin is None:
            lone_s.append(f)
        else:
            lone_t.remove(twin)
    sides = {"en": s, lang: t}
    wanted = [("en", f) for f in lone_s if not f.weak]
    pairs = pair_facts(wanted, list(enumerate(lone_t)), NUMERIC.compatible, sides, lang) if wanted and lone_t else {}
    for w, (_, ref) in enumerate(wanted):
        if w in pairs:
            found = lone_t[pairs[w]]
            if not any(c.isdigit() for c in ref.text) and any(c.isdigit() for c in found.text):
                continue  # "two-word instructions" is no count to pair with an 8 elsewhere in a long text
            out.append((NUMERIC.codes(ref)[0], {"expected": NUMERIC.describe(ref, found), "expected_in": ["en"],
                                                "found": found.text, "found_in": [lang], "odd": [lang]}))
        elif NUMERIC.changeable(ref) and ref.kind == "number" and any(c.isdigit() for c in ref.text) \
                and ref.values[0] not in (0, 1):
            # only digits count as missing: UI translations drop "the two boxes" and calendar
            # strings ("6 a.m." -> "6") legitimately, and say 0 and 1 in words ("returns 0
            # otherwise" -> "succeeds if the result is non-zero")
            out.append((NUMERIC.codes(ref)[1], {"expected": ref.text, "expected_in": ["en"], "odd": [lang]}))
    return out


def _equal(a: Fact, b: Fact) -> bool:
    """Do two facts state the same value? A unit the translation writes as the source does
    keeps its scale (a message is translated, not converted): 180° is not 360° read as
    Fahrenheit, which the article engine allows for degrees of unknown scale."""
    from ..rules import NUMERIC

    if not NUMERIC.equal(a, b):
        return False
    if a.kind != "number" or b.kind != "number" or a.unit is None or a.unit != b.unit:
        return True
    tolerance = 0.5 * max(a.precision, b.precision) + 1e-9
    readings = [(x, y) for x in a.values for y in b.values if isinstance(x, float | int) and isinstance(y, float | int)]
    return not readings or any(abs(x - y) <= tolerance for x, y in readings)


def _language(source: str, translation: str, lang: str, source_masked: str,
              translation_masked: str) -> list[tuple[str, dict[str, Any]]]:
    """A translation left as its source, or written in English: no Cyrillic letter, and
    ordinary lower-case English words. Text of capitalised words alone is left be: key
    names (Escape, Shift), paper sizes (US Letter), people and products keep their names."""
    if _CYRILLIC.search(translation):
        return []
    if _TECHNICAL.search(translation):
        return []  # code, usage lines and identifiers: break [n], bgp_delete: LOOP, <abs>
    common = _english_words(translation_masked)
    lower = [w for w in common if w.islower() and len(w) >= 3]
    if translation.strip() == source.strip():
        return [("PO06", {})] if lower and len(common) >= 2 and not _keyword(source.strip()) else []
    source_words = {w.lower() for w in _english_words(source_masked)}
    capitalised = [w for w in common if not w.islower()]
    if lower and len(common) >= 2 or len(capitalised) <= 1 and any(
            len(w) >= 6 and w.lower() in source_words for w in common):
        return [("PO07", {"detected": "en", "language": lang})]
    return []


def _keyword(text: str) -> bool:
    """One token that a program reads or prints as is: true, workflow_tasks, End-of-life-rebase:."""
    return not any(c.isspace() for c in text) and (
        text[:1].islower() or "_" in text or text.count("-") >= 2 or any(c.isdigit() for c in text))


def _english_words(masked: str) -> list[str]:
    """The ordinary English words of a message whose placeholders and references are
    blanked out (acronyms and rare words such as product names left out too)."""
    words = [w for w in _ANY_WORD.findall(masked) if "_" not in w and not any(c.isdigit() for c in w)]
    return [w for w in words if not (len(w) > 1 and w.isupper()) and _common_english(w.lower())]


def _common_english(word: str) -> bool:
    from ..facts.lexicon import english_words

    return word in english_words()
