"""The generator shared by the held-out sets (benchmarks/heldout*/make.py): each set's
make.py holds its articles and swap tables and calls `generate` with its own `Config`.

Every article is a list of paragraphs, every paragraph a list of gold sentences (uk, en,
ru[, layout]); `generate` writes the clean version and two versions with 2-4 injected errors
each (number, magnitude, date, entity swap, omission, a sentence in another edition's
language), each into one edition, drawn from shuffled decks with a fixed seed.
"""

import json
import os
import random
import re
import shutil
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    seed: int
    kind_deck: list  # error kinds, one card each: "number", "magnitude", "date", "entity", "omission", "language"
    swap_deck: list | None = None  # kinds of entity swap drawn in turn; None: any swap the article lists


# The decks of the news held-out sets (5 to 8): 6 entity cards in 15, and every kind of swap.
# A "magnitude" card is a number error that only changes the magnitude word (млн -> млрд).
NEWS_KIND_DECK = (["number"] * 2 + ["magnitude"] + ["date"] * 2 + ["entity"] * 6 + ["omission"] * 2
                  + ["language"] * 2)
NEWS_SWAP_DECK = ["person", "similar", "first", "place", "place", "nationality", "acronym", "org", "club", "name"]


def news(seed: int) -> Config:
    """The configuration of a news held-out set: the shared decks and its own seed."""
    return Config(seed=seed, kind_deck=list(NEWS_KIND_DECK), swap_deck=list(NEWS_SWAP_DECK))


EDS = ("uk", "en", "ru")

MONTHS = {
    "uk": ["січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
           "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні".split(),
           "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split()],
    "ru": ["января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
           "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(),
           "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()],
    "en": ["January February March April May June July August September October November December".split()],
}
WEEKDAYS = {
    "uk": "понеділок вівторок середу четвер п’ятницю суботу неділю".split(),
    "ru": "понедельник вторник среду четверг пятницу субботу воскресенье".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
MAGNITUDE = {
    "uk": {"тис.": "млн", "млн": "млрд", "млрд": "млн", "трлн": "млрд",
           "мільйонів": "мільярдів", "мільярдів": "мільйонів", "мільйона": "мільярда", "мільярда": "мільйона"},
    "en": {"thousand": "million", "million": "billion", "billion": "million", "trillion": "billion"},
    "ru": {"тыс.": "млн", "млн": "млрд", "млрд": "млн", "трлн": "млрд",
           "миллионов": "миллиардов", "миллиардов": "миллионов", "миллиона": "миллиарда", "миллиарда": "миллиона"},
}
NUM_RE = {
    "en": re.compile(r"(?<![\w.,\-/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w\-]|[.,]\d)"),
    "uk": re.compile(r"(?<![\w.,\-/])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?(?![\w\-]|[.,]\d)"),
}
NUM_RE["ru"] = NUM_RE["uk"]
YEAR_RE = re.compile(r"^(?:19[5-9]\d|20[0-3]\d)$")


def word_re(words):
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w\-’])(?:" + alt + r")(?![\w\-’])")


def day_spans(ed, text):
    """Character spans of day-of-month numbers (12 березня, 14–15 лютого, February 8)."""
    gen = "|".join(MONTHS[ed][0])
    if ed == "en":
        rx = re.compile(r"(?:" + gen + r")[ \u00a0](\d{1,2})(?:–(\d{1,2}))?(?!\d)")
    else:
        rx = re.compile(r"(?<![\w.,])(\d{1,2})(?:–(\d{1,2}))?[ \u00a0](?:" + gen + r")(?!\w)")
    out = []
    for m in rx.finditer(text):
        for g in (1, 2):
            if m.group(g):
                out.append(m.span(g))
    return out


def magnitude_mutations(ed, text):
    """(start, end, new) edits that change only the magnitude word after a number (млн -> млрд)."""
    mag = MAGNITUDE[ed]
    rx = re.compile(r"(?<=\d[ \u00a0])(?:" + "|".join(re.escape(k) for k in sorted(mag, key=len, reverse=True)) + r")(?!\w)")
    return [(m.start(), m.end(), mag[m.group()]) for m in rx.finditer(text)]


def number_mutations(ed, text, rng):
    """(start, end, new) edits that change a plain quantity or its magnitude word."""
    days = day_spans(ed, text)
    muts = []
    for m in NUM_RE[ed].finditer(text):
        tok = m.group()
        if YEAR_RE.match(tok) or any(a <= m.start() < b for a, b in days):
            continue
        pos = [i for i, c in enumerate(tok) if c.isdigit()]
        chars = list(tok)
        if len(pos) >= 2 and tok[pos[0]] != tok[pos[1]] and tok[pos[1]] != "0":
            chars[pos[0]], chars[pos[1]] = tok[pos[1]], tok[pos[0]]
        else:
            chars[pos[0]] = rng.choice([d for d in "123456789" if d != tok[pos[0]]])
        muts.append((m.start(), m.end(), "".join(chars)))
    return muts + magnitude_mutations(ed, text)


def date_mutations(ed, text, rng):
    """(start, end, new) edits that change a month, weekday, year or day of month."""
    muts = []
    for forms in MONTHS[ed]:
        for m in word_re(forms).finditer(text):
            i = forms.index(m.group())
            muts.append((m.start(), m.end(), forms[rng.choice([j for j in range(12) if j != i])]))
    days = WEEKDAYS[ed]
    for m in word_re(days).finditer(text):
        i = days.index(m.group())
        new = days[rng.choice([j for j in range(7) if j != i])]
        start = m.start()
        if ed == "ru":  # keep the preposition right: "в среду" but "во вторник"
            if text[max(0, start - 3):start] == "во " and new != "вторник":
                start, new = start - 3, "в " + new
            elif text[max(0, start - 2):start] == "в " and text[max(0, start - 3):start] != "во " and new == "вторник":
                start, new = start - 2, "во " + new
        muts.append((start, m.end(), new))
    for m in NUM_RE[ed].finditer(text):
        if YEAR_RE.match(m.group()):
            y = int(m.group())
            muts.append((m.start(), m.end(), str(y + rng.choice([-2, -1, 1, 2]))))
    for a, b in day_spans(ed, text):
        d = int(text[a:b])
        muts.append((a, b, str(rng.choice([x for x in range(1, 29) if x != d]))))
    return muts


def find_names(text, mapping):
    """Non-overlapping (start, end, key) matches of the keys of mapping, longest first."""
    spans = []
    for key in sorted(mapping, key=len, reverse=True):
        for m in word_re([key]).finditer(text):
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), key))
    return sorted(spans)


