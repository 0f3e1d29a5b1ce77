"""Match the facts of an aligned group across editions and report what disagrees.

Within a group, the facts of one kind are clustered across the editions by an optimal
assignment: the clustering that links the most pairs of equal facts (ties broken by the
order of the facts in their sentences). Then:

- a fact in two editions whose third edition holds, in the same group, an unmatched fact
  of a compatible category is a mismatch, and the third edition is the odd one;
- a fact in two editions with nothing to pair with in the third is missing from it;
- two editions alone that disagree, the third silent, are settled by the rules: numbers
  name both odd (there is no third to vote); names let the article vote (a person every
  other edition names elsewhere stands against one no other edition knows);
- a fact one edition states alone may be odd by the rules (a person no other edition
  names anywhere, where the others name no one).

A value found in the odd edition in a neighbouring group is an alignment slip, not an
error, and is not reported.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .model import Alignment, Fact, Finding, Location, Span, frozen_map

Locate = Callable[[str, Span], Location]
_MAX_SEARCH = 5000


Cluster = dict[str, int]


def both_odd(ctx: GroupContext, x: str, fx: Fact, y: str, fy: Fact) -> tuple[str, ...] | None:
    """Two editions disagree, the third silent: both are suspect, unless either states
    the other's value in a neighbouring group (an alignment slip)."""
    return None if ctx.near(y, fx) or ctx.near(x, fy) else (x, y)


@dataclass(frozen=True)
class FactRules:
    """How one family of facts is compared and reported.

    `codes` gives the (mismatch, missing) check codes for a fact; `describe` renders the
    agreeing editions' fact for a message, in the odd edition's terms where that helps.
    """

    kinds: frozenset[str]
    codes: Callable[[Fact], tuple[str, str]]
    equal: Callable[[Fact, Fact], bool]
    compatible: Callable[[Fact, Fact], bool]
    show: Callable[[Fact], object]
    describe: Callable[[Fact, Fact], str]
    changeable: Callable[[Fact], bool] = lambda f: not f.weak
    lookback: bool = False  # a fact named anywhere earlier in the odd edition is not missing
    accept_change: Callable[[GroupContext, Fact, Fact, Cluster, str], bool] = lambda *a: True
    # two editions disagree and the third is silent: which are odd (None: report nothing)
    settle: Callable[[GroupContext, str, Fact, str, Fact], tuple[str, ...] | None] = both_odd
    vouch: bool = False  # a strong fact vouches for a weak one it equals (a dictionary word as a name)
    nameless: Callable[[Fact], bool] = lambda f: f.weak  # stands for nothing the others could state
    # a fact only one edition states, the others naming nothing in its place: is it odd?
    # (the group, its edition, the fact, the other editions' unpaired facts)
    # (truthy: odd; a mapping adds its items to the finding's arguments)
    lone: Callable[[GroupContext, str, Fact, Sequence[Fact]], object] | None = None
    lone_code: str = ""
    # a cluster of three the equality joined, where one edition's fact names another: which
    split: Callable[[Mapping[str, Fact]], str | None] = lambda facts: None
    accept_missing: Callable[[GroupContext, Fact, Cluster, str, Sequence[Fact]], bool] = lambda *a: True
    # of two equal facts, are they the same beyond doubt (one gazetteer id, not a related
    # one)? Among clusterings linking as many pairs, the one with the most such pairs wins
    exact: Callable[[Fact, Fact], bool] | None = None
    # a fact the others state twice, in two units (6 miles (10 km)), that the odd edition
    # states in one only: reported with `restated_code` instead of the missing code
    restated: Callable[[GroupContext, Fact, Cluster, str], bool] = lambda *a: False
    restated_code: str = ""




