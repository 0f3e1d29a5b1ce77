"""Generator of the i18ncheck held-out set 16: `python3 -B benchmarks/heldout16/make.py` rewrites cases/,
gold.jsonl and index.json next to this file (deterministic: fixed seed 1616).

The articles were written for this set, independently of i18ncheck (its code, tests and output
were not opened or run), of the shared evaluation sets and of the earlier held-out sets. Only the
structure of benchmarks/heldout15/make.py was taken over (the ARTICLES and SWAPS dicts, the layout
dicts, the checks, the Config with its decks and the call into the shared generator
benchmarks/heldout_generator.py), and one heldout15 article module was read for its data layout;
none of its articles or sentences.

Each article lives in its own module, articles/aNN_<slug>.py, which defines SLUG, ARTICLE and SWAPS;
this file imports them into the ARTICLES and SWAPS dicts keyed by slug.

Articles are lists of paragraphs of gold sentence tuples (uk, en, ru[, layout dict]); {"brk": eds}
starts a new paragraph at that sentence in those editions, {"join": eds} on a paragraph's first
sentence joins it to the previous paragraph there. SWAPS entries are (uk map, en map, ru map,
swap kind); a replacement is always another real name of the same kind, spelled and inflected
for that edition, never a translation variant used by another edition. The stories are
synthetic news written for testing; the people, companies and events are invented and they are
not factual reports. Every dated weekday refers to the year 2027 (YEAR below).
"""

import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

from heldout_generator import generate, news  # noqa: E402

YEAR = 2027

MODULES = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "articles"))
                 if f.startswith("a") and f[1:3].isdigit() and f.endswith(".py"))

ARTICLES = {}
SWAPS = {}
for _mod in MODULES:
    _m = importlib.import_module("articles." + _mod)
    assert _m.SLUG not in ARTICLES, _m.SLUG
    ARTICLES[_m.SLUG] = _m.ARTICLE
    SWAPS[_m.SLUG] = _m.SWAPS


# =========================================================================== checks
def weekday_problems(name, sents):
    """Every weekday followed by a day and month must fall on that date in YEAR (all three editions)."""
    import datetime
    import re
    from heldout_generator import MONTHS, WEEKDAYS
    problems = []
    for ed in ("uk", "en", "ru"):
        days, months = WEEKDAYS[ed], MONTHS[ed][0]
        if ed == "en":
            rx = re.compile(r"(" + "|".join(days) + r"), (" + "|".join(months) + r") (\d{1,2})\b")
        else:
            rx = re.compile(r"(" + "|".join(days) + r"), (\d{1,2}) (" + "|".join(months) + r")(?!\w)")
        for ln, s in sents.items():
            for m in rx.finditer(s[ed]):
                wd = m.group(1)
                day, month = (m.group(3), m.group(2)) if ed == "en" else (m.group(2), m.group(3))
                date = datetime.date(YEAR, months.index(month) + 1, int(day))
                if date.weekday() != days.index(wd):
                    problems.append(f"{name}: line {ln} {ed} {wd} is not {date}")
    return problems


def weekday_count(sents):
    """Dated weekday mentions per edition (for the README)."""
    import re
    from heldout_generator import MONTHS, WEEKDAYS
    out = {}
    for ed in ("uk", "en", "ru"):
        days, months = WEEKDAYS[ed], MONTHS[ed][0]
        if ed == "en":
            rx = re.compile(r"(" + "|".join(days) + r"), (" + "|".join(months) + r") (\d{1,2})\b")
        else:
            rx = re.compile(r"(" + "|".join(days) + r"), (\d{1,2}) (" + "|".join(months) + r")(?!\w)")
        out[ed] = sum(len(rx.findall(s[ed])) for s in sents.values())
    return out


def check(expect=12):
    """Checks on the data: swaps apply and replacements are new; every card can be drawn; weekdays."""
    import re
    from heldout_generator import (EDS, date_mutations, find_names, flatten, magnitude_mutations,
                                   number_mutations)
    import random
    rng = random.Random(0)
    problems = []
    for name, paras in ARTICLES.items():
        sents, layout = flatten(paras)
        if not 14 <= len(sents) <= 15:
            problems.append(f"{name}: {len(sents)} sentences")
        for ed in EDS:
            if not 4 <= len(layout[ed]) <= 6:
                problems.append(f"{name}: {ed} has {len(layout[ed])} paragraphs")
        if len({tuple(map(tuple, layout[ed])) for ed in EDS}) < 2:
            problems.append(f"{name}: all editions have the same paragraph breaks")
        full = {ed: " ".join(sents[ln][ed] for ln in sents) for ed in EDS}
        for entry in SWAPS[name]:
            maps = dict(zip(EDS, entry))
            if not any(all(find_names(sents[ln][e], maps[e]) for e in EDS) for ln in sents):
                problems.append(f"{name}: swap applies nowhere {entry[1]}")
            for ed in EDS:
                for k, v in maps[ed].items():
                    if not find_names(full[ed], {k: v}):
                        problems.append(f"{name}: key {k!r} absent in {ed}")
                    if re.search(r"(?<![\w\-’])" + re.escape(v) + r"(?![\w\-’])", full[ed]) or v == k:
                        problems.append(f"{name}: replacement {v!r} occurs in {ed}")
        for ed in EDS:
            body = [ln for ln in sents if ln != 1]
            mag = sum(1 for ln in body if magnitude_mutations(ed, sents[ln][ed]))
            dat = sum(1 for ln in body if date_mutations(ed, sents[ln][ed], rng))
            num = sum(1 for ln in body if number_mutations(ed, sents[ln][ed], rng))
            if mag < 2 or dat < 2 or num < 5:
                problems.append(f"{name}: {ed} cards magnitude {mag} date {dat} number {num}")
        for ed in EDS:  # typographic hygiene: Ukrainian apostrophe, no doubled spaces, sentence ends
            for ln, s in sents.items():
                t = s[ed]
                if "  " in t or t != t.strip():
                    problems.append(f"{name}: line {ln} {ed} spacing")
                if ed == "uk" and "'" in t:
                    problems.append(f"{name}: line {ln} uk has an ASCII apostrophe")
                if ln != 1 and not t.endswith((".", "»", "”", "?", "!")):
                    problems.append(f"{name}: line {ln} {ed} has no final punctuation")
        problems += weekday_problems(name, sents)
        short = sum(1 for ln, s in sents.items() if ln != 1 and len(s["en"].split()) <= 7)
        if short < 1:
            problems.append(f"{name}: no short sentence")
        kinds = {e[3] for e in SWAPS[name]}
        print(f"{name:28s} sentences {len(sents):2d}  paragraphs "
              + "/".join(str(len(layout[ed])) for ed in EDS) + f"  short {short}  swaps {len(SWAPS[name])} kinds {len(kinds)}"
              + "  dated weekdays " + "/".join(str(v) for v in weekday_count(sents).values()))
    if len(ARTICLES) != expect or set(ARTICLES) != set(SWAPS):
        problems.append(f"expected {expect} articles, each with a swap table")
    return problems


# =========================================================================== generator
# The same decks as heldout6 to heldout15 (the generator's news deck); only the seed is new.
CONFIG = news(1616)


if __name__ == "__main__":
    expect = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[1] == "--check-only" else 12
    problems = check(expect)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    if len(sys.argv) > 1 and sys.argv[1] == "--check-only":
        sys.exit(0)
    generate(HERE, ARTICLES, SWAPS, CONFIG)
