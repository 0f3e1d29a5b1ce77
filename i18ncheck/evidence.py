"""The evidence behind a finding, as one typed record of features per finding.

Every finding the checks propose is described by the same few measurements, whatever
rule proposed it: how sure the alignment is, what the facts on each side look like, and,
for names, how alike the two mentions are once romanised (rapidfuzz over several
transliteration schemes), whether the odd edition's word is an ordinary dictionary word
(a translation, not a name), whether the two agreeing editions spell the name alike, and
whether the article names the odd edition's entity elsewhere. `confidence` turns the
record into one probability with weights fitted on data (data/confidence.toml).

Features are floats in [0, 1] (or small counts), named so that the fitted weights read as
a table. A feature that does not apply is 0.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import regex

from . import patterns
from .facts.entities import is_acronym
from .model import Alignment, Fact, Finding, Segmented

Features = dict[str, float]

_SMOOTH = 4  # sentences added to an article's count when findings are averaged over it
FAMILIES = {"NU": "numeric", "DT": "numeric", "EN": "entity", "SG": "segment", "LG": "language"}


def family(code: str) -> str:
    """The evidence family of a check code (numeric, entity, segment, language, po)."""
    return FAMILIES.get(code[:2], "po")


@dataclass(frozen=True)
class ArticleFacts:
    """What the evidence of one article's findings is read from."""

    segs: Mapping[str, Segmented]
    facts: Mapping[str, Sequence[Sequence[Fact]]]
    alignment: Alignment
    equal: Callable[[Fact, Fact], bool]  # the entity equality of the comparison

    @functools.cached_property
    def by_span(self) -> dict[tuple[str, int, int], list[Fact]]:
        out: dict[tuple[str, int, int], list[Fact]] = {}
        for lang, per in self.facts.items():
            for sentence in per:
                for f in sentence:
                    out.setdefault((lang, f.span.start, f.span.end), []).append(f)
        return out

    def fact_at(self, lang: str, finding: Finding, kinds: frozenset[str]) -> Fact | None:
        loc = finding.locations.get(lang)
        if loc is None or loc.view is None:
            return None
        return next((f for f in self.by_span.get((lang, loc.view.start, loc.view.end), ()) if f.kind in kinds), None)

    def group_text(self, lang: str, gi: int | None) -> str:
        if gi is None or gi >= len(self.alignment.groups):
            return ""
        idx = self.alignment.groups[gi].members.get(lang, ())
        sents = self.segs[lang].sentences if lang in self.segs else ()
        return " ".join(sents[i].text for i in idx)


def features(finding: Finding, article: ArticleFacts, others: Sequence[Finding] = ()) -> Features:
    """The evidence record of one finding; `others` are all the findings proposed for the
    article (an article where much disagrees is one the checker reads badly)."""
    fam = family(finding.code)
    out: Features = {"bias": 1.0, f"code_{finding.code}": 1.0}
    # findings per sentence, smoothed so that one finding in a one-line article is no load
    sentences = max((len(seg.sentences) for seg in article.segs.values()), default=0) + _SMOOTH
    out["article_load"] = min(1.0, len(others) / sentences)
    out["family_load"] = min(1.0, sum(family(f.code) == fam for f in others) / sentences)
    groups = article.alignment.groups
    gi = finding.group
    out["group_conf"] = groups[gi].confidence if gi is not None and gi < len(groups) else 1.0
    out["odd_en"] = float("en" in finding.odd)
    out["editions3"] = float(len(article.segs) == 3)
    if fam == "entity":
        out.update(_entity(finding, article))
    elif fam == "numeric":
        out.update(_numeric(finding, article))
    elif fam == "segment":
        out.update(_segment(finding, article))
    elif fam == "language":
        out.update(_language(finding, article))
    return out


# --- names -----------------------------------------------------------------------------

_ENTITY = frozenset({"entity"})
_WORD = patterns.compile(r"[\p{L}'’ʼ]+")


@functools.cache
def _schemes(lang: str) -> tuple[Callable[[str], str], ...]:
    """Romanisations of a Cyrillic language (facts.names.ROMANISATION_SCHEMES)."""
    import translitua

    from .facts.names import ROMANISATION_SCHEMES

    return tuple(functools.partial(translitua.translit, table=getattr(translitua, name))
                 for name in ROMANISATION_SCHEMES[lang])