def cluster(sides: Mapping[str, Sequence[Fact]], equal: Callable[[Fact, Fact], bool],
            exact: Callable[[Fact, Fact], bool] | None = None) -> list[Cluster]:
    """Clusters of equal facts across editions that link the most pairs.

    Each cluster maps an edition to the index of its fact; every fact is in exactly one
    cluster (a singleton when nothing equals it). Facts are first split into the connected
    groups of the equality graph; only groups with a choice to make are searched.
    """
    langs = [lang for lang in sides if sides[lang]]
    nodes = [(lang, i) for lang in langs for i in range(len(sides[lang]))]
    edges: dict[tuple[str, int], list[tuple[str, int]]] = {n: [] for n in nodes}
    for x, y in itertools.combinations(langs, 2):
        for i, fx in enumerate(sides[x]):
            for j, fy in enumerate(sides[y]):
                if equal(fx, fy):
                    edges[(x, i)].append((y, j))
                    edges[(y, j)].append((x, i))
    seen: set[tuple[str, int]] = set()
    out: list[Cluster] = []
    for node in nodes:
        if node in seen:
            continue
        component, stack = [], [node]
        seen.add(node)
        while stack:
            n = stack.pop()
            component.append(n)
            for m in edges[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        if len(component) == 1:
            out.append({node[0]: node[1]})
            continue
        by_lang: dict[str, list[int]] = {}
        for lang, i in sorted(component, key=lambda n: (langs.index(n[0]), n[1])):
            by_lang.setdefault(lang, []).append(i)
        if all(len(v) == 1 for v in by_lang.values()) and len(component) == len(by_lang) and \
                all(len(edges[n]) == len(component) - 1 for n in component):
            out.append({lang: v[0] for lang, v in by_lang.items()})  # one fact per edition, all equal
            continue
        if _bridged(component, edges, sides):
            out.append({lang: i for lang, i in component})
            continue
        sub = {lang: [sides[lang][i] for i in idx] for lang, idx in by_lang.items()}
        where = {lang: [i / max(1, len(sides[lang])) for i in idx] for lang, idx in by_lang.items()}
        for cl in _search(sub, equal, where, exact):
            out.append({lang: by_lang[lang][k] for lang, k in cl.items()})
    out.sort(key=lambda cl: min(sides[lang][i].span.start for lang, i in cl.items()))
    return out


def _bridged(component: list[tuple[str, int]], edges: Mapping[tuple[str, int], list[tuple[str, int]]],
              sides: Mapping[str, Sequence[Fact]]) -> bool:
    """Three facts, one per edition, where two in the same unit each equal the third in
    another unit but not each other: two translators converted one quantity and rounded
    differently (550 lb = 249 kg = 250 kg). They agree through the source."""
    if len(component) != 3 or len({lang for lang, _ in component}) != 3:
        return False
    hub = [n for n in component if len(edges[n]) == 2]
    if len(hub) != 1:
        return False
    ends = [sides[lang][i] for lang, i in component if (lang, i) != hub[0]]
    middle = sides[hub[0][0]][hub[0][1]]
    return bool(middle.unit and ends[0].unit and ends[0].unit == ends[1].unit != middle.unit)


def _unsure(fact: Fact) -> bool:
    """A mention that may name nothing: a capitalised first word (Такого, Фронтмен) or a
    title matched but never compared."""
    return fact.weak and fact.category in ("maybe", "title")


def _search(sides: Mapping[str, Sequence[Fact]], equal: Callable[[Fact, Fact], bool],
            where: Mapping[str, Sequence[float]] | None = None,
            exact: Callable[[Fact, Fact], bool] | None = None) -> list[Cluster]:
    """Clusters of equal facts across editions that link the most pairs.

    Each cluster maps an edition to the index of its fact; every fact is in exactly one
    cluster (a singleton when nothing equals it). Among clusterings that link as many
    pairs, the one with the most `exact` pairs wins (the FAO with the FAO, not with the UN
    it belongs to), then the one with the most pairs of two sure mentions (a name with a
    name, not with a capitalised first word that may be one), then the one whose clusters
    join facts at the nearest relative places
    in their sentences; `where` gives those places (each fact's index over the number of
    facts its edition's sentence holds), since `sides` may be only the facts of one component.
    """
    langs = [lang for lang in sides if sides[lang]]
    if not langs:
        return []
    if len(langs) == 1:
        return [{langs[0]: i} for i in range(len(sides[langs[0]]))]
    langs.sort(key=lambda lang: len(sides[lang]))
    a, rest = langs[0], langs[1:]
    eq = {}
    for x, y in itertools.combinations(langs, 2):
        for i, fx in enumerate(sides[x]):
            for j, fy in enumerate(sides[y]):
                if equal(fx, fy):
                    eq[(x, i, y, j)] = eq[(y, j, x, i)] = bool(exact and exact(fx, fy))
    best: tuple[tuple[int, int, int, int], list[Cluster]] = ((-1, 0, 0, 0), [])
    budget = [_MAX_SEARCH]

    def links(cl: Cluster) -> tuple[int, int, int]:
        pairs = [(eq.get((x, i, y, j)), _unsure(sides[x][i]) or _unsure(sides[y][j]))
                 for (x, i), (y, j) in itertools.combinations(list(cl.items()), 2)]
        return sum(p is not None for p, _ in pairs), sum(bool(p) for p, _ in pairs), \
            sum(p is not None and not weak for p, weak in pairs)

    def order_penalty(cl: Cluster) -> int:
        pos = [where[lang][idx] if where else idx / max(1, len(sides[lang])) for lang, idx in cl.items()]
        return int(100 * (max(pos) - min(pos))) if len(pos) > 1 else 0

    def finish(chosen: list[Cluster], used: dict[str, set[int]]) -> None:
        nonlocal best
        # the editions other than `a` pair up among their leftovers
        clusters = list(chosen)
        if len(rest) == 2:
            b, c = rest
            left_b = [j for j in range(len(sides[b])) if j not in used[b]]
            left_c = [k for k in range(len(sides[c])) if k not in used[c]]
            taken: set[int] = set()
            for j in left_b:
                partner = next((k for k in left_c if k not in taken and (b, j, c, k) in eq), None)
                if partner is None:
                    clusters.append({b: j})
                else:
                    taken.add(partner)
                    clusters.append({b: j, c: partner})
            clusters.extend({c: k} for k in left_c if k not in taken)
        else:
            b = rest[0]
            clusters.extend({b: j} for j in range(len(sides[b])) if j not in used[b])
        counts = [links(cl) for cl in clusters]
        score = (sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts),
                 -sum(order_penalty(cl) for cl in clusters))
        if score > best[0]:
            best = (score, clusters)

    def search(i: int, chosen: list[Cluster], used: dict[str, set[int]]) -> None:
        budget[0] -= 1
        if i == len(sides[a]):
            finish(chosen, used)
            return
        options: list[list[tuple[str, int]]] = []
        for other in rest:
            opts = [(other, j) for j in range(len(sides[other]))
                    if j not in used[other] and (a, i, other, j) in eq]
            options.append(opts + [(other, -1)])
        for combo in itertools.product(*options):
            picked = [(lang, j) for lang, j in combo if j >= 0]
            if len(picked) == 2 and (picked[0][0], picked[0][1], picked[1][0], picked[1][1]) not in eq:
                continue
            cl: Cluster = {a: i}
            for lang, j in picked:
                cl[lang] = j
                used[lang].add(j)
            search(i + 1, chosen + [cl], used)
            for lang, j in picked:
                used[lang].discard(j)
            if budget[0] <= 0:
                return

    search(0, [], {lang: set() for lang in langs})
    return best[1]


