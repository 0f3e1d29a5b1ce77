"""Reading: decoding, Markdown/HTML reduction with exact offsets, article discovery."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from i18ncheck.errors import InputError
from i18ncheck.read import discover, read_edition
from i18ncheck.read.articles import EditionSource
from i18ncheck.read.decode import decode
from i18ncheck.read.markup import html_view, markdown_view, plain_view


@pytest.mark.parametrize("data, text", [
    ("Київ".encode(), "Київ"),
    (codecs.BOM_UTF8 + "Київ".encode(), "Київ"),
    (codecs.BOM_UTF16_LE + "Київ".encode("utf-16-le"), "Київ"),
    (codecs.BOM_UTF16_BE + "Київ".encode("utf-16-be"), "Київ"),
])
def test_decode_accepts(data: bytes, text: str) -> None:
    assert decode("f", data) == text


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Київ".encode("cp1251"), "not valid UTF-8"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
    (bytes(range(1, 9)) * 20, "binary"),
])
def test_decode_rejects_clearly(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as err:
        decode("uk.txt", data)
    assert err.value.path == "uk.txt"
    assert words in err.value.problem


def _maps_back(view, source: str) -> None:
    """Every view character comes from the source range the maps give."""
    for i, ch in enumerate(view.text):
        if ch == "\n":
            continue
        s, e = view.starts[i], view.ends[i]
        raw = source[s:e]
        assert raw == ch or raw.startswith(("&", "\\")) or (ch == " " and not raw.strip()), (i, ch, raw)


def test_markdown_blocks_and_offsets() -> None:
    src = ("---\ntitle: x\n---\n# Заголовок статті #\n\nПерший **абзац** із [посиланням](https://e.org/a)"
           "\nі другим рядком.\n\n- пункт один\n- пункт &amp; два\n\n```\ncode 123\n```\n\n> цитата\n")
    view = markdown_view(src)
    blocks = [view.text[b.start:b.end] for b in view.blocks]
    assert blocks == ["Заголовок статті", "Перший абзац із посиланням і другим рядком.",
                      "пункт один", "пункт & два", "цитата"]
    _maps_back(view, src)
    i = view.text.index("посиланням")
    assert src[view.starts[i]:view.ends[i + len("посиланням") - 1]] == "посиланням"


def test_html_skips_head_and_scripts_and_decodes_entities() -> None:
    src = ('<!DOCTYPE html><html><head><title>T</title><script>var x = "<p>no</p>";</script></head>'
           '<body><h1>Метро&nbsp;на Виноградар</h1><p>Бюджет — 2,3&nbsp;млрд <em>грн</em>.</p>'
           '<p>A &amp; B</p><!-- i18ncheck: ignore NU01 --><p>Друга</p></body></html>')
    view = html_view(src)
    blocks = [view.text[b.start:b.end] for b in view.blocks]
    assert blocks == ["Метро\xa0на Виноградар", "Бюджет — 2,3\xa0млрд грн.", "A & B", "Друга"]
    assert view.suppressed == {3: frozenset({"NU01"})}
    _maps_back(view, src)
    i = view.text.index("2,3")
    assert src[view.starts[i]:view.ends[i + len("2,3\xa0млрд") - 1]] == "2,3&nbsp;млрд"


def test_plain_text_is_its_own_view() -> None:
    src = "Заголовок\n\nАбзац один.\nАбзац два.\n"
    view = plain_view(src)
    assert view.text == src
    assert [src[b.start:b.end] for b in view.blocks] == ["Заголовок", "Абзац один.", "Абзац два."]


def test_edition_offsets_point_into_file_text(tmp_path: Path) -> None:
    path = tmp_path / "uk.md"
    path.write_text("# Título\n\nВтрати — **35 тисяч** осіб.\n", encoding="utf-8")
    ed = read_edition(EditionSource("uk", str(path), ".md"))
    i = ed.text.index("35 тисяч")
    from i18ncheck.model import Span
    src = ed.to_source(Span(i, i + len("35 тисяч")))
    assert ed.source[src.start:src.end] == "35 тисяч"


def _article(root: Path, name: str, files: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    for fname, text in files.items():
        (folder / fname).write_text(text, encoding="utf-8")
    return folder


def test_discover_folders_ua_alias_and_nested(tmp_path: Path) -> None:
    _article(tmp_path, "a", {"ua.html": "<p>Текст</p>", "en.md": "Text", "ru.txt": "Текст"})
    _article(tmp_path, "b", {"uk.txt": "Текст", "en.txt": "Text"})
    found = list(discover([str(tmp_path)]))
    assert [Path(a.name).name for a in found] == ["a", "b"]
    assert sorted(found[0].editions) == ["en", "ru", "uk"]
    assert found[0].editions["uk"].suffix == ".html"
    assert sorted(found[1].editions) == ["en", "uk"]


def test_discover_reports_bad_paths(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    dup = _article(tmp_path, "dup", {"uk.txt": "a", "ua.md": "b", "en.txt": "c"})
    results = list(discover([str(empty), str(tmp_path / "nope"), str(dup)]))
    problems = [r.error.problem for r in results]
    assert "holds no editions" in problems[0]
    assert "does not exist" in problems[1]
    assert "more than one uk edition" in problems[2]


def test_jsonl_export(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [json.dumps({"id": "a1", "ua": "Текст", "en": "Text", "ru": "Текст"}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "a2", "en": "Text"}),
             json.dumps({"id": "a3", "uk": 5, "en": "x"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = list(discover([str(path)]))
    assert found[0].name.endswith("#a1") and found[0].error is None
    assert found[0].editions["uk"].text == "Текст"
    assert found[1].error is not None and found[1].error.path.endswith(":2")
    assert found[2].error is None and list(found[2].editions) == ["en"]
    assert "not a string" in found[3].error.problem


@pytest.mark.parametrize("name, data, words", [
    ("uk.txt", b"", "empty"),
    ("uk.txt", b"   \n\n  ", "empty"),
    ("uk.docx", b"PK\x03\x04", "unknown extension"),
    ("uk.txt", b"\x00\x01\x02binary", "binary"),
])
def test_read_edition_problems(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_edition(EditionSource("uk", str(path), "." + name.split(".")[1]))
    assert words in err.value.problem
    assert err.value.path == str(path)
