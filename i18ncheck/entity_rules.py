"""How named entities are compared: when two mentions name one entity, when a mention in
the odd edition names another (a swap), when a name is missing, and how two editions that
disagree with the third silent are settled.

The rules see the article through `compare.GroupContext` (the group's clusters, the article's
mentions, and whether an edition states a mention elsewhere), never through the comparison's
own state. Each finding they propose is then weighed by the confidence model
(`i18ncheck.confidence`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence

import regex

from . import patterns
from .compare import Cluster, FactRules, GroupContext
from .model import EntityKey, Fact


def _words_match(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two words of names are one when their skeletons are equal, or differ by one edit
    (two for long ones): Humberto / Умберто, Salzburg / Зальцбурге, Willoughby / Уіллоубі."""
    from .facts.names import same_name

    return any(same_name(p, q) for p in x for q in y)


def _related(ids_a: frozenset[str], ids_b: frozenset[str]) -> bool:
    """Ids for the same place at two levels (city:kyiv and region:kyiv-oblast), or a body
    and the organisation it belongs to (org:unga within org:un: "the United Nations" for
    its General Assembly)."""
    from .facts.names import gazetteer

    slugs_a = {i.split(":", 1)[1].removesuffix("-oblast") for i in ids_a}
    slugs_b = {i.split(":", 1)[1].removesuffix("-oblast") for i in ids_b}
    within = gazetteer().within
    return bool(slugs_a & slugs_b) or any(within.get(a, frozenset()) & ids_b for a in ids_a) or \
        any(within.get(b, frozenset()) & ids_a for b in ids_b) or \
        any(_named_after(a, b) or _named_after(b, a) for a in ids_a for b in ids_b)


@functools.lru_cache(maxsize=10_000)
def _named_after(a: str, b: str) -> bool:
    """Does an English name of one entity contain a name of the other (South Ukraine NPP
    and Ukraine, Zaporizhzhia NPP and Zaporizhzhia)? Then one may be named by the other."""
    from .facts.names import forms_by_id

    names = forms_by_id("en")
    return any(f" {n} " in f" {m} " for m in names.get(a, ()) for n in names.get(b, ()))


def entities_equal(a: Fact, b: Fact) -> bool:
    """One entity: a shared (or related) gazetteer id; or, when either is unknown to the
    gazetteer, the last proper word of one matching a word of the other (Trump / Дональда
    Трампа, Upper Silesia / Верхня Сілезія), or most words of the shorter matching.
    Two Latin spellings of a name the gazetteer does not know are copies of one original:
    they must spell each word alike (Silver Lake is not Silver Lane)."""
    return _entities_equal(a.text, a.key, b.text, b.key)


@functools.lru_cache(maxsize=65_536)
def _entities_equal(text_a: str, key_a: EntityKey, text_b: str, key_b: EntityKey) -> bool:
    """`entities_equal` of two facts by what it reads of them: their texts and keys."""
    if _texts_miscopied(text_a, key_a, text_b, key_b):
        return False
    if _latin(text_a) and _latin(text_b) and _same_letters(text_a, text_b):
        return True  # one Latin spelling copied into two editions (Blue Bell / BlueBell)
    return _same_entity(key_a, key_b) or _abbreviates(text_a, text_b) or _abbreviates(text_b, text_a)


_SMALL_WORDS = frozenset("of the and for on in at to a an".split())


@functools.lru_cache(maxsize=50_000)
def _abbreviates(short: str, long: str) -> bool:
    """Is a Latin acronym made of the starts of an English name's words, in order, its
    small words aside: one letter of each (UCU: the Ukrainian Catholic University's), or
    more of some (NEFCO: Nordic Environment Finance COrporation)?"""
    acronym = short.replace(".", "")
    if not (acronym.isascii() and acronym.isalpha() and acronym.isupper() and len(acronym) >= 3) or not long.isascii():
        return False
    words = [w.upper() for w in regex.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", long.removesuffix("'s").removesuffix("’s"))
             if w.lower() not in _SMALL_WORDS]
    return 2 <= len(words) <= len(acronym) and _prefixes(acronym, tuple(words))


@functools.lru_cache(maxsize=4_096)
def _prefixes(letters: str, words: tuple[str, ...]) -> bool:
    """Can the letters be cut into one non-empty start of each word, in order?"""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    return any(letters[:n] == first[:n] and _prefixes(letters[n:], rest)
               for n in range(1, min(len(first), len(letters) - len(rest)) + 1))


def _miscopied(a: Fact, b: Fact) -> bool:
    """Two Latin spellings of one unknown name that differ in a word (Silver Lane), not
    acronyms, which editions may translate (UCU / UKU)."""
    return _texts_miscopied(a.text, a.key, b.text, b.key)


def _texts_miscopied(text_a: str, key_a: EntityKey, text_b: str, key_b: EntityKey) -> bool:
    from .facts.entities import is_acronym

    return not key_a.ids and not key_b.ids and _latin(text_a) and _latin(text_b) and \
        not is_acronym(text_a.replace(".", "")) and not is_acronym(text_b.replace(".", "")) and \
        not _copied(text_a, text_b)


def _latin(text: str) -> bool:
    from .langid import script_counts

    counts = script_counts(text)
    return counts.cyrillic == 0 and counts.latin > 0