@dataclass(frozen=True)
class GroupContext:
    """One aligned group and its neighbours, as one family of facts sees them."""

    index: int
    present: tuple[str, ...]
    facts: Sequence[Mapping[str, Sequence[Fact]]]  # per group of the article
    span: Callable[[str], Span]  # the group's sentences in an edition
    equal: Callable[[Fact, Fact], bool]

    def near(self, lang: str, fact: Fact, earlier: bool = False) -> bool:
        """Does an edition state this fact in a neighbouring group (an alignment slip), or,
        with `earlier`, anywhere before (a name already introduced, now a pronoun)?"""
        groups = range(0 if earlier else self.index - 1, self.index + 2)
        return any(self.equal(fact, f) for h in groups if 0 <= h < len(self.facts) and h != self.index
                   for f in self.facts[h].get(lang, ()))

    def anywhere(self, lang: str, fact: Fact) -> bool:
        """Does an edition state this fact anywhere in the article?"""
        return any(self.equal(fact, f) for group in self.facts for f in group.get(lang, ()))

    def members(self, cluster: Mapping[str, int]) -> dict[str, Fact]:
        """The facts of a cluster of this group, by edition."""
        return {lang: self.facts[self.index][lang][i] for lang, i in cluster.items()}

    def article(self, lang: str) -> Iterable[Fact]:
        """Every fact of this family an edition states, in reading order."""
        return (f for group in self.facts for f in group.get(lang, ()))

    def with_neighbours(self, lang: str) -> Iterator[tuple[Fact, list[Fact]]]:
        """Every fact an edition states, each with the other editions' facts of its group."""
        for group in self.facts:
            others = [g for other, facts in group.items() if other != lang for g in facts]
            for f in group.get(lang, ()):
                yield f, others


