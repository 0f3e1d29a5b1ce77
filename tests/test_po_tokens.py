"""`i18ncheck po` on numbers inside tokens: brace numbering, printf beside strftime-like
directives, bare degrees, versions, decorated labels, Objective-C `%@`, digits inside
identifiers and a dropped clause. One table of pass/fail examples (msgid, msgstr, flags,
the code expected or None for a clean entry), in Ukrainian and Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_po import write_catalog

from i18ncheck.po import check_files

BRACE = ["python-brace-format"]
OBJC = ["objc-format"]
C = ["c-format"]

CASES: list[tuple[str, str, str, str, list[str], str | None]] = [
    # 1. automatic brace numbering starts at 0, as in Python
    ("brace-auto-to-0", "uk", "Copied {} files", "Скопійовано {0} файлів", BRACE, None),
    ("brace-auto-pair", "ru", "Page {} of {}", "Страница {0} из {1}", BRACE, None),
    ("brace-auto-reordered", "uk", "Move {} to {}", "Перемістити до {1} елемент {0}", BRACE, None),
    ("brace-manual-to-auto", "ru", "Page {0} of {1}", "Страница {} из {}", BRACE, None),
    ("brace-reordered", "uk", "{0} of {1}", "{1}: {0}", BRACE, None),
    ("brace-auto-no-flag", "uk", "Connected to {}", "Під'єднано до {0}", [], None),
    ("brace-auto-with-name", "ru", "{} rows in {table}", "{} строк в {table}", BRACE, None),
    ("brace-auto-to-1", "uk", "Copied {} files", "Скопійовано {1} файлів", BRACE, "PO01"),
    ("brace-auto-to-1-no-flag", "ru", "Connected to {}", "Подключено к {1}", [], "PO01"),
    ("brace-auto-pair-shifted", "uk", "Page {} of {}", "Сторінка {1} з {2}", BRACE, "PO01"),
    ("brace-mixed", "ru", "Page {} of {}", "Страница {} из {1}", BRACE, "PO01"),
    # 2. %S, %p, %l beside printf conversions, without a c-format flag
    ("strftime-like-dropped-d", "uk", "Use %S for seconds and %d for days", "Використовуйте %S для секунд", [],
     "PO01"),
    ("strftime-like-dropped-p", "ru", "Pointer %p has %d references", "Указатель %p", [], "PO01"),
    ("strftime-like-kept", "uk", "Use %S for seconds and %d for days",
     "Використовуйте %S для секунд і %d для днів", [], None),
    ("strftime-like-reordered", "ru", "Use %S for seconds and %d for days",
     "%d означает дни, %S — секунды", [], None),
    ("strftime-long-kept", "uk", "Read %ld of %d bytes", "Прочитано %ld з %d байтів", [], None),
    ("strftime-date-format", "ru", "%A, %B %d, %Y at %H:%M", "%A, %d %B %Y г. в %H:%M", [], None),
    ("strftime-date-format-shortened", "uk", "%a %b %e %H:%M:%S %Y", "%e %b %H:%M", [], None),
    ("strftime-like-prose", "ru", "Battery at 100%Full", "Батарея заряжена на 100%", [], None),
    ("strftime-like-c-format", "uk", "Read %ld of %lu bytes", "Прочитано %ld байтів", C, "PO01"),
    ("printf-positional", "uk", "%s of %s", "%2$s: %1$s", C, None),
    ("printf-positional-swapped-kinds", "ru", "%s: %d", "%2$d — %1$s", C, None),
    # 3. a bare degree sign: an angle or a temperature of the same scale on both sides
    ("degree-changed", "uk", "Rotate by 180°", "Повернути на 360°", [], "NU01"),
    ("degree-word-changed", "ru", "Rotate the image 90 degrees", "Повернуть изображение на 180 градусов", [],
     "NU01"),
    ("degree-kept", "uk", "Rotate by 180°", "Повернути на 180°", [], None),
    ("degree-word-kept", "ru", "Rotate the image 90 degrees", "Повернуть изображение на 90°", [], None),
    ("celsius-kept", "uk", "Warn above 85 °C", "Попереджати, якщо понад 85 °C", [], None),
    # 4. versions as tokens
    ("version-changed", "uk", "Requires GTK 3.24.1 or later", "Потрібна GTK 3.22.1 або новіша", [], "PO04"),
    ("version-changed-ru", "ru", "Upgrade from 2.0.1 to 2.1.0", "Обновление с 2.0.1 до 2.0.0", [], "PO04"),
    ("version-kept", "uk", "Requires GTK 3.24.1 or later", "Потрібна GTK 3.24.1 або новіша", [], None),
    ("version-kept-ru", "ru", "Upgrade from 2.0.1 to 2.1.0", "Обновление с версии 2.0.1 до 2.1.0", [], None),
    # 5. decorated labels are no command-line options
    ("label-dashes", "uk", "--none--", "--немає--", [], None),
    ("label-dashes-ru", "ru", "--none--", "--нет--", [], None),
    ("label-spaced", "uk", "-- select --", "-- виберіть --", [], None),
    ("label-kept", "ru", "--none--", "--none--", [], None),
    ("option-kept", "uk", "Run again with --verbose", "Запустіть ще раз із --verbose", [], None),
    ("option-dropped", "ru", "Run again with --verbose", "Запустите ещё раз с подробным выводом", [], "PO05"),
    ("option-changed", "uk", "Run again with --verbose", "Запустіть ще раз із --verbos", [], "PO04"),
    # 6. Objective-C %@
    ("objc-dropped", "uk", "Could not open %@", "Не вдалося відкрити файл", OBJC, "PO01"),
    ("objc-kept", "ru", "Could not open %@", "Не удалось открыть %@", OBJC, None),
    ("objc-positional", "uk", "Move %1$@ to %2$@", "Перемістити до %2$@ файл %1$@", OBJC, None),
    ("objc-positional-dropped", "ru", "Move %1$@ to %2$@", "Переместить в %2$@", OBJC, "PO01"),
    ("objc-to-s", "uk", "Could not open %@", "Не вдалося відкрити %s", OBJC, "PO01"),
    ("objc-no-flag-kept", "ru", "Could not open %@", "Не удалось открыть %@", [], None),
    ("at-sign-prose", "uk", "Save 20%@ checkout", "Заощадьте 20%@ під час оплати", [], None),
    # 7. digits inside technical identifiers
    ("ieee-dropped", "uk", "Enable 802.1p priority tagging", "Увімкнути позначення пріоритету p", [], "PO04"),
    ("ieee-kept", "ru", "Enable 802.1p priority tagging", "Включить пометку приоритета 802.1p", [], None),
    ("ip-version-dropped", "uk", "Use IPv4 only", "Використовувати лише IPv", [], "PO04"),
    ("ip-version-kept", "ru", "Use IPv4 only", "Использовать только IPv4", [], None),
    ("wpa-changed", "uk", "Security: WPA3 Personal", "Захист: WPA2 Personal", [], "PO04"),
    ("pkcs-changed", "ru", "Key in PKCS#8 format", "Ключ в формате PKCS#12", [], "PO04"),
    ("pkcs-kept", "uk", "Key in PKCS#8 format", "Ключ у форматі PKCS#8", [], None),
    ("man-section-dropped", "ru", "See sfdisk(8) for details", "Подробнее см. sfdisk()", [], "PO05"),
    ("man-section-kept", "uk", "See sfdisk(8) for details", "Докладніше див. sfdisk(8)", [], None),
    ("identifier-transliterated", "uk", "Supports Web3 wallets", "Підтримує гаманці Веб3", [], None),
    ("unit-transliterated", "ru", "Band: 100kHz", "Полоса: 100кГц", [], None),
    ("identifier-underscore", "uk", "Architecture: x86_64", "Архітектура: x86-64", [], None),
    ("identifier-cyrillic-letter", "ru", "Record in 1080p", "Запись в 1080р", [], None),
    ("identifier-translated-word", "ru", "Enable 2FA", "Включить двухфакторную аутентификацию (2FA)", [], None),
    ("multiplier-moved", "uk", "Zoom 2x", "Масштаб x2", [], None),
    ("quantity-unit-translated", "ru", "Clock: 2.4GHz", "Частота: 2,4 ГГц", [], None),
    ("date-not-version", "uk", "Example: 2024.12.31", "Приклад: 31.12.2024", [], None),
    # number forms the checker already accepts
    ("decimal-comma", "uk", "Wi-Fi band 2.4 GHz", "Діапазон Wi-Fi 2,4 ГГц", [], None),
    ("decimal-comma-ru", "ru", "Wi-Fi band 2.4 GHz", "Диапазон Wi-Fi 2,4 ГГц", [], None),
    ("number-as-word", "uk", "Delete 2 files?", "Видалити два файли?", [], None),
    ("number-as-word-ru", "ru", "Delete 2 files?", "Удалить два файла?", [], None),
    # 8. a dropped clause with a number
    ("clause-dropped", "uk", "Keep at most 5 backups; older ones are deleted after 30 days.",
     "Зберігати не більше 5 резервних копій.", [], "NU02"),
    ("clause-dropped-ru", "ru", "Keep at most 5 backups; older ones are deleted after 30 days.",
     "Хранить не более 5 резервных копий.", [], "NU02"),
    ("clause-kept", "uk", "Keep at most 5 backups; older ones are deleted after 30 days.",
     "Зберігати не більше 5 резервних копій; старіші видаляються через 30 днів.", [], None),
]


@pytest.mark.parametrize("case_id, lang, msgid, msgstr, flags, code", CASES, ids=[c[0] for c in CASES])
def test_token(case_id: str, lang: str, msgid: str, msgstr: str, flags: list[str], code: str | None,
               tmp_path: Path) -> None:
    path = write_catalog(tmp_path / f"{lang}.po", lang, [{"msgid": msgid, "msgstr": msgstr, "flags": flags}])
    (report,) = check_files([str(path)])
    found = [(f.code, dict(f.args)) for f in report.findings]
    if code is None:
        assert found == []
    else:
        assert code in {c for c, _ in found}, found


def test_case_ids_are_unique() -> None:
    assert len({c[0] for c in CASES}) == len(CASES)