@functools.lru_cache(maxsize=50_000)
def _copied(a: str, b: str) -> bool:
    """Does every word of the shorter Latin mention appear in the longer, letter for
    letter (case, diacritics, a possessive or plural s aside)?"""
    import unicodedata

    def words(text: str) -> list[str]:
        plain = "".join(c for c in unicodedata.normalize("NFKD", text.replace(".", "")) if not unicodedata.combining(c))
        return [w.removesuffix("'s").removesuffix("’s").strip("'’").rstrip("s")
                for w in regex.findall(r"[\p{L}'’]+", plain.lower())]

    short, long = sorted((words(a), words(b)), key=len)
    return all(w in long for w in short) or _same_letters(a, b)


@functools.lru_cache(maxsize=50_000)
def _same_letters(a: str, b: str) -> bool:
    """The same letters joined or split otherwise, or with a letter doubled (Blue Bell /
    BlueBell, Mill-Brook / Millbrook, Dunnmore / Dunmore), or a vowel of a word no dictionary knows spelled
    otherwise (Ashbourne / Ashborne): one spelling copied, not another name. Two English
    words are two words, not spellings of one (Morning / Mourning)."""
    from .facts.lexicon import english_words
    from .facts.names import plain_latin

    def words(text: str) -> list[str]:
        return [regex.sub(r"(.)\1+", r"\1", w) for w in regex.findall(r"\p{L}+", plain_latin(text.lower()))]

    def consonants(word: str) -> str:
        return regex.sub(r"(.)\1+", r"\1", regex.sub(r"[aeiouy]", "", word))

    wa, wb = words(a), words(b)
    if "".join(wa) == "".join(wb):
        return True
    if len(wa) != len(wb):
        return False
    english = english_words()
    return all(x == y or consonants(x) == consonants(y) and len(consonants(x)) >= 4 and
               not (x in english and y in english) for x, y in zip(wa, wb))


@functools.lru_cache(maxsize=200_000)
def _same_entity(va: tuple, vb: tuple) -> bool:  # type: ignore[type-arg]
    ids_a, words_a = va
    ids_b, words_b = vb
    if ids_a & ids_b or (ids_a and ids_b and _related(ids_a, ids_b)):
        return True
    if ids_a and ids_b:
        return False
    if any(i.startswith("country:") for i in ids_a | ids_b):
        return False  # CLDR names every country in every language: an unknown word is not one
    if not words_a or not words_b:
        return False
    short, long = sorted((words_a, words_b), key=len)
    if len(short) >= 2 and _reordered(short, long):
        return True
    if len(short) >= 2:
        # the surname must match and no other word be clearly another (Mykhailo Fedorov is
        # not Oleksandr Fedorov; Kaja Kallas is Кая Каллас)
        return any(_words_match(short[-1], v) for v in long) and \
            not any(min(_gap(w, v) for v in long) >= _CLEARLY for w in short)
    # one word names a longer name by its last word (Trump / Donald Trump), or, names
    # unknown to the gazetteer, by either word of two (Galway / Galway Bay, Тарас / Taras Bondar)
    if ids_a or ids_b:  # a skeleton of one consonant (ЄС: s; Союзу: s) is too short to say
        if len(long) >= 2 and not (ids_a if long is words_a else ids_b):
            # a known name against an unknown full name (Paweł Kowalski) ending in a word
            # like it: the full name is another's, unless it ends in the same skeleton
            return bool(short[0] & long[-1]) and max(len(x) for x in short[0]) >= 2
        return any(_words_match(short[0], w) for w in long[-1:]) and max(len(x) for x in short[0]) >= 2
    # names unknown to the gazetteer: either word of two, or the first or last of three or
    # more (the family name leads in Korean and Chinese names: Kim / Ким Чен Ын)
    return any(_words_match(short[0], w) for w in (long if len(long) == 2 else (long[0], long[-1])))


def _reordered(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...]) -> bool:
    """One name with its words in another order or joined otherwise: Wei-Ming Zhang / Чжан Веймін,
    Han Ji-hoon / Хан Чжі Хун. The words, run together in some order, spell the same."""
    if len(a) > 4 or len(b) > 4:
        return False
    if len(a) == len(b):  # the same words in another order: each matches a different one
        return any(all(_words_match(x, y) for x, y in zip(a, p)) for p in itertools.permutations(b))
    runs_a = {"".join(p) for alts in itertools.product(*a) for p in itertools.permutations(alts)}
    runs_b = {"".join(p) for alts in itertools.product(*b) for p in itertools.permutations(alts)}
    return bool(runs_a & runs_b)  # joined or split otherwise: spelled the same run together


def entities_compatible(a: Fact, b: Fact) -> bool:
    """Any name may stand where another should: a real name, or a dictionary word written
    with a capital in mid-sentence (Греції swapped for Малюю), not a sentence's first word."""
    return b.kind == "entity" and not a.weak and (not b.weak or b.category == "common")


def show_entity(f: Fact) -> object:
    ids = sorted(f.key.ids)
    return ids[0] if ids else " ".join(sorted(min(w) for w in f.key.words if w))


def _entity_codes(f: Fact) -> tuple[str, str]:
    return ("EN01", "EN02")


_CLEARLY = 0.5  # a swapped name differs from the original by at least half its skeleton


def clearly_different(a: Fact, b: Fact) -> bool:
    """Are two names different beyond doubt, not a spelling variant the matcher missed?
    Different gazetteer ids, or a word of the shorter name at least `_CLEARLY` of its
    length away from every word of the other (Parker for Collins; Олександр for Mykhailo)."""
    ids_a, words_a = a.key
    ids_b, words_b = b.key
    if ids_a and ids_b:
        return not ids_a & ids_b
    if not words_a or not words_b:
        return False
    short, long = sorted((words_a, words_b), key=len)
    return any(min(_gap(w, v) for v in long) >= _CLEARLY for w in short) or _people_apart_in_full(a, b)


