"""Alignment: 1-1, split and merged sentences, a missing sentence, shifted paragraphs."""

from __future__ import annotations

import pytest

from i18ncheck import facts
from i18ncheck.align import PARAGRAPH_WEIGHT, Scorer, align, sentence_info
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


def _scorer(texts: dict[str, str]) -> Scorer:
    segs = {lang: _seg(lang, t) for lang, t in texts.items()}
    return Scorer({lang: sentence_info(s, facts.extract(s)) for lang, s in segs.items()})


# (uk, en, ru texts; the uk and en sentences of a bead; does it cross a paragraph both
# editions keep?) A bead joining the end of one paragraph to the next pays for it only
# where the editions cut as many paragraphs; otherwise paragraphs tell nothing.
PARAGRAPH_CASES = [
    pytest.param(UK, EN, RU, (3,), (2, 3), False, id="same-paragraph-merge"),
    pytest.param(UK, EN, RU, (2,), (1, 2), True, id="merge-across-kept-paragraphs"),
    pytest.param(UK.replace("закладів.\n", "закладів. "), EN, RU, (2,), (1, 2), False,
                 id="uk-joins-paragraphs-no-evidence"),
]


@pytest.mark.parametrize("uk, en, ru, uk_side, en_side, crosses", PARAGRAPH_CASES)
def test_a_bead_across_kept_paragraphs_pays(uk, en, ru, uk_side, en_side, crosses) -> None:
    texts = {"uk": uk, "en": en, "ru": ru}
    with_paragraphs = _scorer(texts).cost("uk", uk_side, "en", en_side)
    flat = {lang: t.replace("\n", " ") for lang, t in texts.items()}
    without = _scorer(flat).cost("uk", uk_side, "en", en_side)
    expected = PARAGRAPH_WEIGHT if crosses else 0.0
    assert with_paragraphs - without == pytest.approx(expected, abs=1e-9)
