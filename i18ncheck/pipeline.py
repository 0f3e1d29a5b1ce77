"""Wire the stages: read -> segment -> identify -> extract -> align -> compare -> report.

Facts are extracted before alignment because the aligner uses them as anchors; every
stage but reading is a pure function of the records before it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from . import facts as fact_stage
from .align import Scorer, align, sentence_info
from .compare import compare
from .confidence import assess
from .entity_rules import ENTITIES
from .errors import InputError, problem_of
from .evidence import ArticleFacts
from .language import edition_language, sentence_languages, untranslated, wrong_editions
from .model import (
    LANGS,
    Alignment,
    ArticleReport,
    Edition,
    EditionInfo,
    Fact,
    Finding,
    Group,
    GroupSpan,
    Location,
    Problem,
    Segmented,
    Span,
    frozen_map,
)
from .omissions import omissions
from .read import ArticleSource, read_edition
from .rules import RULES
from .segment import segment


def check_article(source: ArticleSource) -> ArticleReport:
    """Read and check one article; bad editions become problems, not exceptions."""
    problems: list[Problem] = []
    if source.error is not None:
        return ArticleReport(source.name, frozen_map(), (), problems=(
            problem_of(source.error),))
    editions: dict[str, Edition] = {}
    for lang in LANGS:
        if lang in source.editions:
            try:
                editions[lang] = read_edition(source.editions[lang])
            except InputError as exc:
                problems.append(problem_of(exc))
    missing = tuple(lang for lang in LANGS if lang not in source.editions)
    return check_editions(source.name, editions, missing, tuple(problems))


def check_editions(name: str, editions: Mapping[str, Edition], missing: tuple[str, ...] = (),
                   problems: tuple[Problem, ...] = ()) -> ArticleReport:
    """Check editions already read (the library entry for text held in memory)."""
    segs = {lang: segment(ed) for lang, ed in editions.items()}
    info = {lang: _edition_info(seg) for lang, seg in segs.items()}
    sentences = max((len(s.sentences) for s in segs.values()), default=0)
    if len(segs) < 2:
        return ArticleReport(name, frozen_map(info), (), (), missing, problems, sentences,
                             frozen_map({lang: ed.source for lang, ed in editions.items()}),
                             frozen_map({lang: ed.text for lang, ed in editions.items()}))
    facts = {lang: fact_stage.extract(seg) for lang, seg in segs.items()}
    infos = {lang: sentence_info(seg, facts[lang]) for lang, seg in segs.items()}
    scorer = Scorer(infos)
    alignment = align(segs, infos, scorer)

    def locate(lang: str, span: Span) -> Location:
        ed = editions[lang]
        src = ed.to_source(span)
        return Location(src.start, src.end, ed.source[src.start:src.end], span)

    def whole(lang: str) -> Location:
        return locate(lang, Span(0, len(editions[lang].text)))

    wrong = wrong_editions(info, whole)
    wrong_langs = frozenset(lang for f in wrong for lang in f.odd)
    langs = {lang: sentence_languages(seg) for lang, seg in segs.items()}
    foreign_findings, foreign = untranslated(segs, langs, locate, skip=wrong_langs)
    segment_findings, _ = omissions(alignment, segs, locate, foreign, scorer.cost)
    short = {(f.group, f.odd) for f in segment_findings if f.code == "SG02" and f.args.get("partial")}
    spans = {lang: [s.span for s in seg.sentences] for lang, seg in segs.items()}
    facts = demote_ordinary(alignment, segs, facts)
    article = ArticleFacts(segs, facts, alignment, ENTITIES.equal)
    fact_findings = compare(alignment, facts, RULES, spans, locate)
    fact_findings = [f for f in fact_findings
                     if not _same_root(f, alignment.groups, foreign, wrong_langs)
                     and not _written_lower(f, article)
                     # a value missing from a sentence that lost part of its text is that loss
                     and not (f.code in _MISSING and (f.group, f.odd) in short)]
    fact_findings = _once_per_gap(fact_findings)
    findings = _suppressed(wrong + foreign_findings + segment_findings + fact_findings, segs)
    findings = assess(findings, article)
    groups = tuple(_group_span(g.members, g.confidence, segs) for g in alignment.groups)
    return ArticleReport(name, frozen_map(info), tuple(_sorted(findings)), groups, missing,
                         problems, sentences,
                         frozen_map({lang: ed.source for lang, ed in editions.items()}),
                         frozen_map({lang: ed.text for lang, ed in editions.items()}))


_MISSING = frozenset({"NU02", "DT02", "EN02"})
_ENTITY = frozenset({"entity"})


def demote_ordinary(alignment: Alignment, segs: Mapping[str, Segmented],
                    facts: Mapping[str, Sequence[Sequence[Fact]]]) -> dict[str, tuple[tuple[Fact, ...], ...]]:
    """Make weak the names that another edition's aligned sentences write as ordinary
    lower-case words (en Republicans against uk республіканці): not names to compare."""
    from dataclasses import replace

    from .facts.entities import common_words, ordinary_in

    out = {lang: [list(f) for f in per] for lang, per in facts.items()}
    for g in alignment.groups:
        words = {lang: frozenset().union(*(common_words(segs[lang].sentences[k].text, lang) for k in idx))
                 for lang, idx in g.members.items() if idx}
        for lang, idx in g.members.items():
            others = frozenset().union(*(w for other, w in words.items() if other != lang))
            for k in idx:
                out[lang][k] = [replace(f, weak=True) if f.kind == "entity" and not f.weak
                                and _ordinary(f, others, ordinary_in) else f for f in out[lang][k]]
    return {lang: tuple(tuple(f) for f in per) for lang, per in out.items()}


_ORDINARY: dict[tuple[object, str, frozenset[str]], bool] = {}
_ORDINARY_SIZE = 16_384  # answers kept: the variants of a story repeat their groups


def _ordinary(fact: Fact, words: frozenset[str], ordinary_in: Callable[[Fact, frozenset[str]], bool]) -> bool:
    """`ordinary_in(fact, words)`, remembered: it reads only the fact's key and text."""
    key = (fact.key, fact.text, words)
    found = _ORDINARY.get(key)
    if found is None:
        if len(_ORDINARY) >= _ORDINARY_SIZE:
            _ORDINARY.clear()
        found = _ORDINARY[key] = ordinary_in(fact, words)
    return found