def _people_apart_in_full(a: Fact, b: Fact) -> bool:
    """Two people's full names (two words or more each) of which no word of one is near
    any word of the other spelled out with its vowels, under every romanisation scheme
    of the Cyrillic languages: another person. Consonant skeletons of short names may
    look alike (Halyna and Оксана: h-l-n, k-s-n; Vozniak and Ліщинська: v-s-n-k,
    l-S-n-s-k), so a skeleton alone leaves such a swap unseen."""
    if not (_person(a) and _person(b)) or len(a.key.words) < 2 or len(b.key.words) < 2:
        return False
    if not (_slavic_first(_spellings(a.text)[0]) and _slavic_first(_spellings(b.text)[0])):
        return False  # English names keep English spellings (Jake Lacy / Джейк Лейсі): only romanised ones compare
    return min(_spelled_gap(x, y) for x in _spellings(a.text) for y in _spellings(b.text)) >= _FAR_IN_FULL


_NOT_IN = {"uk": "[ыэёъ]", "ru": "[іїєґ]"}  # letters a language's alphabet lacks
_FAR_IN_FULL = 0.55  # normalised Levenshtein distance of full spellings; benchmarks/RESULTS.md says how it was set


@functools.lru_cache(maxsize=20_000)
def _spellings(text: str) -> tuple[frozenset[str], ...]:
    """Each capitalised word of a name as Latin letters in lower case: a Latin word as
    written, without diacritics; a Cyrillic one under each romanisation scheme of
    Ukrainian and Russian (Олексій: oleksii, oleksiy, ...)."""
    from .facts.names import ROMANISATION_SCHEMES, plain_latin, romanise

    out = []
    for word in regex.findall(r"\p{Lu}[\p{L}'’-]*", text.removesuffix("'s").removesuffix("’s")):
        if _cyrillic(word):
            low = word.lower()
            langs = [lang for lang in ROMANISATION_SCHEMES if not regex.search(_NOT_IN[lang], low)]
            forms = frozenset(romanise(word, scheme) for lang in langs or ROMANISATION_SCHEMES
                              for scheme in ROMANISATION_SCHEMES[lang])
        else:
            forms = frozenset({word.lower()})
        out.append(frozenset(filter(None, ("".join(c for c in plain_latin(f) if "a" <= c <= "z") for f in forms))))
    return tuple(out)


def _slavic_first(spellings: frozenset[str]) -> bool:
    """Is a word, so spelled, a Ukrainian or Russian first name names-translator knows
    (romanised by translitua's schemes: halyna, oksana, iryna)?"""
    from .facts.names import romanised_first_names

    known = romanised_first_names()
    return any(s in known for s in spellings)


def _spelled_gap(x: frozenset[str], y: frozenset[str]) -> float:
    """The least normalised Levenshtein distance of two words' spellings (rapidfuzz)."""
    from rapidfuzz.distance import Levenshtein

    return min(Levenshtein.normalized_distance(p, q) for p in x for q in y)


def _dictionary_word(f: Fact, lang: str) -> bool:
    """A single capitalised dictionary word in mid-sentence of a Cyrillic edition that
    names nothing the gazetteer knows and spells no name, and is no adjective (Малюю): not
    an acronym (ЗМІ, a translation of "media") nor an adjective (Національного, Північний:
    a translated name). English generic words (City, Park) are parts of names."""
    from .facts.entities import is_acronym
    from .facts.morph import parses

    if lang == "en" or not (f.weak and f.category == "common" and not f.key.ids and not f.key.words) \
            or " " in f.text or is_acronym(f.text) or not _cyrillic(f.text):
        return False
    return not any("ADJF" in tags for _, tags in parses(f.text, lang))


def _ordinary_for_known(ref: Fact, found: Fact, lang: str) -> bool:
    """Capitalised dictionary words, two or more (Ділового Союзу), where the others name an entity
    the gazetteer knows (the European Union): a translation of that entity would be
    known by its name in this language too, so these words name something else."""
    return bool(ref.key.ids) and found.weak and found.category == "common" and not found.key.ids \
        and lang != "en" and _cyrillic(found.text) and " " in found.text.strip()


def _acronym_for_known(ref: Fact, found: Fact) -> bool:
    """A Cyrillic acronym the gazetteer does not know (ЕШС) where the others name a body
    whose Cyrillic acronym it knows (ФИДЕ): the translation would have been that acronym."""
    from .facts.entities import is_acronym
    from .facts.names import forms_by_id

    if found.key.ids or not ref.key.ids or not is_acronym(found.text) or not _cyrillic(found.text):
        return False
    return any(_cyrillic(a) for i in ref.key.ids for a in forms_by_id("acronyms").get(i, ()))


def _gap(alts: frozenset[str], other: frozenset[str]) -> float:
    """How far apart two words of names are: edit distance over the longer skeleton."""
    from .facts.names import distance

    return min(distance(x, y) / max(len(x), len(y), 1) for x in alts for y in other)


_APART = 0.33  # plain edit distance, over the longer skeleton, of two names of one script that differ


def _cyrillic(text: str) -> bool:
    from .langid import has_cyrillic

    return has_cyrillic(text)


