"""Named entities: people, places, organisations, acronyms and demonyms, with a key each.

A mention is a run of capitalised words (with connectors such as "of", "de", "bin"),
an acronym (NATO, НАТО, ЗСУ, ЄС), a Latin-script name inside Cyrillic text (Bloomberg),
a name in quotes («Динамо»), or an adjective made from a known place (латвійські,
Latvian). A capitalised word that only starts a sentence counts when morphology tags it
as a name, the gazetteer knows it, or the article writes it capitalised elsewhere; titles
(President, Sen.) and calendar words are not names. In a headline written in Title Case
only words known as names count.

The fact's values are (gazetteer ids, per-word skeleton sets); see `names`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

import regex

from .. import patterns
from ..langid import has_cyrillic
from ..model import EntityKey, Fact, Segmented, Span
from .dates import name as calendar_name
from .lexicon import common_english, english_words, load
from .morph import normalise_apostrophe, parses
from .names import TokenKeys, gazetteer, phrase_id, token_keys
from .spans import Spans

# a word; a lower-case prefix before a hyphen and a capital is a word of its own, so that
# the name in post-Brexit or anti-Trump is seen
_TOKEN = patterns.compile(r"\p{Lu}(?:\.\p{Lu})+\.?|\p{Ll}[\p{L}\d'’ʼ]*(?=[-‐]\p{Lu})|"
                       r"[\p{L}\d][\p{L}\d'’ʼ]*(?:[-‐][\p{L}\d][\p{L}\d'’ʼ]*)*")
_OPENERS = "«\"“„'‘([—–-:"
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    data = load("names.toml")
    return {key: frozenset(w.lower() for w in data[key])
            for key in ("titles", "connectors", "not_names", "eponym_heads", "saints")}


@dataclass(frozen=True)
class Context:
    """What the whole edition says about its words: which are written capitalised in the
    middle of a sentence, and which also appear in lower case."""

    capitalised: frozenset[str]
    lowercase: frozenset[str]


_TITLE_SMALL = frozenset("a an the of in on at to for and or but by with from as vs via".split())


def _title_case(words: list[str]) -> bool:
    """A headline in Title Case: most words capitalised, the rest small function words."""
    letters = [w for w in words if w[:1].isalpha()]
    lower = [w for w in letters if not w[:1].isupper()]
    return len(letters) >= 4 and len(lower) <= 0.4 * len(letters) and all(w.lower() in _TITLE_SMALL for w in lower)


def context(seg: Segmented) -> Context:
    """Capitalisation evidence from every sentence of an edition."""
    capitalised: set[str] = set()
    lowercase: set[str] = set()
    for sent in seg.sentences:
        upper, lower = _sentence_context(sent.text)
        capitalised |= upper
        lowercase |= lower
    return Context(frozenset(capitalised), frozenset(lowercase))


@functools.lru_cache(maxsize=8_192)
def _sentence_context(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of one sentence written capitalised inside it, and in lower case (none
    from a headline in Title Case)."""
    from .numbers import URL

    capitalised: set[str] = set()
    lowercase: set[str] = set()
    urls = [u.span() for u in URL.finditer(text)]
    tokens = [m for m in _TOKEN.finditer(text) if not any(a <= m.start() < b for a, b in urls)]
    if _title_case([m.group() for m in tokens]):
        return frozenset(), frozenset()
    for m in tokens:
        word = m.group()
        low = normalise_apostrophe(word.lower())
        if word[:1].islower():
            lowercase.add(low)
        elif not starts_clause(text, m.start()):
            capitalised.add(low)
    return frozenset(capitalised), frozenset(lowercase)


_OPENERS = "«\"“„'‘("
_INITIAL_DOT = patterns.compile(r"(?:^|[\s(«\"“])\p{Lu}\.$")
_WORD_DOT = patterns.compile(r"(?:^|[\s(«\"“])(\p{L}+)\.$")