def entity_mutations(ed, line, sents, swaps, kind=None):
    """Swaps of a name that the sentence names in all three editions (only swaps of kind, if given)."""
    muts = []
    for entry in swaps:
        if kind is not None and entry[3] != kind:
            continue
        maps = dict(zip(EDS, entry))
        if not all(find_names(sents[line][e], maps[e]) for e in EDS):
            continue
        for a, b, key in find_names(sents[line][ed], maps[ed]):
            muts.append((a, b, maps[ed][key]))
    return muts


def flatten(paras):
    """Gold sentences as {line: {ed: text}} and each edition's paragraphs as lists of lines."""
    sents, layout, line = {}, {ed: [] for ed in EDS}, 0
    for para in paras:
        for si, s in enumerate(para):
            line += 1
            sents[line] = dict(zip(EDS, s[:3]))
            flags = s[3] if len(s) > 3 else {}
            for ed in EDS:
                out = layout[ed]
                if si == 0:
                    if ed in flags.get("join", "").split() and out:
                        out[-1].append(line)
                    else:
                        out.append([line])
                elif ed in flags.get("brk", "").split():
                    out.append([line])
                else:
                    out[-1].append(line)
    return sents, layout


def render(texts, layout):
    """File text and {line: [start, end]} for one edition; a None sentence is left out."""
    out, spans, pos = [], {}, 0
    for para in layout:
        parts = [(ln, texts[ln]) for ln in para if texts[ln] is not None]
        if not parts:
            continue
        if out:
            out.append("\n\n")
            pos += 2
        for k, (ln, t) in enumerate(parts):
            if k:
                out.append(" ")
                pos += 1
            spans[str(ln)] = [pos, pos + len(t)]
            out.append(t)
            pos += len(t)
    out.append("\n")
    return "".join(out), spans