def _spelled_apart(a: Fact, b: Fact) -> bool:
    """Two mentions in one script, a word of the shorter at least `_APART` of its
    skeleton away from every word of the other in plain edits (no cheap consonant swaps:
    a transliteration of the same name does not need them; Кравця / Гарбуза)."""
    words_a, words_b = a.key.words, b.key.words
    if a.key.ids and b.key.ids or not words_a or not words_b:
        return False
    short, long = sorted((words_a, words_b), key=len)
    return any(min(_plain_gap(x, y) for v in long for x in w for y in v) >= _APART for w in short)


def _plain_gap(x: str, y: str) -> float:
    """Plain edit distance over the longer skeleton; an ending s (NGO / NGOs) and a
    starting j (Джуліан / Юлиан: j read as English or as Latin) are no difference."""
    from .facts.names import plain_distance

    if x.rstrip("s") == y.rstrip("s") or x.removeprefix("J") == y.removeprefix("J"):
        return 0.0
    return plain_distance(x, y) / max(len(x), len(y), 1)


_NO_NAME_POS = frozenset({"VERB", "INFN", "GRND", "CONJ", "PREP", "PRCL", "NPRO", "INTJ"})
_DICTIONARY_METHODS = frozenset({"DictionaryAnalyzer", "KnownPrefixAnalyzer"})


@functools.lru_cache(maxsize=50_000)
def _names_nothing(text: str, lang: str) -> bool:
    """Is a one-word Cyrillic mention a word the dictionary reads only as a verb form or a
    function word: a button label (Синхронизируйте, Підтвердити) or a capitalised
    preposition at a sentence start (На), never a name? Only readings the dictionary
    holds count (also after a known prefix: Деактивируйте); a guess from an ending
    (Стайнем read as a verb) does not."""
    from .facts.morph import analyser, normalise_apostrophe

    words = text.split()
    if lang not in ("uk", "ru") or len(words) != 1:
        return False
    try:
        found = analyser(lang).parse(normalise_apostrophe(words[0].lower()))
    except ValueError:
        return False
    known = [p for p in found if {type(m[0]).__name__ for m in p.methods_stack} <= _DICTIONARY_METHODS]
    return bool(known) and len(known) == len(found) and all(p.tag.POS in _NO_NAME_POS for p in known)


def _agreeing_name_nothing(ctx: GroupContext, cl: Cluster) -> bool:
    """Do the agreeing editions agree on a word that names nothing (see `_names_nothing`)?
    Then no entity was changed or dropped: a label was translated in one edition and
    kept or transliterated in the others."""
    return any(_names_nothing(f.text, lang) for lang, f in ctx.members(cl).items())


def _spelled_out(ctx: GroupContext, ref: Fact, found: Fact, odd: str) -> bool:
    """Is the found mention part of a run of adjacent mentions (one space apart: the EU's
    Rebuild Ukraine Fund) some of whose initials are the acronym the others write (RUF)?"""
    mentions = sorted(ctx.facts[ctx.index].get(odd, ()), key=lambda f: f.span.start)
    if found not in mentions:
        return False
    k = lo = hi = mentions.index(found)
    while lo > 0 and mentions[lo].span.start - mentions[lo - 1].span.end <= 1:
        lo -= 1
    while hi + 1 < len(mentions) and mentions[hi + 1].span.start - mentions[hi].span.end <= 1:
        hi += 1
    return any(_abbreviates(ref.text, " ".join(f.text for f in mentions[a:b + 1]))
               for a in range(lo, k + 1) for b in range(k, hi + 1) if b > a)


def _named_by_its_body(ctx: GroupContext, ref: Fact, odd: str) -> bool:
    """Does the odd edition name the organisation `ref` names through one of its bodies in
    the same group (the UN in Продовольча та сільськогосподарська організація ООН, one
    mention of the FAO)? Then it is named, not replaced."""
    from .facts.names import gazetteer

    within = gazetteer().within
    orgs = {i for i in ref.key.ids if i.startswith("org:")}
    return bool(orgs) and any(orgs & within.get(i, frozenset())
                              for f in ctx.facts[ctx.index].get(odd, ()) for i in f.key.ids)


