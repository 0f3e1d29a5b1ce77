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
from typing import Any, Iterable, Sequence

import regex

from ..compare import cluster
from ..model import Fact, PoFinding, Span, frozen_map
from . import placeholders as ph
from . import references as refs
from .catalog import Catalog, Entry

_DIGIT_TOKEN = regex.compile(r"[\w#+./:@-]*\d[\w#+./:@-]*")
_LATIN_WORD = regex.compile(r"(?<![\p{L}'’-])[a-z][a-z'’]{2,}(?![\p{L}])")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LETTERS = regex.compile(r"\p{L}{2,}")
_COUNT_NAMES = regex.compile(r"count|counter|num|number|total|quantity|amount|^n$|^\d+$", regex.I)


@functools.lru_cache(maxsize=8192)
def _analyse(text: str, lang: str, flags: frozenset[str]) -> tuple[tuple[ph.Placeholder, ...],
                                                                   tuple[refs.Reference, ...], tuple[Fact, ...]]:
    """Placeholders, references and facts of one message (cached: many entries repeat)."""
    found = ph.find(text, flags)
    masked = ph.mask(text, [p.span for p in found])
    references = refs.find(masked)
    masked = ph.mask(masked, [r.span for r in references])
    return tuple(found), tuple(references), tuple(_facts(masked, lang))


def _facts(text: str, lang: str) -> list[Fact]:
    """The numbers and dates of a message (morphology only where there are words to read)."""
    from ..facts import extract_sentence

    if not any(c.isdigit() for c in text) and not _LETTERS.search(text):
        return []
    return extract_sentence(text, lang)


def check_entry(entry: Entry, catalog: Catalog) -> list[PoFinding]:
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
            out += _language(entry.msgid, entry.msgstr, lang)
    return [PoFinding(code, (lang,), frozen_map(args), entry.msgid, entry.msgctxt, entry.line)
            for code, args in _unique(out)]


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
    s_order, s_named = ph.signature(list(src))
    t_order, t_named = ph.signature(list(tr))
    out: list[tuple[str, dict[str, Any]]] = []
    may_drop = count is not None and len(served) <= 1
    if count is not None and form is not None and count.identity not in {p.identity for p in tr} \
            and len(served) > 1:
        shown = ", ".join(str(n) for n in served[:4]) + ("…" if len(served) > 4 else "")
        out.append(("PO03", {"form": form, "numbers": shown, "placeholder": count.text}))
        may_drop = True  # reported as PO03; not again as PO01
    if may_drop and count is not None:
        # the count may be left out of this form, or kept: compare without it
        s_order, s_named = _without(s_order, s_named, count)
        t_order, t_named = _without(t_order, t_named, count)
    if s_order != t_order or s_named != t_named:
        expected = " ".join(p.text for p in src if not (may_drop and count is not None and p.identity == count.identity))
        found = " ".join(p.text for p in tr)
        args: dict[str, Any] = {"expected": expected or "—", "found": found or "—"}
        if form is not None:
            args["form"] = form
        out.append(("PO01", args))
    return out


def _glued(source: str, src: Sequence[ph.Placeholder], translation: str,
           tr: Sequence[ph.Placeholder]) -> list[tuple[str, dict[str, Any]]]:
    """A digit stuck to a placeholder in the translation but not in the source: "1%(id)s"
    prints 142 for the id 42."""
    def digits(text: str, p: ph.Placeholder) -> str:
        before = regex.search(r"\d+$", text[:p.span.start])
        after = regex.match(r"\d+", text[p.span.end:]) if p.kind in ("str", "") else None
        return (before.group() if before else "") + "|" + (after.group() if after else "")

    expected = {p.identity: digits(source, p) for p in src}
    out = []
    for p in tr:
        here = digits(translation, p)
        if here != "|" and p.identity in expected and expected[p.identity] != here:
            before, _, after = here.partition("|")
            out.append(("PO01", {"expected": p.text, "found": before + p.text + after}))
    return out


def _without(order: list[tuple[str, str, str]], named: set[tuple[str, str, str]],
             count: ph.Placeholder) -> tuple[list[tuple[str, str, str]], set[tuple[str, str, str]]]:
    if count.key:
        return order, named - {count.identity}
    if count.identity in order:
        order = list(order)
        order.remove(count.identity)
    return order, named


def _values(src: tuple, tr: tuple, lang: str, source: str, translation: str) -> list[tuple[str, dict[str, Any]]]:  # type: ignore[type-arg]
    return _references(src[1], tr[1], translation) + _facts_compared(src[2], tr[2], lang) + \
        _names(source, translation, lang, src, tr)