def starts_clause(text: str, start: int) -> bool:
    """Does a word start its sentence or clause (after quotes, a dash or a colon)?"""
    end = start  # where the text before the word ends, spaces and opening quotes stepped over
    while True:
        while end and text[end - 1].isspace():
            end -= 1
        if not end or text[end - 1] not in _OPENERS:
            break
        end -= 1
    if not end:
        return True
    # Both patterns end at `end` and read a bounded stretch before it: a letter, its dot and
    # the character before (3); a word no longer than the longest title, its dot and the
    # character before. `^` matches only at the real start of the text, not at `pos`.
    if _INITIAL_DOT.search(text, max(0, end - 3), end):
        return False  # O. Bondar, Дж. Байден: an initial, not the end of a sentence
    title = _WORD_DOT.search(text, max(0, end - _title_reach()), end)
    if title and title.group(1).lower() in _lexicon()["titles"]:
        return False  # St. Andrew's, Sen. Harper, Св. Андрія: a title's dot ends no sentence
    if text[end - 1] in "—–-" and _after_name(text, end - 1):
        return False  # Київ — Краків, «Динамо» – «Шахтар»: a dash between two names joins them
    return text[end - 1] in ".!?:—–-"


def _after_name(text: str, dash: int) -> bool:
    """Is the word before a dash (spaces and closing quotes stepped over) capitalised?"""
    k = dash
    while k and (text[k - 1].isspace() or text[k - 1] in "»\"”’'"):
        k -= 1
    start = k
    while start and text[start - 1].isalpha():
        start -= 1
    return k > start and text[start].isupper()


@functools.cache
def _title_reach() -> int:
    """How far back a title and its dot may start: a longer word is no title (lower-casing
    never shortens a word), so a search window this wide finds every title the whole text would."""
    return max(map(len, _lexicon()["titles"]), default=0) + 2


@functools.cache
def _english_common() -> frozenset[str]:
    from ..langid import _EN_FUNCTION_WORDS

    return _EN_FUNCTION_WORDS


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _namelike(word: str, lang: str, keys: TokenKeys, ctx: Context, initial: bool, title: bool,
              quoted: bool) -> str:
    """Is a capitalised word a name here: "name", "maybe" (it only starts a sentence: a
    name if another edition names it too, else nothing to report), or "no"."""
    low = normalise_apostrophe(word.lower())
    lex = _lexicon()
    if _title_word(word) or low in lex["not_names"] or calendar_name(word, lang):
        return "no"
    if low.split("'")[0] == "i" and low.isascii():
        return "no"  # the English pronoun, capitalised everywhere (I, I'm, I'll, I've, I'd)
    if lang == "en" and low in ("the", "a", "an"):
        return "no"  # an article alone; gazetteer names that begin with one (The Economist) are read whole
    if is_acronym(word) or keys.ids or quoted:
        return "name"
    if word.isascii() and lang != "en":
        return "no" if low in _english_common() else "name"  # a Latin name in Cyrillic text, not "This"
    if title or initial:
        if low in ctx.capitalised:
            return "name"
        if lang != "en" and keys.person | keys.place and low not in ctx.lowercase and not keys.ordinary:
            return "name"  # not Море, which is a sea before it is a surname
        if low in ctx.lowercase or low in _english_common():
            return "no"
        return "maybe"
    return "name"


def _title_word(word: str) -> bool:
    """A word of an office's title (Minister, Secretary, Ambassador)."""
    return normalise_apostrophe(word.lower()).rstrip(".") in _lexicon()["titles"]


def _quoted(text: str, m: regex.Match[str]) -> bool:
    """A word right inside quotation marks: «Шахтар», "Zorya"."""
    return text[max(0, m.start() - 1):m.start()] in ("«", "\"", "“", "„") and \
        text[m.end():m.end() + 1] in ("»", "\"", "”", "“")


def _kinds(text: str, lang: str, tokens: list[regex.Match[str]], ctx: Context) -> list[str]:
    """Each word as "name", "connector", "demonym" or "other"."""
    title = _title_case([m.group() for m in tokens])
    connectors = _lexicon()["connectors"]
    kinds = []
    for m in tokens:
        word = m.group()
        verdict = _namelike(word, lang, token_keys(word, lang), ctx, starts_clause(text, m.start()), title,
                            _quoted(text, m)) if word[:1].isupper() else "no"
        if verdict != "no":
            kinds.append(verdict)
        elif word.lower() in connectors:
            kinds.append("connector")
        elif word[:1].islower() and lang != "en" and _demonym(word, lang):
            kinds.append("demonym")
        else:
            kinds.append("other")
    return kinds


@functools.lru_cache(maxsize=50_000)
def _first_name(word: str, lang: str) -> bool:
    """Is every dictionary reading of the word a first name (Оксана, Тарас)?"""
    readings = parses(word.lower(), lang)
    return bool(readings) and all("Name" in tags for _, tags in readings)