def _accept_swap(ctx: GroupContext, ref: Fact, found: Fact, cl: Cluster, odd: str) -> bool:
    """A name changed in one edition: the odd edition's name must differ beyond a
    spelling variant, and be one the others never use (else a name moved, not swapped)."""
    from .evidence import kept_title
    from .facts.entities import is_acronym

    if _agreeing_name_nothing(ctx, cl):
        return False
    if is_acronym(found.text) and not found.key.ids and not is_acronym(ref.text):
        return False  # an acronym the gazetteer does not know may abbreviate the name (KSE, UCU)
    if _named_by_its_body(ctx, ref, odd):
        return False
    if _seat_for_body(ref, found) or _seat_for_body(found, ref):
        return False  # a body named by its seat (Brussels for the Commission): not another body
    if _spelled_out(ctx, ref, found, odd):
        return False  # CEF against Connecting Europe Facility, read as three mentions around a place
    members = ctx.members(cl)
    kept_too = any(lang not in ("en", odd) and not _cyrillic(f.text) for lang, f in members.items())
    if odd != "en" and not found.key.ids and kept_title(found.text, odd) and not kept_too:
        # a title a Cyrillic edition keeps in its own language may render any of the others'
        # words; not when the other Cyrillic edition keeps a foreign name too (Atlas İnşaat)
        return False
    agreeing = list(members.values())
    if any(f.category == "person" for f in agreeing) and _institution(found):
        return False  # a person is not swapped for the Budget Committee: that is another mention
    if _overlap(ref, found):
        return False  # Комиссии Кентукки for Kentucky Racing [Commission]: one name cut otherwise
    if _glued_part(ref, found, odd) or _glued_part(found, ref, odd):
        return False  # #CityLondon kept in two editions, Лондон in the third: the name it is made of
    # a name is best compared with an agreeing one in its own script: both transliterate
    # the same original (Паркера / Тейлора, not Taylor's), and there the plain
    # spelling distance tells a swap from a variant; a dictionary word in a name's place
    # (Малюю for Греції) differs from any name
    same_script = [f for f in agreeing if _cyrillic(f.text) == _cyrillic(found.text)]
    renamed = [lang for lang, f in members.items() if _suffix_changed(f, found, lang, odd)]
    if odd == "en":  # a first name English renders as another one (Oleh for Олексій / Алексей)
        first_renamed = "uk" in members and "ru" in members and \
            _english_first_name_apart(members["uk"], found, members["ru"])
    else:  # a first name the other Cyrillic edition writes as another one (Галина for Анна)
        other = members.get("ru" if odd == "uk" else "uk")
        first_renamed = other is not None and (_translated_apart(found, other) if odd == "uk" else
                                               _translated_apart(other, found))
    if not _dictionary_word(found, odd) and not _ordinary_for_known(ref, found, odd) and \
            not _acronym_for_known(ref, found) and \
            not clearly_different(ref, found) and not renamed and not first_renamed and \
            not any(clearly_different(f, found) or _spelled_apart(f, found) or
                    _miscopied(f, found) and _same_entity(f.key, found.key)  # Silver Lane for Lake
                    for f in same_script) and \
            not _retyped(agreeing, found):
        return False
    if renamed:  # only the same surname in a Cyrillic edition names the renamed one elsewhere
        forms = _surname_forms(found.text.split()[-1], odd)
        return not any(_cyrillic(f.text) and not f.weak and _surname_forms(f.text.split()[-1], lang) & forms
                       for lang in cl for f in ctx.article(lang) if f.text.split())
    # two places or bodies the gazetteer tells apart are never spellings of one another:
    # the odd edition's is a swap even when the article names it elsewhere (Таллінн for Riga)
    known_apart = bool(ref.key.ids and found.key.ids) and clearly_different(ref, found) and \
        _kind_of(ref.key.ids) == _kind_of(found.key.ids) != "mixed" or \
        _places_apart(agreeing, found) or _people_apart(agreeing, found)
    # with only the first name changed (Галина for Ганна), a bare surname elsewhere stands for
    # the others' person
    first_changed = first_renamed or _first_name_changed(ref, found)
    return known_apart or not any(_named_in(ctx, lang, found, first_changed) for lang in cl)


def _places_apart(agreeing: list[Fact], found: Fact) -> bool:
    """A place morphology knows (Кракове, Эдинбурга) where the other Cyrillic edition
    names a place and every agreeing edition one clearly another: a place for a place,
    not a name moved."""
    if found.category != "place" or found.key.ids or not _cyrillic(found.text):
        return False
    cyrillic = [f for f in agreeing if _cyrillic(f.text)]
    return bool(cyrillic) and all(f.category == "place" for f in cyrillic) and \
        all(clearly_different(f, found) for f in agreeing)


def _people_apart(agreeing: list[Fact], found: Fact) -> bool:
    """A person's full name in a Cyrillic edition where the other Cyrillic edition names
    a person by a full name whose surname is clearly another (Томаш Пояр for Томаш
    Копечний): one person for another, even when the article names both."""
    if found.category != "person" or len(found.key.words) < 2 or not _cyrillic(found.text):
        return False
    cyrillic = [f for f in agreeing if _cyrillic(f.text)]
    return bool(cyrillic) and all(f.category == "person" and len(f.key.words) >= 2 and
                                  min(_gap(x, found.key.words[-1]) for x in f.key.words[-1:]) >= _CLEARLY
                                  for f in cyrillic)


def _seat_for_body(place: Fact, body: Fact) -> bool:
    """A city the gazetteer knows against an organisation it knows: news names a body by
    the city it sits in (Brussels, the Kremlin's Moscow), so the city is that body's
    name here. A country or a region is not a seat: a party swapped for a country is."""
    return bool(place.key.ids) and all(i.startswith("city:") for i in place.key.ids) and \
        bool(body.key.ids) and _kind_of(body.key.ids) == "org"


def _kind_of(ids: frozenset[str]) -> str:
    """Place or organisation: a body may be named by its country (U.S. for the Defense
    Department) or a league by its continent (European), not a place by another place."""
    kinds = {"place" if i.split(":", 1)[0] in ("country", "region", "city", "place") else "org" for i in ids}
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _overlap(a: Fact, b: Fact) -> bool:
    """Is the last word of one mention another word than the last of the other (Комиссии
    Кентукки against Kentucky Racing)? Then they are one name cut at different words, not
    two names; a shared last word with another first word is a swap (Бостон Рапторс)."""
    wa, wb = a.key.words, b.key.words
    if len(wa) < 2 and len(wb) < 2 or not wa or not wb:
        return False
    return any(_words_match(wa[-1], w) for w in wb[:-1]) or any(_words_match(wb[-1], w) for w in wa[:-1])


