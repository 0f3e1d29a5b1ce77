"""The language data files: every listed example form matches its pattern."""

from __future__ import annotations

import pytest
import regex

from i18ncheck.facts.lexicon import load

QUANTITIES = load("quantities.toml")
ENTRIES = [(section, e) for section in ("magnitude", "currency") for e in QUANTITIES[section]]
ENTRIES.append(("percent", QUANTITIES["percent"]))


@pytest.mark.parametrize("section, entry", ENTRIES,
                         ids=[f"{s}-{e.get('code', e.get('value', ''))}" for s, e in ENTRIES])
def test_examples_match(section: str, entry: dict) -> None:
    patterns = [regex.compile(rf"(?:{entry[lang]})", regex.I) for lang in ("uk", "en", "ru")]
    assert entry["examples"], "every entry lists example forms"
    for form in entry["examples"]:
        assert any(p.fullmatch(form) for p in patterns), f"{form!r} matches no {section} pattern"