@functools.lru_cache(maxsize=50_000)
def _has_name(word: str, lang: str) -> bool:
    """May the word be a first name or a patronymic (Михайла, Івановича)?"""
    return any(tags & {"Name", "Patr"} for _, tags in parses(word.lower(), lang))


def _phrase_words(text: str, start: int, end: int) -> list[str]:
    """The words of a stretch of text, one-letter ones too (Європейський суд з прав людини),
    as a gazetteer phrase is looked up."""
    return _PHRASE_WORD.findall(text[start:end])


_PHRASE_WORD = patterns.compile(r"[\p{L}\d'’ʼ‐-]+")
_HYPHEN = patterns.compile(r"[-‐]")


_ONE_LETTER_GAP = patterns.compile(r"[ \u00a0]*(?:\p{L}[ \u00a0]+)*")  # spaces, and one-letter words (з, в, і)


def _gap_ok(text: str, a: regex.Match[str], b: regex.Match[str]) -> bool:
    return not text[a.end():b.start()].strip(" \u00a0")


_ONE_LETTER_AND = patterns.compile(r"[ \u00a0]+[a-z][ \u00a0]+")


def _foreign_joint(text: str, a: regex.Match[str], b: regex.Match[str]) -> bool:
    """Two Latin words of a Cyrillic edition joined by a one-letter Latin word: a title kept
    in its own language, one name (Muzeum Wsi i Rzemiosła Kurpiowskiego, Hotel y Spa Sol)."""
    return not has_cyrillic(a.group()) and not has_cyrillic(b.group()) and \
        bool(_ONE_LETTER_AND.fullmatch(text, a.end(), b.start()))


def extract_entities(seg: Segmented, ctx: Context, sentence: int,
                     taken: list[tuple[int, int]] | None = None) -> list[Fact]:
    """The named entities of one sentence of an edition, spans in the view text; words
    inside `taken` spans (numbers, units, dates: 27 °C, 5 a.m. ET) are not names."""
    from . import moved

    sent = seg.sentences[sentence]
    spans = tuple(taken or ())
    words = _words(sent.text, spans)
    # what the edition says of this sentence's words is all the sentence reads of it
    mine = Context(ctx.capitalised & words, ctx.lowercase & words)
    return [moved(f, sentence, sent.span.start) for f in _sentence_entities(sent.text, seg.lang, mine, spans)]


@functools.lru_cache(maxsize=8_192)
def _sentence_entities(text: str, lang: str, ctx: Context, taken: tuple[tuple[int, int], ...]) -> tuple[Fact, ...]:
    """The named entities of a sentence text at offset 0, computed once per text and
    context (the editions of a batch share sentences)."""
    return tuple(_entities(text, lang, ctx, taken))


def _tokens(text: str, taken: Sequence[tuple[int, int]]) -> list[regex.Match[str]]:
    """The words of a sentence outside the taken spans, one-letter words left out."""
    spans = Spans(taken)
    return [t for t in (_untaken(text, m, spans) for m in _TOKEN.finditer(text)) if t and len(t.group()) > 1]


@functools.lru_cache(maxsize=8_192)
def _words(text: str, taken: tuple[tuple[int, int], ...]) -> frozenset[str]:
    """The words of a sentence as its context is asked about them (lower case)."""
    return frozenset(normalise_apostrophe(m.group().lower()) for m in _tokens(text, taken))