def _plain(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


@functools.lru_cache(maxsize=100_000)
def romanised(text: str, lang: str) -> frozenset[str]:
    """Latin letter strings a mention may read as: each scheme over its words and over
    their dictionary forms (Києві and Київ), letters only, lower case."""
    from .facts.morph import parses
    from .langid import has_cyrillic

    words = _WORD.findall(text.removesuffix("'s").removesuffix("’s"))
    if not has_cyrillic(text):
        return frozenset({_plain("".join(words))})
    script = lang if lang in ("uk", "ru") else "ru"
    lemma_words = []
    for w in words:
        readings = parses(w, script)
        named = [lemma for lemma, tags in readings if tags & {"Name", "Surn", "Geox", "Orgn"}]
        lemma_words.append((named or [readings[0][0] if readings else w.lower()])[0])
    forms = {" ".join(words).lower(), " ".join(lemma_words)}
    return frozenset(_plain(scheme(form)) for form in forms for scheme in _schemes(script))


def similarity(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """How alike two mentions read once romanised: the best normalised Indel similarity
    (rapidfuzz) over the transliteration schemes, in [0, 1]."""
    from rapidfuzz import fuzz

    ra, rb = romanised(a, lang_a), romanised(b, lang_b)
    return max((fuzz.ratio(x, y) / 100 for x in ra for y in rb if x and y), default=0.0)


def word_similarity(a: Fact, b: Fact) -> float:
    """How alike the proper words of two mentions are, by their consonant skeletons: per
    word of the shorter, the best normalised Levenshtein similarity (rapidfuzz) to a word
    of the other, averaged."""
    from rapidfuzz.distance import Levenshtein

    wa, wb = a.key.words, b.key.words
    if not wa or not wb:
        return 0.0
    short, long = sorted((wa, wb), key=len)
    best = [max(Levenshtein.normalized_similarity(x, y) for x in alts for other in long for y in other)
            for alts in short]
    return sum(best) / len(best)


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@functools.lru_cache(maxsize=50_000)
def readings(text: str, lang: str) -> tuple[float, float]:
    """(ordinary, name-only): the share of a mention's words that may be ordinary
    dictionary words (чорної, вихід, audiobooks: a translator may have translated them),
    and the share that can only be names: a reading as a name alone, a name the gazetteer
    knows, or a word no dictionary knows (only a transliteration renders them)."""
    from .facts.lexicon import common_english, english_proper
    from .facts.morph import analyser, parses
    from .facts.names import token_keys
    from .langid import has_cyrillic

    words = [w for w in _WORD.findall(text) if len(w) > 1]
    if not words:
        return 0.0, 0.0
    ordinary = name_only = 0
    for w in words:
        low = w.lower().removesuffix("'s").removesuffix("’s").strip("'’ʼ")  # a quote is no letter
        if has_cyrillic(w):
            script = _cyrillic_language(w, lang)
            found = parses(low, script)
            known = bool(found) and analyser(script).word_is_known(low)
            plain = known and any(not tags & _NAME_GRAMMEMES and "UNKN" not in tags for _, tags in found) \
                and not _name_in_other(low, script) and not _borrowed_name(low, script, found)
        else:
            plain = common_english(low, plural=True) or _english_compound(low) and low not in english_proper()
        plain = plain and not token_keys(w, lang).ids  # a word the gazetteer knows is a name (Китаю, Turkey)
        ordinary += plain
        name_only += not plain and not is_acronym(w)
    return ordinary / len(words), name_only / len(words)


def _entity(finding: Finding, article: ArticleFacts) -> Features:
    from .langid import has_cyrillic

    out: Features = {}
    facts = {lang: article.fact_at(lang, finding, _ENTITY) for lang in finding.locations}
    odd = finding.odd[0] if finding.odd else ""
    found = facts.get(odd)
    agreeing = {lang: f for lang, f in facts.items() if lang not in finding.odd and f is not None}
    if found is not None:
        out["found_ordinary"], out["found_name_only"] = readings(found.text, odd)
        out["found_known"] = float(bool(found.key.ids))
        out["found_acronym"] = float(is_acronym(found.text))
        out["found_weak"] = float(found.weak)
        out["found_initial"] = float(_initial(article, odd, found))
        out["found_words"] = min(3.0, len(found.text.split())) / 3
        out["found_foreign_script"] = float(has_cyrillic(found.text) != (odd != "en"))
        out["found_elsewhere"] = float(any(_named_elsewhere(article, lang, found) for lang in article.segs
                                           if lang != odd))
    if agreeing:
        marks = [readings(f.text, lang) for lang, f in agreeing.items()]
        # an entity is an ordinary word only if every agreeing edition writes it as one
        # (china is a word, Китая only a name)
        out["ref_ordinary"] = min(m[0] for m in marks)
        out["ref_name_only"] = max(m[1] for m in marks)
        out["ref_known"] = float(any(f.key.ids for f in agreeing.values()))
        out["ref_acronym"] = float(any(is_acronym(f.text) for f in agreeing.values()))
        out["ref_person_full"] = float(any(f.category == "person" and len(f.key.words) >= 2 for f in agreeing.values()))
        if len(agreeing) == 2:
            (la, fa), (lb, fb) = agreeing.items()
            sim = similarity(fa.text, la, fb.text, lb)
            # two scripts that agree are two transliterations of one name; two Latin
            # mentions are one name copied (a product, a title kept in English); uk and
            # ru that agree may be a name or two cognate words
            scripts = {has_cyrillic(fa.text), has_cyrillic(fb.text)}
            key = "agree_translit" if len(scripts) == 2 else "agree_cyrillic" if True in scripts else "agree_latin"
            out[key] = sim
    if finding.code == "EN02":
        out["odd_as_many"] = _as_many(finding, article, odd, _ENTITY)
    if found is not None and agreeing:
        sims = [similarity(found.text, odd, f.text, lang) for lang, f in agreeing.items()]
        out["sim_max"] = max(sims)
        out["sim_min"] = min(sims)
        out["word_sim"] = max(word_similarity(found, f) for f in agreeing.values())
        same_script = [f for f in agreeing.values() if has_cyrillic(f.text) == has_cyrillic(found.text)]
        other_script = [(lang, f) for lang, f in agreeing.items() if has_cyrillic(f.text) != has_cyrillic(found.text)]
        # a name in a third language both other editions copy (Goldene Kamera) where the
        # English edition has English words: translated into English
        third_language = bool(same_script) and odd == "en" and out["found_ordinary"] == 1.0 and \
            all(foreign_title(f.text, lang) for lang, f in agreeing.items())
        if same_script and not third_language:
            # a mention of the same script as an agreeing one: both render one original
            # alike, so a difference in spelling is another name, not a translation
            out["same_script_apart"] = 1.0 - max(word_similarity(found, f) for f in same_script)
        # a translation when both sides of the script divide are ordinary words (Black /
        # Чорної, Sign out / Вихід), also when the edition of the found mention's script
        # transliterated the words as a nickname (Sandy / Сенді, but Песчаный); not when
        # it translated them too (two translations that differ are compared as such)
        across = bool(other_script) and out["found_ordinary"] == 1.0 and \
            all(readings(f.text, lang)[0] == 1.0 for lang, f in other_script) and \
            not any(readings(f.text, lang)[0] == 1.0 for lang, f in agreeing.items()
                    if has_cyrillic(f.text) == has_cyrillic(found.text))
        # a Cyrillic edition keeping a title in its own (third) language, which the others translate
        kept = odd != "en" and kept_title(found.text, odd)
        out["translated"] = float(third_language or across or kept)
        ids = [f.key.ids for f in agreeing.values() if f.key.ids]
        type_agree = any(_kind(f) == _kind(found) for f in agreeing.values())
        out["type_agree"] = float(type_agree)
        out["known_apart"] = float(bool(found.key.ids) and bool(ids) and type_agree and
                                   not any(found.key.ids & i for i in ids))
        out["name_for_name"] = out["found_name_only"] * out["ref_name_only"]
        # an ordinary word where the others agree on a name nothing translates: a
        # name replaced, not rendered
        out["word_for_name"] = out["found_ordinary"] * out["ref_name_only"] * (1.0 - out["ref_ordinary"])
        gaps = []
        for lang, f in agreeing.items():
            rel = _relative(article, lang, finding.group, f)
            rel_odd = _relative(article, odd, finding.group, found)
            if rel is not None and rel_odd is not None:
                gaps.append(abs(rel - rel_odd))
        out["pos_gap"] = min(gaps, default=0.5)
    return out


def _english_compound(low: str) -> bool:
    """Two common English words of four letters or more run together (ironworks,
    homescreen): a word a translator translates, though no word list holds it. (Shorter
    parts make names into words: Cam-bridge.)"""
    from .facts.lexicon import common_english

    return low.isalpha() and any(common_english(low[:k], plural=True) and common_english(low[k:], plural=True)
                                 for k in range(4, len(low) - 3))


def kept_title(text: str, lang: str) -> bool:
    """A title a Cyrillic edition keeps in a third language: Latin words, most of them not
    English, written as a phrase of that language is (a letter English does not use, or a
    lower-case word inside: Fundacja Ochrony i Rozwoju Lasów, Uniunea Liberă a
    Brutarilor), not a brand or product name (Acme Trailpack Pro, Nordlite Vantage)."""
    words = _WORD.findall(text)
    return foreign_title(text, lang) and len(words) >= 2 and \
        (not text.isascii() or any(w[0].islower() for w in words[1:]))


def foreign_title(text: str, lang: str) -> bool:
    """Latin words that are neither English nor a brand: letters English does not use
    (Kamera Złota), or two words or more, most of them not English (Goldene Kamera,
    Fundacja Ochrony i Rozwoju: a one-letter "i" or an "al" reads as English too)."""
    from .langid import has_cyrillic

    if has_cyrillic(text) or readings(text, lang)[0] >= 0.5:
        return False
    return not text.isascii() or len(_WORD.findall(text)) >= 2


def _cyrillic_language(word: str, lang: str) -> str:
    """The dictionary to read a Cyrillic word with: the one its letters belong to (і, ї,
    є, ґ are Ukrainian only; ы, э, ъ, ё Russian only: a Ukrainian word left in the Russian
    edition is read as Ukrainian), else the edition's own, Russian for the English one."""
    from .langid import script_counts

    counts = script_counts(word)
    if counts.uk and not counts.ru:
        return "uk"
    if counts.ru and not counts.uk:
        return "ru"
    return lang if lang in ("uk", "ru") else "ru"


_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": None})


@functools.lru_cache(maxsize=50_000)
def _name_in_other(low: str, lang: str) -> bool:
    """For a Ukrainian word: does the Russian dictionary know it, letters folded, only as
    a name? The Ukrainian dictionary holds many place names as plain nouns (бакінгемшир)
    where the Russian one tags them. (Not the other way: the Ukrainian dictionary's name
    tags are the sparse ones.)"""
    from .facts.morph import analyser, parses

    if lang != "uk":
        return False
    folded = low.translate(_UK_TO_RU)
    found = parses(folded, "ru")
    return bool(found) and analyser("ru").word_is_known(folded) and \
        all(tags & _NAME_GRAMMEMES for _, tags in found)


def _borrowed_name(low: str, lang: str, found: Sequence[tuple[str, frozenset[str]]]) -> bool:
    """A Ukrainian word the dictionary knows only as an indeclinable noun (a borrowing:
    кафе, таксі; but also a team or a brand, Лейкерс) that the Russian dictionary, letters
    folded, does not know: a name transliterated, not a word a translator chose."""
    from .facts.morph import analyser

    if lang != "uk" or not found or not all("Fixd" in tags for _, tags in found):
        return False
    return not analyser("ru").word_is_known(low.translate(_UK_TO_RU))


def _kind(f: Fact) -> str:
    return {"person": "person", "place": "place", "demonym": "place", "org": "org"}.get(f.category, "other")


def _initial(article: ArticleFacts, lang: str, f: Fact) -> bool:
    sent = article.segs[lang].sentences[f.sentence]
    before = sent.text[:f.span.start - sent.span.start].strip(" «\"“„'‘([—–-:")
    return not before


def _relative(article: ArticleFacts, lang: str, gi: int | None, f: Fact) -> float | None:
    if gi is None or lang not in article.segs:
        return None
    idx = article.alignment.groups[gi].members.get(lang, ())
    if not idx:
        return None
    sents = article.segs[lang].sentences
    start, end = sents[idx[0]].span.start, sents[idx[-1]].span.end
    return (f.span.start - start) / max(1, end - start)


def _named_elsewhere(article: ArticleFacts, lang: str, f: Fact) -> bool:
    """Does another edition name this entity anywhere (a name moved, not swapped)?"""
    return any(article.equal(f, g) for sentence in article.facts.get(lang, ()) for g in sentence
               if g.kind == "entity" and not g.weak)


# --- numbers and dates -----------------------------------------------------------------

_NUMERIC = frozenset({"number", "date"})
_CATEGORIES = ("year", "money", "percent", "count", "ordinal", "time", "weekday", "month", "day", "vague", "score",
               "fraction", "label", "relative", "decade", "century", "quarter")


def _numeric(finding: Finding, article: ArticleFacts) -> Features:
    out: Features = {}
    facts = {lang: article.fact_at(lang, finding, _NUMERIC) for lang in finding.locations}
    odd = finding.odd[0] if finding.odd else ""
    found = facts.get(odd)
    agreeing = [f for lang, f in facts.items() if lang not in finding.odd and f is not None]
    ref = agreeing[0] if agreeing else found
    if ref is not None:
        out[f"cat_{ref.category}" if ref.category in _CATEGORIES else "cat_other"] = 1.0
        out["ref_digits"] = float(any(c.isdigit() for c in ref.text))
        out["ref_unit"] = float(bool(ref.unit))
        out["ref_approx"] = float(ref.approximate)
        out["ref_date"] = float(ref.kind == "date")
    if found is not None and ref is not None and found is not ref:
        out["found_digits"] = float(any(c.isdigit() for c in found.text))
        x, y = found.values[0], ref.values[0]
        if found.kind == ref.kind == "number" and isinstance(x, (int, float)) and isinstance(y, (int, float)) and x > 0 and y > 0:
            ratio = abs(math.log10(x / y))
            out["log_ratio"] = min(3.0, ratio) / 3
            out["power_of_ten"] = float(ratio >= 0.99 and abs(ratio - round(ratio)) < 1e-6)
            dx, dy = _digits(x), _digits(y)
            out["digits_permuted"] = float(dx != dy and sorted(dx) == sorted(dy))
        out["unit_differs"] = float(bool(found.unit) and bool(ref.unit) and found.unit != ref.unit)
    # a gloss that is not its value converted: arithmetic, not a reading of two texts
    out["gloss_wrong"] = float(finding.code == "NU05")
    if finding.code in ("NU02", "DT02"):
        out.update(_shortness(finding, article, odd))
        out["odd_as_many"] = _as_many(finding, article, odd, _NUMERIC)
    return out


def _as_many(finding: Finding, article: ArticleFacts, odd: str, kinds: frozenset[str]) -> float:
    """Does the odd edition's text in the group state as many facts of the family as the
    editions that have the missing one (then it is likely there, read otherwise)?"""
    def count(lang: str) -> int:
        if finding.group is None:
            return 0
        idx = article.alignment.groups[finding.group].members.get(lang, ())
        return sum(1 for k in idx for f in article.facts[lang][k] if f.kind in kinds and not f.weak)

    others = [count(lang) for lang in finding.locations if lang != odd]
    return float(bool(others) and count(odd) >= min(others))


def _digits(v: float) -> str:
    return regex.sub(r"\D", "", f"{v:g}")


def _shortness(finding: Finding, article: ArticleFacts, odd: str) -> Features:
    """How much shorter the odd edition's text in the group is than the others' (a value
    left out with the clause that held it, or a sentence cut)."""
    from .align import expected_ratio

    texts = {lang: article.group_text(lang, finding.group) for lang in article.segs}
    others = [lang for lang in texts if lang != odd and texts[lang]]
    if odd not in texts or not others:
        return {}
    ratios = [math.log((len(texts[odd]) + 15) / (len(texts[o]) * expected_ratio(o, odd) + 15)) for o in others]
    return {"odd_shorter": max(0.0, -max(ratios))}


# --- omissions and additions -----------------------------------------------------------

def _segment(finding: Finding, article: ArticleFacts) -> Features:
    # the material: what the others have (missing) or what the odd edition adds (added)
    present = [lang for lang in finding.locations if (lang in finding.odd) == (finding.code == "SG03")]
    texts = [finding.locations[lang].text for lang in present]
    words = max((len(t.split()) for t in texts), default=0)
    out: Features = {
        "log_words": min(6.0, math.log1p(words)) / 6,
        "short_line": float(words <= 7),
        "sentences": min(5, int(finding.args.get("sentences", 1))) / 5,
        "partial": float(bool(finding.args.get("partial"))),
        "no_final_stop": float(any(t.rstrip()[-1:] not in ".!?…»\"”" for t in texts if t.strip())),
    }
    held = [f for lang in present for f in _facts_in(article, lang, finding)]
    out["holds_facts"] = float(bool(held))
    if finding.code in ("SG01", "SG02") and not finding.args.get("partial"):
        out["absorbed"] = _absorbed(finding, article)
    return out


def _absorbed(finding: Finding, article: ArticleFacts) -> float:
    """How much of the missing material the odd edition's neighbouring groups hold in
    excess of what the other editions' neighbours lead one to expect (material merged
    into the sentence next door, not lost), as a share of the missing amount, in [0, 1]."""
    from .align import expected_ratio

    gi = finding.group
    groups = article.alignment.groups
    if gi is None:
        return 0.0
    run_end = gi
    while run_end + 1 < len(groups) and not groups[run_end + 1].members.get(finding.odd[0], ()) and \
            all(groups[run_end + 1].members.get(lang) for lang in finding.locations if lang not in finding.odd):
        run_end += 1
    holders = [lang for lang in finding.locations if lang not in finding.odd]
    missing = [sum(len(article.group_text(h, g)) for g in range(gi, run_end + 1)) for h in holders]
    best = 0.0
    for odd in finding.odd:
        for h, lost in zip(holders, missing):
            lost_here = lost * expected_ratio(h, odd)
            for nb in (gi - 1, run_end + 1):
                if 0 <= nb < len(groups) and groups[nb].members.get(odd) and groups[nb].members.get(h):
                    excess = len(article.group_text(odd, nb)) - len(article.group_text(h, nb)) * expected_ratio(h, odd)
                    best = max(best, min(1.0, max(0.0, excess) / max(1.0, lost_here)))
    return best


def _facts_in(article: ArticleFacts, lang: str, finding: Finding) -> list[Fact]:
    loc = finding.locations[lang]
    if loc.view is None:
        return []
    return [f for per in article.facts.get(lang, ()) for f in per
            if loc.view.start <= f.span.start < loc.view.end and not f.weak]


# --- language --------------------------------------------------------------------------

def _language(finding: Finding, article: ArticleFacts) -> Features:
    from .similarity import chrf, grams

    odd = finding.odd[0]
    loc = finding.locations[odd]
    words = len(loc.text.split())
    out: Features = {"log_words": min(6.0, math.log1p(words)) / 6, "short_line": float(words <= 5),
                     "count": min(5, int(finding.args.get("count", 1))) / 5}
    if finding.code == "LG02":
        # text that stands in another edition too, letter for letter or nearly (a quote,
        # a slogan, a title kept in its own language)
        mine = grams(loc.text)
        others = [s.text for lang, seg in article.segs.items() if lang != odd for s in seg.sentences]
        text = loc.text.strip()
        editions = [seg.edition.text for lang, seg in article.segs.items() if lang != odd]
        out["copied"] = float(bool(text) and any(text in e for e in editions))
        out["copied_everywhere"] = float(bool(text) and all(text in e for e in editions))
        out["near_copy"] = max((chrf(mine, grams(s)) for s in others), default=0.0)
    return out