_GLUED = patterns.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_CAMEL = patterns.compile(r"\p{L}*\p{Ll}\p{Lu}\p{L}*")  # letters only, a capital right after a small letter


def _glued_part(glued: Fact, other: Fact, odd: str) -> bool:
    """Is one mention a single word glued from capitalised words (a handle, a tag:
    PlanetMars, ВеликийКиїв) one of whose parts is a word of the other mention?"""
    from .facts.names import token_keys

    words = glued.text.split()
    if len(words) != 1 or not other.key.words or not _CAMEL.fullmatch(words[0]):
        return False  # a hyphened compound (Пунта-Кана) is a name of its own
    parts = [p for p in _GLUED.findall(words[0]) if len(p) > 2]
    if len(parts) < 2:
        return False
    lang = "en" if words[0].isascii() else ("uk" if odd == "uk" and _cyrillic(glued.text) else "ru")
    return any(_words_match(token_keys(p, lang).skeletons, w) for p in parts for w in other.key.words)


def _institution(f: Fact) -> bool:
    """An English name ending in a word for a body (Budget Committee, Supreme Court)."""
    from .facts.names import _generic_en

    words = f.text.removesuffix("'s").removesuffix("’s").split()
    return f.text.isascii() and len(words) >= 2 and words[-1].lower() in _generic_en()[0]


_VOICING = ({"b", "p"}, {"d", "t"})  # English names keep voicing in Cyrillic: Bender is not Pender


def _retyped(agreeing: list[Fact], found: Fact) -> bool:
    """An English name against uk and ru that spell it identically (two independent
    transliterations of one original): a surname of the same skeleton length with a letter
    no transliteration swaps (l for t: Beaton for Бейлін / Бейлин; nor voicing: Pitt for
    Бойд), at least a third of it, is another name even when short names stay under
    `_CLEARLY`; so is one where every letter differs so."""
    from .facts.names import _substitution

    cyrillic = [f for f in agreeing if _cyrillic(f.text) and not f.key.ids and f.key.words]
    if _cyrillic(found.text) or len(cyrillic) < 2 or found.key.ids or not found.key.words:
        return False
    a, b = cyrillic[:2]
    if a.key.words[-1] != b.key.words[-1] or len(a.key.words[-1]) != 1:
        return False
    if len(found.key.words[-1]) != 1:
        return False
    (x,), (y,) = found.key.words[-1], a.key.words[-1]
    if len(x) != len(y) or len(x) < 2:
        return False
    hard = sum(1 for p, q in zip(x, y) if _substitution(p, q) >= 1 or {p, q} in _VOICING)
    return hard / len(x) >= 1 / 3 and (x[0] == y[0] or hard == len(x))


def _named_in(ctx: GroupContext, lang: str, found: Fact, first_changed: bool = False) -> bool:
    """Does an edition name this anywhere in the article (a name moved, not swapped)? A
    match in the same script must not be plainly another spelling (Бергена is not
    Перечень, though their consonants are cheap swaps of one another), and a dictionary
    word is not a name another dictionary word elsewhere stands for. The mention must be
    confirmed by another edition in its own sentence: a name only one edition writes
    there (itself another swap: Моллі for Бетті) vouches for nothing."""
    same = _cyrillic(found.text)
    return any(ctx.equal(found, f) and not (_cyrillic(f.text) == same and _spelled_apart(found, f))
               and not f.weak  # a dictionary word or an unconfirmed sentence start (Вернувшись) names nothing
               and _by_surname(found, f, first_changed)
               and any(ctx.equal(f, g) for g in others)
               for f, others in ctx.with_neighbours(lang))


def _by_surname(found: Fact, f: Fact, first_changed: bool = False) -> bool:
    """A full name is used elsewhere when its surname is, not its first name alone
    (Ендрю Бейкера is not named by a bare Andrew); when only the first name was changed
    (Галина for Анна Мирошниченко), a bare surname stands for the person the others name."""
    words, other = found.key.words, f.key.words
    if len(words) < 2 or not other or found.key.ids or f.key.ids:
        return True
    if len(other) == 1:
        return _words_match(other[0], words[-1]) and not first_changed
    return not first_changed or _words_match(other[0], words[0])  # Anna Myroshnychenko does not name Галина


def _first_names(word: str, lang: str) -> set[str]:
    from .facts.morph import parses

    return {lemma.capitalize() for lemma, tags in parses(word.lower(), lang) if "Name" in tags}


def _translated_apart(uk: Fact, ru: Fact) -> bool:
    """A Ukrainian and a Russian full name with one surname whose first names are not one
    another's forms in names-translator's dictionary (Ганна is Анна, not Галина), or,
    for a foreign first name it does not know, are two dictionary first names spelled
    otherwise (Марсело, Мауро)."""
    from .facts.names import russian_first_names

    wu, wr = uk.text.split(), ru.text.split()
    if len(wu) < 2 or len(wr) < 2 or not uk.key.words or not ru.key.words or \
            not _words_match(uk.key.words[-1], ru.key.words[-1]):
        return False  # (a mention of ordinary words only has no proper word to compare)
    names_uk, names_ru = _first_names(wu[0], "uk"), _first_names(wr[0], "ru")
    forms = {form for name in names_uk for form in russian_first_names(name)}
    if not forms:  # a foreign first name: the two editions spell it alike, letters folded (Марсело, Мауро)
        return bool(names_uk) and bool(names_ru) and not _folded(names_uk) & _folded(names_ru)
    return bool(names_ru) and not (forms | names_uk) & names_ru