def _written_lower(f: Finding, article: ArticleFacts) -> bool:
    """Is a body or brand reported missing from an edition there after all, written as a
    common noun (the en and uk Senate, the ru «в сенате»)? Then nothing is missing."""
    from .facts.entities import common_words, ordinary_in

    if f.code != "EN02" or len(f.odd) != 1:
        return False
    odd = f.odd[0]
    words = common_words(article.group_text(odd, f.group), odd)
    return any((fact := article.fact_at(lang, f, _ENTITY)) is not None and ordinary_in(fact, words, bodies=True)
               for lang in f.locations if lang != odd)


def _edition_info(seg: Segmented) -> EditionInfo:
    guess = edition_language(seg)
    return EditionInfo(seg.edition.path, guess.lang, guess.confidence)


def _same_root(f: Finding, groups: Sequence[Group], foreign: Mapping[str, set[int]],
               wrong: frozenset[str]) -> bool:
    """Is a fact finding only a consequence of an untranslated text or a wrong edition?
    One finding per root cause: the numbers inside a pasted English sentence are not
    reported again."""
    if any(lang in wrong for lang in f.locations):
        return True
    if f.group is None:
        return False
    members = groups[f.group].members
    return any(set(members.get(lang, ())) & foreign.get(lang, set()) for lang in members)


def _group_span(members: Mapping[str, tuple[int, ...]], confidence: float,
                segs: Mapping[str, Segmented]) -> GroupSpan:
    spans: dict[str, Span | None] = {}
    views: dict[str, Span | None] = {}
    for lang in LANGS:
        if lang not in segs:
            continue
        idx = members.get(lang, ())
        if not idx:
            spans[lang] = views[lang] = None
            continue
        sents = segs[lang].sentences
        view = Span(sents[idx[0]].span.start, sents[idx[-1]].span.end)
        views[lang] = view
        spans[lang] = segs[lang].edition.to_source(view)
    return GroupSpan(frozen_map(spans), confidence, frozen_map(views))


def _once_per_gap(findings: list[Finding]) -> list[Finding]:
    """One finding for one value missing from one place: "two ... two" read twice in the
    other editions, and absent from the same sentence of the odd one, is one gap."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in findings:
        if f.code in _MISSING:
            key = (f.code, f.odd, f.group, f.args.get("expected"),
                   tuple((lang, f.locations[lang].start, f.locations[lang].end) for lang in f.odd if lang in f.locations))
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def _suppressed(findings: list[Finding], segs: Mapping[str, Segmented]) -> list[Finding]:
    """Drop findings silenced by an `i18ncheck: ignore` marker before their paragraph."""
    out = []
    for f in findings:
        silenced = False
        for lang in f.odd:
            seg = segs.get(lang)
            loc = f.locations.get(lang)
            if seg is None or loc is None or not seg.edition.suppressed:
                continue
            for p, codes in seg.edition.suppressed.items():
                block = seg.edition.to_source(seg.paragraphs[p])
                if block.start <= loc.start < max(block.end, block.start + 1) and (
                        "*" in codes or any(f.code.startswith(c) for c in codes)):
                    silenced = True
        if not silenced:
            out.append(f)
    return out


def _sorted(findings: list[Finding]) -> list[Finding]:
    def key(f: Finding) -> tuple[int, int, str]:
        first = min((loc.start for loc in f.locations.values()), default=0)
        return (f.group if f.group is not None else 0, first, f.code)
    return sorted(findings, key=key)