def _entities(text: str, lang: str, ctx: Context, taken: Sequence[tuple[int, int]]) -> list[Fact]:
    """The named entities of a sentence text, spans from its start, sentence number 0."""
    tokens = _tokens(text, taken)
    kinds = _kinds(text, lang, tokens, ctx)
    headline = _title_case([m.group() for m in tokens])
    facts = []
    i = 0
    while i < len(tokens):
        extended = _phrase_ahead(tokens, i, lang, text) if tokens[i].group()[:1].isupper() else i + 1
        if extended > i + 1:  # Білий дім, Збройні сили України, Baltic Sea, Соединённые Штаты
            facts.append(_fact(text, lang, tokens[i:extended], 0, 0))
            i = extended
            continue
        if kinds[i] == "demonym":
            facts.append(_fact(text, lang, [tokens[i]], 0, 0, demonym=True))
            i += 1
            continue
        if kinds[i] not in ("name", "maybe"):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        if lang == "en" and _demonym_en(tokens[i].group()):
            j = len(tokens) + 1  # Ukrainian Prometheus: a place's adjective is a mention of its own
        while j < len(tokens):
            if run[-1].group().endswith(("'s", "’s")):
                break  # Carlsberg's Ukraine: a possessive ends a name
            if _ATTRIBUTIVE.search(run[-1].group()):
                break  # Kyiv-based Vizor: a place made an adjective ends before the name it describes
            if token_keys(run[-1].group(), lang).ids or token_keys(tokens[j].group(), lang).ids and not (
                    lang == "en" and _demonym_en(tokens[j].group()) and not run[-1].group().endswith(("'s", "’s"))):
                break  # мер Харкова Ігор Терехов: a known place ends a name (Olivia German does not)
            if has_cyrillic(run[-1].group()) != has_cyrillic(tokens[j].group()):
                break  # Бондар Energy Group: a name does not change script halfway
            if lang != "en" and _first_name(tokens[j].group(), lang) and not _has_name(run[-1].group(), lang):
                break  # донька Коваля Оксана Бондар, губернаторка Айови Бетті Стоун: a first name starts a person
            if headline and "maybe" in (kinds[j], kinds[tokens.index(run[-1])]):
                break  # Mayor Bondar Opens Lutsk Bridge: in a Title Case headline only known names join
            if kinds[j] in ("name", "maybe") and (_gap_ok(text, run[-1], tokens[j]) or
                                                  lang != "en" and _foreign_joint(text, run[-1], tokens[j])):
                run.append(tokens[j])
                j += 1
            elif kinds[j] == "connector":
                k = j  # von der Leyen: connectors, then a name (not a known place: Sandu of Moldova)
                while k < len(tokens) and kinds[k] == "connector" and _gap_ok(text, tokens[k - 1], tokens[k]):
                    k += 1
                if k < len(tokens) and kinds[k] == "name" and _gap_ok(text, tokens[k - 1], tokens[k]) \
                        and _gap_ok(text, run[-1], tokens[j]) and not token_keys(tokens[k].group(), lang).ids:
                    run += tokens[j:k + 1]
                    j = k + 1
                else:
                    break
            else:
                break
        while lang != "en" and len(run) > 1 and kinds[tokens.index(run[0])] == "maybe" and \
                kinds[tokens.index(run[1])] == "name" and (not token_keys(run[0].group(), lang).person or
                                                           _has_name(run[1].group(), lang) and
                                                           not _has_name(run[0].group(), lang)):
            # Синоптикиня Наталка Діденко: a dictionary word starting the sentence is a title;
            # Українка Олеся ...: so is one that may be a surname, before a first name
            run = run[1:]
        if lang == "en" and len(run) > 2 and kinds[tokens.index(run[0])] == "maybe" and \
                kinds[tokens.index(run[1])] == "name" and (common_english(normalise_apostrophe(run[0].group().lower()))
                                                           or _descriptor_before_first_name(run)):
            run = run[1:]  # Under Acme Returns Rules: an ordinary word starting the sentence is no part of the name
        after = tokens.index(run[-1]) + 1
        if lang == "en" and after < len(tokens) and tokens[after].group()[:1].isupper() and \
                _title_word(tokens[after].group()) and _gap_ok(text, run[-1], tokens[after]) and \
                all(common_english(normalise_apostrophe(t.group().lower())) and not token_keys(t.group(), lang).ids
                    for t in run):
            i = after  # Foreign Minister, Health Secretary: ordinary words of a title, no name
            continue
        maybe = all(kinds[tokens.index(t)] in ("maybe", "connector") for t in run)
        quoted = _quoted(text, run[0]) or (text[max(0, run[0].start() - 1):run[0].start()] in ("«", "\"", "“", "„")
                                           and text[run[-1].end():run[-1].end() + 1] in ("»", "\"", "”", "“"))
        demonym = len(run) == 1 and (_demonym_en(run[0].group()) if lang == "en" else
                                     _demonym(run[0].group().lower(), lang))
        fact = _fact(text, lang, run, 0, 0, maybe, quoted, demonym)
        if lang != "en" and not fact.key.ids and _translated_title(text, run):
            fact = dataclasses.replace(fact, weak=True, category="title")  # matched, never reported
        elif text[max(0, run[0].start() - 1):run[0].start()] in ("#", "@") and not fact.key.ids:
            # a hashtag or a handle (#FlightSchool, @BookClub) is a label each edition
            # writes its own way, or not at all: matched, never reported
            fact = dataclasses.replace(fact, weak=True, category="title")
        if not fact.key.ids and _after_saint(text, run, lang):
            fact = dataclasses.replace(fact, weak=True, category="title")  # matched, never reported
        if fact.category == "person" and (_after_eponym_head(text, run[0].start(), lang) or
                                          len(run) > 1 and _eponym_head(run[0].group(), lang)):
            fact = dataclasses.replace(fact, category="eponym")
        facts.append(fact)
        i = j if j <= len(tokens) else (tokens.index(run[-1]) + 1)
    return facts