def pair_facts(wanted: Sequence[tuple[str, Fact]], offered: Sequence[tuple[int, Fact]],
             compatible: Callable[[Fact, Fact], bool], sides: Mapping[str, Sequence[Fact]],
             odd: str) -> dict[int, int]:
    """Pair each wanted fact (edition, fact) with at most one offered fact (index, fact) of
    edition `odd`: the most pairs at the least cost; returns wanted index -> offered index.

    The cost prefers the same unit and category, a similar value and a similar position
    in the sentence: "20 years" pairs with "22 лет", not with "60" in the next clause. The
    assignment is exhaustive for the few facts of a group (greedy beyond a budget).
    """
    options = [[(_distance(ref, cand, sides, ref_lang, odd), k) for k, cand in offered if compatible(ref, cand)]
               for ref_lang, ref in wanted]
    best: tuple[int, float, dict[int, int]] = (0, 0.0, {})
    budget = [_MAX_SEARCH]

    def search(w: int, chosen: dict[int, int], taken: frozenset[int], cost: float) -> None:
        nonlocal best
        budget[0] -= 1
        if w == len(wanted) or budget[0] <= 0:
            if (len(chosen), -cost) > (best[0], -best[1]):
                best = (len(chosen), cost, dict(chosen))
            return
        for c, k in sorted(options[w]):
            if k not in taken:
                chosen[w] = k
                search(w + 1, chosen, taken | {k}, cost + c)
                del chosen[w]
        search(w + 1, chosen, taken, cost)

    search(0, {}, frozenset(), 0.0)
    return best[2]


def _with_any(compatible: Callable[[Fact, Fact], bool], pairs: Sequence[Cluster],
              wanted: Sequence[tuple[str, Fact]], sides: Mapping[str, Sequence[Fact]]) -> Callable[[Fact, Fact], bool]:
    """Compatibility with a pair's reference, or with its other fact: 58% and a bare 58
    agree, so a bare 85 in the third edition may have replaced them, as it may 58 alone."""
    members = {id(ref): [sides[lang][i] for lang, i in cl.items()] for cl, (_, ref) in zip(pairs, wanted)}
    return lambda ref, cand: any(compatible(f, cand) for f in members.get(id(ref), (ref,)))


def compare_group(ctx: GroupContext, rules: FactRules, locate: Locate) -> list[Finding]:
    """Findings for one family of facts in one aligned group."""
    present = ctx.present
    sides = {lang: list(ctx.facts[ctx.index].get(lang, ())) for lang in present}
    clusters = _split(cluster(sides, rules.equal, rules.exact), sides, rules)
    findings: list[Finding] = []
    singles = {lang: [cl[lang] for cl in clusters if list(cl) == [lang]] for lang in present}
    used: dict[str, set[int]] = {lang: set() for lang in present}
    if len(present) == 3:
        for odd in present:
            pairs = [cl for cl in clusters if len(cl) == 2 and odd not in cl]
            wanted = [_reference(cl, sides) for cl in pairs]
            offered = [(k, sides[odd][k]) for k in singles[odd]]
            matched = pair_facts(wanted, offered, _with_any(rules.compatible, pairs, wanted, sides), sides, odd)
            for w, cl in enumerate(pairs):
                ref = wanted[w][1]
                if w in matched and rules.changeable(ref):
                    k = _accepted(ctx, rules, ref, cl, odd, sides, matched[w],
                                  [c for c, _ in offered if c not in matched.values() and c not in used[odd]])
                    if k is None:
                        continue
                    used[odd].add(k)
                    findings.append(_finding(rules.codes(ref)[0], ctx.index, cl, sides, (odd,),
                                             {odd: sides[odd][k]}, rules, locate))
                elif w not in matched and not ref.weak and (rules.vouch or not any(
                        sides[lang][i].weak for lang, i in cl.items())) \
                        and not ctx.near(odd, ref, rules.lookback) and rules.accept_missing(
                            ctx, ref, cl, odd, [sides[odd][k] for k in singles[odd]]):
                    code = rules.restated_code if rules.restated(ctx, ref, cl, odd) else rules.codes(ref)[1]
                    findings.append(_finding(code, ctx.index, cl, sides, (odd,), {},
                                             rules, locate, missing_span={odd: ctx.span(odd)}))
    # two editions disagree and no third edition speaks for either: the rules settle it
    for x, y in itertools.combinations(present, 2):
        silent = [lang for lang in present if lang not in (x, y)]
        left_x = [(x, sides[x][i]) for i in singles[x] if i not in used[x] and not sides[x][i].weak]
        offered = [(k, sides[y][k]) for k in singles[y] if k not in used[y] and not sides[y][k].weak]
        for w, k in pair_facts(left_x, offered, rules.compatible, sides, y).items():
            fx, fy = left_x[w][1], sides[y][k]
            if any(rules.compatible(fx, sides[lang][i]) or rules.compatible(fy, sides[lang][i])
                   for lang in silent for i in singles[lang]):  # the third's paired facts speak of others
                continue
            settled = rules.settle(ctx, x, fx, y, fy)
            if not settled:
                continue
            used[x].add(sides[x].index(fx))
            used[y].add(k)
            (rl, ref), (ol, other) = ((y, fy), (x, fx)) if settled == (x,) else ((x, fx), (y, fy))
            findings.append(_finding(rules.codes(ref)[0], ctx.index, {rl: sides[rl].index(ref)}, sides,
                                     settled, {ol: other}, rules, locate))
    if rules.lone and len(present) == 3:
        findings.extend(_lone(ctx, rules, sides, singles, used, locate))
    return findings


