"""Alignment: 1-1, split and merged sentences, a missing sentence, shifted paragraphs."""

from __future__ import annotations

from i18ncheck import facts
from i18ncheck.align import align, sentence_info
from i18ncheck.model import Edition
from i18ncheck.read.markup import plain_view
from i18ncheck.segment import segment


def _seg(lang: str, text: str):
    view = plain_view(text)
    return segment(Edition(lang, f"{lang}.txt", text, text, view.blocks))


def _groups(texts: dict[str, str]) -> list[dict[str, tuple[int, ...]]]:
    segs = {lang: _seg(lang, t) for lang, t in texts.items()}
    infos = {lang: sentence_info(s, facts.extract(s)) for lang, s in segs.items()}
    return [dict(g.members) for g in align(segs, infos).groups]


UK = ("У понеділок уряд виділив 12 млн грн на ремонт шкіл. Роботи охоплять 40 закладів.\n"
      "Міністр освіти заявив, що ремонт завершать до вересня. Батьки вітають рішення.\n")
EN = ("On Monday the government allocated UAH 12 million to repair schools. The work will cover 40 schools.\n"
      "The education minister said the repairs will be finished by September. Parents welcome the decision.\n")
RU = ("В понедельник правительство выделило 12 млн грн на ремонт школ. Работы охватят 40 учреждений.\n"
      "Министр образования заявил, что ремонт завершат до сентября. Родители приветствуют решение.\n")


def test_one_to_one() -> None:
    groups = _groups({"uk": UK, "en": EN, "ru": RU})
    assert groups == [{"uk": (i,), "en": (i,), "ru": (i,)} for i in range(4)]


def test_split_sentence_is_one_group() -> None:
    en = EN.replace("to repair schools. The work will cover 40 schools.",
                    "to repair schools, and the work will cover 40 schools.")
    groups = _groups({"uk": UK, "en": en, "ru": RU})
    assert groups[0] == {"uk": (0, 1), "en": (0,), "ru": (0, 1)}
    assert len(groups) == 3


def test_missing_sentence_leaves_a_hole() -> None:
    ru = RU.replace(" Работы охватят 40 учреждений.", "")
    groups = _groups({"uk": UK, "en": EN, "ru": ru})
    assert {"uk": (1,), "en": (1,), "ru": ()} in groups
    assert len(groups) == 4


def test_paragraph_boundaries_do_not_matter() -> None:
    uk = UK.replace("закладів.\n", "закладів. ")
    groups = _groups({"uk": uk, "en": EN, "ru": RU})
    assert groups == [{"uk": (i,), "en": (i,), "ru": (i,)} for i in range(4)]


def test_two_editions() -> None:
    groups = _groups({"uk": UK, "en": EN})
    assert groups == [{"uk": (i,), "en": (i,)} for i in range(4)]