def _descriptor_before_first_name(run: list[regex.Match[str]]) -> bool:
    """Does an English sentence open with a word the word lists lack, then a Ukrainian or
    Russian first name and more (Frontman Oleh Bondar, Keyboardist Iryna Savchuk)? The
    first word describes the person: a name puts no other word before a first name."""
    from .names import plain_latin, romanised_first_names

    known = romanised_first_names()
    first, second = (plain_latin(normalise_apostrophe(t.group().lower())) for t in run[:2])
    return second in known and first not in known


def _phrase_ahead(tokens: list[regex.Match[str]], i: int, lang: str, text: str) -> int:
    """The end of the longest gazetteer name starting at word i, lower-case words included."""
    longest = gazetteer().longest
    for end in range(min(len(tokens), i + longest), i + 1, -1):
        if all(_ONE_LETTER_GAP.fullmatch(text, tokens[k].end(), tokens[k + 1].start()) for k in range(i, end - 1)) \
                and phrase_id(_phrase_words(text, tokens[i].start(), tokens[end - 1].end()), lang):
            return end
    return i + 1


@functools.lru_cache(maxsize=10_000)
def _demonym_en(word: str) -> bool:
    return word.lower() in gazetteer().adjectives["en"]


@functools.lru_cache(maxsize=50_000)
def _demonym(word: str, lang: str) -> bool:
    """A lower-case adjective made from a known place (латвійські, латвийские)."""
    adjectives = gazetteer().adjectives[lang]
    return any(lemma in adjectives and "ADJF" in g for lemma, g in parses(word.lower(), lang))


_ATTRIBUTIVE = patterns.compile(r"[-‐](?:based|born|led|backed|owned|controlled|made|bound|linked|registered)$")
_OPENING_QUOTES = "«\"“„"
_CLOSING_QUOTES = "»\"”“"


def _translated_title(text: str, run: list[regex.Match[str]]) -> bool:
    """Does the mention open a quoted title that goes on in lower-case words («Гра
    престолів», «Володар перснів»)? A Cyrillic title in sentence case is a
    translation of the original's words, not a spelling of its name to compare."""
    start, end = run[0].start(), run[-1].end()
    if not start or text[start - 1] not in _OPENING_QUOTES:
        return False
    close = next((i for i in range(end, len(text)) if text[i] in _CLOSING_QUOTES), None)
    if close is None:
        return False
    rest = regex.findall(r"\p{L}+", text[end:close])
    return bool(rest) and any(w[0].islower() and len(w) > 3 for w in rest) and \
        not any(w[0].isupper() for w in rest)


def _untaken(text: str, m: regex.Match[str], taken: Spans) -> regex.Match[str] | None:
    """A word outside the spans of numbers and dates, or its part before a hyphen and a
    number (Леопард-2 in танки Леопард-2, the tank's second model)."""
    hit = taken.overlapping(m.start(), m.end())
    if not hit:
        return m
    cut = min(hit)
    if cut > m.start() + 1 and text[cut - 1] in "-‐":
        return _TOKEN.match(text, m.start(), cut - 1)
    return None


def _after_eponym_head(text: str, start: int, lang: str) -> bool:
    """Does a lower-case noun that names a thing after a person stand just before (по шкалі
    Бофорта, лауреат премии Пулитцера)? The name is then no person of the story."""
    m = _WORD_BEFORE.match(text, 0, start)
    return bool(m) and _eponym_head(cast("regex.Match[str]", m).group(1), lang)


# the lower-case word just before a position, matched backwards from it (`(?r)`, `match`
# with endpos): a look at the few characters before it, not at the whole text before it
_WORD_BEFORE = patterns.compile(r"(?r)(\p{Ll}[\p{L}'’ʼ]*)\s+$")