def _split(clusters: list[Cluster], sides: Mapping[str, Sequence[Fact]], rules: FactRules) -> list[Cluster]:
    """The clusters, with a fact the rules find names another taken out as a single."""
    out = []
    for cl in clusters:
        odd = rules.split({lang: sides[lang][i] for lang, i in cl.items()}) if len(cl) == 3 else None
        if odd:
            out += [{lang: i for lang, i in cl.items() if lang != odd}, {odd: cl[odd]}]
        else:
            out.append(cl)
    return out


def _lone(ctx: GroupContext, rules: FactRules, sides: Mapping[str, Sequence[Fact]],
          singles: Mapping[str, Sequence[int]], used: Mapping[str, set[int]], locate: Locate) -> list[Finding]:
    """Facts one edition states alone that the rules find odd, given what the other
    editions state unpaired in the group."""
    out = []
    for lang in ctx.present:
        others = [o for o in ctx.present if o != lang]
        rivals = [sides[o][k] for o in others for k in singles[o] if k not in used[o] and not sides[o][k].weak]
        for k in singles[lang]:
            f = sides[lang][k]
            verdict = None if k in used[lang] or f.weak or not rules.lone else rules.lone(ctx, lang, f, rivals)
            if not verdict:
                continue
            locations = {o: locate(o, ctx.span(o)) for o in others}
            locations[lang] = locate(lang, f.span)
            args = {"found": f.text, "found_in": [lang], "expected_in": sorted(others, key=_order),
                    "odd": [lang], "values": {lang: rules.show(f)}}
            if isinstance(verdict, Mapping):
                args.update(verdict)
            out.append(Finding(rules.lone_code, (lang,), frozen_map(args),
                               frozen_map(dict(sorted(locations.items(), key=lambda kv: _order(kv[0])))), ctx.index))
    return out


def _accepted(ctx: GroupContext, rules: FactRules, ref: Fact, cl: Cluster, odd: str,
              sides: Mapping[str, Sequence[Fact]], first: int, spare: Sequence[int]) -> int | None:
    """The odd edition's fact that replaced `ref`: the one paired with it, or, when the
    rules reject that one, the nearest other unpaired fact they accept: any, when the
    rejected one names nothing (ЗМІ, ФК: a translated acronym is no replacement for
    Rangers; Лейкерс is); only a weak one (the dictionary word Віддаю) when it was a
    spelling variant, since strong unpaired facts then stand for something else."""
    if rules.accept_change(ctx, ref, sides[odd][first], cl, odd):
        return first
    ref_lang = next(lang for lang, i in cl.items() if sides[lang][i] is ref)
    paired = sides[odd][first]
    # a fact the other editions state in this group too is another mention of theirs
    # (Estonia named twice in one edition), not a variant of ref: any may replace ref
    theirs = not rules.equal(paired, ref) and any(
        rules.equal(paired, f) for lang in sides if lang != odd for i, f in enumerate(sides[lang]) if cl.get(lang) != i)
    if not rules.nameless(paired) and not theirs:
        spare = [k for k in spare if sides[odd][k].weak]  # the pair was a variant: only a weak one may replace
    for k in sorted(spare, key=lambda c: _distance(ref, sides[odd][c], sides, ref_lang, odd)):
        if rules.compatible(ref, sides[odd][k]) and rules.accept_change(ctx, ref, sides[odd][k], cl, odd):
            return k
    return None


