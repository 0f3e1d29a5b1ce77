"""The speed-ups keep results: n-gram bit sets score as the sets they stand for, the
per-text caches are bounded and keyed on everything a result depends on."""

from __future__ import annotations

import pytest
from sacrebleu.metrics.helpers import extract_all_char_ngrams

from i18ncheck import similarity
from i18ncheck.cache import package_sources
from i18ncheck.facts import _sentence_facts, entities, extract_sentence
from i18ncheck.langid import has_cyrillic, script_counts

TEXTS = [
    "У грудні 2025 року Михайло Федоров заявив, що ЗСУ отримали 35 тисяч дронів.",
    "В декабре 2025 года Михаил Федоров заявил, что ВСУ получили 35 тысяч дронов.",
    "In December 2025 Mykhailo Fedorov said the armed forces received 35,000 drones.",
    "Ціна зросла на 1,5 млрд гривень.",
    "",
    "a",
]


def _set_chrf(a: str, b: str) -> float:
    """chrF over the pooled sets of sacrebleu's character n-grams (the definition)."""
    sa = {g for order in extract_all_char_ngrams(a.lower(), 6, False) for g in order}
    sb = {g for order in extract_all_char_ngrams(b.lower(), 6, False) for g in order}
    if not sa or not sb or not sa & sb:
        return 0.0
    p, r = len(sa & sb) / len(sa), len(sa & sb) / len(sb)
    return 2 * p * r / (p + r)


@pytest.mark.parametrize("text", TEXTS)
def test_grams_are_sacrebleus_ngrams(text: str) -> None:
    pooled = {g for order in extract_all_char_ngrams(text.lower(), 6, False) for g in order}
    assert len(similarity.grams(text)) == len(pooled)


def test_chrf_of_bit_sets_is_chrf_of_sets() -> None:
    for a in TEXTS:
        for b in TEXTS:
            assert similarity.chrf(similarity.grams(a), similarity.grams(b)) == _set_chrf(a, b)


def test_merge_reads_sentences_as_one() -> None:
    merged = similarity.merge([similarity.grams(TEXTS[0]), similarity.grams(TEXTS[3])])
    pooled = {g for t in (TEXTS[0], TEXTS[3]) for order in extract_all_char_ngrams(t.lower(), 6, False)
              for g in order}
    assert len(merged) == len(pooled)
    alone = similarity.grams(TEXTS[1])
    assert similarity.chrf(merged, alone) == pytest.approx(
        2 * len(pooled & {g for o in extract_all_char_ngrams(TEXTS[1].lower(), 6, False) for g in o})
        / (len(pooled) + len(alone)))


def test_a_restarted_vocabulary_changes_no_score(monkeypatch: pytest.MonkeyPatch) -> None:
    before = {(a, b): similarity.chrf(similarity.grams(a), similarity.grams(b)) for a in TEXTS for b in TEXTS}
    monkeypatch.setattr(similarity, "_VOCABULARY", 50)  # starts again at almost every sentence
    monkeypatch.setattr(similarity, "_CACHE", type(similarity._CACHE)())
    sets = {t: similarity.grams(t) for t in TEXTS}
    generation = similarity._VOCAB.generation
    merged = similarity.merge([sets[TEXTS[0]], sets[TEXTS[1]]])
    for (a, b), score in before.items():
        assert similarity.chrf(sets[a], sets[b]) == score
    assert similarity._VOCAB.generation > generation
    assert similarity.chrf(merged, sets[TEXTS[2]]) == similarity.chrf(
        similarity.merge([sets[TEXTS[0]], sets[TEXTS[1]]]), sets[TEXTS[2]])


def test_grams_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(similarity, "_TEXTS", 3)
    monkeypatch.setattr(similarity, "_CACHE", type(similarity._CACHE)())
    for i in range(10):
        similarity.grams(f"sentence number {i}")
    assert len(similarity._CACHE) == 3
    assert similarity.grams("sentence number 9") is similarity.grams("sentence number 9")


def test_cached_facts_are_placed_where_the_sentence_stands() -> None:
    text = TEXTS[0]
    here = extract_sentence(text, "uk")
    there = extract_sentence(text, "uk", sentence=7, offset=120)
    assert [(f.span.start + 120, f.span.end + 120, 7) for f in here] == \
        [(f.span.start, f.span.end, f.sentence) for f in there]
    assert [(f.kind, f.values, f.text) for f in here] == [(f.kind, f.values, f.text) for f in there]
    assert extract_sentence(text, "uk", dates=False) != here  # the year and month only with dates
    here.clear()  # a caller's list is its own
    assert extract_sentence(text, "uk")