def _after_saint(text: str, run: list[regex.Match[str]], lang: str) -> bool:
    """Is a mention a saint's name: it opens with a word for a saint (Святого Юра) or
    follows one (святой Анны, St George's)?"""
    saints = _lexicon()["saints"]
    first = normalise_apostrophe(run[0].group().lower()).rstrip(".")
    if first in saints and len(run) > 1:
        return True
    before = _SAINT_BEFORE.search(text, 0, run[0].start())
    return bool(before) and before.group(1).lower() in saints


_SAINT_BEFORE = patterns.compile(r"(?r)(\p{L}+)\.?\s+$")


def _eponym_head(word: str, lang: str) -> bool:
    """A noun that names a thing after a person (шкала, премія: Премії Орвелла)."""
    if lang == "en":
        return False
    heads = _lexicon()["eponym_heads"]
    return any(lemma in heads for lemma, _ in parses(normalise_apostrophe(word.lower()), lang))


def _fact(text: str, lang: str, run: list[regex.Match[str]], sentence: int, offset: int,
          maybe: bool = False, quoted: bool = False, demonym: bool = False) -> Fact:
    """A mention from a run of words: its gazetteer ids and the skeletons of its proper
    words. A mention with neither (only ordinary words, or an acronym the gazetteer does
    not know, which editions translate rather than transliterate) is weak: matched, never
    reported."""
    words = [m.group() for m in run]
    ids: set[str] = set()
    phrase = phrase_id(_phrase_words(text, run[0].start(), run[-1].end()), lang) if len(words) > 1 else None
    if phrase:
        ids.add(phrase)
    proper: list[frozenset[str]] = []
    person = place = named = False
    connectors = _lexicon()["connectors"]
    parts = [part for word in words if word.lower() not in connectors for part in _HYPHEN.split(word) if part]
    # the second part of a hyphenated name names nothing alone (Фернандес-Кубі is no Cuba)
    tails = {part for word in words for part in _HYPHEN.split(word)[1:] if part}
    for word in words:
        if not phrase and ("-" in word or "‐" in word):
            ids |= token_keys(word, lang).ids  # Нью-Йорку, Івано-Франківську as one name
    for n, part in enumerate(parts):
        keys = token_keys(part, lang)
        if not phrase and part not in tails:
            ids |= keys.ids
        person = person or keys.person
        place = place or keys.place
        # a Cyrillic acronym the gazetteer does not know is a translation (ШІ for AI): weak
        unknown_acronym = is_acronym(part) and not keys.ids and not part.isascii()
        # an adjective after a first name is a surname (Наталья Гуменная, Олеся Кравчишин)
        surname = n > 0 and keys.generic and _has_name(parts[n - 1], lang)
        ordinary = (keys.generic and not surname) or (keys.modifier and n < len(parts) - 1)
        if not ordinary and not unknown_acronym and keys.skeletons:
            proper.append(keys.skeletons)
            named = named or not keys.common or quoted
    start, end = run[0].start(), run[-1].end()
    # a mention of dictionary words only (Служби, День) is matched but never reported
    weak = not ids and (not named or maybe)
    category = ("maybe" if maybe else "common") if weak else _category(ids, person, place)
    if quoted and category == "name":
        category = "org"  # «Арсенал», «Укрзалізниця»: a name in quotes is a club, firm or title
    if demonym and ids:
        category = "demonym"  # Latvian, латвійські: a place's adjective
    return Fact("entity", (EntityKey(frozenset(ids), tuple(proper)),), Span(offset + start, offset + end), text[start:end],
                sentence, category=category, weak=weak)


def _category(ids: Iterable[str], person: bool, place: bool) -> str:
    kinds = {i.split(":", 1)[0] for i in ids}
    if kinds & {"country", "region", "city", "place"}:
        return "place"
    if "org" in kinds:
        return "org"
    if person:
        return "person"
    if place:
        return "place"
    return "name"


def extract(seg: Segmented, taken: list[list[tuple[int, int]]] | None = None) -> tuple[tuple[Fact, ...], ...]:
    """The entities of each sentence of an edition (`taken`: per sentence, spans that other
    facts claimed)."""
    ctx = context(seg)
    return tuple(tuple(extract_entities(seg, ctx, s.index, taken[s.index] if taken else None))
                 for s in seg.sentences)


# a lower-case word, also after a hyphen (сенатори-демократи: демократи is ordinary)
_LOWER_WORD = patterns.compile(r"(?<![\p{L}'’ʼ])\p{Ll}[\p{L}'’ʼ]{3,}")