def inject(sents, swaps, rng, cfg, deck, ed_decks, swap_deck, headline_left):
    """Pick 2-4 errors, each in one edition; return the edited sentences and the gold rows."""
    texts = {ed: {ln: sents[ln][ed] for ln in sents} for ed in EDS}
    gold, used = [], set()
    want = rng.randint(2, 4)
    tries = 0
    while len(gold) < want and tries < 200:
        tries += 1
        if not deck:
            deck.extend(cfg.kind_deck)
            rng.shuffle(deck)
        kind = deck.pop()
        eds = ed_decks.setdefault(kind, [])
        if not eds:  # each kind's odd edition is drawn from a shuffled deck: random but balanced
            eds.extend(("uk", "ru") if kind == "language" else EDS)
            rng.shuffle(eds)
        ed = eds.pop()
        swap_kind, cands = None, []
        free = [ln for ln in sents if not (ln in used or (ln == 1 and (not headline_left[0] or kind == "omission")))]
        if kind == "entity" and cfg.swap_deck is None:
            cands = [(ln, m) for ln in free for m in entity_mutations(ed, ln, sents, swaps)]
        elif kind == "entity":
            # the kind of name to swap comes from its own shuffled deck: the first kind, from the top
            # of the deck down, that this article can swap in this edition
            if not swap_deck:
                swap_deck.extend(cfg.swap_deck)
                rng.shuffle(swap_deck)
            order = list(dict.fromkeys(list(reversed(swap_deck)) + cfg.swap_deck))
            for sk in order:
                cands = [(ln, m) for ln in free for m in entity_mutations(ed, ln, sents, swaps, sk)]
                if cands:
                    swap_kind = sk
                    if sk in swap_deck:
                        del swap_deck[len(swap_deck) - 1 - swap_deck[::-1].index(sk)]
                    break
        for ln in free:
            t = texts[ed][ln]
            if kind == "number":
                cands += [(ln, m) for m in number_mutations(ed, t, rng)]
            elif kind == "magnitude":
                cands += [(ln, m) for m in magnitude_mutations(ed, t)]
            elif kind == "date":
                cands += [(ln, m) for m in date_mutations(ed, t, rng)]
            elif kind == "omission":
                cands.append((ln, None))
            elif kind == "language":
                src = rng.choice([e for e in EDS if e != ed])
                cands.append((ln, src))
        if not cands:
            deck.insert(0, kind)
            eds.insert(0, ed)
            continue
        ln, m = rng.choice(cands)
        old = texts[ed][ln]
        if kind == "omission":
            texts[ed][ln] = None
            detail = f"sentence omitted from {ed}"
        elif kind == "language":
            texts[ed][ln] = sents[ln][m]
            detail = f"{ed} carries the {m} text"
        else:
            a, b, new = m
            texts[ed][ln] = old[:a] + new + old[b:]
            detail = f"{old[a:b]} -> {new}"
            if swap_kind is not None:
                detail += f" ({swap_kind})"
        assert texts[ed][ln] != old
        used.add(ln)
        if ln == 1:
            headline_left[0] = False
        gold.append({"line": ln, "kind": "number" if kind == "magnitude" else kind, "odd": [ed], "origin": "injected",
                     "confidence": "high", "detail": detail})
    assert 2 <= len(gold) <= 4, gold
    return texts, sorted(gold, key=lambda g: g["line"])