def test_fact_caches_are_bounded() -> None:
    assert _sentence_facts.cache_info().maxsize is not None
    assert entities._sentence_entities.cache_info().maxsize is not None
    assert entities._sentence_context.cache_info().maxsize is not None


def test_entities_are_cached_on_their_own_words_context() -> None:
    """A sentence's entities depend on what the edition says of its own words only: a
    context that differs in other words reuses them, one that differs in its words not."""
    from i18ncheck.model import Edition, Span
    from i18ncheck.segment import segment

    text = "Море було спокійне, сказав Петро Бондар."
    seg = segment(Edition("uk", "uk.txt", text, text, (Span(0, len(text)),)))
    base = entities.Context(frozenset({"бондар"}), frozenset({"дерево"}))
    first = entities.extract_entities(seg, base, 0)
    hits = entities._sentence_entities.cache_info().hits
    other = entities.Context(base.capitalised | {"лондон"}, base.lowercase | {"річка"})
    assert entities.extract_entities(seg, other, 0) == first
    assert entities._sentence_entities.cache_info().hits == hits + 1
    own = entities.Context(base.capitalised, base.lowercase | {"море"})
    entities.extract_entities(seg, own, 0)
    assert entities._sentence_entities.cache_info().hits == hits + 1


def test_script_cues() -> None:
    assert has_cyrillic("Kyiv Київ") and not has_cyrillic("Kyiv")
    counts = script_counts("Київ і Kyiv, ёлка")
    assert (counts.latin, counts.uk, counts.ru) == (4, 2, 1)


def test_package_sources_follow_the_files() -> None:
    sources = package_sources(["facts/dates.py"], ["Babel"])
    assert isinstance(sources[0], bytes) and b"def _names" in sources[0]
    assert sources[1].startswith("Babel ")


@pytest.mark.parametrize("text", TEXTS)
def test_ngrams_are_sacrebleus_ngrams_exactly(text: str) -> None:
    line = "".join(text.lower().split())
    assert similarity._ngrams(line) == {g for order in extract_all_char_ngrams(line, 6, False) for g in order}


def test_chrf_is_exactly_symmetric() -> None:
    """The aligner keeps one similarity for both orders of a pair of sentences."""
    sets = [similarity.grams(t) for t in TEXTS]
    for a in sets:
        for b in sets:
            assert similarity.chrf(a, b) == similarity.chrf(b, a)


def test_distance_floor_never_exceeds_the_distance() -> None:
    from i18ncheck.facts.names import _distance_floor, distance, same_name

    words = ["fdrv", "fdrvh", "hrkv", "kSk", "brsls", "rsl", "hbrt", "bbr", "ptrvC", "ptrvk", "lndn", "nl",
             "TlnS", "slnk", "SvCnk", "d", "td", "hh", "mnm", "nmn"]
    for a in words:
        for b in words:
            assert _distance_floor(a, b) <= distance(a, b) + 1e-12
            longest = max(len(a), len(b))
            if a != b and min(len(a), len(b)) >= 2 and longest >= 3 and same_name(a, b):
                assert distance(a, b) <= (0.25 * longest if longest > 3 else 0.35)


def _starts_clause_on_the_whole_text(text: str, start: int) -> bool:
    """starts_clause as first written: every character before the word copied and read."""
    import regex

    before = text[:start].rstrip()
    while before and before[-1] in "«\"“„'‘(":
        before = before[:-1].rstrip()
    if regex.search(r"(?:^|[\s(«\"“])\p{Lu}\.$", before):
        return False
    title = regex.search(r"(?:^|[\s(«\"“])(\p{L}+)\.$", before)
    if title and title.group(1).lower() in entities._lexicon()["titles"]:
        return False
    return not before or before[-1] in ".!?:—–-"


CLAUSE_TEXTS = [
    "Гліб Ярченко прийшов.",
    "Вона сказала: «Петро прийде».  ( \"Марта\" теж)",
    "Sen. Orwin Blake spoke; Dr. K. Lumm did not. — Next",
    "Св. Варвари, Дж. Тоун і пан В. Сірко",
    "x" * 500 + "Supercalifragilistic. Word",
    "Mr.   \n  «(Ellis",
    ". A",
    "",
]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_starts_clause_reads_a_window_as_the_whole_text(text: str) -> None:
    for start in range(len(text) + 1):
        assert entities.starts_clause(text, start) == _starts_clause_on_the_whole_text(text, start), start