def _folded(names: set[str]) -> set[str]:
    """Names in lower case with Ukrainian and Russian letters folded together."""
    return {n.lower().translate(_CYRILLIC_FOLD) for n in names}


_FIRST_APART = 2  # edits between an English first name and every romanisation of the others'


def _english_first_name_apart(uk: Fact, en: Fact, ru: Fact) -> bool:
    """One person's full name where uk and ru agree on the first name, each in its own form
    (Олексій, Алексей: one name in names-translator's dictionary), and English writes another
    first name the dictionary knows, exactly as a romanisation scheme writes it (Oleh:
    Олег), at least two letters from every romanisation of theirs (Oleksii, Aleksei):
    another person. An English spelling no scheme gives (Alexei) is not judged, nor a
    name both Cyrillic editions spell alike (Джон: English has its own spelling)."""
    from rapidfuzz.distance import Levenshtein

    from .facts.names import (
        first_name_romanisations,
        romanised_first_names,
        russian_first_names,
    )

    wu, we, wr = uk.text.split(), en.text.split(), ru.text.split()
    if min(len(wu), len(we), len(wr)) < 2 or not all(f.key.words for f in (uk, en, ru)) or \
            not _words_match(uk.key.words[-1], en.key.words[-1]):
        return False
    names_uk, names_ru = _first_names(wu[0], "uk"), _first_names(wr[0], "ru")
    forms = {form for name in names_uk for form in russian_first_names(name)}
    if not names_uk or not names_ru or not (forms | names_uk) & names_ru:
        return False
    if _folded(names_uk) & _folded(names_ru):
        return False  # one spelling in both (Джон, Ірина): a foreign name English keeps in its own spelling
    latin = "".join(c for c in we[0].lower() if c.isalpha())
    known = romanised_first_names().get(latin)
    if not known or known & {n.lower() for n in names_uk}:
        return False
    theirs = first_name_romanisations(names_uk, forms | names_ru)
    return min(Levenshtein.distance(latin, x) for x in theirs) >= _FIRST_APART


def _first_name_changed(a: Fact, b: Fact) -> bool:
    """Two full names with one surname and first names plainly apart in spelling (of two
    consonants or more: Roh / Но is one Korean family name read two ways), neither the
    start of the other (Дан for Данило)."""
    wa, wb = a.key.words, b.key.words
    return len(wa) >= 2 and len(wb) >= 2 and _words_match(wa[-1], wb[-1]) and \
        min(len(x) for x in wa[0] | wb[0]) >= 2 and \
        not any(x.startswith(y) or y.startswith(x) for x in wa[0] for y in wb[0]) and \
        min(_plain_gap(x, y) for x in wa[0] for y in wb[0]) >= _RENAMED


_RENAMED = 0.5  # plain edit distance of two first names, one surname, that name two people


_CYRILLIC_FOLD = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "ё": "е", "ы": "и", "э": "е", "ь": None,
                                "ъ": None, "'": None, "’": None, "ʼ": None})
_SURNAME_SUFFIXES = ("енко", "чук", "юк", "ук", "ов", "ев", "ин")  # not -ский: an adjective of the name


@functools.lru_cache(maxsize=50_000)
def _surname_forms(word: str, lang: str) -> frozenset[str]:
    """The dictionary forms of a Cyrillic surname, with uk and ru letters folded together
    and a feminine ending dropped (Вершиніна, Вершинина -> вершинин)."""
    from .facts.morph import parses

    forms = {lemma for lemma, _ in parses(word.lower(), lang)} | {word.lower()}
    folded = {f.translate(_CYRILLIC_FOLD) for f in forms}
    return frozenset(f[:-1] if f.endswith("а") and f[:-1].endswith(_SURNAME_SUFFIXES) else f for f in folded)


def _split_suffix(form: str) -> tuple[str, str]:
    for suffix in _SURNAME_SUFFIXES:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            return form[:-len(suffix)], suffix
    return form, ""


def _suffix_changed(a: Fact, b: Fact, lang_a: str, lang_b: str) -> bool:
    """Two Cyrillic surnames with one stem and another Slavic suffix, or none (Вершинов /
    Вершинин, Мельник / Мельников): two people, though a consonant apart. Foreign names
    transliterated otherwise (Хорхе / Жорже) differ elsewhere and are not caught."""
    if not (_cyrillic(a.text) and _cyrillic(b.text)) or not a.text.split() or not b.text.split() or \
            "person" not in (a.category, b.category):
        return False
    fa, fb = _surname_forms(a.text.split()[-1], lang_a), _surname_forms(b.text.split()[-1], lang_b)
    if fa & fb:
        return False
    return any(_split_suffix(x)[0] == _split_suffix(y)[0] and _split_suffix(x)[1] != _split_suffix(y)[1]
               for x in fa for y in fb)


