"""A run report built by hand, so that the reporters' golden files do not move when the
checks improve. Two articles: one with findings (a changed number, a missing sentence, a
name, and text that looks like markup), one clean, plus one that could not be read."""

from __future__ import annotations

from i18ncheck.model import (
    ArticleReport,
    EditionInfo,
    Finding,
    GroupSpan,
    Location,
    Problem,
    RunReport,
    Span,
    frozen_map,
)

# Each edition: its sentences, grouped; None is a sentence the edition lacks.
GROUPS = [
    {"uk": "Черкаська ГЕС отримала 35 000 тонн обладнання від Норвегії.",
     "en": "The Cherkasy dam received 35,000 tonnes of equipment from Norway.",
     "ru": "Черкасская ГЭС получила 53 000 тонн оборудования от Норвегии."},
    {"uk": "Про це повідомив Олег Бондар у вівторок.",
     "en": "Oleh Bondar announced it on Tuesday.",
     "ru": "Об этом сообщил Олег Бондар во вторник."},
    {"uk": "Роботи завершать до 2027 року.",
     "en": "The work will be finished by 2027.",
     "ru": None},
    {"uk": "Напис на щиті: <script>alert(1)</script> & <img src=x onerror=alert(2)> | *так*.",
     "en": "The sign read: <script>alert(1)</script> & <img src=x onerror=alert(2)> | *so*.",
     "ru": "Надпись на щите: <script>alert(1)</script> & <img src=x onerror=alert(2)> | *так*."},
]
PATHS = {"uk": "energy/uk.txt", "en": "energy/en.txt", "ru": "energy/ru.txt"}


def _texts() -> tuple[dict[str, str], list[dict[str, Span | None]]]:
    texts: dict[str, str] = {}
    spans: list[dict[str, Span | None]] = [{} for _ in GROUPS]
    for lang in PATHS:
        parts: list[str] = []
        pos = 0
        for gi, group in enumerate(GROUPS):
            sentence = group[lang]
            if sentence is None:
                spans[gi][lang] = None
                continue
            if parts:
                parts.append("\n\n")
                pos += 2
            spans[gi][lang] = Span(pos, pos + len(sentence))
            parts.append(sentence)
            pos += len(sentence)
        texts[lang] = "".join(parts) + "\n"
    return texts, spans


def _loc(texts: dict[str, str], lang: str, words: str, after: int = 0) -> Location:
    start = texts[lang].index(words, after)
    return Location(start, start + len(words), words, Span(start, start + len(words)))


def _point(texts: dict[str, str], lang: str, before: str) -> Location:
    pos = texts[lang].index(before)
    return Location(pos, pos, "", Span(pos, pos))


def fixed_run() -> RunReport:
    texts, spans = _texts()
    findings = (
        Finding("NU01", ("ru",), frozen_map({"expected": "35 000", "expected_in": "uk, en", "found": "53 000",
                                              "found_in": "ru", "odd": "ru"}),
                frozen_map({"uk": _loc(texts, "uk", "35 000"), "en": _loc(texts, "en", "35,000"),
                            "ru": _loc(texts, "ru", "53 000")}), group=0, confidence=0.97),
        Finding("SG02", ("ru",), frozen_map({"present": "uk, en", "odd": "ru",
                                              "excerpt": "Роботи завершать до 2027 року."}),
                frozen_map({"uk": _loc(texts, "uk", "Роботи завершать до 2027 року."),
                            "en": _loc(texts, "en", "The work will be finished by 2027."),
                            "ru": _point(texts, "ru", "Надпись")}), group=2, confidence=0.71),
        Finding("EN02", ("en",), frozen_map({"expected": "Норвегія", "expected_in": "uk, ru", "odd": "en"}),
                frozen_map({"uk": _loc(texts, "uk", "Норвегії"), "ru": _loc(texts, "ru", "Норвегии")}), group=0,
                confidence=0.48),
    )
    alignment = tuple(GroupSpan(frozen_map(s), 0.9 if i != 2 else 0.6, frozen_map(s)) for i, s in enumerate(spans))
    editions = frozen_map({lang: EditionInfo(path, lang, 0.99) for lang, path in PATHS.items()})
    first = ArticleReport("energy", editions, findings, alignment, sentences=11,
                          sources=frozen_map(texts), views=frozen_map(texts))
    clean_texts = {"uk": "Усе гаразд.\n", "en": "All is well.\n"}
    clean = ArticleReport(
        "quiet", frozen_map({lang: EditionInfo(f"quiet/{lang}.txt", lang, 0.95) for lang in clean_texts}), (),
        (GroupSpan(frozen_map({"uk": Span(0, 11), "en": Span(0, 12)}), 0.95,
                   frozen_map({"uk": Span(0, 11), "en": Span(0, 12)})),),
        missing=("ru",), sentences=2, sources=frozen_map(clean_texts), views=frozen_map(clean_texts))
    broken = ArticleReport("broken", frozen_map(), (), problems=(
        Problem("broken/ru.txt", "is not UTF-8 text (byte 0xff at offset 3)"),))
    return RunReport((first, clean, broken))