@functools.lru_cache(maxsize=20_000)
def common_words(text: str, lang: str) -> frozenset[str]:
    """Skeletons of the lower-case words of a sentence: what it says in ordinary words."""
    from .names import skeleton, translit

    out = set()
    for m in _LOWER_WORD.finditer(text):
        word = m.group()
        lemmas = {word.lower()} | ({lemma for lemma, _ in parses(word, lang)} if lang != "en" else set())
        for lemma in lemmas:
            sk = skeleton(translit(lemma, lang), lang == "en")
            if sk:
                out.add(sk)
    return frozenset(out)


def ordinary_in(fact: Fact, words: frozenset[str], bodies: bool = False) -> bool:
    """Is a mention's every proper word an ordinary lower-case word of another edition's
    translation (Republicans / республіканці, Olympics / олімпійських)? Then it is a
    common noun or adjective there, not a name to compare. An institution the gazetteer
    knows is ordinary there when every word of its Ukrainian or Russian name is (Supreme
    Court / «рішення верховного суду»). With `bodies`, a body or brand the gazetteer knows
    by one name is ordinary there when that name is written as a common noun (в сенате)."""
    from .names import same_name

    ids, proper = fact.key
    if not ids and is_acronym(fact.text.replace(".", "")):
        return False  # an acronym the gazetteer does not know is no ordinary word (SPD is not "speed")
    if ids and any(all(w in words for w in form) for i in ids for form in _lowercase_forms().get(i, ())):
        return True
    if ids and not (bodies and all(i.startswith("org:") for i in ids)):
        return False
    # a name of two consonants (Ніла: nl) matches too many ordinary words to tell
    return bool(proper) and all(any(same_name(p, w) for p in alts if len(p) >= 3 for w in words if len(w) >= 3)
                                for alts in proper)


_SAME_HEAD = {"ministry": "department", "department": "ministry"}  # the justice department / Justice Ministry


@functools.cache
def _lowercase_forms() -> dict[str, frozenset[tuple[str, ...]]]:
    """Per institution the gazetteer knows, its uk and ru names of two or more dictionary
    words, as the skeletons of their lemmas: what a translator may write in lower case
    (верховний суд; not Генеральна асамблея ООН, which holds a name). Cached on disk."""
    from ..cache import cached, package_sources
    from .lexicon import _COMMON
    from .names import GAZETTEER_DISTS, GAZETTEER_SOURCES

    sources = package_sources((*GAZETTEER_SOURCES, "data/names.toml", "facts/entities.py", "facts/lexicon.py",
                               "facts/morph.py"),
                              (*GAZETTEER_DISTS, "pyspellchecker"))
    return cached("lowercase-forms", [*sources, str(_COMMON)], _build_lowercase_forms)


def _build_lowercase_forms() -> dict[str, frozenset[tuple[str, ...]]]:
    from .morph import analyser
    from .names import skeleton, translit

    out: dict[str, set[tuple[str, ...]]] = {}
    g = gazetteer()
    for lang in ("uk", "ru"):
        for name, ident in g.names[lang].items():
            words = name.split()
            if not ident.startswith("org:") or len(words) < 2:
                continue
            form = []
            for word in words:
                readings = parses(word, lang) if word.isalpha() else ()
                if not readings or any(tags & _NAME_TAGS for _, tags in readings) or \
                        not analyser(lang).word_is_known(word) or readings[0][0] in g.adjectives[lang]:
                    break  # a name, or a place's adjective (європейський): not written in lower case
                form.append(skeleton(translit(readings[0][0], lang)))
            else:
                out.setdefault(ident, set()).add(tuple(form))
    # English names of common words, without the place the body belongs to, which goes
    # unsaid in lower case (Ukraine's Defence Ministry / "defence ministry says")
    english = english_words()
    for name, ident in g.names["en"].items():
        words = [w for w in regex.findall(r"[a-z]+(?:'s)?", name.lower()) if w not in _TITLE_SMALL]
        kept = [w for w in words if not token_keys(w, "en").ids]
        if ident.startswith("org:") and len(kept) >= 2 and all(w in english for w in kept):
            for variant in {tuple(kept), tuple(_SAME_HEAD.get(w, w) for w in kept)}:
                out.setdefault(ident, set()).add(tuple(skeleton(w, True) for w in variant))
    return {ident: frozenset(v) for ident, v in out.items()}