def _joined_apart(facts: Mapping[str, Fact]) -> str | None:
    """A person the matcher joined to the others (one surname, first names near enough in
    consonants) though the two Cyrillic editions spell the first name plainly apart, and
    English spells it as one of them: the other names someone else (Галина for Анна
    Мирошниченко, Олени for Ірини Стецюк)."""
    if set(facts) != {"uk", "en", "ru"} or any(f.key.ids for f in facts.values()) or facts["en"].weak:
        return None
    uk, en, ru = facts["uk"], facts["en"], facts["ru"]
    if any(f.weak and f.category != "common" for f in (uk, ru)):
        return None  # a dictionary word may stand as a surname (Мельник); a sentence start may not
    if not all(_cyrillic(f.text) for f in (uk, ru)) or _cyrillic(en.text):
        return None
    if len(uk.key.words) != len(ru.key.words) or not uk.key.words or not en.key.words:
        return None
    if len(uk.key.words) == len(en.key.words) and (_first_name_changed(uk, ru) or _translated_apart(uk, ru)):
        word = 0
    elif _suffix_changed(uk, ru, "uk", "ru"):
        word = -1
    else:
        return "en" if _english_first_name_apart(uk, en, ru) else None
    alike = [lang for lang in ("uk", "ru") if facts[lang].key.words[word] & en.key.words[word]]
    return next(iter({"uk", "ru"} - set(alike))) if len(alike) == 1 else None


def _accept_dropped(ctx: GroupContext, ref: Fact, cl: Cluster, odd: str, unmatched: Sequence[Fact]) -> bool:
    """A name absent from one edition: a well-identified name (known to the gazetteer, a
    person's full name, a place by morphology, a name in quotes) never named anywhere in
    that edition (a name introduced elsewhere is then a pronoun or a title here), with no
    other name in its place. A place's adjective alone is not missing: translators turn
    it into a noun or a phrase."""
    facts = list(ctx.members(cl).values())
    if _agreeing_name_nothing(ctx, cl):
        return False
    if all(f.category == "demonym" for f in facts):
        return False  # a Norwegian player / норвезький гравець / норвежец: rephrased, not lost
    well_known = any(f.key.ids for f in facts) or \
        any(f.category == "person" and len(f.key.words) >= 2 for f in facts) or \
        any(f.category in ("place", "org") for f in facts)
    if not well_known:
        return False
    if ctx.anywhere(odd, ref):
        return False
    return not [f for f in unmatched if f.category != "maybe"]


def _settle_pair(ctx: GroupContext, x: str, fx: Fact, y: str, fy: Fact) -> tuple[str, ...] | None:
    """Two editions name different people where the third names no one: the article
    votes. A name every other edition uses elsewhere stands; the other, a stranger to
    the other editions, is the odd one (Бетті / Молли, en saying "he")."""
    if not (_person(fx) and _person(fy)):
        return None  # a translated body (Border Guard Service / Держприкордонслужба) has no spelling to compare
    if not clearly_different(fx, fy) and not (_cyrillic(fx.text) == _cyrillic(fy.text) and _spelled_apart(fx, fy)):
        return None
    for (own, f), (other, g) in (((x, fx), (y, fy)), ((y, fy), (x, fx))):
        if all(ctx.anywhere(lang, f) for lang in ctx.present if lang != own) and _stranger(ctx, other, g):
            return (other,)
    return None


def _only_here(ctx: GroupContext, lang: str, f: Fact, rivals: Sequence[Fact]) -> bool:
    """A person one edition names where the others name no one: not a pronoun made
    explicit (that person is named elsewhere) but a stranger put in another's place
    (Моллі for Бетті, en and ru saying "he")."""
    if any(_person(r) for r in rivals):
        return False  # another person stands unpaired in another edition: not a lone name
    return _stranger(ctx, lang, f)


def _stranger(ctx: GroupContext, lang: str, f: Fact) -> bool:
    """A person a Cyrillic edition names, by a name and nothing but a name in the
    dictionary (Оксана, Моллі; not Вера), whom no other edition names anywhere in the
    article. English capitalised words are too often no person (That, Reps) to judge.
    A name in a term (шкала Бофорта) is no person of the story."""
    if not (_person(f) and _cyrillic(f.text) and _only_names(f.text, lang)):
        return False
    return not any(_named_in(ctx, other, f) for other in ctx.present if other != lang)


def _only_names(text: str, lang: str) -> bool:
    """Is every word a name by every reading the dictionary gives it (Оксана, Моллі; not
    Вера, a noun first, nor Лейквудской, an adjective)?"""
    from .facts.morph import parses

    words = [w for w in text.replace("-", " ").split() if w[:1].isupper()]
    return bool(words) and not any(_SOUND.search(w) for w in words) and all(
        (found := parses(w, lang)) and all(tags & {"Name", "Surn", "Patr"} for _, tags in found) for w in words)


_SOUND = patterns.compile(r"(\p{L})\1\1", regex.I)  # a letter three times running: a sound (Ммммм, Аааа), not a name


def _person(f: Fact) -> bool:
    """A confirmed name of a person: a Cyrillic first name or surname by morphology, or
    an English name that is no body (Budget Committee) and no known place."""
    if f.weak or f.key.ids:
        return False
    return f.category == "person" if _cyrillic(f.text) else f.category == "name" and not _institution(f)


def _nameless(f: Fact) -> bool:
    """A mention that names nothing by itself: a dictionary word, or an acronym the
    gazetteer does not know (ЗМІ, ФК)."""
    from .facts.entities import is_acronym

    return f.weak or (is_acronym(f.text) and not f.key.ids)


ENTITIES = FactRules(frozenset({"entity"}), _entity_codes, entities_equal, entities_compatible, show_entity,
                     lambda ref, found: ref.text, lookback=True, settle=_settle_pair, vouch=True, nameless=_nameless,
                     lone=_only_here, lone_code="EN03", split=_joined_apart,
                     accept_change=_accept_swap,
                     accept_missing=_accept_dropped, exact=lambda a, b: bool(a.key.ids & b.key.ids))