def generate(here, articles, swaps, cfg):
    """Write cases/, gold.jsonl and index.json of one held-out set into `here`."""
    rng = random.Random(cfg.seed)
    cases_dir = os.path.join(here, "cases")
    if os.path.isdir(cases_dir):
        shutil.rmtree(cases_dir)
    index, gold_rows, deck, ed_decks, swap_deck = {}, [], [], {}, []
    for name in sorted(articles):
        sents, layout = flatten(articles[name])
        assert 8 <= len(sents) <= 16, name
        headline_left = [True]
        versions = [("clean", {ed: {ln: sents[ln][ed] for ln in sents} for ed in EDS}, [])]
        for v in ("inj1", "inj2"):
            texts, gold = inject(sents, swaps[name], rng, cfg, deck, ed_decks, swap_deck, headline_left)
            versions.append((v, texts, gold))
        for v, texts, gold in versions:
            case = f"{name}__{v}"
            os.makedirs(os.path.join(cases_dir, case))
            index[case] = {}
            for ed in EDS:
                body, spans = render(texts[ed], layout[ed])
                with open(os.path.join(cases_dir, case, ed + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(body)
                for ln, (a, b) in spans.items():
                    assert body[a:b] == texts[ed][int(ln)]
                index[case][ed] = spans
            for g in gold:
                gold_rows.append({"case": case, **g})
    with open(os.path.join(here, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold_rows:
            f.write(json.dumps({k: g[k] for k in ("case", "line", "kind", "odd", "origin", "confidence", "detail")},
                               ensure_ascii=False) + "\n")
    kinds = {}
    for g in gold_rows:
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
    print(f"cases {len(index)}  gold errors {len(gold_rows)}  by kind {dict(sorted(kinds.items()))}")


# --------------------------------------------------------------------------- article modules
# Held-out sets from heldout13 on keep each article in its own module, articles/aNN_<slug>.py,
# defining SLUG, ARTICLE and SWAPS; their make.py calls `main` with the set's folder and seed.

YEAR = 2027  # the year every dated weekday of those sets refers to


def load_modules(here):
    """(ARTICLES, SWAPS) keyed by slug, from the set's articles/aNN_<slug>.py modules."""
    import importlib
    import sys

    sys.path.insert(0, here)
    articles, swaps = {}, {}
    names = sorted(f[:-3] for f in os.listdir(os.path.join(here, "articles"))
                   if f.startswith("a") and f[1:3].isdigit() and f.endswith(".py"))
    for name in names:
        module = importlib.import_module("articles." + name)
        assert module.SLUG not in articles, module.SLUG
        articles[module.SLUG] = module.ARTICLE
        swaps[module.SLUG] = module.SWAPS
    return articles, swaps


def _dated_weekday(ed):
    """A weekday followed by a day and month, as the edition writes it."""
    days, months = WEEKDAYS[ed], MONTHS[ed][0]
    if ed == "en":
        return re.compile(r"(" + "|".join(days) + r"), (" + "|".join(months) + r") (\d{1,2})\b")
    return re.compile(r"(" + "|".join(days) + r"), (\d{1,2}) (" + "|".join(months) + r")(?!\w)")


def weekday_problems(name, sents, year=YEAR):
    """Every weekday followed by a day and month must fall on that date in `year` (all three editions)."""
    import datetime

    problems = []
    for ed in EDS:
        days, months = WEEKDAYS[ed], MONTHS[ed][0]
        for ln, s in sents.items():
            for m in _dated_weekday(ed).finditer(s[ed]):
                wd = m.group(1)
                day, month = (m.group(3), m.group(2)) if ed == "en" else (m.group(2), m.group(3))
                date = datetime.date(year, months.index(month) + 1, int(day))
                if date.weekday() != days.index(wd):
                    problems.append(f"{name}: line {ln} {ed} {wd} is not {date}")
    return problems


def weekday_count(sents):
    """Dated weekday mentions per edition (for the README)."""
    return {ed: sum(len(_dated_weekday(ed).findall(s[ed])) for s in sents.values()) for ed in ("uk", "en", "ru")}


def check(articles, swaps, expect=12, year=YEAR):
    """Checks on the data: swaps apply and replacements are new; every card can be drawn; weekdays."""
    rng = random.Random(0)
    problems = []
    for name, paras in articles.items():
        sents, layout = flatten(paras)
        if not 14 <= len(sents) <= 15:
            problems.append(f"{name}: {len(sents)} sentences")
        for ed in EDS:
            if not 4 <= len(layout[ed]) <= 6:
                problems.append(f"{name}: {ed} has {len(layout[ed])} paragraphs")
        if len({tuple(map(tuple, layout[ed])) for ed in EDS}) < 2:
            problems.append(f"{name}: all editions have the same paragraph breaks")
        full = {ed: " ".join(sents[ln][ed] for ln in sents) for ed in EDS}
        for entry in swaps[name]:
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
        problems += weekday_problems(name, sents, year)
        short = sum(1 for ln, s in sents.items() if ln != 1 and len(s["en"].split()) <= 7)
        if short < 1:
            problems.append(f"{name}: no short sentence")
        kinds = {e[3] for e in swaps[name]}
        print(f"{name:28s} sentences {len(sents):2d}  paragraphs "
              + "/".join(str(len(layout[ed])) for ed in EDS) + f"  short {short}  swaps {len(swaps[name])} kinds {len(kinds)}"
              + "  dated weekdays " + "/".join(str(v) for v in weekday_count(sents).values()))
    if len(articles) != expect or set(articles) != set(swaps):
        problems.append(f"expected {expect} articles, each with a swap table")
    return problems


def main(here, seed, argv):
    """A module set's make.py: check the articles, then (unless `--check-only [N]`) write the set
    with the news decks and `seed`."""
    check_only = len(argv) > 1 and argv[1] == "--check-only"
    expect = int(argv[2]) if check_only and len(argv) > 2 else 12
    articles, swaps = load_modules(here)
    problems = check(articles, swaps, expect)
    for problem in problems:
        print("PROBLEM", problem)
    assert not problems
    if not check_only:
        generate(here, articles, swaps, news(seed))