def _names(source: str, translation: str, lang: str, src: tuple, tr: tuple) -> list[tuple[str, dict[str, Any]]]:  # type: ignore[type-arg]
    from .names import swapped

    masked_src = ph.mask(source, [p.span for p in src[0]] + [r.span for r in src[1]])
    masked_tr = ph.mask(translation, [p.span for p in tr[0]] + [r.span for r in tr[1]])
    return [("EN01", {"expected": a.text, "expected_in": ["en"], "found": b.text, "found_in": [lang], "odd": [lang]})
            for a, b in swapped(masked_src, masked_tr, lang)]


def _references(src: Sequence[refs.Reference], tr: Sequence[refs.Reference],
                translation: str) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    have = {r.text for r in tr}
    spare = [r for r in tr if r.text not in {s.text for s in src}]
    loose = [refs.Reference(m.group().rstrip(".,;:!?"), Span(m.start(), m.end()), "token")
             for m in _DIGIT_TOKEN.finditer(translation)]
    for r in src:
        if r.text in have or refs.contains(translation, r.text):
            continue
        twin = next((t for t in spare if refs.resembles(r, t)), None) or \
            next((t for t in loose if t.text not in have and refs.resembles(r, t)), None)
        if twin is not None:
            out.append(("PO04", {"expected": r.text, "found": twin.text, "kind": r.kind}))
        elif r.kind in refs.MUST_KEEP:
            out.append(("PO05", {"expected": r.text, "kind": r.kind}))
    return out


def _facts_compared(src: Sequence[Fact], tr: Sequence[Fact], lang: str) -> list[tuple[str, dict[str, Any]]]:
    """Numbers and dates of the source against the translation's, by value: a value paired
    with a different one is changed, a value with nothing to pair with is missing."""
    from ..compare import _pairing
    from ..rules import NUMERIC

    s = [f for f in src if f.kind in NUMERIC.kinds]
    t = [f for f in tr if f.kind in NUMERIC.kinds]
    if not s:
        return []
    out: list[tuple[str, dict[str, Any]]] = []
    sides = {"en": s, lang: t}
    clusters = cluster(sides, NUMERIC.equal)
    lone_s = [s[cl["en"]] for cl in clusters if list(cl) == ["en"]]
    lone_t = [t[cl[lang]] for cl in clusters if list(cl) == [lang]]
    wanted = [("en", f) for f in lone_s if not f.weak]
    pairs = _pairing(wanted, list(enumerate(lone_t)), NUMERIC.compatible, sides, lang)
    for w, (_, ref) in enumerate(wanted):
        if w in pairs:
            found = lone_t[pairs[w]]
            out.append((NUMERIC.codes(ref)[0], {"expected": NUMERIC.describe(ref, found), "expected_in": ["en"],
                                                "found": found.text, "found_in": [lang], "odd": [lang]}))
        elif NUMERIC.changeable(ref) and ref.kind == "number" and any(c.isdigit() for c in ref.text):
            # only digits count as missing: UI translations drop "the two boxes" and calendar
            # strings ("6 a.m." -> "6") legitimately
            out.append((NUMERIC.codes(ref)[1], {"expected": ref.text, "expected_in": ["en"], "odd": [lang]}))
    return out


def _language(source: str, translation: str, lang: str) -> list[tuple[str, dict[str, Any]]]:
    """A translation left as its source, or written in English: no Cyrillic letter, and
    ordinary English words (two of them, or one long word kept from the source)."""
    if _CYRILLIC.search(translation):
        return []
    words = _english_words(translation)
    if translation.strip() == source.strip():
        return [("PO06", {})] if words and not _keyword(source.strip()) else []
    source_words = {w.lower() for w in _english_words(source)}
    if len(words) >= 2 or any(len(w) >= 6 and w.lower() in source_words for w in words):
        return [("PO07", {"detected": "en", "language": lang})]
    return []


def _keyword(text: str) -> bool:
    """One token that a program reads or prints as is: true, workflow_tasks, End-of-life-rebase:."""
    return not any(c.isspace() for c in text) and (
        text[:1].islower() or "_" in text or text.count("-") >= 2 or any(c.isdigit() for c in text))


def _english_words(text: str) -> list[str]:
    """The ordinary English words of a message (placeholders, references, acronyms and
    rare words such as product names left out)."""
    found = ph.find(text)
    masked = ph.mask(text, [p.span for p in found])
    masked = ph.mask(masked, [r.span for r in refs.find(masked)])
    words = regex.findall(r"(?<![\p{L}'’-])\p{L}[\p{L}'’]*", masked)
    return [w for w in words if not (len(w) > 1 and w.isupper()) and _common_english(w.lower())]


_COMMON = 5e-8  # more often than once in the spell checker's English corpus


@functools.lru_cache(maxsize=20_000)
def _common_english(word: str) -> bool:
    return _speller().word_usage_frequency(word) >= _COMMON


@functools.cache
def _speller():  # type: ignore[no-untyped-def]
    """pyspellchecker's English word frequencies, loaded once."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)