NUMBER_TEXTS = [
    "Вони зібрали близько   12 тисяч, понад 7 і не менше 3.",
    "It cost US$ 40, just over 5 and at most\n9; $\n3 or €\u00a0\u00a0 8, then " + " " * 300 + "7",
    "Заплатили ₴1200 і по меньшей мере  4, около\n\n6",
    "some" + "\u2009" * 100 + "2 and about" + "\n" * 3 + "4",
]


@pytest.mark.parametrize("text", NUMBER_TEXTS)
def test_patterns_before_a_number_search_as_from_the_start(text: str) -> None:
    from i18ncheck.facts import numbers

    for lang in ("en", "uk", "ru"):
        g = numbers.grammar(lang)
        for end in range(len(text) + 1):
            for pattern, head, tail in ((g.before, g.before_head, numbers._GAP_BACK),
                                        (g.approx, g.approx_head, numbers._SPACE_BACK)):
                whole = pattern.search(text, 0, end)
                near = numbers._search_before(pattern, head, tail, text, end)
                assert (whole and (whole.span(), whole.groupdict())) == (near and (near.span(), near.groupdict()))


def test_a_pattern_head_must_be_literal() -> None:
    from i18ncheck.facts.numbers import literal_head

    assert literal_head([r"\$|US\$|USD", "€|EUR"]) == 4
    for bad in (r"\d+", "ab|c*", "about ", "(x)"):
        with pytest.raises(ValueError):
            literal_head([bad])


def test_entity_equality_is_remembered_by_texts_and_keys() -> None:
    from i18ncheck import entity_rules
    from i18ncheck.model import EntityKey, Fact, Span

    def mention(text: str, *words: str) -> Fact:
        key = EntityKey(frozenset(), tuple(frozenset({w}) for w in words))
        return Fact("entity", (key,), Span(0, len(text)), text, 0)

    lake, lane = mention("Orwin Lake", "rvn", "lk"), mention("Orwin Lane", "rvn", "lk")  # one key
    cyrillic = mention("Орвін Лейк", "rvn", "lk")
    assert entity_rules.entities_equal(lake, cyrillic) and entity_rules.entities_equal(lane, cyrillic)
    assert not entity_rules.entities_equal(lake, lane)  # the texts differ, the keys do not
    for a in (lake, lane, cyrillic):
        for b in (lake, lane, cyrillic):
            assert entity_rules.entities_equal(a, b) == entity_rules._entities_equal.__wrapped__(
                a.text, a.key, b.text, b.key)
    assert entity_rules._entities_equal.cache_info().maxsize is not None


def _fresh_patterns(monkeypatch: pytest.MonkeyPatch, folder: object) -> None:
    from i18ncheck import patterns

    monkeypatch.setenv("I18NCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("I18NCHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(patterns, "_store", None)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_added", False)


def test_compiled_patterns_are_read_back_from_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    import regex

    from i18ncheck import patterns

    text = "Близько 35 тис. осіб, 12 May 2025"
    source = r"(?P<n>\d+)\s*(?:тис\.|May)(?!\p{L})"
    _fresh_patterns(monkeypatch, tmp_path)
    first = patterns.compile(source, regex.I)
    patterns.save()
    saved = list(tmp_path.glob("patterns-*.pickle"))  # type: ignore[attr-defined]
    assert len(saved) == 1
    _fresh_patterns(monkeypatch, tmp_path)
    monkeypatch.setattr(regex, "compile", lambda *a, **k: pytest.fail("compiled again"))
    again = patterns.compile(source, regex.I)
    assert again is not first
    assert [m.group("n") for m in again.finditer(text)] == [m.group("n") for m in first.finditer(text)] == ["35", "12"]
    assert again.flags == first.flags and again.groupindex == first.groupindex


def test_a_broken_pattern_file_only_means_compiling_again(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from i18ncheck import patterns

    _fresh_patterns(monkeypatch, tmp_path)
    path = patterns._path()
    assert path is not None
    path.write_bytes(b"not a pickle")
    assert patterns.compile(r"\d+").findall("a 1 b 22") == ["1", "22"]
    patterns.save()
    _fresh_patterns(monkeypatch, tmp_path)
    assert (r"\d+", 0) in patterns._loaded()


def test_the_pattern_file_keeps_only_a_runs_patterns_past_its_limit(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: object) -> None:
    from i18ncheck import patterns

    _fresh_patterns(monkeypatch, tmp_path)
    monkeypatch.setattr(patterns, "_LIMIT", 3)
    for i in range(5):
        patterns.compile(f"x{{{i}}}")
    patterns.save()
    _fresh_patterns(monkeypatch, tmp_path)
    patterns.compile("y")
    patterns.save()
    _fresh_patterns(monkeypatch, tmp_path)
    assert list(patterns._loaded()) == [("y", 0)]