def _distance(ref: Fact, cand: Fact, sides: Mapping[str, Sequence[Fact]], rl: str, ol: str) -> float:
    pr, po = _place(ref, sides[rl]), _place(cand, sides[ol])
    unit_penalty = 0.0 if (ref.unit == cand.unit and ref.category == cand.category) else 0.5
    value_penalty = 0.0
    x, y = ref.values[0], cand.values[0]
    if isinstance(x, (int, float)) and isinstance(y, (int, float)) and x > 0 and y > 0:
        value_penalty = min(1.0, abs(math.log10(x / y)) / 2)
    return abs(pr - po) + unit_penalty + value_penalty


def _place(fact: Fact, facts: Sequence[Fact]) -> float:
    """Where a fact stands among the strong facts of its edition's group (0 to 1): a weak
    one (a capitalised first word, Головний) that one edition has and another has not
    moves no other fact's place."""
    strong = [f for f in facts if not f.weak]
    return sum(1 for f in strong if f.span.start < fact.span.start) / max(1, len(strong))


def _reference(cl: Cluster, sides: Mapping[str, Sequence[Fact]]) -> tuple[str, Fact]:
    """The fact that speaks for a cluster: a strong one, the English one if possible."""
    facts = {lang: sides[lang][i] for lang, i in cl.items()}
    lang = min(facts, key=lambda lang: (facts[lang].weak, lang != "en", _order(lang)))
    return lang, facts[lang]


def _finding(code: str, gi: int, cl: Cluster, sides: Mapping[str, Sequence[Fact]],
             odd: tuple[str, ...], found: Mapping[str, Fact], rules: FactRules, locate: Locate,
             missing_span: Mapping[str, Span] | None = None) -> Finding:
    agreeing = {lang: sides[lang][i] for lang, i in cl.items()}
    _, ref = _reference(cl, sides)
    every = {**agreeing, **found}
    locations = {lang: locate(lang, f.span) for lang, f in every.items()}
    for lang, span in (missing_span or {}).items():
        locations[lang] = locate(lang, span)
    args: dict[str, object] = {
        "expected": ref.text,
        "expected_in": sorted(agreeing, key=_order),
        "odd": list(odd),
        "values": {lang: rules.show(f) for lang, f in every.items()},
    }
    units = {lang: f.unit for lang, f in every.items() if f.unit and f.category != "link"}
    if units:
        args["units"] = units
    if found:
        odd_fact = next(iter(found.values()))
        args["expected"] = rules.describe(ref, odd_fact)
        args["found"] = odd_fact.text
        args["found_in"] = sorted(found, key=_order)
    return Finding(code, odd, frozen_map(args), frozen_map(dict(sorted(locations.items(), key=lambda kv: _order(kv[0])))), gi)


def _order(lang: str) -> int:
    return ("uk", "en", "ru").index(lang) if lang in ("uk", "en", "ru") else 9


def compare_one(sides: Mapping[str, Sequence[Fact]], rules: FactRules, span: Callable[[str], Span],
                locate: Locate) -> list[Finding]:
    """Findings for one family of facts in one stand-alone group of texts that translate
    each other (a message and its translations), with no neighbours to look at."""
    present = tuple(lang for lang in sides)
    return compare_group(GroupContext(0, present, [sides], span, rules.equal), rules, locate)


def compare(alignment: Alignment, facts: Mapping[str, Sequence[Sequence[Fact]]],
            rules: Iterable[FactRules], sentence_spans: Mapping[str, Sequence[Span]],
            locate: Locate) -> list[Finding]:
    """Findings for every group of an alignment and every family of facts."""
    findings: list[Finding] = []
    groups = alignment.groups

    def group_span(gi: int) -> Callable[[str], Span]:
        def span(lang: str) -> Span:
            idx = groups[gi].members[lang]
            spans = sentence_spans[lang]
            return Span(spans[idx[0]].start, spans[idx[-1]].end)
        return span

    for rule in rules:
        per_group = [{lang: [f for k in g.members[lang] for f in facts[lang][k] if f.kind in rule.kinds]
                      for lang in g.present()} for g in groups]
        for gi, g in enumerate(groups):
            present = g.present()
            if len(present) >= 2:
                ctx = GroupContext(gi, present, per_group, group_span(gi), rule.equal)
                findings.extend(compare_group(ctx, rule, locate))
    return findings
